from common import N, T

SLUG = "finlayson-oromo-family-association"


def page(lang, title, body):
    return """<!doctype html>
<html lang="%s">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%s</title>
<link href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css" rel="stylesheet">
</head>
<body>
<nav class="navbar navbar-expand-lg bg-success navbar-dark">
  <div class="container">
    <a class="navbar-brand" href="/index.html">Oromo Family Association &middot; Waldaa Maatii Oromoo</a>
    <button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#nav"><span class="navbar-toggler-icon"></span></button>
    <div class="collapse navbar-collapse" id="nav">
      <ul class="navbar-nav ms-auto">
        <li class="nav-item"><a class="nav-link" href="/index.html">Home</a></li>
        <li class="nav-item"><a class="nav-link" href="/calendar.html">Calendar</a></li>
        <li class="nav-item"><a class="nav-link" href="/om/index.html">Afaan Oromoo</a></li>
        <li class="nav-item"><a class="nav-link" href="/om/oduu.html">Oduu</a></li>
      </ul>
    </div>
  </div>
</nav>
<main class="container py-4">
%s
</main>
<footer class="bg-light border-top py-3">
  <div class="container small text-muted">
    Oromo Family Association of Finlayson &middot; 105 Finland Ave, Finlayson, MN 55735 &middot; (320) 555-0188 &middot; info@oromofamily-finlayson.org<br>
    <a href="/docs/unka-tola-ooltummaa.pdf">Unka tola ooltummaa (PDF)</a> &middot; <a href="/koree/notes.html">Koree</a>
  </div>
</footer>
<script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js"></script>
</body>
</html>
""" % (lang, title, body)


INDEX = page("en", "Oromo Family Association of Finlayson", """
<div class="p-4 mb-4 bg-body-tertiary rounded-3">
  <h1 class="display-6">Baga nagaan dhuftan &ndash; welcome</h1>
  <p class="lead">We help Oromo families in Pine County settle, learn and stay connected to each other.</p>
</div>
<div class="row g-4">
  <div class="col-md-6">
    <h2 class="h4">Free citizenship classes</h2>
    <p>Every Tuesday evening we prepare adults for the civics test and the interview, in Afaan Oromoo and English.</p>
  </div>
  <div class="col-md-6">
    <h2 class="h4">Office hours</h2>
    <p>Monday to Thursday, 10 am to 4 pm. Walk in or call ahead.</p>
  </div>
  <div class="col-md-6">
    <h2 class="h4">Winter coat closet</h2>
    <p>We are short on boys' coats in sizes 10 to 14 &ndash; the bigger brothers always go last. Girls' and adult coats are fine for now, thank you.</p>
  </div>
  <div class="col-md-6">
    <h2 class="h4">Irreecha celebration &ndash; October 4</h2>
    <p>Thanksgiving by the water at Banning State Park. Bring a green branch and your family. <a href="/suuraa/irreecha-2024.html">Photos from 2024</a></p>
  </div>
</div>
<div class="alert alert-success mt-4"><strong>Give to the Family Fund.</strong> Your gift pays for rent emergencies and school supplies.</div>
""")

CAL = page("en", "Calendar", """
<h1 class="h3">Calendar &ndash; October</h1>
<ol class="list-group list-group-numbered">
  <li class="list-group-item"><strong>Every Thursday, 3&ndash;6 pm</strong> &ndash; Food pantry open at the office.</li>
  <li class="list-group-item"><strong>Fri Oct 3, 6 pm</strong> &ndash; Set-up crew: we need 10 people to load the trailer, carry chairs and put up the tent at the park the night before Irreecha.</li>
  <li class="list-group-item"><strong>Sat Oct 4</strong> &ndash; Irreecha at Banning State Park, 10 am.</li>
  <li class="list-group-item"><strong>Sun Oct 12</strong> &ndash; Youth soccer final at Finlayson school. Youth soccer coach: <span class="badge text-bg-secondary">found</span> thank you, Abdi!</li>
  <li class="list-group-item"><strong>Tue Oct 14, 6 pm</strong> &ndash; Women's sewing circle (beginners welcome).</li>
  <li class="list-group-item"><strong>Sat Oct 18</strong> &ndash; Citizenship test practice with volunteers from Hinckley library.</li>
</ol>
""")

