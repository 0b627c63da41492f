from common import N, T

SLUG = "scandia-hmong-elders-garden"


def page(lang, title, body):
    return """<!DOCTYPE html>
<html lang="%s">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>%s &#8211; Scandia Hmong Elders &amp; Garden</title>
<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css?ver=6.5.2' media='all' />
<link rel='stylesheet' id='twentytwentyfour-style-css' href='/wp-content/themes/twentytwentyfour/style.css?ver=1.1' media='all' />
</head>
<body class="page-template-default page wp-embed-responsive">
<div class="wp-site-blocks">
<header class="wp-block-template-part">
 <div class="wp-block-group alignwide is-layout-flex">
  <p class="wp-block-site-title"><a href="/index.html" rel="home">Scandia Hmong Elders &amp; Garden</a></p>
  <nav class="wp-block-navigation" aria-label="Main">
   <ul class="wp-block-navigation__container">
    <li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="/index.html">Home</a></li>
    <li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="/plots.html">Plots &amp; work days</a></li>
    <li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="/hmn/index.html">Hmoob</a></li>
    <li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="/hmn/xov-xwm.html">Xov xwm</a></li>
   </ul>
  </nav>
 </div>
</header>
<main class="wp-block-group is-layout-constrained">
%s
</main>
<footer class="wp-block-template-part">
 <div class="wp-block-group has-small-font-size">
  <p>Scandia Hmong Elders &amp; Garden Association &middot; 21450 Olinda Trail N, Scandia, MN 55073 &middot; (651) 555-0171 &middot; hello@hmongeldersgarden.org</p>
  <p><a href="/docs/daim-ntawv-pab.pdf">Daim ntawv sau npe (PDF)</a> &middot; <a href="/pawg-thawj/notes.html">Board notes</a></p>
 </div>
</footer>
</div>
</body>
</html>
""" % (lang, title, body)


INDEX = page("en", "Home", """
<h1 class="wp-block-heading">Growing food and friendship since 2009</h1>
<p>Forty Hmong elders farm two acres of donated land north of the village. Most of them farmed in Laos and in the camps in Thailand; now they teach their grandchildren.</p>

<div class="wp-block-columns">
 <div class="wp-block-column">
  <h2 class="wp-block-heading">Garden season</h2>
  <p>The garden is open dawn to dusk from May through October. The tool shed is unlocked Saturdays 8 to noon.</p>
 </div>
 <div class="wp-block-column">
  <h2 class="wp-block-heading">Elders' lunch every Tuesday</h2>
  <p>Rice, boiled greens and whatever is ripe, served at the Scandia Community Center at 11:30. Free for anyone 60 and over.</p>
 </div>
</div>

<div class="wp-block-group has-background">
 <h2 class="wp-block-heading"><a href="/index.html#vang">From seed to market: the Vang family's 30 years of farming</a></h2>
 <p>Tou and Mai Vang sold their first cucumbers at the St. Paul market in 1994. <a href="/index.html#vang">Continue reading &rarr;</a></p>
</div>

<h2 class="wp-block-heading">Hmong New Year &ndash; Saturday, November 22</h2>
<p>Ball tossing, qeej and a big lunch at the Scandia Community Center. Everyone is welcome. <a href="/duab/noj-peb-caug-2024.html">Duab Noj Peb Caug 2024</a></p>

<h2 class="wp-block-heading">Donate to the well fund</h2>
<p>Our elders still haul water from a neighbor's spigot. A well of our own costs about $14,000; we are halfway there.</p>
""")

PLOTS = page("en", "Plots & work days", """
<h1 class="wp-block-heading">Garden plots &amp; work days</h1>
<h2 class="wp-block-heading">Garden plots</h2>
<p>Plots are free for members 60 and over. All 24 plots are assigned for this season. To get on the waiting list, call Xee Lor at (651) 555-0171.</p>

<h2 class="wp-block-heading">Spring work days</h2>
<figure class="wp-block-table"><table>
<thead><tr><th>Task</th><th>Date</th><th>Spots</th><th>Signed up</th></tr></thead>
<tbody>
<tr><td>Fence repair (deer fence along the north side)</td><td>Sat, April 26</td><td>6</td><td>Chue V., Tou L.</td></tr>
<tr><td>Compost turning</td><td>Sat, May 3</td><td>4</td><td>Pa H., Nhia X., Lisa O., Ger T. &mdash; <strong>full</strong></td></tr>
<tr><td>Hoop house plastic</td><td>Sat, April 12</td><td>5</td><td>&#9745; Finished early &ndash; thank you, St. Croix Scouts!</td></tr>
</tbody>
</table></figure>

<h2 class="wp-block-heading">Wanted: drip irrigation know-how</h2>
<p>We have the pipe, emitters and fittings from a county grant, but no one who knows how to lay out a drip system for 24 plots on a slope.
If you have installed drip irrigation before, we would love two or three Saturdays of your time this spring.</p>
""")

