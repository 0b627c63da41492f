"""International Falls, MN: Rainy River Food Shelf (made up). FrontPage 2003 table layout, <font>, ALL CAPS, .htm."""
from common import N, T

SLUG = "international-falls-rainy-river-food-shelf"


def head(title):
    return """<html lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="GENERATOR" content="Microsoft FrontPage 6.0">
<meta name="ProgId" content="FrontPage.Editor.Document">
<title>%s</title>
</head>
<body bgcolor="#FFFFFF" topmargin="0" leftmargin="0">
<table border="0" cellpadding="0" cellspacing="0" width="760">
  <tr>
    <td colspan="2" bgcolor="#003366" height="70"><font face="Arial" size="5" color="#FFFFFF"><b>&nbsp;RAINY RIVER FOOD SHELF</b></font><br>
    <font face="Arial" size="2" color="#FFFFCC">&nbsp;&nbsp;SERVING KOOCHICHING COUNTY SINCE 1983</font></td>
  </tr>
  <tr>
    <td width="150" valign="top" bgcolor="#E0E8F0">
      <table border="0" cellpadding="6" width="100%%">
        <tr><td><font face="Arial" size="2"><a href="/index.html">HOME</a></font></td></tr>
        <tr><td><font face="Arial" size="2"><a href="/volunteer.htm">VOLUNTEER</a></font></td></tr>
        <tr><td><font face="Arial" size="2"><a href="/donate.htm">DONATE FOOD</a></font></td></tr>
        <tr><td><font face="Arial" size="2"><a href="/newsletter.pdf">NEWSLETTER</a></font></td></tr>
        <tr><td><font face="Arial" size="2"><a href="/photos/souplunch.htm">PHOTOS</a></font></td></tr>
        <tr><td><font face="Arial" size="2"><a href="/directors/minutes.htm">DIRECTORS</a></font></td></tr>
      </table>
    </td>
    <td width="610" valign="top">
    <table border="0" cellpadding="10" width="100%%"><tr><td>
""" % title


FOOT = """
    </td></tr></table>
    </td>
  </tr>
  <tr>
    <td colspan="2" bgcolor="#003366"><font face="Arial" size="1" color="#FFFFFF">&nbsp;RAINY RIVER FOOD SHELF &nbsp;|&nbsp; 905 3RD ST, INTERNATIONAL FALLS, MN 56649 &nbsp;|&nbsp; 218-555-0190</font></td>
  </tr>
</table>
</body>
</html>
"""

INDEX = head("Rainy River Food Shelf") + """
<p><font face="Arial" size="4" color="#660000"><b>HOURS</b></font><br>
<font face="Arial" size="2">MONDAY &amp; WEDNESDAY 1 PM - 5 PM<br>FRIDAY 9 AM - NOON<br>CLOSED ALL FEDERAL HOLIDAYS</font></p>
<hr size="1" color="#003366">
<p><font face="Arial" size="4" color="#CC0000"><b>WE ARE SHORT ON PEANUT BUTTER AND CANNED CHICKEN THIS MONTH</b></font><br>
<font face="Arial" size="2">THE SHELVES WENT BARE AFTER THE MILL LAYOFFS. ANY SIZE JAR OR CAN HELPS. BRING TO THE BACK DOOR DURING OPEN HOURS.</font></p>
<hr size="1" color="#003366">
<p><font face="Arial" size="4" color="#660000"><b>CLIENTS: HOW TO SIGN UP</b></font><br>
<font face="Arial" size="2">BRING A PHOTO ID AND A PIECE OF MAIL WITH YOUR ADDRESS ON YOUR FIRST VISIT. ONE VISIT PER HOUSEHOLD PER MONTH,
PLUS FRESH PRODUCE ANY TIME.</font></p>
<hr size="1" color="#003366">
<p><font face="Arial" size="4" color="#660000"><b>ANNUAL SOUP LUNCH - SATURDAY FEB. 8</b></font><br>
<font face="Arial" size="2">ELKS LODGE, 11 AM TO 1 PM. $10 A BOWL, KIDS EAT FREE. ALL PROCEEDS TO THE FOOD SHELF.</font></p>
<hr size="1" color="#003366">
<p><font face="Arial" size="4" color="#660000"><b>2024 BY THE NUMBERS</b></font><br>
<font face="Arial" size="2">1,906 HOUSEHOLDS SERVED. 212 CHRISTMAS BASKETS. 61,000 POUNDS OF FOOD RESCUED FROM GROCERY STORES.</font></p>
""" + FOOT

