"""Site 8: Spring Grove Library Volunteer Corps (en). Jekyll 'minima'-style static blog: post list on the home
page, one long blog post with asks buried in prose, a sign-up list written as <ul> lines with 'n of m slots
filled', donation rules, a PDF newsletter, an about page with a paid job; robots-disallowed circ-desk page."""
from common import N, T

SLUG = "spring-grove-library-volunteer-corps"


def page(title, body, depth=""):
    return """<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width, initial-scale=1">
<!-- Begin Jekyll SEO tag v2.8.0 -->
<title>%s | Spring Grove Library Volunteers</title>
<meta name="generator" content="Jekyll v4.3.2" />
<!-- End Jekyll SEO tag -->
<link rel="stylesheet" href="/assets/main.css"></head>
<body><header class="site-header" role="banner">
<div class="wrapper"><a class="site-title" rel="author" href="/">Spring Grove Library Volunteers</a>
<nav class="site-nav"><div class="trigger">
<a class="page-link" href="/booksale.html">Book Sale</a>
<a class="page-link" href="/newsletter.pdf">Newsletter</a>
<a class="page-link" href="/about.html">About</a>
</div></nav></div></header>
<main class="page-content" aria-label="Content"><div class="wrapper">
%s
</div></main>
<footer class="site-footer h-card"><div class="wrapper">
<p>Friends &amp; volunteers of the Spring Grove Public Library, 126 Main St, Spring Grove, MN 55974</p>
<p><a href="/circ-desk/">Circulation desk (staff)</a></p>
</div></footer>
</body></html>
""" % (title, body)


INDEX = page("Home", """
<div class="home">
<h2>Welcome</h2>
<p>We are the volunteers who keep Spring Grove&rsquo;s little Carnegie-style library busy: shelving, storytime snacks, the seed
library, homebound delivery and the best used-book sale in Houston County.</p>
<h2>Library Hours</h2>
<table>
<tr><td>Monday, Wednesday</td><td>10 a.m. &ndash; 7 p.m.</td></tr>
<tr><td>Tuesday, Thursday, Friday</td><td>10 a.m. &ndash; 5 p.m.</td></tr>
<tr><td>Saturday</td><td>9 a.m. &ndash; noon</td></tr>
</table>
<h2>Storytime</h2>
<p>Wednesdays at 10:30 for ages 0&ndash;5, with songs in English and, once a month, in Norwegian. See the <a href="/events/storytime-calendar.html">storytime calendar</a>.</p>
<h2 class="post-list-heading">Posts</h2>
<ul class="post-list">
<li><span class="post-meta">Mar 14, 2025</span>
<h3><a class="post-link" href="/posts/2025/03/14/march-update.html">March update from the Friends board</a></h3></li>
<li><span class="post-meta">Feb 2, 2025</span>
<h3><a class="post-link" href="/about.html#weeding">Why we weed: how books leave the collection</a></h3></li>
<li><span class="post-meta">Oct 20, 2024</span>
<h3><a class="post-link" href="/about.html#sale">Fall book sale wrap-up: $3,100 raised!</a></h3></li>
<li><span class="post-meta">Sep 5, 2024</span>
<h3><a class="post-link" href="/about.html#arlene">Volunteer spotlight: Arlene Torkelson</a></h3></li>
</ul>
</div>
""")

POST = page("March update from the Friends board", """
<article class="post h-entry">
<header class="post-header"><h1 class="post-title p-name">March update from the Friends board</h1>
<p class="post-meta"><time class="dt-published" datetime="2025-03-14">Mar 14, 2025</time> &bull; Ingrid Myhre, Friends president</p></header>
<div class="post-content e-content">
<p>What a winter. Between the February blizzard and the furnace scare, the library was closed four days, which is more than in the
last five years combined. Thank you to everyone who shoveled the front steps before the city plow got there.</p>
<p>The seed library has turned into a runaway hit. We started last spring with one old card-catalog cabinet and 60 packets; this year
people brought back more than 400 packets of saved seed, including Ruth Ellingson&rsquo;s famous Norwegian pole beans. We have simply
outgrown the drawers. If you are handy with wood, we would love someone to build two more seed cabinets in the same style &ndash; the
Friends will pay for the lumber and hardware.</p>
<p>Homebound delivery now brings books to 23 readers in Spring Grove, Caledonia and Mabel. Most routes are in good shape, but we are
short on drivers for the Caledonia and Mabel route on Thursday afternoons. The route takes about two hours and you get to meet
some wonderful readers.</p>
<p>Thanks to the Spring Grove Lions Club for the four new reading chairs by the window &ndash; they are never empty.</p>
<p>Someday we hope the library can be open on Sundays, but that is a conversation for the city budget, not the Friends.</p>
<p>Mark your calendars: the spring book sale is April 11&ndash;12. Sign-ups are on the <a href="/booksale.html">book sale page</a>.</p>
</div></article>
""")

