"""Lake Vermilion Senior Center, Tower MN: 2003 Dreamweaver nested tables, spacer gifs, <FONT>, ALL CAPS, .htm
pages. Helper list with red status text, menu page with a footnote ask, PDF newsletter with a buried ask and
a donation line, robots /office/."""
from common import need, trap

SLUG = "tower-lake-vermilion-senior-center"


def page(title, body, up=""):
    return ("""<html lang="en">
<head>
<title>%s</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<script language="JavaScript" type="text/JavaScript">
<!--
function MM_swapImgRestore() { //v3.0
  var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc;
}
//-->
</script>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="750" border="0" cellpadding="0" cellspacing="0" align="center">
  <tr>
    <td colspan="3"><img src="images/header_loons.jpg" width="750" height="110" alt="LAKE VERMILION SENIOR CENTER"></td>
  </tr>
  <tr>
    <td width="160" valign="top" bgcolor="#2F4F6F">
      <table width="160" border="0" cellspacing="0" cellpadding="4">
        <tr><td><a href="index.html"><font face="Verdana, Arial" size="2" color="#FFFFFF"><b>HOME</b></font></a></td></tr>
        <tr><td><a href="helpers.htm"><font face="Verdana, Arial" size="2" color="#FFFFFF"><b>HELPERS WANTED</b></font></a></td></tr>
        <tr><td><a href="menu.htm"><font face="Verdana, Arial" size="2" color="#FFFFFF"><b>LUNCH MENU</b></font></a></td></tr>
        <tr><td><a href="newsletter.pdf"><font face="Verdana, Arial" size="2" color="#FFFFFF"><b>NEWSLETTER</b></font></a></td></tr>
        <tr><td><a href="trips/duluth-2024.htm"><font face="Verdana, Arial" size="2" color="#FFFFFF"><b>BUS TRIPS</b></font></a></td></tr>
        <tr><td><img src="images/spacer.gif" width="1" height="200"></td></tr>
        <tr><td><a href="office/board.htm"><font face="Verdana, Arial" size="1" color="#C0C0C0">board login</font></a></td></tr>
      </table>
    </td>
    <td width="10"><img src="images/spacer.gif" width="10" height="1"></td>
    <td width="580" valign="top">
      <table width="100%%" border="0" cellspacing="0" cellpadding="6"><tr><td>
%s
      </td></tr></table>
    </td>
  </tr>
  <tr>
    <td colspan="3" align="center"><font face="Verdana, Arial" size="1">LAKE VERMILION SENIOR CENTER &middot; 402 MAIN ST &middot; TOWER, MN 55790 &middot; (218) 555-0193<br>
    Site by Range Web Design &copy; 2003-2025</font></td>
  </tr>
</table>
</body>
</html>
""" % (title, body)).replace('href="', 'href="' + up)


INDEX = page("Lake Vermilion Senior Center - Home", """
<font face="Verdana, Arial" size="4" color="#2F4F6F"><b>WELCOME TO THE LAKE VERMILION SENIOR CENTER</b></font><br><br>
<font face="Verdana, Arial" size="2">
<b>OPEN MON&ndash;FRI 9 TO 3.</b> CLOSED ALL LEGAL HOLIDAYS AND WHEN TOWER-SOUDAN SCHOOLS CLOSE FOR WEATHER.<br><br>
<b>NOON MEAL</b> EVERY WEEKDAY, $4 SUGGESTED DONATION FOR 60 AND OVER. NOBODY TURNED AWAY.<br><br>
<b>CRIBBAGE TOURNAMENT</b> &ndash; SATURDAY MARCH 8, 10 AM. $5 ENTRY, PRIZES FOR TOP THREE.<br><br>
<img src="images/new.gif" width="28" height="11"> CHECK THE <a href="helpers.htm">HELPERS WANTED</a> PAGE!
</font>
""")

