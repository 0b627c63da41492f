"""Centro Latino del Norte (Braham): Spanish-only Bootstrap 5 site. Sign-up table with names and a
status column; a 'Se busca' heading; donations page with a wish list, a family story, 'nos hace falta',
struck and 'ya conseguimos' items; news/blog page with buried asks; Spanish PDF newsletter;
robots-disallowed /equipo/."""
from common import N, T

SLUG = "braham-centro-latino-del-norte"


def page(title, body):
    return """<!doctype html>
<html lang="es-MX">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%s | Centro Latino del Norte</title>
<link href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.2/dist/css/bootstrap.min.css" rel="stylesheet">
<link href="/assets/css/estilos.css" rel="stylesheet">
</head>
<body>
<header class="p-3 text-bg-danger">
 <div class="container d-flex flex-wrap align-items-center justify-content-between">
  <a href="/index.html" class="fs-4 text-white text-decoration-none fw-bold">Centro Latino del Norte</a>
  <ul class="nav">
   <li><a href="/index.html" class="nav-link px-2 text-white">Inicio</a></li>
   <li><a href="/voluntarios.html" class="nav-link px-2 text-white">Voluntarios</a></li>
   <li><a href="/donaciones.html" class="nav-link px-2 text-white">Donaciones</a></li>
   <li><a href="/noticias.html" class="nav-link px-2 text-white">Noticias</a></li>
   <li><a href="/boletin.pdf" class="nav-link px-2 text-white">Boletín (PDF)</a></li>
  </ul>
 </div>
</header>
<main class="container py-4">
""" % title + body + """
</main>
<footer class="py-3 border-top text-center text-body-secondary small">
 Centro Latino del Norte &middot; 120 Broadway Ave S, Braham, MN 55006 &middot; (320) 555-0117<br>
 <a href="/fotos/posada-2024.html">Fotos</a> &middot; <a href="/equipo/">Equipo</a>
</footer>
<script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.2/dist/js/bootstrap.bundle.min.js"></script>
</body>
</html>
"""


INDEX = page("Inicio", """
<div class="p-4 mb-4 bg-body-tertiary rounded-3">
 <h1 class="display-6 fw-bold">Bienvenidos al Centro Latino del Norte</h1>
 <p class="col-md-9 fs-5">Acompañamos a las familias latinas de Braham, Cambridge, Mora y Pine City desde 2008: clases, asesoría, comida y comunidad.</p>
</div>
<div class="row g-4">
 <div class="col-md-4"><h2 class="h4">Clínica legal gratuita</h2>
 <p>El primer martes de cada mes, de 5 a 8 pm, abogados de Mid-Minnesota Legal Aid atienden consultas sobre vivienda, trabajo e inmigración. Sin cita.</p></div>
 <div class="col-md-4"><h2 class="h4">Horario de oficina</h2>
 <p>Lunes a jueves de 10 am a 6 pm. Sábados de 9 am a 1 pm.</p></div>
 <div class="col-md-4"><h2 class="h4">Posada navideña</h2>
 <p>Sábado 20 de diciembre en el salón parroquial. Piñatas, ponche y tamales. ¡Traiga a toda la familia!</p></div>
</div>
<div class="alert alert-warning mt-4">El Centro vive de la generosidad de la comunidad. <a href="https://centrolatinodelnorte.org/donar" class="alert-link">Haz tu donativo en línea</a> hoy mismo.</div>
""")

VOLUNTARIOS = page("Voluntarios", """
<h1 class="h2">Voluntarios</h1>
<p>Esta es la hoja de turnos del otoño. Si ve una línea en blanco, ese lugar sigue libre.</p>
<div class="table-responsive"><table class="table table-bordered align-middle">
<thead class="table-light"><tr><th>Actividad</th><th>Día y hora</th><th>Anotados</th><th>Estado</th></tr></thead>
<tbody>
<tr><td>Maestros de inglés (nivel básico)</td><td>Lunes 6–8 pm</td><td>Sr. Dahl, ______, ______</td><td><span class="badge text-bg-danger">Faltan 2</span></td></tr>
<tr><td>Cuidado de niños durante las clases</td><td>Lunes 6–8 pm</td><td>Rosa M., Karla T., Ana P.</td><td><span class="badge text-bg-secondary">Lleno</span></td></tr>
<tr><td>Ayuda con impuestos (ITIN)</td><td>Febrero a abril</td><td>Contadora voluntaria</td><td><span class="badge text-bg-secondary">Cupo cubierto</span></td></tr>
<tr><td>Recepción los sábados</td><td>Sábado 9 am–1 pm</td><td>______</td><td><span class="badge text-bg-danger">Se necesita 1</span></td></tr>
<tr><td>Transporte a citas médicas</td><td>Entre semana, según la cita</td><td>Don Chuy, ______</td><td><span class="badge text-bg-warning">1 lugar libre</span></td></tr>
</tbody></table></div>

<h2 class="h4 mt-4">Se busca abogado voluntario de inmigración</h2>
<p>La clínica legal tiene lista de espera de tres meses. Buscamos un abogado o abogada con licencia en Minnesota que pueda donar dos horas al mes para revisar casos de renovación de DACA y permisos de trabajo. De preferencia bilingüe.</p>

<h2 class="h4 mt-4">Empleo</h2>
<p>Coordinador(a) de programas juveniles &mdash; puesto pagado, 30 horas por semana, $21 la hora. Envíe su currículum a empleo@centrolatinodelnorte.org.</p>
""")

