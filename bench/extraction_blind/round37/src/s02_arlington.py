"""Arlington, MN: Sahan Family Center. English home page with a news feed (one need buried in a
pantry update post); English role-card grid whose titles sit in <header><h3>, <figcaption>,
<p><b> and <label>; Somali <dl> of roles; Somali donation page with a list inside a sentence and a
family story; Somali PDF form; robots /guddiga/."""
from common import need, trap

SLUG = "arlington-sahan-family-center"

HEAD = """<!doctype html>
<html lang="%s">
<head>
<meta charset="utf-8">
<title>%s</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="stylesheet" href="/assets/sahan.css">
</head>
<body class="%s">
<div class="topbar"><a href="/index.html" class="brand">Sahan Family Center · Xarunta Qoyska Sahan</a>
<ul class="nav">
<li><a href="/index.html">Home</a></li>
<li><a href="/get-involved.html">Get involved</a></li>
<li><a href="/mutadawiciin.html">Mutadawiciin</a></li>
<li><a href="/deeq.html">Deeq</a></li>
<li><a href="/wararka/2023-11.html">News archive</a></li>
</ul></div>
<div class="wrap">
"""

TAIL = """</div>
<footer class="foot">
<p>Sahan Family Center · 118 W Main St, Arlington, MN 55307 · (507) 555-0118 ·
<a href="mailto:info@sahanfamily.org">info@sahanfamily.org</a></p>
<p><a href="/guddiga/">Guddiga (committee)</a></p>
</footer>
</body>
</html>
"""


def page(lang, title, cls, body):
    return HEAD % (lang, title, cls) + body + TAIL


INDEX = page("en", "Sahan Family Center – Arlington, MN", "home", """
<section class="intro">
<h1>Welcome to the Sahan Family Center</h1>
<p>A gathering place for Somali and East African families in Sibley County since 2016.</p>
</section>

<div class="cols">
<section class="box">
<h2>Center hours</h2>
<p>Monday–Thursday 10 am – 6 pm<br>Saturday 10 am – 2 pm<br>Closed Fridays for Jumu'ah</p>
</section>
<section class="box">
<h2>What we offer</h2>
<ul>
<li>After-school homework help (grades 1–12)</li>
<li>Somali and Qur'an classes for children</li>
<li>Help with MNsure and SNAP applications</li>
</ul>
</section>
</div>

<section class="feed">
<h2>News from the center</h2>

<article class="post">
<h3>Pantry update</h3>
<p class="meta">Posted September 9</p>
<p>The pantry is open again after the move to the basement room. A big thank-you to the Warsame
brothers, who carried every shelf down the stairs in one afternoon. One thing we still do not
have is a working chest freezer: the old one died in July, and until we find another we cannot
accept frozen halal meat from the Faribault butcher. If your family or business can donate one,
please call Ayaan at (507) 555-0118.</p>
</article>

<article class="post">
<h3>Back-to-school giveaway: 130 backpacks!</h3>
<p class="meta">Posted August 30</p>
<p>Thank you to everyone who filled backpacks this summer. 130 children started school with new
supplies.</p>
</article>

<article class="post teaser">
<h3><a href="/wararka/2023-11.html">Hooyo Circle: how our mothers started a savings group</a></h3>
<p class="meta">From the archive · <a href="/wararka/2023-11.html">Read more</a></p>
</article>
</section>

<section class="event">
<h2>Eid al-Adha family celebration</h2>
<p>Arlington City Park, 11 am – 4 pm. Food, bouncy house and henna for everyone.</p>
</section>

<section class="give">
<h2>Sadaqah jariyah</h2>
<p>Your ongoing charity keeps the lights on. Give once or monthly, online or at the front desk.</p>
</section>
""")

GET_INVOLVED = page("en", "Get involved – Sahan Family Center", "involved", """
<h1>Get involved</h1>
<p>Volunteers run almost everything here. These are the places we could use you right now.</p>

<div class="card-grid">
<article class="card">
<header><h3>Homework Club Tutor</h3></header>
<p>Grades 3–8, mostly math and reading. Monday to Wednesday, 3:30–5:30 pm. You don't need to
speak Somali.</p>
<span class="tag tag-open">Open</span>
</article>

<article class="card">
<figure><img src="/assets/soccer.jpg" alt="">
<figcaption>Girls' soccer coach (U10)</figcaption></figure>
<p>Saturday mornings, April to June. Never coached? We'll pair you with our head coach.</p>
</article>

<article class="card">
<p class="card-title"><b>Front-desk greeter</b></p>
<span class="tag tag-done">Filled</span>
<p class="small">Thank you, Hibaaq — this spot is taken through June.</p>
</article>

<article class="card">
<label class="role">Event photographer</label>
<p>Bring your own camera to Eid and to the graduation party. Two events a year, photos shared
with families.</p>
</article>

<article class="card card-job">
<h5>Youth Program Coordinator</h5>
<p>Part-time paid staff position: $20/hour, 20 hours a week. Send a résumé to the director.</p>
</article>
</div>

<section class="howto">
<h2>How to sign up</h2>
<p>Download the <a href="/forms/codsi-mutadawac.pdf">volunteer form</a> (in Somali), fill it in
and bring it to the front desk, or just stop by during center hours.</p>
</section>
""")

