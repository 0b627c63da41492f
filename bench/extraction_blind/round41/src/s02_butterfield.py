"""Site 2: a Spanish-language parish food pantry in Butterfield (es first, one en page, Spanish PDF bulletin,
robots /consejo/)."""
from common import N, T

SLUG = "butterfield-despensa-san-martin"
ROBOTS = "# robots.txt Despensa San Martin\nUser-agent: *\nDisallow: /consejo/\n"

HEAD = """<!DOCTYPE html>
<html lang="%s">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%s</title>
<link rel="stylesheet" href="https://cdn.example.net/bootstrap/5.3/bootstrap.min.css">
<link rel="stylesheet" href="/assets/despensa.css">
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());</script>
</head>
<body>
<nav class="navbar navbar-expand-lg bg-body-tertiary">
 <div class="container">
  <a class="navbar-brand" href="/index.html">Despensa San Mart&iacute;n</a>
  <ul class="navbar-nav">
   <li class="nav-item"><a class="nav-link" href="/index.html">Inicio</a></li>
   <li class="nav-item"><a class="nav-link" href="/voluntarios.html">Voluntarios</a></li>
   <li class="nav-item"><a class="nav-link" href="/donaciones.html">Donaciones</a></li>
   <li class="nav-item"><a class="nav-link" href="/boletin-octubre-2025.pdf">Bolet&iacute;n (PDF)</a></li>
   <li class="nav-item"><a class="nav-link" href="/en/index.html">English</a></li>
  </ul>
 </div>
</nav>
"""

FOOT = """
<footer class="container border-top mt-5 pt-3 small text-muted">
 <p>Parroquia San Mart&iacute;n de Porres &middot; 215 2nd St S, Butterfield, MN 56120 &middot; 507-555-0151</p>
 <p><a href="/consejo/actas.html">Consejo parroquial</a> &middot; <a href="/galeria/posada-2024.html">Fotos de la posada 2024</a></p>
</footer>
</body>
</html>
"""

PAGES = {}

PAGES["index.html"] = HEAD % ("es", "Despensa Comunitaria San Martín de Porres | Butterfield, MN") + """
<main class="container">
 <div class="p-4 mb-4 bg-light rounded-3">
  <h1>Despensa Comunitaria San Mart&iacute;n de Porres</h1>
  <p class="lead">Somos la despensa de alimentos de la parroquia. Servimos a todas las familias de Butterfield,
  Odin, St. James y Mountain Lake, sin importar su religi&oacute;n ni su estatus migratorio.</p>
 </div>
 <div class="row">
  <div class="col-md-6">
   <h2>Horario de la despensa</h2>
   <p>Martes de 4 a 7 pm y s&aacute;bados de 9 a 11 am, en el s&oacute;tano de la iglesia (entrada por la calle 2).</p>
   <h2>&iquest;C&oacute;mo recibir alimentos?</h2>
   <p>Traiga una identificaci&oacute;n de cualquier pa&iacute;s y un recibo con su direcci&oacute;n. No hace falta cita
   y no preguntamos por papeles. Puede venir una vez por semana.</p>
  </div>
  <div class="col-md-6">
   <h2>Misas</h2>
   <p>Misa en espa&ntilde;ol: domingos a las 12:30 pm. Misa en ingl&eacute;s: s&aacute;bados 5 pm y domingos 9 am.</p>
   <div class="card p-3">
    <h3>S&uacute;mese a nuestra misi&oacute;n</h3>
    <p>Hay muchas maneras de ayudar a sus vecinos. <a href="/voluntarios.html">Vea c&oacute;mo ayudar</a></p>
   </div>
  </div>
 </div>
</main>
""" + FOOT

