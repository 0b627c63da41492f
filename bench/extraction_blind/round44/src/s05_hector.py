from common import N, T

SLUG = "hector-hmong-zej-zog-center"

HEAD = """<div id="SITE_HEADER" class="wixui-header"><div class="comp-hdr1"><div data-testid="inline-content">
 <div class="comp-logo"><a href="/index.html"><wow-image><img src="/static/media/zejzog-logo.png" alt="Zej Zog"></wow-image></a></div>
 <nav class="comp-menu" aria-label="Site"><ul>
  <li><a href="/index.html"><div class="m-it"><p>Home</p></div></a></li>
  <li><a href="/kev-pab.html"><div class="m-it"><p>Kev Pab</p></div></a></li>
  <li><a href="/xov-xwm.html"><div class="m-it"><p>Xov Xwm</p></div></a></li>
  <li><a href="/ntaub-ntawv/daim-ntawv-sau-npe.pdf"><div class="m-it"><p>Daim ntawv (PDF)</p></div></a></li>
 </ul></nav>
 <div class="comp-btn"><a href="https://www.paypal.com/donate/?hosted_button_id=ZEJZOG55" class="btn"><span>Donate</span></a></div>
</div></div></div>"""

FOOT = """<div id="SITE_FOOTER"><div class="comp-ftr">
 <p class="font_9">Hector Hmong Zej Zog Center &middot; 130 Main St S, Hector, MN 55342 &middot; (320) 555-0128</p>
 <p class="font_9"><a href="/duab/noj-tsiab-2024.html">Duab</a> &middot; <a href="/pawg-thawj/cov-ntawv.html">Pawg thawj coj</a></p>
 <p class="font_9">&copy; 2025 by Zej Zog. Proudly created with Wix.com</p>
</div></div>"""


def page(lang, title, body):
    return """<!DOCTYPE html>
<html lang="%s">
<head><meta charset="utf-8"><title>%s | Zej Zog Center</title>
<meta name="generator" content="Wix.com Website Builder">
<script>window.viewerModel = {"siteFeatures":["dashboardWixCodeSdk"]};</script>
</head>
<body>
<div id="SITE_CONTAINER"><div id="main_MF"><div id="site-root">
%s
<main id="PAGES_CONTAINER"><div id="SITE_PAGES"><div class="page-body">
%s
</div></div></main>
%s
</div></div></div>
</body>
</html>
""" % (lang, title, HEAD, body, FOOT)


def item(position, commitment, status, details):
    return """<div class="collection-item" role="listitem">
 <div class="field"><span class="field-label">Position:</span> <span class="field-value">%s</span></div>
 <div class="field"><span class="field-label">Time commitment:</span> <span class="field-value">%s</span></div>
 <div class="field"><span class="field-label">Status:</span> <span class="field-value">%s</span></div>
 <div class="field"><span class="field-label">Details:</span> <span class="field-value">%s</span></div>
</div>""" % (position, commitment, status, details)


INDEX = page("en", "Home", """
<section class="strip hero"><div class="col">
 <h1 class="font_0">Zej Zog &ndash; a home for Hmong families in Renville County</h1>
 <p class="font_8">Zej zog means &ldquo;community.&rdquo; Since 2009 we have helped Hmong families in Hector, Buffalo Lake and Bird Island.</p>
</div></section>

<section class="strip"><div class="col">
 <h2 class="font_2">What we do for families</h2>
 <div class="font_8"><p>Help filling out SNAP, Medical Assistance and MNsure forms.</p>
 <p>Elder lunch with Hmong food every Wednesday at noon.</p></div>
</div></section>

<section class="strip"><div class="col">
 <h2 class="font_2">Office hours</h2>
 <p class="font_8">Monday&ndash;Thursday, 9 am to 5 pm. Closed Fridays and on Hmong New Year weekend.</p>
</div></section>

<section class="strip"><div class="col">
 <h2 class="font_2">Volunteer Opportunities</h2>
 <div class="collection-list" role="list">
""" + item("Garden Plot Mentor", "2 hours a week, May&ndash;September", "Open",
           "Help first-year gardeners at our community plots on Hwy 4 plan rows, water and harvest.") + """
""" + item("Youth Soccer Coach", "Saturdays, fall season", "Filled",
           "Thank you, Pheng and Koua! We are all set for this season.") + """
""" + item("Hmong&ndash;English Medical Interpreter", "On call, about 4 hours a month", "Open",
           "Go with elders to clinic visits in Hector and Olivia and interpret between Hmong and English.") + """
""" + item("Grant Writer", "Flexible, from home", "Open",
           "Help us write two foundation grant applications this winter. Writing experience needed.") + """
""" + item("Office Manager", "30 hours a week", "Hiring &ndash; paid position, $18/hr",
           "Answer phones, keep files and schedule interpreters. Send a resume to jobs@zejzog.example.org.") + """
 </div>
</div></section>

<section class="strip blog"><div class="col">
 <h2 class="font_2">From our blog</h2>
 <div class="post-card"><a href="/xov-xwm.html"><h3>Five things we learned from our first New Year celebration in Hector</h3></a>
 <p>Read more &rarr;</p></div>
</div></section>
""")

