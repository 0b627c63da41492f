"""Hawwii Oromo Community Center (Kensington, MN). Hand-written flexbox site; English + Afaan Oromoo.
Robots: upper-case field names, `*` group disallows /koree/ (committee)."""
from common import N, T

SLUG = "kensington-hawwii-oromo-center"
TOWN = "kensington"

CSS = """<style>
body{margin:0;font-family:Verdana,sans-serif;color:#222}
.top{display:flex;justify-content:space-between;align-items:center;background:#a4161a;color:#fff;padding:10px 24px}
.top a{color:#fff;margin-left:14px;text-decoration:none}
.wrap{max-width:980px;margin:auto;padding:20px}
.cards{display:flex;flex-wrap:wrap;gap:18px}
.card{flex:1 1 280px;border:1px solid #ddd;border-top:5px solid #2b9348;padding:12px 16px}
.card.closed{border-top-color:#999;color:#777}
.tag{display:inline-block;font-size:12px;padding:2px 8px;border-radius:3px;background:#2b9348;color:#fff}
.tag.grey{background:#999}
dl dt{font-weight:bold;margin-top:14px}
</style>"""


def shell(title, body, lang="en"):
    return """<!DOCTYPE html>
<html lang="%s">
<head><meta charset="utf-8"><title>%s - Hawwii Oromo Community Center</title>%s</head>
<body>
<div class="top"><span><b>Hawwii</b> Oromo Community Center</span>
<span><a href="/">Home</a><a href="/volunteer.html">Volunteer</a><a href="/om/">Afaan Oromoo</a><a href="/om/gargaarsa.html">Gargaarsa</a></span></div>
<div class="wrap">
%s
</div>
<div class="wrap" style="font-size:12px;border-top:1px solid #ccc">
Hawwii Oromo Community Center &middot; 61 Central Ave N, Kensington, MN &middot; 320-555-0181 &middot; hawwii@hawwiicenter.example<br>
<a href="/barreeffama-uffata-qorraa.pdf">Barreeffama: uffata qorraa (PDF)</a> &middot; <a href="/koree/">Koree / Board</a>
</div>
</body>
</html>
""" % (lang, title, CSS, body)


INDEX = shell("Home", """
<h1>Welcome to Hawwii</h1>
<p><i>Hawwii</i> means hope. Since 2018 our center has served Oromo families in Douglas and Pope counties with
language classes, youth programs and help settling in.</p>

<div class="cards">
 <div class="card"><h3>Office hours</h3><p>Monday&ndash;Friday 10 a.m.&ndash;6 p.m.<br>Saturday school 10 a.m.&ndash;1 p.m.</p></div>
 <div class="card"><h3>Volunteer</h3><p>Many hands make our programs run. <a href="/volunteer.html">Ways to volunteer</a></p></div>
 <div class="card"><h3>Membership</h3><p>Members keep the lights on. Dues are $10 a month per family. Pay at the office.</p></div>
</div>

<h2>Irreechaa 2025</h2>
<p>Join us for Irreechaa, the Oromo thanksgiving festival, on Sunday, October 5 at Kensington Runestone Park.
Traditional dress, coffee ceremony and music. Everyone is invited.
<a href="/suuraa/irreechaa-2024.html">Photos from Irreechaa 2024</a></p>

<h2>Seeking a volunteer grant writer</h2>
<p>Most of our budget comes from families paying dues. A foundation in Alexandria has invited us to apply for a youth
program grant, but none of us has written a grant before. We are seeking a volunteer grant writer who could help us
prepare the application this fall and teach our board how to do the next one. Email Chaltu at hawwii@hawwiicenter.example.</p>
""")

VOLUNTEER = shell("Volunteer", """
<h1>Volunteer</h1>
<p>All volunteers fill out a short form at the office. Below are the roles we have.</p>
<dl>
 <dt>Homework club helper</dt>
 <dd>Monday and Wednesday, 3:30&ndash;5:00 p.m. at the center. Help middle schoolers with math and reading. High school and college students welcome.</dd>
 <dt>Citizenship test tutor</dt>
 <dd>Six elders are preparing for the citizenship interview. We need a tutor who knows the 100 civics questions and can practice the interview in English, one hour a week.</dd>
 <dt>Van driver</dt>
 <dd><del>Saturday school pickups</del> &mdash; filled for this school year. Thank you, Abdi!</dd>
 <dt>Soccer tournament snack stand</dt>
 <dd>Our youth soccer tournament is July 19. We need six volunteers to run the snack stand from 9 a.m. to 3 p.m.</dd>
 <dt>Office manager (paid)</dt>
 <dd>20 hours a week, $19/hour. Oromo and English. Apply by October 15.</dd>
</dl>
""")