VOL = head("Volunteer - Rainy River Food Shelf") + """
<p><font face="Arial" size="4" color="#660000"><b>VOLUNTEER JOBS</b></font></p>
<table border="1" cellpadding="4" cellspacing="0" bordercolor="#999999" width="100%">
  <tr bgcolor="#E0E8F0">
    <td><font face="Arial" size="2"><b>JOB</b></font></td>
    <td><font face="Arial" size="2"><b>WHEN</b></font></td>
    <td><font face="Arial" size="2"><b>STATUS</b></font></td>
  </tr>
  <tr>
    <td><font face="Arial" size="2">PALLET JACK OPERATOR</font></td>
    <td><font face="Arial" size="2">TUESDAY TRUCK, 9 AM</font></td>
    <td><font face="Arial" size="2" color="#CC0000">NEED 1 - MUST BE 18+</font></td>
  </tr>
  <tr>
    <td><font face="Arial" size="2">MOBILE PANTRY SET-UP CREW</font></td>
    <td><font face="Arial" size="2">3RD THURSDAY, LITTLEFORK</font></td>
    <td><font face="Arial" size="2" color="#CC0000">NEED 4</font></td>
  </tr>
  <tr>
    <td><font face="Arial" size="2">SATURDAY BAGGING</font></td>
    <td><font face="Arial" size="2">SAT 9 - 11 AM</font></td>
    <td><font face="Arial" size="2" color="#006600">FULL - FALLS HIGH KEY CLUB HAS IT THRU JUNE</font></td>
  </tr>
  <tr>
    <td><font face="Arial" size="2">COUNTY ROUTE DRIVER (RANIER, LITTLEFORK, BIGFORK)</font></td>
    <td><font face="Arial" size="2">2ND MONDAY</font></td>
    <td><font face="Arial" size="2" color="#CC0000">NEED 2 - OWN VEHICLE, MILEAGE PAID</font></td>
  </tr>
  <tr>
    <td><font face="Arial" size="2"><strike>CLIENT INTAKE DESK</strike></font></td>
    <td><font face="Arial" size="2"><strike>MON &amp; WED</strike></font></td>
    <td><font face="Arial" size="2"><strike>NEED 1</strike></font></td>
  </tr>
  <tr>
    <td><font face="Arial" size="2">WAREHOUSE COORDINATOR</font></td>
    <td><font face="Arial" size="2">MON - FRI</font></td>
    <td><font face="Arial" size="2">PAID POSITION - SEE THE CITY JOB BOARD</font></td>
  </tr>
</table>
<p><font face="Arial" size="2">TO GET ON THE SCHEDULE, CALL BEV AT 218-555-0192 OR STOP IN DURING OPEN HOURS. FIRST-TIMERS COME 15 MINUTES EARLY.</font></p>
""" + FOOT

DON = head("Donate Food - Rainy River Food Shelf") + """
<p><font face="Arial" size="4" color="#660000"><b>FOOD WE NEED MOST</b></font></p>
<ul>
  <li><font face="Arial" size="2">CEREAL (LOW SUGAR)</font></li>
  <li><font face="Arial" size="2">CANNED FRUIT</font></li>
  <li><font face="Arial" size="2">HEARTY SOUP / STEW</font></li>
  <li><font face="Arial" size="2">PASTA SAUCE</font></li>
  <li><font face="Arial" size="2">BABY FOOD AND FORMULA</font></li>
</ul>
<p><font face="Arial" size="4" color="#CC0000"><b>OUR OLD FREEZER DIED</b></font><br>
<font face="Arial" size="2">WE NEED A CHEST FREEZER, 15 CU. FT. OR BIGGER, IN WORKING ORDER. WE CAN PICK IT UP ANYWHERE IN TOWN.</font></p>
<p><font face="Arial" size="4" color="#006600"><b>WE HAVE PLENTY OF ZUCCHINI AND CUCUMBERS</b></font><br>
<font face="Arial" size="2">THANK YOU, GARDENERS! PLEASE DON'T BRING MORE THIS SUMMER.</font></p>
<p><font face="Arial" size="4" color="#660000"><b>MONEY GOES FURTHER</b></font><br>
<font face="Arial" size="2">EVERY $1 YOU GIVE BUYS 5 POUNDS OF FOOD THROUGH SECOND HARVEST. CHECKS TO RRFS, PO BOX 88.</font></p>
<p><font face="Arial" size="4" color="#660000"><b>DROP-OFF</b></font><br>
<font face="Arial" size="2">BACK DOOR, MONDAY AND WEDNESDAY 1 - 5 PM. PLEASE DO NOT LEAVE FOOD OUTSIDE AFTER HOURS.</font></p>
""" + FOOT

