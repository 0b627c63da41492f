"""Site 8: an Arabic-speaking newcomer center in Waverly (ar first, rtl; one en page; English PDF guide with
no needs; robots /idara/)."""
from common import N, T

SLUG = "waverly-al-jisr-newcomer-center"
ROBOTS = "User-agent: *\nDisallow: /idara/\n\nUser-agent: GPTBot\nDisallow: /\n"

def head_ar(title):
    return """<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<title>%s</title>
<link rel="stylesheet" href="/css/rtl.css">
</head>
<body>
<header class="masthead">
 <p class="name">مركز الجسر للقادمين الجدد &middot; <span dir="ltr">Al-Jisr Newcomer Center</span></p>
 <nav>
  <a href="/index.html">الرئيسية</a>
  <a href="/tatawwu.html">تطوّع معنا</a>
  <a href="/tabarruat.html">التبرعات</a>
  <a href="/en/index.html">English</a>
 </nav>
</header>
<main>
""" % title

FOOT_AR = """
</main>
<footer>
 <p>مركز الجسر &middot; ويفرلي، مينيسوتا &middot; هاتف: <span dir="ltr">763-555-0121</span></p>
 <p><a href="/akhbar/2024.html">أخبار 2024</a> &middot; <a href="/idara/notes.html">الإدارة</a></p>
</footer>
</body>
</html>
"""

PAGES = {}

PAGES["index.html"] = head_ar("مركز الجسر للقادمين الجدد — ويفرلي") + """
<h1>مركز الجسر للقادمين الجدد</h1>
<p>نساعد العائلات القادمة حديثاً من سوريا والعراق والسودان واليمن على الاستقرار في مقاطعة رايت، منذ عام 2017.</p>

<h2>خدماتنا</h2>
<ul>
 <li>دروس اللغة الإنجليزية المجانية للكبار</li>
 <li>المساعدة في تعبئة الاستمارات الحكومية</li>
 <li>مرافقة العائلات إلى المواعيد الطبية والمدرسية</li>
</ul>

<h2>ساعات العمل</h2>
<p>من الاثنين إلى الخميس، من العاشرة صباحاً حتى الرابعة عصراً. الجمعة مغلق.</p>

<h2>حفلة العيد</h2>
<p>ندعوكم جميعاً إلى حفلة العيد في قاعة كنيسة ويفرلي يوم السبت بعد العيد. طعام وألعاب للأطفال.</p>

<p class="guide">دليل القادمين الجدد بالإنجليزية: <a href="/en/newcomer-guide.pdf">تحميل (PDF)</a></p>
""" + FOOT_AR

PAGES["tatawwu.html"] = head_ar("تطوّع معنا — مركز الجسر") + """
<h1>تطوّع معنا</h1>
<p>المركز صغير، وكل ساعة تطوع تصنع فرقاً كبيراً لعائلة جديدة.</p>

<section class="card">
 <span class="badge">مطلوب</span>
 <h2>مترجمون فوريون (عربي &ndash; إنجليزي)</h2>
 <p>لمرافقة العائلات إلى المدارس والعيادات والمواعيد الحكومية، ساعتين إلى أربع ساعات أسبوعياً.</p>
</section>

<section class="card urgent">
 <span class="badge">مطلوب بشدة</span>
 <h2>سائقون متطوعون</h2>
 <p>لنقل الأمهات إلى دروس اللغة يومي الثلاثاء والخميس. يجب أن تكون لديك رخصة قيادة وتأمين سيارة.</p>
</section>

<section class="card">
 <span class="badge">مطلوب</span>
 <h2>مدرس رياضيات لطلاب الثانوية</h2>
 <p>عدد من الطلاب الجدد يحتاجون إلى دروس تقوية في الجبر مساء الأربعاء.</p>
</section>

<section class="card done">
 <span class="badge">اكتمل</span>
 <h2>مساعدة في الواجبات المنزلية</h2>
 <p>شكراً لكم! لدينا عدد كافٍ من المتطوعين لهذا الفصل الدراسي.</p>
</section>

<section class="card job">
 <span class="badge">وظيفة مدفوعة الأجر</span>
 <h2>منسق حالات بدوام جزئي</h2>
 <p>25 ساعة أسبوعياً، يشترط إتقان العربية والإنجليزية. أرسل سيرتك الذاتية قبل نهاية الشهر.</p>
</section>

<p>للتسجيل كمتطوع، املأ الاستمارة في مكتب الاستقبال أو اتصل بنا.</p>
""" + FOOT_AR

PAGES["tabarruat.html"] = head_ar("التبرعات العينية — مركز الجسر") + """
<h1>التبرعات العينية</h1>

<h2>نحتاج حالياً إلى</h2>
<ul>
 <li>أغطية شتوية (بطانيات) نظيفة</li>
 <li>مدافئ كهربائية صغيرة</li>
 <li>أحذية شتوية للأطفال</li>
</ul>

<h2>قصة عائلة</h2>
<p>وصلت عائلة أم يوسف من الخرطوم قبل أسبوعين، وهي أم لخمسة أطفال. الشقة التي استأجرناها لهم فارغة تقريباً:
ينقصهم سريران وطاولة طعام وكراسٍ. هل يمكنك المساعدة؟ اتصل بالمركز.</p>

<h2>ألعاب الأطفال</h2>
<p>تبرعتم بالكثير من الألعاب &mdash; شكراً لكم! لم نعد بحاجة إلى ألعاب حتى إشعار آخر.</p>

<h2>تبرع مالي</h2>
<p>يمكنكم دفع الزكاة والصدقات للمركز، وهي تذهب مباشرة إلى إيجارات العائلات الجديدة.</p>

<p class="thanks">حملة الحقائب المدرسية 2025: انتهت الحملة في أغسطس ووزعنا 85 حقيبة. شكراً!</p>
""" + FOOT_AR

