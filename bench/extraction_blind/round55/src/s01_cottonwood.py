"""Site 1: Morning Star Karen Church, Cottonwood (Lyon County). English + S'gaw Karen.
Layouts: forum-style announcement posts, tabbed ministry page, progress counter,
family story, Karen page with English glosses, PDF bulletin (buried need)."""
from common import N, T

SLUG = "cottonwood-karen-morning-star-church"
TOWN = "cottonwood"

NAV = """<nav class="topnav">
  <a href="/">Home</a>
  <a href="/announcements.html">Announcements</a>
  <a href="/ministries.html">Ministries</a>
  <a href="/kar/index.html">ကညီကျိာ် (Karen)</a>
  <a href="/bulletin-2025-11-16.pdf">Bulletin (PDF)</a>
</nav>"""

FOOT = """<footer class="site-foot">
  <p>Morning Star Karen Church &middot; 310 W Main St, Cottonwood, MN 56229 &middot; (507) 555-0117</p>
  <p><a href="/sermons/2024-harvest.html">Listen to last year's harvest sermon</a> &middot; Pastor Saw Eh Doh</p>
</footer>"""

PAGES = {}

PAGES["index.html"] = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Morning Star Karen Church &ndash; Cottonwood, Minnesota</title>
<link rel="stylesheet" href="/css/morningstar.css">
</head>
<body>
<header class="banner">
  <h1>Morning Star Karen Church</h1>
  <p class="tag">A Karen Baptist congregation on the prairie since 2009</p>
</header>
""" + NAV + """
<main>
<section class="times">
  <h2>Worship With Us</h2>
  <table>
    <tr><th>Sunday worship (Karen)</th><td>10:30 am</td></tr>
    <tr><th>Sunday worship (English, youth-led)</th><td>1:00 pm</td></tr>
    <tr><th>Wednesday prayer</th><td>7:00 pm</td></tr>
  </table>
  <p>We meet in the former Trinity Lutheran building on Main Street. Parking is behind the church.</p>
</section>
<section>
  <h2>Our Story</h2>
  <p>Eleven Karen families from the Mae La and Umpiem Mai camps in Thailand settled in Lyon County in 2009.
  They prayed in living rooms until the Lutherans of Cottonwood sold us their old church for one dollar.
  Today about 240 people worship here every Sunday.</p>
</section>
<section class="teaser">
  <h2>Ways to Serve</h2>
  <p>There is a place for everyone in God's house. Read the weekly <a href="/announcements.html">announcements</a>
  and the <a href="/ministries.html">ministry pages</a> to see where you fit.</p>
</section>
<section>
  <h2>Roof &amp; Building Fund</h2>
  <p>Our roof is 40 years old. Give to the building fund through the offering box or mail a check
  to the church office. Every gift is a blessing.</p>
