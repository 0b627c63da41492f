"""Site 12: Marine Neighbors Mutual Aid, Marine on St. Croix. Minimal static site: request board
cards with OPEN / MET / OFFER / CLOSED chips, Spanish page, FAQ/skill share, English PDF zine."""
from common import N, T

SLUG = "marine-on-st-croix-neighbors-mutual-aid"

_HEAD = """<!doctype html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>{title} · Marine Neighbors Mutual Aid</title>
<style>
body{{font-family:system-ui,sans-serif;max-width:820px;margin:auto;padding:1rem;line-height:1.5}}
.cards{{display:grid;grid-template-columns:repeat(auto-fill,minmax(240px,1fr));gap:1rem}}
.req{{border:1px solid #ccc;border-radius:8px;padding:.75rem}}
.chip{{font-size:.75rem;font-weight:700;padding:0 .4rem;border-radius:4px}}
.open{{background:#d7f5dd}} .met,.closed{{background:#eee;color:#777}} .offer{{background:#dde9ff}}
</style>
</head>
<body>
<header>
  <strong><a href="/">Marine Neighbors Mutual Aid</a></strong>
  <nav><a href="/board.html">Request board</a> · <a href="/skills.html">FAQ &amp; skills</a> · <a href="/es.html">Español</a></nav>
</header>
<main>
"""

_FOOT = """</main>
<footer>
  <p>Hotline (call or text): 651-555-0109 · neighbors@marinemutualaid.org · We meet at the town hall, 121 Judd St, Marine on St. Croix, MN 55047</p>
  <p><a href="/core-team/">core team</a></p>
</footer>
</body>
</html>
"""


def _page(title, body, lang="en"):
    return _HEAD.format(title=title, lang=lang) + body + _FOOT


INDEX = _page("Home", """
<h1>Solidarity, not charity</h1>
<p>We're neighbors in Marine, May Township and the river valley who help each other out directly. No one here is paid, and nobody has to prove they "deserve" help.</p>
<h2>How to ask for help</h2>
<p>Call or text the hotline, or tell any of us at the potluck. We post your request on the board with your first name only.</p>
<h2>The free fridge</h2>
<p>The free fridge behind the library is open 24/7. Take what you need, leave what you can.</p>
<h2>Potluck &amp; skill share</h2>
<p>First Sunday of the month, 5 pm, at the town hall. This month: canning tomatoes.</p>
<h2>So far</h2>
<p>212 requests met since the spring of 2020.</p>
<h2>Community fund</h2>
<p>Chip in $5 a month and we can cover a prescription or a tank of gas when a neighbor is stuck.</p>
<p>Read the zine: <a href="/neighbor-zine-2.pdf">Issue 2 (PDF)</a> · <a href="/zine-issue-1.pdf">Issue 1 (PDF)</a></p>
""")

BOARD = _page("Request board", """
<h1>Request board</h1>
<p>Can you help with one of these? Text the hotline with the number.</p>
<div class="cards">
  <div class="req"><span class="chip open">OPEN</span> <small>#212</small>
    <p><b>Rides to chemo in Stillwater</b>, Thursdays at 9 am for the next six weeks. Marge is 74 and can't drive right now.</p></div>
  <div class="req"><span class="chip open">OPEN</span> <small>#211</small>
    <p>Help moving a couch and about 20 boxes to a new apartment on Saturday the 14th. Two or three strong people and a pickup would do it.</p></div>
  <div class="req"><span class="chip open">OPEN</span> <small>#210</small>
    <p>A young mom is looking for a crib and toddler clothes (size 2T).</p></div>
  <div class="req"><span class="chip met">MET</span> <small>#209</small>
    <p><s>Groceries for family of 5 this week</s> &mdash; met by Joanne. Thank you!</p></div>
  <div class="req"><span class="chip offer">OFFER</span> <small>#208</small>
    <p>I can tune up bikes for free. Bring them by on Saturdays. &mdash; Eli</p></div>
  <div class="req"><span class="chip open">OPEN</span> <small>#207</small>
    <p>Someone to check in on my dad (a phone call or a short visit) every day while I'm away June 2&ndash;16.</p></div>
  <div class="req"><span class="chip closed">CLOSED</span> <small>#205</small>
    <p>Space heater &mdash; no longer needed, the landlord fixed the furnace.</p></div>
  <div class="req"><span class="chip open">OPEN</span> <small>#204</small>
    <p>Our front steps are too much for Grandpa's walker. Looking for someone who can build a wood ramp over three steps &mdash; we'll pay for the lumber.</p></div>
</div>
""")

ES = _page("Español", """
<h1>Ayuda Mutua de Marine: solidaridad, no caridad</h1>
<h2>¿Cómo pedir ayuda?</h2>
<p>Llame o mande un mensaje a la línea 651-555-0109. Publicamos su pedido solo con su primer nombre.</p>
<h2>Pedidos abiertos</h2>
<ul>
  <li>Buscamos a alguien que hable español e inglés para acompañar a Doña Rosa a su cita en el hospital de Stillwater el 20 de junio.</li>
  <li>Una familia recién llegada necesita una estufa eléctrica pequeña y unas ollas.</li>
  <li><s>Cobijas para la familia Morales</s> &mdash; ¡ya se consiguió, gracias!</li>
</ul>
<h2>Lo que ofrecemos</h2>
<p>Clases de costura gratis los domingos por la tarde en la casa de Lety.</p>
<h2>Convivio</h2>
<p>Comida compartida el primer domingo del mes en el town hall. ¡Traiga a toda la familia!</p>
""", lang="es")

