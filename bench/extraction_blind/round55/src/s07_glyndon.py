"""Site 7: Giddugala Simannaa Oromoo (Oromo Welcome Center), Glyndon (Clay County). Oromo + English.
Layouts: Oromo page built from nested <table>s with <font> and a status column, Oromo wish list +
counter + family story, English card grid, robots-disallowed committee page, Oromo PDF form."""
from common import N, T

SLUG = "glyndon-oromo-welcome-center"
TOWN = "glyndon"

NAVLINKS = """<a href="/">Fuula Jalqabaa</a> &middot; <a href="/tola-ooltummaa.html">Tola Ooltummaa</a> &middot;
<a href="/arjooma.html">Arjooma</a> &middot; <a href="/en/partners.html">English</a> &middot;
<a href="/unka-galmee.pdf">Unka Galmee (PDF)</a>"""

FOOTER = """<div class="foot">Giddugala Simannaa Oromoo &middot; 402 Parke Ave S, Glyndon, MN 56547 &middot; (218) 555-0128<br>
<a href="/viidiyoo/walgahii-2024.html">Viidiyoo walgahii 2024</a> &middot; <a href="/koree/barbaachisa.html">Koree</a></div>"""


def modern(lang, title, body):
    return """<!DOCTYPE html>
<html lang="%s">
<head><meta charset="utf-8"><title>%s</title>
<link rel="stylesheet" href="/css/giddugala.css"></head>
<body>
<div class="nav">%s</div>
<div class="page">
%s
</div>
%s
</body>
</html>
""" % (lang, title, NAVLINKS, body, FOOTER)


PAGES = {}

PAGES["index.html"] = modern("om", "Giddugala Simannaa Oromoo &ndash; Glyndon", """
<h1>Baga nagaan dhuftan!</h1>
<p>Giddugalli keenya bara 2012 hundeeffame. Maatii Oromoo naannoo Moorhead, Dilworth fi Glyndon jiraatan ni tajaajila.</p>

<h2>Tajaajila keenya</h2>
<ul>
  <li>Barumsa Afaan Oromoo ijoollee &mdash; Sanbata ganama</li>
  <li>Gorsa hojii barbaaduu fi CV barreessuu</li>
</ul>

<h2>Sa'aatii hojii</h2>
<p>Wiixata hanga Kamisaatti, sa'aatii 10:00 &ndash; 6:00.</p>

<h2>Ayyaana Irreechaa 2025</h2>
<p>Ayyaanni Irreechaa Fulbaana 28 paarkii Oak Grove (Fargo) keessatti ni kabajama. Hundi keessan affeeramtaniittu!</p>

<div class="give">
  <h3>Arjooma maallaqaa</h3>
  <p>Giddugalli keenya arjooma keessan irratti hundaa'a. Galatoomaa!</p>
</div>
""")

