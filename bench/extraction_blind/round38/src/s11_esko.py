"""Esko Community Rink Association: Squarespace-style English site. Shift table of rink roles with
FULL / covered rows and a paid city job; gear page with a wish list, 'more than enough', 'short on' and a
loan request; <dl> FAQ holding two asks; PDF newsletter with buried asks; robots-disallowed /crew/."""
from common import N, T

SLUG = "esko-community-rink-association"


def page(title, body):
    return """<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-US">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%s &mdash; Esko Community Rink</title>
<meta property="og:site_name" content="Esko Community Rink"/>
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/sitecss/5f2b/site.css?&filterFeatures=false"/>
<script type="text/javascript" src="//assets.squarespace.com/universal/scripts-compressed/common-vendors-stable.js" defer></script>
</head>
<body id="collection-5f2b9e" class="header-overlay-alignment-center tweak-social-icons-style-regular">
<div class="Index-page-content">
<header class="Header Header--top"><div class="Header-inner">
<div class="Header-branding"><a href="/index.html" class="Header-branding-link">ESKO COMMUNITY RINK</a></div>
<nav class="Header-nav Header-nav--primary" data-nc-element="primary-nav"><div class="Header-nav-inner">
<a href="/index.html" class="Header-nav-item">Home</a>
<a href="/help.html" class="Header-nav-item">Help Out</a>
<a href="/gear.html" class="Header-nav-item">Gear</a>
<a href="/faq.html" class="Header-nav-item">FAQ</a>
<a href="/newsletter-winter.pdf" class="Header-nav-item">Newsletter</a>
</div></nav>
</div></header>
<main class="Main Main--page"><section class="Main-content" data-content-field="main-content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="page"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
""" % title + body + """
</div></div></div>
</section></main>
<footer class="Footer"><div class="Footer-inner"><div class="sqs-block html-block"><div class="sqs-block-content">
<p>Esko Community Rink &middot; Esko Town Park, 5 Canosia Rd, Esko, MN 55733 &middot; Rink status line 218-555-0142</p>
<p><a href="/photos/2024-pond-hockey.html">2024 pond hockey photos</a> &middot; <a href="/crew/">Crew login</a></p>
</div></div></div></footer>
</div>
</body>
</html>
"""


INDEX = page("Home", """
<div class="sqs-block html-block"><div class="sqs-block-content">
<h1>Free outdoor skating, built and flooded by neighbors.</h1>
<p>Two rinks &mdash; a hockey rink with boards and a pleasure rink with lights &mdash; in Esko Town Park, open whenever the ice holds.</p>
<h3>Warming house open</h3>
<p>Weekdays 4&ndash;9 pm, weekends noon&ndash;9 pm, weather permitting. Call the rink status line before you drive over.</p>
<h3>Skate loans for kids</h3>
<p>Borrow a pair of skates and a helmet at the warming house for the day. Free, no deposit.</p>
<h3>Broomball night</h3>
<p>Friday, February 7, 6:30 pm. Teams of six, brooms provided, cocoa after.</p>
<h3>Sponsor a rink board</h3>
<p>$250 puts your business name on a dasher board for three winters and keeps the lights on.</p>
</div></div>
<div class="sqs-block summary-v2-block"><div class="summary-item"><div class="summary-title"><a href="/help.html" class="summary-title-link">Rink diary: the night the hose froze</a></div>
<div class="summary-excerpt"><p>It was minus 22 and the flooding crew had just hooked up&hellip;</p></div></div></div>
""")

