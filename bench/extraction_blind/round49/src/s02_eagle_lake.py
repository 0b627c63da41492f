"""Eagle Lake: Zej Zog Hmoob (Hmong + English).
Layouts: ARIA tabs whose 2nd/3rd panels are `hidden`, a Hmong month calendar
grid (colspan event across two days, needs in day cells), a Hmong numbered
garden task list with <s> items, a Hmong wish list, a Hmong PDF newsletter,
an About page with a buried ask."""
from common import N, T

SLUG = "eagle-lake-zej-zog-hmoob"

NAV = """<div class="menu">
<a href="/index.html">Home</a>
<a href="/hmoob.html">Daim ntawv teev hnub</a>
<a href="/vaj.html">Peb Lub Vaj</a>
<a href="/about.html">About us</a>
<a href="/xov-xwm.pdf">Xov Xwm (PDF)</a>
<a href="/video/kwv-txhiaj.html">Video</a>
<a href="/pawg-thawj/index.html">Board</a>
</div>"""

PAGES = {}

PAGES["index.html"] = """
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Zej Zog Hmoob - Eagle Lake Hmong Community Association</title>
<style>[role=tabpanel][hidden]{display:none} .tabs button[aria-selected=true]{border-bottom:3px solid #c0392b}</style>
<script>
function show(id){document.querySelectorAll('[role=tabpanel]').forEach(function(p){p.hidden=(p.id!==id)});}
</script>
</head>
<body>
""" + NAV + """
<h1>Zej Zog Hmoob</h1>
<p>The Eagle Lake Hmong Community Association serves about 140 Hmong families in Blue Earth County.</p>

<div class="tabs" role="tablist">
  <button role="tab" aria-selected="true" aria-controls="t-elders" onclick="show('t-elders')">Elders</button>
  <button role="tab" aria-selected="false" aria-controls="t-youth" onclick="show('t-youth')">Youth</button>
  <button role="tab" aria-selected="false" aria-controls="t-garden" onclick="show('t-garden')">Garden</button>
</div>

<div role="tabpanel" id="t-elders">
  <h3>Elder Lunch</h3>
  <p>Every Wednesday at noon, free for anyone 60 and older. Rice, soup and good company.</p>
  <h3>Monday reminder caller</h3>
  <p>We are looking for a volunteer who can spend two hours on Monday mornings phoning our elders to
  remind them of their appointments for the week. You must speak Hmong; most of our elders do not speak English.</p>
</div>

<div role="tabpanel" id="t-youth" hidden>
  <h3>Qeej and dance classes</h3>
  <p>Sundays 2&ndash;4 pm for ages 8&ndash;18. No cost to families.</p>
  <h3>College application mentor</h3>
  <p>Seniors at Eagle Lake and Mankato high schools need help with the FAFSA, scholarship essays and
  college applications. One hour a week, October through February. College graduates preferred.</p>
  <h3>Youth program coordinator (part-time, paid)</h3>
  <p>$19 an hour, 15 hours a week. Apply by November 15.</p>
</div>

<div role="tabpanel" id="t-garden" hidden>
  <h3>Garden plots</h3>
  <p>24 family garden plots on County Road 27. All plots are assigned for 2025.</p>
  <h3>Needed: a rototiller</h3>
  <p>Our old tiller finally quit. If you have a used rototiller in working order you no longer use,
  we would be grateful. We can pick it up.</p>
</div>

<section class="give">
  <p>Your gift keeps the garden growing and the elders fed. <a href="https://give.example/zejzog">Donate</a></p>
</section>
</body>
</html>
"""

