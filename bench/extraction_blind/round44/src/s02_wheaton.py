from common import N, T

SLUG = "wheaton-hodan-family-center"

NAV = """<nav class="menu">
 <a class="logo" href="/index.html"><img src="/img/hodan.svg" alt="Hodan"></a>
 <a href="/index.html">Hoyga</a>
 <a href="/baahiyo.html">Baahiyaha</a>
 <a href="/warside.html">Warside</a>
 <a href="/en/volunteer.html">English</a>
 <a class="btn-give" href="https://donorbox.org/hodan-family-center">Lacag ku deeq</a>
</nav>"""

FOOT = """<footer>
 <p>Xarunta Qoysaska Hodan &middot; 1104 Broadway Ave N, Wheaton, MN 56296 &middot; (320) 555-0117 &middot; hodan.wheaton@example.org</p>
 <p><a href="/foomam/warqadda-beerta.pdf">Warqadda beerta (PDF)</a> &middot; <a href="/sawirro/xafladda-2024.html">Sawirro</a> &middot; <a href="/maamul/gudiga.html">Guddiga</a></p>
</footer>"""


def page(lang, title, body):
    return """<!doctype html>
<html lang="%s">
<head>
<meta charset="utf-8">
<title>%s | Hodan</title>
<link rel="stylesheet" href="/css/site.css">
</head>
<body>
%s
<main class="container">
%s
</main>
%s
</body>
</html>
""" % (lang, title, NAV, body, FOOT)


INDEX = page("so", "Hoyga", """
<section class="hero">
 <h1>Xarunta Qoysaska Hodan</h1>
 <p>Waxaan caawinaa qoysaska Soomaaliyeed ee degan Wheaton iyo Traverse County tan iyo 2016.</p>
</section>
<section>
 <h2>Saacadaha xafiiska</h2>
 <p>Axad ilaa Khamiis, 9:30 subaxnimo ilaa 5:00 galabnimo. Jimcaha iyo Sabtida waa xiran tahay.</p>
</section>
<section>
 <h2>Waxa aan qabanno</h2>
 <p>Waxaan qoysaska ka caawinaa foomamka caymiska caafimaadka, raadinta guryaha, iyo qorista ilmaha dugsiga.</p>
</section>
<section>
 <h2>Waxaan raadinaynaa hagayaal bas</h2>
 <p>Hooyooyin badan oo cusub ma garanayaan sida loo raaco baska magaalada ee u socda Morris iyo Fergus Falls.
 Waxaan raadinaynaa tabarucayaal dulqaad leh oo hal mar oo kaliya la raaca hooyo, tusa halka laga raaco baska,
 sida tigidhka loo iibsado iyo halka laga dego.</p>
</section>
<section class="teasers">
 <h2>Wararkii ugu dambeeyay</h2>
 <article><h3><a href="/warside.html">Akhri: Sidee ayay ardayda Wheaton High u dhiseen beerta bulshada?</a></h3></article>
</section>
<section class="give">
 <h2>Na taageer</h2>
 <p>Kirada xarunta iyo biilasha korontada waxaa lagu bixiyaa deeqahaaga. Deeq kasta waa nala caawinaysaa.</p>
</section>
""")

