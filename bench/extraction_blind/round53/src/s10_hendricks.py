"""Prairie Free Clinic (Hendricks, MN). Google-Sites-like nested div markup; English, Spanish, Arabic.
Robots: Googlebot/Bingbot group allows everything; the generic `*` group disallows /staff/."""
from common import N, T

SLUG = "hendricks-prairie-free-clinic"
TOWN = "hendricks"


def shell(title, body, lang="en"):
    d = ' dir="rtl"' if lang == "ar" else ""
    return """<!DOCTYPE html>
<html lang="%s"%s itemscope itemtype="http://schema.org/WebPage">
<head>
<meta charset="utf-8">
<title>Prairie Free Clinic - %s</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link href="https://fonts.googleapis.example/css?family=Lato:300,400,700" rel="stylesheet">
</head>
<body>
<div jsname="UzWXSb" class="UtePc RCETm"><div class="BbxBP"><div jsname="bF1uUb" class="VLoccc">
<div class="Mz8gvb"><div class="QTKDff"><a href="/" class="yM8gid">Prairie Free Clinic</a></div>
<nav class="JzO0Vc"><ul class="jgXgSe">
<li class="VsJjtf"><a class="aJHbb" href="/">Home</a></li>
<li class="VsJjtf"><a class="aJHbb" href="/volunteer.html">Volunteer</a></li>
<li class="VsJjtf"><a class="aJHbb" href="/supplies.html">Supplies</a></li>
<li class="VsJjtf"><a class="aJHbb" href="/es/">Español</a></li>
<li class="VsJjtf"><a class="aJHbb" href="/ar/">العربية</a></li>
</ul></nav></div>
</div></div></div>
<div role="main" tabindex="-1" class="UtePc RCETm"><section class="yaqOZd"><div class="mYVXT"><div class="LS81yb VICjCf" tabindex="-1">
<div class="hJDwNd-AhqUyc-uQSCkd Ft7HRd-AhqUyc-uQSCkd jXK9ad D2fZ2 OjCsFc wHaque GNzUNc"><div class="JNdkSc-SmKAyb LkDMRd"><div class="tyJCtd mGzaTb Depvyb baZpAe">
%s
</div></div></div>
</div></div></section></div>
<div class="dZA9kd ynRLnc"><div class="tyJCtd baZpAe">
<p dir="ltr" class="zfr3Q">Prairie Free Clinic &middot; 111 Lincoln St E, Hendricks, MN &middot; 507-555-0102 &middot; clinic@prairiefreeclinic.example</p>
<p dir="ltr" class="zfr3Q"><a href="/volunteer-packet.pdf">Volunteer packet (PDF)</a> &middot; <a href="/staff/">Staff login</a></p>
</div></div>
</body>
</html>
""" % (lang, d, title, body)


def h(text, tag="h2"):
    return '<%s dir="auto" class="zfr3Q OmQG5e"><span class="C9DxTc">%s</span></%s>' % (tag, text, tag)


def p(text):
    return '<p dir="auto" class="zfr3Q CDt4Ke"><span class="C9DxTc">%s</span></p>' % text


INDEX = shell("Home", "\n".join([
    h("Prairie Free Clinic", "h1"),
    p("Free primary care for adults without health insurance in Lincoln and Yellow Medicine counties. Staffed by volunteers since 2008."),
    h("Clinic hours"),
    p("Tuesday evenings 5:00&ndash;8:00 p.m. &middot; Thursday mornings 9:00 a.m.&ndash;noon. Walk-ins welcome until 7:00 p.m. on Tuesdays."),
    h("Who can be seen"),
    p("Adults 18 to 64 with no health insurance. Bring a photo ID if you have one. Nobody is turned away for inability to pay. "
      "<a href=\"/docs/sliding-fee-2023.pdf\">Sliding fee scale (PDF)</a>"),
    h("What we offer"),
    p("Sick visits, diabetes and blood pressure checks, free dental screenings on Thursdays, and prescriptions at cost."),
    h("Urgently seeking a volunteer pharmacist"),
    p("Our volunteer pharmacist of twelve years retired in August. Without a pharmacist on site we cannot dispense from our "
      "medication room, and patients have to drive 40 minutes to fill prescriptions. We need a licensed pharmacist for Tuesday "
      "evenings, even twice a month. Please call Dr. Anne Lindqvist at 507-555-0103."),
    p("<a href=\"/volunteer.html\">Volunteer with us</a>"),
]))

