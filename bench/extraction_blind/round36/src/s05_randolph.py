from common import N, T

SLUG = "randolph-hmong-market-growers"

HEAD = """<!DOCTYPE html>
<html lang="{lang}" class="no-js">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width">
<title>{title}</title>
<link href="https://fonts.googleapis.com/css2?family=Noto+Sans&amp;display=swap" rel="stylesheet">
<link rel="stylesheet" href="/css/coop.css">
</head>
<body>
<div class="page">
<header class="masthead">
 <div class="logo"><a href="/">Randolph Hmong Market Growers</a><small>Cooperative &middot; Koom Haum Neeg Ua Teb</small></div>
 <nav class="menu">
  <a href="/">Home</a> |
  <a href="/market.html">Market stand</a> |
  <a href="/pab.html" hreflang="hmn">Pab dawb</a> |
  <a href="/xov-xwm.html" hreflang="hmn">Xov xwm</a> |
  <a href="/daim-ntawv.pdf">Daim ntawv (PDF)</a>
 </nav>
</header>
<div class="main">
"""

FOOT = """
</div>
<footer>
 <p>Randolph Hmong Market Growers Cooperative &middot; 5210 Hwy 56, Randolph, MN 55065 &middot; 507-555-0181 &middot; <a href="mailto:coop@randolphhmonggrowers.example">coop@randolphhmonggrowers.example</a></p>
 <p class="tiny"><a href="/pawg-thawj/rooj-sib-tham.html">Pawg thawj (board)</a></p>
</footer>
</div>
</body>
</html>
"""


def page(lang, title, body):
    return HEAD.format(lang=lang, title=title) + body + FOOT


PAGES = {}

PAGES["index.html"] = page("en", "Randolph Hmong Market Growers Cooperative", """
<section class="intro">
 <h1>Fresh from 34 Hmong family farms</h1>
 <p>Our cooperative brings together Hmong growers in Dakota and Goodhue counties to share land, equipment and a market stand.</p>
</section>
<section class="col">
 <h2>Find us</h2>
 <p>Saturdays 7 am&ndash;1 pm at the Northfield Riverwalk Market, May through October.</p>
</section>
<section class="col">
 <h2>For our members</h2>
 <ul>
  <li>Land lease help and farm loan paperwork</li>
  <li>Food safety (GAP) training every spring</li>
  <li>Shared walk-behind tractors and a wash station</li>
 </ul>
</section>
<section class="col">
 <h2>Buy a CSA share</h2>
 <p>18 weeks of vegetables and herbs for $480, pick up in Randolph or Northfield. Limited to 60 households.</p>
</section>
<section class="col">
 <h2>Farm-to-table dinner</h2>
 <p>Join us on November 23 for a Hmong New Year farm-to-table dinner at the Randolph Town Hall.</p>
</section>
<aside class="blog">
 <h3><a href="#">Blog: Why our farms need young hands</a></h3>
 <p>Our growers are getting older. Pa Chia Lee writes about passing farms to the next generation&hellip;</p>
</aside>
""")

PAGES["market.html"] = page("en", "Market stand volunteers", """
<h1>Market stand: June schedule</h1>
<p>Put your name in an OPEN box by texting Mai at 507-555-0181. The stand runs 6 am to 1:30 pm.</p>
<table class="sched">
 <thead><tr><th>Job</th><th>Jun 7</th><th>Jun 14</th><th>Jun 21</th><th>Jun 28</th></tr></thead>
 <tbody>
  <tr><th scope="row">Setup crew (6:00 am)</th><td>Pao</td><td class="open">OPEN</td><td class="open">OPEN</td><td>Mai</td></tr>
  <tr><th scope="row">Cashier / Square reader</th><td>Kia</td><td>Kia</td><td>Lee</td><td>Lee</td></tr>
  <tr><th scope="row">Hmong/English greeter</th><td class="open">OPEN</td><td>Nou</td><td class="open">OPEN</td><td class="open">OPEN</td></tr>
  <tr><th scope="row">Teardown &amp; cooler loading</th><td colspan="4" class="full">FULL for June</td></tr>
  <tr><th scope="row">Kids' craft table</th><td colspan="4" class="closed">Not running this season</td></tr>
 </tbody>
</table>
<p class="note">We accept EBT/SNAP at the stand, and Market Bucks double your dollars up to $10.</p>
<h2>Paid: Market manager</h2>
<p>Seasonal, $2,000 stipend for May&ndash;October. Runs the stand and the Square account. Must drive.</p>
""")

