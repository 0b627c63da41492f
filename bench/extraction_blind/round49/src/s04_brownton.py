"""Brownton: Gamtaa Oromoo Association (Oromo + English).
Layouts: status pills before, after and inside list items; a poster image
whose alt text reads like a need beside a caption about a past event; Oromo
donation drives with progress bars (x / y) and a filled one; Oromo numbered
role list with <s>; Oromo PDF newsletter; English events page with helpers
for an event."""
from common import N, T

SLUG = "brownton-gamtaa-oromoo-association"

NAV = """<nav><a href="/index.html">Home</a> &bull; <a href="/afaan-oromoo.html">Afaan Oromoo</a> &bull;
<a href="/barsiisota.html">Mana Barumsaa Sanbataa</a> &bull; <a href="/events.html">Events</a> &bull;
<a href="/oduu/gannaa-2025.pdf">Oduu (PDF)</a> &bull; <a href="/viidiyoo/irreecha-2024.html">Viidiyoo</a></nav>"""

FOOT = """<footer><small>Gamtaa Oromoo Association of McLeod County &middot; Brownton, MN &middot;
<a href="/koree/index.html">Koree</a></small></footer>"""

PAGES = {}

PAGES["index.html"] = """
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Gamtaa Oromoo Association | Brownton MN</title>
<style>
.pill{display:inline-block;font:bold 11px sans-serif;border-radius:9px;padding:1px 7px;color:#fff}
.open{background:#2e7d32}.filled{background:#9e9e9e}.paid{background:#1565c0}
</style>
</head>
<body>
<h1>Gamtaa Oromoo Association</h1>
""" + NAV + """
<figure>
  <img src="/img/irreecha-poster.jpg" alt="Volunteers needed for Irreecha! Call Chaltu">
  <figcaption>Irreecha 2025 at Brownton City Park &mdash; Sunday, September 28. Thank you to everyone who came!</figcaption>
</figure>

<h2>Current calls</h2>
<ul class="calls">
  <li><span class="pill open">OPEN</span> <b>Saturday school snack parents</b> &ndash; bring fruit and juice for 30 kids, once a month.</li>
  <li><b>Soccer coach for girls U12</b> <span class="pill filled">FILLED</span></li>
  <li><b>Grant writer</b> (pro bono, 5&ndash;10 hours) to help us apply to the Minnesota Humanities Center <span class="pill open">OPEN</span></li>
  <li><span class="pill paid">STAFF</span> <b>Office manager</b> &ndash; 20 hours a week, $21/hour. <a href="mailto:jobs@gamtaa.example">Apply</a></li>
  <li><b>Tables for Irreecha</b> &mdash; <span class="pill filled">we got them, galatoomaa!</span></li>
</ul>

<h2>Services</h2>
<p>Free immigration document help on the first Monday of each month, with a volunteer attorney from Hutchinson.</p>
<p>Office open Tuesday and Thursday 5&ndash;8 pm.</p>
""" + FOOT + """
</body>
</html>
"""

