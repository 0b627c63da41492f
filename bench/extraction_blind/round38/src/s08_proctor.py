"""Habesha Neighbors Association (Proctor): plain CSS site. English <dl> roles; Amharic home with a
<details> accordion; Amharic donations page with a wish list and a family story; English PDF
newsletter with buried asks; robots-disallowed /committee/."""
from common import N, T

SLUG = "proctor-habesha-neighbors-association"


def page(lang, title, body):
    return """<!DOCTYPE html>
<html lang="%s">
<head>
<meta charset="utf-8">
<title>%s</title>
<meta name="viewport" content="width=device-width">
<link rel="stylesheet" href="/css/site.css">
</head>
<body>
<div id="top"><span class="brand">Habesha Neighbors &middot; ሐበሻ ጎረቤቶች</span>
<ul class="menu"><li><a href="/index.html">Home</a></li><li><a href="/volunteer.html">Volunteer</a></li>
<li><a href="/am/index.html">አማርኛ</a></li><li><a href="/am/ergata.html">እርዳታ</a></li>
<li><a href="/newsletter-fall.pdf">Newsletter</a></li><li><a href="/gallery/meskel-2024.html">Gallery</a></li></ul></div>
<div id="content">
""" % (lang, title) + body + """
</div>
<div id="foot">Habesha Neighbors Association &middot; 310 2nd St, Proctor, MN 55810 &middot; 218-555-0121 &middot; <a href="/committee/">Committee</a></div>
</body>
</html>
"""


INDEX = page("en", "Habesha Neighbors Association - Proctor, MN", """
<h1>Habesha Neighbors Association</h1>
<p>Ethiopian and Eritrean families in Proctor, Hermantown and west Duluth, looking out for each other since 2015.</p>
<h2>What we do</h2>
<p>We help newcomers with rental applications, bus passes and school enrollment, and we run a Saturday study hall for teenagers.</p>
<h2>Center hours</h2>
<p>Tuesday&ndash;Saturday, 11 am &ndash; 6 pm.</p>
<h2>Enkutatash dinner</h2>
<p>Celebrate the Ethiopian New Year with us on Thursday, September 11, at 6 pm. Doro wat, injera and coffee. Free for members.</p>
<h2>Keep our doors open</h2>
<p>Our community center lease costs $1,100 a month. Please consider a monthly gift to support the center lease.</p>
""")

VOLUNTEER = page("en", "Volunteer - Habesha Neighbors", """
<h1>Ways to volunteer</h1>
<dl>
<dt>Driving practice partner</dt>
<dd>Several mothers have their learner's permit and want to pass the Minnesota road test this summer. We need people with a clean driving record who will ride along in their own car for an hour of practice on weekends.</dd>
<dt>Resume and job-application coach</dt>
<dd>Help adults write a first American resume and fill in online job applications. Tuesday evenings at the center. HR or hiring experience is a plus.</dd>
<dt>Soccer field liner</dt>
<dd><em>Taken for the season &mdash; thanks, Biruk!</em></dd>
<dt>Coffee ceremony host for events</dt>
<dd>This is a paid catering role: $150 per event, about six events a year. Contact Meron.</dd>
<dt>Algebra tutor for 8th graders</dt>
<dd>Four students are repeating 8th-grade math. One hour after school, twice a week. Amharic is a plus so you can talk with parents.</dd>
</dl>
""")

AM_INDEX = page("am", "የሐበሻ ጎረቤቶች ማኅበር", """
<h1>እንኳን ደህና መጡ</h1>
<p>የሐበሻ ጎረቤቶች ማኅበር በፕሮክተርና በአካባቢው የሚኖሩ ኢትዮጵያውያንና ኤርትራውያን ቤተሰቦችን ያገናኛል።</p>
<p><strong>የቢሮ ሰዓት፦</strong> ከማክሰኞ እስከ ቅዳሜ፣ ከቀኑ 5 ሰዓት እስከ ምሽቱ 12 ሰዓት።</p>
<p><strong>የመስቀል በዓል፦</strong> መስከረም 17 (September 27) ከማእከሉ ጀርባ ደመራ ይለኮሳል። ሁላችሁም ተጋብዛችኋል።</p>
<h2>የበጎ ፈቃድ ሥራዎች</h2>
<details><summary>የአማርኛ ፊደል አስተማሪ</summary>
<p>ቅዳሜ ጠዋት ልጆችን ፊደል የሚያስተምሩ ሁለት አስተማሪዎች እንፈልጋለን። ከጠዋቱ 4 እስከ 6 ሰዓት።</p></details>
<details><summary>የእናቶች ቡድን አስተባባሪ</summary>
<p>በወር አንድ ጊዜ የሚገናኘውን የእናቶች ቡድን የሚያስተባብር በጎ ፈቃደኛ እንፈልጋለን።</p></details>
<details><summary>የምግብ ዝግጅት ለእንቁጣጣሽ</summary>
<p>ተሟልቷል — እናመሰግናለን!</p></details>
""")

