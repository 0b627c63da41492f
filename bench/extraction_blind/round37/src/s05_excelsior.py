"""Excelsior, MN: Hiriyoota Oromo Community Center. English home page; English about page with a
"seeking" board seat among board bios; Oromo role-card grid whose titles are <h4>, <figcaption>,
<header><b> and <label>; Oromo donation page with a bullet wish list and a family story; English
PDF newsletter with a buried ask; robots /koree/."""
from common import need, trap

SLUG = "excelsior-hiriyoota-oromo-center"


def page(lang, title, body):
    return """<!DOCTYPE html>
<html lang="%s">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%s</title>
<link rel="preconnect" href="https://fonts.example-cdn.net">
<link rel="stylesheet" href="/css/hiriyoota.min.css">
</head>
<body>
<nav class="navbar">
 <a class="navbar-brand" href="/index.html">Hiriyoota</a>
 <ul class="navbar-nav">
  <li class="nav-item"><a class="nav-link" href="/index.html">Home</a></li>
  <li class="nav-item"><a class="nav-link" href="/about.html">About</a></li>
  <li class="nav-item"><a class="nav-link" href="/tola-ooltota.html">Tola ooltummaa</a></li>
  <li class="nav-item"><a class="nav-link" href="/arjooma.html">Arjooma</a></li>
  <li class="nav-item"><a class="nav-link" href="/oduu/spring-2025.pdf">Newsletter</a></li>
  <li class="nav-item"><a class="nav-link" href="/suuraa/ayyaana-gadaa-2023.html">Suuraa</a></li>
 </ul>
</nav>
<main class="container">
%s
</main>
<footer class="site-footer">
 <p>Hiriyoota Oromo Community Center · 27 Water St, Suite 4, Excelsior, MN 55331 · (952) 555-0126</p>
 <p><a href="/koree/">Koree</a> · <a href="mailto:hello@hiriyoota-center.org">hello@hiriyoota-center.org</a></p>
</footer>
</body>
</html>
""" % (lang, title, body)


INDEX = page("en", "Hiriyoota Oromo Community Center – Excelsior", """
<div class="jumbotron">
 <h1>Baga nagaan dhuftan — welcome!</h1>
 <p>Hiriyoota ("friends") is a home for Oromo families west of the Twin Cities.</p>
</div>

<div class="row">
 <div class="col">
  <h2>Office hours</h2>
  <p>Tuesday to Saturday, 11 am – 7 pm.</p>
 </div>
 <div class="col">
  <h2>Programs</h2>
  <p>Afaan Oromoo Saturday school for children, youth mentoring, and help with school
  enrollment.</p>
 </div>
</div>

<h2>Irreecha 2025</h2>
<p>Join us at the shore of Lake Minnetonka on the first Sunday of October for Irreecha, our
thanksgiving celebration. Wear white and bring fresh grass and flowers.</p>

<h2>Summer soccer tournament</h2>
<p>Fourteen teams and more than 200 players came to Excelsior this July. Congratulations to the
Shakopee Lions, this year's champions.</p>

<h2>Give to our youth fund</h2>
<p>Scholarships, jerseys and field rentals are paid by families like yours. Every gift counts.</p>
""")

ABOUT = page("en", "About – Hiriyoota Oromo Community Center", """
<h1>About us</h1>
<p>The center started in 2014 in a church basement and moved to Water Street in 2020. We are led
by an elected board of seven.</p>

<h2>Meet our board</h2>
<ul class="bios">
 <li><b>Chaltu Daba</b>, chair — nurse at Ridgeview, mother of four.</li>
 <li><b>Obsa Tolera</b>, vice chair — runs a trucking company in Chaska.</li>
 <li><b>Lensa Gudeta</b>, secretary — student at Normandale.</li>
</ul>

<h2>An open seat</h2>
<p>Our board is seeking a volunteer treasurer: someone comfortable with budgets, bank
reconciliations and the yearly nonprofit filings. It is an unpaid, elected seat with one
meeting a month.</p>
""")

TOLA = page("om", "Tola ooltummaa – Hiriyoota", """
<h1>Tola ooltota barbaadna</h1>
<p>Hawaasa keenya tajaajiluu barbaadduu? Hojiiwwan armaan gadii ilaalaa.</p>

<div class="cards">
 <div class="card">
  <h4>Hiiktuu Afaan Oromoo fi Ingiliffaa</h4>
  <p>Maatii haaraa wajjin hospitaalaa fi mana barumsaa deemuu. Afaan lamaanuu sirriitti beekuu
  qabda. Torbanitti sa'aatii 2–3.</p>
 </div>
 <div class="card">
  <figure><img src="/img/kubbaa.jpg" alt="">
  <figcaption>Leenjisaa kubbaa miilaa</figcaption></figure>
  <p>Ijoollee umurii 8–12 Sanbata ganama leenjisuu. Muuxannoo hin barbaachisu.</p>
 </div>
 <div class="card">
  <header><b>Barsiisaa Afaan Oromoo</b></header>
  <p><em>Namni argameera.</em> Galatoomaa! Bakki kun amma guuteera.</p>
 </div>
 <div class="card">
  <label>Qopheessitoota nyaataa – afurii Ramadaanaa</label>
  <p>Jimaata hunda galgala nyaata afurii qopheessuuf namoota 5 barbaanna.</p>
 </div>
 <div class="card card-paid">
  <h4>Bulchaa waajjiraa</h4>
  <p>Hojii kaffaltii qabu: torbanitti sa'aatii 20, sa'aatiitti $19.</p>
 </div>
</div>
""")

