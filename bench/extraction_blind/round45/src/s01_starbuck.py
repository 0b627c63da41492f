from common import N, T

SLUG = "starbuck-glacial-lakes-food-cupboard"

HEAD = """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} &mdash; Glacial Lakes Food Cupboard</title>
<link rel="stylesheet" href="//assets.squarespace.com/universal/styles-compressed/user-account-core.css">
<link rel="stylesheet" href="/s/site.css?v=83">
<script>window.Static = window.Static || []; Static.SQUARESPACE_CONTEXT = "glacial-lakes";</script>
</head>
<body id="collection-5f1c" class="header-overlay-alignment-center tweak-social-icons-style-regular">
<div class="Mobile-bar Mobile-bar--top"><button class="Mobile-bar-menu" aria-label="Open menu">Menu</button></div>
<header class="Header Header--top">
 <div class="Header-inner">
  <a class="Header-branding" href="/">Glacial Lakes Food Cupboard</a>
  <nav class="Header-nav Header-nav--primary">
   <a href="/" class="Header-nav-item">Home</a>
   <a href="/volunteer.html" class="Header-nav-item">Volunteer</a>
   <a href="/give.html" class="Header-nav-item">Give</a>
   <a href="/es/" class="Header-nav-item">En espa&ntilde;ol</a>
  </nav>
  <a class="sqs-block-button-element--small" href="https://www.givemn.org/organization/glacial-lakes-food-cupboard">Donate</a>
 </div>
</header>
<main class="Main Main--page"><section class="Main-content" data-content-field="main-content">
"""

FOOT = """
</section></main>
<footer class="Footer" role="contentinfo">
 <div class="sqs-block html-block">
  <p>Glacial Lakes Food Cupboard &middot; lower level of Our Savior's Lutheran &middot; 402 E 5th St, Starbuck, MN 56381</p>
  <p>(320) 555-0114 &middot; cupboard@glaciallakesfood.org</p>
  <p><a href="/forms/volunteer-signup.pdf">Printable volunteer sheet</a> &middot; <a href="/board/minutes.html">Board</a> &middot; <a href="https://www.facebook.com/glaciallakescupboard">Facebook</a></p>
  <p class="copyright">&copy; 2025 Glacial Lakes Food Cupboard. A 501(c)(3) nonprofit.</p>
 </div>
</footer>
</body>
</html>
"""

INDEX = HEAD.format(lang="en", title="Home") + """
<div class="sqs-layout">
 <div class="row"><div class="col sqs-col-12">
  <div class="sqs-block html-block"><h1>Food for every table around Lake Minnewaska</h1>
   <p>Since 1991 the Cupboard has been a place where anyone in Pope County can pick up groceries, no questions asked.</p></div>
 </div></div>
 <div class="row"><div class="col sqs-col-7">
  <div class="sqs-block html-block callout">
   <h2>Our cupboard is nearly out of peanut butter and canned fruit</h2>
   <p>The last jar of peanut butter went home with a family on Monday, and the canned fruit shelf has been bare for two weeks.
   Kids ask for both. If you are at the store this week, please grab an extra jar or a few cans of fruit in juice and drop them
   by the back door.</p>
  </div>
 </div>
 <div class="col sqs-col-5">
  <div class="sqs-block html-block">
   <h3>Open hours</h3>
   <p>Monday 4:00&ndash;7:00 pm<br>Thursday 10:00 am&ndash;1:00 pm<br>Closed on federal holidays</p>
  </div>
 </div></div>
 <div class="row"><div class="col sqs-col-6">
  <div class="sqs-block html-block">
   <h3>A gift of $25 stocks a family's shelf for a week</h3>
   <p>We buy most of our food at a discount from the regional food bank, so money goes a long way.</p>
   <p><a class="sqs-block-button-element" href="https://www.givemn.org/organization/glacial-lakes-food-cupboard">Give now</a></p>
  </div>
 </div>
 <div class="col sqs-col-6">
  <div class="sqs-block summary-block">
   <h3 class="summary-heading">From the blog</h3>
   <div class="summary-item"><a class="summary-title-link" href="/#blog">How a church basement became the Cupboard</a>
    <p class="summary-excerpt">In 1991 three families put a shelf of canned goods under the stairs&hellip;</p></div>
  </div>
 </div></div>
 <div class="sqs-block html-block" id="blog">
  <h3>Pancake Breakfast &ndash; Saturday, March 7</h3>
  <p>All-you-can-eat pancakes and sausage at the Starbuck Fire Hall, 7 to 11 am. Free-will offering goes to the Cupboard.
  <a href="/photos/pancake-breakfast-2024.html">Photos from last year</a></p>
 </div>
</div>
""" + FOOT

