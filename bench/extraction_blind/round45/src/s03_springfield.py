from common import N, T

SLUG = "springfield-rajo-somali-family-center"

HEAD = """<!doctype html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | Rajo Family Center</title>
<link href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.2/dist/css/bootstrap.min.css" rel="stylesheet">
</head>
<body>
<nav class="navbar navbar-expand-lg bg-success navbar-dark">
 <div class="container">
  <a class="navbar-brand" href="/">Rajo</a>
  <ul class="navbar-nav">
   <li class="nav-item"><a class="nav-link" href="/">Bogga hore</a></li>
   <li class="nav-item"><a class="nav-link" href="/sheekooyin.html">Sheekooyin</a></li>
   <li class="nav-item"><a class="nav-link" href="/en/">English</a></li>
  </ul>
 </div>
</nav>
<main class="container py-4">
"""

FOOT = """
</main>
<footer class="bg-light py-3 mt-5">
 <div class="container small">
  <p>Xarunta Qoyska Rajo &middot; 118 N Cass Ave, Springfield, MN 56087 &middot; (507) 555-0126</p>
  <p><a href="/forms/foomka-tabarucaha.pdf">Foomka tabarucaha (PDF)</a> &middot; <a href="/guddiga/shir.html">Guddiga</a></p>
 </div>
</footer>
<script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.2/dist/js/bootstrap.bundle.min.js"></script>
</body>
</html>
"""

INDEX = HEAD.format(lang="so", title="Bogga hore") + """
<h1>Xarunta Qoyska Rajo ee Springfield</h1>
<p class="lead">Waxaan caawinaa qoysaska Soomaaliyeed ee ku nool Springfield iyo tuulooyinka agagaarka.</p>
<ul class="nav nav-tabs" role="tablist">
 <li class="nav-item" role="presentation"><button class="nav-link active" data-bs-toggle="tab" data-bs-target="#tabaruc" role="tab">Tabaruc</button></li>
 <li class="nav-item" role="presentation"><button class="nav-link" data-bs-toggle="tab" data-bs-target="#deeq" role="tab">Deeq</button></li>
 <li class="nav-item" role="presentation"><button class="nav-link" data-bs-toggle="tab" data-bs-target="#adeeg" role="tab">Adeegyada</button></li>
</ul>
<div class="tab-content border border-top-0 p-3">
 <div class="tab-pane fade show active" id="tabaruc" role="tabpanel">
  <h2 class="h4">Caawiyeyaal xisaabta</h2>
  <p>Ardayda dugsiga dhexe waxay u baahan yihiin qof ka caawiya casharrada xisaabta. Talaado iyo Khamiis, 4:00&ndash;5:30 galabnimo.
  Haddii aad xisaabta si fiican u taqaanid, nala soo xiriir.</p>
  <h2 class="h4">Darawalo geeya waayeelka</h2>
  <p>Waayeelka qaarkood ma haystaan gaari. Waxaan raadineynaa darawalo mutadawiciin ah oo u qaada ballamaha dhakhtarka ee New Ulm.
  Gaarigaaga ayaad wadaysaa; lacagta shidaalka waan kuu celinaynaa.</p>
  <h2 class="h4">Turjubaan Soomaali&ndash;Ingiriis</h2>
  <p><span class="badge text-bg-secondary">Waa la helay</span> Mahadsanidin! Qof ayaa qaatay booskan.</p>
 </div>
 <div class="tab-pane fade" id="deeq" role="tabpanel">
  <h2 class="h4">Alaabta aan hadda u baahanahay</h2>
  <ul>
   <li>Buste (blankets)</li>
   <li>Furaash</li>
   <li>Dheryo iyo digsiyo waaweyn</li>
   <li>Jaakado jiilaal oo carruur ah</li>
  </ul>
  <h2 class="h4">Kabaha carruurta</h2>
  <p>Mahadsanidin! Kabo badan ayaa na soo gaaray, hadda uma baahnin kabo dambe.</p>
 </div>
 <div class="tab-pane fade" id="adeeg" role="tabpanel">
  <h2 class="h4">Caawimaad foomamka</h2>
  <p>Waxaan kaa caawinaa buuxinta foomamka guriga, caafimaadka iyo SNAP.</p>
  <h2 class="h4">Saacadaha xafiiska</h2>
  <p>Isniin ilaa Khamiis, 10:00 subaxnimo &ndash; 4:00 galabnimo.</p>
 </div>
</div>
""" + FOOT

