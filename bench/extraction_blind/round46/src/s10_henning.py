from common import N, T

SLUG = "henning-new-neighbors-ministry"

HEAD = """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="UTF-8">
<title>{title} &#8211; New Neighbors Ministry</title>
<link rel="stylesheet" id="twentytwentyone-style-css" href="/wp-content/themes/twentytwentyone/style.css?ver=2.1" media="all">
</head>
<body class="{cls} wp-embed-responsive is-light-theme">
<div id="page" class="site">
<header id="masthead" class="site-header has-title-and-tagline">
  <div class="site-branding"><p class="site-title"><a href="/index.html">New Neighbors Ministry</a></p>
  <p class="site-description">Trinity Lutheran Church &middot; Henning, Minnesota</p></div>
  <nav id="site-navigation" class="primary-navigation"><ul id="primary-menu-list" class="menu-wrapper">
    <li class="menu-item"><a href="/index.html">Blog</a></li>
    <li class="menu-item"><a href="/welcome-team.html">Welcome Team</a></li>
    <li class="menu-item"><a href="/newsletter.html">Newsletter</a></li>
    <li class="menu-item"><a href="/karen.html">ကညီ</a></li>
  </ul></nav>
</header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
"""

FOOT = """
</main></div></div>
<aside class="widget-area">
  <section class="widget"><h2 class="widget-title">Worship</h2><p>Sundays 9:30 am, Trinity Lutheran, 402 Douglas Ave, Henning.</p></section>
  <section class="widget"><h2 class="widget-title">Give to the ministry</h2><p>Gifts to &ldquo;New Neighbors&rdquo; go straight to rent deposits and bus passes.</p></section>
</aside>
<footer id="colophon" class="site-footer">
  <div class="site-info"><p>New Neighbors Ministry &middot; 402 Douglas Ave, Henning, MN 56551 &middot; 218-555-0121 &middot; newneighbors@trinityhenning.org</p>
  <p><a href="/wp-content/uploads/welcome-team-signup.pdf">Welcome Team sign-up (PDF)</a> &middot; <a href="/council/minutes.html">Church council</a> &middot; <a href="/category/sermons/">Sermons</a></p></div>
</footer>
</div>
</body>
</html>
"""

INDEX = HEAD.format(lang="en", title="Blog", cls="home blog") + """
<article class="post type-post entry">
  <header class="entry-header"><h2 class="entry-title"><a href="/index.html#post-88">What hospitality looks like in Otter Tail County</a></h2></header>
  <div class="entry-content"><p>Pastor Ruth reflects on a year of welcoming families from the camps&hellip; <a class="more-link" href="/index.html#post-88">Continue reading</a></p></div>
</article>
<article class="post type-post entry" id="post-91">
  <header class="entry-header"><h2 class="entry-title">Filling the welcome kits</h2></header>
  <div class="entry-content">
    <p>Every family that arrives gets a welcome kit waiting in their apartment. We checked the closet this week. Still missing:</p>
    <ul>
      <li>&#9744; Laundry baskets</li>
      <li>&#9744; Shower curtains and rings</li>
      <li>&#9744; Alarm clocks</li>
      <li>&#9744; Can openers</li>
      <li>&#9745; Bath towels &ndash; we have plenty, please hold on to yours</li>
    </ul>
    <p>Drop items in the gray bins in the church narthex.</p>
  </div>
</article>
<article class="post type-post entry" id="post-93">
  <header class="entry-header"><h2 class="entry-title">Meet the Eh Say family</h2></header>
  <div class="entry-content">
    <p>Eh Say, his wife Mu Mu and their three boys land in Fargo on November 12 and will live in the duplex on Broadway. They
    speak S'gaw Karen and a little Thai. For the first six months they will need a circle of welcome: a small group of four or five
    volunteers who visit every week, ride the bus with them the first few times, and help enroll the boys at school. Could your
    small group or Bible study be that circle?</p>
  </div>
</article>
""" + FOOT

