"""Warren: Snake River Youth Soccer (English + Spanish).
Layouts: team x role matrix (NEEDED cells; a colspan "team full" row); "other
jobs" as a definition-free bold-lead paragraph list; Spanish families page
with registration, scholarships and needs; an event page whose helpers are
needs; a PDF club handbook with one ask among policies."""
from common import N, T

SLUG = "warren-snake-river-youth-soccer"

NAV = """<div id="nav"><a href="/index.html">Home</a> &middot; <a href="/volunteers.html">Volunteers</a> &middot;
<a href="/espanol.html">Español</a> &middot; <a href="/field-day.html">Kickoff Field Day</a> &middot;
<a href="/handbook-2025.pdf">Handbook</a> &middot; <a href="/photos/2024-season.html">Photos</a> &middot;
<a href="/coaches-only/index.html">Coaches</a></div>"""

PAGES = {}

PAGES["index.html"] = """
<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Snake River Youth Soccer - Warren, MN</title></head>
<body>
<h1>&#9917; Snake River Youth Soccer</h1>
""" + NAV + """
<div class="feed">
<div class="post"><h3>Fall registration is open!</h3>
<p>Register online by August 15 at the link below. Ages 4&ndash;14. $45 per player, $120 family max.</p></div>
<div class="post"><h3>Scholarships</h3>
<p>No kid sits out because of money. Fee scholarships are available &ndash; just check the box on the form.</p></div>
<div class="post"><h3>Fall Jamboree</h3>
<p>September 20 at Warren-Alvarado-Oslo school fields. Teams from five towns. Come cheer!</p></div>
<div class="post"><h3>Thanks, sponsors</h3>
<p>Thanks to Northern Farmers Co-op for our new goals!</p></div>
</div>
</body>
</html>
"""

PAGES["volunteers.html"] = """
<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Volunteers - Snake River Youth Soccer</title>
<style>td,th{border:1px solid #999;padding:4px 10px}.need{background:#ffe0e0;font-weight:bold}</style></head>
<body>
""" + NAV + """
<h1>Volunteers</h1>
<p>Every coach and team parent is a volunteer. All coaches need a background check (we pay for it).</p>
<h2>Fall 2025 team staff</h2>
<table>
<tr><th>Team</th><th>Head coach</th><th>Assistant coach</th><th>Team parent</th></tr>
<tr><td>U6 co-ed</td><td>Jenna K.</td><td>Mike R.</td><td>Rosa M.</td></tr>
<tr><td>U8 girls</td><td>Tom B.</td><td class="need">NEEDED</td><td>Lisa P.</td></tr>
<tr><td>U10 boys</td><td class="need">NEEDED</td><td>Carlos G.</td><td>Amy S.</td></tr>
<tr><td>U12 girls</td><td>Dana W.</td><td>Pat O.</td><td class="need">NEEDED</td></tr>
<tr><td>U12 boys</td><td colspan="3" style="text-align:center">Team full &ndash; coaches and parent confirmed &#10004;</td></tr>
</table>
<h2>Other jobs</h2>
<p><b>Field line painter.</b> Saturdays at 7 am before games. We'll show you how to use the striper.</p>
<p><b>Referee coordinator.</b> Filled by Greg H. for this season &ndash; thanks Greg!</p>
</body>
</html>
"""

PAGES["espanol.html"] = """
<!DOCTYPE html>
<html lang="es">
<head><meta charset="utf-8"><title>Para las familias - Snake River Youth Soccer</title></head>
<body>
""" + NAV + """
<h1>Información para las familias</h1>
<h2>Inscripciones</h2>
<p>Llene el formulario en línea antes del 15 de agosto. Si necesita ayuda, venga el martes a la biblioteca a las 6 pm.</p>
<h2>Becas</h2>
<p>Ningún niño se queda sin jugar por falta de dinero. Pregunte por las becas.</p>
<h2>¿Cómo pueden ayudar los padres?</h2>
<ul>
<li><b>Árbitros juveniles</b> (13 a 17 años): buscamos jóvenes que quieran ser árbitros voluntarios. El club paga el curso.</li>
<li><b>Puesto de comida</b>: necesitamos papás y mamás para vender comida en los partidos de los sábados.</li>
<li><b>Intérprete español&ndash;inglés</b> para la reunión de padres del 4 de septiembre.</li>
<li><s>Espinilleras y tacos usados</s> &ndash; ¡ya tenemos suficientes, gracias!</li>
</ul>
</body>
</html>
"""