STORIES = HEAD.format(lang="so", title="Sheekooyin") + """
<h1>Sheekooyin</h1>
<article class="card mb-4"><div class="card-body">
 <h2 class="h4">Qoys cusub oo guri madhan ku nool</h2>
 <p>Faadumo iyo shanteeda carruur ah ayaa bishii hore ka yimid Kenya. Waxay degeen guri yar oo ku yaal Central Street,
 laakiin gurigu waa madhan yahay: ma jiraan sariiro, miis, iyo kuraas midna. Carruurtu dhulka ayay ku seexdaan.
 Haddii aad hayso sariir, miis cunto ama kuraas aadan isticmaalin, fadlan nala soo xiriir si aan qoyskan ugu geyno.</p>
</div></article>
<article class="card mb-4"><div class="card-body">
 <h2 class="h4">Xafladda Ciidda</h2>
 <p>Ciidda waxaa lagu qaban doonaa hoolka Springfield Community Center, Sabtida, 11:00 subaxnimo. Dhammaan waa lagu casuumay.</p>
</div></article>
<article class="card mb-4"><div class="card-body">
 <h2 class="h4">Boorsooyinka dugsiga ee sannadkii hore</h2>
 <p>Sannadkii hore waxaan qaybinay 300 boorso oo dugsi ah. Mahadsanidin deeq-bixiyeyaasha! <a href="/warbixin/2023.html">Warbixinta sannadka</a></p>
</div></article>
""" + FOOT

EN = HEAD.format(lang="en", title="English") + """
<h1>Rajo Family Center &mdash; in English</h1>
<p class="lead">Rajo (&ldquo;hope&rdquo;) is a volunteer-run center for Somali families in Springfield and Brown County.</p>
<h2>Seeking a volunteer accountant</h2>
<p>Our board is looking for an accountant or CPA who can help us prepare our year-end 990-EZ and set up simple bookkeeping.
About ten hours between January and May, mostly from home.</p>
<h2>Volunteer opportunities</h2>
<div class="row">
 <div class="col-md-4"><div class="card listing"><div class="card-body">
  <p><span class="fw-bold">Opportunity:</span> ESL conversation partner</p>
  <p><span class="fw-bold">Status:</span> Open</p>
  <p><span class="fw-bold">Schedule:</span> Wednesdays 6&ndash;7 pm</p>
  <p><span class="fw-bold">Details:</span> Chat in English with adult learners so they can practice for job interviews.</p>
 </div></div></div>
 <div class="col-md-4"><div class="card listing"><div class="card-body">
  <p><span class="fw-bold">Opportunity:</span> Girls' soccer coach</p>
  <p><span class="fw-bold">Status:</span> Filled</p>
  <p><span class="fw-bold">Details:</span> Coach Hodan has joined us for the spring season.</p>
 </div></div></div>
 <div class="col-md-4"><div class="card listing"><div class="card-body">
  <p><span class="fw-bold">Opportunity:</span> Program manager</p>
  <p><span class="fw-bold">Status:</span> Staff position (paid, 30 hours/week)</p>
  <p><span class="fw-bold">Details:</span> Leads our after-school program. Salary $44,000.</p>
 </div></div></div>
</div>
<h2 class="mt-4">Meet our director</h2>
<p>Sahra Warsame grew up in Mogadishu, came to Springfield in 2009 and started Rajo in her living room.</p>
<h2>News</h2>
<p><a href="/en/#news">Our new office is open on Cass Avenue &raquo;</a></p>
<p><a class="btn btn-success" href="https://www.paypal.com/donate/?hosted_button_id=RAJO507">Donate to Rajo</a> Your gift keeps the lights on.</p>
""" + FOOT

