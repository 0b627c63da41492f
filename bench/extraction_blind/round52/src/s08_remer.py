"""Site 8: Remer Al-Yaqeen Family Center. Arabic (rtl) + English.
Arabic home with a need in a sidebar box; Arabic task table with a two-row merged header
and a status column; Arabic donation page with list, 'no longer needed' item, family story;
English page with side-by-side English | Arabic columns (each need stated twice);
English PDF camp flyer; robots /idara/."""
from util import N, T

SLUG = "remer-al-yaqeen-family-center"


def page(lang, title, body, rtl=True):
    return """<!DOCTYPE html>
<html lang="%s"%s>
<head>
<meta charset="utf-8">
<title>%s</title>
<link rel="stylesheet" href="/css/bootstrap.min.css">
<style>
body{font-family:"Noto Naskh Arabic",Tahoma,sans-serif;margin:0}
.navbar{background:#14532d;padding:10px 20px}.navbar a{color:#fff;margin:0 10px}
.container{max-width:960px;margin:0 auto;padding:20px}
.row{display:flex;gap:24px}.col-main{flex:3}.col-side{flex:1;background:#f0f7f2;padding:12px;border-radius:6px}
table.tbl{border-collapse:collapse;width:100%%}table.tbl td,table.tbl th{border:1px solid #aaa;padding:6px}
.twocol{display:grid;grid-template-columns:1fr 1fr;gap:20px}.twocol>div{padding:10px;border-top:3px solid #14532d}
footer{background:#eee;padding:14px 20px;font-size:13px}
</style>
</head>
<body>
<div class="navbar"><a href="/">الرئيسية</a><a href="/tatawu.html">تطوع</a><a href="/tabarru.html">تبرع</a><a href="/en/">English</a><a href="/flyer.pdf">Camp flyer</a></div>
<div class="container">
%s
</div>
<footer>مركز اليقين للعائلات &middot; 12 Railroad Ave, Remer, MN &middot; <span dir="ltr">218-555-0181</span> &middot; <a href="/idara/">الإدارة</a> &middot; <a href="/suwar/eid-al-adha.html">صور عيد الأضحى</a></footer>
</body>
</html>
""" % (lang, ' dir="rtl"' if rtl else "", title, body)


INDEX = page("ar", "مركز اليقين للعائلات", """
<div class="row">
<div class="col-main">
<h1>مركز اليقين للعائلات</h1>
<p>مركز مجتمعي يخدم العائلات العربية في مقاطعة كاس منذ عام ٢٠١٥.</p>
<h2>ساعات العمل</h2>
<p>من الأحد إلى الخميس، من العاشرة صباحاً حتى الرابعة عصراً.</p>
<h2>خدماتنا</h2>
<ul><li>دروس اللغة الإنجليزية مجاناً للكبار</li><li>مساعدة في ملء طلبات المساعدة الغذائية</li></ul>
<h2>لقاء العائلات الشهري</h2>
<p>يوم الجمعة الأخير من كل شهر بعد صلاة المغرب. عشاء خفيف للجميع.</p>
<p><a href="/tatawu.html">تطوع معنا</a> &mdash; هناك مكان للجميع.</p>
</div>
<div class="col-side">
<h4>مطلوب</h4>
<p>نحتاج متطوعاً يجيد تصميم المواقع لتحديث موقعنا وإضافة صفحة باللغة الإنجليزية. العمل من المنزل.</p>
</div>
</div>
""")

