"""Site 12: East African Welcome House, Randall. <details> accordion of roles; Oromo page;
stories page with a blog teaser glued above a need; Oromo PDF flyer. No robots-disallowed page."""
from common import need, trap

SLUG = "randall-east-african-welcome-house"
TOWN = "randall"

ROBOTS = """User-agent: *
Disallow:
"""


def head(title, lang="en"):
    return """<!DOCTYPE html>
<html lang="%s">
<head>
<meta charset="utf-8">
<title>%s | East African Welcome House</title>
<link rel="stylesheet" href="/assets/welcome.css">
<style>details{border-bottom:1px solid #ddd;padding:.6em 0}summary{cursor:pointer;font-weight:600}</style>
</head>
<body>
<header class="site-head">
 <a class="logo" href="/">East African Welcome House</a>
 <nav>
  <a href="/get-involved.html">Get involved</a>
  <a href="/stories.html">Stories</a>
  <a href="/afaan-oromoo.html">Afaan Oromoo</a>
  <a href="/annual-report-2024.html">Annual report</a>
 </nav>
</header>
<main>
""" % (lang, title)


FOOT = """
</main>
<footer class="site-foot">East African Welcome House &middot; 150 Minnesota St, Randall, MN 56475 &middot; (320) 555-0109 &middot; welcome@eawh-mn.org</footer>
</body>
</html>
"""

INDEX = head("Home") + """
<section class="hero"><h1>Every family deserves a warm first week.</h1>
<p>We provide airport pickup, a furnished apartment, school enrollment and a friendly face for refugee families settling in Morrison County.</p></section>
<section class="two">
 <div><h2>Welcome desk hours</h2><p>Monday&ndash;Thursday 9&ndash;5, Friday 9&ndash;noon.</p></div>
 <div><h2>World Refugee Day potluck</h2><p>June 20, 5 pm, Randall city park. Bring a dish from home!</p></div>
</section>
<section class="cta"><h2>Sponsor a family</h2>
<p>$1,500 covers a family&rsquo;s first month of rent. <a href="https://give.example/eawh">Give</a></p>
<p>Oromo families: see our <a href="/kiitii-simannaa.pdf">welcome kit flyer (PDF)</a>.</p></section>
""" + FOOT

INVOLVED = head("Get involved") + """
<h1>Get involved</h1>
<p>Click a role to read more. Questions? Call Lensa at (320) 555-0109.</p>
<details><summary>Apartment setup crew</summary>
<p>When a family arrives we have 48 hours to turn an empty apartment into a home: carry furniture, make beds, stock the kitchen. Weekday evenings or Saturdays.</p></details>
<details><summary>Tenant rights workshop leader</summary>
<p>Seeking someone with housing law or property management experience to lead a one-hour tenant rights workshop each quarter.</p></details>
<details><summary>Road test practice drivers</summary>
<p>Newcomers need practice before the road test in Little Falls. Licensed drivers with five or more years of experience ride along in the newcomer&rsquo;s insured car.</p></details>
<details><summary>Somali&ndash;English interpreter</summary>
<p>This role has been filled for the season. Thank you!</p></details>
<details><summary>Case manager</summary>
<p>Full-time with benefits, $48,000 a year. Apply by October 31 with a cover letter.</p></details>
<details><summary>Citizenship class registration</summary>
<p>Classes start in January. Register at the welcome desk with your green card.</p></details>
""" + FOOT

OROMO = head("Afaan Oromoo", "om") + """
<h1>Mana Simannaa Afrikaa Bahaa</h1>
<h2>Gargaartota mana haaraa qopheessuuf</h2>
<p>Maatiin haaraan yommuu dhufu, mana isaanii qopheessuuf gargaartota barbaadna: siree walitti qabuu fi meeshaalee kushinaa kaa'uu.</p>
<h2>Barsiisota Afaan Ingiliffaa</h2>
<p>Galgala Wiixataa fi Roobii, sa'aatii 6:00&ndash;7:30. Muuxannoon barsiisuu hin barbaachisu.</p>
<h2>Siree fi afata</h2>
<p>Ammaaf gahaadha. Galatoomaa!</p>
<h2>Ayyaana Irreechaa</h2>
<p>Onkoloolessa 4, paarkii magaalaatti. Hundi keessan affeeramtaniittu.</p>
<h2>Gargaarsa hojii barbaaduu</h2>
<p>Hojii barbaaduu keessatti tola isin gargaarra: CV qopheessuu fi iyyannoo guutuu.</p>
""" + FOOT

