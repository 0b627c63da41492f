"""Hackensack: Karen Baptist Fellowship. Old Blogger-style front page (post excerpts + sidebar), S'gaw Karen page
with English glosses, FrontPage-era ALL-CAPS volunteer table (.htm, <font>), English PDF welcome packet."""
from common import need, trap

SLUG = "hackensack-karen-baptist-fellowship"
PAGES, NEEDS, TRAPS = {}, [], []

NAV = """<div id="header-wrapper"><div id="header"><h1 class="title"><a href="/">Hackensack Karen Baptist Fellowship</a></h1>
<p class="description">Northwoods home of Karen families since 2009</p></div>
<div id="crosscol"><a href="/">Home</a> | <a href="/kar.html">&#4096;&#4106;&#4142; (Karen)</a> | <a href="/volunteer.htm">Volunteer</a> | <a href="/welcome-packet.pdf">New families</a></div></div>"""
FOOT = """<div id="footer-wrapper"><p>Hackensack Karen Baptist Fellowship &middot; 112 Lake Ave, Hackensack, MN 56452 &middot; (218) 555-0166</p>
<p><a href="/deacon-notes/">Deacon notes</a> &middot; <a href="/2023/11/thanksgiving-photos.html">Thanksgiving photos</a> &middot; Powered by Blogger</p></div>"""

PAGES["index.html"] = """
<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Hackensack Karen Baptist Fellowship</title>
<link rel="stylesheet" href="/static/minima.css"></head>
<body><div id="outer-wrapper">
""" + NAV + """
<div id="main-wrapper">
<div class="date-header">Sunday, March 2, 2025</div>
<div class="post"><h3 class="post-title">Seeking a sewing machine fixer</h3>
<div class="post-body"><p>Our Thursday weaving and sewing group has five donated machines, but two jam every
week and one will not wind a bobbin. We are seeking someone who knows how to service old Singer and Brother
sewing machines &mdash; even one afternoon would help the ladies a lot.</p></div>
<div class="post-footer">Posted by Naw Paw Htoo at 7:12 PM | 2 comments</div></div>
<div class="date-header">Thursday, February 20, 2025</div>
<div class="post"><h3 class="post-title">Thank you for a joyful Karen New Year</h3>
<div class="post-body"><p>Over 300 people came to the Karen New Year celebration at the Hackensack
community hall. We served 40 pounds of rice noodles and the youth danced the don. Thank you, volunteers!</p></div></div>
<div class="date-header">Monday, February 10, 2025</div>
<div class="post"><h3 class="post-title">Pastor Saw Eh Doh: carrying our parents' faith</h3>
<div class="post-body"><p>Last Sunday Pastor Saw Eh Doh spoke about the faith our parents carried out of the camps&hellip;
<a href="/kar.html">Read more &raquo;</a></p></div></div>
</div>
<div id="sidebar-wrapper">
<div class="widget"><h2>Worship</h2><p>Sunday worship 10:30 am (Karen), English fellowship lunch 12:30 pm.
Wednesday prayer 7 pm.</p></div>
<div class="widget"><h2>Free ESL classes</h2><p>Free ESL classes for adults at the church on
Tuesday nights. Childcare provided. Just come.</p></div>
<div class="widget"><h2>Helpful links</h2><ul>
<li><a href="https://kom.example.org">Karen Organization of Minnesota</a> &ndash; case management, ESL</li>
<li><a href="https://cass-county.example.gov">Cass County Health &amp; Human Services</a></li></ul></div>
</div>
""" + FOOT + """
</div></body></html>
"""
NEEDS += [
    need("index.html", ["sewing machine"], "skilled", "en", layout="blog_post", note="'seeking' post"),
]
TRAPS += [
    trap("index.html", "recap", ["joyful karen new year"]),
    trap("index.html", "blog", ["carrying our parents' faith"]),
    trap("index.html", "hours", ["sunday worship 10:30"]),
    trap("index.html", "service", ["free esl classes"], note="class offered to adults; the tutor need is on volunteer.htm"),
    trap("index.html", "service", ["karen organization of minnesota"], note="resource listing"),
]

