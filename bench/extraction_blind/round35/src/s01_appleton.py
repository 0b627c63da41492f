"""Appleton, MN: Harvest Table Pantry. Squarespace-style blocks, English + Spanish."""
from common import N, T

SLUG = "appleton-harvest-table-pantry"

HEAD = """<!DOCTYPE html>
<html lang="%s">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%s</title>
<link rel="stylesheet" href="/s/site.css">
<script>window.Static = {SQUARESPACE_CONTEXT: {websiteId: "5f2a"}};</script>
</head>
<body class="collection-type-page">
<header class="header" data-nc-base="header">
  <div class="header-title"><a href="/index.html">Harvest Table Pantry</a></div>
  <nav class="header-nav-list">
    <div class="header-nav-item"><a href="/index.html">Home</a></div>
    <div class="header-nav-item"><a href="/help.html">Help Out</a></div>
    <div class="header-nav-item"><a href="/news.html">Pantry Notes</a></div>
    <div class="header-nav-item"><a href="/es/index.html">Español</a></div>
  </nav>
</header>
<main id="page" role="main">
"""

FOOT = """</main>
<footer class="sqs-footer">
  <div class="sqs-block html-block"><p>Harvest Table Pantry &middot; 214 N Munsterman St, Appleton, MN 56208 &middot; (320) 555-0114 &middot;
  <a href="mailto:hello@harvesttablepantry.org">hello@harvesttablepantry.org</a></p>
  <p><a href="/board/minutes.html">Board login</a> &middot; <a href="/photos/harvest-supper-2023.html">Photos</a> &middot;
  <a href="https://www.facebook.com/harvesttableappleton">Facebook</a></p></div>
</footer>
</body>
</html>
"""

INDEX = HEAD % ("en", "Harvest Table Pantry | Appleton, Minnesota") + """
<section class="page-section" data-section-theme="dark">
  <div class="sqs-block html-block">
    <h1>Good food for every table in Swift County</h1>
    <p>Harvest Table is a client-choice food pantry run almost entirely by neighbors. No one is turned away.</p>
  </div>
</section>
<section class="page-section">
  <div class="sqs-layout">
    <div class="row">
      <div class="col sqs-col-6">
        <div class="sqs-block html-block">
          <h3>When we're open</h3>
          <p>Tuesday 3:00&ndash;6:30 pm<br>Thursday 10:00 am&ndash;1:00 pm<br>Second Saturday 9:00&ndash;11:00 am</p>
          <p>Closed on Thanksgiving Day and December 24&ndash;26.</p>
        </div>
      </div>
      <div class="col sqs-col-6">
        <div class="sqs-block html-block">
          <h3>Running low this week</h3>
          <p>Our shelves have gaps. If you are shopping anyway, we'd be grateful for cooking oil, masa harina, canned tomatoes,
          peanut butter, and size 5 diapers. Drop them in the blue bin by the side door any time we're open.</p>
        </div>
      </div>
    </div>
  </div>
</section>
<section class="page-section">
  <div class="sqs-block summary-block">
    <div class="summary-item">
      <div class="summary-metadata">From the blog &middot; Oct 2, 2024</div>
      <div class="summary-title"><a href="/news.html">Why we switched to client choice</a></div>
      <div class="summary-excerpt"><p>Three years ago we stopped handing out pre-packed boxes. Here's what changed&hellip;</p></div>
    </div>
  </div>
  <div class="sqs-block html-block">
    <h2>Harvest Supper &mdash; Saturday, October 12</h2>
    <p>Our yearly community supper at the Appleton Legion hall, 5&ndash;7 pm. Free-will offering, pie auction at 6:30.</p>
  </div>
  <div class="sqs-block html-block">
    <h2>Give a gift that feeds</h2>
    <p>Every dollar you give lets us buy three meals through the regional food bank. Gifts of any size keep the lights on.</p>
    <p><a class="sqs-block-button-element" href="https://givemn.example/harvest-table">Donate online</a></p>
  </div>
</section>
""" + FOOT

