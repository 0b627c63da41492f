"""Bird Island: Karen Community Church (English + S'gaw Karen).
Layouts: old table-layout home page with a <marquee> carrying a need; ministry
table in ALL CAPS with rowspan ministries and a colspan "ALL FILLED" row (.htm);
two S'gaw Karen pages with English glosses in parentheses; English PDF bulletin
with a buried ask."""
from common import N, T

SLUG = "bird-island-karen-community-church"

LEFT = """<td width="160" valign="top" bgcolor="#FFF8DC">
<font face="Verdana" size="2">
<a href="/index.html">HOME</a><br>
<a href="/ministries.htm">MINISTRIES</a><br>
<a href="/kayin.html">ကညီ (KAREN)</a><br>
<a href="/kayin-youth.html">ကညီ YOUTH</a><br>
<a href="/bulletin.pdf">BULLETIN (PDF)</a><br>
<a href="/photos/baptism-2025.htm">PHOTOS</a><br>
<a href="/elders-only/minutes.htm">ELDERS</a>
</font></td>"""

PAGES = {}

PAGES["index.html"] = """
<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="GENERATOR" content="Microsoft FrontPage 6.0">
<title>Karen Community Church of Bird Island</title>
</head>
<body bgcolor="#FFFFFF">
<table width="760" border="0" cellpadding="4">
<tr><td colspan="2" bgcolor="#8B0000" align="center"><font color="#FFFFFF" size="5" face="Georgia">
KAREN COMMUNITY CHURCH OF BIRD ISLAND</font><br><font color="#FFD700" size="2">"Love one another" &ndash; John 13:34</font></td></tr>
<tr><td colspan="2" bgcolor="#FFFFE0"><marquee scrollamount="4"><font color="#B22222"><b>*** PLEASE PRAY FOR OUR
FAMILIES IN MAE LA CAMP *** VAN DRIVER NEEDED FOR SUNDAY MORNING PICKUP FROM OLIVIA AND RENVILLE &ndash; SEE PASTOR
SAW HTOO ***</b></font></marquee></td></tr>
<tr>""" + LEFT + """
<td valign="top"><font face="Verdana" size="2">
<p><b>WELCOME!</b> We are a Karen Baptist congregation of about 45 families from Burma and the Thai
refugee camps, worshiping in Bird Island since 2011.</p>
<p><b>WORSHIP</b><br>Sunday 10:30 AM (Karen) &middot; Sunday 1:00 PM (English youth service)<br>
Wednesday 7:00 PM prayer meeting</p>
<p><b>WE OFFER</b><br>Karen language and literacy classes for children, Saturdays 9 AM. Free.</p>
<p><b>CHURCH JANITOR</b> (paid position, 10 hours/week). Call the church office.</p>
</font></td></tr>
</table>
</body>
</html>
"""

PAGES["ministries.htm"] = """
<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html lang="en">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>MINISTRIES</title></head>
<body>
<table width="760" border="0"><tr>""" + LEFT + """
<td valign="top">
<font face="Verdana" size="3"><b>MINISTRIES &amp; HELPERS NEEDED</b></font>
<table border="1" cellpadding="5" cellspacing="0" width="100%">
<tr bgcolor="#DDDDDD"><th>MINISTRY</th><th>LEADER</th><th>HELPERS NEEDED</th></tr>
<tr><td rowspan="2"><b>SUNDAY SCHOOL</b></td><td rowspan="2">NAW PAW</td>
    <td>SUNDAY SCHOOL TEACHER, AGES 4&ndash;6 &ndash; <font color="red">NEED 1</font></td></tr>
<tr><td>SUNDAY SCHOOL SNACK &ndash; <font color="gray">FILLED</font></td></tr>
<tr><td><b>KITCHEN</b></td><td>MU MU</td>
    <td>FELLOWSHIP LUNCH COOKS &ndash; WE HAVE ENOUGH COOKS UNTIL MARCH</td></tr>
<tr><td rowspan="2"><b>MUSIC</b></td><td rowspan="2">SAW EH DOH</td>
    <td>BASS GUITAR PLAYER &ndash; <font color="red">NEED 1</font></td></tr>
<tr><td>SOUND SYSTEM OPERATOR (WE WILL TRAIN YOU) &ndash; <font color="red">NEED 2</font></td></tr>
<tr><td colspan="3" align="center" bgcolor="#EEFFEE"><b>YOUTH GROUP: ALL LEADER POSITIONS FILLED FOR 2025. THANK YOU!</b></td></tr>
<tr><td><b>VISITATION</b></td><td>PASTOR</td>
    <td>VISIT OUR ELDERS AT THE NURSING HOME IN WILLMAR, KAREN SPEAKERS PLEASE &ndash; <font color="red">NEED 2</font></td></tr>
</table>
</td></tr></table>
</body>
</html>
"""

