"""Nowthen: Hmong Elders Circle. Hmong-first site with tab panels, a month calendar, an English card grid,
and a Hmong PDF registration form."""
from common import need, trap

SLUG = "nowthen-hmong-elders-circle"
PAGES, NEEDS, TRAPS = {}, [], []

NAV = """<div id="SITE_HEADER"><div class="comp-logo"><span>Pawg Neeg Laus Hmoob Nowthen</span></div>
<div class="comp-menu"><ul>
<li><a href="/index.html">Tsev</a></li><li><a href="/pab.html">Pab dawb</a></li>
<li><a href="/calendar.html">Daim ntawv qhia hnub</a></li><li><a href="/english.html">In English</a></li>
</ul></div></div>"""
FOOT = """<div id="SITE_FOOTER"><div class="comp-text">
<p>Nowthen Hmong Elders Circle &middot; 19050 Nowthen Blvd NW, Nowthen, MN 55330 &middot; (763) 555-0124</p>
<p><a href="/ntawv-sau-npe.pdf">Ntawv sau npe (PDF)</a> | <a href="/duab/xyoo-tshiab-2024.html">Duab Xyoo Tshiab</a> | <a href="/pawg-thawj/">Pawg thawj (board)</a></p>
</div></div>"""

PAGES["index.html"] = """
<!DOCTYPE html>
<html lang="hmn">
<head><meta charset="utf-8"><title>Pawg Neeg Laus Hmoob Nowthen</title>
<link rel="stylesheet" href="/_static/wix-thunderbolt.css"></head>
<body><div id="SITE_CONTAINER"><div id="masterPage">
""" + NAV + """
<div id="PAGES_CONTAINER"><div class="comp-section">
<div class="comp-rich-text"><h1>Tos txais koj tuaj xyuas peb!</h1>
<p>Peb yog ib lub koom haum me me rau cov neeg laus Hmoob hauv Anoka County. Peb tuaj sib ntsib, noj su ua ke,
thiab sib pab.</p></div>
<div class="comp-rich-text"><h2>Sijhawm qhib</h2>
<p>Monday txog Thursday, 9:00 teev sawv ntxov txog 2:00 teev tav su. Friday kaw.</p></div>
<div class="comp-rich-text"><h2>Kev pab rau cov laus</h2>
<p>Peb muaj tsheb coj cov laus mus kuaj mob, noj su ua ke txhua hnub, kawm ntawv Askiv, thiab pab sau ntawv
Medicare. Tsis tau them nyiaj.</p></div>
<div class="comp-rich-text"><h2>Khoom siv chav ua noj uas peb xav tau</h2>
<p>Peb chav ua noj ua mov rau 40 tus neeg laus txhua hnub. Yog koj pub tau, peb xav tau:</p>
<ul><li>mov 25 phaus (jasmine)</li><li>roj ua noj</li><li>lub rice cooker loj (30 khob)</li><li>ntawv so tes</li><li>lub thawv ntim zaub mov (to-go boxes)</li></ul></div>
<div class="comp-rich-text"><h2>Ua tsaug!</h2>
<p>Ua tsaug rau lub tsev teev ntuj Cedar Creek uas tau pub 40 lub pam rau peb cov laus xyoo tas los.</p></div>
</div></div>
""" + FOOT + """
</div></div></body></html>
"""
NEEDS += [
    need("index.html", ["khoom siv chav ua noj"], "donation", "hmn", layout="wish_list",
         note="kitchen wish list = one need"),
]
TRAPS += [
    trap("index.html", "hours", ["sijhawm qhib"]),
    trap("index.html", "service", ["kev pab rau cov laus"]),
    trap("index.html", "recap", ["40 lub pam"], note="thank-you for last year's blankets"),
]