MUTADAWICIIN = page("so", "Mutadawiciin – Xarunta Qoyska Sahan", "roles", """
<h1>Mutadawiciinta aan hadda u baahanahay</h1>
<p>Haddii aad rabto inaad bulshada caawiso, halkan ka eeg shaqooyinka banaan.</p>

<dl class="roles">
<dt>Turjubaan Soomaali–Ingiriis</dt>
<dd>Hooyooyinka u raac ballamaha dhakhtarka iyo shirarka dugsiga. Waa inaad si fiican ugu
hadashaa labada luqadood. Todobaadkii 2–4 saacadood.</dd>

<dt>Darawal mutadawac ah</dt>
<dd>Odayaasha iyo hooyooyinka u kaxee dukaanka iyo rugta caafimaadka ee Gaylord. Waa inaad
leedahay gaari iyo liisan. Shidaalka annaga ayaa bixinayna.</dd>

<dt>Macallin xisaabta dugsiga sare</dt>
<dd>Ardayda fasalka 9–12 ka caawi xisaabta, Sabtiyada 10–12 subaxnimo.</dd>

<dt>Caawiyeyaal jikada (afurka Ramadaanta)</dt>
<dd><strong>Buuxa.</strong> Mahadsanidiin — dad ku filan ayaa is diiwaangeliyey sannadkan.</dd>

<dt>Xoghaye xafiis (shaqo mushaar leh)</dt>
<dd>$19 saacaddii, 25 saacadood todobaadkii. Codsigaaga u dir maamulaha.</dd>
</dl>

<p>Foomka codsiga: <a href="/forms/codsi-mutadawac.pdf">soo deji (PDF)</a></p>
""")

DEEQ = page("so", "Deeq – Xarunta Qoyska Sahan", "deeq", """
<h1>Deeq alaab</h1>

<h2>Alaabta bakhaarka cuntada</h2>
<p>Bishan waxaan u baahanahay bariis, baasto, saliid cunto karis, sonkor iyo caano boodhe.
Fadlan ha keenin wax dhacay ama la furay.</p>

<h2>Qoys cusub oo magaalada yimid</h2>
<p>Qoyska Xasan — hooyo iyo lix carruur ah — ayaa bishii hore ka yimid xerada Kakuma. Waxay
degeen guri aan lahayn wax alaab ah. Waxay u baahan yihiin sariiro, buste iyo dheriyo wax lagu
karsado. Haddii aad wax haysid, wac xafiiska.</p>

<h2>Kabaha carruurta</h2>
<p>Looma baahna mar dambe — mahadsanidiin! Kabo ku filan ayaa nala soo gaarsiiyey.</p>

<h2>Waqtiga alaabta la keeno</h2>
<p>Isniin iyo Arbaco, 4–7 galabnimo, albaabka dambe.</p>

<h2>Ramadaantii hore</h2>
<p>180 qoys ayaa helay sanduuqyo cunto ah. Allah ha idin barakeeyo.</p>

<h2>Zakada iyo sadaqada</h2>
<p>Waxaad ku bixin kartaa xafiiska ama online.</p>
""")

GUDDIGA = page("en", "Committee – Sahan Family Center", "internal", """
<h1>Committee workspace</h1>
<p>Internal task list. Not for public sharing.</p>
<ol>
<li>Find a plumber for the basement sink before the inspection.</li>
<li>Ask members about a donated van for the Saturday field trips.</li>
<li>We need a volunteer to redo the website in both languages.</li>
</ol>
""")

PAGES = {
    "index.html": INDEX,
    "get-involved.html": GET_INVOLVED,
    "mutadawiciin.html": MUTADAWICIIN,
    "deeq.html": DEEQ,
    "guddiga/index.html": GUDDIGA,
}

ROBOTS = "User-agent: *\nDisallow: /guddiga/\n"

