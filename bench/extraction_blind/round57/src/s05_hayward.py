"""Hayward: Karen Baptist fellowship (hand-written HTML). English pages, one S'gaw Karen page with
English glosses, English PDF bulletin."""
from common import need, trap, robots

SLUG = "hayward-karen-baptist-fellowship"
ROBOTS = robots("/leaders/", "User-agent: GPTBot\nDisallow: /\n\n")


def shell(title, body, lang="en"):
    return """<!doctype html>
<html lang="%s">
<head>
<meta charset="utf-8">
<title>%s</title>
<link rel="stylesheet" href="/style.css">
</head>
<body>
<div id="wrap">
<div id="top"><a href="/"><b>Hayward Karen Baptist Fellowship</b></a> <span class="kar">ဘ့ၣ်တၢ်ဘါ ထံဘျၢ</span></div>
<div id="menu">
<a href="/">Home</a> |
<a href="/volunteer.html">Serve</a> |
<a href="/karen.html">ကညီ (Karen)</a> |
<a href="/news.html">News</a> |
<a href="/bulletin.pdf">Bulletin</a> |
<a href="/sermons/2024/">Sermons</a>
</div>
<div id="content">
%s
</div>
<div id="foot">
Hayward Karen Baptist Fellowship &middot; 505 Church St, Hayward, MN 56043 &middot; (507) 555-0154 &middot; office@hkbfellowship.org<br>
<a href="/leaders/">Leaders</a>
</div>
</div>
</body>
</html>
""" % (lang, title, body)


INDEX = shell("Hayward Karen Baptist Fellowship", """
<h1>Welcome</h1>
<p>We are a Karen-speaking congregation that has met in the old Hayward Lutheran building since 2014. English-speaking visitors are always welcome; there is a translation headset at the door.</p>
<h2>Worship times</h2>
<p>Sunday service 1:00 PM (Karen) &middot; 3:00 PM (English and Karen together)</p>
<h2>Karen New Year</h2>
<p>Join us Saturday, January 11 for Karen New Year: don dance, bamboo dance, traditional food and the youth choir. Free and open to all.</p>
<h2>Roof fund</h2>
<p>Our roof leaks in three places. Give to the roof fund through the offering plate or by check to the church.</p>
<h2>Help for new arrivals</h2>
<p>Our welcome team helps newly arrived families sign up for Social Security cards, bus passes and school.</p>
""")

VOLUNTEER = shell("Serve", """
<h1>Serve with us</h1>
<h2>Sunday lunch team</h2>
<p>Everyone eats together after the 1:00 service. Sign up on the sheet in the kitchen or call Naw Paw.</p>
<table border="1" cellpadding="5">
<tr><th>Job</th><th>How many</th><th>Signed up</th><th>Status</th></tr>
<tr><td>Rice cooking crew (11:00 AM)</td><td>4</td><td>Naw Paw, Saw Htoo</td><td>2 more needed</td></tr>
<tr><td>Dishwashing</td><td>3</td><td>Saw Ler, Naw Mu, Saw Kaw</td><td><b>FULL</b></td></tr>
<tr><td>Parking lot helper</td><td>2</td><td>&ndash;</td><td><i>Not needed until November</i></td></tr>
</table>
<h2>Other ways to help</h2>
<h3>ESL tutors for adults</h3>
<p>Wednesday evenings 6:30&ndash;8:00 in the fellowship hall. Teach beginning English to parents and grandparents. Fluent English required; no Karen needed.</p>
<h3>Karen&ndash;English interpreter for clinic visits</h3>
<p>Go with elders to their appointments at the county clinic and interpret for them. You must speak S'gaw Karen and English well.</p>
<h3>Youth pastor (part-time, salaried)</h3>
<p>The church board is hiring: 20 hours a week. Ask Pastor Paw Htoo for the job description.</p>
""")

KAREN = shell("တၢ်မၤစၢၤ", """
<h1>တၢ်မၤစၢၤ <small>(Ways to help)</small></h1>
<p>ပှၤမၤစၢၤဖိ လိၣ်ဘၣ်ဝဲ. <i>We need helpers.</i> (507) 555-0154</p>

<h2>ပှၤနီၣ်သိလ့ၣ် လၢ ပှၤသးပှၢ်တဖၣ် <small>(Drivers for elders)</small></h2>
<p>ပှၤသးပှၢ်တဖၣ် လိၣ်ဘၣ် ပှၤဆှၢလဲၤ အီၤလၢ ဟံၣ်ကွၢ်ဆါ. <br><i>Elders need rides to the clinic and to the pharmacy on weekdays. Use your own car; the church pays for gas.</i></p>

<h2>တၢ်ဖီတၢ်ဖိၣ် ပီးလီ လၢ ဟံၣ်ဖိဃီဖိ အသီ <small>(Kitchen items for new families)</small></h2>
<ul>
<li>rice cooker</li>
<li>pots and pans</li>
<li>plates, bowls, spoons</li>
</ul>

<h2><s>လံာ်စီဆှံ</s> <small>(Karen Bibles)</small></h2>
<p>လၢာ်ဝဲဒၣ်လံ. တၢ်ဘျုး. <i>We have enough now, thank you.</i></p>

<h2>ကီၢ်စုကီၢ်ခီၣ်မုၢ်နံၤ <small>(Wrist-tying day)</small></h2>
<p>August 16, 10:00 AM. <i>Everyone welcome.</i></p>
""", lang="kar")

