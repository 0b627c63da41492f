"""Rush City Area Food Shelf: WordPress/GeneratePress-style site, English + one Spanish page,
sign-up table with strikethrough and 'spoken for' rows, drive guide, PDF volunteer application,
robots-disallowed /staff/ notes page."""
from common import N, T

SLUG = "rush-city-area-food-shelf"

HEAD = """<!DOCTYPE html>
<html lang="%(lang)s">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%(title)s &#8211; Rush City Area Food Shelf</title>
<link rel='stylesheet' id='generate-style-css' href='/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.4.0' media='all' />
<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css?ver=6.5.2' media='all' />
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
</head>
<body class="page-template-default page wp-custom-logo wp-embed-responsive right-sidebar nav-float-right one-container header-aligned-left">
<a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>
<header class="site-header" id="masthead" aria-label="Site">
 <div class="inside-header grid-container">
  <div class="site-branding"><p class="main-title" itemprop="headline"><a href="/" rel="home">Rush City Area Food Shelf</a></p>
  <p class="site-description">Neighbors feeding neighbors in northern Chisago County</p></div>
  <nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary">
   <div class="inside-navigation grid-container">
    <button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false"><span class="mobile-menu">Menu</span></button>
    <div id="primary-menu" class="main-nav"><ul id="menu-main" class="menu sf-menu">
     <li class="menu-item"><a href="/">Home</a></li>
     <li class="menu-item"><a href="/volunteer.html">Volunteer</a></li>
     <li class="menu-item"><a href="/give.html">Give Food</a></li>
     <li class="menu-item"><a href="/es/">Espa&ntilde;ol</a></li>
    </ul></div>
   </div>
  </nav>
 </div>
</header>
<div class="site grid-container container hfeed" id="page">
<div class="site-content" id="content">
<div class="content-area" id="primary"><main class="site-main" id="main">
<article class="page type-page status-publish"><div class="inside-article">
"""

FOOT = """</div></article>
</main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">
<aside id="block-4" class="widget inner-padding widget_block"><h2 class="wp-block-heading">Find us</h2>
<p>590 W 4th St (behind the old creamery)<br>Rush City, MN 55069<br>(320) 555-0134</p></aside>
<aside id="block-5" class="widget inner-padding widget_block"><h2 class="wp-block-heading">Quick links</h2>
<ul class="wp-block-list"><li><a href="/volunteer-application.pdf">Volunteer application (PDF)</a></li>
<li><a href="/photos/empty-bowls-2024/">Empty Bowls 2024 photos</a></li>
<li><a href="/staff/">Staff login</a></li></ul></aside>
</div></div>
</div></div>
<footer class="site-info" aria-label="Site"><div class="inside-site-info grid-container"><div class="copyright-bar">
<span class="copyright">&copy; 2025 Rush City Area Food Shelf, a 501(c)(3) nonprofit</span> &bull; Built with <a href="https://generatepress.com" itemprop="url">GeneratePress</a>
</div></div></footer>
<script id="generate-menu-js-extra">var generatepressMenu = {"toggleOpenedSubMenus":true,"openSubMenuLabel":"Open Sub-Menu"};</script>
</body>
</html>
"""


def page(lang, title, body):
    return HEAD % {"lang": lang, "title": title} + body + FOOT


INDEX = page("en-US", "Home", """
<div class="entry-content" itemprop="text">
<div class="wp-block-cover alignfull" style="min-height:340px"><span aria-hidden="true" class="wp-block-cover__background has-background-dim"></span>
<img class="wp-block-cover__image-background" alt="" src="/wp-content/uploads/2024/10/shelves-1024x683.jpg">
<div class="wp-block-cover__inner-container"><h1 class="has-text-align-center wp-block-heading">Nobody in our corner of the county should go hungry.</h1>
<p class="has-text-align-center">About 310 households shop with us every month. Almost all of the work is done by volunteers.</p></div></div>

<div class="wp-block-columns">
<div class="wp-block-column">
<h3 class="wp-block-heading">Lend a hand</h3>
<p>Whether you have two hours a month or two mornings a week, there is a spot for you. See what is open this season.</p>
<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link" href="/volunteer.html">Volunteer with us</a></div></div>
</div>
<div class="wp-block-column">
<h3 class="wp-block-heading">Turn $1 into three meals</h3>
<p>Because we buy wholesale through the regional food bank, money stretches further than anything else you can give. Every gift is tax-deductible.</p>
<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link" href="https://www.givemn.org/organization/Rushcityfoodshelf">Donate online</a></div></div>
</div>
<div class="wp-block-column">
<h3 class="wp-block-heading">Shopping hours</h3>
<p>Tuesday 9:00&ndash;12:00<br>Thursday 3:00&ndash;6:30<br>First Saturday of the month 9:00&ndash;11:00</p>
<p><em>Closed on federal holidays.</em></p>
</div>
</div>

<hr class="wp-block-separator">
<h2 class="wp-block-heading">Coming up</h2>
<p><strong>Empty Bowls Supper &mdash; Friday, March 14, 5&ndash;7 pm, Rush City School commons.</strong> Soup, bread and a handmade bowl to take home for a $15 ticket. Tickets at Rush City Hardware and at the door.</p>

<h2 class="wp-block-heading">From the blog</h2>
<div class="wp-block-latest-posts"><article>
<h3><a href="/give.html#forty-years">What forty years of Tuesdays taught us</a></h3>
<p>In 1985 three church basements pooled their canned goods. Our founding volunteer Lorraine looks back&hellip; <a href="/give.html">Read more &raquo;</a></p>
</article></div>
</div>
""")

