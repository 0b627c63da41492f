"""Amboy: Mu Kaw Karen Baptist Church.
English site with one S'gaw Karen page. Layouts: a Sunday bulletin pasted as
plain text inside <pre> (ASCII rules, dotted leaders, '*' bullets), a potluck
sign-up sheet mixing people and food items with needed/signed/still-needed
counts, a short Karen page with English glosses, an English PDF newsletter."""
from common import N, T

SLUG = "amboy-mu-kaw-karen-church"


def head(lang, title):
    return """<!DOCTYPE html>
<html lang="%s">
<head>
<meta charset="utf-8">
<title>%s</title>
<link rel="stylesheet" href="/church.css">
</head>
<body bgcolor="#fdf8ef">
<center><img src="/img/cross-banner.gif" alt="Mu Kaw Karen Baptist Church"></center>
<p class="nav" align="center"><a href="/index.html">Home</a> &bull; <a href="/bulletin.htm">This week&rsquo;s bulletin</a> &bull; <a href="/signup.html">Potluck sign-up</a> &bull; <a href="/kar/index.html">ကညီ (Karen)</a> &bull; <a href="/newsletter.pdf">Messenger (PDF)</a></p>
<hr>
""" % (lang, title)


FOOT = """<hr>
<p class="foot" align="center">Mu Kaw Karen Baptist Church &middot; 301 Main St N, Amboy, MN &middot; (507) 555-0163 &middot; mukaw.church@example.org<br>
<a href="/elders/notes.html">Elders</a> &middot; <a href="/media/harvest-2023.htm">Photos</a></p>
</body>
</html>
"""

INDEX = head("en", "Mu Kaw Karen Baptist Church") + """
<h1 align="center">Welcome to Mu Kaw Karen Baptist Church</h1>
<p>We are a family of about 140 Karen believers from Burma and Thailand, worshipping in Amboy since 2009. Everyone is welcome.</p>
<h2>Worship times</h2>
<p>Sunday worship 10:30 AM (Karen with English summary). Wednesday prayer 7 PM.</p>
<h2>Our pastor</h2>
<p>Pastor Saw Eh Kaw came to Minnesota in 2007 after twelve years in Mae La camp. He and his wife Naw Htoo have four children and one very loud grandson.</p>
<h2>Women&rsquo;s fellowship</h2>
<p>Women&rsquo;s fellowship meets the first Saturday of each month at 2 PM.</p>
<h2>Building fund</h2>
<p>We are saving to replace the furnace and the roof of the fellowship hall. Gifts to the building fund can be placed in the offering or mailed to the church.</p>
""" + FOOT

BULLETIN = head("en", "Sunday Bulletin") + """
<pre>
=======================================================
   MU KAW KAREN BAPTIST CHURCH  --  SUNDAY BULLETIN
   October 13, 2024
=======================================================

ORDER OF WORSHIP                       10:30 AM
  Call to worship .................. Pastor Saw Eh Kaw
  Hymn 214 ......................... Congregation
  Scripture: Psalm 23 .............. Naw Ler Wah
  Message .......................... Pastor Saw Eh Kaw
  Offering and benediction

ANNOUNCEMENTS
 * Choir practice Wednesday 7 PM in the fellowship hall.
 * NEEDED: two drivers for Sunday pickup from the
   Mankato apartments (leave 9:15 AM, back by 1 PM).
   Talk to Deacon Pah Htoo.
 * The youth praise band is looking for a bass guitar.
   If you have one you don't play anymore, Naw Paw
   would love to hear from you.
 * Christmas kitchen team: ALL SLOTS FILLED. Thank you!
 * Last week's offering: $1,240.  Building fund: $18,300.

PRAYER
 * For Thra Kyaw's mother in the hospital in Mae Sot.
 * For the families arriving in December.
=======================================================
</pre>
""" + FOOT

