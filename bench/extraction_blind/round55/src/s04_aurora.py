"""Site 4: Hmong Family Circle (Pawg Tsev Neeg Hmoob), Aurora (St. Louis County). Hmong + English.
Layouts: Hmong <details> accordion, English newsletter with buried asks and a family story,
board meeting minutes with an action-item table, Hmong PDF sign-up form."""
from common import N, T

SLUG = "aurora-hmong-family-circle"
TOWN = "aurora"

SIDEBAR = """<div id="sidebar">
  <p class="site-title">Pawg Tsev Neeg Hmoob<br><small>Hmong Family Circle</small></p>
  <ul>
    <li><a href="/index.html">Tsev</a></li>
    <li><a href="/pab-dawb.html">Pab dawb</a></li>
    <li><a href="/newsletter.html">Newsletter</a></li>
    <li><a href="/minutes-2025-03.html">Board minutes</a></li>
    <li><a href="/daim-ntawv-pab-dawb.pdf">Daim ntawv sau npe (PDF)</a></li>
  </ul>
  <p class="small">5 Main St W, Aurora, MN 55705<br>(218) 555-0145</p>
  <p class="small"><a href="/duab/xyoo-tshiab-2024.html">Duab Xyoo Tshiab 2024</a></p>
</div>"""


def page(lang, title, body):
    return """<!DOCTYPE html>
<html lang="%s">
<head>
<meta charset="utf-8">
<title>%s</title>
<link rel="stylesheet" href="/static/circle.css">
</head>
<body>
<div id="wrapper">
%s
<div id="content">
%s
</div>
</div>
</body>
</html>
""" % (lang, title, SIDEBAR, body)


PAGES = {}

PAGES["index.html"] = page("hmn", "Pawg Tsev Neeg Hmoob &ndash; Aurora", """
<h1>Zoo siab txais tos!</h1>
<p>Pawg Tsev Neeg Hmoob yog ib lub koom haum me me uas pab cov tsev neeg Hmoob nyob rau sab qaum teb
Minnesota txij xyoo 2004 los.</p>

<h2>Peb cov kev pab</h2>
<ul>
  <li>Txhais lus rau cov laus thaum mus ntsib kws kho mob</li>
  <li>Pab sau ntawv thov nyiaj laus (Social Security) thiab daim ntawv kho mob</li>
</ul>

<h2>Teev sijhawm qhib</h2>
<p>Hnub Monday txog Friday, 10 teev sawv ntxov txog 4 teev tsaus ntuj.</p>

<h2>Xyoo Tshiab Hmoob 2025</h2>
<p>Tuaj koom peb lub Xyoo Tshiab rau hnub Saturday, November 29, ntawm Mesabi East lub tsev kawm ntawv.
Muaj pov pob, seev cev thiab zaub mov Hmoob.</p>

<div class="box">
  <p><strong>Pab nyiaj rau peb lub koom haum</strong> &mdash; txhua daim nyiaj me me pab tau peb heev. Ua tsaug!</p>
</div>
""")

PAGES["pab-dawb.html"] = page("hmn", "Ua haujlwm pab dawb &ndash; Pawg Tsev Neeg Hmoob", """
<h1>Ua haujlwm pab dawb</h1>
<p>Nias rau txhua yam kom nyeem ntxiv. Yog koj xav pab, hu rau Tou ntawm (218) 555-0145.</p>

<details>
  <summary>Xib fwb qhia lus Hmoob rau menyuam</summary>
  <p>Peb chav kawm lus Hmoob hnub Saturday muaj 22 tus menyuam tab sis tsuas muaj ib tug xib fwb xwb. Peb xav
  tau ib tug neeg uas nyeem thiab sau tau ntawv Hmoob zoo.</p>
</details>

<details>
  <summary>Neeg tsav tsheb coj cov laus mus kho mob</summary>
  <p>Cov laus muaj sijhawm teem tseg mus ntsib kws kho mob nyob Virginia thiab Duluth. Koj yuav tsum muaj
  tsheb thiab daim ntawv tsav tsheb. Peb them nqi roj rau koj.</p>
</details>

<details>
  <summary>Neeg ua zaub mov rau Xyoo Tshiab</summary>
  <p><strong>Puv lawm!</strong> Peb twb muaj 15 leej los pab ua zaub mov lawm. Ua tsaug ntau os.</p>
</details>

<details>
  <summary>Kws xaws paj ntaub</summary>
  <p>Peb xav tau ib tug niam laus los yog leej twg uas txawj xaws paj ntaub los qhia cov ntxhais hluas hnub
  Sunday tav su.</p>
</details>

<details>
  <summary>Neeg saib menyuam thaum niam txiv kawm ntawv</summary>
  <p>Hnub Tuesday thiab Thursday tsaus ntuj, cov niam txiv kawm lus Askiv. Peb xav tau 2 leeg pab saib
  menyuam hauv chav ib sab.</p>
</details>

<details>
  <summary>Xib fwb qhia seev cev</summary>
  <p>Tsis tas lawm &mdash; peb twb tau ib tug xib fwb tshiab lawm. Ua tsaug!</p>
</details>
""")

