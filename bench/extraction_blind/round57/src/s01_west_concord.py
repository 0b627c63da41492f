"""West Concord: Spanish-first Latino community center (Bootstrap). EN page, Spanish PDF flyer."""
from common import need, trap, robots

SLUG = "west-concord-centro-comunitario-latino"
ROBOTS = robots("/privado/")


def shell(title, body, lang="es", active=""):
    nav = [("/", "Inicio"), ("/voluntariado.html", "Voluntariado"), ("/donaciones.html", "Donaciones"),
           ("/english.html", "English"), ("/galeria/posada-2024.html", "Galería")]
    items = "\n".join(
        '    <li class="nav-item%s"><a class="nav-link" href="%s">%s</a></li>' % (
            " active" if h == active else "", h, t) for h, t in nav)
    return """<!DOCTYPE html>
<html lang="%s">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%s | Centro Comunitario Latino de West Concord</title>
<link rel="stylesheet" href="/css/bootstrap.min.css">
<link rel="stylesheet" href="/css/centro.css">
</head>
<body>
<nav class="navbar navbar-expand-lg navbar-light bg-light">
  <a class="navbar-brand" href="/"><img src="/img/logo-centro.png" alt="" width="32"> Centro Comunitario Latino</a>
  <button class="navbar-toggler" type="button" data-toggle="collapse" data-target="#menu"><span class="navbar-toggler-icon"></span></button>
  <div class="collapse navbar-collapse" id="menu">
   <ul class="navbar-nav mr-auto">
%s
   </ul>
  </div>
</nav>
<main class="container py-4">
%s
</main>
<footer class="bg-dark text-light py-3">
 <div class="container small">
  412 Main Street, West Concord, MN 55985 &middot; (507) 555-0131 &middot; hola@centrolatinowc.org<br>
  <a class="text-light" href="/privado/">Equipo (acceso interno)</a> &middot; &copy; 2025 Centro Comunitario Latino
 </div>
</footer>
<script src="/js/jquery.slim.min.js"></script>
<script src="/js/bootstrap.bundle.min.js"></script>
</body>
</html>
""" % (lang, title, items, body)


INDEX = shell("Inicio", """
<div class="jumbotron">
  <h1 class="display-5">¡Bienvenidos!</h1>
  <p class="lead">Somos un centro pequeño, manejado por vecinos, que acompaña a las familias latinas del condado de Dodge desde 2011.</p>
</div>
<div class="row">
  <div class="col-md-4">
    <h3>Horario</h3>
    <p>Lunes a jueves, 10:00 a.m. – 6:00 p.m.<br>Viernes, 10:00 a.m. – 2:00 p.m.<br>Sábados y domingos cerrado.</p>
  </div>
  <div class="col-md-4">
    <h3>Lo que ofrecemos</h3>
    <ul>
      <li>Clases de inglés gratuitas, martes y jueves por la noche</li>
      <li>Ayuda para llenar formularios de la escuela y del condado</li>
      <li>Despensa de alimentos el primer sábado de cada mes</li>
    </ul>
  </div>
  <div class="col-md-4">
    <h3>¿Cómo recibir la despensa?</h3>
    <p>La primera vez, traiga un comprobante de domicilio (un recibo de luz o una carta) y una identificación de cualquier país. No preguntamos por su estatus migratorio.</p>
  </div>
</div>
<div class="card my-3">
  <div class="card-body">
    <h4 class="card-title">Posada navideña</h4>
    <p class="card-text">Sábado 14 de diciembre, 5 p.m., en el salón parroquial. Piñatas, tamales y villancicos para toda la familia.</p>
  </div>
</div>
<div class="card my-3">
  <div class="card-body">
    <h4 class="card-title">Del blog: «¿Por qué servimos? Tres voluntarias nos cuentan»</h4>
    <p class="card-text">Rosa, Itzel y Margarita cuentan cómo empezaron a dar una tarde a la semana. <a href="#blog">Leer más</a></p>
  </div>
</div>
<div class="alert alert-warning">
  Su donativo mensual mantiene las luces encendidas y la despensa llena. <a href="https://www.example.org/centro-latino/donar">Hágase donante mensual</a>
</div>
<p>¿Quiere ayudar? Vea la página de <a href="/voluntariado.html">voluntariado</a> o la de <a href="/donaciones.html">donaciones</a>.</p>
""", active="/")

