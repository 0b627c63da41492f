from common import N, T

SLUG = "wanamingo-valley-food-shelf"


def page(lang, title, body, active=""):
    nav = [("/index.html", "Home"), ("/volunteer.html", "Volunteer"), ("/news.html", "Valley Notes"),
           ("/es/index.html", "En español")]
    items = "\n".join('      <li class="wsite-menu-item-wrap%s"><a href="%s" class="wsite-menu-item">%s</a></li>'
                      % (" active" if h == active else "", h, t) for h, t in nav)
    return """<!DOCTYPE html>
<html lang="%s">
<head>
<meta charset="utf-8">
<title>%s - Wanamingo Valley Food Shelf</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link id="wsite-base-style" rel="stylesheet" type="text/css" href="//cdn2.editmysite.com/css/sites.css?buildTime=1712" />
<link rel="stylesheet" type="text/css" href="/files/main_style.css?1712345678" title="wsite-theme-css" />
</head>
<body class="no-header-page wsite-page-index">
<div class="wrapper">
  <div class="dusk-header">
    <div class="nav-wrap">
      <span class="wsite-logo"><a href="/index.html"><span id="wsite-title">Wanamingo Valley Food Shelf</span></a></span>
      <ul class="wsite-menu-default">
%s
      </ul>
    </div>
  </div>
  <div class="main-wrap">
    <div id="wsite-content" class="wsite-elements wsite-not-footer">
%s
    </div>
  </div>
  <div class="footer-wrap">
    <div class="wsite-elements wsite-footer">
      <div class="paragraph" style="text-align:center;">Wanamingo Valley Food Shelf &bull; 118 Third Ave, Wanamingo, MN 55983 &bull; (507) 555-0142 &bull; shelf@wanamingovalleyfood.org<br />
      <a href="/flyers/colecta-invierno.pdf">Colecta de invierno (PDF)</a> &bull; <a href="/board/minutes.html">Board minutes</a></div>
    </div>
  </div>
</div>
<script type="text/javascript">_W = _W || {}; _W.securePrefix='';</script>
</body>
</html>
""" % (lang, title, items, body)


INDEX = page("en", "Home", """
<h2 class="wsite-content-title">Neighbors feeding neighbors since 1983</h2>
<div class="paragraph">We serve households in Wanamingo, Minneola and Cherry Grove townships. Everyone is welcome; no one is turned away.</div>

<h2 class="wsite-content-title">Shelf check <span style="font-size:13px;">(updated Monday)</span></h2>
<div class="paragraph">Here is how the shelves look this week. If you are shopping for us, the items marked <strong>running low</strong> help the most.</div>
<div class="wsite-multicol"><table class="wsite-multicol-table">
<tbody class="wsite-multicol-tbody"><tr class="wsite-multicol-tr">
<td class="wsite-multicol-col" style="width:50%;">
<div class="paragraph"><strong>Running low</strong><br />Peanut butter<br />Size 6 diapers<br />Canned tuna<br />Cooking oil</div>
</td>
<td class="wsite-multicol-col" style="width:50%;">
<div class="paragraph"><strong>Plenty &mdash; please hold off</strong><br />Canned green beans<br />Boxed pasta<br />Ramen noodles</div>
</td>
</tr></tbody></table></div>

<h2 class="wsite-content-title">When we're open</h2>
<div class="paragraph">Tuesdays 4:00&ndash;7:00 pm and Saturdays 9:00&ndash;11:00 am in the lower level of the old creamery building. Enter from the alley.</div>

<div class="wsite-button-wrap"><a class="wsite-button" href="/volunteer.html"><span class="wsite-button-inner">Volunteer with us</span></a>
<a class="wsite-button" href="https://www.paypal.com/donate?hosted_button_id=WVFS0142"><span class="wsite-button-inner">Give online</span></a></div>

<h2 class="wsite-content-title">Corn Feed &amp; Pie Social &ndash; Saturday, August 16</h2>
<div class="paragraph">Sweet corn, brats and a pie auction in the city park, 4 to 7 pm. Proceeds buy milk and eggs for the fall.
<a href="/photos/corn-feed-2024.html">Last year's pictures</a></div>
""", "/index.html")

