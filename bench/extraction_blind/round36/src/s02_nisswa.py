from common import N, T

SLUG = "nisswa-area-senior-center"

TOP = """<HTML lang="en">
<HEAD>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=utf-8">
<META NAME="GENERATOR" CONTENT="Microsoft FrontPage 6.0">
<META NAME="ProgId" CONTENT="FrontPage.Editor.Document">
<TITLE>{title}</TITLE>
</HEAD>
<BODY BGCOLOR="#FFFFF0" TEXT="#000000" LINK="#000099" VLINK="#660066" TOPMARGIN="0" LEFTMARGIN="0">
<TABLE WIDTH="760" BORDER="0" CELLPADDING="0" CELLSPACING="0" ALIGN="center">
<TR><TD COLSPAN="2" BGCOLOR="#003366" HEIGHT="70"><IMG SRC="images/banner.gif" WIDTH="760" HEIGHT="70" ALT="NISSWA AREA SENIOR CENTER"></TD></TR>
<TR>
<TD WIDTH="160" VALIGN="top" BGCOLOR="#CCE0F0">
<FONT FACE="Arial, Helvetica" SIZE="2"><B>
<BR>&nbsp;<A HREF="/">HOME</A><BR>
<BR>&nbsp;<A HREF="/helpers.htm">HELPERS WANTED</A><BR>
<BR>&nbsp;<A HREF="/wantlist.htm">OUR WANT LIST</A><BR>
<BR>&nbsp;<A HREF="/about.htm">ABOUT US</A><BR>
<BR>&nbsp;<A HREF="/news/winter.pdf">WINTER NEWSLETTER</A><BR>
<BR>&nbsp;<A HREF="/trips/2023-branson.htm">TRIP PICTURES</A><BR>
<BR>&nbsp;<A HREF="/office/subs.htm">STAFF</A><BR>
</B></FONT>
<BR><BR><FONT FACE="Arial" SIZE="1">&nbsp;PO BOX 0117<BR>&nbsp;NISSWA MN 56468<BR>&nbsp;218-555-0163</FONT>
</TD>
<TD WIDTH="600" VALIGN="top">
<TABLE WIDTH="100%" BORDER="0" CELLPADDING="10"><TR><TD>
"""

BOTTOM = """
</TD></TR></TABLE>
</TD>
</TR>
<TR><TD COLSPAN="2" ALIGN="center"><FONT FACE="Arial" SIZE="1">THIS PAGE LAST UPDATED 01/06/2025 &nbsp;|&nbsp; WEBMASTER: <A HREF="mailto:dale@nisswaseniors.example">DALE</A></FONT></TD></TR>
</TABLE>
</BODY>
</HTML>
"""


def page(title, body):
    return TOP.format(title=title) + body + BOTTOM


PAGES = {}

PAGES["index.html"] = page("Nisswa Area Senior Center", """
<P ALIGN="center"><FONT FACE="Arial Black" SIZE="5" COLOR="#003366">WELCOME TO THE NISSWA AREA SENIOR CENTER</FONT></P>
<P ALIGN="center"><FONT FACE="Arial" SIZE="2">A PLACE FOR FOLKS 55 AND BETTER SINCE 1979</FONT></P>
<HR SIZE="1" COLOR="#003366">
<TABLE WIDTH="100%" BORDER="1" BORDERCOLOR="#003366" CELLPADDING="6" CELLSPACING="0">
<TR><TD BGCOLOR="#E8F0F8"><FONT FACE="Arial" SIZE="2"><B>CENTER HOURS:</B> MONDAY THRU FRIDAY 9 TO 3. CLOSED HOLIDAYS AND WHEN NISSWA SCHOOLS CLOSE FOR SNOW.</FONT></TD></TR>
<TR><TD><FONT FACE="Arial" SIZE="2"><B>NOON DINNER</B> EVERY WEEKDAY. $5 SUGGESTED DONATION. CALL BY 10 AM TO RESERVE A PLATE.</FONT></TD></TR>
<TR><TD><FONT FACE="Arial" SIZE="2"><B>CARDS:</B> SHEEPSHEAD TUESDAYS 12:30, 500 THURSDAYS 12:30. EVERYBODY WELCOME, WE WILL TEACH YOU.</FONT></TD></TR>
<TR><TD><FONT FACE="Arial" SIZE="2"><B>FOOT CLINIC</B> 2ND WEDNESDAY OF THE MONTH, $20. CALL FOR AN APPOINTMENT.</FONT></TD></TR>
<TR><TD BGCOLOR="#FFF2CC"><FONT FACE="Arial" SIZE="2" COLOR="#990000"><B>MEMBERSHIP DUES ARE $15 A YEAR &mdash; PLEASE RENEW BY JANUARY 31!</B></FONT></TD></TR>
</TABLE>
<P><FONT FACE="Arial" SIZE="2">SEE THE <A HREF="/helpers.htm">HELPERS WANTED</A> PAGE AND <A HREF="/wantlist.htm">OUR WANT LIST</A> TO LEND A HAND.</FONT></P>
""")

