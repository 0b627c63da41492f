"""Dalsan Family Center (Milan, MN). WordPress (Astra) look; Somali first, one English page.
Robots: `*` group disallows /guddiga/ (board)."""
from common import N, T

SLUG = "milan-dalsan-family-center"
TOWN = "milan"


def shell(title, body, lang="so"):
    return """<!DOCTYPE html>
<html lang="%s">
<head>
<meta charset="UTF-8">
<title>%s &#8211; Xarunta Qoyska Dalsan</title>
<link rel="stylesheet" id="astra-theme-css-css" href="/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4" media="all">
</head>
<body class="page-template-default ast-separate-container">
<div id="page" class="hfeed site">
<header class="site-header ast-primary-submenu-animation-fade"><div class="ast-container">
<div class="site-branding"><span class="site-title"><a href="/" rel="home">Xarunta Qoyska Dalsan</a></span>
<p class="site-description">Dalsan Family Center &middot; Milan, Minnesota</p></div>
<nav class="main-header-bar-navigation"><ul id="primary-menu" class="main-header-menu">
<li class="menu-item"><a href="/" class="menu-link">Bogga hore</a></li>
<li class="menu-item"><a href="/mutadawac.html" class="menu-link">Mutadawac</a></li>
<li class="menu-item"><a href="/deeq.html" class="menu-link">Deeq</a></li>
<li class="menu-item"><a href="/en.html" class="menu-link">English</a></li>
</ul></nav>
</div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary">
<article class="page type-page status-publish ast-article-single"><div class="entry-content clear">
%s
</div></article>
</div></div></div>
<footer class="site-footer"><div class="ast-small-footer"><div class="ast-container">
<p>Xarunta Qoyska Dalsan &middot; 214 N Main St, Milan, MN &middot; 320-555-0131 &middot; dalsan@dalsanfamily.example</p>
<p><a href="/foom-mutadawac.pdf">Foomka mutadawaca (PDF)</a> &middot; <a href="/guddiga/">Guddiga</a></p>
</div></div></footer>
</div>
</body>
</html>
""" % (lang, title, body)


INDEX = shell("Bogga hore", """
<h1>Ku soo dhawoow Xarunta Qoyska Dalsan</h1>
<p>Xaruntu waxay caawisaa qoysaska Soomaaliyeed ee ku nool Milan, Montevideo iyo agagaarka tan iyo 2017.</p>

<h2>Adeegyada</h2>
<ul>
<li>Caawimaad foomamka dowladda (county, SNAP, MNsure)</li>
<li>Fasalka Ingiriisiga ee haweenka, Axad iyo Arbaco</li>
<li>Gaadiid loogu talagalay ballamaha dhakhtarka</li>
</ul>

<h2>Saacadaha furan</h2>
<p>Isniin ilaa Khamiis 10:00 subaxnimo ilaa 5:00 galabnimo. Jimce waa xiran yahay.</p>

<h2>Fasalka tolida</h2>
<p>Fasalka tolida ee Talaadada wuxuu leeyahay 16 hooyo, laakiin hal macallin oo keliya. Waxaan u baahannahay
laba haween mutadawacyo ah oo yaqaan tolidda, si ay u caawiyaan fasalka tolida Talaadada 10:00 &ndash; 12:00.
Mashiinada iyo dunta xaruntaa bixisa.</p>

<h2>Kulanka sannadlaha ah</h2>
<p>Kulanka sannadlaha ah ee bulshada wuxuu dhici doonaa Sabtida, 15 November, 2:00 galabnimo. Qof walba waa lagu soo dhawaynayaa.
<a href="/warar/2023-kulanka-sanadlaha.html">Warbixinta kulankii 2023</a></p>

<p><a href="/mutadawac.html">Noqo mutadawac &rarr;</a></p>
""")

