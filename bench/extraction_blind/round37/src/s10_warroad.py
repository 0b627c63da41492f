"""Warroad, MN: Warroad Neighbor Share (mutual aid). Modern static site. Requests page is a
bulletin of quoted neighbor posts with a reply line under each ("Still looking" / "Done" /
"Delivered" / an offer); drives page with progress bars (one "goal met"); volunteer crews in
<section> blocks; English PDF flyer; robots /core-team/."""
from common import need, trap

SLUG = "warroad-neighbor-share"


def page(title, body):
    return """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%s</title>
<link rel="stylesheet" href="/dist/site.css">
<script defer src="/dist/app.js"></script>
</head>
<body>
<div class="shell">
<header class="top">
  <a class="wordmark" href="/index.html">Warroad Neighbor Share</a>
  <nav class="links">
    <a href="/requests.html">Requests</a>
    <a href="/drives.html">Drives</a>
    <a href="/volunteer.html">Volunteer</a>
    <a href="/flyer/request-line.pdf">Flyer</a>
    <a href="/blog/2023-annual-report.html">Annual report</a>
  </nav>
</header>
%s
<footer class="bottom">
  <p>Warroad Neighbor Share · Request line (218) 555-0193 · <a href="mailto:hello@warroadshare.org">hello@warroadshare.org</a></p>
  <p>A project of neighbors, not an agency. · <a href="/core-team/">Core team</a></p>
</footer>
</div>
</body>
</html>
""" % (title, body)


INDEX = page("Warroad Neighbor Share", """
<section class="hero">
  <h1>Neighbors helping neighbors on the Lake of the Woods</h1>
  <p>No forms, no waiting lists. Ask for what you need, offer what you have.</p>
  <a class="cta" href="#chip-in">Chip in $10</a>
</section>

<section class="how">
  <h2>How to ask for help</h2>
  <ol>
    <li>Call or text the request line at (218) 555-0193.</li>
    <li>Tell us what you need and by when.</li>
    <li>We post it (first name only) and find a neighbor who can help.</li>
  </ol>
</section>

<section class="stats">
  <p class="big">412</p><p>412 requests met in 2024 — rides, firewood, repairs and groceries.</p>
</section>

<section class="event">
  <h2>Fish fry potluck</h2>
  <p>Saturday, February 22, 5 pm, at the Legion. Bring a dish to pass; we bring the walleye.</p>
</section>

<section class="posts">
  <h2>Field notes</h2>
  <p><a href="/blog/2023-annual-report.html">What a winter of dialysis rides taught us →</a></p>
</section>

<section id="chip-in" class="give">
  <h2>Chip in</h2>
  <p>Most of what we do is free, but gas, propane and tow straps are not. Ten dollars helps.</p>
</section>
""")

REQUESTS = page("Requests – Warroad Neighbor Share", """
<h1>Neighbor requests</h1>
<p>Posted with permission. Call the request line to answer one.</p>

<ul class="thread">
  <li class="post">
    <blockquote>"Looking for a cord of split firewood for my mother east of town. Her furnace quit and
    the wood stove is all she has until the part comes."</blockquote>
    <p class="who">— Lorna, January 8</p>
    <p class="reply">Still looking.</p>
  </li>
  <li class="post">
    <blockquote>"I need rides to dialysis in Roseau on Tuesdays and Thursdays. I have to leave at 6:15
    in the morning and I'm done by noon."</blockquote>
    <p class="who">— Walt, January 10</p>
    <p class="reply">Still looking for a Thursday driver. Tuesdays are covered.</p>
  </li>
  <li class="post">
    <blockquote>"Our snowblower won't start and we're both over 80."</blockquote>
    <p class="who">— Arlene and Ed, January 4</p>
    <p class="reply">Done — Gary fixed the carburetor on Saturday.</p>
  </li>
  <li class="post">
    <blockquote>"Does anyone have a crib? The baby comes in three weeks."</blockquote>
    <p class="who">— Kayla, December 28</p>
    <p class="reply">Delivered ✓ Thank you, Janelle!</p>
  </li>
  <li class="post">
    <blockquote>"Could somebody help me write an appeal letter to my insurance? They denied my knee
    surgery. I don't need a lawyer, just someone patient with paperwork."</blockquote>
    <p class="who">— Dennis, January 12</p>
    <p class="reply">Still looking.</p>
  </li>
  <li class="post offer">
    <blockquote>"I have three cords of seasoned birch I don't need anymore. Free to anyone who can
    haul it."</blockquote>
    <p class="who">— Marv, January 9</p>
    <p class="reply">Offer</p>
  </li>
</ul>
""")

DRIVES = page("Drives – Warroad Neighbor Share", """
<h1>Current drives</h1>

<div class="drive">
  <h3>Kids' winter boots</h3>
  <div class="bar"><span style="width:30%"></span></div>
  <p>18 of 60 pairs · sizes 10 to adult 8 · drop at Lakeside Hardware</p>
</div>

<div class="drive">
  <h3>Hand warmers for the school bus stops</h3>
  <div class="bar"><span style="width:100%"></span></div>
  <p>500 of 500 — goal met! Thank you.</p>
</div>

<div class="drive">
  <h3>Youth ice-fishing gear</h3>
  <p>Rods, jigging spoons, auger blades and tip-ups for the Lakeside Youth ice-fishing club, so
  every kid can fish this winter.</p>
  <div class="bar"><span style="width:30%"></span></div>
  <p>12 of 40 items</p>
</div>

<div class="drive">
  <h3>Propane fund</h3>
  <div class="bar"><span style="width:43%"></span></div>
  <p>$2,150 of $5,000 raised to fill tanks for seniors.</p>
</div>

<div class="drive past">
  <h3>Thanksgiving turkeys (2024)</h3>
  <p>Finished: 140 turkeys delivered to families from Warroad to Williams.</p>
</div>
""")

