"""Site 5: Karlstad Thoo Mweh Karen Fellowship (Baptist church). English + S'gaw Karen.
Need in the page footer (piano); Christmas sponsor-a-family cards (some ADOPTED, one partly
sponsored); Karen pages with English glosses; Karen news with a family story; English
two-column PDF bulletin; robots /deacons/."""
from util import N, T

SLUG = "karlstad-thoo-mweh-karen-fellowship"


WANTED = ("<p><b>Wanted for the youth room:</b> a used upright piano in playable condition. We can arrange "
          "pickup with a trailer &mdash; call Saw Eh Doh, 218-555-0152.</p>\n")


def page(lang, title, body, nav, wanted=""):
    return """<!DOCTYPE html>
<html lang="%s">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>%s</title>
<link rel="stylesheet" type="text/css" href="/css/church.css">
<style>
body{margin:0;font-family:Georgia,serif;background:#f7f4ee}
.nav{background:#2b3f6b;padding:9px 18px}.nav a{color:#fff;margin-right:18px;font-family:Verdana,sans-serif;font-size:14px}
.main{width:820px;margin:0 auto;background:#fff;padding:20px 30px}
.fam{border:1px solid #c8c0b0;padding:10px 14px;margin:10px 0;background:#fffdf8}
.stamp{float:right;font:bold 12px Verdana;color:#fff;background:#a33;padding:3px 8px;transform:rotate(4deg)}
.stamp.open{background:#2b7a3b}.stamp.part{background:#c98a00}
.foot{width:820px;margin:0 auto;font-size:13px;color:#555;padding:14px 30px;border-top:2px solid #2b3f6b}
</style>
</head>
<body>
<div class="nav">%s</div>
<div class="main">
%s
</div>
<div class="foot">
%s<p>Thoo Mweh Karen Baptist Fellowship &middot; 301 Park Ave, Karlstad, MN &middot; 218-555-0151 &middot; <a href="/deacons/">Deacons</a> &middot; <a href="/sermons/2024-11-03.htm">Latest sermon</a></p>
</div>
</body>
</html>
""" % (lang, title, nav, body, wanted)


NAV_EN = ('<a href="/">Home</a><a href="/ministries.html">Christmas Families</a>'
          '<a href="/kar/">ကညီ</a><a href="/kar/news.html">တၢ်ကစီၣ်</a><a href="/bulletin.pdf">Bulletin (PDF)</a>')
NAV_KAR = ('<a href="/">ခီၣ်ထံး</a><a href="/kar/">ကညီ</a><a href="/kar/news.html">တၢ်ကစီၣ်</a>'
           '<a href="/ministries.html">Christmas</a>')

INDEX = page("en", "Thoo Mweh Karen Baptist Fellowship", """
<h1>Thoo Mweh Karen Baptist Fellowship</h1>
<p>A church family of about 60 Karen households in Kittson County, worshiping in S'gaw Karen and English.</p>
<h2>Worship times</h2>
<p>Sunday worship 10:30 am (Karen), 1:00 pm youth service (English). Wednesday prayer 7 pm.</p>
<h2>Karen New Year</h2>
<p>Join us January 11 in the fellowship hall for the Karen New Year: don dance, bamboo dance, and a big lunch. Everyone welcome.</p>
<h2>Pastor's corner</h2>
<p><i>Why we sing in two languages</i> &mdash; Pastor Thaw reflects on 15 years in Karlstad. <a href="/kar/news.html">Read more</a></p>
<h2>Christmas Families</h2>
<p>Our Christmas sponsor list is up. <a href="/ministries.html">See the families</a>.</p>
""", NAV_EN, WANTED)

MINISTRIES = page("en", "Christmas Families", """
<h1>Christmas Families 2024</h1>
<p>Every December our church and friends in town sponsor newly arrived Karen families. Pick a family, buy from their list, and bring the gifts unwrapped.</p>
<div class="fam"><span class="stamp">ADOPTED</span>
<h3>The Htoo family</h3>
<p>Mom, dad and three kids (ages 2, 6 and 9). Winter boots, a slow cooker, bus passes.</p>
<p><i>Adopted by the Tuesday Bible class &#10004;</i></p></div>
<div class="fam"><span class="stamp open">NEEDS A SPONSOR</span>
<h3>The Eh Say family</h3>
<p>A grandmother raising two teenagers (14 and 16). Twin blankets, a rice cooker, teen winter coats (M and L).</p></div>
<div class="fam"><span class="stamp open">NEEDS A SPONSOR</span>
<h3>The Paw Wah family</h3>
<p>A young couple with a newborn. Diapers size 1, a stroller, warm sleepers (0&ndash;3 months).</p></div>
<div class="fam"><span class="stamp">ADOPTED</span>
<h3>The Ku family</h3>
<p>Dad and four kids. Adopted by the Olson family &mdash; thank you!</p></div>
<div class="fam"><span class="stamp part">PARTLY SPONSORED</span>
<h3>The Naw Blu family</h3>
<p>Mom and two kids. The kids' gifts are covered; we still need a winter coat, women's size XL, for mom.</p></div>
<h3>How to sponsor</h3>
<p>Email christmas@thoomweh.org with the family name. We will reply within two days to confirm.</p>
<p><b>Gift drop-off:</b> Sunday, December 15, 9 am&ndash;noon, fellowship hall.</p>
""", NAV_EN)

