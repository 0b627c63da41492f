"""Centro Campesino de Storden (Storden, MN). Bootstrap 5; Spanish first, one English page.
Robots: several user-agent groups; ONLY the SEO-bot group disallows /voluntarios/ and /donar.html.
The generic `*` group allows everything, so the needs on those pages are real needs."""
from common import N, T

SLUG = "storden-centro-campesino"
TOWN = "storden"


def shell(title, body, lang="es"):
    return """<!DOCTYPE html>
<html lang="%s">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%s | Centro Campesino de Storden</title>
<link href="https://cdn.jsdelivr.example/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css" rel="stylesheet">
</head>
<body>
<nav class="navbar navbar-expand-lg navbar-dark bg-success">
 <div class="container">
  <a class="navbar-brand" href="/">Centro Campesino</a>
  <button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#nav"><span class="navbar-toggler-icon"></span></button>
  <div class="collapse navbar-collapse" id="nav">
   <ul class="navbar-nav ms-auto">
    <li class="nav-item"><a class="nav-link" href="/">Inicio</a></li>
    <li class="nav-item"><a class="nav-link" href="/voluntarios/">Voluntariado</a></li>
    <li class="nav-item"><a class="nav-link" href="/donar.html">Donar</a></li>
    <li class="nav-item"><a class="nav-link" href="/en/">English</a></li>
   </ul>
  </div>
 </div>
</nav>
<main class="container py-4">
%s
</main>
<footer class="bg-light py-3 mt-4"><div class="container small">
<p class="mb-1">Centro Campesino de Storden &middot; 105 Main Street, Storden, MN &middot; 507-555-0171 &middot; info@centrocampesino.example</p>
<p class="mb-0"><a href="/volante-utiles-2025.pdf">Volante: colecta de útiles (PDF)</a> &middot; <a href="/volunteer-application.pdf">Volunteer application (PDF)</a></p>
</div></footer>
<script src="https://cdn.jsdelivr.example/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js"></script>
</body>
</html>
""" % (lang, title, body)


INDEX = shell("Inicio", """
<div class="p-5 mb-4 bg-body-tertiary rounded-3">
 <h1 class="display-6">Apoyo para las familias que trabajan en las lecherías</h1>
 <p class="lead">Desde 2016 el Centro Campesino acompaña a trabajadores del campo y de las lecherías del suroeste de Minnesota y a sus familias.</p>
</div>

<h2 class="h4">Nuestros servicios</h2>
<div class="row g-3 mb-4">
 <div class="col-md-4"><div class="card h-100"><div class="card-body">
  <h3 class="h5 card-title">Clases de inglés gratis</h3>
  <p class="card-text">Martes y jueves de 6:30 a 8:00 pm. Para adultos de todos los niveles. No hay que pagar nada.</p>
 </div></div></div>
 <div class="col-md-4"><div class="card h-100"><div class="card-body">
  <h3 class="h5 card-title">Ayuda con trámites</h3>
  <p class="card-text">Le ayudamos con licencias de manejo, ITIN, cartas de la escuela y formularios del condado.</p>
 </div></div></div>
 <div class="col-md-4"><div class="card h-100"><div class="card-body">
  <h3 class="h5 card-title">Despensa de alimentos</h3>
  <p class="card-text">Cada sábado de 9 a 11 am. Frutas, verduras, arroz, frijoles y leche.</p>
 </div></div></div>
</div>

<h2 class="h4">¿Cómo registrarse?</h2>
<p>Para usar la despensa o las clases, venga a la oficina con una identificación (de cualquier país) y un comprobante de domicilio. No preguntamos su estatus migratorio.</p>

<h2 class="h4">Horario de la oficina</h2>
<p>Lunes a viernes, 9:00 am a 5:00 pm. Sábados solo despensa.</p>

<h2 class="h4">La clase de los jueves creció</h2>
<p>Este otoño se inscribieron 31 alumnos en la clase de inglés de los jueves y la maestra Rosa ya no se da abasto.
Buscamos dos maestros de inglés voluntarios que puedan venir los jueves de 6:30 a 8:00 pm, desde octubre hasta mayo.
No hace falta hablar español; sí hace falta paciencia. Escriba a Rosa Elena: rosa@centrocampesino.example.</p>

<div class="alert alert-success">
 <strong>¿Quiere ayudar?</strong> Hay muchas formas de apoyar al Centro. <a href="/voluntarios/" class="alert-link">Vea las oportunidades de voluntariado</a>.
</div>

<h2 class="h4">Posada navideña</h2>
<p>Sábado 13 de diciembre, 5:00 pm, en el salón parroquial. Tamales, piñatas y villancicos. ¡Traiga a toda la familia!
<a href="/galeria/posada-2024.html">Fotos de la posada 2024</a></p>
""")