PAGES["newsletter.html"] = page("en", "Newsletter &ndash; Hmong Family Circle", """
<h1>Family Circle News &mdash; Spring 2025</h1>

<h2>From the President</h2>
<p>Nyob zoo, friends. Winter was long, but our community stayed close. The Saturday language class grew to 22
children, the elders' lunch moved to the Lutheran church basement, and eleven families planted at the
community garden on the old ballfield. That garden fed a lot of people last year. This spring we are short on
rototillers &mdash; only one of ours still runs, and it is older than some of our board members. If you have a
rototiller you could lend us for the weekend of May 17, please call Tou. We will return it cleaned and full of gas.</p>

<h2>Recording our elders</h2>
<p>The oral history project now has 31 hours of interviews with elders who crossed the Mekong in 1975 and
after. The recordings sit on a hard drive and nobody has had time to work on them. We are looking for a
volunteer who can edit audio and who understands Hmong well enough to cut the recordings into chapters for the
family archive.</p>

<h2>The Lor family needs a hand</h2>
<p>In April the basement of the Lor family's rented house in Gilbert flooded after the snowmelt. Their two
mattresses, the children's dresser and most of the winter clothes were ruined. Kou Lor works nights at the
mine and Mai is home with the baby. They need two twin mattresses, a dresser and a dehumidifier for the
basement. Bring items to the office, or call and we will pick them up.</p>

<h2>Thank you, spring cleanup crew</h2>
<p>32 volunteers picked up 60 bags of trash along Highway 135 on April 26. Ua tsaug!</p>

<h2>Scholarship applications due June 1</h2>
<p>Hmong students graduating from Mesabi East, Virginia or Eveleth-Gilbert can apply for one of three $500
scholarships. Forms are at the office.</p>

<p class="teaser"><a href="/newsletter.html#why">Why I volunteer &mdash; by Mai Nou, age 16 (read more)</a></p>
""")

PAGES["minutes-2025-03.html"] = page("en", "Board Minutes March 2025 &ndash; Hmong Family Circle", """
<h1>Board Meeting Minutes &mdash; March 9, 2025</h1>
<p><strong>Present:</strong> Tou Vang (president), Pa Houa Xiong, Kou Her, Mai Lee, Chue Moua. <strong>Absent:</strong> Nou Yang.</p>

<h3>1. Treasurer's report</h3>
<p>Checking balance $6,412. The county grant payment arrived. Report accepted.</p>

<h3>2. Youth trip to Duluth (June 14)</h3>
<p>Chue reported 18 youth have signed up for the trip to the Great Lakes Aquarium. We need two more adult
chaperones. The board asks parents or any community member to volunteer; a background check is required.</p>

<h3>3. Bilingual cookbook</h3>
<p>The Hmong text is finished. We still need a proofreader for the English side &mdash; someone with a good eye
for spelling and grammar. Hmong is not required.</p>

<h3>4. New Year tables</h3>
<p>We need 10 round tables for the New Year. Pastor Yang offered the church's tables, so this is covered.</p>

<h3>Action items</h3>
<table border="1" cellpadding="4">
  <tr><th>Task</th><th>Owner</th><th>Due</th></tr>
  <tr><td>Call the school district about gym rental for New Year</td><td>Pa Houa</td><td>Mar 20</td></tr>
  <tr><td>Order T-shirts for the New Year volunteers</td><td>Kou</td><td>Apr 1</td></tr>
  <tr><td>Send the grant report to the county</td><td>Tou</td><td>Mar 31</td></tr>
</table>

<p><strong>Next meeting:</strong> Sunday, April 13, 2 pm, at the office.</p>
""")

ROBOTS = """User-agent: *
Disallow:
"""

