"""Norwood Young America: NYA Tool Library.
Hand-written CSS-grid site. English + one Spanish page.
Layouts: kanban task board (Open / Someone's on it / Done), tool wish registry
table with wanted/received counts, Repair Cafe fixer sign-up sheet with named and
blank slots, English PDF volunteer handbook with a buried ask."""
from common import N, T

SLUG = "norwood-young-america-tool-library"


def head(lang, title):
    return """<!doctype html>
<html lang="%s">
<head>
<meta charset="utf-8">
<title>%s</title>
<meta name="viewport" content="width=device-width">
<link rel="stylesheet" href="/css/toollib.css">
</head>
<body>
<header class="top">
  <a class="logo" href="/index.html"><img src="/img/wrench.svg" alt=""> NYA Tool Library</a>
  <nav>
    <a href="/board.html">Task board</a>
    <a href="/registry.html">Tool wish registry</a>
    <a href="/repair-cafe.html">Repair Caf&eacute;</a>
    <a href="/es/index.html">Espa&ntilde;ol</a>
  </nav>
</header>
""" % (lang, title)


FOOT = """<footer class="bottom">
  <p>NYA Tool Library &middot; in the back of the old creamery, 19 Elm St W, Norwood Young America, MN &middot; (952) 555-0127 &middot; borrow@nyatools.example.org</p>
  <p><a href="/volunteer-handbook.pdf">Volunteer handbook (PDF)</a> &middot; <a href="/events/past.html">Past events</a> &middot; <a href="/staff/notes.html">Staff login</a></p>
</footer>
</body>
</html>
"""

INDEX = head("en", "NYA Tool Library") + """
<main>
<section class="hero">
  <h1>Borrow a tool. Fix a thing. Meet your neighbors.</h1>
  <p>Members borrow tools free for a week &mdash; 600+ tools, from ladders to tile saws. All you need is a library card from the Carver County system.</p>
</section>
<section class="grid-3">
  <div class="tile"><h2>When</h2><p>Open Thursdays 5&ndash;8 pm and Saturdays 9 am&ndash;1 pm. Closed on holiday weekends.</p></div>
  <div class="tile"><h2>Pitch in</h2><p>Everything here runs on volunteers. See what needs doing on the <a href="/board.html">task board</a>, or sign up to fix things at the next <a href="/repair-cafe.html">Repair Caf&eacute;</a>.</p></div>
  <div class="tile"><h2>Last time</h2><p>Our March Repair Caf&eacute;: 41 items fixed, 212 lbs kept out of the landfill, and one very happy accordion.</p></div>
</section>
<section class="band">
  <p>Become a Friend of the Tool Library: $5 a month keeps the blades sharp and the lights on. <a href="https://give.example.org/nyatools">Give monthly</a></p>
</section>
</main>
""" + FOOT

