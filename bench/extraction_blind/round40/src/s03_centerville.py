"""Sib Pab Hmong Families, Centerville: Weebly-style site (en + hmn), role cards with mixed title markup, Hmong news, Hmong PDF newsletter."""
from common import need, trap

SLUG = "centerville-sib-pab-hmong-families"

ROBOTS = """User-agent: Googlebot
Disallow: /uploads/old/

User-agent: *
Disallow: /pawg-thawj/
"""


def shell(lang, title, body, p=""):
    return """<!DOCTYPE html>
<html lang="%(lang)s">
<head>
<meta charset="utf-8">
<title>%(title)s - Sib Pab Hmong Families</title>
<link rel="stylesheet" href="%(p)sfiles/main_style.css" title="wsite-theme-css">
</head>
<body class="header-page wsite-page-index">
<div class="wsite-header">
 <span class="wsite-logo"><a href="%(p)sindex.html"><span id="wsite-title">Sib Pab Hmong Families</span></a></span>
 <ul class="wsite-menu-default">
  <li id="pg1"><a href="%(p)sindex.html">Home</a></li>
  <li id="pg2"><a href="%(p)svolunteer.html">Volunteer</a></li>
  <li id="pg3"><a href="%(p)shmn/index.html">Hmoob</a></li>
  <li id="pg4"><a href="%(p)shmn/xov-xwm.html">Xov Xwm</a></li>
 </ul>
</div>
<div id="wsite-content" class="wsite-elements wsite-not-footer">
%(body)s
</div>
<div class="wsite-footer">
 <div class="paragraph">Sib Pab Hmong Families &bull; 7030 Centerville Road, Centerville, MN 55038 &bull; 651-555-0139<br>
 <a href="%(p)stsab-ntawv-xov-xwm.pdf">Tsab ntawv xov xwm (PDF)</a> &bull; <a href="%(p)spawg-thawj/index.html">Pawg Thawj Coj</a></div>
</div>
</body>
</html>
""" % {"lang": lang, "title": title, "body": body, "p": p}


INDEX = shell("en", "Home", """
<div class="wsite-section-wrap"><div class="wsite-section-content">
<h2 class="wsite-content-title">Neighbors helping neighbors &mdash; <em>sib pab</em></h2>
<div class="paragraph">Sib Pab Hmong Families started in a garage in 2011 and now serves about 300 Hmong families in
Centerville, Lino Lakes and Hugo.</div>
</div></div>
<div class="wsite-section-wrap"><div class="wsite-section-content">
<h2 class="wsite-content-title">Elders Lunch</h2>
<div class="paragraph">Every Wednesday at noon we serve a hot Hmong lunch for elders 60 and over, with blood pressure
checks by a visiting nurse. Rides are available.</div>
<h2 class="wsite-content-title">Office hours</h2>
<div class="paragraph">Monday&ndash;Friday, 9:00&ndash;4:00. Evenings by appointment.</div>
<h2 class="wsite-content-title">Hmong New Year 2025</h2>
<div class="paragraph">Join us November 29 at Centennial High School for dancing, ball tossing, food and the
qeej competition. Admission $5, kids free. <a href="photos/ncaa-pob-2024.html">Last year&rsquo;s photos</a></div>
<h2 class="wsite-content-title">Become a sustaining member</h2>
<div class="paragraph">$15 a month keeps the lights on. <a href="https://pay.example-donate.org/sibpab">Give monthly</a></div>
</div></div>
""")

VOLUNTEER = shell("en", "Volunteer", """
<div class="wsite-section-wrap"><div class="wsite-section-content">
<h2 class="wsite-content-title">Volunteer openings</h2>
<div class="paragraph">Updated June 2025. Call Mai Yer at 651-555-0139 for any of these.</div>
<div class="wsite-multicol"><div class="wsite-multicol-table-wrap">
 <div class="wsite-multicol-col">
  <article class="role-card">
   <h3><span class="icon">&#127793;</span> Community <em>Garden</em> Crew</h3>
   <div class="paragraph">Our 40 family plots behind the center need help with watering, weeding paths and the
   compost pile. Tuesday and Saturday mornings, any week you can.</div>
  </article>
 </div>
 <div class="wsite-multicol-col">
  <article class="role-card">
   <div class="role-name"><b>Medical interpreter</b> (Hmong &ndash; English)</div>
   <div class="paragraph">Go with elders to clinic visits in Blaine and Coon Rapids and interpret between the
   elder and the doctor. You must be fluent in both Hmong and English; medical terms training provided.</div>
  </article>
 </div>
 <div class="wsite-multicol-col">
  <article class="role-card">
   <p class="role-name"><a href="#homework">Homework help</a> for grades 3&ndash;6</p>
   <div class="paragraph">Mondays and Wednesdays 3:30&ndash;5:00. Many of our kids speak Hmong at home; you do not
   need to speak Hmong to help with reading and math.</div>
  </article>
 </div>
 <div class="wsite-multicol-col">
  <article class="role-card">
   <h3>Paj ntaub teacher <span class="badge badge-filled">FILLED</span></h3>
   <div class="paragraph">Our Saturday story-cloth class is led by Niam Tais Yia this year. Thank you!</div>
  </article>
 </div>
 <div class="wsite-multicol-col">
  <article class="role-card">
   <h3>Photographer for Hmong New Year</h3>
   <div class="paragraph">Bring your own camera and capture the day for our newsletter and grant reports. Some
   experience with event photography please.</div>
  </article>
 </div>
 <div class="wsite-multicol-col">
  <article class="role-card job">
   <h3>Van Driver (staff)</h3>
   <div class="paragraph">Paid position, $20/hour, 25 hours a week. Needs a clean driving record and a CDL with
   passenger endorsement.</div>
  </article>
 </div>
</div></div>
</div></div>
""")