PAGES["helpers.htm"] = page("Helpers Wanted", """
<P><FONT FACE="Arial Black" SIZE="4" COLOR="#003366">HELPERS WANTED</FONT><BR>
<FONT FACE="Arial" SIZE="2">CALL JUDY AT 218-555-0163 OR STOP IN AT THE FRONT DESK.</FONT></P>
<TABLE WIDTH="100%" BORDER="1" BORDERCOLOR="#999999" CELLPADDING="6" CELLSPACING="0">
<TR>
 <TD WIDTH="35%" VALIGN="top" BGCOLOR="#E8F0F8"><FONT FACE="Arial" SIZE="2"><B>MEALS ON WHEELS DRIVERS</B></FONT></TD>
 <TD VALIGN="top"><FONT FACE="Arial" SIZE="2">TUESDAYS AND FRIDAYS, 10:30 TO NOON. USE YOUR OWN CAR, WE PAY MILEAGE. ROUTES GO OUT TO PEQUOT AND LAKE SHORE.</FONT></TD>
</TR>
<TR>
 <TD VALIGN="top" BGCOLOR="#E8F0F8"><FONT FACE="Arial" SIZE="2"><B>CRIBBAGE TOURNAMENT SCOREKEEPER</B></FONT></TD>
 <TD VALIGN="top"><FONT FACE="Arial" SIZE="2">FOR THE FEB. 8 TOURNAMENT. WE NEED SOMEBODY GOOD WITH NUMBERS TO RUN THE BRACKET AND POST SCORES.</FONT></TD>
</TR>
<TR>
 <TD VALIGN="top" BGCOLOR="#E8F0F8"><FONT FACE="Arial" SIZE="2"><B>FOOT CARE NURSE</B></FONT></TD>
 <TD VALIGN="top"><FONT FACE="Arial" SIZE="2">RN OR LPN WITH FOOT CARE TRAINING TO WORK OUR MONTHLY CLINIC ALONGSIDE MARGE. WE SUPPLY THE INSTRUMENTS.</FONT></TD>
</TR>
<TR>
 <TD VALIGN="top" BGCOLOR="#E8F0F8"><FONT FACE="Arial" SIZE="2"><B><STRIKE>FRONT DESK, MONDAY MORNINGS</STRIKE></B></FONT></TD>
 <TD VALIGN="top"><FONT FACE="Arial" SIZE="2" COLOR="#006600"><B>FILLED! THANK YOU BEV.</B></FONT></TD>
</TR>
<TR>
 <TD VALIGN="top" BGCOLOR="#E8F0F8"><FONT FACE="Arial" SIZE="2"><B>COMPUTER COACH</B></FONT></TD>
 <TD VALIGN="top"><FONT FACE="Arial" SIZE="2">ONE-ON-ONE HELP FOR MEMBERS WITH TABLETS, CELL PHONES AND FACEBOOK. THURSDAY AFTERNOONS. PATIENCE IS MORE IMPORTANT THAN EXPERTISE.</FONT></TD>
</TR>
<TR>
 <TD VALIGN="top" BGCOLOR="#E8F0F8"><FONT FACE="Arial" SIZE="2"><B>KITCHEN COOK</B></FONT></TD>
 <TD VALIGN="top"><FONT FACE="Arial" SIZE="2">PART-TIME STAFF POSITION, 25 HOURS A WEEK, $16.50 AN HOUR. APPLICATIONS AT THE FRONT DESK.</FONT></TD>
</TR>
<TR>
 <TD VALIGN="top" BGCOLOR="#E8F0F8"><FONT FACE="Arial" SIZE="2"><B>AARP TAX-AIDE</B></FONT></TD>
 <TD VALIGN="top"><FONT FACE="Arial" SIZE="2">TAX-AIDE VOLUNTEERS ARE HERE FEBRUARY THROUGH APRIL TO DO YOUR TAXES FREE. CALL FOR AN APPOINTMENT.</FONT></TD>
</TR>
</TABLE>
""")

