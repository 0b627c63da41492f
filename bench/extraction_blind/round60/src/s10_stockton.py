"""Site 10: Porchlight Mutual Aid, Stockton. Div-soup request board with OPEN / MATCHED / CLOSED / OFFER cards;
supply drives; Somali page; Somali PDF flyer."""
from common import need, trap

SLUG = "stockton-porchlight-mutual-aid"
TOWN = "stockton"

ROBOTS = """User-agent: *
Disallow: /core-team/
Crawl-delay: 5
"""


def head(title, lang="en"):
    return """<!doctype html>
<html lang="%s">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>%s ~ Porchlight Mutual Aid</title>
<link rel="stylesheet" href="/static/porch.css">
</head>
<body>
<div class="shell">
 <div class="nav">
  <div class="nav__logo"><a href="/">&#128161; porchlight</a></div>
  <div class="nav__links">
   <div><a href="/requests.html">requests</a></div>
   <div><a href="/drives.html">drives</a></div>
   <div><a href="/somali.html">Af-Soomaali</a></div>
   <div><a href="/press/2025-coverage.html">in the news</a></div>
  </div>
 </div>
 <div class="page">
""" % (lang, title)


FOOT = """
 </div>
 <div class="foot">
  <div>Porchlight Mutual Aid &middot; Stockton / Minnesota City / Goodview &middot; text (507) 555-0104 &middot; hello@porchlight-mn.net</div>
  <div><a href="/core-team/notes.html">core team</a></div>
  <div>Solidarity, not charity.</div>
 </div>
</div>
</body>
</html>
"""

INDEX = head("home") + """
<div class="hero"><div class="hero__title">Neighbors helping neighbors, one porch at a time.</div>
<div class="hero__sub">No forms, no means test. Ask for what you need; offer what you can.</div></div>
<div class="tiles">
 <div class="tile"><div class="tile__h">See the request board</div><div class="tile__b">Real requests from real neighbors. <a href="/requests.html">Go &rarr;</a></div></div>
 <div class="tile"><div class="tile__h">Drives</div><div class="tile__b">What we&rsquo;re collecting this season. <a href="/drives.html">Go &rarr;</a></div></div>
 <div class="tile"><div class="tile__h">Free fridge</div><div class="tile__b">Our free fridge outside Stockton Hall is open 24/7. Take what you need.</div></div>
 <div class="tile"><div class="tile__h">Potluck + general meeting</div><div class="tile__b">Second Sunday of the month, 5 pm, Stockton Hall. Everyone welcome.</div></div>
</div>
<div class="note">Somali flyer: <a href="/baaskiil-flyer.pdf">Baaskiilada carruurta (PDF)</a></div>
""" + FOOT

REQUESTS = head("requests") + """
<div class="h1">Request board</div>
<div class="lede">How it works: post a request by texting (507) 555-0104 with your first name and what you need. To help, text back the request number.</div>
<div class="board">
 <div class="req req--open"><div class="req__status">OPEN #118</div>
  <div class="req__title">Twin mattress for a teenager</div>
  <div class="req__body">A 15-year-old has been sleeping on the couch since his family moved here. Any clean twin mattress.</div></div>
 <div class="req req--open"><div class="req__status">OPEN #121</div>
  <div class="req__title">Help moving a couch on Saturday</div>
  <div class="req__body">Two strong people and a truck or van for about an hour, Saturday morning, from an apartment on Main St to a house in Minnesota City.</div></div>
 <div class="req req--open"><div class="req__status">OPEN #122</div>
  <div class="req__title">Flickering lights &mdash; electrician?</div>
  <div class="req__body">Looking for a licensed electrician to check a flickering kitchen circuit for a grandmother who rents. The landlord won&rsquo;t call back.</div></div>
 <div class="req req--open"><div class="req__status">OPEN #124</div>
  <div class="req__title">Rides to chemo in Winona</div>
  <div class="req__body">Wednesdays at 9 am, about two hours round trip, for six more weeks.</div></div>
 <div class="req req--open"><div class="req__status">OPEN #125</div>
  <div class="req__title">An empty apartment</div>
  <div class="req__body">A mom of three just moved from the shelter into her own apartment, and it&rsquo;s completely empty. She needs a kitchen table and chairs, dishes and a few pots.</div></div>
 <div class="req req--matched"><div class="req__status">MATCHED #109</div>
  <div class="req__title">Baby stroller</div>
  <div class="req__body">Matched &mdash; thanks, Jen!</div></div>
 <div class="req req--closed"><div class="req__status">CLOSED #101</div>
  <div class="req__title">Snow tires (15 inch)</div>
  <div class="req__body">No longer needed.</div></div>
 <div class="req req--offer"><div class="req__status">OFFER #119</div>
  <div class="req__title">I can mend and hem clothes</div>
  <div class="req__body">Bring them to me in Goodview. &mdash; Ruth</div></div>
</div>
""" + FOOT

