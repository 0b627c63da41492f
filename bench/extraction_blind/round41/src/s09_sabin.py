"""Site 9: a manufactured-home residents' association in Sabin (en + es, <pre> sign-up sheet, repair request
board, English PDF newsletter, robots /board-only/)."""
from common import N, T

SLUG = "sabin-prairie-view-residents-association"
ROBOTS = "User-agent: *\nDisallow: /board-only/\n"

def head(lang, title):
    return """<!DOCTYPE html>
<html lang="%s">
<head>
<meta charset="utf-8">
<title>%s</title>
<link rel="stylesheet" href="https://static.example-sitebuilder.com/t/4411/site.css">
</head>
<body class="sb-page">
<div class="sb-header">
 <div class="sb-title">PRAIRIE VIEW RESIDENTS ASSOCIATION</div>
 <div class="sb-tagline">Sabin, Minnesota &middot; Neighbors who own our homes</div>
 <div class="sb-nav">
  <a href="/index.html">HOME</a> <a href="/get-involved.html">GET INVOLVED</a> <a href="/repairs.html">REPAIR BOARD</a>
  <a href="/es/index.html">ESPAÑOL</a> <a href="/newsletter-october-2025.pdf">NEWSLETTER</a>
 </div>
</div>
<div class="sb-content">
""" % (lang, title)

FOOT = """
</div>
<div class="sb-footer">
 <p>Prairie View Residents Association &middot; Clubhouse, 1 Prairie View Dr, Sabin, MN 56580 &middot; 218-555-0131</p>
 <p><a href="/board-only/minutes.html">Board login</a> &middot; <a href="/legal/lot-lease-2023.html">Our 2023 lot lease</a></p>
 <p class="sb-made">Made with SiteBuilder</p>
</div>
</body>
</html>
"""

PAGES = {}

PAGES["index.html"] = head("en", "Prairie View Residents Association") + """
<h1>We own our homes. We rent the ground. We stick together.</h1>
<p>We are the 112 households of Prairie View Manufactured Home Community in Sabin. We formed this association in 2022
when the park was sold to an out-of-state company.</p>

<h2>Our win this year</h2>
<p>After six months of organizing, the new owner agreed in writing to cap lot-rent increases at 3% a year through 2027
and to fix the roads before winter. Thank you to every neighbor who signed, called and showed up.</p>

<h2>Monthly meeting</h2>
<p>Second Tuesday of every month, 7 pm, at the clubhouse. Childcare provided. Everyone who lives here is a member.</p>

<h2>Dues</h2>
<p>$5 a month per household keeps us independent. Pay at the meeting or through the drop box at the clubhouse.</p>
""" + FOOT

PAGES["get-involved.html"] = head("en", "Get involved | Prairie View Residents Association") + """
<h1>Get involved</h1>
<p>This is the sign-up sheet from the clubhouse bulletin board, typed up by Dale. A line of underscores means we still need somebody.</p>
<pre>
=========================================================
 PRAIRIE VIEW SNOW CREW  -- clubhouse walks + mailboxes
=========================================================
 WEEK OF      SHOVELER #1            SHOVELER #2
 Dec 1        Dale (lot 14)          Marisol (lot 62)
 Dec 8        Dale (lot 14)          ________________
 Dec 15       ________________       ________________
 Dec 22       Tony (lot 3)           Tony's nephew
 Dec 29       ________________       Pete (lot 90)
---------------------------------------------------------
 MAILBOX CLUSTER SALTING .......... FULL, thanks Bob &amp; Ruth!
=========================================================
</pre>

<h2>Other jobs (none of these are paid &mdash; we are all neighbors)</h2>
<ul>
 <li><b>Newsletter editor</b> &mdash; put together the one-page monthly newsletter from what people send in, and print 120 copies at the library.</li>
 <li><b>Interpreter for meetings</b> &mdash; about a third of our households speak Spanish at home. We paid an interpreter
 for a year, but that grant has run out. We need a Spanish&ndash;English interpreter for the monthly meeting, two hours a month.</li>
 <li><b>Welcome visitor</b> &mdash; bring the welcome packet to new households and explain how the association works.</li>
 <li><b>Treasurer</b> &mdash; <em>Marge has this covered through 2026.</em></li>
</ul>
""" + FOOT

