"""Site 2: Rollingstone Hooyo iyo Caruur Center (Somali mothers and children).
Somali-first site: <details> accordion of roles, printable donation checklist,
family story, English volunteer page with cards, Somali PDF form, robots /xubnaha/."""
from util import N, T

SLUG = "rollingstone-hooyo-iyo-caruur-center"


def page(title, body, lang="so", prefix=""):
    return """<!doctype html>
<html lang="%s">
<head>
<meta charset="utf-8">
<title>%s | Xarunta Hooyo iyo Caruur</title>
<link rel="stylesheet" href="%s/assets/site.css">
<style>
body{font-family:Nunito,Arial,sans-serif;background:#fbf7f2;margin:0;color:#2d2a26}
.top{background:#0d6e6e;color:#fff;padding:14px 22px}.top a{color:#fff;margin-right:16px;text-decoration:none}
.wrap{max-width:860px;margin:0 auto;padding:18px}
details{background:#fff;border:1px solid #d9cfc2;border-radius:6px;margin:8px 0;padding:8px 12px}
summary{font-weight:700;cursor:pointer}
.check li{list-style:none}.check li:before{content:"\\2610  "}
.card{background:#fff;border-left:5px solid #0d6e6e;padding:10px 14px;margin:12px 0}
.tag{font-size:11px;background:#e8e1d6;padding:2px 7px;border-radius:9px}
footer{font-size:13px;color:#6b645c;padding:18px 22px;border-top:1px solid #ddd}
</style>
</head>
<body>
<div class="top"><b>Xarunta Hooyo iyo Caruur</b> &nbsp;
<a href="/">Bogga hore</a><a href="/mutadawiciin.html">Mutadawiciin</a><a href="/deeq.html">Deeq</a><a href="/en/volunteer.html">English</a><a href="/foom.pdf">Foomka (PDF)</a></div>
<div class="wrap">
%s
</div>
<footer>Xarunta Hooyo iyo Caruur &middot; 212 Main St, Rollingstone, MN &middot; 507-555-0121 &middot; hooyo@hicrollingstone.org<br>
<a href="/xubnaha/">Xubnaha kaliya</a> &middot; <a href="/warbixinta-sannadka-2023.html">Warbixinta sannadka 2023</a></footer>
</body>
</html>
""" % (lang, title, prefix, body)


INDEX = page("Bogga hore", """
<h1>Ku soo dhawoow Xarunta Hooyo iyo Caruur</h1>
<p>Waxaan taageernaa hooyooyinka Soomaaliyeed iyo carruurtooda ee ku nool Rollingstone iyo agagaarka.</p>
<h2>Saacadaha furitaanka</h2>
<p>Isniin ilaa Khamiis, 10:00 subaxnimo ilaa 4:00 galabnimo. Jimcaha waa xiran yahay.</p>
<h2>Adeegyadeena</h2>
<ul>
<li>Fasalka Ingiriisiga ee hooyooyinka (bilaash)</li>
<li>Kooxda ciyaarta carruurta yaryar, Talaadada</li>
<li>Caawimo foomamka WIC iyo caymiska caafimaadka</li>
</ul>
<div class="card"><h3>Nala soo biir!</h3><p>Waxaan had iyo jeer u baahanahay gacan. Eeg <a href="/mutadawiciin.html">bogga mutadawiciinta</a>.</p></div>
<h2>Xafladda Ciidda</h2>
<p>Sabti, 22 Juun, beerta magaalada, 2:00&ndash;6:00 galabnimo. Cunto, ciyaar carruur iyo hadiyado. Dhammaan waa la soo dhaweynayaa.</p>
<p><i>Sannadkan 140 qoys ayaa naga helay caawimo. Mahadsanidiin!</i></p>
""")

