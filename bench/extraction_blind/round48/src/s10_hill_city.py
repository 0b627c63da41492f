"""Hill City: Lakes Free Clinic. Sidebar layout with <aside class=callout> boxes; a staffing matrix
(roles x clinic nights, a name or OPEN in each cell); Arabic (rtl) and Somali patient pages that also ask for help."""
from common import N, T

SLUG = "hill-city-lakes-free-clinic"


def page(lang, title, body, rtl=False):
    return """<!DOCTYPE html>
<html lang="{LANG}"{DIR}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{TITLE} | Hill City Lakes Free Clinic</title>
<link rel="stylesheet" href="/static/clinic.css">
</head>
<body>
<div class="layout">
<aside class="sidenav">
  <a class="logo" href="/index.html"><img src="/static/cross-loon.png" alt="Hill City Lakes Free Clinic"></a>
  <ul>
    <li><a href="/index.html">Patients</a></li>
    <li><a href="/volunteer.html">Volunteer</a></li>
    <li><a href="/arabic.html" lang="ar">العربية</a></li>
    <li><a href="/somali.html" lang="so">Soomaali</a></li>
    <li><a href="/forms/volunteer-application.pdf">Volunteer application (PDF)</a></li>
  </ul>
</aside>
<main>
{BODY}
</main>
</div>
<footer class="foot">
<p>Hill City Lakes Free Clinic &middot; lower level, Hill City Community Church, 360 Lake Ave, Hill City, MN 55748 &middot;
<span dir="ltr">(218) 555-0109</span> &middot; <a href="/staff-portal/notes.html">Staff portal</a> &middot;
<a href="/forms/intake-2024.html">Patient intake form</a></p>
<p class="fine">This clinic is not for emergencies. In an emergency call 911.</p>
</footer>
</body>
</html>
""".replace("{LANG}", lang).replace("{DIR}", ' dir="rtl"' if rtl else "").replace("{TITLE}", title).replace(
        "{BODY}", body)


INDEX = page("en", "Patients", """
<h1>Free care, close to home</h1>
<p>Free primary care for uninsured and underinsured adults in northern Aitkin and southern Itasca counties.</p>
<section><h2>Clinic nights</h2>
<p>Tuesdays and Thursdays, 5:00&ndash;8:30 pm.</p></section>
<section><h2>What we offer</h2>
<p>Physical exams, diabetes and blood pressure checks, help paying for medicines, and referrals for free dental and
eye care.</p></section>
<section><h2>Getting an appointment</h2>
<p>Call on Monday to book a spot for that week. Walk-ins are seen when there is room. Bring a list of the medicines
you take.</p></section>
<aside class="callout"><strong>Flu vaccine clinic</strong> &ndash; Saturday, October 19, 9 am to noon. No appointment
needed; wear short sleeves.</aside>
""")

VOLUNTEER = page("en", "Volunteer", """
<h1>Volunteer at the clinic</h1>
<p>Here is our winter schedule. A name means the spot is covered. <strong>OPEN</strong> means we still need
someone for that night.</p>
<table class="matrix">
<caption>Clinic night staffing, January&ndash;March 2025</caption>
<thead><tr><th scope="col">Role</th><th scope="col">Tuesday</th><th scope="col">Thursday</th></tr></thead>
<tbody>
<tr><th scope="row">Physician or nurse practitioner</th><td>Dr. Karl Nyberg</td><td class="open">OPEN</td></tr>
<tr><th scope="row">Registered nurse</th><td>Anne L.</td><td>Sue P.</td></tr>
<tr><th scope="row">Pharmacist</th><td class="open">OPEN</td><td>Jim H.</td></tr>
<tr><th scope="row">Somali interpreter</th><td class="open">OPEN</td><td class="open">OPEN</td></tr>
<tr><th scope="row">Front desk</th><td>Mary &amp; Bob</td><td>Kathy &amp; Lou</td></tr>
</tbody>
</table>
<aside class="callout">
<h3>Equipment wish</h3>
<p>Exam room 2 still has no wall-mounted blood pressure cuff and no otoscope. New or gently used equipment in
working order is welcome.</p>
</aside>
<section><h2>Paid position: Clinic Manager</h2>
<p>We are hiring a half-time clinic manager (0.5 FTE, salaried) to handle scheduling, supplies and grant reports.
This is a staff job, not a volunteer role.</p></section>
<section><h2>Our medical director</h2>
<p>Dr. Karl Nyberg practiced family medicine in Grand Rapids for 34 years before retiring to Hill Lake. He
started the clinic in 2016 with two exam tables borrowed from the hospital.</p></section>
""")

