"""Lindstrom, MN: Lakes Area Neighbor Network (made up). Static-site-generator look, kanban request board, <dl> roles. English."""
from common import N, T

SLUG = "lindstrom-lakes-area-neighbor-network"


def head(title):
    return """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Eleventy v2.0.1">
<title>%s</title>
<link rel="stylesheet" href="/css/index.css">
</head>
<body>
<a href="#main" class="skip-link">Skip to content</a>
<header class="site-head">
  <a href="/index.html" class="brand">Lakes Area Neighbor Network</a>
  <nav aria-label="Main"><ul class="nav">
    <li><a href="/index.html">Home</a></li>
    <li><a href="/board.html">Request board</a></li>
    <li><a href="/roles.html">Ongoing roles</a></li>
    <li><a href="/updates.html">Updates</a></li>
  </ul></nav>
</header>
<main id="main">
""" % title


FOOT = """</main>
<footer class="site-foot">
  <p>Lakes Area Neighbor Network &middot; c/o Lindstrom Community Building, 12960 Lake Blvd, Lindstrom, MN 55045 &middot; 651-555-0149</p>
  <p><a href="/volunteer-form.pdf">Volunteer form (PDF)</a> &middot; <a href="/media/potluck-2024.html">Potluck photos</a> &middot; <a href="/steering/notes.html">Steering team</a></p>
</footer>
</body>
</html>
"""

INDEX = head("Lakes Area Neighbor Network") + """
<section class="hero">
  <h1>Neighbors helping neighbors in Lindstrom, Center City and Chisago City</h1>
  <p>No forms, no means test. If you need a hand, ask. If you have a hand, lend it.</p>
</section>
<section>
  <h2>How to ask for help</h2>
  <p>Call or text the request line at 651-555-0149, or leave a note in the box at the Community Building. A coordinator calls you
  back within a day and posts your request (first name only) on the board.</p>
</section>
<section>
  <h2>Monthly potluck</h2>
  <p>Third Sunday of every month, 5 pm, Lindstrom Community Building. Bring a dish if you can; come anyway if you can't.</p>
</section>
<section>
  <h2>Chip in $5 a month</h2>
  <p>Small monthly gifts cover the phone line, gas cards and the occasional emergency hotel night.</p>
</section>
<section>
  <h2>Free to borrow</h2>
  <p>We keep snow shovels, a wet-dry vac and two roof rakes at the library. Anyone can borrow them for a week.</p>
</section>
""" + FOOT

BOARD = head("Request board | LANN") + """
<h1>Request board</h1>
<p class="lede">Updated Tuesday. Call the request line to claim one.</p>
<div class="kanban">
  <section class="col" aria-label="Still needed">
    <h2>Still needed</h2>
    <article class="card">
      <h3>Ramp for Doris's back step</h3>
      <p>A short wooden ramp over three steps so Doris can get her walker out the back door. We need someone who has built one
      before; the lumber yard will donate the wood.</p>
    </article>
    <article class="card">
      <p class="title">Dog walker, three weeks</p>
      <p>Mr. Olson is recovering from hip surgery and his lab, Biscuit, needs a walk twice a day.</p>
    </article>
    <article class="card">
      <button class="card-toggle" aria-expanded="true">Crib and car seat</button>
      <div class="card-body"><p>A young mom in Center City is due in March and has neither yet. Car seats must be less than six years
      old.</p></div>
    </article>
    <article class="card">
      <div><strong>Snow clearing on Newell Ave</strong></div>
      <p>Three elders on Newell Avenue need their walks and steps shoveled after each snowfall, all winter.</p>
    </article>
  </section>
  <section class="col" aria-label="Someone's on it">
    <h2>Someone's on it</h2>
    <article class="card claimed">
      <h3>Leaky kitchen faucet (the Hansens)</h3>
      <p><span class="tag">Claimed</span> Rick is on it this weekend.</p>
    </article>
    <article class="card claimed">
      <h3>Groceries for the Peltier family</h3>
      <p><span class="tag">Covered</span> St. Bridget's youth have it through February.</p>
    </article>
  </section>
  <section class="col" aria-label="Done">
    <h2>Done</h2>
    <article class="card done">
      <h3>Furnace filter changes at Parkview Apartments</h3>
      <p><span class="tag">Done &#10003;</span> All 18 units, thanks to the Chisago Lakes robotics team.</p>
    </article>
  </section>
</div>
""" + FOOT

ROLES = head("Ongoing roles | LANN") + """
<h1>Ongoing roles</h1>
<p>These aren't one-time requests; they keep the network running.</p>
<dl class="roles">
  <dt>Request line coordinator</dt>
  <dd>Answer the request phone two evenings a week and match callers with neighbors who can help. Training provided.</dd>
  <dt>Spanish interpreter (on call)</dt>
  <dd>Several families at the Chisago Lakes apartments speak mostly Spanish. We need someone fluent in Spanish and English who can
  join a phone call now and then.</dd>
  <dt>Ride-share drivers</dt>
  <dd>Take neighbors to appointments in Wyoming, Forest Lake and Stillwater. Gas cards provided.</dd>
  <dt>Newsletter editor</dt>
  <dd>Covered for 2025 &mdash; thank you, Jan!</dd>
  <dt>Treasurer</dt>
  <dd>Stipend of $300 a month; about eight hours a month of bookkeeping and bank deposits.</dd>
</dl>
""" + FOOT

