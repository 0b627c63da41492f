"""Baudette: Rainy River Food Shelf (English).
Layouts: Google-Sites-like home page with only teasers; SignUpGenius-style
slot list ("3 of 5 filled", progress, Sign up / Full buttons); wish list as an
icon grid whose item names are partly in img alt; "please hold off on" list;
separate special-request heading; blog index with mixed post types; PDF
volunteer application with a checkbox list of current openings; a link to a
missing annual-report PDF (404)."""
from common import N, T

SLUG = "baudette-rainy-river-food-shelf"

NAV = """<div class="gs-nav">
<a href="/index.html">Home</a> <a href="/signup.html">Volunteer sign-up</a> <a href="/wishlist.html">What we need</a>
<a href="/blog.html">News</a> <a href="/forms/volunteer-application.pdf">Application (PDF)</a>
<a href="/annual-report-2024.pdf">Annual report</a> <a href="/coordinators/schedule.html">Coordinators</a>
</div>"""

PAGES = {}

PAGES["index.html"] = """
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Rainy River Food Shelf</title>
<style>.gs-nav a{margin-right:14px}.tile{display:inline-block;width:30%;vertical-align:top;margin:8px}</style>
</head>
<body>
<div class="gs-header"><h1>Rainy River Food Shelf</h1><p>Baudette &middot; Lake of the Woods County</p></div>
""" + NAV + """
<div class="tile">
  <h2>Get food</h2>
  <p>Open Tuesday 1&ndash;6 pm and Thursday 9 am&ndash;1 pm at 206 2nd St NW.</p>
  <p>Bring proof of address the first time you come. Households may shop once a month.</p>
</div>
<div class="tile">
  <h2>Senior boxes</h2>
  <p>Residents 60+ may qualify for a monthly Commodity Supplemental Food Program box.</p>
</div>
<div class="tile">
  <h2>Give</h2>
  <p>Every $1 you give provides 3 meals for a neighbor.</p>
  <p><a href="/signup.html">Volunteer with us &rarr;</a></p>
</div>
</body>
</html>
"""

PAGES["signup.html"] = """
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Volunteer sign-up - Rainy River Food Shelf</title>
<style>.slot{border:1px solid #ddd;margin:6px 0;padding:8px;display:flex;justify-content:space-between}
.meter{width:120px;height:8px;background:#eee}.meter i{display:block;height:8px;background:#4caf50}
.btn{background:#1976d2;color:#fff;padding:4px 12px;border-radius:4px}.btn.full{background:#bbb}</style>
</head>
<body>
""" + NAV + """
<h1>Volunteer sign-up</h1>
<p class="sub">Week of November 17. Volunteers under 14 must come with an adult.</p>

<div class="slot"><div><b>Tuesday produce sort</b><br>9:00&ndash;11:00 am</div>
  <div><div class="meter"><i style="width:60%"></i></div>3 of 5 filled</div><a class="btn" href="#s1">Sign up</a></div>
<div class="slot"><div><b>Thursday distribution &ndash; client greeter</b><br>9:00 am&ndash;1:00 pm</div>
  <div><div class="meter"><i style="width:100%"></i></div>2 of 2 filled</div><span class="btn full">Full</span></div>
<div class="slot"><div><b>Thursday distribution &ndash; carry-out helper</b><br>Lift boxes to cars. 9:00 am&ndash;1:00 pm</div>
  <div><div class="meter"><i style="width:25%"></i></div>1 of 4 filled</div><a class="btn" href="#s3">Sign up</a></div>
<div class="slot"><div><b>Mobile pantry to Williams &ndash; driver</b><br>Friday 10 am. Must have a valid license; truck provided.</div>
  <div><div class="meter"><i style="width:0%"></i></div>0 of 1 filled</div><a class="btn" href="#s4">Sign up</a></div>
<div class="slot"><div><b>Saturday backpack packing</b><br>10:00&ndash;11:30 am</div>
  <div><div class="meter"><i style="width:100%"></i></div>6 of 6 filled</div><span class="btn full">Full</span></div>
<div class="slot"><div><b>Holiday turkey handout</b><br>Tuesday, November 25</div>
  <div>All spots filled &ndash; thank you!</div><span class="btn full">Full</span></div>
</body>
</html>
"""

PAGES["wishlist.html"] = """
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>What we need - Rainy River Food Shelf</title>
<style>.icons figure{display:inline-block;width:110px;text-align:center}</style>
</head>
<body>
""" + NAV + """
<h1>What we need</h1>
<h2>Our shelves are low on:</h2>
<div class="icons">
  <figure><img src="/icons/chicken.png" alt="canned chicken"><figcaption>Canned chicken</figcaption></figure>
  <figure><img src="/icons/pb.png" alt="peanut butter"><figcaption>Peanut butter</figcaption></figure>
  <figure><img src="/icons/cereal.png" alt="cereal"><figcaption>Cereal</figcaption></figure>
  <figure><img src="/icons/diapers.png" alt="diapers size 5 and 6"><figcaption>Diapers</figcaption></figure>
</div>

<h2>Please hold off on:</h2>
<p>Canned green beans and zucchini. Our back room is overflowing &ndash; thank you, gardeners!</p>

<h2>Special request: a chest freezer</h2>
<p>Our old chest freezer died in August and we have been borrowing space from the school. If your business
or family can donate a working chest freezer (15 cubic feet or larger), please call Karen at (218) 555-0114.</p>

<h2>Drop-off</h2>
<p>Monday&ndash;Thursday, 8 am to noon, at the back door by the alley.</p>
</body>
</html>
"""

