"""Kidus Giorgis Ethiopian Orthodox Tewahedo Church (Ostrander, MN). Drupal 7 look; English + Amharic.
Robots: GPTBot group disallows everything; the `*` group only disallows /user/ (no such pages).
No robots trap on this site."""
from common import N, T

SLUG = "ostrander-kidus-giorgis-church"
TOWN = "ostrander"


def shell(title, body, lang="en"):
    return """<!DOCTYPE html>
<html lang="%s" dir="ltr">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>%s | Kidus Giorgis Church</title>
<link type="text/css" rel="stylesheet" href="/sites/all/themes/bartik/css/layout.css" media="all" />
</head>
<body class="html not-front page-node">
<div id="page-wrapper"><div id="page">
<div id="header"><div class="section clearfix">
<div id="name-and-slogan"><div id="site-name"><strong><a href="/" title="Home" rel="home"><span>Kidus Giorgis Ethiopian Orthodox Tewahedo Church</span></a></strong></div>
<div id="site-slogan">Ostrander, Minnesota</div></div>
<div id="main-menu" class="navigation"><ul class="links">
<li class="menu-218 first"><a href="/">Home</a></li>
<li class="menu-402"><a href="/help.html">How you can help</a></li>
<li class="menu-403"><a href="/am/">አማርኛ</a></li>
<li class="menu-404 last"><a href="/am/zena.html">ዜና</a></li>
</ul></div>
</div></div>
<div id="main-wrapper"><div id="main" class="clearfix"><div id="content" class="column"><div class="section">
<div class="region region-content"><div class="block block-system"><div class="content">
<div class="node"><div class="content clearfix"><div class="field field-name-body"><div class="field-items"><div class="field-item even">
%s
</div></div></div></div></div>
</div></div></div>
</div></div></div></div>
<div id="footer-wrapper"><div class="section"><div id="footer" class="clearfix">
<p>Kidus Giorgis Church &middot; 402 W Main St, Ostrander, MN &middot; 507-555-0191 &middot; kidusgiorgis@kgchurch.example
&middot; <a href="/bulletin-tikimt-2018.pdf">Monthly bulletin (PDF)</a></p>
</div></div></div>
</div></div>
</body>
</html>
""" % (lang, title, body)


INDEX = shell("Home", """
<h1>Welcome</h1>
<p>Kidus Giorgis is an Ethiopian Orthodox Tewahedo parish serving families across Fillmore and Mower counties.
Visitors are always welcome.</p>

<h2>Liturgy</h2>
<p>Kidase (Divine Liturgy) every Sunday, 6:00 a.m. &ndash; 10:00 a.m. Evening prayer Wednesday 6:00 p.m.</p>

<h2>Upcoming feasts</h2>
<ul>
<li>Meskel (Finding of the True Cross): Saturday, September 27, bonfire at 6:00 p.m.</li>
<li>Timket (Epiphany): Monday, January 19, procession after liturgy.</li>
</ul>

<h2>Sacraments</h2>
<p>Baptisms, weddings and memorial prayers are arranged with Abba Tesfaye. Please call the church office.</p>

<h2>Before the snow</h2>
<p>Last winter many elders could not climb the front steps after a snowfall, and some Sundays the parking lot was
not cleared until noon. This year we need a snow shovel crew: four or five strong volunteers who can come before
6:00 a.m. on Sundays after snow to clear the steps, the ramp and the parking lot. The church has shovels and salt.</p>

<p>See <a href="/help.html">how you can help</a> &middot; <a href="/timket-signup.html">Timket volunteer sign-up form</a> &middot; <a href="/gallery/meskel-2024.html">Meskel 2024 photos</a></p>
""")

HELP = shell("How you can help", """
<h1>How you can help</h1>

<h2>Needed this month</h2>
<p>Our fellowship hall has grown too small for the coffee after liturgy, and half of the chairs are broken.
We would be grateful for 40 stackable chairs (metal or plastic) for the fellowship hall. Please speak to Deacon Dawit before bringing them.</p>

<h2>Serving roles</h2>
<table class="views-table cols-3">
<thead><tr><th>Role</th><th>When</th><th>Status</th></tr></thead>
<tbody>
<tr class="odd"><td>Kitchen helpers for Sunday coffee and bread</td><td>Sundays 9:30 a.m.</td><td>Open &ndash; 3 more needed</td></tr>
<tr class="even"><td>Parking attendants for Timket</td><td>January 19</td><td>Filled</td></tr>
<tr class="odd"><td>Amharic&ndash;English interpreter for elders&#39; doctor visits</td><td>Weekdays, as scheduled</td><td>Open</td></tr>
<tr class="even"><td>Church accountant</td><td>10 hours/month</td><td>Paid position &ndash; contact the board</td></tr>
</tbody></table>

<h2>Roof fund</h2>
<p>The roof fund goal is $60,000. We have raised $41,250. Thank you to these families:</p>
<ul><li>Alemu and Tigist Bekele</li><li>The Haile family</li><li>Meron Desta</li><li>Yonas and Saba Tadesse</li></ul>
""")

