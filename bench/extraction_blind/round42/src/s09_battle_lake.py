"""Site 9: Battle Lake Area Elder Connections (senior center, en). Weebly-style markup (wsite-content-title,
div.paragraph with <br> lines); a month-grid calendar table with one help request in a day cell; a Meals on
Wheels route table with a status column; services page with a need in its closing note; PDF newsletter.
No robots-disallowed page (robots.txt allows everything)."""
from common import N, T

SLUG = "battle-lake-elder-connections"


def page(title, body):
    return """<!DOCTYPE html>
<html lang="en">
<head>
<title>%s - Battle Lake Area Elder Connections</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<link id="wsite-base-style" rel="stylesheet" type="text/css" href="//cdn2.editmysite.example/css/sites.css">
<style>
.cal td{width:14%%;height:80px;vertical-align:top;border:1px solid #bbb;font-size:12px}
.cal th{background:#355e3b;color:#fff}
.routes td,.routes th{border:1px solid #999;padding:6px}
</style>
</head>
<body class="no-header-page wsite-page-%s">
<div class="wsite-header"><span class="wsite-logo">Battle Lake Area Elder Connections</span></div>
<div class="nav"><ul class="wsite-menu-default">
<li><a href="/index.html">Home</a></li>
<li><a href="/calendar.html">April Calendar</a></li>
<li><a href="/routes.html">Meals on Wheels</a></li>
<li><a href="/help.html">How We Help</a></li>
<li><a href="/grapevine-april.pdf">The Grapevine (newsletter)</a></li>
<li><a href="/menu/april.htm">Lunch Menu</a></li>
</ul></div>
<div id="wsite-content" class="wsite-elements wsite-not-footer">
%s
</div>
<div class="wsite-footer"><div class="paragraph">Battle Lake Area Elder Connections &bull; 112 Lake Ave N, Battle Lake, MN 56515 &bull; 218-555-0152<br>
A program of Otter Tail County senior partners. Site by Weebly.</div></div>
</body>
</html>
""" % (title, title.lower().replace(" ", "-"), body)


INDEX = page("Home", """
<h2 class="wsite-content-title">Welcome, neighbor!</h2>
<div class="paragraph">Elder Connections is the senior center for Battle Lake, Clitherall, Vining and the lake country in between. Stop in for
coffee, cards, a hot lunch or a ride to the doctor.</div>
<h2 class="wsite-content-title">Hours</h2>
<div class="paragraph">Monday&ndash;Friday, 8:00 a.m. to 3:00 p.m.<br>Closed on state holidays and when Battle Lake schools close for weather.</div>
<h2 class="wsite-content-title">Noon Lunch</h2>
<div class="paragraph">Hot lunch Monday, Wednesday and Friday at 11:45. Suggested contribution $5 for ages 60+. Call by 9 a.m. to reserve.</div>
<h2 class="wsite-content-title">Cribbage Tournament</h2>
<div class="paragraph">Saturday, April 26 &ndash; double elimination, $10 entry, lunch included. Sign in by 9:30.</div>
<h2 class="wsite-content-title">Memorials &amp; Gifts</h2>
<div class="paragraph">Many families choose Elder Connections for memorials. Gifts are tax-deductible and stay right here in our community.</div>
""")

CAL_ROWS = [
    ["", "", "1<br>Foot care clinic 9&ndash;12 (appt.)", "2<br>Cribbage 1:00", "3<br>Blood pressure checks 10:30", "4<br>Lunch: Swedish meatballs", "5"],
    ["6", "7<br>Tai chi 10:00", "8<br>AARP tax help &ndash; appointments only", "9<br>Card party 1:00", "10<br>Book club", "11<br>Birthday dinner 5:00", "12"],
    ["13", "14<br>Tai chi 10:00", "15<br>Foot care clinic", "16<br><b>Spring cleaning day!</b> We need 5 helpers, 9&ndash;noon, to wash windows and clean out cupboards. Call Bev.", "17<br>Easter ham dinner, $9", "18<br>Closed &ndash; Good Friday", "19"],
    ["20", "21<br>Tai chi 10:00", "22<br>AARP Smart Driver class", "23<br>Cribbage 1:00", "24<br>Blood pressure checks", "25<br>Potluck &ndash; bring a hotdish to share!", "26<br>Cribbage tournament"],
    ["27", "28<br>Tai chi 10:00", "29<br>Medicare Q&amp;A with the LinkAge Line", "30<br>Card party 1:00", "", "", ""],
]

