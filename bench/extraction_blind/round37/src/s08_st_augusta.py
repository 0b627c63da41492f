"""St. Augusta, MN: Al-Rawda Family Center. Arabic (rtl) home page; Arabic volunteer page of <h2>
sections (one "اكتمل العدد", one paid); Arabic donation page with a list inside a sentence, a family
story and a covered item; English neighbors page with "we are short on" + an offer; English PDF
volunteer form with the only mention of one role; robots /idara/."""
from common import need, trap

SLUG = "st-augusta-al-rawda-family-center"


def page(lang, title, body):
    d = ' dir="rtl"' if lang == "ar" else ""
    return """<!DOCTYPE html>
<html lang="%s"%s>
<head>
<meta charset="utf-8">
<title>%s</title>
<link rel="stylesheet" href="/static/rawda.css">
</head>
<body>
<header class="hdr">
<h1 class="site-name"><a href="/index.html">مركز الروضة للأسرة · Al-Rawda Family Center</a></h1>
<nav>
<a href="/index.html">الرئيسية</a> ·
<a href="/tatawu.html">تطوع</a> ·
<a href="/tabarruat.html">تبرعات</a> ·
<a href="/english.html">English</a> ·
<a href="/forms/volunteer-form.pdf">استمارة التطوع</a> ·
<a href="/suwar/eid-2024.html">صور</a>
</nav>
</header>
<div class="main">
%s
</div>
<footer>
<p>Al-Rawda Family Center · 2470 County Rd 7, St. Augusta, MN 56301 · <span dir="ltr">(320) 555-0184</span></p>
<p><a href="/idara/">الإدارة</a></p>
</footer>
</body>
</html>
""" % (lang, d, title, body)


INDEX = page("ar", "مركز الروضة للأسرة – سانت أوغستا", """
<h2>أهلاً وسهلاً بكم</h2>
<p>مركز الروضة بيت للعائلات العربية والمسلمة في منطقة سانت كلاود منذ عام 2015.</p>

<section>
<h3>مواقيت الصلاة</h3>
<p>صلاة الجمعة: 1:30 ظهراً. المركز مفتوح للصلوات الخمس كل يوم.</p>
</section>

<section>
<h3>خدماتنا</h3>
<ul>
<li>مدرسة اللغة العربية والقرآن للأطفال يوم السبت</li>
<li>بنك الطعام كل يوم أربعاء من 3 إلى 6 مساءً</li>
<li>مساعدة في تعبئة استمارات المدارس والتأمين الصحي</li>
</ul>
</section>

<section>
<h3>إفطار جماعي</h3>
<p>كل يوم جمعة في شهر رمضان، في القاعة الكبرى. الجميع مدعوون.</p>
</section>

<section>
<h3>حملة الشتاء الماضي</h3>
<p>بفضل الله ثم بفضلكم وزعنا 150 معطفاً على أطفال المنطقة.</p>
</section>

<section>
<h3>ادعم المركز</h3>
<p>زكاتك وصدقتك تبقي أبواب المركز مفتوحة. يمكنكم التبرع في المكتب أو عبر الإنترنت.</p>
</section>
""")

TATAWU = page("ar", "التطوع – مركز الروضة", """
<h2>فرص التطوع</h2>
<p>نرحب بكل من يريد خدمة المجتمع. هذه هي الأماكن التي نحتاجكم فيها الآن:</p>

<h3>مترجمون (عربي – إنجليزي)</h3>
<p>لمرافقة العائلات الجديدة إلى المواعيد الطبية واجتماعات المدرسة. يجب إتقان اللغتين. ساعتان إلى
أربع ساعات في الأسبوع.</p>

<h3>سائقون لتوصيل كبار السن</h3>
<p>توصيل كبار السن من سانت كلاود إلى المركز يوم الجمعة وإعادتهم بعد الصلاة. سيارة خاصة ورخصة
قيادة سارية.</p>

<h3>معلم رياضيات للمرحلة الثانوية</h3>
<p>مساعدة الطلاب في الرياضيات يوم الأحد من 4 إلى 6 مساءً.</p>

<h3>مساعدات في حضانة الأطفال</h3>
<p>اكتمل العدد — شكراً لكل من سجّلت. سنعلن عند الحاجة من جديد.</p>

<h3>محاسب بدوام جزئي</h3>
<p>وظيفة مدفوعة الأجر: 15 ساعة في الأسبوع. أرسل سيرتك الذاتية إلى الإدارة.</p>
""")

TABARRUAT = page("ar", "التبرعات – مركز الروضة", """
<h2>التبرعات العينية</h2>

<h3>مستلزمات الأطفال</h3>
<p>نحتاج هذا الشهر إلى: حفاضات (مقاس 4 و5)، وحليب أطفال، ومناديل مبللة، وكريم للطفح الجلدي.</p>

<h3>عائلة وصلت حديثاً</h3>
<p>وصلت إلى سانت كلاود أمٌّ مع أربعة أطفال من السودان قبل أسبوعين. الشقة فارغة تقريباً، وتحتاج
العائلة إلى غسالة ملابس وسجاد للأرضية قبل الشتاء. من يستطيع المساعدة فليتصل بالمكتب.</p>

<h3>الحقائب المدرسية</h3>
<p>تمت تغطيتها بالكامل، جزاكم الله خيراً.</p>

<h3>أوقات استلام التبرعات</h3>
<p>السبت والأحد من 10 صباحاً إلى 2 ظهراً.</p>
""")