UPDATES = head("Updates | LANN") + """
<h1>Updates</h1>
<ul class="postlist">
  <li class="postlist-item">
    <a href="/updates.html#charity" class="postlist-link">Why mutual aid isn't charity</a>
    <time datetime="2024-12-02">December 2, 2024</time>
    <p>Solidarity, not saviors: a few thoughts from our steering team&hellip;</p>
  </li>
  <li class="postlist-item">
    <a href="/updates.html#snowday" class="postlist-link">Snow Day 2024</a>
    <time datetime="2024-11-18">November 18, 2024</time>
    <p>Forty-one driveways cleared in one Saturday morning. You are amazing.</p>
  </li>
  <li class="postlist-item">
    <a href="/updates.html#jan" class="postlist-link">January check-in</a>
    <time datetime="2025-01-06">January 6, 2025</time>
    <p>The request line took 63 calls in December, mostly rides and snow. Thank you to everyone who covered the holidays. One small
    ask: if anyone has a folding wheelchair gathering dust, the Lindquists could borrow one until Hal's knee heals in May. We'll
    return it cleaned.</p>
  </li>
  <li class="postlist-item">
    <a href="/updates.html#ahmed" class="postlist-link">Meet Ahmed Nur</a>
    <time datetime="2024-10-10">October 10, 2024</time>
    <p>Ahmed joined the steering team this fall. He drives a school bus and coaches U10 soccer.</p>
  </li>
</ul>
""" + FOOT

STEER = head("Steering team notes") + """
<h1>Steering team notes (internal)</h1>
<ul>
  <li>We need a grant writer before the Initiative Foundation deadline.</li>
  <li>Ask for a donated laptop for the request line.</li>
  <li>Recruit a second Saturday coordinator.</li>
</ul>
""" + FOOT

PAGES = {
    "index.html": INDEX,
    "board.html": BOARD,
    "roles.html": ROLES,
    "updates.html": UPDATES,
    "steering/notes.html": STEER,
}

ROBOTS = """User-agent: *
Disallow: /steering/
Allow: /
"""

PDFS = {
    "volunteer-form.pdf": ("Lakes Area Neighbor Network - Volunteer Form", [
        ("title", "Lakes Area Neighbor Network - Volunteer Form"),
        ("p", "Name: ____________________  Phone: ______________  Town: ______________"),
        ("p", "I can help with: rides / snow / small repairs / meals / phone calls / other: __________"),
        ("gap", ""),
        ("h", "New this winter: tech helpers"),
        ("p", "Many seniors got new phones and tablets for Christmas and can't get them working. We need tech helpers to visit "
              "for an hour and set up contacts, video calls and MyChart. If you can use a smartphone, you can do this."),
        ("gap", ""),
        ("h", "Where to send this form"),
        ("p", "Drop it in the box at the Lindstrom Community Building or take a photo and text it to 651-555-0149."),
    ]),
}

NEEDS = [
    N("board.html", ["ramp for doris"], "skilled", "en", layout="request_board", note="title in h3"),
    N("board.html", ["dog walker"], "volunteer", "en", layout="request_board", note="title in p.title"),
    N("board.html", ["crib and car seat"], "donation", "en", layout="request_board", note="title in a button"),
    N("board.html", ["snow clearing"], "volunteer", "en", layout="request_board", note="title in div>strong"),
    N("roles.html", ["request line coordinator"], "volunteer", "en", layout="definition_list"),
    N("roles.html", ["spanish interpreter"], "skilled", "en", ["es", "en"], layout="definition_list"),
    N("roles.html", ["ride-share drivers"], "volunteer", "en", layout="definition_list"),
    N("updates.html", ["folding wheelchair"], "other", "en", layout="newsletter_buried",
      note="a loan until May, buried in a check-in post"),
    N("volunteer-form.pdf", ["tech helpers"], "volunteer", "en", layout="pdf"),
]

TRAPS = [
    T("index.html", "how_to_apply", ["how to ask for help"]),
    T("index.html", "event", ["monthly potluck"]),
    T("index.html", "general_appeal", ["chip in $5"]),
    T("index.html", "offer", ["free to borrow"]),
    T("board.html", "filled", ["leaky kitchen faucet"], "Claimed"),
    T("board.html", "filled", ["groceries for the peltier family"], "Covered"),
    T("board.html", "filled", ["furnace filter changes"], "Done"),
    T("roles.html", "filled", ["newsletter editor"], "covered for 2025"),
    T("roles.html", "job", ["treasurer"], "$300/month stipend"),
    T("updates.html", "blog", ["why mutual aid isn't charity"]),
    T("updates.html", "recap", ["snow day 2024"]),
    T("updates.html", "bio", ["meet ahmed nur"]),
    T("volunteer-form.pdf", "how_to_apply", ["where to send this form"]),
    T("steering/notes.html", "robots", ["grant writer"]),
    T("steering/notes.html", "robots", ["donated laptop"]),
    T("steering/notes.html", "robots", ["saturday coordinator"]),
]
