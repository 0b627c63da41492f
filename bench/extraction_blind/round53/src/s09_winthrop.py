"""Winthrop Tenants Association (Winthrop, MN). Squarespace-ish cards with status pills; English,
Spanish and Somali pages. Robots: `*` group disallows /steering/."""
from common import N, T

SLUG = "winthrop-tenants-association"
TOWN = "winthrop"

CSS = """<style>
body{font-family:'Helvetica Neue',Arial,sans-serif;margin:0;background:#fafafa}
.bar{background:#222;color:#fff;padding:14px 30px}.bar a{color:#ffd166;margin-right:16px}
.page{max-width:960px;margin:auto;padding:24px}
.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(260px,1fr));gap:18px}
.c{background:#fff;border-radius:8px;box-shadow:0 1px 4px rgba(0,0,0,.15);padding:16px}
.pill{font-size:11px;font-weight:700;border-radius:999px;padding:3px 10px;display:inline-block}
.open{background:#ffd166}.filled{background:#cde8cd}.paid{background:#cfe0ff}
</style>"""


def shell(title, body, lang="en"):
    return """<!DOCTYPE html>
<html lang="%s">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>%s &middot; Winthrop Tenants Association</title>%s</head>
<body>
<div class="bar"><strong>Winthrop Tenants Association</strong> &nbsp;
<a href="/">Home</a><a href="/get-involved.html">Get involved</a><a href="/stories.html">Stories</a><a href="/es/">Español</a><a href="/so/">Soomaali</a></div>
<div class="page">
%s
</div>
<div class="page" style="font-size:12px;color:#666">Winthrop Tenants Association &middot; PO Box 144, Winthrop, MN &middot; 507-555-0151 &middot; hello@winthroptenants.example<br>
<a href="/bulletin-fall-2025.pdf">Tenant Voice bulletin, fall 2025 (PDF)</a> &middot; <a href="/steering/">Steering committee</a></div>
</body>
</html>
""" % (lang, title, CSS, body)


INDEX = shell("Home", """
<h1>Renters standing together</h1>
<p>We are tenants of Riverside Apartments, Maple Court, Elm Terrace and other rentals in Winthrop. We meet, we learn our rights,
and we act together when landlords don&rsquo;t make repairs.</p>

<div class="grid">
 <div class="c"><h3>Monthly tenant meeting</h3><p>Second Tuesday of every month, 7:00 p.m., Winthrop Public Library meeting room. Childcare and snacks.</p></div>
 <div class="c"><h3>Tenant hotline</h3><p>Questions about repairs, deposits or an eviction notice? Call 507-555-0152 for free advice from a trained member.</p></div>
 <div class="c"><h3>Dues</h3><p>Members pay $5 a month. Dues pay for printing and the hotline phone. <a href="https://pay.example/wta">Pay dues online</a>.</p></div>
</div>

<h2>When a family has to move fast</h2>
<p>Twice this year a family had to leave a condemned unit with two days&rsquo; notice. Members carried everything by hand.
We&rsquo;re looking for a volunteer with a pickup truck who can be on call to help move furniture when a family is displaced.
Usually a Saturday, a few hours, a few times a year.</p>

<p><a href="/get-involved.html">Get involved &rarr;</a> &middot; <a href="/press/2024-rent-hike.html">In the news: the 2024 rent hike</a></p>
""")

GET_INVOLVED = shell("Get involved", """
<h1>Get involved</h1>
<p>Every role below is unpaid unless it says PAID. Email hello@winthroptenants.example to say yes.</p>
<div class="grid">
 <div class="c"><span class="pill open">OPEN</span><h3>Building captain for Maple Court</h3>
  <p>Knock on doors in your building once a month, share news and bring neighbors to the meeting. Must live at Maple Court.</p></div>
 <div class="c"><span class="pill filled">FILLED</span><h3>Building captain for Elm Terrace</h3>
  <p>Thanks to Deb K. for stepping up!</p></div>
 <div class="c"><span class="pill open">OPEN</span><h3>Meeting note-taker</h3>
  <p>Take notes at the monthly meeting and email them out within a week.</p></div>
 <div class="c"><span class="pill open">OPEN</span><h3>Spanish interpreter for meetings</h3>
  <p>About a third of our members speak Spanish first. Interpret at the monthly meeting, second Tuesday, 7&ndash;8:30 p.m.</p></div>
 <div class="c"><span class="pill filled">FILLED</span><h3>Somali interpreter for meetings</h3>
  <p>Covered by Hodan A. through next summer.</p></div>
 <div class="c"><span class="pill open">OPEN</span><h3>Flyer designer</h3>
  <p>We need someone with graphic design skills to make our meeting flyers look good, in three languages. Canva is fine.</p></div>
 <div class="c"><span class="pill paid">PAID</span><h3>Canvass lead</h3>
  <p>$18/hour, 10 hours a week for eight weeks this fall, leading door-knocking teams.</p></div>
</div>
""")

