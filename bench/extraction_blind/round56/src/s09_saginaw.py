"""Site 9: Dar Al-Huda Islamic Center, Saginaw MN. English home page (seeking an accountant, youth
mentors, prayer times, zakat, Eid), English Ramadan shift table (open / FULL / names in every slot /
not running), Arabic home page (rtl; story, 'we have run out of' formula, services, hours, recap),
Arabic volunteer table, robots /idara/. No PDF."""
from common import need, trap

SLUG = "saginaw-dar-al-huda-center"

def page(lang, title, body):
    d = ' dir="rtl"' if lang == "ar" else ""
    return """<!DOCTYPE html>
<html lang="%s"%s>
<head>
<meta charset="utf-8">
<title>%s</title>
<link rel="stylesheet" href="/wp-content/themes/generatepress/style.min.css">
</head>
<body class="page">
<header id="masthead" class="site-header">
 <div class="inside-header">
  <p class="main-title"><a href="/index.html">Dar Al-Huda Islamic Center &middot; مركز دار الهدى</a></p>
  <nav id="site-navigation"><ul id="menu-main" class="menu">
   <li><a href="/index.html">Home</a></li>
   <li><a href="/ramadan.html">Ramadan 2026</a></li>
   <li><a href="/ar/index.html">العربية</a></li>
   <li><a href="/ar/tatawwu.html">تطوع</a></li>
  </ul></nav>
 </div>
</header>
<div id="page" class="site grid-container"><div id="content" class="site-content"><main id="main" class="site-main">
<article class="page type-page"><div class="inside-article"><div class="entry-content">
%s
</div></div></article>
</main></div></div>
<footer class="site-info">
 <p>Dar Al-Huda Islamic Center &middot; 7030 Hwy 53, Saginaw, MN 55779 &middot; <span dir="ltr">(218) 555-0128</span></p>
 <p><a href="/khutbah/2025-archive.html">Khutbah archive</a> &middot; <a href="/idara/notes.html">Board (الإدارة)</a></p>
</footer>
</body>
</html>
""" % (lang, d, title, body)

INDEX = page("en", "Dar Al-Huda Islamic Center - Saginaw, MN", """
<h1>Assalamu alaikum, and welcome</h1>
<p>Dar Al-Huda serves Muslim families in Saginaw, Hermantown and the Duluth area. The center is run almost entirely by volunteers.</p>

<h2>Prayer times &amp; Jumu'ah</h2>
<p>Daily prayers follow the posted timetable. Jumu'ah khutbah at 1:15 pm (1:45 pm during daylight saving time). The building opens 30 minutes before each prayer.</p>

<h2>Seeking a volunteer accountant</h2>
<p>Our zakat fund has grown past what our treasurer can track in a paper ledger. We are seeking a volunteer accountant or experienced bookkeeper to review the books each quarter and help us move to simple accounting software. Confidentiality is essential.</p>

<h2>Mentors for Friday youth night</h2>
<p>Our Friday night youth program (ages 13&ndash;17) has grown to 35 teens and needs more adult mentors, brothers and sisters, 18 or older. 7&ndash;9 pm; a background check is required and paid for by the center.</p>

<h2>Weekend school registration</h2>
<p>Registration for Arabic and Quran weekend school opens August 15. Fill out the form at the office and bring your child's birth certificate. Tuition is $120 per semester; no child is turned away.</p>

<h2>Zakat &amp; sadaqah</h2>
<p>Give your zakat through the center and it will reach families in our own community. Donate at the office or by check.</p>

<h2>Eid al-Adha prayer and picnic</h2>
<p>Eid prayer at 8:30 am at the Saginaw community park, followed by a picnic. Bring a dish to share.</p>
""")

