"""Site 11: Clarkfield New Neighbors Coalition (one-page-per-language, CSS-column newsletter).
Layouts: three-column HTML newsletter with asks buried in a coordinator's letter and
a flu-shot item, short Karen / Hmong / Oromo pages, English PDF welcome packet."""
from kit import need, trap

SLUG = "clarkfield-new-neighbors-coalition"
TOWN = "clarkfield"

def head(lang, title):
    return """<!DOCTYPE html>
<html lang="%s">
<head><meta charset="utf-8"><title>%s</title>
<style>.newsletter{column-count:3;column-gap:2em}.lang a{margin-right:1em}</style></head>
<body>
<div class="masthead"><a href="/index.html"><img src="/img/logo.png" alt="Clarkfield New Neighbors Coalition"></a>
<p class="lang"><a href="/index.html">English</a><a href="/kar/index.html">ကညီ</a><a href="/hmn/index.html">Hmoob</a><a href="/om/index.html">Afaan Oromoo</a><a href="/welcome-packet.pdf">Welcome packet (PDF)</a><a href="/resources/housing-list.html">Housing list</a></p></div>
""" % (lang, title)

FOOT = """<hr><p class="small">Clarkfield New Neighbors Coalition &middot; c/o Clarkfield Public Library, 950 10th Avenue &middot; 555-0119 &middot; hello@clarkfieldneighbors.org</p>
</body></html>
"""

PAGES = {}
PAGES["index.html"] = head("en", "The Neighbor, November 2025 | Clarkfield New Neighbors") + """
<h1>The Neighbor &mdash; November 2025</h1>
<div class="newsletter">
<h2>From the coordinator</h2>
<p>What a fall. Forty-one people came to the harvest potluck, the library now has Karen picture books on its shelves, and the Lee family closed on their first house. A few things on my mind as the snow comes. The Saturday soccer carpool could use two more drivers with a van or SUV &mdash; the kids play indoors in Marshall until March. Our English classes are bursting. And please keep the elders in mind as the days get short; a phone call goes a long way.</p>
<h2>Garden corner</h2>
<p>All 24 community garden plots are taken for 2026; the waitlist is open at the library desk.</p>
<h2>Flu shots</h2>
<p>The county&rsquo;s flu-shot clinic is at the community center on November 19, 1&ndash;6 pm. We need a Karen-speaking volunteer to sit with elders, help with the forms and explain what the nurse says.</p>
<h2>Welcome!</h2>
<p>Welcome to the Hsa family, who arrived from Mae La camp on October 30.</p>
<h2>Potluck thanks</h2>
<p>Thank you to everyone who brought food to the harvest potluck. The Vang family&rsquo;s egg rolls were gone in ten minutes.</p>
<h2>Winter gear swap</h2>
<p>Saturday, December 6, 9&ndash;noon, in the school cafeteria. Bring what your kids outgrew, take what fits.</p>
<h2>Support The Neighbor</h2>
<p>Printing costs us $60 a month. Chip in at the library desk.</p>
</div>
""" + FOOT

PAGES["kar/index.html"] = head("kar", "Clarkfield New Neighbors — ကညီ") + """
<h1>Clarkfield New Neighbors &mdash; ကညီကျိာ်</h1>
<h2>ပလိၣ်ဘၣ် ပှၤမၤစၢၤတၢ်ကွဲးလံာ် (form helper)</h2>
<p>ပှၤကညီတဖၣ် လိၣ်ဘၣ် တၢ်မၤစၢၤ လၢ လံာ်ကွဲး (forms) &mdash; county, school, doctor. ပလိၣ်ဘၣ် ပှၤလၢ အသ့ ကညီကျိာ် ဒီး ကလံၤကျိာ် (Karen and English). မုၢ်ဆၣ် (Monday) 5&ndash;7 PM, library.</p>
<h2>ပလိၣ်ဘၣ် ဆ့ကၤဖိသၣ် (children&rsquo;s winter clothes)</h2>
<p>ဆ့ကၤဖိသၣ် sizes 4&ndash;12, coats, hats, mittens. ဝံသးစူၤ ဟ့ၣ်လီၤ လၢ library desk.</p>
<h2>ပှၤနီၣ်သိလ့ၣ် (drivers)</h2>
<p>ပှဲၤလံ (FULL). တၢ်ဘျုး! (thank you)</p>
<h2>ကညီနံၣ်သီ (Karen New Year)</h2>
<p>January 2026, school gym. ပှၤကညီ ခဲလၢာ် ကဟဲ (everyone come).</p>
""" + FOOT

PAGES["hmn/index.html"] = head("hmn", "Clarkfield New Neighbors — Hmoob") + """
<h1>Clarkfield New Neighbors &mdash; Lus Hmoob</h1>
<h2>Xav tau neeg txiav plaub hau pub dawb</h2>
<p>Peb xav tau ib tug kws txiav plaub hau (barber) los txiav plaub hau pub dawb rau cov menyuam ua ntej kawm ntawv, hnub Saturday, ib hlis ib zaug.</p>
<h2>Lub tsho tiv no</h2>
<p>Muaj txaus lawm, ua tsaug! Tsis tas coj tuaj ntxiv.</p>
<h2>Chav kawm lus Askiv</h2>
<p>Chav kawm lus Askiv pub dawb hnub Tuesday thiab Thursday ntawm lub tsev qiv ntawv.</p>
""" + FOOT

