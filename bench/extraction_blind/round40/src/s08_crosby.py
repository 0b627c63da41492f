"""Fikir Ethiopian Association, Crosby: Squarespace-style site (en + am), HTML newsletter with buried asks and story, Amharic status table, English PDF event flyer."""
from common import need, trap

SLUG = "crosby-fikir-ethiopian-association"

ROBOTS = """# Squarespace robots.txt
User-agent: *
Disallow: /config
Disallow: /search
Disallow: /abalat/
"""


def shell(lang, title, body, p=""):
    return """<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="%(lang)s">
<head>
<meta charset="utf-8">
<meta name="viewport" content="initial-scale=1">
<title>%(title)s &mdash; Fikir Ethiopian Association</title>
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.example/static/sitecss/site.css">
</head>
<body class="header--menu-open-false tweak-global-animations-enabled">
<header class="Header">
 <div class="header-title"><a href="%(p)sindex.html">Fikir Ethiopian Association</a></div>
 <nav class="header-nav-list">
  <div class="header-nav-item"><a href="%(p)sindex.html">Home</a></div>
  <div class="header-nav-item"><a href="%(p)snews.html">Fikir Notes</a></div>
  <div class="header-nav-item"><a href="%(p)sam/index.html">አማርኛ</a></div>
  <div class="header-nav-item"><a href="%(p)sam/help.html">እርዳታ</a></div>
 </nav>
</header>
<main id="page" role="main">
%(body)s
</main>
<footer class="sections" id="footer-sections">
 <section class="page-section"><div class="content-wrapper"><div class="sqs-block html-block"><div class="sqs-block-content">
  <p>Fikir Ethiopian Association &middot; 15 2nd Street NE, Crosby, MN 56441 &middot; 218-555-0188 &middot;
  <a href="mailto:fikir@fikir-cuyuna.org">fikir@fikir-cuyuna.org</a></p>
  <p><a href="%(p)sflyers/meskel-flyer.pdf">Meskel flyer (PDF)</a> &middot; <a href="%(p)sabalat/index.html">Members (አባላት)</a></p>
 </div></div></div></section>
</footer>
</body>
</html>
""" % {"lang": lang, "title": title, "body": body, "p": p}


def block(inner):
    return """<section class="page-section"><div class="content-wrapper"><div class="sqs-block html-block"><div class="sqs-block-content">
%s
</div></div></div></section>""" % inner


INDEX = shell("en", "Home", "\n".join([
    block("""<h1>Fikir means love</h1>
<p>We are Ethiopian and Eritrean families of the Cuyuna Range &mdash; Crosby, Ironton, Deerwood and Brainerd &mdash; keeping
our languages, our food and each other close.</p>"""),
    block("""<h3>Coffee ceremony</h3>
<p>Every first Sunday at 3 p.m. we roast, grind and brew coffee the traditional way. Neighbors of every background are
welcome.</p>
<h3>Center hours</h3>
<p>Wednesday&ndash;Sunday, 1&ndash;7 p.m.</p>"""),
    block("""<h3>Amharic Saturday school</h3>
<p>Children ages 5&ndash;14 learn to read and write fidel every Saturday morning.</p>
<h3>Elder visits</h3>
<p>Our volunteers visit homebound elders every week and bring injera from the community kitchen.</p>"""),
    block("""<h3>Membership dues</h3>
<p>Family membership is $60 a year and keeps the center running. <a href="photos/meskel-2024.html">Meskel 2024 photos</a></p>"""),
]))

NEWS = shell("en", "Fikir Notes", "\n".join([
    block("""<h1>Fikir Notes &mdash; Summer 2025</h1>
<p class="byline">By Almaz Gebre, secretary</p>"""),
    block("""<h2>Kitchen news</h2>
<p>The community kitchen cooked for more than 400 people this spring. Sadly, our electric mitad (the big injera griddle)
stopped heating in May, and we have been baking injera at home ever since. If you are an electrician or know
appliance repair and can spare an hour, please call Almaz at 218-555-0188. We think it is the thermostat.</p>"""),
    block("""<h2>A new family in Ironton</h2>
<p>Tsehay and her two children arrived from Addis Ababa in July to join her husband, who works nights at the hospital
in Crosby. Their apartment came with nothing for the baby. They need a crib, a stroller and a high chair; gently used
is perfect.</p>"""),
    block("""<h2>Timket picnic</h2>
<p>Our Timket picnic at Serpent Lake drew 200 people. Thank you to the youth who carried the tabot procession banners.</p>
<h2>Meskel bonfire set-up</h2>
<p>Thank you! We have enough volunteers for the Meskel bonfire set-up this year.</p>"""),
    block("""<h2>Job board</h2>
<p>Our friends at Cuyuna Regional Medical Center are hiring a community health worker who speaks Amharic (paid,
full-time, benefits).</p>
<p><em>Coming next issue: why Ethiopian elders feel isolated in rural Minnesota.</em></p>"""),
]))

