"""Deerwood: Bethany Lutheran Church (English).
Layouts: WordPress blog front page with post excerpts and a "Sign-up sheets"
sidebar widget; ministry-fair card grid with "Sign me up" / "Full" buttons and
a paid card; outreach page with a Giving Tree and a Habitat crew; youth page;
PDF newsletter with a buried ask."""
from common import N, T

SLUG = "deerwood-bethany-lutheran-church"

NAV = """<nav class="main-navigation"><ul>
<li><a href="/index.html">Home</a></li><li><a href="/ministry-fair.html">Get Involved</a></li>
<li><a href="/outreach.html">Outreach</a></li><li><a href="/youth.html">Youth</a></li>
<li><a href="/beacon-december.pdf">The Beacon</a></li><li><a href="/sermons/advent-1.html">Sermons</a></li>
</ul></nav>"""

FOOT = """<footer class="site-footer"><p>Bethany Lutheran Church (ELCA) &middot; 24 Forest Rd, Deerwood MN 56444</p>
<p><a href="/council/index.html">Council portal</a> &middot; &copy; 2025</p></footer>"""

PAGES = {}

PAGES["index.html"] = """
<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>Bethany Lutheran Church &#8211; Deerwood, MN</title>
<link rel="stylesheet" href="/wp-content/themes/twentytwenty/style.css">
</head>
<body class="home blog">
<header><h1 class="site-title">Bethany Lutheran Church</h1><p class="site-description">Sunday worship 9:00 am &middot; All are welcome</p></header>
""" + NAV + """
<main id="site-content">
<article class="post">
  <h2 class="entry-title"><a href="/index.html#p1">Pastor&#8217;s Pen: Why we give thanks</a></h2>
  <div class="entry-content"><p>Gratitude is not a feeling we wait for; it is a practice&hellip; <a href="/index.html#p1">Continue reading</a></p></div>
</article>
<article class="post">
  <h2 class="entry-title"><a href="/index.html#p2">Funeral lunch servers needed</a></h2>
  <div class="entry-content"><p>The Anderson family has asked us to host lunch after Helen&#8217;s funeral on Thursday
  at 1 pm. We need 6 servers to set out food and clear tables, and bars for 80 people.</p></div>
</article>
<article class="post">
  <h2 class="entry-title"><a href="/index.html#p3">Quilters say thank you</a></h2>
  <div class="entry-content"><p>Thanks to your donations we are well stocked on fabric for this year. Please hold any more until spring.</p></div>
</article>
</main>
<aside class="widget-area">
  <section class="widget"><h2 class="widget-title">Sign-up sheets</h2>
    <ul>
      <li>Coffee hour hosts &ndash; 3 Sundays open in December</li>
      <li>Ushers &ndash; full through Advent</li>
    </ul></section>
  <section class="widget"><h2 class="widget-title">Give</h2><p><a href="https://vanco.example/bethany">Give online through Vanco</a></p></section>
</aside>
""" + FOOT + """
</body>
</html>
"""

PAGES["ministry-fair.html"] = """
<!DOCTYPE html>
<html lang="en-US">
<head><meta charset="UTF-8"><title>Get Involved &#8211; Bethany Lutheran</title>
<style>.cards{display:grid;grid-template-columns:1fr 1fr 1fr;gap:16px}.card{border:1px solid #ddd;padding:14px}
.btn{display:inline-block;padding:6px 14px;background:#6a1b9a;color:#fff}.btn.off{background:#aaa}</style></head>
<body>
""" + NAV + """
<h1>Find your place</h1>
<p>Every gift matters. Pick a card and press the button, and the office will call you.</p>
<div class="cards">
  <div class="card"><h3>Confirmation mentors</h3><p>Pair with a 9th grader for the year; monthly breakfast together.</p><a class="btn" href="#mentor">Sign me up</a></div>
  <div class="card"><h3>Sound booth</h3><p>Run the livestream camera and the slides on Sunday mornings. We will train you.</p><a class="btn" href="#av">Sign me up</a></div>
  <div class="card"><h3>Vacation Bible School crafts</h3><p>June 16&ndash;20.</p><span class="btn off">Full</span></div>
  <div class="card"><h3>Prayer shawl knitters</h3><p>Knit or crochet shawls for members in the hospital. Yarn provided.</p><a class="btn" href="#knit">Sign me up</a></div>
  <div class="card"><h3>Youth Director</h3><p>Paid, part-time (15 hours a week). See the posting in the office.</p></div>
  <div class="card"><h3>Lawn mowing</h3><p>Brainerd Lawn Co. now donates this service. Thank you!</p><span class="btn off">Not needed</span></div>
</div>
""" + FOOT + """
</body>
</html>
"""

