"""Site 1: Prairie Cupboard Food Shelf, Morgan (English + Spanish page). WordPress/GeneratePress look."""
from common import need, trap

SLUG = "morgan-prairie-cupboard-food-shelf"
TOWN = "morgan"

ROBOTS = """User-agent: *
Disallow: /staff/
Disallow: /wp-admin/
Allow: /wp-admin/admin-ajax.php

Sitemap: https://prairiecupboard-mn.org/wp-sitemap.xml
"""


def head(title, lang="en-US"):
    return """<!DOCTYPE html>
<html lang="%s">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%s &#8211; Prairie Cupboard Food Shelf</title>
<link rel="stylesheet" id="generate-style-css" href="/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.4.0" media="all">
<style id="generate-style-inline-css">.inside-article{padding:30px}.gp-badge{font-size:12px;padding:1px 7px;border-radius:3px;background:#e4efe0}.gp-badge.full{background:#eee;color:#888}</style>
</head>
<body class="page-template-default page wp-custom-logo right-sidebar nav-float-right">
<a class="screen-reader-text skip-link" href="#content">Skip to content</a>
<header class="site-header grid-container" id="masthead" aria-label="Site">
 <div class="inside-header">
  <div class="site-logo"><a href="/" rel="home"><img class="header-image" alt="Prairie Cupboard Food Shelf" src="/wp-content/uploads/2023/02/cupboard-logo.png" width="220" height="64"></a></div>
  <nav id="site-navigation" class="main-navigation"><div class="inside-navigation"><ul id="menu-main" class="menu sf-menu">
   <li class="menu-item"><a href="/">Home</a></li>
   <li class="menu-item"><a href="/volunteer.html">Volunteer</a></li>
   <li class="menu-item"><a href="/give.html">Give</a></li>
   <li class="menu-item"><a href="/news.html">Cupboard Notes</a></li>
   <li class="menu-item"><a href="/es/">En Espa&ntilde;ol</a></li>
  </ul></div></nav>
 </div>
</header>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content">
""" % (lang, title)


FOOT = """</div></div>
<div class="site-footer"><footer class="site-info" aria-label="Site"><div class="inside-site-info grid-container">
 <div class="copyright-bar">118 Second Street, Morgan, MN 56266 &middot; (507) 555-0132 &middot; <a href="mailto:hello@prairiecupboard-mn.org">hello@prairiecupboard-mn.org</a><br>
 &copy; 2025 Prairie Cupboard Food Shelf &middot; <a href="/staff/roster.html">Staff &amp; board login</a> &middot; Built with GeneratePress</div>
</div></footer></div>
<script src="/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.4.0" id="generate-menu-js"></script>
</body>
</html>
"""

INDEX = head("Home") + """
<main class="site-main" id="main">
<article class="page type-page status-publish"><div class="inside-article">
<div class="entry-content" itemprop="text">
<div class="wp-block-cover"><div class="wp-block-cover__inner-container">
<h1 class="has-text-align-center">Good food, no questions asked.</h1>
<p class="has-text-align-center">Serving Morgan and the north half of Redwood County since 1987.</p>
</div></div>

<div class="wp-block-columns">
<div class="wp-block-column">
<h2>When we&rsquo;re open</h2>
<p>Tuesdays 3&ndash;6:30 pm and Saturdays 9&ndash;11 am. Closed the week of Christmas and on the Fourth of July.</p>
</div>
<div class="wp-block-column">
<h2>Getting food</h2>
<p>Any household in our service area can shop once a month. Bring a piece of mail with your address on it the first time you come &mdash; no income paperwork, no ID check.</p>
</div>
<div class="wp-block-column">
<h2>Senior boxes</h2>
<p>Neighbors 60 and older can get a monthly senior box delivered right to the door. Call the office to get on the route.</p>
</div>
</div>

<hr class="wp-block-separator">
<div class="wp-block-group teaser"><div class="wp-block-group__inner-container">
<h3>Lend a hand</h3>
<p>It takes about 60 neighbors a month to keep the Cupboard going. <a href="/volunteer.html">See what&rsquo;s open &rarr;</a></p>
</div></div>

<div class="wp-block-latest-posts">
<h3>From Cupboard Notes</h3>
<ul><li><a href="/news.html">Why summer is our hungriest season</a> <time>July 2, 2025</time></li></ul>
</div>

<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link" href="/give.html">Every $1 buys three meals &mdash; donate</a></div></div>
<p>See the <a href="/photos/harvest-supper-2024.html">photo album from last year&rsquo;s supper</a>.</p>
</div></div></article>
</main>
""" + FOOT

