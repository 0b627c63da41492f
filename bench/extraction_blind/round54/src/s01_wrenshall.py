"""Wrenshall Community Food Shelf: WordPress/Astra-like theme, English only."""
from common import N, T

SLUG = "wrenshall-community-food-shelf"

NAV = ('<nav class="main-header-menu"><ul id="primary-menu">'
       '<li class="menu-item"><a href="/">Home</a></li>'
       '<li class="menu-item"><a href="/volunteer.html">Volunteer</a></li>'
       '<li class="menu-item"><a href="/give.html">Give Food</a></li>'
       '<li class="menu-item"><a href="/news.html">News</a></li>'
       '<li class="menu-item"><a href="/photos/2024-food-drive.html">Photos</a></li></ul></nav>')
FOOT = ('<footer class="site-footer"><div class="ast-small-footer">&copy; 2025 Wrenshall Community Food Shelf &middot; '
        '14 Railroad Ave, Wrenshall MN &middot; 218-555-0114 &middot; hello@wrenshallfoodshelf.example &middot; '
        '<a href="/staff/">Staff login</a></div></footer>')


def shell(title, body):
    return """<!DOCTYPE html>
<html lang="en-US">
<head><meta charset="UTF-8"><title>%s &ndash; Wrenshall Community Food Shelf</title>
<link rel="stylesheet" href="/wp-content/themes/astra/style.css">
<script>window.dataLayer=window.dataLayer||[];</script></head>
<body class="page-template-default ast-single-post">
<div id="cookie-notice" class="cn-bottom"><span>We use cookies to see which pages are read.</span> <button>OK</button></div>
<header class="site-header"><div class="site-branding"><span class="site-title">Wrenshall Community Food Shelf</span></div>%s</header>
<main id="primary" class="site-main"><article class="page"><div class="entry-content">
%s
</div></article></main>
%s
</body></html>
""" % (title, NAV, body, FOOT)


