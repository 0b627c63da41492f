"""Red de Familias Latinas, St. Clair MN: Bootstrap 5, Spanish only. Accordion of roles with badges, donation
card grid with a family story, news page with a buried ask, Spanish PDF newsletter, robots /equipo/."""
from common import need, trap

SLUG = "st-clair-red-de-familias-latinas"

HEAD = """<!doctype html>
<html lang="es-MX">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{title} | Red de Familias Latinas de St. Clair</title>
  <link href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css" rel="stylesheet">
  <link href="/css/red.css" rel="stylesheet">
</head>
<body>
<nav class="navbar navbar-expand-lg navbar-dark bg-success">
  <div class="container">
    <a class="navbar-brand fw-bold" href="/index.html"><img src="/img/logo-red.png" alt="" width="32" height="32"> Red de Familias Latinas</a>
    <button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#nav" aria-controls="nav" aria-expanded="false" aria-label="Menú"><span class="navbar-toggler-icon"></span></button>
    <div class="collapse navbar-collapse" id="nav">
      <ul class="navbar-nav ms-auto">
        <li class="nav-item"><a class="nav-link" href="/index.html">Inicio</a></li>
        <li class="nav-item"><a class="nav-link" href="/voluntariado.html">Voluntariado</a></li>
        <li class="nav-item"><a class="nav-link" href="/donaciones.html">Donaciones</a></li>
        <li class="nav-item"><a class="nav-link" href="/noticias.html">Noticias</a></li>
      </ul>
    </div>
  </div>
</nav>
<main class="container my-4">
"""

FOOT = """
</main>
<footer class="bg-light border-top py-4 mt-5">
  <div class="container small text-muted d-flex justify-content-between flex-wrap">
    <span>Red de Familias Latinas &middot; 118 Main St, St. Clair, MN 56080 &middot; (507) 555-0133</span>
    <span><a href="/equipo/pendientes.html" class="text-muted">Acceso del equipo</a> &middot; <a href="https://facebook.com/redfamiliasstclair" class="text-muted">Facebook</a></span>
  </div>
</footer>
<script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js"></script>
</body>
</html>
"""


def page(title, body):
    return HEAD.format(title=title) + body + FOOT


INDEX = page("Inicio", """
<div class="p-5 mb-4 bg-body-tertiary rounded-3">
  <h1 class="display-5 fw-bold">Familias que se apoyan</h1>
  <p class="col-md-8 fs-5">Desde 2016 somos una red de vecinos latinos del sur de Minnesota: compartimos información, comida, transporte y mucha paciencia.</p>
  <a class="btn btn-warning btn-lg" href="https://www.paypal.com/donate/?hosted_button_id=REDSTCLAIR">Haz tu donativo</a>
</div>
<div class="row g-4">
  <div class="col-md-4"><div class="card h-100"><div class="card-body">
    <h5 class="card-title">Asesoría migratoria</h5>
    <p class="card-text">Asesoría migratoria gratuita con una abogada certificada, el primer sábado de cada mes. Cupo limitado.</p>
  </div></div></div>
  <div class="col-md-4"><div class="card h-100"><div class="card-body">
    <h5 class="card-title">Horario de oficina</h5>
    <p class="card-text">Lunes a jueves de 10 a.m. a 4 p.m. Los viernes solo con cita.</p>
  </div></div></div>
  <div class="col-md-4"><div class="card h-100"><div class="card-body">
    <h5 class="card-title">¿Quieres ayudar?</h5>
    <p class="card-text">Hay muchas maneras de echarnos la mano. <a href="/voluntariado.html">Mira cómo</a>.</p>
  </div></div></div>
</div>
<p class="mt-4"><a href="/galeria/posada-2024.html">Fotos de la posada 2024</a> &middot; <a href="/docs/boletin-primavera.pdf">Boletín de primavera (PDF)</a></p>
""")

