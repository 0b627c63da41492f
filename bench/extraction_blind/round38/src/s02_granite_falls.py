"""Granite Falls Hooyo iyo Ubad Center: Somali-first hand-coded site with flex cards, one English
partner page, Somali PDF class flyer, robots-disallowed /maamul/ committee notes."""
from common import N, T

SLUG = "granite-falls-hooyo-iyo-ubad-center"

CSS = """<style>
body{font-family:"Segoe UI",Arial,sans-serif;margin:0;background:#fbf8f3;color:#222}
.top{background:#1f6f8b;color:#fff;padding:14px 24px}
.top a{color:#fff;margin-right:16px;text-decoration:none}
.wrap{max-width:980px;margin:0 auto;padding:18px}
.cards{display:flex;flex-wrap:wrap;gap:14px}
.card{flex:1 1 280px;background:#fff;border:1px solid #e3dccf;border-radius:8px;padding:14px}
.badge{display:inline-block;background:#2e7d32;color:#fff;border-radius:10px;padding:1px 9px;font-size:.8em}
.ttl{font-weight:700;font-size:1.15em;margin-bottom:6px}
footer{font-size:.85em;color:#666;border-top:1px solid #ddd;margin-top:30px;padding:12px 24px}
</style>"""


def nav(lang_links=True):
    return """<div class="top"><strong>Xarunta Hooyo iyo Ubad</strong> &nbsp;|&nbsp;
<a href="/index.html">Hoyga</a><a href="/tabaruc.html">Tabaruc</a><a href="/baahiyaha.html">Baahiyaha</a><a href="/warqad-fasalka.pdf">Fasalka (PDF)</a><a href="/en/index.html">English</a></div>"""


FOOTER = """<footer>Xarunta Hooyo iyo Ubad &middot; 145 9th Ave, Granite Falls, MN 56241 &middot; (320) 555-0147
&middot; <a href="/warbixin/2023.html">Warbixinta sanadka 2023</a> &middot; <a href="/maamul/">Maamulka</a></footer>"""


def page(lang, title, body):
    return ("""<!DOCTYPE html>
<html lang="%s">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>%s</title>
%s
</head>
<body>
%s
<div class="wrap">
""" % (lang, title, CSS, nav())) + body + "\n</div>\n" + FOOTER + "\n</body>\n</html>\n"


INDEX = page("so", "Xarunta Hooyo iyo Ubad - Granite Falls", """
<h1>Ku soo dhawoow Xarunta Hooyo iyo Ubad</h1>
<p>Waxaan nahay urur aan macaash doon ahayn oo caawiya qoysaska Soomaalida ee ku nool Granite Falls, Montevideo iyo tuulooyinka ku xeeran. Waxaa la aasaasay 2016 iyadoo ay bilaabeen shan hooyo.</p>

<h2>Adeegyadeena</h2>
<ul>
<li>Fasallo Ingiriisi oo bilaash ah oo loogu talagalay hooyooyinka</li>
<li>Caawimaad buuxinta foomamka (MNsure, SNAP, diiwaangelinta dugsiga)</li>
<li>Koox taageero oo loogu talagalay hooyooyinka dhawaan dhalay</li>
</ul>

<h2>Saacadaha xafiiska</h2>
<p>Isniin ilaa Khamiis, 10:00 subaxnimo &ndash; 4:00 galabnimo. Jimcaha iyo Sabtida waa xiran yahay.</p>

<div class="cards">
<div class="card"><div class="ttl">Xafladda Ciidul Adxa</div>
<p>Sabti, 7 Juun, beerta Memorial Park. Cunto, ciyaaro carruur iyo heeso. Dhammaan qoysaska waa la casuumay!</p></div>
<div class="card"><div class="ttl">Ma rabtaa inaad na caawiso?</div>
<p>Waxaan had iyo jeer u baahannahay gacan. <a href="/tabaruc.html">Eeg bogga tabaruca</a> si aad u aragto waxa hadda furan.</p></div>
</div>
""")

