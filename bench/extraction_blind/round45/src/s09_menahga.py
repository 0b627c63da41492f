from common import N, T

SLUG = "menahga-al-noor-family-center"

HEAD_AR = """<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | مركز النور للأسرة</title>
<link rel="stylesheet" href="/assets/rtl.css">
</head>
<body>
<header class="site-header">
 <a class="brand" href="/index.html">مركز النور للأسرة</a>
 <nav><a href="/index.html">الرئيسية</a> · <a href="/news.html">النشرة</a> · <a href="/en/index.html">English</a></nav>
</header>
<main class="container">
"""

HEAD_EN = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | Al-Noor Family Center</title>
<link rel="stylesheet" href="/assets/ltr.css">
</head>
<body>
<header class="site-header">
 <a class="brand" href="/en/index.html">Al-Noor Family Center</a>
 <nav><a href="/en/index.html">Volunteer</a> · <a href="/services.html">Services</a> · <a href="/index.html">العربية</a></nav>
</header>
<main class="container">
"""

FOOT = """
</main>
<footer class="site-footer">
 <p>Al-Noor Family Center · مركز النور للأسرة · 115 Birch Ave NW, Menahga, MN 56464 · <span dir="ltr">(218) 555-0163</span></p>
 <p><a href="/flyer.pdf">Winter coat flyer (PDF)</a> · <a href="/admin/notes.html">الإدارة</a></p>
</footer>
</body>
</html>
"""

INDEX = HEAD_AR.format(title="الرئيسية") + """
<h1>مركز النور للأسرة — مناهجا</h1>
<p class="lead">نخدم العائلات العربية والمسلمة في مناهجا والبلدات المجاورة منذ عام ٢٠١٦.</p>
<h2>كيف يمكنك المساعدة؟</h2>
<div class="cards">
 <div class="card">
  <h3>معلّم لغة عربية للأطفال</h3>
  <p>حصص يوم السبت من العاشرة حتى الثانية عشرة ظهراً. نبحث عن شخص يجيد القراءة والكتابة بالعربية ولديه صبر مع الصغار.</p>
 </div>
 <div class="card">
  <h3>متطوعون لتوزيع السلال الغذائية</h3>
  <p>في الأحد الأول من كل شهر نحتاج ستة متطوعين لتعبئة السلال وتسليمها إلى العائلات.</p>
 </div>
 <div class="card card-done">
  <h3>مترجم طبي</h3>
  <p><span class="badge">تم</span> وجدنا متطوعاً لهذه المهمة، جزاكم الله خيراً.</p>
 </div>
 <div class="card">
  <h3>سائق حافلة المركز</h3>
  <p>وظيفة مدفوعة الأجر: ١٨ دولاراً في الساعة، ١٥ ساعة أسبوعياً.</p>
 </div>
</div>
<h2>أوقات الدوام</h2>
<p>من الإثنين إلى الخميس، من التاسعة صباحاً حتى الثالثة عصراً.</p>
<div class="zakat">
 <h3>زكاتك تصنع الفرق</h3>
 <p>تبرّع بزكاتك وصدقتك لدعم برامج المركز طوال العام.</p>
 <a class="btn" href="https://www.launchgood.com/alnoor-menahga">تبرّع الآن</a>
</div>
""" + FOOT

NEWS = HEAD_AR.format(title="النشرة") + """
<h1>نشرة المركز — تشرين الثاني</h1>
<article>
 <h2>رمضان الماضي</h2>
 <p>قدّمنا ٢٤٠٠ وجبة إفطار خلال شهر رمضان الماضي بفضل متطوعينا الكرام. <a href="/media/ramadan-2024.html">صور رمضان</a></p>
</article>
<article>
 <h2>أخبار متفرقة</h2>
 <p>بدأ صف اللغة الإنجليزية للأمهات صباح كل أربعاء. كما نودّ أن نعلمكم أنه قد نفدت لدينا حفاضات الأطفال (المقاسات ٣ و٤ و٥)
 والحليب الصناعي للرضّع، فمن استطاع التبرع بها فليحضرها إلى المركز في أوقات الدوام.</p>
</article>
<article>
 <h2>عائلة أبو سامر</h2>
 <p>وصلت عائلة أبو سامر من الأردن قبل شهرين، وهي مكوّنة من الأب والأم وأربعة أطفال. الشقة التي يسكنونها باردة جداً والتدفئة فيها ضعيفة،
 وليس لديهم غسالة ملابس، فتضطر الأم إلى غسل الملابس باليد. إذا كانت لديكم مدفأة كهربائية أو غسالة بحالة جيدة، نرجو التواصل معنا.</p>
</article>
<article>
 <h2>يوم مفتوح للعائلات</h2>
 <p>ندعوكم إلى يوم مفتوح في المركز يوم السبت ٢٢ تشرين الثاني من الساعة الحادية عشرة حتى الثالثة: طعام وألعاب للأطفال وتعارف بين العائلات.</p>
</article>
""" + FOOT

EN = HEAD_EN.format(title="Saturday food distribution") + """
<h1>Saturday Food Distribution &mdash; volunteer slots</h1>
<p>Text (218) 555-0163 to take a slot. The numbers show how many slots are still open this Saturday.</p>
<table class="shifts">
 <thead><tr><th>Role</th><th>Time</th><th>Slots open</th><th>Notes</th></tr></thead>
 <tbody>
  <tr><td>Box packing</td><td>8&ndash;10 am</td><td>3 of 5</td><td>Lifting up to 30 lb</td></tr>
  <tr><td>Parking lot traffic</td><td>9:30 am&ndash;noon</td><td>0 of 2</td><td>FULL</td></tr>
  <tr><td>Babysitting during ESL class</td><td>10 am&ndash;noon</td><td>2 of 2</td><td>Must be 18 or older</td></tr>
  <tr><td>Forklift unloading</td><td>7:30&ndash;8 am</td><td>&mdash;</td><td>Covered by Menahga Hardware staff</td></tr>
 </tbody>
