"""Site 5: Rose Creek Karen Baptist Fellowship. FrontPage 2003 table layout, <FONT>, ALL CAPS
headings, .htm pages; a short S'gaw Karen page with English glosses; English PDF newsletter."""
from common import N, T

SLUG = "rose-creek-karen-baptist-fellowship"

_HEAD = """<HTML LANG="{lang}">
<HEAD>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=utf-8">
<META NAME="GENERATOR" CONTENT="Microsoft FrontPage 6.0">
<META NAME="ProgId" CONTENT="FrontPage.Editor.Document">
<TITLE>{title}</TITLE>
</HEAD>
<BODY BGCOLOR="#FFFFF0" TEXT="#000000" LINK="#000080" VLINK="#800080">
<TABLE BORDER="0" CELLPADDING="0" CELLSPACING="0" WIDTH="760" ALIGN="center">
<TR><TD COLSPAN="2" BGCOLOR="#003366" HEIGHT="70"><FONT FACE="Georgia" SIZE="5" COLOR="#FFFFFF">&nbsp;ROSE CREEK KAREN BAPTIST FELLOWSHIP</FONT></TD></TR>
<TR>
<TD WIDTH="150" VALIGN="top" BGCOLOR="#E6E6CC">
<FONT FACE="Arial" SIZE="2">
<BR>&nbsp;<A HREF="/index.html">HOME</A><BR>
<BR>&nbsp;<A HREF="/mission.htm">MISSION &amp; OUTREACH</A><BR>
<BR>&nbsp;<A HREF="/karen.htm">ကညီ / KAREN</A><BR>
<BR>&nbsp;<A HREF="/news.htm">WHAT'S NEW</A><BR>
<BR>&nbsp;<A HREF="/newsletter-fall.pdf">NEWSLETTER (PDF)</A><BR>
<BR>&nbsp;<A HREF="/sermons/easter-2025.htm">SERMONS</A><BR>
</FONT>
<P>&nbsp;</P><IMG SRC="/images/cross.gif" WIDTH="100" HEIGHT="120" ALT="">
</TD>
<TD WIDTH="610" VALIGN="top">
<TABLE BORDER="0" CELLPADDING="8" WIDTH="100%"><TR><TD>
"""

_FOOT = """</TD></TR></TABLE>
</TD>
</TR>
<TR><TD COLSPAN="2" ALIGN="center" BGCOLOR="#003366"><FONT FACE="Arial" SIZE="1" COLOR="#FFFFFF">
ROSE CREEK KAREN BAPTIST FELLOWSHIP - 207 MAIN ST, ROSE CREEK, MN 55970 - (507) 555-0178 - rckbf@rosecreekkaren.org<BR>
<A HREF="/council/council.htm"><FONT COLOR="#FFFFFF">CHURCH COUNCIL</FONT></A> | Last updated 10/02/2025
</FONT></TD></TR>
</TABLE>
</BODY>
</HTML>
"""


def _page(title, body, lang="en"):
    return _HEAD.format(title=title, lang=lang) + body + _FOOT


