"""Shingobee Senior Center, Walker: Drupal-style site, views listing with field labels and status fields, meals page, PDF newsletter."""
from common import need, trap

SLUG = "walker-shingobee-senior-center"

ROBOTS = """#
# robots.txt
#
# This file is to prevent the crawling and indexing of certain parts
# of your site by web crawlers and spiders run by sites like Yahoo!
# and Google.
#
User-agent: *
# Directories
Disallow: /core/
Disallow: /profiles/
Disallow: /council/
# Paths (clean URLs)
Disallow: /user/login/
"""


def shell(title, body, p=""):
    return """<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<title>%(title)s | Shingobee Senior Center</title>
<link rel="stylesheet" media="all" href="%(p)score/themes/olivero/css/base/base.css">
</head>
<body class="path-node page-node-type-page">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas">
<header class="site-header">
 <div class="site-branding__text"><div class="site-branding__name"><a href="%(p)sindex.html" rel="home">Shingobee Senior Center</a></div>
 <div class="site-branding__slogan">Walker, Minnesota &middot; since 1974</div></div>
 <nav class="primary-nav" aria-label="Main">
  <ul class="menu primary-nav__menu">
   <li class="primary-nav__menu-item"><a href="%(p)sindex.html" class="primary-nav__menu-link">Home</a></li>
   <li class="primary-nav__menu-item"><a href="%(p)sopportunities.html" class="primary-nav__menu-link">Volunteer</a></li>
   <li class="primary-nav__menu-item"><a href="%(p)smeals.html" class="primary-nav__menu-link">Meals</a></li>
   <li class="primary-nav__menu-item"><a href="%(p)scalendar.html" class="primary-nav__menu-link">Calendar</a></li>
   <li class="primary-nav__menu-item"><a href="%(p)slog/2025-06.pdf" class="primary-nav__menu-link">Newsletter</a></li>
  </ul>
 </nav>
</header>
<main role="main"><a id="main-content" tabindex="-1"></a>
<div class="region region--content">
%(body)s
</div>
</main>
<footer class="site-footer">
 <div class="region region--footer-top">
  <p>Shingobee Senior Center &middot; 608 Michigan Avenue W, Walker, MN 56484 &middot; 218-555-0107</p>
  <ul class="menu"><li><a href="%(p)scouncil/index.html">Council members</a></li><li><a href="%(p)slog/2025-06.pdf">The Shingobee Log (June)</a></li></ul>
 </div>
</footer>
</div>
</body>
</html>
""" % {"title": title, "body": body, "p": p}


INDEX = shell("Home", """
<article class="node node--type-page">
<h1 class="title page-title"><span class="field field--name-title">Welcome to the Shingobee Senior Center</span></h1>
<div class="clearfix text-formatted field field--name-body">
<p>A place for Cass County&rsquo;s older adults to eat together, play cards, exercise and stay connected.</p>
<h2>Hours</h2>
<p>Monday through Friday, 8:30 a.m. to 3:30 p.m. Noon meal served at 11:45.</p>
<h2>Meals on Wheels</h2>
<p>Hot lunches delivered to homebound seniors in Walker, Hackensack and Akeley, five days a week.
<a href="meals.html">Learn more</a></p>
<h2>Friday fish fry</h2>
<p>Our summer fish fry fundraiser is every second Friday in July and August, 4:30&ndash;7 p.m. Walleye, coleslaw, pie.</p>
<h2>Building &amp; garden projects</h2>
<p>Our projects page still lives on the old website: <a href="projects.htm">building &amp; garden projects</a>.</p>
<h2>Memorial gifts</h2>
<p>Many families remember a loved one with a gift to the center. Memorials go to our building fund.</p>
</div>
</article>
""")

