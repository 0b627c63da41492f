"""Site 1: Shell Rock Valley Food Shelf, Glenville. WordPress/GeneratePress, English + Spanish."""
from common import N, T

SLUG = "glenville-shell-rock-food-shelf"

_HEAD = """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} &#8211; Shell Rock Valley Food Shelf</title>
<link rel="stylesheet" id="generate-style-css" href="/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.4.0" media="all">
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());</script>
</head>
<body class="wp-singular page-template-default page wp-theme-generatepress right-sidebar">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header class="site-header" id="masthead"><div class="inside-header grid-container">
<div class="site-branding"><p class="main-title"><a href="/" rel="home">Shell Rock Valley Food Shelf</a></p>
<p class="site-description">Neighbors feeding neighbors in Glenville, Twin Lakes &amp; Emmons</p></div>
<nav id="site-navigation" class="main-navigation"><ul id="menu-primary" class="menu sf-menu">
<li class="menu-item"><a href="/">Home</a></li>
<li class="menu-item"><a href="/volunteer.html">Volunteer</a></li>
<li class="menu-item"><a href="/give.html">Give Food</a></li>
<li class="menu-item"><a href="/news/2025-spring.html">Newsletter</a></li>
<li class="menu-item"><a href="/es/">Espa&ntilde;ol</a></li>
</ul></nav></div></header>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content">
"""

_FOOT = """</div></div>
<div class="site-footer"><footer class="site-info"><div class="inside-site-info grid-container">
<p>Shell Rock Valley Food Shelf &middot; 211 Main St S, Glenville, MN 56036 &middot; (507) 555-0131 &middot; <a href="mailto:hello@shellrockfood.example.org">hello@shellrockfood.example.org</a></p>
<p><a href="/staff-portal/">Staff login</a> &middot; A 501(c)(3) nonprofit &middot; &copy; 2025</p>
</div></footer></div>
<div id="cookie-notice" role="dialog"><span>We use cookies to understand how visitors use this site.</span> <a href="#" class="cn-accept">OK</a></div>
</body>
</html>
"""

PAGES = {}

PAGES["index.html"] = _HEAD.format(lang="en-US", title="Home") + """
<main class="site-main" id="main">
<div class="wp-block-cover"><div class="wp-block-cover__inner-container">
<h1 class="has-text-align-center">No one in the valley should go hungry.</h1>
<p class="has-text-align-center">Since 1983 we have shared groceries with anyone who walks through our door. No questions, no paperwork beyond your name and town.</p>
<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link" href="https://give.example.org/shellrock">Support our work &mdash; give online</a></div></div>
</div></div>

<div class="wp-block-columns">
<div class="wp-block-column">
<h2>Pantry hours</h2>
<p>Tuesday 3&ndash;6:30 pm<br>Thursday 9 am&ndash;noon<br>Last Saturday of the month 9&ndash;11 am</p>
<p>Closed on federal holidays. Watch our Facebook page for snow closings.</p>
</div>
<div class="wp-block-column">
<h2>Lend a hand</h2>
<p>Most of what happens here is done by volunteers. Take a look at <a href="/volunteer.html">this month's openings</a> &mdash; there's something for every schedule.</p>
</div>
<div class="wp-block-column">
<h2>Empty Bowls Supper</h2>
<p>Thursday, March 13, 5&ndash;7 pm at Glenville-Emmons High School commons. Pick a handmade bowl, enjoy soup and bread, and help us stock the shelves for spring. Tickets $20 at the door.</p>
<p><a href="/photos/empty-bowls-2024.html">See photos from last year</a></p>
</div>
</div>

<h2 class="latest-posts">From the blog</h2>
<article class="post-teaser"><h3><a href="/news/2025-spring.html">&ldquo;I came for the food and stayed for the people&rdquo;: why our volunteers keep coming back</a></h3>
<p>Five Tuesday regulars tell us why they've been showing up for years&hellip; <a href="/news/2025-spring.html">Read more</a></p></article>
<p>Planning ahead for December? Print our <a href="/holiday-basket-flyer.pdf">holiday basket drive flyer (PDF)</a> and hang it at work.</p>
</main>
""" + _FOOT

