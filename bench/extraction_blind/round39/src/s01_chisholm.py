"""Ironworks Community Food Pantry, Chisholm MN: WordPress (GeneratePress-style) site, EN + ES page,
sign-up table, wish list with struck items, blog archive with a buried ask, PDF flyer, robots /board/."""
from common import need, trap

SLUG = "chisholm-ironworks-food-pantry"

HEAD = """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} &#8211; Ironworks Community Food Pantry</title>
<link rel='stylesheet' id='generate-style-css' href='/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.4.0' media='all' />
<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css?ver=6.5.2' media='all' />
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
</head>
<body class="page-template-default page wp-embed-responsive right-sidebar nav-float-right">
<a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>
<header class="site-header" id="masthead" aria-label="Site">
 <div class="inside-header grid-container">
  <div class="site-branding"><p class="main-title" itemprop="headline"><a href="/index.html" rel="home">Ironworks Community Food Pantry</a></p>
  <p class="site-description">Chisholm &middot; Buhl &middot; Balkan Township</p></div>
  <nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary">
   <div class="inside-navigation grid-container">
    <button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false"><span class="mobile-menu">Menu</span></button>
    <div id="primary-menu" class="main-nav"><ul id="menu-main" class=" menu sf-menu">
     <li id="menu-item-21" class="menu-item menu-item-type-post_type"><a href="/index.html">Home</a></li>
     <li id="menu-item-22" class="menu-item menu-item-type-post_type"><a href="/volunteer.html">Volunteer</a></li>
     <li id="menu-item-23" class="menu-item menu-item-type-post_type"><a href="/pantry-list.html">Pantry List</a></li>
     <li id="menu-item-24" class="menu-item menu-item-type-post_type"><a href="/news.html">News</a></li>
     <li id="menu-item-25" class="menu-item menu-item-type-post_type"><a href="/es/index.html" hreflang="es">Español</a></li>
    </ul></div>
   </div>
  </nav>
 </div>
</header>
<div class="site grid-container container hfeed" id="page">
 <div class="site-content" id="content">
  <div class="content-area" id="primary"><main class="site-main" id="main">
"""

FOOT = """
  </main></div>
  <div class="widget-area sidebar is-right-sidebar" id="right-sidebar">
   <div class="inside-right-sidebar">
    <aside id="block-7" class="widget inner-padding widget_block"><h2 class="wp-block-heading">Find us</h2>
    <p>411 W Lake St, Chisholm, MN 55719<br>218-555-0147</p></aside>
   </div>
  </div>
 </div>
</div>
<div class="site-footer"><footer class="site-info" aria-label="Site">
 <div class="inside-site-info grid-container"><div class="copyright-bar">
  &copy; 2025 Ironworks Community Food Pantry &bull; <a href="/board/minutes.html">Board portal</a> &bull; Built with <a href="https://generatepress.com">GeneratePress</a>
 </div></div>
</footer></div>
<div id="cookie-law-info-bar" data-nosnippet="true"><span>We use cookies to count visits. <a role='button' class="cli_action_button" id="cookie_action_close_header">Accept</a></span></div>
<script id="generate-menu-js">/* menu */</script>
</body>
</html>
"""


def page(title, body, lang="en"):
    return HEAD.format(lang=lang, title=title) + body + FOOT


INDEX = page("Home", """
<article id="post-7" class="post-7 page type-page status-publish">
<div class="inside-article"><div class="entry-content" itemprop="text">
<div class="wp-block-cover alignfull"><span aria-hidden="true" class="wp-block-cover__background has-background-dim"></span>
<div class="wp-block-cover__inner-container">
<h1 class="has-text-align-center wp-block-heading">Groceries, no questions asked</h1>
<p class="has-text-align-center">About 300 households from Chisholm, Buhl and Balkan Township shop with us every week.</p>
<div class="wp-block-buttons is-content-justification-center"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="https://www.givemn.org/organization/ironworks-pantry-chisholm">Give now</a></div></div>
</div></div>

<div class="wp-block-columns">
<div class="wp-block-column"><h3 class="wp-block-heading">Open hours</h3>
<p>Tuesday 3:00&ndash;6:30 p.m.<br>Thursday 10:00 a.m.&ndash;1:00 p.m.<br>Closed on holidays and when Chisholm schools close for weather.</p></div>
<div class="wp-block-column"><h3 class="wp-block-heading">Lend a hand</h3>
<p>Most of our work is done by neighbors. Shifts fill quickly before Thanksgiving, so peek at the <a href="/volunteer.html">volunteer page</a> early.</p></div>
<div class="wp-block-column"><h3 class="wp-block-heading">Print &amp; post</h3>
<p>Our <a href="/docs/fall-flyer.pdf">fall flyer (PDF, 1 page)</a> is ready for church bulletin boards.</p></div>
</div>

<h2 class="wp-block-heading">Latest from the blog</h2>
<div class="wp-block-latest-posts__list wp-block-latest-posts">
<li><a class="wp-block-latest-posts__post-title" href="/news.html">What a Tuesday looks like from behind the counter</a>
<div class="wp-block-latest-posts__post-excerpt">Nine volunteers, two pallets of milk and one very patient forklift&hellip;</div></li>
</div>
<p><a href="/photos/harvest-supper-2024.html">Photos from last fall's Harvest Supper &rarr;</a></p>
</div></div></article>
""")

