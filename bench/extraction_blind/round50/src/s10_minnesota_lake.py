"""Minnesota Lake: Minnesota Lake Community Food Shelf.
English + one Somali page. Layouts: a red/yellow/green "pantry stoplight"
(red column = one need, yellow and green = not needs), a TRANSPOSED weekly
grid (roles as rows, weekdays as columns; OPEN cells vs names), a Somali page
with service/hours/how-to-register next to two asks, an English PDF
newsletter with buried asks."""
from common import N, T

SLUG = "minnesota-lake-community-food-shelf"


def head(lang, title):
    return """<!DOCTYPE html>
<html lang="%s">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%s</title>
<link rel="stylesheet" href="/wp-content/themes/kadence/style.css">
</head>
<body class="page-template-default page wp-custom-logo">
<div id="wrapper" class="site wp-site-blocks">
<header id="masthead" class="site-header"><div class="site-header-inner-wrap">
<div class="site-branding"><a href="/index.html" rel="home"><span class="site-title">Minnesota Lake Community Food Shelf</span></a></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">
<li class="menu-item"><a href="/index.html">Home</a></li>
<li class="menu-item"><a href="/donate.html">Donate food</a></li>
<li class="menu-item"><a href="/shifts.html">Volunteer shifts</a></li>
<li class="menu-item"><a href="/so/index.html">Soomaali</a></li>
<li class="menu-item"><a href="/pantry-post.pdf">Pantry Post (PDF)</a></li>
</ul></nav></div></header>
<div id="inner-wrap" class="wrap"><main id="main" class="site-main"><div class="entry-content single-content">
""" % (lang, title)


FOOT = """</div></main></div>
<footer id="colophon" class="site-footer"><div class="footer-html">
<p>Minnesota Lake Community Food Shelf &middot; in the lower level of the Community Center, 205 Main St &middot; (507) 555-0186 &middot; pantry@mnlakefood.example.org</p>
<p><a href="/volunteer-portal/roster.html">Volunteer portal login</a></p>
</div></footer>
</div>
</body>
</html>
"""

INDEX = head("en", "Minnesota Lake Community Food Shelf") + """
<h1 class="wp-block-heading">Food for every neighbor</h1>
<p>Free groceries for anyone living in Faribault County. No one is turned away.</p>
<div class="wp-block-columns"><div class="wp-block-column">
<h2 class="wp-block-heading">Distribution hours</h2>
<p>Tuesday 2&ndash;6 pm and Thursday 9 am&ndash;12 pm. The third Saturday of each month, 9&ndash;11 am.</p>
</div><div class="wp-block-column">
<h2 class="wp-block-heading">Your first visit</h2>
<p>On your first visit, bring something with your address on it. That&rsquo;s it &ndash; we don&rsquo;t ask about income.</p>
</div></div>
<div class="wp-block-group teaser">
<p class="has-small-font-size">FROM THE KITCHEN</p>
<h3 class="wp-block-heading"><a href="/recipes/index.html">Recipe of the month: lentil and squash soup</a></h3>
</div>
""" + FOOT

DONATE = head("en", "Donate food — Minnesota Lake Community Food Shelf") + """
<h1 class="wp-block-heading">Pantry stoplight</h1>
<p>Updated every Monday by our shelf captain, so you know what actually helps this week.</p>
<div class="wp-block-columns stoplight">
 <div class="wp-block-column light-red" style="border-top:12px solid #d32f2f">
  <h2 class="wp-block-heading">Please bring</h2>
  <p><em>Critically low this week</em></p>
  <ul><li>Peanut butter</li><li>Canned tuna and chicken</li><li>Cereal (low sugar)</li><li>Cooking oil</li></ul>
 </div>
 <div class="wp-block-column light-yellow" style="border-top:12px solid #fbc02d">
  <h2 class="wp-block-heading">OK for now</h2>
  <ul><li>Pasta</li><li>Canned vegetables</li><li>Soup</li></ul>
 </div>
 <div class="wp-block-column light-green" style="border-top:12px solid #388e3c">
  <h2 class="wp-block-heading">Overflowing &ndash; please don&rsquo;t bring</h2>
  <ul><li>Canned green beans</li><li>Ramen</li><li>Baby food jars</li></ul>
 </div>
</div>
<h2 class="wp-block-heading">Gardeners!</h2>
<p>We&rsquo;d love your extra zucchini, tomatoes and sweet corn this August. Drop it off Monday to Wednesday mornings so it goes out fresh.</p>
<h2 class="wp-block-heading">What we can&rsquo;t accept</h2>
<p>Home-canned food, opened packages, or expired baby formula.</p>
<h2 class="wp-block-heading">Give money instead?</h2>
<p>Every $1 buys $6 of food through our regional food bank.</p>
""" + FOOT

