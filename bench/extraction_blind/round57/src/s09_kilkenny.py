"""Kilkenny: Habesha women's circle (Squarespace-like). English <dl> + story, Amharic card grid and
donation page, English PDF newsletter, Amharic robots page."""
from common import need, trap, robots

SLUG = "kilkenny-habesha-womens-circle"
ROBOTS = robots("/abalat/")


def shell(title, body, lang="en"):
    return """<!DOCTYPE html>
<html lang="%s">
<head>
<meta charset="utf-8">
<title>%s &mdash; Kilkenny Habesha Women's Circle</title>
<link rel="stylesheet" href="/static/site.css">
</head>
<body id="collection-5f2" class="sqs-site">
<header class="Header"><div class="Header-inner">
  <a class="Header-branding" href="/">Kilkenny Habesha Women's Circle</a>
  <nav class="Header-nav"><div class="Header-nav-inner">
    <a class="Header-nav-item" href="/">Home</a>
    <a class="Header-nav-item" href="/volunteer.html">Volunteer</a>
    <a class="Header-nav-item" href="/amharic.html">አማርኛ</a>
    <a class="Header-nav-item" href="/sitota.html">ስጦታ</a>
    <a class="Header-nav-item" href="/circle-news-summer.pdf">Newsletter</a>
    <a class="Header-nav-item" href="/photos/meskel-2024/">Photos</a>
  </div></nav>
</div></header>
<main class="Main"><div class="sqs-layout sqs-grid-12 columns-12">
%s
</div></main>
<footer class="Footer"><div class="sqs-block html-block"><div class="sqs-block-content">
  <p>Kilkenny Habesha Women's Circle &middot; PO Box 14, Kilkenny, MN 56052 &middot; (507) 555-0145 &middot; hello@habeshacircle.org</p>
  <p><a href="/abalat/">Members / አባላት</a></p>
</div></div></footer>
</body>
</html>
""" % (lang, title, body)


INDEX = shell("Home", """
<div class="sqs-block html-block"><div class="sqs-block-content">
<h1>Welcome to the Circle</h1>
<p>Ethiopian and Eritrean women helping each other settle, work and raise families in south central Minnesota.</p>
<h2>Coffee mornings</h2>
<p>Every Friday 10 am to noon we hold a coffee ceremony for new mothers, with childcare on site. No sign-up needed.</p>
<h2>Meskel bonfire</h2>
<p>September 27 at Dawit and Selam's farm, 6 pm. Bring a dish to share.</p>
<h2>Support the Circle</h2>
<p>Membership dues are $20 a year. Gifts to our emergency fund help families with rent when a paycheck is late.</p>
<h2>Office hours</h2>
<p>Tuesdays and Thursdays, 1 to 5 pm, in the basement of the town hall.</p>
</div></div>
""")

AMHARIC = shell("በጎ ፈቃደኞች", """
<div class="sqs-block html-block"><div class="sqs-block-content">
<h1>በጎ ፈቃደኞች ያስፈልጉናል</h1>
<p>ለማህበራችን ጊዜዎን መስጠት ከፈለጉ፣ ወ/ሮ ሰላምን በ (507) 555-0145 ይደውሉ።</p>
</div></div>
<div class="sqs-gallery-design-grid">
  <div class="summary-item"><h3 class="summary-title">የአማርኛ አስተርጓሚ ለሆስፒታል ቀጠሮዎች</h3>
    <div class="summary-excerpt"><p>እናቶችን ወደ ሆስፒታል ቀጠሮ አብሮ በመሄድ ከአማርኛ ወደ እንግሊዝኛ መተርጎም። ሁለቱንም ቋንቋዎች አቀላጥፎ መናገር ያስፈልጋል።</p></div></div>
  <div class="summary-item"><div class="summary-title">የእንጀራ ጋጋሪዎች ለፋሲካ በዓል</div>
    <div class="summary-excerpt"><p>ለፋሲካ ምሳ 200 እንጀራ መጋገር አለብን። ሚያዝያ 18 ቀን ጠዋት በማህበሩ ኩሽና ይምጡ።</p></div></div>
  <div class="summary-item is-covered"><span class="summary-metadata-item">ተሸፍኗል</span><h3 class="summary-title">የልጆች እንክብካቤ</h3>
    <div class="summary-excerpt"><p>በቂ ሞግዚቶች አግኝተናል። እናመሰግናለን!</p></div></div>
  <div class="summary-item"><h3 class="summary-title">የሂሳብ አያያዝ ባለሙያ</h3>
    <div class="summary-excerpt"><p>የማህበሩን ገቢና ወጪ በወር አንድ ጊዜ የሚመዘግብ በጎ ፈቃደኛ እንፈልጋለን።</p></div></div>
  <div class="summary-item"><h3 class="summary-title">የልብስ ስፌት ትምህርት</h3>
    <div class="summary-excerpt"><p>በየቅዳሜው ለሴቶች ነፃ የልብስ ስፌት ትምህርት እንሰጣለን። ለመመዝገብ ቢሮ ይምጡ።</p></div></div>
</div>
""", lang="am")

