"""Spicer: Ministerio Hispano San Isidro (Spanish + English).
Layouts: parish front page with a sidebar widget of needs (one struck), a typed
<pre> bulletin with numbered announcements and wrapped lines, a ministry table
with rowspan ministries and a colspan note row, a Spanish PDF newsletter, an
English page for English-speaking parishioners."""
from common import N, T

SLUG = "spicer-ministerio-hispano-san-isidro"

NAV = """<ul id="menu">
 <li><a href="/index.html">Inicio</a></li>
 <li><a href="/anuncios.html">Anuncios</a></li>
 <li><a href="/ministerios.html">Ministerios</a></li>
 <li><a href="/boletin/octubre-2025.pdf">Boletín de octubre</a></li>
 <li><a href="/english.html">In English</a></li>
 <li><a href="/galeria/posadas-2024.html">Galería</a></li>
</ul>"""

FOOT = """<div id="pie">Ministerio Hispano San Isidro Labrador &middot; Parroquia de Santa Ana, Spicer MN &middot;
<a href="/consejo/actas.html">Consejo pastoral</a></div>"""

PAGES = {}

PAGES["index.html"] = """
<!DOCTYPE html>
<html lang="es">
<head>
<meta charset="utf-8">
<title>Ministerio Hispano San Isidro - Spicer</title>
<style>#main{float:left;width:65%} aside.widget{float:right;width:30%;background:#fdf6e3;padding:10px}</style>
</head>
<body>
<div id="cabecera"><img src="/img/san-isidro.png" alt="San Isidro Labrador"><h1>Ministerio Hispano San Isidro</h1></div>
""" + NAV + """
<div id="main">
  <h2>Bienvenidos</h2>
  <p>Somos la comunidad hispana de la Parroquia de Santa Ana. ¡Aquí todos tienen lugar!</p>
  <h2>Horario de Misas en español</h2>
  <p>Domingo 12:00 del mediodía. Primer viernes del mes 7:00 pm.</p>
  <h2>Bautizos</h2>
  <p>Las pláticas prebautismales son el primer sábado de cada mes a las 10 am. Traigan el acta de nacimiento
  del niño y los datos de los padrinos.</p>
  <h2>Clases de inglés gratis</h2>
  <p>Martes y jueves 6:30 pm en el salón parroquial. Cuidamos a los niños.</p>
</div>
<aside class="widget">
  <h3>Esta semana necesitamos</h3>
  <ul>
    <li>Dos catequistas para Primera Comunión (segundo año), domingos 10:30</li>
    <li>Cobijas de tamaño matrimonial para el ropero parroquial</li>
    <li><del>Músico para el coro de las 12</del> ¡Ya encontramos, gracias!</li>
  </ul>
  <p><a href="https://give.example/santa-ana">Diezmo en línea</a></p>
</aside>
""" + FOOT + """
</body>
</html>
"""

PAGES["anuncios.html"] = """
<!DOCTYPE html>
<html lang="es">
<head><meta charset="utf-8"><title>Anuncios parroquiales</title></head>
<body>
""" + NAV + """
<pre>
================================================================
  ANUNCIOS PARROQUIALES - MINISTERIO HISPANO SAN ISIDRO
  Semana del 12 al 19 de octubre de 2025
================================================================

1) KERMÉS DE OTOÑO: domingo 26 de octubre después de la Misa
   de las 12. Habrá tamales, pozole, lotería y rifa. ¡Inviten
   a sus familias y vecinos!

2) SE BUSCAN voluntarios para la cocina de la kermés:
   necesitamos 6 personas para hacer tamales el sábado 25
   desde las 7 am. Apúntense con Doña Lupe después de Misa.

3) YA SE CUBRIÓ el puesto de sacristán para la Misa del
   primer viernes. Gracias a Don Rigo por aceptar.

4) Se necesita un electricista voluntario que revise los
   enchufes y las luces del salón parroquial antes de la
   kermés. La parroquia compra todo el material.

5) Quinceañeras y bodas: pidan fecha en la oficina con seis
   meses de anticipación como mínimo.

6) Agradecemos a la familia Ochoa por donar 10 mesas
   plegables para el salón.

7) Retiro de parejas, 8 y 9 de noviembre en Collegeville.
   Cupo lleno: ya no se aceptan inscripciones.

8) CAJA DE PAÑALES para el Centro de Ayuda a la Mujer:
   pañales etapa 3 y 4 y toallitas. La caja está en la
   entrada de la iglesia hasta el 31 de octubre.
----------------------------------------------------------------
</pre>
</body>
</html>
"""

