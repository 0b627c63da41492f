"""Waubun Hmong Farmers Circle: Squarespace-like site, English + White Hmong pages, CSS tabs."""
from common import N, T

SLUG = "waubun-hmong-farmers-circle"


def shell(title, body, lang="en"):
    return """<!DOCTYPE html>
<html lang="%s">
<head><meta charset="utf-8"><title>%s</title>
<style>.tabs input{display:none}.tabs .panel{display:none}.tabs input:checked+label+.panel{display:block}
.sqs-block{margin:18px 0}</style></head>
<body class="sqs-layout">
<header class="Header"><div class="Header-branding">Waubun Hmong Farmers Circle &middot; Pawg Neeg Ua Teb Hmoob</div>
<nav class="Header-nav"><a href="/index.html">Home</a> <a href="/market.html">Market</a> <a href="/hmn/pab.html">Pab dawb</a> <a href="/hmn/xov-xwm.html">Xov xwm</a> <a href="/blog/noj-peb-caug-2024.html">Photos</a> <a href="/hmn/daim-ntawv-qhia-ntawv.pdf">Daim ntawv (PDF)</a></nav></header>
<main class="Main-content">
%s
</main>
<footer class="Footer">Waubun Hmong Farmers Circle &middot; 2150 County Rd 4, Waubun, MN &middot; 218-555-0158 &middot; <a href="/pawg-thawj/index.html">Board</a></footer>
</body></html>
""" % (lang, title, body)


PAGES = {}
PAGES["index.html"] = shell("Waubun Hmong Farmers Circle", """
<div class="sqs-block"><h1>Growing together on the prairie</h1>
<p>Twelve Hmong families farm 40 acres of shared land north of Waubun and sell at markets from Detroit Lakes to Fargo.</p></div>
<div class="sqs-block"><h2>Before planting season</h2>
<p>We are short on <strong>harvest crates</strong> (the stackable plastic kind) and row cover fabric for early spring. Used is fine. Drop them at the wash shed any day.</p></div>
<div class="sqs-block"><h2>Support the land fund</h2><p>Every dollar helps us buy the land we rent. Give online or mail a check to the Circle.</p></div>
<div class="sqs-block"><h3>Latest news</h3><p><a href="/hmn/xov-xwm.html">Tsev neeg Vaj lub tsev rau khoom kub hnyiab &rarr;</a></p></div>
""")
PAGES["market.html"] = shell("Market – Waubun Hmong Farmers Circle", """
<h1>Saturday market</h1>
<p>Saturdays 8 am to noon, June through October, in the Waubun community center lot.</p>
<div class="tabs">
<input type="radio" name="t" id="t1" checked><label for="t1">Helpers</label>
<div class="panel"><h2>Market table helpers</h2><p>We need two helpers every Saturday, 7 to 11 am, to set up tents, weigh produce and make change. Families with young kids at the table would really appreciate a hand.</p></div>
<input type="radio" name="t" id="t2"><label for="t2">Vendors</label>
<div class="panel"><h2>How to get a stall</h2><p>Stalls are $10 a season for Circle members. Fill out the vendor sheet at the April meeting; new growers must attend one food-safety class.</p></div>
<input type="radio" name="t" id="t3"><label for="t3">What we grow</label>
<div class="panel"><h2>Fresh this season</h2><p>Bok choy, bitter melon, Thai chiles, lemongrass, sweet corn and cut flowers. CSA shares available for 20 households.</p></div>
</div>
""")
PAGES["hmn/pab.html"] = shell("Pab dawb – Pawg Neeg Ua Teb Hmoob", """
<h1>Peb xav tau neeg pab dawb</h1>
<p>Yog koj xav pab, thov hu rau Tswv Yeej ntawm 218-555-0158.</p>
<dl>
<dt>Neeg tsav tsheb xa zaub</dt><dd>Hnub Friday thaum sawv ntxov, tsav tsheb thauj zaub mus rau kiab khw Detroit Lakes. Yuav tsum muaj daim ntawv tsav tsheb.</dd>
<dt>Neeg txhais lus Hmoob–Askiv</dt><dd>Pab cov niam txiv laus txhais lus thaum mus ntsib USDA thiab lub tsev txhab nyiaj.</dd>
<dt>Neeg kho tsheb laub (tractor)</dt><dd>Peb lub tsheb laub qub tsis khiav lawm. Yog koj paub kho, thov hu rau Tswv Yeej.</dd>
<dt>Neeg pab khaws qoob</dt><dd>Lub caij sau qoob (Lub Yim Hli mus txog Lub Cuaj Hli), hnub Saturday, peb xav tau neeg pab khaws taub dag thiab pob kws.</dd>
<dt>Neeg pab sau npe hnub ua lag luam</dt><dd>Tam sim no puv lawm. Ua tsaug ntau!</dd>
<dt>Chav kawm ua liaj ua teb</dt><dd>Peb muaj chav kawm pub dawb rau cov neeg ua teb tshiab txhua hnub Sunday.</dd>
</dl>
""", lang="hmn")
PAGES["hmn/xov-xwm.html"] = shell("Xov xwm – Pawg Neeg Ua Teb Hmoob", """
<h1>Xov xwm</h1>
<article><h2>Tsev neeg Vaj lub tsev rau khoom kub hnyiab</h2>
<p>Lub hli dhau los, tsev neeg Vaj lub tsev rau khoom kub hnyiab tag. Lawv cov cuab yeej ua teb kub tag nrho. Tam sim no lawv xav tau <b>hlau khawb av</b>, thoob dej thiab noob zaub kom thiaj cog tau lub caij nplooj ntoo hlav no.</p></article>
<article><h2>Noj peb caug 2024</h2>
<p>Ntau tshaj 400 leej tuaj koom peb lub noj peb caug. Ua tsaug rau txhua tus uas tuaj pab ua zaub mov!</p></article>
<article><h2>Kev cob qhia txog kev cog qoob loo</h2>
<p>Hnub Saturday 12 lub Plaub Hlis, 9 teev sawv ntxov, ntawm lub tsev kawm ntawv. Peb lub vev xaib qub heev lawm; peb tseem nrhiav ib tug neeg paub ua vev xaib los pab dawb.</p></article>
""", lang="hmn")
PAGES["pawg-thawj/index.html"] = shell("Pawg thawj coj", """
<h1>Pawg thawj coj (tsis qhib rau pej xeem)</h1>
<ul><li>Peb xav tau ib tug tus saib nyiaj tshiab.</li><li>Nrhiav neeg kho lub twj nqus dej (well pump).</li><li>Xav tau neeg pab sau ntawv thov nyiaj (grant).</li></ul>
""", lang="hmn")
ROBOTS = "User-agent: *\nAllow: /\nDisallow: /pawg-thawj/\n"