ROWS = [
    ("Iftar setup crew", "Weekdays 5:30&ndash;6:30 pm", "Set tables, lay out dates and water, put out chairs for about 120 people.", "4 of 6 filled &ndash; <strong>2 open</strong>", "open"),
    ("Dishwashing team", "After iftar, about 8:00&ndash;9:00 pm", "Run the dishwasher and stack the trays. Good for teens with a parent.", "<strong>3 open</strong>", "open"),
    ("Parking attendants", "Weekend nights", "Direct cars in the lot and along Hwy 53.", "FULL", "full"),
    ("Restaurant food pickup", "Daily 4:30 pm", "Yusuf &middot; Hana &middot; Omar &middot; Salma", "&#10004; &#10004; &#10004; &#10004;", "full"),
    ("Suhoor cooks", "&mdash;", "We are not serving suhoor at the center this year.", "Not running", "full"),
    ("Children's corner (Arabic storytelling)", "Saturdays 6:00&ndash;7:00 pm", "Read Ramadan stories aloud in Arabic to children ages 4&ndash;9 while parents pray taraweeh. You must read Arabic fluently.", "<strong>2 open</strong>", "open"),
]
RAM = page("en", "Ramadan 2026 Volunteer Schedule - Dar Al-Huda", """
<h1>Ramadan 1447 / 2026 volunteer schedule</h1>
<p>Ramadan is expected to begin around February 18, 2026. Sign up with Sister Salma at the office or by text at <span dir="ltr">(218) 555-0128</span>.</p>
<table class="shift-table">
<thead><tr><th>Team</th><th>When</th><th>Details</th><th>Slots</th></tr></thead>
<tbody>
""" + "\n".join('<tr class="%s"><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>' % (c, a, b, d, e) for a, b, d, e, c in ROWS) + """
</tbody>
</table>
<h2>Community iftar every Saturday</h2>
<p>Everyone is welcome &ndash; Muslim or not &ndash; at our Saturday community iftar. Sunset, in the main hall.</p>
""")

AR = page("ar", "مركز دار الهدى الإسلامي", """
<h1>مرحباً بكم في مركز دار الهدى الإسلامي</h1>
<p>يخدم المركز العائلات المسلمة في ساغيناو وهيرمانتاون ودولوث منذ عام 2012، ومعظم العاملين فيه من المتطوعين.</p>

<h2>خدماتنا</h2>
<ul>
 <li>دروس اللغة الإنجليزية للنساء يومي الاثنين والأربعاء</li>
 <li>المساعدة في تعبئة طلبات السكن والمساعدات الغذائية</li>
 <li>مدرسة نهاية الأسبوع لتعليم العربية والقرآن</li>
</ul>

<h2>أوقات المكتب</h2>
<p>من الاثنين إلى الخميس: من 10 صباحاً حتى 4 عصراً. الجمعة: بعد صلاة الجمعة فقط.</p>

<h2>عائلة أبو خالد</h2>
<p>وصلت عائلة أبو خالد، وهي سبعة أفراد، من مخيم الزعتري في الأردن في شهر أيلول. الشقة التي استأجرتها العائلة شبه فارغة، وينام الأطفال على بطانيات فوق الأرض. تحتاج العائلة إلى أسرّة للأطفال، وطاولة طعام مع كراسٍ، وأدوات مطبخ. للتبرع اتصلوا بالأخت سلمى على <span dir="ltr">(218) 555-0128</span>.</p>

<h2>نفد مخزوننا من حليب الأطفال</h2>
<p>نفد مخزوننا تماماً من حليب الرضّع (سيميلاك وإنفاميل) ومن الحفاضات مقاس 3 و4. نرجو إحضارها إلى المكتب في أوقات الدوام.</p>

<h2>حصاد العام الماضي</h2>
<p>في العام الماضي وزّعنا 260 سلة غذائية في رمضان، وجمعنا 18,000 دولار من الزكاة للعائلات المحتاجة. جزاكم الله خيراً.</p>
""")

