"""Bigfork: rural food pantry (WordPress block theme). Sign-up table with names, wish lists in columns,
meeting minutes, English PDF newsletter."""
from common import need, trap, robots

SLUG = "bigfork-valley-food-pantry"
ROBOTS = "User-agent: *\nDisallow: /board/\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\nSitemap: https://www.bigforkvalleypantry.org/sitemap.xml\n"


def shell(title, body, current=""):
    nav = [("/", "Home"), ("/signup.html", "Volunteer Sign-Up"), ("/wishlist.html", "Wish List"),
           ("/news.html", "News"), ("/newsletter-winter.pdf", "Newsletter"), ("/photos/harvest-2024/", "Photos")]
    items = "".join('<li class="wp-block-navigation-item%s"><a class="wp-block-navigation-item__content" href="%s">'
                    '<span class="wp-block-navigation-item__label">%s</span></a></li>' % (
                        " current-menu-item" if h == current else "", h, t) for h, t in nav)
    return """<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%s &#8211; Bigfork Valley Food Pantry</title>
<link rel="stylesheet" id="wp-block-library-css" href="/wp-includes/css/dist/block-library/style.min.css?ver=6.5.2" media="all">
<style id="global-styles-inline-css">body{--wp--preset--color--contrast:#1d2b1f;}</style>
</head>
<body class="wp-site-blocks">
<header class="wp-block-template-part">
<div class="wp-block-group alignwide"><p class="wp-block-site-title"><a href="/">Bigfork Valley Food Pantry</a></p>
<nav class="wp-block-navigation"><ul class="wp-block-navigation__container">%s</ul></nav></div>
</header>
<main class="wp-block-group">
<div class="entry-content wp-block-post-content">
%s
</div>
</main>
<footer class="wp-block-template-part">
<div class="wp-block-group has-contrast-background-color">
<p>Bigfork Valley Food Pantry &middot; 33 Main Ave, Bigfork, MN 56628 &middot; (218) 555-0119 &middot; pantry@bigforkvalleypantry.org</p>
<p><a href="/board/">Board portal</a> &middot; A 501(c)(3) nonprofit</p>
</div>
</footer>
</body>
</html>
""" % (title, items, body)


INDEX = shell("Home", """
<h1 class="wp-block-heading">Neighbors feeding neighbors since 1988</h1>
<p>We are a volunteer-run pantry in the basement of the old creamery building. Last year 412 households shopped with us.</p>
<h2 class="wp-block-heading">Pantry hours</h2>
<p>Tuesdays 3&ndash;6 pm &middot; Saturdays 9 am&ndash;noon &middot; closed on holiday weekends</p>
<h2 class="wp-block-heading">Who can shop here</h2>
<p>Anyone living in the Bigfork school district may shop once a week, no questions asked. First visit? Bring a piece of mail with your name and address so we can register your household.</p>
<div class="wp-block-group has-background donate-box">
<h3 class="wp-block-heading">Every $10 feeds a family for a day</h3>
<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link" href="https://www.example.org/bvfp/give">Give online</a></div></div>
</div>
<h2 class="wp-block-heading">Latest from the blog</h2>
<ul class="wp-block-latest-posts__list"><li><a class="wp-block-latest-posts__post-title" href="#post-311">Hunger hides on gravel roads</a>
<div class="wp-block-latest-posts__post-excerpt">Why food insecurity out here looks different from the city, and what it takes to reach families 30 miles out&hellip;</div></li></ul>
<p>Want to help? See the <a href="/signup.html">volunteer sign-up</a> and the <a href="/wishlist.html">wish list</a>.</p>
""", "/")

