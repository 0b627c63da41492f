"""Lyle Karen Baptist Church (Lyle, MN). WordPress block-theme look; English + S'gaw Karen.
Robots: plain `*` group disallowing /deacons/."""
from common import N, T

SLUG = "lyle-sgaw-karen-baptist-church"
TOWN = "lyle"


def shell(title, body, lang="en", extra_head=""):
    return """<!DOCTYPE html>
<html lang="%s">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%s &#8211; Lyle Karen Baptist Church</title>
<link rel="stylesheet" id="wp-block-library-css" href="/wp-includes/css/dist/block-library/style.min.css?ver=6.5" media="all">
<link rel="stylesheet" href="/wp-content/themes/twentytwentyfour/style.css?ver=1.1">%s
</head>
<body class="wp-site-blocks page-template-default">
<header class="wp-block-template-part">
<div class="wp-block-group alignwide is-layout-flex">
<p class="wp-block-site-title"><a href="/" rel="home">Lyle Karen Baptist Church</a></p>
<nav class="wp-block-navigation"><ul class="wp-block-navigation__container">
<li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="/">Home</a></li>
<li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="/help.html">Ways to Help</a></li>
<li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="/news.html">News</a></li>
<li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="/kar/">&#4096;&#4106;&#4142;</a></li>
</ul></nav>
</div>
</header>
<main class="wp-block-group">
%s
</main>
<footer class="wp-block-template-part">
<div class="wp-block-group has-small-font-size">
<p>Lyle Karen Baptist Church &middot; 318 Larch Street, Lyle, MN &middot; 507-555-0142 &middot; office@lylekbc.example</p>
<p><a href="/deacons/">Deacons</a> &middot; <a href="/bulletin-2025-10.pdf">This month&#8217;s bulletin (PDF)</a></p>
</div>
</footer>
</body>
</html>
""" % (lang, title, extra_head, body)


INDEX = shell("Home", """
<div class="wp-block-cover"><h1 class="wp-block-heading has-text-align-center">Welcome home</h1>
<p class="has-text-align-center">A Karen and English speaking family of faith in Mower County since 2009.</p></div>

<div class="wp-block-columns">
<div class="wp-block-column">
<h2 class="wp-block-heading">Worship with us</h2>
<p>Sunday worship 10:00 a.m. (Karen, with English summary) &middot; Wednesday prayer 7:00 p.m. &middot; Youth Friday 6:30 p.m.</p>
</div>
<div class="wp-block-column">
<h2 class="wp-block-heading">Get involved</h2>
<p>There are many ways to serve at LKBC, from Sunday mornings to the kitchen. <a href="/help.html">See ways to help &rarr;</a></p>
</div>
</div>

<h2 class="wp-block-heading">From Pastor Saw Ler Moo</h2>
<p>Dear church family, thank you for your prayers for the Htoo family during their move. As the mornings turn cold,
I also ask you to pray for our old fellowship hall. The furnace made a loud banging noise again on Sunday and the
building was 58 degrees by lunch. If you know heating systems, or you have a friend who is a furnace technician,
please talk with me. We are looking for someone who can inspect the furnace and tell us if it can be fixed before
the snow comes. We can buy the parts.</p>
<p>Remember that the Karen New Year celebration is Saturday, January 11 at the Lyle Community Hall. Everyone is welcome,
bring your family and friends. Wear your Karen shirt!</p>
<p><a href="/media/karen-new-year-2025.html">Photos from last year&#8217;s Karen New Year</a></p>
""")

