"""Site 11: a youth hockey association in Cass Lake (English only; board-position status table, equipment
drive, coaches page, English PDF registration packet, robots /directors/)."""
from common import N, T

SLUG = "cass-lake-youth-hockey-association"
ROBOTS = "User-agent: *\nAllow: /\nDisallow: /directors/\n"

def head(title):
    return """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>%s</title>
<link rel="stylesheet" href="https://assets.example-sportsite.com/css/org-1187.css">
<script src="https://assets.example-sportsite.com/js/widgets.js" defer></script>
</head>
<body>
<div class="ss-topbar">CLYHA &middot; <a href="https://www.facebook.com/clyha.example">Facebook</a></div>
<div class="ss-header"><img src="/img/lakers-logo.png" alt="Cass Lake Lakers"> <span>Cass Lake Youth Hockey Association</span></div>
<div class="ss-menu">
 <a href="/index.html">Home</a>
 <a href="/volunteer.html">Volunteer</a>
 <a href="/equipment.html">Equipment</a>
 <a href="/coaches.html">Coaches</a>
 <a href="/packet-2025-26.pdf">Registration packet</a>
</div>
<div class="ss-body">
""" % title

FOOT = """
</div>
<div class="ss-footer">
 <p>Cass Lake Youth Hockey Association &middot; Cass Lake Arena, 300 Nokomis Ave NW, Cass Lake, MN 56633</p>
 <p><a href="/directors/agenda.html">Directors</a> &middot; <a href="/schedule/2024-25.html">2024&ndash;25 schedule archive</a></p>
 <p class="ss-powered">Powered by SportSite</p>
</div>
</body>
</html>
"""

PAGES = {}

PAGES["index.html"] = head("Cass Lake Youth Hockey Association") + """
<div class="ss-hero"><h1>Boozhoo, and welcome to Lakers hockey!</h1>
<p>From Learn to Skate through 15U, about 90 kids from Cass Lake, Bena and the Leech Lake communities play with us every winter.</p></div>

<div class="ss-widget">
 <h2>2025&ndash;26 Registration</h2>
 <p>Register online by October 1. Mites $175, Squirts $300, Peewees and Bantams $375. Full fee schedule in the packet.</p>
 <p><strong>Scholarships available</strong> &mdash; no family is turned away for money.</p>
</div>

<div class="ss-widget">
 <h2>Upcoming</h2>
 <ul>
  <li>Learn to Skate begins Saturday, November 8</li>
  <li>Home tournament January 17&ndash;18 vs. Walker, Bemidji and Blackduck</li>
 </ul>
</div>

<div class="ss-widget sponsor">
 <h2>Become a sponsor</h2>
 <p>Dasher board ads are $400 a season and help keep ice fees low for every family.</p>
</div>
""" + FOOT

PAGES["volunteer.html"] = head("Volunteer | CLYHA") + """
<h1>Volunteer positions</h1>
<p>CLYHA is run entirely by volunteers except for the rink attendant. Here is where we stand for the 2025&ndash;26 season:</p>
<table class="ss-table">
 <thead><tr><th>Position</th><th>What it involves</th><th>Status</th></tr></thead>
 <tbody>
  <tr><td>Equipment Manager</td><td>Track loaner gear and sharpen skates on Saturdays (we will train you on the sharpener)</td><td><span class="red">VACANT</span></td></tr>
  <tr><td>Concessions Coordinator</td><td>Order stock, schedule parents for the stand, count the cash box</td><td><span class="red">VACANT</span></td></tr>
  <tr><td>Registrar</td><td>Enter registrations, check USA Hockey numbers</td><td>Filled &mdash; Jen P.</td></tr>
  <tr><td>Treasurer</td><td>Pay ice bills, budget</td><td>Filled &mdash; Mike D.</td></tr>
  <tr><td>Ice Scheduler</td><td>Build the weekly ice schedule with the arena and visiting associations</td><td><span class="red">VACANT</span></td></tr>
  <tr><td>Tournament Director</td><td>Run the January home tournament</td><td>Filled for 2025&ndash;26</td></tr>
  <tr><td>Rink Attendant</td><td>Flood the ice and run the resurfacer; $15/hour</td><td>PAID &mdash; apply to the City of Cass Lake</td></tr>
 </tbody>
</table>

<h2>Scorekeepers for home games</h2>
<p>For every home game we need two adults to run the scoreboard clock and the penalty box. You can learn it in ten
minutes; grandparents are especially welcome.</p>
""" + FOOT

PAGES["equipment.html"] = head("Equipment | CLYHA") + """
<h1>Equipment Swap &amp; Loaner Gear</h1>
<p>Hockey is expensive. Our loaner closet means any kid who wants to play can play.</p>

<h2>Take what you need</h2>
<p>Families can borrow a full set of gear for the season, free of charge.</p>

<h2>Swap day</h2>
<p>Saturday, October 4, 9 am &ndash; noon, arena lobby.</p>

<h2>We&#39;re collecting</h2>
<ul>
 <li>Skates, youth sizes 11 to 5 (most needed)</li>
 <li>Helmets with cages (HECC sticker not expired)</li>
 <li>Shin guards and hockey pants</li>
 <li>Hockey bags</li>
</ul>

<h2>Sticks</h2>
<p>Please don&#39;t bring broken sticks. But junior sticks (under 50 inches) always run short: we need about 20 for the Mites this year.</p>

<h2>Goalie gear</h2>
<p>We&#39;re all set on goalie gear for this season &mdash; two full sets came from the Bemidji association. Thank you!</p>

<h2>Skate sharpening</h2>
<p>$5 a pair, Saturdays at the arena.</p>
""" + FOOT