VOLUNTEER = shell("Volunteer", "\n".join([
    h("Volunteer FAQ", "h1"),
    h("Do you need nurses?", "h3"),
    p("Yes. We need RNs or LPNs for triage on Tuesday evenings, 4:30&ndash;8:30 p.m. An active Minnesota license is required; we carry the malpractice coverage."),
    h("I&rsquo;m not medical. Can I still help?", "h3"),
    p("Thank you for asking! Our front desk greeters are all set for now; every shift through December is filled."),
    p("What we do need is a data entry volunteer on Thursday mornings to type visit forms into our database. Basic Excel is enough."),
    h("Do you need interpreters?", "h3"),
    p("Yes. Medical interpreters for Spanish and Arabic are our biggest gap. About one patient in three speaks one of those languages. "
      "Training in medical interpreting is a plus, not a must."),
    h("Do you hire?", "h3"),
    p("Our clinic manager is our only paid staff member. That position is open now: 20 hours a week, posted on the Minnesota Council of Nonprofits job board."),
    h("Is there training?", "h3"),
    p("All volunteers complete a two-hour HIPAA orientation and sign a confidentiality agreement before their first shift. "
      "See the <a href=\"/volunteer-packet.pdf\">volunteer packet</a>."),
]))

SUPPLIES = shell("Supplies", "\n".join([
    h("Supplies", "h1"),
    p("This list is updated every Thursday by our clinic manager."),
    """<table class="supplies" border="1" cellpadding="5">
<tr><th>Item</th><th>Status</th></tr>
<tr><td>Blood pressure cuffs (adult large)</td><td>Needed</td></tr>
<tr><td>Exam gloves, nitrile, sizes M and L</td><td>Needed</td></tr>
<tr><td>Glucose test strips (Contour Next)</td><td><b>Needed &ndash; urgent</b></td></tr>
<tr><td>Reading glasses (+1.5 to +2.5)</td><td>Needed</td></tr>
<tr><td>Gauze pads</td><td>Have plenty</td></tr>
<tr><td>Hand sanitizer</td><td>Have plenty &ndash; please hold</td></tr>
</table>""",
    h("What we cannot accept"),
    p("We cannot accept medications of any kind, even unopened, and no expired supplies."),
    h("Thank you"),
    p("Thank you to the Lincoln County Medical Society and to Hendricks Lutheran Church for this year&rsquo;s supply drives."),
]))

ES = shell("Español", "\n".join([
    h("Clínica Gratuita Prairie", "h1"),
    p("Atención médica gratis para adultos sin seguro médico. No preguntamos su estatus migratorio."),
    h("Horario"),
    p("Martes de 5:00 a 8:00 pm y jueves de 9:00 am a 12:00 pm."),
    h("¿Quién puede venir?"),
    p("Adultos de 18 a 64 años sin seguro. Traiga una identificación con foto si la tiene."),
    h("Buscamos promotoras de salud"),
    p("Queremos llegar a más familias latinas de la región. Buscamos promotoras de salud voluntarias que hablen español "
      "para visitar iglesias y lugares de trabajo y contar sobre la clínica. Damos la capacitación."),
    h("Necesitamos un dentista voluntario"),
    p("Las revisiones dentales de los jueves tienen lista de espera de dos meses. Necesitamos un dentista voluntario (o una dentista) "
      "que pueda venir un jueves al mes."),
]), lang="es")

AR = shell("العربية", "\n".join([
    h("عيادة براري المجانية", "h1"),
    p("رعاية طبية مجانية للبالغين الذين ليس لديهم تأمين صحي."),
    h("مواعيد العيادة"),
    p("الثلاثاء من الخامسة حتى الثامنة مساءً، والخميس من التاسعة صباحاً حتى الظهر."),
    h("ماذا أحضر معي؟"),
    p("أحضر بطاقة هوية بصورة إن وجدت، وقائمة بالأدوية التي تتناولها."),
    h("نبحث عن طبيبة متطوعة"),
    p("كثير من المريضات يفضلن طبيبة امرأة. نبحث عن طبيبة متطوعة تتحدث العربية لتأتي مساء الثلاثاء مرة أو مرتين في الشهر."),
    h("متطوعون لتوصيل المرضى"),
    p("بعض المرضى لا يملكون سيارة. نحتاج إلى متطوعين لتوصيل المرضى من ماريتا وكانبي إلى العيادة والعودة بهم."),
]), lang="ar")

STAFF = shell("Staff", "\n".join([
    h("Staff area", "h1"),
    p("For clinic staff only."),
    h("This month"),
    p("Need a backup nurse for November 11; Karen is out."),
    p("Reorder flu vaccine before the 15th."),
    p("The autoclave failed inspection; ask the board about a replacement autoclave."),
]))

PAGES = {
    "index.html": INDEX,
    "volunteer.html": VOLUNTEER,
    "supplies.html": SUPPLIES,
    "es/index.html": ES,
    "ar/index.html": AR,
    "staff/index.html": STAFF,
}