PAGES["voluntarios.html"] = HEAD % ("es", "Voluntarios | Despensa San Martín") + """
<main class="container">
 <h1>Voluntarios</h1>
 <p>La despensa funciona 100% con voluntarios. Cada semana repartimos comida a m&aacute;s de 80 familias,
 y no podr&iacute;amos hacerlo sin ustedes.</p>

 <h2>Turnos de esta temporada (septiembre a diciembre)</h2>
 <table class="table table-bordered turnos">
  <thead><tr><th scope="col">Tarea</th><th scope="col">Martes</th><th scope="col">S&aacute;bado</th></tr></thead>
  <tbody>
   <tr><th scope="row">Descargar el cami&oacute;n de Second Harvest</th><td class="text-danger">faltan 2</td><td>cubierto &#10003;</td></tr>
   <tr><th scope="row">Surtir repisas</th><td>cubierto &#10003;</td><td>cubierto &#10003;</td></tr>
   <tr><th scope="row">Recepci&oacute;n y registro (hay que hablar espa&ntilde;ol e ingl&eacute;s)</th><td class="text-danger">falta 1</td><td class="text-danger">falta 1</td></tr>
   <tr><th scope="row">Cuidado de ni&ntilde;os en el sal&oacute;n</th><td>cubierto &#10003;</td><td>&mdash;</td></tr>
   <tr><th scope="row">Reparto a domicilio para personas mayores</th><td class="text-danger">faltan 3</td><td>&mdash;</td></tr>
  </tbody>
 </table>
 <p class="small">&laquo;cubierto&raquo; = ya hay suficientes personas. &laquo;faltan 2&raquo; = necesitamos 2 personas m&aacute;s.</p>

 <h2>Capacitaci&oacute;n de voluntarios</h2>
 <p>S&aacute;bado 6 de septiembre, 11:30 am, despu&eacute;s del reparto. Es para todos los voluntarios nuevos y antiguos.</p>

 <h2>Preguntas frecuentes</h2>
 <h3>&iquest;Necesito hablar ingl&eacute;s?</h3>
 <p>No. Casi todo se hace en espa&ntilde;ol.</p>
 <h3>&iquest;Pueden ayudar los j&oacute;venes?</h3>
 <p>S&iacute;, desde los 14 a&ntilde;os con permiso firmado de sus padres.</p>
 <h3>&iquest;Hay algo m&aacute;s en lo que pueda ayudar?</h3>
 <p>S&iacute;. Estamos buscando a alguien que sepa de refrigeraci&oacute;n para revisar el congelador grande, que hace
 mucho ruido y ya no enfr&iacute;a bien. Tambi&eacute;n nos hace falta una persona que sepa usar Excel para llevar las
 estad&iacute;sticas mensuales que nos pide el banco de alimentos; se puede hacer desde casa.</p>
 <h3>&iquest;C&oacute;mo me inscribo?</h3>
 <p>Llene la hoja que est&aacute; en la entrada de la despensa o llame a Rosa Delgado al 507-555-0153.</p>
</main>
""" + FOOT

PAGES["donaciones.html"] = HEAD % ("es", "Donaciones | Despensa San Martín") + """
<main class="container">
 <h1>Donaciones</h1>

 <section class="mb-4">
  <h2>Lo que m&aacute;s nos falta ahora</h2>
  <ul>
   <li>Aceite de cocina</li>
   <li>Arroz (bolsas de 10 libras)</li>
   <li>Frijoles en lata</li>
   <li>Pa&ntilde;ales etapa 4 y 5</li>
   <li>Leche en polvo para beb&eacute;</li>
  </ul>
 </section>

 <section class="mb-4">
  <h2>Canastas navide&ntilde;as</h2>
  <p>Este a&ntilde;o queremos entregar 150 canastas de Navidad. Buscamos familias, grupos o negocios que patrocinen una
  canasta completa (pavo o jam&oacute;n, masa, frutas y un juguete). An&oacute;tese con la secretar&iacute;a parroquial
  antes del 1 de diciembre.</p>
 </section>

 <section class="mb-4">
  <h2>Ropa</h2>
  <p><strong>Ya no recibimos ropa.</strong> Desde junio la ropa se lleva al ropero de la iglesia luterana de St. James.</p>
 </section>

 <section class="mb-4">
  <h2>Mochilas y &uacute;tiles escolares</h2>
  <p>La campa&ntilde;a de &uacute;tiles termin&oacute; el 30 de agosto. &iexcl;Gracias! Entregamos 212 mochilas llenas.</p>
 </section>

 <section class="mb-4">
  <h2>Donar dinero</h2>
  <p>Los cheques se hacen a nombre de &laquo;St. Martin de Porres Parish &ndash; Food Pantry&raquo;. Cada d&oacute;lar
  compra hasta 5 libras de comida en el banco de alimentos.</p>
 </section>

 <section class="mb-4">
  <h2>&iquest;D&oacute;nde dejo mi donaci&oacute;n?</h2>
  <p>En la puerta lateral de la iglesia, martes de 3 a 4 pm, o en la oficina parroquial de lunes a jueves.</p>
 </section>
</main>
""" + FOOT

