from common import N, T

SLUG = "goodhue-manos-unidas"

NAV = """<nav class="navbar navbar-expand-lg navbar-dark bg-success">
 <div class="container">
  <a class="navbar-brand" href="/index.html">Manos Unidas Goodhue</a>
  <button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#menu"><span class="navbar-toggler-icon"></span></button>
  <div class="collapse navbar-collapse" id="menu">
   <ul class="navbar-nav ms-auto">
    <li class="nav-item"><a class="nav-link" href="/index.html">Inicio</a></li>
    <li class="nav-item"><a class="nav-link" href="/voluntarios.html">Voluntarios</a></li>
    <li class="nav-item"><a class="nav-link" href="/necesidades.html">Necesidades</a></li>
    <li class="nav-item"><a class="nav-link" href="/preguntas.html">Preguntas</a></li>
    <li class="nav-item"><a class="btn btn-warning" href="https://www.paypal.com/donate/?hosted_button_id=MANOSGH1">Donar</a></li>
   </ul>
  </div>
 </div>
</nav>"""

FOOT = """<footer class="bg-dark text-white py-4 mt-5"><div class="container">
 <p>Manos Unidas Goodhue &middot; 405 3rd Ave, Goodhue, MN 55027 &middot; (651) 555-0158</p>
 <p><a class="text-white" href="/boletin/boletin-primavera.pdf">Bolet&iacute;n de primavera (PDF)</a> &middot;
 <a class="text-white" href="/fotos/posada-2024.html">Fotos de la posada</a> &middot;
 <a class="text-white" href="/junta/actas.html">Junta directiva</a></p>
</div></footer>"""


def page(title, body):
    return """<!doctype html>
<html lang="es">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%s &middot; Manos Unidas</title>
<link href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css" rel="stylesheet">
</head>
<body>
%s
<div class="container my-4">
%s
</div>
%s
<script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js"></script>
</body>
</html>
""" % (title, NAV, body, FOOT)


INDEX = page("Inicio", """
<div class="p-5 mb-4 bg-light rounded-3">
 <h1 class="display-5 fw-bold">Manos Unidas Goodhue</h1>
 <p class="col-md-8 fs-5">Un centro comunitario para las familias latinas que trabajan en las granjas lecheras y en los
 viveros del condado de Goodhue.</p>
 <a class="btn btn-success btn-lg" href="https://www.paypal.com/donate/?hosted_button_id=MANOSGH1">Haz tu donativo</a>
</div>
<div class="row">
 <div class="col-md-4">
  <h2>Horario de oficina</h2>
  <p>Lunes a viernes de 1:00 a 7:00 p.m. Sábados de 9:00 a 12:00.</p>
 </div>
 <div class="col-md-4">
  <h2>Nuestros servicios</h2>
  <p>Ayuda con trámites de la escuela, citas médicas, licencias de manejo y llenado de formularios del condado.</p>
 </div>
 <div class="col-md-4">
  <h2>Posada navideña</h2>
  <p>Sábado 13 de diciembre, 6:00 p.m., en el salón de la iglesia St. Luke: piñatas, tamales y ponche.</p>
 </div>
</div>
<hr>
<h2 class="h4">Del blog</h2>
<div class="card mb-3"><div class="card-body">
 <h3 class="card-title h5">Diez años de Manos Unidas: cómo empezó todo en una cocina</h3>
 <p class="card-text">Doña Rosa recuerda las primeras reuniones&hellip;</p>
 <a href="/preguntas.html" class="card-link">Leer más</a>
</div></div>
""")

VOLUNTARIOS = page("Voluntarios", """
<h1>Voluntariado</h1>
<p class="lead">Estos son los puestos que tenemos ahora. Si te interesa uno, habla con Gabriela.</p>
<div class="row row-cols-1 row-cols-md-3 g-4">
 <div class="col"><div class="card h-100"><div class="card-body">
  <h5 class="card-title">Maestra de costura</h5>
  <p class="card-text">Un grupo de señoras quiere aprender a coser y arreglar ropa. Buscamos a alguien que sepa usar
  máquina de coser para enseñar los jueves por la tarde.</p>
 </div></div></div>
 <div class="col"><div class="card h-100"><div class="card-body">
  <div class="card-title fw-bold">Ayudantes de cocina para la posada</div>
  <p class="card-text">Preparar tamales el viernes 12 de diciembre y servir la cena el sábado. Se necesitan 8 personas.</p>
 </div></div></div>
 <div class="col"><div class="card h-100"><div class="card-body">
  <p class="card-title"><strong>Abogado o paralegal voluntario</strong></p>
  <p class="card-text">Para nuestra clínica mensual de inmigración: revisar documentos y orientar a las familias. Se
  requiere experiencia en derecho migratorio.</p>
 </div></div></div>
 <div class="col"><div class="card h-100 border-secondary"><div class="card-body text-muted">
  <span class="badge bg-secondary">Completo</span>
  <h5 class="card-title">Chofer para citas médicas</h5>
  <p class="card-text">Ya no hace falta: tres voluntarios se turnan cada semana. ¡Gracias!</p>
 </div></div></div>
 <div class="col"><div class="card h-100 border-primary"><div class="card-body">
  <span class="badge bg-primary">Puesto pagado</span>
  <h5 class="card-title">Coordinadora de programas juveniles</h5>
  <p class="card-text">Medio tiempo, $20 la hora. Bilingüe. Enviar currículum antes del 15 de enero.</p>
 </div></div></div>
</div>
""")