VOLUNTARIADO = shell("Voluntariado", """
<h1>Voluntariado</h1>
<p>Cada persona que regala un par de horas hace posible que el centro siga abierto. Estos son los puestos que queremos cubrir este otoño. Si le interesa alguno, escriba a Marisol Arce a voluntarios@centrolatinowc.org o pase por la oficina.</p>
<dl class="roles">
  <dt>Intérpretes para citas médicas</dt>
  <dd>Acompañar a familias a la clínica regional y traducir entre el paciente y el personal. Necesita hablar español e inglés con soltura. Dos o tres mañanas al mes.</dd>
  <dt>Choferes para el mandado del sábado</dt>
  <dd>Llevar a personas mayores que no tienen carro al supermercado y de regreso. Use su propio vehículo; le reembolsamos la gasolina.</dd>
  <dt>Apoyo con tareas escolares</dt>
  <dd>Niños de primaria y secundaria, lunes y miércoles de 4 a 6 p.m. Se necesita paciencia y buen nivel de matemáticas; no hace falta hablar español.</dd>
  <dt>Recepción los martes</dt>
  <dd><span class="badge badge-secondary">Cubierto</span> Doña Lupe tomó este turno hasta diciembre. ¡Gracias! Ya no buscamos a nadie.</dd>
  <dt>Cocina para la Kermés de Otoño</dt>
  <dd>Ya tenemos suficientes cocineras y cocineros. Si quiere ayudar, venga a disfrutar.</dd>
</dl>

<h2>Se busca: electricista voluntario</h2>
<p>El sótano donde guardamos la despensa tiene cables viejos y un enchufe que echa chispas. Buscamos un electricista con licencia que regale una tarde para revisarlo. Nosotros compramos los materiales.</p>

<h2>Kermés de Otoño</h2>
<p>Sábado 12 de octubre, de 11 a.m. a 4 p.m., en el estacionamiento de la iglesia San Isidro. Comida, música y juegos para niños. ¡Traiga a toda la familia!</p>

<h2>Empleo</h2>
<p>Buscamos Coordinador(a) de Programas Juveniles. Puesto pagado, 20 horas por semana, $19 por hora. Envíe su currículum antes del 30 de septiembre.</p>

<p>¿Quiere ayudar en la feria de salud de junio? Vea el <a href="/volantes/feria-de-salud.pdf">volante (PDF)</a>.</p>
""", active="/voluntariado.html")

DONACIONES = shell("Donaciones", """
<h1>Donaciones en especie</h1>
<p>Recibimos donaciones de lunes a jueves de 10 a 5 por la puerta lateral, la que da al callejón.</p>

<h2>Lista de deseos de la despensa</h2>
<ul>
  <li>Arroz (bolsas de 5 libras)</li>
  <li>Frijoles pintos o negros</li>
  <li>Aceite vegetal</li>
  <li>Harina de maíz para tortillas</li>
  <li>Pañales talla 4 y 5</li>
</ul>

<h2>Nos falta ropa de invierno para niños</h2>
<p>Este año llegaron muchas familias nuevas y los niños no tienen chamarras, botas ni guantes. Tallas 4 a 14. Solo ropa limpia y en buen estado, por favor.</p>

<h2>Una familia que necesita muebles</h2>
<p>La familia Ramírez —mamá, papá y tres niños— llegó en agosto después de perder su casa en una inundación. Ahora rentan un departamento, pero duermen en colchones en el piso y comen sentados en cajas. Si usted tiene dos camas individuales, una mesa con sillas o un sofá en buen estado, llámenos y coordinamos la entrega.</p>

<h2>Ya no se necesita</h2>
<ul>
  <li><s>Cobijas</s> — recibimos más de 80, ¡gracias!</li>
  <li><s>Juguetes navideños</s> — la campaña de juguetes ya terminó.</li>
</ul>

<h2>Gracias</h2>
<p>A todos los que participaron en la colecta de útiles escolares de agosto: juntamos 140 mochilas llenas para los niños de la escuela primaria.</p>

<div class="alert alert-info">¿Prefiere dar dinero? <a href="https://www.example.org/centro-latino/donar">Donar ahora</a></div>
""", active="/donaciones.html")

ENGLISH = shell("English", """
<h1>Volunteer with us (in English)</h1>
<p>Don't speak Spanish? There is still plenty to do.</p>

<h3>Conversation partners</h3>
<p>Meet one adult learner for an hour a week at the public library and just talk: about work, kids, the weather. Native or fluent English speakers; no teaching experience needed.</p>

<h3>Grant writer (remote)</h3>
<p>We miss out on state grants because nobody on staff has time to write them. If you have written grants before, we would love five to ten hours a month from you.</p>

<h3>Court interpreters &mdash; <em>filled for spring</em></h3>
<p>Thanks to three retired teachers, every court date through May is covered.</p>

<h3>Free tax help</h3>
<p>Families with an ITIN can get their taxes prepared for free on Saturdays in February and March.</p>

<h3>English classes</h3>
<p>To join an English class, come to registration night on the first Tuesday of the month with a photo ID. Classes are free.</p>
""", lang="en", active="/english.html")

PRIVADO = shell("Equipo", """
<h1>Pendientes del equipo &mdash; solo personal</h1>
<p class="text-muted">Esta página no es pública. Por favor no la comparta.</p>
<ul>
  <li>Necesitamos 4 voluntarios para el inventario anual de la despensa (15 de enero).</li>
  <li>Pedir a alguien que done una impresora láser para la oficina.</li>
  <li>Buscar traductor/a para el boletín de primavera.</li>
</ul>
""")

PAGES = {
    "index.html": INDEX,
    "voluntariado.html": VOLUNTARIADO,
    "donaciones.html": DONACIONES,
    "english.html": ENGLISH,
    "privado/index.html": PRIVADO,
}

