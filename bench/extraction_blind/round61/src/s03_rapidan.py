"""Site 3: Ceg Ntoo Hmong Church, Rapidan. Squarespace-like, English + Hmong."""
from common import N, T

SLUG = "rapidan-ceg-ntoo-hmong-church"


def _page(lang, title, body):
    return """<!DOCTYPE html>
<html lang="%s" class="squarespace-damask">
<head>
<meta charset="utf-8">
<title>%s &mdash; Ceg Ntoo Hmong Church</title>
<link rel="stylesheet" type="text/css" href="//static1.example.com/static/versioned-site-css/site.css">
<style>.sqs-block-html h3{letter-spacing:.04em}.card-grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(240px,1fr));gap:20px}
.card{border:1px solid #ddd;padding:16px}.badge{background:#b22;color:#fff;padding:1px 6px;font-size:11px;text-transform:uppercase}</style>
</head>
<body id="collection-5f2a" class="header-overlay-alignment-center">
<div class="Header"><div class="Header-inner">
<a href="/" class="Header-branding">CEG NTOO <span>Hmong Church &middot; Rapidan, MN</span></a>
<nav class="Header-nav"><div class="Header-nav-inner">
<a href="/" class="Header-nav-item">Home</a>
<a href="/serve.html" class="Header-nav-item">Serve</a>
<a href="/pab-dawb.html" class="Header-nav-item">Pab Dawb</a>
<a href="/tsev-neeg.html" class="Header-nav-item">Tsev Neeg</a>
<a href="/tsab-ntawv-xov-xwm.pdf" class="Header-nav-item">Xov Xwm (PDF)</a>
</div></nav></div></div>
<main class="Main-content"><div class="sqs-layout"><div class="sqs-block html-block"><div class="sqs-block-content">
%s
</div></div></div></main>
<footer class="Footer"><div class="sqs-block-content">
<p>Ceg Ntoo Hmong Church &middot; 40 Oak St, Rapidan, MN 56079 &middot; (507) 555-0157 &middot; cegntoo.church@example.org</p>
<p><a href="/pawg-thawj/">Pawg Thawj Coj (Leaders)</a></p>
</div></footer>
</body>
</html>
""" % (lang, title, body)


PAGES = {}

PAGES["index.html"] = _page("en", "Home", """
<h1>Welcome &middot; Zoo siab txais tos</h1>
<p>We are a Hmong Christian congregation of about 140 people in the Blue Earth County countryside. Everyone is welcome &mdash; <em>txhua tus tuaj tau</em>.</p>
<h2>Sunday worship</h2>
<p>9:00 am English service &middot; 10:30 am Hmong service &middot; Sunday school for kids at 12:00 noon.</p>
<h2>Hmong New Year celebration</h2>
<p>Saturday, November 15, at the Rapidan Community Hall. Ball toss, traditional clothes, food and a short worship at 11 am. Bring your family!</p>
<p><a href="/duab/noj-peb-caug-2023.html">Photos from 2023</a></p>
<h2>Building fund</h2>
<p>Our fellowship hall roof is 30 years old. Give to the building fund by check or in the offering basket &mdash; write &ldquo;roof&rdquo; on the memo line.</p>
<h2>Pastor Tou's blog</h2>
<p><a href="/serve.html">Why we serve our neighbors</a> &mdash; a short reflection on Matthew 25 and what it means for a small church like ours.</p>
""")

PAGES["pab-dawb.html"] = _page("hmn", "Pab Dawb", """
<h1>Cov neeg pab dawb uas peb xav tau</h1>
<p>Yog koj xav pab, thov hu rau Niam Pov ntawm (507) 555-0157 los sis tham nrog nws tom qab pe hawm.</p>
<dl>
<dt>Xib fwb qhia ntawv Hmoob rau menyuam</dt>
<dd>Hnub Sunday tav su 12:00&ndash;1:00. Qhia cov menyuam nyeem thiab sau ntawv Hmoob. Koj yuav tsum hais tau lus Hmoob zoo.</dd>
<dt>Neeg tsav tsheb coj cov laus tuaj pe hawm</dt>
<dd>Hnub Sunday sawv ntxov. Koj yuav tsum muaj daim ntawv tsav tsheb thiab tsheb. Peb them nqi roj rau koj.</dd>
<dt>Neeg pab ua noj rau pluas mov sib koom</dt>
<dd>Hnub Sunday kawg ntawm txhua lub hli. Pab txiav zaub, hau mov thiab ntxuav lauj kaub.</dd>
<dt><s>Neeg ntaus nkauj (keyboard)</s></dt>
<dd>Twb muaj neeg ntaus lawm, ua tsaug ntau!</dd>
<dt>Neeg saib menyuam yaus thaum pe hawm</dt>
<dd>Txaus lawm rau xyoo no &mdash; tsis tas yuav muaj neeg ntxiv.</dd>
</dl>
""")

