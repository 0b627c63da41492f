"""Root River Community Pantry, Lanesboro: WordPress-style pantry site (en + es), sign-up table, newsletter, PDF application."""
from common import need, trap

SLUG = "lanesboro-root-river-pantry"

ROBOTS = """User-agent: *
Disallow: /board/
Disallow: /wp-admin/
Allow: /wp-admin/admin-ajax.php
"""

HEAD = """<!DOCTYPE html>
<html lang="%s">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%s &#8211; Root River Community Pantry</title>
<link rel="stylesheet" href="/wp-content/themes/astra/assets/css/minified/main.min.css">
<link rel="stylesheet" href="/wp-content/plugins/elementor/assets/css/frontend.min.css">
</head>
<body class="page-template-default page ast-separate-container">
<div class="cookie-notice" role="dialog">We use cookies to see which pages are read. <button>Accept</button></div>
<header class="site-header ast-primary-header-bar">
 <div class="site-branding"><a href="/index.html" rel="home"><img src="/wp-content/uploads/2023/02/rrcp-logo.png" alt="Root River Community Pantry"></a></div>
 <nav class="main-header-menu">
  <ul id="primary-menu" class="menu">
   <li class="menu-item"><a href="/index.html">Home</a></li>
   <li class="menu-item"><a href="/volunteer.html">Volunteer</a></li>
   <li class="menu-item"><a href="/newsletter.html">Newsletter</a></li>
   <li class="menu-item"><a href="/es/index.html">En espa&ntilde;ol</a></li>
  </ul>
 </nav>
</header>
"""

FOOT = """<footer class="site-footer">
 <div class="footer-widget-area">
  <section class="widget"><h2 class="widget-title">Root River Community Pantry</h2>
   <p>118 Bluff Street &middot; Lanesboro, MN 55949<br>507-555-0114 &middot; <a href="mailto:hello@rootriverpantry-lanesboro.org">hello@rootriverpantry-lanesboro.org</a></p></section>
  <section class="widget"><ul><li><a href="/board/index.html">Board portal</a></li><li><a href="/volunteer-application.pdf">Volunteer application (PDF)</a></li></ul></section>
 </div>
 <div class="ast-small-footer">&copy; 2025 Root River Community Pantry. A 501(c)(3) nonprofit. Powered by WordPress.</div>
</footer>
</body>
</html>
"""

INDEX = HEAD % ("en-US", "Home") + """
<main id="content" class="site-content">
<div class="elementor elementor-12">
 <section class="elementor-section hero">
  <h1 class="elementor-heading-title">Neighbors feeding neighbors in the Root River valley since 1987</h1>
  <p>Anyone who lives in Fillmore County can shop at the pantry. No proof of income is needed.</p>
 </section>

 <section class="elementor-section">
  <div class="elementor-column elementor-col-50">
   <h3 class="elementor-heading-title">Pantry hours</h3>
   <ul class="elementor-icon-list-items">
    <li>Tuesday 10 a.m. &ndash; 1 p.m.</li>
    <li>Thursday 3 p.m. &ndash; 6:30 p.m.</li>
    <li>First Saturday of the month 9 &ndash; 11 a.m.</li>
   </ul>
   <p>Closed on Thanksgiving, Christmas Day and New Year&rsquo;s Day.</p>
  </div>
  <div class="elementor-column elementor-col-50">
   <h3 class="elementor-heading-title">Free Produce Fridays</h3>
   <p>From June through October we set out free vegetables from local gardens and the Amish farm stand on the porch
   every Friday at noon. Take what you will use. No sign-in.</p>
  </div>
 </section>

 <section class="elementor-section latest-posts">
  <h2 class="elementor-heading-title">Latest from the blog</h2>
  <article class="elementor-post">
   <h3 class="elementor-post__title"><a href="/newsletter.html">Why we are always asking for canned protein</a></h3>
   <div class="elementor-post__excerpt"><p>Shelf-stable protein is the first thing to run out, every single month. Here is why&hellip;</p></div>
   <a class="elementor-post__read-more" href="/newsletter.html">Read More &raquo;</a>
  </article>
 </section>
 <section class="elementor-section callout">
  <h2 class="elementor-heading-title">We&rsquo;re short on pop-top canned meals</h2>
  <p>More of our guests are living in cars or campers this year and have no can opener and no stove. Pop-top cans
  of chili, beef stew, ravioli, tuna and soup are what they can actually eat. Drop them in the blue bin inside the
  front door of the pantry, or at Village Foods on Parkway Avenue.</p>
 </section>

 <section class="elementor-section">
  <h2 class="elementor-heading-title">2024 by the numbers</h2>
  <p>Last year we served 1,812 households, gave out 214,000 pounds of food, and our volunteers gave 6,900 hours.
  <a href="/photos/harvest-dinner-2024.html">See photos from the harvest dinner</a>.</p>
 </section>

 <section class="elementor-section give">
  <h2 class="elementor-heading-title">Give online</h2>
  <p>Every $1 you give lets us buy $6 worth of food through the regional food bank. Give once or monthly.</p>
  <a class="elementor-button" href="https://give.example-payments.org/rrcp">Donate now</a>
 </section>
</div>
</main>
""" + FOOT