PAGES["om/index.html"] = head("om", "Clarkfield New Neighbors — Afaan Oromoo") + """
<h1>Clarkfield New Neighbors &mdash; Afaan Oromoo</h1>
<h2>Leenjii konkolaachisuu</h2>
<p>Namni konkolaataa isaatiin haadholii leenjii konkolaachisuu irratti gargaaru nu barbaachisa. Sanbata waaree booda, sa&rsquo;aatii tokko.</p>
<h2>Sa&rsquo;aatii biiroo</h2>
<p>Wiixata fi Roobii, 10:00&ndash;4:00, mana kitaabaa keessatti.</p>
<h2>Ayyaana Galata</h2>
<p>Thanksgiving: Sadaasa 27, nyaata waliin. Hundi keessan affeeramtaniittu.</p>
<h2>Mana kireeffachuu</h2>
<p>Mana kireeffachuuf gargaarsa barbaadduu? Waajjira keenya dhufaa; unka guutuu irratti isin gargaarra.</p>
""" + FOOT

ROBOTS = """User-agent: *
Disallow: /drafts/
"""

PDFS = {
    "welcome-packet.pdf": ("Welcome to Clarkfield - New Neighbor Packet", [
        ("title", "Welcome to Clarkfield - New Neighbor Packet"),
        ("p", "Clarkfield New Neighbors Coalition - Clarkfield Public Library - 555-0119"),
        ("h", "Free English classes"),
        ("p", "Tuesday and Thursday, 6-8 pm, at the library. Childcare provided."),
        ("h", "Getting a library card"),
        ("p", "Bring any ID and a piece of mail with your address. Cards are free and work in every library in the region."),
        ("h", "Help us welcome the next family: dinner hosts"),
        ("p", "Newly arrived families tell us the first invitation into someone's home matters more than anything we hand them. We need welcome dinner hosts: invite a new family for one meal at your home this winter. We make the introduction and send an interpreter if needed."),
        ("h", "Coalition office"),
        ("p", "At the library, Monday and Wednesday 10-4."),
        ("h", "Food shelf"),
        ("p", "Open Thursdays 2-6 pm at the Lutheran church basement. No paperwork."),
    ]),
}

P_IDX, P_KAR, P_HMN, P_OM, P_PDF = ("index.html", "kar/index.html", "hmn/index.html", "om/index.html",
                                    "welcome-packet.pdf")
NEEDS = [
    need(P_IDX, ["soccer carpool"], "volunteer", "en", layout="newsletter_columns_buried",
         note="buried mid-paragraph in the coordinator's letter"),
    need(P_IDX, ["karen-speaking"], "volunteer", "en", ["kar", "en"], layout="newsletter_columns"),
    need(P_KAR, ["ပှၤမၤစၢၤတၢ်ကွဲးလံာ်", "form helper"], "skilled", "kar", ["kar", "en"], layout="heading_paragraph"),
    need(P_KAR, ["ဆ့ကၤဖိသၣ်", "children's winter clothes"], "donation", "kar", layout="heading_paragraph"),
    need(P_HMN, ["txiav plaub hau"], "skilled", "hmn", layout="heading_paragraph"),
    need(P_OM, ["leenjii konkolaachisuu"], "volunteer", "om", layout="heading_paragraph"),
    need(P_PDF, ["dinner host"], "volunteer", "en", layout="pdf"),
]
TRAPS = [
    trap(P_IDX, "service", ["garden plots"], "all plots taken; waitlist"),
    trap(P_IDX, "recap", ["potluck thanks"]),
    trap(P_IDX, "event", ["winter gear swap"]),
    trap(P_IDX, "general_appeal", ["printing costs", "support the neighbor"]),
    trap(P_KAR, "filled", ["ပှၤနီၣ်သိလ့ၣ်", "drivers"], "ပှဲၤလံ (FULL)"),
    trap(P_KAR, "event", ["ကညီနံၣ်သီ", "karen new year"]),
    trap(P_HMN, "filled", ["tsho tiv no"], "'muaj txaus lawm'"),
    trap(P_HMN, "service", ["chav kawm lus askiv"]),
    trap(P_OM, "hours", ["sa'aatii biiroo"]),
    trap(P_OM, "event", ["ayyaana galata"]),
    trap(P_OM, "how_to_apply", ["mana kireeffachuu"]),
    trap(P_PDF, "service", ["free english classes"]),
    trap(P_PDF, "how_to_apply", ["library card"]),
    trap(P_PDF, "hours", ["coalition office"]),
    trap(P_PDF, "service", ["food shelf"]),
]
