"""Site 5: Kaw Lah Karen Baptist Church, Kelliher (Blogger-like).
Layouts: blog posts on the front page with a sidebar ask, Karen sign-up sheet
with blank name lines and a FULL row, ministry list keyed by emoji status,
youth page, English PDF bulletin with numbered announcements."""
from kit import need, trap

SLUG = "kelliher-kaw-lah-karen-church"
TOWN = "kelliher"

SIDEBAR = """<div class="sidebar section" id="sidebar">
<div class="widget"><h2>Worship times</h2><div class="widget-content">Sunday 10:30 am (Karen service) &middot; 1:00 pm English Bible study</div></div>
{extra}<div class="widget PageList"><h2>Pages</h2><div class="widget-content"><ul>
<li><a href="/index.html">Home</a></li>
<li><a href="/kar/index.html">&#4096;&#4106;&#4142;</a></li>
<li><a href="/ministries.html">Ministries</a></li>
<li><a href="/youth.html">Youth</a></li>
<li><a href="/files/bulletin-nov-16.pdf">This week&rsquo;s bulletin (PDF)</a></li>
<li><a href="/leaders/notes.html">Leaders</a></li>
</ul></div></div>
</div>
"""

def page(lang, title, body, extra=""):
    return """<!DOCTYPE html>
<html lang="%s" xmlns:b="http://www.google.com/2005/gml/b">
<head><meta charset="utf-8"><title>%s</title><link rel="stylesheet" href="/static/blogger-minima.css"></head>
<body><div class="outer-wrapper">
<div class="header"><h1 class="title"><a href="/index.html">Kaw Lah Karen Baptist Church</a></h1><p class="description">A Karen congregation in Kelliher, Minnesota &middot; 6 Pine Avenue &middot; 555-0156</p></div>
<div class="main-wrapper"><div class="main section" id="main">
%s
</div></div>
%s
<div class="footer">Powered by Blogger &middot; &copy; 2025 Kaw Lah Karen Baptist Church</div>
</div></body></html>
""" % (lang, title, body, SIDEBAR.replace("{extra}", extra))

PAGES = {}
PAGES["index.html"] = page("en", "Kaw Lah Karen Baptist Church", """
<h2 class="date-header"><span>Sunday, November 9, 2025</span></h2>
<div class="post hentry"><h3 class="post-title entry-title">Youth choir needs a keyboard player</h3>
<div class="post-body entry-content">Our youth choir has 18 singers and nobody to play for them. We are looking for someone who can read chord charts and play keyboard at Friday practice (7 pm) and twice a month on Sunday morning. The church owns the keyboard.</div>
<div class="post-footer">Posted by Thara Paw at 8:14 PM</div></div>
<h2 class="date-header"><span>Sunday, November 2, 2025</span></h2>
<div class="post hentry"><h3 class="post-title entry-title">Christmas program: December 21</h3>
<div class="post-body entry-content">Children, youth and the women&rsquo;s choir will sing in Karen and English. A dinner follows in the fellowship hall. Invite your neighbors!</div></div>
<h2 class="date-header"><span>Sunday, October 26, 2025</span></h2>
<div class="post hentry"><h3 class="post-title entry-title">Thank you for the rice!</h3>
<div class="post-body entry-content">Because of you, forty 25-pound bags of rice went to families who arrived this summer. God bless you.</div></div>
<div class="post hentry"><h3 class="post-title entry-title">Sermon notes: &ldquo;Bread for the journey&rdquo;</h3>
<div class="post-body entry-content">Pastor Saw Eh Doh&rsquo;s message on 1 Kings 19. <a href="/sermons/2025-advent.html">Read the full notes</a>.</div></div>
""", extra="""<div class="widget"><h2>Needed for the fellowship hall</h2><div class="widget-content">Six 6-foot folding tables. Ours are cracked and wobbly. Call Saw Htoo at 555-0156.</div></div>
""")