VOLUNTEER = HEAD % ("en-US", "Volunteer") + """
<main id="content" class="site-content">
<article class="page type-page">
<h1 class="entry-title">Volunteer with us</h1>
<div class="entry-content">
<p>Pick any open spot below and email Kari, our volunteer lead, at
<a href="mailto:volunteer@rootriverpantry-lanesboro.org">volunteer@rootriverpantry-lanesboro.org</a>. The sheet is
updated every Monday.</p>

<table class="wp-block-table signup-sheet">
 <thead>
  <tr><th>Shift</th><th>When</th><th>Spots</th><th>Who&rsquo;s signed up</th></tr>
 </thead>
 <tbody>
  <tr><td><strong>Truck unload crew</strong><br><small>Lift up to 40 lb; the food bank truck comes at 8:45</small></td>
      <td>Tuesdays 8:30&ndash;10:00 a.m.</td><td>2 of 4 open</td><td>Dale K., Mary P.</td></tr>
  <tr><td><strong>Client-choice shopping helper</strong><br><small>Walk with guests and help them pick items</small></td>
      <td>Thursdays 3:00&ndash;6:30 p.m.</td><td>0 of 3 open</td><td>Ruth S., Jim &amp; Lois B.<br><em>Full</em></td></tr>
  <tr><td><strong>Produce repack</strong><br><small>Sort and bag donated vegetables</small></td>
      <td>Fridays 9:00&ndash;11:00 a.m.</td><td>3 of 5 open</td><td>Ann T., Teo R.</td></tr>
  <tr><td><strong>Intake greeter, Spanish-speaking</strong><br><small>Welcome guests and fill in the sign-in sheet; must speak Spanish and English</small></td>
      <td>Thursdays 3:00&ndash;6:30 p.m.</td><td>1 of 2 open</td><td>Marisol G.</td></tr>
  <tr><td><strong>Grocery rescue pickup driver</strong><br><small>Pick up bakery and dairy from Kwik Trip and Village Foods in your own car</small></td>
      <td>Mon / Wed / Sat, 7:30 a.m.</td><td>Wed and Sat open</td><td>Mon: Gary H.</td></tr>
  <tr><td><strong>Holiday box assembly</strong></td>
      <td>Saturday, Dec. 13</td><td>&mdash;</td><td>Roster complete &mdash; thank you, Lanesboro Lions!</td></tr>
 </tbody>
</table>

<h2 class="wp-block-heading">Behind the scenes</h2>
<p>Our pallet jack has a slow hydraulic leak and sinks under a full pallet. If you know your way around hydraulics
and could fix our pallet jack (we will buy the seal kit), please call the pantry.</p>

<h2 class="wp-block-heading">New volunteers</h2>
<p>Everyone attends a 20-minute orientation before their first shift. Orientation is held the first Tuesday of the
month at 10:15, right after the truck unload. You can also download the
<a href="/volunteer-application.pdf">volunteer application (PDF)</a>.</p>

<h2 class="wp-block-heading">Staff opening</h2>
<p><strong>Pantry Coordinator</strong> (part-time, 24 hours per week, $19&ndash;21/hour). Oversees daily operations and
the volunteer schedule. Send a cover letter and resume to the board chair by June 30.</p>
</div>
</article>
</main>
""" + FOOT