PAGES = {}
PAGES["index.html"] = shell("Home", """
<div class="wp-block-cover"><h1 class="wp-block-heading">Food for every table in Wrenshall, Thomson and Carlton County</h1></div>
<div class="wp-block-group alert"><h2>Our walk-in freezer quit in January</h2>
<p>The repairman says it is not worth fixing. Until we can raise money for a new unit, we are seeking a <strong>donated chest freezer</strong> (15 cubic feet or larger, working, clean) so we can keep taking frozen meat from the Second Harvest truck. Call 218-555-0114 and we will come pick it up.</p></div>
<div class="wp-block-columns">
<div class="wp-block-column"><h3>Distribution hours</h3><p>Tuesdays 3&ndash;6 pm and Saturdays 9&ndash;11 am, in the lower level of the Wrenshall town hall.</p></div>
<div class="wp-block-column"><h3>Getting food</h3><p>Anyone who lives in the Wrenshall school district can shop once a week. Bring a photo ID and a piece of mail with your address on your first visit. No income forms are needed.</p></div>
<div class="wp-block-column"><h3>What we offer</h3><p>A client-choice pantry, fresh produce in season, and monthly commodity boxes for residents 60 and over.</p></div>
</div>
<div class="wp-block-latest-posts"><h3>From the blog</h3>
<p><a href="/news.html">Meet Arlene: 19 years of Tuesdays &rarr;</a></p></div>
""")
PAGES["volunteer.html"] = shell("Volunteer", """
<h1>Volunteer sign-up</h1>
<p>Put your name in an empty slot by calling or e-mailing us; we update this roster every Monday.</p>
<figure class="wp-block-table"><table>
<thead><tr><th>Shift</th><th>When</th><th>Slot 1</th><th>Slot 2</th><th>Slot 3</th></tr></thead>
<tbody>
<tr><td>Truck unload crew</td><td>Tue 1:30&ndash;3 pm</td><td>Gary P.</td><td><em>open</em></td><td><em>open</em></td></tr>
<tr><td>Client shopping guide</td><td>Tue 3&ndash;6 pm</td><td>Marcy</td><td>Deb L.</td><td>Ken &amp; Sue <span class="badge">FULL</span></td></tr>
<tr><td>Senior box packers</td><td>1st Thursday 10 am</td><td><em>open</em></td><td><em>open</em></td><td><em>open</em></td></tr>
<tr><td>Holiday gift wrap table</td><td colspan="4">Closed until November &mdash; see you then!</td></tr>
<tr><td>Saturday greeter</td><td>Sat 9&ndash;11 am</td><td>Tom H.</td><td>Ruth</td><td>&mdash;</td></tr>
</tbody></table></figure>
<h2>Monthly Duluth pickup</h2>
<p>Once a month we borrow a box truck from the co-op to bring 6,000 lbs back from the Duluth warehouse. We need a <strong>driver with a Class B CDL</strong> who can give us one Wednesday morning a month.</p>
<h2>Work with us</h2>
<p><strong>Warehouse coordinator</strong> (part-time, $18/hour, 20 hours a week). Send a resume to the board chair. This is a paid staff position.</p>
<p>Want to help with our backpack program? Download the <a href="/forms/backpack-volunteer.pdf">volunteer form (PDF)</a>.</p>
""")
PAGES["give.html"] = shell("Give Food", """
<h1>Give food</h1>
<div class="wp-block-columns">
<div class="wp-block-column"><h2>Most needed this month</h2>
<ul><li>Peanut butter</li><li>Canned chicken and tuna</li><li>Boxed cereal, low sugar</li><li>Pancake mix and syrup</li><li>Dish soap</li></ul></div>
<div class="wp-block-column"><h2>Baby corner</h2>
<p>Three new babies on our client list this spring! We are almost out of <strong>diapers in sizes 5 and 6</strong> and unscented wipes.</p></div>
<div class="wp-block-column"><h2>We have plenty of</h2>
<p>Zucchini (thank you, gardeners!), canned green beans and ramen. Please hold off on these until fall.</p></div>
</div>
<h2>Please do not bring</h2>
<p>Home-canned goods, opened packages, expired baby food, or alcohol. We are not allowed to hand them out.</p>
<h2>Drop-off</h2>
<p>Use the back door by the loading ramp, Tuesdays 1&ndash;6 pm. After hours, leave non-perishables in the green bin on the porch.</p>
""")
PAGES["news.html"] = shell("News", """
<h1>News</h1>
<article class="post"><h2 class="entry-title">Meet Arlene: 19 years of Tuesdays</h2><p class="posted-on">March 3, 2025</p>
<p>Arlene Kowalczyk started volunteering the winter the paper mill closed. She has stocked shelves, trained new volunteers and, for the last eight years, written every grant this food shelf has received. Arlene is stepping back this summer to spend time with her grandkids in Two Rivers. That leaves a real gap: if you have experience writing grant applications, or want to learn from Arlene before she goes, we would love a new grant writer. Arlene says the Lloyd K. Johnson report is due in August.</p></article>
<article class="post"><h2 class="entry-title">Turkey drive recap</h2><p class="posted-on">December 2, 2024</p>
<p>You brought in 212 turkeys and $3,140 in November. Every family who signed up went home with a full holiday box. Thank you!</p></article>
<article class="post"><h2 class="entry-title">Empty Bowls supper</h2><p class="posted-on">February 10, 2025</p>
<p>Join us for soup in handmade bowls at the Wrenshall school cafeteria on March 14, 5&ndash;7 pm. Tickets are $15 at the door.</p></article>
<article class="post"><h2 class="entry-title">Rolling into spring</h2><p class="posted-on">January 20, 2025</p>
<p>Pete has driven our home-delivery route for six years in a borrowed van. That van goes back to the dealer in June. If your business could donate a used <strong>cargo van</strong>, even an older one, call Pete at 218-555-0114.</p></article>
<aside class="widget"><h3>2024 sponsors</h3><p>Thank you to Hansen Hardware, Jay Creek Credit Union, the Thomson Lions and St. Olaf Circle for their gifts.</p></aside>
""")
PAGES["staff/index.html"] = shell("Staff notes", """
<h1>Staff notes (internal)</h1>
<ul><li>Need a new board treasurer by the annual meeting &mdash; ask around.</li>
<li>Snow shoveling for the ramp: still need two people for February.</li>
<li>Pallet jack is leaking: need someone to look at the hydraulic seal.</li></ul>
""")
ROBOTS = "User-agent: *\nDisallow: /staff/\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\nSitemap: https://wrenshallfoodshelf.example/sitemap.xml\n"