TEAM = HEAD.format(lang="en", title="Welcome Team", cls="page") + """
<article class="page type-page entry">
  <header class="entry-header"><h1 class="entry-title">The Welcome Team</h1></header>
  <div class="entry-content">
    <p>Families are referred to us by our partner resettlement agency; we do not choose who comes. To ask about help for a family,
    the agency case manager calls our coordinator.</p>
    <figure class="wp-block-table"><table>
      <thead><tr><th>Role</th><th>Team lead</th><th>Status</th></tr></thead>
      <tbody>
        <tr><td>Apartment set-up crew</td><td>Gary O.</td><td>Need 4 more before Nov 10</td></tr>
        <tr><td>Airport pickup (Fargo / MSP)</td><td>Diane T.</td><td>Covered through March &#10003;</td></tr>
        <tr><td>Job coach &amp; r&eacute;sum&eacute; helper</td><td>&mdash;</td><td>Open</td></tr>
        <tr><td>ESL tutor</td><td>Karen L.</td><td>Filled &ndash; six tutors matched</td></tr>
        <tr><td>Medical appointment escort</td><td>Pastor Ruth</td><td>Open &ndash; weekday mornings</td></tr>
      </tbody>
    </table></figure>
  </div>
</article>
""" + FOOT

KAREN = HEAD.format(lang="kar", title="ကညီ", cls="page") + """
<article class="page type-page entry">
  <header class="entry-header"><h1 class="entry-title">ကညီ ပှၤဟဲသီတဖၣ် တၢ်မၤစၢၤ</h1></header>
  <div class="entry-content">
    <h2>မုၢ်ဒဲး တၢ်ဘါ &mdash; 9:30 AM</h2>
    <h2>ပှၤကတိးကျိာ်ခီ (Karen-English interpreter)</h2>
    <p>ဟံၣ်ဖိဃီဖိ အသီ တဖၣ် လဲၤ ကသံၣ်ဟံၣ် (clinic). Weekday mornings, Henning and Wadena.</p>
    <h2>လံာ်ဖိသၣ် (children's books in Karen)</h2>
    <p>ဖိသၣ်တဖၣ် မၤလိ ကညီလံာ်. Picture books in S'gaw Karen, any age.</p>
    <h2>သပၢ်ဖၢ်ဒိၣ် (large cooking pots)</h2>
    <p>တၢ်အီၣ်ဖှိၣ် ဒီး ဟံၣ်ဖိဃီဖိ 40. Pots of 20 quarts or more for our monthly shared meal.</p>
    <h2><s>ဆ့ၤကၤဂိၤ (winter coats)</s></h2>
    <p>Donated &mdash; we have enough. တၢ်ဘျုးဒိၣ်မး.</p>
    <h2>ခရံာ်အိၣ်ဖျဲၣ်မုၢ်နံၤ (Christmas service in Karen)</h2>
    <p>December 22, 4:00 PM.</p>
  </div>
</article>
""" + FOOT

NEWS = HEAD.format(lang="en", title="Newsletter", cls="page") + """
<article class="page type-page entry">
  <header class="entry-header"><h1 class="entry-title">The Neighbor &ndash; October newsletter</h1></header>
  <div class="entry-content">
    <h2>Garage sale results</h2>
    <p>The September garage sale raised $3,100 for rent deposits. Thank you to everyone who priced, hauled and bought.</p>
    <h2>Notes from the coordinator</h2>
    <p>We now have eleven families from Burma and Thailand living between Henning and Wadena. Most of the adults work at the
    turkey plant in Pelican Rapids and ride in a carpool, which breaks down whenever one driver is sick. What would help most
    is a patient volunteer to teach driving to adults who are working toward their license &ndash; practice in the church parking
    lot and on country roads, a couple of evenings a month. We also need somewhere to store furniture: if you have an empty
    garage or a storage bay we could borrow through the winter, please let me know.</p>
    <h2>Meet Linnea, our new coordinator</h2>
    <p>Linnea Berg taught English in Thailand for six years before moving home to Henning this summer.</p>
    <h2>Welcome potluck</h2>
    <p>Sunday, November 17, after worship. Bring a hot dish and meet our newest neighbors.</p>
  </div>
</article>
""" + FOOT

COUNCIL = HEAD.format(lang="en", title="Council minutes", cls="page") + """
<article class="page type-page entry">
  <header class="entry-header"><h1 class="entry-title">Church council minutes &ndash; draft</h1></header>
  <div class="entry-content">
    <ul>
      <li>Need a volunteer to redo the ministry's spreadsheet of donors.</li>
      <li>Find a contractor to fix the duplex porch steps.</li>
      <li>Ask the Sons of Norway for a donated washing machine.</li>
    </ul>
  </div>
</article>
""" + FOOT

