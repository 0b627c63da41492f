"""Kasota: Al-Fajr Family Association (Arabic + English).
Layouts: Arabic rtl needs table with colspan category rows and a status column
of ✓/✗ icons with words; Arabic Ramadan roster (roles x ten-night blocks) with
names, blanks and مكتمل cells; English page as a <details> accordion; English PDF newsletter with a
buried ask and a family story."""
from common import N, T

SLUG = "kasota-al-fajr-family-association"

NAV = """<nav class="bar">
<a href="/index.html">الرئيسية</a> |
<a href="/ramadan.html">جدول رمضان</a> |
<a href="/en.html">English</a> |
<a href="/alnashra-fall-2025.pdf">النشرة (PDF)</a> |
<a href="/suwar/eid-2025.html">صور العيد</a> |
<a href="/idara/index.html">الإدارة</a>
</nav>"""

PAGES = {}

PAGES["index.html"] = """
<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<title>جمعية الفجر للأسرة - كاسوتا</title>
<style>table.needs{border-collapse:collapse;width:100%} .needs td{border:1px solid #ccc;padding:6px}
.cat{background:#0b6e4f;color:#fff;font-weight:bold}.no{color:#c62828}.yes{color:#2e7d32}</style>
</head>
<body>
""" + NAV + """
<h1>جمعية الفجر للأسرة</h1>
<p>نخدم الأسر العربية والمسلمة في مقاطعة لو سور منذ عام 2016.</p>

<h2>احتياجات الجمعية هذا الشهر</h2>
<table class="needs">
<tr><td colspan="2" class="cat">تبرعات عينية</td></tr>
<tr><td>حليب أطفال (فورمولا) وحفاضات مقاس 4</td><td class="no">&#10007; مطلوب</td></tr>
<tr><td>بطانيات شتوية للأسر الجديدة</td><td class="yes">&#10003; تمت التغطية، شكراً لكم</td></tr>
<tr><td>ثلاجة صغيرة لمطبخ المركز</td><td class="no">&#10007; مطلوب</td></tr>
<tr><td colspan="2" class="cat">متطوعون</td></tr>
<tr><td>معلم أو معلمة لغة عربية للأطفال يوم السبت (10 &ndash; 12 ظهراً)</td><td class="no">&#10007; مطلوب</td></tr>
<tr><td>سائقون لتوصيل كبار السن إلى المواعيد الطبية</td><td class="yes">&#10003; اكتمل العدد</td></tr>
</table>

<h2>خدماتنا</h2>
<p>توزيع السلال الغذائية كل خميس من الساعة 4 إلى 6 مساءً لكل الأسر المسجلة.</p>
<h2>أوقات الدوام</h2>
<p>من الإثنين إلى الخميس، 10 صباحاً &ndash; 5 مساءً. الهاتف: <span dir="ltr">(507) 555-0193</span></p>
<p><a href="https://give.example/alfajr">تبرّع بزكاتك عبر الإنترنت</a></p>
</body>
</html>
"""

PAGES["ramadan.html"] = """
<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head><meta charset="utf-8"><title>جدول متطوعي رمضان</title>
<style>td,th{border:1px solid #aaa;padding:5px}.empty{color:#aaa}</style></head>
<body>
""" + NAV + """
<h1>جدول متطوعي رمضان 1447</h1>
<p>الخانة الفارغة تعني أننا ما زلنا نحتاج متطوعاً. للتسجيل اتصلوا بالأخت هدى.</p>
<table>
<tr><th>المهمة</th><th>الليالي 1&ndash;10</th><th>الليالي 11&ndash;20</th><th>الليالي 21&ndash;30</th></tr>
<tr><td>إعداد وجبة الإفطار</td><td>أم خالد</td><td class="empty">________</td><td class="empty">________</td></tr>
<tr><td>التنظيف بعد الإفطار</td><td>أبو سامي</td><td>فاطمة</td><td>يوسف</td></tr>
<tr><td>توصيل الوجبات للعائلات</td><td class="empty">________</td><td class="empty">________</td><td>محمود</td></tr>
<tr><td>استقبال الضيوف</td><td>مكتمل</td><td>مكتمل</td><td>مكتمل</td></tr>
</table>
<h2>إفطار جماعي</h2>
<p>إفطار جماعي مفتوح للجميع كل يوم جمعة في رمضان في قاعة المركز.</p>
<h2>صلاة التراويح</h2>
<p>بعد صلاة العشاء، الساعة 9:15 مساءً تقريباً.</p>
</body>
</html>
"""

