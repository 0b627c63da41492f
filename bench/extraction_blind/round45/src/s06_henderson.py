from common import N, T

SLUG = "henderson-gamtaa-oromo-association"

HEAD = """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{title} · Gamtaa Oromo Association</title>
<link rel="stylesheet" href="/css/gamtaa.css">
</head>
<body>
<div class="topbar">
 <a class="logo" href="/index.html">GAMTAA</a>
 <ul class="menu">
  <li><a href="/index.html">Home</a></li>
  <li><a href="/volunteer.html">Volunteer</a></li>
  <li><a href="/om/index.html">Afaan Oromoo</a></li>
  <li><a href="/om/oduu.html">Oduu</a></li>
 </ul>
 <a class="give-btn" href="https://www.givemn.org/organization/gamtaa-oromo-henderson">Give</a>
</div>
<div class="wrap">
"""

FOOT = """
</div>
<div class="bottom">
 <div class="cols">
  <div><b>Gamtaa Oromo Association</b><br>510 Main St, Henderson, MN 56044<br>(507) 555-0173</div>
  <div><a href="/forms/iyyannoo.pdf">Unka tola ooltummaa (PDF)</a><br><a href="/koree/yaa-ii.html">Koree / Board</a></div>
  <div>Follow us: <a href="https://www.facebook.com/gamtaahenderson">Facebook</a></div>
 </div>
</div>
</body>
</html>
"""

INDEX = HEAD.format(lang="en", title="Home") + """
<h1>Gamtaa Oromo Association of Henderson</h1>
<p class="intro">A home for Oromo families along the Minnesota River valley since 2012.</p>
<div class="panel">
 <h2>Seeking a volunteer immigration attorney</h2>
 <p>Once a month we host a free legal clinic in our community room. Our attorney moved to Colorado in August. We are seeking a licensed
 immigration attorney who can give one Saturday morning a month, 9 to noon. We handle the scheduling and interpreters.</p>
</div>
<h2>Life at Gamtaa</h2>
<div class="gallery">
 <figure><img src="/img/paint-day.jpg" alt="people with paint rollers"><figcaption>Volunteers repainted the community room last May &ndash; 14 people, one long Saturday.</figcaption></figure>
 <figure><img src="/img/soccer.jpg" alt="children with a soccer ball"><figcaption>Our under-12 soccer team has 20 kids and no coach this fall. Can you coach Tuesday and Thursday evenings? Call Tolasa.</figcaption></figure>
 <figure><img src="/img/buna.jpg" alt="coffee ceremony"><figcaption>Elders at the monthly buna (coffee) ceremony.</figcaption></figure>
</div>
<h2>Saturday school</h2>
<p>Afaan Oromo and Quran classes for children ages 5&ndash;14, every Saturday 10 am &ndash; 1 pm. Free of charge.</p>
<p><a class="give-btn" href="https://www.givemn.org/organization/gamtaa-oromo-henderson">Support Gamtaa</a></p>
<p class="small"><a href="/gallery/picnic-2023.html">2023 picnic photos</a></p>
""" + FOOT

OM = HEAD.format(lang="om", title="Afaan Oromoo") + """
<h1>Waldaa Gamtaa Oromoo Henderson</h1>
<p class="intro">Baga nagaan dhuftan! Waldaan keenya maatiiwwan Oromoo naannoo Henderson fi Le Sueur jiraatan ni gargaara.</p>
<h2>Barsiisota Afaan Oromoo barbaanna</h2>
<p>Mana barumsaa Sanbataa keessa daa'imman 40 ol jiru. Barsiisota lama dabalataa, kanneen Afaan Oromoo dubbisuu fi barreessuu beekan,
barbaanna. Sanbata ganama 10:00 &ndash; 1:00.</p>
<h2>Uffanni qorraa daa'immanii nu hir'ata</h2>
<p>Ganni dhufaa jira. Jaakkeetii, kophee qorraa fi harkisa (gloves) daa'immanii nu hir'ata. Waajjira keenyatti fidaa.</p>
<h2>Gargaartota kushinaa</h2>
<p><span class="tag">Argameera</span> Gargaartonni kushinaa gahaan argamaniiru. Galatoomaa!</p>
<h2>Sa'aatii waajjiraa</h2>
<p>Wiixata &ndash; Kamiisa, 10:00 &ndash; 4:00.</p>
<h2>Ayyaana Irreechaa</h2>
<p>Ayyaanni Irreechaa Sanbata, Fulbaana 27, paarkii Henderson keessatti ni kabajama. Hundi keessan affeeramtaniittu.</p>
""" + FOOT

NEWS = HEAD.format(lang="om", title="Oduu") + """
<h1>Oduu</h1>
<div class="post">
 <h2>Maatii Obbo Tolaa gargaaruu</h2>
 <p>Obbo Tolaa warshaa foonii keessatti hojjechaa osoo jiranii miila isaanii irratti miidhaan guddaan isaan qaqqabe. Amma kursii
 gaarii (wheelchair) irra jiru, garuu manni isaanii karra ol seensaa (ramp) hin qabu; kanaaf mana isaanii keessaa bahuu fi seenuu hin
 danda'an. Namni hojii mukaa beeku tokko ramp xiqqaa ijaaruuf nu gargaaruu danda'aa? Mukni fi meeshaan ni kennama.</p>
</div>
<div class="post">
 <h2>Kitaabota bara darbe</h2>
 <p>Bara darbe kitaabota 500 ol walitti qabnee mana barumsaa Sanbataatiif kennine. Galatoomaa!</p>
</div>
<div class="post">
 <h2>Yaa'ii waliigalaa</h2>
 <p>Yaa'iin miseensotaa waggaa Dilbata, Muddee 14, sa'aatii 2:00 irratti ni geggeeffama.</p>
</div>
""" + FOOT

