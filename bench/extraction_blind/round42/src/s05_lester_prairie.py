"""Site 5: Dhaloota Haaraa Community Center, Lester Prairie (om + en). Squarespace-style site: summary-block
blog teasers, CSS-only radio tabs holding role items; Oromo page; Oromo PDF newsletter with buried asks;
leaders page with a paid job; robots-disallowed committee page."""
from common import N, T

SLUG = "lester-prairie-dhaloota-haaraa-center"


def page(lang, title, body):
    return """<!doctype html>
<html lang="%s">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%s &mdash; Dhaloota Haaraa Community Center</title>
<link rel="stylesheet" href="//static1.squarespace.example/static/versioned-site-css/site.css">
<style>
.tabs input{display:none}.tabs label{display:inline-block;padding:10px 18px;border:1px solid #9c2b2b;cursor:pointer}
.tabs .panel{display:none;padding:18px;border:1px solid #9c2b2b}
#tab-school:checked ~ #p-school,#tab-youth:checked ~ #p-youth,#tab-elders:checked ~ #p-elders{display:block}
.role{margin-bottom:18px}.pill{font-size:11px;background:#eee;border-radius:9px;padding:2px 8px}
</style>
</head>
<body class="collection-type-page">
<header class="Header"><div class="Header-inner">
<a href="/" class="Header-branding">DHALOOTA HAARAA</a>
<nav class="Header-nav"><div class="Header-nav-inner">
<a href="/" class="Header-nav-item">Home</a>
<a href="/volunteer.html" class="Header-nav-item">Volunteer</a>
<a href="/leaders.html" class="Header-nav-item">Leadership</a>
<a href="/om/" class="Header-nav-item">Afaan Oromoo</a>
</div></nav></div></header>
<main class="Main-content">
%s
</main>
<footer class="Footer"><div class="sqs-block-content">
<p>Dhaloota Haaraa Community Center &middot; 160 Central Ave, Lester Prairie, MN 55354 &middot; 320-555-0129</p>
<p><a href="/koree/">Koree (members)</a> &middot; Powered by Squarespace</p>
</div></footer>
</body>
</html>
""" % (lang, title, body)


INDEX = page("en", "Home", """
<section class="Index-page"><div class="sqs-layout">
<div class="sqs-block html-block"><div class="sqs-block-content">
<h1>Dhaloota Haaraa means &ldquo;new generation.&rdquo;</h1>
<p>We are an Oromo community center serving about 90 families in McLeod, Carver and Wright counties. Our work: keep our
language alive, help newcomers find their way, and give young people a place to grow.</p>
</div></div>
<div class="sqs-block html-block"><div class="sqs-block-content">
<h2>Afaan Oromoo Saturday School</h2>
<p>Children ages 5&ndash;14 learn to read and write Afaan Oromoo in Qubee, plus songs, history and geography. Saturdays 10 a.m.&ndash;12:30 p.m.,
September through May. Free for member families.</p>
</div></div>
<div class="sqs-block html-block"><div class="sqs-block-content">
<h2>Irreecha Celebration &ndash; Saturday, October 4</h2>
<p>Join us at Baylor Regional Park, on the shore of Eagle Lake, for Irreecha, the Oromo thanksgiving, with prayers by the water, traditional dress, music and food.
All are welcome.</p>
</div></div>
<div class="sqs-block summary-v2-block"><div class="summary-block-header"><h3>From the blog</h3></div>
<div class="summary-item-list">
 <div class="summary-item"><a class="summary-title-link" href="/blog/irreecha-2024-recap">Photos from Irreecha 2024: 600 people by the lake</a>
 <div class="summary-excerpt"><p>Thank you to everyone who came, cooked, and danced.</p></div></div>
 <div class="summary-item"><span class="summary-title">Why language matters: a Saturday School parent writes</span>
 <div class="summary-excerpt"><p>&ldquo;When my daughter read a letter from her grandmother by herself, I cried.&rdquo;</p></div></div>
</div></div>
<div class="sqs-block button-block"><div class="sqs-block-content">
<a class="sqs-block-button-element" href="https://donate.example/dhaloota">Give to Dhaloota Haaraa</a>
</div></div>
</div></section>
""")

