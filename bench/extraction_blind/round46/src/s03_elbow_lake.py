from common import N, T

SLUG = "elbow-lake-midnimo-family-center"

HEAD = """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{title} &mdash; Midnimo Family Center</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="stylesheet" href="https://static1.squarespace.example/static/sites/midnimo/site.css">
</head>
<body id="collection-{cls}" class="header-overlay-alignment-center">
<div class="Site">
<header class="Header">
  <div class="Header-branding"><a href="/index.html">Midnimo Family Center &middot; Elbow Lake</a></div>
  <nav class="Header-nav">
    <a href="/index.html" class="Header-nav-item">Bogga hore</a>
    <a href="/deeq.html" class="Header-nav-item">Deeq</a>
    <a href="/jadwal.html" class="Header-nav-item">Jadwalka</a>
    <a href="/volunteer.html" class="Header-nav-item">English</a>
  </nav>
</header>
<main class="Main-content">
"""

FOOT = """
</main>
<footer class="Footer">
  <div class="sqs-block-content">
    <p>Midnimo Family Center &middot; 15 Division St W, Elbow Lake, MN 56531 &middot; 218-555-0163 &middot; salaam@midnimo-elbowlake.org</p>
    <p><a href="/foomam/foomka-mutadawaca.pdf">Foomka mutadawaca (PDF)</a> &middot; <a href="/maamul/shir.html">Maamulka</a> &middot; <a href="/warbixin/2023.html">Warbixinta sanadlaha ah 2023</a></p>
  </div>
</footer>
</div>
</body>
</html>
"""

INDEX = HEAD.format(lang="so", title="Bogga hore", cls="home") + """
<section class="Index-page">
  <h1>Ku soo dhawoow Midnimo</h1>
  <p>Xarun ay qoysaska Soomaalida ee Grant County ku kulmaan, wax ku bartaan, isna caawiyaan.</p>
  <div class="sqs-block html-block">
    <h2>Adeegyadeenna</h2>
    <ul>
      <li>Fasal Ingiriisi oo bilaash ah, Talaado iyo Khamiis habeenkii</li>
      <li>Caawimaad foomamka degmada (county) iyo caymiska</li>
      <li>Barnaamijka carruurta kadib dugsiga</li>
    </ul>
    <h2>Saacadaha xarunta</h2>
    <p>Isniin &ndash; Khamiis 10:00 subaxnimo &ndash; 6:00 galabnimo. Jimcaha waa xiran yahay.</p>
  </div>
  <h2>Mutadawiciinta aan hadda u baahanahay</h2>
  <div class="summary-item-list grid-4">
    <div class="summary-item">
      <h3 class="summary-title">Turjubaan Soomaali iyo Ingiriis</h3>
      <p>Hooyooyin badan ayaa u baahan qof u turjuma marka ay tagaan dhakhtarka ama shirarka dugsiga. Laba saacadood
      toddobaadkii ayaa ku filan.</p>
    </div>
    <div class="summary-item">
      <p><strong>Macallin xisaabta dugsiga sare</strong></p>
      <p>Ardayda fasallada 9&ndash;12 waxay u baahan yihiin caawimaad xisaabta ah. Isniinta iyo Arbacada, 4&ndash;6 galabnimo.</p>
    </div>
    <div class="summary-item is-done">
      <a href="/index.html#kaxaynta"><span><span>Kaxaynta waayeelka</span></span></a>
      <span class="badge">WAA LA HELAY</span>
      <p>Mahadsanid Cabdi iyo Ayaan! Hadda waxaa jira laba darawal oo joogto ah.</p>
    </div>
    <div class="summary-item">
      <div class="summary-title-alt">Macallimad tolliinka</div>
      <p>Hooyooyinka waxay rabaan inay bartaan tolliinka. Waxaan haynaa shan mashiin; waxaan u baahanahay qof yaqaan
      tolliinka oo bari kara Sabtiyada.</p>
    </div>
  </div>
</section>
""" + FOOT

