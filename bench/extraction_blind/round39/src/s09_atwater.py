"""Bayt al-Yasmin Family Center, Atwater MN: Arabic-first RTL site. Arabic <dl> of roles, Arabic news page with
story, wish list + filled line, buried ask; English page of <details> items; robots /idara/. No PDF."""
from common import need, trap

SLUG = "atwater-bayt-al-yasmin-center"


def page(title, lang, body):
    d = "rtl" if lang == "ar" else "ltr"
    return """<!DOCTYPE html>
<html lang="%s" dir="%s">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%s</title>
<link rel="stylesheet" href="/css/yasmin.css">
<link href="https://fonts.googleapis.com/css2?family=Cairo:wght@400;700&display=swap" rel="stylesheet">
</head>
<body>
<header class="masthead">
  <a href="/index.html" class="logo">بيت الياسمين</a>
  <ul class="nav">
    <li><a href="/index.html">الرئيسية</a></li>
    <li><a href="/tatawwu.html">تطوع معنا</a></li>
    <li><a href="/akhbar.html">الأخبار</a></li>
    <li><a href="/en/index.html" lang="en" dir="ltr">English</a></li>
  </ul>
</header>
<div class="container">
%s
</div>
<footer>
  <p>مركز بيت الياسمين للعائلات &ndash; 305 Atlantic Ave, Atwater, MN 56209 &ndash; <span dir="ltr">320-555-0126</span></p>
  <p><a href="/idara/mahdar.html">الإدارة</a></p>
</footer>
</body>
</html>
""" % (lang, d, title, body)


INDEX = page("مركز بيت الياسمين للعائلات", "ar", """
<h1>مركز بيت الياسمين للعائلات</h1>
<p>نخدم العائلات العربية والمهاجرة في أتواتر وويلمار وما حولهما منذ عام ٢٠١٧.</p>
<section class="cards">
  <div class="card"><h2>خدماتنا</h2><p>نقدم دروساً مجانية في اللغة الإنجليزية للكبار، ومساعدة في تعبئة الاستمارات الحكومية.</p></div>
  <div class="card"><h2>ساعات العمل</h2><p>من الاثنين إلى الخميس، من العاشرة صباحاً حتى الرابعة عصراً.</p></div>
  <div class="card"><h2>هل تريد أن تساعد؟</h2><p>اطلع على <a href="/tatawwu.html">صفحة التطوع</a> لترى ما نحتاجه هذا الشهر.</p></div>
</section>
<p><a class="btn" href="https://donate.example.org/yasmin">تبرع الآن</a></p>
<p><a href="/suwar/rihla-2024.html">صور رحلة الربيع ٢٠٢٤</a></p>
""")

TATAWWU = page("تطوع معنا", "ar", """
<h1>تطوع معنا</h1>
<p>للاستفسار عن أي دور، تواصل مع أم سارة على الرقم <span dir="ltr">320-555-0126</span>.</p>
<dl class="roles">
  <dt>مترجمون بين العربية والإنجليزية</dt>
  <dd>نحتاج إلى مترجمين يرافقون العائلات الجديدة إلى مواعيد المدرسة والطبيب، صباح الثلاثاء والخميس.</dd>
  <dt>التدريب على قيادة السيارات</dt>
  <dd>نبحث عن متطوعات ومتطوعين لديهم رخصة قيادة ووقت في عطلة نهاية الأسبوع، لمساعدة الأمهات على التدرب قبل امتحان القيادة.</dd>
  <dt>مساعدة الأطفال في الواجبات المدرسية</dt>
  <dd>تم سد هذا الاحتياج لهذا الفصل &ndash; شكراً لطلاب كلية ريدج ووتر.</dd>
  <dt>طبيب أسنان متطوع</dt>
  <dd>لفحص أسنان الأطفال مرة في كل فصل دراسي في قاعة المركز. نوفر الكراسي والإضاءة.</dd>
  <dt>منسق برامج (وظيفة مدفوعة الأجر)</dt>
  <dd>٢٥ ساعة أسبوعياً. أرسل سيرتك الذاتية إلى الإدارة.</dd>
</dl>
""")

