"""Verndale: Kidist Mariam Ethiopian Orthodox Church. Amharic home with announcements, Amharic <dl> of roles and a
family story, English tabbed page (Visit / Serve / Give), English PDF parish bulletin."""
from common import need, trap

SLUG = "verndale-kidist-mariam-church"
PAGES, NEEDS, TRAPS = {}, [], []

NAV = """<header class="hdr"><a class="brand" href="/">ቅድስት ማርያም &middot; Kidist Mariam Church</a>
<nav><a href="/">መነሻ</a> <a href="/agelglot.html">አገልግሎት</a> <a href="/english.html">English</a>
<a href="/bulletin-november.pdf">Bulletin</a></nav></header>"""
FOOT = """<footer class="ftr"><p>Kidist Mariam Ethiopian Orthodox Tewahedo Church &middot; 208 Brown St SE, Verndale, MN 56481 &middot; (218) 555-0178</p>
<p><a href="/parish-council/">Parish council</a> &middot; <a href="/photos/meskel-2024.html">Meskel 2024 photos</a></p></footer>"""

PAGES["index.html"] = """
<!DOCTYPE html>
<html lang="am">
<head><meta charset="utf-8"><title>ቅድስት ማርያም ቤተ ክርስቲያን &ndash; Verndale</title>
<link rel="stylesheet" href="/css/site.css"></head>
<body>
""" + NAV + """
<main>
<h1>እንኳን ወደ ቅድስት ማርያም ቤተ ክርስቲያን በደህና መጡ</h1>
<section><h2>የቅዳሴ ሰዓት</h2>
<p>እሑድ ከጠዋቱ 6:00 እስከ 10:00። ረቡዕ እና ዓርብ ከጠዋቱ 7:00።</p></section>
<section><h2>አገልግሎቶች</h2>
<p>ክርስትና (ጥምቀት)፣ ጋብቻ፣ የንስሐ አባት ምክር እና የቀብር ሥነ ሥርዓት።</p></section>
<section><h2>ማስታወቂያ</h2>
<ul>
<li>የሰንበት ትምህርት ቤት መምህራን እንፈልጋለን። ለልጆች አማርኛ እና ግዕዝ የሚያስተምሩ ሁለት መምህራን ያስፈልጉናል።</li>
<li>ለሕፃናት ክፍል መጫወቻዎችና የቀለም እርሳሶች እንፈልጋለን። አዲስ ወይም ንጹሕ ያገለገሉ ይሁኑ።</li>
<li>የፋሲካ በዓል፡ ሚያዝያ 12 ሌሊት ከ3:00 ጀምሮ ጸሎትና ቅዳሴ ይኖራል።</li>
</ul></section>
</main>
""" + FOOT + """
</body></html>
"""
NEEDS += [
    need("index.html", ["የሰንበት ትምህርት ቤት መምህራን"], "skilled", "am", ["am"], layout="announcement_list",
         note="Sunday school teachers for Amharic and Ge'ez"),
    need("index.html", ["የቀለም እርሳሶች", "መጫወቻዎች"], "donation", "am", layout="announcement_list",
         note="toys and crayons for the children's room"),
]
TRAPS += [
    trap("index.html", "hours", ["የቅዳሴ ሰዓት"]),
    trap("index.html", "service", ["አገልግሎቶች"]),
    trap("index.html", "event", ["የፋሲካ በዓል"]),
]

PAGES["agelglot.html"] = """
<!DOCTYPE html>
<html lang="am">
<head><meta charset="utf-8"><title>አገልግሎት &ndash; ቅድስት ማርያም</title>
<link rel="stylesheet" href="/css/site.css"></head>
<body>
""" + NAV + """
<main>
<h1>በጎ ፈቃደኞች</h1>
<p>ቤተ ክርስቲያናችን በምእመናን አገልግሎት ትኖራለች። ለማገልገል ፈቃደኛ ከሆኑ ከቅዳሴ በኋላ ዲያቆን ሳሙኤልን ያነጋግሩ።</p>
<dl class="roles">
<dt>የማዕድ ቤት አገልጋዮች</dt>
<dd>በበዓላት ቀን ምግብ ለማዘጋጀትና ለማቅረብ አራት ሰዎች ያስፈልጉናል።</dd>
<dt>አስተርጓሚ (አማርኛ&ndash;እንግሊዝኛ)</dt>
<dd>አረጋውያንን ወደ ሐኪም ቤት አብሮ በመሄድ የሚያስተረጉም። ሁለቱንም ቋንቋዎች በደንብ መናገር ያስፈልጋል።</dd>
<dt>የመዘምራን አሰልጣኝ</dt>
<dd>ተሟልቷል &mdash; እናመሰግናለን።</dd>
<dt>የጽዳት ቡድን</dt>
<dd>በቂ ሰዎች አግኝተናል። ከግንቦት በኋላ እንደገና እንጠይቃለን።</dd>
</dl>
<h2>የአንድ ቤተሰብ ጥሪ</h2>
<p>ባለፈው ወር ከአዲስ አበባ የመጡ አምስት አባላት ያሉት ቤተሰብ ባዶ አፓርታማ ውስጥ ይኖራሉ። አባትየው በሥራ ላይ ጉዳት ደርሶበታል።
ማቀዝቀዣ፣ ሁለት አልጋዎች እና የክረምት ልብስ ያስፈልጋቸዋል። መርዳት የምትችሉ ወደ ቢሮ ይደውሉ።</p>
</main>
""" + FOOT + """
</body></html>
"""
NEEDS += [
    need("agelglot.html", ["የማዕድ ቤት አገልጋዮች"], "volunteer", "am", layout="definition_list"),
    need("agelglot.html", ["አስተርጓሚ"], "skilled", "am", ["am", "en"], layout="definition_list"),
    need("agelglot.html", ["ማቀዝቀዣ", "የአንድ ቤተሰብ ጥሪ"], "donation", "am", layout="story"),
]
TRAPS += [
    trap("agelglot.html", "filled", ["የመዘምራን አሰልጣኝ"], note="ተሟልቷል"),
    trap("agelglot.html", "filled", ["የጽዳት ቡድን"], note="በቂ ሰዎች አግኝተናል"),
]

