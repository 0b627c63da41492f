from common import N, T

SLUG = "milaca-area-community-pantry"

HEAD = """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} &#8211; Milaca Area Community Pantry</title>
<link rel="stylesheet" id="wp-block-library-css" href="/wp-includes/css/dist/block-library/style.min.css?ver=6.4.2" media="all">
<link rel="stylesheet" id="kadence-global-css" href="/wp-content/themes/kadence/assets/css/global.min.css?ver=1.1.51" media="all">
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
</head>
<body class="wp-singular page-template-default page wp-theme-kadence">
<div id="wrapper" class="site wp-site-blocks">
<header id="masthead" class="site-header" role="banner">
 <div class="site-branding"><a href="/index.html" rel="home"><img src="/wp-content/uploads/2022/03/macp-logo.png" alt="Milaca Area Community Pantry" width="220" height="64"></a></div>
 <nav id="site-navigation" class="main-navigation" aria-label="Primary Navigation">
  <ul id="primary-menu" class="menu">
   <li class="menu-item"><a href="/index.html">Home</a></li>
   <li class="menu-item"><a href="/volunteer.html">Volunteer</a></li>
   <li class="menu-item"><a href="/give.html">Give Food</a></li>
   <li class="menu-item"><a href="/news/fall-2024.pdf">Newsletter</a></li>
   <li class="menu-item"><a href="/es/index.html" hreflang="es">Espa&ntilde;ol</a></li>
  </ul>
 </nav>
</header>
<main id="inner-wrap" class="wrap kt-clear" role="main">
<article class="entry content-bg single-entry">
<div class="entry-content single-content">
"""

FOOT = """
</div>
</article>
</main>
<footer id="colophon" class="site-footer" role="contentinfo">
 <div class="footer-widget-area">
  <p>Milaca Area Community Pantry &middot; 415 2nd Ave SE, Milaca, MN 56353 &middot; (320) 555-0142 &middot; <a href="mailto:hello@milacapantry.example">hello@milacapantry.example</a></p>
  <p><a href="/board/agenda.html">Board members</a> &middot; A partner agency of the regional food bank network.</p>
 </div>
 <div class="site-info">&copy; 2024 Milaca Area Community Pantry. Powered by WordPress.</div>
</footer>
</div>
<div id="cookie-notice" role="dialog" class="cookie-notice-hidden"><span id="cn-notice-text">We use cookies to count visits. That's all.</span> <a href="#" id="cn-accept-cookie" class="cn-button">Ok</a></div>
<script src="/wp-content/themes/kadence/assets/js/navigation.min.js?ver=1.1.51" id="kadence-navigation-js"></script>
</body>
</html>
"""


def page(lang, title, body):
    return HEAD.format(lang=lang, title=title) + body + FOOT


PAGES = {}

PAGES["index.html"] = page("en-US", "Home", """
<div class="wp-block-cover alignfull" style="min-height:380px"><div class="wp-block-cover__inner-container">
 <h1 class="has-text-align-center wp-block-heading">Neighbors feeding neighbors in Mille Lacs County since 1983</h1>
 <p class="has-text-align-center">Anyone who lives in the Milaca school district can shop our shelves once a week. No paperwork, no judgment.</p>
</div></div>

<div class="wp-block-columns is-layout-flex">
 <div class="wp-block-column">
  <h2 class="wp-block-heading">When we're open</h2>
  <p>Open Tuesdays 2&ndash;6 pm and Saturdays 9 am&ndash;noon. Closed on Thanksgiving weekend and December 24&ndash;26.</p>
 </div>
 <div class="wp-block-column">
  <h2 class="wp-block-heading">What you'll find here</h2>
  <ul class="wp-block-list">
   <li>A choose-your-own grocery shelf with canned goods, pasta and cereal</li>
   <li>Fresh produce from local gardens, June through October</li>
   <li>Holiday boxes in November and December (sign up at the desk)</li>
  </ul>
 </div>
</div>

<h2 class="wp-block-heading">Harvest Supper &#8212; Saturday, October 19</h2>
<p>Our one big night of the year: soup, pie and a silent auction at Trinity Hall, 5 pm. Tickets are $10 at the door, kids eat free. <a href="/photos/harvest-supper-2023.html">See photos from last year's supper</a>.</p>

<div class="wp-block-group is-style-section-1">
 <p class="has-small-font-size"><strong>From the blog</strong></p>
 <h3 class="wp-block-heading"><a href="#">Fewer hands on Tuesdays: what is happening to our volunteer corps</a></h3>
 <p>Retirements, moves and a long winter have thinned our Tuesday crew. Our coordinator looks at the numbers&hellip; <a href="#">Continue reading</a></p>
</div>

<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link" href="/give.html">Every $1 buys 5 meals. Give online &rarr;</a></div></div>
""")