AM_INDEX = shell("am", "እንኳን ደህና መጡ", "\n".join([
    block("""<h1>እንኳን ደህና መጡ</h1>
<p>ፍቅር የኢትዮጵያውያን ማኅበር በክሮስቢ፣ አይረንተን እና ብሬነርድ የሚኖሩ ቤተሰቦችን ያገናኛል።</p>"""),
    block("""<h3>የሥራ ሰዓት</h3>
<p>ከረቡዕ እስከ እሑድ፣ ከቀኑ 7 ሰዓት እስከ ምሽቱ 1 ሰዓት።</p>
<h3>የአማርኛ ትምህርት ቤት</h3>
<p>ቅዳሜ ጠዋት ለልጆች የፊደል እና የንባብ ትምህርት እንሰጣለን። ትምህርቱ በነጻ ነው።</p>"""),
    block("""<h3>የቤት ሥራ አጋዦች እንፈልጋለን</h3>
<p>ለ1ኛ እስከ 8ኛ ክፍል ተማሪዎች ማክሰኞ እና ሐሙስ ከሰዓት በኋላ የቤት ሥራ የሚያግዙ በጎ ፈቃደኞች እንፈልጋለን። አማርኛ መናገር አያስፈልግም።</p>"""),
    block("""<h3>የመስቀል በዓል</h3>
<p>መስከረም 17 (September 27) በክሮስቢ ሜሞሪያል ፓርክ። ሁላችሁም ተጋብዛችኋል።</p>
<h3>ለማኅበሩ ይለግሱ</h3>
<p>የእርስዎ ስጦታ ማዕከሉን ክፍት ያደርገዋል።</p>"""),
]), p="../")

AM_HELP = shell("am", "እርዳታ", "\n".join([
    block("""<h1>የሚያስፈልገን እርዳታ</h1>
<p>ለመርዳት ከፈለጉ አልማዝን በ218-555-0188 ይደውሉ።</p>
<table class="needs-table">
 <thead><tr><th>የሚያስፈልገን</th><th>መቼ</th><th>ሁኔታ</th></tr></thead>
 <tbody>
  <tr><td>አስተርጓሚ (አማርኛ&ndash;እንግሊዝኛ) ለአረጋውያን የሐኪም ቀጠሮ</td><td>በሳምንት ሁለት ጊዜ</td><td>ያስፈልጋል</td></tr>
  <tr><td>ሹፌር (የራስዎ መኪና) ወደ ብሬነርድ ሆስፒታል</td><td>ሰኞ እና ዓርብ</td><td>ያስፈልጋል</td></tr>
  <tr><td>የክረምት ልብስ ለልጆች</td><td>&mdash;</td><td>ተሟልቷል፣ እናመሰግናለን</td></tr>
  <tr><td>የኮምፒውተር አስተማሪ ለእናቶች</td><td>ቅዳሜ</td><td>ያስፈልጋል</td></tr>
  <tr><td>ምግብ አብሳዮች ለእንቁጣጣሽ</td><td>መስከረም 1</td><td>በቂ ሰው አለን</td></tr>
  <tr><td>የጽሕፈት ቤት ሠራተኛ</td><td>በሳምንት 20 ሰዓት</td><td>ደመወዝ ይከፈላል</td></tr>
 </tbody>
</table>"""),
    block("""<h2>ለማኅበሩ ኩሽና የሚያስፈልጉ ዕቃዎች</h2>
<ul>
 <li>ትልቅ ድስት</li>
 <li>ሳህኖችና ኩባያዎች</li>
 <li>ጀበና</li>
 <li>የቡና ስኒዎች</li>
</ul>
<p>ዕቃዎቹን በሥራ ሰዓት ወደ ማዕከሉ ያምጡ።</p>"""),
]), p="../")

