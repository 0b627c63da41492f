"""Site 6: Brewster Karen Christian Assembly. FrontPage-era tables, <FONT>, ALL CAPS, .htm pages;
S'gaw Karen page with English glosses; English PDF bulletin."""
from common import need, trap

SLUG = "brewster-karen-christian-assembly"
TOWN = "brewster"

ROBOTS = """User-agent: *
Disallow: /elders/
Disallow: /_vti_bin/
Disallow: /_private/
"""


def head(title, lang="en"):
    return """<html lang="%s">
<head>
<meta http-equiv="Content-Language" content="%s">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="GENERATOR" content="Microsoft FrontPage 6.0">
<meta name="ProgId" content="FrontPage.Editor.Document">
<title>%s</title>
</head>
<body bgcolor="#FFFFFF" background="/images/cross_bg.gif">
<div align="center">
<table border="0" width="760" cellspacing="0" cellpadding="0">
<tr><td bgcolor="#003366" align="center"><font face="Arial" size="5" color="#FFFFFF"><b>BREWSTER KAREN CHRISTIAN ASSEMBLY</b></font><br>
<font face="Arial" size="2" color="#CCCCFF">&quot;I was a stranger and you welcomed me&quot; &mdash; Matthew 25:35</font></td></tr>
<tr><td bgcolor="#336699"><font face="Arial" size="2" color="#FFFFFF">&nbsp;
<a href="/index.html"><font color="#FFFFFF">HOME</font></a> |
<a href="/ministries.htm"><font color="#FFFFFF">MINISTRIES</font></a> |
<a href="/karen.htm"><font color="#FFFFFF">KAREN</font></a> |
<a href="/bulletin-march.pdf"><font color="#FFFFFF">BULLETIN</font></a> |
<a href="/sermons/easter-2025.htm"><font color="#FFFFFF">SERMONS</font></a></font></td></tr>
<tr><td valign="top">
""" % (lang, lang, title)


FOOT = """
</td></tr>
<tr><td bgcolor="#003366" align="center"><font face="Arial" size="1" color="#FFFFFF">
412 FOURTH AVE, BREWSTER, MN 56119 &nbsp; (507) 555-0166 &nbsp; bkca@bkca-church.org<br>
<a href="/elders/notes.htm"><font color="#CCCCFF">ELDERS</font></a> &nbsp; This page was last updated on 03/02/2025</font></td></tr>
</table>
</div>
</body>
</html>
"""

INDEX = head("Brewster Karen Christian Assembly") + """
<table border="0" width="100%" cellpadding="8"><tr>
<td width="60%" valign="top">
<p><font face="Arial" size="4" color="#003366"><b>WELCOME!</b></font></p>
<p><font face="Arial" size="2">We are a church of about 180 Karen and Karenni families in Nobles and Jackson counties.
Everyone is welcome.</font></p>
<p><font face="Arial" size="3" color="#003366"><b>WORSHIP TIMES</b></font><br>
<font face="Arial" size="2">SUNDAY 10:00 AM (KAREN) &nbsp;&middot;&nbsp; 1:00 PM (ENGLISH) &nbsp;&middot;&nbsp; WEDNESDAY PRAYER 7:00 PM</font></p>
<p><font face="Arial" size="3" color="#003366"><b>FOOD PANTRY OPEN TO ALL</b></font><br>
<font face="Arial" size="2">2ND SATURDAY OF EVERY MONTH, 9&ndash;11 AM, IN THE FELLOWSHIP HALL. NO QUESTIONS ASKED.</font></p>
<p><font face="Arial" size="3" color="#CC0000"><b>KAREN NEW YEAR CELEBRATION &mdash; JANUARY 10</b></font><br>
<font face="Arial" size="2">DON DANCE, FOOD AND SINGING AT THE BREWSTER COMMUNITY CENTER. BRING YOUR FRIENDS!</font></p>
</td>
<td width="40%" valign="top" bgcolor="#EEF3FA">
<p><font face="Arial" size="3" color="#003366"><b>PASTOR SAW HTOO</b></font><br>
<font face="Arial" size="2">Pastor Saw Htoo was born in Mae La camp and came to Minnesota in 2008. He studied at Bethel Seminary and has served here since 2016.</font></p>
<p><font face="Arial" size="3" color="#003366"><b>TITHES AND OFFERINGS</b></font><br>
<font face="Arial" size="2">CAN BE MAILED TO THE CHURCH OR PLACED IN THE BOX BY THE DOOR.</font></p>
</td></tr></table>
""" + FOOT

