"""Site 10: Hawley Flood Recovery Neighbors (en + es). Carrd-style home page plus Notion-exported pages:
callouts, progress-bar item lists under 'still needed' / 'goal met' headings, <details> toggles for volunteer
crews, a database table of neighbor requests with a Status column; Spanish page; Spanish PDF flyer;
robots-disallowed coordinators page."""
from common import N, T

SLUG = "hawley-flood-recovery-neighbors"

NOTION_CSS = """<style>
html{-webkit-print-color-adjust:exact}*{box-sizing:border-box}
.page{max-width:900px;margin:2em auto;font-family:ui-sans-serif,-apple-system,"Segoe UI",Helvetica,sans-serif;color:rgb(55,53,47)}
.callout{display:flex;border-radius:3px;padding:1rem;background:rgba(241,241,239,1)}
.bar{display:inline-block;height:10px;background:#ddd;width:160px;vertical-align:middle}
.bar span{display:block;height:10px;background:#2f80ed}
table.collection-content{border-collapse:collapse}table.collection-content td,table.collection-content th{border:1px solid rgba(55,53,47,.09);padding:4px 8px}
.select-value-color-green{background:rgba(219,237,219,1)}.select-value-color-red{background:rgba(255,226,221,1)}
.select-value-color-gray{background:rgba(227,226,224,.5)}.select-value-color-purple{background:rgba(232,222,238,1)}
</style>"""


def notion(lang, title, body):
    return """<html lang="%s"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"/><title>%s</title>%s</head>
<body><article id="a1c4e2f0-5b7d-4c2e-9a51-0d3f1b2c%04d" class="page sans"><header><h1 class="page-title">%s</h1>
<p class="page-description"><a href="/">&larr; Hawley Flood Recovery Neighbors</a> &middot; <a href="/es/">Español</a></p></header>
<div class="page-body">%s</div></article>
<footer class="page sans"><p>Hawley Flood Recovery Neighbors &middot; <a href="/coordinators/">Coordinators</a></p></footer></body></html>
""" % (lang, title, NOTION_CSS, len(title), title, body)


