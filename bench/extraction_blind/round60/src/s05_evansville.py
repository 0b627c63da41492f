"""Site 5: Ifa Boruu Oromo Community Center, Evansville. Hand-written CSS; Oromo shift table + donation page;
English news with a family story; Oromo PDF form."""
from common import need, trap

SLUG = "evansville-ifa-boruu-oromo-center"
TOWN = "evansville"

ROBOTS = "User-agent: *\r\nDisallow: /koree/\r\n\r\nUser-agent: CCBot\r\nDisallow: /\r\n"


def head(title, lang):
    return """<!DOCTYPE html>
<html lang="%s">
<head>
<meta charset="utf-8">
<title>%s &middot; Ifa Boruu</title>
<style>
body{font-family:Verdana,sans-serif;margin:0;background:#fafaf5;color:#222}
header{background:#c8102e;color:#fff;padding:14px 24px}
header a{color:#fff;margin-right:14px}
main{max-width:860px;margin:20px auto;padding:0 16px}
table.sched{border-collapse:collapse;width:100%%}
table.sched td,table.sched th{border:1px solid #ccc;padding:6px}
.full{color:#888;font-weight:bold}
.open{color:#1a7f37;font-weight:bold}
footer{font-size:12px;color:#666;text-align:center;padding:20px}
</style>
</head>
<body>
<header>
 <strong>IFA BORUU</strong> &middot; Giddugala Hawaasa Oromoo &middot; Evansville, MN<br>
 <a href="/">Home</a><a href="/tola-ooltummaa.html">Tola Ooltummaa</a><a href="/kennaa.html">Kennaa</a><a href="/news.html">News</a>
</header>
<main>
""" % (lang, title)


FOOT = """
</main>
<footer>Ifa Boruu Oromo Community Center &middot; 209 Main St, Evansville, MN 56326 &middot; (320) 555-0153 &middot; ifaboruu@ifaboruu-mn.org<br>
<a href="/koree/yaa-ii.html">Koree (miseensota)</a> &middot; <a href="/suuraa/ayyaana-2025.html">Suuraa</a></footer>
</body>
</html>
"""

INDEX = head("Home", "en") + """
<h1>Welcome &mdash; Baga nagaan dhuftan</h1>
<p>Ifa Boruu (&ldquo;light of tomorrow&rdquo;) brings Oromo families in Douglas and Grant counties together for school, culture and mutual help.</p>
<h2>Programs</h2>
<p>Our Saturday Oromo language school for children ages 5&ndash;14 is free. We also help families with school enrollment and medical paperwork.</p>
<h2>Center hours</h2>
<p>Tuesday&ndash;Friday 1&ndash;7 pm, Saturday 9 am&ndash;2 pm.</p>
<h2>Get involved</h2>
<p>We are looking for volunteers of every kind. See <a href="/tola-ooltummaa.html">Tola Ooltummaa</a> (in Afaan Oromoo) or download the <a href="/unka-tola-ooltummaa.pdf">volunteer form</a>.</p>
<p><a href="/kennaa.html">Support Ifa Boruu</a> with a gift today.</p>
""" + FOOT

