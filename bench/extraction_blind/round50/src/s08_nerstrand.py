"""Nerstrand: Tesfa Ethiopian Fellowship.
English home + Amharic pages. Layouts: Amharic campaign cards with <progress>
bars and "N remaining" (one full bar = filled), an Amharic news page with a
family story and a buried ask, an English forum-style community board (topics
with replies; a RESOLVED topic and an OFFER), an English PDF volunteer
application."""
from common import N, T

SLUG = "nerstrand-tesfa-ethiopian-fellowship"


def head(lang, title):
    return """<!DOCTYPE html>
<html lang="%s">
<head>
<meta charset="utf-8">
<title>%s</title>
<link rel="stylesheet" href="/assets/tesfa.css">
</head>
<body>
<header class="site-header">
<div class="logo">Tesfa &middot; &#x1270;&#x1235;&#x134b;</div>
<nav><a href="/index.html">Home</a> <a href="/board.html">Community board</a> <a href="/am/index.html">&#x12A0;&#x121B;&#x122D;&#x129B;</a> <a href="/am/zena.html">&#x12DC;&#x1293;</a> <a href="/application.pdf">Volunteer application (PDF)</a></nav>
</header>
<main class="container">
""" % (lang, title)


FOOT = """</main>
<footer class="site-footer">Tesfa Ethiopian Fellowship &middot; 400 Main St, Nerstrand, MN &middot; (507) 555-0172 &middot; hello@tesfa.example.org
&middot; <a href="/committee/minutes.html">Committee</a> &middot; <a href="/gallery/genna-2024.html">Gallery</a></footer>
</body>
</html>
"""

INDEX = head("en", "Tesfa Ethiopian Fellowship") + """
<h1>Tesfa Ethiopian Fellowship</h1>
<p>&ldquo;Tesfa&rdquo; means hope. We are an Ethiopian Orthodox and evangelical fellowship of about 60 families from Rice and Goodhue counties, meeting in Nerstrand since 2015.</p>
<section><h2>Sunday service</h2><p>Sunday service at 11 AM in Amharic, with coffee afterwards.</p></section>
<section><h2>Amharic Saturday school</h2><p>Our Amharic Saturday school teaches reading and writing in Ge&rsquo;ez script to children 5&ndash;15. Free for all families.</p></section>
<section><h2>Our elders</h2><p>Ato Bekele Tadesse, a retired teacher from Gondar, chairs our elders&rsquo; council with W/ro Almaz Desta.</p></section>
<section><h2>Fellowship hall fund</h2><p>Support the fellowship hall fund: we are saving to buy our own building. <a href="https://give.example.org/tesfa">Give</a></p></section>
""" + FOOT

AM_INDEX = head("am", "ተስፋ — ልገሳና በጎ ፈቃደኞች") + """
<h1>ልገሳና በጎ ፈቃደኞች</h1>
<p>ማኅበረሰባችንን ለመርዳት ከታች ያሉትን ይመልከቱ። ለጥያቄ (507) 555-0172 ይደውሉ።</p>
<div class="campaigns">
 <div class="campaign">
  <h3>የክረምት ጃኬቶች ለልጆች</h3>
  <p>ከ3 እስከ 14 ዓመት ለሆኑ ልጆች አዲስ ወይም ንጹሕ ጃኬቶች። እስከ ታኅሣሥ 6 ድረስ።</p>
  <progress value="12" max="40">12/40</progress> <span class="count">12 / 40 &mdash; 28 ይቀራሉ</span>
 </div>
 <div class="campaign">
  <h3>የገና ምግብ ቅርጫት</h3>
  <p>ለአዲስ መጤ ቤተሰቦች ዱቄት፣ ዘይት፣ በርበሬና ምስር የያዘ ቅርጫት። እያንዳንዱ ቅርጫት 40 ዶላር ያህል ነው።</p>
  <progress value="18" max="50">18/50</progress> <span class="count">18 / 50 &mdash; 32 ይቀራሉ</span>
 </div>
 <div class="campaign complete">
  <h3>የሕፃናት አልጋ</h3>
  <p>ተሟልቷል። አምስቱም አልጋዎች ደርሰዋል። እናመሰግናለን!</p>
  <progress value="5" max="5">5/5</progress> <span class="count">5 / 5 &#10003;</span>
 </div>
</div>
<h2>በጎ ፈቃደኞች እንፈልጋለን</h2>
<table class="roles">
<tr><th>ሥራ</th><th>መቼ</th></tr>
<tr><td><b>አስተርጓሚ (አማርኛ&ndash;እንግሊዝኛ)</b> &mdash; አረጋውያንን ወደ ሐኪም ቀጠሮ ለመሸኘት</td><td>ማክሰኞና ሐሙስ ጠዋት</td></tr>
<tr><td><b>የቤት ሥራ አጋዥ</b> &mdash; ከ1ኛ እስከ 6ኛ ክፍል ላሉ ልጆች</td><td>ረቡዕ ከሰዓት በኋላ</td></tr>
</table>
<h2>አሥራት</h2>
<p>አሥራትና መባ በእሑድ አገልግሎት ወይም በድረ ገጽ መስጠት ይቻላል።</p>
""" + FOOT

