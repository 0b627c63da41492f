from common import N, T

SLUG = "annandale-comite-latino"


def page(title, body):
    return """<!doctype html>
<html lang="es">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>%s | Comité Latino de Annandale</title>
  <link href="/css/bootstrap.min.css" rel="stylesheet">
</head>
<body>
<nav class="navbar navbar-expand-lg bg-body-tertiary">
  <div class="container-fluid">
    <a class="navbar-brand" href="/">Comité Latino de Annandale</a>
    <ul class="navbar-nav">
      <li class="nav-item"><a class="nav-link" href="/ayuda.html">Cómo ayudar</a></li>
      <li class="nav-item"><a class="nav-link" href="/donaciones.html">Donaciones</a></li>
      <li class="nav-item"><a class="nav-link" href="/historias.html">Historias</a></li>
      <li class="nav-item"><a class="nav-link" href="/docs/volante-futbol.pdf">Volante de fútbol (PDF)</a></li>
    </ul>
  </div>
</nav>
<div class="container py-4">
%s
</div>
<footer class="container border-top py-3 small text-muted">
  Comité Latino de Annandale · 45 Oak Ave N, Annandale, MN 55302 · (320) 555-0142 ·
  <a href="mailto:comite@latinoannandale.org">comite@latinoannandale.org</a> ·
  <a href="/interno/junta.html">Área de la junta</a>
</footer>
</body>
</html>
""" % (title, body)


INDEX = page("Inicio", """
<div class="p-5 mb-4 bg-light rounded-3">
  <h1 class="display-5 fw-bold">Unidos somos más fuertes</h1>
  <p class="col-md-8 fs-5">Desde 2009 el Comité Latino acompaña a las familias hispanas de Annandale, Maple Lake y South Haven.</p>
</div>
<div class="row">
  <div class="col-md-4">
    <h2>Horario de oficina</h2>
    <p>Martes y jueves de 4:00 a 7:00 pm. Sábados con cita previa.</p>
  </div>
  <div class="col-md-4">
    <h2>Apoye nuestra misión</h2>
    <p>Con una donación mensual de $15 usted ayuda a que la oficina siga abierta. Cada dólar cuenta.</p>
  </div>
  <div class="col-md-4">
    <h2>Fiesta Patria</h2>
    <p>Celebramos la Independencia el domingo 14 de septiembre en el parque Pleasant Lake, de 1 a 6 pm, con música y antojitos.
    <a href="/galeria/fiesta-patria-2024.html">Ver fotos del año pasado</a></p>
  </div>
</div>
<h2 class="mt-4">Nuestra presidenta</h2>
<p>Rosa Villalobos llegó a Annandale en 1998 desde Michoacán. Trabajó veinte años en la planta de pavos y hoy dirige el comité con mucho cariño.</p>
<h2 class="mt-4">Empleo</h2>
<p><strong>Coordinador(a) de programas</strong>, medio tiempo, $21 por hora. Envíe su currículum antes del 30 de junio.</p>
""")

AYUDA = page("Cómo ayudar", """
<h1>¿Cómo puedo ayudar?</h1>
<p>Haga clic en cada tema para ver los detalles.</p>
<div class="accordion" id="temas">
  <details class="accordion-item">
    <summary class="accordion-button">Intérpretes para citas médicas</summary>
    <div class="accordion-body"><p>Las familias a veces llegan a la clínica de Buffalo sin nadie que traduzca. Necesitamos
    personas que hablen bien español e inglés para acompañarlas a sus citas, entre semana, unas dos horas cada vez.</p></div>
  </details>
  <details class="accordion-item">
    <summary class="accordion-button">Choferes voluntarios</summary>
    <div class="accordion-body"><p>Muchas mamás no tienen carro. Buscamos choferes con licencia y seguro que puedan
    llevarlas al WIC o al supermercado de Monticello una mañana por semana. Pagamos la gasolina.</p></div>
  </details>
  <details class="accordion-item">
    <summary class="accordion-button">Maestros de inglés para adultos</summary>
    <div class="accordion-body"><p>¡Ya tenemos suficientes maestros para este semestre! Gracias a todos los que se
    ofrecieron. Volveremos a invitar en enero.</p></div>
  </details>
  <details class="accordion-item">
    <summary class="accordion-button">Cuidado de niños durante las clases</summary>
    <div class="accordion-body"><p>Mientras las mamás estudian inglés los miércoles de 6 a 8, los niños se quedan en la
    sala de al lado. Nos hacen falta dos adultos más para cuidarlos, jugar y leer con ellos.</p></div>
  </details>
  <details class="accordion-item">
    <summary class="accordion-button">Preparación de impuestos</summary>
    <div class="accordion-body"><p>De febrero a abril ofrecemos preparación de impuestos gratuita a familias con
    ingresos bajos. Pida su cita en la oficina.</p></div>
  </details>
</div>
""")

DONACIONES = page("Donaciones", """
<h1>Donaciones en especie</h1>
<div class="row">
  <div class="col-md-6">
    <div class="card"><div class="card-body">
      <h2 class="card-title h4">Lista de deseos para el invierno</h2>
      <ul>
        <li>Chamarras para niños (tallas 4 a 14)</li>
        <li>Botas de nieve</li>
        <li>Guantes y gorros</li>
        <li>Cobijas gruesas</li>
      </ul>
    </div></div>
  </div>
  <div class="col-md-6">
    <div class="card"><div class="card-body">
      <h2 class="card-title h4">Pañales</h2>
      <p>Estamos cortos de pañales en tallas 4, 5 y 6. Se acaban cada semana. Si puede traer un paquete, se lo agradecemos mucho.</p>
    </div></div>
  </div>
</div>
<div class="alert alert-secondary mt-4"><strong>Ropa de verano:</strong> ya no la necesitamos. Nuestro cuarto está lleno, gracias.</div>
<h2 class="h4 mt-4">Navidad 2024</h2>
<p>En diciembre repartimos 85 canastas navideñas gracias a ustedes.</p>
""")

