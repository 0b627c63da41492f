"""Odaa Oromo Community, Nicollet: CSS-grid site (en + om), <details> accordion of projects, Oromo status table, story + wish list, Oromo PDF flyer."""
from common import need, trap

SLUG = "nicollet-odaa-oromo-community"

ROBOTS = "User-agent: *\r\nDisallow: /koree/\r\n\r\nUser-agent: CCBot\r\nDisallow: /\r\n"


def shell(lang, title, body, p=""):
    return """<!DOCTYPE html>
<html lang="%(lang)s">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%(title)s &middot; Odaa Oromo Community</title>
<link rel="stylesheet" href="%(p)sassets/site.css">
</head>
<body>
<header class="grid-header">
 <a class="logo" href="%(p)sindex.html"><img src="%(p)sassets/odaa-tree.svg" alt=""> Odaa Oromo Community</a>
 <nav>
  <a href="%(p)sindex.html">Home</a>
  <a href="%(p)sprojects.html">Projects</a>
  <a href="%(p)som/index.html">Afaan Oromoo</a>
  <a href="%(p)som/gargaarsa.html">Gargaarsa</a>
 </nav>
</header>
<main class="grid-main">
%(body)s
</main>
<footer class="grid-footer">
 <div>Odaa Oromo Community &middot; 512 Pearl Street, Nicollet, MN 56074 &middot; 507-555-0163</div>
 <div><a href="%(p)som/beeksisa.pdf">Beeksisa (PDF)</a> &middot; <a href="%(p)skoree/index.html">Koree</a></div>
</footer>
</body>
</html>
""" % {"lang": lang, "title": title, "body": body, "p": p}


INDEX = shell("en", "Home", """
<section class="hero"><h1>Under the Odaa tree, everyone has a seat</h1>
<p>We are Oromo families from Nicollet, St. Peter and North Mankato, gathering since 2014.</p></section>
<section class="tiles">
 <div class="tile"><h2>Hours</h2><p>Community room open Tuesday&ndash;Saturday, 10:00 to 5:00.</p></div>
 <div class="tile"><h2>Citizenship class</h2><p>Free citizenship test preparation for adults every Sunday afternoon, taught by
 retired teachers from Mankato.</p></div>
 <div class="tile"><h2>Irreechaa celebration</h2><p>Sunday, September 28, at Minneopa State Park. Bring flowers and family.
 <a href="gallery/irreechaa-2025.html">Photo gallery</a></p></div>
 <div class="tile"><h2>Support the community</h2><p>Your gift keeps our doors open. <a href="https://give.example-odaa.org/">Give</a></p></div>
</section>
""")

PROJECTS = shell("en", "Projects", """
<h1>Projects and how to help</h1>
<p>Click a project to open it.</p>
<details>
 <summary>Saturday school</summary>
 <p>Forty children learn to read and write Afaan Oromoo on Saturday mornings. We need two assistant teachers who read
 and write Afaan Oromoo well to help with the youngest class (ages 5 to 8).</p>
</details>
<details>
 <summary>Summer soccer tournament</summary>
 <p>We have enough referees for this summer, thank you! The tournament is July 12&ndash;13 at Nicollet Memorial Park.</p>
</details>
<details>
 <summary>Community kitchen</summary>
 <p>We cook for 150 people at every holiday on two home stoves. We are seeking a donated commercial coffee urn
 (100-cup) and a rice cooker large enough for 50 people.</p>
</details>
<details>
 <summary>Immigration paperwork</summary>
 <p>Seeking a volunteer paralegal or immigration attorney for one Saturday a month to review green-card and
 citizenship forms before families file them.</p>
</details>
<details>
 <summary>Hall rental</summary>
 <p>Our hall is available for weddings and graduation parties, $150 a day for members.</p>
</details>
<details>
 <summary>Youth program manager (paid)</summary>
 <p>Part-time staff position, 20 hours a week, $22/hour, funded by a county grant. Apply by August 1.</p>
</details>
""")

