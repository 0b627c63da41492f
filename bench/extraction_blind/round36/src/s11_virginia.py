from common import N, T

SLUG = "virginia-quad-cities-free-clinic"

HEAD = """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} &mdash; Quad Cities Free Clinic</title>
<link rel="stylesheet" href="https://static1.squarespace.example/static/sitecss/site.css">
<script>Static = window.Static || {{}}; Static.SQUARESPACE_CONTEXT = {{"websiteId":"5f1c0a"}};</script>
</head>
<body id="collection-{cid}" class="header-overlay-alignment-center">
<div class="Site" data-nc-base="header">
<header class="Header">
 <div class="Header-branding"><a href="/">Quad Cities Free Clinic</a></div>
 <nav class="Header-nav">
  <a href="/" class="Header-nav-item">Home</a>
  <a href="/volunteer.html" class="Header-nav-item">Volunteer</a>
  <a href="/supplies.html" class="Header-nav-item">Supplies</a>
  <a href="/blog.html" class="Header-nav-item">News</a>
  <a href="/es.html" class="Header-nav-item" hreflang="es">Espa&ntilde;ol</a>
 </nav>
</header>
<main class="Main-content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="page">
"""

FOOT = """
</div>
</main>
<footer class="Footer">
 <div class="sqs-block html-block"><p>Quad Cities Free Clinic &middot; 301 Chestnut St, Suite 2, Virginia, MN 55792 &middot; 218-555-0172</p>
 <p><a href="/clinic-news.pdf">Winter newsletter (PDF)</a> &middot; <a href="/press/mesabi-daily-2023.html">In the news</a> &middot; <a href="/staff/schedule.html">Staff login</a></p></div>
</footer>
</div>
<script src="https://static1.squarespace.example/static/vta/site-bundle.js"></script>
</body>
</html>
"""


def page(lang, title, cid, body):
    return HEAD.format(lang=lang, title=title, cid=cid) + body + FOOT


PAGES = {}

PAGES["index.html"] = page("en-US", "Home", "home", """
<div class="sqs-block html-block"><h1>Free primary care for uninsured adults on the Iron Range</h1>
<p>Run almost entirely by volunteers since 2002, in the lower level of Grace Lutheran.</p></div>
<div class="sqs-block html-block"><h2>Clinic nights</h2><p>Tuesday 5&ndash;8 pm and Thursday 1&ndash;4 pm. Walk-ins welcome until one hour before close.</p></div>
<div class="sqs-block html-block"><h2>Who can be seen</h2><p>Adults 18&ndash;64 without health insurance. Bring a photo ID and, if you have it, proof of income.</p></div>
<div class="sqs-block html-block"><h2>What we provide</h2><p>Primary care visits, diabetes and blood-pressure checks, free prescriptions through our pharmacy partner, and dental referrals.</p></div>
<div class="sqs-block html-block"><h2>Run for the Range 5K</h2><p>Saturday, August 16, at Olcott Park. Register online; all proceeds go to patient care.</p></div>
<div class="sqs-block button-block"><a class="sqs-block-button-element" href="#">A $50 gift covers one patient visit &mdash; Donate</a></div>
""")

PAGES["volunteer.html"] = page("en-US", "Volunteer", "volunteer", """
<div class="sqs-block html-block"><h1>Volunteer with us</h1><p>Click a role to read more. To apply, e-mail our volunteer coordinator, Kari, at <a href="mailto:volunteer@qcfreeclinic.example">volunteer@qcfreeclinic.example</a>.</p></div>
<div class="sqs-block accordion-block">
<details class="accordion-item"><summary class="accordion-item__title">Volunteer physician or nurse practitioner</summary>
<div class="accordion-item__description"><p>One Tuesday night shift a month. You need an active Minnesota license; malpractice coverage is provided through the state volunteer health program.</p></div></details>

<details class="accordion-item"><summary class="accordion-item__title">Spanish medical interpreter</summary>
<div class="accordion-item__description"><p>We see more Spanish-speaking patients every month, mostly on Thursdays. Medical interpreter certification preferred but not required.</p></div></details>

<details class="accordion-item"><summary class="accordion-item__title">Patient check-in</summary>
<div class="accordion-item__description"><p>Our check-in roster is complete through the end of the year. Thank you to the Mesabi Range College nursing students!</p></div></details>

<details class="accordion-item"><summary class="accordion-item__title">Pharmacy runner</summary>
<div class="accordion-item__description"><p>Pick up filled prescriptions at the partner pharmacy and bring them to the clinic on Thursday afternoons. You will need your own car.</p></div></details>

<details class="accordion-item"><summary class="accordion-item__title">Clinic manager (paid)</summary>
<div class="accordion-item__description"><p>0.6 FTE, salary $38,000&ndash;$42,000. Full job description on our Indeed listing.</p></div></details>

<details class="accordion-item"><summary class="accordion-item__title">Diabetes educator</summary>
<div class="accordion-item__description"><p>A certified diabetes educator or RN to lead a six-week class for patients each spring.</p></div></details>
</div>
""")

