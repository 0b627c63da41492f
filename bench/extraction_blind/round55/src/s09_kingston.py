"""Site 9: Al-Raha Family Center (مركز الراحة للعائلات), Kingston (Meeker County). Arabic (rtl) + English.
Layouts: Arabic shift table with status column, Arabic wish list + 45-of-80 counter + family story +
<del> item, English button/panel accordion, robots-disallowed admin page, English PDF flyer."""
from common import N, T

SLUG = "kingston-al-raha-family-center"
TOWN = "kingston"

AR_NAV = """<nav class="nav">
  <a href="/">الرئيسية</a> | <a href="/tatawwu.html">التطوع</a> | <a href="/tabarruat.html">التبرعات</a> |
  <a href="/en/get-involved.html">English</a> | <a href="/eid-toy-drive.pdf">نشرة العيد (PDF)</a>
</nav>"""

AR_FOOT = """<footer class="foot">
  <p>مركز الراحة للعائلات &middot; 55 Main St, Kingston, MN 55325 &middot; <span dir="ltr">(320) 555-0154</span></p>
  <p><a href="/sowar/eid-2024.html">صور العيد 2024</a> &middot; <a href="/idara/internal.html">الإدارة</a></p>
</footer>"""


def ar(title, body):
    return """<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<title>%s</title>
<link rel="stylesheet" href="/css/raha-rtl.css">
</head>
<body>
<header class="top"><h1 class="brand">مركز الراحة للعائلات</h1></header>
%s
<main>
%s
</main>
%s
</body>
</html>
""" % (title, AR_NAV, body, AR_FOOT)


PAGES = {}

PAGES["index.html"] = ar("مركز الراحة للعائلات &ndash; كينغستون، مينيسوتا", """
<section>
  <h2>أهلاً وسهلاً</h2>
  <p>مركز الراحة منظمة غير ربحية تخدم العائلات العربية القادمة من العراق وسوريا والسودان واليمن في مقاطعة ميكر منذ عام 2017.</p>
</section>
<section>
  <h2>ساعات العمل</h2>
  <p>من الاثنين إلى الخميس، من 10 صباحاً حتى 6 مساءً.</p>
</section>
<section>
  <h2>خدماتنا</h2>
  <ul>
    <li>دروس اللغة الإنجليزية المجانية للكبار</li>
    <li>المساعدة في إيجاد سكن مناسب</li>
  </ul>
</section>
<section>
  <h2>الإفطار الجماعي السنوي</h2>
  <p>ندعوكم إلى الإفطار الجماعي في قاعة المدينة في الخامس عشر من رمضان. الدعوة عامة.</p>
</section>
<aside class="donate"><p><strong>تبرع الآن</strong> &mdash; كل دولار يصنع فرقاً في حياة عائلة.</p></aside>
""")

PAGES["tatawwu.html"] = ar("فرص التطوع &ndash; مركز الراحة", """
<h2>فرص التطوع</h2>
<p>للتسجيل اتصلوا بالأخت سلمى أو زوروا المركز.</p>
<table class="shifts" border="1">
  <thead><tr><th>الدور</th><th>الموعد</th><th>الأماكن المتبقية</th><th>الحالة</th></tr></thead>
  <tbody>
    <tr><td>مرافقة العائلات إلى المواعيد الطبية</td><td>الثلاثاء والخميس صباحاً</td><td>3</td>
        <td>مطلوب &mdash; يُفضَّل من يتحدث العربية</td></tr>
    <tr><td>تعليم قيادة السيارات للنساء</td><td>السبت</td><td>2</td>
        <td>مطلوب &mdash; رخصة قيادة منذ خمس سنوات على الأقل</td></tr>
    <tr><td>تنظيم مخزن الملابس</td><td>الأربعاء</td><td>0</td><td>لا توجد أماكن شاغرة</td></tr>
    <tr><td>إعداد وجبات رمضان</td><td>&mdash;</td><td>&mdash;</td><td>انتهى الموسم، شكراً لكم</td></tr>
    <tr><td>مترجم عربي&ndash;إنجليزي لاجتماعات المدرسة</td><td>حسب الطلب</td><td>1</td><td>مطلوب</td></tr>
    <tr><td>نادي القراءة للأطفال</td><td>الاثنين</td><td>0</td><td>العدد مكتمل</td></tr>
  </tbody>
</table>
""")

