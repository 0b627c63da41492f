from common import N, T

SLUG = "hallock-debre-selam-medhane-alem"

NAV = """<div class="nav"><a href="/index.html">መነሻ</a> · <a href="/agelgilot.html">አገልግሎት</a> ·
<a href="/sitota.html">ስጦታ</a> · <a href="/en/index.html">English</a> · <a href="/docs/newsletter.pdf">Newsletter (PDF)</a></div>"""

FOOT = """<div class="foot">ደብረ ሰላም መድኃኔ ዓለም ቤተ ክርስቲያን · 170 S Atlantic Ave, Hallock, MN 56728 · (218) 555-0183<br>
<a href="/abal/meeting.html">ለአባላት ብቻ</a> · <a href="/gallery/meskel-2024.html">ፎቶዎች</a></div>"""


def page(lang, title, body):
    return """<!DOCTYPE html>
<html lang="%s">
<head><meta charset="utf-8"><title>%s — Debre Selam</title></head>
<body>
%s
<div class="main">
%s
</div>
%s
</body>
</html>
""" % (lang, title, NAV, body, FOOT)


INDEX = page("am", "መነሻ", """
<h1>ደብረ ሰላም መድኃኔ ዓለም የኢትዮጵያ ኦርቶዶክስ ተዋሕዶ ቤተ ክርስቲያን</h1>
<p>እንኳን ደህና መጡ። በሰሜን ሚኒሶታ እና በማኒቶባ ድንበር አካባቢ ለሚኖሩ ምእመናን የምናገለግል ትንሽ ደብር ነን።</p>
<h2>የቅዳሴ ሰዓት</h2>
<p>እሑድ፦ ኪዳን 7:00 ጠዋት፣ ቅዳሴ 8:00 ጠዋት። ረቡዕ እና ዓርብ፦ ጸሎት 6:00 ማታ።</p>
<h2>የመስቀል በዓል</h2>
<p>የደመራ በዓል መስከረም 16 (September 26) ምሽት በቤተ ክርስቲያኑ ግቢ ይከበራል። ሁላችሁም ተጋብዛችኋል።</p>
<h2>ለሕንፃ ማሠሪያ</h2>
<p>አዲስ ሕንፃ ለመግዛት ገንዘብ እያሰባሰብን ነው። የቻላችሁትን ሁሉ ስጡ፤ እግዚአብሔር ይባርካችሁ።</p>
""")

AGEL = page("am", "አገልግሎት", """
<h1>የበጎ ፈቃድ አገልግሎት</h1>
<p>ከታች ያሉትን ክፍሎች ይክፈቱ።</p>
<details><summary>የሰንበት ትምህርት ቤት መምህራን</summary>
<p>ለልጆች የሰንበት ትምህርት የሚያስተምሩ ሁለት መምህራን እንፈልጋለን። እሑድ ከቅዳሴ በኋላ፣ በአማርኛ እና በእንግሊዝኛ።</p></details>
<details><summary>የማዕድ ቤት አገልጋዮች</summary>
<p>ከቅዳሴ በኋላ ለምእመናን ምግብ የሚያዘጋጁ እና የሚያቀርቡ አገልጋዮች ያስፈልጉናል።</p></details>
<details><summary>የመኪና ማቆሚያ ረዳቶች</summary>
<p>ቦታው ሞልቷል። እናመሰግናለን!</p></details>
<details><summary>ሹፌር ለአረጋውያን</summary>
<p>አረጋውያንን ከግራንድ ፎርክስ ወደ ቤተ ክርስቲያን የሚያመጣ ሹፌር እንፈልጋለን። የነዳጅ ወጪ እንከፍላለን።</p></details>
""")

SITOTA = page("am", "ስጦታ", """
<h1>የምንፈልጋቸው ስጦታዎች</h1>
<h2>ለቤተ ክርስቲያኑ የሚያስፈልጉ ዕቃዎች</h2>
<ul><li>ጧፍ (የቤተ ክርስቲያን ሻማ)</li><li>ዕጣን</li><li>ነጭ ነጠላ ለአዲስ ተጠማቂዎች</li><li>ትልልቅ ድስቶች</li></ul>
<h2>አልባሳት</h2>
<p>በቂ ልብስ አለን። እናመሰግናለን፤ እባካችሁ ተጨማሪ አታምጡ።</p>
<h2>የወ/ሮ ትዕግሥት ቤተሰብ</h2>
<p>ወ/ሮ ትዕግሥት እና ሦስት ልጆቿ ባለፈው ወር ከዊኒፔግ ወደ ሃሎክ መጥተዋል። ቤታቸው ባዶ ነው፤ ልጆቹ ወለል ላይ ይተኛሉ። ፍራሽ ለመስጠት የምትችሉ እባካችሁ ደውሉልን።</p>
<h2>የጥምቀት በዓል</h2>
<p>በዚህ ዓመት የጥምቀት በዓል ከ300 በላይ ምእመናን ተገኝተው በደማቅ ሁኔታ ተከብሯል።</p>
""")

