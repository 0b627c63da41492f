"""Site 3: Zoo Siab Hmong Community Center, Lakeland. Wix-style div soup; Hmong <dl>, Hmong PDF newsletter."""
from common import need, trap

SLUG = "lakeland-zoo-siab-hmong-center"
TOWN = "lakeland"

ROBOTS = """User-agent: *
Disallow: /board/
Disallow: /_api/
Disallow: /_partials*
"""


def head(title, lang):
    return """<!DOCTYPE html>
<html lang="%s" class="wix-site">
<head>
<meta charset="utf-8">
<title>%s | Zoo Siab Hmong Center</title>
<meta name="generator" content="Wix.com Website Builder">
<link rel="stylesheet" href="https://static.parastorage.example/services/wix-thunderbolt/dist/main.css">
</head>
<body>
<div id="SITE_CONTAINER"><div id="main_MF"><div id="SITE_HEADER" class="wixui-header">
 <div class="comp-kq1x"><div data-testid="richTextElement" class="font_0"><span style="color:#7A2E8E">ZOO SIAB</span> Hmong Community Center</div></div>
 <nav class="comp-kq2a wixui-dropdown-menu" aria-label="Site"><ul>
  <li><a data-testid="linkElement" href="/"><div class="StylableButton2545352419__label">Home</div></a></li>
  <li><a data-testid="linkElement" href="/pab-dawb.html"><div class="StylableButton2545352419__label">Pab Dawb</div></a></li>
  <li><a data-testid="linkElement" href="/khoom-pub.html"><div class="StylableButton2545352419__label">Khoom Pub</div></a></li>
  <li><a data-testid="linkElement" href="/news.html"><div class="StylableButton2545352419__label">News</div></a></li>
 </ul></nav>
</div>
<main id="PAGES_CONTAINER"><div id="SITE_PAGES"><div class="comp-page">
""" % (lang, title)


FOOT = """
</div></div></main>
<div id="SITE_FOOTER" class="wixui-footer"><div class="comp-ft1"><div data-testid="richTextElement">
 <p class="font_9">3318 Quixote Ave N, Lakeland, MN 55043 &middot; (651) 555-0124 &middot; info@zoosiab-mn.org</p>
 <p class="font_9"><a href="/board/minutes.html">Board members</a> &middot; <a href="/gallery/new-year-2024">Photo gallery</a></p>
</div></div></div>
</div></div>
<script>window.viewerModel = {"site":{"metaSiteId":"0000"}};</script>
</body>
</html>
"""

INDEX = head("Home", "en") + """
<section class="comp-s1 wixui-section"><div class="comp-s1-inner">
 <div data-testid="richTextElement" class="font_2"><h1 class="font_2">Welcome to Zoo Siab</h1></div>
 <div data-testid="richTextElement" class="font_8"><p class="font_8">A gathering place for Hmong families in the St. Croix valley since 2004.</p></div>
</div></section>
<section class="comp-s2 wixui-section"><div class="comp-s2-inner">
 <div class="comp-col"><div data-testid="richTextElement"><p class="font_5"><span style="font-weight:bold">What we offer</span></p>
  <p class="font_8">Free ESL and citizenship classes for elders, Monday&ndash;Thursday mornings. Rides to class are included.</p></div></div>
 <div class="comp-col"><div data-testid="richTextElement"><p class="font_5"><span style="font-weight:bold">Office hours</span></p>
  <p class="font_8">Mon&ndash;Fri 9 am&ndash;5 pm. Closed on federal holidays.</p></div></div>
 <div class="comp-col"><div data-testid="richTextElement"><p class="font_5"><span style="font-weight:bold">Elders&rsquo; summer picnic</span></p>
  <p class="font_8">Saturday, July 19, at the Lakeland beach shelter. Bring your family!</p></div></div>
</div></section>
<section class="comp-s3 wixui-section"><div class="comp-s3-inner">
 <div data-testid="richTextElement"><p class="font_7">Support the center &mdash; every gift counts.</p></div>
 <a data-testid="linkElement" class="wixui-button" href="/khoom-pub.html"><span class="wixui-button__label">Pab / Give</span></a>
 <a data-testid="linkElement" class="wixui-button" href="/pab-dawb.html"><span class="wixui-button__label">Volunteer</span></a>
 <a data-testid="linkElement" class="wixui-button" href="/xov-xwm-caij-nplooj-zeeg.pdf"><span class="wixui-button__label">Xov Xwm (PDF)</span></a>
</div></section>
""" + FOOT

