"""Crosslake: Pine Ridge Senior Center. Late-1990s hand-coded site: upper-case tags, <CENTER>, <MARQUEE>,
<FONT FACE>, a left nav cell, .htm pages. A classified-ads bulletin board (WANTED / FOR LOAN / TICKETS / THANK
YOU cells); a volunteer list where filled roles are shown ONLY by <STRIKE>, <DEL> or an inline line-through."""
from common import N, T

SLUG = "crosslake-pine-ridge-senior-center"


def page(title, body):
    return """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2 Final//EN">
<HTML lang="en">
<HEAD>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=utf-8">
<META NAME="GENERATOR" CONTENT="Microsoft FrontPage 4.0">
<TITLE>{TITLE}</TITLE>
</HEAD>
<BODY BGCOLOR="#FFFFF0" TEXT="#000066" LINK="#990000" VLINK="#663366" BACKGROUND="/images/pinebg.gif">
<CENTER>
<IMG SRC="/images/pinecone.gif" WIDTH="60" HEIGHT="60" ALT="">
<FONT FACE="Comic Sans MS" SIZE="6" COLOR="#006633"><B>Pine Ridge Senior Center</B></FONT><BR>
<FONT FACE="Arial" SIZE="2">Crosslake, Minnesota &bull; &quot;Young at heart since 1979&quot;</FONT>
</CENTER>
<HR SIZE="3" NOSHADE COLOR="#006633">
<TABLE WIDTH="100%" BORDER="0" CELLPADDING="6" CELLSPACING="0">
<TR>
<TD WIDTH="150" VALIGN="TOP" BGCOLOR="#CCFFCC"><FONT FACE="Arial" SIZE="2">
<A HREF="/index.html">Home</A><BR><BR>
<A HREF="/bulletin.htm">Bulletin Board</A><BR><BR>
<A HREF="/newsletter.htm">The Pinecone</A><BR><BR>
<A HREF="/volunteer.htm">Volunteer Corner</A><BR><BR>
<A HREF="/flyers/rummage-sale-2025.pdf">Rummage Sale Flyer</A><BR><BR>
<IMG SRC="/images/counter.gif" ALT="visitor counter"></FONT></TD>
<TD VALIGN="TOP"><FONT FACE="Arial" SIZE="3">
{BODY}
</FONT></TD>
</TR>
</TABLE>
<HR SIZE="1">
<CENTER><FONT FACE="Arial" SIZE="1">Pine Ridge Senior Center &bull; 35986 County Road 66, Crosslake, MN 56442 &bull; (218) 555-0175<BR>
<A HREF="/board/minutes.htm">Board Members</A> &bull; <A HREF="/photos/cantata-2023.htm">Cantata Photos</A> &bull;
Best viewed in Netscape Navigator 4 at 800x600</FONT></CENTER>
</BODY>
</HTML>
""".replace("{TITLE}", title).replace("{BODY}", body)


INDEX = page("Pine Ridge Senior Center - Crosslake MN", """
<MARQUEE BEHAVIOR="SCROLL" BGCOLOR="#FFFF99">Welcome! The coffee is always on. Pickleball starts again November 4!</MARQUEE>
<P><FONT SIZE="4"><B><U>Our Hours</U></B></FONT><BR>
Monday through Friday, 9:00 to 3:00. The coffee pot is on by 8:45.</P>
<P><FONT SIZE="4"><B><U>Meals on Wheels</U></B></FONT><BR>
Hot noon meals delivered to homebound seniors in Crosslake, Manhattan Beach and Fifty Lakes, Monday through
Friday. Call the center to sign up yourself or a neighbor.</P>
<P><FONT SIZE="4"><B><U>This Month's Fun</U></B></FONT><BR>
Pickleball Monday &amp; Wednesday 9 am &bull; Bingo Thursdays 1 pm &bull; Card party the second Friday.</P>
<P><FONT SIZE="4"><B><U>Foot Care Clinic</U></B></FONT><BR>
Every other Tuesday by appointment, $25. Bring a towel.</P>
""")


def ad(label, text, color="#FFFF99"):
    return ('<TD WIDTH="50%%" VALIGN="TOP" BGCOLOR="%s"><FONT FACE="Courier New" SIZE="3"><B>%s</B> %s</FONT></TD>'
            % (color, label, text))