HMN_INDEX = shell("hmn", "Hmoob", """
<div class="wsite-section-wrap"><div class="wsite-section-content">
<h2 class="wsite-content-title">Nyob zoo! Zoo siab txais tos</h2>
<div class="paragraph">Sib Pab Hmong Families yog ib lub koom haum pab tsev neeg Hmoob nyob Centerville, Lino Lakes thiab Hugo.</div>

<h2 class="wsite-content-title">Lub chaw qhib</h2>
<div class="paragraph">Monday txog Friday, 9 teev sawv ntxov txog 4 teev tsaus ntuj.</div>

<h2 class="wsite-content-title">Chav kawm lus Askiv dawb</h2>
<div class="paragraph">Peb muaj chav kawm lus Askiv dawb rau cov niam txiv, hnub Tuesday thiab Thursday yav tsaus ntuj,
6 teev txog 8 teev.</div>

<h2 class="wsite-content-title">Peb xav tau neeg pab</h2>
<h3>Neeg pab ua noj rau cov laus</h3>
<div class="paragraph">Txhua hnub Wednesday peb ua su rau 40 tus laus. Peb xav tau 3 leeg neeg pab ua noj thiab ntxuav
tais diav, 9 teev sawv ntxov txog 1 teev tav su.</div>

<h3><s>Neeg tsav tsheb coj cov laus mus kuaj mob</s></h3>
<div class="paragraph">Puv lawm, ua tsaug! Peb twb muaj neeg txaus rau lub caij ntuj sov no.</div>

<h2 class="wsite-content-title">Khoom peb xav tau</h2>
<ul>
 <li>Hnab mov 25 phaus</li>
 <li>Roj (cooking oil)</li>
 <li>Ntsev thiab kua txob</li>
 <li>Ntawv so tes (paper towels)</li>
</ul>
<div class="paragraph">Coj tuaj rau lub chaw thaum qhib. Ua tsaug ntau!</div>
</div></div>
""", p="../")

HMN_NEWS = shell("hmn", "Xov Xwm", """
<div class="wsite-section-wrap"><div class="wsite-section-content">
<h2 class="wsite-content-title">Xov Xwm</h2>

<div class="blog-post">
<h2 class="blog-title">Tsev neeg Lis xav tau kev pab</h2>
<p class="blog-date">Lub Rau Hli 10, 2025</p>
<div class="paragraph">Tsev neeg Lis muaj 6 tus menyuam. Txiv raug mob nraub qaum tom hauj lwm thiab tsis tau ua hauj lwm
tau 3 lub hlis lawm. Lawv lub tshuab ntxhua khaub ncaws puas lawm, niam yuav tsum ntxhua tes txhua hmo. Yog leej twg
muaj ib lub tshuab ntxhua khaub ncaws uas tseem siv tau zoo, thov hu rau Mai Yer ntawm 651-555-0139. Peb yuav nrhiav
neeg pab thauj.</div>
</div>

<div class="blog-post">
<h2 class="blog-title">Noj Peb Caug 2024: ua tsaug</h2>
<div class="paragraph">Ua tsaug rau txhua tus uas tuaj koom. Muaj ntau tshaj 2,000 leej tuaj thiab 60 tus neeg pab dawb.</div>
</div>

<div class="blog-post">
<h2 class="blog-title">Kev sib tw ncaws pob</h2>
<div class="paragraph">Hnub Friday, Lub Xya Hli 18, tuaj saib cov hluas ncaws pob ntawm Laurie LeMieux Park. Muaj zaub mov muag.</div>
</div>

<div class="blog-post teaser">
<h2 class="blog-title"><a href="xov-xwm.html#laus">Nyeem ntxiv: Vim li cas peb cov laus thiaj nyob ib leeg</a></h2>
</div>
</div></div>
""", p="../")

