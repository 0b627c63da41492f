"""Tsev Hmoob Community House, Clear Lake MN: Wix-style div soup, EN card grid with titles in h3 / div>span /
p>strong / a>span>span / h4 / div, Hmong home page and Hmong news page, English PDF newsletter, robots /staff-only/."""
from common import need, trap

SLUG = "clear-lake-tsev-hmoob-community-house"


def wix(title, lang, body):
    return """<!DOCTYPE html>
<html lang="%s">
<head>
<meta charset='utf-8'>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder">
<title>%s | Tsev Hmoob</title>
<link rel="preload" href="https://static.parastorage.com/services/wix-thunderbolt/dist/main.css" as="style">
<style>#SITE_CONTAINER{min-height:100vh}.pill{border-radius:9px;padding:2px 8px;font-size:12px}</style>
</head>
<body>
<div id="SITE_CONTAINER"><div id="main_MF"><div id="site-root">
<header id="SITE_HEADER" class="xU8fqS"><div class="_1fbEI"><div id="comp-hdr1" class="wixui-rich-text">
<p class="font_7"><a href="/index.html"><span class="wixGuard">Tsev Hmoob Community House</span></a></p></div>
<nav id="comp-menu" aria-label="Site"><ul class="StylableHorizontalMenu3372578893__menu">
<li><a href="/index.html" data-testid="linkElement"><div class="itemLabel">Home</div></a></li>
<li><a href="/volunteer.html" data-testid="linkElement"><div class="itemLabel">Volunteer</div></a></li>
<li><a href="/hmn/index.html" data-testid="linkElement"><div class="itemLabel">Hmoob</div></a></li>
<li><a href="/hmn/xov-xwm.html" data-testid="linkElement"><div class="itemLabel">Xov Xwm</div></a></li>
</ul></nav></div></header>
<main id="PAGES_CONTAINER" tabindex="-1"><div id="SITE_PAGES"><div class="_3SQN-">
%s
</div></div></main>
<footer id="SITE_FOOTER"><div class="_1fbEI"><div id="comp-ftr1" class="wixui-rich-text">
<p class="font_9">Tsev Hmoob Community House &middot; 300 Main Ave, Clear Lake, MN 55319 &middot; 320-555-0164</p>
<p class="font_9"><a href="/docs/newsletter-spring.pdf">Spring newsletter</a> &middot; <a href="/staff-only/schedule.html">Staff login</a></p>
</div></div></footer>
</div></div></div>
<script>window.viewerModel = {"siteFeatures":[]};</script>
</body>
</html>
""" % (lang, title, body)


INDEX = wix("Home", "en", """
<section id="comp-hero" class="wixui-section"><div data-testid="columns" class="_2lPU-">
<div id="comp-hero-txt" class="wixui-rich-text" data-testid="richTextElement">
<h1 class="font_0 wixui-rich-text__text"><span style="letter-spacing:0.05em;" class="wixui-rich-text__text">Tsev Hmoob Community House</span></h1>
<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">A gathering place for Hmong families in Sherburne County since 2009.</span></p>
</div>
<a data-testid="linkElement" href="https://www.paypal.com/donate?campaign=tsevhmoob" class="wixui-button"><span class="wixui-button__label">Support us</span></a>
</div></section>
<section id="comp-prog" class="wixui-section">
<div data-testid="richTextElement" class="wixui-rich-text"><h2 class="font_2"><span>Elder lunch program</span></h2>
<p class="font_8"><span>Hot lunch for elders every Monday, Wednesday and Friday at noon, $2 suggested. Rides available inside Clear Lake.</span></p></div>
<div data-testid="richTextElement" class="wixui-rich-text"><h2 class="font_2"><span>Hmong New Year Celebration</span></h2>
<p class="font_8"><span>Saturday, November 29 at the Clear Lake school gym. Ball toss, food stands and a qeej performance at 2 p.m.</span></p>
<p class="font_8"><a href="/events/2023-paj-ntaub-show.html"><span>Look back at the 2023 paj ntaub show</span></a></p></div>
</section>
""")