KEVPAB = page("hmn", "Kev Pab", """
<section class="strip"><div class="col">
 <h1 class="font_0">Koj pab tau peb li cas</h1>
 <p class="font_8">Ua tsaug rau txhua tus uas pab peb lub zej zog!</p>
</div></section>

<section class="strip"><div class="col">
 <h2 class="font_2">Cov khoom peb xav tau</h2>
 <ul class="font_8">
  <li>Lub lauj kaub hluav taws xob hau mov (rice cooker)</li>
  <li>Pam vov tshiab los sis huv si</li>
  <li>Khau looj rau menyuam thaum caij ntuj no</li>
  <li>Phuam so tes thiab xab npum</li>
 </ul>
</div></section>

<section class="strip"><div class="col">
 <h2 class="font_2">Peb tseem tsis txaus tsho tiv no</h2>
 <p class="font_8">Lub caij ntuj no los txog lawm, tab sis peb tseem tsis txaus tsho tiv no rau cov menyuam kawm ntawv,
 tshwj xeeb yog loj 8 txog 14. Thov coj tuaj rau lub chaw ua haujlwm.</p>
</div></section>

<section class="strip"><div class="col">
 <h2 class="font_2">Xav tau neeg tsav tsheb</h2>
 <p class="font_8">Peb xav tau neeg pab tsav tsheb coj cov laus mus kuaj mob hauv Hutchinson thiab Willmar. Peb them
 nqi roj rau koj.</p>
</div></section>

<section class="strip"><div class="col">
 <h2 class="font_2">Kws qhia paj ntaub</h2>
 <p class="font_8">Puv lawm, ua tsaug! Peb twb muaj ob tug niam tais tuaj qhia lawm.</p>
</div></section>

<section class="strip"><div class="col">
 <h2 class="font_2">Noj peb caug 2025</h2>
 <p class="font_8">Lub zej zog noj peb caug rau hnub Saturday, 29 lub 11 hli, ntawm Hector tsev kawm ntawv.</p>
</div></section>
""")

XOVXWM = page("hmn", "Xov Xwm", """
<section class="strip"><div class="col">
 <h1 class="font_0">Xov xwm ntawm Zej Zog</h1>
</div></section>

<section class="strip"><div class="col">
 <h2 class="font_2">Tsev neeg Lis</h2>
 <p class="font_8">Txiv Tooj Lis mob stroke thaum lub 9 hli. Tam sim no nws zaum lub rooj zaum muaj log, tab sis lawv
 lub tsev muaj plaub theem ntaiv ntawm qhov rooj, ces nws tawm tsis tau mus sab nraum zoov. Tsev neeg xav tau ib pab
 neeg uas txawj ua ntoo los ua ib txoj kev nce (ramp) rau nws lub rooj zaum muaj log. Yog koj paub ua, thov hu rau peb.</p>
</div></section>

<section class="strip"><div class="col">
 <h2 class="font_2">Xyoo tas los</h2>
 <p class="font_8">Xyoo tas los peb faib tau 90 lub hnab zaub mov rau cov tsev neeg. Ua tsaug rau txhua tus!</p>
</div></section>

<section class="strip"><div class="col">
 <h2 class="font_2">Txais tos peb tus thawj coj tshiab</h2>
 <p class="font_8">Niam Ntxawm Vaj yog peb tus thawj coj tshiab. Nws loj hlob hauv Hector thiab kawm tiav ntawm SMSU.</p>
</div></section>

<section class="strip"><div class="col">
 <h2 class="font_2">Chav kawm lus Askiv</h2>
 <p class="font_8">Peb muaj chav kawm lus Askiv pub dawb rau cov laus txhua hnub Tuesday thiab Thursday, 10 teev sawv ntxov.</p>
</div></section>
""")