VOLUNTEER = head("Tola Ooltummaa", "om") + """
<h1>Tola Ooltummaa</h1>
<p>Tola ooltota ni barbaadna! Sagantaa armaan gadii ilaalaa, achiis Caaltuu Gammachuu (320) 555-0153 bilbilaa.</p>
<table class="sched">
<tr><th>Hojii</th><th>Yeroo</th><th>Ibsa</th><th>Iddoo hafe</th></tr>
<tr><td>Barsiisota Afaan Oromoo (ijoollee)</td><td>Sanbata, 10:00&ndash;12:00</td><td>Ijoollee Afaan Oromoo dubbisuu fi barreessuu barsiisuu.</td><td class="open">2 hafe</td></tr>
<tr><td>Nyaata qopheessuu</td><td>Dilbata</td><td>Nyaata hawaasaa qopheessuu.</td><td class="full">GUUTUU DHA</td></tr>
<tr><td>Geejjiba maanguddootaa</td><td>Kamisa</td><td>Maanguddoota gara mana yaalaa geessuu. Konkolaataa fi hayyama konkolaachisuu qabaachuu qabdu.</td><td class="open">1 hafe</td></tr>
<tr><td>Kunuunsa daa'immanii</td><td>Roobii galgala</td><td>Yeroo haadholiin barnoota Ingiliffaa irra jiranitti daa'imman eeguu.</td><td class="open">3 hafe</td></tr>
<tr><td>Kursii qindeessuu</td><td>Sanbata</td><td>Walgahii booda kursii fi minjaala sassaabuu.</td><td class="full">Namni gahaan jira, galatoomaa</td></tr>
<tr><td>Hojjetaa waajjiraa</td><td>Torbanitti sa'aatii 25</td><td>Hojii kaffaltii qabu: mindaa ni argata.</td><td>Iyyadhaa</td></tr>
</table>
<p>Unka tola ooltummaa: <a href="/unka-tola-ooltummaa.pdf">PDF</a>.</p>
""" + FOOT

DONATE = head("Kennaa", "om") + """
<h1>Kennaa</h1>
<h2>Meeshaalee barnootaa nu barbaachisan</h2>
<ul><li>Kitaabota daa'immanii</li><li>Qalama fi waraqaa</li><li>Korojoo (backpack)</li><li>Kaalkuleetara</li></ul>
<h2>Maatii ijoollee afurii</h2>
<p>Maatiin ijoollee afur qabu tokko ji'a kana mana haaraa seene. Manni isaanii duwwaa dha. Siree fi minjaala nyaataa isaan barbaachisa.</p>
<h2>Uffata bonaa</h2>
<p>Ammaaf hin barbaachisu. Galatoomaa!</p>
<h3>Wantoota hin fudhannu</h3>
<ul><li>Uffata tortoraa</li><li>Qoricha</li><li>Nyaata banamee</li></ul>
<p>Maallaqaan nu gargaaraa: <a href="https://give.example/ifaboruu">kennaa maallaqaa</a>.</p>
""" + FOOT

NEWS = head("News", "en") + """
<h1>News from the center</h1>
<article>
<h2>Boontu&rsquo;s laundry day</h2>
<p>Boontu, 67, is raising her three grandchildren in a two-bedroom apartment on the east side. Her washing machine broke in June, and since then she has washed clothes for four people by hand in the bathtub. A working washing machine would change her week. If you have one to give, or can help us buy one, call the center.</p>
</article>
<article>
<h2>Seeking: volunteer immigration attorney</h2>
<p>Families ask us every week about green cards, family petitions and asylum hearings. We are seeking a licensed immigration attorney who could give one evening a month to answer questions at the center. Interpreters are provided.</p>
</article>
<article>
<h2>Oromo Community Day</h2>
<p>Saturday, August 9, at the city park. Music, coffee ceremony and a youth soccer tournament. Everyone is welcome!</p>
</article>
<article>
<h2>Job opening</h2>
<p>Community Health Worker &mdash; paid, 30 hrs/week, Afaan Oromoo required. Send a letter and r&eacute;sum&eacute; to the office by October 1.</p>
</article>
<article>
<h2>Thank you</h2>
<p>Ramadan food boxes reached 140 families this year. Galatoomaa to every donor and driver!</p>
</article>
""" + FOOT

COMMITTEE = head("Koree", "om") + """
<h1>Yaa'ii Koree &mdash; miseensota qofaaf</h1>
<p>Dhimmoota ji'a itti aanuuf:</p>
<ol>
<li>Barreessaa haaraa filachuu.</li>
<li>Kiraa galmaa kaffaluuf maallaqa walitti qabuu.</li>
<li>Konkolaataa xiqqaa (van) bituu.</li>
</ol>
""" + FOOT