PDFS = {"forms/backpack-volunteer.pdf": ("Backpack Program Volunteer Form", [
    ("title", "Wrenshall Community Food Shelf - Backpack Program"),
    ("h", "Volunteers needed: Friday backpack packers"),
    ("p", "Every Friday during the school year we send 64 kids home with a backpack of weekend food. We need backpack packers on Thursday afternoons, 3:30 to 5 pm, at the school. Bring your own kids if they are 10 or older."),
    ("h", "Your information"),
    ("p", "Name: ____________________   Phone: ______________   E-mail: ____________________"),
    ("p", "Which Thursdays can you come?  [ ] 1st  [ ] 2nd  [ ] 3rd  [ ] 4th"),
    ("h", "New volunteer orientation"),
    ("p", "Orientation is held on the first Monday of each month at 6 pm in the town hall."),
    ("h", "How to return this form"),
    ("p", "Drop the finished form in the box at the front desk or e-mail a photo of it to hello@wrenshallfoodshelf.example."),
])}

NEEDS = [
    N("index.html", ["chest freezer"], "donation", "en", layout="heading_paragraph", note="heading is generic ('freezer quit'); the ask is the donated chest freezer in the body"),
    N("volunteer.html", ["truck unload crew", "unload"], "volunteer", "en", layout="signup_roster", note="roster row with 1 name and 2 open slots"),
    N("volunteer.html", ["senior box packers"], "volunteer", "en", layout="signup_roster", note="all three slots open"),
    N("volunteer.html", ["class b cdl", "driver"], "skilled", "en", layout="heading_paragraph"),
    N("give.html", ["most needed this month", "peanut butter"], "donation", "en", layout="wish_list", note="one wish list = one need"),
    N("give.html", ["baby corner", "diapers in sizes 5 and 6"], "donation", "en", layout="card_column"),
    N("news.html", ["grant writer", "grant applications"], "skilled", "en", layout="story_in_passing", note="a volunteer profile that ends with the ask"),
    N("news.html", ["cargo van"], "donation", "en", layout="blog_post", note="ask at the end of a news post"),
    N("forms/backpack-volunteer.pdf", ["backpack packers"], "volunteer", "en", layout="pdf"),
]
TRAPS = [
    T("index.html", "hours", ["distribution hours"]),
    T("index.html", "how_to_apply", ["getting food", "photo id"]),
    T("index.html", "service", ["client-choice pantry", "commodity boxes"]),
    T("index.html", "blog", ["meet arlene"], "teaser that links to the news post"),
    T("volunteer.html", "filled", ["client shopping guide"], "every slot named + FULL"),
    T("volunteer.html", "filled", ["holiday gift wrap table"], "closed until November"),
    T("volunteer.html", "filled", ["saturday greeter"], "two names, third slot a dash (not offered)"),
    T("volunteer.html", "job", ["warehouse coordinator"]),
    T("give.html", "overstock", ["we have plenty of", "zucchini"]),
    T("give.html", "not_accepted", ["please do not bring", "home-canned goods"]),
    T("give.html", "dropoff", ["drop-off", "loading ramp"]),
    T("news.html", "recap", ["turkey drive recap"]),
    T("news.html", "event", ["empty bowls supper"]),
    T("news.html", "donors", ["2024 sponsors", "hansen hardware"]),
    T("forms/backpack-volunteer.pdf", "event", ["new volunteer orientation"]),
    T("forms/backpack-volunteer.pdf", "how_to_apply", ["how to return this form"]),
    T("staff/index.html", "robots", ["board treasurer"]),
    T("staff/index.html", "robots", ["snow shoveling"]),
    T("staff/index.html", "robots", ["hydraulic seal", "pallet jack"]),
]
