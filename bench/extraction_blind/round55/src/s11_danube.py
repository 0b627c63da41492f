"""Site 11: First Steps Resettlement Partnership, Danube (Renville County). English + Somali.
Layouts: WordPress-like home with a need in the footer, role cards with titles in h3/div>strong/h4 and a
FILLED badge, welcome-kit progress bars (two open, one complete), family stories with a success story and a
spotlight, Somali page, robots-disallowed staff page, English PDF handbook/application."""
from common import N, T

SLUG = "danube-first-steps-resettlement"
TOWN = "danube"


WIDGET = """  <div class="footer-widget">
    <h4>Always welcome</h4>
    <p>Trailblazer Transit bus passes (10-ride cards) for newly arrived adults getting to work and ESL class. Drop
    them at the office any weekday.</p>
  </div>
"""


def wp(lang, title, body, bodyclass="page"):
    # the "Always welcome" footer widget is shown on the home page only
    widget = WIDGET if bodyclass == "home" else ""
    return """<!DOCTYPE html>
<html lang="%s">
<head>
<meta charset="UTF-8">
<title>%s</title>
<link rel="stylesheet" id="kadence-global-css" href="/wp-content/themes/kadence/assets/css/global.min.css" media="all">
</head>
<body class="%s">
<header id="masthead" class="site-header">
  <div class="site-branding"><a href="/" rel="home">First Steps Resettlement Partnership</a></div>
  <nav id="site-navigation"><ul class="menu">
    <li><a href="/">Home</a></li>
    <li><a href="/volunteer.html">Volunteer</a></li>
    <li><a href="/donate.html">Give Goods</a></li>
    <li><a href="/stories.html">Stories</a></li>
    <li><a href="/so/index.html">Af-Soomaali</a></li>
  </ul></nav>
</header>
<div id="primary" class="content-area"><main id="main" class="site-main">
%s
</main></div>
<footer id="colophon" class="site-footer">
%s  <div class="footer-widget">
    <p>First Steps Resettlement Partnership &middot; 300 2nd St, Danube, MN 56230 &middot; (320) 555-0182</p>
    <p><a href="/volunteer-handbook.pdf">Volunteer Handbook &amp; Application (PDF)</a> &middot;
    <a href="/annual-report-2023.pdf">Annual Report 2023 (PDF)</a> &middot; <a href="/team-only/openings.html">Staff login</a></p>
  </div>
</footer>
</body>
</html>
""" % (lang, title, bodyclass, body, widget)


PAGES = {}

PAGES["index.html"] = wp("en", "First Steps Resettlement Partnership &ndash; Danube, MN", """
<section class="hero">
  <h1>Every family deserves a good first step.</h1>
  <p>We help refugee families start new lives in Renville and Redwood counties.</p>
  <a class="button" href="/volunteer.html">Be a good neighbor</a>
</section>
<section>
  <h2>What we do</h2>
  <p>Case management for each family's first 90 days: housing, school enrollment, health screenings and job
  search, in partnership with the state refugee program.</p>
</section>
<section>
  <h2>2024 at a glance</h2>
  <p>142 people welcomed from 9 countries. 38 adults employed within six months.</p>
</section>
<section>
  <h2>World Refugee Day Picnic &mdash; June 20</h2>
  <p>Food from five continents at Danube City Park, 5 pm. Bring a lawn chair!</p>
</section>
<section class="latest">
  <h2>Latest stories</h2>
  <article><h3><a href="/stories.html#ler-htoo">From camp to co-op: Ler Htoo's first year</a></h3></article>
</section>
""", "home")

PAGES["volunteer.html"] = wp("en", "Volunteer &ndash; First Steps", """
<h1>Volunteer</h1>
<p>All volunteers complete a background check and a two-hour orientation. See the Volunteer Handbook for details.</p>
<div class="wp-block-columns role-cards">
  <div class="card">
    <h3>Airport Greeters</h3>
    <p>Meet arriving families at MSP, often late at night, with warm coats and a sign in their language. On call,
    two or three times a month. We reimburse mileage.</p>
  </div>
  <div class="card">
    <div class="card-head"><strong>Apartment Setup Team</strong></div>
    <p>Before a family lands, a team of three or four sets up beds, stocks the kitchen and hangs curtains. Saturdays,
    about four hours. Bring a drill if you have one.</p>
  </div>
  <div class="card">
    <h4>Cultural Orientation Co-facilitator</h4>
    <p>Help lead our eight-session orientation (banks, buses, tenant rights, winter). We need co-facilitators who
    speak Karen or Somali; sessions are in English with interpretation.</p>
  </div>
  <div class="card">
    <h3>Driving Mentor</h3>
    <span class="badge">FILLED</span>
    <p>Thanks to the Danube Lions, all six learners have a mentor this season.</p>
  </div>
  <div class="card">
    <h3>Good Neighbor Team</h3>
    <p>A group of four to six friends, coworkers or church members who walk with one family for six months:
    weekly visits, English practice, help with the bus and the clinic.</p>
  </div>
  <div class="card">
    <h3>Case Manager (full time)</h3>
    <p>Salary $48,000&ndash;$52,000 plus benefits. Somali, Karen or Dari a plus. Apply by December 15.</p>
  </div>
  <div class="card">
    <h3>Welcome Dinner for the Nyandeng family</h3>
    <p>Friday, November 21, 6 pm at Olivia Methodist. Everyone is invited.</p>
  </div>
</div>
""")

