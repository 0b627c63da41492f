from common import N, T

SLUG = "mantorville-ibsaa-oromo-center"

NAV = """<header class="hdr">
 <a class="brand" href="/index.html">Ibsaa</a>
 <nav>
  <a href="/index.html">Fuula jalqabaa</a>
  <a href="/gargaarsa.html">Tola ooltummaa</a>
  <a href="/barbaachisa.html">Wantoota nu barbaachisan</a>
  <a href="/en/index.html">English</a>
 </nav>
</header>"""

FOOT = """<footer class="ftr">
 <div>Giddugala Hawaasa Oromoo Ibsaa &middot; 19 5th St E, Mantorville, MN 55955 &middot; (507) 555-0176</div>
 <div><a href="/xalayaa/oduu-sadaasa.pdf">Xalayaa oduu (PDF)</a> &middot; <a href="/suuraa/ayyaana-2024.html">Suuraa</a> &middot; <a href="/boordii/yaaii.html">Boordii</a></div>
</footer>"""


def page(lang, title, body):
    return """<!DOCTYPE html>
<html lang="%s">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>%s &mdash; Ibsaa</title>
<style>
body{font-family:system-ui;margin:0} .hdr,.ftr{background:#1c5d2a;color:#fff;padding:12px} .hdr a,.ftr a{color:#fff;margin-right:14px}
main{max-width:860px;margin:auto;padding:16px} dt{font-weight:700;margin-top:14px} .faq h3{margin-bottom:2px}
</style></head>
<body>
%s
<main>
%s
</main>
%s
</body>
</html>
""" % (lang, title, NAV, body, FOOT)


INDEX = page("om", "Fuula jalqabaa", """
<h1>Giddugala Hawaasa Oromoo Ibsaa</h1>
<p>Baga nagaan dhuftan! Ibsaan bara 2014 irraa jalqabee maatii Oromoo Mantorville, Kasson fi Dodge Center jiraatan
tajaajilaa jira.</p>

<h2>Sa'aatii hojii</h2>
<p>Wiixata hanga Kamisaatti, sa'aatii 10:00 ganama hanga 6:00 galgalaa. Jimaata fi Sanbata cufaa dha.</p>

<h2>Tajaajila keenya</h2>
<p>Maatii haaraa galmee mana barumsaa, unka inshuraansii fayyaa fi hojii barbaaduu irratti ni gargaarra.</p>

<h2>Ayyaana Irreechaa</h2>
<p>Ayyaanni Irreechaa Sanbata Onkoloolessa 4, qarqara laga Zumbro irratti ni kabajama. Hundi keessan affeeramtaniittu!</p>

<h2>Nu deeggaraa</h2>
<p>Arjummaan keessan kiraa manaa fi kaffaltii ibsaa kaffaluuf nu gargaara. Maallaqa xiqqoon illee jijjiirama fida.</p>

<aside class="news">
 <h3>Oduu haaraa</h3>
 <p><a href="/barbaachisa.html">Barattoonni keenya dorgommii barreeffamaa naannoo mo'atan</a> &mdash; dubbisi &raquo;</p>
</aside>
""")

GARGAARSA = page("om", "Tola ooltummaa", """
<h1>Tola ooltummaa: hojiiwwan banaa</h1>
<p>Hojii armaan gadii keessaa tokko hojjechuu yoo barbaaddan, waajjira keenyatti bilbilaa.</p>
<dl>
 <dt>Barsiisaa Afaan Oromoo ijoolleef</dt>
 <dd>Sanbata ganama ijoollee waggaa 5&ndash;12 qubee fi dubbisa barsiisuuf nama Afaan Oromoo sirriitti barreessuu
 danda'u barbaanna.</dd>

 <dt>Gargaartota kuusaa nyaataa</dt>
 <dd>Jimaata galgala qaphxii nyaataa maatiiwwaniif qopheessuuf namoota afur barbaanna.</dd>

 <dt>Hiiktuu hospitaalaa (Afaan Oromoo&ndash;Ingiliffaa)</dt>
 <dd>Argameera &mdash; galatoomaa! Amma nama dabalataa hin barbaannu.</dd>

 <dt>Ogeessa kompiitaraa</dt>
 <dd>Kompiitaroota giddugalaa shan haaromsuu fi sagantaalee fe'uuf nama ogummaa qabu barbaanna.</dd>

 <dt>Barreessaa waajjiraa (hojii kaffaltii qabu)</dt>
 <dd>Sa'aatii 20 torbanitti, doolaara 18 sa'aatiitti. CV keessan ergaa.</dd>
</dl>
""")

