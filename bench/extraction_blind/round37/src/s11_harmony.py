"""Harmony, MN: Harmony Area Senior Services. English home page whose hearing-aid ask sits in a
"From the front desk" sentence; volunteer page as one bullet list with bold role names and inline
status (all set / struck + season's over / paid); Spanish page; English PDF newsletter with a
donation ask buried in 'Puzzle corner'; robots /office-internal/."""
from common import need, trap

SLUG = "harmony-area-senior-services"


def page(lang, title, body):
    return """<!DOCTYPE html>
<html lang="%s">
<head>
<meta charset="utf-8">
<title>%s</title>
<link rel="stylesheet" href="/style.css">
</head>
<body>
<div id="wrapper">
<div id="header">
<h1><a href="/index.html">Harmony Area Senior Services</a></h1>
<p>Serving Harmony, Canton, Mabel and Preston since 1978</p>
</div>
<ul id="nav">
<li><a href="/index.html">Home</a></li>
<li><a href="/volunteer.html">Volunteer</a></li>
<li><a href="/espanol.html">En español</a></li>
<li><a href="/newsletter/hearth-spring-2025.pdf">Newsletter</a></li>
<li><a href="/calendar/may.html">Calendar</a></li>
</ul>
<div id="main">
%s
</div>
<div id="footer">
<p>Harmony Area Senior Services · 35 Main Ave N, Harmony, MN 55939 · (507) 555-0128</p>
<p><a href="/office-internal/">Staff login</a></p>
</div>
</div>
</body>
</html>
""" % (lang, title, body)


INDEX = page("en", "Harmony Area Senior Services", """
<h2>Welcome to the center</h2>
<p>Coffee is always on. Stop in for a meal, a game of cribbage or a ride to the doctor.</p>

<h3>Center hours</h3>
<p>Open weekdays 8:30 am to 3:30 pm. Noon dinner served Monday through Friday.</p>

<h3>Our services</h3>
<ul>
<li>Meals on Wheels to homes in Harmony, Canton and Mabel</li>
<li>Foot care clinic on the second Tuesday (call for an appointment)</li>
<li>Medicare counseling in the fall</li>
</ul>

<h3>From the front desk</h3>
<p>Our monthly hearing clinic lost its longtime volunteer, Arlo, who moved to Rochester. We're
looking for someone who knows hearing aids to clean and check them on the first Monday morning of
each month. The hearing aid company will give you an afternoon of training.</p>

<h3>Wednesday bingo &amp; pie</h3>
<p>Every Wednesday at 1 pm. Quarters only. Pie by the Lutheran ladies.</p>

<h3>Meet our director</h3>
<p>Darlene Kiehne grew up on a farm near Newburg and has directed the center since 2006.</p>

<h3>Memorial gifts</h3>
<p>Many families remember a loved one with a memorial gift to the center. Thank you.</p>
""")

VOLUNTEER = page("en", "Volunteer – Harmony Area Senior Services", """
<h2>Volunteer with us</h2>
<p>Here is what we need help with this season:</p>
<ul class="needs">
<li><b>Route 3 driver</b> (Harmony–Canton–Mabel) for Meals on Wheels, Tuesdays 10:30 to 12:30.
Mileage reimbursed.</li>
<li><b>Tech buddies</b> — sit with a senior and help with phones, tablets and video calls with the
grandkids. Thursday afternoons.</li>
<li><b>Grab bars and ramps</b>: handy folks who can install grab bars in bathrooms and build small
wooden ramps. We buy the lumber and the hardware.</li>
<li><b>Card party hosts</b> — we're all set, thanks to the Tuesday Club!</li>
<li><del>Lawn mowing for homebound seniors</del> — season's over. See you in May.</li>
<li><b>Activities Coordinator</b> — part-time, paid. See the job posting at the front desk.</li>
</ul>
<p>Questions? Call Darlene at (507) 555-0128.</p>
""")

