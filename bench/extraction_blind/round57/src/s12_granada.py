"""Granada: elementary-school PTO (Google Sites-like). English sign-up table and classroom wish lists,
Hmong and Spanish pages, Hmong PDF newsletter."""
from common import need, trap, robots

SLUG = "granada-elementary-pto"
ROBOTS = robots("/pto-board/")


def shell(title, body, lang="en"):
    return """<!DOCTYPE html>
<html lang="%s">
<head>
<meta charset="utf-8">
<title>%s - Granada Elementary PTO</title>
<link rel="stylesheet" href="/_/sites/theme.css">
</head>
<body>
<div class="site-header" role="banner">
  <div class="site-title"><a href="/">Granada Elementary PTO</a></div>
  <ul class="site-nav" role="navigation">
    <li><a href="/">Home</a></li>
    <li><a href="/volunteer.html">Volunteer</a></li>
    <li><a href="/wishlists.html">Classroom Wish Lists</a></li>
    <li><a href="/hmoob.html">Hmoob</a></li>
    <li><a href="/espanol.html">Español</a></li>
    <li><a href="/newsletter/xov-xwm-oct.pdf">Newsletter (Hmoob)</a></li>
    <li><a href="/photos/carnival-2024.html">Photos</a></li>
  </ul>
</div>
<div class="site-content" role="main">
%s
</div>
<div class="site-footer">
  <p>Granada Elementary PTO &middot; 300 School St, Granada, MN 56039 &middot; pto@granadapto.org</p>
  <p><a href="/pto-board/">PTO Board</a> &middot; Report abuse &middot; Page updated</p>
</div>
</body>
</html>
""" % (lang, title, body)


INDEX = shell("Home", """
<section class="tile"><h1>Welcome, Granada families!</h1>
<p>Parents, teachers and neighbors making Granada Elementary a great place to learn.</p></section>
<section class="tile"><h2>Fall Carnival</h2>
<p>Friday, October 17, 5&ndash;8 pm in the gym. Games, cake walk, bounce house. Everyone welcome!</p></section>
<section class="tile"><h2>Join the PTO</h2>
<p>Membership is $5 per family, or whatever you can. Dues pay for field trips and classroom grants.</p></section>
<section class="tile"><h2>School office</h2>
<p>Office hours 7:30 am to 3:30 pm on school days. Call (507) 555-0138.</p></section>
<section class="tile"><h2>Free breakfast</h2>
<p>Every student can eat breakfast free at 7:45 am in the cafeteria.</p></section>
<section class="tile"><h2>From the PTO blog</h2>
<p><a href="#blog">Ten minutes a week: why small help matters</a></p></section>
""")

VOLUNTEER = shell("Volunteer", """
<h1>Fall Carnival sign-ups</h1>
<p>Reply to Ms. Vue at pto@granadapto.org with the station you want. Thank you!</p>
<table class="sheet">
<tr><th>Station</th><th>Shift</th><th>Needed</th><th>Signed up</th></tr>
<tr><td>Ticket booth</td><td>5&ndash;6:30 pm</td><td>3</td><td>Amy R., Tou V.</td></tr>
<tr><td>Face painting</td><td>5&ndash;8 pm</td><td>2</td><td>Kia L., Rosa M. &mdash; <b>FULL</b></td></tr>
<tr><td>Cake walk bakers</td><td>bring by 4:30</td><td>12 cakes</td><td>12 pledged &#10004;</td></tr>
<tr><td>Set-up crew</td><td>3:30&ndash;5 pm</td><td>6</td><td>&mdash;</td></tr>
<tr><td>Tear-down crew</td><td>8&ndash;9 pm</td><td>4</td><td>Mr. Ortiz</td></tr>
<tr><td>Bounce house</td><td>all evening</td><td>0</td><td>Run by the rental company, no volunteers needed</td></tr>
</table>
<h2>Every week</h2>
<h3>Library shelvers</h3>
<p>Tuesday mornings, 45 minutes, putting returned books back on the shelves with Mrs. Kruse.</p>
<h3>Lunchroom paraprofessional (paid)</h3>
<p>The district is hiring for 2 hours a day. Apply on the district website.</p>
""")

