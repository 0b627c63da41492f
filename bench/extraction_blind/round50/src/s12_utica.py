"""Utica: Utica Neighbors Mutual Aid.
English + Spanish. Layouts: a request-tracker table with status words (OPEN /
MATCHED / IN PROGRESS / WITHDRAWN) and a legend, two-column classifieds
(WANTED vs OFFERED, one expired WANTED), a Spanish text-line transcript of chat
bubbles (in/out; one answer says the item was found), a Spanish PDF flyer."""
from common import N, T

SLUG = "utica-neighbors-mutual-aid"


def head(lang, title):
    return """<!DOCTYPE html>
<html lang="%s">
<head>
<meta charset="utf-8">
<title>%s</title>
<link rel="stylesheet" href="/zine.css">
</head>
<body>
<div class="masthead"><a href="/index.html">UTICA NEIGHBORS</a> <small>mutual aid &middot; ayuda mutua</small></div>
<div class="menu"><a href="/tracker.html">Request tracker</a> / <a href="/classifieds.html">Classifieds</a> / <a href="/es/index.html">En espa&ntilde;ol</a> / <a href="/despensa.pdf">Despensa (PDF)</a></div>
<div class="body">
""" % (lang, title)


FOOT = """</div>
<div class="foot">Utica Neighbors Mutual Aid &middot; Utica, MN &middot; text line (507) 555-0197 &middot; neighbors@utica-aid.example.org &middot; <a href="/coord/notes.html">coordinators</a></div>
</body>
</html>
"""

INDEX = head("en", "Utica Neighbors Mutual Aid") + """
<h1>Solidarity, not charity.</h1>
<p>Utica Neighbors is a group of about 80 households in Utica, St. Charles and Lewiston who share rides, tools, food and time. Nobody here is a client; everybody gives and everybody asks.</p>
<h2>Request help</h2>
<p>Text (507) 555-0197 with your first name and what you need. A coordinator posts it on the tracker within a day, without your last name.</p>
<h2>The neighbor fund</h2>
<p>Chip in to the neighbor fund via Venmo @UticaNeighbors. It covers gas for rides and emergency groceries.</p>
<h2>Potluck and planning meeting</h2>
<p>First Sunday of the month, 5 pm, Utica town hall. Bring a dish if you can.</p>
<p>New: <a href="/zine/issue-3.html">read zine issue #3, &ldquo;Winter is a team sport&rdquo;</a></p>
""" + FOOT

TRACKER = head("en", "Request tracker — Utica Neighbors") + """
<h1>Request tracker</h1>
<p class="legend"><b>OPEN</b> = still needs a neighbor. <b>MATCHED</b> = someone is helping. <b>IN PROGRESS</b> = being handled. <b>WITHDRAWN</b> = no longer needed.</p>
<table class="tracker" border="1" cellpadding="5" cellspacing="0">
<tr><th>ID</th><th>Request</th><th>Town</th><th>Status</th><th>Updated</th></tr>
<tr><td>R-112</td><td>Ride to the WIC office in Winona, Thursday Nov 14, 10 am</td><td>Utica</td><td class="s-open">OPEN</td><td>Nov 6</td></tr>
<tr><td>R-110</td><td>Fix a leaky kitchen faucet for an elder on 3rd St</td><td>Utica</td><td class="s-open">OPEN</td><td>Nov 4</td></tr>
<tr><td>R-109</td><td>Twin mattress for a 9-year-old</td><td>St. Charles</td><td class="s-matched">MATCHED</td><td>Nov 3</td></tr>
<tr><td>R-108</td><td>Help filling out the FAFSA</td><td>Lewiston</td><td class="s-prog">IN PROGRESS</td><td>Nov 2</td></tr>
<tr><td>R-107</td><td>Dog food for a senior&rsquo;s two big dogs</td><td>Utica</td><td class="s-open">OPEN</td><td>Nov 1</td></tr>
<tr><td>R-105</td><td>Clear the ramp after snowfalls for a wheelchair user on Jefferson St</td><td>Utica</td><td class="s-open">OPEN</td><td>Oct 30</td></tr>
<tr><td>R-104</td><td>Baby formula (sensitive)</td><td>Utica</td><td class="s-wd">WITHDRAWN</td><td>Oct 28</td></tr>
</table>
""" + FOOT

