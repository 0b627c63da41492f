"""Site 7: Tena Ethiopian Community of Sebeka (Wix-like).
Layouts: supply drive with <meter> counts per item (one met), Amharic bulletin
board of items (two marked done), role table with an Amharic-required column,
English PDF annual report with needs buried under 'Looking ahead'."""
from kit import need, trap

SLUG = "sebeka-tena-ethiopian-community"
TOWN = "sebeka"

def head(lang, title):
    return """<!DOCTYPE html>
<html lang="%s">
<head><meta charset="utf-8"><meta name="generator" content="Wix.com Website Builder">
<title>%s</title></head>
<body><div id="SITE_CONTAINER"><div id="masterPage">
<header id="SITE_HEADER"><div data-testid="richTextElement"><p class="font_0"><a href="/index.html">Tena Ethiopian Community</a></p></div>
<nav id="comp-menu"><ul>
<li><a data-testid="linkElement" href="/index.html"><div class="itemLabel">Home</div></a></li>
<li><a data-testid="linkElement" href="/volunteer.html"><div class="itemLabel">Volunteer</div></a></li>
<li><a data-testid="linkElement" href="/am/index.html"><div class="itemLabel">አማርኛ</div></a></li>
<li><a data-testid="linkElement" href="/docs/annual-report-2025.pdf"><div class="itemLabel">Annual report</div></a></li>
</ul></nav></header>
<main id="PAGES_CONTAINER"><div class="wixui-section">
""" % (lang, title)

FOOT = """</div></main>
<footer id="SITE_FOOTER"><div data-testid="richTextElement"><p class="font_8">Tena Ethiopian Community &middot; 301 Main Street, Sebeka, MN &middot; 555-0178 &middot; hello@tenasebeka.org</p>
<p class="font_8"><a href="/photos/meskel-2025.html">Meskel photos</a> &middot; <a href="/amerar/index.html">Leadership</a></p></div></footer>
</div></div></body></html>
"""

PAGES = {}
PAGES["index.html"] = head("en", "Tena Ethiopian Community | Sebeka, MN") + """
<div data-testid="richTextElement"><h1 class="font_0">Tena Ethiopian Community of Sebeka</h1>
<p class="font_7">Tena means &ldquo;health.&rdquo; We are 35 Ethiopian and Eritrean families in Wadena County looking after each other.</p></div>
<section id="drive"><div data-testid="richTextElement"><h2 class="font_2">Winter Warmth Drive</h2>
<p class="font_7">Winter comes early up here. Help us outfit the families who arrived this fall:</p></div>
<ul class="drive">
<li><span class="item">Adult winter coats</span> <meter value="22" max="40">22/40</meter> 22 of 40 &mdash; still needed</li>
<li><span class="item">Space heaters (new, safety-certified)</span> <meter value="3" max="10">3/10</meter> 3 of 10</li>
<li><span class="item">Snow boots</span> <meter value="30" max="30">30/30</meter> 30 of 30 &mdash; goal met, thank you!</li>
</ul></section>
<div data-testid="richTextElement"><h2 class="font_2">What we offer</h2>
<p class="font_7">Rides to church and clinic, an English class on Tuesday nights, and help with immigration paperwork.</p>
<h2 class="font_2">Coffee ceremony &amp; community lunch</h2>
<p class="font_7">First Sunday of every month, 1 pm, at the community house. Everyone is welcome.</p>
<h2 class="font_2">Become a member</h2>
<p class="font_7">$10 a month keeps the community house open. <a href="https://give.example.org/tena">Join online</a>.</p></div>
""" + FOOT

