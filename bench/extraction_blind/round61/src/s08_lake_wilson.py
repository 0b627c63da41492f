"""Site 8: Prairie FC youth soccer, Lake Wilson. Club-site-builder look, English + Spanish."""
from common import N, T

SLUG = "lake-wilson-prairie-fc-youth-soccer"


def _page(lang, title, body):
    return """<!DOCTYPE html>
<html lang="%s">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>%s - Prairie FC</title>
<link href="https://fonts.example.com/css?family=Oswald:500" rel="stylesheet">
<style>
body{font-family:Arial,sans-serif;margin:0}
#topbar{background:#0b3d2e;color:#ffd700;padding:10px 20px;font-family:Oswald,sans-serif;font-size:22px}
#menu a{display:inline-block;padding:8px 14px;color:#0b3d2e;font-weight:bold;text-decoration:none}
#wrap{max-width:900px;margin:auto;padding:10px 20px}
table.slots td,table.slots th{border:1px solid #ccc;padding:6px 10px;text-align:center}
td.open{background:#e3f6e3;font-weight:bold}
dt{font-weight:bold;margin-top:12px}
</style>
</head>
<body>
<div id="topbar">&#9917; PRAIRIE FC &middot; Lake Wilson Area Youth Soccer</div>
<div id="menu"><a href="/">Home</a><a href="/volunteers.html">Volunteers</a><a href="/gear.html">Gear Swap</a><a href="/espanol.html">Español</a><a href="/schedules/2025-u10.html">U10 Schedule</a></div>
<div id="wrap">
%s
</div>
<div style="background:#eee;padding:12px 20px;font-size:13px">Prairie FC is an all-volunteer 501(c)(3). PO Box 14, Lake Wilson, MN 56151 &middot; (507) 555-0186 &middot; info@prairiefc.example.org &middot; <a href="/board/agenda.html">Board</a></div>
</body>
</html>
""" % (lang, title, body)


PAGES = {}

PAGES["index.html"] = _page("en", "Home", """
<h1>Spring season 2025</h1>
<p><strong>Opening Day is Saturday, April 26!</strong> Team photos at 9, first games at 10. Food truck on site.</p>
<h2>Register your player</h2>
<p>Online registration closes March 15. Ages 4&ndash;14, $40 per player, $100 family max. Scholarships available &mdash; nobody sits out because of money.</p>
<h2>Practice schedule</h2>
<p>U6&ndash;U8: Tuesdays 6&ndash;7 pm. U10&ndash;U14: Tuesdays and Thursdays 6&ndash;7:30 pm. All at Memorial Field behind the school.</p>
<h2>Sponsor a team</h2>
<p>$250 puts your business name on a team's jerseys and on our banner at Memorial Field.</p>
<p>Parents: we can't run a season without you. <a href="/volunteers.html">See how to help</a> &middot; <a href="/volunteer-form.pdf">Volunteer form (PDF)</a></p>
""")

PAGES["volunteers.html"] = _page("en", "Volunteers", """
<h1>Volunteers</h1>
<h2>Concession stand &mdash; May Saturdays</h2>
<p>Every family is asked to take one slot. Put your name in an OPEN box by texting Jen at (507) 555-0187.</p>
<table class="slots">
<tr><th>Job</th><th>May 3</th><th>May 10</th><th>May 17</th><th>May 31</th></tr>
<tr><td>Concession stand cashier</td><td>Jen H.</td><td class="open">OPEN</td><td class="open">OPEN</td><td>Tom B.</td></tr>
<tr><td>Grill cook</td><td>Dave P.</td><td>Dave P.</td><td>Luis M.</td><td>Luis M.</td></tr>
<tr><td>Field liner (Friday evening)</td><td class="open">OPEN</td><td>Rick S.</td><td class="open">OPEN</td><td class="open">OPEN</td></tr>
<tr><td>Parking attendant</td><td colspan="4"><em>not needed this season</em></td></tr>
</table>

<h2>Coaches &amp; helpers</h2>
<dl>
<dt>U8 Head Coach &mdash; Thursday team</dt>
<dd>No experience needed; we give you a session plan and a bag of balls. Moms and dads welcome.</dd>
<dt>U12 Assistant Coach</dt>
<dd>Filled &mdash; thanks, Marco!</dd>
<dt>Certified Referee</dt>
<dd>Paid per game ($30&ndash;45 depending on age group). Must hold a current Grade 8 badge.</dd>
<dt>Equipment Manager</dt>
<dd>Keep track of nets, corner flags and pinnies; hand out team bags in April and collect them in June.</dd>
</dl>

<h2>Field space</h2>
<p>We're looking for a farm, church or school that could lend us a mowed field on Tuesday evenings for U6 practice. We carry our own insurance and we pick up after ourselves.</p>

<p class="small">Everyone who works with kids needs a background check &mdash; it's on page 2 of the volunteer form.</p>
""")

PAGES["gear.html"] = _page("en", "Gear Swap", """
<h1>Gear Swap</h1>
<h2>Cleats &amp; shin guard drive</h2>
<p>Kids grow fast. We are collecting gently used cleats (youth size 10 to adult 8), shin guards and size 4 balls. Drop them in the green bin inside the Lake Wilson Community Center.</p>
<h2>Size 3 balls</h2>
<p>We have enough size 3 balls for this year, thank you!</p>
<h2>Please don't donate</h2>
<p>We can't take mouthguards, socks or anything broken.</p>
<h2>Gear library</h2>
<p>Any player can borrow cleats and shin guards for the season, free. Ask at the registration table.</p>
""")