VOLUNTARIADO = page("Voluntariado", """
<h1 class="mb-3">Voluntariado</h1>
<p class="lead">Haz clic en cada tarea para ver los detalles. Si algo te interesa, escríbele a Rocío por WhatsApp al (507) 555-0133.</p>
<div class="accordion" id="tareas">
  <div class="accordion-item">
    <h2 class="accordion-header"><button class="accordion-button" type="button" data-bs-toggle="collapse" data-bs-target="#t1" aria-expanded="true">Maestras y maestros de inglés para adultos <span class="badge text-bg-primary ms-2">Abierto</span></button></h2>
    <div id="t1" class="accordion-collapse collapse show" data-bs-parent="#tareas"><div class="accordion-body">
      Los miércoles de 6:30 a 8 de la noche en el salón parroquial. No hace falta título de maestro, pero sí paciencia y un inglés claro. Tenemos dos grupos y una sola maestra.
    </div></div>
  </div>
  <div class="accordion-item">
    <h2 class="accordion-header"><button class="accordion-button collapsed" type="button" data-bs-toggle="collapse" data-bs-target="#t2">Choferes para citas médicas <span class="badge text-bg-primary ms-2">Abierto</span></button></h2>
    <div id="t2" class="accordion-collapse collapse" data-bs-parent="#tareas"><div class="accordion-body">
      Muchas señoras no manejan y tienen citas en Mankato. Si tienes carro y licencia y puedes dar una mañana al mes, nosotros pagamos la gasolina.
    </div></div>
  </div>
  <div class="accordion-item">
    <h2 class="accordion-header"><button class="accordion-button collapsed" type="button" data-bs-toggle="collapse" data-bs-target="#t3">Cuidado de niños durante las clases <span class="badge text-bg-secondary ms-2">Completo</span></button></h2>
    <div id="t3" class="accordion-collapse collapse" data-bs-parent="#tareas"><div class="accordion-body">
      Ya tenemos suficientes voluntarios para este semestre. ¡Gracias!
    </div></div>
  </div>
  <div class="accordion-item">
    <h2 class="accordion-header"><button class="accordion-button collapsed" type="button" data-bs-toggle="collapse" data-bs-target="#t4">Intérprete para la clínica de los jueves <span class="badge text-bg-danger ms-2">Urgente</span></button></h2>
    <div id="t4" class="accordion-collapse collapse" data-bs-parent="#tareas"><div class="accordion-body">
      La clínica gratuita de St. Peter atiende a nuestras familias los jueves por la tarde y se quedó sin intérprete. Buscamos a alguien con experiencia en interpretación médica español&ndash;inglés.
    </div></div>
  </div>
  <div class="accordion-item">
    <h2 class="accordion-header"><button class="accordion-button collapsed" type="button" data-bs-toggle="collapse" data-bs-target="#t5">Coordinadora de programas (puesto pagado)</button></h2>
    <div id="t5" class="accordion-collapse collapse" data-bs-parent="#tareas"><div class="accordion-body">
      30 horas a la semana, $21 la hora, con beneficios. Envía tu currículum antes del 15 de marzo.
    </div></div>
  </div>
  <div class="accordion-item">
    <h2 class="accordion-header"><button class="accordion-button collapsed" type="button" data-bs-toggle="collapse" data-bs-target="#t6"><s>Reparto de despensas a domicilio</s></button></h2>
    <div id="t6" class="accordion-collapse collapse" data-bs-parent="#tareas"><div class="accordion-body">
      Este programa terminó en diciembre; ahora lo hace la despensa del condado.
    </div></div>
  </div>
</div>
""")

DONACIONES = page("Donaciones", """
<h1 class="mb-4">Donaciones en especie</h1>
<div class="row row-cols-1 row-cols-md-3 g-4">
  <div class="col"><div class="card h-100 border-success"><div class="card-header">Para el ropero de invierno</div><div class="card-body">
    <ul class="mb-0"><li>Chamarras de niño, tallas 6 a 12</li><li>Botas de nieve</li><li>Guantes y gorros</li></ul>
  </div></div></div>
  <div class="col"><div class="card h-100 border-warning"><div class="card-header">Se nos están acabando</div><div class="card-body">
    <p class="card-text">Los artículos de higiene: champú, pasta de dientes, desodorante y toallas femeninas. Las familias los piden cada semana.</p>
  </div></div></div>
  <div class="col"><div class="card h-100 text-muted"><div class="card-header">Sillas plegables <span class="badge text-bg-success">¡Ya llegaron!</span></div><div class="card-body">
    <p class="card-text">Gracias a la parroquia de San Pedro por las 40 sillas. Ya no necesitamos más.</p>
  </div></div></div>
</div>

<section class="mt-5">
  <h2 class="h4">Una familia que necesita una mano</h2>
  <p>La familia Ramírez llegó a St. Clair en enero. El papá se lastimó la espalda en la planta de procesamiento y lleva dos meses sin trabajar; la mamá limpia oficinas de noche. Rentaron una casita, pero está vacía. Necesitan muebles básicos: una cama para los dos niños, una mesa con sillas y ollas para cocinar. Si puede ayudar, llame a la oficina y nosotros coordinamos la entrega.</p>
</section>

<section class="mt-4 p-3 bg-light rounded">
  <p class="mb-1">¿Prefiere donar dinero? Use el botón de PayPal en la página de inicio.</p>
  <p class="mb-0 small">En la colecta de útiles de agosto juntamos 212 mochilas. ¡Gracias, St. Clair!</p>
</section>
""")