PAGES["afaan-oromoo.html"] = """
<!DOCTYPE html>
<html lang="om">
<head>
<meta charset="utf-8">
<title>Gamtaa Oromoo - Afaan Oromoo</title>
<style>.bar{background:#eee;width:300px;height:10px}.bar span{display:block;height:10px;background:#e53935}</style>
</head>
<body>
""" + NAV + """
<h1>Baga nagaan dhuftan</h1>
<p>Ayyaana Irreechaa bara kana hawaasa keenya waliin kabajne. Galatoomaa!</p>

<h2>Walitti qabama kennaa</h2>
<div class="drive">
  <h3>Kitaabota daa'immanii Afaan Oromootiin</h3>
  <div class="bar"><span style="width:27%"></span></div>
  <p>40 / 150 argameera. Kitaabota haaraa ykn kan gaarii ta'an nuuf fidaa.</p>
</div>
<div class="drive">
  <h3>Uffata qorraa ijoollee</h3>
  <div class="bar"><span style="width:100%"></span></div>
  <p>200 / 200 &#10003; Guutameera. Galatoomaa!</p>
</div>
<div class="drive">
  <h3>Meeshaalee mana nyaata galma waldaatiif</h3>
  <div class="bar"><span style="width:30%"></span></div>
  <p>3 / 10. Disti gurguddoo (cooking pots) fi qodaa nyaataa ni barbaachisa.</p>
</div>
<div class="drive">
  <h3>Kompiitara barattootaaf</h3>
  <div class="bar"><span style="width:100%"></span></div>
  <p>12 / 12. Gahaa qabna, galatoomaa. Amma hin fidinaa.</p>
</div>

<h2>Tola ooltota barbaadna</h2>
<p><b>Hiiktuu Afaan Oromoo fi Ingiliffaa</b> &ndash; maatii mana yaalaa Hutchinson dhaqan gargaaruuf, torbanitti
sa'aatii 3. Afaan lamaanuu sirriitti dubbachuu qabda.</p>

<h2>Deeggarsa</h2>
<p>Maallaqaan deeggaruuf <a href="https://give.example/gamtaa">asi tuqaa</a>.</p>
""" + FOOT + """
</body>
</html>
"""

PAGES["barsiisota.html"] = """
<!DOCTYPE html>
<html lang="om">
<head><meta charset="utf-8"><title>Mana Barumsaa Sanbataa</title></head>
<body>
""" + NAV + """
<h1>Mana Barumsaa Sanbataa</h1>
<p>Sanbata sa'aatii 10:00 hanga 1:00, galma waldaa keessatti. Ijoollee galmeessuuf Caaltuu bilbilaa: (320) 555-0177.</p>
<h2>Barsiisota fi gargaartota barbaadna</h2>
<ol>
  <li><b>Barsiisaa Afaan Oromoo</b> kutaa 1ffaaf &ndash; qubee barsiisuu kan danda'u.</li>
  <li><s>Barsiisaa herregaa</s> &ndash; argameera, galatoomaa.</li>
  <li><b>Gargaaraa daa'imman xixiqqoo</b> &ndash; yeroo barnootaa daa'imman waggaa 3&ndash;5 eeguuf.</li>
  <li><s>Konkolaachisaa</s> &ndash; amma hin barbaachisu.</li>
</ol>
</body>
</html>
"""

PAGES["events.html"] = """
<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Events</title></head>
<body>
""" + NAV + """
<h1>Events</h1>
<h2>Oromo Heritage Night &mdash; January 17, 2026</h2>
<p>Dinner, music and a fashion show at the Brownton Community Center. Tickets $15, kids free.</p>
<p><b>Teen volunteers:</b> we still need 4 teens (14+) to run the coat check at Heritage Night. Service hours signed.</p>
<h2>Past events</h2>
<p>Our summer picnic at Lake Marion drew 250 people and 11 soccer teams.</p>
""" + FOOT + """
</body>
</html>
"""

PAGES["koree/index.html"] = """
<!DOCTYPE html>
<html lang="om">
<head><meta charset="utf-8"><title>Koree</title></head>
<body>
<h1>Koree &ndash; yaadannoo keessaa</h1>
<ul>
  <li>Barreessaa koree haaraa barbaadna</li>
  <li>Kennaa printerii waajjiraaf</li>
  <li>Qulqulleessaa galmaa torbanitti al tokko</li>
</ul>
</body>
</html>
"""

ROBOTS = """User-agent: GPTBot
Disallow: /

User-agent: *
Disallow: /koree/
Crawl-delay: 5
"""

