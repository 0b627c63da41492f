from common import N, T

SLUG = "fulda-karen-baptist-fellowship"

NAV = """<table width="740" border="0" cellpadding="4" bgcolor="#003366"><tr>
<td><a href="/index.html"><font face="Arial" color="#FFFFFF" size="2">HOME</font></a></td>
<td><a href="/bulletin.htm"><font face="Arial" color="#FFFFFF" size="2">BULLETIN BOARD</font></a></td>
<td><a href="/karen.htm"><font face="Arial" color="#FFFFFF" size="2">KAREN</font></a></td>
<td><a href="/helping.htm"><font face="Arial" color="#FFFFFF" size="2">HELPING HANDS</font></a></td>
<td><a href="/docs/october-bulletin.pdf"><font face="Arial" color="#FFFFFF" size="2">OCTOBER BULLETIN (PDF)</font></a></td>
</tr></table>"""

FOOT = """<p align="center"><font face="Arial" size="1">FULDA KAREN BAPTIST FELLOWSHIP &middot; 108 N ST PAUL AVE, FULDA, MN 56131 &middot; (507) 555-0171<br>
<a href="/deacons/notes.htm">DEACONS</a> | <a href="/photos/karen-new-year.htm">PHOTOS</a></font></p>"""


def page(lang, title, body):
    return """<html lang="%s">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="GENERATOR" content="Microsoft FrontPage 5.0">
<title>%s</title>
</head>
<body bgcolor="#FFFFFF">
<div align="center">
%s
<table width="740" border="0" cellpadding="8"><tr><td valign="top">
%s
</td></tr></table>
%s
</div>
</body>
</html>
""" % (lang, title, NAV, body, FOOT)


INDEX = page("en", "Fulda Karen Baptist Fellowship", """
<p align="center"><font face="Arial Black" size="5" color="#003366">FULDA KAREN BAPTIST FELLOWSHIP</font></p>
<p><font face="Arial" size="2">We are a church of Karen families from Burma and Thailand, meeting in the old Lutheran
building on St. Paul Avenue. Everyone is welcome.</font></p>
<p><font face="Arial" size="3"><b>WORSHIP TIMES</b></font><br><font face="Arial" size="2">SUNDAY SCHOOL 9:30 AM &middot;
WORSHIP 11:00 AM (KAREN WITH ENGLISH SUMMARY) &middot; WEDNESDAY PRAYER 7:00 PM</font></p>
<p><font face="Arial" size="3"><b>KAREN NEW YEAR CELEBRATION</b></font><br><font face="Arial" size="2">Saturday, January 10,
at Fulda High School gym. Traditional don dance and lunch.</font></p>
<p><font face="Arial" size="3"><b>BUILDING FUND</b></font><br><font face="Arial" size="2">Pray and give toward a new roof
and furnace for our 1920 building.</font></p>
<p><font face="Arial" size="3"><b>OUR PASTOR</b></font><br><font face="Arial" size="2">Pastor Saw Eh Doh came from Mae La
camp in 2008 and served in Worthington before coming to Fulda.</font></p>
""")

BULLETIN = page("en", "Bulletin Board", """
<p><font face="Arial Black" size="4">BULLETIN BOARD</font></p>
<table border="1" cellpadding="6" cellspacing="0" width="100%">
<tr bgcolor="#CCCCCC"><td><font face="Arial" size="2"><b>MINISTRY</b></font></td><td><font face="Arial" size="2"><b>STATUS</b></font></td></tr>
<tr><td><font face="Arial" size="2">NURSERY HELPERS DURING WORSHIP</font></td><td><font face="Arial" size="2" color="#CC0000">2 NEEDED EACH SUNDAY</font></td></tr>
<tr><td><font face="Arial" size="2">VAN DRIVER FOR SUNDAY PICKUP (WORTHINGTON ROUTE)</font></td><td><font face="Arial" size="2" color="#CC0000">NEEDED &ndash; CLEAN LICENSE</font></td></tr>
<tr><td><font face="Arial" size="2">USHERS</font></td><td><font face="Arial" size="2">FULL THRU MARCH</font></td></tr>
<tr><td><font face="Arial" size="2">SOUND BOOTH</font></td><td><font face="Arial" size="2">WE HAVE ENOUGH, THANK YOU</font></td></tr>
<tr><td><font face="Arial" size="2">CHURCH SECRETARY</font></td><td><font face="Arial" size="2">PAID PART-TIME &ndash; SEE PASTOR</font></td></tr>
</table>
<p><font face="Arial" size="2"><b>THANK YOU</b> TO ALL WHO HELPED AT THE FALL HARVEST SALE. WE SOLD 60 PIES AND RAISED $1,900.</font></p>
""")

KAREN = page("kar", "Karen", """
<p><font face="Arial Black" size="4">ကညီ တၢ်ဘၣ်ဃးဒီး တၢ်မၤစၢၤ (Karen page)</font></p>
<p><font size="3"><b>သရၣ်သိၣ်ဖိ ဘူၣ်ဒၢး (Sunday school teacher)</b></font><br>
<font size="2">ပပ်ာ်ဘၣ် သရၣ် ၁ ဂၤ လၢ ဖိသၣ်တဖၣ် (ages 6-10). ကတိၤ ကညီကျိာ် ဒီး အဲကလံးကျိာ်. Sunday 9:30 AM.</font></p>
<p><font size="3"><b>ဘုလၢၤ (25 lb bags of rice)</b></font><br>
<font size="2">ပလိၣ်ဘၣ် ဘုလၢၤ လၢ ဟံၣ်ဖိဃီဖိ အသီတဖၣ်. Please bring 25 lb bags of rice to the church kitchen.</font></p>
<p><font size="3"><b><s>ပှၤသးဝံၣ် (choir singers)</s></b></font><br>
<font size="2">FULL. တၢ်ဘျုး.</font></p>
""")