PAGES["en/index.html"] = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Al-Jisr Newcomer Center | Waverly, MN</title>
<link rel="stylesheet" href="/css/ltr.css">
</head>
<body>
<header class="masthead">
 <p class="name">Al-Jisr Newcomer Center</p>
 <nav><a href="/index.html">العربية</a> <a href="/en/index.html">English</a> <a href="/en/newcomer-guide.pdf">Newcomer guide (PDF)</a></nav>
</header>
<main>
<h1>Al-Jisr Newcomer Center &mdash; English</h1>
<p>Al-Jisr (&ldquo;the bridge&rdquo;) helps newly arrived Arabic-speaking families settle in Wright County.</p>

<h2>Pro bono immigration attorney</h2>
<p>Once a month we host an &ldquo;ask a lawyer&rdquo; evening. Our volunteer attorney moved away in June, and we are
seeking a licensed immigration attorney (or a supervised law student) to take it over. An interpreter is provided.</p>

<h2>Ramadan food box packing</h2>
<p>In the days before Ramadan we pack 120 food boxes for families. We need 15 volunteers each evening, 5&ndash;7 pm,
February 9&ndash;12. Sign up with Samira at the front desk.</p>

<h2>Community iftar</h2>
<p>Everyone is welcome to break the fast with us on Saturday, March 7, at Waverly City Hall. Bring a friend.</p>

<h2>Job opening: Case Manager</h2>
<p>Paid, 25 hours/week, Arabic and English required. See the Arabic page or email jobs@example.org.</p>

<h2>Our story</h2>
<p>Founded in 2017 by three Syrian and Iraqi mothers around a kitchen table in Waverly.</p>
</main>
<footer><p>Al-Jisr Newcomer Center &middot; Waverly, MN &middot; 763-555-0121</p></footer>
</body>
</html>
"""

PAGES["idara/notes.html"] = head_ar("ملاحظات الإدارة") + """
<h1>ملاحظات داخلية للإدارة</h1>
<ul>
 <li>نحتاج محاسباً متطوعاً لإعداد التقرير السنوي.</li>
 <li>البحث عن متبرع بسيارة مستعملة للمركز.</li>
 <li>نحتاج متطوعين لطلاء غرفة الأطفال.</li>
</ul>
""" + FOOT_AR

PDFS = {
    "en/newcomer-guide.pdf": ("Al-Jisr Newcomer Guide", [
        ("title", "Al-Jisr Newcomer Center - Newcomer Guide"),
        ("p", "This guide is for families who arrived in Wright County in the last year."),
        ("h", "Free English classes"),
        ("p", "Adult English classes meet Monday and Wednesday, 10 am to noon, at the center. Childcare is provided."),
        ("h", "Bring these documents"),
        ("p", "For your first appointment bring: I-94 or green card, passports for every family member, your "
              "lease, and any letters from the county."),
        ("h", "Office hours"),
        ("p", "Monday to Thursday, 10 am to 4 pm. Closed Friday. Call 763-555-0121."),
        ("h", "Emergency numbers"),
        ("p", "Police, fire, ambulance: 911. Poison control: 1-800-222-1222."),
    ]),
}

NEEDS = [
    N("tatawwu.html", ["مترجمون فوريون"], "skilled", "ar", ["ar", "en"], "status_cards", "مطلوب"),
    N("tatawwu.html", ["سائقون متطوعون"], "volunteer", "ar", [], "status_cards", "مطلوب بشدة"),
    N("tatawwu.html", ["مدرس رياضيات"], "skilled", "ar", [], "status_cards"),
    N("tabarruat.html", ["نحتاج حالياً إلى", "أغطية شتوية"], "donation", "ar", [], "wish_list"),
    N("tabarruat.html", ["سريران", "طاولة طعام"], "donation", "ar", [], "story"),
    N("en/index.html", ["immigration attorney"], "skilled", "en", [], "heading_paragraph"),
    N("en/index.html", ["food box packing"], "volunteer", "en", [], "heading_paragraph"),
]

TRAPS = [
    T("index.html", "service", ["دروس اللغة الإنجليزية المجانية"]),
    T("index.html", "service", ["مرافقة العائلات إلى المواعيد"]),
    T("index.html", "hours", ["ساعات العمل"]),
    T("index.html", "event", ["حفلة العيد"]),
    T("tatawwu.html", "filled", ["الواجبات المنزلية"], "اكتمل"),
    T("tatawwu.html", "job", ["منسق حالات"]),
    T("tatawwu.html", "how_to_apply", ["للتسجيل كمتطوع"]),
    T("tabarruat.html", "filled", ["ألعاب الأطفال"]),
    T("tabarruat.html", "general_appeal", ["الزكاة"]),
    T("tabarruat.html", "recap", ["85 حقيبة"]),
    T("en/index.html", "event", ["community iftar"]),
    T("en/index.html", "job", ["case manager"]),
    T("en/index.html", "bio", ["our story"]),
    T("idara/notes.html", "robots", ["محاسباً متطوعاً"]),
    T("idara/notes.html", "robots", ["سيارة مستعملة"]),
    T("idara/notes.html", "robots", ["طلاء غرفة الأطفال"]),
    T("en/newcomer-guide.pdf", "service", ["free english classes"]),
    T("en/newcomer-guide.pdf", "how_to_apply", ["bring these documents"]),
    T("en/newcomer-guide.pdf", "hours", ["office hours"]),
]
