from common import N, T

SLUG = "sacred-heart-masjid-nuur"

NAV = """<header><div class="logo">Masjid Nuur</div>
<ul class="menu"><li><a href="/index.html">Hoyga</a></li><li><a href="/mutadawiciin.html">Mutadawiciin</a></li>
<li><a href="/baahiyaha.html">Baahiyaha</a></li><li><a href="/en/about.html">English</a></li>
<li><a href="/warqado/ramadaan.pdf">Warqadda Ramadaanka</a></li></ul></header>"""

FOOT = """<footer><small>Masjid Nuur &amp; Somali Community Center &middot; 120 Front St, Sacred Heart, MN 56285 &middot;
(320) 555-0148 &middot; <a href="/guddiga/kulanka.html">Guddiga</a> &middot; <a href="/sawirro/ciid-al-adxa.html">Sawirro</a></small></footer>"""


def page(lang, title, body):
    return """<!DOCTYPE html>
<html lang="%s">
<head><meta charset="utf-8"><title>%s &middot; Masjid Nuur</title>
<style>.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(240px,1fr));gap:1rem}</style></head>
<body>
%s
<main>
%s
</main>
%s
</body>
</html>
""" % (lang, title, NAV, body, FOOT)


INDEX = page("so", "Hoyga", """
<h1>Masjid Nuur</h1>
<p>Assalaamu calaykum. Masjid Nuur waa masjid yar oo u adeega qoysaska Soomaaliyeed ee ka shaqeeya warshadaha iyo
beeraha Sacred Heart iyo Renville.</p>
<h2>Waqtiyada salaadda</h2>
<table><tr><th>Salaad</th><th>Iqaamo</th></tr>
<tr><td>Subax</td><td>6:15</td></tr><tr><td>Duhur</td><td>1:30</td></tr><tr><td>Casar</td><td>5:00</td></tr>
<tr><td>Maqrib</td><td>Qorrax dhac + 5</td></tr><tr><td>Cishe</td><td>9:30</td></tr></table>
<h2>Khudbadda Jimcaha</h2>
<p>Khudbadda Jimcaha waxay bilaabataa 1:15 galabnimo, Soomaali iyo Ingiriisi.</p>
<h2>Dugsi Quraan</h2>
<p>Dugsiga Quraanka ee carruurta: Sabti iyo Axad, 10:00 ilaa 1:00. Waxaad ka diiwaan gelin kartaa carruurtaada
xafiiska, keen dhalashada ilmaha.</p>
<h2>Dhismaha masjidka</h2>
<p>Waxaan ururinaynaa lacag si aan u iibsano dhismaha aan hadda kiraysano. Deeq kasta waa sadaqo jaariya.</p>
""")

MUTA = page("so", "Mutadawiciin", """
<h1>Mutadawiciinta aan raadinayno</h1>
<div class="cards">
 <article class="card"><h3>Macallimiin Ingiriisi ah</h3><span class="tag open">Waa furan</span>
  <p>Fasalka Ingiriisiga ee hooyooyinka, Talaado iyo Khamiis 6-7:30 fiidnimo. Waxaan u baahanahay laba macallimad.</p></article>
 <article class="card"><h3>Nadiifinta masjidka</h3><span class="tag open">Waa furan</span>
  <p>Khamiista fiidkii ka hor Jimcaha: faagidda rooga, nadiifinta musqulaha iyo meesha weysada.</p></article>
 <article class="card"><h3>Ilaalada baabuurta Jimcaha</h3><span class="tag closed">Waa la helay</span>
  <p>Waa la helay dhallinyaro ku filan, mahadsanidin.</p></article>
 <article class="card"><h3>Kaaliyaha xafiiska</h3><span class="tag paid">Mushahar</span>
  <p>Shaqo mushahar leh, 25 saacadood usbuucii. Codso adigoo email u diraya xafiiska.</p></article>
 <article class="card"><h3>Turjubaan ballamaha dhakhtarka</h3><span class="tag open">Waa furan</span>
  <p>Waayeelka qaar ayaa u baahan qof la socda oo u turjuma Soomaali iyo Ingiriisi marka ay tagayaan cusbitaalka Olivia.</p></article>
</div>
""")

BAAHI = page("so", "Baahiyaha", """
<h1>Baahiyaha masjidka</h1>
<section><h2>Alaabta jikada</h2>
<p>Jikada bulshada waxay u baahan tahay:</p>
<ol><li>Digsiyo waaweyn (20 litir ama ka badan)</li><li>Bariis kariye (rice cooker)</li><li>Weelal caag ah oo dabool leh</li></ol></section>
<section><h2>Qaboojiye</h2>
<p>Waxaan raadinaynaa qaboojiye barafeeye ah (chest freezer) oo shaqeeya si aan hilibka sadaqada ugu kaydino.</p></section>
<section><h2>Rooga masjidka</h2>
<p><del>Roog cusub oo masjidka ah</del> &mdash; waan helnay, mahadsanidin! Allah ha idin barakeeyo.</p></section>
<section><h2>Ciid al-Adxa</h2>
<p>Ciidda la soo dhaafay waxaan qaybinay hilib 90 qoys. Mahadsanidin.</p></section>
""")