TABARUC = page("so", "Tabaruc - Xarunta Hooyo iyo Ubad", """
<h1>Tabaruc (mutadawiciin)</h1>
<p>Mutadawiciintu waa laf-dhabarta xaruntayada. Hoos waxaad ka arkaysaa meelaha aan hadda dadka ugu baahanahay.</p>
<div class="cards">

<div class="card"><h3>Darawallo mutadawiciin ah</h3>
<p>Hooyooyin badan baabuur ma haystaan. Waxaan u baahanahay dad leh baabuur iyo liisan si ay hooyooyinka ugu geeyaan ballamaha dhakhtarka ee Montevideo iyo Marshall. Lacagta shidaalka waan kuu celinaynaa.</p></div>

<div class="card"><h3>Turjubaan Soomaali&ndash;Ingiriisi</h3>
<p>Bisha Nofeembar waxaa dugsiga ka dhaca shirarka waalidiinta iyo macallimiinta. Waxaan raadineynaa turjubaan si fiican ugu hadla labada luqadood, saddex fiid.</p></div>

<div class="card"><h3>Caawiye xanaanada carruurta <span class="badge">Waa la helay &#10004;</span></h3>
<p>Mahadsanid Ayaan iyo Sahra &mdash; booskan waa buuxaa ilaa dayrta.</p></div>

<div class="card"><div class="ttl">Macallin xisaab ah oo dhallinyarada caawiya</div>
<p>Ardayda fasallada 6 ilaa 9 qaarkood xisaabta way ku dhibtoonayaan. Talaadada 5:00&ndash;6:30 fiidnimo. Ma aha inaad Soomaali ku hadasho.</p></div>

<div class="card"><h3>Shaqo: Isku-duwaha barnaamijka</h3>
<p>Tani waa shaqo mushahar leh (20 saacadood toddobaadkii). Codsigaaga iyo CV-gaaga u dir shaqo@hooyoubad.org.</p></div>
</div>

<h2>Sida loo diiwaangeliyo</h2>
<p>Soo wac (320) 555-0147 ama imow xafiiska saacadaha shaqada. Mutadawac kasta waxaan ka codsanaynaa baaritaan taariikheed (background check); kharashka annaga ayaa bixina.</p>
""")

BAAHIYAHA = page("so", "Baahiyaha - Xarunta Hooyo iyo Ubad", """
<h1>Baahiyaha hadda</h1>

<h2>Liiska alaabta aan hadda u baahanahay</h2>
<ul>
<li>Bariis (kiishka 10 kg)</li>
<li>Saliid cunto</li>
<li>Baamberro (cabbirka 4 iyo 5)</li>
<li>Caano budo ah</li>
<li>Shaah iyo sonkor</li>
</ul>

<h2>Qoys cusub oo u baahan caawimaad</h2>
<p>Bishan waxaa magaalada u soo guuray hooyo iyo shan carruur ah oo ka yimid Nairobi. Gurigooda wax sariir ah ma yaallo &mdash; carruurtu waxay ku seexdaan sagxadda. Waxay u baahan yihiin saddex sariirood oo furaash leh iyo miis cunto. Haddii aad haysato, fadlan nala soo xiriir.</p>

<h2>Waxaa naga dhammaaday</h2>
<p>Saabuunta dharka lagu dhaqo iyo shaambada carruurta way naga dhammaadeen, qoysas badanna toddobaad kasta ayay na weydiiyaan.</p>

<h3>Jaakadaha jiilaalka</h3>
<p><em>Looma baahna hadda.</em> Mahadsanidiin &mdash; jaakadihii aad keenteen ayaa ku filnaaday qoys kasta. Fadlan ha keenin kuwo kale ilaa jiilaalka soo socda.</p>

<h2>Sannadkii hore</h2>
<p>Sannadkii 2024 waxaan qaybinnay 200 xirmo cunto ah iyo 90 jaakadood. Allah ha idinka abaalmariyo!</p>

<h2>Sako iyo sadaqo</h2>
<p>Waxaad sidoo kale ku deeqi kartaa lacag si aan u bixinno kirada xarunta iyo biilasha korontada.</p>
""")

EN = page("en", "About us - Hooyo iyo Ubad Center", """
<h1>Hooyo iyo Ubad Center &mdash; in English</h1>
<p>We are a small, mostly volunteer center for Somali mothers and children in Granite Falls. This page is for partners, teachers and neighbors who do not read Somali.</p>

<h2>What we do</h2>
<p>We help families enroll in MinnesotaCare, SNAP and free school meals, and we run English classes for mothers four evenings a week.</p>

<h2>Have you written a state grant before?</h2>
<p>This fall we want to apply to the Minnesota Department of Health for money to start home visits for new mothers. None of our volunteers has written a state grant, and the application runs to 40 pages. We would love to find an experienced grant writer who could coach us through it or write a first draft with us.</p>

<h2>Three machines, nine women</h2>
<p>Our Thursday sewing circle has grown to nine mothers who sew clothes for their children and for sale at the farmers market. They share three machines. We are short on working sewing machines &mdash; any basic model with a foot pedal is welcome.</p>

<h2>Now hiring</h2>
<p>Part-time Family Advocate, 24 hours a week, $19/hour. Somali and English required. Send a resume to jobs@hooyoubad.org by May 30.</p>

<h2>Our community room</h2>
<p>Other groups may use our community room free of charge on weekends. Call to book it.</p>

<p><strong>Update:</strong> we no longer need a donated minivan &mdash; Lutheran Social Service has lent us one for the year. Thank you to everyone who called!</p>
""")

MAAMUL = page("so", "Maamulka (gudaha)", """
<h1>Qoraalada guddiga &mdash; gudaha kaliya</h1>
<ul>
<li>Waxaan u baahanahay qof hagaajiya kombiyuutarka xafiiska; wuu gaabis yahay.</li>
<li>Kuraas cusub oo fasalka ah &mdash; 20 kursi.</li>
<li>Qof xisaabiya buugaagta dhammaadka sanadka.</li>
</ul>
""")

