"""Site 3: Despensa Comunitaria El Sembrador, Morton (Renville County). Spanish first, one English page.
Layouts: sign-up roster with names in slot cells, <details> accordion, two wish lists with a struck
item, turkey progress bar, English heading+paragraph page, robots-disallowed board notes,
Spanish PDF newsletter with a buried need."""
from common import N, T

SLUG = "morton-despensa-el-sembrador"
TOWN = "morton"

TOP = """<!doctype html>
<html lang="%s">
<head>
<meta charset="utf-8">
<title>%s</title>
<link href="https://cdn.example.net/bootstrap/5.3/bootstrap.min.css" rel="stylesheet">
</head>
<body>
<nav class="navbar navbar-expand-lg bg-success navbar-dark">
  <div class="container">
    <a class="navbar-brand" href="/">El Sembrador</a>
    <ul class="navbar-nav">
      <li class="nav-item"><a class="nav-link" href="/">Inicio</a></li>
      <li class="nav-item"><a class="nav-link" href="/voluntarios.html">Voluntarios</a></li>
      <li class="nav-item"><a class="nav-link" href="/donaciones.html">Donaciones</a></li>
      <li class="nav-item"><a class="nav-link" href="/en/help.html">English</a></li>
      <li class="nav-item"><a class="nav-link" href="/boletin-otono-2025.pdf">Bolet&iacute;n</a></li>
    </ul>
  </div>
</nav>
<div class="container py-4">
"""

BOTTOM = """</div>
<footer class="bg-light py-3 mt-4"><div class="container small">
  Despensa Comunitaria El Sembrador &middot; 201 2nd Ave, Morton, MN 56270 &middot; (507) 555-0136 &middot;
  <a href="/fotos/posada-2024.html">Fotos de la posada</a> &middot; <a href="/junta/notas.html">Junta directiva</a>
</div></footer>
</body>
</html>
"""

PAGES = {}

PAGES["index.html"] = TOP % ("es", "Despensa Comunitaria El Sembrador &ndash; Morton, MN") + """
<div class="p-4 mb-4 bg-light rounded-3">
  <h1 class="display-6">Despensa Comunitaria El Sembrador</h1>
  <p class="lead">Comida para todas las familias de Morton, Franklin y Fairfax. Sin preguntas sobre estatus migratorio.</p>
  <a class="btn btn-warning" href="/donaciones.html">Dona hoy</a>
</div>
<div class="row">
  <div class="col-md-4">
    <h2 class="h4">Horario de distribuci&oacute;n</h2>
    <p>Martes de 3:00 a 6:00 pm<br>S&aacute;bados de 9:00 a 11:00 am</p>
  </div>
  <div class="col-md-4">
    <h2 class="h4">&iquest;C&oacute;mo recibir comida?</h2>
    <p>Traiga una identificaci&oacute;n con foto y algo con su direcci&oacute;n (un recibo de luz, por ejemplo).
    La primera vez llenamos una hoja corta con usted. Puede venir una vez por semana.</p>
  </div>
  <div class="col-md-4">
    <h2 class="h4">Entregas a domicilio</h2>
    <p>Para personas mayores o con discapacidad que no pueden venir, llevamos una caja cada dos semanas.
    Llame a la oficina para apuntarse.</p>
  </div>
</div>
<p class="text-muted">Cada d&oacute;lar que dona se convierte en tres comidas.</p>
""" + BOTTOM

PAGES["voluntarios.html"] = TOP % ("es", "Voluntarios &ndash; El Sembrador") + """
<h1>Voluntarios</h1>
<p>Escriba su nombre en un espacio libre de la hoja en la entrada, o llame a Do&ntilde;a Lupita al (507) 555-0136.
Los espacios con l&iacute;nea est&aacute;n libres.</p>
<table class="table table-bordered roster">
<thead><tr><th>Turno</th><th>D&iacute;a y hora</th><th>Espacio 1</th><th>Espacio 2</th><th>Espacio 3</th><th>Espacio 4</th></tr></thead>
<tbody>
<tr><td>Descargar el cami&oacute;n de Second Harvest</td><td>Lunes 8:00 am</td><td>Juan P.</td><td>Rosa M.</td><td>________</td><td>________</td></tr>
<tr><td>Empacar cajas de despensa</td><td>Jueves 5&ndash;7 pm</td><td>Carmen</td><td>Luis</td><td>Maribel</td><td>Ana R. &#10003; lleno</td></tr>
<tr><td>Registro de familias (biling&uuml;e espa&ntilde;ol&ndash;ingl&eacute;s)</td><td>Martes 2:30&ndash;6 pm</td><td>Tom&aacute;s</td><td>________</td><td>&mdash;</td><td>&mdash;</td></tr>
<tr><td>Limpieza del almac&eacute;n</td><td>S&aacute;bado 11 am</td><td colspan="4"><em>Cubierto por el grupo juvenil de San Andr&eacute;s hasta junio</em></td></tr>
</tbody>
</table>

<h2 class="h4 mt-4">Otras formas de ayudar</h2>
<details>
  <summary>Chofer para entregas a domicilio</summary>
  <p>Necesitamos dos choferes con carro propio para llevar cajas a personas mayores en Franklin y Fairfax los
  mi&eacute;rcoles por la ma&ntilde;ana. Pagamos la gasolina.</p>
</details>
<details>
  <summary>Ayuda con Facebook y redes sociales</summary>
  <p>&iquest;Sabe tomar buenas fotos y escribir publicaciones? Buscamos a alguien que maneje nuestra p&aacute;gina de
  Facebook unas dos horas por semana, en espa&ntilde;ol y en ingl&eacute;s.</p>
</details>
<details>
  <summary>Traductores para la Feria de Salud</summary>
  <p>Ya conseguimos a las cuatro personas que necesit&aacute;bamos. &iexcl;Mil gracias!</p>
</details>
<details>
  <summary>Horas de servicio comunitario</summary>
  <p>Aceptamos estudiantes que necesitan horas para la escuela o para la corte. Hable primero con Lupita y
  traiga la hoja que le dieron para firmar.</p>
</details>
""" + BOTTOM

