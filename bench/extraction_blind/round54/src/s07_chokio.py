"""Fana Ethiopian Association, Chokio: plain CSS site, English + Amharic (Ge'ez script)."""
from common import N, T

SLUG = "chokio-fana-ethiopian-association"


def shell(title, body, lang="en"):
    return """<!DOCTYPE html>
<html lang="%s">
<head><meta charset="utf-8"><title>%s</title><link rel="stylesheet" href="/site.css"></head>
<body>
<div id="hdr"><h3>Fana Ethiopian Association &middot; ፋና የኢትዮጵያውያን ማኅበር</h3>
<ul id="menu"><li><a href="/index.html">Home</a></li><li><a href="/news.html">News</a></li><li><a href="/am/index.html">አማርኛ</a></li><li><a href="/am/agelglot.html">በጎ ፈቃደኞች</a></li><li><a href="/fana-newsletter-spring.pdf">Newsletter</a></li><li><a href="/gallery/meskel-2024.html">Gallery</a></li></ul></div>
<div id="content">
%s
</div>
<div id="ftr">Fana Ethiopian Association &middot; 405 Main St, Chokio, MN &middot; 320-555-0172 &middot; <a href="/members/index.html">Members</a></div>
</body></html>
""" % (lang, title, body)


PAGES = {}
PAGES["index.html"] = shell("Fana Ethiopian Association – Chokio", """
<h1>Fana Ethiopian Association</h1>
<p>Since 2017 we have brought together Ethiopian families in Chokio, Morris and the surrounding farm towns.</p>
<div class="box urgent"><h2>Before we reopen the hall</h2><p>The building inspector flagged the old wiring in the hall kitchen. We need a <b>licensed electrician</b> willing to volunteer a Saturday to check the panel and outlets. We will buy all the parts.</p></div>
<h2>Saturday school</h2><p>Children ages 5&ndash;14 can enroll in our Saturday Amharic and culture school. Register at the office in August; bring the child's birth date and a parent phone number.</p>
<h2>Become a member</h2><p>Membership is $40 per family per year. Members vote at the annual meeting.</p>
<p>Read the <a href="/fana-newsletter-spring.pdf">spring newsletter &rarr;</a></p>
""")
PAGES["news.html"] = shell("News – Fana", """
<h1>News</h1>
<div class="post"><h2>Enkutatash 2024: what a night</h2><p>More than 150 people welcomed the Ethiopian New Year with us. The injera ran out at 9 pm &mdash; next year we make more!</p></div>
<div class="post"><h2>Meskel bonfire on September 27</h2><p>Join us at dusk in the field behind the grain elevator for the Demera bonfire. Families welcome.</p></div>
<div class="post"><h2>Notes from the treasurer</h2><p>Our books are in better shape than last year, thanks to your dues and the Meskel dinner. One thing: we still need a volunteer who knows <b>QuickBooks</b> to help close out the year before the tax filing in May. Two or three evenings should do it.</p></div>
""")
PAGES["am/index.html"] = shell("ፋና የኢትዮጵያውያን ማኅበር", """
<h1>እንኳን ደህና መጡ</h1>
<p>ፋና ማኅበር በቾኪዮ፣ በሞሪስ እና በአካባቢው የሚኖሩ የኢትዮጵያ ቤተሰቦችን ያገናኛል።</p>
<h2>የቢሮ ሰዓት</h2>
<p>ሰኞ እስከ ሐሙስ ከቀኑ 4 ሰዓት እስከ ምሽቱ 7 ሰዓት።</p>
<h2>የምናቀርባቸው አገልግሎቶች</h2>
<p>የኢሚግሬሽን ቅጽ መሙላት እርዳታ፣ የእንግሊዝኛ ትምህርት ለአዋቂዎች፣ እና ለአዲስ መጤዎች የቤት ፍለጋ እርዳታ።</p>
<h2>የሚያስፈልጉን ነገሮች</h2>
<ul><li>የክረምት ጃኬት ለልጆች</li><li>ብርድ ልብስ</li><li>የሕፃናት ዳይፐር</li><li>ሳሙና እና ሻምፑ</li></ul>
<h2>የምግብ ዘይት</h2>
<p>በቂ የምግብ ዘይት አለን፤ እባክዎ አሁን አያምጡ። እናመሰግናለን።</p>
<h2>የአቶ ታደሰ ቤተሰብ</h2>
<p>አቶ ታደሰ እና ባለቤታቸው ከሦስት ልጆቻቸው ጋር ባለፈው ወር ከአዲስ አበባ መጡ። አዲሱ ቤታቸው ባዶ ነው፤ <b>አልጋ</b>፣ ጠረጴዛ እና ወንበሮች ያስፈልጋቸዋል። መርዳት ከቻሉ በ320-555-0172 ይደውሉ።</p>
""", lang="am")
PAGES["am/agelglot.html"] = shell("በጎ ፈቃደኞች እንፈልጋለን", """
<h1>በጎ ፈቃደኞች እንፈልጋለን</h1>
<p>ለመመዝገብ ወይዘሮ መሠረትን ያነጋግሩ።</p>
<table border="1" cellpadding="5">
<tr><th>አገልግሎት</th><th>ቀን</th><th>ሁኔታ</th></tr>
<tr><td>የአማርኛ መምህር ለልጆች</td><td>ቅዳሜ ጠዋት</td><td>ያስፈልጋል</td></tr>
<tr><td>ለአረጋውያን ሾፌር (ወደ ሐኪም ቤት)</td><td>ማክሰኞ</td><td>ያስፈልጋል</td></tr>
<tr><td>አስተርጓሚ (አማርኛ–እንግሊዝኛ)</td><td>በፈለግን ጊዜ</td><td>በአስቸኳይ ያስፈልጋል</td></tr>
<tr><td>የኮምፒውተር ትምህርት አስተማሪ</td><td>ረቡዕ ማታ</td><td>ያስፈልጋል</td></tr>
<tr><td>የቡና ሥነ ሥርዓት አዘጋጅ</td><td>መስከረም 17</td><td>ሞልቷል፣ እናመሰግናለን</td></tr>
<tr><td>የአዳራሽ ጽዳት</td><td>እሁድ</td><td>በቂ ሰው አለን</td></tr>
<tr><td>የቢሮ ጸሐፊ (ደመወዝ ያለው ሥራ)</td><td>በሳምንት 20 ሰዓት</td><td>ማመልከቻ ይላኩ</td></tr>
</table>
""", lang="am")
PAGES["members/index.html"] = shell("Members only", """
<h1>Members area</h1>
<ul><li>We need a new board secretary after Almaz steps down.</li><li>Someone to repaint the hall sign this summer.</li><li>Volunteers to count ballots at the annual meeting.</li></ul>
""")
ROBOTS = "User-agent: Googlebot\nDisallow: /members/\n\nUser-agent: *\nDisallow: /members/\nDisallow: /cgi-bin/\n"

