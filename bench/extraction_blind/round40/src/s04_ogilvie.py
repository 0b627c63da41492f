"""Nabad Family Center, Ogilvie: Somali-first hand-coded site, status-in-parentheses list, story, English page, Somali PDF form."""
from common import need, trap

SLUG = "ogilvie-nabad-family-center"

ROBOTS = """User-agent: *
Disallow: /maamul/
Crawl-delay: 5
"""


def shell(lang, title, body, p=""):
    return """<!doctype html>
<html lang="%(lang)s">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>%(title)s | Nabad Family Center</title>
<style>
body{font-family:Arial,sans-serif;margin:0}
.top{display:flex;justify-content:space-between;background:#0b6e4f;color:#fff;padding:10px 20px}
.top a{color:#fff;margin-left:14px}
.wrap{max-width:860px;margin:auto;padding:16px}
.status{font-size:.85em;color:#555}
</style>
</head>
<body>
<div class="top">
 <div class="brand">Xarunta Qoysaska Nabad</div>
 <div class="links">
  <a href="%(p)sindex.html">Bogga hore</a>
  <a href="%(p)smutadawiciin.html">Mutadawiciin</a>
  <a href="%(p)ssheeko.html">Sheekooyin</a>
  <a href="%(p)sen/index.html">English</a>
 </div>
</div>
<div class="wrap">
%(body)s
</div>
<div class="wrap foot">
 <hr>
 <p>Nabad Family Center &middot; 145 Main Street W, Ogilvie, MN 56358 &middot; 320-555-0142 &middot;
 <a href="mailto:xafiiska@nabadcenter-ogilvie.org">xafiiska@nabadcenter-ogilvie.org</a></p>
 <p><a href="%(p)sfoomka-mutadawaca.pdf">Foomka mutadawaca (PDF)</a> | <a href="%(p)smaamul/index.html">Maamulka</a></p>
</div>
</body>
</html>
""" % {"lang": lang, "title": title, "body": body, "p": p}


INDEX = shell("so", "Bogga hore", """
<h1>Ku soo dhawaada Xarunta Qoysaska Nabad</h1>
<p>Waxaan u adeegnaa qoysaska Soomaaliyeed ee ku nool Ogilvie, Mora iyo Milaca tan iyo 2016.</p>

<h2>Saacadaha furan</h2>
<p>Isniin ilaa Khamiis, 10:00 subaxnimo ilaa 6:00 galabnimo. Jimcaha waa xiran yahay.</p>

<h2>Barnaamijka cuntada</h2>
<p>Qoys kasta oo diiwaangashan wuxuu helaa sanduuq cunto ah bil kasta. Waxaa ku jira bariis, baasto, saliid iyo khudaar.</p>

<h2>Dabaaldegga Ciidda Al-Adxa</h2>
<p>Sabti, 7da Juun, 11:00 subaxnimo, beerta Ogilvie. Cunto, ciyaaro carruur iyo hadiyado. Dhammaan waa la soo dhaweynayaa.
<a href="muuqaalo/shirka-2024.html">Sawirrada sannadkii hore</a></p>

<h2>Ku deeq sadaqo</h2>
<p>Sadaqadaada waxay naga caawisaa inaan xafiiska furnaano. <a href="https://deeq.example-pay.org/nabad">Hadda ku deeq</a></p>
""")

