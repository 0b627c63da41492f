"""Nashwauk: Range Tool Library. Hand-built modern site. A kanban "Help Board" (Needed / Someone's on it /
Done) whose card titles are h3, h4 and a div; a 'gaps in the collection' table with per-row status."""
from common import N, T

SLUG = "nashwauk-range-tool-library"


def page(lang, title, body, nav_es=False):
    nav = ('<a href="/index.html">Inicio</a><a href="/help-board.html">Tablero de ayuda</a>'
           '<a href="/espanol.html" aria-current="page">Español</a>') if nav_es else (
        '<a href="/">Home</a><a href="/help-board.html">Help Board</a><a href="/wanted.html">Wanted Tools</a>'
        '<a href="/espanol.html">Español</a><a href="/docs/volunteer-handbook-2025.pdf">Volunteer handbook</a>')
    return """<!doctype html>
<html lang="{LANG}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{TITLE} &middot; Range Tool Library</title>
<link rel="stylesheet" href="/assets/site.css">
<link rel="icon" href="/assets/wrench.svg">
</head>
<body>
<header class="top">
  <a class="logo" href="/"><img src="/assets/wrench.svg" alt="" width="28"> Range Tool Library</a>
  <nav class="menu">{NAV}</nav>
</header>
<main id="content">
{BODY}
</main>
<footer class="site-foot">
  <p>Range Tool Library &middot; back entrance of the Nashwauk Community Center, 301 Central Ave, Nashwauk MN 55769 &middot;
  <a href="tel:+12185550163">(218) 555-0163</a> &middot; borrow@rangetools.example</p>
  <p class="small"><a href="/crew/notes.html">Crew login</a> &middot; <a href="/repair-cafe/photos-2024.html">Repair Caf&eacute; photos</a> &middot; Made with a lot of duct tape.</p>
</footer>
</body>
</html>
""".replace("{LANG}", lang).replace("{TITLE}", title).replace("{NAV}", nav).replace("{BODY}", body)


INDEX = page("en", "Home", """
<section class="hero">
  <h1>Borrow a tool. Fix a thing. Meet a neighbor.</h1>
  <p>A lending library for the Iron Range, run by volunteers out of the old hockey equipment room.</p>
</section>
<div class="three-up">
  <section>
    <h2>On the shelves</h2>
    <p>Over 600 tools you can take home for a week at a time: extension ladders, tile cutters, post-hole diggers,
    a pressure washer, canning kits, ice augers, camping gear and a whole wall of hand tools. Members borrow free.</p>
  </section>
  <section>
    <h2>Open hours</h2>
    <p>Wednesday 4&ndash;7 pm<br>Saturday 10 am&ndash;2 pm<br>Closed on holiday weekends.</p>
  </section>
  <section>
    <h2>Repair Caf&eacute;</h2>
    <p>Third Saturday of the month, 10&ndash;1. Bring a wobbly lamp, a dead toaster or jeans with a torn knee and
    our fixers will show you how to mend it yourself.</p>
  </section>
</div>
<section class="band">
  <h2>Membership</h2>
  <p>$20 a year, or pay what you can &ndash; nobody is turned away. Dues keep the lights on and the blades sharp.</p>
</section>
<section class="band alt">
  <h2>Summer job for a teen</h2>
  <p>Through the Iron Range youth jobs program we will hire one tool-shed assistant for June&ndash;August,
  20 hours a week at $15/hour. Applications open in April.</p>
</section>
""")

