"""Site 9: McGrath Snake River Tenants League. English + Spanish.
Home page is a dated changelog of campaign updates; meeting minutes with ACTION items (assigned
= trap, OPEN = need); a Q&A forum thread with replies (one request resolved in a reply);
Spanish page; English PDF know-your-rights sheet; robots /steering/."""
from util import N, T

SLUG = "mcgrath-snake-river-tenants-league"


def page(lang, title, body):
    return """<!DOCTYPE html>
<html lang="%s">
<head>
<meta charset="utf-8">
<title>%s &mdash; Snake River Tenants League</title>
<meta name="generator" content="Squarespace-like static export">
<style>
body{font-family:"Helvetica Neue",Arial,sans-serif;margin:0;color:#1d1d1d}
.Header{display:flex;justify-content:space-between;padding:18px 40px;border-bottom:1px solid #ddd}
.Header-nav a{margin-left:20px;color:#1d1d1d;text-decoration:none;text-transform:uppercase;font-size:13px;letter-spacing:.1em}
.Main{max-width:760px;margin:30px auto;padding:0 20px}
.update{border-bottom:1px solid #eee;padding:14px 0}.update .date{font-size:12px;color:#888;text-transform:uppercase;letter-spacing:.08em}
.action{font-family:Menlo,monospace;font-size:14px}
.post{border:1px solid #ddd;border-radius:6px;margin:16px 0}.post .q{padding:12px;background:#f7f7f7}.post .r{padding:8px 12px 8px 32px;border-top:1px solid #eee;font-size:14px}
.who{font-weight:bold;color:#555}
.Footer{padding:20px 40px;background:#1d1d1d;color:#aaa;font-size:12px}.Footer a{color:#fff}
</style>
</head>
<body>
<header class="Header"><div class="Header-title"><a href="/">SNAKE RIVER TENANTS LEAGUE</a></div>
<nav class="Header-nav"><a href="/">Updates</a><a href="/minutes.html">Minutes</a><a href="/forum.html">Ask the League</a><a href="/es/">Español</a><a href="/rights.pdf">Know your rights</a></nav></header>
<main class="Main">
%s
</main>
<footer class="Footer">Snake River Tenants League &middot; meets at the McGrath community hall &middot; 320-555-0191 &middot; league@snakerivertenants.org<br>
<a href="/steering/">Steering committee</a> &middot; <a href="/press/council-testimony.html">Our council testimony</a></footer>
</body>
</html>
""" % (lang, title, body)


INDEX = page("en", "Updates", """
<h1>Campaign updates</h1>
<p>Newest first. We post here whenever something changes at Pine Terrace or the Riverside court.</p>
<div class="update"><div class="date">Oct 8</div>
<p>A neighbor donated a working refrigerator for unit 12, whose fridge died two weeks ago. We are seeking a volunteer with a pickup truck to haul it across town this weekend.</p></div>
<div class="update"><div class="date">Oct 2</div>
<p>Building B heat is out again. Until the landlord fixes the boiler, we need space heaters (oil-filled, not the glowing coil kind) for four units. Loaned or donated, either is fine.</p></div>
<div class="update"><div class="date">Sep 28</div>
<p>UPDATE: the van for the county board trip is covered &mdash; thanks Jolene!</p></div>
<div class="update"><div class="date">Sep 20</div>
<p>Recap: 41 tenants came to the rent-increase info night. The petition now has 63 signatures.</p></div>
<div class="update"><div class="date">Sep 14</div>
<p>Our repair-request form is only in English. Looking for someone who reads and writes Spanish well to translate one page.</p></div>
<div class="update"><div class="date">Sep 3</div>
<p>General meeting moved to the fourth Thursday of the month, 7 pm, community hall.</p></div>
""")

