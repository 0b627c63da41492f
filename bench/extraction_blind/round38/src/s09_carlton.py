"""Dar al-Yusr Center (Carlton): Bootstrap-ish site. English role cards; Arabic (rtl) FAQ holding two
needs; Arabic donations page with a wish list, a widow's story and a 'run out of' ask; English PDF
toy-drive flyer; robots-disallowed /shura/."""
from common import N, T

SLUG = "carlton-dar-al-yusr-center"


def page(lang, title, body, rtl=False):
    d = ' dir="rtl"' if rtl else ""
    return """<!DOCTYPE html>
<html lang="%s"%s>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<title>%s</title>
<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@4.6.2/dist/css/bootstrap.min.css">
</head>
<body>
<nav class="navbar navbar-expand-md navbar-dark bg-success">
 <a class="navbar-brand" href="/index.html">Dar al-Yusr &middot; دار اليسر</a>
 <button class="navbar-toggler" type="button" data-toggle="collapse" data-target="#nav"><span class="navbar-toggler-icon"></span></button>
 <div class="collapse navbar-collapse" id="nav"><ul class="navbar-nav">
  <li class="nav-item"><a class="nav-link" href="/index.html">Home</a></li>
  <li class="nav-item"><a class="nav-link" href="/volunteer.html">Volunteer</a></li>
  <li class="nav-item"><a class="nav-link" href="/ar/index.html">العربية</a></li>
  <li class="nav-item"><a class="nav-link" href="/ar/tabarruat.html">التبرعات</a></li>
  <li class="nav-item"><a class="nav-link" href="/khutbah/archive.html">Khutbah archive</a></li>
 </ul></div>
</nav>
<div class="container my-4">
""" % (lang, d, title) + body + """
</div>
<footer class="bg-light py-3 mt-5"><div class="container small text-muted">
Dar al-Yusr Islamic Center &middot; 808 Chestnut Ave, Carlton, MN 55718 &middot; <span dir="ltr">218-555-0108</span>
&middot; <a href="/eid-toy-drive.pdf">Eid Toy Drive flyer</a> &middot; <a href="/shura/">Shura</a>
</div></footer>
<script src="https://code.jquery.com/jquery-3.5.1.slim.min.js"></script>
</body>
</html>
"""


INDEX = page("en", "Dar al-Yusr Islamic Center - Carlton, MN", """
<div class="jumbotron py-4"><h1 class="display-5">Assalamu alaikum</h1>
<p class="lead">A small masjid and family center serving Muslims in Carlton County since 2009.</p></div>
<div class="row">
<div class="col-md-4"><div class="card mb-3"><div class="card-body"><h5 class="card-title">Friday prayer</h5>
<p class="card-text">Jumu'ah at 1:15 pm (1:45 pm in summer). Daily prayers as posted at the door.</p></div></div></div>
<div class="col-md-4"><div class="card mb-3"><div class="card-body"><h5 class="card-title">Weekend Arabic school</h5>
<p class="card-text">Arabic and Qur'an classes for children 5 to 15, Saturday and Sunday mornings.</p></div></div></div>
<div class="col-md-4"><div class="card mb-3"><div class="card-body"><h5 class="card-title">Eid al-Adha dinner</h5>
<p class="card-text">Community dinner after Eid prayer, Saturday June 7. All neighbors welcome.</p></div></div></div>
</div>
<p>Pay your zakat and sadaqa online through our secure giving page. <a class="btn btn-sm btn-outline-success" href="https://daralyusr.org/give">Give</a></p>
""")

