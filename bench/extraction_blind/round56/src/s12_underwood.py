"""Site 12: Underwood Elementary Family Council, Underwood MN. English home page (meeting, spirit wear,
recap, school day), English volunteer card grid (open / covered / waitlist / district job), Somali
family page, Hmong family page, English PDF science-fair flyer, robots /teachers/."""
from common import need, trap

SLUG = "underwood-school-family-council"

def page(lang, title, body):
    return """<!DOCTYPE html>
<html lang="%s">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%s</title>
<link rel="stylesheet" href="/css/council.css">
</head>
<body>
<div class="topbar">Underwood Elementary Family Council &middot; Golaha Qoysaska &middot; Pawg Niam Txiv</div>
<nav class="main-nav">
 <a href="/index.html">Home</a>
 <a href="/volunteer.html">Volunteer</a>
 <a href="/so/index.html">Soomaali</a>
 <a href="/hmn/index.html">Hmoob</a>
 <a href="/science-fair-2026.pdf">Science Fair 2026 (PDF)</a>
</nav>
<div class="page">
%s
</div>
<footer>
 <p>Underwood Elementary &middot; 100 Southern Ave, Underwood, MN 56586 &middot; Family Council email: <a href="mailto:council@underwoodfamilies.org">council@underwoodfamilies.org</a></p>
 <p><a href="/yearbook/2025.html">Order the 2025 yearbook</a> &middot; <a href="/teachers/supply-requests.html">Teacher requests (staff)</a></p>
</footer>
</body>
</html>
""" % (lang, title, body)

INDEX = page("en", "Underwood Elementary Family Council", """
<h1>Welcome, Underwood families!</h1>
<p>The Family Council is every parent, grandparent and guardian of an Underwood Elementary student. We raise money for field trips, run the book fair and field day, and make sure every family feels at home &ndash; in English, Somali, Hmong or any language.</p>

<div class="box">
 <h2>Family Council meetings</h2>
 <p>First Tuesday of each month, 6:30 pm in the library. Childcare and pizza provided. Somali and Hmong interpreters at every meeting.</p>
</div>
<div class="box">
 <h2>Spirit wear sale</h2>
 <p>Order Underwood Otters hoodies and t-shirts through October 24. Profits pay for the fifth-grade trip to Itasca.</p>
</div>
<div class="box">
 <h2>Thank you for the Fun Run!</h2>
 <p>This fall's Fun Run raised $8,450 &ndash; a school record. Every class earned an extra recess.</p>
</div>
<div class="box">
 <h2>School day</h2>
 <p>Doors open at 7:50 am, school runs 8:05 am&ndash;2:50 pm. Early release every Wednesday at 1:50 pm.</p>
</div>
""")

CARD = """<div class="vol-card {cls}">
 <div class="vol-status">{status}</div>
 <h3>{title}</h3>
 <p>{body}</p>
</div>
"""
cards = [
    dict(cls="open", status="Open", title="Lunchroom helpers",
         body="11:00 am&ndash;12:30 pm, any weekday you can. Open milk cartons, wipe tables, help the little ones find a seat."),
    dict(cls="open", status="Open", title="Reading buddies (grades 1&ndash;2)",
         body="Listen to a first- or second-grader read for 20 minutes, once a week. Morning or afternoon."),
    dict(cls="open", status="12 needed", title="Field day station leaders",
         body="Friday, May 29. Run one game station (sack race, water relay, tug-of-war) for two hours. We give you everything you need."),
    dict(cls="open", status="Open", title="Costume sewing for the spring musical",
         body="The third grade is putting on <em>The Lion King Jr.</em> We need someone who sews to hem costumes and fix a few seams at home in March."),
    dict(cls="covered", status="All shifts covered &#10003;", title="Book fair cashiers",
         body="Thanks to everyone who signed up. See you November 3&ndash;7!"),
    dict(cls="covered", status="Waitlist only", title="Classroom art docent",
         body="We have enough docents this year. Add your name to the waitlist for next fall."),
    dict(cls="job", status="District job", title="Paraprofessional",
         body="Paid position with Underwood Public Schools, 6.5 hours a day. Apply on the district website, not through the Family Council."),
]
VOL = page("en", "Volunteer - Underwood Elementary Family Council", """
<h1>Volunteer at Underwood</h1>
<p>All school volunteers need a one-time background check through the district office (free, takes about a week).</p>
<div class="vol-grid">
""" + "".join(CARD.format(**c) for c in cards) + """</div>
""")

