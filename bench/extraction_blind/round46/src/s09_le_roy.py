from common import N, T

SLUG = "le-roy-upper-iowa-food-shelf"

HEAD = """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} &#8211; Upper Iowa River Food Shelf</title>
<link rel="stylesheet" id="generate-style-css" href="/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.4.0" media="all">
</head>
<body class="page-template-default page no-sidebar nav-float-right one-container">
<a class="screen-reader-text skip-link" href="#content">Skip to content</a>
<header class="site-header" id="masthead">
  <div class="inside-header grid-container">
    <div class="site-branding"><p class="main-title"><a href="/index.html" rel="home">Upper Iowa River Food Shelf</a></p>
    <p class="site-description">Le Roy, Minnesota</p></div>
    <nav class="main-navigation" id="site-navigation"><ul id="menu-main" class="menu sf-menu">
      <li class="menu-item"><a href="/index.html">Home</a></li>
      <li class="menu-item"><a href="/volunteer.html">Volunteer</a></li>
      <li class="menu-item"><a href="/holiday-boxes.html">Holiday Boxes</a></li>
      <li class="menu-item"><a href="/es.html">Español</a></li>
      <li class="menu-item"><a href="/so.html">Soomaali</a></li>
    </ul></nav>
  </div>
</header>
<div class="site grid-container container" id="page"><div class="site-content" id="content"><div class="content-area" id="primary"><main class="site-main" id="main">
"""

FOOT = """
</main></div></div></div>
<div class="site-footer"><footer class="site-info">
  <div class="inside-site-info grid-container">
    <p>Upper Iowa River Food Shelf &middot; 230 W Main St, Le Roy, MN 55951 &middot; 507-555-0106 &middot; pantry@upperiowafoodshelf.org</p>
    <p><a href="/wp-content/uploads/2024/10/clinica-movil.pdf">Volante: clínica móvil (PDF)</a> &middot; <a href="/board-only/agenda.html">Board</a> &middot; <a href="/2024/09/backpack-program-recap/">Backpack program recap</a></p>
  </div>
</footer></div>
</body>
</html>
"""

INDEX = HEAD.format(lang="en", title="Home") + """
<article class="page"><div class="inside-article"><div class="entry-content">
  <h1>Food for every table in the Le Roy area</h1>
  <p>We serve households in Le Roy, Ostrander, Taopi and across the Iowa line in Chester and Lime Springs.</p>
  <div class="wp-block-columns">
    <div class="wp-block-column">
      <h2>Open Thursdays</h2>
      <p>Thursday 2:00 &ndash; 6:30 pm, and the last Saturday of each month 9 &ndash; 11 am.</p>
    </div>
    <div class="wp-block-column">
      <h2>Getting food</h2>
      <p>Come during open hours. The first time, we ask your name, address and household size. No proof of income needed.</p>
    </div>
  </div>
  <div class="wp-block-group has-background" style="background:#fff3cd">
    <h2>We are out of baby formula and size 5 diapers</h2>
    <p>Three young families asked this week and we had nothing to give. Unopened cans of infant formula (any brand) and packs of
    size 5 and 6 diapers can be dropped at City Hall during business hours.</p>
  </div>
  <h2>Souper Bowl Sunday</h2>
  <p>Soup supper at St. Patrick's hall, February 8, 4&ndash;7 pm, free-will offering for the food shelf.</p>
  <h2>Your dollar goes far</h2>
  <p>Through our food bank partner, every $1 donated buys three meals. Give online or drop a check at City Hall.</p>
</div></div></article>
""" + FOOT

VOL = HEAD.format(lang="en", title="Volunteer") + """
<article class="page"><div class="inside-article"><div class="entry-content">
  <h1>Volunteer shifts</h1>
  <p>Names are filled in as people sign up. A blank means we still need you.</p>
  <figure class="wp-block-table"><table>
    <thead><tr><th>Shift</th><th>Day &amp; time</th><th>1</th><th>2</th><th>3</th><th>4</th></tr></thead>
    <tbody>
      <tr><td>Monday unload crew</td><td>Mon 9&ndash;10:30 am</td><td>Vern H.</td><td>Deb S.</td><td></td><td></td></tr>
      <tr><td>Thursday distribution</td><td>Thu 1:30&ndash;7 pm</td><td>Carol</td><td>Nasra</td><td>Luis</td><td>Jim &amp; Pat &#10003;</td></tr>
      <tr><td>Senior box delivery (your own car)</td><td>3rd Fri of month</td><td></td><td></td><td>&ndash;</td><td>&ndash;</td></tr>
      <tr><td>Saturday youth shift, ages 14&ndash;17</td><td>Last Sat 8:30&ndash;11:30</td><td colspan="4"><em>Booked through December by the LeRoy-Ostrander FFA</em></td></tr>
      <tr><td>Client intake, Spanish &amp; English</td><td>Thu 2&ndash;6:30 pm</td><td>Yesenia R.</td><td></td><td>&ndash;</td><td>&ndash;</td></tr>
    </tbody>
  </table></figure>
  <h2>Volunteer of the month: Arlene</h2>
  <p>Arlene Stoltz has packed senior boxes for 14 years. She turns 90 in March!</p>
</div></div></article>
""" + FOOT

