"""Alden: Gamtaa Oromo Community of Alden.
English home + Oromo pages. Layouts: a Google Sheets "publish to web" export
(waffle table with A/B/C column headers and row numbers; blank name cells =
open), Oromo family stories, a Webflow-style CMS card list whose meta row comes
BEFORE the role name, an Oromo PDF flyer."""
from common import N, T

SLUG = "alden-gamtaa-oromo-community"


def head(lang, title):
    return """<!DOCTYPE html>
<html lang="%s">
<head>
<meta charset="utf-8">
<title>%s</title>
<link href="/css/gamtaa.webflow.css" rel="stylesheet">
</head>
<body>
<div data-collapse="medium" class="navbar w-nav"><div class="w-container">
<a href="/index.html" class="brand w-nav-brand">Gamtaa</a>
<nav role="navigation" class="w-nav-menu">
<a href="/index.html" class="nav-link w-nav-link">Home</a>
<a href="/help.html" class="nav-link w-nav-link">Help out</a>
<a href="/galmee.html" class="nav-link w-nav-link">Galmee</a>
<a href="/seenaa.html" class="nav-link w-nav-link">Seenaa</a>
<a href="/beeksisa.pdf" class="nav-link w-nav-link">Beeksisa (PDF)</a>
</nav></div></div>
""" % (lang, title)


FOOT = """<footer class="footer"><div class="w-container">
<div>Gamtaa Oromo Community of Alden &middot; 160 N Broadway, Alden, MN &middot; (507) 555-0158 &middot; gamtaa@example.org</div>
<div><a href="/koree/yaa-ii.html" class="footer-link">Koree</a> &middot; <a href="/suuraa/ayyaana-2024.html" class="footer-link">Suuraa</a></div>
</div></footer>
</body>
</html>
"""

INDEX = head("en", "Gamtaa Oromo Community of Alden") + """
<div class="section hero"><div class="w-container">
<h1 class="hero-heading">Gamtaa &ndash; together</h1>
<p class="hero-text">A home for Oromo families in Freeborn County since 2012: language, culture, and a hand when you need one.</p>
</div></div>
<div class="section"><div class="w-container w-row">
<div class="w-col w-col-4"><h3>Saturday school</h3><p>Afaan Oromoo Saturday school for children, 10 am&ndash;noon, September to May. Free.</p></div>
<div class="w-col w-col-4"><h3>Office</h3><p>Office open Tuesday and Thursday 4&ndash;8 pm, Saturday 9&ndash;1.</p></div>
<div class="w-col w-col-4"><h3>Irreecha</h3><p>Irreecha celebration, Saturday October 5 at Alden City Park. Bring flowers and family.</p></div>
</div></div>
<div class="section grey"><div class="w-container">
<p>Gamtaa is run by its members. Membership dues are $60 a year per family and keep the lights on. <a href="https://give.example.org/gamtaa" class="button w-button">Pay dues</a></p>
</div></div>
""" + FOOT