PAGES["volunteer.html"] = page("en-US", "Volunteer", """
<h1 class="entry-title">Volunteer at the Pantry</h1>
<p>Pick a shift below and call or e-mail Arlene to put your name down. First time? Come 15 minutes early and we'll give you the tour.</p>

<figure class="wp-block-table is-style-stripes"><table>
<thead><tr><th>Day</th><th>Time</th><th>Shift</th><th>What you'll do</th><th>Spots</th></tr></thead>
<tbody>
<tr><td>Tuesday</td><td>12:30&ndash;2:00</td><td>Truck unloading</td><td>Lift cases off the food bank truck and stack them in the back room. 30 lb max per case.</td><td>2 of 4 open</td></tr>
<tr><td>Tuesday</td><td>2:00&ndash;6:00</td><td>Shopping buddy</td><td>Walk with shoppers through the aisles and help them bag.</td><td><strong>Full</strong></td></tr>
<tr><td>Thursday</td><td>9:00&ndash;11:00</td><td>Produce repack</td><td>Bag bulk potatoes, onions and apples into family-size bags.</td><td>3 open</td></tr>
<tr><td>Saturday</td><td>8:30&ndash;12:00</td><td>Check-in table (Spanish speaker)</td><td>Greet families and enter each visit on the laptop. You must be able to speak Spanish.</td><td>1 open</td></tr>
<tr><td>Saturday</td><td>8:30&ndash;12:00</td><td>Parking lot flagger</td><td>Wave cars into the lot and keep the drive clear.</td><td>Covered through December &ndash; thank you, Knights of Columbus!</td></tr>
</tbody></table></figure>

<h2 class="wp-block-heading">Paid opening</h2>
<p><strong>Warehouse Lead</strong> (part-time, 20 hours a week, $18/hour). Receives deliveries, rotates stock and trains shift volunteers. Send a r&eacute;sum&eacute; to <a href="mailto:director@milacapantry.example">director@milacapantry.example</a> by November 1.</p>
""")

PAGES["give.html"] = page("en-US", "Give Food", """
<h1 class="entry-title">Give Food &amp; Supplies</h1>
<p>What's running low this month: canned chicken, cooking oil, 2-lb bags of rice, peanut butter and size 5 diapers. Please check the dates &#8212; we can't hand out anything expired.</p>

<h3 class="wp-block-heading">Seeking: a chest freezer</h3>
<p>Our old freezer gave out in August and we are storing meat in a borrowed one. If your business or congregation could donate a working chest freezer (15 cubic feet or bigger), please call Arlene at (320) 555-0142.</p>

<p class="has-background has-pale-cyan-blue-background-color">Cereal update: thanks to the Milaca Lions drive we have enough cereal to last until spring. Please hold off for now!</p>

<h3 class="wp-block-heading">Where and when</h3>
<p>Drop-offs are taken Tuesdays 1&ndash;6 pm at the side door by the loading dock. Please don't leave bags outside when we're closed.</p>

<h3 class="wp-block-heading">Thank you, Milaca Elementary!</h3>
<p>The third graders' Souper Bowl collected 1,214 cans of soup in February. That's a school record.</p>

<p>Cash goes further: through the food bank we buy food at about 10 cents on the dollar. <a href="#">Donate online</a></p>
""")

PAGES["es/index.html"] = page("es", "En espa&ntilde;ol", """
<h1 class="entry-title">Despensa Comunitaria de Milaca &#8212; en espa&ntilde;ol</h1>
<p><strong>Horario:</strong> martes de 2 a 6 p.m. y s&aacute;bados de 9 a 12.</p>

<h2 class="wp-block-heading">&iquest;Qu&eacute; necesito traer?</h2>
<p>Solo su nombre y su direcci&oacute;n. No pedimos papeles de inmigraci&oacute;n ni n&uacute;mero de seguro social.</p>

<h2 class="wp-block-heading">Lo que ofrecemos</h2>
<p>Comida gratis cada semana, frutas y verduras frescas en verano, y cajas para los d&iacute;as festivos.</p>

<h2 class="wp-block-heading">&iquest;Quiere ayudar?</h2>
<p>Buscamos personas biling&uuml;es que puedan llamar por tel&eacute;fono a las familias hispanas para recordarles su turno en la despensa. Son una o dos horas a la semana y se puede hacer desde la casa.</p>
<p>Para el invierno nos hacen falta gorros, guantes y botas de ni&ntilde;o (tallas 10 a 4). Tr&aacute;igalos los martes.</p>
<p>Ya no necesitamos bolsas de pl&aacute;stico &#8212; &iexcl;gracias! Tenemos much&iacute;simas.</p>
""")