PAGES["tabarruat.html"] = ar("التبرعات العينية &ndash; مركز الراحة", """
<h2>التبرعات العينية</h2>

<h3>قائمة الاحتياجات</h3>
<ul>
  <li>حفاضات (مقاس 3 و4)</li>
  <li>حليب أطفال</li>
  <li>أواني طبخ</li>
  <li>بطانيات</li>
</ul>

<h3>الحقائب المدرسية</h3>
<progress value="45" max="80"></progress>
<p>وصلنا 45 من 80 حقيبة. ما زلنا نحتاج 35 حقيبة مع الأدوات المدرسية.</p>

<h3>قصة عائلة أبو أحمد</h3>
<p>وصلت عائلة أبو أحمد من سوريا الشهر الماضي مع أربعة أطفال. الشقة التي استأجروها في ليتشفيلد فارغة تماماً، والأطفال
ينامون على الأرض. تحتاج العائلة إلى سريرين وأريكة وطاولة طعام مع كراسٍ.</p>

<h3>الملابس الشتوية</h3>
<p>اكتفينا من الملابس الشتوية لهذا الموسم، شكراً لكرمكم.</p>

<h3>طلبات سابقة</h3>
<ul>
  <li><del>مدفأة كهربائية</del> (وصلت، جزاكم الله خيراً)</li>
</ul>

<p><em>نستقبل التبرعات يومي الاثنين والأربعاء من العاشرة حتى الثانية.</em></p>
""")

PAGES["en/get-involved.html"] = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Get Involved &ndash; Al-Raha Family Center</title>
<link rel="stylesheet" href="/css/raha.css">
<style>.acc-panel{display:none}.acc-btn.open + .acc-panel{display:block}</style>
</head>
<body>
<header class="top"><h1 class="brand">Al-Raha Family Center</h1></header>
<nav class="nav"><a href="/">العربية</a> | <a href="/tatawwu.html">Volunteer (Arabic)</a> | <a href="/en/get-involved.html">Get Involved</a></nav>
<main>
<h2>Get Involved</h2>
<p>Click a question to open it.</p>
<div class="accordion">
  <button class="acc-btn">Conversation partners for moms</button>
  <div class="acc-panel"><p>Our mothers' English circle meets Wednesday mornings at 10. We need native or fluent
  English speakers to chat over tea and cardamom cake &mdash; no teaching experience needed.</p></div>

  <button class="acc-btn">Pro bono accountant for our annual review</button>
  <div class="acc-panel"><p>We need a CPA or experienced accountant to review our books before our Form 990 is
  filed in May. About ten hours total.</p></div>

  <button class="acc-btn">Can you lend a trailer?</button>
  <div class="acc-panel"><p>When families move into apartments we collect donated furniture from around the
  county. We need someone to lend a covered trailer or a box truck one Saturday a month.</p></div>

  <button class="acc-btn">Youth mentors</button>
  <div class="acc-panel"><p>We have a waiting list of mentors for 2025, so we are not recruiting right now. Thank you!</p></div>

  <button class="acc-btn">Family Navigator (paid, full-time)</button>
  <div class="acc-panel"><p>Salary $44,000 with benefits. Arabic and English required.</p></div>

  <button class="acc-btn">How do families sign up for services?</button>
  <div class="acc-panel"><p>Call or walk in Monday to Thursday. Bring IDs for every family member and your I-94.</p></div>
</div>
</main>
<footer class="foot"><p>Al-Raha Family Center &middot; 55 Main St, Kingston, MN 55325</p></footer>
</body>
</html>
"""

PAGES["idara/internal.html"] = ar("للإدارة فقط", """
<h2>للإدارة فقط</h2>
<ul>
  <li>نحتاج محاسباً متطوعاً قبل نهاية السنة.</li>
  <li>طابعة جديدة للمكتب.</li>
  <li>متطوع لتصميم الموقع الإلكتروني.</li>
