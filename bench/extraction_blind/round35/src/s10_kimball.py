"""Kimball, MN: Centro Comunitario La Esperanza (made up). Carrd-style one-pager + pages, Spanish only."""
from common import N, T

SLUG = "kimball-centro-comunitario-la-esperanza"


def head(title):
    return """<!DOCTYPE HTML>
<html lang="es">
<head>
<title>%s</title>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width,initial-scale=1" />
<link rel="stylesheet" href="/assets/main.css" />
</head>
<body class="is-loading">
<div id="wrapper"><div id="main"><div class="inner">
<nav id="links01" class="style1"><ul>
  <li><a href="/index.html">Inicio</a></li>
  <li><a href="/voluntariado.html">Voluntariado</a></li>
  <li><a href="/donaciones.html">Donaciones</a></li>
  <li><a href="/boletin.pdf">Boletín</a></li>
</ul></nav>
""" % title


FOOT = """<hr id="divider01">
<p id="text99" class="style3">Centro Comunitario La Esperanza &middot; 60 Main St S, Kimball, MN 55353 &middot; 320-555-0138<br>
<a href="/fotos/posada-2023.html">Fotos</a> &middot; <a href="/equipo/notas.html">Equipo</a></p>
</div></div></div>
<script src="/assets/main.js"></script>
</body>
</html>
"""

INDEX = head("La Esperanza | Kimball") + """
<h1 id="text01" class="style1">Centro Comunitario La Esperanza</h1>
<p id="text02" class="style2">Un lugar para las familias latinas de Kimball, Watkins y Eden Valley.</p>
<section id="container01" class="container default"><div class="wrapper"><div class="inner">
  <h2 id="text03" class="style4">Quiénes somos</h2>
  <p id="text04" class="style2">Somos un grupo de familias que trabajan en las lecherías y granjas de la zona. Empezamos en 2016 en el
  sótano de la iglesia de San Antonio.</p>
</div></div></section>
<section id="container02" class="container columns"><div class="wrapper"><div class="inner">
  <div>
    <h2 id="text05" class="style4">Nuestros servicios</h2>
    <p id="text06" class="style2">Clases de inglés para adultos, asesoría migratoria gratuita con abogados de una organización de ayuda
    legal, y despensa de alimentos los sábados.</p>
  </div>
  <div>
    <h2 id="text07" class="style4">Horario</h2>
    <p id="text08" class="style2">Lunes a jueves de 4 a 8 pm<br>Sábados de 9 am a 1 pm</p>
  </div>
</div></div></section>
<section id="container03" class="container default"><div class="wrapper"><div class="inner">
  <h2 id="text09" class="style4">Posada navideña &mdash; 14 de diciembre</h2>
  <p id="text10" class="style2">Pastorela, piñatas, tamales y champurrado en el salón parroquial, a partir de las 6 pm.</p>
  <h2 id="text11" class="style4">Done en línea</h2>
  <p id="text12" class="style2">Con un donativo mensual de $10 usted ayuda a pagar la renta del centro y los materiales de las clases.</p>
</div></div></section>
""" + FOOT

VOL = head("Voluntariado | La Esperanza") + """
<h1 id="text01" class="style1">Voluntariado</h1>
<p id="text02" class="style2">Esto es lo que necesitamos esta temporada:</p>
<ul id="list01" class="style1 roles">
  <li><p><strong>Maestros de inglés para adultos</strong> &ndash; martes y jueves de 6 a 8 pm. Que hablen inglés con fluidez; saber algo
  de español ayuda mucho.</p></li>
  <li><p><strong>Cuidado de niños durante las clases</strong> &ndash; jugar y leer con los niños mientras sus papás estudian. Se necesitan
  tres personas.</p></li>
  <li><p><strong>Asesoría legal</strong> &ndash; buscamos un abogado de inmigración voluntario que pueda revisar casos una tarde al mes.</p></li>
  <li><p><strong>Cocineras para la Posada</strong> <span class="badge">LLENO</span> &ndash; ¡gracias a las señoras del grupo Guadalupano!</p></li>
  <li><p><strong>Recepcionista</strong> &ndash; puesto pagado, 15 horas por semana, $17 la hora. Mande su currículum al correo del centro.</p></li>
</ul>
<h2 id="text03" class="style4">Cómo inscribirse como voluntario</h2>
<p id="text04" class="style2">Llame a Rocío al 320-555-0139 o pase al centro en horario de atención. Hacemos una pequeña orientación
antes de empezar.</p>
""" + FOOT