VOLUNTEER = page("en", "Volunteer", """
<h2 class="wsite-content-title">Volunteer schedule &ndash; September</h2>
<div class="paragraph">The last column shows how many more people each shift needs. Call Bev at (507) 555-0142 to put your name in.</div>
<table class="schedule" border="1" cellpadding="5" cellspacing="0">
<thead><tr><th>Day</th><th>Role</th><th>Time</th><th>Who's signed up</th><th>Still needed</th></tr></thead>
<tbody>
<tr><td rowspan="2">Tuesday</td><td><b>Intake desk</b><br /><small>Check families in on the laptop and hand out numbers</small></td><td>3:45&ndash;7:15 pm</td><td>Bev H.</td><td>2</td></tr>
<tr><td><b>Pallet sorting</b></td><td>1:00&ndash;3:00 pm</td><td>Gary L., Tom S., Lupe R.</td><td><b style="color:#b00;">FULL</b></td></tr>
<tr><td>Thursday</td><td><b>Home delivery driver</b><br /><small>Your own car; six homebound households between Wanamingo and Kenyon</small></td><td>10:00 am&ndash;noon</td><td>&mdash;</td><td>1</td></tr>
<tr><td rowspan="2">Saturday</td><td><b>Produce table</b></td><td>8:30&ndash;11:30 am</td><td>Ann B., Hector M., Nora J., Deb K.</td><td>0</td></tr>
<tr><td><b>Spanish&ndash;English greeter</b><br /><small>Welcome families at the door and explain how the line works, in both languages</small></td><td>8:30&ndash;11:30 am</td><td>&mdash;</td><td>1</td></tr>
</tbody>
</table>

<h3>Substitute list</h3>
<div class="paragraph">We keep an on-call list of subs and phone them as needed when a regular is sick. The list has 14 names right now, so we are not adding anyone this season.</div>

<h3>Paid position: Operations Coordinator</h3>
<div class="paragraph">20 hours a week, $19/hour. Orders from the regional food bank, keeps the warehouse log, supervises volunteers. Send a letter and resume to the board chair by October 1.</div>
""", "/volunteer.html")

ES = page("es", "En español", """
<h2 class="wsite-content-title">Despensa gratuita para todas las familias</h2>
<div class="paragraph">Cualquier familia que vive en el área de Wanamingo puede llevar comida dos veces al mes. No pedimos número de seguro social.</div>

<h2 class="wsite-content-title">¿Qué necesito traer la primera vez?</h2>
<div class="paragraph">Una identificación con foto (de cualquier país) y una carta o recibo con su dirección. Le damos una tarjeta y desde entonces solo la muestra.</div>

<h2 class="wsite-content-title">Se busca técnico en refrigeración</h2>
<div class="paragraph">Nuestro cuarto frío hace un ruido raro y ya no mantiene la temperatura; la leche y los huevos se nos echan a perder.
Si usted sabe de refrigeración comercial, le pedimos que venga a revisarlo una tarde. Nosotros pagamos las piezas.</div>

<h2 class="wsite-content-title">Llamadas de recordatorio</h2>
<div class="paragraph">Muchas familias se olvidan del día de reparto. Necesitamos voluntarios que hablen español para llamar por teléfono a unas 30 familias los lunes por la noche. Se hace desde su casa y le damos la lista.</div>

<h3>Pañales talla 4</h3>
<div class="paragraph">¡Ya tenemos bastantes, muchas gracias! Por ahora no traiga más de esta talla.</div>

<h3>Clínica de vacunas gratis</h3>
<div class="paragraph">El domingo 12 de octubre, de 1 a 4 de la tarde, en la escuela. Vacunas contra la gripe y el COVID para toda la familia.</div>
""", "/es/index.html")

NEWS = page("en", "Valley Notes", """
<h2 class="wsite-content-title">Valley Notes &ndash; Fall newsletter</h2>
<h3>From the director's chair</h3>
<div class="paragraph">What a year. Last November we handed out 418 Thanksgiving baskets, almost a hundred more than the year before, and the
Goodhue County 4-H clubs packed every one of them. Thank you.</div>
<div class="paragraph">Now the less happy news. Our old upright freezer finally gave out in July, and we have been squeezing frozen meat into two
chest freezers ever since. If your business or church is replacing a commercial upright freezer, we would gladly give the old one a
second life. We can arrange a truck to pick it up.</div>

<h3>Why I sort cans at 7 a.m.: a volunteer's story</h3>
<div class="paragraph">Gary Lindahl has unloaded our truck for eleven years. <a href="/news.html#gary">Read his story &raquo;</a></div>

<h3>Seeking: someone to run our Facebook page</h3>
<div class="paragraph">Half of our families find out about the food shelf from Facebook, and our page has not been updated since spring. We are looking
for a volunteer who is good with social media to post hours, shelf updates and photos two or three times a week. You can do it from your couch.</div>

<h3>Soup &amp; Pie Supper</h3>
<div class="paragraph">Sunday, November 9, 5&ndash;7 pm at St. John's Lutheran. Free-will offering for the food shelf.</div>

<h3>Meet Lupe Rosales, our new board president</h3>
<div class="paragraph">Lupe moved to Wanamingo in 2009 and has volunteered on Tuesday nights for six years. She works at the dairy co-op and coaches girls' soccer.</div>
""", "/news.html")

BOARD = page("en", "Board minutes", """
<h2 class="wsite-content-title">Board minutes &ndash; September 8 (board members only)</h2>
<ul>
<li>Outlet by the cooler keeps tripping; Tom will find a volunteer electrician to add a dedicated circuit.</li>
<li>Ask the Farm Bureau about a loaner trailer for the turkey pickup in November.</li>
<li>We should recruit two more drivers for the Kenyon delivery route before winter.</li>
</ul>
""")

