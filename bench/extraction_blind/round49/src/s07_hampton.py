"""Hampton: Ras Dashen Community Association (Ethiopian; English + Amharic).
Layouts: bilingual side-by-side table (the same need in English and Amharic on
one row: must come out once); job board with filter chips mixing paid and
volunteer posts and a closed post; Amharic sign-up sheet with names, blanks
and a ሞልቷል cell; Amharic monthly news with a family story and a buried ask;
English PDF newsletter."""
from common import N, T

SLUG = "hampton-ras-dashen-community-association"

NAV = """<div class="side"><ul>
<li><a href="/index.html">Home</a></li>
<li><a href="/volunteer.html">Opportunities</a></li>
<li><a href="/amharic.html">አማርኛ &ndash; መመዝገቢያ</a></li>
<li><a href="/ye-wer-zena.html">የወር ዜና</a></li>
<li><a href="/newsletter-winter.pdf">Newsletter (PDF)</a></li>
<li><a href="/gallery/meskel-2024.html">Gallery</a></li>
<li><a href="/board-minutes/index.html">Board minutes</a></li>
</ul></div>"""

PAGES = {}

PAGES["index.html"] = """
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Ras Dashen Community Association - Hampton, MN</title>
<style>.side{float:left;width:180px}.main{margin-left:200px} table.bi td{border-bottom:1px solid #ddd;padding:6px;vertical-align:top}</style>
</head>
<body>
""" + NAV + """
<div class="main">
<h1>Ras Dashen Community Association</h1>
<p>Serving Ethiopian and Eritrean families in Dakota County since 2009. እንኳን ደህና መጡ!</p>

<h2>This month's needs / የዚህ ወር ፍላጎቶች</h2>
<table class="bi">
<tr><th>English</th><th>አማርኛ</th></tr>
<tr><td><b>Interpreter (Amharic&ndash;English)</b> for our Friday evening clinic nights with the Dakota County nurse.</td>
    <td><b>አስተርጓሚ (አማርኛ&ndash;እንግሊዝኛ)</b> ለዓርብ ምሽት የጤና ፕሮግራማችን።</td></tr>
<tr><td><b>Folding tables</b> for the community hall &ndash; we need 6.</td>
    <td><b>የሚታጠፉ ጠረጴዛዎች</b> ለማኅበረሰብ አዳራሹ &ndash; 6 ያስፈልጉናል።</td></tr>
<tr><td><s>Jebena coffee set</s> &ndash; received, thank you!</td>
    <td><s>ጀበና</s> &ndash; ደርሷል፣ እናመሰግናለን!</td></tr>
</table>

<h2>Services</h2>
<p>Free legal clinic every second Saturday with volunteer attorneys from the Minnesota Immigrant Law Center.</p>
<p>Office hours: Monday, Wednesday, Friday 3&ndash;7 pm.</p>
<h2>Join us</h2>
<p>Become a member &ndash; $25 a year per family. Members vote at the annual meeting.</p>
</div>
</body>
</html>
"""

PAGES["volunteer.html"] = """
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Opportunities - Ras Dashen</title>
<style>.chip{display:inline-block;border:1px solid #888;border-radius:14px;padding:2px 10px;margin:2px}
.post{border-top:1px solid #ccc;padding:10px 0}.tag{font-size:11px;text-transform:uppercase;color:#555}</style>
</head>
<body>
""" + NAV + """
<div class="main">
<h1>Opportunities</h1>
<div class="filters"><span class="chip">All</span><span class="chip">Volunteer</span><span class="chip">Paid</span><span class="chip">Closed</span></div>

<div class="post" data-type="volunteer" data-status="open">
  <span class="tag">Volunteer &middot; Open</span>
  <h3>Youth mentor</h3>
  <p>Meet one Ethiopian-American teen on Tuesdays 4&ndash;6 pm for homework and a snack. One school year.</p>
</div>
<div class="post" data-type="paid" data-status="open">
  <span class="tag">Paid &middot; Full-time</span>
  <h3>Case manager</h3>
  <p>$52,000 plus benefits. Amharic or Tigrinya required. Apply by December 1.</p>
</div>
<div class="post" data-type="volunteer" data-status="open">
  <span class="tag">Volunteer &middot; Open</span>
  <h3>Treasurer assistant</h3>
  <p>Help our treasurer reconcile the bank account and prepare the year-end report. Accounting background needed.</p>
</div>
<div class="post" data-type="volunteer" data-status="closed">
  <span class="tag">Volunteer &middot; Closed</span>
  <h3>Event photographer</h3>
  <p>This position has been filled. Thank you to everyone who applied.</p>
</div>
<div class="post" data-type="volunteer" data-status="open">
  <h3>Driver for seniors' grocery trips</h3>
  <p>Every other Saturday morning, using our van. Clean driving record. <span class="tag">Volunteer &middot; Open</span></p>
</div>
<div class="post" data-type="paid" data-status="open">
  <span class="tag">Paid &middot; Summer</span>
  <h3>Summer intern</h3>
  <p>$1,500 stipend for 8 weeks. College students.</p>
</div>
<p><b>How to apply:</b> send a short note about yourself to volunteer@rasdashen.example. We reply within a week.</p>
</div>
</body>
</html>
"""