NECESIDADES = page("Necesidades", """
<h1>Lo que necesitamos</h1>
<div class="row">
 <div class="col-md-6">
  <h2 class="h4">Lista de deseos para el salón de tareas</h2>
  <ul class="list-group">
   <li class="list-group-item">Diccionarios inglés-español</li>
   <li class="list-group-item">Lápices de colores y cuadernos</li>
   <li class="list-group-item">Una impresora que funcione</li>
   <li class="list-group-item">Audífonos para las computadoras</li>
  </ul>
 </div>
 <div class="col-md-6">
  <h2 class="h4">Nos está faltando leche en polvo</h2>
  <p>La despensa de bebés se quedó casi sin leche en polvo para bebé (fórmula). Si puede, traiga latas cerradas de
  cualquier marca.</p>
  <h2 class="h4">Cobijas</h2>
  <p class="text-muted">Ya contamos con suficientes cobijas; por favor no traigan más hasta el próximo invierno.</p>
 </div>
</div>
<h2 class="h4 mt-4">La familia Hernández</h2>
<p>Don Arturo trabajó once años en una granja lechera cerca de Bellechester hasta que se lastimó la espalda en octubre.
Ahora no puede trabajar y su esposa, Lucía, cuida a sus tres hijos. Llevan dos meses atrasados con la renta y el
carro necesita llantas para el invierno. Cualquier ayuda con la renta, despensa o llantas usadas en buen estado les
vendría muy bien.</p>
<h2 class="h4 mt-4">Gracias por la colecta de útiles</h2>
<p>En agosto juntamos 160 mochilas llenas para los niños de Goodhue y Zumbrota.</p>
""")

PREGUNTAS = page("Preguntas frecuentes", """
<h1>Preguntas frecuentes</h1>
<div class="accordion" id="faq">
 <div class="accordion-item">
  <h2 class="accordion-header"><button class="accordion-button" type="button" data-bs-toggle="collapse" data-bs-target="#q1">¿Necesitan voluntarios que hablen inglés?</button></h2>
  <div id="q1" class="accordion-collapse collapse show"><div class="accordion-body">
   Sí. Buscamos tutores de inglés para adultos los martes de 6:30 a 8:00 p.m. No hace falta hablar español; lo importante
   es tener paciencia y hablar inglés con fluidez.
  </div></div>
 </div>
 <div class="accordion-item">
  <h2 class="accordion-header"><button class="accordion-button collapsed" type="button" data-bs-toggle="collapse" data-bs-target="#q2">¿Cómo me inscribo en las clases de inglés?</button></h2>
  <div id="q2" class="accordion-collapse collapse"><div class="accordion-body">
   Venga a la oficina en horario de atención con una identificación. Las clases empiezan en enero y en septiembre.
  </div></div>
 </div>
 <div class="accordion-item">
  <h2 class="accordion-header"><button class="accordion-button collapsed" type="button" data-bs-toggle="collapse" data-bs-target="#q3">¿Reciben ropa usada?</button></h2>
  <div id="q3" class="accordion-collapse collapse"><div class="accordion-body">
   Por ahora no: el ropero comunitario está lleno. Vuelva a preguntar en marzo.
  </div></div>
 </div>
 <div class="accordion-item">
  <h2 class="accordion-header"><button class="accordion-button collapsed" type="button" data-bs-toggle="collapse" data-bs-target="#q4">¿Tienen clínica de salud?</button></h2>
  <div id="q4" class="accordion-collapse collapse"><div class="accordion-body">
   Una vez al mes una enfermera de Red Wing toma la presión y hace pruebas de azúcar gratis en nuestra oficina.
  </div></div>
 </div>
 <div class="accordion-item">
  <h2 class="accordion-header"><button class="accordion-button collapsed" type="button" data-bs-toggle="collapse" data-bs-target="#q5">¿Cómo empezó Manos Unidas?</button></h2>
  <div id="q5" class="accordion-collapse collapse"><div class="accordion-body">
   En 2015, cinco familias se reunían en la cocina de doña Rosa para ayudarse con papeles y cuidado de niños.
  </div></div>
 </div>
</div>
""")