CLASSIFIEDS = head("en", "Classifieds — Utica Neighbors") + """
<h1>Neighbor classifieds</h1>
<table class="two-col" width="100%" cellpadding="8"><tr>
<td valign="top" width="50%">
<h2>WANTED</h2>
<p class="ad"><b>WANTED:</b> Winter boots, kids sizes 2 and 4, for two brothers starting at the elementary school. Text (507) 555-0197.</p>
<p class="ad"><b>WANTED:</b> Someone who speaks Spanish to come with Rosa to a meeting with her landlord, Tuesday Nov 19 at 4 pm. She wants to understand the new lease.</p>
<p class="ad"><b>WANTED:</b> A working washing machine. Family of six, the laundromat is 20 miles away.</p>
<p class="ad expired"><b>WANTED:</b> <s>Ride to Rochester on Oct 22</s> &ndash; expired, found a ride.</p>
</td>
<td valign="top" width="50%">
<h2>OFFERED</h2>
<p class="ad"><b>FREE:</b> Split firewood, about a cord. You haul.</p>
<p class="ad"><b>OFFERING:</b> I can tutor algebra and geometry on Tuesday evenings. &ndash; Priya</p>
<p class="ad"><b>FREE:</b> Crib mattress, still in the plastic.</p>
</td>
</tr></table>
""" + FOOT

ES = head("es", "Línea de ayuda — Vecinos de Utica") + """
<h1>Mensajes de la l&iacute;nea de ayuda</h1>
<p>Algunos mensajes de esta semana (con permiso, sin nombres). Para pedir ayuda, mande un mensaje al (507) 555-0197 con su nombre y lo que necesita.</p>
<div class="chat">
 <div class="msg in"><span class="who">Vecina</span><p>Hola, &iquest;alguien tiene una cuna para un beb&eacute; que nace en diciembre?</p></div>
 <div class="msg out"><span class="who">Vecinos de Utica</span><p>&iexcl;Ya conseguimos una! Gracias a la familia Morales. &#10004;</p></div>
 <div class="msg out broadcast"><span class="who">Vecinos de Utica &middot; a todos</span><p>Necesitamos voluntarios que hablen espa&ntilde;ol para contestar la l&iacute;nea de ayuda los fines de semana, desde su casa, dos horas por turno.</p></div>
 <div class="msg out broadcast"><span class="who">Vecinos de Utica &middot; a todos</span><p>Estamos buscando pa&ntilde;ales tama&ntilde;o 5 y 6 para tres familias. Pueden dejarlos en la iglesia San Juan.</p></div>
 <div class="msg in"><span class="who">Vecino</span><p>&iquest;Alguien sabe arreglar computadoras? La laptop de la escuela de mi hija no prende.</p></div>
 <div class="msg out"><span class="who">Vecinos de Utica</span><p>Lo pusimos en la lista. Todav&iacute;a buscamos a alguien que sepa.</p></div>
 <div class="msg in"><span class="who">Vecina</span><p>&iquest;A qu&eacute; hora es la fiesta comunitaria?</p></div>
 <div class="msg out"><span class="who">Vecinos de Utica</span><p>S&aacute;bado 23 de noviembre, 5 pm, en el parque. &iexcl;Traigan tamales!</p></div>
</div>
""" + FOOT

COORD = head("en", "Coordinator notes") + """
<h1>Coordinator notes (not public)</h1>
<ul>
<li>We need a new dispatcher for the text line on weekdays.</li>
<li>Ask the co-op whether they would donate a chest freezer.</li>
<li>Recruit a legal observer for the county board meeting.</li>
</ul>
""" + FOOT