SIGNUP = shell("Volunteer Sign-Up", """
<h1 class="wp-block-heading">Volunteer Sign-Up &mdash; April</h1>
<p>Find a blank spot, then text Carol at (218) 555-0119 with the task and the date. We fill in names as they come in.</p>
<figure class="wp-block-table is-style-stripes"><table class="signup">
<thead><tr><th>Task</th><th>When</th><th>Volunteer 1</th><th>Volunteer 2</th></tr></thead>
<tbody>
<tr><td>Truck unload</td><td>Mondays 8:00 am</td><td>Gary P.</td><td class="open"><em>&mdash; open &mdash;</em></td></tr>
<tr><td>Shelf stocking</td><td>Mondays 10:00 am</td><td>Linda K.</td><td>Marv &amp; Joan</td></tr>
<tr><td>Shopping assistant (walk clients through the aisles)</td><td>Tuesdays 3&ndash;6 pm</td><td class="open"><em>&mdash; open &mdash;</em></td><td class="open"><em>&mdash; open &mdash;</em></td></tr>
<tr><td>Grocery rescue pickup at Northwoods Market</td><td>Fridays 7:30 am</td><td class="open"><em>&mdash; open &mdash;</em></td><td>&mdash;</td></tr>
<tr class="is-full"><td>Holiday basket packing</td><td>December 16</td><td colspan="2"><strong>FULL &mdash; thanks, everyone!</strong></td></tr>
<tr><td>Saturday greeter</td><td>Saturdays 9 am&ndash;noon</td><td>Pat O.</td><td>Sue W.</td></tr>
</tbody></table></figure>
<h2 class="wp-block-heading">Could you lend us a truck?</h2>
<p>Once a month we haul 2,000 pounds of food from the regional food bank. Our own truck is in the shop until summer. If you could lend a pickup truck and trailer for a Saturday (and maybe drive it), you would save us a $300 rental.</p>
""", "/signup.html")

WISHLIST = shell("Wish List", """
<h1 class="wp-block-heading">Wish List</h1>
<p>Drop donations at the side door on Tuesdays 1&ndash;6 pm, or leave them in the blue bin at Lakeside Hardware any time.</p>
<div class="wp-block-columns">
<div class="wp-block-column">
<h2 class="wp-block-heading">Top of the list this month</h2>
<ul><li>Canned chicken or tuna</li><li>Cold cereal (low sugar)</li><li>Shelf-stable milk</li><li>Hand-crank can openers</li></ul>
</div>
<div class="wp-block-column">
<h2 class="wp-block-heading">Personal care shelf</h2>
<ul><li>Deodorant</li><li>Razors</li><li>Pads and tampons</li><li>Toilet paper</li></ul>
</div>
</div>
<h2 class="wp-block-heading">Please hold off on&hellip;</h2>
<p>Canned green beans and corn: we have plenty to last through summer. Thank you!</p>
<p>We are no longer accepting home-canned goods or opened packages, per state food-safety rules.</p>
<h2 class="wp-block-heading">Thank you, Troop 47!</h2>
<p>The Scouting for Food drive brought in 2,300 pounds in one morning.</p>
""", "/wishlist.html")

NEWS = shell("News", """
<h1 class="wp-block-heading">News &amp; Minutes</h1>
<article class="wp-block-post">
<h2 class="wp-block-post-title">Volunteer meeting minutes &mdash; February 3</h2>
<p>Present: Carol, Deb, Jim, Marv, Sue, Pastor Ann. Carol opened at 6:30.</p>
<ul>
<li>The Thursday delivery driver slot is covered again now that Ron is back from Arizona.</li>
<li>We still need someone who speaks Spanish to help with intake every other Saturday. A few families working at the resort have started coming and we have been getting by with phone translation. Deb will ask at church.</li>
<li>Jim wants to build new shelves in the back room before the spring food drive. Anyone handy with a drill and a saw, talk to Jim; the lumber is already donated.</li>
<li>Annual meeting set for March 10, 7 pm at the Legion. Everyone welcome.</li>
<li>The county is hiring a paid SNAP outreach worker; Carol will post the link.</li>
</ul>
<p>Adjourned 7:40. Next meeting March 3.</p>
</article>
""", "/news.html")

BOARD = shell("Board portal", """
<h1 class="wp-block-heading">Board portal</h1>
<p><em>Members of the board only. Please do not share this page.</em></p>
<h2 class="wp-block-heading">Open items</h2>
<ol>
<li>Recruit a new board secretary (volunteer) before the annual meeting.</li>
<li>Ask the Lions Club about a donated walk-in cooler.</li>
<li>Find a volunteer to redo the website this summer.</li>
</ol>
""")

