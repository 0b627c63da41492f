"""Site 7: an Ethiopian edir (mutual-aid association) in Mound (en + am, English PDF annual report,
robots /abalat/)."""
from common import N, T

SLUG = "mound-ethiopian-edir-association"
ROBOTS = "User-agent: Googlebot\nAllow: /\n\nUser-agent: *\nDisallow: /abalat/\n"

def head(lang, title):
    return """<!DOCTYPE html>
<html lang="%s">
<head>
<meta charset="utf-8">
<title>%s</title>
<link rel="stylesheet" href="/theme.css">
</head>
<body>
<table width="100%%" class="layout"><tr>
<td class="side" valign="top" width="180">
 <p class="logo"><img src="/img/edir.png" alt="Edir logo"></p>
 <p><a href="/index.html">Home</a></p>
 <p><a href="/am/index.html">አማርኛ</a></p>
 <p><a href="/am/news.html">ዜና / News</a></p>
 <p><a href="/help.html">Questions &amp; helping</a></p>
 <p><a href="/annual-report-2024.pdf">Annual report 2024 (PDF)</a></p>
 <p class="small"><a href="/abalat/list.html">Members area</a></p>
</td>
<td class="main" valign="top">
""" % (lang, title)

FOOT = """
<p class="foot">Mound Ethiopian Edir Association &middot; P.O. Box 412, Mound, MN 55364 &middot; 952-555-0191 &middot;
<a href="/photos/meskel-2024.html">Meskel 2024 photos</a></p>
</td></tr></table>
</body>
</html>
"""

PAGES = {}

PAGES["index.html"] = head("en", "Mound Ethiopian Edir Association") + """
<h1>Mound Ethiopian Edir Association</h1>
<p>An <em>edir</em> is a traditional Ethiopian mutual-aid association. Members pay a small monthly contribution, and
when a member family loses a loved one, the edir stands with them: it helps pay for the funeral, opens the mourning
house (<em>lekso bet</em>) and feeds the visitors for three days.</p>

<h2>What the edir provides</h2>
<ul>
 <li>Funeral and burial support for member families</li>
 <li>Help sending a loved one home to Ethiopia for burial</li>
 <li>A meal train and visits for families after a birth or an illness</li>
</ul>

<h2>Membership</h2>
<p>$20 per family per month. Membership forms are handed out at the general meeting.</p>
""" + FOOT

PAGES["help.html"] = head("en", "Questions and helping | Mound Ethiopian Edir") + """
<h1>Questions people ask us</h1>

<h3>I&rsquo;m not Ethiopian. Can I help?</h3>
<p>Yes, and thank you. Right now our biggest gap is folding chairs and tables: when a family is mourning, visitors come
to the house for days, and we borrow chairs from three different churches. We would like to own 60 folding chairs and
6 tables that stay with the edir.</p>

<h3>Do you need help with food?</h3>
<p>Thank you for asking! Our women&rsquo;s committee cooks for every mourning house, and we have more than enough cooks right now.</p>

<h3>Is there anything young people can do?</h3>
<p>Yes &mdash; we are looking for two or three high-school or college students to help elders fill out online forms
(license renewals, MNsure, benefits) on Sunday afternoons. You need patience and a laptop; Amharic is helpful but not required.</p>

<h3>Can my company give?</h3>
<p>We welcome sponsorships for our Meskel celebration every September. Sponsors are thanked in the program.</p>

<h3>Are you a church?</h3>
<p>No. Our members are Orthodox, Protestant and Muslim. We are a community association.</p>

<h3>How do I join?</h3>
<p>Come to the general meeting on the last Sunday of the month and bring the first month&rsquo;s contribution.</p>
""" + FOOT