DONACIONES = page("Donaciones", """
<h1 class="h2">Donaciones en especie</h1>
<div class="card mb-4"><div class="card-body">
<h2 class="h4 card-title">Lista de deseos para el salón de tareas</h2>
<ul class="mb-0">
<li>Lápices y sacapuntas</li>
<li>Cuadernos de raya</li>
<li>Calculadoras sencillas</li>
<li>Una impresora láser en buen estado</li>
</ul>
</div></div>

<h2 class="h4">La familia de don Ernesto</h2>
<p>Don Ernesto se cayó de un techo en agosto mientras trabajaba y se fracturó la cadera. Mientras se recupera no puede caminar sin apoyo, y el seguro no le cubre el equipo. La familia necesita una silla de ruedas y una andadera prestadas o donadas.</p>

<h2 class="h4">Nos hace falta un refrigerador</h2>
<p>La despensa comunitaria recibe leche y verduras de la granja Ostlund cada semana, pero no tenemos dónde guardarlas. Nos hace falta un refrigerador grande que funcione bien.</p>

<h2 class="h4">Ya no hace falta</h2>
<ul>
<li><del>Sillas plegables</del> &mdash; la parroquia nos regaló 40.</li>
<li>Cunas: ya conseguimos las tres que buscábamos. ¡Gracias!</li>
</ul>

<h2 class="h4">Lo que logramos</h2>
<p>En diciembre repartimos 150 juguetes a niños de la región gracias a ustedes.</p>
""")

NOTICIAS = page("Noticias", """
<h1 class="h2">Noticias</h1>
<article class="mb-4"><h2 class="h4"><a href="/noticias.html#historias">¿Por qué ser voluntario? Tres historias</a></h2>
<p class="text-body-secondary">Publicado el 2 de septiembre</p>
<p>María, Tom y Guadalupe nos cuentan cómo empezaron a ayudar en el Centro y por qué siguen viniendo&hellip;</p></article>

<article class="mb-4"><h2 class="h4">Se acerca la fiesta de Independencia</h2>
<p class="text-body-secondary">Publicado el 25 de agosto</p>
<p>Este 14 de septiembre celebramos en el parque municipal con música, antojitos y el grito. Para que todo salga bien necesitamos personas que ayuden a montar y desmontar las carpas, el sábado a las 8 de la mañana y de nuevo a las 9 de la noche.</p></article>

<article class="mb-4"><h2 class="h4">Gracias por el Día de la Familia</h2>
<p class="text-body-secondary">Publicado el 10 de agosto</p>
<p>Más de 300 personas vinieron al Día de la Familia. Gracias a los 40 voluntarios que hicieron posible el día. Por cierto: queremos hacer videos cortos sobre nuestros programas para las redes sociales. Buscamos a alguien que sepa editar video y quiera ayudarnos unas horas al mes.</p></article>

<article class="mb-4" id="historias"><h2 class="h4">¿Por qué ser voluntario? Tres historias</h2>
<p>María llegó hace diez años a tomar clases de inglés; hoy las enseña. Tom, jubilado de la escuela de Braham, dice que el Centro le devolvió el español que aprendió en Guatemala.</p></article>
""")

EQUIPO = page("Equipo (interno)", """
<h1 class="h2">Notas del equipo &mdash; uso interno</h1>
<ul>
<li>Buscar un nuevo contador antes de enero.</li>
<li>Comprar un proyector para el salón de clases.</li>
<li>Necesitamos voluntarios para inventario de la despensa el 30 de octubre.</li>
</ul>
""")

