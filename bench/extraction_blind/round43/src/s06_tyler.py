from common import N, T

SLUG = "tyler-galma-oromo-community"

NAV = """<nav class="top"><a href="/index.html">Fuula jalqabaa</a> <a href="/tola-ooltota.html">Tola ooltota</a>
<a href="/barbaachisa.html">Wantoota barbaachisan</a> <a href="/en/index.html">English</a>
<a href="/unka/unka-tola-ooltotaa.pdf">Unka (PDF)</a></nav>"""

FOOT = """<footer><p>Galma Hawaasa Oromoo &middot; 210 N Tyler St, Tyler, MN 56178 &middot; (507) 555-0166</p>
<p><a href="/koree/walgahii.html">Koree</a> | <a href="/suuraalee/ayyaana-2024.html">Suuraalee</a></p></footer>"""


def page(lang, title, body):
    return """<!DOCTYPE html>
<html lang="%s">
<head><meta charset="utf-8"><title>%s | Galma Oromoo</title></head>
<body>
%s
<div class="container">
%s
</div>
%s
</body>
</html>
""" % (lang, title, NAV, body, FOOT)


INDEX = page("om", "Fuula jalqabaa", """
<h1>Galma Hawaasa Oromoo</h1>
<p>Baga nagaan dhuftan! Galmi keenya maatii Oromoo Tyler, Lake Benton fi naannoo isaanii jiraatan ni tajaajila.</p>
<h2>Sa'aatii hojii</h2>
<p>Wiixata hanga Kamisaa: 10:00 ganama hanga 5:00 galgalaa.</p>
<h2>Tajaajila keenya</h2>
<p>Unka MNsure, SNAP fi hojii barbaaduu irratti isin gargaarra. Tajaajilli kun bilisa.</p>
<h2>Ayyaana Irreechaa</h2>
<p>Ayyaanni Irreechaa Sanbata jalqabaa Onkololeessaa, Hawkeye Park keessatti ni kabajama.</p>
<h2>Arjooma maallaqaa</h2>
<p>Arjoomni keessan kiraa galmaa kaffaluuf nu gargaara. Galatoomaa!</p>
""")

TOLA = page("om", "Tola ooltota", """
<h1>Tola ooltota barbaadna</h1>
<dl class="roles">
 <dt>Barsiisota Afaan Oromoo</dt>
 <dd>Ijoollee keenyaaf Afaan Oromoo barsiisuuf barsiisota lama barbaadna. Sanbata 10:00-12:00.</dd>
 <dt>Konkolaachisaa</dt>
 <dd>Maanguddoota hospitaala Marshall geessuuf konkolaachisaa tola ooltummaan hojjetu barbaadna.</dd>
 <dt>Qophii nyaataa ayyaanaa</dt>
 <dd><strong>Guutameera.</strong> Namni gahaan argameera, galatoomaa.</dd>
 <dt>Hojjetaa bulchiinsaa</dt>
 <dd>Hojii mindaa qabu: sa'aatii 20 torbanitti. Iyyannoo keessan email-n ergaa.</dd>
</dl>
""")

BARB = page("om", "Wantoota barbaachisan", """
<h1>Wantoota barbaachisan</h1>
<div class="box"><h2>Meeshaalee barbaachisan</h2>
<ul><li>Uffata ganna ijoollee</li><li>Kophee cabbii</li><li>Harkoota (gloves)</li><li>Bobbaa (blankets)</li></ul></div>
<div class="box"><h2>Kompiitaraa</h2>
<p>Kutaa barnootaa keenyaaf kompiitaraa laptop lama barbaadna. Kan fayyadamame ta'us ni fudhanna.</p></div>
<div class="box"><h2>Kitaabota</h2>
<p>Kitaabota ijoollee gahaa qabna. Galatoomaa, amma hin fidinaa.</p></div>
<h2>Maatii Obbo Tolasaa</h2>
<p>Maatiin Obbo Tolasaa ijoollee shan waliin ji'a kana mana haaraa galan. Siree fi afata hin qaban; ijoolleen lafa
irra rafu. Siree yookaan afata kennuu kan dandeessan, nu quunnamaa.</p>
""")