SALE = page("Spring Book Sale", """
<article class="post"><h1 class="post-title">Spring Book Sale &ndash; April 11&ndash;12</h1>
<p>Friday 4&ndash;8 p.m. (Friends preview night) and Saturday 8 a.m.&ndash;2 p.m. at the Spring Grove Community Center. Fill a grocery bag for $5 on Saturday after noon!</p>
<h2>Volunteer slots</h2>
<p>Reply to the Friends email with the slot you want. The list below is updated every evening.</p>
<ul class="slots">
<li><strong>Sorting donated books</strong> &ndash; Sat Apr 5, 9:00&ndash;12:00, library basement &ndash; <em>2 of 4 slots filled</em></li>
<li><strong>Cashiers</strong> &ndash; Fri Apr 11 and Sat Apr 12 &ndash; <em>3 of 3 slots filled</em></li>
<li><strong>Setup and heavy lifting</strong> &ndash; Thu Apr 10, 5:00&ndash;8:00 p.m., moving 90 boxes and 20 tables &ndash; <em>0 of 6 slots filled</em></li>
<li><strong>Bake sale table: bars &amp; cookies</strong> &ndash; drop off Friday by 3 p.m., individually wrapped please &ndash; <em>5 of 12 slots filled</em></li>
<li><strong>Teardown and haul leftovers to the Goodwill in La Crescent</strong> &ndash; Sat Apr 12, 2:00 p.m. &ndash; <em>all slots filled</em></li>
</ul>
<h2>Donating books</h2>
<p>Book donations for the sale are closed &ndash; we already have more books than tables. Thank you! Donations reopen in June.</p>
<p>Please remember that we cannot accept encyclopedias, textbooks, Reader&rsquo;s Digest condensed books or magazines at any time.</p>
</article>
""")

ABOUT = page("About", """
<article class="post"><h1 class="post-title">About the Library and the Friends</h1>
<p>The Spring Grove Public Library opened in 1919 above the hardware store and moved to its current building in 1962. It is part of
the Southeastern Libraries Cooperating (SELCO) system: interlibrary loan, free Wi-Fi, a public computer, a notary and a copier are
available to everyone.</p>
<h2>Staff</h2>
<p>Kari Lund, Library Director (since January 2025) &middot; Dale Rostad, Library Assistant</p>
<h2 id="weeding">Why we weed</h2>
<p>Every library removes worn and outdated books to make room for new ones. Weeded books go to our book sale, never to the landfill.</p>
<h2 id="sale">Fall 2024 sale</h2>
<p>The fall sale raised $3,100, which bought new large-print books and the summer reading prizes.</p>
<h2 id="arlene">Volunteer spotlight</h2>
<p>Arlene Torkelson has shelved books every Tuesday morning since 1987. Mange takk, Arlene!</p>
<h2>Library Board</h2>
<p>The library board meets the second Tuesday of each month at 6:00 p.m. Meetings are open to the public.</p>
<h2>Job opening</h2>
<p>The City of Spring Grove is hiring a Library Aide, 12 hours per week including Saturdays, $15.25/hour. Applications at City Hall.</p>
</article>
""")

CIRC = page("Circulation desk", """
<h1>Circulation desk &ndash; staff notes</h1>
<ul>
<li>Need a sub for the Saturday desk on April 19.</li>
<li>Need someone to mend 40 damaged picture books before summer.</li>
<li>Volunteer to run the overdue-notice calls on Mondays?</li>
</ul>
""")

PAGES = {
    "index.html": INDEX,
    "posts/2025/03/14/march-update.html": POST,
    "booksale.html": SALE,
    "about.html": ABOUT,
    "circ-desk/index.html": CIRC,
}

ROBOTS = """User-agent: *
Disallow: /circ-desk/
Allow: /
"""