MINISTRIES = head("Ministries") + """
<p><font face="Arial" size="4" color="#003366"><b>MINISTRIES &amp; HOW YOU CAN SERVE</b></font></p>
<p><font face="Arial" size="2">TALK TO DEACON EH THAW AFTER SERVICE OR CALL (507) 555-0167.</font></p>
<table border="1" width="100%" cellspacing="0" cellpadding="6" bordercolor="#336699">
<tr><td width="35%" bgcolor="#EEF3FA"><font face="Arial" size="2"><b>VAN DRIVERS FOR SUNDAY PICKUP</b></font></td>
<td><font face="Arial" size="2">WE PICK UP ABOUT 30 MEMBERS FROM APARTMENTS IN WINDOM AND BREWSTER EVERY SUNDAY. WE NEED 2 MORE DRIVERS WITH A CLEAN RECORD. CHURCH VAN PROVIDED.</font></td></tr>
<tr><td bgcolor="#EEF3FA"><font face="Arial" size="2"><b>ENGLISH TUTORS FOR ADULTS</b></font></td>
<td><font face="Arial" size="2">TUESDAY AND THURSDAY 7&ndash;8:30 PM. TEACHING EXPERIENCE HELPFUL BUT NOT REQUIRED.</font></td></tr>
<tr><td bgcolor="#EEF3FA"><font face="Arial" size="2"><b>NURSERY HELPERS</b></font></td>
<td><font face="Arial" size="2" color="#999999">ALL SLOTS COVERED THROUGH JUNE. THANK YOU!</font></td></tr>
<tr><td bgcolor="#EEF3FA"><font face="Arial" size="2"><b>KEYBOARD PLAYER FOR WORSHIP</b></font></td>
<td><font face="Arial" size="2">OUR KEYBOARD PLAYER MOVED TO OMAHA. WE NEED SOMEONE WHO CAN PLAY HYMNS ON SUNDAY MORNINGS.</font></td></tr>
<tr><td bgcolor="#EEF3FA"><font face="Arial" size="2"><b>CHURCH CUSTODIAN &mdash; $400/MONTH</b></font></td>
<td><font face="Arial" size="2">CLEANING ABOUT 8 HOURS A WEEK. PAID POSITION. APPLY TO THE ELDERS.</font></td></tr>
<tr><td bgcolor="#EEF3FA"><font face="Arial" size="2"><b>WE ARE SHORT ON RICE COOKERS AND LARGE POTS</b></font></td>
<td><font face="Arial" size="2">FOR FELLOWSHIP MEALS AFTER SERVICE. LARGE (20+ CUP) RICE COOKERS ARE BEST.</font></td></tr>
</table>
<p><font face="Arial" size="2"><b>PLEASE NOTE:</b> WE DO NOT ACCEPT USED MATTRESSES OR CRIBS.</font></p>
""" + FOOT

KAREN = head("ကညီ - Karen", "kar") + """
<p><font face="Arial" size="4" color="#003366"><b>ကညီ (KAREN)</b></font></p>
<p><font size="3" color="#003366"><b>ပှၤမၤစၢၤ လိၣ်ဘၣ် (HELPERS NEEDED)</b></font></p>
<table border="1" width="100%" cellspacing="0" cellpadding="6" bordercolor="#336699">
<tr><td bgcolor="#EEF3FA"><font size="2"><b>သရၣ် (Sunday school teachers)</b></font></td>
<td><font size="2">ဖိသၣ်ကညီ &mdash; Sunday school teachers for Karen children. Sunday 11:30 AM.</font></td></tr>
<tr><td bgcolor="#EEF3FA"><font size="2"><b>ခီၣ်ဖံး (winter boots)</b></font></td>
<td><font size="2">ဖိသၣ် &mdash; winter boots for children, sizes 10 to 4.</font></td></tr>
<tr><td bgcolor="#EEF3FA"><font size="2"><b>ပှၤနီၣ်သိလ့ၣ် (drivers)</b></font></td>
<td><font size="2">Rides to the clinic in Worthington, Monday and Thursday.</font></td></tr>
<tr><td bgcolor="#EEF3FA"><font size="2"><s>ပှၤဆးတၢ် (sewing helpers)</s></font></td>
<td><font size="2" color="#999999">We have enough. တၢ်ဘျုး</font></td></tr>
</table>
<p><font size="3" color="#CC0000"><b>ကညီနံၣ်ထီၣ်သီ (Karen New Year) &mdash; January 10</b></font></p>
""" + FOOT