PAGES["en/index.html"] = HEAD % ("en", "In English | St. Martin de Porres Community Pantry") + """
<main class="container">
 <h1>St. Mart&iacute;n de Porres Community Pantry &mdash; in English</h1>
 <p>Most of our site is in Spanish because most of our families and volunteers speak Spanish. English speakers are
 very welcome too! Here are two things where English speakers can help the most.</p>

 <h2>Grant-report writer</h2>
 <p>We are seeking a volunteer who writes well in English to help the pantry committee with two short grant reports
 a year (Southwest Initiative Foundation and Watonwan County). About ten hours a year; we give you the numbers.</p>

 <h2>A chest freezer</h2>
 <p>Our upright freezer is full every Tuesday. If your business or farm is replacing a chest freezer that still
 works, we would gladly take it. We can pick it up.</p>

 <h2>Thanksgiving turkey distribution</h2>
 <p>Registered families can pick up a turkey on Tuesday, November 25. Registration closes November 18.</p>

 <h2>Parish office</h2>
 <p>Monday to Thursday, 9 am to 3 pm. 507-555-0151.</p>

 <p class="small">The parish is also hiring a part-time Director of Religious Education (paid position).
 See the Diocese of Winona-Rochester job board.</p>
</main>
""" + FOOT

PAGES["consejo/actas.html"] = HEAD % ("es", "Actas del consejo parroquial") + """
<main class="container">
 <h1>Actas del consejo pastoral &mdash; reuni&oacute;n del 9 de septiembre</h1>
 <p>Presentes: P. Tom&aacute;s, Rosa D., Ernesto V., Luz M., Gary H.</p>
 <ol>
  <li>Se acord&oacute; buscar un contador voluntario para revisar las cuentas de la despensa antes de fin de a&ntilde;o.</li>
  <li>Hay que pintar el sal&oacute;n parroquial: buscar voluntarios para dos s&aacute;bados de octubre.</li>
  <li>Pedir a los Caballeros de Col&oacute;n una donaci&oacute;n de 10 mesas plegables.</li>
 </ol>
 <p>Pr&oacute;xima reuni&oacute;n: 14 de octubre.</p>
</main>
""" + FOOT

PDFS = {
    "boletin-octubre-2025.pdf": ("Boletín Parroquial - Octubre 2025", [
        ("title", "Boletín Parroquial - Octubre 2025"),
        ("p", "Parroquia San Martín de Porres, Butterfield - Comunidad Hispana"),
        ("h", "Horario de Misas"),
        ("p", "Domingo 12:30 pm en español. Sábado 5 pm y domingo 9 am en inglés. Confesiones: sábado 4 a 4:45 pm."),
        ("h", "Kermés de otoño - domingo 19 de octubre"),
        ("p", "Después de la misa de 12:30 habrá tamales, elotes, música y juegos para los niños. ¡Todos están "
              "invitados! Lo recaudado es para el techo de la iglesia."),
        ("h", "Noticias de la despensa"),
        ("p", "En septiembre atendimos a 340 familias. Gracias a todos los que ayudaron. Un favor: la panadería "
              "de Windom nos regala pan todos los viernes, pero ya nadie puede ir a recogerlo. Buscamos un "
              "voluntario con carro que pueda recoger el pan los viernes a las 7 de la mañana y traerlo a la "
              "despensa. Llamen a Rosa al 507-555-0153."),
        ("h", "Catequesis"),
        ("p", "Las clases de catecismo empiezan el domingo 5 de octubre a las 10:30 am. Todavía necesitamos dos "
              "catequistas para el grupo de primera comunión. Si tiene paciencia con los niños y quiere servir, "
              "hable con la hermana Lupe después de misa."),
        ("h", "Retiro de matrimonios"),
        ("p", "El retiro de matrimonios será el 8 y 9 de noviembre en Mankato. Inscripciones en la oficina."),
        ("h", "Intenciones de la semana"),
        ("p", "Por el eterno descanso de Don Aurelio Pérez. Por la salud de la familia Villanueva."),
    ]),
}

