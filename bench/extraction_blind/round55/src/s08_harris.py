"""Site 8: Bete Mariam Ethiopian Orthodox Tewahedo Church, Harris (Chisago County). Amharic + English.
Layouts: Amharic <dl> of service roles, Amharic wish list with a struck item, mother's story, a
completed counter (50 of 50), English heading+paragraph page, English PDF newsletter (buried need)."""
from common import N, T

SLUG = "harris-bete-mariam-orthodox-church"
TOWN = "harris"


def doc(lang, title, body):
    return """<!DOCTYPE html>
<html lang="%s">
<head>
<meta charset="utf-8">
<title>%s</title>
<link rel="stylesheet" href="/wp-content/themes/tewahedo/style.css">
</head>
<body class="home">
<div class="site">
<header class="site-header">
  <p class="site-title"><a href="/">ቤተ ማርያም &middot; Bete Mariam</a></p>
  <nav class="menu">
    <a href="/">መነሻ</a> <a href="/agelgilot.html">አገልግሎት</a> <a href="/erdata.html">እርዳታ</a>
    <a href="/en/index.html">English</a> <a href="/newsletter-winter-2025.pdf">ጋዜጣ (PDF)</a>
  </nav>
</header>
<div class="content">
%s
</div>
<footer class="site-footer">
  <p>38 Old Hwy 61, Harris, MN 55032 &middot; (651) 555-0191</p>
  <p><a href="/media/demera-2024.html">የደመራ ፎቶዎች 2024</a></p>
</footer>
</div>
</body>
</html>
""" % (lang, title, body)


PAGES = {}

PAGES["index.html"] = doc("am", "ቤተ ማርያም የኢትዮጵያ ኦርቶዶክስ ተዋሕዶ ቤተ ክርስቲያን", """
<h1>ቤተ ማርያም የኢትዮጵያ ኦርቶዶክስ ተዋሕዶ ቤተ ክርስቲያን</h1>
<p>እንኳን ደህና መጡ! ቤተ ክርስቲያናችን ከ2010 ዓ.ም. ጀምሮ በቺሳጎ ካውንቲ እና አካባቢው የሚኖሩ ምእመናንን ታገለግላለች።</p>

<h2>የቅዳሴ ሰዓት</h2>
<p>እሑድ፡ ከጠዋቱ 12 ሰዓት እስከ 4 ሰዓት (6:00 &ndash; 10:00 AM)<br>
ረቡዕ እና ዓርብ፡ ጸሎት ከጠዋቱ 1 ሰዓት (7:00 AM)</p>

<h2>የመስቀል በዓል</h2>
<p>መስከረም 17 (September 27) የደመራ ሥነ ሥርዓት በቤተ ክርስቲያኑ ግቢ ይከበራል። ሁላችሁም ተጋብዛችኋል።</p>

<h2>ለሕንጻ ግንባታ ይለግሱ</h2>
<p>አዲሱን የምእመናን አዳራሽ ለመገንባት የእርስዎ ልግስና ያስፈልጋል። እግዚአብሔር ይባርካችሁ።</p>

<h2>የልጆች የአማርኛ ትምህርት</h2>
<p>ቅዳሜ ጠዋት ለልጆች የአማርኛ እና የግዕዝ ፊደል ትምህርት በነጻ እንሰጣለን።</p>
""")

PAGES["agelgilot.html"] = doc("am", "አገልግሎት &ndash; ቤተ ማርያም", """
<h1>በአገልግሎት ይሳተፉ</h1>
<p>ለመመዝገብ ዲያቆን ዳዊትን ያነጋግሩ፡ (651) 555-0191።</p>
<dl>
  <dt>የሰንበት ትምህርት ቤት መምህራን</dt>
  <dd>ለ40 ልጆች በአማርኛ የሚያስተምሩ ሁለት ተጨማሪ መምህራን እንፈልጋለን። እሑድ ከቅዳሴ በኋላ ለአንድ ሰዓት።</dd>

  <dt>የመኪና አሽከርካሪዎች</dt>
  <dd>መኪና የሌላቸውን አረጋውያን እሑድ ጠዋት ከኖርዝ ብራንች እና ከራሽ ሲቲ ወደ ቤተ ክርስቲያን የሚያመጡ ሦስት በጎ ፈቃደኞች ያስፈልጉናል።</dd>

  <dt>የማዕድ ቤት አገልጋዮች</dt>
  <dd>በቂ ሰው አግኝተናል፤ እናመሰግናለን።</dd>

  <dt>የድምፅ ማጉያ ባለሙያ</dt>
  <dd>አዲሱን የድምፅ ማጉያ ሥርዓት (sound system) የሚያስተካክል እና ዲያቆናትን የሚያሰለጥን ባለሙያ እንፈልጋለን።</dd>

  <dt>የቤተ ክርስቲያን ጽዳት</dt>
  <dd>ቅዳሜ ከሰዓት በኋላ ለሁለት ሰዓት ቤተ ክርስቲያኑን የሚያጸዱ አራት በጎ ፈቃደኞች ያስፈልጉናል።</dd>

  <dt>የሒሳብ ሠራተኛ (ደሞዝ ያለው)</dt>
  <dd>የትርፍ ሰዓት፣ ደሞዝ የሚከፈልበት ሥራ። ማመልከቻ እስከ ኅዳር 30።</dd>
</dl>
""")