PAGES["english.html"] = """
<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Kidist Mariam Church &ndash; English</title>
<link rel="stylesheet" href="/css/site.css">
<style>.tab-pane{display:none}.tab-pane.show{display:block}</style></head>
<body>
""" + NAV + """
<main>
<h1>Welcome, neighbors</h1>
<ul class="nav-tabs"><li><a href="#visit">Visit</a></li><li><a href="#serve">Serve</a></li><li><a href="#give">Give</a></li></ul>
<div class="tab-content">
<div class="tab-pane show" id="visit"><h2>Visit</h2>
<p>Sunday school registration for children ages 4&ndash;14 is open: pick up a form at the office after liturgy.</p>
<p>Visitors are welcome at the Sunday liturgy, 6:00 to 10:00 am. Women usually cover their hair; shawls are
available at the door.</p>
<h3>Our priest</h3>
<p>Abba Gebremariam Tesfaye trained at Holy Trinity Theological College in Addis Ababa and served parishes in
Denver and Fargo before coming to Verndale in 2021.</p></div>
<div class="tab-pane" id="serve"><h2>Serve</h2>
<p>We bought the old fellowship hall from the Lutherans last year, and the wiring is older than any of us. We're
looking for a volunteer electrician to look it over before we use the hall in winter.</p>
<p>Also seeking: a few English speakers to quiz our deacons as they study for the citizenship test, one evening a
week.</p></div>
<div class="tab-pane" id="give"><h2>Give</h2>
<p>Our building fund pays for the hall. Please note that we do not accept used mattresses or sofas &mdash; we have
nowhere to store them.</p></div>
</div>
</main>
""" + FOOT + """
</body></html>
"""
NEEDS += [
    need("english.html", ["volunteer electrician"], "skilled", "en", layout="tabs"),
    need("english.html", ["citizenship test"], "volunteer", "en", ["en"], layout="tabs",
         note="English speakers to quiz deacons"),
]
TRAPS += [
    trap("english.html", "hours", ["sunday liturgy"]),
    trap("english.html", "how_to_apply", ["sunday school registration"]),
    trap("english.html", "bio", ["our priest", "abba gebremariam"]),
    trap("english.html", "general_appeal", ["building fund"]),
    trap("english.html", "filled", ["used mattresses"], note="we do not accept"),
]

PAGES["parish-council/index.html"] = """
<!DOCTYPE html>
<html lang="am">
<head><meta charset="utf-8"><title>የሰበካ ጉባኤ</title></head>
<body>
""" + NAV + """
<main><h1>የሰበካ ጉባኤ (ለአባላት ብቻ)</h1>
<ul><li>የሂሳብ ሠራተኛ እንፈልጋለን።</li><li>ለአዳራሹ ወንበሮች ስጦታ ያስፈልጋል።</li><li>ድረ ገጹን የሚያስተካክል ሰው እንፈልጋለን።</li></ul></main>
""" + FOOT + """
</body></html>
"""
TRAPS += [
    trap("parish-council/index.html", "robots", ["የሂሳብ ሠራተኛ"]),
    trap("parish-council/index.html", "robots", ["ወንበሮች"]),
    trap("parish-council/index.html", "robots", ["ድረ ገጹን"]),
]

PDFS = {
    "bulletin-november.pdf": ("Kidist Mariam Parish Bulletin - November", [
        ("title", "Kidist Mariam Parish Bulletin - November"),
        ("p", "THANK YOU to every family who cooked for the Meskel celebration. We fed more than 200 guests and "
              "raised $2,400 for the hall."),
        ("p", "FOOD SHELF We are short on red lentils (misir), teff flour and berbere for the monthly food shelf that "
              "serves 30 families. Bring them to the church office on Saturdays."),
        ("p", "ANNUAL GENERAL MEETING Sunday, December 15, after liturgy. All baptized members may vote."),
    ]),
}
NEEDS += [
    need("bulletin-november.pdf", ["teff flour", "red lentils"], "donation", "en", layout="pdf", note="short on"),
]
TRAPS += [
    trap("bulletin-november.pdf", "recap", ["meskel celebration"]),
    trap("bulletin-november.pdf", "event", ["annual general meeting"]),
]

ROBOTS = """User-agent: *
Disallow: /parish-council/
"""