SO = page("so", "Golaha Qoysaska - Soomaali", """
<h1>Waalidiinta Soomaaliyeed ee Underwood, soo dhawaada!</h1>
<p>Golaha Qoysaska waa dhammaan waalidiinta ardayda Underwood. Halkan waxaad ka helaysaa warka iyo sida aad dugsiga u caawin karto.</p>

<h2>Waxaan u baahanahay waalidiin la socda safarka</h2>
<p>Ardayda fasalka 4aad waxay 22 May u socdaalayaan xarunta dabiiciga ah ee Maplewood State Park. Waxaan u baahanahay 6 waalid oo ardayda la socda oo ilaaliya, 8:30 subaxnimo ilaa 2:30 galabnimo. Bas ayaa la raacayaa, lacagna kuma baxayso.</p>

<h2>Turjubaan shirarka waalidka iyo macallinka</h2>
<p>Shirarka waalidka iyo macallinka waxay dhacayaan 13 iyo 14 Noofembar. Waxaan raadinaynaa dad ku hadla Soomaali iyo Ingiriisi oo diyaar u ah inay saddex ilaa afar saacadood turjumaan. Tababar yar ayaa la bixinayaa.</p>

<h2>Qolka dharka: koofiyadaha iyo gacmo-gashiyada</h2>
<p>Qolka dharka dugsiga waxaa ka dhammaaday koofiyadaha qabowga iyo gacmo-gashiyada. Carruur badan ayaa waqtiga nasashada (recess) barafka ku ciyaara iyagoo aan gacmo-gashi lahayn. Fadlan keen koofiyado iyo gacmo-gashiyo cabbirka carruurta ah xafiiska dugsiga.</p>

<h2>Cuntada xafladda Ciidda</h2>
<p>Dadkii cuntada keeni lahaa liiskoodu wuu dhammaystirmay &ndash; mahadsanidin! Cunto dheeraad ah ha keenina.</p>

<h2>Habeenka Dhaqanka</h2>
<p>Khamiis, 12 Maarso, 5:30 fiidnimo, jimicsiga dugsiga. Carruurtu waxay soo bandhigayaan heeso iyo dhaqannada qoysaskooda.</p>

<h2>Sida ilmaha loogu diiwaangeliyo dugsiga</h2>
<p>Keen shahaadada dhalashada ilmaha, kaarka tallaalka iyo caddeyn cinwaan ah xafiiska dugsiga, Isniin ilaa Jimce 8:00&ndash;3:30.</p>
""")

HMN = page("hmn", "Pawg Niam Txiv - Hmoob", """
<h1>Nyob zoo cov niam txiv Hmoob!</h1>
<p>Pawg Niam Txiv yog txhua tus niam txiv ntawm cov menyuam kawm ntawv hauv Underwood. Nov yog cov xov xwm thiab txoj kev uas koj pab tau lub tsev kawm ntawv.</p>

<h2>Xav tau niam txiv nrog mus ncig ua si</h2>
<p>Cov menyuam qib 2 yuav mus saib tsev cia puav pheej hauv Fergus Falls hnub Thursday, Lub 4 Hlis 16. Peb xav tau 5 tus niam txiv nrog mus pab saib cov menyuam, 9 teev sawv ntxov txog 1 teev tav su. Tsis tas them nyiaj.</p>

<h2>Neeg txhais lus rau hnub sib tham niam txiv thiab xib fwb</h2>
<p>Hnub sib tham yog Lub 11 Hlis 13 thiab 14. Peb tab tom nrhiav cov neeg uas hais tau lus Hmoob thiab lus Askiv los pab txhais lus peb mus rau plaub teev.</p>

<h2>Phau ntawv Hmoob rau lub tsev qiv ntawv</h2>
<p>Lub tsev qiv ntawv ntawm peb lub tsev kawm ntawv tsis tshua muaj phau ntawv Hmoob li. Yog koj muaj cov phau ntawv menyuam yaus sau ua lus Hmoob los sis ob hom lus (Hmoob&ndash;Askiv), thov muab pub rau lub tsev qiv ntawv.</p>

<h2>Khoom noj txom ncauj rau hauv chav kawm</h2>
<p>Txaus lawm, ua tsaug ntau! Tsis tas xa tuaj ntxiv lawm txog Lub 1 Hlis.</p>

<h2>Noj Peb Caug ntawm tsev kawm ntawv</h2>
<p>Hnub Friday, Lub 11 Hlis 21, 1 teev tav su. Cov menyuam yuav hnav khaub ncaws Hmoob thiab seev cev.</p>

<h2>Yuav sau npe menyuam kawm ntawv li cas</h2>
<p>Nqa daim ntawv yug menyuam, daim ntawv txhaj tshuaj thiab ib daim ntawv uas muaj koj qhov chaw nyob tuaj rau lub chaw ua haujlwm.</p>
""")

