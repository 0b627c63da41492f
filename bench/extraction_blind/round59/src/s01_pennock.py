"""Pennock: La Esperanza Community Pantry. Squarespace-style site, English + Spanish.
Spanish shift table, English wish list + "we do not accept", Spanish family story, Spanish PDF guide."""
from common import need, trap

SLUG = "pennock-la-esperanza-pantry"
PAGES, NEEDS, TRAPS = {}, [], []

NAV = """<header class="Header"><div class="Header-inner">
  <a class="Header-branding" href="/">La Esperanza Community Pantry</a>
  <nav class="Header-nav"><a href="/">Home</a> <a href="/voluntarios.html">Voluntarios</a>
  <a href="/donate.html">Donate</a> <a href="/familias.html">Familias</a></nav>
</div></header>"""
FOOT = """<footer class="Footer"><div class="sqs-block html-block">
<p>La Esperanza Community Pantry &middot; 410 Birch Ave N, Pennock, MN 56279 &middot; (320) 555-0117 &middot; <a href="mailto:hola@esperanzapantry.example">hola@esperanzapantry.example</a></p>
<p><a href="/equipo/">Equipo (solo personal)</a> &middot; <a href="/fotos/posada-2024.html">Fotos de la Posada</a> &middot; <a href="/guia-voluntario.pdf">Gu&iacute;a del voluntario (PDF)</a></p>
</div></footer>"""

PAGES["index.html"] = """
<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>La Esperanza Community Pantry &mdash; Pennock, MN</title>
<link rel="stylesheet" href="/static/site.css"></head>
<body id="collection-home" class="homepage">
""" + NAV + """
<main class="Main">
<section class="Index-page" id="hero"><div class="sqs-block"><h1>Food for every table in Kandiyohi County</h1>
<p>No questions about income. Just come as you are.</p></div></section>
<section class="Index-page" id="hours"><div class="sqs-block"><h2>Pantry Hours</h2>
<p>Tuesday 3:00&ndash;6:30 pm &middot; Thursday 9:00&ndash;noon &middot; Second Saturday 9:00&ndash;11:00 am</p>
<p>Donations dropped off Monday&ndash;Thursday 8&ndash;2 at the side door (ring the bell).</p></div></section>
<section class="Index-page" id="update"><div class="sqs-block"><h2>February update from Rosa</h2>
<p>What a winter. Our numbers are up a third since November, mostly families from the turkey plant who lost hours.
Thank you to everyone from First Lutheran who stacked the new shelving in January. We are still looking for
one more person for the Thursday hot-meal line &mdash; it has to be someone who holds a current food handler
certificate (ServSafe or the county card), because the health inspector asks for one on site whenever we serve
hot food. It is about three hours, 10:30 to 1:30. If that is you, please call me.</p>
<p>Our Thanksgiving turkey drive brought in 312 turkeys and $4,180 &mdash; a record! Thank you, Pennock.</p></div></section>
<section class="Index-page" id="news"><div class="sqs-block summary-block">
<div class="summary-item"><div class="summary-metadata">Blog &middot; Jan 29</div>
<h3 class="summary-title"><a href="/familias.html">Why we stopped asking for ID</a></h3>
<p class="summary-excerpt">Last year our board voted to drop the ID requirement. Here's what happened next...</p></div>
<div class="summary-item"><div class="summary-metadata">Event &middot; Dec 14</div>
<h3 class="summary-title">Posada Navide&ntilde;a at Saint Bridget's Hall</h3>
<p class="summary-excerpt">Tamales, pi&ntilde;ata and carols for the whole family, 5&ndash;8 pm. Free.</p></div>
<div class="summary-item"><div class="summary-metadata">Jobs</div>
<h3 class="summary-title">Now hiring: part-time warehouse coordinator</h3>
<p class="summary-excerpt">20 hours a week, $18.50/hour, forklift experience a plus. Apply by March 1.</p></div>
</div></section>
</main>
""" + FOOT + """
</body></html>
"""
NEEDS += [
    need("index.html", ["hot-meal line", "food handler certificate"], "skilled", "en",
         layout="newsletter_buried", note="role buried in director's update paragraph"),
]
TRAPS += [
    trap("index.html", "hours", ["pantry hours"]),
    trap("index.html", "recap", ["turkey drive", "312 turkeys"], note="thank-you recap"),
    trap("index.html", "blog", ["why we stopped asking for id"]),
    trap("index.html", "event", ["posada navideña"]),
    trap("index.html", "job", ["warehouse coordinator"], note="paid, $18.50/hour"),
]