PAGES["supplies.html"] = page("en-US", "Supplies", "supplies", """
<div class="sqs-block html-block"><h1>Supply wish list</h1>
<p>We can only accept new, sealed, unexpired items.</p>
<table>
<thead><tr><th>Item</th><th>Needed</th><th>Received</th></tr></thead>
<tbody>
<tr><td>Adult multivitamins</td><td>20 bottles</td><td>4</td></tr>
<tr><td>Blood glucose test strips (sealed)</td><td>50 boxes</td><td>12</td></tr>
<tr><td>Exam-table paper rolls</td><td>30</td><td>9</td></tr>
<tr><td>Reading glasses, +1.50 to +2.50</td><td>100</td><td>100 &#10004; thank you!</td></tr>
</tbody></table></div>
<div class="sqs-block html-block"><h2>Seeking a donated autoclave</h2><p>Our sterilizer is 22 years old. A working tabletop autoclave from a dental or vet office would let us keep doing minor procedures.</p></div>
<div class="sqs-block html-block"><p><em>Thank you, Iron Range Rotary, for the 40 flu-shot kits this fall.</em></p></div>
""")

PAGES["blog.html"] = page("en-US", "News", "blog", """
<div class="sqs-block summary-block">
<article class="summary-item"><h2 class="summary-title"><a href="#">Why we need volunteers more than ever</a></h2>
<p class="summary-excerpt">In 2024 we had 1,912 patient visits, the most in our history. Here is what that means for the people who keep our doors open&hellip;</p></article>

<article class="summary-item"><h2 class="summary-title"><a href="#">Clinic news: Exam Room 3 is finished</a></h2>
<p class="summary-excerpt">Thanks to the Hibbing building trades students, Exam Room 3 is finished. Now we just need someone who can do data entry in our electronic records system on Wednesday mornings; two hours a week would help our nurses a lot. <a href="#">Read more</a></p></article>

<article class="summary-item"><h2 class="summary-title"><a href="#">Meet Dr. Anna Lahti, our volunteer of the year</a></h2>
<p class="summary-excerpt">Dr. Lahti has seen patients here every other Tuesday since 2009.</p></article>

<article class="summary-item"><h2 class="summary-title"><a href="#">Run for the Range raised $14,200</a></h2>
<p class="summary-excerpt">312 runners and walkers came out in the rain.</p></article>
</div>
""")

PAGES["es.html"] = page("es", "Espa&ntilde;ol", "es", """
<div class="sqs-block html-block"><h1>Cl&iacute;nica Gratuita Quad Cities &mdash; informaci&oacute;n en espa&ntilde;ol</h1>
<h2>&iquest;Qui&eacute;n puede recibir atenci&oacute;n?</h2>
<p>Adultos de 18 a 64 a&ntilde;os sin seguro m&eacute;dico. Traiga una identificaci&oacute;n con foto.</p>
<h2>Horario</h2>
<p>Martes 5 a 8 p.m. y jueves 1 a 4 p.m.</p>
<h2>Servicios</h2>
<p>Consultas m&eacute;dicas, revisi&oacute;n de diabetes y medicinas gratis.</p>
<h2>C&oacute;mo puede ayudar</h2>
<p>Se solicitan acompa&ntilde;antes de pacientes que hablen espa&ntilde;ol e ingl&eacute;s, para estar con el paciente durante la visita y explicarle las instrucciones al final.</p>
<p>Se nos est&aacute;n acabando los term&oacute;metros digitales y los tensi&oacute;metros de brazo que prestamos a los pacientes para usar en casa.</p>
<p>Ya conseguimos voluntaria para la traducci&oacute;n de folletos. &iexcl;Gracias, Marisol!</p></div>
""")