SKILLS = _page("FAQ & skills", """
<h1>FAQ &amp; skill share</h1>
<dl>
  <dt>Who can ask for help?</dt>
  <dd>Anyone who lives or works in the valley. You don't have to be a member; there are no members.</dd>
  <dt>What skills do you need right now?</dt>
  <dd>Honestly: someone who understands Medicaid renewals and can sit with a neighbor for an hour to get through the paperwork. And someone with a truck for the spring brush pickup on April 26.</dd>
  <dt>Do you take donations of stuff?</dt>
  <dd>We don't have storage, so we don't accept furniture or clothes drop-offs. Post what you have on the board and we'll match it directly.</dd>
  <dt>Can I give money?</dt>
  <dd>Yes &mdash; the community fund pays for prescriptions, gas and rent gaps.</dd>
</dl>
""")

CORE = _page("core team", """
<h1>core team notes (private)</h1>
<ul>
  <li>Need a new hotline coordinator for July and August.</li>
  <li>Ask the co-op for a donated upright freezer for the free fridge.</li>
  <li>Find 4 drivers for the Tuesday grocery run.</li>
</ul>
""")

PAGES = {
    "index.html": INDEX,
    "board.html": BOARD,
    "es.html": ES,
    "skills.html": SKILLS,
    "core-team/index.html": CORE,
}

ROBOTS = """User-agent: *
Disallow: /core-team/
"""

PDFS = {
    "neighbor-zine-2.pdf": ("Neighbor Zine - Issue 2", [
        ("title", "NEIGHBOR ZINE - ISSUE 2"),
        ("p", "Marine Neighbors Mutual Aid - winter/spring"),
        ("gap", ""),
        ("h", "Winter, looking back"),
        ("p", "Last winter we delivered 90 bags of road salt to elders on the hill roads. The sidewalk shoveling "
              "crew for Main Street has a full roster, thanks! The tool library, though, is short on snow "
              "shovels and ice scrapers - bring any you can spare to the town hall."),
        ("h", "Spring"),
        ("p", "Seed swap: Saturday, April 12, at the library. Bring seeds, take seeds."),
        ("p", "The senior apartments on Oak Street want to grow tomatoes. We need someone who can build raised "
              "garden beds there (the co-op is donating the boards)."),
    ]),
}

NEEDS = [
    N("board.html", ["rides to chemo"], "volunteer", "en", layout="request_cards"),
    N("board.html", ["moving a couch"], "volunteer", "en", layout="request_cards"),
    N("board.html", ["toddler clothes", "crib and toddler"], "donation", "en", layout="request_cards"),
    N("board.html", ["check in on my dad"], "volunteer", "en", layout="request_cards"),
    N("board.html", ["wood ramp"], "skilled", "en", layout="request_cards", note="build a ramp; lumber paid"),
    N("es.html", ["acompañar a doña rosa"], "skilled", "es", ["es", "en"], layout="request_cards",
      note="bilingual companion for a hospital appointment"),
    N("es.html", ["estufa eléctrica"], "donation", "es", layout="request_cards"),
    N("skills.html", ["medicaid renewals"], "skilled", "en", layout="faq_answer"),
    N("skills.html", ["brush pickup", "someone with a truck"], "volunteer", "en", layout="faq_answer",
      note="second ask in the same FAQ answer"),
    N("neighbor-zine-2.pdf", ["snow shovels", "tool library"], "donation", "en", layout="pdf",
      note="'is short on' buried in the zine"),
    N("neighbor-zine-2.pdf", ["raised garden beds"], "skilled", "en", layout="pdf"),
]

TRAPS = [
    T("index.html", "how_to_apply", ["how to ask for help"]),
    T("index.html", "service", ["free fridge"]),
    T("index.html", "event", ["potluck & skill share"]),
    T("index.html", "recap", ["212 requests met"]),
    T("index.html", "general_appeal", ["community fund", "chip in $5"]),
    T("board.html", "filled", ["groceries for family of 5"], note="MET + struck"),
    T("board.html", "offer", ["tune up bikes"]),
    T("board.html", "filled", ["space heater"], note="CLOSED, no longer needed"),
    T("es.html", "how_to_apply", ["cómo pedir ayuda"]),
    T("es.html", "filled", ["familia morales"], note="struck + 'ya se consiguió'"),
    T("es.html", "service", ["clases de costura"]),
    T("es.html", "event", ["convivio"]),
    T("skills.html", "not_accepted", ["don't accept furniture"]),
    T("skills.html", "general_appeal", ["can i give money"]),
    T("neighbor-zine-2.pdf", "recap", ["90 bags of road salt"]),
    T("neighbor-zine-2.pdf", "filled", ["sidewalk shoveling crew"]),
    T("neighbor-zine-2.pdf", "event", ["seed swap"]),
    T("core-team/index.html", "robots", ["hotline coordinator"]),
    T("core-team/index.html", "robots", ["upright freezer"]),
    T("core-team/index.html", "robots", ["grocery run"]),
]