BARBAACHISA = page("om", "Wantoota nu barbaachisan", """
<h1>Wantoota nu barbaachisan</h1>

<h2>Meeshaalee nu barbaachisan</h2>
<ul>
 <li>Siree ijoollee</li>
 <li>Uffata qorraa ijoollee</li>
 <li>Meeshaa kushinaa (distii, bilaacha, qodaa)</li>
 <li>Kophee qorraa</li>
</ul>

<h2>Amma nu hir'ate</h2>
<p>Amma kuusaa keessatti daakuu fi zayitii nyaataa nu hir'ateera. Torbanitti maatiin 30 ol nu bira dhufu.</p>

<h2>Maatii Aadde Caaltuu</h2>
<p>Aadde Caaltuu fi ijoolleen ishee afur ji'a darbe Keeniyaa irraa dhufan. Manni isaanii duwwaa dha: siree, minjaala,
teessoo fi uffata qorraa hin qaban. Kan isaan gargaaruu dandeessan waajjira keenyatti bilbilaa.</p>

<h2>Kitaabota ijoollee</h2>
<p>Amma hin barbaachisu &mdash; kuusaan keenya guutuu dha. Galatoomaa!</p>

<h2>Dorgommii barreeffamaa</h2>
<p>Barattoonni keenya sadii dorgommii barreeffamaa naannoo Dodge County keessatti mo'ataniiru. Baga gammaddan!</p>

<h2>Galmee bara darbe</h2>
<p>Bara darbe maatii 120f kaardii kennaa nyaataa raabsine.</p>
""")

EN = page("en", "English", """
<h1>Ibsaa Oromo Community Center &ndash; in English</h1>
<div class="faq">
 <h3>Can I volunteer if I don't speak Afaan Oromoo?</h3>
 <p>Absolutely. Right now we most need drivers who can take families to appointments at the Mayo clinics in
 Rochester on weekday mornings. Gas is reimbursed.</p>

 <h3>Do you need tutors?</h3>
 <p>Not at the moment &ndash; our tutoring team is complete for the school year.</p>

 <h3>Is there a soccer team for kids?</h3>
 <p>Yes! The Ibsaa Lions play in the Dodge County rec league. We are looking for an assistant coach for the U12 girls'
 team; no experience needed, just patience and a whistle.</p>

 <h3>How do families sign up for help?</h3>
 <p>Stop by during office hours with an ID for each adult. A caseworker will sit down with you the same day.</p>

 <h3>Do you accept donations?</h3>
 <p>Yes &ndash; money gifts keep our doors open. You can give online through GiveMN or mail a check.</p>

 <h3>When are you open?</h3>
 <p>Monday to Thursday, 10 am to 6 pm.</p>
</div>
""")

BOORDII = page("om", "Boordii", """
<h1>Yaa'ii boordii &ndash; yaadannoo keessoo</h1>
<ul>
 <li>Nama mana fincaanii haaromsu barbaaduu.</li>
 <li>Konkolaataa xiqqaa kennaan argachuu.</li>
 <li>Miseensa boordii haaraa lama filachuu.</li>
</ul>
""")

PAGES = {"index.html": INDEX, "gargaarsa.html": GARGAARSA, "barbaachisa.html": BARBAACHISA, "en/index.html": EN,
         "boordii/yaaii.html": BOORDII}

ROBOTS = """User-agent: *
Disallow: /boordii/
"""