PAGES["volunteer.html"] = head("en", "Volunteer | Tena") + """
<div data-testid="richTextElement"><h1 class="font_0">Volunteer roles</h1></div>
<table class="roles">
<thead><tr><th>Role</th><th>Amharic</th><th>When</th><th>Status</th></tr></thead>
<tbody>
<tr><td>Citizenship test coach</td><td>helpful</td><td>Monday evenings</td><td><span class="pill open">Open</span></td></tr>
<tr><td>Grocery shopping buddy for elders</td><td>required</td><td>Saturday mornings</td><td><span class="pill open">Open &mdash; 2 spots</span></td></tr>
<tr><td>Website updater</td><td>no</td><td>remote</td><td><span class="pill taken">Taken (Dawit)</span></td></tr>
<tr><td>Injera baking for the fundraiser</td><td>no</td><td>November 21</td><td><span class="pill full">Full</span></td></tr>
<tr><td>Community health worker</td><td>required</td><td>30 hours/week</td><td><span class="pill paid">Paid &mdash; see job posting</span></td></tr>
<tr><td>Snow removal at the community house</td><td>no</td><td>as needed</td><td><span class="pill open">Open</span></td></tr>
</tbody></table>
<p>To volunteer, email the role name to volunteer@tenasebeka.org. We will call you within a week.</p>
""" + FOOT

PAGES["am/index.html"] = head("am", "ጤና የኢትዮጵያ ማኅበረሰብ — ሰቤካ") + """
<h1>ጤና የኢትዮጵያ ማኅበረሰብ — ሰቤካ</h1>
<p>እንኳን ደህና መጡ። ማኅበራችን በሰቤካ እና በአካባቢው የሚኖሩ ኢትዮጵያውያን ቤተሰቦችን ይረዳል።</p>
<h2>የማስታወቂያ ሰሌዳ</h2>
<div class="board">
<div class="item"><h3>አስተርጓሚ እንፈልጋለን</h3><p>በዋዴና ሆስፒታል ለሚታከሙ አረጋውያን የአማርኛ እና የእንግሊዝኛ አስተርጓሚ እንፈልጋለን። ማክሰኞ እና ሐሙስ ጠዋት።</p></div>
<div class="item"><h3>የቤት ሥራ አስጠኚ</h3><p>ከ3ኛ እስከ 5ኛ ክፍል ለሆኑ ልጆች የሂሳብ እና የንባብ አስጠኚ ያስፈልገናል። ቅዳሜ ከሰዓት በኋላ።</p></div>
<div class="item done"><h3>ሹፌር</h3><p>ተገኝቷል። እናመሰግናለን!</p></div>
<div class="item"><h3>ለአዲስ ቤተሰቦች የወጥ ቤት እቃዎች</h3><p>አዲስ ለመጡ ሦስት ቤተሰቦች የወጥ ቤት እቃዎች ያስፈልጉናል፦ ድስት፣ መጥበሻ፣ ሳህኖች፣ ብርጭቆዎች እና ማንኪያዎች።</p></div>
<div class="item"><h3>ለአረጋውያን ምሳ</h3><p>እሁድ ከቅዳሴ በኋላ ለአረጋውያን ምሳ የሚያበስሉ ሁለት በጎ ፈቃደኞች እንፈልጋለን።</p></div>
<div class="item done"><h3>ብርድ ልብስ</h3><p>በቂ አለን፤ ተጨማሪ አያስፈልገንም። እናመሰግናለን!</p></div>
</div>
<h2>በዓል</h2>
<p>የእንቁጣጣሽ በዓል መስከረም 1 (September 11) በማኅበሩ አዳራሽ ይከበራል።</p>
<p>የቢሮ ሰዓት፦ ከሰኞ እስከ ዓርብ፣ ከጠዋቱ 3 ሰዓት እስከ 11 ሰዓት።</p>
""" + FOOT

PAGES["amerar/index.html"] = head("am", "አመራር — ለአባላት ብቻ") + """
<h1>የአመራር ገጽ — ለአባላት ብቻ</h1>
<ul>
<li>አዲስ ገንዘብ ያዥ እንፈልጋለን (ከጥር ጀምሮ)።</li>
<li>ለዓመታዊ የሂሳብ ምርመራ ሁለት በጎ ፈቃደኞች።</li>
</ul>
""" + FOOT

