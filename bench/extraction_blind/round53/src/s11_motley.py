"""Motley Elementary PTO (Motley, MN). School-district CMS look; English, a multilingual families page
(Hmong, Karen, Somali sections with their own lang attributes) and a Karen page.
Robots: `*` group disallows /pto-board/."""
from common import N, T

SLUG = "motley-elementary-pto"
TOWN = "motley"


def shell(title, body, lang="en"):
    return """<!DOCTYPE html>
<html lang="%s">
<head>
<meta charset="utf-8">
<title>%s | Motley Elementary PTO</title>
<link rel="stylesheet" href="/common/templates/DistrictDefault/css/main.css">
</head>
<body class="sw-channel">
<div id="sw-channel-list-container"><ul id="channel-navigation" class="sw-channel-list">
<li class="sw-channel-item"><a href="/"><span>PTO Home</span></a></li>
<li class="sw-channel-item"><a href="/volunteer.html"><span>Volunteer</span></a></li>
<li class="sw-channel-item"><a href="/families.html"><span>Families / Tsev neeg / Qoysaska</span></a></li>
<li class="sw-channel-item"><a href="/kar/"><span>&#4096;&#4106;&#4142;</span></a></li>
</ul></div>
<div id="sw-content-container"><div class="ui-widget app flexpage"><div class="ui-widget-header"><h1>%s</h1></div>
<div class="ui-widget-detail">
%s
</div></div></div>
<div id="sw-footer-outer">Motley Elementary PTO &middot; 400 Highway 10 S, Motley, MN &middot; 218-555-0171 &middot; pto@motleyelementary.example
&middot; <a href="/newsletter-october-2025.pdf">PTO newsletter (PDF)</a> &middot; <a href="/pto-board/">PTO board</a></div>
</body>
</html>
""" % (lang, title, title, body)


INDEX = shell("Motley Elementary PTO", """
<p>Go Mustangs! The PTO supports teachers, students and families at Motley Elementary. Every parent and guardian is a member.</p>

<h2>Coming up</h2>
<table class="sw-calendar">
<tr><td>Oct 17</td><td>Fall Festival, 4:00&ndash;7:00 p.m., gym and playground</td></tr>
<tr><td>Oct 23&ndash;24</td><td>Parent&ndash;teacher conferences</td></tr>
<tr><td>Oct 29</td><td>Picture retake day</td></tr>
<tr><td>Nov 3&ndash;7</td><td>Scholastic Book Fair in the library</td></tr>
</table>

<h2>Needed this month</h2>
<p>Every winter some of our kids come to school without gear and miss recess. Nurse Julie&rsquo;s closet is empty again.
Please send gently used snow pants and mittens, kids&rsquo; sizes 6 to 12, to the front office.</p>

<h2>Free meals</h2>
<p>All Motley Elementary students get free breakfast and free lunch every school day. No application is needed.</p>

<h2>Cookie dough fundraiser</h2>
<p>Our fall fundraiser runs through October 10. Order forms went home in Friday folders. Profits pay for field trips.</p>

<p><a href="/volunteer.html">Volunteer sign-ups</a> &middot; <a href="/calendar/2023-24.html">Last year&rsquo;s calendar</a></p>
""")

VOLUNTEER = shell("Volunteer sign-ups", """
<h2>Fall Festival &ndash; Friday, October 17</h2>
<p>Put your name in an empty slot by emailing the PTO. Shifts are one hour.</p>
<table border="1" cellpadding="4">
<tr><th>Station</th><th>Slot 1</th><th>Slot 2</th><th>Slot 3</th></tr>
<tr><td>Face painting</td><td>Lee V.</td><td>Amy S.</td><td>Jess T.</td></tr>
<tr><td>Cake walk</td><td></td><td></td><td></td></tr>
<tr><td>Setup crew (3:00 p.m.)</td><td>Tom R.</td><td></td><td></td></tr>
<tr><td>Cleanup crew (7:00 p.m.)</td><td>Pa Y.</td><td>Mark D.</td><td>Sue L.</td></tr>
</table>

<h2>Weekly classroom help</h2>
<table border="1" cellpadding="4">
<tr><th></th><th>Mon</th><th>Tue</th><th>Wed</th><th>Thu</th><th>Fri</th></tr>
<tr><td>Reading buddy, 1st grade (9:00&ndash;10:00)</td><td>Mrs. K</td><td>OPEN</td><td>Mr. P</td><td>OPEN</td><td>Mrs. K</td></tr>
<tr><td>Library shelving (2:00&ndash;3:00)</td><td>Deb</td><td>Deb</td><td>Ann</td><td>Ann</td><td>Deb</td></tr>
</table>

<h2>Background checks</h2>
<p>All classroom volunteers need a district background check. It is free; fill it out at the district office.</p>

<h2>Lunchroom paraprofessional</h2>
<p>The district is hiring a lunchroom paraprofessional (paid, 3 hours a day). Apply on the Staples-Motley district website.</p>
""")