PAGES["pab.html"] = page("hmn", "Peb xav tau kev pab", """
<h1>Peb xav tau kev pab</h1>
<p>Yog koj xav pab dawb, hu rau Mai ntawm 507-555-0181.</p>

<h2>Neeg txhais lus (Hmoob&ndash;Askiv)</h2>
<p>Pab cov niam txiv laus thaum lawv mus ntsib lub chaw ua liaj ua teb (USDA/FSA) nyob Hastings. Yuav tsum paub hais lus Hmoob thiab lus Askiv zoo.</p>

<h2>Neeg pab khaws qoob loo</h2>
<p>Lub 8 hli thiab 9 hli, hnub Friday thaum sawv ntxov, pab khaws taum, kua txob thiab dib. Peb muab zaub rau koj coj mus tsev.</p>

<h2>Kws kho tsheb laij teb</h2>
<p><del>Peb lub tsheb laij teb me puas lawm.</del> Tau neeg pab lawm &mdash; ua tsaug Tub Xyooj!</p>

<h2>Thawv ntawv thiab hnab yas</h2>
<p>Peb tseem tsis muaj txaus thawv ntawv (cardboard produce boxes) thiab hnab yas rau khw. Yog koj muaj, coj tuaj rau peb hnub Saturday.</p>

<h2>Chav kawm ua liaj ua teb</h2>
<p>Peb qhia cog qoob loo thiab muag zaub rau cov tswv cuab tshiab, dawb xwb. Pib lub 3 hli.</p>
""")

PAGES["xov-xwm.html"] = page("hmn", "Xov xwm", """
<h1>Xov xwm</h1>
<article class="post">
 <h2>Tsev neeg Vaj lub tsev raug hluav taws kub</h2>
 <p class="date">Lub 10 hli 21</p>
 <p>Lub lim tiam dhau los, tsev neeg Vaj lub tsev nyob Cannon Falls raug hluav taws kub tag. Lawv muaj 6 leeg. Tam sim no lawv nyob nrog txheeb ze, tiam sis lawv xav tau pam vov, khaub ncaws menyuam thiab lauj kaub tais diav. Yog koj pab tau, hu rau Mai.</p>
</article>
<article class="post">
 <h2>Noj peb caug 2024 zoo heev</h2>
 <p>Ua tsaug rau txhua tus tuaj koom. Muaj li 400 leej tuaj noj mov thiab pov pob. <a href="/duab/noj-peb-caug-2024.html">Saib duab</a></p>
</article>
<article class="post">
 <h2>Xov xwm ntawm lub koom haum</h2>
 <p>Xyoo no peb muaj 4 tsev neeg tshiab koom. Peb lub vev xaib qub lawm, ces peb nrhiav ib tug neeg txawj ua vev xaib los pab hloov tshiab; tsis tas yuav paub lus Hmoob. Lub tsheb thauj zaub kuj kho tiav lawm.</p>
</article>
<article class="post teaser">
 <h2><a href="#">Nyeem ntxiv: Kev cog qoob loo thaum huab cua kub</a></h2>
</article>
""")

PAGES["pawg-thawj/rooj-sib-tham.html"] = page("en", "Board notes", """
<h1>Board notes &mdash; not public</h1>
<ul>
 <li>Still need a volunteer bookkeeper to take over from Txawj in March.</li>
 <li>Ask the county about a donated walk-in cooler for the wash station.</li>
 <li>Find a land lease lawyer who will review the new 5-year lease for free.</li>
</ul>
""")

ROBOTS = """User-agent: *
Disallow: /pawg-thawj/
Disallow: /css/
"""