PAGES["amharic.html"] = """
<!DOCTYPE html>
<html lang="am">
<head><meta charset="utf-8"><title>የመስቀል በዓል - የበጎ ፈቃደኞች መመዝገቢያ</title>
<style>td,th{border:1px solid #777;padding:5px 10px}.bado{color:#bbb}</style></head>
<body>
""" + NAV + """
<div class="main">
<h1>የመስቀል በዓል &ndash; የበጎ ፈቃደኞች መመዝገቢያ</h1>
<p>ስምዎን ባዶ ቦታ ላይ ለመጻፍ ወ/ሮ ሰላምን ይደውሉ፦ (651) 555-0188።</p>
<table>
<tr><th>ሥራ</th><th>ስም 1</th><th>ስም 2</th><th>ስም 3</th></tr>
<tr><td>የደመራ እንጨት ማዘጋጀት</td><td>አበበ</td><td>ሰላም</td><td class="bado">__________</td></tr>
<tr><td>ምግብ ማብሰል</td><td>ትዕግስት</td><td>መሠረት</td><td>ሄለን</td></tr>
<tr><td>ቡና ማፍላት</td><td class="bado">__________</td><td class="bado">__________</td><td class="bado">__________</td></tr>
<tr><td>ከበዓሉ በኋላ ጽዳት</td><td class="bado">__________</td><td>ዳዊት</td><td class="bado">__________</td></tr>
<tr><td>የመኪና ማቆሚያ</td><td colspan="3">ሞልቷል</td></tr>
</table>
<p><b>የመስቀል በዓል አከባበር</b> &ndash; መስከረም 17 (September 27)፣ ከቀኑ 10 ሰዓት፣ Hampton City Park። ሁላችሁም ተጋብዛችኋል።</p>
</div>
</body>
</html>
"""

PAGES["ye-wer-zena.html"] = """
<!DOCTYPE html>
<html lang="am">
<head><meta charset="utf-8"><title>የወር ዜና - ራስ ዳሸን</title></head>
<body>
""" + NAV + """
<div class="main">
<h1>የወር ዜና &ndash; ጥቅምት</h1>
<h2>የአቶ ተስፋዬ ቤተሰብ</h2>
<p>የአቶ ተስፋዬ ቤተሰብ ባለፈው ወር ከኬንያ መጥተዋል። አምስት ልጆች አሏቸው። አሁን አልጋ፣ ብርድ ልብስ እና የክረምት ልብስ የላቸውም።
መርዳት የምትችሉ ወ/ሮ ሰላምን አነጋግሩ።</p>
<h2>የቅዳሜ ትምህርት ቤት</h2>
<p>የቅዳሜ ትምህርት ቤታችን 40 ተማሪዎች አሉት። ልጆቻችን በአማርኛ ማንበብ እንዲችሉ የአማርኛ ንባብ የሚያስተምር በጎ ፈቃደኛ እንፈልጋለን።
የትምህርት ቤት ቦርሳዎች በቂ አለን፤ ተጨማሪ አያስፈልግም።</p>
<h2>ሪፖርት</h2>
<p>ባለፈው ወር 120 ቤተሰቦች የምግብ እርዳታ ተቀብለዋል።</p>
<h2>ምስጋና</h2>
<p>የሃምፕተን ሉተራን ቤተ ክርስቲያን አዳራሻቸውን ስለፈቀዱልን እናመሰግናለን።</p>
<h2>የገና በዓል</h2>
<p>ታኅሣሥ 29 (January 7)፣ ከቀኑ 12 ሰዓት። ሁላችሁም ተጋብዛችኋል።</p>
</div>
</body>
</html>
"""

