"""Site 10: Darwin Senior Friendship Center, Darwin (Meeker County). English only.
Layouts: FrontPage-era nested tables, <FONT>, ALL CAPS, .htm pages, a volunteer status table with a
paid row, a wish list with <STRIKE>, a month calendar grid with needs in two cells, ALL-CAPS PDF
newsletter with two buried needs; a broken photo-album link."""
from common import N, T

SLUG = "darwin-senior-friendship-center"
TOWN = "darwin"

LEFT = """<TD WIDTH="150" VALIGN="TOP" BGCOLOR="#FFFFCC">
<FONT FACE="Arial" SIZE="2"><B>
<A HREF="index.html">HOME</A><BR><BR>
<A HREF="volunteer.htm">VOLUNTEER</A><BR><BR>
<A HREF="needs.htm">WISH LIST</A><BR><BR>
<A HREF="calendar.htm">CALENDAR</A><BR><BR>
<A HREF="newsletter-dec-2025.pdf">NEWSLETTER</A><BR><BR>
<A HREF="photos.htm">PHOTO ALBUM</A>
</B></FONT>
<P><FONT FACE="Arial" SIZE="1">PHONE 320-555-0108<BR>ARLENE, DIRECTOR</FONT></P>
</TD>"""


def fp(title, inner):
    return """<HTML>
<HEAD>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=utf-8">
<META NAME="GENERATOR" CONTENT="Microsoft FrontPage 4.0">
<TITLE>%s</TITLE>
</HEAD>
<BODY BGCOLOR="#FFFFFF" TEXT="#000000" LINK="#000099">
<TABLE WIDTH="760" BORDER="0" CELLPADDING="4" CELLSPACING="0">
<TR><TD COLSPAN="2" BGCOLOR="#336699" ALIGN="CENTER">
<FONT FACE="Arial Black" SIZE="5" COLOR="#FFFFFF">DARWIN SENIOR FRIENDSHIP CENTER</FONT><BR>
<FONT FACE="Arial" SIZE="2" COLOR="#FFFFCC">201 MAIN STREET, DARWIN, MINNESOTA &nbsp;&middot;&nbsp; HOME OF THE BIG TWINE BALL</FONT>
</TD></TR>
<TR>
%s
<TD VALIGN="TOP">
%s
</TD>
</TR>
<TR><TD COLSPAN="2" ALIGN="CENTER"><FONT FACE="Arial" SIZE="1">LAST UPDATED 11/04/2025 &nbsp; BEST VIEWED IN INTERNET EXPLORER</FONT></TD></TR>
</TABLE>
</BODY>
</HTML>
""" % (title, LEFT, inner)


PAGES = {}

PAGES["index.html"] = fp("DARWIN SENIOR FRIENDSHIP CENTER", """
<TABLE WIDTH="100%" BORDER="1" CELLPADDING="6" CELLSPACING="0" BORDERCOLOR="#336699">
<TR><TD>
<FONT FACE="Arial" SIZE="3"><B>WELCOME FRIENDS!</B></FONT><BR>
<FONT FACE="Arial" SIZE="2">THE FRIENDSHIP CENTER HAS SERVED THE SENIORS OF DARWIN, DASSEL AND KINGSTON SINCE 1978.
STOP IN FOR COFFEE, CARDS AND CONVERSATION.</FONT>
</TD></TR>
<TR><TD>
  <TABLE WIDTH="100%" BORDER="0" CELLPADDING="3">
  <TR><TD VALIGN="TOP" WIDTH="50%">
    <FONT FACE="Arial" SIZE="2"><B>CENTER HOURS</B><BR>MONDAY - FRIDAY 8:30 AM - 3:00 PM<BR>COFFEE IS ALWAYS ON.</FONT>
  </TD><TD VALIGN="TOP">
    <FONT FACE="Arial" SIZE="2"><B>NOON MEAL</B><BR>SERVED DAILY AT 11:45. SUGGESTED DONATION $4.50.
    CALL BY 9 AM TO RESERVE.</FONT>
  </TD></TR>
  <TR><TD VALIGN="TOP">
    <FONT FACE="Arial" SIZE="2"><B>MEALS ON WHEELS</B><BR>HOT MEALS DELIVERED TO HOMEBOUND SENIORS IN DARWIN,
    DASSEL AND KINGSTON, MONDAY THROUGH FRIDAY.</FONT>
  </TD><TD VALIGN="TOP">
    <FONT FACE="Arial" SIZE="2"><B>FOOT CARE CLINIC</B><BR>2ND TUESDAY OF THE MONTH, $25. CALL FOR AN APPOINTMENT.</FONT>
  </TD></TR>
  </TABLE>
</TD></TR>
<TR><TD ALIGN="CENTER">
<FONT FACE="Arial" SIZE="2" COLOR="#990000"><B>MEMORIALS AND GIFTS ARE GRATEFULLY ACCEPTED.</B></FONT><BR>
<FONT FACE="Arial" SIZE="1">YOU ARE VISITOR NUMBER 004312</FONT>
</TD></TR>
</TABLE>
""")