PAWG = page("hmn", "Pawg thawj coj", """
<section class="strip"><div class="col">
 <h1 class="font_0">Cov ntawv sab hauv (tsis qhib rau pej xeem)</h1>
 <ul class="font_8">
  <li>Nrhiav ib tug neeg pab kho lub tsheb van.</li>
  <li>Xav tau ib lub tub yees loj rau chav ua noj.</li>
  <li>Nrhiav ib tug tuav nyiaj tshiab.</li>
 </ul>
</div></section>
""")

PAGES = {"index.html": INDEX, "kev-pab.html": KEVPAB, "xov-xwm.html": XOVXWM, "pawg-thawj/cov-ntawv.html": PAWG}

ROBOTS = """User-agent: *
Disallow: /pawg-thawj/
Disallow: /_api/

User-agent: Googlebot
Allow: /
"""

PDFS = {
    "ntaub-ntawv/daim-ntawv-sau-npe.pdf": ("Daim ntawv sau npe pab dawb - Zej Zog", [
        ("title", "Zej Zog Center - Daim ntawv sau npe pab dawb"),
        ("p", "130 Main St S, Hector, MN 55342 - (320) 555-0128"),
        ("p", "Npe: ________________________   Xov tooj: ____________________"),
        ("h", "Pab ntim zaub mov"),
        ("p", "Txhua hnub Friday 4:00 txog 6:00 tsaus ntuj, peb xav tau 5 leeg neeg pab ntim zaub mov rau cov tsev "
              "neeg. Tsis tas paub dab tsi, tsuas yog tuaj xwb.  [  ] Kuv pab tau"),
        ("h", "Lub sijhawm qhib"),
        ("p", "Peb qhib hnub Monday txog Thursday, 9:00 sawv ntxov txog 5:00 tsaus ntuj."),
        ("h", "Koj xa daim ntawv no rov qab li cas?"),
        ("p", "Coj los rau lub chaw ua haujlwm los sis thaij duab xa rau peb hauv WhatsApp (320) 555-0128."),
    ]),
}

NEEDS = [
    N("index.html", ["garden plot mentor"], "volunteer", "en", layout="cms_listing"),
    N("index.html", ["medical interpreter"], "skilled", "en", ["hmn", "en"], layout="cms_listing"),
    N("index.html", ["grant writer"], "skilled", "en", layout="cms_listing"),
    N("kev-pab.html", ["cov khoom peb xav tau", "rice cooker"], "donation", "hmn", layout="wish_list",
      note="four items, one need"),
    N("kev-pab.html", ["tsho tiv no"], "donation", "hmn", layout="short_on",
      note="'peb tseem tsis txaus' = we still don't have enough"),
    N("kev-pab.html", ["neeg tsav tsheb"], "volunteer", "hmn", layout="heading_paragraph",
      note="'we pay for gas' is not a wage"),
    N("xov-xwm.html", ["tsev neeg lis", "ramp"], "skilled", "hmn", layout="story",
      note="wheelchair ramp for a stroke survivor; woodworking"),
    N("ntaub-ntawv/daim-ntawv-sau-npe.pdf", ["pab ntim zaub mov"], "volunteer", "hmn", layout="pdf"),
]

TRAPS = [
    T("index.html", "service", ["what we do for families"]),
    T("index.html", "hours", ["office hours"]),
    T("index.html", "filled", ["youth soccer coach"], "Status: Filled"),
    T("index.html", "job", ["office manager"]),
    T("index.html", "blog", ["five things we learned"]),
    T("kev-pab.html", "filled", ["kws qhia paj ntaub"], "'Puv lawm' = full"),
    T("kev-pab.html", "event", ["noj peb caug 2025"]),
    T("xov-xwm.html", "recap", ["90 lub hnab"]),
    T("xov-xwm.html", "bio", ["thawj coj tshiab"]),
    T("xov-xwm.html", "service", ["chav kawm lus askiv"]),
    T("ntaub-ntawv/daim-ntawv-sau-npe.pdf", "hours", ["lub sijhawm qhib"]),
    T("ntaub-ntawv/daim-ntawv-sau-npe.pdf", "how_to_apply", ["xa daim ntawv no rov qab"]),
    T("pawg-thawj/cov-ntawv.html", "robots", ["tsheb van"]),
    T("pawg-thawj/cov-ntawv.html", "robots", ["tub yees"]),
    T("pawg-thawj/cov-ntawv.html", "robots", ["tuav nyiaj"]),
]