HELP = HEAD % ("en", "Help Out | Harvest Table Pantry") + """
<section class="page-section">
  <div class="sqs-block html-block">
    <h1>Help Out</h1>
    <p>Every shift below is weekly. Pick one and we'll pencil you in.</p>
  </div>
  <div class="sqs-block table-block">
    <table class="shift-grid">
      <caption>Weekly shifts, fall 2024</caption>
      <thead><tr><th>Shift</th><th>When</th><th>What you'll do</th><th>Spots</th></tr></thead>
      <tbody>
        <tr><td>Truck unloader</td><td>Tue 8:00&ndash;9:30 am</td><td>Unload the food bank truck and stack cases in the back room. Lifting up to 40 lb.</td><td>2 of 4 open</td></tr>
        <tr><td>Client shopping guide</td><td>Tue 3:00&ndash;6:30 pm</td><td>Walk with shoppers and explain the point system.</td><td>Full</td></tr>
        <tr><td>Check-in desk (Spanish speaker)</td><td>Thu 10:00 am&ndash;1:00 pm</td><td>Greet families and enter visits. You must speak Spanish and English.</td><td>1 open</td></tr>
        <tr><td><s>Produce repack</s></td><td><s>Sat 8:00&ndash;9:00 am</s></td><td>Covered by the Appleton FFA chapter through May.</td><td>&mdash;</td></tr>
        <tr><td>Senior box delivery</td><td>Fri 9:00&ndash;11:00 am</td><td>Drive boxes to homebound seniors in town. Use your own car.</td><td>3 open</td></tr>
        <tr><td>Cooler temperature log</td><td>Mon 5:00 pm</td><td>No longer needed &mdash; the new cooler has an alarm.</td><td>&mdash;</td></tr>
      </tbody>
    </table>
  </div>
  <div class="sqs-block html-block">
    <h2>Behind the scenes</h2>
    <p>Do you know your way around grant applications? Our board is seeking a volunteer grant writer to help with two county
    applications due in January. Work from home; about ten hours in total.</p>
  </div>
  <div class="sqs-block html-block">
    <h2>How to sign up</h2>
    <p>Print the <a href="/forms/volunteer-application.pdf">volunteer application (PDF)</a>, fill it in, and hand it to whoever is at
    the check-in desk during open hours. New volunteers get a 20-minute walk-through on their first day.</p>
  </div>
</section>
""" + FOOT

ES = HEAD % ("es", "En español | Harvest Table Pantry") + """
<section class="page-section">
  <div class="sqs-block html-block">
    <h1>Despensa Harvest Table &mdash; información en español</h1>
    <h3>Lo que ofrecemos</h3>
    <p>Ofrecemos comida gratis a cualquier familia del condado de Swift. Usted escoge sus productos, igual que en una tienda.
    También damos pañales y artículos de higiene cuando hay.</p>
    <h3>Horario</h3>
    <p>Martes de 3:00 a 6:30 pm, jueves de 10:00 am a 1:00 pm y el segundo sábado del mes de 9:00 a 11:00 am.</p>
    <h3>Cómo registrarse</h3>
    <p>La primera vez traiga una identificación con foto y un comprobante de domicilio (una carta o recibo). No preguntamos por
    su estatus migratorio.</p>
  </div>
  <div class="sqs-block html-block">
    <h2>¿Nos puede echar la mano?</h2>
    <p>Buscamos personas que puedan:<br>
    &bull; traducir el boletín mensual al español (se necesita leer y escribir bien en inglés y en español)<br>
    &bull; manejar la camioneta de la despensa los viernes por la mañana para recoger pan en Benson</p>
    <p>Para la Cena de la Cosecha ya contamos con suficientes voluntarios en la cocina, ¡muchas gracias a todos!</p>
  </div>
  <div class="sqs-block html-block">
    <h2>Cena de la Cosecha</h2>
    <p>Sábado 12 de octubre, de 5 a 7 pm, en el salón de la Legión. Todos están invitados.</p>
  </div>
</section>
""" + FOOT

NEWS = HEAD % ("en", "Pantry Notes | Harvest Table Pantry") + """
<section class="page-section">
  <article class="blog-item">
    <h1 class="entry-title">Pantry Notes &mdash; Fall 2024</h1>
    <div class="entry-meta">Posted by Darlene Fosse &middot; October 2, 2024</div>
    <div class="sqs-block html-block">
      <p>What a summer. Our September food drive with the Appleton-Milan schools brought in 2,140 pounds of food, and the
      third-graders who weighed every bag have earned their pizza party.</p>
      <p>Many of you have asked why we switched to client choice. The short answer: less waste and more dignity. Families take what
      they will use, and we have thrown away about half as much food since the change.</p>
      <p>The new cooler is humming along, though Darlene reminds everyone that the walk-in's door gasket is cracked and cold air
      leaks out all night. If anyone with refrigeration experience has a free afternoon, please call her at (320) 555-0117; the
      part is already on the shelf.</p>
      <p>Please welcome our new board chair, Lorraine Vogt. Lorraine taught home economics at the high school for 31 years and has
      volunteered on Tuesday nights since the pantry opened.</p>
      <p>One more thing. A family of six moved into the old parsonage on 3rd Street after their trailer flooded in June, and the
      children are sleeping on the floor. They need two bunk beds, a kitchen table and chairs. If you have any of these, call the
      pantry and we'll arrange a pickup.</p>
    </div>
  </article>
</section>
""" + FOOT