MINUTES = page("en", "Minutes", """
<h1>General meeting minutes &mdash; September 26</h1>
<p>Present: 17 tenants, 2 guests. Facilitator: Renee. Notes: Marcus.</p>
<h2>1. Boiler at Building B</h2>
<p>Landlord promised repair by Oct 15. Inspector visit requested.</p>
<h2>2. Affidavits for the rent escrow case</h2>
<p>Six tenants will sign affidavits. They must be notarized.</p>
<h2>3. Treasurer's report</h2>
<p>$412 in the hardship fund after helping two families with late fees.</p>
<h2>Action items</h2>
<ul class="action">
<li>ACTION (Renee): call the county housing inspector by Friday.</li>
<li>ACTION (Marcus): post these minutes and update the petition count.</li>
<li>OPEN &mdash; nobody took this yet: find a volunteer notary public who can come to the hall one evening for the affidavits.</li>
<li>OPEN: need 2&ndash;3 people to door-knock Pine Terrace on Saturday Oct 19, 10 am&ndash;noon.</li>
<li>OPEN: someone who can print about 300 copies of the flyer for free at work or school?</li>
<li>DONE (Jolene): van for the county board trip.</li>
</ul>
<p>Next meeting: Thursday, October 24, 7 pm.</p>
""")

FORUM = page("en", "Ask the League", """
<h1>Ask the League</h1>
<p>Questions and requests from tenants. Be kind; no last names.</p>
<div class="post"><div class="q"><span class="who">mattie_4B</span> asked:
<p>Does anyone have a dehumidifier we could borrow for a month? Mold in our basement unit is getting bad and both kids have asthma.</p></div>
<div class="r"><span class="who">tom_riverside</span>: I have one but the fan is broken, sorry.</div>
<div class="r"><span class="who">League</span>: Still looking for one &mdash; please reply here if you can lend it.</div></div>
<div class="post"><div class="q"><span class="who">darnell</span> asked:
<p>Need a ride to housing court in Aitkin on Thursday 10/10, 9 am. Can anyone drive me?</p></div>
<div class="r"><span class="who">sue.k</span>: I can take you, sent you a message.</div>
<div class="r"><span class="who">darnell</span>: UPDATE: ride is set, thanks Sue!</div></div>
<div class="post"><div class="q"><span class="who">lupe</span> asked:
<p>My hearing is Monday 11/4 from 9 to noon and I can't bring my kids into the courtroom. Could someone watch my kids (ages 3 and 6) at the hall that morning?</p></div>
<div class="r"><span class="who">League</span>: Nobody yet. If you can help, call 320-555-0192.</div></div>
<div class="post"><div class="q"><span class="who">rosa.m</span> asked:
<p>Somebody took my son's winter boots from the hallway. Does anyone have boys' winter boots, size 1, that he could have? He is 7.</p></div>
<div class="r"><span class="who">League</span>: Still needed as of Oct 9. Drop them at the hall on Thursday.</div></div>
<div class="post"><div class="q"><span class="who">kim_b</span> asked:
<p>Where do I file a repair complaint with the city?</p></div>
<div class="r"><span class="who">League</span>: Fill out the city's rental repair form at city hall, keep a copy, and bring it to our next meeting.</div></div>
<div class="post"><div class="q"><span class="who">gary_2</span> posted:
<p>Giving away a crib and a high chair, both in good shape. Message me.</p></div></div>
""")

ES = page("es", "Español", """
<h1>Liga de Inquilinos del Río Snake</h1>
<p>Somos vecinos de Pine Terrace y del parque de casas móviles Riverside que luchamos por viviendas dignas.</p>
<h2>Buscamos un abogado voluntario</h2>
<p>Varias familias tienen audiencias de desalojo este otoño. Buscamos un abogado o abogada que hable español y pueda dar una hora de consulta gratuita al mes.</p>
<h2>Se necesitan voluntarios para repartir volantes</h2>
<p>El sábado 19 de octubre vamos a repartir volantes en el parque de casas móviles. Necesitamos cuatro personas, de 10 a 12.</p>
<h2>Traducción del formulario</h2>
<p>¡Ya la tenemos! Gracias a Lupe por traducir el formulario de reparaciones.</p>
<h2>Reunión de inquilinos</h2>
<p>Cuarto jueves de cada mes, 7 pm, salón comunitario. Habrá interpretación al español.</p>
""")

