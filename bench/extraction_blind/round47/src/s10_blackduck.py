from common import N, T

SLUG = "blackduck-al-noor-newcomer-center"


def page(lang, title, body, rtl=False):
    return """<!DOCTYPE html>
<html lang="%s"%s>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder">
<title>%s | Al-Noor Newcomer Center</title>
<link rel="preconnect" href="https://static.parastorage.com">
</head>
<body>
<div id="SITE_CONTAINER"><div id="main_MF"><div id="site-root">
<header id="SITE_HEADER" class="xU8fqS">
  <div data-testid="richTextElement" class="wixui-rich-text"><p class="font_7"><a href="/index.html">Al-Noor Newcomer Center &middot; مركز النور</a></p></div>
  <nav id="comp-menu" aria-label="Site">
    <ul class="wixui-dropdown-menu">
      <li><a href="/index.html" data-testid="linkElement"><div class="itemContent"><p>Home</p></div></a></li>
      <li><a href="/needs.html" data-testid="linkElement"><div class="itemContent"><p>What we need</p></div></a></li>
      <li><a href="/ar/index.html" data-testid="linkElement"><div class="itemContent"><p>العربية</p></div></a></li>
      <li><a href="/ar/akhbar.html" data-testid="linkElement"><div class="itemContent"><p>أخبار</p></div></a></li>
    </ul>
  </nav>
</header>
<main id="PAGES_CONTAINER"><div id="SITE_PAGES"><div class="wixui-page">
%s
</div></div></main>
<footer id="SITE_FOOTER">
  <div data-testid="richTextElement" class="wixui-rich-text"><p class="font_9">214 Summit Ave W, Blackduck, MN 56630 &middot; (218) 555-0124 &middot; hello@alnoor-blackduck.org</p>
  <p class="font_9"><a href="/docs/volunteer-orientation.pdf">Volunteer orientation packet (PDF)</a> &middot; <a href="/team/notes.html">Team</a></p></div>
</footer>
</div></div></div>
</body>
</html>
""" % (lang, ' dir="rtl"' if rtl else "", title, body)


def box(inner):
    return '<div class="comp-box"><div class="wixui-box"><div data-testid="richTextElement" class="wixui-rich-text">' + inner + "</div></div></div>\n"


INDEX = page("en", "Home", box("""<h1 class="font_0">A light for new neighbors</h1>
<p class="font_8">Al-Noor helps families from Syria, Iraq, Sudan and Yemen who have made a home in Beltrami County.</p>""")
+ box("""<h2 class="font_2">What we do</h2>
<p class="font_8">ESL classes for adults, help with job applications, school enrollment, and rides to the Social Security office.</p>""")
+ box("""<h2 class="font_2">Office hours</h2><p class="font_8">Monday to Friday, 9 am to 5 pm. Saturday by appointment.</p>""")
+ box("""<h2 class="font_2">Need help?</h2><p class="font_8">Walk in with your ID and any letters you received. No appointment needed and everything is confidential.</p>""")
+ box("""<h2 class="font_2">Eid al-Fitr community dinner &ndash; April 12</h2><p class="font_8">At the Blackduck school commons, 6 pm. Neighbors of every faith are invited.
<a href="/gallery/eid-al-adha-2024.html">See photos from Eid al-Adha</a></p>""")
+ box("""<h2 class="font_2">Donate</h2><p class="font_8">Every gift stays in Beltrami County and goes straight to families.</p>"""))

