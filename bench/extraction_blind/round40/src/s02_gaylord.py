"""Casa de Todos, Gaylord: Google-Sites-style Spanish site, status cards, FAQ, stories blog, English page, Spanish PDF."""
from common import need, trap

SLUG = "gaylord-casa-de-todos"

ROBOTS = """# robots.txt de casadetodos-gaylord.org
User-agent: *
Disallow: /equipo/

Sitemap: https://casadetodos-gaylord.org/sitemap.xml
"""


def shell(lang, title, body, prefix=""):
    return """<!DOCTYPE html>
<html lang="%s">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%s | Casa de Todos</title>
<link rel="stylesheet" href="%s_/static/sites-v2.css">
</head>
<body>
<div class="Xpn1Ub" role="banner">
 <div class="QTKDff">Casa de Todos &middot; Centro Comunitario Latino de Gaylord</div>
 <div class="JzO0Vc" role="navigation">
  <ul class="jYxBte">
   <li><a class="aJHbb" href="%sindex.html">Inicio</a></li>
   <li><a class="aJHbb" href="%soportunidades.html">Oportunidades</a></li>
   <li><a class="aJHbb" href="%spreguntas.html">Preguntas</a></li>
   <li><a class="aJHbb" href="%shistorias.html">Historias</a></li>
   <li><a class="aJHbb" href="%sen/volunteer.html">English</a></li>
  </ul>
 </div>
</div>
<div role="main" class="UtePc">
%s
</div>
<div class="dZA9kd" role="contentinfo">
 <p>Casa de Todos &middot; 410 Main Avenue, Gaylord, MN 55334 &middot; 507-555-0127 &middot;
 <a href="mailto:info@casadetodos-gaylord.org">info@casadetodos-gaylord.org</a></p>
 <p><a href="%sequipo/index.html">Acceso del equipo</a> &middot; <a href="%scolecta-utiles.pdf">Volante: colecta de &uacute;tiles</a></p>
</div>
</body>
</html>
""" % (lang, title, prefix, prefix, prefix, prefix, prefix, prefix, body, prefix, prefix)


INDEX = shell("es", "Inicio", """
<section class="yaqOZd">
 <div class="tyJCtd"><p class="zfr3Q title">Bienvenidos a Casa de Todos</p>
 <p class="zfr3Q">Desde 2009 acompa&ntilde;amos a las familias latinas de Gaylord, Arlington, Winthrop y Green Isle.</p></div>
</section>
<section class="yaqOZd">
 <div class="tyJCtd"><p class="zfr3Q subtitle">Horario de oficina</p>
 <p class="zfr3Q">Lunes a jueves, de 9:00 a 5:00. Viernes, de 9:00 a 12:00.</p></div>
 <div class="tyJCtd"><p class="zfr3Q subtitle">Cl&iacute;nica de inmigraci&oacute;n</p>
 <p class="zfr3Q">Cada segundo s&aacute;bado, un abogado revisa casos de inmigraci&oacute;n sin costo. Haga su cita por tel&eacute;fono.</p></div>
 <div class="tyJCtd"><p class="zfr3Q subtitle">Posada navide&ntilde;a</p>
 <p class="zfr3Q">S&aacute;bado 13 de diciembre, 6:00 p.m., en el sal&oacute;n de la iglesia San Miguel. Habr&aacute; pi&ntilde;atas,
 tamales y ponche para todos.</p></div>
</section>
<section class="yaqOZd">
 <div class="tyJCtd"><p class="zfr3Q subtitle">Haz tu donativo en l&iacute;nea</p>
 <p class="zfr3Q">Con $20 al mes nos ayudas a mantener las puertas abiertas. <a href="https://donar.example-pagos.org/casadetodos">Donar</a></p>
 <p class="zfr3Q"><a href="galeria/dia-de-muertos-2024.html">Fotos del D&iacute;a de Muertos 2024</a></p></div>
</section>
""")

