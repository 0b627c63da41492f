from common import N, T

SLUG = "osakis-lakeside-food-shelf"

HEAD = """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{title} &#8211; Lakeside Food Shelf of Osakis</title>
<link rel="stylesheet" id="astra-theme-css-css" href="/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4" media="all">
<script>window.dataLayer = window.dataLayer || [];</script>
</head>
<body class="page-template-default page wp-custom-logo ast-separate-container">
<header class="site-header ast-primary-header-bar">
 <div class="site-branding"><a href="/index.html" class="custom-logo-link" rel="home">Lakeside Food Shelf</a></div>
 <nav class="main-header-menu">
  <ul id="primary-menu" class="menu">
   <li class="menu-item"><a href="/index.html">Home</a></li>
   <li class="menu-item"><a href="/volunteer.html">Volunteer</a></li>
   <li class="menu-item"><a href="/wishlist.html">Give Food</a></li>
   <li class="menu-item"><a href="/news.html">News</a></li>
   <li class="menu-item"><a href="/es/index.html">Español</a></li>
  </ul>
 </nav>
</header>
<div id="content" class="site-content"><div class="ast-container"><main id="main" class="site-main">
"""

FOOT = """
</main></div></div>
<footer class="site-footer">
 <div class="footer-widget-area">
  <p>Lakeside Food Shelf &middot; 17 Nokomis St E, Osakis, MN 56360 &middot; (320) 555-0131 &middot; hello@lakesidefoodshelf-osakis.org</p>
  <p><a href="/forms/volunteer-application.pdf">Volunteer application (PDF)</a> | <a href="/staff/notes.html">Staff login</a></p>
 </div>
</footer>
</body>
</html>
"""

INDEX = HEAD.format(lang="en", title="Home") + """
<article class="page type-page">
 <div class="entry-content">
  <div class="wp-block-cover"><h1 class="wp-block-heading">Nobody in Osakis should go to bed hungry.</h1>
   <p>Lakeside Food Shelf has served families around Lake Osakis since 1988. Everything here runs on neighbors.</p>
  </div>
  <div class="wp-block-group has-pale-cyan-blue-background-color">
   <h2 class="wp-block-heading">This month we are short on cooking oil and canned chicken</h2>
   <p>Families keep asking for them and our shelves have been empty of both since the 10th. Bottles of vegetable
   or canola oil (any size) and cans of chicken can be left in the blue bin by the side door any time.</p>
  </div>
  <h2 class="wp-block-heading">Pantry hours</h2>
  <ul class="wp-block-list">
   <li>Tuesday 3:00 &ndash; 6:30 pm</li>
   <li>Friday 9:00 am &ndash; noon</li>
   <li>First Saturday of the month 9:00 &ndash; 11:00 am</li>
  </ul>
  <h2 class="wp-block-heading">Support our mission</h2>
  <p>Every dollar you give buys about five meals through our regional food bank partner. Give online or mail a check.</p>
  <h2 class="wp-block-heading">Harvest Supper &ndash; Sunday, October 19</h2>
  <p>Join us for soup, bread and pie in the Osakis Legion hall, 5 to 7 pm. Free-will offering at the door.</p>
  <p><a href="/photos/turkey-trot-2024.html">See photos from the Turkey Trot</a></p>
 </div>
</article>
""" + FOOT

VOLUNTEER = HEAD.format(lang="en", title="Volunteer") + """
<article class="page type-page">
 <header class="entry-header"><h1 class="entry-title">Volunteer sign-up board</h1></header>
 <div class="entry-content">
  <p>Write your name into an empty slot by calling the office or replying to our weekly e-mail. Slots fill from the top.</p>
  <figure class="wp-block-table is-style-stripes"><table>
   <thead><tr><th>Shift</th><th>When</th><th>Slot 1</th><th>Slot 2</th><th>Slot 3</th><th>Slot 4</th></tr></thead>
   <tbody>
    <tr><td><strong>Truck unloader</strong><br><small>Lift 40 lb, pallet jack training given</small></td><td>Tue 1:30&ndash;3:00 pm</td><td>Dale K.</td><td>Mary P.</td><td></td><td></td></tr>
    <tr><td><strong>Client shopping guide</strong></td><td>Tue 3:00&ndash;6:30 pm</td><td>Jen W.</td><td>Al R.</td><td>Sue T.</td><td>Pat O. <span class="badge">Full</span></td></tr>
    <tr><td><strong>Bread pickup run</strong><br><small>Bring day-old bread from the Alexandria bakery; your own car</small></td><td>Thu 7:00 pm</td><td></td><td>&mdash;</td><td>&mdash;</td><td>&mdash;</td></tr>
    <tr><td><strong>Kids&#8217; snack table</strong></td><td>Sat 9:00&ndash;11:00 am</td><td colspan="4"><em>Closed for the summer &ndash; back in September</em></td></tr>
    <tr><td><strong>Bilingual data entry</strong><br><small>Spanish and English; enter visit forms into our tablet system</small></td><td>Fri 9:00 am&ndash;noon</td><td>Rosa M.</td><td></td><td>&mdash;</td><td>&mdash;</td></tr>
   </tbody>
  </table></figure>
  <h2 class="wp-block-heading">Now hiring</h2>
  <p><strong>Part-time Warehouse Lead</strong> &ndash; 15 hours/week, $17.50/hour. Forklift certification a plus.
  Send a resume to the board chair.</p>
 </div>
</article>
""" + FOOT

