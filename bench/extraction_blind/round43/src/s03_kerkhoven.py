from common import N, T

SLUG = "kerkhoven-lub-vaj-hmong-elders"

NAV = """<div id="comp-nav" class="_2Hij5 wixui-horizontal-menu"><ul>
<li><a href="/index.html"><span class="label">Tsev</span></a></li>
<li><a href="/pab.html"><span class="label">Kev pab dawb</span></a></li>
<li><a href="/xov-xwm.html"><span class="label">Xov xwm</span></a></li>
<li><a href="/en/index.html"><span class="label">English</span></a></li>
<li><a href="/daim-ntawv/tus-pab-dawb.pdf"><span class="label">Daim ntawv (PDF)</span></a></li>
</ul></div>"""

FOOT = """<div id="SITE_FOOTER"><div class="_1Q9if"><p class="font_8">Lub Vaj Hmong Elders Center &middot; 601 Atlantic Ave,
Kerkhoven, MN 56252 &middot; (320) 555-0139</p>
<p class="font_8"><a href="/thawj-coj/rooj-sib-tham.html">Thawj coj</a> &middot; <a href="/duab/tsiab-peb-caug-2024.html">Duab</a></p></div></div>"""


def page(lang, title, body):
    return """<!DOCTYPE html>
<html lang="%s">
<head><meta charset="utf-8"><title>%s | Lub Vaj</title><meta name="generator" content="Wix.com Website Builder"></head>
<body><div id="SITE_CONTAINER"><div id="site-root">
%s
<main id="PAGES_CONTAINER"><div class="_3SQN- wixui-section">
%s
</div></main>
%s
</div></div></body>
</html>
""" % (lang, title, NAV, body, FOOT)


INDEX = page("hmn", "Tsev", """
<div class="font_0"><h1>Lub Vaj Hmong Elders Center</h1></div>
<p class="font_7">Zoo siab txais tos! Lub Vaj yog ib qho chaw rau cov laus Hmoob nyob Kerkhoven, Willmar thiab ib ncig.
Peb muaj ib lub vaj zaub loj thiab ib chav ua paj ntaub.</p>
<div class="font_2"><h2>Sijhawm qhib</h2></div>
<p class="font_7">Monday txog Friday, 9:00 sawv ntxov txog 3:00 tav su.</p>
<div class="font_2"><h2>Peb cov kev pab</h2></div>
<p class="font_7">Peb pab cov laus sau ntawv Medicare, coj mus ntsib kws kho mob, thiab muaj su noj txhua hnub.</p>
<div class="font_2"><h2>Noj Tsiab Peb Caug</h2></div>
<p class="font_7">Peb lub Noj Tsiab Peb Caug yuav muaj rau lub 11 hli tim 22, ntawm Kerkhoven Community Center.</p>
<div class="font_2"><h2>Pub nyiaj pab</h2></div>
<p class="font_7">Koj cov nyiaj pab yuav pab them nqi hluav taws xob thiab dej rau lub vaj. Ua tsaug ntau!</p>
""")

PAB = page("hmn", "Kev pab dawb", """
<div class="font_0"><h1>Kev pab dawb: peb lub rooj</h1></div>
<p class="font_7">Sab laug yog yam peb tseem xav tau. Sab xis yog yam uas twb tau lawm.</p>
<div class="board" style="display:flex">
 <div class="col" style="flex:1"><div class="font_2"><h2>Tseem xav tau</h2></div>
  <div class="card"><p class="font_8"><span style="font-weight:bold">Neeg pab ua vaj zaub</span></p>
   <p class="font_8">Txhua Tuesday thiab Thursday sawv ntxov, pab cov laus cog thiab dej zaub. Tsis tas paub ua dab tsi.</p></div>
  <div class="card"><p class="font_8"><span style="font-weight:bold">Neeg txhais lus Hmoob - Askiv</span></p>
   <p class="font_8">Peb xav tau ib tug neeg txhais lus rau cov laus thaum mus ntsib kws kho mob hauv Willmar.</p></div>
  <div class="card"><p class="font_8"><span style="font-weight:bold">Hlau ua teb</span></p>
   <p class="font_8">Peb xav tau hlau ua teb (hoes), duav, thiab raj dej ntev rau lub vaj.</p></div>
 </div>
 <div class="col" style="flex:1"><div class="font_2"><h2>Twb tau lawm</h2></div>
  <div class="card done"><p class="font_8"><span style="font-weight:bold">Noob zaub</span></p>
   <p class="font_8">Twb tau txaus lawm. Ua tsaug rau Willmar Seed Co.</p></div>
  <div class="card done"><p class="font_8"><span style="font-weight:bold">Neeg txiav nyom</span></p>
   <p class="font_8">Twb muaj neeg txiav nyom txog lub 10 hli lawm.</p></div>
 </div>
</div>
""")

XOV = page("hmn", "Xov xwm", """
<div class="font_0"><h1>Xov xwm</h1></div>
<div class="font_2"><h2>Niam Tais Lis tsev kub hnyiab</h2></div>
<p class="font_7">Lub 9 hli dhau los no Niam Tais Lis lub tsev kub hnyiab tag. Tam sim no nws nyob nrog nws tus ntxhais,
tiam sis nws tsis muaj txaj pw thiab tsis muaj pam vov. Yog koj muaj ib lub txaj los yog pam vov, thov hu rau peb.</p>
<div class="font_2"><h2>Sau qoob loo</h2></div>
<p class="font_7">Xyoo no peb sau tau ntau tshaj 2,000 phaus zaub los ntawm lub vaj. Ua tsaug rau txhua tus!</p>
<div class="font_2"><h2>Kawm ua paj ntaub</h2></div>
<p class="font_7">Chav kawm ua paj ntaub rau cov hluas yuav pib Saturday, lub 10 hli tim 4, 10:00 sawv ntxov.</p>
""")

