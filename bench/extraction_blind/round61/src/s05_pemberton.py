"""Site 5: Gaachana Oromo Community Association, Pemberton. Bootstrap 4 site, Afaan Oromoo + English."""
from common import N, T

SLUG = "pemberton-gaachana-oromo-association"


def _page(lang, title, body):
    return """<!DOCTYPE html>
<html lang="%s">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<link rel="stylesheet" href="https://cdn.example.net/bootstrap/4.6.2/css/bootstrap.min.css">
<title>%s - Gaachana</title>
</head>
<body>
<nav class="navbar navbar-expand-lg navbar-dark bg-success">
  <a class="navbar-brand" href="/">Gaachana</a>
  <button class="navbar-toggler" type="button" data-toggle="collapse" data-target="#nav"><span class="navbar-toggler-icon"></span></button>
  <div class="collapse navbar-collapse" id="nav"><ul class="navbar-nav mr-auto">
    <li class="nav-item"><a class="nav-link" href="/">Mana</a></li>
    <li class="nav-item"><a class="nav-link" href="/tola-ooltota.html">Tola ooltota</a></li>
    <li class="nav-item"><a class="nav-link" href="/kennaa.html">Kennaa</a></li>
    <li class="nav-item"><a class="nav-link" href="/english.html">English</a></li>
  </ul></div>
</nav>
<div class="container my-4">
%s
</div>
<footer class="bg-light py-3"><div class="container small">
Waldaa Hawaasa Oromoo Gaachana &middot; 22 Second Ave, Pemberton, MN 56078 &middot; (507) 555-0171 &middot; gaachana@example.org
&middot; <a href="/gumii/">Koree (miseensota qofa)</a>
</div></footer>
<script src="https://cdn.example.net/jquery/3.5.1/jquery.slim.min.js"></script>
</body>
</html>
""" % (lang, title, body)


PAGES = {}

PAGES["index.html"] = _page("om", "Mana", """
<div class="jumbotron">
<h1 class="display-5">Baga nagaan dhuftan!</h1>
<p class="lead">Waldaan Hawaasa Oromoo Gaachana bara 2012 hundeeffame. Maatii Oromoo Pemberton, Janesville fi Waseca keessa jiraatan ni gargaarra.</p>
</div>
<div class="row">
<div class="col-md-4"><h4>Tajaajila keenya</h4><p>Hiikkaa bilisaa, gargaarsa unka guutuu, fi barnoota Afaan Ingiliffaa ga'eessotaaf.</p></div>
<div class="col-md-4"><h4>Sa'aatii hojii</h4><p>Wiixata hanga Kamisaa, 9:00&ndash;4:00. Jimaata fi Sanbata cufaa dha.</p></div>
<div class="col-md-4"><h4>Ayyaana Irreechaa</h4><p>Onkoloolessa 4, Paarkii Pemberton keessatti. Maatii keessan qabadhaa dhufaa! <a href="/galmee/gabaasa-2023.html">Gabaasa bara darbee</a></p></div>
</div>
<hr>
<h3>Hojii keenya deeggaraa</h3>
<p>Kennaan maallaqaa xiqqaan illee hojii keenya ni jabeessa. <a href="https://give.example.org/gaachana" class="btn btn-success btn-sm">Kennaa kenni</a></p>
""")

