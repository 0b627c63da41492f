"""Longville: Longville Area Senior Center. Elder group. English home (hours, menu, events, a "seeking" line),
English card grid where one card holds two roles, caregiver-corner story page, English PDF newsletter."""
from common import need, trap

SLUG = "longville-area-senior-center"
PAGES, NEEDS, TRAPS = {}, [], []

NAV = """<table width="100%" class="nav"><tr><td><a href="/"><img src="/img/loon-logo.gif" alt="Longville Area Senior Center"></a></td>
<td><a href="/">HOME</a> | <a href="/help.html">HELP OUT</a> | <a href="/caregivers.html">CAREGIVER CORNER</a> | <a href="/lookout-april.pdf">THE LOOKOUT</a></td></tr></table>"""
FOOT = """<div class="foot"><p>Longville Area Senior Center &middot; 4967 Hwy 84, Longville, MN 56655 &middot; (218) 555-0128</p>
<p><a href="/staff-notes/">Staff notes</a> &middot; <a href="/photos/fall-fest-2024.html">Fall Fest photos</a></p></div>"""

PAGES["index.html"] = """
<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Longville Area Senior Center</title>
<link rel="stylesheet" href="/css/lasc.css"></head>
<body>
""" + NAV + """
<div class="page">
<h1>Welcome to the Longville Area Senior Center</h1>
<div class="two-col">
<div>
<h2>Open</h2><p>Monday&ndash;Friday, 9:00 am to 3:00 pm. Coffee's always on.</p>
<h2>Noon lunch</h2><p>Served Monday, Wednesday and Friday at 11:45. Suggested donation $4 for those 60+. This week:
Swedish meatballs, wild rice soup, walleye on Friday.</p>
<h2>Foot care clinic</h2><p>Second Tuesday of the month with a nurse from Cass County Public Health. $25, call ahead.</p>
</div>
<div>
<h2>On the calendar</h2>
<ul><li>Cribbage tournament &ndash; Thursday, April 17, 1:00</li><li>Pickleball at the town hall &ndash; Mondays 9:00</li></ul>
<h2>Can you teach?</h2>
<p>Seeking a patient volunteer to teach smartphone basics &mdash; texting photos to grandkids, video calls, spotting
scams &mdash; two Friday afternoons a month.</p>
<h2>Pie bakers, we're short!</h2>
<p>The July 4th pie sale pays for our van's insurance. Last year we sold out by 10 am. We need about 20 more pies
&mdash; fruit pies freeze well, so you can bake early.</p>
</div>
</div>
</div>
""" + FOOT + """
</body></html>
"""
NEEDS += [
    need("index.html", ["smartphone basics"], "skilled", "en", layout="seeking"),
    need("index.html", ["pie bakers", "20 more pies"], "donation", "en", layout="short_on",
         note="baked pies for the sale; the sale itself is not a need"),
]
TRAPS += [
    trap("index.html", "hours", ["9:00 am to 3:00 pm"]),
    trap("index.html", "service", ["noon lunch", "swedish meatballs"]),
    trap("index.html", "service", ["foot care clinic"]),
    trap("index.html", "event", ["cribbage tournament"]),
    trap("index.html", "event", ["pickleball"]),
]

PAGES["help.html"] = """
<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Help Out &ndash; Longville Area Senior Center</title>
<link rel="stylesheet" href="/css/lasc.css"></head>
<body>
""" + NAV + """
<div class="page">
<h1>Help Out</h1>
<div class="cards">
<div class="card">
<h2>Meals on Wheels</h2>
<p><b>Route drivers</b> &ndash; Monday, Wednesday, Friday, 10:30&ndash;12:30. Deliver hot lunches to 12 homes around
Longville and Outing. Mileage paid.</p>
<p><b>Meal packers</b> &ndash; same days, 9:30&ndash;10:30, in our kitchen. Portion, lid and label the trays.</p>
</div>
<div class="card card--full">
<h2>Lunch Servers</h2>
<p>Full roster through Labor Day. Thank you!</p>
</div>
<div class="card">
<h2>Handyman Crew</h2>
<p>Install grab bars, change smoke-detector batteries and fix sticking doors for members who live alone. Bring your
own tools; we buy the parts.</p>
</div>
<div class="card">
<h2>Activities Coordinator</h2>
<p>Part-time staff position, 20 hours a week, $16/hour. Plan classes and trips. Apply at the front desk.</p>
</div>
<div class="card">
<h2>Friendly Visitors</h2>
<p>Call or visit one homebound member once a week. Many of them don't see anyone else between Sundays.</p>
</div>
<div class="card">
<h2>Bingo Callers</h2>
<p>Tuesdays at 1:00. A loud, clear voice is the only requirement.</p>
</div>
</div>
</div>
""" + FOOT + """
</body></html>
"""
NEEDS += [
    need("help.html", ["route drivers"], "volunteer", "en", layout="role_cards", note="first of two roles on one card"),
    need("help.html", ["meal packers"], "volunteer", "en", layout="role_cards", note="second role on the same card"),
    need("help.html", ["handyman crew", "grab bars"], "skilled", "en", layout="role_cards"),
    need("help.html", ["friendly visitors"], "volunteer", "en", layout="role_cards"),
    need("help.html", ["bingo callers"], "volunteer", "en", layout="role_cards"),
]
TRAPS += [
    trap("help.html", "filled", ["lunch servers"], note="full roster"),
    trap("help.html", "job", ["activities coordinator"], note="paid"),
]

