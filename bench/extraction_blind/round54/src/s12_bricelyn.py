"""Bricelyn Prairie Free Clinic: modern clinic site, multi-row-header shift table, Spanish page, two-column PDF."""
from common import N, T

SLUG = "bricelyn-prairie-free-clinic"


def shell(title, body, lang="en"):
    return """<!DOCTYPE html>
<html lang="%s">
<head><meta charset="utf-8"><title>%s</title><link rel="stylesheet" href="/static/clinic.css"></head>
<body>
<header class="hero"><div class="brand">Bricelyn Prairie Free Clinic</div>
<nav><a href="/index.html">Home</a><a href="/volunteer.html">Volunteer</a><a href="/supplies.html">Supplies</a><a href="/es/index.html">Español</a><a href="/health-fair-2025.pdf">Health fair</a><a href="/forms/patient-intake.html">Patient forms</a></nav></header>
<main>
%s
</main>
<footer>Bricelyn Prairie Free Clinic &middot; 301 Main St, Bricelyn, MN &middot; 507-555-0119 &middot; clinic@bricelynprairie.example</footer>
</body></html>
""" % (lang, title, body)


PAGES = {}
PAGES["index.html"] = shell("Bricelyn Prairie Free Clinic", """
<section><h1>Free care for anyone without insurance</h1>
<p>We see patients every Tuesday evening from 5 to 8 pm in the lower level of Bricelyn Lutheran. No insurance, no money, no problem.</p></section>
<section><h2>Who can be seen</h2><p>Adults and children without health insurance, or with insurance they cannot afford to use. Walk in or call ahead.</p></section>
<section><h2>Behind the scenes</h2><p>We are a volunteer-run clinic with a $40,000 budget. Our biggest foundation grant runs out in December, and nobody on the board has written a grant before. A volunteer <b>grant writer</b> with health-care experience would change everything for us.</p></section>
<section><h2>Thank you</h2><p>Our 2024 supporters: Faribault County Health Trust, Kiwanis of Blue Earth County, Dr. and Mrs. Holm.</p></section>
""")
PAGES["volunteer.html"] = shell("Volunteer – Bricelyn Prairie Free Clinic", """
<h1>Clinic night staffing</h1>
<p>Each Tuesday clinic needs the roles below. Licensed volunteers must bring a copy of their license.</p>
<table class="staffing">
<thead>
<tr><th rowspan="2">Role</th><th colspan="4">March Tuesdays</th><th rowspan="2">Notes</th></tr>
<tr><th>4</th><th>11</th><th>18</th><th>25</th></tr>
</thead>
<tbody>
<tr><td>Nurse (RN or LPN)</td><td>Kari</td><td>&mdash; needed &mdash;</td><td>&mdash; needed &mdash;</td><td>Kari</td><td>Triage and vitals</td></tr>
<tr><td>Spanish medical interpreter</td><td>&mdash; needed &mdash;</td><td>&mdash; needed &mdash;</td><td>Lupe</td><td>&mdash; needed &mdash;</td><td>Fluent Spanish and English</td></tr>
<tr><td>Phlebotomist (blood draws)</td><td>Jon</td><td>&mdash; needed &mdash;</td><td>Jon</td><td>&mdash; needed &mdash;</td><td>Certification required</td></tr>
<tr><td>Front desk check-in</td><td>Ann</td><td>Ann</td><td>Bill</td><td>Bill</td><td>Full for March</td></tr>
<tr><td>Pharmacist</td><td colspan="4">Covered through May by Blue Earth Drug</td><td></td></tr>
<tr><td>Dentist (exam and extractions)</td><td colspan="4">&mdash; needed, any Tuesday &mdash;</td><td>We have a chair and instruments, but no dentist</td></tr>
</tbody></table>
<h2>Clinic coordinator (paid)</h2>
<p>Part-time, 12 hours a week, $22/hour. Send a letter to the board.</p>
""")
PAGES["supplies.html"] = shell("Supplies – Bricelyn Prairie Free Clinic", """
<h1>Supplies</h1>
<h2>Our wish list</h2>
<ul><li>Blood pressure cuffs (adult large)</li><li>Glucose test strips (OneTouch)</li><li>Exam table paper</li><li>Nitrile gloves, sizes M and L</li></ul>
<h2>Sterilizing instruments</h2>
<p>Our dentist corner cannot open without a way to sterilize tools. We are seeking a donated <b>autoclave</b> in working condition; clinics that are upgrading, please call us.</p>
<h2>We cannot accept</h2>
<p>Opened or expired medications, used needles, or samples from drug reps.</p>
<h2>Dropping off supplies</h2>
<p>Bring supplies on Tuesdays after 4 pm to the church side entrance.</p>
<h2>Already covered</h2>
<p>Thanks to the Wells Rotary, we now have all the wheelchairs and crutches we can store.</p>
""")
PAGES["es/index.html"] = shell("Clínica Gratuita Bricelyn Prairie", """
<h1>Clínica gratuita para personas sin seguro médico</h1>
<p>Atendemos todos los martes de 5 a 8 de la noche. Hay intérpretes de español casi todas las noches.</p>
<h2>Cómo hacer una cita</h2>
<p>Puede llegar sin cita o llamar al 507-555-0119. No preguntamos por estatus migratorio.</p>
<h2>Promotoras de salud</h2>
<p>Buscamos <b>promotoras de salud</b> voluntarias que hablen español para visitar a las familias del campo y contarles sobre la clínica. Les damos capacitación.</p>
<h2>Servicios</h2>
<p>Consultas generales, exámenes de diabetes y presión, vacunas contra la gripe y referencias a especialistas.</p>
""", lang="es")
ROBOTS = "User-agent: *\nDisallow:\n"