</section>
</main>
""" + FOOT + """
</body>
</html>
"""

PAGES["announcements.html"] = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Announcements &ndash; Morning Star Karen Church</title>
<link rel="stylesheet" href="/css/morningstar.css">
<style>.post{border:1px solid #ccd;margin:12px 0;padding:10px}.meta{color:#667;font-size:90%}
.bar{background:#eee;width:300px;height:14px}.bar span{display:block;height:14px;background:#2a7}</style>
</head>
<body>
<header class="banner"><h1>Morning Star Karen Church</h1></header>
""" + NAV + """
<main>
<h2>Church Board &mdash; Announcements</h2>
<p class="meta">Newest first. Posts are written by the pastor, deacons and fellowship leaders.</p>

<div class="post" id="p118">
  <h3 class="subject">Rides for our elders on Sunday mornings</h3>
  <p class="meta">Posted by Pastor Saw Eh Doh &middot; Nov 12, 2025 &middot; 4 replies</p>
  <p>Five grandmothers and grandfathers living at Parkview Apartments in Marshall have had no way to come
  to worship since Brother Kyaw moved to Iowa. If you have a car and can give a ride at 9:45 on Sunday
  mornings, even once a month, please talk with Deacon Naw Paw after the service.</p>
</div>

<div class="post" id="p117">
  <h3 class="subject">Welcome the Htoo family</h3>
  <p class="meta">Posted by Naw Say Paw, Women's Fellowship &middot; Nov 9, 2025 &middot; 11 replies</p>
  <p>Thra Htoo and Naw Mu arrived from Mae La camp on October 28 with their three boys, ages 4, 7 and 11.
  They are renting a two-bedroom apartment on 4th Street. The county gave them mattresses, but they still
  have no rice cooker and no cooking pots, and the boys walk to school in sandals. If you can bring a rice
  cooker, pots, or winter boots (kids' sizes 11, 2 and 5), please leave them in the fellowship hall in a bag
  marked "Htoo family".</p>
</div>

<div class="post" id="p116">
  <h3 class="subject">Youth retreat at Camp Wapogasset &mdash; registration closed</h3>
  <p class="meta">Posted by Saw Ler Moo &middot; Nov 7, 2025</p>
  <p>All 24 places are taken. We are keeping a waiting list in case someone cancels.</p>
</div>

<div class="post" id="p115">
  <h3 class="subject">Sponsor a Karen hymnal</h3>
  <p class="meta">Posted by Deacon Saw Tha Blay &middot; Nov 2, 2025</p>
  <p>Our hymnals are falling apart. New Karen hymnals from the Karen Baptist Convention cost $15 each.
  Write the name of a loved one inside the cover.</p>
  <div class="bar"><span style="width:63%"></span></div>
  <p><strong>38 of 60 hymnals sponsored</strong> &mdash; 22 to go.</p>
</div>

<div class="post" id="p114">
  <h3 class="subject">Who understands sound mixing?</h3>
  <p class="meta">Posted by Pastor Saw Eh Doh &middot; Oct 30, 2025 &middot; 2 replies</p>
  <p>A church in Sioux Falls gave us their used 16-channel mixer. It is still in the box because nobody here
  knows how to connect it. We are looking for someone who understands sound mixing to set it up and teach two
  of our young people to run it on Sundays.</p>
</div>

<div class="post" id="p113">
  <h3 class="subject">Thank you! Karen New Year</h3>
  <p class="meta">Posted by the Deacons &middot; Jan 20, 2025</p>
  <p>Thank you to the 45 volunteers who cooked, served and cleaned for Karen New Year. We fed more than 600
  guests and the dancers were wonderful. See you next year!</p>
</div>

<div class="post" id="p112">
  <h3 class="subject">Baptism Sunday &mdash; December 7</h3>
  <p class="meta">Posted by Pastor Saw Eh Doh &middot; Oct 25, 2025</p>
  <p>Eight young people will be baptized at the 10:30 service. Lunch follows in the hall.</p>
</div>

<div class="post" id="p111">
  <h3 class="subject">Pastor's Corner: Serving like Jesus</h3>
  <p class="meta">Posted by Pastor Saw Eh Doh &middot; Oct 20, 2025</p>
  <p>What does it mean to wash one another's feet in a small prairie town? <a href="/announcements.html#p111">Read more&hellip;</a></p>
</div>

<div class="post" id="p110">
  <h3 class="subject">Christmas offering for the Bible school in Mae La</h3>
  <p class="meta">Posted by the Mission Committee &middot; Oct 18, 2025</p>
  <p>Every year our Christmas offering goes to the Kawthoolei Karen Baptist Bible School. Please give generously.</p>
</div>
</main>
""" + FOOT + """
</body>
</html>
"""

PAGES["ministries.html"] = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Ministries &ndash; Morning Star Karen Church</title>
<link rel="stylesheet" href="/css/morningstar.css">
<style>.tab-pane{display:none}.tab-pane.active{display:block}.tabs button{padding:6px 14px}</style>
<script>
function showTab(id){document.querySelectorAll('.tab-pane').forEach(function(p){p.classList.toggle('active',p.id===id);});}
</script>
</head>
<body>
<header class="banner"><h1>Morning Star Karen Church</h1></header>
""" + NAV + """
<main>
<h2>Ministries</h2>
<div class="tabs" role="tablist">
  <button role="tab" onclick="showTab('children')">Children</button>
  <button role="tab" onclick="showTab('youth')">Youth</button>
  <button role="tab" onclick="showTab('women')">Women</button>
  <button role="tab" onclick="showTab('men')">Men</button>
  <button role="tab" onclick="showTab('outreach')">Outreach</button>
</div>

<div class="tab-pane active" id="children" role="tabpanel">
  <h3>Sunday School Helpers (ages 3&ndash;5)</h3>
  <p>Our preschool class has 19 children and only two teachers. We need two more helpers to sit with the little
  ones, pass out crayons and take them to the bathroom during the 10:30 service. You do not need to teach.</p>
  <h3>Children's Choir</h3>
  <p>Children's choir practice is every Saturday at 2 pm for the Christmas program.</p>
</div>