PAGES = {
    "index.html": INDEX,
    "tabaruc.html": TABARUC,
    "baahiyaha.html": BAAHIYAHA,
    "en/index.html": EN,
    "maamul/index.html": MAAMUL,
}

ROBOTS = """# robots.txt - Xarunta Hooyo iyo Ubad
User-agent: *
Disallow: /maamul/
"""

PDFS = {
    "warqad-fasalka.pdf": ("Fasalka Ingiriisiga ee Hooyooyinka", [
        ("title", "Fasalka Ingiriisiga ee Hooyooyinka - Gu'ga 2025"),
        ("p", "Xarunta Hooyo iyo Ubad, 145 9th Ave, Granite Falls"),
        ("h", "Fasalka"),
        ("p", "Fasalku waa bilaash. Wuxuu bilaabanayaa Arbacada, 5ta Maarso, 6:00 fiidnimo. Heerarka: bilow iyo dhexe."),
        ("p", "Carruurta yaryar waa la xannaaneeyaa inta fasalku socdo, qolka ku xiga."),
        ("h", "Waxaan raadineynaa: la-sheekeysteyaal Ingiriisi ah (conversation partners)"),
        ("p", "Hooyooyinku waxay u baahan yihiin inay Ingiriisi kula hadlaan qof afkiisa hooyo yahay Ingiriisi. "
              "Haddii aad ku hadasho Ingiriisi oo aad haysato hal saac Arbacada, fadlan noo soo wac. "
              "Waayo-aragnimo macallinnimo looma baahna - kaliya sheeko iyo dulqaad."),
        ("h", "Is-diiwaangelinta"),
        ("p", "Si aad isu diiwaangeliso, la xiriir Faadumo: (320) 555-0147."),
    ]),
}

NEEDS = [
    N("tabaruc.html", ["darawallo"], "volunteer", "so", [], "role_cards", "volunteer drivers, gas reimbursed"),
    N("tabaruc.html", ["turjubaan"], "skilled", "so", ["so", "en"], "role_cards", "interpreter for school conferences"),
    N("tabaruc.html", ["macallin xisaab"], "skilled", "so", [], "role_cards", "math tutor, title in div not heading"),
    N("baahiyaha.html", ["liiska alaabta", "baamberro"], "donation", "so", [], "wish_list", "5-item list = one need"),
    N("baahiyaha.html", ["sariir", "furaash", "qoys cusub"], "donation", "so", [], "story", "family story: beds, mattresses, table"),
    N("baahiyaha.html", ["saabuunta dharka"], "donation", "so", [], "short_on", "'waxaa naga dhammaaday' = we have run out"),
    N("en/index.html", ["grant"], "skilled", "en", [], "heading_paragraph", "question heading; grant writer"),
    N("en/index.html", ["sewing machine"], "donation", "en", [], "short_on", "'we are short on working sewing machines'"),
    N("warqad-fasalka.pdf", ["conversation partners", "la-sheekeysteyaal"], "volunteer", "so", ["en"], "pdf",
      "native English speakers for mothers' class"),
]

TRAPS = [
    T("index.html", "service", ["adeegyadeena", "fasallo ingiriisi"]),
    T("index.html", "hours", ["saacadaha xafiiska"]),
    T("index.html", "event", ["xafladda ciidul adxa"]),
    T("index.html", "general_appeal", ["ma rabtaa inaad na caawiso"], "generic pointer card"),
    T("tabaruc.html", "filled", ["xanaanada carruurta"], "'Waa la helay' badge"),
    T("tabaruc.html", "job", ["isku-duwaha barnaamijka"], "paid"),
    T("tabaruc.html", "how_to_apply", ["sida loo diiwaangeliyo"]),
    T("baahiyaha.html", "filled", ["jaakadaha jiilaalka"], "'Looma baahna hadda' = not needed now"),
    T("baahiyaha.html", "recap", ["200 xirmo"]),
    T("baahiyaha.html", "general_appeal", ["sako iyo sadaqo"]),
    T("en/index.html", "service", ["minnesotacare", "what we do"]),
    T("en/index.html", "job", ["family advocate"], "paid"),
    T("en/index.html", "offer", ["community room"]),
    T("en/index.html", "filled", ["minivan"], "'we no longer need'"),
    T("warqad-fasalka.pdf", "service", ["fasalku waa bilaash"]),
    T("warqad-fasalka.pdf", "service", ["la xannaaneeyaa"], "childcare offered to class members"),
    T("warqad-fasalka.pdf", "how_to_apply", ["isu diiwaangeliso"]),
    T("maamul/index.html", "robots", ["kombiyuutarka"]),
    T("maamul/index.html", "robots", ["kuraas cusub"]),
    T("maamul/index.html", "robots", ["xisaabiya"]),
]
