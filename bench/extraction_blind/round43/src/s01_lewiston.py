from common import N, T

SLUG = "lewiston-ridgeway-food-pantry"

HEAD = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>%s | Ridgeway Food Pantry</title>
<link rel="stylesheet" href="/static/site.css?v=7"></head>
<body class="page-template-default">
<header class="Header"><div class="Header-inner">
 <a class="Header-branding" href="/index.html"><img src="/static/logo.png" alt="Ridgeway Food Pantry"></a>
 <nav class="Header-nav"><a href="/index.html">Home</a> <a href="/volunteer.html">Volunteer</a>
 <a href="/news/spring-letter.html">News</a> <a href="/faq.html">FAQ</a>
 <a href="/docs/stocking-drive.pdf">Holiday Drive (PDF)</a></nav>
</div></header>
<main class="Main">
"""
FOOT = """</main>
<footer class="Footer"><div class="Footer-blocks">
 <p>Ridgeway Food Pantry &middot; 240 Main St (lower level of the Legion hall), Lewiston, MN 55952 &middot; (507) 555-0114</p>
 <p><a href="/board/minutes.html">Board</a> &middot; <a href="/photos/harvest-supper-2024.html">Photos</a> &middot;
 <a href="https://facebook.com/">Facebook</a></p>
 <p class="Footer-copy">&copy; Ridgeway Food Pantry, a 501(c)(3). Powered by a website builder.</p>
</div></footer>
</body>
</html>
"""


def page(title, body):
    return HEAD % title + body + FOOT


INDEX = page("Home", """
<section class="Index-page-content sqs-layout">
 <div class="sqs-block html-block"><h1>Good food for every neighbor on the ridge</h1>
 <p>Ridgeway Food Pantry has served Lewiston, Altura and Utica families since 1987. No one is turned away.</p></div>
 <div class="sqs-block html-block banner-low"><p><strong>Running low this week:</strong> peanut butter and
 canned tuna. If you are shopping anyway, a jar or two in our red bin at Lewiston Foods would go straight to the shelf.</p></div>
 <div class="sqs-block html-block"><h2>Pantry hours</h2>
 <p>Tuesdays 3&ndash;6:30 pm &middot; Thursdays 9&ndash;11:30 am &middot; First Saturday 9&ndash;noon</p></div>
 <div class="sqs-block html-block"><h2>What we offer</h2>
 <p>A shopping-style pantry visit once a week, emergency food boxes any day we are open, and a monthly senior
 commodities box for residents 60 and over.</p></div>
 <div class="sqs-block html-block"><h2>Harvest Supper</h2>
 <p>Our Harvest Supper fundraiser is Saturday, October 18, 5&ndash;7 pm at the Legion. Free-will offering.</p></div>
 <div class="sqs-block html-block"><h2>Give</h2>
 <p>Every dollar you give lets us buy about five meals through the regional food bank. Thank you for standing with us.</p></div>
 <div class="sqs-block summary-block"><h2>From the blog</h2>
 <ul class="summary-list"><li><a href="/news/spring-letter.html">Spring letter: what a winter it was</a>
 <span class="summary-excerpt">Our director looks back on the coldest January in years&hellip;</span></li></ul></div>
</section>
""")

VOLUNTEER = page("Volunteer", """
<section class="sqs-layout">
<h1>Volunteer sign-up calendar</h1>
<p>Cells that say <em>open</em> still need a person. Names mean the shift is covered.</p>
<table class="signup">
<thead><tr><th>Job</th><th>Tue</th><th>Thu</th><th>1st Sat</th></tr></thead>
<tbody>
<tr><th scope="row">Truck unloading (lifting 40 lb)</th><td>Gary P.</td><td><em>open</em></td><td><em>open</em></td></tr>
<tr><th scope="row">Client intake desk</th><td>Marlys S.</td><td>Deb K.</td><td>Ruth A.</td></tr>
<tr><th scope="row">Produce sorting</th><td><em>open</em></td><td><em>open</em></td><td>Tom &amp; Ann V.</td></tr>
<tr><th scope="row">Saturday youth crew (ages 14&ndash;17)</th><td>&mdash;</td><td>&mdash;</td><td><strong>FULL &ndash; thank you, Lewiston-Altura NHS!</strong></td></tr>
<tr><th scope="row">Home delivery for seniors (your own car, mileage logged)</th><td><em>open</em></td><td>Wes H.</td><td>&mdash;</td></tr>
</tbody></table>
<h2>New volunteer orientation</h2>
<p>Orientation is held the first Monday of each month at 6 pm. It takes about 45 minutes.</p>
<h2>How to sign up</h2>
<p>Call Marlys at (507) 555-0114 or leave your name and the shift you want in the binder by the door.</p>
</section>
""")

NEWS = page("Spring letter", """
<article class="BlogItem">
<h1 class="BlogItem-title">Spring letter: what a winter it was</h1>
<p class="Blog-meta">Posted by Karen Olstad, Director &middot; March 30</p>
<p>Friends, this was our busiest winter ever. From December through February we served 1,240 households, up almost a third
from last year, and the Legion furnace held out (barely). Thank you.</p>
<p>A few housekeeping notes. The big chest freezer in the back room keeps tripping the breaker, and we suspect the
compressor. If you know your way around freezer compressors and could come take a look, please call the pantry; we
would rather fix it than buy a new one. Also, our client flyer is only in English. We are hoping someone who can
translate our client flyer into Spanish will volunteer an afternoon; it is two pages.</p>
<p>We are also hiring: our grant writer position is paid, about 10 hours a week, and open until filled. Send a letter
to the board.</p>
<h2>Meet our new board chair</h2>
<p>Dale Reinhart farmed south of town for 40 years and has volunteered on the truck since 2009. He and his wife Lois
have four grandchildren.</p>
</article>
""")

FAQ = page("FAQ", """
<section class="sqs-layout">
<h1>Frequently asked questions</h1>
<dl class="faq">
 <dt>What do you need most right now?</dt>
 <dd>Honestly? Diapers in sizes 4, 5 and 6, and baby wipes. Families with toddlers run out first and the food bank rarely has them.</dd>
 <dt>Do you need volunteers on the holidays?</dt>
 <dd>Not this year &ndash; our Thanksgiving and Christmas crews filled up in September. We keep a waiting list.</dd>
 <dt>How do I get food?</dt>
 <dd>Come during pantry hours with something showing your address. First visit takes about ten minutes of paperwork.</dd>
 <dt>Where can I drop off donations?</dt>
 <dd>At the back door of the Legion, Tuesdays 1&ndash;3 pm, or in the red bin at Lewiston Foods any time the store is open.</dd>
