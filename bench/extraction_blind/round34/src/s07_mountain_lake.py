from common import N, T

SLUG = "mountain-lake-karen-gospel-church"


def page(lang, title, body):
    return """<HTML lang="%s">
<HEAD>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=utf-8">
<META NAME="GENERATOR" CONTENT="Microsoft FrontPage 5.0">
<TITLE>%s</TITLE>
</HEAD>
<BODY BGCOLOR="#FFFFFF" TEXT="#000000" LINK="#003399">
<TABLE WIDTH="760" BORDER="0" CELLSPACING="0" CELLPADDING="4" ALIGN="center">
<TR><TD COLSPAN="2" BGCOLOR="#1F3F7A"><FONT FACE="Georgia" SIZE="5" COLOR="#FFFFFF"><B>MOUNTAIN LAKE KAREN GOSPEL CHURCH</B></FONT></TD></TR>
<TR>
<TD WIDTH="150" VALIGN="top" BGCOLOR="#E8EEF8"><FONT FACE="Arial" SIZE="2">
<A HREF="/index.html">HOME</A><BR>
<A HREF="/get-involved.htm">GET INVOLVED</A><BR>
<A HREF="/news.htm">CHURCH NEWS</A><BR>
<A HREF="/kar/index.html">ကညီ</A><BR>
<A HREF="/newsletter.pdf">NEWSLETTER (PDF)</A><BR>
<A HREF="/deacons/notes.htm">DEACONS</A><BR>
<A HREF="/media/christmas-program.htm">CHRISTMAS PROGRAM</A>
</FONT></TD>
<TD VALIGN="top"><FONT FACE="Arial" SIZE="2">
%s
</FONT></TD>
</TR>
<TR><TD COLSPAN="2" ALIGN="center"><FONT SIZE="1">1105 Third Ave, Mountain Lake, MN 56159 &middot; (507) 555-0119 &middot; mlkgc@mlkarengospel.org</FONT></TD></TR>
</TABLE>
</BODY>
</HTML>
""" % (lang, title, body)


INDEX = page("en", "Mountain Lake Karen Gospel Church", """
<P><FONT SIZE="4"><B>WELCOME</B></FONT></P>
<P>We are a Karen Baptist congregation of about 60 families. Services are in S'gaw Karen with English summaries.</P>
<P><FONT SIZE="3"><B>WORSHIP TIMES</B></FONT><BR>
Sunday worship 10:30 AM &middot; Wednesday prayer 7:00 PM</P>
<P><FONT SIZE="3"><B>RIDES TO CHURCH</B></FONT><BR>
Our church van picks up elders and families without a car every Sunday. Call the church office by Saturday noon.</P>
<P><FONT SIZE="3"><B>KAREN NEW YEAR</B></FONT><BR>
Saturday, January 10, at the Mountain Lake community center: don dance, bamboo dance and a shared meal.</P>
""")

INVOLVED = page("en", "GET INVOLVED", """
<P><FONT SIZE="4" COLOR="#1F3F7A"><B>HOW YOU CAN SERVE</B></FONT></P>
<TABLE BORDER="1" CELLPADDING="6" CELLSPACING="0" WIDTH="100%">
<TR>
<TD WIDTH="50%" VALIGN="top"><FONT FACE="Arial" SIZE="2"><B>SUNDAY SCHOOL HELPERS</B><BR>
Our children's classes grew from 18 to 31 kids this fall. Two more adults are needed in the 4&ndash;7 year old room, 9:15 to 10:15 AM.</FONT></TD>
<TD WIDTH="50%" VALIGN="top"><FONT FACE="Arial" SIZE="2"><B>VAN DRIVER FOR SUNDAY PICKUP</B><BR>
One Sunday a month, drive the 12-passenger church van on the pickup route in Mountain Lake and Windom. Clean license required; mileage reimbursed.</FONT></TD>
</TR>
<TR>
<TD VALIGN="top"><FONT FACE="Arial" SIZE="2"><B>SOUND BOARD OPERATOR</B><BR>
Run the mixer and projector during worship. Someone who knows audio equipment, or is willing to be trained by our youth leader.</FONT></TD>
<TD VALIGN="top"><FONT FACE="Arial" SIZE="2"><B>NURSERY ATTENDANTS</B><BR>
<FONT COLOR="#999999">FULL THROUGH DECEMBER. Thank you to the women's fellowship!</FONT></FONT></TD>
</TR>
<TR>
<TD COLSPAN="2" VALIGN="top"><FONT FACE="Arial" SIZE="2"><B>CUSTODIAN (PAID, PART-TIME)</B><BR>
8 hours a week, $16 per hour. Apply to the deacon board.</FONT></TD>
</TR>
</TABLE>
""")

NEWS = page("en", "CHURCH NEWS", """
<P><FONT SIZE="4"><B>CHURCH NEWS</B></FONT></P>
<P><B>PASTOR'S CORNER: WHAT THANKSGIVING MEANS TO A REFUGEE</B><BR>
Pastor Thaw reflects on his first November in Minnesota&hellip; <A HREF="/news.htm#pastor">continue reading</A></P>
<HR>
<P><B>A NEW BABY FOR SAW EH DOH AND NAW PAW</B><BR>
Saw Eh Doh and Naw Paw came to Mountain Lake from a camp on the Thai border in August. Their first daughter was born
on October 3. They are both working at the turkey plant, but the apartment has nothing for a baby yet: they still
need a crib, a car seat and a stroller. If you can give one of these, please tell Deacon Htoo.</P>
<HR>
<P><B>OUR FOOD CUPBOARD IS SHORT ON RICE</B><BR>
The food cupboard in the fellowship hall is short on 25-lb bags of rice. Jasmine or long grain are both fine.</P>
<HR>
<P><B>THANKSGIVING OFFERING</B><BR>
Last year's Thanksgiving offering raised $3,200 for the Mae La camp school. Thank you for your generosity.</P>
""")

