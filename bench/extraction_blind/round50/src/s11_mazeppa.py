"""Mazeppa: Mazeppa Bolts Youth Robotics & STEM Club.
English only. Layouts: a GitHub-style issue list ("5 Open / 3 Closed", labels,
"#41 opened 3 days ago by ..."), a mentor photo grid of <figure>/<figcaption>
where two figures are "Open seat" roles and the rest are bios, a parts registry
of cards with "Requested N · Received M" counters, an English PDF sponsor and
volunteer packet."""
from common import N, T

SLUG = "mazeppa-youth-robotics-club"


def head(title):
    return """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>%s</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/bolts.css">
</head>
<body>
<header class="hdr"><a href="/index.html" class="brand">&#9889; Mazeppa Bolts</a>
<nav class="hdr-nav"><a href="/help-wanted.html">Help wanted</a><a href="/mentors.html">Mentors</a><a href="/registry.html">Parts registry</a><a href="/sponsor-packet.pdf">Sponsor packet</a></nav></header>
<main>
""" % title


FOOT = """</main>
<footer class="ftr">Mazeppa Bolts Youth Robotics &amp; STEM Club &middot; Zumbrota-Mazeppa school shop, Mazeppa, MN &middot; (507) 555-0192 &middot; team@mazeppabolts.example.org
<br><a href="/season/2024-recap.html">2024 season recap</a> &middot; <a href="/coaches/plan.html">Coaches</a></footer>
</body>
</html>
"""

INDEX = head("Mazeppa Bolts Youth Robotics") + """
<section class="hero"><h1>Kids who build robots. Adults who help them.</h1>
<p>The Bolts are 24 students in grades 7&ndash;12 from Mazeppa and the surrounding farms, building competition robots since 2019.</p></section>
<section class="cols">
<div><h2>Build nights</h2><p>Monday and Thursday, 6&ndash;8:30 pm in the Mazeppa school shop. Parents welcome to watch.</p></div>
<div><h2>Regional competition</h2><p>March 22 at the Mayo Civic Center in Rochester. Come cheer!</p></div>
<div><h2>Join the team</h2><p>Students in grades 7&ndash;12 can join; registration opens in August. No experience needed.</p></div>
</section>
<section class="sponsors"><h2>Sponsor levels</h2><p>Bronze $250 &middot; Silver $500 &middot; Gold $1,000. Your logo goes on the robot. See the <a href="/sponsor-packet.pdf">sponsor packet</a>.</p></section>
""" + FOOT

