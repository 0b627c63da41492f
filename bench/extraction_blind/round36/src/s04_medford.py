from common import N, T

SLUG = "medford-nuura-family-center"

HEAD = """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<link rel="stylesheet" href="/static/nuura.css">
</head>
<body>
<div class="wrap">
<div class="brand"><img src="/static/nuura-logo.png" alt="" width="56"> <span class="name">Xarunta Qoyska Nuura</span> <span class="sub">Nuura Family Center &middot; Medford, MN</span></div>
<ul class="nav">
 <li><a href="/">Bogga hore</a></li>
 <li><a href="/tabaruc.html">Tabaruc</a></li>
 <li><a href="/deeq.html">Deeq alaab</a></li>
 <li><a href="/english.html" lang="en">English</a></li>
 <li><a href="/warqad.pdf">Foomka (PDF)</a></li>
</ul>
<div class="content">
"""

FOOT = """
</div>
<div class="footer">
 <p>Xarunta Qoyska Nuura &middot; 118 Main St S, Medford, MN 55049 &middot; 507-555-0124 &middot; <a href="mailto:xafiis@nuurafamily.example">xafiis@nuurafamily.example</a></p>
 <p><a href="/xafiis/shir.html">Shaqaalaha</a></p>
</div>
</div>
</body>
</html>
"""


def page(lang, title, body):
    return HEAD.format(lang=lang, title=title) + body + FOOT


PAGES = {}

PAGES["index.html"] = page("so", "Xarunta Qoyska Nuura - Medford", """
<h1>Ku soo dhawow Xarunta Qoyska Nuura</h1>
<p>Waxaan caawinnaa qoysaska Soomaaliyeed ee ku nool Medford, Owatonna iyo Faribault tan iyo 2016.</p>
<div class="box">
 <h2>Saacadaha furan</h2>
 <p>Isniin ilaa Khamiis, 10:00 subaxnimo ilaa 4:00 galabnimo. Jimcaha waa xiran yahay.</p>
</div>
<div class="box">
 <h2>Adeegyadeena</h2>
 <ul>
  <li>Caawinaad foomamka SNAP, MA iyo guriga</li>
  <li>Fasallo Ingiriisi ah oo bilaash ah oo loogu talagalay hooyooyinka</li>
  <li>Turjumaan la socda ballamaha dhakhtarka</li>
 </ul>
</div>
<div class="box event">
 <h2>Xafladda Ciidda</h2>
 <p>Sabti, 12 Abriil, 2:00 galabnimo, hoolka dugsiga Medford. Cunto, ciyaaro carruureed iyo hadiyado. <a href="/muuqaal/dugsi-xagaa-2024.html">Muuqaalka dugsiga xagaaga 2024</a></p>
</div>
<div class="box give">
 <p><strong>Ku taageer xarunta</strong> &mdash; deeq lacageed ku bixi online ama xafiiska keen.</p>
</div>
""")

PAGES["tabaruc.html"] = page("so", "Tabaruc - Xarunta Qoyska Nuura", """
<h1>Tabarucayaasha aan u baahannahay</h1>
<p>Haddii aad rabto inaad na caawiso, wac Ubax 507-555-0124 ama soo buuxi <a href="/warqad.pdf">foomka</a>.</p>
<dl class="roles">
 <dt>Macallin casharrada guriga (xisaab)</dt>
 <dd>Ardayda dugsiga dhexe ka caawi xisaabta iyo casharrada guriga. Talaado iyo Khamiis, 4:00&ndash;6:00 galabnimo.</dd>

 <dt>Darawal</dt>
 <dd>Hooyooyinka u qaad ballamaha WIC iyo dhakhtarka ee Owatonna. Waxaad u baahan tahay baabuur iyo liisan. Shidaalka anaga ayaa bixinayna.</dd>

 <dt>Caawiye carruurta</dt>
 <dd>Inta hooyooyinku fasalka Ingiriisiga ku jiraan, carruurta yaryar ilaali. <strong class="xiran">Hadda dad ku filan ayaa jira &mdash; mahadsanidin!</strong></dd>

 <dt>Qof yaqaan kombiyuutarka</dt>
 <dd>Kombiyuutarrada xafiiska iyo daabacaha ayaa khalkhalsan. Waxaan raadinaynaa qof khibrad IT u leh oo saacado kooban na siin kara bishii.</dd>

 <dt>Saaxiib wada-sheekeysi Ingiriisi</dt>
 <dd>La fadhiiso hooyooyinka oo Ingiriisi kula hadal, Arbaco kasta 1:00&ndash;2:00 galabnimo. Macallinnimo looma baahna, laakiin Ingiriisi fiican ayaa la rabaa.</dd>

 <dt>La-taliyaha qoyska</dt>
 <dd>Tani waa shaqo mushahar leh: 15 saacadood usbuucii, $20 saacaddii. Codsiga ku dir email.</dd>
</dl>
""")

PAGES["deeq.html"] = page("so", "Deeq alaab - Xarunta Qoyska Nuura", """
<h1>Deeqaha alaabta</h1>
<p>Bishan waxaa nooga dhiman <b>bariis</b>, <b>saliid cunto</b>, <b>xafaayadaha carruurta</b> (diapers, cabbirka 4 iyo 5) iyo <b>saabuun</b>. Fadlan keen xarunta inta saacadaha furan.</p>

<h2>Qoys cusub ayaa u baahan caawimaad</h2>
<p>Hooyo Faadumo iyo afarteeda carruur ah ayaa toddobaadkan ka yimid Kenya. Gurigoodu waa madhan yahay: ma haystaan sariiro, buste, iyo weelasha jikada. Haddii aad hayso sariir ama dheri aad ka maarmi karto, fadlan na soo wac.</p>

<h2>Dharka jiilaalka</h2>
<p>Waxaan helnay jaakado ku filan sannadkan. Fadlan ha keenin jaakado kale &mdash; mahadsanid!</p>

<p class="small">Bishii Ramadaan waxaan qaybinay 210 sanduuq cunto. Waad ku mahadsan tihiin deeqdiinna.</p>
""")