PAGES["repairs.html"] = head("en", "Neighbor Repair Board | Prairie View") + """
<h1>Neighbor Repair Board</h1>
<p>Residents post small repair jobs they cannot do alone, and neighbors with tools pick them up. (Pads, water and
sewer lines are park management&rsquo;s job &mdash; not these.) Call Dale at 218-555-0133 to take one.</p>

<div class="req open">
 <h3>Lot 31 &mdash; skirting blew off</h3>
 <p>Two panels of vinyl skirting came off in the September wind. New panels are already bought; need a couple of people
 to help put them back before the freeze.</p>
 <p><b>Status: OPEN</b></p>
</div>

<div class="req done">
 <h3>Lot 7 &mdash; wheelchair ramp</h3>
 <p>Built in one Saturday by the youth group from Moorhead Lutheran. Thank you!</p>
 <p><b>Status: DONE</b></p>
</div>

<div class="req open">
 <h3>Lot 52 &mdash; kitchen outlet sparks</h3>
 <p>Needs a licensed electrician to look at one outlet and the breaker panel. The resident is a widow on a fixed income.</p>
 <p><b>Status: OPEN</b></p>
</div>

<div class="req done">
 <h3>Lot 44 &mdash; furnace out</h3>
 <p>Fixed November 3 by Red River Heating at no charge.</p>
 <p><b>Status: DONE</b></p>
</div>

<div class="req open">
 <h3>Lot 88 &mdash; window air conditioner</h3>
 <p>Resident has COPD and her doctor wants her to have AC next summer. A donated working window unit would do it.</p>
 <p><b>Status: OPEN</b></p>
</div>

<div class="req offer">
 <h3>OFFER: lot 20 has a spare storm door</h3>
 <p>36 inch, white, free to any neighbor who needs one.</p>
</div>
""" + FOOT

PAGES["es/index.html"] = head("es", "Asociación de Residentes de Prairie View") + """
<h1>Asociación de Residentes de Prairie View &mdash; en español</h1>
<p>Somos los vecinos de Prairie View. Juntos defendemos nuestras casas y el terreno donde viven nuestras familias.</p>

<h2>Buscamos vecinos para tocar puertas</h2>
<p>En noviembre vamos a visitar cada casa para explicar el nuevo contrato de arrendamiento y los derechos de los
residentes. Necesitamos 8 personas que vayan en parejas, los sábados por la tarde.</p>

<h2>Traducir el boletín</h2>
<p>Cada mes el boletín sale solo en inglés. Necesitamos un traductor o traductora voluntaria que lo pase al español
(una página, una vez al mes).</p>

<h2>Cuidado de niños durante las reuniones</h2>
<p>Ya tenemos dos muchachas que cuidan a los niños durante las reuniones. ¡Gracias, Yesenia y Dulce!</p>

<h2>Clases de inglés para adultos</h2>
<p>Los jueves a las 6 pm en el clubhouse, gratis, con una maestra de Moorhead Adult Education.</p>

<h2>¿Problemas con el dueño del parque?</h2>
<p>Llame a la línea de HOME Line (612-728-5767, hay intérpretes) o hable con cualquier miembro de la directiva.</p>
""" + FOOT

PAGES["board-only/minutes.html"] = head("en", "Board minutes (private)") + """
<h1>Board minutes &mdash; September</h1>
<ol>
 <li>Need a volunteer to redo the clubhouse bulletin board.</li>
 <li>Ask the Lions Club to donate a snowblower for the clubhouse walks.</li>
 <li>Find someone to audit the treasurer's books.</li>
</ol>
""" + FOOT