HOLIDAY = HEAD.format(lang="en", title="Holiday Boxes") + """
<article class="page"><div class="inside-article"><div class="entry-content">
  <h1>Holiday meal boxes</h1>
  <p>Each December we pack 150 holiday meal boxes. Here is where we stand:</p>
  <h2>Holiday meal box checklist</h2>
  <ul class="checklist">
    <li>&#9744; Boxed stuffing mix</li>
    <li>&#9744; Canned cranberry sauce</li>
    <li>&#9744; Instant mashed potatoes</li>
    <li>&#9744; Canned green beans</li>
    <li>&#9745; <s>Pumpkin pie filling</s> &ndash; covered by First Lutheran youth</li>
    <li>&#9745; <s>Frozen turkeys</s> &ndash; all 150 sponsored by the Le Roy Lions</li>
  </ul>
  <h2>Adopt-a-family</h2>
  <p>All 45 families have been adopted for this Christmas. Thank you! The list will open again next October.</p>
  <h2>How families sign up for a holiday box</h2>
  <p>Sign up at the Thursday pantry before December 5. One box per household.</p>
  <h2>Packing day volunteers</h2>
  <p>December 14 at the Le Roy Community Center: every volunteer spot is taken. Thank you to the 60 people who signed up!</p>
</div></div></article>
""" + FOOT

ES = HEAD.format(lang="es", title="Español") + """
<article class="page"><div class="inside-article"><div class="entry-content">
  <h1>Banco de alimentos del río Upper Iowa</h1>
  <h2>Despensa gratis cada jueves</h2>
  <p>Todas las familias del área son bienvenidas, de 2:00 a 6:30 de la tarde. No pedimos papeles.</p>
  <h2>¿Qué debe traer?</h2>
  <p>La primera vez solo le preguntamos su nombre, dirección y cuántas personas viven en su casa.</p>
  <h2>Se nos acabaron los frijoles y la harina de maíz</h2>
  <p>Muchas familias nos piden frijoles (en lata o en bolsa) y harina de maíz para tortillas. Ya no nos queda nada. Puede
  dejarlos en la alcaldía de lunes a viernes.</p>
  <h2>Pavos para Acción de Gracias</h2>
  <p>¡Ya tenemos todos los pavos que necesitamos! Gracias a todos los que donaron.</p>
  <h2>Ayúdenos a repartir las canastas navideñas</h2>
  <p>El jueves 19 de diciembre buscamos voluntarios para repartir canastas a las familias y cargarlas en los carros. Vengan con su
  familia; hay tareas para los jóvenes también.</p>
</div></div></article>
""" + FOOT

SO = HEAD.format(lang="so", title="Soomaali") + """
<article class="page"><div class="inside-article"><div class="entry-content">
  <h1>Bangiga cuntada ee Le Roy</h1>
  <h2>Cunto bilaash ah Khamiis kasta</h2>
  <p>Qoys kasta oo deegaanka ku nool wuu iman karaa, 2:00 ilaa 6:30 galabnimo.</p>
  <h2>Caawiye diiwaangelin oo Soomaali ku hadla</h2>
  <p>Qoysas Soomaali ah oo badan ayaa Khamiista yimaada, laakiin ma jiro qof u sharxa foomka. Waxaan raadinaynaa qof ku hadla
  Soomaali iyo Ingiriis oo nala joogi kara 2:00 ilaa 6:30 Khamiista.</p>
  <h2>Bariiska</h2>
  <p>Kaydkeennu hadda waa buuxaa &mdash; fadlan ha keenin bariis kale ilaa Janaayo. Mahadsanidiin!</p>
</div></div></article>
""" + FOOT

BOARD = HEAD.format(lang="en", title="Board agenda") + """
<article class="page"><div class="inside-article"><div class="entry-content">
  <h1>Board agenda &ndash; November (board members only)</h1>
  <ol>
    <li>Recruit a new treasurer before the annual audit.</li>
    <li>Need volunteers to repaint the loading dock.</li>
    <li>Request a donated pallet jack from the co-op.</li>
  </ol>
</div></div></article>
""" + FOOT

