"""Parroquia Santa Rosa de Lima, Comfrey: Bootstrap site, mostly Spanish, one English page."""
from common import N, T

SLUG = "comfrey-parroquia-santa-rosa"


def shell(title, body, lang="es"):
    if lang == "es":
        nav = ('<a class="nav-link" href="/index.html">Inicio</a><a class="nav-link" href="/voluntarios.html">Voluntarios</a>'
               '<a class="nav-link" href="/despensa.html">Despensa</a><a class="nav-link" href="/boletin-marzo.pdf">Boletín</a>'
               '<a class="nav-link" href="/galeria/kermes-2024.html">Galería</a><a class="nav-link" href="/en/index.html">English</a>')
        foot = ('Parroquia Santa Rosa de Lima &middot; 310 calle Brown, Comfrey, MN &middot; 507-555-0142 &middot; '
                'oficina@santarosacomfrey.example &middot; <a href="/privado/consejo.html">Consejo (acceso interno)</a>')
    else:
        nav = ('<a class="nav-link" href="/en/index.html">English</a><a class="nav-link" href="/index.html">Español</a>'
               '<a class="nav-link" href="/voluntarios.html">Voluntarios</a>')
        foot = 'St. Rose of Lima Parish &middot; 310 Brown St, Comfrey, MN &middot; 507-555-0142'
    return """<!doctype html>
<html lang="%s">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>%s</title>
<link href="/css/bootstrap.min.css" rel="stylesheet"></head>
<body>
<nav class="navbar navbar-expand-lg bg-body-tertiary"><div class="container"><span class="navbar-brand">Santa Rosa de Lima</span><div class="navbar-nav">%s</div></div></nav>
<div class="container py-4">
%s
</div>
<footer class="container border-top py-3 small text-muted">%s</footer>
<script src="/js/bootstrap.bundle.min.js"></script>
</body></html>
""" % (lang, title, nav, body, foot)


