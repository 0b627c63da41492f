from common import N, T

SLUG = "browns-valley-golden-age-meal-site"

HEAD = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="GENERATOR" content="Microsoft FrontPage 5.0">
<meta name="ProgId" content="FrontPage.Editor.Document">
<title>{title} - Browns Valley Golden Age Meal Site</title>
</head>
<body bgcolor="#FFFFF0" link="#000080" vlink="#800080" topmargin="0" leftmargin="0">
<table width="760" border="0" cellpadding="0" cellspacing="0" align="center">
<tr>
 <td colspan="2" bgcolor="#8B0000" height="70"><font face="Georgia" size="6" color="#FFFFFF">&nbsp;BROWNS VALLEY GOLDEN AGE MEAL SITE</font><br>
 <font face="Arial" size="2" color="#FFFFCC">&nbsp;&nbsp;Noon meals at the Community Center since 1974 &nbsp;|&nbsp; Traverse County Senior Nutrition</font></td>
</tr>
<tr>
 <td width="150" valign="top" bgcolor="#F5DEB3"><font face="Arial" size="2"><br>
 &nbsp;<a href="/index.html"><b>HOME</b></a><br><br>
 &nbsp;<a href="/volunteer.htm"><b>VOLUNTEER</b></a><br><br>
 &nbsp;<a href="/calendar.htm"><b>CALENDAR</b></a><br><br>
 &nbsp;<a href="/newsletter.htm"><b>NEWSLETTER</b></a><br><br>
 &nbsp;<a href="/newsletter-nov.pdf"><b>PRINT NEWSLETTER</b></a><br>
 &nbsp;<font size="1">(PDF, 2 pages)</font><br><br>
 <img src="/images/spacer.gif" width="140" height="1" alt=""></font></td>
 <td width="610" valign="top" bgcolor="#FFFFFF"><table width="100%" cellpadding="12"><tr><td>
"""

FOOT = """
 </td></tr></table></td>
</tr>
<tr>
 <td colspan="2" align="center" bgcolor="#F5DEB3"><font face="Arial" size="1">Golden Age Meal Site &middot; Browns Valley Community Center, 20 3rd St N, Browns Valley MN 56219 &middot; 320-555-0142<br>
 Page last updated 10/03/2025 &middot; <a href="/office/board.htm">Board members only</a> &middot; You are visitor number 048213</font></td>
</tr>
</table>
</body>
</html>
"""

INDEX = HEAD.format(title="Home") + """
<p><font face="Arial" size="4" color="#8B0000"><b>DRIVERS WANTED FOR OUR LAKE TRAVERSE MEAL ROUTE</b></font><br>
<font face="Arial" size="2">Hot meals go out every weekday to 19 homebound seniors along Highway 28 and up toward the lake.
Our route drivers are getting older too! We would like three or four more people who can take the route one weekday a month,
11:15 to 12:45. Gas money is available for anyone who wants it.</font></p>
<hr size="1" noshade>
<p><font face="Arial" size="3" color="#8B0000"><b>DINING ROOM OPEN</b></font><br>
<font face="Arial" size="2">Monday through Friday. We serve at 11:45 AM sharp. Coffee is on from 10:30.</font></p>
<p><font face="Arial" size="3" color="#8B0000"><b>THIS WEEK'S MENU</b></font><br>
<font face="Arial" size="2">Mon: Swiss steak, mashed potatoes &nbsp; Tue: Chicken noodle hotdish &nbsp; Wed: Ham and bean soup, cornbread &nbsp;
Thu: Roast turkey &nbsp; Fri: Baked fish.<br>Suggested contribution $4.50 for those 60 and over; guests under 60 pay $9.00.
<a href="/menus/december.htm">December menu</a></font></p>
<p><font face="Arial" size="3" color="#8B0000"><b>BINGO EVERY THURSDAY AFTER LUNCH</b></font><br>
<font face="Arial" size="2">Cards are a quarter. Prizes donated by Valley Hardware.</font></p>
""" + FOOT

VOLUNTEER = HEAD.format(title="Volunteer") + """
<p align="center"><font face="Georgia" size="5" color="#8B0000"><b>VOLUNTEER JOBS</b></font><br>
<font face="Arial" size="2">Call Dorothy at 320-555-0142 or stop by the kitchen window.</font></p>
<table width="100%" border="1" cellpadding="6" cellspacing="0" bordercolor="#CCCCCC">
<tr bgcolor="#F5DEB3">
 <td width="34%"><font face="Arial" size="2"><b>JOB</b></font></td>
 <td width="26%"><font face="Arial" size="2"><b>WHEN</b></font></td>
 <td><font face="Arial" size="2"><b>WHO WE NEED</b></font></td>