DIR = head("Directors") + """
<p><font face="Arial" size="4"><b>DIRECTORS MEETING MINUTES - JANUARY</b></font></p>
<p><font face="Arial" size="2">1. NEED A NEW SECRETARY TO TAKE MINUTES.<br>
2. ASK HARDWARE HANK FOR A DONATED SNOW BLOWER.<br>
3. FIND A VOLUNTEER ELECTRICIAN FOR THE COOLER OUTLET.</font></p>
""" + FOOT

PAGES = {
    "index.html": INDEX,
    "volunteer.htm": VOL,
    "donate.htm": DON,
    "directors/minutes.htm": DIR,
}

ROBOTS = """User-agent: *
Disallow: /_vti_bin/
Disallow: /_private/
Disallow: /directors/
"""

PDFS = {
    "newsletter.pdf": ("Rainy River Food Shelf News - Winter 2025", [
        ("title", "RAINY RIVER FOOD SHELF NEWS - WINTER 2025"),
        ("h", "CHRISTMAS BASKETS"),
        ("p", "Thanks to you, 212 families received a Christmas basket with a ham, potatoes and a gift card. The Legion "
              "auxiliary wrapped every one."),
        ("h", "MEET BEV LUNDQUIST"),
        ("p", "Bev has scheduled our volunteers for 14 years. Before that she drove a school bus in Ranier for 30 years."),
        ("h", "FROM THE DIRECTOR"),
        ("p", "It has been a long winter at the mill and more families than ever are coming through our door. The new cooler "
              "is running well. Our Facebook page, though, hasn't been updated since the spring flood. If you are on "
              "Facebook every day anyway, we would love a volunteer to post our hours and needs once a week. Call the food "
              "shelf and ask for Tom. Thank you all for another year."),
    ]),
}

NEEDS = [
    N("index.html", ["peanut butter", "canned chicken"], "donation", "en", layout="table_layout_caps",
      note="ALL CAPS 'WE ARE SHORT ON' heading"),
    N("volunteer.htm", ["pallet jack operator"], "volunteer", "en", layout="table_layout_caps"),
    N("volunteer.htm", ["mobile pantry set-up crew"], "volunteer", "en", layout="table_layout_caps"),
    N("volunteer.htm", ["county route driver"], "volunteer", "en", layout="table_layout_caps",
      note="mileage paid does not make it a job"),
    N("donate.htm", ["food we need most", "pasta sauce"], "donation", "en", layout="table_layout_caps",
      note="ALL CAPS wish list"),
    N("donate.htm", ["chest freezer"], "donation", "en", layout="table_layout_caps",
      note="heading is 'OUR OLD FREEZER DIED'; the item is in the sentence"),
    N("newsletter.pdf", ["facebook page"], "volunteer", "en", layout="newsletter_buried"),
]

TRAPS = [
    T("index.html", "hours", ["closed all federal holidays"]),
    T("index.html", "how_to_apply", ["clients: how to sign up"]),
    T("index.html", "event", ["annual soup lunch"]),
    T("index.html", "recap", ["2024 by the numbers"]),
    T("volunteer.htm", "filled", ["saturday bagging"], "FULL"),
    T("volunteer.htm", "filled", ["client intake desk"], "<strike>"),
    T("volunteer.htm", "job", ["warehouse coordinator"]),
    T("volunteer.htm", "how_to_apply", ["to get on the schedule"]),
    T("donate.htm", "filled", ["zucchini"], "we have plenty"),
    T("donate.htm", "general_appeal", ["money goes further"]),
    T("donate.htm", "hours", ["drop-off"]),
    T("newsletter.pdf", "recap", ["christmas baskets"]),
    T("newsletter.pdf", "bio", ["bev lundquist"]),
    T("directors/minutes.htm", "robots", ["new secretary"]),
    T("directors/minutes.htm", "robots", ["snow blower"]),
    T("directors/minutes.htm", "robots", ["volunteer electrician"]),
]