GALMEE = """<!DOCTYPE html>
<html lang="om">
<head>
<meta charset="utf-8">
<title>Galmee Hojii Tola Ooltummaa &ndash; Google Sheets</title>
<style type="text/css">.ritz .waffle a { color: inherit; }.ritz .waffle .s0{border-bottom:1px SOLID #000000;background-color:#d9ead3;text-align:left;font-weight:bold;color:#000000;font-family:'Arial';font-size:10pt;vertical-align:bottom;white-space:nowrap;direction:ltr;padding:2px 3px 2px 3px;}.ritz .waffle .s1{background-color:#ffffff;text-align:left;color:#000000;font-family:'Arial';font-size:10pt;vertical-align:bottom;white-space:normal;overflow:hidden;word-wrap:break-word;direction:ltr;padding:2px 3px 2px 3px;}.ritz .waffle .s2{background-color:#f4cccc;text-align:left;color:#000000;font-family:'Arial';font-size:10pt;}.ritz .waffle .s3{background-color:#b7e1cd;text-align:left;color:#000000;font-family:'Arial';font-size:10pt;}</style>
</head>
<body>
<div id="top-bar"><span id="doc-title">Galmee Hojii Tola Ooltummaa 2024</span> <a href="/index.html">Gamtaa</a></div>
<div id="sheets-viewport">
<div class="ritz grid-container" dir="ltr">
<table class="waffle" cellspacing="0" cellpadding="0">
<thead><tr><th class="row-header freezebar-origin-ltr"></th><th id="0C0" style="width:260px;" class="column-headers-background">A</th><th id="0C1" style="width:90px;" class="column-headers-background">B</th><th id="0C2" style="width:100px;" class="column-headers-background">C</th><th id="0C3" style="width:100px;" class="column-headers-background">D</th><th id="0C4" style="width:100px;" class="column-headers-background">E</th><th id="0C5" style="width:180px;" class="column-headers-background">F</th></tr></thead>
<tbody>
<tr style="height: 20px"><th id="0R0" style="height: 20px;" class="row-headers-background"><div class="row-header-wrapper" style="line-height: 20px">1</div></th><td class="s0">Hojii</td><td class="s0">Guyyaa</td><td class="s0">Maqaa 1</td><td class="s0">Maqaa 2</td><td class="s0">Maqaa 3</td><td class="s0">Haala</td></tr>
<tr style="height: 20px"><th id="0R1" style="height: 20px;" class="row-headers-background"><div class="row-header-wrapper" style="line-height: 20px">2</div></th><td class="s1">Maatii haaraa buufata xiyyaaraa irraa simachuu</td><td class="s1">Sanbata</td><td class="s1"></td><td class="s1"></td><td class="s1"></td><td class="s2">Nama barbaanna</td></tr>
<tr style="height: 20px"><th id="0R2" style="height: 20px;" class="row-headers-background"><div class="row-header-wrapper" style="line-height: 20px">3</div></th><td class="s1">Daa'imman eeguu (yeroo walga'ii haadholii)</td><td class="s1">Kamisa</td><td class="s1">Caaltuu</td><td class="s1"></td><td class="s1"></td><td class="s2">Nama 2 dabalataa barbaanna</td></tr>
<tr style="height: 20px"><th id="0R3" style="height: 20px;" class="row-headers-background"><div class="row-header-wrapper" style="line-height: 20px">4</div></th><td class="s1">Nyaata qopheessuu &ndash; Ayyaana Irreecha</td><td class="s1">Dilbata</td><td class="s1">Hawwii</td><td class="s1">Ayyaantu</td><td class="s1">Bontu</td><td class="s3">Guutuu &#10003;</td></tr>
<tr style="height: 20px"><th id="0R4" style="height: 20px;" class="row-headers-background"><div class="row-header-wrapper" style="line-height: 20px">5</div></th><td class="s1">Barsiisaa Afaan Oromoo (daa'imman umurii 6&ndash;12)</td><td class="s1">Sanbata</td><td class="s1">Gaaddisaa</td><td class="s1"></td><td class="s1"></td><td class="s2">Barsiisaa tokko dabalataa</td></tr>
<tr style="height: 20px"><th id="0R5" style="height: 20px;" class="row-headers-background"><div class="row-header-wrapper" style="line-height: 20px">6</div></th><td class="s1">Suuraa kaasuu &ndash; Irreecha</td><td class="s1">Sanbata</td><td class="s1"></td><td class="s1"></td><td class="s1"></td><td class="s2">Banaa</td></tr>
<tr style="height: 20px"><th id="0R6" style="height: 20px;" class="row-headers-background"><div class="row-header-wrapper" style="line-height: 20px">7</div></th><td class="s1">Teessoo fi minjaala qopheessuu</td><td class="s1">Sanbata</td><td class="s1">Lammaa</td><td class="s1">Tolasaa</td><td class="s1">Guddataa</td><td class="s3">Namni gahaan jira</td></tr>
<tr style="height: 20px"><th id="0R7" style="height: 20px;" class="row-headers-background"><div class="row-header-wrapper" style="line-height: 20px">8</div></th><td class="s1">Ayyaanni Irreechaa: Onkoloolessa 5, Alden City Park, sa'aatii 10</td><td class="s1"></td><td class="s1"></td><td class="s1"></td><td class="s1"></td><td class="s1"></td></tr>
</tbody>
</table>
</div>
</div>
<div id="footer">Published by Google Sheets &ndash; <a href="https://docs.google.com/">Report abuse</a> &ndash; Updated automatically every 5 minutes</div>
</body>
</html>
"""

