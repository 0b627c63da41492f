"""Site 13: Bellechester Elementary Parent-Teacher League. School-district CMS look; English + Hmong + Somali."""
from common import N, T

SLUG = "bellechester-elementary-parent-teacher-league"


def _page(lang, title, body):
    return """<!DOCTYPE html>
<html lang="%s">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%s | Bellechester Elementary PTL</title>
<link rel="stylesheet" href="/cms/css/district-theme.css">
</head>
<body class="school-site">
<div id="district-bar">Goodhue-Wabasha Public Schools &rsaquo; Bellechester Elementary &rsaquo; Parent-Teacher League</div>
<header><img src="/cms/img/badger.png" alt="Bellechester Badgers" width="60"> <span class="school-name">Bellechester Elementary PTL</span></header>
<ul id="sidenav">
<li><a href="/">PTL Home</a></li>
<li><a href="/volunteer.html">Volunteer</a></li>
<li><a href="/supplies.html">Supplies &amp; Wish Lists</a></li>
<li><a href="/hmoob.html">Lus Hmoob</a></li>
<li><a href="/soomaali.html">Af-Soomaali</a></li>
<li><a href="/ptl-newsletter-oct.pdf">October Newsletter (PDF)</a></li>
<li><a href="/lunch-menu.html">Lunch Menu</a></li>
</ul>
<div id="content">
%s
</div>
<footer>Bellechester Elementary &middot; 400 School St, Bellechester, MN 55027 &middot; Office (651) 555-0109 &middot; ptl@bellechesterschool.example.org &middot; <a href="/board/budget.html">PTL board</a></footer>
</body>
</html>
""" % (lang, title, body)


PAGES = {}

PAGES["index.html"] = _page("en", "PTL Home", """
<h1>Welcome, Badger families!</h1>
<p>The Parent-Teacher League is every parent, grandparent and teacher at Bellechester Elementary. No dues, no meetings you have to go to &mdash; just people helping our kids.</p>
<div class="alert"><strong>School hours:</strong> 8:05 am &ndash; 2:55 pm. Early release Wednesdays at 1:40 pm.</div>
<h2>Free breakfast and lunch</h2>
<p>Every student eats free this year &mdash; no forms needed.</p>
<h2>Family Fun Night</h2>
<p>Friday, November 7, 5:30&ndash;7:30 pm in the gym. Bingo, face painting, pizza.</p>
<h2>Give to the PTL</h2>
<p>Every dollar goes to field trips, author visits and the teacher grant program.</p>
""")

PAGES["volunteer.html"] = _page("en", "Volunteer", """
<h1>Ways to help this fall</h1>
<ul class="help-list">
<li><b>Lunchroom helpers</b> (11:00&ndash;12:30, any weekday) &mdash; open milk cartons, wipe tables, keep the peace. Even one day a month helps.</li>
<li><b>Reading buddies</b> for 1st grade &mdash; read with a small group for 30 minutes a week.</li>
<li><del>Field trip chaperones for the Como Zoo trip</del> &mdash; full!</li>
<li><b>Hmong-speaking parent</b> to help at fall conferences (October 23 &amp; 24) &mdash; help families and teachers understand each other.</li>
<li><b>Picture day helpers</b> &mdash; we have enough, thanks!</li>
</ul>
<h3>Before you volunteer</h3>
<p>All volunteers need a district background check. Stop by the district office in Goodhue with a photo ID, or fill out the form online; it takes about a week.</p>
<h3>Paraprofessional openings</h3>
<p>The district is hiring paid paraprofessionals ($19.75/hr) for the special education room. Apply on the district website.</p>
""")

PAGES["supplies.html"] = _page("en", "Supplies & Wish Lists", """
<h1>Supplies &amp; wish lists</h1>
<h2>Back-to-school supply drive</h2>
<p>We're short on backpacks (we need 60 more), headphones for state testing, glue sticks and washable markers. Drop-off boxes are in the front entry until September 12.</p>
<h2>Classroom wish lists</h2>
<div class="teacher-cards">
<div class="tcard"><h4>Mrs. Xiong &mdash; 2nd grade</h4><ul><li>Wobble stools</li><li>Dry-erase markers</li><li>A rug for the reading corner</li></ul></div>
<div class="tcard"><h4>Mr. Farah &mdash; 5th grade</h4><ul><li>Chapter books (Dog Man, Wings of Fire, Front Desk)</li><li>Basic calculators</li></ul></div>
<div class="tcard"><h4>Ms. Berg &mdash; Kindergarten</h4><p>All set for this year, thank you!</p></div>
</div>
<h3>Please don't send</h3>
<ul><li>Used crayons</li><li>Clothing for the lost &amp; found</li><li>Homemade snacks (allergy policy)</li></ul>
""")