<div class="tab-pane" id="youth" role="tabpanel">
  <h3>Youth Soccer Coach</h3>
  <p><strong>FILLED.</strong> Thank you, Saw Ler Moo, for stepping up for the spring season!</p>
  <h3>Youth Group</h3>
  <p>The youth group meets Fridays at 6:30 pm in the basement. Grades 7&ndash;12.</p>
</div>

<div class="tab-pane" id="women" role="tabpanel">
  <h3>Sewing Circle</h3>
  <p>The sewing circle is making traditional Karen shirts for every child in the Christmas program. We are short
  on fabric, especially red and white cotton, and on thread. Please leave donations in the fellowship hall
  closet.</p>
</div>

<div class="tab-pane" id="men" role="tabpanel">
  <h3>Men's Breakfast</h3>
  <p>First Saturday of the month, 8 am. Eggs, rice and prayer.</p>
</div>

<div class="tab-pane" id="outreach" role="tabpanel">
  <h3>English Tutors for Adults</h3>
  <p>Tuesday evenings 6:30&ndash;8:00 in the church basement. Adults from our congregation want to practice
  English for work and for the citizenship test. You do not need to speak Karen &mdash; you need patience and
  clear English.</p>
  <h3>Food Pantry Shelf</h3>
  <p>Our food pantry shelf by the side door is open to anyone in Cottonwood after Sunday worship. Take what you need.</p>
</div>
</main>
""" + FOOT + """
</body>
</html>
"""

PAGES["kar/index.html"] = """<!DOCTYPE html>
<html lang="kar">
<head>
<meta charset="utf-8">
<title>ကညီ ခရံာ်ဖိ တၢ်အိၣ်ဖိး &ndash; Morning Star Karen Church</title>
<link rel="stylesheet" href="/css/morningstar.css">
</head>
<body>
<header class="banner"><h1>ကညီ ခရံာ်ဖိ တၢ်အိၣ်ဖိး (Morning Star Karen Church)</h1></header>
""" + NAV + """
<main>
<section>
  <h2>တၢ်ဘူၣ်ထီၣ်ဘါထီၣ် &mdash; Worship times</h2>
  <ul>
    <li>မုၢ်ဒဲး (Sunday) 10:30 am &mdash; ကညီကျိာ်</li>
    <li>မုၢ်ဒဲး (Sunday) 1:00 pm &mdash; အဲကလံးကျိာ်</li>
  </ul>
</section>
<section>
  <h2>ပလိၣ်ဘၣ် ပှၤကတိၤကျိာ်ခံမံၤ &mdash; Karen-English interpreter for clinic visits</h2>
  <p>ပှၤသးပှၢ်တဖၣ် လဲၤဆူ တၢ်ဆါဟံၣ် လၢ Marshall ဒီး အဲကလံးကျိာ် တသ့ဘၣ်။</p>
  <p class="gloss">English: Our elders go to Avera Marshall clinic on weekday mornings and cannot speak English.
  We need a Karen-English interpreter to go with them, about two mornings a month.</p>
</section>
<section>
  <h2>ယဲၤ လၢ ဟံၣ်ဖိဃီဖိ အသီ &mdash; Blankets for new families</h2>
  <p>ဟံၣ်ဖိဃီဖိ အသီ ၄ ဟံၣ် ဟဲတုၤ လၢ လါနၢ်ဝ့ၣ်ဘၢၣ်။</p>
  <p class="gloss">English: Four new families arrive in November. We need thick blankets (queen or twin size)
  for their first winter. Bring them to the church office.</p>
</section>
<section>
  <h2>ပှၤသးဝံၣ် အဆ့ၤကၤ &mdash; Choir robes</h2>
  <p class="gloss">တၢ်ဘျုးဒိၣ်မး! We have enough choir robes now, thank you. Please do not bring more.</p>
</section>
<section>
  <h2>ခရံာ်အိၣ်ဖျဲၣ်မုၢ်နံၤ &mdash; Christmas program</h2>
  <p class="gloss">Christmas program: Sunday, December 21, 5 pm. Everyone welcome.</p>