DRIVES = head("drives") + """
<div class="h1">Drives</div>
<div class="drive">
 <div class="drive__h">Winter Gear Drive</div>
 <ul><li>Hats and mittens, kids and adults</li><li>Snow boots (kids 10 through adult 12)</li><li>Snow pants</li></ul>
 <div class="drive__b">Drop at the Stockton Hall porch bin through December 15.</div>
</div>
<div class="drive">
 <div class="drive__h">Hygiene drive: we are short on pads and tampons</div>
 <div class="drive__b">Period products are the thing people ask for most and the thing we run out of first.</div>
</div>
<div class="drive drive--done">
 <div class="drive__h">Toddler clothes</div>
 <div class="drive__b">We have enough toddler clothes &mdash; our closet is packed with sizes 2T&ndash;5T. Please hold them until spring.</div>
</div>
<div class="drive drive--done">
 <div class="drive__h">Back-to-school drive</div>
 <div class="drive__b">212 backpacks given out in August. You all are amazing.</div>
</div>
<div class="drive__b">Or chip in to the rent relief fund: <a href="https://pay.example/porchlight">pay.example/porchlight</a>.</div>
""" + FOOT

SOMALI = head("Af-Soomaali", "so") + """
<div class="h1">Porchlight &mdash; Af-Soomaali</div>
<div class="lede">Waxaan nahay deris is caawiya. Haddii aad wax u baahan tahay, fariin u dir (507) 555-0104.</div>
<div class="so-list">
 <div class="so-item"><div class="so-h">Qaybinta cuntada</div>
  <div class="so-b">Waxaan u baahannahay dad iskaa wax u qabso ah oo qaybiya cuntada Sabti kasta, 9:00&ndash;11:00 subaxnimo, Stockton Hall.</div></div>
 <div class="so-item"><div class="so-h">Buugaag carruureed</div>
  <div class="so-b">Waxaan u baahannahay buugaag carruureed oo Af-Soomaali iyo Ingiriisi ah, maktabadda yar ee carruurta.</div></div>
 <div class="so-item"><div class="so-h">Caawinta foomamka</div>
  <div class="so-b">Qof yaqaan Ingiriisiga oo caawiya qoysaska buuxinta foomamka guriga iyo dugsiga. Khamiista galabtii.</div></div>
 <div class="so-item"><div class="so-h">Kuraasta carruurta ee baabuurka</div>
  <div class="so-b">Waa la helay &mdash; mahadsanidin!</div></div>
 <div class="so-item"><div class="so-h">Shirka bulshada</div>
  <div class="so-b">Isniinta koowaad ee bil kasta, 6:00 fiidnimo. Qof walba waa soo dhaweyn.</div></div>
 <div class="so-item"><div class="so-h">Cunto bilaash ah</div>
  <div class="so-b">Jimce kasta waxaan bixinaa cunto bilaash ah qoys kasta oo yimaada.</div></div>
</div>
""" + FOOT

CORE = head("core team") + """
<div class="h1">Core team notes (private)</div>
<ul>
 <li>Need someone to run the Facebook group &mdash; Kay is burned out.</li>
 <li>Ask the Lions for $2,000 for the rent fund.</li>
 <li>Need 6 drivers for Thanksgiving deliveries.</li>
</ul>
""" + FOOT

