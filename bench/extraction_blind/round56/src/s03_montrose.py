"""Site 3: Hmoob Koom Haum, a Hmong family association in Montrose MN. Wix-style div soup.
Hmong home page (land-loan ask, services, hours, New Year, bio), Hmong card grid whose titles sit in
h3 / div>span / p>strong / a>span>span, Hmong donation page with a grandmother's story, English page,
Hmong PDF sign-up form, robots /pawg-thawj-coj/."""
from common import need, trap

SLUG = "montrose-hmoob-koom-haum"

def head(lang, title):
    return """<!DOCTYPE html>
<html lang="%s">
<head>
<meta charset="utf-8">
<meta name="generator" content="Wix.com Website Builder">
<title>%s</title>
<link rel="stylesheet" href="https://static.parastorage.com/services/wix-thunderbolt/dist/main.css">
</head>
<body class="responsive">
<div id="SITE_CONTAINER"><div id="main_MF"><div id="site-root">
<header id="SITE_HEADER" class="wixui-header"><div class="comp-hdr">
 <div id="comp-logo" class="wixui-rich-text"><p class="font_0"><span>Hmoob Koom Haum &middot; Montrose</span></p></div>
 <nav id="comp-menu" class="wixui-dropdown-menu"><ul>
  <li><a data-testid="linkElement" href="/index.html"><div><div class="wixui-dropdown-menu__item">Tsev</div></div></a></li>
  <li><a data-testid="linkElement" href="/pab-dawb.html"><div><div class="wixui-dropdown-menu__item">Pab dawb</div></div></a></li>
  <li><a data-testid="linkElement" href="/khoom-pub.html"><div><div class="wixui-dropdown-menu__item">Pub khoom</div></div></a></li>
  <li><a data-testid="linkElement" href="/en/index.html"><div><div class="wixui-dropdown-menu__item">English</div></div></a></li>
 </ul></nav>
</div></header>
<main id="PAGES_CONTAINER"><div id="SITE_PAGES"><div class="page-inner">
""" % (lang, title)

FOOT = """</div></div></main>
<footer id="SITE_FOOTER" class="wixui-footer"><div class="comp-ftr">
 <div class="wixui-rich-text"><p class="font_9"><span>Hmoob Koom Haum &middot; 301 Buffalo Ave S, Montrose, MN 55363 &middot; (763) 555-0117</span></p>
 <p class="font_9"><span><a href="/duab/kev-ncaws-pob-2024.html">Duab: kev ncaws pob 2024</a> &middot; <a href="/pawg-thawj-coj/rooj-sib-tham.html">Pawg thawj coj</a> &middot; <a href="/daim-ntawv-pab-ua-vaj.pdf">Daim ntawv sau npe (PDF)</a></span></p></div>
</div></footer>
</div></div></div>
</body>
</html>
"""