PAGES = {
    "index.html": INDEX,
    "tracker.html": TRACKER,
    "classifieds.html": CLASSIFIEDS,
    "es/index.html": ES,
    "coord/notes.html": COORD,
}

ROBOTS = """User-agent: *
Disallow: /coord/
Disallow: /tmp/
"""

PDFS = {
    "despensa.pdf": ("Despensa Comunitaria de Utica", [
        ("title", "Despensa Comunitaria de Utica"),
        ("p", "Vecinos de Utica - ayuda mutua - mensajes al (507) 555-0197"),
        ("gap", ""),
        ("p", "Abrimos una pequeña despensa en el sótano de la iglesia San Juan. Todo es gratis y sin "
              "preguntas."),
        ("h", "Lo que nos falta"),
        ("p", "Buscamos quien done estantes de metal (2 o 3) y un refrigerador pequeño para la leche y los "
              "huevos."),
        ("h", "Voluntarios"),
        ("p", "Necesitamos voluntarios para abrir la despensa los miércoles: recibir a las familias, "
              "ordenar y cerrar con llave."),
        ("h", "Horario de la despensa"),
        ("p", "Miércoles de 4 a 6 pm."),
        ("p", "No aceptamos comida casera ni latas abolladas o hinchadas."),
    ]),
}

NEEDS = [
    N("tracker.html", ["wic office", "ride to the wic"], "volunteer", "en", layout="request_tracker"),
    N("tracker.html", ["faucet"], "skilled", "en", layout="request_tracker"),
    N("tracker.html", ["dog food"], "donation", "en", layout="request_tracker"),
    N("tracker.html", ["clear the ramp"], "volunteer", "en", layout="request_tracker"),
    N("classifieds.html", ["winter boots"], "donation", "en", layout="classifieds"),
    N("classifieds.html", ["speaks spanish", "landlord"], "skilled", "en", ["es", "en"], layout="classifieds"),
    N("classifieds.html", ["washing machine"], "donation", "en", layout="classifieds"),
    N("es/index.html", ["contestar la línea"], "volunteer", "es", ["es"], layout="chat_transcript"),
    N("es/index.html", ["pañales"], "donation", "es", layout="chat_transcript"),
    N("es/index.html", ["arreglar computadoras"], "skilled", "es", layout="chat_transcript",
      note="question from a neighbor + 'still looking' answer"),
    N("despensa.pdf", ["estantes de metal", "refrigerador"], "donation", "es", layout="pdf_flyer"),
    N("despensa.pdf", ["abrir la despensa"], "volunteer", "es", layout="pdf_flyer"),
]
TRAPS = [
    T("index.html", "how_to_apply", ["request help"]),
    T("index.html", "general_appeal", ["neighbor fund"]),
    T("index.html", "event", ["planning meeting"]),
    T("index.html", "blog", ["zine issue #3"]),
    T("tracker.html", "filled", ["twin mattress"], "MATCHED"),
    T("tracker.html", "filled", ["fafsa"], "IN PROGRESS"),
    T("tracker.html", "filled", ["baby formula"], "WITHDRAWN = no longer needed"),
    T("classifieds.html", "filled", ["ride to rochester"], "expired, struck"),
    T("classifieds.html", "offer", ["firewood"]),
    T("classifieds.html", "offer", ["tutor algebra"]),
    T("classifieds.html", "offer", ["crib mattress"]),
    T("es/index.html", "filled", ["cuna"], "'¡Ya conseguimos una!'"),
    T("es/index.html", "event", ["fiesta comunitaria"]),
    T("es/index.html", "how_to_apply", ["para pedir ayuda"]),
    T("despensa.pdf", "hours", ["horario de la despensa"]),
    T("despensa.pdf", "refused", ["comida casera"]),
    T("coord/notes.html", "robots", ["dispatcher"]),
    T("coord/notes.html", "robots", ["chest freezer"]),
    T("coord/notes.html", "robots", ["legal observer"]),
]
