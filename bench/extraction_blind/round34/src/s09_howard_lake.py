from common import N, T

SLUG = "howard-lake-al-sanabel-family-center"


def page(lang, title, body, rtl=False):
    return """<!DOCTYPE html>
<html lang="%s"%s>
<head><meta charset="utf-8"><title>%s - Al-Sanabel Family Center</title></head>
<body>
<header class="masthead"><div class="logo">Al-Sanabel Family Center &middot; مركز السنابل للأسرة</div>
<nav>
<a href="/index.html">Home</a>
<a href="/volunteer.html">Volunteer</a>
<a href="/ar/index.html">العربية</a>
<a href="/ar/tabarruat.html">التبرعات</a>
<a href="/flyer-winter.pdf">Winter flyer</a>
</nav></header>
<section class="main">
%s
</section>
<footer>Al-Sanabel Family Center, 609 6th St, Howard Lake, MN 55349 &middot; <span dir="ltr">(320) 555-0171</span> &middot;
<a href="/staff-only/plan.html">Staff</a> &middot; <a href="/eid/photos-2024.html">Eid photos</a></footer>
</body>
</html>
""" % (lang, ' dir="rtl"' if rtl else "", title, body)


INDEX = page("en", "Home", """
<h1>Al-Sanabel Family Center</h1>
<p><em>Sanabel</em> are ears of grain. We serve Arab and Muslim families in Wright and McLeod counties.</p>
<h2>When we are open</h2>
<p>Sunday 1&ndash;5 pm, Wednesday 4&ndash;8 pm.</p>
<h2>What we do</h2>
<p>Weekend Arabic and Quran classes for children, a monthly food pantry, and help with school enrollment and county forms.</p>
<h2>Eid picnic</h2>
<p>All families are invited to our Eid picnic at Lions Park after Eid prayer. Bring a blanket!</p>
""")

VOLUNTEER = page("en", "Volunteer", """
<h1>Volunteer shifts</h1>
<p>Put your name in an open slot by texting the coordinator. Grey rows are full.</p>
<table class="shifts">
<thead><tr><th>Role</th><th>Day</th><th colspan="4">Volunteers</th></tr></thead>
<tbody>
<tr><td>Pantry packing</td><td>Friday 5&ndash;7 pm</td><td>Amina S.</td><td>Greg T.</td><td class="open">open</td><td class="open">open</td></tr>
<tr class="full"><td>Eid picnic grill crew</td><td>Eid day</td><td>Hassan</td><td>Omar</td><td>Lisa</td><td>Joe &ndash; FULL</td></tr>
<tr><td>Arabic&ndash;English homework help</td><td>Wednesday 4&ndash;6 pm</td><td class="open">open</td><td class="open">open</td><td>&mdash;</td><td>&mdash;</td></tr>
<tr><td>Licensed electrician (one visit)</td><td>Any weekday</td><td class="open">open</td><td>&mdash;</td><td>&mdash;</td><td>&mdash;</td></tr>
</tbody>
</table>
<p class="note">The electrician visit is to replace the outlets in our classroom, which keep tripping the breaker.</p>
<h2>Staff opening</h2>
<p><b>Family Advocate</b> &ndash; paid, 30 hours per week, Arabic and English required. See the job description at the front desk.</p>
""")

AR = page("ar", "العربية", """
<h1>كيف يمكنني المساعدة؟</h1>
<h3>هل تحتاجون إلى متطوعين؟</h3>
<p>نعم. نبحث عن متطوعات لتعليم اللغة الإنجليزية للأمهات صباح كل ثلاثاء من الساعة العاشرة حتى الثانية عشرة.</p>
<h3>هل يمكنني المساعدة في النقل؟</h3>
<p>نحتاج إلى سائقين متطوعين لنقل كبار السن إلى مواعيدهم الطبية في هاتشنسون وويلمار. نعوّض ثمن البنزين.</p>
<h3>هل تحتاجون مترجمين؟</h3>
<p>اكتمل فريق المترجمين لهذا الموسم، شكراً لكم جميعاً.</p>
<h3>كيف أسجل عائلتي للحصول على السلة الغذائية؟</h3>
<p>أحضر بطاقة الهوية وإثبات العنوان إلى المركز يوم الأحد بين الواحدة والخامسة.</p>
""", rtl=True)