INDEX = head("hmn", "Hmoob Koom Haum Montrose | Tsev") + """
<section id="comp-hero" class="wixui-section"><div data-mesh-id="comp-hero-inlineContent">
 <div id="comp-h1" class="wixui-rich-text"><h1 class="font_0"><span style="color:#1d3557">Zoo siab txais tos koj los rau Hmoob Koom Haum</span></h1></div>
 <div id="comp-intro" class="wixui-rich-text"><p class="font_8"><span>Peb yog ib lub koom haum me me uas pab cov tsev neeg Hmoob nyob hauv Montrose, Buffalo thiab Delano txij li xyoo 2009 los. Peb cov neeg ua haujlwm feem coob yog neeg pab dawb.</span></p></div>
</div></section>

<section id="comp-services" class="wixui-section"><div data-mesh-id="comp-services-inlineContent">
 <div class="wixui-rich-text"><h2 class="font_2"><span>Peb cov kev pab</span></h2>
 <ul class="font_8">
  <li><p><span>Pab sau ntawv thov kev pab (SNAP, MA, tsev nyob)</span></p></li>
  <li><p><span>Chav kawm lus Askiv rau cov laus, hnub Ob thiab hnub Plaub</span></p></li>
  <li><p><span>Pluas su rau cov laus txhua hnub Tsib</span></p></li>
 </ul></div>
 <div class="wixui-rich-text"><h2 class="font_2"><span>Sijhawm qhib qhov rooj</span></h2>
 <p class="font_8"><span>Hnub Ib txog Hnub Plaub: 9 teev sawv ntxov txog 4 teev 30 tav su<br>Hnub Tsib: 9 teev sawv ntxov txog 1 teev tav su</span></p></div>
</div></section>

<section id="comp-land" class="wixui-section"><div data-mesh-id="comp-land-inlineContent">
 <div class="wixui-rich-text"><h2 class="font_2"><span>Peb xav qiv ib daim av ua vaj</span></h2>
 <p class="font_8"><span>Peb cov niam tais yawm txiv nyiam cog zaub heev, tiam sis daim av uas peb tau qiv cog tau 6 xyoos no, tus tswv twb muag lawm. Yog koj muaj ib daim av li ib acre nyob ze Montrose thiab kam qiv rau peb cog zaub lub caij ntuj sov no, thov hu rau Tswv Yeej ntawm (763) 555-0117. Peb yuav tu kom huv si, thiab peb yuav them tus nqi dej.</span></p></div>
</div></section>

<section id="comp-event" class="wixui-section"><div data-mesh-id="comp-event-inlineContent">
 <div class="wixui-rich-text"><h2 class="font_2"><span>Noj Peb Caug 2025</span></h2>
 <p class="font_8"><span>Tuaj koom peb lub Noj Peb Caug hnub Saturday, Lub Kaum Ib Hlis 22, ntawm Montrose Community Center. Muaj pov pob, hu nkauj thiab zaub mov Hmoob. Tsis them nqi nkag.</span></p></div>
</div></section>

<section id="comp-bio" class="wixui-section"><div data-mesh-id="comp-bio-inlineContent">
 <div class="wixui-rich-text"><h2 class="font_2"><span>Ntsib peb tus thawj coj</span></h2>
 <p class="font_8"><span>Paj Ntxhi Yaj yug hauv Ban Vinai thiab tuaj txog Minnesota xyoo 1988. Nws tau ua haujlwm pab cov tsev neeg Hmoob tau 20 xyoo, thiab nws yog niam ntawm plaub tug menyuam.</span></p></div>
</div></section>
""" + FOOT

CARD = """<div class="wixui-repeater__item" role="listitem"><div class="card-inner" data-mesh-id="{cid}">
 {title}
 <div class="wixui-rich-text"><p class="font_8"><span>{body}</span></p></div>
 {extra}
</div></div>
"""
cards = [
    CARD.format(cid="c1", title='<div class="wixui-rich-text"><h3 class="font_5"><span>Neeg txhais lus Hmoob thiab Askiv</span></h3></div>',
                body="Nrog cov laus mus ntsib kws kho mob hauv Buffalo thiab txhais lus rau lawv. Yuav tsum hais tau lus Hmoob thiab lus Askiv zoo. Ib lub lim tiam li 3 teev.",
                extra='<a class="wixui-button" href="/en/index.html"><span>Sau npe</span></a>'),
    CARD.format(cid="c2", title='<div class="wixui-rich-text title-ish"><div><span style="font-weight:700;font-size:20px">Neeg tsav tsheb coj cov laus mus kuaj mob</span></div></div>',
                body="Siv koj lub tsheb, feem ntau yog sawv ntxov. Peb them nqi roj tsheb (mileage) rau koj.",
                extra='<a class="wixui-button" href="/en/index.html"><span>Sau npe</span></a>'),
    CARD.format(cid="c3", title='<div class="wixui-rich-text"><p class="font_7"><strong>Pab ua zaub mov rau pluas su cov laus</strong></p></div>',
                body="Txhua hnub Tsib 9 teev txog 12 teev. Tsuas xav tau koj ob txhais tes xwb &ndash; tsis tas txawj ua noj heev.",
                extra='<a class="wixui-button" href="/en/index.html"><span>Sau npe</span></a>'),
    CARD.format(cid="c4", title='<a class="wixui-rich-text" href="/pab-dawb.html#c4"><span><span style="font-size:20px">Xib fwb qhia paj ntaub</span></span></a>',
                body="Peb cov ntxhais hluas xav kawm xaws paj ntaub. Yog koj txawj paj ntaub thiab muaj siab ntev, tuaj qhia lawv hnub Saturday tav su. Yuav qhia ua lus Hmoob.",
                extra='<a class="wixui-button" href="/en/index.html"><span>Sau npe</span></a>'),
    CARD.format(cid="c5", title='<div class="wixui-rich-text"><h3 class="font_5"><span>Pab qhia siv computer</span></h3></div>',
                body="Muaj neeg pab txaus lawm, ua tsaug ntau!",
                extra='<div class="pill pill-full"><span>PUV LAWM</span></div>'),
    CARD.format(cid="c6", title='<div class="wixui-rich-text"><h3 class="font_5"><span>Neeg zov qhov rooj (front desk)</span></h3></div>',
                body="Txoj haujlwm no muaj nyiaj hli: $18 ib teev, 20 teev ib lub lim tiam. Xa koj daim resume rau jobs@hmoobmontrose.org.",
                extra='<div class="pill pill-paid"><span>THEM NYIAJ</span></div>'),
]
PABDAWB = head("hmn", "Pab dawb | Hmoob Koom Haum Montrose") + """
<section class="wixui-section"><div data-mesh-id="comp-vol-inlineContent">
 <div class="wixui-rich-text"><h1 class="font_0"><span>Los ua neeg pab dawb</span></h1>
 <p class="font_8"><span>Peb cov kev pab txhua yam muaj tau los ntawm cov neeg pab dawb. Saib cov haujlwm hauv qab no thiab nias &ldquo;Sau npe&rdquo;.</span></p></div>
 <div class="wixui-repeater" role="list">
""" + "".join(cards) + """ </div>
</div></section>
""" + FOOT

