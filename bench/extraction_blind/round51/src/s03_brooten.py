"""Site 3: Centro La Milpa, Brooten (Joomla-like, Spanish-first).
Layouts: bulletin list of avisos, month-grid calendar with asks inside day cells,
role matrix with merged header rows (rowspan/colspan), English FAQ in a <dl>,
Spanish PDF flyer."""
from kit import need, trap

SLUG = "brooten-centro-la-milpa"
TOWN = "brooten"

def head(lang, title):
    return """<!DOCTYPE html>
<html lang="%s" dir="ltr">
<head><meta charset="utf-8"><meta name="generator" content="Joomla! - Open Source Content Management">
<title>%s</title><link href="/templates/protostar/css/template.css" rel="stylesheet"></head>
<body class="site com_content view-article">
<div class="body"><div class="container">
<header class="header"><a class="brand pull-left" href="/index.html"><span class="site-title">Centro La Milpa</span></a>
<div class="header-search pull-right"><span class="site-description">Trabajadores lecheros de Brooten y alrededores</span></div></header>
<nav class="navigation"><ul class="nav menu nav-pills mod-list">
<li class="item-101"><a href="/index.html">Inicio</a></li>
<li class="item-102"><a href="/calendario.html">Calendario</a></li>
<li class="item-103"><a href="/voluntarios.html">Voluntarios</a></li>
<li class="item-104"><a href="/en/index.html">English</a></li>
<li class="item-105"><a href="/docs/volante-invierno.pdf">Volante de invierno (PDF)</a></li>
</ul></nav>
<main id="content" role="main">
""" % (lang, title)

FOOT = """</main>
<footer class="footer"><hr><p>Centro La Milpa &middot; 203 Main Street, Brooten, MN &middot; 555-0134 &middot; info@lamilpabrooten.org</p>
<p><a href="/fotos/posada-2024.html">Fotos de la posada 2024</a> &middot; <a href="/equipo/index.html">Equipo (acceso interno)</a></p></footer>
</div></div></body></html>
"""

PAGES = {}
PAGES["index.html"] = head("es", "Inicio - Centro La Milpa") + """
<div class="item-page"><h1>Bienvenidos al Centro La Milpa</h1>
<p>Somos un centro de trabajadores lecheros y sus familias. Desde 2014 acompañamos a quienes ordeñan, alimentan y cuidan el ganado en las granjas del condado de Stearns y del condado de Pope.</p></div>
<div class="moduletable avisos"><h3>Avisos</h3>
<ul class="avisos-lista">
<li><strong>Se busca maestra o maestro de inglés</strong> para el grupo de los domingos por la tarde en el salón parroquial. Nivel principiante; mejor si tiene experiencia con adultos.</li>
<li><strong>Colecta de chamarras:</strong> ¡meta alcanzada! Recibimos 210 chamarras. Ya no necesitamos más, gracias de corazón.</li>
<li><strong>Horario de invierno:</strong> a partir del 1 de diciembre abrimos de martes a sábado, de 11 a 7.</li>
<li><strong>Se solicita</strong> un refrigerador pequeño para la guardería, para guardar la leche y la comida de los bebés.</li>
</ul></div>
<div class="moduletable"><h3>Nuestros servicios</h3>
<p>Clínica legal gratuita el segundo martes de cada mes, ayuda con reclamos de salario y acompañamiento en casos de accidentes de trabajo.</p></div>
<div class="moduletable"><h3>Apóyanos</h3>
<p>Con $25 al mes sostienes la clínica legal. <a href="https://give.example.org/lamilpa">Dona ahora</a></p></div>
""" + FOOT

PAGES["calendario.html"] = head("es", "Calendario - Centro La Milpa") + """
<h1>Calendario</h1>
<table class="cal" border="1" cellpadding="4">
<thead><tr><th colspan="7">Diciembre 2025</th></tr>
<tr><th>Dom</th><th>Lun</th><th>Mar</th><th>Mié</th><th>Jue</th><th>Vie</th><th>Sáb</th></tr></thead>
<tbody>
<tr><td></td><td>1</td><td>2</td><td>3</td><td>4</td><td>5</td>
<td>6<div class="ev">Feria de salud, 10 a 2, gimnasio de la escuela. <b>Necesitamos 4 voluntarios bilingües para la mesa de registro.</b></div></td></tr>
<tr><td>7<div class="ev">Misa y convivio, 12:30</div></td><td>8</td><td>9</td>
<td>10<div class="ev">Taller: sus derechos en el trabajo, 7 pm</div></td><td>11</td><td>12</td>
<td>13<div class="ev full">Reparto de despensas &mdash; COMPLETO. Ya tenemos suficientes voluntarios.</div></td></tr>
<tr><td>14</td><td>15</td><td>16</td><td>17</td>
<td>18<div class="ev">Práctica de manejo: buscamos un instructor de manejo con licencia que enseñe en el estacionamiento. Tres personas esperan su examen.</div></td><td>19</td>
<td>20<div class="ev">Posada navideña, 6 pm, salón parroquial</div></td></tr>
<tr><td>21<div class="ev">Para la posada necesitamos juguetes nuevos, sin envolver, para 80 niños. Tráiganlos antes del día 19.</div></td>
<td>22</td><td>23</td><td>24<div class="ev">Oficina cerrada</div></td><td>25<div class="ev">Oficina cerrada</div></td><td>26</td><td>27</td></tr>
</tbody></table>
""" + FOOT

