from common import N, T

SLUG = "olivia-centro-hispano"

HEAD = """<!doctype html>
<html lang="es">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{title} | Centro Hispano de Olivia</title>
<link rel="preconnect" href="https://fonts.gstatic.com">
<link rel="stylesheet" href="/assets/css/site.css?v=7">
<style>
 .grid{{display:grid;grid-template-columns:repeat(auto-fill,minmax(260px,1fr));gap:1.2rem}}
 .tarjeta{{border:1px solid #e3d9c6;border-radius:10px;padding:1rem;background:#fffaf2}}
 .badge{{font-size:.75rem;padding:.15rem .5rem;border-radius:99px;background:#ddd}}
 .acordeon .panel{{display:none}} .acordeon .abierto + .panel{{display:block}}
</style>
</head>
<body>
<div class="topbar">Tel. <a href="tel:+13205550177">(320) 555-0177</a> &middot; <a href="mailto:info@centrohispanoolivia.example">info@centrohispanoolivia.example</a></div>
<header class="cabecera">
 <a class="logo" href="/"><img src="/assets/img/logo-centro.svg" alt="Centro Hispano de Olivia" height="48"></a>
 <button class="menu-toggle" aria-controls="menu" aria-expanded="false">Men&uacute;</button>
 <nav id="menu">
  <a href="/">Inicio</a>
  <a href="/voluntarios.html">Voluntariado</a>
  <a href="/donaciones.html">Donaciones</a>
  <a href="/preguntas.html">Preguntas</a>
  <a href="/boletin-otono.pdf">Bolet&iacute;n (PDF)</a>
 </nav>
</header>
<main class="contenedor">
"""

FOOT = """
</main>
<footer class="pie">
 <div>Centro Hispano de Olivia &middot; 902 W Lincoln Ave, Olivia, MN 56277</div>
 <div><a href="/equipo/notas.html">Equipo</a> &middot; <a href="https://www.facebook.com/centrohispanoolivia.example">Facebook</a></div>
</footer>
<script>
document.querySelectorAll('.acordeon button').forEach(function(b){{b.addEventListener('click',function(){{b.classList.toggle('abierto');b.setAttribute('aria-expanded',b.classList.contains('abierto'));}});}});
</script>
</body>
</html>
"""


def page(title, body):
    return HEAD.format(title=title) + body + FOOT.format()


PAGES = {}

PAGES["index.html"] = page("Inicio", """
<section class="hero">
 <h1>Centro Hispano de Olivia</h1>
 <p>Un lugar de apoyo para las familias latinas del condado de Renville desde 2008.</p>
</section>
<section>
 <h2>Horario de oficina</h2>
 <p>Lunes a jueves, de 10 a.m. a 5 p.m. Los viernes solo con cita.</p>
</section>
<section>
 <h2>Nuestros servicios</h2>
 <ul>
  <li>Ayuda para llenar formularios del condado y de la escuela</li>
  <li>Clases de ingl&eacute;s gratuitas para adultos (martes por la noche)</li>
  <li>Asesor&iacute;a de inmigraci&oacute;n con abogada acreditada, con cita previa</li>
 </ul>
</section>
<section class="evento">
 <h2>Posada navide&ntilde;a</h2>
 <p>S&aacute;bado 14 de diciembre, 6 p.m., en el sal&oacute;n parroquial de St. Aloysius. Habr&aacute; tamales, pi&ntilde;ata y villancicos. <a href="/fotos/posada-2023.html">Fotos de la posada 2023</a></p>
</section>
<section class="apoyo">
 <p><strong>Su donativo mantiene las puertas abiertas.</strong> <a href="#">Done en l&iacute;nea</a></p>
</section>
""")