BOARD = HEAD.format(lang="so", title="Guddiga") + """
<h1>Qoraalka shirka guddiga</h1>
<ul>
 <li>Waxaan u baahanahay qof dayactira kombiyuutarrada xafiiska.</li>
 <li>Weydii masjidka inay na siiyaan kuraas dheeraad ah.</li>
 <li>Raadi mutadawiciin loogu talagalay maalinta caafimaadka.</li>
</ul>
""" + FOOT

PAGES = {
    "index.html": INDEX,
    "sheekooyin.html": STORIES,
    "en/index.html": EN,
    "guddiga/shir.html": BOARD,
}

ROBOTS = """User-agent: *
Disallow: /guddiga/
Crawl-delay: 5
"""

PDFS = {
    "forms/foomka-tabarucaha.pdf": ("Foomka Tabarucaha - Xarunta Qoyska Rajo", [
        ("title", "XARUNTA QOYSKA RAJO - SPRINGFIELD"),
        ("title", "Foomka Tabarucaha"),
        ("p", "Magaca: ______________________________   Telefoonka: __________________"),
        ("h", "Ramadaan: kooxda karinta iftaarka"),
        ("p", "Ramadaanka soo socda waxaan bixin doonnaa iftaar habeen kasta oo Jimce ah. Waxaan u baahanahay 8 qof "
              "oo naga caawiya karinta iyo diyaarinta cuntada, 3:00 ilaa 7:00 galabnimo. Calaamadee haddii aad "
              "rabto: [ ]"),
        ("h", "Sidee loo soo celiyaa foomkan"),
        ("p", "Foomka ku soo celi xafiiska, ama sawir ka qaad oo u dir rajo.springfield@example.org."),
    ]),
}

NEEDS = [
    N("index.html", ["caawiyeyaal xisaabta"], "skilled", "so", layout="tabbed_panel", note="math homework helpers"),
    N("index.html", ["darawalo"], "volunteer", "so", layout="tabbed_panel", note="drivers for elders; fuel refunded"),
    N("index.html", ["alaabta aan hadda u baahanahay", "furaash"], "donation", "so", layout="wish_list",
      note="wish list inside the Deeq tab = one need"),
    N("sheekooyin.html", ["qoys cusub", "sariiro"], "donation", "so", layout="story", note="empty house: beds, table, chairs"),
    N("en/index.html", ["volunteer accountant"], "skilled", "en", layout="seeking"),
    N("en/index.html", ["esl conversation partner"], "volunteer", "en", ["en"], layout="cms_listing"),
    N("forms/foomka-tabarucaha.pdf", ["kooxda karinta iftaarka", "karinta"], "volunteer", "so", layout="checkbox_form_pdf"),
]

TRAPS = [
    T("index.html", "filled", ["turjubaan soomaali"], "'Waa la helay' badge"),
    T("index.html", "filled", ["kabaha carruurta"], "no longer needed"),
    T("index.html", "service", ["caawimaad foomamka"]),
    T("index.html", "hours", ["saacadaha xafiiska"]),
    T("sheekooyin.html", "event", ["xafladda ciidda"]),
    T("sheekooyin.html", "recap", ["boorsooyinka dugsiga"]),
    T("en/index.html", "filled", ["girls' soccer coach"], "Status: Filled"),
    T("en/index.html", "job", ["program manager"], "paid staff position"),
    T("en/index.html", "bio", ["sahra warsame"]),
    T("en/index.html", "blog", ["our new office"]),
    T("en/index.html", "general_appeal", ["donate to rajo"]),
    T("forms/foomka-tabarucaha.pdf", "how_to_apply", ["sidee loo soo celiyaa"]),
    T("guddiga/shir.html", "robots", ["kombiyuutarrada"]),
    T("guddiga/shir.html", "robots", ["kuraas dheeraad"]),
    T("guddiga/shir.html", "robots", ["maalinta caafimaadka"]),
]