ARABIC = page("ar", "العيادة المجانية", """
<h1>عيادة هيل سيتي ليكس المجانية</h1>
<h2>خدماتنا</h2>
<p>فحوصات طبية مجانية للبالغين الذين ليس لديهم تأمين صحي، وفحص السكري وضغط الدم، والمساعدة في الحصول على الأدوية.</p>
<h2>كيف أحجز موعداً؟</h2>
<p>اتصل بنا يوم الإثنين على الرقم <span dir="ltr">(218) 555-0109</span> واطلب مترجماً إذا احتجت إلى ذلك.</p>
<h2>مواعيد العيادة</h2>
<p>الثلاثاء والخميس من الساعة الخامسة حتى الثامنة والنصف مساءً.</p>
<h2>نبحث عن مترجمين متطوعين</h2>
<p>يزداد عدد المرضى الناطقين بالعربية في العيادة. نحتاج إلى متطوعين يتقنون العربية والإنجليزية لمرافقة المرضى أثناء
الكشف مساء الثلاثاء أو الخميس.</p>
<h2>كراسي لغرفة الانتظار</h2>
<p>غرفة الانتظار صغيرة وكراسيها قديمة ومكسورة. نرحب بالتبرع بعشرة كراسي متينة أو أكثر.</p>
<h2>أجهزة قياس السكر</h2>
<p>شكراً لكم! لم نعد بحاجة إلى أجهزة قياس السكر، فقد وصلنا ما يكفي لهذا العام.</p>
""", rtl=True)

SOMALI = page("so", "Soomaali", """
<h1>Rugta Caafimaadka Bilaashka ah ee Hill City Lakes</h1>
<h2>Adeegyadeena</h2>
<p>Baaritaan caafimaad oo bilaash ah, hubinta sonkorowga iyo dhiig-karka, iyo caawimaad lagu helo daawada.</p>
<h2>Sida ballan loo qabsado</h2>
<p>Wac Isniinta si aad ballan ugu hesho isbuucaas. Sheeg haddii aad u baahan tahay turjumaan.</p>
<h2>Kalkaaliso ku hadasha Soomaali</h2>
<p>Waxaan raadinaynaa kalkaaliso caafimaad (RN ama LPN) oo Soomaali ku hadasha, si ay bukaannada Soomaalida ah
ugu sharaxdo daawooyinkooda. Hal habeen bishiiba waa nagu filan yahay.</p>
<h2>Gaadiid loogu talagalay bukaannada</h2>
<p>Bukaanno badan oo ku nool McGregor iyo Palisade ma haystaan baabuur. Waxaan u baahanahay mutadawiciin gaarigooda
ku keena bukaannada habeennada rugta furan tahay.</p>
<h2>Buugaagta carruurta</h2>
<p>Buugaag ku filan ayaa nala siiyay qolka sugitaanka. Mahadsanidiin &ndash; hadda ha soo dirina wax kale.</p>
""")

STAFF = page("en", "Staff portal", """
<h1>Staff notes &ndash; do not share</h1>
<ul>
<li>Find a volunteer dentist for the spring screening day.</li>
<li>Ask Essentia about donated gloves and masks.</li>
<li>We need a bilingual Spanish receptionist for Thursdays.</li>
</ul>
""")