PDFS = {
    "newsletter-october-2025.pdf": ("Prairie View News - October 2025", [
        ("title", "PRAIRIE VIEW NEWS - October 2025"),
        ("h", "Dumpster Day: Saturday, October 18"),
        ("p", "Two roll-off dumpsters will be by the clubhouse from 8 am to 4 pm. No tires, paint or appliances."),
        ("h", "Water main update"),
        ("p", "The water main break on Prairie Lane was repaired on September 30. Thank you for your patience "
              "during the boil-water notice."),
        ("h", "Fall potluck"),
        ("p", "Sunday, October 26, 5 pm, at the clubhouse. Bring a dish to share."),
        ("h", "Odds and ends"),
        ("p", "The free bike table is back in the clubhouse - kids can take a bike, no questions asked. And a favor: "
              "after Dumpster Day there is always a pile of bulky stuff the hauler won't take. We need a volunteer "
              "with a pickup truck to haul it to the Clay County transfer station on Sunday the 19th. The "
              "association will pay the tipping fee. Also, the clubhouse needs a donated upright vacuum cleaner - "
              "ours finally died."),
    ]),
}

NEEDS = [
    N("get-involved.html", ["snow crew"], "volunteer", "en", [], "pre_signup_sheet", "blank slots in a <pre> sheet"),
    N("get-involved.html", ["newsletter editor"], "skilled", "en", [], "bold_lead_list"),
    N("get-involved.html", ["interpreter for meetings"], "skilled", "en", ["es", "en"], "bold_lead_list"),
    N("get-involved.html", ["welcome visitor"], "volunteer", "en", [], "bold_lead_list"),
    N("repairs.html", ["skirting"], "volunteer", "en", [], "request_cards", "OPEN"),
    N("repairs.html", ["licensed electrician", "kitchen outlet"], "skilled", "en", [], "request_cards", "OPEN"),
    N("repairs.html", ["window air conditioner"], "donation", "en", [], "request_cards", "OPEN"),
    N("es/index.html", ["tocar puertas"], "volunteer", "es", [], "heading_paragraph"),
    N("es/index.html", ["traducir el boletín", "traductor"], "skilled", "es", ["en", "es"], "heading_paragraph"),
    N("newsletter-october-2025.pdf", ["pickup truck"], "volunteer", "en", [], "pdf", "buried in odds and ends"),
    N("newsletter-october-2025.pdf", ["vacuum cleaner"], "donation", "en", [], "pdf", "same paragraph"),
]

TRAPS = [
    T("index.html", "recap", ["our win this year", "cap lot-rent increases"]),
    T("index.html", "event", ["monthly meeting"]),
    T("index.html", "service", ["childcare provided"]),
    T("index.html", "general_appeal", ["$5 a month per household"]),
    T("get-involved.html", "filled", ["mailbox cluster salting"], "FULL"),
    T("get-involved.html", "filled", ["treasurer"], "covered through 2026"),
    T("repairs.html", "filled", ["wheelchair ramp"], "DONE"),
    T("repairs.html", "filled", ["furnace out"], "DONE"),
    T("repairs.html", "offer", ["spare storm door"]),
    T("es/index.html", "filled", ["cuidado de niños"], "ya tenemos"),
    T("es/index.html", "service", ["clases de inglés para adultos"]),
    T("es/index.html", "how_to_apply", ["home line"]),
    T("board-only/minutes.html", "robots", ["bulletin board"]),
    T("board-only/minutes.html", "robots", ["snowblower"]),
    T("board-only/minutes.html", "robots", ["audit the treasurer"]),
    T("newsletter-october-2025.pdf", "event", ["dumpster day: saturday"]),
    T("newsletter-october-2025.pdf", "recap", ["water main"]),
    T("newsletter-october-2025.pdf", "event", ["fall potluck"]),
    T("newsletter-october-2025.pdf", "offer", ["free bike table"]),
]