KHOOM = head("hmn", "Pub khoom | Hmoob Koom Haum Montrose") + """
<section class="wixui-section"><div data-mesh-id="comp-give-inlineContent">
 <div class="wixui-rich-text"><h1 class="font_0"><span>Pub khoom</span></h1>
 <p class="font_8"><span>Xa khoom tuaj rau hnub Ob thiab hnub Plaub, 10 teev txog 3 teev, ntawm lub qhov rooj tom qab.</span></p></div>

 <div class="wixui-rich-text"><h2 class="font_2"><span>Cov khoom peb tseem xav tau</span></h2>
 <ul class="font_8">
  <li><p><span>Txhuv (hnab 25 phaus)</span></p></li>
  <li><p><span>Roj ua noj</span></p></li>
  <li><p><span>Ntsev thiab kua ntses</span></p></li>
  <li><p><span>Ntawv so quav thiab xab npum</span></p></li>
  <li><p><span>Pam vov menyuam yaus</span></p></li>
 </ul></div>

 <div class="wixui-rich-text"><h2 class="font_2"><span>Tsho tiv no</span></h2>
 <p class="font_8"><span><del>Tsho tiv no rau cov laus</del> &mdash; Txaus lawm, ua tsaug! Xyoo no peb tsis txais ntxiv lawm.</span></p></div>

 <div class="wixui-rich-text"><h2 class="font_2"><span>Peb tsis txais cov khoom no</span></h2>
 <ul class="font_8">
  <li><p><span>Txaj pw qub thiab lub mattress qub</span></p></li>
  <li><p><span>TV qub</span></p></li>
  <li><p><span>Khoom noj uas ua hauv tsev</span></p></li>
 </ul></div>

 <div class="wixui-rich-text"><h2 class="font_2"><span>Niam Tais Ntxawm thiab nws peb tug xeeb ntxwv</span></h2>
 <p class="font_8"><span>Niam Tais Ntxawm muaj 68 xyoo. Xyoo tas los nws tus ntxhais thiab nws tus vauv tau tuag vim tsheb tsoo, tam sim no nws tu nws peb tug xeeb ntxwv (4, 9 thiab 13 xyoos) ib leeg xwb. Lawv lub tsev me me thiab tsis muaj txaj txaus pw. Lawv xav tau ib lub txaj ob txheej (bunk bed), tsho tiv no rau cov menyuam, thiab ib lub rooj noj mov. Yog koj pab tau, thov hu rau Maiv Yaj (763) 555-0124.</span></p></div>

 <div class="wixui-rich-text"><h2 class="font_2"><span>Ua tsaug rau koj!</span></h2>
 <p class="font_8"><span>Lub caij ntuj no xyoo tas los peb tau faib 180 lub tsho tiv no thiab 95 daim pam rau cov tsev neeg.</span></p></div>
</div></section>
""" + FOOT

