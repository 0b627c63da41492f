"""Site 9: Abune Teklehaimanot Ethiopian Orthodox Church, Waldorf. Plain hand-coded site, English + Amharic."""
from common import N, T

SLUG = "waldorf-abune-teklehaimanot-church"

_NAV = """<div class="nav"><a href="/">Home</a> | <a href="/agelgilot.html">አገልግሎት</a> | <a href="/erdata.html">እርዳታ</a> | <a href="/news.html">News</a> | <a href="/photos/meskel-2024.html">Photos</a></div>"""


def _page(lang, title, body):
    return """<!DOCTYPE html>
<html lang="%s">
<head>
<meta charset="utf-8">
<title>%s</title>
<style>
body{font-family:"Nyala","Abyssinica SIL",Georgia,serif;background:#fffdf6;margin:0}
.banner{background:linear-gradient(#078930,#fcdd09,#da121a);height:8px}
.head{padding:16px 24px}.head h1{margin:0;color:#5b2c06}
.nav{background:#5b2c06;padding:8px 24px}.nav a{color:#fff}
.main{padding:10px 24px;max-width:860px}
.foot{border-top:1px solid #ccc;padding:12px 24px;font-size:13px;color:#555}
del{color:#999}
</style>
</head>
<body>
<div class="banner"></div>
<div class="head"><h1>ደብረ ምሕረት አቡነ ተክለሃይማኖት</h1><div>Abune Teklehaimanot Ethiopian Orthodox Tewahedo Church &middot; Waldorf, Minnesota</div></div>
%s
<div class="main">
%s
</div>
<div class="foot">16 Elm St, Waldorf, MN 56091 &middot; (507) 555-0138 &middot; abuneteklehaimanot.waldorf@example.org &middot; <a href="/members/dues.html">Members</a></div>
</body>
</html>
""" % (lang, title, _NAV, body)


PAGES = {}

PAGES["index.html"] = _page("en", "Abune Teklehaimanot Church - Waldorf", """
<p>Welcome to our parish. We serve Ethiopian and Eritrean Orthodox families from Waseca, Mankato, Owatonna and the towns in between. እንኳን ደህና መጣችሁ!</p>
<h2>Liturgy</h2>
<p>Kidase every Sunday, 6:00&ndash;10:00 am. Feast days as announced.</p>
<h2>Timket (Epiphany)</h2>
<p>January 19 at Lake Waldorf. Procession, blessing of the water and lunch. See the <a href="/timket-2026.pdf">Timket flyer (PDF)</a>.</p>
<h2>Spiritual guidance</h2>
<p>Our priests offer confession, marriage preparation and spiritual guidance by appointment.</p>
<h2>Building fund</h2>
<p>We are saving to buy the building we rent. Every gift brings us closer.</p>
""")

PAGES["agelgilot.html"] = _page("am", "አገልግሎት", """
<h2>የአገልግሎት ጥሪ</h2>
<p>ቤተ ክርስቲያናችን የሚከተሉትን በጎ ፈቃደኞች ትፈልጋለች። ለማገልገል ፈቃደኛ ከሆኑ ከቅዳሴ በኋላ ዲያቆን ሳሙኤልን ያነጋግሩ።</p>
<ul>
<li><strong>የሰንበት ትምህርት ቤት መምህራን</strong> &mdash; ሁለት መምህራን ያስፈልጋሉ። እሁድ ከቅዳሴ በኋላ፣ ከ7 እስከ 12 ዓመት ላሉ ልጆች።</li>
<li><strong>የአማርኛ ቋንቋ አስተማሪ</strong> &mdash; ልጆቻችን ፊደል እንዲማሩ ቅዳሜ ጠዋት የሚያስተምር ሰው እንፈልጋለን።</li>
<li><strong>የወጥ ቤት ረዳቶች</strong> &mdash; ለትንሣኤ በዓል ምግብ ዝግጅት፣ ሚያዝያ 10 እና 11 ቀን።</li>
<li><del>የቤተ ክርስቲያን ጽዳት ቡድን</del> &mdash; በቂ ሰው አግኝተናል፣ እናመሰግናለን።</li>
</ul>
<h3>የቅዳሴ ሰዓት</h3>
<p>እሁድ ከጠዋቱ 12 ሰዓት እስከ 4 ሰዓት።</p>
<h3>የመስቀል በዓል</h3>
<p>መስከረም 17 (September 27)፣ ደመራ ከምሽቱ 1 ሰዓት። ሁላችሁም ተጋብዛችኋል።</p>
""")