VOLUNTEER = HEAD.format(lang="en", title="Volunteer") + """
<div class="sqs-block html-block">
 <h1>Volunteer board</h1>
 <p>We keep our volunteer asks on a corkboard in the back room, and this page copies it. Cards move to the right as people sign up.
 To take an open card, call the office or stop by during open hours.</p>
</div>
<div class="board" data-board="volunteers">
 <section class="board-column" data-column="open">
  <header class="board-column__title">Open</header>
  <article class="board-card">
   <div class="board-card__title">Saturday produce sorters</div>
   <div class="board-card__body">Sort and bag donated vegetables from the farmers market, Saturdays 8&ndash;10 am. Gloves and aprons are here.</div>
   <div class="board-card__meta">Need 4</div>
  </article>
  <article class="board-card">
   <div class="board-card__title">Home delivery drivers</div>
   <div class="board-card__body">Bring grocery boxes to homebound seniors in Starbuck and Villard on Thursday afternoons, 1&ndash;3 pm, in your own car. Mileage reimbursed if you want it.</div>
   <div class="board-card__meta">Need 3</div>
  </article>
 </section>
 <section class="board-column" data-column="almost">
  <header class="board-column__title">Almost there</header>
  <article class="board-card">
   <div class="board-card__title">Spanish-speaking intake greeter</div>
   <div class="board-card__body">Welcome families at the door on Monday evenings, explain in Spanish how the Cupboard works, and help with the sign-in sheet. We have one greeter and need one more.</div>
   <div class="board-card__meta">1 more</div>
  </article>
 </section>
 <section class="board-column" data-column="done">
  <header class="board-column__title">Done</header>
  <article class="board-card board-card--done">
   <div class="board-card__title">Holiday basket packers</div>
   <div class="board-card__body">Roster complete &ndash; 22 packers are signed up for December 13. Thank you!</div>
  </article>
  <article class="board-card board-card--done">
   <div class="board-card__title">Sidewalk snow crew</div>
   <div class="board-card__body">All set for this winter. The Minnewaska FFA chapter has it covered.</div>
  </article>
 </section>
</div>
<div class="sqs-block html-block">
 <h2>Staff opening</h2>
 <p><strong>Pantry Coordinator</strong> &ndash; part-time, 12 hours a week, $18 an hour. Schedules volunteers and places the weekly food bank order. Apply by February 27.</p>
</div>
""" + FOOT

GIVE = HEAD.format(lang="en", title="Give") + """
<div class="sqs-block html-block">
 <h1>Give food &amp; supplies</h1>
</div>
<div class="row">
 <div class="col sqs-col-6"><div class="sqs-block html-block">
  <h2>Pantry wish list</h2>
  <p><em>Updated the first week of every month.</em></p>
  <ul>
   <li>Canned tuna or salmon</li>
   <li>Hearty soups (chili, beef stew)</li>
   <li>Toilet paper</li>
   <li>Laundry detergent</li>
   <li>Cooking oil</li>
  </ul>
 </div></div>
 <div class="col sqs-col-6"><div class="sqs-block html-block">
  <h2>In search of a pallet jack</h2>
  <p>The food bank truck now drops full pallets and we unload them box by box. If your business has a manual pallet jack it no longer uses,
  it would save our volunteers' backs. We can come get it.</p>
 </div></div>
</div>
<div class="sqs-block html-block">
 <h3>Pasta and rice</h3>
 <p>We're good on pasta and rice for now &ndash; thank you, Starbuck! Please pick something from the list above instead.</p>
 <h3>Where and when</h3>
 <p>Drop donations Monday through Friday, 9 am to 3 pm, at the back door of Our Savior's Lutheran.</p>
 <h3>Stuff the Truck</h3>
 <p>Thanks to everyone who came out to Stuff the Truck at the grocery store in November &ndash; 3,400 pounds in one afternoon.</p>
</div>
""" + FOOT

ES = HEAD.format(lang="es", title="En español") + """
<div class="sqs-block html-block">
 <h1>Despensa Glacial Lakes</h1>
 <h2>Comida gratis cada lunes y jueves</h2>
 <p>Cualquier familia del condado de Pope puede llevarse una despensa gratis. No preguntamos por su estatus migratorio.</p>
 <h2>&iquest;C&oacute;mo inscribirse?</h2>
 <p>La primera vez, traiga una identificaci&oacute;n con foto y algo con su direcci&oacute;n. No hace falta n&uacute;mero de seguro social.</p>
 <h2>Se necesitan int&eacute;rpretes</h2>
 <p>Los jueves por la ma&ntilde;ana llegan familias que hablan espa&ntilde;ol y muchas veces nadie les puede explicar c&oacute;mo funciona la
 despensa. Si usted habla espa&ntilde;ol e ingl&eacute;s y tiene dos horas libres los jueves, ll&aacute;menos.</p>
 <h2>Nos faltan pa&ntilde;ales</h2>
 <p>Se nos acabaron los pa&ntilde;ales de las tallas 4 y 5. Si puede regalar un paquete, d&eacute;jelo en la puerta de atr&aacute;s.</p>
 <h2>Fiesta de Navidad para ni&ntilde;os</h2>
 <p>Ayudantes para la fiesta: &iexcl;cupo lleno! Gracias a todos los que se apuntaron.</p>
</div>
""" + FOOT