OM_INDEX = shell("Afaan Oromoo", """
<h1>Baga nagaan dhuftan</h1>
<p>Giddugalli Hawaasaa Hawwii bara 2018 irraa kaasee maatii Oromoo Kensington fi naannoo isaa gargaaraa jira.</p>

<div class="cards">
 <div class="card"><h3>Barnoota Afaan Ingiliffaa bilisaa</h3><p>Kibxata fi Kamiisa galgala 6:00&ndash;8:00. Namoota ga'eessota hundaaf. Kaffaltii hin qabu.</p></div>
 <div class="card"><h3>Akkamitti galmaa'uu dandeessa?</h3><p>Waajjira keenya dhufaa, waraqaa eenyummaa fi teessoo keessan fidaa. Galmeen Wiixata hanga Jimaataatti.</p></div>
 <div class="card"><h3>Sa'aatii hojii</h3><p>Wiixata&ndash;Jimaata 10:00&ndash;6:00. Sanbata barumsa ijoollee 10:00&ndash;1:00.</p></div>
</div>

<h2>Kitaabota ijoollee Afaan Oromootiin</h2>
<p>Mana barumsaa Sanbataa keenya keessa ijoolleen 40 jiru, garuu kitaabota Afaan Oromootiin barreeffaman 12 qofa qabna.
Kitaabota ijoollee Afaan Oromoo, kitaabota qubee fi kitaabota seenaa gaggabaaboo nuuf kennuu dandeessu? Waajjiratti fidaa.</p>

<h2>Uffata bonaa</h2>
<p>Uffata bonaa ga'aa qabna, galatoomaa! Amma uffata bonaa hin fidinaa.</p>

<h2>Irreechaa</h2>
<p>Ayyaanni Irreechaa Dilbata, Onkoloolessa 5, Kensington Runestone Park irratti kabajama. Hundi keessan affeeramtaniittu.</p>
""", lang="om")

OM_GARGAARSA = shell("Gargaarsa", """
<h1>Tola ooltota ni barbaanna</h1>
<p>Hojii keenya keessatti gargaaruu barbaadduu? Kaardii armaan gadii ilaalaa. Bilbila 320-555-0182 irratti Caaltuu qunnamaa.</p>

<div class="cards">
 <div class="card">
  <span class="tag">Ni barbaachisa</span>
  <h3>Barsiisota Afaan Oromoo</h3>
  <p>Mana barumsaa Sanbataatiif barsiisota Afaan Oromoo lama barbaanna. Ijoollee waggaa 6&ndash;12 qubee fi dubbisuu barsiisuu. Sanbata 10:00&ndash;1:00.</p>
 </div>
 <div class="card">
  <span class="tag">Ni barbaachisa</span>
  <h3>Hiiktota hospitaalaa</h3>
  <p>Maanguddoonni keenya beellama doktoraa Alexandria deemu. Hiiktota Afaan Oromoo fi Ingiliffaa beekan barbaanna, guyyaa hojii sa'aatii 2&ndash;3.</p>
 </div>
 <div class="card closed">
  <span class="tag grey">Cufameera</span>
  <h3>Konkolaachiftoota</h3>
  <p>Namoonni ga'aan argamaniiru. Galatoomaa!</p>
 </div>
 <div class="card">
  <span class="tag">Ni barbaachisa</span>
  <h3>Iftaaraaf nyaata qopheessuu</h3>
  <p>Ji'a Ramadaanaa keessa guyyaa Jimaataa hundaa iftaara hawaasaa qopheessina. Namoota nyaata bilcheessanii fi dhiyeessan 8 barbaanna.</p>
 </div>
 <div class="card">
  <span class="tag grey">Kaffaltii qaba</span>
  <h3>Hojjetaa waajjiraa</h3>
  <p>Hojii mindaa qabu: sa'aatii 20 torbanitti. Iyyannoo Onkoloolessa 15 dura galchaa.</p>
 </div>
 <div class="card">
  <span class="tag grey">Ayyaana</span>
  <h3>Sirna Irreechaa</h3>
  <p>Dilbata, Onkoloolessa 5. Maatii keessan waliin kottaa!</p>
 </div>
</div>
""", lang="om")

KOREE = shell("Koree", """
<h1>Koree &mdash; board minutes</h1>
<p>Internal. Not for the public.</p>
<h2>September meeting</h2>
<ol>
 <li>Treasurer Gammachuu is moving to Minneapolis. We need a new treasurer by January.</li>
 <li>Ask a church for a donated projector for the Saturday school.</li>
 <li>Find a parent to organize the youth trip to the state fair.</li>
</ol>
""")

PAGES = {
    "index.html": INDEX,
    "volunteer.html": VOLUNTEER,
    "om/index.html": OM_INDEX,
    "om/gargaarsa.html": OM_GARGAARSA,
    "koree/index.html": KOREE,
}

ROBOTS = """USER-AGENT: *
DISALLOW: /koree/
"""

