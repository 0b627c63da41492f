"""Vernon Center: Oromo community association (flexbox site). Oromo pages (<dl>, wish list, story),
English card grid, Oromo PDF flyer."""
from common import need, trap, robots

SLUG = "vernon-center-oromo-community"
ROBOTS = robots("/boordii/")


def shell(title, body, lang="om"):
    return """<!DOCTYPE html>
<html lang="%s">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>%s &middot; Waldaa Hawaasa Oromoo</title>
<style>
.top{display:flex;justify-content:space-between;background:#2e7d32;color:#fff;padding:8px 16px}
.top a{color:#fff;margin-left:12px}.cards{display:flex;flex-wrap:wrap;gap:16px}.card{flex:1 1 220px;border:1px solid #ccc;padding:12px}
.pill{background:#999;color:#fff;border-radius:9px;padding:1px 8px;font-size:12px}
</style>
</head>
<body>
<div class="top">
  <a href="/" class="brand">Waldaa Hawaasa Oromoo &mdash; Vernon Center</a>
  <span>
    <a href="/">Mana</a>
    <a href="/gargaarsa.html">Gargaarsa</a>
    <a href="/kennaa.html">Kennaa</a>
    <a href="/volunteer.html">English</a>
    <a href="/wabii/sagantaa-ganna.pdf">Waraqaa (PDF)</a>
    <a href="/galeerii/2024.html">Suuraalee</a>
  </span>
</div>
<div class="page">
%s
</div>
<div class="foot">
  210 Main St, Vernon Center, MN 56090 &middot; (507) 555-0183 &middot; waldaa@oromovc.org &middot; <a href="/boordii/">Boordii</a>
</div>
</body>
</html>
""" % (lang, title, body)


INDEX = shell("Mana", """
<h1>Baga nagaan dhuftan!</h1>
<p>Waldaan keenya bara 2012 hundeeffame, maatii Oromoo naannoo kanaa walitti fiduuf fi wal gargaaruuf.</p>
<h2>Sa'aatii hojii</h2>
<p>Wiixata hanga Kamisaa: 10:00 &ndash; 6:00. Sanbata: 10:00 &ndash; 2:00.</p>
<h2>Tajaajila keenya</h2>
<ul>
  <li>Tajaajila hiikkaa bilisaa (Afaan Oromoo &ndash; Ingiliffaa)</li>
  <li>Gargaarsa unka guutuu (mana barumsaa, fayyaa, hojii)</li>
  <li>Barnoota Afaan Oromoo ijoollee Sanbata ganama</li>
</ul>
<h2>Ayyaana Irreechaa</h2>
<p>Onkoloolessa 4, qarqara laga Minnesota bira, sa'aatii 10:00 irraa eegalee. Hundi keessan affeeramtaniittu!</p>
<h2>Nu deeggaraa</h2>
<p>Hojii keenya itti fufuuf, maallaqaan nu deeggaruuf <a href="https://www.example.org/waldaa/give">asitti tuqaa</a>.</p>
""")

GARGAARSA = shell("Gargaarsa", """
<h1>Gargaarsa barbaachisu</h1>
<p>Namoonni tola ooltota ta'uu barbaadan, Caaltuu bilbila (507) 555-0183 irratti bilbilaa.</p>
<dl>
  <dt>Barsiisota Afaan Oromoo</dt>
  <dd>Ijoollee waggaa 6 hanga 14 Sanbata ganama barsiisuuf. Afaan Oromoo dubbachuu fi barreessuu sirriitti beekuu qabdu.</dd>
  <dt>Gargaartota nyaata qopheessuu</dt>
  <dd>Ji'a Ramadaanaa keessa, galgala nyaata iftaarii qopheessuuf namoota 4 barbaanna.</dd>
  <dt>Hiiktota mana yaalaa</dt>
  <dd>Maanguddoota gara mana yaalaa geessuun Afaan Oromoo fi Ingiliffaa gidduu hiikuu. Afaan lamaan sirriitti beekuu qabdu.</dd>
  <dt>Gargaartota mana kitaabaa</dt>
  <dd><em>Namoonni gahaan argamaniiru &mdash; galatoomaa!</em></dd>
  <dt>Qindeessaa sagantaa (hojii kaffaltii qabu)</dt>
  <dd>Sa'aatii 25 torbanitti, kaffaltiin ni jira. Iyyannoo keessan hanga Caamsaa 30 ergaa.</dd>
</dl>
""")