ESPANOL = page("es", "En español – Harmony Area Senior Services", """
<h2>Servicios en español</h2>
<p>Nuestro centro también sirve a las familias latinas de la zona de Harmony y Canton.</p>

<h3>Comidas a domicilio</h3>
<p>Llevamos la comida del mediodía a personas mayores que no pueden salir de casa.</p>

<h3>Para inscribirse</h3>
<p>Para inscribirse en las comidas, llame al (507) 555-0128 y pida hablar con Darlene. Necesitamos
su dirección y su fecha de nacimiento.</p>

<h3>Acompañante para citas</h3>
<p>Buscamos una persona bilingüe que acompañe a nuestros mayores de habla hispana a sus citas en
Rochester, un martes al mes, y les ayude a hablar con el médico.</p>

<h3>Andaderas y bastones</h3>
<p>Ya no los necesitamos: el armario de préstamo está lleno. ¡Gracias!</p>
""")

OFFICE = page("en", "Office – Harmony Area Senior Services", """
<h2>Office to-do (staff only)</h2>
<ul>
<li>Find a volunteer to re-caulk the kitchen windows.</li>
<li>Ask the Legion for a donated dishwasher.</li>
<li>Sub driver for Route 1 in June while Marlys is away.</li>
</ul>
""")

PAGES = {
    "index.html": INDEX,
    "volunteer.html": VOLUNTEER,
    "espanol.html": ESPANOL,
    "office-internal/index.html": OFFICE,
}

ROBOTS = "User-agent: *\nDisallow: /office-internal/\n"

PDFS = {
    "newsletter/hearth-spring-2025.pdf": ("The Harmony Hearth - Spring 2025", [
        ("title", "THE HARMONY HEARTH - Spring 2025"),
        ("p", "Harmony Area Senior Services - 35 Main Ave N, Harmony, MN 55939 - (507) 555-0128"),
        ("gap", ""),
        ("h", "Fish fry thank-you"),
        ("p", "The February fish fry raised $3,400 for the van fund. Thank you to the Lions for "
              "frying and to everyone who came out in the snow."),
        ("h", "Puzzle corner"),
        ("p", "The puzzle table by the window has been a hit this winter - so much so that we are out "
              "of 1000-piece jigsaw puzzles and large-print word search books. If you have some at home "
              "that you have finished, please bring them by."),
        ("h", "Mother's Day tea"),
        ("p", "Friday, May 9, 2 pm. Wear a hat! Reservations at the front desk."),
        ("h", "Give to the van fund"),
        ("p", "Our 2011 van has 190,000 miles on it. Gifts to the van fund of any size are welcome."),
    ]),
}

NEEDS = [
    need("index.html", ["hearing aids"], "skilled", "en", layout="sentence_only",
         note="under a generic 'From the front desk' heading"),
    need("volunteer.html", ["route 3 driver"], "volunteer", "en", layout="bullet_roles"),
    need("volunteer.html", ["tech buddies"], "volunteer", "en", layout="bullet_roles"),
    need("volunteer.html", ["grab bars"], "skilled", "en", layout="bullet_roles"),
    need("espanol.html", ["persona bilingüe", "acompañante para citas"], "skilled", "es", ["es", "en"],
         layout="seeking"),
    need("newsletter/hearth-spring-2025.pdf", ["jigsaw puzzles", "large-print word search"], "donation", "en",
         layout="pdf", note="buried in 'Puzzle corner'"),
]

TRAPS = [
    trap("index.html", "hours", ["center hours"]),
    trap("index.html", "service", ["foot care clinic", "medicare counseling"]),
    trap("index.html", "event", ["wednesday bingo"]),
    trap("index.html", "bio", ["darlene kiehne"]),
    trap("index.html", "general_appeal", ["memorial gifts"]),
    trap("volunteer.html", "filled", ["card party hosts"], note="'we're all set'"),
    trap("volunteer.html", "filled", ["lawn mowing"], note="<del> + 'season's over'"),
    trap("volunteer.html", "job", ["activities coordinator"]),
    trap("espanol.html", "service", ["comidas a domicilio"]),
    trap("espanol.html", "how_to_apply", ["para inscribirse"]),
    trap("espanol.html", "filled", ["andaderas"], note="'Ya no los necesitamos'"),
    trap("newsletter/hearth-spring-2025.pdf", "recap", ["fish fry thank-you"]),
    trap("newsletter/hearth-spring-2025.pdf", "event", ["mother's day tea"]),
    trap("newsletter/hearth-spring-2025.pdf", "general_appeal", ["give to the van fund"]),
    trap("office-internal/index.html", "robots", ["re-caulk"]),
    trap("office-internal/index.html", "robots", ["dishwasher"]),
    trap("office-internal/index.html", "robots", ["sub driver for route 1"]),
]