</tr>
<tr>
 <td><font face="Arial" size="2"><b>DISH ROOM HELPERS</b></font></td>
 <td><font face="Arial" size="2">MON - WED - FRI<br>12:30 TO 1:30</font></td>
 <td><font face="Arial" size="2">Two more people. The machine does most of the work, you load and unload the racks.</font></td>
</tr>
<tr>
 <td><font face="Arial" size="2"><b>AARP TAX-AIDE PREPARER</b></font></td>
 <td><font face="Arial" size="2">FEB. 2 TO APRIL 15<br>TUESDAYS</font></td>
 <td><font face="Arial" size="2">Someone willing to take the free IRS certification course (online, about 30 hours) and then do simple returns for our seniors here at the center.</font></td>
</tr>
<tr>
 <td><font face="Arial" size="2"><b><strike>CARD PARTY HOST</strike></b></font></td>
 <td><font face="Arial" size="2">2ND SUNDAYS</font></td>
 <td><font face="Arial" size="2" color="#006400"><b>FILLED - THANK YOU ARLENE!</b></font></td>
</tr>
<tr>
 <td><font face="Arial" size="2"><b>SUBSTITUTE BUS DRIVERS</b></font></td>
 <td><font face="Arial" size="2">AS NEEDED</font></td>
 <td><font face="Arial" size="2">OUR LIST IS COMPLETE FOR THIS YEAR.</font></td>
</tr>
</table>
<br>
<p><font face="Arial" size="3" color="#8B0000"><b>NOW HIRING: HEAD COOK</b></font><br>
<font face="Arial" size="2">Part time, 25 hours a week, $16.25 an hour. Food manager certificate required. Applications at the Traverse County Courthouse, Human Services window.</font></p>
""" + FOOT

def cell(day, text=""):
    return '  <td valign="top" height="70"><font face="Arial" size="1"><b>%s</b><br>%s</font></td>\n' % (day, text)

_cal = ['<table width="100%" border="1" cellpadding="3" cellspacing="0" bordercolor="#999999">',
        '<tr bgcolor="#F5DEB3">' + "".join('<td align="center"><font face="Arial" size="2"><b>%s</b></font></td>' % d
                                         for d in ("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT")) + '</tr>']
_events = {
    7: "FLU SHOTS 10-12<br>Sanford nurses, bring your Medicare card",
    9: "Bingo",
    14: "FOOT CARE CLINIC<br>(appointments all booked)",
    16: "Bingo",
    22: "CRIBBAGE TOURNAMENT 1 PM",
    23: "Bingo<br><font color=\"#B22222\">VOLUNTEERS: 2 PIE SERVERS AND A COFFEE POURER FOR FRIDAY'S DINNER - CALL DOROTHY</font>",
    24: "HARVEST DINNER 5 PM<br>Tickets $12 at the counter",
    30: "Bingo",
    31: "Costume lunch",
}
_days = [""] * 3 + [str(d) for d in range(1, 32)]
while len(_days) % 7:
    _days.append("")
for w in range(0, len(_days), 7):
    row = "<tr>\n"
    for d in _days[w:w + 7]:
        row += cell(d, _events.get(int(d), "") if d else "")
    _cal.append(row + "</tr>")
_cal.append("</table>")

CALENDAR = HEAD.format(title="Calendar") + """
<p align="center"><font face="Georgia" size="5" color="#8B0000"><b>OCTOBER 2025</b></font></p>
""" + "\n".join(_cal) + """
<p><font face="Arial" size="2"><b>NOTE:</b> Meal site closed for Veterans Day, Tuesday November 11.</font></p>
""" + FOOT

NEWSLETTER = HEAD.format(title="Newsletter") + """
<p><font face="Arial" size="2">The Gazette is e-mailed to members every month. Here is the October issue as it went out:</font></p>
<pre>
==================================================
  GOLDEN AGE GAZETTE                 OCTOBER 2025
==================================================

FROM THE KITCHEN
  Gladys Hoium hung up her apron on Sept. 30 after
  22 years as our cook. Gladys raised four kids on
  a farm north of town and never once served a
  lumpy gravy. We will miss her every noon.

RAFFLE RESULTS
  The September quilt raffle brought in $1,140 for
  the van fund. Winner: Marlys T. of Graceville.

ODDS AND ENDS
  The old upright piano in the dining room has not
  been tuned since 2019 and it shows at sing-along.
  If you are (or know) a piano tuner who would give
  an afternoon to it, please tell Dorothy at the
  front counter.

  Lost and found: one pair of bifocals, brown case.

OCTOBER BIRTHDAYS
  Harold S. (91), Bernice K. (88), Vern O. (79)
