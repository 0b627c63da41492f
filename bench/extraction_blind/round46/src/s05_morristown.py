from common import N, T

SLUG = "morristown-ayyaana-oromo-center"

HEAD = """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="UTF-8">
<title>{title} - Ayyaana Oromo Center</title>
<style>
body {{ font-family: Verdana, sans-serif; max-width: 820px; margin: 0 auto; background:#fdfaf3; }}
#top {{ background:#b22222; color:#fff; padding:10px; }}
#top a {{ color:#fff; margin-right:14px; }}
pre.board {{ background:#222; color:#e8e8a0; padding:14px; font-size:14px; }}
</style>
</head>
<body>
<div id="top">
 <b>AYYAANA OROMO CENTER &ndash; MORRISTOWN</b><br>
 <a href="/index.html">Home</a><a href="/beeksisa.html">Beeksisa</a><a href="/tola-ooltummaa.html">Tola ooltummaa</a><a href="/news.html">Newsletter</a>
</div>
<div id="body">
"""

FOOT = """
</div>
<hr>
<div id="foot"><small>Ayyaana Oromo Center, 41 Division St E, Morristown, MN 55052 &middot; 507-555-0129 &middot; nagaa@ayyaana-morristown.org<br>
<a href="/unka/unka-tola-ooltummaa.pdf">Unka tola ooltummaa (PDF)</a> &middot; <a href="/koree/yaadannoo.html">Koree</a> &middot; <a href="/gallery/ayyaana-2023.html">Photos</a></small></div>
</body>
</html>
"""

INDEX = HEAD.format(lang="en", title="Home") + """
<h1>Welcome to the Ayyaana Oromo Center</h1>
<p>A gathering place for Oromo families in Rice County since 2014: Afaan Oromoo, coffee, and neighbors who help each other.</p>
<h2>What we do for families</h2>
<ul>
 <li>Free tax help every February and March</li>
 <li>Help with rental assistance and energy assistance forms</li>
 <li>Rides to the Faribault food shelf on the first Monday of the month</li>
</ul>
<h2>Office hours</h2>
<p>Monday, Wednesday, Friday: 1 pm &ndash; 6 pm. Saturday 10 am &ndash; 2 pm.</p>
<h2>Looking for a computer basics teacher for our elders</h2>
<p>Our grandparents want to video-call family in Ethiopia and Kenya, read e-mail and pay bills online. We have six donated
laptops. We hope to find a patient person to teach computer basics for an hour on Wednesday afternoons. An Afaan Oromoo
speaker would be wonderful but is not required &ndash; we can interpret.</p>
<h2>Irreecha by the river</h2>
<p>Sunday, October 6, Cannon River Park, 11 am. Bring fresh grass and flowers. Everyone is welcome.</p>
""" + FOOT

BEEKSISA = HEAD.format(lang="om", title="Beeksisa") + """
<h1>Gabatee beeksisaa</h1>
<p>Beeksisni haaraan Jimaata hunda ni dabalama.</p>
<pre class="board">
=========== GABATEE BEEKSISAA - ONKOLOOLESSA ===========

[1] TOLA OOLTOTA KUSHINAA NI BARBAANNA
    Sanbata hunda, 8:00 - 12:00. Maatii haaraa dhufaniif nyaata
    qopheessuu fi qodduu. Quunnamaa: Caaltuu 507-555-0129

[2] KONKOLAACHISAA DILBATAA  *** ARGAMEERA ***
    Galatoomaa Gammachuu! Amma nama biroo hin barbaannu.

[3] UFFATA QORRAA IJOOLLEE
    Ijoollee 30 ol uffata qorraa hin qaban. Jaakkeetii, kophee
    fi kofiyaa (umurii 3 - 14). Waajjiratti fidaa.

[4] WALGAHII MISEENSOTAA
    Dilbata, 10/20, sa'aatii 2:00. Miseensonni hundi haa dhufan.

[5] BARSIISAA AFAAN INGILIZII
    Haadhota manaa 12 Afaan Ingilizii barsiisuuf barsiisaa tola
    ooltu barbaanna. Kibxata fi Kamiisa galgala 6:30 - 8:00.

[6] MINJAALA FI BARCUMAA  -- amma hin barbaachisu, ni argame.
    Galatoomaa!
========================================================
</pre>
""" + FOOT

