"""Site 2: Xarunta Qoyska Xidigta (Xidig Family Center), Stewart. Somali-first, card grid, English request board."""
from common import need, trap

SLUG = "stewart-xidigta-family-center"
TOWN = "stewart"

ROBOTS = """# robots for xidigta-mn.org
User-agent: *
Disallow: /maamulka/

User-agent: SemrushBot
Disallow: /
"""


def head(title, lang="so"):
    return """<!doctype html>
<html lang="%s">
<head>
<meta charset="utf-8">
<title>%s | Xarunta Qoyska Xidigta</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="stylesheet" href="/assets/site.css">
<style>
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(240px,1fr));gap:16px}
.card{border:1px solid #cfe0ef;border-radius:10px;padding:14px;background:#fbfdff}
.tag{display:inline-block;font-size:.75rem;padding:2px 8px;border-radius:999px;background:#ffe6a8}
.tag.done{background:#d7f0d5}
.status-open{color:#0a6}.status-closed{color:#999}
</style>
</head>
<body>
<div class="topbar">
  <div class="brand"><a href="/">&#9733; Xarunta Qoyska Xidigta</a></div>
  <div class="menu">
    <a href="/">Bogga hore</a>
    <a href="/iskaa-wax-u-qabso.html">Iskaa wax u qabso</a>
    <a href="/tabarruc.html">Tabarruc</a>
    <a href="/english.html">English</a>
  </div>
</div>
<div class="wrap">
""" % (lang, title)


FOOT = """
</div>
<div class="foot">
  <div>Xarunta Qoyska Xidigta &middot; 402 Prior St, Stewart, MN 55385 &middot; (320) 555-0117 &middot; xidigta@xidigta-mn.org</div>
  <div><a href="/maamulka/shirar.html">Maamulka (xubnaha kaliya)</a> &middot; <a href="/muuqaallo/shir-2024.html">Muuqaallo</a></div>
</div>
</body>
</html>
"""

INDEX = head("Bogga hore") + """
<div class="hero">
  <h1>Ku soo dhawoow Xarunta Qoyska Xidigta</h1>
  <p>Xarun bulsho oo u adeegta qoysaska Soomaaliyeed ee Stewart iyo agagaarka.</p>
</div>
<div class="row">
  <div class="col">
    <h2>Saacadaha furitaanka</h2>
    <p>Isniin ilaa Khamiis: 10:00 subaxnimo &ndash; 6:00 fiidnimo. Sabti: 10:00 &ndash; 2:00.</p>
  </div>
  <div class="col">
    <h2>Adeegyadayada</h2>
    <p>Waxaan bixinaa fasallo Ingiriisi oo bilaash ah oo loogu talagalay hooyooyinka, Talaado iyo Khamiis. Sidoo kale waxaan ka caawinaa qoysaska buuxinta foomamka caafimaadka.</p>
  </div>
  <div class="col">
    <h2>Sida loo diiwaangeliyo</h2>
    <p>Keen kaarka aqoonsiga iyo warqad uu ciwaankaagu ku qoran yahay. Diiwaangelintu waa bilaash.</p>
  </div>
</div>
<div class="box">
  <h2>Dabaaldega Ciidda</h2>
  <p>Sabti, 14-ka Juun, beerta magaalada, 11:00 &ndash; 4:00. Cunto, ciyaaro carruureed iyo heeso. Dhammaan waa lagu soo dhaweynayaa!</p>
</div>
<div class="box">
  <h2>Nala soo shaqee</h2>
  <p>Xaruntu waxay ku socotaa gacan bulshada. <a href="/iskaa-wax-u-qabso.html">Eeg boggayaga iskaa wax u qabso</a> ama <a href="/foomka-tabarucayaasha.pdf">soo deji foomka (PDF)</a>.</p>
</div>
""" + FOOT