VOLUNTEER = page("Volunteer", """
<article class="page type-page status-publish"><div class="inside-article">
<header class="entry-header"><h1 class="entry-title" itemprop="headline">Volunteer</h1></header>
<div class="entry-content" itemprop="text">
<p>Every shift below is a regular weekly one. Come once to try it; most people end up staying for years.</p>

<h2 class="wp-block-heading">This month&rsquo;s shifts</h2>
<figure class="wp-block-table is-style-stripes"><table class="has-fixed-layout">
<thead><tr><th>Shift</th><th>When</th><th>People per shift</th><th>Status</th></tr></thead>
<tbody>
<tr><td>Truck unloading crew</td><td>Mondays 8&ndash;10 a.m.</td><td>4</td><td>3 open</td></tr>
<tr><td>Check-in table</td><td>Tuesdays 2:45&ndash;6:45 p.m.</td><td>3</td><td><strong>FULL</strong></td></tr>
<tr><td>Senior box packing</td><td>Wednesdays 9&ndash;11 a.m.</td><td>6</td><td>2 open</td></tr>
<tr><td>Mobile pantry at Buhl</td><td>2nd Saturday</td><td>5</td><td>Covered by the Hibbing Lions through March</td></tr>
<tr><td>Produce repack</td><td>Thursdays 5&ndash;7 p.m.</td><td>6</td><td>5 open</td></tr>
<tr><td>Cooler cleaning</td><td>Fridays 1&ndash;2 p.m.</td><td>2</td><td><s>open</s> taken &ndash; thanks, Gary &amp; Ruth!</td></tr>
</tbody></table>
<figcaption class="wp-element-caption">Lifting up to 40 lb is part of truck and repack shifts.</figcaption></figure>

<h3 class="wp-block-heading">Keeping the books honest</h3>
<p>The volunteer who kept our numbers for eleven years moved to Duluth in December, and the county and Second Harvest grant reports are due in January. If spreadsheets and basic bookkeeping don&rsquo;t scare you and you can give us two evenings a month, Deb would love a call.</p>

<h3 class="wp-block-heading">Paid position</h3>
<p>Part-time warehouse coordinator, 20 hours a week at $18.50/hour, starting March 1. This is a staff job; send a resume to the board chair.</p>

<h3 class="wp-block-heading">How to sign up</h3>
<p>Call Deb at 218-555-0147 or write your name on the clipboard by the side door. First-timers get a fifteen-minute walk-through.</p>
</div></div></article>
""")

PANTRY = page("Pantry List", """
<article class="page type-page status-publish"><div class="inside-article">
<header class="entry-header"><h1 class="entry-title" itemprop="headline">Pantry list</h1></header>
<div class="entry-content" itemprop="text">
<h2 class="wp-block-heading">What the shelves are missing this month</h2>
<ul class="wp-block-list">
<li>Canned chicken or tuna</li>
<li>Peanut butter (16 oz jars, please &ndash; glass breaks)</li>
<li>Shelf-stable milk</li>
<li>Cooking oil</li>
<li>Diapers, sizes 5 and 6</li>
</ul>
<p>Thanks, but we&rsquo;re set on canned green beans and corn &mdash; the back room is stacked to the ceiling. Please hang on to those until spring.</p>

<h2 class="wp-block-heading">Backpacks for 140 kids</h2>
<p>At registration we promised a filled backpack to every Chisholm and Buhl kid who signed up, and we&rsquo;re about sixty short. New backpacks, wide-ruled notebooks, pencil boxes and glue sticks can go in the blue bin by the door.</p>

<div class="wp-block-group has-pale-cyan-blue-background-color has-background">
<p><strong>Also seeking:</strong> a chest freezer in working order. We can pick it up anywhere within 30 miles.</p>
</div>

<h2 class="wp-block-heading">Holiday meal boxes</h2>
<ul class="wp-block-list">
<li><del>Frozen turkeys</del> &mdash; all 90 are spoken for!</li>
<li><del>Boxed stuffing mix</del></li>
</ul>

<h2 class="wp-block-heading">Drop-off times</h2>
<p>Monday through Thursday, 9 a.m. to noon, side door on 4th Street. Please don&rsquo;t leave bags outside overnight.</p>

<p><em>Rather give cash?</em> Every $1 buys about four meals through our food bank partner.</p>
</div></div></article>
""")

