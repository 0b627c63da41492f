"""Site 7: Wood Lake Oromo Community Association (static-site-generator look). English home,
<details> accordion of roles, Oromo page with wish list and family story, English news,
Oromo PDF volunteer form."""
from common import N, T

SLUG = "wood-lake-oromo-community"

_HEAD = """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="generator" content="Hugo 0.121.1">
<title>{title} · Wood Lake Oromo Community</title>
<link rel="stylesheet" href="/css/main.min.5f2c1e.css">
</head>
<body>
<header class="site-header">
  <a class="logo" href="/">WLOCA <small>Waldaa Hawaasa Oromoo Wood Lake</small></a>
  <nav>
    <ul>
      <li><a href="/">Home</a></li>
      <li><a href="/volunteer.html">Volunteer</a></li>
      <li><a href="/news.html">News</a></li>
      <li><a href="/oromiffa.html">Afaan Oromoo</a></li>
    </ul>
  </nav>
</header>
<main class="content">
"""

_FOOT = """</main>
<footer class="site-footer">
  <p>Wood Lake Oromo Community Association · 188 Front St, Wood Lake, MN 56297 · (507) 555-0124 · <a href="mailto:info@oromowoodlake.org">info@oromowoodlake.org</a></p>
  <p><a href="/koree/">Koree (board)</a> · <a href="/oduu/gabaasa-2023.html">2023 annual report</a></p>
</footer>
</body>
</html>
"""


def _page(title, body, lang="en"):
    return _HEAD.format(title=title, lang=lang) + body + _FOOT


INDEX = _page("Home", """
<section class="hero">
  <h1>Welcome &middot; Baga nagaan dhuftan</h1>
  <p>About 60 Oromo families live in and around Wood Lake, Echo and Granite Falls. We started meeting in 2012 in a church basement; now we rent a small hall on Front Street.</p>
</section>
<section class="grid-3">
  <div><h2>Office hours</h2><p>Saturdays 10:00&ndash;2:00, or call for an appointment.</p></div>
  <div><h2>What we do</h2><p>Interpretation for families, a youth soccer league, and an Afaan Oromoo Saturday school for children.</p></div>
  <div><h2>Oromo Day picnic</h2><p>Sunday, August 3, at Wood Lake city park. Buna (coffee ceremony) at noon.</p></div>
</section>
<section>
  <h2>Our chair</h2>
  <p>Obbo Tolasa Gemechu works nights at the turkey plant and has chaired the association since 2019.</p>
</section>
""")

VOLUNTEER = _page("Volunteer", """
<h1>Volunteer with WLOCA</h1>
<p><strong>How to volunteer:</strong> fill in the <a href="/unka-tola-ooltummaa.pdf">volunteer form (PDF, Afaan Oromoo)</a> and bring it any Saturday, or just tell us at the office.</p>
<p>Click a role to read more.</p>
<details open>
  <summary>Youth soccer coaches</summary>
  <p>Coach our U10 and U12 teams: practice Tuesday and Thursday at 6, games on Saturdays. We will pay for the coaching course.</p>
</details>
<details>
  <summary>Afaan Oromoo reading circle leader</summary>
  <p>Read with children ages 6&ndash;11 on Saturday mornings. You must read and write Afaan Oromoo (Qubee) well.</p>
</details>
<details>
  <summary>Interpreters for parent-teacher conferences</summary>
  <p>Oromo&ndash;English, two evenings in October and two in March at the elementary school.</p>
</details>
<details>
  <summary>Tax-season helper</summary>
  <p>Help families gather their papers before their free tax appointment. No tax knowledge needed, just patience and a phone.</p>
</details>
<details>
  <summary>Hall setup crew for Oromo Day</summary>
  <p>Taken care of &mdash; the youth group is doing setup this year. Thank you!</p>
</details>
<details>
  <summary>Grants manager (part-time, paid)</summary>
  <p>15 hours a week, $24/hour, funded by a county grant. Send a letter and r&eacute;sum&eacute; to the board.</p>
</details>
""")

