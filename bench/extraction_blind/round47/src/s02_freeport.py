from common import N, T

SLUG = "freeport-tool-library"


def page(lang, title, body):
    return """<!doctype html>
<html lang="%s">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>%s | Freeport Community Tool Library</title>
<link rel="stylesheet" href="/assets/site.css">
<style>.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(240px,1fr));gap:1rem}.pill{font-size:.75rem;border-radius:9px;padding:0 .5rem}</style>
</head>
<body>
<header class="top">
  <a class="brand" href="/index.html"><img src="/assets/wrench.svg" alt="" width="28"> Freeport Tool Library</a>
  <nav>
    <a href="/index.html">Home</a>
    <a href="/wanted.html">Wanted</a>
    <a href="/news.html">Tool Talk</a>
    <a href="/so/index.html">Soomaali</a>
  </nav>
</header>
<main>
%s
</main>
<footer class="foot">
  <p>Freeport Community Tool Library &middot; Building B, 409 Pine St, Freeport, MN 56331 &middot; (320) 555-0157 &middot; borrow@freeporttools.org</p>
  <p><a href="/forms/volunteer-signup.pdf">Volunteer sign-up sheet (PDF)</a> &middot; <a href="/members/shed-log.html">Members' shed log</a></p>
</footer>
</body>
</html>
""" % (lang, title, body)


INDEX = page("en", "Home", """
<section class="hero">
  <h1>Borrow a tool. Fix a thing. Meet your neighbors.</h1>
  <p>More than 600 tools, from post-hole diggers to pasta makers, free for anyone who lives or works in Stearns County.</p>
</section>
<section>
  <h2>How borrowing works</h2>
  <ol>
    <li>Bring a photo ID and something with your address to the counter.</li>
    <li>Sign the one-page agreement (we have it in English and Somali).</li>
    <li>Take up to five tools for one week. Renew by text.</li>
  </ol>
  <p><a href="/catalog/power-tools.html">Browse the power-tool catalog</a></p>
</section>
<section>
  <h2>Open hours</h2>
  <dl class="hours"><dt>Wednesday</dt><dd>5:00 &ndash; 8:00 pm</dd><dt>Saturday</dt><dd>9:00 am &ndash; 1:00 pm</dd></dl>
</section>
<section class="callout">
  <h2>We're short on a few tools and a few hands</h2>
  <p>See what's wanted this season and whether one of the openings fits you. <a href="/wanted.html">Wanted list &rarr;</a></p>
</section>
<section>
  <h2>Repair Café &ndash; first Saturday of every month</h2>
  <p>Bring a broken lamp, toaster or zipper and fix it with one of our tinkerers, 10 am to 1 pm.</p>
</section>
<section>
  <h2>Become a member</h2>
  <p>Borrowing is free, but a $20-a-year membership (pay what you can) keeps the lights on and the blades sharp.</p>
</section>
""")

WANTED = page("en", "Wanted", """
<h1>Wanted: hands and tools</h1>
<p class="lede">Open roles first, then the tools we would love to add.</p>
<div class="grid">
  <article class="card">
    <h3>Blade &amp; Chisel Sharpener</h3><span class="pill open">Open</span>
    <p>Chisels, plane irons and mower blades come back dull. If you can put an edge on them with a stone or a grinder, two hours a month keeps the whole shelf sharp.</p>
  </article>
  <article class="card">
    <div class="card-title">Front Counter Host</div><span class="pill filled">Filled</span>
    <p>Thanks to Marit and Abdi, the Wednesday and Saturday counters are covered through spring.</p>
  </article>
  <article class="card">
    <p class="title"><strong>Small-Engine Mechanic</strong></p><span class="pill open">Open</span>
    <p>Two tillers, a chainsaw and a leaf blower are waiting for carburetor work. Someone who has done small engine repair could clear the backlog in a Saturday or two.</p>
  </article>
  <article class="card">
    <header><span>Catalog Photographer</span></header><span class="pill open">Open</span>
    <p>We want one clear photo of each tool for the online catalog. Bring a camera or a good phone; we have a light box.</p>
  </article>
  <article class="card">
    <a class="card-link" href="#build-night"><span><span>Youth Build Night Helper</span></span></a><span class="pill open">Open &ndash; 3 spots</span>
    <p id="build-night">Thursdays 6&ndash;8 pm we help middle schoolers build birdhouses and step stools. You need patience more than expertise.</p>
  </article>
  <article class="card">
    <h3>Bookkeeper</h3><span class="pill paid">Paid</span>
    <p>A $300-per-quarter stipend for keeping our books and filing the state nonprofit report.</p>
  </article>
</div>

<h2>Tools on our wish list</h2>
<ul class="wish">
  <li>Cordless impact driver</li>
  <li>Tile saw</li>
  <li>Stud finder</li>
  <li>Post-hole digger (ours bent)</li>
  <li>Drywall lift</li>
</ul>
<p class="note"><strong>Please, no more hammers.</strong> We have 31 of them and nowhere to hang another.</p>
""")

