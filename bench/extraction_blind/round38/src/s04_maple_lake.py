"""Hmong Kwv Tij Association (Maple Lake): Wix-style div soup. English card grid with titles in
h3 / div>span / p>strong / a>span>span / h4; Hmong <dl> page; Hmong news page with a family story;
Hmong PDF form; robots-disallowed /thawj-coj/."""
from common import N, T

SLUG = "maple-lake-hmong-kwv-tij-association"


def head(lang, title):
    return """<!DOCTYPE html>
<html lang="%s" class="wix-html">
<head>
<meta charset='utf-8'>
<meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport" />
<meta name="generator" content="Wix.com Website Builder"/>
<title>%s | Hmong Kwv Tij Association</title>
<link rel="preconnect" href="https://static.parastorage.com" crossorigin>
<script>window.viewerModel = {"site":{"metaSiteId":"9f1c7a52-2b1e-4d8f-9a7e-03c5b1e2d6aa"},"language":{"userLanguage":"en"}};</script>
<style id="css_masterPage">#comp-lq2k8a1{--bg:#7a1f2b;width:100%%}#comp-lq2k8a9{font:normal normal 700 32px/1.3 'playfair display',serif}</style>
</head>
<body>
<div id="SITE_CONTAINER"><div id="main_MF"><div id="site-root">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header"><div class="_C0cVf"><div id="comp-lq2k8a1" class="comp-lq2k8a1 wixui-box">
<div data-testid="richTextElement" class="wixui-rich-text" id="comp-lq2k8a9"><p class="font_2"><span style="color:#FFFFFF;">HMONG KWV TIJ ASSOCIATION</span></p></div>
<nav id="comp-lq2k8b3" aria-label="Site" class="wixui-horizontal-menu"><ul class="itemDepth02233374943__menu">
<li><a data-testid="linkElement" href="/index.html" class="wixui-horizontal-menu__item"><div class="itemDepth02233374943__label">Home</div></a></li>
<li><a data-testid="linkElement" href="/volunteer.html" class="wixui-horizontal-menu__item"><div class="itemDepth02233374943__label">Volunteer</div></a></li>
<li><a data-testid="linkElement" href="/pab-dawb.html" class="wixui-horizontal-menu__item"><div class="itemDepth02233374943__label">Pab Dawb</div></a></li>
<li><a data-testid="linkElement" href="/xov-xwm.html" class="wixui-horizontal-menu__item"><div class="itemDepth02233374943__label">Xov Xwm</div></a></li>
<li><a data-testid="linkElement" href="/duab/xyoo-tshiab-2024.html" class="wixui-horizontal-menu__item"><div class="itemDepth02233374943__label">Photos</div></a></li>
</ul></nav>
</div></div></header>
<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div class="JsJXaX"><div id="Containerc1dmp">
""" % (lang, title)


FOOT = """
</div></div></div></main>
<footer id="SITE_FOOTER" class="wixui-footer"><div id="comp-lq2k9f0" class="wixui-rich-text" data-testid="richTextElement">
<p class="font_9">Hmong Kwv Tij Association &middot; 30 Division St W, Maple Lake, MN 55358 &middot; 320-555-0189</p>
<p class="font_9"><a href="/daim-ntawv.pdf" target="_blank">Daim ntawv sau npe pab dawb (PDF)</a> &middot; <a href="/thawj-coj/">Thawj coj</a></p>
<p class="font_9">&copy;2025 by Hmong Kwv Tij. Proudly created with Wix.com</p>
</div></footer>
</div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.js" async></script>
</body>
</html>
"""


def page(lang, title, body):
    return head(lang, title) + body + FOOT


