"""Xarunta Qoyska Nasiib (Nasiib Family Center), Kandiyohi MN: Somali-first hand-coded site, Somali
shift table, Somali donation page with story and struck items, English page, Somali PDF form, robots /maamul/."""
from common import need, trap

SLUG = "kandiyohi-nasiib-family-center"

NAV = """<header class="top">
  <div class="wrap">
    <a class="logo" href="/index.html"><img src="/sawir/nasiib-logo.svg" alt="Nasiib"> Xarunta Qoyska Nasiib</a>
    <nav>
      <a href="/index.html">Bogga hore</a>
      <a href="/tabarruc.html">Iskaa wax u qabso</a>
      <a href="/deeqaha.html">Deeqaha</a>
      <a href="/en/index.html" lang="en">English</a>
    </nav>
  </div>
</header>
"""

FOOT = """
<footer class="bottom"><div class="wrap">
  <p>Xarunta Qoyska Nasiib &middot; 205 Pacific Ave, Kandiyohi, MN 56251 &middot; 320-555-0182</p>
  <p><a href="/maamul/shirarka.html">Maamulka</a> &middot; <a href="/foomam/codsiga-tabarruca.pdf">Foomka (PDF)</a></p>
</div></footer>
</body>
</html>
"""


def page(title, body, lang="so"):
    return ("""<!DOCTYPE html>
<html lang="%s">
<head>
<meta charset="utf-8">
<title>%s</title>
<meta name="viewport" content="width=device-width">
<link rel="stylesheet" href="/css/nasiib.css">
<style>.wrap{max-width:980px;margin:auto}.status-open{color:#0a7d20}.status-full{color:#888}</style>
</head>
<body>
""" % (lang, title)) + NAV + '<main class="wrap">\n' + body + "\n</main>" + FOOT


INDEX = page("Xarunta Qoyska Nasiib | Kandiyohi", """
<section class="hero">
  <h1>Ku soo dhowaada Xarunta Qoyska Nasiib</h1>
  <p>Xaruntu waxay u adeegtaa qoysaska Soomaaliyeed ee ku nool Kandiyohi, Willmar iyo agagaarka tan iyo 2012.</p>
  <p><a class="btn" href="https://donorbox.example.org/nasiib">Ku deeq hadda</a></p>
</section>
<section class="cols">
  <div>
    <h2>Adeegyadeena</h2>
    <p>Waxaan bixinnaa caawimaad foomamka (forms) dawladda, turjumaad bilaash ah, iyo fasal lagu diyaarinayo imtixaanka dhalashada.</p>
  </div>
  <div>
    <h2>Saacadaha furitaanka</h2>
    <p>Isniin ilaa Khamiis: 10:00 subaxnimo &ndash; 5:00 galabnimo.<br>Jimcaha xaruntu waa xiran tahay.</p>
  </div>
  <div>
    <h2>Ma doonaysaa inaad na caawiso?</h2>
    <p>Eeg <a href="/tabarruc.html">bogga iskaa-wax-u-qabsada</a> si aad u aragto waxa hadda furan.</p>
  </div>
</section>
<section>
  <h2>Shirka waalidiinta</h2>
  <p>Shirka waalidiinta ee bisha Maarso wuxuu dhici doonaa Sabtida 15-ka, 2:00 galabnimo. Dhammaan waalidiinta waa lagu casumay; shaah iyo buskud ayaa la heli doonaa.</p>
  <p><a href="/warar/sanad-dugsiyeedka-2023.html">Warbixinta sannad-dugsiyeedka 2023</a></p>
</section>
""")