PAGES["wantlist.htm"] = page("Our Want List", """
<P><FONT FACE="Arial Black" SIZE="4" COLOR="#003366">OUR WANT LIST</FONT><BR>
<FONT FACE="Arial" SIZE="2">BRING ITEMS TO THE FRONT DESK ANY WEEKDAY. THANK YOU FOR THINKING OF US!</FONT></P>
<TABLE WIDTH="90%" BORDER="1" CELLPADDING="4" CELLSPACING="0">
<TR BGCOLOR="#003366"><TD><FONT FACE="Arial" SIZE="2" COLOR="#FFFFFF"><B>ITEM</B></FONT></TD><TD><FONT FACE="Arial" SIZE="2" COLOR="#FFFFFF"><B>STATUS</B></FONT></TD></TR>
<TR><TD><FONT FACE="Arial" SIZE="2">JIGSAW PUZZLES (500 TO 1000 PCS, ALL PIECES PLEASE)</FONT></TD><TD><FONT FACE="Arial" SIZE="2">PLEASE BRING</FONT></TD></TR>
<TR><TD><FONT FACE="Arial" SIZE="2">LARGE-PRINT BOOKS</FONT></TD><TD><FONT FACE="Arial" SIZE="2">PLEASE BRING</FONT></TD></TR>
<TR><TD><FONT FACE="Arial" SIZE="2">DECKS OF CARDS</FONT></TD><TD><FONT FACE="Arial" SIZE="2">PLEASE BRING</FONT></TD></TR>
<TR><TD><FONT FACE="Arial" SIZE="2">COFFEE, REGULAR GRIND</FONT></TD><TD><FONT FACE="Arial" SIZE="2">PLEASE BRING</FONT></TD></TR>
<TR><TD><FONT FACE="Arial" SIZE="2">WALKERS &amp; WHEELCHAIRS</FONT></TD><TD><FONT FACE="Arial" SIZE="2" COLOR="#CC0000"><B>WE HAVE PLENTY &mdash; NO MORE PLEASE</B></FONT></TD></TR>
<TR><TD><FONT FACE="Arial" SIZE="2"><STRIKE>POOL CUES</STRIKE></FONT></TD><TD><FONT FACE="Arial" SIZE="2">GOT THEM, THANKS TO THE LIONS</FONT></TD></TR>
</TABLE>
<P>&nbsp;</P>
<P><FONT FACE="Arial" SIZE="3" COLOR="#990000"><B>ALSO: WE ARE SHORT ON SNOW SHOVELERS THIS WINTER!</B></FONT><BR>
<FONT FACE="Arial" SIZE="2">SEVERAL MEMBERS CANNOT GET THEIR SIDEWALKS AND STEPS CLEARED. IF YOU CAN SHOVEL FOR A NEIGHBOR AFTER A SNOWFALL, CALL JUDY. HIGH SCHOOL KIDS WELCOME &mdash; WE SIGN SERVICE HOURS.</FONT></P>
<P><FONT FACE="Arial" SIZE="2"><B>LOAN CLOSET:</B> WE LEND CRUTCHES, SHOWER CHAIRS AND COMMODES TO ANYONE IN THE AREA, NO CHARGE.</FONT></P>
""")

PAGES["about.htm"] = page("About Us", """
<P><FONT FACE="Arial Black" SIZE="4" COLOR="#003366">ABOUT US</FONT></P>
<P><FONT FACE="Arial" SIZE="2">THE CENTER WAS STARTED IN 1979 BY A GROUP OF RETIRED RESORT OWNERS WHO MET FOR COFFEE AT THE OLD TOWN HALL. LAST YEAR WE SERVED 11,482 MEALS AND HAD 9,100 VISITS.</FONT></P>
<P><FONT FACE="Arial" SIZE="3"><B>BOARD OF DIRECTORS</B></FONT></P>
<TABLE BORDER="0" CELLPADDING="4">
<TR><TD VALIGN="top"><IMG SRC="images/harold.jpg" WIDTH="80" HEIGHT="100" ALT=""></TD><TD><FONT FACE="Arial" SIZE="2"><B>HAROLD VIK, PRESIDENT</B><BR>RETIRED GAME WARDEN. HAS VOLUNTEERED AT THE CENTER SINCE 2009 AND STILL DRIVES MEALS ON FRIDAYS.</FONT></TD></TR>
<TR><TD VALIGN="top"><IMG SRC="images/judy.jpg" WIDTH="80" HEIGHT="100" ALT=""></TD><TD><FONT FACE="Arial" SIZE="2"><B>JUDY KNUTSON, DIRECTOR</B><BR>JUDY HAS RUN THE CENTER FOR 14 YEARS. SHE MAKES THE BEST BARS IN CROW WING COUNTY.</FONT></TD></TR>
</TABLE>
<P><FONT FACE="Arial" SIZE="2"><B>ANNUAL MEETING &amp; POTLUCK:</B> WEDNESDAY, MAY 14 AT NOON. BRING A DISH TO PASS.</FONT></P>
""")