NEWS = page("News", """
<header class="page-header"><h1 class="page-title">News</h1></header>

<article id="behind" class="post type-post status-publish format-standard">
<div class="inside-article">
<header class="entry-header"><h2 class="entry-title"><a href="/news.html#behind" rel="bookmark">Why I keep coming back on Mondays</a></h2>
<div class="entry-meta"><span class="posted-on"><time datetime="2025-01-20">January 20, 2025</time></span> by Linda P.</div></header>
<div class="entry-summary"><p>Volunteer Linda Perpich on coffee, pallets and the people she has met in the checkout line&hellip; <a class="read-more" href="/news.html#behind">Read more</a></p></div>
</div></article>

<article class="post type-post status-publish format-standard">
<div class="inside-article">
<header class="entry-header"><h2 class="entry-title">From the January board meeting</h2>
<div class="entry-meta"><time datetime="2025-01-14">January 14, 2025</time></div></header>
<div class="entry-content"><p>The board approved the 2025 budget and welcomed two new members from Buhl. We voted to keep the Thursday morning hours. Marv reports that the ramp railing by the side door worked loose during the cold snap and the back door lock sticks again; if someone handy with carpentry could give us a Saturday morning, he&rsquo;ll buy whatever materials it takes. Next meeting is February 11.</p></div>
</div></article>

<article class="post type-post status-publish format-standard">
<div class="inside-article">
<header class="entry-header"><h2 class="entry-title">2024 by the numbers</h2></header>
<div class="entry-content"><p>412,000 pounds of food. 9,800 household visits. 6,100 volunteer hours. Thank you, Iron Range.</p></div>
</div></article>

<article class="post type-post status-publish format-standard">
<div class="inside-article">
<header class="entry-header"><h2 class="entry-title">Empty Bowls supper &mdash; February 22</h2></header>
<div class="entry-content"><p>Soup, bread and a handmade bowl to take home, 5&ndash;7 p.m. at the Chisholm Legion. Tickets are $15 at the door.</p></div>
</div></article>
""")

ES = page("En español", """
<article class="page type-page status-publish"><div class="inside-article">
<header class="entry-header"><h1 class="entry-title">Despensa Comunitaria Ironworks</h1></header>
<div class="entry-content">
<h2 class="wp-block-heading">¿Qué ofrecemos?</h2>
<p>Comida gratis los martes y jueves, sin preguntas. De junio a octubre también hay verduras frescas del huerto de la escuela.</p>

<h2 class="wp-block-heading">Cómo registrarse</h2>
<p>La primera vez, traiga algo que tenga su dirección (una carta o un recibo). No pedimos papeles de inmigración ni número de seguro social.</p>

<h2 class="wp-block-heading">Nos falta gente que hable español</h2>
<p>Los martes por la tarde vienen muchas familias que hablan español y en la mesa de entrada solo tenemos una persona bilingüe. Si usted habla español e inglés y puede venir de 3 a 6, nos ayudaría muchísimo.</p>

<h2 class="wp-block-heading">Donaciones</h2>
<p>Estamos cortos de pañales de las tallas 4 y 5 y de fórmula para bebé. Se pueden dejar en la puerta lateral de lunes a jueves por la mañana.</p>
<p>Clases de cocina: ¡ya tenemos voluntarias suficientes! Gracias a todas.</p>
</div></div></article>
""", lang="es")

BOARD = page("Board portal", """
<article class="page type-page status-private"><div class="inside-article">
<header class="entry-header"><h1 class="entry-title">Board portal (members only)</h1></header>
<div class="entry-content">
<h2>Open items, February</h2>
<ul>
<li>We still need a treasurer once Carol steps down in June.</li>
<li>Ask Range Ford whether they would donate a used cargo van.</li>
<li>Volunteers needed to paint the break room before the health inspection.</li>
</ul>
</div></div></article>
""")

PAGES = {
    "index.html": INDEX,
    "volunteer.html": VOLUNTEER,
    "pantry-list.html": PANTRY,
    "news.html": NEWS,
    "es/index.html": ES,
    "board/minutes.html": BOARD,
}