PAGES["volunteer.html"] = _HEAD.format(lang="en-US", title="Volunteer") + """
<main class="site-main" id="main"><article class="page type-page status-publish">
<header class="entry-header"><h1 class="entry-title">Volunteer</h1></header>
<div class="entry-content">
<p>Every shift is about two hours. You don't need experience &mdash; a shift lead will show you the ropes. Wear closed-toe shoes.</p>

<h2>Shifts we're filling this month</h2>
<p><em>Last updated March 3.</em></p>
<figure class="wp-block-table is-style-stripes"><table>
<thead><tr><th>Shift</th><th>Day / time</th><th>About it</th><th>Status</th></tr></thead>
<tbody>
<tr><td>Truck unloaders</td><td>Tuesdays 1:00&ndash;2:30 pm</td><td>The regional food bank truck arrives around 1. Lift boxes up to 35 lbs onto carts and into the back room.</td><td>3 needed</td></tr>
<tr><td>Client shopping assistant</td><td>Tuesdays 3&ndash;6:30 pm</td><td>Walk with shoppers, help them find items and weigh produce. Some Spanish is a real plus.</td><td>2 of 4 filled</td></tr>
<tr><td>Bread run</td><td>Fridays 7 am</td><td>Pick up day-old bread from Hy-Vee in Albert Lea.</td><td><strong>Covered through June &#10003;</strong></td></tr>
<tr><td>Egg cooler cleaning</td><td>1st Monday</td><td>Wipe down shelves, check dates.</td><td><span style="color:#888">Pat K. &middot; Lou R. &mdash; FULL</span></td></tr>
<tr><td>Saturday youth crew</td><td>Last Saturday, 8:30&ndash;11</td><td>Ages 12&ndash;15 with a parent or grandparent. Bag apples, restock shelves, break down cardboard.</td><td>5 open</td></tr>
</tbody></table></figure>

<h2>Also seeking</h2>
<p>A volunteer <strong>grant writer</strong>. The Freeborn County United Way and two local foundations have spring deadlines and our director can't write them all. If you have written a grant before (or want to learn with us), we'd love a few hours a month.</p>

<h2>How to sign up</h2>
<p>Email Renee at <a href="mailto:volunteer@shellrockfood.example.org">volunteer@shellrockfood.example.org</a> with your name, phone and the shift you want. New volunteers fill out a one-page form at their first shift. Sign-ups close the Friday before.</p>

<h2>We're hiring</h2>
<p><strong>Warehouse Coordinator</strong> &mdash; part-time (20 hrs/week), $18.50/hr. Schedules volunteers, receives deliveries, keeps the walk-in organized. Must be able to lift 50 lbs. Send a resume to the board chair by March 28.</p>
</div></article></main>
""" + _FOOT

PAGES["give.html"] = _HEAD.format(lang="en-US", title="Give Food") + """
<main class="site-main" id="main"><article class="page type-page">
<header class="entry-header"><h1 class="entry-title">Give Food</h1></header>
<div class="entry-content">
<div class="wp-block-group has-pale-cyan-blue-background-color">
<h2>Pantry shelf wish list</h2>
<ul>
<li>Peanut butter (plastic jars, please)</li>
<li>Canned chicken or tuna</li>
<li>Cooking oil</li>
<li>Masa harina and dry beans</li>
<li>Cereal &mdash; the low-sugar kind</li>
</ul>
</div>

<h2>We are short on diapers</h2>
<p>Sizes 5 and 6 are the ones that run out first, and WIC doesn't cover them. Any brand. Open packs are fine if the diapers inside are clean and unused.</p>

<h2>Green beans? We're good!</h2>
<p>Thanks to the Emmons Lutheran food drive we have more canned green beans than we can give away before fall. Please hold off on those for now.</p>

<h2>What we can't take</h2>
<ul class="cant-take">
<li>Home-canned goods</li>
<li>Anything opened or past its &ldquo;use by&rdquo; date</li>
<li>Baby formula past its date</li>
<li>Alcohol</li>
</ul>

<h2>Drop-off hours</h2>
<p>Bring donations during pantry hours, or to the side door Monday&ndash;Friday 9&ndash;11 am. Please don't leave bags outside when we're closed &mdash; raccoons.</p>

<h2>Money goes further</h2>
<p>Every $1 buys about 5 pounds of food through our food bank partner. Set up <strong>monthly giving</strong> and you'll get a thank-you mug.</p>
</div></article></main>
""" + _FOOT