PAGES["voluntarios.html"] = head("es", "Voluntarios - Centro La Milpa") + """
<h1>Voluntarios</h1>
<p>Estos son los turnos de este invierno. Un punto (&#9679;) indica el turno del rol.</p>
<table class="table table-bordered">
<thead>
<tr><th rowspan="2">Rol</th><th colspan="3">Turno</th><th rowspan="2">¿Cuántos faltan?</th></tr>
<tr><th>Mañana</th><th>Tarde</th><th>Noche</th></tr>
</thead>
<tbody>
<tr><td>Transporte a citas médicas (Sauk Centre, St. Cloud)</td><td>&#9679;</td><td></td><td></td><td>Faltan 2</td></tr>
<tr><td>Cuidado de niños durante las clases de inglés</td><td></td><td></td><td>&#9679;</td><td>Faltan 3</td></tr>
<tr><td>Intérprete en la clínica rural</td><td>&#9679;</td><td></td><td></td><td>Cubierto &#10004;</td></tr>
<tr><td>Preparador o preparadora de impuestos (certificación VITA)</td><td></td><td>&#9679;</td><td></td><td>Falta 1</td></tr>
<tr><td>Limpieza del salón después de eventos</td><td></td><td></td><td>&#9679;</td><td>0 &mdash; lleno</td></tr>
<tr><td>Asesor o asesora de casos (puesto pagado, 25 horas por semana)</td><td colspan="3">horario de oficina</td><td>Ver empleos</td></tr>
</tbody></table>
<h2>¿Cómo inscribirse?</h2>
<p>Descargue el volante, llénelo y tráigalo a la oficina, o llame a Rosa al 555-0134.</p>
""" + FOOT

PAGES["en/index.html"] = head("en", "In English - Centro La Milpa") + """
<h1>For English-speaking neighbors</h1>
<dl class="faq">
<dt>Do you need volunteers who don&rsquo;t speak Spanish?</dt>
<dd>Yes. Our biggest gap right now is a bike mechanic: many workers ride bicycles to the dairies, and a Saturday-morning fix-it hour would keep them rolling through winter. We have a stand and basic tools.</dd>
<dt>Can I drop off clothes?</dt>
<dd>Not right now &mdash; our clothing room is full and we have no storage space until March.</dd>
<dt>What does La Milpa do for workers?</dt>
<dd>Wage-claim help, English classes, a free legal clinic and rides to medical appointments.</dd>
<dt>Is there anything you need for winter?</dt>
<dd>Yes: insulated work gloves and wool socks, men&rsquo;s L and XL, new only. Drop them at the office on Main Street.</dd>
<dt>Can I give money?</dt>
<dd>Yes &mdash; online or by check to Centro La Milpa. Every dollar stays in Stearns and Pope counties.</dd>
<dt>How do workers join the English classes?</dt>
<dd>They come to the office with an ID and fill out a short form; classes start every six weeks.</dd>
</dl>
""" + FOOT

PAGES["equipo/index.html"] = """<!DOCTYPE html>
<html lang="es">
<head><meta charset="utf-8"><title>Equipo - interno</title></head>
<body>
<h1>Solo para el equipo &mdash; no compartir</h1>
<ol>
<li>Necesitamos un contador para la auditoría anual (enero).</li>
<li>Buscamos dos personas más para la junta directiva.</li>
<li>Rotación de limpieza de la oficina: faltan nombres para enero.</li>
</ol>
<p><a href="/index.html">Inicio</a></p>
</body></html>
"""

ROBOTS = """User-agent: *
Disallow: /administrator/
Disallow: /equipo/
Disallow: /tmp/
"""