SITOTA = shell("ስጦታ", """
<div class="sqs-block html-block"><div class="sqs-block-content">
<h1>የዕቃ ስጦታ</h1>
<p>ዕቃዎችን ማክሰኞ እና ሐሙስ ከሰዓት በኋላ ከ7 እስከ 11 ሰዓት ወደ ቢሮ ማምጣት ይቻላል።</p>
<h2>የሚያስፈልጉን ዕቃዎች ለአዲስ እናቶች</h2>
<ul>
  <li>የሕፃን አልጋ</li>
  <li>ዳይፐር (ቁጥር 1 እና 2)</li>
  <li>የሕፃን ልብስ</li>
  <li>የሕፃን መኪና ወንበር (car seat)</li>
</ul>
<h2>የምግብ ዘይትና ምስር እጥረት አለብን</h2>
<p>ለእሁድ ምሳ ፕሮግራማችን የምግብ ዘይት፣ ምስር እና በርበሬ ያስፈልገናል።</p>
<h2>ከእንግዲህ አያስፈልግም</h2>
<p><s>ብርድ ልብስ</s> &mdash; በቂ ተሰብስቧል፤ እባክዎ ተጨማሪ አያምጡ።</p>
<h2>እናመሰግናለን</h2>
<p>ባለፈው ወር 45 የትምህርት ቦርሳዎች ተቀብለናል።</p>
</div></div>
""", lang="am")

VOLUNTEER = shell("Volunteer", """
<div class="sqs-block html-block"><div class="sqs-block-content">
<h1>Volunteer with the Circle</h1>
<p>Write to hello@habeshacircle.org and tell us which of these fits you.</p>
<dl>
  <dt>Driving instructor</dt>
  <dd>Many of our members have never driven. A patient, licensed driver with a car can help them practice for the road test on Sunday afternoons.</dd>
  <dt>R&eacute;sum&eacute; and job-search helper</dt>
  <dd>Help women write r&eacute;sum&eacute;s and apply online for jobs at the plant and the nursing home. Bring a laptop if you can.</dd>
  <dt>Story-time reader</dt>
  <dd>Covered &mdash; the public library now sends a librarian every week. Thank you!</dd>
  <dt>Sewing machine repair</dt>
  <dd>We are seeking someone who can service our six old sewing machines; two won't run at all.</dd>
</dl>
<h2>A mother's story</h2>
<p>When Tigist left the shelter in March with her two daughters, she had a lease, a job at the nursing home and two suitcases. The apartment is empty. The girls sleep on a borrowed air mattress. What would help most: a dresser, a small table with chairs, and a stroller for the walk to the bus stop.</p>
</div></div>
""")

ABALAT = shell("አባላት", """
<div class="sqs-block html-block"><div class="sqs-block-content">
<h1>የአባላት ገጽ</h1>
<ul>
  <li>ለዓመታዊ ስብሰባ 5 በጎ ፈቃደኞች ያስፈልጋሉ።</li>
  <li>ለቢሮ የሚሆን ማተሚያ ማሽን ስጦታ።</li>
  <li>የማህበሩን ድረ-ገጽ የሚያስተካክል ሰው።</li>
</ul>
</div></div>
""", lang="am")