</section>
</main>
""" + FOOT + """
</body>
</html>
"""

ROBOTS = """User-agent: *
Disallow: /cgi-bin/
"""

PDFS = {
    "bulletin-2025-11-16.pdf": ("Morning Star Karen Church - Bulletin Nov 16 2025", [
        ("title", "MORNING STAR KAREN CHURCH"),
        ("p", "Weekly Bulletin - Sunday, November 16, 2025 - 310 W Main St, Cottonwood"),
        ("h", "Order of Worship"),
        ("p", "Call to Worship - Hymn 212 - Scripture: Luke 10:25-37 - Sermon: \"Who is my neighbor?\" "
              "Pastor Saw Eh Doh - Offering - Hymn 48 - Benediction"),
        ("h", "Serving Today"),
        ("p", "Ushers this week: Saw Tha Blay and Saw Pah Wah. Nursery: Naw Eh Say."),
        ("h", "Announcements"),
        ("p", "1. Thanksgiving fellowship meal is Sunday, November 23, right after worship. Everyone is "
              "welcome; bring your family and neighbors."),
        ("p", "2. For that meal the kitchen committee still needs six people to peel and chop vegetables "
              "on Saturday, November 22, from 9 am to noon. Please write your name on the sheet by the "
              "kitchen door or tell Naw Htoo."),
        ("p", "3. Wednesday prayer meets at 7 pm in the small chapel."),
        ("p", "4. Offering last week: $1,284. Building fund: $41,900 of $90,000. Thank you for your "
              "faithful giving."),
        ("gap", ""),
        ("p", "Pastor Saw Eh Doh - (507) 555-0117 - office open Tuesday and Thursday mornings"),
    ]),
}

NEEDS = [
    N("announcements.html", ["rides for our elders", "give a ride"], "volunteer", "en", [],
      "forum_post", "forum post: drivers for elders at Parkview Apartments"),
    N("announcements.html", ["htoo family", "rice cooker", "winter boots"], "donation", "en", [],
      "story", "family story: rice cooker, pots, kids' winter boots = one need"),
    N("announcements.html", ["hymnal"], "donation", "en", [], "progress_counter",
      "38 of 60 hymnals sponsored, 22 to go"),
    N("announcements.html", ["sound mixing", "mixer"], "skilled", "en", [], "forum_post",
      "someone to set up a 16-channel mixer and train youth"),
    N("ministries.html", ["sunday school helpers", "preschool class"], "volunteer", "en", [], "tabs",
      "first (visible) tab"),
    N("ministries.html", ["sewing circle", "fabric"], "donation", "en", [], "tabs",
      "hidden tab 'Women': short on fabric and thread"),
    N("ministries.html", ["english tutors", "tutors for adults"], "skilled", "en", ["en"], "tabs",
      "hidden tab 'Outreach'"),
    N("kar/index.html", ["karen-english interpreter", "clinic visits"], "skilled", "kar", ["kar", "en"],
      "heading_paragraph", "Karen heading with English gloss"),
    N("kar/index.html", ["blankets for new families", "blankets"], "donation", "kar", [],
      "heading_paragraph", "Karen heading with English gloss"),
    N("bulletin-2025-11-16.pdf", ["peel and chop", "kitchen committee"], "volunteer", "en", [], "pdf",
      "buried in bulletin announcements; the meal itself is an event trap"),
]

TRAPS = [
    T("index.html", "hours", ["sunday worship", "wednesday prayer"], "worship times table"),
    T("index.html", "general_appeal", ["building fund"], "roof fund, money only"),
    T("index.html", "general_appeal", ["ways to serve"], "teaser pointing to other pages, no role"),
    T("announcements.html", "filled", ["youth retreat", "camp wapogasset"], "registration closed, all 24 taken"),
    T("announcements.html", "recap", ["karen new year"], "thank-you recap of a past event"),
    T("announcements.html", "event", ["baptism sunday"], ""),
    T("announcements.html", "blog", ["pastor's corner", "serving like jesus"], "blog teaser"),
    T("announcements.html", "general_appeal", ["christmas offering"], "money for a Bible school"),
    T("ministries.html", "filled", ["youth soccer coach"], "FILLED"),
    T("ministries.html", "event", ["children's choir"], "practice schedule"),
    T("ministries.html", "hours", ["youth group"], "meeting time"),
    T("ministries.html", "event", ["men's breakfast"], ""),
    T("ministries.html", "service", ["food pantry shelf"], "offered to anyone"),
    T("kar/index.html", "hours", ["worship times"], ""),
    T("kar/index.html", "filled", ["choir robes"], "we have enough, do not bring more"),
    T("kar/index.html", "event", ["christmas program"], ""),
    T("bulletin-2025-11-16.pdf", "event", ["thanksgiving fellowship meal"], "the meal itself"),
    T("bulletin-2025-11-16.pdf", "filled", ["ushers"], "roles already assigned to named people"),
    T("bulletin-2025-11-16.pdf", "hours", ["wednesday prayer"], ""),
    T("bulletin-2025-11-16.pdf", "general_appeal", ["building fund"], "money progress, not goods"),
]
