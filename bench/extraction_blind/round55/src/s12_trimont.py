"""Site 12: Trimont Elementary PTO, Trimont (Martin County). English + Spanish.
Layouts: SignUpGenius-style roster with "n of m" counts (open, full, closed), newsletter with asks buried
in paragraphs, Spanish tabbed page (Bootstrap tab-panes), robots-disallowed board page, English PDF
interest form (need + two how-to-apply traps)."""
from common import N, T

SLUG = "trimont-elementary-pto"
TOWN = "trimont"

CSS = """<style>
body{font-family:Verdana,sans-serif;background:#fffdf5;margin:0}.hd{background:#1d4f91;color:#fff;padding:10px 18px}
.hd a{color:#ffd23f;margin-right:12px}.wrap{max-width:900px;margin:auto;padding:16px}
.slot td,.slot th{border-bottom:1px solid #ddd;padding:6px}.full{color:#999}.btn{background:#2a8;color:#fff;padding:2px 8px;border-radius:4px}
.tab-pane{display:none}.tab-pane.active{display:block}
</style>"""


def pto(lang, title, body):
    return """<!DOCTYPE html>
<html lang="%s">
<head>
<meta charset="utf-8">
<title>%s</title>
%s
</head>
<body>
<div class="hd">
  <b>Trimont Elementary PTO</b> &mdash; Go Tigers!<br>
  <a href="/">Home</a><a href="/signups.html">Sign-ups</a><a href="/newsletter.html">PTO Pulse</a><a href="/es/index.html">Espa&ntilde;ol</a><a href="/volunteer-form.pdf">Volunteer form (PDF)</a>
</div>
<div class="wrap">
%s
</div>
<div class="wrap" style="font-size:12px;color:#666">
  Trimont Elementary PTO &middot; 200 School St, Trimont, MN 56176 &middot; pto@trimonttigers.example &middot;
  <a href="/minutes/2024-05.html">May 2024 minutes</a> &middot; <a href="/board-only/notes.html">Board</a>
</div>
</body>
</html>
""" % (lang, title, CSS, body)


PAGES = {}

PAGES["index.html"] = pto("en", "Trimont Elementary PTO", """
<h1>Welcome, Tiger families!</h1>
<p>The PTO connects parents, teachers and the community to make Trimont Elementary a great place to learn.</p>

<h2>Join the PTO</h2>
<p>Family membership is $10 a year and includes a PTO T-shirt. Pay at the office or online.</p>

<h2>Fall Festival &mdash; Friday, October 17</h2>
<p>Games, cake walk, face painting and the famous chili feed, 5&ndash;8 pm in the gym.</p>

<h2>Book Fair recap</h2>
<p>Thank you! The fall book fair raised $3,214 for classroom libraries.</p>

<h2>Get involved</h2>
<p>Every parent has something to give &mdash; even 30 minutes. See the <a href="/signups.html">sign-ups</a>.</p>
""")

PAGES["signups.html"] = pto("en", "Volunteer Sign-Ups &ndash; Trimont Elementary PTO", """
<h1>Volunteer Sign-Ups</h1>
<p>Click <span class="btn">Sign up</span> next to an open slot, or email the PTO. Slots marked FULL are taken.</p>

<h2>Fall Festival &mdash; Friday, October 17</h2>
<table class="slot" width="100%">
  <tr><th>What</th><th>When</th><th>Filled</th><th></th></tr>
  <tr class="full"><td>Ticket booth</td><td>5&ndash;6:30 and 6:30&ndash;8 pm</td><td>6 of 6</td><td>FULL</td></tr>
  <tr><td>Cake walk &mdash; baked goods (cakes, bars, cupcakes)</td><td>Drop off by 4:30 pm</td><td>11 of 20</td><td><span class="btn">Sign up</span></td></tr>
  <tr><td>Setup crew (tables, games, signs)</td><td>3&ndash;5 pm</td><td>4 of 8</td><td><span class="btn">Sign up</span></td></tr>
  <tr class="full"><td>Face painting</td><td>5&ndash;8 pm</td><td>3 of 3 &mdash; Ms. K, J. Olson, R. Diaz</td><td>FULL</td></tr>
  <tr><td>Cleanup crew</td><td>8&ndash;9 pm</td><td>2 of 6</td><td><span class="btn">Sign up</span></td></tr>
</table>

<h2>Every week</h2>
<table class="slot" width="100%">
  <tr><th>What</th><th>When</th><th>Filled</th><th></th></tr>
  <tr><td>Library shelving helper</td><td>Wednesdays 8:30&ndash;10 am</td><td>1 of 2</td><td><span class="btn">Sign up</span></td></tr>
  <tr class="full"><td>Recess helpers</td><td>Daily 11:30&ndash;12:30</td><td>3 of 3</td><td>FULL</td></tr>
  <tr class="full"><td>Picture day helpers</td><td>September 24</td><td>&mdash;</td><td>Closed</td></tr>
</table>
""")