HELP = head("Help wanted — Mazeppa Bolts") + """
<h1>Help wanted</h1>
<p class="lede">We track what the team needs the way engineers do. Comment on an issue at build night or email team@mazeppabolts.example.org with the number.</p>
<div class="issues">
<div class="issues-header"><a class="tab selected" href="#open">&#9737; 5 Open</a> <a class="tab" href="#closed">&#10003; 3 Closed</a></div>
<ul class="issue-list" id="open">
<li class="issue open"><span class="state open" aria-label="Open issue">&#9679;</span>
 <a class="issue-title" href="#i44">Judges for our mini science fair (Feb 8)</a> <span class="label">volunteer</span>
 <div class="meta">#44 opened 2 days ago by coach-lindqvist</div>
 <p class="issue-body">Eight judges, 9 am to noon. No science degree needed; we give you a rubric and coffee.</p></li>
<li class="issue open"><span class="state open" aria-label="Open issue">&#9679;</span>
 <a class="issue-title" href="#i41">Need a mentor who knows CAD (Onshape)</a> <span class="label">mentor</span> <span class="label">build season</span>
 <div class="meta">#41 opened 3 days ago by coach-lindqvist</div>
 <p class="issue-body">Our designers are teaching themselves from videos. One evening a week with someone who does this for a living would change everything.</p></li>
<li class="issue open"><span class="state open" aria-label="Open issue">&#9679;</span>
 <a class="issue-title" href="#i39">Team van driver for competition weekend (Mar 21&ndash;22)</a> <span class="label">volunteer</span>
 <div class="meta">#39 opened last week by parent-council</div>
 <p class="issue-body">Must be 25+, with a clean record, to drive the district&rsquo;s 12-passenger van to Rochester and back.</p></li>
<li class="issue open"><span class="state open" aria-label="Open issue">&#9679;</span>
 <a class="issue-title" href="#i36">Soldering mentor for the electrical sub-team</a> <span class="label">mentor</span>
 <div class="meta">#36 opened 3 weeks ago by student-ava</div>
 <p class="issue-body">We keep making cold joints. Teach us, please!</p></li>
<li class="issue open"><span class="state open" aria-label="Open issue">&#9679;</span>
 <a class="issue-title" href="#i45">Borrow a trailer to haul the field elements to Rochester</a> <span class="label">loan</span>
 <div class="meta">#45 opened yesterday by coach-lindqvist</div>
 <p class="issue-body">An enclosed trailer, 6x12 or bigger, for one weekend. We&rsquo;ll bring it back clean.</p></li>
</ul>
<ul class="issue-list closed" id="closed">
<li class="issue closed"><span class="state closed" aria-label="Closed issue">&#10003;</span>
 <a class="issue-title" href="#i37">Someone to run our Instagram</a>
 <div class="meta">#37 closed by coach-lindqvist &middot; Mrs. Olson is on it</div></li>
<li class="issue closed"><span class="state closed" aria-label="Closed issue">&#10003;</span>
 <a class="issue-title" href="#i33">Snacks for build nights</a>
 <div class="meta">#33 closed &middot; parents have a snack rotation now</div></li>
<li class="issue closed"><span class="state closed" aria-label="Closed issue">&#10003;</span>
 <a class="issue-title" href="#i30">Donate a 3D printer</a>
 <div class="meta">#30 closed as completed &middot; the Rochester engineering club donated one</div></li>
</ul>
</div>
""" + FOOT

MENTORS = head("Mentors — Mazeppa Bolts") + """
<h1>Our mentors</h1>
<div class="mentor-grid" style="display:grid;grid-template-columns:repeat(3,1fr);gap:20px">
<figure class="mentor"><img src="/img/mentors/lindqvist.jpg" alt="">
<figcaption><strong>Karin Lindqvist</strong><br>Head coach. Mechanical engineer at a Rochester medical-device firm; six seasons with the Bolts.</figcaption></figure>
<figure class="mentor"><img src="/img/mentors/haugen.jpg" alt="">
<figcaption><strong>Tom Haugen</strong><br>Machinist. Runs the lathe, tells the best stories, never loses a drill chuck key.</figcaption></figure>
<figure class="mentor open-seat"><img src="/img/mentors/silhouette.png" alt="">
<figcaption><strong>Open seat: programming mentor</strong><br>Java or Python. Help six students get autonomous mode working before March. Could be you!</figcaption></figure>
<figure class="mentor open-seat"><img src="/img/mentors/silhouette.png" alt="">
<figcaption><strong>Open seat: outreach mentor</strong><br>Help students write the Impact Award essay and call local businesses. Marketing or nonprofit experience helps.</figcaption></figure>
</div>
""" + FOOT

REGISTRY = head("Parts registry — Mazeppa Bolts") + """
<h1>Parts wish list</h1>
<p>Robots eat parts. Buy one of these for the team and ship it to the school, attention Bolts Robotics, or drop it at build night.</p>
<div class="reg-grid">
<div class="reg-item done"><div class="reg-name">12V slim battery</div><div class="reg-count">Requested 6 &middot; Received 6</div><div class="reg-state">Fulfilled</div></div>
<div class="reg-item"><div class="reg-name">4-inch omni wheels</div><div class="reg-count">Requested 8 &middot; Received 2</div></div>
<div class="reg-item"><div class="reg-name">Aluminum C-channel, 48 in</div><div class="reg-count">Requested 10 &middot; Received 3</div></div>
<div class="reg-item"><div class="reg-name">1/2-inch hex shaft stock</div><div class="reg-count">Requested 6 &middot; Received 0</div></div>
<div class="reg-item done"><div class="reg-name">Safety glasses, youth size</div><div class="reg-count">Requested 20 &middot; Received 20</div><div class="reg-state">Fulfilled</div></div>
</div>
<p class="note">Please don&rsquo;t send used lithium batteries &ndash; we can&rsquo;t safely test them.</p>
""" + FOOT

