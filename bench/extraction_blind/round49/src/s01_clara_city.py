"""Clara City: Dalmar Family Center (Somali + English).
Layouts: WhatsApp-group digest on the home page, sign-up sheet with rowspan
dates and names/blanks, Somali Kanban task board (Needed / Taken / Done),
Somali newsletter with a family story and a buried ask, Somali PDF form with
checkboxes."""
from common import N, T

SLUG = "clara-city-dalmar-family-center"

NAV = """<nav class="topnav">
  <a href="/index.html">Home</a> |
  <a href="/hawlaha.html">Looxa Hawlaha</a> |
  <a href="/signup.html">Volunteer sign-up</a> |
  <a href="/wararka.html">Wararka</a> |
  <a href="/foom/codsiga-mutadawaca.pdf">Foomka (PDF)</a> |
  <a href="/muuqaal/ciid-2025.html">Sawirrada Ciidda</a>
</nav>"""

FOOT = """<footer class="ftr">
  <p>Dalmar Family Center &middot; 118 N 1st St, Clara City, MN 56222 &middot; (320) 555-0141</p>
  <p><a href="/xafiiska/index.html">Staff login</a></p>
</footer>"""

PAGES = {}

PAGES["index.html"] = """
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Dalmar Family Center | Clara City</title>
<link rel="stylesheet" href="/css/site.css">
</head>
<body>
<header class="hero">
  <img src="/img/hero-boxes.jpg" alt="Volunteers needed! Help us pack food boxes">
  <h1>Dalmar Family Center</h1>
  <p class="tag">Somali and East African families in Chippewa County &mdash; since 2014</p>
</header>
""" + NAV + """
<main>
<section class="about">
  <h2>What we do</h2>
  <ul>
    <li>After-school Quran and homework club for grades 1&ndash;8</li>
    <li>Free tax filing help for families, February to April</li>
    <li>Rides to WIC and county appointments for mothers with small children</li>
  </ul>
  <h3>Open</h3>
  <p>Monday&ndash;Thursday 10:00 am to 6:00 pm, Saturday 10:00 am to 2:00 pm. Closed Friday.</p>
  <h3>Need help?</h3>
  <p>To ask for help, stop by the front desk with a photo ID and a piece of mail with your
  address. We will set up a time to talk with a case worker the same week.</p>
</section>

<section class="wa-digest">
  <h2>From the Dalmar WhatsApp group</h2>
  <p class="small">Shared here with permission. Reply in the group or call the office.</p>
  <div class="msg"><span class="who">Amina</span> <span class="time">Mon 9:14</span>
    <p>Salaan everyone. The Farah family in building C just had twins and they only have one
    crib. Does anyone have a <b>second crib or a pack-n-play</b> they can give? Clean please.</p></div>
  <div class="msg"><span class="who">Yusuf</span> <span class="time">Mon 13:40</span>
    <p>Can someone drive my mother to the Willmar clinic Thursday 8am? I work that morning.</p></div>
  <div class="msg"><span class="who">Yusuf</span> <span class="time">Tue 7:02</span>
    <p>UPDATE: ride to Willmar found. Mahadsanid Hassan!! &#x2714;</p></div>
  <div class="msg"><span class="who">Dalmar office</span> <span class="time">Tue 16:25</span>
    <p>Our center van is making a grinding noise when it stops. Does anyone know a
    <b>mechanic who could look at the van brakes</b> for free? We will buy the parts.</p></div>
  <div class="msg"><span class="who">Sahra</span> <span class="time">Wed 20:11</span>
    <p>Selling my grey sofa, $40, you pick up. Text me.</p></div>
</section>

<aside class="hiring">
  <h2>We're hiring</h2>
  <p><b>Family Advocate</b> &mdash; paid, 30 hours a week, $21/hour. Somali and English required.
  Send a resume to jobs@dalmarcenter.example.</p>
</aside>

<section class="give">
  <h2>Support Dalmar</h2>
  <p>Every gift keeps our doors open. <a href="https://give.example/dalmar">Give online</a>.</p>
</section>
</main>
""" + FOOT + """
</body>
</html>
"""

