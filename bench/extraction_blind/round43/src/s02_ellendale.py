from common import N, T

SLUG = "ellendale-st-isidore-parish"

MENU = """<nav class="navbar navbar-expand-lg"><ul class="navbar-nav">
<li class="nav-item"><a class="nav-link" href="/index.html">Home</a></li>
<li class="nav-item"><a class="nav-link" href="/ministerios.html">Ministerios</a></li>
<li class="nav-item"><a class="nav-link" href="/necesidades.html">Necesidades / Needs</a></li>
<li class="nav-item"><a class="nav-link" href="/en/serve.html">Serve</a></li>
<li class="nav-item"><a class="nav-link" href="/boletin/boletin-semanal.pdf">Bolet&iacute;n</a></li>
</ul></nav>"""

FOOT = """<footer class="site-footer"><div class="container">
<p>St. Isidore Catholic Church &middot; 415 2nd St NE, Ellendale, MN 56026 &middot; (507) 555-0127</p>
<p><a href="/consejo/notas.html">Consejo pastoral</a> | <a href="/fotos/kermes-2024.html">Fotos de la kerm&eacute;s</a> |
Diocese of Winona-Rochester</p></div></footer>"""


def page(lang, title, body):
    return """<!doctype html>
<html lang="%s">
<head><meta charset="utf-8"><title>%s &ndash; St. Isidore Ellendale</title>
<link href="/css/bootstrap.min.css" rel="stylesheet"></head>
<body>
%s
<div class="container py-4">
%s
</div>
%s
</body>
</html>
""" % (lang, title, MENU, body, FOOT)


INDEX = page("en", "Welcome", """
<h1>St. Isidore Catholic Church &middot; Iglesia San Isidro</h1>
<p class="lead">A rural parish of farm families, old and new, praying in English and Spanish.</p>
<div class="row">
 <div class="col-md-4"><h3>Mass times / Horario de misas</h3>
 <p>Saturday 5:00 pm (English) &middot; Sunday 9:00 am (English) &middot; Domingo 11:30 am (espa&ntilde;ol)</p></div>
 <div class="col-md-4"><h3>Parish picnic</h3>
 <p>Sunday, June 8, after the 11:30 Mass, on the school grounds. Bring a lawn chair!</p></div>
 <div class="col-md-4"><h3>Stewardship</h3>
 <p>Please consider offering envelopes or online giving. Your regular gift keeps the lights on and the doors open.</p></div>
</div>
""")

MINIST = page("es", "Ministerios", """
<h1>Ministerios parroquiales</h1>
<p>Haga clic en cada ministerio para ver detalles. Actualizado por la oficina parroquial.</p>
<div class="list-group">
 <div class="list-group-item"><div class="d-flex justify-content-between"><h5 class="mb-1">Catequistas para primera comuni&oacute;n</h5>
  <span class="badge bg-success">Abierto</span></div>
  <p class="mb-1">Buscamos dos catequistas para el grupo de ni&ntilde;os de segundo grado, mi&eacute;rcoles de 6 a 7 pm. Le damos el material.</p></div>
 <div class="list-group-item"><div class="d-flex justify-content-between"><h5 class="mb-1">Coro hispano</h5>
  <span class="badge bg-secondary">Cerrado</span></div>
  <p class="mb-1">Por ahora ya tenemos suficientes voces. &iexcl;Gracias a todos los que se ofrecieron!</p></div>
 <div class="list-group-item"><div class="d-flex justify-content-between"><h5 class="mb-1">Ujieres (ministros de hospitalidad)</h5>
  <span class="badge bg-success">Abierto</span></div>
  <p class="mb-1">Hacen falta ujieres para la misa de las 11:30: recibir a la gente, pasar la canasta y ayudar con la comuni&oacute;n.</p></div>
 <div class="list-group-item"><div class="d-flex justify-content-between"><h5 class="mb-1">Coordinador(a) de j&oacute;venes</h5>
  <span class="badge bg-info">Empleo</span></div>
  <p class="mb-1">Puesto pagado de 15 horas por semana. Env&iacute;e su curr&iacute;culum a la oficina antes del 30 de mayo.</p></div>
 <div class="list-group-item"><div class="d-flex justify-content-between"><h5 class="mb-1">Cuidado de ni&ntilde;os durante la misa</h5>
  <span class="badge bg-success">Abierto</span></div>
  <p class="mb-1">Necesitamos mam&aacute;s, pap&aacute;s o abuelitos que cuiden a los peque&ntilde;os en el sal&oacute;n durante la misa en espa&ntilde;ol, un domingo al mes.</p></div>
</div>
""")

NECES = page("es", "Necesidades", """
<h1>Necesidades de la parroquia / Parish needs</h1>
<table class="table table-bordered">
<thead><tr><th>Espa&ntilde;ol</th><th>English</th></tr></thead>
<tbody>
<tr><td><b>Despensa parroquial:</b> arroz, frijoles, aceite de cocina, harina de ma&iacute;z (Maseca) y caf&eacute;.</td>
    <td><b>Parish pantry:</b> rice, beans, cooking oil, corn flour and coffee.</td></tr>
<tr><td><b>Ropa de invierno para ni&ntilde;os:</b> &iexcl;Gracias! Ya recibimos suficiente para este a&ntilde;o.</td>
    <td><b>Children's winter clothing:</b> Thank you! We have received enough for this year.</td></tr>
<tr><td><b>Buscamos un electricista voluntario</b> para revisar los enchufes del sal&oacute;n parroquial antes de la kerm&eacute;s.</td>
    <td><b>Looking for a volunteer electrician</b> to check the outlets in the parish hall before the festival.</td></tr>
</tbody></table>
<h2>La familia Ram&iacute;rez</h2>
<p>La familia Ram&iacute;rez, que trabaja en la lecher&iacute;a al norte del pueblo, perdi&oacute; casi todo en el incendio de su
tr&aacute;iler en abril. Ya tienen d&oacute;nde vivir, pero les falta una estufa y una mesa de cocina. Si usted puede ayudar,
llame a la oficina.</p>
<h2>Gracias</h2>
<p>La colecta de Cuaresma para Catholic Relief Services junt&oacute; $3,180. &iexcl;Dios se lo pague!</p>
""")

