"""Site 7: Meskel Habesha Community, Hamburg. Plain CSS; English <dl> roles; Amharic page; English PDF flyer."""
from common import need, trap

SLUG = "hamburg-meskel-habesha-community"
TOWN = "hamburg"

ROBOTS = """User-agent: Googlebot
Disallow: /tmp/

User-agent: *
Disallow: /internal/
"""


def head(title, lang):
    return """<!DOCTYPE html>
<html lang="%s">
<head>
<meta charset="utf-8">
<title>%s - Meskel Habesha Community</title>
<link rel="stylesheet" href="/css/style.css">
<style>dl.roles dt{font-weight:700;margin-top:1em}dl.roles dd{margin-left:1.5em}</style>
</head>
<body>
<div id="wrap">
<div id="header"><h2 class="logo">Meskel Habesha Community &middot; <span lang="am">መስቀል</span></h2>
<ul id="nav">
<li><a href="/">Home</a></li>
<li><a href="/volunteer.html">Volunteer</a></li>
<li><a href="/amharic.html">አማርኛ</a></li>
<li><a href="/news.html">News</a></li>
<li><a href="/school-supply-drive.pdf">Supply drive flyer</a></li>
</ul></div>
<div id="content">
""" % (lang, title)


FOOT = """
</div>
<div id="footer">Meskel Habesha Community &middot; 311 Park Ave, Hamburg, MN 55339 &middot; (952) 555-0172 &middot; info@meskelhabesha-mn.org
&middot; <a href="/photos/meskel-2025.html">Photos</a> &middot; <a href="/internal/plans.html">Planning (internal)</a></div>
</div>
</body>
</html>
"""

INDEX = head("Home", "en") + """
<h1>Welcome to the Meskel Habesha Community</h1>
<p>We are Ethiopian and Eritrean families in Carver and Sibley counties. We help new arrivals with housing searches, school enrollment and rides to appointments.</p>
<h3>Our office is open</h3>
<p>Monday&ndash;Friday 10 am&ndash;4 pm, and by appointment on Saturdays.</p>
<h3>Coffee ceremony and community lunch</h3>
<p>Last Sunday of every month after church, 1 pm, in the parish hall. Bring the whole family.</p>
<h3>Volunteer</h3>
<p>There are many ways to help. <a href="/volunteer.html">Read more</a>.</p>
""" + FOOT

VOLUNTEER = head("Volunteer", "en") + """
<h1>Volunteer roles</h1>
<p>Call Meron at (952) 555-0173. All volunteers who work with children or elders complete a background check.</p>
<dl class="roles">
<dt>Airport welcome team</dt>
<dd>Meet newly arrived families at the airport with warm coats and a ride to their apartment. Often on short notice, evenings and weekends.</dd>
<dt>Grant writer</dt>
<dd>Help us apply for two or three foundation grants a year. You can work from home.</dd>
<dt>Youth soccer coach</dt>
<dd>Position filled &mdash; thank you, Dawit!</dd>
<dt>Bookkeeper</dt>
<dd>Stipend of $300 a month for about 10 hours. Must know QuickBooks.</dd>
<dt>Amharic&ndash;English interpreter</dt>
<dd>Go with elders to clinic visits in Glencoe and Waconia, about twice a month.</dd>
</dl>
""" + FOOT

AMHARIC = head("አማርኛ", "am") + """
<h1>የሐምቡርግ መስቀል ሐበሻ ማኅበረሰብ</h1>
<p>የቢሮ ሰዓት፡ ከሰኞ እስከ ዓርብ፣ ከጠዋቱ 4 ሰዓት እስከ ቀኑ 10 ሰዓት።</p>
<h2>በጎ ፈቃደኞች ያስፈልጉናል</h2>
<h3>የአማርኛ ቋንቋ መምህር</h3>
<p>ቅዳሜ ጠዋት ለልጆች አማርኛ ማንበብና መጻፍ የሚያስተምር መምህር እንፈልጋለን።</p>
<h3>ለአረጋውያን ምግብ ማብሰል</h3>
<p>በወር አንድ ጊዜ ለአረጋውያን ምሳ የሚያበስሉ በጎ ፈቃደኞች እንፈልጋለን።</p>
<h3>የቢሮ ሠራተኛ</h3>
<p>ደመወዝ የሚከፈልበት ሥራ ነው፤ በሳምንት 20 ሰዓት። ማመልከቻዎን ወደ ቢሮ ይላኩ።</p>
<h3>የቤት ዕቃዎች</h3>
<p>በቂ አግኝተናል፤ እናመሰግናለን!</p>
<h2>የምንፈልጋቸው ዕቃዎች</h2>
<ul><li>የአማርኛ የልጆች መጻሕፍት</li><li>ደብተሮች</li><li>እርሳሶች</li></ul>
<h2>የአንድ ቤተሰብ ታሪክ</h2>
<p>አምስት ሰዎች ያሉት አንድ ቤተሰብ ባለፈው ወር ከኢትዮጵያ መጣ። ቤታቸው ባዶ ነው። ፍራሽ፣ ብርድ ልብስ እና የወጥ ቤት ዕቃዎች ያስፈልጋቸዋል።</p>
<h2>የመስቀል በዓል</h2>
<p>መስከረም 17 (September 27) በከተማው መናፈሻ። ሁላችሁም ተጋብዛችኋል።</p>
<h2>ነፃ የእንግሊዝኛ ትምህርት</h2>
<p>ማክሰኞና ሐሙስ ማታ ለአዋቂዎች። ለመመዝገብ ወደ ቢሮ ይደውሉ።</p>
""" + FOOT