ROBOTS = """User-agent: *
Disallow: /wp-admin/
Allow: /wp-admin/admin-ajax.php
Disallow: /board/

Sitemap: https://ironworkspantry.example.org/wp-sitemap.xml
"""

PDFS = {
    "docs/fall-flyer.pdf": ("Gleaning days at Sandvik Farm", [
        ("title", "GLEANING DAYS AT SANDVIK FARM"),
        ("p", "Ironworks Community Food Pantry - Fall 2025"),
        ("gap", ""),
        ("h", "Pickers wanted"),
        ("p", "The Sandvik family south of Chisholm is letting us gather the squash and potatoes their harvester "
              "missed. We need pickers on Saturday, September 20 and Saturday, October 4, from 9 a.m. to noon. "
              "Bring gloves and a water bottle; we supply crates and a ride from the pantry lot."),
        ("gap", ""),
        ("h", "Harvest Supper"),
        ("p", "Saturday, October 18 at the Chisholm Legion. Tickets are $10; kids under 10 eat free."),
        ("gap", ""),
        ("h", "How to sign up"),
        ("p", "Add your name to the sheet at the front desk or call Deb at 218-555-0147."),
    ]),
}

NEEDS = [
    need("volunteer.html", ["truck unloading"], "volunteer", "en", layout="shift_table", note="row, 3 open"),
    need("volunteer.html", ["senior box packing", "senior box"], "volunteer", "en", layout="shift_table", note="row, 2 open"),
    need("volunteer.html", ["produce repack"], "volunteer", "en", layout="shift_table", note="row, 5 open"),
    need("volunteer.html", ["bookkeeping", "spreadsheets", "grant reports"], "skilled", "en", layout="story",
         note="indirect: previous volunteer moved away"),
    need("pantry-list.html", ["shelves are missing", "canned chicken", "cooking oil"], "donation", "en",
         layout="wish_list", note="heading + 5 items = one need"),
    need("pantry-list.html", ["backpacks"], "donation", "en", layout="supply_drive", note="'about sixty short'"),
    need("pantry-list.html", ["chest freezer"], "donation", "en", layout="seeking", note="'Also seeking:' box"),
    need("news.html", ["ramp railing", "carpentry"], "skilled", "en", layout="newsletter_buried",
         note="buried in board-meeting post, right below a blog teaser"),
    need("es/index.html", ["bilingüe", "mesa de entrada"], "volunteer", "es", ["es", "en"], layout="heading_paragraph"),
    need("es/index.html", ["pañales", "fórmula para bebé"], "donation", "es", layout="short_on", note="'estamos cortos de'"),
    need("docs/fall-flyer.pdf", ["gleaning", "pickers"], "volunteer", "en", layout="pdf"),
]

TRAPS = [
    trap("index.html", "general_appeal", ["give now"]),
    trap("index.html", "hours", ["open hours"]),
    trap("index.html", "general_appeal", ["lend a hand"], "pointer, names no role"),
    trap("index.html", "blog", ["behind the counter"]),
    trap("volunteer.html", "filled", ["check-in table"], "FULL"),
    trap("volunteer.html", "filled", ["mobile pantry"], "covered by Lions"),
    trap("volunteer.html", "filled", ["cooler cleaning"], "struck 'open', taken"),
    trap("volunteer.html", "job", ["warehouse coordinator"]),
    trap("volunteer.html", "how_to_apply", ["how to sign up"]),
    trap("pantry-list.html", "filled", ["green beans"], "we're set on"),
    trap("pantry-list.html", "filled", ["frozen turkeys", "stuffing mix"], "<del> items"),
    trap("pantry-list.html", "hours", ["drop-off times"]),
    trap("pantry-list.html", "general_appeal", ["rather give cash", "every $1"]),
    trap("news.html", "blog", ["why i keep coming back"]),
    trap("news.html", "recap", ["by the numbers"]),
    trap("news.html", "event", ["empty bowls"]),
    trap("es/index.html", "service", ["comida gratis"]),
    trap("es/index.html", "how_to_apply", ["cómo registrarse"]),
    trap("es/index.html", "filled", ["clases de cocina"]),
    trap("docs/fall-flyer.pdf", "event", ["harvest supper"]),
    trap("docs/fall-flyer.pdf", "how_to_apply", ["add your name"]),
    trap("board/minutes.html", "robots", ["treasurer"]),
    trap("board/minutes.html", "robots", ["cargo van"]),
    trap("board/minutes.html", "robots", ["paint the break room"]),
]