VOLUNTARIOS = shell("Voluntariado", """
<h1 class="h3">Voluntariado</h1>
<p>Gracias por su interés. Haga clic en cada oportunidad para ver los detalles. Para inscribirse, llene la
<a href="/volunteer-application.pdf">solicitud de voluntario</a> o llame al 507-555-0172.</p>

<div class="accordion">
<details class="accordion-item" open>
 <summary class="accordion-button">Choferes para citas médicas</summary>
 <div class="accordion-body"><p>Muchas familias no tienen licencia. Las llevamos a citas médicas en Worthington y Marshall.
 Necesitamos tres choferes más, con carro propio y licencia vigente, de lunes a viernes según su horario. El Centro paga la gasolina.</p></div>
</details>
<details class="accordion-item">
 <summary class="accordion-button">Intérprete para la clínica móvil</summary>
 <div class="accordion-body"><p>La clínica móvil viene el segundo sábado de cada mes. Buscamos un intérprete de español e inglés
 que pueda quedarse de 9 am a 1 pm. Si tiene experiencia en interpretación médica, mejor.</p></div>
</details>
<details class="accordion-item">
 <summary class="accordion-button">Ayudantes para la despensa de los sábados</summary>
 <div class="accordion-body"><p><strong>¡Ya tenemos suficientes voluntarios para la despensa!</strong> Gracias a todos. Le avisaremos si se abre un lugar.</p></div>
</details>
<details class="accordion-item">
 <summary class="accordion-button">Cuidado de niños durante las clases de inglés</summary>
 <div class="accordion-body"><p>Las mamás no pueden venir a la clase si no hay quien cuide a sus hijos. Necesitamos cuidadores de niños
 los martes y jueves de 6:30 a 8:00 pm en el cuarto de al lado. Jóvenes de 16 años o más son bienvenidos.</p></div>
</details>
<details class="accordion-item">
 <summary class="accordion-button">Mecánico voluntario</summary>
 <div class="accordion-body"><p>Antes del invierno queremos revisar los frenos, las llantas y la batería de los carros de las familias.
 Buscamos un mecánico voluntario para un sábado de noviembre. Nosotros compramos las piezas.</p></div>
</details>
<details class="accordion-item">
 <summary class="accordion-button">Preparación de impuestos</summary>
 <div class="accordion-body"><p>De febrero a abril ofrecemos preparación de impuestos gratis para familias con ingresos menores de $64,000. Haga su cita en la oficina.</p></div>
</details>
<details class="accordion-item">
 <summary class="accordion-button">Coordinador(a) de programas &mdash; puesto pagado</summary>
 <div class="accordion-body"><p>Tiempo completo, $22 la hora con seguro médico. Bilingüe. Envíe su currículum antes del 31 de octubre.</p></div>
</details>
</div>
""")

DONAR = shell("Donar", """
<h1 class="h3">Donar</h1>

<div class="row g-4">
<div class="col-md-6">
 <h2 class="h5">Lista de deseos</h2>
 <p>El trabajo en la lechería es duro en invierno. Lo que más piden los trabajadores:</p>
 <ul>
  <li>Botas de trabajo de hule (tallas 8 a 11)</li>
  <li>Guantes impermeables</li>
  <li>Chamarras de trabajo para hombre</li>
  <li>Calcetines de lana</li>
 </ul>
</div>
<div class="col-md-6">
 <h2 class="h5">Ahorita nos faltan&hellip;</h2>
 <p>Ahorita nos faltan pañales talla 5 y talla 6, y fórmula para bebé (Similac o Enfamil). Los estantes de la despensa están vacíos.</p>
</div>
</div>

<h2 class="h5 mt-4">Cobijas</h2>
<p>¡Tenemos demasiadas cobijas! Gracias. Por favor no traigan más cobijas por ahora; ya no tenemos dónde guardarlas.</p>

<h2 class="h5">No aceptamos</h2>
<ul>
 <li>Ropa sucia o rota</li>
 <li>Colchones</li>
 <li>Asientos de carro usados</li>
 <li>Medicinas abiertas o vencidas</li>
</ul>

<h2 class="h5">Gracias a nuestros donantes</h2>
<p>Lechería Los Pinos &middot; Cooperativa Agrícola del Valle &middot; Familia Ortega &middot; Parroquia Santa Rosa &middot; Storden Hardware</p>

<h2 class="h5">Donar en línea</h2>
<p>Cada dólar ayuda. <a href="https://donate.example/centro-campesino">Haga su donación en línea</a>.</p>
""")