PAGES["voluntarios.html"] = """
<!doctype html>
<html lang="es">
<head><meta charset="utf-8"><title>Voluntarios &mdash; La Esperanza</title>
<link rel="stylesheet" href="/static/site.css"></head>
<body id="collection-voluntarios">
""" + NAV + """
<main class="Main"><article class="sqs-layout">
<h1>Sea voluntario</h1>
<p>Gracias por querer ayudar. No necesita experiencia, solo ganas. Si es su primera vez, llegue 15 minutos antes
para una breve capacitaci&oacute;n con Don Ernesto.</p>
<h2>Turnos de febrero y marzo</h2>
<p>Escriba a <a href="mailto:voluntarios@esperanzapantry.example">voluntarios@esperanzapantry.example</a> con el nombre del turno.</p>
<table class="sqs-table">
<tr><th>Tarea</th><th>D&iacute;a y hora</th><th>Qu&eacute; hace</th><th>Lugares</th></tr>
<tr><td>Clasificar verduras y fruta</td><td>Martes 1:00&ndash;3:00 pm</td><td>Revisar cajas de producto fresco, separar lo que ya no sirve.</td><td>3 lugares libres</td></tr>
<tr><td>Recepci&oacute;n biling&uuml;e</td><td>Martes 3:00&ndash;6:30 pm</td><td>Recibir a las familias, anotar en la computadora. Debe hablar espa&ntilde;ol e ingl&eacute;s.</td><td>1 lugar libre</td></tr>
<tr><td>Entregas a domicilio</td><td>Jueves por la ma&ntilde;ana</td><td>Llevar cajas a adultos mayores en Pennock y Kerkhoven, con su propio carro.</td><td><strong>Completo</strong></td></tr>
<tr><td>Limpieza del almac&eacute;n</td><td>S&aacute;bados</td><td>Barrer, limpiar refrigeradores, sacar cart&oacute;n.</td><td>Ya contamos con suficientes voluntarios, &iexcl;gracias!</td></tr>
<tr><td>Carga y descarga del cami&oacute;n</td><td>Segundo s&aacute;bado, 7:30 am</td><td>Bajar tarimas del cami&oacute;n de Second Harvest. Hay que poder levantar 40 libras.</td><td>2 lugares libres</td></tr>
</table>
<h2>Grupos</h2>
<p>Recibimos grupos de hasta 8 personas entre semana. Reserve con tres semanas de anticipaci&oacute;n.</p>
</article></main>
""" + FOOT + """
</body></html>
"""
NEEDS += [
    need("voluntarios.html", ["clasificar verduras"], "volunteer", "es", layout="shift_table", note="3 lugares libres"),
    need("voluntarios.html", ["recepción bilingüe"], "skilled", "es", ["es", "en"], layout="shift_table",
         note="must speak Spanish and English"),
    need("voluntarios.html", ["carga y descarga"], "volunteer", "es", layout="shift_table", note="2 lugares libres"),
]
TRAPS += [
    trap("voluntarios.html", "filled", ["entregas a domicilio"], note="Completo"),
    trap("voluntarios.html", "filled", ["limpieza del almacén"], note="ya contamos con suficientes"),
]

PAGES["donate.html"] = """
<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Donate &mdash; La Esperanza</title>
<link rel="stylesheet" href="/static/site.css"></head>
<body id="collection-donate">
""" + NAV + """
<main class="Main"><article class="sqs-layout">
<h1>Give</h1>
<div class="sqs-block html-block"><h2>Pantry Shelf Wish List</h2>
<p>These run out first. Bring them any weekday morning:</p>
<ul><li>Masa harina (4 lb bags)</li><li>Cooking oil</li><li>Canned tuna or chicken</li>
<li>Size 5 and 6 diapers</li><li>Shelf-stable milk</li><li>Dish soap</li></ul></div>
<div class="sqs-block html-block"><h3>Also on our list: a pallet jack</h3>
<p>Seeking a working manual pallet jack (5,000 lb class is fine). Ours cracked in January and we are
moving pallets by hand. Used is perfect.</p></div>
<div class="sqs-block html-block"><h3>Canned green beans</h3>
<p>We're set on canned green beans until summer &mdash; please hold off. Thank you, St. Bridget's youth group!</p></div>
<div class="sqs-block html-block"><h3>Please don't bring</h3>
<p>We do not accept: home-canned food, opened packages, expired baby food, alcohol, clothing or furniture
(try the Kandiyohi County thrift store for those).</p></div>
<div class="sqs-block html-block"><h3>Give monthly</h3>
<p>$25 a month buys 100 pounds of food through our food bank partner. <a href="https://give.example.org/esperanza">Set up a monthly gift</a>.</p></div>
</article></main>
""" + FOOT + """
</body></html>
"""
NEEDS += [
    need("donate.html", ["pantry shelf wish list", "masa harina"], "donation", "en", layout="wish_list"),
    need("donate.html", ["pallet jack"], "donation", "en", layout="seeking"),
]
TRAPS += [
    trap("donate.html", "filled", ["canned green beans"], note="we're set ... hold off"),
    trap("donate.html", "filled", ["home-canned food", "we do not accept"], note="do-not-accept list"),
    trap("donate.html", "general_appeal", ["give monthly"]),
]