PAGES["signup.html"] = """
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Ramadan volunteer sign-up sheet</title>
<style>
table.sheet{border-collapse:collapse} table.sheet td,table.sheet th{border:1px solid #444;padding:4px 8px}
.blank{color:#aaa} .full{background:#eee}
</style>
</head>
<body>
""" + NAV + """
<h1>Ramadan 1446 &mdash; Volunteer Sign-Up Sheet</h1>
<p>This is the same sheet that hangs by the front desk. We copy it here every evening.</p>
<table class="sheet">
<tr><th>Date</th><th>Task</th><th>1</th><th>2</th><th>3</th><th></th></tr>
<tr><td rowspan="2">Sat Mar 8</td>
    <td>Food box packing</td><td>Hawa A.</td><td>Ilhan M.</td><td>Deqa F.</td><td class="full">FULL</td></tr>
<tr><td>Box delivery drivers (own car)</td><td>Abdi W.</td><td class="blank">__________</td><td class="blank">__________</td><td></td></tr>
<tr><td rowspan="3">Fri Mar 14</td>
    <td>Iftar setup crew</td><td>Mohamed</td><td>Khalid</td><td>Ayan</td><td class="full">FULL</td></tr>
<tr><td>Childcare during iftar (ages 2&ndash;6)</td><td class="blank">__________</td><td class="blank">__________</td><td class="blank">__________</td><td></td></tr>
<tr><td>Dish washing after iftar</td><td>Nasra</td><td class="blank">__________</td><td>&mdash;</td><td></td></tr>
</table>
<p>To sign up, write your name on the paper sheet at the front desk or text Deqa at (320) 555-0143.</p>
<h2>Save the date</h2>
<p><b>Eid al-Fitr celebration</b> &mdash; Sunday March 30, Clara City Community Hall, 10 am. Food, games
and gifts for the children. Everyone is welcome.</p>
""" + FOOT + """
</body>
</html>
"""

PAGES["hawlaha.html"] = """
<!DOCTYPE html>
<html lang="so">
<head>
<meta charset="utf-8">
<title>Looxa Hawlaha - Xarunta Dalmar</title>
<style>
.board{display:flex;gap:12px}.col{flex:1;background:#f4f5f7;padding:8px;border-radius:6px}
.card{background:#fff;margin:6px 0;padding:8px;border-radius:4px;box-shadow:0 1px 2px #0002}
.lbl{font-size:11px;border-radius:3px;padding:1px 4px;background:#dfe1e6}
</style>
</head>
<body>
""" + NAV + """
<h1>Looxa Hawlaha</h1>
<p class="help"><b>Sida looxa loo isticmaalo:</b> kaarka ku jira tiirka koowaad waa hawlo weli u baahan qof.
Haddii aad rabto mid, soo wac xafiiska ama u sheeg Deqa, waxaanu kaarka u wareejin doonaa tiirka labaad.</p>
<div class="board">
  <div class="col" data-col="todo">
    <h2>Loo baahan yahay</h2>
    <div class="card" data-id="41"><span class="lbl">mutadawac</span>
      <h3>Turjubaan Af-Soomaali iyo Ingiriisi</h3>
      <p>Ballamaha dhakhtarka ee Montevideo, Talaadada subaxdii. Waa inaad si fiican ugu hadashaa labada luqadood.</p></div>
    <div class="card" data-id="44"><span class="lbl">waxbarasho</span>
      <h3>Macallin xisaab fasallada 6&ndash;8</h3>
      <p>Arbacada 4:00&ndash;5:30 galabnimo. 8 arday ayaa sugaya.</p></div>
    <div class="card" data-id="47"><span class="lbl">deeq</span>
      <h3>Kabo jiilaal carruurta</h3>
      <p>Cabbirrada 11 ilaa 4 (carruur). Kabo cusub ama kuwo aad u wanaagsan.</p></div>
    <div class="card" data-id="48"><span class="lbl">mutadawac</span>
      <p><b>Nadiifinta maqaasinka</b> &mdash; qof naga caawiya inaan kala soocno oo nadiifinno maqaasinka dambe, Sabti 2 saacadood.</p></div>
  </div>
  <div class="col" data-col="doing">
    <h2>Qof ayaa qaatay</h2>
    <div class="card" data-id="39"><h3>Darawal Sabtida</h3>
      <p>Cabdiraxmaan ayaa qaatay. Mahadsanid!</p></div>
    <div class="card" data-id="42"><h3>Diyaarinta boorsooyinka iskuulka</h3>
      <p>Ayaan iyo gabdhaheeda ayaa qaatay.</p></div>
  </div>
  <div class="col" data-col="done">
    <h2>Waa la dhammeeyey &#x2713;</h2>
    <div class="card" data-id="30"><h3>Buste jiilaal (40)</h3>
      <p>Waa la helay dhammaan. Mahadsanidiin!</p></div>
    <div class="card" data-id="33"><h3>Rinjiyeynta fasalka 2</h3>
      <p>Waa la dhammeeyey 12-ka bisha.</p></div>
  </div>
</div>
""" + FOOT + """
</body>
</html>
"""

