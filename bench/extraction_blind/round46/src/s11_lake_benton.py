from common import N, T

SLUG = "lake-benton-neighbors-mutual-aid"

HEAD = """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{title} - Lake Benton Neighbors Mutual Aid</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="https://www.gstatic.example/_/atari/_/ss/k=atari.vw.css">
</head>
<body>
<div class="UtePc RCETm" role="banner">
  <div class="Xpil1b"><span class="HQwdzb">Lake Benton Neighbors Mutual Aid</span></div>
  <div class="JzO0Vc" role="navigation">
    <ul class="jYxBte">
      <li><a class="aJHbb" href="/index.html">Home</a></li>
      <li><a class="aJHbb" href="/requests.html">Request board</a></li>
      <li><a class="aJHbb" href="/oromoo.html">Afaan Oromoo</a></li>
      <li><a class="aJHbb" href="/soomaali.html">Af-Soomaali</a></li>
    </ul>
  </div>
</div>
<div role="main" class="UtePc">
"""

FOOT = """
</div>
<div class="dZA9kd" role="contentinfo">
  <p class="zfr3Q">Lake Benton Neighbors Mutual Aid &middot; meets at the Lake Benton Opera House, 118 E Benton St, Lake Benton, MN 56149 &middot; 507-555-0138 &middot; lbneighbors@mutualaid-lakebenton.org</p>
  <p class="zfr3Q"><a href="/files/how-it-works.pdf">How it works (PDF)</a> &middot; <a href="/core-team/notes.html">Core team</a> &middot; <a href="/zine/issue-3.html">Zine #3</a></p>
</div>
</body>
</html>
"""

INDEX = HEAD.format(lang="en", title="Home") + """
<section class="yaqOZd">
  <h1 class="zfr3Q">Neighbors taking care of neighbors</h1>
  <p class="zfr3Q">No forms, no means test. Someone asks, someone who can helps. About 140 households around Lake Benton and Tyler
  are part of the network, including many Oromo and Somali families who moved here for work at the wind farms and the meat plant.</p>
</section>
<section class="yaqOZd">
  <h2 class="zfr3Q">How to ask for help</h2>
  <p class="zfr3Q">Text or call 507-555-0138, or write your request on the board at the Opera House. A volunteer will call you back within a day.</p>
  <h2 class="zfr3Q">Free fridge &amp; pantry box</h2>
  <p class="zfr3Q">On Center Street next to the post office, open all the time. Take what you need, leave what you can.</p>
  <h2 class="zfr3Q">The phone tree needs more callers</h2>
  <p class="zfr3Q">When a blizzard closes the roads we call every elder who lives alone. We are down to eight callers for 60 names,
  which means a long night for each of us. Five more phone tree callers would split the list fairly. You can call from home.</p>
  <h2 class="zfr3Q">Monthly neighbor meeting</h2>
  <p class="zfr3Q">Second Tuesday, 7 pm, Opera House basement. Soup and bread.</p>
  <h2 class="zfr3Q">Chip into the fund</h2>
  <p class="zfr3Q">Our small cash fund covers emergency rent and gas. Any amount helps.</p>
</section>
""" + FOOT

