"""Bingham Lake: Arab American family center (modern CSS grid). English card grid, Arabic (rtl) volunteer
and donation pages, English PDF flyer, Arabic robots page."""
from common import need, trap, robots

SLUG = "bingham-lake-arab-american-family-center"
ROBOTS = "User-agent: *\nAllow: /\nDisallow: /idara/\n"


def shell(title, body, lang="en"):
    d = ' dir="rtl"' if lang == "ar" else ""
    return """<!DOCTYPE html>
<html lang="%s"%s>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%s | Bingham Lake Arab American Family Center</title>
<link rel="stylesheet" href="/assets/main.css">
</head>
<body>
<header class="site-head">
  <a class="logo" href="/">BLAAFC <span lang="ar">مركز العائلة</span></a>
  <nav>
    <a href="/">Home</a>
    <a href="/volunteer.html">Volunteer</a>
    <a href="/arabic.html" lang="ar">التطوع</a>
    <a href="/tabarruat.html" lang="ar">التبرعات</a>
    <a href="/back-to-school-2025.pdf">Back-to-School flyer</a>
    <a href="/gallery/eid-2024.html">Gallery</a>
  </nav>
</header>
<main class="wrap">
%s
</main>
<footer class="site-foot">
  <p>Bingham Lake Arab American Family Center &middot; 120 Lake Ave, Bingham Lake, MN 56118 &middot; <span dir="ltr">(507) 555-0172</span> &middot; info@blaafc.org</p>
  <p><a href="/idara/">Staff / الإدارة</a></p>
</footer>
</body>
</html>
""" % (lang, d, title, body)


INDEX = shell("Home", """
<section class="hero"><h1>Welcome &middot; أهلاً وسهلاً</h1>
<p>Serving Arab American and Arabic-speaking families in southwest Minnesota since 2017.</p></section>
<section class="two-col">
  <div><h2>Center hours</h2><p>Monday to Thursday 10 am&ndash;6 pm; Saturday 10 am&ndash;2 pm.</p></div>
  <div><h2>Programs</h2><ul>
    <li>Saturday Arabic school for children (free)</li>
    <li>Help applying for energy assistance and health insurance</li>
    <li>Women's sewing circle</li></ul></div>
</section>
<section><h2>Eid al-Adha picnic</h2><p>June 7 at the lake pavilion. Grilled lamb, games and henna. All are welcome.</p></section>
<section class="donate"><h3>Stand with families</h3><p>A gift of $50 covers a month of Arabic school books. <a href="https://www.example.org/blaafc/donate">Donate</a></p></section>
<section><h2>From our blog</h2><p><a href="#post-42">Why we still need you: a year of volunteers at the center</a></p></section>
""")

VOLUNTEER = shell("Volunteer", """
<h1>Volunteer</h1>
<p>Pick a card and email volunteer@blaafc.org. Background checks are free.</p>
<div class="grid">
  <article class="card"><h3>Homework help, grades 3&ndash;8</h3><p>Mondays and Wednesdays 4&ndash;6 pm. Math and reading. Arabic is a bonus but not required.</p></article>
  <article class="card"><header><strong>Lifeguard for women's swim night</strong></header><p>A female certified lifeguard is needed for our monthly women-only swim at the school pool.</p></article>
  <article class="card filled"><span class="tag">FILLED</span><h3>Van driver</h3><p>Thank you, Omar!</p></article>
  <article class="card"><div class="card-title">Licensed plumber</div><p>We are seeking a licensed plumber to replace two leaking sinks in the center's bathrooms. We will buy the parts.</p></article>
  <article class="card event"><h3>Arabic calligraphy workshop</h3><p>Saturday, May 10, for teens. Registration opens April 1.</p></article>
</div>
""")

ARABIC = shell("التطوع", """
<h1>فرص التطوع</h1>
<p>يعتمد المركز على المتطوعين. للتسجيل اتصلوا بالأخت ريم على <span dir="ltr">(507) 555-0172</span>.</p>
<h2>معلمو اللغة الإنجليزية للكبار</h2>
<p>مطلوب متطوعون لتعليم اللغة الإنجليزية للآباء والأمهات مساء الاثنين والأربعاء. يفضّل من لديه خبرة في التدريس.</p>
<h2>مترجم فوري للمواعيد الطبية</h2>
<p>نبحث عن مترجم فوري يتقن العربية والإنجليزية لمرافقة كبار السن إلى مواعيد الطبيب.</p>
<h2>سائقون متطوعون</h2>
<p>لإيصال كبار السن إلى المسجد والسوق يوم الجمعة. يجب أن تكون لديك رخصة قيادة وسيارة.</p>
<h2>مساعدة في المطبخ لإفطار رمضان</h2>
<p><strong>تمت التغطية</strong> &mdash; لدينا عدد كافٍ من المتطوعين هذا العام، جزاكم الله خيراً.</p>
<h2>وظيفة مدفوعة الأجر: منسق برامج الشباب</h2>
<p>٢٥ ساعة أسبوعياً. أرسلوا السيرة الذاتية قبل ١ أيار.</p>
""", lang="ar")

