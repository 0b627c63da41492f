"""Site 2: Xarunta Qoyska Hiddo (Hiddo Somali Family Center), Delavan. Somali-first, hand-written flexbox site."""
from common import N, T

SLUG = "delavan-hiddo-somali-family-center"

_CSS = """<style>
body{font-family:"Segoe UI",Arial,sans-serif;margin:0;background:#fbf8f2;color:#222}
.top{background:#1d6fa3;color:#fff;padding:14px 24px;display:flex;justify-content:space-between;align-items:center}
.top a{color:#fff;margin-left:14px;text-decoration:none}
.wrap{max-width:960px;margin:0 auto;padding:18px}
.cards{display:flex;flex-wrap:wrap;gap:16px}
.card{flex:1 1 280px;background:#fff;border-radius:10px;box-shadow:0 1px 4px rgba(0,0,0,.12);padding:14px}
.tag{display:inline-block;background:#2e9b4f;color:#fff;font-size:12px;border-radius:10px;padding:2px 8px}
.tag-done{background:#999}
footer{background:#eee;padding:14px 24px;font-size:14px}
</style>"""


def _page(lang, title, body):
    return """<!doctype html>
<html lang="%s">
<head><meta charset="utf-8"><title>%s | Xarunta Qoyska Hiddo</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
%s
</head>
<body>
<div class="top"><strong>Xarunta Qoyska Hiddo</strong>
<nav><a href="/">Bogga hore</a><a href="/tabaruc.html">Tabaruc</a><a href="/deeq.html">Deeq</a><a href="/english.html">English</a></nav></div>
<div class="wrap">
%s
</div>
<footer>Xarunta Qoyska Hiddo &middot; 118 Main St W, Delavan, MN 56023 &middot; Tel: (507) 555-0142 &middot; info@hiddocenter.example.org<br>
<a href="/maamulka/">Guddiga</a> &middot; <a href="https://social.example.com/hiddocenter">Facebook</a></footer>
</body>
</html>
""" % (lang, title, _CSS, body)


PAGES = {}

PAGES["index.html"] = _page("so", "Bogga hore", """
<h1>Ku soo dhowow Xarunta Qoyska Hiddo</h1>
<p>Xaruntu waxay caawisaa qoysaska Soomaaliyeed iyo dhammaan dadka cusub ee ku nool Delavan, Wells iyo Blue Earth. Waxaan ka shaqeynaa tan iyo 2016.</p>
<div class="cards">
<div class="card"><h2>Adeegyadeena</h2>
<p>Caawinta foomamka (SNAP, MNsure, kirada guriga), turjumaad bilaash ah, fasallada Ingiriisiga ee haweenka, iyo dugsiga xagaaga ee carruurta.</p></div>
<div class="card"><h2>Saacadaha furan</h2>
<p>Isniinta ilaa Khamiista: 10:00 subaxnimo &ndash; 5:00 galabnimo<br>Jimcaha: xiran</p></div>
<div class="card"><h2>Xafladda Ciidda</h2>
<p>Ciidul Adxa: Sabti, 7 Juun, beerta magaalada. Cunto, ciyaaro carruurta iyo heeso. Dhammaan waa lagu soo dhaweynayaa!</p>
<p><a href="/galleri/xafladda-2024.html">Sawirrada sannadkii hore</a></p></div>
</div>
<h2>Taageer shaqadayada</h2>
<p>Xaruntu waxay ku socotaa deeqaha bulshada. Deeq lacageed oo yar xitaa way na caawisaa. <a href="https://give.example.org/hiddo">Halkan ku bixi</a>.</p>
<p>Ma rabtaa inaad tabaruc samayso? Eeg bogga <a href="/tabaruc.html">Tabaruc</a>.</p>
""")

