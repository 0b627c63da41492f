"""Site 6: Kidus Giorgis Ethiopian Orthodox Tewahedo Church, Long Lake (am + en). Bootstrap-ish church site;
Amharic announcements as a numbered list; English 'needs board' in two kanban columns (Still needed /
Received); clergy page; contact page with no needs; robots-disallowed members page."""
from common import N, T

SLUG = "long-lake-kidus-giorgis-church"


def page(lang, title, body):
    return """<!DOCTYPE html>
<html lang="%s">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%s - Kidus Giorgis Ethiopian Orthodox Tewahedo Church</title>
<link rel="stylesheet" href="/css/bootstrap.min.css">
<style>
.navbar{background:#1b4d2e}.navbar a{color:#ffd54f}
.kanban{display:flex;gap:24px}.kanban .col{flex:1;background:#f4f1ea;padding:14px;border-radius:6px}
.kcard{background:#fff;border-left:5px solid #1b4d2e;padding:10px 12px;margin-bottom:12px}
.kcard.done{border-left-color:#aaa;color:#777}
</style>
</head>
<body>
<nav class="navbar"><div class="container">
<a class="navbar-brand" href="/">ቅዱስ ጊዮርጊስ &middot; Kidus Giorgis</a>
<ul class="nav">
<li><a href="/">Home</a></li>
<li><a href="/am/">አማርኛ</a></li>
<li><a href="/needs.html">Church Needs</a></li>
<li><a href="/clergy.html">Clergy &amp; Council</a></li>
<li><a href="/contact.html">Contact</a></li>
<li><a href="/media/timket-2025.html">Timket 2025 Video</a></li>
</ul></div></nav>
<div class="container">
%s
</div>
<footer class="container"><hr><p>Kidus Giorgis Ethiopian Orthodox Tewahedo Church &middot; 1950 W Wayzata Blvd, Long Lake, MN 55356 &middot;
<a href="/abalat/">Abalat (members)</a></p></footer>
</body>
</html>
""" % (lang, title, body)


INDEX = page("en", "Home", """
<div class="jumbotron"><h1>Welcome to Kidus Giorgis</h1>
<p>An Ethiopian Orthodox Tewahedo parish serving families across the western suburbs since 2012, under the Diocese of Minnesota.</p></div>
<div class="row">
<div class="col-md-6">
<h2>Service Times</h2>
<p>Sunday Kidase (Divine Liturgy): 6:00 a.m. &ndash; 10:30 a.m.<br>
Wednesday and Friday evening prayer: 6:30 p.m.<br>
Holy days: see the calendar posted in the hall.</p>
<h2>Sunday School</h2>
<p>Our Senbet Timhirt Bet teaches children and youth the faith, Ge&rsquo;ez hymns and Amharic reading after Kidase every Sunday.
All children of the parish are welcome.</p>
</div>
<div class="col-md-6">
<h2>Timket &ndash; Sunday, January 19</h2>
<p>Procession with the Tabot from the church to the blessed water at 8:00 a.m., followed by a feast in the hall.
Wear your white netela!</p>
<h2>Building Fund</h2>
<p>We are saving to buy our own building. Every contribution, large or small, brings us closer.
Checks payable to &ldquo;Kidus Giorgis EOTC.&rdquo;</p>
<p><a href="/needs.html">See what the church needs this month &rarr;</a></p>
</div>
</div>
""")