VOLUNTEER = head("Volunteer") + """
<main class="site-main" id="main">
<article class="page type-page status-publish"><div class="inside-article">
<header class="entry-header"><h1 class="entry-title" itemprop="headline">Volunteer</h1></header>
<div class="entry-content" itemprop="text">
<p>New volunteers: read the <a href="/flyer-gleaning.pdf">gleaning flyer (PDF)</a> for our summer field work, or pick a spot in the table below and text Gail at 507-555-0139. Sign-ups are updated every Friday.</p>

<h2>Weekly spots</h2>
<figure class="wp-block-table is-style-stripes"><table>
<thead><tr><th>Spot</th><th>When</th><th>Details</th><th>Status</th></tr></thead>
<tbody>
<tr><td>Truck Unloaders</td><td>Tuesdays 1:30&ndash;3 pm</td><td>Unload the regional food bank truck and stack cases in the back room. You should be able to lift 40 lb.</td><td><span class="gp-badge">3 of 4 open</span></td></tr>
<tr class="is-full"><td>Shopping Guides</td><td>Tuesdays 3&ndash;6:30 pm</td><td>Walk through the aisles with shoppers and help them find things.</td><td><span class="gp-badge full">FULL &middot; waitlist</span></td></tr>
<tr><td>Saturday Bread Run</td><td>Saturdays 7:30 am (about 90 min)</td><td>Pick up day-old bread from the bakery in Redwood Falls and bring it back before we open. Your own vehicle; mileage is reimbursed.</td><td><span class="gp-badge">1 open</span></td></tr>
<tr><td>Bilingual Check-in (Spanish/English)</td><td>Tuesdays 3&ndash;6:30 pm</td><td>Greet families at the front table and enter visits on the tablet. You need to be comfortable in both Spanish and English.</td><td><span class="gp-badge">2 open</span></td></tr>
<tr class="is-full"><td>Holiday Basket Packers</td><td>Dec 13 &amp; 14</td><td>Pack 140 holiday baskets in the church basement.</td><td><span class="gp-badge full">All 30 slots taken &mdash; thank you!</span></td></tr>
<tr><td>Warehouse Coordinator</td><td>20 hrs/week, $17/hr</td><td>Part-time staff position. Orders, inventory, and the Tuesday truck. Full description from the office.</td><td><a href="mailto:board@prairiecupboard-mn.org">Apply</a></td></tr>
</tbody></table></figure>

<h2>Behind the scenes</h2>
<p><strong>Seeking: a volunteer grant writer.</strong> We send four or five small grant applications a year (the county foundation, a co-op round-up program, a few churches) and need someone who writes clearly and keeps deadlines. You can do it all from home.</p>

<h2>Groups</h2>
<p>We can take groups of up to eight on Tuesday afternoons. Please call at least two weeks ahead. We are not able to accept court-ordered community service hours at this time.</p>
</div></div></article>
</main>
""" + FOOT

GIVE = head("Give") + """
<main class="site-main" id="main">
<article class="page type-page status-publish"><div class="inside-article">
<header class="entry-header"><h1 class="entry-title">Give</h1></header>
<div class="entry-content">
<p>Drop-offs are easiest on Tuesday afternoons. There is also a bin inside the front door of Kopp&rsquo;s Hardware.</p>

<h2>This Month&rsquo;s Shopping List</h2>
<ul class="wp-block-list">
<li>Canned chicken or tuna</li>
<li>Boxed cereal</li>
<li>Pancake mix and syrup</li>
<li>Cooking oil</li>
<li>Spaghetti sauce</li>
</ul>

<h2>We are short on personal care items</h2>
<p>Shampoo, deodorant, razors and laundry soap can&rsquo;t be bought with SNAP, so a lot of families simply go without. Any amount helps; full-size bottles are best.</p>

<h2>Canned vegetables</h2>
<p>We have enough canned vegetables for now &mdash; thank you, Morgan! Please hold off on green beans and corn until spring.</p>

<h2>Adopt-a-Route</h2>
<p>All 12 senior delivery routes are sponsored through 2025. We&rsquo;ll open sponsorships for 2026 in November.</p>

<h3>Please don&rsquo;t bring</h3>
<ul><li>Home-canned foods</li><li>Opened or unlabeled packages</li><li>Anything past its date</li><li>Alcohol</li></ul>

<h2>Give money</h2>
<p>Because we buy from the food bank at cents a pound, a gift of money has the most buying power. <a href="https://givemn.example/prairie-cupboard">Give online</a> or mail a check to the address below.</p>
</div></div></article>
</main>
""" + FOOT

