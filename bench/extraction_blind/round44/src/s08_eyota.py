from common import N, T

SLUG = "eyota-tesfa-ethiopian-community"

NAV = """<header class="top">
 <div class="logo"><a href="/index.html">Tesfa &middot; ተስፋ</a></div>
 <ul class="links">
  <li><a href="/index.html">Home</a></li>
  <li><a href="/volunteer.html">Volunteer</a></li>
  <li><a href="/am/index.html">አማርኛ</a></li>
  <li><a href="/am/zena.html">ዜና</a></li>
  <li class="cta"><a href="https://www.zeffy.com/en-US/donation-form/tesfa-eyota">Donate</a></li>
 </ul>
</header>"""

FOOT = """<footer class="bottom">
 <p>Tesfa Ethiopian Community of Eyota &middot; 214 S Front St, Eyota, MN 55934 &middot; (507) 555-0195</p>
 <p><a href="/newsletter/tesfa-news-winter.pdf">Tesfa News (PDF)</a> &middot; <a href="/gallery/meskel-2024.html">Meskel 2024 gallery</a> &middot;
 <a href="/internal/board-notes.html">Board</a></p>
</footer>"""


def page(lang, title, body):
    return """<!DOCTYPE html>
<html lang="%s">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%s</title>
<link rel="preconnect" href="https://fonts.googleapis.com">
<link rel="stylesheet" href="/css/tesfa.css">
</head>
<body>
%s
<main>
%s
</main>
%s
</body>
</html>
""" % (lang, title, NAV, body, FOOT)


INDEX = page("en", "Tesfa Ethiopian Community of Eyota", """
<section class="hero"><h1>Tesfa means hope.</h1>
<p>We bring together Ethiopian and Eritrean families in Eyota, Dover and the east side of Rochester.</p>
<a class="button" href="https://www.zeffy.com/en-US/donation-form/tesfa-eyota">Give now</a></section>

<section><h2>Office hours</h2><p>Tuesday to Saturday, 11 am &ndash; 7 pm.</p></section>

<section><h2>Services for families</h2>
<p>English classes, an after-school homework room, and referrals to immigration lawyers and clinics.</p></section>

<section><h2>Seeking a volunteer web designer</h2>
<p>Our website was built in 2015 by a teenager who is now in medical school. We are seeking a volunteer web designer
who could build us a simple site that works on phones, in both Amharic and English, and show our staff how to update it.</p></section>

<section><h2>Meskel bonfire</h2>
<p>Saturday, September 27, 6 pm, at the Eyota city park: the Demera bonfire, coffee and songs. Everyone welcome.</p></section>

<section><h2>Support Tesfa</h2>
<p>Your gift pays for rent, English books and the homework room snacks. Any amount helps.</p></section>

<section class="news"><h2>News</h2>
<article><h3><a href="/am/zena.html">A grandmother's injera recipe, and the story behind it</a></h3><p>Read more</p></article>
</section>
""")

VOLUNTEER = page("en", "Volunteer", """
<h1>Volunteer with Tesfa</h1>
<p>Pick a card and e-mail volunteer@tesfa-eyota.example.org.</p>
<div class="cards">
 <div class="card open">
  <span class="badge">Open</span>
  <h3>Tax clinic interpreter (Amharic&ndash;English)</h3>
  <p>Sit with families at our free tax clinic, February to April, and interpret between Amharic and English.</p>
 </div>
 <div class="card open">
  <span class="badge">Open</span>
  <h3>Coffee ceremony host</h3>
  <p>Once a month we hold a welcome night for newcomers. Roast the beans, pour the coffee and make people feel at home.</p>
 </div>
 <div class="card done">
  <span class="badge">All set</span>
  <h3>Soccer tournament referees</h3>
  <p>We have all the referees we need for the July tournament. Thank you!</p>
 </div>
 <div class="card paid">
  <span class="badge">Paid &middot; $17/hr</span>
  <h3>Youth coordinator</h3>
  <p>Part-time staff position, 15 hours a week. Send your resume by November 30.</p>
 </div>
 <div class="card open">
  <span class="badge">Donations</span>
  <h3>Winter welcome kits</h3>
  <ul><li>Wool hats and gloves</li><li>Thermoses</li><li>Flannel sheets (twin)</li></ul>
 </div>
</div>
""")

