"""Biftu Oromo Association (McGregor): hand-written flex site. English <details> accordion of roles;
Oromo home with a card grid (one card tagged 'Argameera'); Oromo donations page with a wish list and
a family story; Oromo PDF flyer; robots-disallowed /koree/."""
from common import N, T

SLUG = "mcgregor-biftu-oromo-association"

STYLE = """<style>
:root{--red:#c62828;--grn:#2e7d32}
body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1c1c1c}
header{display:flex;justify-content:space-between;align-items:center;padding:10px 22px;background:linear-gradient(90deg,#000 0 33%,var(--red) 33% 66%,#fff 66%)}
header nav a{margin-left:14px;color:#111;font-weight:600}
main{max-width:900px;margin:auto;padding:10px 18px}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(240px,1fr));gap:16px}
.box{border:1px solid #ddd;border-radius:10px;padding:12px 14px}
.tag{font-size:.75rem;background:var(--grn);color:#fff;border-radius:4px;padding:2px 6px;margin-left:6px}
details{border-bottom:1px solid #ddd;padding:8px 0}summary{cursor:pointer;font-weight:700}
footer{background:#111;color:#ccc;padding:14px 22px;font-size:.85rem}footer a{color:#fff}
</style>"""


def page(lang, title, body, prefix=""):
    return """<!doctype html>
<html lang="%s">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>%s</title>
%s
</head>
<body>
<header><a href="/" style="color:#fff;font-weight:800;text-decoration:none">BIFTU</a>
<nav><a href="/index.html">Home</a><a href="/volunteer.html">Volunteer</a><a href="/om/index.html">Afaan Oromoo</a><a href="/om/gargaarsa.html">Gargaarsa</a><a href="/oduu/2024.html">Oduu</a></nav></header>
<main>
""" % (lang, title, STYLE) + body + """
</main>
<footer>Biftu Oromo Association &middot; 47 Maddy St, McGregor, MN 55760 &middot; 218-555-0193<br>
<a href="/om/beeksisa.pdf">Beeksisa (PDF)</a> &middot; <a href="/koree/">Koree</a></footer>
</body>
</html>
"""


INDEX = page("en", "Biftu Oromo Association - McGregor, MN", """
<h1>Biftu means sunrise.</h1>
<p>We are about forty Oromo families living around McGregor, Tamarack and Aitkin. Most of us came to work at the wild-rice and turkey plants, and we started this association in 2012 so our children would grow up knowing Afaan Oromoo.</p>
<div class="grid">
<div class="box"><h3>Saturday school</h3><p>Free Afaan Oromoo classes for children ages 5&ndash;14, Saturdays 10&ndash;12 in our hall.</p></div>
<div class="box"><h3>Oromo Community Day</h3><p>Our yearly picnic, Saturday, August 16, at Big Sandy Lake. Music, games and food from home.</p></div>
<div class="box"><h3>Annual membership</h3><p>$40 per household keeps our hall open. Pay at the office or mail a check.</p></div>
<div class="box"><h3>Office open</h3><p>Saturdays 10&ndash;2, or by appointment.</p></div>
</div>
<p>Want to help out? Our <a href="/volunteer.html">volunteer page</a> lists what is open right now.</p>
""")

VOLUNTEER = page("en", "Volunteer - Biftu Oromo Association", """
<h1>Volunteer</h1>
<p>Click a role to read more. Last updated June 2.</p>
<details open><summary>Soccer coaches, U10 team</summary>
<p>Eighteen kids signed up and we have one coach. Practices are Tuesday and Thursday at 6 pm at the McGregor school field, June through August. You need to pass a background check; we pay for it.</p></details>
<details><summary>Citizenship class tutor</summary>
<p>Five adults are preparing for the civics test and interview. Help them practice the 100 questions, one evening a week. Speaking Afaan Oromoo is helpful but not required.</p></details>
<details><summary>Kitchen volunteers for Community Day</summary>
<p>We have all the cooks we need this year &mdash; thank you, aunties!</p></details>
<details><summary>Board secretary</summary>
<p>Our board meets the first Sunday of the month. We need someone to take notes, type them up and send them to members. Two hours a month.</p></details>
<details><summary>Youth program coordinator (part-time, paid)</summary>
<p>12 hours a week, $18 per hour, funded by a county grant. Send a letter to the board by June 30.</p></details>
""")

OM_INDEX = page("om", "Waldaa Biftuu Oromoo - McGregor", """
<h1>Baga nagaan dhuftan!</h1>
<p>Waldaan Biftuu Oromoo maatii Oromoo naannoo McGregor, Tamarack fi Aitkin jiraatan walitti fida.</p>
<p><b>Waajjirri keenya</b> Sanbata sa'aatii 10 hanga 2 banaadha.</p>
<p><b>Walgahii waliigalaa:</b> Dilbata, Fulbaana 7, sa'aatii 2 irratti galma keessatti. Miseensonni hundi ni affeeramu.</p>
<h2>Gargaarsa barbaadnu</h2>
<div class="grid">
<div class="box"><h3>Barsiisaa Afaan Oromoo</h3><p>Mana barumsaa Sanbataa keessatti ijoollee barsiisuuf barsiisota lama barbaadna. Afaan Oromoo dubbisuu fi barreessuu beekuu qabdu.</p></div>
<div class="box"><h3>Turjumaana hospitaalaa</h3><p>Maanguddoonni keenya hospitaala Aitkin fi Duluth yeroo deeman, nama Afaan Oromoo fi Ingiliffaa beeku barbaadna.</p></div>
<div class="box"><h3>Nyaata qopheessitoota <span class="tag">Argameera</span></h3><p>Namoota nyaata qopheessan argannee jirra. Galatoomaa!</p></div>
</div>
""")

