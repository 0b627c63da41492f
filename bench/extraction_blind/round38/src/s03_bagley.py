"""Clearwater County Senior Dining (Bagley): FrontPage 2003 table layout, <FONT>, ALL CAPS, .htm
pages, a two-column role table, a menu page with a buried note, PDF newsletter, robots /board/."""
from common import N, T

SLUG = "bagley-clearwater-senior-dining"

TOP = """<html lang="en">
<head>
<meta http-equiv="Content-Language" content="en-us">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="GENERATOR" content="Microsoft FrontPage 5.0">
<meta name="ProgId" content="FrontPage.Editor.Document">
<title>%s</title>
</head>
<body bgcolor="#FFFFF0" link="#000080" vlink="#800080" topmargin="0" leftmargin="0">
<div align="center">
<table border="0" width="760" cellspacing="0" cellpadding="0" id="table1">
 <tr>
  <td colspan="2" bgcolor="#336633" height="70"><p align="center"><font face="Arial Black" size="5" color="#FFFFFF">CLEARWATER COUNTY SENIOR DINING</font><br>
  <font face="Arial" size="2" color="#FFFFCC">BAGLEY &nbsp;*&nbsp; CLEARBROOK &nbsp;*&nbsp; GONVICK</font></td>
 </tr>
 <tr>
  <td width="150" valign="top" bgcolor="#E6EED5">
  <p>&nbsp;</p>
  <p><font face="Arial" size="2"><b><a href="/index.html">HOME</a></b></font></p>
  <p><font face="Arial" size="2"><b><a href="/menu.htm">THIS MONTH'S MENU</a></b></font></p>
  <p><font face="Arial" size="2"><b><a href="/helpers.htm">VOLUNTEER</a></b></font></p>
  <p><font face="Arial" size="2"><b><a href="/newsletter-april.pdf">NEWSLETTER</a></b></font></p>
  <p><font face="Arial" size="2"><b><a href="/photos/fling2024.htm">PHOTOS</a></b></font></p>
  <p><font face="Arial" size="2"><b><a href="/board/minutes.htm">BOARD</a></b></font></p>
  <p>&nbsp;</p>
  <p><img border="0" src="images/spacer.gif" width="140" height="1"></p>
  </td>
  <td width="610" valign="top" style="padding:12px">
"""

BOTTOM = """  </td>
 </tr>
 <tr>
  <td colspan="2" bgcolor="#336633"><p align="center"><font face="Arial" size="1" color="#FFFFFF">
  CLEARWATER COUNTY SENIOR DINING * 21 MAIN AVE N, BAGLEY MN 56621 * 218-555-0162<br>
  Last updated 04/02/2025 &nbsp; You are visitor # <img src="/cgi-bin/counter.gif" alt="counter"></font></td>
 </tr>
</table>
</div>
</body>
</html>
"""


def page(title, body):
    return TOP % title + body + BOTTOM