EN = head("en", "In English | Hmoob Koom Haum Montrose") + """
<section class="wixui-section"><div data-mesh-id="comp-en-inlineContent">
 <div class="wixui-rich-text"><h1 class="font_0"><span>Hmoob Koom Haum &ndash; Montrose Hmong Family Association</span></h1>
 <p class="font_8"><span>We serve Hmong families in western Wright County. Most of our pages are in Hmong.</span></p></div>

 <div class="wixui-rich-text"><h2 class="font_2"><span>Programs</span></h2>
 <p class="font_8"><span>Elder lunch program every Friday; benefits paperwork help; English classes for elders; youth soccer and culture camp in July.</span></p></div>

 <div class="wixui-rich-text"><h2 class="font_2"><span>Enroll in the elder program</span></h2>
 <p class="font_8"><span>Call (763) 555-0117 or stop by. Bring the elder's Medicare or MA card and a list of medications.</span></p></div>

 <div class="wixui-rich-text"><h2 class="font_2"><span>Help us with our website</span></h2>
 <p class="font_8"><span>This site and our Facebook page are kept up by one very busy staff member. We are looking for a volunteer who knows Wix (or is happy to learn it) to post events and keep the English pages current &ndash; about two hours a week, from home.</span></p></div>

 <div class="wixui-rich-text"><h2 class="font_2"><span>We're hiring: Youth Program Coordinator</span></h2>
 <p class="font_8"><span>Full-time with benefits, $48,000&ndash;$52,000. Hmong and English required. Apply by email to jobs@hmoobmontrose.org.</span></p></div>

 <div class="wixui-rich-text"><h2 class="font_2"><span>Hours</span></h2>
 <p class="font_8"><span>Monday&ndash;Thursday 9:00&ndash;4:30, Friday 9:00&ndash;1:00.</span></p></div>
</div></section>
""" + FOOT

BOARD = """<!DOCTYPE html>
<html lang="hmn">
<head><meta charset="utf-8"><title>Rooj sib tham pawg thawj coj</title></head>
<body>
<h1>Rooj sib tham pawg thawj coj &ndash; Lub 5 Hlis 2025</h1>
<ul>
 <li>Yuav tsum nrhiav ib tug neeg khaws nyiaj tshiab.</li>
 <li>Lub tsheb van yuav tsum kho lub brake ua ntej lub caij ntuj sov.</li>
 <li>Xav yuav ib lub computer tshiab rau chaw ua haujlwm.</li>
</ul>
<p><a href="/index.html">Rov qab</a></p>
</body>
</html>
"""

PAGES = {
    "index.html": INDEX,
    "pab-dawb.html": PABDAWB,
    "khoom-pub.html": KHOOM,
    "en/index.html": EN,
    "pawg-thawj-coj/rooj-sib-tham.html": BOARD,
}

ROBOTS = """User-agent: *
Disallow: /pawg-thawj-coj/
Disallow: /_api/
Disallow: /_partials*
"""

PDFS = {
    "daim-ntawv-pab-ua-vaj.pdf": ("Daim ntawv sau npe - neeg pab ua vaj 2025", [
        ("title", "DAIM NTAWV SAU NPE - NEEG PAB UA VAJ 2025"),
        ("p", "Hmoob Koom Haum Montrose - 301 Buffalo Ave S, Montrose, MN 55363 - (763) 555-0117"),
        ("h", "Peb xav tau neeg pab ua vaj"),
        ("p", "Peb lub vaj zej zog muaj 40 daim vaj me rau cov tsev neeg. Peb xav tau neeg pab dawb tuaj "
              "pab ywg dej, dob nroj thiab khaws qoob txhua hnub Wednesday thiab Saturday thaum sawv ntxov, "
              "txij Lub Rau Hli mus txog Lub Cuaj Hli. Cov hluas hnub nyoog 14 xyoos rov saud tuaj tau."),
        ("p", "Npe: ______________________  Xov tooj: __________________"),
        ("p", "Hnub twg koj tuaj tau:  [  ] Wednesday   [  ] Saturday"),
        ("h", "Hnub qhib lub vaj"),
        ("p", "Hnub Saturday, Lub Rau Hli 7, 10 teev sawv ntxov. Peb yuav noj mov ua ke ntawm lub vaj."),
        ("h", "Xa daim ntawv no rov qab"),
        ("p", "Muab rau Tswv Yeej ntawm lub chaw ua haujlwm, los sis thaij duab xa rau (763) 555-0117."),
    ]),
}

