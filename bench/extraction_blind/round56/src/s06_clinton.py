"""Site 6: Waldaa Gargaarsa Maatii Oromoo (Oromo family association), Clinton MN. Oromo home page,
Oromo volunteer table with a status column, Oromo donation card grid with a family story, English page
with a seeking-attorney ask, Oromo PDF flyer for Irreechaa helpers, robots /koree/."""
from common import need, trap

SLUG = "clinton-waldaa-maatii-oromoo"

def page(lang, title, body):
    return """<!DOCTYPE html>
<html lang="%s">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>%s</title>
<link rel="stylesheet" href="/css/site.css">
<style>
.grid{display:flex;flex-wrap:wrap;gap:16px}.grid>div{flex:1 1 240px;border:1px solid #d6c9a8;border-radius:6px;padding:12px}
.tag{font-size:12px;text-transform:uppercase;padding:2px 6px;border-radius:3px;background:#c62828;color:#fff}
.tag.ok{background:#777}
td,th{border-bottom:1px solid #ddd;padding:6px;text-align:left}
</style>
</head>
<body>
<header class="top">
 <div class="logo"><img src="/img/odaa.svg" alt="" height="40"> <span>Waldaa Gargaarsa Maatii Oromoo</span></div>
 <nav>
  <a href="/index.html">Fuula jalqabaa</a>
  <a href="/tola-ooltummaa.html">Tola ooltummaa</a>
  <a href="/arjoomaa.html">Arjoomaa</a>
  <a href="/irreechaa-2025.pdf">Irreechaa 2025 (PDF)</a>
  <a href="/en/index.html">English</a>
 </nav>
</header>
<main>
%s
</main>
<footer>
 <p>Waldaa Gargaarsa Maatii Oromoo &middot; 402 Main St, Clinton, MN 56225 &middot; (320) 555-0191</p>
 <p><a href="/viidiyoo/walgahii-2024.html">Viidiyoo walgahii 2024</a> &middot; <a href="/koree/yaadannoo.html">Koree qofaaf</a></p>
</footer>
</body>
</html>
""" % (lang, title, body)

INDEX = page("om", "Waldaa Gargaarsa Maatii Oromoo - Clinton", """
<section class="hero">
 <h1>Baga nagaan dhuftan!</h1>
 <p>Waldaan keenya bara 2014 maatii Oromoo Clinton, Ortonville fi Graceville keessa jiraatan gargaaruuf hundeeffame. Hojjettoonni keenya hedduun isaanii tola ooltota.</p>
</section>

<section>
 <h2>Tajaajila keenya</h2>
 <ul>
  <li>Gargaarsa unka (forms) mootummaa guutuu &ndash; SNAP, MA, mana kiraa</li>
  <li>Barnoota Afaan Ingiliffaa namoota gurguddaaf</li>
  <li>Gorsa hojii barbaaduu fi CV qopheessuu</li>
 </ul>
</section>

<section>
 <h2>Sa'aatii hojii</h2>
 <p>Wiixata hanga Kamisaatti: 9:00 ganama &ndash; 5:00 galgala. Jimaata: 9:00 &ndash; 12:00.</p>
</section>

<section>
 <h2>Ayyaana Irreechaa 2025</h2>
 <p>Dilbata, Onkoloolessa 5, Clinton Lake Park. Hawaasni hundi ni affeeramu! Odeeffannoo dabalataaf <a href="/irreechaa-2025.pdf">waraqaa kana</a> ilaalaa.</p>
</section>

<section>
 <h2>Galma nu liqeessaa</h2>
 <p>Walgahiin hawaasaa keenyaa Dilbata ji'a hundaa godhama, garuu galmi itti walgahaa turre gurgurameera. Waldaan amantaa, mana barumsaa ykn dhaabbanni galma namoota 80 qabatu, Dilbata tokko ji'atti sa'aatii afuriif bilisaan nu liqeessuu danda'u yoo jiraate, Caaltuu bilbilaa. Qulqulleessinee deebifna.</p>
</section>

<section>
 <h2>Deeggarsa maallaqaa</h2>
 <p>Kiraa waajjiraa fi ibsaa kaffaluuf deeggarsi keessan nu barbaachisa. Cheekii &ldquo;Oromo Family Association&rdquo; jedhee barreessaa.</p>
</section>
""")