NEEDS_PAGE = page("en", "What we need", box("""<h1 class="font_0">What we need</h1>""")
+ box("""<h2 class="font_2">Supply closet: still open</h2>
<ul class="checklist">
<li>&#10004; <span style="text-decoration:line-through">Winter boots (all sizes)</span> &ndash; goal met, thank you!</li>
<li>&#10004; <span style="text-decoration:line-through">Backpacks</span> &ndash; we got 60 of them from the Blackduck Lions. Thank you!</li>
<li>&#9744; Twin sheets and pillows</li>
<li>&#9744; Cooking pots and frying pans</li>
<li>&#9744; Laundry detergent</li>
</ul>""")
+ box("""<h2 class="font_2">Space heaters drive</h2>
<div class="progress"><div class="bar" style="width:100%">40 of 40</div></div>
<p class="font_8">100% &ndash; goal reached. Please don't buy more heaters; we have nowhere to store them.</p>""")
+ box("""<h2 class="font_2">A home for a family of seven</h2>
<p class="font_8">We are looking for a landlord in Blackduck, Bemidji or Kelliher who would rent a four-bedroom house to a family of seven.
The family has a housing voucher and steady income from the father's job at the mill. A landlord who will give them a chance is what they need most.</p>""")
+ box("""<h2 class="font_2">Now hiring: case manager (Arabic/English)</h2>
<p class="font_8">Full time, $48,000 a year with benefits. Apply by e-mail with a resume.</p>"""))

AR = page("ar", "نحتاج إليكم", box("""<h1 class="font_0">نحتاج إلى مساعدتكم</h1>
<p class="font_8">هذه هي الأدوار المفتوحة الآن. للتسجيل اتصل بنا على <span dir="ltr">(218) 555-0124</span>.</p>""")
+ """<div class="cards">
<div class="card"><h3>مترجم/ة عربي–إنجليزي للمواعيد الطبية</h3><span class="tag">مطلوب</span>
<p>كثير من العائلات لا تستطيع أن تشرح أعراضها للطبيب. نبحث عن متطوع يتقن العربية والإنجليزية لمرافقة العائلات إلى المواعيد في بيميجي مرة أو مرتين في الشهر.</p></div>
<div class="card"><div class="t">توصيل السلال الغذائية</div><span class="tag">مطلوب</span>
<p>كل يوم خميس نوزع أربعين سلة غذائية على البيوت. نحتاج إلى ثلاثة متطوعين لديهم سيارات.</p></div>
<div class="card"><p><b>معلمة خياطة</b></p><span class="tag done">تم &ndash; شكراً</span>
<p>وجدنا معلمة لدرس الخياطة، شكراً لكل من تواصل معنا.</p></div>
<div class="card"><a href="#math"><span>مدرّس رياضيات لطلاب الثانوية</span></a><span class="tag">مطلوب</span>
<p id="math">طلابنا في الصفين العاشر والحادي عشر يحتاجون إلى مساعدة في الجبر والهندسة مساء كل ثلاثاء.</p></div>
</div>
""" + box("""<h2 class="font_2">دروس اللغة الإنجليزية مجاناً</h2><p class="font_8">للكبار، من الاثنين إلى الخميس الساعة العاشرة صباحاً.</p>""")
+ box("""<h2 class="font_2">ساعات العمل</h2><p class="font_8">من الاثنين إلى الجمعة، من التاسعة صباحاً حتى الخامسة مساءً.</p>"""), rtl=True)

AKHBAR = page("ar", "أخبار", box("""<h1 class="font_0">أخبار المركز</h1>""")
+ box("""<h2 class="font_2">عائلة أبو سامر</h2>
<p class="font_8">وصلت عائلة أبو سامر من السودان قبل شهر، وهم سبعة أشخاص في شقة فارغة تماماً. ينامون على بطانيات ويأكلون على الأرض.
تحتاج العائلة إلى كنبة وطاولة طعام مع كراسي. إذا كان لديك أثاث بحالة جيدة، تواصل معنا.</p>
<p class="font_8">كما نبحث عن متطوع يملك شاحنة صغيرة لنقل الأثاث المتبرَّع به من البيوت إلى العائلات، أيام السبت.</p>""")
+ box("""<h2 class="font_2">شكراً لكم</h2>
<p class="font_8">اكتفينا من ألعاب الأطفال، شكراً لكرمكم! نرجو عدم إرسال المزيد.</p>
<p class="font_8">وزّعنا في رمضان الماضي ثلاثمئة سلة غذائية بفضل الله ثم بفضلكم.</p>""")
+ box("""<h2 class="font_2">حفل تخرج طلاب اللغة الإنجليزية</h2><p class="font_8">الجمعة ٢٠ يونيو الساعة السادسة مساءً في قاعة المركز.</p>"""), rtl=True)

