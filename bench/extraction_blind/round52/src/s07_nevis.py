"""Site 7: Nevis Habesha Neighbors Circle (Ethiopian/Eritrean community). English + Amharic.
English pledge form (money, a trap); printable welcome-kit checklist (need) next to a
clients' document checklist (trap); Amharic role cards; Amharic donation page with a list,
a 'please don't bring' item and a family story; two-column English PDF newsletter;
robots /committee/."""
from util import N, T

SLUG = "nevis-habesha-neighbors-circle"


def page(lang, title, body):
    return """<!DOCTYPE html>
<html lang="%s">
<head>
<meta charset="utf-8">
<title>%s</title>
<style>
body{font-family:"Noto Sans","Noto Sans Ethiopic",sans-serif;margin:0;background:#fafaf7}
nav{background:#078930;padding:10px 20px;border-bottom:5px solid #fcdd09}nav a{color:#fff;margin-right:15px;text-decoration:none}
.box{max-width:880px;margin:20px auto;background:#fff;padding:20px 28px;box-shadow:0 1px 3px #ccc}
.cards{display:flex;flex-wrap:wrap;gap:14px}.cards>div{flex:1 1 240px;border:1px solid #ddd;border-top:4px solid #078930;padding:10px}
.cards>div.closed{border-top-color:#999;color:#777}
.print li{list-style:none;margin:4px 0}.print li:before{content:"[  ]  "}
form.pledge fieldset{border:1px dashed #999}
.ft{text-align:center;font-size:12px;color:#777;padding:20px}
</style>
</head>
<body>
<nav><a href="/">Home</a><a href="/volunteer.html">Volunteer</a><a href="/am/">አማርኛ</a><a href="/am/lgsa.html">ልገሳ</a><a href="/newsletter.pdf">Newsletter</a></nav>
<div class="box">
%s
</div>
<div class="ft">Habesha Neighbors Circle &middot; 40 Bunyan Trail, Nevis, MN &middot; 218-555-0171 &middot; selam@habeshanevis.org<br>
<a href="/committee/">Committee</a> &middot; <a href="/photos/genna-2024.html">Genna photos</a></div>
</body>
</html>
""" % (lang, title, body)


INDEX = page("en", "Habesha Neighbors Circle", """
<h1>Habesha Neighbors Circle</h1>
<p>Ethiopian and Eritrean families in Hubbard County helping each other settle, work and stay connected.</p>
<p><b>Office:</b> Tuesday&ndash;Saturday, 11 am&ndash;5 pm.</p>
<h2>Enkutatash picnic</h2>
<p>Celebrate the Ethiopian New Year with us on September 14 at Lake Belle Taine beach. Injera, coffee and music. Free.</p>
<h2>Pledge to the Circle</h2>
<form class="pledge" action="#" method="post"><fieldset>
<legend>Annual pledge</legend>
<p>I pledge $<input name="amt" size="5"> each month for the next year.</p>
<p>Name <input name="n"> Email <input name="e"></p>
<button>Send my pledge</button>
</fieldset></form>
<h2>Ways to help</h2>
<p>Families arrive almost every month. <a href="/volunteer.html">See how you can help</a>.</p>
""")

VOLUNTEER = page("en", "Volunteer | Habesha Neighbors Circle", """
<h1>Volunteer</h1>
<h2>Welcome-home kit checklist</h2>
<p>Print this list, check what you'll bring, and tape it to the box. Each new family gets one kit.</p>
<ul class="print">
<li>Dish set for 4 (plates, bowls, cups)</li>
<li>Pots: one large, one small</li>
<li>Bath towels (4)</li>
<li>Twin sheet sets (2)</li>
<li>Dish soap and laundry soap</li>
</ul>
<h2>Ride coordinator</h2>
<p>Someone organized to match our volunteer drivers with elders who need rides &mdash; by phone, about three hours a week, from home.</p>
<h2>Amharic reading teacher</h2>
<p>Our Saturday school for children has grown to 30 kids. We need one more teacher who reads and writes Amharic (fidel) fluently to lead the beginners' group, 10&ndash;noon.</p>
<h2>For families: what to bring to your first visit</h2>
<ul class="print">
<li>I-94 or green card</li>
<li>Proof of address</li>
<li>Children's immunization records</li>
</ul>
<h2>Community Health Worker (paid position)</h2>
<p>Full time, Amharic and English, $24/hour with benefits. Apply by November 1.</p>
""")

