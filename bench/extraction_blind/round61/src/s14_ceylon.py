"""Site 14: First Step Refugee Services, Ceylon. Webflow-ish site; English + Afaan Oromoo + Arabic (rtl)."""
from common import N, T

SLUG = "ceylon-first-step-refugee-services"


def _page(lang, title, body, rtl=False):
    return """<!DOCTYPE html>
<!-- This site was created in Webflow. -->
<html data-wf-page="64ab" lang="%s"%s>
<head>
<meta charset="utf-8">
<title>%s</title>
<meta content="width=device-width, initial-scale=1" name="viewport">
<link href="/css/first-step.webflow.css" rel="stylesheet" type="text/css">
</head>
<body class="body">
<div data-collapse="medium" class="navbar w-nav"><div class="container w-container">
<a href="/" class="brand w-nav-brand">First Step</a>
<nav role="navigation" class="nav-menu w-nav-menu">
<a href="/" class="nav-link w-nav-link">Home</a>
<a href="/get-involved.html" class="nav-link w-nav-link">Get Involved</a>
<a href="/welcome-kits.html" class="nav-link w-nav-link">Welcome Kits</a>
<a href="/afaan-oromoo.html" class="nav-link w-nav-link">Afaan Oromoo</a>
<a href="/arabic.html" class="nav-link w-nav-link">العربية</a>
</nav></div></div>
<div class="section"><div class="container w-container">
%s
</div></div>
<div class="footer"><div class="container w-container">
<div class="footer-text">First Step Refugee Services &middot; 9 Main St, Ceylon, MN 56121 &middot; <span dir="ltr">(507) 555-0115</span> &middot; hello@firststep-mn.example.org</div>
<a href="/annual-report-2024.html" class="footer-link">Annual report</a> &middot; <a href="/staff/caseload.html" class="footer-link">Staff</a>
</div></div>
<script src="/js/webflow.js" type="text/javascript"></script>
</body>
</html>
""" % (lang, ' dir="rtl"' if rtl else "", title, body)


PAGES = {}

PAGES["index.html"] = _page("en", "First Step Refugee Services - Ceylon, MN", """
<h1 class="hero-heading">Every new neighbor deserves a good first step.</h1>
<p class="hero-p">Since 2017 we have welcomed refugee and immigrant families to Martin and Jackson counties: Oromo, Karen, Syrian, Afghan, Congolese and more.</p>
<div class="w-layout-grid grid">
<div class="tile"><h3>What we do</h3><p>Airport pickup, apartment setup, English classes, job readiness and help with the first 90 days of paperwork. Read our <a href="/new-neighbor-guide.pdf">New Neighbor Guide (PDF)</a>.</p></div>
<div class="tile"><h3>Office hours</h3><p>Monday&ndash;Friday 8:30 am&ndash;4:30 pm. Walk-ins welcome on Tuesdays.</p></div>
<div class="tile"><h3>World Refugee Day</h3><p>June 20, Ceylon city park. Food from six countries, music and a soccer game. Bring a blanket!</p></div>
</div>
<h2>Donate to First Step</h2>
<p>A gift of $100 buys a family's first week of groceries.</p>
<h2>From the blog: The first winter</h2>
<p>Amina had never seen snow until last November. Here's what her first Minnesota winter taught her &mdash; and us&hellip;</p>
""")

PAGES["get-involved.html"] = _page("en", "Get Involved - First Step", """
<h1>Get involved</h1>
<p>Most of our work is done by volunteers. All volunteers attend a 2-hour orientation.</p>
<h2>Apartment setup team</h2>
<p>When a family arrives, their apartment has to be ready: beds made, food in the fridge, a hot meal on the table. Teams of 3&ndash;4, usually with 48 hours' notice.</p>
<h2>Hiikkaa &mdash; Oromo interpreter</h2>
<p>Interpret at medical and school appointments in Fairmont and Jackson. Afaan Oromoo and English; we pay mileage.</p>
<h2>Mutarjim (مترجم) &mdash; Arabic interpreter</h2>
<p>Filled for spring &mdash; thank you, Rasha and Omar!</p>
<h2>Cultural orientation co-teacher</h2>
<p>Help our staff teach the 8-week orientation class: buses, banks, landlords, winter driving. Teaching experience helpful.</p>
<h2>Case manager</h2>
<p>Full-time staff position, $48,000 plus benefits. Two years of social-services experience.</p>
""")

PAGES["welcome-kits.html"] = _page("en", "Welcome Kits - First Step", """
<h1>Welcome kits</h1>
<p>Each new family gets a welcome kit on the day they arrive.</p>
<h2>What goes in a welcome kit</h2>
<ul>
<li>Shower curtain and rings</li>
<li>Bath towels (4)</li>
<li>Dish soap and sponges</li>
<li>A can opener</li>
<li>A set of pots with lids</li>
</ul>
<h2>We are short on adult bikes</h2>
<p>Many new arrivals walk three miles to the plant in Fairmont. Adult bikes with lights and a lock would change their mornings.</p>
<h2>Dishes</h2>
<p>We have plenty of dishes and glasses right now &mdash; please hold off until we post again.</p>
<h2>We can't accept</h2>
<p>Used mattresses or box springs (bedbug rules), or car seats older than six years.</p>
""")

