from common import N, T

SLUG = "dawson-riverside-food-shelf"

NAV = """<header class="site-header">
 <div class="site-branding"><a href="/index.html" class="custom-logo-link"><img src="/wp-content/uploads/logo-riverside.png" alt="Riverside Food Shelf"></a></div>
 <nav class="main-navigation" aria-label="Primary">
  <ul id="primary-menu" class="menu">
   <li class="menu-item"><a href="/index.html">Home</a></li>
   <li class="menu-item"><a href="/volunteer.html">Volunteer</a></li>
   <li class="menu-item"><a href="/get-food.html">Get Food</a></li>
   <li class="menu-item"><a href="/es/index.html">Espa&ntilde;ol</a></li>
   <li class="menu-item menu-button"><a href="https://www.givemn.org/organization/riverside-food-shelf-dawson">Donate</a></li>
  </ul>
 </nav>
</header>"""

FOOT = """<footer class="site-footer">
 <div class="footer-widgets">
  <section class="widget"><h4 class="widget-title">Find us</h4><p>Riverside Food Shelf<br>611 Pine St, Dawson, MN 56232<br>(320) 555-0141</p></section>
  <section class="widget"><h4 class="widget-title">Links</h4><ul>
   <li><a href="/forms/fall-signup-sheet.pdf">Printable sign-up sheet (PDF)</a></li>
   <li><a href="/news/souper-bowl-2024.html">Souper Bowl 2024 photos</a></li>
   <li><a href="/board/minutes.html">Board minutes</a></li>
  </ul></section>
 </div>
 <div class="site-info">&copy; 2025 Riverside Food Shelf &middot; A member of the Lac qui Parle Hunger Network &middot; Powered by WordPress</div>
</footer>"""


def page(lang, title, body, cls="page"):
    return """<!DOCTYPE html>
<html lang="%s">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%s &ndash; Riverside Food Shelf</title>
<link rel="stylesheet" id="kadence-global-css" href="/wp-content/themes/kadence/assets/css/global.min.css" media="all">
<script src="/wp-includes/js/jquery/jquery.min.js"></script>
</head>
<body class="%s wp-theme-kadence">
<div id="wrapper" class="site">
%s
<main id="main" class="site-main">
<article class="entry content-bg">
<div class="entry-content single-content">
%s
</div>
</article>
</main>
%s
</div>
</body>
</html>
""" % (lang, title, cls, NAV, body, FOOT)


INDEX = page("en", "Home", """
<div class="wp-block-cover hero"><div class="wp-block-cover__inner-container">
<h1 class="has-text-align-center">No one in Dawson should go to bed hungry.</h1>
<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link" href="https://www.givemn.org/organization/riverside-food-shelf-dawson">Give today</a></div></div>
</div></div>

<h2 class="wp-block-heading">Pantry hours</h2>
<p>Tuesdays 3:00&ndash;6:30 pm and Saturdays 9:00&ndash;11:30 am, lower level of the old creamery building. Use the
alley door.</p>

<h2 class="wp-block-heading">We&rsquo;re running low: peanut butter and canned tuna</h2>
<p>Protein is always the first thing to leave our shelves, and right now the peanut butter and canned tuna bins are
close to empty. If your church, office or scout troop is planning a collection this month, please make it those two.
Plastic jars are easier for us than glass.</p>

<h2 class="wp-block-heading">Every dollar stretches</h2>
<p>Thanks to our partnership with the regional food bank, every $1 you give becomes about three meals.
Monthly gifts help us plan ahead.</p>

<h2 class="wp-block-heading">Harvest Supper</h2>
<p>Join us Saturday, October 18, 5&ndash;7 pm at the Dawson Legion for our Harvest Supper: pulled pork, pie and a
silent auction. Tickets $12 at the door.</p>

<h2 class="wp-block-heading">Latest from the blog</h2>
<div class="wp-block-latest-posts">
 <div class="post-teaser"><h3><a href="/index.html#blog">What forty years of canned soup taught us</a></h3>
 <p>Our founder, Marlys, looks back at four decades of shelves, shopping carts and church-basement coffee&hellip; <a href="/index.html#blog">Read more</a></p></div>
 <div class="post-teaser"><h3><a href="/index.html#recap">Holiday baskets: the final count</a></h3>
 <p>Last December 212 holiday baskets went out to families in Dawson, Boyd and Louisburg. Thank you, neighbors!</p></div>
</div>
""", "home")