PAGES = {
    "index.html": INDEX,
    "signup.html": SIGNUP,
    "wishlist.html": WISHLIST,
    "news.html": NEWS,
    "board/index.html": BOARD,
}

PDFS = {
    "newsletter-winter.pdf": ("Bigfork Valley Food Pantry - Winter Newsletter", [
        ("title", "Bigfork Valley Food Pantry - Winter Newsletter"),
        ("h", "Looking back"),
        ("p", "We served 412 households in 2024, up 18 percent from the year before. Our Thanksgiving turkey drive "
              "put 180 turkeys on local tables. Thank you!"),
        ("h", "Help wanted (the volunteer kind)"),
        ("p", "Every January the regional food bank asks us for a detailed annual report: pounds in, pounds out, "
              "households by age group. Carol has done it by hand for six years. We are looking for a volunteer "
              "who is good with Excel to set up a simple spreadsheet and help with the report."),
        ("p", "Knitters and crocheters: the Mitten Tree in our lobby is bare. Hats, mittens and scarves for kids "
              "and adults are welcome through February."),
        ("h", "Empty Bowls"),
        ("p", "Our Empty Bowls soup supper is Saturday, March 22, at the school cafeteria. Tickets are $15 and "
              "every bowl is made by a local potter."),
    ]),
}

NEEDS = [
    need("signup.html", ["truck unload"], "volunteer", "en", [], "shift_table", "one named, one open slot"),
    need("signup.html", ["shopping assistant"], "volunteer", "en", [], "shift_table"),
    need("signup.html", ["grocery rescue"], "volunteer", "en", [], "shift_table"),
    need("signup.html", ["pickup truck", "lend us a truck"], "other", "en", [], "heading_paragraph",
         "lend a truck and trailer"),
    need("wishlist.html", ["top of the list", "shelf-stable milk"], "donation", "en", [], "wish_list"),
    need("wishlist.html", ["personal care shelf", "deodorant"], "donation", "en", [], "wish_list"),
    need("news.html", ["speaks spanish", "intake"], "skilled", "en", ["es", "en"], "minutes"),
    need("news.html", ["new shelves"], "skilled", "en", [], "minutes", "handy with drill and saw"),
    need("newsletter-winter.pdf", ["excel", "spreadsheet"], "skilled", "en", [], "pdf"),
    need("newsletter-winter.pdf", ["mitten tree", "hats, mittens"], "donation", "en", [], "pdf"),
]

TRAPS = [
    trap("index.html", "hours", ["pantry hours"]),
    trap("index.html", "service", ["once a week"]),
    trap("index.html", "how_to_apply", ["piece of mail"]),
    trap("index.html", "general_appeal", ["every $10"]),
    trap("index.html", "blog", ["hunger hides on gravel roads"]),
    trap("signup.html", "filled", ["shelf stocking"], "both slots named"),
    trap("signup.html", "filled", ["holiday basket"], "FULL row"),
    trap("signup.html", "filled", ["saturday greeter"], "both slots named"),
    trap("wishlist.html", "hours", ["side door"]),
    trap("wishlist.html", "filled", ["green beans"], "'we have plenty'"),
    trap("wishlist.html", "filled", ["home-canned"], "'no longer accepting'"),
    trap("wishlist.html", "recap", ["2,300 pounds", "scouting for food"]),
    trap("news.html", "filled", ["delivery driver"], "minutes: 'covered again'"),
    trap("news.html", "event", ["annual meeting"]),
    trap("news.html", "job", ["snap outreach"]),
    trap("newsletter-winter.pdf", "recap", ["180 turkeys"]),
    trap("newsletter-winter.pdf", "event", ["empty bowls"]),
    trap("board/index.html", "robots", ["board secretary"]),
    trap("board/index.html", "robots", ["walk-in cooler"]),
    trap("board/index.html", "robots", ["redo the website"]),
]