PAGES["hmoob.html"] = """
<!DOCTYPE html>
<html lang="hmn">
<head>
<meta charset="utf-8">
<title>Daim ntawv teev hnub - Lub Kaum Ib Hlis 2025</title>
<style>
table.cal{border-collapse:collapse;width:100%} .cal td{vertical-align:top;height:80px;border:1px solid #ccc;width:14%}
.need{color:#b00;font-weight:bold} .ev{color:#05a} .d{font-size:11px;color:#888}
</style>
</head>
<body>
""" + NAV + """
<h1>Lub Kaum Ib Hlis 2025</h1>
<p>Xim liab = xav tau neeg pab. Hu rau Mai Nou (507) 555-0162 yog koj pab tau.</p>
<table class="cal">
<tr><th>Hnub Xya</th><th>Hnub Ib</th><th>Hnub Ob</th><th>Hnub Peb</th><th>Hnub Plaub</th><th>Hnub Tsib</th><th>Hnub Rau</th></tr>
<tr><td></td><td></td><td></td><td></td><td></td><td></td><td><span class="d">1</span></td></tr>
<tr><td><span class="d">2</span></td><td><span class="d">3</span></td><td><span class="d">4</span></td>
<td><span class="d">5</span><p class="need">Xav tau 2 tus neeg tsav tsheb coj cov laus mus kuaj mob hauv Mankato</p></td>
<td><span class="d">6</span></td>
<td><span class="d">7</span><p class="need">Xav tau neeg pab teeb rooj thiab rooj zaum rau lub koom txoos Noj Peb Caug</p></td>
<td colspan="1"><span class="d">8</span></td></tr>
<tr><td colspan="2"><span class="d">9 &ndash; 10</span><p class="ev">Noj Peb Caug 2025 &ndash; Eagle Lake Community Center, 10:00 sawv ntxov</p></td>
<td><span class="d">11</span></td>
<td><span class="d">12</span><p>Kws txhais lus rau hmo sib tham nrog tsev kawm ntawv &ndash; <b>PUV LAWM</b></p></td>
<td><span class="d">13</span></td><td><span class="d">14</span></td>
<td><span class="d">15</span><p class="need">Chav kawm paj ntaub: tseem tsis tau muaj neeg qhia. Xav tau ib tug niam txiv uas txawj xaws paj ntaub.</p></td></tr>
<tr><td><span class="d">16</span></td><td><span class="d">17</span></td><td><span class="d">18</span></td>
<td><span class="d">19</span><p class="ev">Rooj sib tham pawg thawj, 6:30 tsaus ntuj</p></td>
<td><span class="d">20</span></td><td><span class="d">21</span></td>
<td><span class="d">22</span><p>Sau npe kawm lus Askiv, 9:00 sawv ntxov. Nqa daim ID tuaj.</p></td></tr>
<tr><td><span class="d">23</span></td><td><span class="d">24</span></td><td><span class="d">25</span></td>
<td><span class="d">26</span><p><s>Ntim zaub mov Thanksgiving</s> &ndash; muaj neeg txaus lawm, ua tsaug!</p></td>
<td><span class="d">27</span></td><td><span class="d">28</span></td><td><span class="d">29</span></td></tr>
</table>
</body>
</html>
"""

PAGES["vaj.html"] = """
<!DOCTYPE html>
<html lang="hmn">
<head><meta charset="utf-8"><title>Peb Lub Vaj</title></head>
<body>
""" + NAV + """
<h1>Peb Lub Vaj</h1>
<p>Cov tsev neeg tau faib vaj dawb rau lub caij ntuj sov. Lub vaj qhib txhua hnub 7:00 sawv ntxov txog 8:00 tsaus ntuj.</p>

<h2>Cov hauj lwm hauv vaj lub caij no</h2>
<ol>
  <li><b>Kho lub laj kab uas tawg</b> nyob sab qaum teb. Xav tau 2 leeg uas txawj siv rab tsuj ntsia hlau.</li>
  <li><s>Khawb av rau cov qoob loo tshiab</s> &ndash; ua tiav lawm.</li>
  <li><b>Nqa dej rau cov zaub</b> thaum lub caij ntuj qhuav &ndash; xav tau 3 leeg txhua Hnub Rau.</li>
  <li><s>Cog qos</s> &ndash; tsis xav tau lawm.</li>
</ol>

<h2>Cov khoom peb xav tau rau lub vaj</h2>
<ul>
  <li>hnab looj tes (gloves)</li>
  <li>rab hlau ntaus av (hoes)</li>
  <li>kav dej ntev (garden hose)</li>
  <li>noob zaub (seeds)</li>
</ul>

<h2>Xyoo tas los</h2>
<p>Xyoo tas los peb sau tau 2,000 phaus zaub thiab muab ib nrab rau lub tsev muab zaub mov dawb.</p>
</body>
</html>
"""

PAGES["about.html"] = """
<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>About us - Zej Zog Hmoob</title></head>
<body>
""" + NAV + """
<h1>About us</h1>
<p>Zej Zog Hmoob began in 1998 when six families who had moved from St. Paul to work at the
Eagle Lake canning plant started meeting in a church basement.</p>
<h2>Our founder</h2>
<p>Nhia Lue Xiong (1941&ndash;2019) served as a nurse in Laos and later as our first president.</p>
<h2>Our history project</h2>
<p>Forty years of photos sit in shoeboxes in our storage room. We're looking for someone with a flatbed
scanner and a lot of patience to help us digitize the photos so families can see them online.</p>
<h2>Hmong Heritage Night 2024</h2>
<p>Last spring 400 guests came to Heritage Night. Thank you to every cook and dancer!</p>
<h2>Office</h2>
<p>Office hours: Tuesday and Thursday 1&ndash;6 pm.</p>
</body>
</html>
"""

PAGES["pawg-thawj/index.html"] = """
<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Board only</title></head>
<body>
<h1>Board working notes</h1>
<p>Open asks (not yet announced):</p>
<ol>
  <li>Treasurer to replace Pao next spring</li>
  <li>Donated folding chairs for the hall (50)</li>
  <li>Snow shoveling crew for the center entrance</li>
</ol>
</body>
</html>
"""

ROBOTS = "User-agent: *\r\nAllow: /\r\nDisallow: /pawg-thawj/\r\n"