WISHLIST = HEAD.format(lang="en", title="Give Food") + """
<article class="page type-page">
 <header class="entry-header"><h1 class="entry-title">Give food</h1></header>
 <div class="entry-content">
  <div class="wp-block-columns">
   <div class="wp-block-column">
    <h2 class="wp-block-heading">Our pantry wish list</h2>
    <ul class="wp-block-list">
     <li>Boxed macaroni and cheese</li>
     <li>Low-sugar cereal</li>
     <li>Canned fruit packed in juice</li>
     <li>Shelf-stable milk</li>
     <li>Pancake mix and syrup</li>
    </ul>
   </div>
   <div class="wp-block-column">
    <h2 class="wp-block-heading">Also seeking: a chest freezer</h2>
    <p>Hunters donate venison every November and we run out of room. A working chest freezer of 7 cubic feet or more
    would let us take all of it. We can pick it up.</p>
   </div>
  </div>
  <h3 class="wp-block-heading">Canned corn</h3>
  <p>We have enough canned corn &ndash; thank you, Osakis! Please hold off on corn until fall.</p>
  <h3 class="wp-block-heading">Drop-off times</h3>
  <p>Donations are accepted during pantry hours or Monday&ndash;Friday 8&ndash;4 at the side door bin.</p>
  <h3 class="wp-block-heading">Scout Food Drive results</h3>
  <p>Troop 412 collected 2,140 pounds door to door in March. What a haul!</p>
 </div>
</article>
""" + FOOT

NEWS = HEAD.format(lang="en", title="News") + """
<div class="ast-row">
 <article class="post type-post">
  <h2 class="entry-title"><a href="/news.html#post-311">Five minutes with our longest-serving volunteer</a></h2>
  <p class="entry-summary">Marlys has sorted cans every Tuesday since 1991. We asked her what has changed&hellip; <a href="/news.html#post-311" class="read-more">Read more &raquo;</a></p>
 </article>
 <article class="post type-post" id="post-309">
  <h2 class="entry-title">From the board &ndash; September</h2>
  <div class="entry-content">
   <p>It has been a full summer. The mobile pantry at the Osakis school parking lot fed 212 households in July and August,
   and the garden club dropped off more zucchini than anyone could eat.</p>
   <p>Our grant paperwork keeps growing, though. Two of our funders now want quarterly reports with receipts matched to
   each grant. If you are a retired bookkeeper or accountant who could give us two or three hours a month to reconcile our
   accounts, the board would be very grateful. It can be done from home.</p>
   <p>Mark your calendars: the Empty Bowls lunch is Saturday, November 8 at Trinity Lutheran, 11 to 1.</p>
  </div>
 </article>
</div>
""" + FOOT

ES = HEAD.format(lang="es", title="Español") + """
<article class="page type-page">
 <header class="entry-header"><h1 class="entry-title">Banco de comida Lakeside</h1></header>
 <div class="entry-content">
  <h2 class="wp-block-heading">Comida gratis para su familia</h2>
  <p>Ofrecemos despensa gratuita dos veces por semana a cualquier familia del área de Osakis. No preguntamos por su estatus migratorio.</p>
  <h2 class="wp-block-heading">¿Primera visita?</h2>
  <p>Para registrarse, traiga una identificación y un comprobante de domicilio (un recibo de luz, por ejemplo). Solo toma cinco minutos.</p>
  <h2 class="wp-block-heading">Se buscan voluntarios para la recepción</h2>
  <p>Muchas familias que nos visitan hablan español. Buscamos voluntarios para la recepción los martes por la tarde que
  puedan saludar a las familias en español, explicarles cómo funciona la despensa y ayudarles con el formulario.</p>
 </div>
</article>
""" + FOOT

