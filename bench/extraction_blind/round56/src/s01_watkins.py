"""Site 1: Iftiin Somali family center, Watkins MN. Somali-first site, English summary page,
Somali shift table, Somali donation page with a story, Somali PDF newsletter, robots /maamulka/."""
from common import need, trap

SLUG = "watkins-iftiin-somali-family-center"

NAV = """<nav class="navbar navbar-expand-lg navbar-light bg-light">
 <div class="container">
  <a class="navbar-brand" href="/index.html"><img src="/img/iftiin-logo.png" alt="" width="32"> Iftiin</a>
  <ul class="navbar-nav ms-auto">
   <li class="nav-item"><a class="nav-link" href="/index.html">Bogga hore</a></li>
   <li class="nav-item"><a class="nav-link" href="/tabarucayaal.html">Tabarucayaal</a></li>
   <li class="nav-item"><a class="nav-link" href="/deeqaha.html">Deeqaha</a></li>
   <li class="nav-item"><a class="nav-link" href="/wargeys-gu-2025.pdf">Wargeyska (PDF)</a></li>
   <li class="nav-item"><a class="nav-link" href="/en/index.html">English</a></li>
  </ul>
 </div>
</nav>"""

FOOT = """<footer class="bg-dark text-light py-4 mt-5">
 <div class="container small">
  <p>Xarunta Qoysaska Iftiin &middot; 118 Main St, Watkins, MN 55389 &middot; (320) 555-0131 &middot; <a href="mailto:info@iftiinwatkins.org">info@iftiinwatkins.org</a></p>
  <p><a href="/muuqaal/qalin-jebinta-2024.html">Sawirro: xafladda qalin-jebinta 2024</a> &middot; <a href="/maamulka/shirka-guddiga.html">Shirarka guddiga (xubnaha kaliya)</a></p>
  <p>&copy; 2025 Iftiin Family Center. Dhammaan xuquuqda way dhowran tahay.</p>
 </div>
</footer>"""

INDEX = """<!DOCTYPE html>
<html lang="so">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Xarunta Qoysaska Iftiin &ndash; Watkins, Minnesota</title>
<link rel="stylesheet" href="/css/bootstrap.min.css">
<link rel="stylesheet" href="/css/iftiin.css">
</head>
<body>
""" + NAV + """
<main class="container">
 <section class="hero py-5">
  <h1>Ku soo dhawoow Xarunta Qoysaska Iftiin</h1>
  <p class="lead">Tan iyo 2016 waxaan la shaqeynaynaa qoysaska Soomaalida ee ku nool Watkins, Kimball iyo Eden Valley. Waxaan nahay xarun yar oo ay maamulaan hooyooyin iyo aabbayaal deegaanka ah.</p>
 </section>

 <div class="row">
  <div class="col-md-6">
   <h2>Adeegyadayada</h2>
   <ul>
    <li>Caawimaad buuxinta foomamka SNAP, MNsure iyo kaalmada kirada</li>
    <li>Fasallada Ingiriisiga ee haweenka &ndash; Isniinta iyo Arbacada</li>
    <li>Sanduuqa cuntada ee toddobaadlaha ah ee qoysaska diiwaangashan</li>
   </ul>
  </div>
  <div class="col-md-6">
   <h2>Saacadaha furitaanka</h2>
   <p>Isniin &ndash; Khamiis: 10:00 subaxnimo ilaa 5:00 galabnimo<br>Jimce: xiran<br>Maalmaha Ciidda: xiran</p>
  </div>
 </div>

 <h2 class="mt-4">Munaasabadaha soo socda</h2>
 <div class="card mb-3"><div class="card-body">
  <h3 class="h5">Xafladda Ciid al-Adxa</h3>
  <p>Sabti, 7da Juun, Beerta Magaalada Watkins, 1:00 galabnimo. Cunto, ciyaaro carruureed iyo hadiyado. Qof walba waa lagu soo dhaweynayaa!</p>
 </div></div>

 <h2 class="mt-4">Warkii ugu dambeeyay</h2>
 <div class="news-teaser">
  <h3 class="h5"><a href="/wargeys-gu-2025.pdf">Sheekada Ubax: sidii ay u noqotay kalkaaliso caafimaad</a></h3>
  <p class="text-muted">Ubax waxay timid Watkins 2019 iyadoo aan hal eray oo Ingiriisi ah aqoon&hellip; <a href="/wargeys-gu-2025.pdf">Akhri wargeyska &rarr;</a></p>
 </div>
 <div class="callout border p-3 mb-3">
  <h3 class="h5">Ma taqaan nijaarnimada?</h3>
  <p>Qolka cuntada wuxuu u baahan yahay khaanado cusub oo derbiga lagu xiro, si kartoonnada dhulka looga qaado. Waxaan raadineynaa nijaar ama qof aqoon u leh shaqada qoryaha oo hal ama laba Sabti na caawin kara. Qoryaha iyo musmaarrada xaruntaa iibsanaysa &ndash; kaliya gacantaada iyo aqoontaada ayaan u baahanahay. La xiriir Cabdullaahi: (320) 555-0131.</p>
 </div>
</main>
""" + FOOT + """
</body>
</html>
"""