HELPERS = page("Helpers Wanted", """
<font face="Verdana, Arial" size="4" color="#2F4F6F"><b>HELPERS WANTED</b></font><br>
<font face="Verdana, Arial" size="2">CALL JUDY AT THE FRONT DESK IF YOU CAN HELP WITH ANY OF THESE.</font><br><br>
<table width="100%" border="1" cellspacing="0" cellpadding="5" bordercolor="#CCCCCC">
<tr><td><font face="Verdana, Arial" size="2"><b>MEALS ON WHEELS DRIVERS</b> &ndash; ROUTE 3 (SOUDAN AND BREITUNG) HAS NO DRIVER ON THURSDAYS. ABOUT 90 MINUTES, MILEAGE PAID.</font></td></tr>
<tr><td><font face="Verdana, Arial" size="2"><b>DISHWASHER CREW</b> &ndash; <font color="#CC0000">FULL UNTIL JUNE, THANKS!</font></font></td></tr>
<tr><td><font face="Verdana, Arial" size="2"><b>SOMEBODY TO TEACH US SMARTPHONES</b> &ndash; MANY OF US GOT NEW PHONES FOR CHRISTMAS AND CAN&#39;T FIGURE OUT VIDEO CALLS WITH THE GRANDKIDS. ONE AFTERNOON A WEEK WOULD DO IT.</font></td></tr>
<tr><td><font face="Verdana, Arial" size="2"><b>FOOT CARE NURSE</b> &ndash; THE COUNTY NURSE RETIRED. IF YOU ARE AN RN OR LPN WHO COULD DO TOENAILS AND FOOT CHECKS ONE MORNING A MONTH, WE HAVE THE CHAIR AND SUPPLIES.</font></td></tr>
<tr><td><font face="Verdana, Arial" size="2"><s><b>PIANO PLAYER FOR THURSDAY SING-ALONG</b></s> &ndash; <font color="#CC0000">WE FOUND ONE! WELCOME, BEV.</font></font></td></tr>
<tr><td><font face="Verdana, Arial" size="2"><b>HEAD COOK</b> &ndash; PAID POSITION, 25 HOURS A WEEK. APPLICATIONS AT THE FRONT DESK.</font></td></tr>
<tr><td><font face="Verdana, Arial" size="2"><b>WE ARE SHORT ON:</b> LARGE-PRINT PLAYING CARDS, JIGSAW PUZZLES (500 PIECES OR LESS), AND YARN FOR THE KNITTING CLUB.</font></td></tr>
</table>
""")

MENU = page("Lunch Menu", """
<font face="Verdana, Arial" size="4" color="#2F4F6F"><b>MARCH LUNCH MENU</b></font><br>
<font face="Verdana, Arial" size="2">LUNCH SERVED 11:30 TO 12:30. RESERVE BY 10 AM THE DAY BEFORE.</font><br><br>
<table width="100%" border="1" cellspacing="0" cellpadding="4" bordercolor="#CCCCCC">
<tr bgcolor="#DDE6EE"><td><font face="Verdana" size="2"><b>MON</b></font></td><td><font face="Verdana" size="2"><b>TUE</b></font></td><td><font face="Verdana" size="2"><b>WED</b></font></td><td><font face="Verdana" size="2"><b>THU</b></font></td><td><font face="Verdana" size="2"><b>FRI</b></font></td></tr>
<tr><td><font face="Verdana" size="2">MEATLOAF, MASHED POTATOES</font></td><td><font face="Verdana" size="2">CHICKEN WILD RICE SOUP</font></td><td><font face="Verdana" size="2">SWEDISH MEATBALLS</font></td><td><font face="Verdana" size="2">HOT TURKEY SANDWICH</font></td><td><font face="Verdana" size="2">FISH FRY</font></td></tr>
</table><br>
<font face="Verdana, Arial" size="2">
<b>ST. PATRICK&#39;S DAY CORNED BEEF DINNER</b> &ndash; MONDAY MARCH 17, $8.<br><br>
<b>HOW TO SIGN UP FOR MEALS ON WHEELS:</b> CALL THE FRONT DESK. A COUNTY WORKER WILL VISIT TO SET IT UP.<br><br>
<font size="1">* WE NEED A VOLUNTEER TO CALL BINGO ON FRIDAYS AFTER LUNCH. LOUD VOICE A PLUS. ASK FOR JUDY.</font>
</font>
""")