SO = page("so", "Soomaali", """
<h1>Maktabadda Qalabka ee Freeport</h1>
<h2>Qalab amaah ah oo bilaash ah</h2>
<p>Qof kasta oo ku nool Stearns County wuxuu amaahan karaa qalab &ndash; dariil, mishaar, qalabka beerta iyo kuwo kale &ndash; bilaash, muddo hal toddobaad ah.</p>
<h2>Sidee loo qaataa?</h2>
<p>Keen aqoonsi sawir leh iyo warqad ay ku qoran tahay cinwaankaaga. Saxiix heshiiska, kadibna qaado ilaa shan qalab.</p>
<h2>Waxaan u baahanahay tarjumaan</h2>
<p>Qoysas badan oo Soomaali ah ayaa yimaada maalinta Sabtida. Waxaan raadinaynaa qof ku hadla Af-Soomaali iyo Ingiriisi si uu ugu sharxo
sida qalabka loo isticmaalo iyo xeerarka amaahda. Laba saacadood Sabtidii kasta.</p>
<h2>Mashiinno tolid</h2>
<p>Kooxda tolida haweenka ee Khamiista waxay u baahan yihiin mashiinno tolid oo shaqeeya. Haddii aad haysato mid aadan isticmaalin, fadlan noo keen inta lagu jiro saacadaha furitaanka.</p>
<h3>Gaadhi-gacan (wheelbarrow)</h3>
<p>Waan helnay, mahadsanidin! Hadda uma baahnin gaadhi-gacan kale.</p>
<h3>Repair Café</h3>
<p>Sabtida ugu horreysa ee bil kasta, 10-ka subaxnimo ilaa 1-da: keen waxa kaa jabay, waan wada hagaajinaynaa.</p>
""")

NEWS = page("en", "Tool Talk", """
<h1>Tool Talk</h1>
<article class="post">
  <h2>By the numbers: our first 1,000 loans</h2>
  <p>In our first fourteen months we lent tools 1,046 times. The most popular item? The carpet cleaner, by a mile.</p>
</article>
<article class="post">
  <h2><a href="/news.html#toasters">What we learned fixing 40 toasters</a></h2>
  <p class="excerpt">Spoiler: it is almost always the crumb tray switch. <a href="/news.html#toasters">Keep reading</a></p>
</article>
<article class="post">
  <h2>Spring update</h2>
  <p>The shed roof held through the March storms and the new pegboard wall is up. Freeport Lumber gave us a brand-new table saw in
  February, so we are all set on saws for a good long while &ndash; thank you!</p>
  <p>Lots of you asked about bikes. We would love to add a bike fix-it station to Repair Café, but none of us knows a derailleur from a
  doorstop. If you can true a wheel and adjust brakes, come run the bike repair table one Saturday a month.</p>
</article>
<article class="post">
  <h2>Meet the volunteers: Jenna Kloeppner</h2>
  <p>Jenna started the library in her garage with 40 tools from her late grandfather. She still does the Saturday inventory.</p>
</article>
""")