STORIES = head("Stories") + """
<h1>Stories</h1>
<article class="teaser"><h2>Five things we learned from our first 100 families</h2>
<p>Spoiler: rice cookers matter more than couches. <a href="#hawi">Read more</a></p></article>
<article><h3>Seeking an Excel volunteer</h3>
<p>We track 300 welcome kits in a paper notebook. We&rsquo;re seeking a volunteer with Excel skills to build a simple tracker and train two staff members to use it.</p></article>
<article id="hawi"><h2>Hawi&rsquo;s family</h2>
<p>Hawi and her four children arrived from Nairobi in March. They have beds now, thanks to you, but they still need a dining table, a vacuum cleaner and monthly bus cards so the older kids can get to the high school.</p></article>
<article><h2>2024 in numbers</h2>
<p>86 families welcomed, 312 airport pickups, 41 children enrolled in school.</p></article>
<article><h2>Meet our director</h2>
<p>Abdi Kedir came to Minnesota as a teenager in 1999 and has led the Welcome House since 2018.</p></article>
""" + FOOT

PAGES = {
    "index.html": INDEX,
    "get-involved.html": INVOLVED,
    "afaan-oromoo.html": OROMO,
    "stories.html": STORIES,
}

PDFS = {
    "kiitii-simannaa.pdf": ("Kiitii Simannaa", [
        ("title", "Mana Simannaa Afrikaa Bahaa: Kiitii Simannaa"),
        ("p", "Maatii haaraa hundaaf kiitii simannaa qopheessina. Kiitii simannaa kanaaf meeshaalee armaan gadii "
              "nu barbaachisu: saamunaa (soap), shaampoo, qodaa nyaataa (dishes), huccuu qulqullinaa (cleaning "
              "cloths) fi ilkaan rigachuuf (toothbrush)."),
        ("h", "Yeroo kennaa fuunu"),
        ("p", "Kamisa fi Jimaata, sa'aatii 10:00 hanga 4:00, Mana Simannaa keessatti."),
        ("h", "Cidha nyaata galataa"),
        ("p", "Cidha nyaata galataa: Sadaasa 27, sa'aatii 5:00. Maatiin hundi ni affeeramu."),
    ]),
}

NEEDS = [
    need("get-involved.html", ["apartment setup crew"], "volunteer", "en", layout="accordion"),
    need("get-involved.html", ["tenant rights workshop"], "skilled", "en", layout="accordion"),
    need("get-involved.html", ["road test practice"], "volunteer", "en", layout="accordion"),
    need("stories.html", ["excel volunteer", "excel skills"], "skilled", "en", layout="blog_glued",
         note="sits directly under a blog teaser"),
    need("stories.html", ["dining table", "vacuum cleaner", "bus cards"], "donation", "en", layout="story"),
    need("afaan-oromoo.html", ["gargaartota mana haaraa"], "volunteer", "om", layout="heading_paragraph"),
    need("afaan-oromoo.html", ["barsiisota afaan ingiliffaa"], "skilled", "om", ["en"], layout="heading_paragraph"),
    need("kiitii-simannaa.pdf", ["kiitii simannaa"], "donation", "om", layout="pdf"),
]

TRAPS = [
    trap("index.html", "service", ["airport pickup"]),
    trap("index.html", "hours", ["welcome desk hours"]),
    trap("index.html", "event", ["world refugee day potluck"]),
    trap("index.html", "general_appeal", ["sponsor a family"]),
    trap("get-involved.html", "filled", ["somali–english interpreter"], "filled for the season"),
    trap("get-involved.html", "job", ["case manager"]),
    trap("get-involved.html", "how_to_apply", ["citizenship class registration"]),
    trap("afaan-oromoo.html", "filled", ["siree fi afata"], "ammaaf gahaadha"),
    trap("afaan-oromoo.html", "event", ["ayyaana irreechaa"]),
    trap("afaan-oromoo.html", "service", ["gargaarsa hojii barbaaduu"]),
    trap("stories.html", "blog", ["five things we learned"]),
    trap("stories.html", "recap", ["2024 in numbers"]),
    trap("stories.html", "bio", ["meet our director"]),
    trap("kiitii-simannaa.pdf", "hours", ["yeroo kennaa fuunu"]),
    trap("kiitii-simannaa.pdf", "event", ["cidha nyaata galataa"]),
]
