"""Walabummaa Oromo Community Center, Fairfax MN: hand-written flexbox site. EN role list with bold lead-ins
(one struck), EN family story; Oromo home with interpreter ask and wish list; Oromo sign-up table; Oromo PDF
form; robots /leadership."""
from common import need, trap

SLUG = "fairfax-walabummaa-oromo-center"


def page(title, lang, body):
    return """<!DOCTYPE html>
<html lang="%s">
<head>
  <meta charset="utf-8">
  <title>%s</title>
  <meta name="viewport" content="width=device-width,initial-scale=1">
  <link rel="stylesheet" href="/assets/site.css">
  <link rel="icon" href="/assets/odaa.png">
</head>
<body>
  <div class="topbar"><span class="brand">Walabummaa</span>
    <ul class="menu">
      <li><a href="/index.html">Home</a></li>
      <li><a href="/get-involved.html">Get involved</a></li>
      <li><a href="/om/index.html">Afaan Oromoo</a></li>
      <li><a href="/om/hojii-tola.html">Hojii tola</a></li>
    </ul>
  </div>
  <div class="content">
%s
  </div>
  <div class="footer">
    Walabummaa Oromo Community Center &bull; 14 Park Ave N, Fairfax, MN 55332 &bull; 507-555-0172<br>
    <a href="/docs/unka-tola-ooltummaa.pdf">Unka tola ooltummaa (PDF)</a> &bull; <a href="/leadership/notes.html">Leadership</a>
  </div>
</body>
</html>
""" % (lang, title, body)


INDEX = page("Walabummaa Oromo Community Center", "en", """
<h1>Walabummaa Oromo Community Center</h1>
<p>Since 2015 we have been a home for Oromo families in Renville, Sibley and Nicollet counties.</p>
<div class="row">
  <div class="box"><h3>Saturday school</h3><p>Afaan Oromoo Saturday school for kids, 10 a.m. to noon, ages 5&ndash;14. Free.</p></div>
  <div class="box"><h3>Office hours</h3><p>Tuesday&ndash;Thursday, 1&ndash;6 p.m., or by appointment.</p></div>
  <div class="box"><h3>Irreecha celebration</h3><p>Sunday, September 28 at Fort Ridgely State Park. Bring fresh grass and flowers.</p></div>
</div>
<p class="cta"><a href="/get-involved.html#members">Become a member</a> &mdash; family dues are $120 a year.</p>
<p><a href="/media/gadaa-lecture-2024.html">Video: lecture on the Gadaa system (2024)</a></p>
""")

INVOLVED = page("Get involved | Walabummaa", "en", """
<h1>Get involved</h1>
<ul class="asks">
  <li><b>Homework help for middle schoolers.</b> Tuesdays and Thursdays 4&ndash;6 p.m. in the library room. Math especially &mdash; fractions and pre-algebra.</li>
  <li><b>An electrician, please.</b> The kitchen stove circuit trips whenever the big pot and the coffee urn are on together. We would like a licensed electrician to look at it before the health inspection in April.</li>
  <li><b>Rides to Saturday school.</b> Families in Gibbon and Winthrop without cars can&rsquo;t get their kids to class; it is 20 minutes each way.</li>
  <li><s><b>Cooks for the Irreecha lunch</b></s> &mdash; covered by the women&rsquo;s committee. Galatoomaa!</li>
  <li><b>Communications coordinator</b> (part-time, paid, $22/hour): newsletter, Facebook and translations.</li>
</ul>
<h2>A family that just arrived</h2>
<p>A family of seven came from Nairobi last month and is renting a house on 3rd Street. They are sleeping on blankets on the floor. Bed frames, mattresses of any size and a dining table would change everything for them. Call Obsa and he will arrange a pickup.</p>
<h2 id="members">Membership</h2>
<p>Members vote at the annual meeting. Family dues are $120 a year.</p>
<p class="small">Thank you! Our 2024 coat drive gave out 180 coats.</p>
""")

OM_INDEX = page("Giddugala Hawaasa Oromoo Walabummaa", "om", """
<h1>Baga nagaan dhuftan!</h1>
<p>Giddugalli keenya bara 2015 irraa kaasee maatii Oromoo Fairfax, Gibbon fi Winthrop keessa jiraatan tajaajilaa jira.</p>
<h2>Tajaajila keenya</h2>
<p>Barnoota Afaan Oromoo ijoolleef Sanbata hunda sa&rsquo;aatii 10:00 irraa hanga 12:00tti.</p>
<h2>Turjumaana mana yaalaatiif barbaanna</h2>
<p>Maanguddoonni keenya yeroo doktora arguu deeman nama isaaniif hiiku hin argatan. Namni Afaan Oromoo fi Ingiliffaa sirriitti dubbatu, torbanitti guyyaa tokko ganama yeroo qabu, nu quunnamaa.</p>
<h2>Wantoota nu barbaachisan</h2>
<ul>
  <li>Kitaabota ijoollee Afaan Oromootiin barreeffaman</li>
  <li>Qalamaafi kaartii halluu</li>
  <li>Waraqaa barreeffamaa</li>
</ul>
<p>Uffata ijoollee &mdash; kana booda hin barbaachisu. Galatoomaa!</p>
<p><a class="btn" href="https://donate.example.org/walabummaa">Maallaqaan nu deeggaraa</a></p>
""")