AM = page("am", "የበጎ ፈቃደኞች መመዝገቢያ", """
<h1>የበጎ ፈቃደኞች መመዝገቢያ</h1>
<p>ሊረዱን የሚችሉበትን ቦታ ይምረጡ።</p>
<form action="https://formspree.io/f/tesfa-demo" method="post">
 <fieldset>
  <legend>የምችለው ሥራ</legend>
  <label><input type="checkbox" name="role" value="reading"> የልጆች የአማርኛ ንባብ አስተማሪ (ቅዳሜ ጠዋት)</label><br>
  <label><input type="checkbox" name="role" value="meskel-food"> ለመስቀል በዓል የምግብ ዝግጅት ረዳት</label><br>
  <label><input type="checkbox" name="role" value="moving" disabled> <s>የቤት ዕቃ ማጓጓዝ</s> &mdash; ሞልቷል</label><br>
  <label><input type="checkbox" name="role" value="elders"> አረጋውያንን መጎብኘት (በወር ሁለት ጊዜ)</label>
 </fieldset>
 <p>ስም: <input type="text" name="name"> ስልክ: <input type="text" name="phone"></p>
 <button type="submit">ላክ</button>
</form>
<h2>ቅጹን እንዴት እንደሚልኩ</h2>
<p>ቅጹን እዚሁ ሞልተው &ldquo;ላክ&rdquo; ይጫኑ፣ ወይም ወደ ቢሯችን መጥተው በወረቀት ይሙሉ።</p>

<h2>አሁን የሚያስፈልጉን ዕቃዎች</h2>
<ul>
 <li>የሕፃናት ዳይፐር</li>
 <li>የክረምት ጃኬቶች ለልጆች</li>
 <li>ምጣድ (ለእንጀራ)</li>
</ul>
""")

ZENA = page("am", "ዜና", """
<h1>ዜና</h1>
<h2>የአቶ ተስፋዬ ቤተሰብ</h2>
<p>አቶ ተስፋዬ፣ ባለቤታቸው እና ሦስት ልጆቻቸው ባለፈው ወር ከአዲስ አበባ ደረሱ። ቤታቸው ባዶ ነው፤ የክረምት ልብስ፣ የወጥ ቤት
ዕቃዎች እና አልጋ ያስፈልጋቸዋል። መርዳት የምትችሉ ቢሯችንን አግኙ።</p>

<h2>የእንቁጣጣሽ በዓል</h2>
<p>በእንቁጣጣሽ በዓል ላይ ከ200 በላይ ሰዎች ተገኝተዋል። ምግብ ላዘጋጃችሁ ሁሉ እናመሰግናለን።</p>

<h2>የመስቀል በዓል</h2>
<p>የደመራ በዓል መስከረም 17 (September 27) ከምሽቱ 12 ሰዓት በአዮታ ከተማ መናፈሻ ይከበራል።</p>

<h2>የልጆች ብስክሌቶች</h2>
<p>በቂ አግኝተናል፣ እናመሰግናለን። ተጨማሪ አያስፈልግም።</p>

<h2>የአያቴ እንጀራ</h2>
<p>እማማ ወርቅነሽ የእንጀራ አሰራራቸውን አካፍለውናል። ሙሉውን ታሪክ በሚቀጥለው ወር ያንብቡ።</p>
""")

BOARD = page("en", "Board", """
<h1>Board notes &ndash; do not share</h1>
<ul>
 <li>Need a volunteer lawyer to review the lease.</li>
 <li>Ask for a donated projector for English class.</li>
 <li>Recruit a new vice-chair.</li>
</ul>
""")

PAGES = {"index.html": INDEX, "volunteer.html": VOLUNTEER, "am/index.html": AM, "am/zena.html": ZENA,
         "internal/board-notes.html": BOARD}