TEAM = page("en", "Team", box("""<h1 class="font_0">Team notes (staff only)</h1>
<ul><li>Need a volunteer to fix the office printer, it jams on every page.</li>
<li>Ask the Bemidji mosque about a used minivan for rides.</li>
<li>Find two people to paint the classroom in August.</li></ul>"""))

PAGES = {
    "index.html": INDEX,
    "needs.html": NEEDS_PAGE,
    "ar/index.html": AR,
    "ar/akhbar.html": AKHBAR,
    "team/notes.html": TEAM,
}

ROBOTS = """# By Wix
User-agent: *
Allow: /
Disallow: /team/
Disallow: /*?lightbox=

Sitemap: https://www.alnoor-blackduck.org/sitemap.xml
"""

PDFS = {
    "docs/volunteer-orientation.pdf": ("Volunteer orientation packet - Al-Noor Newcomer Center", [
        ("title", "AL-NOOR NEWCOMER CENTER"),
        ("title", "Volunteer orientation packet"),
        ("h", "Welcome"),
        ("p", "Thank you for giving your time. This packet explains how we work, what we keep confidential and where help is needed now."),
        ("h", "Current opening: driving practice partner"),
        ("p", "Several adults have their learner's permit but nobody to practice with. If you have a valid license, a clean record "
              "and an insured car, ride along while they practice in the school parking lot on Saturday mornings. One hour a week."),
        ("h", "Already filled"),
        ("p", "Front desk reception shifts are filled through December. Thank you!"),
        ("h", "Next orientation"),
        ("p", "Tuesday, March 4, 6 pm at the center. Orientation is required before your first shift."),
    ]),
}

NEEDS = [
    N("needs.html", ["twin sheets", "supply closet"], "donation", "en", layout="checklist",
      note="unticked items are one need; ticked items are filled"),
    N("needs.html", ["landlord"], "other", "en", layout="heading_paragraph", note="a house to rent"),
    N("ar/index.html", ["مترجم"], "skilled", "ar", ["ar", "en"], layout="role_cards"),
    N("ar/index.html", ["توصيل السلال الغذائية"], "volunteer", "ar", layout="role_cards"),
    N("ar/index.html", ["مدرّس رياضيات"], "skilled", "ar", ["ar"], layout="role_cards", note="a>span title"),
    N("ar/akhbar.html", ["طاولة طعام", "كنبة"], "donation", "ar", layout="story"),
    N("ar/akhbar.html", ["شاحنة صغيرة"], "volunteer", "ar", layout="newsletter_buried"),
    N("docs/volunteer-orientation.pdf", ["driving practice partner"], "volunteer", "en", layout="pdf"),
]

TRAPS = [
    T("index.html", "service", ["what we do"]),
    T("index.html", "hours", ["office hours"]),
    T("index.html", "how_to_apply", ["walk in with your id"]),
    T("index.html", "event", ["community dinner"]),
    T("index.html", "general_appeal", ["every gift stays"]),
    T("needs.html", "filled", ["winter boots"], "ticked, struck, goal met"),
    T("needs.html", "filled", ["backpacks"], "we got 60"),
    T("needs.html", "filled", ["space heaters"], "100% goal reached"),
    T("needs.html", "job", ["case manager"]),
    T("ar/index.html", "filled", ["معلمة خياطة"], "تم - شكراً"),
    T("ar/index.html", "service", ["دروس اللغة الإنجليزية"]),
    T("ar/index.html", "hours", ["ساعات العمل"]),
    T("ar/akhbar.html", "filled", ["ألعاب الأطفال"], "اكتفينا"),
    T("ar/akhbar.html", "recap", ["رمضان الماضي"]),
    T("ar/akhbar.html", "event", ["حفل تخرج"]),
    T("team/notes.html", "robots", ["office printer"]),
    T("team/notes.html", "robots", ["used minivan"]),
    T("team/notes.html", "robots", ["paint the classroom"]),
    T("docs/volunteer-orientation.pdf", "filled", ["front desk reception"]),
    T("docs/volunteer-orientation.pdf", "event", ["next orientation"]),
]
