"""Al-Huda Family Center (Garrison, MN). Bootstrap + RTL Arabic pages; English + Arabic.
Robots: `*` group with `Allow: /internal/volunteer-roles.html` BEFORE `Disallow: /internal/`.
The roles page is allowed (first-match and longest-match agree); /internal/board.html is disallowed."""
from common import N, T

SLUG = "garrison-al-huda-family-center"
TOWN = "garrison"


def shell(title, body, lang="en"):
    d = ' dir="rtl"' if lang == "ar" else ""
    return """<!DOCTYPE html>
<html lang="%s"%s>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%s | Al-Huda Family Center</title>
<link rel="stylesheet" href="/assets/css/bootstrap%s.min.css">
</head>
<body>
<header class="border-bottom mb-3">
 <div class="container d-flex flex-wrap justify-content-between py-2">
  <a href="/" class="fs-4 text-decoration-none">Al-Huda Family Center &middot; مركز الهدى</a>
  <ul class="nav">
   <li class="nav-item"><a href="/" class="nav-link">Home</a></li>
   <li class="nav-item"><a href="/volunteer.html" class="nav-link">Volunteer</a></li>
   <li class="nav-item"><a href="/ar/" class="nav-link">العربية</a></li>
   <li class="nav-item"><a href="/ar/tabarru.html" class="nav-link">تبرع</a></li>
  </ul>
 </div>
</header>
<main class="container">
%s
</main>
<footer class="container border-top mt-4 pt-2 small text-muted">
 <p dir="ltr">Al-Huda Family Center &middot; 27 Madison St, Garrison, MN &middot; 320-555-0115 &middot; info@alhudafamily.example
 &middot; <a href="/newsletter-fall-2025.pdf">Fall newsletter (PDF)</a> &middot; <a href="/internal/board.html">Board</a></p>
</footer>
</body>
</html>
""" % (lang, d, title, ".rtl" if lang == "ar" else "", body)


INDEX = shell("Home", """
<div class="row">
<div class="col-lg-8">
<h1>Al-Huda Family Center</h1>
<p>We are a small family center by Mille Lacs Lake, founded in 2019 by Arab and Sudanese families who settled in the
Garrison and Onamia area. We welcome everyone.</p>

<h2 class="h4">What we offer</h2>
<ul>
 <li>Arabic and Quran classes for children, Saturday and Sunday mornings</li>
 <li>Friday food pantry, 3:00&ndash;6:00 p.m., halal items always available</li>
 <li>Help with school enrollment, MNsure and county forms</li>
</ul>

<h2 class="h4">We are short on halal canned meat</h2>
<p>The Friday pantry serves 70 families now, up from 40 last year. We are short on halal canned meat (chicken or beef)
and on cooking oil. Grocery stores in Brainerd carry both. Drop-off at the center on weekdays.</p>

<h2 class="h4">Eid al-Adha picnic</h2>
<p>Our Eid al-Adha community picnic at Garrison Lakeside Park was a joy for everyone. Watch for next year&rsquo;s date.
<a href="/events/eid-2024-photos.html">Photos</a></p>
</div>
<div class="col-lg-4">
 <div class="card"><div class="card-body">
 <h3 class="h5">Get involved</h3>
 <p>Volunteers are the heart of Al-Huda. <a href="/volunteer.html">Volunteer sign-up</a></p>
 </div></div>
</div>
</div>
""")

