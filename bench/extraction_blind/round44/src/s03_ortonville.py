from common import N, T

SLUG = "ortonville-big-stone-senior-center"

MENU = """<td width="170" valign="top" bgcolor="#FFF8DC">
<font face="Arial" size="2">
<b>MENU</b><br><br>
<a href="/index.html">HOME</a><br>
<a href="/helpers.htm">HELPERS WANTED</a><br>
<a href="/crier.htm">THE STONE CRIER</a><br>
<a href="/crier/stone-crier-november.pdf">CRIER (PRINT VERSION)</a><br>
<a href="/photos/fish-fry.htm">FISH FRY PHOTOS</a><br>
<a href="/office/board.htm">OFFICERS ONLY</a><br>
</font>
<br><img src="/images/spacer.gif" width="1" height="200" alt="">
</td>"""


def page(title, body):
    return """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>%s</title>
</head>
<body bgcolor="#FFFFFF" text="#000000" link="#00008B" vlink="#551A8B" topmargin="0" leftmargin="0">
<table width="760" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td colspan="2" bgcolor="#8B4513" height="70" align="center">
<font face="Georgia" size="6" color="#FFFFFF"><b>BIG STONE SENIOR CENTER</b></font><br>
<font face="Arial" size="2" color="#FFE4B5">ORTONVILLE, MINNESOTA &middot; SINCE 1974</font>
</td></tr>
<tr>
%s
<td width="590" valign="top">
<table width="100%%" border="0" cellpadding="10"><tr><td>
%s
</td></tr></table>
</td>
</tr>
<tr><td colspan="2" bgcolor="#8B4513" align="center">
<font face="Arial" size="1" color="#FFFFFF">BIG STONE SENIOR CENTER &middot; 225 2ND ST NW &middot; ORTONVILLE MN 56278 &middot; (320) 555-0189<br>
PAGE LAST UPDATED 11/04/2025 &middot; WEBMASTER: RUTH H.</font>
</td></tr>
</table>
</body>
</html>
""" % (title, MENU, body)


INDEX = page("Big Stone Senior Center - Home", """
<font face="Arial" size="4" color="#8B4513"><b>WELCOME, FRIENDS!</b></font><br>
<font face="Arial" size="2">The Big Stone Senior Center is a gathering place for anyone 55 and over in Ortonville,
Odessa, Clinton and Graceville. Coffee is always on.</font>
<br><br>
<font face="Arial" size="3" color="#8B4513"><b>HOURS</b></font><br>
<font face="Arial" size="2">MONDAY THRU FRIDAY 8:30 AM - 3:30 PM. NOON MEAL SERVED AT 11:45 (CALL BY 10 AM TO RESERVE).</font>
<br><br>
<font face="Arial" size="3" color="#8B4513"><b>WE NEED A PIANO PLAYER FOR THE SUNDAY SING-ALONG</b></font><br>
<font face="Arial" size="2">Our sing-along on the second Sunday of the month lost its accompanist when Verna moved to
Fargo. If you can play hymns and old standards from the book (no fancy stuff!), we would dearly love to have you,
2:00 - 3:00 PM.</font>
<br><br>
<font face="Arial" size="3" color="#8B4513"><b>WE ARE SHORT ON FRONT DESK VOLUNTEERS FOR FRIDAY AFTERNOONS</b></font><br>
<font face="Arial" size="2">Answer the phone, sign people in, point them to the coffee. 12:30 - 3:30 PM.</font>
<br><br>
<font face="Arial" size="3" color="#8B4513"><b>HOME-DELIVERED MEALS</b></font><br>
<font face="Arial" size="2">Hot noon meals are delivered Monday through Friday to seniors in town who cannot get out.
Suggested donation $4.50. Call the center to get on the list.</font>
<br><br>
<font face="Arial" size="3" color="#8B4513"><b>500 CARD PARTY EVERY TUESDAY</b></font><br>
<font face="Arial" size="2">1:00 PM IN THE BACK ROOM. 50 CENTS A GAME. LUNCH AFTER.</font>
<br><br>
<font face="Arial" size="3" color="#8B4513"><b>SHUFFLEBOARD RESULTS</b></font><br>
<font face="Arial" size="2">Congratulations to Harold and Bev Rademacher, fall league champions with a 14-2 record!</font>
""")