OPPORTUNITIES = shell("Volunteer opportunities", """
<h1 class="title page-title">Volunteer opportunities</h1>
<div class="view view-volunteer-positions view-display-id-page_1">
<div class="view-header"><p>Contact Bev Dahl, volunteer coordinator, at 218-555-0107.</p></div>
<div class="view-content">

 <div class="views-row">
  <div class="views-field views-field-title"><span class="views-label">Position: </span><span class="field-content">Meals on Wheels route driver &ndash; Tuesday route 3 (Hackensack)</span></div>
  <div class="views-field views-field-field-status"><span class="views-label">Status: </span><div class="field-content">Open</div></div>
  <div class="views-field views-field-body"><div class="field-content">About two hours. Use your own car; mileage is reimbursed at the IRS charity rate.</div></div>
 </div>

 <div class="views-row">
  <div class="views-field views-field-title"><span class="views-label">Position: </span><span class="field-content">Foot care nurse (RN or LPN)</span></div>
  <div class="views-field views-field-field-status"><span class="views-label">Status: </span><div class="field-content">Open</div></div>
  <div class="views-field views-field-body"><div class="field-content">One Wednesday morning a month: nail trimming and foot checks for 12&ndash;15 seniors. Current Minnesota license required.</div></div>
 </div>

 <div class="views-row">
  <div class="views-field views-field-title"><span class="views-label">Position: </span><span class="field-content">Card room host (cribbage, 500, bridge)</span></div>
  <div class="views-field views-field-field-status"><span class="views-label">Status: </span><div class="field-content">No longer needed &ndash; the club now runs itself</div></div>
 </div>

 <div class="views-row">
  <div class="views-field views-field-title"><span class="views-label">Position: </span><span class="field-content">AARP tax aide</span></div>
  <div class="views-field views-field-field-status"><span class="views-label">Status: </span><div class="field-content">Season ended &ndash; see you in February</div></div>
 </div>

 <div class="views-row">
  <div class="views-field views-field-title"><span class="views-label">Position: </span><span class="field-content">Kitchen dish crew</span></div>
  <div class="views-field views-field-field-status"><span class="views-label">Status: </span><div class="field-content">2 of 3 shifts open</div></div>
  <div class="views-field views-field-body"><div class="field-content">Weekdays 12:30&ndash;2:00. Run the dish machine and wipe tables after lunch.</div></div>
 </div>

 <div class="views-row">
  <div class="views-field views-field-title"><span class="views-label">Position: </span><span class="field-content">Part-time cook</span></div>
  <div class="views-field views-field-field-status"><span class="views-label">Status: </span><div class="field-content">Paid position &ndash; $18.50/hour</div></div>
  <div class="views-field views-field-body"><div class="field-content">Mornings, 25 hours a week. ServSafe certificate preferred.</div></div>
 </div>

 <div class="views-row">
  <div class="views-field views-field-title"><span class="views-label">Position: </span><span class="field-content">Technology buddy</span></div>
  <div class="views-field views-field-field-status"><span class="views-label">Status: </span><div class="field-content">Open</div></div>
  <div class="views-field views-field-body"><div class="field-content">Help seniors set up phones and tablets and video-call their grandchildren. Teens welcome.</div></div>
 </div>

</div>
</div>
""")

MEALS = shell("Meals", """
<article class="node node--type-page">
<h1 class="title page-title">Meals</h1>
<div class="text-formatted field field--name-body">
<h2>Dining room</h2>
<p>Lunch is served Monday&ndash;Friday at 11:45 a.m. Suggested contribution for guests 60 and over is $4.</p>
<h2>Signing up for Meals on Wheels</h2>
<p>To sign up for Meals on Wheels, call 218-555-0107 and ask for Linda. A staff member will visit your home for a short
assessment, and deliveries start within a week.</p>
<h2>Our shelves are low on</h2>
<ul>
 <li>Ensure or Boost nutrition drinks (any flavor)</li>
 <li>Sugar-free pudding cups</li>
 <li>Low-sodium soup</li>
</ul>
<p>These go out with Meals on Wheels to clients who are losing weight. Drop-offs at the front desk.</p>
<h2>Seeking a donated upright freezer</h2>
<p>Our old chest freezer died in the heat wave. An upright freezer in working order would let us store frozen
weekend meals for Meals on Wheels clients.</p>
</div>
</article>
""")

COUNCIL = shell("Council members", """
<h1 class="title page-title">Council members area</h1>
<div class="text-formatted field">
<ul>
 <li>Council secretary for 2026</li>
 <li>Replacement pool table felt</li>
 <li>Volunteer to redo the parking lot striping</li>
</ul>
</div>
""", p="../")

PROJECTS = """<HTML lang="en">
<HEAD>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=utf-8">
<META NAME="GENERATOR" CONTENT="Microsoft FrontPage 4.0">
<TITLE>Shingobee Senior Center - Projects</TITLE>
</HEAD>
<BODY BGCOLOR="#FFFFF0" TEXT="#000000" LINK="#003399">
<TABLE WIDTH="640" BORDER="0" CELLPADDING="0" CELLSPACING="0" ALIGN="center">
<TR><TD COLSPAN="2" BGCOLOR="#336633"><FONT FACE="Arial" SIZE="5" COLOR="#FFFFFF"><B>SHINGOBEE SENIOR CENTER</B></FONT></TD></TR>
<TR>
<TD WIDTH="140" VALIGN="top" BGCOLOR="#E8E8D0"><FONT FACE="Arial" SIZE="2">
<A HREF="index.html">HOME</A><BR>
<A HREF="opportunities.html">VOLUNTEER</A><BR>
<A HREF="meals.html">MEALS</A><BR>
<A HREF="council/index.html">COUNCIL</A></FONT></TD>
<TD WIDTH="500" VALIGN="top"><FONT FACE="Arial" SIZE="2">
<P><FONT SIZE="4"><B>BUILDING &amp; GARDEN PROJECTS</B></FONT></P>
<P><B><FONT COLOR="#993300">GARDEN BOX BUILDERS NEEDED</FONT></B><BR>
WE NEED 2 OR 3 HANDY PEOPLE TO BUILD WAIST-HIGH RAISED GARDEN BEDS SO MEMBERS IN WHEELCHAIRS CAN GARDEN.
LUMBER IS DONATED BY WALKER BUILDING SUPPLY. BRING YOUR OWN DRILL.</P>
<P><B><FONT COLOR="#993300">LARGE-PRINT BOOKS AND PUZZLES WANTED</FONT></B><BR>
OUR LENDING SHELF NEEDS LARGE-PRINT BOOKS (WESTERNS AND MYSTERIES) AND 500-PIECE JIGSAW PUZZLES WITH ALL THE PIECES.</P>
<P><B><FONT COLOR="#993300">PIANO TUNER</FONT></B><BR>
THANK YOU, JIM L. &mdash; ALL DONE FOR THIS YEAR.</P>
<P><B><FONT COLOR="#993300">BUS TRIP TO MYSTIC LAKE</FONT></B><BR>
THURSDAY, SEPT. 18. BUS LEAVES AT 8 A.M. $35 INCLUDES LUNCH. SIGN UP AT THE FRONT DESK.</P>
<P><FONT SIZE="1">Last updated 04/14/2025</FONT></P>
</FONT></TD>
</TR>
</TABLE>
</BODY>
</HTML>
"""

