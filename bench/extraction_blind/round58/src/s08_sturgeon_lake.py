"""Site 8: Abay Family Network, Sturgeon Lake (Ethiopian / Eritrean families). Webflow-style card
grid whose titles use different tags; Amharic page; blog; <dl> FAQ holding needs; English PDF."""
from common import N, T

SLUG = "sturgeon-lake-abay-family-network"

_HEAD = """<!DOCTYPE html>
<!-- This site was created in Webflow. https://webflow.com -->
<html data-wf-page="65a1c0" data-wf-site="65a1bf" lang="{lang}">
<head>
<meta charset="utf-8">
<title>{title} | Abay Family Network</title>
<meta content="width=device-width, initial-scale=1" name="viewport">
<link href="https://assets.website-files.example/65a1bf/css/abay.webflow.css" rel="stylesheet" type="text/css">
</head>
<body class="body">
<div data-collapse="medium" role="banner" class="navbar w-nav">
  <div class="container w-container">
    <a href="/" class="brand w-nav-brand">Abay Family Network</a>
    <nav role="navigation" class="nav-menu w-nav-menu">
      <a href="/" class="nav-link w-nav-link">Home</a>
      <a href="/news.html" class="nav-link w-nav-link">News</a>
      <a href="/faq.html" class="nav-link w-nav-link">FAQ</a>
      <a href="/amharic.html" class="nav-link w-nav-link">አማርኛ</a>
    </nav>
  </div>
</div>
"""

_FOOT = """<footer class="footer">
  <div class="w-container">
    <div class="footer-text">Abay Family Network · 9 Main St, Sturgeon Lake, MN 55783 · (218) 555-0186 · hello@abayfamily.org</div>
    <div class="footer-links"><a href="/board-only/" class="footer-link">Board</a> · <a href="/gallery/meskel-2024.html" class="footer-link">Gallery</a></div>
  </div>
</footer>
<script src="https://assets.website-files.example/js/webflow.js" type="text/javascript"></script>
</body>
</html>
"""


def _page(title, body, lang="en"):
    return _HEAD.format(title=title, lang=lang) + body + _FOOT


INDEX = _page("Home", """
<div class="hero-section">
  <div class="w-container">
    <h1 class="hero-heading">Families helping families, from the Nile to the North Woods</h1>
    <p class="hero-paragraph">We are Ethiopian and Eritrean families in Pine and Carlton counties. We share rides, meals, language and a lot of coffee.</p>
    <a href="/faq.html" class="button w-button">Support Abay</a>
  </div>
</div>
<div class="section">
  <div class="w-container">
    <h2 class="section-heading">Ways to help</h2>
    <div class="w-layout-grid card-grid">
      <div class="card">
        <h3 class="card-title">Homework Helpers</h3>
        <p>Mondays and Wednesdays, 3:30&ndash;5 pm at the library annex. Grades 1&ndash;8, mostly math and reading.</p>
      </div>
      <div class="card">
        <div class="card-title">Amharic-English Interpreter</div>
        <p>Go with elders to clinic visits in Moose Lake and Cloquet, about twice a month.</p>
      </div>
      <div class="card card-muted">
        <div class="card-title">Injera Bakers <span class="pill pill-grey">FILLED</span></div>
        <p>For the May fundraiser dinner.</p>
      </div>
      <div class="card">
        <p><strong>Grant Writer</strong></p>
        <p>Help us apply to two foundations this fall. Remote is fine.</p>
      </div>
      <div class="card">
        <a href="/faq.html#mentors" class="card-link"><span class="card-title"><span>Youth Mentors</span></span></a>
        <p>Meet one teen once a week for a year. Background check required (we pay for it).</p>
      </div>
      <div class="card">
        <div class="card-title">Program Coordinator <span class="pill">Paid &middot; 30 hrs</span></div>
        <p>Staff position starting September. Amharic or Tigrinya a plus.</p>
      </div>
      <div class="card">
        <div class="card-title">Saturday Amharic School</div>
        <p>Free classes for kids ages 5&ndash;14, Saturdays 10&ndash;12. Register at the door.</p>
      </div>
    </div>
  </div>
</div>
""")

