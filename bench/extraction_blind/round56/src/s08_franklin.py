"""Site 8: Andinet Habesha Association, Franklin MN. English home page, Amharic <dl> of volunteer roles,
Amharic donation page with an elder's story, English neighbor board (OPEN / DONE / CLOSED / OFFER),
English PDF flyer for a coffee-ceremony fundraiser, robots /abalat/."""
from common import need, trap

SLUG = "franklin-andinet-habesha-association"

def page(lang, title, body):
    return """<!DOCTYPE html>
<html lang="%s">
<head>
<meta charset="utf-8">
<title>%s</title>
<link rel="stylesheet" href="/assets/main.css">
<link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Noto+Sans+Ethiopic&amp;display=swap">
</head>
<body>
<div class="wrapper">
<header class="masthead">
 <p class="site-title"><a href="/index.html">Andinet Habesha Association &middot; አንድነት ሐበሻ ማኅበር</a></p>
 <ul class="menu">
  <li><a href="/index.html">Home</a></li>
  <li><a href="/board.html">Neighbor board</a></li>
  <li><a href="/am/index.html">አማርኛ</a></li>
  <li><a href="/am/ligasa.html">ልገሳ</a></li>
  <li><a href="/buna-fundraiser.pdf">Buna fundraiser (PDF)</a></li>
 </ul>
</header>
<div class="content">
%s
</div>
<footer class="site-footer">
 Andinet Habesha Association &middot; 117 Main St W, Franklin, MN 55333 &middot; (507) 555-0162<br>
 <a href="/photos/meskel-2024.html">Meskel 2024 photos</a> &middot; <a href="/abalat/meeting.html">Members area</a>
</footer>
</div>
</body>
</html>
""" % (lang, title, body)

INDEX = page("en", "Andinet Habesha Association - Franklin, MN", """
<h1>Andinet Habesha Association</h1>
<p><em>Andinet</em> means unity. Since 2017 we have brought together Ethiopian and Eritrean families in Renville County for mutual support, language and culture.</p>

<h2>What we do</h2>
<ul>
 <li>Saturday Amharic school for children</li>
 <li>Help with immigration paperwork and USCIS appointments</li>
 <li>Monthly coffee gatherings for elders</li>
</ul>

<h2>Office hours</h2>
<p>Monday&ndash;Thursday 9 am&ndash;5 pm, Saturday 10 am&ndash;1 pm (during Amharic school).</p>

<h2>Meskel bonfire</h2>
<p>Join us for the Demera bonfire on Saturday, September 27 at 6 pm behind the community center. Bring a torch and a friend!</p>

<h2>About our chair</h2>
<p>W/ro Hiwot Bekele came to Minnesota in 2006 and worked for fifteen years as a nursing assistant in Redwood Falls. She has chaired the association since 2021.</p>
""")

DL = page("am", "በጎ ፈቃደኞች - አንድነት ሐበሻ ማኅበር", """
<h1>በጎ ፈቃደኞች እንፈልጋለን</h1>
<p>የማኅበራችን ሥራ በሙሉ የሚካሄደው በበጎ ፈቃደኞች ነው። ከታች ያሉትን ቦታዎች ይመልከቱ፤ ለመመዝገብ ወ/ሮ ሕይወትን በ (507) 555-0162 ይደውሉ።</p>
<dl class="roles">
 <dt>አስተርጓሚ (አማርኛ&ndash;እንግሊዝኛ)</dt>
 <dd>አዲስ የመጡ ቤተሰቦችን ወደ ሐኪም ቤትና ወደ ትምህርት ቤት ስብሰባዎች በመሄድ ማስተርጎም። ሁለቱንም ቋንቋዎች አጥርቶ መናገር ያስፈልጋል። <b>ክፍት ነው</b></dd>

 <dt>የቅዳሜ አማርኛ ትምህርት ቤት አስተማሪ</dt>
 <dd>ልጆቻችን ፊደል፣ ንባብና ጽሕፈት እንዲማሩ፤ ቅዳሜ ከ10:00 እስከ 12:00። ሁለት አስተማሪዎች ያስፈልጉናል። <b>ክፍት ነው</b></dd>

 <dt>ለመስቀል በዓል ምግብ አብሳዮች</dt>
 <dd>መስከረም 17 (ሴፕቴምበር 27) ለሚከበረው የመስቀል በዓል ለ300 ሰው የሚሆን ምግብ ለማዘጋጀት ስድስት ሰዎች እንፈልጋለን። ሐሙስና ዓርብ ምሽት። <b>ክፍት ነው</b></dd>

 <dt>ሹፌር ለአረጋውያን</dt>
 <dd>ቦታው ሞልቷል፤ እናመሰግናለን።</dd>

 <dt>የሂሳብ ሠራተኛ (ደመወዝ ያለው)</dt>
 <dd>በሳምንት 12 ሰዓት፣ በሰዓት $21። ማመልከቻዎን በኢሜል ይላኩ።</dd>
</dl>

<h2>የቢሮ ሰዓት</h2>
<p>ከሰኞ እስከ ሐሙስ፣ ከጠዋቱ 9:00 እስከ 5:00።</p>
""")

