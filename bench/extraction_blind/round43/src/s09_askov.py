from common import N, T

SLUG = "askov-al-amal-family-network"

NAV = """<nav class="menu"><a href="/index.html">الرئيسية</a> | <a href="/tatawwu.html">التطوع</a> |
<a href="/tabarruat.html">التبرعات العينية</a> | <a href="/en/index.html">English</a> |
<a href="/docs/school-supplies.pdf">School supplies (PDF)</a></nav>"""

FOOT_AR = """<footer>شبكة الأمل للعائلات · <span dir="ltr">6289 Main St, Askov, MN 55704 · (320) 555-0194</span> ·
<a href="/staff/notes.html">للموظفين</a> · <a href="/eid/photos-2025.html">صور العيد</a></footer>"""


def page(lang, title, body):
    d = ' dir="rtl"' if lang == "ar" else ""
    return """<!DOCTYPE html>
<html lang="%s"%s>
<head><meta charset="utf-8"><title>%s - Al-Amal</title></head>
<body>
%s
<main>
%s
</main>
%s
</body>
</html>
""" % (lang, d, title, NAV, body, FOOT_AR)


INDEX = page("ar", "الرئيسية", """
<h1>شبكة الأمل للعائلات</h1>
<p>أهلاً وسهلاً. نحن شبكة صغيرة تساعد العائلات العربية القادمة حديثاً إلى مقاطعة باين وما حولها.</p>
<h2>ساعات العمل</h2>
<p>من الاثنين إلى الخميس، من العاشرة صباحاً حتى الرابعة عصراً.</p>
<h2>خدماتنا</h2>
<p>نساعد العائلات في تعبئة الاستمارات، والتسجيل في المدارس، وحجز المواعيد الطبية.</p>
<h2>حفل العيد</h2>
<p>ندعوكم إلى حفل عيد الفطر في قاعة المدينة، يوم السبت بعد العيد، الساعة الثانية ظهراً.</p>
<h2>ادعم عملنا</h2>
<p>تبرعكم المالي يساعدنا على دفع إيجار المكتب. جزاكم الله خيراً.</p>
""")

TAT = page("ar", "التطوع", """
<h1>فرص التطوع</h1>
<table border="1" cellpadding="6">
<tr><th>الدور</th><th>التفاصيل</th><th>الحالة</th></tr>
<tr><td>مدرّسات لغة إنجليزية للنساء</td><td>صف صباحي يوم الثلاثاء، للمبتدئات</td><td>مطلوب</td></tr>
<tr><td>سائقون لنقل كبار السن</td><td>إلى المواعيد الطبية في Hinckley و Pine City</td><td>مطلوب</td></tr>
<tr><td>مساعدون في المطبخ</td><td>لإفطار رمضان الجماعي</td><td>مكتمل، شكراً لكم</td></tr>
<tr><td>محاسب بدوام جزئي</td><td>وظيفة براتب، 15 ساعة أسبوعياً</td><td>وظيفة</td></tr>
<tr><td>مترجم عربي-إنجليزي</td><td>لمرافقة العائلات إلى المواعيد الطبية والمدرسية</td><td>مطلوب بشدة</td></tr>
</table>
<p>للتسجيل كمتطوع، املأ الاستمارة في المكتب أو اتصل بنا.</p>
""")

TAB = page("ar", "التبرعات العينية", """
<h1>التبرعات العينية</h1>
<h2>قائمة الاحتياجات</h2>
<ul><li>حفاضات أطفال (مقاس 3 و 4)</li><li>حليب أطفال</li><li>أدوات مطبخ: قدور ومقالي</li><li>بطانيات شتوية للأطفال</li></ul>
<h2>نبحث عن غسالة ملابس</h2>
<p>عائلة من سبعة أفراد تغسل ملابسها باليد منذ وصولها. نبحث عن غسالة ملابس مستعملة تعمل جيداً.</p>
<h2>البطانيات الكبيرة</h2>
<p>لدينا ما يكفي من البطانيات الكبيرة حالياً. شكراً لكرمكم، الرجاء عدم إحضار المزيد.</p>
<h2>شكر وتقدير</h2>
<p>في رمضان الماضي وزّعنا 160 سلة غذائية على العائلات.</p>
""")