PAGES = {}
PAGES["index.html"] = shell("Parroquia Santa Rosa de Lima – Comfrey", """
<div class="p-4 mb-4 bg-light rounded-3"><h1 class="display-6">Bienvenidos a la Parroquia Santa Rosa de Lima</h1>
<p class="lead">Una comunidad de fe para las familias de Comfrey, Springfield y los alrededores.</p></div>
<div class="row">
<div class="col-md-4"><h2 class="h5">Horario de misas</h2><p>Sábado 6:00 pm (español) · Domingo 8:30 am (inglés) y 11:00 am (español). Confesiones los sábados de 4:30 a 5:30 pm.</p></div>
<div class="col-md-4"><h2 class="h5">Kermés parroquial</h2><p>Domingo 8 de junio después de la misa de 11: comida, música y juegos para los niños. ¡Traiga a toda la familia!</p></div>
<div class="col-md-4"><h2 class="h5">Del blog del padre Tomás</h2><p>«Cuaresma: tiempo de volver a casa». <a href="/boletin-marzo.pdf">Leer en el boletín…</a></p></div>
</div>
<h2 class="h4 mt-4">Una familia de nuestra comunidad</h2>
<p>El 2 de febrero la casa de la familia Ramírez, en la calle Mill, se quemó por completo. Gracias a Dios todos están bien. Ahora viven en un departamento vacío que les prestó un vecino y les hace falta casi todo: <strong>dos camas individuales</strong>, una mesa con sillas, trastes de cocina y ropa para niños de 4 y 7 años. Si puede ayudar, llame a la oficina parroquial.</p>
""")
PAGES["voluntarios.html"] = shell("Voluntarios – Santa Rosa de Lima", """
<h1>Ministerios y voluntarios</h1>
<p>Toque cada ministerio para ver los detalles. Para inscribirse, hable con Rosa Elena después de misa o llame al 507-555-0142.</p>
<div class="accordion" id="min">
<details class="accordion-item"><summary class="accordion-button">Catequesis</summary><div class="accordion-body">
<p>Buscamos <strong>catequistas</strong> para los grupos de primera comunión (niños de 7 a 9 años), los miércoles de 6 a 7 pm. Le damos el material y una capacitación de un sábado.</p></div></details>
<details class="accordion-item"><summary class="accordion-button">Coro de la misa de 11</summary><div class="accordion-body">
<p>¡Gracias a todos los que respondieron! Ya tenemos suficientes voces por ahora. Si toca la guitarra, hable con Don Efraín para la próxima temporada.</p></div></details>
<details class="accordion-item"><summary class="accordion-button">Ujieres</summary><div class="accordion-body">
<p>Nos faltan <strong>ujieres</strong> para la misa del sábado en la tarde: recibir a la gente, ayudar con la colecta y acomodar a las familias que llegan tarde.</p></div></details>
<details class="accordion-item"><summary class="accordion-button">Acompañamiento a citas médicas</summary><div class="accordion-body">
<p>Varias personas mayores no hablan inglés y van solas a sus citas en New Ulm. Necesitamos un <strong>intérprete voluntario</strong> (español e inglés) que pueda acompañarlas una o dos mañanas al mes.</p></div></details>
<details class="accordion-item"><summary class="accordion-button">Limpieza del templo</summary><div class="accordion-body">
<p><s>Grupo de limpieza los viernes</s> – Cupo lleno hasta el verano. ¡Gracias, señoras del Guadalupano!</p></div></details>
<details class="accordion-item"><summary class="accordion-button">Clases de inglés</summary><div class="accordion-body">
<p>La parroquia ofrece clases de inglés gratuitas para adultos los martes a las 7 pm. No necesita inscribirse; solo venga.</p></div></details>
</div>
""")
PAGES["despensa.html"] = shell("Despensa – Santa Rosa de Lima", """
<h1>Despensa parroquial</h1>
<div class="row row-cols-1 row-cols-md-2 g-3">
<div class="col"><div class="card"><div class="card-body"><h2 class="card-title h5">Lo que más falta</h2>
<ul><li>Arroz (bolsas de 10 libras)</li><li>Frijoles pintos</li><li>Aceite de cocina</li><li>Harina para tortillas</li><li>Papel de baño</li></ul></div></div></div>
<div class="col"><div class="card"><div class="card-body"><h2 class="card-title h5">Para el invierno</h2>
<p>Se acerca el frío y todavía nos piden <strong>cobijas y chamarras</strong> para niños y adultos. Pueden ser usadas si están limpias y en buen estado.</p></div></div></div>
<div class="col"><div class="card"><div class="card-body"><h2 class="card-title h5">Reparto a domicilio</h2>
<p>Algunas personas mayores ya no pueden venir. Se necesitan <strong>choferes</strong> con carro propio para llevarles la despensa el primer sábado de cada mes.</p></div></div></div>
<div class="col"><div class="card border-danger"><div class="card-body"><h2 class="card-title h5">No aceptamos</h2>
<p>Ropa sucia o rota, alimentos caducados o abiertos, colchones.</p></div></div></div>
<div class="col"><div class="card"><div class="card-body"><h2 class="card-title h5">¿Cómo recibir despensa?</h2>
<p>Cualquier familia puede venir el primer sábado del mes de 9 a 11 am. Traiga una identificación y un comprobante de domicilio; no preguntamos por estatus migratorio.</p></div></div></div>
<div class="col"><div class="card"><div class="card-body"><h2 class="card-title h5">Dónde dejar sus donaciones</h2>
<p>En la entrada del salón parroquial, de lunes a jueves de 9 am a 3 pm.</p></div></div></div>
</div>
""")
PAGES["en/index.html"] = shell("St. Rose of Lima – English", """
<h1>St. Rose of Lima Parish</h1>
<p><strong>English Mass:</strong> Sunday 8:30 am. Parish office open Tuesday to Friday, 9 am to 3 pm.</p>
<h2 class="h5">Finance council</h2>
<p>Our parish finance council is seeking a volunteer accountant or CPA to review the books each quarter and help prepare the annual report to the diocese.</p>
<h2 class="h5">Parking lot snow removal</h2>
<p>Thank you to everyone who offered to plow last winter. This year the parish has hired a contractor, so we no longer need volunteers for the parking lot.</p>
""", lang="en")
PAGES["privado/consejo.html"] = shell("Consejo parroquial (interno)", """
<h1>Notas del consejo</h1>
<ul><li>Necesitamos un nuevo tesorero del consejo a partir de julio.</li>
<li>Buscar quién arregle el órgano antes de Semana Santa.</li>
<li>Faltan voluntarios para el estacionamiento en la kermés.</li></ul>
""")
ROBOTS = "User-agent: *\nDisallow: /privado/\nCrawl-delay: 10\n"

