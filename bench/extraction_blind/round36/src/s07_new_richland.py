from common import N, T

SLUG = "new-richland-bokkuu-oromo-center"

HEAD = """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<link rel="stylesheet" href="/assets/main.css">
<style>
 .cards{{display:flex;flex-wrap:wrap;gap:16px}} .card{{flex:1 1 240px;border:1px solid #c9d6c2;padding:14px;border-radius:6px}}
 .pill{{font-size:11px;text-transform:uppercase;padding:2px 7px;border-radius:20px}} .pill.taken{{background:#ccc}} .pill.paid{{background:#fde68a}}
</style>
</head>
<body>
<nav class="bar">
 <a class="home" href="/">Bokkuu</a>
 <a href="/volunteer.html">Volunteer</a>
 <a href="/gargaarsa.html" hreflang="om">Gargaarsa</a>
 <a href="/oduu.html" hreflang="om">Oduu</a>
 <a href="/galmee.pdf">Unka galmee (PDF)</a>
</nav>
<div class="container">
"""

FOOT = """
</div>
<footer class="foot">
 <p>Bokkuu Oromo Community Center &middot; 211 N Broadway Ave, New Richland, MN 56072 &middot; 507-555-0156 &middot; <a href="mailto:info@bokkuucenter.example">info@bokkuucenter.example</a></p>
 <p><a href="/koree/yaada.html">Koree</a> &middot; <a href="https://www.youtube.com/@bokkuucenter.example">YouTube</a></p>
</footer>
</body>
</html>
"""


def page(lang, title, body):
    return HEAD.format(lang=lang, title=title) + body + FOOT


PAGES = {}

PAGES["index.html"] = page("en", "Bokkuu Oromo Community Center", """
<header class="hero">
 <h1>Bokkuu Oromo Community Center</h1>
 <p>Serving Oromo families in Waseca, Freeborn and Steele counties. <em>Baga nagaan dhuftan!</em></p>
</header>
<div class="row">
 <div class="col">
  <h2>Office hours</h2>
  <p>Tuesday to Saturday, 11 am to 6 pm.</p>
 </div>
 <div class="col">
  <h2>What we offer</h2>
  <ul>
   <li>Afaan Oromoo Saturday school for children ages 5&ndash;14</li>
   <li>Help with housing applications and rent assistance forms</li>
   <li>A quiet room for prayer</li>
  </ul>
 </div>
</div>
<div class="event">
 <h2>Irreecha celebration</h2>
 <p>Sunday, October 5, at the Lake Elysian park shelter. Bring fresh grass and flowers. <a href="/viidiyoo/ayyaana-gadaa.html">Watch last year's video</a></p>
</div>
<div class="member">
 <p>Become a sustaining member &mdash; $10 a month keeps the lights on. <a href="#">Join</a></p>
</div>
""")

PAGES["volunteer.html"] = page("en", "Volunteer with Bokkuu", """
<h1>Volunteer with us</h1>
<p>Every role below is unpaid unless it says otherwise. E-mail Lensa at <a href="mailto:lensa@bokkuucenter.example">lensa@bokkuucenter.example</a>.</p>
<div class="cards">
 <div class="card">
  <h5>Afaan Oromoo&ndash;English interpreter</h5>
  <p>Go with elders to clinic visits in Albert Lea and Owatonna, about twice a month. You must be fluent in both languages.</p>
 </div>
 <div class="card">
  <div role="heading" aria-level="3" class="card-h">Soccer coach, U10 girls</div>
  <p>Saturday mornings, June to August. We provide the balls, cones and jerseys.</p>
 </div>
 <div class="card">
  <p class="title"><em>Ride to Friday prayers</em> <span class="pill taken">Taken</span></p>
  <p>Abdi from Waseca now drives every week &mdash; thank you!</p>
 </div>
 <div class="card">
  <h3><a href="#grant">Grant writer</a></h3>
  <p>We want to apply for a state youth grant in January. Looking for someone who has written grants before and can give a few hours a week in December.</p>
 </div>
 <div class="card">
  <h3>Youth program coordinator <span class="pill paid">Paid &middot; 30 hrs</span></h3>
  <p>$20/hour. Plans the after-school program and supervises volunteers.</p>
 </div>
 <div class="card">
  <strong class="ttl">Snack donations for Saturday school</strong>
  <p>Juice boxes, granola bars and clementines for about 60 kids every Saturday.</p>
 </div>
</div>
""")

PAGES["gargaarsa.html"] = page("om", "Gargaarsa nu barbaachisu", """
<h1>Gargaarsa nu barbaachisu</h1>
<p>Yoo gargaaruu barbaaddan, Lensaa 507-555-0156 irratti bilbilaa.</p>

<h2>Wantoota kennaa barbaannu</h2>
<ul>
 <li>Kitaabota daa'immanii Afaan Oromootiin barreeffaman</li>
 <li>Qalama, kuula fi waraqaa</li>
 <li>Boorsaa barattootaa</li>
</ul>

<h2>Uffata qorraa</h2>
<p>Uffanni qorraa nuuf gahaa dha &mdash; galatoomaa! Amma kana booda hin fidinaa.</p>

<h2>Barsiisaa Afaan Oromoo</h2>
<p>Mana barumsaa Sanbataa keessatti daa'imman barsiisuuf barsiisaa Afaan Oromoo lama barbaanna. Sanbata ganama, sa'aatii 10&ndash;12.</p>

<h2>Nama nyaata qopheessu</h2>
<p>Ayyaana Irreechaatiif nyaata qopheessuuf namoota jaha barbaanna. Guyyaa Sanbataa, Onkoloolessa 4.</p>

<h2>Hojii kaffaltii qabu</h2>
<p>Hojjetaa biiroo &mdash; kaffaltii sa'aatiitti $18. Hojii kana tola ooltummaa miti.</p>
""")