PAGES["erdata.html"] = doc("am", "እርዳታ &ndash; ቤተ ማርያም", """
<h1>እርዳታ እና ስጦታ</h1>

<h2>የሚያስፈልጉን ነገሮች</h2>
<ul>
  <li>ጧፍ (የቤተ ክርስቲያን ሻማ)</li>
  <li>ዕጣን</li>
  <li>ለእንግዶች ነጠላ</li>
  <li>የወረቀት ሳህኖች እና ኩባያዎች</li>
  <li><s>ወንበሮች</s> (ተሟልቷል)</li>
</ul>

<h2>የወ/ሮ ሰናይት ታሪክ</h2>
<p>ወ/ሮ ሰናይት ከሁለት ልጆቿ ጋር ከሦስት ወር በፊት ከናይሮቢ መጥታለች። አሁን በኖርዝ ብራንች ትንሽ አፓርታማ ውስጥ ይኖራሉ።
ልጆቹ የክረምት ጃኬት እና ቡትስ የላቸውም፤ ሦስቱም በአንድ ፍራሽ ላይ ይተኛሉ። ለልጆቹ የክረምት ጃኬት (ዕድሜ 5 እና 9)፣
ቡትስ እና አንድ አልጋ ብትለግሱ ትልቅ እርዳታ ነው።</p>

<h2>ለአረጋውያን የምግብ ቅርጫት</h2>
<progress value="50" max="50"></progress>
<p>50 ከ 50 ተሟልቷል &mdash; እግዚአብሔር ይስጥልን!</p>

<h2>ስጦታ የሚቀበልበት ሰዓት</h2>
<p>ቅዳሜ ከጠዋቱ 4 ሰዓት እስከ 6 ሰዓት (10 AM &ndash; 12 PM)።</p>

<h2>ባለፈው ዓመት</h2>
<p>ባለፈው ዓመት 120 ልጆች የገና ስጦታ ተቀብለዋል። እናመሰግናለን!</p>
""")

PAGES["en/index.html"] = doc("en", "For our neighbors &ndash; Bete Mariam Church", """
<h1>For our neighbors</h1>
<p>Bete Mariam is an Ethiopian Orthodox Tewahedo parish of about 90 families. Most of our pages are in Amharic.</p>

<h2>Seeking an Amharic&ndash;English interpreter</h2>
<p>Several members have immigration hearings at Fort Snelling this winter. The court provides interpreters for
hearings, but not for meetings with pro bono lawyers. We are seeking a volunteer interpreter who speaks Amharic
and English to join these meetings, about two hours each.</p>

<h2>Help with our website</h2>
<p>Our website runs on WordPress and nobody on the parish council knows how to update it. A volunteer who could
spend a few hours a month posting the calendar and the newsletter would help us a lot.</p>

<h2>Church Administrator &mdash; paid position</h2>
<p>20 hours a week. Amharic and English required. Send a letter to the parish council.</p>

<h2>Meskel 2024 &mdash; thank you</h2>
<p>More than 400 guests joined us for Demera last September. Thank you to everyone who cooked and cleaned.</p>

<h2>Visiting us</h2>
<p>Visitors are welcome at the liturgy every Sunday from 6 to 10 am. Women cover their heads and everyone removes
their shoes before entering.</p>

<h2>Free Amharic classes for kids</h2>
<p>Saturday mornings, ages 5&ndash;14, free.</p>

<p class="give">Support the new hall &mdash; every gift brings us closer.</p>
""")

