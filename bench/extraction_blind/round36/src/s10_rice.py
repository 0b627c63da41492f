from common import N, T

SLUG = "rice-al-baraka-family-center"

HEAD = """<!DOCTYPE html>
<html lang="{lang}"{dir}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<link rel="stylesheet" href="/css/baraka.css">
</head>
<body>
<header class="hdr">
 <div class="logo"><img src="/img/baraka-logo.png" alt="Al-Baraka"> Al-Baraka Family Center &middot; مركز البركة للأسرة</div>
 <ul class="menu">
  <li><a href="/">Home</a></li>
  <li><a href="/volunteer.html">Ways to help</a></li>
  <li><a href="/ar/index.html" hreflang="ar">العربية</a></li>
  <li><a href="/ar/tabarru.html" hreflang="ar">التبرعات</a></li>
  <li><a href="/flyer.pdf">Garden flyer</a></li>
 </ul>
</header>
<div class="body">
"""

FOOT = """
</div>
<footer class="ftr">
 <p>Al-Baraka Family Center &middot; 205 Main St E, Rice, MN 56367 &middot; <span dir="ltr">320-555-0115</span> &middot; <a href="mailto:salam@albarakarice.example">salam@albarakarice.example</a></p>
 <p><a href="/staff/notes.html">Staff</a> &middot; <a href="/gallery/iftar-2024.html">Gallery</a></p>
</footer>
</body>
</html>
"""


def page(lang, title, body, rtl=False):
    return HEAD.format(lang=lang, title=title, dir=' dir="rtl"' if rtl else "") + body + FOOT


PAGES = {}

PAGES["index.html"] = page("en", "Al-Baraka Family Center", """
<section class="welcome">
 <h1>Welcome to Al-Baraka</h1>
 <p>We serve Arab, Sudanese and East African families in Benton and Stearns counties.</p>
</section>
<section>
 <h2>Hours</h2>
 <p>Open Monday to Thursday, 10 am to 5 pm.</p>
</section>
<section>
 <h2>Tax season</h2>
 <p>Free tax filing for families earning under $60,000, February through April. Bring last year's return.</p>
</section>
<section class="event">
 <h2>Community Eid dinner</h2>
 <p>Saturday, June 7, 6 pm at the Rice Community Hall. Families, neighbors and friends are all invited.</p>
</section>
<section class="blog">
 <h3><a href="#">From our blog: Volunteers wanted? What newcomers taught us about helping</a></h3>
</section>
<section class="give">
 <p>Zakat and sadaqa are accepted and go directly to families in need. <a href="#">Give</a></p>
</section>
""")

PAGES["volunteer.html"] = page("en", "Ways to help", """
<h1>Ways to help</h1>
<ul class="help-list">
 <li><span class="role">English conversation partner</span> &ndash; meet one mother once a week at the Rice library and practice everyday English. <em class="st open">Open</em></li>
 <li><span class="role">Math &amp; science tutor</span> &ndash; for high school students, Tuesday and Thursday evenings. <em class="st open">Open</em></li>
 <li><span class="role">Arabic&ndash;English interpreter</span> &ndash; for parent-teacher conferences in March. <em class="st closed">Filled</em></li>
 <li><span class="role">R&eacute;sum&eacute; &amp; job-search coach</span> &ndash; we need someone who has hired people before to help adults apply for work. <em class="st open">Open</em></li>
 <li><span class="role">Case manager</span> &ndash; full-time staff position, salary $46,000 plus benefits. <em class="st">Hiring</em></li>
</ul>
<h2>Running low</h2>
<p>We are running low on <b>bus cards</b> (monthly Metro Bus passes) for parents getting to work in St. Cloud. A card costs $20 and lasts a month.</p>
""")

PAGES["ar/index.html"] = page("ar", "مركز البركة للأسرة", """
<h1>مركز البركة للأسرة — رايس، مينيسوتا</h1>
<p>نخدم العائلات العربية والسودانية والأفريقية في مقاطعتي بنتون وستيرنز.</p>
<h2>ساعات العمل</h2>
<p>من الاثنين إلى الخميس، من ١٠ صباحاً حتى ٥ مساءً.</p>
<h2>خدماتنا</h2>
<ul>
 <li>دروس اللغة الإنجليزية للكبار مساء الأحد</li>
 <li>مساعدة في طلبات السكن والمساعدات الحكومية</li>
</ul>
<h2>نحتاج إلى متطوعين</h2>
<h3>معلم أو معلمة لغة عربية للأطفال</h3>
<p>صباح كل سبت من الساعة ١٠ إلى ١٢، لتعليم القراءة والكتابة للأطفال من ٦ إلى ١٢ سنة.</p>
<h3>سائقون لتوصيل كبار السن</h3>
<p>إلى مواعيد الطبيب في سانت كلاود. نعوض تكلفة الوقود.</p>
<h3>مساعدون في المطبخ لوجبة الجمعة</h3>
<p><strong>تم تغطية هذا الدور بالكامل، جزاكم الله خيراً.</strong></p>
<h2>حفل تخرج طلاب مدرسة العربية</h2>
<p>يوم السبت ٣١ مايو، الساعة ٤ عصراً.</p>
<p class="give">تبرع الآن لدعم برامج المركز.</p>
""", rtl=True)