VOLUNTEER = shell("Volunteer", """
<h1>Volunteer sign-up</h1>
<p>Write your name in an empty box by calling Huda at 320-555-0116, or add it to the paper sheet at the front desk.</p>

<table class="table table-bordered">
<thead class="table-light"><tr><th>Shift</th><th>Volunteer 1</th><th>Volunteer 2</th><th>Volunteer 3</th><th>Volunteer 4</th></tr></thead>
<tbody>
<tr><td>Pantry packing, Friday 1:00&ndash;3:00 p.m.</td><td>Sara M.</td><td>Jamal K.</td><td>&nbsp;</td><td>&nbsp;</td></tr>
<tr><td>Pantry distribution, Friday 3:00&ndash;6:00 p.m.</td><td>Huda A.</td><td>Omar S.</td><td>Lina R.</td><td>Tom B.</td></tr>
<tr><td>Family dinner night setup, Saturday Nov 8, 4:00&ndash;6:00 p.m.</td><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td></tr>
</tbody>
</table>
<p class="small">Family dinner night is November 8 at 6:00 p.m. All families welcome; bring a dish to share.</p>

<h2 class="h4">Mentors for teen boys</h2>
<p>Our Thursday youth night has twelve boys aged 13 to 17. We need two Arabic-speaking youth mentors, men who can come
Thursdays 6:00&ndash;8:00 p.m. to play basketball, help with homework and talk.</p>

<h2 class="h4">We are hiring: case manager</h2>
<p>Full-time, paid, with benefits. Arabic and English required. Send a CV to info@alhudafamily.example.</p>

<p>See the <a href="/internal/volunteer-roles.html">full list of approved volunteer roles</a>.</p>
""")

ROLES = shell("Approved volunteer roles", """
<h1>Approved volunteer roles</h1>
<p><em>Approved by the board on September 3, 2025. This page is public; please share it.</em></p>
<ul class="list-unstyled">
 <li class="mb-3"><strong>IT volunteer</strong> &ndash; A company in Baxter gave us 15 used laptops for the computer class. We need
 someone to wipe them, install updates and set them up for students. About two Saturdays.</li>
 <li class="mb-3"><strong>Grant report proofreader</strong> &ndash; We send two reports a year to our funders. We need a careful
 English writer to proofread each report before it goes out.</li>
 <li class="mb-3"><strong>Front desk greeter</strong> &ndash; filled by Amal until June. Thank you, Amal.</li>
 <li class="mb-3"><strong>Bookkeeper</strong> &ndash; this is a paid role; see the job posting.</li>
</ul>
""")

BOARD = shell("Board", """
<h1>Board workspace</h1>
<p>Staff and board only. Please do not share this page.</p>
<h2 class="h5">Action items</h2>
<ul>
 <li>Recruit a new board secretary before the annual meeting.</li>
 <li>Ask local dealers about a donated 12-passenger van.</li>
 <li>Find someone to chair the Eid committee for 2026.</li>
</ul>
""")

AR_INDEX = shell("الرئيسية", """
<h1>مركز الهدى للأسرة</h1>
<p>مركز الهدى للأسرة مركز صغير قرب بحيرة ميل لاكس، أسسته عائلات عربية وسودانية سنة 2019. أهلاً وسهلاً بالجميع.</p>

<h2 class="h4">ساعات العمل</h2>
<p>من الإثنين إلى الخميس، من العاشرة صباحاً حتى الخامسة مساءً. الجمعة: بنك الطعام من الثالثة حتى السادسة.</p>

<h2 class="h4">نحتاج إلى متطوعين</h2>
<div class="row g-3">
 <div class="col-md-6"><div class="card h-100"><div class="card-body">
  <h3 class="h5">مترجمون فوريون (عربي &ndash; إنجليزي)</h3>
  <p>لمرافقة العائلات إلى المواعيد الطبية في مستشفى برينرد. نحتاج إلى مترجمين يتقنون اللغتين، في أيام الأسبوع.</p>
 </div></div></div>
 <div class="col-md-6"><div class="card h-100 opacity-50"><div class="card-body">
  <h3 class="h5">سائقون متطوعون</h3>
  <p><strong>اكتمل العدد.</strong> شكراً لكل من تطوع.</p>
 </div></div></div>
 <div class="col-md-6"><div class="card h-100"><div class="card-body">
  <h3 class="h5">معلمات لغة إنجليزية للنساء</h3>
  <p>نبحث عن معلمتين متطوعتين لتدريس اللغة الإنجليزية للنساء صباح يوم الأحد. لا يشترط التحدث بالعربية.</p>
 </div></div></div>
 <div class="col-md-6"><div class="card h-100"><div class="card-body">
  <h3 class="h5">مساعدة الطلاب في الواجبات المدرسية</h3>
  <p>نحتاج إلى متطوعين لمساعدة طلاب المرحلة الابتدائية في الواجبات المدرسية يومي الإثنين والأربعاء بعد المدرسة.</p>
 </div></div></div>
</div>

<h2 class="h4 mt-4">دروس القرآن واللغة العربية للأطفال</h2>
<p>نقدم دروساً مجانية في القرآن الكريم واللغة العربية للأطفال صباح السبت والأحد. التسجيل في المكتب.</p>

<h2 class="h4">حفل عيد الأضحى</h2>
<p>ندعوكم جميعاً إلى نزهة عيد الأضحى في حديقة البحيرة. سنعلن الموعد قريباً.</p>
""", lang="ar")