INDEX = page("en", "Home", """
<section id="comp-m1a" class="wixui-section"><div class="comp-m1a-container">
<div id="comp-m1b" class="wixui-rich-text" data-testid="richTextElement"><h1 class="font_0"><span style="letter-spacing:0.05em">Kwv tij means family.</span></h1></div>
<div id="comp-m1c" class="wixui-rich-text" data-testid="richTextElement"><p class="font_8">Since 1985 we have helped Hmong families in Wright County keep their language, their clan ties and their footing in a new country.</p></div>
</div></section>
<section id="comp-m2a" class="wixui-section"><div class="comp-m2a-container">
<div class="wixui-repeater"><div class="wixui-repeater__item">
<div data-testid="richTextElement" class="wixui-rich-text"><h2 class="font_4">Elders Day Program</h2></div>
<div data-testid="richTextElement" class="wixui-rich-text"><p class="font_8">Mondays and Wednesdays 10&ndash;2: lunch, gentle exercise, qeej and kwv txhiaj, and a nurse visit once a month. Free for Hmong elders 60+.</p></div>
</div><div class="wixui-repeater__item">
<div data-testid="richTextElement" class="wixui-rich-text"><h2 class="font_4">Hmong New Year 2025</h2></div>
<div data-testid="richTextElement" class="wixui-rich-text"><p class="font_8">November 29&ndash;30 at the Wright County Fairgrounds. Ball toss, singing contest, food stands. Everyone is welcome.</p></div>
</div><div class="wixui-repeater__item">
<div data-testid="richTextElement" class="wixui-rich-text"><h2 class="font_4">Become a member</h2></div>
<div data-testid="richTextElement" class="wixui-rich-text"><p class="font_8">$25 per family per year keeps the lights on. Pay at the office or online.</p></div>
<a data-testid="linkElement" href="https://hmongkwvtij.org/pay" class="wixui-button"><span class="wixui-button__label">Join now</span></a>
</div></div>
</div></section>
<section id="comp-m3a" class="wixui-section"><div data-testid="richTextElement" class="wixui-rich-text">
<h3 class="font_5">From our blog: Why our elders' stories matter</h3>
<p class="font_8">Nkauj Yeng spent a summer recording her grandmother's songs from Laos. What she learned changed how she sees her own family&hellip;</p>
</div>
<div data-testid="richTextElement" class="wixui-rich-text"><p class="font_8">Want to help? See <a href="/volunteer.html">our volunteer page</a>. Nyeem ua lus Hmoob: <a href="/pab-dawb.html">Pab Dawb</a>.</p></div>
</section>
""")

VOLUNTEER = page("en", "Volunteer", """
<section id="comp-v1" class="wixui-section"><div data-testid="richTextElement" class="wixui-rich-text"><h1 class="font_0">Volunteer with us</h1>
<p class="font_8">Our office has two part-time staff. Everything else happens because someone showed up.</p></div></section>
<section id="comp-v2" class="wixui-section"><div class="wixui-repeater" data-testid="repeater">

<div class="wixui-repeater__item" id="comp-v2__item1"><div class="Ww4nkR">
<div data-testid="richTextElement" class="wixui-rich-text"><h3 class="font_6">Van Driver &ndash; Elders Day Program</h3></div>
<div data-testid="richTextElement" class="wixui-rich-text"><p class="font_8">Pick up 4&ndash;6 elders on Monday and Wednesday mornings around Maple Lake and Annandale and bring them home at 2. Our 12-passenger van, your regular driver's license.</p></div>
</div></div>

<div class="wixui-repeater__item" id="comp-v2__item2"><div class="Ww4nkR">
<div data-testid="richTextElement" class="wixui-rich-text"><div class="font_6"><span style="font-weight:bold;"><span style="color:#7A1F2B;">Youth Garden Mentor</span></span></div></div>
<div data-testid="richTextElement" class="wixui-rich-text"><p class="font_8">Twelve teenagers and one plot at the community garden. We need a grower who knows Minnesota soil and frost dates to show them how to plan beds and keep the tomatoes alive through July. Saturdays, May&ndash;September.</p></div>
</div></div>

<div class="wixui-repeater__item" id="comp-v2__item3"><div class="Ww4nkR">
<div data-testid="richTextElement" class="wixui-rich-text"><p class="font_8"><strong>Paj Ntaub Teacher</strong> <span class="pill" style="background:#9e9e9e;color:#fff;border-radius:9px;padding:0 8px">FILLED</span></p></div>
<div data-testid="richTextElement" class="wixui-rich-text"><p class="font_8">Niam Tswb has said yes to the spring story-cloth class. Thank you!</p></div>
</div></div>

<div class="wixui-repeater__item" id="comp-v2__item4"><div class="Ww4nkR">
<a data-testid="linkElement" href="#medical" class="wixui-link"><span class="font_6"><span style="text-decoration:underline">Medical Interpreter (Hmong&ndash;English)</span></span></a>
<div data-testid="richTextElement" class="wixui-rich-text" id="medical"><p class="font_8">Go with an elder to appointments in Buffalo or Monticello and make sure the doctor and the patient understand each other. You must speak both Hmong and English well; medical words we can help with.</p></div>
</div></div>

<div class="wixui-repeater__item" id="comp-v2__item5"><div class="Ww4nkR">
<div data-testid="richTextElement" class="wixui-rich-text"><h3 class="font_6">Office Assistant</h3></div>
<div data-testid="richTextElement" class="wixui-rich-text"><p class="font_8">Part-time staff position, $16/hour, 15 hours a week. Answer phones, keep the member list. E-mail a resume to the board.</p></div>
</div></div>

<div class="wixui-repeater__item" id="comp-v2__item6"><div class="Ww4nkR">
<div data-testid="richTextElement" class="wixui-rich-text"><h4 class="font_7">Photo scanning for our 40th-anniversary book</h4></div>
<div data-testid="richTextElement" class="wixui-rich-text"><p class="font_8">Families have lent us hundreds of photos from Ban Vinai and the early years in Minnesota. We need someone patient with a flatbed scanner (or who will use ours) to scan and label them before we give them back.</p></div>
</div></div>

</div></section>
""")