PAGES["office/subs.htm"] = page("Staff", """
<P><FONT FACE="Arial Black" SIZE="4" COLOR="#990000">STAFF ONLY &mdash; SUB LIST &amp; OPEN ITEMS</FONT></P>
<UL>
<LI><FONT FACE="Arial" SIZE="2">NEED SUB COOK FOR MARCH 3 &ndash; 7 WHILE LORRAINE IS OUT</FONT></LI>
<LI><FONT FACE="Arial" SIZE="2">NEED 2 VOLUNTEER DRIVERS FOR DIALYSIS RUNS TO BRAINERD, MON/WED/FRI</FONT></LI>
<LI><FONT FACE="Arial" SIZE="2">ASK LIONS ABOUT A NEW DISHWASHER FOR THE KITCHEN</FONT></LI>
</UL>
""")

ROBOTS = """# robots.txt for nisswaseniors.example
User-agent: *
Disallow: /office/
Disallow: /_vti_bin/
Disallow: /_private/
"""

PDFS = {
    "news/winter.pdf": ("Nisswa Senior News - Winter 2025", [
        ("title", "NISSWA SENIOR NEWS - WINTER 2025"),
        ("h", "FROM THE DIRECTOR"),
        ("p", "Happy New Year, everyone. The pool table has a torn felt, the hallway handrail is loose again and "
              "two of the card tables wobble. Don Berg did our small repairs for twelve years and has moved to "
              "Brainerd to be near his grandkids, so we are looking for a new handyman who can give us a morning "
              "now and then. We buy the parts."),
        ("p", "The Tuesday knitters are also out of worsted-weight yarn for the hats they make for Nisswa "
              "Elementary. Any color, any amount, even partial skeins."),
        ("h", "COMING UP"),
        ("p", "VALENTINE'S SOCIAL - FRIDAY, FEB. 14, 1 PM. Music by the Gull Lake Squeezebox Trio. Pie and coffee."),
        ("p", "BUS TRIP TO MYSTIC LAKE CASINO - MONDAY, MARCH 3. $35 includes the bus and a $10 food voucher. "
              "Sign up at the front desk."),
        ("h", "THANK YOU"),
        ("p", "The Christmas bazaar raised $2,340 for the meals program. Thank you to all our bakers and crafters."),
    ]),
}

NEEDS = [
    N("helpers.htm", ["meals on wheels drivers"], "volunteer", "en", layout="table_layout_caps"),
    N("helpers.htm", ["scorekeeper"], "volunteer", "en", layout="table_layout_caps",
      note="volunteer for an event; the tournament itself is not labelled"),
    N("helpers.htm", ["foot care nurse"], "skilled", "en", layout="table_layout_caps"),
    N("helpers.htm", ["computer coach"], "volunteer", "en", layout="table_layout_caps",
      note="'patience more important than expertise'"),
    N("wantlist.htm", ["want list", "jigsaw puzzles", "large-print books"], "donation", "en",
      layout="wish_list_table", note="item table = one need; filled rows are traps"),
    N("wantlist.htm", ["snow shovelers"], "volunteer", "en", layout="short_on", note="'WE ARE SHORT ON'"),
    N("news/winter.pdf", ["handyman"], "skilled", "en", layout="newsletter_buried", note="PDF, director's letter"),
    N("news/winter.pdf", ["worsted-weight yarn", "yarn"], "donation", "en", layout="newsletter_buried",
      note="PDF, 'out of' yarn"),
]

TRAPS = [
    T("index.html", "hours", ["center hours"]),
    T("index.html", "service", ["noon dinner"]),
    T("index.html", "event", ["sheepshead"]),
    T("index.html", "service", ["foot clinic"]),
    T("index.html", "general_appeal", ["membership dues"]),
    T("helpers.htm", "filled", ["front desk, monday mornings", "front desk"], note="<STRIKE> + FILLED!"),
    T("helpers.htm", "job", ["kitchen cook"], note="paid staff"),
    T("helpers.htm", "service", ["tax-aide"], note="service to members, tempting 'volunteers'"),
    T("wantlist.htm", "filled", ["walkers & wheelchairs", "walkers"], note="WE HAVE PLENTY"),
    T("wantlist.htm", "filled", ["pool cues"], note="struck, GOT THEM"),
    T("wantlist.htm", "service", ["loan closet"]),
    T("about.htm", "recap", ["11,482 meals"]),
    T("about.htm", "bio", ["harold vik"]),
    T("about.htm", "bio", ["judy knutson"]),
    T("about.htm", "event", ["annual meeting & potluck", "annual meeting"]),
    T("news/winter.pdf", "event", ["valentine's social"]),
    T("news/winter.pdf", "event", ["mystic lake"]),
    T("news/winter.pdf", "recap", ["christmas bazaar"]),
    T("office/subs.htm", "robots", ["sub cook"]),
    T("office/subs.htm", "robots", ["dialysis runs"]),
    T("office/subs.htm", "robots", ["new dishwasher"]),
]
