"""Graceville: Prairie Elementary PTO. School parent group. English home with a sign-up slot list (names in filled
slots), English newsletter with a buried ask, Hmong and Spanish parent pages, English PDF volunteer handbook."""
from common import need, trap

SLUG = "graceville-prairie-elementary-pto"
PAGES, NEEDS, TRAPS = {}, [], []

NAV = """<header><div class="logo"><a href="/">Prairie Elementary PTO</a> <span>Home of the Panthers</span></div>
<nav><a href="/">Home</a> &middot; <a href="/newsletter.html">Paw Print</a> &middot; <a href="/hmong.html">Hmoob</a>
&middot; <a href="/espanol.html">Espa&ntilde;ol</a> &middot; <a href="/pto-board/">PTO board</a></nav></header>"""
FOOT = """<footer><p>Prairie Elementary PTO &middot; 600 Studdart Ave, Graceville, MN 56240 &middot; pto@prairiepanthers.example &middot; (320) 555-0185</p>
<p><a href="/volunteer-handbook.pdf">Volunteer handbook (PDF)</a> &middot; <a href="/minutes/2024-10.html">October minutes</a></p></footer>"""

PAGES["index.html"] = """
<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Prairie Elementary PTO</title>
<link rel="stylesheet" href="/css/pto.css"></head>
<body>
""" + NAV + """
<main>
<h1>Welcome, Panther families!</h1>
<div class="upcoming"><h2>Coming up</h2>
<p><strong>Family Bingo Night</strong> &mdash; Friday, March 21, 6:00 pm in the gym. $1 a card, pizza by the slice.</p></div>
<h2>Spring volunteer sign-up</h2>
<p>Click a slot to add your name. Questions? Email Jenna at pto@prairiepanthers.example.</p>
<div class="signup">
<div class="slot-group"><h3>Book Fair Cashier</h3><p>April 7&ndash;11, 8:00&ndash;10:00 am, school library</p>
<ul><li>Slot 1: Amy R.</li><li>Slot 2: Tou V.</li><li>Slot 3: <a href="mailto:pto@prairiepanthers.example">Sign up</a></li><li>Slot 4: <a href="mailto:pto@prairiepanthers.example">Sign up</a></li></ul></div>
<div class="slot-group"><h3>Picture Day Helper</h3><p>April 2, 8:30&ndash;11:30 am</p>
<ul><li>Slot 1: Maria G.</li><li>Slot 2: Dana K.</li><li>Slot 3: Chue L.</li></ul>
<p class="note">All slots filled</p></div>
<div class="slot-group"><h3>Field Day Station Leader</h3><p>May 30, 9:00 am&ndash;2:00 pm, football field. Run one game station for an hour at a time.</p>
<p>6 of 10 slots open &mdash; <a href="mailto:pto@prairiepanthers.example">sign up</a></p></div>
<div class="slot-group"><h3>Popcorn Friday Poppers</h3><p>Fridays, 2:00&ndash;3:00 pm</p>
<p class="note">Sign-up closed for this semester</p></div>
<div class="slot-group"><h3>Teacher Appreciation Lunch Sponsors</h3><p>May 6. Sponsor one grade's lunch.</p>
<p class="note">Every slot sponsored &mdash; thank you, families!</p></div>
<div class="slot-group"><h3>Classroom Reading Buddies</h3><p>Once a week, 30 minutes, listen to a first or second grader read aloud.</p>
<p>3 slots open &mdash; <a href="mailto:pto@prairiepanthers.example">sign up</a></p></div>
</div>
</main>
""" + FOOT + """
</body></html>
"""
NEEDS += [
    need("index.html", ["book fair cashier"], "volunteer", "en", layout="signup_slots", note="2 of 4 slots open"),
    need("index.html", ["field day station leader"], "volunteer", "en", layout="signup_slots"),
    need("index.html", ["reading buddies"], "volunteer", "en", layout="signup_slots"),
]
TRAPS += [
    trap("index.html", "event", ["family bingo night"]),
    trap("index.html", "filled", ["picture day helper"], note="every slot has a name"),
    trap("index.html", "filled", ["popcorn friday poppers"], note="sign-up closed"),
    trap("index.html", "filled", ["teacher appreciation lunch"], note="every slot sponsored"),
]