NEWS = head("Cupboard Notes") + """
<main class="site-main" id="main">
<article class="post type-post status-publish format-standard"><div class="inside-article">
<header class="entry-header"><h1 class="entry-title">Cupboard Notes &mdash; Fall 2025</h1>
<div class="entry-meta"><span class="posted-on">September 3, 2025</span> by <span class="author">Gail Tenhoff, coordinator</span></div></header>
<div class="entry-content">
<h2>Why summer is our hungriest season</h2>
<p>When school lunches stop, grocery bills go up. In July we served 212 households, the most since 2020. Thank you for carrying us through.</p>

<h2>Stuff-the-Truck</h2>
<p>Our Stuff-the-Truck day at the Morgan Co-op collected 3,100 pounds of food and $1,450. The truck was full by noon!</p>

<h2>From the board</h2>
<p>The board met in August and approved the new shelving for the back room. Treasurer Lyle Brandt reports that we are on budget for the year. One worry: our walk-in cooler has been short-cycling since the heat wave, and the repair quote was more than we can spend this year. If you are (or know) a refrigeration tech who could give us an afternoon to look at the compressor, please call Gail. We would be very grateful.</p>

<h2>Save the date: Harvest Supper</h2>
<p>Saturday, October 18, 5&ndash;7 pm at the Legion hall. Tickets $15, kids under 10 free. Pie auction at 6:30.</p>

<h2>Volunteer of the year</h2>
<p>Congratulations to Arlene Kopp, our volunteer of the year, who has packed senior boxes every month since 2009.</p>
</div></div></article>
</main>
""" + FOOT

ES = head("En Espa&ntilde;ol", "es") + """
<main class="site-main" id="main">
<article class="page type-page status-publish"><div class="inside-article">
<header class="entry-header"><h1 class="entry-title">Despensa Prairie Cupboard &mdash; en espa&ntilde;ol</h1></header>
<div class="entry-content">
<h2>Horario</h2>
<p>Martes de 3 a 6:30 pm y s&aacute;bados de 9 a 11 am.</p>
<h2>&iquest;C&oacute;mo registrarse?</h2>
<p>La primera vez, traiga una carta o un recibo con su direcci&oacute;n. No pedimos papeles de ingresos ni identificaci&oacute;n.</p>
<h2>Entrega a domicilio</h2>
<p>Para personas mayores de 60 a&ntilde;os ofrecemos entrega a domicilio una vez al mes. Llame a la oficina.</p>

<h2>&iquest;Quiere ayudar?</h2>
<h3>Buscamos voluntarios para cuidar ni&ntilde;os</h3>
<p>Mientras las mam&aacute;s hacen sus compras los martes, necesitamos dos o tres personas que jueguen con los ni&ntilde;os en el cuarto de al lado.</p>
<h3>Nos falta arroz y frijol</h3>
<p>Son los productos que m&aacute;s piden nuestras familias y se acaban cada semana. Bolsas de 2 a 5 libras, por favor.</p>
<h3>Traductor(a) voluntario(a)</h3>
<p>Buscamos a alguien que traduzca nuestro bolet&iacute;n mensual del ingl&eacute;s al espa&ntilde;ol. Es como una hora al mes y se puede hacer desde casa.</p>
<h3><s>Empacadores de canastas navide&ntilde;as</s></h3>
<p>&iexcl;Cupo lleno! Gracias a todos los que se anotaron.</p>

<h2>Otras noticias</h2>
<p><strong>Feria de salud:</strong> s&aacute;bado 11 de octubre, de 10 a 1, en la escuela. Vacunas contra la gripe y revisi&oacute;n de presi&oacute;n.</p>
<p><strong>Empleo:</strong> buscamos un(a) coordinador(a) biling&uuml;e &mdash; puesto con sueldo, 25 horas por semana. Env&iacute;e su curr&iacute;culum a la oficina.</p>
</div></div></article>
</main>
""" + FOOT

STAFF = head("Staff roster") + """
<main class="site-main" id="main">
<article class="page type-page status-private"><div class="inside-article">
<header class="entry-header"><h1 class="entry-title">Private: Staff &amp; Board Roster</h1></header>
<div class="entry-content">
<p>Do not share this page. Open slots we still have to fill:</p>
<ul>
<li><strong>Board treasurer</strong> &mdash; Lyle steps down in January; we need a new treasurer before the annual meeting.</li>
<li><strong>Two more drivers for the Nov 25 senior route</strong> &mdash; ask the Lions.</li>
<li><strong>200 turkeys</strong> &mdash; call the grocery about a donation for Thanksgiving week.</li>
</ul>
</div></div></article>
</main>
""" + FOOT

PAGES = {
    "index.html": INDEX,
    "volunteer.html": VOLUNTEER,
    "give.html": GIVE,
    "news.html": NEWS,
    "es/index.html": ES,
    "staff/roster.html": STAFF,
}

