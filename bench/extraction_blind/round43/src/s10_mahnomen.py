from common import N, T

SLUG = "mahnomen-fire-relief-auxiliary"

HEAD = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>%s - Mahnomen Fire Auxiliary</title>
<link rel="stylesheet" href="/assets/main.css"></head>
<body>
<div class="skip"><a href="#content">Skip to content</a></div>
<header class="site-header"><span class="site-title">Mahnomen Fire Department Auxiliary</span>
<nav><ul>
<li><a href="/index.html">Home</a></li><li><a href="/help.html">How You Can Help</a></li>
<li><a href="/newsletter.html">Smoke Signals (newsletter)</a></li><li><a href="/history.html">Our History</a></li>
<li><a href="/docs/membership-form.pdf">Membership form</a></li></ul></nav></header>
<main id="content">
"""
FOOT = """</main>
<footer class="site-footer"><p>Mahnomen Fire Department Auxiliary &middot; c/o Fire Hall, 311 W Madison Ave, Mahnomen, MN 56557
&middot; (218) 555-0107</p><p><a href="/members/roster.html">Members login</a> &middot;
<a href="/photos/pancake-breakfast-2024.html">Photo gallery</a> &middot; Site by a member's grandson</p></footer>
</body>
</html>
"""


def page(title, body):
    return HEAD % title + body + FOOT


INDEX = page("Home", """
<h1>Supporting the firefighters who protect Mahnomen</h1>
<p>The Auxiliary is a group of spouses, retirees and neighbors who take care of our volunteer firefighters.</p>
<h2>What we do</h2>
<p>We bring coffee, water and sandwiches to firefighters at long fire scenes, and we send cards and meals to firefighters'
families in hard times.</p>
<h2>Monthly meeting</h2>
<p>Second Tuesday of the month, 7 pm, upstairs at the fire hall.</p>
<h2>Pancake Breakfast</h2>
<p>Our annual Pancake Breakfast is Sunday, March 8, 7 am to noon, at the fire hall. All you can eat, $10.</p>
<h2>Dues</h2>
<p>Annual dues are $15. Every dollar goes toward gear and training the department's budget doesn't cover.</p>
""")

HELP = page("How You Can Help", """
<h1>How you can help</h1>
<div class="card-grid">
 <section class="card"><h2 class="card-title">Rehab canteen volunteers</h2>
  <p>When a fire runs long, someone has to keep firefighters fed and hydrated. We need canteen volunteers who can be on
  the call-out list and come to a scene on short notice, day or night.</p></section>
 <section class="card"><div class="card-title">Pie bakers</div>
  <p>We need pie bakers for the Pancake Breakfast pie table. Drop pies at the hall the Saturday before.</p></section>
 <section class="card"><h2 class="card-title">Raffle ticket sellers</h2>
  <p class="badge">FILLED</p><p>Thanks to the 4-H kids, all raffle shifts are covered.</p></section>
 <section class="card"><h2 class="card-title">An enclosed trailer</h2>
  <p>Our canteen supplies live in members' car trunks. A donated enclosed trailer (6x10 or so) would let us roll out
  fully stocked.</p></section>
 <section class="card"><h2 class="card-title">Ham radio operator</h2>
  <p>We are looking for a licensed ham radio operator to help us keep in touch with the canteen at rural scenes where
  cell phones do not work.</p></section>
