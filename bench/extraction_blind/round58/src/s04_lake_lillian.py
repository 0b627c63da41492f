"""Site 4: Parroquia San Isidro Labrador, Ministerio Hispano, Lake Lillian (Wix-style div soup).
Spanish only: home, tabbed ministries page, pantry page with a family story, Spanish PDF bulletin."""
from common import N, T

SLUG = "lake-lillian-parroquia-san-isidro"

_HEAD = """<!DOCTYPE html>
<html lang="es">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder">
<title>{title} | San Isidro Lake Lillian</title>
<link rel="stylesheet" href="https://static.parastorage.example/unpkg/thunderbolt.css">
<style>
.tab-pane{{display:none}} .tab-pane.active{{display:block}}
[role=tab][aria-selected=true]{{border-bottom:3px solid #b5302a}}
</style>
</head>
<body>
<div id="SITE_CONTAINER"><div id="main_MF"><div id="SITE_HEADER" class="wixui-header">
 <div id="comp-lk2a91" class="wixui-rich-text" data-testid="richTextElement"><p class="font_2"><span style="font-weight:bold">Parroquia San Isidro Labrador</span></p><p class="font_8">Ministerio Hispano &middot; Lake Lillian, Minnesota</p></div>
 <nav id="comp-lk2a9m" aria-label="Sitio" class="wixui-horizontal-menu">
  <ul>
   <li><a data-testid="linkElement" href="/">Inicio</a></li>
   <li><a data-testid="linkElement" href="/ministerios.html">Ministerios</a></li>
   <li><a data-testid="linkElement" href="/despensa.html">Despensa</a></li>
   <li><a data-testid="linkElement" href="/boletin-junio.pdf">Boletín</a></li>
  </ul>
 </nav>
</div>
<main id="PAGES_CONTAINER"><div id="SITE_PAGES"><div class="wixui-page">
"""

_FOOT = """</div></div></main>
<footer id="SITE_FOOTER" class="wixui-footer">
 <div id="comp-ft01" class="wixui-rich-text"><p class="font_9">Parroquia San Isidro Labrador &middot; 540 Lake Ave N, Lake Lillian, MN 56253 &middot; Tel. (320) 555-0163 &middot; <a href="mailto:hispano@sanisidroll.org">hispano@sanisidroll.org</a></p>
 <p class="font_9"><a href="/consejo/">Consejo parroquial (miembros)</a> &middot; &copy; 2025</p></div>
</footer>
</div></div>
<script src="https://static.parastorage.example/services/wix-thunderbolt/dist/main.js"></script>
</body>
</html>
"""


def _page(title, body):
    return _HEAD.format(title=title) + body + _FOOT


INDEX = _page("Inicio", """
<section id="comp-hero" class="wixui-section">
 <div data-testid="richTextElement" class="wixui-rich-text"><h1 class="font_0">Bienvenidos a la familia de San Isidro</h1>
 <p class="font_7">Somos una comunidad católica de familias de México, Guatemala y El Salvador en el condado de Kandiyohi.</p></div>
</section>
<section id="comp-horarios" class="wixui-section">
 <div data-testid="richTextElement" class="wixui-rich-text"><h2 class="font_2">Horarios</h2>
 <p class="font_8">Misa en español: domingos 12:30 pm y jueves 7:00 pm.<br>Oficina: martes a viernes, 10 am a 2 pm.</p></div>
</section>
<section id="comp-blog" class="wixui-section">
 <div data-testid="richTextElement" class="wixui-rich-text"><h2 class="font_2">Reflexión del Padre Tomás: ¿Por qué servir?</h2>
 <p class="font_8">&ldquo;El que quiera ser el primero, que sea el servidor de todos&hellip;&rdquo; <a href="/ministerios.html">Leer más</a></p></div>
 <div data-testid="richTextElement" class="wixui-rich-text"><h2 class="font_2">Conozca a nuestro párroco</h2>
 <p class="font_8">El Padre Tomás Rendón nació en Jalisco y llegó a Minnesota en 2011. Antes de ser sacerdote fue maestro de primaria.</p></div>
</section>
<section id="comp-eventos" class="wixui-section">
 <div data-testid="richTextElement" class="wixui-rich-text"><h2 class="font_2">Fiesta de la Virgen de Guadalupe</h2>
 <p class="font_8">12 de diciembre: mañanitas a las 5 am, misa a las 7 pm y convivio en el salón. <a href="/galeria/posadas-2024.html">Fotos de las posadas</a></p></div>
</section>
<section id="comp-diezmo" class="wixui-section">
 <div data-testid="richTextElement" class="wixui-rich-text"><h2 class="font_2">Diezmo en línea</h2>
 <p class="font_8">Su ofrenda sostiene la parroquia y sus ministerios. Puede dar en línea o en el sobre de cada domingo.</p></div>
</section>
""")