PAGES["am/index.html"] = head("am", "የማውንድ ኢትዮጵያውያን እድር") + """
<h1>የማውንድ ኢትዮጵያውያን እድር</h1>
<p>እድራችን በማውንድ፣ በስፕሪንግ ፓርክ እና በሚኔቶንካ አካባቢ የሚኖሩ ከ60 በላይ ቤተሰቦችን ያቀፈ ነው። በሐዘንም በደስታም ጊዜ እርስ በርሳችን እንረዳዳለን።</p>

<h2>አሁን የሚያስፈልጉን ነገሮች</h2>

<div class="card">
 <h3>አስተርጓሚ (አማርኛ&ndash;እንግሊዝኛ)</h3>
 <p>ለአረጋውያን አባሎቻችን በሆስፒታል ቀጠሮ ጊዜ የሚያስተረጉም በጎ ፈቃደኛ እንፈልጋለን። በወር ሁለት ወይም ሦስት ጊዜ።</p>
 <span class="status open">ክፍት</span>
</div>

<div class="card">
 <h3>ከአየር ማረፊያ እንግዶችን የሚያመጡ ሾፌሮች</h3>
 <p>ከአገር ቤት ለለቅሶ የሚመጡ ዘመዶችን ከMSP አየር ማረፊያ ለማምጣት መኪና ያላቸው በጎ ፈቃደኞች ያስፈልጉናል።</p>
 <span class="status open">ክፍት</span>
</div>

<div class="card done">
 <h3>ድንኳን</h3>
 <p>ለለቅሶ ቤት የሚሆን ትልቅ ድንኳን ተገኝቷል። እናመሰግናለን!</p>
 <span class="status">ተሟልቷል</span>
</div>

<div class="card">
 <h3>የቡና ማፍያ እቃዎች</h3>
 <p>ለለቅሶ ቤትና ለስብሰባ የሚሆኑ ጀበና፣ ስኒዎች እና ረከቦት እንፈልጋለን።</p>
 <span class="status open">ክፍት</span>
</div>

<h2>ወርሃዊ መዋጮ</h2>
<p>የአባልነት ወርሃዊ መዋጮ ለአንድ ቤተሰብ $20 ነው። እባክዎ በወቅቱ ይክፈሉ።</p>

<h2>የእድሩ ጠቅላላ ስብሰባ</h2>
<p>እሑድ ጥቅምት 16 ቀን (October 26)፣ ከቀኑ 8 ሰዓት፣ በማውንድ የማህበረሰብ አዳራሽ።</p>
""" + FOOT

PAGES["am/news.html"] = head("am", "ዜና | የማውንድ ኢትዮጵያውያን እድር") + """
<h1>ዜና</h1>

<div class="post">
<h2>አዲስ የመጣ ቤተሰብ</h2>
<p>የአቶ ተስፋዬ ቤተሰብ (እናት፣ አባትና ሦስት ልጆች) ባለፈው ወር ከአዲስ አበባ ደርሰዋል። በስፕሪንግ ፓርክ አፓርታማ አግኝተዋል፤
ነገር ግን አልጋ፣ ብርድ ልብስና የወጥ ቤት ዕቃዎች የሏቸውም። መርዳት የምትችሉ ወ/ሮ መሠረትን በ952-555-0192 አግኙ።</p>
</div>

<div class="post">
<h2>የእንቁጣጣሽ በዓል</h2>
<p>መስከረም 1 ቀን በተከበረው የእንቁጣጣሽ በዓል ከ150 በላይ ሰዎች ተገኝተዋል። ምግብ ያዘጋጃችሁትን ሁሉ እናመሰግናለን።</p>
</div>

<div class="post">
<h2>ከሊቀመንበሩ</h2>
<p>ውድ አባላት፣ ይህ ዓመት ለእድራችን ከባድ ዓመት ነበር። ሦስት ቤተሰቦችን በሐዘናቸው ጊዜ ደግፈናል፤ አንድ አስከሬን ወደ ኢትዮጵያ ልከናል።
የአባላት ቁጥር ሲጨምር የሂሳብ ሥራችንም እየበዛ ነው። ስለዚህ የሂሳብ መዝገብ አያያዝ የሚያውቅ የሂሳብ ባለሙያ በበጎ ፈቃድ በወር አንድ ጊዜ
እንዲረዳን እንፈልጋለን። ለሁላችሁም መልካም አዲስ ዓመት። &mdash; ሊቀመንበር አቶ ዳዊት</p>
</div>

<div class="post">
<h2>የጥምቀት በዓል</h2>
<p>የጥምቀት በዓል ጥር 11 (January 19) በሚኒያፖሊስ ይከበራል። ሁላችሁም ተጋብዛችኋል።</p>
</div>
""" + FOOT