PAGES["wararka.html"] = """
<!DOCTYPE html>
<html lang="so">
<head>
<meta charset="utf-8">
<title>Wararka Dalmar - Bisha Oktoobar</title>
</head>
<body>
""" + NAV + """
<article>
<h1>Wararka Bisha Oktoobar</h1>
<p>Asalaamu calaykum qoysaska Dalmar. Bishan waxaa bilaabmay fasallada cusub. Fasallada Ingiriisiga ee
hooyooyinka waa bilaash, Isniinta iyo Khamiista 10:00 subaxnimo, carruurtana waa la xannaaneeyaa.</p>

<h2>Qoyska Xasan</h2>
<p>Toddobaadkii hore dab ayaa ka kacay guriga Qoyska Xasan ee wadada 3aad. Alxamdulillaah qofna ma dhaawacmin,
laakiin waxay lumiyeen wax walba. Qoyska waa 7 qof. Hadda ma haystaan sariiro, alaabta jikada (dheriyo, saxamo)
iyo dhar carruur. Haddii aad wax bixin karto, keen xarunta ama la xiriir Xaliimo.</p>

<h2>Mahadsanid</h2>
<p>Mahadsanid Masjid Al-Nur oo xarunta ugu deeqay friijir cusub.</p>

<h2>Warbixin</h2>
<p>Bishii hore waxaan qaybinay 300 boorso cunto ah qoysaska degmada. Waxaa ka qayb qaatay 25 mutadawac.
Sidoo kale waxaan raadineynaa qof yaqaan xisaabaadka (bookkeeping) oo toddobaadkii 2 saacadood na caawiya,
gaar ahaan diiwaangelinta kharashka iyo rasiidhada.</p>

<h2>Shirka waalidiinta</h2>
<p>Talaado 21-ka Oktoobar, 6:00 fiidnimo, hoolka weyn. Waalid kasta waa lagu soo dhaweynayaa.</p>
</article>
""" + FOOT + """
</body>
</html>
"""

PAGES["xafiiska/index.html"] = """
<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Staff notes (internal)</title><meta name="robots" content="noindex"></head>
<body>
<h1>Staff notes &mdash; internal</h1>
<ul>
  <li>Need: volunteer to drive the van to the Willmar food bank pickups (every other Friday)</li>
  <li>Need: Arabic tutor for Quran club, Saturdays</li>
  <li>Need: donated laser printer for the front desk</li>
</ul>
<p><a href="/index.html">Back</a></p>
</body>
</html>
"""

ROBOTS = """User-agent: *
Disallow: /xafiiska/
"""

PDFS = {
    "foom/codsiga-mutadawaca.pdf": ("Foomka Codsiga Mutadawaca", [
        ("title", "Foomka Codsiga Mutadawaca - Xarunta Dalmar"),
        ("p", "Magaca: ______________________   Telefoon: ________________"),
        ("p", "Cinwaanka: ______________________________________________"),
        ("gap", ""),
        ("h", "Dooro hawsha aad rabto (hadda loo baahan yahay):"),
        ("p", "[  ] Kaaliye waxbarasho (homework helper) - Isniinta iyo Arbacada 4:00-6:00, fasallada 1-5."),
        ("p", "[  ] Darawal u kaxeeya waayeelka ballamaha dhakhtarka - gaari adiga kuu gaar ah iyo liisan."),
        ("p", "[  ] Kariye iftarka - BUUXA. Fadlan ha dooran, waan haysannaa kariyeyaal ku filan."),
        ("gap", ""),
        ("h", "Maalmaha aad heli karto:"),
        ("p", "[  ] Isniin   [  ] Talaado   [  ] Arbaco   [  ] Khamiis   [  ] Sabti"),
        ("gap", ""),
        ("h", "Sida foomka loo soo celiyo"),
        ("p", "Ku soo celi foomka miiska hore ee xarunta, ama sawir ka qaad oo u dir WhatsApp-ka xafiiska "
              "(320) 555-0141. Waxaan kula soo xiriiri doonaa 3 maalmood gudahood."),
    ]),
}

