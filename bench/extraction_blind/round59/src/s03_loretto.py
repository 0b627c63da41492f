"""Loretto: Hiiraan Family Network. Somali immigrant-resource organization. Somali home page, Somali mutual-aid
request board with status tags, English <dl> of roles, Somali PDF newsletter."""
from common import need, trap

SLUG = "loretto-hiiraan-family-network"
PAGES, NEEDS, TRAPS = {}, [], []

NAV = """<nav class="topnav"><a class="brand" href="/">Hiiraan Family Network</a>
<a href="/">Bogga hore</a> <a href="/codsiyo.html">Looxa codsiyada</a> <a href="/volunteer.html">Volunteer (English)</a>
<a href="/wargeys-gu-2025.pdf">Wargeyska</a></nav>"""
FOOT = """<footer><hr><p>Hiiraan Family Network &middot; 4720 Main St, Loretto, MN 55357 &middot; (763) 555-0131 &middot;
<a href="mailto:info@hiiraanfamily.example">info@hiiraanfamily.example</a></p>
<p><a href="/shaqaalaha/">Shaqaalaha</a> &middot; <a href="/muuqaal/shirka-2024.html">Muuqaallada shirka 2024</a></p></footer>"""

PAGES["index.html"] = """
<!DOCTYPE html>
<html lang="so">
<head><meta charset="utf-8"><title>Hiiraan Family Network &ndash; Loretto</title>
<link rel="stylesheet" href="/css/main.css"></head>
<body>
""" + NAV + """
<div class="container">
<h1>Ku soo dhawoow Hiiraan Family Network</h1>
<p>Waxaan caawinnaa qoysaska Soomaalida ee ku nool Hennepin-ka galbeed iyo Wright County tan iyo 2014.</p>
<div class="row">
<div class="col"><h2>Saacadaha xafiiska</h2>
<p>Isniin ilaa Khamiis, 10:00 subaxnimo ilaa 5:00 galabnimo. Jimcaha waa xiran yahay.</p></div>
<div class="col"><h2>Adeegyada aan bixino</h2>
<p>Caawimaad buuxinta foomamka guryaha iyo SNAP, fasallo Ingiriisi oo hooyooyinka ah, iyo la-talin shaqo.</p></div>
</div>
<div class="callout"><h2>Waxaa naga dhammaaday!</h2>
<p>Hooyooyinka yaryar ayaa nala soo xiriira maalin kasta. Waxaa naga dhammaaday caanaha ilmaha (formula) iyo
xafaayadaha cabbirka 4 iyo 5. Fadlan keen xafiiska inta u dhaxaysa 10:00 iyo 4:00.</p></div>
<h2>Sadaqo iyo Zakaat</h2>
<p>Lacagtaada waxay caawisaa qoysaska kirada ka dhiman. Ku deeq online ama xafiiska.</p>
<h2>Shirka bulshada</h2>
<p>Sabtida, 15 Maarso, 2:00 galabnimo, hoolka magaalada Loretto. Cunto fudud ayaa la heli doonaa.</p>
</div>
""" + FOOT + """
</body></html>
"""
NEEDS += [
    need("index.html", ["xafaayadaha", "caanaha ilmaha"], "donation", "so", layout="short_on",
         note="'waxaa naga dhammaaday' = we have run out of"),
]
TRAPS += [
    trap("index.html", "hours", ["saacadaha xafiiska"]),
    trap("index.html", "service", ["adeegyada aan bixino"]),
    trap("index.html", "general_appeal", ["sadaqo iyo zakaat"]),
    trap("index.html", "event", ["shirka bulshada"]),
]

