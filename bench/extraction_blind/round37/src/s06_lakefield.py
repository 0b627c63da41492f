"""Lakefield, MN: Lakefield Karen Baptist Church. Weebly-style site. English home page with a
"Prayer & needs" sidebar whose piano ask names the role only inside a sentence; English ministries
page of <h2> sections with status sentences (two filled, one paid); S'gaw Karen page with
Karen headings + English glosses; English news posts (family story, recap, pastor teaser, filled
update); English PDF bulletin with a buried ask; robots /elders/."""
from common import need, trap

SLUG = "lakefield-karen-baptist-church"

# Karen strings are kept in constants so that page text and keys are byte-identical.
K_DRIVERS = "ပှၤနီၣ်သိလှဲ"
K_BLANKETS = "ယ့ၣ်"
K_KITCHEN = "ပှၤမၤစၢၤဖဲဖီတၢ်အီၣ်"
K_FULL = "ပှဲၤလၢၤ"
K_LANGCLASS = "ကညီလံာ်ကျိာ်"
K_NEWYEAR = "ကညီနံၣ်သီ"
K_THANKS = "တၢ်ဘျုး"


def page(lang, title, body):
    return """<!DOCTYPE html>
<html lang="%s">
<head>
<meta charset="utf-8">
<title>%s</title>
<link rel="stylesheet" href="/files/theme/main_style.css" type="text/css">
</head>
<body class="wsite-theme-light">
<div class="wsite-header">
  <span class="wsite-logo"><a href="/index.html">Lakefield Karen Baptist Church</a></span>
  <ul class="wsite-menu-default">
    <li><a href="/index.html">Home</a></li>
    <li><a href="/ministries.html">Ministries</a></li>
    <li><a href="/karen.html">ကညီ (Karen)</a></li>
    <li><a href="/news.html">News</a></li>
    <li><a href="/bulletin.pdf">Bulletin</a></li>
    <li><a href="/sermons/2024-easter.html">Sermons</a></li>
  </ul>
</div>
<div class="wsite-content">
%s
</div>
<div class="wsite-footer">
  <p>Lakefield Karen Baptist Church · 401 3rd Ave, Lakefield, MN 56150 · (507) 555-0151</p>
  <p><a href="/elders/minutes.html">Elders</a></p>
</div>
</body>
</html>
""" % (lang, title, body)


INDEX = page("en", "Lakefield Karen Baptist Church", """
<div class="wsite-multicol">
<div class="main-col">
  <h1>Welcome home</h1>
  <p>We are a Karen and English-speaking Baptist family in Jackson County. Most of our members came
  from the camps at Mae La and Umpiem Mai, and many now work at the plant in Windom.</p>

  <h2>Sunday worship</h2>
  <p>Sunday school 9:30 am · Worship 10:30 am (Karen with English translation) · Wednesday prayer
  7:00 pm</p>

  <h2>Pastor Saw Eh Doh</h2>
  <p>Pastor Saw Eh Doh has led our church since 2009. Before coming to Minnesota he taught at the
  Bible school in Mae La camp. He and Naw Mu have three grown children.</p>

  <h2>Karen New Year celebration</h2>
  <p>Saturday, January 11, 5 pm, in the fellowship hall. Don dance, bamboo dance and a Karen
  dinner. Everyone is welcome.</p>

  <h2>Tithes &amp; offerings</h2>
  <p>You can give in the offering box on Sunday or mail a check to the church office.</p>
</div>

<div class="side-col">
  <h3>Prayer &amp; needs</h3>
  <p>Please pray for the Htoo Meh family as they travel to Thailand.</p>
  <p>Our Sunday school has had no piano player since Sister Ruth moved to Omaha. If you can play
  simple hymns, please talk to Pastor after worship.</p>
  <h3>Latest posts</h3>
  <ul>
    <li><a href="/news.html">Why we serve: a letter from Pastor</a></li>
    <li><a href="/news.html">Baptism Sunday photos</a></li>
  </ul>
</div>
</div>
""")