NEEDS = [
    N("index.html", ["crib", "pack-n-play"], "donation", "en", (), "chat_digest",
      "WhatsApp digest: twins, second crib"),
    N("index.html", ["mechanic", "van brakes"], "skilled", "en", (), "chat_digest",
      "office post in the digest; parts paid"),
    N("signup.html", ["box delivery driver"], "volunteer", "en", (), "signup_sheet",
      "rowspan date; two blank slots"),
    N("signup.html", ["childcare during iftar", "childcare"], "volunteer", "en", (), "signup_sheet",
      "three blank slots"),
    N("signup.html", ["dish washing"], "volunteer", "en", (), "signup_sheet", "one name, one blank"),
    N("hawlaha.html", ["turjubaan"], "skilled", "so", ("so", "en"), "kanban", "Needed column"),
    N("hawlaha.html", ["macallin xisaab"], "skilled", "so", (), "kanban", "Needed column"),
    N("hawlaha.html", ["kabo jiilaal"], "donation", "so", (), "kanban", "Needed column"),
    N("hawlaha.html", ["nadiifinta maqaasinka", "maqaasinka"], "volunteer", "so", (), "kanban",
      "card without heading, bold lead"),
    N("wararka.html", ["qoyska xasan", "sariiro"], "donation", "so", (), "story", "house fire"),
    N("wararka.html", ["xisaabaadka", "bookkeeping"], "skilled", "so", (), "newsletter_buried",
      "buried after the recap sentence"),
    N("foom/codsiga-mutadawaca.pdf", ["kaaliye waxbarasho", "homework helper"], "skilled", "so", (), "pdf_form",
      "checkbox option"),
    N("foom/codsiga-mutadawaca.pdf", ["darawal u kaxeeya", "waayeelka"], "volunteer", "so", (), "pdf_form",
      "checkbox option"),
]

TRAPS = [
    T("index.html", "filled", ["willmar clinic", "ride to willmar"], "ride found, thanked in next message"),
    T("index.html", "offer", ["sofa"], "member selling a sofa"),
    T("index.html", "job", ["family advocate"], "paid"),
    T("index.html", "general_appeal", ["give online", "support dalmar"]),
    T("index.html", "service", ["homework club"], "offered to clients"),
    T("index.html", "service", ["tax filing"], "offered to clients"),
    T("index.html", "service", ["rides to wic"], "offered to clients"),
    T("index.html", "hours", ["monday\u2013thursday", "closed friday"]),
    T("index.html", "how_to_apply", ["photo id", "ask for help"]),
    T("signup.html", "filled", ["food box packing"], "3 names + FULL"),
    T("signup.html", "filled", ["iftar setup crew"], "3 names + FULL"),
    T("signup.html", "event", ["eid al-fitr celebration"]),
    T("signup.html", "how_to_apply", ["paper sheet"], "how to sign up"),
    T("hawlaha.html", "filled", ["darawal sabtida"], "Taken column"),
    T("hawlaha.html", "filled", ["boorsooyinka iskuulka"], "Taken column"),
    T("hawlaha.html", "filled", ["buste jiilaal"], "Done column"),
    T("hawlaha.html", "filled", ["rinjiyeynta"], "Done column"),
    T("hawlaha.html", "how_to_apply", ["sida looxa"], "board instructions"),
    T("wararka.html", "service", ["fasallada ingiriisiga"], "free classes for mothers"),
    T("wararka.html", "thanks", ["masjid al-nur", "friijir"]),
    T("wararka.html", "recap", ["300 boorso"]),
    T("wararka.html", "event", ["shirka waalidiinta"]),
    T("foom/codsiga-mutadawaca.pdf", "filled", ["kariye iftarka"], "BUUXA"),
    T("foom/codsiga-mutadawaca.pdf", "how_to_apply", ["sida foomka loo soo celiyo"]),
    T("xafiiska/index.html", "robots", ["willmar food bank"]),
    T("xafiiska/index.html", "robots", ["arabic tutor"]),
    T("xafiiska/index.html", "robots", ["laser printer"]),
]
