"""Parkers Prairie: Hmong Alliance church, FrontPage table layout, <font>, ALL CAPS, .htm pages.
English + Hmong, English PDF newsletter."""
from common import need, trap

SLUG = "parkers-prairie-hmong-alliance-church"
ROBOTS = "User-agent: *\r\nDisallow: /deacons/\r\nDisallow: /_vti_bin/\r\n"


def shell(title, body, lang="en", up=""):
    return ("""<html lang="%s">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="GENERATOR" content="Microsoft FrontPage 6.0">
<meta name="ProgId" content="FrontPage.Editor.Document">
<title>%s</title>
</head>
<body bgcolor="#FFFFF0" topmargin="0" leftmargin="0">
<table width="760" border="0" cellpadding="4" cellspacing="0" align="center">
<tr>
<td colspan="2" bgcolor="#003366"><font face="Arial" color="#FFFFFF" size="5"><b>HMONG ALLIANCE CHURCH OF PARKERS PRAIRIE</b></font><br>
<font face="Arial" color="#FFFFCC" size="2">LUB TSEV TEEV NTUJ HMOOB &nbsp;|&nbsp; 207 2ND AVE SE &nbsp;|&nbsp; (218) 555-0177</font></td>
</tr>
<tr>
<td width="150" valign="top" bgcolor="#E6E6CC"><font face="Arial" size="2">
<a href="@@UP@@./">HOME</a><br>
<a href="@@UP@@serve.htm">WAYS TO SERVE</a><br>
<a href="@@UP@@pab.htm">KEV PAB (HMOOB)</a><br>
<a href="@@UP@@newsletter.pdf">NEWSLETTER (PDF)</a><br>
<a href="@@UP@@sermons.htm">SERMONS</a><br>
<a href="@@UP@@deacons/">DEACONS</a></font></td>
<td valign="top" width="610">
%s
</td>
</tr>
<tr><td colspan="2" align="center"><font face="Arial" size="1" color="#666666">COPYRIGHT 2009-2025 HMONG ALLIANCE CHURCH. LAST UPDATED 03/02/2025. BEST VIEWED IN 800X600.</font></td></tr>
</table>
</body>
</html>
""" % (lang, title, body)).replace("@@UP@@", up)


INDEX = shell("Hmong Alliance Church - Parkers Prairie", """
<p><font face="Arial" size="4"><b>WELCOME!</b></font></p>
<p><font face="Arial" size="2">WE ARE A FAMILY OF ABOUT 140 HMONG AND ENGLISH-SPEAKING BELIEVERS IN WEST CENTRAL MINNESOTA. WHEREVER YOU COME FROM, YOU ARE WELCOME HERE.</font></p>
<table border="0" cellpadding="3" width="100%">
<tr><td bgcolor="#CCCC99"><font face="Arial" size="2"><b>SUNDAY WORSHIP</b></font></td></tr>
<tr><td><font face="Arial" size="2">10:30 AM HMONG SERVICE / 12:30 PM ENGLISH SERVICE<br>WEDNESDAY BIBLE STUDY 7:00 PM</font></td></tr>
<tr><td bgcolor="#CCCC99"><font face="Arial" size="2"><b>HMONG NEW YEAR CELEBRATION</b></font></td></tr>
<tr><td><font face="Arial" size="2">SATURDAY NOVEMBER 29, 10 AM - 4 PM AT THE COMMUNITY HALL. BALL TOSS, QEEJ, FOOD. EVERYONE WELCOME.</font></td></tr>
<tr><td bgcolor="#CCCC99"><font face="Arial" size="2"><b>BUILDING FUND</b></font></td></tr>
<tr><td><font face="Arial" size="2">WE HAVE RAISED $41,000 OF $90,000 FOR THE NEW ROOF AND KITCHEN. GIVE IN THE OFFERING OR MAIL A CHECK TO THE CHURCH.</font></td></tr>
<tr><td bgcolor="#CCCC99"><font face="Arial" size="2"><b>FROM THE PASTOR'S DESK</b></font></td></tr>
<tr><td><font face="Arial" size="2">"WHY SERVING IS WORSHIP" - READ PASTOR XIONG'S REFLECTION IN THE SPRING <a href="newsletter.pdf">NEWSLETTER</a>.</font></td></tr>
</table>
""")