MUTADAWICIIN = shell("so", "Mutadawiciin", """
<h1>Mutadawiciinta aan hadda u baahanahay</h1>
<p>Haddii aad rabto inaad na caawiso, soo wac Hodan 320-555-0142 ama buuxi foomka.</p>
<ul class="needs">
 <li><b>Turjubaan (Soomaali &ndash; Ingiriis)</b> &mdash; ballamaha dhakhtarka ee Mora iyo Cambridge. Waa inaad si fiican
 ugu hadashaa labada luqadood. <span class="status">(Waa furan)</span></li>
 <li><b>Macallin Ingiriisi</b> oo hooyooyinka wax bara, Talaadada 6&ndash;8 fiidnimo. Looma baahna inaad Af-Soomaali
 taqaanid. <span class="status">(Waa furan)</span></li>
 <li><b>Darawal gaari leh</b> &mdash; Sabtida, waayeelka u qaad suuqa iyo farmashiyaha. Shidaalka waan kuu celinaynaa.
 <span class="status">(Waa furan)</span></li>
 <li><b>Caawiyaha xannaanada carruurta</b> <span class="status">(Waa la helay &mdash; mahadsanid!)</span></li>
 <li><b>Kaaliye xafiis</b> &mdash; shaqo mushahar leh, $18 saacaddii, 20 saacadood toddobaadkii.</li>
</ul>

<h2>Waxyaabaha aan u baahanahay</h2>
<ul>
 <li>Bariis (kiish 25 rodol ah)</li>
 <li>Saliid cunto karinta</li>
 <li>Caano boodhe</li>
 <li>Xafaayado carruurta (cabbirka 4&ndash;6)</li>
</ul>
<p>Fadlan keen xafiiska inta uu furan yahay.</p>

<h2>Dharka xagaaga</h2>
<p>Hadda uma baahnin dharka xagaaga &mdash; mahadsanid dhammaan dadkii keenay!</p>
""")

SHEEKO = shell("so", "Sheekooyin", """
<h1>Sheekooyin</h1>
<article>
<h2>Hooyo Faadumo iyo shanteeda carruur ah</h2>
<p>Hooyo Faadumo iyo shanteeda carruur ah waxay yimaadeen Ogilvie bishii Maarso. Gurigooda cusub waa nadiif, laakiin
ma laha sariiro, carruurtuna dhulka ayay seexdaan. Waxay u baahan yihiin sariiro, furaashyo iyo busteyaal. Haddii aad
haysato sariiro xaaladdoodu wanaagsan tahay, fadlan la xiriir xafiiska. Mutadawiciintayada ayaa soo qaadaya.</p>
</article>
<article>
<h2>Iftaarkii bulshada ee Ramadaan 2025</h2>
<p>250 qof ayaa ka soo qayb galay iftaarkii bulshada. Waad ku mahadsan tihiin cuntada iyo caawimaadda.</p>
</article>
<article class="teaser">
<h2><a href="sheeko.html#taariikh">Akhri wax dheeraad ah: Sidee ayaan u bilownay?</a></h2>
</article>
""")

EN_INDEX = shell("en", "English", """
<h1>Nabad Family Center</h1>
<p>Nabad means peace. We are a small, volunteer-run center for Somali families in Kanabec and Isanti counties.</p>

<h2>Seeking a volunteer accountant</h2>
<p>Our books are kept by volunteers. We are seeking a volunteer accountant or CPA who can review our year-end numbers
and help us file the Minnesota charitable organization annual report. About ten hours, once a year.</p>

<h2>Winter coat drive</h2>
<p>We reached our goal of 120 coats &mdash; thank you! Please don&rsquo;t bring more coats until October.</p>

<h2>How families enroll in the food program</h2>
<p>Bring a photo ID for each adult and a piece of mail with your current address. Enrollment is on Mondays.</p>

<h2>For community groups</h2>
<p>Other community groups may use our hall free of charge on weekday evenings. Call to book.</p>

<h2>Open house</h2>
<p>Saturday, September 20, 1&ndash;4 p.m. Tea, sambuusa and a tour of the new classroom.</p>
""", p="../")

MAAMUL = shell("so", "Maamulka", """
<h1>Maamulka (xubnaha guddiga oo keliya)</h1>
<ul>
 <li>Xisaabiye cusub oo guddiga ah</li>
 <li>Kursiyo dheeraad ah oo loogu talagalay shirka</li>
 <li>Qof nadiifiya xafiiska Axadda</li>
</ul>
""", p="../")

PAGES = {
    "index.html": INDEX,
    "mutadawiciin.html": MUTADAWICIIN,
    "sheeko.html": SHEEKO,
    "en/index.html": EN_INDEX,
    "maamul/index.html": MAAMUL,
}

