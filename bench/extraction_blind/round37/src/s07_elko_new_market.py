"""Elko New Market, MN: Ethiopian Community Association. English home page; Amharic ordered list
of roles (<ol><li><strong>), one struck and covered, one paid; Amharic donation page with a
<table> wish list, an "እጥረት" (shortage) sentence and a "no longer needed" item; English weekly
volunteer calendar (roles in row headers, day cells "open" / ✓ name); robots /board-minutes/;
no PDF (Ge'ez cannot be written with WinAnsi)."""
from common import need, trap

SLUG = "elko-new-market-ethiopian-community"


def page(lang, title, body):
    return """<!DOCTYPE html>
<html lang="%s">
<head>
<meta charset="utf-8">
<title>%s</title>
<link rel="stylesheet" href="/s/enm.css">
</head>
<body>
<header>
<div class="logo">Elko New Market Ethiopian Community Association<br><small>የኤልኮ ኒው ማርኬት ኢትዮጵያውያን ማኅበር</small></div>
<nav>
<a href="/index.html">Home</a>
<a href="/volunteer-am.html">በጎ ፈቃደኞች</a>
<a href="/donate-am.html">ልገሳ</a>
<a href="/calendar.html">Volunteer calendar</a>
<a href="/photos/meskel-2024.html">Photos</a>
</nav>
</header>
<section class="content">
%s
</section>
<footer>
<p>ENMECA · 9031 Main St, Elko New Market, MN 55054 · (952) 555-0139 · <a href="mailto:info@enmeca.org">info@enmeca.org</a></p>
<p><a href="/board-minutes/">Board minutes</a></p>
</footer>
</body>
</html>
""" % (lang, title, body)


INDEX = page("en", "Elko New Market Ethiopian Community Association", """
<h1>Welcome — እንኳን ደህና መጡ</h1>
<p>We bring together Ethiopian and Eritrean families in Scott and southern Dakota County.</p>

<div class="grid">
<div class="tile">
<h2>Community office</h2>
<p>Wednesday to Sunday, 12 noon – 6 pm. Closed Monday and Tuesday.</p>
</div>
<div class="tile">
<h2>What we do</h2>
<ul>
<li>Amharic Saturday school for children</li>
<li>Help with immigration paperwork, by appointment</li>
<li>Elders' coffee and lunch on Saturdays</li>
</ul>
</div>
</div>

<h2>Meskel Demera bonfire</h2>
<p>Saturday, September 27, at dusk, at the Fish Lake picnic grounds. Bring a torch and your
family.</p>

<h2>From our blog: the coffee ceremony as community care</h2>
<p>Why three cups of coffee matter more than any program we run. <a href="/index.html">Read the
story</a></p>

<h2>Building fund</h2>
<p>We are saving for a community hall of our own. Pledge today.</p>
""")

VOLUNTEER_AM = page("am", "በጎ ፈቃደኞች – ENMECA", """
<h1>በጎ ፈቃደኞች እንፈልጋለን</h1>
<p>ማኅበረሰባችንን ለማገልገል ፈቃደኛ ከሆኑ፣ እባክዎ ለቢሮው ይደውሉ፦ (952) 555-0139።</p>

<ol class="roles">
<li><strong>አስተርጓሚ (አማርኛ–እንግሊዝኛ)</strong> — ቤተሰቦችን ወደ ሐኪም ቀጠሮና ወደ ትምህርት ቤት ስብሰባ
የሚያጅብ። ሁለቱንም ቋንቋዎች አቀላጥፎ መናገር ያስፈልጋል።</li>
<li><strong>የአረጋውያን ምሳ አዘጋጆች</strong> — ቅዳሜ ጠዋት ምግብ ለማብሰልና ለማቅረብ ሦስት ሰዎች ያስፈልጉናል።</li>
<li><strong>የኮምፒውተር መምህር ለወጣቶች</strong> — ዓርብ ከሰዓት በኋላ ወጣቶችን መሠረታዊ የኮምፒውተር ችሎታ
የሚያስተምር።</li>
<li><s><strong>የአትክልት ቦታ ረዳት</strong></s> — ተሸፍኗል። እናመሰግናለን!</li>
<li><strong>የጽዳት ሠራተኛ (ደመወዝ ያለው)</strong> — በሰዓት $17፣ በሳምንት 10 ሰዓት።</li>
</ol>
""")

DONATE_AM = page("am", "ልገሳ – ENMECA", """
<h1>የዕቃ ልገሳ</h1>

<table class="wish">
<caption>ለአዲስ መጤ ቤተሰቦች የቤት ዕቃዎች</caption>
<tr><th>ዕቃ</th><th>ብዛት</th></tr>
<tr><td>አልጋ</td><td>3</td></tr>
<tr><td>ፍራሽ</td><td>3</td></tr>
<tr><td>የምግብ ጠረጴዛ</td><td>1</td></tr>
<tr><td>ወንበሮች</td><td>6</td></tr>
</table>

<p>ምጣድ እጥረት አለብን — ለእሁድ የማኅበረሰብ ምሳ እንጀራ ለመጋገር የኤሌክትሪክ ምጣድ ያስፈልገናል።</p>

<h2>የትምህርት ቤት ቦርሳዎች</h2>
<p>ከእንግዲህ አያስፈልጉም። ለሰጣችሁን ሁሉ እናመሰግናለን።</p>

<h2>የፋሲካ በዓል</h2>
<p>ባለፈው ፋሲካ ከ300 በላይ ሰዎች አብረን በላን። ምግብ ያመጣችሁ ሁሉ እግዚአብሔር ይስጥልን።</p>

<h2>ወርሃዊ መዋጮ</h2>
<p>የማኅበሩ አባል ይሁኑ፤ በወር $10 ብቻ።</p>
""")