PAGES["pab.html"] = """
<!DOCTYPE html>
<html lang="hmn">
<head><meta charset="utf-8"><title>Pab dawb | Pawg Neeg Laus Hmoob</title>
<link rel="stylesheet" href="/_static/wix-thunderbolt.css">
<style>.tabpanel{display:none}.tabpanel.active{display:block}</style></head>
<body><div id="SITE_CONTAINER"><div id="masterPage">
""" + NAV + """
<div id="PAGES_CONTAINER"><div class="comp-section">
<h1>Koj puas xav los ua neeg pab dawb?</h1>
<div class="comp-tabs" role="tablist">
<button role="tab" aria-controls="tab-1" class="active">Tsav tsheb</button>
<button role="tab" aria-controls="tab-2">Txhais lus</button>
<button role="tab" aria-controls="tab-3">Paj ntaub</button>
<button role="tab" aria-controls="tab-4">Chav ua noj</button>
<button role="tab" aria-controls="tab-5">Txais qhua</button>
</div>
<div id="tab-1" role="tabpanel" class="tabpanel active">
<h3>Neeg tsav tsheb coj cov laus mus kuaj mob</h3>
<p>Hnub Tuesday thiab Thursday, coj cov laus mus rau tsev kho mob hauv Coon Rapids thiab Anoka. Siv koj lub tsheb;
peb them nqi roj (mileage). <span class="status">Tseem xav tau 3 tus neeg.</span></p></div>
<div id="tab-2" role="tabpanel" class="tabpanel">
<h3>Neeg txhais lus thaum mus ntsib kws kho mob</h3>
<p>Nrog cov laus mus ntsib kws kho mob thiab txhais lus. Yuav tsum hais tau lus Hmoob thiab lus Askiv zoo.
Ib zaug li ob teev. <span class="status">Tseem xav tau 2 tus neeg.</span></p></div>
<div id="tab-3" role="tabpanel" class="tabpanel">
<h3>Xib fwb qhia paj ntaub</h3>
<p>Qhia cov hluas xaws paj ntaub hnub Saturday. <span class="status badge">Puv lawm &mdash; peb twb muaj ob tug xib fwb lawm. Ua tsaug!</span></p></div>
<div id="tab-4" role="tabpanel" class="tabpanel">
<h3>Pab ua zaub mov tav su</h3>
<p>Peb tseem tsis txaus neeg pab ua zaub mov tav su hnub Wednesday. Tuaj 9:30 txog 12:30, tsuav zaub, npaj mov,
ntxuav tais diav.</p></div>
<div id="tab-5" role="tabpanel" class="tabpanel">
<h3>Tus neeg ua haujlwm txais qhua (tau nyiaj hli)</h3>
<p>Haujlwm ib nrab hnub, $17 ib teev, Monday txog Thursday. Xa koj daim resume rau peb ua ntej hnub 15 lub 3 hlis.</p></div>
<h2>Yuav sau npe li cas?</h2>
<p>Hu rau Niam Tsev Yer ntawm (763) 555-0124 los yog tuaj ntsib peb hnub Monday. Peb yuav kuaj koj daim ntawv tsav
tsheb thiab muab ib teev qhia ua ntej koj pib.</p>
</div></div>
""" + FOOT + """
</div></div></body></html>
"""
NEEDS += [
    need("pab.html", ["neeg tsav tsheb"], "volunteer", "hmn", layout="tabs", note="3 drivers still needed"),
    need("pab.html", ["neeg txhais lus"], "skilled", "hmn", ["hmn", "en"], layout="tabs",
         note="Hmong-English interpreter at appointments"),
    need("pab.html", ["ua zaub mov tav su"], "volunteer", "hmn", layout="tabs",
         note="'tseem tsis txaus' = still not enough"),
]
TRAPS += [
    trap("pab.html", "filled", ["qhia paj ntaub"], note="Puv lawm"),
    trap("pab.html", "job", ["txais qhua"], note="paid, $17/hour"),
    trap("pab.html", "how_to_apply", ["yuav sau npe li cas"]),
]