BOARD = HEAD.format(lang="en", title="Board minutes") + """
<div class="sqs-block html-block">
 <h1>Board minutes &ndash; January (draft, not for circulation)</h1>
 <ol>
  <li>Treasurer: the auditor retired. Motion to find a volunteer auditor before April.</li>
  <li>Ask the Pope County co-op about donating a second cooler for produce.</li>
  <li>Recruit two more Monday greeters before spring.</li>
 </ol>
</div>
""" + FOOT

PAGES = {
    "index.html": INDEX,
    "volunteer.html": VOLUNTEER,
    "give.html": GIVE,
    "es/index.html": ES,
    "board/minutes.html": BOARD,
}

ROBOTS = """User-agent: *
Disallow: /board/
Disallow: /config/
Disallow: /search

Sitemap: https://www.glaciallakesfood.org/sitemap.xml
"""

PDFS = {
    "forms/volunteer-signup.pdf": ("Volunteer Sign-Up Sheet - Glacial Lakes Food Cupboard", [
        ("title", "GLACIAL LAKES FOOD CUPBOARD"),
        ("title", "Volunteer Sign-Up Sheet"),
        ("p", "402 E 5th St, Starbuck, MN 56381 - (320) 555-0114"),
        ("p", "Name: ______________________________   Phone: ____________________"),
        ("p", "Email: _____________________________"),
        ("h", "Check what you can do"),
        ("p", "[ ] Garden weeding crew - NEW this summer. Our food garden behind the church grew 900 pounds of vegetables "
              "last year. We need four people on Wednesday evenings, 6 to 8 pm, June through August, to keep it weeded "
              "and watered."),
        ("p", "[ ] Holiday basket packing - FULL for this year, thank you."),
        ("h", "How to turn this in"),
        ("p", "Drop the sheet in the blue box by the back door, or e-mail a photo of it to cupboard@glaciallakesfood.org. "
              "We will call you within a week."),
    ]),
}

NEEDS = [
    N("index.html", ["peanut butter", "canned fruit"], "donation", "en", layout="short_on", note="'nearly out of' heading"),
    N("volunteer.html", ["produce sorters"], "volunteer", "en", layout="kanban", note="Open column"),
    N("volunteer.html", ["home delivery drivers"], "volunteer", "en", layout="kanban", note="Open column; mileage is not pay"),
    N("volunteer.html", ["spanish-speaking intake greeter", "intake greeter"], "skilled", "en", ["es", "en"], layout="kanban",
      note="'Almost there' column, one more needed"),
    N("give.html", ["pantry wish list", "canned tuna"], "donation", "en", layout="wish_list", note="5 items = one need"),
    N("give.html", ["pallet jack"], "donation", "en", layout="seeking", note="'In search of' heading"),
    N("es/index.html", ["intérpretes"], "skilled", "es", ["es", "en"], layout="heading_paragraph"),
    N("es/index.html", ["pañales"], "donation", "es", layout="short_on", note="'Nos faltan'"),
    N("forms/volunteer-signup.pdf", ["garden weeding crew", "weeding crew"], "volunteer", "en", layout="checkbox_form_pdf"),
]

TRAPS = [
    T("index.html", "hours", ["open hours"]),
    T("index.html", "general_appeal", ["a gift of $25"]),
    T("index.html", "blog", ["church basement became"]),
    T("index.html", "event", ["pancake breakfast"]),
    T("volunteer.html", "filled", ["holiday basket packers"], "Done column, roster complete"),
    T("volunteer.html", "filled", ["sidewalk snow crew"], "Done column, all set"),
    T("volunteer.html", "job", ["pantry coordinator"], "$18/h"),
    T("give.html", "filled", ["pasta and rice"], "we're good on"),
    T("give.html", "hours", ["drop donations"]),
    T("give.html", "recap", ["stuff the truck"]),
    T("es/index.html", "service", ["comida gratis"]),
    T("es/index.html", "how_to_apply", ["cómo inscribirse"]),
    T("es/index.html", "filled", ["ayudantes para la fiesta"], "cupo lleno"),
    T("forms/volunteer-signup.pdf", "filled", ["holiday basket packing"], "FULL"),
    T("forms/volunteer-signup.pdf", "how_to_apply", ["how to turn this in"]),
    T("board/minutes.html", "robots", ["volunteer auditor"]),
    T("board/minutes.html", "robots", ["second cooler"]),
    T("board/minutes.html", "robots", ["monday greeters"]),
]