PLAN = head("Coaches") + """
<h1>Coaches&rsquo; plan (private)</h1>
<ul>
<li>Recruit an assistant coach for next season.</li>
<li>Ask the bank about a donated laptop for the drive station.</li>
<li>Find a bus for the state tournament if we qualify.</li>
</ul>
""" + FOOT

PAGES = {
    "index.html": INDEX,
    "help-wanted.html": HELP,
    "mentors.html": MENTORS,
    "registry.html": REGISTRY,
    "coaches/plan.html": PLAN,
}

ROBOTS = """User-agent: *
Disallow: /coaches/
"""

PDFS = {
    "sponsor-packet.pdf": ("Mazeppa Bolts Sponsorship and Volunteer Packet 2025", [
        ("title", "Mazeppa Bolts - Sponsorship & Volunteer Packet 2025"),
        ("p", "Mazeppa Bolts Youth Robotics & STEM Club - (507) 555-0192 - team@mazeppabolts.example.org"),
        ("h", "Sponsor levels"),
        ("p", "Bronze $250 - name on our banner. Silver $500 - logo on the robot. Gold Sponsor $1,000 - "
              "logo on the robot and team shirts, and a visit from the team."),
        ("h", "Competition weekend volunteers"),
        ("p", "Pit crew chaperone: we need two parents or other adults to stay with students in the pit "
              "on both days, March 21-22. You do not need to know anything about robots."),
        ("p", "Food: we need a family or business to donate sandwiches for 25 people for Saturday lunch."),
        ("h", "Coaching"),
        ("p", "The school district pays the head coach a $2,000 stipend each season; that position is "
              "currently filled."),
    ]),
}

E = "en"
NEEDS = [
    N("help-wanted.html", ["judges"], "volunteer", E, layout="issue_tracker"),
    N("help-wanted.html", ["cad", "onshape"], "skilled", E, layout="issue_tracker"),
    N("help-wanted.html", ["van driver"], "volunteer", E, layout="issue_tracker"),
    N("help-wanted.html", ["soldering"], "skilled", E, layout="issue_tracker"),
    N("help-wanted.html", ["trailer"], "other", E, layout="issue_tracker", note="loan for a weekend"),
    N("mentors.html", ["programming mentor"], "skilled", E, layout="figure_grid_open_seat"),
    N("mentors.html", ["outreach mentor"], "skilled", E, layout="figure_grid_open_seat"),
    N("registry.html", ["parts wish list", "omni wheels"], "donation", E, layout="registry_counts",
      note="ONE need for the open items; fulfilled cards are traps"),
    N("sponsor-packet.pdf", ["chaperone", "pit crew"], "volunteer", E, layout="pdf_packet"),
    N("sponsor-packet.pdf", ["sandwiches"], "donation", E, layout="pdf_packet"),
]
TRAPS = [
    T("index.html", "hours", ["build nights"]),
    T("index.html", "event", ["regional competition"]),
    T("index.html", "how_to_apply", ["registration opens"]),
    T("index.html", "general_appeal", ["sponsor levels"]),
    T("help-wanted.html", "filled", ["instagram"], "closed issue, someone is on it"),
    T("help-wanted.html", "filled", ["snacks for build nights"], "closed"),
    T("help-wanted.html", "filled", ["3d printer"], "closed as completed"),
    T("mentors.html", "bio", ["karin lindqvist"]),
    T("mentors.html", "bio", ["tom haugen"]),
    T("registry.html", "filled", ["slim battery"], "Received 6 of 6, Fulfilled"),
    T("registry.html", "filled", ["safety glasses"], "Fulfilled"),
    T("registry.html", "refused", ["used lithium batteries"]),
    T("sponsor-packet.pdf", "general_appeal", ["gold sponsor"]),
    T("sponsor-packet.pdf", "job", ["stipend"]),
    T("coaches/plan.html", "robots", ["assistant coach"]),
    T("coaches/plan.html", "robots", ["donated laptop"]),
    T("coaches/plan.html", "robots", ["find a bus"]),
]
