"""Keewatin: Tokkummaa Youth Soccer. Youth sports club run by Oromo parents. English home, Oromo role cards,
Oromo equipment page with a family story, English tournament shift table, Oromo PDF parent handbook."""
from common import need, trap

SLUG = "keewatin-tokkummaa-youth-soccer"
PAGES, NEEDS, TRAPS = {}, [], []

NAV = """<div class="topbar"><div class="wrap"><a class="logo" href="/">TOKKUMMAA <small>Youth Soccer &middot; Keewatin</small></a>
<ul class="menu"><li><a href="/">Home</a></li><li><a href="/gargaarsa.html">Gargaarsa</a></li>
<li><a href="/meeshaalee.html">Meeshaalee</a></li><li><a href="/schedule.html">Keewatin Cup</a></li>
<li><a href="/koree/">Koree</a></li></ul></div></div>"""
FOOT = """<div class="bottombar"><div class="wrap">
<p>Tokkummaa Youth Soccer &middot; c/o Keewatin Community Center, 201 W 3rd Ave, Keewatin, MN 55753 &middot; (218) 555-0142</p>
<p><a href="/qajeelfama-maatii.pdf">Qajeelfama maatii (PDF)</a> &middot; <a href="/gallery/keewatin-cup-2024.html">2024 Cup photos</a></p>
</div></div>"""

PAGES["index.html"] = """
<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Tokkummaa Youth Soccer | Keewatin, MN</title>
<link rel="stylesheet" href="/assets/club.css"></head>
<body>
""" + NAV + """
<div class="wrap">
<div class="hero"><h1>Every kid plays.</h1><p>140 players, ages 5&ndash;14, from Keewatin, Nashwauk and Hibbing.</p></div>
<div class="grid3">
<div class="box"><h2>Spring registration</h2>
<p>Registration is open until April 5. The fee is $20 and no child is turned away &mdash; ask about a
scholarship. Bring a copy of your child's birth certificate or passport.</p></div>
<div class="box"><h2>We are short on shin guards</h2>
<p>Half of our U8 players showed up last spring without shin guards. We need youth sizes XS and S, new or gently
used. Drop them at the community center front desk.</p></div>
<div class="box"><h2>Sponsor a player</h2>
<p>$60 covers one child's jersey, ball and tournament fees for a season. <a href="https://give.example.org/tokkummaa">Give online</a>.</p></div>
</div>
<h2>Thank you, 2024 sponsors!</h2>
<p>Mesabi Hardware, Range Credit Union and Abdi's Auto covered 38 player fees last season.</p>
</div>
<div class="prefooter wrap"><p><b>Got a trailer?</b> We need to borrow a flatbed trailer on Friday, June 6 to move the
portable goals to Memorial Fields for the Cup. Text Gammachuu at (218) 555-0142.</p></div>
""" + FOOT + """
</body></html>
"""
NEEDS += [
    need("index.html", ["shin guards"], "donation", "en", layout="short_on"),
    need("index.html", ["flatbed trailer", "borrow a flatbed"], "other", "en", layout="footer",
         note="loan of a trailer, in a page-specific pre-footer strip"),
]
TRAPS += [
    trap("index.html", "how_to_apply", ["spring registration"]),
    trap("index.html", "general_appeal", ["sponsor a player"]),
    trap("index.html", "recap", ["2024 sponsors"]),
]