PAGES["donaciones.html"] = TOP % ("es", "Donaciones &ndash; El Sembrador") + """
<h1>Donaciones</h1>
<div class="row">
<div class="col-md-8">
  <h2 class="h4">Lo que m&aacute;s nos falta esta semana</h2>
  <ul>
    <li>Aceite vegetal</li>
    <li>Arroz (bolsas de 5 libras)</li>
    <li>Frijoles pintos</li>
    <li>Harina de ma&iacute;z (Maseca)</li>
    <li>Leche en polvo</li>
  </ul>

  <h2 class="h4">Art&iacute;culos de higiene personal</h2>
  <ul>
    <li>Jab&oacute;n de ba&ntilde;o</li>
    <li>Champ&uacute;</li>
    <li>Toallas femeninas</li>
    <li><s>Pa&ntilde;ales talla 4</s> (ya recibimos suficientes)</li>
    <li>Pasta de dientes</li>
  </ul>

  <h2 class="h4">Pavos para el D&iacute;a de Acci&oacute;n de Gracias</h2>
  <div class="progress" role="progressbar" aria-valuenow="112" aria-valuemax="150"><div class="progress-bar" style="width:75%"></div></div>
  <p>Llevamos 112 de 150 pavos. &iexcl;Faltan 38! Pavos congelados, de 10 a 16 libras.</p>

  <h2 class="h4">Ropa</h2>
  <p>Por ahora no estamos recibiendo ropa usada. La tienda de segunda mano de la iglesia luterana s&iacute; la recibe.</p>

  <h2 class="h4">D&oacute;nde y cu&aacute;ndo dejar donaciones</h2>
  <p>De lunes a jueves, de 9 am a 3 pm, por la puerta de atr&aacute;s (la que da al estacionamiento).</p>
</div>
<div class="col-md-4">
  <div class="card"><div class="card-body">
    <h3 class="h5">Donaciones en l&iacute;nea</h3>
    <p>&iquest;Prefiere dar dinero? Use PayPal o env&iacute;e un cheque. Cada d&oacute;lar cuenta.</p>
  </div></div>
</div>
</div>
""" + BOTTOM

PAGES["en/help.html"] = TOP % ("en", "Ways to Help &ndash; El Sembrador Food Shelf") + """
<h1>Ways to Help El Sembrador</h1>
<p>Most of our volunteers speak Spanish, but English speakers are always welcome. Want a regular weekly shift?
Our shift sign-up sheet is on the <a href="/voluntarios.html">Voluntarios</a> page.</p>

<h2 class="h4">Lend us a pickup truck</h2>
<p>Our van died in August. On the first Saturday of each month we pick up about 40 cases of produce from the
Redwood Falls growers' co-op. If you can lend a pickup truck (with or without you driving it) for three hours,
please call Lupita.</p>

<h2 class="h4">Seeking: a volunteer dietitian</h2>
<p>Many of our families are newly diagnosed with diabetes. We are seeking a registered dietitian or nutrition
student who can write simple recipe cards in Spanish using what is actually on our shelves.</p>

<h2 class="h4">Warehouse Coordinator (part-time, paid)</h2>
<p>$18 an hour, 24 hours a week. Forklift experience a plus. Bilingual preferred. Apply by December 1.</p>

<h2 class="h4">Empty Bowls Supper &mdash; March 7</h2>
<p>Soup, bread and handmade bowls at the Morton community hall. Tickets $25.</p>

<h2 class="h4">2024 in numbers</h2>
<p>We served 1,180 households and gave out 212,000 pounds of food thanks to 96 volunteers.</p>
""" + BOTTOM