MUTADAWAC = shell("Mutadawac", """
<h1>Mutadawac noqo</h1>
<p>Jadwalka hoose wuxuu muujinayaa hawlaha iyo boosaska banaan.</p>
<table>
<thead><tr><th>Hawsha</th><th>Maalinta</th><th>Xaaladda</th></tr></thead>
<tbody>
<tr><td>Kaxaynta waayeelka (darawal)</td><td>Talaado iyo Khamiis</td><td>2 boos banaan</td></tr>
<tr><td>Caawiyaha casharrada guriga</td><td>Isniin &ndash; Arbaco</td><td>Boos ma jiro &ndash; dad ku filan ayaa is diiwaangeliyey</td></tr>
<tr><td>Turjubaan Soomaali&ndash;Ingiriis ee ballamaha dhakhtarka</td><td>Markii loo baahdo</td><td>1 boos banaan</td></tr>
<tr><td>Qaybinta cuntada</td><td>Jimce</td><td>Waa la buuxiyey</td></tr>
<tr><td>Nadiifinta xarunta</td><td>Sabti subax</td><td>3 boos banaan</td></tr>
</tbody>
</table>

<h2>Sida loo diiwaangeliyo</h2>
<p>Buuxi <a href="/foom-mutadawac.pdf">foomka mutadawaca</a> oo keen xafiiska, ama wac 320-555-0132.</p>

<h2>Shaqo mushahar leh: kaaliyaha xafiiska</h2>
<p>Xaruntu waxay raadineysaa kaaliye xafiis, 25 saacadood toddobaadkii, $18 saacaddii. Waa shaqo mushahar leh, ma aha mutadawac.</p>
""")

DEEQ = shell("Deeq", """
<h1>Deeq</h1>

<h2>Liiska waxyaabaha aan u baahanahay</h2>
<ul>
<li>Caanaha carruurta (formula)</li>
<li>Xafaayadaha carruurta (size 3, 4, 5)</li>
<li>Sabuun iyo shaambo</li>
<li>Cadayga ilkaha</li>
</ul>

<h2>Bariis iyo baasto</h2>
<p>Hadda bariiskii iyo baastadii way naga dhammaadeen. Qoysas badan ayaa Jimcihii dambe gacan madhan ku tagay.
Fadlan keena bariis (jawaan 20 lb) iyo baasto.</p>

<h2>Hooyo Faadumo iyo carruurteeda</h2>
<p>Hooyo Faadumo iyo shanteeda carruur ah waxay yimaadeen Milan bishii hore. Gurigooda cusub sariiro ma leh, carruurtuna
dhulka ayay seexdaan. Waxay u baahan yihiin sariiro iyo busteyaal. Haddii aad caawin karto, wac Sahra 320-555-0133.</p>

<h2>Dharka xagaaga</h2>
<p>Dharka xagaaga aad ayaan u haysannaa, mahadsanidiin! Fadlan ha keenina dhar xagaa ilaa sannadka dambe.</p>

<h2>Ma aqbalno</h2>
<ul>
<li>Dawooyin</li>
<li>Kuraasta carruurta ee baabuurta ee hore loo isticmaalay</li>
<li>Furaash</li>
</ul>
""")

EN = shell("English", """
<h1>Dalsan Family Center</h1>
<p>We serve Somali families in Milan, Montevideo and the upper Minnesota River valley. Most of our pages are in Somali;
this page is for English-speaking friends.</p>

<h2>Meet our director</h2>
<p>Ubah Warsame came to Minnesota in 2006 and worked as a school liaison in Willmar for ten years before founding Dalsan.</p>

<h2>ESL teacher for mothers</h2>
<p>Mothers with young children cannot attend the evening class at the high school. We need a volunteer ESL teacher for
Somali mothers on Wednesday mornings, with childcare in the next room. A woman is preferred. No Somali needed.</p>

<h2>Seeking a donated minivan</h2>
<p>Our staff drive families to appointments in their own cars. We are seeking a donated minivan in running condition. We can provide a tax receipt.</p>

<h2>Free tax help</h2>
<p>From February to April, families can get free tax help at the center on Saturdays.</p>

<h2>Community iftar</h2>
<p>Every Ramadan we host a community iftar open to all neighbors. Watch this page for the 2026 date.</p>
""", lang="en")

GUDDIGA = shell("Guddiga", """
<h1>Guddiga &ndash; qoraallada kulanka</h1>
<p>Kaliya xubnaha guddiga.</p>
<ul>
<li>Waxaan u baahannahay xoghaye cusub oo guddiga ah.</li>
<li>Waxaan raadineynaa qof deeq ahaan u bixiya mashiinka daabacaadda (printer).</li>
<li>Qof abaabula safarka dhallinyarada ee Minneapolis.</li>
</ul>
""")

PAGES = {
    "index.html": INDEX,
    "mutadawac.html": MUTADAWAC,
    "deeq.html": DEEQ,
    "en.html": EN,
    "guddiga/index.html": GUDDIGA,
}

ROBOTS = """User-agent: *
Disallow: /wp-admin/
Disallow: /guddiga/
Allow: /wp-admin/admin-ajax.php
"""