STEERING = page("en", "Steering committee", """
<h1>Steering committee (private)</h1>
<p>Do not share this page.</p>
<ul>
<li>Need a volunteer to build our tenant database in Airtable.</li>
<li>Looking for a press contact person for the escrow case.</li>
<li>Need someone to hold the hardship fund checkbook starting in January.</li>
</ul>
""")

PAGES = {
    "index.html": INDEX,
    "minutes.html": MINUTES,
    "forum.html": FORUM,
    "es/index.html": ES,
    "steering/index.html": STEERING,
}

ROBOTS = """User-agent: *
Disallow: /steering/
Disallow: /drafts/
"""

PDFS = {
    "rights.pdf": ("Know your rights", [
        ("title", "KNOW YOUR RIGHTS AS A TENANT"),
        ("p", "Snake River Tenants League - free and confidential"),
        ("gap", ""),
        ("h", "Repairs"),
        ("p", "Your landlord must keep the building in reasonable repair and keep heat at a safe level "
              "from October to April. Put every repair request in writing and keep a copy."),
        ("gap", ""),
        ("h", "Help us document the problems"),
        ("p", "We are looking for a volunteer photographer with a decent camera to spend two evenings "
              "photographing mold, broken windows and ceiling leaks in units whose tenants ask for it. "
              "The photos go into our escrow case."),
        ("gap", ""),
        ("h", "Tenant hotline"),
        ("p", "Call 320-555-0193, Monday to Thursday, 5-8 pm, for free advice."),
    ]),
}

NEEDS = [
    N("index.html", ["pickup truck", "haul"], "volunteer", "en", layout="changelog",
      note="haul a donated fridge"),
    N("index.html", ["space heaters"], "donation", "en", layout="changelog", note="loan or gift"),
    N("index.html", ["repair-request form", "spanish"], "skilled", "en", ["es", "en"], layout="changelog"),
    N("minutes.html", ["notary"], "skilled", "en", layout="minutes_action_items"),
    N("minutes.html", ["door-knock", "pine terrace"], "volunteer", "en", layout="minutes_action_items"),
    N("minutes.html", ["300 copies", "print"], "other", "en", layout="minutes_action_items",
      note="free printing"),
    N("forum.html", ["dehumidifier"], "other", "en", layout="qa_thread", note="borrow for a month"),
    N("forum.html", ["watch my kids"], "volunteer", "en", layout="qa_thread"),
    N("forum.html", ["winter boots"], "donation", "en", layout="qa_thread"),
    N("es/index.html", ["abogado"], "skilled", "es", ["es"], layout="heading_paragraph"),
    N("es/index.html", ["repartir volantes"], "volunteer", "es", layout="heading_paragraph"),
    N("rights.pdf", ["photographer"], "skilled", "en", layout="pdf"),
]

TRAPS = [
    T("index.html", "filled", ["van for the county board trip"], "UPDATE: covered"),
    T("index.html", "recap", ["rent-increase info night", "petition"]),
    T("index.html", "event", ["general meeting moved"]),
    T("minutes.html", "filled", ["county housing inspector"], "ACTION assigned to Renee"),
    T("minutes.html", "filled", ["post these minutes"], "ACTION assigned to Marcus"),
    T("minutes.html", "filled", ["done (jolene)"], "DONE"),
    T("minutes.html", "recap", ["hardship fund"]),
    T("minutes.html", "event", ["next meeting"]),
    T("forum.html", "filled", ["housing court"], "'UPDATE: ride is set'"),
    T("forum.html", "how_to_apply", ["repair complaint"]),
    T("forum.html", "offer", ["crib", "high chair"]),
    T("es/index.html", "filled", ["traducción del formulario"], "'¡Ya la tenemos!'"),
    T("es/index.html", "event", ["reunión de inquilinos"]),
    T("rights.pdf", "service", ["know your rights"]),
    T("rights.pdf", "hours", ["tenant hotline"]),
    T("steering/index.html", "robots", ["tenant database"]),
    T("steering/index.html", "robots", ["press contact"]),
    T("steering/index.html", "robots", ["checkbook"]),
]
