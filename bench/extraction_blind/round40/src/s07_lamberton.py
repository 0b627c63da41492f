"""Lamberton Karen Neighbors Association: Google-Docs-published help list, farm shift table, short Karen page, English PDF newsletter."""
from common import need, trap

SLUG = "lamberton-karen-neighbors-association"

ROBOTS = """User-agent: *
Disallow: /committee/
"""

NAV = """<div class="topnav">
 <a href="%(p)sindex.html">Home</a> |
 <a href="%(p)shelp.html">Ways to help</a> |
 <a href="%(p)sfarm.html">Community farm</a> |
 <a href="%(p)skar/index.html">&#4096;&#4106;&#4142; (Karen)</a> |
 <a href="%(p)snews/spring-2025.pdf">Newsletter</a>
</div>"""

FOOTER = """<div class="foot">
 <p>Lamberton Karen Neighbors Association &middot; 203 W 2nd Ave, Lamberton, MN 56152 &middot; 507-555-0176 &middot;
 <a href="mailto:lkna@lambertonkaren-neighbors.org">lkna@lambertonkaren-neighbors.org</a> &middot;
 <a href="%(p)scommittee/index.html">Committee</a></p>
</div>"""


def shell(lang, title, body, p=""):
    return ("""<!DOCTYPE html>
<html lang="%(lang)s">
<head>
<meta charset="utf-8">
<title>%(title)s</title>
<style>.c1{font-weight:700}.c2{text-decoration:line-through}.c3{margin:0;padding-top:6pt}.topnav{padding:8px;background:#1e4d2b}.topnav a{color:#fff}</style>
</head>
<body class="c7 doc-content">
""" + NAV + """
%(body)s
""" + FOOTER + """
</body>
</html>
""") % {"lang": lang, "title": title, "body": body, "p": p}


INDEX = shell("en", "Lamberton Karen Neighbors Association", """
<h1 class="c3">Lamberton Karen Neighbors Association</h1>
<p class="c3">About 60 Karen families have made Lamberton and Walnut Grove their home since 2012. The association helps
newcomers settle in and keeps our culture alive.</p>
<h2 class="c3">Office hours</h2>
<p class="c3">Tuesday and Thursday, 4:00&ndash;7:00 p.m., in the lower level of First Lutheran.</p>
<h2 class="c3">English class</h2>
<p class="c3">Free English class for adults, Monday evenings, taught by volunteers from the Lamberton library.</p>
<h2 class="c3">Karen New Year</h2>
<p class="c3">Saturday, January 17, 2026, at the Lamberton Community Hall: dancing, don, food and games.
<a href="media/wrist-tying-2025.html">Photos from the wrist-tying ceremony</a></p>
<h2 class="c3">Support us</h2>
<p class="c3">Gifts of any size help pay for rent and heating. Checks to LKNA at the address below.</p>
""")

HELP = shell("en", "Ways to help - updated May 2025", """
<p class="c3 title"><span class="c1">Ways to help &mdash; updated May 2025</span></p>
<p class="c3"><span>Call Naw Htoo at 507-555-0176 if you can do any of these.</span></p>
<ul class="lst-kix_list_1-0">
 <li class="c3"><span class="c1">Drivers</span><span> to Marshall and Worthington for medical appointments &mdash; weekdays, mileage reimbursed.</span></li>
 <li class="c3"><span class="c1">Karen&ndash;English interpreter</span><span> for parent-teacher conferences at Red Rock Central, October 20&ndash;23.
 You need to speak S&rsquo;gaw Karen and English.</span></li>
 <li class="c3"><span class="c2">Sewing machines</span><span> (we got six &mdash; thank you, Tracy Quilters!)</span></li>
 <li class="c3"><span class="c1">Rides to church</span><span> on Sunday mornings &mdash; all set for the summer.</span></li>
 <li class="c3"><span class="c1">Driving practice mentors</span><span>: help adults practice for the Minnesota road test. You need a valid
 license and at least three years of driving.</span></li>
 <li class="c3"><span class="c1">Farm crew lead</span><span> &mdash; paid seasonal job, $18/hour, May to October.</span></li>
</ul>
<p class="c3"><span>We also help families fill out MNsure forms every Thursday at the office.</span></p>
""")

FARM = shell("en", "Community farm", """
<h1 class="c3">Community farm sign-up</h1>
<p class="c3">Our two acres on County Road 6 give 40 Karen families a family plot and grow long beans, mustard greens and
roselle for the whole community.</p>
<table border="1" cellpadding="4">
 <tr><th>Task</th><th>When</th><th>Needed</th><th>Signed up</th></tr>
 <tr><td>Transplanting</td><td>Sat. May 17, 8 a.m.</td><td>6</td><td>Paw Htoo, Eh Say, Ler Moo, Hsa Doh, Naw Wah, Saw Ku &mdash; FULL</td></tr>
 <tr><td>Weeding crew</td><td>Wednesdays 6&ndash;8 p.m.</td><td>4</td><td>Ler Moo</td></tr>
 <tr><td>Drip irrigation setup (someone who has installed drip lines before)</td><td>One Saturday in June</td><td>1</td><td></td></tr>
 <tr><td>Harvest &amp; wash station</td><td>Saturdays, Aug.&ndash;Sept.</td><td>8</td><td>Naw Paw, Saw Kaw</td></tr>
 <tr><td>Market stand cashier</td><td colspan="3">Canceled for 2025 &mdash; no market stand this year</td></tr>
</table>
<h2 class="c3">Seeking a used tiller</h2>
<p class="c3">Our rented tiller goes back in June. If you have a used walk-behind tiller (rear-tine) you no longer need,
we would gladly pick it up.</p>
""")

