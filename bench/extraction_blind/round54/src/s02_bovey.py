"""Bovey Golden Oaks Senior Center: FrontPage-era table layout, <FONT>, ALL CAPS, .htm pages."""
from common import N, T

SLUG = "bovey-golden-oaks-senior-center"

MENU = """<TABLE WIDTH="160" BORDER="0" CELLPADDING="4" BGCOLOR="#FFF8DC">
<TR><TD><FONT FACE="Arial" SIZE="2"><B><A HREF="index.html">HOME</A></B></FONT></TD></TR>
<TR><TD><FONT FACE="Arial" SIZE="2"><B><A HREF="meals.htm">MEALS</A></B></FONT></TD></TR>
<TR><TD><FONT FACE="Arial" SIZE="2"><B><A HREF="calendar.htm">THIS WEEK</A></B></FONT></TD></TR>
<TR><TD><FONT FACE="Arial" SIZE="2"><B><A HREF="volunteer.htm">VOLUNTEER</A></B></FONT></TD></TR>
<TR><TD><FONT FACE="Arial" SIZE="2"><B><A HREF="oak-leaf.pdf">OAK LEAF NEWSLETTER</A></B></FONT></TD></TR>
<TR><TD><FONT FACE="Arial" SIZE="2"><B><A HREF="photos/bazaar-2024.htm">PHOTOS</A></B></FONT></TD></TR>
</TABLE>"""


def shell(title, body):
    return """<HTML lang="en">
<HEAD>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=utf-8">
<META NAME="GENERATOR" CONTENT="Microsoft FrontPage 5.0">
<TITLE>%s</TITLE>
</HEAD>
<BODY BGCOLOR="#FFFFF0" TEXT="#333300" LINK="#663300">
<TABLE WIDTH="760" BORDER="0" CELLSPACING="0" CELLPADDING="0" ALIGN="center">
<TR><TD COLSPAN="2" BGCOLOR="#996633"><FONT FACE="Georgia" SIZE="6" COLOR="#FFFFFF">&nbsp;GOLDEN OAKS SENIOR CENTER</FONT><BR><FONT FACE="Arial" SIZE="2" COLOR="#FFFFCC">&nbsp;202 2nd Street, Bovey, Minnesota &nbsp;|&nbsp; 218-555-0127</FONT></TD></TR>
<TR><TD VALIGN="top" WIDTH="160">%s</TD>
<TD VALIGN="top" WIDTH="600"><FONT FACE="Arial" SIZE="2">
%s
</FONT></TD></TR>
<TR><TD COLSPAN="2" ALIGN="center"><FONT SIZE="1">Last updated 02/18/2025 &middot; Best viewed at 800x600</FONT></TD></TR>
</TABLE>
</BODY>
</HTML>
""" % (title, MENU, body)