PAGES["tola-ooltummaa.html"] = """<!DOCTYPE html>
<html lang="om">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Tola Ooltummaa - Giddugala Simannaa Oromoo</title>
</head>
<body bgcolor="#FFFFF0">
<table width="780" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td bgcolor="#006633"><font face="Verdana" size="4" color="#FFFFFF"><b>&nbsp;GIDDUGALA SIMANNAA OROMOO</b></font></td></tr>
<tr><td><font face="Verdana" size="1">""" + NAVLINKS + """</font></td></tr>
<tr><td>
  <table width="100%" border="0" cellpadding="6">
  <tr>
    <td width="150" valign="top" bgcolor="#EEEEDD"><font face="Verdana" size="1">
      Bilbila: (218) 555-0128<br>Gaafadhu: Obbo Gammachuu</font></td>
    <td valign="top">
      <font face="Verdana" size="3"><b>CARRAA TOLA OOLTUMMAA</b></font><br>
      <font face="Verdana" size="2">Hojiiwwan armaan gadii irratti nu gargaaruu dandeessu. Haala isaa mirga irratti ilaalaa.</font>
      <table width="100%" border="1" cellpadding="4" cellspacing="0">
        <tr bgcolor="#DDEEDD"><td><font face="Verdana" size="2"><b>Hojii</b></font></td>
            <td><font face="Verdana" size="2"><b>Ibsa</b></font></td>
            <td><font face="Verdana" size="2"><b>Haala</b></font></td></tr>
        <tr><td><font face="Verdana" size="2">Barsiisaa Afaan Ingiliffaa (ga'eessotaaf)</font></td>
            <td><font face="Verdana" size="2">Galgala Roobii, sa'aatii 6&ndash;8. Afaan Ingiliffaa sirriitti dubbachuu qabda.</font></td>
            <td><font face="Verdana" size="2" color="#006600">Ni barbaachisa</font></td></tr>
        <tr><td><font face="Verdana" size="2">Daawwattoota maanguddootaa</font></td>
            <td><font face="Verdana" size="2">Maanguddoota kophaa jiraatan torbanitti al tokko daawwachuu fi haasofsiisuu.</font></td>
            <td><font face="Verdana" size="2" color="#006600">Nama 4 barbaanna</font></td></tr>
        <tr><td><font face="Verdana" size="2">Ogeessa kompiitaraa</font></td>
            <td><font face="Verdana" size="2">Kutaa kompiitaraa haaraa (kompiitara 8, interneetii fi printara) qindeessuuf nama beekumsa qabu barbaanna.</font></td>
            <td><font face="Verdana" size="2" color="#006600">Ni barbaachisa</font></td></tr>
        <tr><td><font face="Verdana" size="2">Qopheessitoota nyaataa Irreechaaf</font></td>
            <td><font face="Verdana" size="2">Nyaata aadaa qopheessuu.</font></td>
            <td><font face="Verdana" size="2" color="#999999">Namoonni gahaan galmaa'aniiru &mdash; galatoomaa!</font></td></tr>
        <tr><td><font face="Verdana" size="2">Leenjisaa kubbaa miilaa</font></td>
            <td><font face="Verdana" size="2">Ijoollee umurii 8&ndash;12.</font></td>
            <td><font face="Verdana" size="2" color="#999999">Qabameera</font></td></tr>
        <tr><td><font face="Verdana" size="2">Hojjetaa waajjiraa (mindaa qaba)</font></td>
            <td><font face="Verdana" size="2">Hojii yeroo walakkaa, sa'aatiitti $17.</font></td>
            <td><font face="Verdana" size="2">Iyyannoo fudhachaa jirra</font></td></tr>
      </table>
    </td>
  </tr>
  </table>
</td></tr>
<tr><td><font face="Verdana" size="1">""" + FOOTER + """</font></td></tr>
</table>
</body>
</html>
"""

PAGES["arjooma.html"] = modern("om", "Arjooma &ndash; Giddugala Simannaa Oromoo", """
<h1>Arjooma meeshaalee</h1>

<h2>Meeshaalee amma nu barbaachisan</h2>
<ul>
  <li>Kitaabota ijoollee (Afaan Oromoo fi Ingiliffaa)</li>
  <li>Qalama fi daftara</li>
  <li>Boorsaa barnootaa</li>
</ul>

<h2>Laptop-ota kutaa barnootaaf</h2>
<progress value="4" max="10"></progress>
<p>10 keessaa 4 argameera. Laptop 6 dabalataa barbaanna.</p>

<h2>Maatii Obbo Tolaa</h2>
<p>Obbo Tolaa, haadha manaa isaanii fi ijoolleen isaanii sadan ji'a darbe Keeniyaa irraa dhufan. Mana kireeffatan
keessa siree, minjaala fi barcuma hin qaban; lafa irra ciisu. Siree lama, minjaala nyaataa tokko fi barcuma afur
kennuu yoo dandeessan nu quunnamaa.</p>

<h2>Uffata ijoollee</h2>
<p>Uffanni ijoollee nuuf gahe &mdash; galatoomaa! Amma hin fudhannu.</p>

<h2>Arjoo keessan eessa fiddu?</h2>
<p>Sanbata sa'aatii 10:00 &ndash; 2:00, balbala duubaa.</p>
""")

PAGES["en/partners.html"] = modern("en", "Partners &ndash; Oromo Welcome Center", """
<h1>Partner with the Oromo Welcome Center</h1>
<div class="cards">
  <div class="card">
    <h3>Pro bono immigration attorney</h3>
    <p>Once a month we host a legal clinic. Our volunteer attorney retired in June. We need a licensed
    immigration attorney for three hours on the second Saturday. Oromo interpreters are provided.</p>
  </div>
  <div class="card">
    <h3>Lend us a van on Saturdays</h3>
    <p>Our Saturday school picks up 14 children from three apartment buildings. A 12-passenger van borrowed
    from a church, school or business, 8:30 am to 1 pm, would solve it. We cover gas and insurance.</p>
  </div>
  <div class="card">
    <h3>Youth soccer assistant</h3>
    <p><span class="tag">Taken</span> Thank you, Abdi!</p>
  </div>
  <div class="card">
    <h3>Program Manager (paid, full-time)</h3>
    <p>Salary $46,000 plus benefits. Afaan Oromoo and English required.</p>
  </div>
  <div class="card">
    <h3>Oromo Cultural Night &mdash; February 14</h3>
    <p>Music, coffee ceremony and food at the Glyndon-Felton school commons.</p>
  </div>
</div>
<h2>Meet our chair</h2>
<p>Dr. Lensa Abdi grew up in Adama and came to Fargo-Moorhead in 2004. She teaches biology at the community college.</p>
""")