OPORTUNIDADES = shell("es", "Oportunidades", """
<section class="yaqOZd">
 <p class="zfr3Q title">Oportunidades para voluntarios</p>
 <p class="zfr3Q">Actualizado el 3 de junio. Si algo est&aacute; marcado ABIERTO, todav&iacute;a buscamos a alguien.</p>
</section>
<div class="card-grid">
 <div class="card">
  <h3>Maestra o maestro de ciudadan&iacute;a</h3>
  <span class="chip chip-open">ABIERTO</span>
  <p>Dos tardes al mes. Las clases son en espa&ntilde;ol, pero usted prepara a las personas para la entrevista y el examen
  en ingl&eacute;s, as&iacute; que necesita hablar bien los dos idiomas.</p>
 </div>
 <div class="card">
  <div class="card-title">Chofer para citas m&eacute;dicas</div>
  <span class="chip chip-open">ABIERTO</span>
  <p>Llevar a se&ntilde;ores mayores a sus citas en Glencoe o New Ulm. Le reembolsamos la gasolina.</p>
 </div>
 <div class="card">
  <p><strong>Cuidado de ni&ntilde;os durante las clases</strong></p>
  <span class="chip chip-done">CUBIERTO</span>
  <p>&iexcl;Gracias, ya tenemos qui&eacute;n lo haga hasta diciembre!</p>
 </div>
 <div class="card">
  <h4><span class="emoji">&#127876;</span> <span>Posada: montaje y limpieza</span></h4>
  <span class="chip chip-open">ABIERTO</span>
  <p>Necesitamos ocho personas para acomodar mesas a las 3:00 p.m. y recoger despu&eacute;s de la posada.</p>
 </div>
 <div class="card">
  <h3>Costurera para las cortinas del sal&oacute;n</h3>
  <span class="chip chip-done">CUBIERTO</span>
  <p>Do&ntilde;a Chela ya se ofreci&oacute;. &iexcl;Mil gracias!</p>
 </div>
 <div class="card card-job">
  <h3>Coordinador(a) de programas juveniles</h3>
  <span class="chip chip-paid">PUESTO PAGADO</span>
  <p>20 horas por semana, $21 por hora. Env&iacute;e su curr&iacute;culum antes del 30 de junio.</p>
 </div>
</div>
""")

PREGUNTAS = shell("es", "Preguntas frecuentes", """
<section class="yaqOZd">
<p class="zfr3Q title">Preguntas frecuentes</p>
<h3>&iquest;Cu&aacute;ndo est&aacute; abierto el centro?</h3>
<p>De lunes a jueves de 9 a 5, y los viernes por la ma&ntilde;ana.</p>
<h3>&iquest;C&oacute;mo me inscribo a las clases de ingl&eacute;s?</h3>
<p>Venga a la oficina con una identificaci&oacute;n con foto y llene una hoja de inscripci&oacute;n. Las clases empiezan en
septiembre y en enero.</p>
<h3>&iquest;Aceptan ropa usada?</h3>
<p>Por ahora no: el cuarto de ropa usada est&aacute; lleno hasta la primavera. Lo que s&iacute; nos hace falta son botas de
invierno para ni&ntilde;os (tallas 10 a 4) y guantes gruesos.</p>
<h3>&iquest;Puedo hacer mis horas de servicio comunitario aqu&iacute;?</h3>
<p>S&iacute;. Los s&aacute;bados de 9 a 12 necesitamos j&oacute;venes de 15 a&ntilde;os o m&aacute;s para clasificar donaciones en la bodega.
Le firmamos su hoja de horas.</p>
<h3>&iquest;Ofrecen ayuda legal?</h3>
<p>S&iacute;, una consulta legal gratuita el segundo s&aacute;bado de cada mes (solo con cita).</p>
<h3>&iquest;C&oacute;mo se sostiene el centro?</h3>
<p>Con donativos y con la membres&iacute;a familiar de $10 al a&ntilde;o. &iexcl;H&aacute;gase miembro!</p>
</section>
""")