TABARRUC = page("Iskaa wax u qabso | Xarunta Qoyska Nasiib", """
<h1>Iskaa wax u qabso &mdash; jadwalka bishan</h1>
<p>Mutadawiciinteenna ayaa ah laf-dhabarta xarunta. Halkan waxaa ku qoran shaqooyinka iyo inta qof ee weli loo baahan yahay.</p>
<table class="jadwal">
  <thead><tr><th>Shaqada</th><th>Maalinta &amp; waqtiga</th><th>Dadka loo baahan yahay</th><th>Xaaladda</th></tr></thead>
  <tbody>
    <tr><td>Darawal u qaada waayeelka ballamaha dhakhtarka</td><td>Talaado, 9:00&ndash;12:00</td><td>2</td><td class="status-open">Weli furan &mdash; 2 qof</td></tr>
    <tr><td>Diyaarinta cuntada iftaarka</td><td>Ramadaan, maalin kasta</td><td>6</td><td class="status-full">&#10003; Dhammaystiran &mdash; waan helnay dad ku filan</td></tr>
    <tr><td>Macallin Af-Ingiriis oo dumarka wax bara</td><td>Arbaco, 6:00&ndash;7:30 fiidnimo</td><td>1</td><td class="status-open">Furan (haweeney ayaa la door bidaa)</td></tr>
    <tr><td>Nadiifinta xarunta kadib xafladaha</td><td>Axad</td><td>4</td><td class="status-full">Buuxa</td></tr>
    <tr><td>Turjubaan Soomaali&ndash;Ingiriis (rugta caafimaadka)</td><td>Khamiis, 1:00&ndash;4:00</td><td>2</td><td class="status-open">1 boos ayaa bannaan</td></tr>
  </tbody>
</table>
<h3>Shaqo mushahar leh</h3>
<p>Kaaliye xafiis: part-time, 20 saacadood toddobaadkii, $17 saacaddii. Codsiga iyo CV-ga u dir maamulaha xarunta.</p>
<h3>Sida loo diiwaangeliyo</h3>
<p>Buuxi <a href="/foomam/codsiga-tabarruca.pdf">foomka codsiga</a> ama wac 320-555-0182 oo weydii Cabdi.</p>
""")

DEEQAHA = page("Deeqaha | Xarunta Qoyska Nasiib", """
<h1>Deeqaha alaabta</h1>
<h2>Waxyaabaha aan u baahanahay bishan</h2>
<ul>
  <li>Bariis (kiishka 20 rodol)</li>
  <li>Baasto</li>
  <li>Saliid cunto karis</li>
  <li>Caanaha ilmaha (formula)</li>
  <li>Xafaayadaha carruurta (diapers), cabbirka 4&ndash;6</li>
</ul>
<p>Jaakadaha jiilaalka: mahadsanidiin! Hadda looma baahna &mdash; bakhaarkeennu wuu buuxsamay.</p>

<h2>Qoys u baahan gacan</h2>
<p>Hooyo Faadumo iyo shanteeda carruur ah waxay bishii hore u soo guureen aqal cusub oo ku yaal Willmar. Gurigu waa madhan yahay: ma haystaan sariiro, furaash, miis iyo maacuun jikada. Haddii aad haysato alaabta guriga oo wanaagsan, fadlan nala soo xiriir, annaga ayaa gaarsiin doona.</p>

<h3>Dhammaan waa la helay:</h3>
<ul class="done">
  <li><s>Kabo carruur</s></li>
  <li><s>Boorsooyinka iskuulka</s></li>
</ul>
<p class="note">Sannadkii hore waxaan qaybinnay 300 oo baakad cunto Ramadaanka. Waad ku mahadsan tihiin!</p>
""")

EN = page("Nasiib Family Center | English", """
<h1>Nasiib Family Center &mdash; in English</h1>
<p>We are a Somali-led family center serving Kandiyohi County. Most of our site is in Somali; here is the short version.</p>
<h2>Citizenship class</h2>
<p>Free citizenship class every Saturday at 10 a.m. for permanent residents preparing for the interview.</p>
<h2>Our computer corner needs a tune-up</h2>
<p>The six donated laptops in our homework room have slowed to a crawl and two won&rsquo;t boot at all. We&rsquo;re looking for someone who can wipe and reinstall them and set up a simple parental filter. It is probably an afternoon or two of work.</p>
<h2>Graphing calculators</h2>
<p>Our high school homework group is short on graphing calculators (TI-84 or similar). Used ones with a scratched screen are fine.</p>
<h2>Community iftar</h2>
<p>Join us on March 15 at sunset. All neighbors are welcome; no need to bring anything.</p>
<p>Need a hall? We can lend our community room for weddings and aqiiqa gatherings at low cost.</p>
""", lang="en")

MAAMUL = page("Maamulka | Xarunta Qoyska Nasiib", """
<h1>Qoraalka shirka guddiga (gudaha)</h1>
<ul>
  <li>Waxaan u baahannahay xisaabiye iskaa wax u qabso ah oo hubiya buugaagta xisaabta.</li>
  <li>In la raadiyo baabuur 12 rakaab qaada oo deeq ah.</li>
  <li>Mutadawiciin rinjiyeeya fasalka yar ka hor Ramadaanka.</li>
</ul>
""")