AM = page("am", "ማስታወቂያዎች", """
<h1>የሎንግ ሌክ ቅዱስ ጊዮርጊስ የኢትዮጵያ ኦርቶዶክስ ተዋሕዶ ቤተ ክርስቲያን</h1>
<p>እንኳን ወደ ቤተ ክርስቲያናችን ድረ ገጽ በደህና መጡ።</p>
<h2>የቅዳሴ ሰዓት</h2>
<p>እሁድ ከጠዋቱ 12 ሰዓት እስከ 4:30 (6:00 a.m. &ndash; 10:30 a.m.)</p>
<h2>ማስታወቂያዎች</h2>
<ol>
<li><strong>የሰንበት ትምህርት ቤት መምህራን ያስፈልጉናል።</strong> ለልጆቻችን የሰንበት ትምህርት ቤት በአማርኛና በግዕዝ የሚያስተምሩ መምህራን
እንፈልጋለን። ትምህርቱ እሁድ ከቅዳሴ በኋላ ይሰጣል። ፈቃደኛ የሆናችሁ ከሰንበት ትምህርት ቤት ኃላፊው ጋር ተነጋገሩ።</li>
<li><strong>የበዓል ምግብ የሚያዘጋጁ በጎ ፈቃደኞች።</strong> ለሚቀጥለው ወር የንግሥ በዓል ለ300 ሰው ምሳ የሚያዘጋጁ እናቶችና ወጣቶች ያስፈልጉናል።
እባካችሁ ከወይዘሮ ትዕግስት ጋር ተመዝገቡ።</li>
<li><strong>የቤተ ክርስቲያን ጽዳት።</strong> በየወሩ የመጀመሪያው ቅዳሜ ጠዋት ቤተ ክርስቲያኑን ለማጽዳት በጎ ፈቃደኞች እንፈልጋለን።</li>
<li><strong>የመኪና ማቆሚያ አስተባባሪዎች።</strong> በቂ ሰዎች ተመዝግበዋል፤ እግዚአብሔር ይስጥልን።</li>
<li><strong>የመስቀል በዓል</strong> መስከረም 17 (September 27) ደመራ በቤተ ክርስቲያኑ ግቢ ይደረጋል። ሁላችሁም ተጋብዛችኋል።</li>
<li><strong>የጋብቻና የቤተሰብ ምክር።</strong> ካህናቱ ለምእመናን የጋብቻና የቤተሰብ ምክር አገልግሎት ይሰጣሉ። ቀጠሮ ለመያዝ ቢሮውን ያነጋግሩ።</li>
<li><strong>የሕንፃ ግንባታ ፈንድ።</strong> የራሳችንን ሕንፃ ለመግዛት የምታደርጉትን አስተዋጽኦ እናደንቃለን።</li>
</ol>
""")

NEEDS_PAGE = page("en", "Church Needs", """
<h1>Church Needs &ndash; March</h1>
<p>Updated by the parish council after each monthly meeting. Cards move to the right when a need is met.</p>
<div class="kanban">
<div class="col"><h2>Still needed</h2>
 <div class="kcard"><h3>Electric mitad (injera griddle)</h3>
 <p>The only mitad in our kitchen stopped working. A 16-inch electric mitad would let the women&rsquo;s association keep making injera
 for the fellowship meal after Kidase.</p></div>
 <div class="kcard"><h3>Volunteer bookkeeper</h3>
 <p>Someone comfortable with QuickBooks to close our 2024 books and help the treasurer prepare the annual filing. About 10 hours in total.</p></div>
 <div class="kcard"><h3>Ride coordinator for elderly members</h3>
 <p>Several elders in Minnetonka and Plymouth can no longer drive. We need one person to organize a Sunday ride rotation among members who have cars.</p></div>
</div>
<div class="col"><h2>Received &ndash; thank you!</h2>
 <div class="kcard done"><h3>Carpet shampooer</h3><p>Given by the Haile family.</p></div>
 <div class="kcard done"><h3>Altar curtains</h3><p>Sewn and donated by the Women&rsquo;s Association.</p></div>
 <div class="kcard done"><h3>Folding chairs (40)</h3><p>All 40 received from Long Lake Lutheran. Egziabher yistilin!</p></div>
</div>
</div>
""")

CLERGY = page("en", "Clergy & Council", """
<h1>Clergy &amp; Parish Council</h1>
<h3>Melake Selam Abba Gebremariam Tesfaye, Head Priest</h3>
<p>Abba Gebremariam studied at Holy Trinity Theological College in Addis Ababa and served in Nairobi before coming to Minnesota in 2015.</p>
<h3>Kesis Daniel Alemu, Priest</h3>
<p>Kesis Daniel leads the youth choir and the Wednesday Bible study.</p>
<h3>Parish Council</h3>
<p>Chair: Ato Mulugeta Bekele &middot; Treasurer: W/ro Almaz Gebre &middot; Secretary: Ato Yonas Tadesse</p>
<h2>Deacon training</h2>
<p>Boys ages 10 and up may begin training as deacons with Kesis Daniel on Saturday mornings. Parents should speak with Kesis Daniel.</p>
""")