VOLUNTEER = page("en", "Volunteer", """
<section class="Index-page"><div class="sqs-layout">
<div class="sqs-block html-block"><div class="sqs-block-content">
<h1>Volunteer</h1>
<p>Pick a program below to see where we need help right now. Email volunteer@dhaloota.example with the role name in the subject line.</p>
</div></div>
<div class="sqs-block code-block"><div class="sqs-block-content">
<div class="tabs">
<input type="radio" name="prog" id="tab-school" checked><label for="tab-school">Saturday School</label>
<input type="radio" name="prog" id="tab-youth"><label for="tab-youth">Youth</label>
<input type="radio" name="prog" id="tab-elders"><label for="tab-elders">Elders</label>
<div class="panel" id="p-school">
 <div class="role"><h4>Afaan Oromoo reading helpers</h4>
 <p>Sit with one or two children and listen to them read aloud in Afaan Oromoo. You need to read Qubee fluently; no teaching experience
 required. Saturdays 10&ndash;12, any two Saturdays a month.</p></div>
 <div class="role"><h4>Classroom aides <span class="pill">filled for this term</span></h4>
 <p>Thank you &ndash; all six aide spots are taken until May.</p></div>
</div>
<div class="panel" id="p-youth">
 <div class="role"><h4>U12 girls&rsquo; soccer coach</h4>
 <p>Our new girls&rsquo; team plays in the Lester Prairie rec league. Practices Tuesday and Thursday 5:30&ndash;7 at the school field,
 games on Saturdays, May&ndash;July.</p></div>
 <div class="role"><h4>ACT prep tutor</h4>
 <p>Three juniors want to raise their ACT math and reading scores before the June test. One evening a week for eight weeks,
 in person or on Zoom.</p></div>
</div>
<div class="panel" id="p-elders">
 <div class="role"><h4>Medicare &amp; benefits paperwork helper</h4>
 <p>Many of our elders receive letters about Medicare, Medical Assistance and SNAP that they cannot read. We need someone who
 understands these programs to help once a month at our elder lunch. Afaan Oromoo is a plus.</p></div>
 <div class="role"><h4>Elder lunch cooks</h4>
 <p>We have enough cooks until the fall &ndash; galatoomaa to the women of the kitchen team!</p></div>
</div>
</div>
</div></div>
</div></section>
""")

OM = page("om", "Afaan Oromoo", """
<section class="Index-page"><div class="sqs-layout">
<div class="sqs-block html-block"><div class="sqs-block-content">
<h1>Baga nagaan dhuftan!</h1>
<p>Giddugalli Hawaasaa Dhaloota Haaraa maatii Oromoo aanaalee McLeod, Carver fi Wright keessa jiraatan tajaajila. Afaan keenya
eeguu, haaraa dhufootaa gargaaruu fi dargaggoota guddisuu kaayyoo keenya.</p>
</div></div>
<div class="sqs-block html-block"><div class="sqs-block-content">
<h2>Mana barumsaa Afaan Oromoo Sanbataa</h2>
<p>Ijoolleen umurii 5&ndash;14 Afaan Oromoo Qubeedhaan dubbisuu fi barreessuu baratu. Sanbata sa&rsquo;aatii 10:00&ndash;12:30. Maatii
miseensaaf kaffaltii malee.</p>
<h3>Akkaataa galmee</h3>
<p>Ijoollee galmeessuuf, waraqaa ragaa dhalootaa fi lakkoofsa bilbilaa qabattanii Sanbata jalqabaa dhufaa.</p>
<h3>Sa&rsquo;aatii hojii waajjiraa</h3>
<p>Wiixata hanga Kamiisaa, 9:00 &ndash; 5:00.</p>
</div></div>
<div class="sqs-block html-block"><div class="sqs-block-content">
<h2>Gargaarsa isin irraa barbaannu</h2>
<h3>Namoota konkolaataa qaban</h3>
<p>Maanguddoonni keenya hedduun beellama doktoraa fi yaalaa (hospital) Hutchinson fi Waconia jiru dhaqachuuf geejjiba hin qaban.
Torbanitti al tokko maanguddoota geessuu kan dandeessan, Obbo Gammachuu bilbilaa: 320-555-0131.</p>
<h3>Uffata aadaa garee sirbaatiif</h3>
<p>Gareen sirbaa dargaggootaa keenya Irreechaaf sirbuuf qophaa&rsquo;aa jira, garuu uffata aadaa ga&rsquo;aa hin qabu. Uffata aadaa
Oromoo ijoollee umurii 10&ndash;17f ta&rsquo;u (kan haaraa yookaan kan itti fayyadamne) kennuu kan dandeessan nu qunnamaa.</p>
<h3>Kitaabota ijoollee Afaan Oromoo</h3>
<p>Kuusaa kitaabaa mana barumsaa Sanbataatiif kitaabota ijoollee Afaan Oromootiin barreeffaman barbaanna.</p>
<h3>Qophii Irreechaa</h3>
<p>Qophii Irreechaatiif namoonni gahaan galmaa&rsquo;aniiru. Galatoomaa!</p>
</div></div>
<div class="sqs-block html-block"><div class="sqs-block-content">
<h2>Irreecha Birraa &ndash; Onkoloolessa 4</h2>
<p>Paarkii Baylor, qarqara Haroo Eagle irratti walgahna. Hundi keessan affeeramtaniittu!</p>
<p><a href="/om/xalayaa-oduu.pdf">Xalayaa Oduu Bona 2025 (PDF)</a></p>
</div></div>
</div></section>
""")

