"""Site 4: Hiddaa Oromo Families of Grey Eagle (Squarespace-like).
Layouts: ask in the site footer, kanban help board (open / claimed / done lanes),
Oromo FAQ (h3 question + p answer), first-person letter story, Oromo PDF bulletin."""
from kit import need, trap

SLUG = "grey-eagle-hiddaa-oromo-families"
TOWN = "grey-eagle"

def head(lang, title):
    return """<!doctype html>
<html lang="%s">
<head><meta charset="utf-8"><title>%s</title>
<link rel="stylesheet" href="https://static1.squarespace.example/static/sitecss/site.css"></head>
<body class="collection-type-page">
<header class="Header"><div class="Header-inner"><a href="/index.html" class="Header-branding">HIDDAA</a>
<nav class="Header-nav"><a href="/index.html">Home</a><a href="/board.html">Help Board</a><a href="/stories.html">Stories</a><a href="/om/index.html">Afaan Oromoo</a></nav></div></header>
<main class="Main"><div class="sqs-layout">
""" % (lang, title)

FOOT = """</div></main>
<footer class="Footer"><div class="sqs-block html-block">
{extra}<p>Open Monday&ndash;Thursday, 9 am&ndash;5 pm &middot; 27 Birch Street, Grey Eagle, MN &middot; 555-0141</p>
<p><a href="/media/gallery-2025.html">Photo gallery</a> &middot; <a href="/miseensota/index.html">Members</a></p>
</div></footer>
</body></html>
"""
# the footer ask is only rendered on the home page (the template's "announcement" slot)
FOOT_HOME = FOOT.replace("{extra}", "<p><strong>Always needed at the center:</strong> prepaid phone cards for newly "
                         "arrived families. Drop them off any time we are open.</p>\n")
FOOT = FOOT.replace("{extra}", "")

PAGES = {}
PAGES["index.html"] = head("en", "Hiddaa Oromo Families of Grey Eagle") + """
<section class="sqs-block"><h1>Hiddaa Oromo Families of Grey Eagle</h1>
<p>Hiddaa means &ldquo;root.&rdquo; We are 60 Oromo families in Grey Eagle, Burtrum and the lake country around them, helping each other put down roots.</p></section>
<section class="sqs-block"><h2>What we do</h2>
<ul><li>Afaan Oromoo Saturday school for about 40 kids</li><li>Help with rent-assistance and food-support paperwork</li><li>Coffee mornings for elders every Friday</li></ul></section>
<section class="sqs-block"><h2>Irreecha 2025: thank you!</h2>
<p>More than 300 people gathered by the lake in September. Thank you to the 25 volunteers who cooked, set up and cleaned.</p></section>
<section class="sqs-block cta"><h2>Get involved</h2>
<p>Neighbors post what they need on our <a href="/board.html">Help Board</a>. Have a look and claim a card.</p></section>
""" + FOOT_HOME

PAGES["board.html"] = head("en", "Help Board - Hiddaa") + """
<h1>Community Help Board</h1>
<p>Neighbors post what they need; volunteers claim a card. Call 555-0141 to take one.</p>
<div class="board">
<div class="lane lane-open"><h2>Needs a helper</h2>
<div class="card"><h3>Leaky kitchen faucet</h3><p>Abbaa Gammachuu (82) has had a dripping faucet for a month. We need someone handy with plumbing; he has already bought the cartridge.</p></div>
<div class="card"><h3>Moving help, Nov 8</h3><p>A family of six is moving into a house on 3rd Street. Three strong people and a pickup truck for the morning.</p></div>
<div class="card"><h3>Winter tires</h3><p>A single mom who commutes to the poultry plant needs four winter tires, size 195/65R15. Used is fine.</p></div>
</div>
<div class="lane lane-claimed"><h2>Someone&rsquo;s on it</h2>
<div class="card"><h3>Ride to immigration appointment</h3><p>Bloomington, Nov 12. Lencho is driving.</p></div>
</div>
<div class="lane lane-done"><h2>Done &#10003;</h2>
<div class="card"><h3>Crib for a newborn</h3><p>Delivered Oct 30. Welcome, baby Ifa!</p></div>
<div class="card"><h3>Snow shovels</h3><p>Three shovels for the Tolera family. Done.</p></div>
</div>
</div>
""" + FOOT