HISTORIAS = shell("es", "Historias", """
<section class="yaqOZd">
<p class="zfr3Q title">Historias de nuestra comunidad</p>

<article class="post">
<h2>Una casa vac&iacute;a para empezar de nuevo</h2>
<p class="meta">27 de mayo de 2025</p>
<p>La familia Ram&iacute;rez Ortega lleg&oacute; a Gaylord en noviembre desde Guerrero. El pap&aacute; ya trabaja en la planta y
la mam&aacute; limpia oficinas por las noches. Consiguieron rentar una casita en la calle Tercera, pero est&aacute; casi vac&iacute;a:
los tres ni&ntilde;os duermen en el piso y comen sentados en cubetas. Si usted tiene muebles en buen estado, sobre todo
camas individuales, una mesa de cocina y sillas, por favor llame a Rosa al 507-555-0127 y nosotros los recogemos.</p>
</article>

<article class="post">
<h2>As&iacute; vivimos las Fiestas Patrias 2024</h2>
<p>M&aacute;s de 400 personas celebraron con nosotros el 15 de septiembre. &iexcl;Gracias a los 30 voluntarios y al mariachi
de Sleepy Eye!</p>
</article>

<article class="post">
<h2>Nuestra camioneta necesita manos expertas</h2>
<p>La camioneta que usamos para repartir despensas ya tiene 190,000 millas. Los frenos hacen ruido y la luz de
&ldquo;check engine&rdquo; no se apaga. Buscamos un mec&aacute;nico voluntario que pueda revisarla un s&aacute;bado; nosotros
compramos las piezas.</p>
</article>

<article class="post teaser">
<h2><a href="historias.html#cinco-anos">Leer m&aacute;s: cinco a&ntilde;os de Casa de Todos en la calle Main</a></h2>
<p>Un recuerdo de c&oacute;mo empezamos en un s&oacute;tano prestado&hellip;</p>
</article>
</section>
""")

EN_VOLUNTEER = shell("en", "For English speakers", """
<section class="yaqOZd">
<p class="zfr3Q title">Volunteering for English speakers</p>
<p>Most of our work happens in Spanish, but there are places where English speakers make all the difference.</p>
<h2>English conversation partners</h2>
<p>Our adult students want to practice everyday English: at the clinic, the bank, a parent-teacher conference.
We are looking for native or fluent English speakers to meet one student for an hour a week. No Spanish required
and no teaching experience needed.</p>
<h2>Tax-season interpreters</h2>
<p>Thank you &mdash; we&rsquo;re set for the 2025 tax season. We will post again in January.</p>
<h2>Free ESL classes</h2>
<p>We offer free ESL classes for adults on Monday and Wednesday evenings, with childcare.</p>
</section>
""", prefix="../")

EQUIPO = shell("es", "Equipo", """
<section class="yaqOZd">
<p class="zfr3Q title">Solo para el equipo</p>
<p>Lista interna &mdash; no compartir.</p>
<ol>
 <li>Buscar tesorera suplente para la junta.</li>
 <li>Pedir a la iglesia San Miguel una hielera grande para la posada.</li>
 <li>Voluntario para actualizar la p&aacute;gina de Facebook.</li>
</ol>
</section>
""", prefix="../")

PAGES = {
    "index.html": INDEX,
    "oportunidades.html": OPORTUNIDADES,
    "preguntas.html": PREGUNTAS,
    "historias.html": HISTORIAS,
    "en/volunteer.html": EN_VOLUNTEER,
    "equipo/index.html": EQUIPO,
}

