from common import N, T

SLUG = "truman-san-isidro-parish"


def page(lang, title, body):
    menu_es = lang != "en"
    return """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="%s" lang="%s">
<head>
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
<meta name="generator" content="Joomla! 1.5 - Open Source Content Management" />
<title>%s</title>
<link rel="stylesheet" href="/templates/ja_purity/css/template.css" type="text/css" />
</head>
<body id="bd" class="fs3">
<div id="ja-wrapper">
<div id="ja-header" class="wrap">
  <h1 class="logo"><a href="/index.html"><span>Parroquia San Isidro Labrador &ndash; Truman, Minnesota</span></a></h1>
</div>
<div id="ja-mainnav" class="wrap">
  <ul class="menu">
    <li class="item1"><a href="/index.html"><span>%s</span></a></li>
    <li class="item2"><a href="/ministerios.html"><span>Ministerios</span></a></li>
    <li class="item3"><a href="/boletin.html"><span>Boletín</span></a></li>
    <li class="item4"><a href="/en/index.html"><span>English</span></a></li>
  </ul>
</div>
<div id="ja-container" class="wrap ja-r1">
  <div id="ja-mainbody">
    <div id="ja-current-content" class="clearfix">
%s
    </div>
  </div>
  <div id="ja-col2">
    <div class="moduletable">
      <h3>Oficina parroquial</h3>
      <p>112 W Ciro St, Truman, MN 56088<br />(507) 555-0163<br />oficina@sanisidrotruman.org</p>
    </div>
  </div>
</div>
<div id="ja-footer" class="wrap">
  <small>&copy; 2025 Parroquia San Isidro Labrador. <a href="/formularios/inscripcion-ministerios.pdf">Hoja de inscripción (PDF)</a> |
  <a href="/privado/consejo.html">Consejo pastoral</a> | Powered by Joomla!</small>
</div>
</div>
</body>
</html>
""" % (lang, lang, title, "Inicio" if menu_es else "Home", body)


INDEX = page("es", "Inicio - Ministerio Hispano San Isidro", """
<div class="componentheading">Bienvenidos al Ministerio Hispano</div>
<table class="contentpaneopen"><tr><td valign="top">
<p>Somos una comunidad católica bilingüe en el corazón del condado de Martin. Aquí hay lugar para todos.</p>

<h2 class="contentheading">Horario de misas</h2>
<table class="horario" border="0" cellpadding="3">
<tr><td>Sábado</td><td>5:30 pm (inglés)</td></tr>
<tr><td>Domingo</td><td>9:00 am (inglés) &middot; 12:30 pm (español)</td></tr>
<tr><td>Miércoles</td><td>7:00 pm (español)</td></tr>
</table>

<h2 class="contentheading">Bautizos y primeras comuniones</h2>
<p>Para inscribir a su hijo, pase a la oficina con el acta de nacimiento del niño y el nombre de los padrinos. Las pláticas prebautismales son el primer sábado del mes.</p>

<h2 class="contentheading">Despensa parroquial</h2>
<p>Cada segundo jueves del mes, de 4 a 6 de la tarde, repartimos comida a cualquier familia que lo necesite.</p>

<h2 class="contentheading">Kermés de San Isidro &ndash; 17 de mayo</h2>
<p>Antojitos, lotería, música en vivo y la bendición de los tractores. ¡Traiga a toda la familia!
<a href="/galeria/guadalupe-2024.html">Fotos de la fiesta de la Virgen de Guadalupe</a></p>

<div class="banner"><a href="/ministerios.html">¿Quiere servir? Conozca nuestros ministerios</a></div>
<div class="banner"><a href="https://giving.example-parish.net/sanisidro">Ofrenda en línea: apoye a su parroquia</a></div>
</td></tr></table>
""")