ROBOTS = """User-agent: *
Disallow: /amerar/
Disallow: /_api/
Disallow: /_partials*
"""

PDFS = {
    "docs/annual-report-2025.pdf": ("Tena Ethiopian Community - 2025 Annual Report", [
        ("title", "Tena Ethiopian Community - 2025 Annual Report"),
        ("h", "Our year in numbers"),
        ("p", "We served 212 families, gave 1,480 rides to clinics, churches and job interviews, and held 46 English classes. Thirty-eight volunteers gave 3,100 hours."),
        ("h", "A word from the chair"),
        ("p", "This was the year the community house became a real home: new windows, a working kitchen and, for the first time, a waiting list for our English class."),
        ("h", "Looking ahead: what we need in 2026"),
        ("p", "Our community house furnace is 30 years old. We are looking for a volunteer with HVAC skills to service it before the cold sets in, and to tell us honestly whether it will last another winter."),
        ("p", "Families out in the townships cannot reach Sunday programs. A donated 15-passenger van - or a church willing to lend theirs on Sunday afternoons - would change that."),
        ("h", "Planned giving"),
        ("p", "Remember Tena in your will. Ask our treasurer for the one-page guide."),
    ]),
}

P_IDX, P_VOL, P_AM, P_PDF, P_AMR = ("index.html", "volunteer.html", "am/index.html",
                                    "docs/annual-report-2025.pdf", "amerar/index.html")
NEEDS = [
    need(P_IDX, ["winter warmth drive", "winter coats"], "donation", "en", layout="supply_drive_meter",
         note="one drive = one need (coats 22/40 and heaters 3/10 still open)"),
    need(P_VOL, ["citizenship test coach"], "skilled", "en", layout="role_table_language_column"),
    need(P_VOL, ["grocery shopping buddy"], "volunteer", "en", ["am"], layout="role_table_language_column"),
    need(P_VOL, ["snow removal"], "volunteer", "en", layout="role_table_language_column"),
    need(P_AM, ["አስተርጓሚ"], "skilled", "am", ["am", "en"], layout="bulletin_board"),
    need(P_AM, ["አስጠኚ"], "skilled", "am", layout="bulletin_board"),
    need(P_AM, ["የወጥ ቤት እቃዎች"], "donation", "am", layout="bulletin_board"),
    need(P_AM, ["ምሳ የሚያበስሉ", "ለአረጋውያን ምሳ"], "volunteer", "am", layout="bulletin_board"),
    need(P_PDF, ["hvac", "furnace"], "skilled", "en", layout="pdf_report_buried"),
    need(P_PDF, ["15-passenger van"], "donation", "en", layout="pdf_report_buried"),
]
TRAPS = [
    trap(P_IDX, "filled", ["snow boots"], "drive item 30 of 30, goal met"),
    trap(P_IDX, "service", ["immigration paperwork"]),
    trap(P_IDX, "event", ["coffee ceremony"]),
    trap(P_IDX, "general_appeal", ["become a member"]),
    trap(P_VOL, "filled", ["website updater"], "'Taken (Dawit)'"),
    trap(P_VOL, "filled", ["injera baking"], "Full"),
    trap(P_VOL, "job", ["community health worker"]),
    trap(P_VOL, "how_to_apply", ["email the role name"]),
    trap(P_AM, "filled", ["ሹፌር"], "'ተገኝቷል። እናመሰግናለን!' (found)"),
    trap(P_AM, "filled", ["ብርድ ልብስ"], "'በቂ አለን፤ ተጨማሪ አያስፈልገንም'"),
    trap(P_AM, "event", ["እንቁጣጣሽ"]),
    trap(P_AM, "hours", ["የቢሮ ሰዓት"]),
    trap(P_PDF, "recap", ["212 families", "our year in numbers"]),
    trap(P_PDF, "general_appeal", ["planned giving"]),
    trap(P_AMR, "robots", ["ገንዘብ ያዥ"]),
    trap(P_AMR, "robots", ["የሂሳብ ምርመራ"]),
]