BULLETIN = page("Bulletin Board - Pine Ridge", """
<P><FONT SIZE="5" COLOR="#006633"><B>Bulletin Board</B></FONT><BR>
<I>Pinned up by members and staff. Take a card, leave a card.</I></P>
<TABLE WIDTH="100%" BORDER="1" CELLPADDING="8" CELLSPACING="6">
<TR>""" + ad("WANTED:", "Someone handy with a sewing machine to hem our new stage curtains before the Christmas "
             "program. They are 14 feet long, so bring patience! See Arlene.") + ad(
    "FOR LOAN:", "Wheelchairs, walkers, bath benches and raised toilet seats. Borrow free for as long as you need. "
                 "Ask at the desk.", "#CCFFFF") + """</TR>
<TR>""" + ad("WANTED:", "Large-print crossword and word-search books, and jigsaw puzzles of 500 pieces or fewer "
             "(all pieces there, please!).") + ad(
    "WANTED &mdash; FOUND!", "Thanks to Bev Lindquist we now have a 40-cup coffee urn. No more needed.",
    "#EEEEEE") + """</TR>
<TR>""" + ad("WANTED:", "Meals on Wheels drivers for the Tuesday and Thursday routes around Cross Lake. About 90 "
             "minutes; mileage is reimbursed.") + ad(
    "TICKETS:", "Quilt raffle tickets, $5 each or 5 for $20. Drawing at the Cantata. Proceeds go to the roof fund.",
    "#FFCCCC") + """</TR>
<TR>""" + ad("THANK YOU", "to the Crosslake Lions Club for our new ice machine!", "#CCFFCC") + ad(
    "LOST:", "Reading glasses in a brown case, left in the library nook. Claim at the desk.", "#EEEEEE") + """</TR>
</TABLE>
""")

NEWSLETTER = page("The Pinecone - December 2024", """
<P><FONT SIZE="5" COLOR="#006633"><B>The Pinecone</B></FONT><BR><I>December 2024</I></P>
<P><B>MEET RON</B><BR>
Please welcome our new cook, Ron Aho. Ron cooked at the Manhattan Beach Lodge for 25 years and makes a walleye
chowder you will want to write home about.</P>
<P><B>TECH TIME</B><BR>
On Tuesday afternoons from 1 to 3, members bring their phones and tablets with questions. We need a patient
volunteer who knows iPhones and Android phones to help &ndash; Dale can't keep up alone!</P>
<P><B>A NEIGHBOR IN NEED</B><BR>
One of our members, a 93-year-old widower living alone on County Road 3, lost the use of his snowblower this
fall. His driveway is long and he can no longer shovel. If you have a plow or a strong snowblower and could clear
his driveway after storms this winter, please call the center.</P>
<P><B>FISH FRY</B><BR>
The October fish fry fed 310 people and raised $2,300 for the van fund. Thank you, fryers!</P>
<P><B>CHRISTMAS CANTATA</B><BR>
Sunday, December 15, 2 pm, with the Crosslake Community Choir. Cookies and cider afterward.</P>
<P><FONT SIZE="2"><I>Coming in January: ten ways to keep your pipes from freezing &raquo;</I></FONT></P>
""")

VOLUNTEER = page("Volunteer Corner - Pine Ridge", """
<P><FONT SIZE="5" COLOR="#006633"><B>Volunteer Corner</B></FONT></P>
<P>Here is where things stand this month:</P>
<UL>
<LI><STRIKE>Bingo caller, Thursdays</STRIKE> &mdash; Arlene has it covered. Thanks!</LI>
<LI><SPAN STYLE="text-decoration: line-through">Card party hosts, second Friday</SPAN></LI>
<LI><B>Front desk greeter</B>, Friday mornings 9&ndash;noon. Answer the phone, welcome visitors, sell raffle
tickets.</LI>
<LI><B>Exercise class leader</B> for the Tuesday/Thursday chair exercise group. Must be certified to lead senior
fitness (SAIL, SilverSneakers or similar).</LI>
<LI><DEL>Library book sorter</DEL></LI>
<LI><B>Christmas decorating crew</B>: we need four people on Monday, December 2 to put up the tree, the lights and
the village on the piano.</LI>
</UL>
<P><B>Foot care nurse:</B> we are hiring an RN to run our foot care clinic, paid $200 per clinic. Call Judy.</P>
""")