PDFS = {
    "foomka-mutadawaca.pdf": ("Foomka Is-diiwaangelinta Mutadawaca - Nabad", [
        ("title", "Xarunta Qoysaska Nabad - Foomka Mutadawaca"),
        ("p", "145 Main Street W, Ogilvie, MN 56358 - 320-555-0142"),
        ("gap", ""),
        ("p", "Magaca: ______________________   Telefoonka: ________________"),
        ("p", "Luqadaha aad ku hadasho: ______________________"),
        ("gap", ""),
        ("h", "Barnaamijka kubadda cagta ee carruurta - xagaaga 2025"),
        ("p", "Waxaan u baahanahay 6 tababare caawiye ah oo nala shaqeeya Arbacada iyo Jimcaha, 5:00 ilaa 7:00 "
              "galabnimo, garoonka dugsiga Ogilvie. Looma baahna khibrad; waan ku tababaraynaa."),
        ("gap", ""),
        ("h", "Shirka sannadlaha ah ee xubnaha"),
        ("p", "Shirka sannadlaha ah ee xubnaha wuxuu dhici doonaa Axad, 12 Oktoobar, 2:00 galabnimo."),
        ("gap", ""),
        ("h", "Sida foomka loo soo celiyo"),
        ("p", "Foomka ku soo celi xafiiska inta uu furan yahay, ama sawir ka qaad oo iimayl ugu dir "
              "xafiiska@nabadcenter-ogilvie.org."),
    ]),
}

NEEDS = [
    need("mutadawiciin.html", ["turjubaan"], "skilled", "so", ["so", "en"], layout="status_list",
         note="bold term + '(Waa furan)'"),
    need("mutadawiciin.html", ["macallin ingiriisi"], "skilled", "so", ["en"], layout="status_list",
         note="English teacher for mothers; Somali not required"),
    need("mutadawiciin.html", ["darawal"], "volunteer", "so", layout="status_list",
         note="driver with own car; fuel reimbursed"),
    need("mutadawiciin.html", ["waxyaabaha aan u baahanahay", "xafaayado"], "donation", "so", layout="wish_list"),
    need("sheeko.html", ["sariiro"], "donation", "so", layout="story", note="beds, mattresses, blankets"),
    need("en/index.html", ["accountant"], "skilled", "en", layout="seeking"),
    need("foomka-mutadawaca.pdf", ["kubadda cagta", "tababare"], "volunteer", "so", layout="pdf",
         note="assistant coaches for the kids' soccer program"),
]

TRAPS = [
    trap("index.html", "hours", ["saacadaha furan"]),
    trap("index.html", "service", ["barnaamijka cuntada"]),
    trap("index.html", "event", ["dabaaldegga ciidda"]),
    trap("index.html", "general_appeal", ["sadaqo"]),
    trap("mutadawiciin.html", "filled", ["xannaanada carruurta"], note="'Waa la helay'"),
    trap("mutadawiciin.html", "job", ["kaaliye xafiis"]),
    trap("mutadawiciin.html", "filled", ["dharka xagaaga"], note="'Hadda uma baahnin'"),
    trap("sheeko.html", "recap", ["iftaarkii bulshada"]),
    trap("sheeko.html", "blog", ["sidee ayaan u bilownay"]),
    trap("en/index.html", "filled", ["winter coat drive"], note="goal reached"),
    trap("en/index.html", "how_to_apply", ["how families enroll"]),
    trap("en/index.html", "offer", ["use our hall"]),
    trap("en/index.html", "event", ["open house"]),
    trap("foomka-mutadawaca.pdf", "event", ["shirka sannadlaha"]),
    trap("foomka-mutadawaca.pdf", "how_to_apply", ["ku soo celi"]),
    trap("maamul/index.html", "robots", ["xisaabiye"]),
    trap("maamul/index.html", "robots", ["kursiyo"]),
    trap("maamul/index.html", "robots", ["nadiifiya xafiiska"]),
]
