"""Dover: Hiil Hooyo Family Center (Somali mothers and families).
Somali-first site. Layouts: a month calendar grid whose day cells hold recurring
volunteer slots (one need per role, not per day), an email-newsletter HTML
(nested presentation tables, inline styles, hidden preheader), an English FAQ
written as Q./A. paragraphs, a Somali PDF volunteer form with checkboxes."""
from common import N, T

SLUG = "dover-hiil-hooyo-family-center"


def head(lang, title):
    return """<!DOCTYPE html>
<html lang="%s">
<head>
<meta charset="utf-8">
<title>%s</title>
<link rel="stylesheet" href="/assets/hh.css">
</head>
<body>
<div class="topbar"><span class="brand">Hiil Hooyo</span>
<a href="/index.html">Bogga hore</a> &middot; <a href="/jadwal.html">Jadwalka</a> &middot; <a href="/wargeys.html">Wargeyska</a> &middot; <a href="/en/volunteer.html">English</a> &middot; <a href="/foomka-tabaruce.pdf">Foomka tabaruca (PDF)</a></div>
""" % (lang, title)


FOOT = """<div class="foot">Xarunta Qoyska Hiil Hooyo &middot; 14 Chatfield Ave, Dover, MN &middot; (507) 555-0145 &middot; xafiiska@hiilhooyo.example.org
&middot; <a href="/gudiga/shir.html">Guddiga</a></div>
</body>
</html>
"""

INDEX = head("so", "Xarunta Qoyska Hiil Hooyo") + """
<div class="wrap">
<h1>Ku soo dhawoow Xarunta Qoyska Hiil Hooyo</h1>
<p>Hiil Hooyo waxaa aasaasay hooyooyin Soomaaliyeed sannadkii 2016 si ay isu garab istaagaan.</p>
<div class="box"><h2>Adeegyadeena</h2>
<p>Fasalka Af-Ingiriisiga ee hooyooyinka, caawinta foomamka MFIP iyo SNAP, iyo kooxda caafimaadka hooyada iyo ilmaha. Dhammaan waa bilaash.</p></div>
<div class="box"><h2>Saacadaha furitaanka</h2>
<p>Isniin ilaa Khamiis, 10:00 subaxnimo &ndash; 4:00 galabnimo. Jimcaha waa xiran tahay.</p></div>
<div class="box"><h2>Deeq lacageed</h2>
<p>Sadaqadaadu waxay hooyooyinka ka caawisaa kirada iyo biilasha. <a href="https://give.example.org/hiilhooyo">Halkan ku bixi</a></p></div>
<p>Sawirrada xafladdii: <a href="/muuqaal/dabaaldeg.html">Dabaaldegga 2024</a></p>
</div>
""" + FOOT

JADWAL = head("so", "Jadwalka Diseembar 2024 — Hiil Hooyo") + """
<div class="wrap">
<h1>Jadwalka Diseembar 2024</h1>
<p>Halkan waxaa ku qoran shaqooyinka tabaruca iyo kulamada bishan. Haddii aad rabto boos, wac (507) 555-0145.</p>
<table class="cal" border="1" cellspacing="0" cellpadding="4" style="table-layout:fixed;width:100%">
<thead><tr><th>Axad</th><th>Isniin</th><th>Talaado</th><th>Arbaco</th><th>Khamiis</th><th>Jimce</th><th>Sabti</th></tr></thead>
<tbody>
<tr>
<td><span class="d">1</span></td>
<td><span class="d">2</span></td>
<td><span class="d">3</span><div class="ev need">Darawal loo baahan yahay: hooyooyinka u kaxee ballamaha dhakhtarka, 9:30</div></td>
<td><span class="d">4</span><div class="ev full">Xannaanada carruurta inta fasalku socdo &mdash; BUUXA &#10004;</div></td>
<td><span class="d">5</span><div class="ev">Kulanka hooyooyinka, 6:00 fiidnimo</div></td>
<td><span class="d">6</span><div class="ev need">Cunto karis (Jimce): 2 qof ayaa loo baahan yahay</div></td>
<td><span class="d">7</span><div class="ev need">Akhriska sheekooyinka carruurta (maktabadda) &mdash; weli furan</div></td>
</tr>
<tr>
<td><span class="d">8</span></td>
<td><span class="d">9</span></td>
<td><span class="d">10</span><div class="ev need">Darawal loo baahan yahay, 9:30</div></td>
<td><span class="d">11</span><div class="ev full">Xannaanada carruurta &mdash; BUUXA &#10004;</div></td>
<td><span class="d">12</span></td>
<td><span class="d">13</span><div class="ev need">Cunto karis: 2 qof ayaa loo baahan yahay</div></td>
<td><span class="d">14</span><div class="ev need">Akhriska sheekooyinka &mdash; weli furan</div></td>
</tr>
<tr>
<td><span class="d">15</span></td>
<td><span class="d">16</span></td>
<td><span class="d">17</span><div class="ev need">Darawal loo baahan yahay, 9:30</div></td>
<td><span class="d">18</span><div class="ev full">Xannaanada carruurta &mdash; BUUXA &#10004;</div></td>
<td><span class="d">19</span></td>
<td><span class="d">20</span></td>
<td><span class="d">21</span><div class="ev">Xafladda dhammaadka sanadka, 2:00&ndash;6:00</div></td>
</tr>
<tr>
<td><span class="d">22</span></td>
<td><span class="d">23</span></td>
<td><span class="d">24</span></td>
<td><span class="d">25</span><div class="ev closed">Xarunta waa xiran tahay</div></td>
<td><span class="d">26</span><div class="ev closed">Xarunta waa xiran tahay</div></td>
<td><span class="d">27</span></td>
<td><span class="d">28</span></td>
</tr>
<tr>
<td><span class="d">29</span></td><td><span class="d">30</span></td><td><span class="d">31</span></td><td></td><td></td><td></td><td></td>
</tr>
</tbody>
</table>
</div>
""" + FOOT