BAAHI = page("so", "Baahiyaha", """
<h1>Meelaha aad naga caawin karto</h1>
<div class="grid cards-3">
 <div class="card">
  <div class="card-top"><span class="tag tag-open">Furan</span></div>
  <h3 class="card-title">Caawiye shaqo-raadin</h3>
  <p>Qof yaqaan kombiyuutarka oo dadka ka caawiya qorista CV-ga (resume) iyo codsiyada shaqada ee online-ka ah.
  Arbacada, 1:00 ilaa 3:00 galabnimo.</p>
 </div>
 <div class="card">
  <div class="card-top"><span class="tag tag-done">Waa la helay</span></div>
  <div class="card-title">Kaxaynta waayeelka ballamaha</div>
  <p>Waa la helay, mahadsanid! Laba tabarruce ayaa hadda qaatay.</p>
 </div>
 <div class="card">
  <div class="card-top"><span class="tag tag-open">Furan</span></div>
  <p class="card-title"><b>Macallin xisaabta</b></p>
  <p>Ardayda fasallada 6 ilaa 9 waxay u baahan yihiin qof u sharxa xisaabta. Isniinta iyo Khamiista, 4:00 ilaa 5:30.</p>
 </div>
 <div class="card">
  <div class="card-top"><span class="tag tag-open">Deeq</span></div>
  <h3 class="card-title">Qalabka dugsiga</h3>
  <ul>
   <li>Boorsooyin dhabarka (backpacks)</li>
   <li>Buugaag qoraal ah iyo qalimaan</li>
   <li>Xisaabiyeyaal (calculators) fasalka 7aad</li>
  </ul>
 </div>
 <div class="card">
  <div class="card-top"><span class="tag tag-paid">Mushahar</span></div>
  <h3 class="card-title">Kaaliyaha xafiiska</h3>
  <p>Shaqo mushahar leh: 25 saacadood toddobaadkii, $19 saacaddii. Codso ka hor 30-ka Oktoobar.</p>
 </div>
</div>
""")

WARSIDE = page("so", "Warside", """
<h1>Warside &ndash; Bisha Oktoobar</h1>
<h2>Qoyska Faadumo</h2>
<p>Toddobaadkii hore biyo ayaa ka soo daatay saqafka guriga Faadumo iyo afarteeda carruur ah. Joodariyadii iyo dharkii
carruurta oo dhan waa qoyeen, mulkiilaha gurigana wuxuu sheegay in dayactirku qaadanayo bil. Hadda waxay joogaan
guriga walaasheed. Waxay u baahan yihiin joodariyo, busteyaal iyo dhar carruur oo diiran (da'da 3 ilaa 11). Haddii aad
wax bixin karto, soo wac xafiiska.</p>
<h2>Ciid al-Adxa</h2>
<p>Ciidda waxaa nala dabaaldegay in ka badan 300 qof. Mahadsanidin hooyooyinkii karinayay iyo dhallinyaradii nadiifiyay
hoolka.</p>
<h2>Shirka waalidiinta</h2>
<p>Shirka waalidiinta iyo macallimiinta dugsiga wuxuu dhacayaa 12-ka Noofembar, 6:00 fiidnimo, maktabadda dugsiga.</p>
<h2>Beerta bulshada</h2>
<p>Ardayda Wheaton High waxay dhiseen lix sanduuq oo beer ah. Sheekada oo dhan waxaan ku qori doonnaa warsidaha dambe.</p>
""")

EN = page("en", "Volunteer", """
<h1>Volunteer with Hodan / Tabaruc</h1>
<p>Our volunteer board in both languages. Rows marked <em>Open</em> still need people.</p>
<table class="bilingual">
 <thead><tr><th>English</th><th>Soomaali</th><th>Status</th></tr></thead>
 <tbody>
  <tr><td>Homework helpers, grades 3&ndash;8 (Tue/Thu after school)</td><td>Caawiyeyaasha casharrada guriga</td><td>Open &middot; Furan</td></tr>
  <tr><td>Winter coat drive sorters</td><td>Kala soocayaasha jaakadaha</td><td>Covered &ndash; thank you! &middot; Waa la helay</td></tr>
  <tr><td>Somali&ndash;English interpreter for clinic days</td><td>Turjubaan Soomaali&ndash;Ingiriisi</td><td>Open &middot; Furan</td></tr>
  <tr><td>Citizenship class co-teacher (civics questions, Saturday mornings)</td><td>Macallin fasalka dhalashada</td><td>Open &middot; Furan</td></tr>
 </tbody>
</table>
<h2>How to start</h2>
<p>Come to the office any weekday, fill out one page and a background check form. We will call you within a week.</p>
<h2>Who we are</h2>
<p>Hodan Family Center was started by five Somali mothers in 2016. Today we have two staff members and about forty volunteers.</p>
""")

GUDI = page("so", "Guddiga", """
<h1>Guddiga &ndash; qoraallo gudaha ah</h1>
<ul>
 <li>U baahan xisaabiye hubiya miisaaniyadda sannadka.</li>
 <li>Raadi qof ku deeqa gaari yar oo xarunta ah.</li>
 <li>Laba xubnood oo cusub oo guddiga ku biira.</li>
</ul>
""")

