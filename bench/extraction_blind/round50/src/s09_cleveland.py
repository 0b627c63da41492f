"""Cleveland: Al-Shifa Community Clinic (free clinic).
English + Arabic (dir=rtl). Layouts: English volunteer table grouped by area
with rowspan (status column: Open / Filled / enough / paid), an Arabic dated
updates feed (newest first; an older entry says the need is over), an Arabic
donation page (wish list + a single 'we need' item + refused items), an
English PDF event flyer with volunteer and donation asks."""
from common import N, T

SLUG = "cleveland-al-shifa-community-clinic"


def head(lang, title, rtl=False):
    d = ' dir="rtl"' if rtl else ""
    return """<!DOCTYPE html>
<html lang="%s"%s>
<head>
<meta charset="utf-8">
<title>%s</title>
<link rel="stylesheet" href="/css/clinic.css">
</head>
<body>
<div class="bar"><a href="/index.html">Al-Shifa Clinic</a> | <a href="/volunteer.html">Volunteer</a> | <a href="/ar/index.html">العربية</a> | <a href="/ar/donate.html">تبرع</a> | <a href="/clinic-flyer.pdf">Flyer (PDF)</a></div>
<div class="page">
""" % (lang, d, title)


FOOT = """</div>
<div class="footer">Al-Shifa Community Clinic &middot; 112 Main St, Cleveland, MN &middot; <span dir="ltr">(507) 555-0181</span> &middot; care@alshifa.example.org<br>
<a href="/intranet/shifts.html">Staff intranet</a> &middot; <a href="/forms/new-patient.html">New patient form</a></div>
</body>
</html>
"""

INDEX = head("en", "Al-Shifa Community Clinic") + """
<h1>Al-Shifa Community Clinic</h1>
<p>Free care for uninsured neighbors in Le Sueur and Nicollet counties: checkups, chronic disease care, women&rsquo;s health, and referrals. Staffed by volunteers.</p>
<h2>Clinic nights</h2>
<p>Tuesday and Thursday, 5&ndash;8 pm. Last patient seen at 7:30.</p>
<h2>Patients</h2>
<p>To get an appointment, call <span dir="ltr">(507) 555-0181</span> on Monday morning. We do not take walk-ins. Bring any medicines you take.</p>
<h2>Support the clinic</h2>
<p>Sponsor a patient visit: $40 covers one visit, including lab work.</p>
""" + FOOT

VOLUNTEER = head("en", "Volunteer — Al-Shifa Community Clinic") + """
<h1>Volunteer with us</h1>
<table class="vol" border="1" cellpadding="6" cellspacing="0">
<thead><tr><th>Area</th><th>Role</th><th>Status</th></tr></thead>
<tbody>
<tr><th rowspan="2" scope="rowgroup">Front desk</th><td>Check-in volunteer (Arabic or Spanish a plus), Tuesday and Thursday evenings</td><td class="open">Open</td></tr>
<tr><td>Appointment scheduler</td><td class="filled">Filled</td></tr>
<tr><th rowspan="3" scope="rowgroup">Clinical</th><td>Registered nurse (Minnesota license) for Tuesday evenings</td><td class="open">Open</td></tr>
<tr><td>Physician (MD/DO)</td><td class="filled">We have enough physicians through June</td></tr>
<tr><td>Pharmacist to sort and check donated samples, one evening a month</td><td class="open">Open</td></tr>
<tr><th rowspan="2" scope="rowgroup">Support</th><td>Cleaning crew after clinic, Thursday 8&ndash;9 pm</td><td class="open">Open</td></tr>
<tr><td>Data entry intern</td><td class="paid">Paid internship, $15/hr</td></tr>
</tbody>
</table>
<h2>How to volunteer</h2>
<p>Complete the volunteer form at the front desk and a background check. Clinical volunteers must show a current license.</p>
""" + FOOT

AR_INDEX = head("ar", "عيادة الشفاء — آخر التحديثات", rtl=True) + """
<h1>عيادة الشفاء المجتمعية &mdash; آخر التحديثات</h1>
<p>ننشر هنا احتياجات العيادة وأخبارها أولاً بأول. للتواصل: <span dir="ltr">(507) 555-0181</span></p>
<ol class="timeline" reversed>
<li><time datetime="2024-10-20">٢٠ أكتوبر ٢٠٢٤</time> &mdash; نبحث عن متطوعات لمرافقة النساء إلى مواعيد طبيبة النساء في مانكاتو، ويفضّل من يتحدثن العربية.</li>
<li><time datetime="2024-10-12">١٢ أكتوبر ٢٠٢٤</time> &mdash; نحتاج إلى تبرعات بأجهزة قياس ضغط الدم المنزلية (جديدة) لمرضى الضغط الذين لا يستطيعون شراءها.</li>
<li><time datetime="2024-10-05">٥ أكتوبر ٢٠٢٤</time> &mdash; نحتاج إلى مترجم عربي&ndash;إنجليزي لعيادة مساء الخميس، من الساعة ٥ إلى ٨.</li>
<li><time datetime="2024-09-28">٢٨ سبتمبر ٢٠٢٤</time> &mdash; يوم صحي مجاني: فحص السكر والضغط للجميع، السبت ١٩ أكتوبر في قاعة البلدية.</li>
<li><time datetime="2024-09-15">١٥ سبتمبر ٢٠٢٤</time> &mdash; تم تأمين سائقين لنقل المرضى من سانت بيتر. شكراً لكم! لم نعد بحاجة إلى سائقين.</li>
<li><time datetime="2024-09-01">١ سبتمبر ٢٠٢٤</time> &mdash; شكراً لكل من تبرع بحقائب مدرسية: وزعنا ١٢٠ حقيبة على أطفال المرضى.</li>
</ol>
""" + FOOT