TOLA = HEAD.format(lang="om", title="Tola ooltummaa") + """
<h1>Tola ooltummaa: gargaarsa keessan barbaanna</h1>
<p>Hojiiwwan armaan gadii keessaa tokko filadhaa. Waajjira keenyatti dhufaa ykn bilbilaa.</p>
<dl>
 <dt><b>Turjumaana Afaan Oromoo fi Ingiliffaa</b></dt>
 <dd>Haadhota mana yaalaa (clinic) fi mana barumsaa deemaniif turjumuu. Torbanitti sa'aatii 2 - 3.</dd>
 <dt><b>Gargaaraa hojii manaa ijoollee</b></dt>
 <dd>Namni argameera &mdash; galatoomaa, Hawi! Bara itti aanu ammas isin barbaanna.</dd>
 <dt><b>Leenjisaa kubbaa miilaa</b></dt>
 <dd>Ijoollee dhiiraa fi durbaa umurii 8 - 12 Sanbata ganama leenjisuu. Muuxannoon guddaan hin barbaachisu.</dd>
 <dt><b>Barsiisaa Afaan Oromoo (mana barumsaa Sanbataa)</b></dt>
 <dd>Ijoollee keenya Afaan Oromoo barreessuu fi dubbisuu barsiisuu. Qubee beekuu qabda.</dd>
 <dt><b>Bulchaa waajjiraa (hojii kaffaltii qabu)</b></dt>
 <dd>Kaffaltii $18 sa'aatiif, torbanitti sa'aatii 20. Iyyannoo keessan Fulbaana 30 dura ergaa.</dd>
</dl>
""" + FOOT

NEWS = HEAD.format(lang="en", title="Newsletter") + """
<h1>Ayyaana Newsletter &ndash; Autumn</h1>
<h2>Irreecha thank-you</h2>
<p>More than 300 people joined us by the Cannon River for Irreecha last year. Thank you to the drummers and the coffee team.</p>
<h2>News from the center</h2>
<p>The new carpet is in, the children's library has 200 books, and the Saturday school has three classes again. One thing
keeps us up at night: the kitchen sink and the pipe under it leak every time we cook for more than twenty people. We cannot
afford a plumber this year, so if anyone with plumbing skills could give us an afternoon, the kitchen team would be very
happy. The board meets again in November.</p>
<h2>Obbo Tolera</h2>
<p>Many of you know Obbo Tolera, who lost his wife in July. He is 81, lives alone in an apartment on 2nd Street and does not
drive. His children are in Seattle. He would love someone to visit him once a week, sit for coffee and help carry his
groceries up the stairs. If you can be that weekly visitor, call Caaltuu.</p>
<h2>Meet our new board chair</h2>
<p>Dr. Lensa Bekele is a pharmacist at the Faribault clinic and the mother of three. She grew up in Nekemte.</p>
""" + FOOT

KOREE = HEAD.format(lang="om", title="Koree") + """
<h1>Yaadannoo koree (keessoo qofa)</h1>
<ul>
 <li>Herreega waggaa ilaaluuf ogeessa herregaa barbaadnu.</li>
 <li>Gamoo keessaa halluu dibuuf namoota 4 barbaanna.</li>
 <li>Paroojektara haaraa arjoomaa gaafachuu.</li>
</ul>
""" + FOOT

PAGES = {
    "index.html": INDEX,
    "beeksisa.html": BEEKSISA,
    "tola-ooltummaa.html": TOLA,
    "news.html": NEWS,
    "koree/yaadannoo.html": KOREE,
}

ROBOTS = """User-agent: GPTBot
Disallow: /

User-agent: *
Disallow: /koree/
"""