NEWS = shell("News", """
<h1>Church News</h1>
<h2>Pastor's corner: "Strangers no more"</h2>
<p>Pastor Paw Htoo's Easter message on welcoming the newcomer. <a href="#easter">Continue reading</a></p>

<h2>The Htoo Meh family needs a few things</h2>
<p>Saw Htoo Meh, his wife Naw Ree and their four children arrived from the Mae La camp in December. The apartment came with nothing but a fridge. The children share one mattress on the floor. They need a bunk bed or two twin beds, a kitchen table, and a crib for the baby who is due in May. Talk to Deacon Saw Kweh if you can help.</p>

<h2>Deacons' meeting notes</h2>
<p>The van is running again &mdash; thank you Saw Eh Doh for replacing the alternator, so we no longer need a mechanic. The garden committee is seeking two or three people to help till and plant the community garden plots behind the church in May; see Naw Paw. The deacons also set the date for the church picnic (June 21).</p>

<h2>Thank you</h2>
<p>Our Christmas drive gave 35 boxes of food and blankets to families in the Oak Street apartments.</p>
""")

LEADERS = shell("Leaders", """
<h1>Leaders' page (internal)</h1>
<ul>
<li>Need 2 volunteers to audit the church books in January.</li>
<li>Ask someone to donate a projector for the sanctuary.</li>
<li>Deacon candidates to be named at the May meeting.</li>
</ul>
""")

PAGES = {
    "index.html": INDEX,
    "volunteer.html": VOLUNTEER,
    "karen.html": KAREN,
    "news.html": NEWS,
    "leaders/index.html": LEADERS,
}

PDFS = {
    "bulletin.pdf": ("Sunday Bulletin - Hayward Karen Baptist Fellowship", [
        ("title", "Sunday Bulletin"),
        ("p", "Hayward Karen Baptist Fellowship - 505 Church St - (507) 555-0154"),
        ("h", "Order of worship"),
        ("p", "Call to worship - Hymn 112 - Scripture: Ruth 2:1-12 - Sermon: \"Gleaning\" - Offering - Benediction"),
        ("h", "This week"),
        ("p", "Youth camp registration is open for July 21-25. Forms are at the back table; $40 per child."),
        ("p", "To request a ride to church or to an appointment, call the church office by Friday noon."),
        ("h", "Needs"),
        ("p", "Nursery volunteers for the 1:00 PM service: we need one more adult each Sunday to sit with the "
              "babies. Sign up on the back table."),
        ("p", "Food closet: we are out of fish paste, cooking oil and dried chili. Please bring them to the "
              "kitchen on Sunday."),
    ]),
}

NEEDS = [
    need("volunteer.html", ["rice cooking crew"], "volunteer", "en", [], "shift_table", "2 more needed"),
    need("volunteer.html", ["esl tutors"], "skilled", "en", ["en"], "heading_paragraph"),
    need("volunteer.html", ["interpreter for clinic visits"], "skilled", "en", ["kar", "en"], "heading_paragraph"),
    need("karen.html", ["drivers for elders", "ပှၤနီၣ်သိလ့ၣ်"], "volunteer", "kar", [], "heading_paragraph",
         "Karen heading with English gloss"),
    need("karen.html", ["kitchen items for new families", "ပီးလီ"], "donation", "kar", [], "wish_list",
         "Karen heading with English gloss"),
    need("news.html", ["bunk bed", "kitchen table"], "donation", "en", [], "story", "Htoo Meh family"),
    need("news.html", ["community garden"], "volunteer", "en", [], "minutes", "'seeking two or three people'"),
    need("bulletin.pdf", ["nursery volunteers"], "volunteer", "en", [], "pdf"),
    need("bulletin.pdf", ["food closet", "fish paste"], "donation", "en", [], "pdf", "'we are out of'"),
]

TRAPS = [
    trap("index.html", "hours", ["worship times"]),
    trap("index.html", "event", ["karen new year"]),
    trap("index.html", "general_appeal", ["roof fund"]),
    trap("index.html", "service", ["welcome team"]),
    trap("volunteer.html", "filled", ["dishwashing"], "FULL"),
    trap("volunteer.html", "filled", ["parking lot helper"], "not needed until November"),
    trap("volunteer.html", "job", ["youth pastor"]),
    trap("karen.html", "filled", ["karen bibles"], "struck, 'we have enough now'"),
    trap("karen.html", "event", ["wrist-tying"]),
    trap("news.html", "blog", ["strangers no more"]),
    trap("news.html", "filled", ["mechanic"], "'we no longer need a mechanic'"),
    trap("news.html", "event", ["church picnic"]),
    trap("news.html", "recap", ["35 boxes"]),
    trap("bulletin.pdf", "event", ["youth camp"]),
    trap("bulletin.pdf", "how_to_apply", ["request a ride"]),
    trap("leaders/index.html", "robots", ["audit the church books"]),
    trap("leaders/index.html", "robots", ["projector"]),
    trap("leaders/index.html", "robots", ["deacon candidates"]),
]