INDEX = page("Clearwater County Senior Dining - Bagley MN", """
  <p align="center"><font face="Arial" size="4" color="#336633"><b>WELCOME!</b></font></p>
  <p><font face="Arial" size="2">WE SERVE A HOT NOON MEAL TO ANYONE 60 AND OVER (AND THEIR SPOUSE OF ANY AGE) IN THE
  BAGLEY SENIOR CENTER. COME FOR THE FOOD, STAY FOR THE CARDS.</font></p>
  <table border="1" width="100%" cellpadding="4" cellspacing="0" bordercolor="#999966">
   <tr><td bgcolor="#FFFFCC"><font face="Arial" size="2"><b>NOON MEAL SERVED</b></font></td>
       <td><font face="Arial" size="2">MONDAY - FRIDAY, 11:30 AM. DOORS OPEN AT 10.</font></td></tr>
   <tr><td bgcolor="#FFFFCC"><font face="Arial" size="2"><b>SUGGESTED CONTRIBUTION</b></font></td>
       <td><font face="Arial" size="2">$4.50 PER MEAL FOR DINERS 60+. NOBODY IS TURNED AWAY FOR INABILITY TO PAY.</font></td></tr>
   <tr><td bgcolor="#FFFFCC"><font face="Arial" size="2"><b>HOME-DELIVERED MEALS</b></font></td>
       <td><font face="Arial" size="2">HOT MEALS BROUGHT TO HOMEBOUND SENIORS IN BAGLEY, CLEARBROOK AND GONVICK. CALL BEV TO ENROLL.</font></td></tr>
  </table>
  <p>&nbsp;</p>
  <p><font face="Arial" size="3" color="#990000"><b>KITCHEN HELP WANTED (VOLUNTEER)</b></font></p>
  <p><font face="Arial" size="2">WE ARE SHORT ONE DISHWASHER ON MONDAYS AND FRIDAYS, 10:30 TO 1:30.
  THE MACHINE DOES THE HARD PART - YOU LOAD, UNLOAD AND STACK. LUNCH IS ON US.</font></p>
  <p><font face="Arial" size="3" color="#336633"><b>SPRING FLING BINGO</b></font></p>
  <p><font face="Arial" size="2">FRIDAY APRIL 25 AFTER LUNCH. CASH PRIZES, PIE AUCTION. BRING A FRIEND!</font></p>
""")

HELPERS = page("Volunteer - Clearwater County Senior Dining", """
  <p align="center"><font face="Arial" size="4" color="#336633"><b>VOLUNTEER OPPORTUNITIES</b></font></p>
  <p><font face="Arial" size="2">UPDATED APRIL 2025. IF IT SAYS OPEN, WE MEAN IT!</font></p>
  <table border="1" width="100%" cellpadding="5" cellspacing="0" bordercolor="#999966" id="table2">
   <tr>
    <td width="34%" bgcolor="#336633"><font face="Arial" size="2" color="#FFFFFF"><b>JOB</b></font></td>
    <td bgcolor="#336633"><font face="Arial" size="2" color="#FFFFFF"><b>DETAILS</b></font></td>
   </tr>
   <tr>
    <td valign="top"><font face="Arial" size="2"><b>MEAL ROUTE DRIVERS</b></font></td>
    <td><font face="Arial" size="2">TWO ROUTES STILL OPEN (CLEARBROOK TUES/THURS, GONVICK MON/WED/FRI). ABOUT 75 MINUTES.
    USE YOUR OWN CAR - MILEAGE PAID AT THE COUNTY RATE.</font></td>
   </tr>
   <tr>
    <td valign="top"><font face="Arial" size="2"><b>MEDICARE PLAN HELPER</b></font></td>
    <td><font face="Arial" size="2">EVERY FALL OUR MEMBERS GET LOST IN THE PART D DRUG PLANS. WE NEED A VOLUNTEER WHO WILL TAKE THE
    STATE'S SENIOR LINKAGE LINE TRAINING (WE PAY FOR IT) AND SIT DOWN WITH MEMBERS OCT 15 - DEC 7.</font></td>
   </tr>
   <tr>
    <td valign="top"><font face="Arial" size="2"><b>PIANO PLAYER, FRIDAY SING-ALONG</b></font></td>
    <td><font face="Arial" size="2">FILLED BY DORIS HALVORSON - THANK YOU DORIS!</font></td>
   </tr>
   <tr>
    <td valign="top"><font face="Arial" size="2"><b>FOOT CARE NURSE</b></font></td>
    <td><font face="Arial" size="2">PAID POSITION, $25 PER VISIT, 2ND TUESDAY. MUST BE AN RN OR LPN WITH FOOT CARE CERTIFICATE.</font></td>
   </tr>
   <tr>
    <td valign="top"><font face="Arial" size="2"><b>TABLE SETTERS</b></font></td>
    <td><font face="Arial" size="2">WE HAVE PLENTY, THANKS!</font></td>
   </tr>
   <tr>
    <td valign="top"><font face="Arial" size="2"><b>WEDNESDAY CARD GAMES HOST</b></font></td>
    <td><font face="Arial" size="2">ARLENE IS MOVING TO FARGO TO BE NEAR HER GRANDKIDS. SOMEBODY HAS TO KEEP SCORE, MAKE THE COFFEE
    AND SETTLE THE ARGUMENTS. 500, CRIBBAGE AND WHIST. 1 TO 3:30.</font></td>
   </tr>
  </table>
  <p><font face="Arial" size="2"><b>HOW TO SIGN UP:</b> CALL BEV AT THE SITE, 218-555-0162, OR TALK TO HER AT LUNCH.
  DRIVERS NEED A COPY OF THEIR LICENSE AND INSURANCE CARD.</font></p>
""")