PAGES["caregivers.html"] = """
<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Caregiver Corner &ndash; Longville Area Senior Center</title>
<link rel="stylesheet" href="/css/lasc.css"></head>
<body>
""" + NAV + """
<div class="page">
<h1>Caregiver Corner</h1>
<h2>Marlene and Don</h2>
<p>Marlene has cared for her husband Don at home since his Alzheimer's diagnosis three years ago. She hasn't had an
afternoon to herself since last spring. Could someone sit with Don on Thursday afternoons, 1 to 4, so Marlene can
get to her support group and run errands? Don loves old westerns and talking about his years on the railroad.</p>
<h2>Caregiver support group</h2>
<p>Second Thursday of each month, 1:30 pm, in the library room. Coffee and cookies. No need to sign up.</p>
<h2>Memory Caf&eacute;</h2>
<p>A relaxed afternoon of music and visiting for people living with memory loss and their partners. Last Friday of the
month, 2:00.</p>
<h2>Respite resources</h2>
<p>Cass County Adult Services (218) 555-0170 &middot; Lakes Area Home Care (218) 555-0175 &middot; Alzheimer's Association
24/7 helpline.</p>
</div>
""" + FOOT + """
</body></html>
"""
NEEDS += [
    need("caregivers.html", ["sit with don", "marlene and don"], "volunteer", "en", layout="story"),
]
TRAPS += [
    trap("caregivers.html", "event", ["caregiver support group"]),
    trap("caregivers.html", "event", ["memory café"]),
    trap("caregivers.html", "service", ["respite resources"], note="other agencies"),
]

PAGES["staff-notes/index.html"] = """
<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Staff notes</title></head>
<body>
""" + NAV + """
<div class="page"><h1>Staff notes</h1>
<ul><li>Need a substitute cook for the week of May 12.</li><li>Ask the Lions for a new chest freezer.</li>
<li>Need a volunteer to redo the center's Facebook page.</li></ul></div>
""" + FOOT + """
</body></html>
"""
TRAPS += [
    trap("staff-notes/index.html", "robots", ["substitute cook"]),
    trap("staff-notes/index.html", "robots", ["chest freezer"]),
    trap("staff-notes/index.html", "robots", ["facebook page"]),
]

PDFS = {
    "lookout-april.pdf": ("The Longville Lookout - April", [
        ("title", "THE LONGVILLE LOOKOUT - April"),
        ("p", "THANK YOU to the Longville Lions for the four new recliners in the TV room. They are never empty."),
        ("p", "TAX HELP AARP Tax-Aide volunteers will prepare returns here on Wednesdays through April 9. Call the front "
              "desk for an appointment."),
        ("p", "JIGSAW PUZZLES WANTED Our puzzle table goes through a 1,000-piece puzzle every two days. We would love "
              "donations of complete jigsaw puzzles, 500 to 1,000 pieces, especially large-piece ones for those "
              "with shaky hands."),
        ("p", "BIRTHDAY LUNCH for everyone born in April: Wednesday, April 23. Cake by Ardis."),
    ]),
}
NEEDS += [
    need("lookout-april.pdf", ["jigsaw puzzles"], "donation", "en", layout="pdf"),
]
TRAPS += [
    trap("lookout-april.pdf", "recap", ["new recliners"]),
    trap("lookout-april.pdf", "service", ["tax help", "aarp tax-aide"]),
    trap("lookout-april.pdf", "event", ["birthday lunch"]),
]

ROBOTS = """User-agent: *
Disallow: /staff-notes/
"""
