from common import N, T

SLUG = "new-york-mills-tesfa-ethiopian-community"

HEAD = """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | Tesfa Ethiopian Community</title>
<style>body{{font-family:"Noto Sans Ethiopic",Arial,sans-serif;margin:0}} .hdr{{background:#0a6b3d;color:#fff;padding:1em}} .hdr a{{color:#fff}}</style>
</head>
<body>
<div class="hdr">
 <strong><a href="/">ተስፋ &middot; Tesfa</a></strong>
 &nbsp; <a href="/">አማርኛ</a> | <a href="/en.html">English</a> | <a href="/zena.html">ዜና</a> | <a href="/wishlist.html">Donate items</a>
</div>
<div class="content" style="max-width:820px;margin:auto;padding:1em">
"""

FOOT = """
</div>
<div class="ftr" style="background:#eee;padding:1em;font-size:small">
 Tesfa Ethiopian Community &middot; 40 N Main Ave, New York Mills, MN 56567 &middot; (218) 555-0119<br>
 <a href="/newsletter.pdf">Newsletter (PDF)</a> &middot; <a href="/board/agenda.html">Board</a>
</div>
</body>
</html>
"""

INDEX = HEAD.format(lang="am", title="መነሻ") + """
<h1>ተስፋ የኢትዮጵያውያን ማኅበረሰብ</h1>
<p>እንኳን ደህና መጡ! ማኅበራችን በኒው ዮርክ ሚልስ እና አካባቢው የሚኖሩ ኢትዮጵያውያን ቤተሰቦችን ይረዳል።</p>
<h2>የበጎ ፈቃደኞች ሰሌዳ</h2>
<table border="1" cellpadding="6" style="border-collapse:collapse">
 <tr><th>ሥራ</th><th>ቀን</th><th>ሁኔታ</th></tr>
 <tr><td>የቤት ሥራ አጋዥ (ሒሳብና ሳይንስ)</td><td>ማክሰኞ እና ሐሙስ 4:00&ndash;6:00</td><td>ክፍት &ndash; 2 ሰዎች ያስፈልጋሉ</td></tr>
 <tr><td>የቡና ሥነ ሥርዓት አዘጋጆች</td><td>እሑድ</td><td>ተሟልቷል፤ እናመሰግናለን</td></tr>
 <tr><td>ሾፌሮች ለሐኪም ቀጠሮ</td><td>በሳምንቱ ቀናት</td><td>ክፍት</td></tr>
 <tr><td>የአማርኛ መምህር ለልጆች</td><td>ቅዳሜ ጠዋት</td><td>ክፍት &ndash; 1 ሰው</td></tr>
</table>
<h2>የቢሮ ሰዓት</h2>
<p>ከሰኞ እስከ ዓርብ፣ ከጠዋቱ 3:00 እስከ ቀኑ 11:00 (9 am &ndash; 5 pm)</p>
<p><a href="https://www.paypal.com/donate/?hosted_button_id=TESFANYM" style="background:#f2b705;padding:.5em 1em">ለማኅበሩ ይለግሱ</a></p>
""" + FOOT

EN = HEAD.format(lang="en", title="English") + """
<h1>Tesfa Ethiopian Community &mdash; English</h1>
<p>Tesfa (&ldquo;hope&rdquo;) brings together Ethiopian families living in Otter Tail and Wadena counties.</p>
<h2>Seeking: a volunteer with a pickup truck</h2>
<p>People in town often offer us beds, dressers and couches for newly arrived families, but we have no way to move them. If you have a
pickup or a trailer and could help on a Saturday once or twice a month, we'd love to hear from you.</p>
<h2>What we offer</h2>
<p>Interpretation at medical appointments (Amharic, Tigrinya, Afaan Oromo), help with school enrollment, and a monthly food box.</p>
<h2>Join Tesfa</h2>
<p>Membership is open to anyone. Fill out the membership form at the office; dues are on a sliding scale.</p>
<h2>Job opening: youth program coordinator</h2>
<p>Part-time, 20 hours a week, $20 an hour. Plans our after-school and summer programs. Amharic a plus.</p>
""" + FOOT

NEWS = HEAD.format(lang="am", title="ዜና") + """
<h1>ዜና</h1>
<div class="post">
 <h2>የወ/ሮ አልማዝ ቤተሰብ</h2>
 <p>ወ/ሮ አልማዝ ከሦስት ልጆቿ ጋር ባለፈው ወር ከአዲስ አበባ መጥታለች። የሚኖሩበት አፓርትመንት ባዶ ነው፤ ልጆቹ የክረምት ልብስ የላቸውም፣
 አልጋም የላቸውም። የልጆች የክረምት ጃኬቶች (መጠን 6፣ 9 እና 12) እና አንድ አልጋ መስጠት የሚችል ካለ እባክዎ ይደውሉልን።</p>
</div>
<div class="post">
 <h2>የመስቀል በዓል</h2>
 <p>የመስቀል በዓል መስከረም 17 (September 27) በከተማው ፓርክ ይከበራል። ሁላችሁም ተጋብዛችኋል። <a href="/photos/meskel-2024.html">የ2024 ፎቶዎች</a></p>
</div>
<div class="post">
 <h2>የትምህርት ቤት ቦርሳዎች</h2>
 <p>ባለፈው ዓመት 120 ቦርሳዎችን ለተማሪዎች አከፋፍለናል። ለለገሳችሁ ሁሉ እናመሰግናለን!</p>
</div>
""" + FOOT