CONTACT = page("en", "Contact", """
<h1>Contact &amp; Directions</h1>
<p>We worship in the former Long Lake Community Chapel at 1950 W Wayzata Blvd. Parking is in the front lot and, on holy days, at the
elementary school across the road.</p>
<p>Church office: 952-555-0156 &middot; Tuesday and Thursday 4:00&ndash;7:00 p.m.</p>
<p>Email: office@kidusgiorgis.example</p>
""")

ABALAT = page("en", "Abalat", """
<h1>Abalat &ndash; members only</h1>
<h3>Monthly contribution list</h3><p>Please check your name and amount against the list and tell the treasurer of any mistake.</p>
<h3>Offering counters needed</h3><p>We need two more members to count the Sunday offering with the treasurer.</p>
<h3>Mezmur leaders</h3><p>The youth choir needs a second mezmur leader for the 2nd and 4th Sundays.</p>
""")

PAGES = {
    "index.html": INDEX,
    "am/index.html": AM,
    "needs.html": NEEDS_PAGE,
    "clergy.html": CLERGY,
    "contact.html": CONTACT,
    "abalat/index.html": ABALAT,
}

ROBOTS = """User-agent: Googlebot
Disallow:

User-agent: *
Disallow: /abalat/
Disallow: /css/
"""

PDFS = {}

NEEDS = [
    N("am/index.html", ["የሰንበት ትምህርት ቤት መምህራን", "መምህራን"], "skilled", "am", ["am"], layout="numbered_announcements",
      note="teach in Amharic and Ge'ez"),
    N("am/index.html", ["ምግብ የሚያዘጋጁ", "ምሳ የሚያዘጋጁ"], "volunteer", "am", layout="numbered_announcements",
      note="cooks for the feast-day lunch for 300"),
    N("am/index.html", ["ጽዳት", "ለማጽዳት"], "volunteer", "am", layout="numbered_announcements",
      note="monthly church cleaning"),
    N("needs.html", ["electric mitad", "mitad"], "donation", "en", layout="kanban"),
    N("needs.html", ["volunteer bookkeeper", "bookkeeper"], "skilled", "en", layout="kanban"),
    N("needs.html", ["ride coordinator"], "volunteer", "en", layout="kanban"),
]

TRAPS = [
    T("index.html", "hours", ["service times", "sunday kidase"]),
    T("index.html", "service", ["sunday school", "senbet timhirt bet"]),
    T("index.html", "event", ["timket", "procession"]),
    T("index.html", "general_appeal", ["building fund"]),
    T("index.html", "general_appeal", ["see what the church needs"], "pointer, no item named"),
    T("am/index.html", "hours", ["የቅዳሴ ሰዓት"]),
    T("am/index.html", "filled", ["የመኪና ማቆሚያ"], "'በቂ ሰዎች ተመዝግበዋል' = enough people registered"),
    T("am/index.html", "event", ["የመስቀል በዓል", "ደመራ"]),
    T("am/index.html", "service", ["የጋብቻና የቤተሰብ ምክር"]),
    T("am/index.html", "general_appeal", ["የሕንፃ ግንባታ ፈንድ"]),
    T("needs.html", "filled", ["carpet shampooer"], "Received column"),
    T("needs.html", "filled", ["altar curtains"], "Received column"),
    T("needs.html", "filled", ["folding chairs"], "Received column"),
    T("clergy.html", "bio", ["abba gebremariam", "head priest"]),
    T("clergy.html", "bio", ["kesis daniel alemu"]),
    T("clergy.html", "bio", ["parish council"]),
    T("clergy.html", "service", ["deacon training"]),
    T("contact.html", "hours", ["church office"]),
    T("abalat/index.html", "robots", ["contribution list"]),
    T("abalat/index.html", "robots", ["offering counters"]),
    T("abalat/index.html", "robots", ["mezmur leaders", "mezmur leader"]),
]
