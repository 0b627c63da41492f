from common import N, T

SLUG = "grove-city-al-bustan-family-center"

HEAD = """<!DOCTYPE html>
<html lang="{lang}" dir="{dir}">
<head>
<meta charset="utf-8">
<title>{title}</title>
<link rel="stylesheet" href="/assets/bustan.css">
</head>
<body>
<header class="top">
  <div class="logo"><a href="/index.html">مركز البستان للعائلة &middot; Al-Bustan Family Center</a></div>
  <nav>
    <a href="/index.html">الرئيسية</a> |
    <a href="/tabarru.html">تبرّع</a> |
    <a href="/volunteer.html">Volunteer</a> |
    <a href="/about.html">About us</a>
  </nav>
</header>
<main>
"""

FOOT = """
</main>
<footer class="bottom">
  <p>Al-Bustan Family Center &middot; 211 Atlantic Ave W, Grove City, MN 56243 &middot; <span dir="ltr">320-555-0194</span> &middot; info@albustan-grovecity.org</p>
  <p><a href="/flyers/sewing-circle.pdf">Sewing circle flyer (PDF)</a> &middot; <a href="/idara/notes.html">الإدارة</a> &middot; <a href="/albums/eid-al-adha.html">صور عيد الأضحى</a></p>
</footer>
</body>
</html>
"""

INDEX = HEAD.format(lang="ar", dir="rtl", title="مركز البستان للعائلة - غروف سيتي") + """
<section class="hero">
  <h1>أهلاً وسهلاً بكم في مركز البستان</h1>
  <p>مركز صغير يخدم العائلات العربية في مقاطعة ميكر منذ عام 2016.</p>
</section>
<section>
  <h2>خدماتنا</h2>
  <ul>
    <li>دروس اللغة الإنجليزية المجانية للكبار، مساء الاثنين والأربعاء</li>
    <li>مساعدة في تعبئة طلبات الإسكان والتأمين الصحي</li>
  </ul>
  <h2>أوقات الدوام</h2>
  <p>من الأحد إلى الخميس، من العاشرة صباحاً حتى الرابعة عصراً.</p>
</section>
<section class="cards">
  <h2>نحتاج إلى مساعدتكم</h2>
  <div class="card">
    <h3>مترجم عربي–إنجليزي للمواعيد الطبية</h3>
    <p>ترافق العائلات إلى عيادات ويلمار وهتشنسون. ساعتان أو ثلاث في الأسبوع، ونعوّض تكاليف البنزين.</p>
  </div>
  <div class="card">
    <h3>معلمة خياطة للنساء</h3>
    <p>لدينا ست ماكينات خياطة وعشر نساء يرغبن في التعلم. نبحث عن معلمة خياطة تأتي صباح السبت.</p>
  </div>
  <div class="card">
    <h3>متطوعات لمرافقة الأمهات الجدد</h3>
    <p>أمهات وصلن حديثاً يحتجن إلى من يرافقهن إلى مواعيد برنامج WIC ومتابعة الحمل. يُفضّل من تتحدث العربية.</p>
  </div>
  <div class="card done">
    <h3>سائقون لصلاة الجمعة <span class="tag">مكتمل</span></h3>
    <p>شكراً لكم! لدينا الآن خمسة سائقين، ولا نحتاج إلى المزيد.</p>
  </div>
</section>
<section>
  <h2>إفطار رمضان الجماعي</h2>
  <p>كل سبت من رمضان في قاعة الكنيسة اللوثرية بغروف سيتي. الجميع مدعوون.</p>
</section>
""" + FOOT