PAGES["volunteer.htm"] = fp("VOLUNTEER - DARWIN SENIOR FRIENDSHIP CENTER", """
<FONT FACE="Arial" SIZE="4" COLOR="#336699"><B>VOLUNTEERS ARE THE HEART OF OUR CENTER!</B></FONT>
<P><FONT FACE="Arial" SIZE="2">HERE IS WHERE WE STAND THIS MONTH. CALL ARLENE AT 320-555-0108.</FONT></P>
<TABLE WIDTH="100%" BORDER="1" CELLPADDING="4" CELLSPACING="0">
<TR BGCOLOR="#CCDDEE"><TD><FONT FACE="Arial" SIZE="2"><B>JOB</B></FONT></TD><TD><FONT FACE="Arial" SIZE="2"><B>WHEN</B></FONT></TD><TD><FONT FACE="Arial" SIZE="2"><B>STATUS</B></FONT></TD></TR>
<TR><TD><FONT FACE="Arial" SIZE="2">MEALS ON WHEELS DRIVER - ROUTE 3 (DASSEL)</FONT></TD><TD><FONT FACE="Arial" SIZE="2">MON-FRI 10:45 - 12:15</FONT></TD><TD><FONT FACE="Arial" SIZE="2" COLOR="#CC0000"><B>NEEDS A DRIVER! EVEN ONE DAY A WEEK HELPS</B></FONT></TD></TR>
<TR><TD><FONT FACE="Arial" SIZE="2">MEALS ON WHEELS DRIVER - ROUTE 1 (DARWIN)</FONT></TD><TD><FONT FACE="Arial" SIZE="2">MON-FRI 10:45 - 12:00</FONT></TD><TD><FONT FACE="Arial" SIZE="2" COLOR="#008800">COVERED</FONT></TD></TR>
<TR><TD><FONT FACE="Arial" SIZE="2">DISHWASHERS</FONT></TD><TD><FONT FACE="Arial" SIZE="2">TUES &amp; THURS 12:30 - 1:30</FONT></TD><TD><FONT FACE="Arial" SIZE="2" COLOR="#CC0000"><B>NEED 2 MORE</B></FONT></TD></TR>
<TR><TD><FONT FACE="Arial" SIZE="2">FOOT CARE CLINIC NURSE</FONT></TD><TD><FONT FACE="Arial" SIZE="2">2ND TUESDAY</FONT></TD><TD><FONT FACE="Arial" SIZE="2" COLOR="#008800">POSITION FILLED - THANK YOU MARGE!</FONT></TD></TR>
<TR><TD><FONT FACE="Arial" SIZE="2">AARP TAX AIDE</FONT></TD><TD><FONT FACE="Arial" SIZE="2">FEB - APRIL</FONT></TD><TD><FONT FACE="Arial" SIZE="2" COLOR="#008800">ALL SET FOR THE 2026 TAX SEASON</FONT></TD></TR>
<TR><TD><FONT FACE="Arial" SIZE="2">COMPUTER HELPER</FONT></TD><TD><FONT FACE="Arial" SIZE="2">WED AFTERNOONS</FONT></TD><TD><FONT FACE="Arial" SIZE="2" COLOR="#CC0000"><B>WANTED - SOMEONE PATIENT TO SHOW US EMAIL, FACEBOOK AND FACETIME WITH THE GRANDKIDS</B></FONT></TD></TR>
</TABLE>
<P><FONT FACE="Arial" SIZE="2"><B>BUS DRIVER WANTED</B> - PART TIME, $15.50/HR, CLASS B CDL WITH PASSENGER ENDORSEMENT.
PAID BY MEEKER COUNTY TRANSIT. APPLY AT THE COUNTY OFFICE.</FONT></P>
""")