AR_TABARRU = shell("تبرع", """
<h1>تبرع</h1>

<h2 class="h4">قائمة الاحتياجات</h2>
<p>هذه الأشياء مطلوبة دائماً لبنك الطعام وللعائلات الجديدة:</p>
<ul>
 <li>حفاضات (مقاس 4 و5)</li>
 <li>حليب أطفال</li>
 <li>مناديل مبللة</li>
 <li>صابون ومعجون أسنان</li>
</ul>

<h2 class="h4">عائلة جديدة</h2>
<p>وصلت الشهر الماضي عائلة من السودان مكونة من أم وخمسة أطفال. الشقة فارغة تقريباً، وأكثر ما تحتاجه العائلة الآن ثلاجة وغسالة ملابس.
إذا كان لديك ثلاجة أو غسالة بحالة جيدة، اتصل بالأخت هدى على الرقم 320-555-0116.</p>

<h2 class="h4">الأرز والعدس</h2>
<p>عندنا كميات كافية من الأرز والعدس. جزاكم الله خيراً. نرجو عدم إحضار المزيد حتى الشهر القادم.</p>

<h2 class="h4">لا نقبل</h2>
<ul>
 <li>الملابس المستعملة المتسخة</li>
 <li>الأدوية</li>
 <li>المراتب</li>
</ul>

<h2 class="h4">شكراً لكم</h2>
<p>في حملة رمضان الماضية جمعنا 250 سلة غذائية بفضل تبرعاتكم. شكراً لكل من شارك.</p>

<h2 class="h4">الزكاة والصدقة</h2>
<p>يمكنكم دفع الزكاة أو الصدقة عبر الإنترنت. <a href="https://donate.example/alhuda">تبرع الآن</a></p>
""", lang="ar")

PAGES = {
    "index.html": INDEX,
    "volunteer.html": VOLUNTEER,
    "internal/volunteer-roles.html": ROLES,
    "internal/board.html": BOARD,
    "ar/index.html": AR_INDEX,
    "ar/tabarru.html": AR_TABARRU,
}

ROBOTS = """User-agent: *
Allow: /internal/volunteer-roles.html
Disallow: /internal/
"""

PDFS = {
    "newsletter-fall-2025.pdf": ("Al-Huda Family Center Fall Newsletter 2025", [
        ("title", "Al-Huda Family Center - Fall Newsletter 2025"),
        ("h", "Eid al-Adha"),
        ("p", "More than 200 people came to our Eid al-Adha picnic at Garrison Lakeside Park in June. Thank you to the "
              "families who cooked, and to the city for the pavilion."),
        ("h", "Thank you to our supporters"),
        ("p", "Crow Wing Community Foundation, Mille Lacs Area Rotary, Brainerd Lakes Masjid, and more than 60 "
              "individual donors."),
        ("h", "Our van"),
        ("p", "The center's van drove 9,000 miles this year taking families to appointments. Before the snow comes we "
              "need four winter tires for the van (size 215/65R16). New or lightly used tires would keep our "
              "drivers safe. Call Huda if you can help."),
        ("h", "Computer class"),
        ("p", "Fourteen women finished our first computer class. They can now send email and use the school parent "
              "portal. Congratulations!"),
        ("h", "Sewing circle"),
        ("p", "Many of the mothers want to learn to sew and mend school clothes. We have three donated machines but no "
              "teacher. We are looking for a volunteer sewing teacher for Tuesday mornings."),
        ("h", "Office hours"),
        ("p", "Monday to Thursday 10:00 a.m. to 5:00 p.m. Friday pantry 3:00 to 6:00 p.m."),
    ], {"columns": 2, "compress": True, "lang": "en"}),
}

