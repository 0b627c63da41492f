from common import N, T

SLUG = "gibbon-karen-baptist-mission"

NAV = """<div class="navbar">
 <span class="title">Gibbon Karen Baptist Mission</span>
 <a href="/index.html">Home</a>
 <a href="/serve.html">Serve on Sunday</a>
 <a href="/kar/index.html">&#4096;&#4106;&#4142; (Karen)</a>
 <a href="/messenger/december.pdf">Messenger (PDF)</a>
 <a class="give" href="https://tithe.ly/give?c=gkbm-demo">Give</a>
</div>"""

FOOT = """<div class="foot">
 Gibbon Karen Baptist Mission &middot; meets at 1st Ave &amp; 11th St, Gibbon, MN 55335 &middot; (507) 555-0133<br>
 <a href="/photos/baptism-sunday.html">Baptism Sunday photos</a> &middot; <a href="/elders/meeting-notes.html">Elders</a>
</div>"""


def page(lang, title, body):
    return """<!DOCTYPE html>
<html lang="%s">
<head><meta charset="utf-8"><title>%s</title>
<link rel="stylesheet" href="/assets/church.css"></head>
<body>
%s
<div class="content">
%s
</div>
%s
</body>
</html>
""" % (lang, title, NAV, body, FOOT)


INDEX = page("en", "Gibbon Karen Baptist Mission", """
<h1>Welcome to Gibbon Karen Baptist Mission</h1>
<p>We are a family of about 180 Karen believers from Burma and the Thai border camps, worshipping together in Gibbon
since 2012.</p>

<h2>Worship with us</h2>
<p>Sunday worship in Karen at 11:00 am; youth service in English at 1:00 pm; prayer meeting Wednesday 7:00 pm.</p>

<h2>Seeking a bus driver with a CDL</h2>
<p>Our 24-passenger bus picks up families in Gibbon, Winthrop and Fairfax every Sunday morning. Brother Saw Lay, who
drove it for eight years, is retiring at Christmas. We are seeking a volunteer with a Class B CDL and passenger
endorsement who could drive the route two Sundays a month.</p>

<h2>Our pastor</h2>
<p>Pastor Saw Eh Htoo grew up in Mae La camp and studied at the Karen Baptist Theological Seminary before coming to
Minnesota in 2009. He and Naw Paw Say have three children.</p>

<h2>Thanksgiving Harvest Festival</h2>
<p>Sunday, November 23, after worship: rice, curry, games for the children and a thank-offering for the harvest.</p>

<h2>Building fund</h2>
<p>We are saving to buy the building we rent. Gifts to the building fund can be given online or in the Sunday offering.</p>

<div class="teaser"><h3>Pastor's corner: why we still sing in Karen</h3>
<p>Read this month's reflection in the Messenger &rarr;</p></div>
""")

SERVE = page("en", "Serve on Sunday", """
<h1>Sunday serving schedule</h1>
<p>Thank you to everyone who serves! Rows that still need people are marked in the last column.</p>
<table class="schedule" border="1" cellpadding="5">
<tr><th>Ministry</th><th>When</th><th>People needed</th><th>Status</th></tr>
<tr><td>Nursery (ages 0&ndash;3)</td><td>Every Sunday, 10:45&ndash;12:30</td><td>2 adults</td><td>1 of 2 &ndash; need one more</td></tr>
<tr><td>Sound booth</td><td>Every Sunday</td><td>1</td><td>Covered by Saw Thaw through June</td></tr>
<tr><td>Fellowship meal kitchen</td><td>1st &amp; 3rd Sundays</td><td>6</td><td>4 signed up &ndash; 2 more needed</td></tr>
<tr><td>Ushers</td><td>Every Sunday</td><td>4</td><td>Naw Paw, Saw Ku, Saw Htoo, Naw Mu &#10004;</td></tr>
<tr><td>Bus washing</td><td>Last Saturday of the month</td><td>2</td><td>Open</td></tr>
</table>
<h2>How to join a team</h2>
<p>Talk to Deacon Saw Nay Moo after worship, or write your name on the clipboard at the back of the hall.</p>
""")