PAGES["needs.htm"] = fp("WISH LIST - DARWIN SENIOR FRIENDSHIP CENTER", """
<FONT FACE="Arial" SIZE="4" COLOR="#336699"><B>WISH LIST</B></FONT>
<UL>
<LI><FONT FACE="Arial" SIZE="2">LARGE PRINT BOOKS</FONT>
<LI><FONT FACE="Arial" SIZE="2">JIGSAW PUZZLES (500 PIECES OR LESS)</FONT>
<LI><FONT FACE="Arial" SIZE="2">DECKS OF CARDS</FONT>
<LI><FONT FACE="Arial" SIZE="2">GROUND COFFEE (REGULAR, NOT DECAF!)</FONT>
</UL>
<P><FONT FACE="Arial" SIZE="3"><B>WE ARE SHORT ON POSTAGE STAMPS FOR THE NEWSLETTER MAILING.</B></FONT><BR>
<FONT FACE="Arial" SIZE="2">320 NEWSLETTERS GO OUT EVERY MONTH. A BOOK OF STAMPS DROPPED IN THE COFFEE CAN IS A BIG HELP.</FONT></P>
<P><FONT FACE="Arial" SIZE="2"><STRIKE>HYMNALS FOR THE SUNDAY SING-ALONG</STRIKE> &nbsp;GOT THEM - THANKS TO ST. JOHN'S LUTHERAN!</FONT></P>
<TABLE BORDER="1" CELLPADDING="6" CELLSPACING="0" WIDTH="100%"><TR><TD BGCOLOR="#EEEEEE">
<FONT FACE="Arial" SIZE="2"><B>MEDICAL EQUIPMENT LOAN CLOSET</B><BR>BORROW A WALKER, WHEELCHAIR OR SHOWER CHAIR FREE OF CHARGE.<BR>
PLEASE - NO MORE WALKERS OR COMMODES. THE CLOSET IS FULL.</FONT>
</TD></TR></TABLE>
""")