HELP = page("Help Out", """
<div class="sqs-block html-block"><div class="sqs-block-content">
<h1>Help out this winter</h1>
<p>The city owns the park; the ice is ours. Here is where things stand for January.</p>
<table style="width:100%;border-collapse:collapse" border="1" cellpadding="6">
<thead><tr><th>Role</th><th>When</th><th>Status</th></tr></thead>
<tbody>
<tr><td><strong>Warming house attendant</strong></td><td>Weekday evenings 4&ndash;9</td><td>Tuesdays and Thursdays still open</td></tr>
<tr><td><strong>Night flooding crew</strong></td><td>After 10 pm when it is below 10&deg;F</td><td>1 of 3 spots open &mdash; must be 18+</td></tr>
<tr><td><strong>Concession stand</strong></td><td>Weekend afternoons</td><td>FULL</td></tr>
<tr><td><strong>Skate sharpener</strong></td><td>Saturdays</td><td>Covered by Pete for the season</td></tr>
<tr><td><strong>Learn-to-skate helpers</strong></td><td>Saturdays 10&ndash;11 am</td><td>2 spots &mdash; you need to skate backwards</td></tr>
<tr><td><strong>Snow shoveling after storms</strong></td><td>On call</td><td>As many as we can get</td></tr>
<tr><td><strong>Rink manager</strong></td><td>Dec&ndash;Feb</td><td>City-paid seasonal position &mdash; apply at the town hall</td></tr>
</tbody></table>
<h3>One more thing</h3>
<p>The hockey goal frames are bent and one crossbar snapped. We are looking for someone with welding experience who can straighten and repair them before the pond hockey weekend.</p>
<h3>How to get on the schedule</h3>
<p>Write your name on the sign-up sheet in the warming house or text Kari at 218-555-0142.</p>
<h2 id="diary">Rink diary: the night the hose froze</h2>
<p>It was minus 22 and the flooding crew had just hooked up when the hose went stiff as a broom handle. Dale ran home for a hair dryer&hellip;</p>
</div></div>
""")

GEAR = page("Gear", """
<div class="sqs-block html-block"><div class="sqs-block-content">
<h1>Gear</h1>
<h2>Wanted for the loaner shelf</h2>
<ul>
<li>Kids' hockey skates, sizes Y10 to 4</li>
<li>Helmets with a HECC sticker</li>
<li>Junior sticks (46&ndash;50 inch)</li>
<li>Mittens and neck warmers</li>
</ul>
<h2>Adult figure skates</h2>
<p>We have more than enough adult figure skates right now. Please hang on to yours until the fall skate swap.</p>
<h2>Short on: rubber floor mats</h2>
<p>Skate blades are chewing up the warming house floor. We are short on heavy rubber mats &mdash; horse-stall mats are perfect.</p>
<h2>Can we borrow your plow?</h2>
<p>On storm mornings we clear two rinks by hand. If you have a pickup with a plow blade and could lend it (with you driving it) for an hour after a big snow, call Kari.</p>
<h2>Last season</h2>
<p>Our skate swap outfitted 140 kids last November. Thank you!</p>
</div></div>
""")

FAQ = page("FAQ", """
<div class="sqs-block accordion-block"><div class="sqs-block-content">
<h1>Frequently asked questions</h1>
<dl class="accordion-items-container">
<dt class="accordion-item__title">Who takes care of the rink?</dt>
<dd class="accordion-item__description"><p>All volunteers. The city pays for water and electricity; we do the rest. Right now we especially need someone to update our Facebook page and the rink status line on cold mornings, so people know before they drive over whether the ice is open.</p></dd>
<dt class="accordion-item__title">Do you charge?</dt>
<dd class="accordion-item__description"><p>No. Skating is free. We run on donations, so if you love the rink, please give what you can.</p></dd>
<dt class="accordion-item__title">Can I book the rink for a birthday party?</dt>
<dd class="accordion-item__description"><p>Yes. Fill out the park reservation form at the town hall at least two weeks ahead.</p></dd>
<dt class="accordion-item__title">What do you need most right now?</dt>
<dd class="accordion-item__description"><p>Honestly? Hot chocolate. We go through a 50-serving tub of cocoa mix and 500 paper cups every month.</p></dd>
</dl>
</div></div>
""")

CREW = page("Crew", """
<div class="sqs-block html-block"><div class="sqs-block-content">
<h1>Crew notes (password page)</h1>
<ul>
<li>Update the liability waiver for the learn-to-skate kids.</li>
<li>Need a new hose reel; the old one cracked in the cold.</li>
<li>Find a storage shed for the nets over the summer.</li>
</ul>
</div></div>
""")

PAGES = {
    "index.html": INDEX,
    "help.html": HELP,
    "gear.html": GEAR,
    "faq.html": FAQ,
    "crew/index.html": CREW,
}