</table>
<h2>Seeking a volunteer carpenter</h2>
<p>Our donation room has no shelves &ndash; everything sits in boxes on the floor. We are seeking someone handy with wood who can build
simple wall shelving over two or three evenings. We will buy the lumber.</p>
""" + FOOT

SERVICES = HEAD_EN.format(title="Services") + """
<h1>Our services</h1>
<div class="svc"><h2>English classes for adults</h2><p>Tuesday and Wednesday mornings, free, with childcare.</p></div>
<div class="svc"><h2>Help with letters and forms</h2><p>Bring any letter from the school, clinic or county and we will explain it in Arabic.</p></div>
<div class="svc"><h2>Halal food pantry</h2><p>Food boxes every Saturday for registered families.</p></div>
<h2>How to register</h2>
<p>Bring a photo ID and proof of address for everyone in the household to the office during open hours.</p>
<h2>Our team</h2>
<p><b>Mariam Haddad</b>, director, is a former teacher from Homs who has lived in Minnesota since 2014.</p>
""" + FOOT

ADMIN = HEAD_AR.format(title="ملاحظات الإدارة") + """
<h1>ملاحظات الإدارة (داخلي)</h1>
<ul>
 <li>نحتاج محاسباً متطوعاً لمراجعة حسابات السنة.</li>
 <li>طلب تبرع بثلاجة جديدة من متجر الأجهزة.</li>
 <li>البحث عن متطوعين لتنظيف المصلى قبل رمضان.</li>
</ul>
""" + FOOT

PAGES = {
    "index.html": INDEX,
    "news.html": NEWS,
    "en/index.html": EN,
    "services.html": SERVICES,
    "admin/notes.html": ADMIN,
}

ROBOTS = """User-agent: *
Disallow: /admin/
Disallow: /cgi-bin/
"""

PDFS = {
    "flyer.pdf": ("Children's Winter Coat Collection - Al-Noor Family Center", [
        ("title", "AL-NOOR FAMILY CENTER"),
        ("title", "Children's Winter Coat Collection"),
        ("p", "Many of our children arrived from warm countries and have never owned a winter coat. Through November 30 "
              "we are collecting new or gently used winter coats, snow pants, hats and mittens for children, sizes 4 "
              "to 14."),
        ("h", "Coat giveaway day"),
        ("p", "Families can pick out coats on Saturday, December 6, 10 am to 1 pm, at the center."),
        ("h", "Drop-off"),
        ("p", "Drop coats at the center Monday to Thursday, 9 am to 3 pm, or in the bin at the Menahga Public Library."),
    ]),
}

NEEDS = [
    N("index.html", ["لغة عربية للأطفال"], "skilled", "ar", ["ar"], layout="role_cards", note="Arabic teacher for children"),
    N("index.html", ["توزيع السلال الغذائية"], "volunteer", "ar", layout="role_cards"),
    N("news.html", ["حفاضات الأطفال", "الحليب الصناعي"], "donation", "ar", layout="newsletter_buried",
      note="'نفدت لدينا' = we have run out of"),
    N("news.html", ["أبو سامر", "غسالة"], "donation", "ar", layout="story", note="heater + washing machine"),
    N("en/index.html", ["box packing"], "volunteer", "en", layout="shift_table", note="3 of 5 open"),
    N("en/index.html", ["babysitting"], "volunteer", "en", layout="shift_table", note="2 of 2 open"),
    N("en/index.html", ["volunteer carpenter", "wall shelving"], "skilled", "en", layout="seeking"),
    N("flyer.pdf", ["winter coat"], "donation", "en", layout="pdf"),
]

TRAPS = [
    T("index.html", "filled", ["مترجم طبي"], "تم = done, volunteer found"),
    T("index.html", "job", ["سائق حافلة المركز"], "paid $18/h"),
    T("index.html", "hours", ["أوقات الدوام"]),
    T("index.html", "general_appeal", ["زكاتك"]),
    T("news.html", "recap", ["وجبة إفطار"]),
    T("news.html", "service", ["صف اللغة الإنجليزية"]),
    T("news.html", "event", ["يوم مفتوح للعائلات"]),
    T("en/index.html", "filled", ["parking lot traffic"], "0 of 2, FULL"),
    T("en/index.html", "filled", ["forklift unloading"], "covered"),
    T("services.html", "service", ["english classes for adults"]),
    T("services.html", "service", ["help with letters and forms"]),
    T("services.html", "service", ["halal food pantry"]),
    T("services.html", "how_to_apply", ["how to register"]),
    T("services.html", "bio", ["mariam haddad"]),
    T("flyer.pdf", "event", ["coat giveaway day"]),
    T("flyer.pdf", "hours", ["drop coats at the center"]),
    T("admin/notes.html", "robots", ["محاسباً متطوعاً"]),
    T("admin/notes.html", "robots", ["بثلاجة جديدة"]),
    T("admin/notes.html", "robots", ["تنظيف المصلى"]),
]
