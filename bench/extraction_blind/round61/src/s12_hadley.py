"""Site 12: Kitchen Table Mutual Aid, Hadley. Carrd-like one-pager style, request cards, English + Spanish."""
from common import N, T

SLUG = "hadley-kitchen-table-mutual-aid"


def _page(lang, title, body):
    return """<!doctype html>
<html lang="%s">
<head>
<meta charset="utf-8">
<title>%s // Kitchen Table Mutual Aid</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<style>
body{background:#fdf3e1;font-family:Georgia,serif;color:#2b2118;margin:0}
#w{max-width:760px;margin:0 auto;padding:20px}
.links a{margin-right:10px;color:#8a3b12}
.board{display:grid;grid-template-columns:1fr 1fr;gap:12px}
.req{background:#fff;border:2px dashed #8a3b12;padding:10px}
.req.filled,.req.matched{border-style:solid;border-color:#bbb;color:#888}
.badge{font:bold 11px monospace;background:#8a3b12;color:#fff;padding:2px 5px}
.req.filled .badge,.req.matched .badge{background:#999}
.req.offer .badge{background:#2b6b3f}
.req-title{font-weight:bold;margin:6px 0}
</style>
</head>
<body><div id="w">
<p class="links"><strong>KITCHEN TABLE MUTUAL AID</strong> &middot; <a href="/">home</a> <a href="/requests.html">request board</a> <a href="/stories.html">stories</a> <a href="/es.html">español</a> <a href="/zine/issue-3.html">zine #3</a></p>
%s
<hr><p style="font-size:12px">Hadley, Murray County &amp; around. Call/text (507) 555-0177 &middot; kitchentable.hadley@example.org &middot; <a href="/organizers/notes.html">organizers</a></p>
</div></body>
</html>
""" % (lang, title, body)


PAGES = {}

PAGES["index.html"] = _page("en", "home", """
<h1>Solidarity, not charity.</h1>
<p>We are neighbors in Hadley, Lake Wilson, Slayton and the farms in between, sharing what we have around the kitchen table. Nobody here is a client; everybody gives and everybody gets.</p>
<h2>How to ask for help</h2>
<p>Call or text (507) 555-0177, or fill out the paper form at the Hadley post office. We post requests on the <a href="/requests.html">board</a> without your name.</p>
<h2>What we keep going</h2>
<p>A free little pantry on our porch at 112 Elm St, open 24/7. Take what you need.</p>
<h2>Monthly potluck &amp; meeting</h2>
<p>Second Sunday, 5 pm, Hadley Township Hall. Bring a dish if you can, come hungry if you can't.</p>
<h2>Chip in</h2>
<p>The community fund pays for gas, rent gaps and prescriptions. Venmo @kitchentable-hadley. Every winter flyer we print: <a href="/winter-warmth-drive.pdf">Winter Warmth Drive (PDF)</a>.</p>
""")

PAGES["requests.html"] = _page("en", "request board", """
<h1>Request board</h1>
<p>Can you help with one of these? Text the number on the card. Updated Sunday night.</p>
<div class="board">
<div class="req open"><span class="badge">OPEN</span><h4>#214 &middot; Rides to dialysis in Marshall</h4><p>Tuesdays and Thursdays, 6:15 am pickup in Hadley, back by noon. Gas reimbursed from the fund.</p></div>
<div class="req filled"><span class="badge">FILLED</span><h4>#213 &middot; Crib for a newborn</h4><p>Thank you, Kari!</p></div>
<div class="req open"><span class="badge">OPEN</span><h4>#212 &middot; Help with an online rental application</h4><p>A neighbor needs someone patient to sit with her for an hour and fill out a rental application on a laptop.</p></div>
<div class="req open"><span class="badge">OPEN</span><div class="req-title">#210 &middot; Snowblower repair</div><p>A disabled neighbor's snowblower won't start. Small-engine know-how needed; we'll buy parts.</p></div>
<div class="req matched"><span class="badge">MATCHED</span><h4>#209 &middot; Groceries for a family of 6</h4><p>Matched with two households. &#10084;</p></div>
<div class="req offer"><span class="badge">OFFER</span><h4>#208 &middot; Spare recliner, free to a good home</h4><p>Brown, a little worn, very comfy. You haul.</p></div>
</div>
""")