HELP = shell("Ways to Help", """
<h1 class="wp-block-heading">Ways to Help</h1>
<p>Serving is part of worship. Here is where a hand is needed right now. Talk to Thramu Naw Eh Ywa after service
or call the office.</p>

<div class="wp-block-columns is-layout-grid role-grid">
 <div class="wp-block-group role-card">
  <h3 class="wp-block-heading">Sunday van driver</h3>
  <p class="status"><mark>OPEN</mark></p>
  <p>The church van picks up elders in Lyle and Rose Creek at 9:15. We need one more driver with a valid license to take
  the second and fourth Sundays. The church pays for gas and insurance.</p>
 </div>
 <div class="wp-block-group role-card">
  <h3 class="wp-block-heading">Nursery helper</h3>
  <p class="status"><mark>FULL</mark></p>
  <p>Thank you! The nursery rotation is full until June.</p>
 </div>
 <div class="wp-block-group role-card">
  <h3 class="wp-block-heading">English tutor for adults</h3>
  <p class="status"><mark>OPEN</mark></p>
  <p>Several of our adults are studying for the citizenship test and for driving tests. We need a patient English
  speaker to meet them Tuesday evenings in the fellowship hall. Karen language not needed.</p>
 </div>
 <div class="wp-block-group role-card">
  <h3 class="wp-block-heading">Church custodian (part-time)</h3>
  <p class="status"><mark>PAID</mark></p>
  <p>10 hours per week, $16 per hour. Cleaning the sanctuary and kitchen after Sunday. Send a letter to the office.</p>
 </div>
</div>

<h2 class="wp-block-heading">Needed this month</h2>
<p>Our nursery is caring for eleven babies this fall. Please bring diapers (size 4 and size 5) and baby wipes,
unopened, and leave them in the blue bin by the nursery door.</p>

<h2 class="wp-block-heading">Please do not bring</h2>
<ul>
<li>Used mattresses or box springs</li>
<li>Used car seats (we cannot check if they are safe)</li>
<li>Old televisions</li>
</ul>
<p>Thank you for understanding. We have no space to store these things.</p>
""")

NEWS = shell("News", """
<h1 class="wp-block-heading">News</h1>

<article class="post">
<h2 class="entry-title"><a href="/news.html#welcome-eh-paw">A new family in our church</a></h2>
<p class="entry-meta">October 6, 2025 &middot; Naw Eh Ywa</p>
<p>Eh Paw, his wife Naw Mu and their four children arrived from the camp in Thailand in August. They are renting a
small house on Elm Street. The children started school last week and are already learning English fast. But the
family still sleeps on blankets on the floor. They do not have beds, and they eat sitting on the floor because they
have no kitchen table. If your family can give beds (two twin beds and one full bed) or a table with chairs, please
call Naw Eh Ywa at 507-555-0147. Our youth can pick up.</p>
</article>

<article class="post">
<h2 class="entry-title">Rice drive: thank you!</h2>
<p class="entry-meta">September 22, 2025</p>
<p>You gave 64 bags of rice for our elders this month. We have enough rice until summer, so please hold your rice for
now. The deacons will share it with every household on the list.</p>
</article>

<article class="post">
<h2 class="entry-title">Youth camp 2025</h2>
<p class="entry-meta">August 30, 2025</p>
<p>Twenty-two young people spent three days at Lake Louise State Park for youth camp. They studied the book of Ruth,
swam, and cooked curry for the whole group. Thank you to the parents who drove. One idea came out of camp: the
youth want to start a soccer team next spring, but nobody on staff has time. We need an adult soccer coach who can
be at the park on Saturday mornings. Talk to Saw Kaw if you can help.</p>
</article>

<article class="post">
<h2 class="entry-title">Women&#8217;s sewing circle</h2>
<p class="entry-meta">August 12, 2025</p>
<p>The women&#8217;s sewing circle meets every Thursday at 1:00 p.m. to weave Karen cloth and sew shirts. All women are
welcome to come and learn. Bring your own thread.</p>
</article>
""")

