"""East Bethel, MN: Hmong Family Alliance. English home page; Hmong volunteer table with
needed/have counts and a status column (one need per open row) plus a "peb tseem nrhiav" paragraph;
Hmong donation page with a table wish list and a seed list inside a paragraph; English garden FAQ
accordion (<details>) where two answers hold needs; English PDF newsletter with a buried ask;
robots /thawj-coj/."""
from common import need, trap

SLUG = "east-bethel-hmong-family-alliance"


def page(lang, title, body):
    return """<!DOCTYPE html>
<html lang="%s">
<head>
<meta charset="UTF-8">
<title>%s</title>
<link rel="stylesheet" href="/static/hfa.css">
</head>
<body>
<div id="page">
<div id="masthead">
<p class="site-title"><a href="/index.html">Hmong Family Alliance of East Bethel</a></p>
<p class="tagline">Koom Haum Tsev Neeg Hmoob</p>
</div>
<div id="menu">
<a href="/index.html">Home</a> |
<a href="/pab-dawb.html">Pab dawb</a> |
<a href="/khoom-pub.html">Khoom pub</a> |
<a href="/garden.html">Garden</a> |
<a href="/newsletter/spring-2025.pdf">Newsletter</a> |
<a href="/duab/xyoo-tshiab-2024.html">Duab</a>
</div>
<div id="content">
%s
</div>
<div id="footer">
<p>Hmong Family Alliance · 1840 Viking Blvd NE, East Bethel, MN 55011 · (763) 555-0167 ·
<a href="mailto:office@hfa-eastbethel.org">office@hfa-eastbethel.org</a></p>
<p><a href="/thawj-coj/">Thawj coj (board)</a></p>
</div>
</div>
</body>
</html>
""" % (lang, title, body)


INDEX = page("en", "Hmong Family Alliance of East Bethel", """
<h1>Nyob zoo! Welcome.</h1>
<p>The Hmong Family Alliance brings together Hmong families in East Bethel, Oak Grove and the
northern Anoka County farms. We are run by volunteers and a part-time director.</p>

<div class="two">
<div>
<h2>When we're open</h2>
<p>Tuesday–Saturday, 9 am – 4 pm. Elders' lunch at noon on Tuesday and Thursday.</p>
</div>
<div>
<h2>Programs</h2>
<ul>
<li>Elder lunch program with exercise and blood-pressure checks</li>
<li>Hmong language and paj ntaub classes for youth</li>
<li>Help reading mail and bills for elders</li>
</ul>
</div>
</div>

<h2>Hmong New Year 2025</h2>
<p>Saturday, November 29, at the Cedar Creek school gym. Ball tossing, qeej, food stands. Free
entry.</p>

<h2>Meet our director</h2>
<p>Pa Nhia Thao grew up on a vegetable farm in Ham Lake and joined the Alliance in 2018. She
speaks Hmong, English and a little Lao.</p>

<h2>Become a member</h2>
<p>Membership is $20 per family per year and helps pay the rent on our hall.</p>
""")

PAB_DAWB = page("hmn", "Pab dawb – Hmong Family Alliance", """
<h1>Peb xav tau neeg pab dawb</h1>
<p>Saib lub rooj hauv qab no. Yog koj xav pab, hu rau Nkauj Yeej ntawm (763) 555-0167.</p>

<table class="shifts">
<thead>
<tr><th>Txoj hauj lwm</th><th>Hnub</th><th>Xav tau</th><th>Twb muaj</th><th>Xwm txheej</th></tr>
</thead>
<tbody>
<tr><td>Tsav tsheb coj cov laus mus ntsib kws kho mob</td><td>Monday, Wednesday</td><td>3</td><td>1</td><td>Tseem xav tau 2 leeg</td></tr>
<tr><td>Ua zaub mov su rau cov laus</td><td>Tuesday, Thursday</td><td>4</td><td>4</td><td><b>Puv lawm</b></td></tr>
<tr><td>Pab menyuam ua homework</td><td>Monday – Thursday</td><td>3</td><td>0</td><td>Tseem xav tau 3 leeg</td></tr>
<tr><td>Txhais lus Hmoob–Askiv ntawm tsev kho mob</td><td>Raws li teem sij hawm</td><td>2</td><td>0</td><td>Tseem xav tau 2 leeg</td></tr>
<tr><td>Ntxuav lub tsev tom qab noj mov</td><td>Friday</td><td>2</td><td>2</td><td>Twb txaus lawm</td></tr>
</tbody>
</table>

<h2>Lwm yam</h2>
<p>Peb tseem nrhiav ib tug kws ntoo los kho peb lub rooj muag zaub ntawm tshav ua lag luam. Peb
yuav yuav cov ntoo thiab ntsia hlau; peb tsuas xav tau ib tug neeg uas paub ua xwb.</p>
""")