MUTADAWICIIN = page("Mutadawiciin", """
<h1>Mutadawiciinta: meelaha gacan looga baahan yahay</h1>
<p>Guji mid kasta si aad u aragto faahfaahinta.</p>
<details open>
<summary>Darawallo (drivers) &mdash; ballamaha dhakhtarka</summary>
<p>Hooyooyin badan ma haystaan baabuur. Waxaan u baahanahay darawallo mutadawiciin ah oo hooyooyinka u qaada ballamaha dhakhtarka iyo WIC, Talaadada iyo Khamiista. Shidaalka waan idinka bixinaynaa.</p>
</details>
<details>
<summary>Akhriska carruurta (reading buddies)</summary>
<p>Waa la helay &mdash; saddex arday oo jaamacadda ah ayaa qaatay. Mahadsanidiin!</p>
</details>
<details>
<summary>Turjubaan Soomaali&ndash;Ingiriis</summary>
<p>Ballamaha WIC iyo shirarka dugsiga, waxaan u baahanahay turjubaan si fiican ugu hadla Af-Soomaali iyo Ingiriisi. Laba saacadood toddobaadkii.</p>
</details>
<details>
<summary>Daryeelka carruurta inta lagu jiro fasalka</summary>
<p>Markay hooyooyinku fasalka ku jiraan (Arbacada, 6&ndash;8 fiidnimo), waxaan u baahanahay laba qof oo carruurta yaryar ilaaliya qolka ciyaarta.</p>
</details>
<details>
<summary>Fasalka Ingiriisiga ee hooyooyinka</summary>
<p>Fasal bilaash ah oo hooyooyinka loogu talagalay. Is-diiwaangeli xafiiska ama wac 507-555-0121.</p>
</details>
<details>
<summary>Cunto karis xafladda Ciidda</summary>
<p>Xafladdii way dhammaatay. Sannadka dambe ayaan idin soo wacaynaa. Mahadsanidiin!</p>
</details>
""")

DEEQ = page("Deeq", """
<h1>Deeq alaab</h1>
<div class="card">
<h2>Xirmada ilmaha cusub</h2>
<p>Daabac boggan (print), calaamadee waxaad keeni karto, kadibna keen xarunta:</p>
<ul class="check">
<li>Xafaayad (diapers) size 1&ndash;2</li>
<li>Masaxaadaha ilmaha (baby wipes)</li>
<li>Busteyaal yaryar</li>
<li>Dhar ilmo 0&ndash;3 bilood</li>
</ul>
</div>
<div class="card">
<h2>Kuraasta baabuurka (car seats)</h2>
<p>Hadda uma baahnin &mdash; kaydkeenu waa buuxaa. Fadlan ha keenina ilaa war kale.</p>
</div>
<div class="card">
<h2>Jaakadaha jiilaalka ee carruurta</h2>
<p>Waxaan raadinaynaa jaakado cusub ama kuwo nadiif ah, size 4 ilaa 10. Jiilaalku wuu soo dhow yahay!</p>
</div>
<h2>Qoyska Xaliimo</h2>
<p>Xaliimo iyo afarteeda carruur ah waxay dhawaan u soo guureen guri cusub oo aan lahayn wax alaab ah. Carruurtu dhulka ayey seexdaan. Waxay u baahan yihiin laba sariirood, furaash, iyo miis cunto. Haddii aad caawin karto, wac 507-555-0122.</p>
<h2>Lacag ku deeq</h2>
<p>$25 waxay iibinaysaa xafaayad bil dhan ah. Lacagta waxaad ku soo diri kartaa jeeg.</p>
<p><b>Goobta la keeno:</b> albaabka dambe, Isniin&ndash;Khamiis 10&ndash;4.</p>
""")

EN = page("Volunteer (English)", """
<h1>Volunteer with us (English)</h1>
<p>Most of our pages are in Somali. Here is a short summary for English speakers.</p>
<div class="card"><span class="tag">SKILLED</span>
<h3>Prenatal chat nurse</h3>
<p>We are seeking a volunteer nurse or midwife to lead a monthly chat for expecting moms &mdash; what to expect at the hospital, breastfeeding, warning signs. Somali speaker preferred but not required; we can provide an interpreter.</p></div>
<div class="card"><span class="tag">HANDS-ON</span>
<h3>Sewing circle machines</h3>
<p>Our Thursday sewing circle was given two old sewing machines that skip stitches. Anyone handy enough to give them a tune-up?</p></div>
<div class="card"><span class="tag">FULL</span>
<h3>Reading buddies</h3>
<p>Thank you &mdash; we have enough reading buddies until January.</p></div>
<div class="card"><span class="tag">PAID POSITION</span>
<h3>Family Advocate</h3>
<p>30 hours/week, $21/hour, Somali and English required. Send a resume and cover letter by August 15.</p></div>
<h3>Volunteer orientation</h3>
<p>Second Saturday of each month, 10 am. Please come once before your first shift.</p>
""", lang="en", prefix="..")

XUBNAHA = page("Xubnaha", """
<h1>Xubnaha kaliya</h1>
<p>Ajendaha shirka guddiga, Oktoobar:</p>
<ol>
<li>Waxaan u baahanahay xoghaye cusub oo guddiga ah.</li>
<li>Qof xisaabiya lacagta xarunta (treasurer) &mdash; ka hor Janaayo.</li>
<li>Mutadawiciin u qaban qaabiya Ciidda 2025.</li>
</ol>
""")

