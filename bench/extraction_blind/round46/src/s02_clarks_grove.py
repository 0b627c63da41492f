from common import N, T

SLUG = "clarks-grove-karen-baptist-church"

HEAD = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html lang="{lang}">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="GENERATOR" content="Microsoft FrontPage 6.0">
<title>{title}</title>
</head>
<body bgcolor="#FFFFF0" topmargin="0" leftmargin="0">
<table border="0" width="760" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="2" bgcolor="#003366" height="70">
 <font face="Georgia" size="5" color="#FFFFFF"><b>&nbsp;CLARKS GROVE KAREN BAPTIST CHURCH</b></font><br>
 <font face="Arial" size="2" color="#CCCCFF">&nbsp;&nbsp;&quot;Let us not grow weary in doing good&quot; &ndash; Galatians 6:9</font>
</td></tr>
<tr>
<td width="160" valign="top" bgcolor="#E8E8D0">
 <font face="Arial" size="2">
 <br>&nbsp;<a href="/index.html">HOME</a><br>
 <br>&nbsp;<a href="/ministries.htm">MINISTRIES</a><br>
 <br>&nbsp;<a href="/news.htm">CHURCH NEWS</a><br>
 <br>&nbsp;<a href="/karen.htm">ကညီကျိာ် (KAREN)</a><br>
 <br>&nbsp;<a href="/bulletin/october.pdf">OCTOBER BULLETIN</a><br>
 </font>
</td>
<td width="600" valign="top">
"""

FOOT = """
</td></tr>
<tr><td colspan="2" bgcolor="#003366" align="center">
 <font face="Arial" size="1" color="#FFFFFF">218 Main St, Clarks Grove, MN 56016 &nbsp;|&nbsp; (507) 555-0117 &nbsp;|&nbsp; cgkbc.office@cgkbc-church.org
 <br><a href="/deacons/notes.htm"><font color="#FFFFFF">Deacons only</font></a> &nbsp;|&nbsp; Last updated 10/02</font>
</td></tr>
</table>
</body>
</html>
"""

INDEX = HEAD.format(lang="en", title="Clarks Grove Karen Baptist Church - Home") + """
<table border="0" width="100%" cellpadding="8">
<tr><td>
 <font face="Arial" size="4" color="#003366"><b>WELCOME, FRIENDS</b></font>
 <p><font face="Arial" size="2">We are a Karen-speaking congregation of about 140 people who came to Freeborn County from the camps
 on the Thai&ndash;Burma border. Everyone is welcome at our table.</font></p>
</td></tr>
<tr><td>
 <font face="Arial" size="3" color="#990000"><b>WORSHIP TIMES</b></font><br>
 <font face="Arial" size="2">SUNDAY SCHOOL 9:30 AM &nbsp;&middot;&nbsp; WORSHIP 11:00 AM (Karen, English summary)<br>
 WEDNESDAY PRAYER 7:00 PM</font>
</td></tr>
<tr><td bgcolor="#FFF2CC">
 <font face="Arial" size="3" color="#990000"><b>THE FOOD CUPBOARD IS DOWN TO TWO SACKS OF RICE</b></font><br>
 <font face="Arial" size="2">New families get a 25-lb sack of rice their first week. We are down to two. Sacks of jasmine
 or long-grain rice can be left in the church entry any day the door is open.</font>
</td></tr>
<tr><td>
 <font face="Arial" size="3" color="#990000"><b>PASTOR'S CORNER</b></font><br>
 <font face="Arial" size="2">Rev. Saw Eh Doh came to Minnesota in 2008 and served in St. Paul before coming to Clarks Grove.
 He and his wife Naw Paw have four children.</font>
</td></tr>
<tr><td>
 <font face="Arial" size="3" color="#990000"><b>KAREN NEW YEAR CELEBRATION</b></font><br>
 <font face="Arial" size="2">Saturday, January 11, at the Clarks Grove school gym. Don dance, food and games. All welcome.</font>
</td></tr>
<tr><td>
 <font face="Arial" size="3" color="#990000"><b>BUILDING FUND</b></font><br>
 <font face="Arial" size="2">We are raising $60,000 for a new roof. Give in the offering plate, marked &quot;roof&quot;.</font>
 <br><font face="Arial" size="1"><a href="/sermons/2024-thanksgiving.htm">Listen to last year's Thanksgiving sermon</a></font>
</td></tr>
</table>
""" + FOOT

MIN = HEAD.format(lang="en", title="Ministries - Clarks Grove Karen Baptist Church") + """
<p><font face="Arial" size="4" color="#003366"><b>MINISTRIES &amp; SERVING</b></font></p>
<table border="1" width="100%" cellpadding="6" cellspacing="0" bordercolor="#999999">
<tr bgcolor="#003366"><td><font face="Arial" size="2" color="#FFFFFF"><b>WHERE WE SERVE</b></font></td>
<td width="170"><font face="Arial" size="2" color="#FFFFFF"><b>STATUS</b></font></td></tr>
<tr><td><font face="Arial" size="2"><b>SUNDAY SCHOOL TEACHER, AGES 4&ndash;6</b><br>Lead a small class with songs, a Bible story and a craft.
 Lesson books are provided. Karen or English is fine.</font></td>
