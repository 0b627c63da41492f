"""Site 2: Xarunta Hooyooyinka iyo Carruurta Stacy (mothers and children center). Somali-first,
hand-written Bootstrap 4; one English page; Somali PDF volunteer form."""
from common import N, T

SLUG = "stacy-hooyo-iyo-carruur-center"

_HEAD = """<!doctype html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<link rel="stylesheet" href="/css/bootstrap.min.css">
<link rel="stylesheet" href="/css/hooyo.css">
<title>{title} | Hooyo Center Stacy</title>
</head>
<body>
<nav class="navbar navbar-expand-lg navbar-light bg-light">
  <a class="navbar-brand" href="/">Hooyo Center</a>
  <button class="navbar-toggler" type="button" data-toggle="collapse" data-target="#nav"><span class="navbar-toggler-icon"></span></button>
  <div class="collapse navbar-collapse" id="nav">
    <ul class="navbar-nav mr-auto">
      <li class="nav-item"><a class="nav-link" href="/">Bogga hore</a></li>
      <li class="nav-item"><a class="nav-link" href="/mutadawac.html">Mutadawac</a></li>
      <li class="nav-item"><a class="nav-link" href="/deeq.html">Deeq</a></li>
      <li class="nav-item"><a class="nav-link" href="/en/">English</a></li>
    </ul>
  </div>
</nav>
<div class="container my-4">
"""

_FOOT = """</div>
<footer class="bg-dark text-light py-3">
  <div class="container small">
    Xarunta Hooyooyinka iyo Carruurta Stacy &middot; 30911 Fenway Ave, Stacy, MN 55079 &middot; (651) 555-0142 &middot;
    <a class="text-light" href="mailto:xafiiska@hooyostacy.org">xafiiska@hooyostacy.org</a> &middot;
    <a class="text-light" href="/guddiga/">Guddiga (xubnaha kaliya)</a>
  </div>
</footer>
<script src="/js/jquery-3.5.1.slim.min.js"></script>
<script src="/js/bootstrap.bundle.min.js"></script>
</body>
</html>
"""


def _page(title, body, lang="so"):
    return _HEAD.format(title=title, lang=lang) + body + _FOOT


INDEX = _page("Bogga hore", """
<div class="jumbotron">
  <h1 class="display-5">Ku soo dhawoow Xarunta Hooyooyinka iyo Carruurta Stacy</h1>
  <p class="lead">Waxaan taageernaa hooyooyinka cusub iyo carruurtooda tan iyo 2016.</p>
</div>
<div class="row">
  <div class="col-md-4">
    <h3>Saacadaha furitaanka</h3>
    <p>Isniin &ndash; Khamiis: 10:00 subaxnimo &ndash; 4:00 galabnimo<br>Sabti: 10:00 &ndash; 1:00<br>Jimce iyo Axad: waa xiran tahay</p>
  </div>
  <div class="col-md-4">
    <h3>Adeegyada aan bixinno</h3>
    <ul>
      <li>Fasallada Ingiriisiga ee hooyooyinka</li>
      <li>Ilaalinta carruurta inta fasalku socdo</li>
      <li>Caawinta foomamka WIC iyo caymiska caafimaadka</li>
    </ul>
  </div>
  <div class="col-md-4">
    <h3>Sidee loo diiwaangeliyaa?</h3>
    <p>Kaalay xafiiska maalin kasta oo shaqo, adigoo wata aqoonsi iyo warqadda dhalashada ilmaha. Ma jiro lacag la bixiyo.</p>
  </div>
</div>
<hr>
<h2>Warar</h2>
<div class="media mb-3">
  <div class="media-body">
    <h5 class="mt-0">Mahadsanid!</h5>
    <p>Xafladdii Ciidda ee sannadkan waxaa ka soo qeyb galay in ka badan 150 qof. <a href="/sawirada/xaflad-2024.html">Sawirada halkan ka eeg</a>.</p>
  </div>
</div>
<div class="media mb-3">
  <div class="media-body">
    <h5 class="mt-0">Kulanka Hooyooyinka &mdash; Sabtida, 14-ka Juun, 11:00</h5>
    <p>Dhammaan hooyooyinka waa lagu soo dhaweynayaa. Cunto iyo shaah ayaa la heli doonaa.</p>
  </div>
</div>
<div class="alert alert-info">
  <strong>Taageer xarunta:</strong> deeq lacageed oo yar waxay wax weyn ka beddeshaa nolosha hooyo iyo ilmo.
  <a href="/deeq.html">Sida loo deeqo</a> &middot; <a href="/mutadawac.html">Noqo mutadawac</a>
</div>
""")