TABARRU = HEAD.format(lang="ar", dir="rtl", title="تبرّع - مركز البستان") + """
<h1>كيف تتبرع</h1>
<h2>قائمة احتياجات المطبخ المجتمعي</h2>
<p>نطبخ وجبة ساخنة كل خميس لأكثر من ستين شخصاً. نحتاج إلى:</p>
<ul>
  <li>أرز بسمتي (أكياس 10 أرطال)</li>
  <li>عدس أحمر</li>
  <li>زيت زيتون</li>
  <li>برغل وسكر</li>
</ul>
<h2><del>عربات أطفال</del></h2>
<p>لم نعد بحاجة إليها &ndash; وصلنا ما يكفي، جزاكم الله خيراً.</p>
<h2>الحقائب المدرسية</h2>
<p>تمت كفالة جميع الحقائب المدرسية لهذا العام. شكراً لكل من ساهم!</p>
<h2>عائلة أبو سامر</h2>
<p>أصيب أبو سامر في ظهره أثناء عمله في مصنع الدواجن، ولا يستطيع العمل منذ شهرين. يعيش مع زوجته وأطفاله الأربعة في بيت
قديم بارد، والتدفئة فيه ضعيفة. تحتاج العائلة إلى مدفأة كهربائية آمنة وبطانيات شتوية قبل أن يشتد البرد. من يستطيع المساعدة
فليتصل بالمركز.</p>
<h2>حملة الشتاء الماضية</h2>
<p>وزعنا في الشتاء الماضي 90 معطفاً و60 زوجاً من الأحذية على الأطفال. بارك الله فيكم.</p>
<h2>تبرّع بزكاتك</h2>
<p>يمكنكم دفع الزكاة والصدقات للمركز نقداً أو بشيك. كل دولار يصل إلى العائلات.</p>
""" + FOOT

VOL = HEAD.format(lang="en", dir="ltr", title="Volunteer - Al-Bustan Family Center") + """
<h1>Weekly volunteer schedule</h1>
<p>Empty or OPEN cells are where we still need people. Call Rania at 320-555-0194 to take one.</p>
<table class="week" border="1">
  <tr><th></th><th>Morning</th><th>Afternoon / evening</th></tr>
  <tr><th>Monday</th><td><b>ESL class aide</b><br>Help the teacher with small groups. OPEN</td><td>&mdash;</td></tr>
  <tr><th>Wednesday</th><td>&mdash;</td><td><b>Youth soccer coach</b><br>TAKEN &ndash; Coach Ahmed</td></tr>
  <tr><th>Thursday</th><td><b>Pantry sorters</b><br>Unpack and shelve the food bank delivery. 2 needed</td><td><b>Community kitchen crew</b><br>FULL</td></tr>
  <tr><th>Saturday</th><td>&mdash;</td><td><b>Homework club tutors</b><br>Grades 3&ndash;8, math and reading. 3 needed</td></tr>
</table>
<h2>New volunteer orientation</h2>
<p>First Monday of each month, 6 pm. Bring a photo ID for the background check.</p>
<h2>Job opening</h2>
<p><b>Family case worker</b> &ndash; full time, $22/hour with benefits. Arabic and English required.</p>
""" + FOOT

ABOUT = HEAD.format(lang="en", dir="ltr", title="About - Al-Bustan Family Center") + """
<h1>About Al-Bustan</h1>
<h2>Our story</h2>
<p>Al-Bustan (&ldquo;the garden&rdquo;) began in 2016 when three Syrian and Iraqi families who had come to work at the turkey
plant started meeting in a church basement. Today we serve about 120 families with English classes, a Thursday community meal
and help with paperwork. What we still lack is a licensed immigration attorney. Families now drive two hours to Minneapolis for
advice. An attorney who could give one Saturday a month to a free legal clinic here would change a great deal.</p>
<h2>Our team</h2>
<p><b>Rania Haddad</b>, director, was a schoolteacher in Aleppo and has lived in Grove City since 2015.</p>
<p><b>Omar Saleh</b>, program assistant, grew up in Willmar and studied social work at Southwest State.</p>
""" + FOOT

IDARA = HEAD.format(lang="ar", dir="rtl", title="ملاحظات الإدارة") + """
<h1>ملاحظات الإدارة (داخلي)</h1>
<ul>
  <li>نبحث عن محاسب لمراجعة حسابات السنة.</li>
  <li>نحتاج إلى متطوعين لطلاء قاعة الأطفال.</li>
  <li>طلب تبرع بثلاجة كبيرة للمطبخ.</li>
</ul>
""" + FOOT

