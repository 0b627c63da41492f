"""Thoo Mweh Karen Fellowship (Pierz): Weebly-style church site. English serving schedule table with
names in date cells; English newsletter with a family story and a buried ask; S'gaw Karen page with
English glosses; robots-disallowed /elders/. No PDF."""
from common import N, T

SLUG = "pierz-thoo-mweh-karen-fellowship"


def page(lang, title, body):
    return """<!DOCTYPE html>
<html lang="%s">
<head>
<title>%s</title>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link id="wsite-base-style" rel="stylesheet" type="text/css" href="//cdn2.editmysite.com/css/sites.css?buildTime=1712345678" />
<link rel="stylesheet" type="text/css" href="/files/main_style.css?1712345999" title="wsite-theme-css" />
</head>
<body class="no-header-page wsite-page-index">
<div class="wrapper">
<div class="dusk-header"><div class="nav-wrap"><div class="container">
<div class="logo"><span class="wsite-logo"><a href="/"><span id="wsite-title">Thoo Mweh Karen Fellowship</span></a></span></div>
<div class="nav desktop-nav"><ul class="wsite-menu-default">
<li id="active"><a class="wsite-menu-item" href="/index.html">Home</a></li>
<li><a class="wsite-menu-item" href="/serve.html">Serve</a></li>
<li><a class="wsite-menu-item" href="/news.html">News</a></li>
<li><a class="wsite-menu-item" href="/kar/index.html">ကညီ</a></li>
<li><a class="wsite-menu-item" href="/media/kee-ci-2024.htm">Media</a></li>
</ul></div></div></div></div>
<div class="main-wrap"><div class="container"><div id="wsite-content" class="wsite-elements wsite-not-footer">
""" % (lang, title) + body + """
</div></div></div>
<div class="footer-wrap"><div class="container"><div class="footer"><div class="wsite-elements wsite-footer">
<div class="paragraph" style="text-align:center;">Thoo Mweh Karen Fellowship &bull; meets at Zion Lutheran fellowship hall, 225 Main St S, Pierz, MN 56364<br>
Pastor Saw Eh Htoo &bull; 320-555-0156 &bull; <a href="/elders/">Elders</a></div>
</div></div></div></div>
</div>
</body>
</html>
"""


INDEX = page("en", "Thoo Mweh Karen Fellowship - Pierz, MN", """
<h2 class="wsite-content-title">Welcome to Thoo Mweh</h2>
<div class="paragraph">We are a Karen Baptist congregation of about 35 families who came to central Minnesota from the refugee camps on the Thai-Burma border. Everyone is welcome; services are in S'gaw Karen with an English summary.</div>
<h2 class="wsite-content-title">Sunday worship</h2>
<div class="paragraph">1:00 pm every Sunday, followed by a shared lunch. Youth meet Friday at 7.</div>
<h2 class="wsite-content-title">Karen language class</h2>
<div class="paragraph">Children learn to read and write Karen on Saturday mornings, 10&ndash;noon. Free; parents please stay.</div>
<h2 class="wsite-content-title">Wrist-Tying Day</h2>
<div class="paragraph">Our Kee Ci (wrist-tying) celebration will be Saturday, August 9, at Pierz city park. Bring a dish to share.</div>
<h2 class="wsite-content-title">Help us pay off the parsonage</h2>
<div class="paragraph">We owe $14,000 on the house where our pastor's family lives. Any gift, large or small, brings us closer.</div>
<h2 class="wsite-content-title">From the pastor: A harvest of thanks</h2>
<div class="paragraph">When we planted our first garden in 2019, nobody believed tomatoes would grow here&hellip; <a href="/news.html">Read more</a></div>
""")

