"""Al-Waha Family Center, Grygla: English + Arabic (rtl) site, FAQ accordion, PDF flyer."""
from common import N, T

SLUG = "grygla-al-waha-family-center"


def shell(title, body, lang="en"):
    d = ' dir="rtl"' if lang == "ar" else ""
    return """<!DOCTYPE html>
<html lang="%s"%s>
<head><meta charset="utf-8"><title>%s</title><link rel="stylesheet" href="/assets/main.css"></head>
<body>
<header class="bar"><strong>Al-Waha Family Center &middot; مركز الواحة للأسرة</strong>
<nav><a href="/index.html">Home</a> | <a href="/donate.html">Donate</a> | <a href="/ar/index.html">العربية</a> | <a href="/ar/tatawwu.html">التطوع</a> | <a href="/ramadan-flyer.pdf">Ramadan flyer</a> | <a href="/events/eid-2024-photos.html">Eid photos</a></nav></header>
<section class="main">
%s
</section>
<footer>Al-Waha Family Center &middot; 120 Main Ave N, Grygla, MN &middot; <span dir="ltr">218-555-0185</span> &middot; alwaha@alwahagrygla.example &middot; <a href="/admin-notes/index.html">Admin</a></footer>
</body></html>
""" % (lang, d, title, body)


PAGES = {}
PAGES["index.html"] = shell("Al-Waha Family Center – Grygla", """
<h1>Al-Waha Family Center</h1>
<p>Al-Waha ("the oasis") serves Arab and other newcomer families in Grygla, Thief River Falls and Marshall County.</p>
<h2>How we help</h2>
<p>Free help with school enrollment, medical forms, and job applications, plus a weekly women's English circle.</p>
<h2>We're hiring</h2>
<p>Case manager, full-time, salaried, Arabic and English required. Benefits included.</p>
<h2>Recent posts</h2>
<p><a href="/ramadan-flyer.pdf">Ramadan food boxes: how it works &rarr;</a></p>
""")
PAGES["donate.html"] = shell("Donate – Al-Waha", """
<h1>Ways to give</h1>
<div class="grid">
<div class="tile"><h2>Kids' bikes</h2><p>Spring is here and many of our kids have no way to get to the park. We are collecting <b>gently used bicycles</b> and helmets for ages 6&ndash;14.</p></div>
<div class="tile"><h2>A truck for one Saturday</h2><p>A church in Thief River Falls gave us a whole apartment of furniture. Could someone <b>lend us a pickup truck</b> (and a driver) on Saturday, May 10, to bring it to three families?</p></div>
<div class="tile"><h2>Women's sewing circle</h2><p>Eight women meet on Wednesdays to sew and talk. They share one machine. Working <b>sewing machines</b> would let everyone sew at once.</p></div>
<div class="tile done"><h2>Car seats &mdash; DONATED</h2><p>Thank you, Grygla Lions! We received all the car seats we asked for.</p></div>
</div>
<h2>Please don't bring</h2><p>Used mattresses, broken electronics, or clothes that need washing.</p>
<h2>Money</h2><p>Cash gifts pay the rent. Give online or by check to Al-Waha Family Center.</p>
<h2>Where to drop off</h2><p>Side door on Main Ave, Monday to Thursday, 10 am&ndash;2 pm. Ring the bell.</p>
""")
PAGES["ar/index.html"] = shell("مركز الواحة للأسرة", """
<h1>مرحباً بكم في مركز الواحة للأسرة</h1>
<p>نخدم العائلات العربية والعائلات القادمة حديثاً في غريغلا والمناطق المجاورة.</p>
<h2>ساعات العمل</h2>
<p>من الاثنين إلى الخميس، من الساعة العاشرة صباحاً حتى الرابعة عصراً.</p>
<h2>نحتاج حالياً</h2>
<ul><li>حفاضات أطفال مقاس 4 و5</li><li>حليب أطفال</li><li>بطانيات</li><li>أرز وزيت طبخ</li></ul>
<h2>الملابس الصيفية</h2>
<p>لدينا ما يكفي من الملابس الصيفية، يرجى عدم إحضار المزيد الآن. شكراً لكم!</p>
<h2>عائلة أم خالد</h2>
<p>وصلت أم خالد وأطفالها الأربعة إلى غريغلا الشهر الماضي. الشقة فارغة تقريباً، وهم بحاجة إلى <b>ثلاجة</b> وغسالة ملابس وسرير للأطفال. إذا كنت تستطيع المساعدة، اتصل بنا.</p>
<h2>حفلة عيد الفطر</h2>
<p>يوم السبت بعد العيد في قاعة المدرسة. الجميع مدعوون.</p>
""", lang="ar")
PAGES["ar/tatawwu.html"] = shell("التطوع – مركز الواحة", """
<h1>أسئلة شائعة عن التطوع</h1>
<details><summary>هل تحتاجون إلى مترجمين؟</summary><p>نعم. نبحث عن <b>مترجم عربي–إنجليزي</b> يرافق العائلات إلى المواعيد الطبية في ثيف ريفر فولز، مرة أو مرتين في الشهر.</p></details>
<details><summary>هل يمكنني المساعدة إذا كانت لدي سيارة؟</summary><p>بالتأكيد. نحتاج إلى سائق متطوع لنقل كبار السن إلى السوق كل يوم أربعاء.</p></details>
<details><summary>من يعلّم الأطفال اللغة العربية؟</summary><p>نبحث عن معلمة لغة عربية للأطفال يوم السبت صباحاً. الخبرة في التدريس مفيدة.</p></details>
<details><summary>هل ما زلتم تحتاجون إلى مساعدة في الواجبات المدرسية؟</summary><p>اكتمل العدد هذا الفصل، شكراً لكل من تطوع!</p></details>
<details><summary>هل يمكنني المساعدة في رمضان؟</summary><p>نعم، نحتاج إلى متطوعين لتحضير وجبات الإفطار للعائلات كل يوم سبت في رمضان.</p></details>
<details><summary>هل تقدمون استشارات قانونية؟</summary><p>نعم، يقدم محامٍ متطوع استشارات قانونية مجانية للعائلات في أول خميس من كل شهر.</p></details>
<details><summary>كيف أسجل كمتطوع؟</summary><p>املأ استمارة التطوع في المكتب واحضر جلسة تعريفية مدتها ساعة.</p></details>
""", lang="ar")
PAGES["admin-notes/index.html"] = shell("Admin notes", """
<h1>Admin notes (staff only)</h1>
<ul><li>Need a volunteer to redo our website in Arabic and English.</li><li>Looking for a board member with nonprofit finance experience.</li><li>Freezer in the pantry needs a repair technician.</li></ul>
""")
ROBOTS = "User-agent: *\nAllow: /\nDisallow: /admin-notes/\n\nUser-agent: Bytespider\nDisallow: /\n"