PAGES["staff/schedule.html"] = page("en-US", "Staff", "staff", """
<div class="sqs-block html-block"><h1>Staff scheduling &mdash; internal</h1>
<ul>
<li>Need an RN for Feb 11 (Tuesday night)</li>
<li>Need a Spanish interpreter Feb 13 &mdash; two patients booked</li>
<li>Order or ask for donated sharps containers</li>
</ul></div>
""")

ROBOTS = """User-agent: *
Disallow: /staff/
Disallow: /config
Disallow: /search
"""

PDFS = {
    "clinic-news.pdf": ("Clinic News - Winter 2025", [
        ("title", "Quad Cities Free Clinic - Clinic News, Winter 2025"),
        ("h", "2024 by the numbers"),
        ("p", "In 2024 we had 1,912 visits, filled 3,400 prescriptions and referred 210 patients to dentists."),
        ("h", "A busier waiting room"),
        ("p", "Tuesday nights are crowded, and many parents have to bring their kids along. A retired teacher has "
              "started reading with children while their parents are seen, but we could use two more volunteers "
              "to run a small children's corner in the waiting room, 5 to 8 pm."),
        ("h", "Snow"),
        ("p", "Our lot needs plowing before Tuesday and Thursday clinics. We are looking for a volunteer with a plow "
              "truck who lives close to Chestnut Street."),
        ("h", "Thank you"),
        ("p", "Volunteer appreciation dinner: Thursday, February 20, 6 pm, Grace Lutheran fellowship hall."),
    ]),
}

NEEDS = [
    N("volunteer.html", ["physician or nurse practitioner"], "skilled", "en", layout="accordion"),
    N("volunteer.html", ["spanish medical interpreter"], "skilled", "en", ["es", "en"], layout="accordion"),
    N("volunteer.html", ["pharmacy runner"], "volunteer", "en", layout="accordion"),
    N("volunteer.html", ["diabetes educator"], "skilled", "en", layout="accordion"),
    N("supplies.html", ["supply wish list", "multivitamins", "test strips"], "donation", "en",
      layout="wish_list_table", note="needed/received table = one need; fully received row is a trap"),
    N("supplies.html", ["autoclave"], "donation", "en", layout="seeking"),
    N("blog.html", ["data entry"], "skilled", "en", layout="blog_excerpt_buried",
      note="need buried in a post excerpt under an unrelated title"),
    N("es.html", ["acompañantes de pacientes"], "skilled", "es", ["es", "en"], layout="heading_paragraph"),
    N("es.html", ["termómetros digitales", "tensiómetros"], "donation", "es", layout="short_on",
      note="'se nos están acabando'"),
    N("clinic-news.pdf", ["children's corner"], "volunteer", "en", layout="newsletter_buried"),
    N("clinic-news.pdf", ["plow truck"], "volunteer", "en", layout="newsletter_buried"),
]

TRAPS = [
    T("index.html", "hours", ["clinic nights"]),
    T("index.html", "how_to_apply", ["who can be seen"]),
    T("index.html", "service", ["dental referrals"]),
    T("index.html", "event", ["run for the range"]),
    T("index.html", "general_appeal", ["$50 gift"]),
    T("volunteer.html", "filled", ["patient check-in"], note="roster complete"),
    T("volunteer.html", "job", ["clinic manager"]),
    T("supplies.html", "filled", ["reading glasses"], note="100 of 100 received"),
    T("supplies.html", "recap", ["iron range rotary"]),
    T("blog.html", "blog", ["why we need volunteers more than ever"]),
    T("blog.html", "bio", ["anna lahti"]),
    T("blog.html", "recap", ["raised $14,200"]),
    T("es.html", "how_to_apply", ["quién puede recibir atención"]),
    T("es.html", "hours", ["martes 5 a 8"]),
    T("es.html", "service", ["medicinas gratis"]),
    T("es.html", "filled", ["traducción de folletos"]),
    T("clinic-news.pdf", "recap", ["1,912 visits"]),
    T("clinic-news.pdf", "event", ["appreciation dinner"]),
    T("staff/schedule.html", "robots", ["rn for feb 11"]),
    T("staff/schedule.html", "robots", ["spanish interpreter feb 13"]),
    T("staff/schedule.html", "robots", ["sharps containers"]),
]