ROBOTS = """User-agent: *
Disallow: /wp-admin/
Allow: /wp-admin/admin-ajax.php
"""

PDFS = {
    "newsletter-winter-2025.pdf": ("Bete Mariam Parish Newsletter Winter 2025", [
        ("title", "BETE MARIAM PARISH NEWSLETTER - WINTER 2025"),
        ("p", "Ethiopian Orthodox Tewahedo Church - Harris, Minnesota"),
        ("h", "A word from Abba Gebremedhin"),
        ("p", "Dear faithful, as the fast of the prophets begins, let us remember the poor and the stranger."),
        ("h", "Snow and Sunday mornings"),
        ("p", "Last winter the parking lot was not plowed until noon and many elders could not reach the doors "
              "for the liturgy. We are looking for a member or neighbor with a plow truck who can clear the lot "
              "by 5:30 am on Sundays after a snowfall. The parish will pay for fuel."),
        ("h", "Genna - January 7"),
        ("p", "Ethiopian Christmas liturgy begins at 10 pm on January 6 and continues through the night."),
        ("h", "Tithes and offerings"),
        ("p", "Your tithes keep the lights on and the heat running. Envelopes are at the entrance."),
        ("h", "Sunday school registration"),
        ("p", "Registration for the new term is open. Pick up a form from Deacon Dawit at the office."),
    ]),
}

NEEDS = [
    N("agelgilot.html", ["የሰንበት ትምህርት ቤት", "መምህራን"], "skilled", "am", ["am"], "definition_list",
      "Sunday school teachers who teach in Amharic"),
    N("agelgilot.html", ["አሽከርካሪዎች"], "volunteer", "am", [], "definition_list", "drivers for elders"),
    N("agelgilot.html", ["የድምፅ ማጉያ ባለሙያ", "sound system"], "skilled", "am", [], "definition_list", ""),
    N("agelgilot.html", ["ጽዳት"], "volunteer", "am", [], "definition_list", "church cleaning"),
    N("erdata.html", ["የሚያስፈልጉን ነገሮች", "ጧፍ", "ዕጣን"], "donation", "am", [], "wish_list",
      "one list; struck chairs are a trap"),
    N("erdata.html", ["ሰናይት", "የክረምት ጃኬት"], "donation", "am", [], "story", "coats, boots, a bed"),
    N("en/index.html", ["interpreter"], "skilled", "en", ["am", "en"], "heading_paragraph", ""),
    N("en/index.html", ["website", "wordpress"], "skilled", "en", [], "heading_paragraph", ""),
    N("newsletter-winter-2025.pdf", ["plow truck", "parking lot"], "volunteer", "en", [], "pdf",
      "buried in newsletter"),
]

TRAPS = [
    T("index.html", "hours", ["የቅዳሴ ሰዓት"], "liturgy times"),
    T("index.html", "event", ["የመስቀል በዓል"], "Meskel"),
    T("index.html", "general_appeal", ["ለሕንጻ ግንባታ"], "building fund"),
    T("index.html", "service", ["የአማርኛ ትምህርት"], "free Amharic classes for kids"),
    T("agelgilot.html", "filled", ["የማዕድ ቤት አገልጋዮች"], "በቂ ሰው አግኝተናል"),
    T("agelgilot.html", "job", ["የሒሳብ ሠራተኛ"], "paid"),
    T("erdata.html", "filled", ["ወንበሮች"], "struck, ተሟልቷል"),
    T("erdata.html", "filled", ["የምግብ ቅርጫት"], "50 of 50 complete"),
    T("erdata.html", "hours", ["ስጦታ የሚቀበልበት ሰዓት"], ""),
    T("erdata.html", "recap", ["የገና ስጦታ"], ""),
    T("en/index.html", "job", ["church administrator"], "paid"),
    T("en/index.html", "recap", ["meskel 2024"], ""),
    T("en/index.html", "hours", ["visiting us"], ""),
    T("en/index.html", "service", ["amharic classes"], ""),
    T("en/index.html", "general_appeal", ["support the new hall"], ""),
    T("newsletter-winter-2025.pdf", "event", ["genna"], ""),
    T("newsletter-winter-2025.pdf", "general_appeal", ["tithes"], ""),
    T("newsletter-winter-2025.pdf", "how_to_apply", ["sunday school registration"], ""),
]
