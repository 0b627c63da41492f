"""Sherburn Karen Community Church, Sherburn MN: classic Google Sites chrome (layout tables), a pasted Word
table in ALL CAPS for ministries, short S'gaw Karen page with English glosses, English PDF bulletin with a
buried ask and a 'we have plenty' filled line, robots /elders-only/."""
from common import need, trap

SLUG = "sherburn-karen-community-church"


def page(title, lang, body):
    return """<!DOCTYPE html>
<html lang="%s" itemscope itemtype="http://schema.org/WebPage">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>%s - Sherburn Karen Community Church</title>
<link rel="stylesheet" type="text/css" href="/_/rsrc/1389041231000/system/app/css/overlay.css">
</head>
<body class="yui-skin-sam" xmlns="http://www.google.com/ns/jotspot">
<div id="sites-chrome-everything" class="">
<div id="sites-chrome-page-wrapper" style="direction: ltr">
<table id="sites-chrome-header" class="sites-layout-hbox" cellspacing="0"><tr class="sites-header-primary-row">
<td id="sites-header-title"><div class="sites-header-cell-buffer-wrapper"><h2><a href="/index.html" dir="ltr">Sherburn Karen Community Church</a></h2></div></td>
</tr></table>
<table id="sites-chrome-main" class="sites-layout-hbox" cellspacing="0"><tr>
<td id="sites-chrome-sidebar-left" class="sites-layout-sidebar-left" style="width:170px">
<div class="sites-embed"><h2 class="sites-embed-title">Navigation</h2>
<div class="sites-embed-content sites-sidebar-nav"><ul role="navigation">
<li><a href="/index.html">Home</a></li>
<li><a href="/ministries.html">Ministries</a></li>
<li><a href="/kar/index.html" lang="kar">ကညီ</a></li>
<li><a href="/bulletin.pdf">Monthly bulletin</a></li>
<li><a href="/sermons/2024-thanksgiving.html">Sermon audio</a></li>
<li><a href="/elders-only/minutes.html">Elders</a></li>
</ul></div></div>
</td>
<td id="sites-canvas-wrapper"><div id="sites-canvas">
<div id="title-crumbs" style=""></div>
<h3 id="sites-page-title-header" style="" align="left"><span id="sites-page-title" dir="ltr">%s</span></h3>
<div id="sites-canvas-main" class=""><div id="sites-canvas-main-content">
<table xmlns="http://www.w3.org/1999/xhtml" cellspacing="0" class="sites-layout-name-one-column sites-layout-hbox"><tbody><tr><td class="sites-layout-tile sites-tile-name-content-1"><div dir="ltr">
%s
</div></td></tr></tbody></table>
</div></div>
</div></td>
</tr></table>
<div id="sites-chrome-footer"><div class="sites-adminfooter"><p><a href="/index.html">Sign in</a> | Recent Site Activity | Report Abuse | Print Page | Powered By <b>Google Sites</b></p></div></div>
</div></div>
</body>
</html>
""" % (lang, title, title, body)


INDEX = page("Home", "en", """
<div>Welcome to Sherburn Karen Community Church. We are about 60 Karen families from Sherburn, Fairmont and Welcome who worship together in the old Methodist building on Main Street.</div>
<div><br></div>
<div><b>Worship times</b></div>
<div>Sunday 10:30 AM (Karen language)<br>Sunday 1:00 PM youth service (Karen and English)<br>Wednesday 7:00 PM prayer meeting</div>
<div><br></div>
<div><b>Karen New Year celebration</b> &mdash; Saturday, January 4 at the Sherburn community center. Don dance, bamboo dance and sticky rice. Everyone welcome!</div>
<div><br></div>
<div><b>Building fund</b>: we are saving to buy the old Legion hall. Give through the Sunday offering or mail a check to the church.</div>
""")

MINISTRIES = page("Ministries", "en", """
<div>Below is our list from the March church meeting. Talk to Pastor Htoo or any deacon.</div>
<div><br></div>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse;border-color:#888;width:100%">
<tbody>
<tr><td style="background:#d9e2f3"><b><font size="4">MINISTRY</font></b></td><td style="background:#d9e2f3"><b><font size="4">WHAT WE NEED</font></b></td></tr>
<tr><td><b>SUNDAY SCHOOL (AGES 4&ndash;7)</b></td><td>WE HAVE THE LESSON BOOKS. WE NEED TWO GROWN-UPS WHO LOVE KIDS TO TEACH ONE SUNDAY A MONTH.</td></tr>
<tr><td><b>YOUTH BAND</b></td><td>A DRUM KIT AND TWO MICROPHONE STANDS. OURS WERE LEFT IN THE OLD BUILDING.</td></tr>
<tr><td><b>ENGLISH CLASS FOR ADULTS</b></td><td>TEACHER POSITION FILLED &mdash; THANK YOU TEACHER SARAH!</td></tr>
<tr><td><b>FUNERAL MEALS</b></td><td>ENOUGH COOKS ON THE LIST NOW.</td></tr>
<tr><td><b>RIDES</b></td><td>DRIVERS ON SUNDAY MORNING FOR FAMILIES IN FAIRMONT WITHOUT A CAR. ABOUT 25 MILES.</td></tr>
<tr><td><b>CHURCH VAN</b></td><td>THE VAN NEEDS A NEW TRANSMISSION. IF YOU ARE A MECHANIC AND CAN DO THE LABOR, WE WILL BUY THE PARTS.</td></tr>
<tr><td><b>CUSTODIAN</b></td><td>PAID, 10 HOURS A WEEK. ASK PASTOR.</td></tr>
</tbody></table>
""")