PAGES["outreach.html"] = """
<!DOCTYPE html>
<html lang="en-US">
<head><meta charset="UTF-8"><title>Outreach &#8211; Bethany Lutheran</title></head>
<body>
""" + NAV + """
<h1>Outreach</h1>
<h2>Community meal</h2>
<p>A free community meal is served the third Wednesday of every month at 5:30 pm. Everyone eats free.</p>
<h2>Advent Giving Tree</h2>
<p>The Giving Tree is up in the narthex! Take a tag, buy the gift written on it (mittens, a warm coat, a toy),
and bring it back unwrapped by December 14. There are 60 tags from families at Crosby-Ironton schools.</p>
<p>Last year&#8217;s tree brought gifts to 48 kids.</p>
<h2>Habitat for Humanity</h2>
<p>We are sending a crew to the Habitat build in Crosby in June 2026. We still need 3 more people for the crew &ndash;
no construction experience needed.</p>
""" + FOOT + """
</body>
</html>
"""

PAGES["youth.html"] = """
<!DOCTYPE html>
<html lang="en-US">
<head><meta charset="UTF-8"><title>Youth &#8211; Bethany Lutheran</title></head>
<body>
""" + NAV + """
<h1>Youth</h1>
<p>Youth group meets Wednesdays at 6:30 pm in the lower level.</p>
<h2>Summer mission trip to Duluth</h2>
<p>Pancake breakfast fundraiser on March 8. Eat pancakes, support the trip!</p>
<p>We need adult chaperones for the mission trip: two women and one man, background check required.</p>
<p>The van for the mission trip is borrowed from Trinity Lutheran &ndash; thanks, Trinity!</p>
""" + FOOT + """
</body>
</html>
"""

PAGES["council/index.html"] = """
<!DOCTYPE html>
<html lang="en-US">
<head><meta charset="UTF-8"><title>Council portal</title></head>
<body>
<h1>Council portal</h1>
<p>Open items: nominate a new council treasurer; find a snowplow volunteer for the lot; ask for a donated
commercial dishwasher.</p>
</body>
</html>
"""

ROBOTS = """User-agent: *
Disallow: /council/
Disallow: /wp-admin/
Allow: /wp-admin/admin-ajax.php
"""

PDFS = {
    "beacon-december.pdf": ("The Bethany Beacon - December 2025", [
        ("title", "The Bethany Beacon - December 2025"),
        ("h", "Christmas Eve"),
        ("p", "Christmas Eve services at 4:00 pm (family service) and 10:00 pm (candlelight)."),
        ("h", "Property committee"),
        ("p", "The boiler made it through another November. The property committee is looking for someone who "
              "understands boilers to look at ours with them before January."),
        ("h", "Thank you"),
        ("p", "Thank you for the gift of new hymnals in memory of Arlo Peterson."),
        ("h", "Council"),
        ("p", "The annual meeting is January 25 after worship."),
    ]),
}

NEEDS = [
    N("index.html", ["funeral lunch servers"], "volunteer", "en", (), "blog_post"),
    N("index.html", ["coffee hour hosts"], "volunteer", "en", (), "sidebar_widget"),
    N("ministry-fair.html", ["confirmation mentors"], "volunteer", "en", (), "card_grid_buttons"),
    N("ministry-fair.html", ["sound booth", "livestream"], "skilled", "en", (), "card_grid_buttons"),
    N("ministry-fair.html", ["prayer shawl"], "skilled", "en", (), "card_grid_buttons"),
    N("outreach.html", ["giving tree"], "donation", "en", (), "heading_paragraph"),
    N("outreach.html", ["habitat"], "volunteer", "en", (), "heading_paragraph"),
    N("youth.html", ["adult chaperones"], "volunteer", "en", (), "paragraph"),
    N("beacon-december.pdf", ["boilers"], "skilled", "en", (), "newsletter_buried"),
]

TRAPS = [
    T("index.html", "blog", ["pastor's pen"]),
    T("index.html", "filled", ["fabric"], "well stocked"),
    T("index.html", "filled", ["ushers"]),
    T("index.html", "general_appeal", ["vanco"]),
    T("index.html", "hours", ["sunday worship"]),
    T("ministry-fair.html", "filled", ["bible school"], "Full button"),
    T("ministry-fair.html", "job", ["youth director"]),
    T("ministry-fair.html", "filled", ["lawn mowing"]),
    T("outreach.html", "service", ["community meal"]),
    T("outreach.html", "recap", ["48 kids"]),
    T("youth.html", "event", ["pancake breakfast"]),
    T("youth.html", "filled", ["van for the mission trip"]),
    T("youth.html", "hours", ["wednesdays at 6:30"]),
    T("beacon-december.pdf", "event", ["christmas eve"]),
    T("beacon-december.pdf", "thanks", ["hymnals"]),
    T("beacon-december.pdf", "event", ["annual meeting"]),
    T("council/index.html", "robots", ["council treasurer"]),
    T("council/index.html", "robots", ["snowplow"]),
    T("council/index.html", "robots", ["commercial dishwasher"]),
]