PDFS = {
    "foom-mutadawac.pdf": ("Foomka mutadawaca", [
        ("title", "Xarunta Qoyska Dalsan - Foomka Mutadawaca"),
        ("p", "Mahadsanid inaad rabto inaad nala shaqeyso. Fadlan buuxi foomkan."),
        ("h", "Fasalka kombiyuutarka"),
        ("p", "Bishan waxaan bilaabeynaa fasalka kombiyuutarka ee dhallinyarada iyo waalidiinta. Waxaan u baahannahay "
              "laba caawiye oo yaqaan kombiyuutarka (email, Word, iyo bogga dugsiga), Sabtida 1:00 - 3:00."),
        ("h", "Macluumaadkaaga"),
        ("p", "Magaca: ____________________   Telefoonka: ______________"),
        ("p", "Luuqadaha aad ku hadasho: ____________________   Maalmaha aad firaaqada tahay: ______________"),
        ("h", "Hubinta taariikhda"),
        ("p", "Mutadawac kasta oo la shaqeeya carruurta waa in la sameeyaa hubinta taariikhda (background check)."),
        ("h", "Sida loo soo celiyo"),
        ("p", "Ku soo celi foomkan xafiiska Isniin ilaa Khamiis, ama email u dir dalsan@dalsanfamily.example."),
    ], {"lang": "so"}),
}

NEEDS = [
    N("index.html", ["fasalka tolida", "yaqaan tolidda"], "skilled", "so", [], "heading_paragraph",
      "sewing-class helpers who know sewing"),
    N("mutadawac.html", ["kaxaynta waayeelka", "darawal"], "volunteer", "so", [], "shift_table", "'2 boos banaan'"),
    N("mutadawac.html", ["turjubaan", "ballamaha dhakhtarka"], "skilled", "so", ["so", "en"], "shift_table",
      "'1 boos banaan'"),
    N("mutadawac.html", ["nadiifinta xarunta"], "volunteer", "so", [], "shift_table", "'3 boos banaan'"),
    N("deeq.html", ["liiska waxyaabaha", "caanaha carruurta", "xafaayadaha"], "donation", "so", [], "wish_list"),
    N("deeq.html", ["bariis", "baasto"], "donation", "so", [], "short_on", "'way naga dhammaadeen' = we ran out"),
    N("deeq.html", ["sariiro", "busteyaal"], "donation", "so", [], "story", "mother and five children: beds and blankets"),
    N("en.html", ["esl teacher", "volunteer esl teacher"], "skilled", "en", ["en"], "heading_paragraph",
      "woman preferred; no Somali needed"),
    N("en.html", ["donated minivan", "minivan"], "donation", "en", [], "seeking"),
    N("foom-mutadawac.pdf", ["fasalka kombiyuutarka", "yaqaan kombiyuutarka"], "skilled", "so", [], "pdf",
      "Somali PDF volunteer form"),
]

TRAPS = [
    T("index.html", "service", ["caawimaad foomamka", "fasalka ingiriisiga"]),
    T("index.html", "service", ["gaadiid loogu talagalay"], "rides offered to clients"),
    T("index.html", "hours", ["saacadaha furan"]),
    T("index.html", "event", ["kulanka sannadlaha"]),
    T("index.html", "teaser", ["noqo mutadawac"]),
    T("mutadawac.html", "filled", ["caawiyaha casharrada guriga", "boos ma jiro"]),
    T("mutadawac.html", "filled", ["qaybinta cuntada", "waa la buuxiyey"]),
    T("mutadawac.html", "how_to_apply", ["sida loo diiwaangeliyo"]),
    T("mutadawac.html", "job", ["kaaliyaha xafiiska", "shaqo mushahar leh"]),
    T("deeq.html", "overstock", ["dharka xagaaga"], "'ha keenina' = do not bring"),
    T("deeq.html", "not_accepted", ["ma aqbalno", "furaash"]),
    T("en.html", "bio", ["meet our director", "ubah warsame"]),
    T("en.html", "service", ["free tax help"]),
    T("en.html", "event", ["community iftar"]),
    T("guddiga/index.html", "robots", ["xoghaye cusub"]),
    T("guddiga/index.html", "robots", ["mashiinka daabacaadda"]),
    T("guddiga/index.html", "robots", ["safarka dhallinyarada"]),
    T("foom-mutadawac.pdf", "how_to_apply", ["sida loo soo celiyo", "ku soo celi foomkan"]),
    T("foom-mutadawac.pdf", "how_to_apply", ["hubinta taariikhda"]),
]