EN = page("en", "English", """
<h1>Oromo Community Hall, Tyler</h1>
<p>Most of this site is in Afaan Oromoo. Here is a short English summary for our neighbors.</p>
<h2>Volunteer immigration lawyer</h2>
<p>Once a month we host a free legal question night. We are looking for a volunteer immigration attorney to answer
questions for two hours.</p>
<h2>Youth soccer coach</h2>
<p>Our under-12 team needs a volunteer coach for Tuesday and Thursday practices, May through August.</p>
<h2>Thank you</h2>
<p>Last winter's coat drive gave 75 coats to families in Lincoln and Lyon counties.</p>
<h2>Our chair</h2>
<p>Ayantu Bekele has lived in Tyler since 2011 and works as a nurse in Marshall.</p>
""")

KOREE = page("om", "Koree", """
<h1>Walgahii koree (keessoo)</h1>
<ul><li>Herrega qoratu tola ooltummaan barbaadna.</li><li>Konkolaataa maanguddootaa kennaa gaafachuu.</li>
<li>Miseensa haaraa koree dubartootaa.</li></ul>
""")

PAGES = {"index.html": INDEX, "tola-ooltota.html": TOLA, "barbaachisa.html": BARB, "en/index.html": EN,
         "koree/walgahii.html": KOREE}

ROBOTS = """User-agent: *\r\nDisallow: /koree/\r\n"""

PDFS = {
    "unka/unka-tola-ooltotaa.pdf": ("Unka tola ooltotaa - Galma Oromoo", [
        ("title", "GALMA HAWAASA OROMOO"),
        ("title", "Unka tola ooltotaa"),
        ("p", "210 N Tyler St, Tyler, MN 56178 - (507) 555-0166"),
        ("p", "Maqaa: ______________________   Bilbila: _______________"),
        ("h", "Barsiisota Ingiliffaa"),
        ("p", "Haadholii fi maanguddootaaf Afaan Ingiliffaa barsiisuuf barsiisota Ingiliffaa barbaadna. Roobii "
              "galgala 6:00-7:30."),
        ("h", "Unka kana akkamitti deebisuu?"),
        ("p", "Unka kana waajjira keenyatti fidaa, yookaan suuraa kaasaa WhatsApp-n nuuf ergaa."),
    ]),
}

NEEDS = [
    N("tola-ooltota.html", ["barsiisota afaan oromoo"], "skilled", "om", ["om"], layout="definition_list"),
    N("tola-ooltota.html", ["konkolaachisaa"], "volunteer", "om", layout="definition_list"),
    N("barbaachisa.html", ["meeshaalee barbaachisan", "uffata ganna"], "donation", "om", layout="wish_list"),
    N("barbaachisa.html", ["kompiitaraa"], "donation", "om", layout="heading_paragraph"),
    N("barbaachisa.html", ["siree"], "donation", "om", layout="story", note="beds + carpet"),
    N("en/index.html", ["immigration lawyer", "immigration attorney"], "skilled", "en", layout="heading_paragraph"),
    N("en/index.html", ["youth soccer coach"], "volunteer", "en", layout="heading_paragraph"),
    N("unka/unka-tola-ooltotaa.pdf", ["barsiisota ingiliffaa"], "skilled", "om", ["en"], layout="pdf"),
]

TRAPS = [
    T("index.html", "hours", ["sa'aatii hojii"]),
    T("index.html", "service", ["tajaajila keenya"]),
    T("index.html", "event", ["ayyaana irreechaa"]),
    T("index.html", "general_appeal", ["arjooma maallaqaa"]),
    T("tola-ooltota.html", "filled", ["qophii nyaataa"], "guutameera"),
    T("tola-ooltota.html", "job", ["hojjetaa bulchiinsaa"]),
    T("barbaachisa.html", "filled", ["kitaabota"], "gahaa qabna, hin fidinaa"),
    T("en/index.html", "recap", ["coat drive"]),
    T("en/index.html", "bio", ["our chair"]),
    T("unka/unka-tola-ooltotaa.pdf", "how_to_apply", ["akkamitti deebisuu"]),
    T("koree/walgahii.html", "robots", ["herrega qoratu"]),
    T("koree/walgahii.html", "robots", ["konkolaataa maanguddootaa"]),
    T("koree/walgahii.html", "robots", ["koree dubartootaa"]),
]