PDFS = {
    "volantes/feria-de-salud.pdf": ("Feria de Salud Comunitaria 2025", [
        ("title", "Feria de Salud Comunitaria 2025"),
        ("p", "Centro Comunitario Latino de West Concord"),
        ("p", "Sábado 7 de junio, de 9:00 a.m. a 1:00 p.m., en el gimnasio de la escuela primaria."),
        ("h", "Servicios gratuitos para las familias"),
        ("p", "Vacunas contra la gripe, revisión de la vista para niños, medición de azúcar en la sangre "
              "y asesoría sobre seguros médicos."),
        ("p", "Para recibir la vacuna, traiga su tarjeta de seguro si la tiene. Si no tiene seguro, "
              "también lo atendemos."),
        ("h", "Necesitamos voluntarios"),
        ("p", "Voluntarios bilingües (español e inglés) para la mesa de bienvenida: recibir a las familias, "
              "ayudar a llenar el formulario de entrada y dirigirlas a cada estación. Turnos de 2 horas."),
        ("p", "Enfermeras o enfermeros con licencia para tomar la presión arterial en la estación 3."),
        ("p", "Los puestos de estacionamiento ya están cubiertos por los Caballeros de Colón. ¡Gracias!"),
        ("gap", ""),
        ("p", "Informes: Marisol Arce, (507) 555-0131, voluntarios@centrolatinowc.org"),
    ]),
}

NEEDS = [
    need("voluntariado.html", ["intérpretes para citas médicas", "intérpretes"], "skilled", "es", ["es", "en"],
         "definition_list"),
    need("voluntariado.html", ["choferes"], "volunteer", "es", [], "definition_list", "own car, gas reimbursed"),
    need("voluntariado.html", ["tareas escolares"], "skilled", "es", [], "definition_list",
         "tutoring; 'no hace falta hablar español'"),
    need("voluntariado.html", ["electricista"], "skilled", "es", [], "seeking", "'Se busca' heading"),
    need("donaciones.html", ["lista de deseos", "harina de maíz"], "donation", "es", [], "wish_list"),
    need("donaciones.html", ["ropa de invierno para niños"], "donation", "es", [], "short_on", "'Nos falta'"),
    need("donaciones.html", ["muebles", "camas individuales"], "donation", "es", [], "story", "Ramírez family"),
    need("english.html", ["conversation partners"], "volunteer", "en", ["en"], "heading_paragraph"),
    need("english.html", ["grant writer"], "skilled", "en", [], "heading_paragraph"),
    need("volantes/feria-de-salud.pdf", ["mesa de bienvenida", "voluntarios bilingües"], "volunteer", "es",
         ["es", "en"], "pdf"),
    need("volantes/feria-de-salud.pdf", ["tomar la presión", "enfermeras"], "skilled", "es", [], "pdf"),
]

TRAPS = [
    trap("index.html", "hours", ["horario"]),
    trap("index.html", "service", ["clases de inglés gratuitas"]),
    trap("index.html", "service", ["ayuda para llenar formularios"]),
    trap("index.html", "how_to_apply", ["comprobante de domicilio"]),
    trap("index.html", "event", ["posada navideña"]),
    trap("index.html", "blog", ["por qué servimos"]),
    trap("index.html", "general_appeal", ["donativo mensual", "donante mensual"]),
    trap("voluntariado.html", "filled", ["recepción los martes"], "'Cubierto' badge, 'Ya no buscamos a nadie'"),
    trap("voluntariado.html", "filled", ["cocina para la kermés"], "'Ya tenemos suficientes'"),
    trap("voluntariado.html", "event", ["kermés de otoño"]),
    trap("voluntariado.html", "job", ["programas juveniles"], "paid, starts with 'Buscamos'"),
    trap("donaciones.html", "hours", ["puerta lateral"], "drop-off times"),
    trap("donaciones.html", "filled", ["cobijas"], "struck through"),
    trap("donaciones.html", "filled", ["juguetes navideños"], "struck through, campaign over"),
    trap("donaciones.html", "recap", ["colecta de útiles escolares", "140 mochilas"]),
    trap("donaciones.html", "general_appeal", ["donar ahora"]),
    trap("english.html", "filled", ["court interpreters"]),
    trap("english.html", "service", ["free tax help"]),
    trap("english.html", "how_to_apply", ["registration night"]),
    trap("volantes/feria-de-salud.pdf", "event", ["feria de salud comunitaria"]),
    trap("volantes/feria-de-salud.pdf", "service", ["vacunas contra la gripe"]),
    trap("volantes/feria-de-salud.pdf", "how_to_apply", ["tarjeta de seguro"]),
    trap("volantes/feria-de-salud.pdf", "filled", ["estacionamiento"], "'ya están cubiertos'"),
    trap("privado/index.html", "robots", ["inventario anual"]),
    trap("privado/index.html", "robots", ["impresora láser"]),
    trap("privado/index.html", "robots", ["boletín de primavera"]),
]