PDFS = {
    "forms/codsi-mutadawac.pdf": ("Foomka Codsiga Mutadawaca - Xarunta Qoyska Sahan", [
        ("title", "Xarunta Qoyska Sahan - Foomka Codsiga Mutadawaca"),
        ("p", "118 W Main St, Arlington, MN 55307 - (507) 555-0118"),
        ("gap", ""),
        ("p", "Magaca: ______________________________"),
        ("p", "Telefoonka: ____________________  Iimaylka: ____________________"),
        ("p", "Luqadaha aad ku hadasho: [ ] Soomaali  [ ] Ingiriis  [ ] Carabi  [ ] kale: ______"),
        ("p", "Maalmaha aad banaan tahay: ________________________"),
        ("gap", ""),
        ("h", "Habeenka dabaasha haweenka"),
        ("p", "Khamiista habeenkii waxaa jira dabaasha haweenka oo kaliya ee YMCA-da Glencoe. Waxaan "
              "u baahanahay laba caawiyeyaal dabaasha ah oo haween ah, kuwaas oo haysta shahaadada "
              "badbaadinta (lifeguard)."),
        ("gap", ""),
        ("h", "Tababarka mutadawiciinta cusub"),
        ("p", "Sabtida koowaad ee bil kasta, 11 subaxnimo, qolka weyn."),
        ("gap", ""),
        ("h", "Sida foomka loo soo celiyo"),
        ("p", "Foomka ku soo celi miiska hore ama iimayl ugu dir info@sahanfamily.org."),
        ("gap", ""),
        ("p", "Saxiixa: ____________________   Taariikhda: __________"),
    ]),
}

NEEDS = [
    need("index.html", ["chest freezer"], "donation", "en", layout="newsletter_buried",
         note="buried in a 'Pantry update' news post"),
    need("get-involved.html", ["homework club tutor"], "skilled", "en", layout="role_cards",
         note="card title in header>h3"),
    need("get-involved.html", ["soccer coach"], "volunteer", "en", layout="role_cards",
         note="card title in figcaption"),
    need("get-involved.html", ["event photographer"], "skilled", "en", layout="role_cards",
         note="card title in <label>"),
    need("mutadawiciin.html", ["turjubaan"], "skilled", "so", ["so", "en"], layout="definition_list"),
    need("mutadawiciin.html", ["darawal"], "volunteer", "so", layout="definition_list"),
    need("mutadawiciin.html", ["macallin xisaabta"], "skilled", "so", layout="definition_list"),
    need("deeq.html", ["alaabta bakhaarka", "bariis", "caano boodhe"], "donation", "so",
         layout="wish_list_sentence", note="ONE need: items listed inside one sentence"),
    need("deeq.html", ["sariiro", "dheriyo"], "donation", "so", layout="story",
         note="newly arrived family with an empty house"),
    need("forms/codsi-mutadawac.pdf", ["caawiyeyaal dabaasha", "dabaasha haweenka"], "skilled", "so",
         layout="pdf", note="women lifeguards for women-only swim night; only in the PDF"),
]

TRAPS = [
    trap("index.html", "hours", ["center hours"]),
    trap("index.html", "service", ["homework help", "snap applications"]),
    trap("index.html", "recap", ["130 backpacks"]),
    trap("index.html", "blog", ["savings group"]),
    trap("index.html", "event", ["eid al-adha"]),
    trap("index.html", "general_appeal", ["sadaqah jariyah"]),
    trap("get-involved.html", "filled", ["front-desk greeter"], note="Filled tag"),
    trap("get-involved.html", "job", ["youth program coordinator"], note="paid"),
    trap("get-involved.html", "how_to_apply", ["how to sign up"]),
    trap("mutadawiciin.html", "filled", ["caawiyeyaal jikada"], note="'Buuxa' + 'dad ku filan'"),
    trap("mutadawiciin.html", "job", ["xoghaye xafiis"], note="paid ('shaqo mushaar leh')"),
    trap("deeq.html", "filled", ["kabaha carruurta"], note="'Looma baahna mar dambe'"),
    trap("deeq.html", "hours", ["waqtiga alaabta la keeno"]),
    trap("deeq.html", "recap", ["180 qoys"]),
    trap("deeq.html", "general_appeal", ["zakada iyo sadaqada"]),
    trap("forms/codsi-mutadawac.pdf", "event", ["tababarka mutadawiciinta"]),
    trap("forms/codsi-mutadawac.pdf", "how_to_apply", ["foomka ku soo celi"]),
    trap("guddiga/index.html", "robots", ["plumber"]),
    trap("guddiga/index.html", "robots", ["donated van"]),
    trap("guddiga/index.html", "robots", ["redo the website"]),
]