PAGES = {}
PAGES["index.html"] = shell("Golden Oaks Senior Center - Bovey MN", """
<P ALIGN="center"><FONT SIZE="5" COLOR="#990000"><B>WELCOME FRIENDS!</B></FONT></P>
<TABLE WIDTH="100%" BORDER="1" BORDERCOLOR="#CC9966" CELLPADDING="6"><TR><TD BGCOLOR="#FFEECC">
<FONT COLOR="#990000"><B>*** HELP WANTED ***</B></FONT><BR>
WE NEED SNOW SHOVELERS FOR THE FRONT WALK AND THE RAMP BY THE DINING ROOM DOOR. EARLY MORNINGS AFTER A SNOWFALL. COFFEE IS ON US.
</TD></TR></TABLE>
<P><B>CENTER HOURS:</B> MONDAY THRU FRIDAY 8:30 AM TO 3:00 PM. CLOSED ON HOLIDAYS AND WHEN ISD 318 CLOSES FOR WEATHER.</P>
<P><B>MEMBERSHIP</B><BR>ANNUAL DUES ARE $15 PER PERSON. YOUR DUES AND DONATIONS KEEP THE LIGHTS ON. MAKE CHECKS TO GOLDEN OAKS.</P>
<P><B>OUR BOARD</B><BR>
<I>LORRAINE FISK, PRESIDENT</I> &ndash; RETIRED FROM THE BOVEY POST OFFICE AFTER 31 YEARS, LORRAINE HAS LED THE BOARD SINCE 2016.<BR>
<I>WALT JURICH, TREASURER</I> &ndash; WALT RAN THE HARDWARE STORE ON MAIN STREET AND STILL FIXES EVERYONE'S LAWN MOWERS.</P>
""")
PAGES["volunteer.htm"] = shell("Volunteer at Golden Oaks", """
<P><FONT SIZE="4"><B>VOLUNTEER OPPORTUNITIES</B></FONT></P>
<TABLE WIDTH="100%" BORDER="1" CELLPADDING="5" CELLSPACING="0">
<TR BGCOLOR="#CC9966"><TD><B>JOB</B></TD><TD><B>DETAILS</B></TD><TD><B>STATUS</B></TD></TR>
<TR><TD>MEALS ON WHEELS DRIVERS</TD><TD>DELIVER HOT NOON MEALS TO 22 HOMES IN BOVEY, COLERAINE AND TACONITE. ABOUT 90 MINUTES. MILEAGE IS REIMBURSED.</TD><TD><FONT COLOR="#CC0000"><B>NEEDED MONDAYS AND FRIDAYS</B></FONT></TD></TR>
<TR><TD>FOOT CARE NURSE</TD><TD>LICENSED RN OR LPN TO TRIM TOENAILS AND CHECK FEET AT OUR MONTHLY FOOT CLINIC. WE SUPPLY THE INSTRUMENTS.</TD><TD><FONT COLOR="#CC0000"><B>NEEDED</B></FONT></TD></TR>
<TR><TD>PIANO PLAYER</TD><TD>ACCOMPANY THE FRIDAY SING-ALONG AFTER LUNCH. OLD HYMNS AND POLKAS.</TD><TD><FONT COLOR="#CC0000"><B>NEEDED</B></FONT></TD></TR>
<TR><TD>FRONT DESK RECEPTIONIST</TD><TD>ANSWER PHONES, SIGN IN GUESTS.</TD><TD><FONT COLOR="#006600"><B>FULL UNTIL JUNE</B></FONT></TD></TR>
<TR><TD>AARP TAX-AIDE PREPARERS</TD><TD>FEBRUARY TO APRIL.</TD><TD><FONT COLOR="#006600"><B>WE HAVE ENOUGH PREPARERS THIS YEAR</B></FONT></TD></TR>
<TR><TD>KITCHEN COOK</TD><TD>PAID POSITION, 20 HRS/WEEK, $17.50/HR. APPLY AT THE FRONT DESK.</TD><TD>HIRING</TD></TR>
</TABLE>
<P>QUESTIONS? CALL MAVIS AT 218-555-0127.</P>
""")
PAGES["meals.htm"] = shell("Noon Meals", """
<P><FONT SIZE="4"><B>NOON MEALS</B></FONT></P>
<P>DINNER IS SERVED AT 11:30 AM MONDAY THRU FRIDAY. CALL BY 9 AM THE DAY BEFORE TO RESERVE. SUGGESTED DONATION IS $4 FOR GUESTS 60 AND OVER; NO ONE IS TURNED AWAY.</P>
<P>HOME-DELIVERED MEALS ARE AVAILABLE FOR HOMEBOUND SENIORS IN THE BOVEY AREA. ASK MAVIS ABOUT SIGNING UP.</P>
<P><B>FROM THE KITCHEN:</B> OUR COOK BETTY SAYS THE OLD POTS ARE WORN THIN. THE KITCHEN IS SHORT ON LARGE STOCK POTS (20 QUART OR BIGGER) AND HEAVY SHEET PANS. IF YOU HAVE RESTAURANT-SIZE COOKWARE SITTING IN THE GARAGE, BETTY WOULD LOVE IT.</P>
<TABLE BORDER="1" CELLPADDING="4" WIDTH="100%"><TR BGCOLOR="#FFEECC"><TD COLSPAN="2"><B>THIS WEEK'S MENU</B></TD></TR>
<TR><TD>MON</TD><TD>SWEDISH MEATBALLS, MASHED POTATOES</TD></TR>
<TR><TD>WED</TD><TD>PASTY WITH GRAVY</TD></TR>
<TR><TD>FRI</TD><TD>WALLEYE, COLESLAW</TD></TR></TABLE>
""")
PAGES["calendar.htm"] = shell("This Week at Golden Oaks", """
<P><FONT SIZE="4"><B>THIS WEEK AT GOLDEN OAKS</B></FONT></P>
<TABLE WIDTH="100%" BORDER="1" CELLPADDING="4" CELLSPACING="0">
<TR BGCOLOR="#CC9966"><TD><B>MONDAY</B></TD><TD><B>TUESDAY</B></TD><TD><B>WEDNESDAY</B></TD><TD><B>THURSDAY</B></TD><TD><B>FRIDAY</B></TD></TR>
<TR VALIGN="top">
<TD>9:00 CHAIR EXERCISE<BR>1:00 CRIBBAGE</TD>
<TD>10:00 TECH TUESDAY &ndash; NEED A VOLUNTEER TEACHER FOR SMARTPHONES &amp; TABLETS!<BR>1:00 BINGO</TD>
<TD>11:00 BLOOD PRESSURE CHECKS BY ITASCA PUBLIC HEALTH</TD>
<TD>9:00 WOODSHOP &ndash; VOLUNTEER INSTRUCTOR WANTED, THE SHOP HAS SAT EMPTY SINCE HARLAN MOVED<BR>1:00 QUILTERS</TD>
<TD>12:30 FISH FRY BIRTHDAY PARTY (FEBRUARY BIRTHDAYS)</TD>
</TR></TABLE>
""")
ROBOTS = "# FrontPage server extensions\nUser-agent: *\nDisallow: /_vti_bin/\nDisallow: /_private/\n"

