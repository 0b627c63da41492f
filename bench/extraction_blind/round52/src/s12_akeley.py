"""Site 12: Akeley Pines Free Clinic. English + Spanish.
Volunteer roster matrix (roles x months, check = covered, ? = uncovered); supply closet page
with a 'we can use' list, a 'please don't bring' list and a laptop ask; Spanish volunteer page;
English PDF volunteer application; robots /clinicians-only/."""
from util import N, T

SLUG = "akeley-pines-free-clinic"


def page(lang, title, body):
    return """<!DOCTYPE html>
<html lang="%s">
<head>
<meta charset="utf-8">
<title>%s</title>
<link rel="icon" href="/favicon.ico">
<style>
body{margin:0;font-family:Arial,Helvetica,sans-serif;background:#f3f7f9;color:#1f2d3a}
.masthead{background:#006d77;color:#fff;padding:16px 26px}.masthead a{color:#e6f4f1;margin-right:16px;font-size:14px}
.wrap{max-width:900px;margin:0 auto;background:#fff;padding:22px 30px;min-height:400px}
table.roster{border-collapse:collapse;width:100%%;text-align:center}table.roster th,table.roster td{border:1px solid #c6d4da;padding:6px}
table.roster td:first-child,table.roster th:first-child{text-align:left}
.q{color:#c0392b;font-weight:bold}.y{color:#1e8449}
.cols{display:flex;gap:30px}.cols>div{flex:1}
.legal{font-size:12px;color:#667;padding:14px 30px;max-width:900px;margin:0 auto}
</style>
</head>
<body>
<div class="masthead"><b style="font-size:20px">Pines Free Clinic</b><br>
<a href="/">Home</a><a href="/volunteer.html">Volunteer roster</a><a href="/supplies.html">Supply closet</a><a href="/es/voluntarios.html">Español</a><a href="/volunteer-application.pdf">Volunteer application (PDF)</a></div>
<div class="wrap">
%s
</div>
<div class="legal">Pines Free Clinic &middot; 33 Broadway St, Akeley, MN &middot; 218-555-0104 &middot; care@pinesfreeclinic.org &middot; <a href="/clinicians-only/">Clinician portal</a> &middot; <a href="/news/2023-annual-report.html">2023 annual report</a></div>
</body>
</html>
""" % (lang, title, body)


INDEX = page("en", "Pines Free Clinic", """
<h1>Free care in the pines</h1>
<p>Pines Free Clinic offers free primary care, dental screenings and help paying for prescriptions to anyone without adequate insurance.</p>
<h2>Clinic nights</h2>
<p>Tuesdays 5&ndash;8 pm. Closed the week of Christmas.</p>
<h2>How to get care</h2>
<p>Walk in between 5 and 7 pm. No insurance is needed and no one is asked about immigration status. Bring an ID if you have one.</p>
<h2>Clinicians, we'd love to hear from you</h2>
<p>Nurses, doctors, dentists and pharmacists make every clinic night possible. <a href="/volunteer.html">See where the gaps are</a>.</p>
""")

VOLUNTEER = page("en", "Volunteer roster | Pines Free Clinic", """
<h1>Volunteer roster, winter 2024&ndash;25</h1>
<p>Each cell is one month of Tuesday clinic nights. <span class="y">&#10003;</span> = covered, <span class="q">?</span> = we need someone.</p>
<table class="roster">
<tr><th>Role</th><th>Nov</th><th>Dec</th><th>Jan</th></tr>
<tr><td>Registered nurse (triage)</td><td class="y">&#10003;</td><td class="q">?</td><td class="q">?</td></tr>
<tr><td>Pharmacist (medication review)</td><td class="y">&#10003;</td><td class="y">&#10003;</td><td class="y">&#10003;</td></tr>
<tr><td>Spanish medical interpreter</td><td class="q">?</td><td class="q">?</td><td class="q">?</td></tr>
<tr><td>Front desk check-in</td><td class="y">&#10003;</td><td class="y">&#10003;</td><td class="y">&#10003;</td></tr>
<tr><td>Dentist (quarterly screening night)</td><td class="q">?</td><td>&mdash;</td><td>&mdash;</td></tr>
<tr><td>Diabetes educator</td><td class="y">&#10003;</td><td class="y">&#10003;</td><td class="y">&#10003;</td></tr>
<tr><td>Lab runner (drive samples to the hospital lab after clinic)</td><td class="y">&#10003;</td><td class="q">?</td><td class="q">?</td></tr>
</table>
<h2>Licensed professionals</h2>
<p>Please send a copy of your license and malpractice coverage (we can cover you under the state volunteer program) with your application.</p>
<h2>Clinic coordinator (paid, half time)</h2>
<p>20 hours a week, $26/hour. Nursing or clinic management background preferred. Apply by December 1.</p>
""")

SUPPLIES = page("en", "Supply closet | Pines Free Clinic", """
<h1>Supply closet</h1>
<div class="cols">
<div>
<h2>We can use</h2>
<ul>
<li>Adult reading glasses (+1.50 to +3.00)</li>
<li>Blood pressure cuffs, adult large</li>
<li>Glucose test strips, unopened and not expired</li>
</ul>
</div>
<div>
<h2>Please don't bring</h2>
<ul>
<li>Expired or opened medicines</li>
<li>Used syringes or sharps of any kind</li>
<li>Crutches and walkers &mdash; we have plenty</li>
</ul>
</div>
</div>
<h2>A laptop for the front desk</h2>
<p>Our check-in computer died in October. A working laptop (Windows 10 or newer, with a charger) would let us stop using paper sign-in sheets at the door.</p>
<p><i>In 2024 we saw 1,140 patient visits. Thanks to the Rotary club for the new exam-room lights.</i></p>
""")

