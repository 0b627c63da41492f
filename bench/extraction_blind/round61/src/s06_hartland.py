"""Site 6: Hsa Thoo Lei Karen Church, Hartland. Old Wordpress-ish blog with a S'gaw Karen page."""
from common import N, T

SLUG = "hartland-hsa-thoo-lei-karen-church"


def _page(lang, title, body):
    return """<!DOCTYPE html>
<html lang="%s">
<head>
<meta charset="utf-8">
<title>%s | Hsa Thoo Lei Karen Church</title>
<link rel="stylesheet" href="/wp-content/themes/twentyfourteen/style.css?ver=4.9.8">
</head>
<body class="page">
<div id="page" class="hfeed site">
<header id="masthead" class="site-header">
<h1 class="site-title"><a href="/">Hsa Thoo Lei Karen Church</a></h1>
<h2 class="site-description">&ldquo;Bright Star&rdquo; &middot; A Karen Baptist family in Hartland, Minnesota</h2>
<nav id="primary-navigation" class="site-navigation primary-navigation"><div class="menu-main-container"><ul id="menu-main" class="nav-menu">
<li><a href="/">Home</a></li>
<li><a href="/serve.html">Serve</a></li>
<li><a href="/karen.html">ကညီ (Karen)</a></li>
<li><a href="/news.html">News</a></li>
<li><a href="/sermons/2024-12-25.html">Sermons</a></li>
</ul></div></nav>
</header>
<div id="main" class="site-main"><div id="primary" class="content-area"><div id="content" class="site-content" role="main">
%s
</div></div></div>
<footer id="colophon" class="site-footer"><div class="site-info">
Hsa Thoo Lei Karen Church &middot; 501 Broadway, Hartland, MN 56042 &middot; (507) 555-0119 &middot; htlkarenchurch@example.org &middot; <a href="/deacons/">Deacons</a>
</div></footer>
</div>
</body>
</html>
""" % (lang, title, body)


PAGES = {}

PAGES["index.html"] = _page("en", "Home", """
<article class="page hentry"><div class="entry-content">
<p>Welcome! We are about 60 Karen families from Burma and the Thai border camps, worshiping together in Hartland since 2009. Visitors are always welcome &mdash; services are in S'gaw Karen with English summaries.</p>
<h3>Service times</h3>
<ul><li>Sunday worship: 1:00 pm</li><li>Wednesday Bible study: 7:00 pm</li><li>Youth night: Wednesday 6:00 pm</li></ul>
<h3>Tithes and offerings</h3>
<p>You can give in the offering box or mail a check to the church. God bless you for your faithfulness.</p>
<p>Summer kids: see the <a href="/vbs-2025.pdf">Vacation Bible School flyer (PDF)</a>.</p>
</div></article>
""")

PAGES["serve.html"] = _page("en", "Serve", """
<article class="page hentry">
<header class="entry-header"><h1 class="entry-title">Ways to serve</h1></header>
<div class="entry-content">
<h3>2 people needed</h3>
<p>Van drivers for Wednesday youth night. Must be 25 or older with a clean driving record; the church van is an automatic.</p>
<h3>1 person needed</h3>
<p>Treasurer's assistant who knows Excel &mdash; help count the offering and enter it in the spreadsheet every other Sunday.</p>
<h3>0 needed &mdash; thank you!</h3>
<p>Vacation Bible School teachers: all 8 classes have a teacher this year.</p>
<h3>Always welcome</h3>
<p>Karen&ndash;English interpreter for doctor visits. Many of our elders have appointments in Albert Lea and Austin, and the phone interpreters the clinics use don't speak S'gaw. If you speak both languages, please talk to Pastor Eh Htoo.</p>
<h3>Paid: church custodian</h3>
<p>10 hours a week, $15/hour. Cleaning the sanctuary and fellowship hall, shoveling snow.</p>
<p><em>To join a team, fill out a card in the pew rack and put it in the offering box.</em></p>
</div></article>
""")

PAGES["karen.html"] = _page("kar", "ကညီ", """
<article class="page hentry">
<header class="entry-header"><h1 class="entry-title">ပကလိၣ်ဘၣ်တၢ်မၤစၢၤ (We need help)</h1></header>
<div class="entry-content">
<p>တၢ်ဘါထုကဖၣ် (Worship) &mdash; မုၢ်ဒဲး (Sunday) 1:00 pm.</p>
<h3>ပှၤကွၢ်ထွဲဖိသၣ် &mdash; Sunday childcare helpers</h3>
<p>ပကလိၣ်ဘၣ် ၂ ဂၤ. Sunday 1:00&ndash;3:00 pm.</p>
<h3>ပှၤနီၣ်သိလ့ၣ် &mdash; drivers to the clinic</h3>
<p>ပကလိၣ်ဘၣ် ၃ ဂၤ. Albert Lea, Austin. Tuesday, Thursday.</p>
<h3>သရၣ်ကျိာ်အဲကလံး &mdash; English teacher for adults</h3>
<p>ပကလိၣ်ဘၣ် ၁ ဂၤ. Wednesday 6:00 pm, fellowship hall.</p>
<h3>ဆ့ၤကၤဖိသၣ် &mdash; children's clothes</h3>
<p>Winter coats, boots, size 4&ndash;14. ပကလိၣ်ဘၣ်. တၢ်ဘျုး!</p>
<h3><s>ပှၤမၤကဆွဲကဆှီ &mdash; church cleaning</s></h3>
<p>ပှဲၤလံ &mdash; FULL. တၢ်ဘျုးဒိၣ်မး.</p>
<h3>ကညီနံၣ်သီ &mdash; Karen New Year</h3>
<p>January 11, 10:00 am, Hartland school gym. Don, food, songs.</p>
</div></article>
""")