AM = page("am", "በጎ ፈቃደኞች", """
<h1>በጎ ፈቃደኞች እንፈልጋለን</h1>
<p><b>የቢሮ ሰዓት:</b> ከማክሰኞ እስከ ቅዳሜ፣ ከጠዋቱ 5 ሰዓት እስከ ምሽቱ 11 ሰዓት።</p>
<div class="cards">
<div><h3>የአማርኛ አስተርጓሚዎች</h3><p>ለሆስፒታል እና ለክሊኒክ ቀጠሮዎች አማርኛ እና እንግሊዝኛ የሚችሉ አስተርጓሚዎች እንፈልጋለን። በሳምንት ሁለት ሰዓት።</p></div>
<div><h3>ለአረጋውያን ምግብ አብሳዮች</h3><p>በየሳምንቱ ረቡዕ ለ20 አረጋውያን ምሳ የሚያበስሉ ሁለት በጎ ፈቃደኞች እንፈልጋለን።</p></div>
<div class="closed"><h3>የልጆች የቤት ሥራ ረዳቶች</h3><p>በቂ ሰው አግኝተናል። እናመሰግናለን!</p></div>
<div><h3>የኮምፒውተር አስተማሪ ለወጣቶች</h3><p>ወጣቶቻችን ኮምፒውተር መማር ይፈልጋሉ። ቅዳሜ ጠዋት ለሁለት ሰዓት ማስተማር የሚችል ሰው እንፈልጋለን።</p></div>
<div><h3>የቡና ሥነ ሥርዓት</h3><p>በየወሩ የመጀመሪያ ቅዳሜ ከሰዓት በኋላ። ሁሉም ተጋብዘዋል!</p></div>
</div>
""")

LGSA = page("am", "ልገሳ", """
<h1>ልገሳ</h1>
<h2>ለማህበረሰብ ክፍሉ የሚያስፈልጉ ዕቃዎች</h2>
<ul><li>ተጣጣፊ ወንበሮች (20)</li><li>ረጃጅም ጠረጴዛዎች (4)</li><li>የቡና ስኒዎች እና ጀበና</li></ul>
<h2>የክረምት ጃኬቶች ለልጆች</h2>
<p>መጠን ከ6 እስከ 14። አዲስ ወይም ንጹህ ይሁኑ። ክረምቱ እየመጣ ነው!</p>
<h2>መጻሕፍት</h2>
<p>አሁን አያስፈልገንም &mdash; መደርደሪያው ሞልቷል። እባክዎ አያምጡ።</p>
<h2>የወ/ሮ አልማዝ ቤተሰብ</h2>
<p>ወ/ሮ አልማዝ ከሶስት ልጆቻቸው ጋር ባለፈው ወር ከኬንያ መጡ። ቤታቸው ባዶ ነው፤ አልጋ፣ ፍራሽ እና ብርድ ልብስ ያስፈልጋቸዋል። መርዳት ከቻሉ በ218-555-0172 ይደውሉ።</p>
<h2>በገንዘብ ይለግሱ</h2>
<p>ለማህበሩ የሚሰጡት ገንዘብ ከግብር ነፃ ነው።</p>
""")

COMMITTEE = page("en", "Committee", """
<h1>Committee workspace</h1>
<p>Not for the public. Open tasks from the October meeting:</p>
<ol>
<li>Find a new secretary to take minutes.</li>
<li>Volunteer auditor to check the 2024 books.</li>
<li>Someone to rent the hall for Genna.</li>
</ol>
""")