ELDERS = head("Elders") + """
<p><font face="Arial" size="4" color="#003366"><b>ELDERS MEETING NOTES &mdash; NOT FOR PUBLIC</b></font></p>
<ul><font face="Arial" size="2">
<li>NEED A NEW TREASURER BY APRIL.</li>
<li>ROOF REPAIR: GET 3 BIDS, ASK MEMBERS FOR $12,000.</li>
<li>NEED 4 COOKS FOR THE MISSION CONFERENCE IN JULY.</li>
</font></ul>
""" + FOOT

PAGES = {
    "index.html": INDEX,
    "ministries.htm": MINISTRIES,
    "karen.htm": KAREN,
    "elders/notes.htm": ELDERS,
}

PDFS = {
    "bulletin-march.pdf": ("Church Bulletin - March 2025", [
        ("title", "Brewster Karen Christian Assembly - Bulletin, March 2025"),
        ("h", "Order of worship"),
        ("p", "Sunday worship 10:00 AM. Call to worship, hymn 212, prayer, offering, sermon by Pastor Saw Htoo, "
              "closing hymn."),
        ("h", "Announcements and prayer requests"),
        ("p", "Thank you for the Christmas offering: $4,300 was sent to the clinic in Mae La camp."),
        ("p", "Please pray for the Paw family, whose refrigerator stopped working last week. There are seven "
              "people in the family and they are keeping milk in a cooler. If anyone has a working refrigerator "
              "to give, please talk to Deacon Eh Thaw."),
        ("p", "Vacation Bible School is June 16 to 20. We need donations of snacks for 80 children for five days: "
              "juice boxes, crackers and fruit cups. Please bring them to the church kitchen by June 8."),
    ]),
}

NEEDS = [
    need("ministries.htm", ["van drivers"], "volunteer", "en", layout="table_layout_caps"),
    need("ministries.htm", ["english tutors"], "skilled", "en", ["en"], layout="table_layout_caps"),
    need("ministries.htm", ["keyboard player"], "skilled", "en", layout="table_layout_caps"),
    need("ministries.htm", ["rice cookers", "large pots"], "donation", "en", layout="short_on"),
    need("karen.htm", ["sunday school teachers"], "skilled", "kar", ["kar"], layout="table_layout_caps",
         note="Karen heading with English gloss"),
    need("karen.htm", ["winter boots"], "donation", "kar", layout="table_layout_caps"),
    need("karen.htm", ["rides to the clinic"], "volunteer", "kar", layout="table_layout_caps"),
    need("bulletin-march.pdf", ["refrigerator"], "donation", "en", layout="pdf", note="story in prayer requests"),
    need("bulletin-march.pdf", ["juice boxes", "snacks"], "donation", "en", layout="pdf"),
]

TRAPS = [
    trap("index.html", "hours", ["worship times"]),
    trap("index.html", "service", ["food pantry open to all"]),
    trap("index.html", "event", ["karen new year celebration"]),
    trap("index.html", "bio", ["pastor saw htoo"]),
    trap("index.html", "general_appeal", ["tithes and offerings"]),
    trap("ministries.htm", "filled", ["nursery helpers"], "ALL SLOTS COVERED"),
    trap("ministries.htm", "job", ["church custodian"], "$400/month"),
    trap("ministries.htm", "not_accepted", ["used mattresses"]),
    trap("karen.htm", "filled", ["sewing helpers"], "struck + we have enough"),
    trap("karen.htm", "event", ["karen new year"]),
    trap("elders/notes.htm", "robots", ["new treasurer"]),
    trap("elders/notes.htm", "robots", ["roof repair"]),
    trap("elders/notes.htm", "robots", ["4 cooks"]),
    trap("bulletin-march.pdf", "hours", ["sunday worship 10:00"]),
    trap("bulletin-march.pdf", "recap", ["christmas offering"]),
    trap("bulletin-march.pdf", "event", ["vacation bible school"]),
]