REQ = HEAD.format(lang="en", title="Request board") + """
<section class="yaqOZd">
  <h1 class="zfr3Q">Request board</h1>
  <p class="zfr3Q">Updated Sunday nights. Call the hotline to take a request.</p>
  <div class="board">
    <div class="req open"><span class="state">OPEN</span>
      <h3>Rides to physical therapy in Pipestone</h3>
      <p>Twice a week for six weeks after a knee replacement. Appointments at 10 am Tuesday and Friday.</p></div>
    <div class="req met"><span class="state">MET &#10004;</span>
      <h3>Crib for a newborn</h3>
      <p>A crib and a new mattress arrived the same day. Thank you, Tyler neighbors!</p></div>
    <div class="req open"><span class="state">OPEN</span>
      <h3>Snow shoveling for a disabled veteran</h3>
      <p>Driveway and front steps on Benton Street, after each snowfall this winter.</p></div>
    <div class="req open"><span class="state">OPEN</span>
      <h3>Patch a hail-damaged roof before the snow</h3>
      <p>Shingles and nails are donated. Need two or three people comfortable on a ladder for a Saturday.</p></div>
    <div class="req closed"><span class="state">NO LONGER NEEDED</span>
      <h3>Dog walking for Dale</h3>
      <p>Dale's daughter is home now and walking Biscuit herself.</p></div>
    <div class="req offer"><span class="state">OFFER</span>
      <h3>Free firewood from a downed cottonwood</h3>
      <p>Bring a saw and a truck; it's on the Hendricks road.</p></div>
    <div class="req met"><span class="state">MET &#10004;</span>
      <h3>Groceries for a family between paychecks</h3>
      <p>Nine neighbors chipped in. Thank you.</p></div>
  </div>
</section>
""" + FOOT

OM = HEAD.format(lang="om", title="Afaan Oromoo") + """
<section class="yaqOZd">
  <h1 class="zfr3Q">Gargaarsa Waliinii Ollaa Lake Benton</h1>
  <p class="zfr3Q">Ollaan ollaa gargaara. Gargaarsa yoo barbaaddan, 507-555-0138 bilbilaa.</p>
  <h2 class="zfr3Q">Firijii bilisaa</h2>
  <p class="zfr3Q">Center Street irratti, yeroo hunda banaa dha. Waan barbaaddan fudhadhaa.</p>
  <div class="board">
    <div class="req open"><span class="state">BANAA</span>
      <h3>Siree fi firaashii maatii haaraaf</h3>
      <p>Maatiin Oromoo haaraan ijoollee afur qabu ji'a darbe Lake Benton dhufe. Siree lama fi firaashii lama barbaadu.</p></div>
    <div class="req open"><span class="state">BANAA</span>
      <h3>Turjumaana walgahii mana barumsaa</h3>
      <p>Haadha tokkoof walgahii barsiisotaa irratti Afaan Oromoo fi Ingiliffaa turjumuu. Onkoloolessa 24, galgala.</p></div>
    <div class="req met"><span class="state">XUMURAMEERA</span>
      <h3>Nyaata maatii Obboo Jaarraa</h3>
      <p>Galatoomaa! Ollaan 12 torban lamaaf nyaata fidaniiru.</p></div>
  </div>
</section>
""" + FOOT

SO = HEAD.format(lang="so", title="Af-Soomaali") + """
<section class="yaqOZd">
  <h1 class="zfr3Q">Isku-kaalmaynta Deriska Lake Benton</h1>
  <p class="zfr3Q">Deriskaa deriskiisa caawiya. Haddii aad caawimaad u baahan tahay, soo wac 507-555-0138.</p>
  <div class="board">
    <div class="req open"><span class="state">FURAN</span>
      <h3>Caawimaad kombiyuutar oo hooyooyinka ah</h3>
      <p>Hooyooyin badan ma yaqaanaan sida email loo furo ama foomamka online loo buuxiyo. Waxaan rabnaa qof dulqaad leh oo
      Sabtida saacad la fadhiista.</p></div>
    <div class="req open"><span class="state">FURAN</span>
      <h3>Koofiyado iyo gacmo-gashi carruur</h3>
      <p>Carruurta dugsiga hoose ee Lake Benton waxay u baahan yihiin koofiyado iyo gacmo-gashi ka hor barafka.</p></div>
    <div class="req met"><span class="state">HAWSHAN WAA LA DHAMMEEYEY</span>
      <h3>Gaariga carruurta (stroller)</h3>
      <p>Mahadsanid Faadumo oo keentay mid cusub.</p></div>
  </div>
  <h2 class="zfr3Q">Shirka deriska</h2>
  <p class="zfr3Q">Talaadada labaad ee bil kasta, 7:00 fiidnimo, Opera House.</p>
</section>
""" + FOOT