PAGES = {
    "index.html": INDEX,
    "volunteer.html": VOLUNTEER,
    "am/index.html": AM,
    "am/lgsa.html": LGSA,
    "committee/index.html": COMMITTEE,
}

ROBOTS = """User-agent: *
Disallow: /committee/
"""

PDFS = {
    "newsletter.pdf": ("Habesha Neighbors Circle newsletter", [
        ("title", "HABESHA NEIGHBORS CIRCLE - AUTUMN NEWSLETTER"),
        ("gap", ""),
        ("cols", (
            [("h", "Excel basics for teens"),
             ("p", "Several of our high schoolers want office jobs next summer. We are looking for someone "
                   "who knows Excel well to teach four Saturday sessions in January: formulas, sorting, "
                   "simple charts."),
             ("gap", ""),
             ("h", "Timket trip"),
             ("p", "A bus to the Timket celebration in St. Paul leaves January 19 at 6 am. Seats $15.")],
            [("h", "Thank you"),
             ("p", "Thanks to Lakeside Grocery for donating 200 pounds of teff flour for the New Year picnic."),
             ("gap", ""),
             ("h", "From the chair"),
             ("p", "This year 23 new families joined the Circle. We are proud of every one of them."),
             ("gap", ""),
             ("h", "Tax help"),
             ("p", "Free tax filing for members starts February 3 at the office.")],
        )),
    ]),
}

NEEDS = [
    N("volunteer.html", ["welcome-home kit"], "donation", "en", layout="printable_checklist",
      note="checklist = one need"),
    N("volunteer.html", ["ride coordinator"], "volunteer", "en", layout="heading_paragraph"),
    N("volunteer.html", ["amharic reading teacher"], "skilled", "en", ["am"], layout="heading_paragraph"),
    N("am/index.html", ["አስተርጓሚ"], "skilled", "am", ["am", "en"], layout="role_cards"),
    N("am/index.html", ["ምግብ አብሳዮች"], "volunteer", "am", layout="role_cards"),
    N("am/index.html", ["የኮምፒውተር አስተማሪ"], "skilled", "am", layout="role_cards"),
    N("am/lgsa.html", ["ለማህበረሰብ ክፍሉ", "ተጣጣፊ ወንበሮች"], "donation", "am", layout="wish_list"),
    N("am/lgsa.html", ["የክረምት ጃኬቶች"], "donation", "am", layout="heading_paragraph"),
    N("am/lgsa.html", ["አልማዝ", "አልጋ"], "donation", "am", layout="story"),
    N("newsletter.pdf", ["excel"], "skilled", "en", layout="pdf_two_column"),
]

TRAPS = [
    T("index.html", "hours", ["11 am–5 pm"]),
    T("index.html", "event", ["enkutatash picnic"]),
    T("index.html", "general_appeal", ["annual pledge", "pledge to the circle"]),
    T("index.html", "teaser", ["ways to help"]),
    T("volunteer.html", "how_to_apply", ["what to bring to your first visit"],
      "a printable checklist for clients, next to the donation checklist"),
    T("volunteer.html", "job", ["community health worker"]),
    T("am/index.html", "hours", ["የቢሮ ሰዓት"]),
    T("am/index.html", "filled", ["የቤት ሥራ ረዳቶች"], "'በቂ ሰው አግኝተናል'"),
    T("am/index.html", "event", ["የቡና ሥነ ሥርዓት"]),
    T("am/lgsa.html", "filled", ["መጻሕፍት"], "'አሁን አያስፈልገንም ... እባክዎ አያምጡ'"),
    T("am/lgsa.html", "general_appeal", ["በገንዘብ ይለግሱ"]),
    T("newsletter.pdf", "event", ["timket trip"]),
    T("newsletter.pdf", "thanks", ["teff flour"]),
    T("newsletter.pdf", "recap", ["23 new families"]),
    T("newsletter.pdf", "service", ["free tax filing"]),
    T("committee/index.html", "robots", ["secretary"]),
    T("committee/index.html", "robots", ["volunteer auditor"]),
    T("committee/index.html", "robots", ["rent the hall"]),
]