PAGES["afaan-oromoo.html"] = _page("om", "Afaan Oromoo - First Step", """
<h1>Odeeffannoo Afaan Oromootiin</h1>
<h2>Gargaartota barnoota konkolaachisuu</h2>
<p>Maatiiwwan haaraa konkolaachisuu barachuu barbaadan gargaaruuf tola ooltota barbaanna. Hayyama konkolaachisuu Minnesota qabaachuu qabdu. Sanbata ganama.</p>
<h2>Kunuunsa daa'immanii</h2>
<p>Yeroo haadholiin Afaan Ingiliffaa baratan, daa'imman kunuunsuuf nama 2 barbaanna. Kibxata fi Kamisa, 9:00&ndash;11:00.</p>
<h2>Meeshaa manaa</h2>
<p>Meeshaan manaa amma hin barbaachisu, galatoomaa!</p>
<h2>Tajaajila keenya</h2>
<p>Barnoota Afaan Ingiliffaa bilisaa, gargaarsa hojii barbaaduu fi hiikkaa.</p>
""")

PAGES["arabic.html"] = _page("ar", "فيرست ستيب - العربية", """
<h1>فيرست ستيب &mdash; صفحة العربية</h1>
<h2>متطوعة لتعليم الخياطة</h2>
<p>نبحث عن سيدة تجيد الخياطة لتعليم مجموعة من النساء يوم الأربعاء صباحاً في مكتبنا.</p>
<h2>ماكينات خياطة مستعملة</h2>
<p>نحتاج إلى ماكينات خياطة بحالة جيدة لصف الخياطة. نأتي لأخذها من منزلك.</p>
<h2>متطوعون للاستقبال في المطار</h2>
<p>لم نعد بحاجة إلى متطوعين للاستقبال في المطار هذا الشهر، شكراً لكم.</p>
<h2>ساعات العمل</h2>
<p>من الاثنين إلى الجمعة، من الساعة 8:30 صباحاً حتى 4:30 مساءً.</p>
""", rtl=True)

PAGES["staff/caseload.html"] = _page("en", "Staff - caseload", """
<h1>Staff only &mdash; caseload &amp; coverage</h1>
<ul>
<li>Need an extra driver for the Thursday airport run (MSP, 4 pm arrival).</li>
<li>Need an Amharic interpreter for the Tesfaye family's housing appointment.</li>
</ul>
""")

ROBOTS = """User-agent: *
Disallow: /staff/
"""

PDFS = {
    "new-neighbor-guide.pdf": ("New Neighbor Guide", [
        ("title", "First Step Refugee Services - New Neighbor Guide"),
        ("h", "Free services"),
        ("p", "For your first 90 days we can give you bus passes, help opening a bank account, rides to your health screening and a welcome kit for your home."),
        ("h", "How to enroll in English class"),
        ("p", "Come to the office with your I-94 card and a piece of mail with your address. Classes start every 8 weeks."),
        ("h", "Office hours"),
        ("p", "Monday to Friday, 8:30 am to 4:30 pm. Call (507) 555-0115 for an interpreter."),
    ]),
}

_G, _W, _O, _A, _S, _P = ("get-involved.html", "welcome-kits.html", "afaan-oromoo.html", "arabic.html",
                          "staff/caseload.html", "new-neighbor-guide.pdf")

NEEDS = [
    N(_G, ["apartment setup team"], "volunteer", "en", layout="heading_paragraph"),
    N(_G, ["oromo interpreter", "hiikkaa"], "skilled", "en", ["om", "en"], layout="native_name_gloss",
      note="native-language name + English gloss"),
    N(_G, ["cultural orientation co-teacher"], "skilled", "en", layout="heading_paragraph"),
    N(_W, ["welcome kit", "shower curtain"], "donation", "en", layout="wish_list"),
    N(_W, ["adult bikes"], "donation", "en", layout="short_on"),
    N(_O, ["barnoota konkolaachisuu"], "volunteer", "om", layout="heading_paragraph", note="driving-lesson helpers"),
    N(_O, ["kunuunsa daa'immanii"], "volunteer", "om", layout="heading_paragraph", note="childcare during class"),
    N(_A, ["تعليم الخياطة"], "skilled", "ar", layout="heading_paragraph", note="sewing teacher"),
    N(_A, ["ماكينات خياطة"], "donation", "ar", layout="heading_paragraph", note="used sewing machines"),
]

TRAPS = [
    T("index.html", "service", ["what we do"]),
    T("index.html", "hours", ["office hours"]),
    T("index.html", "event", ["world refugee day"]),
    T("index.html", "general_appeal", ["donate to first step"]),
    T("index.html", "blog", ["the first winter"]),
    T(_G, "filled", ["arabic interpreter", "mutarjim"], "Filled for spring"),
    T(_G, "job", ["case manager"]),
    T(_W, "filled", ["plenty of dishes"], "'please hold off'"),
    T(_W, "not_accepted", ["used mattresses", "we can't accept"]),
    T(_O, "filled", ["meeshaa manaa"], "'amma hin barbaachisu'"),
    T(_O, "service", ["tajaajila keenya"]),
    T(_A, "filled", ["للاستقبال في المطار"], "'لم نعد بحاجة'"),
    T(_A, "hours", ["ساعات العمل"]),
    T(_S, "robots", ["airport run"]),
    T(_S, "robots", ["amharic interpreter"]),
    T(_P, "service", ["free services"]),
    T(_P, "how_to_apply", ["how to enroll in english class"]),
    T(_P, "hours", ["office hours"]),
]