PAGES["en.html"] = """
<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Al-Fajr Family Association - English</title></head>
<body>
""" + NAV + """
<h1>Al-Fajr Family Association</h1>
<p>We welcome Arab and Muslim families who are new to southern Minnesota.</p>
<details><summary>What we offer</summary>
<ul><li>Arabic and Quran classes for children on weekends</li><li>Weekly food baskets</li></ul>
</details>
<details><summary>Emergency assistance</summary>
<p>To apply for emergency assistance, bring your lease, a photo ID and your most recent pay stub to the office.</p>
</details>
<details><summary>Volunteer</summary>
<p>Our mothers' group is looking for English conversation volunteers, Wednesday mornings. Women volunteers are
preferred because some mothers are more comfortable that way.</p>
</details>
<details><summary>Jobs</summary>
<p>Part-time youth worker (paid, 15 hours a week). Arabic a plus.</p>
</details>
<details><summary>Thank you</summary>
<p>Thank you to Kasota Township for plowing our parking lot all last winter.</p>
</details>
</body>
</html>
"""

PAGES["idara/index.html"] = """
<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head><meta charset="utf-8"><title>الإدارة - داخلي</title></head>
<body>
<h1>ملاحظات الإدارة</h1>
<ul>
<li>نحتاج محاسباً متطوعاً لمراجعة الحسابات</li>
<li>نحتاج تبرعاً بطابعة جديدة</li>
<li>نحتاج متطوعين لدهان القاعة</li>
</ul>
</body>
</html>
"""

ROBOTS = """User-agent: *
Disallow: /idara/
"""

PDFS = {
    "alnashra-fall-2025.pdf": ("Al-Fajr Newsletter - Fall 2025", [
        ("title", "Al-Fajr Newsletter - Fall 2025"),
        ("h", "Backpack drive"),
        ("p", "Alhamdulillah, our backpack drive filled 85 backpacks for children in Kasota and St. Peter."),
        ("h", "Our books"),
        ("p", "The association is growing, and our paperwork is growing too. We are seeking a volunteer "
              "accountant to prepare our Form 990 this winter."),
        ("h", "A new family"),
        ("p", "A family of six from Sudan arrived in October. The parents have a car now, but they have no car "
              "seats for their two youngest children. Please call Huda if you can help."),
        ("h", "Mawlid gathering"),
        ("p", "Mawlid gathering on Friday, September 5, after Maghrib. Sweets and nasheeds for the children."),
    ]),
}

NEEDS = [
    N("index.html", ["حليب أطفال", "حفاضات"], "donation", "ar", (), "status_table_colspan"),
    N("index.html", ["ثلاجة صغيرة"], "donation", "ar", (), "status_table_colspan"),
    N("index.html", ["لغة عربية للأطفال", "معلم أو معلمة"], "skilled", "ar", ("ar",), "status_table_colspan"),
    N("ramadan.html", ["إعداد وجبة الإفطار"], "volunteer", "ar", (), "roster_matrix", "two blank blocks"),
    N("ramadan.html", ["توصيل الوجبات"], "volunteer", "ar", (), "roster_matrix", "two blank blocks"),
    N("en.html", ["english conversation"], "volunteer", "en", ("en",), "accordion"),
    N("alnashra-fall-2025.pdf", ["accountant", "form 990"], "skilled", "en", (), "newsletter_buried"),
    N("alnashra-fall-2025.pdf", ["car seats"], "donation", "en", (), "story"),
]

TRAPS = [
    T("index.html", "filled", ["بطانيات"], "تمت التغطية"),
    T("index.html", "filled", ["سائقون"], "اكتمل العدد"),
    T("index.html", "service", ["السلال الغذائية"]),
    T("index.html", "hours", ["أوقات الدوام"]),
    T("index.html", "general_appeal", ["زكاتك"]),
    T("ramadan.html", "filled", ["التنظيف بعد الإفطار"], "all names"),
    T("ramadan.html", "filled", ["استقبال الضيوف"], "مكتمل"),
    T("ramadan.html", "event", ["إفطار جماعي"]),
    T("ramadan.html", "hours", ["صلاة التراويح"]),
    T("en.html", "service", ["quran classes", "food baskets"]),
    T("en.html", "how_to_apply", ["emergency assistance"]),
    T("en.html", "job", ["youth worker"]),
    T("en.html", "thanks", ["kasota township"]),
    T("alnashra-fall-2025.pdf", "recap", ["backpack drive", "85 backpacks"]),
    T("alnashra-fall-2025.pdf", "event", ["mawlid"]),
    T("idara/index.html", "robots", ["محاسبا متطوعا"]),
    T("idara/index.html", "robots", ["طابعة"]),
    T("idara/index.html", "robots", ["دهان القاعة"]),
]