FAMILIES = shell("Families", """
<p>Information for families in Hmong, Karen and Somali. Interpreters are welcome to share this page.</p>

<section lang="hmn">
<h2>Rau cov niam txiv Hmoob</h2>
<h3>Noj tshais thiab su dawb</h3>
<p>Txhua tus me nyuam kawm ntawv hauv Motley Elementary noj tshais thiab noj su dawb txhua hnub. Tsis tas sau ntawv thov.</p>
<h3>Peb xav tau neeg pab txhais lus</h3>
<p>Hnub tim 23 thiab 24 lub 10 hlis yog hnub niam txiv tuaj sib tham nrog xib fwb. Peb xav tau niam txiv uas paub lus Hmoob thiab
lus Askiv los pab txhais lus rau lwm tsev neeg, 4:00 txog 7:00 teev tsaus ntuj.</p>
</section>

<section lang="kar">
<h2>ကညီမိၢ်ပၢ်ဖိ</h2>
<h3>ပှၤကတိၤက့ၤကျိာ်ကညီ</h3>
<p>October 23 ဒီး 24 မိၢ်ပၢ်ဒီးသရၣ် ထံၣ်ဃၢ်လိာ်သးလီၤ. ပလိၣ်ဘၣ် မိၢ်ပၢ်လၢအသ့ကညီကျိာ် ဒီး အဲကလံးကျိာ်
လၢကမၤစၢၤ ဟံၣ်ဖိဃီဖိ ကညီအဂၤ. ဆဲးကျိး PTO.</p>
<h3>တၢ်အီၣ်ကလီ</h3>
<p>ဖိသၣ်ခဲလၢာ် အီၣ်တၢ်ဂီၤဒီးမုၢ်ထီၣ် ကလီ ကိးနံၤ.</p>
</section>

<section lang="so">
<h2>Waalidiinta Soomaaliyeed</h2>
<h3>Socdaalka dugsiga</h3>
<p>Fasalka saddexaad wuxuu u socdaalayaa Minnesota Zoo 5 November. Waxaan u baahannahay afar waalid oo raaca socdaalka dugsiga
oo ilaaliya carruurta. Baska ayaa bilaash ah.</p>
<h3>Shirka waalidiinta iyo macallimiinta</h3>
<p>Shirka waalidiinta iyo macallimiinta waa 23 iyo 24 Oktoobar. Turjubaan Soomaali ah ayaa jooga.</p>
</section>
""")

KAR = shell("ကညီ", """
<p>Motley Elementary ဒီး PTO ဆါဂ့ၤဆါဝါ ဟံၣ်ဖိဃီဖိ ကညီခဲလၢာ်.</p>

<h2>ပှၤမၤစၢၤလၢကလာ်ဖိသၣ်</h2>
<p>ကလာ်ဖိသၣ်ဆံး (kindergarten) အပူၤ ဖိသၣ်ကညီ ၆ ဂၤ တသ့အဲကလံးကျိာ်ဘၣ်. ပလိၣ်ဘၣ် ပှၤမၤစၢၤ လၢအသ့ကညီကျိာ် မုၢ်ဆ့ၣ်ကိးနွံ
ဂီၤ ၉:၀၀ – ၁၁:၀၀. ဆဲးကျိး သရၣ်မုၣ် Ms. Olson.</p>

<h2>ခီၣ်ဖံၤခုဂီၤ</h2>
<p>ဖိသၣ်တနီၤ တအိၣ်ဒီး ခီၣ်ဖံၤခုဂီၤ (winter boots) ဘၣ်. ဝံသးစူၤ ဟ့ၣ် ခီၣ်ဖံၤခုဂီၤ လၢဖိသၣ် ဒီး စိာ်ဆှၢ လၢဝဲၤကျိၤ.</p>

<h2>ကိၢ်ဖၣ် အိးထီ</h2>
<p>ကိၢ်ဖၣ် အိးထီ ဂီၤ ၈:၀၅ ဒီး ကးတံာ် ဟါ ၂:၄၅.</p>

<h2>မိၢ်ပၢ်ဒီးသရၣ် ထံၣ်ဃၢ်လိာ်သး</h2>
<p>October 23 – 24. ပှၤကတိၤက့ၤကျိာ် အိၣ်.</p>

<h2>တၢ်အီၣ်ဂီၤ ကလီ</h2>
<p>ဖိသၣ်ခဲလၢာ် အီၣ်တၢ်ကလီ. တလိၣ်ဘၣ်ကွဲးလံာ်.</p>
""", lang="kar")

BOARD = shell("PTO board", """
<p><b>Board members only.</b> Draft notes from the September board meeting.</p>
<ul>
<li>PTO treasurer needed for next year; Linda's term ends in May.</li>
<li>Find a parent to chair the spring carnival.</li>
<li>Ask local businesses for raffle prizes.</li>
</ul>
""")

PAGES = {
    "index.html": INDEX,
    "volunteer.html": VOLUNTEER,
    "families.html": FAMILIES,
    "kar/index.html": KAR,
    "pto-board/index.html": BOARD,
}

ROBOTS = """User-agent: *
Disallow: /pto-board/
Disallow: /common/
"""