ABALAT = shell("am", "አባላት", block("""<h1>ለአባላት ብቻ</h1>
<ul>
 <li>አዲስ የሒሳብ ሹም እንፈልጋለን</li>
 <li>ለስብሰባ ተጨማሪ ወንበሮች</li>
 <li>የድምፅ ማጉያ ለበዓሉ</li>
</ul>"""), p="../")

PAGES = {
    "index.html": INDEX,
    "news.html": NEWS,
    "am/index.html": AM_INDEX,
    "am/help.html": AM_HELP,
    "abalat/index.html": ABALAT,
}

PDFS = {
    "flyers/meskel-flyer.pdf": ("Meskel Celebration 2025 - Fikir Ethiopian Association", [
        ("title", "Meskel Celebration 2025"),
        ("p", "Saturday, September 27 - 6 p.m. - Crosby Memorial Park"),
        ("p", "Demera bonfire, coffee ceremony, dinner and music. Everyone is welcome."),
        ("p", "Suggested donation $10 per family at the gate."),
        ("gap", ""),
        ("h", "Volunteers needed"),
        ("p", "Parking attendants: 4 people from 5 to 8 p.m. to guide cars on the grass lot. Wear a bright shirt."),
        ("p", "Clean-up crew: 6 people from 9 to 10:30 p.m. to pick up trash and fold tables."),
        ("p", "Sign up with Almaz, 218-555-0188."),
        ("gap", ""),
        ("p", "Fikir Ethiopian Association - 15 2nd Street NE, Crosby, MN 56441"),
    ]),
}

NEEDS = [
    need("news.html", ["mitad", "appliance repair"], "skilled", "en", layout="newsletter_buried"),
    need("news.html", ["crib", "stroller"], "donation", "en", layout="story",
         note="new family: crib, stroller, high chair"),
    need("am/index.html", ["የቤት ሥራ አጋዦች"], "volunteer", "am", layout="heading_paragraph",
         note="homework helpers; Amharic not required"),
    need("am/help.html", ["አስተርጓሚ"], "skilled", "am", ["am", "en"], layout="shift_table"),
    need("am/help.html", ["ሹፌር"], "volunteer", "am", layout="shift_table"),
    need("am/help.html", ["የኮምፒውተር አስተማሪ"], "skilled", "am", layout="shift_table"),
    need("am/help.html", ["ኩሽና", "ጀበና"], "donation", "am", layout="wish_list"),
    need("flyers/meskel-flyer.pdf", ["parking attendants"], "volunteer", "en", layout="pdf"),
    need("flyers/meskel-flyer.pdf", ["clean-up crew"], "volunteer", "en", layout="pdf"),
]

TRAPS = [
    trap("index.html", "event", ["coffee ceremony"]),
    trap("index.html", "hours", ["center hours"]),
    trap("index.html", "service", ["amharic saturday school"]),
    trap("index.html", "service", ["elder visits"]),
    trap("index.html", "general_appeal", ["membership dues"]),
    trap("news.html", "recap", ["timket picnic"]),
    trap("news.html", "filled", ["bonfire set-up"], note="'We have enough volunteers'"),
    trap("news.html", "job", ["community health worker"]),
    trap("news.html", "blog", ["coming next issue"]),
    trap("am/index.html", "hours", ["የሥራ ሰዓት"]),
    trap("am/index.html", "service", ["የአማርኛ ትምህርት ቤት"]),
    trap("am/index.html", "event", ["የመስቀል በዓል"]),
    trap("am/index.html", "general_appeal", ["ለማኅበሩ ይለግሱ"]),
    trap("am/help.html", "filled", ["የክረምት ልብስ"], note="'ተሟልቷል'"),
    trap("am/help.html", "filled", ["ምግብ አብሳዮች"], note="'በቂ ሰው አለን' = we have enough people"),
    trap("am/help.html", "job", ["የጽሕፈት ቤት ሠራተኛ"], note="'ደመወዝ ይከፈላል' = salary paid"),
    trap("flyers/meskel-flyer.pdf", "event", ["meskel celebration"]),
    trap("flyers/meskel-flyer.pdf", "general_appeal", ["suggested donation"]),
    trap("abalat/index.html", "robots", ["የሒሳብ ሹም"]),
    trap("abalat/index.html", "robots", ["ወንበሮች"]),
    trap("abalat/index.html", "robots", ["የድምፅ ማጉያ"]),
]