MUTADAWAC = _page("Mutadawac", """
<h1>Mutadawiciinta aan u baahanahay</h1>
<p>Sida loo noqdo mutadawac: buuxi <a href="/foomka-mutadawaca.pdf">foomka mutadawaca (PDF)</a> oo keen xafiiska, ama na soo wac.</p>
<div class="card-deck">
  <div class="card">
    <div class="card-body">
      <h5 class="card-title">Darawallo mutadawiciin ah</h5>
      <span class="badge badge-success">Furan</span>
      <p class="card-text">Hooyooyinka u kaxee ballamaha dhakhtarka ee Cambridge iyo Forest Lake. Waa inaad haysataa baabuur, liisan iyo caymis. Lacagta shidaalka waan kuu celinaynaa.</p>
    </div>
  </div>
  <div class="card">
    <div class="card-body">
      <h5 class="card-title">Macallimad Ingiriisi</h5>
      <span class="badge badge-success">Furan</span>
      <p class="card-text">Hooyooyinka bar Ingiriisiga bilowga ah, Talaadada iyo Khamiista 10:00&ndash;12:00. Waayo-aragnimo xagga waxbarashada ayaa la door bidaa.</p>
    </div>
  </div>
  <div class="card text-muted">
    <div class="card-body">
      <h5 class="card-title">Xannaanada carruurta inta fasalku socdo</h5>
      <span class="badge badge-secondary">Waa la helay</span>
      <p class="card-text">Boosaska oo dhan waa la qabsaday. Mahadsanid!</p>
    </div>
  </div>
</div>
<div class="card-deck mt-3">
  <div class="card">
    <div class="card-body">
      <h5 class="card-title">Turjumaan Soomaali&ndash;Ingiriis</h5>
      <span class="badge badge-success">Furan</span>
      <p class="card-text">La soco hooyooyinka ballamaha iskuulka iyo isbitaalka oo u turjun. Waa inaad si fiican ugu hadashaa labada luqadood.</p>
    </div>
  </div>
  <div class="card">
    <div class="card-body">
      <h5 class="card-title">Caawiye xafiiska</h5>
      <span class="badge badge-warning">Hal boos ayaa haray</span>
      <p class="card-text">Ka jawaab taleefannada oo habee faylasha, Arbacada 10:00&ndash;2:00.</p>
    </div>
  </div>
  <div class="card">
    <div class="card-body">
      <h5 class="card-title">Maamulaha barnaamijka</h5>
      <span class="badge badge-info">Shaqo mushahar leh</span>
      <p class="card-text">Waqti buuxa, mushahar iyo caymis caafimaad. Codsiga u dir shaqo@hooyostacy.org.</p>
    </div>
  </div>
</div>
""")

DEEQ = _page("Deeq", """
<h1>Deeq</h1>
<div class="row">
  <div class="col-md-6">
    <h3>Liiska waxyaabaha aan u baahanahay</h3>
    <ul>
      <li>Xafaayadaha carruurta (cabbirka 3&ndash;6)</li>
      <li>Masaxa carruurta (wipes)</li>
      <li>Caanaha carruurta (formula)</li>
      <li>Saabuun iyo shaambo</li>
      <li>Shukumaanno</li>
    </ul>
    <p class="alert alert-danger">Hadda waxaa naga dhammaaday jaakadaha qabowga ee carruurta (da'da 2&ndash;10). Fadlan keen haddii aad awoodo.</p>
    <p class="text-muted">Kuraasta carruurta ee baabuurka (car seats) &mdash; hadda looma baahna, waxaan helnay 20. Mahadsanid!</p>
  </div>
  <div class="col-md-6">
    <h3>Sheekada qoyska Xaliimo</h3>
    <p>Xaliimo iyo afarteeda carruur ah waxay bishan u soo guureen guri cusub oo aan lahayn wax alaab ah. Carruurtu dhulka ayay seexdaan. Waxay u baahan yihiin laba sariirood oo carruur ah, miis cunto iyo afar kursi. Haddii aad haysato, fadlan nala soo xiriir.</p>
    <h3>Ma aqbalno</h3>
    <ul>
      <li>Dhar wasakh ah ama jeexjeexan</li>
      <li>Raashin furan</li>
      <li>Kuraas baabuur oo waqtigoodu dhacay</li>
    </ul>
  </div>
</div>
<p>Sannadkii hore waxaan qaybinay 600 xirmo oo xafaayado ah. Waad ku mahadsan tihiin!</p>
<div class="card bg-light"><div class="card-body">
  <h4>Lacag ku deeq</h4>
  <p>Deeqdaada lacageed waxay naga caawisaa kirada xarunta iyo biilasha. Jeeg ku qor &ldquo;Hooyo Center&rdquo;.</p>
</div></div>
""")