PAGES["tsev-neeg.html"] = _page("hmn", "Tsev Neeg", """
<h1>Pab tsev neeg hauv peb lub zej zos</h1>
<h2>Yawg Tswb Lis</h2>
<p>Yawg Tswb muaj 72 xyoo. Lub hli dhau los nws mob stroke, tam sim no nws taug kev tsis tau lawm. Nws tsev neeg xav tau ib lub rooj zaum muaj log (wheelchair) thiab ib lub rooj zaum da dej kom nws rov qab nyob tau hauv nws tsev. Yog koj muaj ib lub uas koj tsis siv lawm, thov hu rau peb.</p>
<h2>Sau khaub ncaws tiv no rau menyuam kawm ntawv</h2>
<p>Lub caij no txias heev. Peb tab tom sau tsho tiv no, kaus mom thiab hnab looj tes rau cov menyuam hauv Rapidan thiab Mankato. Peb tseem xav tau ntau &mdash; tshwj xeeb yog qhov loj rau menyuam 8 txog 14 xyoos. Coj tuaj rau hnub Sunday.</p>
<h2>Pam vov</h2>
<p>Peb twb muaj pam vov txaus lawm. Thov tsis txhob coj tuaj ntxiv. Ua tsaug!</p>
<h2>Chav kawm lus Askiv dawb</h2>
<p>Txhua hnub Tuesday 6:00 tsaus ntuj, lub koom txoos muaj chav kawm lus Askiv dawb rau cov laus. Tuaj tau txhua tus.</p>
""")

PAGES["serve.html"] = _page("en", "Serve", """
<h1>Ways to serve</h1>
<p>&ldquo;Whatever you did for one of the least of these&hellip;&rdquo; Below are the places we need hands right now. Talk to Pastor Tou or email serve@cegntoo.example.org.</p>
<div class="card-grid">
<div class="card"><h3>Youth mentor (grades 6&ndash;12)</h3><p>Wednesday nights 6:30&ndash;8. Hang out, play basketball, lead a small group. Background check required.</p></div>
<div class="card"><span class="card-h" style="font-size:20px">Livestream camera operator</span><p>We stream the 10:30 service on Facebook for elders who can't come. Must be comfortable with OBS, or willing to learn from Kou.</p></div>
<div class="card"><p class="lead"><b>Bookkeeping help</b></p><p>Our treasurer needs someone who knows QuickBooks for 2&ndash;3 hours a month.</p></div>
<div class="card filled"><h3>Nursery worker</h3><span class="badge">Filled</span><p>Thank you, Mai and Kia!</p></div>
<div class="card"><h3>Part-time youth pastor</h3><p>Paid position, 15 hours/week. Bachelor's degree and ministry experience preferred. Send a letter to the search committee.</p></div>
</div>
<h2>Fall revival</h2>
<p>October 10&ndash;12, 7 pm nightly, with guest speaker Rev. Nhia Vue from Fresno.</p>
<h2>Why we serve our neighbors</h2>
<p>From Pastor Tou: When I was a boy in Ban Vinai, a church from Iowa sent us blankets and rice&hellip; <a href="#">read the full post</a></p>
""")

PAGES["pawg-thawj/index.html"] = _page("hmn", "Pawg Thawj Coj", """
<h1>Rau cov thawj coj xwb</h1>
<p>Nplooj ntawv no yog rau pawg thawj coj xwb.</p>
<h3>Peb xav tau</h3>
<ul>
<li>Tus khaws nyiaj tshiab &mdash; Txiv Neeb yuav tawm lub rau hli.</li>
<li>Tus sau ntawv rau rooj sib tham txhua lub hli.</li>
<li>Ob tug neeg pab npaj lub rooj noj mov xyoo tshiab.</li>
</ul>
""")