PAB_DAWB = page("hmn", "Pab Dawb", """
<section id="comp-p1" class="wixui-section"><div data-testid="richTextElement" class="wixui-rich-text">
<h1 class="font_0">Cov hauj lwm pab dawb</h1>
<p class="font_8">Peb lub koom haum muaj sia nyob vim yog cov neeg pab dawb. Nov yog cov hauj lwm uas peb tseem xav tau neeg pab.</p>
</div></section>
<section id="comp-p2" class="wixui-section"><div data-testid="richTextElement" class="wixui-rich-text">
<dl>
<dt><strong>Xib fwb qhia ntawv Hmoob</strong></dt>
<dd>Hnub Saturday 9:00 txog 11:00 sawv ntxov, peb qhia cov me nyuam nyeem thiab sau ntawv Hmoob. Peb xav tau ob tug xib fwb uas nyeem thiab sau tau ntawv Hmoob zoo.</dd>
<dt><strong>Neeg pab nqa rooj thiab rooj zaum</strong></dt>
<dd>Txhua lub hli thaum muaj rooj sib tham loj, peb yuav tsum teeb 30 lub rooj thiab 200 lub rooj zaum. Yog koj muaj zog thiab muaj ob peb teev hnub Sunday, thov los pab peb.</dd>
<dt><strong>Neeg sau npe qhua tuaj koom</strong></dt>
<dd><b>Tau neeg lawm</b> &mdash; ua tsaug ntau rau Maiv Yeej thiab Paj Ntxhi.</dd>
<dt><strong>Pab txhais ntaub ntawv</strong></dt>
<dd>Peb muaj ntau daim ntawv los ntawm tsev kawm ntawv thiab lub county uas yuav tsum muab txhais ua lus Hmoob. Peb nrhiav ib tug neeg uas paub lus Askiv thiab lus Hmoob zoo.</dd>
</dl>
<p class="font_8"><strong>Chaw ua hauj lwm qhib:</strong> Monday txog Friday, 9:00 txog 3:00.</p>
</div></section>
""")

XOV_XWM = page("hmn", "Xov Xwm", """
<section id="comp-x1" class="wixui-section"><div data-testid="richTextElement" class="wixui-rich-text">
<h1 class="font_0">Xov Xwm</h1>
<h2 class="font_4">Tsev neeg Vaj xav tau kev pab</h2>
<p class="font_8">Lub hli Ib, Txiv Neeb Vaj raug mob nraub qaum thaum ua hauj lwm hauv lub Hoobkas qaib, tam sim no nws ua tsis tau hauj lwm. Nws tus poj niam thiab plaub tus me nyuam tseem tsis muaj tsho tiv no txaus rau lub caij ntuj no, thiab tus me nyuam yau tshaj plaws xav tau ib lub rooj zaum me nyuam hauv tsheb (car seat). Yog koj muaj, thov hu rau Tswv Yeej ntawm 320-555-0189.</p>
<h3 class="font_5"><span style="text-decoration:line-through">Cov pam</span></h3>
<p class="font_8">Muaj txaus lawm! Ua tsaug rau txhua tus. Thov tsis txhob xa pam tuaj ntxiv lawm.</p>
<h2 class="font_4">Kev ncaws pob Hmoob</h2>
<p class="font_8">Lub xya hli ntuj tim 5 thiab 6 ntawm Maple Lake ball fields. Cov pab pawg sau npe ua ntej lub rau hli tim 15.</p>
<h2 class="font_4">Xyoo tas los</h2>
<p class="font_8">Xyoo 2024 peb tau pab 85 tsev neeg nrog zaub mov, ntaub ntawv thiab kev txhais lus. Ua tsaug rau txhua tus neeg pab dawb!</p>
</div></section>
""")

THAWJ_COJ = page("hmn", "Thawj Coj", """
<section id="comp-t1" class="wixui-section"><div data-testid="richTextElement" class="wixui-rich-text">
<h1 class="font_0">Pawg thawj coj &mdash; tsis qhib rau pej xeem</h1>
<ul>
<li>Peb xav tau ib tug tus tuav nyiaj tshiab rau xyoo 2026.</li>
<li>Yuav ib lub tshuab luam ntawv tshiab rau chaw ua hauj lwm.</li>
<li>Xav tau neeg pab ntxuav lub tsev ua ntej Xyoo Tshiab.</li>
</ul>
</div></section>
""")