PAGES["familias.html"] = """
<!doctype html>
<html lang="es">
<head><meta charset="utf-8"><title>Familias &mdash; La Esperanza</title>
<link rel="stylesheet" href="/static/site.css"></head>
<body id="collection-familias">
""" + NAV + """
<main class="Main"><article class="sqs-layout">
<h1>Para las familias</h1>
<h2>Lo que ofrecemos</h2>
<p>Despensa cada semana, productos de higiene una vez al mes, leche y pa&ntilde;ales para beb&eacute;s, y ayuda para
llenar la solicitud de SNAP los martes.</p>
<h2>&iquest;C&oacute;mo me registro?</h2>
<p>La primera vez, traiga algo con su direcci&oacute;n (una carta o un recibo). No pedimos identificaci&oacute;n ni
n&uacute;mero de seguro social. El registro tarda 10 minutos.</p>
<h2>Una familia de nuestra comunidad</h2>
<p>En enero se quem&oacute; la casa rodante de la familia Ochoa en la calle Elm. Todos est&aacute;n bien, gracias a Dios,
pero perdieron casi todo. Ahora viven en un departamento vac&iacute;o con sus tres ni&ntilde;os (2, 7 y 11 a&ntilde;os).
Les hace falta una cuna, dos camas individuales, una mesa con sillas y ollas para cocinar. Si usted puede
regalar alguno de estos muebles, llame a Rosa al (320) 555-0117 y ella coordina la entrega.</p>
<h2>Otras agencias que pueden ayudar</h2>
<ul><li>WIC de Kandiyohi County &mdash; (320) 555-0160</li><li>Asistencia de energ&iacute;a (calefacci&oacute;n) &mdash; Lakes &amp; Prairies, (320) 555-0161</li>
<li>Cl&iacute;nica Familiar de Willmar, consultas en espa&ntilde;ol &mdash; (320) 555-0162</li></ul>
</article></main>
""" + FOOT + """
</body></html>
"""
NEEDS += [
    need("familias.html", ["familia ochoa", "una cuna"], "donation", "es", layout="story",
         note="family after a fire: crib, beds, table, pots"),
]
TRAPS += [
    trap("familias.html", "service", ["lo que ofrecemos", "solicitud de snap"]),
    trap("familias.html", "how_to_apply", ["¿cómo me registro?"]),
    trap("familias.html", "service", ["otras agencias", "asistencia de energía"], note="listing of other agencies"),
]

PAGES["equipo/index.html"] = """
<!doctype html>
<html lang="es">
<head><meta charset="utf-8"><title>Equipo &mdash; interno</title><meta name="robots" content="noindex"></head>
<body>
""" + NAV + """
<main class="Main"><h1>P&aacute;gina interna del equipo</h1>
<p>Solo para personal y mesa directiva.</p>
<ul>
<li>Necesitamos un voluntario que sepa QuickBooks para cerrar el a&ntilde;o fiscal.</li>
<li>Buscamos quien done un congelador vertical para la carne de la cooperativa.</li>
<li>Hace falta un chofer con licencia CDL para recoger en Willmar el 3er lunes.</li>
</ul></main>
""" + FOOT + """
</body></html>
"""
TRAPS += [
    trap("equipo/index.html", "robots", ["quickbooks"]),
    trap("equipo/index.html", "robots", ["congelador vertical"]),
    trap("equipo/index.html", "robots", ["licencia cdl"]),
]

PDFS = {
    "guia-voluntario.pdf": ("Guía del voluntario - La Esperanza", [
        ("title", "Guía del voluntario 2025 - Despensa La Esperanza"),
        ("p", "BIENVENIDOS Gracias por unirse a nuestro equipo. Todos los voluntarios firman la hoja de entrada y "
              "salida en la mesa de la cocina. Use zapatos cerrados."),
        ("p", "SE BUSCAN CONDUCTORES PARA EL MERCADO MÓVIL Cada tercer miércoles llevamos el Mercado Móvil a los "
              "parques de casas móviles de Kerkhoven y Sunburg. Necesitamos dos conductores con licencia de Minnesota "
              "para manejar la camioneta de la despensa (no hace falta licencia especial) y ayudar a repartir. "
              "Salimos a las 8:30 y regresamos a la 1:00."),
        ("p", "CÓMO ENTREGAR ESTA GUÍA Firme la última página y déjela en el buzón de la puerta lateral, o mande una "
              "foto a voluntarios@esperanzapantry.example."),
        ("p", "FECHAS IMPORTANTES Reunión de voluntarios: sábado 22 de marzo a las 10:00 am, con desayuno. "
              "Feria de salud: 12 de abril."),
    ]),
}
NEEDS += [
    need("guia-voluntario.pdf", ["mercado móvil", "conductores"], "volunteer", "es", layout="pdf",
         note="heading run into paragraph in PDF"),
]
TRAPS += [
    trap("guia-voluntario.pdf", "how_to_apply", ["cómo entregar esta guía"]),
    trap("guia-voluntario.pdf", "event", ["reunión de voluntarios", "feria de salud"]),
]

ROBOTS = """User-agent: *
Disallow: /equipo/
"""