PAGES["calendar.htm"] = fp("CALENDAR - DARWIN SENIOR FRIENDSHIP CENTER", """
<FONT FACE="Arial" SIZE="4" COLOR="#336699"><B>NOVEMBER 2025</B></FONT>
<TABLE BORDER="1" CELLPADDING="3" CELLSPACING="0" WIDTH="100%">
<TR BGCOLOR="#CCDDEE"><TD><FONT FACE="Arial" SIZE="1"><B>MON</B></FONT></TD><TD><FONT FACE="Arial" SIZE="1"><B>TUE</B></FONT></TD><TD><FONT FACE="Arial" SIZE="1"><B>WED</B></FONT></TD><TD><FONT FACE="Arial" SIZE="1"><B>THU</B></FONT></TD><TD><FONT FACE="Arial" SIZE="1"><B>FRI</B></FONT></TD></TR>
<TR VALIGN="TOP">
<TD><FONT FACE="Arial" SIZE="1">3<BR>BLOOD PRESSURE CHECK 10 AM</FONT></TD>
<TD><FONT FACE="Arial" SIZE="1">4<BR>&nbsp;</FONT></TD>
<TD><FONT FACE="Arial" SIZE="1">5<BR>CRIBBAGE TOURNAMENT 1 PM</FONT></TD>
<TD><FONT FACE="Arial" SIZE="1">6<BR>&nbsp;</FONT></TD>
<TD><FONT FACE="Arial" SIZE="1">7<BR>&nbsp;</FONT></TD>
</TR>
<TR VALIGN="TOP">
<TD><FONT FACE="Arial" SIZE="1">10<BR>&nbsp;</FONT></TD>
<TD><FONT FACE="Arial" SIZE="1">11<BR>VETERANS COFFEE HOUR 9 AM</FONT></TD>
<TD><FONT FACE="Arial" SIZE="1">12<BR>BINGO 1 PM<BR><FONT COLOR="#CC0000"><B>NEED A BINGO CALLER! CALL ARLENE</B></FONT></FONT></TD>
<TD><FONT FACE="Arial" SIZE="1">13<BR>&nbsp;</FONT></TD>
<TD><FONT FACE="Arial" SIZE="1">14<BR>BIRTHDAY PARTY FOR NOVEMBER BIRTHDAYS</FONT></TD>
</TR>
<TR VALIGN="TOP">
<TD><FONT FACE="Arial" SIZE="1">17<BR>&nbsp;</FONT></TD>
<TD><FONT FACE="Arial" SIZE="1">18<BR>&nbsp;</FONT></TD>
<TD><FONT FACE="Arial" SIZE="1">19<BR>&nbsp;</FONT></TD>
<TD><FONT FACE="Arial" SIZE="1">20<BR>&nbsp;</FONT></TD>
<TD><FONT FACE="Arial" SIZE="1">21<BR>CHRISTMAS CRAFT SALE SAT 22ND - TABLES $10</FONT></TD>
</TR>
<TR VALIGN="TOP">
<TD><FONT FACE="Arial" SIZE="1">24<BR><FONT COLOR="#CC0000"><B>PIE BAKERS NEEDED FOR THANKSGIVING DINNER - SIGN SHEET AT FRONT DESK</B></FONT></FONT></TD>
<TD><FONT FACE="Arial" SIZE="1">25<BR>&nbsp;</FONT></TD>
<TD><FONT FACE="Arial" SIZE="1">26<BR>THANKSGIVING DINNER 11:30</FONT></TD>
<TD><FONT FACE="Arial" SIZE="1">27<BR>CLOSED THANKSGIVING DAY</FONT></TD>
<TD><FONT FACE="Arial" SIZE="1">28<BR>CLOSED</FONT></TD>
</TR>
</TABLE>
""")

ROBOTS = """User-agent: *
Disallow: /_vti_bin/
Disallow: /_private/
"""

PDFS = {
    "newsletter-dec-2025.pdf": ("The Friendship Flyer - December 2025", [
        ("title", "THE FRIENDSHIP FLYER - DECEMBER 2025"),
        ("p", "DARWIN SENIOR FRIENDSHIP CENTER - 201 MAIN STREET - 320-555-0108"),
        ("h", "FROM THE DIRECTOR'S DESK"),
        ("p", "WHAT A FALL IT HAS BEEN! THANK YOU TO THE 22 VOLUNTEERS WHO SERVED 140 THANKSGIVING DINNERS. "
              "THE KITCHEN HAS NEVER BEEN SO BUSY. ON ANOTHER NOTE, OUR OLD UPRIGHT PIANO IS BADLY OUT OF TUNE "
              "AND THE SING-ALONG SOUNDS LIKE A BARNYARD. IF YOU ARE (OR KNOW) A PIANO TUNER WHO WOULD DONATE "
              "A TUNING, PLEASE CALL ARLENE."),
        ("h", "CHAIR EXERCISE"),
        ("p", "LOIS IS RETIRING AFTER 14 YEARS OF LEADING CHAIR EXERCISE ON FRIDAY MORNINGS. WE ARE LOOKING "
              "FOR A VOLUNTEER TO LEAD THE CLASS STARTING IN JANUARY. NO FANCY TRAINING NEEDED, JUST A FRIENDLY "
              "VOICE AND A GOOD PLAYLIST."),
        ("h", "CHRISTMAS PARTY - FRIDAY, DECEMBER 19"),
        ("p", "HAM DINNER, GIFT EXCHANGE ($5 LIMIT) AND THE DASSEL-COKATO CHOIR. $8 AT THE DOOR."),
        ("h", "MEAL RESERVATIONS"),
        ("p", "CALL BY 9 AM THE DAY BEFORE. CANCEL BY 9 AM THE SAME DAY."),
        ("h", "MEMORIALS RECEIVED"),
        ("p", "IN MEMORY OF HAROLD SWENSON, FROM THE SWENSON FAMILY. IN MEMORY OF DORIS KLEIN, FROM THE CARD CLUB."),
    ]),
}