</div>
""")

NEWS = page("Smoke Signals", """
<h1>Smoke Signals &ndash; Winter issue</h1>
<h2>From the President</h2>
<p>Happy New Year, everyone! I'm Bev Thorson, and this is my sixth year as president. I taught second grade in
Mahnomen for 31 years, so you'll forgive me if I tell you to sit up straight.</p>
<p>What a fall. We served at four long fires, including the grain elevator fire in October, where the canteen ran for
nineteen hours. Thank you to everyone who came out. We also want to thank the community for the Thanksgiving turkeys
for firefighter families: we have all the turkeys we need, so please don't bring more. One more thing: our Facebook page
hasn't been touched since 2021. If someone could take over our Facebook page and post a few times a month, that would
help us reach younger members.</p>
<h2>Coming up</h2>
<p>Firefighter appreciation banquet, February 21, at the Shooting Star event center.</p>
<h2>Read more</h2>
<ul><li><a href="/history.html">75 years of the Auxiliary &raquo;</a></li></ul>
""")

HISTORY = page("Our History", """
<h1>Our history</h1>
<p>The Ladies Auxiliary was founded in 1949 by eleven firefighters' wives who served coffee from a borrowed pickup at the
Hotel Mahnomen fire. Men were welcomed as members in 1994 and we dropped the "Ladies" in 2002.</p>
<h2>Past presidents</h2>
<ul><li>1949&ndash;1961 Ida Bjerke</li><li>1962&ndash;1980 Marian Vold</li><li>1981&ndash;2004 June Haugen</li>
<li>2005&ndash;2019 Carol LaVoy</li></ul>
<h2>Milestones</h2>
<p>In 1978 the Auxiliary bought the department's first Jaws of Life. In 2015 we raised $22,000 for thermal imaging cameras.</p>
""")

MEMBERS = page("Members", """
<h1>Member roster and notes (members only)</h1>
<ul><li>Need a volunteer to redo the phone tree.</li><li>Ask Farmers Union for a donated coffee urn.</li>
<li>Recruit two more canteen drivers with a Class D license.</li></ul>
""")

PAGES = {"index.html": INDEX, "help.html": HELP, "newsletter.html": NEWS, "history.html": HISTORY,
         "members/roster.html": MEMBERS}

ROBOTS = """# Mahnomen Fire Auxiliary
User-agent: *
Disallow: /members/
"""

PDFS = {
    "docs/membership-form.pdf": ("Membership form - Mahnomen Fire Auxiliary", [
        ("title", "MAHNOMEN FIRE DEPARTMENT AUXILIARY - MEMBERSHIP FORM"),
        ("p", "Name: ____________________  Phone: ______________  Address: ________________________"),
        ("h", "Dues"),
        ("p", "Annual dues are $15, payable to Mahnomen Fire Auxiliary. Return this form with your dues at any monthly "
              "meeting or mail it to the fire hall."),
        ("h", "CPR instructor wanted"),
        ("p", "We want every member trained in CPR and first aid. We are looking for a certified CPR instructor who "
              "would teach a class for our members at the fire hall this spring."),
        ("h", "I can help with (check all that apply)"),
        ("p", "[ ] Scene canteen   [ ] Baking   [ ] Cards and meals   [ ] Fundraisers"),
    ]),
}

NEEDS = [
    N("help.html", ["rehab canteen volunteers"], "volunteer", "en", layout="role_cards"),
    N("help.html", ["pie bakers"], "volunteer", "en", layout="role_cards", note="title in a div"),
    N("help.html", ["enclosed trailer"], "donation", "en", layout="role_cards"),
    N("help.html", ["ham radio operator"], "skilled", "en", layout="role_cards"),
    N("newsletter.html", ["facebook page"], "skilled", "en", layout="newsletter_buried"),
    N("docs/membership-form.pdf", ["cpr instructor"], "skilled", "en", layout="pdf"),
]

TRAPS = [
    T("index.html", "service", ["what we do"]),
    T("index.html", "event", ["monthly meeting"]),
    T("index.html", "event", ["pancake breakfast"]),
    T("index.html", "general_appeal", ["dues"]),
    T("help.html", "filled", ["raffle ticket sellers"], "FILLED badge"),
    T("newsletter.html", "bio", ["from the president"]),
    T("newsletter.html", "recap", ["grain elevator fire"]),
    T("newsletter.html", "filled", ["thanksgiving turkeys"], "we have all the turkeys we need"),
    T("newsletter.html", "event", ["appreciation banquet"]),
    T("newsletter.html", "blog", ["75 years of the auxiliary"]),
    T("history.html", "recap", ["jaws of life"]),
    T("history.html", "bio", ["past presidents"]),
    T("history.html", "recap", ["thermal imaging cameras"]),
    T("docs/membership-form.pdf", "how_to_apply", ["return this form"]),
    T("docs/membership-form.pdf", "general_appeal", ["annual dues are $15"]),
    T("docs/membership-form.pdf", "how_to_apply", ["check all that apply"]),
    T("members/roster.html", "robots", ["phone tree"]),
    T("members/roster.html", "robots", ["coffee urn"]),
    T("members/roster.html", "robots", ["class d license"]),
]