ENGLISH = page("en", "For our neighbors – Al-Rawda Family Center", """
<h2>For our neighbors in St. Augusta</h2>
<p>Al-Rawda is a family center and prayer space. Our doors are open to everyone.</p>

<h3>Kids' bike program</h3>
<p>Every spring, families donate old bicycles and our teens fix them up for younger kids. We are
short on volunteers who can fix bicycles: brakes, chains and flat tires. Tuesday evenings,
March to May, tools provided.</p>

<h3>Extra meat after Eid</h3>
<p>After Eid al-Adha we usually have more halal meat than our pantry can store. Other food shelves
are welcome to call us and pick some up.</p>

<h3>Open house and tea</h3>
<p>Saturday, April 12, 1–4 pm. Tour the center, meet the families, try the cardamom tea.</p>

<h3>English class for women</h3>
<p>Free, taught by a retired teacher, Monday and Wednesday mornings, with childcare.</p>
""", )

IDARA = page("ar", "الإدارة – مركز الروضة", """
<h2>للإدارة فقط</h2>
<ul>
<li>نحتاج سباكاً لإصلاح حمام الرجال قبل رمضان.</li>
<li>نطلب من الأعضاء التبرع بثلاجة كبيرة للمطبخ.</li>
<li>متطوع لتصميم الموقع الجديد باللغتين.</li>
</ul>
""")

PAGES = {
    "index.html": INDEX,
    "tatawu.html": TATAWU,
    "tabarruat.html": TABARRUAT,
    "english.html": ENGLISH,
    "idara/index.html": IDARA,
}

ROBOTS = "User-agent: *\nDisallow: /idara/\nDisallow: /cgi-bin/\n"

PDFS = {
    "forms/volunteer-form.pdf": ("Al-Rawda Family Center - Volunteer Form", [
        ("title", "Al-Rawda Family Center - Volunteer Form"),
        ("p", "2470 County Rd 7, St. Augusta, MN 56301 - (320) 555-0184"),
        ("gap", ""),
        ("p", "Name: ______________________________   Phone: ____________________"),
        ("p", "Languages: [ ] Arabic  [ ] English  [ ] Somali  [ ] other: __________"),
        ("p", "I can help with: [ ] interpreting  [ ] driving  [ ] tutoring  [ ] other: __________"),
        ("gap", ""),
        ("h", "Current opening"),
        ("p", "Snow shoveling crew: after each storm, December to March, we need three or four people "
              "to clear the front walk, the ramp and the parking lot before the noon prayer. Shovels "
              "and salt are in the garage."),
        ("gap", ""),
        ("h", "Volunteer orientation"),
        ("p", "First Saturday of every month, 11 am, in the library room."),
        ("gap", ""),
        ("h", "How to return this form"),
        ("p", "Return this form to the front desk, or e-mail a photo of it to volunteer@alrawda-mn.org."),
    ]),
}

NEEDS = [
    need("tatawu.html", ["مترجمون"], "skilled", "ar", ["ar", "en"], layout="heading_paragraph"),
    need("tatawu.html", ["سائقون"], "volunteer", "ar", layout="heading_paragraph"),
    need("tatawu.html", ["معلم رياضيات"], "skilled", "ar", layout="heading_paragraph"),
    need("tabarruat.html", ["مستلزمات الأطفال", "حفاضات"], "donation", "ar", layout="wish_list_sentence",
         note="ONE need: items in one sentence after a colon"),
    need("tabarruat.html", ["غسالة", "سجاد"], "donation", "ar", layout="story"),
    need("english.html", ["fix bicycles", "bike program"], "skilled", "en", layout="short_on",
         note="'We are short on volunteers who can fix bicycles'"),
    need("forms/volunteer-form.pdf", ["snow shoveling"], "volunteer", "en", layout="pdf"),
]

TRAPS = [
    trap("index.html", "hours", ["مواقيت الصلاة"]),
    trap("index.html", "service", ["مدرسة اللغة العربية", "بنك الطعام"]),
    trap("index.html", "event", ["إفطار جماعي"]),
    trap("index.html", "recap", ["حملة الشتاء الماضي"]),
    trap("index.html", "general_appeal", ["ادعم المركز"]),
    trap("tatawu.html", "filled", ["حضانة الأطفال"], note="'اكتمل العدد' (the number is complete)"),
    trap("tatawu.html", "job", ["محاسب"], note="paid"),
    trap("tabarruat.html", "filled", ["الحقائب المدرسية"], note="'تمت تغطيتها بالكامل' (fully covered)"),
    trap("tabarruat.html", "hours", ["أوقات استلام التبرعات"]),
    trap("english.html", "offer", ["halal meat"]),
    trap("english.html", "event", ["open house"]),
    trap("english.html", "service", ["english class for women"]),
    trap("forms/volunteer-form.pdf", "event", ["volunteer orientation"]),
    trap("forms/volunteer-form.pdf", "how_to_apply", ["return this form"]),
    trap("idara/index.html", "robots", ["سباك"]),
    trap("idara/index.html", "robots", ["ثلاجة"]),
    trap("idara/index.html", "robots", ["تصميم الموقع"]),
]
