from common import N, T

SLUG = "biwabik-golden-years-center"


def page(title, body):
    return """<HTML lang="en">
<HEAD>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=utf-8">
<META NAME="GENERATOR" CONTENT="Microsoft FrontPage 6.0">
<META NAME="ProgId" CONTENT="FrontPage.Editor.Document">
<TITLE>%s</TITLE>
</HEAD>
<BODY BGCOLOR="#FFFFCC" TEXT="#333300" LINK="#663300" VLINK="#996633">
<TABLE BORDER="0" WIDTH="780" CELLPADDING="0" CELLSPACING="0" ALIGN="CENTER">
 <TR>
  <TD COLSPAN="3" BGCOLOR="#996633" HEIGHT="70" ALIGN="CENTER"><FONT FACE="Times New Roman" SIZE="6" COLOR="#FFFFCC"><B>BIWABIK GOLDEN YEARS CENTER</B></FONT><BR>
  <FONT FACE="Arial" SIZE="2" COLOR="#FFFFCC">A GATHERING PLACE FOR EAST RANGE SENIORS SINCE 1978</FONT></TD>
 </TR>
 <TR>
  <TD WIDTH="160" VALIGN="TOP" BGCOLOR="#F5E6C8"><IMG SRC="/images/spacer.gif" WIDTH="160" HEIGHT="8"><BR>
   <FONT FACE="Arial" SIZE="2"><B>
   &nbsp;<A HREF="/index.html">HOME</A><BR><BR>
   &nbsp;<A HREF="/helpers.htm">HELPERS WANTED</A><BR><BR>
   &nbsp;<A HREF="/newsletter.htm">THE GOLDEN PAGE</A><BR><BR>
   &nbsp;<A HREF="/calendar.htm">CALENDAR</A><BR><BR>
   &nbsp;<A HREF="/docs/spring-newsletter.pdf">SPRING NEWSLETTER</A>
   </B></FONT></TD>
  <TD WIDTH="10"><IMG SRC="/images/spacer.gif" WIDTH="10" HEIGHT="1"></TD>
  <TD WIDTH="610" VALIGN="TOP"><FONT FACE="Arial" SIZE="2">
%s
  </FONT></TD>
 </TR>
 <TR>
  <TD COLSPAN="3" ALIGN="CENTER"><HR SIZE="1" COLOR="#996633">
  <FONT FACE="Arial" SIZE="1">15 MAIN ST W, BIWABIK, MN 55708 &nbsp;|&nbsp; (218) 555-0118 &nbsp;|&nbsp; goldenyears@biwabikseniors.org<BR>
  <A HREF="/board/minutes.htm">BOARD MINUTES</A> &nbsp;|&nbsp; LAST UPDATED 03/02/2025</FONT></TD>
 </TR>
</TABLE>
</BODY>
</HTML>
""" % (title, body)