PDFS = {
    "flyer-gleaning.pdf": ("Gleaning Crew - Summer 2025", [
        ("title", "Prairie Cupboard Food Shelf: Gleaning Crew, Summer 2025"),
        ("p", "Farmers around Morgan let us pick what is left in their fields after harvest: sweet corn, "
              "squash, potatoes and sometimes apples. Last year that was 9,000 pounds of fresh food for "
              "families who rarely get it."),
        ("h", "We need a gleaning crew"),
        ("p", "We need 8 to 10 people for the gleaning crew on weekday mornings in August and September, "
              "about three hours each time. Bring gloves, a hat and a water bottle. We bring the buckets and "
              "the truck. Teens 14 and up are welcome with a parent."),
        ("h", "How to sign up"),
        ("p", "Write your name and phone number below and drop this sheet in the box at the front desk, or "
              "text Gail at 507-555-0139. We will call you the night before each pick."),
        ("p", "Name: ______________________  Phone: ______________________"),
        ("h", "End-of-season potluck"),
        ("p", "Everyone who gleans is invited to the end-of-season potluck on Saturday, September 27, at "
              "the city park shelter. Bring a dish to share."),
    ]),
}

NEEDS = [
    need("volunteer.html", ["truck unloaders"], "volunteer", "en", layout="shift_table",
         note="row 3 of 4 open"),
    need("volunteer.html", ["bread run"], "volunteer", "en", layout="shift_table",
         note="own vehicle, mileage reimbursed: still a volunteer"),
    need("volunteer.html", ["bilingual check-in"], "skilled", "en", ["es", "en"], layout="shift_table"),
    need("volunteer.html", ["grant writer"], "skilled", "en", layout="seeking",
         note="'Seeking:' in bold lead-in"),
    need("give.html", ["this month's shopping list", "pancake mix", "cereal"], "donation", "en",
         layout="wish_list", note="one need for the whole list"),
    need("give.html", ["personal care items", "deodorant", "shampoo"], "donation", "en", layout="short_on"),
    need("news.html", ["refrigeration tech", "walk-in cooler", "compressor"], "skilled", "en",
         layout="newsletter_buried"),
    need("flyer-gleaning.pdf", ["gleaning crew"], "volunteer", "en", layout="pdf"),
    need("es/index.html", ["cuidar niños"], "volunteer", "es", layout="heading_paragraph"),
    need("es/index.html", ["arroz y frijol"], "donation", "es", layout="short_on", note="'Nos falta'"),
    need("es/index.html", ["traductor(a) voluntario(a)", "traduzca nuestro boletín"], "skilled", "es",
         ["en", "es"], layout="heading_paragraph"),
]

TRAPS = [
    trap("index.html", "hours", ["tuesdays 3"]),
    trap("index.html", "how_to_apply", ["piece of mail"]),
    trap("index.html", "service", ["senior box"]),
    trap("index.html", "general_appeal", ["lend a hand"], "teaser with no specific role"),
    trap("index.html", "blog", ["hungriest season"]),
    trap("index.html", "general_appeal", ["every $1 buys three meals"]),
    trap("volunteer.html", "filled", ["shopping guides"], "FULL · waitlist"),
    trap("volunteer.html", "filled", ["holiday basket packers"], "All 30 slots taken"),
    trap("volunteer.html", "job", ["warehouse coordinator"], "part-time staff, $17/hr"),
    trap("volunteer.html", "not_accepted", ["court-ordered community service"]),
    trap("give.html", "filled", ["canned vegetables"], "we have enough ... hold off"),
    trap("give.html", "filled", ["adopt-a-route"], "all routes sponsored"),
    trap("give.html", "not_accepted", ["home-canned foods"], "please don't bring list"),
    trap("give.html", "general_appeal", ["give money"]),
    trap("news.html", "blog", ["hungriest season"]),
    trap("news.html", "recap", ["stuff-the-truck"]),
    trap("news.html", "event", ["harvest supper"]),
    trap("news.html", "bio", ["volunteer of the year"]),
    trap("es/index.html", "hours", ["martes de 3"]),
    trap("es/index.html", "how_to_apply", ["cómo registrarse"]),
    trap("es/index.html", "service", ["entrega a domicilio"]),
    trap("es/index.html", "filled", ["empacadores de canastas navideñas", "cupo lleno"], "struck + Cupo lleno"),
    trap("es/index.html", "event", ["feria de salud"]),
    trap("es/index.html", "job", ["coordinador(a) bilingüe"], "puesto con sueldo"),
    trap("staff/roster.html", "robots", ["board treasurer"]),
    trap("staff/roster.html", "robots", ["senior route"]),
    trap("staff/roster.html", "robots", ["200 turkeys"]),
    trap("flyer-gleaning.pdf", "how_to_apply", ["how to sign up"]),
    trap("flyer-gleaning.pdf", "event", ["end-of-season potluck"]),
]