PAGES = {
    "index.html": INDEX,
    "volunteer.html": VOLUNTEER,
    "es/index.html": ES,
    "news.html": NEWS,
    "board/minutes.html": BOARD,
}

ROBOTS = """# Weebly default plus board folder
User-agent: *
Disallow: /ajax/
Disallow: /apps/
Disallow: /board/

Sitemap: https://www.wanamingovalleyfood.org/sitemap.xml
"""

PDFS = {
    "flyers/colecta-invierno.pdf": ("Colecta de invierno - Wanamingo Valley Food Shelf", [
        ("title", "WANAMINGO VALLEY FOOD SHELF"),
        ("title", "Colecta de invierno 2025"),
        ("p", "118 Third Ave, Wanamingo, MN 55983 - (507) 555-0142"),
        ("h", "¿Qué necesitamos?"),
        ("p", "Gorros, guantes y bufandas para niños de 3 a 12 años. Cada invierno muchos niños llegan a la escuela sin guantes "
              "cuando baja la temperatura. Pueden ser nuevos o usados en buen estado, de cualquier color."),
        ("h", "Chamarras de adulto"),
        ("p", "Ya recibimos suficientes chamarras de adulto este año. ¡Gracias a todos! Por favor no traiga más."),
        ("h", "¿Dónde dejar las donaciones?"),
        ("p", "En la caja azul junto a la puerta del callejón, martes de 4 a 7 de la tarde o sábados de 9 a 11 de la mañana."),
        ("h", "Entrega de canastas navideñas"),
        ("p", "Sábado 20 de diciembre, de 9 a 11 de la mañana, en el gimnasio de la escuela. Traiga su tarjeta de la despensa."),
    ]),
}

NEEDS = [
    N("index.html", ["peanut butter", "size 6 diapers", "running low"], "donation", "en", layout="wish_list",
      note="two-column shelf check; the running-low column is one need"),
    N("volunteer.html", ["intake desk"], "volunteer", "en", layout="shift_table", note="1 named, 2 still needed"),
    N("volunteer.html", ["home delivery driver"], "volunteer", "en", layout="shift_table", note="own car"),
    N("volunteer.html", ["greeter"], "volunteer", "en", ["es", "en"], layout="shift_table", note="bilingual greeter"),
    N("es/index.html", ["técnico en refrigeración", "refrigeración comercial"], "skilled", "es", layout="heading_paragraph"),
    N("es/index.html", ["llamadas de recordatorio"], "volunteer", "es", ["es"], layout="heading_paragraph"),
    N("news.html", ["upright freezer"], "donation", "en", layout="newsletter_buried", note="buried in director's letter"),
    N("news.html", ["facebook page", "social media"], "skilled", "en", layout="seeking",
      note="'Seeking:' heading directly under a blog teaser"),
    N("flyers/colecta-invierno.pdf", ["gorros, guantes y bufandas", "guantes"], "donation", "es", layout="pdf"),
]

TRAPS = [
    T("index.html", "filled", ["canned green beans", "boxed pasta"], "'Plenty - please hold off' column"),
    T("index.html", "hours", ["when we're open"]),
    T("index.html", "general_appeal", ["volunteer with us"], "button pointing to the schedule"),
    T("index.html", "general_appeal", ["give online"]),
    T("index.html", "event", ["corn feed"]),
    T("volunteer.html", "filled", ["pallet sorting"], "FULL"),
    T("volunteer.html", "filled", ["produce table"], "four names, 0 still needed"),
    T("volunteer.html", "filled", ["substitute list"], "on-call list, not adding anyone"),
    T("volunteer.html", "job", ["operations coordinator"], "paid $19/h"),
    T("es/index.html", "service", ["despensa gratuita"]),
    T("es/index.html", "how_to_apply", ["qué necesito traer"]),
    T("es/index.html", "filled", ["pañales talla 4"], "ya tenemos bastantes"),
    T("es/index.html", "event", ["clínica de vacunas"]),
    T("news.html", "recap", ["thanksgiving baskets"]),
    T("news.html", "blog", ["why i sort cans"]),
    T("news.html", "event", ["soup & pie supper"]),
    T("news.html", "bio", ["lupe rosales"]),
    T("board/minutes.html", "robots", ["volunteer electrician"]),
    T("board/minutes.html", "robots", ["loaner trailer"]),
    T("board/minutes.html", "robots", ["kenyon delivery route"]),
    T("flyers/colecta-invierno.pdf", "filled", ["chamarras de adulto"], "ya recibimos suficientes"),
    T("flyers/colecta-invierno.pdf", "hours", ["caja azul"], "drop-off place and times"),
    T("flyers/colecta-invierno.pdf", "event", ["canastas navideñas"]),
]