PAGES["espanol.html"] = _page("es", "Español", """
<h1>Prairie FC &mdash; Información en español</h1>
<h2>Inscripción</h2>
<p>Inscriba a su hijo antes del 15 de marzo. Cuesta $40 por jugador, máximo $100 por familia.</p>
<h2>Becas</h2>
<p>Ningún niño se queda sin jugar por dinero. Pida una beca en la mesa de inscripción o por teléfono.</p>
<h2>Mesa de inscripción</h2>
<p>Buscamos padres que hablen español e inglés para ayudar en la mesa de inscripción el sábado 8 de marzo, de 9 a 12, en la escuela.</p>
<h2>¿Puede entrenar?</h2>
<p>Necesitamos entrenadores voluntarios para el equipo U10 de los martes. No necesita experiencia; le damos un plan para cada práctica.</p>
<h2>Árbitros juveniles</h2>
<p>Ya no necesitamos más árbitros juveniles este año. ¡Gracias a todos!</p>
<h2>Día inaugural</h2>
<p>Sábado 26 de abril. Fotos a las 9, partidos a las 10.</p>
""")

PAGES["board/agenda.html"] = _page("en", "Board agenda", """
<h1>Board meeting agenda &mdash; February</h1>
<ol>
<li>Open board seats: fundraising chair and registrar. Nominations?</li>
<li>Tournament director for June &mdash; still need someone.</li>
<li>Budget: new goals for Memorial Field.</li>
</ol>
""")

ROBOTS = """User-agent: *
Disallow: /board/
"""

PDFS = {
    "volunteer-form.pdf": ("Prairie FC Volunteer Form", [
        ("title", "Prairie FC - Volunteer Form and Background Check Consent"),
        ("h", "Summer Kickoff Tournament, June 7-8"),
        ("p", "We host 40 teams from across southwest Minnesota. We need 12 field marshals to check in teams, keep the sidelines safe and call the medic when needed. Shifts are 4 hours. Field marshals get a free lunch and a tournament T-shirt."),
        ("h", "Your information"),
        ("p", "Name: ______________________  Phone: ______________________  Email: ______________________"),
        ("p", "I am interested in: [ ] Coaching  [ ] Concessions  [ ] Field marshal  [ ] Other"),
        ("h", "Background check consent"),
        ("p", "I authorize Prairie FC to run a background check as required by Minnesota Youth Soccer."),
        ("h", "Return this form"),
        ("p", "Return this form to any coach or mail it to PO Box 14, Lake Wilson, MN 56151."),
    ]),
}

_V, _G, _E, _B, _P = "volunteers.html", "gear.html", "espanol.html", "board/agenda.html", "volunteer-form.pdf"

NEEDS = [
    N(_V, ["concession stand cashier"], "volunteer", "en", layout="shift_table", note="two OPEN cells"),
    N(_V, ["field liner"], "volunteer", "en", layout="shift_table", note="three OPEN cells"),
    N(_V, ["u8 head coach"], "volunteer", "en", layout="definition_list"),
    N(_V, ["equipment manager"], "volunteer", "en", layout="definition_list"),
    N(_V, ["mowed field", "field space"], "other", "en", layout="heading_paragraph", note="lend a field"),
    N(_G, ["shin guard drive", "cleats"], "donation", "en", layout="supply_drive"),
    N(_E, ["mesa de inscripción"], "volunteer", "es", ["es", "en"], layout="heading_paragraph"),
    N(_E, ["entrenadores voluntarios"], "volunteer", "es", layout="heading_paragraph"),
    N(_P, ["field marshals"], "volunteer", "en", layout="pdf"),
]

TRAPS = [
    T("index.html", "event", ["opening day"]),
    T("index.html", "how_to_apply", ["register your player"]),
    T("index.html", "hours", ["practice schedule"]),
    T("index.html", "general_appeal", ["sponsor a team"]),
    T("index.html", "general_appeal", ["we can't run a season without you"], "pointer, no role named"),
    T(_V, "filled", ["grill cook"], "every slot has a name"),
    T(_V, "filled", ["parking attendant"], "'not needed this season'"),
    T(_V, "filled", ["u12 assistant coach"], "'Filled - thanks, Marco!'"),
    T(_V, "job", ["certified referee"]),
    T(_G, "filled", ["size 3 balls"], "'we have enough'"),
    T(_G, "not_accepted", ["mouthguards"]),
    T(_G, "service", ["gear library"]),
    T(_E, "how_to_apply", ["inscriba a su hijo"]),
    T(_E, "service", ["becas"]),
    T(_E, "filled", ["árbitros juveniles"], "'ya no necesitamos más'"),
    T(_E, "event", ["día inaugural"]),
    T(_B, "robots", ["fundraising chair"]),
    T(_B, "robots", ["tournament director"]),
    T(_P, "how_to_apply", ["return this form"]),
    T(_P, "how_to_apply", ["background check consent"]),
]
