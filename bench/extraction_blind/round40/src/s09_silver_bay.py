"""Al-Furat Family Center, Silver Bay: English heading sections, Arabic rtl card grid with status badges, Arabic blog with story, English PDF handbook."""
from common import need, trap

SLUG = "silver-bay-al-furat-family-center"

ROBOTS = """User-agent: *
Allow: /
Disallow: /idara/
"""


def shell(lang, title, body, p="", rtl=False):
    return """<!DOCTYPE html>
<html lang="%(lang)s"%(dir)s>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%(title)s</title>
<link rel="stylesheet" href="%(p)scss/furat.css">
</head>
<body>
<nav class="navbar">
 <a class="brand" href="%(p)sindex.html">Al-Furat Family Center &middot; مركز الفرات</a>
 <ul>
  <li><a href="%(p)sindex.html">Home</a></li>
  <li><a href="%(p)sget-involved.html">Get involved</a></li>
  <li><a href="%(p)sar/index.html">العربية</a></li>
  <li><a href="%(p)sar/blog.html">المدونة</a></li>
 </ul>
</nav>
<div class="container">
%(body)s
</div>
<footer>
 <p>Al-Furat Family Center &middot; 97 Outer Drive, Silver Bay, MN 55614 &middot; <span dir="ltr">218-555-0193</span> &middot;
 <a href="mailto:info@alfurat-northshore.org">info@alfurat-northshore.org</a></p>
 <p><a href="%(p)sdocs/volunteer-handbook.pdf">Volunteer handbook (PDF)</a> &middot; <a href="%(p)sidara/index.html">Staff login</a></p>
</footer>
</body>
</html>
""" % {"lang": lang, "title": title, "body": body, "p": p, "dir": ' dir="rtl"' if rtl else ""}


INDEX = shell("en", "Al-Furat Family Center", """
<h1>Al-Furat Family Center</h1>
<p>Named for the Euphrates, the river many of our families grew up beside. We serve Arab and East African families from
Two Harbors to Grand Marais.</p>
<div class="row">
 <div class="col"><h3>When we&rsquo;re open</h3><p>Monday&ndash;Thursday 10 a.m.&ndash;6 p.m.; Friday 2&ndash;6 p.m.</p></div>
 <div class="col"><h3>Friday food pantry</h3><p>Any family in Lake County can pick up groceries on Friday afternoons, halal meat included.</p></div>
 <div class="col"><h3>Eid al-Adha dinner</h3><p>Join us June 7 at the Silver Bay Veterans Hall. <a href="events/eid-dinner-2025.html">Details</a></p></div>
</div>
<div class="row">
 <div class="col"><h3>Zakat and sadaqa</h3><p>Your zakat reaches families on the North Shore. Give at the center or online.</p></div>
 <div class="col"><h3>From our blog</h3><p><a href="ar/blog.html">How a Silver Bay nurse became our first volunteer</a></p></div>
</div>
""")

GET_INVOLVED = shell("en", "Get involved", """
<h1>Get involved</h1>
<p>Call or text Huda at <span dir="ltr">218-555-0193</span>.</p>

<h2>Seeking: mentor for newcomer teens</h2>
<p>Several teenagers arrived from Sudan and Syria this year. We are seeking an Arabic-speaking adult who can mentor one or
two of them &mdash; homework, the bus schedule, a first job application. One afternoon a week.</p>

<h2>Ramadan food boxes</h2>
<p>We will pack 60 boxes for families before Ramadan. Each box needs:</p>
<ul><li>dates</li><li>red lentils</li><li>rice</li><li>cooking oil</li><li>tea and sugar</li></ul>
<p>Please bring items to the center by February 10.</p>

<h2>GED tutors</h2>
<p>Adults preparing for the GED math test need tutors on Tuesday evenings. You should be comfortable with algebra.</p>

<h2>Apartment setup crew</h2>
<p>Covered through June &mdash; thanks to St. Mary&rsquo;s youth group!</p>

<h2>Front desk receptionist (staff)</h2>
<p>$17/hour, 25 hours a week. Arabic and English required. Send a resume to Huda.</p>

<h2>Borrow a van?</h2>
<p>Once a month we take families to the halal grocery and the mosque in Duluth. Can your church or business lend us a
12-passenger van one Saturday a month? Our insurance covers volunteer drivers.</p>
""")