PAGES = {
    "index.html": INDEX,
    "tabarru.html": TABARRU,
    "volunteer.html": VOL,
    "about.html": ABOUT,
    "idara/notes.html": IDARA,
}

ROBOTS = """User-agent: *
Disallow: /idara/
"""

PDFS = {
    "flyers/sewing-circle.pdf": ("Sewing Circle - Al-Bustan Family Center", [
        ("title", "AL-BUSTAN FAMILY CENTER"),
        ("title", "Women's Sewing Circle"),
        ("p", "211 Atlantic Ave W, Grove City, MN 56243 - 320-555-0194"),
        ("h", "Open house"),
        ("p", "Saturday, November 8, 10 AM - noon. See the dresses, bags and quilts our members have made."),
        ("h", "Donations needed: fabric, thread and a serger"),
        ("p", "Our members have used up almost all our cloth. We would be grateful for cotton or cotton-blend fabric "
              "(at least one yard per piece), spools of thread in any color, and a working serger (overlock machine). "
              "Drop them at the center Sunday to Thursday, 10 to 4."),
        ("h", "Who can join"),
        ("p", "Any woman in Meeker or Kandiyohi county. No experience needed. Childcare is provided in the next room."),
    ]),
}

NEEDS = [
    N("index.html", ["مترجم عربي", "مترجم"], "skilled", "ar", ["ar", "en"], layout="role_cards"),
    N("index.html", ["معلمة خياطة"], "skilled", "ar", layout="role_cards"),
    N("index.html", ["مرافقة الأمهات الجدد"], "volunteer", "ar", ["ar"], layout="role_cards", note="Arabic speaker preferred"),
    N("tabarru.html", ["احتياجات المطبخ المجتمعي", "عدس أحمر"], "donation", "ar", layout="wish_list", note="4 items = one need"),
    N("tabarru.html", ["مدفأة كهربائية", "بطانيات"], "donation", "ar", layout="story"),
    N("volunteer.html", ["esl class aide"], "volunteer", "en", layout="shift_table"),
    N("volunteer.html", ["pantry sorters"], "volunteer", "en", layout="shift_table"),
    N("volunteer.html", ["homework club tutors"], "skilled", "en", layout="shift_table"),
    N("about.html", ["immigration attorney", "legal clinic"], "skilled", "en", layout="newsletter_buried",
      note="buried at the end of the history paragraph"),
    N("flyers/sewing-circle.pdf", ["fabric, thread and a serger", "serger"], "donation", "en", layout="pdf"),
]

TRAPS = [
    T("index.html", "service", ["دروس اللغة الإنجليزية المجانية"]),
    T("index.html", "service", ["طلبات الإسكان"]),
    T("index.html", "hours", ["أوقات الدوام"]),
    T("index.html", "filled", ["سائقون لصلاة الجمعة"], "مكتمل tag + لا نحتاج إلى المزيد"),
    T("index.html", "event", ["إفطار رمضان الجماعي"]),
    T("tabarru.html", "filled", ["عربات أطفال"], "<del> + لم نعد بحاجة إليها (no longer needed)"),
    T("tabarru.html", "filled", ["الحقائب المدرسية"], "تمت كفالة (all sponsored)"),
    T("tabarru.html", "recap", ["حملة الشتاء الماضية"]),
    T("tabarru.html", "general_appeal", ["تبرّع بزكاتك"]),
    T("volunteer.html", "filled", ["youth soccer coach"], "TAKEN + name"),
    T("volunteer.html", "filled", ["community kitchen crew"], "FULL"),
    T("volunteer.html", "event", ["new volunteer orientation"]),
    T("volunteer.html", "job", ["family case worker"]),
    T("about.html", "bio", ["rania haddad"]),
    T("about.html", "bio", ["omar saleh"]),
    T("idara/notes.html", "robots", ["محاسب"]),
    T("idara/notes.html", "robots", ["طلاء قاعة الأطفال"]),
    T("idara/notes.html", "robots", ["ثلاجة كبيرة"]),
    T("flyers/sewing-circle.pdf", "event", ["open house"]),
    T("flyers/sewing-circle.pdf", "how_to_apply", ["who can join"]),
]