SEENAA = head("om", "Seenaa maatii — Gamtaa") + """
<div class="section"><div class="w-container">
<h1>Seenaa maatii hawaasa keenyaa</h1>
<p>Maatiin armaan gadii eeyyama isaaniitiin seenaa isaanii nuuf qoodan. Gargaaruu yoo barbaaddan, (507) 555-0158 bilbilaa.</p>
<div class="story w-dyn-item">
<h2>Maatii Obbo Abdii</h2>
<p>Obbo Abdii fi haati manaa isaa ijoollee sadii waliin ji'a darbe Keeniyaa irraa Alden dhufan. Mana kiraa argataniiru, garuu siree hin qaban; ijoolleen lafa irra rafu. Siree ijoollee lamaa fi uffata qorraa ijoollee umurii 4, 7 fi 11 barbaadu.</p>
</div>
<div class="story w-dyn-item">
<h2>Haadha Caaltuu fi ijoollee ishee</h2>
<p>Caaltuun ijoollee afur qabdi, kan hangafni kutaa 9ffaa barata. Mana barumsaatti hojiin manaa hundi kompiitaraan hojjetama, garuu manatti kompiitara hin qaban; ijoolleen bilbila haadha isaanii irratti barreessu. Laptop tokko yoo kennitan, barnoota isaanii jijjiira.</p>
</div>
<div class="story w-dyn-item done">
<h2>Galatoomaa! &ndash; Maatii Lammaa</h2>
<p>Seenaa maatii Lammaa ji'a darbe barreessine: meeshaan mana isaanii hundi guutummaatti argameera. Galatoomaa!</p>
</div>
<p class="teaser">Barreeffama itti aanu: <a href="/seenaa.html#irreecha">Seenaa Irreecha Minnesota keessatti &rarr;</a></p>
</div></div>
""" + FOOT

HELP = head("en", "Help out — Gamtaa") + """
<div class="section"><div class="w-container">
<h1>Help out</h1>
<p>Roles we&rsquo;re recruiting for now. Tap a card to email the coordinator.</p>
<div role="list" class="roles w-dyn-items">
 <div role="listitem" class="w-dyn-item"><a href="mailto:roles@gamtaa.example.org" class="role-card w-inline-block">
  <div class="role-meta">2 hrs / week &middot; Alden library</div>
  <div class="role-name">Chess club leader for teens</div>
  <div class="role-text">Twelve teenagers, one chess set that is missing a knight. You don&rsquo;t need to be a master, just keep it fun on Wednesday evenings.</div>
 </a></div>
 <div role="listitem" class="w-dyn-item"><a href="mailto:roles@gamtaa.example.org" class="role-card w-inline-block">
  <div class="role-meta">Remote &middot; flexible</div>
  <div class="role-name">Grant writer</div>
  <div class="role-text">Help us apply to two foundations this winter for the Saturday school. Experience writing grants required.</div>
 </a></div>
 <div role="listitem" class="w-dyn-item"><a href="mailto:jobs@gamtaa.example.org" class="role-card w-inline-block">
  <div class="role-meta">PAID &middot; 10 hrs / month</div>
  <div class="role-name">Accountant</div>
  <div class="role-text">Part-time contract position: monthly books and the year-end 990. Paid hourly.</div>
 </a></div>
 <div role="listitem" class="w-dyn-item"><a href="mailto:roles@gamtaa.example.org" class="role-card w-inline-block">
  <div class="role-meta">Free for members</div>
  <div class="role-name">Immigration paperwork help</div>
  <div class="role-text">We offer free help with green card renewals and citizenship applications, Saturdays by appointment.</div>
 </a></div>
 <div role="listitem" class="w-dyn-item"><a href="mailto:roles@gamtaa.example.org" class="role-card w-inline-block">
  <div class="role-meta">A few evenings in November &middot; Albert Lea schools</div>
  <div class="role-name">Afaan Oromoo&ndash;English interpreter</div>
  <div class="role-text">Parent-teacher conferences are coming, and many parents are nervous to go alone. Fluent Afaan Oromoo and English, please.</div>
 </a></div>
 <div role="listitem" class="w-dyn-item"><div class="role-card filled">
  <div class="role-meta">Filled for spring</div>
  <div class="role-name">Citizenship class assistant</div>
  <div class="role-text">Thank you, Jaalala! We&rsquo;ll post again in August.</div>
 </div></div>
</div>
</div></div>
""" + FOOT

KOREE = head("om", "Yaa'ii Koree") + """
<div class="section"><div class="w-container">
<h1>Yaa'ii Koree &ndash; keessoo qofa</h1>
<ul>
<li>Qarshii kuusaa haaraa filachuu qabna; tola ooltuu barbaanna.</li>
<li>Konkolaataa xiqqaa kennaa barbaaduu.</li>
<li>Tola ooltota sagantaa Irreechaa qindeessan barbaaduu.</li>
</ul>
</div></div>
""" + FOOT