OM_HOJII = page("Hojii Tola Ooltummaa | Walabummaa", "om", """
<h1>Hojii Tola Ooltummaa</h1>
<p>Hojiiwwan armaan gadii tola ooltota barbaachisu. Namni hirmaachuu barbaadu unka PDF guutee nuuf haa ergu.</p>
<table class="sheet">
  <tr><th>Hojii</th><th>Guyyaa</th><th>Namoota barbaachisan</th><th>Haala</th></tr>
  <tr><td>Barsiisaa Afaan Oromoo (kutaa 1&ndash;3)</td><td>Sanbata</td><td>2</td><td>Banaa &mdash; nama 2</td></tr>
  <tr><td>Leenjisaa kubbaa miilaa</td><td>Dilbata</td><td>1</td><td>Bakki hin jiru</td></tr>
  <tr><td>Nyaata qopheessuu (ayyaana Irreechaa)</td><td>Fulbaana 27</td><td>6</td><td>Namoota 2 dabalataa barbaanna</td></tr>
  <tr><td>Maanguddoota konkolaataan geessuu</td><td>Kamisa</td><td>3</td><td>Guutame &mdash; galatoomaa</td></tr>
  <tr><td>Galma miidhagsuu</td><td>Fulbaana 26</td><td>4</td><td>Banaa</td></tr>
</table>
""")

LEAD = page("Leadership notes", "en", """
<h1>Leadership team notes (do not share)</h1>
<ul>
  <li>We need a board secretary after the annual meeting.</li>
  <li>Ask the Fairfax Lutheran church about a donated minivan.</li>
  <li>Volunteers needed to build a storage shed behind the center.</li>
</ul>
""")

PAGES = {
    "index.html": INDEX,
    "get-involved.html": INVOLVED,
    "om/index.html": OM_INDEX,
    "om/hojii-tola.html": OM_HOJII,
    "leadership/notes.html": LEAD,
}

ROBOTS = """User-agent: *
Disallow: /leadership
"""

PDFS = {
    "docs/unka-tola-ooltummaa.pdf": ("Unka galmee tola ooltummaa", [
        ("title", "UNKA GALMEE TOLA OOLTUMMAA"),
        ("p", "Giddugala Hawaasa Oromoo Walabummaa - Fairfax, Minnesota"),
        ("gap", ""),
        ("h", "Barsiisota kompiitaraa barbaanna"),
        ("p", "Dubartoonni hedduun kompiitaraa fayyadamuu barachuu barbaadu. Kamisa galgala sa'aatii 6:00 hanga "
              "7:30tti barsiisota kompiitaraa lama barbaanna. Email, Word fi interneetii barsiisuu dandeessu."),
        ("gap", ""),
        ("h", "Odeeffannoo keessan"),
        ("p", "Maqaa: ____________________   Bilbila: ________________"),
        ("p", "Afaan dubbattan: ____________________"),
        ("gap", ""),
        ("h", "Unka kana akkamitti deebistu"),
        ("p", "Unka kana guuttanii waajjira keessatti kennaa, yookaan suuraa kaasaatii WhatsAppiin 507-555-0172 tti ergaa."),
    ]),
}

NEEDS = [
    need("get-involved.html", ["homework help", "middle schoolers"], "skilled", "en", layout="bold_leadin_list"),
    need("get-involved.html", ["electrician"], "skilled", "en", layout="bold_leadin_list"),
    need("get-involved.html", ["rides to saturday school"], "volunteer", "en", layout="bold_leadin_list"),
    need("get-involved.html", ["bed frames", "mattresses"], "donation", "en", layout="story"),
    need("om/index.html", ["turjumaana"], "skilled", "om", ["om", "en"], layout="heading_paragraph"),
    need("om/index.html", ["wantoota nu barbaachisan", "kitaabota ijoollee"], "donation", "om", layout="wish_list"),
    need("om/hojii-tola.html", ["barsiisaa afaan oromoo"], "skilled", "om", ["om"], layout="shift_table"),
    need("om/hojii-tola.html", ["nyaata qopheessuu"], "volunteer", "om", layout="shift_table",
         note="event helpers; the event itself is a trap elsewhere"),
    need("om/hojii-tola.html", ["galma miidhagsuu"], "volunteer", "om", layout="shift_table"),
    need("docs/unka-tola-ooltummaa.pdf", ["barsiisota kompiitaraa"], "skilled", "om", layout="pdf"),
]

TRAPS = [
    trap("index.html", "service", ["saturday school"]),
    trap("index.html", "hours", ["office hours"]),
    trap("index.html", "event", ["irreecha celebration"]),
    trap("index.html", "general_appeal", ["become a member"]),
    trap("get-involved.html", "filled", ["irreecha lunch"], "<s> + covered"),
    trap("get-involved.html", "job", ["communications coordinator"]),
    trap("get-involved.html", "general_appeal", ["family dues"]),
    trap("get-involved.html", "recap", ["coat drive"]),
    trap("om/index.html", "service", ["barnoota afaan oromoo"]),
    trap("om/index.html", "filled", ["uffata ijoollee"], "'kana booda hin barbaachisu'"),
    trap("om/index.html", "general_appeal", ["maallaqaan nu deeggaraa"]),
    trap("om/hojii-tola.html", "filled", ["kubbaa miilaa"], "'Bakki hin jiru'"),
    trap("om/hojii-tola.html", "filled", ["maanguddoota konkolaataan"], "'Guutame'"),
    trap("om/hojii-tola.html", "how_to_apply", ["unka pdf"]),
    trap("docs/unka-tola-ooltummaa.pdf", "how_to_apply", ["unka kana"]),
    trap("leadership/notes.html", "robots", ["board secretary"]),
    trap("leadership/notes.html", "robots", ["minivan"]),
    trap("leadership/notes.html", "robots", ["storage shed"]),
]