PAGES["news.html"] = _page("en", "News", """
<article class="post hentry">
<header class="entry-header"><h1 class="entry-title"><a href="/news.html">Pastor's corner: Walking with the Lord in a new land</a></h1><div class="entry-meta">May 4, 2025</div></header>
<div class="entry-summary"><p>Sixteen years ago, most of us arrived in Minnesota with one suitcase&hellip; <a href="/news.html" class="more-link">Continue reading &rarr;</a></p></div>
</article>
<article class="post hentry">
<header class="entry-header"><h1 class="entry-title">Welcome home, Saw Ler Moo</h1><div class="entry-meta">April 27, 2025</div></header>
<div class="entry-content"><p>Brother Saw Ler Moo came from Mae La camp in January and has just moved into his first apartment in Albert Lea. The church gave him a bed, but he still has no kitchen table, no chairs and only one pot. If you have a kitchen table and chairs you no longer use, please tell Deacon Paw Htoo and the youth will pick it up.</p></div>
</article>
<article class="post hentry">
<header class="entry-header"><h1 class="entry-title">Flood relief: thank you</h1><div class="entry-meta">April 6, 2025</div></header>
<div class="entry-content"><p>Together we sent $4,100 to families hit by the floods in Karen State. Thank you for your generous hearts.</p></div>
</article>
<article class="post hentry">
<header class="entry-header"><h1 class="entry-title">Baptism Sunday</h1><div class="entry-meta">March 30, 2025</div></header>
<div class="entry-content"><p>June 8 at Lake Chapeau. Eleven young people will be baptized. Picnic to follow.</p></div>
</article>
""")

PAGES["deacons/index.html"] = _page("en", "Deacons", """
<article class="page hentry"><div class="entry-content">
<h1>Deacons' board (private)</h1>
<ol>
<li>Need someone to re-roof the parsonage garage before winter &mdash; get two quotes.</li>
<li>New Sunday school superintendent needed from September.</li>
<li>Budget meeting May 18.</li>
</ol>
</div></article>
""")

ROBOTS = """User-agent: *
Disallow: /deacons/
Disallow: /wp-admin/
Crawl-delay: 10
"""

PDFS = {
    "vbs-2025.pdf": ("Vacation Bible School 2025", [
        ("title", "Vacation Bible School 2025 - Shine Bright!"),
        ("p", "Hsa Thoo Lei Karen Church, Hartland. June 23-27, 9:00 am to noon. Ages 4 to 12. Free."),
        ("h", "Register your child"),
        ("p", "Fill out the bottom of this page and give it to Sayama Naw Paw by June 15. One form per child."),
        ("h", "Snack donations needed"),
        ("p", "We will feed 70 kids every morning. Please bring juice boxes, goldfish crackers, string cheese or bananas to the fellowship hall by Sunday, June 22."),
        ("p", "Child's name: ____________  Age: ____  Parent phone: ____________  Allergies: ____________"),
    ]),
}

_S, _K, _N, _D, _P = "serve.html", "karen.html", "news.html", "deacons/index.html", "vbs-2025.pdf"

NEEDS = [
    N(_S, ["van drivers"], "volunteer", "en", layout="count_heading", note="heading is just '2 people needed'"),
    N(_S, ["treasurer's assistant"], "skilled", "en", layout="count_heading", note="heading '1 person needed'"),
    N(_S, ["interpreter for doctor visits"], "skilled", "en", ["kar", "en"], layout="count_heading",
      note="heading 'Always welcome'"),
    N(_K, ["ပှၤကွၢ်ထွဲဖိသၣ်", "sunday childcare helpers"], "volunteer", "kar", layout="heading_paragraph",
      note="Karen name + English gloss"),
    N(_K, ["ပှၤနီၣ်သိလ့ၣ်", "drivers to the clinic"], "volunteer", "kar", layout="heading_paragraph"),
    N(_K, ["သရၣ်ကျိာ်အဲကလံး", "english teacher for adults"], "skilled", "kar", ["en"], layout="heading_paragraph"),
    N(_K, ["ဆ့ၤကၤဖိသၣ်", "children's clothes"], "donation", "kar", layout="heading_paragraph"),
    N(_N, ["kitchen table"], "donation", "en", layout="story", note="new arrival, no table/chairs/pots"),
    N(_P, ["snack donations", "juice boxes"], "donation", "en", layout="pdf"),
]

TRAPS = [
    T("index.html", "hours", ["service times"]),
    T("index.html", "general_appeal", ["tithes and offerings"]),
    T(_S, "filled", ["vacation bible school teachers"], "heading '0 needed - thank you!'"),
    T(_S, "job", ["church custodian"]),
    T(_S, "how_to_apply", ["fill out a card in the pew rack"]),
    T(_K, "hours", ["တၢ်ဘါထုကဖၣ်"]),
    T(_K, "filled", ["church cleaning", "ပှၤမၤကဆွဲကဆှီ"], "struck through, 'ပှဲၤလံ - FULL'"),
    T(_K, "event", ["karen new year", "ကညီနံၣ်သီ"]),
    T(_N, "blog", ["pastor's corner"]),
    T(_N, "recap", ["flood relief"]),
    T(_N, "event", ["baptism sunday"]),
    T(_D, "robots", ["parsonage garage"]),
    T(_D, "robots", ["sunday school superintendent"]),
    T(_P, "event", ["shine bright"]),
    T(_P, "how_to_apply", ["register your child"]),
]