PDFS = {
    "newsletter-october-2025.pdf": ("Mustang Messenger October 2025", [
        ("title", "Mustang Messenger - Motley Elementary PTO - October 2025"),
        ("h", "Spring carnival wrap-up"),
        ("p", "Last spring's carnival raised $3,410 for field trips. Thank you to every family who came and worked a booth."),
        ("h", "Thanks to our sponsors"),
        ("p", "Motley Hardware, Pine Valley Bank, Crow River Dental and the Motley Lions Club."),
        ("h", "Yearbook"),
        ("p", "The yearbook committee met for the first time. Our photographer from last year moved away, so we need a "
              "volunteer photographer for school events: the festival, concerts, field day. Bring your own camera; "
              "we handle the layout."),
        ("h", "Halloween parade"),
        ("p", "The parade is October 31 at 2:00 p.m. around the school. Not every child has a costume. Please send "
              "gently used costumes, sizes 4 to 12, to the office by October 24 for our costume closet."),
        ("h", "Picture retakes"),
        ("p", "Picture retake day is October 29. Send the old picture packet back with your child."),
        ("h", "Box Tops"),
        ("p", "Keep scanning Box Tops with the app. Every Box Top is 10 cents for our school."),
    ], {"columns": 2, "lang": "en"}),
}

NEEDS = [
    N("index.html", ["snow pants", "mittens"], "donation", "en", [], "generic_heading",
      "generic heading 'Needed this month'"),
    N("volunteer.html", ["cake walk"], "volunteer", "en", [], "signup_roster", "all three slots empty"),
    N("volunteer.html", ["setup crew"], "volunteer", "en", [], "signup_roster", "two of three slots empty"),
    N("volunteer.html", ["reading buddy"], "volunteer", "en", [], "weekly_calendar", "OPEN on Tue and Thu: one need"),
    N("families.html", ["txhais lus", "neeg pab txhais lus"], "skilled", "hmn", ["hmn", "en"], "multilingual_section",
      "Hmong section of an English page (section lang=hmn)"),
    N("families.html", ["ပှၤကတိၤက့ၤကျိာ်ကညီ"], "skilled", "kar", ["kar", "en"], "multilingual_section",
      "Karen section (lang=kar): interpreters for conferences"),
    N("families.html", ["raaca socdaalka", "socdaalka dugsiga"], "volunteer", "so", [], "multilingual_section",
      "Somali section: field-trip chaperones"),
    N("kar/index.html", ["ပှၤမၤစၢၤလၢကလာ်ဖိသၣ်", "kindergarten"], "volunteer", "kar", ["kar"], "heading_paragraph",
      "Karen-speaking kindergarten helper"),
    N("kar/index.html", ["ခီၣ်ဖံၤခုဂီၤ", "winter boots"], "donation", "kar", [], "heading_paragraph"),
    N("newsletter-october-2025.pdf", ["volunteer photographer", "photographer"], "skilled", "en", [], "pdf",
      "buried in the yearbook paragraph of a two-column newsletter"),
    N("newsletter-october-2025.pdf", ["costume closet", "gently used costumes"], "donation", "en", [], "pdf"),
]

TRAPS = [
    T("index.html", "event", ["fall festival, 4:00"]),
    T("index.html", "event", ["parent-teacher conferences"]),
    T("index.html", "event", ["scholastic book fair"]),
    T("index.html", "service", ["free breakfast and free lunch"]),
    T("index.html", "general_appeal", ["cookie dough fundraiser"]),
    T("index.html", "teaser", ["volunteer sign-ups"]),
    T("volunteer.html", "filled", ["face painting"], "all slots hold names"),
    T("volunteer.html", "filled", ["cleanup crew"], "all slots hold names"),
    T("volunteer.html", "filled", ["library shelving"], "every day covered"),
    T("volunteer.html", "how_to_apply", ["district background check"]),
    T("volunteer.html", "job", ["lunchroom paraprofessional"]),
    T("families.html", "service", ["noj tshais thiab su dawb"]),
    T("families.html", "service", ["တၢ်အီၣ်ကလီ"]),
    T("families.html", "event", ["shirka waalidiinta"]),
    T("kar/index.html", "hours", ["ကိၢ်ဖၣ် အိးထီ"]),
    T("kar/index.html", "event", ["ထံၣ်ဃၢ်လိာ်သး"], "parent-teacher conferences"),
    T("kar/index.html", "service", ["တၢ်အီၣ်ဂီၤ ကလီ"]),
    T("pto-board/index.html", "robots", ["pto treasurer"]),
    T("pto-board/index.html", "robots", ["chair the spring carnival"]),
    T("pto-board/index.html", "robots", ["raffle prizes"]),
    T("newsletter-october-2025.pdf", "recap", ["spring carnival wrap-up", "$3,410"]),
    T("newsletter-october-2025.pdf", "donor_list", ["thanks to our sponsors", "motley hardware"]),
    T("newsletter-october-2025.pdf", "event", ["picture retake day"]),
    T("newsletter-october-2025.pdf", "general_appeal", ["box tops"]),
]