PAGES["erdata.html"] = _page("am", "እርዳታ", """
<h2>እርዳታ ለቤተሰቦች</h2>
<h3>የወ/ሮ ትዕግሥት ቤተሰብ</h3>
<p>ወ/ሮ ትዕግሥት ከሦስት ልጆቿ ጋር ባለፈው ወር ከኬንያ መጣች። አዲሱ ቤታቸው ባዶ ነው፤ አልጋ፣ ጠረጴዛ እና የማብሰያ እቃዎች የላቸውም። መርዳት የምትችሉ ከሆነ ቄስ ሞገስን አነጋግሩ።</p>
<h3>ለልጆች የትምህርት ቁሳቁሶች</h3>
<p>ትምህርት ቤት ከመከፈቱ በፊት ቦርሳ፣ ደብተር፣ እርሳስ እና ማስያ እየሰበሰብን ነው። እስከ ነሐሴ 25 ድረስ ወደ ቤተ ክርስቲያን አምጡ።</p>
<h3>የክረምት ልብሶች</h3>
<p>በቂ አለን፤ ተጨማሪ አያስፈልግም። እግዚአብሔር ይስጥልን።</p>
<h3>የማንቀበላቸው ነገሮች</h3>
<ul><li>የተከፈተ ምግብ</li><li>የተቀደደ ልብስ</li><li>መድኃኒት</li></ul>
<h3>ለሕንጻ ግንባታ ይለግሱ</h3>
<p>ቤተ ክርስቲያኑን ለመግዛት የምታደርጉት ስጦታ ሁሉ ይረዳል።</p>
""")

PAGES["news.html"] = _page("en", "Church News", """
<h2>Church News &mdash; Spring</h2>
<h3>A word from Abba Gebremichael</h3>
<p>Abba Gebremichael Tesfaye has served as our priest since 2016. He came to Minnesota from Gondar, where he taught at the church school for twelve years.</p>
<h3>Thank you</h3>
<p>The Easter collection raised $9,800 for the new roof. God bless every family who gave.</p>
<h3>Parish business</h3>
<p>The council met on March 9. The fellowship hall lights keep flickering and two outlets have stopped working; if anyone in our community is a licensed electrician, the council would be grateful for your help. The church is also hiring a part-time administrator (paid, 15 hours a week) to keep the books and answer the phone &mdash; applications to the council secretary.</p>
<h3>For our high schoolers</h3>
<p>Students preparing for the ACT would benefit from volunteer math and reading tutors on Saturday afternoons after Amharic class. Two hours a week, at the church.</p>
""")

PAGES["members/dues.html"] = _page("en", "Members", """
<h2>Members only</h2>
<p>Annual dues are $240 per family. Please pay the treasurer.</p>
<ul>
<li>Audit committee: two volunteers needed before the general assembly.</li>
<li>Youth coordinator: the council is looking for a replacement.</li>
</ul>
""")

ROBOTS = """User-agent: *
Disallow: /members/
"""

PDFS = {
    "timket-2026.pdf": ("Timket 2026", [
        ("title", "Timket 2026 - Celebrate Epiphany with us"),
        ("p", "Abune Teklehaimanot Ethiopian Orthodox Tewahedo Church, Waldorf"),
        ("h", "Monday, January 19"),
        ("p", "The procession begins at 7:00 am from the church to Lake Waldorf. Blessing of the water at 9:00, lunch in the hall at noon. Everyone is welcome."),
        ("h", "Volunteers needed"),
        ("p", "We need strong hands to set up tents on the evening of January 18 and to direct parking on the morning of the 19th. Please give your name to Deacon Samuel."),
        ("h", "Please remember"),
        ("p", "Wear white. Bring a blanket or a chair. Parking at the school lot."),
    ]),
}

_A, _E, _N, _M, _P = "agelgilot.html", "erdata.html", "news.html", "members/dues.html", "timket-2026.pdf"

NEEDS = [
    N(_A, ["የሰንበት ትምህርት ቤት መምህራን"], "skilled", "am", ["am"], layout="list"),
    N(_A, ["የአማርኛ ቋንቋ አስተማሪ"], "skilled", "am", ["am"], layout="list"),
    N(_A, ["የወጥ ቤት ረዳቶች"], "volunteer", "am", layout="list", note="kitchen helpers for Easter food prep"),
    N(_E, ["የማብሰያ እቃዎች", "ጠረጴዛ"], "donation", "am", layout="story"),
    N(_E, ["የትምህርት ቁሳቁሶች"], "donation", "am", layout="supply_drive"),
    N(_N, ["licensed electrician"], "skilled", "en", layout="newsletter_buried"),
    N(_N, ["volunteer math and reading tutors", "reading tutors"], "skilled", "en", layout="heading_paragraph"),
    N(_P, ["set up tents", "direct parking"], "volunteer", "en", layout="pdf"),
]

TRAPS = [
    T("index.html", "hours", ["kidase every sunday"]),
    T("index.html", "event", ["timket (epiphany)"]),
    T("index.html", "service", ["spiritual guidance"]),
    T("index.html", "general_appeal", ["building fund"]),
    T(_A, "filled", ["ጽዳት ቡድን"], "struck through + 'በቂ ሰው አግኝተናል'"),
    T(_A, "hours", ["የቅዳሴ ሰዓት"]),
    T(_A, "event", ["የመስቀል በዓል"]),
    T(_E, "filled", ["የክረምት ልብሶች"], "'በቂ አለን፤ ተጨማሪ አያስፈልግም'"),
    T(_E, "not_accepted", ["የማንቀበላቸው ነገሮች"]),
    T(_E, "general_appeal", ["ለሕንጻ ግንባታ"]),
    T(_N, "bio", ["abba gebremichael tesfaye"]),
    T(_N, "recap", ["easter collection"]),
    T(_N, "job", ["part-time administrator"]),
    T(_M, "robots", ["audit committee"]),
    T(_M, "robots", ["youth coordinator"]),
    T(_P, "event", ["timket 2026"]),
    T(_P, "hours", ["procession begins"]),
]