AM_INDEX = shell("አማርኛ", """
<h1>እንኳን ደህና መጡ</h1>
<p>የቅዱስ ጊዮርጊስ የኢትዮጵያ ኦርቶዶክስ ተዋሕዶ ቤተ ክርስቲያን በኦስትራንደር ከተማ ትገኛለች። ሁላችሁም እንኳን ደህና መጣችሁ።</p>

<h2>የቅዳሴ ሰዓት</h2>
<p>ቅዳሴ በየእሑዱ ከጠዋቱ 12 ሰዓት እስከ 4 ሰዓት ነው። የረቡዕ ጸሎት ከምሽቱ 12 ሰዓት።</p>

<h2>የምንፈልገው እርዳታ</h2>

<h3>የሰንበት ትምህርት ቤት መምህራን</h3>
<p>የሰንበት ትምህርት ቤታችን 35 ልጆች አሉት። ልጆቹን መዝሙር፣ ግዕዝና የቤተ ክርስቲያን ትምህርት የሚያስተምሩ ሁለት መምህራን እንፈልጋለን። በየቅዳሜው ከጠዋቱ 4 ሰዓት እስከ 6 ሰዓት።</p>

<h3>ለአዲስ ቤተሰቦች የቤት እቃዎች</h3>
<p>በዚህ ወር ሦስት አዲስ ቤተሰቦች ከኢትዮጵያ መጥተዋል። አልጋ፣ ጠረጴዛ፣ ወንበሮችና የወጥ ቤት እቃዎች ያስፈልጋቸዋል። መስጠት የሚችሉ ዲያቆን ዳዊትን ያነጋግሩ።</p>

<h3>የጽዳት በጎ ፈቃደኞች</h3>
<p>ከበዓላት በፊት ቤተ ክርስቲያኑን የሚያጸዱ በጎ ፈቃደኞች እንፈልጋለን። በየወሩ የመጀመሪያው ቅዳሜ ከሰዓት በኋላ።</p>

<h2>የመዘምራን ቡድን</h2>
<p>የመዘምራን ቡድናችን በቂ አባላት አሉት። ስለፍላጎታችሁ እናመሰግናለን።</p>

<h2>የአማርኛ ትምህርት ለልጆች</h2>
<p>ለልጆች የአማርኛ ማንበብና መጻፍ ትምህርት በነጻ እንሰጣለን። ቅዳሜ ከሰዓት በኋላ።</p>

<h2>ጥምቀት</h2>
<p>የጥምቀት በዓል ጥር 11 (January 19) ይከበራል። ሁላችሁም ተጋብዛችኋል።</p>
""", lang="am")

AM_ZENA = shell("ዜና", """
<h1>ዜና</h1>

<h2>አዲስ ሕፃን ተወለደ</h2>
<p>እንኳን ደስ አላችሁ! ለአቶ ብርሃኑና ለወ/ሮ ሰላም ባለፈው ሳምንት ወንድ ልጅ ተወልዶላቸዋል። ቤተሰቡ ወደ ሚኒሶታ ከመጣ ገና ሁለት ወሩ ነው፤
ለሕፃኑ ምንም እቃ የላቸውም። የሕፃን አልጋና የሕፃን ጋሪ ያስፈልጋቸዋል። መርዳት የሚችሉ ወ/ሮ መሠረትን በ507-555-0193 ይደውሉ።</p>

<h2>አረጋውያንን የሚያመጡ ሹፌሮች</h2>
<p>ብዙ አረጋውያን መኪና ስለሌላቸው ወደ ቅዳሴ መምጣት አይችሉም። በእሑድ ጠዋት አረጋውያንን ከኦስቲን ወደ ቤተ ክርስቲያን የሚያመጡ ሹፌሮች እንፈልጋለን። ቤተ ክርስቲያኗ የነዳጅ ወጪ ትከፍላለች።</p>

<h2>የፋሲካ የገቢ ማሰባሰቢያ</h2>
<p>በፋሲካ የገቢ ማሰባሰቢያ 8,400 ዶላር ተሰብስቧል። ለተሳተፋችሁ ሁሉ እናመሰግናለን።</p>

<h2>የልብስ ልገሳ</h2>
<p>ለልብስ ልገሳ እናመሰግናለን። አሁን በቂ ልብስ አለን፤ እባክዎ ተጨማሪ ልብስ አያምጡ።</p>
""", lang="am")

