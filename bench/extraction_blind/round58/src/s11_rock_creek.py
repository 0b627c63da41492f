"""Site 11: Rock Creek Elementary Family Council (school parent group). School-CMS look; sign-up
table with names in slots; Hmong page; news list; English PDF newsletter."""
from common import N, T

SLUG = "rock-creek-elementary-family-council"

_HEAD = """<!DOCTYPE html>
<html lang="{lang}" class="no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{title} - Rock Creek Elementary Family Council</title>
<link rel="stylesheet" href="/_site/css/district-theme.css">
</head>
<body class="school-site">
<div id="gb-page">
<header id="gb-header">
  <div class="district-bar">Pine Valley Public Schools &middot; ISD 4471</div>
  <div class="school-name"><a href="/">Rock Creek Elementary Family Council</a></div>
  <ul class="sw-channel-list">
    <li class="sw-channel-item"><a href="/">Home</a></li>
    <li class="sw-channel-item"><a href="/volunteer.html">Volunteer Sign-Up</a></li>
    <li class="sw-channel-item"><a href="/news.html">Council News</a></li>
    <li class="sw-channel-item"><a href="/hmoob.html">Hmoob</a></li>
  </ul>
</header>
<div id="sw-content-layout-wrapper" class="ui-sp">
"""

_FOOT = """</div>
<footer id="gb-footer">
  <p>Rock Creek Elementary &middot; 5340 Cty Rd 7, Rock Creek, MN 55067 &middot; Office (320) 555-0172 &middot; familycouncil@rockcreekelem.example.org</p>
  <p><a href="/teachers-lounge/">Staff</a> &middot; <a href="/photos/field-day-2024.html">Photo gallery</a></p>
</footer>
</div>
</body>
</html>
"""


def _page(title, body, lang="en"):
    return _HEAD.format(title=title, lang=lang) + body + _FOOT


INDEX = _page("Home", """
<div class="ui-widget app announcements">
  <div class="ui-widget-header"><h1>Welcome, Rock Creek families!</h1></div>
  <div class="ui-widget-detail">
    <ul class="ui-articles">
      <li><h3>School hours</h3><p>8:10 am &ndash; 2:50 pm. Early release every Wednesday at 1:50.</p></li>
      <li><h3>Free breakfast and lunch</h3><p>Every student eats free this year. No form needed.</p></li>
      <li><h3>Enroll your child</h3><p>Kindergarten registration opens February 3. Bring a birth certificate and shot records to the office.</p></li>
      <li><h3>Family Reading Night</h3><p>Thursday, March 6, 6&ndash;7:30 pm in the gym. Pajamas welcome!</p></li>
      <li><h3>A message from Principal Dana Kowalski</h3><p>&ldquo;Our families are the reason Rock Creek works&hellip;&rdquo; <a href="/news.html">Read more</a></p></li>
      <li><h3>Give to the Family Council</h3><p>Our fun run pays for every field trip and the 5th-grade camp. Every dollar counts.</p></li>
    </ul>
  </div>
</div>
""")