def bar(n, m):
    return '<span class="bar"><span style="width:%d%%"></span></span>' % (100 * n // m)


INDEX = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Hawley Flood Recovery Neighbors</title>
<link rel="stylesheet" href="assets/main.css">
</head>
<body class="is-loading">
<div id="wrapper"><div id="main"><div class="inner">
<section id="home-section" class="active">
<h1 id="text01">Hawley Flood Recovery Neighbors</h1>
<p id="text02">On April 14 the Buffalo River crested at 14.6 feet and flooded more than 180 homes on the south side of Hawley.
We are neighbors, churches and businesses helping each other clean up and rebuild.</p>
<hr id="divider01">
<h2 id="text03">Hawley Recovery Fund</h2>
<p id="text04">Every dollar goes to families who were flooded. Donate through the Hawley Area Community Foundation.</p>
<ul id="buttons01" class="buttons"><li><a href="https://donate.example/hawley-recovery" class="button n01">DONATE</a></li></ul>
<h2 id="text05">Distribution center at the Fire Hall</h2>
<p id="text06">Open daily 9 a.m. &ndash; 6 p.m., 501 Main St. Free cleaning kits, bottled water, snacks and hot meals at noon and 5 p.m.
Anyone affected by the flood can come &ndash; no paperwork.</p>
<h2 id="text07">Ways to help</h2>
<ul id="links01" class="links">
<li><a href="supplies.html">Supplies</a></li>
<li><a href="crews.html">Volunteer crews</a></li>
<li><a href="requests.html">Neighbor requests</a></li>
<li><a href="map/damage-map.html">Damage map</a></li>
<li><a href="es/">En espa&ntilde;ol</a></li>
</ul>
<p id="text08">So far: 212 volunteers, 61 basements mucked out, 9 tons of debris hauled. Thank you, Hawley!</p>
</section>
</div></div></div>
</body>
</html>
"""

SUPPLIES = notion("en", "Supplies", """
<figure class="block-color-gray_background callout"><div style="font-size:1.5em">&#128230;</div><div>Drop off at the Hawley Fire Hall,
9 a.m. &ndash; 6 p.m. daily. Big loads: call Jenna at 218-555-0176 first.</div></figure>
<h2>Still needed for cleanup</h2>
<ul class="bulleted-list">
<li>Dehumidifiers &mdash; 6 of 25 """ + bar(6, 25) + """</li>
<li>Shop vacs (wet/dry) &mdash; 3 of 15 """ + bar(3, 15) + """</li>
<li>Contractor trash bags, 42 gallon &mdash; 20 of 100 boxes """ + bar(20, 100) + """</li>
</ul>
<h2>Goal met &mdash; thank you!</h2>
<ul class="bulleted-list">
<li><s>Box fans &mdash; 40 of 40</s> &#10004;</li>
<li><s>Bottled water</s> &mdash; we have plenty, please stop bringing it</li>
</ul>
<h2>For the rebuild (starting in June)</h2>
<p>Once basements are dry, families will need drywall (4x8 sheets), fiberglass insulation and flooring underlayment. We are collecting
pledges now; Hawley Lumber has offered to store materials until crews are ready.</p>
<h3>Please don&rsquo;t bring</h3>
<p>Used mattresses, stuffed animals or clothing. We have no way to clean or store them.</p>
""")

CREWS = notion("en", "Volunteer crews", """
<figure class="block-color-gray_background callout"><div style="font-size:1.5em">&#9888;&#65039;</div><div>Every volunteer signs the
waiver at the Fire Hall check-in table before going out. Wear closed-toe shoes.</div></figure>
<ul class="toggle"><li><details open=""><summary>Muck-out crew</summary>
<p>Pull wet carpet, drywall and insulation out of flooded basements. N95 masks, gloves and boots provided. Shifts 8&ndash;12 and 1&ndash;5
daily through May 18. Ages 16 and up.</p></details></li></ul>
<ul class="toggle"><li><details open=""><summary>Licensed electricians</summary>
<p>Before Otter Tail Power will reconnect a flooded house, a licensed electrician has to inspect the panel. We need licensed electricians
willing to donate a few inspections &ndash; families are waiting in hotels until this is done.</p></details></li></ul>
<ul class="toggle"><li><details><summary>Childcare at the Fire Hall</summary>
<p>FILLED through May 10 &ndash; thank you, Hawley Lutheran youth group!</p></details></li></ul>
<ul class="toggle"><li><details><summary>Hot meal team</summary>
<p>We have more than enough cooks and servers until the Red Cross kitchen leaves. We&rsquo;ll post here if that changes.</p></details></li></ul>
<ul class="toggle"><li><details><summary>Damage assessment inspectors (paid)</summary>
<p>Not a volunteer role: FEMA&rsquo;s contractor is hiring local damage assessment inspectors at $28/hour for 6 weeks. Apply on their website.</p></details></li></ul>
""")

REQ_ROWS = [
    ("Carry furniture out of basement &ndash; elderly couple on 6th St", "Apr 22", "South side", "Open", "red"),
    ("Washer and dryer for a family of 5", "Apr 23", "Trailer court", "Open", "red"),
    ("Loan of a generator for 1 week", "Apr 20", "Main St", "Matched", "green"),
    ("Sump pump install", "Apr 19", "Park area", "Done", "gray"),
    ("Roofer to check wind damage before the insurance adjuster comes", "Apr 24", "North side", "Open", "red"),
    ("Free storage space in my pole barn (30x40) for furniture", "Apr 21", "Rural Hawley", "Offer", "purple"),
]

REQUESTS = notion("en", "Neighbor requests", """
<p>Neighbors post what they need; volunteers claim it. To claim a request, text its title to 218-555-0177.</p>
<table class="collection-content"><thead><tr><th>Request</th><th>Posted</th><th>Area</th><th>Status</th></tr></thead><tbody>
""" + "\n".join('<tr><td class="cell-title">%s</td><td>%s</td><td>%s</td><td><span class="selected-value select-value-color-%s">%s</span></td></tr>'
                % (r[0], r[1], r[2], r[4], r[3]) for r in REQ_ROWS) + """
</tbody></table>
""")

ES = notion("es", "Vecinos de Hawley: recuperación después de la inundación", """
<h2>¿Necesita ayuda?</h2>
<p>En la estación de bomberos (501 Main St) hay kits de limpieza gratis, agua, comida caliente y ropa de trabajo para todas las familias
afectadas. No se pide ningún documento.</p>
<h3>Horario del centro de distribución</h3>
<p>Todos los días de 9 a.m. a 6 p.m.</p>
<h3>Cómo pedir ayuda</h3>
<p>Llene el formulario en la mesa de registro o llame al 218-555-0177 y deje su nombre, dirección y lo que necesita.</p>
<h2>¿Quiere ayudar?</h2>
<h3>Voluntarios con camioneta</h3>
<p>Buscamos voluntarios con camioneta (pickup) para llevar escombros al basurero del condado. Pagamos la gasolina.</p>
<h3>Intérpretes español&ndash;inglés</h3>
<p>Muchas familias de la planta procesadora no hablan inglés. Necesitamos intérpretes para la mesa de registro por las tardes.</p>
<h3>Cocineras para la comida comunitaria</h3>
<p>Necesitamos tres o cuatro personas que ayuden a cocinar tamales y arroz para 150 personas el sábado 3 de mayo en el salón de la
iglesia luterana.</p>
<h3>Ropa</h3>
<p>Ya no necesitamos ropa. ¡Gracias! Tenemos demasiada.</p>
<h3>Reunión informativa con FEMA</h3>
<p>Jueves 1 de mayo, 6 p.m., en la escuela de Hawley, con intérprete. Traiga fotos de los daños.</p>
<p><a href="volante-limpieza.pdf">Volante en español (PDF)</a></p>
""")

COORD = notion("en", "Coordinators", """
<p>Internal &ndash; for shift leads only.</p>
<ul><li>Dispatch coordinator needed for evenings (5&ndash;9 pm).</li>
<li>Need a volunteer to manage the donations spreadsheet.</li>
<li>Truck drivers with a CDL for the Fargo warehouse pickup on Friday.</li></ul>
""")

PAGES = {
    "index.html": INDEX,
    "supplies.html": SUPPLIES,
    "crews.html": CREWS,
    "requests.html": REQUESTS,
    "es/index.html": ES,
    "coordinators/index.html": COORD,
}

ROBOTS = """User-agent: *
Disallow: /coordinators/
Disallow: /assets/
"""

PDFS = {
    "es/volante-limpieza.pdf": ("Vecinos ayudando a vecinos - Hawley", [
        ("title", "¡VECINOS AYUDANDO A VECINOS!"),
        ("p", "Recuperación de la inundación en Hawley  -  Estación de bomberos, 501 Main St"),
        ("h", "¿Tiene un remolque?"),
        ("p", "Necesitamos un remolque prestado por dos semanas para mover muebles dañados al basurero. Se lo "
              "devolvemos limpio. Llame a Jenna: 218-555-0176."),
        ("h", "Productos de limpieza"),
        ("p", "Todavía nos faltan productos de limpieza para las familias:"),
        ("li", "cloro (blanqueador)"),
        ("li", "guantes de hule"),
        ("li", "cubetas de 5 galones y cepillos"),
        ("h", "Abogado gratis para reclamos de seguro"),
        ("p", "Todos los martes de 4 a 7 p.m. en la biblioteca de Hawley. Sin costo y confidencial."),
        ("h", "Reunión informativa con FEMA"),
        ("p", "Jueves 1 de mayo, 6 p.m., escuela de Hawley. Habrá intérprete."),
        ("h", "Fondo de recuperación de Hawley"),
        ("p", "Si quiere donar dinero, hágalo a través de la fundación comunitaria del área de Hawley."),
    ]),
}

NEEDS = [
    N("supplies.html", ["still needed for cleanup", "dehumidifiers"], "donation", "en", layout="progress_list",
      note="heading + 3 progress bars = one need"),
    N("supplies.html", ["drywall", "for the rebuild"], "donation", "en", layout="heading_paragraph",
      note="pledges of rebuild materials"),
    N("crews.html", ["muck-out crew", "muck-out"], "volunteer", "en", layout="toggles"),
    N("crews.html", ["licensed electricians", "electricians"], "skilled", "en", layout="toggles"),
    N("requests.html", ["carry furniture out of basement", "carry furniture"], "volunteer", "en",
      layout="database_table", note="Open"),
    N("requests.html", ["washer and dryer"], "donation", "en", layout="database_table", note="Open"),
    N("requests.html", ["roofer"], "skilled", "en", layout="database_table", note="Open"),
    N("es/index.html", ["voluntarios con camioneta", "camioneta"], "volunteer", "es", layout="heading_paragraph"),
    N("es/index.html", ["intérpretes"], "skilled", "es", ["es", "en"], layout="heading_paragraph"),
    N("es/index.html", ["cocineras", "ayuden a cocinar"], "volunteer", "es", layout="heading_paragraph"),
    N("es/volante-limpieza.pdf", ["remolque"], "other", "es", layout="pdf", note="loan of a trailer for two weeks"),
    N("es/volante-limpieza.pdf", ["productos de limpieza", "cloro"], "donation", "es", layout="pdf",
      note="'todavía nos faltan' + list = one need"),
]

TRAPS = [
    T("index.html", "general_appeal", ["hawley recovery fund", "donate"]),
    T("index.html", "hours", ["distribution center at the fire hall"]),
    T("index.html", "service", ["free cleaning kits", "cleaning kits"]),
    T("index.html", "general_appeal", ["ways to help"], "pointer list, no item named"),
    T("index.html", "recap", ["61 basements", "212 volunteers"]),
    T("supplies.html", "hours", ["drop off at the hawley fire hall"]),
    T("supplies.html", "filled", ["box fans"], "struck, 40 of 40"),
    T("supplies.html", "filled", ["bottled water"], "'we have plenty'"),
    T("supplies.html", "not_accepted", ["used mattresses", "stuffed animals"]),
    T("crews.html", "how_to_apply", ["signs the waiver", "waiver"]),
    T("crews.html", "filled", ["childcare at the fire hall"], "FILLED through May 10"),
    T("crews.html", "filled", ["hot meal team"], "'more than enough'"),
    T("crews.html", "job", ["damage assessment inspectors"], "$28/hour"),
    T("requests.html", "filled", ["generator"], "Matched"),
    T("requests.html", "filled", ["sump pump"], "Done"),
    T("requests.html", "offer", ["pole barn", "free storage space"], "Offer"),
    T("es/index.html", "service", ["kits de limpieza gratis"]),
    T("es/index.html", "hours", ["horario del centro"]),
    T("es/index.html", "how_to_apply", ["cómo pedir ayuda"]),
    T("es/index.html", "filled", ["ya no necesitamos ropa"]),
    T("es/index.html", "event", ["reunión informativa con fema"]),
    T("es/volante-limpieza.pdf", "service", ["abogado gratis"]),
    T("es/volante-limpieza.pdf", "event", ["reunión informativa"]),
    T("es/volante-limpieza.pdf", "general_appeal", ["fondo de recuperación"]),
    T("coordinators/index.html", "robots", ["dispatch coordinator"]),
    T("coordinators/index.html", "robots", ["donations spreadsheet"]),
    T("coordinators/index.html", "robots", ["truck drivers", "fargo warehouse"]),
]