KAR = head("kar", "ကညီ — Mu Kaw Karen Baptist Church") + """
<h1>ကညီခရံာ်ဖိဘ့ၣ်တိၣ်ဖိ မူကီၢ် (Karen page)</h1>
<p>ပလိၣ်ဘၣ် ပှၤမၤစၢၤ &mdash; we need helpers. ကိးပှၤ (call) Deacon Pah Htoo, (507) 555-0163.</p>
<ul>
<li><b>ပှၤကတိၤကျိာ် ကညီ&ndash;အဲကလံး (Karen&ndash;English interpreter)</b> &mdash; hospital visits in Mankato, Tuesdays. ပလိၣ်ဘၣ်.</li>
<li><b>တၢ်ဆးစ့ၣ် (sewing machines)</b> &mdash; 3 for the women&rsquo;s sewing group. ပလိၣ်ဘၣ်.</li>
<li><b>မၤဂ့ၤဟံၣ်ခိၣ် (roof repair)</b> &mdash; volunteers for the parsonage roof, one Saturday in October. ပလိၣ်ဘၣ်.</li>
<li><b>သရၣ်မုၢ်ဒဲးနံၤကို (Sunday school teacher)</b> &mdash; for the 6&ndash;9 year olds. ပလိၣ်ဘၣ်.</li>
<li><s><b>တၢ်အီၣ် (food for the wedding reception)</b></s> &mdash; ပှဲၤလံ &mdash; FULL, enough cooks. တၢ်ဘျုးဒိၣ်မး.</li>
</ul>
<h2>ကညီနံၣ်သီ (Karen New Year)</h2>
<p>Karen New Year celebration, Saturday January 11, 5 PM, Amboy community hall.</p>
<h2>ကညီကျိာ်ကို (Karen language class)</h2>
<p>Free Karen language class for children, Sundays after worship.</p>
""" + FOOT

SIGNUP = head("en", "Potluck sign-up sheet") + """
<h1>Harvest Thanksgiving Potluck &mdash; Sunday, November 17</h1>
<p>After worship, in the fellowship hall. Write your name on the sheet in the back of the church or tell Naw Paw, and she will update this page.</p>
<table border="1" cellpadding="5" cellspacing="0" width="100%">
<tr bgcolor="#e8d9b5"><th>Job or item</th><th>Needed</th><th>Signed up</th><th>Still needed</th></tr>
<tr><td>Set up tables (11:45)</td><td>4</td><td>Saw Htoo, Paw Say</td><td><b>2</b></td></tr>
<tr><td>Sound system</td><td>1</td><td>Eh Doh</td><td>0 &#10003;</td></tr>
<tr><td>Dishwashing after the meal</td><td>3</td><td>&nbsp;</td><td><b>3</b></td></tr>
<tr><td>Photography</td><td>1</td><td>&nbsp;</td><td><b>1</b></td></tr>
<tr><td>Rice (25 lb bags)</td><td>6</td><td>Naw Mu (2), Thra Kyaw (2), Htoo family (2)</td><td>0 &#10003;</td></tr>
<tr><td>Paper plates and cups (packs of 50)</td><td>8</td><td>Ler Wah (3)</td><td><b>5</b></td></tr>
<tr><td>Folding chairs from the Legion</td><td>60</td><td>Borrowed &mdash; Deacon Pah Htoo</td><td>0 &#10003;</td></tr>
</table>
""" + FOOT

ELDERS = head("en", "Elders") + """
<h1>Elders&rsquo; notes (private)</h1>
<ol>
<li>Find a new treasurer before January.</li>
<li>Ask the Lutheran church about a keyboard piano they are replacing.</li>
<li>Need volunteers to repaint the nursery.</li>
</ol>
""" + FOOT

PAGES = {
    "index.html": INDEX,
    "bulletin.htm": BULLETIN,
    "kar/index.html": KAR,
    "signup.html": SIGNUP,
    "elders/notes.html": ELDERS,
}

ROBOTS = """# robots for mukaw church
User-agent: *
Disallow: /elders/
"""

