"""Site 8: Dar Al-Zaytoun Center, Independence. Bootstrap-like card grid (titles in mixed tags);
donation page with a 'we do not accept' list; Arabic rtl page. No PDF."""
from common import need, trap

SLUG = "independence-dar-al-zaytoun-center"
TOWN = "independence"

ROBOTS = """User-agent: *
Allow: /
Disallow: /idara/
"""


def head(title, lang, rtl=False):
    return """<!DOCTYPE html>
<html lang="%s"%s>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%s | Dar Al-Zaytoun Center</title>
<link href="https://cdn.example/bootstrap@5.3.2/dist/css/bootstrap.min.css" rel="stylesheet">
</head>
<body>
<nav class="navbar navbar-expand-lg bg-success navbar-dark"><div class="container">
 <a class="navbar-brand" href="/">Dar Al-Zaytoun &middot; دار الزيتون</a>
 <div class="navbar-nav">
  <a class="nav-link" href="/volunteer.html">Volunteer</a>
  <a class="nav-link" href="/donate.html">Donate</a>
  <a class="nav-link" href="/arabic.html">العربية</a>
  <a class="nav-link" href="/media/ramadan-nights.html">Media</a>
 </div>
</div></nav>
<div class="container py-4">
""" % (lang, ' dir="rtl"' if rtl else "", title)


FOOT = """
</div>
<footer class="bg-light py-3 text-center small">Dar Al-Zaytoun Center &middot; 1960 County Rd 90, Independence, MN 55359 &middot; <span dir="ltr">(763) 555-0186</span> &middot; info@zaytoun-mn.org
 &middot; <a href="/idara/notes.html">الإدارة</a></footer>
</body>
</html>
"""

INDEX = head("Home", "en") + """
<div class="p-5 mb-4 bg-body-tertiary rounded-3"><h1 class="display-5">Welcome to Dar Al-Zaytoun</h1>
<p class="lead">A masjid and family center for Muslims in western Hennepin County.</p></div>
<div class="row">
 <div class="col-md-4"><h4>Prayer times</h4><p>Jumu&lsquo;ah 1:30 pm. Daily prayer times are posted at the door and on our app.</p></div>
 <div class="col-md-4"><h4>For families</h4><p>Weekend youth program and Quran classes for ages 6&ndash;16, free of charge.</p></div>
 <div class="col-md-4"><h4>Eid al-Adha picnic</h4><p>Join us at Baker Park Reserve after Eid prayer. Food, games, bounce house.</p></div>
</div>
<div class="alert alert-success mt-3">Our building fund is 70% of the way to a new roof and kitchen. <a href="/donate.html">Give now</a>.</div>
""" + FOOT

VOLUNTEER = head("Volunteer", "en") + """
<h1 class="mb-4">Volunteer opportunities</h1>
<div class="row row-cols-1 row-cols-md-3 g-4">
 <div class="col"><div class="card h-100"><div class="card-body">
  <h3 class="card-title h5">Weekend Food Pantry Packers</h3>
  <p class="card-text">Saturdays 8&ndash;10 am. Pack about 150 boxes for families in Delano, Maple Plain and Rockford.</p></div></div></div>
 <div class="col"><div class="card h-100"><div class="card-header"><span>Homework Helpers</span></div><div class="card-body">
  <p class="card-text">Grades 3&ndash;8, Mondays and Wednesdays 4&ndash;6 pm. Math help especially needed.</p></div></div></div>
 <div class="col"><div class="card h-100 border-secondary"><div class="card-body">
  <h4 class="card-title h5">Youth Basketball Coach</h4> <span class="badge bg-secondary">FILLED</span>
  <p class="card-text">Tuesday evenings in the gym.</p></div></div></div>
 <div class="col"><div class="card h-100"><div class="card-body">
  <p class="title"><b>Building Maintenance Technician</b></p>
  <p class="card-text">Part-time staff, 15 hrs/week, compensated. Basic plumbing and electrical.</p></div></div></div>
 <div class="col"><div class="card h-100"><div class="card-body">
  <h3 class="card-title h5"><a href="#social">Social media volunteer</a></h3>
  <p class="card-text" id="social">Post our weekly events on Facebook and Instagram, about two hours a week.</p></div></div></div>
 <div class="col"><div class="card h-100 border-secondary"><div class="card-body">
  <h3 class="card-title h5">Iftar Night Servers</h3>
  <p class="card-text">All Ramadan nights are covered. Jazakum Allahu khayran!</p></div></div></div>
</div>
""" + FOOT

DONATE = head("Donate", "en") + """
<h1>Donate</h1>
<div class="row">
<div class="col-md-6">
 <h2 class="h4">Food Box Wish List</h2>
 <ul><li>Rice (20 lb bags)</li><li>Red lentils</li><li>Dates</li><li>Cooking oil</li><li>Canned chickpeas</li></ul>
 <h2 class="h4">Seeking: a hand truck</h2>
 <p>Our volunteers unload 2,000 pounds of food every Friday by arm. A sturdy hand truck (dolly) would save a lot of backs.</p>
</div>
<div class="col-md-6">
 <h2 class="h4">Eid Gift Drive</h2>
 <p>All 80 children have been sponsored! Thank you.</p>
 <h3 class="h5">We do not accept</h3>
 <ul><li>Clothing</li><li>Furniture</li><li>Opened food</li></ul>
 <p>Zakat and sadaqa can be given online or at the office.</p>
</div>
</div>
""" + FOOT