OM = page("om", "Waldaa Maatii Oromoo", """
<h1 class="h3">Hojiiwwan tola ooltummaa amma barbaachisan</h1>
<p>Waldaan keenya tola ooltota irratti hundaa'a. Hojiiwwan armaan gadii keessaa tokko yoo si gammachiise, nu bilbili.</p>
<dl class="row">
  <dt class="col-sm-4">Barsiisaa Afaan Oromoo daa'immaniif</dt>
  <dd class="col-sm-8">Sanbata ganama sa'aatii 10 hanga 12tti daa'imman Afaan Oromoo dubbisuu fi barreessuu akka baratan barsiisuuf nama beekumsa qabu barbaadna.</dd>
  <dt class="col-sm-4">Hiikaa Afaan Oromoo fi Ingiliffaa</dt>
  <dd class="col-sm-8">Maatiin haaraan yeroo mana yaalaa fi mana murtii deeman hiikaan isaan barbaachisa. Afaan lamaanuu sirriitti kan dubbattu yoo taate, ji'atti yeroo lama ykn sadii nu gargaari.</dd>
  <dt class="col-sm-4">Qopheessitoota nyaataa Irreechaaf</dt>
  <dd class="col-sm-8"><span class="badge text-bg-success">Argameera</span> Galatoomaa! Haadholii shan of galmeessaniiru.</dd>
  <dt class="col-sm-4">Gargaaraa mana kuusaa nyaataa</dt>
  <dd class="col-sm-8">Kamisa sa'aatii 3 hanga 6tti nyaata qindeessuu fi maatiif raabsuuf namoota lama barbaadna.</dd>
  <dt class="col-sm-4">Hojjetaa waajjiraa (mindaa qaba)</dt>
  <dd class="col-sm-8">Hojii kaffaltii qabu, torbanitti sa'aatii 15. Iyyannoo kee waajjiratti galchi.</dd>
</dl>
<h2 class="h5">Tajaajila: barnoota lammummaa bilisaa</h2>
<p>Kibxata galgala qormaata lammummaaf qophii goona. Kaffaltii hin qabu.</p>
""")

ODUU = page("om", "Oduu", """
<h1 class="h3">Oduu waldaa</h1>
<h2 class="h5">Maatii Obbo Gammachuu</h2>
<p>Ji'a darbe maatiin ijoollee torba qabu Naayiroobii irraa Finlayson dhufe. Manni isaan kireeffatan siree tokkollee hin qabu; ijoolleen lafa
irra rafu. Siree, firaasha fi mi'a kushinaa kennuu yoo dandeessan nu qunnamaa.</p>
<h2 class="h5">Gorsa seeraa</h2>
<p>Maatiin hedduun waa'ee galmee godaansaa (immigration) gaaffii qabu. Ogeessa seeraa immigreeshinii kan ji'atti sa'aatii muraasaaf bilisaan gorsa kennuu danda'u barbaadna.</p>
<h2 class="h5">Galata</h2>
<p>Galatoomaa! Kompiitaroota ijoollee mana barumsaatiif barbaanne hunda arganneerra; amma hin barbaachisu.</p>
<p>Irreechaan bara darbee namoota 300 ol walitti fide. Ayyaana bareedaa ture.</p>
<h2 class="h5">Walgahii waliigalaa miseensotaa &ndash; Dilbata, Sadaasa 9</h2>
<p>Sa'aatii 2tti waajjira waldaatti. Miseensi hundi akka dhufu affeeramera.</p>
""")

KOREE = page("om", "Koree", """
<h1 class="h3">Yaadannoo koree (miseensota qofaaf)</h1>
<ul>
<li>Mana haaraa maatii Gammachuu qulqulleessuuf nama barbaaduu.</li>
<li>Konkolaataa maatii haaraa buufata xiyyaaraa irraa fiduuf gaafachuu.</li>
<li>Kitaabota Afaan Oromoo bituuf deeggarsa maallaqaa gaafachuu.</li>
</ul>
""")