WARGEYS = """<!DOCTYPE html>
<html lang="so" xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta charset="utf-8">
<meta name="x-apple-disable-message-reformatting">
<title>Wargeyska Hiil Hooyo &ndash; Noofembar 2024</title>
<!--[if mso]><style>table{border-collapse:collapse;}</style><![endif]-->
</head>
<body style="margin:0;padding:0;background:#f4f1ec;">
<div style="display:none;font-size:1px;color:#f4f1ec;line-height:1px;max-height:0;max-width:0;opacity:0;overflow:hidden;">Wargeyska bisha Noofembar &ndash; akhri warka cusub ee xarunta.</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f4f1ec"><tr><td align="center" style="padding:20px 0;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;color:#333333;">
<tr><td style="padding:8px 24px;font-size:11px;color:#999999;" align="right"><a href="/index.html" style="color:#999999;">Ku arag biraawsarka</a></td></tr>
<tr><td style="background:#6b3fa0;padding:24px;color:#ffffff;font-size:26px;font-weight:bold;">Wargeyska Hiil Hooyo &ndash; Noofembar 2024</td></tr>
<tr><td style="padding:24px 24px 0 24px;">
  <table role="presentation" width="100%"><tr><td style="font-size:18px;font-weight:bold;color:#6b3fa0;padding-bottom:6px;">Turjubaano haween ah ayaan raadinaynaa</td></tr>
  <tr><td style="font-size:15px;line-height:22px;">Hooyooyin badan ayaa ka soo baxa ballamaha dhakhtarka iyagoon fahmin wixii loo sheegay. Waxaan raadinaynaa haween ku hadla Af-Soomaali iyo Af-Ingiriisi si fiican, oo diyaar u ah inay la socdaan hooyooyinka ballamaha caafimaadka ee Faribault, hal mar todobaadkii.</td></tr></table>
</td></tr>
<tr><td style="padding:24px 24px 0 24px;">
  <table role="presentation" width="100%"><tr><td style="font-size:18px;font-weight:bold;color:#6b3fa0;padding-bottom:6px;">Xafaayadaha ayaa naga dhammaaday</td></tr>
  <tr><td style="font-size:15px;line-height:22px;">Xafaayadaha carruurta ee cabbirka 4, 5 iyo 6 ayaa naga dhammaaday. Haddii aad keeni karto xirmo, fadlan keen xarunta inta u dhaxaysa Isniin iyo Khamiis.</td></tr></table>
</td></tr>
<tr><td style="padding:24px 24px 0 24px;">
  <table role="presentation" width="100%"><tr>
  <td width="160" valign="top"><img src="https://cdn.example.org/hh/qoys.jpg" width="150" alt="" style="display:block;"></td>
  <td valign="top" style="font-size:15px;line-height:22px;"><b>Sheekada Hooyo Faadumo</b><br>Hooyo Faadumo iyo afarteeda carruur ah waxay Dover yimaadeen bishii hore. Kuleyliyaha gurigoodu wuu jabay, milkiiluhuna weli ma hagaajin. Habeenkii carruurtu waxay seexdaan iyagoo jaakadahooda xiran. Waxay u baahan yihiin buste diirran iyo kuleyliye yar oo koronto ah. Haddii aad caawin karto, wac Xaliimo: (507) 555-0145.</td>
  </tr></table>
</td></tr>
<tr><td style="padding:24px 24px 0 24px;font-size:15px;line-height:22px;">
  <b>Mahadsanidiin!</b> Ciidda kadib waxaan qaybinay 60 xirmo cunto oo gaaray 60 qoys. Waad ku mahadsan tihiin deeqdiinna.
</td></tr>
<tr><td style="padding:24px;">
  <table role="presentation" width="100%" style="border-top:1px solid #eeeeee;"><tr><td style="padding-top:12px;font-size:14px;">Maqaalka bishan: <a href="/wargeys.html#maqaal" style="color:#6b3fa0;">Sidee loo diyaariyaa carruurta dugsiga xilliga qaboobaha? &rarr;</a></td></tr></table>
</td></tr>
<tr><td style="background:#eeeeee;padding:16px 24px;font-size:11px;color:#777777;">Xarunta Qoyska Hiil Hooyo &middot; 14 Chatfield Ave, Dover, MN<br>Waxaad helaysaa fariintan sababtoo ah waxaad iska diiwaangelisay. <a href="https://list.example.org/unsub" style="color:#777777;">Iska saar liiska</a></td></tr>
</table>
</td></tr></table>
</body>
</html>
"""