EN = _page("English", """
<h1>Hooyo Center &mdash; in English</h1>
<p>The Stacy Mothers and Children Center helps Somali and other East African mothers with young children settle in, learn English and find their way around schools and clinics.</p>

<h2>Our services</h2>
<p>English classes for mothers, childcare while class is on, and help with WIC and MNsure forms. All free.</p>

<h2>How to enroll</h2>
<p>Mothers can enroll any weekday. Bring an ID and your child's birth certificate.</p>

<h2>Volunteer nurse for our health talks</h2>
<p>Once a month, mothers meet to talk about child health: fevers, teething, vaccines. We're seeking a volunteer nurse or midwife (RN, CNM or similar) to lead a one-hour talk in English; our interpreter translates into Somali. Third Thursday, 11 am.</p>

<h2>Saturday story time</h2>
<p>We are short on volunteers who can read with children (ages 4&ndash;8) on Saturday mornings while their mothers are in class. Picture books are provided; just bring patience and a friendly voice.</p>

<h2>Job opening: Family Advocate</h2>
<p>Full-time, paid position with benefits. Somali and English required. Send your cover letter to shaqo@hooyostacy.org.</p>

<h2>Community iftar</h2>
<p>Join us on March 20 at the Stacy community hall. Everyone is welcome; please bring a dish to share.</p>

<h2>Meet our founder</h2>
<p>Ubah Warsame came to Minnesota in 2004 with two toddlers and no English. She started the center in her living room in 2016.</p>
""", lang="en")

GUDDIGA = _page("Guddiga", """
<h1>Guddiga &mdash; xubnaha kaliya</h1>
<p>Boggan waxaa loogu talagalay xubnaha guddiga oo keliya.</p>
<h3>Hawlaha bishan</h3>
<ol>
  <li>Waxaan u baahanahay xisaabiye (accountant) mutadawac ah oo diyaariya warbixinta sannadka.</li>
  <li>Qof hagaajiya kulaylka xafiiska (heater) ka hor bisha Oktoobar.</li>
  <li>Cunto loogu talagalay kulanka guddiga ee 3-da Juun.</li>
</ol>
""")

PAGES = {
    "index.html": INDEX,
    "mutadawac.html": MUTADAWAC,
    "deeq.html": DEEQ,
    "en/index.html": EN,
    "guddiga/index.html": GUDDIGA,
}

ROBOTS = """# robots.txt - hooyostacy.org
User-agent: *
Disallow: /guddiga/
"""

PDFS = {
    "foomka-mutadawaca.pdf": ("Foomka Mutadawaca", [
        ("title", "FOOMKA MUTADAWACA"),
        ("p", "Xarunta Hooyooyinka iyo Carruurta Stacy - 30911 Fenway Ave, Stacy, MN 55079"),
        ("gap", ""),
        ("h", "Xagaagan waxaan u baahanahay"),
        ("p", "Caawiyeyaal ciyaaraha carruurta: Isniinta iyo Arbacada, 1:00-3:00 galabnimo, June ilaa "
              "August. Waxaad la ciyaaraysaa carruurta da'doodu tahay 5-10 jir beerta xarunta. "
              "Waxaan u baahanahay afar qof."),
        ("p", "Caawiye jikada (kitchen helper): boosku waa xiran yahay. Mahadsanid."),
        ("h", "Macluumaadkaaga"),
        ("p", "Magaca: ______________________   Taleefanka: ______________________"),
        ("p", "Iimaylka: ______________________   Luqadaha aad ku hadasho: ______________"),
        ("p", "Maalmaha aad bannaan tahay:  Isniin [ ]  Talaado [ ]  Arbaco [ ]  Khamiis [ ]  Sabti [ ]"),
        ("gap", ""),
        ("p", "Foomka ku soo celi xafiiska ama iimayl u dir mutadawac@hooyostacy.org."),
    ]),
}