PAGES["newsletter.html"] = """
<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Paw Print &ndash; March</title>
<link rel="stylesheet" href="/css/pto.css"></head>
<body>
""" + NAV + """
<main><article>
<h1>The Paw Print &mdash; March</h1>
<h2>From the PTO president</h2>
<p>Happy almost-spring! Thank you to everyone who ran, walked or pledged for the Fall Fun Run &mdash; together we
raised $5,120 for new recess equipment, and the tetherball poles go in as soon as the ground thaws. Speaking of
projects: Mr. Halvorson's fifth graders are building a weather station for the school roof, and they could really
use a parent or grandparent who knows some basic electronics (soldering, a little Arduino) to help on Thursday
afternoons through April. If that's you, email him at jhalvorson@prairiepanthers.example.</p>
<h2>Staff spotlight: Mrs. Ortiz</h2>
<p>Our new ELL teacher, Lucia Ortiz, grew up in Worthington and taught in Austin for six years. She speaks
Spanish and is learning Hmong from her students.</p>
<h2>Clothing closet</h2>
<p>We have enough kids' snow pants and boots for the rest of this winter &mdash; thank you! Please hold any more
until fall.</p>
<div class="teaser"><h3>On the blog: why recess matters more than you think</h3>
<p>A new study from the U of M says kids who get two recesses a day&hellip; <a href="/index.html">read more</a></p></div>
</article></main>
""" + FOOT + """
</body></html>
"""
NEEDS += [
    need("newsletter.html", ["basic electronics", "weather station"], "skilled", "en", layout="newsletter_buried"),
]
TRAPS += [
    trap("newsletter.html", "recap", ["fall fun run"]),
    trap("newsletter.html", "bio", ["staff spotlight", "lucia ortiz"]),
    trap("newsletter.html", "filled", ["snow pants"], note="we have enough"),
    trap("newsletter.html", "blog", ["why recess matters"]),
]

PAGES["hmong.html"] = """
<!DOCTYPE html>
<html lang="hmn">
<head><meta charset="utf-8"><title>Cov niam txiv Hmoob &ndash; Prairie Elementary PTO</title>
<link rel="stylesheet" href="/css/pto.css"></head>
<body>
""" + NAV + """
<main>
<h1>Nyob zoo cov niam txiv Hmoob!</h1>
<p>Peb lub PTO xav kom txhua tsev neeg koom tes. Koj tsis tas hais lus Askiv kom zoo los pab tau.</p>
<h2>Chav kawm Askiv rau niam txiv</h2>
<p>Tsev kawm ntawv muaj chav kawm Askiv dawb rau niam txiv txhua hnub Tuesday, 6:00&ndash;7:30 tsaus ntuj.</p>
<h2>Peb xav tau kev pab</h2>
<ul>
<li><b>Txhais lus rau hmo sib ntsib xib fwb</b> &mdash; Lub 4 hlis ntuj hnub 10 thiab 11. Yuav tsum paub lus Hmoob
thiab lus Askiv. Peb xav tau 3 leej.</li>
<li><b>Khoom noj txom ncauj</b> &mdash; rau cov menyuam hauv pawg kawm ntawv tom qab tsev kawm (after-school club):
crackers, txiv hmab txiv ntoo qhuav, kua txiv.</li>
<li><b>Saib menyuam yaus thaum niam txiv kawm ntawv Askiv</b> &mdash; Tau neeg lawm. Ua tsaug ntau!</li>
</ul>
</main>
""" + FOOT + """
</body></html>
"""
NEEDS += [
    need("hmong.html", ["txhais lus rau hmo sib ntsib xib fwb"], "skilled", "hmn", ["hmn", "en"], layout="list"),
    need("hmong.html", ["khoom noj txom ncauj"], "donation", "hmn", layout="list", note="snacks"),
]
TRAPS += [
    trap("hmong.html", "service", ["chav kawm askiv rau niam txiv"]),
    trap("hmong.html", "filled", ["saib menyuam yaus"], note="tau neeg lawm"),
]