EN = page("en", "About", """
<h1>About Masjid Nuur</h1>
<p>Masjid Nuur opened in 2015 in a former hardware store on Front Street. Neighbors of every faith are welcome to visit.</p>
<h2>Our imam</h2>
<p>Sheikh Abdirahman Warsame studied in Nairobi and Minneapolis and has led prayers here since 2019.</p>
<h2>Open house</h2>
<p>Neighbors are invited to our open house on the second Sunday of October, 2&ndash;4 pm. Tea and sambusa.</p>
<h2>Free tax help</h2>
<p>Every February and March we help families file their taxes for free. Bring your W-2 and ID.</p>
<h2>Volunteer accountant</h2>
<p>We are looking for a volunteer accountant who can help us prepare our annual nonprofit report to the state. A few
evenings in spring.</p>
""")

GUDDI = page("so", "Guddiga", """
<h1>Kulanka guddiga (gudaha)</h1>
<ul><li>Raadi qof hubiya nidaamka kulaylka.</li><li>Waxaan u baahanahay baabuur lagu qaado waayeelka.</li>
<li>Laba xubnood oo cusub oo guddiga dumarka.</li></ul>
""")

PAGES = {"index.html": INDEX, "mutadawiciin.html": MUTA, "baahiyaha.html": BAAHI, "en/about.html": EN,
         "guddiga/kulanka.html": GUDDI}

ROBOTS = """User-agent: GPTBot
Disallow: /

User-agent: *
Disallow: /guddiga/
Crawl-delay: 5
"""

PDFS = {
    "warqado/ramadaan.pdf": ("Ramadaan - Masjid Nuur", [
        ("title", "MASJID NUUR - RAMADAAN KARIIM"),
        ("p", "120 Front St, Sacred Heart, MN 56285 - (320) 555-0148"),
        ("h", "Iftarka bulshada"),
        ("p", "Iftarka bulshada wuxuu ahaan doonaa habeen kasta oo Ramadaan ah, hoolka masjidka, qorrax dhaca ka dib."),
        ("h", "Tabarucayaal diyaariya iftarka"),
        ("p", "Waxaan u baahanahay tabarucayaal diyaariya iftarka: jarista khudaarta, karinta bariiska iyo qaybinta "
              "saxamada, 5:00 ilaa 8:00 fiidnimo. Magacaaga u sheeg Hooyo Faadumo."),
        ("h", "Sakada"),
        ("p", "Sakada iyo sadaqada waxaad ku bixin kartaa xafiiska ama sanduuqa masjidka."),
    ]),
}

NEEDS = [
    N("mutadawiciin.html", ["macallimiin ingiriisi"], "skilled", "so", ["en"], layout="role_cards"),
    N("mutadawiciin.html", ["nadiifinta masjidka"], "volunteer", "so", layout="role_cards"),
    N("mutadawiciin.html", ["turjubaan ballamaha"], "skilled", "so", ["so", "en"], layout="role_cards"),
    N("baahiyaha.html", ["alaabta jikada", "digsiyo waaweyn"], "donation", "so", layout="wish_list"),
    N("baahiyaha.html", ["qaboojiye"], "donation", "so", layout="seeking", note="waxaan raadinaynaa = we are looking for"),
    N("en/about.html", ["volunteer accountant"], "skilled", "en", layout="heading_paragraph"),
    N("warqado/ramadaan.pdf", ["diyaariya iftarka"], "volunteer", "so", layout="pdf"),
]

TRAPS = [
    T("index.html", "hours", ["waqtiyada salaadda"]),
    T("index.html", "event", ["khudbadda jimcaha"]),
    T("index.html", "service", ["dugsi quraan"]),
    T("index.html", "how_to_apply", ["diiwaan gelin"]),
    T("index.html", "general_appeal", ["dhismaha masjidka"]),
    T("mutadawiciin.html", "filled", ["ilaalada baabuurta"], "waa la helay"),
    T("mutadawiciin.html", "job", ["kaaliyaha xafiiska"]),
    T("baahiyaha.html", "filled", ["rooga masjidka"], "<del> + waan helnay"),
    T("baahiyaha.html", "recap", ["90 qoys"]),
    T("en/about.html", "bio", ["our imam"]),
    T("en/about.html", "event", ["open house"]),
    T("en/about.html", "service", ["free tax help"]),
    T("warqado/ramadaan.pdf", "event", ["iftarka bulshada"]),
    T("warqado/ramadaan.pdf", "general_appeal", ["sakada"]),
    T("guddiga/kulanka.html", "robots", ["nidaamka kulaylka"]),
    T("guddiga/kulanka.html", "robots", ["baabuur lagu qaado"]),
    T("guddiga/kulanka.html", "robots", ["guddiga dumarka"]),
]
