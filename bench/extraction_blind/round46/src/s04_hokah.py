from common import N, T

SLUG = "hokah-hmong-growers-cooperative"

HEAD = """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{title} | Hokah Hmong Growers Cooperative</title>
<meta name="generator" content="Wix.com Website Builder">
<link rel="stylesheet" href="https://static.parastorage.example/services/wix-thunderbolt/dist/main.css">
</head>
<body>
<div id="SITE_CONTAINER"><div id="main_MF"><div id="SITE_HEADER" class="wixui-header">
  <div data-mesh-id="hdr-inline" class="comp-lq1"><div class="font_0"><a href="/index.html"><span style="font-weight:bold">HOKAH HMONG GROWERS</span></a></div></div>
  <nav id="comp-menu" class="wixui-horizontal-menu">
    <ul>
      <li><a href="/index.html"><div class="itemLabel">Home</div></a></li>
      <li><a href="/hmoob.html"><div class="itemLabel">Lus Hmoob</div></a></li>
      <li><a href="/events.html"><div class="itemLabel">Events</div></a></li>
      <li><a href="/stories.html"><div class="itemLabel">Stories</div></a></li>
    </ul>
  </nav>
</div>
<main id="PAGES_CONTAINER"><div id="SITE_PAGES"><div class="wixui-page">
"""

FOOT = """
</div></div></main>
<footer id="SITE_FOOTER" class="wixui-footer">
  <div class="comp-ft1"><p class="font_9">Hokah Hmong Growers Cooperative &middot; 3310 County Rd 249, Hokah, MN 55941 &middot; 507-555-0188 &middot; info@hokahgrowers.org</p>
  <p class="font_9"><a href="/ntawv/lub-caij-ntuj-no.pdf">Daim ntawv tshaj tawm (PDF)</a> | <a href="/board/index.html">Board</a> | <a href="/video/harvest-2024.html">Harvest video</a></p></div>
</footer>
</div></div>
</body>
</html>
"""

INDEX = HEAD.format(lang="en", title="Home") + """
<section class="wixui-section">
  <div class="comp-a1"><h1 class="font_2 wixui-rich-text__text">Thirty-four Hmong farm families on the bluffs above the Root River</h1></div>
  <div class="comp-a2"><p class="font_8">We grow vegetables and flowers for farmers markets in La Crosse, Winona and Rochester, and share land,
  tools and a wash-pack shed.</p></div>
</section>
<section class="wixui-section">
  <div class="comp-b1"><h2 class="font_4">What members get</h2></div>
  <div class="comp-b2"><p class="font_8">We rent half-acre farm plots to member families, lend the walk-behind tractor and give cooler space at the shed.</p></div>
  <div class="comp-b3"><h2 class="font_4">Find us at market</h2>
  <p class="font_8">Saturdays 7 am &ndash; noon at the La Crosse Northside market, May through October.</p></div>
</section>
<section class="wixui-section" id="help">
  <div class="comp-c0"><h2 class="font_4">Lend a hand this season</h2></div>
  <div class="wixui-repeater">
    <div class="wixui-repeater__item">
      <div class="comp-r1"><h3 class="font_6">Harvest crew</h3></div>
      <div class="comp-r2"><p class="font_8">Tuesday and Friday mornings, 6&ndash;10 am, July to September. Pick, wash and box greens
      with our families. No experience needed; wear boots.</p></div>
    </div>
    <div class="wixui-repeater__item">
      <div class="comp-r1"><p class="font_6"><span style="color:#2F5E3A"><span style="font-weight:bold">Grant writer</span></span></p></div>
      <div class="comp-r2"><p class="font_8">We want to apply for a USDA cold-storage grant by February. Someone who has written
      federal grants before could guide two of our members through it.</p></div>
    </div>
    <div class="wixui-repeater__item">
      <div class="comp-r1"><p class="font_6"><span>Farm truck mechanic</span> <span class="pill">FILLED</span></p></div>
      <div class="comp-r2"><p class="font_8">Thank you to Tou Vang of Houston for keeping our box truck running.</p></div>
    </div>
    <div class="wixui-repeater__item">
      <div class="comp-r1"><h3 class="font_6">Market stall cashier</h3></div>
      <div class="comp-r2"><p class="font_8">Paid seasonal job, $15/hour, Saturdays. Must handle cash and card reader.</p></div>
    </div>
  </div>
</section>
""" + FOOT

