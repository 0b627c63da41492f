"""Site 1: Maple Plain Area Food Shelf (WordPress / Kadence-style theme). English + a Spanish page."""
from common import N, T

SLUG = "maple-plain-area-food-shelf"

_HEAD = """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} &#8211; Maple Plain Area Food Shelf</title>
<link rel="stylesheet" id="kadence-global-css" href="/wp-content/themes/kadence/assets/css/global.min.css?ver=1.2.9" media="all">
<link rel="stylesheet" href="/wp-content/plugins/kadence-blocks/dist/style-blocks-rowlayout.css?ver=3.2.4" media="all">
<style>.kb-shift td.is-full{{color:#8a8a8a}} .kt-badge{{font-size:12px;border-radius:10px;padding:1px 8px;background:#eee}}</style>
</head>
<body class="wp-singular page-template-default page wp-theme-kadence">
<div id="wrapper" class="site wp-site-blocks">
<a class="skip-link screen-reader-text" href="#main">Skip to content</a>
<header id="masthead" class="site-header" role="banner">
 <div class="site-header-row-container-inner">
  <div class="site-branding"><a class="brand" href="/"><img src="/wp-content/uploads/2023/02/mpafs-logo.png" alt="Maple Plain Area Food Shelf"></a></div>
  <nav id="site-navigation" class="main-navigation header-navigation" aria-label="Primary">
   <ul id="primary-menu" class="menu">
    <li class="menu-item"><a href="/">Home</a></li>
    <li class="menu-item"><a href="/volunteer.html">Volunteer</a></li>
    <li class="menu-item"><a href="/wishlist.html">Donate Food</a></li>
    <li class="menu-item"><a href="/es/">Español</a></li>
   </ul>
  </nav>
 </div>
</header>
<main id="main" class="site-main" role="main">
"""

_FOOT = """</main>
<footer id="colophon" class="site-footer" role="contentinfo">
 <div class="site-footer-row-container-inner">
  <div class="footer-widget-area widget-area site-footer-focus-item footer-widget1">
   <p><strong>Maple Plain Area Food Shelf</strong><br>218 Linden Ave S &middot; Maple Plain, MN 55359<br>(763) 555-0131 &middot; <a href="mailto:hello@mapleplainfoodshelf.org">hello@mapleplainfoodshelf.org</a></p>
  </div>
  <div class="footer-widget-area footer-widget2">
   <ul class="menu"><li><a href="/volunteer.html">Volunteer</a></li><li><a href="/wishlist.html">Wish List</a></li><li><a href="/staff/">Staff &amp; Board</a></li></ul>
  </div>
  <div class="footer-html"><p>&copy; 2025 Maple Plain Area Food Shelf &middot; A 501(c)(3) nonprofit &middot; Built with Kadence WP</p></div>
 </div>
</footer>
</div>
<script src="/wp-content/themes/kadence/assets/js/navigation.min.js?ver=1.2.9" id="kadence-navigation-js"></script>
</body>
</html>
"""


def _page(title, body, lang="en-US"):
    return _HEAD.format(title=title, lang=lang) + body + _FOOT


INDEX = _page("Home", """
<div class="kb-row-layout-wrap alignfull kb-row-hero">
 <div class="kt-row-column-wrap">
  <h1 class="kt-adv-heading">Neighbors feeding neighbors since 1983</h1>
  <p>We serve about 310 households a month from western Hennepin County &mdash; Maple Plain, Independence, Loretto and Medina.</p>
  <div class="kb-buttons-wrap"><a class="kb-button kt-button button kb-btn-global-fill" href="/wishlist.html#give"><span class="kt-btn-text">Give Today</span></a></div>
  <p class="hero-small">Every gift stays local. Every $1 provides three meals.</p>
 </div>
</div>

<div class="wp-block-kadence-infobox kt-info-box-alert">
 <div class="kt-blocks-info-box-text">
  <p><strong>Shelf alert:</strong> right now we are short on canned fruit, cold cereal and size 5 diapers. If you are shopping this week, please grab one of these for the bin by the side door.</p>
 </div>
</div>

<div class="kb-row-layout-wrap kb-row-3col">
 <div class="wp-block-kadence-column">
  <h2 class="kt-adv-heading">Shopping hours</h2>
  <table class="hours"><tr><td>Tuesday</td><td>3:00&ndash;7:00 pm</td></tr><tr><td>Thursday</td><td>9:00 am&ndash;noon</td></tr><tr><td>Saturday</td><td>9:00&ndash;11:00 am</td></tr></table>
 </div>
 <div class="wp-block-kadence-column">
  <h2 class="kt-adv-heading">Getting food is simple</h2>
  <p>Come during shopping hours and bring a piece of mail with your address on it. No income proof needed. You can shop once a week; seniors can ask for home delivery.</p>
 </div>
 <div class="wp-block-kadence-column">
  <h2 class="kt-adv-heading">Help out</h2>
  <p>Volunteers do almost everything here. <a href="/volunteer.html">See what is open this month &rarr;</a></p>
 </div>
</div>

<section class="wp-block-kadence-posts kb-posts-style-boxed">
 <h2 class="kt-adv-heading">News &amp; stories</h2>
 <article class="loop-entry post">
  <h3 class="entry-title"><a href="/volunteer.html">Why Saturday volunteers keep coming back</a></h3>
  <p class="entry-summary">Carol has unloaded the Saturday truck for eleven years. We asked her what keeps her coming&hellip;</p>
 </article>
 <article class="loop-entry post">
  <h3 class="entry-title">THANK YOU, Lions Club!</h3>
  <p class="entry-summary">Our local Lions brought in 3,200 pounds at the spring food drive, our best total ever. <a href="/photos/harvest-2024.html">See photos from the drive</a>.</p>
 </article>
 <article class="loop-entry post">
  <h3 class="entry-title">Empty Bowls Supper &mdash; March 28</h3>
  <p class="entry-summary">Soup, bread and a handmade bowl to take home, at the Legion hall. Tickets $20 at the door; kids eat free.</p>
 </article>
</section>
""")

