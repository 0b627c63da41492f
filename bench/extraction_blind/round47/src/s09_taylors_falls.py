from common import N, T

SLUG = "taylors-falls-medhane-alem-church"


def page(lang, title, body):
    return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN" "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="%s" version="XHTML+RDFa 1.0" dir="ltr" lang="%s">
<head profile="http://www.w3.org/1999/xhtml/vocab">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="Generator" content="Drupal 7 (http://drupal.org)" />
<title>%s | Debre Medhane Alem Church</title>
<style type="text/css" media="all">@import url("/sites/all/themes/bartik/css/layout.css?s1x2y3");</style>
</head>
<body class="html not-front page-node">
<div id="page-wrapper"><div id="page">
<div id="header"><div class="section clearfix">
  <div id="name-and-slogan"><div id="site-name"><strong><a href="/index.html" title="Home" rel="home"><span>Debre Medhane Alem Ethiopian Orthodox Tewahedo Church</span></a></strong></div>
  <div id="site-slogan">Taylors Falls, Minnesota</div></div>
  <div id="main-menu" class="navigation"><ul class="links inline clearfix">
    <li class="menu-218 first"><a href="/index.html">Home</a></li>
    <li class="menu-219"><a href="/serve.html">Serve</a></li>
    <li class="menu-220"><a href="/am/index.html">አማርኛ</a></li>
    <li class="menu-221 last"><a href="/am/zena.html">ዜና</a></li>
  </ul></div>
</div></div>
<div id="main-wrapper" class="clearfix"><div id="main" class="clearfix">
<div id="content" class="column"><div class="section">
<div class="region region-content"><div id="block-system-main" class="block block-system"><div class="content">
%s
</div></div></div>
</div></div>
</div></div>
<div id="footer-wrapper"><div class="section"><div id="footer" class="clearfix"><div class="region region-footer">
<p>311 Riverview Rd, Taylors Falls, MN 55084 &middot; (651) 555-0193 &middot; office@medhanealem-tf.org</p>
<p><a href="/files/fall-newsletter.pdf">Fall newsletter (PDF)</a> &middot; <a href="/abalat/notes.html">Members' area</a></p>
</div></div></div></div>
</div></div>
</body>
</html>
""" % (lang, lang, title, body)


INDEX = page("en", "Home", """
<div class="node node-page"><div class="content clearfix"><div class="field field-name-body"><div class="field-items"><div class="field-item even">
<h2>Welcome</h2>
<p>We are an Ethiopian Orthodox parish of about ninety families from the St. Croix Valley and the northern suburbs. Visitors are always welcome.</p>
<h3>Liturgy times</h3>
<p>Sunday Kidase 6:00 to 10:00 am. Wednesday and Friday evening prayer at 6:00 pm.</p>
<h3>Sunday school for children</h3>
<p>Classes in Amharic, Ge'ez and the faith for ages 5 to 16, every Sunday after Kidase.</p>
<h3>Meskel bonfire &ndash; September 27</h3>
<p>Demera lighting in the church yard at sunset, followed by a shared meal. <a href="/photos/meskel-2024.html">Photos from last year</a></p>
<h3>About our priest: Abba Gebremariam Tesfaye</h3>
<p>Abba Gebremariam studied at Holy Trinity Theological College in Addis Ababa and has served our parish since 2016.</p>
<h3>Building fund</h3>
<p>We are saving to buy the building we now rent. Every gift, large or small, brings us closer.</p>
</div></div></div></div></div>
""")

SERVE = page("en", "Serve", """
<h1 class="title" id="page-title">Serve at Medhane Alem</h1>
<div class="view view-volunteer-roles"><div class="view-content">
  <div class="views-row views-row-1"><h2 class="teaser-title"><a href="/serve.html#fast">Reflection: why we fast before Easter</a></h2>
    <div class="views-field-body">Fifty-five days without meat or dairy. Our deacon explains why. <a href="/serve.html#fast">Read more</a></div></div>
  <div class="views-row views-row-2"><h3>Youth mentor</h3><span class="status open">Open</span>
    <div class="views-field-body">Teenagers who grew up here want an adult who understands both worlds. Meet one teen for coffee or homework twice a month.</div></div>
  <div class="views-row views-row-3"><div class="field-title">Rides for elderly members</div><span class="status open">Open</span>
    <div class="views-field-body">Several elders live in Chisago City and Lindstrom and no longer drive. Give one of them a ride to Sunday Kidase once or twice a month.</div></div>
  <div class="views-row views-row-4"><strong>Mezmur choir</strong> <span class="status closed">Full</span>
    <div class="views-field-body">Choir membership is full for this year. New singers can join next September.</div></div>
  <div class="views-row views-row-5"><span class="title">Livestream camera operator</span> <span class="status open">Open</span>
    <div class="views-field-body">Many families in Ethiopia watch our services online. We need someone comfortable with a camera, OBS and a laptop on Sunday mornings.</div></div>
  <div class="views-row views-row-6"><h3>Parish administrator</h3><span class="status paid">Paid, part-time</span>
    <div class="views-field-body">Twenty hours a week managing the office, the calendar and the accounts. Send a cover letter to the parish council.</div></div>