PAGES["field-day.html"] = """
<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Season Kickoff Field Day</title></head>
<body>
""" + NAV + """
<h1>Season Kickoff Field Day</h1>
<p><b>Saturday, August 30, 10 am &ndash; 2 pm, Warren City Park.</b> Skills stations, free hot dogs, team photos.</p>
<h2>We need a few more hands</h2>
<ul>
<li>Grill masters (2) to run the hot dog grill, 11&ndash;1</li>
<li>Face painting volunteers &ndash; teens welcome</li>
</ul>
<p>The bounce house is donated by the Warren Lions Club &ndash; thank you, Lions!</p>
</body>
</html>
"""

PAGES["coaches-only/index.html"] = """
<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Coaches only</title></head>
<body>
<h1>Coaches only</h1>
<ul>
<li>We need a U14 head coach for spring</li>
<li>We need someone to wash pinnies after each game</li>
<li>Looking for a first-aid kit donation for every team bag</li>
</ul>
</body>
</html>
"""

ROBOTS = """User-agent: *
Disallow: /coaches-only/
"""

PDFS = {
    "handbook-2025.pdf": ("Snake River Youth Soccer Handbook 2025", [
        ("title", "Snake River Youth Soccer - Club Handbook 2025"),
        ("h", "1. Refund policy"),
        ("p", "Registration fees are refunded in full before the first practice and half before the third game."),
        ("h", "2. SafeSport"),
        ("p", "All coaches must complete SafeSport training and a background check before the first practice."),
        ("h", "3. Equipment"),
        ("p", "Balls, nets and pinnies are kept in the shed behind the park shelter. The club still needs an "
              "equipment manager to keep track of what goes out and comes back each week."),
        ("h", "4. Weather"),
        ("p", "Games are cancelled for lightning. Check the club Facebook page by 8 am on game days."),
    ]),
}

NEEDS = [
    N("volunteers.html", ["u8 girls"], "volunteer", "en", (), "team_role_matrix", "assistant coach NEEDED"),
    N("volunteers.html", ["u10 boys"], "volunteer", "en", (), "team_role_matrix", "head coach NEEDED"),
    N("volunteers.html", ["u12 girls"], "volunteer", "en", (), "team_role_matrix", "team parent NEEDED"),
    N("volunteers.html", ["line painter"], "volunteer", "en", (), "bold_lead_paragraph"),
    N("espanol.html", ["árbitros juveniles", "árbitros"], "volunteer", "es", (), "list",
      "club pays the course; not a job"),
    N("espanol.html", ["puesto de comida"], "volunteer", "es", (), "list"),
    N("espanol.html", ["intérprete"], "skilled", "es", ("es", "en"), "list"),
    N("field-day.html", ["grill masters", "hot dog grill"], "volunteer", "en", (), "event_helpers"),
    N("field-day.html", ["face painting"], "volunteer", "en", (), "event_helpers"),
    N("handbook-2025.pdf", ["equipment manager"], "volunteer", "en", (), "pdf_buried"),
]

TRAPS = [
    T("index.html", "how_to_apply", ["fall registration"]),
    T("index.html", "service", ["scholarships"]),
    T("index.html", "event", ["fall jamboree"]),
    T("index.html", "thanks", ["northern farmers co-op"]),
    T("volunteers.html", "filled", ["u6 co-ed"], "all three named"),
    T("volunteers.html", "filled", ["u12 boys"], "colspan team full"),
    T("volunteers.html", "filled", ["referee coordinator"]),
    T("volunteers.html", "how_to_apply", ["background check"]),
    T("espanol.html", "how_to_apply", ["inscripciones"]),
    T("espanol.html", "service", ["becas"]),
    T("espanol.html", "filled", ["espinilleras"], "struck + ya tenemos suficientes"),
    T("field-day.html", "event", ["season kickoff field day"]),
    T("field-day.html", "thanks", ["bounce house"]),
    T("handbook-2025.pdf", "how_to_apply", ["refund policy"]),
    T("handbook-2025.pdf", "how_to_apply", ["safesport"]),
    T("coaches-only/index.html", "robots", ["u14 head coach"]),
    T("coaches-only/index.html", "robots", ["wash pinnies"]),
    T("coaches-only/index.html", "robots", ["first-aid kit"]),
]