PAGES["tabaruc.html"] = _page("so", "Tabaruc", """
<h1>Tabaruceyaal ayaan u baahanahay</h1>
<p><strong>3 door oo furan</strong> &mdash; hal saac toddobaadkii xitaa wax weyn ayuu tarayaa.</p>
<div class="cards">
<div class="card"><h3>Macallin Ingiriisi (English tutor)</h3>
<p>Sabtiyada 10:00&ndash;12:00. Hooyooyinka fasalka Ingiriisiga waxay u baahan yihiin qof la hadla oo ka caawiya akhriska iyo qorista. Waa inaad si fiican ugu hadashaa Ingiriisiga.</p>
<span class="tag">Furan</span></div>
<div class="card"><div class="card-title" style="font-weight:bold;font-size:1.2em">Darawal</div>
<p>Dadka waayeelka ah u gee ballamaha dhakhtarka ee Albert Lea iyo Mankato. Waxaa loo baahan yahay baabuurkaaga iyo liisan. Lacagta shidaalka waan kuu celinaynaa.</p>
<span class="tag">Furan</span></div>
<div class="card"><p><strong>Kaaliye carruurta</strong> (childcare helper)</p>
<p>Inta hooyooyinku fasalka ku jiraan, la ciyaar carruurta yaryar. Talaadada iyo Khamiista, 5:30&ndash;7:30 fiidnimo.</p>
<span class="tag">Furan</span></div>
<div class="card"><h3>Turjubaan (interpreter) &mdash; Soomaali / Ingiriisi</h3>
<span class="tag tag-done">LA HELAY</span>
<p>Waxaan helnay laba qof, mahadsanidiin! Hadda uma baahnin turjubaan cusub.</p></div>
<div class="card"><h3>Isku-duwaha barnaamijka dhalinyarada</h3>
<p><em>Shaqo mushahar leh:</em> 25 saacadood toddobaadkii, $21 saacaddii. Codsiga u dir info@hiddocenter.example.org ka hor 30 Abriil.</p></div>
</div>
<h2>Sida loo diiwaangeliyo</h2>
<p>Buuxi <a href="/foom-dugsiga-xagaaga.pdf">foomka tabaruca (PDF)</a> oo keen xafiiska, ama soo wac (507) 555-0142. Tabaruceyaasha cusub waxay qaataan tababar hal saac ah.</p>
""")

PAGES["deeq.html"] = _page("so", "Deeq", """
<h1>Deeqaha alaabta</h1>
<h2>Liiska waxyaabaha aan u baahannahay</h2>
<ul>
<li>Bustayaal cusub</li>
<li>Bariis basmati ah (kiishadda 10 lb)</li>
<li>Saliid cunto karis</li>
<li>Caanaha carruurta (formula)</li>
<li>Saabuun iyo shaambo</li>
</ul>

<h2>Qoyska Xaliimo</h2>
<p>Xaliimo iyo shanteeda carruur ah waxay Delavan yimaadeen bishii hore iyagoo ka yimid xero qaxooti oo Kenya ku taal. Gurigooda cusub waa madhan yahay: ma haystaan sariiro, miis cunto, ama alaabta jikada sida digsiyo iyo saxammo. Haddii aad haysato wax ka mid ah, fadlan nala soo xiriir.</p>

<h2>Jaakadaha jiilaalka</h2>
<p>Hadda way nagu filan yihiin &mdash; mahadsanidiin! Fadlan ha keenin kuwo kale ilaa dayrta dambe.</p>

<h3>Waxyaabaha aanan aqbalin</h3>
<ul><li>Dhar jeexan ama wasakh ah</li><li>Cunto furan</li><li>Daawo</li></ul>

<h3>Sadaqo lacageed</h3>
<p>Haddii aad doorbidayso lacag, waxaad ku bixin kartaa xafiiska ama online.</p>
""")

PAGES["english.html"] = _page("en", "English", """
<h1>Hiddo Family Center &mdash; in English</h1>
<p>Hiddo means &ldquo;heritage.&rdquo; We are a small Somali-led center that helps new families settle in southern Minnesota.</p>
<h2>What we do</h2>
<p>We help families apply for SNAP, MNsure and energy assistance, read mail from the county, and find English classes.</p>
<h2>Our team</h2>
<p><strong>Hodan Warsame</strong>, director, came to Minnesota in 2004 and worked as a medical interpreter for ten years before starting Hiddo. <strong>Abdirizak Nuur</strong> runs our youth program.</p>
<h2>Seeking: a volunteer immigration attorney</h2>
<p>One Saturday morning a month, to answer questions at our free clinic. Families bring letters from USCIS and don't know what they mean. We will provide an interpreter.</p>
<h2>We are short on gas cards</h2>
<p>Many families drive 40 minutes to clinics in Mankato. $25 cards for Kwik Trip or Casey's help more than you'd think.</p>
<h2>Community iftar</h2>
<p>Saturday, March 22 at sunset, at the Delavan Community Center. Everyone is welcome &mdash; neighbors, teachers, friends.</p>
""")