AMHARIC = _page("አማርኛ", """
<div class="section"><div class="w-container">
<h1>አባይ የቤተሰብ መረብ</h1>
<p><strong>የሥራ ሰዓት:</strong> ቅዳሜ ከጠዋቱ 4 ሰዓት እስከ ቀኑ 8 ሰዓት።</p>
<p><strong>ነጻ የአማርኛ ትምህርት</strong> ለልጆች በየቅዳሜው ይሰጣል።</p>

<h2>በጎ ፈቃደኞች እንፈልጋለን</h2>
<h3>የመኪና ሾፌሮች</h3>
<p>አረጋውያንን ወደ ሐኪም ቤት ለመውሰድ። የራስዎ መኪና እና መንጃ ፈቃድ ያስፈልጋል።</p>
<h3>የልጆች እንክብካቤ</h3>
<p>በሴቶች ስብሰባ ጊዜ ልጆችን ለመጠበቅ። <em>በቂ ሰው አግኝተናል። እናመሰግናለን!</em></p>
<h3>የምግብ ዝግጅት ረዳቶች</h3>
<p>ለመስቀል በዓል ምግብ ለማዘጋጀት አምስት ሰዎች እንፈልጋለን።</p>

<h2>የምንፈልጋቸው ዕቃዎች</h2>
<ul>
  <li>ብርድ ልብስ</li>
  <li>የክረምት ልብስ ለልጆች</li>
  <li>የትምህርት ቤት ቦርሳ</li>
  <li>የወጥ ቤት ዕቃዎች</li>
</ul>

<h2>አንቀበልም</h2>
<p>የተቀደዱ ወይም የቆሸሹ ልብሶችን አንቀበልም።</p>

<h2>የመስቀል በዓል</h2>
<p>መስከረም 17 (September 27)፣ በሐይቁ አጠገብ። ሁላችሁም ተጋብዛችኋል።</p>
</div></div>
""", lang="am")

NEWS = _page("News", """
<div class="section"><div class="w-container">
<h1>News</h1>
<div class="w-dyn-list"><div role="list" class="w-dyn-items">
  <div role="listitem" class="w-dyn-item blog-item">
    <h2 class="blog-title">Mrs. Tigist's family</h2>
    <p>Tigist and her husband Dawit are expecting twins in July. They have one crib from a neighbor but need a second crib and two infant car seats before the babies come home.</p>
  </div>
  <div role="listitem" class="w-dyn-item blog-item">
    <h2 class="blog-title">Sewing circle update</h2>
    <p>The Tuesday sewing circle now has eight women and three donated machines &mdash; but two of them jam. If you know how to service a sewing machine, we'd be grateful for an afternoon of your time.</p>
  </div>
  <div role="listitem" class="w-dyn-item blog-item">
    <h2 class="blog-title">Meskel 2024 recap: 200 neighbors, one bonfire</h2>
    <p>Thank you to everyone who came out to the lake.</p>
  </div>
  <div role="listitem" class="w-dyn-item blog-item">
    <h2 class="blog-title">A note from our founder</h2>
    <p>Almaz Bekele started Abay in 2018 after driving her neighbors to Duluth every week for two years.</p>
  </div>
  <div role="listitem" class="w-dyn-item blog-item teaser">
    <h2 class="blog-title"><a href="/news.html#first-year">5 things we learned from our first year</a></h2>
  </div>
</div></div>
<p>Spring newsletter: <a href="/newsletter-spring.pdf">download PDF</a></p>
</div></div>
""")

FAQ = _page("FAQ", """
<div class="section"><div class="w-container">
<h1>Frequently asked questions</h1>
<dl class="faq">
  <dt>When is the office open?</dt>
  <dd>Saturdays 10 am to 2 pm, at the library annex.</dd>
  <dt>Do you help with immigration papers?</dt>
  <dd>We don't give legal advice, but we can refer you to a free clinic in Duluth. Call us to set up a referral.</dd>
  <dt>Can I donate clothes?</dt>
  <dd>Yes &mdash; right now we are collecting winter boots, all sizes, especially kids' 11 to 4. Drop them at the library annex.</dd>
  <dt id="mentors">Do you need volunteers who don't speak Amharic?</dt>
  <dd>Yes! Our Thursday knitting-and-English circle needs English speakers to chat with moms while they knit. No knitting skills required.</dd>
  <dt>Can I give money?</dt>
  <dd>Yes, online or by check to Abay Family Network. We are a 501(c)(3).</dd>
</dl>
</div></div>
""")

BOARD = _page("Board", """
<div class="section"><div class="w-container">
<h1>Board only</h1>
<ul>
  <li>We need a new treasurer by January.</li>
  <li>Ask the credit union for a donated filing cabinet.</li>
  <li>Recruit two volunteers for the audit committee.</li>
</ul>
</div></div>
""")