# S'gaw Karen page (best effort; see README). English glosses in brackets, as on local flyers.
KAR = shell("\u1000\u100a\u102e", """
<h1 class="wp-block-heading" lang="kar">ကညီဘျၢၣ်ထံဘါထုကဖၣ် — ပှၤမၤစၢၤ</h1>
<p>ကညီဘျၢၣ်ထံဘါထုကဖၣ်လၢ Lyle ဟ့ၣ်တၢ်ဘျုးလၢပှၤကညီဖိခဲလၢာ်. လါအံၤ ပလိၣ်ဘၣ်တၢ်မၤစၢၤ ဒ်လၢလာ်အံၤ.</p>

<h2>တၢ်လိၣ်ဘၣ် လါအံၤ</h2>

<h3>သရၣ်သိၣ်လိကညီလံာ် [Karen literacy teacher]</h3>
<p>ဖိသၣ် ၁၈ ဂၤ မၤလိကညီလံာ် မုၢ်ဒဲးကိးနွံ ၁၂:၃၀ – ၁:၃၀. ပလိၣ်ဘၣ်သရၣ် ၂ ဂၤ လၢအသ့ကွဲးကညီလံာ် ဒီးအဲၣ်ဖိသၣ်.
ဆဲးကျိး သရၣ်မုၣ် နီၣ်ဖီ.</p>

<h3>ပှၤကတိၤက့ၤကျိာ် [interpreter] လၢတၢ်ဆါဟံၣ်</h3>
<p>ပှၤသးပှၢ်တနီၤ လဲၤဆါဟံၣ်ဒီး ကသံၣ်သရၣ် ဘၣ်ဆၢဟ့ၣ်ကတိၤ. ပလိၣ်ဘၣ်ပှၤ လၢအသ့ ကညီကျိာ် ဒီး အဲကလံးကျိာ်
ဒ်သိးကလဲၤဒီးအီၤ. မုၢ်နံၤ မုၢ်ဆ့ၣ် ဆၢကတီၢ် ၂ – ၃ နၢရံၣ်.</p>

<h3>ဆ့ကၤခုဂီၤ ဒီး ခီၣ်ဖံၤ [winter coats and boots]</h3>
<p>ဟံၣ်ဖိဃီဖိအသီ ၃ ဖၣ် ဟဲတုၤဝ့ၢ် Lyle လါအံၤ. အဝဲသ့ၣ်တအိၣ်ဒီး ဆ့ကၤခုဂီၤ ဒီး ခီၣ်ဖံၤ လၢဖိသၣ် ဒီး ပှၤဒိၣ်ဘၣ်.
ဝံသးစူၤ ဟဲစိာ်ဆ့ကၤခုဂီၤ အဂ့ၤ လၢဘါထုကဖၣ် မုၢ်ဒဲး.</p>

<h3>ပှၤမၤစၢၤဖီမ့ၣ် [kitchen helpers] လၢ ကညီနံၣ်သီ</h3>
<p>ကညီနံၣ်သီ မုၢ်ဖီမ့ၣ်တၢ်အီၣ် ပလိၣ်ဘၣ် ပှၤမၤစၢၤ ၁၀ ဂၤ လၢမုၢ်ဆ့ၣ်ခီ ၁၀ ဒီး ၁၁ (January). ဆဲးကျိး စီၤကွိၤ.</p>

<h2>တၢ်ဂ့ၢ်အဂၤ</h2>

<h3>ပှၤသးဝံၣ် [choir singers]</h3>
<p>ပှၤသးဝံၣ် အိၣ်လၢၤလၢၤလံ. တၢ်ဘျုးလၢနတၢ်ဆၢတဲာ်. [Choir is full, thank you.]</p>

<h3>တၢ်ဘါ မုၢ်ဒဲး</h3>
<p>တၢ်ဘါ မုၢ်ဒဲးကိးနွံ ဂီၤ ၁၀:၀၀. တၢ်ထုကဖၣ် မုၢ်ဖီ ၇:၀၀.</p>

<h3>ကညီနံၣ်သီ [Karen New Year]</h3>
<p>ကညီနံၣ်သီ မုၢ်ဆ့ၣ်ခီ January 11 လၢ Lyle Community Hall. ပှၤကညီဖိခဲလၢာ် ဟဲဝဲၤ.</p>

<h3>တၢ်မၤစၢၤလံာ်တီလံာ်မီ [help with forms]</h3>
<p>ဝဲၤကျိၤ မၤစၢၤပှၤကညီဖိ လၢလံာ်တီလံာ်မီ (county, SNAP, school) ကလီ. မုၢ်ဆ့ၣ် ၁:၀၀ – ၄:၀၀.</p>
""", lang="kar")