PAGES = {
    "index.html": INDEX,
    "volunteer.html": VOL,
    "holiday-boxes.html": HOLIDAY,
    "es.html": ES,
    "so.html": SO,
    "board-only/agenda.html": BOARD,
}

ROBOTS = """User-agent: *
Disallow: /wp-admin/
Allow: /wp-admin/admin-ajax.php
Disallow: /board-only/
"""

PDFS = {
    "wp-content/uploads/2024/10/clinica-movil.pdf": ("Clinica movil - Upper Iowa River Food Shelf", [
        ("title", "BANCO DE ALIMENTOS DEL RIO UPPER IOWA"),
        ("title", "Clínica móvil de salud"),
        ("p", "230 W Main St, Le Roy, MN 55951 - 507-555-0106"),
        ("h", "Clínica de vacunas gratis"),
        ("p", "Jueves 7 de noviembre, de 2:00 a 6:00 de la tarde, en el estacionamiento del banco de alimentos. Vacunas "
              "contra la gripe y el COVID para toda la familia."),
        ("h", "Buscamos un intérprete voluntario"),
        ("p", "La enfermera de la clínica móvil no habla español. Buscamos un intérprete voluntario de español e inglés "
              "que pueda acompañarla ese día y los primeros jueves de cada mes. Llame a Yesenia al 507-555-0106."),
        ("h", "Qué traer"),
        ("p", "Su tarjeta de seguro si la tiene. Si no tiene seguro, la vacuna es gratis de todos modos."),
    ]),
}

NEEDS = [
    N("index.html", ["baby formula", "size 5 diapers"], "donation", "en", layout="short_on", note="'we are out of'"),
    N("volunteer.html", ["monday unload crew"], "volunteer", "en", layout="shift_table", note="2 of 4 slots named"),
    N("volunteer.html", ["senior box delivery"], "volunteer", "en", layout="shift_table"),
    N("volunteer.html", ["client intake"], "skilled", "en", ["es", "en"], layout="shift_table", note="one slot open"),
    N("holiday-boxes.html", ["holiday meal box checklist", "stuffing mix"], "donation", "en", layout="checklist",
      note="unticked items = one need"),
    N("es.html", ["frijoles", "harina de maíz"], "donation", "es", layout="short_on", note="'se nos acabaron'"),
    N("es.html", ["repartir las canastas navideñas", "repartir canastas"], "volunteer", "es", layout="heading_paragraph"),
    N("so.html", ["caawiye diiwaangelin"], "skilled", "so", ["so", "en"], layout="heading_paragraph"),
    N("wp-content/uploads/2024/10/clinica-movil.pdf", ["intérprete voluntario"], "skilled", "es", ["es", "en"], layout="pdf"),
]

TRAPS = [
    T("index.html", "hours", ["open thursdays"]),
    T("index.html", "how_to_apply", ["getting food"]),
    T("index.html", "event", ["souper bowl sunday"]),
    T("index.html", "general_appeal", ["your dollar goes far"]),
    T("volunteer.html", "filled", ["thursday distribution"], "all slots named + ✓"),
    T("volunteer.html", "filled", ["saturday youth shift"], "booked through December"),
    T("volunteer.html", "bio", ["volunteer of the month"]),
    T("holiday-boxes.html", "filled", ["pumpkin pie filling"], "ticked + <s> + covered"),
    T("holiday-boxes.html", "filled", ["frozen turkeys"], "ticked + sponsored"),
    T("holiday-boxes.html", "filled", ["adopt-a-family"], "all 45 families adopted"),
    T("holiday-boxes.html", "how_to_apply", ["how families sign up"]),
    T("holiday-boxes.html", "filled", ["packing day volunteers"], "every volunteer spot is taken"),
    T("es.html", "service", ["despensa gratis cada jueves"]),
    T("es.html", "how_to_apply", ["qué debe traer"]),
    T("es.html", "filled", ["pavos para acción de gracias"], "¡Ya tenemos todos los pavos!"),
    T("so.html", "service", ["cunto bilaash ah"]),
    T("so.html", "filled", ["bariiska"], "kaydkeennu waa buuxaa (our stock is full)"),
    T("board-only/agenda.html", "robots", ["new treasurer"]),
    T("board-only/agenda.html", "robots", ["repaint the loading dock"]),
    T("board-only/agenda.html", "robots", ["pallet jack"]),
    T("wp-content/uploads/2024/10/clinica-movil.pdf", "event", ["clínica de vacunas gratis"]),
    T("wp-content/uploads/2024/10/clinica-movil.pdf", "how_to_apply", ["qué traer"], "what patients bring"),
]