PAGES = {
    "index.html": INDEX,
    "mutadawiciin.html": MUTADAWICIIN,
    "deeq.html": DEEQ,
    "en/volunteer.html": EN,
    "xubnaha/index.html": XUBNAHA,
}

ROBOTS = """# robots.txt
User-agent: *
Disallow: /xubnaha/
Disallow: /assets/private/
"""

PDFS = {
    "foom.pdf": ("Foomka mutadawaca", [
        ("title", "FOOMKA MUTADAWACA - Xarunta Hooyo iyo Caruur"),
        ("p", "Magaca: ____________________   Telefoonka: ________________"),
        ("p", "Luqadaha aad ku hadasho: ____________________"),
        ("gap", ""),
        ("h", "Caawiyayaal nadiifinta xarunta"),
        ("p", "Waxaan u baahanahay caawiyayaal nadiifinta xarunta maalinta Sabtida, 9-11 subaxnimo: "
              "dhulka, musqulaha iyo qolka ciyaarta. Hal mar bishii ayaa ku filan. Calaamadee halkan haddii "
              "aad diyaar tahay: [  ]"),
        ("gap", ""),
        ("h", "Tababarka mutadawiciinta"),
        ("p", "Sabti, 14 Sebtembar, 10:00 subaxnimo, xarunta dhexdeeda."),
        ("gap", ""),
        ("h", "Sida foomka loo soo celiyo"),
        ("p", "Keen foomka xafiiska, ama sawir ka qaad oo u dir hooyo@hicrollingstone.org."),
        ("p", "Ogow: shaqadani waa mutadawac; lacag lagama bixiyo."),
    ]),
}

NEEDS = [
    N("mutadawiciin.html", ["darawallo"], "volunteer", "so", layout="accordion_details",
      note="gas paid, not a job"),
    N("mutadawiciin.html", ["turjubaan"], "skilled", "so", ["so", "en"], layout="accordion_details"),
    N("mutadawiciin.html", ["daryeelka carruurta"], "volunteer", "so", layout="accordion_details",
      note="childcare during the mothers' class"),
    N("deeq.html", ["xirmada ilmaha cusub"], "donation", "so", layout="printable_checklist",
      note="checklist of 4 items = one need"),
    N("deeq.html", ["jaakadaha jiilaalka"], "donation", "so", layout="card"),
    N("deeq.html", ["qoyska xaliimo", "sariirood"], "donation", "so", layout="story"),
    N("en/volunteer.html", ["prenatal chat nurse", "nurse or midwife"], "skilled", "en", ["so", "en"],
      layout="role_cards", note="Somali preferred"),
    N("en/volunteer.html", ["sewing machines", "sewing circle machines", "tune-up"], "skilled", "en",
      layout="role_cards"),
    N("foom.pdf", ["nadiifinta xarunta"], "volunteer", "so", layout="pdf_form"),
]

TRAPS = [
    T("index.html", "hours", ["saacadaha furitaanka"]),
    T("index.html", "service", ["fasalka ingiriisiga"]),
    T("index.html", "service", ["kooxda ciyaarta"]),
    T("index.html", "service", ["foomamka wic"]),
    T("index.html", "teaser", ["nala soo biir"]),
    T("index.html", "event", ["xafladda ciidda"]),
    T("index.html", "recap", ["140 qoys"]),
    T("mutadawiciin.html", "filled", ["akhriska carruurta", "reading buddies"], "'Waa la helay'"),
    T("mutadawiciin.html", "service", ["fasalka ingiriisiga ee hooyooyinka"]),
    T("mutadawiciin.html", "filled", ["cunto karis"], "event over, no longer needed"),
    T("deeq.html", "filled", ["kuraasta baabuurka", "car seats"], "'hadda uma baahnin ... ha keenina'"),
    T("deeq.html", "general_appeal", ["lacag ku deeq"]),
    T("deeq.html", "hours", ["goobta la keeno"]),
    T("en/volunteer.html", "filled", ["reading buddies"], "FULL tag"),
    T("en/volunteer.html", "job", ["family advocate"]),
    T("en/volunteer.html", "event", ["volunteer orientation"]),
    T("foom.pdf", "event", ["tababarka mutadawiciinta"]),
    T("foom.pdf", "how_to_apply", ["sida foomka loo soo celiyo"]),
    T("xubnaha/index.html", "robots", ["xoghaye"]),
    T("xubnaha/index.html", "robots", ["xisaabiya lacagta"]),
    T("xubnaha/index.html", "robots", ["ciidda 2025"]),
]
