"""Site 11: Hendrum Red River Welcome Homes (newcomer host homes). English + Spanish.
Status-tile dashboard home (one URGENT tile is a need, the rest are stats/events); role
definition list with status words; kitchen-kit tracker table with need/have columns and
'enough' rows; Spanish page; English PDF volunteer packet; robots /team/."""
from util import N, T

SLUG = "hendrum-red-river-welcome-homes"


def page(lang, title, body):
    return """<!DOCTYPE html>
<html lang="%s">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>%s | Red River Welcome Homes</title>
<style>
:root{--c:#37474f;--a:#ef6c00}
body{margin:0;font:16px/1.5 system-ui,sans-serif;color:var(--c)}
.topbar{display:flex;gap:18px;padding:12px 28px;background:var(--c)}.topbar a{color:#fff;text-decoration:none}
.page{max-width:940px;margin:0 auto;padding:20px 24px}
.tiles{display:grid;grid-template-columns:repeat(3,1fr);gap:14px}
.tile{border-radius:10px;background:#eceff1;padding:14px}.tile .n{font-size:32px;font-weight:800}
.tile.urgent{background:#fff3e0;border:2px solid var(--a)}
dl.roles dt{font-weight:700;font-size:18px;margin-top:18px}dl.roles dd{margin:4px 0 0 0}
.st{font-size:12px;font-weight:700;text-transform:uppercase;padding:1px 6px;border-radius:4px;background:#cfd8dc}
.st.open{background:#ffe0b2}
table.kit{border-collapse:collapse}table.kit td,table.kit th{padding:6px 12px;border-bottom:1px solid #ddd;text-align:left}
.enough{color:#2e7d32}
footer{padding:16px 28px;font-size:13px;background:#eceff1}
</style>
</head>
<body>
<nav class="topbar"><a href="/"><b>Red River Welcome Homes</b></a><a href="/host.html">Ways to help</a><a href="/move-in.html">Kitchen kits</a><a href="/es/">Español</a><a href="/packet.pdf">Volunteer packet</a></nav>
<div class="page">
%s
</div>
<footer>Red River Welcome Homes &middot; PO Box 8, Hendrum, MN &middot; 218-555-0110 &middot; welcome@redriverwelcome.org &middot; <a href="/team/">Team leads</a> &middot; <a href="/annual-report-2023.html">2023 annual report</a></footer>
</body>
</html>
""" % (lang, title, body)


INDEX = page("en", "Home", """
<h1>Welcome homes for new neighbors</h1>
<p>We find temporary host homes and set up first apartments for refugee and asylum-seeking families arriving in the Red River valley.</p>
<div class="tiles">
<div class="tile"><div class="n">14</div>families welcomed in 2024</div>
<div class="tile"><div class="n">2</div>families arriving in January</div>
<div class="tile urgent"><b>URGENT &middot; this Saturday</b><br>A second-floor apartment setup needs three people with strong backs to carry furniture up the stairs, 9&ndash;11 am.</div>
<div class="tile"><b>Info session</b><br>New volunteer info session, Thursday Nov 7, 7 pm, Hendrum library.</div>
<div class="tile"><b>Host a family</b><br>Could your spare room be someone's first home? <a href="/host.html">Learn about hosting</a>.</div>
<div class="tile"><b>Thank you</b><br>To the Lions club for 12 new mattresses.</div>
</div>
""")

HOST = page("en", "Ways to help", """
<h1>Ways to help</h1>
<dl class="roles">
<dt>Host home <span class="st open">needed</span></dt>
<dd>A spare bedroom for a family of two to four for 2&ndash;6 weeks while their apartment is found. We cover groceries and check in daily.</dd>
<dt>Airport pickup drivers <span class="st open">needed</span></dt>
<dd>Fargo airport, often late at night. You need a minivan or SUV and a clean driving record.</dd>
<dt>Cultural orientation trainers <span class="st">full</span></dt>
<dd>Our trainer team is full for 2024. We will reopen sign-ups in the spring.</dd>
<dt>Somali-speaking family mentor <span class="st open">needed</span></dt>
<dd>Two Somali families arrive in January. We are seeking a mentor who speaks Somali to visit each week for the first three months.</dd>
<dt>Apartment setup crew <span class="st open">ongoing</span></dt>
<dd>Saturdays as needed: assemble beds, hang curtains, stock the kitchen before a family arrives.</dd>
<dt>Case manager <span class="st">paid staff</span></dt>
<dd>Through our partner agency, 40 hours a week. See the agency's careers page.</dd>
</dl>
""")

