from common import N, T

SLUG = "holdingford-neighbors-tool-library"

HEAD = """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>{title} - Holdingford Neighbors Tool Library</title>
<link rel="stylesheet" href="/style.css">
</head>
<body>
<div id="top">
 <h3 class="sitename"><a href="/">Holdingford Neighbors Tool Library</a></h3>
 <p class="nav"><a href="/">Home</a> / <a href="/volunteer.html">Volunteer</a> / <a href="/inventory.html">Inventory</a> / <a href="/bilingual.html">Soomaali</a></p>
</div>
<div id="body">
"""

FOOT = """
</div>
<div id="foot">
 <p>Holdingford Neighbors Tool Library &middot; the old creamery, 210 Main St, Holdingford, MN 56340 &middot; toollibrary.holdingford@example.org</p>
 <p><a href="/newsletter.pdf">Fall newsletter (PDF)</a> | <a href="/members/ledger.html">Volunteer ledger</a> | <a href="https://www.paypal.com/donate/?hosted_button_id=HNTL">Donate</a></p>
</div>
</body>
</html>
"""

INDEX = HEAD.format(lang="en", title="Home") + """
<h1>Borrow it, don't buy it</h1>
<p>Borrow a ladder, a tile saw or a pressure washer for a week &ndash; free for members who live in the Holdingford area.</p>
<div class="box">
 <h2>We're short on cordless drills</h2>
 <p>Our five cordless drills are always checked out and two no longer hold a charge. If you have upgraded and still have a working drill
 with its battery and charger, we would love to have it.</p>
</div>
<h2>When we're open</h2>
<p>Tuesdays 5&ndash;8 pm and Saturdays 9 am&ndash;1 pm.</p>
<h2>How to borrow</h2>
<p>Stop in with a photo ID and something showing your address, sign the lending agreement, and you are a member.</p>
<h2>Keep the lights on</h2>
<p>Membership is free, but a $10 yearly gift covers our insurance. Use the Donate link at the bottom of any page.</p>
""" + FOOT

VOLUNTEER = HEAD.format(lang="en", title="Volunteer") + """
<h1>Volunteer sign-up sheet</h1>
<p>Print your name on an open line next time you are in, or e-mail us and we'll write it in. Lines with a name are taken.</p>
<table class="sheet" border="1" cellspacing="0" cellpadding="5">
 <tr><th>Role</th><th>When</th><th>1</th><th>2</th><th>3</th></tr>
 <tr><td>Repair Caf&eacute; fixers &ndash; small appliances, lamps, toasters</td><td>3rd Saturday</td><td>Ken B.</td><td>____________</td><td>____________</td></tr>
 <tr><td>Blade sharpening station (knives, scissors, mower blades)</td><td>3rd Saturday</td><td>____________</td><td>____________</td><td>&mdash;</td></tr>
 <tr><td>Check-in desk</td><td>Tuesdays</td><td>Joan S.</td><td>Pete L.</td><td>Amal H.</td></tr>
 <tr><td>Saturday counter help (check tools in and out)</td><td>Saturdays 9&ndash;1</td><td>Lori M.</td><td>____________</td><td>____________</td></tr>
</table>
<h2>Repair Caf&eacute;</h2>
<p>Bring your broken things on the third Saturday of each month, 9 to noon. Free, and you get to watch it being fixed.
<a href="/repair-cafe/photos.html">Photos</a></p>
""" + FOOT

BILINGUAL = HEAD.format(lang="so", title="Soomaali") + """
<h1>Maktabadda Qalabka &ndash; Tool Library</h1>
<p>Bogga Soomaaliga iyo Ingiriisiga &middot; Somali and English</p>
<table class="two-col" border="1" cellspacing="0" cellpadding="6">
 <tr><th>Soomaali</th><th>English</th></tr>
 <tr>
  <td><b>Turjubaan aqoon-isweydaarsiga</b><br>Waxaan u baahanahay qof ku hadla Soomaali iyo Ingiriis oo turjuma casharrada dayactirka baaskiilada, Sabtida labaad ee bil kasta.</td>
  <td><b>Workshop interpreter</b><br>We need someone who speaks Somali and English to interpret our bike-repair lessons, second Saturday of each month.</td>
 </tr>
 <tr>
  <td><b>Baaskiilada carruurta</b><br>Maktabadda baaskiilada waxay u baahan tahay baaskiillo carruureed oo shaqeynaya.</td>
  <td><b>Kids' bikes</b><br>Our bike library needs working children's bikes, 16&quot; to 24&quot; wheels.</td>
 </tr>
 <tr>
  <td><b>Tababare nabadgelyada qalabka</b><br>Waa la buuxiyay &ndash; mahadsanid!</td>
  <td><b>Tool safety trainer</b><br>Filled &ndash; thank you!</td>
 </tr>
 <tr>
  <td><b>Saacadaha</b><br>Talaado 5&ndash;8 fiidnimo, Sabti 9&ndash;1.</td>
  <td><b>Hours</b><br>Tuesday 5&ndash;8 pm, Saturday 9&ndash;1.</td>
 </tr>
</table>
""" + FOOT