SERVE = page("en", "Serve - Thoo Mweh Karen Fellowship", """
<h2 class="wsite-content-title">Serving schedule, May 2025</h2>
<div class="paragraph">A blank box means nobody has signed up yet.</div>
<div class="wsite-table"><table border="1" cellpadding="6" style="border-collapse:collapse;width:100%">
<tr style="background:#e8eef7"><th>Task</th><th>May 4</th><th>May 11</th><th>May 18</th><th>May 25</th><th>Status</th></tr>
<tr><td>Nursery (ages 0&ndash;3)</td><td>Naw Eh</td><td></td><td>Naw Say</td><td></td><td>Need 1 more person each open Sunday</td></tr>
<tr><td>Sound &amp; projector</td><td>Saw Kyaw</td><td>Saw Kyaw</td><td></td><td></td><td>Open &ndash; must know ProPresenter</td></tr>
<tr><td>Communion prep</td><td>Naw Paw</td><td>Naw Paw</td><td>Naw Paw</td><td>Naw Paw</td><td>&#10004; covered</td></tr>
<tr><td>Lunch cleanup</td><td>Htoo family</td><td>Moo family</td><td>Soe family</td><td>Paw family</td><td>FULL</td></tr>
<tr><td>Youth van driver (Fridays)</td><td colspan="4" style="text-align:center">&mdash;</td><td>1 open, must be 25 or older</td></tr>
<tr><td>English Bible study leader (Wednesdays)</td><td colspan="4" style="text-align:center">starting June</td><td>Needed: a native English speaker to lead a study for our young adults</td></tr>
</table></div>
<div class="paragraph"><strong>To sign up:</strong> write your name in an empty box on the paper copy in the foyer, or text Naw Eh.</div>
""")

KAR = page("kar", "ပှၤကညီဖိ - Thoo Mweh", """
<h2 class="wsite-content-title">ပှၤကညီဖိ တၢ်မၤစၢၤ (Karen page &ndash; help needed)</h2>
<div class="paragraph">ပသ့ၣ်ညါဘၣ်ဖိးဒီး တၢ်မၤစၢၤ လၢ ပဟံၣ်ဖိဃီဖိ တဖၣ်အဂီၢ်.</div>

<h3>သရၣ်သိၣ်လိတၢ်ထါ (weaving teacher)</h3>
<div class="paragraph">ပလိၣ်ဘၣ် သရၣ်မုၣ် ၁ ဂၤ လၢ ကသိၣ်လိ ပှၤသးစၢ်ဖိ တၢ်ထါ ဆ့ၤကၤကညီ. Saturday 1&ndash;3 pm.</div>

<h3>တၢ်ဒါ ဒီး ယဲၤ (sleeping mats and blankets)</h3>
<div class="paragraph">ဟံၣ်ဖိဃီဖိ ၃ ဖျၢၣ် ဟဲထီၣ်သီ လၢ လါ April. အဝဲသ့ၣ် လိၣ်ဘၣ် တၢ်ဒါ ဒီး ယဲၤ.</div>

<h3>ပှၤကတိၤကျိာ် လၢ ဟံၣ်ကသံၣ် (interpreter for clinic visits)</h3>
<div class="paragraph">ပှၤသးပှၢ်တဖၣ် လဲၤ ဟံၣ်ကသံၣ် ဒီး တသ့ၣ်ညါ ကျိာ်အဲကလံး. ပလိၣ်ဘၣ် ပှၤ ကတိၤ ကညီကျိာ် ဒီး အဲကလံးကျိာ် သ့.</div>

<h3><s>ပှၤမၤစၢၤ ဘိၣ်တၢ်ဟ့ၣ် (Christmas gift wrapping helpers)</s></h3>
<div class="paragraph">ပှဲၤလံ &mdash; FULL. တၢ်ဘျုးဒိၣ်မး.</div>

<h3>ကညီနံၣ်ထီၣ်သီ (Karen New Year celebration)</h3>
<div class="paragraph">January 2026, Pierz school gym.</div>
<div class="paragraph">တၢ်ဘါယွၤ (Sunday worship) 1:00 pm.</div>
""")