HMN = page("hmn", "Hmoob", """
<h1 class="wp-block-heading">Koom Haum Cov Laus thiab Vaj Zaub Hmoob Scandia</h1>
<p>Peb yog ib pawg neeg laus Hmoob uas ua liaj ua teb ua ke txhua xyoo txij li xyoo 2009.</p>

<h2 class="wp-block-heading">Cov khoom peb tseem xav tau</h2>
<ul class="wp-block-list checklist">
 <li>&#9744; Hlau ntaus av (hoes)</li>
 <li>&#9744; Thoob ywg dej (watering cans)</li>
 <li>&#9744; Hnab looj tes ua teb (garden gloves)</li>
 <li>&#9745; <s>Noob zaub</s> &ndash; tau lawm, ua tsaug!</li>
</ul>

<h2 class="wp-block-heading">Peb nrhiav neeg pab txhais lus</h2>
<p>Txhua lub hli hnub Friday thib ob, ib tug kws saib mob tuaj kuaj ntshav siab rau cov laus ntawm lub vaj. Peb xav tau ib tug neeg
paub lus Hmoob thiab lus Askiv los pab txhais lus rau cov laus thiab tus kws saib mob, li ob teev.</p>

<h2 class="wp-block-heading">Neeg tsav tsheb hnub Saturday</h2>
<p>Muaj ntau tus laus tsis muaj tsheb tuaj rau lub vaj. Yog koj muaj tsheb thiab muaj sijhawm hnub Saturday thaum sawv ntxov, thov pab
thauj lawv tuaj thiab xa lawv rov qab mus tsev.</p>

<h3 class="wp-block-heading">Neeg ua zaub mov hnub Tuesday</h3>
<p>Puv lawm. Ua tsaug rau cov niam tsev uas tuaj pab txhua lub lim tiam!</p>

<h3 class="wp-block-heading">Kawm ntawv Askiv pub dawb</h3>
<p>Hnub Thursday 10 teev sawv ntxov ntawm lub tsev qiv ntawv, rau cov laus uas xav kawm lus Askiv.</p>
""")

XOVXWM = page("hmn", "Xov xwm", """
<h1 class="wp-block-heading">Xov xwm lub caij nplooj ntoos hlav</h1>
<article class="wp-block-post">
<p>Txiv Tais Kou Lee muaj 84 xyoo. Nws mob hauv caug heev, thiab nws lub rooj zaum muaj log (wheelchair) tau lov lawm thaum lub caij ntuj no
dhau los. Tam sim no nws tsis tuaj tau rau lub vaj lawm, nws nyob hauv tsev xwb. Yog leej twg muaj ib lub rooj zaum muaj log uas tseem zoo,
thov hu rau peb.</p>
<p>Peb lub tshuab laij av (tiller) tsis khiav lawm txij thaum lub caij nplooj zeeg. Peb xav tau ib tug neeg paub kho cav tshuab los saib
rau peb ua ntej peb cog qoob.</p>
<p>Ua tsaug rau Scandia Lions uas pub lub tank dej tshiab rau peb. Peb tsis xav tau tank dej lawm.</p>
<p>Lub caij sau qoob xyoo tas los, peb muab tau ntau tshaj 2,000 phaus zaub rau cov tsev neeg hauv Washington County.</p>
<h2 class="wp-block-heading">Hnub 14 lub 6 hli: Noj tshais ua ke ntawm lub vaj</h2>
<p>Txhua tus tuaj tau. Nqa ib lub tais los koom.</p>
</article>
""")

BOARD = page("en", "Board notes", """
<h1 class="wp-block-heading">Board notes (members only)</h1>
<ol>
<li>Shed roof leaks over the seed shelf: need someone to fix the shed roof before May.</li>
<li>Ask the co-op about a donated chest freezer for the harvest.</li>
<li>Find a volunteer to file the annual report with the Secretary of State.</li>
</ol>
""")