PAGES["coaches.html"] = head("Coaches | CLYHA") + """
<h1>Coaches</h1>

<h2>Coaches wanted for 2025&ndash;26</h2>
<div class="ss-card">
 <h3>10U (Squirt) assistant coaches &mdash; 2 needed</h3>
 <p>Practices Tuesday and Thursday, 5&ndash;6:15 pm. You must complete USA Hockey coaching certification (CEP level 1,
 paid for by CLYHA), SafeSport training and a background screen. Playing experience helpful.</p>
</div>
<div class="ss-card">
 <h3>Girls&#39; 12U head coach</h3>
 <p>For the first time we have enough girls for our own 12U team! We need a head coach who can commit to two practices a
 week and about eight weekend games.</p>
</div>
<div class="ss-card filled">
 <h3>8U (Mite) coaches</h3>
 <p>Full staff &mdash; thanks to the Morrison and Fairbanks families.</p>
</div>

<h2>Meet our coaches</h2>
<ul>
 <li>Dan Whitebird &mdash; 14U head coach, played at Bemidji State</li>
 <li>Sara Lindgren &mdash; 12U boys, skating coach</li>
</ul>
""" + FOOT

PAGES["directors/agenda.html"] = head("Directors' agenda") + """
<h1>Board of directors &mdash; October agenda</h1>
<ul>
 <li>Recruit a grant writer for the new locker room project.</li>
 <li>Need volunteers to paint the warming house.</li>
 <li>Ask the Leech Lake Band for a donation of jerseys.</li>
</ul>
""" + FOOT

PDFS = {
    "packet-2025-26.pdf": ("CLYHA Registration Packet 2025-26", [
        ("title", "CLYHA Registration Packet 2025-26"),
        ("h", "Fee schedule"),
        ("p", "Learn to Skate $60. Mites (8U) $175. Squirts (10U) $300. Peewees (12U) and Bantams (15U) $375. "
              "Families with three or more skaters pay for two."),
        ("h", "Scholarship application"),
        ("p", "Fill out the one-page scholarship application at the back of this packet and give it to the "
              "registrar. All requests are private."),
        ("h", "Evaluations"),
        ("p", "Squirt, Peewee and Bantam evaluations are October 11 and 12 at the arena."),
        ("h", "Jerseys"),
        ("p", "Our home jerseys are nine years old. We are looking for a volunteer who sews to patch jerseys and "
              "sew on name bars before the first game."),
        ("h", "Away tournaments"),
        ("p", "Some families drive more than two hours to away tournaments. Donated gas cards (any amount) help "
              "a lot; leave them in the CLYHA box at the arena office."),
        ("h", "Code of conduct"),
        ("p", "Players, parents and coaches agree to respect officials, opponents and teammates."),
    ]),
}

NEEDS = [
    N("volunteer.html", ["equipment manager"], "volunteer", "en", [], "status_table", "VACANT"),
    N("volunteer.html", ["concessions coordinator"], "volunteer", "en", [], "status_table", "VACANT"),
    N("volunteer.html", ["ice scheduler"], "volunteer", "en", [], "status_table", "VACANT"),
    N("volunteer.html", ["scorekeepers", "scoreboard clock"], "volunteer", "en", [], "heading_paragraph"),
    N("equipment.html", ["we're collecting", "skates, youth sizes"], "donation", "en", [], "wish_list"),
    N("equipment.html", ["junior sticks"], "donation", "en", [], "heading_paragraph", "always run short"),
    N("coaches.html", ["squirt", "10u"], "skilled", "en", [], "role_cards"),
    N("coaches.html", ["girls' 12u head coach"], "skilled", "en", [], "role_cards"),
    N("packet-2025-26.pdf", ["patch jerseys", "name bars"], "skilled", "en", [], "pdf"),
    N("packet-2025-26.pdf", ["gas cards"], "donation", "en", [], "pdf"),
]

TRAPS = [
    T("index.html", "how_to_apply", ["2025–26 registration", "register online"]),
    T("index.html", "service", ["scholarships available"]),
    T("index.html", "event", ["learn to skate begins"]),
    T("index.html", "event", ["home tournament"]),
    T("index.html", "general_appeal", ["become a sponsor", "dasher board"]),
    T("volunteer.html", "filled", ["registrar"], "Filled — Jen P."),
    T("volunteer.html", "filled", ["treasurer"]),
    T("volunteer.html", "filled", ["tournament director"]),
    T("volunteer.html", "job", ["rink attendant"]),
    T("equipment.html", "service", ["take what you need"]),
    T("equipment.html", "event", ["swap day"]),
    T("equipment.html", "filled", ["goalie gear"]),
    T("equipment.html", "service", ["skate sharpening"]),
    T("coaches.html", "filled", ["8u (mite) coaches"]),
    T("coaches.html", "bio", ["meet our coaches"]),
    T("directors/agenda.html", "robots", ["locker room project"]),
    T("directors/agenda.html", "robots", ["paint the warming house"]),
    T("directors/agenda.html", "robots", ["donation of jerseys"]),
    T("packet-2025-26.pdf", "how_to_apply", ["fee schedule"]),
    T("packet-2025-26.pdf", "how_to_apply", ["scholarship application"]),
    T("packet-2025-26.pdf", "event", ["evaluations"]),
]