PAGES["kayin.html"] = """
<!DOCTYPE html>
<html lang="kar">
<head><meta charset="utf-8"><title>ကညီခရံာ်ဖိဘါတူာ်ဖိ - Bird Island</title></head>
<body>
<table width="760"><tr>""" + LEFT + """
<td valign="top">
<h1>ပှၤမၤစၢၤလၢပလိၣ်ဘၣ် (Helpers we need)</h1>
<h3>၁. ပှၤစဲးကွဲးတၢ်သးဝံၣ်လံာ် (Typing Karen hymns on the computer)</h3>
<p>ပလိၣ်ဘၣ်ပှၤတဂၤလၢအစဲးကွဲးကညီလံာ်သ့လၢခီၣ်ဖျူထၢၣ်အပူၤ. Saturday afternoon.</p>
<h3>၂. ဘုလၢဟံၣ်ဖိဃီဖိအသီ (Rice for new families)</h3>
<p>ဘု 25 lb ၁၀ ထၢၣ်. ဟံၣ်ဖိဃီဖိ ၃ ဖုအသီ ဟဲတုၤလံ.</p>
<h3>၃. ပှၤနဲၣ်သိလ့ၣ် (Driver to take elders to the doctor)</h3>
<p>Willmar ဒီး Olivia. ပှၤလၢအိၣ်ဒီးသိလ့ၣ်ဒီးလံာ်ပျဲ.</p>
<h3><s>၄. ယဲၤ (Blankets)</s></h3>
<p>ပှဲၤလံ (Full). တၢ်ဘျုးဒိၣ်မး!</p>
<hr>
<p><b>ကညီနံၣ်သီ (Karen New Year)</b> &ndash; January 3, 2026, Bird Island Community Center.</p>
<p><b>တၢ်ဘါဘှံး (Worship)</b> &ndash; Sunday 10:30 AM.</p>
</td></tr></table>
</body>
</html>
"""

PAGES["kayin-youth.html"] = """
<!DOCTYPE html>
<html lang="kar">
<head><meta charset="utf-8"><title>ကညီဖိသၣ်လီၤဘိ - Youth</title></head>
<body>
<table width="760"><tr>""" + LEFT + """
<td valign="top">
<h1>ပှၤသၣ်ပှၤဘိ (Youth)</h1>
<ul>
<li><b>သရၣ်သိၣ်ဂံၢ်ဂိၢ် (Math tutor for high school students)</b> &ndash; ပလိၣ်ဘၣ် ၁ ဂၤ. Thursday 6 PM.</li>
<li><b>ဖျၢၣ်ထူဒီးခီၣ်ဖံး (Soccer balls and shoes)</b> &ndash; ပလိၣ်ဘၣ်ဖျၢၣ် ၆ ဖျၢၣ်ဒီးခီၣ်ဖံး.</li>
<li><s>သိလ့ၣ်ဖးဒိၣ် (Youth camp bus)</s> &ndash; ပှဲၤလံ. တၢ်ဘျုး!</li>
</ul>
<p><b>Youth camp</b> &ndash; July 17&ndash;19, 2026, Camp Shamineau.</p>
</td></tr></table>
</body>
</html>
"""

PAGES["elders-only/minutes.htm"] = """
<html lang="en"><head><meta charset="utf-8"><title>ELDERS MINUTES</title></head>
<body><font face="Verdana" size="2">
<b>ELDERS MEETING &ndash; OCT 5</b><br>
1. NEED A NEW TREASURER FOR 2026<br>
2. NEED VOLUNTEERS TO PAINT THE FELLOWSHIP HALL<br>
3. ASK FOR DONATED CHURCH VAN TIRES<br>
</font></body></html>
"""