KAR = page("kar", "ကညီ", """
<P><FONT SIZE="4"><B>ပှၤကညီ Gospel Church &ndash; Mountain Lake</B></FONT></P>
<P>ဘါထုကဖၣ် &ndash; Sunday 10:30 AM (worship)</P>
<P><FONT SIZE="3"><B>ပှၤမၤစၢၤ လိၣ် (helpers needed)</B></FONT></P>
<P><B>သရၣ်ကညီကျိာ် (Karen language teacher)</B><BR>
ဖိသၣ်တဖၣ် မၤလိ ကညီကျိာ် &ndash; Saturday 9&ndash;11 AM. (Teach Karen reading and writing to our children.)</P>
<P><B>ဆ့ၤကၤဂိၤ (winter clothes)</B><BR>
ဖိသၣ်တဖၣ် လိၣ် ဆ့ၤကၤဂိၤ &ndash; coats, boots, hats, size 4&ndash;14. (Our children need winter clothes.)</P>
<P><S><B>ပှၤသးဝံၣ် (choir singers)</B></S> &ndash; FULL. တၢ်ဘျုး! (thank you)</P>
""")

DEACONS = page("en", "DEACONS", """
<P><FONT SIZE="4"><B>DEACON BOARD NOTES &ndash; PRIVATE</B></FONT></P>
<UL>
<LI>Find a volunteer electrician to rewire the fellowship hall.</LI>
<LI>Ask the Mennonite church to donate hymnals.</LI>
<LI>Two ushers needed for Christmas Eve.</LI>
</UL>
""")

PAGES = {"index.html": INDEX, "get-involved.htm": INVOLVED, "news.htm": NEWS, "kar/index.html": KAR,
         "deacons/notes.htm": DEACONS}

ROBOTS = "User-agent: *\nDisallow: /deacons/\n"

PDFS = {
    "newsletter.pdf": ("Mountain Lake Karen Gospel Church - Newsletter", [
        ("title", "MOUNTAIN LAKE KAREN GOSPEL CHURCH"),
        ("title", "Church Newsletter - Autumn"),
        ("p", "1105 Third Ave, Mountain Lake, MN 56159 - (507) 555-0119"),
        ("h", "Harvest Thanksgiving Service"),
        ("p", "Our harvest Thanksgiving service will be on Sunday, November 23, followed by a potluck. Bring a dish to share."),
        ("h", "Baptisms"),
        ("p", "Seven young people were baptized in Mountain Lake in September. Praise God!"),
        ("h", "From the mission team"),
        ("p", "Many of our older members have high blood pressure and do not see a doctor often. The mission team would love "
              "a volunteer nurse to check blood pressures in the fellowship hall after the service, one Sunday a month. "
              "If you are a nurse, or know one, please speak to Sister Mu Lah."),
    ]),
}

NEEDS = [
    N("get-involved.htm", ["sunday school helpers"], "volunteer", "en", layout="table_layout_caps"),
    N("get-involved.htm", ["van driver"], "volunteer", "en", layout="table_layout_caps", note="mileage reimbursed is not pay"),
    N("get-involved.htm", ["sound board operator"], "skilled", "en", layout="table_layout_caps"),
    N("news.htm", ["crib", "stroller"], "donation", "en", layout="story", note="new baby, family story"),
    N("news.htm", ["bags of rice"], "donation", "en", layout="short_on"),
    N("kar/index.html", ["သရၣ်ကညီကျိာ်", "karen language teacher"], "skilled", "kar", ["kar"], layout="heading_paragraph"),
    N("kar/index.html", ["ဆ့ၤကၤဂိၤ", "winter clothes"], "donation", "kar", layout="heading_paragraph"),
    N("newsletter.pdf", ["volunteer nurse", "blood pressures"], "skilled", "en", layout="pdf", note="buried in newsletter section"),
]

TRAPS = [
    T("index.html", "hours", ["worship times"]),
    T("index.html", "service", ["rides to church"]),
    T("index.html", "event", ["karen new year"]),
    T("get-involved.htm", "filled", ["nursery attendants"], "FULL THROUGH DECEMBER"),
    T("get-involved.htm", "job", ["custodian"], "paid $16/h"),
    T("news.htm", "blog", ["pastor's corner"]),
    T("news.htm", "recap", ["thanksgiving offering"]),
    T("kar/index.html", "filled", ["ပှၤသးဝံၣ်", "choir singers"], "struck + FULL"),
    T("kar/index.html", "hours", ["ဘါထုကဖၣ်"]),
    T("deacons/notes.htm", "robots", ["electrician"]),
    T("deacons/notes.htm", "robots", ["hymnals"]),
    T("deacons/notes.htm", "robots", ["ushers"]),
    T("newsletter.pdf", "event", ["harvest thanksgiving service"]),
    T("newsletter.pdf", "recap", ["baptisms"]),
]