PAGES = {
    "index.html": INDEX,
    "tola-ooltummaa.html": VOLUNTEER,
    "kennaa.html": DONATE,
    "news.html": NEWS,
    "koree/yaa-ii.html": COMMITTEE,
}

PDFS = {
    "unka-tola-ooltummaa.pdf": ("Unka Tola Ooltummaa", [
        ("title", "Ifa Boruu - Unka Tola Ooltummaa"),
        ("p", "Maqaa: ______________________   Bilbila: ______________________"),
        ("p", "Afaan dubbattu: ______________________"),
        ("h", "Hiiktota barbaadna"),
        ("p", "Hiiktota Afaan Oromoo fi Ingiliffaa dubbatan barbaadna. Maanguddoota waliin mana yaalaa fi "
              "mana murtii deemuu. Ji'atti yeroo lama ykn sadii."),
        ("h", "Walgahii tola ooltotaa"),
        ("p", "Walgahii tola ooltotaa: Sanbata, Fulbaana 20, sa'aatii 3:00 booda saatii. Buna fi ittoo ni jira."),
        ("h", "Akkaataa unka kana deebisuu"),
        ("p", "Unka kana waajjira keessatti kennaa, yookaan suuraa kaasaa gara 320-555-0153 ergaa."),
    ]),
}

NEEDS = [
    need("tola-ooltummaa.html", ["barsiisota afaan oromoo"], "skilled", "om", ["om"], layout="shift_table"),
    need("tola-ooltummaa.html", ["geejjiba maanguddootaa"], "volunteer", "om", layout="shift_table"),
    need("tola-ooltummaa.html", ["kunuunsa daa'immanii"], "volunteer", "om", layout="shift_table"),
    need("kennaa.html", ["meeshaalee barnootaa", "kitaabota daa'immanii"], "donation", "om", layout="wish_list"),
    need("kennaa.html", ["siree", "minjaala nyaataa", "maatii ijoollee afurii"], "donation", "om", layout="story"),
    need("unka-tola-ooltummaa.pdf", ["hiiktota"], "skilled", "om", ["om", "en"], layout="pdf"),
    need("news.html", ["washing machine"], "donation", "en", layout="story"),
    need("news.html", ["immigration attorney"], "skilled", "en", layout="seeking"),
]

TRAPS = [
    trap("index.html", "service", ["saturday oromo language school"]),
    trap("index.html", "hours", ["center hours"]),
    trap("index.html", "general_appeal", ["looking for volunteers of every kind"], "pointer, no role"),
    trap("index.html", "general_appeal", ["support ifa boruu"]),
    trap("tola-ooltummaa.html", "filled", ["nyaata qopheessuu"], "GUUTUU DHA"),
    trap("tola-ooltummaa.html", "filled", ["kursii qindeessuu"], "namni gahaan jira"),
    trap("tola-ooltummaa.html", "job", ["hojjetaa waajjiraa"], "mindaa ni argata"),
    trap("kennaa.html", "filled", ["uffata bonaa"], "ammaaf hin barbaachisu"),
    trap("kennaa.html", "not_accepted", ["wantoota hin fudhannu"]),
    trap("kennaa.html", "general_appeal", ["maallaqaan nu gargaaraa"]),
    trap("news.html", "event", ["oromo community day"]),
    trap("news.html", "job", ["community health worker"]),
    trap("news.html", "recap", ["ramadan food boxes"]),
    trap("koree/yaa-ii.html", "robots", ["barreessaa haaraa"]),
    trap("koree/yaa-ii.html", "robots", ["kiraa galmaa"]),
    trap("koree/yaa-ii.html", "robots", ["konkolaataa xiqqaa"]),
    trap("unka-tola-ooltummaa.pdf", "event", ["walgahii tola ooltotaa"]),
    trap("unka-tola-ooltummaa.pdf", "how_to_apply", ["akkaataa unka kana deebisuu"]),
]