PAGES["english.html"] = """
<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>In English | Nowthen Hmong Elders Circle</title>
<link rel="stylesheet" href="/_static/wix-thunderbolt.css"></head>
<body><div id="SITE_CONTAINER"><div id="masterPage">
""" + NAV + """
<div id="PAGES_CONTAINER"><div class="comp-section">
<h1>Nowthen Hmong Elders Circle</h1>
<p>We are a small circle of about 60 Hmong elders, most of them over 70, who meet four days a week in the old
township hall. Here is how neighbors who don't speak Hmong can lend a hand.</p>
<div class="comp-repeater">
  <div class="comp-repeater-item"><div class="card">
    <h4>Raised-Bed Builders</h4>
    <p>We're building six waist-high raised beds so elders who can no longer kneel can still garden. One Saturday in
    May; bring a drill if you have one.</p></div></div>
  <div class="comp-repeater-item"><div class="card">
    <h4>English Conversation Partners</h4>
    <p>Sit with two or three elders on Thursday mornings and just talk &mdash; the weather, grandkids, the news.
    You do not need to speak Hmong; you do need to speak English clearly and slowly.</p></div></div>
  <div class="comp-repeater-item"><div class="card">
    <h4>Lend Us a Pickup Truck</h4>
    <p>For one afternoon in late April, to haul compost from the Anoka County yard. We'll fill the tank.</p></div></div>
  <div class="comp-repeater-item"><div class="card is-filled">
    <span class="pill">FILLED</span><h4>Tax-Form Helper</h4>
    <p>Filled for the 2025 season &mdash; thank you, Mark!</p></div></div>
  <div class="comp-repeater-item"><div class="card">
    <h4>Program Assistant (part-time staff)</h4>
    <p>$19/hour, 24 hours a week. Hmong and English required. See the posting on our Facebook page.</p></div></div>
</div>
<div class="comp-rich-text"><h2>Meet our director</h2>
<p>Pa Nhia Xiong grew up in Ban Vinai and came to Minnesota in 1992. She was a home health aide for twenty
years before founding the circle with her mother-in-law in 2016.</p></div>
</div></div>
""" + FOOT + """
</div></div></body></html>
"""
NEEDS += [
    need("english.html", ["raised-bed builders", "raised beds"], "volunteer", "en", layout="role_cards"),
    need("english.html", ["conversation partners"], "volunteer", "en", ["en"], layout="role_cards",
         note="needs clear spoken English"),
    need("english.html", ["pickup truck"], "other", "en", layout="role_cards", note="loan of a truck for an afternoon"),
]
TRAPS += [
    trap("english.html", "filled", ["tax-form helper"], note="FILLED pill"),
    trap("english.html", "job", ["program assistant"], note="paid"),
    trap("english.html", "bio", ["meet our director", "pa nhia xiong"]),
]