STORIES = shell("Stories", """
<h1>Stories</h1>

<article class="c" style="margin-bottom:18px"><h2>No heat at 410 River Street</h2><p><small>October 2, 2025</small></p>
<p>When the boiler at 410 River Street broke in late September, the landlord said it would be fixed &ldquo;soon.&rdquo;
Two weeks later Marisol and her four kids are still sleeping in coats. The association has filed a complaint with the city
and the inspector is coming. Until the heat is back, the family needs two safe electric space heaters (with tip-over
shutoff) and warm blankets. Drop them at the library front desk marked &ldquo;WTA &ndash; River St.&rdquo;</p></article>

<article class="c" style="margin-bottom:18px"><h2>We won: Riverside repairs are done</h2><p><small>August 14, 2025</small></p>
<p>After six months of organizing, Riverside Apartments replaced 22 windows and fixed the elevator. Thank you to every tenant who signed the letter.</p></article>

<article class="c" style="margin-bottom:18px"><h2>Thank you for packing City Hall</h2><p><small>June 20, 2025</small></p>
<p>Forty neighbors came to the city council meeting on the rental licensing ordinance. The council voted 4&ndash;1 to adopt it. Thank you!</p></article>

<article class="c"><h2>Coming soon: our guide to security deposits</h2>
<p>How to get your deposit back, in English, Spanish and Somali. Watch this page.</p></article>
""")

ES = shell("Español", """
<h1>Asociación de Inquilinos de Winthrop</h1>
<p>Somos inquilinos que nos organizamos para exigir reparaciones y respeto. Todos son bienvenidos, sin importar su estatus.</p>

<h2>Buscamos un abogado voluntario</h2>
<p>Cada mes llegan familias con avisos de desalojo. Buscamos un abogado voluntario, o un estudiante de derecho supervisado,
para una clínica de desalojos un sábado al mes. Hablar español ayuda, pero tenemos intérprete.</p>

<h2>Sillas para las reuniones</h2>
<p>En la última reunión vinieron 70 personas y muchos se quedaron parados. Necesitamos sillas plegables (unas 30) para las reuniones.
Las guardamos en la biblioteca.</p>

<h2>Línea de ayuda</h2>
<p>Línea de ayuda gratuita para inquilinos: 507-555-0152. Le contestamos en español los lunes y miércoles.</p>

<h2>Cómo presentar una queja a la ciudad</h2>
<p>Si su casero no hace las reparaciones, puede presentar una queja al inspector de la ciudad. Le ayudamos a llenar el formulario.</p>

<h2>Taller: Conozca sus derechos</h2>
<p>Sábado 18 de octubre, 10:00 am, en la biblioteca. Gratis, con comida.</p>
""", lang="es")

SO = shell("Soomaali", """
<h1>Ururka Kiraystayaasha Winthrop</h1>
<p>Waxaan nahay kiraystayaal isu tagay si aan u difaacno xuquuqdeena. Qof walba waa soo dhowaaday.</p>

<h2>Warqadaha albaabada</h2>
<p>Ka hor kulanka bisha, waxaan u baahannahay mutadawiciin u qaybiya warqadaha albaabada dhismayaasha Maple Court iyo Riverside.
Hal saac oo keliya, Axadda ka horreysa kulanka.</p>

<h2>Daryeelka carruurta</h2>
<p>Hooyooyin badan ma iman karaan kulanka carruurta dartood. Waxaan u baahannahay laba qof oo sameeya daryeelka carruurta
inta kulanka socdo, qolka ku xiga.</p>

<h2>Turjubaanka Soomaaliga</h2>
<p>Turjubaanka Soomaaliga ee kulamada waa la helay. Mahadsanid Hodan!</p>

<h2>Caawimaad sharci oo bilaash ah</h2>
<p>Haddii aad heshay warqad looga saarayo guriga, wac 507-555-0152. Caawimaadu waa bilaash.</p>

<h2>Kulanka bisha</h2>
<p>Talaadada labaad ee bil kasta, 7:00 fiidnimo, maktabadda Winthrop.</p>
""", lang="so")

STEERING = shell("Steering committee", """
<h1>Steering committee (private)</h1>
<p>Working notes. Not for distribution.</p>
<ul>
<li>We need a treasurer who can keep the dues spreadsheet.</li>
<li>Someone to host the December holiday potluck.</li>
<li>Ask a lawyer to review our bylaws before the vote.</li>
</ul>
""")

PAGES = {
    "index.html": INDEX,
    "get-involved.html": GET_INVOLVED,
    "stories.html": STORIES,
    "es/index.html": ES,
    "so/index.html": SO,
    "steering/index.html": STEERING,
}

