"""Meseret Ethiopian Community Fellowship, Hanover MN: modern CSS-grid site, EN help cards with status chips
(title once in a div), EN FAQ in <details>, Amharic home (lawyer, wish list, struck choir), Amharic news with a
story, a buried ask and a small sign-up table, robots /committee/."""
from common import need, trap

SLUG = "hanover-meseret-ethiopian-fellowship"


def page(title, lang, body):
    return """<!doctype html>
<html lang="%s">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%s &middot; Meseret Fellowship</title>
<link rel="stylesheet" href="/static/meseret.css">
<style>
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(240px,1fr));gap:1rem}
.chip{font-size:.75rem;padding:.1rem .5rem;border-radius:1rem;background:#e8f5e9}
.chip.paid{background:#fff3e0}.card.done{opacity:.55}
</style>
</head>
<body>
<header class="site-header">
  <a class="brand" href="/index.html">Meseret <small>Ethiopian Community Fellowship</small></a>
  <nav aria-label="main">
    <a href="/index.html">Home</a><a href="/help.html">How to help</a><a href="/faq.html">FAQ</a>
    <a href="/am/index.html" lang="am">አማርኛ</a><a href="/am/zena.html" lang="am">ዜና</a>
  </nav>
</header>
<main>
%s
</main>
<footer class="site-footer">
  <p>Meseret Ethiopian Community Fellowship &middot; 11020 River Rd, Hanover, MN 55341 &middot; 763-555-0158</p>
  <p><a href="/committee/minutes.html">Committee</a></p>
</footer>
</body>
</html>
""" % (lang, title, body)


INDEX = page("Home", "en", """
<section class="hero">
  <h1>A home away from home</h1>
  <p>Ethiopian and Eritrean families from Hanover, Rogers and Buffalo have gathered here since 2010.</p>
  <a class="button" href="https://givebutter.example.org/meseret">Give online</a>
</section>
<section class="grid">
  <div class="tile"><h2>Office open</h2><p>Monday and Wednesday, 4&ndash;8 p.m.</p></div>
  <div class="tile"><h2>Fasika dinner</h2><p>Sunday, April 20 after the midnight service. Doro wat for 300!</p></div>
  <div class="tile"><h2>Pitch in</h2><p>See <a href="/help.html">how to help</a> &mdash; it changes every month.</p></div>
</section>
<p><a href="/gallery/fasika-2024.html">Photos: Fasika 2024</a></p>
""")

HELP = page("How to help", "en", """
<h1>How to help right now</h1>
<div class="grid">
  <article class="card"><header><span class="chip">Open</span><h3>Amharic-speaking visitor, Mercy Hospice</h3></header>
    <p>An elderly member in hospice in Coon Rapids has no family nearby. We are looking for a few people who speak Amharic to sit with her for an hour on weekday afternoons.</p></article>
  <article class="card"><header><span class="chip">Open</span><h3>Coffee ceremony set</h3></header>
    <p>Seeking a jebena, a rekebot tray and twelve sini cups so we can welcome guests properly in the new community room.</p></article>
  <article class="card"><header><span class="chip">Open</span><div class="title">Résumé and interview coach</div></header>
    <p>Two evenings a month, help newcomers turn their work history into a U.S.-style résumé and practice job interviews.</p></article>
  <article class="card done"><header><span class="chip">All set</span><h3>Injera bakers for the Fasika dinner</h3></header>
    <p>We have all the bakers we need. Thank you!</p></article>
  <article class="card"><header><span class="chip paid">Paid</span><h3>Youth coordinator</h3></header>
    <p>15 hours a week, $20/hour. Send a cover letter to the committee chair.</p></article>
</div>
""")

FAQ = page("FAQ", "en", """
<h1>Frequently asked questions</h1>
<details open><summary>Do you need volunteers who don&rsquo;t speak Amharic?</summary>
<p>Yes! Our Saturday homework room for high schoolers always needs people who are comfortable with chemistry and algebra. English is all you need.</p></details>
<details><summary>Can I drop off used clothing?</summary>
<p>Not right now &mdash; our storage room is full until the spring giveaway in May.</p></details>
<details><summary>How do I get help with rent?</summary>
<p>Call the office on a weekday. We will check what you qualify for and refer you to the county or to Lutheran Social Service.</p></details>
<details><summary>Do you offer Amharic classes for kids?</summary>
<p>Yes, on Sundays after coffee, ages 6&ndash;12, free of charge.</p></details>
""")

AM_INDEX = page("እንኳን ደህና መጡ", "am", """
<h1>እንኳን ወደ መሠረት የኢትዮጵያውያን ኅብረት በደህና መጡ</h1>
<p>ከ2010 ጀምሮ በሃኖቨር፣ በሮጀርስ እና በቡፋሎ አካባቢ የሚኖሩ ቤተሰቦችን እናገለግላለን።</p>
<h2>አገልግሎቶቻችን</h2>
<p>ነፃ የኮምፒውተር ትምህርት ለአዋቂዎች በየቅዳሜው ከጠዋቱ 4 ሰዓት ጀምሮ።</p>
<h2>የሕግ ምክር የሚሰጥ ጠበቃ እንፈልጋለን</h2>
<p>ብዙ ቤተሰቦች ስለ ኢሚግሬሽን ወረቀቶች ጥያቄ አላቸው። በወር አንድ ቀን ለሁለት ሰዓት በፈቃደኝነት ምክር የሚሰጥ የኢሚግሬሽን ጠበቃ ቢገኝ ትልቅ እርዳታ ነው።</p>
<h2>የሚያስፈልጉን ዕቃዎች</h2>
<ul>
  <li>ጤፍ ዱቄት</li>
  <li>የምግብ ዘይት</li>
  <li>በርበሬ</li>
  <li>የሕፃናት ዳይፐር</li>
</ul>
<p><s>የልጆች መዘምራን አሰልጣኝ</s> &mdash; በቂ ሰው አግኝተናል፤ እናመሰግናለን።</p>
<p><a class="button" href="https://givebutter.example.org/meseret">ለኅብረቱ ገንዘብ ይለግሱ</a></p>
""")

