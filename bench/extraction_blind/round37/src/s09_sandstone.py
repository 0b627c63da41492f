"""Sandstone, MN: Kettle River Food Shelf. Hand-coded table layout, <font>, ALL CAPS on every HTML
page. Home page with a "THIS MONTH WE ARE SHORT ON" cell; a monthly sign-up sheet table where open
slots are blank lines (one need per row with a blank), a row full of names, and a struck row;
"SEEKING" heading; news page with a buried repair ask, a grandmother's story, blog teaser, recap,
event and board bios; English PDF newsletter; robots /volunteers-only/."""
from common import need, trap

SLUG = "sandstone-kettle-river-food-shelf"

NAVROW = """<tr><td bgcolor="#663300" align="center">
<font face="Verdana" size="2" color="#FFFFFF"><b>
<a href="/index.html"><font color="#FFFFFF">HOME</font></a> &nbsp;|&nbsp;
<a href="/volunteer.html"><font color="#FFFFFF">VOLUNTEER</font></a> &nbsp;|&nbsp;
<a href="/news.html"><font color="#FFFFFF">NEWS</font></a> &nbsp;|&nbsp;
<a href="/newsletter/winter-2025.pdf"><font color="#FFFFFF">WINTER NEWSLETTER (PDF)</font></a> &nbsp;|&nbsp;
<a href="/forms/donation-receipt.html"><font color="#FFFFFF">DONATION RECEIPT</font></a> &nbsp;|&nbsp;
<a href="/volunteers-only/roster.html"><font color="#FFFFFF">VOLUNTEERS ONLY</font></a>
</b></font></td></tr>"""


def page(title, body):
    return """<html lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>%s</title>
</head>
<body bgcolor="#FFF8E7" text="#333333" link="#663300" vlink="#663300">
<table width="780" border="0" cellspacing="0" cellpadding="6" align="center">
<tr><td bgcolor="#F2E2C4">
<font face="Verdana" size="5" color="#663300"><b>KETTLE RIVER FOOD SHELF</b></font><br>
<font face="Verdana" size="2">SERVING SANDSTONE, ASKOV, FINLAYSON &amp; BRUNO SINCE 1984</font>
</td></tr>
%s
<tr><td>
%s
</td></tr>
<tr><td bgcolor="#F2E2C4" align="center"><font face="Verdana" size="1">
KETTLE RIVER FOOD SHELF &middot; 215 MAIN ST &middot; PO BOX 41 &middot; SANDSTONE, MN 55072 &middot; (320) 555-0109
</font></td></tr>
</table>
</body>
</html>
""" % (title, NAVROW, body)


INDEX = page("KETTLE RIVER FOOD SHELF - SANDSTONE MN", """
<table width="100%" border="0" cellpadding="8">
<tr>
<td valign="top" width="50%">
<font face="Verdana" size="3" color="#663300"><b>HOURS</b></font><br>
<font face="Verdana" size="2">TUESDAY 1&ndash;6 PM<br>THURSDAY 10 AM&ndash;2 PM<br>FIRST SATURDAY 9 AM&ndash;NOON</font>
</td>
<td valign="top">
<font face="Verdana" size="3" color="#663300"><b>HOW TO GET FOOD</b></font><br>
<font face="Verdana" size="2">BRING AN ID AND SOMETHING WITH YOUR ADDRESS ON IT. ONE VISIT PER MONTH
PER HOUSEHOLD. NO ONE IS TURNED AWAY THE FIRST TIME.</font>
</td>
</tr>
<tr>
<td colspan="2" bgcolor="#FFF3C4">
<font face="Verdana" size="3" color="#990000"><b>THIS MONTH WE ARE SHORT ON</b></font><br>
<font face="Verdana" size="2">CANNED TUNA OR CHICKEN, PEANUT BUTTER, BOXED CEREAL AND CANNED FRUIT.
THE TRUCK FROM THE REGIONAL FOOD BANK HAS NOT BROUGHT ANY FOR SIX WEEKS. DROP-OFFS ARE WELCOME
ANY TIME WE ARE OPEN.</font>
</td>
</tr>
<tr>
<td colspan="2">
<font face="Verdana" size="3" color="#663300"><b>WHAT WE OFFER</b></font><br>
<font face="Verdana" size="2">GROCERIES ONCE A MONTH, A FREE PRODUCE TABLE EVERY TUESDAY, AND SENIOR
BOXES FOR ANYONE 60 OR OLDER.</font>
</td>
</tr>
<tr>
<td colspan="2">
<font face="Verdana" size="3" color="#663300"><b>MONEY GOES FURTHER</b></font><br>
<font face="Verdana" size="2">EVERY $1 YOU GIVE BUYS 4 MEALS THROUGH OUR FOOD BANK PARTNER. MAIL A
CHECK TO PO BOX 41.</font>
</td>
</tr>
</table>
""")