PAGES["codsiyo.html"] = """
<!DOCTYPE html>
<html lang="so">
<head><meta charset="utf-8"><title>Looxa codsiyada &ndash; Hiiraan</title>
<link rel="stylesheet" href="/css/main.css">
<style>.req{border:1px solid #ccc;padding:10px;margin:8px 0}.tag{font-weight:bold;font-size:11px}</style></head>
<body>
""" + NAV + """
<div class="container">
<h1>Looxa codsiyada</h1>
<p>Halkan waxaa ku qoran baahiyaha xubnaha bulshadeena. Haddii aad caawin karto, wac (763) 555-0131.
Magacyada waan qarinnay.</p>
<div class="board">
<div class="req"><span class="tag open">FURAN</span>
<h3>Sariiro iyo miis cunto</h3>
<p>Qoys lix qof ah oo bishii hore ka yimid Kenya ayaa deggan guri madhan. Carruurtu dhulka ayay seexdaan.
Waxay u baahan yihiin sariiro, furaashyo iyo miis cunto.</p></div>
<div class="req"><span class="tag open">FURAN</span>
<h3>Gaadiid loogu talagalay ballanta dhakhtarka</h3>
<p>Hooyo kaligeed ah oo uur leh ayaa u baahan qof gaari ku geeya ballanta dhakhtarka Arbacada, 19 Maarso,
9:00 subaxnimo, Maple Grove.</p></div>
<div class="req"><span class="tag open">FURAN</span>
<h3>Makaanik mutadawac ah</h3>
<p>Gaariga Aabo Cabdi wuu xumaaday (bareegyada). Waxaan raadinaynaa makaanik wax ka qaban kara; qaybaha
annaga ayaa iibsan doona.</p></div>
<div class="req done"><span class="tag">WAA LA HELAY</span>
<h3><s>Kursiga curyaanka</s></h3>
<p>Mahadsanid! Kursi waa la helay.</p></div>
<div class="req offer"><span class="tag">DEEQ</span>
<h3>Dhar carruureed</h3>
<p>Walaal Xaliimo waxay bixinaysaa dhar carruureed (da'da 2&ndash;6). Wac haddii aad u baahan tahay.</p></div>
<div class="req closed"><span class="tag">XIRAN</span>
<h3>Caawimaad guuritaan</h3>
<p>Waa la dhammeeyey &mdash; 8 nin ayaa yimid. Mahadsanidiin!</p></div>
</div>
</div>
""" + FOOT + """
</body></html>
"""
NEEDS += [
    need("codsiyo.html", ["sariiro", "furaashyo"], "donation", "so", layout="request_cards",
         note="family story on an OPEN request card"),
    need("codsiyo.html", ["ballanta dhakhtarka"], "volunteer", "so", layout="request_cards", note="a ride"),
    need("codsiyo.html", ["makaanik"], "skilled", "so", layout="request_cards", note="car mechanic"),
]
TRAPS += [
    trap("codsiyo.html", "filled", ["kursiga curyaanka"], note="WAA LA HELAY + struck"),
    trap("codsiyo.html", "offer", ["dhar carruureed"]),
    trap("codsiyo.html", "filled", ["guuritaan"], note="XIRAN, waa la dhammeeyey"),
]

PAGES["volunteer.html"] = """
<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Volunteer &ndash; Hiiraan Family Network</title>
<link rel="stylesheet" href="/css/main.css"></head>
<body>
""" + NAV + """
<div class="container">
<h1>Volunteer with Hiiraan</h1>
<p>Most of our volunteers are Somali, but many are not. What matters is that you show up on time and treat
families with respect.</p>
<dl class="roles">
<dt>Homework Club Tutors</dt>
<dd>Mondays and Wednesdays, 4&ndash;6 pm. Help kids in grades 3&ndash;8 with math and reading. Teaching experience
helps; patience is required.</dd>
<dt>Somali&ndash;English Interpreter, Housing Clinic</dt>
<dd>Second Tuesday of each month. A legal aid attorney meets tenants here; we need someone fluent in both
languages to interpret. Training on court vocabulary is provided.</dd>
<dt>Front Desk Greeter</dt>
<dd>We have enough front desk volunteers through June. Thank you!</dd>
<dt>Eid Box Delivery Drivers</dt>
<dd>Two weeks before Eid al-Adha we deliver food boxes to 90 homes. Bring your own car; we map the routes.</dd>
<dt>Youth Mentor (stipend)</dt>
<dd>$500 per semester stipend, 3 hours a week. Apply with a short letter.</dd>
</dl>
<h2>How to start</h2>
<p>Fill out the volunteer form at the front desk and come to orientation on the first Saturday of the month, 11 am.
Volunteers working with children need a background check, which we pay for.</p>
<h2>Our volunteer coordinator</h2>
<p>Hodan Warsame studied social work at St. Cloud State and has run our volunteer program since 2019. In her free
time she coaches girls' basketball.</p>
</div>
""" + FOOT + """
</body></html>
"""
NEEDS += [
    need("volunteer.html", ["homework club tutors"], "skilled", "en", layout="definition_list"),
    need("volunteer.html", ["interpreter, housing clinic", "housing clinic"], "skilled", "en", ["so", "en"],
         layout="definition_list"),
    need("volunteer.html", ["eid box delivery drivers"], "volunteer", "en", layout="definition_list"),
]
TRAPS += [
    trap("volunteer.html", "filled", ["front desk greeter"], note="we have enough"),
    trap("volunteer.html", "job", ["youth mentor"], note="stipend"),
    trap("volunteer.html", "how_to_apply", ["how to start", "fill out the volunteer form"]),
    trap("volunteer.html", "bio", ["hodan warsame", "our volunteer coordinator"]),
]