KAR = page("kar", "ကညီ", """
<h1>သူမွဲ ကညီခရံာ်ဖိ တၢ်အိၣ်ဖှိၣ်</h1>
<p>ပှၤမၤစၢၤ လိၣ်ဘၣ် (Volunteers needed). တၢ်ဘျုး ဒိၣ်ဒိၣ်!</p>
<h2>ဖိသၣ်တၢ်ကွဲးမၤစၢၤ (Homework helpers)</h2>
<p>ဖိသၣ်တဖၣ် လိၣ်ဘၣ် ပှၤမၤစၢၤ တၢ်ကွဲး. Tuesday ဒီး Thursday, 4&ndash;6 pm, တၢ်အိၣ်ဖှိၣ်ဟံၣ်.</p>
<h2>ပှၤနီၣ်သိလ့ၣ် (Drivers)</h2>
<p>ပှၤသးပှၢ်တဖၣ် လဲၤ တၢ်ဆါဟံၣ် (clinic) လိၣ်ဘၣ် ပှၤနီၣ်သိလ့ၣ်. Thief River Falls, Monday.</p>
<h2>ဘု (Rice for new families)</h2>
<p>ဟံၣ်ဖိဃီဖိသီ ၃ ဖျၢၣ် လိၣ်ဘၣ် ဘု. 50 lb bags. ဆှၢ တၢ်အိၣ်ဖှိၣ်ဟံၣ် မုၢ်ဒဲး (Sunday).</p>
<h2>ပှၤဖီတၢ်အီၣ် (Cooks for youth camp)</h2>
<p>ပှၤသၣ်စါ တၢ်အိၣ်ဖှိၣ် (youth camp) June 20&ndash;22. လိၣ်ဘၣ် ပှၤဖီတၢ်အီၣ် ၄ ဂၤ.</p>
<h2><s>ပှၤကွၢ်ထွဲဖိသၣ်</s> (Nursery helpers)</h2>
<p>ပှဲၤဝဲလံ (FULL). တၢ်ဘျုး!</p>
<h2>ဘါထုကဖၣ် (Worship)</h2>
<p>မုၢ်ဒဲး (Sunday) 10:30 am.</p>
""", NAV_KAR)

KARNEWS = page("kar", "တၢ်ကစီၣ်", """
<h1>တၢ်ကစီၣ် (News)</h1>
<h2>ဟံၣ်ဖိဃီဖိသီ (A new family)</h2>
<p>ဟံၣ်ဖိဃီဖိ စီၤမူ ဒီး ဖိ ၅ ဂၤ ဟဲထီၣ် Karlstad လၢ October. အဝဲသ့ၣ် တအိၣ်ဒီး လီၢ်မံ (beds) ဒီး ပီးလီဖီတၢ်အီၣ် (kitchen things). မ့ၢ်နမၤစၢၤ သ့ ကိး 218-555-0153.</p>
<h2>ခရံာ်အိၣ်ဖျဲၣ်မုၢ်နံၤ (Christmas program)</h2>
<p>December 22, 5 pm. ပှၤကညီ ပှၤကလံာ် ဟဲ ကသ့.</p>
<h2>တၢ်ဘျုး (Thank you)</h2>
<p>တၢ်ဘျုး လၢ ပှၤဟ့ၣ် ဆ့ၤကၤဂိၤ (winter clothes) 200 ဘ့ၣ်. ပှဲၤဝဲလံ.</p>
<h2>Why we sing in two languages</h2>
<p>Pastor Thaw: 15  နံၣ် လၢ Karlstad...</p>
""", NAV_KAR)

DEACONS = page("en", "Deacons", """
<h1>Deacons' notes (private)</h1>
<ul>
<li>Need a deacon to visit Naw Paw at the hospital on Thursdays.</li>
<li>Looking for someone to take over the church van schedule.</li>
<li>Volunteers to repaint the baptistry before Easter.</li>
</ul>
""", NAV_EN)