KENNAA = shell("Kennaa", """
<h1>Kennaa meeshaalee</h1>
<p>Meeshaalee Wiixata hanga Kamisaa waajjira keenyatti fiduu dandeessu.</p>
<h2>Meeshaalee kushinaa maatii haaraaf</h2>
<ul>
  <li>Okkotee fi eelee</li>
  <li>Qodaa nyaataa fi kubbaayyaa</li>
  <li>Jabanaa buna danfisuuf</li>
  <li>Fala fi mansaa</li>
</ul>
<h2>Amma kophee ijoollee nu hir'ate</h2>
<p>Barri gannaa dhufaa jira. Ijoollee mana barumsaa deemaniif kophee qorraa (boots), lakkoofsa 10 hanga 6, barbaanna.</p>
<h2>Maatii Obbo Tolasaa</h2>
<p>Obbo Tolasaa fi haati manaa isaa ijoollee sadii waliin ji'a darbe as dhufan. Manni isaanii siree hin qabu; ijoolleen lafa irra rafu. Siree, firaashii fi meeshaa mana keessaa yoo qabaattan nutti bilbilaa.</p>
<h2>Kana booda hin barbaachisu</h2>
<p><s>Uffata qorraa</s> &mdash; gahaa argannee jirra, galatoomaa! Kana booda hin fudhannu.</p>
<h2>Galatoomaa!</h2>
<p>Waggaa darbe kitaabota 200 fi boorsaa mana barumsaa 75 arganneerra.</p>
""")

VOLUNTEER = shell("Volunteer", """
<h1>Volunteer with us (English)</h1>
<p>You do not need to speak Afaan Oromoo for these roles. Email waldaa@oromovc.org.</p>
<div class="cards">
  <div class="card"><h3>Citizenship class tutor</h3><p>Help elders prepare for the civics test, Tuesday evenings 6&ndash;8. Teaching experience helpful.</p></div>
  <div class="card"><h4 class="title">Youth soccer coach</h4><p>Saturday mornings, May to August, ages 8 to 12. Must pass a background check.</p></div>
  <div class="card"><p class="title"><strong>Website helper</strong> <span class="pill">FILLED</span></p><p>Thanks to Lensa, our new site is up!</p></div>
  <div class="card"><div class="title">Accountant or CPA</div><p>Review our books once a year before we file the nonprofit return. About 6&ndash;8 hours.</p></div>
  <div class="card"><h3>Oromo Culture Night</h3><p>Saturday, March 8. No volunteers needed &mdash; just come and enjoy the food and music!</p></div>
</div>
""", lang="en")

BOORDII = shell("Boordii", """
<h1>Boordii qofa</h1>
<p><em>Fuulli kun miseensota boordii qofaaf.</em></p>
<ul>
  <li>Koreen filannoo namoota 3 barbaada.</li>
  <li>Kompiitarri waajjiraa haaraan barbaachisa.</li>
  <li>Galmi walgahii qulqullina barbaada &ndash; tola ooltota 5.</li>
</ul>
""")

PAGES = {
    "index.html": INDEX,
    "gargaarsa.html": GARGAARSA,
    "kennaa.html": KENNAA,
    "volunteer.html": VOLUNTEER,
    "boordii/index.html": BOORDII,
}