CAL = page("April Calendar", """
<h2 class="wsite-content-title">April 2025</h2>
<table class="cal"><tr><th>Sun</th><th>Mon</th><th>Tue</th><th>Wed</th><th>Thu</th><th>Fri</th><th>Sat</th></tr>
""" + "\n".join("<tr>" + "".join("<td>%s</td>" % c for c in r) + "</tr>" for r in CAL_ROWS) + """
</table>
<div class="paragraph">All activities at the center unless noted. Call 218-555-0152 with questions.</div>
""")

ROUTES = page("Meals on Wheels", """
<h2 class="wsite-content-title">Meals on Wheels &ndash; Driver Routes</h2>
<div class="paragraph">Hot meals leave our kitchen at 10:45 a.m. Each route takes about 75 minutes. Drivers use their own car and are
reimbursed 70&cent; a mile. Here is where each route stands for April:</div>
<table class="routes">
<tr><th>#</th><th>Area</th><th>Days</th><th>Regular driver</th><th>April status</th></tr>
<tr><td>Route 1</td><td>Battle Lake town</td><td>M / W / F</td><td>Gary T.</td><td>Covered</td></tr>
<tr><td>Route 2</td><td>West Battle Lake shore</td><td>M / W / F</td><td>&ndash;</td><td><b>No regular driver &ndash; OPEN</b></td></tr>
<tr><td>Route 3</td><td>Clitherall &amp; Vining</td><td>Tu / Th</td><td>Joyce A.</td><td>Subs needed Apr 15 and Apr 29</td></tr>
<tr><td>Route 4</td><td>Henning road</td><td>Tu / Th</td><td>Al &amp; Marv</td><td>Covered through May</td></tr>
</table>
<h2 class="wsite-content-title">Kitchen packers</h2>
<div class="paragraph">We&rsquo;re fine for now on kitchen packers &ndash; thank you to the Tuesday Ladies Aid crew.</div>
<h2 class="wsite-content-title">Need meals at home?</h2>
<div class="paragraph">Anyone 60+ who has trouble cooking can receive Meals on Wheels. Call 218-555-0152 and we will set up a home visit
to get you started. Cost is on a sliding scale.</div>
""")

HELP = page("How We Help", """
<h2 class="wsite-content-title">How We Help</h2>
<div class="paragraph"><strong>Rides to medical appointments</strong><br>
Volunteer drivers take seniors to appointments in Fergus Falls, Perham, Alexandria and Wadena. Call two days ahead.</div>
<div class="paragraph"><strong>Chore &amp; snow removal program</strong><br>
Help with light housekeeping, lawn mowing and snow shoveling for seniors living at home. Fees on a sliding scale.</div>
<div class="paragraph"><strong>Senior LinkAge Line</strong><br>
Free, unbiased help with Medicare, long-term care options and prescription costs: 1-800-333-2433.</div>
<div class="paragraph"><strong>Caregiver support group</strong><br>
Second Thursday of each month, 1:30 p.m., for anyone caring for a spouse or parent.</div>
<h2 class="wsite-content-title">A note about rides</h2>
<div class="paragraph">Our ride program has a waiting list right now because we are short on volunteer drivers for medical trips,
especially the long runs to Fergus Falls and Alexandria. Drivers use their own car and are reimbursed for mileage. If you could
drive one morning a week, call Bev at 218-555-0152.</div>
""")

PAGES = {
    "index.html": INDEX,
    "calendar.html": CAL,
    "routes.html": ROUTES,
    "help.html": HELP,
}

ROBOTS = """User-agent: *
Disallow:
"""