PDFS = {
    "colecta-utiles.pdf": ("Colecta de utiles escolares 2025 - Casa de Todos", [
        ("title", "Colecta de útiles escolares 2025"),
        ("p", "Casa de Todos - 410 Main Avenue, Gaylord - 507-555-0127"),
        ("gap", ""),
        ("p", "Este año queremos llenar 150 mochilas para los niños de Sibley East. Por favor traiga útiles escolares "
              "nuevos a la oficina antes del 8 de agosto:"),
        ("p", "- mochilas resistentes"),
        ("p", "- cuadernos de espiral y carpetas"),
        ("p", "- lápices, borradores y colores"),
        ("p", "- calculadoras científicas (para secundaria)"),
        ("gap", ""),
        ("h", "Se buscan voluntarios para armar mochilas"),
        ("p", "Sábado 9 de agosto, de 10:00 a 1:00, en el salón de la iglesia San Miguel. Necesitamos 15 personas."),
        ("gap", ""),
        ("h", "Entrega de mochilas"),
        ("p", "Sábado 16 de agosto, de 9:00 a 12:00. Traiga a sus hijos; cada niño inscrito recibe una mochila."),
        ("p", "Para inscribir a sus hijos, llame a la oficina antes del 1 de agosto."),
    ]),
}

NEEDS = [
    need("oportunidades.html", ["ciudadanía"], "skilled", "es", ["es", "en"], layout="role_cards",
         note="h3 card ABIERTO; must speak both languages"),
    need("oportunidades.html", ["chofer"], "volunteer", "es", layout="role_cards",
         note="card title in a div; gas reimbursed is not pay"),
    need("oportunidades.html", ["montaje"], "volunteer", "es", layout="role_cards",
         note="event set-up/clean-up volunteers; h4 with emoji span"),
    need("preguntas.html", ["botas de invierno"], "donation", "es", layout="faq_answer",
         note="answer to 'Aceptan ropa usada?' - used clothes full, but boots and gloves needed"),
    need("preguntas.html", ["clasificar donaciones"], "volunteer", "es", layout="faq_answer"),
    need("historias.html", ["camas", "muebles", "ramírez"], "donation", "es", layout="story",
         note="family story: beds, kitchen table, chairs"),
    need("historias.html", ["mecánico"], "skilled", "es", layout="newsletter_buried"),
    need("en/volunteer.html", ["conversation partner"], "volunteer", "en", ["en"], layout="heading_paragraph"),
    need("colecta-utiles.pdf", ["útiles escolares", "cuadernos"], "donation", "es", layout="pdf",
         note="school supply drive list = one need"),
    need("colecta-utiles.pdf", ["armar mochilas"], "volunteer", "es", layout="pdf"),
]

TRAPS = [
    trap("index.html", "hours", ["horario de oficina"]),
    trap("index.html", "service", ["clínica de inmigración"]),
    trap("index.html", "event", ["posada navideña"]),
    trap("index.html", "general_appeal", ["haz tu donativo"]),
    trap("oportunidades.html", "filled", ["cuidado de niños"], note="CUBIERTO"),
    trap("oportunidades.html", "filled", ["costurera"], note="CUBIERTO"),
    trap("oportunidades.html", "job", ["coordinador(a) de programas juveniles"]),
    trap("preguntas.html", "hours", ["cuándo está abierto"]),
    trap("preguntas.html", "how_to_apply", ["inscribo a las clases"]),
    trap("preguntas.html", "filled", ["ropa usada"], note="'lleno hasta la primavera'"),
    trap("preguntas.html", "service", ["consulta legal"]),
    trap("preguntas.html", "general_appeal", ["membresía familiar"]),
    trap("historias.html", "recap", ["fiestas patrias"]),
    trap("historias.html", "blog", ["cinco años de casa de todos"]),
    trap("en/volunteer.html", "filled", ["tax-season interpreters"], note="'we're set'"),
    trap("en/volunteer.html", "service", ["free esl classes"]),
    trap("colecta-utiles.pdf", "event", ["entrega de mochilas"]),
    trap("colecta-utiles.pdf", "how_to_apply", ["para inscribir a sus hijos"]),
    trap("equipo/index.html", "robots", ["tesorera suplente"]),
    trap("equipo/index.html", "robots", ["hielera"]),
    trap("equipo/index.html", "robots", ["página de facebook"]),
]