ROBOTS = """User-agent: *
Disallow: /steering/
"""

PDFS = {
    "bulletin-fall-2025.pdf": ("Tenant Voice - Fall 2025", [
        ("title", "Tenant Voice - Winthrop Tenants Association - Fall 2025"),
        ("h", "Riverside: repairs done"),
        ("p", "Twenty-two new windows and a working elevator. Six months of letters and meetings paid off."),
        ("h", "New state law on late fees"),
        ("p", "Since August, landlords in Minnesota may not charge a late fee of more than 8 percent of the overdue rent. "
              "If you were charged more, call our hotline."),
        ("h", "From the treasurer"),
        ("p", "We collected $1,840 in dues this year. Most of it goes to printing. Our old printer died in July, so we now "
              "print about 300 flyers a month at the library at 15 cents a page. A donated laser printer, even a used "
              "one, would save us about $500 a year. Toner we can buy."),
        ("h", "Meetings"),
        ("p", "Second Tuesday of every month, 7:00 p.m., Winthrop Public Library. October 14, November 11, December 9."),
        ("h", "Hotline hours"),
        ("p", "Monday and Wednesday 5:00 to 8:00 p.m., Saturday 10:00 a.m. to noon."),
    ], {"columns": 2, "lang": "en"}),
}

NEEDS = [
    N("index.html", ["pickup truck", "move furniture"], "volunteer", "en", [], "heading_paragraph",
      "heading 'When a family has to move fast' names no role"),
    N("get-involved.html", ["captain for maple court", "maple court"], "volunteer", "en", [], "role_cards", "OPEN pill"),
    N("get-involved.html", ["meeting note-taker", "note-taker"], "volunteer", "en", [], "role_cards", "OPEN pill"),
    N("get-involved.html", ["spanish interpreter"], "skilled", "en", ["es", "en"], "role_cards", "OPEN pill"),
    N("get-involved.html", ["flyer designer", "graphic design"], "skilled", "en", [], "role_cards", "OPEN pill"),
    N("stories.html", ["space heaters", "warm blankets"], "donation", "en", [], "story",
      "family without heat: heaters + blankets = one need"),
    N("es/index.html", ["abogado voluntario", "clínica de desalojos"], "skilled", "es", [], "heading_paragraph",
      "Spanish helps, interpreter provided: no language required"),
    N("es/index.html", ["sillas plegables"], "donation", "es", [], "heading_paragraph"),
    N("so/index.html", ["warqadaha albaabada", "qaybiya warqadaha"], "volunteer", "so", [], "heading_paragraph",
      "flyer distribution door to door"),
    N("so/index.html", ["daryeelka carruurta"], "volunteer", "so", [], "heading_paragraph", "childcare during meetings"),
    N("bulletin-fall-2025.pdf", ["laser printer", "donated laser printer"], "donation", "en", [], "pdf",
      "buried in the treasurer's note of a two-column bulletin"),
]

TRAPS = [
    T("index.html", "event", ["monthly tenant meeting"]),
    T("index.html", "service", ["tenant hotline", "free advice"]),
    T("index.html", "general_appeal", ["pay dues online", "$5 a month"]),
    T("index.html", "teaser", ["get involved →"]),
    T("get-involved.html", "filled", ["captain for elm terrace", "elm terrace"]),
    T("get-involved.html", "filled", ["somali interpreter"]),
    T("get-involved.html", "job", ["canvass lead", "$18/hour"]),
    T("stories.html", "recap", ["we won", "22 windows"]),
    T("stories.html", "recap", ["packing city hall", "forty neighbors"]),
    T("stories.html", "blog", ["guide to security deposits"]),
    T("es/index.html", "service", ["línea de ayuda gratuita"]),
    T("es/index.html", "how_to_apply", ["cómo presentar una queja"]),
    T("es/index.html", "event", ["conozca sus derechos"]),
    T("so/index.html", "filled", ["turjubaanka soomaaliga", "waa la helay"]),
    T("so/index.html", "service", ["caawimaad sharci"]),
    T("so/index.html", "event", ["kulanka bisha"]),
    T("steering/index.html", "robots", ["dues spreadsheet", "treasurer"]),
    T("steering/index.html", "robots", ["holiday potluck"]),
    T("steering/index.html", "robots", ["review our bylaws"]),
    T("bulletin-fall-2025.pdf", "recap", ["riverside: repairs done", "twenty-two new windows"]),
    T("bulletin-fall-2025.pdf", "service", ["new state law on late fees"]),
    T("bulletin-fall-2025.pdf", "event", ["october 14, november 11"]),
    T("bulletin-fall-2025.pdf", "hours", ["hotline hours"]),
]
