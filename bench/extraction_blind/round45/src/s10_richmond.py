from common import N, T

SLUG = "richmond-manos-unidas-centro-latino"

HEAD = """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} – Centro Latino Manos Unidas</title>
<link rel="stylesheet" href="/css/manos.css">
<link rel="icon" href="/favicon.ico">
</head>
<body>
<div class="top-strip"><a href="/english.html">English</a> · <a href="tel:+13205550191">(320) 555-0191</a></div>
<header class="site-header">
 <a class="logo" href="/index.html"><img src="/img/logo-manos.png" alt=""> Manos Unidas</a>
 <nav class="main-nav">
  <a href="/index.html">Inicio</a>
  <a href="/voluntariado.html">Voluntariado</a>
  <a href="/historias.html">Historias</a>
  <a class="btn-donar" href="https://www.givemn.org/organization/manos-unidas-richmond">Donar</a>
 </nav>
</header>
<main>
"""

FOOT = """
</main>
<footer class="site-footer">
 <p>Centro Latino Manos Unidas · 27 Central Ave S, Richmond, MN 56368 · manosunidas.richmond@example.org</p>
 <p><a href="/boletin.pdf">Boletín de otoño (PDF)</a> · <a href="/equipo/notas.html">Equipo</a> · <a href="https://www.facebook.com/manosunidasrichmond">Facebook</a></p>
</footer>
</body>
</html>
"""

INDEX = HEAD.format(lang="es", title="Inicio") + """
<section class="hero">
 <h1>Centro Latino Manos Unidas</h1>
 <p>Desde 2007 acompañamos a las familias latinas de Richmond y los pueblos del lago.</p>
</section>
<section class="aviso">
 <h2>Nos hacen falta mochilas y útiles escolares</h2>
 <p>Las clases empiezan el 2 de septiembre y todavía nos hacen falta unas 60 mochilas, además de cuadernos, lápices de colores y
 calculadoras. Puede traerlos a la oficina en horario de atención.</p>
</section>
<section class="servicios">
 <h2>Clínica legal gratuita</h2>
 <p>El primer martes de cada mes, un abogado responde sus preguntas de inmigración sin costo. Haga cita por teléfono.</p>
 <h2>Horario de oficina</h2>
 <p>Lunes a jueves de 10 a 6; viernes de 10 a 2.</p>
</section>
<section class="donar">
 <p>Con $50 cubrimos una semana de clases de inglés.</p>
 <a class="btn" href="https://www.givemn.org/organization/manos-unidas-richmond">Done hoy</a>
</section>
<aside class="del-blog">
 <h3>Del blog</h3>
 <p><a href="/historias.html#carmen">Conozca a doña Carmen, 20 años de voluntaria »</a></p>
</aside>
""" + FOOT

VOL = HEAD.format(lang="es", title="Voluntariado") + """
<h1>Voluntariado</h1>
<p>Estas son las maneras de ayudar este otoño. Escríbanos o venga a la oficina.</p>
<dl class="roles">
 <dt>Maestros de inglés para adultos</dt>
 <dd>Lunes y miércoles de 6:30 a 8:00 p. m. No hace falta experiencia como maestro, pero sí paciencia y buen inglés.</dd>
 <dt>Cuidado de niños durante las clases</dt>
 <dd>Mientras los papás estudian, jugamos con los niños en el salón de al lado. Se necesitan tres personas.</dd>
 <dt>Reparación de computadoras donadas</dt>
 <dd>Nos regalaron 15 laptops viejas. Buscamos a alguien que sepa borrar discos, instalar Windows o Linux y cambiar baterías.</dd>
 <dt>Preparadores de impuestos</dt>
 <dd>Puesto cubierto para esta temporada. ¡Gracias a los voluntarios de VITA!</dd>
 <dt>Coordinador(a) de programas juveniles</dt>
 <dd>Puesto pagado: $21 la hora, 25 horas por semana. Envíe su currículum a la directora.</dd>
</dl>
""" + FOOT

HIST = HEAD.format(lang="es", title="Historias") + """
<h1>Historias</h1>
<article id="gemelos">
 <h2>Gemelos en casa, pero sin cunas</h2>
 <p>Rosa y Julio tuvieron gemelos en agosto. Julio trabaja de noche en la planta de pavos y Rosa todavía se está recuperando de la cesárea.
 Los bebés duermen juntos en una sola canasta. Les harían mucha falta dos cunas, una carriola doble y pañales de recién nacido. Si usted
 puede ayudar con algo de esto, llame a la oficina.</p>
</article>
<article id="carmen">
 <h2>Doña Carmen, 20 años de voluntaria</h2>
 <p>Carmen llegó a Richmond en 1998 desde Michoacán. Empezó ayudando a servir café y hoy coordina la despensa de los sábados.</p>
</article>
<article>
 <h2>Posada navideña 2024</h2>
 <p>Repartimos 150 juguetes y 200 tamales. ¡Gracias a todos los que cocinaron y envolvieron regalos!</p>
</article>
<article>
 <h2>Kermés de verano</h2>
 <p>Sábado 11 de julio de 2026, de 12 a 6 en el parque de Richmond. Música, comida y juegos. <a href="/fotos/kermes-2024.html">Fotos de la kermés 2024</a></p>
</article>
""" + FOOT