PDFS = {"boletin-marzo.pdf": ("Boletín parroquial – marzo 2025", [
    ("title", "Boletín de la Parroquia Santa Rosa de Lima - marzo 2025"),
    ("h", "Cuaresma: tiempo de volver a casa"),
    ("p", "Queridos hermanos: la Cuaresma nos invita a la oración, al ayuno y a la caridad. Gracias por su generosidad de siempre. - P. Tomás Aguilar"),
    ("h", "Venta de tamales"),
    ("p", "La venta de tamales del mes pasado recaudó $1,840 para el techo del salón. ¡Mil gracias a las cocineras!"),
    ("h", "Se buscan cocineros"),
    ("p", "Para la cena de la fiesta de la Virgen de Guadalupe necesitamos cocineros voluntarios: personas que puedan preparar pozole y arroz para 300 personas el 11 de diciembre. Apúntese con Rosa Elena."),
    ("h", "Empleo"),
    ("p", "Se busca secretaria parroquial de medio tiempo (puesto pagado, 20 horas por semana, bilingüe). Envíe su solicitud a la oficina."),
    ("h", "Fechas"),
    ("p", "Viacrucis todos los viernes de Cuaresma a las 7 pm. Misa de Domingo de Ramos: 13 de abril."),
])}

NEEDS = [
    N("index.html", ["familia ramírez", "dos camas individuales"], "donation", "es", layout="story", note="family story after a house fire; one need for everything they lack"),
    N("voluntarios.html", ["catequistas"], "skilled", "es", layout="accordion", note="teaching catechism; skilled vs volunteer is debatable (training given)"),
    N("voluntarios.html", ["ujieres"], "volunteer", "es", layout="accordion"),
    N("voluntarios.html", ["intérprete voluntario", "citas médicas"], "skilled", "es", ["es", "en"], layout="accordion"),
    N("despensa.html", ["lo que más falta", "frijoles pintos"], "donation", "es", layout="wish_list"),
    N("despensa.html", ["cobijas y chamarras"], "donation", "es", layout="card"),
    N("despensa.html", ["choferes", "reparto a domicilio"], "volunteer", "es", layout="card"),
    N("en/index.html", ["volunteer accountant", "finance council"], "skilled", "en", layout="heading_paragraph"),
    N("boletin-marzo.pdf", ["cocineros voluntarios", "pozole"], "volunteer", "es", layout="pdf"),
]
TRAPS = [
    T("index.html", "hours", ["horario de misas"]),
    T("index.html", "event", ["kermés parroquial"]),
    T("index.html", "blog", ["tiempo de volver a casa"]),
    T("voluntarios.html", "filled", ["coro de la misa de 11", "ya tenemos suficientes voces"]),
    T("voluntarios.html", "filled", ["limpieza del templo", "cupo lleno"]),
    T("voluntarios.html", "service", ["clases de inglés"]),
    T("despensa.html", "not_accepted", ["no aceptamos"]),
    T("despensa.html", "how_to_apply", ["cómo recibir despensa"]),
    T("despensa.html", "dropoff", ["dónde dejar sus donaciones"]),
    T("en/index.html", "hours", ["english mass"]),
    T("en/index.html", "filled", ["parking lot snow removal"], "hired a contractor; no longer need volunteers"),
    T("boletin-marzo.pdf", "recap", ["venta de tamales"]),
    T("boletin-marzo.pdf", "job", ["secretaria parroquial"]),
    T("boletin-marzo.pdf", "event", ["viacrucis", "domingo de ramos"]),
    T("boletin-marzo.pdf", "general_appeal", ["cuaresma nos invita"], "pastoral letter thanking for generosity, no specific ask"),
    T("privado/consejo.html", "robots", ["tesorero del consejo"]),
    T("privado/consejo.html", "robots", ["órgano"]),
    T("privado/consejo.html", "robots", ["estacionamiento en la kermés"]),
]
