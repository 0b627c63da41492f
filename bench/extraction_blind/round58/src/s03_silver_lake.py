"""Site 3: Silver Lake Hmong Elders Circle (Squarespace-style). English home, calendar grid,
Hmong page with a <dl>, blog-style news with buried asks, Hmong PDF newsletter."""
from common import N, T

SLUG = "silver-lake-hmong-elders-circle"

_HEAD = """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} &mdash; Silver Lake Hmong Elders Circle</title>
<link rel="stylesheet" href="https://static1.squarespace.example/static/sitecss/site.css?v=2025">
<style>
.cal td {{ vertical-align: top; width: 14%; height: 90px; border: 1px solid #ddd; font-size: 13px; }}
.cal .d {{ font-weight: bold; color: #555; display: block; }}
.cal .ev {{ margin: 2px 0; padding: 2px 4px; background: #f3efe6; border-radius: 3px; }}
.cal .need {{ background: #ffe9c7; }}
</style>
</head>
<body class="collection-type-page header--menu-open">
<header class="Header">
  <div class="Header-inner">
    <a href="/" class="Header-branding">Silver Lake Hmong Elders Circle <span>&middot; Pawg Laus Hmoob</span></a>
    <nav class="Header-nav">
      <a href="/" class="Header-nav-item">Home</a>
      <a href="/calendar.html" class="Header-nav-item">Calendar</a>
      <a href="/news.html" class="Header-nav-item">News</a>
      <a href="/hmoob.html" class="Header-nav-item">Hmoob</a>
    </nav>
  </div>
</header>
<main class="Main Main--page">
<div class="sqs-layout sqs-grid-12 columns-12">
"""

_FOOT = """</div>
</main>
<footer class="Footer">
  <div class="sqs-block html-block"><div class="sqs-block-content">
    <p>Silver Lake Hmong Elders Circle &middot; 112 Main St W, Silver Lake, MN 55381 &middot; (320) 555-0157 &middot; <a href="mailto:info@silverlakeelders.org">info@silverlakeelders.org</a></p>
    <p><a href="/pawg-thawj/">Pawg Thawj / Board</a> &middot; Powered by Squarespace</p>
  </div></div>
</footer>
</body>
</html>
"""


def _page(title, body, lang="en"):
    return _HEAD.format(title=title, lang=lang) + body + _FOOT


INDEX = _page("Home", """
<div class="row sqs-row">
 <div class="col sqs-col-7 span-7">
  <div class="sqs-block html-block"><div class="sqs-block-content">
   <h1>A place for our elders to gather</h1>
   <p>Since 2009 the Circle has brought together Hmong elders from Silver Lake, Hutchinson and Glencoe for lunch, exercise, and help with everyday paperwork.</p>
   <h3>When we meet</h3>
   <p>Elder lunch every Monday, Wednesday, Friday 11:00&ndash;1:00 at the Silver Lake Legion hall.</p>
   <h3>What we offer members</h3>
   <p>Rides to medical appointments, Medicare and SSI paperwork help, and a weekly exercise class. Membership is $10 a year.</p>
   <p><a href="/calendar.html">See this month&rsquo;s calendar</a> &middot; <a href="/duab/noj-peb-caug-2024.html">New Year photos</a></p>
  </div></div>
 </div>
 <div class="col sqs-col-5 span-5">
  <div class="sqs-block summary-block">
   <h3>Meet our director</h3>
   <p>Nkauj Ntxhi Thao grew up translating for her grandparents in Ban Vinai. She has led the Circle since 2017.</p>
  </div>
  <div class="sqs-block summary-block">
   <h3>Hmong New Year Elder Luncheon</h3>
   <p>Saturday, November 22. Traditional dress welcome. Free for members.</p>
  </div>
  <div class="sqs-block button-block"><a class="sqs-block-button-element" href="mailto:info@silverlakeelders.org?subject=Membership">Become a member</a></div>
 </div>
</div>
""")