VOLUNTEER = page("en", "Volunteer - Dar al-Yusr", """
<h1>Volunteer opportunities</h1>
<div class="row">
<div class="col-md-6"><div class="card mb-3"><div class="card-header">Arabic&ndash;English interpreter</div><div class="card-body">
<p>Cloquet and Carlton schools hold parent nights three times a year. Our Sudanese and Syrian families want to go but can't follow the teachers. Can you interpret for an evening?</p></div></div></div>
<div class="col-md-6"><div class="card mb-3"><div class="card-header">Handyman for the masjid</div><div class="card-body">
<p>The wudu area has a leaking faucet and two cracked tiles, and the front door closer is broken. Seeking someone who can do small plumbing and tile jobs. We buy the parts.</p></div></div></div>
<div class="col-md-6"><div class="card mb-3 border-secondary"><div class="card-header text-muted">Iftar kitchen crew</div><div class="card-body">
<p class="text-muted">Ramadan is over &mdash; jazakum Allahu khayran to the 40 brothers and sisters who cooked. We will post again next February.</p></div></div></div>
<div class="col-md-6"><div class="card mb-3"><div class="card-header">Youth basketball supervisor</div><div class="card-body">
<p>We rent the Carlton school gym on Sunday evenings for our teens. We need two adults to unlock, supervise and lock up, 6 to 8 pm.</p></div></div></div>
<div class="col-md-6"><div class="card mb-3"><div class="card-header">Weekend school principal</div><div class="card-body">
<p>Stipend of $300 per month. Runs the weekend school, hires teachers, talks with parents. Send a letter to the shura.</p></div></div></div>
</div>
""")

AR_INDEX = page("ar", "الأسئلة الشائعة - دار اليسر", """
<h1>الأسئلة الشائعة</h1>
<h4>هل تحتاجون إلى متطوعين؟</h4>
<p>نعم. نبحث عن سائقين متطوعين لنقل كبار السن إلى صلاة الجمعة من دولوث وكلوكيه. يجب أن تكون لديك سيارة ورخصة قيادة سارية.</p>
<h4>كيف أسجل أطفالي في المدرسة الأسبوعية؟</h4>
<p>املأ الاستمارة في المكتب بعد صلاة الجمعة. الرسوم 20 دولاراً في الشهر، ويمكن الإعفاء منها عند الحاجة.</p>
<h4>هل تقبلون الملابس المستعملة؟</h4>
<p>شكراً لكم، لم نعد بحاجة إلى الملابس حالياً، فالمخزن ممتلئ.</p>
<h4>من يدرس البنات القرآن؟</h4>
<p>انتقلت المعلمة السابقة إلى ولاية أخرى، ونحن نبحث عن معلمة قرآن للبنات يوم السبت صباحاً. يفضل أن تكون حافظة لجزء عم على الأقل.</p>
""", rtl=True)

AR_TABARRUAT = page("ar", "التبرعات العينية - دار اليسر", """
<h1>التبرعات العينية</h1>
<h2>قائمة الاحتياجات</h2>
<ul>
<li>حفاضات أطفال (مقاس 3 و4)</li>
<li>حليب أطفال</li>
<li>زيت طبخ</li>
<li>أرز بسمتي</li>
<li>شاي</li>
</ul>
<h2>أسرة أم خالد</h2>
<p>أم خالد أرملة تعيش مع أطفالها الأربعة في شقة صغيرة في كارلتون. تعطلت التدفئة في غرفة الأطفال، والمالك لم يصلحها بعد. تحتاج الأسرة إلى مدفأة كهربائية وبطانيات شتوية قبل البرد.</p>
<h2>نفد لدينا</h2>
<p>نفدت الحقائب المدرسية قبل بداية العام الدراسي. نحتاج إلى 30 حقيبة مدرسية لتلاميذ المرحلة الابتدائية.</p>
<h3>كفالة الأيتام</h3>
<p>تم التكفل بجميع الأيتام لهذا العام، جزاكم الله خيراً.</p>
<h3>صدقة جارية</h3>
<p>ساهم في بناء المصلى الجديد بتبرع مالي عبر صفحة التبرع.</p>
""", rtl=True)

