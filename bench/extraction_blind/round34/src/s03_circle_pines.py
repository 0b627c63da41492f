from common import N, T

SLUG = "circle-pines-hnub-qub-family-center"


def page(lang, title, body):
    return """<!DOCTYPE html>
<html lang="%s">
<head><meta charset="utf-8"><title>%s | Hnub Qub Hmong Family Center</title>
<meta name="generator" content="Wix.com Website Builder">
<style>.grid{display:grid;grid-template-columns:repeat(3,1fr);gap:16px}.card{border:1px solid #ddd;padding:12px}.pill{background:#c33;color:#fff;padding:2px 6px;border-radius:8px}</style>
</head>
<body>
<div id="SITE_CONTAINER"><div id="masterPage">
<header id="SITE_HEADER"><div data-testid="linkBar">
 <a data-testid="linkElement" href="/index.html"><span>Home</span></a>
 <a data-testid="linkElement" href="/volunteer.html"><span>Get Involved</span></a>
 <a data-testid="linkElement" href="/hmn/index.html"><span>Hmoob</span></a>
 <a data-testid="linkElement" href="/hmn/xov-xwm.html"><span>Xov Xwm</span></a>
</div></header>
<main id="PAGES_CONTAINER">
%s
</main>
<footer id="SITE_FOOTER"><div data-testid="richTextElement">
 <p><span>Hnub Qub Hmong Family Center · 9 Civic Heights Cir, Circle Pines, MN 55014 · (763) 555-0157</span></p>
 <p><span><a href="/ntawv/daim-ntawv-pab.pdf">Daim ntawv sau npe (PDF)</a> · <a href="/board/minutes.html">Board</a> · <a href="/blog/noj-peb-caug-2023">Photos</a></span></p>
</div></footer>
</div></div>
</body>
</html>
""" % (lang, title, body)


INDEX = page("en", "Home", """
<section><div data-testid="richTextElement"><h1><span><span>Hnub Qub means &ldquo;star&rdquo;</span></span></h1>
<p><span>We are a family center for Hmong households in the north metro: elders, parents, and kids.</span></p></div></section>
<section><div data-testid="richTextElement"><h2><span>What we offer</span></h2>
<p><span>English and citizenship classes for elders, help reading letters from the county, and a Friday kids' art club. All free.</span></p></div></section>
<section><div data-testid="richTextElement"><h2><span>Open</span></h2>
<p><span>Monday to Thursday, 10 am &ndash; 5 pm. Closed on Hmong New Year weekend.</span></p></div></section>
<section><div data-testid="richTextElement"><h2><span>Hmong New Year Celebration</span></h2>
<p><span>Saturday, November 22 at Centennial High School gym. Ball toss, food, qeej and dance performances.</span></p></div></section>
<section><div data-testid="richTextElement"><h2><span>Building fund</span></h2>
<p><span>Help us buy our own building. Give to the building fund today.</span></p></div></section>
""")

VOLUNTEER = page("en", "Get Involved", """
<section><h1><span>Get involved</span></h1>
<div class="grid" data-testid="repeater">
 <div class="card" data-testid="item"><h3>Elder Lunch Helper</h3>
  <p>Tuesdays and Thursdays 11&ndash;1. Set tables, serve rice and soup, sit and visit with our elders.</p></div>
 <div class="card" data-testid="item"><div class="title"><span style="font-weight:700">Citizenship Tutor</span></div>
  <p>Practice the 100 civics questions one-on-one with elders preparing for their interview. Patience matters more than Hmong.</p></div>
 <div class="card" data-testid="item"><p><strong>Garden Plot Buddy</strong> <span class="pill">FILLED</span></p>
  <p>Thank you, we found a buddy for every plot this season.</p></div>
 <div class="card" data-testid="item"><a href="#qeej"><span><span>Youth Qeej Instructor</span></span></a>
  <p>Teach the qeej to teens on Sunday afternoons. You need to play well and explain in Hmong.</p></div>
 <div class="card" data-testid="item"><h3>Front Desk Receptionist</h3>
  <p>Paid staff position, 25 hours a week, $18/hour, Hmong and English required.</p></div>
 <div class="card" data-testid="item"><h3>Craft Closet Wish List</h3>
  <ul><li>Embroidery floss</li><li>Cross-stitch fabric</li><li>Sharp scissors</li><li>Bead assortments</li></ul>
  <p>For the paj ntaub circle and kids' art club.</p></div>
</div></section>
""")

HMN = page("hmn", "Hmoob", """
<section><h1><span>Lub Chaw Tsev Neeg Hmoob Hnub Qub</span></h1>
<p>Peb qhib Monday txog Thursday, 10 teev sawv ntxov txog 5 teev tsaus ntuj.</p>
<h2>Peb xav tau neeg pab</h2>
<dl>
 <dt>Neeg pab txhais lus</dt>
 <dd>Peb xav tau ib tug neeg uas paub hais lus Hmoob thiab lus Askiv zoo los pab txhais lus rau cov laus thaum lawv mus ntsib kws kho mob. Ib lub lim tiam ob peb teev xwb.</dd>
 <dt>Neeg tsav tsheb</dt>
 <dd>Twb muaj neeg txaus lawm, ua tsaug ntau os!</dd>
 <dt>Neeg pab ua zaub mov rau cov laus</dt>
 <dd>Txhua hnub Tuesday thiab Thursday peb ua su rau cov laus. Peb xav tau ob tug neeg ntxiv los pab hlais zaub thiab hau mov thaum 9 teev sawv ntxov.</dd>
</dl></section>
""")