CALENDAR = _page("Calendar", """
<div class="sqs-block html-block"><div class="sqs-block-content">
<h1>May 2025</h1>
<p>Items in orange are looking for volunteers. Call Nkauj Ntxhi at (320) 555-0157 to sign up.</p>
<table class="cal">
<tr><th>Sun</th><th>Mon</th><th>Tue</th><th>Wed</th><th>Thu</th><th>Fri</th><th>Sat</th></tr>
<tr>
 <td></td><td></td><td></td><td></td>
 <td><span class="d">1</span><div class="ev">Qigong class 9:30 (members)</div></td>
 <td><span class="d">2</span><div class="ev need">Elder lunch &mdash; 2 cooks needed. Help Niam Yer cook for 40 people, 8:30&ndash;11.</div></td>
 <td><span class="d">3</span></td>
</tr>
<tr>
 <td><span class="d">4</span></td>
 <td><span class="d">5</span></td>
 <td><span class="d">6</span><div class="ev need">Blood pressure check, 10&ndash;11:30 &mdash; volunteer nurse needed (RN or LPN)</div></td>
 <td><span class="d">7</span></td>
 <td><span class="d">8</span><div class="ev">Qigong class 9:30 (members)</div></td>
 <td><span class="d">9</span></td>
 <td><span class="d">10</span><div class="ev">Garden workday &mdash; FULL</div></td>
</tr>
<tr>
 <td><span class="d">11</span></td>
 <td><span class="d">12</span><div class="ev">Bingo &amp; cards, 1 pm</div></td>
 <td><span class="d">13</span></td>
 <td><span class="d">14</span><div class="ev need">Medicare help session, 1&ndash;3 &mdash; we need a Hmong-English interpreter</div></td>
 <td><span class="d">15</span></td>
 <td><span class="d">16</span></td>
 <td><span class="d">17</span><div class="ev">Walmart trip &mdash; van driver covered by Tou, thank you!</div></td>
</tr>
<tr>
 <td><span class="d">18</span></td>
 <td><span class="d">19</span></td>
 <td><span class="d">20</span></td>
 <td><span class="d">21</span><div class="ev need">Grandchildren&rsquo;s reading hour, 4 pm &mdash; readers wanted (teens welcome)</div></td>
 <td><span class="d">22</span></td>
 <td><span class="d">23</span></td>
 <td><span class="d">24</span><div class="ev">Memorial Day potluck at the Legion</div></td>
</tr>
<tr>
 <td><span class="d">25</span></td>
 <td><span class="d">26</span></td>
 <td><span class="d">27</span></td>
 <td><span class="d">28</span><div class="ev">Fishing trip &mdash; sponsored by the Lions; all seats taken</div></td>
 <td><span class="d">29</span></td>
 <td><span class="d">30</span></td>
 <td><span class="d">31</span></td>
</tr>
</table>
</div></div>
""")

HMOOB = _page("Hmoob", """
<div class="sqs-block html-block"><div class="sqs-block-content">
<h1>Pawg Laus Hmoob Silver Lake</h1>
<p><strong>Noj su ua ke:</strong> Hnub Ib, Hnub Peb thiab Hnub Tsib, 11:00&ndash;1:00, ntawm Legion hall.</p>
<p><strong>Kev pab rau cov laus:</strong> peb pab sau ntawv Medicare thiab SSI, thiab coj mus kuaj mob.</p>

<h2>Peb xav tau neeg pab dawb</h2>
<dl>
 <dt>Neeg tsav tsheb</dt>
 <dd>Coj cov laus mus kuaj mob hauv Hutchinson thiab Glencoe. Yuav tsum muaj tsheb thiab daim ntawv tsav tsheb. Peb them nqi roj.</dd>
 <dt>Xib fwb qhia lus Askiv</dt>
 <dd>Qhia cov laus hais lus Askiv yooj yim, Hnub Ob thiab Hnub Plaub, 1:00&ndash;2:30.</dd>
 <dt>Xib fwb qhia xaws paj ntaub</dt>
 <dd>Qhia cov hluas xaws paj ntaub, Hnub Rau thaum sawv ntxov. Yuav tsum paub xaws zoo thiab hais tau lus Hmoob.</dd>
 <dt>Neeg pab ntxuav tsev</dt>
 <dd><em>Puv lawm. Ua tsaug!</em></dd>
</dl>

<h2>Cov khoom peb xav tau</h2>
<ul>
 <li>Koob thiab xov</li>
 <li>Ntaub xim dub thiab xim liab</li>
 <li>Txiab</li>
 <li>Teeb (lamps) rau chav xaws ntaub</li>
</ul>

<h2>Niam tais Pa Vue</h2>
<p>Niam tais Pa Vue muaj 81 xyoos thiab nyob ib leeg xwb. Nws tus txiv tas sim neej xyoo tas los. Nws xav tau ib tug neeg tuaj xyuas nws ib lub lim tiam ib zaug thiab pab nws nqa khoom noj los tsev.</p>

<h2>Noj Peb Caug rau cov laus</h2>
<p>Hnub Rau, Lub Kaum Ib Hlis 22. Txhua tus laus tuaj tau dawb.</p>
</div></div>
""", lang="hmn")

