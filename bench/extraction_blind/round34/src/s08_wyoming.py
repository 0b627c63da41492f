from common import N, T

SLUG = "wyoming-beteseb-ethiopian-association"


def page(lang, title, body):
    return """<!DOCTYPE html>
<html lang="%s">
<head><meta charset="UTF-8"><title>%s | Beteseb Ethiopian Association</title>
<link rel="stylesheet" href="/assets/site.css"></head>
<body>
<div class="hdr"><a href="/index.html"><b>Beteseb</b> Ethiopian Association of Wyoming, MN</a></div>
<ul class="menu">
<li><a href="/index.html">Home</a></li>
<li><a href="/volunteer.html">Request board</a></li>
<li><a href="/am/index.html">አማርኛ</a></li>
<li><a href="/am/legesa.html">ልገሳ</a></li>
<li><a href="/files/newsletter-winter.pdf">Newsletter</a></li>
</ul>
<div class="content">
%s
</div>
<div class="ftr">Beteseb Ethiopian Association &middot; 26755 Felton Ave, Wyoming, MN 55092 &middot; (651) 555-0125 &middot;
<a href="/members-only/minutes.html">Members</a> &middot; <a href="/gallery/enkutatash.html">Gallery</a></div>
</body>
</html>
""" % (lang, title, body)


INDEX = page("en", "Home", """
<h1>Beteseb means family</h1>
<p>We are Ethiopian and Eritrean families in Chisago County who meet to keep our language, food and faith alive for our children.</p>
<h2>Office hours</h2>
<p>Saturdays 10 am &ndash; 2 pm, or by phone any evening.</p>
<h2>Saturday school</h2>
<p>We teach children Amharic reading and writing and Ethiopian history every Saturday morning. Free for member families.</p>
<h2>About our chair</h2>
<p>Ato Dawit Mengistu has lived in Wyoming since 2006 and drives a school bus for Forest Lake Area Schools.</p>
<h2>Membership</h2>
<p>Annual family dues are $30. Your dues pay for the hall rental.</p>
""")

VOLUNTEER = page("en", "Request board", """
<h1>Neighbor request board</h1>
<p>Members post what they need here. If you can help with an open request, call the number at the top of the page.</p>
<div class="board">
 <div class="req open"><span class="st">OPEN</span><h3>Request #14: Ride to USCIS appointment in St. Paul</h3>
  <p>Tuesday the 18th, 8:30 am. Grandmother Almaz needs a ride and someone to wait with her. About 4 hours.</p></div>
 <div class="req done"><span class="st">DONE</span><h3>Request #15: Help moving a family to Forest Lake</h3>
  <p>Completed on Saturday. Thank you to the six young men who carried everything!</p></div>
 <div class="req open"><span class="st">OPEN</span><h3>Request #16: Volunteer tax preparer for elders</h3>
  <p>Several retired members need their state renters refund (M1PR) filed. We are seeking a volunteer tax preparer, ideally IRS VITA certified.</p></div>
 <div class="req offer"><span class="st">OFFER</span><h3>Request #17: Free haircuts</h3>
  <p>Bereket offers free haircuts for kids before school starts. Call him to book.</p></div>
 <div class="req closed"><span class="st">CLOSED</span><h3>Request #18: High chair for Meron's twins</h3>
  <p>No longer needed &ndash; a neighbor brought two.</p></div>
</div>
""")

AM = page("am", "አማርኛ", """
<h1>ቤተሰብ የኢትዮጵያውያን ማኅበር</h1>
<h2>በጎ ፈቃደኞች እንፈልጋለን</h2>
<details open>
 <summary>የአማርኛ መምህራን</summary>
 <p>ቅዳሜ ጠዋት ለልጆች አማርኛ ማንበብና መጻፍ የሚያስተምሩ ሁለት መምህራን እንፈልጋለን።</p>
</details>
<details>
 <summary>የምግብ ዝግጅት ረዳቶች</summary>
 <p>ለበዓል ዝግጅት እንጀራና ወጥ ለማዘጋጀት የሚረዱ ሰዎች ያስፈልጉናል። ዓርብ ማታ ከ5 ሰዓት ጀምሮ።</p>
</details>
<details>
 <summary>አስተርጓሚዎች</summary>
 <p>አማርኛና እንግሊዝኛ የሚችሉ ሰዎች ከአረጋውያን ጋር ወደ ሐኪም ቤት አብረው እንዲሄዱ እንፈልጋለን።</p>
</details>
<details>
 <summary>የልጆች ጠባቂ</summary>
 <p>ቦታው ተይዟል። እናመሰግናለን!</p>
</details>
<h2>የእንቁጣጣሽ በዓል</h2>
<p>መስከረም 1 (September 11) ከሰዓት በኋላ በማኅበሩ አዳራሽ። ሁላችሁም ተጋብዛችኋል።</p>
""")