TATAWU = page("ar", "تطوع", """
<h1>فرص التطوع</h1>
<table class="tbl">
<thead>
<tr><th rowspan="2">المهمة</th><th colspan="2">الموعد</th><th rowspan="2">الحالة</th></tr>
<tr><th>اليوم</th><th>الوقت</th></tr>
</thead>
<tbody>
<tr><td>مترجمون (عربي&ndash;إنجليزي) للمواعيد الطبية</td><td>الثلاثاء والخميس</td><td>٩&ndash;١٢ صباحاً</td><td>نحتاج اثنين</td></tr>
<tr><td>سائقون متطوعون</td><td>السبت</td><td>١٠&ndash;٢</td><td>اكتمل العدد &#10003;</td></tr>
<tr><td>معلمة خياطة للنساء</td><td>الأربعاء</td><td>٦&ndash;٨ مساءً</td><td>مطلوبة</td></tr>
<tr><td>مساعدون في الواجبات المدرسية</td><td>الاثنين&ndash;الخميس</td><td>٤&ndash;٦ مساءً</td><td>ما زلنا بحاجة إلى ثلاثة</td></tr>
<tr><td>منظمو الإفطار الجماعي</td><td>رمضان</td><td>&mdash;</td><td>انتهى الموسم</td></tr>
</tbody>
</table>
<h2>وظيفة مدفوعة الأجر</h2>
<p>منسق برامج الشباب، ٢٥ ساعة أسبوعياً، ١٨ دولاراً في الساعة. أرسل سيرتك الذاتية قبل ١ نوفمبر.</p>
""")

TABARRU = page("ar", "تبرع", """
<h1>التبرعات العينية</h1>
<h2>مستلزمات الأطفال</h2>
<p>نبحث عن تبرعات من:</p>
<ul><li>حفاضات (مقاس ٤ و٥)</li><li>حليب أطفال</li><li>مناديل مبللة</li></ul>
<h2>البطانيات</h2>
<p>لم نعد بحاجة إليها، شكراً لكرمكم. يرجى عدم إحضار المزيد.</p>
<h2>عائلة أم يوسف</h2>
<p>وصلت أم يوسف وأطفالها الأربعة من الأردن في الصيف. الشقة فيها أثاث بسيط، لكنها تحتاج إلى ثلاجة وغسالة ملابس. إذا كان لديك واحدة بحالة جيدة، اتصل بنا.</p>
<h2>زكاتك تصنع الفرق</h2>
<p>تبرع الآن عبر الإنترنت أو في المركز.</p>
<p><b>أوقات استلام التبرعات:</b> السبت من ١٠ إلى ١.</p>
""")

EN = page("en", "Al-Yaqeen Family Center - English", """
<h1>Al-Yaqeen Family Center: English and Arabic</h1>
<p>This page is written in both languages, side by side, so that every family and every neighbor can read it. We are getting a new community room ready in the old hardware store building and could use help.</p>
<div class="twocol">
<div>
<h3>Volunteer electrician</h3>
<p>Our new community room needs two outlets and the ceiling lights checked by a licensed electrician before the city inspection. We will buy all the materials.</p>
<h3>Folding tables (8)</h3>
<p>We need eight sturdy folding tables for classes and meals in the new room.</p>
<h3>Painters</h3>
<p>Done &mdash; thank you to the youth group for two weekends of painting!</p>
<h3>Open house</h3>
<p>Saturday, December 7, 1&ndash;4 pm. Tea, sweets and a tour. Everyone is welcome.</p>
</div>
<div lang="ar" dir="rtl">
<h3>كهربائي متطوع</h3>
<p>تحتاج القاعة الجديدة إلى فحص مقبسين والإضاءة من قبل كهربائي مرخص قبل تفتيش المدينة. سنشتري جميع المواد.</p>
<h3>طاولات قابلة للطي (٨)</h3>
<p>نحتاج ثماني طاولات متينة للدروس والوجبات.</p>
<h3>الدهانون</h3>
<p>تم العمل، شكراً لمجموعة الشباب!</p>
<h3>يوم مفتوح</h3>
<p>السبت ٧ ديسمبر، ١&ndash;٤ مساءً. شاي وحلويات.</p>
</div>
</div>
""", rtl=False)

IDARA = page("ar", "الإدارة", """
<h1>للإدارة فقط</h1>
<ul>
<li>نحتاج أمين صندوق جديد قبل نهاية السنة.</li>
<li>كاتب منح لطلب التمويل من المؤسسة.</li>
<li>منسق لحفل العيد القادم.</li>
</ul>
""")