HISTORIAS = page("Historias", """
<h1>Historias de nuestra comunidad</h1>
<article class="mb-5">
  <h2>La familia Morales empieza de nuevo</h2>
  <p>Ernesto y Lupita Morales llegaron a Annandale en octubre con sus cuatro hijos. Ernesto consiguió trabajo en una
  lechería y rentaron una casita en la calle Elm, pero la casa estaba vacía. Hoy los niños duermen en colchones en el
  piso y comen sentados en cubetas. Si alguien tiene literas o camas individuales en buen estado, y una mesa con sillas,
  esta familia las recibiría con los brazos abiertos. Llame a la oficina para coordinar la entrega.</p>
</article>
<article class="mb-5">
  <h2>Para sus fiestas</h2>
  <p>Podemos prestarles mesas plegables y sillas para quinceañeras y bautizos. Solo avísenos con una semana de anticipación.</p>
</article>
<article>
  <h2>¿Necesita ayuda?</h2>
  <p>Si su familia necesita ayuda, llene el formulario de admisión en la oficina y una coordinadora le llamará en dos días.</p>
</article>
""")

JUNTA = page("Área de la junta", """
<h1>Notas de la junta (privado)</h1>
<ol>
  <li>Buscar un contador voluntario para revisar las cuentas de 2024.</li>
  <li>Pedir a la parroquia que nos done un refrigerador usado.</li>
  <li>Necesitamos tres voluntarios para pintar la oficina en agosto.</li>
</ol>
""")

PAGES = {
    "index.html": INDEX,
    "ayuda.html": AYUDA,
    "donaciones.html": DONACIONES,
    "historias.html": HISTORIAS,
    "interno/junta.html": JUNTA,
}

ROBOTS = "User-agent: *\nDisallow: /interno/\nDisallow: /css/\n"

PDFS = {
    "docs/volante-futbol.pdf": ("Liga infantil de futbol - Comite Latino de Annandale", [
        ("title", "LIGA INFANTIL DE FÚTBOL DEL COMITÉ LATINO"),
        ("p", "Annandale, MN - (320) 555-0142"),
        ("h", "Inscripciones"),
        ("p", "Las inscripciones son el sábado 12 de abril de 10 a 1 en el gimnasio de la escuela primaria. Cuesta $20 por "
              "niño; hay becas."),
        ("h", "Se buscan entrenadores voluntarios"),
        ("p", "Este año tenemos 9 equipos y solo 5 entrenadores. Buscamos papás, mamás o jóvenes mayores de 18 que quieran "
              "ser entrenadores voluntarios los martes y jueves de 6 a 7:30 pm, de mayo a julio. No hace falta ser experto; "
              "le damos un curso corto."),
        ("h", "Uniformes"),
        ("p", "Cada jugador recibe una camiseta. Los padres compran los zapatos y las espinilleras."),
    ]),
}

NEEDS = [
    N("ayuda.html", ["intérpretes para citas médicas"], "skilled", "es", ["es", "en"], layout="accordion"),
    N("ayuda.html", ["choferes voluntarios"], "volunteer", "es", layout="accordion", note="'pagamos la gasolina' does not make it paid"),
    N("ayuda.html", ["cuidado de niños"], "volunteer", "es", layout="accordion"),
    N("donaciones.html", ["lista de deseos", "chamarras para niños"], "donation", "es", layout="wish_list", note="one need for 4 items"),
    N("donaciones.html", ["pañales"], "donation", "es", layout="short_on", note="'estamos cortos de'"),
    N("historias.html", ["literas", "camas individuales"], "donation", "es", layout="story", note="family story: beds, table and chairs"),
    N("docs/volante-futbol.pdf", ["entrenadores voluntarios"], "volunteer", "es", layout="pdf"),
]

TRAPS = [
    T("index.html", "hours", ["horario de oficina"]),
    T("index.html", "general_appeal", ["apoye nuestra misión"]),
    T("index.html", "event", ["fiesta patria"]),
    T("index.html", "bio", ["nuestra presidenta"]),
    T("index.html", "job", ["coordinador(a) de programas"], "paid $21/h"),
    T("ayuda.html", "filled", ["maestros de inglés"], "ya tenemos suficientes"),
    T("ayuda.html", "service", ["preparación de impuestos"]),
    T("donaciones.html", "filled", ["ropa de verano"], "ya no la necesitamos"),
    T("donaciones.html", "recap", ["canastas navideñas"]),
    T("historias.html", "offer", ["mesas plegables"]),
    T("historias.html", "how_to_apply", ["formulario de admisión"]),
    T("interno/junta.html", "robots", ["contador voluntario"]),
    T("interno/junta.html", "robots", ["refrigerador usado"]),
    T("interno/junta.html", "robots", ["pintar la oficina"]),
    T("docs/volante-futbol.pdf", "event", ["inscripciones"]),
    T("docs/volante-futbol.pdf", "service", ["cada jugador recibe una camiseta"]),
]