VOLUNTEER = page("VOLUNTEER - KETTLE RIVER FOOD SHELF", """
<font face="Verdana" size="4" color="#663300"><b>VOLUNTEER SIGN-UP SHEET &ndash; MARCH</b></font><br>
<font face="Verdana" size="2">A BLANK LINE MEANS WE STILL NEED SOMEBODY.</font>
<br><br>
<table width="100%" border="1" cellspacing="0" cellpadding="4" bordercolor="#996633">
<tr bgcolor="#F2E2C4">
<td><font face="Verdana" size="2"><b>SHIFT</b></font></td>
<td><font face="Verdana" size="2"><b>WHEN</b></font></td>
<td><font face="Verdana" size="2"><b>SLOT 1</b></font></td>
<td><font face="Verdana" size="2"><b>SLOT 2</b></font></td>
<td><font face="Verdana" size="2"><b>SLOT 3</b></font></td>
</tr>
<tr>
<td><font face="Verdana" size="2">TRUCK UNLOADING</font></td>
<td><font face="Verdana" size="2">TUES 8:00 AM</font></td>
<td><font face="Verdana" size="2">D. LINDQUIST</font></td>
<td><font face="Verdana" size="2">__________</font></td>
<td><font face="Verdana" size="2">__________</font></td>
</tr>
<tr>
<td><font face="Verdana" size="2">CLIENT SHOPPING HELPERS</font></td>
<td><font face="Verdana" size="2">THURS 10&ndash;2</font></td>
<td><font face="Verdana" size="2">M. OLSON</font></td>
<td><font face="Verdana" size="2">K. BERG</font></td>
<td><font face="Verdana" size="2">R. TAPIO</font></td>
</tr>
<tr>
<td><font face="Verdana" size="2">HOME DELIVERY DRIVERS</font></td>
<td><font face="Verdana" size="2">FRI 1:00 PM</font></td>
<td><font face="Verdana" size="2">J. NIEMI</font></td>
<td><font face="Verdana" size="2">__________</font></td>
<td><font face="Verdana" size="2">&mdash;</font></td>
</tr>
<tr>
<td><font face="Verdana" size="2"><strike>BREAD PICKUP &ndash; GROCERY STORE</strike></font></td>
<td colspan="4"><font face="Verdana" size="2" color="#990000">NO LONGER NEEDED &ndash; THE STORE STOPPED DONATING BREAD</font></td>
</tr>
</table>
<br>
<font face="Verdana" size="3" color="#663300"><b>SEEKING A VOLUNTEER WITH A FORKLIFT CERTIFICATE</b></font><br>
<font face="Verdana" size="2">A LUMBER YARD GAVE US AN OLD ELECTRIC FORKLIFT. ONLY A CERTIFIED OPERATOR
MAY DRIVE IT, SO RIGHT NOW IT JUST SITS THERE. ONE MORNING A MONTH WOULD CHANGE EVERYTHING.</font>
<br><br>
<font face="Verdana" size="3" color="#663300"><b>TO SIGN UP</b></font><br>
<font face="Verdana" size="2">WRITE YOUR NAME ON THE SHEET AT THE FRONT DESK OR CALL BEV AT (320) 555-0109.</font>
<br><br>
<font face="Verdana" size="3" color="#663300"><b>PAID POSITION: WAREHOUSE LEAD</b></font><br>
<font face="Verdana" size="2">20 HOURS A WEEK, $17.50 AN HOUR. APPLICATIONS AT THE FRONT DESK UNTIL MARCH 31.</font>
""")