PDFS = {
    "daim-ntawv-pab-dawb.pdf": ("Daim Ntawv Sau Npe Pab Dawb", [
        ("title", "DAIM NTAWV SAU NPE UA HAUJLWM PAB DAWB"),
        ("p", "Pawg Tsev Neeg Hmoob (Hmong Family Circle) - Aurora, Minnesota"),
        ("h", "Lub vaj zaub xyoo 2025"),
        ("p", "Lub vaj zaub ntawm lub tshav pob qub loj zuj zus tuaj. Peb xav tau 6 leeg pab cog thiab de zaub "
              "txij lub 5 hlis txog lub 9 hlis, hnub Saturday sawv ntxov 8 teev txog 11 teev. Tsis tas paub "
              "ua teb, peb yuav qhia koj."),
        ("h", "Koj cov ntaub ntawv"),
        ("p", "Npe: ____________________________   Xov tooj: ____________________"),
        ("p", "Chaw nyob: ______________________________________________________"),
        ("p", "Koj hais tau lus twg?  [ ] Hmoob   [ ] Askiv   [ ] Ob yam"),
        ("h", "Yuav xa daim ntawv no li cas"),
        ("p", "Coj daim ntawv no tuaj rau hauv chaw ua haujlwm, los yog thaij duab xa rau "
              "tou@hmongcircle.example. Cov hluas hnub nyoog qis dua 16 xyoo yuav tsum muaj niam txiv kos npe."),
    ]),
}

NEEDS = [
    N("pab-dawb.html", ["xib fwb qhia lus hmoob", "lus hmoob"], "skilled", "hmn", ["hmn"], "accordion",
      "Hmong language teacher"),
    N("pab-dawb.html", ["neeg tsav tsheb", "tsav tsheb"], "volunteer", "hmn", [], "accordion",
      "drivers to medical visits, gas paid"),
    N("pab-dawb.html", ["paj ntaub"], "skilled", "hmn", ["hmn"], "accordion", "embroidery teacher"),
    N("pab-dawb.html", ["saib menyuam"], "volunteer", "hmn", [], "accordion", "childcare during English class"),
    N("newsletter.html", ["rototiller"], "other", "en", [], "newsletter_buried",
      "'short on rototillers', lend one; buried in president's letter"),
    N("newsletter.html", ["edit audio", "oral history"], "skilled", "en", ["hmn"], "newsletter_buried",
      "audio editor who understands Hmong"),
    N("newsletter.html", ["lor family", "dehumidifier", "twin mattresses"], "donation", "en", [], "story",
      "mattresses, dresser, dehumidifier = one need"),
    N("minutes-2025-03.html", ["chaperone"], "volunteer", "en", [], "minutes", "open call in minutes"),
    N("minutes-2025-03.html", ["proofreader"], "skilled", "en", ["en"], "minutes", "English proofreading"),
    N("daim-ntawv-pab-dawb.pdf", ["lub vaj zaub", "cog thiab de zaub"], "volunteer", "hmn", [], "pdf",
      "garden helpers, only in PDF"),
]

TRAPS = [
    T("index.html", "service", ["txhais lus rau cov laus"], "interpreting offered"),
    T("index.html", "service", ["pab sau ntawv"], "help with forms offered"),
    T("index.html", "hours", ["teev sijhawm qhib"], ""),
    T("index.html", "event", ["xyoo tshiab hmoob"], ""),
    T("index.html", "general_appeal", ["pab nyiaj"], "money"),
    T("pab-dawb.html", "filled", ["ua zaub mov rau xyoo tshiab"], "Puv lawm"),
    T("pab-dawb.html", "filled", ["qhia seev cev"], "Tsis tas lawm"),
    T("newsletter.html", "recap", ["spring cleanup crew"], ""),
    T("newsletter.html", "how_to_apply", ["scholarship applications"], "students apply"),
    T("newsletter.html", "blog", ["why i volunteer"], "teaser"),
    T("minutes-2025-03.html", "filled", ["round tables"], "covered by Pastor Yang"),
    T("minutes-2025-03.html", "filled", ["gym rental"], "action item with owner"),
    T("minutes-2025-03.html", "filled", ["t-shirts"], "action item with owner"),
    T("minutes-2025-03.html", "filled", ["grant report"], "action item with owner"),
    T("minutes-2025-03.html", "event", ["next meeting"], ""),
    T("daim-ntawv-pab-dawb.pdf", "how_to_apply", ["yuav xa daim ntawv no"], "how to return the form"),
]