PAGES["donate.html"] = wp("en", "Give Goods &ndash; First Steps", """
<h1>Give Goods</h1>
<h2>Welcome Kits</h2>
<p>Every arriving household receives three kits. Here is where we are for the winter arrivals:</p>
<div class="kit">
  <h3>Kitchen kits</h3>
  <p>Pots, pans, a rice cooker, dishes and cutlery for four.</p>
  <div class="progress"><div class="bar" style="width:40%"></div></div>
  <p class="count">12 of 30 assembled</p>
</div>
<div class="kit">
  <h3>Bedding kits</h3>
  <div class="progress"><div class="bar" style="width:100%"></div></div>
  <p class="count">30 of 30 &#10003; Complete</p>
</div>
<div class="kit">
  <h3>Hygiene kits</h3>
  <p>Shampoo, soap, toothbrushes, toothpaste, deodorant, razors and menstrual pads in a plastic tote.</p>
  <div class="progress"><div class="bar" style="width:32%"></div></div>
  <p class="count">8 of 25 assembled</p>
</div>
<h2>Furniture</h2>
<p>We can't store furniture, and we no longer accept mattresses or couches. Please list them on the Renville
County Buy Nothing group instead.</p>
<h2>Give monthly</h2>
<p>A monthly gift of any size sustains the work all year.</p>
<p><strong>Drop-off hours:</strong> Tuesday and Thursday, 1&ndash;5 pm.</p>
""")

PAGES["stories.html"] = wp("en", "Stories &ndash; First Steps", """
<h1>Stories</h1>
<article id="kahsay">
  <h2>The Kahsay family is still waiting on a few things</h2>
  <p>Kidane and Selam Kahsay arrived from Eritrea by way of Ethiopia in September with their daughters, four years and
  nine months old. Their apartment in Olivia is furnished, but the four-year-old still sleeps on a couch cushion, the
  baby needs a stroller for the long walk to the clinic, and neither girl has a winter coat. A twin bed, a stroller,
  and coats in sizes 4T and 12 months would carry them through the winter.</p>
</article>
<article id="ler-htoo">
  <h2>From camp to co-op: Ler Htoo's first year</h2>
  <p>A year ago Ler Htoo stepped off a plane with one bag. Today he works the night shift at the farmers' co-op
  elevator and just passed his driving test.</p>
</article>
<article>
  <h2>Volunteer spotlight: the Fairfax Methodist team</h2>
  <p>Seven retirees who have set up eleven apartments since 2022.</p>
</article>
<p class="more"><a href="/stories.html">Blog: What "resettlement" actually means &rarr;</a></p>
""")

PAGES["so/index.html"] = wp("so", "Iskaashiga Dejinta First Steps &ndash; Af-Soomaali", """
<h1>Iskaashiga Dejinta First Steps</h1>
<p>Waxaan caawinaa qoysaska qaxootiga ah ee cusub ee degmooyinka Renville iyo Redwood.</p>

<h2>Hooyooyinka cusub: haween la socda ballamaha uurka</h2>
<p>Waxaan raadineynaa haween Soomaali ah oo la socda hooyooyinka cusub marka ay aadayaan ballamaha dhakhtarka
uurka (prenatal) ee Olivia iyo Redwood Falls. Hal mar toddobaadkii, subaxnimo.</p>

<h2>Buugaag carruurta oo Af-Soomaali ah</h2>
<p>Geeska akhriska ee qoysaska wuxuu u baahan yahay buugaag carruurta oo Af-Soomaali ku qoran, gaar ahaan
sheekooyin sawiro leh oo loogu talagalay da'da 3 ilaa 8.</p>

<h2>Turjubaanada Soomaaliga</h2>
<p>Hadda kuma baahnin turjubaano kale. Mahadsanidiin dhammaantiin!</p>

<h2>Caawinta shaqo raadinta</h2>
<p>Waxaan kaa caawinaa qorista CV-ga, codsiyada shaqada iyo u diyaargarowga wareysiga.</p>

<h2>Sidee loo helaa adeegyada?</h2>
<p>Soo wac (320) 555-0182 ama soo booqo xafiiska Isniin ilaa Khamiis. Keen aqoonsiga qoyska oo dhan.</p>
""")