EN = shell("English", """
<h1 class="h3">Centro Campesino de Storden &mdash; in English</h1>
<p>The Centro supports farmworkers and dairy workers in southwest Minnesota and their families. Most of our site is in Spanish;
this page is for English-speaking neighbors who want to help.</p>

<h2 class="h5">Free English classes for adults</h2>
<p>Our staff and volunteers teach English on Tuesday and Thursday evenings. Classes are free for all adults.</p>

<h2 class="h5">Volunteer legal help</h2>
<p>Families come to us every week with questions about work permits and immigration court. We are seeking a volunteer
immigration attorney or DOJ-accredited representative to hold a monthly legal clinic at the Centro, one Saturday morning a month.
Spanish is helpful, but we always provide an interpreter.</p>

<h2 class="h5">Tax season</h2>
<p>Last year we could only help half of the families who asked. For February through April we need volunteer tax preparers
who speak Spanish. You must pass the free IRS VITA certification before January; we will pay for nothing but the coffee.</p>

<h2 class="h5">Job opening: part-time bookkeeper</h2>
<p>Paid position, 12 hours a week, $24/hour. QuickBooks experience required. Email your resume to info@centrocampesino.example.</p>

<h2 class="h5">Día de la Familia</h2>
<p>Our family day is August 9 at Storden City Park: soccer, music, food trucks and free health screenings.</p>

<h2 class="h5">Thank you!</h2>
<p>Our 2024 coat drive collected 310 coats for workers and their kids. Thank you to every church and business that joined.</p>
""", lang="en")

PAGES = {
    "index.html": INDEX,
    "voluntarios/index.html": VOLUNTARIOS,
    "donar.html": DONAR,
    "en/index.html": EN,
}

ROBOTS = """# Centro Campesino de Storden
# SEO crawlers were hammering the volunteer and donation pages.
User-agent: SemrushBot
User-agent: AhrefsBot
User-agent: MJ12bot
Disallow: /voluntarios/
Disallow: /donar.html

User-agent: *
Disallow:
"""

PDFS = {
    "volante-utiles-2025.pdf": ("Colecta de utiles escolares 2025", [
        ("title", "Colecta de útiles escolares 2025 - Centro Campesino de Storden"),
        ("h", "¡Ayúdenos a preparar a 150 niños!"),
        ("p", "Muchas familias de las lecherías tienen tres o cuatro hijos en la escuela. Comprar todos los útiles "
              "cuesta más de una semana de sueldo. Este año queremos dar una mochila llena a cada niño."),
        ("h", "Necesitamos útiles escolares nuevos"),
        ("p", "Mochilas, cuadernos de espiral, lápices de colores, pegamento, tijeras para niños y calculadoras "
              "para secundaria. Todo nuevo, por favor."),
        ("h", "Horario para dejar donaciones"),
        ("p", "Lunes a viernes de 9:00 am a 5:00 pm en la oficina del Centro, hasta el 8 de agosto."),
        ("h", "Voluntarios el día de la entrega"),
        ("p", "El sábado 16 de agosto vamos a repartir los útiles en el parque de Storden. Necesitamos 12 "
              "voluntarios de 9 am a 12 pm para llenar mochilas y repartir los útiles a las familias."),
        ("h", "Para recibir útiles"),
        ("p", "Registre a sus hijos en la oficina antes del 8 de agosto. Traiga el nombre de la escuela y el grado "
              "de cada niño."),
        ("h", "Feria de salud de regreso a clases"),
        ("p", "Ese mismo día habrá una feria de salud con vacunas y exámenes de la vista gratis."),
    ], {"columns": 2, "lang": "es"}),
    "volunteer-application.pdf": ("Volunteer application", [
        ("title", "Centro Campesino de Storden - Volunteer Application"),
        ("p", "Thank you for offering your time. Please fill out both pages."),
        ("h", "Current volunteer openings"),
        ("p", "Our Sunday youth soccer league has 90 kids and only four adults. We need youth soccer coaches for the "
              "Sunday league, September to October, 2:00 to 4:00 p.m. at Storden City Park. Spanish helpful."),
        ("p", "See the Voluntariado page on our website for our other openings."),
        ("h", "About you"),
        ("p", "Name: ____________________   Phone: ______________   Email: ____________________"),
        ("p", "Languages you speak: ____________________   Days you are available: ____________________"),
        ("h", "Background check"),
        ("p", "A background check is required for anyone working with children. The Centro pays for it."),
        ("h", "Volunteer orientation"),
        ("p", "Orientation is the first Monday of each month at 6:00 p.m. at the Centro."),
        ("h", "How to return this form"),
        ("p", "Return this form to the front desk or email it to voluntarios@centrocampesino.example."),
    ], {"lang": "en", "compress": True}),
}