MINISTRIES = page("en", "Ministries – Lakefield Karen Baptist Church", """
<h1>Ministries</h1>
<p>Every member has a place to serve. Here is where things stand this season.</p>

<h2>Nursery</h2>
<p>We need two more helpers for the nursery on the 2nd and 4th Sundays, so the mothers can sit in
worship.</p>

<h2>Van ministry</h2>
<p>Seeking drivers for the 8:45 am pickup loop through Windom and Jackson. A regular driver's
license is fine; the church insures the van.</p>

<h2>Sound &amp; projection</h2>
<p>Looking for someone who knows a mixing board and ProPresenter to run the booth twice a month.
Our only tech, Eh Say, leaves for college in August.</p>

<h2>Ushers</h2>
<p>Full for 2025 — thank you!</p>

<h2>Fellowship meal</h2>
<p>Kitchen teams are not needed until spring. We'll post a new sign-up in March.</p>

<h2>Custodian (paid)</h2>
<p>Part-time paid position, $16 an hour, about six hours a week. Ask in the office.</p>
""")

KAREN = page("kar", "ကညီ – Lakefield Karen Baptist Church", """
<h1>ကညီ တၢ်ဂ့ၢ်တၢ်ကျိၤ (Karen news)</h1>
<p>ဖဲနမ့ၢ်ဘၣ်သးမၤစၢၤ ကိး Saw Kaw (507) 555-0151.</p>

<ul class="board">
  <li>
    <h3>%(drv)s (Drivers)</h3>
    <p>ပှၤလိၣ်ဘၣ် %(drv)s လၢကဆှၢပှၤသးပှၢ်ဖိ လဲၤ Worthington clinic.</p>
    <p>(We need drivers to take elders to the Worthington clinic on weekdays.)</p>
  </li>
  <li>
    <h3>%(bl)s (Warm blankets)</h3>
    <p>ပှၤလိၣ်ဘၣ်%(bl)s 20 ဘ့ၣ် လၢဟံၣ်ဖိဃီဖိအသီတဖၣ်.</p>
    <p>(We need 20 warm blankets for new families.)</p>
  </li>
  <li>
    <h3>%(kit)s (Kitchen helpers)</h3>
    <p><span class="badge">%(full)s</span> (Full — enough people.) %(thx)s!</p>
  </li>
  <li>
    <h3>%(lang)s (Karen language class)</h3>
    <p>Saturday 10:00 am, for children 6–14, free.</p>
  </li>
  <li>
    <h3>%(ny)s (Karen New Year)</h3>
    <p>January 11, 5:00 pm.</p>
  </li>
</ul>
""" % {"drv": K_DRIVERS, "bl": K_BLANKETS, "kit": K_KITCHEN, "full": K_FULL, "thx": K_THANKS,
       "lang": K_LANGCLASS, "ny": K_NEWYEAR})

NEWS = page("en", "News – Lakefield Karen Baptist Church", """
<h1>Church news</h1>

<div class="blog-post">
  <h2 class="blog-title">Why we serve: a letter from Pastor</h2>
  <p class="blog-date">October 28</p>
  <p>Brothers and sisters, when I think about what our church has become... <a href="/news.html">Read more</a></p>
</div>

<div class="blog-post">
  <h2 class="blog-title">A new home for Naw Paw's family</h2>
  <p class="blog-date">October 20</p>
  <p>Sister Naw Paw and her four children just moved from Worthington into a trailer on the east
  side of town. They came with only suitcases. If you have a couch, a kitchen table or a dresser
  you can give, please call the office and the youth will pick it up on Saturday.</p>
</div>

<div class="blog-post">
  <h2 class="blog-title">Baptism Sunday</h2>
  <p class="blog-date">September 29</p>
  <p>Eleven young people were baptized in Heron Lake. Praise God! Thank you to the women who
  cooked for 300 guests.</p>
</div>

<div class="blog-post">
  <h2 class="blog-title">Update: the Htoo family has a car</h2>
  <p class="blog-date">September 15</p>
  <p>Thank you for praying. A family in Jackson gave them a minivan, so they no longer need rides
  to work.</p>
</div>
""")

ELDERS = page("en", "Elders – Lakefield Karen Baptist Church", """
<h1>Elders meeting notes</h1>
<p>For elders and deacons only.</p>
<ol>
  <li>Ask for a roofer to look at the fellowship hall leak.</li>
  <li>Brother Moo will ask the members for a donated chest freezer.</li>
  <li>We need a second bus driver with a CDL for the youth retreat.</li>
</ol>
""")

