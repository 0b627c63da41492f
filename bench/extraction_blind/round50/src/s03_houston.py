"""Houston: Koom Siab Hmong Family Center.
Plain table-free 2010s site for English pages; a Hmong newsletter exported from
Microsoft Word ("filtered HTML": MsoNormal, <o:p>, conditional list markers);
a Hmong checklist page with ballot-box characters; an English garden-jobs table
grouped by season with rowspan; a Hmong PDF newsletter."""
from common import N, T

SLUG = "houston-koom-siab-hmong-center"

NAV = """<div id="nav"><a href="/index.html">Home</a> | <a href="/xov-xwm.html">Xov Xwm</a> | <a href="/pab-dawb.html">Pab Dawb</a> | <a href="/garden.html">Community Garden</a> | <a href="/ntawv-xov-xwm.pdf">Ntawv Xov Xwm (PDF)</a></div>"""
FOOT = """<div id="footer">Koom Siab Hmong Family Center &middot; 105 Sylvan St, Houston, MN &middot; (507) 555-0134 &middot; info@koomsiab.example.org<br>
<a href="/board-only/minutes.html">Board members</a></div>
</body>
</html>
"""

INDEX = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Koom Siab Hmong Family Center</title>
<link rel="stylesheet" href="/style.css"></head>
<body>
<div id="banner"><img src="/images/banner-paj-ntaub.jpg" alt="Koom Siab Hmong Family Center"></div>
""" + NAV + """
<div id="content">
<h1>Welcome / Zoo siab txais tos</h1>
<p>Koom Siab (&ldquo;united hearts&rdquo;) has served Hmong families in the Root River valley since 1998.</p>
<h2>Our programs</h2>
<ul>
<li>Elder day program, Monday, Wednesday and Friday, with lunch and exercise</li>
<li>Citizenship and English classes</li>
<li>Help with Medicare, MA and housing forms</li>
</ul>
<h2>Office hours</h2>
<p>Monday&ndash;Friday 8:30&ndash;4:30. Closed for Hmong New Year weekend.</p>
<h2>Now hiring</h2>
<p>Family Advocate, full-time with benefits, Hmong and English required. Apply by email to jobs@koomsiab.example.org.</p>
<h2>Give</h2>
<p>Support our scholarship fund for first-generation college students. <a href="https://give.example.org/koomsiab">Donate online</a>.</p>
<p>Photos from last year: <a href="/duab/noj-peb-caug-2024.html">Noj Peb Caug 2024</a></p>
</div>
""" + FOOT

XOVXWM = """<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns="http://www.w3.org/TR/REC-html40" lang="hmn">
<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15 (filtered)">
<title>Xov Xwm Koom Siab</title>
<style>
<!--
 /* Font Definitions */
 @font-face {font-family:Calibri;}
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0in;margin-bottom:8.0pt;line-height:107%;font-size:11.0pt;font-family:"Calibri",sans-serif;}
p.MsoTitle {margin:0in;font-size:28.0pt;font-family:"Calibri Light",sans-serif;}
p.MsoListParagraph {margin-left:.5in;}
.MsoChpDefault {font-family:"Calibri",sans-serif;}
-->
</style>
</head>
<body lang=EN-US link="#0563C1" vlink="#954F72" style='word-wrap:break-word'>
<p><a href="/index.html">&larr; Home</a> | <a href="/pab-dawb.html">Pab Dawb</a></p>
<div class=WordSection1>

<p class=MsoTitle>Xov Xwm Koom Siab &#8211; Lub Kaum Hli Ntuj 2024<o:p></o:p></p>

<p class=MsoNormal><b><span style='font-size:13.0pt'>Nyob zoo txhua tus kwv tij neej tsa,</span></b><o:p></o:p></p>

<p class=MsoNormal>Lub caij nplooj zeeg no peb lub chaw muaj ntau yam
tshiab. Noj Peb Caug yuav muaj rau hnub Saturday, November 30, ntawm Houston
High School gym, pib 9 teev sawv ntxov. Txhua tus tuaj tau.<o:p></o:p></p>