<td><font face="Arial" size="2" color="#006600"><b>OPEN &ndash; PLEASE SEE DEACON TAW</b></font></td></tr>
<tr><td><font face="Arial" size="2"><b>VAN DRIVER FROM ALBERT LEA</b><br>Pick up six families on Sunday mornings in the church van and bring them home after lunch.
 A clean driving record is needed.</font></td>
<td><font face="Arial" size="2" color="#006600"><b>OPEN</b></font></td></tr>
<tr><td><font face="Arial" size="2"><b>SOUND BOARD OPERATOR</b><br>Run the mixer and the livestream during worship.</font></td>
<td><font face="Arial" size="2" color="#999999"><b>FILLED BY SAW HTOO</b></font></td></tr>
<tr><td><font face="Arial" size="2"><b>ENGLISH CLASS HELPER</b><br>Sit with adult learners on Tuesday nights.</font></td>
<td><font face="Arial" size="2" color="#999999"><b>ENOUGH HELPERS UNTIL MAY &ndash; THANK YOU</b></font></td></tr>
<tr><td><font face="Arial" size="2"><b>IMMIGRATION PAPERWORK HELPER</b><br>Many members must renew green cards or want to apply for citizenship. We need someone
 careful with government forms who can sit with them after worship. A Karen speaker is best, but an English speaker with patience can work with our interpreter.</font></td>
<td><font face="Arial" size="2" color="#006600"><b>OPEN &ndash; URGENT</b></font></td></tr>
<tr><td><font face="Arial" size="2"><b>WOMEN'S FELLOWSHIP</b><br>Meets the first Saturday of each month for prayer and a meal.</font></td>
<td><font face="Arial" size="2"><b>ALL WOMEN WELCOME</b></font></td></tr>
</table>
""" + FOOT

KAREN = HEAD.format(lang="kar", title="ကညီ - Clarks Grove Karen Baptist Church") + """
<p><font size="4" color="#003366"><b>ကညီဘျာ်ထီၣ်ဘှံး တၢ်အိၣ်ဖှိၣ် ကလၢာ့ဂြိး</b></font></p>
<table border="0" width="100%" cellpadding="6">
<tr><td>
 <font size="3" color="#990000"><b>မုၢ်ဒဲး တၢ်ဘါ — Sunday worship</b></font><br>
 <font size="2">မုၢ်ဒဲး 11:00 AM. ဖိသၣ်တၢ်မၤလိ 9:30 AM.</font>
</td></tr>
<tr><td bgcolor="#FFF2CC">
 <font size="3" color="#990000"><b>ပိာ်ယၤလိၣ်ဘၣ် သရၣ်သိၣ်ထါတၢ် (Karen weaving teacher)</b></font><br>
 <font size="2">ဖိသၣ်မုၣ်တဖၣ် ဆဲးလၢၤကွၢ်မၤလိ ထါတၢ်ကညီ. မုၢ်ဖီဖး တနွံတဘျီ. Saturday afternoons, looms provided.</font>
</td></tr>
<tr><td bgcolor="#FFF2CC">
 <font size="3" color="#990000"><b>ဖိသၣ်အခီၣ်ဖံး (winter boots for children)</b></font><br>
 <font size="2">ဖိသၣ် 23 ဂၤ တအိၣ်ဒီး ခီၣ်ဖံးလၢ ဂိၤကတီၢ်. Sizes 10 to 6 youth. တၢ်ဘျုး.</font>
</td></tr>
<tr><td>
 <font size="3" color="#999999"><b><s>ပှၤသးဝံၣ် (choir singers)</s></b></font><br>
 <font size="2">ပှဲၤလံ — full for this year. တၢ်ဘျုးဒိၣ်မး.</font>
</td></tr>
<tr><td>
 <font size="3" color="#990000"><b>ကညီနီၣ်ထံၣ်သီ — Karen New Year</b></font><br>
 <font size="2">January 11, Clarks Grove school gym.</font>