HELPERS = page("Helpers Wanted", """
<font face="Arial" size="4" color="#8B4513"><b>HELPERS WANTED</b></font><br>
<font face="Arial" size="2">PLEASE CALL THE CENTER AT 555-0189 IF YOU CAN HELP WITH ANYTHING BELOW.</font>
<br><br>
<table width="100%" border="1" cellpadding="6" cellspacing="0" bordercolor="#D2B48C">
<tr bgcolor="#F5DEB3">
 <td><font face="Arial" size="2"><b>MEALS ON WHEELS DRIVERS - ROUTE 3 (EAST SIDE &amp; LAKESHORE)</b></font></td>
 <td><font face="Arial" size="2">ONE HOUR, 11:15 AM. WE NEED TWO DRIVERS FOR MONDAYS AND WEDNESDAYS. MILEAGE PAID BACK.</font></td>
</tr>
<tr>
 <td><font face="Arial" size="2"><b>MEALS ON WHEELS DRIVERS - ROUTE 1</b></font></td>
 <td><font face="Arial" size="2" color="#808080">COVERED THROUGH MARCH. THANK YOU, KNIGHTS OF COLUMBUS!</font></td>
</tr>
<tr bgcolor="#F5DEB3">
 <td><font face="Arial" size="2"><b>TAX AIDE (AARP TRAINED OR WILLING TO BE)</b></font></td>
 <td><font face="Arial" size="2">FEBRUARY - APRIL, TUESDAYS. HELP SENIORS FILE SIMPLE RETURNS. AARP PROVIDES THE TRAINING IN JANUARY.</font></td>
</tr>
<tr>
 <td><font face="Arial" size="2"><b>FOOT CARE NURSE</b></font></td>
 <td><font face="Arial" size="2">PAID POSITION, 8 HOURS A MONTH. RN OR LPN WITH FOOT CARE CERTIFICATE. CALL GAIL.</font></td>
</tr>
<tr bgcolor="#F5DEB3">
 <td><font face="Arial" size="2"><b>WANTED FOR THE LIBRARY CORNER:</b></font></td>
 <td><font face="Arial" size="2">
  - LARGE PRINT BOOKS (WESTERNS AND MYSTERIES)<br>
  - JIGSAW PUZZLES, 500 PIECES OR LESS, ALL PIECES PLEASE<br>
  - MAGNIFYING GLASSES WITH A LIGHT
 </font></td>
</tr>
<tr>
 <td><font face="Arial" size="2"><b>WALKERS AND CANES</b></font></td>
 <td><font face="Arial" size="2" color="#808080">WE'RE SET FOR NOW - THE LOAN CLOSET IS FULL. PLEASE DON'T BRING MORE UNTIL SPRING.</font></td>
</tr>
</table>
""")

CRIER = page("The Stone Crier", """
<font face="Georgia" size="5" color="#8B4513"><b>THE STONE CRIER</b></font><br>
<font face="Arial" size="2"><i>NOVEMBER ISSUE &middot; NEWS FROM THE CENTER</i></font>
<br><br>
<font face="Arial" size="3"><b>FROM THE DIRECTOR'S DESK</b></font><br>
<font face="Arial" size="2">What a fall! The leaves are down, the furnace is on and the pinochle players are back. Our
office computer, bless it, is another story: the printer stops talking to it every week, and the Wi-Fi drops whenever
the microwave runs. If anyone out there understands printers and home networks and could give Elmer an afternoon, he would
owe you a pie. Other than that, the kitchen got new faucets and the parking lot has been sealed.</font>
<br><br>
<font face="Arial" size="3"><b>MEMBER SPOTLIGHT: DORIS PAHL</b></font><br>
<font face="Arial" size="2">Doris taught country school for 31 years and still writes to three of her former pupils.
She turns 94 on the 19th.</font>
<br><br>
<font face="Arial" size="3"><b>PANCAKE BREAKFAST THANK-YOU</b></font><br>
<font face="Arial" size="2">Our pancake breakfast raised $1,340 for the van fund. Thank you to everyone who came and to
Lions Club for flipping.</font>
<br><br>
<font face="Arial" size="3"><b>THANKSGIVING POTLUCK</b></font><br>
<font face="Arial" size="2">THURSDAY NOV. 20 AT NOON. THE CENTER BRINGS THE TURKEY, YOU BRING A DISH TO PASS.</font>
""")