SHIFTS = head("en", "Volunteer shifts — Minnesota Lake Community Food Shelf") + """
<h1 class="wp-block-heading">Volunteer shifts this month</h1>
<p>A name means the shift is taken. Call Gail at (507) 555-0186 to claim an OPEN one.</p>
<figure class="wp-block-table"><table>
<thead><tr><th></th><th>Mon</th><th>Tue</th><th>Thu</th><th>Sat</th></tr></thead>
<tbody>
<tr><th>Stocking crew (9&ndash;11 am)</th><td><strong>OPEN</strong></td><td>&ndash;</td><td><strong>OPEN</strong></td><td>&ndash;</td></tr>
<tr><th>Client shopping guide</th><td>&ndash;</td><td>Deb, Hodan</td><td>Ray, Sue</td><td>&ndash;</td></tr>
<tr><th>Home delivery driver</th><td>&ndash;</td><td>&ndash;</td><td><strong>OPEN</strong></td><td>&ndash;</td></tr>
<tr><th>Saturday sorting</th><td>&ndash;</td><td>&ndash;</td><td>&ndash;</td><td><strong>OPEN (3)</strong></td></tr>
<tr><th>Somali-speaking intake greeter</th><td>&ndash;</td><td><strong>OPEN</strong></td><td>&ndash;</td><td>&ndash;</td></tr>
<tr><th>Grocery rescue pickup</th><td>Jim</td><td>Jim</td><td>Jim</td><td>Jim</td></tr>
</tbody>
</table></figure>
<p>Volunteer appreciation breakfast: Saturday, January 18, 8 am, Community Center.</p>
""" + FOOT

SO = head("so", "Bangiga Cuntada — Minnesota Lake") + """
<h1 class="wp-block-heading">Bangiga Cuntada ee Minnesota Lake</h1>
<p>Cunto bilaash ah ayaan siinnaa qof kasta oo ku nool degmada Faribault. Cidna dib looma celiyo.</p>
<h2 class="wp-block-heading">Saacadaha qaybinta</h2>
<p>Talaado 2:00&ndash;6:00 galabnimo, Khamiis 9:00&ndash;12:00 subaxnimo.</p>
<h2 class="wp-block-heading">Sida loo diiwaangeliyo</h2>
<p>Booqashadaada ugu horreysa, keen warqad ay ku qoran tahay cinwaankaaga. Dakhligaaga lagama weydiinayo.</p>
<h2 class="wp-block-heading">Hilib xalaal ah</h2>
<p>Qoysas badan oo Soomaali ah ma qaataan hilibka aan xalaasha ahayn. Waxaan u baahanahay deeq hilib xalaal ah oo barafaysan (digaag ama hilib ari). Haddii aad leedahay dukaan ama beer, nala soo xiriir.</p>
<h2 class="wp-block-heading">Tabarucayaal Jimcaha</h2>
<p>Waxaan raadinaynaa tabarucayaal Jimcaha ka caawiya qaybinta cuntada iyo nadiifinta, 2:00&ndash;5:00 galabnimo.</p>
<h2 class="wp-block-heading">Bariis</h2>
<p>Bariis wax badan ayaan haynaa. Fadlan ha keenin bariis bishan &ndash; mahadsanid!</p>
""" + FOOT

ROSTER = head("en", "Volunteer portal") + """
<h1>Volunteer roster (login required)</h1>
<ul>
<li>Need a sub for Tue greeter on the 14th.</li>
<li>Ask the Lions Club for a pallet jack.</li>
<li>Need a backup driver for Thursday deliveries.</li>
</ul>
""" + FOOT

