from common import N, T

SLUG = "mayer-kev-cia-siab-hmong-center"

HEAD = """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{title} | Kev Cia Siab Hmong Center</title>
<meta name="generator" content="Wix.com Website Builder">
<link rel="stylesheet" href="https://static.parastorage.com/services/wix-thunderbolt/dist/main.css">
</head>
<body>
<div id="SITE_CONTAINER"><div id="masterPage">
<header id="SITE_HEADER"><div class="comp-hdr1">
 <div data-testid="richTextElement" class="wixui-rich-text"><p class="font_0"><a href="/">Kev Cia Siab</a></p></div>
 <nav id="comp-menu" aria-label="Site">
  <ul>
   <li><a href="/" data-testid="linkElement"><div class="wixui-dropdown-menu__item"><p>Home</p></div></a></li>
   <li><a href="/garden.html" data-testid="linkElement"><div class="wixui-dropdown-menu__item"><p>Garden</p></div></a></li>
   <li><a href="/hmn/" data-testid="linkElement"><div class="wixui-dropdown-menu__item"><p>Hmoob</p></div></a></li>
   <li><a href="/hmn/xov-xwm.html" data-testid="linkElement"><div class="wixui-dropdown-menu__item"><p>Xov xwm</p></div></a></li>
  </ul>
 </nav>
</div></header>
<main id="PAGES_CONTAINER"><div id="SITE_PAGES"><section class="wixui-section">
"""

FOOT = """
</section></div></main>
<footer id="SITE_FOOTER"><div class="wixui-rich-text">
 <p class="font_9">Kev Cia Siab Hmong Center &middot; 300 Ash Ave S, Mayer, MN 55360 &middot; (952) 555-0188</p>
 <p class="font_9"><a href="/forms/pab-vaj.pdf">Daim ntawv pab lub vaj (PDF)</a> &middot; <a href="/staff/notes.html">Staff</a></p>
 <p class="font_9">&copy; 2025 by Kev Cia Siab. Proudly created with Wix.com</p>
</div></footer>
</div></div>
</body>
</html>
"""

INDEX = HEAD.format(lang="en", title="Home") + """
<div class="wixui-rich-text"><h1 class="font_0">Kev Cia Siab Hmong Center</h1>
<p class="font_8">Kev cia siab means &ldquo;hope.&rdquo; We have served Hmong families in western Carver County since 2004.</p></div>
<div class="wixui-rich-text"><h2 class="font_2">Ways to help</h2></div>
<div class="wixui-repeater" role="list">
 <div class="wixui-repeater__item" role="listitem">
  <div class="wixui-rich-text"><p class="font_4"><span style="font-weight:bold">Elder lunch kitchen helper</span></p></div>
  <div class="wixui-rich-text"><p class="font_8">Chop vegetables and serve lunch to our elders, Tuesdays and Fridays 10:30&ndash;1:00.</p></div>
 </div>
 <div class="wixui-repeater__item" role="listitem">
  <div class="wixui-rich-text"><h4 class="font_4">Hmong&ndash;English medical interpreter</h4></div>
  <div class="wixui-rich-text"><p class="font_8">Go with elders to clinic appointments in Waconia and Chaska. You must be fluent in White or Green Hmong and in English. Mileage paid.</p></div>
 </div>
 <div class="wixui-repeater__item" role="listitem">
  <div class="wixui-rich-text"><p class="font_8"><b>Grant writer</b></p><p class="font_8">Help us draft two foundation grants this spring for our youth program. Experience preferred; you can work from home.</p></div>
 </div>
 <div class="wixui-repeater__item is-closed" role="listitem">
  <a href="/" data-testid="linkElement"><div class="wixui-rich-text"><p class="font_4"><span><span>Story cloth display host</span></span></p></div></a>
  <div class="wixui-button"><span class="wixui-button__label">Spoken for</span></div>
  <div class="wixui-rich-text"><p class="font_8">Thank you, Pa Nhia, for taking this on!</p></div>
 </div>
 <div class="wixui-repeater__item" role="listitem">
  <div class="wixui-rich-text"><h4 class="font_4">Office assistant</h4></div>
  <div class="wixui-button"><span class="wixui-button__label">Staff &middot; $15.50/hr</span></div>
  <div class="wixui-rich-text"><p class="font_8">20 hours a week, must speak Hmong. E-mail a r&eacute;sum&eacute; to the director.</p></div>
 </div>
</div>
<div class="wixui-rich-text banner"><h3 class="font_3">Hmong New Year celebration &mdash; Saturday, November 29</h3>
<p class="font_8">Ball toss, qeej, food stands and a fashion show at the Mayer school gym, 9 am to 6 pm.</p></div>
""" + FOOT