KAR = shell("kar", "ပှၤကညီ Lamberton", """
<h1 class="c3">ပှၤကညီ Lamberton (Lamberton Karen Neighbors)</h1>
<p class="c3">တၢ်ဘျုးလၢ နမၤစၢၤပှၤ. (Thank you for helping.)</p>
<h2 class="c3">တၢ်လိၣ်ဘၣ် (What we need)</h2>
<h3 class="c3">ပှၤမၤစၢၤဖီကဘျံၣ် (Kitchen helpers)</h3>
<p class="c3">ပှၤ 10 ဂၤ &middot; Saturday, January 17 &middot; 7:00 a.m. &middot; Lamberton Community Hall</p>
<h3 class="c3">ဖိသၣ်အဆ့ၤအကၤ (Children&rsquo;s clothes, sizes 4&ndash;10)</h3>
<p class="c3">ဆ့ၤကၤဂိၤ (winter) &middot; Naw Htoo 507-555-0176</p>
<h3 class="c3">သရၣ်သိၣ်လိ guitar (Guitar teacher)</h3>
<p class="c3">We have one now. တၢ်ဘျုးဘၣ်</p>
<h2 class="c3">ကညီနံၣ်ထီၣ်သီ (Karen New Year)</h2>
<p class="c3">January 17, 2026 &middot; Lamberton Community Hall</p>
""", p="../")

COMMITTEE = shell("en", "Committee", """
<h1 class="c3">Committee page (members only)</h1>
<ul>
 <li class="c3">Secretary for the committee &mdash; Saw Eh Doh is moving to Iowa.</li>
 <li class="c3">A bigger rice cooker for New Year.</li>
 <li class="c3">Snow plowing for the church lot.</li>
</ul>
""", p="../")

PAGES = {
    "index.html": INDEX,
    "help.html": HELP,
    "farm.html": FARM,
    "kar/index.html": KAR,
    "committee/index.html": COMMITTEE,
}

PDFS = {
    "news/spring-2025.pdf": ("Lamberton Karen Neighbors News - Spring 2025", [
        ("title", "Lamberton Karen Neighbors News - Spring 2025"),
        ("gap", ""),
        ("h", "From Pastor Saw Eh Htoo"),
        ("p", "Greetings in the name of the Lord. The snow is gone and the farm is ready. Several of our elders received "
              "property tax refund forms (M1PR) this spring and do not understand them. If anyone has experience with "
              "tax forms, please help them on a Sunday afternoon after worship. Bring a calculator and patience."),
        ("gap", ""),
        ("h", "Christmas program"),
        ("p", "Thank you for a wonderful Christmas program: 180 people came, the youth choir sang four songs and we "
              "shared 30 pounds of rice."),
        ("gap", ""),
        ("h", "Karen Martyrs' Day"),
        ("p", "We will remember the Karen Martyrs' Day on Tuesday, August 12, at 6 p.m. in the church."),
        ("gap", ""),
        ("h", "Welcome to our new deacon"),
        ("p", "Saw Kaw Lay was chosen as a new deacon in March. He works at the turkey plant in Marshall and has "
              "three children."),
    ]),
}

NEEDS = [
    need("help.html", ["drivers"], "volunteer", "en", layout="doc_list",
         note="drivers to medical appointments; mileage reimbursed is not pay"),
    need("help.html", ["interpreter"], "skilled", "en", ["kar", "en"], layout="doc_list"),
    need("help.html", ["driving practice"], "volunteer", "en", layout="doc_list"),
    need("farm.html", ["weeding"], "volunteer", "en", layout="shift_table", note="4 needed, 1 signed"),
    need("farm.html", ["drip irrigation"], "skilled", "en", layout="shift_table"),
    need("farm.html", ["wash station"], "volunteer", "en", layout="shift_table", note="8 needed, 2 signed"),
    need("farm.html", ["tiller"], "donation", "en", layout="seeking"),
    need("kar/index.html", ["kitchen helpers"], "volunteer", "kar", layout="heading_paragraph",
         note="Karen heading with English gloss; key is the gloss"),
    need("kar/index.html", ["children's clothes"], "donation", "kar", layout="heading_paragraph"),
    need("news/spring-2025.pdf", ["property tax refund", "m1pr"], "skilled", "en", layout="pdf",
         note="help elders with property tax refund forms, buried in pastor's letter"),
]

TRAPS = [
    trap("index.html", "hours", ["office hours"]),
    trap("index.html", "service", ["english class"]),
    trap("index.html", "event", ["karen new year"]),
    trap("index.html", "general_appeal", ["support us"]),
    trap("help.html", "filled", ["sewing machines"], note="struck through + 'we got six'"),
    trap("help.html", "filled", ["rides to church"], note="'all set'"),
    trap("help.html", "job", ["farm crew lead"]),
    trap("help.html", "service", ["mnsure"]),
    trap("farm.html", "filled", ["transplanting"], note="all 6 named + FULL"),
    trap("farm.html", "filled", ["market stand"], note="canceled for the season"),
    trap("farm.html", "service", ["family plot"]),
    trap("kar/index.html", "filled", ["guitar teacher"], note="'We have one now'"),
    trap("kar/index.html", "event", ["karen new year"]),
    trap("news/spring-2025.pdf", "recap", ["christmas program"]),
    trap("news/spring-2025.pdf", "event", ["martyrs"]),
    trap("news/spring-2025.pdf", "bio", ["new deacon"]),
    trap("committee/index.html", "robots", ["secretary"]),
    trap("committee/index.html", "robots", ["bigger rice cooker"]),
    trap("committee/index.html", "robots", ["snow plowing"]),
]