PAGES = {
    "index.html": INDEX,
    "requests.html": REQUESTS,
    "drives.html": DRIVES,
    "somali.html": SOMALI,
    "core-team/notes.html": CORE,
}

PDFS = {
    "baaskiil-flyer.pdf": ("Baaskiilada Carruurta", [
        ("title", "Porchlight: Baaskiilada Carruurta"),
        ("p", "Waxaan ururinay 40 baaskiil oo duug ah oo carruurta la siinayo. Waxaan u baahannahay dad yaqaan "
              "dayactirka baaskiilada si ay u hagaajiyaan kahor maalinta. Sabtiyada Abriil, Stockton Hall."),
        ("p", "Waxaan sidoo kale u baahannahay koofiyadaha baaskiilka (helmets) ee carruurta, cabbir kasta."),
        ("h", "Maalinta baaskiilada"),
        ("p", "Maalinta baaskiilada carruurta: Sabti, 10-ka Maajo, 10:00 subaxnimo, Stockton Hall."),
        ("h", "Sida loo qeyb galo"),
        ("p", "Fariin u dir 507-555-0104 oo qor magacaaga iyo maalinta aad imaan karto."),
    ]),
}

NEEDS = [
    need("requests.html", ["twin mattress"], "donation", "en", layout="request_cards"),
    need("requests.html", ["moving a couch"], "volunteer", "en", layout="request_cards"),
    need("requests.html", ["electrician"], "skilled", "en", layout="request_cards"),
    need("requests.html", ["rides to chemo"], "volunteer", "en", layout="request_cards"),
    need("requests.html", ["kitchen table and chairs", "empty apartment"], "donation", "en", layout="story"),
    need("drives.html", ["winter gear drive", "mittens"], "donation", "en", layout="supply_drive"),
    need("drives.html", ["pads and tampons", "hygiene drive"], "donation", "en", layout="short_on"),
    need("somali.html", ["qaybinta cuntada"], "volunteer", "so", layout="heading_paragraph"),
    need("somali.html", ["buugaag carruureed"], "donation", "so", layout="heading_paragraph"),
    need("somali.html", ["caawinta foomamka"], "skilled", "so", ["en", "so"], layout="heading_paragraph"),
    need("baaskiil-flyer.pdf", ["dayactirka baaskiilada"], "skilled", "so", layout="pdf"),
    need("baaskiil-flyer.pdf", ["koofiyadaha baaskiilka", "helmets"], "donation", "so", layout="pdf"),
]

TRAPS = [
    trap("index.html", "general_appeal", ["see the request board"], "pointer tile"),
    trap("index.html", "service", ["free fridge"]),
    trap("index.html", "event", ["potluck + general meeting"]),
    trap("requests.html", "how_to_apply", ["post a request"]),
    trap("requests.html", "filled", ["baby stroller"], "MATCHED"),
    trap("requests.html", "filled", ["snow tires"], "CLOSED, no longer needed"),
    trap("requests.html", "offer", ["mend and hem"]),
    trap("drives.html", "filled", ["toddler clothes"], "we have enough"),
    trap("drives.html", "recap", ["212 backpacks"]),
    trap("drives.html", "general_appeal", ["rent relief fund"]),
    trap("somali.html", "filled", ["kuraasta carruurta"], "waa la helay"),
    trap("somali.html", "event", ["shirka bulshada"]),
    trap("somali.html", "service", ["cunto bilaash ah"]),
    trap("core-team/notes.html", "robots", ["facebook group"]),
    trap("core-team/notes.html", "robots", ["$2,000 for the rent fund"]),
    trap("core-team/notes.html", "robots", ["thanksgiving deliveries"]),
    trap("baaskiil-flyer.pdf", "event", ["maalinta baaskiilada carruurta"]),
    trap("baaskiil-flyer.pdf", "how_to_apply", ["sida loo qeyb galo"]),
]