PDFS = {"oak-leaf.pdf": ("The Oak Leaf - March 2025", [
    ("title", "THE OAK LEAF - Golden Oaks Senior Center - March 2025"),
    ("h", "From the Director"),
    ("p", "Spring is coming, and so is our busiest season. Many of you asked for more reading material in the lounge. We would welcome donations of jigsaw puzzles (500 pieces or fewer) and large-print books, westerns and mysteries especially. Leave them on the cart by the piano."),
    ("p", "Our lift chair in the TV room was repaired in January by Walt, so that request is taken care of."),
    ("h", "Fall Bazaar Wrap-Up"),
    ("p", "The fall bazaar raised $2,310 for the roof fund. The lefse table sold out by 10 am. Thank you to every baker."),
    ("h", "Memorials"),
    ("p", "Thank you to the family of Helen Sotak for the memorial gift in her name, and to the Coleraine VFW for their donation toward the new dining chairs."),
    ("h", "Shopping Bus"),
    ("p", "The Tuesday shopping bus to Grand Rapids runs again in April. We are looking for two volunteer drivers who are comfortable with a 12-passenger van. A clean driving record is required; the county provides the van and insurance."),
    ("h", "Dates to Remember"),
    ("p", "March 17: St. Patrick's potluck at noon. March 28: AARP safe driving class, 9 am to 1 pm, $25."),
    ("p", "Call 218-555-0127 with questions."),
], 2)}

NEEDS = [
    N("index.html", ["snow shovelers"], "volunteer", "en", layout="table_layout_caps", note="ALL CAPS help-wanted box"),
    N("volunteer.htm", ["meals on wheels drivers"], "volunteer", "en", layout="table_layout_caps", note="mileage reimbursed does not make it paid"),
    N("volunteer.htm", ["foot care nurse"], "skilled", "en", layout="table_layout_caps"),
    N("volunteer.htm", ["piano player"], "skilled", "en", layout="table_layout_caps"),
    N("meals.htm", ["large stock pots", "sheet pans"], "donation", "en", layout="newsletter_buried", note="buried in 'from the kitchen' paragraph, 'short on'"),
    N("calendar.htm", ["smartphones & tablets", "tech tuesday"], "skilled", "en", layout="weekly_calendar", note="need inside a weekly calendar cell"),
    N("calendar.htm", ["woodshop", "volunteer instructor"], "skilled", "en", layout="weekly_calendar"),
    N("oak-leaf.pdf", ["large-print books", "jigsaw puzzles"], "donation", "en", layout="pdf", note="two-column newsletter, buried in director's column"),
    N("oak-leaf.pdf", ["shopping bus", "volunteer drivers"], "volunteer", "en", layout="pdf"),
]
TRAPS = [
    T("index.html", "hours", ["center hours"]),
    T("index.html", "general_appeal", ["annual dues", "membership"]),
    T("index.html", "bio", ["lorraine fisk", "walt jurich"]),
    T("volunteer.htm", "filled", ["front desk receptionist"], "FULL UNTIL JUNE"),
    T("volunteer.htm", "filled", ["tax-aide preparers"], "WE HAVE ENOUGH PREPARERS"),
    T("volunteer.htm", "job", ["kitchen cook"]),
    T("meals.htm", "hours", ["dinner is served at 11:30"]),
    T("meals.htm", "service", ["home-delivered meals"]),
    T("meals.htm", "event", ["this week's menu"], "menu, not an ask"),
    T("calendar.htm", "event", ["chair exercise"]),
    T("calendar.htm", "event", ["bingo"]),
    T("calendar.htm", "service", ["blood pressure checks"]),
    T("calendar.htm", "event", ["fish fry birthday party"]),
    T("oak-leaf.pdf", "filled", ["lift chair"], "repaired in January"),
    T("oak-leaf.pdf", "recap", ["fall bazaar"]),
    T("oak-leaf.pdf", "donors", ["memorials", "helen sotak"]),
    T("oak-leaf.pdf", "event", ["safe driving class", "st. patrick's potluck"]),
]