MENU = page("April Menu - Clearwater County Senior Dining", """
  <p align="center"><font face="Arial" size="4" color="#336633"><b>APRIL MENU</b></font></p>
  <table border="1" width="100%" cellpadding="3" cellspacing="0" bordercolor="#999966">
   <tr bgcolor="#E6EED5"><td><font face="Arial" size="2"><b>MON</b></font></td><td><font face="Arial" size="2"><b>TUE</b></font></td>
   <td><font face="Arial" size="2"><b>WED</b></font></td><td><font face="Arial" size="2"><b>THU</b></font></td><td><font face="Arial" size="2"><b>FRI</b></font></td></tr>
   <tr><td><font face="Arial" size="2">MEAT LOAF, BAKED POTATO</font></td><td><font face="Arial" size="2">CHICKEN WILD RICE SOUP</font></td>
   <td><font face="Arial" size="2">SWEDISH MEATBALLS</font></td><td><font face="Arial" size="2">HAM &amp; SCALLOPED POTATOES</font></td>
   <td><font face="Arial" size="2">BAKED WALLEYE</font></td></tr>
   <tr><td><font face="Arial" size="2">TACO HOTDISH</font></td><td><font face="Arial" size="2">TURKEY COMMERCIAL</font></td>
   <td><font face="Arial" size="2">PORK CHOP, APPLESAUCE</font></td><td><font face="Arial" size="2">BIRTHDAY DINNER: ROAST BEEF &amp; CAKE</font></td>
   <td><font face="Arial" size="2">FISH STICKS</font></td></tr>
  </table>
  <p><font face="Arial" size="2"><b>RESERVE YOUR MEAL</b> BY 10 AM THE DAY BEFORE - CALL 218-555-0162 AND LEAVE YOUR NAME.</font></p>
  <p><font face="Arial" size="2"><b>BIRTHDAY DINNER</b> IS THE LAST THURSDAY OF THE MONTH. APRIL BIRTHDAYS EAT FREE!</font></p>
  <p><font face="Arial" size="2"><b>NOTES FROM THE KITCHEN:</b> MILK IS 2% UNLESS YOU ASK. SUGAR-FREE DESSERT ALWAYS AVAILABLE.
  ALSO - OUR NEW TABLECLOTHS CAME IN ONE SIZE TOO LONG. IF YOU CAN SEW A STRAIGHT HEM AND COULD TAKE 30 OF THEM HOME,
  WE WOULD BE FOREVER GRATEFUL. THREAD IS PROVIDED.</font></p>
""")

BOARD = page("Board minutes - Clearwater County Senior Dining", """
  <p><font face="Arial" size="3"><b>BOARD MINUTES - MARCH 11, 2025 (MEMBERS ONLY)</b></font></p>
  <p><font face="Arial" size="2">PRESENT: L. OLSON, G. LINDQUIST, R. BAKKEN, B. NESS (SITE MGR).</font></p>
  <p><font face="Arial" size="2">1. TREASURER: NEED A NEW TREASURER FOR 2026. RUTH WILL STAY THROUGH DECEMBER.<br>
  2. KITCHEN: NEW GREASE TRAP BEFORE THE JUNE INSPECTION. GET TWO BIDS.<br>
  3. AUDIT COMMITTEE: NEED ONE MORE VOLUNTEER, PREFERABLY NOT A BOARD MEMBER.</font></p>
""")