PAGES = {
    "index.html": INDEX,
    "voluntarios.html": VOLUNTARIOS,
    "donaciones.html": DONACIONES,
    "noticias.html": NOTICIAS,
    "equipo/index.html": EQUIPO,
}

ROBOTS = """User-agent: *
Disallow: /equipo/
Disallow: /assets/
"""

PDFS = {
    "boletin.pdf": ("Boletín de otoño - Centro Latino del Norte", [
        ("title", "Boletín de otoño 2025 - Centro Latino del Norte"),
        ("h", "Conozca a nuestra nueva directora"),
        ("p", "Lucía Ramírez creció en Cambridge, estudió trabajo social en St. Cloud y dirigió durante seis años "
              "un programa de salud comunitaria. Llegó al Centro en septiembre."),
        ("h", "Misa de la Virgen de Guadalupe"),
        ("p", "El 12 de diciembre a las 6 de la mañana, con mañanitas y chocolate en el salón parroquial."),
        ("h", "Venta de tamales"),
        ("p", "Para recaudar fondos haremos una venta de tamales el 13 de diciembre. Buscamos voluntarias y "
              "voluntarios que nos ayuden a preparar y envolver tamales el viernes 12 por la tarde en la cocina "
              "de la parroquia. No hace falta experiencia; doña Toña enseña."),
        ("h", "El salón necesita una revisión"),
        ("p", "Los enchufes del salón de clases echan chispas y dos lámparas no prenden. Buscamos un electricista "
              "voluntario que pueda revisar la instalación. El Centro paga los materiales."),
        ("h", "Gracias"),
        ("p", "En noviembre 150 familias recibieron canastas de Acción de Gracias."),
    ]),
}

NEEDS = [
    N("voluntarios.html", ["maestros de inglés"], "skilled", "es", ["en"], "shift_table", "'Faltan 2', two blanks"),
    N("voluntarios.html", ["recepción"], "volunteer", "es", [], "shift_table", "'Se necesita 1'"),
    N("voluntarios.html", ["citas médicas"], "volunteer", "es", [], "shift_table", "'1 lugar libre'"),
    N("voluntarios.html", ["abogado"], "skilled", "es", ["es", "en"], "seeking", "'Se busca', bilingual preferred"),
    N("donaciones.html", ["salón de tareas"], "donation", "es", [], "wish_list", "list inside a card"),
    N("donaciones.html", ["silla de ruedas", "andadera", "don ernesto"], "donation", "es", [], "story", "injured worker"),
    N("donaciones.html", ["refrigerador"], "donation", "es", [], "short_on", "'Nos hace falta'"),
    N("noticias.html", ["carpas"], "volunteer", "es", [], "newsletter_buried", "event volunteers in a post"),
    N("noticias.html", ["editar video"], "skilled", "es", [], "newsletter_buried", "tacked onto a thank-you post"),
    N("boletin.pdf", ["tamales"], "volunteer", "es", [], "pdf", "tamale-making helpers"),
    N("boletin.pdf", ["electricista"], "skilled", "es", [], "pdf"),
]

TRAPS = [
    T("index.html", "service", ["clínica legal"]),
    T("index.html", "hours", ["horario de oficina"]),
    T("index.html", "event", ["posada navideña"]),
    T("index.html", "general_appeal", ["donativo en línea"]),
    T("voluntarios.html", "filled", ["cuidado de niños"], "'Lleno'"),
    T("voluntarios.html", "filled", ["impuestos"], "'Cupo cubierto'"),
    T("voluntarios.html", "job", ["coordinador(a) de programas"], "paid"),
    T("donaciones.html", "filled", ["sillas plegables"], "<del>"),
    T("donaciones.html", "filled", ["cunas"], "'ya conseguimos'"),
    T("donaciones.html", "recap", ["150 juguetes"]),
    T("noticias.html", "blog", ["tres historias"]),
    T("noticias.html", "event", ["fiesta de independencia"]),
    T("noticias.html", "recap", ["día de la familia"]),
    T("boletin.pdf", "bio", ["lucía ramírez"]),
    T("boletin.pdf", "event", ["virgen de guadalupe"]),
    T("boletin.pdf", "recap", ["canastas"]),
    T("equipo/index.html", "robots", ["nuevo contador"]),
    T("equipo/index.html", "robots", ["proyector"]),
    T("equipo/index.html", "robots", ["inventario"]),
]