INDEX = page("Biwabik Golden Years Center", """
<P ALIGN="CENTER"><FONT SIZE="4" COLOR="#663300"><B>WELCOME FRIENDS!</B></FONT></P>
<P>EVERYONE 55 AND OVER IS WELCOME. COME FOR LUNCH, STAY FOR CARDS.</P>
<TABLE BORDER="1" CELLPADDING="6" CELLSPACING="0" WIDTH="100%" BORDERCOLOR="#996633">
 <TR><TD BGCOLOR="#F5E6C8"><FONT FACE="Arial" SIZE="3"><B>NOON MEAL</B></FONT></TD></TR>
 <TR><TD><FONT FACE="Arial" SIZE="2">HOT LUNCH MONDAY THROUGH FRIDAY AT 11:30. SUGGESTED DONATION $4 FOR AGE 60+. CALL BY 10 A.M. THE DAY BEFORE.</FONT></TD></TR>
 <TR><TD BGCOLOR="#F5E6C8"><FONT FACE="Arial" SIZE="3"><B>FOOT CARE CLINIC</B></FONT></TD></TR>
 <TR><TD><FONT FACE="Arial" SIZE="2">SECOND TUESDAY OF THE MONTH WITH A NURSE FROM THE COUNTY. BY APPOINTMENT.</FONT></TD></TR>
 <TR><TD BGCOLOR="#F5E6C8"><FONT FACE="Arial" SIZE="3"><B>CRIBBAGE TOURNAMENT &mdash; SATURDAY MARCH 15</B></FONT></TD></TR>
 <TR><TD><FONT FACE="Arial" SIZE="2">DOORS AT 9. $5 ENTRY. PRIZES FOR THE TOP THREE AND THE WORST HAND OF THE DAY.</FONT></TD></TR>
 <TR><TD BGCOLOR="#F5E6C8"><FONT FACE="Arial" SIZE="3"><B>MEMBERSHIP</B></FONT></TD></TR>
 <TR><TD><FONT FACE="Arial" SIZE="2">$12 A YEAR KEEPS THE LIGHTS ON AND THE COFFEE HOT. PAY AT THE FRONT DESK.</FONT></TD></TR>
</TABLE>
<P><B>CENTER HOURS:</B> MON &ndash; FRI 8:30 TO 3:30. CLOSED HOLIDAYS.</P>
<P><A HREF="/photos/fish-fry-2024.htm">PICTURES FROM THE FISH FRY</A></P>
""")

HELPERS = page("Helpers Wanted", """
<P><FONT SIZE="5" COLOR="#663300"><B>HELPERS WANTED</B></FONT></P>
<TABLE BORDER="1" CELLPADDING="5" CELLSPACING="0" WIDTH="100%" BORDERCOLOR="#996633">
 <TR BGCOLOR="#996633">
  <TD><FONT FACE="Arial" SIZE="2" COLOR="#FFFFCC"><B>JOB</B></FONT></TD>
  <TD><FONT FACE="Arial" SIZE="2" COLOR="#FFFFCC"><B>WHEN</B></FONT></TD>
  <TD><FONT FACE="Arial" SIZE="2" COLOR="#FFFFCC"><B>STATUS</B></FONT></TD>
 </TR>
 <TR>
  <TD><FONT FACE="Arial" SIZE="2"><B>MEALS ON WHEELS DRIVERS</B><BR>ROUTE 3 (GILBERT &amp; McKINLEY)</FONT></TD>
  <TD><FONT FACE="Arial" SIZE="2">MON / WED / FRI 10:45</FONT></TD>
  <TD><FONT FACE="Arial" SIZE="2" COLOR="#CC0000"><B>NEED 2</B></FONT><FONT FACE="Arial" SIZE="1"><BR>USE YOUR OWN CAR, MILEAGE PAID</FONT></TD>
 </TR>
 <TR>
  <TD><FONT FACE="Arial" SIZE="2"><B>BINGO CALLER</B></FONT></TD>
  <TD><FONT FACE="Arial" SIZE="2">FRIDAYS 1:00</FONT></TD>
  <TD><FONT FACE="Arial" SIZE="2">ARNE HAS IT THROUGH JUNE</FONT></TD>
 </TR>
 <TR>
  <TD><FONT FACE="Arial" SIZE="2"><B>TAX HELPER</B><BR>AARP TAX-AIDE TRAINING REQUIRED (THEY TRAIN YOU IN JANUARY)</FONT></TD>
  <TD><FONT FACE="Arial" SIZE="2">FEB &ndash; APRIL, TUESDAYS</FONT></TD>
  <TD><FONT FACE="Arial" SIZE="2" COLOR="#CC0000"><B>NEED 1</B></FONT></TD>
 </TR>
 <TR>
  <TD><FONT FACE="Arial" SIZE="2"><B>PIANO PLAYER FOR SING-ALONG</B></FONT></TD>
  <TD><FONT FACE="Arial" SIZE="2">THURSDAYS 1:30</FONT></TD>
  <TD><FONT FACE="Arial" SIZE="2" COLOR="#CC0000"><B>WANTED &mdash; OUR PIANO IS LONELY</B></FONT></TD>
 </TR>
 <TR>
  <TD><FONT FACE="Arial" SIZE="2"><B>SNOW SHOVELING (FRONT STEPS &amp; RAMP)</B></FONT></TD>
  <TD><FONT FACE="Arial" SIZE="2">AS NEEDED</FONT></TD>
  <TD><FONT FACE="Arial" SIZE="2">ON-CALL LIST ONLY. WE HAVE ENOUGH NAMES THIS WINTER.</FONT></TD>
 </TR>
 <TR>
  <TD><FONT FACE="Arial" SIZE="2"><B>TABLET &amp; PHONE HELPER</B><BR>SHOW MEMBERS HOW TO VIDEO-CALL THE GRANDKIDS</FONT></TD>
  <TD><FONT FACE="Arial" SIZE="2">WEDNESDAYS 10 &ndash; 11</FONT></TD>
  <TD><FONT FACE="Arial" SIZE="2" COLOR="#CC0000"><B>NEED 1 OR 2 &mdash; TEENS WELCOME</B></FONT></TD>
 </TR>
 <TR>
  <TD><FONT FACE="Arial" SIZE="2"><B>KITCHEN COOK</B></FONT></TD>
  <TD><FONT FACE="Arial" SIZE="2">MON &ndash; FRI 7 &ndash; 1</FONT></TD>
  <TD><FONT FACE="Arial" SIZE="2">PAID PART-TIME POSITION THROUGH THE CITY OF BIWABIK. APPLY AT CITY HALL.</FONT></TD>
 </TR>
</TABLE>
<P><FONT SIZE="2"><B>TO SIGN UP, CALL DONNA AT (218) 555-0118 OR STOP AT THE FRONT DESK.</B></FONT></P>
""")