PAGES["newsletter.html"] = pto("en", "PTO Pulse &ndash; October 2025", """
<h1>PTO Pulse &mdash; October 2025</h1>

<p class="teaser"><b>Principal's corner:</b> Why reading at home matters more than ever &mdash;
<a href="/newsletter.html#principal">read more</a></p>

<h2>Classroom corner</h2>
<p>The second graders hatched chicks (all eleven survived!), the fourth grade visited the Fairmont Opera House, and
Ms. Ochoa's kindergarten class has fallen in love with story time. Ms. Ochoa is looking for a parent or grandparent
who can read picture books in Spanish on Friday afternoons for about 20 minutes. If that's you, send her a note in
your child's folder.</p>

<h2>Garden club</h2>
<p>The garden club's ten yards of mulch are waiting at Hometown Nursery in Fairmont. We need a parent with a pickup
truck and a free Saturday morning to haul it over &mdash; two or three trips.</p>

<h2>Officer news</h2>
<p>Beth Rasmussen, our treasurer for four years, is moving to Mankato at Thanksgiving. We need a new treasurer by the
November meeting. The job is about two hours a month and Beth will train you on the books.</p>

<h2>Book fair wrap-up</h2>
<p>Students bought 612 books, and every teacher got a $150 wish-list credit.</p>

<h2>Coat rack</h2>
<p>Thanks to you, every student who needed a coat got one &mdash; 64 coats handed out. We don't need more coats this year.</p>

<h2>Box Tops</h2>
<p>Keep scanning Box Tops receipts in the app. Every scan adds up!</p>

<p><b>Next PTO meeting:</b> Monday, November 10, 6:30 pm in the library. Childcare provided.</p>
""")

PAGES["es/index.html"] = pto("es", "PTO de la Escuela Primaria Trimont &ndash; Español", """
<h1>PTO de la Primaria Trimont</h1>
<p>Bienvenidas, familias. Aqu&iacute; encontrar&aacute;n c&oacute;mo ayudar y las fechas importantes.</p>
<ul class="nav-tabs" role="tablist">
  <li><a href="#voluntarios" role="tab">Voluntarios</a></li>
  <li><a href="#donaciones" role="tab">Donaciones</a></li>
  <li><a href="#calendario" role="tab">Calendario</a></li>
</ul>
<div class="tab-content">
  <div class="tab-pane active" id="voluntarios" role="tabpanel">
    <h3>Int&eacute;rpretes para las conferencias de padres y maestros</h3>
    <p>Las conferencias son el 6 y 7 de noviembre. Necesitamos cuatro personas que hablen espa&ntilde;ol e ingl&eacute;s para
    acompa&ntilde;ar a las familias, en turnos de dos horas.</p>
    <h3>Ayudantes en la cafeter&iacute;a</h3>
    <p>Ya no hace falta &mdash; &iexcl;ya hay suficientes voluntarios! Gracias.</p>
  </div>
  <div class="tab-pane" id="donaciones" role="tabpanel">
    <h3>Ropa de repuesto para k&iacute;nder</h3>
    <ul>
      <li>Pantalones talla 4 a 6</li>
      <li>Calcetines</li>
      <li>Ropa interior nueva</li>
    </ul>
    <h3>Botas de nieve</h3>
    <p>Ya se juntaron todas las botas que pedimos. &iexcl;Gracias, familias!</p>
  </div>
  <div class="tab-pane" id="calendario" role="tabpanel">
    <h3>Noche de loter&iacute;a familiar &mdash; 14 de noviembre</h3>
    <p>6 pm en la cafeter&iacute;a. Premios para todos.</p>
    <h3>D&iacute;a sin clases &mdash; 26 de noviembre</h3>
    <p>No hay clases el mi&eacute;rcoles antes del D&iacute;a de Acci&oacute;n de Gracias.</p>
  </div>
</div>
<p>Membres&iacute;a del PTO: $10 por familia al a&ntilde;o.</p>
""")