VOLUNTEER = _page("Volunteer Sign-Up", """
<div class="ui-widget app">
<div class="ui-widget-header"><h1>Volunteer Sign-Up</h1></div>
<div class="ui-widget-detail">
<p>Background check: every volunteer must complete the district background check form once a year (it's free, at the front office).</p>
<table class="signup">
<thead><tr><th>Slot</th><th>Date / time</th><th>Needed</th><th>Filled by</th></tr></thead>
<tbody>
<tr><td>Library book shelvers</td><td>Tuesdays 9&ndash;11 am</td><td>3</td><td>Kari L. &middot; <a href="mailto:familycouncil@rockcreekelem.example.org">Sign up</a> &middot; <a href="mailto:familycouncil@rockcreekelem.example.org">Sign up</a></td></tr>
<tr class="full"><td>Lunchroom helpers</td><td>Daily 11&ndash;12:30</td><td>4</td><td>Jen S. &middot; Pao V. &middot; Rick T. &middot; Amy D. <span class="badge">FULL</span></td></tr>
<tr><td>Field day station leaders</td><td>Fri May 30, 9 am&ndash;2 pm</td><td>12</td><td>6 signed up &middot; 6 spots left</td></tr>
<tr><td>Hmong-speaking family liaison (conferences)</td><td>Oct 23&ndash;24, 4&ndash;8 pm</td><td>2</td><td>&mdash; Must speak Hmong and English.</td></tr>
<tr class="full"><td>Book fair cashiers</td><td>Nov 12&ndash;14</td><td>6</td><td>All slots filled &mdash; thanks!</td></tr>
<tr><td>Crossing guard volunteers</td><td>School mornings 7:45&ndash;8:10</td><td>5</td><td>Tom B. &middot; Lee H. &middot; 3 spots left</td></tr>
</tbody>
</table>
<p class="note">Looking for a paid job? The district is hiring a recess monitor ($16.25/hr, 11 am&ndash;1 pm). Apply on the district website.</p>
</div>
</div>
""")

HMOOB = _page("Hmoob", """
<div class="ui-widget app">
<div class="ui-widget-header"><h1>Niam Txiv Pab Dawb</h1></div>
<div class="ui-widget-detail">
<p><strong>Sij hawm kawm ntawv:</strong> 8:10 sawv ntxov txog 2:50 tav su. Hnub Peb tawm ntxov thaum 1:50.</p>
<p><strong>Pluas tshais thiab su dawb</strong> rau txhua tus me nyuam xyoo no.</p>
<h2>Pab nyeem ntawv</h2>
<p>Peb xav tau niam txiv pab nyeem ntawv rau cov me nyuam qib 1 thiab qib 2, Hnub Peb thaum sawv ntxov, 9:00 txog 10:00. Hais lus Hmoob los yog lus Askiv los tau.</p>
<h2>Khaub ncaws tiv no rau cov me nyuam</h2>
<p>Peb tab tom sau tsho tiv no, kaus mom thiab hnab looj tes rau cov me nyuam. Thov coj tuaj rau hauv office.</p>
<h2>Neeg pab ua zaub mov rau Noj Peb Caug</h2>
<p><em>Tsis tas lawm, ua tsaug!</em></p>
<h2>Hmoob Noj Peb Caug ntawm tsev kawm ntawv</h2>
<p>Hnub Rau, Lub Kaum Ib Hlis 15, 11:00 sawv ntxov, hauv gym. Txhua tsev neeg tuaj tau.</p>
</div>
</div>
""", lang="hmn")

NEWS = _page("Council News", """
<div class="ui-widget app">
<div class="ui-widget-header"><h1>Council News</h1></div>
<div class="ui-widget-detail">
<div class="ui-article"><h2>Thank you for the fall fun run!</h2><p>You raised $8,400 &mdash; enough for every field trip this year.</p></div>
<div class="ui-article"><h2>Meet our new Family Council president</h2><p>Mai Nou Xiong has two kids at Rock Creek and runs a bakery in Pine City.</p></div>
<div class="ui-article"><h2>Classroom news</h2><p>Mrs. Berg's third graders are hatching painted lady butterflies and building a butterfly garden by the playground. They need egg cartons, paper towel tubes and a few bags of potting soil &mdash; send them to room 112.</p></div>
<p>February newsletter: <a href="/newsletter-feb.pdf">PDF</a></p>
</div>
</div>
""")

LOUNGE = _page("Staff", """
<div class="ui-widget app">
<div class="ui-widget-header"><h1>Teachers' lounge (staff only)</h1></div>
<div class="ui-widget-detail">
<ul>
<li>Please add your name to the substitute list for lunch duty.</li>
<li>Could a parent donate a coffee maker? The old one died.</li>
<li>Need a volunteer to laminate the new hallway signs.</li>
</ul>
</div>
</div>
""")

