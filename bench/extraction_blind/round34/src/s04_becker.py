from common import N, T

SLUG = "becker-ifafale-family-center"

NAV = """<div class="topbar">
 <a href="/index.html">Bogga hore</a> |
 <a href="/tabarucayaal.html">Tabarucayaal</a> |
 <a href="/baahiyaha.html">Waxaan u baahanahay</a> |
 <a href="/en/index.html">English</a> |
 <a href="/foomam/foomka-tabarucaha.pdf">Foomka (PDF)</a>
</div>"""

FOOT = """<div class="footer">Xarunta Qoysaska Ifafale · 12380 Sherburne Ave, Becker, MN 55308 · (763) 555-0163 ·
 <a href="/maamulka/shir.html">Maamulka</a> · <a href="/sawirro/ciid-2024.html">Sawirro</a></div>"""


def page(lang, title, body):
    return """<!DOCTYPE html>
<html lang="%s">
<head><meta charset="utf-8"><title>%s - Ifafale</title><link rel="stylesheet" href="/style.css"></head>
<body>
%s
<div class="wrap">
%s
</div>
%s
</body>
</html>
""" % (lang, title, NAV, body, FOOT)


INDEX = page("so", "Bogga hore", """
<h1>Xarunta Qoysaska Ifafale</h1>
<p>Ku soo dhawoow! Waxaan u adeegnaa qoysaska Soomaaliyeed ee ku nool Becker, Big Lake iyo agagaarka.</p>
<h2>Saacadaha furitaanka</h2>
<p>Isniin ilaa Khamiis: 10:00 subaxnimo ilaa 6:00 galabnimo. Jimcaha waa xiran yahay.</p>
<h2>Adeegyadeena</h2>
<p>Waxaan bixinaa caawimaad ku saabsan foomamka MNsure iyo SNAP, fasallo Ingiriisi ah, iyo talo waalidiinta.</p>
<h2>Xafladda Ciidda</h2>
<p>Xafladda Ciidda waxay noqon doontaa Sabtida ka dib Ciidda, 2:00 galabnimo, hoolka dugsiga Becker.</p>
<h2>Taageer hawlaheena</h2>
<p>Deeq lacageed oo kasta oo aad bixiso waxay naga caawinaysaa inaan xarunta furnaano.</p>
""")

TABARUC = page("so", "Tabarucayaal", """
<h1>Jadwalka tabarucayaasha</h1>
<p>Magacaaga ku qor meel banaan adigoo na soo wacaya. Meelaha madhan waa kuwa aan weli u baahanahay.</p>
<table border="1" cellpadding="6">
<tr><th>Shaqada</th><th>Maalinta</th><th>Qofka 1aad</th><th>Qofka 2aad</th><th>Qofka 3aad</th></tr>
<tr><td>Caawiye casharrada guriga</td><td>Isniin 4-6</td><td>Cabdi X.</td><td>Sahra M.</td><td>Liban A. &#10004; <b>Waa buuxaa</b></td></tr>
<tr><td>Darawal (gaari u kaxeeya waayeelka)</td><td>Arbaco 9-12</td><td>Maxamed C.</td><td><i>boos banaan</i></td><td><i>boos banaan</i></td></tr>
<tr><td>Diyaarinta cuntada iftarka bulshada</td><td>Sabti 3-7</td><td><i>boos banaan</i></td><td><i>boos banaan</i></td><td><i>boos banaan</i></td></tr>
<tr><td>Turjubaan (Soomaali - Ingiriisi) ballamaha dhakhtarka</td><td>Talaado</td><td>Hodan J.</td><td><i>boos banaan</i></td><td>&mdash;</td></tr>
</table>
""")

BAAHI = page("so", "Waxaan u baahanahay", """
<h1>Waxaan u baahanahay</h1>
<div class="box">
<h2>Liiska alaabta aan u baahanahay</h2>
<ul>
 <li>Xafaayado carruur (cabbirka 3 ilaa 6)</li>
 <li>Caano boore carruur (formula)</li>
 <li>Jaakado jiilaal oo carruur ah</li>
 <li>Kabo barafka</li>
</ul>
</div>
<div class="box">
<h2>Hadda waxaa nagu yar</h2>
<p>Hadda waxaa nagu yar kuraasta carruurta ee baabuurta (car seats). Qoysas badan oo cusub ayaa u baahan. Kuwo aan
dhicin oo aan la isticmaalin muddo dheer ayaan qaadanaynaa.</p>
</div>
<div class="box">
<h2>Bustayaal</h2>
<p>Wax ku filan ayaan haynaa, mahadsanidin! Fadlan ha keenina kuwo kale ilaa jiilaalka dambe.</p>
</div>
<h2>Sheekada Hooyo Xaliimo</h2>
<p>Hooyo Xaliimo iyo shanteeda carruur ah waxay bishan u soo guureen aqal cusub oo ku yaal Becker. Aqalku waa madhan yahay:
carruurtu waxay ku seexdaan dhulka, qoyskuna ma haysto miis ay ku cunaan. Haddii aad haysato sariiro ama miis iyo kuraas
aad bixin karto, fadlan nala soo xiriir.</p>
<h2>Mahadsanidin</h2>
<p>Bishii Ramadaan waxaan qaybinay 140 baakado cunto ah. Mahadsanidin dhammaan deeq-bixiyeyaasha.</p>
""")

