from common import N, T

SLUG = "frazee-karen-christian-fellowship"

HEAD = """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{title} - Frazee Karen Christian Fellowship</title>
<meta name="generator" content="Weebly">
<link rel="stylesheet" href="//cdn2.editmysite.com/css/sites.css?buildTime=1718">
</head>
<body class="header-page wsite-theme-light">
<div class="wrapper">
 <div class="dusk-header"><div class="nav-wrap">
  <span class="wsite-logo"><a href="/"><span id="wsite-title">Frazee Karen Christian Fellowship</span></a></span>
  <ul class="wsite-menu-default">
   <li id="pg1" class="wsite-menu-item-wrap"><a href="/" class="wsite-menu-item">Home</a></li>
   <li id="pg2" class="wsite-menu-item-wrap"><a href="/ministries.html" class="wsite-menu-item">Ministries</a></li>
   <li id="pg3" class="wsite-menu-item-wrap"><a href="/kar/" class="wsite-menu-item">ကညီ</a></li>
   <li id="pg4" class="wsite-menu-item-wrap"><a href="/kar/photos.html" class="wsite-menu-item">Photos</a></li>
  </ul>
 </div></div>
 <div class="main-wrap"><div class="container">
"""

FOOT = """
 </div></div>
 <div class="footer-wrap"><div class="footer">
  <div class="paragraph">Frazee Karen Christian Fellowship &bull; 115 W Main Ave, Frazee, MN 56544 &bull; (218) 555-0135<br>
  <a href="/bulletin.pdf">This week's bulletin (PDF)</a> &bull; <a href="/elders/meeting-notes.html">Elders</a> &bull; <a href="/sermons/archive.html">Sermons</a></div>
 </div></div>
</div>
</body>
</html>
"""

INDEX = HEAD.format(lang="en", title="Home") + """
<h2 class="wsite-content-title">Welcome to Frazee Karen Christian Fellowship</h2>
<div class="paragraph">We are a Sgaw Karen congregation meeting in the former Trinity building on Main Avenue. Everyone is welcome.</div>
<h2 class="wsite-content-title">Worship times</h2>
<div class="paragraph">Sunday 10:00 am Karen service &bull; 1:00 pm English service &bull; Wednesday 7:00 pm prayer meeting</div>
<h2 class="wsite-content-title">This week</h2>
<div class="paragraph"><ul>
 <li>Thank you to everyone who helped with the rummage sale. We raised $1,870 for the roof fund.</li>
 <li>Our Tuesday English class still needs two volunteers who can sit with adults and practice conversation, 6:30&ndash;8:00 pm. Native English speakers especially welcome.</li>
 <li>Youth retreat sign-ups are due Sunday. Cost is $40.</li>
</ul></div>
<h2 class="wsite-content-title">Our pastor</h2>
<div class="paragraph">Pastor Saw Htoo Lay came to Minnesota from Mae La refugee camp in 2008. He and his wife Naw Paw have five children.</div>
<div class="wsite-button-wrap"><a class="wsite-button" href="https://tithe.ly/give?c=FKCF"><span class="wsite-button-inner">Give online</span></a></div>
<div class="paragraph">Your tithes and offerings support the ministries of our church.</div>
""" + FOOT

MINISTRIES = HEAD.format(lang="en", title="Ministries") + """
<h2 class="wsite-content-title">Ministries</h2>
<details open>
 <summary><strong>Youth ministry</strong></summary>
 <div class="paragraph">Friday nights 7&ndash;9 pm: games, worship and Bible study with about 25 teens. We need two more youth leaders, over 21, who can commit to the school year.</div>
</details>
<details>
 <summary><strong>Women's fellowship</strong></summary>
 <div class="paragraph">Meets the second Saturday of each month at 10 am in the fellowship hall.</div>
</details>
<details>
 <summary><strong>Music ministry</strong></summary>
 <div class="paragraph">We are looking for someone who can play keyboard for the 1:00 pm English service. Chord charts are provided.</div>
</details>
<details>
 <summary><strong>Hospitality</strong></summary>
 <div class="paragraph">We have all the cooks we need until after Christmas. Thank you!</div>
</details>
<details>
 <summary><strong>Building care</strong></summary>
 <div class="paragraph">Custodian, 8 hours a week, paid $17 an hour. Talk to Deacon Eh Doh.</div>
</details>
""" + FOOT

KAR = HEAD.format(lang="kar", title="ကညီ") + """
<h2 class="wsite-content-title">ကညီခရံာ်ဖိ တၢ်အိၣ်ဖှိၣ် Frazee</h2>
<div class="paragraph">(Frazee Karen Christian Fellowship &ndash; Karen page)</div>
<h2 class="wsite-content-title">တၢ်မၤစၢၤလၢ ပလိၣ်ဘၣ် (Help we need now)</h2>
<h3>ပှၤကတိၤကျိာ် (Karen-English interpreter for doctor visits)</h3>
<div class="paragraph">ပှၤသးပှၢ်တဖၣ် လဲၤဆူ တၢ်ကူစါဟံၣ် လၢ Detroit Lakes. ပလိၣ်ဘၣ် ပှၤကတိၤကညီကျိာ် ဒီး အဲကလံးကျိာ် သ့တဂၤ.
(Our elders go to the clinic in Detroit Lakes and need someone who speaks Karen and English to go with them.)</div>
<h3>ယဲၤ ဒီး ဘု (Blankets and rice)</h3>
<ul>
 <li>ယဲၤ (blankets)</li>
 <li>ဘု ၂၅ ပီၣ် (25 lb bags of rice)</li>
 <li>သပၢၤ (cooking pots)</li>
</ul>
<h3><s>ဆ့ကၤ ပှၤသးဝံၣ် (choir robes)</s></h3>
<div class="paragraph">ပှဲၤလံ. တၢ်ဘျုး! (We have enough &ndash; thank you!)</div>
<h2 class="wsite-content-title">ကညီနီၣ်ထီၣ်သီ (Karen New Year)</h2>
<div class="paragraph">January 10, 2026, 10:00 am, Frazee school gym. (ပှၤကညီခဲလၢာ် ဟဲဝဲ.)</div>
""" + FOOT

