"""Site 10: Manos Abiertas Food Shelf, Lafayette MN. WordPress-style English home page (box-truck
driver ask, hours, recap, appeal), English shift table, Spanish home page (bike repair, companions,
service, how to register, posada), Spanish donations page (wish list, 'nos faltan', filled, do-not-
accept, twins story, recap), Spanish PDF health-fair flyer, robots /junta/."""
from common import need, trap

SLUG = "lafayette-manos-abiertas-food-shelf"

def page(lang, title, body, menu_active=""):
    return """<!DOCTYPE html>
<html lang="%s">
<head>
<meta charset="UTF-8">
<title>%s</title>
<link rel='stylesheet' id='astra-theme-css-css' href='/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4' media='all' />
<style>.shifts td.full{color:#999}.shifts .open{color:#1b7a1b;font-weight:700}</style>
</head>
<body class="page-template-default page">
<div id="page" class="hfeed site">
<header class="site-header"><div class="ast-container">
 <div class="site-branding"><a href="/index.html" rel="home">Manos Abiertas Food Shelf</a></div>
 <nav class="main-navigation"><ul id="primary-menu" class="main-header-menu">
  <li class="menu-item"><a href="/index.html">Home</a></li>
  <li class="menu-item"><a href="/volunteer.html">Volunteer</a></li>
  <li class="menu-item"><a href="/es/index.html">Español</a></li>
  <li class="menu-item"><a href="/es/donaciones.html">Donaciones</a></li>
  <li class="menu-item"><a href="/feria-de-salud-2025.pdf">Feria de Salud (PDF)</a></li>
 </ul></nav>
</div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area"><main id="main" class="site-main">
<article class="page type-page status-publish"><div class="entry-content clear">
%s
</div></article>
</main></div></div></div>
<footer class="site-footer"><div class="ast-small-footer">
 <p>Manos Abiertas Food Shelf &middot; 512 Main St, Lafayette, MN 56054 &middot; (507) 555-0109</p>
 <p><a href="/fotos/posada-2024.html">Fotos de la Posada 2024</a> &middot; <a href="/junta/actas.html">Junta directiva</a></p>
</div></footer>
</div>
</body>
</html>
""" % (lang, title, body)

INDEX = page("en", "Manos Abiertas Food Shelf &#8211; Lafayette, MN", """
<h1>Open hands, full tables</h1>
<p>Manos Abiertas is a volunteer-run food shelf serving about 180 households a month in Lafayette, Gibbon, Winthrop and the farms around them. About half of our families speak Spanish at home.</p>

<h2 class="wp-block-heading">Food shelf hours</h2>
<p>Tuesday 3&ndash;7 pm &middot; Thursday 9 am&ndash;noon &middot; first Saturday of the month 9&ndash;11 am.</p>

<h2 class="wp-block-heading">Box truck driver for Wednesday food-bank runs</h2>
<p>Every Wednesday our 16-foot box truck goes to the Second Harvest warehouse in Mankato and comes back with about 4,000 pounds of food. Our driver of nine years is retiring. We're looking for a volunteer with a clean driving record who is comfortable with a large truck (no CDL needed) for a 7 am&ndash;noon run, every week or every other week.</p>

<h2 class="wp-block-heading">2024 at a glance</h2>
<p>We gave out 212,000 pounds of food and 1,100 holiday boxes, with 9,400 volunteer hours.</p>

<h2 class="wp-block-heading">Give</h2>
<p>Every dollar you give buys three meals through our food-bank partnership. Donate online or mail a check to PO Box 12, Lafayette.</p>
""")