PAGES["team-only/openings.html"] = wp("en", "Staff only &ndash; internal needs", """
<h1>Staff only &mdash; internal needs</h1>
<ul>
  <li>Need a grant writer for the ORR renewal (due March 1).</li>
  <li>Spare laptops for the two new case managers.</li>
  <li>Interim office manager while Jodi is on leave.</li>
</ul>
""")

ROBOTS = """User-agent: *
Disallow: /team-only/
Disallow: /wp-admin/

User-agent: GPTBot
Disallow: /
"""

PDFS = {
    "volunteer-handbook.pdf": ("First Steps Volunteer Handbook and Application", [
        ("title", "FIRST STEPS RESETTLEMENT PARTNERSHIP"),
        ("p", "Volunteer Handbook (excerpt) and Application - 2025"),
        ("h", "Current special project: Saturday permit study group"),
        ("p", "Many adults we serve are studying for the Minnesota driver's permit test in English. We need two "
              "volunteer tutors who can explain road signs and traffic rules in plain English, Saturdays 10 am "
              "to noon at the Danube Public Library."),
        ("h", "Before you volunteer"),
        ("p", "Every volunteer completes a background check, a two-hour orientation and a confidentiality pledge. "
              "Volunteers may not give cash to families or transport them without approval."),
        ("h", "Application"),
        ("p", "Name: __________________________   Phone: __________________   Email: __________________"),
        ("p", "Languages you speak: ______________________   Do you have a car?  [ ] yes  [ ] no"),
        ("h", "How to submit this application"),
        ("p", "Email it to volunteer@firststeps.example or drop it at the office. We will call you within two weeks."),
    ]),
}

NEEDS = [
    N("index.html", ["trailblazer", "bus passes"], "donation", "en", [], "footer",
      "'Always welcome' widget in the site footer; counted once, on index.html"),
    N("volunteer.html", ["airport greeter"], "volunteer", "en", [], "role_cards", ""),
    N("volunteer.html", ["apartment setup"], "volunteer", "en", [], "role_cards", "title in div>strong"),
    N("volunteer.html", ["cultural orientation"], "skilled", "en", ["kar", "so"], "role_cards",
      "title in h4; Karen or Somali speakers"),
    N("volunteer.html", ["good neighbor team"], "volunteer", "en", [], "role_cards", ""),
    N("donate.html", ["kitchen kit"], "donation", "en", [], "progress_counter", "12 of 30"),
    N("donate.html", ["hygiene kit"], "donation", "en", [], "progress_counter", "8 of 25"),
    N("stories.html", ["kahsay", "stroller"], "donation", "en", [], "story", "bed, stroller, coats"),
    N("so/index.html", ["hooyooyinka cusub", "ballamaha uurka"], "volunteer", "so", ["so"],
      "heading_paragraph", "Somali women to accompany new mothers"),
    N("so/index.html", ["buugaag carruurta"], "donation", "so", [], "heading_paragraph",
      "Somali-language children's books"),
    N("volunteer-handbook.pdf", ["permit study group", "permit test"], "skilled", "en", ["en"], "pdf",
      "tutors for driver's permit test, only in PDF"),
]

TRAPS = [
    T("index.html", "general_appeal", ["be a good neighbor"], "button"),
    T("index.html", "service", ["case management"], ""),
    T("index.html", "recap", ["2024 at a glance"], ""),
    T("index.html", "event", ["world refugee day"], ""),
    T("index.html", "blog", ["from camp to co-op"], "teaser"),
    T("volunteer.html", "filled", ["driving mentor"], "FILLED badge"),
    T("volunteer.html", "job", ["case manager"], "salaried"),
    T("volunteer.html", "event", ["welcome dinner"], ""),
    T("donate.html", "filled", ["bedding kit"], "30 of 30 complete"),
    T("donate.html", "filled", ["mattresses or couches"], "no longer accepted"),
    T("donate.html", "general_appeal", ["give monthly"], ""),
    T("donate.html", "hours", ["drop-off hours"], ""),
    T("stories.html", "recap", ["ler htoo"], "success story, no ask"),
    T("stories.html", "bio", ["volunteer spotlight"], ""),
    T("stories.html", "blog", ["actually means"], "teaser"),
    T("so/index.html", "filled", ["turjubaanada"], "kuma baahnin turjubaano kale"),
    T("so/index.html", "service", ["shaqo raadinta"], ""),
    T("so/index.html", "how_to_apply", ["sidee loo helaa"], ""),
    T("team-only/openings.html", "robots", ["orr renewal"], "Disallow: /team-only/"),
    T("team-only/openings.html", "robots", ["spare laptops"], "Disallow: /team-only/"),
    T("team-only/openings.html", "robots", ["interim office manager"], "Disallow: /team-only/"),
    T("volunteer-handbook.pdf", "how_to_apply", ["before you volunteer", "background check"], ""),
    T("volunteer-handbook.pdf", "how_to_apply", ["submit this application"], ""),
]