NEWS = page("NEWS - KETTLE RIVER FOOD SHELF", """
<table width="100%" border="0" cellpadding="6">
<tr><td>
<font face="Verdana" size="3" color="#663300"><b>WHY HUNGER LOOKS DIFFERENT OUT HERE</b></font><br>
<font face="Verdana" size="2">BEV'S COLUMN FROM THE PINE COUNTY COURIER. <a href="/news.html">READ MORE &raquo;</a></font>
</td></tr>
<tr><td>
<font face="Verdana" size="3" color="#663300"><b>FROM THE BOARD</b></font><br>
<font face="Verdana" size="2">THE BOARD MET ON FEBRUARY 12. WE APPROVED THE NEW SHELVING AND THANKED THE
LIONS FOR THEIR GIFT. THE COMPRESSOR ON THE WALK-IN COOLER IS FAILING AGAIN AND WE CANNOT AFFORD A
SERVICE CALL EVERY MONTH. IF YOU WORK IN REFRIGERATION AND COULD TAKE A LOOK AT IT, PLEASE CALL DALE.
THE NEXT BOARD MEETING IS APRIL 9.</font>
</td></tr>
<tr><td>
<font face="Verdana" size="3" color="#663300"><b>A GRANDMOTHER IN FINLAYSON</b></font><br>
<font face="Verdana" size="2">ONE OF OUR CLIENTS IS RAISING HER THREE GRANDCHILDREN, AND THE YOUNGEST IS
ONLY FOUR MONTHS OLD. SHE ASKED US QUIETLY IF ANYONE HAS A CRIB AND A REAR-FACING CAR SEAT THEY NO
LONGER USE. CALL THE FOOD SHELF AND WE WILL GET IT TO HER.</font>
</td></tr>
<tr><td>
<font face="Verdana" size="3" color="#663300"><b>THANK YOU, NEIGHBORS!</b></font><br>
<font face="Verdana" size="2">THE THANKSGIVING DRIVE BROUGHT IN 3,200 POUNDS OF FOOD.</font>
</td></tr>
<tr><td>
<font face="Verdana" size="3" color="#663300"><b>EMPTY BOWLS SUPPER</b></font><br>
<font face="Verdana" size="2">SATURDAY, APRIL 5, 5 PM AT THE AMERICAN LEGION. $15 BUYS SOUP, BREAD AND A
HANDMADE BOWL.</font>
</td></tr>
<tr><td>
<font face="Verdana" size="3" color="#663300"><b>MEET THE BOARD</b></font><br>
<font face="Verdana" size="2">DALE HEIKKILA (CHAIR) IS A RETIRED DAIRY FARMER FROM ASKOV. JUNE PRAY
(TREASURER) KEPT THE BOOKS AT THE CO-OP FOR 30 YEARS.</font>
</td></tr>
</table>
""")

ROSTER = page("VOLUNTEERS ONLY - KETTLE RIVER FOOD SHELF", """
<font face="Verdana" size="4" color="#663300"><b>VOLUNTEERS ONLY &ndash; INTERNAL NEEDS</b></font><br>
<font face="Verdana" size="2">
1. NEED SOMEONE WITH A TRUCK TO PLOW THE LOT AFTER STORMS.<br>
2. DONATED PALLET JACK FOR THE BACK ROOM.<br>
3. SUB FOR BEV ON THURSDAY 3/14.<br>
</font>
""")