LEADERS = page("en", "Leadership", """
<section class="Index-page"><div class="sqs-layout">
<div class="sqs-block html-block"><div class="sqs-block-content">
<h1>Leadership</h1>
<h3>Chaltu Bekele, Executive Director</h3>
<p>Chaltu came to Minnesota in 2004 and taught in Minneapolis Public Schools for twelve years before founding Dhaloota Haaraa in 2017.</p>
<h3>Obbo Gammachuu Tolasa, Elders Program</h3>
<p>A retired agronomist from Ambo who now organizes the monthly elder lunch and rides.</p>
<h3>Board</h3>
<p>Lensa Dabalo (chair), Tesfaye Gudina, Ayantu Hirpa, Pastor Jim Sorensen.</p>
</div></div>
<div class="sqs-block html-block"><div class="sqs-block-content">
<h2>Join our staff</h2>
<h3>Family Navigator (part-time, paid)</h3>
<p>25 hours/week, $21/hour, grant-funded through 2026. Help newly arrived families with housing, school enrollment and benefits.
Fluency in Afaan Oromoo and English required. Send a resume to Chaltu.</p>
</div></div>
</div></section>
""")

KOREE = page("om", "Koree", """
<section class="Index-page"><div class="sqs-layout">
<div class="sqs-block html-block"><div class="sqs-block-content">
<h1>Koree Qindeessaa &ndash; miseensota qofaaf</h1>
<ul>
<li>Barreessaa koree haaraa barbaanna &ndash; Ayantu Caamsaa keessa ni deemti.</li>
<li>Herrega baankii haaraa banuuf mallattoo nama lamaa barbaachisa.</li>
<li>Guyyaa Irreechaa nama meeshaa sagalee (sound system) to&rsquo;atu barbaanna.</li>
</ul>
</div></div>
</div></section>
""")

PAGES = {
    "index.html": INDEX,
    "volunteer.html": VOLUNTEER,
    "om/index.html": OM,
    "leaders.html": LEADERS,
    "koree/index.html": KOREE,
}

ROBOTS = """User-agent: *
Disallow: /config
Disallow: /search
Disallow: /koree/
Disallow: /account$
Sitemap: https://www.dhaloota.example/sitemap.xml
"""