DEACONS = shell("Deacons", """
<h1 class="wp-block-heading">Deacons&#8217; page</h1>
<p><em>For the deacon board. Please do not share.</em></p>
<h2>Open items (October meeting)</h2>
<ul>
<li><strong>Assistant treasurer</strong> &mdash; we need a second person to count the offering with Saw Htoo and sign deposit slips.</li>
<li><strong>New sound system</strong> &mdash; the old mixer is failing; we are asking for a donated 12-channel mixer.</li>
<li><strong>Funeral meal coordinator</strong> &mdash; we need one person to organize food when a family loses a loved one.</li>
</ul>
""")

PAGES = {
    "index.html": INDEX,
    "help.html": HELP,
    "news.html": NEWS,
    "kar/index.html": KAR,
    "deacons/index.html": DEACONS,
}

ROBOTS = """User-agent: *
Disallow: /wp-admin/
Disallow: /deacons/
Allow: /wp-admin/admin-ajax.php

Sitemap: https://lylekbc.example/wp-sitemap.xml
"""

PDFS = {
    "bulletin-2025-10.pdf": ("LKBC Bulletin October 2025", [
        ("title", "Lyle Karen Baptist Church - Monthly Bulletin, October 2025"),
        ("h", "Prayer list"),
        ("p", "Please pray for Pi Mu Mu (surgery in Rochester), for the Htoo family in their new home, and for our "
              "brothers and sisters still in the camps."),
        ("h", "Offering"),
        ("p", "September offering: $6,412. Building fund: $1,150. Thank you for your faithful giving."),
        ("h", "Funeral of Saw Pa Dah"),
        ("p", "The funeral service for Saw Pa Dah will be Saturday, October 18, at 11:00 a.m. After the burial the "
              "family will host a meal in the fellowship hall. We need volunteers to cook rice and curry on Friday "
              "evening and to serve the funeral meal on Saturday. Please write your name on the sheet by the "
              "kitchen or call Naw Paw at 507-555-0148."),
        ("h", "Choir practice"),
        ("p", "Choir practice moves to Saturdays at 4:00 p.m. in November."),
        ("h", "Folding tables"),
        ("p", "Our fellowship hall has only six good tables left. For the funerals and the New Year we borrow tables "
              "every time. If your business or family can give eight-foot folding tables, we would be very "
              "grateful. Even two or three would help."),
        ("h", "Thank you"),
        ("p", "Thank you to everyone who brought food for the wedding of Eh Htoo and Naw Say on September 27. The hall "
              "was full and nobody went home hungry."),
        ("h", "Birthdays"),
        ("p", "Happy birthday to Saw Kaw (Oct 3), Naw Paw (Oct 14) and Thramu Naw Eh Ywa (Oct 29)."),
    ], {"columns": 2, "lang": "en"}),
}