</ul>
""")

ROBOTS = """User-agent: *
Disallow: /idara/
"""

PDFS = {
    "eid-toy-drive.pdf": ("Eid Toy Drive - Al-Raha Family Center", [
        ("title", "EID TOY DRIVE"),
        ("p", "Al-Raha Family Center - Kingston, Minnesota"),
        ("gap", ""),
        ("p", "Help us give every child a gift this Eid. We are collecting NEW, unwrapped toys for ages 2 to 12 "
              "until May 30. Books, art sets and soccer balls are welcome too."),
        ("h", "Eid al-Adha party"),
        ("p", "Sunday, June 8, 2 pm at the Kingston town hall. Families, neighbors and friends are invited."),
        ("h", "Drop-off"),
        ("p", "Al-Raha office, Mondays and Wednesdays, 10 am to 2 pm."),
        ("gap", ""),
        ("p", "Last year 150 children received a gift. Thank you, Meeker County!"),
    ]),
}

NEEDS = [
    N("tatawwu.html", ["مرافقة العائلات"], "volunteer", "ar", ["ar"], "shift_table", "Arabic preferred"),
    N("tatawwu.html", ["تعليم قيادة السيارات"], "skilled", "ar", [], "shift_table", "driving lessons for women"),
    N("tatawwu.html", ["مترجم"], "skilled", "ar", ["ar", "en"], "shift_table", "school meetings interpreter"),
    N("tabarruat.html", ["قائمة الاحتياجات", "أواني طبخ", "حفاضات"], "donation", "ar", [], "wish_list", ""),
    N("tabarruat.html", ["الحقائب المدرسية", "حقيبة"], "donation", "ar", [], "progress_counter", "45 of 80"),
    N("tabarruat.html", ["أبو أحمد", "سريرين"], "donation", "ar", [], "story", "beds, sofa, table"),
    N("en/get-involved.html", ["conversation partners"], "volunteer", "en", ["en"], "accordion", ""),
    N("en/get-involved.html", ["accountant"], "skilled", "en", [], "accordion", "pro bono"),
    N("en/get-involved.html", ["trailer", "box truck"], "other", "en", [], "accordion", "lend a trailer"),
    N("eid-toy-drive.pdf", ["toy drive", "unwrapped toys"], "donation", "en", [], "pdf", ""),
]

TRAPS = [
    T("index.html", "hours", ["ساعات العمل"], ""),
    T("index.html", "service", ["دروس اللغة الإنجليزية"], ""),
    T("index.html", "service", ["إيجاد سكن"], ""),
    T("index.html", "event", ["الإفطار الجماعي"], ""),
    T("index.html", "general_appeal", ["تبرع الآن"], ""),
    T("tatawwu.html", "filled", ["مخزن الملابس"], "no vacancies"),
    T("tatawwu.html", "filled", ["وجبات رمضان"], "season over"),
    T("tatawwu.html", "filled", ["نادي القراءة"], "العدد مكتمل"),
    T("tabarruat.html", "filled", ["الملابس الشتوية"], "we have had enough"),
    T("tabarruat.html", "filled", ["مدفأة كهربائية"], "<del>, arrived"),
    T("tabarruat.html", "hours", ["نستقبل التبرعات"], "drop-off times"),
    T("en/get-involved.html", "filled", ["youth mentors"], "waiting list, not recruiting"),
    T("en/get-involved.html", "job", ["family navigator"], "paid"),
    T("en/get-involved.html", "how_to_apply", ["sign up for services"], ""),
    T("idara/internal.html", "robots", ["محاسب"], "Disallow: /idara/"),
    T("idara/internal.html", "robots", ["طابعة جديدة"], "Disallow: /idara/"),
    T("idara/internal.html", "robots", ["تصميم الموقع"], "Disallow: /idara/"),
    T("eid-toy-drive.pdf", "event", ["eid al-adha party"], ""),
    T("eid-toy-drive.pdf", "hours", ["drop-off"], ""),
    T("eid-toy-drive.pdf", "recap", ["150 children"], ""),
]