PAGES = {
    "index.html": INDEX,
    "galmee.html": GALMEE,
    "seenaa.html": SEENAA,
    "help.html": HELP,
    "koree/yaa-ii.html": KOREE,
}

ROBOTS = """User-agent: *\r\nDisallow: /koree/\r\n\r\nUser-agent: CCBot\r\nDisallow: /\r\n"""

PDFS = {
    "beeksisa.pdf": ("Beeksisa - Mana Kitaabaa Daa'immanii", [
        ("title", "BEEKSISA: Mana Kitaabaa Daa'immanii"),
        ("p", "Gamtaa Oromo Community of Alden - 160 N Broadway - (507) 555-0158"),
        ("gap", ""),
        ("p", "Mana kitaabaa daa'immanii haaraa galma keenya keessatti banuuf jirra. Kanaaf kitaabota "
              "daa'immanii Afaan Oromoo fi Afaan Ingiliffaa barbaanna: kitaabota suuraa, kitaabota "
              "barnootaa fi seenaa xixiqqaa."),
        ("p", "Kitaabota cabaa ykn barreeffamaan guutaman hin fudhannu."),
        ("h", "Tola ooltota barbaanna"),
        ("p", "Kitaabota tartiibaan kaa'uu fi maqaa itti maxxansuuf tola ooltota sadii barbaanna, "
              "Sanbata Sadaasa 2 fi 9."),
        ("h", "Ayyaana banumsa"),
        ("p", "Ayyaana banumsa mana kitaabaa: Sadaasa 16, sa'aatii 2. Hundi keessan affeeramtaniittu."),
    ]),
}

O = "om"
NEEDS = [
    N("galmee.html", ["buufata xiyyaaraa"], "volunteer", O, layout="sheets_export",
      note="row with three blank name cells + 'Nama barbaanna' (we are looking for people): welcome new families at the airport"),
    N("galmee.html", ["daa'imman eeguu"], "volunteer", O, layout="sheets_export",
      note="one name of three; '2 more wanted'"),
    N("galmee.html", ["barsiisaa afaan oromoo"], "skilled", O, ["om"], layout="sheets_export"),
    N("galmee.html", ["suuraa kaasuu"], "skilled", O, layout="sheets_export", note="'Banaa' = open"),
    N("seenaa.html", ["maatii obbo abdii", "siree"], "donation", O, layout="story",
      note="beds and winter clothes for children"),
    N("seenaa.html", ["haadha caaltuu", "laptop"], "donation", O, layout="story"),
    N("help.html", ["chess club"], "volunteer", "en", layout="cms_cards_meta_first"),
    N("help.html", ["grant writer"], "skilled", "en", layout="cms_cards_meta_first"),
    N("help.html", ["interpreter"], "skilled", "en", ["om", "en"], layout="cms_cards_meta_first"),
    N("beeksisa.pdf", ["kitaabota daa'immanii"], "donation", O, layout="pdf_flyer"),
    N("beeksisa.pdf", ["tartiibaan kaa'uu", "tola ooltota barbaanna"], "volunteer", O, layout="pdf_flyer"),
]
TRAPS = [
    T("index.html", "service", ["saturday school"]),
    T("index.html", "hours", ["office open"]),
    T("index.html", "event", ["irreecha celebration"]),
    T("index.html", "general_appeal", ["membership dues"]),
    T("galmee.html", "filled", ["nyaata qopheessuu"], "three names + 'Guutuu ✓'"),
    T("galmee.html", "filled", ["teessoo fi minjaala"], "'Namni gahaan jira' = there are enough people"),
    T("galmee.html", "event", ["onkoloolessa 5"]),
    T("seenaa.html", "filled", ["maatii lammaa"], "past story, everything found"),
    T("seenaa.html", "blog", ["seenaa irreecha"]),
    T("help.html", "job", ["accountant"]),
    T("help.html", "service", ["green card renewals", "immigration paperwork"]),
    T("help.html", "filled", ["citizenship class assistant"]),
    T("beeksisa.pdf", "refused", ["kitaabota cabaa"]),
    T("beeksisa.pdf", "event", ["ayyaana banumsa"]),
    T("koree/yaa-ii.html", "robots", ["qarshii kuusaa"]),
    T("koree/yaa-ii.html", "robots", ["konkolaataa"]),
    T("koree/yaa-ii.html", "robots", ["qindeessan"]),
]