PAGES["kar/index.html"] = page("kar", "ကညီ ခရံာ်ဖိ တၢ်အိၣ်ဖှိၣ် ကီၤလ့ၤ", """
<h2>ကီၤလ့ၤ ကညီ ခရံာ်ဖိ တၢ်အိၣ်ဖှိၣ် (Kaw Lah Karen Baptist Church)</h2>
<p>ပလိၣ်ဘၣ် ပှၤမၤစၢၤ (we need helpers). ဝံသးစူၤ ကွဲးနၤမံၤ လၢ တၢ်ကွဲးအံၤ (please write your name on this sheet).</p>
<table class="signup" border="1">
<tr><th>တၢ်မၤ (task)</th><th>မုၢ်နံၤ (day)</th><th>မံၤ (name)</th></tr>
<tr><td>ပှၤနီၣ်သိလ့ၣ် (driver to the clinic in Bemidji)</td><td>မုၢ်ယူာ် (Tuesday)</td><td>________________</td></tr>
<tr><td>သရၣ်ကလံၤကျိာ် (English teacher for adults)</td><td>မုၢ်ပျဲၤ (Wednesday)</td><td>________________<br>________________</td></tr>
<tr class="full"><td>ပှၤကတဲာ်ကတီၤတၢ်အီၣ် (cooks for the fellowship meal)</td><td>မုၢ်ဒဲး (Sunday)</td><td>Naw Paw, Saw Htoo, Naw Eh Say &mdash; ပှဲၤလံ (FULL)</td></tr>
<tr><td>ပှၤကွၢ်ထွဲဖိသၣ် (nursery helper during worship)</td><td>မုၢ်ဒဲး (Sunday)</td><td>________________</td></tr>
</table>
<h3>ပလိၣ်ဘၣ် လံာ်ဖိသၣ် (children&rsquo;s picture books)</h3>
<p>လံာ်ဖိသၣ် ကညီကျိာ် ဒီး ကလံၤကျိာ် (picture books in Karen and English). ဝံသးစူၤ ဟ့ၣ်လီၤ လၢ ဘျီၣ်ဖီခိၣ် (please bring them to church).</p>
<h3>ခရံာ်အိၣ်ဖျဲၣ်မုၢ်နံၤ (Christmas program) &mdash; December 21</h3>
<p>ဘါထုကဖၣ် (worship) မုၢ်ဒဲး 10:30 AM</p>
""")

PAGES["ministries.html"] = page("en", "Ministries | Kaw Lah", """
<h3 class="post-title">Ministries</h3>
<div class="post-body">
<p>Key: &#128994; we need people &middot; &#128308; full for now &middot; &#128178; paid staff</p>
<ul class="ministries">
<li>&#128994; <b>Sound booth</b> &mdash; run the mixer and projector for Sunday worship. We will train you, but some comfort with technology helps.</li>
<li>&#128994; <b>Snow crew</b> &mdash; shovel the church steps and ramp before 9 am on snowy Sundays.</li>
<li>&#128308; <b>Youth van drivers</b> &mdash; full for this season.</li>
<li>&#128178; <b>Part-time youth pastor</b> &mdash; 15 hours a week, salaried. Ask Pastor Saw Eh Doh.</li>
<li>&#128308; <b>Greeters</b> &mdash; we have enough greeters through Easter.</li>
<li>&#128994; <b>Translating the church constitution</b> &mdash; a one-time project of about 20 pages from English into Karen. You need to write both languages well.</li>
</ul>
<h4>Ministries to our community</h4>
<p>Free English class on Thursday evenings, and rides to church for anyone in Kelliher or Waskish.</p>
</div>
""")

PAGES["youth.html"] = page("en", "Youth | Kaw Lah", """
<h3 class="post-title">Youth</h3>
<div class="post-body">
<p>Youth group meets every Friday at 7 pm in the fellowship hall.</p>
<p><b>Kaw Lah FC</b> won the Beltrami County indoor tournament in October. Thank you to the parents who drove!</p>
<p><b>Coach wanted:</b> our girls&rsquo; volleyball team (ages 12&ndash;16) needs an adult coach for winter Saturdays, 2&ndash;4 pm, at the school gym. Playing experience is enough.</p>
<p>We offer free homework help after youth group for any student.</p>
<p>Youth retreat: January 9&ndash;11 at Camp Pinewood. See the bulletin for details.</p>
</div>
""")

PAGES["leaders/notes.html"] = page("en", "Leaders (private)", """
<h3 class="post-title">Leaders&rsquo; meeting notes &mdash; not for the public</h3>
<div class="post-body"><ul>
<li>Need a treasurer&rsquo;s assistant to count the offering on the 1st and 3rd Sunday.</li>
<li>Find volunteers to repaint the sanctuary in February.</li>
<li>Ask someone outside the church to audit the mission fund.</li>
</ul></div>
""")

ROBOTS = """User-agent: Mediapartners-Google
Disallow:

User-agent: *
Disallow: /search
Disallow: /leaders/
Allow: /
"""