PAGES["voluntarios.html"] = page("Voluntariado", """
<h1>Voluntariado</h1>
<p>&iquest;Le gustar&iacute;a ayudar? Estas son las tareas abiertas este semestre. Escr&iacute;banos o llame a Rosa.</p>
<div class="grid">
 <article class="tarjeta">
  <h3 class="card-title">Maestra o maestro de ingl&eacute;s</h3>
  <p>Para la clase de adultos principiantes, martes de 6 a 8 p.m. Se necesita experiencia ense&ntilde;ando o mucha paciencia y un buen plan de clase. Hablar algo de espa&ntilde;ol ayuda.</p>
 </article>
 <article class="tarjeta">
  <div class="card-head"><span class="lbl">Transporte</span><p><b>Chofer para citas m&eacute;dicas</b></p></div>
  <p>Llevar a personas mayores a sus citas en Willmar o en Olivia. Pagamos la gasolina.</p>
 </article>
 <article class="tarjeta">
  <a href="#ninos" class="card-link"><strong>Cuidado de ni&ntilde;os durante las clases</strong></a>
  <p>Cuidar a los peque&ntilde;os (2 a 6 a&ntilde;os) en el cuarto de juegos mientras sus pap&aacute;s estudian.</p>
 </article>
 <article class="tarjeta cerrada">
  <h4>Traducci&oacute;n de documentos <span class="badge">CUBIERTO</span></h4>
  <p>Gracias a la profesora Ruiz, esta tarea ya est&aacute; cubierta hasta mayo.</p>
 </article>
 <article class="tarjeta">
  <div class="t">Ayudante para preparar impuestos</div>
  <p>Buscamos a alguien con experiencia en impuestos (o dispuesto a capacitarse con el programa VITA) para ayudar a familias de enero a abril.</p>
 </article>
 <article class="tarjeta pagado">
  <h3>Coordinador(a) de programas juveniles <span class="badge">PUESTO PAGADO</span></h3>
  <p>Tiempo parcial, $19 por hora. Env&iacute;e su curr&iacute;culum antes del 15 de enero.</p>
 </article>
</div>
""")

PAGES["donaciones.html"] = page("Donaciones", """
<h1>Donaciones</h1>
<h2>Lista de deseos para el sal&oacute;n de clases</h2>
<div class="grid items">
 <div class="tarjeta item"><img src="/assets/img/cuaderno.png" alt=""><span>Cuadernos</span></div>
 <div class="tarjeta item"><img src="/assets/img/lapiz.png" alt=""><span>L&aacute;pices y borradores</span></div>
 <div class="tarjeta item"><img src="/assets/img/diccionario.png" alt=""><span>Diccionarios ingl&eacute;s-espa&ntilde;ol</span></div>
 <div class="tarjeta item"><img src="/assets/img/usb.png" alt=""><span>Memorias USB</span></div>
</div>

<h2>Ropa de invierno</h2>
<p>Ya recibimos suficientes abrigos para adultos. &iexcl;Gracias, Olivia! Por favor no traigan m&aacute;s por ahora.</p>

<h2>Una familia necesita ayuda</h2>
<p>La familia Ram&iacute;rez perdi&oacute; casi todo en un incendio en la casa que rentaban en octubre. Son cinco: pap&aacute;, mam&aacute; y tres ni&ntilde;os de 2, 6 y 9 a&ntilde;os. Ya tienen d&oacute;nde vivir, pero les faltan camas, una mesa con sillas y trastes de cocina. Si puede donar algo, llame a Rosa.</p>

<p class="nota">Recibimos donativos en la oficina de lunes a jueves, de 10 a 5.</p>
<p class="nota">En noviembre repartimos 130 canastas de Acci&oacute;n de Gracias. &iexcl;Gracias a todos!</p>
""")

PAGES["preguntas.html"] = page("Preguntas frecuentes", """
<h1>Preguntas frecuentes</h1>
<div class="acordeon">
 <button type="button" aria-expanded="false">&iquest;C&oacute;mo me inscribo en las clases de ingl&eacute;s?</button>
 <div class="panel"><p>Venga a la oficina con una identificaci&oacute;n cualquiera. Hacemos un peque&ntilde;o examen para ver su nivel. No cuesta nada.</p></div>

 <button type="button" aria-expanded="false">&iquest;Aceptan ropa usada?</button>
 <div class="panel"><p>Por ahora no. Tenemos el cuarto lleno y ya no necesitamos ropa usada hasta la primavera.</p></div>

 <button type="button" aria-expanded="false">&iquest;Puedo ayudar aunque no hable espa&ntilde;ol?</button>
 <div class="panel"><p>&iexcl;Claro! Ahora mismo nos urge alguien que sepa de computadoras para arreglar las seis laptops del laboratorio. No hace falta hablar espa&ntilde;ol.</p></div>

 <button type="button" aria-expanded="false">&iquest;Ofrecen ayuda legal?</button>
 <div class="panel"><p>S&iacute;. Una abogada de Mankato viene el primer viernes de cada mes. Pida cita por tel&eacute;fono.</p></div>

 <button type="button" aria-expanded="false">&iquest;Necesitan algo para la despensa?</button>
 <div class="panel"><p>S&iacute;: siempre nos falta aceite, arroz, frijoles y harina de ma&iacute;z (tipo Maseca). Se pueden dejar en la oficina.</p></div>
</div>
""")