PAGES["koree/barbaachisa.html"] = modern("om", "Koree qofaaf", """
<h1>Koree qofaaf</h1>
<ul>
  <li>Herrega qoraa (auditor) barbaanna.</li>
  <li>Printara haaraa bituu.</li>
  <li>Barreessaa koree haaraa filachuu.</li>
</ul>
""")

ROBOTS = """User-agent: *
Disallow: /koree/

User-agent: GPTBot
Disallow: /
"""

PDFS = {
    "unka-galmee.pdf": ("Unka Galmee Tola Ooltummaa", [
        ("title", "UNKA GALMEE TOLA OOLTUMMAA"),
        ("p", "Giddugala Simannaa Oromoo - Glyndon, Minnesota"),
        ("h", "Mana barumsaa Sanbataa"),
        ("p", "Mana barumsaa Sanbataa keenya keessa ijoollee 60 ol jiru. Gargaartota 5 barbaanna: ijoollee "
              "too'achuu, nyaata qopheessuu fi kutaa qulqulleessuu. Sanbata ganama sa'aatii 9 - 12."),
        ("h", "Odeeffannoo kee"),
        ("p", "Maqaa: ____________________________   Bilbila: ____________________"),
        ("p", "Afaan dubbattu:  [ ] Afaan Oromoo   [ ] Ingiliffaa   [ ] Amaariffaa"),
        ("h", "Unka kana akkamitti deebistu?"),
        ("p", "Unka kana waajjira keenyatti fidaa, yookaan suuraa kaasii gara info@giddugala.example ergi."),
    ]),
}

NEEDS = [
    N("tola-ooltummaa.html", ["barsiisaa afaan ingiliffaa"], "skilled", "om", ["en"], "nested_table",
      "status 'Ni barbaachisa'"),
    N("tola-ooltummaa.html", ["daawwattoota maanguddootaa"], "volunteer", "om", [], "nested_table",
      "visit elders who live alone"),
    N("tola-ooltummaa.html", ["ogeessa kompiitaraa"], "skilled", "om", [], "nested_table", "set up computer lab"),
    N("arjooma.html", ["meeshaalee amma nu barbaachisan", "kitaabota ijoollee"], "donation", "om", [],
      "wish_list", "one list"),
    N("arjooma.html", ["laptop"], "donation", "om", [], "progress_counter", "4 of 10 received"),
    N("arjooma.html", ["obbo tolaa", "siree"], "donation", "om", [], "story", "beds, table, chairs"),
    N("en/partners.html", ["immigration attorney"], "skilled", "en", [], "role_cards", ""),
    N("en/partners.html", ["lend us a van", "12-passenger van"], "other", "en", [], "role_cards", "loan of a van"),
    N("unka-galmee.pdf", ["mana barumsaa sanbataa", "gargaartota"], "volunteer", "om", [], "pdf",
      "Saturday school helpers, only in PDF"),
]

TRAPS = [
    T("index.html", "service", ["barumsa afaan oromoo"], ""),
    T("index.html", "service", ["gorsa hojii"], ""),
    T("index.html", "hours", ["sa'aatii hojii"], ""),
    T("index.html", "event", ["ayyaana irreechaa"], ""),
    T("index.html", "general_appeal", ["arjooma maallaqaa"], ""),
    T("tola-ooltummaa.html", "filled", ["qopheessitoota nyaataa"], "gahaan galmaa'aniiru"),
    T("tola-ooltummaa.html", "filled", ["leenjisaa kubbaa miilaa"], "Qabameera"),
    T("tola-ooltummaa.html", "job", ["hojjetaa waajjiraa"], "paid"),
    T("arjooma.html", "filled", ["uffata ijoollee"], "nuuf gahe, hin fudhannu"),
    T("arjooma.html", "hours", ["eessa fiddu"], "drop-off times"),
    T("en/partners.html", "filled", ["youth soccer assistant"], "Taken"),
    T("en/partners.html", "job", ["program manager"], "paid"),
    T("en/partners.html", "event", ["cultural night"], ""),
    T("en/partners.html", "bio", ["meet our chair", "lensa abdi"], ""),
    T("koree/barbaachisa.html", "robots", ["auditor"], "Disallow: /koree/"),
    T("koree/barbaachisa.html", "robots", ["printara haaraa"], "Disallow: /koree/"),
    T("koree/barbaachisa.html", "robots", ["barreessaa koree"], "Disallow: /koree/"),
    T("unka-galmee.pdf", "how_to_apply", ["akkamitti deebistu"], ""),
]