TAT = page("ar", "التطوع - مركز دار الهدى", """
<h1>التطوع في المركز</h1>
<p>آخر تحديث: 1 تشرين الأول 2025</p>
<table class="roles">
 <thead><tr><th>الدور</th><th>الموعد</th><th>الحالة</th></tr></thead>
 <tbody>
  <tr><td>مترجم عربي&ndash;إنجليزي للمواعيد الطبية</td><td>حسب الحاجة، صباحاً غالباً</td><td><b>مطلوب</b></td></tr>
  <tr><td>معلمة قرآن للأطفال (المستوى المبتدئ)</td><td>السبت والأحد 10&ndash;12</td><td><b>مطلوب شخصان</b></td></tr>
  <tr><td>سائق لنقل كبار السن إلى صلاة الجمعة</td><td>الجمعة 12:30 ظهراً</td><td><b>مطلوب</b></td></tr>
  <tr><td>تنظيف المصلى بعد صلاة الجمعة</td><td>الجمعة</td><td>اكتمل العدد، جزاكم الله خيراً</td></tr>
  <tr><td>منسق الأنشطة الشبابية (وظيفة براتب)</td><td>20 ساعة أسبوعياً</td><td>براتب &ndash; أرسل سيرتك الذاتية</td></tr>
 </tbody>
</table>

<h2>كيفية التسجيل كمتطوع</h2>
<p>املأ استمارة التطوع في المكتب أو أرسل رسالة نصية إلى الأخت سلمى. المتطوعون الذين يعملون مع الأطفال يجب أن يجتازوا فحص الخلفية.</p>
""")

IDARA = page("en", "Board notes", """
<h1>Board notes &ndash; September 2025</h1>
<ol>
 <li>Roof over the women's entrance leaks: need a contractor.</li>
 <li>Find an imam for taraweeh for Ramadan 2026.</li>
 <li>Budget for a new sound system.</li>
</ol>
""")

PAGES = {
    "index.html": INDEX,
    "ramadan.html": RAM,
    "ar/index.html": AR,
    "ar/tatawwu.html": TAT,
    "idara/notes.html": IDARA,
}

ROBOTS = """User-agent: Googlebot
Allow: /

User-agent: *
Disallow: /idara/
"""

PDFS = {}

NEEDS = [
    need("index.html", ["accountant"], "skilled", "en", [], "seeking"),
    need("index.html", ["mentors"], "volunteer", "en", [], "heading_paragraph"),
    need("ramadan.html", ["iftar setup"], "volunteer", "en", [], "shift_table", "2 open"),
    need("ramadan.html", ["dishwashing"], "volunteer", "en", [], "shift_table", "3 open"),
    need("ramadan.html", ["storytelling", "children's corner"], "skilled", "en", ["ar"], "shift_table",
         "must read Arabic fluently"),
    need("ar/index.html", ["عائلة أبو خالد"], "donation", "ar", [], "story",
         "beds, dining table, kitchen things"),
    need("ar/index.html", ["حليب"], "donation", "ar", [], "short_on", "'we have run out of' formula and diapers"),
    need("ar/tatawwu.html", ["مترجم"], "skilled", "ar", ["ar", "en"], "shift_table"),
    need("ar/tatawwu.html", ["معلمة قرآن"], "skilled", "ar", ["ar"], "shift_table"),
    need("ar/tatawwu.html", ["سائق"], "volunteer", "ar", [], "shift_table"),
]

TRAPS = [
    trap("index.html", "hours", ["prayer times"]),
    trap("index.html", "how_to_apply", ["weekend school registration"]),
    trap("index.html", "general_appeal", ["zakat & sadaqah"]),
    trap("index.html", "event", ["eid al-adha"]),
    trap("ramadan.html", "filled", ["parking attendants"], "FULL"),
    trap("ramadan.html", "filled", ["restaurant food pickup"], "four names, four ticks"),
    trap("ramadan.html", "filled", ["suhoor cooks"], "not running this year"),
    trap("ramadan.html", "event", ["community iftar"]),
    trap("ar/index.html", "service", ["دروس اللغة الإنجليزية"]),
    trap("ar/index.html", "service", ["تعبئة طلبات السكن"]),
    trap("ar/index.html", "hours", ["أوقات المكتب"]),
    trap("ar/index.html", "recap", ["260 سلة"]),
    trap("ar/tatawwu.html", "filled", ["تنظيف المصلى"], "'اكتمل العدد'"),
    trap("ar/tatawwu.html", "job", ["منسق الأنشطة"], "paid"),
    trap("ar/tatawwu.html", "how_to_apply", ["كيفية التسجيل"]),
    trap("idara/notes.html", "robots", ["contractor"]),
    trap("idara/notes.html", "robots", ["taraweeh"]),
    trap("idara/notes.html", "robots", ["sound system"]),
]