PAGES = {"index.html": INDEX, "baahiyo.html": BAAHI, "warside.html": WARSIDE, "en/volunteer.html": EN,
         "maamul/gudiga.html": GUDI}

ROBOTS = """User-agent: *
Disallow: /maamul/
"""

PDFS = {
    "foomam/warqadda-beerta.pdf": ("Warqadda beerta bulshada - Hodan", [
        ("title", "Xarunta Qoysaska Hodan"),
        ("title", "Beerta bulshada - tabarucayaal"),
        ("p", "1104 Broadway Ave N, Wheaton, MN 56296 - (320) 555-0117"),
        ("h", "Kooxda nadiifinta beerta"),
        ("p", "Dayrta ka hor, beerta bulshada waa in la nadiifiyaa: geedaha qallalay, dhagxaanta iyo qashinka. "
              "Waxaan u baahanahay toban qof oo naga caawiya Sabtida 25-ka Oktoobar, 10:00 ilaa 1:00. Keen "
              "gacmo-gashi."),
        ("h", "Maalinta beerta"),
        ("p", "Maalinta beerta iyo cuntada wadajirka ah waa Axadda 26-ka Oktoobar, 2:00 galabnimo."),
        ("h", "Sida loo soo gudbiyo warqaddan"),
        ("p", "Magacaaga iyo telefoonkaaga ku qor halkan oo warqadda keen xafiiska: ____________________"),
    ]),
}

NEEDS = [
    N("index.html", ["hagayaal bas"], "volunteer", "so", layout="seeking",
      note="'waxaan raadinaynaa' = we are looking for; bus guides for new mothers"),
    N("baahiyo.html", ["caawiye shaqo-raadin"], "skilled", "so", layout="role_cards", note="computer / CV help"),
    N("baahiyo.html", ["macallin xisaabta"], "skilled", "so", layout="role_cards", note="title in p>b"),
    N("baahiyo.html", ["qalabka dugsiga", "boorsooyin"], "donation", "so", layout="wish_list",
      note="wish list inside a card: one need"),
    N("warside.html", ["joodariyo", "qoyska faadumo"], "donation", "so", layout="story",
      note="flooded flat; mattresses, blankets, children's clothes"),
    N("en/volunteer.html", ["homework helpers"], "volunteer", "en", layout="bilingual_table"),
    N("en/volunteer.html", ["somali–english interpreter", "clinic days"], "skilled", "en", ["so", "en"],
      layout="bilingual_table"),
    N("en/volunteer.html", ["citizenship class co-teacher"], "skilled", "en", layout="bilingual_table"),
    N("foomam/warqadda-beerta.pdf", ["kooxda nadiifinta beerta"], "volunteer", "so", layout="pdf",
      note="ten people for the garden clean-up"),
]

TRAPS = [
    T("index.html", "hours", ["saacadaha xafiiska"]),
    T("index.html", "service", ["waxa aan qabanno"]),
    T("index.html", "blog", ["sidee ayay ardayda"]),
    T("index.html", "general_appeal", ["na taageer"]),
    T("baahiyo.html", "filled", ["kaxaynta waayeelka"], "'Waa la helay' = it has been found"),
    T("baahiyo.html", "job", ["kaaliyaha xafiiska"]),
    T("warside.html", "recap", ["ciid al-adxa"]),
    T("warside.html", "event", ["shirka waalidiinta"]),
    T("warside.html", "blog", ["beerta bulshada"]),
    T("en/volunteer.html", "filled", ["winter coat drive sorters"], "Covered - thank you"),
    T("en/volunteer.html", "how_to_apply", ["how to start"]),
    T("en/volunteer.html", "bio", ["who we are"]),
    T("foomam/warqadda-beerta.pdf", "event", ["maalinta beerta"]),
    T("foomam/warqadda-beerta.pdf", "how_to_apply", ["sida loo soo gudbiyo"]),
    T("maamul/gudiga.html", "robots", ["miisaaniyadda"]),
    T("maamul/gudiga.html", "robots", ["gaari yar"]),
    T("maamul/gudiga.html", "robots", ["xubnood oo cusub"]),
]