PAGES = {
    "index.html": INDEX,
    "helpers.htm": HELPERS,
    "menu.htm": MENU,
    "board/minutes.htm": BOARD,
}

ROBOTS = """User-agent: *
Disallow: /board/
Disallow: /cgi-bin/
"""

PDFS = {
    "newsletter-april.pdf": ("The Clearwater Table - April 2025", [
        ("title", "THE CLEARWATER TABLE - APRIL 2025"),
        ("p", "Newsletter of Clearwater County Senior Dining - Bagley, Clearbrook, Gonvick"),
        ("h", "FROM THE SITE MANAGER"),
        ("p", "Spring is here and the geese are back on the river. Our AARP tax help wrapped up on April 10 - "
              "volunteers filed 61 returns this season right here in the dining room. Thank you! The van's "
              "wheelchair lift has been fixed. One more thing: our large-print library cart is nearly empty. "
              "If you have large-print westerns, mysteries or Reader's Digest books you are finished with, "
              "please drop them off at lunch. - Bev"),
        ("h", "WELCOME NEW BOARD MEMBER"),
        ("p", "Gary Lindquist farmed near Leonard for 41 years and served on the township board. He and his wife "
              "June eat with us most Tuesdays."),
        ("h", "WANTED: CHAIR EXERCISE LEADER"),
        ("p", "Since Marlys retired, our Tuesday chair exercise has stopped. No certificate needed - we have the "
              "DVD and the chairs. We just need a cheerful volunteer to push play and count out loud, "
              "Tuesdays at 10:45 before lunch."),
        ("h", "MOTHER'S DAY BRUNCH"),
        ("p", "Friday May 9, 10:30 am. Caramel rolls, egg bake and a carnation for every mom. Reserve by May 6."),
    ]),
}

NEEDS = [
    N("index.html", ["dishwasher", "kitchen help"], "volunteer", "en", [], "table_layout_caps", "'short one dishwasher' - a person"),
    N("helpers.htm", ["meal route driver", "route driver"], "volunteer", "en", [], "table_layout_caps", "2 routes open"),
    N("helpers.htm", ["medicare"], "skilled", "en", [], "table_layout_caps", "training paid = not a job"),
    N("helpers.htm", ["card games"], "volunteer", "en", [], "table_layout_caps", "host replacing Arlene"),
    N("menu.htm", ["tablecloths"], "skilled", "en", [], "newsletter_buried", "buried in kitchen notes"),
    N("newsletter-april.pdf", ["large-print"], "donation", "en", [], "pdf", "buried in manager's letter"),
    N("newsletter-april.pdf", ["chair exercise"], "volunteer", "en", [], "pdf", "WANTED heading"),
]

TRAPS = [
    T("index.html", "hours", ["noon meal served"]),
    T("index.html", "service", ["suggested contribution"], "meal price for diners"),
    T("index.html", "service", ["home-delivered meals"]),
    T("index.html", "event", ["spring fling bingo"]),
    T("helpers.htm", "filled", ["piano player"], "FILLED BY DORIS"),
    T("helpers.htm", "job", ["foot care nurse"], "paid"),
    T("helpers.htm", "filled", ["table setters"], "WE HAVE PLENTY"),
    T("helpers.htm", "how_to_apply", ["how to sign up"]),
    T("menu.htm", "how_to_apply", ["reserve your meal"]),
    T("menu.htm", "event", ["birthday dinner"]),
    T("newsletter-april.pdf", "recap", ["aarp tax help"]),
    T("newsletter-april.pdf", "bio", ["gary lindquist"]),
    T("newsletter-april.pdf", "event", ["mother's day brunch"]),
    T("board/minutes.htm", "robots", ["new treasurer"]),
    T("board/minutes.htm", "robots", ["grease trap"]),
    T("board/minutes.htm", "robots", ["audit committee"]),
]