VOLUNTEER = head("Iskaa wax u qabso") + """
<h1>Iskaa wax u qabso</h1>
<p>Hoos waxaa ku qoran shaqooyinka aan hadda u baahannahay. Wac Ayaan Cali (320) 555-0118 ama buuxi <a href="/foomka-tabarucayaasha.pdf">foomka</a>.</p>
<div class="grid">
  <div class="card">
    <h3>Turjubaan (Soomaali&ndash;Ingiriisi)</h3>
    <p>Waxaan u baahannahay turjubaan la socda waayeelka marka ay tagaan dhakhtarka. Laba jeer bishii, 2&ndash;3 saacadood.</p>
    <span class="tag">Baahi degdeg ah</span>
  </div>
  <div class="card">
    <div class="card-title">Darawal iskaa wax u qabso ah</div>
    <p>Qof leh baabuur iyo liisan, si uu carruurta uga qaado dugsiga Sabtida una celiyo guryahooda.</p>
  </div>
  <div class="card">
    <p><strong>Kaaliye xanaanada carruurta</strong></p>
    <p>Inta hooyooyinku fasalka ku jiraan, waxaan u baahannahay laba qof oo la ciyaara carruurta yaryar.</p>
  </div>
  <div class="card">
    <h3>Bare Ingiriisi</h3>
    <span class="tag done">Waa la buuxiyey</span>
    <p>Mahadsanidin! Bare cusub ayaan helnay.</p>
  </div>
  <div class="card">
    <h3>Xisaabiye</h3>
    <p>Shaqo mushahar leh: 20 saacadood toddobaadkii, $22 saacaddii. Codsiga u dir xafiiska.</p>
  </div>
</div>
""" + FOOT

DONATE = head("Tabarruc") + """
<h1>Tabarruc</h1>
<section>
  <h2>Liiska waxyaabaha aan u baahannahay</h2>
  <ul>
    <li>Bariis (25 rodol)</li>
    <li>Baasto</li>
    <li>Saliid cunto</li>
    <li>Caano budo</li>
    <li>Sonkor</li>
  </ul>
</section>
<section>
  <h2>Waxaa naga dhammaaday xafaayadaha</h2>
  <p>Xafaayadaha carruurta (cabbirka 3, 4 iyo 5) iyo masarka carruurta (wipes). Hooyooyin badan ayaa toddobaad kasta weydiiya.</p>
</section>
<section>
  <h2>Sheeko: qoys cusub</h2>
  <p>Qoys ka kooban shan qof ayaa bishan ka yimid Kenya. Waxay degeen guri madhan oo aan waxba ku jirin. Waxay u baahan yihiin laba sariirood, furaashyo iyo buste. Haddii aad caawin karto, wac xafiiska.</p>
</section>
<section>
  <h2>Jaakadaha jiilaalka</h2>
  <p>Mahadsanidin! Hadda uma baahna jaakado kale.</p>
</section>
<section>
  <h3>Ma aqbalno</h3>
  <ul><li>Dhar wasakh ah ama jeexan</li><li>Cunto furan</li><li>Dawo</li></ul>
</section>
<p>Ku deeq lacag si aad u taageerto barnaamijyadayada &mdash; <a href="https://give.example/xidigta">halkan riix</a>.</p>
""" + FOOT

ENGLISH = head("English", "en") + """
<h1>Neighbor Request Board</h1>
<p>Families at the center post what they need here. If you can help with an OPEN request, call (320) 555-0117 and give the request number.</p>
<div class="grid">
  <div class="card"><span class="status-open">OPEN &middot; #41</span>
    <h3>Crib for a baby due in May</h3>
    <p>A young mother in Stewart needs a safe crib (less than 10 years old, no drop side).</p></div>
  <div class="card"><span class="status-open">OPEN &middot; #43</span>
    <h3>Leaking kitchen faucet</h3>
    <p>An elderly couple&rsquo;s faucet has leaked for a month. Needed: someone handy with plumbing for an hour. The family will buy the parts.</p></div>
  <div class="card"><span class="status-open">OPEN &middot; #44</span>
    <h3>GED math tutor</h3>
    <p>Two young men are studying for the GED and are stuck on algebra. Tuesday evenings at the center.</p></div>
  <div class="card"><span class="status-closed">MATCHED &middot; #38</span>
    <h3>Rides to dialysis on Mondays</h3>
    <p>Matched with a volunteer. Thank you, Tom!</p></div>
  <div class="card"><span class="status-closed">CLOSED &middot; #35</span>
    <h3>Space heater</h3>
    <p>The family moved. No longer needed.</p></div>
</div>
<h2>Also at the center</h2>
<p>The center offers free tax filing help in February and March. Book a time at the front desk.</p>
<p><strong>Now hiring:</strong> Youth Program Lead &mdash; part-time, $19/hr, afternoons. Send a r&eacute;sum&eacute; to xidigta@xidigta-mn.org.</p>
""" + FOOT

ADMIN = head("Maamulka") + """
<h1>Maamulka &mdash; xubnaha guddiga kaliya</h1>
<p>Waxyaabaha guddigu u baahan yahay bisha soo socota:</p>
<ol>
  <li>Guddoomiye ku xigeen cusub &mdash; doorashada waa Oktoobar.</li>
  <li>Lacagta kirada xarunta ee sanadka 2026.</li>
  <li>Laba kombiyuutar oo cusub oo xafiiska loogu talagalay.</li>
</ol>
""" + FOOT