PDFS = {
    "newsletter.pdf": ("The Mu Kaw Messenger - Autumn 2024", [
        ("title", "The Mu Kaw Messenger - Autumn 2024"),
        ("p", "Mu Kaw Karen Baptist Church - 301 Main St N, Amboy, MN - (507) 555-0163"),
        ("h", "From the Pastor"),
        ("p", "Thank you to the 22 volunteers who painted the fellowship hall in August. It looks like "
              "a new building. God is good."),
        ("h", "Van ministry"),
        ("p", "Our 15-passenger van carries elders to church every Sunday. It now makes a grinding noise "
              "in the brakes and the check-engine light is on. If you are a mechanic, or know one who "
              "would look at it for free, please see Deacon Pah Htoo. The church will pay for parts."),
        ("h", "New families in December"),
        ("p", "Three families are arriving from Mae La camp in December, with nine children. They will "
              "need warm boots and mittens in all sizes. Please bring them to the church office by "
              "December 1."),
        ("h", "Baptism class"),
        ("p", "Baptism class begins November 3 after worship, for anyone preparing for baptism at Easter."),
    ]),
}

NEEDS = [
    N("bulletin.htm", ["two drivers", "sunday pickup"], "volunteer", "en", layout="pre_plaintext_bulletin"),
    N("bulletin.htm", ["bass guitar"], "donation", "en", layout="pre_plaintext_bulletin",
      note="'is looking for a bass guitar'"),
    N("kar/index.html", ["interpreter", "ပှၤကတိၤကျိာ်"], "skilled", "kar", ["kar", "en"], layout="gloss_list",
      note="Karen heading with English gloss"),
    N("kar/index.html", ["sewing machines", "တၢ်ဆးစ့ၣ်"], "donation", "kar", layout="gloss_list"),
    N("kar/index.html", ["roof repair", "မၤဂ့ၤဟံၣ်ခိၣ်"], "volunteer", "kar", layout="gloss_list"),
    N("kar/index.html", ["sunday school teacher", "သရၣ်မုၢ်ဒဲးနံၤကို"], "skilled", "kar", layout="gloss_list",
      note="no language requirement stated"),
    N("signup.html", ["set up tables"], "volunteer", "en", layout="signup_counts",
      note="2 of 4 still needed"),
    N("signup.html", ["dishwashing"], "volunteer", "en", layout="signup_counts"),
    N("signup.html", ["photography"], "skilled", "en", layout="signup_counts"),
    N("signup.html", ["paper plates"], "donation", "en", layout="signup_counts"),
    N("newsletter.pdf", ["mechanic", "van"], "skilled", "en", layout="pdf_newsletter",
      note="buried in 'Van ministry'"),
    N("newsletter.pdf", ["boots and mittens"], "donation", "en", layout="pdf_newsletter"),
]
TRAPS = [
    T("index.html", "hours", ["worship times"]),
    T("index.html", "bio", ["pastor saw eh kaw"]),
    T("index.html", "event", ["women's fellowship"]),
    T("index.html", "general_appeal", ["building fund"]),
    T("bulletin.htm", "event", ["choir practice"]),
    T("bulletin.htm", "filled", ["christmas kitchen team"], "ALL SLOTS FILLED"),
    T("bulletin.htm", "recap", ["last week's offering"]),
    T("bulletin.htm", "hours", ["order of worship"]),
    T("kar/index.html", "filled", ["food for the wedding"], "struck + 'FULL, enough cooks'"),
    T("kar/index.html", "event", ["karen new year"]),
    T("kar/index.html", "service", ["karen language class"]),
    T("signup.html", "event", ["harvest thanksgiving potluck"]),
    T("signup.html", "filled", ["sound system"], "0 still needed"),
    T("signup.html", "filled", ["rice"], "6 of 6 signed"),
    T("signup.html", "filled", ["folding chairs"], "borrowed"),
    T("newsletter.pdf", "recap", ["22 volunteers"]),
    T("newsletter.pdf", "event", ["baptism class"]),
    T("elders/notes.html", "robots", ["new treasurer"]),
    T("elders/notes.html", "robots", ["keyboard piano"]),
    T("elders/notes.html", "robots", ["repaint the nursery"]),
]