HMN = HEAD.format(lang="hmn", title="Hmoob") + """
<div class="wixui-rich-text"><h1 class="font_0">Lub Chaw Kev Cia Siab</h1>
<p class="font_8">Peb pab cov tsev neeg Hmoob nyob hauv Mayer thiab ib puag ncig.</p></div>
<div class="wixui-rich-text callout">
 <h2 class="font_2">Peb tseem tsis txaus txhuv thiab roj</h2>
 <p class="font_8">Lub hli no muaj tsev neeg tuaj thov zaub mov coob heev. Peb tseem tsis txaus txhuv (hnab 25 phaus) thiab roj ua noj.
 Yog koj pub tau, thov coj tuaj rau peb lub chaw hnub Monday txog Friday.</p>
</div>
<div class="wixui-rich-text"><h2 class="font_2">Pab dawb (volunteer)</h2></div>
<details class="accordion">
 <summary>Xib fwb qhia lus Hmoob rau menyuam</summary>
 <p>Hnub Saturday 10:00&ndash;12:00. Peb xav tau ib tug neeg uas nyeem thiab sau ntawv Hmoob tau zoo los qhia cov menyuam yaus.</p>
</details>
<details class="accordion">
 <summary>Neeg tsav tsheb coj cov laus mus kho mob</summary>
 <p>Siv koj lub tsheb. Peb them nqi roj rau koj.</p>
</details>
<details class="accordion">
 <summary>Neeg pab ntxuav chav noj mov</summary>
 <p><strong>Puv lawm</strong> &mdash; peb tau neeg tag lawm. Ua tsaug ntau!</p>
</details>
<div class="wixui-rich-text">
 <h2 class="font_2">Kev pab rau cov laus</h2>
 <p class="font_8">Peb pab sau ntawv thov Social Security thiab Medicare dawb.</p>
 <h2 class="font_2">Sij hawm qhib</h2>
 <p class="font_8">Monday&ndash;Friday, 9:00 sawv ntxov &ndash; 4:00 tav su.</p>
</div>
""" + FOOT

NEWS = HEAD.format(lang="hmn", title="Xov xwm") + """
<div class="wixui-rich-text"><h1 class="font_0">Xov xwm</h1></div>
<article class="blog-post">
 <h2 class="font_2">Niam Yeej thiab nws plaub tug menyuam xav tau kev pab</h2>
 <p class="font_8">Niam Yeej thiab nws plaub tug menyuam nyuam qhuav tsiv los nyob hauv ib lub apartment hauv Mayer. Lawv tsis muaj rooj noj mov,
 tsis muaj rooj zaum, thiab tus menyuam mos tsis muaj txaj pw. Yog leej twg muaj ib lub rooj noj mov, rooj zaum los yog txaj menyuam mos (crib)
 uas tsis siv lawm, thov hu rau peb.</p>
</article>
<article class="blog-post">
 <h2 class="font_2">Noj peb caug 2025</h2>
 <p class="font_8">Peb yuav noj peb caug rau hnub Saturday, November 29, ntawm lub tsev kawm ntawv Mayer. <a href="/duab/noj-peb-caug-2024.html">Saib duab xyoo tas los</a></p>
</article>
<article class="blog-post">
 <h2 class="font_2">Xyoo tas los</h2>
 <p class="font_8">Xyoo tas los peb tau muab 200 lub hnab ntawv rau cov menyuam kawm ntawv. Ua tsaug rau txhua tus uas tau pub!</p>
</article>
""" + FOOT

GARDEN = HEAD.format(lang="en", title="Garden") + """
<div class="wixui-rich-text"><h1 class="font_0">Community garden work days</h1>
<p class="font_8">Put your name on a blank line by calling the center or writing it on the sheet at the front desk. When every line in a row has a name, that day is taken.</p></div>
<table class="signup-sheet">
 <tr><th>Date</th><th>Task</th><th>Name</th><th>Name</th></tr>
 <tr><td>Apr 25</td><td>Till the plots</td><td>Tou V.</td><td>Mai L.</td></tr>
 <tr><td>May 2</td><td>Build raised beds for elders who can't kneel</td><td>__________</td><td>__________</td></tr>
 <tr><td>May 9</td><td>Haul and spread compost</td><td colspan="2">Yang Family Farm is covering this one</td></tr>
 <tr><td>May 16</td><td>Plant sale cashier</td><td>Kia X.</td><td>__________</td></tr>
</table>
<aside class="sidebar wixui-rich-text">
 <h3 class="font_3">Seeking a rototiller</h3>
 <p class="font_8">Ours finally died last fall. If you have a rear-tine tiller you no longer use, we would gladly take it off your hands.</p>
</aside>
<div class="wixui-rich-text"><h2 class="font_2">Rent a plot</h2>
<p class="font_8">Plots are $20 a season. Fill out the plot form at the front desk by March 31; we draw names if there are too many.</p></div>
""" + FOOT