AR_INDEX = shell("ar", "مركز الفرات للأسرة", """
<h1>مركز الفرات للأسرة</h1>
<p>نخدم العائلات العربية على الساحل الشمالي لبحيرة سوبيريور منذ عام 2015.</p>
<h3>ساعات العمل</h3>
<p>من الاثنين إلى الخميس، من 10 صباحاً إلى 6 مساءً.</p>
<h3>دروس اللغة العربية للأطفال</h3>
<p>كل يوم سبت من 10 إلى 12 ظهراً، مجاناً.</p>
<h3>عشاء عيد الأضحى</h3>
<p>يوم 7 يونيو في قاعة المحاربين القدامى. الجميع مدعوون.</p>

<h2>كيف يمكنك المساعدة</h2>
<div class="cards">
 <div class="card"><h3>متطوعات لتعليم الخياطة</h3><span class="badge">مطلوب</span>
  <p>نبحث عن سيدتين تجيدان الخياطة لتعليم الأمهات مساء كل أربعاء. الماكينات متوفرة.</p></div>
 <div class="card"><div class="card-title">سائقون متطوعون لمواعيد المستشفى في دولوث</div><span class="badge">مطلوب</span>
  <p>نحتاج إلى سائقين لديهم سيارات لنقل المرضى إلى مواعيدهم. نعوّض ثمن البنزين.</p></div>
 <div class="card"><p><strong>مترجم فوري عربي&ndash;إنجليزي</strong></p><span class="badge badge-done">تم الحجز</span>
  <p>شكراً للأخ سامر، فقد تطوع لهذا الدور.</p></div>
 <div class="card"><h4>حفاضات وحليب أطفال</h4><span class="badge badge-urgent">مطلوب بشدة</span>
  <p>حفاضات مقاس 3 و4 وحليب أطفال للرضع. يمكن إحضارها يوم الجمعة.</p></div>
 <div class="card"><h3>صندوق الزكاة</h3>
  <p>زكاتكم تصل إلى العائلات المحتاجة في منطقتنا.</p></div>
</div>
""", p="../", rtl=True)

AR_BLOG = shell("ar", "المدونة", """
<h1>المدونة</h1>
<article>
<h2>ريم تحتاج إلى حاسوب للدراسة</h2>
<p>وصلت عائلة أبو خالد من حلب في الربيع. ابنتهم ريم في الصف العاشر وتكتب واجباتها المدرسية على هاتف أمها. تحتاج ريم إلى
حاسوب محمول وطابعة صغيرة. إذا كان لديكم جهاز بحالة جيدة، اتصلوا بنا.</p>
</article>
<article>
<h2>حفل تخريج صف اللغة الإنجليزية</h2>
<p>تخرج 14 طالباً وطالبة من صف اللغة الإنجليزية للكبار. مبروك للجميع وشكراً للمعلمين.</p>
</article>
<article>
<h2>شكراً لكم!</h2>
<p>لم نعد بحاجة إلى أثاث غرفة النوم؛ وصلنا ما يكفي لثلاث عائلات.</p>
</article>
<article>
<h2>أخبار قانونية</h2>
<p>يواجه عدد من العائلات مشاكل مع أصحاب الشقق بسبب التدفئة والتصليحات. نبحث أيضاً عن محامٍ متطوع يعرف قانون الإيجار في
مينيسوتا ليقدم استشارة للعائلات مرة في الشهر.</p>
</article>
<article class="teaser">
<h2><a href="blog.html#bidaya">اقرأ المزيد: قصة تأسيس المركز</a></h2>
</article>
""", p="../", rtl=True)

IDARA = shell("en", "Staff", """
<h1>Staff area</h1>
<ul>
 <li>Board treasurer &mdash; Adel steps down in December.</li>
 <li>Used minivan for the Duluth trips.</li>
 <li>Volunteer accountant for the audit.</li>
</ul>
""", p="../")

PAGES = {
    "index.html": INDEX,
    "get-involved.html": GET_INVOLVED,
    "ar/index.html": AR_INDEX,
    "ar/blog.html": AR_BLOG,
    "idara/index.html": IDARA,
}

