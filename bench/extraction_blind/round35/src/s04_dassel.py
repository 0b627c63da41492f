"""Dassel, MN: Dassel Karen Baptist Fellowship (made up). WordPress church theme, English + S'gaw Karen."""
from common import N, T

SLUG = "dassel-sgaw-karen-fellowship"


def head(lang, title, body_class="page"):
    return """<!DOCTYPE html>
<html lang="%s">
<head>
<meta charset="UTF-8">
<title>%s &#8211; Dassel Karen Fellowship</title>
<link rel='stylesheet' id='faithpress-style-css' href='/wp-content/themes/faithpress/style.css?ver=2.1' type='text/css' media='all' />
</head>
<body class="%s wp-theme-faithpress">
<div id="page" class="site">
<header id="masthead" class="site-header">
  <p class="site-title"><a href="/index.html" rel="home">Dassel Karen Fellowship</a></p>
  <p class="site-description">A Karen and English-speaking Baptist church in Meeker County</p>
  <nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">
    <li class="menu-item"><a href="/index.html">Home</a></li>
    <li class="menu-item"><a href="/serve.html">Serve</a></li>
    <li class="menu-item"><a href="/give.html">Give</a></li>
    <li class="menu-item"><a href="/kar/index.html">ကညီ</a></li>
    <li class="menu-item"><a href="/bulletin.pdf">Bulletin</a></li>
  </ul></nav>
</header>
<div id="content" class="site-content">
""" % (lang, title, body_class)


FOOT = """</div>
<aside id="secondary" class="widget-area">
  <section class="widget widget_text"><h2 class="widget-title">Visit us</h2>
  <div class="textwidget"><p>301 Parker Ave W, Dassel, MN 55325<br>320-555-0142</p></div></section>
  <section class="widget widget_nav_menu"><h2 class="widget-title">Links</h2><ul>
    <li><a href="/sermons/2024-easter.html">Easter sermon (audio)</a></li>
    <li><a href="/council/agenda.html">Church council</a></li>
  </ul></section>
</aside>
<footer id="colophon" class="site-footer"><div class="site-info">&copy; 2024 Dassel Karen Fellowship</div></footer>
</div>
</body>
</html>
"""

INDEX = head("en", "Home", "home blog") + """
<main id="main" class="site-main">
  <section class="welcome">
    <h1>Welcome home</h1>
    <p>We are a church family of Karen refugees and their Minnesota neighbors. Services are in S'gaw Karen with English
    translation on the screen.</p>
    <h2>Sunday worship</h2>
    <p>9:00 am Sunday school &middot; 10:30 am worship &middot; 5:00 pm youth fellowship</p>
  </section>
  <h2 class="section-title">Announcements</h2>
  <article class="post type-post">
    <header class="entry-header"><h2 class="entry-title"><a href="/index.html#pastor">Pastor's corner: walking with the stranger</a></h2></header>
    <div class="entry-summary"><p>Pastor Saw Eh Doh reflects on thirty years since he left Mae La camp&hellip; <a class="more-link" href="/index.html#pastor">Continue reading</a></p></div>
  </article>
  <article class="post type-post">
    <header class="entry-header"><h2 class="entry-title"><a href="/index.html#kitchen">Kitchen crew for the New Year feast</a></h2></header>
    <div class="entry-content"><p>Cooking starts Friday night before the celebration. We need about ten people to chop vegetables, stir the
    big pots of curry and wash up. Sign up with Naw Paw on Sunday.</p></div>
  </article>
  <article class="post type-post">
    <header class="entry-header"><h2 class="entry-title">Karen New Year celebration &ndash; January 4</h2></header>
    <div class="entry-content"><p>Don dance, bamboo dance and a shared meal in the fellowship hall, 11 am to 3 pm. Invite your neighbors!</p></div>
  </article>
  <article class="post type-post">
    <header class="entry-header"><h2 class="entry-title">Folding tables: thank you!</h2></header>
    <div class="entry-content"><p>We asked for folding tables for the hall and you answered. We have received enough tables for the feast and
    for Sunday lunch. Please don't bring any more.</p></div>
  </article>
</main>
""" + FOOT

