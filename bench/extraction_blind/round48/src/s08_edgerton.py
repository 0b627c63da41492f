"""Edgerton: Ifa Youth Club (Oromo and East African youth). Home page built as CSS-only tabs (radio inputs +
labels, all panels in the HTML); an Oromo page where each ask is one emoji-status paragraph (no list, no
headings); an Oromo news page; an Oromo PDF registration form."""
from common import N, T

SLUG = "edgerton-ifa-youth-club"


def page(lang, title, body):
    return """<!DOCTYPE html>
<html lang="{LANG}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{TITLE} &bull; Ifa Youth Club</title>
<style>
.tabs input{display:none}.tabs label{display:inline-block;padding:8px 16px;background:#eee;cursor:pointer}
.tabs .panel{display:none;padding:16px;border-top:3px solid #e4002b}
#t1:checked~#p1,#t2:checked~#p2,#t3:checked~#p3{display:block}
.st{font-size:1.2em}
</style>
</head>
<body>
<header class="bar"><a href="/index.html"><strong>IFA</strong> Youth Club</a>
<nav><a href="/index.html">Home</a> &middot; <a href="/gargaarsa.html">Gargaarsa</a> &middot; <a href="/oduu.html">Oduu</a>
&middot; <a href="/unka/unka-galmee-tola-ooltotaa.pdf">Unka galmee (PDF)</a></nav></header>
{BODY}
<footer><p>Ifa Youth Club &middot; meets at the Edgerton Public School annex, 515 2nd St W, Edgerton MN 56128 &middot;
(507) 555-0184 &middot; <a href="/koree/yaadannoo.html">Koree</a> &middot; <a href="/galerii/eebba-2024.html">Suuraalee eebbaa</a></p></footer>
</body>
</html>
""".replace("{LANG}", lang).replace("{TITLE}", title).replace("{BODY}", body)


INDEX = page("en", "Home", """
<h1>Ifa Youth Club</h1>
<div class="tabs">
<input type="radio" name="tab" id="t1" checked><label for="t1">About</label>
<input type="radio" name="tab" id="t2"><label for="t2">Programs</label>
<input type="radio" name="tab" id="t3"><label for="t3">Get involved</label>
<div class="panel" id="p1">
  <p><em>Ifa</em> means &ldquo;light&rdquo; in Afaan Oromoo. We are a youth club for Oromo and other East African
  kids in Edgerton, Pipestone and Chandler, started in 2016 by parents who work at the area plants.</p>
</div>
<div class="panel" id="p2">
  <h3>Saturday soccer league</h3>
  <p>Ages 8&ndash;16, free, cleats and shin guards lent for the season.</p>
  <h3>Homework hour</h3>
  <p>Monday to Thursday, 3:30&ndash;5:00, at the Edgerton Public Library. Snacks included.</p>
  <h3>Open gym</h3>
  <p>Fridays 6&ndash;9 pm in the school annex gym.</p>
</div>
<div class="panel" id="p3">
  <h4><span class="st">&#128994;</span> Assistant coaches &ndash; U12 girls</h4>
  <p>The girls&rsquo; team has 22 players and one coach. We need two more adults at Tuesday and Thursday practice.</p>
  <h4><span class="st">&#128994;</span> Math tutors</h4>
  <p>Our 8th&ndash;10th graders are stuck on algebra and geometry. One afternoon a week during homework hour.</p>
  <h4><span class="st">&#9989;</span> Gym monitor</h4>
  <p>Covered for this season &ndash; thank you, Abdi and Lensa!</p>
  <h4>Sponsor a jersey</h4>
  <p>$25 puts one kid in a team jersey with their name on the back.</p>
</div>
</div>
""")

GARGAARSA = page("om", "Gargaarsa", """
<h1>Gargaarsa nu barbaachisu</h1>
<p>&#128994; = amma barbaachisa &nbsp; &#128308; = cufameera &nbsp; &#9898; = hin barbaachisu</p>
<p>&#128994; <b>Barsiisaa Afaan Oromoo</b> &mdash; Ijoollee umurii 6&ndash;10 Afaan Oromoo dubbisuu fi barreessuu
barsiisuuf, Dilbata sa&rsquo;aatii 2&ndash;4. Nama afaan kana sirriitti beeku barbaanna.</p>
<p>&#128994; <b>Warra konkolaataa qaban</b> &mdash; Sanbata dhufu ijoollee 14 gara dorgommii kubbaa miilaa
Worthington geessuuf konkolaattota sadii barbaanna. Kaffaltiin boba&rsquo;aa ni kennama.</p>
<p>&#128308; <b>Nyaata qopheessuu (ayyaana eebbaa)</b> &mdash; Cufameera. Haadholiin ga&rsquo;aan
galmaa&rsquo;aniiru. Galatoomaa!</p>
<p>&#128994; <b>Kophee kubbaa miilaa fi kubbaa</b> &mdash; Kophee (cleats) lakkoofsa 1 hanga 8 fi kubbaa
lakkoofsa 4 fi 5 barbaanna. Kan itti fayyadamame illee ni fudhanna.</p>
<p>&#9898; <s>Uffata ispoortii</s> &mdash; Kana booda hin barbaachisu.</p>
<h2>Akkamitti galmaa&rsquo;uu</h2>
<p>Unka galmee PDF kana buufadhaa, guuttaa, Kamisa kamiyyuu homework hour irratti nuuf kennaa.</p>
""")