PAGES["abalat/list.html"] = head("en", "Members area") + """
<h1>Members area</h1>
<p>For edir members only. Please do not share.</p>
<ul>
 <li>Volunteers needed to call members who are late with contributions.</li>
 <li>We need a member to keep the keys to the storage unit in Spring Park.</li>
 <li>Looking for a new secretary for the minutes &mdash; Almaz is stepping down.</li>
</ul>
""" + FOOT

PDFS = {
    "annual-report-2024.pdf": ("Mound Ethiopian Edir Association - Annual Report 2024", [
        ("title", "Mound Ethiopian Edir Association - Annual Report 2024"),
        ("h", "The year in short"),
        ("p", "In 2024 the edir supported 7 bereaved families, helped send one loved one home to Addis Ababa, "
              "and welcomed 9 new member families. Total income was $15,120 (member contributions and two "
              "Meskel sponsors); total expenses were $13,870."),
        ("h", "Looking ahead to 2025"),
        ("p", "The board asks for two things this year. First, we need a volunteer auditor - someone with "
              "accounting experience who is not on the board - to review the 2024 books before the March "
              "general meeting. Second, we ask every family to pay dues on time, so that we are never caught "
              "short when a family is in mourning."),
        ("h", "Board members 2024"),
        ("p", "Chair: Dawit Bekele. Treasurer: Meseret Alemu. Secretary: Almaz Tadesse. Members at large: "
              "Kedir Hussen, Yonas Girma."),
    ]),
}

NEEDS = [
    N("help.html", ["folding chairs"], "donation", "en", [], "faq_answer"),
    N("help.html", ["online forms"], "volunteer", "en", ["am"], "faq_answer", "Amharic helpful"),
    N("am/index.html", ["አስተርጓሚ"], "skilled", "am", ["am", "en"], "status_cards", "ክፍት"),
    N("am/index.html", ["ሾፌሮች"], "volunteer", "am", [], "status_cards", "airport drivers"),
    N("am/index.html", ["የቡና ማፍያ እቃዎች", "ጀበና"], "donation", "am", [], "status_cards"),
    N("am/news.html", ["አልጋ", "የወጥ ቤት ዕቃዎች"], "donation", "am", [], "story"),
    N("am/news.html", ["የሂሳብ ባለሙያ"], "skilled", "am", [], "newsletter_buried", "chair's letter"),
    N("annual-report-2024.pdf", ["volunteer auditor"], "skilled", "en", [], "pdf"),
]

TRAPS = [
    T("index.html", "service", ["what the edir provides", "funeral and burial support"]),
    T("index.html", "general_appeal", ["$20 per family per month"]),
    T("help.html", "filled", ["more than enough cooks"]),
    T("help.html", "general_appeal", ["sponsorships"]),
    T("help.html", "how_to_apply", ["how do i join"]),
    T("am/index.html", "filled", ["ድንኳን"], "ተሟልቷል"),
    T("am/index.html", "general_appeal", ["ወርሃዊ መዋጮ"]),
    T("am/index.html", "event", ["ጠቅላላ ስብሰባ"]),
    T("am/news.html", "recap", ["የእንቁጣጣሽ በዓል"]),
    T("am/news.html", "event", ["የጥምቀት በዓል"]),
    T("abalat/list.html", "robots", ["late with contributions"]),
    T("abalat/list.html", "robots", ["storage unit"]),
    T("abalat/list.html", "robots", ["new secretary"]),
    T("annual-report-2024.pdf", "recap", ["supported 7 bereaved families"]),
    T("annual-report-2024.pdf", "general_appeal", ["pay dues on time"]),
    T("annual-report-2024.pdf", "bio", ["board members 2024"]),
]