SERVE = shell("Ways to Serve", """
<p><font face="Arial" size="4" color="#003366"><b>WAYS TO SERVE</b></font><br>
<font face="Arial" size="2">PLEASE SEE PASTOR XIONG AFTER SERVICE OR CALL THE CHURCH OFFICE AT (218) 555-0177.</font></p>
<table width="100%" border="1" cellpadding="6" cellspacing="0" bordercolor="#999999">
<tr bgcolor="#E6E6CC"><td width="35%"><font face="Arial" size="2"><b>MINISTRY</b></font></td><td><font face="Arial" size="2"><b>DETAILS</b></font></td></tr>
<tr><td><font face="Arial" size="2"><b>SOUND BOARD OPERATOR</b></font></td>
<td><font face="Arial" size="2">RUN THE MIXER AND PROJECTOR FOR THE ENGLISH SERVICE, TWO SUNDAYS A MONTH. WE WILL TRAIN SOMEONE WHO IS COMFORTABLE WITH COMPUTERS.</font></td></tr>
<tr><td><font face="Arial" size="2"><b>VAN DRIVERS FOR ELDERS</b></font></td>
<td><font face="Arial" size="2">PICK UP GRANDPARENTS WHO NO LONGER DRIVE AND BRING THEM TO THE 10:30 SERVICE. CHURCH VAN, CLEAN DRIVING RECORD REQUIRED.</font></td></tr>
<tr><td><font face="Arial" size="2" color="#999999"><b><strike>NURSERY HELPERS</strike></b></font></td>
<td><font face="Arial" size="2" color="#999999">FULL THROUGH JUNE - THANK YOU!</font></td></tr>
<tr><td><font face="Arial" size="2"><b>CHURCH SECRETARY (PAID)</b></font></td>
<td><font face="Arial" size="2">15 HOURS A WEEK, $17/HR. SEND A LETTER OF INTEREST TO THE ELDER BOARD.</font></td></tr>
<tr><td><font face="Arial" size="2"><b>PIANIST</b></font></td>
<td><font face="Arial" size="2">SEEKING A VOLUNTEER PIANIST OR KEYBOARD PLAYER FOR THE ENGLISH SERVICE. HYMNS AND SIMPLE CHORUSES.</font></td></tr>
</table>
<p>&nbsp;</p>
<p><font face="Arial" size="3" color="#990000"><b>WE ARE SHORT ON FOLDING TABLES AND CHAIRS</b></font><br>
<font face="Arial" size="2">OUR FELLOWSHIP HALL SEATS 60 BUT WE NEED ROOM FOR 150 AT NEW YEAR. IF YOUR BUSINESS OR FAMILY HAS SPARE 6-FOOT TABLES OR STACKING CHAIRS, WE WOULD GLADLY TAKE THEM.</font></p>
<p><font face="Arial" size="3" color="#003366"><b>VACATION BIBLE SCHOOL</b></font><br>
<font face="Arial" size="2">JULY 14-18, 9 AM - NOON, FOR AGES 4-12. REGISTER YOUR CHILDREN AT THE WELCOME TABLE BY JUNE 30.</font></p>
""")

PAB = shell("Kev Pab - Hmoob", """
<p><font face="Arial" size="4" color="#003366"><b>KEV PAB HAUV LUB TSEV TEEV NTUJ</b></font><br>
<font face="Arial" size="2">Nyob zoo txhua tus kwv tij neej tsa. Yog koj xav pab, thov hu rau Xib Hwb Xyooj ntawm (218) 555-0177.</font></p>
<table width="100%" border="1" cellpadding="6" cellspacing="0" bordercolor="#999999">
<tr><td width="35%"><font face="Arial" size="2"><b>XIB FWB QHIA NTAWV HMOOB</b></font></td>
<td><font face="Arial" size="2">Peb xav tau ib tug neeg uas paub nyeem thiab sau ntawv Hmoob zoo los qhia ntawv Hmoob rau cov me nyuam hnub Saturday tav su. Yuav tsum hais tau lus Hmoob.</font></td></tr>
<tr><td><font face="Arial" size="2"><b>NTXUAV LUB TSEV TEEV NTUJ</b></font></td>
<td><font face="Arial" size="2">Peb xav tau ob peb tug neeg pab ntxuav lub tsev teev ntuj txhua hnub Saturday tom qab noj su.</font></td></tr>
<tr><td><font face="Arial" size="2" color="#999999"><b><strike>PAWG HU NKAUJ</strike></b></font></td>
<td><font face="Arial" size="2" color="#999999">Puv lawm. Ua tsaug rau txhua tus!</font></td></tr>
</table>
<p>&nbsp;</p>
<p><font face="Arial" size="3" color="#990000"><b>TSEV NEEG LIS XAV TAU KEV PAB</b></font><br>
<font face="Arial" size="2">Tsev neeg Lis nyuam qhuav tsiv tuaj rau lub hli Kaum Ib. Lawv muaj tsib tug me nyuam, tab sis tsis muaj pam vov thiab khaub ncaws no. Yog koj muaj tsho tiv no, khau thiab pam, thov nqa tuaj rau lub tsev teev ntuj.</font></p>
<p><font face="Arial" size="3" color="#003366"><b>CHAV KAWM LUS ASKIV DAWB</b></font><br>
<font face="Arial" size="2">Txhua hnub Tuesday thiab Thursday 6:00 PM. Tsis them nyiaj.</font></p>
<p><font face="Arial" size="3" color="#003366"><b>TEEV NTUJ HNUB SUNDAY</b></font><br>
<font face="Arial" size="2">10:30 sawv ntxov ua lus Hmoob.</font></p>
""", lang="hmn")