NEWS = _page("News", """
<div class="sqs-block html-block"><div class="sqs-block-content">
<h1>News</h1>
<article class="BlogList-item">
 <h2 class="BlogList-item-title">Thank you, Glencoe Rotary!</h2>
 <p class="Blog-meta">April 28, 2025</p>
 <p>Our elders rode to lunch in style this month: the Glencoe Rotary helped us buy a new van, and it has already made 60 trips.</p>
</article>
<article class="BlogList-item">
 <h2 class="BlogList-item-title">Spring update from the board</h2>
 <p class="Blog-meta">April 9, 2025</p>
 <p>The roof over the kitchen is finally fixed, and the lunch program served 1,400 meals this winter. One more thing: we&rsquo;d love to find a retired accountant or bookkeeper who could look over our books once a quarter before our treasurer files the reports. It is about three hours, four times a year. Our exercise room also needs two or three sturdy chairs with armrests &mdash; the old ones are broken and the elders need something to push up from.</p>
</article>
<article class="BlogList-item">
 <h2 class="BlogList-item-title">Grandma Mai Lee turns 100</h2>
 <p class="Blog-meta">March 15, 2025</p>
 <p>Four generations came to celebrate. She still beats everyone at cards.</p>
</article>
<p>Hmong newsletter: <a href="/xov-xwm-2025.pdf">Xov Xwm, Lub Caij Ntuj Sov 2025 (PDF)</a></p>
</div></div>
""")

BOARD = _page("Pawg Thawj", """
<div class="sqs-block html-block"><div class="sqs-block-content">
<h1>Board workspace (not public)</h1>
<ul>
 <li>We need a new secretary to take minutes starting in June.</li>
 <li>Ask Tou about donating his old truck for the garden.</li>
 <li>Recruit 3 more van drivers before the fall clinic season.</li>
</ul>
</div></div>
""")

PAGES = {
    "index.html": INDEX,
    "calendar.html": CALENDAR,
    "hmoob.html": HMOOB,
    "news.html": NEWS,
    "pawg-thawj/index.html": BOARD,
}

ROBOTS = """User-agent: *
Disallow: /config
Disallow: /search
Disallow: /pawg-thawj/
Disallow: /api/
"""

PDFS = {
    "xov-xwm-2025.pdf": ("Xov Xwm - Lub Caij Ntuj Sov 2025", [
        ("title", "XOV XWM - Pawg Laus Hmoob Silver Lake"),
        ("p", "Lub Caij Ntuj Sov 2025"),
        ("gap", ""),
        ("h", "Ua tsaug"),
        ("p", "Ua tsaug rau txhua tus tuaj koom Noj Peb Caug xyoo tas los. Muaj 230 leej tuaj noj mov ua ke."),
        ("h", "Xov xwm ntawm pawg thawj"),
        ("p", "Xyoo no peb xav yuav ib lub tsheb thauj neeg laus tshiab. Peb tseem xav tau ib tug neeg pab "
              "sau ntawv thov nyiaj (grant writer) los pab peb thov nyiaj rau lub tsheb no. Yog koj paub "
              "sau ntawv Askiv zoo, thov hu rau Nkauj Ntxhi."),
        ("h", "Kev ua si rau cov laus"),
        ("p", "Hnub Rau, Lub Rau Hli 21, ntawm lub pas dej Silver Lake, 10:00 txog 2:00. Neeg pab ua noj "
              "rau hnub ntawd: tau neeg txaus lawm, ua tsaug."),
        ("gap", ""),
        ("p", "Hu rau (320) 555-0157 - info@silverlakeelders.org"),
    ]),
}