PAGES["english.html"] = page("en", "Nuura Family Center - English", """
<h1>Nuura Family Center</h1>
<p>We are a small, volunteer-run center started by Somali mothers in Steele County in 2016.</p>
<h2>How families can sign up</h2>
<p>Come to the office during open hours with an ID for each adult. We will help you fill out the intake sheet in Somali or English.</p>
<h2>Volunteer opportunity</h2>
<p>Seeking a certified car-seat technician to check car seats at our spring safety day and show moms how to install them correctly. One Saturday in April, about four hours.</p>
<h2>Join our board</h2>
<p>We are looking for a board treasurer with accounting experience who can review our books monthly and help with our annual filing. Unpaid.</p>
<h2>Paid position: Family Advocate (Somali-speaking)</h2>
<p>30 hours per week, $21/hour, benefits. Apply by e-mail.</p>
<p class="give"><strong>Your gift helps</strong> mothers and kids in Medford. <a href="#">Donate</a></p>
""")

PAGES["xafiis/shir.html"] = page("so", "Shirka shaqaalaha", """
<h1>Shirka shaqaalaha &mdash; arrimaha furan</h1>
<ol>
 <li>Raadi turjumaan Af-Carabi ah oo qoyska cusub la socda</li>
 <li>Codso 30 kursi oo cusub oo fasalka ah</li>
 <li>Raadi tabaruce xisaabiye ah oo dhammaystira warbixinta sanadka</li>
</ol>
""")

ROBOTS = """User-agent: *
Disallow: /xafiis/
"""

PDFS = {
    "warqad.pdf": ("Foomka Tabarucaha - Xarunta Qoyska Nuura", [
        ("title", "Foomka Tabarucaha - Xarunta Qoyska Nuura"),
        ("p", "118 Main St S, Medford, MN 55049 - 507-555-0124"),
        ("h", "Mashruuca xagaaga"),
        ("p", "Waxaan u baahanahay tabarucayaal ka caawiya beerta bulshada (community garden) Sabtiyada, "
              "Juun ilaa Agoosto: falka, waraabinta iyo goosashada khudaarta. Qalabka anaga ayaa keenayna."),
        ("h", "Macluumaadkaaga"),
        ("p", "Magaca: ____________________   Telefoonka: ____________________"),
        ("p", "Luqadaha aad ku hadasho: ____________________"),
        ("h", "Sida foomka loo soo celiyo"),
        ("p", "Foomka ku keen xafiiska inta saacadaha furan, ama sawir ka qaad oo u dir xafiis@nuurafamily.example."),
        ("h", "Kulanka tabarucayaasha"),
        ("p", "Dhammaan tabarucayaasha cusub waxaa lagu casumay kulanka tabarucayaasha, 3 Juun, 6:00 fiidnimo."),
    ]),
}

NEEDS = [
    N("tabaruc.html", ["casharrada guriga", "xisaab"], "skilled", "so", layout="definition_list"),
    N("tabaruc.html", ["darawal"], "volunteer", "so", layout="definition_list", note="gas paid, not a wage"),
    N("tabaruc.html", ["yaqaan kombiyuutarka"], "skilled", "so", layout="definition_list"),
    N("tabaruc.html", ["wada-sheekeysi ingiriisi"], "volunteer", "so", ["en"], layout="definition_list",
      note="needs good English"),
    N("deeq.html", ["saliid cunto", "xafaayadaha carruurta", "bariis"], "donation", "so",
      layout="wish_list_inline", note="list written inline in one paragraph = one need"),
    N("deeq.html", ["sariiro", "weelasha jikada"], "donation", "so", layout="story", note="new family from Kenya"),
    N("english.html", ["car-seat technician"], "skilled", "en", layout="seeking"),
    N("english.html", ["board treasurer"], "skilled", "en", layout="heading_paragraph",
      note="role only inside the sentence under 'Join our board'"),
    N("warqad.pdf", ["beerta bulshada"], "volunteer", "so", layout="pdf", note="community garden helpers"),
]

TRAPS = [
    T("index.html", "hours", ["saacadaha furan"]),
    T("index.html", "service", ["caawinaad foomamka"]),
    T("index.html", "service", ["fasallo ingiriisi"]),
    T("index.html", "service", ["turjumaan la socda"], note="interpreting offered to clients"),
    T("index.html", "event", ["xafladda ciidda"]),
    T("index.html", "general_appeal", ["ku taageer xarunta"]),
    T("tabaruc.html", "filled", ["caawiye carruurta"], note="'dad ku filan ayaa jira'"),
    T("tabaruc.html", "job", ["la-taliyaha qoyska"], note="mushahar leh"),
    T("deeq.html", "filled", ["jaakado"], note="ku filan, ha keenin"),
    T("deeq.html", "recap", ["210 sanduuq"]),
    T("english.html", "how_to_apply", ["how families can sign up"]),
    T("english.html", "job", ["family advocate"]),
    T("english.html", "general_appeal", ["your gift helps"]),
    T("warqad.pdf", "how_to_apply", ["foomka loo soo celiyo"]),
    T("warqad.pdf", "event", ["kulanka tabarucayaasha"]),
    T("xafiis/shir.html", "robots", ["turjumaan af-carabi"]),
    T("xafiis/shir.html", "robots", ["30 kursi"]),
    T("xafiis/shir.html", "robots", ["xisaabiye"]),
]