HMOOB = HEAD.format(lang="hmn", title="Lus Hmoob") + """
<section class="wixui-section">
  <div class="comp-h1"><h1 class="font_2">Koom Haum Hmoob Cog Qoob Loo Hokah</h1></div>
  <div class="comp-h2"><p class="font_8">Peb yog 34 tsev neeg Hmoob uas cog zaub thiab paj muag hauv khw.</p></div>
  <div class="comp-h3"><h2 class="font_4">Chav kawm ua liaj ua teb pub dawb</h2>
  <p class="font_8">Cov tswv cuab tuaj kawm tau txog av, chiv thiab kev muag zaub, txhua hnub Plaub thawj ntawm lub hli.</p></div>
</section>
<section class="wixui-section">
  <div class="comp-k1"><h2 class="font_4">Khoom siv ua liaj ua teb uas peb xav tau</h2></div>
  <ul class="checklist">
    <li>&#9744; Thoob 5 gallon</li>
    <li>&#9744; Hnab yas loj rau ntim zaub</li>
    <li>&#9744; Riam txiav zaub</li>
    <li>&#9744; Hnab looj tes (gloves)</li>
    <li>&#9745; Lub twj tso dej &mdash; tau txais lawm, ua tsaug!</li>
  </ul>
</section>
<section class="wixui-section">
  <div class="comp-t1"><h2 class="font_4">Xav tau neeg txhais lus Hmoob thiab Askiv</h2></div>
  <div class="comp-t2"><p class="font_8">Lub county muaj kev sib tham txog av thiab dej txhua hli. Peb cov neeg laus tsis paub lus
  Askiv. Peb xav tau ib tug neeg txhais lus rau hmo Tuesday thib ob ntawm txhua lub hli.</p></div>
  <div class="comp-t3"><h2 class="font_4">Kho lub txee muag zaub</h2></div>
  <div class="comp-t4"><p class="font_8">Peb lub txee muag zaub ntawm khw tau lwj lawm. Yog koj yog kws ntoo, thov los pab kho ua
  ntej lub caij tom ntej. Peb yuav yuav ntoo.</p></div>
  <div class="comp-t5"><h2 class="font_4">Neeg pab ntim zaub rau CSA</h2></div>
  <div class="comp-t6"><p class="font_8">Puv lawm &mdash; tsis tas nrhiav ntxiv lawm xyoo no. Ua tsaug ntau!</p></div>
</section>
<section class="wixui-section">
  <div class="comp-e1"><h2 class="font_4">Noj Tsiab Peb Caug</h2>
  <p class="font_8">Hnub Rau, 11 Hlis 30, ntawm La Crescent. Tuaj noj tuaj haus, pov pob.</p></div>
</section>
""" + FOOT

EVENTS = HEAD.format(lang="en", title="Events") + """
<section class="wixui-section">
  <h1 class="font_2">Upcoming events</h1>
  <ul class="wix-events-list">
    <li class="ev"><div class="date"><span>SEP</span><span>21</span></div>
      <div class="body"><h3>Seed swap &amp; potluck</h3><p>Bring seeds you saved; take seeds you want. Hokah Community Hall, 4 pm.</p></div></li>
    <li class="ev"><div class="date"><span>OCT</span><span>12</span></div>
      <div class="body"><h3>Open farm tour</h3><p>Walk the plots, taste long beans and bitter melon, buy flowers. 1&ndash;4 pm.</p>
      <p class="note"><strong>Still looking for 3 parking helpers</strong> to wave cars into the hay field and keep the road clear, 12:30&ndash;4:30.</p></div></li>
    <li class="ev"><div class="date"><span>NOV</span><span>30</span></div>
      <div class="body"><h3>Hmong New Year booth</h3><p>Our volunteer shifts at the booth are all covered &ndash; thank you! Come say hi.</p></div></li>
    <li class="ev"><div class="date"><span>JAN</span><span>18</span></div>
      <div class="body"><h3>Winter planning meeting</h3><p>Members only. Plot assignments for next season.</p></div></li>
  </ul>
</section>
""" + FOOT

STORIES = HEAD.format(lang="en", title="Stories") + """
<section class="wixui-section">
  <h1 class="font_2">Stories from the farm</h1>
  <article class="blog-teaser"><h2><a href="/stories.html#chia">Why we farm: Grandma Chia's story</a></h2>
  <p>She planted her first garden in a refugee camp in Thailand. Now her grandchildren sell at three markets&hellip;</p></article>
  <article id="yia">
    <h2>After the June storm</h2>
    <p>The straight-line winds on June 18 flattened the hoop house that Yia and Mai Lee built with their own hands. Their tomato
    and pepper starts for next spring grow in that hoop house, and without it they will lose a season. They need greenhouse
    plastic (a 32 x 60 ft sheet, 6 mil) and about twenty 2x4 boards to put it back up before March. If you can help, call
    the office.</p>
  </article>
  <article>
    <h2>Our 2023 season in numbers</h2>
    <p>Members sold 41,000 pounds of vegetables and 6,200 bouquets, and gave 3,000 pounds to the Houston County food shelf.</p>
  </article>
</section>
""" + FOOT