SERVE = head("en", "Serve") + """
<main id="main" class="site-main">
  <article class="page">
    <header class="entry-header"><h1 class="entry-title">Serve</h1></header>
    <div class="entry-content">
      <p>Everyone has a place to serve. Talk to Deacon Saw Kler after worship, or call the office.</p>
      <h3 class="wp-block-heading">Sound booth</h3>
      <p>We need one more person to run the sound board at the 10:30 service, every other Sunday. We'll teach you the mixer and the
      projector.</p>
      <h3 class="wp-block-heading">Children's ministry</h3>
      <p>Sunday school helpers are wanted for the 6&ndash;10 year-old class. You don't need to teach; sit with the kids, help with
      crafts and keep things calm.</p>
      <h3 class="wp-block-heading">Church van</h3>
      <p>Families from Litchfield and Cokato have no ride on Sundays. We need two more van drivers with a clean driving record.</p>
      <h3 class="wp-block-heading">Nursery</h3>
      <p>We have enough nursery helpers until June. Thank you, moms and grandmas!</p>
      <h3 class="wp-block-heading">Worship band</h3>
      <p>Our band is looking for a bass player who can read chord charts and practice on Saturday afternoons.</p>
      <h3 class="wp-block-heading">Custodian</h3>
      <p>Part-time paid position, 10 hours a week at $16 an hour. Ask the church office for the job description.</p>
    </div>
  </article>
</main>
""" + FOOT

GIVE = head("en", "Give") + """
<main id="main" class="site-main">
  <article class="page">
    <header class="entry-header"><h1 class="entry-title">Give</h1></header>
    <div class="entry-content">
      <h2 class="wp-block-heading">Tithes and offerings</h2>
      <p>You can give in the offering plate, by check to Dassel Karen Fellowship, or online. Thank you for your faithful support
      of the ministry.</p>
      <h2 class="wp-block-heading">Welcome baskets for new arrivals</h2>
      <p>Three Karen families are arriving from Thailand this winter. Each basket holds:</p>
      <div class="wp-block-columns">
        <div class="wp-block-column"><div class="item-card"><h4>Dish sets</h4><p>Plates, bowls, cups for 6</p></div></div>
        <div class="wp-block-column"><div class="item-card"><h4>Bath towels</h4><p>New, any color</p></div></div>
        <div class="wp-block-column"><div class="item-card"><h4>Laundry soap</h4><p>Large jugs</p></div></div>
        <div class="wp-block-column"><div class="item-card"><h4>Rice pot</h4><p>Aluminum, 8 quart or larger</p></div></div>
      </div>
      <h2 class="wp-block-heading">Winter coats</h2>
      <p>Thank you! The coat rack is overflowing. Please hold any coats until next October.</p>
      <h2 class="wp-block-heading">Mission trip report</h2>
      <p>Twelve of our youth spent a week in Mae Sot this summer, teaching English and repairing a school roof.</p>
    </div>
  </article>
</main>
""" + FOOT

KAR = head("kar", "ကညီ") + """
<main id="main" class="site-main">
  <article class="page">
    <header class="entry-header"><h1 class="entry-title">ပှၤကညီ တၢ်ဘါဘၣ်ယွၤ ဖိ</h1></header>
    <div class="entry-content">
      <p>မုၢ်ဒဲး (Sunday) 10:30 am ဘါထုကဖၣ်</p>
      <h2>တၢ်လိၣ်ဘၣ် ပှၤမၤစၢၤ</h2>
      <h3>ပှၤကတိၤကျိာ်ခီ (interpreter, Karen&ndash;English)</h3>
      <p>လဲၤဒီး ပှၤသးပှၢ် လၢ တၢ်ဆါဟံၣ် (hospital, Litchfield). ကတိၤ ကညီကျိာ် ဒီး အဲကလုံးကျိာ် သ့.</p>
      <h3>ထၢၣ်ကို (school backpacks)</h3>
      <p>ဖိသၣ် 20 ဂၤ လိၣ်ဘၣ် ထၢၣ်ကို. ဆှၢ လၢ August 15 အဂိၢ်.</p>
      <h3><s>ပှၤဖီတၢ်အီၣ် (cooks for the feast)</s></h3>
      <p>ပှဲၤလံ. တၢ်ဘျုးဘၣ်ၤ.</p>
      <h2>ကညီနံၣ်သီ (Karen New Year)</h2>
      <p>January 4, 11 am &ndash; 3 pm, fellowship hall.</p>
    </div>
  </article>
</main>
""" + FOOT

