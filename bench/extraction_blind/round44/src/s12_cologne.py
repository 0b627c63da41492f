from common import N, T

SLUG = "cologne-home-repair-collective"

NAV = """<p class="nav">[ <a href="/index.html">jobs board</a> | <a href="/sign-up.html">sign up</a> |
<a href="/es/index.html">espa&ntilde;ol</a> | <a href="/docs/repair-request-form.pdf">repair request form (pdf)</a> |
<a href="https://www.givemn.org/organization/cologne-home-repair-demo">donate</a> ]</p>"""

FOOT = """<hr>
<p class="foot">Cologne Home Repair Collective &middot; tool shed behind 110 Paul Ave N, Cologne, MN 55322 &middot; (952) 555-0147<br>
<a href="/photos/rebuild-day-2024.html">rebuild day photos</a> &middot; <a href="/crew-leads/notes.html">crew leads</a></p>"""


def page(lang, title, body):
    return """<!DOCTYPE html>
<html lang="%s">
<head><meta charset="utf-8"><title>%s</title>
<style>body{font-family:Georgia,serif;max-width:760px;margin:24px auto;color:#222} pre{background:#f6f3ea;padding:12px;font-size:13px}</style>
</head>
<body>
<h1 class="masthead">Cologne Home Repair Collective</h1>
%s
%s
%s
</body>
</html>
""" % (lang, title, NAV, body, FOOT)


INDEX = page("en", "Jobs board - Cologne Home Repair Collective", """
<p>We fix homes for seniors, people with disabilities and low-income families in Cologne, Mayer, Hamburg and Norwood
Young America, for free. Homeowners pay nothing; volunteers bring the skills, donors buy the materials.</p>

<h2>Open jobs board</h2>
<p>Updated every Monday by the crew leads. Pick an OPEN job and call the shed.</p>
<pre>
JOB   WHAT                                  SKILL NEEDED       STATUS
----  ------------------------------------  -----------------  ---------------
#101  Replace rotted porch steps            carpentry          OPEN
#102  Grab bars in upstairs bathroom        handy w/ drill     ASSIGNED (Tom)
#103  Reroute a dryer vent through wall     HVAC / sheet metal OPEN
#104  Paint garage door                     none               DONE 10/18
#105  Rake and bag leaves, 3 yards          none               DONE 11/01
</pre>

<h2>Tool shed hours</h2>
<p>Tool lending: Saturdays 8 am to noon, Wednesdays 5 to 7 pm. Bring a driver's license the first time.</p>

<h2>Spring Rebuild Day</h2>
<p>Saturday, May 2, 2026: twelve houses, ninety volunteers, one big pancake breakfast at the fire hall.</p>

<h2>Chip in</h2>
<p>Every $250 buys the lumber for one wheelchair ramp. Give through the donate link above.</p>
""")

SIGNUP = page("en", "Sign up - Cologne Home Repair Collective", """
<h2>Volunteer sign-up</h2>
<p>Tick what you can do this season and we'll call you.</p>
<form method="post" action="https://formsubmit.co/demo-chrc">
<p><label><input type="checkbox" name="r" value="laborer"> <b>Saturday crew laborer</b> &ndash; carry, sweep, hold
the other end of the board. No experience needed; we teach.</label></p>
<p><label><input type="checkbox" name="r" value="electrician"> <b>Licensed electrician</b> &ndash; to do and sign off
small jobs that need a permit (outlets, a bathroom fan) two or three times a year.</label></p>
<p><label><input type="checkbox" name="r" value="lunch" disabled> <s>Crew lunch maker</s> &ndash; full, thanks! The Legion
Auxiliary has every Saturday through June.</label></p>
<p><label><input type="checkbox" name="r" value="desk"> <b>Tool library desk</b> &ndash; check tools in and out on
Wednesday evenings.</label></p>
<p>Name <input name="name"> Phone <input name="phone"> <button>Send</button></p>
</form>

<h2>Seeking donated materials</h2>
<p>We are seeking donations of:</p>
<ul>
 <li>interior latex paint, unopened</li>
 <li>pressure-treated 2x6 decking, 8 ft or longer</li>
 <li>exterior deck screws</li>
</ul>

<h2>How we pick jobs</h2>
<p>Homeowners fill out the repair request form (PDF above). A crew lead visits, and jobs are scheduled by safety first.</p>
""")