PAGES = {
    "index.html": INDEX,
    "volunteer.html": VOLUNTEER,
    "hmoob.html": HMOOB,
    "news.html": NEWS,
    "teachers-lounge/index.html": LOUNGE,
}

ROBOTS = """# District web robots file
User-agent: *
Disallow: /_site/admin/
Disallow: /teachers-lounge/
"""

PDFS = {
    "newsletter-feb.pdf": ("Family Council Newsletter - February", [
        ("title", "FAMILY COUNCIL NEWSLETTER - FEBRUARY"),
        ("p", "Rock Creek Elementary"),
        ("gap", ""),
        ("h", "Music news"),
        ("p", "Our choir received 30 robes from a church in Mora - but they are much too long for third "
              "graders. We're seeking a parent who can sew to hem them before April."),
        ("h", "Spring concert"),
        ("p", "Thursday, April 24, 6:30 pm in the gym."),
        ("h", "MCA testing week"),
        ("p", "Testing week snacks: please send granola bars, cheese sticks and clementines by April 7. "
              "A good snack makes a big difference!"),
        ("h", "Winter clothing closet"),
        ("p", "We have enough mittens and hats for this year - thank you! Please keep boots coming in the spring."),
    ]),
}

NEEDS = [
    N("volunteer.html", ["library book shelvers"], "volunteer", "en", layout="shift_table", note="1 of 3 filled"),
    N("volunteer.html", ["field day station leaders"], "volunteer", "en", layout="shift_table", note="6 of 12 left"),
    N("volunteer.html", ["family liaison"], "skilled", "en", ["hmn", "en"], layout="shift_table"),
    N("volunteer.html", ["crossing guard"], "volunteer", "en", layout="shift_table", note="3 spots left"),
    N("hmoob.html", ["pab nyeem ntawv"], "volunteer", "hmn", layout="heading_paragraph",
      note="reading helpers; Hmong or English fine"),
    N("hmoob.html", ["khaub ncaws tiv no", "hnab looj tes"], "donation", "hmn", layout="supply_drive",
      note="winter coats, hats, gloves drive"),
    N("news.html", ["butterfly garden", "potting soil"], "donation", "en", layout="newsletter_buried"),
    N("newsletter-feb.pdf", ["hem them", "can sew"], "skilled", "en", layout="pdf"),
    N("newsletter-feb.pdf", ["testing week snacks", "granola bars"], "donation", "en", layout="pdf"),
]

TRAPS = [
    T("index.html", "hours", ["school hours"]),
    T("index.html", "service", ["free breakfast and lunch"]),
    T("index.html", "how_to_apply", ["enroll your child", "kindergarten registration"]),
    T("index.html", "event", ["family reading night"]),
    T("index.html", "blog", ["message from principal"]),
    T("index.html", "general_appeal", ["give to the family council"]),
    T("volunteer.html", "how_to_apply", ["background check"]),
    T("volunteer.html", "filled", ["lunchroom helpers"], note="4 names + FULL"),
    T("volunteer.html", "filled", ["book fair cashiers"], note="All slots filled"),
    T("volunteer.html", "job", ["recess monitor"], note="paid district job"),
    T("hmoob.html", "hours", ["sij hawm kawm ntawv"]),
    T("hmoob.html", "service", ["pluas tshais thiab su dawb"]),
    T("hmoob.html", "filled", ["neeg pab ua zaub mov"], note="'Tsis tas lawm' = not needed any more"),
    T("hmoob.html", "event", ["hmoob noj peb caug"]),
    T("news.html", "recap", ["fall fun run"]),
    T("news.html", "bio", ["new family council president"]),
    T("newsletter-feb.pdf", "event", ["spring concert"]),
    T("newsletter-feb.pdf", "filled", ["mittens and hats"]),
    T("teachers-lounge/index.html", "robots", ["substitute list"]),
    T("teachers-lounge/index.html", "robots", ["coffee maker"]),
    T("teachers-lounge/index.html", "robots", ["laminate"]),
]