EN = page("en", "English", """
<h1>Al-Amal Family Network</h1>
<p>We help Arabic-speaking newcomer families in Pine County. Most of our site is in Arabic.</p>
<h2>Math tutor for high schoolers</h2>
<p>Three of our teenagers are taking algebra in a new language. A volunteer math tutor, one evening a week at the
Askov library, would make a big difference.</p>
<h2>Furniture pickup crew</h2>
<p>When neighbors offer furniture, we need people with a pickup truck or trailer to collect it and carry it up to the
family's apartment. Usually Saturday mornings.</p>
<h2>Community dinner</h2>
<p>Our monthly community dinner is the last Friday of each month at 6 pm at the Askov town hall.</p>
<h2>Who we are</h2>
<p>Founder Huda Al-Saadi arrived from Mosul in 2016 and started the network from her kitchen table.</p>
""")

STAFF = page("en", "Staff notes", """
<h1>Staff notes (internal)</h1>
<ul><li>We need a volunteer grant writer for the county proposal.</li><li>Ask for a donated minivan.</li>
<li>Recruit a bilingual case aide.</li></ul>
""")

PAGES = {"index.html": INDEX, "tatawwu.html": TAT, "tabarruat.html": TAB, "en/index.html": EN, "staff/notes.html": STAFF}

ROBOTS = """User-agent: *
Disallow: /staff/
Disallow: /tmp/
"""

PDFS = {
    "docs/school-supplies.pdf": ("Back-to-school supply drive - Al-Amal", [
        ("title", "AL-AMAL FAMILY NETWORK - BACK-TO-SCHOOL SUPPLY DRIVE"),
        ("p", "6289 Main St, Askov, MN 55704 - (320) 555-0194"),
        ("h", "Help 40 children start school ready"),
        ("p", "We are collecting school supplies for 40 newcomer children in grades K-8: backpacks, pencil boxes, "
              "wide-ruled notebooks, glue sticks, crayons and calculators for the older kids."),
        ("h", "Drop-off"),
        ("p", "Drop-off at our office Monday to Thursday, 10 am to 4 pm, until August 22."),
        ("h", "Last year"),
        ("p", "Last year 28 children received full backpacks. Thank you, Askov!"),
    ]),
}

NEEDS = [
    N("tatawwu.html", ["مدرّسات لغة إنجليزية"], "skilled", "ar", ["en"], layout="status_table"),
    N("tatawwu.html", ["سائقون لنقل كبار السن"], "volunteer", "ar", layout="status_table"),
    N("tatawwu.html", ["مترجم عربي-إنجليزي"], "skilled", "ar", ["ar", "en"], layout="status_table"),
    N("tabarruat.html", ["قائمة الاحتياجات", "حفاضات أطفال"], "donation", "ar", layout="wish_list"),
    N("tabarruat.html", ["غسالة ملابس"], "donation", "ar", layout="story"),
    N("en/index.html", ["math tutor"], "skilled", "en", layout="heading_paragraph"),
    N("en/index.html", ["furniture pickup crew"], "volunteer", "en", layout="heading_paragraph"),
    N("docs/school-supplies.pdf", ["school supplies", "backpacks"], "donation", "en", layout="pdf", note="supply drive"),
]

TRAPS = [
    T("index.html", "hours", ["ساعات العمل"]),
    T("index.html", "service", ["خدماتنا"]),
    T("index.html", "event", ["حفل العيد"]),
    T("index.html", "general_appeal", ["ادعم عملنا"]),
    T("tatawwu.html", "filled", ["مساعدون في المطبخ"], "مكتمل"),
    T("tatawwu.html", "job", ["محاسب بدوام جزئي"]),
    T("tatawwu.html", "how_to_apply", ["للتسجيل كمتطوع"]),
    T("tabarruat.html", "filled", ["البطانيات الكبيرة"], "لدينا ما يكفي"),
    T("tabarruat.html", "recap", ["160 سلة"]),
    T("en/index.html", "event", ["community dinner"]),
    T("en/index.html", "bio", ["who we are"]),
    T("docs/school-supplies.pdf", "hours", ["drop-off at our office"]),
    T("docs/school-supplies.pdf", "recap", ["28 children received"]),
    T("staff/notes.html", "robots", ["grant writer"]),
    T("staff/notes.html", "robots", ["donated minivan"]),
    T("staff/notes.html", "robots", ["bilingual case aide"]),
]