PAGES["oduu.html"] = page("om", "Oduu", """
<h1>Oduu Giddugala Bokkuu</h1>
<section>
 <h2>Maatii haaraa</h2>
 <p>Maatiin Obbo Jiraataa fi Aadde Caaltuu ijoollee shan wajjin ji'a kana Keeniyaa irraa dhufan. Manni isaanii duwwaa dha: siree, kaabaa fi meeshaa kushinaa hin qaban. Kan gargaaruu danda'u nu quunnamaa.</p>
</section>
<section>
 <h2>Irreecha 2024</h2>
 <p>Irreecha bara kanaa irratti namoonni 500 ol hirmaatan. Galatoomaa!</p>
</section>
<section>
 <h2>Oduu biiroo</h2>
 <p>Biiroon keenya halluu haaraa dibameera. Maatiin hedduun gaaffii godaansaa (immigration) qabu; kanaaf abukaatoo tola hojjetu kan ji'atti yeroo tokko nu gargaaru barbaanna.</p>
</section>
<section class="teaser">
 <h3><a href="#">Barreeffama haaraa: Seenaa Gadaa fi dargaggoota</a></h3>
</section>
""")

PAGES["koree/yaada.html"] = page("om", "Yaada koree", """
<h1>Yaada koree (kan keessaa)</h1>
<ol>
 <li>Herregaa (accountant) tola ooltuu barbaaduu</li>
 <li>Konkolaataa xiqqaa kennaa gaafachuu</li>
 <li>Hiikaa Afaan Amaaraa maatii haaraaf barbaaduu</li>
</ol>
""")

ROBOTS = """User-agent: *
Disallow: /koree/
"""

PDFS = {
    "galmee.pdf": ("Unka Galmee Tola Ooltotaa", [
        ("title", "Unka Galmee Tola Ooltotaa"),
        ("p", "Bokkuu Oromo Community Center - New Richland - 507-555-0156"),
        ("h", "Sagantaa Ganna"),
        ("p", "Gannaaf daa'imman dubbisuu akka baratan gargaaruuf michuu dubbisaa (reading buddy) barbaanna. "
              "Kamisa galgala, sa'aatii 5-6, mana kitaabaa New Richland keessatti."),
        ("h", "Maqaa fi bilbila"),
        ("p", "Maqaa: ____________________   Bilbila: ____________________"),
        ("h", "Unka kana akkamitti deebiftu"),
        ("p", "Unka kana biiroo keenyatti fidaa, ykn suuraa kaastanii info@bokkuucenter.example irratti ergaa."),
        ("h", "Walgahii tola ooltotaa"),
        ("p", "Walgahii tola ooltotaa Sanbata Waxabajjii 7, sa'aatii 2 irratti ni qabanna."),
    ]),
}

NEEDS = [
    N("volunteer.html", ["interpreter"], "skilled", "en", ["om", "en"], layout="role_cards", note="h5 title"),
    N("volunteer.html", ["soccer coach"], "volunteer", "en", layout="role_cards", note="div role=heading"),
    N("volunteer.html", ["grant writer"], "skilled", "en", layout="role_cards", note="h3>a"),
    N("volunteer.html", ["snack donations", "juice boxes"], "donation", "en", layout="role_cards",
      note="item ask inside the role grid, strong.ttl"),
    N("gargaarsa.html", ["wantoota kennaa", "kitaabota daa'immanii"], "donation", "om", layout="wish_list"),
    N("gargaarsa.html", ["barsiisaa afaan oromoo"], "skilled", "om", ["om"], layout="heading_paragraph"),
    N("gargaarsa.html", ["nyaata qopheessu"], "volunteer", "om", layout="heading_paragraph",
      note="event volunteers are a need"),
    N("oduu.html", ["siree", "meeshaa kushinaa"], "donation", "om", layout="story"),
    N("oduu.html", ["abukaatoo"], "skilled", "om", layout="newsletter_buried"),
    N("galmee.pdf", ["michuu dubbisaa", "reading buddy"], "volunteer", "om", layout="pdf"),
]

TRAPS = [
    T("index.html", "hours", ["office hours"]),
    T("index.html", "service", ["saturday school"]),
    T("index.html", "service", ["housing applications"]),
    T("index.html", "event", ["irreecha celebration"]),
    T("index.html", "general_appeal", ["sustaining member"]),
    T("volunteer.html", "filled", ["ride to friday prayers"], note="Taken pill"),
    T("volunteer.html", "job", ["youth program coordinator"], note="Paid pill"),
    T("gargaarsa.html", "filled", ["uffata qorraa"], note="gahaa dha, hin fidinaa"),
    T("gargaarsa.html", "job", ["hojjetaa biiroo"], note="kaffaltii"),
    T("oduu.html", "recap", ["namoonni 500 ol"]),
    T("oduu.html", "blog", ["seenaa gadaa"]),
    T("galmee.pdf", "how_to_apply", ["unka kana akkamitti"]),
    T("galmee.pdf", "event", ["walgahii tola ooltotaa"]),
    T("koree/yaada.html", "robots", ["herregaa"]),
    T("koree/yaada.html", "robots", ["konkolaataa xiqqaa"]),
    T("koree/yaada.html", "robots", ["hiikaa afaan amaaraa"]),
]