PAGES["es/index.html"] = _HEAD.format(lang="es", title="En español") + """
<main class="site-main" id="main"><article class="page type-page">
<header class="entry-header"><h1 class="entry-title">Banco de Alimentos Shell Rock Valley</h1></header>
<div class="entry-content">
<h2>¿Necesita comida?</h2>
<p>Cualquier familia de Glenville, Twin Lakes o Emmons puede recoger comida una vez por semana. Es gratis.</p>
<h3>Cómo registrarse</h3>
<p>La primera vez, traiga algo con su nombre y dirección (una carta, un recibo de luz). No pedimos papeles de inmigración ni número de seguro social.</p>
<h3>Horario</h3>
<p>Martes de 3 a 6:30 pm y jueves de 9 am a mediodía.</p>

<h2>¿Quiere ayudar?</h2>
<h3>Intérpretes voluntarios</h3>
<p>Buscamos personas que hablen español e inglés para ayudar en la mesa de bienvenida los martes por la tarde. Muchas familias nuevas no hablan inglés y queremos que se sientan en casa.</p>
<h3>Ayudantes de cocina para la cena comunitaria</h3>
<p>Cada último sábado servimos una cena caliente. Necesitamos 4 personas para picar verduras, servir y lavar ollas de 10 am a 2 pm.</p>
<h3><s>Maestra de nutrición</s></h3>
<p>¡Ya encontramos a alguien para las clases de cocina saludable! Gracias a todas las que se ofrecieron.</p>

<h2>Donaciones que nos hacen falta</h2>
<p>Las familias nos piden productos que casi nunca llegan: <strong>productos para la despensa latina</strong> como masa harina, frijoles negros, arroz, chiles secos y consomé de pollo.</p>

<h2>Posada navideña</h2>
<p>El 14 de diciembre celebramos la posada con piñatas, tamales y villancicos. ¡Todos son bienvenidos!</p>
</div></article></main>
""" + _FOOT

PAGES["news/2025-spring.html"] = _HEAD.format(lang="en-US", title="Spring 2025 Newsletter") + """
<main class="site-main" id="main"><article class="post type-post status-publish">
<header class="entry-header"><h1 class="entry-title">Open Shelves &mdash; Spring 2025</h1>
<div class="entry-meta"><span class="posted-on">March 1, 2025</span> by <span class="author">Marlys Tveit</span></div></header>
<div class="entry-content">
<h2>From the director</h2>
<p>What a winter. In 2024 we served 1,912 households and handed out 286,000 pounds of food &mdash; both records. Thank you to every one of you who drove in a snowstorm to keep the doors open.</p>
<p>Spring brings its own worries. The door gasket on our walk-in freezer is failing again and the compressor is older than some of our volunteers. If you know refrigeration, or know someone who does, I would love to hear from you before the summer produce season starts. We can't afford to lose a freezer full of meat.</p>

<h2>&ldquo;I came for the food and stayed for the people&rdquo;</h2>
<p>Five Tuesday regulars tell us why they keep coming back. Dale started unloading trucks in 2011 after he retired from the co-op; Ana first came as a shopper and now runs our welcome table&hellip;</p>

<h2>Meet Marlys</h2>
<p>Marlys Tveit has been our director since 2019. Before that she taught family and consumer science in Albert Lea for 27 years. She makes the best rhubarb bars in the county and will not share the recipe.</p>

<h2>Save the date: Annual meeting</h2>
<p>Tuesday, April 22 at 7 pm in the Glenville Community Center. We'll elect three board members and review the budget. Pie will be served.</p>
</div></article></main>
""" + _FOOT

PAGES["staff-portal/index.html"] = _HEAD.format(lang="en-US", title="Staff portal") + """
<main class="site-main" id="main"><article class="page">
<h1>Staff &amp; board portal</h1>
<p class="notice">This page is for staff and board members. Please don't share the link.</p>
<h2>Gaps on the schedule</h2>
<ul>
<li><strong>Sunday sorting lead</strong> &mdash; need someone to open the building and supervise sorting every other Sunday.</li>
<li><strong>Board treasurer</strong> &mdash; Jim is stepping down in June; we need a replacement who can read a balance sheet.</li>
<li><strong>Inventory counter</strong> &mdash; month-end count, about 3 hours.</li>
</ul>
</article></main>
""" + _FOOT

ROBOTS = """User-agent: *
Disallow: /wp-admin/
Disallow: /staff-portal/
Allow: /wp-admin/admin-ajax.php

Sitemap: https://shellrockfood.example.org/wp-sitemap.xml
"""