SERVE = page("en", "Serve", """
<h1>Ways to serve</h1>
<h2>Funeral luncheon team</h2>
<p>When a parish family loses someone, we serve a luncheon after the funeral. Lately we are short on cooks who can make a
hotdish or bars on a day's notice. Add your name to the call list.</p>
<h2>Snow shoveling crew</h2>
<p>The church steps and ramp need shoveling before early Mass on snowy weekends. A crew of six would mean each person
goes out only a few times a winter.</p>
<h2>Religious education registration</h2>
<p>Register your children for faith formation by August 31 using the form at the parish office.</p>
<h2>From Father Tom</h2>
<p>Father Tomas Ugalde grew up in Jalisco and was ordained for the Diocese of Winona-Rochester in 2016. He has been our
pastor since 2022 and still misses his mother's pozole.</p>
""")

CONSEJO = page("es", "Consejo", """
<h1>Notas del consejo pastoral (privado)</h1>
<ul><li>Buscar un contador voluntario para la auditor&iacute;a.</li>
<li>Pedir a la comunidad un congelador para la despensa.</li>
<li>Falta un sacrist&aacute;n para las misas de semana.</li></ul>
""")

PAGES = {"index.html": INDEX, "ministerios.html": MINIST, "necesidades.html": NECES, "en/serve.html": SERVE,
         "consejo/notas.html": CONSEJO}

ROBOTS = """User-agent: *
Disallow: /consejo/
"""

PDFS = {
    "boletin/boletin-semanal.pdf": ("Boletin semanal - San Isidro", [
        ("title", "Iglesia San Isidro - Boletin semanal"),
        ("p", "415 2nd St NE, Ellendale, MN 56026 - (507) 555-0127"),
        ("h", "Intenciones de la misa"),
        ("p", "Domingo 11:30: por el eterno descanso de Don Ernesto Salazar."),
        ("h", "Se necesitan lectores"),
        ("p", "Se necesitan lectores para la misa de las 11:30 en espa\u00f1ol. Si usted lee con claridad y puede venir "
              "dos domingos al mes, hable con Do\u00f1a Lupe despu\u00e9s de misa."),
        ("h", "Colecta"),
        ("p", "Colecta de la semana pasada: $2,314. Gracias por su generosidad."),
        ("h", "Bautizos"),
        ("p", "Los padres y padrinos deben asistir a la pl\u00e1tica prebautismal, el segundo s\u00e1bado de cada mes a las 10 am."),
        ("h", "Quincea\u00f1eras y bodas"),
        ("p", "Para quincea\u00f1eras y bodas, llame a la oficina por lo menos seis meses antes de la fecha."),
    ]),
}

NEEDS = [
    N("ministerios.html", ["catequistas"], "volunteer", "es", layout="cms_listing", note="badge Abierto"),
    N("ministerios.html", ["ujieres"], "volunteer", "es", layout="cms_listing"),
    N("ministerios.html", ["cuidado de niños"], "volunteer", "es", layout="cms_listing"),
    N("necesidades.html", ["despensa parroquial", "parish pantry"], "donation", "es", layout="bilingual_table",
      note="wish list inside one cell; both columns are the same need"),
    N("necesidades.html", ["electricista", "volunteer electrician"], "skilled", "es", layout="bilingual_table"),
    N("necesidades.html", ["estufa", "mesa de cocina"], "donation", "es", layout="story", note="stove + kitchen table: one need"),
    N("boletin/boletin-semanal.pdf", ["lectores"], "volunteer", "es", ["es"], layout="pdf", note="readers for the Spanish Mass"),
    N("en/serve.html", ["funeral luncheon", "short on cooks"], "volunteer", "en", layout="short_on"),
    N("en/serve.html", ["snow shoveling"], "volunteer", "en", layout="heading_paragraph"),
]

TRAPS = [
    T("index.html", "hours", ["mass times"]),
    T("index.html", "event", ["parish picnic"]),
    T("index.html", "general_appeal", ["stewardship", "offering envelopes"]),
    T("ministerios.html", "filled", ["coro hispano"], "Cerrado, ya tenemos suficientes voces"),
    T("ministerios.html", "job", ["coordinador(a) de jóvenes"]),
    T("necesidades.html", "filled", ["ropa de invierno", "winter clothing"], "ya recibimos suficiente"),
    T("necesidades.html", "recap", ["colecta de cuaresma"]),
    T("en/serve.html", "how_to_apply", ["religious education registration"]),
    T("en/serve.html", "bio", ["from father tom"]),
    T("boletin/boletin-semanal.pdf", "event", ["intenciones de la misa"]),
    T("boletin/boletin-semanal.pdf", "recap", ["colecta de la semana pasada"]),
    T("boletin/boletin-semanal.pdf", "how_to_apply", ["plática prebautismal"]),
    T("boletin/boletin-semanal.pdf", "how_to_apply", ["seis meses antes"]),
    T("consejo/notas.html", "robots", ["contador voluntario"]),
    T("consejo/notas.html", "robots", ["congelador"]),
    T("consejo/notas.html", "robots", ["sacristán"]),
]