MINISTERIOS = _page("Ministerios", """
<section class="wixui-section">
<h1 class="font_0">Ministerios: ¿dónde puede servir?</h1>
<p class="font_8">Hable con Doña Lupita al terminar la misa o escriba a hispano@sanisidroll.org.</p>
<div class="wixui-tabs" data-testid="tabs">
 <div role="tablist">
  <button role="tab" aria-selected="true" aria-controls="liturgia">Liturgia</button>
  <button role="tab" aria-selected="false" aria-controls="comunidad">Comunidad</button>
  <button role="tab" aria-selected="false" aria-controls="ninos">Niños y jóvenes</button>
 </div>
 <div role="tabpanel" id="liturgia" class="tab-pane active">
  <div class="wixui-rich-text"><h3 class="font_4">Lectores para la misa en español</h3>
  <p class="font_8">Buscamos dos lectores más para los domingos. Debe leer bien en voz alta en español.</p></div>
  <div class="wixui-rich-text"><h3 class="font_4">Guitarrista para el coro</h3>
  <p class="font_8">El coro hispano necesita un guitarrista que pueda acompañar los cantos los domingos y ensayar los miércoles a las 7 pm.</p></div>
  <div class="wixui-rich-text"><h3 class="font_4">Ministros de la Eucaristía</h3>
  <p class="font_8">Completo por ahora. ¡Gracias a todos los que respondieron!</p></div>
 </div>
 <div role="tabpanel" id="comunidad" class="tab-pane">
  <div class="wixui-rich-text"><h3 class="font_4">Visitas a enfermos y ancianos</h3>
  <p class="font_8">Acompañar a hermanos enfermos en sus casas o en el asilo de Willmar, una vez al mes. Necesitamos cuatro personas.</p></div>
  <div class="wixui-rich-text"><h3 class="font_4">Choferes para citas médicas</h3>
  <p class="font_8">Cubierto &#10003; &mdash; ya tenemos tres choferes.</p></div>
  <div class="wixui-rich-text"><h3 class="font_4">Clases de inglés los martes</h3>
  <p class="font_8">Gratis para toda la comunidad, 6:30 pm en el salón parroquial.</p></div>
 </div>
 <div role="tabpanel" id="ninos" class="tab-pane">
  <div class="wixui-rich-text"><h3 class="font_4">Catequistas para primera comunión</h3>
  <p class="font_8">Necesitamos catequistas para el grupo de segundo grado. Se da capacitación en agosto.</p></div>
  <div class="wixui-rich-text"><h3 class="font_4">Ayudantes en la guardería durante la misa</h3>
  <p class="font_8">Cuidar a los niños pequeños durante la misa de 12:30, dos personas por domingo.</p></div>
  <div class="wixui-rich-text"><h3 class="font_4">Coordinador(a) de jóvenes</h3>
  <p class="font_8">Puesto pagado, 15 horas por semana. Envíe su carta a la oficina antes del 30 de junio.</p></div>
 </div>
</div>
</section>
""")

DESPENSA = _page("Despensa", """
<section class="wixui-section">
<h1 class="font_0">Despensa San Isidro</h1>
<p class="font_8">Abierta el primer y tercer sábado del mes, de 9 a 11 am, en el sótano de la iglesia.</p>
<h2 class="font_2">¿Cómo recibir ayuda?</h2>
<p class="font_8">Traiga una identificación (de cualquier país) y un comprobante de domicilio. Una vez al mes por familia.</p>
<div class="wixui-columns">
 <div class="wixui-column">
  <h2 class="font_2">Lo que más necesitamos</h2>
  <ul class="font_8"><li>Frijoles</li><li>Arroz</li><li>Aceite</li><li>Harina de maíz (Maseca)</li><li>Leche en polvo</li></ul>
 </div>
 <div class="wixui-column">
  <h2 class="font_2">Ropa de verano</h2>
  <p class="font_8">Ya no hace falta. ¡Gracias por su generosidad!</p>
  <h2 class="font_2">No aceptamos</h2>
  <p class="font_8">Colchones usados, ropa sucia o rota, ni medicinas.</p>
 </div>
</div>
<h2 class="font_2">Oremos y ayudemos</h2>
<p class="font_8">La familia Hernández perdió todo en un incendio en abril. Son cinco: papá, mamá y tres niños de 2, 6 y 9 años. Ahora viven en un departamento vacío y les faltan camas, cobijas y ropa de niño tallas 6 y 10. Si puede ayudar, llame a la oficina.</p>
<p class="font_8">En diciembre de 2024 repartimos 400 canastas de Navidad. ¡Gracias, parroquia!</p>
</section>
""")