PAGES["stories.html"] = head("en", "Stories - Hiddaa") + """
<article class="BlogItem"><h2>A letter from Chaltu</h2>
<p>&ldquo;My name is Chaltu. I came to Grey Eagle with my three children in June. My husband works at the turkey farm, and in September his hours were cut. The hardest thing now is the laundry: the laundromat is 20 miles away and we have no washing machine. If someone has a used washer that works, it would give me back one whole day every week.&rdquo;</p>
<p>If you can help Chaltu, call Obse at 555-0141.</p></article>
<article class="BlogItem"><h2>Furnace checks: what you made possible</h2>
<p>Last winter, volunteers from the electric co-op checked the furnaces in 12 Oromo homes and found two with cracked heat exchangers. Everyone stayed warm and safe.</p></article>
<article class="BlogItem"><h2>Meet our chair</h2>
<p>Obse Tadesse moved to Grey Eagle in 2015, drives a school bus and has chaired Hiddaa since 2021.</p></article>
""" + FOOT

PAGES["om/index.html"] = head("om", "Hiddaa - Afaan Oromoo") + """
<h1>Baga nagaan dhuftan</h1>
<p>Hiddaan bara 2018 hundeeffame; maatii Oromoo Grey Eagle fi naannoo isaa jiraatan gargaara.</p>
<h2>Gaaffii fi deebii</h2>
<div class="faq">
<h3>Tola ooltota ni barbaadduu?</h3>
<p>Eeyyee. Amma barsiisaa Afaan Oromoo mana barumsaa Sanbataatiif nu barbaachisa. Daa&rsquo;imman umurii 6 hanga 12 barsiisuuf, Sanbata ganama sa&rsquo;aatii 10 hanga 12.</p>
<h3>Maal kennuu danda&rsquo;a?</h3>
<p>Kitaabota daa&rsquo;immanii Afaan Oromoo fi Ingiliffaan barreeffaman, akkasumas boorsaa barumsaa nu barbaachisa.</p>
<h3>Konkolaachiftoonni ni barbaachisuu?</h3>
<p>Amma hin barbaachisan. Konkolaachiftoonni afur argamaniiru &mdash; galatoomaa!</p>
<h3>Maanguddootaaf maal gootu?</h3>
<p>Maanguddoonni kompiitara fayyadamuu akka baratan namoota gargaaran lama barbaanna, Roobii waaree booda.</p>
<h3>Gargaarsa akkamii kennitu?</h3>
<p>Unka kiraa fi unka gargaarsa nyaataa guutuu irratti kaffaltii malee isin gargaarra.</p>
</div>
<h2>Beeksisa</h2>
<p>Ayyaana Irreechaa: Fulbaana 28, qarqara haroo Big Birch. Hundi keessan affeeramtaniittu!</p>
<p>Sa&rsquo;aatii hojii: Wiixata hanga Kamisaa, 9:00&ndash;5:00.</p>
<p><a href="/om/beeksisa-sadaasa.pdf">Beeksisa ji&rsquo;a Sadaasaa (PDF)</a></p>
""" + FOOT

PAGES["miseensota/index.html"] = """<!doctype html>
<html lang="om">
<head><meta charset="utf-8"><title>Miseensota qofaaf</title></head>
<body>
<h1>Miseensota qofaaf</h1>
<p><b>Herreega waggaa:</b> herreegaa tola nu gargaaru barbaanna, Amajjii keessa.</p>
<p><b>Koree filannoo:</b> miseensota sadii barbaanna.</p>
<p><a href="/index.html">Gara fuula duraatti</a></p>
</body></html>
"""

ROBOTS = """User-agent: *
Disallow: /config
Disallow: /miseensota/
Sitemap: https://hiddaagreyeagle.org/sitemap.xml
"""