PAGES["calendar.html"] = """
<!DOCTYPE html>
<html lang="hmn">
<head><meta charset="utf-8"><title>Daim ntawv qhia hnub | Lub 3 Hlis</title>
<link rel="stylesheet" href="/_static/wix-thunderbolt.css"></head>
<body><div id="SITE_CONTAINER"><div id="masterPage">
""" + NAV + """
<div id="PAGES_CONTAINER"><div class="comp-section">
<h1>Lub 3 Hlis (March) 2025</h1>
<table class="calendar">
<tr><th>Monday</th><th>Tuesday</th><th>Wednesday</th><th>Thursday</th></tr>
<tr><td>3<br>Kawm ntawv Askiv 10:00</td><td>4<br>Noj su ua ke</td><td>5<br>Noj su ua ke</td><td>6<br>Kawm ntawv Askiv 10:00</td></tr>
<tr><td>10<br>Tsev kho mob tuaj kuaj ntshav qab zib dawb, 10:00&ndash;12:00</td><td>11<br>Noj su ua ke</td><td>12<br>Rooj sib tham pawg thawj, 1:00</td><td>13<br>Kawm ntawv Askiv 10:00</td></tr>
<tr><td>17<br>Kawm ntawv Askiv 10:00</td><td>18<br>Noj su ua ke</td><td>19<br>Noj su ua ke</td>
<td>20<br><strong>Hnub ua si rau cov laus</strong> (Elder games day), 10:00&ndash;2:00.<br>
<em>Peb xav tau 2 tus neeg pab teeb rooj thiab lo rooj thaum sawv ntxov (8:30).</em></td></tr>
<tr><td>24<br>Kaw</td><td>25<br>Noj su ua ke</td><td>26<br>Noj su ua ke</td><td>27<br>Kawm ntawv Askiv 10:00</td></tr>
</table>
</div></div>
""" + FOOT + """
</div></div></body></html>
"""
NEEDS += [
    need("calendar.html", ["teeb rooj"], "volunteer", "hmn", layout="calendar",
         note="2 helpers to set up tables, inside an event cell"),
]
TRAPS += [
    trap("calendar.html", "event", ["hnub ua si rau cov laus", "elder games day"]),
    trap("calendar.html", "service", ["kuaj ntshav qab zib"], note="free diabetes screening for elders"),
    trap("calendar.html", "event", ["rooj sib tham pawg thawj"]),
]

PAGES["pawg-thawj/index.html"] = """
<!DOCTYPE html>
<html lang="hmn">
<head><meta charset="utf-8"><title>Pawg thawj</title></head>
<body>
""" + NAV + """
<h1>Pawg thawj &mdash; tsuas yog rau cov thawj xwb</h1>
<ol>
<li>Peb xav tau ib tug neeg sau ntawv thov nyiaj (grant writer) rau Otto Bremer.</li>
<li>Peb xav tau ib lub tub yees tshiab rau chav ua noj.</li>
<li>Peb xav tau neeg pab suav nyiaj thiab ua ntawv se (bookkeeping).</li>
</ol>
""" + FOOT + """
</body></html>
"""
TRAPS += [
    trap("pawg-thawj/index.html", "robots", ["grant writer"]),
    trap("pawg-thawj/index.html", "robots", ["tub yees"]),
    trap("pawg-thawj/index.html", "robots", ["suav nyiaj"]),
]

PDFS = {
    "ntawv-sau-npe.pdf": ("Ntawv Sau Npe - Pawg Neeg Laus Hmoob Nowthen", [
        ("title", "Ntawv Sau Npe Rau Cov Neeg Laus"),
        ("h", "Koj lub npe thiab chaw nyob"),
        ("p", "Npe: ______________________   Hnub yug: ____________   Xov tooj: ______________"),
        ("p", "Chaw nyob: ___________________________________________________________"),
        ("p", "SAU NPE LI CAS Coj daim ntawv no tuaj rau peb hnub Monday los yog Tuesday, thiab coj koj daim npav "
              "Medicare tuaj thiab. Peb yuav theej thiab muab rov qab rau koj."),
        ("p", "PEB XAV TAU PAM THIAB KHAUB NCAWS SOV Lub caij no txias heev thiab muaj ntau tus laus tsis muaj tsho "
              "tiv no. Yog koj muaj pam tshiab, tsho tiv no (winter coats) los yog thom khwm tuab, thov nqa tuaj rau "
              "peb hnub Monday."),
    ]),
}
NEEDS += [
    need("ntawv-sau-npe.pdf", ["khaub ncaws sov", "tsho tiv no"], "donation", "hmn", layout="pdf",
         note="drive for blankets and winter clothes, heading run into paragraph"),
]
TRAPS += [
    trap("ntawv-sau-npe.pdf", "how_to_apply", ["sau npe li cas"]),
]

ROBOTS = """User-agent: *
Disallow: /pawg-thawj/
"""