AR_DONATE = head("ar", "عيادة الشفاء — التبرعات", rtl=True) + """
<h1>التبرعات العينية</h1>
<h2>قائمة احتياجات العيادة</h2>
<ul>
<li>ضمادات وشاش معقم</li>
<li>قفازات طبية (مقاس متوسط وكبير)</li>
<li>حفاضات للكبار</li>
<li>أشرطة قياس السكر (Contour و OneTouch)</li>
</ul>
<h2>غرفة الانتظار</h2>
<p>يجلس بعض المرضى على الأرض في ليالي الزحام. نحتاج إلى ١٠ كراسي لغرفة الانتظار، ويفضّل أن تكون بلا عجلات.</p>
<h2>ما لا نقبله</h2>
<p>لا نقبل الأدوية المفتوحة أو منتهية الصلاحية أو أدوية الوصفات الطبية، حفاظاً على سلامة المرضى.</p>
<h2>أوقات استلام التبرعات</h2>
<p>الاثنين والأربعاء من ٩ صباحاً إلى ١٢ ظهراً.</p>
<h2>الزكاة والصدقات</h2>
<p>يمكنكم دفع الزكاة والصدقات لدعم علاج المرضى غير المؤمّنين.</p>
""" + FOOT

SHIFTS = head("en", "Intranet — shift notes") + """
<h1>Shift notes (staff only)</h1>
<ul>
<li>Still no nurse for Dec 12 &mdash; call the float list.</li>
<li>Ask the medical society for a donated otoscope.</li>
<li>We need a backup interpreter for Tuesdays.</li>
</ul>
""" + FOOT

PAGES = {
    "index.html": INDEX,
    "volunteer.html": VOLUNTEER,
    "ar/index.html": AR_INDEX,
    "ar/donate.html": AR_DONATE,
    "intranet/shifts.html": SHIFTS,
}

ROBOTS = """User-agent: *
Allow: /
Disallow: /intranet/
"""

PDFS = {
    "clinic-flyer.pdf": ("Diabetes Education Night", [
        ("title", "Diabetes Education Night"),
        ("p", "Al-Shifa Community Clinic - 112 Main St, Cleveland, MN - (507) 555-0181"),
        ("p", "Thursday, November 14, 6-8 pm, in the clinic waiting room. Free glucose screening for "
              "everyone, and a cooking demonstration with foods from home."),
        ("h", "Volunteers wanted"),
        ("p", "We are looking for a registered dietitian to lead the cooking segment. It will be in English; "
              "Arabic speakers especially welcome."),
        ("h", "Can you bring something?"),
        ("p", "We also need healthy-snack donations for the night: fresh fruit, unsalted nuts and sugar-free "
              "drinks for about 60 people. Drop them at the clinic before 5 pm that day."),
    ]),
}

R = "ar"
NEEDS = [
    N("volunteer.html", ["check-in volunteer"], "volunteer", "en", ["ar", "es"], layout="rowspan_area_table",
      note="Arabic or Spanish 'a plus' = preferred languages"),
    N("volunteer.html", ["registered nurse"], "skilled", "en", layout="rowspan_area_table"),
    N("volunteer.html", ["pharmacist"], "skilled", "en", layout="rowspan_area_table"),
    N("volunteer.html", ["cleaning crew"], "volunteer", "en", layout="rowspan_area_table"),
    N("ar/index.html", ["مرافقة النساء"], "volunteer", R, ["ar"], layout="dated_updates_rtl",
      note="female companions, Arabic preferred"),
    N("ar/index.html", ["أجهزة قياس ضغط الدم"], "donation", R, layout="dated_updates_rtl"),
    N("ar/index.html", ["مترجم"], "skilled", R, ["ar", "en"], layout="dated_updates_rtl"),
    N("ar/donate.html", ["قائمة احتياجات العيادة", "قفازات طبية"], "donation", R, layout="wish_list",
      note="heading + 4 items = one need"),
    N("ar/donate.html", ["كراسي"], "donation", R, layout="heading_paragraph",
      note="waiting-room chairs"),
    N("clinic-flyer.pdf", ["dietitian"], "skilled", "en", layout="pdf_flyer"),
    N("clinic-flyer.pdf", ["healthy-snack donations", "snack"], "donation", "en", layout="pdf_flyer"),
]
TRAPS = [
    T("index.html", "service", ["free care for uninsured"]),
    T("index.html", "hours", ["clinic nights"]),
    T("index.html", "how_to_apply", ["get an appointment"]),
    T("index.html", "general_appeal", ["sponsor a patient visit"]),
    T("volunteer.html", "filled", ["appointment scheduler"], "Filled"),
    T("volunteer.html", "filled", ["physician"], "'We have enough physicians through June'"),
    T("volunteer.html", "job", ["data entry intern"]),
    T("volunteer.html", "how_to_apply", ["how to volunteer"]),
    T("ar/index.html", "event", ["يوم صحي مجاني"]),
    T("ar/index.html", "filled", ["سائقين"], "'لم نعد بحاجة إلى سائقين' = we no longer need drivers"),
    T("ar/index.html", "recap", ["حقائب مدرسية"]),
    T("ar/donate.html", "refused", ["الأدوية المفتوحة"]),
    T("ar/donate.html", "hours", ["أوقات استلام التبرعات"]),
    T("ar/donate.html", "general_appeal", ["الزكاة"]),
    T("clinic-flyer.pdf", "event", ["diabetes education night"]),
    T("clinic-flyer.pdf", "service", ["glucose screening"]),
    T("intranet/shifts.html", "robots", ["dec 12"]),
    T("intranet/shifts.html", "robots", ["otoscope"]),
    T("intranet/shifts.html", "robots", ["backup interpreter"]),
]