NEEDS = [
    N("index.html", ["furnace", "furnace technician", "heating systems"], "skilled", "en", [],
      "story_passing", "pastor's letter: fellowship hall furnace, looking for someone to inspect it (church buys parts)"),
    N("help.html", ["sunday van driver", "van driver"], "volunteer", "en", [], "role_cards",
      "OPEN card; church pays gas and insurance (not a wage)"),
    N("help.html", ["english tutor for adults", "english tutor"], "skilled", "en", ["en"], "role_cards",
      "OPEN card; English speaker, Karen not needed"),
    N("help.html", ["diapers", "baby wipes"], "donation", "en", [], "generic_heading",
      "generic heading 'Needed this month', item only in the body"),
    N("news.html", ["beds", "kitchen table", "twin beds"], "donation", "en", [], "story",
      "family story: beds plus a table with chairs = one need"),
    N("news.html", ["soccer coach", "adult soccer coach"], "volunteer", "en", [], "story_passing",
      "need stated in passing at the end of a youth-camp recap post (the recap itself is deliberately not labelled a trap, so no trap key sits in the same paragraph)"),
    N("kar/index.html", ["ကညီလံာ်", "karen literacy teacher"], "skilled", "kar", ["kar"], "heading_paragraph",
      "Karen literacy teachers for children on Sundays"),
    N("kar/index.html", ["ပှၤကတိၤက့ၤကျိာ်", "interpreter"], "skilled", "kar", ["kar", "en"], "heading_paragraph",
      "Karen-English interpreter for elders' clinic visits"),
    N("kar/index.html", ["ဆ့ကၤခုဂီၤ", "winter coats and boots"], "donation", "kar", [], "heading_paragraph",
      "winter coats and boots for three new families"),
    N("kar/index.html", ["ပှၤမၤစၢၤဖီမ့ၣ်", "kitchen helpers"], "volunteer", "kar", [], "heading_paragraph",
      "kitchen helpers to cook for the Karen New Year (the celebration itself is an event trap)"),
    N("bulletin-2025-10.pdf", ["funeral meal", "cook rice and curry"], "volunteer", "en", [], "pdf",
      "two-column PDF bulletin; the funeral service itself is not the need"),
    N("bulletin-2025-10.pdf", ["folding tables", "eight-foot folding tables"], "donation", "en", [], "pdf",
      "two-column PDF bulletin"),
]

TRAPS = [
    T("index.html", "hours", ["sunday worship 10:00", "wednesday prayer"]),
    T("index.html", "teaser", ["see ways to help"], "pointer to help.html naming no role or item"),
    T("index.html", "event", ["karen new year celebration"], "celebration, 'everyone is welcome'"),
    T("help.html", "filled", ["nursery helper"], "FULL badge, 'rotation is full until June'"),
    T("help.html", "job", ["church custodian", "$16 per hour"], "paid part-time"),
    T("help.html", "not_accepted", ["used mattresses", "used car seats", "old televisions"],
      "'Please do not bring' list"),
    T("news.html", "overstock", ["rice drive", "we have enough rice"], "'please hold your rice for now'"),
    T("news.html", "event", ["women's sewing circle"], "weekly circle open to all women; not an ask"),
    T("kar/index.html", "filled", ["ပှၤသးဝံၣ်", "choir singers"], "'choir is full, thank you'"),
    T("kar/index.html", "hours", ["တၢ်ဘါ မုၢ်ဒဲး"], "worship times"),
    T("kar/index.html", "event", ["ကညီနံၣ်သီ မုၢ်ဆ့ၣ်ခီ", "lyle community hall"], "the celebration itself"),
    T("kar/index.html", "service", ["help with forms", "လံာ်တီလံာ်မီ"], "office helps members with forms, free"),
    T("deacons/index.html", "robots", ["assistant treasurer"]),
    T("deacons/index.html", "robots", ["12-channel mixer", "new sound system"]),
    T("deacons/index.html", "robots", ["funeral meal coordinator"]),
    T("bulletin-2025-10.pdf", "general_appeal", ["building fund", "september offering"], "offering report"),
    T("bulletin-2025-10.pdf", "event", ["choir practice moves"]),
    T("bulletin-2025-10.pdf", "recap", ["wedding of eh htoo"], "thank-you for a past event"),
    T("bulletin-2025-10.pdf", "bio", ["happy birthday"], "birthday list"),
]