PDFS = {"hmn/daim-ntawv-qhia-ntawv.pdf": ("Daim ntawv pab qhia ntawv", [
    ("title", "Pawg Neeg Ua Teb Hmoob - Chav Kawm Lus Askiv"),
    ("h", "Peb xav tau xib fwb qhia lus Askiv"),
    ("p", "Peb xav tau xib fwb pab dawb los qhia lus Askiv rau cov laus. Hnub Tuesday thiab Thursday, 6:00 - 7:30 tsaus ntuj, ntawm lub tsev zej zog. Koj tsis tas yuav paub lus Hmoob."),
    ("h", "Koj lub npe"),
    ("p", "Npe: ____________________   Xov tooj: ______________"),
    ("h", "Cov laus uas xav kawm"),
    ("p", "Cov laus uas xav kawm lus Askiv: sau npe ntawm lub chaw ua haujlwm hnub Monday."),
    ("h", "Xa daim ntawv no rov qab"),
    ("p", "Muab daim ntawv no rau Tswv Yeej los yog xa email rau circle@waubunhmongfarmers.example."),
])}

NEEDS = [
    N("index.html", ["harvest crates", "row cover"], "donation", "en", layout="heading_paragraph", note="'we are short on' under a generic heading"),
    N("market.html", ["market table helpers"], "volunteer", "en", layout="tabs"),
    N("hmn/pab.html", ["neeg tsav tsheb xa zaub"], "volunteer", "hmn", layout="definition_list"),
    N("hmn/pab.html", ["neeg txhais lus"], "skilled", "hmn", ["hmn", "en"], layout="definition_list"),
    N("hmn/pab.html", ["neeg kho tsheb laub", "tractor"], "skilled", "hmn", layout="definition_list"),
    N("hmn/pab.html", ["neeg pab khaws qoob"], "volunteer", "hmn", layout="definition_list", note="harvest helpers"),
    N("hmn/xov-xwm.html", ["tsev neeg vaj", "hlau khawb av"], "donation", "hmn", layout="story", note="family after a barn fire: hoes, buckets, seeds"),
    N("hmn/xov-xwm.html", ["neeg paub ua vev xaib"], "skilled", "hmn", layout="newsletter_buried", note="website helper buried in an event post"),
    N("hmn/daim-ntawv-qhia-ntawv.pdf", ["xib fwb qhia lus askiv", "xib fwb"], "skilled", "hmn", ["en"], layout="pdf", note="English teachers for elders; Hmong not required"),
]
TRAPS = [
    T("index.html", "general_appeal", ["land fund"]),
    T("index.html", "blog", ["latest news"], "teaser linking to the Hmong news post"),
    T("market.html", "hours", ["saturdays 8 am to noon"]),
    T("market.html", "how_to_apply", ["how to get a stall"]),
    T("market.html", "offer", ["fresh this season", "csa shares"]),
    T("hmn/pab.html", "filled", ["neeg pab sau npe"], "'Tam sim no puv lawm' = full now"),
    T("hmn/pab.html", "service", ["chav kawm ua liaj ua teb"]),
    T("hmn/xov-xwm.html", "recap", ["noj peb caug 2024"]),
    T("hmn/xov-xwm.html", "event", ["kev cob qhia"]),
    T("hmn/daim-ntawv-qhia-ntawv.pdf", "how_to_apply", ["cov laus uas xav kawm"]),
    T("hmn/daim-ntawv-qhia-ntawv.pdf", "how_to_apply", ["xa daim ntawv no rov qab"]),
    T("pawg-thawj/index.html", "robots", ["tus saib nyiaj"]),
    T("pawg-thawj/index.html", "robots", ["well pump"]),
    T("pawg-thawj/index.html", "robots", ["ntawv thov nyiaj"]),
]