PAGES["hmoob.html"] = _page("hmn", "Lus Hmoob", """
<h1>Xov xwm rau niam txiv Hmoob</h1>
<h2>Pab nyeem ntawv rau menyuam</h2>
<p>Peb xav tau niam txiv los pab nyeem ntawv rau cov menyuam qib 1 thiab qib 2, ib lub lim tiam ib zaug, 30 feeb. Nyeem lus Askiv los yog lus Hmoob los tau.</p>
<h2>Khau ntaus pob rau chav gym</h2>
<p>Muaj ntau tus menyuam tsis muaj khau ntaus pob rau chav gym. Thov pub khau qub uas tseem zoo, loj 11 txog 6.</p>
<h2>Ua ncuav muag (bake sale)</h2>
<p>Tsis tas yuav pab ntxiv lawm &mdash; twb muaj neeg txaus. Ua tsaug!</p>
<h2>Neeg txhais lus</h2>
<p>Tsev kawm ntawv muaj neeg txhais lus Hmoob dawb thaum koj tuaj ntsib xib fwb. Hu rau lub chaw ua hauj lwm.</p>
""")

PAGES["soomaali.html"] = _page("so", "Af-Soomaali", """
<h1>Warbixin waalidiinta</h1>
<h2>Waalid ku hadla Soomaali</h2>
<p>Waxaan raadineynaa waalid ku hadla Soomaali iyo Ingiriisi oo ka caawiya kulamada waalidka iyo macallinka, 23 iyo 24 Oktoobar.</p>
<h2>Dalxiiska beerta xayawaanka</h2>
<p>Boosaska waalidiinta raacaya waa buuxaan. Mahadsanidiin!</p>
<h2>Habeenka qoyska</h2>
<p>Jimce, 7 Nofeembar, 5:30&ndash;7:30 fiidnimo, hoolka ciyaaraha.</p>
""")

PAGES["board/budget.html"] = _page("en", "PTL board", """
<h1>PTL board &mdash; draft budget (not public)</h1>
<ul>
<li>We need a new treasurer for 2026 &mdash; Sara's term is up.</li>
<li>Spring fundraiser chair still open.</li>
<li>Teacher grants: $2,400 total.</li>
</ul>
""")

ROBOTS = """User-agent: *
Disallow: /board/
Disallow: /cms/admin/
"""

PDFS = {
    "ptl-newsletter-oct.pdf": ("PTL Newsletter - October", [
        ("title", "Bellechester Elementary PTL - October Newsletter"),
        ("h", "From the PTL president"),
        ("p", "Thank you, Badger families! Our fall fun run raised $6,480 for field trips. Mrs. Lunde in the library would love a parent who sews to repair the puppet theater curtain; it has been held together with duct tape since 2019. The kids put on a show every Friday, so it gets a lot of use."),
        ("h", "Fall carnival"),
        ("p", "Friday, October 31, 4-6 pm. Costumes welcome, nothing scary please."),
        ("h", "Dates"),
        ("p", "Oct 23-24 conferences (no school Oct 24). Nov 7 Family Fun Night."),
    ]),
}

_V, _S, _H, _SO, _B, _P = ("volunteer.html", "supplies.html", "hmoob.html", "soomaali.html", "board/budget.html",
                           "ptl-newsletter-oct.pdf")

NEEDS = [
    N(_V, ["lunchroom helpers"], "volunteer", "en", layout="list"),
    N(_V, ["reading buddies"], "volunteer", "en", layout="list"),
    N(_V, ["hmong-speaking parent"], "skilled", "en", ["hmn", "en"], layout="list"),
    N(_S, ["back-to-school supply drive", "headphones"], "donation", "en", layout="supply_drive"),
    N(_S, ["wobble stools", "mrs. xiong"], "donation", "en", layout="wish_list", note="teacher card wish list"),
    N(_S, ["chapter books", "mr. farah"], "donation", "en", layout="wish_list", note="teacher card wish list"),
    N(_H, ["pab nyeem ntawv"], "volunteer", "hmn", layout="heading_paragraph"),
    N(_H, ["khau ntaus pob"], "donation", "hmn", layout="heading_paragraph"),
    N(_SO, ["waalid ku hadla soomaali"], "skilled", "so", ["so", "en"], layout="heading_paragraph"),
    N(_P, ["puppet theater curtain"], "skilled", "en", layout="pdf", note="buried in president's note"),
]

TRAPS = [
    T("index.html", "hours", ["school hours"]),
    T("index.html", "service", ["free breakfast and lunch"]),
    T("index.html", "event", ["family fun night"]),
    T("index.html", "general_appeal", ["give to the ptl"]),
    T(_V, "filled", ["field trip chaperones"], "struck through, 'full!'"),
    T(_V, "filled", ["picture day helpers"], "'we have enough'"),
    T(_V, "how_to_apply", ["before you volunteer"]),
    T(_V, "job", ["paraprofessional"]),
    T(_S, "filled", ["ms. berg"], "'All set for this year'"),
    T(_S, "not_accepted", ["please don't send"]),
    T(_H, "filled", ["ua ncuav muag"], "'tsis tas yuav pab ntxiv lawm'"),
    T(_H, "service", ["neeg txhais lus"]),
    T(_SO, "filled", ["dalxiiska beerta xayawaanka"], "'waa buuxaan'"),
    T(_SO, "event", ["habeenka qoyska"]),
    T(_B, "robots", ["new treasurer"]),
    T(_B, "robots", ["fundraiser chair"]),
    T(_P, "recap", ["fun run raised"]),
    T(_P, "event", ["fall carnival"]),
]