NEWSLETTER = page("The Golden Page", """
<P ALIGN="CENTER"><FONT SIZE="5" COLOR="#663300"><B>THE GOLDEN PAGE &mdash; MARCH 2025</B></FONT></P>
<TABLE BORDER="0" CELLPADDING="8" CELLSPACING="0" WIDTH="100%">
 <TR>
  <TD WIDTH="50%" VALIGN="TOP"><FONT FACE="Arial" SIZE="2">
   <B>FROM THE DIRECTOR'S DESK</B><BR>
   I'M LORRAINE MAKI AND I STARTED AS YOUR DIRECTOR ON FEBRUARY 1. I GREW UP IN AURORA, TAUGHT THIRD GRADE FOR 31 YEARS AND I STILL CAN'T BEAT ELSIE AT CRIBBAGE.<BR><BR>
   <B>KITCHEN CORNER</B><BR>
   OUR COOK BEV SAYS WE ARE SHORT ON BIG ROASTING PANS (THE 18-INCH KIND), AND THE CAN OPENER BOLTED TO THE COUNTER FINALLY QUIT.
   A COMMERCIAL CAN OPENER AND A COUPLE OF ROASTERS WOULD MAKE FRIDAY'S POT ROAST A LOT EASIER. BRING THEM TO THE KITCHEN DOOR ANY MORNING.
  </FONT></TD>
  <TD WIDTH="50%" VALIGN="TOP"><FONT FACE="Arial" SIZE="2">
   <B>PANCAKE BREAKFAST THANK YOU</B><BR>
   THE FEBRUARY PANCAKE BREAKFAST RAISED $1,240 FOR THE VAN FUND. WE FLIPPED 900 PANCAKES!<BR><BR>
   <B>QUILTERS' NOTE</B><BR>
   THE TUESDAY QUILTERS HAVE ALL THE FABRIC THEY CAN USE FOR NOW. PLEASE DON'T DROP OFF MORE UNTIL FALL.<BR><BR>
   <B>ST. PATRICK'S DAY PARTY &mdash; MONDAY MARCH 17</B><BR>
   CORNED BEEF DINNER AT NOON AND POLKAS WITH THE MESABI MELODY MAKERS.
  </FONT></TD>
 </TR>
</TABLE>
""")