NEEDS = [
    N("mutadawac.html", ["darawallo mutadawiciin ah", "ballamaha dhakhtarka"], "volunteer", "so",
      layout="role_cards", note="drivers; gas refunded (not pay)"),
    N("mutadawac.html", ["macallimad ingiriisi"], "skilled", "so", ["en"],
      layout="role_cards", note="English teacher for mothers"),
    N("mutadawac.html", ["turjumaan soomaali"], "skilled", "so", ["so", "en"],
      layout="role_cards", note="interpreter, second card row"),
    N("mutadawac.html", ["caawiye xafiiska"], "volunteer", "so",
      layout="role_cards", note="'Hal boos ayaa haray' = one spot left"),
    N("deeq.html", ["liiska waxyaabaha aan u baahanahay", "xafaayadaha carruurta"], "donation", "so",
      layout="wish_list", note="wish list = one need"),
    N("deeq.html", ["jaakadaha qabowga"], "donation", "so",
      layout="short_on", note="'waxaa naga dhammaaday' = we have run out of"),
    N("deeq.html", ["laba sariirood", "sheekada qoyska xaliimo", "miis cunto"], "donation", "so",
      layout="story", note="family story: beds, table, chairs"),
    N("en/index.html", ["volunteer nurse", "midwife"], "skilled", "en",
      layout="seeking"),
    N("en/index.html", ["read with children", "saturday story time"], "volunteer", "en",
      layout="short_on"),
    N("foomka-mutadawaca.pdf", ["caawiyeyaal ciyaaraha carruurta"], "volunteer", "so",
      layout="pdf", note="summer play helpers, on the Somali volunteer form"),
]

TRAPS = [
    T("index.html", "hours", ["saacadaha furitaanka"]),
    T("index.html", "service", ["adeegyada aan bixinno", "fasallada ingiriisiga"]),
    T("index.html", "how_to_apply", ["sidee loo diiwaangeliyaa"]),
    T("index.html", "recap", ["xafladdii ciidda"]),
    T("index.html", "event", ["kulanka hooyooyinka"]),
    T("index.html", "general_appeal", ["taageer xarunta"]),
    T("mutadawac.html", "how_to_apply", ["sida loo noqdo mutadawac"]),
    T("mutadawac.html", "filled", ["xannaanada carruurta"], note="'Waa la helay' badge; all spots taken"),
    T("mutadawac.html", "job", ["maamulaha barnaamijka"], note="'Shaqo mushahar leh' = paid job"),
    T("deeq.html", "filled", ["kuraasta carruurta ee baabuurka"], note="'hadda looma baahna' = not needed now"),
    T("deeq.html", "not_accepted", ["ma aqbalno"]),
    T("deeq.html", "recap", ["600 xirmo"]),
    T("deeq.html", "general_appeal", ["lacag ku deeq", "deeqdaada lacageed"]),
    T("en/index.html", "service", ["our services", "help with wic"]),
    T("en/index.html", "how_to_apply", ["how to enroll"]),
    T("en/index.html", "job", ["family advocate"]),
    T("en/index.html", "event", ["community iftar"]),
    T("en/index.html", "bio", ["meet our founder", "ubah warsame"]),
    T("foomka-mutadawaca.pdf", "filled", ["caawiye jikada"], note="'boosku waa xiran yahay' = position closed"),
    T("foomka-mutadawaca.pdf", "how_to_apply", ["foomka ku soo celi"]),
    T("guddiga/index.html", "robots", ["xisaabiye"]),
    T("guddiga/index.html", "robots", ["kulaylka xafiiska"]),
    T("guddiga/index.html", "robots", ["kulanka guddiga"]),
]