CALENDAR = page("en", "Volunteer calendar – ENMECA", """
<h1>Volunteer calendar — week of March 3</h1>
<p><b>open</b> = we still need someone · ✓ = covered · — = no shift that day</p>

<table class="cal">
<tr><th>Role</th><th>Mon</th><th>Tue</th><th>Wed</th><th>Thu</th><th>Fri</th><th>Sat</th><th>Sun</th></tr>
<tr><th>Food pantry stocker</th><td>—</td><td>1 open</td><td>—</td><td>2 open</td><td>—</td><td>✓ Selam</td><td>—</td></tr>
<tr><th>Saturday school hall monitor</th><td>—</td><td>—</td><td>—</td><td>—</td><td>—</td><td>✓ Dawit, ✓ Hanna</td><td>—</td></tr>
<tr><th>Sunday rides to church</th><td>—</td><td>—</td><td>—</td><td>—</td><td>—</td><td>—</td><td>2 open</td></tr>
<tr><th>Coffee ceremony host</th><td>—</td><td>—</td><td>—</td><td>—</td><td>—</td><td>—</td><td>✓ Almaz</td></tr>
</table>

<h2>To sign up</h2>
<p>Text the week's coordinator, Meron, at (952) 555-0139 with the role and the day.</p>
""")

BOARD = page("en", "Board minutes – ENMECA", """
<h1>Board minutes — February</h1>
<p>Present: 6 of 7 members.</p>
<ul>
<li>Action: find a licensed electrician to fix the hall lights before Fasika.</li>
<li>Action: ask members for a donated projector for the Saturday school.</li>
<li>Action: recruit a volunteer accountant for the annual 990 filing.</li>
</ul>
""")

PAGES = {
    "index.html": INDEX,
    "volunteer-am.html": VOLUNTEER_AM,
    "donate-am.html": DONATE_AM,
    "calendar.html": CALENDAR,
    "board-minutes/index.html": BOARD,
}

ROBOTS = "User-agent: *\nAllow: /\nDisallow: /board-minutes/\n"

PDFS = {}

NEEDS = [
    need("volunteer-am.html", ["አስተርጓሚ"], "skilled", "am", ["am", "en"], layout="ordered_list"),
    need("volunteer-am.html", ["ምሳ አዘጋጆች"], "volunteer", "am", layout="ordered_list"),
    need("volunteer-am.html", ["የኮምፒውተር መምህር"], "skilled", "am", layout="ordered_list"),
    need("donate-am.html", ["የቤት ዕቃዎች", "ፍራሽ"], "donation", "am", layout="wish_list_table",
         note="ONE need: table with caption"),
    need("donate-am.html", ["ምጣድ"], "donation", "am", layout="short_on",
         note="'ምጣድ እጥረት አለብን' (we are short on mitad griddles); no heading"),
    need("calendar.html", ["food pantry stocker"], "volunteer", "en", layout="calendar_table",
         note="row header + day cells with 'open'"),
    need("calendar.html", ["sunday rides to church"], "volunteer", "en", layout="calendar_table"),
]

TRAPS = [
    trap("index.html", "hours", ["community office"]),
    trap("index.html", "service", ["amharic saturday school", "immigration paperwork"]),
    trap("index.html", "event", ["meskel demera"]),
    trap("index.html", "blog", ["coffee ceremony as community care"]),
    trap("index.html", "general_appeal", ["building fund"]),
    trap("volunteer-am.html", "filled", ["የአትክልት ቦታ ረዳት"], note="struck + 'ተሸፍኗል' (covered)"),
    trap("volunteer-am.html", "job", ["የጽዳት ሠራተኛ"], note="paid"),
    trap("donate-am.html", "filled", ["የትምህርት ቤት ቦርሳዎች"], note="'ከእንግዲህ አያስፈልጉም' (no longer needed)"),
    trap("donate-am.html", "recap", ["የፋሲካ በዓል"]),
    trap("donate-am.html", "general_appeal", ["ወርሃዊ መዋጮ"]),
    trap("calendar.html", "filled", ["hall monitor"], note="every cell ✓"),
    trap("calendar.html", "filled", ["coffee ceremony host"], note="✓ Almaz"),
    trap("calendar.html", "how_to_apply", ["to sign up"]),
    trap("board-minutes/index.html", "robots", ["electrician"]),
    trap("board-minutes/index.html", "robots", ["projector"]),
    trap("board-minutes/index.html", "robots", ["volunteer accountant"]),
]