PAGES = {
    "index.html": INDEX,
    "calendar.html": CAL,
    "om/index.html": OM,
    "om/oduu.html": ODUU,
    "koree/notes.html": KOREE,
}

ROBOTS = """User-agent: *
Disallow: /koree/

User-agent: CCBot
Disallow: /
"""

PDFS = {
    "docs/unka-tola-ooltummaa.pdf": ("Unka tola ooltummaa - Waldaa Maatii Oromoo Finlayson", [
        ("title", "WALDAA MAATII OROMOO FINLAYSON"),
        ("title", "Unka tola ooltummaa"),
        ("p", "Maqaa: _____________________________   Bilbila: ___________________"),
        ("h", "Barsiisota Ingiliffaa"),
        ("p", "Haadholii fi abbootii Ingiliffaa barachuu barbaadan 20 ol qabna. Roobii galgala barsiisota Ingiliffaa tola ooltota "
              "barbaadna. Muuxannoo barsiisuu hin barbaachisu; Ingiliffaa sirriitti dubbachuun gahaa dha.   [ ] Nan danda'a"),
        ("h", "Geejjiba guyyaa Irreechaa"),
        ("p", "[X] Namoonni gahaan of galmeessaniiru. Galatoomaa!"),
        ("h", "Unka kana deebisuuf"),
        ("p", "Waajjiratti galchi ykn suuraa kaasii (320) 555-0188 irratti ergi."),
    ]),
}

NEEDS = [
    N("index.html", ["boys' coats"], "donation", "en", layout="short_on"),
    N("calendar.html", ["set-up crew"], "volunteer", "en", layout="calendar", note="event volunteers are a need"),
    N("om/index.html", ["barsiisaa afaan oromoo"], "skilled", "om", ["om"], layout="definition_list"),
    N("om/index.html", ["hiikaa afaan oromoo fi ingiliffaa", "hiikaa"], "skilled", "om", ["om", "en"], layout="definition_list"),
    N("om/index.html", ["mana kuusaa nyaataa"], "volunteer", "om", layout="definition_list"),
    N("om/oduu.html", ["siree", "firaasha"], "donation", "om", layout="story"),
    N("om/oduu.html", ["ogeessa seeraa"], "skilled", "om", layout="newsletter_buried"),
    N("docs/unka-tola-ooltummaa.pdf", ["barsiisota ingiliffaa"], "skilled", "om", ["en"], layout="pdf"),
]

TRAPS = [
    T("index.html", "service", ["citizenship classes"]),
    T("index.html", "hours", ["office hours"]),
    T("index.html", "filled", ["girls' and adult coats"], "fine for now"),
    T("index.html", "event", ["irreecha celebration"]),
    T("index.html", "general_appeal", ["family fund"]),
    T("calendar.html", "hours", ["food pantry open"]),
    T("calendar.html", "event", ["banning state park"]),
    T("calendar.html", "filled", ["youth soccer coach"], "found badge"),
    T("calendar.html", "event", ["sewing circle"]),
    T("calendar.html", "service", ["citizenship test practice"]),
    T("om/index.html", "filled", ["qopheessitoota nyaataa"], "Argameera badge"),
    T("om/index.html", "job", ["hojjetaa waajjiraa"], "mindaa qaba"),
    T("om/index.html", "service", ["barnoota lammummaa"]),
    T("om/oduu.html", "filled", ["kompiitaroota"], "arganneerra; amma hin barbaachisu"),
    T("om/oduu.html", "recap", ["bara darbee"]),
    T("om/oduu.html", "event", ["walgahii waliigalaa"]),
    T("koree/notes.html", "robots", ["qulqulleessuuf"]),
    T("koree/notes.html", "robots", ["buufata xiyyaaraa"]),
    T("koree/notes.html", "robots", ["kitaabota afaan oromoo"]),
    T("docs/unka-tola-ooltummaa.pdf", "filled", ["geejjiba"], "[X] enough registered"),
    T("docs/unka-tola-ooltummaa.pdf", "how_to_apply", ["unka kana deebisuuf"]),
]