ARJOOMA = page("om", "Arjooma – Hiriyoota", """
<h1>Arjooma meeshaalee</h1>

<h2>Meeshaalee mana barumsaa</h2>
<ul>
 <li>Qalamoota fi irsaasa</li>
 <li>Kitaabota barreeffamaa</li>
 <li>Boorsaa dugdaa</li>
 <li>Herregduu (calculator)</li>
</ul>

<h2>Maatii haaraa</h2>
<p>Maatiin Obbo Gammachuu — ijoollee shan qabu — ji'a darbe Keeniyaa irraa Excelsior dhufe. Manni
isaanii duwwaa dha: siree, uffata siree fi meeshaa kushinaa hin qaban. Gargaaruu kan dandeessan
waajjira bilbilaa.</p>

<h2>Uffata qorraa ijoollee</h2>
<p>Ammaaf hin barbaachisu — galatoomaa! Kuusaan keenya guutuu dha.</p>

<h2>Meeshaa fiduuf yeroo</h2>
<p>Sanbata sa'aatii 10–2, balbala duubaa.</p>

<h2>Zakaa fi sadaqaa</h2>
<p>Maallaqaan gargaaruu barbaadduu? Waajjiratti ykn online kennuu dandeessu.</p>
""")

KOREE = page("om", "Koree – Hiriyoota", """
<h1>Koree qofaaf</h1>
<p>Hojiiwwan ji'a kanaa:</p>
<ul>
 <li>Nama dallaa duubaa sirreessu barbaadna.</li>
 <li>Koompiitara waajjiraaf arjoomaa barbaadna.</li>
 <li>Konkolaataa guyyaa Sanbataa tokkoof ergifannu.</li>
</ul>
""")

PAGES = {
    "index.html": INDEX,
    "about.html": ABOUT,
    "tola-ooltota.html": TOLA,
    "arjooma.html": ARJOOMA,
    "koree/index.html": KOREE,
}

ROBOTS = "# Hiriyoota\nUser-agent: *\nDisallow: /koree/\nCrawl-delay: 5\n"

PDFS = {
    "oduu/spring-2025.pdf": ("Hiriyoota Center Newsletter - Spring 2025", [
        ("title", "Hiriyoota Center Newsletter - Spring 2025"),
        ("p", "27 Water St, Suite 4, Excelsior, MN 55331 - (952) 555-0126"),
        ("gap", ""),
        ("h", "A word from the chair"),
        ("p", "Akkam jirtu! This winter our Saturday school grew to 64 children, and we had to open a "
              "second classroom. Thank you to every parent who drives across the lake each week."),
        ("h", "Building news"),
        ("p", "The landlord replaced the back steps in March. The gutters along the back of the "
              "building are packed with leaves again, and water is running down the wall into the "
              "classroom. If two volunteers with a sturdy ladder can give us one Saturday morning in "
              "April to clear the gutters, please call the office."),
        ("h", "Oromo Day of Culture"),
        ("p", "Saturday, June 14, at the Excelsior Commons: music, dance, food and a youth poetry "
              "contest."),
        ("h", "Monthly giving"),
        ("p", "Fifty families now give monthly. Join them with any amount at the front desk."),
    ]),
}

NEEDS = [
    need("about.html", ["volunteer treasurer"], "skilled", "en", layout="seeking",
         note="'Our board is seeking a volunteer treasurer' under a generic heading"),
    need("tola-ooltota.html", ["hiiktuu"], "skilled", "om", ["om", "en"], layout="role_cards",
         note="card title in <h4>"),
    need("tola-ooltota.html", ["leenjisaa kubbaa miilaa"], "volunteer", "om", layout="role_cards",
         note="card title in figcaption"),
    need("tola-ooltota.html", ["qopheessitoota nyaataa"], "volunteer", "om", layout="role_cards",
         note="card title in <label>"),
    need("arjooma.html", ["meeshaalee mana barumsaa", "boorsaa dugdaa"], "donation", "om",
         layout="wish_list_bullets", note="ONE need: heading + bullet list"),
    need("arjooma.html", ["siree", "meeshaa kushinaa"], "donation", "om", layout="story"),
    need("oduu/spring-2025.pdf", ["gutters"], "volunteer", "en", layout="pdf",
         note="buried in 'Building news'"),
]

TRAPS = [
    trap("index.html", "hours", ["office hours"]),
    trap("index.html", "service", ["saturday school", "youth mentoring"]),
    trap("index.html", "event", ["irreecha 2025"]),
    trap("index.html", "recap", ["soccer tournament"]),
    trap("index.html", "general_appeal", ["youth fund"]),
    trap("about.html", "bio", ["meet our board", "chaltu daba"]),
    trap("tola-ooltota.html", "filled", ["barsiisaa afaan oromoo"], note="'Namni argameera' (someone was found)"),
    trap("tola-ooltota.html", "job", ["bulchaa waajjiraa"], note="paid"),
    trap("arjooma.html", "filled", ["uffata qorraa ijoollee"], note="'Ammaaf hin barbaachisu'"),
    trap("arjooma.html", "hours", ["meeshaa fiduuf yeroo"]),
    trap("arjooma.html", "general_appeal", ["zakaa fi sadaqaa"]),
    trap("oduu/spring-2025.pdf", "event", ["day of culture"]),
    trap("oduu/spring-2025.pdf", "general_appeal", ["monthly giving"]),
    trap("koree/index.html", "robots", ["dallaa"]),
    trap("koree/index.html", "robots", ["koompiitara"]),
    trap("koree/index.html", "robots", ["konkolaataa"]),
]