LIGASA = page("am", "ልገሳ - አንድነት ሐበሻ ማኅበር", """
<h1>ልገሳ</h1>

<h2>አሁን የሚያስፈልጉን ዕቃዎች</h2>
<ul>
 <li>የሕፃናት ልብሶች (ከ0 እስከ 2 ዓመት)</li>
 <li>ጀበናና ሲኒ ለቡና ሥነ ሥርዓት</li>
 <li>ብርድ ልብስ</li>
 <li>የትምህርት ቤት ቦርሳዎች</li>
</ul>

<h2>የክረምት ጃኬቶች</h2>
<p>አግኝተናል፤ ከእንግዲህ አያስፈልግም። ለለገሳችሁ ሁሉ እናመሰግናለን!</p>

<h2>የማንቀበላቸው ዕቃዎች</h2>
<p>ያገለገሉ ፍራሾች፣ የተሰበሩ ኤሌክትሮኒክስ እና የተከፈቱ መድኃኒቶች።</p>

<h2>እማማ ዘውዲቱ</h2>
<p>እማማ ዘውዲቱ 79 ዓመታቸው ነው። ልጆቻቸው በሌላ ግዛት ስለሚኖሩ ብቻቸውን ነው የሚኖሩት። በሳምንት አንድ ጊዜ የሚጎበኛቸው፣ አብሯቸው ቡና የሚጠጣና ወደ ገበያ የሚወስዳቸው ሰው ይፈልጋሉ። በፍራንክሊን ወይም በአቅራቢያው የሚኖሩ ከሆነ ይደውሉልን።</p>

<h2>የገንዘብ ልገሳ</h2>
<p>የገንዘብ ልገሳዎ ለማኅበሩ ቢሮ ኪራይና ለአማርኛ ትምህርት ቤት መጻሕፍት ይውላል።</p>
""")

REQ = """<div class="req req-{cls}">
 <div class="req-status">{status}</div>
 <h3>{title}</h3>
 <p>{body}</p>
 <p class="req-meta">{meta}</p>
</div>
"""
reqs = [
    dict(cls="open", status="OPEN", title="Ride to my road test, October 14",
         body="My driving road test is at the Redwood Falls exam station at 9:20 am. I need someone with a valid license and an insured car who can take me and let me use the car for the test. I will pay for gas.",
         meta="Posted by Dawit &middot; Oct 2"),
    dict(cls="open", status="OPEN", title="Used laptop for a high-school senior",
         body="My daughter is applying to colleges and shares one phone with her two brothers. Any working laptop that can run a browser would help her a lot.",
         meta="Posted by Almaz &middot; Sep 30"),
    dict(cls="open", status="OPEN", title="Someone who knows the FAFSA",
         body="We are a family of six and I do not understand the federal student aid form. We need someone who has filled out the FAFSA before to sit with us for an hour.",
         meta="Posted by Tesfaye &middot; Sep 29"),
    dict(cls="done", status="DONE", title="Crib for a newborn",
         body="Done! Meseret brought a crib and a mattress. Thank you all.",
         meta="Posted by Selam &middot; Sep 20"),
    dict(cls="closed", status="CLOSED", title="Help moving on September 28",
         body="Closed &ndash; we moved already, thank you to the young men from church.",
         meta="Posted by Yonas &middot; Sep 18"),
    dict(cls="offer", status="OFFER", title="I can braid hair for girls before Meskel",
         body="Free, at my home on Saturday the 27th in the morning. Call Tigist.",
         meta="Posted by Tigist &middot; Sep 17"),
    dict(cls="offer", status="OFFER", title="Free injera baking lessons",
         body="I teach how to make teff injera on Sunday afternoons. Bring your own mitad if you have one.",
         meta="Posted by Emebet &middot; Sep 15"),
]
BOARD = page("en", "Neighbor board - Andinet Habesha Association", """
<h1>Neighbor board</h1>
<p>Members post what they need or can offer. We mark a request DONE or CLOSED when it is taken care of. To post, text (507) 555-0162.</p>
""" + "".join(REQ.format(**r) for r in reqs))