EN_VOL = head("en", "Volunteer FAQ — Hiil Hooyo Family Center") + """
<div class="wrap">
<h1>Volunteer questions, answered</h1>
<div class="faq">
<p class="q"><b>Q.</b> I don&rsquo;t speak Somali. Can I still help?</p>
<p class="a"><b>A.</b> Yes. Our biggest gap right now is homework tutors for middle schoolers, especially in math, on Tuesday and Thursday afternoons from 3:30 to 5.</p>
<p class="q"><b>Q.</b> Do you take furniture?</p>
<p class="a"><b>A.</b> Only beds and dressers in good condition &ndash; families moving into empty apartments need them most. We do not accept couches or used mattresses (bedbugs).</p>
<p class="q"><b>Q.</b> Can my company sponsor a program?</p>
<p class="a"><b>A.</b> Yes &ndash; sponsorships start at $500 and cover a semester of the mothers&rsquo; English class.</p>
<p class="q"><b>Q.</b> How do families sign up for classes?</p>
<p class="a"><b>A.</b> Mothers sign up for classes in person with Xaliimo; bring an ID and your children&rsquo;s ages.</p>
<p class="q"><b>Q.</b> Is there anything technical I could do?</p>
<p class="a"><b>A.</b> Actually, yes: our website runs on WordPress and our one volunteer webmaster is moving to Columbus. We&rsquo;re looking for someone who knows WordPress to take over updates, a couple of hours a month.</p>
<p class="q"><b>Q.</b> Are you hiring?</p>
<p class="a"><b>A.</b> We have one paid opening: a part-time Somali-speaking case aide, 20 hours a week, $17.50/hour.</p>
<p class="q"><b>Q.</b> When is the center open?</p>
<p class="a"><b>A.</b> Monday to Thursday, 10 am to 4 pm.</p>
</div>
</div>
""" + FOOT

SHIR = head("so", "Shirka guddiga") + """
<div class="wrap">
<h1>Shirka guddiga &ndash; gudaha kaliya</h1>
<ol>
<li>Waxaan u baahanahay hantidhowr cusub oo tabarucaya.</li>
<li>Weydii masjidka haddii ay na siin karaan baabuur yar.</li>
<li>Raadi tabarucayaal qaban qaabiya xafladda dhammaadka sanadka.</li>
</ol>
</div>
""" + FOOT

PAGES = {
    "index.html": INDEX,
    "jadwal.html": JADWAL,
    "wargeys.html": WARGEYS,
    "en/volunteer.html": EN_VOL,
    "gudiga/shir.html": SHIR,
}