PAGES["gargaarsa.html"] = """
<!DOCTYPE html>
<html lang="om">
<head><meta charset="utf-8"><title>Gargaarsa | Tokkummaa</title>
<link rel="stylesheet" href="/assets/club.css"></head>
<body>
""" + NAV + """
<div class="wrap">
<h1>Tola ooltota barbaanna</h1>
<p>Kilabni keenya ijoollee 140 qaba, leenjistoonni hundi isaanii tola ooltota. Yeroo qabaattanii nu gargaaraa!</p>
<div class="cards">
<div class="card"><div class="card-head"><h3>Leenjisaa Gargaaraa &mdash; U10 Shamarran</h3></div>
<div class="card-body"><p>Kibxataa fi Kamisa, 5:30&ndash;7:00 galgala. Muuxannoo kubbaa miillaa qabaachuun gaarii dha,
garuu dirqama miti.</p><p class="need">Nama 2 barbaanna</p></div></div>
<div class="card filled"><div class="card-head"><h3>Abbaa Murtii Taphaa</h3><span class="badge">Argameera</span></div>
<div class="card-body"><p>Namni argameera &mdash; galatoomaa!</p></div></div>
<div class="card"><div class="card-head"><h3>Konkolaachisaa Taphaalee Alaa</h3></div>
<div class="card-body"><p>Sanbata tokko tokko ijoollee gara Hibbing fi Virginia geessuuf konkolaataa qabdan
barbaanna. Baasii boba'aa ni kaffalla.</p></div></div>
<div class="card"><div class="card-head"><h3>Hiikaa Afaan Oromoo fi Ingiliffaa</h3></div>
<div class="card-body"><p>Walgahii maatii ji'a ji'aan (Dilbata jalqabaa) irratti hiikuuf. Afaan lamaanuu sirriitti
beekuu qabdu.</p></div></div>
<div class="card"><div class="card-head"><h3>Qindeessaa Kilabaa (hojii mindaa)</h3></div>
<div class="card-body"><p>$15 sa'aatii tokkoof, torbanitti sa'aatii 10. Iyyata keessan hanga 20 Bitootessaa ergaa.</p></div></div>
</div>
<h2>Akkaataa itti galmooftan</h2>
<p>Unka tola ooltotaa guuttanii Obbo Gammachuu biratti kennaa. Namoonni ijoollee waliin hojjetan hundi qorannoo
duubbee (background check) ni godhu; baasii isaa kilabatu kaffala.</p>
</div>
""" + FOOT + """
</body></html>
"""
NEEDS += [
    need("gargaarsa.html", ["leenjisaa gargaaraa"], "volunteer", "om", layout="role_cards", note="assistant coach, 2 wanted"),
    need("gargaarsa.html", ["konkolaachisaa"], "volunteer", "om", layout="role_cards", note="drivers to away games"),
    need("gargaarsa.html", ["hiikaa afaan oromoo"], "skilled", "om", ["om", "en"], layout="role_cards",
         note="interpreter at parent meetings"),
]
TRAPS += [
    trap("gargaarsa.html", "filled", ["abbaa murtii"], note="Argameera"),
    trap("gargaarsa.html", "job", ["qindeessaa kilabaa"], note="paid"),
    trap("gargaarsa.html", "how_to_apply", ["akkaataa itti galmooftan"]),
]

PAGES["meeshaalee.html"] = """
<!DOCTYPE html>
<html lang="om">
<head><meta charset="utf-8"><title>Meeshaalee | Tokkummaa</title>
<link rel="stylesheet" href="/assets/club.css"></head>
<body>
""" + NAV + """
<div class="wrap">
<h1>Meeshaalee</h1>
<h2>Meeshaalee nu barbaachisan</h2>
<ul><li>Kubbaa lakk. 4 fi lakk. 5</li><li>Uffata taphaa (jersey) halluu magariisaa</li>
<li>Qodaa bishaanii (water bottles)</li><li>Kooniiwwan leenjii (training cones)</li></ul>
<h2>Kophee kubbaa miillaa</h2>
<p>Kana booda hin barbaachisu &mdash; kophee 60 argannee jirra. Galatoomaa!</p>
<h2>Meeshaalee hin fudhannu</h2>
<p>Kubbaa qilleensa hin qabne, uffata cicciccitaa fi meeshaa manaa hin fudhannu.</p>
<h2>Maatii haaraa gargaaraa</h2>
<p>Maatiin Obbo Caalaa ji'a darbe Nairobi irraa dhufan. Ijoolleen isaanii sadan kilaba keenya keessa taphatu. Manni
isaanii duwwaa dha: siree, uffata qorraa fi qodaa nyaataa isaan barbaachisa. Yoo kennuu dandeessan, Obbo
Gammachuu (218) 555-0142 bilbilaa.</p>
</div>
""" + FOOT + """
</body></html>
"""
NEEDS += [
    need("meeshaalee.html", ["meeshaalee nu barbaachisan", "uffata taphaa"], "donation", "om", layout="wish_list"),
    need("meeshaalee.html", ["maatiin obbo caalaa", "uffata qorraa"], "donation", "om", layout="story"),
]
TRAPS += [
    trap("meeshaalee.html", "filled", ["kophee kubbaa miillaa"], note="kana booda hin barbaachisu"),
    trap("meeshaalee.html", "filled", ["meeshaalee hin fudhannu"], note="we do not accept list"),
]