NEEDS = [
    N("volunteer.htm", ["route 3", "dassel"], "volunteer", "en", [], "table_layout_caps",
      "route 3 needs a driver; route 1 covered"),
    N("volunteer.htm", ["dishwasher"], "volunteer", "en", [], "table_layout_caps", "need 2 more"),
    N("volunteer.htm", ["computer helper"], "volunteer", "en", [], "table_layout_caps", "email/FaceTime help"),
    N("needs.htm", ["wish list", "large print books", "jigsaw puzzles"], "donation", "en", [],
      "wish_list", "ALL CAPS list"),
    N("needs.htm", ["postage stamps"], "donation", "en", [], "table_layout_caps", "'WE ARE SHORT ON'"),
    N("calendar.htm", ["bingo caller"], "volunteer", "en", [], "calendar", "need in a calendar cell"),
    N("calendar.htm", ["pie bakers"], "volunteer", "en", [], "calendar", "need in a calendar cell"),
    N("newsletter-dec-2025.pdf", ["piano tuner"], "skilled", "en", [], "pdf", "buried in director's letter"),
    N("newsletter-dec-2025.pdf", ["chair exercise"], "volunteer", "en", [], "pdf", "lead the class"),
]

TRAPS = [
    T("index.html", "hours", ["center hours"], ""),
    T("index.html", "service", ["noon meal"], ""),
    T("index.html", "service", ["meals on wheels"], "service to clients (the driver need is on volunteer.htm)"),
    T("index.html", "service", ["foot care clinic"], ""),
    T("index.html", "general_appeal", ["memorials and gifts"], ""),
    T("volunteer.htm", "general_appeal", ["heart of our center"], "banner"),
    T("volunteer.htm", "filled", ["route 1"], "COVERED"),
    T("volunteer.htm", "filled", ["foot care clinic nurse"], "POSITION FILLED"),
    T("volunteer.htm", "filled", ["tax aide"], "ALL SET"),
    T("volunteer.htm", "job", ["bus driver"], "paid by county transit"),
    T("needs.htm", "filled", ["hymnals"], "STRIKE + got them"),
    T("needs.htm", "service", ["loan closet"], "borrow equipment free"),
    T("needs.htm", "filled", ["no more walkers", "commodes"], "closet is full"),
    T("calendar.htm", "event", ["blood pressure check"], ""),
    T("calendar.htm", "event", ["cribbage tournament"], ""),
    T("calendar.htm", "event", ["veterans coffee hour"], ""),
    T("calendar.htm", "event", ["birthday party"], ""),
    T("calendar.htm", "event", ["craft sale"], ""),
    T("calendar.htm", "event", ["thanksgiving dinner 11:30"], ""),
    T("calendar.htm", "hours", ["closed thanksgiving day"], ""),
    T("newsletter-dec-2025.pdf", "recap", ["140 thanksgiving dinners"], ""),
    T("newsletter-dec-2025.pdf", "event", ["christmas party"], ""),
    T("newsletter-dec-2025.pdf", "how_to_apply", ["meal reservations"], ""),
    T("newsletter-dec-2025.pdf", "recap", ["memorials received"], ""),
]