PDFS = {
    "files/bulletin-nov-16.pdf": ("Sunday Bulletin - November 16, 2025", [
        ("title", "Kaw Lah Karen Baptist Church - Sunday Bulletin"),
        ("p", "November 16, 2025 - 6 Pine Avenue, Kelliher, MN - 555-0156"),
        ("h", "Order of worship"),
        ("p", "Call to worship - Hymn 112 - Scripture reading - Sermon: \"Bread for the journey\" (Pastor Saw Eh Doh) - Offering - Benediction"),
        ("h", "Announcements"),
        ("p", "1. Prayer meeting moves to Wednesday 7 pm at the Htoo home."),
        ("p", "2. Youth retreat, January 9-11 at Camp Pinewood. We need two adults to chaperone, one man and one woman. Talk to Thara Paw after the service."),
        ("p", "3. The mission committee is collecting new bath towels and washcloths for newly arrived families. Please use the box by the door."),
        ("p", "4. Last week's offering: $1,240. Building fund: $18,300 of $40,000. Thank you for your faithful giving."),
        ("p", "5. Baptism class begins December 7 after lunch."),
        ("p", "6. Thank you to everyone who helped with the Karen New Year cleanup - the hall is sparkling."),
    ]),
}

P_IDX, P_KAR, P_MIN, P_Y, P_PDF, P_L = ("index.html", "kar/index.html", "ministries.html", "youth.html",
                                       "files/bulletin-nov-16.pdf", "leaders/notes.html")
NEEDS = [
    need(P_IDX, ["keyboard player"], "skilled", "en", layout="blog_post"),
    need(P_IDX, ["folding tables"], "donation", "en", layout="sidebar"),
    need(P_KAR, ["ပှၤနီၣ်သိလ့ၣ်", "driver to the clinic"], "volunteer", "kar", layout="signup_sheet_blanks"),
    need(P_KAR, ["သရၣ်ကလံၤကျိာ်", "english teacher"], "skilled", "kar", ["en"], layout="signup_sheet_blanks"),
    need(P_KAR, ["ပှၤကွၢ်ထွဲဖိသၣ်", "nursery helper"], "volunteer", "kar", layout="signup_sheet_blanks"),
    need(P_KAR, ["လံာ်ဖိသၣ်", "picture books"], "donation", "kar", layout="wish_list"),
    need(P_MIN, ["sound booth"], "skilled", "en", layout="status_emoji_list"),
    need(P_MIN, ["snow crew"], "volunteer", "en", layout="status_emoji_list"),
    need(P_MIN, ["constitution"], "skilled", "en", ["en", "kar"], layout="status_emoji_list"),
    need(P_Y, ["volleyball", "coach"], "volunteer", "en", layout="inline_label"),
    need(P_PDF, ["chaperone"], "volunteer", "en", layout="pdf_numbered_announcements"),
    need(P_PDF, ["bath towels"], "donation", "en", layout="pdf_numbered_announcements"),
]
TRAPS = [
    trap(P_IDX, "event", ["christmas program"]),
    trap(P_IDX, "recap", ["thank you for the rice"]),
    trap(P_IDX, "blog", ["bread for the journey"]),
    trap(P_IDX, "hours", ["worship times"]),
    trap(P_KAR, "filled", ["ပှၤကတဲာ်ကတီၤတၢ်အီၣ်", "cooks for the fellowship meal"], "sign-up row with three names and ပှဲၤလံ (FULL)"),
    trap(P_KAR, "event", ["christmas program"]),
    trap(P_KAR, "hours", ["ဘါထုကဖၣ်"]),
    trap(P_MIN, "filled", ["youth van drivers"], "red dot, full for this season"),
    trap(P_MIN, "filled", ["greeters"], "'we have enough greeters through Easter'"),
    trap(P_MIN, "job", ["youth pastor"]),
    trap(P_MIN, "service", ["free english class"]),
    trap(P_Y, "hours", ["every friday at 7 pm"]),
    trap(P_Y, "recap", ["kaw lah fc", "indoor tournament"]),
    trap(P_Y, "service", ["homework help"]),
    trap(P_Y, "event", ["youth retreat"]),
    trap(P_PDF, "event", ["prayer meeting"]),
    trap(P_PDF, "general_appeal", ["building fund"]),
    trap(P_PDF, "event", ["baptism class"]),
    trap(P_PDF, "recap", ["new year cleanup"]),
    trap(P_L, "robots", ["treasurer's assistant"]),
    trap(P_L, "robots", ["repaint the sanctuary"]),
    trap(P_L, "robots", ["audit the mission fund"]),
]