NEEDS = [
    N("calendar.html", ["cooks needed", "cook for 40 people"], "volunteer", "en",
      layout="calendar", note="calendar cell"),
    N("calendar.html", ["blood pressure check", "volunteer nurse"], "skilled", "en",
      layout="calendar"),
    N("calendar.html", ["medicare help session", "hmong-english interpreter"], "skilled", "en", ["hmn", "en"],
      layout="calendar"),
    N("calendar.html", ["reading hour", "readers wanted"], "volunteer", "en",
      layout="calendar"),
    N("hmoob.html", ["neeg tsav tsheb"], "volunteer", "hmn",
      layout="definition_list", note="drivers; gas paid (not a wage)"),
    N("hmoob.html", ["xib fwb qhia lus askiv"], "skilled", "hmn", ["en"],
      layout="definition_list", note="English teacher for elders"),
    N("hmoob.html", ["xib fwb qhia xaws paj ntaub"], "skilled", "hmn", ["hmn"],
      layout="definition_list", note="paj ntaub teacher, must speak Hmong"),
    N("hmoob.html", ["cov khoom peb xav tau", "koob thiab xov"], "donation", "hmn",
      layout="wish_list", note="sewing-room supplies = one need"),
    N("hmoob.html", ["niam tais pa vue", "tuaj xyuas nws"], "volunteer", "hmn",
      layout="story", note="elder living alone needs a weekly visitor and grocery help"),
    N("news.html", ["retired accountant", "look over our books"], "skilled", "en",
      layout="newsletter_buried"),
    N("news.html", ["chairs with armrests"], "donation", "en",
      layout="newsletter_buried", note="same paragraph, second unrelated ask"),
    N("xov-xwm-2025.pdf", ["sau ntawv thov nyiaj", "grant writer"], "skilled", "hmn", ["en"],
      layout="pdf", note="buried in the Hmong PDF newsletter; must write English well"),
]

TRAPS = [
    T("index.html", "hours", ["when we meet", "elder lunch every monday"]),
    T("index.html", "service", ["what we offer members", "paperwork help"]),
    T("index.html", "bio", ["meet our director"]),
    T("index.html", "event", ["hmong new year elder luncheon"]),
    T("index.html", "general_appeal", ["become a member"]),
    T("calendar.html", "service", ["qigong class"]),
    T("calendar.html", "filled", ["garden workday"], note="FULL"),
    T("calendar.html", "event", ["bingo & cards"]),
    T("calendar.html", "filled", ["walmart trip"], note="covered by Tou"),
    T("calendar.html", "event", ["memorial day potluck"]),
    T("calendar.html", "filled", ["fishing trip"], note="sponsored; all seats taken"),
    T("hmoob.html", "hours", ["noj su ua ke"]),
    T("hmoob.html", "service", ["kev pab rau cov laus"]),
    T("hmoob.html", "filled", ["neeg pab ntxuav tsev"], note="'Puv lawm' = full"),
    T("hmoob.html", "event", ["noj peb caug rau cov laus"]),
    T("news.html", "recap", ["thank you, glencoe rotary", "new van"]),
    T("news.html", "recap", ["grandma mai lee turns 100"], note="non-ask news"),
    T("xov-xwm-2025.pdf", "recap", ["230 leej"], note="thank-you for last New Year"),
    T("xov-xwm-2025.pdf", "event", ["kev ua si rau cov laus"]),
    T("xov-xwm-2025.pdf", "filled", ["neeg pab ua noj"], note="'tau neeg txaus lawm' = got enough people"),
    T("pawg-thawj/index.html", "robots", ["take minutes"]),
    T("pawg-thawj/index.html", "robots", ["old truck"]),
    T("pawg-thawj/index.html", "robots", ["3 more van drivers"]),
]