PDFS = {
    "oduu/gannaa-2025.pdf": ("Oduu Gamtaa Oromoo", [
        ("title", "Oduu Gamtaa Oromoo - Gannaa 2025"),
        ("h", "Irreecha bara darbe"),
        ("p", "Irreecha bara darbe namoonni 300 ol dhufanii turan. Kan bara kanaas akkasuma gaarii ture."),
        ("h", "Galma keenya"),
        ("p", "Galmi keenya bara kana foddaa haaraa argateera. Akkasumas namni suphaa (plumber) mana fincaanii "
              "galma keenyaa suphuu danda'u ni barbaachisa, meeshaa nuti bitna."),
        ("h", "Maatii Gammachuu"),
        ("p", "Maatii Gammachuu ji'a darbe Keeniyaa irraa dhufan. Mana haaraa seenaniiru, garuu siree fi teessoo "
              "hin qaban. Kan kennuu dandeessan Caaltuu bilbilaa."),
        ("h", "Walgahii waliigalaa"),
        ("p", "Walgahii waliigalaa Sanbata Muddee 6, sa'aatii 2:00. Miseensi hundi haa dhufu."),
    ]),
}

NEEDS = [
    N("index.html", ["snack parents"], "volunteer", "en", (), "status_pills", "pill before title"),
    N("index.html", ["grant writer"], "skilled", "en", (), "status_pills", "pill at the end"),
    N("afaan-oromoo.html", ["kitaabota daa'immanii"], "donation", "om", (), "progress_drive", "40/150"),
    N("afaan-oromoo.html", ["meeshaalee mana nyaata", "cooking pots"], "donation", "om", (), "progress_drive", "3/10"),
    N("afaan-oromoo.html", ["hiiktuu"], "skilled", "om", ("om", "en"), "heading_paragraph"),
    N("barsiisota.html", ["barsiisaa afaan oromoo"], "skilled", "om", ("om",), "numbered_list"),
    N("barsiisota.html", ["gargaaraa daa'imman"], "volunteer", "om", (), "numbered_list"),
    N("events.html", ["coat check"], "volunteer", "en", (), "event_helpers", "helpers for an event"),
    N("oduu/gannaa-2025.pdf", ["suphaa", "plumber"], "skilled", "om", (), "newsletter_buried"),
    N("oduu/gannaa-2025.pdf", ["maatii gammachuu", "siree"], "donation", "om", (), "story"),
]

TRAPS = [
    T("index.html", "event", ["irreecha 2025"], "caption; the alt text is a poster"),
    T("index.html", "filled", ["soccer coach"], "FILLED pill"),
    T("index.html", "job", ["office manager"], "STAFF pill, paid"),
    T("index.html", "filled", ["tables for irreecha"]),
    T("index.html", "service", ["immigration document"]),
    T("index.html", "hours", ["office open"]),
    T("afaan-oromoo.html", "filled", ["uffata qorraa"], "200/200 Guutameera"),
    T("afaan-oromoo.html", "filled", ["kompiitara"], "12/12 gahaa qabna"),
    T("afaan-oromoo.html", "event", ["ayyaana irreechaa"], "past celebration"),
    T("afaan-oromoo.html", "general_appeal", ["maallaqaan"]),
    T("barsiisota.html", "hours", ["sanbata sa'aatii"]),
    T("barsiisota.html", "how_to_apply", ["galmeessuuf"]),
    T("barsiisota.html", "filled", ["barsiisaa herregaa"], "struck, argameera"),
    T("barsiisota.html", "filled", ["konkolaachisaa"], "struck, amma hin barbaachisu"),
    T("events.html", "event", ["oromo heritage night"]),
    T("events.html", "recap", ["summer picnic"]),
    T("oduu/gannaa-2025.pdf", "recap", ["irreecha bara darbe"]),
    T("oduu/gannaa-2025.pdf", "event", ["walgahii waliigalaa"]),
    T("oduu/gannaa-2025.pdf", "recap", ["foddaa haaraa"], "new windows installed"),
    T("koree/index.html", "robots", ["barreessaa"]),
    T("koree/index.html", "robots", ["printerii"]),
    T("koree/index.html", "robots", ["qulqulleessaa galmaa"]),
]