BOARD = page("Officers only", """
<font face="Arial" size="3"><b>OFFICERS - NOTES FOR DECEMBER MEETING</b></font><br>
<font face="Arial" size="2">
1. FIND A VOLUNTEER TO REPAINT THE BATHROOMS.<br>
2. ASK FOR A DONATED CHEST FREEZER FOR THE KITCHEN.<br>
3. NEED A NEW SECRETARY FOR THE BOARD IN JANUARY.
</font>
""")

PAGES = {"index.html": INDEX, "helpers.htm": HELPERS, "crier.htm": CRIER, "office/board.htm": BOARD}

ROBOTS = """User-agent: *
Disallow: /office/
Disallow: /cgi-bin/
"""

PDFS = {
    "crier/stone-crier-november.pdf": ("The Stone Crier - November", [
        ("title", "THE STONE CRIER"),
        ("p", "Big Stone Senior Center - 225 2nd St NW, Ortonville MN 56278 - (320) 555-0189"),
        ("h", "News and notes"),
        ("p", "The Christmas bazaar committee meets on the 10th. Speaking of winter: the city plows the street, but not our front walk and ramp. We "
              "are looking for snow shovelers who live close by and can clear the walk before 8:30 on snowy "
              "mornings; a snowblower is in the garage. Call Gail if you can take a week or two."),
        ("h", "Flu shot clinic"),
        ("p", "Tuesday, November 18, 9:00-11:00 am. Bring your Medicare card."),
        ("h", "Dues are due"),
        ("p", "Membership dues for 2026 are still $15 a person. Dues keep the lights on and the coffee hot."),
    ]),
}

NEEDS = [
    N("index.html", ["piano player", "sing-along"], "skilled", "en", layout="table_layout_caps"),
    N("index.html", ["front desk volunteers"], "volunteer", "en", layout="short_on",
      note="ALL-CAPS 'WE ARE SHORT ON ...' heading"),
    N("helpers.htm", ["route 3"], "volunteer", "en", layout="table_layout_caps",
      note="mileage paid back is not pay"),
    N("helpers.htm", ["tax aide"], "skilled", "en", layout="table_layout_caps"),
    N("helpers.htm", ["library corner", "large print books"], "donation", "en", layout="wish_list",
      note="three items, one need"),
    N("crier.htm", ["printers and home networks", "office computer"], "skilled", "en", layout="newsletter_buried",
      note="buried in the director's column"),
    N("crier/stone-crier-november.pdf", ["snow shovelers"], "volunteer", "en", layout="pdf",
      note="buried in a news paragraph"),
]

TRAPS = [
    T("index.html", "hours", ["monday thru friday"]),
    T("index.html", "service", ["home-delivered meals"]),
    T("index.html", "event", ["500 card party"]),
    T("index.html", "recap", ["shuffleboard results"]),
    T("helpers.htm", "filled", ["route 1"], "COVERED THROUGH MARCH"),
    T("helpers.htm", "job", ["foot care nurse"]),
    T("helpers.htm", "filled", ["walkers and canes"], "WE'RE SET FOR NOW"),
    T("crier.htm", "bio", ["member spotlight"]),
    T("crier.htm", "recap", ["pancake breakfast"]),
    T("crier.htm", "event", ["thanksgiving potluck"]),
    T("crier/stone-crier-november.pdf", "event", ["flu shot clinic"]),
    T("crier/stone-crier-november.pdf", "general_appeal", ["dues are due"]),
    T("office/board.htm", "robots", ["repaint the bathrooms"]),
    T("office/board.htm", "robots", ["chest freezer"]),
    T("office/board.htm", "robots", ["new secretary"]),
]