PAGES = {"index.html": INDEX, "volunteer.html": VOLUNTEER, "arabic.html": ARABIC, "somali.html": SOMALI,
         "staff-portal/notes.html": STAFF}

ROBOTS = "User-agent: *\nDisallow: /staff-portal/\nDisallow: /static/\nCrawl-delay: 5\n"

PDFS = {
    "forms/volunteer-application.pdf": ("Hill City Lakes Free Clinic - Volunteer Application", [
        ("title", "Hill City Lakes Free Clinic - Volunteer Application"),
        ("p", "Name: ______________________________   Phone: ____________________"),
        ("p", "License type and number (if any): ______________________________"),
        ("h", "An opening not listed on our website"),
        ("p", "Medical records volunteers: we are moving 1,200 paper charts into our electronic record. We need "
              "careful people who are comfortable with a scanner and respect patient privacy, Monday or "
              "Wednesday afternoons."),
        ("h", "Orientation"),
        ("p", "All new volunteers attend a two-hour orientation and HIPAA training on Thursday, January 9, 2025, "
              "at 5 pm."),
        ("h", "Returning your application"),
        ("p", "Mail it to the clinic, or hand it to the front desk on any clinic night. Licensed volunteers, "
              "please attach a copy of your license."),
    ]),
}

NEEDS = [
    N("volunteer.html", ["physician or nurse practitioner"], "skilled", "en", layout="staffing_matrix",
      note="Thursday OPEN"),
    N("volunteer.html", ["pharmacist"], "skilled", "en", layout="staffing_matrix", note="Tuesday OPEN"),
    N("volunteer.html", ["somali interpreter"], "skilled", "en", ["so", "en"], layout="staffing_matrix"),
    N("volunteer.html", ["blood pressure cuff", "otoscope"], "donation", "en", layout="callout"),
    N("arabic.html", ["مترجمين متطوعين"], "skilled", "ar", ["ar", "en"], layout="heading_paragraph"),
    N("arabic.html", ["كراسي لغرفة الانتظار"], "donation", "ar", layout="heading_paragraph"),
    N("somali.html", ["kalkaaliso"], "skilled", "so", ["so"], layout="heading_paragraph", note="nurse who speaks Somali"),
    N("somali.html", ["gaadiid", "mutadawiciin"], "volunteer", "so", layout="heading_paragraph", note="rides"),
    N("forms/volunteer-application.pdf", ["medical records volunteers"], "volunteer", "en", layout="pdf"),
]

TRAPS = [
    T("index.html", "hours", ["clinic nights"]),
    T("index.html", "service", ["what we offer"]),
    T("index.html", "how_to_apply", ["getting an appointment"]),
    T("index.html", "event", ["flu vaccine clinic"], "wear short sleeves"),
    T("volunteer.html", "filled", ["registered nurse"], "both nights named"),
    T("volunteer.html", "filled", ["front desk"], "both nights named"),
    T("volunteer.html", "job", ["clinic manager"]),
    T("volunteer.html", "bio", ["our medical director"]),
    T("arabic.html", "service", ["خدماتنا"]),
    T("arabic.html", "how_to_apply", ["كيف أحجز موعداً"]),
    T("arabic.html", "hours", ["مواعيد العيادة"]),
    T("arabic.html", "filled", ["أجهزة قياس السكر"], "لم نعد بحاجة = we no longer need"),
    T("somali.html", "service", ["adeegyadeena"]),
    T("somali.html", "how_to_apply", ["sida ballan loo qabsado"]),
    T("somali.html", "filled", ["buugaagta carruurta"], "ku filan ... ha soo dirina"),
    T("forms/volunteer-application.pdf", "event", ["orientation"]),
    T("forms/volunteer-application.pdf", "how_to_apply", ["returning your application"]),
    T("staff-portal/notes.html", "robots", ["volunteer dentist"]),
    T("staff-portal/notes.html", "robots", ["donated gloves and masks"]),
    T("staff-portal/notes.html", "robots", ["bilingual spanish receptionist"]),
]