PAGES["ministerios.html"] = """
<!DOCTYPE html>
<html lang="es">
<head><meta charset="utf-8"><title>Ministerios</title>
<style>td,th{border:1px solid #999;padding:4px} .ok{color:green} .falta{color:#c00;font-weight:bold}</style></head>
<body>
""" + NAV + """
<h1>Ministerios y servicios</h1>
<p>¿Quieres servir? Mira dónde hace falta gente. Habla con la coordinadora, Hna. Marisol.</p>
<table>
<tr><th>Ministerio</th><th>Función</th><th>Cuándo</th><th>Estado</th></tr>
<tr><td rowspan="3">LITURGIA</td><td>Lectores</td><td>Domingos 12:00</td><td class="ok">COMPLETO</td></tr>
<tr><td>Ministros de la Eucaristía</td><td>Domingos 12:00</td><td class="falta">Faltan 2</td></tr>
<tr><td>Monaguillos (10 a 14 años)</td><td>Domingos</td><td class="ok">Cubierto &#10004;</td></tr>
<tr><td rowspan="2">PASTORAL SOCIAL</td><td>Visitas a enfermos en el hospital de Willmar</td><td>Miércoles tarde</td><td class="falta">Se necesita con urgencia</td></tr>
<tr><td>Reparto de la despensa</td><td>Jueves</td><td class="ok">Cubierto hasta diciembre</td></tr>
<tr><td rowspan="2">JÓVENES</td><td>Coordinador(a) de jóvenes</td><td>10 h/semana</td><td>Puesto pagado &ndash; ver la oficina</td></tr>
<tr><td>Chaperones para el viaje al Encuentro Juvenil en Chicago</td><td>14&ndash;16 nov.</td><td class="falta">Faltan 3 adultos con licencia de manejo</td></tr>
<tr><td colspan="4" style="text-align:center"><i>Coro: por ahora no necesitamos más voces. ¡Gracias a todos!</i></td></tr>
</table>
</body>
</html>
"""

PAGES["english.html"] = """
<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>San Isidro Hispanic Ministry - In English</title></head>
<body>
""" + NAV + """
<h1>For our English-speaking parishioners</h1>
<p>Many of you have asked how you can walk alongside our Hispanic families. Thank you!</p>
<h2>Conversation partners</h2>
<p>Our Tuesday English class needs native English speakers to sit with small groups and just talk.
No teaching experience needed. 6:30&ndash;8:00 pm in the parish hall.</p>
<h2>Immigration paperwork</h2>
<p>We refer families to the Catholic Charities immigration clinic in Willmar, which offers low-cost legal help.</p>
<h2>Rides to Mass</h2>
<p>Rides to Mass for families without a car are currently covered by the Knights of Columbus. Thank you, Knights!</p>
<h2>Bilingual Mass</h2>
<p>Please join us for the bilingual Mass of Our Lady of Guadalupe, December 12 at 7 pm, followed by tamales and champurrado.</p>
</body>
</html>
"""

PAGES["consejo/actas.html"] = """
<!DOCTYPE html>
<html lang="es">
<head><meta charset="utf-8"><title>Actas del consejo</title></head>
<body>
<h1>Actas del consejo pastoral hispano (uso interno)</h1>
<p>Reunión del 2 de octubre. Pendientes:</p>
<ul>
 <li>Se necesita tesorero voluntario para el ministerio</li>
 <li>Necesitamos pintores para el salón antes de diciembre</li>
 <li>Pedir la donación de un refrigerador para la cocina</li>
</ul>
</body>
</html>
"""

ROBOTS = """# Parroquia de Santa Ana
User-agent: Googlebot
Disallow:

User-agent: *
Disallow: /consejo/
"""