ROWS = [
    ("Cooler stockers", "Tuesdays 1&ndash;3 pm", "Rotate dairy and produce, check dates, keep the walk-in cooler tidy.", '<span class="open">2 of 4 open</span>', ""),
    ("Shopping helpers", "Thursdays 9 am&ndash;noon", "Walk with shoppers, help them choose and bag their groceries.", '<span class="open">Open</span>', ""),
    ("Truck unloaders", "Wednesdays noon&ndash;1 pm", "Unload pallets from the Mankato run.", "FULL", "full"),
    ("Saturday intake desk &ndash; bilingual", "First Saturday 8:30&ndash;11:30", "Register new households. Must speak Spanish and English; we'll train you on the database.", '<span class="open">1 open</span>', ""),
    ("Holiday turkey distribution", "November 22", "&mdash;", "All 30 slots taken &ndash; thanks!", "full"),
    ("Garden crew", "May&ndash;September", "&mdash;", "Season over &ndash; see you in spring", "full"),
]
VOL = page("en", "Volunteer &#8211; Manos Abiertas Food Shelf", """
<h1>Volunteer</h1>
<p>Updated October 6. Call or text Marisol at (507) 555-0109 with the shift you want.</p>
<figure class="wp-block-table shifts"><table>
<thead><tr><th>Shift</th><th>When</th><th>What you'll do</th><th>Openings</th></tr></thead>
<tbody>
""" + "\n".join('<tr><td><strong>%s</strong></td><td>%s</td><td>%s</td><td class="%s">%s</td></tr>' % (a, b, c, e, d) for a, b, c, d, e in ROWS) + """
</tbody></table></figure>
<p>Youth under 16 volunteer with an adult. Groups of up to 8 can come on Tuesday afternoons.</p>
""")

ES = page("es", "Manos Abiertas &#8211; En español", """
<h1>Bienvenidos a Manos Abiertas</h1>
<p>Somos una despensa de alimentos atendida por voluntarios. Aquí nadie le pregunta por su estatus migratorio.</p>

<h2 class="wp-block-heading">Horario de la despensa</h2>
<p>Martes de 3 a 7 pm, jueves de 9 am a 12 pm y el primer sábado del mes de 9 a 11 am.</p>

<h2 class="wp-block-heading">Cómo registrarse</h2>
<p>La primera vez traiga una identificación (puede ser la matrícula consular) y algo con su dirección, como un recibo de luz. Solo se registra una vez al año.</p>

<h2 class="wp-block-heading">Otros servicios</h2>
<p>Ayudamos a llenar solicitudes de SNAP y WIC los jueves por la mañana, en español.</p>

<h2 class="wp-block-heading">¿Sabe arreglar bicicletas?</h2>
<p>Nos donan bicicletas para trabajadores que no tienen carro y necesitan llegar a la planta o al campo. Muchas llegan con llantas ponchadas o frenos malos. Buscamos a alguien con experiencia en reparación de bicicletas que pueda venir algunos sábados por la mañana. Las refacciones las compramos nosotros.</p>

<h2 class="wp-block-heading">Acompañantes para citas</h2>
<p>Muchas familias no hablan inglés y tienen miedo de ir solas a la clínica, a la escuela o a la oficina del condado. Si usted habla español e inglés y tiene unas horas libres entre semana, acompáñelas. Le damos una pequeña capacitación.</p>

<h2 class="wp-block-heading">Posada navideña</h2>
<p>Sábado 13 de diciembre, 5 pm, en el salón parroquial. Piñatas, ponche y tamales para todos.</p>
""")

DON = page("es", "Donaciones &#8211; Manos Abiertas", """
<h1>Donaciones</h1>

<h2 class="wp-block-heading">Esta semana nos faltan frijoles y atún</h2>
<p>Los estantes de frijoles (en lata o en bolsa), atún y aceite de cocina están casi vacíos. Si puede traer aunque sea una bolsa, ayuda mucho.</p>

<h2 class="wp-block-heading">Lista de deseos &ndash; higiene personal</h2>
<ul>
 <li>Toallas sanitarias</li>
 <li>Champú y jabón</li>
 <li>Desodorante</li>
 <li>Pasta de dientes</li>
 <li>Rastrillos</li>
</ul>

<h2 class="wp-block-heading">Útiles escolares</h2>
<p>¡Gracias! Ya juntamos lo suficiente para este año escolar. Guarde sus donaciones para agosto.</p>

<h2 class="wp-block-heading">No podemos recibir</h2>
<p>Comida hecha en casa, latas abolladas o sin etiqueta, y fórmula para bebé ya abierta.</p>

<h2 class="wp-block-heading">La familia Morales</h2>
<p>Rosa Morales tuvo gemelos en septiembre. Su esposo trabaja en la lechería y ella no ha podido volver al trabajo. Los bebés duermen juntos en una cuna prestada. Les hace falta otra cuna, una carriola doble y pañales de recién nacido. Si puede ayudar, llame a Marisol.</p>

<h2 class="wp-block-heading">Colecta de invierno 2024</h2>
<p>Gracias a ustedes repartimos 410 chamarras y 300 pares de guantes el invierno pasado.</p>
""")