VOLUNTEER = _page("Volunteer", """
<article class="entry content-bg single-entry page">
<header class="entry-header"><h1 class="entry-title">Volunteer</h1></header>
<div class="entry-content single-content">
<p>New volunteers: come to a volunteer orientation on the first Monday of the month at 6 pm (45 minutes, in the back room). Then pick a shift below and email <a href="mailto:volunteer@mapleplainfoodshelf.org">volunteer@mapleplainfoodshelf.org</a>.</p>

<h2 class="wp-block-heading">This month&rsquo;s shifts</h2>
<figure class="wp-block-table kb-shift"><table>
<thead><tr><th>Shift</th><th>Day &amp; time</th><th>Volunteers we need</th><th>Signed up</th></tr></thead>
<tbody>
<tr><td>Pantry Restockers</td><td>Mondays 1&ndash;3 pm</td><td>4</td><td>Deb K., Arturo &mdash; <em>2 more wanted</em></td></tr>
<tr><td>Client Shopping Guides</td><td>Tuesdays 3&ndash;7 pm</td><td>3</td><td class="is-full">Linda, Marcus, Joy <span class="kt-badge">Full</span></td></tr>
<tr><td>Spanish-speaking Intake Helper</td><td>Tuesdays 3&ndash;7 pm</td><td>1</td><td>&mdash; (you need to be comfortable speaking Spanish with new families)</td></tr>
<tr><td>Saturday Truck Unloaders</td><td>Saturdays 7:30&ndash;9 am</td><td>6</td><td>Carol, Ben, Tomas, Mai &mdash; <em>2 open</em></td></tr>
<tr><td>Mobile Pantry Setup Crew</td><td>2nd Thursday, 12:30&ndash;2 pm</td><td>4</td><td class="is-full">Pete, Ann, Hodan, Jeff <span class="kt-badge">All set</span></td></tr>
<tr><td><s>Holiday Basket Wrappers</s></td><td>December</td><td>&mdash;</td><td class="is-full">No longer needed this year &mdash; the Rotary is wrapping.</td></tr>
</tbody></table></figure>

<h2 class="wp-block-heading">Other ways to help</h2>
<dl class="roles">
 <dt>Grant writer</dt>
 <dd>We apply for six to eight small grants a year (county, Lions, a few family foundations). We need someone who has written a grant before to draft two of them with our director. Mostly from home.</dd>
 <dt>Newsletter designer</dt>
 <dd>Filled! Thank you, Priya, for taking this on.</dd>
 <dt>Pantry Coordinator (staff position)</dt>
 <dd>20 hours a week, $19.50 an hour, some Saturdays. Send a r&eacute;sum&eacute; by May 15.</dd>
</dl>

<h2 class="wp-block-heading">Mobile Pantry</h2>
<p>From June to August we take food to Linden Court Apartments. The <a href="/mobile-pantry-flyer.pdf">Mobile Pantry flyer (PDF)</a> says how you can help.</p>
</div>
</article>
""")