TABARUC = """<!DOCTYPE html>
<html lang="so">
<head>
<meta charset="utf-8">
<title>Tabarucayaal &ndash; Xarunta Qoysaska Iftiin</title>
<link rel="stylesheet" href="/css/bootstrap.min.css">
<link rel="stylesheet" href="/css/iftiin.css">
<style>.boos-open{color:#0a7a2f;font-weight:600}.boos-full{color:#888}</style>
</head>
<body>
""" + NAV + """
<main class="container">
 <h1>Noqo tabarucaad</h1>
 <p>Tabarucayaasheenna waa laf-dhabarta Iftiin. Hoos waxaad ka arkaysaa boosaska bisha Juun iyo Luulyo. Si aad isugu qorto, wac Xaliimo (320) 555-0131 ama fariin u dir <a href="mailto:mutadawac@iftiinwatkins.org">mutadawac@iftiinwatkins.org</a>, kuna sheeg magaca hawsha.</p>
 <p class="small text-muted">La cusboonaysiiyay: 2 Juun 2025</p>

 <div class="table-responsive">
 <table class="table table-striped">
  <thead><tr><th>Hawsha</th><th>Goorma</th><th>Faahfaahin</th><th>Boosaska</th></tr></thead>
  <tbody>
   <tr><td><strong>Qaybinta cuntada</strong></td><td>Sabti kasta, 9:00&ndash;12:00 subaxnimo</td><td>Sanduuqyada cuntada u dhiib qoysaska, kuna caawi kuwa waayeelka ah inay gaarigooda u qaadaan.</td><td class="boos-open">3 boos oo bannaan</td></tr>
   <tr><td><strong>Darawal u geeya cuntada waayeelka</strong></td><td>Khamiista, 1:00&ndash;3:00 galabnimo</td><td>Sanduuqyada u geey 12 qof oo waayeel ah oo aan gurigooda ka bixi karin. Waa inaad leedahay gaari, liisan iyo caymis.</td><td class="boos-open">2 boos oo bannaan</td></tr>
   <tr><td><strong>Turjubaan (Soomaali &harr; Ingiriis)</strong></td><td>Talaadada, 2:00&ndash;4:00 galabnimo (maalinta caafimaadka)</td><td>Kalkaalisada iyo bukaanka u kala turjun marka cadaadiska dhiigga la qaadayo. Labada luqadoodba si fiican ugu hadal.</td><td class="boos-open">1 boos oo bannaan</td></tr>
   <tr><td><strong>Macallimadda tolidda</strong></td><td>Arbacada, 6:00&ndash;8:00 fiidnimo</td><td>Haweenka cusub u bar sida loo isticmaalo mashiinka tolidda iyo sida dharka loo gaabiyo. Mashiinnada xaruntaa leh.</td><td class="boos-open">Weli waan raadinaynaa</td></tr>
   <tr class="text-muted"><td><strong>Soo dhaweynta xafiiska</strong></td><td>Isniin&ndash;Khamiis</td><td>Qofka soo gala salaan oo u sheeg cidda uu la kulmayo.</td><td class="boos-full">Boosaska oo dhan waa la qaatay &ndash; mahadsanidin</td></tr>
   <tr class="text-muted"><td><strong>Nadiifinta xarunta</strong></td><td>Jimcaha galabtii</td><td>Faadumo A. &middot; Cabdi H. &middot; Ladan M.</td><td class="boos-full">&#10003; &#10003; &#10003;</td></tr>
   <tr class="text-muted"><td><strong>Karinta afurka Ramadaanka</strong></td><td>&mdash;</td><td>&mdash;</td><td class="boos-full">Waa xiran tahay ilaa Ramadaanka soo socda</td></tr>
  </tbody>
 </table>
 </div>
 <p class="small">Ardayda dugsiga sare ee u baahan saacadaha adeegga bulshada (community service) waa la soo dhaweynayaa; marka hore la hadla Xaliimo.</p>
</main>
""" + FOOT + """
</body>
</html>
"""