PAGES = {
    "index.html": INDEX,
    "tatawu.html": TATAWU,
    "tabarru.html": TABARRU,
    "en/index.html": EN,
    "idara/index.html": IDARA,
}

ROBOTS = """User-agent: Googlebot
Disallow:

User-agent: *
Disallow: /idara/
"""

PDFS = {
    "flyer.pdf": ("Summer day camp", [
        ("title", "AL-YAQEEN SUMMER DAY CAMP 2025"),
        ("p", "Ages 7-13, July 7 - August 8, Monday to Thursday, 9 am - 3 pm."),
        ("gap", ""),
        ("cols", (
            [("h", "Camp counselors wanted"),
             ("p", "We need six volunteer counselors age 17 and up to lead games, crafts and swimming days. "
                   "Pick one week or all five. Arabic is a plus, not a must. Background check required.")],
            [("h", "Registration"),
             ("p", "Registration forms are due June 1. Pick one up at the center or ask for one by email."),
             ("gap", ""),
             ("h", "Camp fee"),
             ("p", "$40 per week. Scholarships are available for every family that asks.")],
        )),
    ]),
}

NEEDS = [
    N("index.html", ["تصميم المواقع"], "skilled", "ar", layout="sidebar"),
    N("tatawu.html", ["مترجمون"], "skilled", "ar", ["ar", "en"], layout="table_merged_header"),
    N("tatawu.html", ["معلمة خياطة"], "skilled", "ar", layout="table_merged_header"),
    N("tatawu.html", ["الواجبات المدرسية"], "volunteer", "ar", layout="table_merged_header",
      note="'ما زلنا بحاجة إلى ثلاثة' (still need three)"),
    N("tabarru.html", ["مستلزمات الأطفال", "حفاضات"], "donation", "ar", layout="wish_list"),
    N("tabarru.html", ["أم يوسف", "ثلاجة"], "donation", "ar", layout="story"),
    N("en/index.html", ["electrician", "كهربائي"], "skilled", "en", layout="side_by_side_bilingual",
      note="stated in English and Arabic columns; one need"),
    N("en/index.html", ["folding tables", "طاولات قابلة للطي"], "donation", "en",
      layout="side_by_side_bilingual", note="stated twice; one need"),
    N("flyer.pdf", ["camp counselors", "counselors"], "volunteer", "en", ["ar"], layout="pdf_two_column",
      note="'Arabic is a plus' = a preference"),
]

TRAPS = [
    T("index.html", "hours", ["ساعات العمل"]),
    T("index.html", "service", ["دروس اللغة الإنجليزية"]),
    T("index.html", "service", ["المساعدة الغذائية"]),
    T("index.html", "event", ["لقاء العائلات الشهري"]),
    T("index.html", "teaser", ["تطوع معنا"]),
    T("tatawu.html", "filled", ["سائقون"], "'اكتمل العدد'"),
    T("tatawu.html", "filled", ["الإفطار الجماعي"], "'انتهى الموسم'"),
    T("tatawu.html", "job", ["منسق برامج الشباب"]),
    T("tabarru.html", "filled", ["البطانيات"], "'لم نعد بحاجة إليها ... يرجى عدم إحضار المزيد'"),
    T("tabarru.html", "general_appeal", ["زكاتك"]),
    T("tabarru.html", "hours", ["أوقات استلام التبرعات"]),
    T("en/index.html", "filled", ["painters", "الدهانون"]),
    T("en/index.html", "event", ["open house", "يوم مفتوح"]),
    T("flyer.pdf", "how_to_apply", ["registration forms"]),
    T("flyer.pdf", "service", ["camp fee", "scholarships"]),
    T("idara/index.html", "robots", ["أمين صندوق"]),
    T("idara/index.html", "robots", ["كاتب منح"]),
    T("idara/index.html", "robots", ["حفل العيد"]),
]