</pre>
""" + FOOT

BOARD = HEAD.format(title="Board") + """
<p><font face="Arial" size="4" color="#8B0000"><b>BOARD NOTES - NOT FOR PUBLIC</b></font></p>
<ul>
 <li><font face="Arial" size="2">Find a volunteer to redo the kitchen floor tiles before the health inspection.</font></li>
 <li><font face="Arial" size="2">Ask the Legion post to donate a new chest freezer.</font></li>
 <li><font face="Arial" size="2">We need a treasurer after January when Lyle steps down.</font></li>
</ul>
""" + FOOT

PAGES = {
    "index.html": INDEX,
    "volunteer.htm": VOLUNTEER,
    "calendar.htm": CALENDAR,
    "newsletter.htm": NEWSLETTER,
    "office/board.htm": BOARD,
}

ROBOTS = """User-agent: *
Disallow: /office/
Disallow: /_vti_bin/
Disallow: /_private/
"""

PDFS = {
    "newsletter-nov.pdf": ("Golden Age Gazette - November 2025", [
        ("title", "GOLDEN AGE GAZETTE"),
        ("p", "Browns Valley Golden Age Meal Site - November 2025 - 320-555-0142"),
        ("h", "THANKSGIVING DINNER"),
        ("p", "Wednesday, November 26 at 11:45 (we are closed on Thanksgiving Day itself). Turkey with all the trimmings "
              "and pumpkin pie. Reservations please: call by noon the day before, like always."),
        ("h", "BAKE SALE"),
        ("p", "The October bake sale made $612 for the van fund. The lefse sold out by 10 o'clock."),
        ("h", "NOTES FROM DOROTHY"),
        ("p", "Winter is coming fast. The back ramp is the way most of our diners come in, and it has to be cleared "
              "after every snowfall before 10:30 in the morning. If you live in town and have a snowblower or a good "
              "shovel, we would like a few people to take turns on the ramp this winter. Sign up with me."),
        ("p", "Our lending shelf by the coffee pot is nearly empty. We are asking for large-print books and jigsaw "
              "puzzles (500 pieces or less, all the pieces please)."),
        ("h", "BIRTHDAYS"),
        ("p", "Arnold P. (94), Lorraine H. (83)."),
    ]),
}

NEEDS = [
    N("index.html", ["meal route", "drivers wanted"], "volunteer", "en", layout="table_layout_caps", note="ALL CAPS heading in <font>"),
    N("volunteer.htm", ["dish room helpers"], "volunteer", "en", layout="table_layout_caps"),
    N("volunteer.htm", ["tax-aide preparer"], "skilled", "en", layout="table_layout_caps", note="training provided; still skilled"),
    N("calendar.htm", ["pie servers", "coffee pourer"], "volunteer", "en", layout="calendar", note="ask inside a calendar cell"),
    N("newsletter.htm", ["piano tuner"], "skilled", "en", layout="pre_block", note="buried in a <pre> newsletter"),
    N("newsletter-nov.pdf", ["back ramp", "snowblower"], "volunteer", "en", layout="newsletter_buried_pdf"),
    N("newsletter-nov.pdf", ["large-print books", "jigsaw puzzles"], "donation", "en", layout="newsletter_buried_pdf"),
]

TRAPS = [
    T("index.html", "hours", ["dining room open"]),
    T("index.html", "service", ["this week's menu"], "meals offered to clients"),
    T("index.html", "event", ["bingo every thursday"]),
    T("volunteer.htm", "filled", ["card party host"], "struck + FILLED"),
    T("volunteer.htm", "filled", ["substitute bus drivers"], "our list is complete"),
    T("volunteer.htm", "job", ["head cook"], "$16.25/h"),
    T("calendar.htm", "event", ["flu shots"]),
    T("calendar.htm", "service", ["foot care clinic"], "client appointments booked"),
    T("calendar.htm", "event", ["harvest dinner"]),
    T("calendar.htm", "event", ["cribbage tournament"]),
    T("calendar.htm", "hours", ["closed for veterans day"]),
    T("newsletter.htm", "bio", ["hung up her apron"]),
    T("newsletter.htm", "recap", ["quilt raffle"]),
    T("newsletter-nov.pdf", "event", ["thanksgiving dinner"]),
    T("newsletter-nov.pdf", "recap", ["bake sale"]),
    T("newsletter-nov.pdf", "how_to_apply", ["call by noon the day before"], "meal reservations"),
    T("office/board.htm", "robots", ["kitchen floor tiles"]),
    T("office/board.htm", "robots", ["chest freezer"]),
    T("office/board.htm", "robots", ["we need a treasurer"]),
]