AM_ZENA = page("ዜና", "am", """
<h1>ዜና</h1>
<article>
  <h2>አዲስ የመጡ ቤተሰብ</h2>
  <p>አንዲት እናትና ሦስት ልጆቿ ባለፈው ወር ከአዲስ አበባ መጥተዋል። የተከራዩት ቤት ባዶ ነው፤ አልጋ፣ ፍራሽ፣ ጠረጴዛና ወንበሮች ያስፈልጋቸዋል። መርዳት የምትችሉ ወደ ቢሮው ደውሉ።</p>
</article>
<article>
  <h2>የገና በዓል ዝግጅት</h2>
  <p>ታኅሣሥ 29 (ጃንዋሪ 7) በኅብረቱ አዳራሽ የገና በዓል ይከበራል። ሁላችሁም ተጋብዛችኋል።</p>
</article>
<article>
  <h2>ከኮሚቴው</h2>
  <p>ባለፈው ዓመት ከ150 በላይ ቤተሰቦችን ረድተናል። ለሁላችሁም ምስጋናችን ይድረሳችሁ። በተጨማሪም ገንዘብ ያዡን የሚያግዝ፣ ሒሳብ የሚያውቅ በጎ ፈቃደኛ እንፈልጋለን።</p>
</article>
<article>
  <h2>የበጎ ፈቃድ ሥራዎች</h2>
  <table>
    <tr><th>ሥራ</th><th>ቀን</th><th>ሁኔታ</th></tr>
    <tr><td>ሾፌሮች &mdash; አረጋውያንን ወደ ቤተ ክርስቲያን ለማድረስ</td><td>እሑድ ጠዋት</td><td>2 ቦታ ክፍት ነው</td></tr>
    <tr><td>የአዳራሽ ጽዳት</td><td>ቅዳሜ</td><td>ተሸፍኗል &#10003;</td></tr>
  </table>
</article>
""")

COMMITTEE = page("Committee", "en", """
<h1>Committee minutes (members only)</h1>
<ol>
  <li>The hall needs a new sound system before Fasika.</li>
  <li>Find a donor for sixty new chairs.</li>
  <li>Look for someone to set up bookkeeping software.</li>
</ol>
""")

PAGES = {
    "index.html": INDEX,
    "help.html": HELP,
    "faq.html": FAQ,
    "am/index.html": AM_INDEX,
    "am/zena.html": AM_ZENA,
    "committee/minutes.html": COMMITTEE,
}

ROBOTS = """User-agent: Googlebot
Allow: /

User-agent: *
Disallow: /committee/
"""

PDFS = {}

NEEDS = [
    need("help.html", ["hospice"], "volunteer", "en", ["am"], layout="role_cards"),
    need("help.html", ["coffee ceremony set", "jebena"], "donation", "en", layout="role_cards"),
    need("help.html", ["résumé", "interview coach"], "skilled", "en", layout="role_cards", note="title in div.title"),
    need("faq.html", ["chemistry", "algebra"], "skilled", "en", layout="faq_answer"),
    need("am/index.html", ["ጠበቃ", "የሕግ ምክር"], "skilled", "am", layout="heading_paragraph"),
    need("am/index.html", ["የሚያስፈልጉን ዕቃዎች", "ጤፍ"], "donation", "am", layout="wish_list"),
    need("am/zena.html", ["አልጋ", "ፍራሽ"], "donation", "am", layout="story"),
    need("am/zena.html", ["ሒሳብ የሚያውቅ"], "skilled", "am", layout="newsletter_buried"),
    need("am/zena.html", ["ሾፌሮች"], "volunteer", "am", layout="shift_table", note="'2 ቦታ ክፍት ነው'"),
]

TRAPS = [
    trap("index.html", "general_appeal", ["give online"]),
    trap("index.html", "hours", ["office open"]),
    trap("index.html", "event", ["fasika dinner"]),
    trap("index.html", "general_appeal", ["pitch in"], "pointer"),
    trap("help.html", "filled", ["injera bakers"], "All set chip"),
    trap("help.html", "job", ["youth coordinator"]),
    trap("faq.html", "filled", ["used clothing"]),
    trap("faq.html", "how_to_apply", ["help with rent"]),
    trap("faq.html", "service", ["amharic classes"]),
    trap("am/index.html", "service", ["የኮምፒውተር ትምህርት"]),
    trap("am/index.html", "filled", ["መዘምራን"], "<s> + 'በቂ ሰው አግኝተናል'"),
    trap("am/index.html", "general_appeal", ["ገንዘብ ይለግሱ"]),
    trap("am/zena.html", "event", ["የገና በዓል"]),
    trap("am/zena.html", "recap", ["ባለፈው ዓመት"]),
    trap("am/zena.html", "filled", ["የአዳራሽ ጽዳት"], "'ተሸፍኗል'"),
    trap("committee/minutes.html", "robots", ["sound system"]),
    trap("committee/minutes.html", "robots", ["new chairs"]),
    trap("committee/minutes.html", "robots", ["bookkeeping software"]),
]