</td></tr>
</table>
""" + FOOT

NEWS = HEAD.format(lang="en", title="Church News - Clarks Grove Karen Baptist Church") + """
<p><font face="Arial" size="4" color="#003366"><b>CHURCH NEWS &ndash; FALL</b></font></p>
<p><font face="Arial" size="3" color="#990000"><b>FROM THE DEACONS</b></font><br>
<font face="Arial" size="2">Praise God for a good harvest at the community garden &ndash; we gave away over 90 bags of
greens and long beans in August. The furniture ministry keeps growing too: people in Albert Lea and Owatonna call us
whenever they move, and we pass their couches and dressers on to new families. Our problem is hauling. If you own a
pickup truck and could give two Saturday mornings a month to move furniture, please tell a deacon. Thank you to the
youth group for painting the fellowship hall.</font></p>
<p><font face="Arial" size="3" color="#990000"><b>WELCOME TO THE PAW WAH FAMILY</b></font><br>
<font face="Arial" size="2">Thra Paw Wah, his wife and their six children arrived from Mae La camp in August. They have an
apartment on Fourth Street now, but the children still sleep on mats on the floor. Beds and mattresses &ndash; two
bunk beds or three twins &ndash; would make a big difference before winter. Talk to Naw Paw if you can help.</font></p>
<p><font face="Arial" size="3" color="#990000"><b>BAPTISMS</b></font><br>
<font face="Arial" size="2">Eleven young people were baptized at Fountain Lake on September 8. Praise God!</font></p>
<p><font face="Arial" size="3" color="#990000"><b>THANKSGIVING POTLUCK</b></font><br>
<font face="Arial" size="2">Sunday, November 24 after worship. Bring a dish to share.</font></p>
""" + FOOT

DEACONS = HEAD.format(lang="en", title="Deacons - Clarks Grove Karen Baptist Church") + """
<p><font face="Arial" size="4" color="#003366"><b>DEACONS' WORK LIST (PRIVATE)</b></font></p>
<ul><font face="Arial" size="2">
<li>Find an electrician to look at the basement outlets.</li>
<li>Need helpers to clean the gutters before snow.</li>
<li>Ask the association for a second church van.</li>
</font></ul>
""" + FOOT

PAGES = {
    "index.html": INDEX,
    "ministries.htm": MIN,
    "karen.htm": KAREN,
    "news.htm": NEWS,
    "deacons/notes.htm": DEACONS,
}

ROBOTS = """# FrontPage server extensions
User-agent: *
Disallow: /_vti_bin/
Disallow: /deacons/
"""

PDFS = {
    "bulletin/october.pdf": ("October Bulletin - Clarks Grove Karen Baptist Church", [
        ("title", "CLARKS GROVE KAREN BAPTIST CHURCH"),
        ("title", "October Bulletin"),
        ("p", "218 Main St, Clarks Grove, MN 56016 - (507) 555-0117"),
        ("h", "CHURCH ANNIVERSARY SUNDAY"),
        ("p", "On October 20 we give thanks for 12 years together. One service at 11:00 AM followed by a meal."),
        ("h", "FROM THE CHOIR"),
        ("p", "The choir is learning four new hymns for Christmas. Since Thramu Mary moved to Omaha nobody has played "
              "for our practices, and singing without music is hard for the young ones. A piano accompanist who can "
              "read music and come Thursday evenings at 7 would be an answer to prayer. Please speak to the choir "
              "leader after worship."),
        ("h", "OFFERING REPORT"),
        ("p", "September general fund: $4,210. Roof fund: $18,640 of $60,000."),
        ("h", "PRAYER REQUESTS"),
        ("p", "Pray for the families still waiting in the camps and for those looking for work this winter."),
    ]),
}

NEEDS = [
    N("index.html", ["sacks of rice", "jasmine"], "donation", "en", layout="table_layout_caps",
      note="'down to two' = short on"),
    N("ministries.htm", ["sunday school teacher"], "skilled", "en", layout="table_layout_caps"),
    N("ministries.htm", ["van driver"], "volunteer", "en", layout="table_layout_caps"),
    N("ministries.htm", ["immigration paperwork helper"], "skilled", "en", ["kar", "en"], layout="table_layout_caps",
      note="Karen speaker preferred"),
    N("karen.htm", ["weaving teacher", "သရၣ်သိၣ်ထါတၢ်"], "skilled", "kar", layout="heading_paragraph",
      note="Karen heading with English gloss"),
    N("karen.htm", ["winter boots", "ခီၣ်ဖံး"], "donation", "kar", layout="heading_paragraph"),
    N("news.htm", ["pickup truck", "move furniture"], "volunteer", "en", layout="newsletter_buried",
      note="buried in the deacons' paragraph"),
    N("news.htm", ["beds and mattresses", "bunk beds"], "donation", "en", layout="story"),
    N("bulletin/october.pdf", ["piano accompanist"], "skilled", "en", layout="pdf", note="buried in choir paragraph"),
]

TRAPS = [
    T("index.html", "hours", ["worship times"]),
    T("index.html", "bio", ["pastor's corner"]),
    T("index.html", "event", ["karen new year celebration"]),
    T("index.html", "general_appeal", ["building fund"]),
    T("ministries.htm", "filled", ["sound board operator"], "FILLED BY name"),
    T("ministries.htm", "filled", ["english class helper"], "enough helpers until May"),
    T("ministries.htm", "event", ["women's fellowship"], "a meeting, not a role"),
    T("karen.htm", "hours", ["sunday worship"]),
    T("karen.htm", "filled", ["choir singers"], "<s> + ပှဲၤလံ (full)"),
    T("karen.htm", "event", ["karen new year"]),
    T("news.htm", "recap", ["community garden", "90 bags"]),
    T("news.htm", "recap", ["baptisms"]),
    T("news.htm", "event", ["thanksgiving potluck"]),
    T("deacons/notes.htm", "robots", ["electrician"]),
    T("deacons/notes.htm", "robots", ["clean the gutters"]),
    T("deacons/notes.htm", "robots", ["second church van"]),
    T("bulletin/october.pdf", "event", ["church anniversary sunday"]),
    T("bulletin/october.pdf", "recap", ["offering report"]),
]