ROBOTS = """User-agent: *
Disallow: /elders-only/
Disallow: /cgi-bin/
"""

PDFS = {
    "bulletin.pdf": ("Karen Community Church Bulletin", [
        ("title", "KAREN COMMUNITY CHURCH - SUNDAY BULLETIN - NOVEMBER 9, 2025"),
        ("h", "ORDER OF SERVICE"),
        ("p", "Call to worship - Hymn 112 - Prayer - Scripture: Psalm 23 - Sermon: Pastor Saw Htoo - Offering."),
        ("h", "ANNOUNCEMENTS"),
        ("p", "1. Offering last week: $1,240. Thank you for your faithful giving."),
        ("p", "2. Thanksgiving potluck on Sunday, November 23, after worship. Bring one dish."),
        ("p", "3. The Htoo family is moving from Renville to Bird Island on Saturday, November 15. They need "
              "someone with a pickup truck and two strong helpers for the morning."),
        ("p", "4. Christmas program costumes: we have enough, thank you. Please do not bring more."),
        ("h", "PRAYER LIST"),
        ("p", "Grandma Paw Say (surgery), the Lah family, our brothers and sisters in Burma."),
    ]),
}

NEEDS = [
    N("index.html", ["van driver"], "volunteer", "en", (), "marquee"),
    N("ministries.htm", ["sunday school teacher"], "skilled", "en", (), "rowspan_table_caps"),
    N("ministries.htm", ["bass guitar"], "skilled", "en", (), "rowspan_table_caps"),
    N("ministries.htm", ["sound system operator"], "volunteer", "en", (), "rowspan_table_caps"),
    N("ministries.htm", ["nursing home", "visit our elders"], "volunteer", "en", ("kar",), "rowspan_table_caps"),
    N("kayin.html", ["typing karen hymns", "ပှၤစဲးကွဲးတၢ်သးဝံၣ်လံာ်"], "skilled", "kar", ("kar",), "heading_paragraph"),
    N("kayin.html", ["rice for new families", "ဘုလၢဟံၣ်ဖိဃီဖိအသီ"], "donation", "kar", (), "heading_paragraph"),
    N("kayin.html", ["driver to take elders", "ပှၤနဲၣ်သိလ့ၣ်"], "volunteer", "kar", (), "heading_paragraph"),
    N("kayin-youth.html", ["math tutor"], "skilled", "kar", (), "list"),
    N("kayin-youth.html", ["soccer balls"], "donation", "kar", (), "list"),
    N("bulletin.pdf", ["pickup truck", "htoo family"], "volunteer", "en", (), "newsletter_buried",
      "moving help in numbered announcements"),
]

TRAPS = [
    T("index.html", "hours", ["worship"]),
    T("index.html", "service", ["literacy classes"]),
    T("index.html", "job", ["church janitor"]),
    T("ministries.htm", "filled", ["sunday school snack"]),
    T("ministries.htm", "filled", ["fellowship lunch cooks"], "we have enough cooks"),
    T("ministries.htm", "filled", ["youth group"], "colspan ALL FILLED"),
    T("kayin.html", "filled", ["blankets"], "struck + full"),
    T("kayin.html", "event", ["karen new year"]),
    T("kayin.html", "hours", ["sunday 10:30"]),
    T("kayin-youth.html", "filled", ["youth camp bus"]),
    T("kayin-youth.html", "event", ["camp shamineau"]),
    T("bulletin.pdf", "recap", ["offering last week"]),
    T("bulletin.pdf", "event", ["thanksgiving potluck"]),
    T("bulletin.pdf", "filled", ["christmas program costumes"]),
    T("bulletin.pdf", "event", ["order of service"]),
    T("elders-only/minutes.htm", "robots", ["treasurer"]),
    T("elders-only/minutes.htm", "robots", ["paint the fellowship hall"]),
    T("elders-only/minutes.htm", "robots", ["van tires"]),
]