KAR = page("kar", "ကညီ", """
<h1>ကညီဘျၢထံခရံာ်ဖိ တၢ်ဘါသရိၣ် Gibbon</h1>
<p>ပှၤမၤစၢၤ ပလိၣ်ဘၣ် (We need helpers). တၢ်ဘျုးလၢနတၢ်မၤစၢၤ!</p>

<h2>ပှၤဖီတၢ်အီၣ် &mdash; Youth camp cooks</h2>
<p>ဖိသၣ်သးစၢ် camp မုၢ်သၢနံၤ, July 17&ndash;19. ပလိၣ်ဘၣ်ပှၤဖီတၢ်အီၣ် ၄ ဂၤ. (We need 4 cooks for the 3-day youth camp.)</p>

<h2>တၢ်လၢပလိၣ်ဘၣ် &mdash; Our wish list</h2>
<ul>
 <li>ဆီ &mdash; cooking oil</li>
 <li>ညၣ်ဘီ့ &mdash; fish paste</li>
 <li>sleeping mats for camp</li>
</ul>

<h2>ကျိာ်အဲကလံး သရၣ် &mdash; English homework tutors</h2>
<p>ဖိသၣ်ကၠိဖိ Tuesday &amp; Thursday 4&ndash;6 pm. ပလိၣ်ဘၣ်သရၣ် ၂ ဂၤ. (Two tutors for school children.)</p>

<h2><s>ပှၤဒိဒၢ့ဒီးဒိတနၢ် &mdash; Drum and guitar players for worship</s></h2>
<p>ပှဲၤဝံၤ &mdash; FILLED. တၢ်ဘျုး!</p>

<h2>ကညီနံၣ်ထီၣ်သီ &mdash; Karen New Year</h2>
<p>January 10, 2026, 10:00 am, church hall.</p>

<h2>ဘါယွၤ &mdash; Sunday worship</h2>
<p>11:00 am, ကညီကျိာ်.</p>
""")

ELDERS = page("en", "Elders", """
<h1>Elders meeting notes (private)</h1>
<ol>
 <li>Find someone to repair the baptistry heater.</li>
 <li>Ask for a donated upright piano.</li>
 <li>Need a treasurer assistant in January.</li>
</ol>
""")

PAGES = {"index.html": INDEX, "serve.html": SERVE, "kar/index.html": KAR, "elders/meeting-notes.html": ELDERS}

ROBOTS = """User-agent: *
Disallow: /elders/
"""

PDFS = {
    "messenger/december.pdf": ("Mission Messenger - December", [
        ("title", "MISSION MESSENGER - DECEMBER"),
        ("p", "Gibbon Karen Baptist Mission - (507) 555-0133"),
        ("h", "Pastor's corner"),
        ("p", "Dear church family, what a year of blessing. Twelve young people were baptized in the Minnesota "
              "River on September 14, and our youth choir sang at the association meeting in Worthington. After "
              "the heavy rain in October, the roof over the fellowship hall started leaking again near the kitchen. "
              "Before we spend money, we would love a roofer or builder, from our church family or the wider "
              "community, to climb up and tell us what is wrong. May God bless you this Christmas."),
        ("h", "Christmas Eve program"),
        ("p", "December 24 at 6:00 pm: children's nativity play, Karen carols and a shared meal."),
        ("h", "Tithes and offerings"),
        ("p", "You can give by cash or check on Sunday, or online through the Give button on our website."),
    ]),
}

NEEDS = [
    N("index.html", ["bus driver", "cdl"], "skilled", "en", layout="seeking"),
    N("serve.html", ["nursery"], "volunteer", "en", layout="shift_table", note="1 of 2"),
    N("serve.html", ["fellowship meal kitchen"], "volunteer", "en", layout="shift_table", note="2 more"),
    N("serve.html", ["bus washing"], "volunteer", "en", layout="shift_table"),
    N("kar/index.html", ["youth camp cooks"], "volunteer", "kar", layout="heading_paragraph",
      note="Karen heading with English gloss"),
    N("kar/index.html", ["our wish list", "cooking oil"], "donation", "kar", layout="wish_list"),
    N("kar/index.html", ["english homework tutors"], "skilled", "kar", ["en"], layout="heading_paragraph"),
    N("messenger/december.pdf", ["roofer"], "skilled", "en", layout="pdf",
      note="buried in the pastor's letter"),
]

TRAPS = [
    T("index.html", "hours", ["worship with us"]),
    T("index.html", "bio", ["our pastor"]),
    T("index.html", "event", ["harvest festival"]),
    T("index.html", "general_appeal", ["building fund"]),
    T("index.html", "blog", ["pastor's corner"]),
    T("serve.html", "filled", ["sound booth"], "covered through June"),
    T("serve.html", "filled", ["ushers"], "every slot named + check"),
    T("serve.html", "how_to_apply", ["how to join a team"]),
    T("kar/index.html", "filled", ["drum and guitar players"], "struck through + FILLED"),
    T("kar/index.html", "event", ["karen new year"]),
    T("kar/index.html", "hours", ["sunday worship"]),
    T("messenger/december.pdf", "recap", ["baptized"]),
    T("messenger/december.pdf", "event", ["christmas eve program"]),
    T("messenger/december.pdf", "general_appeal", ["tithes and offerings"]),
    T("elders/meeting-notes.html", "robots", ["baptistry heater"]),
    T("elders/meeting-notes.html", "robots", ["upright piano"]),
    T("elders/meeting-notes.html", "robots", ["treasurer assistant"]),
]