PAGES["board-only/notes.html"] = pto("en", "Board only &ndash; Trimont PTO", """
<h1>Board only</h1>
<ul>
  <li>We need a new secretary in January.</li>
  <li>Ask the Lions Club for a popcorn machine.</li>
  <li>Find a volunteer to redo the website.</li>
</ul>
""")

ROBOTS = """User-agent: *
Disallow: /board-only/
"""

PDFS = {
    "volunteer-form.pdf": ("Trimont Elementary PTO Volunteer Interest Form 2025-26", [
        ("title", "TRIMONT ELEMENTARY PTO"),
        ("p", "Volunteer Interest Form 2025-26"),
        ("h", "NEW this year: Walking School Bus"),
        ("p", "Kids who live east of Main Street will walk to school together with an adult leader. We need five "
              "walking school bus leaders, one for each weekday morning, 7:40 to 8:05 am. Reflective vests provided."),
        ("h", "Your information"),
        ("p", "Parent/guardian name: ______________________   Child's teacher: ____________________"),
        ("p", "Phone: ____________________   Email: ______________________________"),
        ("p", "I can help with:  [ ] classroom parties  [ ] book fair  [ ] Fall Festival  [ ] Walking School Bus"),
        ("h", "Important"),
        ("p", "All volunteers must complete the district background check (free) before working with students."),
        ("p", "Return this form to your child's teacher in the blue folder."),
    ]),
}

NEEDS = [
    N("signups.html", ["cake walk", "baked goods"], "donation", "en", [], "signup_roster", "11 of 20"),
    N("signups.html", ["setup crew"], "volunteer", "en", [], "signup_roster", "4 of 8"),
    N("signups.html", ["cleanup crew"], "volunteer", "en", [], "signup_roster", "2 of 6"),
    N("signups.html", ["library shelving"], "volunteer", "en", [], "signup_roster", "1 of 2"),
    N("newsletter.html", ["picture books in spanish", "story time"], "volunteer", "en", ["es"],
      "newsletter_buried", "reader in Spanish for kindergarten"),
    N("newsletter.html", ["mulch"], "volunteer", "en", [], "newsletter_buried", "parent with pickup truck"),
    N("newsletter.html", ["new treasurer"], "skilled", "en", [], "newsletter_buried", "PTO treasurer, unpaid"),
    N("es/index.html", ["intérpretes"], "skilled", "es", ["es", "en"], "tabs", "first tab"),
    N("es/index.html", ["ropa de repuesto"], "donation", "es", [], "tabs", "hidden tab, list"),
    N("volunteer-form.pdf", ["walking school bus leaders", "walking school bus"], "volunteer", "en", [], "pdf", ""),
]

TRAPS = [
    T("index.html", "general_appeal", ["family membership"], "$10 dues"),
    T("index.html", "event", ["fall festival"], ""),
    T("index.html", "recap", ["book fair recap"], ""),
    T("index.html", "general_appeal", ["even 30 minutes"], "pointer"),
    T("signups.html", "filled", ["ticket booth"], "6 of 6 FULL"),
    T("signups.html", "filled", ["face painting"], "3 of 3 with names"),
    T("signups.html", "filled", ["recess helpers"], "3 of 3 FULL"),
    T("signups.html", "filled", ["picture day"], "Closed"),
    T("newsletter.html", "blog", ["principal's corner"], "teaser"),
    T("newsletter.html", "recap", ["book fair wrap-up"], ""),
    T("newsletter.html", "filled", ["64 coats"], "we don't need more coats"),
    T("newsletter.html", "general_appeal", ["box tops"], ""),
    T("newsletter.html", "event", ["next pto meeting"], ""),
    T("es/index.html", "filled", ["ayudantes en la cafetería"], "ya no hace falta"),
    T("es/index.html", "filled", ["botas de nieve"], "ya se juntaron todas"),
    T("es/index.html", "event", ["lotería familiar"], ""),
    T("es/index.html", "hours", ["día sin clases"], ""),
    T("es/index.html", "general_appeal", ["membresía"], ""),
    T("board-only/notes.html", "robots", ["new secretary"], "Disallow: /board-only/"),
    T("board-only/notes.html", "robots", ["popcorn machine"], "Disallow: /board-only/"),
    T("board-only/notes.html", "robots", ["redo the website"], "Disallow: /board-only/"),
    T("volunteer-form.pdf", "how_to_apply", ["district background check"], ""),
    T("volunteer-form.pdf", "how_to_apply", ["blue folder"], ""),
]