VOLUNTEER = head("Pab Dawb", "hmn") + """
<section class="comp-s1 wixui-section"><div class="comp-s1-inner">
 <div data-testid="richTextElement"><h1 class="font_2">Pab Dawb</h1>
 <p class="font_8">Lub chaw Zoo Siab xav tau neeg pab dawb. Yog koj xav pab, hu rau Niam Ntxawm Vang ntawm (651) 555-0124.</p></div>
 <div data-testid="richTextElement"><dl class="roles">
  <dt>Neeg txhais lus Hmoob&ndash;Askiv</dt>
  <dd>Coj cov laus mus ntsib kws kho mob thiab pab txhais lus. Ib lub lim tiam ib zaug, ob peb teev.</dd>
  <dt>Neeg tsav tsheb</dt>
  <dd>Tsav tsheb coj cov laus tuaj noj mov ua ke hnub Wednesday. Yuav tsum muaj daim ntawv tsav tsheb thiab tsheb.</dd>
  <dt>Xib fwb qhia paj ntaub</dt>
  <dd><strong>PUV LAWM</strong> &mdash; ua tsaug rau txhua tus uas tau hu tuaj.</dd>
  <dt>Neeg pab ua teb zaub</dt>
  <dd>Peb lub teb zaub xav tau neeg pab dej zaub thiab dob nroj hnub Saturday sawv ntxov.</dd>
  <dt>Neeg ua haujlwm ib nrab hnub</dt>
  <dd>Txoj haujlwm no them nyiaj: $17 ib teev, 20 teev ib lub lim tiam. Xa koj daim ntawv thov tuaj rau peb.</dd>
 </dl></div>
 <div data-testid="richTextElement"><p class="font_8">Chaw ua haujlwm qhib: Monday txog Friday, 9 teev sawv ntxov txog 5 teev tsaus ntuj.</p></div>
</div></section>
""" + FOOT

DONATE = head("Khoom Pub", "hmn") + """
<section class="comp-s1 wixui-section"><div class="comp-s1-inner">
 <div data-testid="richTextElement"><h1 class="font_2">Khoom Pub</h1></div>
 <div class="comp-box"><div data-testid="richTextElement">
  <h2 class="font_4">Cov khoom peb xav tau</h2>
  <ul class="font_8"><li>Txhuv</li><li>Roj ua noj</li><li>Ntsev</li><li>Kua ntses</li><li>Qe</li></ul>
 </div></div>
 <div class="comp-box"><div data-testid="richTextElement">
  <h2 class="font_4">Ib tsev neeg xya leej</h2>
  <p class="font_8">Ib tsev neeg muaj xya leej tau tsiv los nyob Lakeland lub hli no. Lawv lub tsev tsis muaj rooj thiab txaj. Lawv xav tau ob lub txaj pw, pam vov, thiab ib lub rooj noj mov.</p>
 </div></div>
 <div class="comp-box"><div data-testid="richTextElement">
  <h2 class="font_4">Tsho tiv no</h2>
  <p class="font_8">Peb tau txais txaus lawm. Ua tsaug ntau!</p>
 </div></div>
 <div class="comp-box"><div data-testid="richTextElement">
  <h3 class="font_5">Peb tsis txais</h3>
  <ul class="font_8"><li>Khaub ncaws qias neeg</li><li>Tshuaj</li><li>Khoom noj uas qhib lawm</li></ul>
 </div></div>
 <div class="comp-box"><div data-testid="richTextElement">
  <h2 class="font_4">Xyoo Tshiab Hmoob</h2>
  <p class="font_8">Lub koob tsheej Xyoo Tshiab Hmoob: Saturday, November 22, ntawm lub tsev kawm ntawv high school. Txhua tus tuaj tau.</p>
 </div></div>
 <div data-testid="richTextElement"><p class="font_7">Pub nyiaj los pab peb lub chaw &mdash; ua tsaug!</p></div>
</div></section>
""" + FOOT