OFFICE = page("Board", """
<font face="Verdana, Arial" size="3"><b>BOARD PAGE &ndash; PRIVATE</b></font><br>
<font face="Verdana, Arial" size="2">
&bull; START SEARCH FOR A NEW DIRECTOR (MARLENE RETIRES IN AUGUST).<br>
&bull; APPLY TO ARROWHEAD TRANSIT FOR A REPLACEMENT BUS.<br>
&bull; FIND VOLUNTEERS TO RE-SHINGLE THE GARAGE.<br>
</font>
""", up="../")

PAGES = {
    "index.html": INDEX,
    "helpers.htm": HELPERS,
    "menu.htm": MENU,
    "office/board.htm": OFFICE,
}

ROBOTS = """User-agent: *
Disallow: /office/
Disallow: /images/
"""

PDFS = {
    "newsletter.pdf": ("The Vermilion Voice - March", [
        ("title", "THE VERMILION VOICE - MARCH 2025"),
        ("p", "Lake Vermilion Senior Center, Tower, Minnesota"),
        ("gap", ""),
        ("h", "FROM THE DIRECTOR"),
        ("p", "What a winter. We lost only two lunch days to storms, and the furnace held up. Thank you to the Tower "
              "Lions for the new freezer in the kitchen. The snowblower quit in February, though, and the boys at "
              "the shop want $400 just to look at it. If anyone handy with small engines could take a look at it "
              "before next winter, I will buy the coffee. - Marlene"),
        ("gap", ""),
        ("h", "TAX HELP"),
        ("p", "AARP Tax-Aide volunteers will be here Tuesdays in March from 9 to noon. Bring last year's return."),
        ("gap", ""),
        ("h", "CRAFT SALE APRIL 12"),
        ("p", "Our spring craft sale is Saturday, April 12. Wanted for the quilters: donated fabric scraps (cotton) "
              "and quilt batting. Drop them at the front desk any weekday."),
    ]),
}

NEEDS = [
    need("helpers.htm", ["meals on wheels", "route 3"], "volunteer", "en", layout="table_layout_caps"),
    need("helpers.htm", ["smartphones", "video calls"], "skilled", "en", layout="table_layout_caps"),
    need("helpers.htm", ["foot care"], "skilled", "en", layout="table_layout_caps"),
    need("helpers.htm", ["large-print playing cards", "jigsaw puzzles", "knitting club"], "donation", "en",
         layout="short_on", note="'WE ARE SHORT ON:' list = one need"),
    need("menu.htm", ["call bingo"], "volunteer", "en", layout="footnote", note="small-print footnote under the menu"),
    need("newsletter.pdf", ["small engines", "snowblower"], "skilled", "en", layout="pdf", note="buried in director's letter"),
    need("newsletter.pdf", ["quilt batting", "fabric scraps"], "donation", "en", layout="pdf"),
]

TRAPS = [
    trap("index.html", "hours", ["open mon"]),
    trap("index.html", "service", ["noon meal"]),
    trap("index.html", "event", ["cribbage"]),
    trap("index.html", "general_appeal", ["check the helpers wanted"], "pointer"),
    trap("helpers.htm", "filled", ["dishwasher crew"], "FULL UNTIL JUNE"),
    trap("helpers.htm", "filled", ["piano player"], "<s> + WE FOUND ONE"),
    trap("helpers.htm", "job", ["head cook"]),
    trap("menu.htm", "hours", ["lunch served"]),
    trap("menu.htm", "service", ["meatloaf", "lunch menu"]),
    trap("menu.htm", "event", ["corned beef"]),
    trap("menu.htm", "how_to_apply", ["how to sign up for meals on wheels"]),
    trap("newsletter.pdf", "recap", ["tower lions"]),
    trap("newsletter.pdf", "service", ["tax-aide"]),
    trap("newsletter.pdf", "event", ["craft sale"]),
    trap("office/board.htm", "robots", ["new director"]),
    trap("office/board.htm", "robots", ["replacement bus"]),
    trap("office/board.htm", "robots", ["re-shingle"]),
]