PAGES = {
    "index.html": INDEX,
    "volunteer.html": VOLUNTEER,
    "pab-dawb.html": PAB_DAWB,
    "xov-xwm.html": XOV_XWM,
    "thawj-coj/index.html": THAWJ_COJ,
}

ROBOTS = """# By default, Wix allows search engines to crawl your site.
User-agent: *
Allow: /
Disallow: /thawj-coj/

Sitemap: https://www.hmongkwvtij.org/sitemap.xml
"""

PDFS = {
    "daim-ntawv.pdf": ("Daim Ntawv Sau Npe Pab Dawb", [
        ("title", "Daim Ntawv Sau Npe Pab Dawb - Hmong Kwv Tij Association"),
        ("p", "Npe: ______________________________   Xov tooj: __________________"),
        ("p", "Chaw nyob: _____________________________________________________"),
        ("h", "Chav kawm lus Askiv"),
        ("p", "Chav kawm lus Askiv pub dawb rau cov niam txiv, hmo Tuesday 6:00 txog 8:00 ntawm peb lub chaw ua hauj lwm."),
        ("h", "Peb xav tau neeg pab saib me nyuam (childcare)"),
        ("p", "Hmo Tuesday, 6:00 txog 8:00, thaum cov niam txiv kawm lus Askiv, peb xav tau ob tug neeg pab saib "
              "xyuas cov me nyuam yaus hauv chav ib sab. Yuav tsum muaj hnub nyoog 16 xyoo los yog laus dua. "
              "[ ] Kuv xav pab"),
        ("h", "Xa daim ntawv no rov qab"),
        ("p", "Xa daim ntawv no rov qab rau Hmong Kwv Tij Association, 30 Division St W, Maple Lake, MN 55358, "
              "los yog muab rau Tswv Yeej."),
    ]),
}

NEEDS = [
    N("volunteer.html", ["van driver"], "volunteer", "en", [], "role_cards", "h3 title"),
    N("volunteer.html", ["garden mentor"], "skilled", "en", [], "role_cards", "title in div>span>span"),
    N("volunteer.html", ["medical interpreter"], "skilled", "en", ["hmn", "en"], "role_cards", "title in a>span>span"),
    N("volunteer.html", ["scanning"], "volunteer", "en", [], "role_cards", "h4 title"),
    N("pab-dawb.html", ["qhia ntawv hmoob", "xib fwb"], "skilled", "hmn", ["hmn"], "definition_list", "Hmong literacy teachers"),
    N("pab-dawb.html", ["nqa rooj"], "volunteer", "hmn", [], "definition_list", "carry tables and chairs"),
    N("pab-dawb.html", ["txhais ntaub ntawv"], "skilled", "hmn", ["hmn", "en"], "definition_list", "translate documents"),
    N("xov-xwm.html", ["tsho tiv no", "car seat", "tsev neeg vaj"], "donation", "hmn", [], "story", "injured father; winter coats + car seat"),
    N("daim-ntawv.pdf", ["saib me nyuam", "childcare"], "volunteer", "hmn", [], "pdf", "childcare during parents' class"),
]

TRAPS = [
    T("index.html", "service", ["elders day program"]),
    T("index.html", "event", ["hmong new year"]),
    T("index.html", "general_appeal", ["become a member"]),
    T("index.html", "blog", ["stories matter"]),
    T("index.html", "general_appeal", ["want to help"], "pointer to volunteer pages, no role named"),
    T("volunteer.html", "filled", ["paj ntaub"], "FILLED pill"),
    T("volunteer.html", "job", ["office assistant"], "paid"),
    T("pab-dawb.html", "filled", ["sau npe qhua"], "'Tau neeg lawm' = already have people"),
    T("pab-dawb.html", "hours", ["chaw ua hauj lwm qhib"]),
    T("xov-xwm.html", "filled", ["cov pam"], "struck heading + 'Muaj txaus lawm' = enough already"),
    T("xov-xwm.html", "event", ["kev ncaws pob"]),
    T("xov-xwm.html", "recap", ["85 tsev neeg"]),
    T("daim-ntawv.pdf", "service", ["kawm lus askiv pub dawb"]),
    T("daim-ntawv.pdf", "how_to_apply", ["xa daim ntawv no"]),
    T("thawj-coj/index.html", "robots", ["tus tuav nyiaj"]),
    T("thawj-coj/index.html", "robots", ["tshuab luam ntawv"]),
    T("thawj-coj/index.html", "robots", ["ntxuav lub tsev"]),
]