DON = head("Donaciones | La Esperanza") + """
<h1 id="text01" class="style1">Donaciones</h1>
<h2 id="text02" class="style4">Lo que más necesitamos</h2>
<table id="table01" class="style1">
  <thead><tr><th>Artículo</th><th>Cantidad</th></tr></thead>
  <tbody>
    <tr><td>Pañales (tallas 4 y 5)</td><td>30 paquetes</td></tr>
    <tr><td>Leche en polvo para bebé</td><td>20 latas</td></tr>
    <tr><td>Útiles escolares</td><td>50 niños</td></tr>
    <tr><td>Jabón para ropa</td><td>15 botes</td></tr>
  </tbody>
</table>
<p id="text03" class="style2">Además, nos hace falta una computadora portátil para la clase de computación de los sábados. Puede ser
usada, siempre que funcione.</p>
<h2 id="text04" class="style4">Ropa de invierno</h2>
<p id="text05" class="style2">Ya no necesitamos más por ahora, ¡gracias! Las bodegas están llenas.</p>
<h2 id="text06" class="style4">La familia Ortiz</h2>
<p id="text07" class="style2">Don Javier Ortiz se lastimó la espalda en la lechería y no puede trabajar hasta la primavera. Su esposa
acaba de tener a su tercer bebé y todavía no tienen cuna ni carriola. Si puede ayudar, llame al centro.</p>
""" + FOOT

EQUIPO = head("Equipo | notas internas") + """
<h1 id="text01" class="style1">Notas del equipo (interno)</h1>
<ul>
  <li>Necesitamos tesorero o tesorera para el próximo año.</li>
  <li>Pedir donación de una impresora láser.</li>
  <li>Voluntarios para pintar el salón en enero.</li>
</ul>
""" + FOOT

PAGES = {
    "index.html": INDEX,
    "voluntariado.html": VOL,
    "donaciones.html": DON,
    "equipo/notas.html": EQUIPO,
}

ROBOTS = """User-agent: *
Disallow: /equipo/
"""

PDFS = {
    "boletin.pdf": ("Boletín de otoño - La Esperanza", [
        ("title", "La Esperanza - Boletín de otoño"),
        ("h", "Feria de salud"),
        ("p", "En septiembre pusimos 120 vacunas contra la gripe y 45 personas se midieron la presión. Gracias a la clínica "
              "de Paynesville."),
        ("h", "Jornada de regreso a clases"),
        ("p", "El sábado 17 de agosto repartiremos mochilas y útiles en el centro, de 10 am a 2 pm. Para esa jornada también "
              "buscamos a alguien que sepa cortar el pelo: muchos niños quieren un corte nuevo para el primer día de "
              "clases, y el año pasado la fila era larguísima. Si usted es peluquero o barbero, llame a Rocío."),
        ("h", "Gracias"),
        ("p", "Gracias a todas las familias que hicieron posible un año más de clases de inglés."),
    ]),
}

NEEDS = [
    N("voluntariado.html", ["maestros de inglés"], "skilled", "es", ["en", "es"], layout="list_strong_label"),
    N("voluntariado.html", ["cuidado de niños"], "volunteer", "es", layout="list_strong_label"),
    N("voluntariado.html", ["abogado de inmigración"], "skilled", "es", layout="list_strong_label",
      note="label is 'Asesoría legal'; the role is only in the sentence"),
    N("donaciones.html", ["lo que más necesitamos", "útiles escolares"], "donation", "es", layout="wish_table"),
    N("donaciones.html", ["computadora portátil"], "donation", "es", layout="plain_paragraph",
      note="'nos hace falta' in a paragraph"),
    N("donaciones.html", ["carriola", "cuna ni carriola"], "donation", "es", layout="story"),
    N("boletin.pdf", ["cortar el pelo"], "skilled", "es", layout="pdf",
      note="buried in a newsletter paragraph about back-to-school day"),
]

TRAPS = [
    T("index.html", "service", ["nuestros servicios"]),
    T("index.html", "hours", ["horario"]),
    T("index.html", "event", ["posada navideña"]),
    T("index.html", "general_appeal", ["done en línea"]),
    T("voluntariado.html", "filled", ["cocineras para la posada"], "LLENO badge"),
    T("voluntariado.html", "job", ["recepcionista"]),
    T("voluntariado.html", "how_to_apply", ["cómo inscribirse"]),
    T("donaciones.html", "filled", ["ropa de invierno"], "ya no necesitamos más por ahora"),
    T("boletin.pdf", "recap", ["feria de salud"]),
    T("boletin.pdf", "event", ["jornada de regreso a clases"]),
    T("equipo/notas.html", "robots", ["tesorero"]),
    T("equipo/notas.html", "robots", ["impresora"]),
    T("equipo/notas.html", "robots", ["pintar el salón"]),
]