VOLUNTEER = page("en-US", "Volunteer", """
<header class="entry-header"><h1 class="entry-title" itemprop="headline">Volunteer</h1></header>
<div class="entry-content" itemprop="text">
<p>Thank you for thinking of us! Below is the spring 2025 schedule. Numbers show how many people we still need on each shift. Groups of 5 or more, please call ahead.</p>

<figure class="wp-block-table is-style-stripes"><table class="has-fixed-layout">
<thead><tr><th>Shift</th><th>When</th><th>Still need</th><th>Notes</th></tr></thead>
<tbody>
<tr><td>Truck unload</td><td>Tuesdays 7:45&ndash;9:00 am</td><td>2 of 4</td><td>The Second Harvest truck comes once a week. Lifting up to 40 lb.</td></tr>
<tr><td>Client shopping guide</td><td>Thursdays 3:00&ndash;6:30 pm</td><td>&mdash;</td><td><em>Spoken for through June. Thanks, Lutheran youth!</em></td></tr>
<tr><td>Bread rescue run</td><td>Saturdays 7:00 am</td><td>1</td><td>Pick up day-old bread and bakery from two grocery stores in North Branch and bring it back here. You need your own vehicle; we reimburse mileage.</td></tr>
<tr><td>Front desk check-in</td><td>Thursdays 3:00&ndash;6:30 pm</td><td>1</td><td>Greet shoppers and enter visits on the tablet. About a third of our Thursday shoppers speak Spanish, so we need someone who speaks both Spanish and English.</td></tr>
<tr><td><s>Holiday basket assembly</s></td><td><s>December</s></td><td><s>0</s></td><td>Done for 2024 &mdash; see you next November.</td></tr>
<tr><td>Warehouse sweep &amp; recycling</td><td>Mondays, any time</td><td>0</td><td>Roster complete.</td></tr>
</tbody></table></figure>

<h2 class="wp-block-heading">Behind the scenes</h2>
<p>Every month the regional food bank and two of our grants ask for numbers: households, people, seniors, pounds out the door. Right now those numbers live on paper sign-in sheets in a shoebox. We are seeking a spreadsheet volunteer who is comfortable in Excel or Google Sheets to set up a simple tracking sheet and enter the month's totals. You can do most of it from home, about three hours a month.</p>

<h2 class="wp-block-heading">How to sign up</h2>
<ol class="wp-block-list"><li>Download and fill out the <a href="/volunteer-application.pdf">volunteer application</a>.</li>
<li>Drop it off during shopping hours or e-mail a photo of it to volunteer@rushcityfoodshelf.org.</li>
<li>Kathy will call you within a week to set up a 20-minute orientation.</li></ol>
<p>Volunteers under 14 need to come with a parent or guardian.</p>
</div>
""")