NEWS = head("News", "en") + """
<section class="comp-s1 wixui-section"><div class="comp-s1-inner">
 <div data-testid="richTextElement"><h1 class="font_2">News</h1></div>
 <div class="blog-post-item"><div data-hook="post-title"><p class="blog-post-title-font">Volunteers wanted? Read how our elders&rsquo; garden grew</p></div>
  <div data-hook="post-description"><p>Six seasons, 40 plots and a lot of bitter melon. <a href="#garden">Read more</a></p></div></div>
 <div class="blog-post-item"><div data-hook="post-title"><p class="blog-post-title-font">Pickup trucks needed for compost day</p></div>
  <div data-hook="post-description"><p>We&rsquo;re seeking two or three volunteers with pickup trucks to haul compost from the county yard to the garden on Saturday, April 26. Two loads each, done by noon.</p></div></div>
 <div class="blog-post-item"><div data-hook="post-title"><p class="blog-post-title-font">Our website needs a refresh</p></div>
  <div data-hook="post-description"><p>Seeking a volunteer who knows WordPress to move this site off the old builder and teach two staff members to keep it up to date.</p></div></div>
 <div class="blog-post-item"><div data-hook="post-title"><p class="blog-post-title-font">Thank you, gift bag packers!</p></div>
  <div data-hook="post-description"><p>40 volunteers packed 600 New Year gift bags for elders in one afternoon.</p></div></div>
 <div class="blog-post-item"><div data-hook="post-title"><p class="blog-post-title-font">Now hiring: Youth Program Assistant</p></div>
  <div data-hook="post-description"><p>Part-time, $18/hr, 15 hours a week after school. Hmong speaking preferred.</p></div></div>
 <div class="blog-post-item" id="garden"><div data-hook="post-title"><p class="blog-post-title-font">How the elders&rsquo; garden grew</p></div>
  <div data-hook="post-description"><p>In 2019 we had six plots. Today forty families grow mustard greens, lemongrass and bitter melon behind the center.</p></div></div>
</div></section>
""" + FOOT

BOARD = head("Board", "en") + """
<section class="comp-s1 wixui-section"><div class="comp-s1-inner">
 <div data-testid="richTextElement"><h1 class="font_2">Board minutes &mdash; March (members only)</h1>
 <p class="font_8">Action items:</p>
 <ul class="font_8">
  <li>Recruit a volunteer auditor for the 2025 books.</li>
  <li>We need 10 more folding tables for the hall.</li>
  <li>Find a Hmong-speaking social worker (grant-funded position).</li>
 </ul></div>
</div></section>
""" + FOOT

PAGES = {
    "index.html": INDEX,
    "pab-dawb.html": VOLUNTEER,
    "khoom-pub.html": DONATE,
    "news.html": NEWS,
    "board/minutes.html": BOARD,
}

