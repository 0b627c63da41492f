"""Canby, MN: Xarunta Hiil (Hiil Somali Family Center). Bootstrap 5, Somali-first, one English page."""
from common import N, T

SLUG = "canby-hiil-somali-center"


def head(lang, title):
    return """<!doctype html>
<html lang="%s">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%s</title>
<link href="/assets/bootstrap.min.css" rel="stylesheet">
</head>
<body>
<nav class="navbar navbar-expand-lg bg-success navbar-dark">
  <div class="container">
    <a class="navbar-brand" href="/index.html">Xarunta Hiil</a>
    <button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#nav"><span class="navbar-toggler-icon"></span></button>
    <div class="collapse navbar-collapse" id="nav">
      <ul class="navbar-nav ms-auto">
        <li class="nav-item"><a class="nav-link" href="/index.html">Bogga hore</a></li>
        <li class="nav-item"><a class="nav-link" href="/mutadawac.html">Mutadawacnimo</a></li>
        <li class="nav-item"><a class="nav-link" href="/deeq.html">Deeq</a></li>
        <li class="nav-item"><a class="nav-link" href="/en/index.html">English</a></li>
      </ul>
    </div>
  </div>
</nav>
<main class="container py-4">
""" % (lang, title)


FOOT = """</main>
<footer class="bg-light py-3 mt-4">
  <div class="container small">
    Xarunta Hiil &middot; 118 St Olaf Ave N, Canby, MN 56220 &middot; 507-555-0131 &middot; info@hiilcenter.org<br>
    <a href="/guddiga/shir.html">Guddiga</a> &middot; <a href="/sawir/ciid-al-adxa.html">Sawirro</a> &middot; <a href="/foom-mutadawac.pdf">Foomka mutadawacnimada (PDF)</a>
  </div>
</footer>
<script src="/assets/bootstrap.bundle.min.js"></script>
</body>
</html>
"""

INDEX = head("so", "Xarunta Hiil - Canby") + """
<div class="p-4 mb-4 bg-light rounded-3">
  <h1 class="display-6">Ku soo dhawoow Xarunta Hiil</h1>
  <p class="lead">Xarun bulsho oo u adeegta qoysaska Soomaaliyeed ee degmada Yellow Medicine.</p>
</div>
<div class="row g-4">
  <div class="col-md-4">
    <h3>Adeegyadayada</h3>
    <p>Waxaan qoysaska ka caawinnaa buuxinta foomamka caafimaadka iyo dugsiyada, turjumaad telefoon, iyo fasallo Ingiriisi oo
    bilaash ah.</p>
  </div>
  <div class="col-md-4">
    <h3>Saacadaha furitaanka</h3>
    <p>Isniin ilaa Khamiis: 10:00 subaxnimo &ndash; 5:00 galabnimo<br>Jimce: xiran</p>
  </div>
  <div class="col-md-4">
    <h3>Dabaaldegga Ciidda</h3>
    <p>Ciid al-Adxa waxaa lagu dabaaldegi doonaa hoolka dugsiga Canby. Cunto, ciyaaro carruureed iyo hadiyado.</p>
  </div>
</div>
<div class="alert alert-success mt-4">
  <h4 class="alert-heading">Taageer dhismaha cusub</h4>
  <p>Waxaan lacag u ururinaynaa dhismo cusub. Deeq kasta oo lacageed, yar ama weyn, way na caawinaysaa.</p>
</div>
""" + FOOT