SIGNUP = shell("Timket volunteer sign-up", """
<h1>Timket 2026 volunteer sign-up</h1>
<p>Timket (Epiphany) falls on Monday, January 19. Hundreds of guests come from across southern Minnesota for the procession.
Tick the jobs you can do and press Send. Deacon Dawit will call you.</p>

<form action="/forms/timket-signup" method="post" class="webform-client-form">
<fieldset class="form-wrapper"><legend><span class="fieldset-legend">I can help with</span></legend>
<div class="form-item form-type-checkbox">
 <input type="checkbox" id="edit-ushers" name="role[]" value="ushers" class="form-checkbox">
 <label class="option" for="edit-ushers">Procession ushers &ndash; keep the route clear and guide elders (6 needed)</label>
</div>
<div class="form-item form-type-checkbox">
 <input type="checkbox" id="edit-umbrella" name="role[]" value="umbrella" disabled class="form-checkbox">
 <label class="option" for="edit-umbrella"><s>Ceremonial umbrella carriers</s> &ndash; full, the deacons have this</label>
</div>
<div class="form-item form-type-checkbox">
 <input type="checkbox" id="edit-guides" name="role[]" value="guides" class="form-checkbox">
 <label class="option" for="edit-guides">Visitor guides &ndash; explain the Timket ceremony in English to neighbors and reporters (3 needed)</label>
</div>
<div class="form-item form-type-checkbox">
 <input type="checkbox" id="edit-injera" name="role[]" value="injera" class="form-checkbox">
 <label class="option" for="edit-injera">Bring injera for the feast (we need 400 pieces in total)</label>
</div>
</fieldset>
<div class="form-item"><label for="edit-name">Your name</label> <input type="text" id="edit-name" name="name" size="40"></div>
<div class="form-item"><label for="edit-phone">Phone</label> <input type="text" id="edit-phone" name="phone" size="20"></div>
<div class="form-item"><label for="edit-shirt">Volunteer T-shirt size</label>
 <select id="edit-shirt" name="shirt"><option>S</option><option>M</option><option>L</option><option>XL</option></select></div>
<div class="form-actions"><input type="submit" value="Send" class="form-submit"></div>
</form>

<p class="description">Childcare during the procession is provided by the Sunday school teachers in the fellowship hall.</p>
<p class="description">Feast tickets are free for everyone; no registration is needed to attend.</p>
""")

PAGES = {
    "index.html": INDEX,
    "help.html": HELP,
    "am/index.html": AM_INDEX,
    "am/zena.html": AM_ZENA,
    "timket-signup.html": SIGNUP,
}

ROBOTS = """#
# robots.txt (Drupal)
#
User-agent: GPTBot
Disallow: /

User-agent: *
Crawl-delay: 10
Disallow: /user/
Disallow: /?q=user/
"""

PDFS = {
    "bulletin-tikimt-2018.pdf": ("Kidus Giorgis monthly bulletin", [
        ("title", "Kidus Giorgis Church - Monthly Bulletin (Tikimt 2018 E.C. / October 2025)"),
        ("h", "Tsome Nebiyat"),
        ("p", "The Fast of the Prophets (Tsome Nebiyat) begins November 25. Liturgy during the fast starts at 9:00 a.m. "
              "on weekdays."),
        ("h", "Memorial prayer"),
        ("p", "A memorial prayer (tezkar) for the late W/ro Almaz Gebre will be held after liturgy on November 2."),
        ("h", "From the choir"),
        ("p", "The choir has learned four new mezmur this season. Thank you to the young people who practice every "
              "Saturday. Since the new speakers were installed, the choir is looking for a sound technician who can "
              "run the mixer and microphones during liturgy on Sundays. If you have done sound for a church or a "
              "band, please talk to Mergeta Yared."),
        ("h", "Sunday collection"),
        ("p", "September collection: $5,930. Building fund: $2,100."),
        ("h", "Timket preparation"),
        ("p", "For the Timket feast we will bake dabo for 300 people. We need volunteers to bake dabo on Saturday, "
              "January 17, from 8:00 a.m. in the church kitchen. Flour is provided."),
    ], {"lang": "en"}),
}