SHURA = page("ar", "مجلس الشورى (خاص)", """
<h1>محضر اجتماع مجلس الشورى &mdash; خاص</h1>
<ul>
<li>شراء سجاد جديد للمصلى قبل رمضان.</li>
<li>نحتاج إلى محاسب لمراجعة الحسابات السنوية.</li>
<li>إصلاح نظام الصوت في القاعة.</li>
</ul>
""", rtl=True)

PAGES = {
    "index.html": INDEX,
    "volunteer.html": VOLUNTEER,
    "ar/index.html": AR_INDEX,
    "ar/tabarruat.html": AR_TABARRUAT,
    "shura/index.html": SHURA,
}

ROBOTS = """User-agent: *
Disallow: /shura/
Disallow: /admin/
"""

PDFS = {
    "eid-toy-drive.pdf": ("Eid Toy Drive 2025", [
        ("title", "Eid Toy Drive 2025 - Dar al-Yusr Islamic Center"),
        ("p", "Every child deserves a gift on Eid. This year 120 children in our community are on the list."),
        ("h", "What we need"),
        ("p", "New, unwrapped toys and books for ages 3 to 12, and gift cards ($10 to $25) for teenagers. "
              "Please write the age and boy/girl on the bag."),
        ("h", "Drop-off"),
        ("p", "Drop off at the masjid after Maghrib any evening until June 1."),
        ("h", "Families"),
        ("p", "Families: register your children at the office by May 25. One gift per child."),
        ("h", "Eid party"),
        ("p", "Gifts will be handed out at the Eid party on Saturday, June 7, in the Carlton school gym."),
    ]),
}

NEEDS = [
    N("volunteer.html", ["interpreter"], "skilled", "en", ["ar", "en"], "role_cards", "school parent nights"),
    N("volunteer.html", ["handyman"], "skilled", "en", [], "role_cards", "plumbing and tile"),
    N("volunteer.html", ["basketball"], "volunteer", "en", [], "role_cards"),
    N("ar/index.html", ["سائقين متطوعين"], "volunteer", "ar", [], "faq_answer", "drivers for elders"),
    N("ar/index.html", ["معلمة قرآن"], "skilled", "ar", ["ar"], "faq_answer", "Qur'an teacher for girls"),
    N("ar/tabarruat.html", ["قائمة الاحتياجات", "حفاضات"], "donation", "ar", [], "wish_list"),
    N("ar/tabarruat.html", ["مدفأة", "أم خالد"], "donation", "ar", [], "story", "widow; heater and blankets"),
    N("ar/tabarruat.html", ["حقيبة مدرسية"], "donation", "ar", [], "short_on", "'نفد لدينا' = we ran out"),
    N("eid-toy-drive.pdf", ["toy drive", "unwrapped toys"], "donation", "en", [], "pdf"),
]

TRAPS = [
    T("index.html", "hours", ["friday prayer"]),
    T("index.html", "service", ["weekend arabic school"]),
    T("index.html", "event", ["eid al-adha"]),
    T("index.html", "general_appeal", ["zakat"]),
    T("volunteer.html", "filled", ["iftar kitchen"], "closed for the season, greyed card"),
    T("volunteer.html", "job", ["weekend school principal"], "stipend = paid"),
    T("ar/index.html", "how_to_apply", ["كيف أسجل"]),
    T("ar/index.html", "filled", ["الملابس المستعملة"], "'لم نعد بحاجة' = we no longer need"),
    T("ar/tabarruat.html", "filled", ["كفالة الأيتام"], "all orphans sponsored"),
    T("ar/tabarruat.html", "general_appeal", ["صدقة جارية"]),
    T("eid-toy-drive.pdf", "hours", ["drop off at the masjid"]),
    T("eid-toy-drive.pdf", "how_to_apply", ["register your children"]),
    T("eid-toy-drive.pdf", "event", ["eid party"]),
    T("shura/index.html", "robots", ["سجاد جديد"]),
    T("shura/index.html", "robots", ["محاسب"]),
    T("shura/index.html", "robots", ["نظام الصوت"]),
]