AM_ZENA = head("am", "ተስፋ — ዜና") + """
<h1>ዜና &mdash; ኅዳር 2017</h1>
<article>
<h2>የገና በዓል</h2>
<p>የገና በዓል ጥር 7 (January 7) ከጠዋቱ 6 ሰዓት ጀምሮ በአዳራሹ ይከበራል። ሁላችሁም ተጋብዛችኋል።</p>
</article>
<article>
<h2>የወ/ሮ ትዕግሥት ቤተሰብ</h2>
<p>ወ/ሮ ትዕግሥት ከሦስት ልጆቿ ጋር ባለፈው ወር ከአዲስ አበባ ወደ ፋሪቦልት መጥታለች። ቤታቸው ባዶ ነው፤ ልጆቹ መሬት ላይ ይመገባሉ። ጠረጴዛ፣ ወንበሮች እና የወጥ ቤት እቃዎች ያስፈልጋቸዋል። መርዳት የምትችሉ ለቀሲስ ዳንኤል ንገሩ።</p>
</article>
<article>
<h2>ከወጣቶች ክፍል</h2>
<p>ወጣቶቻችን በየቅዳሜው በፓርኩ እግር ኳስ ይጫወታሉ፤ ነገር ግን የሚያሰለጥናቸው ሰው የለም። ስለዚህ በፈቃደኝነት የሚያገለግል የእግር ኳስ አሰልጣኝ እንፈልጋለን። ባለፈው ወር 45 ቤተሰቦች ከምግብ ማከማቻችን እርዳታ አግኝተዋል።</p>
</article>
<article>
<h2>የሴቶች ልብስ</h2>
<p>የሴቶች ልብስ ማሰባሰብ ተጠናቋል፤ ከዚህ በኋላ አንቀበልም። ለሰጣችሁ ሁሉ እናመሰግናለን።</p>
</article>
""" + FOOT

BOARD = head("en", "Community board — Tesfa") + """
<h1>Community board</h1>
<p class="muted">Members post what they need or offer. Moderated by Kidist. Please reply on the board or call the office.</p>
<div class="forum">
 <div class="topic resolved">
  <div class="topic-head"><span class="tag">[RESOLVED]</span> <span class="topic-title">Help Almaz move on Saturday</span> <span class="replies">3 replies</span></div>
  <div class="post"><div class="author">Selam &middot; Oct 2</div><div class="body">Almaz is moving from Northfield to Faribault this Saturday. We need three people with strong backs and a pickup.</div></div>
  <div class="post reply"><div class="author">Daniel &middot; Oct 2</div><div class="body">I can do it, and my brother too.</div></div>
  <div class="post reply"><div class="author">Selam &middot; Oct 3</div><div class="body">We have enough people now. Thank you all! Marking this resolved.</div></div>
 </div>
 <div class="topic">
  <div class="topic-head"><span class="topic-title">Computer basics for our elders</span> <span class="replies">2 replies</span></div>
  <div class="post"><div class="author">Kidist &middot; Oct 9</div><div class="body">Several of our elders want to learn to video-call family back home and read email. We need two or three patient volunteers to teach computer basics on Sunday afternoons after coffee.</div></div>
  <div class="post reply"><div class="author">Yonas &middot; Oct 10</div><div class="body">How long is each session?</div></div>
  <div class="post reply"><div class="author">Kidist &middot; Oct 10</div><div class="body">About an hour. Still looking for teachers!</div></div>
 </div>
 <div class="topic">
  <div class="topic-head"><span class="topic-title">Anyone have a spare stroller?</span> <span class="replies">1 reply</span></div>
  <div class="post"><div class="author">Meron &middot; Oct 12</div><div class="body">A young mom in our church just had twins and needs a double stroller. Used is fine.</div></div>
  <div class="post reply"><div class="author">Meron &middot; Oct 20</div><div class="body">Still looking, if anyone hears of one.</div></div>
 </div>
 <div class="topic">
  <div class="topic-head"><span class="tag offer">[OFFER]</span> <span class="topic-title">Free injera baking lessons</span></div>
  <div class="post"><div class="author">Emama Tsehay &middot; Oct 14</div><div class="body">I will teach anyone who wants to learn to make injera. Saturdays in my kitchen, bring your own teff.</div></div>
 </div>
 <div class="topic">
  <div class="topic-head"><span class="topic-title">Volunteer accountant for tax returns?</span></div>
  <div class="post"><div class="author">Kidist &middot; Oct 21</div><div class="body">Every February many families pay $150 to file simple tax returns. Is there an accountant or trained tax volunteer who could give two Saturdays in February?</div></div>
 </div>
 <div class="topic">
  <div class="topic-head"><span class="topic-title">Coffee ceremony this Sunday</span></div>
  <div class="post"><div class="author">Office &middot; Oct 22</div><div class="body">Join us for a coffee ceremony after service to welcome the new families.</div></div>
 </div>
</div>
""" + FOOT