VOLUNTEER = wix("Volunteer", "en", """
<section id="comp-vol" class="wixui-section">
<div data-testid="richTextElement" class="wixui-rich-text"><h1 class="font_0"><span>Volunteer with us</span></h1>
<p class="font_8"><span>Message Mai Nou at 320-555-0164 about any card below.</span></p></div>
<div class="grid-3" role="list">

<div role="listitem" class="comp-card" id="comp-card1"><div data-testid="richTextElement">
<h3 class="font_4"><span class="color_15">Garden Bed Builders</span></h3>
<p class="font_8">The elder garden behind the center is growing by twelve raised beds this spring. We need people who can swing a hammer and move soil on Saturday, May 3 and Saturday, May 10.</p>
</div></div>

<div role="listitem" class="comp-card" id="comp-card2"><div class="card-title"><span>Medicare Paperwork Helper</span></div>
<div data-testid="richTextElement"><p class="font_8">Elders get letters from Medicare and the county that they cannot read. Sit with them for an hour and help fill out renewals. Reading Hmong is a plus but not required.</p></div></div>

<div role="listitem" class="comp-card is-muted" id="comp-card3"><div data-testid="richTextElement">
<p class="font_8"><strong>Story Cloth Photographer</strong> <span class="pill">FILLED</span></p>
<p class="font_8">Thanks to Kou V., the whole story cloth collection is now photographed.</p>
</div></div>

<div role="listitem" class="comp-card" id="van"><a href="/volunteer.html#van" data-testid="linkElement"><span class="label"><span>Van Driver, Elder Lunch</span></span></a>
<div data-testid="richTextElement"><p class="font_8">Drive our 12-passenger van on Monday, Wednesday or Friday mornings to bring elders in for lunch. A clean driving record is needed; we cover the insurance.</p></div></div>

<div role="listitem" class="comp-card" id="comp-card5"><h4 class="font_5">Front Desk Receptionist</h4><span class="pill pill-paid">PAID &middot; $19/hr</span>
<div data-testid="richTextElement"><p class="font_8">Part-time, 24 hours a week. Hmong and English required.</p></div></div>

<div role="listitem" class="comp-card" id="comp-card6"><div class="card-title">Sewing Machines</div>
<div data-testid="richTextElement"><p class="font_8">We are short on working sewing machines for the Tuesday paj ntaub circle &mdash; three of ours died this winter. Basic straight-stitch machines are perfect.</p></div></div>

</div></section>
""")

HMN_INDEX = wix("Tsev Hmoob", "hmn", """
<section class="wixui-section"><div data-testid="richTextElement" class="wixui-rich-text">
<h1 class="font_0"><span>Zoo siab txais tos rau Tsev Hmoob</span></h1>
<p class="font_8">Peb yog ib lub koom haum me me pab cov tsev neeg Hmoob nyob rau Clear Lake, Becker thiab St. Cloud.</p>
<h2 class="font_2">Peb cov kev pab</h2>
<p class="font_8">Peb muaj chav kawm lus Askiv pub dawb rau cov laus txhua hnub Tuesday thiab Thursday.</p>
<p class="font_8"><strong>Lub sijhawm qhib:</strong> Monday txog Friday, 9:00 teev sawv ntxov txog 4:00 teev tav su.</p>
</div></section>
<section class="wixui-section"><div data-testid="richTextElement" class="wixui-rich-text">
<h2 class="font_2">Peb nrhiav neeg pab txhais lus</h2>
<p class="font_8">Muaj ntau tus laus mus ntsib kws kho mob tab sis tsis muaj leej twg pab txhais lus rau lawv. Yog koj hais tau lus Hmoob thiab lus Askiv zoo, thiab muaj sijhawm ib tag kis ib lub lim tiam, thov hu rau Mai Nou.</p>
<h2 class="font_2">Cov khoom peb xav tau rau chav ua noj</h2>
<ul class="font_8"><li>Mov (nplej) hnab 25 phaus</li><li>Roj noj</li><li>Ntsev thiab kua ntses</li><li>Lauj kaub loj</li></ul>
<p class="font_8"><s>Neeg pab ntxuav tsev</s> &mdash; Tsis tas lawm, ua tsaug ntau!</p>
<a data-testid="linkElement" href="https://www.paypal.com/donate?campaign=tsevhmoob" class="wixui-button"><span class="wixui-button__label">Pub nyiaj pab peb lub koom haum</span></a>
</div></section>
""")

HMN_NEWS = wix("Xov Xwm", "hmn", """
<section class="wixui-section"><div class="blog-feed">
<article class="post"><h2 class="blog-post-title-font">Niam Yer thiab nws plaub tus me nyuam</h2>
<p class="post-meta">Lub ib hlis ntuj 12, 2025</p>
<p>Niam Yer tus txiv tau tas sim neej rau lub caij nplooj zeeg. Tam sim no nws ib leeg tu plaub tus me nyuam. Lub caij ntuj no txias heev, tab sis cov me nyuam tseem tsis muaj tsho tiv no thiab khau looj taw daus (snow boots). Yog leej twg muaj tsho thiab khau rau me nyuam hnub nyoog 5 txog 12 xyoos, thov coj tuaj rau Tsev Hmoob.</p></article>

<article class="post"><h2 class="blog-post-title-font">Noj Peb Caug 2025</h2>
<p>Lub rooj noj peb caug yuav muaj rau hnub Saturday, November 29 ntawm lub tsev kawm ntawv Clear Lake. Txhua tus tuaj tau, coj tsev neeg tuaj thiab.</p></article>

<article class="post"><h2 class="blog-post-title-font">Xov xwm ntawm pawg thawj coj</h2>
<p>Xyoo tas los peb tau pab 140 tsev neeg thiab muab 2,000 pluag mov rau cov laus. Tsis tas li ntawd, peb lub tshuab luam ntawv (printer) thiab ob lub computer hauv chaw ua haujlwm puas lawm; yog leej twg paub kho computer, thov hu rau Npis Lis. Lub rooj sib tham tom ntej yog hnub Tuesday, Lub peb hlis ntuj 4.</p></article>
</div></section>
""")