<p class=MsoNormal>Ua tsaug rau cov niam tsev uas tau sau npe tuaj pab ua noj rau
Noj Peb Caug &#8211; cov neeg pab ua noj twb txaus lawm, tsis tas tuaj ntxiv
lawm.<o:p></o:p></p>

<p class=MsoNormal><b>Cov laus mus ntsib kws kho mob</b><o:p></o:p></p>

<p class=MsoNormal>Txhua lub lim tiam peb coj cov laus mus kuaj mob hauv La
Crosse. Cov laus feem coob tsis paub lus Askiv, thiab tsis yog txhua lub tsev
kho mob muaj neeg txhais lus. Peb tseem xav tau ib tug neeg txhais lus Hmoob
thiab Askiv los nrog cov laus mus ntsib kws kho mob hnub Wednesday. Peb them
nqi roj tsheb.<o:p></o:p></p>

<p class=MsoNormal><b>Tsev neeg Xyooj</b><o:p></o:p></p>

<p class=MsoNormal>Tsev neeg Xyooj nyuam qhuav tsiv ntawm California tuaj nyob
ze peb. Tus txiv raug mob nraub qaum ua tsis tau hauj lwm, tus niam tseem
tu plaub tus menyuam yaus. Lawv lub tsev xauj tsis muaj tub yees thiab tsis
muaj rooj noj mov. Yog koj muaj ib lub tub yees los sis rooj noj mov uas tseem
zoo, thov hu rau Npis ntawm (507) 555-0134.<o:p></o:p></p>

<p class=MsoNormal><b>Xov xwm ntawm pawg thawj coj</b><o:p></o:p></p>

<p class=MsoNormal style='margin-left:.25in'><![if !supportLists]><span>&#8226;<span
style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span><![endif]>Ua
tsaug rau txhua tus uas tau pub nyiaj rau scholarship &#8211; xyoo no peb sau tau
$4,200 rau 6 tus tub ntxhais kawm ntawv qib siab.<o:p></o:p></p>

<p class=MsoNormal style='margin-left:.25in'><![if !supportLists]><span>&#8226;<span
style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span><![endif]>Peb
lub chaw tseem tsis tau muaj neeg pab sau ntawv thov nyiaj (grant writing). Yog
koj paub sau ntawv thov nyiaj, thov hu rau peb &#8211; txawm yog ob peb teev
xwb los pab tau.<o:p></o:p></p>

<p class=MsoNormal style='margin-left:.25in'><![if !supportLists]><span>&#8226;<span
style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span><![endif]>Chav
kawm ua pej xeem (citizenship class) tseem muaj txhua hnub Monday 6 teev tsaus
ntuj. Tsis them nqi.<o:p></o:p></p>

<p class=MsoNormal>Ua tsaug,<br>Pawg Neeg Ua Hauj Lwm Koom Siab<o:p></o:p></p>