COUNCIL = head("en", "Church council agenda") + """
<main id="main" class="site-main">
  <h1>Church council &mdash; agenda (members only)</h1>
  <ol>
    <li>Need a new treasurer starting in March.</li>
    <li>Request: donated snowblower for the parking lot.</li>
    <li>Find a roofer to look at the leak over the nursery.</li>
  </ol>
</main>
""" + FOOT

PAGES = {
    "index.html": INDEX,
    "serve.html": SERVE,
    "give.html": GIVE,
    "kar/index.html": KAR,
    "council/agenda.html": COUNCIL,
}

ROBOTS = """User-agent: *
Disallow: /wp-admin/
Allow: /wp-admin/admin-ajax.php
Disallow: /council/
"""

PDFS = {
    "bulletin.pdf": ("Dassel Karen Fellowship - Sunday Bulletin", [
        ("title", "Dassel Karen Fellowship - Sunday Bulletin, November 17"),
        ("h", "Order of worship"),
        ("p", "Call to worship - Hymn 214 - Scripture: Ruth 2:1-12 - Sermon: Gleaning in a strange field - Offering"),
        ("h", "This week"),
        ("p", "Women's fellowship meets Thursday at 7 pm at the Htoo home. Youth will rake leaves for the Johnson family on "
              "Saturday morning. The Thanksgiving potluck follows worship next Sunday; bring a dish to share. Several of our "
              "newer members have asked for English practice, so we are hoping to find someone who can teach an ESL class on "
              "Wednesday nights in the fellowship hall. Please tell Pastor Saw Eh Doh if that could be you."),
        ("h", "Offering last week"),
        ("p", "General fund $1,412 - Building fund $380."),
    ]),
}

NEEDS = [
    N("index.html", ["kitchen crew"], "volunteer", "en", layout="blog_post",
      note="announcement post right after a blog teaser"),
    N("serve.html", ["sound board"], "skilled", "en", layout="heading_paragraph"),
    N("serve.html", ["sunday school helpers"], "volunteer", "en", layout="heading_paragraph"),
    N("serve.html", ["van drivers"], "volunteer", "en", layout="heading_paragraph"),
    N("serve.html", ["bass player"], "skilled", "en", layout="heading_paragraph",
      note="heading says only 'Worship band'"),
    N("give.html", ["welcome baskets", "dish sets"], "donation", "en", layout="item_cards",
      note="cards of items under one heading = one need"),
    N("kar/index.html", ["ပှၤကတိၤကျိာ်ခီ", "interpreter"], "skilled", "kar", ["kar", "en"], layout="heading_paragraph"),
    N("kar/index.html", ["ထၢၣ်ကို", "school backpacks"], "donation", "kar", layout="heading_paragraph"),
    N("bulletin.pdf", ["esl class", "teach an esl"], "skilled", "en", ["en"], layout="newsletter_buried",
      note="PDF bulletin, buried in 'This week' paragraph"),
]

TRAPS = [
    T("index.html", "hours", ["sunday worship"]),
    T("index.html", "blog", ["pastor's corner"], "teaser directly before the kitchen crew post"),
    T("index.html", "event", ["karen new year celebration"]),
    T("index.html", "filled", ["folding tables"], "received enough"),
    T("serve.html", "filled", ["nursery helpers"], "we have enough until June"),
    T("serve.html", "job", ["custodian"]),
    T("give.html", "general_appeal", ["tithes and offerings"]),
    T("give.html", "filled", ["winter coats"], "coat rack overflowing, hold until October"),
    T("give.html", "recap", ["mission trip report"]),
    T("kar/index.html", "filled", ["ပှၤဖီတၢ်အီၣ်", "cooks for the feast"], "struck + 'full already'"),
    T("kar/index.html", "event", ["ကညီနံၣ်သီ"]),
    T("kar/index.html", "hours", ["ဘါထုကဖၣ်"]),
    T("bulletin.pdf", "event", ["women's fellowship", "thanksgiving potluck"]),
    T("bulletin.pdf", "general_appeal", ["offering last week"]),
    T("bulletin.pdf", "event", ["rake leaves"], "youth service project announced, not an ask"),
    T("council/agenda.html", "robots", ["new treasurer"]),
    T("council/agenda.html", "robots", ["snowblower"]),
    T("council/agenda.html", "robots", ["roofer"]),
]