PAGES["equipo/notas.html"] = page("Equipo", """
<h1>Notas del equipo</h1>
<p><em>Solo para el personal y la mesa directiva.</em></p>
<h3>Pendientes de diciembre</h3>
<ul>
 <li>Conseguir un voluntario de contabilidad para cerrar el a&ntilde;o fiscal</li>
 <li>Pedir 20 sillas plegables prestadas a la parroquia para la posada</li>
 <li>Buscar int&eacute;rprete de k'iche' para dos familias nuevas</li>
</ul>
""")

ROBOTS = """User-agent: *
Disallow: /equipo/
Disallow: /assets/private/
"""

PDFS = {
    "boletin-otono.pdf": ("Boletin de otono 2024 - Centro Hispano de Olivia", [
        ("title", "Boletín de otoño 2024"),
        ("p", "Centro Hispano de Olivia - 902 W Lincoln Ave, Olivia, MN 56277 - (320) 555-0177"),
        ("h", "¡Gracias!"),
        ("p", "Este verano 42 niños terminaron el programa de lectura en la biblioteca. ¡Felicidades a las "
              "familias y a las voluntarias!"),
        ("h", "Noticias del centro"),
        ("p", "La oficina ya tiene calefacción nueva y el cuarto de juegos está pintado. También buscamos a "
              "alguien que sepa coser para arreglar los trajes del grupo de danza folclórica antes de "
              "diciembre: hay cierres rotos y dobladillos sueltos. Nosotros compramos el material."),
        ("p", "Las clases de ciudadanía empiezan en enero, los jueves a las 6 p.m. Son gratis."),
        ("h", "Próximos eventos"),
        ("p", "Día de los Muertos: sábado 2 de noviembre, altar comunitario en el centro. Traiga la foto de "
              "su ser querido."),
    ]),
}

NEEDS = [
    N("voluntarios.html", ["maestro de inglés"], "skilled", "es", ["en", "es"], layout="role_cards",
      note="h3.card-title; 'hablar algo de español ayuda'"),
    N("voluntarios.html", ["chofer para citas médicas"], "volunteer", "es", layout="role_cards",
      note="title in div.card-head>p>b after a label span; gas paid is not a wage"),
    N("voluntarios.html", ["cuidado de niños"], "volunteer", "es", layout="role_cards", note="title is a>strong"),
    N("voluntarios.html", ["preparar impuestos"], "skilled", "es", layout="role_cards", note="title is plain div.t"),
    N("donaciones.html", ["lista de deseos", "diccionarios inglés-español", "cuadernos"], "donation", "es",
      layout="wish_list_item_cards", note="four item cards = one need"),
    N("donaciones.html", ["camas", "trastes de cocina"], "donation", "es", layout="story",
      note="Ramírez family after a fire"),
    N("preguntas.html", ["sepa de computadoras", "laptops"], "skilled", "es", layout="accordion",
      note="JS accordion answer"),
    N("preguntas.html", ["harina de maíz", "frijoles"], "donation", "es", layout="accordion",
      note="list inside an accordion answer = one need"),
    N("boletin-otono.pdf", ["sepa coser", "trajes"], "skilled", "es", layout="newsletter_buried",
      note="PDF; sewing repairs of dance costumes"),
]

TRAPS = [
    T("index.html", "hours", ["horario de oficina"]),
    T("index.html", "service", ["clases de inglés gratuitas"]),
    T("index.html", "service", ["asesoría de inmigración"]),
    T("index.html", "event", ["posada navideña"]),
    T("index.html", "general_appeal", ["su donativo"]),
    T("voluntarios.html", "filled", ["traducción de documentos"], note="CUBIERTO badge"),
    T("voluntarios.html", "job", ["programas juveniles"], note="PUESTO PAGADO"),
    T("donaciones.html", "filled", ["abrigos para adultos"], note="ya recibimos suficientes"),
    T("donaciones.html", "hours", ["recibimos donativos"]),
    T("donaciones.html", "recap", ["130 canastas"]),
    T("preguntas.html", "how_to_apply", ["cómo me inscribo"]),
    T("preguntas.html", "filled", ["ropa usada"], note="ya no necesitamos ropa usada"),
    T("preguntas.html", "service", ["ayuda legal"]),
    T("boletin-otono.pdf", "recap", ["programa de lectura"]),
    T("boletin-otono.pdf", "service", ["clases de ciudadanía"]),
    T("boletin-otono.pdf", "event", ["día de los muertos"]),
    T("equipo/notas.html", "robots", ["voluntario de contabilidad"]),
    T("equipo/notas.html", "robots", ["sillas plegables"]),
    T("equipo/notas.html", "robots", ["intérprete de k'iche'"]),
]