</div>
""" + FOOT

PABDAWB = """<!DOCTYPE html>
<html lang="hmn">
<head><meta charset="utf-8"><title>Pab Dawb - Koom Siab</title>
<link rel="stylesheet" href="/style.css"></head>
<body>
""" + NAV + """
<div id="content">
<h1>Cov hauj lwm pab dawb</h1>
<p>Daim ntawv no yog cov hauj lwm uas peb tseem xav tau neeg pab. Cov uas muaj &#9745; twb muaj neeg lawm.</p>
<ul class="checklist" style="list-style:none">
<li class="todo"><span class="box">&#9744;</span> <b>Pab qhia ntawv rau menyuam kawm ntawv</b> (homework help) &#8211; hnub Tuesday thiab Thursday, 4:00&#8211;5:30. Peb xav tau 3 leeg, tshwj xeeb yog cov paub lej (math).</li>
<li class="done"><span class="box">&#9745;</span> <s>Pab ntxuav chav ua noj tom qab Noj Peb Caug</s> &#8211; twb muaj neeg lawm, ua tsaug!</li>
<li class="todo"><span class="box">&#9744;</span> <b>Tsav tsheb coj cov laus mus khw</b> &#8211; hnub Friday sawv ntxov. Yuav tsum muaj daim ntawv tsav tsheb thiab ntawv pov hwm tsheb.</li>
<li class="todo"><span class="box">&#9744;</span> <b>Pab saib menyuam yaus</b> thaum niam txiv kawm lus Askiv &#8211; hnub Monday, 6:00&#8211;7:30 tsaus ntuj.</li>
<li class="done"><span class="box">&#9745;</span> <s>Nqa rooj thiab rooj zaum rau Noj Peb Caug</s> &#8211; txaus lawm.</li>
</ul>
<h2>Yuav ua li cas thiaj pab tau</h2>
<p>Yog koj xav pab, sau koj lub npe rau ntawm daim ntawv ntawm lub rooj txais tos, los sis hu (507) 555-0134.</p>
<p>Kev sib tham rau cov neeg pab dawb: hnub Sunday, October 20, 2 teev tav su, hauv chav loj.</p>
</div>
""" + FOOT

GARDEN = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Community Garden - Koom Siab</title>
<link rel="stylesheet" href="/style.css"></head>
<body>
""" + NAV + """
<div id="content">
<h1>Koom Siab Community Garden</h1>
<p>Forty families grow mustard greens, bitter melon, lemongrass and sweet corn on the lot behind the center. Last year: 2,900 lbs of vegetables, a third of it given away.</p>
<h2>2025 season jobs</h2>
<table class="jobs" border="1" cellspacing="0" cellpadding="5">
<tr><th>Season</th><th>Job</th><th>Status</th></tr>
<tr><td rowspan="2"><b>Spring</b></td><td>Rototiller operator to till 30 family plots (we have the tiller)</td><td>Open</td></tr>
<tr><td>Seed-starting in the greenhouse</td><td>FULL &#8211; 8 volunteers signed up</td></tr>
<tr><td><b>Summer</b></td><td>Watering crew, Tuesday and Friday evenings</td><td>Open</td></tr>
<tr><td rowspan="2"><b>Fall</b></td><td>Drivers to take extra harvest to the Houston food shelf</td><td>Open</td></tr>
<tr><td>Harvest supper, October 12</td><td>Community event &#8211; everyone welcome, no sign-up</td></tr>
</table>
<h2>Garden plots for families</h2>
<p>Families apply by April 1 at the front desk. Plots are free; seeds are provided.</p>
<h2>Please don&#8217;t donate</h2>
<p>Treated lumber or railroad ties for raised beds &#8211; they leach chemicals into the soil.</p>
</div>
""" + FOOT

