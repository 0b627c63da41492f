from common import N, T

SLUG = "renville-dar-al-hikma-center"

NAV_AR = """<nav class="nav">
 <a href="/index.html">الرئيسية</a> &bull;
 <a href="/tatawwu.html">التطوع</a> &bull;
 <a href="/nashra.html">النشرة</a> &bull;
 <a href="/en/index.html">English</a> &bull;
 <a class="donate" href="https://www.launchgood.com/dar-al-hikma-renville">تبرع الآن</a>
</nav>"""

FOOT = """<footer class="foot">
 <p>مركز دار الحكمة للأسرة &middot; <span dir="ltr">302 N Main St, Renville, MN 56284</span> &middot; <span dir="ltr">(320) 555-0164</span></p>
 <p><a href="/flyers/winter-warmth-drive.pdf">Winter Warmth Drive (PDF)</a> &middot; <a href="/suwar/eid-2024.html">صور العيد</a> &middot; <a href="/idara/mahdar.html">الإدارة</a></p>
</footer>"""


def page(lang, title, body, rtl=True):
    d = ' dir="rtl"' if rtl else ""
    return """<!DOCTYPE html>
<html lang="%s"%s>
<head><meta charset="utf-8"><title>%s</title>
<link rel="stylesheet" href="/css/hikma.css"></head>
<body>
%s
<div class="page">
%s
</div>
%s
</body>
</html>
""" % (lang, d, title, NAV_AR, body, FOOT)


INDEX = page("ar", "مركز دار الحكمة للأسرة", """
<h1>مركز دار الحكمة للأسرة &ndash; رينفيل</h1>
<p>أهلاً وسهلاً بكم. نخدم العائلات العربية في رينفيل وأوليفيا وبيرد آيلاند منذ عام 2017.</p>

<h2>مواعيد العمل</h2>
<p>من الأحد إلى الخميس، من العاشرة صباحا حتى السادسة مساء.</p>

<h2>خدماتنا</h2>
<p>نساعد العائلات في تعبئة طلبات التأمين الصحي والمساعدات الغذائية، ونقدم دروسا مسائية في اللغة الإنجليزية للكبار.</p>

<h2>نبحث عن متطوعات لتعليم اللغة الإنجليزية للأمهات</h2>
<p>كثير من الأمهات في مجتمعنا لا يستطعن حضور الدروس المسائية. نبحث عن متطوعات يعلمن اللغة الإنجليزية للأمهات صباح
يوم الثلاثاء في المركز، ونحن نوفر رعاية للأطفال أثناء الدرس.</p>

<h2>يوم العائلة الرياضي</h2>
<p>السبت 8 تشرين الثاني في ملعب مدرسة رينفيل: سباقات للأطفال وكرة قدم وشاي وحلويات.</p>

<h2>ادعموا المركز</h2>
<p>زكاتكم وصدقاتكم تساعدنا على دفع الإيجار والكهرباء. يمكنكم التبرع عبر الموقع أو في المركز.</p>

<div class="blog-teaser">
 <h3>من مدونتنا: كيف تعلمت أم يوسف قيادة السيارة في الخمسين</h3>
 <p><a href="/nashra.html">اقرأ المزيد</a></p>
</div>
""")

TATAWWU = page("ar", "التطوع", """
<h1>جدول المتطوعين</h1>
<p>الخانات المكتوب فيها &laquo;مطلوب&raquo; ما زالت تحتاج إلى متطوعين.</p>
<table class="status">
<thead><tr><th>المهمة</th><th>الموعد</th><th>العدد</th><th>الحالة</th></tr></thead>
<tbody>
<tr><td>سائقون لتوصيل السلال الغذائية إلى البيوت</td><td>السبت 10&ndash;12</td><td>3</td><td>مطلوب 3</td></tr>
<tr><td>مترجم عربي&ndash;إنجليزي في العيادة المجانية</td><td>الأربعاء</td><td>1</td><td>تم التكفل، شكرا لكم</td></tr>
<tr><td>مساعدة الطلاب في الواجبات المدرسية</td><td>الاثنين والخميس 4&ndash;6</td><td>4</td><td>مطلوب 2</td></tr>
<tr><td>تنظيف المصلى بعد صلاة الجمعة</td><td>الجمعة</td><td>4</td><td>العدد مكتمل</td></tr>
</tbody>
</table>
<h2>كيف تسجل</h2>
<p>أرسل اسمك ورقم هاتفك عبر واتساب إلى الأخت سارة على الرقم <span dir="ltr">(320) 555-0164</span>.</p>
""")

NASHRA = page("ar", "النشرة", """
<h1>نشرة المركز &ndash; تشرين الثاني</h1>

<h2>أخبار المركز</h2>
<p>انتهينا من طلاء قاعة الدروس، ووصلت أربعة حواسيب جديدة من مكتبة المقاطعة. كما نحتاج إلى سباك متطوع يصلح تسرب
المياه تحت مغاسل الوضوء قبل الشتاء، لأن الأرضية بدأت تتلف. وسيبدأ فصل القرآن للأطفال يوم السبت القادم.</p>

<h2>عائلة السيدة أمل</h2>
<p>السيدة أمل أرملة وصلت مع أطفالها الأربعة من الأردن قبل شهرين. تعيش العائلة في شقة صغيرة بلا غسالة ملابس، وينام
الأطفال على فرشات على الأرض. تحتاج العائلة إلى غسالة ملابس وأسرة للأطفال. من يستطيع المساعدة فليتصل بالمركز.</p>

<h2>المعاطف الشتوية</h2>
<p>لم نعد بحاجة إلى المزيد من المعاطف، فالمخزن ممتلئ. جزاكم الله خيرا.</p>

<h2>إفطار رمضان الجماعي</h2>
<p>حضر الإفطار الجماعي في رمضان الماضي 250 من أبناء الجالية وجيراننا.</p>

<h2>تعرفوا على الشيخ خالد</h2>
<p>الشيخ خالد إمام المصلى منذ 2019، درس في جامعة الأزهر وهو أب لثلاثة أطفال.</p>

<h2>أم يوسف خلف المقود</h2>
<p>تعلمت أم يوسف قيادة السيارة وهي في الخمسين... القصة كاملة في العدد القادم.</p>
""")