BOARD = page("en", "Help Board", """
<h1>Help Board</h1>
<p class="lede">Pick a card in the first column and tell whoever is at the desk. It moves to the middle column with
your name on it.</p>
<div class="board">
  <section class="col col-needed" aria-label="Needed">
    <h2 class="col-title">Needed <span class="count">4</span></h2>
    <article class="card">
      <h3>Sharpen the loaner chisels and hand planes</h3>
      <p>About forty edges have gone dull. Best for someone who already sharpens their own on stones or a jig.</p>
      <span class="tag">skill</span>
    </article>
    <article class="card">
      <h4>Small-engine tune-ups</h4>
      <p>Three push mowers and the tiller need spring tune-ups: plugs, oil, carb cleaning. We pay for parts.</p>
      <span class="tag">skill</span>
    </article>
    <article class="card">
      <div class="card-title"><span class="emoji" aria-hidden="true">&#128267;</span> Donate: 20V batteries</div>
      <p>DeWalt or Milwaukee 20V batteries, even used ones that still hold a charge. Our cordless drills keep
      coming back dead.</p>
      <span class="tag">stuff</span>
    </article>
    <article class="card">
      <div class="card-title">Saturday desk shifts</div>
      <p>Check tools in and out, wipe them down, chat with borrowers. 10&ndash;2; we train you on the first day.</p>
      <span class="tag">anyone</span>
    </article>
  </section>
  <section class="col col-taken" aria-label="Someone's on it">
    <h2 class="col-title">Someone&rsquo;s on it <span class="count">2</span></h2>
    <article class="card taken">
      <h3>Build a new pegboard wall</h3>
      <p>Claimed by Tom R. &ndash; thanks, Tom!</p>
    </article>
    <article class="card taken">
      <h3>Label the bins in the plumbing aisle</h3>
      <p>The Nashwauk-Keewatin FFA chapter has this one.</p>
    </article>
  </section>
  <section class="col col-done" aria-label="Done">
    <h2 class="col-title">Done &#10003; <span class="count">2</span></h2>
    <article class="card done">
      <h3>Fix the shop vac</h3>
      <p>New filter and hose, runs great.</p>
    </article>
    <article class="card done">
      <h3>Count the whole inventory</h3>
      <p>612 tools counted on October 5.</p>
    </article>
  </section>
</div>
""")

WANTED = page("en", "Wanted Tools", """
<h1>Gaps in the collection</h1>
<p>These are the tools members keep asking for and we don&rsquo;t have. If one is gathering dust in your garage,
we would give it a busy life.</p>
<table class="wanted">
  <thead><tr><th>Tool</th><th>Why</th><th>Status</th></tr></thead>
  <tbody>
    <tr><td>Wet tile saw</td><td>Three bathroom projects on the wait list</td><td class="s-open">Still looking</td></tr>
    <tr><td>Drywall lift</td><td>Ceilings are miserable without one</td><td class="s-open">Still looking</td></tr>
    <tr><td>Chainsaw, 16&ndash;18&Prime; bar</td><td>Storm cleanup</td><td class="s-done">Got one &ndash; thanks, Dale!</td></tr>
    <tr><td>Kids&rsquo; bike helmets</td><td>For the spring bike giveaway</td><td class="s-open">Still looking</td></tr>
    <tr><td>Stud finder</td><td>&ndash;</td><td class="s-done">Plenty now, please don&rsquo;t bring more</td></tr>
  </tbody>
</table>
<h2>How to borrow</h2>
<p>Bring a photo ID and something with your current address. Sign the lending agreement once; after that it is
grab and go.</p>
<h2>We also lend</h2>
<p>A 5&times;8 utility trailer, for members with a 2&Prime; ball hitch. Reserve it at the desk a week ahead.</p>
""")

ESPANOL = page("es", "Español", """
<h1>Biblioteca de Herramientas del Range</h1>
<h2>¿Qué es?</h2>
<p>Un lugar donde los vecinos piden herramientas prestadas sin costo, por una semana a la vez.</p>
<h2>Buscamos voluntarios bilingües</h2>
<p>Cada vez nos visitan más familias latinas que trabajan en la mina y en los hoteles de la zona. Necesitamos
personas que hablen español e inglés para explicar el reglamento de préstamo y ayudar a llenar la tarjeta de
socio los sábados.</p>
<h2>¿Sabes coser a máquina?</h2>
<p>Prestamos carpas, sacos de dormir y lonas, y muchas regresan con rasgaduras. Buscamos a alguien con máquina
de coser que pueda remendarlas en su casa.</p>
<h2>Carretillas y palas</h2>
<p>Para el huerto comunitario nos faltan carretillas y palas. Si tiene alguna que ya no use, tráigala en
horario de apertura.</p>
<h2>Traducción del boletín</h2>
<p>Ya conseguimos quien traduzca el boletín mensual. ¡Gracias, Rocío!</p>
<h2>Taller de bicicletas para niños</h2>
<p>Sábado 12 de abril, 10 a.m. Los niños aprenden a parchar llantas y ajustar frenos. Que cada niño traiga su
bici.</p>
""", nav_es=True)