PAGES["shaqaalaha/index.html"] = """
<!DOCTYPE html>
<html lang="so">
<head><meta charset="utf-8"><title>Shaqaalaha</title></head>
<body>
""" + NAV + """
<div class="container"><h1>Shaqaalaha oo keliya</h1>
<p>Baahiyaha gudaha ee bishan:</p>
<ul><li>Waxaan u baahanahay qof yaqaan QuickBooks si uu u xisaabiyo miisaaniyadda.</li>
<li>Printer cusub oo xafiiska ah ayaa loo baahan yahay.</li>
<li>Mutadawac nadiifiya xafiiska Khamiista.</li></ul></div>
""" + FOOT + """
</body></html>
"""
TRAPS += [
    trap("shaqaalaha/index.html", "robots", ["miisaaniyadda"]),
    trap("shaqaalaha/index.html", "robots", ["printer cusub"]),
    trap("shaqaalaha/index.html", "robots", ["nadiifiya xafiiska"]),
]

PDFS = {
    "wargeys-gu-2025.pdf": ("Wargeyska Hiiraan - Guga 2025", [
        ("title", "Wargeyska Hiiraan - Guga 2025"),
        ("p", "MAHADSANIDIIN Bishii Ramadaan waxaan qaybinay 210 sanduuq oo cunto ah. Waad mahadsan tihiin dhammaan "
              "deeq-bixiyeyaasha iyo mutadawiciinta."),
        ("p", "FASALKA KOMBIYUUTARKA Hooyooyin badan ayaa rabay inay bartaan email-ka iyo sida shaqo online loo "
              "codsado. Waxaan raadinaynaa qof mutadawac ah oo yaqaan kombiyuutarka, kana bari kara Talaadada "
              "6:00-7:30 fiidnimo."),
        ("p", "BUUGAAGTA CARRUURTA Maktabadda yar ee xafiiska waxaa ku yar buugaag carruureed oo af-Soomaali iyo "
              "Ingiriisi labadaba ku qoran. Haddii aad hayso buugaag nadiif ah, keen xafiiska."),
        ("p", "DABAALDEGGA CIIDDA Ciid al-Adha dabaaldeggeeda waxaa lagu qaban doonaa beerta magaalada, 10:00 "
              "subaxnimo. Qoys walba ha keeno cunto yar."),
    ]),
}
NEEDS += [
    need("wargeys-gu-2025.pdf", ["fasalka kombiyuutarka"], "skilled", "so", layout="pdf",
         note="computer teacher for mothers; heading run into paragraph"),
    need("wargeys-gu-2025.pdf", ["buugaag carruureed", "buugaagta carruurta"], "donation", "so", layout="pdf",
         note="'waxaa ku yar' = we are short on children's books"),
]
TRAPS += [
    trap("wargeys-gu-2025.pdf", "recap", ["210 sanduuq"]),
    trap("wargeys-gu-2025.pdf", "event", ["dabaaldegga ciidda"]),
]

ROBOTS = """User-agent: *
Disallow: /shaqaalaha/
"""