PAGES = {
    "index.html": INDEX,
    "ministries.html": MINISTRIES,
    "karen.html": KAREN,
    "news.html": NEWS,
    "elders/minutes.html": ELDERS,
}

ROBOTS = "User-agent: *\nDisallow: /elders/\n\nSitemap: https://lakefieldkbc.org/sitemap.xml\n"

PDFS = {
    "bulletin.pdf": ("Sunday Bulletin - Lakefield Karen Baptist Church", [
        ("title", "LAKEFIELD KAREN BAPTIST CHURCH - SUNDAY BULLETIN"),
        ("p", "401 3rd Ave, Lakefield, MN 56150 - (507) 555-0151"),
        ("gap", ""),
        ("h", "Order of worship"),
        ("p", "Call to worship - Hymn 112 - Prayer - Scripture: Psalm 46 - Sermon: Pastor Saw Eh Doh - "
              "Offering - Benediction"),
        ("h", "Announcements"),
        ("p", "Vacation Bible School is July 14-18, 9 am to noon, for children 4 to 12. Registration "
              "forms are in the foyer. VBS needs four more teen helpers to lead the craft tables; "
              "teens 14 and older, please see Naw Htoo after worship."),
        ("p", "Women's fellowship meets Tuesday at 7 pm at Naw Mu's house."),
        ("h", "Prayer list"),
        ("p", "The Htoo Meh family traveling; Grandpa Saw Lah in the hospital in Sioux Falls."),
        ("h", "Offering"),
        ("p", "Last week's offering: $1,840. Building fund: $22,300 of $60,000."),
    ]),
}

NEEDS = [
    need("index.html", ["piano player"], "skilled", "en", layout="sentence_only",
         note="sidebar sentence: 'has had no piano player'"),
    need("ministries.html", ["nursery"], "volunteer", "en", layout="heading_paragraph"),
    need("ministries.html", ["van ministry", "pickup loop"], "volunteer", "en", layout="heading_paragraph",
         note="'Seeking drivers ...'"),
    need("ministries.html", ["sound & projection", "mixing board"], "skilled", "en",
         layout="heading_paragraph"),
    need("karen.html", [K_DRIVERS, "drivers"], "volunteer", "kar", layout="heading_paragraph",
         note="Karen heading with English gloss"),
    need("karen.html", [K_BLANKETS, "warm blankets"], "donation", "kar", layout="heading_paragraph"),
    need("news.html", ["couch", "kitchen table", "dresser"], "donation", "en", layout="story"),
    need("bulletin.pdf", ["teen helpers"], "volunteer", "en", layout="pdf",
         note="buried in the VBS announcement"),
]

TRAPS = [
    trap("index.html", "hours", ["sunday worship"]),
    trap("index.html", "bio", ["pastor saw eh doh"]),
    trap("index.html", "event", ["karen new year celebration"]),
    trap("index.html", "general_appeal", ["tithes & offerings"]),
    trap("index.html", "blog", ["why we serve"]),
    trap("ministries.html", "filled", ["ushers"], note="'Full for 2025'"),
    trap("ministries.html", "filled", ["fellowship meal"], note="'not needed until spring'"),
    trap("ministries.html", "job", ["custodian"]),
    trap("karen.html", "filled", [K_KITCHEN, "kitchen helpers"], note="badge 'full'"),
    trap("karen.html", "service", [K_LANGCLASS, "karen language class"]),
    trap("karen.html", "event", [K_NEWYEAR, "karen new year"]),
    trap("news.html", "blog", ["a letter from pastor"]),
    trap("news.html", "recap", ["baptism sunday"]),
    trap("news.html", "filled", ["htoo family"], note="'no longer need rides'"),
    trap("bulletin.pdf", "event", ["vacation bible school"]),
    trap("bulletin.pdf", "general_appeal", ["building fund"]),
    trap("elders/minutes.html", "robots", ["roofer"]),
    trap("elders/minutes.html", "robots", ["chest freezer"]),
    trap("elders/minutes.html", "robots", ["bus driver"]),
]