LEGESA = page("am", "ልገሳ", """
<h1>ልገሳ</h1>
<h2>የሚያስፈልጉን ዕቃዎች</h2>
<ul>
 <li>የክረምት ጃኬቶች</li>
 <li>ብርድ ልብስ</li>
 <li>የሕፃናት ዳይፐር</li>
 <li>ጤፍ</li>
</ul>
<h2>መጻሕፍት</h2>
<p>በቂ መጻሕፍት አለን። እናመሰግናለን! እባካችሁ ተጨማሪ አታምጡ።</p>
<h2>የወ/ሮ ትዕግሥት ቤተሰብ</h2>
<p>ወ/ሮ ትዕግሥት ከሦስት ልጆቿ ጋር ባለፈው ወር ከኬንያ መጣች። አሁን የተከራዩት ቤት ባዶ ነው፤ ልጆቹ መሬት ላይ ይተኛሉ። አልጋ እና ጠረጴዛ ሊሰጡ የሚችሉ ካሉ እባክዎ ይደውሉልን።</p>
<h2>ያለፈው ፋሲካ</h2>
<p>ባለፈው ፋሲካ ለ50 ቤተሰቦች ምግብ አከፋፈልን። ለሁላችሁም ምስጋና ይድረሳችሁ።</p>
""")

MEMBERS = page("en", "Members", """
<h1>Committee minutes (members only)</h1>
<ul>
<li>Look for a volunteer lawyer to review the bylaws.</li>
<li>Ask St. Mary's for a donated coffee urn.</li>
<li>Need three people to run the raffle table.</li>
</ul>
""")

PAGES = {"index.html": INDEX, "volunteer.html": VOLUNTEER, "am/index.html": AM, "am/legesa.html": LEGESA,
         "members-only/minutes.html": MEMBERS}

ROBOTS = """User-agent: Googlebot
Disallow: /assets/

User-agent: *
Disallow: /members-only/
"""

PDFS = {
    "files/newsletter-winter.pdf": ("Beteseb Newsletter - Winter", [
        ("title", "BETESEB ETHIOPIAN ASSOCIATION"),
        ("title", "Winter Newsletter"),
        ("p", "26755 Felton Ave, Wyoming, MN 55092 - (651) 555-0125"),
        ("h", "Timket celebration"),
        ("p", "Timket will be celebrated on Sunday, January 19, at the association hall after the morning prayers."),
        ("h", "Looking back"),
        ("p", "Our Meskel bonfire in September brought 180 people to the hall. Thank you to everyone who brought food."),
        ("h", "Hall news"),
        ("p", "The old hall bathroom sink has been leaking for months, and the water heater is making noises. The "
              "committee is hoping to find a member or friend with plumbing skills who could fix the sink and check the "
              "water heater before the Timket crowd arrives. We will buy all the parts."),
    ]),
}

NEEDS = [
    N("volunteer.html", ["ride to uscis"], "volunteer", "en", layout="request_cards"),
    N("volunteer.html", ["tax preparer"], "skilled", "en", layout="request_cards"),
    N("am/index.html", ["የአማርኛ መምህራን"], "skilled", "am", ["am"], layout="accordion"),
    N("am/index.html", ["የምግብ ዝግጅት ረዳቶች"], "volunteer", "am", layout="accordion"),
    N("am/index.html", ["አስተርጓሚዎች"], "skilled", "am", ["am", "en"], layout="accordion"),
    N("am/legesa.html", ["የሚያስፈልጉን ዕቃዎች", "የክረምት ጃኬቶች"], "donation", "am", layout="wish_list"),
    N("am/legesa.html", ["አልጋ"], "donation", "am", layout="story", note="mother and three children, empty house"),
    N("files/newsletter-winter.pdf", ["plumbing"], "skilled", "en", layout="pdf", note="buried in newsletter"),
]

TRAPS = [
    T("index.html", "hours", ["office hours"]),
    T("index.html", "service", ["saturday school"]),
    T("index.html", "bio", ["about our chair"]),
    T("index.html", "general_appeal", ["annual family dues"]),
    T("volunteer.html", "filled", ["help moving a family"], "DONE"),
    T("volunteer.html", "offer", ["free haircuts"]),
    T("volunteer.html", "filled", ["high chair"], "CLOSED, no longer needed"),
    T("am/index.html", "filled", ["የልጆች ጠባቂ"], "ቦታው ተይዟል = the spot is taken"),
    T("am/index.html", "event", ["የእንቁጣጣሽ በዓል"]),
    T("am/legesa.html", "filled", ["በቂ መጻሕፍት"]),
    T("am/legesa.html", "recap", ["ያለፈው ፋሲካ"]),
    T("members-only/minutes.html", "robots", ["volunteer lawyer"]),
    T("members-only/minutes.html", "robots", ["coffee urn"]),
    T("members-only/minutes.html", "robots", ["raffle table"]),
    T("files/newsletter-winter.pdf", "event", ["timket celebration"]),
    T("files/newsletter-winter.pdf", "recap", ["meskel bonfire"]),
]