CAL = page("Calendar", """
<P ALIGN="CENTER"><FONT SIZE="5" COLOR="#663300"><B>MARCH 2025</B></FONT></P>
<TABLE BORDER="1" CELLPADDING="3" CELLSPACING="0" WIDTH="100%" BORDERCOLOR="#996633">
 <TR BGCOLOR="#996633"><TD><FONT SIZE="1" COLOR="#FFFFCC"><B>MON</B></FONT></TD><TD><FONT SIZE="1" COLOR="#FFFFCC"><B>TUE</B></FONT></TD><TD><FONT SIZE="1" COLOR="#FFFFCC"><B>WED</B></FONT></TD><TD><FONT SIZE="1" COLOR="#FFFFCC"><B>THU</B></FONT></TD><TD><FONT SIZE="1" COLOR="#FFFFCC"><B>FRI</B></FONT></TD></TR>
 <TR VALIGN="TOP">
  <TD><FONT SIZE="1"><B>3</B><BR>CHAIR EXERCISE 9:30</FONT></TD>
  <TD><FONT SIZE="1"><B>4</B><BR>BLOOD PRESSURE CHECKS 10&ndash;11<BR><FONT COLOR="#CC0000">VOLUNTEER NURSE NEEDED (RN OR LPN) &mdash; OURS RETIRED</FONT></FONT></TD>
  <TD><FONT SIZE="1"><B>5</B><BR>CARDS 12:30</FONT></TD>
  <TD><FONT SIZE="1"><B>6</B><BR>CRAFTS W/ HELEN &mdash; <B>FULL</B></FONT></TD>
  <TD><FONT SIZE="1"><B>7</B><BR>BINGO 1:00</FONT></TD>
 </TR>
 <TR VALIGN="TOP">
  <TD><FONT SIZE="1"><B>10</B><BR>CHAIR EXERCISE 9:30</FONT></TD>
  <TD><FONT SIZE="1"><B>11</B><BR>FOOT CARE (APPT)</FONT></TD>
  <TD><FONT SIZE="1"><B>12</B><BR>CARDS 12:30</FONT></TD>
  <TD><FONT SIZE="1"><B>13</B><BR>BIRTHDAY PARTY FOR MARCH BIRTHDAYS</FONT></TD>
  <TD><FONT SIZE="1"><B>14</B><BR>POTLUCK &amp; BINGO</FONT></TD>
 </TR>
 <TR VALIGN="TOP">
  <TD><FONT SIZE="1"><B>17</B><BR>ST. PATRICK'S DAY DINNER</FONT></TD>
  <TD><FONT SIZE="1"><B>18</B><BR>BLOOD PRESSURE CHECKS 10&ndash;11</FONT></TD>
  <TD><FONT SIZE="1"><B>19</B><BR>CARDS 12:30</FONT></TD>
  <TD><FONT SIZE="1"><B>20</B><BR>CRAFTS W/ HELEN &mdash; <B>FULL</B></FONT></TD>
  <TD><FONT SIZE="1"><B>21</B><BR>CENTER CLOSED &mdash; STAFF TRAINING</FONT></TD>
 </TR>
</TABLE>
""")

BOARD = page("Board Minutes", """
<P><FONT SIZE="4"><B>BOARD MINUTES &mdash; FEBRUARY 19 (BOARD MEMBERS ONLY)</B></FONT></P>
<P>1. MOTION TO FIND A VOLUNTEER TO REPAIR THE WHEELCHAIR LIFT ON THE VAN. CARRIED.<BR>
2. NEED SOMEONE TO REPAINT THE PARKING LOT STRIPING IN MAY.<BR>
3. ASK MEMBERS FOR DONATED RECLINERS FOR THE TV LOUNGE.</P>
""")

PAGES = {
    "index.html": INDEX,
    "helpers.htm": HELPERS,
    "newsletter.htm": NEWSLETTER,
    "calendar.htm": CAL,
    "board/minutes.htm": BOARD,
}

ROBOTS = """User-agent: *
Disallow: /_vti_bin/
Disallow: /_vti_cnf/
Disallow: /_private/
Disallow: /board/
"""