KHOOM_PUB = page("hmn", "Khoom pub – Hmong Family Alliance", """
<h1>Khoom pub dawb</h1>

<h2>Cov khoom peb xav tau rau lub caij ntuj no</h2>
<table class="wish">
<tr><th>Khoom</th><th>Pes tsawg</th></tr>
<tr><td>Tsho tiv no rau menyuam</td><td>30</td></tr>
<tr><td>Kaus mom thiab hnab looj tes</td><td>40</td></tr>
<tr><td>Khau caij ntuj no (boots)</td><td>20 khub</td></tr>
</table>

<h2>Rau lub vaj zaub</h2>
<p>Lub caij nplooj ntoos hlav no peb xav tau noob zaub: noob taub, noob dib, noob zaub ntsuab thiab
noob kua txob. Muab tso rau hauv lub thawv ntawm lub qhov rooj.</p>

<h2><del>Pam vov rau cov laus</del></h2>
<p>Peb tau txais ntau txaus lawm. Thov tsis txhob xa tuaj ntxiv. Ua tsaug!</p>

<h2>Xyoo tas los</h2>
<p>Xyoo 2024 peb faib tau 90 lub hnab khoom noj rau cov tsev neeg thaum Hmong New Year.</p>

<h2>Qiv peb tej khoom</h2>
<p>Peb muaj 10 lub rooj thiab 60 lub rooj zaum uas lwm pab pawg qiv tau. Hu rau peb.</p>
""")

GARDEN = page("en", "Community Garden – Hmong Family Alliance", """
<h1>Cedar Creek Community Garden</h1>
<p>Forty plots behind the hall, farmed mostly by elders. Questions we hear a lot:</p>

<details>
<summary>How do I get a plot?</summary>
<p>Plots are $15 a season. Fill out a plot application at the center in March; returning
gardeners get first pick.</p>
</details>

<details>
<summary>Do you need volunteers?</summary>
<p>Yes. We are short on people who can run a rear-tine tiller on Saturday mornings in early May.
If you have used one before, please call Tou at the center.</p>
</details>

<details>
<summary>Is the irrigation crew still looking for people?</summary>
<p>No — the irrigation crew is full for this season. Thank you to everyone who signed up!</p>
</details>

<details>
<summary>When is the farm stand open?</summary>
<p>Saturdays 8 am to noon, July through September, in the front parking lot.</p>
</details>

<details>
<summary>Can I get vegetables if I can't garden?</summary>
<p>Yes. Elders in our lunch program get a free produce box every Thursday in August.</p>
</details>

<details>
<summary>Can I donate tools?</summary>
<p>Please do. We are looking for hand tools — hoes, garden rakes and kneeling pads. Leave them by
the green shed.</p>
</details>
""")

THAWJ_COJ = page("hmn", "Thawj coj – Hmong Family Alliance", """
<h1>Rau cov thawj coj xwb</h1>
<p>Daim ntawv no yog rau pawg thawj coj xwb.</p>
<ul>
<li>Xav tau neeg pleev xim rau chav noj mov ua ntej lub rau hli.</li>
<li>Xav tau ib lub tub yees loj rau chav ua noj.</li>
<li>Nrhiav ib tug neeg kho lub computer hauv chaw ua hauj lwm.</li>
</ul>
""")

PAGES = {
    "index.html": INDEX,
    "pab-dawb.html": PAB_DAWB,
    "khoom-pub.html": KHOOM_PUB,
    "garden.html": GARDEN,
    "thawj-coj/index.html": THAWJ_COJ,
}

ROBOTS = "User-agent: Googlebot\nDisallow: /tmp/\n\nUser-agent: *\nDisallow: /thawj-coj/\nDisallow: /tmp/\n"