OM_INDEX = shell("om", "Afaan Oromoo", """
<h1>Baga nagaan dhuftan!</h1>
<p>Hawaasni Oromoo Odaa maatii Oromoo Nicollet, St. Peter fi North Mankato keessa jiraatan walitti fida.</p>

<h2>Sa'aatii hojii</h2>
<p>Kibxata hanga Sanbataa, sa'aatii 10:00 hanga 5:00.</p>

<h2>Mana barumsaa Afaan Oromoo</h2>
<p>Sanbata ganama ijoolleen Afaan Oromoo dubbisuu fi barreessuu baratu. Barumsi kun bilisa.</p>

<h2>Hojii tola ooltummaa</h2>
<table class="roles">
 <thead><tr><th>Hojii</th><th>Yeroo</th><th>Haala</th></tr></thead>
 <tbody>
  <tr><td>Nyaata qopheessitoota (Ayyaana Irreechaatiif)</td><td>Sanbata, Fulbaana 27</td><td>Namoota 6 barbaanna</td></tr>
  <tr><td>Barsiisaa Ingiliffaa (ga'eessotaaf)</td><td>Kibxata fi Kamiisa galgala</td><td>Ni barbaachisa</td></tr>
  <tr><td><s>Qulqulleessitoota galmaa</s></td><td>Dilbata</td><td>Argameera, galatoomaa</td></tr>
  <tr><td>Hiiktota (Afaan Oromoo &ndash; Ingiliffaa) hospitaala Mankatootti</td><td>Yeroo barbaachisu</td><td>Namoota 2 barbaanna</td></tr>
  <tr><td>Hojjetaa waajjiraa</td><td>Torbanitti sa'aatii 20</td><td>Mindaa qaba</td></tr>
 </tbody>
</table>
""", p="../")

OM_GARGAARSA = shell("om", "Gargaarsa", """
<h1>Gargaarsa</h1>

<article>
<h2>Maatii Obbo Tolasaa</h2>
<p>Obbo Tolasaa fi maatiin isaanii ji'a darbe Keeniyaa irraa Nicollet dhufan. Ijoollee afur qabu. Manni isaanii siree
hin qabu; ijoolleen lafa irra rafu. Siree, firaasha fi uffata qorraa ijoolleef barbaadu. Kan gargaaruu danda'u
Caaltuu bilbilaa: 507-555-0163.</p>
</article>

<h2>Meeshaalee barbaachisan</h2>
<ul>
 <li>Kitaabota ijoollee Afaan Oromootiin barreeffaman</li>
 <li>Qalama, irreessa fi waraqaa</li>
 <li>Boorsaa barumsaa</li>
</ul>
<p>Meeshaalee kana Sanbata mana barumsaatti fidaa.</p>

<h2>Uffata bonaa</h2>
<p>Uffanni bonaa amma hin barbaachisu &mdash; galatoomaa!</p>

<h2>Ayyaana Irreechaa 2024</h2>
<p>Namoonni 500 ol hirmaatan. Warra nu gargaare hunda galatoomaa.</p>

<h2>Maallaqaan nu deeggaraa</h2>
<p>Kiraa galmaa kaffaluuf gumaacha keessan barbaanna.</p>
""", p="../")

KOREE = shell("om", "Koree", """
<h1>Koree hoji raawwachiiftuu</h1>
<p>Kun miseensota koree qofaaf.</p>
<ul>
 <li>Barreessaa koree haaraa filachuu</li>
 <li>Konkolaataa liqii ayyaanaaf</li>
 <li>Kompiitara waajjiraa haaraa</li>
</ul>
""", p="../")

PAGES = {
    "index.html": INDEX,
    "projects.html": PROJECTS,
    "om/index.html": OM_INDEX,
    "om/gargaarsa.html": OM_GARGAARSA,
    "koree/index.html": KOREE,
}