PDFS = {
    "boletin/octubre-2025.pdf": ("Boletín San Isidro - octubre 2025", [
        ("title", "Boletín San Isidro - Octubre 2025"),
        ("h", "Mensaje del Padre Tomás"),
        ("p", "Queridos hermanos: octubre es el mes del Rosario. Los invito a rezarlo en familia cada noche."),
        ("h", "Día de Muertos"),
        ("p", "El altar de Día de Muertos se pondrá el 1 de noviembre en el salón. Traigan la foto de sus "
              "difuntos."),
        ("h", "Colecta para Guatemala"),
        ("p", "La colecta para Guatemala reunió $3,200 para las familias afectadas por las lluvias. Gracias."),
        ("h", "Noticias de la oficina"),
        ("p", "La secretaria está cambiando los registros de papel a la computadora. También buscamos a alguien "
              "que sepa de computadoras para ayudarle a organizar el registro de feligreses, unas horas por "
              "semana."),
        ("h", "La familia Ramírez"),
        ("p", "La familia Ramírez llegó de Texas en septiembre con tres niños. Se mudaron a una casa en Spicer "
              "que no tiene estufa. Si alguien tiene una estufa en buen estado que ya no use, hable con la "
              "oficina."),
    ]),
}

NEEDS = [
    N("index.html", ["catequistas"], "skilled", "es", (), "sidebar_widget"),
    N("index.html", ["cobijas", "ropero parroquial"], "donation", "es", (), "sidebar_widget"),
    N("anuncios.html", ["cocina de la kermés", "hacer tamales"], "volunteer", "es", (), "pre_board",
      "helpers for the event"),
    N("anuncios.html", ["electricista"], "skilled", "es", (), "pre_board"),
    N("anuncios.html", ["caja de pañales", "pañales"], "donation", "es", (), "pre_board", "supply drive"),
    N("ministerios.html", ["ministros de la eucaristía"], "volunteer", "es", (), "rowspan_table", "Faltan 2"),
    N("ministerios.html", ["visitas a enfermos"], "volunteer", "es", (), "rowspan_table"),
    N("ministerios.html", ["chaperones"], "volunteer", "es", (), "rowspan_table", "Faltan 3"),
    N("boletin/octubre-2025.pdf", ["sepa de computadoras", "registro de feligreses"], "skilled", "es", (),
      "newsletter_buried"),
    N("boletin/octubre-2025.pdf", ["estufa", "familia ramírez"], "donation", "es", (), "story"),
    N("english.html", ["conversation partners"], "volunteer", "en", ("en",), "heading_paragraph",
      "native English speakers"),
]

TRAPS = [
    T("index.html", "hours", ["horario de misas"]),
    T("index.html", "how_to_apply", ["pláticas prebautismales"]),
    T("index.html", "service", ["clases de inglés"]),
    T("index.html", "filled", ["músico"], "struck + ya encontramos"),
    T("index.html", "general_appeal", ["diezmo en línea"]),
    T("anuncios.html", "event", ["kermés de otoño"]),
    T("anuncios.html", "filled", ["sacristán"], "YA SE CUBRIÓ"),
    T("anuncios.html", "how_to_apply", ["quinceañeras y bodas"]),
    T("anuncios.html", "thanks", ["familia ochoa"]),
    T("anuncios.html", "event", ["retiro de parejas"], "cupo lleno"),
    T("ministerios.html", "filled", ["lectores"], "COMPLETO"),
    T("ministerios.html", "filled", ["monaguillos"], "Cubierto"),
    T("ministerios.html", "filled", ["reparto de la despensa"], "cubierto hasta diciembre"),
    T("ministerios.html", "job", ["coordinador(a) de jóvenes"], "puesto pagado"),
    T("ministerios.html", "filled", ["coro"], "colspan row: no more voices"),
    T("english.html", "service", ["immigration clinic", "immigration paperwork"]),
    T("english.html", "filled", ["rides to mass"], "covered by the Knights"),
    T("english.html", "event", ["our lady of guadalupe", "bilingual mass"]),
    T("boletin/octubre-2025.pdf", "blog", ["mensaje del padre"]),
    T("boletin/octubre-2025.pdf", "event", ["día de muertos"]),
    T("boletin/octubre-2025.pdf", "recap", ["colecta para guatemala"]),
    T("consejo/actas.html", "robots", ["tesorero"]),
    T("consejo/actas.html", "robots", ["pintores"]),
    T("consejo/actas.html", "robots", ["refrigerador"]),
]