CONSEJO = _page("Consejo parroquial", """
<section class="wixui-section">
<h1 class="font_0">Consejo parroquial &mdash; solo miembros</h1>
<p class="font_8">Pendientes para la reunión del 10 de junio:</p>
<ul class="font_8">
 <li>Buscar un contador voluntario para revisar las cuentas del año.</li>
 <li>Pedir donación de tejas para reparar el techo del salón.</li>
 <li>Necesitamos 10 mesas plegables para la kermés.</li>
</ul>
</section>
""")

PAGES = {
    "index.html": INDEX,
    "ministerios.html": MINISTERIOS,
    "despensa.html": DESPENSA,
    "consejo/index.html": CONSEJO,
}

ROBOTS = """# By Wix
User-agent: *
Allow: /
Disallow: /consejo/

User-agent: PetalBot
Disallow: /
"""

PDFS = {
    "boletin-junio.pdf": ("Boletin parroquial - junio 2025", [
        ("title", "BOLETÍN PARROQUIAL - JUNIO 2025"),
        ("p", "Parroquia San Isidro Labrador - Ministerio Hispano - Lake Lillian, MN"),
        ("gap", ""),
        ("h", "Kermés parroquial"),
        ("p", "Domingo 29 de junio, después de la misa de 12:30. Habrá tamales, pozole, elotes y juegos "
              "para los niños. Todo lo recaudado es para el fondo del salón."),
        ("h", "Se buscan voluntarios"),
        ("p", "Para ese domingo se buscan voluntarios para la cocina: preparar y servir el pozole de 11 a 4. "
              "Apúntese con Doña Lupita."),
        ("h", "El salón parroquial"),
        ("p", "Antes de la kermés el salón necesita un electricista voluntario que revise los contactos y "
              "las luces del escenario. Dos de los contactos echan chispas."),
        ("h", "Avisos"),
        ("p", "Confesiones: sábados de 4 a 5 pm."),
        ("p", "Gracias: la colecta para Guatemala juntó $2,350."),
    ]),
}

NEEDS = [
    N("ministerios.html", ["lectores para la misa", "lectores"], "volunteer", "es", ["es"],
      layout="tabs", note="first (visible) tab"),
    N("ministerios.html", ["guitarrista"], "skilled", "es",
      layout="tabs"),
    N("ministerios.html", ["visitas a enfermos"], "volunteer", "es",
      layout="tabs", note="second tab (display:none until clicked)"),
    N("ministerios.html", ["catequistas"], "skilled", "es",
      layout="tabs", note="third tab"),
    N("ministerios.html", ["ayudantes en la guardería", "guardería"], "volunteer", "es",
      layout="tabs", note="third tab"),
    N("despensa.html", ["lo que más necesitamos", "harina de maíz"], "donation", "es",
      layout="wish_list"),
    N("despensa.html", ["familia hernández", "cobijas"], "donation", "es",
      layout="story", note="fire; beds, blankets, kids' clothes = one need"),
    N("boletin-junio.pdf", ["voluntarios para la cocina"], "volunteer", "es",
      layout="pdf", note="event volunteers are a need; the kermes itself is a trap"),
    N("boletin-junio.pdf", ["electricista voluntario"], "skilled", "es",
      layout="pdf"),
]

TRAPS = [
    T("index.html", "hours", ["misa en español: domingos"]),
    T("index.html", "blog", ["por qué servir"]),
    T("index.html", "bio", ["conozca a nuestro párroco"]),
    T("index.html", "event", ["virgen de guadalupe", "mañanitas"]),
    T("index.html", "general_appeal", ["diezmo en línea"]),
    T("ministerios.html", "filled", ["ministros de la eucaristía"], note="'Completo por ahora'"),
    T("ministerios.html", "filled", ["choferes para citas médicas"], note="'Cubierto ✓'"),
    T("ministerios.html", "service", ["clases de inglés los martes"]),
    T("ministerios.html", "job", ["coordinador(a) de jóvenes"], note="'Puesto pagado'"),
    T("despensa.html", "hours", ["primer y tercer sábado"]),
    T("despensa.html", "how_to_apply", ["cómo recibir ayuda"]),
    T("despensa.html", "filled", ["ropa de verano"], note="'Ya no hace falta'"),
    T("despensa.html", "not_accepted", ["no aceptamos", "colchones usados"]),
    T("despensa.html", "recap", ["400 canastas"]),
    T("boletin-junio.pdf", "event", ["kermés parroquial"]),
    T("boletin-junio.pdf", "hours", ["confesiones"]),
    T("boletin-junio.pdf", "recap", ["colecta para guatemala"]),
    T("consejo/index.html", "robots", ["contador voluntario"]),
    T("consejo/index.html", "robots", ["tejas"]),
    T("consejo/index.html", "robots", ["mesas plegables"]),
]