MINISTERIOS = page("es", "Ministerios", """
<div class="componentheading">Calendario de ministerios &ndash; Misa en español (marzo)</div>
<table class="calendario" border="1" cellpadding="4" cellspacing="0" width="100%">
<tr><th>Domingo</th><th>Lectores</th><th>Ministros de la Comunión</th><th>Ujieres</th><th>Monaguillos</th></tr>
<tr><td>2 de marzo</td><td>Elena R., José T.</td><td>Marta L., Rubén C., Isabel P.</td><td>Pedro G., Nicolás A.</td><td>Luis y Ana</td></tr>
<tr><td>9 de marzo</td><td>Karla M., Diego S.</td><td>Marta L., Rubén C., Isabel P.</td><td>Pedro G., <em>se necesita</em></td><td>Luis y Ana</td></tr>
<tr><td>16 de marzo</td><td>Elena R., José T.</td><td>Teresa V., Rubén C., Isabel P.</td><td>Nicolás A., <em>se necesita</em></td><td>Mateo y Sofi</td></tr>
<tr><td>23 de marzo</td><td>Karla M., Diego S.</td><td>Marta L., Teresa V., Isabel P.</td><td><em>se necesita</em>, <em>se necesita</em></td><td>Mateo y Sofi</td></tr>
</table>
<p class="small">Lectores y ministros de la Comunión: todos los domingos cubiertos hasta Pascua. Monaguillos: completo.
Para los ujieres que faltan, hable con Pedro Gómez después de misa.</p>

<h2 class="contentheading">Otros ministerios</h2>
<dl class="ministerios">
  <dt>Catequistas para primera comunión</dt>
  <dd>Buscamos dos catequistas para el grupo de los sábados (niños de 7 y 8 años). Las clases son en español. Le damos el material y una capacitación de la diócesis en Winona.</dd>
  <dt>Guitarrista o tecladista para el coro</dt>
  <dd>El coro de la misa de 12:30 canta sin instrumentos desde que Don Efraín se mudó a Texas. Si toca guitarra o teclado y puede ensayar los jueves en la noche, hable con Maribel.</dd>
  <dt>Equipo de limpieza del templo</dt>
  <dd>Tenemos suficientes voluntarios por ahora. ¡Gracias a las once familias que se anotaron!</dd>
  <dt>Coordinador(a) de jóvenes</dt>
  <dd>Puesto pagado de 10 horas por semana. Envíe su carta y currículum a la oficina parroquial antes del 30 de abril.</dd>
</dl>
""")

BOLETIN = page("es", "Boletín", """
<div class="componentheading">Boletín parroquial &ndash; Tercer domingo de Cuaresma</div>
<div class="article-content">
<h3>Palabra del Padre Tomás</h3>
<p>Lea la reflexión completa del Padre: <a href="/boletin.html#reflexion">«Sembrar en tierra dura»</a></p>

<h3>Noticias de la comunidad</h3>
<p>Doña Carmen Ayala, a quien muchos conocen de la tortillería, empezó diálisis en Fairmont tres veces por semana. Su hijo trabaja en
la planta de 6 a 6 y no puede llevarla los martes. Si usted tiene carro y puede manejar a Fairmont los martes por la mañana, llame a la
oficina y le damos los detalles.</p>
<p>La familia Ortega llegó de Guatemala en enero con una bebé de dos meses. Están durmiendo en colchones en el piso y la niña todavía no tiene cuna.
Si tiene una cuna en buen estado, por favor avísenos.</p>
<p>Gracias a la familia Castañeda, ya tenemos refrigerador para el salón parroquial. Ya no hace falta, ¡Dios se lo pague!</p>
<p>Las posadas del año pasado reunieron a más de 200 personas en nueve casas. Fue una bendición.</p>

<h3>Retiro de Cuaresma para matrimonios</h3>
<p>Sábado 22 de marzo, de 9 am a 3 pm en el salón parroquial. Incluye comida y cuidado de niños.</p>
</div>
""")

EN = page("en", "St. Isidore Parish - English", """
<div class="componentheading">St. Isidore the Farmer Parish</div>
<p>We are one parish with two languages. Everyone is welcome at every Mass.</p>

<h2 class="contentheading">English tutors for adults</h2>
<p>Many of our Spanish-speaking parishioners are learning English. We are looking for patient volunteers to tutor adults one-on-one on
Wednesday evenings in the parish hall, 6:30 to 8. Teaching experience helps but is not required, and you do not need to speak Spanish.</p>

<h2 class="contentheading">Nursery during the 9 am Mass</h2>
<p>Covered through Advent &ndash; thank you to the Confirmation families who signed up!</p>

<h2 class="contentheading">Meet Father Tomás Quintero</h2>
<p>Father Tomás grew up on a dairy farm near Sleepy Eye and served six years in Guadalajara before coming to Truman in 2021.</p>

<h2 class="contentheading">Lenten fish fry</h2>
<p>Fridays in Lent, 5 to 7 pm in the hall. Walleye, coleslaw and the Altar Society's famous bars.</p>
""")