ENGLISH = HEAD.format(lang="en", title="English") + """
<h1>Manos Unidas in English</h1>
<p>Manos Unidas Latino Center is a small nonprofit in Richmond run mostly by volunteers.</p>
<h2>Bilingual intake volunteers for our legal clinic</h2>
<p>On the first Tuesday of each month people line up long before the attorney arrives. We need two bilingual volunteers (Spanish and
English) to do intake from 4 to 7 pm: write down each person's question and help them fill out the sign-in form.</p>
<h2>How to give</h2>
<p>Mail a check payable to Manos Unidas, or give online. Every dollar stays in Stearns County.</p>
<h2>Our director</h2>
<p>Lucía Ortega has led Manos Unidas since 2015. Before that she was a school social worker in St. Cloud.</p>
""" + FOOT

TEAM = HEAD.format(lang="es", title="Equipo") + """
<h1>Notas del equipo (interno)</h1>
<ul>
 <li>Buscar voluntario para pintar el salón de clases.</li>
 <li>Pedir a la parroquia que nos preste sillas para la posada.</li>
 <li>Necesitamos un contador voluntario para cerrar el año.</li>
</ul>
""" + FOOT

PAGES = {
    "index.html": INDEX,
    "voluntariado.html": VOL,
    "historias.html": HIST,
    "english.html": ENGLISH,
    "equipo/notas.html": TEAM,
}

ROBOTS = """User-agent: *
Disallow: /equipo/
Disallow: /tmp/
"""

PDFS = {
    "boletin.pdf": ("Boletín de otoño 2025 - Centro Latino Manos Unidas", [
        ("title", "CENTRO LATINO MANOS UNIDAS"),
        ("title", "Boletín de otoño 2025"),
        ("h", "Noticias"),
        ("p", "La Kermés de verano juntó $3,200 para el fondo de becas. ¡Gracias a todas las familias que cocinaron!"),
        ("h", "Día de Muertos"),
        ("p", "Altar comunitario el sábado 1 de noviembre, de 4 a 8 p. m. Traiga la foto de sus seres queridos."),
        ("h", "Un favor"),
        ("p", "Mucha gente nos ofrece muebles para las familias recién llegadas, pero no tenemos cómo ir por ellos. "
              "Buscamos a alguien con camioneta o tráiler que nos ayude un sábado al mes a recoger muebles donados."),
        ("h", "Recuerde"),
        ("p", "Para inscribirse a las clases de inglés, venga a la oficina con una identificación. Las clases son gratis."),
    ]),
}

NEEDS = [
    N("index.html", ["mochilas"], "donation", "es", layout="short_on", note="'nos hacen falta'"),
    N("voluntariado.html", ["maestros de inglés"], "skilled", "es", ["en"], layout="definition_list"),
    N("voluntariado.html", ["cuidado de niños"], "volunteer", "es", layout="definition_list"),
    N("voluntariado.html", ["reparación de computadoras"], "skilled", "es", layout="definition_list"),
    N("historias.html", ["dos cunas", "carriola doble"], "donation", "es", layout="story"),
    N("english.html", ["bilingual intake volunteers", "bilingual intake"], "skilled", "en", ["es", "en"], layout="heading_paragraph"),
    N("boletin.pdf", ["recoger muebles"], "volunteer", "es", layout="newsletter_buried_pdf", note="truck/trailer owner"),
]

TRAPS = [
    T("index.html", "service", ["clínica legal gratuita"]),
    T("index.html", "hours", ["horario de oficina"]),
    T("index.html", "general_appeal", ["done hoy"]),
    T("index.html", "blog", ["conozca a doña carmen"]),
    T("voluntariado.html", "filled", ["preparadores de impuestos"], "puesto cubierto"),
    T("voluntariado.html", "job", ["programas juveniles"], "$21/h"),
    T("historias.html", "bio", ["carmen llegó"]),
    T("historias.html", "recap", ["posada navideña"]),
    T("historias.html", "event", ["kermés de verano"]),
    T("english.html", "general_appeal", ["how to give"]),
    T("english.html", "bio", ["lucía ortega"]),
    T("boletin.pdf", "recap", ["fondo de becas"]),
    T("boletin.pdf", "event", ["altar comunitario"]),
    T("boletin.pdf", "how_to_apply", ["para inscribirse"]),
    T("equipo/notas.html", "robots", ["pintar el salón"]),
    T("equipo/notas.html", "robots", ["nos preste sillas"]),
    T("equipo/notas.html", "robots", ["contador voluntario"]),
]