KAR = page("ကညီ", "kar", """
<div><b><font size="4">တၢ်လိၣ်ဘၣ် (What we need)</font></b></div>
<div><br></div>
<div><b>ပှၤကျိးကျဲကျိာ် &mdash; Karen&ndash;English interpreter</b></div>
<div>ပှၤသးပှၢ်တဖၣ် လဲၤထံၣ်ကသံၣ်သရၣ်အခါ လိၣ်ဘၣ်ပှၤကတိၤကညီကျိာ်ဒီးအဲကလံးကျိာ်. Weekday mornings, Fairmont clinic. ဆဲးကျိးပၢ်စတၢၣ် Htoo.</div>
<div><br></div>
<div><b>ဖိသၣ်ဆံးအဆ့ၤအကၤ &mdash; Baby clothes and diapers</b></div>
<div>ဟံၣ်ဖိဃီဖိအသီ (3 new families) လိၣ်ဘၣ် baby clothes 0&ndash;12 months ဒီး diapers size 1&ndash;3.</div>
<div><br></div>
<div><s>ပှၤဖီမ့ၣ် &mdash; Cooks for the wedding feast</s> &nbsp;We have enough cooks now. တၢ်ဘျုး!</div>
<div><br></div>
<div>ကညီကျိာ်တၢ်မၤလိ &mdash; Karen language class for children, Saturday 9 AM.</div>
""")

ELDERS = page("Elders", "en", """
<div><b>Elders meeting notes (private)</b></div>
<ul>
<li>Pray and look for a youth leader for the fall.</li>
<li>Get three bids for a new roof.</li>
<li>Ask around for a piano tuner who would donate a visit.</li>
</ul>
""")

PAGES = {
    "index.html": INDEX,
    "ministries.html": MINISTRIES,
    "kar/index.html": KAR,
    "elders-only/minutes.html": ELDERS,
}

ROBOTS = """User-agent: *
Disallow: /elders-only/
Disallow: /_/
"""

PDFS = {
    "bulletin.pdf": ("Monthly bulletin - April 2025", [
        ("title", "SHERBURN KAREN COMMUNITY CHURCH"),
        ("p", "Monthly bulletin - April 2025"),
        ("gap", ""),
        ("h", "From the pastor"),
        ("p", "Dear church family, spring is here and the fields are drying out. Thank you for your prayers for the "
              "Paw family. One small thing: the Sunday bulletin is still typed by hand at my kitchen table. If "
              "someone can set up a simple bulletin template on the church computer and teach our secretary to use "
              "it and the printer, please tell Deacon Saw Eh."),
        ("gap", ""),
        ("h", "Food shelf corner"),
        ("p", "We are short on cooking oil and fish paste for the church food shelf. Rice we have plenty, thank you."),
        ("gap", ""),
        ("h", "Baptism Sunday"),
        ("p", "May 11 at Fox Lake, after the morning service. Lunch follows at the church."),
        ("gap", ""),
        ("h", "Offering"),
        ("p", "Offering last month: $3,410. Thank you for your faithfulness."),
    ]),
}

NEEDS = [
    need("ministries.html", ["sunday school"], "volunteer", "en", layout="table_layout_caps"),
    need("ministries.html", ["drum kit", "microphone stands"], "donation", "en", layout="table_layout_caps"),
    need("ministries.html", ["drivers on sunday"], "volunteer", "en", layout="table_layout_caps"),
    need("ministries.html", ["mechanic", "transmission"], "skilled", "en", layout="table_layout_caps",
         note="'we will buy the parts' is not pay"),
    need("kar/index.html", ["interpreter", "ပှၤကျိးကျဲကျိာ်"], "skilled", "kar", ["kar", "en"], layout="heading_paragraph",
         note="English gloss next to Karen heading"),
    need("kar/index.html", ["baby clothes", "ဖိသၣ်ဆံးအဆ့ၤအကၤ"], "donation", "kar", layout="heading_paragraph"),
    need("bulletin.pdf", ["bulletin template"], "skilled", "en", layout="pdf", note="buried in pastor's letter"),
    need("bulletin.pdf", ["cooking oil", "fish paste"], "donation", "en", layout="pdf"),
]

TRAPS = [
    trap("index.html", "hours", ["worship times"]),
    trap("index.html", "event", ["karen new year"]),
    trap("index.html", "general_appeal", ["building fund"]),
    trap("ministries.html", "filled", ["english class"], "POSITION FILLED"),
    trap("ministries.html", "filled", ["funeral meals"], "ENOUGH COOKS"),
    trap("ministries.html", "job", ["custodian"]),
    trap("kar/index.html", "filled", ["cooks for the wedding"], "<s> + enough"),
    trap("kar/index.html", "service", ["karen language class"]),
    trap("bulletin.pdf", "filled", ["rice we have plenty"]),
    trap("bulletin.pdf", "event", ["baptism sunday"]),
    trap("bulletin.pdf", "recap", ["offering last month"]),
    trap("elders-only/minutes.html", "robots", ["youth leader"]),
    trap("elders-only/minutes.html", "robots", ["new roof"]),
    trap("elders-only/minutes.html", "robots", ["piano tuner"]),
]
