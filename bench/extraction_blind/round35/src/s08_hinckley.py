"""Hinckley, MN: Dar Al-Salam Family House (made up). Drupal 7 with a views table and <details>, Arabic + English."""
from common import N, T

SLUG = "hinckley-dar-al-salam-family-house"


def head(lang, title):
    d = ' dir="rtl"' if lang == "ar" else ""
    return """<!DOCTYPE html>
<html lang="%s"%s>
<head>
<meta charset="utf-8" />
<meta name="Generator" content="Drupal 7 (http://drupal.org)" />
<title>%s</title>
<link type="text/css" rel="stylesheet" href="/sites/default/files/css/css_bartik.css" media="all" />
</head>
<body class="html not-front page-node">
<div id="page-wrapper"><div id="page">
<div id="header"><div class="section clearfix">
  <a href="/index.html" title="Home" rel="home" id="logo"><img src="/sites/default/files/logo.png" alt="Dar Al-Salam" /></a>
  <div id="name-and-slogan"><div id="site-name"><strong><a href="/index.html"><span>دار السلام للعائلات</span></a></strong></div></div>
  <div id="main-menu" class="navigation"><ul class="links inline clearfix">
    <li class="menu-218 first"><a href="/index.html">الرئيسية</a></li>
    <li class="menu-219"><a href="/tatawwu.html">التطوع</a></li>
    <li class="menu-220"><a href="/tabarru.html">التبرعات</a></li>
    <li class="menu-221 last"><a href="/en/index.html">English</a></li>
  </ul></div>
</div></div>
<div id="main-wrapper"><div id="main" class="clearfix"><div id="content" class="column"><div class="section">
""" % (lang, d, title)


FOOT = """</div></div></div></div>
<div id="footer-wrapper"><div class="section"><div id="footer" class="clearfix">
  <p>Dar Al-Salam Family House &middot; 412 Fire Monument Rd, Hinckley, MN 55037 &middot; <span dir="ltr">320-555-0185</span></p>
  <p><a href="/suwar/eid-2023.html">صور العيد</a> &middot; <a href="/idara/mahdar.html">الإدارة</a></p>
</div></div></div>
</div></div>
</body>
</html>
"""

INDEX = head("ar", "دار السلام للعائلات | الرئيسية") + """
<h1 class="title" id="page-title">أهلاً بكم في دار السلام للعائلات</h1>
<div class="field-name-body">
  <p>دار السلام مركز مجتمعي صغير يخدم العائلات العربية في مقاطعة باين منذ عام ٢٠١٥.</p>
  <h2>خدماتنا</h2>
  <p>دروس مجانية في اللغة الإنجليزية للكبار، ومساعدة في تعبئة طلبات السكن والتأمين الصحي، وترجمة الرسائل الرسمية.</p>
  <h2>ساعات العمل</h2>
  <p>من الاثنين إلى الخميس، من العاشرة صباحاً حتى الرابعة مساءً. الجمعة مغلق.</p>
  <h2>الإفطار الجماعي</h2>
  <p>ندعوكم جميعاً إلى الإفطار الجماعي يوم السبت ١٥ مارس في قاعة مدرسة هينكلي. الدعوة عامة.</p>
  <h2>صندوق الزكاة</h2>
  <p>تبرعاتكم المالية تساعدنا على دفع إيجار المركز ومساعدة العائلات المحتاجة. يمكنكم التبرع في المكتب أو عبر الإنترنت.</p>
</div>
""" + FOOT

TAT = head("ar", "التطوع | دار السلام") + """
<h1 class="title" id="page-title">فرص التطوع</h1>
<div class="view view-volunteer-roles view-display-id-page">
  <div class="view-content">
    <table class="views-table cols-3">
      <thead><tr><th class="views-field views-field-title">الدور</th><th class="views-field views-field-field-day">اليوم</th><th class="views-field views-field-field-status">الحالة</th></tr></thead>
      <tbody>
        <tr class="odd views-row-first"><td class="views-field-title">مترجم طبي (عربي - إنجليزي)</td><td>حسب المواعيد</td><td>مطلوب شخصان</td></tr>
        <tr class="even"><td class="views-field-title">مدرب كرة قدم للأولاد</td><td>السبت صباحاً</td><td>مطلوب</td></tr>
        <tr class="odd"><td class="views-field-title">سائق لتوصيل سلال الطعام</td><td>الخميس</td><td>مطلوب ٣ سائقين</td></tr>
        <tr class="even"><td class="views-field-title">منظم المكتبة</td><td>الأربعاء</td><td>مكتمل</td></tr>
        <tr class="odd views-row-last"><td class="views-field-title">مصور لحفل التخرج</td><td>&mdash;</td><td>لم نعد بحاجة إليه</td></tr>
      </tbody>
    </table>
  </div>
</div>
<h2>كيف تتطوع؟</h2>
<p>املأ استمارة التطوع في المكتب خلال ساعات العمل، وسنتصل بك خلال أسبوع لترتيب لقاء تعريفي قصير.</p>
""" + FOOT