NEWSLETTER = HEAD % ("en-US", "Newsletter") + """
<main id="content" class="site-content">
<article class="post type-post">
<h1 class="entry-title">The Root Cellar &mdash; Spring 2025</h1>
<div class="entry-meta">Posted April 2, 2025 by Kari Lindahl</div>
<div class="entry-content">

<h2>From the director</h2>
<p>Spring is here and so is the mud. Thank you to everyone who shoveled our ramp this winter. We also said goodbye to
the old Ford Ranger, which carried produce from local gardens for eleven years before its frame finally rusted
through. Until we can replace it, we are asking whether a farm family or business could lend us a pickup truck on
Friday mornings from June through October to bring garden produce in for Free Produce Fridays. We will cover the
gas and put a volunteer with a clean driving record behind the wheel.</p>
<p>The board has also decided to apply for more local foundation money this year. If you enjoy writing and would be
willing to help with grant applications (two or three a year, with our treasurer supplying the numbers), let me
know.</p>

<h2>Why we are always asking for canned protein</h2>
<p>Peanut butter, tuna and canned chicken are the first things our guests choose, and the regional food bank rarely
has enough of them for us. That is why you will see protein on almost every list we print. Right now, though,
thanks to the Scouts, the canned protein shelf is full through the summer.</p>

<h2>Thank you, Scouts!</h2>
<p>Scouting for Food brought in 2,300 pounds in November, our best year yet. Troop 62 sorted all of it in one
afternoon.</p>

<h2>Save the date: Empty Bowls soup supper</h2>
<p>Saturday, April 26, 5&ndash;7 p.m. at the Lanesboro Community Center. Pick a handmade bowl from local potters, enjoy
soup and bread, and take the bowl home. Tickets $25 at the door.</p>

<h2>Meet a volunteer: Arlene Sorum</h2>
<p>Arlene has run the produce table for 22 years. She taught school in Whalan for three decades and still knows every
family by name.</p>
</div>
</article>
</main>
""" + FOOT

ES_INDEX = """<!DOCTYPE html>
<html lang="es">
<head>
<meta charset="utf-8">
<title>En espa&ntilde;ol &#8211; Root River Community Pantry</title>
<link rel="stylesheet" href="/wp-content/themes/astra/assets/css/minified/main.min.css">
</head>
<body class="page">
<header class="site-header">
 <nav><ul class="menu">
  <li><a href="/index.html">Home (English)</a></li>
  <li><a href="/es/index.html">Inicio</a></li>
 </ul></nav>
</header>
<main class="site-content">
<h1>Despensa Comunitaria Root River</h1>
<p>Somos una despensa de alimentos para todas las familias del condado de Fillmore.</p>

<h2>Lo que ofrecemos</h2>
<p>Comida gratis cada martes y jueves: frutas, verduras, leche, carne y productos de limpieza. Usted escoge lo que su
familia necesita.</p>

<h2>Horario</h2>
<p>Martes de 10 a 1 y jueves de 3 a 6:30 de la tarde.</p>

<h2>&iquest;C&oacute;mo me registro?</h2>
<p>La primera vez, traiga un comprobante de domicilio (un recibo de luz o una carta) y los nombres y fechas de
nacimiento de las personas que viven en su casa. No pedimos n&uacute;mero de seguro social.</p>

<h2>Buscamos un traductor voluntario</h2>
<p>Cada tres meses publicamos un bolet&iacute;n en ingl&eacute;s. Buscamos un traductor voluntario que pueda pasarlo al
espa&ntilde;ol (unas dos p&aacute;ginas). Puede hacerlo desde su casa.</p>

<h2>Nos faltan pa&ntilde;ales</h2>
<p>Hay muchos beb&eacute;s nuevos en el valle. Nos faltan pa&ntilde;ales de las tallas 4, 5 y 6 y toallitas h&uacute;medas.
Puede dejarlos en la despensa en horario de atenci&oacute;n.</p>

<h2>Cochecitos para beb&eacute;</h2>
<p><s>Cochecitos para beb&eacute;</s> &mdash; Ya no necesitamos cochecitos. &iexcl;Gracias a todos!</p>
</main>
<footer class="site-footer">
 <p>118 Bluff Street, Lanesboro, MN 55949 &middot; 507-555-0114 &middot; <a href="/board/index.html">Junta directiva</a></p>
</footer>
</body>
</html>
"""

BOARD = HEAD % ("en-US", "Board portal") + """
<main id="content" class="site-content">
<h1>Board portal (members only)</h1>
<p>Internal to-do list. Please do not share.</p>
<ul>
 <li><strong>Backup treasurer</strong> &mdash; someone to co-sign checks while Doug is in Arizona.</li>
 <li><strong>Snow removal on Saturdays</strong> &mdash; need a board member with a snowblower.</li>
 <li><strong>Laptop for the front desk</strong> &mdash; ask Bluff Country Co-op if they have a used one.</li>
</ul>
</main>
""" + FOOT

PAGES = {
    "index.html": INDEX,
    "volunteer.html": VOLUNTEER,
    "newsletter.html": NEWSLETTER,
    "es/index.html": ES_INDEX,
    "board/index.html": BOARD,
}