PAGES = {
    "index.html": INDEX,
    "opportunities.html": OPPORTUNITIES,
    "meals.html": MEALS,
    "projects.htm": PROJECTS,
    "council/index.html": COUNCIL,
}

PDFS = {
    "log/2025-06.pdf": ("The Shingobee Log - June 2025", [
        ("title", "The Shingobee Log - June 2025"),
        ("p", "Shingobee Senior Center - 608 Michigan Avenue W, Walker - 218-555-0107"),
        ("gap", ""),
        ("h", "From the director's desk"),
        ("p", "Summer is here and the pontoons are out on Leech Lake. Our exercise group has grown to 22 members, and "
              "several of them cannot get down on the floor anymore. We would love to find a volunteer who can lead a "
              "chair yoga class on Thursday mornings at 10. You do not need to be certified, but some experience "
              "leading exercise would help. Call Bev."),
        ("gap", ""),
        ("h", "Thank you, Walker Lions"),
        ("p", "The Lions built our new entry ramp in May in just two Saturdays. Thank you!"),
        ("gap", ""),
        ("h", "Birthday club"),
        ("p", "June birthdays will be celebrated with cake on Friday, June 27, after lunch."),
        ("gap", ""),
        ("h", "Volunteer of the month: Harold Aune"),
        ("p", "Harold has driven Meals on Wheels route 1 for nine years and has never missed a Monday."),
    ]),
}

NEEDS = [
    need("opportunities.html", ["route driver"], "volunteer", "en", layout="views_fields"),
    need("opportunities.html", ["foot care"], "skilled", "en", layout="views_fields"),
    need("opportunities.html", ["dish crew"], "volunteer", "en", layout="views_fields", note="2 of 3 shifts open"),
    need("opportunities.html", ["technology buddy"], "volunteer", "en", layout="views_fields"),
    need("meals.html", ["nutrition drinks", "ensure"], "donation", "en", layout="wish_list",
         note="'Our shelves are low on' list"),
    need("meals.html", ["upright freezer"], "donation", "en", layout="seeking"),
    need("projects.htm", ["garden box", "raised garden beds"], "skilled", "en", layout="table_layout_caps",
         note="handy people to build raised beds; FrontPage table, ALL CAPS"),
    need("projects.htm", ["large-print books", "jigsaw puzzles"], "donation", "en", layout="table_layout_caps"),
    need("log/2025-06.pdf", ["chair yoga"], "skilled", "en", layout="pdf",
         note="buried in the director's column"),
]

TRAPS = [
    trap("index.html", "hours", ["monday through friday"]),
    trap("index.html", "service", ["meals on wheels"]),
    trap("index.html", "event", ["fish fry"]),
    trap("index.html", "general_appeal", ["memorial gifts"]),
    trap("opportunities.html", "filled", ["card room host"], note="'No longer needed'"),
    trap("opportunities.html", "filled", ["tax aide"], note="'Season ended'"),
    trap("opportunities.html", "job", ["part-time cook"]),
    trap("meals.html", "hours", ["dining room"]),
    trap("meals.html", "how_to_apply", ["signing up for meals on wheels"]),
    trap("projects.htm", "filled", ["piano tuner"], note="'ALL DONE FOR THIS YEAR'"),
    trap("projects.htm", "event", ["bus trip"]),
    trap("log/2025-06.pdf", "recap", ["walker lions"]),
    trap("log/2025-06.pdf", "event", ["birthday club"]),
    trap("log/2025-06.pdf", "bio", ["harold aune"]),
    trap("council/index.html", "robots", ["council secretary"]),
    trap("council/index.html", "robots", ["pool table"]),
    trap("council/index.html", "robots", ["parking lot striping"]),
]