PAGES["blog.html"] = """
<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>News - Rainy River Food Shelf</title></head>
<body>
""" + NAV + """
<h1>News</h1>
<article><h2>Thank you, Lake of the Woods Bank!</h2><p class="date">October 14, 2025</p>
<p>Bank staff spent their volunteer day with us and donated $2,000 for fresh produce.</p></article>
<article><h2>Summer lunch recap</h2><p class="date">September 2, 2025</p>
<p>We served 4,100 lunches to kids this summer at the park shelter. See you next June!</p></article>
<article><h2>Grant writer wanted</h2><p class="date">August 20, 2025</p>
<p>We're applying to the Otto Bremer Trust again this winter and could really use a volunteer who has written
grants before. Even a few evenings of editing would help.</p></article>
<article><h2>Why we volunteer</h2><p class="date">August 2, 2025</p>
<p>Three of our Tuesday regulars tell their stories. <a href="/blog.html#why">Read more</a></p></article>
<article><h2>Meet Beth, our new coordinator</h2><p class="date">July 10, 2025</p>
<p>Beth grew up in Williams and ran the school kitchen for 20 years.</p></article>
</body>
</html>
"""

PAGES["coordinators/schedule.html"] = """
<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Coordinators only</title></head>
<body>
<h1>Coordinator schedule (private)</h1>
<table><tr><td>Need a Saturday lock-up person for December</td></tr>
<tr><td>Need someone to fix the loading dock door</td></tr>
<tr><td>Need pallet jack donation</td></tr></table>
</body>
</html>
"""

ROBOTS = """User-agent: *
Disallow: /coordinators/
Disallow: /*.xlsx$
"""

PDFS = {
    "forms/volunteer-application.pdf": ("Rainy River Food Shelf Volunteer Application", [
        ("title", "Rainy River Food Shelf - Volunteer Application"),
        ("p", "Name: ______________________  Phone: ______________  Email: ____________________"),
        ("gap", ""),
        ("h", "Current openings (check any that interest you)"),
        ("p", "[  ] Wednesday data entry in Excel - 1 person needed, 2 hours a week at the office."),
        ("p", "[  ] Newsletter folding crew - 2 people needed, once a quarter."),
        ("p", "[  ] Client greeter - FULL, waitlist only."),
        ("gap", ""),
        ("h", "Driver requirements"),
        ("p", "Drivers must be 21 or older and pass a driving record check."),
        ("h", "Return this form"),
        ("p", "Return this form to the front counter or email it to volunteer@rainyriverfood.example."),
    ]),
}

NEEDS = [
    N("signup.html", ["produce sort"], "volunteer", "en", (), "slot_meter", "3 of 5"),
    N("signup.html", ["carry-out helper"], "volunteer", "en", (), "slot_meter", "1 of 4"),
    N("signup.html", ["mobile pantry", "williams"], "volunteer", "en", (), "slot_meter", "0 of 1"),
    N("wishlist.html", ["shelves are low", "canned chicken", "peanut butter"], "donation", "en", (), "icon_grid_wish_list",
      "one need"),
    N("wishlist.html", ["chest freezer"], "donation", "en", (), "heading_paragraph"),
    N("blog.html", ["grant writer"], "skilled", "en", (), "blog_post"),
    N("forms/volunteer-application.pdf", ["data entry"], "skilled", "en", (), "pdf_form"),
    N("forms/volunteer-application.pdf", ["newsletter folding"], "volunteer", "en", (), "pdf_form"),
]

TRAPS = [
    T("index.html", "hours", ["open tuesday"]),
    T("index.html", "how_to_apply", ["proof of address"]),
    T("index.html", "service", ["commodity supplemental", "senior boxes"]),
    T("index.html", "general_appeal", ["3 meals"]),
    T("index.html", "general_appeal", ["volunteer with us"], "teaser, no role"),
    T("signup.html", "filled", ["client greeter"], "2 of 2"),
    T("signup.html", "filled", ["backpack packing"], "6 of 6"),
    T("signup.html", "filled", ["turkey handout"]),
    T("wishlist.html", "filled", ["green beans", "hold off"]),
    T("wishlist.html", "hours", ["back door"]),
    T("blog.html", "thanks", ["lake of the woods bank"]),
    T("blog.html", "recap", ["summer lunch"]),
    T("blog.html", "blog", ["why we volunteer"]),
    T("blog.html", "bio", ["meet beth"]),
    T("forms/volunteer-application.pdf", "filled", ["client greeter"], "FULL, waitlist"),
    T("forms/volunteer-application.pdf", "how_to_apply", ["return this form"]),
    T("forms/volunteer-application.pdf", "how_to_apply", ["driver requirements"]),
    T("coordinators/schedule.html", "robots", ["lock-up"]),
    T("coordinators/schedule.html", "robots", ["loading dock"]),
    T("coordinators/schedule.html", "robots", ["pallet jack"]),
]