TABARRUAT = shell("التبرعات", """
<h1>التبرعات العينية</h1>
<h2>قائمة الاحتياجات</h2>
<ul>
  <li>حفاضات للأطفال (مقاس ٤ و٥)</li>
  <li>حليب أطفال</li>
  <li>زيت زيتون وأرز</li>
  <li>مستلزمات النظافة الشخصية</li>
</ul>
<h2>قصة عائلة</h2>
<p>وصلت عائلة السيدة أم يوسف في الشتاء الماضي، وهي أم لأربعة أطفال. الشقة فارغة تقريباً، وينام الأطفال على فرشة واحدة على الأرض. تحتاج العائلة إلى سريرين وخزانة ملابس وطاولة طعام.</p>
<h2>لم نعد بحاجة إلى</h2>
<p><del>الملابس الصيفية</del> &mdash; امتلأ المخزن، نرجو عدم إرسال المزيد.</p>
<h2>شكراً لكم</h2>
<p>استلمنا في حملة الخريف ٨٠ حقيبة مدرسية و٤٠ معطفاً شتوياً.</p>
""", lang="ar")

IDARA = shell("الإدارة", """
<h1>صفحة الإدارة &ndash; للموظفين فقط</h1>
<ul>
  <li>نحتاج إلى محاسب متطوع لمراجعة الميزانية السنوية.</li>
  <li>تبرع بثلاجة كبيرة لمطبخ المركز.</li>
  <li>متطوعون لتنظيم الحفل السنوي.</li>
</ul>
""", lang="ar")

PAGES = {
    "index.html": INDEX,
    "volunteer.html": VOLUNTEER,
    "arabic.html": ARABIC,
    "tabarruat.html": TABARRUAT,
    "idara/index.html": IDARA,
}

PDFS = {
    "back-to-school-2025.pdf": ("Back-to-School Drive 2025", [
        ("title", "Back-to-School Drive 2025"),
        ("p", "Bingham Lake Arab American Family Center"),
        ("h", "We need school supplies for 120 children"),
        ("p", "Please donate new backpacks, spiral notebooks, pencils, glue sticks and scientific calculators "
              "(for middle school). Drop them off at the center by August 8."),
        ("h", "Volunteers wanted"),
        ("p", "On Saturday, August 16, from 9 am to noon, we need 10 volunteers to sort supplies and pack school "
              "kits in the gym."),
        ("h", "Distribution day"),
        ("p", "Kits will be given out on Saturday, August 23 at 10 am."),
        ("p", "Families: register your children by August 1 at the front desk or by phone. Bring each child's "
              "school name and grade."),
    ]),
}

NEEDS = [
    need("volunteer.html", ["homework help"], "skilled", "en", ["ar"], "role_cards", "'Arabic is a bonus'"),
    need("volunteer.html", ["lifeguard"], "skilled", "en", [], "role_cards", "title in header>strong"),
    need("volunteer.html", ["plumber"], "skilled", "en", [], "role_cards", "title in div"),
    need("arabic.html", ["معلمو اللغة الإنجليزية", "تعليم اللغة الإنجليزية"], "skilled", "ar", ["en"],
         "heading_paragraph"),
    need("arabic.html", ["مترجم فوري"], "skilled", "ar", ["ar", "en"], "seeking"),
    need("arabic.html", ["سائقون متطوعون"], "volunteer", "ar", [], "heading_paragraph"),
    need("tabarruat.html", ["قائمة الاحتياجات", "حليب أطفال"], "donation", "ar", [], "wish_list"),
    need("tabarruat.html", ["سريرين", "خزانة ملابس"], "donation", "ar", [], "story", "Umm Yusuf's family"),
    need("back-to-school-2025.pdf", ["school supplies", "backpacks"], "donation", "en", [], "pdf"),
    need("back-to-school-2025.pdf", ["pack school kits"], "volunteer", "en", [], "pdf"),
]

TRAPS = [
    trap("index.html", "hours", ["center hours"]),
    trap("index.html", "service", ["saturday arabic school"]),
    trap("index.html", "service", ["energy assistance"]),
    trap("index.html", "event", ["eid al-adha picnic"]),
    trap("index.html", "general_appeal", ["stand with families"]),
    trap("index.html", "blog", ["why we still need you"]),
    trap("volunteer.html", "filled", ["van driver"], "FILLED tag"),
    trap("volunteer.html", "event", ["calligraphy workshop"]),
    trap("arabic.html", "filled", ["مساعدة في المطبخ"], "'تمت التغطية'"),
    trap("arabic.html", "job", ["منسق برامج الشباب"]),
    trap("tabarruat.html", "filled", ["الملابس الصيفية"], "<del>, 'امتلأ المخزن'"),
    trap("tabarruat.html", "recap", ["حقيبة مدرسية"]),
    trap("back-to-school-2025.pdf", "event", ["distribution day"]),
    trap("back-to-school-2025.pdf", "how_to_apply", ["register your children by"]),
    trap("idara/index.html", "robots", ["محاسب متطوع"]),
    trap("idara/index.html", "robots", ["ثلاجة كبيرة"]),
    trap("idara/index.html", "robots", ["الحفل السنوي"]),
]