TEACH = page("en", "Teacher supply requests", """
<h1>Teacher supply requests (staff only)</h1>
<ul>
 <li>Mrs. Olson: 30 pairs of scissors for room 104.</li>
 <li>Mr. Thao: a document camera.</li>
 <li>Ms. Ahmed: wobble stools for the reading corner.</li>
</ul>
""")

PAGES = {
    "index.html": INDEX,
    "volunteer.html": VOL,
    "so/index.html": SO,
    "hmn/index.html": HMN,
    "teachers/supply-requests.html": TEACH,
}

ROBOTS = """User-agent: *
Disallow: /teachers/
"""

PDFS = {
    "science-fair-2026.pdf": ("Underwood Science Fair 2026", [
        ("title", "UNDERWOOD ELEMENTARY SCIENCE FAIR NIGHT"),
        ("p", "Thursday, March 5, 2026 - 5:30 to 7:30 pm - School gym. Families welcome!"),
        ("h", "Judges wanted"),
        ("p", "We need 12 adult judges with a background in science, engineering, farming or health care. "
              "Judges spend about two hours talking with students about their projects and fill out a simple "
              "score sheet. Judges may not judge their own child's grade. Email the Family Council to sign up."),
        ("h", "Students: project forms due February 6"),
        ("p", "Turn in the one-page project form to your teacher. Grades 3-5 may work in pairs."),
    ]),
}

NEEDS = [
    need("volunteer.html", ["lunchroom helpers"], "volunteer", "en", [], "role_cards"),
    need("volunteer.html", ["reading buddies"], "volunteer", "en", [], "role_cards"),
    need("volunteer.html", ["field day station"], "volunteer", "en", [], "role_cards",
         "volunteers for an event"),
    need("volunteer.html", ["costume sewing", "hem costumes"], "skilled", "en", [], "role_cards"),
    need("so/index.html", ["safarka"], "volunteer", "so", [], "heading_paragraph", "field-trip chaperones"),
    need("so/index.html", ["turjubaan"], "skilled", "so", ["so", "en"], "heading_paragraph"),
    need("so/index.html", ["gacmo-gashi", "koofiyad"], "donation", "so", [], "short_on",
         "clothing closet ran out of winter hats and gloves"),
    need("hmn/index.html", ["nrog mus ncig"], "volunteer", "hmn", [], "heading_paragraph", "chaperones"),
    need("hmn/index.html", ["neeg txhais lus"], "skilled", "hmn", ["hmn", "en"], "heading_paragraph"),
    need("hmn/index.html", ["phau ntawv hmoob"], "donation", "hmn", [], "heading_paragraph",
         "Hmong children's books for the school library"),
    need("science-fair-2026.pdf", ["judges"], "skilled", "en", [], "pdf"),
]

TRAPS = [
    trap("index.html", "event", ["family council meetings"]),
    trap("index.html", "general_appeal", ["spirit wear"]),
    trap("index.html", "recap", ["fun run"]),
    trap("index.html", "hours", ["school day"]),
    trap("volunteer.html", "filled", ["book fair cashiers"], "all shifts covered"),
    trap("volunteer.html", "filled", ["art docent"], "waitlist only, enough docents"),
    trap("volunteer.html", "job", ["paraprofessional"], "paid district job"),
    trap("so/index.html", "filled", ["cuntada xafladda ciidda"], "sign-up list complete, don't bring more"),
    trap("so/index.html", "event", ["habeenka dhaqanka"]),
    trap("so/index.html", "how_to_apply", ["loogu diiwaangeliyo"]),
    trap("hmn/index.html", "filled", ["khoom noj txom ncauj"], "'txaus lawm'"),
    trap("hmn/index.html", "event", ["noj peb caug ntawm tsev kawm ntawv"]),
    trap("hmn/index.html", "how_to_apply", ["sau npe menyuam"]),
    trap("science-fair-2026.pdf", "event", ["science fair night"]),
    trap("science-fair-2026.pdf", "how_to_apply", ["project forms due"]),
    trap("teachers/supply-requests.html", "robots", ["scissors"]),
    trap("teachers/supply-requests.html", "robots", ["document camera"]),
    trap("teachers/supply-requests.html", "robots", ["wobble stools"]),
]