NEEDS = [
    N("index.html", ["snow shovel crew", "shovels and salt"], "volunteer", "en", [], "heading_paragraph",
      "heading 'Before the snow' does not name the role"),
    N("help.html", ["stackable chairs", "40 stackable chairs"], "donation", "en", [], "generic_heading",
      "generic heading 'Needed this month'"),
    N("help.html", ["kitchen helpers for sunday coffee", "kitchen helpers"], "volunteer", "en", [], "status_table",
      "Open - 3 more needed"),
    N("help.html", ["amharic-english interpreter", "interpreter for elders"], "skilled", "en", ["am", "en"],
      "status_table", "key uses a plain hyphen; the page has an en dash (folded)"),
    N("am/index.html", ["የሰንበት ትምህርት ቤት መምህራን", "መምህራን"], "skilled", "am", ["am"], "heading_paragraph",
      "Sunday school teachers"),
    N("am/index.html", ["የቤት እቃዎች", "ለአዲስ ቤተሰቦች"], "donation", "am", [], "heading_paragraph",
      "household items for new families (beds, table, chairs, kitchen items) = one need"),
    N("am/index.html", ["የጽዳት በጎ ፈቃደኞች", "የሚያጸዱ"], "volunteer", "am", [], "heading_paragraph",
      "church cleaning volunteers"),
    N("am/zena.html", ["የሕፃን አልጋ", "የሕፃን ጋሪ"], "donation", "am", [], "story",
      "new-baby story: crib and stroller = one need"),
    N("am/zena.html", ["ሹፌሮች", "አረጋውያንን የሚያመጡ"], "volunteer", "am", [], "heading_paragraph",
      "drivers for elders; church pays fuel (not a wage)"),
    N("timket-signup.html", ["procession ushers"], "volunteer", "en", [], "form",
      "checkbox label in an HTML sign-up form (6 needed)"),
    N("timket-signup.html", ["visitor guides"], "volunteer", "en", ["en"], "form",
      "checkbox label; explain the ceremony in English"),
    N("timket-signup.html", ["injera", "400 pieces"], "donation", "en", [], "form",
      "food for the feast asked for in the form"),
    N("bulletin-tikimt-2018.pdf", ["sound technician", "run the mixer"], "skilled", "en", [], "pdf",
      "buried in the choir paragraph of the PDF bulletin"),
    N("bulletin-tikimt-2018.pdf", ["bake dabo", "volunteers to bake"], "volunteer", "en", [], "pdf",
      "volunteers for the Timket feast; the feast itself is an event"),
]

TRAPS = [
    T("index.html", "hours", ["divine liturgy", "evening prayer"]),
    T("index.html", "event", ["meskel", "bonfire"]),
    T("index.html", "event", ["timket (epiphany)", "procession"]),
    T("index.html", "service", ["baptisms, weddings", "abba tesfaye"]),
    T("index.html", "teaser", ["how you can help"]),
    T("help.html", "filled", ["parking attendants for timket", "parking attendants"], "status Filled"),
    T("help.html", "job", ["church accountant", "paid position"]),
    T("help.html", "general_appeal", ["roof fund goal", "$60,000"]),
    T("help.html", "donor_list", ["thank you to these families", "the haile family"]),
    T("am/index.html", "hours", ["የቅዳሴ ሰዓት"]),
    T("am/index.html", "filled", ["የመዘምራን ቡድን", "በቂ አባላት"], "choir has enough members"),
    T("am/index.html", "service", ["የአማርኛ ትምህርት ለልጆች", "በነጻ"], "free Amharic lessons for children"),
    T("am/index.html", "event", ["የጥምቀት በዓል"]),
    T("am/zena.html", "recap", ["የፋሲካ የገቢ ማሰባሰቢያ", "8,400 ዶላር"]),
    T("am/zena.html", "overstock", ["በቂ ልብስ አለን", "የልብስ ልገሳ"], "'we have enough clothes, please do not bring more'"),
    T("timket-signup.html", "filled", ["ceremonial umbrella carriers"], "struck through, disabled checkbox, 'full'"),
    T("timket-signup.html", "service", ["childcare during the procession"]),
    T("timket-signup.html", "event", ["feast tickets are free"]),
    T("timket-signup.html", "how_to_apply", ["deacon dawit will call you"]),
    T("bulletin-tikimt-2018.pdf", "event", ["tsome nebiyat", "fast of the prophets"]),
    T("bulletin-tikimt-2018.pdf", "event", ["memorial prayer", "tezkar"]),
    T("bulletin-tikimt-2018.pdf", "recap", ["sunday collection", "september collection"]),
]