ES = page("es", "Voluntarios | Clínica Gratuita Pines", """
<h1>Clínica Gratuita Pines</h1>
<h2>Atención médica gratuita</h2>
<p>Todos los martes de 5 a 8 pm. Consultas, chequeos dentales y ayuda con recetas.</p>
<h2>Cómo recibir atención</h2>
<p>Llegue entre las 5 y las 7. No necesita seguro médico ni papeles.</p>
<h2>Buscamos promotoras de salud</h2>
<p>Queremos formar un grupo de promotoras de salud voluntarias que hablen con familias hispanas sobre la diabetes y la presión alta, en la iglesia y en el trabajo. Damos capacitación.</p>
<h2>Sillas para la sala de espera</h2>
<p>Los martes la gente espera de pie. Se necesitan unas diez sillas firmes para la sala de espera.</p>
<h2>Voluntarios para la recepción</h2>
<p>¡Ya no necesitamos más por ahora! Gracias a todos.</p>
""")

CLIN = page("en", "Clinician portal", """
<h1>Clinician portal</h1>
<p>Internal scheduling &mdash; please do not share.</p>
<ul>
<li>Need a physician to supervise on December 17.</li>
<li>Nurse practitioner for the January flu-shot night.</li>
<li>Someone to update the standing orders binder.</li>
</ul>
""")

PAGES = {
    "index.html": INDEX,
    "volunteer.html": VOLUNTEER,
    "supplies.html": SUPPLIES,
    "es/voluntarios.html": ES,
    "clinicians-only/index.html": CLIN,
}

ROBOTS = """User-agent: *
Disallow: /clinicians-only/
"""

PDFS = {
    "volunteer-application.pdf": ("Volunteer application", [
        ("title", "PINES FREE CLINIC - VOLUNTEER APPLICATION"),
        ("p", "Name: ____________________  Phone: ________________  Email: ____________________"),
        ("p", "License type and number (if any): ______________________________"),
        ("gap", ""),
        ("h", "New this winter: chart scanning"),
        ("p", "We are moving to electronic records. We need two volunteers to scan old paper charts into the "
              "new system, about three hours a week during the day. Privacy (HIPAA) training is provided."),
        ("p", "[  ] I can help scan charts"),
        ("gap", ""),
        ("h", "Returning this form"),
        ("p", "Mail it to 33 Broadway St, Akeley, MN, or bring it on a Tuesday night. We will call two "
              "references before your first shift."),
    ]),
}

NEEDS = [
    N("volunteer.html", ["registered nurse", "triage"], "skilled", "en", layout="roster_matrix"),
    N("volunteer.html", ["medical interpreter"], "skilled", "en", ["es", "en"], layout="roster_matrix"),
    N("volunteer.html", ["dentist"], "skilled", "en", layout="roster_matrix"),
    N("volunteer.html", ["lab runner"], "volunteer", "en", layout="roster_matrix"),
    N("supplies.html", ["reading glasses", "blood pressure cuffs", "glucose test strips"], "donation", "en",
      layout="two_column_lists"),
    N("supplies.html", ["laptop"], "donation", "en", layout="heading_paragraph"),
    N("es/voluntarios.html", ["promotoras de salud"], "volunteer", "es", ["es"], layout="heading_paragraph"),
    N("es/voluntarios.html", ["sillas", "sala de espera"], "donation", "es", layout="heading_paragraph"),
    N("volunteer-application.pdf", ["scan", "paper charts"], "volunteer", "en", layout="pdf_form"),
]

TRAPS = [
    T("index.html", "service", ["free primary care", "dental screenings"]),
    T("index.html", "hours", ["clinic nights"]),
    T("index.html", "how_to_apply", ["how to get care"]),
    T("index.html", "teaser", ["clinicians, we'd love to hear from you"]),
    T("volunteer.html", "filled", ["pharmacist"], "all months covered"),
    T("volunteer.html", "filled", ["front desk"], "all months covered"),
    T("volunteer.html", "filled", ["diabetes educator"], "all months covered"),
    T("volunteer.html", "how_to_apply", ["copy of your license"]),
    T("volunteer.html", "job", ["clinic coordinator"]),
    T("supplies.html", "filled", ["expired or opened medicines", "please don't bring"]),
    T("supplies.html", "filled", ["crutches", "walkers"], "'we have plenty'"),
    T("supplies.html", "recap", ["1,140 patient visits"]),
    T("supplies.html", "thanks", ["exam-room lights"]),
    T("es/voluntarios.html", "service", ["atención médica gratuita"]),
    T("es/voluntarios.html", "how_to_apply", ["cómo recibir atención"]),
    T("es/voluntarios.html", "filled", ["recepción"], "'¡Ya no necesitamos más por ahora!'"),
    T("volunteer-application.pdf", "how_to_apply", ["returning this form", "two references"]),
    T("clinicians-only/index.html", "robots", ["physician"]),
    T("clinicians-only/index.html", "robots", ["flu-shot night"]),
    T("clinicians-only/index.html", "robots", ["standing orders"]),
]