PRIVADO = page("es", "Consejo pastoral", """
<div class="componentheading">Consejo pastoral &ndash; notas internas</div>
<ul>
<li>Buscar un voluntario para pintar el salón antes de la Kermés.</li>
<li>Pedir a los Caballeros de Colón una estufa nueva para la cocina.</li>
<li>Necesitamos quien maneje la camioneta de la parroquia a Sioux Falls para el congreso juvenil.</li>
</ul>
""")

PAGES = {
    "index.html": INDEX,
    "ministerios.html": MINISTERIOS,
    "boletin.html": BOLETIN,
    "en/index.html": EN,
    "privado/consejo.html": PRIVADO,
}

ROBOTS = """User-agent: *
Disallow: /administrator/
Disallow: /cache/
Disallow: /includes/
Disallow: /privado/
Disallow: /tmp/
"""

PDFS = {
    "formularios/inscripcion-ministerios.pdf": ("Hoja de inscripción para ministerios - San Isidro", [
        ("title", "PARROQUIA SAN ISIDRO LABRADOR - TRUMAN"),
        ("title", "Hoja de inscripción para ministerios"),
        ("p", "Nombre: _____________________________   Teléfono: __________________"),
        ("p", "Marque con una X el ministerio que le interesa:"),
        ("p", "[ ] Cocina para la venta de tamales (sábado 5 de abril). Necesitamos ocho personas para preparar la masa, "
              "embarrar y envolver desde las 6 de la mañana. No necesita experiencia; las señoras del Guadalupano le enseñan."),
        ("p", "[X] Coro - completo por ahora. Lo llamamos cuando se abra un lugar."),
        ("p", "[ ] Visitas a enfermos - según se necesite. Guardamos su nombre y le llamamos cuando alguien pida una visita."),
        ("h", "¿Qué hago con esta hoja?"),
        ("p", "Entregue esta hoja en la oficina o déjela en la canasta de la ofrenda el domingo."),
    ]),
}

NEEDS = [
    N("ministerios.html", ["ujieres"], "volunteer", "es", layout="calendar",
      note="calendar cells with 'se necesita'; one need for the role"),
    N("ministerios.html", ["catequistas"], "skilled", "es", ["es"], layout="definition_list"),
    N("ministerios.html", ["guitarrista", "tecladista"], "skilled", "es", layout="definition_list"),
    N("boletin.html", ["diálisis", "manejar a fairmont"], "volunteer", "es", layout="story", note="ride to dialysis"),
    N("boletin.html", ["cuna"], "donation", "es", layout="story"),
    N("en/index.html", ["english tutors"], "skilled", "en", ["en"], layout="heading_paragraph"),
    N("formularios/inscripcion-ministerios.pdf", ["venta de tamales"], "volunteer", "es", layout="pdf",
      note="checkbox form"),
]

TRAPS = [
    T("index.html", "hours", ["horario de misas"]),
    T("index.html", "how_to_apply", ["para inscribir a su hijo"]),
    T("index.html", "service", ["despensa parroquial"]),
    T("index.html", "event", ["kermés"]),
    T("index.html", "general_appeal", ["quiere servir"], "pointer to ministries page"),
    T("index.html", "general_appeal", ["ofrenda en línea"]),
    T("ministerios.html", "filled", ["lectores"], "names in every cell"),
    T("ministerios.html", "filled", ["ministros de la comunión"], "names in every cell"),
    T("ministerios.html", "filled", ["monaguillos"], "completo"),
    T("ministerios.html", "filled", ["equipo de limpieza"], "tenemos suficientes"),
    T("ministerios.html", "job", ["coordinador(a) de jóvenes"], "paid"),
    T("boletin.html", "blog", ["sembrar en tierra dura"]),
    T("boletin.html", "filled", ["refrigerador para el salón"], "ya no hace falta"),
    T("boletin.html", "recap", ["posadas"]),
    T("boletin.html", "event", ["retiro de cuaresma"]),
    T("en/index.html", "filled", ["nursery"], "covered through Advent"),
    T("en/index.html", "bio", ["father tomás quintero"]),
    T("en/index.html", "event", ["fish fry"]),
    T("privado/consejo.html", "robots", ["pintar el salón"]),
    T("privado/consejo.html", "robots", ["estufa nueva"]),
    T("privado/consejo.html", "robots", ["camioneta de la parroquia"]),
    T("formularios/inscripcion-ministerios.pdf", "filled", ["coro"], "[X] completo"),
    T("formularios/inscripcion-ministerios.pdf", "filled", ["visitas a enfermos"], "as needed"),
    T("formularios/inscripcion-ministerios.pdf", "how_to_apply", ["entregue esta hoja"]),
]