PDFS = {
    "wabii/sagantaa-ganna.pdf": ("Sagantaa Ijoollee Ganna 2025", [
        ("title", "Sagantaa Ijoollee Ganna 2025"),
        ("p", "Waldaa Hawaasa Oromoo - Vernon Center"),
        ("p", "Sagantaan ijoollee gannaa Adoolessa 7 hanga Hagayya 15, Wiixata hanga Kamisaa, sa'aatii 9:00 "
              "hanga 12:00 ni ta'a. Ijoollee waggaa 5 hanga 12 ti."),
        ("h", "Gargaartota barbaanna"),
        ("p", "Sagantaa kanaaf gargaartota tola ooltota 6 barbaanna: ijoollee waliin taphachuu, nyaata laaqanaa "
              "qopheessuu fi daawwannaa geggeessuu. Umuriin keessan 16 ol ta'uu qaba."),
        ("p", "Akkasumas konkolaataa xiqqaa (minivan) guyyaa daawwannaa Jimaata tokko nuuf liqeessuu kan "
              "dandeessan yoo jirtan nutti bilbilaa."),
        ("h", "Akkaataa galmee"),
        ("p", "Ijoollee galmeessuuf, unka kana guuttanii hanga Waxabajjii 20 waajjira keenyatti deebisaa. "
              "Kaffaltiin hin jiru."),
        ("p", "Bilbila: (507) 555-0183"),
    ]),
}

NEEDS = [
    need("gargaarsa.html", ["barsiisota afaan oromoo"], "skilled", "om", ["om"], "definition_list"),
    need("gargaarsa.html", ["nyaata qopheessuu"], "volunteer", "om", [], "definition_list", "iftar cooks"),
    need("gargaarsa.html", ["hiiktota mana yaalaa", "hiiktota"], "skilled", "om", ["om", "en"], "definition_list"),
    need("kennaa.html", ["meeshaalee kushinaa", "jabanaa"], "donation", "om", [], "wish_list"),
    need("kennaa.html", ["kophee ijoollee", "kophee qorraa"], "donation", "om", [], "short_on", "'nu hir'ate'"),
    need("kennaa.html", ["siree", "firaashii"], "donation", "om", [], "story", "Tolasaa family"),
    need("volunteer.html", ["citizenship class tutor"], "skilled", "en", [], "role_cards"),
    need("volunteer.html", ["soccer coach"], "volunteer", "en", [], "role_cards", "title in h4"),
    need("volunteer.html", ["accountant"], "skilled", "en", [], "role_cards", "title in div"),
    need("wabii/sagantaa-ganna.pdf", ["gargaartota tola ooltota"], "volunteer", "om", [], "pdf"),
    need("wabii/sagantaa-ganna.pdf", ["minivan", "konkolaataa xiqqaa"], "other", "om", [], "pdf", "lend a minivan"),
]

TRAPS = [
    trap("index.html", "hours", ["sa'aatii hojii"]),
    trap("index.html", "service", ["tajaajila hiikkaa"]),
    trap("index.html", "service", ["unka guutuu"]),
    trap("index.html", "event", ["ayyaana irreechaa"]),
    trap("index.html", "general_appeal", ["maallaqaan nu deeggaruuf"]),
    trap("gargaarsa.html", "filled", ["mana kitaabaa"], "'Namoonni gahaan argamaniiru'"),
    trap("gargaarsa.html", "job", ["qindeessaa sagantaa"]),
    trap("kennaa.html", "hours", ["waajjira keenyatti fiduu"]),
    trap("kennaa.html", "filled", ["uffata qorraa"], "struck, 'Kana booda hin fudhannu'"),
    trap("kennaa.html", "recap", ["kitaabota 200"]),
    trap("volunteer.html", "filled", ["website helper"], "FILLED pill"),
    trap("volunteer.html", "event", ["culture night"]),
    trap("wabii/sagantaa-ganna.pdf", "service", ["sagantaa ijoollee ganna"]),
    trap("wabii/sagantaa-ganna.pdf", "how_to_apply", ["ijoollee galmeessuuf"]),
    trap("boordii/index.html", "robots", ["koreen filannoo"]),
    trap("boordii/index.html", "robots", ["kompiitarri"]),
    trap("boordii/index.html", "robots", ["galmi walgahii"]),
]