MUTADAWAC = head("so", "Mutadawacnimo - Xarunta Hiil") + """
<h1>Ka qayb qaado: mutadawacnimo</h1>
<p>Riix magac kasta si aad u aragto faahfaahinta.</p>
<div class="accordion" id="doorar">
  <div class="accordion-item">
    <h2 class="accordion-header"><button class="accordion-button" type="button" data-bs-toggle="collapse" data-bs-target="#d1">Macallimiin Ingiriisi oo hooyooyinka wax bara</button></h2>
    <div id="d1" class="accordion-collapse collapse show" data-bs-parent="#doorar"><div class="accordion-body">
      Fasalka hooyooyinka waa Talaadada iyo Khamiista, 6&ndash;7:30 fiidnimo. Waxaan u baahanahay laba macallin oo ku hadla Ingiriisi
      iyo xoogaa Soomaali ah.
    </div></div>
  </div>
  <div class="accordion-item">
    <h2 class="accordion-header"><button class="accordion-button collapsed" type="button" data-bs-toggle="collapse" data-bs-target="#d2">Darawallo</button></h2>
    <div id="d2" class="accordion-collapse collapse" data-bs-parent="#doorar"><div class="accordion-body">
      Darawallo hooyooyinka u kaxeeya ballamaha dhakhtarka ee Marshall iyo Granite Falls. Baabuurkaaga ayaad isticmaalaysaa; shidaalka
      waanu ku siinaynaa.
    </div></div>
  </div>
  <div class="accordion-item">
    <h2 class="accordion-header"><button class="accordion-button collapsed" type="button" data-bs-toggle="collapse" data-bs-target="#d3">Caawiye ciyaaraha carruurta</button></h2>
    <div id="d3" class="accordion-collapse collapse" data-bs-parent="#doorar"><div class="accordion-body">
      Qofkii waa la helay, mahadsanid! Kubadda cagta carruurta waxay bilaabanaysaa bisha Abriil.
    </div></div>
  </div>
  <div class="accordion-item">
    <h2 class="accordion-header"><button class="accordion-button collapsed" type="button" data-bs-toggle="collapse" data-bs-target="#d4">Karinta cuntada Ciidda</button></h2>
    <div id="d4" class="accordion-collapse collapse" data-bs-parent="#doorar"><div class="accordion-body">
      Habeenka ka horreeya Ciidda waxaan u baahanahay 8 qof oo naga caawiya karinta bariiska iyo hilibka, 4&ndash;9 fiidnimo.
    </div></div>
  </div>
  <div class="accordion-item">
    <h2 class="accordion-header"><button class="accordion-button collapsed" type="button" data-bs-toggle="collapse" data-bs-target="#d5">Xisaabiye (shaqo mushahar leh)</button></h2>
    <div id="d5" class="accordion-collapse collapse" data-bs-parent="#doorar"><div class="accordion-body">
      Shaqo nus-waqti ah oo mushahar leh, $22 saacaddii. CV-gaaga u dir guddiga.
    </div></div>
  </div>
</div>
""" + FOOT

DEEQ = head("so", "Deeq - Xarunta Hiil") + """
<h1>Deeqaha alaabta</h1>
<h2 class="h4 mt-4">Alaabta aan u baahannahay</h2>
<table class="table table-striped">
  <thead><tr><th>Alaabta</th><th>Tirada</th></tr></thead>
  <tbody>
    <tr><td>Bariis (kiishad 20 lb)</td><td>30</td></tr>
    <tr><td>Saliid cunto</td><td>40 dhalo</td></tr>
    <tr><td>Baasto</td><td>60 baakad</td></tr>
    <tr><td>Xafaayadaha carruurta (cabbirka 4, 5)</td><td>25 baakad</td></tr>
  </tbody>
</table>
<div class="card border-danger my-4"><div class="card-body">
  <h3 class="h5 card-title">Waxaa naga dhammaaday caanaha carruurta</h3>
  <p class="card-text">Hooyooyin badan ayaa weydiiya caanaha carruurta (formula). Haddii aad keeni karto, fadlan keen nooca aan
  lahayn birta badan.</p>
</div></div>
<h2 class="h4">Buste</h2>
<p><s>Buste qaboobaha</s> &mdash; waan haysannaa kuwo nagu filan, mahadsanidiin. Fadlan ha keenina.</p>
<h2 class="h4 mt-4">Qoys cusub</h2>
<p>Hooyo Faadumo iyo shanteeda carruurta ah waxay bishan u soo guureen guri cusub oo ku yaalla Canby. Gurigu waa madhan yahay:
ma haystaan sariiro, miis cunto iyo kuraas. Haddii aad wax ka bixin karto, la xiriir xarunta.</p>
<h2 class="h4 mt-4">Ololihii Ramadaanka</h2>
<p>Ramadaankii hore waxaan qaybinay 140 sanduuq cunto. Mahadsanidiin dhammaan deeq-bixiyeyaasha.</p>
""" + FOOT