PAGES = {
    "index.html": INDEX,
    "amharic.html": AMHARIC,
    "sitota.html": SITOTA,
    "volunteer.html": VOLUNTEER,
    "abalat/index.html": ABALAT,
}

PDFS = {
    "circle-news-summer.pdf": ("Circle News - Summer 2025", [
        ("title", "Circle News - Summer 2025"),
        ("p", "Kilkenny Habesha Women's Circle"),
        ("h", "Graduation!"),
        ("p", "Eleven women finished the nursing assistant course this spring. The graduation ceremony will be "
              "June 21 at 2 pm at the town hall, and everyone is invited. We would love a volunteer photographer "
              "for that day: someone with a good camera who can take a portrait of each graduate with her family."),
        ("h", "Thank you"),
        ("p", "Thank you to the St. Anne's quilters for 30 baby quilts, and to the Lions for our new refrigerator."),
        ("h", "Summer English"),
        ("p", "Our volunteer English teacher has moved away. We are looking for a new conversation-class leader for "
              "Wednesday mornings in July and August. ESL experience is helpful; Amharic is not needed."),
    ]),
}

NEEDS = [
    need("amharic.html", ["አስተርጓሚ"], "skilled", "am", ["am", "en"], "role_cards"),
    need("amharic.html", ["እንጀራ ጋጋሪዎች"], "volunteer", "am", [], "role_cards", "title in div"),
    need("amharic.html", ["የሂሳብ አያያዝ"], "skilled", "am", [], "role_cards", "bookkeeper"),
    need("sitota.html", ["የሚያስፈልጉን ዕቃዎች", "የሕፃን አልጋ"], "donation", "am", [], "wish_list"),
    need("sitota.html", ["ምስር", "የምግብ ዘይት"], "donation", "am", [], "short_on", "'እጥረት አለብን'"),
    need("volunteer.html", ["driving instructor"], "volunteer", "en", [], "definition_list"),
    need("volunteer.html", ["job-search helper"], "volunteer", "en", [], "definition_list"),
    need("volunteer.html", ["sewing machine"], "skilled", "en", [], "definition_list"),
    need("volunteer.html", ["dresser", "stroller"], "donation", "en", [], "story", "Tigist"),
    need("circle-news-summer.pdf", ["photographer"], "skilled", "en", [], "pdf", "buried in graduation item"),
    need("circle-news-summer.pdf", ["conversation-class leader"], "skilled", "en", ["en"], "pdf"),
]

TRAPS = [
    trap("index.html", "service", ["coffee ceremony"]),
    trap("index.html", "event", ["meskel bonfire"]),
    trap("index.html", "general_appeal", ["membership dues", "emergency fund"]),
    trap("index.html", "hours", ["office hours"]),
    trap("amharic.html", "filled", ["የልጆች እንክብካቤ"], "'ተሸፍኗል' label"),
    trap("amharic.html", "service", ["የልብስ ስፌት ትምህርት"]),
    trap("sitota.html", "hours", ["ማክሰኞ እና ሐሙስ"]),
    trap("sitota.html", "filled", ["ብርድ ልብስ"], "struck, 'ከእንግዲህ አያስፈልግም'"),
    trap("sitota.html", "recap", ["45 የትምህርት ቦርሳዎች"]),
    trap("volunteer.html", "filled", ["story-time reader"], "'Covered'"),
    trap("circle-news-summer.pdf", "event", ["graduation ceremony"]),
    trap("circle-news-summer.pdf", "recap", ["baby quilts"]),
    trap("abalat/index.html", "robots", ["ዓመታዊ ስብሰባ"]),
    trap("abalat/index.html", "robots", ["ማተሚያ ማሽን"]),
    trap("abalat/index.html", "robots", ["ድረ-ገጽ"]),
]