PDFS = {
    "om/beeksisa-sadaasa.pdf": ("Hiddaa - Beeksisa Ji'a Sadaasaa 2025", [
        ("title", "Hiddaa - Beeksisa Ji'a Sadaasaa 2025"),
        ("p", "Maatii Oromoo Grey Eagle - 27 Birch Street - 555-0141"),
        ("h", "Hiiktuu barbaanna"),
        ("p", "Hiiktuu Afaan Oromoo fi Ingiliffaa haadholii waliin mana yaalaa Long Prairie deemu nu barbaachisa, Kamisa ganama."),
        ("h", "Kophee qorraa daa'immanii"),
        ("p", "Kophee qorraa (winter boots) daa'immanii lakkoofsa 10 hanga 4 nu barbaachisa. Haaraa yookiin kan gaarii ta'e qofa."),
        ("h", "Nyaata qopheessuu"),
        ("p", "Tola ooltota nyaata walgahii qopheessan: namni gahaan argameera. Galatoomaa!"),
        ("h", "Walgahii waliigalaa"),
        ("p", "Dilbata, Sadaasa 16, sa'aatii 2:00, galma mana barumsaa keessatti."),
        ("h", "Buusii miseensummaa"),
        ("p", "Buusiin miseensummaa waggaa $40 dha. Kaffaltiin keessan hojii keenya deeggara."),
    ]),
}

P_IDX, P_B, P_ST, P_OM, P_PDF, P_MEM = ("index.html", "board.html", "stories.html", "om/index.html",
                                        "om/beeksisa-sadaasa.pdf", "miseensota/index.html")
NEEDS = [
    need(P_IDX, ["phone cards"], "donation", "en", layout="footer",
         note="ask in the footer of the home page"),
    need(P_B, ["faucet"], "skilled", "en", layout="kanban_card"),
    need(P_B, ["moving help"], "volunteer", "en", layout="kanban_card"),
    need(P_B, ["winter tires"], "donation", "en", layout="kanban_card"),
    need(P_ST, ["washing machine", "washer"], "donation", "en", layout="story_letter"),
    need(P_OM, ["barsiisaa afaan oromoo"], "skilled", "om", ["om"], layout="faq_answer"),
    need(P_OM, ["kitaabota daa'immanii"], "donation", "om", layout="faq_answer"),
    need(P_OM, ["kompiitara fayyadamuu"], "volunteer", "om", layout="faq_answer"),
    need(P_PDF, ["hiiktuu"], "skilled", "om", ["om", "en"], layout="pdf"),
    need(P_PDF, ["kophee qorraa"], "donation", "om", layout="pdf"),
]
TRAPS = [
    trap(P_IDX, "service", ["saturday school"]),
    trap(P_IDX, "recap", ["irreecha 2025"]),
    trap(P_IDX, "general_appeal", ["get involved"], "teaser naming no role"),
    trap(P_IDX, "hours", ["open monday"]),
    trap(P_B, "filled", ["immigration appointment"], "kanban 'Someone's on it' lane"),
    trap(P_B, "filled", ["crib for a newborn"], "kanban Done lane"),
    trap(P_B, "filled", ["snow shovels"], "kanban Done lane"),
    trap(P_ST, "recap", ["furnace checks"]),
    trap(P_ST, "bio", ["meet our chair", "obse tadesse"]),
    trap(P_OM, "filled", ["konkolaachiftoonni"], "'amma hin barbaachisan ... argamaniiru'"),
    trap(P_OM, "service", ["unka kiraa"]),
    trap(P_OM, "event", ["ayyaana irreechaa"]),
    trap(P_OM, "hours", ["sa'aatii hojii"]),
    trap(P_PDF, "filled", ["nyaata qopheessuu"], "'namni gahaan argameera'"),
    trap(P_PDF, "event", ["walgahii waliigalaa"]),
    trap(P_PDF, "general_appeal", ["buusii miseensummaa"]),
    trap(P_MEM, "robots", ["herreega waggaa", "herreegaa"]),
    trap(P_MEM, "robots", ["koree filannoo"]),
]