TAB = head("ar", "التبرعات | دار السلام") + """
<h1 class="title" id="page-title">التبرعات العينية</h1>
<p>اضغط على كل قسم لمعرفة التفاصيل.</p>
<details open>
  <summary>مواد غذائية</summary>
  <ul><li>أرز بسمتي</li><li>عدس أحمر</li><li>زيت زيتون</li><li>حليب أطفال</li></ul>
</details>
<details>
  <summary>أثاث لعائلة وصلت حديثاً</summary>
  <p>وصلت عائلة أم خالد من الأردن الشهر الماضي مع أربعة أطفال. الشقة فارغة تقريباً، ويحتاجون إلى طاولة طعام وكراسي ومدفأة
  كهربائية.</p>
</details>
<details>
  <summary>معاطف الشتاء</summary>
  <p>اكتفينا من المعاطف الشتوية، شكراً لكم! لا نستطيع استقبال المزيد هذا العام.</p>
</details>
<details>
  <summary>حقائب مدرسية</summary>
  <p>نحن بحاجة ماسة إلى ٤٠ حقيبة مدرسية قبل بداية العام الدراسي في سبتمبر.</p>
</details>
<h2>حصيلة حملة رمضان الماضي</h2>
<p>وزعنا ٢١٠ سلة غذائية على العائلات في هينكلي وبين سيتي. جزاكم الله خيراً.</p>
""" + FOOT

EN = head("en", "Dar Al-Salam Family House | English") + """
<h1 class="title" id="page-title">Dar Al-Salam Family House</h1>
<div class="field-name-body">
  <p>We are a small community center for Arab families in Pine County. Most of our pages are in Arabic; this page is for partners
  and neighbors.</p>
  <h2>Our director</h2>
  <p>Dr. Samira Haddad trained as a pediatrician in Damascus and has led the center since 2018.</p>
  <h2>Help wanted: website</h2>
  <p>Our site is hard to update and half of it is out of date. We are looking for a volunteer web designer who can rebuild it in
  Arabic and English, right-to-left layout included.</p>
  <h2>Job opening: Family Advocate</h2>
  <p>Full-time, paid, with benefits. Arabic and English required. Send a cover letter to the director.</p>
  <h2>Borrow our van</h2>
  <p>Our 12-passenger van is available to other community groups on Sundays. Call to reserve it.</p>
</div>
""" + FOOT

IDARA = head("ar", "محضر الإدارة") + """
<h1 class="title">محضر اجتماع الإدارة (داخلي)</h1>
<ul>
  <li>نحتاج أمين صندوق جديد.</li>
  <li>طلب ثلاجة كبيرة للمطبخ.</li>
  <li>متطوع لصيانة التدفئة في القاعة.</li>
</ul>
""" + FOOT

PAGES = {
    "index.html": INDEX,
    "tatawwu.html": TAT,
    "tabarru.html": TAB,
    "en/index.html": EN,
    "idara/mahdar.html": IDARA,
}

ROBOTS = """#
# robots.txt (Drupal)
#
User-agent: *
Crawl-delay: 10
# Directories
Disallow: /includes/
Disallow: /misc/
Disallow: /modules/
Disallow: /idara/
# Paths (clean URLs)
Disallow: /admin/
Disallow: /user/login/
"""

PDFS = {}

NEEDS = [
    N("tatawwu.html", ["مترجم طبي"], "skilled", "ar", ["ar", "en"], layout="views_table"),
    N("tatawwu.html", ["مدرب كرة قدم"], "volunteer", "ar", layout="views_table"),
    N("tatawwu.html", ["توصيل سلال الطعام"], "volunteer", "ar", layout="views_table"),
    N("tabarru.html", ["مواد غذائية", "عدس أحمر"], "donation", "ar", layout="accordion_wish_list",
      note="<details> section holding a list = one need"),
    N("tabarru.html", ["طاولة طعام", "مدفأة"], "donation", "ar", layout="story"),
    N("tabarru.html", ["حقائب مدرسية"], "donation", "ar", layout="accordion"),
    N("en/index.html", ["web designer"], "skilled", "en", ["ar", "en"], layout="heading_paragraph"),
]

TRAPS = [
    T("index.html", "service", ["خدماتنا"]),
    T("index.html", "hours", ["ساعات العمل"]),
    T("index.html", "event", ["الإفطار الجماعي"]),
    T("index.html", "general_appeal", ["صندوق الزكاة"]),
    T("tatawwu.html", "filled", ["منظم المكتبة"], "مكتمل"),
    T("tatawwu.html", "filled", ["مصور لحفل التخرج"], "no longer needed"),
    T("tatawwu.html", "how_to_apply", ["كيف تتطوع"]),
    T("tabarru.html", "filled", ["معاطف الشتاء"], "اكتفينا"),
    T("tabarru.html", "recap", ["حملة رمضان"]),
    T("en/index.html", "bio", ["samira haddad"]),
    T("en/index.html", "job", ["family advocate"]),
    T("en/index.html", "offer", ["borrow our van"]),
    T("idara/mahdar.html", "robots", ["أمين صندوق"]),
    T("idara/mahdar.html", "robots", ["ثلاجة كبيرة"]),
    T("idara/mahdar.html", "robots", ["صيانة التدفئة"]),
]