MEET = page("en", "Members area", """
<h1>Members meeting &ndash; September</h1>
<ul>
 <li>We need a new secretary to take minutes.</li>
 <li>The community center wants us to buy our own folding tables.</li>
 <li>Ask members to sponsor books for the Amharic school library.</li>
</ul>
""")

PAGES = {
    "index.html": INDEX,
    "am/index.html": DL,
    "am/ligasa.html": LIGASA,
    "board.html": BOARD,
    "abalat/meeting.html": MEET,
}

ROBOTS = """User-agent: *
Disallow: /abalat/
Disallow: /wp-admin/
Allow: /wp-admin/admin-ajax.php
"""

PDFS = {
    "buna-fundraiser.pdf": ("Buna Coffee Ceremony Fundraiser", [
        ("title", "BUNA: COFFEE CEREMONY FUNDRAISER"),
        ("p", "Sunday, November 9, 2025, 2 - 5 pm - Franklin Community Center"),
        ("p", "Come share three rounds of coffee, popcorn and dabo with your neighbors. Tickets $10, children free. "
              "All proceeds go to the Saturday Amharic school."),
        ("h", "Bakers needed"),
        ("p", "We need home bakers to bring one loaf of dabo or a tray of ambasha bread on the morning of the "
              "event. We will return your pans. Please tell Hiwot by November 5 what you will bake."),
        ("h", "How to buy tickets"),
        ("p", "Tickets are sold after Amharic school on Saturdays or at the door."),
    ]),
}

NEEDS = [
    need("am/index.html", ["አስተርጓሚ"], "skilled", "am", ["am", "en"], "definition_list"),
    need("am/index.html", ["አማርኛ ትምህርት ቤት አስተማሪ"], "skilled", "am", ["am"], "definition_list"),
    need("am/index.html", ["ምግብ አብሳዮች"], "volunteer", "am", [], "definition_list",
         "cooks for the Meskel feast (helpers for an event = need)"),
    need("am/ligasa.html", ["የሚያስፈልጉን ዕቃዎች", "ጀበና"], "donation", "am", [], "wish_list"),
    need("am/ligasa.html", ["እማማ ዘውዲቱ"], "volunteer", "am", [], "story",
         "elder living alone: weekly visitor, coffee, rides to the market"),
    need("board.html", ["road test"], "volunteer", "en", [], "request_cards",
         "'I will pay for gas' does not make it paid"),
    need("board.html", ["used laptop"], "donation", "en", [], "request_cards"),
    need("board.html", ["fafsa"], "skilled", "en", [], "request_cards"),
    need("buna-fundraiser.pdf", ["bakers", "dabo"], "donation", "en", [], "pdf",
         "home-baked bread for the fundraiser"),
]

TRAPS = [
    trap("index.html", "service", ["amharic school for children"]),
    trap("index.html", "service", ["immigration paperwork"]),
    trap("index.html", "hours", ["office hours"]),
    trap("index.html", "event", ["meskel bonfire"]),
    trap("index.html", "bio", ["about our chair", "hiwot bekele"]),
    trap("am/index.html", "filled", ["ሹፌር"], "'ቦታው ሞልቷል'"),
    trap("am/index.html", "job", ["የሂሳብ ሠራተኛ"], "paid $21/hour"),
    trap("am/index.html", "hours", ["የቢሮ ሰዓት"]),
    trap("am/ligasa.html", "filled", ["የክረምት ጃኬቶች"], "'we got them, no longer needed'"),
    trap("am/ligasa.html", "filled", ["የማንቀበላቸው"], "do-not-accept list"),
    trap("am/ligasa.html", "general_appeal", ["የገንዘብ ልገሳ"]),
    trap("board.html", "filled", ["crib"], "DONE"),
    trap("board.html", "filled", ["help moving"], "CLOSED"),
    trap("board.html", "offer", ["braid hair"]),
    trap("board.html", "offer", ["injera baking"]),
    trap("buna-fundraiser.pdf", "event", ["coffee ceremony fundraiser"]),
    trap("buna-fundraiser.pdf", "how_to_apply", ["how to buy tickets"]),
    trap("abalat/meeting.html", "robots", ["secretary"]),
    trap("abalat/meeting.html", "robots", ["folding tables"]),
    trap("abalat/meeting.html", "robots", ["sponsor books"]),
]