PDFS = {
    "docs/volante-invierno.pdf": ("Colecta de invierno 2025 - Centro La Milpa", [
        ("title", "Colecta de invierno 2025 - Centro La Milpa"),
        ("p", "Este invierno muchos trabajadores nuevos llegan a las granjas sin ropa de trabajo adecuada. Con su ayuda nadie ordena con los pies mojados."),
        ("h", "Necesitamos botas de trabajo"),
        ("p", "Botas de trabajo impermeables con punta de acero, tallas 7 a 11, nuevas o en muy buen estado."),
        ("h", "Se busca voluntario con pickup"),
        ("p", "Para recoger donaciones en las granjas y en las iglesias de la zona los sábados por la mañana. Pagamos la gasolina."),
        ("h", "Gorros y bufandas"),
        ("p", "Ya tenemos suficientes gorros y bufandas. Por favor no traiga más, gracias."),
        ("h", "Entrega de botas"),
        ("p", "Sábado 13 de diciembre, de 10 a 1, en el salón parroquial."),
        ("h", "¿Quién puede recibir?"),
        ("p", "Cualquier trabajador lechero con su tarjeta de socio de La Milpa. Si no tiene tarjeta, venga a la oficina con una identificación."),
    ]),
}

P_IDX, P_CAL, P_VOL, P_EN, P_PDF, P_EQ = ("index.html", "calendario.html", "voluntarios.html",
                                          "en/index.html", "docs/volante-invierno.pdf", "equipo/index.html")
NEEDS = [
    need(P_IDX, ["maestro de inglés"], "skilled", "es", ["en"], layout="bulletin_item"),
    need(P_IDX, ["refrigerador pequeño"], "donation", "es", layout="bulletin_item", note="'se solicita'"),
    need(P_CAL, ["mesa de registro"], "volunteer", "es", ["es", "en"], layout="calendar_cell",
         note="volunteer ask inside an event's day cell"),
    need(P_CAL, ["instructor de manejo"], "skilled", "es", layout="calendar_cell"),
    need(P_CAL, ["juguetes nuevos"], "donation", "es", layout="calendar_cell"),
    need(P_VOL, ["transporte a citas médicas"], "volunteer", "es", layout="role_matrix_merged_header"),
    need(P_VOL, ["cuidado de niños"], "volunteer", "es", layout="role_matrix_merged_header"),
    need(P_VOL, ["impuestos"], "skilled", "es", layout="role_matrix_merged_header"),
    need(P_EN, ["bike mechanic"], "skilled", "en", layout="faq_answer"),
    need(P_EN, ["work gloves", "wool socks"], "donation", "en", layout="faq_answer"),
    need(P_PDF, ["botas de trabajo"], "donation", "es", layout="pdf"),
    need(P_PDF, ["pickup", "recoger donaciones"], "volunteer", "es", layout="pdf"),
]
TRAPS = [
    trap(P_IDX, "filled", ["colecta de chamarras", "chamarras"], "'¡meta alcanzada! ... ya no necesitamos más'"),
    trap(P_IDX, "hours", ["horario de invierno"]),
    trap(P_IDX, "service", ["clínica legal gratuita"]),
    trap(P_IDX, "general_appeal", ["dona ahora", "apóyanos"]),
    trap(P_CAL, "event", ["feria de salud"], "event whose cell also holds a volunteer ask"),
    trap(P_CAL, "event", ["misa y convivio"]),
    trap(P_CAL, "event", ["sus derechos en el trabajo"]),
    trap(P_CAL, "filled", ["reparto de despensas"], "COMPLETO"),
    trap(P_CAL, "event", ["posada navideña"]),
    trap(P_CAL, "hours", ["oficina cerrada"]),
    trap(P_VOL, "filled", ["intérprete en la clínica"], "'Cubierto ✔'"),
    trap(P_VOL, "filled", ["limpieza del salón"], "'0 — lleno'"),
    trap(P_VOL, "job", ["asesor o asesora de casos"], "puesto pagado"),
    trap(P_VOL, "how_to_apply", ["cómo inscribirse"]),
    trap(P_EN, "filled", ["clothing room", "drop off clothes"]),
    trap(P_EN, "service", ["wage-claim help"]),
    trap(P_EN, "general_appeal", ["give money"]),
    trap(P_EN, "how_to_apply", ["join the english classes"]),
    trap(P_PDF, "filled", ["gorros y bufandas"]),
    trap(P_PDF, "event", ["entrega de botas"]),
    trap(P_PDF, "how_to_apply", ["tarjeta de socio", "quién puede recibir"]),
    trap(P_EQ, "robots", ["contador", "auditoría anual"]),
    trap(P_EQ, "robots", ["junta directiva"]),
    trap(P_EQ, "robots", ["rotación de limpieza"]),
]