PAGES["tola-ooltota.html"] = _page("om", "Tola ooltota", """
<h1>Tola ooltota barbaachisan</h1>
<p>Yeroo keessan muraasa hawaasa keessaniif kennaa. Hojiiwwan armaan gadii amma banaa dha.</p>
<table class="table table-striped">
<thead class="thead-dark"><tr><th>Hojii</th><th>Guyyaa fi sa'aatii</th><th>Haala</th></tr></thead>
<tbody>
<tr><td>Barsiisaa Afaan Oromoo (ijoolleef)</td><td>Sanbata 10:00&ndash;12:00</td><td><span class="badge badge-success">Nama 2 barbaachisa</span></td></tr>
<tr><td>Gargaartota barnoota manaa</td><td>Wiixata fi Roobii, 4:00&ndash;6:00</td><td><span class="badge badge-success">Nama 3 barbaachisa</span></td></tr>
<tr class="text-muted"><td>Qopheessitoota nyaataa (cidha waggaa)</td><td>Sanbata dhumaa</td><td><span class="badge badge-secondary">Amma nama dabalataa hin barbaannu</span></td></tr>
<tr><td>Konkolaachisaa (hospitaalaaf)</td><td>Yeroo barbaachise</td><td><span class="badge badge-success">Nama 1 barbaachisa</span></td></tr>
<tr><td>Qulqulleessaa galmaa</td><td>Dilbata galgala</td><td><span class="badge badge-info">Kaffaltii: $16/sa'aatii</span></td></tr>
</tbody>
</table>
<h4>Akkaataa itti galmooftan</h4>
<p>Unka galmee guutaa waajjiratti fidaa ykn bilbilaa (507) 555-0171. Gargaarsa gibiraa irratti hirmaachuu yoo barbaaddan, <a href="/waamicha-gibiraa.pdf">waraqaa waamichaa (PDF)</a> dubbisaa.</p>
""")

PAGES["kennaa.html"] = _page("om", "Kennaa", """
<h1>Kennaa meeshaalee</h1>
<div class="card mb-3"><div class="card-body">
<h3 class="card-title">Meeshaalee barnootaa barbaachisan</h3>
<ul>
<li>Boorsaa barnootaa (backpacks)</li>
<li>Qalama fi irsaasii</li>
<li>Galmee barreeffamaa (notebooks)</li>
<li>Herregduu (calculators) kutaa 6&ndash;12f</li>
</ul>
<p class="small">Hagayya 20 dura waajjiratti fidaa.</p>
</div></div>
<h3>Maatii Obbo Galaanaa</h3>
<p>Obbo Galaanaa fi maatiin isaa ji'a darbe Keeniyaa irraa dhufan. Mana isaanii haaraa keessa siree hin qaban; ijoolleen isaanii afran lafa irra rafu. Siree fi uffata siree yoo qabaattan, nu quunnamaa.</p>
<h3>Uffata qorraa</h3>
<p class="text-muted">Uffata qorraa gahaa argannee jirra &mdash; galatoomaa! Amma hin fidinaa.</p>
<h4>Waan hin fudhanne</h4>
<ul><li>Nyaata banamee</li><li>Uffata tarsa'e ykn cicciite</li><li>Qoricha</li></ul>
""")

PAGES["english.html"] = _page("en", "English", """
<h1>About the Gaachana Oromo Association</h1>
<p><em>Gaachana</em> means &ldquo;shield&rdquo; in Afaan Oromoo. We are a volunteer-run association serving about 90 Oromo families in Waseca and Faribault counties.</p>
<h3>Our board</h3>
<p><strong>Chaltu Dheressa</strong>, chair, is a nurse at the Waseca clinic and a mother of four. <strong>Tolessa Gemechu</strong>, vice chair, drives for a trucking company and coaches the kids' soccer team.</p>
<h3>Seeking a volunteer accountant</h3>
<p>We need help filing our annual IRS Form 990 and setting up simple books for the association. About 10 hours between February and May.</p>
<h3>We are short on folding tables</h3>
<p>Our old tables broke at the Irreecha lunch. Six-foot folding tables and stackable chairs for the community hall would be a huge help.</p>
<h3>Now hiring</h3>
<p>Youth program coordinator &mdash; paid, 20 hours/week, Afaan Oromoo required. Email the board.</p>
<h3>Film night</h3>
<p>Friday, April 4, 7 pm: a documentary screening and discussion at the Pemberton library. Free, all welcome.</p>
""")

PAGES["gumii/index.html"] = _page("om", "Koree", """
<h1>Koree Hojii Raawwachiiftuu qofaaf</h1>
<p>Fuula kana miseensota koree qofatu ilaala.</p>
<ul>
<li>Barreessaa haaraa barbaanna &mdash; Caamsaa irraa jalqabee.</li>
<li>Qabduu maallaqaa: gabaasa baajataa Ebla 30 dura.</li>
<li>Koree filannoo: miseensota 3.</li>
</ul>
""")