NEEDS = [
    need("index.html", ["daim av"], "other", "hmn", [], "heading_paragraph",
         "lend about an acre of land for the elders' garden (a loan, not a gift)"),
    need("pab-dawb.html", ["txhais lus"], "skilled", "hmn", ["hmn", "en"], "role_cards", "title in h3"),
    need("pab-dawb.html", ["neeg tsav tsheb"], "volunteer", "hmn", [], "role_cards",
         "title in div>span; mileage paid is not a wage"),
    need("pab-dawb.html", ["ua zaub mov"], "volunteer", "hmn", [], "role_cards", "title in p>strong"),
    need("pab-dawb.html", ["paj ntaub"], "skilled", "hmn", ["hmn"], "role_cards",
         "title in a>span>span; 'will teach in Hmong'"),
    need("khoom-pub.html", ["cov khoom peb tseem xav tau", "txhuv"], "donation", "hmn", [], "wish_list"),
    need("khoom-pub.html", ["niam tais ntxawm", "txaj ob txheej"], "donation", "hmn", [], "story",
         "grandmother raising three grandchildren: bunk bed, children's coats, table"),
    need("en/index.html", ["website", "wix"], "skilled", "en", [], "heading_paragraph"),
    need("daim-ntawv-pab-ua-vaj.pdf", ["pab ua vaj", "ywg dej"], "volunteer", "hmn", [], "pdf",
         "garden helpers, only in the PDF"),
]

TRAPS = [
    trap("index.html", "service", ["pab sau ntawv thov kev pab"]),
    trap("index.html", "service", ["chav kawm lus askiv"]),
    trap("index.html", "service", ["pluas su rau cov laus"]),
    trap("index.html", "hours", ["sijhawm qhib qhov rooj"]),
    trap("index.html", "event", ["noj peb caug 2025"]),
    trap("index.html", "bio", ["ntsib peb tus thawj coj", "paj ntxhi yaj"]),
    trap("pab-dawb.html", "filled", ["siv computer"], "PUV LAWM pill"),
    trap("pab-dawb.html", "job", ["neeg zov qhov rooj"], "THEM NYIAJ: $18/hour"),
    trap("khoom-pub.html", "hours", ["xa khoom tuaj"], "drop-off days"),
    trap("khoom-pub.html", "filled", ["tsho tiv no rau cov laus"], "struck through, 'txaus lawm'"),
    trap("khoom-pub.html", "filled", ["peb tsis txais"], "do-not-accept list"),
    trap("khoom-pub.html", "recap", ["faib 180"]),
    trap("en/index.html", "service", ["elder lunch program"]),
    trap("en/index.html", "how_to_apply", ["enroll in the elder program"]),
    trap("en/index.html", "job", ["youth program coordinator"]),
    trap("en/index.html", "hours", ["monday–thursday 9:00"]),
    trap("daim-ntawv-pab-ua-vaj.pdf", "event", ["hnub qhib lub vaj"]),
    trap("daim-ntawv-pab-ua-vaj.pdf", "how_to_apply", ["xa daim ntawv no rov qab"]),
    trap("pawg-thawj-coj/rooj-sib-tham.html", "robots", ["neeg khaws nyiaj"]),
    trap("pawg-thawj-coj/rooj-sib-tham.html", "robots", ["tsheb van"]),
    trap("pawg-thawj-coj/rooj-sib-tham.html", "robots", ["computer tshiab"]),
]