PAGES = {
    "index.html": INDEX,
    "ministries.html": MINISTRIES,
    "kar/index.html": KAR,
    "kar/news.html": KARNEWS,
    "deacons/index.html": DEACONS,
}

ROBOTS = """User-agent: *
Disallow: /deacons/
Disallow: /cgi-bin/
"""

PDFS = {
    "bulletin.pdf": ("Sunday bulletin", [
        ("title", "THOO MWEH KAREN BAPTIST FELLOWSHIP - SUNDAY BULLETIN"),
        ("p", "November 17, 2024"),
        ("gap", ""),
        ("cols", (
            [("h", "Van mechanic"),
             ("p", "Our 15-passenger church van needs its brakes looked at before winter. Is there a mechanic "
                   "who could give us one Saturday afternoon? We will buy the parts."),
             ("gap", ""),
             ("h", "Preschool Sunday school"),
             ("p", "We need one more teacher for the 3-5 year olds class, every other Sunday at 10:30. "
                   "Lesson plans are provided."),
             ("gap", ""),
             ("h", "Ushers"),
             ("p", "The usher schedule is full through December. Thank you!")],
            [("h", "Offering"),
             ("p", "Last Sunday: $1,842. Building fund: $23,610."),
             ("gap", ""),
             ("h", "Thanksgiving potluck"),
             ("p", "November 24 after worship. Bring a dish to share."),
             ("gap", ""),
             ("h", "Prayer requests"),
             ("p", "Please pray for Naw Htoo's surgery and for families still in the camps.")],
        )),
    ]),
}

NEEDS = [
    N("index.html", ["upright piano", "piano"], "donation", "en", layout="footer",
      note="'Wanted' line in the footer band of the home page only"),
    N("ministries.html", ["eh say family"], "donation", "en", layout="sponsor_a_family"),
    N("ministries.html", ["paw wah family"], "donation", "en", layout="sponsor_a_family"),
    N("ministries.html", ["naw blu family", "winter coat"], "donation", "en", layout="sponsor_a_family",
      note="PARTLY SPONSORED: kids covered, mom's coat still needed"),
    N("kar/index.html", ["ဖိသၣ်တၢ်ကွဲးမၤစၢၤ", "homework helpers"], "volunteer", "kar",
      layout="heading_gloss"),
    N("kar/index.html", ["ပှၤနီၣ်သိလ့ၣ်", "drivers"], "volunteer", "kar", layout="heading_gloss"),
    N("kar/index.html", ["rice for new families", "ဘု"], "donation", "kar", layout="heading_gloss"),
    N("kar/index.html", ["ပှၤဖီတၢ်အီၣ်", "cooks for youth camp"], "volunteer", "kar",
      layout="heading_gloss", note="volunteers for an event"),
    N("kar/news.html", ["လီၢ်မံ", "beds"], "donation", "kar", layout="story"),
    N("bulletin.pdf", ["van mechanic", "mechanic"], "skilled", "en", layout="pdf_two_column"),
    N("bulletin.pdf", ["preschool sunday school", "teacher for the 3-5"], "volunteer", "en",
      layout="pdf_two_column"),
]

TRAPS = [
    T("index.html", "hours", ["worship times"]),
    T("index.html", "event", ["karen new year"]),
    T("index.html", "blog", ["pastor's corner", "why we sing in two languages"]),
    T("index.html", "teaser", ["christmas families"]),
    T("ministries.html", "filled", ["htoo family"], "ADOPTED"),
    T("ministries.html", "filled", ["ku family"], "ADOPTED"),
    T("ministries.html", "how_to_apply", ["how to sponsor"]),
    T("ministries.html", "hours", ["gift drop-off"]),
    T("kar/index.html", "filled", ["ပှၤကွၢ်ထွဲဖိသၣ်", "nursery helpers"], "struck heading, FULL"),
    T("kar/index.html", "hours", ["ဘါထုကဖၣ်", "worship"]),
    T("kar/news.html", "event", ["christmas program"]),
    T("kar/news.html", "thanks", ["ဆ့ၤကၤဂိၤ", "winter clothes"]),
    T("kar/news.html", "blog", ["why we sing in two languages"]),
    T("bulletin.pdf", "filled", ["usher"], "schedule full"),
    T("bulletin.pdf", "recap", ["offering"]),
    T("bulletin.pdf", "event", ["thanksgiving potluck"]),
    T("bulletin.pdf", "general_appeal", ["building fund"]),
    T("bulletin.pdf", "general_appeal", ["prayer requests", "please pray"], "prayer requests, not a need"),
    T("deacons/index.html", "robots", ["visit naw paw"]),
    T("deacons/index.html", "robots", ["church van schedule"]),
    T("deacons/index.html", "robots", ["repaint the baptistry"]),
]