OROMIFFA = _page("Afaan Oromoo", """
<h1>Waldaa Hawaasa Oromoo Wood Lake</h1>
<p><strong>Sa'aatii hojii:</strong> Sanbata 10:00 &ndash; 2:00.</p>
<p><strong>Tajaajila keenya:</strong> hiikkaa maatiif, kubbaa miilaa ijoollee, fi mana barumsaa Sanbataa Afaan Oromoo.</p>

<h2>Tola ooltota ni barbaadna</h2>
<h3>Namoota nyaata qopheessan</h3>
<p>Ayyaana Irreechaa irratti nyaata qopheessuuf namoota shan barbaadna. Dilbata ganama sa'aatii 8:00 irraa jalqabna.</p>
<h3>Gargaartota mana barumsaa Sanbataa</h3>
<p><em>Amma hin barbaachisu. Galatoomaa!</em></p>

<h2>Meeshaalee barbaachisan</h2>
<ul>
  <li>Kitaabota ijoollee Afaan Oromootiin</li>
  <li>Qalama fi waraqaa</li>
  <li>Boorsaa barumsaa (backpacks)</li>
  <li>Kompiitara laptop tokko</li>
</ul>

<h2>Maatii Obbo Gammachuu</h2>
<p>Maatiin haaraan ijoollee afur qabu ji'a darbe Wood Lake dhufe. Manni isaanii duwwaa dha. Siree, uffata qorraa fi meeshaa kushinaa ni barbaadu. Kan gargaaruu danda'u waajjira keenya haa bilbilu.</p>

<h2>Hin fudhannu</h2>
<p>Uffata ciccitaa, nyaata banamee fi meeshaa hojii hin hojjenne.</p>

<h2>Irreecha 2025</h2>
<p>Onkoloolessa 5, haroo Wood Lake biratti. Hundi keessan affeeramtaniittu.</p>
""", lang="om")

NEWS = _page("News", """
<h1>News</h1>
<article>
  <h2>Thank you for a great Irreecha 2024</h2>
  <p>More than 300 guests came to the lake. Thank you to everyone who cooked, drove and cleaned up.</p>
</article>
<article>
  <h2>Youth news</h2>
  <p>Our soccer teams are growing fast: 48 kids this spring, up from 30. We are short on cleats and shin guards in kids' sizes &mdash; please drop off used pairs at the Saturday school.</p>
</article>
<article>
  <h2>Board corner</h2>
  <p>Families keep asking us about green cards and family petitions. We are looking for a volunteer with immigration-law experience (an attorney or an accredited representative) to hold a monthly question-and-answer evening at the hall.</p>
</article>
<article class="teaser">
  <h2><a href="/news.html#coach">Why I volunteer: a coach's story</a></h2>
  <p>Abdi started coaching when his son's team had nobody&hellip;</p>
</article>
<aside class="appeal">
  <h2>Community center fund</h2>
  <p>Help us buy a building of our own. Every gift counts.</p>
</aside>
""")

KOREE = _page("Koree", """
<h1>Koree Hoji Raawwachiiftuu (miseensota qofa)</h1>
<ul>
  <li>Herreega (accountant) tola ooltuu barbaadna.</li>
  <li>Kiraa galmaa kaffaluuf maallaqa walitti qabuu.</li>
  <li>Barreessaa haaraa Fulbaana keessa filachuu.</li>
</ul>
""", lang="om")

PAGES = {
    "index.html": INDEX,
    "volunteer.html": VOLUNTEER,
    "oromiffa.html": OROMIFFA,
    "news.html": NEWS,
    "koree/index.html": KOREE,
}

ROBOTS = "User-agent: *\r\nDisallow: /koree/\r\n\r\nUser-agent: CCBot\r\nDisallow: /\r\n"