MINUTES = head("en", "Committee minutes") + """
<h1>Committee minutes (internal)</h1>
<ul>
<li>We need a volunteer to manage the church van schedule.</li>
<li>Request a donated projector for Sunday school.</li>
<li>Recruit two more Sunday school teachers.</li>
</ul>
""" + FOOT

PAGES = {
    "index.html": INDEX,
    "am/index.html": AM_INDEX,
    "am/zena.html": AM_ZENA,
    "board.html": BOARD,
    "committee/minutes.html": MINUTES,
}

ROBOTS = """User-agent: GPTBot
Disallow: /

User-agent: *
Disallow: /committee/
"""

PDFS = {
    "application.pdf": ("Tesfa Fellowship Volunteer Application", [
        ("title", "Tesfa Ethiopian Fellowship - Volunteer Application"),
        ("p", "Name: ____________________   Phone: ____________________   Email: ____________________"),
        ("h", "Where we need help this year (check all that apply)"),
        ("p", "[ ] Youth mentor, ages 13-18, two Friday evenings a month. A background check is required "
              "for all youth roles."),
        ("p", "[ ] Amharic-English translator for the monthly newsletter (written translation, from home)."),
        ("p", "[ ] Sunday drivers - FULL, waiting list only."),
        ("h", "How to apply"),
        ("p", "Return this application to Kidist after Sunday service or email it to hello@tesfa.example.org. "
              "We will call you within two weeks."),
    ]),
}

A = "am"
NEEDS = [
    N("am/index.html", ["የክረምት ጃኬቶች"], "donation", A, layout="progress_campaigns",
      note="12/40 progress bar; separate campaign card"),
    N("am/index.html", ["የገና ምግብ ቅርጫት"], "donation", A, layout="progress_campaigns",
      note="18/50; separate campaign with its own heading"),
    N("am/index.html", ["አስተርጓሚ"], "skilled", A, ["am", "en"], layout="two_col_role_table"),
    N("am/index.html", ["የቤት ሥራ አጋዥ"], "skilled", A, layout="two_col_role_table"),
    N("am/zena.html", ["የወ/ሮ ትዕግሥት ቤተሰብ", "የወጥ ቤት እቃዎች"], "donation", A, layout="story",
      note="table, chairs, kitchen items"),
    N("am/zena.html", ["አሰልጣኝ"], "volunteer", A, layout="newsletter_buried",
      note="buried in a youth paragraph next to a recap sentence"),
    N("board.html", ["computer basics"], "skilled", "en", layout="forum_thread"),
    N("board.html", ["stroller"], "donation", "en", layout="forum_thread", note="'Still looking'"),
    N("board.html", ["tax returns", "volunteer accountant"], "skilled", "en", layout="forum_thread",
      note="title phrased as a question"),
    N("application.pdf", ["youth mentor"], "volunteer", "en", layout="pdf_form_checkbox"),
    N("application.pdf", ["translator"], "skilled", "en", ["am", "en"], layout="pdf_form_checkbox"),
]
TRAPS = [
    T("index.html", "hours", ["sunday service"]),
    T("index.html", "service", ["amharic saturday school"]),
    T("index.html", "bio", ["ato bekele"]),
    T("index.html", "general_appeal", ["fellowship hall fund"]),
    T("am/index.html", "filled", ["የሕፃናት አልጋ"], "5/5 'ተሟልቷል'"),
    T("am/index.html", "general_appeal", ["አሥራት"]),
    T("am/zena.html", "event", ["የገና በዓል"]),
    T("am/zena.html", "recap", ["45 ቤተሰቦች"]),
    T("am/zena.html", "filled", ["የሴቶች ልብስ"], "'collection completed; we no longer accept'"),
    T("board.html", "filled", ["help almaz move"], "[RESOLVED], 'we have enough people now'"),
    T("board.html", "offer", ["injera baking"]),
    T("board.html", "event", ["coffee ceremony"]),
    T("application.pdf", "filled", ["sunday drivers"], "FULL, waiting list only"),
    T("application.pdf", "how_to_apply", ["return this application"]),
    T("committee/minutes.html", "robots", ["van schedule"]),
    T("committee/minutes.html", "robots", ["projector"]),
    T("committee/minutes.html", "robots", ["sunday school teachers"]),
]