PAGES = {
    "index.html": INDEX,
    "volunteer.html": VOLUNTEER,
    "news.html": NEWS,
    "volunteers-only/roster.html": ROSTER,
}

ROBOTS = "User-agent: *\nDisallow: /volunteers-only/\n"

PDFS = {
    "newsletter/winter-2025.pdf": ("Kettle River Food Shelf - Winter 2025 Newsletter", [
        ("title", "Kettle River Food Shelf - Winter 2025 Newsletter"),
        ("p", "215 Main St, PO Box 41, Sandstone, MN 55072 - (320) 555-0109"),
        ("gap", ""),
        ("h", "Year in numbers"),
        ("p", "In 2024 we served 1,412 households and handed out 186,000 pounds of food, up 14 percent "
              "from the year before."),
        ("h", "More families who speak Spanish"),
        ("p", "This year more families from the turkey plant in Pine City have started coming to us, and "
              "many of them speak Spanish. Our intake form and the signs on the shelves are only in "
              "English. We need a volunteer who can translate the intake form and the shelf signs into "
              "Spanish, and check them with one of our clients."),
        ("h", "Annual meeting"),
        ("p", "Tuesday, March 18, 7 pm at the food shelf. Members vote on two board seats."),
        ("h", "A year-end gift"),
        ("p", "If you can, please send a year-end gift. Checks to PO Box 41."),
    ]),
}

NEEDS = [
    need("index.html", ["canned tuna", "peanut butter", "boxed cereal"], "donation", "en",
         layout="table_layout_caps", note="ALL CAPS 'THIS MONTH WE ARE SHORT ON' cell; ONE need"),
    need("volunteer.html", ["truck unloading"], "volunteer", "en", layout="table_layout_caps",
         note="sign-up row with two blank slots"),
    need("volunteer.html", ["home delivery drivers"], "volunteer", "en", layout="table_layout_caps",
         note="one blank slot"),
    need("volunteer.html", ["forklift"], "skilled", "en", layout="seeking"),
    need("news.html", ["refrigeration", "walk-in cooler"], "skilled", "en", layout="newsletter_buried",
         note="buried in the FROM THE BOARD paragraph"),
    need("news.html", ["crib", "car seat"], "donation", "en", layout="story"),
    need("newsletter/winter-2025.pdf", ["translate"], "skilled", "en", ["es", "en"], layout="pdf"),
]

TRAPS = [
    trap("index.html", "hours", ["tuesday 1–6 pm"]),
    trap("index.html", "how_to_apply", ["how to get food"]),
    trap("index.html", "service", ["free produce table", "senior boxes"]),
    trap("index.html", "general_appeal", ["money goes further"]),
    trap("volunteer.html", "filled", ["client shopping helpers"], note="all three slots hold names"),
    trap("volunteer.html", "filled", ["bread pickup"], note="struck + NO LONGER NEEDED"),
    trap("volunteer.html", "how_to_apply", ["write your name on the sheet"]),
    trap("volunteer.html", "job", ["warehouse lead"]),
    trap("news.html", "blog", ["why hunger looks different"]),
    trap("news.html", "recap", ["3,200 pounds"]),
    trap("news.html", "event", ["empty bowls"]),
    trap("news.html", "bio", ["meet the board"]),
    trap("newsletter/winter-2025.pdf", "recap", ["year in numbers"]),
    trap("newsletter/winter-2025.pdf", "event", ["annual meeting"]),
    trap("newsletter/winter-2025.pdf", "general_appeal", ["year-end gift"]),
    trap("volunteers-only/roster.html", "robots", ["plow the lot"]),
    trap("volunteers-only/roster.html", "robots", ["pallet jack"]),
    trap("volunteers-only/roster.html", "robots", ["sub for bev"]),
]