ROBOTS = """User-agent: Googlebot
Disallow:

User-agent: *
Disallow: /pawg-thawj/
Disallow: /config/
"""

PDFS = {
    "tsab-ntawv-xov-xwm.pdf": ("Tsab Ntawv Xov Xwm - Lub Kaum Hli 2025", [
        ("title", "Ceg Ntoo - Tsab Ntawv Xov Xwm, Lub Kaum Hli 2025"),
        ("h", "Lus los ntawm Xib Hwb Tub"),
        ("p", "Nyob zoo txhua tus. Peb ua tsaug rau txhua tus uas tau pab thaum lub caij ntuj sov. Peb sau tau $3,200 rau cov tsev neeg raug dej nyab hauv Nplog teb, thiab cov menyuam tau kawm Vacation Bible School txog 60 tus."),
        ("p", "Ib qho ntxiv: muaj ob peb tug poj ntsuam hauv peb lub koom txoos uas lawv lub tsheb puas lawm thiab lawv tsis muaj nyiaj mus kho. Yog koj paub kho tsheb, thov pab lawv ib hnub Saturday. Lub koom txoos yuav them cov khoom (parts)."),
        ("h", "Noj Peb Caug"),
        ("p", "Hnub Saturday, 15 Lub Kaum Ib Hlis, ntawm Rapidan Community Hall. Txhua tus tuaj tau. Hnav khaub ncaws Hmoob tuaj!"),
        ("h", "Hnub yug"),
        ("p", "Zoo siab hnub yug rau Niam Ntxawm Vaj (80 xyoo) thiab Yawg Xab Yaj (85 xyoo)."),
    ]),
}

_PD, _TN, _S, _PT, _P = "pab-dawb.html", "tsev-neeg.html", "serve.html", "pawg-thawj/index.html", "tsab-ntawv-xov-xwm.pdf"

NEEDS = [
    N(_PD, ["xib fwb qhia ntawv hmoob"], "skilled", "hmn", ["hmn"], layout="definition_list"),
    N(_PD, ["neeg tsav tsheb"], "volunteer", "hmn", layout="definition_list", note="drivers for elders"),
    N(_PD, ["neeg pab ua noj"], "volunteer", "hmn", layout="definition_list", note="cooks for shared meal"),
    N(_TN, ["rooj zaum muaj log", "wheelchair"], "donation", "hmn", layout="story",
      note="elder after a stroke needs wheelchair + shower chair (one need)"),
    N(_TN, ["khaub ncaws tiv no", "tsho tiv no"], "donation", "hmn", layout="supply_drive",
      note="winter-clothes drive, 'peb tseem xav tau ntau'"),
    N(_S, ["youth mentor"], "volunteer", "en", layout="role_cards"),
    N(_S, ["livestream camera operator"], "skilled", "en", layout="role_cards", note="title in span"),
    N(_S, ["bookkeeping help"], "skilled", "en", layout="role_cards", note="title in p>b"),
    N(_P, ["kho tsheb"], "skilled", "hmn", layout="pdf", note="car repair, buried in pastor's letter"),
]

TRAPS = [
    T("index.html", "hours", ["sunday worship"]),
    T("index.html", "event", ["hmong new year celebration"]),
    T("index.html", "general_appeal", ["building fund"]),
    T("index.html", "blog", ["why we serve our neighbors"]),
    T(_PD, "filled", ["neeg ntaus nkauj"], "struck through + 'twb muaj neeg ntaus lawm'"),
    T(_PD, "filled", ["neeg saib menyuam yaus"], "'txaus lawm ... tsis tas yuav muaj neeg ntxiv'"),
    T(_TN, "filled", ["pam vov"], "'twb muaj ... txaus lawm'"),
    T(_TN, "service", ["chav kawm lus askiv dawb"]),
    T(_S, "filled", ["nursery worker"], "Filled badge"),
    T(_S, "job", ["part-time youth pastor"]),
    T(_S, "event", ["fall revival"]),
    T(_S, "blog", ["when i was a boy in ban vinai"]),
    T(_PT, "robots", ["tus khaws nyiaj tshiab"]),
    T(_PT, "robots", ["tus sau ntawv"]),
    T(_P, "recap", ["$3,200"]),
    T(_P, "event", ["noj peb caug"]),
]
