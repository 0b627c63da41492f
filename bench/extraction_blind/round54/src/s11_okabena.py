"""Okabena Neighbors Mutual Aid: request board with status badges, FAQ, Spanish and Somali pages."""
from common import N, T

SLUG = "okabena-neighbors-mutual-aid"


def shell(title, body, lang="en"):
    return """<!DOCTYPE html>
<html lang="%s">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>%s</title>
<style>.board{display:grid;grid-template-columns:repeat(auto-fill,minmax(250px,1fr));gap:12px}.req{border:2px solid #444;border-radius:10px;padding:10px}
.b{font-size:11px;font-weight:700;padding:2px 8px;border-radius:9px}.open{background:#fd6}.matched{background:#9d9}.offer{background:#9cf}</style></head>
<body>
<div class="nav"><b>Okabena Neighbors</b> <a href="/index.html">Home</a> <a href="/requests.html">Requests</a> <a href="/faq.html">FAQ</a> <a href="/es/pedidos.html">Español</a> <a href="/so/codsiyo.html">Soomaali</a> <a href="/community-supper.pdf">Supper flyer</a> <a href="/press/2024-coverage.html">Press</a></div>
<div class="page">
%s
</div>
<div class="foot">Okabena Neighbors Mutual Aid &middot; text 507-555-0153 &middot; okabenaneighbors@mutualaid.example &middot; <a href="/organizers/index.html">Organizers</a></div>
</body></html>
""" % (lang, title, body)


PAGES = {}
PAGES["index.html"] = shell("Okabena Neighbors Mutual Aid", """
<h1>Neighbors helping neighbors in Okabena, Heron Lake and Worthington</h1>
<p>We are not a charity and we don't have staff. We match people who need something with people who have it. Solidarity, not charity.</p>
<p>New here? Read the <a href="/faq.html">FAQ</a> or look at the <a href="/requests.html">request board</a>.</p>
<h2>Potluck &amp; planning meeting</h2>
<p>Second Sunday of the month, 4 pm, Okabena city park shelter. Bring a dish if you can.</p>
""")
PAGES["requests.html"] = shell("Request board – Okabena Neighbors", """
<h1>Request board</h1>
<p>To help with a request, text its number to 507-555-0153.</p>
<div class="board">
<div class="req"><span class="b open">OPEN</span><h3>#41 Rides to dialysis</h3><p>Neighbor on 3rd St needs rides to dialysis in Worthington, Mon/Wed/Fri at 6 am. We can split it among several drivers.</p></div>
<div class="req"><span class="b open">OPEN</span><h3>#43 Twin bed frame</h3><p>For a 9-year-old who has been sleeping on a mattress on the floor.</p></div>
<div class="req"><span class="b matched">MATCHED</span><h3>#38 Winter tires, 16 inch</h3><p>Matched with a neighbor in Heron Lake. Thank you!</p></div>
<div class="req"><span class="b offer">OFFER</span><h3>#44 Free firewood</h3><p>Gene has two cords of split oak to give away. Bring a trailer.</p></div>
<div class="req"><span class="b open">OPEN</span><h3>#45 Help moving on March 29</h3><p>A family is moving from a trailer to an apartment in town. Need three people with strong backs for two hours.</p></div>
<div class="req"><span class="b open">OPEN</span><h3>#46 Math tutor for an 8th grader</h3><p>Pre-algebra, once a week, at the library. Patient person wanted.</p></div>
<div class="req"><span class="b open">OPEN</span><h3>#47 Space heater</h3><p>The furnace in a rental on Oak St is out until the landlord fixes it. One electric space heater would keep an elderly couple warm.</p></div>
<div class="req"><span class="b matched">MATCHED</span><h3>#37 Crib</h3><p>Found one. Thanks!</p></div>
<div class="req"><span class="b matched">MATCHED</span><h3>#39 Groceries for a family of five</h3><p>Covered for this month by four neighbors.</p></div>
</div>
""")
PAGES["faq.html"] = shell("FAQ – Okabena Neighbors", """
<h1>Frequently asked questions</h1>
<dl>
<dt>How do I ask for help?</dt><dd>Text 507-555-0153 or fill out the paper card at the Okabena post office. We post requests without last names.</dd>
<dt>Do you give out cash?</dt><dd>No. We don't have a cash fund; we connect people directly.</dd>
<dt>What do you need most right now?</dt><dd>Honestly, people with <b>pickup trucks</b> who can haul furniture on Saturdays. Most requests stall because nobody can move the couch.</dd>
<dt>Can I donate clothes?</dt><dd>We have no place to store clothes. Please take them to the thrift store in Worthington.</dd>
</dl>
""")
PAGES["es/pedidos.html"] = shell("Pedidos – Vecinos de Okabena", """
<h1>Pedidos de vecinos</h1>
<div class="board">
<div class="req"><span class="b open">ABIERTO</span><h3>Cuna y asiento de carro</h3><p>Una mamá de Okabena espera a su bebé en mayo y necesita una cuna y un asiento de carro para bebé (nuevo o sin vencer).</p></div>
<div class="req"><span class="b open">ABIERTO</span><h3>Voluntarios bilingües</h3><p>Buscamos voluntarios que hablen español e inglés para llamar a vecinos y explicarles cómo pedir ayuda.</p></div>
<div class="req"><span class="b matched">CUBIERTO</span><h3>Ropa de invierno para tres niños</h3><p>Ya está cubierto. ¡Gracias a todos!</p></div>
</div>
<p>¿Necesita algo? Mande un mensaje de texto al 507-555-0153. Aceptamos pedidos en español.</p>
""", lang="es")
PAGES["so/codsiyo.html"] = shell("Codsiyada – Deriskii Okabena", """
<h1>Codsiyada deriskii</h1>
<div class="board">
<div class="req"><span class="b open">FURAN</span><h3>Dayactirka baaskiilada</h3><p>Waxaan u baahanahay qof yaqaan dayactirka baaskiilada si uu u hagaajiyo shan baaskiil oo carruurta loo siiyay.</p></div>
<div class="req"><span class="b open">FURAN</span><h3>Caano iyo xafaayado</h3><p>Hooyo keligeed ah oo leh ilmo yar ayaa u baahan caanaha carruurta iyo xafaayado cabbirka 3.</p></div>
<div class="req"><span class="b matched">WAA LA HELAY</span><h3>Gaadiid loo qabto ballanta dhakhtarka</h3><p>Qof ayaa la helay. Mahadsanid!</p></div>
</div>
<p>Ma u baahan tahay caawimaad? Fariin u dir 507-555-0153.</p>
""", lang="so")
PAGES["organizers/index.html"] = shell("Organizers", """
<h1>Organizer notes</h1>
<ul><li>Need someone to run the group text list while Jess is on leave.</li><li>Need a printer for the paper request cards.</li><li>Find a storage unit for the bed frames.</li></ul>
""")
ROBOTS = "# we are a tiny volunteer group; please be gentle\nUser-agent: *\nDisallow: /organizers/\nDisallow: /drafts/\n"