ROBOTS = """User-agent: Googlebot
Allow: /

User-agent: *
Disallow: /gudiga/
"""

PDFS = {
    "foomka-tabaruce.pdf": ("Foomka Tabaruca - Hiil Hooyo", [
        ("title", "FOOMKA TABARUCA - Xarunta Qoyska Hiil Hooyo"),
        ("p", "Magaca: ______________________   Telefoonka: ____________________"),
        ("p", "Luuqadaha aad ku hadasho: ______________________"),
        ("h", "Dooro shaqada aad rabto inaad qabato"),
        ("p", "[ ] Tababare kubadda cagta gabdhaha (Sabtida, 10:00-12:00) - waa la rabaa, gabdhaha 9-14 jir."),
        ("p", "[ ] Caawiye fasalka Af-Ingiriisiga - BUUXA, mahadsanid. Ha dooran."),
        ("p", "[ ] Hagaajinta kombiyuutarrada xarunta - waxaan haynaa 5 kombiyuutar oo gaabis ah; "
              "qof aqoon u leh ayaan u baahanahay."),
        ("h", "Sidee loo soo celiyaa"),
        ("p", "Ku soo celi foomkan xafiiska, ama sawir ka qaad oo u dir xafiiska@hiilhooyo.example.org."),
    ]),
}

S = "so"
NEEDS = [
    N("jadwal.html", ["darawal"], "volunteer", S, layout="calendar_grid",
      note="recurring Tuesday slot in three cells = ONE need"),
    N("jadwal.html", ["cunto karis"], "volunteer", S, layout="calendar_grid",
      note="Friday cooking, two cells, one need"),
    N("jadwal.html", ["akhriska sheekooyinka"], "volunteer", S, layout="calendar_grid",
      note="'weli furan' = still open"),
    N("wargeys.html", ["turjubaano"], "skilled", S, ["so", "en"], layout="email_newsletter"),
    N("wargeys.html", ["xafaayadaha"], "donation", S, layout="email_newsletter",
      note="'naga dhammaaday' = we have run out"),
    N("wargeys.html", ["hooyo faadumo", "kuleyliye"], "donation", S, layout="story",
      note="family story inside an email image+text row: blanket and space heater"),
    N("en/volunteer.html", ["homework tutors"], "skilled", "en", layout="faq_qa_paragraphs"),
    N("en/volunteer.html", ["beds and dressers"], "donation", "en", layout="faq_qa_paragraphs"),
    N("en/volunteer.html", ["wordpress"], "skilled", "en", layout="faq_qa_paragraphs"),
    N("foomka-tabaruce.pdf", ["kubadda cagta"], "volunteer", S, layout="pdf_form_checkbox",
      note="girls' soccer coach"),
    N("foomka-tabaruce.pdf", ["kombiyuutarrada"], "skilled", S, layout="pdf_form_checkbox"),
]
TRAPS = [
    T("index.html", "service", ["adeegyadeena", "fasalka af-ingiriisiga"]),
    T("index.html", "hours", ["saacadaha furitaanka"]),
    T("index.html", "general_appeal", ["deeq lacageed"]),
    T("jadwal.html", "filled", ["xannaanada carruurta"], "BUUXA with check mark, every week"),
    T("jadwal.html", "event", ["kulanka hooyooyinka"]),
    T("jadwal.html", "event", ["xafladda dhammaadka"]),
    T("jadwal.html", "hours", ["waa xiran"], "closed days"),
    T("wargeys.html", "recap", ["60 xirmo"]),
    T("wargeys.html", "blog", ["sidee loo diyaariyaa"]),
    T("en/volunteer.html", "refused", ["couches"]),
    T("en/volunteer.html", "general_appeal", ["sponsorships start"]),
    T("en/volunteer.html", "how_to_apply", ["sign up for classes"]),
    T("en/volunteer.html", "job", ["case aide"]),
    T("en/volunteer.html", "hours", ["when is the center open"]),
    T("foomka-tabaruce.pdf", "filled", ["caawiye fasalka"], "BUUXA, ha dooran (don't choose)"),
    T("foomka-tabaruce.pdf", "how_to_apply", ["ku soo celi foomkan"]),
    T("gudiga/shir.html", "robots", ["hantidhowr"]),
    T("gudiga/shir.html", "robots", ["baabuur"]),
    T("gudiga/shir.html", "robots", ["qaban qaabiya"]),
]