INDEX = _page("Rose Creek Karen Baptist Fellowship - Home", """
<FONT FACE="Arial" SIZE="4" COLOR="#003366"><B>WELCOME TO OUR CHURCH FAMILY</B></FONT>
<P><FONT FACE="Arial" SIZE="2">We are a Karen-speaking Baptist congregation serving families from Rose Creek, Adams and Austin.</FONT></P>

<TABLE BORDER="1" BORDERCOLOR="#999999" CELLPADDING="4" CELLSPACING="0" WIDTH="100%">
<TR><TD BGCOLOR="#CCCC99"><FONT FACE="Arial" SIZE="2"><B>SUNDAY WORSHIP 10:30 AM (KAREN) &nbsp;-&nbsp; BIBLE STUDY WEDNESDAY 7 PM</B></FONT></TD></TR>
</TABLE>

<P><FONT FACE="Arial" SIZE="3" COLOR="#003366"><B>PASTOR'S CORNER</B></FONT><BR>
<FONT FACE="Arial" SIZE="2">Pastor Saw Htoo Paw came to Minnesota from Mae La camp in 2008. He and his wife Naw Eh Wah have four children.</FONT></P>

<P><FONT FACE="Arial" SIZE="3" COLOR="#003366"><B>KAREN NEW YEAR CELEBRATION</B></FONT><BR>
<FONT FACE="Arial" SIZE="2">SATURDAY JANUARY 11 AT THE AUSTIN VFW. DON DANCE, FOOD, AND FELLOWSHIP. ALL ARE WELCOME.</FONT></P>

<P><FONT FACE="Arial" SIZE="3" COLOR="#990000"><B>HELP NEEDED</B></FONT></P>
<TABLE BORDER="1" BORDERCOLOR="#999999" CELLPADDING="4" CELLSPACING="0" WIDTH="100%">
<TR BGCOLOR="#CCCC99"><TD WIDTH="40%"><FONT FACE="Arial" SIZE="2"><B>JOB</B></FONT></TD><TD><FONT FACE="Arial" SIZE="2"><B>DETAILS</B></FONT></TD></TR>
<TR><TD><FONT FACE="Arial" SIZE="2">VAN DRIVERS FOR SUNDAY PICK-UP</FONT></TD><TD><FONT FACE="Arial" SIZE="2">PICK UP ELDERS IN AUSTIN AND ADAMS AT 9:30. CHURCH VAN. CLEAN DRIVING RECORD.</FONT></TD></TR>
<TR><TD><FONT FACE="Arial" SIZE="2">SOUND SYSTEM VOLUNTEER</FONT></TD><TD><FONT FACE="Arial" SIZE="2">RUN THE MIXER AND PROJECTOR ON SUNDAY. MUST KNOW A MIXING BOARD.</FONT></TD></TR>
<TR><TD><FONT FACE="Arial" SIZE="2" COLOR="#999999">NURSERY HELPERS</FONT></TD><TD><FONT FACE="Arial" SIZE="2" COLOR="#999999">FULL - THANK YOU</FONT></TD></TR>
<TR><TD><FONT FACE="Arial" SIZE="2">CHURCH JANITOR</FONT></TD><TD><FONT FACE="Arial" SIZE="2">PAID POSITION, 10 HOURS A WEEK, $17/HR. SEE THE CHURCH SECRETARY.</FONT></TD></TR>
<TR><TD><FONT FACE="Arial" SIZE="2">BIBLE STUDY HOSTS</FONT></TD><TD><FONT FACE="Arial" SIZE="2"><S>NEED 2 HOMES</S> ALL TAKEN FOR SPRING</FONT></TD></TR>
</TABLE>
""")

MISSION = _page("Mission and Outreach", """
<FONT FACE="Arial" SIZE="4" COLOR="#003366"><B>MISSION &amp; OUTREACH</B></FONT>

<P><FONT FACE="Arial" SIZE="3" COLOR="#003366"><B>NEW ARRIVAL FAMILIES</B></FONT><BR>
<FONT FACE="Arial" SIZE="2">A family of seven (the Paw family) arrived from Mae La camp in March. They have a house but very little in it. THEY STILL NEED: BUNK BEDS, A KITCHEN TABLE, AND WINTER BOOTS FOR FIVE CHILDREN.</FONT></P>

<P><FONT FACE="Arial" SIZE="3" COLOR="#003366"><B>OUR FOOD CLOSET IS LOW ON</B></FONT><BR>
<FONT FACE="Arial" SIZE="2">FISH PASTE, DRIED CHILI, COOKING OIL, AND 20-LB BAGS OF JASMINE RICE. Leave them in the blue bin in the fellowship hall.</FONT></P>

<P><FONT FACE="Arial" SIZE="3" COLOR="#003366"><B>ENGLISH TUTORS FOR ADULTS</B></FONT><BR>
<FONT FACE="Arial" SIZE="2">Tuesday nights 6:30 to 8:00 at the church. Teach beginners reading and speaking. Teaching experience helps.</FONT></P>

<P><FONT FACE="Arial" SIZE="3" COLOR="#003366"><B>COMMUNITY GARDEN HELPERS</B></FONT><BR>
<FONT FACE="Arial" SIZE="2">WE HAVE ENOUGH HELPERS THIS YEAR. SEE YOU AT THE HARVEST!</FONT></P>

<P><FONT FACE="Arial" SIZE="3" COLOR="#003366"><B>FREE CITIZENSHIP CLASS</B></FONT><BR>
<FONT FACE="Arial" SIZE="2">SATURDAYS 10 AM. OPEN TO EVERYONE IN THE COMMUNITY.</FONT></P>

<P><FONT FACE="Arial" SIZE="3" COLOR="#003366"><B>WE DO NOT ACCEPT</B></FONT><BR>
<FONT FACE="Arial" SIZE="2">USED MATTRESSES, TVs, OR CLOTHES THAT NEED REPAIR.</FONT></P>

<P><FONT FACE="Arial" SIZE="2"><I>IN 2024 WE WELCOMED 14 FAMILIES AND FURNISHED 9 APARTMENTS. PRAISE GOD!</I></FONT></P>
""")