PAGES = {
    "index.html": INDEX,
    "iskaa-wax-u-qabso.html": VOLUNTEER,
    "tabarruc.html": DONATE,
    "english.html": ENGLISH,
    "maamulka/shirar.html": ADMIN,
}

PDFS = {
    "foomka-tabarucayaasha.pdf": ("Foomka Iskaa Wax u Qabsada", [
        ("title", "Xarunta Qoyska Xidigta - Foomka Iskaa Wax u Qabsada"),
        ("p", "Magaca: ______________________   Telefoonka: ______________________"),
        ("p", "Luqadaha aad ku hadasho: ______________________"),
        ("h", "Ramadaanka: cuntada iftaarka"),
        ("p", "Bisha Ramadaanka waxaan u baahannahay dad iskaa wax u qabso ah oo diyaariya cuntada iftaarka "
              "habeen kasta oo Jimce ah: jarjarista khudaarta, karinta bariiska iyo nadiifinta kadib. "
              "Saddex saacadood, 5:00 ilaa 8:00 fiidnimo."),
        ("h", "Iftaarka bulshada"),
        ("p", "Iftaarka bulshada waa Jimce kasta xilliga Ramadaanka, 8:30 fiidnimo, hoolka xarunta. "
              "Qof walba waa lagu soo dhaweynayaa."),
        ("h", "Sida foomka loo soo celiyo"),
        ("p", "Ku keen foomka xafiiska xarunta, ama sawir ka qaad oo u dir 320-555-0118."),
    ]),
}

NEEDS = [
    need("iskaa-wax-u-qabso.html", ["turjubaan"], "skilled", "so", ["so", "en"], layout="role_cards"),
    need("iskaa-wax-u-qabso.html", ["darawal"], "volunteer", "so", layout="role_cards",
         note="card title in a div"),
    need("iskaa-wax-u-qabso.html", ["xanaanada carruurta"], "volunteer", "so", layout="role_cards",
         note="card title in p>strong"),
    need("tabarruc.html", ["liiska waxyaabaha aan u baahannahay", "caano budo", "bariis"], "donation", "so",
         layout="wish_list"),
    need("tabarruc.html", ["xafaayadaha"], "donation", "so", layout="short_on", note="'naga dhammaaday' = we ran out"),
    need("tabarruc.html", ["sariirood", "furaashyo", "qoys ka kooban shan qof"], "donation", "so", layout="story"),
    need("foomka-tabarucayaasha.pdf", ["cuntada iftaarka"], "volunteer", "so", layout="pdf"),
    need("english.html", ["crib for a baby"], "donation", "en", layout="request_cards"),
    need("english.html", ["leaking kitchen faucet"], "skilled", "en", layout="request_cards"),
    need("english.html", ["ged math tutor"], "skilled", "en", layout="request_cards"),
]

TRAPS = [
    trap("index.html", "hours", ["saacadaha furitaanka"]),
    trap("index.html", "service", ["fasallo ingiriisi"]),
    trap("index.html", "how_to_apply", ["sida loo diiwaangeliyo"]),
    trap("index.html", "event", ["dabaaldega ciidda"]),
    trap("index.html", "general_appeal", ["nala soo shaqee"], "teaser, no specific role"),
    trap("iskaa-wax-u-qabso.html", "filled", ["bare ingiriisi"], "Waa la buuxiyey tag"),
    trap("iskaa-wax-u-qabso.html", "job", ["xisaabiye"], "shaqo mushahar leh"),
    trap("tabarruc.html", "filled", ["jaakadaha jiilaalka"], "Hadda uma baahna"),
    trap("tabarruc.html", "not_accepted", ["ma aqbalno"]),
    trap("tabarruc.html", "general_appeal", ["ku deeq lacag"]),
    trap("english.html", "filled", ["rides to dialysis"], "MATCHED"),
    trap("english.html", "filled", ["space heater"], "CLOSED, no longer needed"),
    trap("english.html", "service", ["free tax filing help"]),
    trap("english.html", "job", ["youth program lead"]),
    trap("maamulka/shirar.html", "robots", ["guddoomiye ku xigeen"]),
    trap("maamulka/shirar.html", "robots", ["lacagta kirada"]),
    trap("maamulka/shirar.html", "robots", ["laba kombiyuutar"]),
    trap("foomka-tabarucayaasha.pdf", "event", ["iftaarka bulshada"]),
    trap("foomka-tabarucayaasha.pdf", "how_to_apply", ["sida foomka loo soo celiyo"]),
]