PAGES["maamulka/index.html"] = _page("so", "Guddiga", """
<h1>Guddiga oo keliya</h1>
<p>Boggan waxaa loogu talagalay xubnaha guddiga.</p>
<ul>
<li><strong>Xoghayaha guddiga</strong> &mdash; waxaan u baahanahay qof cusub oo qora wararka kulamada.</li>
<li><strong>Hanti-dhowraha</strong> &mdash; Cabdi wuu tagayaa Juun; qof xisaabta yaqaan ayaan raadinaynaa.</li>
<li><strong>Guddiga dhismaha</strong> &mdash; laba xubnood oo cusub.</li>
</ul>
""")

ROBOTS = """# robots.txt - Xarunta Qoyska Hiddo
User-agent: *
Disallow: /maamulka/
Disallow: /cgi-bin/
"""

PDFS = {
    "foom-dugsiga-xagaaga.pdf": ("Foomka Tabaruca - Dugsiga Xagaaga", [
        ("title", "Foomka Tabaruca - Dugsiga Xagaaga 2025"),
        ("p", "Xarunta Qoyska Hiddo, Delavan"),
        ("h", "Caawiyeyaal akhris"),
        ("p", "Dugsiga xagaaga ee carruurta (fasalka 1-5) wuxuu socdaa 16 Juun ilaa 8 Agoosto. Waxaan u baahanahay caawiyeyaal akhris oo carruurta la akhriya buugaag, Isniinta ilaa Khamiista 9:00-12:00. Khibrad looma baahna."),
        ("h", "Macluumaadkaaga"),
        ("p", "Magaca: ____________________   Telefoonka: ____________________"),
        ("p", "Maalmaha aad heli karto:  Isniin   Talaado   Arbaco   Khamiis"),
        ("h", "Soo celi foomka"),
        ("p", "Keen xafiiska ama sawir ka qaad oo u dir info@hiddocenter.example.org ka hor 1 Juun."),
        ("h", "Maalinta furitaanka"),
        ("p", "16 Juun, 9:00 subaxnimo. Waalidiinta iyo carruurta waa lagu soo dhaweynayaa."),
    ]),
}

_T, _D, _E, _M, _P = "tabaruc.html", "deeq.html", "english.html", "maamulka/index.html", "foom-dugsiga-xagaaga.pdf"

NEEDS = [
    N(_T, ["macallin ingiriisi", "english tutor"], "skilled", "so", ["en"], layout="role_cards"),
    N(_T, ["darawal"], "volunteer", "so", layout="role_cards", note="title in a div, not a heading"),
    N(_T, ["kaaliye carruurta", "childcare helper"], "volunteer", "so", layout="role_cards",
      note="title in p>strong"),
    N(_D, ["liiska waxyaabaha aan u baahannahay", "bustayaal"], "donation", "so", layout="wish_list"),
    N(_D, ["sariiro", "alaabta jikada"], "donation", "so", layout="story",
      note="Xaliimo's family, empty home"),
    N(_E, ["immigration attorney"], "skilled", "en", layout="seeking"),
    N(_E, ["gas cards"], "donation", "en", layout="short_on"),
    N(_P, ["caawiyeyaal akhris"], "volunteer", "so", layout="pdf", note="reading helpers, summer school"),
]

TRAPS = [
    T("index.html", "service", ["adeegyadeena"]),
    T("index.html", "hours", ["saacadaha furan"]),
    T("index.html", "event", ["xafladda ciidda"]),
    T("index.html", "general_appeal", ["taageer shaqadayada"]),
    T("index.html", "general_appeal", ["ma rabtaa inaad tabaruc samayso"], "pointer, no role named"),
    T(_T, "filled", ["turjubaan"], "LA HELAY badge, 'hadda uma baahnin'"),
    T(_T, "job", ["isku-duwaha barnaamijka"], "paid $21/hr"),
    T(_T, "how_to_apply", ["sida loo diiwaangeliyo"]),
    T(_D, "filled", ["jaakadaha jiilaalka"], "'way nagu filan yihiin', don't bring more"),
    T(_D, "not_accepted", ["waxyaabaha aanan aqbalin"]),
    T(_D, "general_appeal", ["sadaqo lacageed"]),
    T(_E, "service", ["energy assistance"]),
    T(_E, "bio", ["hodan warsame"]),
    T(_E, "event", ["community iftar"]),
    T(_M, "robots", ["xoghayaha guddiga"]),
    T(_M, "robots", ["hanti-dhowraha"]),
    T(_P, "how_to_apply", ["soo celi foomka"]),
    T(_P, "event", ["maalinta furitaanka"]),
]
