"""Site 5: a Karen weavers' circle in Lismore (en + kar page with English glosses, English PDF newsletter,
robots /circle-only/)."""
from common import N, T

SLUG = "lismore-karen-weavers-circle"
ROBOTS = "User-agent: *\r\nDisallow: /circle-only/\r\n"

def head(lang, title):
    return """<!doctype html>
<html lang="%s">
<head>
<meta charset="utf-8">
<title>%s</title>
<style>
body{font-family:Georgia,serif;max-width:760px;margin:auto;background:#fbf7f0}
.stripe{height:12px;background:repeating-linear-gradient(90deg,#b22 0 20px,#222 20px 40px,#fff 40px 44px)}
nav a{margin-right:1em}
</style>
</head>
<body>
<div class="stripe"></div>
<nav><a href="/index.html">Home</a><a href="/help.html">Help the circle</a><a href="/market.html">Market</a><a href="/kar/index.html">ကညီ</a><a href="/newsletter-spring-2025.pdf">Newsletter</a></nav>
""" % (lang, title)

FOOT = """
<hr>
<p style="font-size:small">Lismore Karen Weavers Circle &middot; 102 Main St (the old bank), Lismore, MN 56155 &middot; 507-555-0171<br>
<a href="/circle-only/notes.html">Circle members</a> &middot; <a href="/gallery/longyi-show.html">Gallery</a></p>
</body>
</html>
"""

PAGES = {}

PAGES["index.html"] = head("en", "Lismore Karen Weavers Circle") + """
<h1>Lismore Karen Weavers Circle</h1>
<p>Karen women in Nobles County weave on backstrap looms the way their mothers did in the hills of Burma and in the
camps on the Thai border (Mae La, Umpiem Mai). Since 2019 we have met every Wednesday in the old Lismore bank building.</p>

<h2>Buy our weaving</h2>
<p>Shoulder bags, sarongs, table runners and baby carriers, sold at the Worthington Farmers Market and at the circle.
Every piece is signed by its weaver.</p>

<h2>Classes for new weavers</h2>
<p>Any Karen woman or girl who wants to learn can join our beginner class in January. The loom and thread are free.</p>

<h2>Workshop hours</h2>
<p>Wednesdays 9 am &ndash; 3 pm. Visitors welcome; please call first.</p>

<h2>Karen Martyrs' Day</h2>
<p>On August 12 we join the Worthington Karen community for Martyrs' Day at the Karen Baptist church. All are welcome.</p>
""" + FOOT

PAGES["help.html"] = head("en", "Help the circle | Lismore Karen Weavers") + """
<h1>Help the circle</h1>

<div class="story">
<h2>Naw Paw's kitchen</h2>
<p>Naw Paw Htoo arrived in Lismore in March with her three children, and she weaves with us on Wednesdays.
Her rental house came with a stove but no refrigerator and no kitchen table; the family keeps their milk in a cooler on
the porch. If you can give a working refrigerator, or a kitchen table with chairs, please call Saw Eh Doh at 507-555-0173.</p>
</div>

<h2>Ways to help this season</h2>
<p><b>Rides to the Worthington market.</b> Five of us don't drive. Saturdays, leave Lismore at 6:45 am, back by noon.
We need two drivers who can take turns.</p>
<p><b>English tutor.</b> Weavers want to read price tags, bank statements and letters from the school. One evening a
week at the circle, with tea.</p>
<p><b>Online shop helper.</b> Someone who can photograph our bags, list them on Etsy and mail the orders. A few hours a month.</p>
<p><b>Cotton yarn.</b> <s>Mercerized cotton yarn in red, white and black.</s> A quilt guild in Sioux Falls sent us a
huge box &mdash; thank you! We have enough for the year.</p>
<p><b>Money for the rent.</b> The bank building costs $300 a month. Checks to &ldquo;Lismore Karen Weavers&rdquo; help keep the lights on.</p>
""" + FOOT

PAGES["market.html"] = head("en", "Market | Lismore Karen Weavers") + """
<h1>Where to find us</h1>
<table border="1" cellpadding="6">
 <tr><th>Where</th><th>When</th></tr>
 <tr><td>Worthington Farmers Market, 10th St</td><td>Saturdays 7 am &ndash; noon, June&ndash;October</td></tr>
 <tr><td>Holiday bazaar, Nobles County Library</td><td>Saturday, December 6, 10 am &ndash; 3 pm</td></tr>
 <tr><td>The circle, Lismore</td><td>Wednesdays, by appointment</td></tr>
</table>
<h2>Prices</h2>
<ul>
 <li>Shoulder bag &mdash; $35</li>
 <li>Table runners &mdash; $25&ndash;$40</li>
 <li>Sarong &mdash; $60</li>
</ul>
""" + FOOT