EN = page("en", "English", """
<h1>Debre Selam Medhane Alem Church</h1>
<p>An Ethiopian Orthodox Tewahedo parish in Kittson County. This page is a short English summary.</p>
<h2>Interpreter for medical visits</h2>
<p>Several elders need an Amharic-English interpreter when they see doctors in Grand Forks or Thief River Falls.
If you speak both languages well, please volunteer a morning a month.</p>
<h2>Youth mentor</h2>
<p>Our teenagers would benefit from a mentor who can meet with them after church twice a month to talk about school,
college and jobs.</p>
<h2>Caretaker (paid)</h2>
<p>We are hiring a part-time paid caretaker for the church building, 12 hours a week.</p>
<h2>Our priest</h2>
<p>Qesis Mesfin Alemu was ordained in Addis Ababa and has served our parish since 2018.</p>
""")

ABAL = page("am", "ለአባላት", """
<h1>የሰበካ ጉባኤ ስብሰባ (ለአባላት ብቻ)</h1>
<ul><li>ለቤተ ክርስቲያኑ ሒሳብ ሹም እንፈልጋለን።</li><li>የበረዶ ማጽጃ ማሽን በስጦታ መጠየቅ።</li><li>ለዝማሬ ክፍል አዲስ መሪ።</li></ul>
""")

PAGES = {"index.html": INDEX, "agelgilot.html": AGEL, "sitota.html": SITOTA, "en/index.html": EN,
         "abal/meeting.html": ABAL}

ROBOTS = """User-agent: Googlebot
Allow: /

User-agent: *
Disallow: /abal/
"""

PDFS = {
    "docs/newsletter.pdf": ("Debre Selam Newsletter", [
        ("title", "DEBRE SELAM MEDHANE ALEM - PARISH NEWSLETTER"),
        ("p", "170 S Atlantic Ave, Hallock, MN 56728 - (218) 555-0183"),
        ("h", "Letter from the parish council"),
        ("p", "Dear faithful, God has blessed us this year with six baptisms and two weddings. Our finances are in "
              "order but kept in a paper notebook, and the council would be grateful for someone who can help us set "
              "up a simple bookkeeping spreadsheet and show the treasurer how to use it. May God reward you."),
        ("h", "Genna"),
        ("p", "Genna (Ethiopian Christmas) liturgy begins at 8 pm on January 6 and continues through the night."),
        ("h", "Fasting seasons"),
        ("p", "The Fast of the Prophets (Tsome Nebiyat) begins on November 25."),
    ]),
}

NEEDS = [
    N("agelgilot.html", ["የሰንበት ትምህርት ቤት መምህራን"], "skilled", "am", ["am", "en"], layout="accordion"),
    N("agelgilot.html", ["የማዕድ ቤት አገልጋዮች"], "volunteer", "am", layout="accordion"),
    N("agelgilot.html", ["ሹፌር"], "volunteer", "am", layout="accordion"),
    N("sitota.html", ["የሚያስፈልጉ ዕቃዎች", "ጧፍ"], "donation", "am", layout="wish_list"),
    N("sitota.html", ["ፍራሽ"], "donation", "am", layout="story"),
    N("en/index.html", ["interpreter for medical visits"], "skilled", "en", ["am", "en"], layout="heading_paragraph"),
    N("en/index.html", ["youth mentor"], "volunteer", "en", layout="heading_paragraph"),
    N("docs/newsletter.pdf", ["bookkeeping spreadsheet"], "skilled", "en", layout="newsletter_buried"),
]

TRAPS = [
    T("index.html", "hours", ["የቅዳሴ ሰዓት"]),
    T("index.html", "event", ["የመስቀል በዓል"]),
    T("index.html", "general_appeal", ["ለሕንፃ ማሠሪያ"]),
    T("agelgilot.html", "filled", ["የመኪና ማቆሚያ ረዳቶች"], "ቦታው ሞልቷል"),
    T("sitota.html", "filled", ["በቂ ልብስ አለን"]),
    T("sitota.html", "recap", ["የጥምቀት በዓል"]),
    T("en/index.html", "job", ["caretaker (paid)"]),
    T("en/index.html", "bio", ["our priest"]),
    T("docs/newsletter.pdf", "event", ["genna"]),
    T("docs/newsletter.pdf", "recap", ["six baptisms"]),
    T("docs/newsletter.pdf", "event", ["fast of the prophets"]),
    T("abal/meeting.html", "robots", ["ሒሳብ ሹም"]),
    T("abal/meeting.html", "robots", ["የበረዶ ማጽጃ"]),
    T("abal/meeting.html", "robots", ["ለዝማሬ ክፍል"]),
]