BOARD = head("en", "Task board — NYA Tool Library") + """
<main>
<h1>Volunteer task board</h1>
<p class="intro">Small jobs that keep the library running. Grab a card from <em>Open</em> by telling Nadia at the desk or texting (952) 555-0127 with the card name.</p>
<div class="kanban" style="display:grid;grid-template-columns:repeat(3,1fr);gap:14px">
  <section class="lane lane-open">
    <header class="lane-head"><span class="lane-name">Open</span> <span class="lane-count">4</span></header>
    <article class="kcard">
      <div class="kcard-title">Sharpen the chisels and plane irons</div>
      <div class="kcard-body">About 30 chisels and a dozen plane irons came back dull. You should know your way around a whetstone or a Tormek; we have both.</div>
      <ul class="kcard-labels"><li>skill</li><li>~3 hrs</li></ul>
    </article>
    <article class="kcard">
      <div class="kcard-title">Build a second pegboard wall</div>
      <div class="kcard-body">Lumber is bought. Two people, one Saturday afternoon, a level and a drill.</div>
      <ul class="kcard-labels"><li>any skill level</li></ul>
    </article>
    <article class="kcard">
      <div class="kcard-title">Translate the borrowing rules into Spanish</div>
      <div class="kcard-body">One page. A third of our new members read Spanish first. Someone fluent in both languages, please.</div>
      <ul class="kcard-labels"><li>skill</li><li>remote ok</li></ul>
    </article>
    <article class="kcard">
      <div class="kcard-title">Fix the checkout laptop (won&rsquo;t boot)</div>
      <div class="kcard-body">Old ThinkPad, stuck on a blue screen since the update. We use it to scan barcodes. Could be the disk.</div>
      <ul class="kcard-labels"><li>skill</li><li>computers</li></ul>
    </article>
  </section>
  <section class="lane lane-doing">
    <header class="lane-head"><span class="lane-name">Someone&rsquo;s on it</span> <span class="lane-count">2</span></header>
    <article class="kcard claimed">
      <div class="kcard-title">Re-label the fastener bins</div>
      <div class="kcard-who"><img src="/img/av-pete.png" alt=""> Claimed by Pete</div>
    </article>
    <article class="kcard claimed">
      <div class="kcard-title">Paint the new sign for the door</div>
      <div class="kcard-who">Claimed by Girl Scout Troop 1142</div>
    </article>
  </section>
  <section class="lane lane-done">
    <header class="lane-head"><span class="lane-name">Done &#10003;</span> <span class="lane-count">2</span></header>
    <article class="kcard done">
      <div class="kcard-title"><s>Winterize the lawn mowers</s></div>
      <div class="kcard-who">Finished by Al and Bev &middot; Nov 9</div>
    </article>
    <article class="kcard done">
      <div class="kcard-title"><s>Sort the donated drill bits</s></div>
      <div class="kcard-who">Finished by the Tuesday crew</div>
    </article>
  </section>
</div>
</main>
""" + FOOT

REGISTRY = head("en", "Tool wish registry — NYA Tool Library") + """
<main>
<h1>Tool Wish Registry</h1>
<p>Tools our members keep asking for. If you have one sitting in the garage, we would love it. Rows marked &#10003; are complete &mdash; please don&rsquo;t bring more of those.</p>
<table class="registry">
  <thead><tr><th>Tool</th><th>Wanted</th><th>Received</th><th>Status</th></tr></thead>
  <tbody>
    <tr><td>Cordless drill/driver kit (with charger)</td><td>4</td><td>1</td><td class="st-need">Still needed</td></tr>
    <tr><td>Socket set, metric + SAE</td><td>2</td><td>0</td><td class="st-need">Still needed</td></tr>
    <tr class="complete"><td>Circular saw</td><td>2</td><td>2</td><td class="st-done">&#10003; Complete</td></tr>
    <tr><td>Extension cord, 50 ft, 12-gauge</td><td>6</td><td>2</td><td class="st-need">Still needed</td></tr>
    <tr class="complete"><td>Tile saw</td><td>1</td><td>1</td><td class="st-done">&#10003; Complete</td></tr>
    <tr><td>Pressure washer</td><td>1</td><td>0</td><td class="st-need">Still needed</td></tr>
    <tr class="complete"><td>Stud finder</td><td>3</td><td>3</td><td class="st-done">&#10003; Complete</td></tr>
  </tbody>
</table>
<h2>We can&rsquo;t take</h2>
<p>Gas cans, chainsaws, welders, or anything that has been used on asbestos or lead paint. Our insurance won&rsquo;t let us lend them.</p>
<h2>Donation drop-off</h2>
<p>Thursdays 5&ndash;8 and Saturdays 9&ndash;1 at the back door. Please don&rsquo;t leave tools outside when we&rsquo;re closed.</p>
<h2>Shed fund</h2>
<p>We are $2,300 away from a second storage shed for the garden tools. Every bit helps.</p>
</main>
""" + FOOT