PAGES = {
    "index.html": INDEX,
    "plots.html": PLOTS,
    "hmn/index.html": HMN,
    "hmn/xov-xwm.html": XOVXWM,
    "pawg-thawj/notes.html": BOARD,
}

ROBOTS = """User-agent: *
Disallow: /wp-admin/
Allow: /wp-admin/admin-ajax.php
Disallow: /pawg-thawj/
"""

PDFS = {
    "docs/daim-ntawv-pab.pdf": ("Daim ntawv sau npe pab dawb - Scandia Hmong Elders & Garden", [
        ("title", "KOOM HAUM COV LAUS THIAB VAJ ZAUB HMOOB SCANDIA"),
        ("title", "Daim ntawv sau npe pab dawb"),
        ("p", "Npe: _______________________________   Xov tooj: __________________"),
        ("h", "Qhia ntawv Hmoob rau menyuam"),
        ("p", "Peb xav pib ib chav kawm nyeem thiab sau ntawv Hmoob rau cov menyuam hnub Saturday. Peb nrhiav ib tug neeg uas "
              "sau ntawv Hmoob tau zoo los qhia, ib teev txhua lub lim tiam.   [ ] Kuv pab tau"),
        ("h", "Tu lub vaj"),
        ("p", "[X] Dej zaub hnub Wednesday - puv lawm, tsis tas sau npe ntxiv."),
        ("h", "Xa daim ntawv no rov qab"),
        ("p", "Muab rau Xee Lor hnub Tuesday thaum noj su, los yog thaij duab xa rau (651) 555-0171."),
    ]),
}

NEEDS = [
    N("plots.html", ["fence repair"], "volunteer", "en", layout="shift_table", note="6 spots, 2 names"),
    N("plots.html", ["drip irrigation"], "skilled", "en", layout="heading_paragraph"),
    N("hmn/index.html", ["cov khoom peb tseem xav tau", "thoob ywg dej"], "donation", "hmn", layout="checklist",
      note="unticked boxes are one need; ticked/struck item is filled"),
    N("hmn/index.html", ["txhais lus"], "skilled", "hmn", ["hmn", "en"], layout="heading_paragraph"),
    N("hmn/index.html", ["neeg tsav tsheb"], "volunteer", "hmn", layout="heading_paragraph"),
    N("hmn/xov-xwm.html", ["rooj zaum muaj log", "wheelchair"], "donation", "hmn", layout="story"),
    N("hmn/xov-xwm.html", ["tshuab laij av", "tiller"], "skilled", "hmn", layout="newsletter_buried"),
    N("docs/daim-ntawv-pab.pdf", ["qhia ntawv hmoob"], "skilled", "hmn", ["hmn"], layout="pdf"),
]

TRAPS = [
    T("index.html", "hours", ["garden season"]),
    T("index.html", "service", ["elders' lunch"]),
    T("index.html", "blog", ["from seed to market"]),
    T("index.html", "event", ["hmong new year"]),
    T("index.html", "general_appeal", ["well fund"]),
    T("plots.html", "how_to_apply", ["waiting list"]),
    T("plots.html", "filled", ["compost turning"], "4 of 4 names + full"),
    T("plots.html", "recap", ["hoop house plastic"], "ticked: finished early"),
    T("hmn/index.html", "filled", ["noob zaub"], "ticked, struck, tau lawm"),
    T("hmn/index.html", "filled", ["neeg ua zaub mov"], "puv lawm"),
    T("hmn/index.html", "service", ["kawm ntawv askiv"]),
    T("hmn/xov-xwm.html", "filled", ["tank dej"], "tsis xav tau lawm"),
    T("hmn/xov-xwm.html", "recap", ["sau qoob"]),
    T("hmn/xov-xwm.html", "event", ["noj tshais ua ke"]),
    T("pawg-thawj/notes.html", "robots", ["shed roof"]),
    T("pawg-thawj/notes.html", "robots", ["chest freezer"]),
    T("pawg-thawj/notes.html", "robots", ["annual report"]),
    T("docs/daim-ntawv-pab.pdf", "filled", ["dej zaub"], "[X] puv lawm"),
    T("docs/daim-ntawv-pab.pdf", "how_to_apply", ["xa daim ntawv no"]),
]