PDFS = {"community-supper.pdf": ("Community supper flyer", [
    ("title", "FREE COMMUNITY SUPPER - Okabena Community Center"),
    ("p", "Last Thursday of every month, 5:30 to 7 pm. Everyone eats free. No sign-up, no questions."),
    ("h", "Dishwashers needed"),
    ("p", "The cooks have it covered, but we are always short on dishwashers after the supper. If you can stay from 6:45 to 8 pm, just show up in the kitchen."),
    ("h", "February supper"),
    ("p", "We served 96 plates of hotdish and bars in February."),
])}

NEEDS = [
    N("requests.html", ["rides to dialysis"], "volunteer", "en", layout="request_cards"),
    N("requests.html", ["twin bed frame"], "donation", "en", layout="request_cards"),
    N("requests.html", ["help moving"], "volunteer", "en", layout="request_cards"),
    N("requests.html", ["math tutor"], "skilled", "en", layout="request_cards"),
    N("requests.html", ["space heater"], "donation", "en", layout="request_cards"),
    N("faq.html", ["pickup trucks"], "volunteer", "en", layout="faq_answer", note="volunteers who bring their own truck; debatable volunteer/other"),
    N("es/pedidos.html", ["cuna y asiento de carro"], "donation", "es", layout="request_cards"),
    N("es/pedidos.html", ["voluntarios bilingües"], "skilled", "es", ["es", "en"], layout="request_cards"),
    N("so/codsiyo.html", ["dayactirka baaskiilada"], "skilled", "so", layout="request_cards"),
    N("so/codsiyo.html", ["caano iyo xafaayado"], "donation", "so", layout="request_cards"),
    N("community-supper.pdf", ["dishwashers"], "volunteer", "en", layout="pdf"),
]
TRAPS = [
    T("index.html", "general_appeal", ["solidarity, not charity"]),
    T("index.html", "event", ["potluck & planning meeting"]),
    T("requests.html", "filled", ["winter tires"], "MATCHED"),
    T("requests.html", "offer", ["free firewood"]),
    T("requests.html", "filled", ["groceries for a family of five"], "MATCHED/covered"),
    T("requests.html", "filled", ["#37 crib"], "MATCHED"),
    T("faq.html", "how_to_apply", ["how do i ask for help"]),
    T("faq.html", "service", ["do you give out cash"]),
    T("faq.html", "not_accepted", ["can i donate clothes"]),
    T("es/pedidos.html", "filled", ["ropa de invierno"], "CUBIERTO"),
    T("es/pedidos.html", "how_to_apply", ["necesita algo"]),
    T("so/codsiyo.html", "filled", ["gaadiid loo qabto"], "'WAA LA HELAY' = found"),
    T("so/codsiyo.html", "how_to_apply", ["ma u baahan tahay caawimaad"]),
    T("community-supper.pdf", "event", ["free community supper"]),
    T("community-supper.pdf", "recap", ["february supper"]),
    T("organizers/index.html", "robots", ["group text list"]),
    T("organizers/index.html", "robots", ["paper request cards"]),
    T("organizers/index.html", "robots", ["storage unit"]),
]