VOLUNTEER = page("en", "Volunteer", """
<h1 class="entry-title">Volunteer sign-up sheet</h1>
<p>This is the same sheet that hangs by the coffee pot. If a row still shows an open spot, it&rsquo;s yours &ndash; call
Linda at (320) 555-0141 and she&rsquo;ll write your name in.</p>
<figure class="wp-block-table is-style-stripes"><table>
<thead><tr><th>Shift</th><th>When</th><th>Spots</th><th>Who&rsquo;s signed up</th><th>Status</th></tr></thead>
<tbody>
<tr><td>Truck unload crew</td><td>Tuesdays 1:00&ndash;2:30 pm</td><td>4</td><td>Dale K., Arnie P.</td><td>2 open</td></tr>
<tr><td>Client shopping helper</td><td>Tuesdays 3:00&ndash;6:30 pm</td><td>3</td><td>Jan S., Pat O., Roxanne M.</td><td><em>All slots claimed &ndash; thank you!</em></td></tr>
<tr><td>Produce sorting</td><td>Saturdays 8:00&ndash;9:00 am</td><td>3</td><td>&mdash;</td><td>3 open</td></tr>
<tr><td>Holiday basket packing</td><td>December</td><td>&mdash;</td><td>&mdash;</td><td>Not needed yet &ndash; sign-ups open Nov. 1</td></tr>
<tr><td>Spanish-speaking greeter at the intake desk</td><td>Saturdays 9:00&ndash;11:30 am</td><td>1</td><td>&mdash;</td><td>1 open</td></tr>
</tbody></table></figure>

<h2>How to sign up</h2>
<p>Print the sign-up sheet from the footer, fill it in, and drop it in the blue box by the alley door &ndash; or just
call. Volunteers under 16 need a parent along.</p>

<h2>Meet Linda</h2>
<p>Linda Roemer has coordinated our volunteers since 2011. She raised four kids on a farm north of town and can pack a
grocery box faster than anyone alive.</p>
""")

GETFOOD = page("en", "Get Food", """
<h1 class="entry-title">Getting food from Riverside</h1>
<h2>What we offer</h2>
<ul>
 <li><strong>Monthly grocery visit</strong> &ndash; choose your own food, about five days&rsquo; worth for your household.</li>
 <li><strong>Senior boxes</strong> &ndash; a monthly box for people 60 and older through the CSFP program.</li>
 <li><strong>Weekend backpacks</strong> for kids at Dawson-Boyd school, sent home quietly on Fridays.</li>
</ul>
<h2>Your first visit</h2>
<p>Bring something with your name and address on it (a bill or a letter is fine). You fill out one short form, and
that&rsquo;s it &ndash; no proof of income needed.</p>
<h2>Board treasurer</h2>
<p>Unrelated to groceries, but important: our board is seeking a volunteer treasurer. You&rsquo;d keep the books in
QuickBooks, reconcile the bank account monthly and report at our six board meetings a year. Bookkeeping experience is a
must.</p>
<h2>Mobile pantry</h2>
<p>The Second Harvest mobile pantry truck stops in the Dawson Legion parking lot the third Thursday of each month at 4 pm.</p>
""")

ES = page("es", "En espa&ntilde;ol", """
<h1>Despensa de Alimentos Riverside</h1>
<p>Somos una despensa comunitaria en Dawson. Cualquier familia del condado puede venir una vez al mes a escoger sus
alimentos, sin costo y sin preguntas sobre papeles.</p>
<h2>Horario</h2>
<p>Martes de 3:00 a 6:30 de la tarde y s&aacute;bados de 9:00 a 11:30 de la ma&ntilde;ana.</p>
<h2>C&oacute;mo registrarse</h2>
<p>En su primera visita traiga algo con su nombre y direcci&oacute;n, por ejemplo un recibo de luz. Solo llena una hoja.</p>
<h2>&iquest;Nos puede ayudar?</h2>
<dl class="ayudas">
 <dt>Int&eacute;rprete los s&aacute;bados por la ma&ntilde;ana</dt>
 <dd>Alguien que hable espa&ntilde;ol e ingl&eacute;s para explicar el formulario a las familias nuevas y acompa&ntilde;arlas
 en su primera visita.</dd>
 <dt>Repartir cajas a domicilio</dt>
 <dd><s>Llevar cajas a personas mayores que no pueden salir.</s> Este puesto ya se cubri&oacute;, &iexcl;mil gracias a don Ram&oacute;n!</dd>
 <dt>Pa&ntilde;ales y toallitas h&uacute;medas</dt>
 <dd>Las familias con beb&eacute;s nos piden pa&ntilde;ales cada semana y casi nunca tenemos. Se necesitan sobre todo
 las tallas 4, 5 y 6. Se pueden dejar en el horario de la despensa.</dd>
</dl>
""")