NEWS = head("News", "en") + """
<h1>News</h1>
<div class="post">
<h2>We are short on car seats</h2>
<p>Every newcomer family with small children needs car seats just to leave the airport. Right now we are short on infant and convertible car seats (less than six years old, never in a crash).</p>
</div>
<div class="post">
<h2>How one family found home in Hamburg</h2>
<p>Tsion and her sons arrived with two suitcases. Read the full story in our spring newsletter.</p>
</div>
<div class="post">
<h2>Enkutatash dinner</h2>
<p>Thank you! The Enkutatash dinner raised $3,900 for the newcomer fund.</p>
</div>
<div class="post">
<h2>Membership</h2>
<p>Become a member: $60 a year family dues keep the lights on.</p>
</div>
""" + FOOT

INTERNAL = head("Planning", "en") + """
<h1>Planning board (internal)</h1>
<ul>
<li>Need a volunteer CPA for the year-end audit.</li>
<li>Ask members to lend 20 chairs for Meskel.</li>
<li>Find a hall for Genna (January 7) &mdash; budget $500.</li>
</ul>
""" + FOOT

PAGES = {
    "index.html": INDEX,
    "volunteer.html": VOLUNTEER,
    "amharic.html": AMHARIC,
    "news.html": NEWS,
    "internal/plans.html": INTERNAL,
}

PDFS = {
    "school-supply-drive.pdf": ("Back-to-School Supply Drive", [
        ("title", "Meskel Habesha Community: Back-to-School Supply Drive"),
        ("p", "Sixty children in our newcomer families start school in Norwood Young America, Glencoe and "
              "Waconia this fall. Help us fill their backpacks."),
        ("h", "School supply drive: what to bring"),
        ("p", "New backpacks, wide-ruled notebooks, pencils, glue sticks, colored pencils and basic calculators."),
        ("h", "Drop-off"),
        ("p", "Drop-off is Saturdays 10 am to 1 pm at the community office, through August 23."),
        ("h", "Back-to-school party"),
        ("p", "Back-to-school party for all families on Saturday, August 30, 2 pm, with injera, games and a "
              "haircut station."),
    ]),
}

NEEDS = [
    need("volunteer.html", ["airport welcome team"], "volunteer", "en", layout="definition_list"),
    need("volunteer.html", ["grant writer"], "skilled", "en", layout="definition_list"),
    need("volunteer.html", ["interpreter"], "skilled", "en", ["am", "en"], layout="definition_list"),
    need("news.html", ["car seats"], "donation", "en", layout="short_on"),
    need("school-supply-drive.pdf", ["school supply drive", "backpacks"], "donation", "en", layout="pdf"),
    need("amharic.html", ["የአማርኛ ቋንቋ መምህር"], "skilled", "am", ["am"], layout="heading_paragraph"),
    need("amharic.html", ["ምግብ ማብሰል"], "volunteer", "am", layout="heading_paragraph"),
    need("amharic.html", ["የምንፈልጋቸው ዕቃዎች", "የአማርኛ የልጆች መጻሕፍት"], "donation", "am", layout="wish_list"),
    need("amharic.html", ["ፍራሽ", "ብርድ ልብስ", "የአንድ ቤተሰብ ታሪክ"], "donation", "am", layout="story"),
]

TRAPS = [
    trap("index.html", "service", ["housing searches"]),
    trap("index.html", "hours", ["our office is open"]),
    trap("index.html", "event", ["coffee ceremony"]),
    trap("index.html", "general_appeal", ["there are many ways to help"]),
    trap("volunteer.html", "filled", ["youth soccer coach"], "position filled"),
    trap("volunteer.html", "job", ["bookkeeper"], "stipend $300/month"),
    trap("amharic.html", "hours", ["የቢሮ ሰዓት"]),
    trap("amharic.html", "job", ["የቢሮ ሠራተኛ"], "ደመወዝ የሚከፈልበት"),
    trap("amharic.html", "filled", ["የቤት ዕቃዎች"], "በቂ አግኝተናል"),
    trap("amharic.html", "event", ["የመስቀል በዓል"]),
    trap("amharic.html", "service", ["ነፃ የእንግሊዝኛ ትምህርት"]),
    trap("news.html", "blog", ["found home in hamburg"]),
    trap("news.html", "recap", ["enkutatash dinner"]),
    trap("news.html", "general_appeal", ["family dues"]),
    trap("internal/plans.html", "robots", ["volunteer cpa"]),
    trap("internal/plans.html", "robots", ["20 chairs"]),
    trap("internal/plans.html", "robots", ["hall for genna"]),
    trap("school-supply-drive.pdf", "hours", ["drop-off is saturdays"]),
    trap("school-supply-drive.pdf", "event", ["back-to-school party"]),
]