PDFS = {"health-fair-2025.pdf": ("Community Health Fair 2025", [
    ("title", "BRICELYN COMMUNITY HEALTH FAIR - Saturday, April 26, 2025"),
    ("h", "What is happening"),
    ("p", "Free blood pressure and blood sugar checks, flu shots, dental screenings for kids, and a bike helmet giveaway. 9 am to 1 pm at the Bricelyn school gym."),
    ("h", "Volunteers needed"),
    ("p", "We need greeters for the check-in table and helpers for the kids' corner (face painting, coloring, the helmet fitting line). Shifts are 8:30 to 11 and 10:45 to 1:15."),
    ("h", "Last year"),
    ("p", "In 2024, 212 people came, 61 had their blood pressure checked, and 40 kids went home with helmets."),
    ("h", "Sponsors"),
    ("p", "Thank you to Bricelyn Lutheran, the Faribault County Public Health department, and Prairie Bank."),
], 2)}

NEEDS = [
    N("index.html", ["grant writer"], "skilled", "en", layout="heading_paragraph", note="generic heading 'Behind the scenes'"),
    N("volunteer.html", ["nurse (rn or lpn)"], "skilled", "en", layout="shift_table_multirow", note="two empty Tuesdays"),
    N("volunteer.html", ["spanish medical interpreter"], "skilled", "en", ["es", "en"], layout="shift_table_multirow"),
    N("volunteer.html", ["dentist"], "skilled", "en", layout="shift_table_multirow"),
    N("volunteer.html", ["phlebotomist"], "skilled", "en", layout="shift_table_multirow"),
    N("supplies.html", ["our wish list", "blood pressure cuffs"], "donation", "en", layout="wish_list"),
    N("supplies.html", ["autoclave"], "donation", "en", layout="heading_paragraph"),
    N("es/index.html", ["promotoras de salud"], "skilled", "es", ["es"], layout="heading_paragraph", note="community health workers; training given; skilled vs volunteer debatable"),
    N("health-fair-2025.pdf", ["check-in table", "kids' corner"], "volunteer", "en", layout="pdf", note="greeters + kids' corner helpers in one paragraph = one need"),
]
TRAPS = [
    T("index.html", "hours", ["every tuesday evening"]),
    T("index.html", "how_to_apply", ["who can be seen"]),
    T("index.html", "donors", ["2024 supporters"]),
    T("volunteer.html", "filled", ["front desk check-in"], "all four Tuesdays named; 'Full for March'"),
    T("volunteer.html", "filled", ["pharmacist"], "covered through May"),
    T("volunteer.html", "job", ["clinic coordinator"]),
    T("supplies.html", "not_accepted", ["we cannot accept"]),
    T("supplies.html", "dropoff", ["dropping off supplies"]),
    T("supplies.html", "overstock", ["already covered", "wheelchairs"]),
    T("es/index.html", "hours", ["atendemos todos los martes"]),
    T("es/index.html", "how_to_apply", ["cómo hacer una cita"]),
    T("es/index.html", "service", ["consultas generales"]),
    T("health-fair-2025.pdf", "event", ["what is happening"]),
    T("health-fair-2025.pdf", "recap", ["last year"]),
    T("health-fair-2025.pdf", "donors", ["sponsors"]),
]