GIVE = page("en-US", "Give Food", """
<header class="entry-header"><h1 class="entry-title" itemprop="headline">Give Food</h1></header>
<div class="entry-content" itemprop="text">
<p>Planning a food drive at work, school or church? Here is what helps most right now. We update this page on the first of each month.</p>

<div class="wp-block-group has-pale-cyan-blue-background-color has-background"><div class="wp-block-group__inner-container">
<h2 class="wp-block-heading">Top of our list this month</h2>
<ul class="wp-block-list">
<li>Canned chicken or canned salmon</li>
<li>Low-sugar breakfast cereal</li>
<li>Cooking oil (vegetable or canola, any size)</li>
<li>Masa harina</li>
<li>Rice in 2-lb bags</li>
</ul>
</div></div>

<h2 class="wp-block-heading">The shelf that empties first</h2>
<p>SNAP does not cover soap, so our personal care shelf is bare by Thursday afternoon most weeks. Deodorant, shampoo, razors and menstrual pads are what people ask us for the most.</p>

<h2 class="wp-block-heading">A big one: a pallet jack</h2>
<p>Our hand-me-down pallet jack finally cracked its frame in January, and we are unloading the truck box by box. If your business is upgrading, we would gladly take a used manual pallet jack that still lifts.</p>

<h2 class="wp-block-heading">Please hold off on&hellip;</h2>
<p>Canned green beans and dry pasta. We are well stocked through the summer, and we are running out of space to store them.</p>
<ul class="wp-block-list"><li><s>Baby food pouches</s> &mdash; covered, thank you St. Dominic's youth group!</li></ul>

<h2 class="wp-block-heading">Drop-off times</h2>
<p>Drop-off is Tuesday and Thursday during shopping hours, or any weekday 8&ndash;noon at the side door. Please do not leave food outside; raccoons got there first last fall.</p>

<h2 class="wp-block-heading">Why cash goes further</h2>
<p>With our buying power at the regional food bank, a $20 bill buys about 60 pounds of food. If you would rather give money than groceries, <a href="https://www.givemn.org/organization/Rushcityfoodshelf">you can give here</a>.</p>

<h2 class="wp-block-heading" id="forty-years">What forty years of Tuesdays taught us</h2>
<p>Lorraine Wicklund was there in 1985 when three church basements pooled their canned goods. &ldquo;We thought it would last one winter,&rdquo; she laughs. Last fall's Scouting for Food drive alone brought in 3,120 pounds, and Lorraine still sorts cans on Tuesdays.</p>
</div>
""")

ES = page("es", "En espa&ntilde;ol", """
<header class="entry-header"><h1 class="entry-title" itemprop="headline">Banco de alimentos de Rush City &mdash; en espa&ntilde;ol</h1></header>
<div class="entry-content" itemprop="text">
<h2 class="wp-block-heading">&iquest;Qui&eacute;n puede recibir comida?</h2>
<p>Cualquier familia que viva en el norte del condado de Chisago puede recibir comida una vez al mes. No preguntamos por su estatus migratorio.</p>
<h3 class="wp-block-heading">Qu&eacute; traer la primera vez</h3>
<p>Un comprobante de domicilio (por ejemplo, una factura de luz) y los nombres y fechas de nacimiento de las personas de su hogar.</p>

<h2 class="wp-block-heading">Buscamos ayuda</h2>
<h3 class="wp-block-heading">Voluntario para demostraciones de cocina</h3>
<p>Muchas personas se llevan lentejas, avena o calabaza y no saben c&oacute;mo prepararlas. Buscamos a alguien a quien le guste cocinar y que pueda hacer una demostraci&oacute;n sencilla en espa&ntilde;ol un jueves al mes, con los productos que hay en la despensa. Nosotros ponemos la estufa el&eacute;ctrica.</p>
<h3 class="wp-block-heading">Ayuda para traducir letreros</h3>
<p>Nuestros letreros y la hoja de reglas solo est&aacute;n en ingl&eacute;s. Si escribe bien en espa&ntilde;ol y en ingl&eacute;s, ay&uacute;denos a traducirlos. Es un proyecto de una sola vez, de unas cuatro horas.</p>
<h3 class="wp-block-heading">Chofer para la ruta de Harris</h3>
<p><strong>Ya est&aacute; cubierto, &iexcl;gracias!</strong> Don Felipe maneja la ruta desde febrero.</p>

<h2 class="wp-block-heading">Pr&oacute;ximos eventos</h2>
<p>Feria de salud, s&aacute;bado 10 de mayo, de 9 a 1, con vacunas y presi&oacute;n arterial gratis.</p>
</div>
""")

STAFF = page("en-US", "Staff notes", """
<header class="entry-header"><h1 class="entry-title" itemprop="headline">Staff notes (internal &mdash; do not share)</h1></header>
<div class="entry-content" itemprop="text">
<ul class="wp-block-list">
<li><strong>4/22:</strong> need a sub driver for the Harris route while Felipe is in Texas.</li>
<li>Board to vote on buying a new scale; the old one is off by 3 lb.</li>
<li>We need two more people for the Saturday inventory count on 6/28 &mdash; ask the Monday crew.</li>
</ul>
</div>
""")

PAGES = {
    "index.html": INDEX,
    "volunteer.html": VOLUNTEER,
    "give.html": GIVE,
    "es/index.html": ES,
    "staff/index.html": STAFF,
}

ROBOTS = """User-agent: *
Disallow: /wp-admin/
Allow: /wp-admin/admin-ajax.php
Disallow: /staff/

Sitemap: https://rushcityfoodshelf.org/wp-sitemap.xml
"""