PAGES = {
    "index.html": INDEX,
    "welcome-team.html": TEAM,
    "karen.html": KAREN,
    "newsletter.html": NEWS,
    "council/minutes.html": COUNCIL,
}

ROBOTS = """User-agent: *
Disallow: /wp-admin/
Disallow: /council/
"""

PDFS = {
    "wp-content/uploads/welcome-team-signup.pdf": ("Welcome Team sign-up - New Neighbors Ministry", [
        ("title", "NEW NEIGHBORS MINISTRY - TRINITY LUTHERAN, HENNING"),
        ("title", "Welcome Team sign-up"),
        ("p", "Name: ______________________________  Phone: ____________________"),
        ("p", "E-mail: ____________________________  Church member?  [ ] yes  [ ] no"),
        ("h", "New this year: Karen-English homework helpers"),
        ("p", "The children of our families are doing well at Henning School, but their parents cannot help with homework "
              "in English. We are looking for homework helpers who speak Karen and English, or high school students "
              "with some Karen, for the after-school hour on Tuesdays and Thursdays. Check here: [ ]"),
        ("h", "Other roles"),
        ("p", "[ ] Apartment set-up  [ ] Medical escort  [ ] Job coach  [ ] Meals for arriving families"),
        ("h", "Background check"),
        ("p", "All Welcome Team members working with children complete a free background check through the church office."),
    ]),
}

NEEDS = [
    N("index.html", ["welcome kits", "laundry baskets"], "donation", "en", layout="checklist",
      note="unticked items = one need; towels ticked"),
    N("index.html", ["circle of welcome"], "volunteer", "en", layout="story"),
    N("welcome-team.html", ["apartment set-up crew"], "volunteer", "en", layout="shift_table"),
    N("welcome-team.html", ["job coach"], "skilled", "en", layout="shift_table"),
    N("welcome-team.html", ["medical appointment escort"], "volunteer", "en", layout="shift_table"),
    N("karen.html", ["karen-english interpreter", "ပှၤကတိးကျိာ်ခီ"], "skilled", "kar", ["kar", "en"], layout="heading_paragraph"),
    N("karen.html", ["children's books in karen", "လံာ်ဖိသၣ်"], "donation", "kar", layout="heading_paragraph"),
    N("karen.html", ["large cooking pots"], "donation", "kar", layout="heading_paragraph"),
    N("newsletter.html", ["teach driving", "driving to adults"], "skilled", "en", layout="newsletter_buried"),
    N("newsletter.html", ["store furniture", "empty garage"], "other", "en", layout="newsletter_buried",
      note="lending storage space"),
    N("wp-content/uploads/welcome-team-signup.pdf", ["homework helpers"], "volunteer", "en", ["kar", "en"], layout="pdf"),
]

TRAPS = [
    T("index.html", "blog", ["what hospitality looks like"]),
    T("index.html", "filled", ["bath towels"], "ticked + we have plenty"),
    T("index.html", "hours", ["sundays 9:30 am"]),
    T("index.html", "general_appeal", ["give to the ministry"]),
    T("welcome-team.html", "how_to_apply", ["families are referred to us"]),
    T("welcome-team.html", "filled", ["airport pickup"], "covered through March ✓"),
    T("welcome-team.html", "filled", ["esl tutor"], "Filled - six tutors matched"),
    T("karen.html", "hours", ["9:30 am"]),
    T("karen.html", "filled", ["winter coats"], "<s> + donated - we have enough"),
    T("karen.html", "event", ["christmas service in karen"]),
    T("newsletter.html", "recap", ["garage sale results"]),
    T("newsletter.html", "bio", ["meet linnea"]),
    T("newsletter.html", "event", ["welcome potluck"]),
    T("council/minutes.html", "robots", ["spreadsheet of donors"]),
    T("council/minutes.html", "robots", ["porch steps"]),
    T("council/minutes.html", "robots", ["washing machine"]),
    T("wp-content/uploads/welcome-team-signup.pdf", "how_to_apply", ["background check"]),
]