WISHLIST = HEAD.format(lang="en", title="Donate items") + """
<h1>Donate items</h1>
<form class="wishlist" action="/wishlist.html" method="get">
 <fieldset>
  <legend>Community kitchen wish list</legend>
  <label><input type="checkbox" name="i" value="pots"> Large stockpots (20 quart or bigger)</label><br>
  <label><input type="checkbox" name="i" value="mitad"> Electric injera mitad</label><br>
  <label><input type="checkbox" name="i" value="spice"> Berbere and shiro powder</label><br>
  <label><input type="checkbox" name="i" value="foil"> Heavy-duty aluminum foil</label>
 </fieldset>
 <p>Tick what you can bring and press Send. We will e-mail you a drop-off time.</p>
 <button type="submit">Send</button>
</form>
<h2>We're short on folding chairs</h2>
<p>Every Sunday we borrow 60 chairs from the school. Sturdy folding chairs, any color, would let us stop borrowing.</p>
<h2>Coffee cups</h2>
<p>We have more than enough coffee cups &ndash; please don't bring any more for now.</p>
<h2>2024 coat drive</h2>
<p>Last winter's drive collected 180 coats. Thank you, New York Mills!</p>
""" + FOOT

BOARD = HEAD.format(lang="en", title="Board agenda") + """
<h1>Board agenda (members only)</h1>
<ol>
 <li>Recruit a volunteer treasurer for next year.</li>
 <li>Ask the lumber yard to donate shelving for the storage room.</li>
 <li>Find 4 volunteers for the Genna meal on January 7.</li>
</ol>
""" + FOOT

PAGES = {
    "index.html": INDEX,
    "en.html": EN,
    "zena.html": NEWS,
    "wishlist.html": WISHLIST,
    "board/agenda.html": BOARD,
}

ROBOTS = """User-agent: *
Disallow: /board/
"""

PDFS = {
    "newsletter.pdf": ("Tesfa Newsletter - Fall 2025", [
        ("title", "TESFA ETHIOPIAN COMMUNITY"),
        ("title", "Newsletter - Fall 2025"),
        ("h", "New Year dinner"),
        ("p", "Our Enkutatash dinner on September 13 drew more than 90 people. Thank you to the cooks!"),
        ("h", "From the chair"),
        ("p", "Dear members, it has been a busy fall. Three new families have joined us, and the children's Saturday "
              "class now has 18 students. Many of our elders want to video-call their grandchildren and read their "
              "bills online, but have never used a smartphone or a computer. We are looking for a patient volunteer "
              "to teach basic computer and smartphone skills on Sunday afternoons in the community room."),
        ("h", "Annual meeting"),
        ("p", "Sunday, December 7, 2 pm. We will elect two board members."),
        ("h", "Dues"),
        ("p", "Membership dues of $30 a family are due in January. They pay for rent and insurance."),
    ]),
}

NEEDS = [
    N("index.html", ["የቤት ሥራ አጋዥ"], "skilled", "am", layout="status_table", note="homework helper; ክፍት = open"),
    N("index.html", ["ሾፌሮች"], "volunteer", "am", layout="status_table", note="drivers for doctor visits"),
    N("index.html", ["የአማርኛ መምህር"], "skilled", "am", ["am"], layout="status_table", note="Amharic teacher for children"),
    N("en.html", ["pickup truck"], "volunteer", "en", layout="seeking", note="moving donated furniture"),
    N("zena.html", ["አልማዝ", "የክረምት ጃኬቶች"], "donation", "am", layout="story", note="winter jackets + a bed"),
    N("wishlist.html", ["community kitchen wish list", "stockpots"], "donation", "en", layout="checkbox_form"),
    N("wishlist.html", ["folding chairs"], "donation", "en", layout="short_on"),
    N("newsletter.pdf", ["computer and smartphone skills", "basic computer"], "skilled", "en", layout="newsletter_buried_pdf"),
]

TRAPS = [
    T("index.html", "filled", ["የቡና ሥነ ሥርዓት"], "ተሟልቷል = completed"),
    T("index.html", "hours", ["የቢሮ ሰዓት"]),
    T("index.html", "general_appeal", ["ለማኅበሩ ይለግሱ"]),
    T("en.html", "service", ["what we offer"]),
    T("en.html", "how_to_apply", ["join tesfa"]),
    T("en.html", "job", ["youth program coordinator"]),
    T("zena.html", "event", ["የመስቀል በዓል"]),
    T("zena.html", "recap", ["120 ቦርሳዎችን"]),
    T("wishlist.html", "filled", ["coffee cups"], "more than enough"),
    T("wishlist.html", "recap", ["coat drive"]),
    T("newsletter.pdf", "recap", ["enkutatash dinner"]),
    T("newsletter.pdf", "event", ["annual meeting"]),
    T("newsletter.pdf", "general_appeal", ["membership dues"]),
    T("board/agenda.html", "robots", ["volunteer treasurer"]),
    T("board/agenda.html", "robots", ["donate shelving"]),
    T("board/agenda.html", "robots", ["genna meal"]),
]