ODUU = page("om", "Oduu", """
<h1>Oduu</h1>
<article><h2>Ayyaana eebbaa 2024</h2>
<p>Waxabajjii darbe barattoonni 9 sadarkaa 12ffaa xumuranii eebbifamaniiru. Maatiin 200 ol ayyaana kana irratti
argamaniiru.</p></article>
<article><h2>Maatii Obbo Tolasaa</h2>
<p>Maatiin Obbo Tolasaa ijoollee shanii wajjin ji&rsquo;a darbe Edgerton galan. Manni isaanii siree hin qabu;
ijoolleen lafa irra ciciisu. Akkasumas ijoolleen uffata qorraa, jaakeetii fi kophee hin qaban. Kan gargaaruu
danda&rsquo;u Caaltuu (507) 555-0184 bilbilaa.</p></article>
<article><h2>Kompiitara suphuu</h2>
<p>Kutaa barnootaa keenya keessa kompiitarri 5 jiru, 3 hojii hin hojjetan. Nama kompiitara suphuu danda&rsquo;u,
sa&rsquo;aatii muraasaaf nu gargaaru barbaanna.</p></article>
<article><h2>Walgahii maatii</h2>
<p>Wiixata, Mudde 9, sa&rsquo;aatii 6:30 galgala, galma mana barumsaa. Maatiin hundi ni affeeramu.</p></article>
""")

KOREE = page("om", "Koree", """
<h1>Yaadannoo Koree (keessoo)</h1>
<ul>
<li>Leenjisaa kubbaa miilaa dabalataa barbaachisa &ndash; gurbaa U14.</li>
<li>Deeggarsa bishaanii fi nyaata salphaa mana daldalaa Casey&rsquo;s irraa gaafachuu.</li>
<li>Nama herrega qabu (treasurer) haaraa barbaaduu.</li>
</ul>
""")

PAGES = {"index.html": INDEX, "gargaarsa.html": GARGAARSA, "oduu.html": ODUU, "koree/yaadannoo.html": KOREE}

ROBOTS = "User-agent: *\r\nDisallow: /koree/\r\n"

PDFS = {
    "unka/unka-galmee-tola-ooltotaa.pdf": ("Unka Galmee Tola Ooltotaa - Ifa Youth Club", [
        ("title", "Unka Galmee Tola Ooltotaa - Ifa Youth Club"),
        ("p", "Maqaa: ______________________   Bilbila: ____________________"),
        ("p", "Afaan dubbattu: ______________________"),
        ("h", "Hojii amma barbaachisu"),
        ("p", "Suuraa kaasaa: ayyaana eebbaa Waxabajjii 2025 irratti suuraa fi viidiyoo kaasuuf nama kaameraa "
              "qabu fi muuxannoo qabu tokko barbaanna."),
        ("h", "Ayyaana eebbaa 2025"),
        ("p", "Sanbata, Waxabajjii 14, 2025, mana barumsaa Edgerton. Maatiin hundi ni affeeramu; nyaata aadaa "
              "fidaa."),
        ("h", "Unka kana deebisuuf"),
        ("p", "Unka guutame Kamisa kamiyyuu homework hour irratti kennaa, yookaan suuraa kaasaa gara "
              "ifayouth@example.org ergaa."),
    ]),
}

NEEDS = [
    N("index.html", ["assistant coaches"], "volunteer", "en", layout="css_tabs_emoji"),
    N("index.html", ["math tutors"], "skilled", "en", layout="css_tabs_emoji"),
    N("gargaarsa.html", ["barsiisaa afaan oromoo"], "skilled", "om", ["om"], layout="emoji_paragraphs"),
    N("gargaarsa.html", ["warra konkolaataa qaban", "konkolaattota"], "volunteer", "om", layout="emoji_paragraphs",
      note="fuel paid back; still a volunteer ask"),
    N("gargaarsa.html", ["kophee kubbaa miilaa"], "donation", "om", layout="emoji_paragraphs"),
    N("oduu.html", ["maatii obbo tolasaa", "siree"], "donation", "om", layout="story"),
    N("oduu.html", ["kompiitara suphuu"], "skilled", "om", layout="heading_paragraph"),
    N("unka/unka-galmee-tola-ooltotaa.pdf", ["suuraa kaasaa"], "skilled", "om", layout="pdf",
      note="photographer for graduation"),
]

TRAPS = [
    T("index.html", "service", ["saturday soccer league"]),
    T("index.html", "service", ["homework hour"]),
    T("index.html", "hours", ["open gym"]),
    T("index.html", "filled", ["gym monitor"], "covered for this season"),
    T("index.html", "general_appeal", ["sponsor a jersey"]),
    T("gargaarsa.html", "filled", ["nyaata qopheessuu"], "cufameera"),
    T("gargaarsa.html", "filled", ["uffata ispoortii"], "struck through; kana booda hin barbaachisu"),
    T("gargaarsa.html", "how_to_apply", ["akkamitti galmaa'uu"]),
    T("oduu.html", "recap", ["ayyaana eebbaa 2024"]),
    T("oduu.html", "event", ["walgahii maatii"]),
    T("unka/unka-galmee-tola-ooltotaa.pdf", "event", ["ayyaana eebbaa 2025"], "bring traditional food"),
    T("unka/unka-galmee-tola-ooltotaa.pdf", "how_to_apply", ["unka kana deebisuuf"]),
    T("koree/yaadannoo.html", "robots", ["leenjisaa kubbaa miilaa"]),
    T("koree/yaadannoo.html", "robots", ["deeggarsa bishaanii"]),
    T("koree/yaadannoo.html", "robots", ["herrega qabu"]),
]
