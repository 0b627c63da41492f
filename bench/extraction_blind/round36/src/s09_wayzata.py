from common import N, T

SLUG = "wayzata-meskerem-ethiopian-community"

HEAD = """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<link rel="stylesheet" href="/static/css/meskerem.css">
<link rel="icon" href="/static/img/adey-abeba.ico">
</head>
<body class="{cls}">
<div class="topnav">
 <a href="/" class="brand">Meskerem &middot; መስከረም</a>
 <a href="/volunteer.html">Volunteer</a>
 <a href="/am/index.html" hreflang="am">አማርኛ</a>
 <a href="/am/erdata.html" hreflang="am">ልገሳ</a>
 <a href="/newsletter.pdf">Newsletter</a>
</div>
<main class="container">
"""

FOOT = """
</main>
<footer class="site-footer">
 <p>Meskerem Ethiopian Community &middot; 1250 E Wayzata Blvd, Suite 4, Wayzata, MN 55391 &middot; 952-555-0190 &middot; <a href="mailto:contact@meskeremmn.example">contact@meskeremmn.example</a></p>
 <p><a href="/committee/minutes.html">Executive committee</a></p>
</footer>
</body>
</html>
"""


def page(lang, title, body, cls="page"):
    return HEAD.format(lang=lang, title=title, cls=cls) + body + FOOT


PAGES = {}

PAGES["index.html"] = page("en", "Meskerem Ethiopian Community", """
<div class="hero">
 <h1>Meskerem Ethiopian Community</h1>
 <p>A home for Ethiopian and Eritrean families in Wayzata and the west metro since 2005.</p>
</div>
<div class="grid3">
 <div>
  <h2>Sunday coffee</h2>
  <p>Coffee and conversation every Sunday, 2&ndash;4 pm, in the community room. Everyone is welcome.</p>
 </div>
 <div>
  <h2>Help with forms</h2>
  <p>Amharic-English help with county forms, school enrollment and MNsure applications, Tuesdays by appointment.</p>
 </div>
 <div>
  <h2>Our founder</h2>
  <p>Tsehay Bekele started Meskerem in her living room in 2005 with nine families. She still cooks for every holiday.</p>
 </div>
</div>
<div class="callout">
 <h2>Right now</h2>
 <p>We are looking for a volunteer with a cargo van who can move donated furniture to newly arrived families on Saturday mornings, once or twice a month.</p>
</div>
<p class="fund">Support our building fund: we are raising $250,000 for a permanent home. <a href="#">Pledge</a></p>
<p class="gallery"><a href="/photos/meskel-2024.html">Meskel 2024 photos</a></p>
""")

PAGES["volunteer.html"] = page("en", "Volunteer - Meskerem", """
<h1>Volunteer opportunities</h1>
<table class="opps">
 <thead><tr><th>Role</th><th>When</th><th>Status</th></tr></thead>
 <tbody>
  <tr><td>Homework help (grades 3&ndash;8)</td><td>Mon &amp; Wed, 4&ndash;6 pm</td><td><span class="st-open">Open &mdash; 3 more needed</span></td></tr>
  <tr><td>Airport pickup for new arrivals</td><td>On call</td><td><span class="st-open">Open</span></td></tr>
  <tr><td>Injera baking for the Meskel feast</td><td>Sept 26</td><td><span class="st-closed">No longer needed &mdash; the women's association has it covered</span></td></tr>
  <tr><td>Website update</td><td>Flexible</td><td><span class="st-closed">Done &#10004;</span></td></tr>
  <tr><td>Legal aid night interpreter (Amharic/English)</td><td>1st Thursday, 6&ndash;8 pm</td><td><span class="st-open">Open</span></td></tr>
 </tbody>
</table>
<h2>How to sign up</h2>
<p>Fill in the volunteer form at the office or e-mail us your name, phone and the role you want.</p>
<h2>Staff opening</h2>
<p>Part-time bookkeeper, 10 hours a week, $22 per hour. Send a r&eacute;sum&eacute; by e-mail.</p>
""")

PAGES["am/index.html"] = page("am", "የመስከረም የኢትዮጵያ ማኅበረሰብ", """
<h1>የመስከረም የኢትዮጵያ ማኅበረሰብ — ዌይዛታ</h1>
<p>እንኳን ደህና መጡ። ከ2005 ጀምሮ በምዕራብ ሜትሮ ያሉ ኢትዮጵያውያንንና ኤርትራውያንን ቤተሰቦች እናገለግላለን።</p>
<h2>የቢሮ ሰዓት</h2>
<p>ከሰኞ እስከ ዓርብ፣ ከጠዋቱ 4 ሰዓት እስከ ቀኑ 10 ሰዓት።</p>
<h2>አገልግሎቶች</h2>
<ul>
 <li>ነፃ የአማርኛ ትምህርት ለልጆች፣ ቅዳሜ ጠዋት</li>
 <li>የካውንቲ ቅጾችን ለመሙላት እርዳታ</li>
</ul>
<h2>በጎ ፈቃደኞች እንፈልጋለን</h2>
<ol class="roles">
 <li><b>የአማርኛ መምህር</b> — ቅዳሜ ጠዋት ልጆችን ማንበብና መጻፍ ለማስተማር።</li>
 <li><b>አስተርጓሚ</b> — አረጋውያንን ወደ ሐኪም ቀጠሮ ለማጀብ፤ አማርኛና እንግሊዝኛ መናገር ያስፈልጋል።</li>
 <li><b>የቡና ሥነ ሥርዓት አዘጋጆች</b> ለመስቀል በዓል — <span class="st-closed">ተሞልቷል</span></li>
</ol>
<h2>የመስቀል በዓል</h2>
<p>መስከረም 17 (September 27)፣ ከቀኑ 9 ሰዓት ጀምሮ፣ በዌይዛታ ፓርክ። ደመራ፣ ቡናና ምግብ።</p>
<p class="fund">ማኅበሩን በገንዘብ ይደግፉ። <a href="#">ይለግሱ</a></p>
""", cls="page amharic")