PDFS = {"fana-newsletter-spring.pdf": ("Fana newsletter, spring 2025", [
    ("title", "FANA ETHIOPIAN ASSOCIATION - Spring 2025 Newsletter"),
    ("h", "Our community room"),
    ("p", "The city has agreed to let us use the old library room on Main Street. It is empty. We are seeking folding tables and 40 chairs so we can hold Saturday school and meetings there by June."),
    ("h", "Timket"),
    ("p", "Timket was celebrated January 19 with the Morris congregation. Photos are in the gallery."),
    ("h", "A member's offer"),
    ("p", "Dawit Bekele drives to church in Morris every Sunday and offers rides to anyone who needs one. Call him at 320-555-0179."),
    ("h", "Job opening"),
    ("p", "Part-time youth coordinator, paid, 15 hours a week. Ask for the job description."),
    ("h", "Thank you"),
    ("p", "Thank you to our donors this year: Stevens County Community Fund, Chokio Farmers Elevator, and many families who gave in memory of Ato Girma."),
], 2)}

NEEDS = [
    N("index.html", ["licensed electrician"], "skilled", "en", layout="heading_paragraph", note="generic heading; 'we will buy the parts' does not make it paid"),
    N("news.html", ["quickbooks"], "skilled", "en", layout="newsletter_buried", note="buried in a treasurer's post"),
    N("am/index.html", ["የሚያስፈልጉን ነገሮች", "ብርድ ልብስ"], "donation", "am", layout="wish_list"),
    N("am/index.html", ["የአቶ ታደሰ ቤተሰብ", "አልጋ"], "donation", "am", layout="story"),
    N("am/agelglot.html", ["የአማርኛ መምህር"], "skilled", "am", ["am"], layout="status_table"),
    N("am/agelglot.html", ["ሾፌር"], "volunteer", "am", layout="status_table"),
    N("am/agelglot.html", ["አስተርጓሚ"], "skilled", "am", ["am", "en"], layout="status_table"),
    N("am/agelglot.html", ["የኮምፒውተር ትምህርት"], "skilled", "am", layout="status_table"),
    N("fana-newsletter-spring.pdf", ["folding tables", "40 chairs"], "donation", "en", layout="pdf", note="two-column newsletter"),
]
TRAPS = [
    T("index.html", "how_to_apply", ["saturday school"]),
    T("index.html", "general_appeal", ["become a member"]),
    T("index.html", "blog", ["spring newsletter"]),
    T("news.html", "recap", ["enkutatash 2024"]),
    T("news.html", "event", ["meskel bonfire"]),
    T("am/index.html", "hours", ["የቢሮ ሰዓት"]),
    T("am/index.html", "service", ["የምናቀርባቸው አገልግሎቶች"]),
    T("am/index.html", "overstock", ["የምግብ ዘይት"]),
    T("am/agelglot.html", "filled", ["የቡና ሥነ ሥርዓት"], "'ሞልቷል' = full"),
    T("am/agelglot.html", "filled", ["የአዳራሽ ጽዳት"], "'በቂ ሰው አለን' = we have enough people"),
    T("am/agelglot.html", "job", ["የቢሮ ጸሐፊ"]),
    T("fana-newsletter-spring.pdf", "event", ["timket"]),
    T("fana-newsletter-spring.pdf", "offer", ["offers rides"]),
    T("fana-newsletter-spring.pdf", "job", ["youth coordinator"]),
    T("fana-newsletter-spring.pdf", "donors", ["our donors this year"]),
    T("members/index.html", "robots", ["board secretary"]),
    T("members/index.html", "robots", ["repaint the hall sign"]),
    T("members/index.html", "robots", ["count ballots"]),
]