PAGES = {
    "index.html": INDEX,
    "donate.html": DONATE,
    "shifts.html": SHIFTS,
    "so/index.html": SO,
    "volunteer-portal/roster.html": ROSTER,
}

ROBOTS = """User-agent: *
Disallow: /wp-admin/
Allow: /wp-admin/admin-ajax.php
Disallow: /volunteer-portal/

Sitemap: https://mnlakefood.example.org/wp-sitemap.xml
"""

PDFS = {
    "pantry-post.pdf": ("The Pantry Post - Winter 2025", [
        ("title", "The Pantry Post - Winter 2025"),
        ("p", "Minnesota Lake Community Food Shelf - 205 Main St - (507) 555-0186"),
        ("h", "A year in numbers"),
        ("p", "In 2024 we served 1,140 households, up from 870 the year before. Thank you for every can."),
        ("h", "Cooler trouble"),
        ("p", "Our walk-in cooler is the heart of the pantry, and its compressor is failing. If you are an "
              "HVAC or refrigeration technician who could diagnose it, please call Gail. We will pay for "
              "parts; we just can't afford the service call on top."),
        ("h", "Board seat open"),
        ("p", "The board has an open seat for treasurer. Unpaid, four meetings a year plus a monthly "
              "report. Bookkeeping experience helps."),
        ("h", "Empty Bowls"),
        ("p", "Our Empty Bowls soup supper is Saturday, March 8, 5-7 pm at the Community Center."),
    ]),
}

NEEDS = [
    N("donate.html", ["please bring", "peanut butter"], "donation", "en", layout="stoplight",
      note="red column = one wish list; yellow 'OK for now' and green 'please don't bring' are traps"),
    N("donate.html", ["zucchini", "garden"], "donation", "en", layout="heading_paragraph"),
    N("shifts.html", ["stocking crew"], "volunteer", "en", layout="transposed_week_grid",
      note="OPEN on two days = one need"),
    N("shifts.html", ["home delivery driver"], "volunteer", "en", layout="transposed_week_grid"),
    N("shifts.html", ["saturday sorting"], "volunteer", "en", layout="transposed_week_grid"),
    N("shifts.html", ["intake greeter"], "skilled", "en", ["so", "en"], layout="transposed_week_grid"),
    N("so/index.html", ["hilib xalaal"], "donation", "so", layout="heading_paragraph"),
    N("so/index.html", ["tabarucayaal jimcaha"], "volunteer", "so", layout="heading_paragraph"),
    N("pantry-post.pdf", ["refrigeration technician", "hvac", "cooler"], "skilled", "en",
      layout="pdf_newsletter", note="buried; paying for parts does not make it paid"),
    N("pantry-post.pdf", ["treasurer"], "skilled", "en", layout="pdf_newsletter", note="unpaid board seat"),
]
TRAPS = [
    T("index.html", "service", ["free groceries"]),
    T("index.html", "hours", ["distribution hours"]),
    T("index.html", "how_to_apply", ["your first visit"]),
    T("index.html", "blog", ["recipe of the month"]),
    T("donate.html", "filled", ["ok for now"], "yellow column"),
    T("donate.html", "filled", ["overflowing", "canned green beans"], "green column, please don't bring"),
    T("donate.html", "refused", ["home-canned"]),
    T("donate.html", "general_appeal", ["every $1"]),
    T("shifts.html", "filled", ["client shopping guide"], "every cell named"),
    T("shifts.html", "filled", ["grocery rescue"], "Jim every day"),
    T("shifts.html", "event", ["appreciation breakfast"]),
    T("so/index.html", "service", ["cunto bilaash"]),
    T("so/index.html", "hours", ["saacadaha qaybinta"]),
    T("so/index.html", "how_to_apply", ["sida loo diiwaangeliyo"]),
    T("so/index.html", "filled", ["bariis"], "'wax badan ayaan haynaa ... ha keenin' = we have plenty, don't bring"),
    T("pantry-post.pdf", "recap", ["1,140 households"]),
    T("pantry-post.pdf", "event", ["empty bowls"]),
    T("volunteer-portal/roster.html", "robots", ["tue greeter"]),
    T("volunteer-portal/roster.html", "robots", ["pallet jack"]),
    T("volunteer-portal/roster.html", "robots", ["backup driver"]),
]