PDFS = {
    "barreeffama-uffata-qorraa.pdf": ("Uffata qorraa ijoolleef", [
        ("title", "Uffata qorraa ijoolleef - Giddugala Hawaasaa Hawwii"),
        ("p", "Gannii Minnesota baay'ee qorraa dha. Maatiin haaraan dhufan hedduun uffata qorraa ijoolleef hin qaban."),
        ("h", "Maal barbaanna?"),
        ("p", "Jaakkeetii qorraa ijoollee (umurii 3-14), kophee qorraa, harkisoo fi koofiyaa. Haaraa ykn haala gaarii "
              "keessa kan jiru qofa."),
        ("h", "Yoom fi eessatti fiduu dandeessu?"),
        ("p", "Wiixata hanga Jimaataatti sa'aatii 10:00 hanga 6:00tti waajjira keenyatti fidaa."),
        ("h", "Hin fudhannu"),
        ("p", "Uffata tarsa'ee ykn xuraa'e hin fudhannu. Uffata ga'eessotaa amma hin fudhannu."),
        ("h", "Guyyaa raabsaa"),
        ("p", "Maatiin uffata barbaadan Sanbata, Sadaasa 15, sa'aatii 10:00 irratti dhufanii fudhachuu danda'u. "
              "Galmeen hin barbaachisu."),
        ("p", "Galatoomaa! Caaltuu: 320-555-0182"),
    ], {"lang": "om"}),
}

NEEDS = [
    N("index.html", ["volunteer grant writer", "grant writer"], "skilled", "en", [], "seeking"),
    N("volunteer.html", ["homework club helper"], "volunteer", "en", [], "definition_list"),
    N("volunteer.html", ["citizenship test tutor", "civics questions"], "skilled", "en", ["en"], "definition_list"),
    N("volunteer.html", ["snack stand", "soccer tournament snack stand"], "volunteer", "en", [], "definition_list",
      "event volunteers are a need; the tournament itself is not listed as a separate trap"),
    N("om/index.html", ["kitaabota ijoollee afaan oromoo", "kitaabota qubee"], "donation", "om", [], "heading_paragraph",
      "children's books in Afaan Oromoo"),
    N("om/gargaarsa.html", ["barsiisota afaan oromoo"], "skilled", "om", ["om"], "role_cards"),
    N("om/gargaarsa.html", ["hiiktota hospitaalaa", "hiiktota"], "skilled", "om", ["om", "en"], "role_cards"),
    N("om/gargaarsa.html", ["iftaaraaf nyaata qopheessuu", "nyaata bilcheessanii"], "volunteer", "om", [], "role_cards",
      "cooks for community iftar"),
    N("barreeffama-uffata-qorraa.pdf", ["uffata qorraa ijoolleef", "jaakkeetii qorraa"], "donation", "om", [], "pdf",
      "Oromo PDF flyer, winter clothes for children"),
]

TRAPS = [
    T("index.html", "hours", ["office hours"]),
    T("index.html", "teaser", ["ways to volunteer"]),
    T("index.html", "general_appeal", ["membership", "$10 a month"]),
    T("index.html", "event", ["irreechaa 2025", "oromo thanksgiving festival"]),
    T("volunteer.html", "filled", ["van driver", "saturday school pickups"], "struck through + 'filled for this school year'"),
    T("volunteer.html", "job", ["office manager (paid)", "$19/hour"]),
    T("om/index.html", "service", ["barnoota afaan ingiliffaa bilisaa"], "free English class"),
    T("om/index.html", "how_to_apply", ["akkamitti galmaa'uu dandeessa"], "how to register"),
    T("om/index.html", "hours", ["sa'aatii hojii"]),
    T("om/index.html", "overstock", ["uffata bonaa ga'aa qabna"], "'we have enough summer clothes, do not bring'"),
    T("om/index.html", "event", ["ayyaanni irreechaa"]),
    T("om/gargaarsa.html", "filled", ["konkolaachiftoota", "cufameera"], "'Cufameera' tag, enough people found"),
    T("om/gargaarsa.html", "job", ["hojjetaa waajjiraa", "kaffaltii qaba"], "paid office job"),
    T("om/gargaarsa.html", "event", ["sirna irreechaa"], "event card inside the needs grid"),
    T("koree/index.html", "robots", ["new treasurer"]),
    T("koree/index.html", "robots", ["donated projector"]),
    T("koree/index.html", "robots", ["youth trip to the state fair"]),
    T("barreeffama-uffata-qorraa.pdf", "hours", ["yoom fi eessatti fiduu dandeessu"], "drop-off times"),
    T("barreeffama-uffata-qorraa.pdf", "not_accepted", ["hin fudhannu", "uffata ga'eessotaa"]),
    T("barreeffama-uffata-qorraa.pdf", "service", ["guyyaa raabsaa"], "distribution day for families"),
]