PDFS = {
    "xalayaa/oduu-sadaasa.pdf": ("Xalayaa Oduu Ibsaa - Sadaasa", [
        ("title", "XALAYAA ODUU IBSAA - SADAASA 2025"),
        ("p", "Giddugala Hawaasa Oromoo Ibsaa - 19 5th St E, Mantorville, MN 55955"),
        ("h", "Oduu giddugalaa"),
        ("p", "Ji'a kana barattoonni 40 barnoota Ingiliffaa galmaa'aniiru, walgahiin maatii mana barumsaa Kasson "
              "keessatti gaggeeffame. Akkasumas, waajjirri keenya herrega isaa sirriitti qabachuuf nama kitaaba "
              "herregaa (bookkeeping) beeku kan tola ooltummaan nu gargaaru barbaada; ji'atti sa'aatii lama qofa. "
              "Galmeen barnoota haaraa Amajjii keessa ni jalqaba."),
        ("h", "Sirna eebbaa"),
        ("p", "Sirni eebbaa barattoota Ingiliffaa Muddee 14, sa'aatii 2:00 booda waaree ni ta'a."),
        ("h", "Akkamitti gumaachuu dandeessu?"),
        ("p", "Maallaqa gumaachuuf chekii maqaa Ibsaa jedhuun barreessaa ykn GiveMN irratti kennaa."),
    ]),
}

NEEDS = [
    N("gargaarsa.html", ["barsiisaa afaan oromoo"], "skilled", "om", ["om"], layout="definition_list"),
    N("gargaarsa.html", ["kuusaa nyaataa"], "volunteer", "om", layout="definition_list"),
    N("gargaarsa.html", ["ogeessa kompiitaraa"], "skilled", "om", layout="definition_list"),
    N("barbaachisa.html", ["meeshaalee nu barbaachisan", "siree ijoollee"], "donation", "om", layout="wish_list",
      note="one need, four items"),
    N("barbaachisa.html", ["daakuu", "zayitii nyaataa"], "donation", "om", layout="short_on",
      note="'amma nu hir'ate' = now we are short of"),
    N("barbaachisa.html", ["aadde caaltuu"], "donation", "om", layout="story"),
    N("en/index.html", ["drivers"], "volunteer", "en", layout="faq_answer", note="gas reimbursed is not pay"),
    N("en/index.html", ["assistant coach"], "volunteer", "en", layout="faq_answer"),
    N("xalayaa/oduu-sadaasa.pdf", ["kitaaba herregaa", "bookkeeping"], "skilled", "om", layout="pdf",
      note="buried in a newsletter paragraph"),
]

TRAPS = [
    T("index.html", "hours", ["sa'aatii hojii"]),
    T("index.html", "service", ["tajaajila keenya"]),
    T("index.html", "event", ["ayyaana irreechaa"]),
    T("index.html", "general_appeal", ["nu deeggaraa"]),
    T("index.html", "blog", ["dorgommii barreeffamaa"]),
    T("gargaarsa.html", "filled", ["hiiktuu hospitaalaa"], "'Argameera' = has been found"),
    T("gargaarsa.html", "job", ["barreessaa waajjiraa"]),
    T("barbaachisa.html", "filled", ["kitaabota ijoollee"], "'amma hin barbaachisu' = not needed now"),
    T("barbaachisa.html", "recap", ["maatii 120f"]),
    T("barbaachisa.html", "recap", ["mo'ataniiru"]),
    T("en/index.html", "filled", ["do you need tutors"], "tutoring team is complete"),
    T("en/index.html", "how_to_apply", ["how do families sign up"]),
    T("en/index.html", "general_appeal", ["do you accept donations"]),
    T("en/index.html", "hours", ["when are you open"]),
    T("xalayaa/oduu-sadaasa.pdf", "event", ["sirna eebbaa"]),
    T("xalayaa/oduu-sadaasa.pdf", "general_appeal", ["akkamitti gumaachuu"]),
    T("boordii/yaaii.html", "robots", ["mana fincaanii"]),
    T("boordii/yaaii.html", "robots", ["konkolaataa xiqqaa"]),
    T("boordii/yaaii.html", "robots", ["miseensa boordii"]),
]