STAFF = HEAD.format(lang="en", title="Staff notes") + """
<article class="page type-page">
 <h1 class="entry-title">Staff notes (internal)</h1>
 <ul>
  <li>Need a substitute van driver for the Nov 4 food bank run.</li>
  <li>Looking for two volunteers to help repaint the storage room.</li>
  <li>Ask Lions Club about donating new shelving units.</li>
 </ul>
</article>
""" + FOOT

PAGES = {
    "index.html": INDEX,
    "volunteer.html": VOLUNTEER,
    "wishlist.html": WISHLIST,
    "news.html": NEWS,
    "es/index.html": ES,
    "staff/notes.html": STAFF,
}

ROBOTS = """User-agent: *
Disallow: /wp-admin/
Allow: /wp-admin/admin-ajax.php
Disallow: /staff/

Sitemap: https://lakesidefoodshelf-osakis.org/wp-sitemap.xml
"""

PDFS = {
    "forms/volunteer-application.pdf": ("Volunteer Application - Lakeside Food Shelf", [
        ("title", "LAKESIDE FOOD SHELF OF OSAKIS"),
        ("title", "Volunteer Application"),
        ("p", "17 Nokomis St E, Osakis, MN 56360 - (320) 555-0131"),
        ("h", "Your information"),
        ("p", "Name: _____________________________   Phone: _________________"),
        ("p", "Email: ____________________________   Best time to reach you: __________"),
        ("h", "This fall: gleaning crew"),
        ("p", "Two orchards and a vegetable farm near Lake Osakis have told us we may pick whatever is left after their "
              "harvest. We are putting together a gleaning crew of 6 to 10 people for Saturday mornings in September "
              "and October. Bring gloves and a bucket; we bring the boxes. Check this box if you want to join: [ ]"),
        ("h", "Other interests"),
        ("p", "[ ] Pantry shifts   [ ] Special events   [ ] Office help"),
        ("h", "Please note"),
        ("p", "Volunteers under 16 must come with an adult. Return this form at the front desk or by email."),
        ("p", "Signature: ____________________________   Date: ___________"),
    ]),
}

NEEDS = [
    N("index.html", ["cooking oil", "canned chicken"], "donation", "en", layout="short_on", note="'we are short on' heading"),
    N("volunteer.html", ["truck unloader"], "volunteer", "en", layout="shift_table", note="2 named, 2 empty slots"),
    N("volunteer.html", ["bread pickup"], "volunteer", "en", layout="shift_table", note="empty slot, own car"),
    N("volunteer.html", ["bilingual data entry"], "skilled", "en", ["es", "en"], layout="shift_table", note="one slot empty"),
    N("wishlist.html", ["pantry wish list", "shelf-stable milk"], "donation", "en", layout="wish_list", note="5 items = one need"),
    N("wishlist.html", ["chest freezer"], "donation", "en", layout="seeking", note="'Also seeking:' heading"),
    N("news.html", ["bookkeeper", "accountant"], "skilled", "en", layout="newsletter_buried", note="role buried in board letter"),
    N("es/index.html", ["voluntarios para la recepción"], "volunteer", "es", ["es"], layout="heading_paragraph"),
    N("forms/volunteer-application.pdf", ["gleaning crew", "gleaning"], "volunteer", "en", layout="pdf"),
]

TRAPS = [
    T("index.html", "hours", ["pantry hours"]),
    T("index.html", "general_appeal", ["support our mission"]),
    T("index.html", "event", ["harvest supper"]),
    T("volunteer.html", "filled", ["client shopping guide"], "all four slots named + Full"),
    T("volunteer.html", "filled", ["kids' snack table"], "closed for the summer"),
    T("volunteer.html", "job", ["warehouse lead"], "paid $17.50/h"),
    T("wishlist.html", "filled", ["canned corn"], "we have enough"),
    T("wishlist.html", "hours", ["drop-off times"]),
    T("wishlist.html", "recap", ["scout food drive"]),
    T("news.html", "blog", ["five minutes with our longest-serving volunteer"]),
    T("news.html", "recap", ["mobile pantry"]),
    T("news.html", "event", ["empty bowls"]),
    T("es/index.html", "service", ["despensa gratuita"]),
    T("es/index.html", "how_to_apply", ["para registrarse"]),
    T("staff/notes.html", "robots", ["substitute van driver"]),
    T("staff/notes.html", "robots", ["repaint the storage room"]),
    T("staff/notes.html", "robots", ["shelving units"]),
    T("forms/volunteer-application.pdf", "how_to_apply", ["return this form"], "generic paperwork"),
]