DEEQ = """<!DOCTYPE html>
<html lang="so">
<head>
<meta charset="utf-8">
<title>Deeqaha &ndash; Xarunta Qoysaska Iftiin</title>
<link rel="stylesheet" href="/css/bootstrap.min.css">
<link rel="stylesheet" href="/css/iftiin.css">
</head>
<body>
""" + NAV + """
<main class="container">
 <h1>Deeqaha alaabta</h1>

 <h2>Goorta iyo meesha deeqaha la keeno</h2>
 <p>Talaadada iyo Khamiista, 10:00 subaxnimo ilaa 2:00 galabnimo, albaabka dambe ee xarunta (baarkinka agtiisa). Fadlan ha dhigin alaab albaabka hortiisa marka aan xiran nahay.</p>

 <h2>Alaabta aan hadda u baahanahay</h2>
 <ul>
  <li>Bariis (kiishash 20 rodol ah)</li>
  <li>Bur iyo saliid cunto</li>
  <li>Timir</li>
  <li>Caanaha ilmaha (formula) &ndash; Similac ama Enfamil</li>
  <li>Shaah iyo sonkor</li>
 </ul>

 <h2>Degdeg: xafaayadihii way naga dhammaadeen</h2>
 <p>Toddobaadkan qoysas badan oo ilmo yaryar leh ayaa noo yimid, waxaana gebi ahaanba naga dhammaaday xafaayadaha cabbirka 4, 5 iyo 6. Xitaa hal baakad oo aad keento wax weyn ayay tartaa.</p>

 <h2>Busteyaasha</h2>
 <p><s>Busteyaal iyo gogol sariireed</s> &mdash; Waan helnay intii aan u baahnayn, mahadsanidin! Fadlan hadda ha keenina busteyaal.</p>

 <h2>Waxyaabaha aanan aqbali karin</h2>
 <ul>
  <li>Joodariyo hore loo isticmaalay</li>
  <li>Kuraasta carruurta ee gaariga (car seats) oo waqtigoodu dhacay ama shil soo maray</li>
  <li>Dawooyin, xitaa kuwo aan la furin</li>
  <li>Dhar wasakh ah ama jeexjeexan</li>
 </ul>

 <h2>Qoyska Maxamed: sideed qof, guri madhan</h2>
 <p>Bishii hore qoys sideed qof ah oo ka yimid xerada Dadaab ayaa degay guri ku yaal Watkins. Gurigu wax alaab ah kuma jirto, carruurtuna dhulka ayay seexdaan. Waxay u baahan yihiin sariiro (ugu yaraan afar), miis cunto iyo kuraas, iyo dheryo iyo maacuun jikada. Haddii aad wax ka mid ah haysato, la xiriir Cabdiraxmaan (320) 555-0139 &ndash; gaari ayaan kuu soo dirri karnaa.</p>

 <h2>Zakada iyo sadaqada</h2>
 <p>Lacagta aad bixisaan waxay naga caawisaa kirada xarunta iyo biilka korontada. Jeeg ku qor &ldquo;Iftiin Family Center&rdquo; ama ku deeq mareegta bangiga.</p>

 <h2>Mahadsanidin &ndash; Ciiddii 2024</h2>
 <p>Ciiddii hore waxaan hadiyado u qaybinay 340 qoys iyo in ka badan 600 oo carruur ah. 85 tabarucayaal ah ayaa suurtageliyay.</p>
</main>
""" + FOOT + """
</body>
</html>
"""