HELPING = page("en", "Helping Hands", """
<p><font face="Arial Black" size="4">HELPING HANDS</font></p>
<p><font face="Arial" size="3"><b>A NEW FAMILY ARRIVES</b></font><br><font face="Arial" size="2">The Paw family (mother,
father and a baby girl born in the camp) arrives from Thailand on the 14th. They have an apartment, but the baby has
nowhere to sleep and they will need a car seat to bring her home from the airport. A crib and an infant car seat would
be a great welcome.</font></p>
<p><font face="Arial" size="3"><b>LEAKING ROOF OVER THE FELLOWSHIP HALL</b></font><br><font face="Arial" size="2">Water comes
in over the fellowship hall every time it rains. If you are a roofer, or know someone who can patch it before winter,
please call Deacon Htoo.</font></p>
<p><font face="Arial" size="3"><b>KITCHEN WISH LIST</b></font></p>
<ul><li><font face="Arial" size="2">LARGE RICE COOKERS (30 CUP)</font></li><li><font face="Arial" size="2">STOCK POTS</font></li>
<li><font face="Arial" size="2">SERVING LADLES</font></li></ul>
""")

DEACONS = page("en", "Deacons", """
<p><font face="Arial Black" size="4">DEACONS MEETING NOTES &ndash; PRIVATE</font></p>
<ul><li>Need a volunteer to redo the church bookkeeping.</li><li>Ask for a donated lawn mower.</li>
<li>Find two men to help move the piano.</li></ul>
""")

PAGES = {"index.html": INDEX, "bulletin.htm": BULLETIN, "karen.htm": KAREN, "helping.htm": HELPING,
         "deacons/notes.htm": DEACONS}

ROBOTS = """User-agent: *
Allow: /
Disallow: /deacons/
"""

PDFS = {
    "docs/october-bulletin.pdf": ("October Bulletin - Fulda Karen Baptist Fellowship", [
        ("title", "FULDA KAREN BAPTIST FELLOWSHIP - OCTOBER BULLETIN"),
        ("p", "108 N St Paul Ave, Fulda, MN 56131 - (507) 555-0171"),
        ("h", "From the Pastor"),
        ("p", "Grace and peace to you. This month we thank God for the harvest, for the new babies in our church "
              "family, and for the six young people baptized at Lake Shetek in September. The adult English class "
              "at the school has grown so much that Teacher Mary cannot do it alone; we are praying for an English "
              "tutor for adults who can come on Tuesday evenings at 7. Please tell me if God is calling you."),
        ("h", "October Calendar"),
        ("p", "Oct 5 Communion Sunday. Oct 12 Harvest Thanksgiving service and potluck. Oct 26 Youth night."),
        ("h", "Offering"),
        ("p", "September offering: $4,120. Missions offering: $610."),
    ]),
}

NEEDS = [
    N("bulletin.htm", ["nursery helpers"], "volunteer", "en", layout="table_layout_caps"),
    N("bulletin.htm", ["van driver"], "volunteer", "en", layout="table_layout_caps"),
    N("karen.htm", ["sunday school teacher"], "skilled", "kar", ["kar", "en"], layout="heading_paragraph",
      note="English gloss next to Karen heading"),
    N("karen.htm", ["bags of rice"], "donation", "kar", layout="heading_paragraph"),
    N("helping.htm", ["crib", "infant car seat"], "donation", "en", layout="story", note="crib + car seat for one baby: one need"),
    N("helping.htm", ["leaking roof"], "skilled", "en", layout="heading_paragraph"),
    N("helping.htm", ["kitchen wish list", "rice cookers"], "donation", "en", layout="wish_list"),
    N("docs/october-bulletin.pdf", ["english tutor for adults"], "skilled", "en", ["en"], layout="newsletter_buried"),
]

TRAPS = [
    T("index.html", "hours", ["worship times"]),
    T("index.html", "event", ["karen new year celebration"]),
    T("index.html", "general_appeal", ["building fund"]),
    T("index.html", "bio", ["our pastor"]),
    T("bulletin.htm", "filled", ["ushers"], "FULL THRU MARCH"),
    T("bulletin.htm", "filled", ["sound booth"], "we have enough"),
    T("bulletin.htm", "job", ["church secretary"]),
    T("bulletin.htm", "recap", ["60 pies"]),
    T("karen.htm", "filled", ["choir singers"], "<s> + FULL"),
    T("docs/october-bulletin.pdf", "event", ["harvest thanksgiving service"]),
    T("docs/october-bulletin.pdf", "recap", ["september offering"]),
    T("docs/october-bulletin.pdf", "recap", ["six young people baptized"]),
    T("deacons/notes.htm", "robots", ["church bookkeeping"]),
    T("deacons/notes.htm", "robots", ["lawn mower"]),
    T("deacons/notes.htm", "robots", ["move the piano"]),
]