PDFS = {
    "docs/volunteer-handbook.pdf": ("Volunteer Handbook 2025 (excerpt) - Al-Furat Family Center", [
        ("title", "Al-Furat Family Center - Volunteer Handbook 2025 (excerpt)"),
        ("gap", ""),
        ("h", "Welcome"),
        ("p", "Thank you for giving your time. Volunteers run almost everything at the center, from the pantry to the "
              "homework club."),
        ("gap", ""),
        ("h", "Background checks"),
        ("p", "All volunteers who work with children must pass a background check before their first shift. Ask Huda "
              "for the consent form."),
        ("gap", ""),
        ("h", "Current openings"),
        ("p", "Weekend pantry sorters: Saturdays 9 to 12. Sort donated food and stock the shelves for the Friday "
              "pantry. We need five more people."),
        ("gap", ""),
        ("h", "Pantry hours for clients"),
        ("p", "Friday 2 to 6 p.m. Volunteers should arrive 30 minutes early."),
        ("gap", ""),
        ("h", "Next volunteer training"),
        ("p", "Saturday, September 6, 1 p.m., in the community room."),
    ]),
}

NEEDS = [
    need("get-involved.html", ["mentor"], "volunteer", "en", ["ar", "en"], layout="seeking",
         note="Arabic-speaking mentor for newcomer teens"),
    need("get-involved.html", ["ramadan food boxes"], "donation", "en", layout="wish_list"),
    need("get-involved.html", ["ged tutor"], "skilled", "en", layout="heading_paragraph"),
    need("get-involved.html", ["12-passenger van"], "other", "en", layout="heading_paragraph",
         note="loan of a van one Saturday a month"),
    need("ar/index.html", ["الخياطة"], "skilled", "ar", layout="role_cards"),
    need("ar/index.html", ["سائقون"], "volunteer", "ar", layout="role_cards", note="title in div; gas reimbursed"),
    need("ar/index.html", ["حفاضات"], "donation", "ar", layout="role_cards", note="badge 'مطلوب بشدة' (urgently needed)"),
    need("ar/blog.html", ["حاسوب محمول"], "donation", "ar", layout="story", note="laptop and printer for a student"),
    need("ar/blog.html", ["محام"], "skilled", "ar", layout="newsletter_buried", note="volunteer tenant-law attorney"),
    need("docs/volunteer-handbook.pdf", ["pantry sorters"], "volunteer", "en", layout="pdf"),
]

TRAPS = [
    trap("index.html", "hours", ["when we're open"]),
    trap("index.html", "service", ["friday food pantry"]),
    trap("index.html", "event", ["eid al-adha dinner"]),
    trap("index.html", "general_appeal", ["zakat and sadaqa"]),
    trap("index.html", "blog", ["first volunteer"]),
    trap("get-involved.html", "filled", ["apartment setup"], note="'Covered through June'"),
    trap("get-involved.html", "job", ["receptionist"]),
    trap("ar/index.html", "hours", ["ساعات العمل"]),
    trap("ar/index.html", "service", ["دروس اللغة العربية"]),
    trap("ar/index.html", "event", ["عشاء عيد الأضحى"]),
    trap("ar/index.html", "filled", ["مترجم فوري"], note="'تم الحجز' = booked"),
    trap("ar/index.html", "general_appeal", ["صندوق الزكاة"]),
    trap("ar/blog.html", "recap", ["حفل تخريج"]),
    trap("ar/blog.html", "filled", ["أثاث غرفة النوم"], note="'لم نعد بحاجة إلى' = we no longer need"),
    trap("ar/blog.html", "blog", ["قصة تأسيس المركز"]),
    trap("docs/volunteer-handbook.pdf", "how_to_apply", ["background check"]),
    trap("docs/volunteer-handbook.pdf", "hours", ["pantry hours for clients"]),
    trap("docs/volunteer-handbook.pdf", "event", ["volunteer training"]),
    trap("idara/index.html", "robots", ["board treasurer"]),
    trap("idara/index.html", "robots", ["used minivan"]),
    trap("idara/index.html", "robots", ["audit"]),
]