BOARD = page("Board Members - minutes", """
<P><FONT SIZE="5"><B>Board Minutes &ndash; November 2024</B></FONT><BR><I>Board members only, please.</I></P>
<OL>
<LI>We need a new treasurer by January 1.</LI>
<LI>Ask Crosslake Ace to donate snow shovels for the ramp.</LI>
<LI>Recruit volunteers to call homebound members once a week.</LI>
</OL>
""")

PAGES = {"index.html": INDEX, "bulletin.htm": BULLETIN, "newsletter.htm": NEWSLETTER, "volunteer.htm": VOLUNTEER,
         "board/minutes.htm": BOARD}

ROBOTS = "User-agent: *\nDisallow: /board/\nDisallow: /cgi-bin/\n"

PDFS = {
    "flyers/rummage-sale-2025.pdf": ("Pine Ridge Spring Rummage Sale 2025", [
        ("title", "Pine Ridge Senior Center - Spring Rummage Sale"),
        ("h", "Spring Rummage Sale"),
        ("p", "Friday, April 25 and Saturday, April 26, 8 am to 2 pm, in the big hall. Bring cash - and no early "
              "birds, please!"),
        ("h", "Sorters and cashiers needed"),
        ("p", "We need eight volunteers during sale week: sorters to sort and price donations April 21-24, and "
              "cashiers to run the cash boxes on the two sale days. Sign up at the front desk."),
        ("h", "Donation drop-off"),
        ("p", "Bring clean, working items to the back door, Monday through Wednesday, 9 to noon, April 14-23. "
              "Sorry, no TVs, mattresses or cribs."),
        ("h", "Where the money goes"),
        ("p", "Last year's sale raised $4,150 for the van fund."),
    ]),
}

NEEDS = [
    N("bulletin.htm", ["stage curtains", "sewing machine"], "skilled", "en", layout="classified_ads"),
    N("bulletin.htm", ["large-print crossword", "jigsaw puzzles"], "donation", "en", layout="classified_ads"),
    N("bulletin.htm", ["meals on wheels drivers"], "volunteer", "en", layout="classified_ads",
      note="mileage reimbursed is not pay"),
    N("newsletter.htm", ["tech time", "iphones and android"], "skilled", "en", layout="newsletter_caps"),
    N("newsletter.htm", ["clear his driveway", "snowblower"], "volunteer", "en", layout="story"),
    N("volunteer.htm", ["front desk greeter"], "volunteer", "en", layout="strike_list"),
    N("volunteer.htm", ["exercise class leader"], "skilled", "en", layout="strike_list"),
    N("volunteer.htm", ["christmas decorating crew"], "volunteer", "en", layout="strike_list"),
    N("flyers/rummage-sale-2025.pdf", ["sorters and cashiers"], "volunteer", "en", layout="pdf"),
]

TRAPS = [
    T("index.html", "hours", ["our hours"]),
    T("index.html", "service", ["hot noon meals"]),
    T("index.html", "event", ["pickleball", "bingo thursdays"]),
    T("index.html", "service", ["foot care clinic"], "attendees bring a towel"),
    T("bulletin.htm", "service", ["for loan", "bath benches"], "things the center lends"),
    T("bulletin.htm", "filled", ["coffee urn"], "WANTED - FOUND! No more needed"),
    T("bulletin.htm", "general_appeal", ["quilt raffle"]),
    T("bulletin.htm", "recap", ["new ice machine"]),
    T("newsletter.htm", "bio", ["ron aho"]),
    T("newsletter.htm", "recap", ["fish fry"]),
    T("newsletter.htm", "event", ["christmas cantata"]),
    T("newsletter.htm", "blog", ["keep your pipes from freezing"]),
    T("volunteer.htm", "filled", ["bingo caller"], "<STRIKE>"),
    T("volunteer.htm", "filled", ["card party hosts"], "only an inline line-through style"),
    T("volunteer.htm", "filled", ["library book sorter"], "<DEL> with no words"),
    T("volunteer.htm", "job", ["foot care nurse"]),
    T("flyers/rummage-sale-2025.pdf", "event", ["spring rummage sale"]),
    T("flyers/rummage-sale-2025.pdf", "hours", ["donation drop-off"]),
    T("flyers/rummage-sale-2025.pdf", "recap", ["last year's sale"]),
    T("board/minutes.htm", "robots", ["new treasurer"]),
    T("board/minutes.htm", "robots", ["donate snow shovels"]),
    T("board/minutes.htm", "robots", ["call homebound members"]),
]