TABLE = page("om", "Tola ooltummaa - Waldaa Gargaarsa Maatii Oromoo", """
<h1>Tola ooltummaa</h1>
<p>Hojiiwwan armaan gadii irratti gargaarsa keessan barbaanna. Galmaa'uuf Caaltuu (320) 555-0191 bilbilaa.</p>
<table class="roles">
 <thead><tr><th>Hojii</th><th>Yeroo</th><th>Ibsa</th><th>Haala</th></tr></thead>
 <tbody>
  <tr><td><b>Hiiktuu Afaan Oromoo fi Ingiliffaa</b></td><td>Kamisa 1:00&ndash;4:00</td><td>Maatii haaraa waliin gara hospitaalaa fi mana barumsaa deemuun hiikuu. Afaan lamaanuu sirriitti beekuu qabda.</td><td><span class="tag">Nama 2 barbaanna</span></td></tr>
  <tr><td><b>Barsiisaa Afaan Oromoo ijoolleef</b></td><td>Sanbata 10:00&ndash;12:00</td><td>Ijoollee keenya qubee, dubbisuu fi barreessuu barsiisuu.</td><td><span class="tag">Ammallee ni barbaachisa</span></td></tr>
  <tr><td><b>Gargaartuu hojii manaa ijoollee</b></td><td>Wiixata fi Roobii 4:00&ndash;6:00</td><td>Ijoollee kutaa 3&ndash;8 hojii manaa isaanii irratti gargaaruu.</td><td><span class="tag">Nama 3 barbaanna</span></td></tr>
  <tr><td><b>Eegduu daa'immanii yeroo walgahii</b></td><td>Dilbata ji'aa</td><td>&mdash;</td><td><span class="tag ok">Nama argannee jirra, galatoomaa</span></td></tr>
  <tr><td><b>Qopheessaa nyaataa Irreechaaf</b></td><td>&mdash;</td><td>&mdash;</td><td><span class="tag ok">Cufameera</span></td></tr>
  <tr><td><b>Hojjetaa waajjiraa</b></td><td>Sa'aatii 20/torbanitti</td><td>Hojii mindaa qabu: $18 sa'aatiitti. CV keessan ergaa.</td><td><span class="tag ok">Mindaa</span></td></tr>
 </tbody>
</table>
""")

CARDS = page("om", "Arjoomaa - Waldaa Gargaarsa Maatii Oromoo", """
<h1>Arjoomaa</h1>
<p>Meeshaalee Wiixata fi Kamisa, 10:00&ndash;3:00 fidaa.</p>
<div class="grid">
 <div class="card">
  <h3>Kitaabota daa'immanii Afaan Oromootiin</h3>
  <p>Mana kitaabaa xiqqaa ijoollee keenyaaf kitaabota Afaan Oromoo fi kitaabota afaan lamaan (Oromoo&ndash;Ingiliffaa) barbaanna.</p>
 </div>
 <div class="card">
  <h3>Uffata qorraa</h3>
  <p><strong>Amma nu jalaa dhumaa jira!</strong> Jaakeetii, kophee cabbii fi harkoota ijoollee fi namoota gurguddaa. Qorri dhufaa jira.</p>
 </div>
 <div class="card">
  <h3>Teessoo fi minjaala</h3>
  <p><span class="tag ok">Ga'eera</span> Galatoomaa! Kana booda hin fidinaa.</p>
 </div>
 <div class="card">
  <h3>Maatii Obbo Tolaa</h3>
  <p>Maatiin Obbo Tolaa, ijoollee shan waliin, ji'a darbe Keeniyaa irraa dhufan. Manni isaanii duwwaa dha. Meeshaalee kushinaa (okkotee, qodaa, fal'aana), siree fi uffata siree isaan barbaachisa. Gargaaruu kan dandeessan Caaltuu bilbilaa.</p>
 </div>
</div>
<h2>Galatoomaa!</h2>
<p>Bara darbe maatii 120f uffata qorraa fi meeshaalee mana keessaa raabsineerra.</p>
""")

EN = page("en", "Oromo Family Association - English", """
<h1>Oromo Family Association of Clinton</h1>
<p>We help Oromo families in Big Stone and Lac qui Parle counties settle, work and raise their children. Most of the site is in Afaan Oromoo.</p>

<h2>Volunteer immigration attorney wanted</h2>
<p>Our free monthly immigration clinic has lost its volunteer attorney. We are looking for a licensed immigration attorney or a DOJ-accredited representative who can give three hours on the second Saturday of each month. Interpreters and coffee are provided.</p>

<h2>English classes</h2>
<p>Free English classes for adults, Tuesday and Thursday evenings, all levels.</p>

<h2>To get help</h2>
<p>Come in during office hours with your ID and any letters you received. No appointment needed.</p>

<h2>Our year</h2>
<p>In 2024 we helped 214 families with paperwork and gave winter clothes to 120 households.</p>
""")