ARABIC = head("العربية", "ar", rtl=True) + """
<h1>مركز دار الزيتون</h1>
<p>أوقات الصلاة: صلاة الجمعة الساعة 1:30 ظهراً.</p>
<h2>نحتاج إلى متطوعين</h2>
<h3>مترجمون (عربي – إنجليزي)</h3>
<p>لمرافقة العائلات إلى المواعيد الطبية والمدرسية، مرتين في الشهر تقريباً.</p>
<h3>معلمو اللغة العربية للأطفال</h3>
<p>يوم الأحد من العاشرة صباحاً إلى الثانية عشرة ظهراً.</p>
<h3>سائقون متطوعون</h3>
<p>لنقل كبار السن إلى المسجد والعيادة. يجب أن تكون لديك سيارة ورخصة قيادة.</p>
<h3>منسق البرامج</h3>
<p>وظيفة مدفوعة الأجر بدوام جزئي. أرسل سيرتك الذاتية إلى المكتب.</p>
<h3>ملابس الشتاء</h3>
<p>لم نعد بحاجة إليها، شكراً لكم.</p>
<h2>قصة عائلة</h2>
<p>وصلت عائلة من ستة أفراد من سوريا الشهر الماضي إلى شقة فارغة. تحتاج العائلة إلى ثلاجة وغسالة ملابس.</p>
<h2>إفطار جماعي</h2>
<p>كل يوم جمعة في رمضان بعد صلاة المغرب. الجميع مدعوون.</p>
<h2>دروس اللغة الإنجليزية مجاناً</h2>
<p>للكبار، مساء الثلاثاء والخميس.</p>
""" + FOOT

ADMIN = head("الإدارة", "ar", rtl=True) + """
<h1>ملاحظات الإدارة (داخلي)</h1>
<ul>
<li>نحتاج إلى متطوعين لتنظيف المسجد قبل العيد.</li>
<li>شراء سجاد جديد للمصلى.</li>
<li>البحث عن محاسب متطوع لمراجعة الحسابات.</li>
</ul>
""" + FOOT

PAGES = {
    "index.html": INDEX,
    "volunteer.html": VOLUNTEER,
    "donate.html": DONATE,
    "arabic.html": ARABIC,
    "idara/notes.html": ADMIN,
}

PDFS = {}

NEEDS = [
    need("volunteer.html", ["food pantry packers"], "volunteer", "en", layout="role_cards"),
    need("volunteer.html", ["homework helpers"], "skilled", "en", layout="role_cards",
         note="title in card-header span"),
    need("volunteer.html", ["social media volunteer"], "skilled", "en", layout="role_cards",
         note="title is a link inside h3"),
    need("donate.html", ["food box wish list", "lentils"], "donation", "en", layout="wish_list"),
    need("donate.html", ["hand truck"], "donation", "en", layout="seeking"),
    need("arabic.html", ["مترجمون"], "skilled", "ar", ["ar", "en"], layout="heading_paragraph"),
    need("arabic.html", ["معلمو اللغة العربية"], "skilled", "ar", ["ar"], layout="heading_paragraph"),
    need("arabic.html", ["سائقون متطوعون"], "volunteer", "ar", layout="heading_paragraph"),
    need("arabic.html", ["ثلاجة", "غسالة"], "donation", "ar", layout="story"),
]

TRAPS = [
    trap("index.html", "hours", ["prayer times"]),
    trap("index.html", "service", ["weekend youth program"]),
    trap("index.html", "event", ["eid al-adha picnic"]),
    trap("index.html", "general_appeal", ["building fund"]),
    trap("volunteer.html", "filled", ["youth basketball coach"], "FILLED badge"),
    trap("volunteer.html", "job", ["building maintenance technician"], "part-time staff, compensated"),
    trap("volunteer.html", "filled", ["iftar night servers"], "all nights covered"),
    trap("donate.html", "filled", ["eid gift drive"], "all 80 children sponsored"),
    trap("donate.html", "not_accepted", ["we do not accept"]),
    trap("donate.html", "general_appeal", ["zakat and sadaqa"]),
    trap("arabic.html", "hours", ["أوقات الصلاة"]),
    trap("arabic.html", "job", ["منسق البرامج"], "وظيفة مدفوعة الأجر"),
    trap("arabic.html", "filled", ["ملابس الشتاء"], "لم نعد بحاجة إليها"),
    trap("arabic.html", "event", ["إفطار جماعي"]),
    trap("arabic.html", "service", ["دروس اللغة الإنجليزية"]),
    trap("idara/notes.html", "robots", ["تنظيف المسجد"]),
    trap("idara/notes.html", "robots", ["سجاد جديد"]),
    trap("idara/notes.html", "robots", ["محاسب متطوع"]),
]