EN = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Iftiin Family Center &ndash; English</title>
<link rel="stylesheet" href="/css/bootstrap.min.css">
<link rel="stylesheet" href="/css/iftiin.css">
</head>
<body>
""" + NAV + """
<main class="container">
 <h1>Iftiin Family Center</h1>
 <p class="lead">A small, parent-run center for Somali families in Watkins, Kimball and Eden Valley. This page is a short English summary; most of our site is in Somali.</p>

 <h2>What we offer</h2>
 <ul>
  <li>Help with SNAP, MNsure and rent-assistance applications</li>
  <li>English and citizenship classes for women</li>
  <li>A weekly food box for registered families</li>
 </ul>

 <h2>Getting help</h2>
 <p>Bring a photo ID and a piece of mail with your address to your first visit. New families register on Monday mornings between 10 and noon.</p>

 <h2>Office hours</h2>
 <p>Monday to Thursday, 10 am to 5 pm. Closed Fridays and on both Eid days.</p>

 <h2>Grant writer wanted</h2>
 <p>We are looking for a volunteer grant writer who can help us apply to two county grants and one foundation grant this fall. Experience with Minnesota foundations is a plus. About five hours a month, from home; our director will give you the numbers and stories.</p>

 <h2>Job opening: Family Advocate (part-time)</h2>
 <p>20 hours a week, $19.50 an hour. Somali and English required. Send a resume to <a href="mailto:jobs@iftiinwatkins.org">jobs@iftiinwatkins.org</a> by June 30.</p>

 <p>Our other volunteer openings are listed in Somali on the <a href="/tabarucayaal.html">Tabarucayaal</a> page.</p>
</main>
""" + FOOT + """
</body>
</html>
"""

BOARD = """<!DOCTYPE html>
<html lang="so">
<head><meta charset="utf-8"><title>Qoraalka shirka guddiga &ndash; Iftiin</title></head>
<body>
<h1>Qoraalka shirka guddiga &ndash; 12 May 2025</h1>
<p>Waxaa joogay: Xaliimo, Cabdullaahi, Sahra, Maxamuud, Ladan.</p>
<ol>
 <li>Waxaan u baahanahay xisaabiye cusub oo tabaruc ah, kii hore wuu guuray.</li>
 <li>Qaboojiyaha weyn ee qolka cuntada wuu jabay; waxaa la go'aamiyay in la raadiyo qaboojiye deeq ah.</li>
 <li>Baabuurka xarunta wuxuu u baahan yahay mutadawiciin u qaabilsan dayactirka iyo shidaalka.</li>
</ol>
<p><a href="/index.html">Bogga hore</a></p>
</body>
</html>
"""

PAGES = {
    "index.html": INDEX,
    "tabarucayaal.html": TABARUC,
    "deeqaha.html": DEEQ,
    "en/index.html": EN,
    "maamulka/shirka-guddiga.html": BOARD,
}

ROBOTS = """# Xarunta Qoysaska Iftiin
User-agent: *
Disallow: /maamulka/
Crawl-delay: 5