DEACONS = shell("Deacons", up="../", body="""
<p><font face="Arial" size="4" color="#990000"><b>DEACONS ONLY - PLEASE DO NOT SHARE</b></font></p>
<ul>
<li><font face="Arial" size="2">NEED 3 MEN TO REPAIR THE PARSONAGE DECK IN MAY.</font></li>
<li><font face="Arial" size="2">ASK FOR A DONATED CHEST FREEZER FOR THE CHURCH KITCHEN.</font></li>
<li><font face="Arial" size="2">VOLUNTEER TO COUNT THE OFFERING EVERY OTHER SUNDAY.</font></li>
</ul>
""")

PAGES = {
    "index.html": INDEX,
    "serve.htm": SERVE,
    "pab.htm": PAB,
    "deacons/index.html": DEACONS,
}

PDFS = {
    "newsletter.pdf": ("Hmong Alliance Church Newsletter - Spring 2025", [
        ("title", "Hmong Alliance Church Newsletter - Spring 2025"),
        ("h", "From the Pastor's Desk: Why Serving Is Worship"),
        ("p", "When Jesus washed feet, he did not ask who deserved it. Every Sunday someone unlocks the door, "
              "someone makes the rice, someone drives Grandma Yang. That is worship too."),
        ("h", "Church Family News"),
        ("p", "The Vang family welcomed a baby girl, Maiv Nyiaj, on March 3. The youth group raised $900 at the "
              "craft fair - thank you to everyone who rolled 1,200 egg rolls in one weekend!"),
        ("p", "Our old furnace in the fellowship hall quit twice in February. Pastor Xiong asks: if anyone in the "
              "church is an HVAC technician or knows furnaces, would you volunteer an afternoon to look at it "
              "before next winter? The church will pay for parts."),
        ("p", "Youth mentors are needed for Friday night youth group. We would like two adults, one man and one "
              "woman, who can come every other Friday from 7 to 9 PM and who love teenagers."),
        ("h", "Building Fund Update"),
        ("p", "We are at $41,000 of $90,000 for the new roof and kitchen. Thank you for every gift."),
        ("h", "Spring Revival"),
        ("p", "April 12-13 with guest speaker Rev. Tou Lor. Meals provided both days. Invite your neighbors."),
    ]),
}

NEEDS = [
    need("serve.htm", ["sound board"], "skilled", "en", [], "table_layout_caps"),
    need("serve.htm", ["van drivers"], "volunteer", "en", [], "table_layout_caps"),
    need("serve.htm", ["pianist"], "skilled", "en", [], "table_layout_caps", "'SEEKING A VOLUNTEER PIANIST'"),
    need("serve.htm", ["folding tables", "stacking chairs"], "donation", "en", [], "short_on"),
    need("pab.htm", ["qhia ntawv hmoob"], "skilled", "hmn", ["hmn"], "table_layout_caps", "Hmong literacy teacher"),
    need("pab.htm", ["ntxuav lub tsev teev ntuj"], "volunteer", "hmn", [], "table_layout_caps", "cleaning"),
    need("pab.htm", ["khaub ncaws no", "pam vov"], "donation", "hmn", [], "story", "Lis family"),
    need("newsletter.pdf", ["furnace", "hvac"], "skilled", "en", [], "pdf", "buried in newsletter"),
    need("newsletter.pdf", ["youth mentors"], "volunteer", "en", [], "pdf"),
]

TRAPS = [
    trap("index.html", "hours", ["sunday worship"]),
    trap("index.html", "event", ["new year celebration"]),
    trap("index.html", "general_appeal", ["building fund"]),
    trap("index.html", "blog", ["why serving is worship"], "pastor's desk teaser"),
    trap("serve.htm", "filled", ["nursery helpers"], "<strike> + FULL THROUGH JUNE"),
    trap("serve.htm", "job", ["church secretary"]),
    trap("serve.htm", "event", ["vacation bible school"]),
    trap("serve.htm", "how_to_apply", ["register your children"]),
    trap("pab.htm", "filled", ["hu nkauj"], "struck choir row, 'Puv lawm'"),
    trap("pab.htm", "service", ["kawm lus askiv dawb"]),
    trap("pab.htm", "hours", ["teev ntuj hnub sunday"]),
    trap("newsletter.pdf", "recap", ["egg rolls"]),
    trap("newsletter.pdf", "general_appeal", ["roof and kitchen"]),
    trap("newsletter.pdf", "event", ["spring revival"]),
    trap("deacons/index.html", "robots", ["parsonage deck"]),
    trap("deacons/index.html", "robots", ["chest freezer"]),
    trap("deacons/index.html", "robots", ["count the offering"]),
]