KAREN = _page("ကညီ - Rose Creek Karen Baptist Fellowship", """
<FONT FACE="Arial" SIZE="4" COLOR="#003366"><B>ကညီ (KAREN)</B></FONT>
<P><FONT SIZE="3"><B>တၢ်ဘူၣ်ဘါ (Sunday worship)</B> &ndash; မုၢ်ဒဲး 10:30 AM</FONT></P>

<P><FONT SIZE="3" COLOR="#990000"><B>ပလိၣ်ဘၣ် (WE NEED)</B></FONT></P>
<TABLE BORDER="1" CELLPADDING="4" CELLSPACING="0" WIDTH="100%">
<TR><TD><FONT SIZE="3">ဖိသၣ်သရၣ် (Sunday school teacher for children)</FONT></TD><TD><FONT SIZE="2">ပလိၣ်ဘၣ် 2 ဂၤ &ndash; teach in Karen, 9:30 AM</FONT></TD></TR>
<TR><TD><FONT SIZE="3">ပှၤဖီတၢ်အီၣ် (Cooks for the fellowship meal)</FONT></TD><TD><FONT SIZE="2">first Sunday of every month</FONT></TD></TR>
<TR><TD><FONT SIZE="3" COLOR="#999999"><S>ပှၤမၤကဆွဲ (Church cleaning team)</S></FONT></TD><TD><FONT SIZE="2" COLOR="#999999">FULL &ndash; တၢ်ဘျုးဒိၣ်မး</FONT></TD></TR>
</TABLE>

<P><FONT SIZE="3"><B>ကီၣ်စု (Wrist-Tying Day)</B> &ndash; August 16, 11 AM</FONT></P>
<P><FONT SIZE="2">ကိး / Call: (507) 555-0178</FONT></P>
""", lang="kar")

NEWS = _page("What's New", """
<FONT FACE="Arial" SIZE="4" COLOR="#003366"><B>WHAT'S NEW</B></FONT>
<P><FONT FACE="Arial" SIZE="2"><B>MAY 2025</B> - Seeking a volunteer who knows computers to set up the new office printer and the wifi in the fellowship hall. Please call the church office.</FONT></P>
<P><FONT FACE="Arial" SIZE="2"><B>MAY 2025</B> - Baptism service May 18 at Rose Creek pond, 2 PM.</FONT></P>
<P><FONT FACE="Arial" SIZE="2"><B>APRIL 2025</B> - Our youth soccer team needs a coach who can drive to Sunday afternoon games in Albert Lea and Owatonna. Call Brother Eh Doh.</FONT></P>
<P><FONT FACE="Arial" SIZE="2"><B>APRIL 2025</B> - The roof fund has reached $18,000 of $30,000. Please keep giving.</FONT></P>
<P><FONT FACE="Arial" SIZE="2"><B>MARCH 2025</B> - Thank you to First Lutheran Church for the 40 winter coats!</FONT></P>
""")

COUNCIL = _page("Church Council", """
<FONT FACE="Arial" SIZE="4" COLOR="#003366"><B>CHURCH COUNCIL - MEMBERS ONLY</B></FONT>
<P><FONT FACE="Arial" SIZE="2">
1. WE NEED A TREASURER FOR 2026.<BR>
2. ASK THE CONGREGATION FOR DONATED CARPET FOR THE FELLOWSHIP HALL.<BR>
3. FIND VOLUNTEERS TO PAINT THE PARSONAGE IN JULY.<BR>
</FONT></P>
""")

PAGES = {
    "index.html": INDEX,
    "mission.htm": MISSION,
    "karen.htm": KAREN,
    "news.htm": NEWS,
    "council/council.htm": COUNCIL,
}