NEEDS = [
    N("voluntarios.html", ["descargar el camión"], "volunteer", "es", [], "shift_matrix", "faltan 2 on Tuesday"),
    N("voluntarios.html", ["recepción y registro"], "volunteer", "es", ["es", "en"], "shift_matrix",
      "falta 1 both days; must speak both"),
    N("voluntarios.html", ["reparto a domicilio"], "volunteer", "es", [], "shift_matrix", "faltan 3"),
    N("voluntarios.html", ["sepa de refrigeración", "congelador grande"], "skilled", "es", [], "faq_answer",
      "two needs in one FAQ answer"),
    N("voluntarios.html", ["excel", "estadísticas mensuales"], "skilled", "es", [], "faq_answer"),
    N("donaciones.html", ["lo que más nos falta", "aceite de cocina"], "donation", "es", [], "wish_list"),
    N("donaciones.html", ["canastas navideñas", "patrocinen una canasta"], "donation", "es", [], "heading_paragraph",
      "sponsor a Christmas basket"),
    N("en/index.html", ["grant-report writer"], "skilled", "en", ["en"], "heading_paragraph"),
    N("en/index.html", ["chest freezer"], "donation", "en", [], "heading_paragraph"),
    N("boletin-octubre-2025.pdf", ["recoger el pan"], "volunteer", "es", [], "pdf", "buried in pantry news"),
    N("boletin-octubre-2025.pdf", ["catequistas"], "skilled", "es", [], "pdf", "buried in catechesis notice"),
]

TRAPS = [
    T("index.html", "hours", ["horario de la despensa"]),
    T("index.html", "how_to_apply", ["cómo recibir alimentos"]),
    T("index.html", "hours", ["misa en español"]),
    T("index.html", "general_appeal", ["súmese a nuestra misión"]),
    T("voluntarios.html", "filled", ["surtir repisas"], "cubierto both days"),
    T("voluntarios.html", "filled", ["cuidado de niños"], "cubierto"),
    T("voluntarios.html", "event", ["capacitación de voluntarios"]),
    T("voluntarios.html", "how_to_apply", ["cómo me inscribo"]),
    T("donaciones.html", "filled", ["ya no recibimos ropa"]),
    T("donaciones.html", "recap", ["212 mochilas", "campaña de útiles"]),
    T("donaciones.html", "general_appeal", ["donar dinero"]),
    T("donaciones.html", "hours", ["dónde dejo mi donación"]),
    T("en/index.html", "event", ["thanksgiving turkey distribution"]),
    T("en/index.html", "hours", ["parish office"]),
    T("en/index.html", "job", ["director of religious education"]),
    T("consejo/actas.html", "robots", ["contador voluntario"]),
    T("consejo/actas.html", "robots", ["pintar el salón parroquial"]),
    T("consejo/actas.html", "robots", ["mesas plegables"]),
    T("boletin-octubre-2025.pdf", "hours", ["horario de misas"]),
    T("boletin-octubre-2025.pdf", "event", ["kermés de otoño"]),
    T("boletin-octubre-2025.pdf", "recap", ["340 familias"]),
    T("boletin-octubre-2025.pdf", "service", ["clases de catecismo"]),
    T("boletin-octubre-2025.pdf", "event", ["retiro de matrimonios"]),
]