OM_GARGAARSA = page("om", "Gargaarsa - Waldaa Biftuu Oromoo", """
<h1>Gargaarsa</h1>
<h2>Wantoota nu barbaachisan</h2>
<ul>
<li>Kitaabota daa'immanii Afaan Oromoon barreeffaman</li>
<li>Qalamaa fi waraqaa</li>
<li>Boorsaa barnootaa</li>
<li>Kaalkuleetara</li>
</ul>
<h2>Maatii haaraa</h2>
<p>Haati ijoollee sadii qabdu ji'a darbe Minneapolis irraa gara McGregor godaantee jirti. Manni ishee haaraa meeshaa kushiinaa homaa hin qabu: okkotee, saanii, qodaa fi fal'aana. Yoo qabaattan, Caaltuu bilbilaa.</p>
<h3>Kompiitaroota</h3>
<p>Nu gaheera, galatoomaa! Kana booda hin fidinaa.</p>
<h2>Gumaacha maallaqaa</h2>
<p>Kiraa galmaa kaffaluuf gumaacha maallaqaa keessan ni simanna.</p>
""")

KOREE = page("om", "Koree (keessoo)", """
<h1>Yaadannoo koree &mdash; keessoo qofa</h1>
<ul>
<li>Herrega qoraa haaraa barbaadna.</li>
<li>Printara haaraa bituu qabna.</li>
<li>Miseensota koree haaraa filachuu, Fulbaana keessa.</li>
</ul>
""")

PAGES = {
    "index.html": INDEX,
    "volunteer.html": VOLUNTEER,
    "om/index.html": OM_INDEX,
    "om/gargaarsa.html": OM_GARGAARSA,
    "koree/index.html": KOREE,
}

ROBOTS = "User-agent: *\r\nDisallow: /koree/\r\n"

PDFS = {
    "om/beeksisa.pdf": ("Beeksisa - Gargaarsa Barnoota Manaa", [
        ("title", "Beeksisa: Gargaarsa Barnoota Manaa (Homework Help)"),
        ("p", "Waldaa Biftuu Oromoo, 47 Maddy St, McGregor"),
        ("p", "Barattoota kutaa 3 hanga 8tti, Kibxata fi Kamisa galgala 5:30 hanga 7:00, galma waldaa keessatti."),
        ("h", "Namoota barbaadna"),
        ("p", "Namoota Ingiliffaa fi herrega (math) beekan, torban tokkotti sa'aatii tokko kennuu danda'an "
              "barbaadna. Afaan Oromoo beekuun dirqama miti."),
        ("h", "Walgahii maatii"),
        ("p", "Walgahiin maatii Sanbata, Onkoloolessa 4, sa'aatii 3 irratti ni godhama."),
        ("h", "Galmee"),
        ("p", "Ijoollee galmeessuuf Caaltuu bilbilaa: 218-555-0193."),
    ]),
}

NEEDS = [
    N("volunteer.html", ["soccer coach"], "volunteer", "en", [], "accordion", "open details"),
    N("volunteer.html", ["citizenship"], "skilled", "en", ["om"], "accordion", "Afaan Oromoo helpful = preference"),
    N("volunteer.html", ["board secretary"], "volunteer", "en", [], "accordion"),
    N("om/index.html", ["barsiisaa afaan oromoo"], "skilled", "om", ["om"], "role_cards", "Saturday school teachers"),
    N("om/index.html", ["turjumaana"], "skilled", "om", ["om", "en"], "role_cards", "hospital interpreter"),
    N("om/gargaarsa.html", ["wantoota nu barbaachisan", "boorsaa barnootaa"], "donation", "om", [], "wish_list"),
    N("om/gargaarsa.html", ["meeshaa kushiinaa", "okkotee", "maatii haaraa"], "donation", "om", [], "story", "mother with 3 kids, kitchen items"),
    N("om/beeksisa.pdf", ["homework help", "barnoota manaa"], "skilled", "om", [], "pdf", "tutors for homework help"),
]

TRAPS = [
    T("index.html", "service", ["saturday school"]),
    T("index.html", "event", ["community day"]),
    T("index.html", "general_appeal", ["annual membership"]),
    T("index.html", "hours", ["office open"]),
    T("index.html", "general_appeal", ["want to help out"], "pointer to volunteer page"),
    T("volunteer.html", "filled", ["kitchen volunteers"], "'We have all the cooks we need'"),
    T("volunteer.html", "job", ["youth program coordinator"], "paid"),
    T("om/index.html", "hours", ["waajjirri keenya"]),
    T("om/index.html", "event", ["walgahii waliigalaa"]),
    T("om/index.html", "filled", ["nyaata qopheessitoota"], "'Argameera' tag = found"),
    T("om/gargaarsa.html", "filled", ["kompiitaroota"], "'Nu gaheera' = enough for us"),
    T("om/gargaarsa.html", "general_appeal", ["gumaacha maallaqaa"]),
    T("om/beeksisa.pdf", "event", ["walgahii maatii"]),
    T("om/beeksisa.pdf", "how_to_apply", ["ijoollee galmeessuuf"]),
    T("koree/index.html", "robots", ["herrega qoraa"]),
    T("koree/index.html", "robots", ["printara haaraa"]),
    T("koree/index.html", "robots", ["miseensota koree"]),
]