STAFF = HEAD.format(lang="en", title="Staff notes") + """
<div class="wixui-rich-text"><h1 class="font_0">Staff notes</h1>
<ul>
 <li>Find a volunteer to fix the leaking sink in the kitchen.</li>
 <li>Ask the hardware store to donate paint for the hallway.</li>
 <li>We need a second driver for the Friday elder van.</li>
</ul></div>
""" + FOOT

PAGES = {
    "index.html": INDEX,
    "hmn/index.html": HMN,
    "hmn/xov-xwm.html": NEWS,
    "garden.html": GARDEN,
    "staff/notes.html": STAFF,
}

ROBOTS = """# Wix default + our own
User-agent: *
Allow: /
Disallow: /staff/
Disallow: /_api/*
"""

PDFS = {
    "forms/pab-vaj.pdf": ("Daim ntawv sau npe pab lub vaj - Kev Cia Siab", [
        ("title", "KEV CIA SIAB HMONG CENTER"),
        ("title", "Daim ntawv sau npe pab lub vaj"),
        ("p", "300 Ash Ave S, Mayer, MN 55360 - (952) 555-0188"),
        ("p", "Npe: ______________________________   Xov tooj: ____________________"),
        ("h", "Peb xav tau neeg pab ywg dej"),
        ("p", "Lub caij ntuj sov no peb xav tau 5 tus neeg pab ywg dej rau lub vaj zaub txhua hnub Tuesday thiab "
              "Thursday thaum 7:00 tsaus ntuj. Kos lub npov no yog koj pab tau: [ ]"),
        ("h", "Xa daim ntawv no rov qab"),
        ("p", "Coj daim ntawv no tuaj rau lub chaw, los yog thaij duab xa email rau kevciasiab@example.org."),
    ]),
}

NEEDS = [
    N("index.html", ["elder lunch kitchen helper", "kitchen helper"], "volunteer", "en", layout="role_cards",
      note="title in p>span bold"),
    N("index.html", ["medical interpreter"], "skilled", "en", ["hmn", "en"], layout="role_cards", note="title in h4"),
    N("index.html", ["grant writer"], "skilled", "en", layout="role_cards", note="title in p>b"),
    N("hmn/index.html", ["txhuv thiab roj"], "donation", "hmn", layout="short_on", note="'tseem tsis txaus' = still not enough"),
    N("hmn/index.html", ["xib fwb qhia lus hmoob"], "skilled", "hmn", ["hmn"], layout="accordion"),
    N("hmn/index.html", ["neeg tsav tsheb"], "volunteer", "hmn", layout="accordion", note="gas paid, not a wage"),
    N("hmn/xov-xwm.html", ["niam yeej", "txaj menyuam mos"], "donation", "hmn", layout="story", note="table, chairs, crib"),
    N("garden.html", ["raised beds"], "volunteer", "en", layout="signup_sheet", note="both lines blank"),
    N("garden.html", ["plant sale cashier"], "volunteer", "en", layout="signup_sheet", note="one line blank"),
    N("garden.html", ["rototiller"], "donation", "en", layout="seeking"),
    N("forms/pab-vaj.pdf", ["ywg dej"], "volunteer", "hmn", layout="checkbox_form_pdf", note="garden watering"),
]

TRAPS = [
    T("index.html", "filled", ["story cloth display host"], "'Spoken for'"),
    T("index.html", "job", ["office assistant"], "$15.50/hr"),
    T("index.html", "event", ["hmong new year celebration"]),
    T("hmn/index.html", "filled", ["neeg pab ntxuav chav noj mov"], "'Puv lawm'"),
    T("hmn/index.html", "service", ["kev pab rau cov laus"]),
    T("hmn/index.html", "hours", ["sij hawm qhib"]),
    T("hmn/xov-xwm.html", "event", ["noj peb caug 2025"]),
    T("hmn/xov-xwm.html", "recap", ["xyoo tas los peb tau muab"]),
    T("garden.html", "filled", ["till the plots"], "both lines named"),
    T("garden.html", "filled", ["haul and spread compost"], "covered by a farm"),
    T("garden.html", "how_to_apply", ["rent a plot"]),
    T("forms/pab-vaj.pdf", "how_to_apply", ["xa daim ntawv no rov qab"]),
    T("staff/notes.html", "robots", ["leaking sink"]),
    T("staff/notes.html", "robots", ["donate paint"]),
    T("staff/notes.html", "robots", ["second driver"]),
]