WISHLISTS = shell("Classroom Wish Lists", """
<h1>Classroom Wish Lists</h1>
<p>Teachers asked for these. Send items to school with your child in a bag marked "PTO".</p>
<div class="wish"><h2>Mrs. Olson &mdash; 2nd grade</h2>
<ul><li>Glue sticks</li><li>Tissues</li><li>Dry-erase markers</li><li>Gallon zip bags</li></ul></div>
<div class="wish"><h2>Mr. Her &mdash; 4th grade</h2>
<ul><li>Over-ear headphones for the computer lab</li><li>Clipboards</li><li>Chapter books for the class library</li></ul></div>
<div class="wish done"><h2>Kindergarten (Ms. Peterson)</h2>
<p>We have enough crayons and playdough for the whole year. Thank you, families!</p></div>
<p>Thank you to everyone who sent in boxes during the September supply drive: 300 boxes of tissues and 90 packs of pencils!</p>
""")

HMOOB = shell("Hmoob", """
<h1>Rau cov niam txiv Hmoob</h1>
<p>Nyob zoo cov niam txiv! Lub PTO xav kom txhua tsev neeg los koom tes. Hu rau Niam Vwj: (507) 555-0138.</p>
<h2>Xav tau neeg txhais lus</h2>
<p>Thaum lub caij sib tham ntawm niam txiv thiab xib fwb (10 thiab 11 Hlis Kaum Ib), peb xav tau cov niam txiv uas hais tau lus Hmoob thiab lus Askiv los pab txhais lus. Ib zaug li ob teev.</p>
<h2>Pab nyeem ntawv nrog cov me nyuam</h2>
<p>Xav tau neeg tuaj nyeem ntawv nrog cov me nyuam qib 1 txhua hnub Wednesday thaum 9 teev sawv ntxov. Tsis tas yuav paub lus Hmoob.</p>
<h2>Nqa khoom noj tuaj rau hmo ntuj kab lis kev cai</h2>
<p>Txaus lawm &mdash; ua tsaug ntau! Peb tau txais khoom noj txaus lawm.</p>
<h2>Hmo ntuj kab lis kev cai</h2>
<p>Hnub Thursday, 13 Hlis Peb Hlis, 6 teev tsaus ntuj. Seev cev, paj ntaub thiab khoom noj.</p>
<h2>Sau npe kawm ntawv</h2>
<p>Yuav sau npe rau koj tus me nyuam, nqa daim ntawv yug (birth certificate) thiab ntawv txhaj tshuaj tuaj rau hauv chaw ua hauj lwm.</p>
""", lang="hmn")

ESPANOL = shell("Español", """
<h1>Para las familias hispanohablantes</h1>
<h2>Voluntarios para supervisar el recreo</h2>
<p>Buscamos mamás, papás o abuelos que puedan acompañar a los niños en el recreo del mediodía, de 11:45 a 12:30, uno o dos días por semana. No se necesita hablar inglés.</p>
<h2>Desayuno gratis</h2>
<p>Todos los alumnos pueden desayunar gratis a las 7:45 en la cafetería.</p>
<h2>Noche de lotería</h2>
<p>Viernes 21 de febrero, 6 p.m., en el gimnasio. Premios para toda la familia.</p>
<h2>Conferencias de padres y maestros</h2>
<p>Habrá intérprete de español. Para pedir una cita, llame a la oficina.</p>
""", lang="es")

BOARD = shell("PTO Board", """
<h1>PTO Board &mdash; officers only</h1>
<ul>
<li>Find a new PTO secretary for next year.</li>
<li>Ask Hometown Bank to donate 30 folding chairs.</li>
<li>Need 4 chaperones for the 5th grade zoo trip.</li>
</ul>
""")

PAGES = {
    "index.html": INDEX,
    "volunteer.html": VOLUNTEER,
    "wishlists.html": WISHLISTS,
    "hmoob.html": HMOOB,
    "espanol.html": ESPANOL,
    "pto-board/index.html": BOARD,
}

