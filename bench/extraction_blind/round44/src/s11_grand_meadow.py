from common import N, T

SLUG = "grand-meadow-neighbors-helping-neighbors"

NAV = """<div class="topnav">
 <a class="home" href="/index.html">Neighbors Helping Neighbors &middot; Grand Meadow</a>
 <a href="/index.html">Board</a>
 <a href="/requests.html">All requests</a>
 <a href="/how-it-works.html">How it works</a>
 <a href="/newsletter/fence-post-winter.pdf">The Fence Post</a>
</div>"""

FOOT = """<div class="footer">
 <p>Neighbors Helping Neighbors is an all-volunteer group in Grand Meadow, MN 55936. Text (507) 555-0102.</p>
 <p><a href="/archive/2023-requests.html">2023 archive</a> &middot; <a href="/organizers/notes.html">Organizer notes</a> &middot;
 <a href="https://www.facebook.com/groups/gmneighbors-demo">Facebook group</a></p>
</div>"""


def page(title, body):
    return """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>%s</title>
<style>
.board{display:flex;gap:16px} .col{flex:1;background:#f4f5f7;border-radius:6px;padding:8px}
.ticket{background:#fff;border-radius:4px;box-shadow:0 1px 2px #999;margin:8px 0;padding:8px}
.col h2{font-size:15px;text-transform:uppercase;color:#5e6c84}
.req{border-bottom:1px solid #ddd;padding:10px 0} .lbl{color:#777;font-size:12px;text-transform:uppercase}
</style></head>
<body>
%s
<div class="wrap">
%s
</div>
%s
</body>
</html>
""" % (title, NAV, body, FOOT)


INDEX = page("Neighbors Helping Neighbors - Board", """
<h1>This week's board</h1>
<p>Requests come in by text. A volunteer moves each card across the board as it gets handled.</p>
<div class="board">
 <div class="col">
  <h2>Needs a helper</h2>
  <div class="ticket"><b>Rides to dialysis in Austin</b><br>Tuesday and Friday mornings for a retired farmer who just lost
  his license. Leave 7:15, back by noon.</div>
  <div class="ticket"><b>Fix a dripping kitchen faucet</b><br>Someone who knows basic plumbing. Homeowner has bought the new
  cartridge already.</div>
  <div class="ticket"><b>Twin bed frame for a 7-year-old</b><br>She's sleeping on a mattress on the floor. Metal or wood, any
  condition that's safe.</div>
 </div>
 <div class="col">
  <h2>Someone's on it</h2>
  <div class="ticket"><b>Snow tires mounted</b><br>Gary's got it &ndash; Saturday.</div>
  <div class="ticket"><b>Grocery run for the Olsons</b><br>Deb is handling this one through December.</div>
 </div>
 <div class="col">
  <h2>Done</h2>
  <div class="ticket"><s><b>Dog food for the Larsons</b></s> &#10003;</div>
  <div class="ticket"><s><b>Storm windows put up on Main St</b></s> &#10003;</div>
 </div>
</div>
<h2>Potluck</h2>
<p>Neighbor potluck Sunday, January 11, 5 pm, Grand Meadow Community Center. Bring a hotdish and a friend.</p>
""")

REQUESTS = page("All requests", """
<h1>All open and recent requests</h1>
<div class="req">
 <div><span class="lbl">Request #</span> 214</div>
 <div><span class="lbl">Title:</span> Firewood split and stacked</div>
 <div><span class="lbl">Category:</span> Yard &amp; outdoor</div>
 <div><span class="lbl">Status:</span> Open</div>
 <div><span class="lbl">Details:</span> A widow on County Road 8 heats with a wood stove; two cords were delivered but
 she can't split them. A few strong backs for a Saturday morning.</div>
</div>
<div class="req">
 <div><span class="lbl">Request #</span> 215</div>
 <div><span class="lbl">Title:</span> Set up a tablet for video calls</div>
 <div><span class="lbl">Category:</span> Tech help</div>
 <div><span class="lbl">Status:</span> Open</div>
 <div><span class="lbl">Details:</span> An 88-year-old wants to see her great-grandkids in Oregon. Needs someone patient
 who knows tablets to set up the video-call app and practice with her twice.</div>
</div>
<div class="req">
 <div><span class="lbl">Request #</span> 217</div>
 <div><span class="lbl">Title:</span> Borrow a heated garage for one weekend</div>
 <div><span class="lbl">Category:</span> Space</div>
 <div><span class="lbl">Status:</span> Open</div>
 <div><span class="lbl">Details:</span> Six donated bunk beds arrived in pieces. We need the use of a heated garage or shop
 for one weekend in December to put them together before they go out to families.</div>
</div>
<div class="req">
 <div><span class="lbl">Request #</span> 211</div>
 <div><span class="lbl">Title:</span> Ramp for front steps</div>
 <div><span class="lbl">Category:</span> Building</div>
 <div><span class="lbl">Status:</span> Matched with the Lions Club work crew</div>
 <div><span class="lbl">Details:</span> Built the weekend of Nov. 8.</div>
</div>
<div class="req">
 <div><span class="lbl">Request #</span> 209</div>
 <div><span class="lbl">Title:</span> Crib for a new baby</div>
 <div><span class="lbl">Category:</span> Household items</div>
 <div><span class="lbl">Status:</span> Closed &ndash; no longer needed (family got one from a cousin)</div>
</div>
<div class="req">
 <div><span class="lbl">Request #</span> 216</div>
 <div><span class="lbl">Title:</span> We can lend a wheelchair</div>
 <div><span class="lbl">Category:</span> Offer</div>
 <div><span class="lbl">Status:</span> Available</div>
 <div><span class="lbl">Details:</span> The Kiefers have a folding wheelchair anyone can borrow. Just text.</div>
</div>
""")