NEEDS = [
    N("index.html", ["maestros de inglés voluntarios", "maestros de inglés"], "skilled", "es", ["en"], "heading_paragraph",
      "heading 'La clase de los jueves creció' does not name the role; English teachers, Spanish not needed"),
    N("voluntarios/index.html", ["choferes para citas médicas", "choferes"], "volunteer", "es", [], "accordion",
      "page is disallowed only for SEO bots, allowed for `*`; 'pagamos la gasolina' is not a wage"),
    N("voluntarios/index.html", ["intérprete para la clínica móvil", "intérprete"], "skilled", "es", ["es", "en"], "accordion"),
    N("voluntarios/index.html", ["cuidado de niños", "cuidadores de niños"], "volunteer", "es", [], "accordion"),
    N("voluntarios/index.html", ["mecánico voluntario", "mecánico"], "skilled", "es", [], "accordion",
      "'nosotros compramos las piezas' is not pay"),
    N("donar.html", ["lista de deseos", "botas de trabajo", "guantes impermeables"], "donation", "es", [], "wish_list",
      "heading + 4 items = one need"),
    N("donar.html", ["pañales talla 5", "fórmula para bebé"], "donation", "es", [], "short_on", "'Ahorita nos faltan'"),
    N("en/index.html", ["immigration attorney", "legal clinic"], "skilled", "en", [], "heading_paragraph",
      "'Spanish is helpful, but we always provide an interpreter': no language required"),
    N("en/index.html", ["volunteer tax preparers", "vita"], "skilled", "en", ["es", "en"], "heading_paragraph",
      "must speak Spanish"),
    N("volante-utiles-2025.pdf", ["útiles escolares nuevos", "mochilas"], "donation", "es", [], "pdf",
      "two-column Spanish flyer"),
    N("volante-utiles-2025.pdf", ["repartir los útiles", "día de la entrega"], "volunteer", "es", [], "pdf",
      "volunteers on distribution day (the health fair the same day is an event)"),
    N("volunteer-application.pdf", ["youth soccer coaches", "soccer coaches"], "volunteer", "en", ["es"], "pdf",
      "Flate-compressed PDF form; 'Spanish helpful' = preference"),
]

TRAPS = [
    T("index.html", "service", ["clases de inglés gratis"], "free class offered to clients"),
    T("index.html", "service", ["ayuda con trámites", "itin"]),
    T("index.html", "service", ["despensa de alimentos"]),
    T("index.html", "how_to_apply", ["cómo registrarse", "comprobante de domicilio"]),
    T("index.html", "hours", ["horario de la oficina"]),
    T("index.html", "teaser", ["vea las oportunidades de voluntariado"]),
    T("index.html", "event", ["posada navideña", "tamales"]),
    T("voluntarios/index.html", "filled", ["ayudantes para la despensa", "ya tenemos suficientes voluntarios"]),
    T("voluntarios/index.html", "service", ["preparación de impuestos"], "free tax prep offered to families"),
    T("voluntarios/index.html", "job", ["coordinador(a) de programas", "puesto pagado"]),
    T("voluntarios/index.html", "how_to_apply", ["solicitud de voluntario"], "how to sign up"),
    T("donar.html", "overstock", ["tenemos demasiadas cobijas", "no traigan más cobijas"]),
    T("donar.html", "not_accepted", ["no aceptamos", "colchones", "asientos de carro usados"]),
    T("donar.html", "donor_list", ["gracias a nuestros donantes", "lechería los pinos"]),
    T("donar.html", "general_appeal", ["donar en línea", "haga su donación en línea"]),
    T("en/index.html", "service", ["free english classes for adults"]),
    T("en/index.html", "job", ["part-time bookkeeper", "$24/hour"]),
    T("en/index.html", "event", ["día de la familia"]),
    T("en/index.html", "recap", ["2024 coat drive", "310 coats"]),
    T("volante-utiles-2025.pdf", "hours", ["horario para dejar donaciones"]),
    T("volante-utiles-2025.pdf", "how_to_apply", ["para recibir útiles", "registre a sus hijos"]),
    T("volante-utiles-2025.pdf", "event", ["feria de salud"]),
    T("volunteer-application.pdf", "how_to_apply", ["how to return this form", "front desk"]),
    T("volunteer-application.pdf", "how_to_apply", ["background check"]),
    T("volunteer-application.pdf", "event", ["volunteer orientation"]),
]