CORE = HEAD.format(lang="en", title="Core team notes") + """
<section class="yaqOZd">
  <h1 class="zfr3Q">Core team notes (not public)</h1>
  <ul>
    <li>Recruit someone to run our bookkeeping spreadsheet.</li>
    <li>Find two drivers for the Marshall food bank pickup.</li>
    <li>Ask the wind farm for donated space heaters.</li>
  </ul>
</section>
""" + FOOT

PAGES = {
    "index.html": INDEX,
    "requests.html": REQ,
    "oromoo.html": OM,
    "soomaali.html": SO,
    "core-team/notes.html": CORE,
}

ROBOTS = """User-agent: *
Disallow: /core-team/
"""

PDFS = {
    "files/how-it-works.pdf": ("How it works - Lake Benton Neighbors Mutual Aid", [
        ("title", "LAKE BENTON NEIGHBORS MUTUAL AID"),
        ("title", "How it works"),
        ("h", "How to ask for help"),
        ("p", "Call or text 507-555-0138. Tell us what you need and when. We never ask why."),
        ("h", "Translators wanted for this flyer"),
        ("p", "Many of our neighbors read Afaan Oromoo or Somali better than English. We are looking for translators who "
              "can put this flyer into Afaan Oromoo and into Somali so every family knows they can ask. It is two pages; "
              "we will print it."),
        ("h", "Neighbor meeting"),
        ("p", "Second Tuesday of every month, 7 PM, Opera House basement."),
    ]),
}

NEEDS = [
    N("index.html", ["phone tree callers"], "volunteer", "en", layout="short_on", note="'we are down to eight'"),
    N("requests.html", ["rides to physical therapy"], "volunteer", "en", layout="request_cards"),
    N("requests.html", ["snow shoveling"], "volunteer", "en", layout="request_cards"),
    N("requests.html", ["hail-damaged roof"], "volunteer", "en", layout="request_cards"),
    N("oromoo.html", ["siree fi firaashii"], "donation", "om", layout="request_cards"),
    N("oromoo.html", ["turjumaana walgahii mana barumsaa"], "skilled", "om", ["om", "en"], layout="request_cards"),
    N("soomaali.html", ["caawimaad kombiyuutar"], "volunteer", "so", layout="request_cards"),
    N("soomaali.html", ["koofiyado iyo gacmo-gashi", "gacmo-gashi"], "donation", "so", layout="request_cards"),
    N("files/how-it-works.pdf", ["translators wanted", "translators"], "skilled", "en", ["om", "so", "en"], layout="pdf"),
]

TRAPS = [
    T("index.html", "how_to_apply", ["how to ask for help"]),
    T("index.html", "service", ["free fridge"]),
    T("index.html", "event", ["monthly neighbor meeting"]),
    T("index.html", "general_appeal", ["chip into the fund"]),
    T("requests.html", "filled", ["crib for a newborn"], "MET ✔"),
    T("requests.html", "filled", ["dog walking for dale"], "NO LONGER NEEDED"),
    T("requests.html", "offer", ["free firewood"]),
    T("requests.html", "filled", ["groceries for a family"], "MET ✔"),
    T("oromoo.html", "service", ["firijii bilisaa"]),
    T("oromoo.html", "filled", ["nyaata maatii obboo jaarraa"], "XUMURAMEERA (completed)"),
    T("soomaali.html", "filled", ["gaariga carruurta"], "hawshan waa la dhammeeyey (task completed)"),
    T("soomaali.html", "event", ["shirka deriska"]),
    T("core-team/notes.html", "robots", ["bookkeeping spreadsheet"]),
    T("core-team/notes.html", "robots", ["marshall food bank pickup"]),
    T("core-team/notes.html", "robots", ["space heaters"]),
    T("files/how-it-works.pdf", "how_to_apply", ["how to ask for help"]),
    T("files/how-it-works.pdf", "event", ["neighbor meeting"]),
]