PDFS = {
    "unka/unka-tola-ooltummaa.pdf": ("Unka Tola Ooltummaa - Ayyaana Oromo Center", [
        ("title", "AYYAANA OROMO CENTER - MORRISTOWN"),
        ("title", "Unka Tola Ooltummaa"),
        ("p", "41 Division St E, Morristown, MN 55052 - 507-555-0129"),
        ("p", "Maqaa: ______________________________  Bilbila: ____________________"),
        ("p", "Imeelii: ____________________________  Guyyaa: _____________________"),
        ("h", "Barsiisaa herregaa ni barbaadna"),
        ("p", "Ijoollee kutaa 6 - 8 herrega (math) keessatti rakkataniif barsiisaa herregaa tola ooltu barbaanna. "
              "Roobii fi Kamiisa, galgala 4:30 - 6:00, galma keenya keessatti. Yoo barsiisuu dandeessu, as mallattoo "
              "godhaa: [ ]"),
        ("h", "Hojii biroo"),
        ("p", "[ ] Kushinaa  [ ] Turjumaa  [ ] Kubbaa miilaa  [ ] Kan biraa: __________"),
        ("h", "Unka kana deebisuuf"),
        ("p", "Unka kana waajjiratti kennaa ykn suuraa kaasaa nagaa@ayyaana-morristown.org tti ergaa."),
    ]),
}

NEEDS = [
    N("index.html", ["computer basics teacher", "teach computer basics"], "skilled", "en", ["om"], layout="seeking",
      note="Oromo speaker preferred"),
    N("beeksisa.html", ["tola ooltota kushinaa"], "volunteer", "om", layout="pre_board"),
    N("beeksisa.html", ["uffata qorraa ijoollee", "uffata qorraa"], "donation", "om", layout="pre_board"),
    N("beeksisa.html", ["barsiisaa afaan ingilizii"], "skilled", "om", ["en"], layout="pre_board"),
    N("tola-ooltummaa.html", ["turjumaana afaan oromoo", "turjumaana"], "skilled", "om", ["om", "en"], layout="definition_list"),
    N("tola-ooltummaa.html", ["leenjisaa kubbaa miilaa"], "volunteer", "om", layout="definition_list"),
    N("tola-ooltummaa.html", ["barsiisaa afaan oromoo"], "skilled", "om", ["om"], layout="definition_list"),
    N("news.html", ["plumbing skills", "kitchen sink"], "skilled", "en", layout="newsletter_buried"),
    N("news.html", ["weekly visitor", "visit him once a week"], "volunteer", "en", layout="story"),
    N("unka/unka-tola-ooltummaa.pdf", ["barsiisaa herregaa"], "skilled", "om", layout="pdf"),
]

TRAPS = [
    T("index.html", "service", ["free tax help"]),
    T("index.html", "service", ["rental assistance"]),
    T("index.html", "hours", ["office hours"]),
    T("index.html", "event", ["irreecha by the river"]),
    T("beeksisa.html", "filled", ["konkolaachisaa dilbataa"], "*** ARGAMEERA *** (found)"),
    T("beeksisa.html", "event", ["walgahii miseensotaa"]),
    T("beeksisa.html", "filled", ["minjaala fi barcumaa"], "amma hin barbaachisu (not needed now)"),
    T("tola-ooltummaa.html", "filled", ["gargaaraa hojii manaa"], "namni argameera (someone was found)"),
    T("tola-ooltummaa.html", "job", ["bulchaa waajjiraa"], "$18/hour"),
    T("news.html", "recap", ["irreecha thank-you"]),
    T("news.html", "bio", ["new board chair"]),
    T("koree/yaadannoo.html", "robots", ["ogeessa herregaa"]),
    T("koree/yaadannoo.html", "robots", ["halluu dibuuf"]),
    T("koree/yaadannoo.html", "robots", ["paroojektara"]),
    T("unka/unka-tola-ooltummaa.pdf", "how_to_apply", ["unka kana deebisuuf"]),
]