PDFS = {
    "volunteer-application.pdf": ("Volunteer Application - Root River Community Pantry", [
        ("title", "Root River Community Pantry - Volunteer Application"),
        ("p", "118 Bluff Street, Lanesboro, MN 55949 - 507-555-0114"),
        ("gap", ""),
        ("h", "About you"),
        ("p", "Name: ____________________  Phone: ______________  Email: ____________________"),
        ("p", "Are you 14 or older?  Yes / No   (Volunteers 14-15 must come with a parent.)"),
        ("gap", ""),
        ("h", "Where would you like to help? (check all that apply)"),
        ("p", "[ ] Truck unload   [ ] Produce repack   [ ] Grocery rescue driving   [ ] Office"),
        ("gap", ""),
        ("h", "Not on the sign-up sheet yet"),
        ("p", "Weekend Backpack Program packers: on school-year Thursdays from 2:30 to 4:00 we pack weekend food bags "
              "for 65 students at Lanesboro Elementary. We need four more packers who can come most weeks. "
              "Check here if interested: [ ]"),
        ("gap", ""),
        ("h", "Volunteer Appreciation Picnic"),
        ("p", "All volunteers and their families are invited to our picnic at Sylvan Park on Sunday, August 17, at 4 p.m."),
        ("gap", ""),
        ("h", "How to return this form"),
        ("p", "Return this form to the front desk during pantry hours, or scan it and email it to "
              "volunteer@rootriverpantry-lanesboro.org. Kari will call you within a week."),
    ]),
}

NEEDS = [
    need("index.html", ["pop-top"], "donation", "en", layout="short_on",
         note="'We're short on pop-top canned meals' section directly under a blog teaser"),
    need("volunteer.html", ["truck unload"], "volunteer", "en", layout="shift_table", note="2 of 4 open"),
    need("volunteer.html", ["produce repack"], "volunteer", "en", layout="shift_table", note="3 of 5 open"),
    need("volunteer.html", ["intake greeter"], "skilled", "en", ["es", "en"], layout="shift_table",
         note="1 of 2 open, must speak Spanish and English"),
    need("volunteer.html", ["grocery rescue", "pickup driver"], "volunteer", "en", layout="shift_table",
         note="Wed and Sat open, own car"),
    need("volunteer.html", ["pallet jack"], "skilled", "en", layout="heading_paragraph",
         note="repair of a hydraulic pallet jack under 'Behind the scenes'"),
    need("newsletter.html", ["pickup truck"], "other", "en", layout="newsletter_buried",
         note="loan of a pickup truck on Friday mornings, buried in director's letter"),
    need("newsletter.html", ["grant"], "skilled", "en", layout="newsletter_buried",
         note="help with grant applications, buried in director's letter"),
    need("es/index.html", ["traductor"], "skilled", "es", ["es", "en"], layout="seeking",
         note="translate the newsletter into Spanish"),
    need("es/index.html", ["pañales"], "donation", "es", layout="short_on", note="'Nos faltan pañales'"),
    need("volunteer-application.pdf", ["backpack"], "volunteer", "en", layout="pdf",
         note="Weekend Backpack Program packers, only in the PDF"),
]

TRAPS = [
    trap("index.html", "hours", ["pantry hours"]),
    trap("index.html", "service", ["free produce fridays"]),
    trap("index.html", "blog", ["always asking for canned protein"], note="teaser directly above the pop-top need"),
    trap("index.html", "recap", ["by the numbers"]),
    trap("index.html", "general_appeal", ["give online"]),
    trap("volunteer.html", "filled", ["shopping helper"], note="0 of 3 open, Full"),
    trap("volunteer.html", "filled", ["holiday box"], note="Roster complete"),
    trap("volunteer.html", "how_to_apply", ["orientation"]),
    trap("volunteer.html", "job", ["pantry coordinator"]),
    trap("newsletter.html", "recap", ["scouting for food"]),
    trap("newsletter.html", "event", ["empty bowls"]),
    trap("newsletter.html", "bio", ["arlene"]),
    trap("newsletter.html", "filled", ["canned protein"], note="explainer section; 'the canned protein shelf is full'"),
    trap("es/index.html", "service", ["comida gratis"]),
    trap("es/index.html", "hours", ["horario"]),
    trap("es/index.html", "how_to_apply", ["comprobante de domicilio"]),
    trap("es/index.html", "filled", ["cochecitos"], note="struck through + 'Ya no necesitamos'"),
    trap("volunteer-application.pdf", "event", ["appreciation picnic"]),
    trap("volunteer-application.pdf", "how_to_apply", ["return this form"]),
    trap("board/index.html", "robots", ["backup treasurer"]),
    trap("board/index.html", "robots", ["snow removal"]),
    trap("board/index.html", "robots", ["laptop"]),
]