PAGES = {
    "index.html": INDEX,
    "tabarruc.html": TABARRUC,
    "deeqaha.html": DEEQAHA,
    "en/index.html": EN,
    "maamul/shirarka.html": MAAMUL,
}

ROBOTS = """# robots.txt - Nasiib
User-agent: *
Crawl-delay: 5
Disallow: /maamul/
Disallow: /cgi-bin/
"""

PDFS = {
    "foomam/codsiga-tabarruca.pdf": ("Foomka codsiga iskaa-wax-u-qabsada", [
        ("title", "FOOMKA CODSIGA ISKAA-WAX-U-QABSADA"),
        ("p", "Xarunta Qoyska Nasiib - Kandiyohi, Minnesota"),
        ("gap", ""),
        ("h", "Kooxda kubadda cagta ee gabdhaha"),
        ("p", "Xagaagan waxaan furaynaa koox kubadda cagta (soccer) ah oo loogu talagalay gabdhaha 9-14 jir ah. "
              "Waxaan u baahanahay tababarayaal haween ah oo diyaar u ah Sabtida subaxdii, June ilaa August. "
              "Khibrad looma baahna; tababar ayaan idin siin doonnaa."),
        ("gap", ""),
        ("h", "Macluumaadkaaga"),
        ("p", "Magaca: ____________________   Telefoonka: ________________"),
        ("p", "Luqadaha aad ku hadasho: ____________________"),
        ("p", "Maalmaha aad diyaar u tahay: ____________________"),
        ("gap", ""),
        ("h", "Sida foomka loo soo celiyo"),
        ("p", "Foomka ku soo celi xafiiska, ama sawir ka qaad oo ugu dir WhatsApp 320-555-0182."),
    ]),
}

NEEDS = [
    need("tabarruc.html", ["darawal"], "volunteer", "so", layout="shift_table", note="'Weli furan - 2 qof'"),
    need("tabarruc.html", ["macallin af-ingiriis"], "skilled", "so", ["en"], layout="shift_table"),
    need("tabarruc.html", ["turjubaan"], "skilled", "so", ["so", "en"], layout="shift_table", note="'1 boos ayaa bannaan'"),
    need("deeqaha.html", ["waxyaabaha aan u baahanahay", "bariis", "saliid"], "donation", "so", layout="wish_list"),
    need("deeqaha.html", ["alaabta guriga", "sariiro", "hooyo faadumo"], "donation", "so", layout="story"),
    need("en/index.html", ["laptops", "reinstall"], "skilled", "en", layout="heading_paragraph",
         note="heading does not say 'volunteer'"),
    need("en/index.html", ["graphing calculators"], "donation", "en", layout="short_on"),
    need("foomam/codsiga-tabarruca.pdf", ["tababarayaal", "kubadda cagta"], "volunteer", "so", layout="pdf"),
]

TRAPS = [
    trap("index.html", "general_appeal", ["ku deeq hadda"]),
    trap("index.html", "service", ["caawimaad foomamka"]),
    trap("index.html", "hours", ["saacadaha furitaanka"]),
    trap("index.html", "general_appeal", ["ma doonaysaa inaad na caawiso"], "pointer"),
    trap("index.html", "event", ["shirka waalidiinta"]),
    trap("tabarruc.html", "filled", ["diyaarinta cuntada"], "Dhammaystiran"),
    trap("tabarruc.html", "filled", ["nadiifinta xarunta"], "Buuxa"),
    trap("tabarruc.html", "job", ["kaaliye xafiis"]),
    trap("tabarruc.html", "how_to_apply", ["sida loo diiwaangeliyo"]),
    trap("deeqaha.html", "filled", ["jaakadaha jiilaalka"], "hadda looma baahna"),
    trap("deeqaha.html", "filled", ["kabo carruur", "boorsooyinka iskuulka"], "<s>"),
    trap("deeqaha.html", "recap", ["sannadkii hore"]),
    trap("en/index.html", "service", ["citizenship class"]),
    trap("en/index.html", "event", ["community iftar"]),
    trap("en/index.html", "offer", ["lend our community room"]),
    trap("foomam/codsiga-tabarruca.pdf", "how_to_apply", ["ku soo celi"]),
    trap("maamul/shirarka.html", "robots", ["xisaabiye"]),
    trap("maamul/shirarka.html", "robots", ["baabuur"]),
    trap("maamul/shirarka.html", "robots", ["rinjiyeeya fasalka"]),
]