ROBOTS = """User-agent: *
Disallow: /internal/
Disallow: /cgi-bin/
"""

PDFS = {
    "newsletter/tesfa-news-winter.pdf": ("Tesfa News - Winter", [
        ("title", "TESFA NEWS - WINTER 2025"),
        ("p", "Tesfa Ethiopian Community of Eyota - 214 S Front St, Eyota, MN 55934 - (507) 555-0195"),
        ("h", "Community news"),
        ("p", "Congratulations to the eleven families who moved into their own homes this year! The homework room "
              "now has 34 regular students. Several newer members are getting ready for the Minnesota driver's "
              "permit test. If you are an experienced driver willing to give practice lessons on Saturday "
              "mornings in the church parking lot, please call Selam. The English class will take a break from "
              "December 20 to January 5."),
        ("h", "Annual meeting"),
        ("p", "Sunday, January 18, 3 pm, in the community room. Elections for three board seats."),
        ("h", "Family membership"),
        ("p", "Family membership is $60 a year and keeps Tesfa independent. Pay at the office or online."),
    ]),
}

NEEDS = [
    N("index.html", ["web designer"], "skilled", "en", ["am", "en"], layout="seeking",
      note="site in Amharic and English"),
    N("volunteer.html", ["tax clinic interpreter"], "skilled", "en", ["am", "en"], layout="role_cards"),
    N("volunteer.html", ["coffee ceremony host"], "volunteer", "en", layout="role_cards"),
    N("volunteer.html", ["winter welcome kits", "thermoses"], "donation", "en", layout="wish_list",
      note="list inside a card: one need"),
    N("am/index.html", ["የአማርኛ ንባብ አስተማሪ"], "skilled", "am", ["am"], layout="checkbox_form"),
    N("am/index.html", ["የምግብ ዝግጅት ረዳት"], "volunteer", "am", layout="checkbox_form"),
    N("am/index.html", ["አረጋውያንን መጎብኘት"], "volunteer", "am", layout="checkbox_form", note="visiting elders"),
    N("am/index.html", ["አሁን የሚያስፈልጉን ዕቃዎች", "ምጣድ"], "donation", "am", layout="wish_list"),
    N("am/zena.html", ["የአቶ ተስፋዬ ቤተሰብ"], "donation", "am", layout="story"),
    N("newsletter/tesfa-news-winter.pdf", ["practice lessons"], "volunteer", "en", layout="pdf",
      note="buried; experienced drivers for permit practice"),
]

TRAPS = [
    T("index.html", "hours", ["office hours"]),
    T("index.html", "service", ["services for families"]),
    T("index.html", "event", ["meskel bonfire"]),
    T("index.html", "general_appeal", ["support tesfa"]),
    T("index.html", "blog", ["injera recipe"]),
    T("volunteer.html", "filled", ["soccer tournament referees"], "All set"),
    T("volunteer.html", "job", ["youth coordinator"]),
    T("am/index.html", "filled", ["የቤት ዕቃ ማጓጓዝ"], "disabled checkbox, struck, 'ሞልቷል' = full"),
    T("am/index.html", "how_to_apply", ["ቅጹን እንዴት እንደሚልኩ"]),
    T("am/zena.html", "recap", ["ከ200 በላይ ሰዎች"]),
    T("am/zena.html", "event", ["የመስቀል በዓል"]),
    T("am/zena.html", "filled", ["የልጆች ብስክሌቶች"], "'በቂ አግኝተናል ... ተጨማሪ አያስፈልግም'"),
    T("am/zena.html", "blog", ["የአያቴ እንጀራ"]),
    T("newsletter/tesfa-news-winter.pdf", "recap", ["eleven families"]),
    T("newsletter/tesfa-news-winter.pdf", "event", ["annual meeting"]),
    T("newsletter/tesfa-news-winter.pdf", "general_appeal", ["family membership"]),
    T("internal/board-notes.html", "robots", ["volunteer lawyer"]),
    T("internal/board-notes.html", "robots", ["donated projector"]),
    T("internal/board-notes.html", "robots", ["vice-chair"]),
]