PDFS = {
    "newsletter/spring-2025.pdf": ("HFA Spring Newsletter 2025", [
        ("title", "Hmong Family Alliance - Spring Newsletter 2025"),
        ("p", "1840 Viking Blvd NE, East Bethel, MN 55011 - (763) 555-0167"),
        ("gap", ""),
        ("h", "From the director"),
        ("p", "Nyob zoo tsev neeg! It has been a long winter, and the garden plots are still under "
              "snow as I write this. Thank you for another year of showing up for each other."),
        ("h", "Hmong New Year look-back"),
        ("p", "Our New Year drew about 1,100 guests to the Cedar Creek gym, and the youth dance team "
              "won second place in Saint Paul two weeks later."),
        ("h", "Treasurer's corner"),
        ("p", "Our treasurer, Mai Lee, is closing the books for 2024 and filing our state report. "
              "We would be grateful for a volunteer who knows QuickBooks to sit with her for a few "
              "evenings in April and help set up the new chart of accounts. Call the office if you "
              "can help."),
        ("h", "Spring planting day"),
        ("p", "Saturday, May 17, 9 am. Bring gloves. Lunch is on us."),
        ("h", "Membership dues"),
        ("p", "Membership dues for 2025 are $20 per family. You can pay at the front desk."),
    ]),
}

NEEDS = [
    need("pab-dawb.html", ["tsav tsheb"], "volunteer", "hmn", layout="shift_table",
         note="3 needed, 1 have: open"),
    need("pab-dawb.html", ["pab menyuam ua homework"], "volunteer", "hmn", layout="shift_table"),
    need("pab-dawb.html", ["txhais lus"], "skilled", "hmn", ["hmn", "en"], layout="shift_table"),
    need("pab-dawb.html", ["kws ntoo"], "skilled", "hmn", layout="seeking",
         note="'Peb tseem nrhiav ib tug kws ntoo' (we are still seeking a carpenter)"),
    need("khoom-pub.html", ["tsho tiv no", "hnab looj tes", "cov khoom peb xav tau"], "donation", "hmn",
         layout="wish_list_table", note="ONE need: a two-column item table"),
    need("khoom-pub.html", ["noob zaub"], "donation", "hmn", layout="wish_list_paragraph",
         note="seed list inside a sentence"),
    need("garden.html", ["tiller"], "volunteer", "en", layout="faq_answer",
         note="'We are short on people who can run a rear-tine tiller'"),
    need("garden.html", ["hand tools", "kneeling pads"], "donation", "en", layout="faq_answer"),
    need("newsletter/spring-2025.pdf", ["quickbooks"], "skilled", "en", layout="pdf",
         note="buried in the Treasurer's corner section"),
]

TRAPS = [
    trap("index.html", "hours", ["when we're open"]),
    trap("index.html", "service", ["elder lunch program", "help reading mail"]),
    trap("index.html", "event", ["hmong new year 2025"]),
    trap("index.html", "bio", ["meet our director", "pa nhia thao"]),
    trap("index.html", "general_appeal", ["become a member"]),
    trap("pab-dawb.html", "filled", ["ua zaub mov su"], note="4 of 4, 'Puv lawm'"),
    trap("pab-dawb.html", "filled", ["ntxuav lub tsev"], note="2 of 2, 'Twb txaus lawm'"),
    trap("khoom-pub.html", "filled", ["pam vov"], note="<del> heading + 'ntau txaus lawm'"),
    trap("khoom-pub.html", "recap", ["90 lub hnab"]),
    trap("khoom-pub.html", "offer", ["qiv peb tej khoom", "rooj zaum"]),
    trap("garden.html", "how_to_apply", ["plot application"]),
    trap("garden.html", "filled", ["irrigation crew"]),
    trap("garden.html", "hours", ["farm stand"]),
    trap("garden.html", "service", ["produce box"]),
    trap("newsletter/spring-2025.pdf", "recap", ["1,100 guests"]),
    trap("newsletter/spring-2025.pdf", "event", ["spring planting day"]),
    trap("newsletter/spring-2025.pdf", "general_appeal", ["membership dues"]),
    trap("thawj-coj/index.html", "robots", ["pleev xim"]),
    trap("thawj-coj/index.html", "robots", ["tub yees"]),
    trap("thawj-coj/index.html", "robots", ["kho lub computer"]),
]