ROBOTS = """User-agent: Googlebot
User-agent: Bingbot
Disallow:

User-agent: *
Disallow: /staff/
"""

PDFS = {
    "volunteer-packet.pdf": ("Prairie Free Clinic Volunteer Packet", [
        ("title", "Prairie Free Clinic - Volunteer Packet 2025"),
        ("p", "Welcome, and thank you. This packet explains how the clinic works and what we ask of volunteers."),
        ("h", "Clinic hours"),
        ("p", "Tuesday 5:00-8:00 p.m. and Thursday 9:00 a.m.-noon. Volunteers arrive 30 minutes early."),
        ("h", "HIPAA orientation"),
        ("p", "Every volunteer completes a two-hour HIPAA orientation and signs the confidentiality agreement on page 4 "
              "before the first shift. Orientation is offered the first Tuesday of each month at 3:30 p.m."),
        ("h", "Roles we are recruiting for now"),
        ("p", "Diabetes educator: about a third of our patients have type 2 diabetes. We are recruiting a diabetes "
              "educator (RN, RD or CDCES) to lead a one-hour group class on the last Thursday of each month."),
        ("h", "Our year in numbers"),
        ("p", "In 2024, 46 volunteers gave 3,100 hours and the clinic had 1,280 patient visits."),
        ("h", "Confidentiality agreement"),
        ("p", "I agree not to share any information about patients outside the clinic. Signature: ______________ "
              "Date: __________"),
    ], {"lang": "en", "compress": True}),
}

NEEDS = [
    N("index.html", ["volunteer pharmacist", "licensed pharmacist"], "skilled", "en", [], "heading_paragraph"),
    N("volunteer.html", ["rns or lpns", "triage"], "skilled", "en", [], "faq_answer"),
    N("volunteer.html", ["data entry volunteer", "data entry"], "skilled", "en", [], "faq_answer",
      "answer starts with a filled role (greeters) and then names the open one"),
    N("volunteer.html", ["medical interpreters"], "skilled", "en", ["es", "ar", "en"], "faq_answer",
      "one answer, two languages: one need"),
    N("supplies.html", ["blood pressure cuffs", "glucose test strips", "exam gloves"], "donation", "en", [], "status_table",
      "supply table: the 'Needed' rows are one supply-list need; 'Have plenty' rows are overstock traps"),
    N("es/index.html", ["promotoras de salud"], "volunteer", "es", ["es"], "heading_paragraph"),
    N("es/index.html", ["dentista voluntario"], "skilled", "es", [], "heading_paragraph"),
    N("ar/index.html", ["طبيبة متطوعة"], "skilled", "ar", ["ar"], "heading_paragraph", "Arabic-speaking woman doctor"),
    N("ar/index.html", ["توصيل المرضى"], "volunteer", "ar", [], "heading_paragraph", "drivers for patients"),
    N("volunteer-packet.pdf", ["diabetes educator"], "skilled", "en", [], "pdf", "Flate-compressed PDF packet"),
]

TRAPS = [
    T("index.html", "hours", ["clinic hours", "walk-ins welcome"]),
    T("index.html", "how_to_apply", ["who can be seen", "adults 18 to 64"]),
    T("index.html", "service", ["free dental screenings", "prescriptions at cost"]),
    T("index.html", "teaser", ["volunteer with us"]),
    T("volunteer.html", "filled", ["front desk greeters", "every shift through december is filled"]),
    T("volunteer.html", "job", ["clinic manager", "only paid staff"]),
    T("volunteer.html", "how_to_apply", ["hipaa orientation"]),
    T("supplies.html", "overstock", ["gauze pads"]),
    T("supplies.html", "overstock", ["hand sanitizer", "please hold"]),
    T("supplies.html", "not_accepted", ["cannot accept medications"]),
    T("supplies.html", "donor_list", ["lincoln county medical society"]),
    T("es/index.html", "service", ["atención médica gratis"]),
    T("es/index.html", "hours", ["martes de 5:00"]),
    T("es/index.html", "how_to_apply", ["quién puede venir"]),
    T("ar/index.html", "service", ["رعاية طبية مجانية"]),
    T("ar/index.html", "hours", ["مواعيد العيادة"]),
    T("ar/index.html", "how_to_apply", ["ماذا أحضر معي"]),
    T("staff/index.html", "robots", ["backup nurse"]),
    T("staff/index.html", "robots", ["flu vaccine"]),
    T("staff/index.html", "robots", ["replacement autoclave"]),
    T("volunteer-packet.pdf", "how_to_apply", ["hipaa orientation", "confidentiality agreement"]),
    T("volunteer-packet.pdf", "hours", ["volunteers arrive 30 minutes early"]),
    T("volunteer-packet.pdf", "recap", ["our year in numbers", "3,100 hours"]),
]