PDFS = {
    "om/beeksisa.pdf": ("Beeksisa - Guyyaa Qulqullina Paarkii", [
        ("title", "Beeksisa: Guyyaa Qulqullina Paarkii"),
        ("p", "Hawaasa Oromoo Odaa - 512 Pearl Street, Nicollet - 507-555-0163"),
        ("gap", ""),
        ("p", "Sanbata, Caamsaa 17, sa'aatii 9:00 hanga 12:00. Magaalaan Nicollet paarkii isaa qulqulleessuuf nu "
              "gaafatteetti. Tola ooltota 20 barbaanna: ga'eessota, dargaggoota fi maatii. Guwaantii fi kiishaa ni "
              "kennina; bishaan fi buna ni qopheessina."),
        ("gap", ""),
        ("h", "Galmaa'uuf"),
        ("p", "Galmaa'uuf Caaltuu bilbilaa: 507-555-0163, ykn Sanbata mana barumsaatti maqaa keessan galmeessaa."),
        ("gap", ""),
        ("h", "Ayyaana Irreechaa 2025"),
        ("p", "Ayyaanni Irreechaa 2025 Dilbata, Fulbaana 28, Paarkii Minneopa keessatti kabajama. Hundi keessan "
              "afeeramtaniittu."),
    ]),
}

NEEDS = [
    need("projects.html", ["assistant teacher"], "skilled", "en", ["om"], layout="accordion"),
    need("projects.html", ["coffee urn", "rice cooker"], "donation", "en", layout="accordion"),
    need("projects.html", ["paralegal", "immigration attorney"], "skilled", "en", layout="accordion"),
    need("om/index.html", ["nyaata qopheessitoota"], "volunteer", "om", layout="shift_table",
         note="cooks for the Irreechaa festival, 6 needed"),
    need("om/index.html", ["barsiisaa ingiliffaa"], "skilled", "om", ["en"], layout="shift_table"),
    need("om/index.html", ["hiiktota"], "skilled", "om", ["om", "en"], layout="shift_table"),
    need("om/gargaarsa.html", ["siree", "tolasaa"], "donation", "om", layout="story",
         note="beds, mattresses, winter clothes for the family"),
    need("om/gargaarsa.html", ["meeshaalee barbaachisan", "kitaabota ijoollee"], "donation", "om", layout="wish_list"),
    need("om/beeksisa.pdf", ["qulqullina paarkii"], "volunteer", "om", layout="pdf",
         note="park clean-up day volunteers, 20 needed"),
]

TRAPS = [
    trap("index.html", "hours", ["community room open"]),
    trap("index.html", "service", ["citizenship class"]),
    trap("index.html", "event", ["irreechaa celebration"]),
    trap("index.html", "general_appeal", ["support the community"]),
    trap("projects.html", "filled", ["referee"], note="'We have enough referees'"),
    trap("projects.html", "offer", ["hall rental"]),
    trap("projects.html", "job", ["youth program manager"]),
    trap("om/index.html", "hours", ["sa'aatii hojii"]),
    trap("om/index.html", "service", ["mana barumsaa afaan oromoo"]),
    trap("om/index.html", "filled", ["qulqulleessitoota galmaa"], note="struck + 'Argameera'"),
    trap("om/index.html", "job", ["hojjetaa waajjiraa"], note="'Mindaa qaba' = paid"),
    trap("om/gargaarsa.html", "filled", ["uffanni bonaa"], note="'amma hin barbaachisu'"),
    trap("om/gargaarsa.html", "recap", ["irreechaa 2024"]),
    trap("om/gargaarsa.html", "general_appeal", ["maallaqaan nu deeggaraa"]),
    trap("om/beeksisa.pdf", "how_to_apply", ["galmaa'uuf"]),
    trap("om/beeksisa.pdf", "event", ["irreechaa 2025"]),
    trap("koree/index.html", "robots", ["barreessaa koree"]),
    trap("koree/index.html", "robots", ["konkolaataa liqii"]),
    trap("koree/index.html", "robots", ["kompiitara"]),
]