REPAIR = head("en", "Repair Café sign-up — NYA Tool Library") + """
<main>
<h1>Repair Caf&eacute; &mdash; Saturday, April 12</h1>
<p class="when">10 am &ndash; 1 pm &middot; American Legion basement, 210 Railroad St</p>
<h2>Fixer sign-up sheet</h2>
<p>Put your name in an empty slot by emailing fix@nyatools.example.org. Fixers get first dibs on the coffee.</p>
<table class="signup" border="1" cellpadding="6">
  <tr><th>Station</th><th>Slot 1</th><th>Slot 2</th><th>Status</th></tr>
  <tr><td>Small appliances (lamps, toasters, fans)</td><td>Dan K.</td><td class="blank">&nbsp;</td><td>1 open</td></tr>
  <tr><td>Bike repair</td><td class="blank">&nbsp;</td><td class="blank">&nbsp;</td><td>2 open</td></tr>
  <tr><td>Sewing and mending</td><td>Marisol R.</td><td>Jean T.</td><td><b>FULL</b></td></tr>
  <tr><td>Electronics and computers</td><td class="blank">&nbsp;</td><td>&mdash;</td><td>1 open</td></tr>
  <tr><td>Knife sharpening</td><td colspan="2"><i>Closed this month &mdash; our sharpener is on vacation</i></td><td>&mdash;</td></tr>
  <tr><td>Welcome desk and sign-in</td><td>Carol M.</td><td class="blank">&nbsp;</td><td>1 open</td></tr>
  <tr><td>Coffee and cookies</td><td colspan="2">Legion Auxiliary</td><td>Covered</td></tr>
</table>
<h2>Bringing something broken?</h2>
<p>Fixing is free. Sign in at the door, wait for your number, and sit with your fixer &mdash; you&rsquo;ll learn how it&rsquo;s done. One item per person until 12:30.</p>
</main>
""" + FOOT

ES_INDEX = head("es", "Biblioteca de Herramientas de NYA") + """
<main>
<h1>Biblioteca de Herramientas</h1>
<p>Prestamos herramientas gratis por una semana: taladros, escaleras, podadoras y m&aacute;s. Solo necesita su tarjeta de la biblioteca del condado.</p>
<h2>Para hacerse socio</h2>
<p>Traiga una identificaci&oacute;n y un comprobante de domicilio un jueves o un s&aacute;bado. Tarda cinco minutos.</p>
<h2>Horario</h2>
<p>Jueves de 5 a 8 pm y s&aacute;bados de 9 am a 1 pm.</p>
<h2>&iquest;Habla ingl&eacute;s y espa&ntilde;ol?</h2>
<p>Buscamos voluntarios biling&uuml;es para el mostrador los s&aacute;bados en la ma&ntilde;ana. Muchas familias llegan y no saben c&oacute;mo funciona el pr&eacute;stamo; usted les explica y les ayuda a escoger la herramienta. Dos s&aacute;bados al mes bastan.</p>
<h2>Taller de bicicletas para j&oacute;venes</h2>
<p>S&aacute;bado 3 de mayo, de 10 a 12. Los j&oacute;venes aprenden a cambiar una llanta y ajustar los frenos.</p>
</main>
""" + FOOT

STAFF = head("en", "Staff notes") + """
<main>
<h1>Staff notes (internal)</h1>
<ul>
  <li>We need a new volunteer coordinator by summer &mdash; Nadia is stepping back.</li>
  <li>Ask the Lions Club whether they would donate a utility trailer.</li>
  <li>Looking for someone to review our insurance policy before renewal.</li>
</ul>
</main>
""" + FOOT

PAGES = {
    "index.html": INDEX,
    "board.html": BOARD,
    "registry.html": REGISTRY,
    "repair-cafe.html": REPAIR,
    "es/index.html": ES_INDEX,
    "staff/notes.html": STAFF,
}

ROBOTS = """User-agent: *
Disallow: /staff/
"""

PDFS = {
    "volunteer-handbook.pdf": ("NYA Tool Library Volunteer Handbook", [
        ("title", "NYA Tool Library - Volunteer Handbook"),
        ("p", "Thank you for giving your time. This short handbook covers what a desk shift looks like, "
              "how we keep people safe, and how the inventory works."),
        ("h", "Desk shifts"),
        ("p", "Desk shifts run Thursdays 5-8 pm and Saturdays 9 am-1 pm. Arrive ten minutes early to "
              "unlock the cage and turn on the checkout laptop."),
        ("h", "Safety"),
        ("p", "No one under 16 borrows a power saw. Check cords for damage when tools come back. "
              "If a tool is unsafe, tag it red and set it on the repair shelf."),
        ("h", "Inventory"),
        ("p", "Every tool has a barcode and a line in our inventory spreadsheet. A note from the board: "
              "that spreadsheet has grown wild over six years. We are looking for a volunteer who is "
              "comfortable with Google Sheets or Excel to clean it up and keep it tidy, about two hours "
              "a month, from home if you like."),
        ("h", "Before your first shift"),
        ("p", "Return the signed waiver on the last page to the desk or scan it to "
              "borrow@nyatools.example.org."),
        ("gap", ""),
        ("p", "Volunteer waiver: I understand that tools can be dangerous ... Signature: ______________"),
    ]),
}