PAGES["kar.html"] = """
<!DOCTYPE html>
<html lang="kar">
<head><meta charset="utf-8"><title>ကညီခရံာ်ဖိဘျာ်တီၤ — Hackensack</title>
<link rel="stylesheet" href="/static/minima.css"></head>
<body><div id="outer-wrapper">
""" + NAV + """
<div id="main-wrapper">
<h2>ပှၤကညီဘၣ်တၢ်ဟ့ၣ်ကူၣ်ကျဲ (Karen page)</h2>
<p>မုၢ်ဒဲး ဘါထုကဖၣ် 10:30 AM. (Sunday worship 10:30 AM)</p>
<h3>တၢ်မၤစၢၤ — Help we need</h3>
<ul>
<li><b>ပှၤဖီတၢ်အီၣ် မုၢ်ဒဲး</b> (Sunday lunch cooks) — 3 ဂၤ. Cook rice and curry for about 80 people after worship,
9:00&ndash;12:30.</li>
<li><b>သရၣ်သိၣ်လံာ် ဖိသၣ်</b> (Sunday school teachers for children) — 2 ဂၤ. Teach Bible stories to ages 5&ndash;11
during worship; Karen or English is fine.</li>
<li><b>ဆ့ၤကၤဖိသၣ်</b> (children's clothes) — sizes 4&ndash;10, warm clothes for the new families from Mae La camp.</li>
<li><s><b>သရၣ်သိၣ်ဂံၤတၢ်</b> (guitar teacher for youth)</s> — ပှဲၤဝံၤ (FULL). တၢ်ဘျုးဒိၣ်မး.</li>
</ul>
<h3>Karen Martyrs' Day</h3>
<p>August 12, 6:00 PM, in the church hall. ဟဲဝဲၤ ဒီး နဟံၣ်ဖိဃီဖိ. (Come with your family.)</p>
</div>
""" + FOOT + """
</div></body></html>
"""
NEEDS += [
    need("kar.html", ["sunday lunch cooks"], "volunteer", "kar", layout="list",
         note="Karen heading with English gloss; key is the gloss"),
    need("kar.html", ["children's clothes"], "donation", "kar", layout="list"),
    need("kar.html", ["sunday school teachers"], "skilled", "kar", layout="list",
         note="Karen heading with English gloss"),
]
TRAPS += [
    trap("kar.html", "filled", ["guitar teacher"], note="struck + FULL"),
    trap("kar.html", "event", ["martyrs' day"]),
    trap("kar.html", "hours", ["sunday worship 10:30 am"]),
]

