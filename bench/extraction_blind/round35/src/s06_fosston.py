"""Fosston, MN: Biiftuu Oromo Community (made up). Hand-written HTML5, English + Afaan Oromoo."""
from common import N, T

SLUG = "fosston-biiftuu-oromo-community"


def head(lang, title):
    return """<!DOCTYPE html>
<html lang="%s">
<head>
<meta charset="utf-8">
<title>%s</title>
<style>
body{font-family:Verdana,sans-serif;margin:0;background:#fffaf0}
.top{background:#b22222;color:#fff;padding:12px 20px}
.top a{color:#fff;margin-right:14px}
.wrap{max-width:900px;margin:auto;padding:20px}
.items{display:flex;flex-wrap:wrap;gap:12px}
.item{flex:1 1 180px;border:1px solid #d2b48c;padding:10px;background:#fff}
table.sched td,table.sched th{border:1px solid #999;padding:4px 8px}
.ok{color:green}.no{color:#888}
</style>
</head>
<body>
<div class="top">
  <strong>Biiftuu Oromo Community</strong> &nbsp;
  <a href="/index.html">Home</a><a href="/news.html">News</a><a href="/om/tajaajila.html">Tajaajila</a><a href="/om/kennaa.html">Kennaa</a>
</div>
<div class="wrap">
""" % (lang, title)


FOOT = """</div>
<div class="wrap" style="font-size:12px;border-top:1px solid #ccc">
  Biiftuu Oromo Community &middot; 206 1st St E, Fosston, MN 56542 &middot; 218-555-0163 &middot; biiftuu.fosston@example.org<br>
  <a href="/om/unka.pdf">Unka galmee (PDF)</a> | <a href="/viidiyoo/ayyaana-2024.html">Viidiyoo</a> | <a href="/koree/yaada.html">Koree</a>
</div>
</body>
</html>
"""

INDEX = head("en", "Biiftuu Oromo Community - Fosston") + """
<h1>Biiftuu Oromo Community</h1>
<p><em>Biiftuu</em> means sunrise. We are about forty Oromo families in Fosston, Bagley and Crookston who came here to work in
the region's food plants and hospitals.</p>
<h2>What we offer</h2>
<p>We offer evening ESL classes, a driver's-permit study group, and help filling out rental and job applications.</p>
<h2>Office hours</h2>
<p>Tuesday and Thursday 4&ndash;8 pm, Saturday 10 am&ndash;2 pm.</p>
<h2>Irreecha thanksgiving, October 5</h2>
<p>We will gather by Lake Lomond at 10 am with grass and flowers, then share a meal at the community hall.</p>
<h2>Building fund</h2>
<p>We rent a small room above the hardware store. Help us save for a community hall of our own &mdash; every gift brings us
closer.</p>
""" + FOOT

TAJ = head("om", "Tajaajila tola ooltummaa") + """
<h1>Tajaajila tola ooltummaa</h1>
<p>Tola ooltota barbaanna! Hojii armaan gadii keessaa tokko filadhaa.</p>
<table class="sched">
  <tr><th>Hojii</th><th>Guyyaa</th><th>Sa'aatii</th><th>Bakka duwwaa</th><th>Haala</th></tr>
  <tr><td>Nyaata qopheessuu</td><td>Sanbata</td><td>9:00&ndash;12:00</td><td>3</td><td class="ok">Banaa</td></tr>
  <tr><td>Daa'imman eeguu</td><td>Kamiisa</td><td>6:00&ndash;8:00 galgala</td><td>2</td><td class="ok">Banaa</td></tr>
  <tr><td>Barsiisaa Afaan Oromoo</td><td>Sanbata</td><td>2:00&ndash;3:30</td><td>1</td><td class="ok">Banaa</td></tr>
  <tr><td>Galma miidhagsuu</td><td>Jimaata</td><td>5:00&ndash;7:00</td><td>0</td><td class="no">Guutuu</td></tr>
  <tr><td>Hiikaa mana yaalaa</td><td>&mdash;</td><td>&mdash;</td><td>0</td><td class="no">Nama argannee jirra, galatoomaa</td></tr>
</table>
<p>Barsiisaan Afaan Oromoo qubee fi dubbisuu ijoollee barsiisa; Afaan Oromoo sirriitti dubbachuu fi barreessuu danda'uu qaba.</p>
""" + FOOT

KEN = head("om", "Kennaa meeshaalee") + """
<h1>Kennaa meeshaalee</h1>
<h2>Wantoota nu barbaachisan</h2>
<div class="items">
  <div class="item"><b>Boorsaa barnootaa</b><br>ijoollee 25f</div>
  <div class="item"><b>Uffata ijoollee</b><br>umurii 2&ndash;10</div>
  <div class="item"><b>Saamunaa fi shaampoo</b><br>kamiyyuu</div>
  <div class="item"><b>Zayitii nyaataa</b><br>galaana 1</div>
</div>
<h2>Amma teessoon nu hir'ateera</h2>
<p>Galma barnootaa keenyaaf teessoo 40 nu barbaachisa. Teessoon dachaafamu (folding) gaarii dha.</p>
<h2>Bulluko</h2>
<p>Bulluko amma hin barbaachisu, galatoomaa! Kuusaan keenya guutuu dha.</p>
<h2>Maatii Obbo Tolasaa</h2>
<p>Obbo Tolasaa, haadha manaa isaa fi ijoolleen isaanii sadii ji'a darbe Crookston irraa as dhufan. Mana haaraa seenaniiru garuu
siree fi minjaala hin qaban. Kan gargaaruu dandeessan 218-555-0163 bilbilaa.</p>
""" + FOOT