PDFS = {
    "unka-tola-ooltummaa.pdf": ("Unka Tola-ooltummaa", [
        ("title", "UNKA TOLA-OOLTUMMAA"),
        ("p", "Waldaa Hawaasa Oromoo Wood Lake - 188 Front St, Wood Lake, MN 56297"),
        ("gap", ""),
        ("h", "Amma kan barbaachisu"),
        ("p", "Gargaartota geejjibaa barbaadna: maanguddoota gara hospitaalaa fi mana qorichaa geessuuf, "
              "torbanitti si'a tokko. Konkolaataa fi hayyama konkolaachisuu qabaachuu qabdu. Baasii "
              "boba'aa ni kaffalla."),
        ("h", "Odeeffannoo kee"),
        ("p", "Maqaa: ________________________   Bilbila: ________________________"),
        ("p", "Email: ________________________   Afaan: Afaan Oromoo [ ]  English [ ]  Amharic [ ]"),
        ("p", "Guyyoota: Wiixata [ ]  Kibxata [ ]  Roobii [ ]  Kamiisa [ ]  Jimaata [ ]  Sanbata [ ]"),
        ("gap", ""),
        ("p", "Unka kana Sanbata waajjiratti fidaa ykn email godhaa: tola@oromowoodlake.org"),
    ]),
}

NEEDS = [
    N("volunteer.html", ["youth soccer coaches"], "volunteer", "en",
      layout="accordion", note="course paid for = training, not wage"),
    N("volunteer.html", ["reading circle leader"], "skilled", "en", ["om"],
      layout="accordion"),
    N("volunteer.html", ["parent-teacher conferences", "interpreters for parent-teacher"], "skilled", "en", ["om", "en"],
      layout="accordion"),
    N("volunteer.html", ["tax-season helper"], "volunteer", "en",
      layout="accordion"),
    N("oromiffa.html", ["namoota nyaata qopheessan"], "volunteer", "om",
      layout="heading_paragraph", note="cooks for the Irreecha festival"),
    N("oromiffa.html", ["meeshaalee barbaachisan", "kitaabota ijoollee"], "donation", "om",
      layout="wish_list"),
    N("oromiffa.html", ["maatii obbo gammachuu", "siree"], "donation", "om",
      layout="story"),
    N("news.html", ["cleats", "shin guards"], "donation", "en",
      layout="short_on", note="'we are short on' inside a news article"),
    N("news.html", ["immigration-law experience", "accredited representative"], "skilled", "en",
      layout="newsletter_buried"),
    N("unka-tola-ooltummaa.pdf", ["gargaartota geejjibaa"], "volunteer", "om",
      layout="pdf", note="drivers for elders; fuel paid"),
]

TRAPS = [
    T("index.html", "hours", ["office hours"]),
    T("index.html", "service", ["what we do", "saturday school"]),
    T("index.html", "event", ["oromo day picnic"]),
    T("index.html", "bio", ["our chair", "tolasa gemechu"]),
    T("volunteer.html", "how_to_apply", ["how to volunteer"]),
    T("volunteer.html", "filled", ["hall setup crew"], note="'Taken care of'"),
    T("volunteer.html", "job", ["grants manager"], note="paid"),
    T("oromiffa.html", "hours", ["sa'aatii hojii"]),
    T("oromiffa.html", "service", ["tajaajila keenya"]),
    T("oromiffa.html", "filled", ["gargaartota mana barumsaa"], note="'Amma hin barbaachisu' = not needed now"),
    T("oromiffa.html", "not_accepted", ["hin fudhannu"]),
    T("oromiffa.html", "event", ["irreecha 2025"]),
    T("news.html", "recap", ["great irreecha 2024", "300 guests"]),
    T("news.html", "blog", ["why i volunteer"]),
    T("news.html", "general_appeal", ["community center fund"]),
    T("unka-tola-ooltummaa.pdf", "how_to_apply", ["unka kana"]),
    T("koree/index.html", "robots", ["herreega"]),
    T("koree/index.html", "robots", ["kiraa galmaa"]),
    T("koree/index.html", "robots", ["barreessaa haaraa"]),
]
