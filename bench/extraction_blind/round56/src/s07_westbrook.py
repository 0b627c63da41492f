"""Site 7: Westbrook Karen Fellowship Church, Westbrook MN. English home page, English ministry card grid
with OPEN/FILLED/PAID/SIGN-UP COMPLETE badges, S'gaw Karen page with English glosses, English newsletter
page with needs buried in paragraphs, English PDF bulletin, robots /council/."""
from common import need, trap

SLUG = "westbrook-karen-fellowship-church"

def page(lang, title, body, extra_css=""):
    return """<!doctype html>
<html lang="%s">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%s</title>
<link rel="stylesheet" href="/static/css/site.css">
<style>
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(250px,1fr));gap:20px}
.card{background:#fff;border-radius:10px;box-shadow:0 1px 4px rgba(0,0,0,.15);padding:18px}
.badge{font:600 11px/1 sans-serif;letter-spacing:.06em;padding:4px 8px;border-radius:99px}
.badge-open{background:#2e7d32;color:#fff}.badge-filled{background:#bbb;color:#333}.badge-paid{background:#1565c0;color:#fff}
%s
</style>
</head>
<body>
<header class="Header">
 <a class="Header-branding" href="/index.html">Westbrook Karen Fellowship</a>
 <nav class="Header-nav">
  <a href="/index.html">Home</a>
  <a href="/ministries.html">Serve</a>
  <a href="/news.html">News</a>
  <a href="/karen.html" lang="kar">ကညီကျိာ်</a>
  <a href="/bulletin-2025-10.pdf">Bulletin</a>
 </nav>
</header>
<main class="Main">
%s
</main>
<footer class="Footer">
 <p>Westbrook Karen Fellowship Church &middot; 650 1st Ave, Westbrook, MN 56183 &middot; (507) 555-0144</p>
 <p><a href="/media/kny-2025.html">Karen New Year 2025 video</a> &middot; <a href="/council/notes.html">Church council</a></p>
</footer>
</body>
</html>
""" % (lang, title, extra_css, body)

INDEX = page("en", "Westbrook Karen Fellowship Church", """
<section class="hero">
 <h1>Welcome to Westbrook Karen Fellowship</h1>
 <p>We are a Baptist congregation of about 60 Karen families who came to southwest Minnesota from the refugee camps on the Thai&ndash;Burma border. Everyone is welcome.</p>
</section>
<section>
 <h2>Service times</h2>
 <p>Sunday worship in S'gaw Karen at 1:00 pm (English summary provided). Youth fellowship Fridays at 7:00 pm. Women's prayer Wednesdays at 6:30 pm.</p>
</section>
<section>
 <h2>Karen New Year celebration</h2>
 <p>Saturday, January 10, Westbrook&ndash;Walnut Grove school gym. Don dance, bamboo dance and a shared meal. Free and open to all.</p>
</section>
<section>
 <h2>Meet Pastor Saw Paw Htoo</h2>
 <p>Pastor Paw Htoo grew up in Mae La camp and studied at Kawthoolei Karen Baptist Bible School. He has led our church since 2014 and also works second shift at the turkey plant in Worthington.</p>
</section>
""")

CARD = """ <article class="card">
  <span class="badge badge-{b}">{blabel}</span>
  <h3>{title}</h3>
  <p>{body}</p>
 </article>
"""
cards = [
    dict(b="open", blabel="OPEN", title="Karen&ndash;English interpreter (clinic visits)",
         body="Go with families to appointments at the Westbrook and Windom clinics and help the doctor and patient understand each other. You must speak S'gaw Karen and English well. Weekday mornings, about twice a month."),
    dict(b="open", blabel="OPEN", title="Youth guitar teacher",
         body="Our youth band has four donated guitars and no teacher. If you can teach basic chords to beginners on Friday evenings, we would love to hear from you."),
    dict(b="open", blabel="OPEN", title="Garden plot helpers",
         body="A farmer lets us use two acres west of town where families grow mustard greens, chilies and long beans. Help till in May, then weed and water one evening a week through September."),
    dict(b="open", blabel="OPEN", title="Homework club helpers",
         body="Tuesday and Thursday 3:30&ndash;5:00 in the church basement. Kids in grades 2&ndash;8 bring their homework; you sit with them and help. No teaching degree needed."),
    dict(b="filled", blabel="FILLED", title="Choir director",
         body="Thra Eh Say has agreed to lead the choir from September. Thank you for praying for this."),
    dict(b="filled", blabel="SIGN-UP COMPLETE", title="Sunday lunch cooks",
         body="Every Sunday through the end of November already has a family cooking. The December sheet goes up after Thanksgiving."),
    dict(b="paid", blabel="PAID", title="Church custodian",
         body="Part-time paid position, 10 hours a week, $17/hour. Cleaning, snow removal at the doors, setting up chairs."),
]
MIN = page("en", "Serve - Westbrook Karen Fellowship", """
<h1>Serve with us</h1>
<p>Talk to Deacon Saw Kler after worship or call the church office to sign up.</p>
<section class="cards">
""" + "".join(CARD.format(**c) for c in cards) + """</section>
""")