PAGES["am/erdata.html"] = page("am", "የዕቃ ልገሳ", """
<h1>የዕቃ ልገሳ</h1>
<p>በአሁኑ ጊዜ የሚያስፈልጉን፦ ሩዝ፣ ዘይት፣ ምስር፣ የሕፃናት ዳይፐር እና ሳሙና።</p>
<h2>አንድ ቤተሰብ እርዳታ ይፈልጋል</h2>
<p>ከኤርትራ የመጡ እናትና ሦስት ልጆች ባለፈው ወር ሆፕኪንስ ገብተዋል። አልጋ፣ ብርድ ልብስና የወጥ ቤት ዕቃዎች የላቸውም። መርዳት የምትችሉ በ952-555-0190 ደውሉ።</p>
<p><s>የክረምት ጃኬቶች</s> — በቂ አለን፣ እናመሰግናለን!</p>
<p>ባለፈው ዓመት 150 ቤተሰቦች የፋሲካ ምግብ ተቀብለዋል።</p>
<p>ዕቃዎችን ቅዳሜ ከጠዋቱ 3 እስከ 6 ሰዓት ወደ ቢሮ ማምጣት ይቻላል።</p>
""", cls="page amharic")

PAGES["committee/minutes.html"] = page("en", "Executive committee", """
<h1>Executive committee minutes &mdash; members only</h1>
<p>Action items:</p>
<ul>
 <li>Recruit a volunteer treasurer before the annual meeting.</li>
 <li>Ask St. Bartholomew's to lend 100 chairs for Enkutatash.</li>
 <li>Find a photographer for the Meskel program.</li>
</ul>
""")

ROBOTS = """User-agent: *
Disallow: /committee/
Disallow: /static/private/
"""

PDFS = {
    "newsletter.pdf": ("Meskerem Newsletter - May 2025", [
        ("title", "Meskerem Newsletter - May 2025"),
        ("h", "Youth corner"),
        ("p", "Our youth group has grown to 40 teens. They meet on Friday nights for games, study and Bible "
              "talks, and we are looking for two adult mentors who can come twice a month. A background check "
              "is required; we pay for it."),
        ("p", "The homework room is busy too. Wanted: used laptops (Windows 10 or newer, with chargers) so "
              "students do not have to share one computer."),
        ("h", "Fasika"),
        ("p", "Thank you to everyone who cooked for the Fasika feast. We served more than 300 guests."),
        ("h", "Save the date"),
        ("p", "Graduation party for our high school and college graduates: Saturday, June 14, 3 pm."),
    ]),
}

NEEDS = [
    N("index.html", ["cargo van"], "volunteer", "en", layout="heading_paragraph",
      note="need on the home page, role only inside a sentence under 'Right now'"),
    N("volunteer.html", ["homework help"], "skilled", "en", layout="status_table"),
    N("volunteer.html", ["airport pickup"], "volunteer", "en", layout="status_table"),
    N("volunteer.html", ["legal aid night interpreter"], "skilled", "en", ["am", "en"], layout="status_table"),
    N("am/index.html", ["የአማርኛ መምህር"], "skilled", "am", ["am"], layout="role_list"),
    N("am/index.html", ["አስተርጓሚ"], "skilled", "am", ["am", "en"], layout="role_list"),
    N("am/erdata.html", ["የሕፃናት ዳይፐር", "ምስር"], "donation", "am", layout="wish_list_sentence"),
    N("am/erdata.html", ["ብርድ ልብስ", "የወጥ ቤት ዕቃዎች"], "donation", "am", layout="story"),
    N("newsletter.pdf", ["adult mentors"], "volunteer", "en", layout="newsletter_buried"),
    N("newsletter.pdf", ["used laptops"], "donation", "en", layout="newsletter_buried"),
]

TRAPS = [
    T("index.html", "event", ["sunday coffee"]),
    T("index.html", "service", ["county forms"]),
    T("index.html", "bio", ["tsehay bekele"]),
    T("index.html", "general_appeal", ["building fund"]),
    T("volunteer.html", "filled", ["injera baking"], note="no longer needed"),
    T("volunteer.html", "filled", ["website update"], note="Done ✔"),
    T("volunteer.html", "how_to_apply", ["how to sign up"]),
    T("volunteer.html", "job", ["part-time bookkeeper"]),
    T("am/index.html", "hours", ["የቢሮ ሰዓት"]),
    T("am/index.html", "service", ["ነፃ የአማርኛ ትምህርት"]),
    T("am/index.html", "filled", ["የቡና ሥነ ሥርዓት"], note="ተሞልቷል"),
    T("am/index.html", "event", ["የመስቀል በዓል"]),
    T("am/index.html", "general_appeal", ["በገንዘብ ይደግፉ"]),
    T("am/erdata.html", "filled", ["የክረምት ጃኬቶች"], note="struck + በቂ አለን"),
    T("am/erdata.html", "recap", ["150 ቤተሰቦች"]),
    T("am/erdata.html", "hours", ["ቅዳሜ ከጠዋቱ 3 እስከ 6 ሰዓት"]),
    T("newsletter.pdf", "recap", ["fasika feast"]),
    T("newsletter.pdf", "event", ["graduation party"]),
    T("committee/minutes.html", "robots", ["volunteer treasurer"]),
    T("committee/minutes.html", "robots", ["100 chairs"]),
    T("committee/minutes.html", "robots", ["photographer"]),
]