PAGES["stories.html"] = _page("en", "stories", """
<h1>Neighbor stories</h1>
<h2>Deb's hip</h2>
<p>Deb drove a school bus in Slayton for 30 years. In January she slipped on her front steps and broke her hip. She's home now, but her bathroom isn't safe: she needs a shower chair and a raised toilet seat, and nobody in her family lives closer than Sioux Falls.</p>
<h2>Moving day for the Abdi family</h2>
<p>The Abdis finally got a bigger apartment in Tracy. They move on the 30th and need a few people with pickup trucks and strong backs for a Saturday morning. Coffee and sambusa provided.</p>
<h2>Last winter in numbers</h2>
<p>212 requests met, $14,600 shared, 0 forms filled out. That's what neighbors do.</p>
<h2>Why we don't do means testing</h2>
<p>A short essay from one of our founders about trust, dignity and paperwork&hellip; (read it in <a href="/zine/issue-3.html">zine #3</a>)</p>
""")

PAGES["es.html"] = _page("es", "español", """
<h1>Ayuda Mutua Kitchen Table &mdash; en español</h1>
<h2>Pida ayuda</h2>
<p>Para pedir ayuda, llame o mande texto al (507) 555-0177. No preguntamos por papeles ni por ingresos.</p>
<h2>Voluntarios para la línea de ayuda</h2>
<p>Buscamos voluntarios que hablen español para contestar la línea de ayuda dos horas por semana, desde su casa.</p>
<h2>Nos falta fórmula para bebé</h2>
<p>Muchas mamás nos piden fórmula (Similac o Enfamil). Se nos acaba cada semana.</p>
<h2>Ropa de invierno para niños</h2>
<p>¡Ya juntamos suficiente! Gracias a todos los que trajeron chamarras y botas.</p>
<h2>Despensa libre en el porche</h2>
<p>En 112 Elm St, abierta las 24 horas. Tome lo que necesite.</p>
""")

PAGES["organizers/notes.html"] = _page("en", "organizers", """
<h1>organizer notes (internal)</h1>
<ul>
<li>Need someone to take over the fund spreadsheet in March.</li>
<li>Need a Spanish-speaking co-facilitator for the potluck meetings.</li>
</ul>
""")

ROBOTS = """user-agent: *
disallow: /organizers/
"""

PDFS = {
    "winter-warmth-drive.pdf": ("Winter Warmth Drive", [
        ("title", "Kitchen Table Mutual Aid - Winter Warmth Drive"),
        ("p", "Some of our neighbors live in old farmhouses where the furnace can't keep up when it's 20 below. We're collecting space heaters (new, with tip-over shutoff), electric blankets and window insulation kits through February."),
        ("h", "What we can't take"),
        ("p", "Used heaters of any kind, kerosene heaters, extension cords."),
        ("h", "Drop-off"),
        ("p", "Porch bin at 112 Elm St, Hadley, any time day or night."),
    ]),
}

_R, _S, _E, _O, _P = "requests.html", "stories.html", "es.html", "organizers/notes.html", "winter-warmth-drive.pdf"

NEEDS = [
    N(_R, ["rides to dialysis"], "volunteer", "en", layout="request_cards", note="OPEN card"),
    N(_R, ["online rental application"], "volunteer", "en", layout="request_cards", note="OPEN card"),
    N(_R, ["snowblower repair"], "skilled", "en", layout="request_cards", note="title in a div"),
    N(_S, ["shower chair", "raised toilet seat"], "donation", "en", layout="story"),
    N(_S, ["pickup trucks"], "volunteer", "en", layout="story", note="moving help"),
    N(_E, ["línea de ayuda"], "volunteer", "es", ["es"], layout="heading_paragraph"),
    N(_E, ["fórmula para bebé"], "donation", "es", layout="short_on", note="'Nos falta ...'"),
    N(_P, ["space heaters", "window insulation kits"], "donation", "en", layout="pdf", note="supply drive flyer"),
]

TRAPS = [
    T("index.html", "how_to_apply", ["how to ask for help"]),
    T("index.html", "service", ["free little pantry"]),
    T("index.html", "event", ["monthly potluck"]),
    T("index.html", "general_appeal", ["community fund"]),
    T(_R, "filled", ["crib for a newborn"], "FILLED badge"),
    T(_R, "filled", ["groceries for a family of 6"], "MATCHED badge"),
    T(_R, "offer", ["spare recliner"]),
    T(_S, "recap", ["212 requests met"]),
    T(_S, "blog", ["why we don't do means testing"]),
    T(_E, "how_to_apply", ["para pedir ayuda"]),
    T(_E, "filled", ["ropa de invierno para niños"], "'¡Ya juntamos suficiente!'"),
    T(_E, "service", ["despensa libre"]),
    T(_O, "robots", ["fund spreadsheet"]),
    T(_O, "robots", ["co-facilitator"]),
    T(_P, "not_accepted", ["kerosene"]),
    T(_P, "hours", ["porch bin"]),
]