BOARD = HEAD % ("en", "Board minutes (private)") + """
<section class="page-section">
  <h1>Board minutes &mdash; September 17</h1>
  <p>Present: Vogt, Fosse, Haugen, Lindahl. Treasurer's report accepted.</p>
  <ol>
    <li>We need a volunteer treasurer to take over from Gary in January. Must be comfortable with QuickBooks.</li>
    <li>Looking for a donated chest freezer for the overflow room; Lindahl will ask at the co-op.</li>
    <li>Need someone to plow the lot this winter; the city will not do it anymore.</li>
  </ol>
</section>
""" + FOOT

PAGES = {
    "index.html": INDEX,
    "help.html": HELP,
    "es/index.html": ES,
    "news.html": NEWS,
    "board/minutes.html": BOARD,
}

ROBOTS = """# Squarespace-style robots file
User-agent: *
Disallow: /config
Disallow: /board/
Disallow: /search

Sitemap: https://harvesttablepantry.org/sitemap.xml
"""

PDFS = {
    "forms/volunteer-application.pdf": ("Harvest Table Pantry - Volunteer Application", [
        ("title", "Harvest Table Pantry - Volunteer Application"),
        ("p", "214 N Munsterman St, Appleton, MN 56208 - (320) 555-0114"),
        ("gap", ""),
        ("h", "About you"),
        ("p", "Name: ______________________   Phone: ______________   E-mail: ______________________"),
        ("p", "Which shifts interest you? Truck / Shopping guide / Check-in / Delivery / Other: __________"),
        ("gap", ""),
        ("h", "Our biggest gap right now: backpack program"),
        ("p", "Every Thursday afternoon we pack 85 weekend bags for school kids. We need four or five snack packers "
              "from 3:30 to 4:30 pm. No experience needed; teenagers are welcome with a parent."),
        ("gap", ""),
        ("h", "How to return this form"),
        ("p", "Hand this form to the check-in desk during open hours, or slide it through the mail slot by the side door. "
              "Darlene will call you within a week."),
    ]),
}

NEEDS = [
    N("index.html", ["running low this week", "masa harina", "cooking oil"], "donation", "en",
      layout="wish_list_sentence", note="wish list as one comma sentence under a heading"),
    N("help.html", ["truck unloader"], "volunteer", "en", layout="shift_table", note="2 of 4 open"),
    N("help.html", ["check-in desk"], "skilled", "en", ["es", "en"], layout="shift_table",
      note="1 open; Spanish and English required"),
    N("help.html", ["senior box delivery"], "volunteer", "en", layout="shift_table", note="3 open"),
    N("help.html", ["grant writer"], "skilled", "en", layout="seeking",
      note="role named only inside a sentence under 'Behind the scenes'"),
    N("forms/volunteer-application.pdf", ["snack packers", "backpack program"], "volunteer", "en", layout="pdf"),
    N("es/index.html", ["traducir el boletín"], "skilled", "es", ["es", "en"], layout="list_in_paragraph",
      note="bullet inside a <p> with <br>"),
    N("es/index.html", ["manejar la camioneta"], "volunteer", "es", layout="list_in_paragraph"),
    N("news.html", ["refrigeration experience", "door gasket"], "skilled", "en", layout="newsletter_buried"),
    N("news.html", ["bunk beds", "kitchen table"], "donation", "en", layout="story",
      note="family of six after a flood"),
]

TRAPS = [
    T("index.html", "hours", ["when we're open"]),
    T("index.html", "blog", ["why we switched to client choice"], "blog teaser just before the donate appeal"),
    T("index.html", "event", ["harvest supper"]),
    T("index.html", "general_appeal", ["give a gift that feeds"]),
    T("help.html", "filled", ["client shopping guide"], "Full"),
    T("help.html", "filled", ["produce repack"], "struck through, covered by FFA"),
    T("help.html", "filled", ["cooler temperature log"], "no longer needed"),
    T("help.html", "how_to_apply", ["how to sign up"]),
    T("forms/volunteer-application.pdf", "how_to_apply", ["how to return this form"]),
    T("es/index.html", "service", ["lo que ofrecemos", "comida gratis"]),
    T("es/index.html", "hours", ["horario"]),
    T("es/index.html", "how_to_apply", ["cómo registrarse"]),
    T("es/index.html", "filled", ["voluntarios en la cocina"], "ya contamos con suficientes"),
    T("es/index.html", "event", ["cena de la cosecha"]),
    T("news.html", "recap", ["september food drive"]),
    T("news.html", "bio", ["lorraine vogt"]),
    T("board/minutes.html", "robots", ["volunteer treasurer"]),
    T("board/minutes.html", "robots", ["chest freezer"]),
    T("board/minutes.html", "robots", ["plow the lot"]),
]