SHED = page("en", "Members' shed log", """
<h1>Shed log (members only)</h1>
<table>
<tr><th>Date</th><th>Note</th></tr>
<tr><td>4/2</td><td>Need someone to re-hang the pegboard in bay 2, it is pulling out of the wall.</td></tr>
<tr><td>4/9</td><td>Looking for a donated dehumidifier for the back room, rust on the planes again.</td></tr>
<tr><td>4/16</td><td>Volunteer wanted to drive the trailer to the county cleanup day.</td></tr>
</table>
""")

PAGES = {
    "index.html": INDEX,
    "wanted.html": WANTED,
    "so/index.html": SO,
    "news.html": NEWS,
    "members/shed-log.html": SHED,
}

ROBOTS = """User-agent: *
Disallow: /members/
Disallow: /assets/drafts/
"""

PDFS = {
    "forms/volunteer-signup.pdf": ("Volunteer sign-up - Freeport Community Tool Library", [
        ("title", "FREEPORT COMMUNITY TOOL LIBRARY"),
        ("title", "Volunteer sign-up sheet"),
        ("p", "Name: ______________________________   Phone or email: ______________________"),
        ("h", "Pick what fits you"),
        ("p", "[X] Front counter - FULL for the fall season. We will put you on the spring list."),
        ("p", "[ ] Tool cleaning crew - Tuesday nights 6 to 8. Wipe, oil and sort the tools that came back over the weekend. "
              "We need four more people; no experience needed."),
        ("p", "[ ] Special events - as needed. We keep your name and call when something comes up."),
        ("h", "When you are done"),
        ("p", "Return this sheet at the counter or snap a photo and text it to (320) 555-0157."),
    ]),
}

NEEDS = [
    N("wanted.html", ["sharpener"], "skilled", "en", layout="role_cards", note="h3 card"),
    N("wanted.html", ["mechanic"], "skilled", "en", layout="role_cards", note="p>strong card title"),
    N("wanted.html", ["catalog photographer"], "volunteer", "en", layout="role_cards", note="header>span card title"),
    N("wanted.html", ["build night helper"], "volunteer", "en", layout="role_cards", note="a>span>span card title"),
    N("wanted.html", ["wish list", "tile saw", "impact driver"], "donation", "en", layout="wish_list", note="5 items = one need"),
    N("so/index.html", ["tarjumaan"], "skilled", "so", ["so", "en"], layout="heading_paragraph"),
    N("so/index.html", ["mashiinno tolid"], "donation", "so", layout="heading_paragraph"),
    N("news.html", ["bike repair"], "skilled", "en", layout="newsletter_buried"),
    N("forms/volunteer-signup.pdf", ["tool cleaning crew"], "volunteer", "en", layout="pdf", note="checkbox form"),
]

TRAPS = [
    T("index.html", "how_to_apply", ["how borrowing works"]),
    T("index.html", "hours", ["open hours"]),
    T("index.html", "general_appeal", ["a few tools and a few hands"], "teaser naming nothing specific"),
    T("index.html", "event", ["repair café"]),
    T("index.html", "general_appeal", ["become a member"]),
    T("wanted.html", "filled", ["front counter host"], "Filled pill"),
    T("wanted.html", "job", ["bookkeeper"], "stipend"),
    T("wanted.html", "filled", ["hammers"], "no more hammers"),
    T("so/index.html", "service", ["qalab amaah ah"]),
    T("so/index.html", "how_to_apply", ["sidee loo qaataa"]),
    T("so/index.html", "filled", ["gaadhi-gacan"], "waan helnay"),
    T("so/index.html", "event", ["repair café"]),
    T("news.html", "recap", ["first 1,000 loans"]),
    T("news.html", "blog", ["fixing 40 toasters"]),
    T("news.html", "filled", ["table saw"], "all set on saws"),
    T("news.html", "bio", ["jenna kloeppner"]),
    T("members/shed-log.html", "robots", ["pegboard"]),
    T("members/shed-log.html", "robots", ["dehumidifier"]),
    T("members/shed-log.html", "robots", ["county cleanup day"]),
    T("forms/volunteer-signup.pdf", "filled", ["front counter"], "[X] FULL"),
    T("forms/volunteer-signup.pdf", "filled", ["special events"], "as needed / on call"),
    T("forms/volunteer-signup.pdf", "how_to_apply", ["return this sheet"]),
]