TABARRUAT = page("ar", "التبرعات", """
<h1>التبرعات العينية</h1>
<h2>قائمة الاحتياجات</h2>
<ul>
<li>حليب الأطفال</li>
<li>حفاضات (مقاس 4 و5)</li>
<li>بطانيات شتوية</li>
<li>أحذية شتوية للأطفال</li>
</ul>
<h2>ينقصنا حالياً</h2>
<p>ينقصنا حالياً زيت الطبخ والأرز البسمتي. نفدت الكميات في توزيع الشهر الماضي.</p>
<h2>قصة عائلة أبو سامر</h2>
<p>وصلت عائلة أبو سامر من الأردن قبل شهرين، ومعهم أربعة أطفال. الثلاجة في شقتهم معطلة منذ وصولهم، والمالك يرفض تغييرها.
إذا كان لديكم ثلاجة مستعملة بحالة جيدة، نرجو الاتصال بالمركز.</p>
<h2>الملابس الصيفية</h2>
<p>لدينا ما يكفي من الملابس الصيفية، شكراً لكم. الرجاء عدم إحضار المزيد.</p>
<h2>رمضان الماضي</h2>
<p>في رمضان الماضي وزعنا 90 سلة غذائية بفضل تبرعاتكم.</p>
<h2>ادعم مركزنا</h2>
<p>تبرعك الشهري يساعدنا على دفع الإيجار والكهرباء.</p>
""", rtl=True)

STAFF = page("en", "Staff", """
<h1>Planning notes &ndash; staff only</h1>
<ol>
<li>Recruit a volunteer accountant for the annual audit.</li>
<li>Ask the mosque in Litchfield for a donated projector.</li>
<li>Need four helpers to set up the Eid picnic tents.</li>
</ol>
""")

PAGES = {"index.html": INDEX, "volunteer.html": VOLUNTEER, "ar/index.html": AR, "ar/tabarruat.html": TABARRUAT,
         "staff-only/plan.html": STAFF}

ROBOTS = """User-agent: *
Allow: /
Disallow: /staff-only/
"""

PDFS = {
    "flyer-winter.pdf": ("Warm Hands Drive - Al-Sanabel Family Center", [
        ("title", "AL-SANABEL FAMILY CENTER"),
        ("title", "Warm Hands Drive"),
        ("p", "609 6th St, Howard Lake, MN 55349 - (320) 555-0171"),
        ("h", "Our kids walk to school in the cold"),
        ("p", "Many of the children in our Arabic school came from places where it never snows. For the Warm Hands Drive we "
              "need new mittens, warm hats, and snow pants in children's sizes 4 to 16. New items only, please."),
        ("h", "Where to bring them"),
        ("p", "Drop off at the center on Sundays 1 to 5 pm, or at the Howard Lake library front desk."),
        ("h", "Last year"),
        ("p", "Last winter we gave 64 children a full set of winter gear. Thank you, Howard Lake!"),
    ]),
}

NEEDS = [
    N("volunteer.html", ["pantry packing"], "volunteer", "en", layout="shift_table", note="2 open slots"),
    N("volunteer.html", ["homework help"], "skilled", "en", ["ar", "en"], layout="shift_table"),
    N("volunteer.html", ["licensed electrician"], "skilled", "en", layout="shift_table"),
    N("ar/index.html", ["تعليم اللغة الإنجليزية"], "skilled", "ar", ["en"], layout="faq_answer"),
    N("ar/index.html", ["سائقين متطوعين"], "volunteer", "ar", layout="faq_answer"),
    N("ar/tabarruat.html", ["قائمة الاحتياجات", "حليب الأطفال"], "donation", "ar", layout="wish_list"),
    N("ar/tabarruat.html", ["زيت الطبخ"], "donation", "ar", layout="short_on"),
    N("ar/tabarruat.html", ["ثلاجة مستعملة", "قصة عائلة أبو سامر"], "donation", "ar", layout="story"),
    N("flyer-winter.pdf", ["warm hands drive", "snow pants"], "donation", "en", layout="pdf", note="supply drive flyer"),
]

TRAPS = [
    T("index.html", "hours", ["when we are open"]),
    T("index.html", "service", ["what we do"]),
    T("index.html", "event", ["eid picnic"]),
    T("volunteer.html", "filled", ["grill crew"], "all names + FULL"),
    T("volunteer.html", "job", ["family advocate"]),
    T("ar/index.html", "filled", ["فريق المترجمين"], "اكتمل = complete"),
    T("ar/index.html", "how_to_apply", ["السلة الغذائية"]),
    T("ar/tabarruat.html", "filled", ["الملابس الصيفية"]),
    T("ar/tabarruat.html", "recap", ["رمضان الماضي"]),
    T("ar/tabarruat.html", "general_appeal", ["ادعم مركزنا"]),
    T("staff-only/plan.html", "robots", ["volunteer accountant"]),
    T("staff-only/plan.html", "robots", ["donated projector"]),
    T("staff-only/plan.html", "robots", ["picnic tents"]),
    T("flyer-winter.pdf", "hours", ["where to bring them"]),
    T("flyer-winter.pdf", "recap", ["last winter"]),
]