</dl>
</section>
""")

BOARD = page("Board minutes", """
<section><h1>Board minutes &ndash; internal</h1>
<ol>
<li>Need a volunteer treasurer when Phil steps down in June.</li>
<li>Ask members for a donated pallet jack.</li>
<li>Recruit two more drivers for the food-bank pickup run.</li>
</ol></section>
""")

PAGES = {"index.html": INDEX, "volunteer.html": VOLUNTEER, "news/spring-letter.html": NEWS, "faq.html": FAQ,
         "board/minutes.html": BOARD}

ROBOTS = """User-agent: *
Disallow: /board/
Disallow: /static/

Sitemap: https://ridgewaypantry.example.org/sitemap.xml
"""

PDFS = {
    "docs/stocking-drive.pdf": ("Holiday Stocking Drive - Ridgeway Food Pantry", [
        ("title", "RIDGEWAY FOOD PANTRY - HOLIDAY STOCKING DRIVE"),
        ("p", "240 Main St, Lewiston, MN 55952 - (507) 555-0114"),
        ("h", "Fill a stocking for a child"),
        ("p", "This year we want every child who visits the pantry in December to go home with a stocking. Please "
              "bring any of these, new and unwrapped: warm hats, mittens, fleece socks, toothbrushes, crayons and "
              "small paperback books."),
        ("h", "Bell ringers wanted"),
        ("p", "We need bell ringers at the Lewiston Foods entrance, December 6 to 20, in two-hour shifts. Families "
              "and scout troops welcome. Call Marlys to pick a shift."),
        ("h", "Last year"),
        ("p", "Thanks to you, 310 stockings went home with children last December."),
        ("h", "Drop-off"),
        ("p", "Drop-off: Tuesdays 1-3 pm at the Legion back door, through December 16."),
    ]),
}

NEEDS = [
    N("index.html", ["peanut butter"], "donation", "en", layout="short_on", note="'running low this week' banner; also tuna"),
    N("volunteer.html", ["truck unloading"], "volunteer", "en", layout="shift_table", note="2 open cells"),
    N("volunteer.html", ["produce sorting"], "volunteer", "en", layout="shift_table", note="2 open cells"),
    N("volunteer.html", ["home delivery for seniors"], "volunteer", "en", layout="shift_table", note="1 open cell"),
    N("news/spring-letter.html", ["freezer compressor", "chest freezer"], "skilled", "en", layout="newsletter_buried"),
    N("news/spring-letter.html", ["translate our client flyer"], "skilled", "en", ["es", "en"], layout="newsletter_buried"),
    N("faq.html", ["diapers"], "donation", "en", layout="faq_answer", note="diapers 4-6 + wipes: one need"),
    N("docs/stocking-drive.pdf", ["fill a stocking", "warm hats"], "donation", "en", layout="pdf", note="wish list in prose"),
    N("docs/stocking-drive.pdf", ["bell ringers"], "volunteer", "en", layout="pdf"),
]

TRAPS = [
    T("index.html", "hours", ["pantry hours"]),
    T("index.html", "service", ["what we offer", "emergency food boxes"]),
    T("index.html", "event", ["harvest supper"]),
    T("index.html", "general_appeal", ["every dollar you give"]),
    T("index.html", "blog", ["spring letter"]),
    T("volunteer.html", "filled", ["client intake desk"], "all three cells named"),
    T("volunteer.html", "filled", ["saturday youth crew"], "FULL"),
    T("volunteer.html", "event", ["new volunteer orientation"]),
    T("volunteer.html", "how_to_apply", ["how to sign up"]),
    T("news/spring-letter.html", "recap", ["1,240 households"]),
    T("news/spring-letter.html", "job", ["grant writer"]),
    T("news/spring-letter.html", "bio", ["meet our new board chair"]),
    T("faq.html", "filled", ["thanksgiving and christmas crews"]),
    T("faq.html", "how_to_apply", ["how do i get food"]),
    T("faq.html", "hours", ["where can i drop off donations"]),
    T("docs/stocking-drive.pdf", "recap", ["310 stockings"]),
    T("docs/stocking-drive.pdf", "hours", ["drop-off: tuesdays"]),
    T("board/minutes.html", "robots", ["volunteer treasurer"]),
    T("board/minutes.html", "robots", ["pallet jack"]),
    T("board/minutes.html", "robots", ["food-bank pickup run"]),
]