INVENTORY = HEAD.format(lang="en", title="Inventory") + """
<h1>Inventory notes</h1>
<p>Our volunteer Gary keeps the inventory in a text file. Here is the latest, pasted as-is:</p>
<pre>
TOOL LIBRARY INVENTORY -- updated 10/02
----------------------------------------
LADDERS ........ 6 (2 step, 4 extension)
PRESSURE WASHER  1 (gas) -- in shop
TILE SAW ....... 1
HAMMERS ........ 40  ** NOT NEEDED - we have plenty,
                        please don't drop off more
                        hammers **

WANTED:
  - wheelbarrow (any condition if the tire holds air)
  - 24 ft extension ladder
  - stud finder
  - shop vac

RETIRED:
  - Craftsman table saw (sold at auction, $85)
</pre>
""" + FOOT

LEDGER = HEAD.format(lang="en", title="Volunteer ledger") + """
<h1>Volunteer ledger (members only)</h1>
<ul>
 <li>Need a volunteer to rebuild the pegboard wall in the back room.</li>
 <li>Ask the hardware store for a donated drill press.</li>
 <li>Find someone to take over the newsletter in January.</li>
</ul>
""" + FOOT

PAGES = {
    "index.html": INDEX,
    "volunteer.html": VOLUNTEER,
    "bilingual.html": BILINGUAL,
    "inventory.html": INVENTORY,
    "members/ledger.html": LEDGER,
}

ROBOTS = """User-agent: *
Disallow: /members/
"""

PDFS = {
    "newsletter.pdf": ("Tool Library News - Fall 2025", [
        ("title", "TOOL LIBRARY NEWS - FALL 2025"),
        ("p", "Holdingford Neighbors Tool Library, 210 Main St"),
        ("h", "By the numbers"),
        ("p", "This summer members borrowed 412 tools. The most popular was the post-hole digger, followed by the "
              "carpet cleaner."),
        ("h", "Fix-it night"),
        ("p", "Join us Thursday, October 23 at 6 pm for a free fix-it night at the Legion. Bring a lamp, a chair or a "
              "jacket with a broken zipper."),
        ("h", "From the shop"),
        ("p", "Our four push mowers and two string trimmers came back tired after a busy summer. If you know your way "
              "around small engines, we need someone to give them a tune-up (plugs, filters, carburetor cleaning) "
              "before they go into winter storage. Parts are on us."),
    ]),
}

NEEDS = [
    N("index.html", ["cordless drills"], "donation", "en", layout="short_on"),
    N("volunteer.html", ["repair café fixers"], "skilled", "en", layout="signup_sheet", note="2 of 3 lines open"),
    N("volunteer.html", ["blade sharpening"], "skilled", "en", layout="signup_sheet", note="both lines open"),
    N("volunteer.html", ["saturday counter help"], "volunteer", "en", layout="signup_sheet", note="2 lines open"),
    N("bilingual.html", ["turjubaan aqoon-isweydaarsiga", "workshop interpreter"], "skilled", "so", ["so", "en"],
      layout="bilingual_table"),
    N("bilingual.html", ["baaskiilada carruurta", "kids' bikes"], "donation", "so", layout="bilingual_table"),
    N("inventory.html", ["wheelbarrow", "stud finder"], "donation", "en", layout="pre_block", note="WANTED list = one need"),
    N("newsletter.pdf", ["small engines", "tune-up"], "skilled", "en", layout="newsletter_buried_pdf"),
]

TRAPS = [
    T("index.html", "service", ["borrow a ladder"]),
    T("index.html", "hours", ["when we're open"]),
    T("index.html", "how_to_apply", ["how to borrow"]),
    T("index.html", "general_appeal", ["keep the lights on"]),
    T("volunteer.html", "filled", ["check-in desk"], "all three lines named"),
    T("volunteer.html", "event", ["bring your broken things"]),
    T("bilingual.html", "filled", ["tababare nabadgelyada", "tool safety trainer"], "Waa la buuxiyay / Filled"),
    T("bilingual.html", "hours", ["saacadaha"]),
    T("inventory.html", "filled", ["hammers"], "NOT NEEDED"),
    T("inventory.html", "recap", ["sold at auction"]),
    T("newsletter.pdf", "recap", ["borrowed 412 tools"]),
    T("newsletter.pdf", "event", ["fix-it night"]),
    T("members/ledger.html", "robots", ["pegboard wall"]),
    T("members/ledger.html", "robots", ["drill press"]),
    T("members/ledger.html", "robots", ["take over the newsletter"]),
]