ROBOTS = """User-agent: *
Disallow: /_vti_bin/
Disallow: /_private/
Disallow: /council/
"""

PDFS = {
    "newsletter-fall.pdf": ("Rose Creek Karen Baptist Fellowship - Fall Newsletter 2025", [
        ("title", "ROSE CREEK KAREN BAPTIST FELLOWSHIP"),
        ("p", "FALL NEWSLETTER 2025"),
        ("gap", ""),
        ("h", "FROM THE PASTOR"),
        ("p", "We thank God for the 11 baptisms this summer and for every family who opened their home for "
              "Bible study. Many of our young adults want to drive, but the permit test is hard in English. "
              "We are looking for a patient volunteer to help them study for the driver's permit test on "
              "Thursday evenings at the church."),
        ("h", "WINTER COAT DRIVE"),
        ("p", "We need children's coats sizes 4 to 12, snow pants and mittens. Please bring them to the "
              "church by November 15."),
        ("h", "THANKSGIVING FELLOWSHIP DINNER"),
        ("p", "Thursday, November 27, 1 PM in the fellowship hall. Bring a dish to share."),
    ]),
}

NEEDS = [
    N("index.html", ["van drivers for sunday pick-up", "van drivers"], "volunteer", "en",
      layout="table_layout_caps"),
    N("index.html", ["sound system volunteer", "mixing board"], "skilled", "en",
      layout="table_layout_caps"),
    N("mission.htm", ["bunk beds", "new arrival families", "paw family"], "donation", "en",
      layout="story", note="family story; caps list of what they still need"),
    N("mission.htm", ["food closet is low on", "fish paste"], "donation", "en",
      layout="short_on"),
    N("mission.htm", ["english tutors for adults"], "skilled", "en", ["en"],
      layout="table_layout_caps"),
    N("karen.htm", ["sunday school teacher", "ဖိသၣ်သရၣ်"], "skilled", "kar", ["kar"],
      layout="table_layout_caps", note="teach in Karen; English gloss on the page"),
    N("karen.htm", ["cooks for the fellowship meal", "ပှၤဖီတၢ်အီၣ်"], "volunteer", "kar",
      layout="table_layout_caps"),
    N("news.htm", ["knows computers", "office printer"], "skilled", "en",
      layout="seeking"),
    N("news.htm", ["soccer team", "coach"], "volunteer", "en",
      layout="newsletter_buried"),
    N("newsletter-fall.pdf", ["driver's permit test", "permit test"], "skilled", "en",
      layout="pdf", note="buried in the pastor's letter"),
    N("newsletter-fall.pdf", ["winter coat drive", "snow pants"], "donation", "en",
      layout="pdf"),
]

TRAPS = [
    T("index.html", "hours", ["sunday worship 10:30"]),
    T("index.html", "bio", ["pastor's corner", "saw htoo paw"]),
    T("index.html", "event", ["karen new year celebration"]),
    T("index.html", "filled", ["nursery helpers"], note="FULL - THANK YOU"),
    T("index.html", "job", ["church janitor"], note="paid"),
    T("index.html", "filled", ["bible study hosts"], note="<S>NEED 2 HOMES</S> ALL TAKEN"),
    T("mission.htm", "filled", ["community garden helpers"], note="WE HAVE ENOUGH HELPERS"),
    T("mission.htm", "service", ["free citizenship class"]),
    T("mission.htm", "not_accepted", ["we do not accept", "used mattresses"]),
    T("mission.htm", "recap", ["welcomed 14 families"]),
    T("karen.htm", "hours", ["sunday worship"]),
    T("karen.htm", "filled", ["church cleaning team"], note="struck, FULL"),
    T("karen.htm", "event", ["wrist-tying day"]),
    T("news.htm", "event", ["baptism service"]),
    T("news.htm", "general_appeal", ["roof fund"]),
    T("news.htm", "recap", ["40 winter coats"]),
    T("newsletter-fall.pdf", "recap", ["11 baptisms"]),
    T("newsletter-fall.pdf", "event", ["thanksgiving fellowship dinner"]),
    T("council/council.htm", "robots", ["treasurer for 2026"]),
    T("council/council.htm", "robots", ["donated carpet"]),
    T("council/council.htm", "robots", ["paint the parsonage"]),
]