PAGES["board-minutes/index.html"] = """
<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Board minutes (members only)</title></head>
<body>
<h1>Board minutes &ndash; October</h1>
<p>Action items: find a volunteer secretary for the board; ask members for a used minivan;
recruit Tigrinya interpreters for the spring clinic.</p>
</body>
</html>
"""

ROBOTS = """User-agent: *
Disallow: /board-minutes/
Disallow: /wp-admin/
"""

PDFS = {
    "newsletter-winter.pdf": ("Ras Dashen News - Winter 2025", [
        ("title", "Ras Dashen News - Winter 2025"),
        ("h", "From the chair"),
        ("p", "Selam! What a year. Our community hall hosted 60 events and two weddings. The city inspection "
              "of the hall is in February, and we need a licensed electrician to check the wiring in the "
              "kitchen before then. We will pay for parts."),
        ("h", "Genna dinner"),
        ("p", "Ethiopian Christmas (Genna) dinner on January 7 at 6 pm. Bring the whole family."),
        ("h", "Citizenship classes"),
        ("p", "Free citizenship classes start January 12, Mondays 6-8 pm."),
        ("h", "Membership"),
        ("p", "Please renew your membership for 2026 at the office or online."),
    ]),
}

NEEDS = [
    N("index.html", ["interpreter", "አስተርጓሚ"], "skilled", "en", ("am", "en"), "bilingual_table",
      "same need in two columns: one need"),
    N("index.html", ["folding tables", "የሚታጠፉ ጠረጴዛዎች"], "donation", "en", (), "bilingual_table"),
    N("volunteer.html", ["youth mentor"], "volunteer", "en", (), "job_board"),
    N("volunteer.html", ["treasurer assistant"], "skilled", "en", (), "job_board"),
    N("volunteer.html", ["grocery trips"], "volunteer", "en", (), "job_board", "tag after the text"),
    N("amharic.html", ["የደመራ እንጨት"], "volunteer", "am", (), "signup_sheet", "one blank"),
    N("amharic.html", ["ቡና ማፍላት"], "volunteer", "am", (), "signup_sheet", "three blanks"),
    N("amharic.html", ["ጽዳት"], "volunteer", "am", (), "signup_sheet", "two blanks"),
    N("ye-wer-zena.html", ["የአቶ ተስፋዬ ቤተሰብ", "ብርድ ልብስ"], "donation", "am", (), "story"),
    N("ye-wer-zena.html", ["የአማርኛ ንባብ"], "skilled", "am", ("am",), "newsletter_buried"),
    N("newsletter-winter.pdf", ["licensed electrician", "electrician"], "skilled", "en", (), "newsletter_buried"),
]

TRAPS = [
    T("index.html", "filled", ["jebena", "ጀበና"], "struck, received"),
    T("index.html", "service", ["free legal clinic"]),
    T("index.html", "hours", ["office hours"]),
    T("index.html", "general_appeal", ["become a member"]),
    T("volunteer.html", "job", ["case manager"]),
    T("volunteer.html", "filled", ["event photographer"], "closed"),
    T("volunteer.html", "job", ["summer intern"]),
    T("volunteer.html", "how_to_apply", ["send a short note"]),
    T("amharic.html", "filled", ["ምግብ ማብሰል"], "three names"),
    T("amharic.html", "filled", ["የመኪና ማቆሚያ"], "ሞልቷል"),
    T("amharic.html", "event", ["አከባበር"]),
    T("ye-wer-zena.html", "filled", ["የትምህርት ቤት ቦርሳዎች"], "በቂ አለን"),
    T("ye-wer-zena.html", "recap", ["120 ቤተሰቦች"]),
    T("ye-wer-zena.html", "thanks", ["ሉተራን"]),
    T("ye-wer-zena.html", "event", ["የገና በዓል"]),
    T("newsletter-winter.pdf", "event", ["genna dinner"]),
    T("newsletter-winter.pdf", "service", ["citizenship classes"]),
    T("newsletter-winter.pdf", "general_appeal", ["renew your membership"]),
    T("newsletter-winter.pdf", "recap", ["60 events"]),
    T("board-minutes/index.html", "robots", ["volunteer secretary"]),
    T("board-minutes/index.html", "robots", ["used minivan"]),
    T("board-minutes/index.html", "robots", ["tigrinya interpreters"]),
]