DEEQ = HEAD.format(lang="so", title="Deeq", cls="deeq") + """
<section>
  <h1>Sidee wax ugu deeqi kartaa</h1>
  <h2>Liiska agabka dugsiga</h2>
  <p>Carruurta cusub ee soo biira dugsiga bishan waxay u baahan yihiin:</p>
  <ul>
    <li>Boorsooyin dhabarka (backpacks)</li>
    <li>Qalimaan iyo qalin-qori</li>
    <li>Buugaag qoraal</li>
    <li>Xisaabiyeyaal (calculators) fasalka 7 iyo wixii ka sareeya</li>
  </ul>
  <h2>Sariiro carruur</h2>
  <p>Looma baahna hadda. Waan helnay intii ku filan &mdash; mahadsanidiin dhammaantiin!</p>
  <h2>Sheekada Hooyo Faadumo</h2>
  <p>Faadumo iyo afarteeda carruur ah waxay yimaadeen Elbow Lake bishii Oktoobar. Guriga ay ku nool yihiin ma laha
  miis iyo kuraas, carruurtuna ma haystaan jaakado jiilaal. Haddii aad haysid miis cunto, kuraas ama jaakado carruur
  (cabbirka 4 ilaa 12), fadlan la xiriir xafiiska.</p>
  <h2>Ololihii Ramadaanta</h2>
  <p>Ramadaantii hore waxaan qaybinay 140 sanduuq oo cunto ah. Mahadsanid qof walba oo ka qayb qaatay.</p>
  <h2>Ku deeq lacag</h2>
  <p>Deeqdaada lacageed waxay naga caawisaa inaan bixinno kirada xarunta iyo kuleylka. Jeeg ku qor &quot;Midnimo&quot;.</p>
</section>
""" + FOOT

JADWAL = HEAD.format(lang="so", title="Jadwalka", cls="jadwal") + """
<section>
  <h1>Jadwalka mutadawiciinta</h1>
  <p>Halkan ka eeg hawlaha toddobaadkan iyo meelaha weli bannaan.</p>
  <table class="sqs-table">
    <thead><tr><th>Hawsha</th><th>Maalinta</th><th>Saacadda</th><th>Xaaladda</th></tr></thead>
    <tbody>
      <tr><td>Qaybinta cuntada</td><td>Sabti</td><td>9:00 &ndash; 12:00</td><td>Weli waxaa loo baahan yahay 2 qof</td></tr>
      <tr><td>Nadiifinta xarunta</td><td>Khamiis</td><td>5:00 galabnimo</td><td>Cali, Hodan, Sahra &#10003; Dhammaystiran</td></tr>
      <tr><td>Xannaanada carruurta inta fasalku socdo</td><td>Talaado</td><td>6:00 &ndash; 8:00</td><td>1 qof ayaa weli loo baahan yahay</td></tr>
      <tr><td>Soo dhaweynta xafiiska</td><td>Isniin</td><td>10:00 &ndash; 2:00</td><td>Boos ma jiro &mdash; buuxa</td></tr>
    </tbody>
  </table>
  <h2>Shirka waalidiinta</h2>
  <p>Axadda 17-ka Noofembar, 2:00 galabnimo. Waalid kasta waa lagu soo dhaweynayaa.</p>
</section>
""" + FOOT

VOL = HEAD.format(lang="en", title="Volunteer (English)", cls="volunteer") + """
<section>
  <h1>Volunteering at Midnimo: questions and answers</h1>
  <div class="accordion-block">
    <h3>What does Midnimo offer families?</h3>
    <p>Free English classes, help with county and insurance forms, and an after-school program for children aged 6&ndash;14.</p>
    <h3>How do families sign up for the after-school program?</h3>
    <p>A parent fills out a one-page form at the front desk and brings the child's latest report card.</p>
    <h3>Do I have to speak Somali to volunteer?</h3>
    <p>No. In fact our most pressing gap right now is a retired or working teacher to lead the GED math group on Thursday
    mornings, 9 to 11. English is all you need; the learners are adults who already speak some English.</p>
    <h3>Is there anything for people who like to drive?</h3>
    <p>Yes &ndash; we want a volunteer driver for the Friday grocery run to Alexandria, taking three or four elders who have
    no car. You use your own vehicle and we reimburse mileage.</p>
    <h3>Can my church group help with the winter coat sort?</h3>
    <p>Thank you for asking! Every coat sort slot for this winter is already spoken for. We will post next year's dates in September.</p>
    <h3>Who runs Midnimo?</h3>
    <p>Our director, Hawa Jimcaale, came to Elbow Lake in 2011 and started the center in her living room with three families.</p>
  </div>
</section>
""" + FOOT

MAAMUL = HEAD.format(lang="so", title="Maamulka", cls="maamul") + """
<section>
  <h1>Qoraalka shirka guddiga (gudaha kaliya)</h1>
  <ul>
    <li>Waxaan u baahanahay xisaabiye (accountant) dib u eega buugaagta sanadka.</li>
    <li>Qof rinjiyeeya fasalka carruurta ka hor Diseembar.</li>
    <li>Weydii masjidka haddii ay na siin karaan kombiyuutarro cusub.</li>
  </ul>
</section>
""" + FOOT

PAGES = {
    "index.html": INDEX,
    "deeq.html": DEEQ,
    "jadwal.html": JADWAL,
    "volunteer.html": VOL,
    "maamul/shir.html": MAAMUL,
}