NEEDS = [
    N("index.html", ["halal canned meat", "cooking oil"], "donation", "en", [], "short_on"),
    N("volunteer.html", ["pantry packing"], "volunteer", "en", [], "signup_roster",
      "two empty boxes of four"),
    N("volunteer.html", ["family dinner night setup"], "volunteer", "en", [], "signup_roster",
      "all four boxes empty; the dinner itself is an event trap"),
    N("volunteer.html", ["youth mentors", "arabic-speaking youth mentors"], "volunteer", "en", ["ar"],
      "heading_paragraph"),
    N("internal/volunteer-roles.html", ["it volunteer", "15 used laptops"], "skilled", "en", [], "definition_list",
      "page is ALLOWED: `Allow: /internal/volunteer-roles.html` precedes `Disallow: /internal/`"),
    N("internal/volunteer-roles.html", ["grant report proofreader", "proofread"], "skilled", "en", [], "definition_list",
      "same allowed page"),
    N("ar/index.html", ["مترجمون فوريون", "مترجمين"], "skilled", "ar", ["ar", "en"], "role_cards"),
    N("ar/index.html", ["معلمات لغة إنجليزية", "تدريس اللغة الإنجليزية"], "skilled", "ar", ["en"], "role_cards",
      "Arabic not required"),
    N("ar/index.html", ["الواجبات المدرسية"], "volunteer", "ar", [], "role_cards", "homework help"),
    N("ar/tabarru.html", ["قائمة الاحتياجات", "حفاضات", "حليب أطفال"], "donation", "ar", [], "wish_list"),
    N("ar/tabarru.html", ["ثلاجة", "غسالة"], "donation", "ar", [], "story", "new family: fridge and washer = one need"),
    N("newsletter-fall-2025.pdf", ["winter tires", "215/65r16"], "donation", "en", [], "pdf",
      "two-column Flate-compressed newsletter"),
    N("newsletter-fall-2025.pdf", ["sewing teacher", "volunteer sewing teacher"], "skilled", "en", [], "pdf"),
]

TRAPS = [
    T("index.html", "service", ["quran classes for children", "friday food pantry"]),
    T("index.html", "service", ["mnsure", "school enrollment"]),
    T("index.html", "recap", ["eid al-adha community picnic"], "past picnic"),
    T("index.html", "teaser", ["volunteer sign-up"], "card pointing to the volunteer page"),
    T("volunteer.html", "filled", ["pantry distribution"], "all four boxes hold names"),
    T("volunteer.html", "event", ["bring a dish to share"], "the dinner itself"),
    T("volunteer.html", "job", ["case manager", "we are hiring"]),
    T("volunteer.html", "how_to_apply", ["paper sheet at the front desk"]),
    T("internal/volunteer-roles.html", "filled", ["front desk greeter", "filled by amal"]),
    T("internal/volunteer-roles.html", "job", ["bookkeeper", "paid role"]),
    T("internal/board.html", "robots", ["board secretary"]),
    T("internal/board.html", "robots", ["12-passenger van"]),
    T("internal/board.html", "robots", ["chair the eid committee"]),
    T("ar/index.html", "hours", ["ساعات العمل"]),
    T("ar/index.html", "filled", ["سائقون متطوعون", "اكتمل العدد"]),
    T("ar/index.html", "service", ["دروس القرآن", "دروساً مجانية"]),
    T("ar/index.html", "event", ["حفل عيد الأضحى", "نزهة عيد الأضحى"]),
    T("ar/tabarru.html", "overstock", ["كميات كافية من الأرز", "نرجو عدم إحضار المزيد"]),
    T("ar/tabarru.html", "not_accepted", ["لا نقبل", "المراتب"]),
    T("ar/tabarru.html", "recap", ["حملة رمضان", "250 سلة غذائية"]),
    T("ar/tabarru.html", "general_appeal", ["الزكاة أو الصدقة", "تبرع الآن"]),
    T("newsletter-fall-2025.pdf", "recap", ["more than 200 people", "eid al-adha picnic"]),
    T("newsletter-fall-2025.pdf", "donor_list", ["thank you to our supporters", "crow wing community foundation"]),
    T("newsletter-fall-2025.pdf", "recap", ["computer class", "fourteen women"]),
    T("newsletter-fall-2025.pdf", "hours", ["office hours"]),
]