JUNTA = page("Junta directiva", """
<h1>Actas de la junta (uso interno)</h1>
<ul>
 <li>Buscar un contador voluntario para la auditoría.</li>
 <li>Pedir una camioneta donada para el programa juvenil.</li>
 <li>Invitar a dos personas nuevas a la junta.</li>
</ul>
""")

PAGES = {"index.html": INDEX, "voluntarios.html": VOLUNTARIOS, "necesidades.html": NECESIDADES,
         "preguntas.html": PREGUNTAS, "junta/actas.html": JUNTA}

ROBOTS = """User-agent: *
Disallow: /junta/
"""

PDFS = {
    "boletin/boletin-primavera.pdf": ("Boletín de primavera - Manos Unidas Goodhue", [
        ("title", "MANOS UNIDAS GOODHUE - BOLETÍN DE PRIMAVERA"),
        ("p", "405 3rd Ave, Goodhue, MN 55027 - (651) 555-0158"),
        ("h", "Noticias"),
        ("p", "Este invierno 42 adultos terminaron el curso de inglés y seis familias sacaron su licencia de "
              "manejo. Con la llegada de la primavera queremos renovar el salón comunitario: buscamos voluntarios "
              "para pintar el salón el sábado 14 de junio, de 8:00 a 2:00. Nosotros ponemos la pintura, los "
              "rodillos y la comida. También estrenamos horario los sábados."),
        ("h", "Día del Niño"),
        ("p", "Celebración el 30 de abril en el parque de Goodhue, con juegos y paletas."),
        ("h", "Cómo inscribirse"),
        ("p", "Llame a Gabriela al (651) 555-0158 o mande un mensaje de WhatsApp con su nombre."),
    ]),
}

NEEDS = [
    N("voluntarios.html", ["maestra de costura"], "skilled", "es", layout="role_cards"),
    N("voluntarios.html", ["ayudantes de cocina"], "volunteer", "es", layout="role_cards", note="title in a div"),
    N("voluntarios.html", ["abogado o paralegal"], "skilled", "es", layout="role_cards", note="title in p>strong"),
    N("necesidades.html", ["lista de deseos", "diccionarios"], "donation", "es", layout="wish_list"),
    N("necesidades.html", ["leche en polvo"], "donation", "es", layout="short_on", note="'nos está faltando'"),
    N("necesidades.html", ["familia hernández"], "donation", "es", layout="story",
      note="rent, groceries, winter tires"),
    N("preguntas.html", ["tutores de inglés"], "skilled", "es", ["en"], layout="faq_answer"),
    N("boletin/boletin-primavera.pdf", ["pintar el salón"], "volunteer", "es", layout="pdf",
      note="buried in the news paragraph"),
]

TRAPS = [
    T("index.html", "hours", ["horario de oficina"]),
    T("index.html", "service", ["nuestros servicios"]),
    T("index.html", "event", ["posada navideña"]),
    T("index.html", "blog", ["diez años de manos unidas"]),
    T("index.html", "general_appeal", ["haz tu donativo"]),
    T("voluntarios.html", "filled", ["chofer para citas médicas"], "Completo + 'ya no hace falta'"),
    T("voluntarios.html", "job", ["coordinadora de programas juveniles"]),
    T("necesidades.html", "filled", ["cobijas"], "'ya contamos con suficientes'"),
    T("necesidades.html", "recap", ["160 mochilas"]),
    T("preguntas.html", "how_to_apply", ["cómo me inscribo"]),
    T("preguntas.html", "filled", ["ropa usada"], "'por ahora no: el ropero está lleno'"),
    T("preguntas.html", "service", ["clínica de salud"]),
    T("preguntas.html", "bio", ["cómo empezó manos unidas"]),
    T("boletin/boletin-primavera.pdf", "recap", ["42 adultos"]),
    T("boletin/boletin-primavera.pdf", "event", ["día del niño"]),
    T("boletin/boletin-primavera.pdf", "how_to_apply", ["cómo inscribirse"]),
    T("junta/actas.html", "robots", ["contador voluntario"]),
    T("junta/actas.html", "robots", ["camioneta donada"]),
    T("junta/actas.html", "robots", ["personas nuevas"]),
]