PAGES["schedule.html"] = """
<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Keewatin Cup 2025 | Tokkummaa</title>
<link rel="stylesheet" href="/assets/club.css"></head>
<body>
""" + NAV + """
<div class="wrap">
<h1>Keewatin Cup 2025</h1>
<p>Saturday, June 7 &middot; 16 teams from across the Iron Range &middot; Keewatin Memorial Fields. Games start at 9:00.
Admission is free.</p>
<h2>Parent volunteer shifts</h2>
<table class="shifts">
<thead><tr><th>Job</th><th>Time</th><th>Still needed</th></tr></thead>
<tbody>
<tr><td>Concession stand (morning)</td><td>8:00&ndash;12:00</td><td>4 parents</td></tr>
<tr class="full"><td>Concession stand (afternoon)</td><td>12:00&ndash;4:00</td><td>FULL</td></tr>
<tr><td>Field lining crew</td><td>Friday June 6, 6:00 pm</td><td>2 people</td></tr>
<tr class="full"><td>First-aid table</td><td>all day</td><td>Covered &mdash; Range Regional sends an athletic trainer</td></tr>
<tr><td>Parking lot attendants</td><td>8:00&ndash;10:30</td><td>3 people</td></tr>
</tbody></table>
<h2>Game schedule</h2>
<p>The bracket will be posted here on June 1.</p>
</div>
""" + FOOT + """
</body></html>
"""
NEEDS += [
    need("schedule.html", ["concession stand (morning)"], "volunteer", "en", layout="shift_table"),
    need("schedule.html", ["field lining crew"], "volunteer", "en", layout="shift_table"),
    need("schedule.html", ["parking lot attendants"], "volunteer", "en", layout="shift_table"),
]
TRAPS += [
    trap("schedule.html", "event", ["keewatin cup 2025"]),
    trap("schedule.html", "filled", ["concession stand (afternoon)"], note="FULL"),
    trap("schedule.html", "filled", ["first-aid table"], note="covered"),
]

PAGES["koree/index.html"] = """
<!DOCTYPE html>
<html lang="om">
<head><meta charset="utf-8"><title>Koree</title></head>
<body>
""" + NAV + """
<div class="wrap"><h1>Koree &mdash; miseensota qofaaf</h1>
<ul><li>Barreessaa maallaqaa (treasurer) haaraa barbaanna.</li>
<li>Konteenara meeshaa kuusuu (storage container) kennaa barbaanna.</li>
<li>Namni marsariitii kana haaromsu barbaachisa.</li></ul></div>
""" + FOOT + """
</body></html>
"""
TRAPS += [
    trap("koree/index.html", "robots", ["barreessaa maallaqaa"]),
    trap("koree/index.html", "robots", ["storage container"]),
    trap("koree/index.html", "robots", ["marsariitii"]),
]

PDFS = {
    "qajeelfama-maatii.pdf": ("Qajeelfama Maatii - Tokkummaa Youth Soccer 2025", [
        ("title", "Qajeelfama Maatii - Tokkummaa Youth Soccer 2025"),
        ("p", "BAGA NAGAAN DHUFTAN Kilabni Tokkummaa bara 2018 maatii Oromoo Keewatin fi Hibbing jiraataniin "
              "hundeeffame. Har'a ijoollee saba hundaa irraa dhufan ni simanna."),
        ("p", "GALMEE IJOOLLEE Unka kana guuttanii $20 waliin Sanbata 5 Ebla gara Keewatin Community Center "
              "fidaa. Maatiin kaffaluu hin dandeenye gargaarsa ni argatu."),
        ("p", "NAMA SUURAA KAASU NI BARBAANNA Waqtii taphaa fi ayyaana xumura waggaa irratti suuraa kaasuuf nama "
              "kaameraa gaarii qabu fi hojii kana beeku barbaanna. Suuraaleen kun maatiif kennamu."),
        ("p", "AYYAANA XUMURA WAGGAA Sanbata 14 Waxabajjii, paarkii Keewatin, sa'aatii 11:00. Maatiin hundi nyaata "
              "xiqqoo haa fidu."),
    ]),
}
NEEDS += [
    need("qajeelfama-maatii.pdf", ["nama suuraa kaasu"], "skilled", "om", layout="pdf",
         note="photographer; heading run into paragraph"),
]
TRAPS += [
    trap("qajeelfama-maatii.pdf", "how_to_apply", ["galmee ijoollee"]),
    trap("qajeelfama-maatii.pdf", "event", ["ayyaana xumura waggaa"]),
]

ROBOTS = """User-agent: *
Disallow: /koree/
"""