PAGES["volunteer.htm"] = """
<html lang="en">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="GENERATOR" content="Microsoft FrontPage 5.0"><title>VOLUNTEER</title></head>
<body bgcolor="#FFFFF0">
""" + NAV + """
<table width="640" border="1" cellpadding="4" cellspacing="0" bordercolor="#996633">
<tr><td colspan="3" bgcolor="#996633"><font face="Arial" color="#FFFFFF" size="4"><b>VOLUNTEER OPPORTUNITIES &ndash; SPRING 2025</b></font></td></tr>
<tr><td><font face="Arial" size="2"><b>ESL CONVERSATION TUTORS</b></font></td>
<td><font face="Arial" size="2">TUESDAY EVENINGS 6:30&ndash;8:00 AT THE CHURCH. HELP ADULTS PRACTICE ENGLISH FOR WORK AND CITIZENSHIP.</font></td>
<td><font face="Arial" size="2" color="#006600">3 NEEDED</font></td></tr>
<tr><td><font face="Arial" size="2"><b>RIDES TO THE CLINIC IN PARK RAPIDS</b></font></td>
<td><font face="Arial" size="2">ELDERS WITHOUT CARS HAVE APPOINTMENTS MOST WEEKDAYS. 45 MINUTES EACH WAY. GAS MONEY GIVEN.</font></td>
<td><font face="Arial" size="2" color="#006600">NEEDED</font></td></tr>
<tr><td><font face="Arial" size="2"><b>KAREN&ndash;ENGLISH INTERPRETERS FOR SCHOOL CONFERENCES</b></font></td>
<td><font face="Arial" size="2">WALKER-HACKENSACK-AKELEY SCHOOLS, APRIL 8 AND 10. MUST READ AND SPEAK BOTH LANGUAGES.</font></td>
<td><font face="Arial" size="2" color="#006600">2 NEEDED</font></td></tr>
<tr><td><font face="Arial" size="2"><b>CHURCH VAN DRIVER</b></font></td>
<td><font face="Arial" size="2">SUNDAY PICKUPS FROM LONGVILLE AND WALKER.</font></td>
<td><font face="Arial" size="2" color="#990000">FULL THROUGH MAY</font></td></tr>
<tr><td><font face="Arial" size="2"><b>BOOKKEEPER</b></font></td>
<td><font face="Arial" size="2">PAID POSITION, 8 HOURS A MONTH. CALL THE CHURCH OFFICE.</font></td>
<td><font face="Arial" size="2">PAID</font></td></tr>
<tr><td><font face="Arial" size="2"><b>LEND US A ROTOTILLER</b></font></td>
<td><font face="Arial" size="2">FOR ONE WEEKEND IN MAY TO TURN OVER THE 14 FAMILY GARDEN PLOTS BEHIND THE CHURCH.</font></td>
<td><font face="Arial" size="2" color="#006600">NEEDED</font></td></tr>
</table>
""" + FOOT + """
</body></html>
"""
NEEDS += [
    need("volunteer.htm", ["esl conversation tutors"], "skilled", "en", ["en"], layout="table_layout_caps"),
    need("volunteer.htm", ["rides to the clinic"], "volunteer", "en", layout="table_layout_caps"),
    need("volunteer.htm", ["interpreters for school conferences"], "skilled", "en", ["kar", "en"],
         layout="table_layout_caps"),
    need("volunteer.htm", ["rototiller"], "other", "en", layout="table_layout_caps", note="loan of a tiller"),
]
TRAPS += [
    trap("volunteer.htm", "filled", ["church van driver"], note="FULL THROUGH MAY"),
    trap("volunteer.htm", "job", ["bookkeeper"], note="paid"),
]

PAGES["deacon-notes/index.html"] = """
<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Deacon notes</title></head>
<body>
""" + NAV + """
<h2>Deacon notes (private)</h2>
<ul><li>Need someone to fix the furnace in the parsonage before next winter.</li>
<li>Ask the congregation for a donated upright piano.</li>
<li>Need a treasurer to replace Saw Kaw when he moves to Omaha.</li></ul>
""" + FOOT + """
</body></html>
"""
TRAPS += [
    trap("deacon-notes/index.html", "robots", ["furnace in the parsonage"]),
    trap("deacon-notes/index.html", "robots", ["upright piano"]),
    trap("deacon-notes/index.html", "robots", ["treasurer"]),
]

PDFS = {
    "welcome-packet.pdf": ("Welcome Packet for New Families", [
        ("title", "Welcome to Hackensack - A Packet for New Karen Families"),
        ("p", "WHAT THE CHURCH CAN DO FOR YOU We help new families sign up for MNsure and school, find a family doctor, "
              "and learn the bus routes. We also run a free clothing closet on the first Saturday of each month."),
        ("p", "HOW TO ASK FOR HELP Talk to Deacon Saw Htoo after worship or call the church office at (218) 555-0166. "
              "Tell us your name, your phone number and what you need."),
        ("p", "HOUSEHOLD ITEMS WE COLLECT FOR NEW ARRIVALS Every family that comes from the camps starts with almost "
              "nothing. We always collect rice cookers, large cooking pots, sleeping mats, bath towels and "
              "kitchen knives for the next family. Bring them to the church basement any Sunday."),
    ]),
}
NEEDS += [
    need("welcome-packet.pdf", ["household items we collect", "rice cookers"], "donation", "en", layout="pdf",
         note="wish list as one run-in paragraph"),
]
TRAPS += [
    trap("welcome-packet.pdf", "service", ["what the church can do for you", "clothing closet"]),
    trap("welcome-packet.pdf", "how_to_apply", ["how to ask for help"]),
]

ROBOTS = """User-agent: *
Disallow: /deacon-notes/
"""