EN = head("en", "Hiil Center - English") + """
<h1>Hiil Somali Family Center</h1>
<p>Hiil means &ldquo;support&rdquo; in Somali. We are a small, volunteer-led center serving about 60 Somali families in Canby and
the surrounding farm towns.</p>
<h2>Our services</h2>
<p>Help with health-insurance and school forms, phone interpreting, free English classes, and a small food shelf.</p>
<h2>Referring a family</h2>
<p>Social workers and school staff can refer a family by calling 507-555-0131 or e-mailing referrals@hiilcenter.org with the
family's name and best phone number. We call back within two days.</p>
<h2>Seeking a licensed social worker</h2>
<p>Two University of Minnesota social-work students do their field placement with us. We are seeking a licensed social worker
(LICSW or LGSW) to volunteer as their field supervisor, about two hours a month.</p>
<h2>Our room is yours</h2>
<p>Other nonprofits may borrow our community room for meetings at no cost. Call ahead to book it.</p>
""" + FOOT

GUDDIGA = head("so", "Guddiga - shirka") + """
<h1>Qoraalka shirka guddiga</h1>
<ul>
  <li>Waxaan u baahanahay qof hagaajiya kulaylka xafiiska.</li>
  <li>Kombiyuutar cusub oo xafiiska loogu talagalay.</li>
  <li>Mutadawac u qaabilsan bogga Facebook-ga.</li>
</ul>
""" + FOOT

PAGES = {
    "index.html": INDEX,
    "mutadawac.html": MUTADAWAC,
    "deeq.html": DEEQ,
    "en/index.html": EN,
    "guddiga/shir.html": GUDDIGA,
}

ROBOTS = """User-agent: Googlebot
Disallow:

User-agent: *
Disallow: /guddiga/
"""

PDFS = {
    "foom-mutadawac.pdf": ("Foomka Mutadawacnimada - Xarunta Hiil", [
        ("title", "Xarunta Hiil - Foomka Mutadawacnimada"),
        ("p", "Magaca: __________________   Telefoonka: ______________"),
        ("p", "Maalmaha aad heli karto: Isniin / Talaado / Arbaco / Khamiis / Sabti"),
        ("gap", ""),
        ("h", "Sabtiyada: nadiifinta xarunta"),
        ("p", "Sabti kasta 9-11 subaxnimo waxaan u baahanahay 3-4 qof oo naga caawiya nadiifinta xarunta: "
              "sagxadda, musqulaha iyo jikada. Qalabka waanu haynaa."),
        ("gap", ""),
        ("h", "Sida foomka loo soo celiyo"),
        ("p", "Foomkan ku soo celi xafiiska, ama sawir ka qaad oo u dir 507-555-0131."),
    ]),
}

NEEDS = [
    N("mutadawac.html", ["macallimiin ingiriisi"], "skilled", "so", ["en", "so"], layout="accordion"),
    N("mutadawac.html", ["darawallo"], "volunteer", "so", layout="accordion"),
    N("mutadawac.html", ["karinta cuntada ciidda"], "volunteer", "so", layout="accordion",
      note="volunteers for the Eid meal; the celebration itself is an event trap on index"),
    N("deeq.html", ["alaabta aan u baahannahay", "bariis"], "donation", "so", layout="wish_table"),
    N("deeq.html", ["caanaha carruurta"], "donation", "so", layout="short_on", note="'we have run out of'"),
    N("deeq.html", ["sariiro", "miis cunto"], "donation", "so", layout="story"),
    N("en/index.html", ["licensed social worker", "field supervisor"], "skilled", "en", layout="seeking"),
    N("foom-mutadawac.pdf", ["nadiifinta xarunta"], "volunteer", "so", layout="pdf"),
]

TRAPS = [
    T("index.html", "service", ["adeegyadayada"]),
    T("index.html", "hours", ["saacadaha furitaanka"]),
    T("index.html", "event", ["dabaaldegga ciidda"]),
    T("index.html", "general_appeal", ["taageer dhismaha cusub"]),
    T("mutadawac.html", "filled", ["caawiye ciyaaraha carruurta"], "Qofkii waa la helay"),
    T("mutadawac.html", "job", ["xisaabiye"]),
    T("deeq.html", "filled", ["buste qaboobaha"], "struck + we have enough"),
    T("deeq.html", "recap", ["ololihii ramadaanka"]),
    T("en/index.html", "service", ["our services"]),
    T("en/index.html", "how_to_apply", ["referring a family"]),
    T("en/index.html", "offer", ["our room is yours"]),
    T("foom-mutadawac.pdf", "how_to_apply", ["sida foomka loo soo celiyo"]),
    T("guddiga/shir.html", "robots", ["kulaylka xafiiska"]),
    T("guddiga/shir.html", "robots", ["kombiyuutar cusub"]),
    T("guddiga/shir.html", "robots", ["bogga facebook"]),
]