NEWS = head("en", "News - Biiftuu") + """
<h1>News</h1>
<div class="post">
  <h2>Irreecha 2024: thank you</h2>
  <p>More than 150 people joined us at Lake Lomond last fall. Special thanks to the Fosston Lions for the tent.</p>
</div>
<div class="post">
  <h2>Winter update from the committee</h2>
  <p>The ESL class has grown to 22 students and moved to the library's big room. Our driver's-permit group celebrated six new
  permits in December. A church in Crookston has offered us a sofa, two dressers and a set of bunk beds for newly arrived
  families, but we still need someone with a pickup truck and a trailer to haul them to Fosston on a Saturday. Call Lensa if you
  can help. Finally, congratulations to the Abdi family on their new baby girl.</p>
</div>
<div class="post">
  <h2>We're hiring: community health worker</h2>
  <p>Paid position, 30 hours a week, funded by a Polk County grant. Must speak Afaan Oromoo and English.</p>
</div>
<div class="post">
  <h2>Meet our chair</h2>
  <p>Gammachuu Dhaba came to Minnesota in 2009 and works as a lab technician at the Fosston hospital.</p>
</div>
""" + FOOT

KOREE = head("om", "Koree - yaada walgahii") + """
<h1>Yaada walgahii koree (keessoo)</h1>
<ul>
  <li>Herregaa haaraa barbaanna.</li>
  <li>Kompiitara haaraa waajjiraaf.</li>
  <li>Qulqulleessaa galmaa torbanitti al tokko.</li>
</ul>
""" + FOOT

PAGES = {
    "index.html": INDEX,
    "om/tajaajila.html": TAJ,
    "om/kennaa.html": KEN,
    "news.html": NEWS,
    "koree/yaada.html": KOREE,
}

ROBOTS = "User-agent: *\r\nDisallow: /koree/\r\n\r\nUser-agent: CCBot\r\nDisallow: /\r\n"

PDFS = {
    "om/unka.pdf": ("Unka Galmee Tola Ooltotaa", [
        ("title", "Biiftuu Oromo Community - Unka Galmee Tola Ooltotaa"),
        ("p", "Maqaa: ____________________   Bilbila: ______________"),
        ("p", "Guyyaa isin mijatu: Wiixata / Kibxata / Roobii / Kamiisa / Jimaata / Sanbata"),
        ("gap", ""),
        ("h", "Gorsitoota dargaggootaa barbaanna"),
        ("p", "Dargaggoota keenya umurii 13-18 ta'aniif gorsitoota barbaanna. Ji'atti al lama walitti dhuftanii barnoota, "
              "hojii fi jireenya irratti haasofti. Afaan Oromoo fi Ingiliffaa dubbachuun gaarii dha."),
        ("gap", ""),
        ("h", "Unka kana deebisuuf"),
        ("p", "Unka kana waajjira keenyatti fidaa ykn suuraa kaasaatii 218-555-0163 tti ergaa."),
    ]),
}

NEEDS = [
    N("om/tajaajila.html", ["nyaata qopheessuu"], "volunteer", "om", layout="shift_table"),
    N("om/tajaajila.html", ["daa'imman eeguu"], "volunteer", "om", layout="shift_table"),
    N("om/tajaajila.html", ["barsiisaa afaan oromoo"], "skilled", "om", ["om"], layout="shift_table"),
    N("om/kennaa.html", ["wantoota nu barbaachisan", "boorsaa barnootaa"], "donation", "om", layout="item_cards",
      note="four item cards under one heading = one need"),
    N("om/kennaa.html", ["teessoo"], "donation", "om", layout="short_on", note="'hir'ateera' = we are short on"),
    N("om/kennaa.html", ["siree", "minjaala"], "donation", "om", layout="story"),
    N("om/unka.pdf", ["gorsitoota dargaggootaa"], "volunteer", "om", ["om", "en"], layout="pdf",
      note="speaking Afaan Oromoo and English is preferred"),
    N("news.html", ["pickup truck", "trailer"], "volunteer", "en", layout="newsletter_buried",
      note="haul donated furniture, buried in a committee update"),
]

TRAPS = [
    T("index.html", "service", ["what we offer"]),
    T("index.html", "hours", ["office hours"]),
    T("index.html", "event", ["irreecha thanksgiving"]),
    T("index.html", "general_appeal", ["building fund"]),
    T("om/tajaajila.html", "filled", ["galma miidhagsuu"], "Guutuu, 0 places"),
    T("om/tajaajila.html", "filled", ["hiikaa mana yaalaa"], "we found someone"),
    T("om/kennaa.html", "filled", ["bulluko"], "not needed now, store full"),
    T("om/unka.pdf", "how_to_apply", ["unka kana deebisuuf"]),
    T("news.html", "recap", ["irreecha 2024"]),
    T("news.html", "job", ["community health worker"]),
    T("news.html", "bio", ["gammachuu dhaba"]),
    T("koree/yaada.html", "robots", ["herregaa"]),
    T("koree/yaada.html", "robots", ["kompiitara"]),
    T("koree/yaada.html", "robots", ["qulqulleessaa galmaa"]),
]