AKHBAR = page("الأخبار", "ar", """
<h1>الأخبار</h1>
<article>
  <h2>قصة عائلة أبو خالد</h2>
  <p>وصلت عائلة أبو خالد من حلب في الشتاء الماضي. الأب يعمل ليلاً في مصنع الدواجن والأم تعتني بخمسة أطفال. ينقصهم غسالة ملابس ومدفأة كهربائية وملابس شتوية للأطفال. إن استطعت المساعدة فاتصل بالمركز.</p>
</article>
<article>
  <h2>إفطار رمضان الجماعي</h2>
  <p>يوم السبت ١٥ مارس عند المغرب في قاعة المركز. الجميع مدعوون.</p>
</article>
<article>
  <h2>شكراً لكم</h2>
  <p>شكراً لكل من شارك في حملة الحقائب المدرسية: وزعنا ٩٥ حقيبة على أطفال أتواتر.</p>
</article>
<article>
  <h2>قائمة احتياجات المطبخ المجتمعي</h2>
  <ul><li>أرز بسمتي</li><li>زيت زيتون</li><li>عدس أحمر</li><li>سكر</li></ul>
  <p>البطانيات: اكتفينا والحمد لله، جزاكم الله خيراً.</p>
</article>
<article>
  <h2>من أخبار اللجنة</h2>
  <p>اجتمعت اللجنة الإدارية في فبراير واعتمدت ميزانية العام الجديد. ونبحث أيضاً عن شخص يعرف تصميم المواقع ليساعدنا في تحديث هذا الموقع مرة في الشهر.</p>
</article>
""")

EN = page("Bayt al-Yasmin Family Center - English", "en", """
<h1>Bayt al-Yasmin Family Center &mdash; in English</h1>
<p>Click a heading to read more.</p>
<details><summary>Garden helpers</summary>
<p>Our plot in the Atwater community garden needs weeders and waterers on summer evenings. Kids are welcome with a parent.</p></details>
<details><summary>Winter tires for the center van</summary>
<p>Our only van is on bald tires. We are looking for a set of four 16-inch winter tires, new or lightly used.</p></details>
<details><summary>Volunteer accountant</summary>
<p>Help our treasurer close the year and prepare the Form 990 in March and April.</p></details>
<details><summary>Eid gift wrapping</summary>
<p>We have enough helpers this year &mdash; thank you!</p></details>
<p>Food pantry every Wednesday 2&ndash;5 p.m., open to everyone in the county.</p>
<p>To register your family for services, bring an ID and proof of address to the front desk.</p>
""")

IDARA = page("محضر اجتماع الإدارة", "ar", """
<h1>محضر اجتماع الإدارة (داخلي)</h1>
<ul>
  <li>نحتاج إلى أمين صندوق جديد قبل الصيف.</li>
  <li>طلب تبرع بسيارة لنقل كبار السن.</li>
  <li>البحث عن متطوعين لطلاء الصف الصغير.</li>
</ul>
""")

PAGES = {
    "index.html": INDEX,
    "tatawwu.html": TATAWWU,
    "akhbar.html": AKHBAR,
    "en/index.html": EN,
    "idara/mahdar.html": IDARA,
}

ROBOTS = """User-agent: *
Disallow: /idara/
"""

PDFS = {}

NEEDS = [
    need("tatawwu.html", ["مترجمون"], "skilled", "ar", ["ar", "en"], layout="definition_list"),
    need("tatawwu.html", ["قيادة السيارات", "امتحان القيادة"], "volunteer", "ar", layout="definition_list"),
    need("tatawwu.html", ["طبيب أسنان"], "skilled", "ar", layout="definition_list"),
    need("akhbar.html", ["غسالة ملابس", "مدفأة"], "donation", "ar", layout="story"),
    need("akhbar.html", ["المطبخ المجتمعي", "عدس"], "donation", "ar", layout="wish_list"),
    need("akhbar.html", ["تصميم المواقع"], "skilled", "ar", layout="newsletter_buried"),
    need("en/index.html", ["garden helpers"], "volunteer", "en", layout="accordion"),
    need("en/index.html", ["winter tires"], "donation", "en", layout="accordion"),
    need("en/index.html", ["accountant", "form 990"], "skilled", "en", layout="accordion"),
]

TRAPS = [
    trap("index.html", "service", ["دروساً مجانية"]),
    trap("index.html", "hours", ["ساعات العمل"]),
    trap("index.html", "general_appeal", ["هل تريد أن تساعد"], "pointer"),
    trap("index.html", "general_appeal", ["تبرع الآن"]),
    trap("tatawwu.html", "filled", ["الواجبات المدرسية"], "'تم سد هذا الاحتياج'"),
    trap("tatawwu.html", "job", ["منسق برامج"]),
    trap("akhbar.html", "event", ["إفطار رمضان"]),
    trap("akhbar.html", "recap", ["حملة الحقائب"]),
    trap("akhbar.html", "filled", ["البطانيات"], "'اكتفينا'"),
    trap("en/index.html", "filled", ["gift wrapping"]),
    trap("en/index.html", "service", ["food pantry"]),
    trap("en/index.html", "how_to_apply", ["register your family"]),
    trap("idara/mahdar.html", "robots", ["أمين صندوق"]),
    trap("idara/mahdar.html", "robots", ["سيارة"]),
    trap("idara/mahdar.html", "robots", ["طلاء الصف"]),
]