XOV_XWM = page("hmn", "Xov Xwm", """
<section><h1><span>Xov xwm</span></h1>
<article><h2>Tsev neeg Vaj xav tau kev pab</h2>
<p>Lub hli dhau los, tsev neeg Vaj lub tsev kub hnyiab tag. Txiv, niam thiab tsib tus me nyuam tam sim no nyob nrog lawv ib tug txheeb ze. Lawv tsis muaj dab tsi seem li. Lawv xav tau pam vov, lauj kaub, tais diav thiab khaub ncaws menyuam. Yog koj muaj, thov coj tuaj rau peb lub chaw.</p></article>
<article><h2>Ua tsaug rau txhua tus</h2>
<p>Xyoo no peb tau sau tau 300 lub hnab ntawv rau cov menyuam kawm ntawv. Ua tsaug ntau!</p></article>
<article><h2>Noj Peb Caug</h2>
<p>Lub Kaum Ib Hlis 22 ntawm Centennial High School. Tuaj pov pob thiab saib seev cev.</p></article>
</section>
""")

BOARD = page("en", "Board", """
<section><h1>Board minutes &ndash; draft, do not share</h1>
<ul>
 <li>We need a volunteer grant writer for the building campaign.</li>
 <li>Ask members for a donated van for elder pickup.</li>
 <li>Recruit two parents for the youth advisory group.</li>
</ul></section>
""")

PAGES = {"index.html": INDEX, "volunteer.html": VOLUNTEER, "hmn/index.html": HMN,
         "hmn/xov-xwm.html": XOV_XWM, "board/minutes.html": BOARD}

ROBOTS = """User-agent: *
Disallow: /_api/*
Disallow: /board/
"""

PDFS = {
    "ntawv/daim-ntawv-pab.pdf": ("Daim ntawv sau npe ua neeg pab dawb - Hnub Qub", [
        ("title", "HNUB QUB HMONG FAMILY CENTER"),
        ("title", "Daim ntawv sau npe ua neeg pab dawb"),
        ("p", "9 Civic Heights Cir, Circle Pines, MN 55014 - (763) 555-0157"),
        ("h", "Koj lub npe"),
        ("p", "Npe: ____________________________  Xov tooj: ________________"),
        ("h", "Peb xav tau neeg pab qhia ntawv rau menyuam"),
        ("p", "Txhua hnub Wednesday thaum 3:30 txog 5:00 tsaus ntuj, peb muaj chav kawm tom qab tsev kawm ntawv rau "
              "menyuam qib 1 txog qib 6. Peb xav tau cov neeg laus lossis cov tub ntxhais kawm high school los pab qhia "
              "ntawv, nyeem phau ntawv thiab ua lej nrog cov menyuam."),
        ("h", "Yuav xa daim ntawv no li cas"),
        ("p", "Sau daim ntawv no thiab coj tuaj rau ntawm lub rooj txais tos, lossis thaij duab xa email rau peb."),
    ]),
}

NEEDS = [
    N("volunteer.html", ["elder lunch helper"], "volunteer", "en", layout="role_cards", note="title in h3"),
    N("volunteer.html", ["citizenship tutor"], "skilled", "en", layout="role_cards", note="title in div>span"),
    N("volunteer.html", ["youth qeej instructor", "qeej instructor"], "skilled", "en", ["hmn"], layout="role_cards", note="title only inside a>span>span"),
    N("volunteer.html", ["craft closet wish list", "embroidery floss"], "donation", "en", layout="wish_list", note="wish list in a card = one need"),
    N("hmn/index.html", ["neeg pab txhais lus"], "skilled", "hmn", ["hmn", "en"], layout="definition_list"),
    N("hmn/index.html", ["neeg pab ua zaub mov"], "volunteer", "hmn", layout="definition_list"),
    N("hmn/xov-xwm.html", ["pam vov", "lauj kaub"], "donation", "hmn", layout="story", note="family after house fire"),
    N("ntawv/daim-ntawv-pab.pdf", ["qhia ntawv rau menyuam"], "volunteer", "hmn", layout="pdf"),
]

TRAPS = [
    T("index.html", "service", ["what we offer"]),
    T("index.html", "hours", ["monday to thursday"]),
    T("index.html", "event", ["hmong new year celebration"]),
    T("index.html", "general_appeal", ["building fund"]),
    T("volunteer.html", "filled", ["garden plot buddy"], "FILLED pill"),
    T("volunteer.html", "job", ["front desk receptionist"], "paid $18/h"),
    T("hmn/index.html", "filled", ["neeg tsav tsheb"], "twb muaj neeg txaus lawm"),
    T("hmn/index.html", "hours", ["peb qhib"]),
    T("hmn/xov-xwm.html", "recap", ["300 lub hnab ntawv"]),
    T("hmn/xov-xwm.html", "event", ["noj peb caug"]),
    T("board/minutes.html", "robots", ["grant writer"]),
    T("board/minutes.html", "robots", ["donated van"]),
    T("board/minutes.html", "robots", ["youth advisory group"]),
    T("ntawv/daim-ntawv-pab.pdf", "how_to_apply", ["yuav xa daim ntawv no li cas"]),
]