MINUTES = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Board minutes</title></head>
<body>
""" + NAV + """
<div id="content">
<h1>Board minutes &#8211; September (members only)</h1>
<p>Motion: recruit two volunteers for the audit committee. Passed.</p>
<p>Nou will ask the county about a donated van for the elder program.</p>
<p>We still need a bookkeeper; ask members at the New Year.</p>
</div>
""" + FOOT

PAGES = {
    "index.html": INDEX,
    "xov-xwm.html": XOVXWM,
    "pab-dawb.html": PABDAWB,
    "garden.html": GARDEN,
    "board-only/minutes.html": MINUTES,
}

ROBOTS = """User-agent: *
Disallow: /board-only/
Disallow: /cgi-bin/
"""

PDFS = {
    "ntawv-xov-xwm.pdf": ("Ntawv Xov Xwm Lub Caij Ntuj No", [
        ("title", "Ntawv Xov Xwm Koom Siab - Lub Caij Ntuj No 2024"),
        ("p", "Koom Siab Hmong Family Center - 105 Sylvan St, Houston, MN - (507) 555-0134"),
        ("h", "Chav kawm paj ntaub"),
        ("p", "Txhua hnub Saturday peb muaj chav kawm paj ntaub rau cov hluas nkauj. Tus niam tais uas "
              "qhia tau tsiv mus nyob Wisconsin lawm, yog li peb xav tau ib tug xib fwb qhia paj ntaub "
              "tshiab. Yog koj txawj xaws paj ntaub thiab xav qhia, thov hu rau Maiv."),
        ("h", "Khoom siv rau chav kawm"),
        ("p", "Peb kuj xav tau ntaub thiab xov rau chav kawm paj ntaub: xov paj ntaub ntau xim, ntaub dub, "
              "koob, thiab txiab me me. Nqa tuaj rau lub rooj txais tos."),
        ("h", "Tsho tiv no"),
        ("p", "Ua tsaug ntau! Peb twb tau txais cov tsho tiv no txaus lawm. Thov tsis txhob xa tuaj ntxiv."),
        ("h", "Hnub tseem ceeb"),
        ("p", "Kev ua koob tsheej rau cov laus: hnub Saturday, December 14, 11 teev sawv ntxov, "
              "muaj zaub mov thiab suab nkauj."),
    ]),
}

H = "hmn"
NEEDS = [
    N("xov-xwm.html", ["txhais lus"], "skilled", H, ["hmn", "en"], layout="word_export_newsletter",
      note="buried in a paragraph about elders' doctor visits; gas paid is not pay"),
    N("xov-xwm.html", ["tsev neeg xyooj", "tub yees"], "donation", H, layout="story",
      note="family story: fridge and dining table"),
    N("xov-xwm.html", ["sau ntawv thov nyiaj", "grant writing"], "skilled", H, layout="word_export_newsletter",
      note="bullet with Word conditional list marker"),
    N("pab-dawb.html", ["qhia ntawv", "homework help"], "skilled", H, layout="checklist",
      note="unchecked box"),
    N("pab-dawb.html", ["tsav tsheb"], "volunteer", H, layout="checklist"),
    N("pab-dawb.html", ["saib menyuam"], "volunteer", H, layout="checklist"),
    N("garden.html", ["rototiller"], "volunteer", "en", layout="rowspan_season_table"),
    N("garden.html", ["watering crew"], "volunteer", "en", layout="rowspan_season_table"),
    N("garden.html", ["extra harvest"], "volunteer", "en", layout="rowspan_season_table",
      note="second row under a rowspan=2 season cell"),
    N("ntawv-xov-xwm.pdf", ["xib fwb qhia paj ntaub"], "skilled", H, layout="pdf_newsletter",
      note="paj ntaub (embroidery) teacher; no language requirement stated"),
    N("ntawv-xov-xwm.pdf", ["ntaub thiab xov"], "donation", H, layout="pdf_newsletter",
      note="supply list for the class: one need"),
]
TRAPS = [
    T("index.html", "service", ["elder day program"]),
    T("index.html", "hours", ["office hours"]),
    T("index.html", "job", ["family advocate"]),
    T("index.html", "general_appeal", ["scholarship fund"]),
    T("xov-xwm.html", "event", ["hnub saturday, november 30"], "Hmong New Year"),
    T("xov-xwm.html", "filled", ["pab ua noj"], "'twb txaus lawm' = already enough"),
    T("xov-xwm.html", "recap", ["$4,200"]),
    T("xov-xwm.html", "service", ["citizenship class"]),
    T("pab-dawb.html", "filled", ["ntxuav chav ua noj"], "checked box, struck"),
    T("pab-dawb.html", "filled", ["rooj zaum"], "checked box, 'txaus lawm'"),
    T("pab-dawb.html", "how_to_apply", ["sau koj lub npe"]),
    T("pab-dawb.html", "event", ["kev sib tham"]),
    T("garden.html", "filled", ["seed-starting"], "FULL"),
    T("garden.html", "event", ["harvest supper"]),
    T("garden.html", "how_to_apply", ["apply by april 1"]),
    T("garden.html", "refused", ["treated lumber"]),
    T("garden.html", "recap", ["2,900 lbs"]),
    T("ntawv-xov-xwm.pdf", "filled", ["tsho tiv no"], "'txaus lawm ... tsis txhob xa tuaj ntxiv'"),
    T("ntawv-xov-xwm.pdf", "event", ["koob tsheej"]),
    T("board-only/minutes.html", "robots", ["audit committee"]),
    T("board-only/minutes.html", "robots", ["donated van"]),
    T("board-only/minutes.html", "robots", ["bookkeeper"]),
]