PDFS = {
    "om/xalayaa-oduu.pdf": ("Xalayaa Oduu - Bona 2025", [
        ("title", "XALAYAA ODUU  -  BONA 2025"),
        ("p", "Giddugala Hawaasaa Dhaloota Haaraa, Lester Prairie"),
        ("h", "Walgahii waliigalaa miseensotaa"),
        ("p", "Sanbata, Guraandhala 22, sa'aatii 2:00 irraa eegalee galma keenya keessatti. Filannoo boordii haaraa "
              "ni geggeessina. Miseensonni hundi akka dhuftan kabajaan isin affeerra."),
        ("h", "Baga gammaddan!"),
        ("p", "Barattoonni 40 sagantaa dubbisaa Afaan Oromoo waggaa kanaa xumuraniiru. Barsiisotaa fi maatii hundaaf "
              "galata guddaa qabna."),
        ("h", "Oduu galmaa"),
        ("p", "Galmi keenya ijaarsa moofaa waan ta'eef, ibsaan isaa rakkoo qaba: yeroo tokko tokko humnaan dhaabbata. "
              "Ogeessa ibsaa (electrician) hayyama qabu, tola ooltummaan sakatta'ee nu gorsu barbaanna. Yoo beektan, "
              "Chaltu qunnamaa."),
        ("p", "Akkasumas, dargaggoonni keenya hojii manaa hojjechuuf kompiitara hin qaban. Laptop moofaa garuu hojjetu "
              "qabaattan, nuuf kennaa; nuti haaraa goonee qopheessina."),
        ("h", "Miseensummaa"),
        ("p", "Kaffaltiin miseensummaa waggaa $60 (maatiif). Miseensummaan keessan hojii giddugalichaa hunda deeggara."),
    ]),
}

NEEDS = [
    N("volunteer.html", ["afaan oromoo reading helpers", "reading helpers"], "skilled", "en", ["om"],
      layout="css_tabs", note="Saturday School tab"),
    N("volunteer.html", ["soccer coach"], "volunteer", "en", layout="css_tabs", note="Youth tab"),
    N("volunteer.html", ["act prep tutor", "act prep"], "skilled", "en", layout="css_tabs", note="Youth tab"),
    N("volunteer.html", ["paperwork helper", "medicare"], "skilled", "en", ["om"], layout="css_tabs",
      note="Elders tab; 'Afaan Oromoo is a plus'"),
    N("om/index.html", ["namoota konkolaataa qaban", "maanguddoota geessuu"], "volunteer", "om",
      layout="heading_paragraph", note="drivers for elders' medical appointments"),
    N("om/index.html", ["uffata aadaa"], "donation", "om", layout="heading_paragraph",
      note="traditional clothes for the youth dance group"),
    N("om/index.html", ["kitaabota ijoollee", "kitaabota"], "donation", "om", layout="heading_paragraph"),
    N("om/xalayaa-oduu.pdf", ["ogeessa ibsaa", "electrician"], "skilled", "om", layout="pdf",
      note="buried in the 'Oduu galmaa' newsletter section"),
    N("om/xalayaa-oduu.pdf", ["laptop"], "donation", "om", layout="pdf", note="second paragraph of the same section"),
]

TRAPS = [
    T("index.html", "service", ["afaan oromoo saturday school", "saturday school"]),
    T("index.html", "event", ["irreecha celebration"]),
    T("index.html", "recap", ["photos from irreecha 2024"]),
    T("index.html", "blog", ["why language matters"]),
    T("index.html", "general_appeal", ["give to dhaloota haaraa"]),
    T("volunteer.html", "filled", ["classroom aides"], "'filled for this term' pill"),
    T("volunteer.html", "filled", ["elder lunch cooks"], "'We have enough cooks until the fall'"),
    T("om/index.html", "service", ["mana barumsaa afaan oromoo sanbataa"]),
    T("om/index.html", "how_to_apply", ["akkaataa galmee"]),
    T("om/index.html", "hours", ["sa'aatii hojii"]),
    T("om/index.html", "filled", ["qophii irreechaa"], "'namoonni gahaan galmaa'aniiru'"),
    T("om/index.html", "event", ["irreecha birraa"]),
    T("om/xalayaa-oduu.pdf", "event", ["walgahii waliigalaa"]),
    T("om/xalayaa-oduu.pdf", "recap", ["baga gammaddan", "barattoonni 40"]),
    T("om/xalayaa-oduu.pdf", "general_appeal", ["miseensummaa"]),
    T("leaders.html", "bio", ["chaltu bekele", "executive director"]),
    T("leaders.html", "bio", ["gammachuu tolasa"]),
    T("leaders.html", "job", ["family navigator"], "$21/hour"),
    T("koree/index.html", "robots", ["barreessaa koree"]),
    T("koree/index.html", "robots", ["herrega baankii"]),
    T("koree/index.html", "robots", ["meeshaa sagalee", "sound system"]),
]