BOARD = shell("hmn", "Pawg Thawj Coj", """
<div class="wsite-section-wrap"><div class="wsite-section-content">
<h2 class="wsite-content-title">Pawg Thawj Coj &mdash; tsuas yog rau cov tswv cuab</h2>
<ul>
 <li>Nrhiav ib tug tuav nyiaj tshiab (treasurer)</li>
 <li>Xav tau rooj thiab rooj zaum rau lub rooj sib tham txhua xyoo</li>
 <li>Nrhiav neeg pab sau ntawv thov nyiaj (grant)</li>
</ul>
</div></div>
""", p="../")

PAGES = {
    "index.html": INDEX,
    "volunteer.html": VOLUNTEER,
    "hmn/index.html": HMN_INDEX,
    "hmn/xov-xwm.html": HMN_NEWS,
    "pawg-thawj/index.html": BOARD,
}

PDFS = {
    "tsab-ntawv-xov-xwm.pdf": ("Tsab Ntawv Xov Xwm - Lub Caij Ntuj Sov 2025", [
        ("title", "Sib Pab Hmong Families - Tsab Ntawv Xov Xwm"),
        ("p", "Lub Caij Ntuj Sov 2025"),
        ("gap", ""),
        ("h", "Lus los ntawm tus thawj coj"),
        ("p", "Nyob zoo txhua tus. Xyoo no peb tau pab ntau tshaj 300 tsev neeg. Peb lub chaw muaj 6 lub computer rau "
              "cov menyuam kawm ntawv, tab sis 3 lub qeeb heev thiab ib lub tsis qhib li lawm. Peb tab tom nrhiav ib tug "
              "neeg paub kho computer tuaj pab saib ib hnub Saturday. Yog koj paub, thov hu rau Tou ntawm 651-555-0139."),
        ("p", "Peb twb tau neeg qhia qeej lawm, ua tsaug ntau rau Txiv Xaiv Nom."),
        ("gap", ""),
        ("h", "Noj Peb Caug 2025"),
        ("p", "Noj Peb Caug 2025 yuav muaj rau hnub Saturday, Lub Kaum Ib Hlis 29, ntawm Centennial High School."),
        ("gap", ""),
        ("h", "Kev pab nrog SNAP"),
        ("p", "Yog koj xav tau kev pab sau daim ntawv thov SNAP los yog MinnesotaCare, hu rau peb lub chaw los teem "
              "sij hawm. Nqa koj daim ID thiab koj cov ntawv nyiaj hli tuaj."),
    ]),
}

NEEDS = [
    need("volunteer.html", ["garden crew"], "volunteer", "en", layout="role_cards",
         note="h3 with icon span and <em> inside the title"),
    need("volunteer.html", ["medical interpreter"], "skilled", "en", ["hmn", "en"], layout="role_cards",
         note="title in div>b"),
    need("volunteer.html", ["homework help"], "volunteer", "en", layout="role_cards",
         note="title in p>a; Hmong not required"),
    need("volunteer.html", ["photographer"], "skilled", "en", layout="role_cards"),
    need("hmn/index.html", ["ua noj"], "volunteer", "hmn", layout="heading_paragraph",
         note="kitchen helpers for the elders' lunch"),
    need("hmn/index.html", ["khoom peb xav tau", "hnab mov"], "donation", "hmn", layout="wish_list"),
    need("hmn/xov-xwm.html", ["tshuab ntxhua khaub ncaws"], "donation", "hmn", layout="story",
         note="family story: washing machine"),
    need("tsab-ntawv-xov-xwm.pdf", ["kho computer"], "skilled", "hmn", layout="pdf",
         note="computer repair, buried in the director's letter"),
]

TRAPS = [
    trap("index.html", "service", ["elders lunch"]),
    trap("index.html", "hours", ["office hours"]),
    trap("index.html", "event", ["hmong new year 2025"]),
    trap("index.html", "general_appeal", ["sustaining member"]),
    trap("volunteer.html", "filled", ["paj ntaub teacher"], note="FILLED badge"),
    trap("volunteer.html", "job", ["van driver"]),
    trap("hmn/index.html", "hours", ["lub chaw qhib"]),
    trap("hmn/index.html", "service", ["chav kawm lus askiv dawb"]),
    trap("hmn/index.html", "filled", ["neeg tsav tsheb"], note="struck through + 'Puv lawm'"),
    trap("hmn/xov-xwm.html", "recap", ["noj peb caug 2024"]),
    trap("hmn/xov-xwm.html", "event", ["ncaws pob"]),
    trap("hmn/xov-xwm.html", "blog", ["nyob ib leeg"]),
    trap("tsab-ntawv-xov-xwm.pdf", "filled", ["qhia qeej"], note="'twb tau ... lawm'"),
    trap("tsab-ntawv-xov-xwm.pdf", "event", ["noj peb caug 2025"]),
    trap("tsab-ntawv-xov-xwm.pdf", "how_to_apply", ["daim ntawv thov snap"]),
    trap("pawg-thawj/index.html", "robots", ["tuav nyiaj"]),
    trap("pawg-thawj/index.html", "robots", ["rooj zaum"]),
    trap("pawg-thawj/index.html", "robots", ["sau ntawv thov nyiaj"]),
]