WISHLIST = _page("Donate Food", """
<article class="entry content-bg single-entry page">
<header class="entry-header"><h1 class="entry-title">Donate Food</h1></header>
<div class="entry-content single-content">
<p>Donation drop-off: Monday to Thursday, 9 am&ndash;3 pm, at the side door. Ring the bell if nobody is at the table.</p>

<div class="wp-block-kadence-rowlayout"><div class="kt-row-column-wrap kt-has-2-columns">
<div class="wp-block-kadence-column inner-column-1">
<h2 class="wp-block-heading">Our Wish List</h2>
<ul>
 <li>Peanut butter</li>
 <li>Canned chicken or tuna</li>
 <li>Brown rice (2 lb bags)</li>
 <li>Shelf-stable milk</li>
 <li>Hearty soups and stews</li>
</ul>
</div>
<div class="wp-block-kadence-column inner-column-2">
<h2 class="wp-block-heading">Personal care shelf</h2>
<ul>
 <li>Shampoo and conditioner</li>
 <li>Deodorant</li>
 <li>Razors</li>
 <li>Menstrual pads</li>
 <li>Toilet paper</li>
</ul>
</div>
</div></div>

<h2 class="wp-block-heading">Fresh food rescue</h2>
<p>Two grocery stores have offered us frozen meat, but our freezers are full. We&rsquo;re seeking a donated chest freezer (7 cubic feet or larger, in working order). We can pick it up.</p>

<h2 class="wp-block-heading">We&rsquo;re well stocked on</h2>
<p>Pasta, canned green beans and ramen. Please hold these until fall &mdash; our shelves are full.</p>

<h2 class="wp-block-heading">Please don't bring</h2>
<ul><li>Home-canned food</li><li>Opened packages</li><li>Expired baby formula</li><li>Alcohol</li></ul>

<p>Last October, Troop 240 collected 1,900 items in the Scouting for Food drive. Thank you, Scouts!</p>

<h2 class="wp-block-heading" id="give">Prefer to give money?</h2>
<p>Every $10 buys 30 pounds of food through our food bank partner. <a href="https://www.givemn.example/mapleplainfood">Give online</a>.</p>
</div>
</article>
""")

ES = _page("Español", """
<article class="entry content-bg single-entry page">
<header class="entry-header"><h1 class="entry-title">Despensa de Alimentos de Maple Plain</h1></header>
<div class="entry-content single-content">
<h2 class="wp-block-heading">¿Cómo recibir comida?</h2>
<p>Venga en el horario de la despensa y traiga una carta con su dirección. No pedimos papeles de inmigración ni comprobante de ingresos.</p>

<h2 class="wp-block-heading">Horario</h2>
<p>Martes de 3 a 7 pm &middot; jueves de 9 a 12 &middot; sábados de 9 a 11 am.</p>

<h2 class="wp-block-heading">Lo que ofrecemos</h2>
<p>Despensa semanal, ropa de invierno en noviembre y entrega a domicilio para personas mayores que no pueden salir de casa.</p>

<h2 class="wp-block-heading">¿Quiere ayudar?</h2>
<p>Buscamos voluntarios bilingües para llamar por teléfono a las familias y recordarles la fecha de la despensa móvil. Lo puede hacer desde su casa, unas dos horas por semana. Necesita hablar español e inglés.</p>
<p><strong>Voluntarios para el sábado:</strong> ¡ya tenemos suficientes! Muchas gracias a todos.</p>
<p>Escríbanos a <a href="mailto:hola@mapleplainfoodshelf.org">hola@mapleplainfoodshelf.org</a> o llame al (763) 555-0131.</p>
</div>
</article>
""", lang="es")

STAFF = _page("Staff & Board", """
<article class="entry content-bg single-entry page">
<header class="entry-header"><h1 class="entry-title">Staff &amp; Board &mdash; internal</h1></header>
<div class="entry-content single-content">
<p>Please do not share this page. Board packet links are in the shared drive.</p>
<h2 class="wp-block-heading">Open asks for the June board meeting</h2>
<ul>
 <li>We still need a volunteer treasurer to replace Gary in July.</li>
 <li>Find two more drivers for the Delano route (Wednesday mornings).</li>
 <li>Ask the tech college whether they will donate a pallet jack.</li>
</ul>
</div>
</article>
""")

PAGES = {
    "index.html": INDEX,
    "volunteer.html": VOLUNTEER,
    "wishlist.html": WISHLIST,
    "es/index.html": ES,
    "staff/index.html": STAFF,
}

ROBOTS = """User-agent: *
Disallow: /wp-admin/
Allow: /wp-admin/admin-ajax.php
Disallow: /staff/

Sitemap: https://mapleplainfoodshelf.org/wp-sitemap.xml
"""