ROBOTS = """User-agent: CCBot
Disallow: /

User-agent: *
Disallow: /gumii/
"""

PDFS = {
    "waamicha-gibiraa.pdf": ("Waamicha Tola Ooltotaa - Gargaarsa Gibiraa", [
        ("title", "Waamicha Tola Ooltotaa - Gargaarsa Gibiraa"),
        ("p", "Waldaa Hawaasa Oromoo Gaachana, Pemberton"),
        ("h", "Gargaartota unka gibiraa barbaanna"),
        ("p", "Waldaan Gaachana maatiiwwan galii xiqqaa qaban unka gibiraa (tax forms) akka guutan gargaara. Gargaartota unka gibiraa barbaanna: nama lakkoofsa beeku, Afaan Oromoo fi Afaan Ingiliffaa dubbatu. Leenjiin ni kennama."),
        ("h", "Yeroo"),
        ("p", "Sanbata, Guraandhala 8 hanga Ebla 12, 10:00-2:00."),
        ("h", "Akkaataa itti hirmaattan"),
        ("p", "Bilbilaa (507) 555-0171 ykn gaachana@example.org irratti ergaa nuuf barreessaa."),
        ("h", "Maatiiwwaniif"),
        ("p", "Tajaajilli kun bilisaa dha. Maatiin gibira guutachuu barbaadan dursanii beellama qabachuu qabu."),
    ]),
}

_V, _K, _E, _G, _P = "tola-ooltota.html", "kennaa.html", "english.html", "gumii/index.html", "waamicha-gibiraa.pdf"

NEEDS = [
    N(_V, ["barsiisaa afaan oromoo"], "skilled", "om", ["om"], layout="shift_table", note="Nama 2 barbaachisa"),
    N(_V, ["gargaartota barnoota manaa"], "skilled", "om", layout="shift_table", note="homework helpers, 3"),
    N(_V, ["konkolaachisaa"], "volunteer", "om", layout="shift_table", note="driver to hospital"),
    N(_K, ["meeshaalee barnootaa", "boorsaa barnootaa"], "donation", "om", layout="wish_list"),
    N(_K, ["siree fi uffata siree"], "donation", "om", layout="story", note="family sleeping on the floor"),
    N(_E, ["volunteer accountant"], "skilled", "en", layout="seeking"),
    N(_E, ["folding tables"], "donation", "en", layout="short_on"),
    N(_P, ["gargaartota unka gibiraa"], "skilled", "om", ["om", "en"], layout="pdf",
      note="tax-form helpers, Oromo + English"),
]

TRAPS = [
    T("index.html", "service", ["tajaajila keenya"]),
    T("index.html", "hours", ["sa'aatii hojii"]),
    T("index.html", "event", ["ayyaana irreechaa"]),
    T("index.html", "general_appeal", ["hojii keenya deeggaraa"]),
    T(_V, "filled", ["qopheessitoota nyaataa"], "'amma nama dabalataa hin barbaannu'"),
    T(_V, "job", ["qulqulleessaa galmaa"], "paid $16/hr"),
    T(_V, "how_to_apply", ["akkaataa itti galmooftan"]),
    T(_K, "filled", ["uffata qorraa"], "'gahaa argannee jirra ... amma hin fidinaa'"),
    T(_K, "not_accepted", ["waan hin fudhanne"]),
    T(_E, "bio", ["chaltu dheressa"]),
    T(_E, "job", ["youth program coordinator"]),
    T(_E, "event", ["film night"]),
    T(_G, "robots", ["barreessaa haaraa"]),
    T(_G, "robots", ["qabduu maallaqaa"]),
    T(_P, "how_to_apply", ["akkaataa itti hirmaattan"]),
    T(_P, "service", ["beellama qabachuu"]),
]