PDFS = {
    "holiday-basket-flyer.pdf": ("Holiday Basket Drive 2025", [
        ("title", "Shell Rock Valley Food Shelf - Holiday Basket Drive"),
        ("p", "Every December we pack a holiday basket for each family that asks. Last year that was 214 baskets. This year we expect more."),
        ("h", "What goes in a basket"),
        ("p", "Please help us fill them. We need frozen turkeys or hams, roasting pans, boxed stuffing, canned yams, and cranberry sauce. Bring items to the food shelf between December 1 and December 15."),
        ("h", "Basket delivery drivers"),
        ("p", "On Saturday, December 20, we need about 15 basket delivery drivers to bring baskets to seniors and families without a car. Routes take 1 to 2 hours. Use your own vehicle; we give you a printed route and a hot cider."),
        ("h", "Adopt-a-family gift tags"),
        ("p", "All 40 families on this year's gift-tag tree are fully sponsored. Thank you, Glenville!"),
        ("h", "Drop-off hours"),
        ("p", "Monday through Thursday, 9 am to 4 pm, side door."),
        ("h", "Families: how to get a basket"),
        ("p", "To sign up for a basket, call (507) 555-0131 or stop by during pantry hours before December 1. One basket per household."),
    ]),
}

_V, _G, _E, _N, _S = "volunteer.html", "give.html", "es/index.html", "news/2025-spring.html", "staff-portal/index.html"
_P = "holiday-basket-flyer.pdf"

NEEDS = [
    N(_V, ["truck unloaders"], "volunteer", "en", layout="shift_table", note="3 needed"),
    N(_V, ["client shopping assistant"], "volunteer", "en", ["es"], layout="shift_table",
      note="2 of 4 filled, so 2 open; Spanish a plus"),
    N(_V, ["saturday youth crew", "youth crew"], "volunteer", "en", layout="shift_table", note="5 open"),
    N(_V, ["grant writer"], "skilled", "en", layout="seeking", note="'Also seeking' section"),
    N(_G, ["pantry shelf wish list", "cooking oil", "peanut butter"], "donation", "en", layout="wish_list",
      note="one wish list = one need"),
    N(_G, ["diapers"], "donation", "en", layout="short_on", note="'We are short on diapers' heading"),
    N(_N, ["refrigeration", "walk-in freezer"], "skilled", "en", layout="newsletter_buried",
      note="director's letter: 'If you know refrigeration ...'"),
    N(_E, ["intérpretes voluntarios"], "skilled", "es", ["es", "en"], layout="heading_paragraph"),
    N(_E, ["ayudantes de cocina"], "volunteer", "es", layout="heading_paragraph",
      note="helpers for the monthly community dinner"),
    N(_E, ["productos para la despensa latina", "masa harina"], "donation", "es", layout="heading_paragraph"),
    N(_P, ["holiday basket", "roasting pans"], "donation", "en", layout="pdf", note="supply drive in PDF flyer"),
    N(_P, ["basket delivery drivers"], "volunteer", "en", layout="pdf"),
]

TRAPS = [
    T("index.html", "general_appeal", ["support our work"]),
    T("index.html", "hours", ["pantry hours"]),
    T("index.html", "event", ["empty bowls supper"]),
    T("index.html", "blog", ["why our volunteers keep coming back"], "blog teaser"),
    T("index.html", "general_appeal", ["lend a hand"], "pointer to volunteer page, no role named"),
    T(_V, "filled", ["bread run"], "Covered through June"),
    T(_V, "filled", ["egg cooler cleaning"], "all slots named, FULL"),
    T(_V, "how_to_apply", ["how to sign up"]),
    T(_V, "job", ["warehouse coordinator"], "paid, $18.50/hr"),
    T(_G, "filled", ["green beans"], "'We're good', hold off"),
    T(_G, "not_accepted", ["home-canned goods", "what we can't take"]),
    T(_G, "hours", ["drop-off hours"]),
    T(_G, "general_appeal", ["monthly giving"]),
    T(_E, "service", ["una vez por semana"]),
    T(_E, "how_to_apply", ["cómo registrarse"]),
    T(_E, "hours", ["horario"]),
    T(_E, "filled", ["maestra de nutrición"], "struck through, 'Ya encontramos a alguien'"),
    T(_E, "event", ["posada navideña"]),
    T(_N, "recap", ["1,912 households"]),
    T(_N, "blog", ["i came for the food and stayed for the people"]),
    T(_N, "bio", ["meet marlys"]),
    T(_N, "event", ["annual meeting"]),
    T(_S, "robots", ["sunday sorting lead"]),
    T(_S, "robots", ["board treasurer"]),
    T(_S, "robots", ["inventory counter"]),
    T(_P, "filled", ["adopt-a-family gift tags"], "'fully sponsored'"),
    T(_P, "hours", ["drop-off hours"]),
    T(_P, "how_to_apply", ["how to get a basket"]),
]