PAGES["junta/notas.html"] = TOP % ("es", "Notas de la junta &ndash; uso interno") + """
<h1>Notas de la junta (uso interno)</h1>
<ul>
  <li>Buscar tesorero nuevo antes de enero.</li>
  <li>Necesitamos un congelador vertical para la carne.</li>
  <li>Pedir un voluntario para la auditor&iacute;a anual.</li>
</ul>
""" + BOTTOM

ROBOTS = """User-agent: *
Disallow: /junta/
"""

PDFS = {
    "boletin-otono-2025.pdf": ("Boletin de Otono 2025 - El Sembrador", [
        ("title", "BOLETÍN DE OTOÑO 2025"),
        ("p", "Despensa Comunitaria El Sembrador - Morton, Minnesota"),
        ("h", "Gracias a ustedes"),
        ("p", "En septiembre repartimos 18,400 libras de comida a 310 familias. ¡Nunca habíamos llegado tan lejos!"),
        ("h", "Noticias del almacén"),
        ("p", "Ya llegaron las repisas nuevas que donó la cooperativa. Lo malo: los carritos de compras del "
              "almacén están muy dañados. A tres se les rompieron las ruedas y otros dos tienen el marco "
              "quebrado. Buscamos a alguien que sepa soldar y que pueda repararlos un sábado; nosotros "
              "compramos las piezas."),
        ("h", "Posada navideña - 13 de diciembre"),
        ("p", "Piñatas, tamales y villancicos en el salón parroquial a las 5 pm. ¡Traiga a toda la familia!"),
        ("h", "Horario de invierno"),
        ("p", "Del 15 de diciembre al 15 de marzo cerramos los sábados a las 10:30 am."),
    ]),
}

NEEDS = [
    N("voluntarios.html", ["descargar el camión"], "volunteer", "es", [], "signup_roster", "2 blank slots"),
    N("voluntarios.html", ["registro de familias"], "volunteer", "es", ["es", "en"], "signup_roster",
      "1 blank slot, bilingual"),
    N("voluntarios.html", ["chofer"], "volunteer", "es", [], "accordion", "own car, gas paid"),
    N("voluntarios.html", ["redes sociales", "facebook"], "skilled", "es", ["es", "en"], "accordion",
      "social media in Spanish and English"),
    N("donaciones.html", ["lo que más nos falta", "frijoles pintos", "maseca"], "donation", "es", [],
      "wish_list", "one wish list = one need"),
    N("donaciones.html", ["higiene personal", "champú"], "donation", "es", [], "wish_list",
      "second list; struck diapers are a trap"),
    N("donaciones.html", ["pavos"], "donation", "es", [], "progress_counter", "112 of 150, 38 missing"),
    N("en/help.html", ["pickup truck"], "other", "en", [], "heading_paragraph", "lend a truck"),
    N("en/help.html", ["dietitian", "recipe cards"], "skilled", "en", ["es"], "heading_paragraph",
      "Seeking: ...; recipe cards in Spanish"),
    N("boletin-otono-2025.pdf", ["soldar", "carritos"], "skilled", "es", [], "pdf",
      "welder to repair carts, buried in newsletter"),
]

TRAPS = [
    T("index.html", "hours", ["horario de distribución"], ""),
    T("index.html", "how_to_apply", ["cómo recibir comida"], ""),
    T("index.html", "service", ["entregas a domicilio"], "home delivery offered"),
    T("index.html", "general_appeal", ["dona hoy"], "button"),
    T("voluntarios.html", "filled", ["empacar cajas"], "all 4 slots named + lleno"),
    T("voluntarios.html", "filled", ["limpieza del almacén"], "covered until June"),
    T("voluntarios.html", "filled", ["traductores para la feria"], "ya conseguimos"),
    T("voluntarios.html", "how_to_apply", ["servicio comunitario"], "court/school hours instructions"),
    T("donaciones.html", "filled", ["pañales talla 4"], "struck through"),
    T("donaciones.html", "filled", ["ropa usada"], "not accepting"),
    T("donaciones.html", "hours", ["dónde y cuándo dejar"], "drop-off times"),
    T("donaciones.html", "general_appeal", ["donaciones en línea"], "money"),
    T("en/help.html", "general_appeal", ["shift sign-up sheet"], "pointer, no role"),
    T("en/help.html", "job", ["warehouse coordinator"], "paid"),
    T("en/help.html", "event", ["empty bowls"], ""),
    T("en/help.html", "recap", ["2024 in numbers"], ""),
    T("junta/notas.html", "robots", ["tesorero"], "Disallow: /junta/"),
    T("junta/notas.html", "robots", ["congelador vertical"], "Disallow: /junta/"),
    T("junta/notas.html", "robots", ["auditoría"], "Disallow: /junta/"),
    T("boletin-otono-2025.pdf", "recap", ["18,400 libras"], ""),
    T("boletin-otono-2025.pdf", "event", ["posada navideña"], ""),
    T("boletin-otono-2025.pdf", "hours", ["horario de invierno"], ""),
]