L = "en"
NEEDS = [
    N("board.html", ["sharpen the chisels", "chisels"], "skilled", L, layout="kanban",
      note="Open lane card"),
    N("board.html", ["pegboard wall", "pegboard"], "volunteer", L, layout="kanban"),
    N("board.html", ["translate the borrowing rules", "borrowing rules"], "skilled", L, ["es", "en"],
      layout="kanban", note="fluent in both languages"),
    N("board.html", ["checkout laptop"], "skilled", L, layout="kanban"),
    N("registry.html", ["tool wish registry", "cordless drill"], "donation", L, layout="registry_counts",
      note="ONE need for the open rows (drills, sockets, cords, pressure washer); complete rows are traps"),
    N("repair-cafe.html", ["small appliances"], "skilled", L, layout="signup_sheet",
      note="one named slot, one blank: 1 open"),
    N("repair-cafe.html", ["bike repair"], "skilled", L, layout="signup_sheet"),
    N("repair-cafe.html", ["electronics"], "skilled", L, layout="signup_sheet"),
    N("repair-cafe.html", ["welcome desk"], "volunteer", L, layout="signup_sheet"),
    N("es/index.html", ["voluntarios bilingües", "mostrador"], "volunteer", "es", ["es", "en"],
      layout="question_heading", note="heading is a question; the ask is in the paragraph"),
    N("volunteer-handbook.pdf", ["spreadsheet", "google sheets"], "skilled", L, layout="pdf_buried",
      note="buried in the Inventory section of a handbook"),
]
TRAPS = [
    T("index.html", "service", ["borrow tools free"]),
    T("index.html", "hours", ["open thursdays"]),
    T("index.html", "recap", ["41 items fixed"]),
    T("index.html", "general_appeal", ["friend of the tool library"]),
    T("board.html", "filled", ["fastener bins"], "Someone's on it: claimed"),
    T("board.html", "filled", ["paint the new sign"], "claimed"),
    T("board.html", "filled", ["lawn mowers"], "Done lane, struck"),
    T("board.html", "filled", ["drill bits"], "Done lane, struck"),
    T("registry.html", "filled", ["circular saw"], "2 of 2, Complete"),
    T("registry.html", "filled", ["tile saw"], "Complete"),
    T("registry.html", "filled", ["stud finder"], "Complete"),
    T("registry.html", "refused", ["gas cans", "we can't take"]),
    T("registry.html", "hours", ["donation drop-off"]),
    T("registry.html", "general_appeal", ["shed fund"]),
    T("repair-cafe.html", "event", ["repair café — saturday", "april 12"]),
    T("repair-cafe.html", "filled", ["sewing and mending"], "both slots named, FULL"),
    T("repair-cafe.html", "filled", ["knife sharpening"], "closed this month"),
    T("repair-cafe.html", "filled", ["coffee and cookies"], "Covered"),
    T("repair-cafe.html", "service", ["fixing is free", "wait for your number"]),
    T("es/index.html", "how_to_apply", ["para hacerse socio"]),
    T("es/index.html", "hours", ["horario"]),
    T("es/index.html", "event", ["taller de bicicletas"]),
    T("volunteer-handbook.pdf", "hours", ["desk shifts"]),
    T("volunteer-handbook.pdf", "how_to_apply", ["signed waiver"]),
    T("staff/notes.html", "robots", ["volunteer coordinator"]),
    T("staff/notes.html", "robots", ["utility trailer"]),
    T("staff/notes.html", "robots", ["insurance policy"]),
]