PAGES["board/agenda.html"] = page("en-US", "Board", """
<h1 class="entry-title">Board of Directors &#8212; October meeting agenda</h1>
<p class="has-small-font-size">For board members only. Please do not share.</p>
<ol class="wp-block-list">
 <li>Approve September minutes</li>
 <li>Recruit a new treasurer (volunteer; QuickBooks experience) before Linda steps down in January</li>
 <li>Ask area congregations for 40 turkeys for the holiday boxes</li>
 <li>Find a volunteer carpenter to rebuild the loading-dock ramp before snow</li>
</ol>
""")

ROBOTS = """User-agent: *
Disallow: /wp-admin/
Disallow: /board/
Allow: /wp-admin/admin-ajax.php

Sitemap: https://milacapantry.example/wp-sitemap.xml
"""

PDFS = {
    "news/fall-2024.pdf": ("The Pantry Post - Fall 2024", [
        ("title", "The Pantry Post - Fall 2024"),
        ("p", "Milaca Area Community Pantry newsletter"),
        ("h", "From the director"),
        ("p", "What a summer. Thanks to 61 backyard gardeners, we handed out 9,800 pounds of fresh produce "
              "between June and October, more than any year before."),
        ("h", "Around the warehouse"),
        ("p", "The pallet jack is fixed, the new shelving is up and the cooler is humming again. One thing we "
              "still lack is someone with a pickup truck who can haul empty pallets to the recycler in "
              "Princeton once a month. It takes about an hour. Call Arlene if that could be you."),
        ("p", "Our grant reports are also piling up. If you have grant-writing experience and a few hours a "
              "month, we would love the help; most of our reports are for two county and one state grant."),
        ("h", "Annual meeting"),
        ("p", "All members are invited to the annual meeting on Tuesday, November 12 at 7 pm in the Trinity "
              "Hall basement. We will elect three board members."),
        ("gap", ""),
        ("p", "Milaca Area Community Pantry - 415 2nd Ave SE, Milaca MN 56353 - (320) 555-0142"),
    ]),
}

NEEDS = [
    N("volunteer.html", ["truck unloading"], "volunteer", "en", layout="shift_table", note="2 of 4 open"),
    N("volunteer.html", ["produce repack"], "volunteer", "en", layout="shift_table", note="3 open"),
    N("volunteer.html", ["check-in table"], "skilled", "en", ["es", "en"], layout="shift_table",
      note="must speak Spanish, 1 open"),
    N("give.html", ["canned chicken", "cooking oil", "peanut butter"], "donation", "en", layout="wish_list_sentence",
      note="wish list as one comma sentence = one need"),
    N("give.html", ["chest freezer"], "donation", "en", layout="seeking", note="'Seeking:' heading"),
    N("es/index.html", ["personas bilingües", "llamar por teléfono"], "skilled", "es", ["es", "en"],
      layout="heading_paragraph", note="bilingual phone callers, from home"),
    N("es/index.html", ["gorros", "botas de niño"], "donation", "es", layout="short_on",
      note="'nos hacen falta' kids' winter gear"),
    N("news/fall-2024.pdf", ["pickup truck", "haul empty pallets"], "volunteer", "en", layout="newsletter_buried",
      note="buried in 'Around the warehouse'; PDF"),
    N("news/fall-2024.pdf", ["grant-writing"], "skilled", "en", layout="newsletter_buried",
      note="buried in same section; PDF"),
]

TRAPS = [
    T("index.html", "hours", ["open tuesdays"]),
    T("index.html", "service", ["holiday boxes", "grocery shelf"]),
    T("index.html", "event", ["harvest supper"]),
    T("index.html", "blog", ["fewer hands on tuesdays"], note="tempting blog teaser about volunteers"),
    T("index.html", "general_appeal", ["every $1 buys 5 meals"]),
    T("volunteer.html", "filled", ["shopping buddy"], note="Full"),
    T("volunteer.html", "filled", ["parking lot flagger"], note="Covered through December"),
    T("volunteer.html", "job", ["warehouse lead"], note="paid, $18/hour"),
    T("give.html", "filled", ["cereal"], note="we have enough cereal, hold off"),
    T("give.html", "hours", ["drop-offs are taken"]),
    T("give.html", "recap", ["souper bowl"]),
    T("give.html", "general_appeal", ["cash goes further"]),
    T("es/index.html", "hours", ["horario"]),
    T("es/index.html", "how_to_apply", ["qué necesito traer"]),
    T("es/index.html", "service", ["comida gratis"]),
    T("es/index.html", "filled", ["bolsas de plástico"], note="ya no necesitamos"),
    T("news/fall-2024.pdf", "recap", ["9,800 pounds"]),
    T("news/fall-2024.pdf", "event", ["annual meeting"]),
    T("board/agenda.html", "robots", ["treasurer"]),
    T("board/agenda.html", "robots", ["40 turkeys"]),
    T("board/agenda.html", "robots", ["loading-dock ramp", "volunteer carpenter"]),
]