ROBOTS = """User-agent: *
Disallow: /maamul/
Disallow: /config/

User-agent: Bytespider
Disallow: /
"""

PDFS = {
    "foomam/foomka-mutadawaca.pdf": ("Foomka Mutadawaca - Midnimo Family Center", [
        ("title", "MIDNIMO FAMILY CENTER - ELBOW LAKE"),
        ("title", "Foomka Mutadawaca"),
        ("p", "15 Division St W, Elbow Lake, MN 56531 - 218-555-0163"),
        ("p", "Magaca: ______________________________  Telefoonka: __________________"),
        ("p", "Iimaylka: ____________________________  Maalmaha aad bannaan tahay: ______"),
        ("h", "Gu'ga: tababare kubadda cagta gabdhaha"),
        ("p", "Gabdhaha 10 ilaa 14 jir ah waxay rabaan koox kubadda cagta ah. Waxaan u baahanahay tababare kubadda cagta "
              "oo la shaqeyn kara Arbacada galabnimo, Abriil ilaa Juun. Khibrad weyn looma baahna, laakiin waa inaad "
              "jeceshahay carruurta. Calaamadee haddii aad diyaar tahay: [ ]"),
        ("h", "Hawlo kale"),
        ("p", "[ ] Qaybinta cuntada  [ ] Xannaanada carruurta  [ ] Turjumaad  [ ] Wax kale: ________"),
        ("h", "Sida foomka loo soo celiyo"),
        ("p", "Foomka ku soo celi xafiiska ama sawir ka qaad oo u dir salaam@midnimo-elbowlake.org."),
        ("p", "Saxiixa: ____________________________  Taariikhda: __________"),
    ]),
}

NEEDS = [
    N("index.html", ["turjubaan soomaali iyo ingiriis", "turjubaan"], "skilled", "so", ["so", "en"], layout="role_cards",
      note="card title in h3"),
    N("index.html", ["macallin xisaabta"], "skilled", "so", layout="role_cards", note="card title in p>strong"),
    N("index.html", ["macallimad tolliinka", "tolliinka"], "skilled", "so", layout="role_cards", note="card title in a div"),
    N("deeq.html", ["liiska agabka dugsiga", "boorsooyin"], "donation", "so", layout="wish_list", note="4 items = one need"),
    N("deeq.html", ["jaakado jiilaal", "miis iyo kuraas"], "donation", "so", layout="story"),
    N("jadwal.html", ["qaybinta cuntada"], "volunteer", "so", layout="shift_table", note="'still need 2 people'"),
    N("jadwal.html", ["xannaanada carruurta"], "volunteer", "so", layout="shift_table", note="'1 person still needed'"),
    N("volunteer.html", ["ged math"], "skilled", "en", ["en"], layout="faq_answer"),
    N("volunteer.html", ["friday grocery run", "volunteer driver"], "volunteer", "en", layout="faq_answer",
      note="mileage reimbursed is not pay"),
    N("foomam/foomka-mutadawaca.pdf", ["tababare kubadda cagta"], "volunteer", "so", layout="pdf"),
]

TRAPS = [
    T("index.html", "service", ["fasal ingiriisi oo bilaash ah"]),
    T("index.html", "service", ["barnaamijka carruurta"]),
    T("index.html", "hours", ["saacadaha xarunta"]),
    T("index.html", "filled", ["kaxaynta waayeelka"], "WAA LA HELAY badge (it was found)"),
    T("deeq.html", "filled", ["sariiro carruur"], "looma baahna hadda (not needed now)"),
    T("deeq.html", "recap", ["ololihii ramadaanta"]),
    T("deeq.html", "general_appeal", ["ku deeq lacag"]),
    T("jadwal.html", "filled", ["nadiifinta xarunta"], "names + ✓ dhammaystiran (complete)"),
    T("jadwal.html", "filled", ["soo dhaweynta xafiiska"], "boos ma jiro (no room) - buuxa"),
    T("jadwal.html", "event", ["shirka waalidiinta"]),
    T("volunteer.html", "service", ["what does midnimo offer"]),
    T("volunteer.html", "how_to_apply", ["how do families sign up"]),
    T("volunteer.html", "filled", ["coat sort"], "already spoken for"),
    T("volunteer.html", "bio", ["hawa jimcaale"]),
    T("maamul/shir.html", "robots", ["xisaabiye"]),
    T("maamul/shir.html", "robots", ["rinjiyeeya"]),
    T("maamul/shir.html", "robots", ["kombiyuutarro"]),
    T("foomam/foomka-mutadawaca.pdf", "how_to_apply", ["sida foomka loo soo celiyo"]),
]