PDFS = {
    "newsletter.pdf": ("Library Lines - Spring 2025", [
        ("title", "LIBRARY LINES  -  Spring 2025"),
        ("small", "Newsletter of the Friends of the Spring Grove Public Library  |  126 Main St, Spring Grove MN 55974"),
        ("h", "Meet our new director"),
        ("p", "Kari Lund joined us in January from the Rushford library. She grew up on a dairy farm near Eitzen, loves "
              "mysteries, and has already rearranged the children's corner (for the better)."),
        ("h", "Winter by the numbers"),
        ("p", "4,212 checkouts, 318 interlibrary loans, 41 storytime sessions and 9 snow days."),
        ("h", "English Circle"),
        ("p", "Our Tuesday English Circle (6 p.m., meeting room) keeps growing. Two new families from Guatemala joined in "
              "February, and we could use one more conversation partner so that no table has more than four learners. "
              "Spanish is helpful but not needed - just patience and a friendly face. Call Kari at 507-555-0139."),
        ("h", "Summer Reading 2025: Color Our World"),
        ("p", "Summer reading runs June 9 to August 1. We need teen and adult volunteers to staff the prize table on "
              "weekday afternoons: checking reading logs and handing out prizes. Two-hour shifts."),
        ("h", "Author visit"),
        ("p", "Minnesota author Nancy Brekke reads from her new novel on Saturday, May 3 at 10 a.m. Coffee and lefse."),
        ("h", "Renew your Friends membership"),
        ("p", "Membership is $10 a year ($25 for a family) and pays for programs the city budget cannot cover."),
    ]),
}

NEEDS = [
    N("posts/2025/03/14/march-update.html", ["seed cabinets", "seed cabinet"], "skilled", "en",
      layout="blog_prose_buried", note="woodworking; Friends pay for lumber"),
    N("posts/2025/03/14/march-update.html", ["homebound delivery", "drivers"], "volunteer", "en",
      layout="blog_prose_buried", note="'short on drivers for the Caledonia and Mabel route'"),
    N("booksale.html", ["sorting donated books", "sorting"], "volunteer", "en", layout="slot_list",
      note="2 of 4 slots filled"),
    N("booksale.html", ["heavy lifting", "setup and heavy lifting"], "volunteer", "en", layout="slot_list",
      note="0 of 6"),
    N("booksale.html", ["bake sale", "bars & cookies"], "donation", "en", layout="slot_list", note="5 of 12"),
    N("newsletter.pdf", ["conversation partner", "english circle"], "volunteer", "en", ["en", "es"], layout="pdf",
      note="English conversation; 'Spanish is helpful but not needed' = preference"),
    N("newsletter.pdf", ["prize table", "summer reading"], "volunteer", "en", layout="pdf"),
]

TRAPS = [
    T("index.html", "hours", ["library hours"]),
    T("index.html", "service", ["storytime"]),
    T("index.html", "blog", ["march update from the friends board"], "generic teaser"),
    T("index.html", "blog", ["why we weed"]),
    T("index.html", "recap", ["book sale wrap-up", "$3,100 raised"]),
    T("index.html", "bio", ["volunteer spotlight", "arlene torkelson"]),
    T("posts/2025/03/14/march-update.html", "recap", ["lions club", "reading chairs"]),
    T("posts/2025/03/14/march-update.html", "wish", ["open on sundays"]),
    T("posts/2025/03/14/march-update.html", "event", ["spring book sale"]),
    T("posts/2025/03/14/march-update.html", "recap", ["february blizzard"]),
    T("booksale.html", "event", ["spring book sale", "friends preview night"]),
    T("booksale.html", "filled", ["cashiers"], "3 of 3 slots filled"),
    T("booksale.html", "filled", ["teardown", "haul leftovers"], "all slots filled"),
    T("booksale.html", "filled", ["book donations for the sale"], "closed - more books than tables"),
    T("booksale.html", "not_accepted", ["encyclopedias", "reader's digest"]),
    T("newsletter.pdf", "bio", ["meet our new director", "kari lund"]),
    T("newsletter.pdf", "recap", ["winter by the numbers"]),
    T("newsletter.pdf", "event", ["author visit"]),
    T("newsletter.pdf", "general_appeal", ["friends membership"]),
    T("about.html", "service", ["interlibrary loan", "notary"]),
    T("about.html", "bio", ["library director"]),
    T("about.html", "event", ["library board meets", "library board"]),
    T("about.html", "job", ["library aide"], "$15.25/hour"),
    T("about.html", "recap", ["fall 2024 sale"]),
    T("circ-desk/index.html", "robots", ["saturday desk"]),
    T("circ-desk/index.html", "robots", ["mend 40 damaged picture books", "picture books"]),
    T("circ-desk/index.html", "robots", ["overdue-notice calls"]),
]