CREW = page("en", "Crew notes", """
<h1>Crew notes (internal)</h1>
<ul>
  <li>Need a second key holder for Wednesday closing.</li>
  <li>Ask Hometown Hardware about a sharpening stone donation.</li>
  <li>Find someone to fix the trailer wiring before spring.</li>
</ul>
""")

PAGES = {"index.html": INDEX, "help-board.html": BOARD, "wanted.html": WANTED, "espanol.html": ESPANOL,
         "crew/notes.html": CREW}

ROBOTS = "User-agent: *\nDisallow: /crew/\nDisallow: /assets/\n"

PDFS = {
    "docs/volunteer-handbook-2025.pdf": ("Range Tool Library - Volunteer Handbook 2025", [
        ("title", "Range Tool Library - Volunteer Handbook 2025"),
        ("h", "Welcome"),
        ("p", "Thank you for giving your time to the library. This short handbook covers safety, how shifts "
              "work, and where we need people this year."),
        ("h", "Safety first"),
        ("p", "Never hand out a power tool you have not plugged in and checked. Blades go out in their guards. "
              "If a borrower looks unsure, show them, or suggest the Repair Cafe."),
        ("h", "Spring bike giveaway"),
        ("p", "We are collecting 40 kids' bikes for the giveaway on April 26. We need one or two people who can "
              "work as a bike mechanic before then: true wheels, adjust derailleurs, replace brake cables. "
              "Work in our shop any evening in March or April."),
        ("h", "Signing up for shifts"),
        ("p", "All shifts are booked on the Help Board at the front desk, or by e-mail to "
              "borrow@rangetools.example."),
        ("h", "Looking back"),
        ("p", "The 2024 tool drive brought in 212 donated tools, from a single screwdriver to a table saw."),
    ]),
}

NEEDS = [
    N("help-board.html", ["loaner chisels", "sharpen"], "skilled", "en", layout="kanban_cards", note="h3 title"),
    N("help-board.html", ["small-engine tune-ups"], "skilled", "en", layout="kanban_cards", note="h4 title"),
    N("help-board.html", ["20v batteries"], "donation", "en", layout="kanban_cards", note="div title with emoji"),
    N("help-board.html", ["saturday desk shifts"], "volunteer", "en", layout="kanban_cards", note="div title"),
    N("wanted.html", ["gaps in the collection", "wet tile saw"], "donation", "en", layout="wish_table",
      note="one wish list; rows with 'Still looking' are its items"),
    N("espanol.html", ["voluntarios bilingües"], "volunteer", "es", ["es", "en"], layout="heading_paragraph"),
    N("espanol.html", ["coser a máquina", "remendar"], "skilled", "es", layout="heading_paragraph"),
    N("espanol.html", ["carretillas"], "donation", "es", layout="short_on", note="'nos faltan'"),
    N("docs/volunteer-handbook-2025.pdf", ["bike mechanic"], "skilled", "en", layout="pdf"),
]

TRAPS = [
    T("index.html", "service", ["over 600 tools", "members borrow free"]),
    T("index.html", "hours", ["open hours"]),
    T("index.html", "event", ["repair café"]),
    T("index.html", "general_appeal", ["pay what you can"]),
    T("index.html", "job", ["tool-shed assistant"]),
    T("help-board.html", "filled", ["pegboard wall"], "Someone's on it column"),
    T("help-board.html", "filled", ["label the bins"], "Someone's on it column"),
    T("help-board.html", "filled", ["fix the shop vac"], "Done column"),
    T("help-board.html", "recap", ["count the whole inventory"], "Done column"),
    T("wanted.html", "filled", ["chainsaw"], "got one"),
    T("wanted.html", "filled", ["stud finder"], "plenty now"),
    T("wanted.html", "how_to_apply", ["how to borrow"]),
    T("wanted.html", "service", ["we also lend", "utility trailer"]),
    T("espanol.html", "service", ["piden herramientas prestadas"]),
    T("espanol.html", "filled", ["traducción del boletín"], "ya conseguimos quien traduzca"),
    T("espanol.html", "event", ["taller de bicicletas"]),
    T("docs/volunteer-handbook-2025.pdf", "how_to_apply", ["signing up for shifts"]),
    T("docs/volunteer-handbook-2025.pdf", "recap", ["2024 tool drive"]),
    T("crew/notes.html", "robots", ["second key holder"]),
    T("crew/notes.html", "robots", ["sharpening stone donation"]),
    T("crew/notes.html", "robots", ["trailer wiring"]),
]