PDFS = {"ramadan-flyer.pdf": ("Ramadan food boxes 2025", [
    ("title", "Al-Waha Family Center - Ramadan Food Boxes 2025"),
    ("h", "How it works"),
    ("p", "Families who want a Ramadan food box sign up at the front desk by February 20. Boxes are picked up on Fridays during Ramadan. One box per household."),
    ("h", "Volunteers needed: food box packers"),
    ("p", "We need food box packers on Thursday evenings during Ramadan, 6 to 8 pm, at the Grygla school gym. Twelve people each week. Teens welcome with a parent."),
    ("h", "Community iftar"),
    ("p", "Community iftar on Saturday, March 22, at sunset in the school gym. Everyone is welcome."),
    ("h", "Last year"),
    ("p", "In 2024 we packed 140 boxes. Thank you to all our packers and donors."),
])}

NEEDS = [
    N("donate.html", ["gently used bicycles", "kids' bikes"], "donation", "en", layout="tiles"),
    N("donate.html", ["pickup truck"], "other", "en", layout="tiles", note="loan of a truck + driver for one day: 'other'"),
    N("ar/index.html", ["نحتاج حالياً", "حفاضات أطفال"], "donation", "ar", layout="wish_list"),
    N("ar/index.html", ["عائلة أم خالد", "ثلاجة"], "donation", "ar", layout="story"),
    N("ar/tatawwu.html", ["مترجم عربي"], "skilled", "ar", ["ar", "en"], layout="faq_answer"),
    N("ar/tatawwu.html", ["سائق متطوع"], "volunteer", "ar", layout="faq_answer"),
    N("ar/tatawwu.html", ["معلمة لغة عربية"], "skilled", "ar", ["ar"], layout="faq_answer"),
    N("donate.html", ["sewing machines"], "donation", "en", layout="tiles"),
    N("ar/tatawwu.html", ["وجبات الإفطار"], "volunteer", "ar", layout="faq_answer"),
    N("ramadan-flyer.pdf", ["food box packers"], "volunteer", "en", layout="pdf"),
]
TRAPS = [
    T("index.html", "service", ["how we help", "women's english circle"]),
    T("index.html", "job", ["case manager"]),
    T("index.html", "blog", ["recent posts"]),
    T("donate.html", "filled", ["car seats"], "DONATED"),
    T("donate.html", "not_accepted", ["please don't bring"]),
    T("donate.html", "general_appeal", ["cash gifts"]),
    T("donate.html", "dropoff", ["where to drop off"]),
    T("ar/index.html", "hours", ["ساعات العمل"]),
    T("ar/index.html", "overstock", ["الملابس الصيفية"]),
    T("ar/index.html", "event", ["حفلة عيد الفطر"]),
    T("ar/tatawwu.html", "filled", ["الواجبات المدرسية"], "'اكتمل العدد' = the number is complete"),
    T("ar/tatawwu.html", "service", ["استشارات قانونية"]),
    T("ar/tatawwu.html", "how_to_apply", ["كيف أسجل كمتطوع"]),
    T("ramadan-flyer.pdf", "how_to_apply", ["how it works"]),
    T("ramadan-flyer.pdf", "event", ["community iftar"]),
    T("ramadan-flyer.pdf", "recap", ["last year", "140 boxes"]),
    T("admin-notes/index.html", "robots", ["redo our website"]),
    T("admin-notes/index.html", "robots", ["nonprofit finance"]),
    T("admin-notes/index.html", "robots", ["repair technician"]),
]