AM_ERGATA = page("am", "እርዳታ - የሐበሻ ጎረቤቶች ማኅበር", """
<h1>እርዳታ</h1>
<h2>የምንፈልጋቸው ዕቃዎች</h2>
<ul>
<li>ብርድ ልብስ</li>
<li>የልጆች ጫማ</li>
<li>ሩዝ እና ዘይት</li>
<li>የትምህርት ቦርሳ</li>
</ul>
<h2>አዲስ ቤተሰብ</h2>
<p>ሦስት ልጆች ያሏት አንዲት እናት ባለፈው ወር ከአዲስ አበባ ወደ ፕሮክተር መጣች። ቤታቸው የልብስ ማጠቢያ ማሽን የለውም፤ ልብሶችን በእጅ ታጥባለች። ያገለገለ የልብስ ማጠቢያ ማሽን ካለዎት እባክዎ ይደውሉልን።</p>
<h3>የክረምት ኮቶች</h3>
<p>አሁን አያስፈልጉንም። በቂ ተሰብስቧል፤ እናመሰግናለን።</p>
<h2>ያለፈው ዓመት</h2>
<p>ባለፈው ዓመት 60 ቤተሰቦችን ረድተናል። ለሁላችሁም ምስጋና ይድረሳችሁ።</p>
""")

COMMITTEE = page("en", "Committee - Habesha Neighbors", """
<h1>Committee notes (members only)</h1>
<ol>
<li>Find an auditor before the annual meeting.</li>
<li>Need 10 more folding tables for Enkutatash.</li>
<li>Lease renewal: landlord wants an answer by October.</li>
</ol>
""")

PAGES = {
    "index.html": INDEX,
    "volunteer.html": VOLUNTEER,
    "am/index.html": AM_INDEX,
    "am/ergata.html": AM_ERGATA,
    "committee/index.html": COMMITTEE,
}

ROBOTS = """User-agent: Googlebot
Disallow: /css/

User-agent: *
Disallow: /committee/
"""

PDFS = {
    "newsletter-fall.pdf": ("Habesha Neighbors Newsletter - Fall 2025", [
        ("title", "Habesha Neighbors Newsletter - Fall 2025"),
        ("h", "Welcome our new chair"),
        ("p", "Tsehay Bekele, a nurse at St. Luke's, was elected board chair in August. She has lived in Proctor "
              "since 2011 and has two daughters at Proctor High."),
        ("h", "Meskel bonfire"),
        ("p", "Saturday, September 27, at dusk, in the lot behind the center. Bring a candle and a friend."),
        ("h", "Summer camp"),
        ("p", "34 kids went to day camp at Spirit Mountain this summer. Thank you to the drivers and to the "
              "Proctor Lions for the bus."),
        ("h", "Sunday school news"),
        ("p", "Enrollment is up to 22 children. Our Sunday school room still has no bookshelves, and the books "
              "live in boxes on the floor. If you can build or donate two tall bookshelves, please call Dawit."),
        ("h", "Can you notarize?"),
        ("p", "Every month several families need a document notarized: a lease, a school form, a sponsorship "
              "affidavit. A volunteer notary public who could give one Saturday morning a month would save "
              "them a trip downtown."),
    ]),
}

NEEDS = [
    N("volunteer.html", ["driving practice"], "volunteer", "en", [], "definition_list"),
    N("volunteer.html", ["resume"], "skilled", "en", [], "definition_list"),
    N("volunteer.html", ["algebra"], "skilled", "en", ["am"], "definition_list", "Amharic a plus"),
    N("am/index.html", ["ፊደል አስተማሪ"], "skilled", "am", ["am"], "accordion", "Amharic alphabet teachers"),
    N("am/index.html", ["የእናቶች ቡድን"], "volunteer", "am", [], "accordion", "mothers' group coordinator"),
    N("am/ergata.html", ["የምንፈልጋቸው ዕቃዎች", "የልጆች ጫማ"], "donation", "am", [], "wish_list"),
    N("am/ergata.html", ["ልብስ ማጠቢያ", "አዲስ ቤተሰብ"], "donation", "am", [], "story", "washing machine for a new family"),
    N("newsletter-fall.pdf", ["bookshelves"], "donation", "en", [], "pdf", "buried in Sunday school news"),
    N("newsletter-fall.pdf", ["notary"], "skilled", "en", [], "pdf", "question heading"),
]

TRAPS = [
    T("index.html", "service", ["rental applications"]),
    T("index.html", "hours", ["center hours"]),
    T("index.html", "event", ["enkutatash"]),
    T("index.html", "general_appeal", ["keep our doors open"]),
    T("volunteer.html", "filled", ["field liner"], "'Taken for the season'"),
    T("volunteer.html", "job", ["coffee ceremony host"], "paid"),
    T("am/index.html", "hours", ["የቢሮ ሰዓት"]),
    T("am/index.html", "event", ["የመስቀል በዓል"]),
    T("am/index.html", "filled", ["የምግብ ዝግጅት"], "'ተሟልቷል' = fulfilled"),
    T("am/ergata.html", "filled", ["የክረምት ኮቶች"], "'አሁን አያስፈልጉንም' = not needed now"),
    T("am/ergata.html", "recap", ["60 ቤተሰቦችን"]),
    T("newsletter-fall.pdf", "bio", ["tsehay bekele"]),
    T("newsletter-fall.pdf", "event", ["meskel bonfire"]),
    T("newsletter-fall.pdf", "recap", ["summer camp"]),
    T("committee/index.html", "robots", ["auditor"]),
    T("committee/index.html", "robots", ["folding tables"]),
    T("committee/index.html", "robots", ["lease renewal"]),
]