KAREN = page("kar", "ကညီကျိာ် - Westbrook Karen Fellowship", """
<h1>ကညီကျိာ် (Karen)</h1>
<p>တၢ်ဘူၣ်ထီၣ်ဘါထီၣ် မုၢ်ဒဲးဖီ 1:00 PM (Karen worship, Sundays 1:00 PM)</p>

<h2>ပှၤမၤစၢၤ ဒီး တၢ်လိၣ်ဘၣ် (Help we need)</h2>

<h3>သရၣ်သိၣ်လိတၢ်ထါ (Karen weaving teacher)</h3>
<p>ပှၤဖိမုၣ်သၢ်ဖိ အဲၣ်ဒိးမၤလိတၢ်ထါ. မုၢ်ဘူၣ်ဖီ 2:00&ndash;4:00 PM. (Our young women want to learn back-strap weaving. Saturdays 2&ndash;4 PM; looms are here.)</p>

<h3>ပှၤမၤစၢၤဖိသၣ်ဆံးဖိ (Sunday school helpers)</h3>
<p>ဖိသၣ်ဆံးဖိ အနံၣ် 3&ndash;6 တဘျီလၢ တၢ်ဘူၣ်ထီၣ်ဘါထီၣ်အဆၢကတီၢ်. ပှၤ 2 ဂၤ. (Two helpers for children ages 3&ndash;6 during worship.)</p>

<h3>ယဲၤလၢအကိၢ် (warm blankets)</h3>
<p>လၢဟံၣ်ဖိဃီဖိအသီ. (For new families arriving this winter &mdash; twin and full size.)</p>

<h3><s>ဒၢ်ခ့ (drums for the youth band)</s></h3>
<p>FULL. တၢ်ဘျုးဒိၣ်မး (thank you very much).</p>

<h2>ကညီနံၣ်ထီၣ်သီ (Karen New Year)</h2>
<p>January 10, Westbrook&ndash;Walnut Grove school gym.</p>
""")

NEWS = page("en", "News - Westbrook Karen Fellowship", """
<h1>Fellowship News &ndash; Fall 2025</h1>
<article class="post">
 <h2>A full summer</h2>
 <p>Five new families arrived from Mae La and Umpiem camps this summer, and thanks to you every one of them has a bed and a table. We are short on rice cookers, though. A 10-cup rice cooker is the first thing a Karen kitchen needs, and we handed out our last one in August. New or gently used, please bring them to the church office.</p>
 <p>Nearly every week someone offers us a couch or a dresser for a new family, and we have no way to move it. If you own a pickup truck or a trailer and can give an hour or two on Saturday mornings to haul furniture, please call Saw Eh Doh at (507) 555-0145.</p>
</article>
<article class="post">
 <h2>Thanksgiving baskets</h2>
 <p>Last year our Thanksgiving baskets reached 64 families in Westbrook, Storden and Jeffers. Thank you to everyone who packed and delivered.</p>
</article>
<article class="post">
 <h2>Karen Martyrs Day</h2>
 <p>Our Karen Martyrs Day program will be held August 12 at 6 pm with songs and remembrance.</p>
</article>
<article class="post teaser">
 <h2>From the pastor's desk</h2>
 <p>Read the reflection by Pastor Paw Htoo on Psalm 121 and the long walk to Mae La&hellip; <a href="/bulletin-2025-10.pdf">continue</a></p>
</article>
""")