PDFS = {
    "docs/spring-newsletter.pdf": ("Spring Newsletter - Biwabik Golden Years Center", [
        ("title", "BIWABIK GOLDEN YEARS CENTER"),
        ("title", "SPRING NEWSLETTER 2025"),
        ("h", "OLD-TIMERS' STORIES"),
        ("p", "MANY OF OUR MEMBERS REMEMBER WHEN THE MINES RAN THREE SHIFTS AND THE SKI HILL WAS A PASTURE. THE HISTORICAL "
              "SOCIETY ASKED US TO SAVE THOSE MEMORIES. WE ARE LOOKING FOR A VOLUNTEER WITH A DIGITAL RECORDER (OR A GOOD PHONE) "
              "TO SIT WITH MEMBERS AND RECORD THEIR STORIES - AN ORAL HISTORY PROJECT OF ABOUT TEN INTERVIEWS THIS SPRING."),
        ("h", "WE HAVE ENOUGH WALKERS"),
        ("p", "THANK YOU FOR ALL THE WALKERS AND CANES. THE LOAN CLOSET IS FULL, SO PLEASE DON'T BRING MORE."),
        ("h", "SPRING RUMMAGE SALE - SATURDAY APRIL 26"),
        ("p", "8 A.M. TO 2 P.M. IN THE DINING ROOM. DROP OFF ITEMS THE WEEK BEFORE."),
        ("h", "MEAL RESERVATIONS"),
        ("p", "CALL BY 10 A.M. THE DAY BEFORE. IF YOU CANCEL, PLEASE CALL SO WE DON'T WASTE FOOD."),
    ]),
}

NEEDS = [
    N("helpers.htm", ["meals on wheels drivers"], "volunteer", "en", layout="table_layout_caps", note="mileage paid is not a wage"),
    N("helpers.htm", ["tax helper"], "skilled", "en", layout="table_layout_caps"),
    N("helpers.htm", ["piano player"], "skilled", "en", layout="table_layout_caps"),
    N("helpers.htm", ["tablet & phone helper"], "volunteer", "en", layout="table_layout_caps"),
    N("newsletter.htm", ["roasting pans", "can opener"], "donation", "en", layout="newsletter_buried",
      note="'we are short on' inside a two-column newsletter"),
    N("calendar.htm", ["volunteer nurse"], "skilled", "en", layout="calendar", note="need written inside a calendar cell"),
    N("docs/spring-newsletter.pdf", ["oral history", "record their stories"], "volunteer", "en", layout="pdf"),
]

TRAPS = [
    T("index.html", "service", ["noon meal"]),
    T("index.html", "service", ["foot care clinic"]),
    T("index.html", "event", ["cribbage tournament"]),
    T("index.html", "general_appeal", ["membership"]),
    T("index.html", "hours", ["center hours"]),
    T("helpers.htm", "filled", ["bingo caller"], "Arne has it through June"),
    T("helpers.htm", "filled", ["snow shoveling"], "as needed, on-call list only"),
    T("helpers.htm", "job", ["kitchen cook"], "paid city position"),
    T("helpers.htm", "how_to_apply", ["to sign up, call donna"]),
    T("newsletter.htm", "bio", ["lorraine maki"]),
    T("newsletter.htm", "recap", ["pancake breakfast"]),
    T("newsletter.htm", "filled", ["fabric"], "quilters have all they can use"),
    T("newsletter.htm", "event", ["st. patrick's day party"]),
    T("calendar.htm", "filled", ["crafts w/ helen"], "FULL"),
    T("calendar.htm", "event", ["potluck"]),
    T("calendar.htm", "event", ["birthday party"]),
    T("calendar.htm", "hours", ["center closed"]),
    T("board/minutes.htm", "robots", ["wheelchair lift"]),
    T("board/minutes.htm", "robots", ["parking lot striping"]),
    T("board/minutes.htm", "robots", ["recliners"]),
    T("docs/spring-newsletter.pdf", "filled", ["walkers"], "we have enough"),
    T("docs/spring-newsletter.pdf", "event", ["rummage sale"]),
    T("docs/spring-newsletter.pdf", "how_to_apply", ["meal reservations"]),
]