PDFS = {
    "xov-xwm.pdf": ("Xov Xwm Zej Zog Hmoob", [
        ("title", "Xov Xwm Zej Zog Hmoob - Lub Caij Nplooj Zeeg 2025"),
        ("p", "Nyob zoo txhua tus. Lub caij no peb muaj ntau yam xov xwm."),
        ("h", "Kev sib tw ncaws pob"),
        ("p", "Kev sib tw ncaws pob rau cov hluas yuav muaj rau Hnub Rau, lub 10 hli tim 4, ntawm Eagle Lake "
              "Park. Txhua tus tuaj saib tau."),
        ("h", "Peb lub vev xaib"),
        ("p", "Peb lub vev xaib (website) qub heev lawm. Peb tseem nrhiav ib tug neeg paub siv computer los pab "
              "kho peb lub vev xaib, tej zaum 3 lossis 4 teev ib lub hlis. Yog koj paub ua, thov hu rau Tou."),
        ("h", "Niam Yer"),
        ("p", "Niam Yer yog ib tug poj ntsuam uas muaj 4 tus menyuam. Nws lub tsheb puas lawm thiab nws tsis muaj "
              "tsheb mus ua hauj lwm. Yog leej twg muaj ib lub tsheb qub uas tseem tsav tau, thov pab nws."),
        ("h", "Ua tsaug"),
        ("p", "Ua tsaug rau Eagle Lake Lions Club uas tau pub nyiaj rau peb lub chav ua noj tshiab."),
        ("h", "Yog koj xav tau kev pab"),
        ("p", "Hu rau peb lub chaw ua hauj lwm (507) 555-0160, Hnub Ob thiab Hnub Plaub."),
    ]),
}

NEEDS = [
    N("index.html", ["reminder caller"], "volunteer", "en", ("hmn",), "tabs", "visible first tab"),
    N("index.html", ["college application mentor", "fafsa"], "skilled", "en", (), "tabs", "hidden tab panel"),
    N("index.html", ["rototiller"], "donation", "en", (), "tabs", "hidden tab panel"),
    N("hmoob.html", ["neeg tsav tsheb"], "volunteer", "hmn", (), "calendar", "day cell"),
    N("hmoob.html", ["teeb rooj"], "volunteer", "hmn", (), "calendar", "day cell, helpers for the event"),
    N("hmoob.html", ["paj ntaub"], "skilled", "hmn", ("hmn",), "calendar", "day cell"),
    N("vaj.html", ["laj kab"], "volunteer", "hmn", (), "numbered_list"),
    N("vaj.html", ["nqa dej"], "volunteer", "hmn", (), "numbered_list"),
    N("vaj.html", ["cov khoom peb xav tau", "looj tes"], "donation", "hmn", (), "wish_list", "one need"),
    N("about.html", ["digitize", "scanner"], "volunteer", "en", (), "heading_paragraph",
      "ask under a neutral heading"),
    N("xov-xwm.pdf", ["vev xaib", "website"], "skilled", "hmn", (), "newsletter_buried"),
    N("xov-xwm.pdf", ["niam yer", "tsheb qub"], "donation", "hmn", (), "story", "widow needs a car"),
]

TRAPS = [
    T("index.html", "service", ["elder lunch"]),
    T("index.html", "service", ["qeej and dance"]),
    T("index.html", "job", ["youth program coordinator"]),
    T("index.html", "filled", ["garden plots"], "all plots assigned"),
    T("index.html", "general_appeal", ["keeps the garden growing"]),
    T("hmoob.html", "event", ["noj peb caug 2025"]),
    T("hmoob.html", "filled", ["kws txhais lus"], "PUV LAWM"),
    T("hmoob.html", "event", ["pawg thawj"], "board meeting"),
    T("hmoob.html", "how_to_apply", ["sau npe kawm lus askiv"], "ESL registration day"),
    T("hmoob.html", "filled", ["ntim zaub mov"], "struck + enough people"),
    T("vaj.html", "filled", ["khawb av"], "struck, done"),
    T("vaj.html", "filled", ["cog qos"], "struck, no longer needed"),
    T("vaj.html", "service", ["vaj dawb"]),
    T("vaj.html", "hours", ["lub vaj qhib"]),
    T("vaj.html", "recap", ["2,000 phaus"]),
    T("about.html", "bio", ["nhia lue xiong"]),
    T("about.html", "recap", ["heritage night"]),
    T("about.html", "hours", ["office hours"]),
    T("xov-xwm.pdf", "event", ["ncaws pob"]),
    T("xov-xwm.pdf", "thanks", ["lions club"]),
    T("xov-xwm.pdf", "how_to_apply", ["xav tau kev pab"]),
    T("pawg-thawj/index.html", "robots", ["treasurer"]),
    T("pawg-thawj/index.html", "robots", ["folding chairs"]),
    T("pawg-thawj/index.html", "robots", ["snow shoveling"]),
]