ES = page("es", "En español - Colectivo de Reparación de Casas", """
<h2>En español</h2>
<p>Arreglamos casas gratis para personas mayores, personas con discapacidad y familias de bajos ingresos.</p>
<h2>¿Cómo pedir una reparación?</h2>
<p>Llene la forma de solicitud (PDF) y déjela en el buzón del cobertizo de herramientas, o llame al (952) 555-0147.</p>
<h2>Buscamos voluntarios bilingües</h2>
<p>Muchas familias que nos llaman hablan español. Buscamos voluntarios bilingües (español e inglés) que acompañen al
jefe de cuadrilla a visitar las casas y ayuden a llenar la solicitud con la familia.</p>
<h2>Traducción del formulario</h2>
<p>Ya tenemos quien traduzca el formulario; la versión en español sale en enero. ¡Gracias, Maricela!</p>
""")

LEADS = page("en", "Crew leads", """
<h2>Crew leads notes (internal)</h2>
<pre>
- need a second crew lead for Norwood jobs
- ask lumber yard for donated plywood
- recruit a roofer for the Hamburg job
</pre>
""")

PAGES = {"index.html": INDEX, "sign-up.html": SIGNUP, "es/index.html": ES, "crew-leads/notes.html": LEADS}

ROBOTS = """User-agent: *
Disallow: /crew-leads/
"""

PDFS = {
    "docs/repair-request-form.pdf": ("Repair request form - Cologne Home Repair Collective", [
        ("title", "REPAIR REQUEST FORM"),
        ("p", "Cologne Home Repair Collective - (952) 555-0147 - free repairs for seniors, people with disabilities "
              "and low-income families"),
        ("h", "About you"),
        ("p", "Name: _____________________  Address: __________________________  Phone: ______________"),
        ("p", "What needs fixing? ____________________________________________________________"),
        ("h", "Where to send this form"),
        ("p", "Put it in the mailbox on the tool shed, or mail it to PO Box 63, Cologne MN 55322."),
        ("h", "Volunteer wanted: retired plumber"),
        ("p", "Our Tuesday crew keeps running into old galvanized pipe. We would love a retired plumber to mentor the "
              "crew one Tuesday a month and tell us when a job is over our heads."),
    ]),
}

NEEDS = [
    N("index.html", ["porch steps"], "skilled", "en", layout="pre_block", note="carpentry, OPEN"),
    N("index.html", ["dryer vent"], "skilled", "en", layout="pre_block", note="HVAC, OPEN"),
    N("sign-up.html", ["saturday crew laborer"], "volunteer", "en", layout="checkbox_form"),
    N("sign-up.html", ["licensed electrician"], "skilled", "en", layout="checkbox_form"),
    N("sign-up.html", ["tool library desk"], "volunteer", "en", layout="checkbox_form"),
    N("sign-up.html", ["seeking donated materials", "latex paint"], "donation", "en", layout="wish_list",
      note="'seeking' heading + list: one need"),
    N("es/index.html", ["voluntarios bilingües"], "skilled", "es", ["es", "en"], layout="seeking"),
    N("docs/repair-request-form.pdf", ["retired plumber"], "skilled", "en", layout="pdf",
      note="at the end of a client form"),
]

TRAPS = [
    T("index.html", "filled", ["grab bars"], "ASSIGNED (Tom)"),
    T("index.html", "filled", ["paint garage door"], "DONE"),
    T("index.html", "filled", ["rake and bag leaves"], "DONE"),
    T("index.html", "hours", ["tool shed hours"]),
    T("index.html", "event", ["spring rebuild day"]),
    T("index.html", "general_appeal", ["chip in"]),
    T("index.html", "service", ["we fix homes for seniors"]),
    T("sign-up.html", "filled", ["crew lunch maker"], "disabled checkbox, struck, 'full, thanks!'"),
    T("sign-up.html", "how_to_apply", ["how we pick jobs"]),
    T("es/index.html", "service", ["arreglamos casas gratis"]),
    T("es/index.html", "how_to_apply", ["cómo pedir una reparación"]),
    T("es/index.html", "filled", ["traducción del formulario"], "'ya tenemos quien traduzca'"),
    T("docs/repair-request-form.pdf", "how_to_apply", ["where to send this form"]),
    T("docs/repair-request-form.pdf", "service", ["free repairs for seniors"]),
    T("crew-leads/notes.html", "robots", ["second crew lead"]),
    T("crew-leads/notes.html", "robots", ["donated plywood"]),
    T("crew-leads/notes.html", "robots", ["recruit a roofer"]),
]