PAGES["espanol.html"] = """
<!DOCTYPE html>
<html lang="es">
<head><meta charset="utf-8"><title>Familias latinas &ndash; Prairie Elementary PTO</title>
<link rel="stylesheet" href="/css/pto.css"></head>
<body>
""" + NAV + """
<main>
<h1>&iexcl;Bienvenidas, familias!</h1>
<h2>Loter&iacute;a familiar &mdash; viernes 21 de marzo</h2>
<p>A las 6:00 pm en el gimnasio. Buscamos cuatro padres que ayuden a servir la cena esa noche (5:30 a 7:00).</p>
<h2>Mochilas de fin de semana</h2>
<p>Cada jueves mandamos comida a casa con 35 ni&ntilde;os. Nos faltan manos para empacar bolsas los jueves de
2:00 a 3:00 en la cafeter&iacute;a.</p>
<h2>Excursi&oacute;n al zool&oacute;gico</h2>
<p>Acompa&ntilde;antes para la excursi&oacute;n al zool&oacute;gico de Minnesota: ya est&aacute; lleno, &iexcl;gracias a todos!</p>
<h2>&iquest;C&oacute;mo ser voluntario?</h2>
<p>Para ser voluntario en la escuela, llene el formulario de antecedentes en la oficina. Tarda una semana.</p>
</main>
""" + FOOT + """
</body></html>
"""
NEEDS += [
    need("espanol.html", ["servir la cena"], "volunteer", "es", layout="heading_paragraph"),
    need("espanol.html", ["empacar bolsas", "mochilas de fin de semana"], "volunteer", "es", layout="short_on",
         note="'nos faltan manos'"),
]
TRAPS += [
    trap("espanol.html", "event", ["lotería familiar"]),
    trap("espanol.html", "filled", ["excursión al zoológico"], note="ya está lleno"),
    trap("espanol.html", "how_to_apply", ["formulario de antecedentes"]),
]

PAGES["pto-board/index.html"] = """
<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>PTO board</title></head>
<body>
""" + NAV + """
<main><h1>PTO board workspace</h1>
<ul><li>Need a new PTO secretary for next year.</li><li>Ask local businesses to donate a laminator.</li>
<li>Need someone to audit the PTO checking account.</li></ul></main>
""" + FOOT + """
</body></html>
"""
TRAPS += [
    trap("pto-board/index.html", "robots", ["pto secretary"]),
    trap("pto-board/index.html", "robots", ["laminator"]),
    trap("pto-board/index.html", "robots", ["audit the pto checking account"]),
]

PDFS = {
    "volunteer-handbook.pdf": ("Prairie Elementary Volunteer Handbook", [
        ("title", "Prairie Elementary School Volunteer Handbook"),
        ("h", "Before you volunteer"),
        ("p", "Every adult who volunteers with children completes a background check form at the school office. It "
              "takes about a week. Sign in at the front desk and wear your visitor badge."),
        ("p", "HELP WANTED IN THE LIBRARY Mrs. Berg needs two adults to reshelve returned books and tape up torn "
              "covers on Wednesday mornings, 9 to 11. No experience needed."),
        ("p", "VOLUNTEER APPRECIATION BREAKFAST Friday, May 23, 7:30 am in the cafeteria. Everyone who helped this "
              "year is invited."),
    ]),
}
NEEDS += [
    need("volunteer-handbook.pdf", ["reshelve", "help wanted in the library"], "volunteer", "en", layout="pdf"),
]
TRAPS += [
    trap("volunteer-handbook.pdf", "how_to_apply", ["before you volunteer", "background check form"]),
    trap("volunteer-handbook.pdf", "event", ["appreciation breakfast"]),
]

ROBOTS = """User-agent: *
Disallow: /pto-board/
"""