MOVEIN = page("en", "Kitchen kits", """
<h1>Kitchen kit tracker</h1>
<p>Every family gets a kitchen kit on move-in day. This is what we have on the shelf for the next six families.</p>
<table class="kit">
<tr><th>Item</th><th>Need</th><th>Have</th><th></th></tr>
<tr><td>Pots &amp; pans set</td><td>6</td><td>6</td><td class="enough">&#10003; enough</td></tr>
<tr><td>Dish set (service for 4)</td><td>6</td><td>2</td><td></td></tr>
<tr><td>Silverware set</td><td>6</td><td>6</td><td class="enough">&#10003; enough</td></tr>
<tr><td>Rice cooker</td><td>4</td><td>1</td><td></td></tr>
<tr><td>Shower curtain + rings</td><td>6</td><td>0</td><td></td></tr>
</table>
<h2>Beds &amp; furniture</h2>
<p>We are not accepting furniture right now &mdash; no storage space until March. Please hold on to it!</p>
<h2>Dropping off</h2>
<p>Call 218-555-0111 first; we meet you at the storage unit on weekday evenings.</p>
""")

ES = page("es", "Español", """
<h1>Hogares de Bienvenida del Río Rojo</h1>
<h2>Buscamos familias anfitrionas que hablen español</h2>
<p>Una familia venezolana (mamá, papá y dos niñas) llega en diciembre. Buscamos familias anfitrionas que hablen español y tengan un cuarto libre por unas semanas.</p>
<h2>Abrigos de invierno para adultos</h2>
<p>Necesitamos abrigos de invierno para adultos, tallas M y L, nuevos o en buen estado. ¡Aquí el frío no perdona!</p>
<h2>Traductores de documentos</h2>
<p>¡Completo! Ya tenemos tres voluntarios. Gracias.</p>
<h2>Clases de inglés</h2>
<p>Clases gratis de inglés para adultos los martes a las 6 pm en la biblioteca.</p>
""")

TEAM = page("en", "Team leads", """
<h1>Team leads only</h1>
<ul>
<li>We need a volunteer coordinator for the spring.</li>
<li>Someone to run the Facebook page.</li>
<li>A bookkeeper for the year-end close.</li>
</ul>
""")

PAGES = {
    "index.html": INDEX,
    "host.html": HOST,
    "move-in.html": MOVEIN,
    "es/index.html": ES,
    "team/index.html": TEAM,
}

ROBOTS = """User-agent: *
Disallow: /team/
"""

PDFS = {
    "packet.pdf": ("Volunteer packet", [
        ("title", "RED RIVER WELCOME HOMES - VOLUNTEER PACKET"),
        ("gap", ""),
        ("h", "Background checks"),
        ("p", "Every volunteer who works with families completes a background check. Email us and we will "
              "send you a link; it takes about ten minutes and is free to you."),
        ("gap", ""),
        ("h", "Driver's license test tutors"),
        ("p", "Several adults in our families are studying for the Minnesota written driver's test. We "
              "need two tutors on Tuesday evenings to quiz them on road signs and rules. You will use the "
              "state manual; no teaching background needed."),
        ("gap", ""),
        ("h", "Training dates"),
        ("p", "Volunteer training: January 11 and February 8, 9 am - noon, Hendrum library."),
    ]),
}

NEEDS = [
    N("index.html", ["carry furniture", "second-floor apartment", "strong backs"], "volunteer", "en", layout="status_tiles", note="URGENT tile"),
    N("host.html", ["host home", "spare bedroom"], "other", "en", layout="definition_list_status"),
    N("host.html", ["airport pickup"], "volunteer", "en", layout="definition_list_status"),
    N("host.html", ["family mentor"], "volunteer", "en", ["so", "en"], layout="definition_list_status"),
    N("host.html", ["apartment setup crew"], "volunteer", "en", layout="definition_list_status"),
    N("move-in.html", ["kitchen kit", "dish set", "rice cooker"], "donation", "en",
      layout="need_have_table", note="rows short of target = one need; 'enough' rows are traps"),
    N("es/index.html", ["familias anfitrionas"], "other", "es", ["es"], layout="heading_paragraph"),
    N("es/index.html", ["abrigos de invierno"], "donation", "es", layout="heading_paragraph"),
    N("packet.pdf", ["driver's license test", "written driver's test", "tutors"], "skilled", "en",
      layout="pdf"),
]

TRAPS = [
    T("index.html", "recap", ["families welcomed"]),
    T("index.html", "event", ["info session"]),
    T("index.html", "teaser", ["host a family"]),
    T("index.html", "thanks", ["12 new mattresses"]),
    T("host.html", "filled", ["cultural orientation"], "full"),
    T("host.html", "job", ["case manager"]),
    T("move-in.html", "filled", ["pots & pans"], "enough"),
    T("move-in.html", "filled", ["silverware"], "enough"),
    T("move-in.html", "filled", ["beds & furniture"], "not accepting furniture"),
    T("move-in.html", "how_to_apply", ["dropping off"]),
    T("es/index.html", "filled", ["traductores de documentos"], "'¡Completo!'"),
    T("es/index.html", "service", ["clases de inglés"]),
    T("packet.pdf", "how_to_apply", ["background checks"]),
    T("packet.pdf", "event", ["training dates"]),
    T("team/index.html", "robots", ["volunteer coordinator"]),
    T("team/index.html", "robots", ["facebook page"]),
    T("team/index.html", "robots", ["bookkeeper"]),
]