PDFS = {
    "xov-xwm-caij-nplooj-zeeg.pdf": ("Xov Xwm Lub Caij Nplooj Zeeg 2025", [
        ("title", "Zoo Siab - Xov Xwm Lub Caij Nplooj Zeeg 2025"),
        ("p", "Nyob zoo txhua tus. Lub caij ntuj sov no peb tau muaj 120 tus menyuam tuaj kawm ntawv "
              "lus Hmoob thiab ua si nrog peb. Ua tsaug rau cov niam txiv thiab cov xib fwb."),
        ("h", "Xov xwm ntawm lub chaw"),
        ("p", "Peb tau pleev xim rau chav noj mov lawm thiab muab lub qhov rooj tshiab rau. Peb cov computer "
              "hauv chav kawm qub lawm thiab qeeb heev, cov menyuam siv tsis tau. Yog koj paub kho computer, "
              "thov hu rau peb: peb xav tau ib tug neeg pab kho computer ob peb teev. Tsis tas them nyiaj."),
        ("h", "Chav kawm lus Askiv dawb"),
        ("p", "Chav kawm lus Askiv dawb rau cov laus pib dua hnub Monday, September 8. Hu rau lub chaw "
              "yog koj xav kawm."),
        ("h", "Rooj sib tham"),
        ("p", "Rooj sib tham ntawm cov niam txiv: Thursday, October 9, 6 teev tsaus ntuj, hauv chav loj."),
    ]),
}

NEEDS = [
    need("pab-dawb.html", ["neeg txhais lus"], "skilled", "hmn", ["hmn", "en"], layout="definition_list"),
    need("pab-dawb.html", ["neeg tsav tsheb"], "volunteer", "hmn", layout="definition_list"),
    need("pab-dawb.html", ["teb zaub"], "volunteer", "hmn", layout="definition_list"),
    need("khoom-pub.html", ["cov khoom peb xav tau", "kua ntses"], "donation", "hmn", layout="wish_list"),
    need("khoom-pub.html", ["txaj pw", "pam vov", "ib tsev neeg xya leej"], "donation", "hmn", layout="story"),
    need("xov-xwm-caij-nplooj-zeeg.pdf", ["kho computer"], "skilled", "hmn", layout="pdf",
         note="buried in a newsletter paragraph"),
    need("news.html", ["pickup trucks"], "volunteer", "en", layout="blog_glued",
         note="directly below a tempting blog teaser"),
    need("news.html", ["knows wordpress", "website needs a refresh"], "skilled", "en", layout="seeking"),
]

TRAPS = [
    trap("index.html", "service", ["citizenship classes"]),
    trap("index.html", "hours", ["office hours"]),
    trap("index.html", "event", ["elders' summer picnic"]),
    trap("index.html", "general_appeal", ["every gift counts"]),
    trap("pab-dawb.html", "filled", ["xib fwb qhia paj ntaub"], "PUV LAWM"),
    trap("pab-dawb.html", "job", ["neeg ua haujlwm ib nrab hnub"], "them nyiaj $17 ib teev"),
    trap("pab-dawb.html", "hours", ["chaw ua haujlwm qhib"]),
    trap("khoom-pub.html", "filled", ["tsho tiv no"], "tau txais txaus lawm"),
    trap("khoom-pub.html", "not_accepted", ["peb tsis txais"]),
    trap("khoom-pub.html", "event", ["xyoo tshiab hmoob"]),
    trap("khoom-pub.html", "general_appeal", ["pub nyiaj"]),
    trap("news.html", "blog", ["volunteers wanted? read how"]),
    trap("news.html", "recap", ["gift bag packers"]),
    trap("news.html", "job", ["youth program assistant"]),
    trap("news.html", "blog", ["how the elders' garden grew"]),
    trap("board/minutes.html", "robots", ["volunteer auditor"]),
    trap("board/minutes.html", "robots", ["folding tables"]),
    trap("board/minutes.html", "robots", ["hmong-speaking social worker"]),
    trap("xov-xwm-caij-nplooj-zeeg.pdf", "recap", ["120 tus menyuam"]),
    trap("xov-xwm-caij-nplooj-zeeg.pdf", "service", ["chav kawm lus askiv dawb"]),
    trap("xov-xwm-caij-nplooj-zeeg.pdf", "event", ["rooj sib tham"]),
]