COUNCIL = page("en", "Council notes", """
<h1>Church council notes &ndash; October</h1>
<ul>
 <li>Replace the basement water heater (quote $1,900).</li>
 <li>Find a new Sunday school superintendent.</li>
 <li>Ask the association for a loan for the parking lot.</li>
</ul>
""")

PAGES = {
    "index.html": INDEX,
    "ministries.html": MIN,
    "karen.html": KAREN,
    "news.html": NEWS,
    "council/notes.html": COUNCIL,
}

ROBOTS = """# Westbrook Karen Fellowship
User-agent: GPTBot
Disallow: /

User-agent: *
Disallow: /council/
"""

PDFS = {
    "bulletin-2025-10.pdf": ("Sunday Bulletin - October 19, 2025", [
        ("title", "WESTBROOK KAREN FELLOWSHIP - SUNDAY BULLETIN"),
        ("p", "October 19, 2025 - Worship 1:00 pm"),
        ("h", "Order of worship"),
        ("p", "Call to worship - Hymn 214 - Prayer - Scripture: Psalm 121 - Sermon: 'I lift up my eyes' - "
              "Offering - Benediction"),
        ("h", "Announcements"),
        ("p", "Women's fellowship will meet Wednesday at 6:30 pm. The youth will visit the nursing home "
              "next Sunday after lunch. Many of our young people are failing the written driver's test "
              "because the permit book is hard to read in English. We are looking for a volunteer who can "
              "teach a driver's permit study class in Karen and English, Sunday afternoons at 3:00. "
              "Please see Deacon Saw Kler if you can help."),
        ("h", "Building fund"),
        ("p", "We have raised $18,400 of the $40,000 needed for the new roof. Please give generously."),
    ]),
}

NEEDS = [
    need("ministries.html", ["interpreter"], "skilled", "en", ["kar", "en"], "role_cards"),
    need("ministries.html", ["guitar"], "skilled", "en", [], "role_cards"),
    need("ministries.html", ["garden plot"], "volunteer", "en", [], "role_cards"),
    need("ministries.html", ["homework club"], "volunteer", "en", [], "role_cards"),
    need("karen.html", ["weaving teacher"], "skilled", "kar", ["kar"], "heading_paragraph",
         "Karen heading with English gloss"),
    need("karen.html", ["sunday school helpers"], "volunteer", "kar", [], "heading_paragraph",
         "Karen heading with English gloss"),
    need("karen.html", ["warm blankets"], "donation", "kar", [], "heading_paragraph",
         "Karen heading with English gloss"),
    need("news.html", ["rice cookers"], "donation", "en", [], "newsletter_buried", "'we are short on'"),
    need("news.html", ["pickup truck", "haul furniture"], "volunteer", "en", [], "newsletter_buried"),
    need("bulletin-2025-10.pdf", ["permit", "driver's"], "skilled", "en", ["kar", "en"], "pdf",
         "permit study class in Karen and English, buried in announcements"),
]

TRAPS = [
    trap("index.html", "hours", ["service times"]),
    trap("index.html", "event", ["karen new year celebration"]),
    trap("index.html", "bio", ["meet pastor", "saw paw htoo"]),
    trap("ministries.html", "filled", ["choir director"], "FILLED"),
    trap("ministries.html", "filled", ["sunday lunch cooks"], "SIGN-UP COMPLETE"),
    trap("ministries.html", "job", ["custodian"], "PAID"),
    trap("karen.html", "filled", ["drums for the youth band"], "struck through + FULL"),
    trap("karen.html", "hours", ["karen worship"]),
    trap("karen.html", "event", ["karen new year"]),
    trap("news.html", "recap", ["thanksgiving baskets"]),
    trap("news.html", "event", ["martyrs day"]),
    trap("news.html", "blog", ["from the pastor's desk", "reflection by pastor"]),
    trap("bulletin-2025-10.pdf", "event", ["order of worship"]),
    trap("bulletin-2025-10.pdf", "general_appeal", ["building fund"]),
    trap("council/notes.html", "robots", ["water heater"]),
    trap("council/notes.html", "robots", ["superintendent"]),
    trap("council/notes.html", "robots", ["parking lot"]),
]