MIN = page("om", "Yaadannoo koree", """
<h1>Yaadannoo walgahii koree &ndash; Hagayya 2025</h1>
<ul>
 <li>Herrega baankii haaraa banuuf namni mallatteessu barbaachisa.</li>
 <li>Konkolaataa waldaa suphuuf maallaqa barbaaduu.</li>
 <li>Galma haaraa kireeffachuuf dhiyeessii gaafachuu.</li>
</ul>
""")

PAGES = {
    "index.html": INDEX,
    "tola-ooltummaa.html": TABLE,
    "arjoomaa.html": CARDS,
    "en/index.html": EN,
    "koree/yaadannoo.html": MIN,
}

ROBOTS = "User-agent: *\r\nDisallow: /koree/\r\n\r\nUser-agent: CCBot\r\nDisallow: /\r\n"

PDFS = {
    "irreechaa-2025.pdf": ("Irreechaa 2025 - Clinton", [
        ("title", "AYYAANA IRREECHAA 2025 - CLINTON"),
        ("p", "Dilbata, Onkoloolessa 5, 2025 - Clinton Lake Park, sa'aatii 10:00 ganama irraa eegalee."),
        ("p", "Ayyaanni Irreechaa ayyaana galataa Oromoo ti. Hawaasni hundi, maatii fi hiriyyoota waliin, ni affeeramu."),
        ("h", "Gargaartota 15 barbaanna"),
        ("p", "Guyyaa ayyaanaa gargaartota 15 barbaanna: konkolaataa qindeessuu (parking), teessoo fi "
              "dunkaana diriirsuu, akkasumas booda iddoo qulqulleessuu. Sa'aatii 8:00 ganama dhufaa."),
        ("h", "Galmaa'uuf"),
        ("p", "Caaltuu (320) 555-0191 bilbilaa ykn maqaa keessan waajjira keessatti barreessaa."),
    ]),
}

NEEDS = [
    need("index.html", ["galma nu liqeessaa"], "other", "om", [], "heading_paragraph",
         "lend a hall for 80 people one Sunday a month (a loan of space)"),
    need("tola-ooltummaa.html", ["hiiktuu"], "skilled", "om", ["om", "en"], "shift_table",
         "interpreter, 'Nama 2 barbaanna'"),
    need("tola-ooltummaa.html", ["barsiisaa afaan oromoo"], "skilled", "om", ["om"], "shift_table",
         "Oromo teacher for children, 'still needed'"),
    need("tola-ooltummaa.html", ["hojii manaa"], "volunteer", "om", [], "shift_table", "homework helpers"),
    need("arjoomaa.html", ["kitaabota daa'immanii"], "donation", "om", [], "role_cards",
         "children's books in Oromo"),
    need("arjoomaa.html", ["uffata qorraa"], "donation", "om", [], "short_on", "'running out now'"),
    need("arjoomaa.html", ["maatii obbo tolaa", "meeshaalee kushinaa"], "donation", "om", [], "story"),
    need("en/index.html", ["immigration attorney"], "skilled", "en", [], "seeking"),
    need("irreechaa-2025.pdf", ["gargaartota 15", "konkolaataa qindeessuu"], "volunteer", "om", [], "pdf",
         "event helpers for Irreechaa (the event itself is a trap)"),
]

TRAPS = [
    trap("index.html", "service", ["gargaarsa unka"]),
    trap("index.html", "service", ["gorsa hojii"]),
    trap("index.html", "hours", ["sa'aatii hojii"]),
    trap("index.html", "event", ["ayyaana irreechaa"]),
    trap("index.html", "general_appeal", ["deeggarsa maallaqaa"]),
    trap("tola-ooltummaa.html", "filled", ["eegduu daa'immanii"], "'we found someone, thank you'"),
    trap("tola-ooltummaa.html", "filled", ["qopheessaa nyaataa"], "'Cufameera' (closed)"),
    trap("tola-ooltummaa.html", "job", ["hojjetaa waajjiraa"], "paid $18/hour"),
    trap("arjoomaa.html", "filled", ["teessoo fi minjaala"], "'Ga'eera' + do not bring more"),
    trap("arjoomaa.html", "recap", ["maatii 120f"]),
    trap("arjoomaa.html", "hours", ["wiixata fi kamisa"], "drop-off days"),
    trap("en/index.html", "service", ["english classes"]),
    trap("en/index.html", "how_to_apply", ["to get help"]),
    trap("en/index.html", "recap", ["214 families"]),
    trap("irreechaa-2025.pdf", "event", ["ayyaanni irreechaa"]),
    trap("irreechaa-2025.pdf", "how_to_apply", ["galmaa'uuf"]),
    trap("koree/yaadannoo.html", "robots", ["herrega baankii"]),
    trap("koree/yaadannoo.html", "robots", ["konkolaataa waldaa"]),
    trap("koree/yaadannoo.html", "robots", ["galma haaraa"]),
]