EN = page("en", "Dar Al-Hikma Family Center", """
<h1>Dar Al-Hikma Family Center</h1>
<p>A family center for Arabic-speaking newcomers in Renville County. Most of our site is in Arabic.</p>

<h2>Center hours</h2>
<p>Sunday through Thursday, 10 am to 6 pm.</p>

<h2>Volunteer mentor for Arabic-speaking teens</h2>
<p>Two high-school students who arrived from Syria last year would love an older friend. We are looking for a college
student or young professional who speaks Arabic to meet them twice a month, help with college plans and maybe shoot some
hoops.</p>

<h2>Job: part-time Quran teacher</h2>
<p>Paid position, 6 hours a week, $20 an hour. Send your CV to the center.</p>

<h2>English classes for adults: how to enroll</h2>
<p>Come to the center on a Monday evening with your ID. We will test your level and place you in a class.</p>
""", rtl=False)

IDARA = page("ar", "الإدارة", """
<h1>محضر اجتماع الإدارة (داخلي)</h1>
<ul>
 <li>البحث عن محاسب متطوع لمراجعة الحسابات.</li>
 <li>طلب ثلاجة كبيرة للمطبخ.</li>
 <li>تعيين مسؤول جديد للعلاقات العامة.</li>
</ul>
""")

PAGES = {"index.html": INDEX, "tatawwu.html": TATAWWU, "nashra.html": NASHRA, "en/index.html": EN,
         "idara/mahdar.html": IDARA}

ROBOTS = """User-agent: *
Disallow: /idara/
"""

PDFS = {
    "flyers/winter-warmth-drive.pdf": ("Winter Warmth Drive - Dar Al-Hikma", [
        ("title", "WINTER WARMTH DRIVE"),
        ("p", "Dar Al-Hikma Family Center - 302 N Main St, Renville, MN 56284 - (320) 555-0164"),
        ("h", "What we are collecting"),
        ("p", "Men's winter boots, sizes 9 to 12, and insulated work gloves. Many newcomer fathers work outdoor jobs "
              "at the sugar plant and on farms and have only sneakers. New or gently used, please."),
        ("h", "Drop-off times"),
        ("p", "Sunday to Thursday, 10 am - 6 pm, at the side door."),
        ("h", "Last year's drive"),
        ("p", "Last winter you gave 140 coats. Thank you, Renville!"),
    ]),
}

NEEDS = [
    N("index.html", ["تعليم اللغة الإنجليزية للأمهات"], "skilled", "ar", ["en"], layout="seeking",
      note="'نبحث عن' = we are looking for"),
    N("tatawwu.html", ["توصيل السلال الغذائية"], "volunteer", "ar", layout="shift_table"),
    N("tatawwu.html", ["الواجبات المدرسية"], "skilled", "ar", layout="shift_table", note="homework help, 2 of 4"),
    N("nashra.html", ["سباك متطوع"], "skilled", "ar", layout="newsletter_buried"),
    N("nashra.html", ["عائلة السيدة أمل", "غسالة ملابس"], "donation", "ar", layout="story"),
    N("en/index.html", ["mentor for arabic-speaking teens"], "skilled", "en", ["ar"], layout="heading_paragraph"),
    N("flyers/winter-warmth-drive.pdf", ["winter boots", "work gloves"], "donation", "en", layout="pdf"),
]

TRAPS = [
    T("index.html", "hours", ["مواعيد العمل"]),
    T("index.html", "service", ["خدماتنا"]),
    T("index.html", "event", ["يوم العائلة الرياضي"]),
    T("index.html", "general_appeal", ["ادعموا المركز"]),
    T("index.html", "blog", ["من مدونتنا"]),
    T("tatawwu.html", "filled", ["مترجم عربي"], "'تم التكفل' = it has been taken care of"),
    T("tatawwu.html", "filled", ["تنظيف المصلى"], "'العدد مكتمل' = the number is complete"),
    T("tatawwu.html", "how_to_apply", ["كيف تسجل"]),
    T("nashra.html", "filled", ["المعاطف الشتوية"], "'لم نعد بحاجة' = we no longer need"),
    T("nashra.html", "recap", ["إفطار رمضان الجماعي"]),
    T("nashra.html", "bio", ["تعرفوا على الشيخ خالد"]),
    T("nashra.html", "blog", ["أم يوسف خلف المقود"]),
    T("en/index.html", "hours", ["center hours"]),
    T("en/index.html", "job", ["quran teacher"]),
    T("en/index.html", "how_to_apply", ["how to enroll"]),
    T("flyers/winter-warmth-drive.pdf", "hours", ["drop-off times"]),
    T("flyers/winter-warmth-drive.pdf", "recap", ["140 coats"]),
    T("idara/mahdar.html", "robots", ["محاسب متطوع"]),
    T("idara/mahdar.html", "robots", ["ثلاجة كبيرة"]),
    T("idara/mahdar.html", "robots", ["للعلاقات العامة"]),
]