PAGES["ar/tabarru.html"] = page("ar", "التبرعات العينية", """
<h1>التبرعات العينية</h1>
<p>هذه الأصناف التي نحتاجها هذا الشهر:</p>
<table class="needs">
 <tr><th>الصنف</th><th>الكمية المطلوبة</th></tr>
 <tr><td>أرز بسمتي</td><td>٢٠ كيساً</td></tr>
 <tr><td>زيت زيتون</td><td>١٠ زجاجات</td></tr>
 <tr><td>حليب أطفال</td><td>١٥ علبة</td></tr>
 <tr><td>حفاضات مقاس ٤</td><td>١٠ عبوات</td></tr>
</table>
<h2>قصة عائلة</h2>
<p>وصلت عائلة أبو أحمد من الأردن في أكتوبر: أب وأم وخمسة أطفال. التدفئة في شقتهم ضعيفة والمالك بطيء في الإصلاح، وينقصهم مدفأة كهربائية وبطانيات للأطفال قبل اشتداد البرد.</p>
<p><b>الملابس المستعملة:</b> <del>نستقبل الملابس</del> لم نعد بحاجة إلى الملابس حالياً، فالمخزن ممتلئ.</p>
<p>في العام الماضي وزعنا ٢٠٠ سلة غذائية في رمضان بفضل تبرعاتكم.</p>
<p>يمكن تسليم التبرعات يومي الثلاثاء والخميس من ١٠ إلى ٤.</p>
""", rtl=True)

PAGES["staff/notes.html"] = page("en", "Staff notes", """
<h1>Staff only &mdash; open needs</h1>
<ul>
 <li>Volunteer driver for the Friday pantry pickup in Sauk Rapids</li>
 <li>2 car seats for the Yusuf family (infant and toddler)</li>
 <li>Somali interpreter for the April 3 housing meeting</li>
</ul>
""")

ROBOTS = """User-agent: *
Disallow: /staff/
"""

PDFS = {
    "flyer.pdf": ("Al-Baraka Garden Project", [
        ("title", "Al-Baraka Garden Project - Spring Build Day"),
        ("p", "Saturday, April 26, 9 am to 2 pm, behind the center at 205 Main St E, Rice."),
        ("h", "Volunteers needed"),
        ("p", "We are seeking volunteers to build six raised garden beds for families who have no yard. "
              "Bring a drill if you have one. The lumber is donated by Rice Hardware."),
        ("h", "Also needed"),
        ("p", "Donated potting soil (bags or a truckload) and vegetable seedlings: tomatoes, peppers, okra and mint."),
        ("h", "Later this summer"),
        ("p", "Garden party and harvest supper in August. Everyone who helps is invited."),
        ("p", "Questions? Call Hamid at 320-555-0115."),
    ]),
}

NEEDS = [
    N("volunteer.html", ["english conversation partner"], "volunteer", "en", ["en"], layout="role_list_badges"),
    N("volunteer.html", ["science tutor"], "skilled", "en", layout="role_list_badges"),
    N("volunteer.html", ["job-search coach"], "skilled", "en", layout="role_list_badges"),
    N("volunteer.html", ["bus cards"], "donation", "en", layout="short_on", note="'running low on'"),
    N("ar/index.html", ["معلم أو معلمة لغة عربية"], "skilled", "ar", ["ar"], layout="heading_paragraph"),
    N("ar/index.html", ["سائقون"], "volunteer", "ar", layout="heading_paragraph", note="fuel reimbursed, not a wage"),
    N("ar/tabarru.html", ["أرز بسمتي", "حليب أطفال"], "donation", "ar", layout="wish_list_table"),
    N("ar/tabarru.html", ["مدفأة كهربائية", "بطانيات"], "donation", "ar", layout="story"),
    N("flyer.pdf", ["raised garden beds"], "volunteer", "en", layout="pdf"),
    N("flyer.pdf", ["potting soil", "seedlings"], "donation", "en", layout="pdf"),
]

TRAPS = [
    T("index.html", "hours", ["open monday to thursday"]),
    T("index.html", "service", ["free tax filing"]),
    T("index.html", "event", ["eid dinner"]),
    T("index.html", "blog", ["what newcomers taught us"]),
    T("index.html", "general_appeal", ["zakat"]),
    T("volunteer.html", "filled", ["arabic–english interpreter"], note="Filled badge"),
    T("volunteer.html", "job", ["case manager"]),
    T("ar/index.html", "hours", ["ساعات العمل"]),
    T("ar/index.html", "service", ["دروس اللغة الإنجليزية"]),
    T("ar/index.html", "service", ["طلبات السكن"]),
    T("ar/index.html", "filled", ["مساعدون في المطبخ"], note="تم تغطية هذا الدور بالكامل"),
    T("ar/index.html", "event", ["حفل تخرج"]),
    T("ar/index.html", "general_appeal", ["تبرع الآن"]),
    T("ar/tabarru.html", "filled", ["الملابس المستعملة"], note="struck + لم نعد بحاجة"),
    T("ar/tabarru.html", "recap", ["٢٠٠ سلة غذائية"]),
    T("ar/tabarru.html", "hours", ["تسليم التبرعات"]),
    T("flyer.pdf", "event", ["garden party"]),
    T("staff/notes.html", "robots", ["friday pantry pickup"]),
    T("staff/notes.html", "robots", ["car seats"]),
    T("staff/notes.html", "robots", ["somali interpreter"]),
]