VOLUNTEER = HEAD.format(lang="en", title="Volunteer") + """
<h1>Volunteer with Gamtaa</h1>
<div class="view-content">
 <div class="views-row">
  <h3 class="views-field-title">Youth mentor</h3>
  <div class="views-field"><span class="views-label">Commitment:</span> 2 hours a week for one school year</div>
  <div class="views-field"><span class="views-label">Status:</span> Accepting volunteers</div>
  <div class="views-field"><span class="views-label">Description:</span> Meet a middle-schooler once a week for homework help and a walk, and be someone they can talk to.</div>
 </div>
 <div class="views-row">
  <h3 class="views-field-title">Newsletter layout designer</h3>
  <div class="views-field"><span class="views-label">Skills:</span> Canva or InDesign</div>
  <div class="views-field"><span class="views-label">Status:</span> Open</div>
  <div class="views-field"><span class="views-label">Description:</span> Lay out our four-page quarterly newsletter. The writing is done for you.</div>
 </div>
 <div class="views-row">
  <h3 class="views-field-title">Event photographer</h3>
  <div class="views-field"><span class="views-label">Status:</span> Closed &ndash; this position has been filled</div>
 </div>
 <div class="views-row">
  <h3 class="views-field-title">Bookkeeper</h3>
  <div class="views-field"><span class="views-label">Compensation:</span> $22/hour, 6 hours a week</div>
  <div class="views-field"><span class="views-label">Status:</span> Hiring</div>
 </div>
</div>
<h2>How to apply</h2>
<p>Fill out our volunteer form and bring it to the office, or e-mail it. We call every applicant within a week. Youth mentors need a background check.</p>
""" + FOOT

BOARD = HEAD.format(lang="om", title="Koree") + """
<h1>Yaadannoo koree (dhuunfaa)</h1>
<ul>
 <li>Nama herrega qulqulleessu (auditor) tola ooltummaan barbaaduu.</li>
 <li>Konkolaataa (van) kennaa gaafachuu.</li>
 <li>Kursii 50 kennaan akka nuuf kennamu gaafachuu.</li>
</ul>
""" + FOOT

PAGES = {
    "index.html": INDEX,
    "om/index.html": OM,
    "om/oduu.html": NEWS,
    "volunteer.html": VOLUNTEER,
    "koree/yaa-ii.html": BOARD,
}

ROBOTS = """User-agent: GPTBot
Disallow: /

User-agent: *
Disallow: /koree/
"""

PDFS = {
    "forms/iyyannoo.pdf": ("Unka Tola Ooltummaa - Gamtaa", [
        ("title", "WALDAA GAMTAA OROMOO HENDERSON"),
        ("title", "Unka Tola Ooltummaa"),
        ("p", "Maqaa: ______________________________   Bilbila: ____________________"),
        ("h", "Daa'imman eeguu - Mana barumsaa Sanbataa"),
        ("p", "Yeroo warri barnoota Afaan Ingiliffaa fudhatan, daa'imman isaanii xixiqqoo kan eegan namoota sadii "
              "barbaanna. Sanbata 10:00 - 12:00. Mallattoo godhi: [ ]"),
        ("h", "Unka kana akkamitti deebistu"),
        ("p", "Unka kana waajjira keenyatti fidaa, ykn suuraa kaasaatii gara gamtaa.henderson@example.org ergaa."),
    ]),
}

NEEDS = [
    N("index.html", ["immigration attorney"], "skilled", "en", layout="seeking"),
    N("index.html", ["soccer"], "volunteer", "en", layout="image_caption", note="coach ask inside a figcaption"),
    N("om/index.html", ["barsiisota afaan oromoo"], "skilled", "om", ["om"], layout="heading_paragraph"),
    N("om/index.html", ["uffanni qorraa"], "donation", "om", layout="short_on", note="'nu hir'ata' = we lack"),
    N("om/oduu.html", ["obbo tolaa", "ramp"], "skilled", "om", layout="story", note="carpentry: build a wheelchair ramp"),
    N("volunteer.html", ["youth mentor"], "volunteer", "en", layout="cms_listing"),
    N("volunteer.html", ["newsletter layout designer", "layout designer"], "skilled", "en", layout="cms_listing"),
    N("forms/iyyannoo.pdf", ["daa'imman eeguu"], "volunteer", "om", layout="checkbox_form_pdf", note="childcare during ESL"),
]

TRAPS = [
    T("index.html", "recap", ["repainted the community room"]),
    T("index.html", "service", ["saturday school"]),
    T("index.html", "general_appeal", ["support gamtaa"]),
    T("om/index.html", "filled", ["gargaartota kushinaa"], "'Argameera' tag"),
    T("om/index.html", "hours", ["sa'aatii waajjiraa"]),
    T("om/index.html", "event", ["ayyaana irreechaa"]),
    T("om/oduu.html", "recap", ["kitaabota bara darbe"]),
    T("om/oduu.html", "event", ["yaa'ii waliigalaa"]),
    T("volunteer.html", "filled", ["event photographer"], "Closed - filled"),
    T("volunteer.html", "job", ["bookkeeper"], "$22/hour"),
    T("volunteer.html", "how_to_apply", ["how to apply"]),
    T("forms/iyyannoo.pdf", "how_to_apply", ["unka kana akkamitti deebistu"]),
    T("koree/yaa-ii.html", "robots", ["herrega qulqulleessu"]),
    T("koree/yaa-ii.html", "robots", ["konkolaataa (van)"]),
    T("koree/yaa-ii.html", "robots", ["kursii 50"]),
]