PDFS = {
    "volunteer-application.pdf": ("Rush City Area Food Shelf - Volunteer Application", [
        ("title", "Rush City Area Food Shelf - Volunteer Application"),
        ("p", "Name: ____________________________   Phone: ________________   E-mail: ____________________"),
        ("p", "Address: ______________________________________________   Age (if under 18): ______"),
        ("h", "Which shifts interest you? (check any)"),
        ("p", "[ ] Truck unload (Tue morning)   [ ] Bread rescue run (Sat)   [ ] Front desk check-in (Thu)   [ ] Office / data"),
        ("h", "NEW THIS YEAR: Mobile pantry setup crew"),
        ("p", "Once a month we take a refrigerated truck to the Harris and Grasston town halls so that families "
              "without a car can get groceries. We need three or four people who can lift 30 pounds to set up "
              "folding tables, hand out boxes and pack everything back up. Second Wednesday of the month, "
              "1:00 to 4:00 pm. Ride along in the truck or meet us there. Check here if interested: [ ]"),
        ("h", "Paid position"),
        ("p", "The Warehouse Coordinator job (paid, 20 hours a week) is posted separately on the Chisago County "
              "job board. Please do not use this form to apply for it."),
        ("h", "Return this form"),
        ("p", "Bring it to the front desk during shopping hours or mail it to 590 W 4th St, Rush City, MN 55069. "
              "Kathy will call you within a week to set up an orientation."),
        ("p", "Signature: ____________________________   Date: ____________"),
    ]),
}

NEEDS = [
    N("volunteer.html", ["truck unload"], "volunteer", "en", [], "shift_table", "2 of 4 still needed"),
    N("volunteer.html", ["bread rescue"], "volunteer", "en", [], "shift_table", "own vehicle, 1 needed"),
    N("volunteer.html", ["front desk", "check-in"], "skilled", "en", ["es", "en"], "shift_table",
      "needs Spanish and English speaker"),
    N("volunteer.html", ["spreadsheet"], "skilled", "en", [], "seeking", "'seeking a spreadsheet volunteer' in paragraph"),
    N("give.html", ["top of our list", "canned chicken"], "donation", "en", [], "wish_list", "5-item wish list = one need"),
    N("give.html", ["personal care", "deodorant"], "donation", "en", [], "short_on", "shelf bare; no list markup"),
    N("give.html", ["pallet jack"], "donation", "en", [], "heading_paragraph", "used equipment"),
    N("es/index.html", ["demostraciones de cocina", "demostración"], "skilled", "es", ["es"], "heading_paragraph",
      "cooking demo in Spanish"),
    N("es/index.html", ["letreros", "traducir"], "skilled", "es", ["es", "en"], "heading_paragraph",
      "translate signs"),
    N("volunteer-application.pdf", ["mobile pantry"], "volunteer", "en", [], "pdf", "only in the PDF form"),
]

TRAPS = [
    T("index.html", "general_appeal", ["three meals", "donate online"], "money appeal"),
    T("index.html", "hours", ["shopping hours"]),
    T("index.html", "general_appeal", ["lend a hand"], "pointer card, no role named"),
    T("index.html", "event", ["empty bowls"], "ticketed supper"),
    T("index.html", "blog", ["forty years of tuesdays"], "blog teaser"),
    T("volunteer.html", "filled", ["shopping guide"], "'Spoken for through June'"),
    T("volunteer.html", "filled", ["holiday basket"], "struck row, done for 2024"),
    T("volunteer.html", "filled", ["warehouse sweep"], "0 still needed, 'Roster complete'"),
    T("volunteer.html", "how_to_apply", ["how to sign up"]),
    T("give.html", "filled", ["green beans", "dry pasta"], "'Please hold off on'"),
    T("give.html", "filled", ["baby food"], "struck item, covered"),
    T("give.html", "hours", ["drop-off times"]),
    T("give.html", "general_appeal", ["cash goes further", "buying power"]),
    T("give.html", "recap", ["scouting for food"], "past drive total inside blog story"),
    T("give.html", "blog", ["forty years of tuesdays"], "the blog post itself, a founder story"),
    T("es/index.html", "service", ["recibir comida"], "who can get food"),
    T("es/index.html", "how_to_apply", ["qué traer"]),
    T("es/index.html", "filled", ["ruta de harris"], "'Ya está cubierto'"),
    T("es/index.html", "event", ["feria de salud"]),
    T("volunteer-application.pdf", "job", ["warehouse coordinator"], "paid"),
    T("volunteer-application.pdf", "how_to_apply", ["return this form"]),
    T("staff/index.html", "robots", ["sub driver"]),
    T("staff/index.html", "robots", ["new scale"]),
    T("staff/index.html", "robots", ["inventory count"]),
]