PDFS = {
    "mobile-pantry-flyer.pdf": ("Mobile Pantry - Summer 2025", [
        ("title", "MOBILE PANTRY AT LINDEN COURT APARTMENTS"),
        ("p", "Maple Plain Area Food Shelf - Summer 2025"),
        ("gap", ""),
        ("p", "Free produce and dairy for anyone who comes. Second Thursday of June, July and August, "
              "2:00-4:00 pm, in the Linden Court parking lot. No registration."),
        ("h", "HOW TO GET FOOD"),
        ("p", "Bring your own bags if you can. One share per household. Seniors who cannot stand in line "
              "can send a neighbor with a note."),
        ("h", "HELP WANTED (VOLUNTEER)"),
        ("p", "Box truck drivers: drive our 16-foot truck from the food shelf to Linden Court and back. "
              "A regular driver's license is fine; you must be 21 or older. Two drivers each month."),
        ("p", "Produce baggers: bag carrots, apples and milk before the line opens, 1:00-2:30 pm. "
              "We need about five baggers each month. Teens 14+ are welcome with a parent."),
        ("p", "Traffic helpers: FULL for the summer - thank you, Rotary!"),
        ("gap", ""),
        ("p", "Sign up: volunteer@mapleplainfoodshelf.org or (763) 555-0131."),
    ]),
}

NEEDS = [
    N("index.html", ["canned fruit", "size 5 diapers", "cold cereal"], "donation", "en",
      layout="short_on", note="'we are short on' alert box on the home page"),
    N("volunteer.html", ["pantry restockers"], "volunteer", "en",
      layout="shift_table", note="2 of 4 still wanted"),
    N("volunteer.html", ["spanish-speaking intake helper", "intake helper"], "skilled", "en", ["es", "en"],
      layout="shift_table", note="no one signed up; Spanish required"),
    N("volunteer.html", ["saturday truck unloaders", "truck unloaders"], "volunteer", "en",
      layout="shift_table", note="4 names of 6, 2 open"),
    N("volunteer.html", ["grant writer"], "skilled", "en",
      layout="definition_list"),
    N("wishlist.html", ["our wish list", "shelf-stable milk", "peanut butter"], "donation", "en",
      layout="wish_list", note="heading + 5 items = one need (2-column row layout)"),
    N("wishlist.html", ["personal care shelf", "deodorant"], "donation", "en",
      layout="wish_list", note="second list on the same page, its own heading"),
    N("wishlist.html", ["chest freezer"], "donation", "en",
      layout="seeking", note="'We're seeking a donated chest freezer'"),
    N("es/index.html", ["voluntarios bilingües", "llamar por teléfono"], "volunteer", "es", ["es", "en"],
      layout="heading_paragraph", note="phone reminder callers, from home"),
    N("mobile-pantry-flyer.pdf", ["box truck drivers", "box truck"], "volunteer", "en",
      layout="pdf"),
    N("mobile-pantry-flyer.pdf", ["produce baggers"], "volunteer", "en",
      layout="pdf"),
]

TRAPS = [
    T("index.html", "general_appeal", ["give today", "every $1 provides"]),
    T("index.html", "hours", ["shopping hours"]),
    T("index.html", "how_to_apply", ["getting food is simple", "piece of mail"]),
    T("index.html", "blog", ["why saturday volunteers keep coming back"]),
    T("index.html", "recap", ["3,200 pounds", "thank you, lions club"]),
    T("index.html", "event", ["empty bowls supper"]),
    T("volunteer.html", "event", ["volunteer orientation"]),
    T("volunteer.html", "filled", ["client shopping guides", "shopping guides"], note="all 3 names + Full badge"),
    T("volunteer.html", "filled", ["mobile pantry setup crew"], note="All set"),
    T("volunteer.html", "filled", ["holiday basket wrappers"], note="struck through, no longer needed"),
    T("volunteer.html", "filled", ["newsletter designer"], note="Filled! Thank you, Priya"),
    T("volunteer.html", "job", ["pantry coordinator"], note="paid $19.50/hour"),
    T("wishlist.html", "hours", ["donation drop-off"]),
    T("wishlist.html", "filled", ["well stocked on", "canned green beans"]),
    T("wishlist.html", "not_accepted", ["please don't bring", "home-canned food"]),
    T("wishlist.html", "recap", ["scouting for food", "1,900 items"]),
    T("wishlist.html", "general_appeal", ["prefer to give money", "every $10"]),
    T("es/index.html", "how_to_apply", ["cómo recibir comida"]),
    T("es/index.html", "hours", ["martes de 3 a 7 pm"]),
    T("es/index.html", "service", ["entrega a domicilio", "lo que ofrecemos"]),
    T("es/index.html", "filled", ["voluntarios para el sábado"], note="¡ya tenemos suficientes!"),
    T("mobile-pantry-flyer.pdf", "event", ["free produce and dairy"], note="the distribution itself"),
    T("mobile-pantry-flyer.pdf", "how_to_apply", ["one share per household"]),
    T("mobile-pantry-flyer.pdf", "filled", ["traffic helpers"], note="FULL for the summer"),
    T("staff/index.html", "robots", ["volunteer treasurer"]),
    T("staff/index.html", "robots", ["delano route"]),
    T("staff/index.html", "robots", ["pallet jack"]),
]