STAFF = wix("Staff schedule", "en", """
<section class="wixui-section"><h1>Staff schedule (internal)</h1>
<ul>
<li>We need a substitute cook for March 10&ndash;14 while Yeng is away.</li>
<li>Ask the Lions Club for a commercial rice cooker donation.</li>
<li>Find a volunteer to reorganize the supply closet before inventory.</li>
</ul></section>
""")

PAGES = {
    "index.html": INDEX,
    "volunteer.html": VOLUNTEER,
    "hmn/index.html": HMN_INDEX,
    "hmn/xov-xwm.html": HMN_NEWS,
    "staff-only/schedule.html": STAFF,
}

ROBOTS = """User-agent: *
Disallow: /staff-only/
Disallow: /_api/
Allow: /

User-agent: GPTBot
Disallow: /
"""

PDFS = {
    "docs/newsletter-spring.pdf": ("Tsev Hmoob Spring Newsletter", [
        ("title", "Tsev Hmoob Spring Newsletter - 2025"),
        ("p", "Clear Lake, Minnesota"),
        ("gap", ""),
        ("h", "Winter recap"),
        ("p", "Between December and February we served 2,300 elder lunches and welcomed four new families. "
              "Thank you to every cook and driver."),
        ("gap", ""),
        ("h", "Garden and grant news"),
        ("p", "The seedlings are up in the window boxes. Our Bush Foundation grant ends in June, and Mai has started "
              "the renewal, but none of us has written a grant proposal this size before. If you have grant-writing "
              "experience and could read and mark up drafts in April and May, please call the center."),
        ("gap", ""),
        ("h", "Spring plant sale"),
        ("p", "Saturday, May 17, 9 a.m. to 1 p.m. Egg rolls, bitter melon starts, lemongrass and Thai chili seedlings."),
    ]),
}

NEEDS = [
    need("volunteer.html", ["garden bed builders", "raised beds"], "volunteer", "en", layout="role_cards", note="title in h3>span"),
    need("volunteer.html", ["medicare paperwork"], "skilled", "en", ["en", "hmn"], layout="role_cards",
         note="title in div>span; Hmong a plus"),
    need("volunteer.html", ["van driver"], "volunteer", "en", layout="role_cards", note="title in a>span>span"),
    need("volunteer.html", ["sewing machines"], "donation", "en", layout="role_cards", note="'we are short on', title in bare div"),
    need("hmn/index.html", ["txhais lus"], "skilled", "hmn", ["hmn", "en"], layout="heading_paragraph"),
    need("hmn/index.html", ["cov khoom peb xav tau", "roj noj", "lauj kaub"], "donation", "hmn", layout="wish_list"),
    need("hmn/xov-xwm.html", ["tsho tiv no", "niam yer"], "donation", "hmn", layout="story"),
    need("hmn/xov-xwm.html", ["kho computer"], "skilled", "hmn", layout="newsletter_buried"),
    need("docs/newsletter-spring.pdf", ["grant-writing", "grant proposal"], "skilled", "en", layout="pdf",
         note="buried in garden news"),
]

TRAPS = [
    trap("index.html", "general_appeal", ["support us"]),
    trap("index.html", "service", ["elder lunch program"]),
    trap("index.html", "event", ["new year celebration"]),
    trap("volunteer.html", "filled", ["story cloth photographer"], "FILLED pill"),
    trap("volunteer.html", "job", ["front desk receptionist"]),
    trap("hmn/index.html", "service", ["chav kawm lus askiv"]),
    trap("hmn/index.html", "hours", ["lub sijhawm qhib"]),
    trap("hmn/index.html", "filled", ["ntxuav tsev"], "<s> + 'tsis tas lawm'"),
    trap("hmn/index.html", "general_appeal", ["pub nyiaj"]),
    trap("hmn/xov-xwm.html", "event", ["noj peb caug"]),
    trap("hmn/xov-xwm.html", "recap", ["xyoo tas los"]),
    trap("docs/newsletter-spring.pdf", "recap", ["winter recap"]),
    trap("docs/newsletter-spring.pdf", "event", ["plant sale"]),
    trap("staff-only/schedule.html", "robots", ["substitute cook"]),
    trap("staff-only/schedule.html", "robots", ["rice cooker"]),
    trap("staff-only/schedule.html", "robots", ["supply closet"]),
]