HOW = page("How it works", """
<h1>How it works</h1>
<h2>Asking for help</h2>
<p>Text (507) 555-0102 with what you need and your address. One of us will call you back within a day. There's no
form and no income test.</p>
<h2>We're short on weekday-morning drivers</h2>
<p>Most of our helpers work days, so rides between 8 am and noon are the hardest to fill. If you're retired or work
nights and can drive a neighbor to appointments in Austin or Rochester, we'd love to add you to the driver list.</p>
<h2>What we don't do</h2>
<p>We don't hand out cash and we don't do anything that needs a license or permit (electrical, gas lines, roofs).</p>
<h2>Who we are</h2>
<p>We started during the 2020 shutdown when Karen Moe and Dale Sikkink began making grocery runs for older
neighbors. Today about 60 people are on the text list.</p>
""")

ORG = page("Organizer notes", """
<h1>Organizer notes (not public)</h1>
<ul>
 <li>Need someone to manage the text line on weekends.</li>
 <li>Get a donated storage shed for the loan closet.</li>
 <li>Find a new Facebook moderator.</li>
</ul>
""")

PAGES = {"index.html": INDEX, "requests.html": REQUESTS, "how-it-works.html": HOW, "organizers/notes.html": ORG}

ROBOTS = """User-agent: *
Disallow: /organizers/
"""

PDFS = {
    "newsletter/fence-post-winter.pdf": ("The Fence Post - Winter", [
        ("title", "THE FENCE POST"),
        ("p", "Neighbors Helping Neighbors, Grand Meadow - winter edition"),
        ("h", "Around town"),
        ("p", "It was a busy fall: 48 requests handled, 19 of them rides. The loan closet now has three walkers and a "
              "shower chair. Starting in January we will pick up donated furniture once a month and take it to "
              "families who need it, so we need two people with pickup trucks on the first Saturday of each "
              "month, about three hours. Thanks to everyone who raked leaves in October."),
        ("h", "Soup supper"),
        ("p", "Wednesday, February 4, 5-7 pm at St. Finbarr's. Free will offering."),
        ("h", "Want on the text list?"),
        ("p", "Text JOIN to (507) 555-0102 and tell us what you like to help with."),
    ]),
}

NEEDS = [
    N("index.html", ["rides to dialysis"], "volunteer", "en", layout="kanban"),
    N("index.html", ["dripping kitchen faucet"], "skilled", "en", layout="kanban"),
    N("index.html", ["twin bed frame"], "donation", "en", layout="kanban"),
    N("requests.html", ["firewood split"], "volunteer", "en", layout="cms_listing"),
    N("requests.html", ["tablet for video calls"], "skilled", "en", layout="cms_listing"),
    N("requests.html", ["heated garage"], "other", "en", layout="cms_listing", note="use of a space for a weekend"),
    N("how-it-works.html", ["weekday-morning drivers"], "volunteer", "en", layout="short_on"),
    N("newsletter/fence-post-winter.pdf", ["pickup trucks"], "volunteer", "en", layout="pdf",
      note="buried: two people with pickups to haul furniture"),
]

TRAPS = [
    T("index.html", "filled", ["snow tires mounted"], "'Someone's on it' column"),
    T("index.html", "filled", ["grocery run for the olsons"], "'Someone's on it' column"),
    T("index.html", "filled", ["dog food for the larsons"], "Done column, struck"),
    T("index.html", "filled", ["storm windows"], "Done column, struck"),
    T("index.html", "event", ["neighbor potluck"]),
    T("requests.html", "filled", ["ramp for front steps"], "Status: Matched"),
    T("requests.html", "filled", ["crib for a new baby"], "Closed - no longer needed"),
    T("requests.html", "offer", ["lend a wheelchair"]),
    T("how-it-works.html", "how_to_apply", ["asking for help"]),
    T("how-it-works.html", "service", ["what we don't do"]),
    T("how-it-works.html", "bio", ["who we are"]),
    T("newsletter/fence-post-winter.pdf", "recap", ["48 requests handled"]),
    T("newsletter/fence-post-winter.pdf", "event", ["soup supper"]),
    T("newsletter/fence-post-winter.pdf", "how_to_apply", ["want on the text list"]),
    T("organizers/notes.html", "robots", ["text line on weekends"]),
    T("organizers/notes.html", "robots", ["storage shed"]),
    T("organizers/notes.html", "robots", ["facebook moderator"]),
]