</div></div>
""")

AM = page("am", "የበጎ ፈቃድ አገልግሎት", """
<h1 class="title" id="page-title">ደብረ መድኃኔ ዓለም የኢትዮጵያ ኦርቶዶክስ ተዋሕዶ ቤተ ክርስቲያን</h1>
<p>እንኳን ደህና መጡ። ቤተ ክርስቲያናችን በምዕመናን አገልግሎት ትኖራለች።</p>
<h2>የበጎ ፈቃድ አገልግሎት</h2>
<p>ከዚህ በታች ባሉት አገልግሎቶች ለመሳተፍ ከቅዳሴ በኋላ ዲያቆን ዮሐንስን ያነጋግሩ።</p>
<table class="sticky-enabled">
<thead><tr><th>አገልግሎት</th><th>ቀን</th><th>ሁኔታ</th></tr></thead>
<tbody>
<tr class="odd"><td>የቡና ሥነ ሥርዓት አዘጋጆች</td><td>እሑድ ከቅዳሴ በኋላ</td><td>ሁለት ሰዎች ያስፈልጋሉ</td></tr>
<tr class="even"><td>የሰንበት ትምህርት ቤት መምህራን</td><td>እሑድ</td><td>ተሟልቷል</td></tr>
<tr class="odd"><td>የአዳራሽ ጽዳት ቡድን</td><td>ቅዳሜ ከሰዓት በኋላ</td><td>ሦስት ሰዎች ያስፈልጋሉ</td></tr>
<tr class="even"><td>የበር አስተናጋጆች</td><td>እሑድ</td><td>በቂ ሰው አለን፤ እናመሰግናለን</td></tr>
</tbody>
</table>
<h2>ለቤተ ክርስቲያን የሚያስፈልጉ ዕቃዎች</h2>
<ul>
<li>ጧፍ (ቀጭን ሻማ)</li>
<li>ዕጣን</li>
<li>ለአዲስ ተጠማቂዎች ነጭ ነጠላ</li>
<li>የወረቀት ሳህኖችና ኩባያዎች</li>
</ul>
<p>ዕቃዎቹን እሑድ ጠዋት ከቢሮው አጠገብ ባለው ሳጥን ውስጥ ያስቀምጡ።</p>
<h2>የአማርኛ ትምህርት ለልጆች</h2>
<p>ቅዳሜ ከጠዋቱ 4 ሰዓት ጀምሮ፣ በነፃ።</p>
<h2>የቡሄ በዓል &ndash; ነሐሴ 13</h2>
<p>ልጆች ሙልሙል ዳቦ ይዘው ይዘምራሉ። ሁላችሁም ተጋብዛችኋል።</p>
""")

ZENA = page("am", "ዜና", """
<h1 class="title" id="page-title">ዜና</h1>
<h2>አዲስ ለተወለደው ሕፃን</h2>
<p>ወ/ሮ ሰላማዊት ከሁለት ሳምንት በፊት ወንድ ልጅ ወለደች። ቤተሰቡ ከናይሮቢ የመጣው ባለፈው ወር ነው፤ ለሕፃኑ አልጋም ሆነ የመኪና ወንበር የላቸውም።
ያገለገለ ግን ደህና የሆነ የሕፃን አልጋ ወይም የመኪና ወንበር ካለዎት እባክዎ ቢሮውን ያነጋግሩ።</p>
<h2>የዓመቱ ሂሳብ</h2>
<p>ቤተ ክርስቲያናችን የዓመቱን የሂሳብ ሪፖርት ለማዘጋጀት የሚረዳ በጎ ፈቃደኛ የሂሳብ ባለሙያ ትፈልጋለች። በወር ጥቂት ሰዓታት በቂ ነው።</p>
<h2>ምስጋና</h2>
<p>ለአዳራሹ የሚሆን ምንጣፍ አግኝተናል፤ እግዚአብሔር ይስጥልን! ከእንግዲህ ምንጣፍ አያስፈልገንም።</p>
<p>ባለፈው ዓመት የፋሲካ ዝግጅት ላይ ከ400 በላይ ምዕመናን ተገኝተዋል።</p>
<h2>የሴቶች ጉባኤ &ndash; ቅዳሜ፣ ጥቅምት 15</h2>
<p>ከቀኑ 8 ሰዓት በአዳራሹ። ሁሉም እናቶችና እህቶች ተጋብዘዋል።</p>
""")

ABALAT = page("en", "Members' area", """
<h1 class="title" id="page-title">Parish council notes (members only)</h1>
<ul>
<li>Need a volunteer to repair the bell tower ladder before Meskel.</li>
<li>Ask the Lutheran church next door to lend folding tables for the Meskel meal.</li>
<li>Recruit helpers for the deacons on Hosanna Sunday.</li>
</ul>
""")

PAGES = {
    "index.html": INDEX,
    "serve.html": SERVE,
    "am/index.html": AM,
    "am/zena.html": ZENA,
    "abalat/notes.html": ABALAT,
}

ROBOTS = """#
# robots.txt (Drupal 7)
#
User-agent: *
Crawl-delay: 10
# Directories
Disallow: /includes/
Disallow: /misc/
Disallow: /modules/
Disallow: /abalat/
# Paths (clean URLs)
Disallow: /admin/
Disallow: /user/login/
"""

PDFS = {
    "files/fall-newsletter.pdf": ("Fall Newsletter - Debre Medhane Alem Church", [
        ("title", "DEBRE MEDHANE ALEM CHURCH - FALL NEWSLETTER"),
        ("h", "Before the snow comes"),
        ("p", "Last winter the parking lot and the front steps stayed icy for weeks and two elders fell. This year we want a snow "
              "removal crew of five or six people who can come after Saturday snowfalls so the yard is clear for Sunday Kidase. "
              "Sign up with the council secretary."),
        ("h", "Meskel - Saturday, September 27"),
        ("p", "Bonfire at sunset, then dinner in the hall."),
        ("h", "Thank you"),
        ("p", "Thanks to everyone who gave to the roof repair: the roof is finished and fully paid for."),
        ("h", "Tsome Nebiyat"),
        ("p", "The Fast of the Prophets begins November 25."),
    ]),
}

NEEDS = [
    N("serve.html", ["youth mentor"], "volunteer", "en", layout="role_cards", note="first role card sits right under a blog teaser"),
    N("serve.html", ["rides for elderly members"], "volunteer", "en", layout="role_cards", note="div.field-title"),
    N("serve.html", ["livestream camera operator"], "skilled", "en", layout="role_cards", note="span.title"),
    N("am/index.html", ["የቡና ሥነ ሥርዓት"], "volunteer", "am", layout="shift_table"),
    N("am/index.html", ["የአዳራሽ ጽዳት"], "volunteer", "am", layout="shift_table"),
    N("am/index.html", ["የሚያስፈልጉ ዕቃዎች", "ጧፍ"], "donation", "am", layout="wish_list"),
    N("am/zena.html", ["የሕፃን አልጋ", "የመኪና ወንበር"], "donation", "am", layout="story"),
    N("am/zena.html", ["የሂሳብ ባለሙያ"], "skilled", "am", layout="newsletter_buried"),
    N("files/fall-newsletter.pdf", ["snow removal crew"], "volunteer", "en", layout="pdf"),
]

TRAPS = [
    T("index.html", "hours", ["liturgy times"]),
    T("index.html", "service", ["sunday school for children"]),
    T("index.html", "event", ["meskel bonfire"]),
    T("index.html", "bio", ["abba gebremariam"]),
    T("index.html", "general_appeal", ["building fund"]),
    T("serve.html", "blog", ["why we fast"]),
    T("serve.html", "filled", ["mezmur choir"], "Full"),
    T("serve.html", "job", ["parish administrator"], "paid"),
    T("am/index.html", "filled", ["የሰንበት ትምህርት ቤት መምህራን"], "ተሟልቷል"),
    T("am/index.html", "filled", ["የበር አስተናጋጆች"], "በቂ ሰው አለን"),
    T("am/index.html", "service", ["የአማርኛ ትምህርት"]),
    T("am/index.html", "event", ["የቡሄ በዓል"]),
    T("am/zena.html", "filled", ["ምንጣፍ"], "አግኝተናል; አያስፈልገንም"),
    T("am/zena.html", "recap", ["የፋሲካ ዝግጅት"]),
    T("am/zena.html", "event", ["የሴቶች ጉባኤ"]),
    T("abalat/notes.html", "robots", ["bell tower ladder"]),
    T("abalat/notes.html", "robots", ["folding tables"]),
    T("abalat/notes.html", "robots", ["hosanna sunday"]),
    T("files/fall-newsletter.pdf", "event", ["meskel"]),
    T("files/fall-newsletter.pdf", "recap", ["roof repair"]),
    T("files/fall-newsletter.pdf", "event", ["tsome nebiyat"]),
]