EN = page("en", "English", """
<h1>Ifafale Family Center</h1>
<p>Ifafale (&ldquo;shining&rdquo;) is a small Somali family center in Becker. Most of our pages are in Somali; here is a short English summary.</p>
<h2>Seeking: someone who knows furnaces</h2>
<p>Our building has a 30-year-old gas furnace that makes a loud bang every time it starts. Before the cold comes, we
would love a volunteer with HVAC or furnace experience to take a look and tell us whether it is safe.</p>
<h2>Job opening</h2>
<p>Youth Program Coordinator &ndash; paid, 20 hours a week, Somali and English. Apply by e-mail to jobs@ifafale-becker.org.</p>
<h2>Family Night</h2>
<p>Every last Friday of the month at 6 pm: dinner, homework help and games for the whole family.</p>
<h2>For our neighbors</h2>
<p>We can lend folding tables and chairs to any neighborhood group. Just ask at the front desk.</p>
""")

MAAMUL = page("so", "Maamulka", """
<h1>Qoraallada shirka maamulka (gudaha)</h1>
<ul>
 <li>Waxaan u baahanahay xisaabiye tabaruce ah oo hubiya buugaagta.</li>
 <li>Raadi qof ku deeqa kombiyuutarro la isticmaalay.</li>
 <li>Laba waalid oo ka qayb gala guddiga dhalinyarada.</li>
</ul>
""")

PAGES = {"index.html": INDEX, "tabarucayaal.html": TABARUC, "baahiyaha.html": BAAHI,
         "en/index.html": EN, "maamulka/shir.html": MAAMUL}

ROBOTS = """# robots.txt for ifafale-becker.org
User-agent: *
Disallow: /maamulka/

User-agent: AhrefsBot
Disallow: /
"""

PDFS = {
    "foomam/foomka-tabarucaha.pdf": ("Foomka tabarucaha - Xarunta Qoysaska Ifafale", [
        ("title", "XARUNTA QOYSASKA IFAFALE"),
        ("title", "Foomka tabarucaha"),
        ("p", "12380 Sherburne Ave, Becker, MN 55308 - (763) 555-0163"),
        ("h", "Macluumaadkaaga"),
        ("p", "Magaca: ____________________________   Telefoonka: _______________"),
        ("h", "Fasalka tolidda ee haweenka"),
        ("p", "Sabtiyadii waxaan furaynaa fasal haween ah oo lagu barto tolidda iyo mashiinka harqaanka. Waxaan u "
              "baahannahay haween tabarucayaal ah oo yaqaan tolidda si ay u caawiyaan fasalka tolidda, 10:00 ilaa "
              "12:00 subaxnimo."),
        ("h", "Sidee loo soo celiyaa foomkan?"),
        ("p", "Foomka keen xafiiska ama sawir ka qaad oo noogu soo dir WhatsApp (763) 555-0163."),
    ]),
}

NEEDS = [
    N("tabarucayaal.html", ["darawal"], "volunteer", "so", layout="shift_table", note="2 empty slots"),
    N("tabarucayaal.html", ["diyaarinta cuntada"], "volunteer", "so", layout="shift_table", note="3 empty slots"),
    N("tabarucayaal.html", ["turjubaan"], "skilled", "so", ["so", "en"], layout="shift_table", note="1 empty slot"),
    N("baahiyaha.html", ["liiska alaabta", "xafaayado carruur"], "donation", "so", layout="wish_list", note="one need for 4 items"),
    N("baahiyaha.html", ["kuraasta carruurta"], "donation", "so", layout="short_on", note="'hadda waxaa nagu yar' = we are now short on"),
    N("baahiyaha.html", ["sariiro"], "donation", "so", layout="story", note="mother with 5 children, empty flat"),
    N("en/index.html", ["furnace"], "skilled", "en", layout="seeking"),
    N("foomam/foomka-tabarucaha.pdf", ["fasalka tolidda"], "skilled", "so", layout="pdf", note="women who know sewing"),
]

TRAPS = [
    T("index.html", "hours", ["saacadaha furitaanka"]),
    T("index.html", "service", ["adeegyadeena"]),
    T("index.html", "event", ["xafladda ciidda"]),
    T("index.html", "general_appeal", ["taageer hawlaheena"]),
    T("tabarucayaal.html", "filled", ["caawiye casharrada guriga"], "names + check + 'waa buuxaa'"),
    T("baahiyaha.html", "filled", ["bustayaal"], "wax ku filan ayaan haynaa"),
    T("baahiyaha.html", "recap", ["140 baakado"]),
    T("en/index.html", "job", ["youth program coordinator"]),
    T("en/index.html", "event", ["family night"]),
    T("en/index.html", "offer", ["lend folding tables"]),
    T("maamulka/shir.html", "robots", ["xisaabiye"]),
    T("maamulka/shir.html", "robots", ["kombiyuutarro"]),
    T("maamulka/shir.html", "robots", ["guddiga dhalinyarada"]),
    T("foomam/foomka-tabarucaha.pdf", "how_to_apply", ["sidee loo soo celiyaa foomkan"]),
]