PHOTOS = HEAD.format(lang="kar", title="တၢ်ဂီၤ") + """
<h2 class="wsite-content-title">တၢ်ဂီၤ (Photos)</h2>
<div class="wsite-image">
 <img src="/uploads/ny2025.jpg" alt="">
 <div class="wsite-caption">ကညီနီၣ်ထီၣ်သီ ၂၀၂၅ (Karen New Year 2025) &ndash; 300 people came. တၢ်ဘျုး!</div>
</div>
<div class="wsite-image">
 <img src="/uploads/tables.jpg" alt="">
 <div class="wsite-caption">ပလိၣ်ဘၣ် ပှၤမၤစၢၤ (Helpers wanted): set up tables and tents for Karen New Year 2026, Saturday January 10, 7:00 am.</div>
</div>
<div class="wsite-image">
 <img src="/uploads/wrist.jpg" alt="">
 <div class="wsite-caption">ကီၢ်စုကီၢ်ခီၣ် (Wrist-tying ceremony), August 2025.</div>
</div>
""" + FOOT

ELDERS = HEAD.format(lang="en", title="Elders") + """
<h2 class="wsite-content-title">Elders meeting notes (private)</h2>
<div class="paragraph"><ol>
 <li>Ask the Lutheran church to lend their 15-passenger van for the youth retreat.</li>
 <li>Need a volunteer sound technician for the English service.</li>
 <li>Look for someone to donate a new water heater for the kitchen.</li>
</ol></div>
""" + FOOT

PAGES = {
    "index.html": INDEX,
    "ministries.html": MINISTRIES,
    "kar/index.html": KAR,
    "kar/photos.html": PHOTOS,
    "elders/meeting-notes.html": ELDERS,
}

ROBOTS = """Sitemap: http://www.frazeekarenchurch.org/sitemap.xml

User-agent: NerdyBot
Disallow: /

User-agent: *
Disallow: /ajax/
Disallow: /apps/
Disallow: /elders/
"""

PDFS = {
    "bulletin.pdf": ("Sunday Bulletin - Frazee Karen Christian Fellowship", [
        ("title", "FRAZEE KAREN CHRISTIAN FELLOWSHIP"),
        ("title", "Sunday Bulletin - November 16, 2025"),
        ("h", "Order of worship (1:00 pm English service)"),
        ("p", "Call to worship - Hymn 112 - Prayer - Scripture: Psalm 121 - Sermon: \"Where does my help come from?\" - "
              "Offering - Benediction"),
        ("h", "Announcements"),
        ("p", "Thanksgiving service will be held Thursday, November 27 at 6 pm, followed by a meal in the fellowship hall."),
        ("p", "The mission offering for schools on the Thai border reached $2,310. Thank you for your generosity!"),
        ("p", "Every time it rains, water comes through the fellowship hall ceiling near the kitchen. Before the snow "
              "comes we need someone who knows roofing to look at the flat roof and patch it. The church will buy the "
              "materials. Please talk to Deacon Eh Doh after service."),
        ("p", "Ushers this week: Saw Eh Kaw and Naw Mu Paw."),
    ]),
}

NEEDS = [
    N("index.html", ["english class", "practice conversation"], "volunteer", "en", ["en"], layout="newsletter_buried",
      note="bulleted 'This week' list"),
    N("ministries.html", ["youth leaders", "youth ministry"], "volunteer", "en", layout="accordion"),
    N("ministries.html", ["keyboard"], "skilled", "en", layout="accordion"),
    N("kar/index.html", ["karen-english interpreter", "ပှၤကတိၤကျိာ်"], "skilled", "kar", ["kar", "en"], layout="heading_paragraph"),
    N("kar/index.html", ["blankets and rice", "ယဲၤ ဒီး ဘု"], "donation", "kar", layout="wish_list"),
    N("kar/photos.html", ["set up tables and tents"], "volunteer", "kar", layout="image_caption"),
    N("bulletin.pdf", ["roofing", "flat roof"], "skilled", "en", layout="newsletter_buried_pdf"),
]

TRAPS = [
    T("index.html", "hours", ["worship times"]),
    T("index.html", "recap", ["rummage sale"]),
    T("index.html", "event", ["youth retreat"]),
    T("index.html", "bio", ["saw htoo lay"]),
    T("index.html", "general_appeal", ["tithes and offerings"]),
    T("ministries.html", "event", ["women's fellowship"]),
    T("ministries.html", "filled", ["hospitality"], "all the cooks we need"),
    T("ministries.html", "job", ["custodian"], "$17/h"),
    T("kar/index.html", "filled", ["choir robes"], "struck + 'we have enough'"),
    T("kar/index.html", "event", ["ကညီနီၣ်ထီၣ်သီ (karen new year)"]),
    T("kar/photos.html", "recap", ["300 people came"]),
    T("kar/photos.html", "event", ["wrist-tying ceremony"]),
    T("bulletin.pdf", "event", ["thanksgiving service"]),
    T("bulletin.pdf", "recap", ["mission offering"]),
    T("elders/meeting-notes.html", "robots", ["15-passenger van"]),
    T("elders/meeting-notes.html", "robots", ["sound technician"]),
    T("elders/meeting-notes.html", "robots", ["water heater"]),
]