NEWS = page("en", "News - Thoo Mweh Karen Fellowship", """
<h2 class="wsite-content-title">Thoo Mweh News &ndash; Spring 2025</h2>
<h3>Welcome, Saw Htoo's family!</h3>
<div class="paragraph">Saw Htoo, Naw Mu and their three boys arrived in March after eleven years in Mae La camp. The church found them an apartment on Kamnitz Street, but it is nearly empty. They still need a kitchen table with chairs and a dresser for the children's clothes. Moving furniture has been our bottleneck, too: we are looking for someone with a pickup truck who can haul donated furniture on Saturday mornings.</div>
<h3>A harvest of thanks</h3>
<div class="paragraph">When we planted our first garden in 2019, nobody believed tomatoes would grow here. Pastor Eh Htoo writes about six summers of gardens and what they taught us about patience.</div>
<h3>Looking back</h3>
<div class="paragraph">Our Christmas program drew 300 people, including the mayor. Thank you to the choir and the youth drama team!</div>
<div class="paragraph"><em>Update:</em> the ESL tutor request from February is filled. Thank you, Mrs. Schmitz!</div>
<h3>Meet our new deacon</h3>
<div class="paragraph">Saw Ler Moo worked as a medic in the camp clinic for nine years. He now works at the Pierz nursing home and will lead our visitation team.</div>
<h3>Jobs in town</h3>
<div class="paragraph">Pierz Foods is hiring line workers on second shift, $19 an hour. Talk to Eh Soe if you want help with the application.</div>
""")

ELDERS = page("en", "Elders - Thoo Mweh Karen Fellowship", """
<h2 class="wsite-content-title">Elders' page (private)</h2>
<ul>
<li>Roof repair on the parsonage: get three quotes before July.</li>
<li>We need two more offering counters for the second Sunday.</li>
<li>Order 40 new hymnals from the Karen Baptist Convention.</li>
</ul>
""")

PAGES = {
    "index.html": INDEX,
    "serve.html": SERVE,
    "kar/index.html": KAR,
    "news.html": NEWS,
    "elders/index.html": ELDERS,
}

ROBOTS = """Sitemap: https://www.thoomwehkaren.org/sitemap.xml

User-agent: NerdyBot
Disallow: /

User-agent: *
Disallow: /elders/
Disallow: /ajax/
"""

PDFS = {}

NEEDS = [
    N("serve.html", ["nursery"], "volunteer", "en", [], "shift_table", "two blank Sundays"),
    N("serve.html", ["projector"], "skilled", "en", [], "shift_table", "ProPresenter"),
    N("serve.html", ["youth van"], "volunteer", "en", [], "shift_table", "1 open"),
    N("serve.html", ["bible study"], "skilled", "en", ["en"], "shift_table", "native English speaker"),
    N("news.html", ["kitchen table", "dresser", "saw htoo"], "donation", "en", [], "story", "newly arrived family"),
    N("news.html", ["pickup truck"], "volunteer", "en", [], "newsletter_buried", "same paragraph as the story"),
    N("kar/index.html", ["weaving teacher", "သရၣ်သိၣ်လိတၢ်ထါ"], "skilled", "kar", [], "heading_paragraph",
      "English gloss beside Karen heading"),
    N("kar/index.html", ["sleeping mats", "တၢ်ဒါ"], "donation", "kar", [], "heading_paragraph", "mats and blankets"),
    N("kar/index.html", ["interpreter for clinic", "ပှၤကတိၤကျိာ်"], "skilled", "kar", ["kar", "en"], "heading_paragraph"),
]

TRAPS = [
    T("index.html", "hours", ["sunday worship"]),
    T("index.html", "service", ["karen language class"]),
    T("index.html", "event", ["wrist-tying"]),
    T("index.html", "general_appeal", ["parsonage"]),
    T("index.html", "blog", ["harvest of thanks"]),
    T("serve.html", "filled", ["communion prep"], "every cell named, check mark"),
    T("serve.html", "filled", ["lunch cleanup"], "FULL"),
    T("serve.html", "how_to_apply", ["to sign up"]),
    T("kar/index.html", "filled", ["gift wrapping"], "struck heading + 'ပှဲၤလံ — FULL'"),
    T("kar/index.html", "event", ["new year celebration"]),
    T("kar/index.html", "hours", ["sunday worship"]),
    T("news.html", "blog", ["harvest of thanks"]),
    T("news.html", "recap", ["christmas program"]),
    T("news.html", "filled", ["esl tutor"], "'is filled'"),
    T("news.html", "bio", ["new deacon"]),
    T("news.html", "job", ["line workers"], "paid job in town"),
    T("elders/index.html", "robots", ["roof repair"]),
    T("elders/index.html", "robots", ["offering counters"]),
    T("elders/index.html", "robots", ["new hymnals"]),
]