PDFS = {
    "newsletter/xov-xwm-oct.pdf": ("Xov Xwm PTO - Lub Kaum Hli", [
        ("title", "Xov Xwm PTO - Lub Kaum Hli"),
        ("p", "Granada Elementary PTO"),
        ("h", "Chav khaub ncaws"),
        ("p", "Lub caij ntuj no yuav los txog lawm. Peb tab tom sau khaub ncaws tiv no rau cov me nyuam uas tsis "
              "muaj: tsho tiv no, ris tiv no, hnab looj tes thiab kaus mom. Thov coj tuaj rau hauv chaw ua hauj lwm."),
        ("h", "Xav tau kev pab"),
        ("p", "Thaum muaj rooj sib tham PTO txhua lub hli, peb xav tau ob tug neeg pab saib xyuas cov me nyuam "
              "yaus kom niam txiv thiaj tuaj tau."),
        ("h", "Rooj sib tham tom ntej"),
        ("p", "Hnub Monday, 3 Hlis Kaum Ib, 6:30 tsaus ntuj, hauv lub tsev qiv ntawv."),
        ("p", "Ua tsaug rau cov tsev neeg uas tau pub 300 lub thawv ntawv so ntswg!"),
    ]),
}

NEEDS = [
    need("volunteer.html", ["ticket booth"], "volunteer", "en", [], "shift_table", "3 needed, 2 signed up"),
    need("volunteer.html", ["set-up crew"], "volunteer", "en", [], "shift_table"),
    need("volunteer.html", ["tear-down crew"], "volunteer", "en", [], "shift_table", "4 needed, 1 signed up"),
    need("volunteer.html", ["library shelvers"], "volunteer", "en", [], "heading_paragraph"),
    need("wishlists.html", ["2nd grade", "dry-erase markers"], "donation", "en", [], "wish_list", "Mrs. Olson"),
    need("wishlists.html", ["4th grade", "headphones"], "donation", "en", [], "wish_list", "Mr. Her"),
    need("hmoob.html", ["txhais lus"], "skilled", "hmn", ["hmn", "en"], "heading_paragraph"),
    need("hmoob.html", ["nyeem ntawv"], "volunteer", "hmn", [], "heading_paragraph"),
    need("espanol.html", ["supervisar el recreo"], "volunteer", "es", [], "heading_paragraph"),
    need("newsletter/xov-xwm-oct.pdf", ["khaub ncaws tiv no"], "donation", "hmn", [], "pdf"),
    need("newsletter/xov-xwm-oct.pdf", ["saib xyuas cov me nyuam"], "volunteer", "hmn", [], "pdf", "childcare"),
]

TRAPS = [
    trap("index.html", "event", ["fall carnival"]),
    trap("index.html", "general_appeal", ["membership is $5"]),
    trap("index.html", "hours", ["office hours"]),
    trap("index.html", "service", ["breakfast free"]),
    trap("index.html", "blog", ["ten minutes a week"]),
    trap("volunteer.html", "filled", ["face painting"], "FULL"),
    trap("volunteer.html", "filled", ["cake walk"], "12 of 12 pledged"),
    trap("volunteer.html", "filled", ["bounce house"], "no volunteers needed"),
    trap("volunteer.html", "job", ["lunchroom"]),
    trap("wishlists.html", "filled", ["crayons"], "'We have enough'"),
    trap("wishlists.html", "recap", ["september supply drive"]),
    trap("hmoob.html", "filled", ["nqa khoom noj"], "'Txaus lawm'"),
    trap("hmoob.html", "event", ["hmo ntuj kab lis kev cai"]),
    trap("hmoob.html", "how_to_apply", ["sau npe kawm ntawv"]),
    trap("espanol.html", "service", ["desayuno gratis"]),
    trap("espanol.html", "event", ["noche de lotería"]),
    trap("espanol.html", "service", ["intérprete de español"]),
    trap("newsletter/xov-xwm-oct.pdf", "event", ["rooj sib tham tom ntej"]),
    trap("newsletter/xov-xwm-oct.pdf", "recap", ["300 lub thawv"]),
    trap("pto-board/index.html", "robots", ["pto secretary"]),
    trap("pto-board/index.html", "robots", ["folding chairs"]),
    trap("pto-board/index.html", "robots", ["zoo trip"]),
]