PDFS = {
    "daim-ntawv.pdf": ("Daim ntawv sau npe pab dawb", [
        ("title", "Daim ntawv sau npe pab dawb - Lub Caij Ntuj No 2025"),
        ("p", "Randolph Hmong Market Growers Cooperative - 507-555-0181"),
        ("h", "Peb xav tau"),
        ("p", "Lub caij ntuj no peb muab zaub thiab nqaij qaib rau cov laus uas tawm tsis tau tsev. Peb xav tau "
              "neeg pab tsav tsheb xa zaub rau cov laus hnub Wednesday, 9 teev txog 12 teev. Koj yuav tsum muaj "
              "tsheb thiab daim ntawv tsav tsheb."),
        ("h", "Koj lub npe"),
        ("p", "Npe: ____________________   Xov tooj: ____________________"),
        ("h", "Yuav xa daim ntawv no li cas"),
        ("p", "Coj tuaj rau ntawm lub khw hnub Saturday, los sis thaij duab xa mus rau coop@randolphhmonggrowers.example."),
        ("h", "Rooj sib tham txhua xyoo"),
        ("p", "Rooj sib tham txhua xyoo yog hnub 15 lub 3 hli, 2 teev tsaus ntuj, ntawm Randolph Town Hall."),
    ]),
}

NEEDS = [
    N("market.html", ["setup crew"], "volunteer", "en", layout="shift_grid", note="OPEN cells on 2 dates"),
    N("market.html", ["greeter"], "volunteer", "en", ["hmn", "en"], layout="shift_grid",
      note="Hmong/English greeter, 3 OPEN cells"),
    N("pab.html", ["neeg txhais lus"], "skilled", "hmn", ["hmn", "en"], layout="heading_paragraph"),
    N("pab.html", ["khaws qoob loo"], "volunteer", "hmn", layout="heading_paragraph"),
    N("pab.html", ["thawv ntawv", "hnab yas"], "donation", "hmn", layout="short_on",
      note="'tseem tsis muaj txaus' = still not enough"),
    N("xov-xwm.html", ["pam vov", "lauj kaub tais diav"], "donation", "hmn", layout="story",
      note="Vaj family house fire"),
    N("xov-xwm.html", ["ua vev xaib"], "skilled", "hmn", layout="newsletter_buried",
      note="web builder buried in org news paragraph"),
    N("daim-ntawv.pdf", ["xa zaub rau cov laus", "tsav tsheb"], "volunteer", "hmn", layout="pdf",
      note="drivers delivering produce to homebound elders"),
]

TRAPS = [
    T("index.html", "hours", ["riverwalk market"]),
    T("index.html", "service", ["land lease help", "food safety"]),
    T("index.html", "offer", ["csa share"], note="selling shares"),
    T("index.html", "event", ["farm-to-table dinner"]),
    T("index.html", "blog", ["why our farms need young hands"]),
    T("market.html", "filled", ["cashier"], note="every slot has a name"),
    T("market.html", "filled", ["teardown"], note="FULL for June"),
    T("market.html", "filled", ["kids' craft table"], note="not running this season"),
    T("market.html", "service", ["market bucks"]),
    T("market.html", "job", ["market manager"], note="stipend"),
    T("pab.html", "filled", ["kho tsheb laij teb"], note="struck + 'tau neeg pab lawm'"),
    T("pab.html", "service", ["chav kawm ua liaj ua teb"]),
    T("xov-xwm.html", "recap", ["noj peb caug 2024"]),
    T("xov-xwm.html", "blog", ["kev cog qoob loo thaum huab cua kub"]),
    T("daim-ntawv.pdf", "how_to_apply", ["xa daim ntawv no li cas"]),
    T("daim-ntawv.pdf", "event", ["rooj sib tham txhua xyoo"]),
    T("pawg-thawj/rooj-sib-tham.html", "robots", ["volunteer bookkeeper"]),
    T("pawg-thawj/rooj-sib-tham.html", "robots", ["walk-in cooler"]),
    T("pawg-thawj/rooj-sib-tham.html", "robots", ["land lease lawyer"]),
]