ROBOTS = """# Squarespace Robots Txt

User-agent: GPTBot
Disallow: /

User-agent: *
Disallow: /config
Disallow: /search
Disallow: /crew/
"""

PDFS = {
    "newsletter-winter.pdf": ("Rink Rat News - Winter 2025", [
        ("title", "RINK RAT NEWS - Winter 2025"),
        ("p", "Esko Community Rink Association"),
        ("h", "Opening weekend"),
        ("p", "The ice held on December 14 and more than 300 skaters came out over opening weekend. Thank you to "
              "the flooding crew, who put down eleven coats in eight nights."),
        ("h", "Hockey Day"),
        ("p", "Hockey Day celebration, Saturday January 25: pickup games all afternoon, chili feed at 5."),
        ("h", "Leaky roof"),
        ("p", "The warming house roof leaks right over the bench where everyone laces up. We already have the "
              "shingles from Esko Lumber; what we need is someone who has done roofing to lead a Saturday "
              "work crew in the spring."),
        ("h", "Broomball night"),
        ("p", "Broomball night is February 7. We still need two people to run the score clock and the "
              "penalty box, 6:30 to 9."),
        ("h", "New board member"),
        ("p", "Welcome to Jenna Koski, our new board member, who grew up skating on this rink and now "
              "coaches the Lincoln girls' team."),
    ]),
}

NEEDS = [
    N("help.html", ["warming house attendant"], "volunteer", "en", [], "shift_table", "Tue/Thu open"),
    N("help.html", ["flooding crew"], "volunteer", "en", [], "shift_table", "1 of 3 open"),
    N("help.html", ["learn-to-skate"], "volunteer", "en", [], "shift_table", "2 spots"),
    N("help.html", ["snow shoveling"], "volunteer", "en", [], "shift_table", "on-call"),
    N("help.html", ["welding", "goal frames"], "skilled", "en", [], "seeking", "'looking for someone with welding experience'"),
    N("gear.html", ["loaner shelf", "helmets"], "donation", "en", [], "wish_list"),
    N("gear.html", ["rubber floor mats", "rubber mats"], "donation", "en", [], "short_on"),
    N("gear.html", ["plow"], "other", "en", [], "heading_paragraph", "loan of a plow truck with driver"),
    N("faq.html", ["facebook page", "rink status line"], "volunteer", "en", [], "faq_answer"),
    N("faq.html", ["hot chocolate", "cocoa"], "donation", "en", [], "faq_answer", "cocoa mix and cups"),
    N("newsletter-winter.pdf", ["roofing", "roof"], "skilled", "en", [], "pdf", "lead a roof work crew"),
    N("newsletter-winter.pdf", ["score clock"], "volunteer", "en", [], "pdf", "event volunteers"),
]

TRAPS = [
    T("index.html", "hours", ["warming house open"]),
    T("index.html", "service", ["skate loans"]),
    T("index.html", "event", ["broomball night"]),
    T("index.html", "general_appeal", ["sponsor a rink board"]),
    T("index.html", "blog", ["rink diary"]),
    T("help.html", "filled", ["concession stand"], "FULL"),
    T("help.html", "filled", ["skate sharpener"], "'Covered by Pete'"),
    T("help.html", "job", ["rink manager"], "city-paid"),
    T("help.html", "how_to_apply", ["get on the schedule"]),
    T("help.html", "blog", ["rink diary"]),
    T("gear.html", "filled", ["figure skates"], "'more than enough'"),
    T("gear.html", "recap", ["skate swap"]),
    T("faq.html", "general_appeal", ["do you charge"]),
    T("faq.html", "how_to_apply", ["birthday party"]),
    T("newsletter-winter.pdf", "recap", ["opening weekend"]),
    T("newsletter-winter.pdf", "event", ["hockey day"]),
    T("newsletter-winter.pdf", "event", ["broomball night"]),
    T("newsletter-winter.pdf", "bio", ["jenna koski"]),
    T("crew/index.html", "robots", ["liability waiver"]),
    T("crew/index.html", "robots", ["hose reel"]),
    T("crew/index.html", "robots", ["storage shed"]),
]