Sitemap: https://iftiinwatkins.org/sitemap.xml
"""

PDFS = {
    "wargeys-gu-2025.pdf": ("Wargeyska Iftiin - Gu'ga 2025", [
        ("title", "WARGEYSKA IFTIIN - GU'GA 2025"),
        ("p", "Xarunta Qoysaska Iftiin, 118 Main St, Watkins, MN 55389 - (320) 555-0131"),
        ("h", "Salaan ka timid agaasimaha"),
        ("p", "Asalaamu calaykum qoysaska Iftiin. Gu'gan waxaan soo dhaweynay 23 qoys oo cusub, fasalka "
              "haweenkana waxaa ka qalin-jabiyay 14 hooyo. Waxaan aad ugu faraxsanahay carruurteenna: "
              "ardayda dugsiga hoose akhriskooda wuu soo fiicnaaday. Laakiin ardayda dugsiga dhexe waxay "
              "ku dhibaataysan yihiin xisaabta. Haddii aad taqaan xisaabta fasallada 6aad ilaa 8aad, "
              "waxaan u baahanahay laba ama saddex qof oo Talaadada fiidkii 6:00-7:30 ardayda xisaab "
              "ku caawiya. Macallin shahaado leh ma aha inaad noqoto; dulqaad iyo aqoon ayaa ku filan. "
              "Ku soo qor magacaaga Xaliimo."),
        ("h", "Sheekada Ubax"),
        ("p", "Ubax waxay timid Watkins 2019. Maanta waa kalkaaliso caafimaad oo ka shaqeysa isbitaalka "
              "Paynesville. Waxay leedahay: 'Fasalka Ingiriisiga ee Iftiin ayaa albaabka ii furay.'"),
        ("h", "Shirka waalidiinta"),
        ("p", "Khamiis, 19 Juun, 6:00 fiidnimo, qolka weyn ee xarunta. Waxaan ka wada hadlaynaa barnaamijka "
              "xagaaga. Cunto fudud ayaa la heli doonaa."),
        ("h", "Ramadaankii: mahadsanidin"),
        ("p", "Ramadaankan waxaan qaybinay 410 sanduuq oo cunto ah iyo 95 afur oo wadajir ah. Mahad ballaaran "
              "dhammaan kuwii wax keenay iyo kuwii karinayay."),
        ("h", "Fasalka Ingiriisiga ee xagaaga - is-diiwaangelinta"),
        ("p", "Si aad isu diiwaangeliso fasalka Ingiriisiga ee xagaaga, keen aqoonsigaaga oo imow Isniinta "
              "9:00-11:00 subaxnimo. Fasalku wuxuu bilaabanayaa 7 Luulyo."),
    ]),
}

NEEDS = [
    need("index.html", ["nijaar", "khaanado"], "skilled", "so", [], "heading_paragraph",
         "carpenter to build wall shelves; heading is a question, sits right after a blog teaser"),
    need("tabarucayaal.html", ["qaybinta cuntada"], "volunteer", "so", [], "shift_table", "3 open slots"),
    need("tabarucayaal.html", ["darawal", "u geeya cuntada"], "volunteer", "so", [], "shift_table",
         "drivers for elders' food boxes, 2 open"),
    need("tabarucayaal.html", ["turjubaan"], "skilled", "so", ["so", "en"], "shift_table",
         "Somali-English interpreter on health day"),
    need("tabarucayaal.html", ["tolidda"], "skilled", "so", [], "shift_table",
         "sewing teacher, 'still looking'"),
    need("deeqaha.html", ["alaabta aan hadda u baahanahay", "bariis"], "donation", "so", [], "wish_list",
         "heading + 5 items = one need"),
    need("deeqaha.html", ["xafaayad"], "donation", "so", [], "short_on", "'we have run out of diapers'"),
    need("deeqaha.html", ["qoyska maxamed", "sariiro"], "donation", "so", [], "story",
         "family of eight, empty house: beds, table, chairs, pots"),
    need("en/index.html", ["grant writer"], "skilled", "en", [], "heading_paragraph"),
    need("wargeys-gu-2025.pdf", ["xisaab"], "skilled", "so", [], "newsletter_buried",
         "math helpers for middle schoolers, buried in the director's letter"),
]

TRAPS = [
    trap("index.html", "service", ["foomamka snap", "kaalmada kirada"], "help with forms"),
    trap("index.html", "service", ["fasallada ingiriisiga"], "English classes offered"),
    trap("index.html", "hours", ["saacadaha furitaanka"]),
    trap("index.html", "event", ["xafladda ciid"]),
    trap("index.html", "blog", ["sheekada ubax"], "teaser heading directly above the carpentry need"),
    trap("tabarucayaal.html", "filled", ["soo dhaweynta"], "'all slots taken'"),
    trap("tabarucayaal.html", "filled", ["nadiifinta"], "three names, three ticks"),
    trap("tabarucayaal.html", "filled", ["afurka"], "closed until next Ramadan"),
    trap("deeqaha.html", "hours", ["goorta iyo meesha"], "drop-off times"),
    trap("deeqaha.html", "filled", ["busteyaal"], "struck through, 'we got what we needed'"),
    trap("deeqaha.html", "filled", ["aanan aqbali karin", "joodariyo"], "do-not-accept list"),
    trap("deeqaha.html", "general_appeal", ["zakada", "sadaqada"]),
    trap("deeqaha.html", "recap", ["hadiyado u qaybinay", "340 qoys"]),
    trap("en/index.html", "service", ["snap, mnsure"]),
    trap("en/index.html", "service", ["citizenship classes"]),
    trap("en/index.html", "how_to_apply", ["getting help", "bring a photo id"]),
    trap("en/index.html", "hours", ["office hours"]),
    trap("en/index.html", "job", ["family advocate"]),
    trap("wargeys-gu-2025.pdf", "event", ["shirka waalidiinta"]),
    trap("wargeys-gu-2025.pdf", "recap", ["410 sanduuq"]),
    trap("wargeys-gu-2025.pdf", "how_to_apply", ["is-diiwaangelinta"]),
    trap("wargeys-gu-2025.pdf", "blog", ["sheekada ubax"], "profile story, not an ask"),
    trap("maamulka/shirka-guddiga.html", "robots", ["xisaabiye"]),
    trap("maamulka/shirka-guddiga.html", "robots", ["qaboojiye"]),
    trap("maamulka/shirka-guddiga.html", "robots", ["baabuurka"]),
]