BOARD = HEAD.format(lang="en", title="Board") + """
<section class="wixui-section">
  <h1 class="font_2">Board working notes</h1>
  <ul>
    <li>Need a lawyer to read the new land lease before we sign.</li>
    <li>Find volunteers to build a second wash station.</li>
    <li>Ask the co-op in Caledonia about a donated walk-in cooler.</li>
  </ul>
</section>
""" + FOOT

PAGES = {
    "index.html": INDEX,
    "hmoob.html": HMOOB,
    "events.html": EVENTS,
    "stories.html": STORIES,
    "board/index.html": BOARD,
}

ROBOTS = """User-agent: *
Allow: /
Disallow: /board/
Disallow: /_api/
"""

PDFS = {
    "ntawv/lub-caij-ntuj-no.pdf": ("Daim Ntawv Tshaj Tawm - Hokah Hmong Growers", [
        ("title", "KOOM HAUM HMOOB COG QOOB LOO HOKAH"),
        ("title", "Daim Ntawv Tshaj Tawm - Lub Caij Ntuj No"),
        ("p", "3310 County Rd 249, Hokah, MN 55941 - 507-555-0188"),
        ("h", "Xav tau tus neeg saib xyuas nyiaj txiag"),
        ("p", "Peb lub koom haum muaj 34 tsev neeg. Txhua xyoo peb yuav tsum xa ntawv nyiaj txiag rau lub xeev thiab rau "
              "cov grants. Peb xav tau ib tug neeg paub khaws ntawv nyiaj (bookkeeping) los pab peb 3 teev ib hlis. "
              "Koj ua tau hauv koj tsev. Hu rau Nou Yang ntawm 507-555-0188."),
        ("h", "Kev sib tham txhua xyoo"),
        ("p", "Hnub Rau, 12 Hlis 7, 1 teev tav su, ntawm Hokah Community Hall. Peb yuav xaiv pawg thawj coj tshiab."),
        ("h", "Them nqi tswv cuab"),
        ("p", "Nqi tswv cuab yog $40 ib xyoos. Thov them ua ntej 1 Hlis 31."),
    ]),
}

NEEDS = [
    N("index.html", ["harvest crew"], "volunteer", "en", layout="role_cards", note="card title in h3"),
    N("index.html", ["grant writer"], "skilled", "en", layout="role_cards", note="title in p>span>span"),
    N("hmoob.html", ["khoom siv ua liaj ua teb", "thoob 5 gallon"], "donation", "hmn", layout="checklist",
      note="checklist; unticked boxes = still wanted; one need"),
    N("hmoob.html", ["neeg txhais lus"], "skilled", "hmn", ["hmn", "en"], layout="heading_paragraph"),
    N("hmoob.html", ["kho lub txee muag zaub", "kws ntoo"], "skilled", "hmn", layout="heading_paragraph"),
    N("events.html", ["parking helpers"], "volunteer", "en", layout="calendar", note="need inside an event card"),
    N("stories.html", ["greenhouse plastic", "hoop house"], "donation", "en", layout="story"),
    N("ntawv/lub-caij-ntuj-no.pdf", ["saib xyuas nyiaj txiag", "bookkeeping"], "skilled", "hmn", layout="pdf"),
]

TRAPS = [
    T("index.html", "service", ["half-acre farm plots"]),
    T("index.html", "hours", ["find us at market"]),
    T("index.html", "filled", ["farm truck mechanic"], "FILLED pill"),
    T("index.html", "job", ["market stall cashier"], "$15/hour"),
    T("hmoob.html", "service", ["chav kawm ua liaj ua teb"]),
    T("hmoob.html", "filled", ["lub twj tso dej"], "ticked box + tau txais lawm (received)"),
    T("hmoob.html", "filled", ["neeg pab ntim zaub"], "puv lawm (full)"),
    T("hmoob.html", "event", ["noj tsiab peb caug"]),
    T("events.html", "event", ["seed swap"]),
    T("events.html", "event", ["open farm tour"]),
    T("events.html", "filled", ["hmong new year booth"], "all shifts covered"),
    T("events.html", "event", ["winter planning meeting"]),
    T("stories.html", "blog", ["why we farm"]),
    T("stories.html", "recap", ["2023 season in numbers"]),
    T("board/index.html", "robots", ["land lease"]),
    T("board/index.html", "robots", ["second wash station"]),
    T("board/index.html", "robots", ["walk-in cooler"]),
    T("ntawv/lub-caij-ntuj-no.pdf", "event", ["kev sib tham txhua xyoo"]),
    T("ntawv/lub-caij-ntuj-no.pdf", "general_appeal", ["them nqi tswv cuab"]),
]