BOARD = page("en", "Board minutes", """
<h1>Board minutes &ndash; September (draft, not for circulation)</h1>
<ol>
 <li>Need a volunteer to write the annual grant report to the county.</li>
 <li>Ask the Lutheran church for two more chest freezers.</li>
 <li>Recruit a board member with legal background.</li>
</ol>
""")

PAGES = {"index.html": INDEX, "volunteer.html": VOLUNTEER, "get-food.html": GETFOOD, "es/index.html": ES,
         "board/minutes.html": BOARD}

ROBOTS = """User-agent: *
Disallow: /board/
Disallow: /wp-admin/
Allow: /wp-admin/admin-ajax.php

Sitemap: https://riversidefoodshelf-dawson.org/wp-sitemap.xml
"""

PDFS = {
    "forms/fall-signup-sheet.pdf": ("Fall volunteer sign-up sheet - Riverside Food Shelf", [
        ("title", "RIVERSIDE FOOD SHELF - FALL SIGN-UP SHEET"),
        ("p", "611 Pine St, Dawson, MN 56232 - (320) 555-0141"),
        ("p", "Name: ______________________   Phone: ________________   Best day: ____________"),
        ("h", "Garden gleaning crew"),
        ("p", "Saturdays in September, 7:30-10:00 am, at the Haugen and Bakke farms. After harvest there are always "
              "potatoes and squash left in the rows. We need 6 more people to pick them up. Bring gloves; we "
              "bring the crates. [  ] Count me in"),
        ("h", "Pantry shelf stocking - Wednesdays"),
        ("p", "FULL for the fall. Thank you to the Tuesday Club ladies! [  ] Put me on the waiting list"),
        ("h", "Where does this sheet go?"),
        ("p", "Drop it in the blue box by the alley door, or hand it to Linda on a Tuesday."),
    ]),
}

NEEDS = [
    N("index.html", ["peanut butter", "canned tuna"], "donation", "en", layout="short_on",
      note="'We're running low: peanut butter and canned tuna' heading + paragraph"),
    N("volunteer.html", ["truck unload crew"], "volunteer", "en", layout="shift_table", note="2 of 4 open"),
    N("volunteer.html", ["produce sorting"], "volunteer", "en", layout="shift_table", note="3 open"),
    N("volunteer.html", ["spanish-speaking greeter", "intake desk"], "skilled", "en", ["es", "en"],
      layout="shift_table", note="1 open"),
    N("get-food.html", ["board treasurer", "volunteer treasurer"], "skilled", "en", layout="seeking",
      note="'our board is seeking a volunteer treasurer' on a client-services page"),
    N("es/index.html", ["intérprete"], "skilled", "es", ["es", "en"], layout="definition_list"),
    N("es/index.html", ["pañales"], "donation", "es", layout="definition_list",
      note="diapers and wipes, one need"),
    N("forms/fall-signup-sheet.pdf", ["garden gleaning crew", "gleaning"], "volunteer", "en", layout="pdf",
      note="6 more people"),
]

TRAPS = [
    T("index.html", "hours", ["pantry hours"]),
    T("index.html", "general_appeal", ["every dollar stretches"]),
    T("index.html", "event", ["harvest supper"]),
    T("index.html", "blog", ["forty years of canned soup"]),
    T("index.html", "recap", ["212 holiday baskets"]),
    T("volunteer.html", "filled", ["client shopping helper"], "all slots claimed"),
    T("volunteer.html", "filled", ["holiday basket packing"], "not needed yet - sign-ups open Nov. 1: not open now"),
    T("volunteer.html", "how_to_apply", ["how to sign up"]),
    T("volunteer.html", "bio", ["meet linda"]),
    T("get-food.html", "service", ["monthly grocery visit"]),
    T("get-food.html", "service", ["senior boxes"]),
    T("get-food.html", "service", ["weekend backpacks"]),
    T("get-food.html", "how_to_apply", ["your first visit"]),
    T("get-food.html", "event", ["mobile pantry"]),
    T("es/index.html", "hours", ["horario"]),
    T("es/index.html", "how_to_apply", ["cómo registrarse"]),
    T("es/index.html", "filled", ["repartir cajas a domicilio"], "struck through + 'ya se cubrió'"),
    T("forms/fall-signup-sheet.pdf", "filled", ["pantry shelf stocking"], "FULL for the fall"),
    T("forms/fall-signup-sheet.pdf", "how_to_apply", ["where does this sheet go"]),
    T("board/minutes.html", "robots", ["grant report"]),
    T("board/minutes.html", "robots", ["chest freezers"]),
    T("board/minutes.html", "robots", ["legal background"]),
]