PAGES = {
    "index.html": INDEX,
    "amharic.html": AMHARIC,
    "news.html": NEWS,
    "faq.html": FAQ,
    "board-only/index.html": BOARD,
}

ROBOTS = """User-agent: *
Disallow: /board-only/
"""

PDFS = {
    "newsletter-spring.pdf": ("Abay Family Network - Spring Newsletter", [
        ("title", "ABAY FAMILY NETWORK - SPRING NEWSLETTER"),
        ("p", "Sturgeon Lake, Minnesota"),
        ("gap", ""),
        ("h", "Thank you!"),
        ("p", "The winter drive gave 85 coats to families in Pine County. Thank you, Lions club."),
        ("h", "Graduation celebration"),
        ("p", "Saturday, June 14, 2 pm at the Sturgeon Lake community center. Ten of our young people are "
              "finishing high school or college this year."),
        ("h", "Photographer wanted"),
        ("p", "We'd love a volunteer photographer for that afternoon - families want good pictures of their "
              "graduates and most of us only have phones."),
        ("h", "Getting around"),
        ("p", "Rides are our biggest problem. We are seeking a donated minivan (any year, as long as it runs) "
              "so volunteers can take elders to appointments together."),
    ]),
}

NEEDS = [
    N("index.html", ["homework helpers"], "volunteer", "en", layout="role_cards", note="title in h3"),
    N("index.html", ["amharic-english interpreter"], "skilled", "en", ["am", "en"],
      layout="role_cards", note="title in div.card-title"),
    N("index.html", ["grant writer"], "skilled", "en", layout="role_cards", note="title in p>strong"),
    N("index.html", ["youth mentors"], "volunteer", "en", layout="role_cards", note="title in a>span>span"),
    N("amharic.html", ["የመኪና ሾፌሮች"], "volunteer", "am", layout="heading_paragraph", note="drivers"),
    N("amharic.html", ["የምግብ ዝግጅት ረዳቶች"], "volunteer", "am", layout="heading_paragraph",
      note="cooking helpers for Meskel (event volunteers)"),
    N("amharic.html", ["የምንፈልጋቸው ዕቃዎች", "ብርድ ልብስ"], "donation", "am", layout="wish_list"),
    N("news.html", ["second crib", "infant car seats", "mrs. tigist's family"], "donation", "en", layout="story"),
    N("news.html", ["service a sewing machine", "sewing circle"], "skilled", "en", layout="newsletter_buried"),
    N("faq.html", ["winter boots"], "donation", "en", layout="faq_answer"),
    N("faq.html", ["knitting-and-english circle"], "volunteer", "en", ["en"], layout="faq_answer"),
    N("newsletter-spring.pdf", ["volunteer photographer"], "skilled", "en", layout="pdf"),
    N("newsletter-spring.pdf", ["donated minivan"], "donation", "en", layout="pdf"),
]

TRAPS = [
    T("index.html", "general_appeal", ["support abay"]),
    T("index.html", "filled", ["injera bakers"], note="FILLED pill"),
    T("index.html", "job", ["program coordinator"], note="Paid, 30 hrs"),
    T("index.html", "service", ["saturday amharic school"]),
    T("amharic.html", "hours", ["የሥራ ሰዓት"]),
    T("amharic.html", "service", ["ነጻ የአማርኛ ትምህርት"]),
    T("amharic.html", "filled", ["የልጆች እንክብካቤ"], note="'በቂ ሰው አግኝተናል' = we found enough people"),
    T("amharic.html", "not_accepted", ["አንቀበልም"]),
    T("amharic.html", "event", ["የመስቀል በዓል"]),
    T("news.html", "recap", ["meskel 2024 recap"]),
    T("news.html", "bio", ["a note from our founder", "almaz bekele"]),
    T("news.html", "blog", ["5 things we learned"]),
    T("faq.html", "hours", ["when is the office open"]),
    T("faq.html", "how_to_apply", ["immigration papers", "set up a referral"]),
    T("faq.html", "general_appeal", ["can i give money"]),
    T("newsletter-spring.pdf", "recap", ["85 coats"]),
    T("newsletter-spring.pdf", "event", ["graduation celebration"]),
    T("board-only/index.html", "robots", ["new treasurer"]),
    T("board-only/index.html", "robots", ["filing cabinet"]),
    T("board-only/index.html", "robots", ["audit committee"]),
]