EN = page("en", "English", """
<div class="font_0"><h1>Lub Vaj in English</h1></div>
<p class="font_7">Lub Vaj means "the garden." We are a day center and community garden for Hmong elders.</p>
<div class="font_2"><h2>Help wanted: greenhouse repairs</h2></div>
<p class="font_7">The wind tore two roof panels off our hoop greenhouse and the door no longer latches. A volunteer with
carpentry skills could save the spring seedlings.</p>
<div class="font_2"><h2>Craft room wish list</h2></div>
<ul class="font_7"><li>Embroidery floss, any color</li><li>Size 9 and 10 needles</li><li>Black and indigo cotton fabric</li>
<li>Good fabric scissors</li></ul>
<div class="font_2"><h2>Program Assistant (part-time, paid)</h2></div>
<p class="font_7">We are hiring a Hmong-English program assistant, $17/hour, 20 hours a week.</p>
<div class="font_2"><h2>Harvest Dinner: thank you</h2></div>
<p class="font_7">180 guests came to this year's Harvest Dinner. Thank you to our cooks and to everyone who came.</p>
<div class="font_2"><h2>Our director</h2></div>
<p class="font_7">Pa Nhia Vang came to Minnesota in 1988 and has worked with elders for twenty years.</p>
""")

THAWJ = page("hmn", "Thawj coj", """
<div class="font_0"><h1>Rooj sib tham thawj coj (tsis qhib rau pej xeem)</h1></div>
<ul class="font_7"><li>Nrhiav ib tug neeg khaws nyiaj (treasurer) tshiab.</li>
<li>Thov ib lub tsheb van rau cov laus.</li><li>Nrhiav neeg sau ntawv thov nyiaj (grant).</li></ul>
""")

PAGES = {"index.html": INDEX, "pab.html": PAB, "xov-xwm.html": XOV, "en/index.html": EN,
         "thawj-coj/rooj-sib-tham.html": THAWJ}

ROBOTS = """User-agent: *
Disallow: /thawj-coj/
"""

PDFS = {
    "daim-ntawv/tus-pab-dawb.pdf": ("Daim ntawv tus pab dawb - Lub Vaj", [
        ("title", "LUB VAJ HMONG ELDERS CENTER"),
        ("title", "Daim ntawv sau npe tus pab dawb"),
        ("p", "601 Atlantic Ave, Kerkhoven, MN 56252 - (320) 555-0139"),
        ("p", "Npe: ______________________   Xov tooj: _______________"),
        ("h", "Qhia lus Askiv rau cov laus"),
        ("p", "Peb xav tau neeg qhia lus Askiv rau cov laus, txhua Wednesday 1:00 txog 2:30 tav su. Cov laus xav kawm "
              "hais lus Askiv yooj yim rau thaum mus tom khw thiab tom tsev kho mob."),
        ("h", "Xa daim ntawv no rov qab li cas"),
        ("p", "Coj daim ntawv no tuaj rau hauv chaw ua hauj lwm, los yog thaij duab xa rau peb hauv WhatsApp."),
    ]),
}

NEEDS = [
    N("pab.html", ["neeg pab ua vaj zaub"], "volunteer", "hmn", layout="kanban_columns"),
    N("pab.html", ["neeg txhais lus"], "skilled", "hmn", ["hmn", "en"], layout="kanban_columns"),
    N("pab.html", ["hlau ua teb"], "donation", "hmn", layout="kanban_columns", note="hoes, shovels, hoses: one need"),
    N("xov-xwm.html", ["txaj pw", "pam vov"], "donation", "hmn", layout="story", note="bed + blankets for one elder"),
    N("en/index.html", ["greenhouse repairs"], "skilled", "en", layout="heading_paragraph"),
    N("en/index.html", ["craft room wish list", "embroidery floss"], "donation", "en", layout="wish_list"),
    N("daim-ntawv/tus-pab-dawb.pdf", ["qhia lus askiv"], "skilled", "hmn", ["en"], layout="pdf"),
]

TRAPS = [
    T("index.html", "hours", ["sijhawm qhib"]),
    T("index.html", "service", ["peb cov kev pab"]),
    T("index.html", "event", ["noj tsiab peb caug"]),
    T("index.html", "general_appeal", ["pub nyiaj pab"]),
    T("pab.html", "filled", ["noob zaub"], "twb tau txaus lawm"),
    T("pab.html", "filled", ["neeg txiav nyom"], "twb muaj neeg"),
    T("xov-xwm.html", "recap", ["sau qoob loo"]),
    T("xov-xwm.html", "event", ["kawm ua paj ntaub"]),
    T("en/index.html", "job", ["program assistant"]),
    T("en/index.html", "recap", ["harvest dinner"]),
    T("en/index.html", "bio", ["our director"]),
    T("daim-ntawv/tus-pab-dawb.pdf", "how_to_apply", ["xa daim ntawv no rov qab"]),
    T("thawj-coj/rooj-sib-tham.html", "robots", ["neeg khaws nyiaj"]),
    T("thawj-coj/rooj-sib-tham.html", "robots", ["tsheb van"]),
    T("thawj-coj/rooj-sib-tham.html", "robots", ["sau ntawv thov nyiaj"]),
]