PDFS = {
    "grapevine-april.pdf": ("The Grapevine - April 2025", [
        ("title", "THE GRAPEVINE"),
        ("small", "Battle Lake Area Elder Connections  -  April 2025  -  218-555-0152"),
        ("h", "From Bev's desk"),
        ("p", "Spring is finally here, and the ice is going out on West Battle Lake. Our smartphone class in February was "
              "so popular that we would like to run it again in May, but our teacher has moved to Arizona. If you can "
              "teach seniors the basics of iPhones and Android phones - texting, photos, video calls with the "
              "grandkids - four Tuesday mornings, please give me a call."),
        ("h", "Lending shelf"),
        ("p", "The lending shelf by the coffee pot is nearly empty. We are out of jigsaw puzzles (500 to 1000 pieces, "
              "all pieces please!) and large-print books. Drop them off any weekday."),
        ("h", "April menu"),
        ("p", "Mon 7 Chicken hotdish - Wed 9 Roast pork - Fri 11 Fish - Mon 14 Meatloaf - Wed 16 Turkey - Fri 18 CLOSED"),
        ("h", "April birthdays"),
        ("p", "Happy birthday to Arlys Nelson (90!), Duane Fjestad, Marlene Olson and Lorraine Haugrud."),
        ("h", "Thank you"),
        ("p", "Thank you to the Battle Lake Lions for their $500 gift toward the new dishwasher."),
        ("h", "AARP Smart Driver Course"),
        ("p", "Tuesday, April 22, 9 a.m. to 1 p.m. Completing the course may lower your car insurance. $25, register at the desk."),
        ("h", "Medicare questions?"),
        ("p", "A Senior LinkAge Line counselor is here by appointment on April 29."),
    ]),
}

NEEDS = [
    N("calendar.html", ["spring cleaning"], "volunteer", "en", layout="calendar_cell",
      note="5 helpers, inside the Apr 16 day cell"),
    N("routes.html", ["route 2", "west battle lake shore"], "volunteer", "en", layout="status_table",
      note="no regular driver - OPEN"),
    N("routes.html", ["route 3", "clitherall"], "volunteer", "en", layout="status_table",
      note="subs needed on two dates"),
    N("help.html", ["volunteer drivers for medical trips", "medical trips"], "volunteer", "en",
      layout="closing_note", note="'short on volunteer drivers' in the last section of a services page"),
    N("grapevine-april.pdf", ["smartphone class", "smartphone"], "skilled", "en", layout="pdf",
      note="teacher for a smartphone class, buried in director's column"),
    N("grapevine-april.pdf", ["jigsaw puzzles", "large-print books", "lending shelf"], "donation", "en",
      layout="pdf", note="'we are out of' two items = one need"),
]

TRAPS = [
    T("index.html", "hours", ["hours"]),
    T("index.html", "service", ["noon lunch", "hot lunch"]),
    T("index.html", "event", ["cribbage tournament"]),
    T("index.html", "general_appeal", ["memorials & gifts", "memorials"]),
    T("calendar.html", "service", ["foot care clinic"]),
    T("calendar.html", "service", ["aarp tax help"]),
    T("calendar.html", "event", ["tai chi"]),
    T("calendar.html", "event", ["easter ham dinner"]),
    T("calendar.html", "event", ["potluck", "bring a hotdish"]),
    T("calendar.html", "event", ["card party"]),
    T("routes.html", "filled", ["route 1", "battle lake town"], "Covered"),
    T("routes.html", "filled", ["route 4", "henning road"], "Covered through May"),
    T("routes.html", "filled", ["kitchen packers"], "'fine for now'"),
    T("routes.html", "how_to_apply", ["need meals at home"]),
    T("help.html", "service", ["rides to medical appointments"]),
    T("help.html", "service", ["chore & snow removal"]),
    T("help.html", "service", ["senior linkage line"]),
    T("help.html", "event", ["caregiver support group"]),
    T("grapevine-april.pdf", "service", ["april menu"]),
    T("grapevine-april.pdf", "bio", ["april birthdays"]),
    T("grapevine-april.pdf", "recap", ["$500 gift", "dishwasher"]),
    T("grapevine-april.pdf", "event", ["aarp smart driver course", "smart driver"]),
    T("grapevine-april.pdf", "service", ["medicare questions"]),
]