VOLUNTEER = page("Volunteer – Warroad Neighbor Share", """
<h1>Join a crew</h1>

<section class="crew">
  <h2>Snow crew</h2>
  <p>Shovel steps and ramps for seniors after storms. We have plenty of people in town but need more
  north of Highway 11.</p>
</section>

<section class="crew">
  <h2>Request-line dispatcher</h2>
  <p>Answer the request phone two evenings a month and match requests with neighbors. Training is
  one evening.</p>
</section>

<section class="crew">
  <h2>Small-engine fixers</h2>
  <p>We have enough fixers for this winter — thank you! Check back in April for mower season.</p>
</section>

<section class="crew crew-paid">
  <h2>Part-time coordinator</h2>
  <p>Paid, $18 an hour, 15 hours a week, funded by the Lake of the Woods Foundation.</p>
</section>
""")

CORE = page("Core team – Warroad Neighbor Share", """
<h1>Core team to-do</h1>
<ul>
  <li>Find someone to donate tow straps and a come-along for the truck.</li>
  <li>Ask Jim about a volunteer electrician for the garage outlets.</li>
  <li>Borrow a truck for the April cleanup day.</li>
</ul>
""")

PAGES = {
    "index.html": INDEX,
    "requests.html": REQUESTS,
    "drives.html": DRIVES,
    "volunteer.html": VOLUNTEER,
    "core-team/index.html": CORE,
}

ROBOTS = "User-agent: GPTBot\nDisallow: /\n\nUser-agent: *\nDisallow: /core-team/\n"

PDFS = {
    "flyer/request-line.pdf": ("Warroad Neighbor Share - Request Line Flyer", [
        ("title", "NEED A HAND? CALL THE REQUEST LINE"),
        ("p", "Warroad Neighbor Share - (218) 555-0193 - call or text, any day"),
        ("gap", ""),
        ("h", "How it works"),
        ("p", "Call the request line and tell us what you need. We post it with your first name only "
              "and find a neighbor who can help. There are no forms and no income limits."),
        ("h", "Drivers wanted"),
        ("p", "We also need drivers for grocery runs to Roseau on Saturday mornings for neighbors "
              "who cannot drive in winter. Use your own car; we pay for gas."),
        ("h", "Fish fry potluck"),
        ("p", "Saturday, February 22, 5 pm at the Legion."),
    ]),
}

NEEDS = [
    need("requests.html", ["firewood"], "donation", "en", layout="request_posts",
         note="quoted neighbor post + 'Still looking'"),
    need("requests.html", ["rides to dialysis", "thursday driver"], "volunteer", "en",
         layout="request_posts", note="Tuesdays covered, Thursday still open: one need"),
    need("requests.html", ["appeal letter"], "volunteer", "en", layout="request_posts"),
    need("drives.html", ["winter boots"], "donation", "en", layout="progress_bars"),
    need("drives.html", ["ice-fishing gear", "tip-ups"], "donation", "en", layout="progress_bars",
         note="ONE need: item list inside a drive"),
    need("volunteer.html", ["snow crew"], "volunteer", "en", layout="heading_paragraph"),
    need("volunteer.html", ["dispatcher"], "volunteer", "en", layout="heading_paragraph"),
    need("flyer/request-line.pdf", ["grocery runs"], "volunteer", "en", layout="pdf"),
]

TRAPS = [
    trap("index.html", "how_to_apply", ["how to ask for help"]),
    trap("index.html", "recap", ["412 requests"]),
    trap("index.html", "event", ["fish fry"]),
    trap("index.html", "blog", ["field notes"]),
    trap("index.html", "general_appeal", ["chip in"]),
    trap("requests.html", "filled", ["snowblower"], note="'Done — Gary fixed'"),
    trap("requests.html", "filled", ["crib"], note="'Delivered ✓'"),
    trap("requests.html", "offer", ["seasoned birch"]),
    trap("drives.html", "filled", ["hand warmers"], note="'goal met'"),
    trap("drives.html", "general_appeal", ["propane fund"]),
    trap("drives.html", "recap", ["thanksgiving turkeys"]),
    trap("volunteer.html", "filled", ["small-engine fixers"], note="'We have enough fixers'"),
    trap("volunteer.html", "job", ["part-time coordinator"]),
    trap("flyer/request-line.pdf", "how_to_apply", ["how it works"]),
    trap("flyer/request-line.pdf", "event", ["fish fry potluck"]),
    trap("core-team/index.html", "robots", ["tow straps"]),
    trap("core-team/index.html", "robots", ["volunteer electrician"]),
    trap("core-team/index.html", "robots", ["april cleanup"]),
]