ACTAS = page("es", "Actas de la junta", """
<h1>Actas de la junta &ndash; septiembre</h1>
<ul>
 <li>Buscar un nuevo tesorero para enero.</li>
 <li>Cotizar un nuevo compresor para el congelador.</li>
 <li>Pedir donativo a la cooperativa para la camioneta.</li>
</ul>
""")

PAGES = {
    "index.html": INDEX,
    "volunteer.html": VOL,
    "es/index.html": ES,
    "es/donaciones.html": DON,
    "junta/actas.html": ACTAS,
}

ROBOTS = """User-agent: *
Disallow: /wp-admin/
Disallow: /junta/
Allow: /wp-admin/admin-ajax.php

Sitemap: https://manosabiertasmn.org/wp-sitemap.xml
"""

PDFS = {
    "feria-de-salud-2025.pdf": ("Feria de Salud 2025", [
        ("title", "FERIA DE SALUD GRATUITA 2025"),
        ("p", "Sábado 18 de octubre, 10 am - 2 pm - Salón parroquial de St. Andrew, Lafayette"),
        ("h", "Servicios gratuitos"),
        ("p", "Vacunas contra la gripe, revisión de presión arterial y azúcar, examen de la vista para niños "
              "y consejos de nutrición."),
        ("h", "Para participar"),
        ("p", "No necesita cita ni seguro médico. Traiga su tarjeta de vacunas si la tiene."),
        ("h", "Se necesitan voluntarios bilingües"),
        ("p", "Buscamos 6 voluntarios que hablen español e inglés para la mesa de registro: recibir a las "
              "familias, ayudarles a llenar la hoja de registro y llevarlas a cada estación. De 9:30 a 2:30. "
              "Llame a Marisol al (507) 555-0109."),
    ]),
}

NEEDS = [
    need("index.html", ["box truck"], "volunteer", "en", [], "heading_paragraph"),
    need("volunteer.html", ["cooler stockers"], "volunteer", "en", [], "shift_table"),
    need("volunteer.html", ["shopping helpers"], "volunteer", "en", [], "shift_table"),
    need("volunteer.html", ["intake desk"], "skilled", "en", ["es", "en"], "shift_table"),
    need("es/index.html", ["bicicletas"], "skilled", "es", [], "heading_paragraph",
         "bike repair; heading is a question"),
    need("es/index.html", ["acompañantes"], "skilled", "es", ["es", "en"], "heading_paragraph"),
    need("es/donaciones.html", ["frijoles", "atún"], "donation", "es", [], "short_on", "'nos faltan'"),
    need("es/donaciones.html", ["lista de deseos", "toallas sanitarias"], "donation", "es", [], "wish_list"),
    need("es/donaciones.html", ["familia morales", "carriola doble"], "donation", "es", [], "story"),
    need("feria-de-salud-2025.pdf", ["mesa de registro", "voluntarios bilingües"], "volunteer", "es",
         ["es", "en"], "pdf", "volunteers for the health fair (the fair itself is an event)"),
]

TRAPS = [
    trap("index.html", "hours", ["food shelf hours"]),
    trap("index.html", "recap", ["2024 at a glance"]),
    trap("index.html", "general_appeal", ["every dollar"]),
    trap("volunteer.html", "filled", ["truck unloaders"], "FULL"),
    trap("volunteer.html", "filled", ["turkey distribution"], "all 30 slots taken"),
    trap("volunteer.html", "filled", ["garden crew"], "season over"),
    trap("es/index.html", "hours", ["horario de la despensa"]),
    trap("es/index.html", "how_to_apply", ["cómo registrarse"]),
    trap("es/index.html", "service", ["solicitudes de snap"]),
    trap("es/index.html", "event", ["posada navideña"]),
    trap("es/donaciones.html", "filled", ["útiles escolares"], "'ya juntamos lo suficiente'"),
    trap("es/donaciones.html", "filled", ["no podemos recibir"], "do-not-accept list"),
    trap("es/donaciones.html", "recap", ["colecta de invierno"]),
    trap("feria-de-salud-2025.pdf", "event", ["feria de salud"]),
    trap("feria-de-salud-2025.pdf", "service", ["servicios gratuitos", "vacunas"]),
    trap("feria-de-salud-2025.pdf", "how_to_apply", ["para participar", "no necesita cita"]),
    trap("junta/actas.html", "robots", ["tesorero"]),
    trap("junta/actas.html", "robots", ["compresor"]),
    trap("junta/actas.html", "robots", ["camioneta"]),
]