PAGES["kar/index.html"] = head("kar", "ပှၤကညီ တၢ်ထါ ကရၢ") + """
<h1>ပှၤကညီ တၢ်ထါ ကရၢ &mdash; Lismore Karen Weavers Circle</h1>
<p>တၢ်ဘျုး လၢ နတၢ်မၤစၢၤ. (Thank you for your help.) Karen and English below.</p>

<h2>သရၣ်ထါတၢ် လၢ ဖိသၣ်တဖၣ် (Weaving teacher for youth)</h2>
<p>ပလိၣ်ဘၣ် သရၣ်တဂၤ. We need a weaving teacher who speaks Karen, Saturdays 1&ndash;3 pm, for girls ages 10&ndash;16.</p>

<h2>တၢ်ထါအပီၣ်လဲ (Backstrap loom parts)</h2>
<p>We need bamboo rods, wooden beaters and back straps for six more looms. If you can carve wood, or you have bamboo, please bring them on Wednesday.</p>

<h2><s>စဲးဆးတၢ် (Sewing machine)</s> FULL</h2>
<p>တၢ်ဘျုး! Thank you &mdash; we have one now.</p>

<h2>ကညီနံၣ်သီ (Karen New Year)</h2>
<p>Karen New Year party, January, Worthington Event Center. Come and see our new sarongs.</p>
""" + FOOT

PAGES["circle-only/notes.html"] = head("en", "Circle notes (members)") + """
<h1>Circle notes &mdash; members only</h1>
<ul>
 <li>Need someone to drive Mu Mu to her eye appointment in Sioux Falls, Oct 14.</li>
 <li>Buy more indigo dye before the spring class.</li>
 <li>Volunteer to clean the back room and sort the thread boxes.</li>
</ul>
""" + FOOT

PDFS = {
    "newsletter-spring-2025.pdf": ("Weavers Circle News - Spring 2025", [
        ("title", "Weavers Circle News - Spring 2025"),
        ("p", "Lismore Karen Weavers Circle, 102 Main St, Lismore MN"),
        ("h", "A good winter"),
        ("p", "We sold 140 bags at the Holiday Bazaar in December, our best ever. The money paid for thread and "
              "two months of rent. Thank you to everyone who came."),
        ("h", "Spring weaving retreat - May 17"),
        ("p", "A whole Saturday of weaving and Karen food at the Lismore park shelter. Families welcome."),
        ("h", "From the loom corner"),
        ("p", "Our three floor looms are wobbly and one has a cracked frame. We would like to find someone handy "
              "with wood who could build new loom frames from plans we already have. We will buy the lumber. "
              "Natural dye project: this summer the girls will try dyeing thread with plants. We need onion "
              "skins and marigold flowers - please save them for us in a paper bag!"),
        ("h", "Thank you"),
        ("p", "Thank you to Lismore Lutheran Church for the long tables, and to the Nobles County Library for "
              "the bazaar space."),
        ("h", "Joining"),
        ("p", "To join the circle, talk to Naw Htoo on any Wednesday. There is no fee."),
    ]),
}

NEEDS = [
    N("help.html", ["refrigerator", "kitchen table"], "donation", "en", [], "story"),
    N("help.html", ["rides to the worthington market"], "volunteer", "en", [], "bold_lead_paragraph"),
    N("help.html", ["english tutor"], "skilled", "en", ["en"], "bold_lead_paragraph"),
    N("help.html", ["online shop helper", "etsy"], "skilled", "en", [], "bold_lead_paragraph"),
    N("kar/index.html", ["weaving teacher for youth"], "skilled", "kar", ["kar"], "heading_paragraph",
      "English gloss key printed next to the Karen heading"),
    N("kar/index.html", ["backstrap loom parts", "bamboo rods"], "donation", "kar", [], "heading_paragraph"),
    N("newsletter-spring-2025.pdf", ["loom frames"], "skilled", "en", [], "pdf", "buried in loom corner"),
    N("newsletter-spring-2025.pdf", ["onion skins", "marigold"], "donation", "en", [], "pdf", "same paragraph"),
]

TRAPS = [
    T("index.html", "offer", ["buy our weaving"]),
    T("index.html", "service", ["classes for new weavers"]),
    T("index.html", "hours", ["workshop hours"]),
    T("index.html", "event", ["martyrs' day"]),
    T("help.html", "filled", ["cotton yarn"], "struck + we have enough"),
    T("help.html", "general_appeal", ["money for the rent"]),
    T("market.html", "hours", ["worthington farmers market"]),
    T("market.html", "event", ["holiday bazaar"]),
    T("market.html", "offer", ["shoulder bag"]),
    T("kar/index.html", "filled", ["sewing machine"], "struck FULL"),
    T("kar/index.html", "event", ["karen new year"]),
    T("circle-only/notes.html", "robots", ["eye appointment"]),
    T("circle-only/notes.html", "robots", ["indigo dye"]),
    T("circle-only/notes.html", "robots", ["clean the back room"]),
    T("newsletter-spring-2025.pdf", "recap", ["140 bags"]),
    T("newsletter-spring-2025.pdf", "event", ["spring weaving retreat"]),
    T("newsletter-spring-2025.pdf", "recap", ["lismore lutheran"]),
    T("newsletter-spring-2025.pdf", "how_to_apply", ["to join the circle"]),
]