NOTICIAS = page("Noticias", """
<h1 class="mb-4">Noticias</h1>
<article class="mb-5">
  <h2 class="h4">Posada navideña el 14 de diciembre</h2>
  <p class="text-muted small">Publicado el 20 de noviembre</p>
  <p>Habrá piñatas, tamales y villancicos en el gimnasio de la escuela a partir de las 5. Traigan a toda la familia.</p>
</article>
<article class="mb-5">
  <h2 class="h4">Noticias del comité</h2>
  <p class="text-muted small">Publicado el 3 de febrero</p>
  <p>En la junta de enero se eligió a la nueva mesa directiva y se aprobó el calendario de clases de primavera. Queremos renovar la página de Facebook y hacer volantes más bonitos; si alguien sabe de diseño gráfico y puede regalarnos unas horas al mes, hable con Rocío. La próxima junta es el 7 de marzo.</p>
</article>
<article class="mb-5">
  <h2 class="h4">Cómo inscribirse a las clases de inglés</h2>
  <p>Venga a la oficina con una identificación con foto. Las clases son gratuitas y empiezan el 12 de marzo.</p>
</article>
<article class="mb-5">
  <h2 class="h4">Conozca a nuestra presidenta, Rocío Mendoza</h2>
  <p>Rocío llegó de Michoacán en 2004 y desde entonces no ha dejado de organizar a sus vecinas&hellip;</p>
</article>
""")

EQUIPO = page("Pendientes del equipo", """
<h1>Pendientes del equipo (privado)</h1>
<ol>
  <li>Necesitamos una tesorera nueva antes de junio.</li>
  <li>Pedir una camioneta prestada para la excursión de mayo.</li>
  <li>Buscar quien done una impresora láser para la oficina.</li>
</ol>
""")

PAGES = {
    "index.html": INDEX,
    "voluntariado.html": VOLUNTARIADO,
    "donaciones.html": DONACIONES,
    "noticias.html": NOTICIAS,
    "equipo/pendientes.html": EQUIPO,
}

ROBOTS = "User-agent: Googlebot\r\nDisallow: /img/\r\n\r\nUser-agent: *\r\nDisallow: /equipo/\r\n"

PDFS = {
    "docs/boletin-primavera.pdf": ("Boletín de primavera", [
        ("title", "Boletín de primavera - Red de Familias Latinas"),
        ("p", "St. Clair, Minnesota - marzo de 2025"),
        ("gap", ""),
        ("h", "El huerto comunitario crece"),
        ("p", "Este año la parroquia nos prestó el terreno detrás del salón para el huerto comunitario. Vamos a "
              "construir seis camas elevadas y nos hace falta material: tierra negra, composta y tablas de madera "
              "sin tratar de 2x10. Si alguien puede regalarnos algo de esto, avísenos y pasamos a recogerlo."),
        ("gap", ""),
        ("h", "Día del Niño"),
        ("p", "El 30 de abril celebramos el Día del Niño en el parque con juegos, paletas y brincolín."),
        ("gap", ""),
        ("h", "Clases de computación"),
        ("p", "Inscripciones abiertas para las clases de computación gratis para adultos, los sábados a las 10."),
    ]),
}

NEEDS = [
    need("voluntariado.html", ["inglés para adultos", "maestras y maestros"], "skilled", "es", ["en"], layout="accordion"),
    need("voluntariado.html", ["choferes"], "volunteer", "es", layout="accordion", note="'pagamos la gasolina' is not pay"),
    need("voluntariado.html", ["intérprete"], "skilled", "es", ["es", "en"], layout="accordion"),
    need("donaciones.html", ["ropero de invierno", "chamarras"], "donation", "es", layout="wish_list"),
    need("donaciones.html", ["artículos de higiene"], "donation", "es", layout="short_on", note="'se nos están acabando'"),
    need("donaciones.html", ["familia ramírez", "muebles"], "donation", "es", layout="story"),
    need("noticias.html", ["diseño gráfico"], "skilled", "es", layout="newsletter_buried"),
    need("docs/boletin-primavera.pdf", ["huerto comunitario", "camas elevadas", "tablas de madera"], "donation", "es", layout="pdf"),
]

TRAPS = [
    trap("index.html", "general_appeal", ["haz tu donativo"]),
    trap("index.html", "service", ["asesoría migratoria"]),
    trap("index.html", "hours", ["horario de oficina"]),
    trap("index.html", "general_appeal", ["quieres ayudar"], "pointer"),
    trap("voluntariado.html", "filled", ["cuidado de niños"], "Completo badge"),
    trap("voluntariado.html", "job", ["coordinadora de programas"]),
    trap("voluntariado.html", "filled", ["reparto de despensas"], "<s>, program ended"),
    trap("donaciones.html", "filled", ["sillas plegables"]),
    trap("donaciones.html", "general_appeal", ["donar dinero"]),
    trap("donaciones.html", "recap", ["colecta de útiles"]),
    trap("noticias.html", "event", ["posada navideña"]),
    trap("noticias.html", "how_to_apply", ["cómo inscribirse"]),
    trap("noticias.html", "bio", ["conozca a nuestra presidenta"]),
    trap("docs/boletin-primavera.pdf", "event", ["día del niño"]),
    trap("docs/boletin-primavera.pdf", "service", ["clases de computación"]),
    trap("equipo/pendientes.html", "robots", ["tesorera"]),
    trap("equipo/pendientes.html", "robots", ["camioneta prestada"]),
    trap("equipo/pendientes.html", "robots", ["impresora láser"]),
]
