"""Site 2: Ubah Somali Community Center, Winnebago (Faribault County). Somali first, one English page.
Layouts: Somali shift table with status words, card grid with badges and a progress counter,
news page with a mother's story, English <dl>, robots-disallowed staff page, Somali PDF form."""
from common import N, T

SLUG = "winnebago-ubah-somali-center"
TOWN = "winnebago"

HEAD = """<!DOCTYPE html>
<html lang="%s">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%s</title>
<link rel="stylesheet" href="/assets/ubah.css">
</head>
<body>
<div class="wrap">
<header class="top">
  <div class="logo">UBAH</div>
  <ul class="menu">
    <li><a href="/">Bogga hore</a></li>
    <li><a href="/tabaruc.html">Tabarucid</a></li>
    <li><a href="/baahiyaha.html">Baahiyaha</a></li>
    <li><a href="/warar.html">Warar</a></li>
    <li><a href="/en/index.html">English</a></li>
  </ul>
</header>
"""

FOOT = """<footer class="bottom">
  <div>Xarunta Bulshada Soomaalida ee Ubah &middot; 118 S Main St, Winnebago, MN 56098 &middot; (507) 555-0162</div>
  <div><a href="/muuqaal/shir-bulshada-2024.html">Muuqaalka shirka bulshada 2024</a> &middot;
  <a href="/shaqaalaha/index.html">Shaqaalaha</a> &middot; <a href="/foom-tabaruc.pdf">Foomka tabarucaha (PDF)</a></div>
</footer>
</div>
</body>
</html>
"""

PAGES = {}

PAGES["index.html"] = HEAD % ("so", "Xarunta Bulshada Soomaalida ee Ubah") + """
<main>
<section class="hero">
  <h1>Ku soo dhowow Xarunta Ubah</h1>
  <p>Ubah waa urur aan faa'iido doon ahayn oo u adeega qoysaska Soomaalida ee ku nool Winnebago, Blue Earth
  iyo Fairmont tan iyo 2016.</p>
</section>
<section>
  <h2>Adeegyadeena</h2>
  <ul>
    <li>Caawinaad buuxinta foomamka (SNAP, MA, guriyeynta)</li>
    <li>Fasallada Ingiriisiga ee dadka waaweyn &mdash; bilaash</li>
    <li>Kooxda casharrada ee ardayda, Arbaco kasta</li>
  </ul>
</section>
<section>
  <h2>Saacadaha xafiiska</h2>
  <p>Isniin &ndash; Khamiis: 9:00 subaxnimo &ndash; 5:00 galabnimo. Jimce iyo Sabti: xiran.</p>
</section>
<section>
  <h2>Xafladda Ciidda</h2>
  <p>Xafladda Ciid al-Adha ee bulshada waxay ka dhici doontaa hoolka dugsiga sare ee Blue Earth. Dhammaan
  qoysaska waa lagu soo dhaweynayaa.</p>
</section>
<aside class="give">
  <h3>Nagu taageer</h3>
  <p>Deeq lacageed kasta, ha yaraato ama ha badnaato, waa muhiim. Mahadsanid!</p>
</aside>
</main>
""" + FOOT

PAGES["tabaruc.html"] = HEAD % ("so", "Tabarucid &ndash; Xarunta Ubah") + """
<main>
<h1>Fursadaha Tabarucidda</h1>
<p>Hoos waxaa ku qoran shaqooyinka aan hadda u baahanahay. Si aad isu qorto, la xiriir Xaliimo (507) 555-0162
ama buuxi <a href="/foom-tabaruc.pdf">foomka tabarucaha</a>.</p>
<table class="shifts">
<thead><tr><th>Shaqada</th><th>Goorta</th><th>Booska haray</th><th>Xaaladda</th></tr></thead>
<tbody>
<tr><td>Darawalada ballamaha caafimaadka</td><td>Talaado iyo Khamiis subaxnimo</td><td>3</td>
    <td class="open">Waa furan yahay &mdash; waa inaad haysataa baabuur iyo liisan</td></tr>
<tr><td>Turjubaan Soomaali&ndash;Ingiriis (rugta caafimaadka Fairmont)</td><td>Arbaco 1&ndash;4 galabnimo</td><td>1</td>
    <td class="open">Waa furan yahay</td></tr>
<tr class="done"><td>Diyaarinta cuntada iftaarka</td><td>Ramadaan</td><td>0</td>
    <td>Waa la dhammaystiray &mdash; mahadsanidiin</td></tr>
<tr><td>Daryeelka carruurta inta fasalka hooyooyinka socdo</td><td>Sabti 10&ndash;12</td><td>2</td>
    <td class="open">Waa furan yahay</td></tr>
<tr class="done"><td>Macallimiinta Ingiriisiga</td><td>Axad galabnimo</td><td>0</td>
    <td>Ma jiro boos bannaan</td></tr>
<tr class="done"><td>Qurxinta hoolka Ciidda</td><td>&mdash;</td><td>&mdash;</td>
    <td>Ciiddii way dhammaatay, mahadsanid</td></tr>
</tbody>
</table>
</main>
""" + FOOT

PAGES["baahiyaha.html"] = HEAD % ("so", "Baahiyaha &ndash; Xarunta Ubah") + """
<main>
<h1>Waxyaabaha aan u baahanahay</h1>
<div class="cards">
  <div class="card">
    <div class="card-title">Kuraasta ilmaha ee baabuurka (car seats)</div>
    <span class="badge red">Loo baahan yahay</span>
    <p>Saddex qoys oo cusub ayaa Winnebago yimid. Waxay u baahan yihiin 6 kursi oo ilmaha ah. Fadlan
    hubi in aanay dhicin (not expired).</p>
  </div>
  <div class="card">
    <div class="card-title">Busteyaal iyo gogol</div>
    <span class="badge green">WAA LA HELAY &#10003;</span>
    <p>Waa la helay, mahadsanidiin! Hadda uma baahnin.</p>
  </div>
  <div class="card">
    <div class="card-title">Laptop-yo loogu talagalay kooxda casharrada</div>
    <p>Ardayda dugsiga sare waxay u baahan yihiin 5 laptop oo shaqeynaya si ay u qabsadaan shaqada guriga.</p>
  </div>
  <div class="card">
    <div class="card-title">Cunto xalaal ah oo qallalan</div>
    <span class="badge gray">Bakhaarku waa buuxaa</span>
    <p>Fadlan ha keenin ilaa bisha dambe.</p>
  </div>
  <div class="card">
    <div class="card-title">Boorsooyinka dugsiga</div>
    <progress value="52" max="90"></progress>
    <p>52 ka mid ah 90 boorso ayaa la helay. Waxaa weli naga dhiman 38 boorso oo ay ku jiraan qalin iyo buug.</p>
  </div>
</div>
</main>
""" + FOOT

PAGES["warar.html"] = HEAD % ("so", "Warar &ndash; Xarunta Ubah") + """
<main>
<h1>Warar</h1>
<article>
  <h2>Sheekada Hooyo Faadumo</h2>
  <p class="date">12 Noofeembar 2025</p>
  <p>Faadumo waa hooyo shan carruur ah oo sannad ka hor ka timid Nairobi. Ninkeeda wuxuu hadda ku jiraa
  isbitaalka Rochester. Carruurtu ma haystaan dhar qabow: jaakado iyo kabo baraf midna ma laha, barafkiina
  wuu yimid. Haddii aad caawin karto, jaakado carruur (cabbirka 6 ilaa 14) iyo kabo baraf keen xafiiska.</p>
</article>
<article>
  <h2>Mahadsanid &mdash; Ciidii hore</h2>
  <p>In ka badan 300 oo qof ayaa ka soo qayb galay Ciidii hore. Waxaan u mahadcelinaynaa dhammaan
  tabarucayaashii.</p>
</article>
<article>
  <h2>Shirka waalidiinta &mdash; 15 Diseembar</h2>
  <p>Shirka waalidiinta ee dugsiyada Blue Earth Area wuxuu dhici doonaa 6:00 fiidnimo.</p>
</article>
<article class="teaser">
  <h2>Maxaan u tabarucaa? Sheekadii Cabdi</h2>
  <p>Cabdi oo 17 jir ah ayaa noo sheegay sababta uu Sabti kasta u yimaado xarunta. <a href="/warar.html">Akhri wax dheeraad ah</a></p>
</article>
</main>
""" + FOOT

PAGES["en/index.html"] = HEAD % ("en", "Ubah Somali Community Center &ndash; English") + """
<main>
<h1>Ubah Somali Community Center</h1>
<p>Welcome, neighbors and partners. Most of our site is in Somali; this page is for English readers.</p>
<h2>How you can help</h2>
<dl class="roles">
  <dt>Citizenship class tutors</dt>
  <dd>Help elders prepare for the civics test on Saturday mornings in our office. Somali is helpful but not
  required; most of all you need clear English and patience.</dd>
  <dt>Grant writer</dt>
  <dd>We have never had a grant writer. Could you give five hours a month to help us apply to the Southern
  Minnesota Initiative Foundation and the county?</dd>
  <dt>Board treasurer</dt>
  <dd><em>Filled in March 2025 &mdash; welcome, Hodan!</em></dd>
  <dt>Front-desk receptionist</dt>
  <dd>Part-time paid position, $17 an hour, 20 hours a week. Somali and English required. Send a resume to
  jobs@ubahcenter.example.</dd>
</dl>
<h2>Our programs</h2>
<p>Free tax filing help every February and March, English classes for adults, and a homework club on Wednesdays.</p>
<p class="give">Give online to keep our doors open.</p>
</main>
""" + FOOT

PAGES["shaqaalaha/index.html"] = HEAD % ("so", "Shaqaalaha kaliya &ndash; Xarunta Ubah") + """
<main>
<h1>Shaqaalaha kaliya</h1>
<p>Bogga gudaha ee shaqaalaha iyo guddiga.</p>
<ul>
  <li>Waxaan u baahanahay xisaabiye tabaruc ah oo hubiya buugaagta sanadka.</li>
  <li>Kombiyuutar cusub oo loogu talagalay xafiiska hore.</li>
  <li>Qof nadiifiya xafiiska habeenkii Jimcaha.</li>
</ul>
</main>
""" + FOOT

ROBOTS = """User-agent: *
Disallow: /shaqaalaha/
"""

PDFS = {
    "foom-tabaruc.pdf": ("Foomka Tabarucaha - Xarunta Ubah", [
        ("title", "FOOMKA TABARUCAHA"),
        ("p", "Xarunta Bulshada Soomaalida ee Ubah - 118 S Main St, Winnebago, MN"),
        ("h", "Baahi cusub: barnaamijka dabaasha haweenka"),
        ("p", "Barnaamijka dabaasha haweenka ee Sabtida (barkadda Blue Earth) wuxuu u baahan yahay laba "
              "haween ah oo haysta shahaadada badbaadinta biyaha (lifeguard). Haddii aadan haysan "
              "shahaadada laakiin aad dabaasha taqaanid, waxaan kuu bixin karnaa tababarka."),
        ("h", "Macluumaadkaaga"),
        ("p", "Magaca: ______________________   Telefoonka: ____________________"),
        ("p", "Email: ______________________   Luqadaha aad ku hadasho: ______________"),
        ("p", "Maalmaha aad diyaar tahay:  [ ] Isniin  [ ] Talaado  [ ] Arbaco  [ ] Khamiis  [ ] Sabti"),
        ("h", "Sida loo soo celiyo foomka"),
        ("p", "Foomka ku soo celi xafiiska Ubah ama sawir ka qaad oo u dir xaliimo@ubahcenter.example. "
              "Tabarucayaasha waa inay jiraan 18 sano ama ka weyn."),
    ]),
}

NEEDS = [
    N("tabaruc.html", ["darawalada", "ballamaha caafimaadka"], "volunteer", "so", [], "shift_table",
      "row open, 3 slots; own car"),
    N("tabaruc.html", ["turjubaan"], "skilled", "so", ["so", "en"], "shift_table", "interpreter row, 1 slot"),
    N("tabaruc.html", ["daryeelka carruurta"], "volunteer", "so", [], "shift_table",
      "childcare during mothers' class, 2 slots"),
    N("baahiyaha.html", ["kuraasta ilmaha", "car seats"], "donation", "so", [], "role_cards", "6 car seats"),
    N("baahiyaha.html", ["laptop", "kooxda casharrada"], "donation", "so", [], "role_cards",
      "5 laptops for homework club (card without badge)"),
    N("baahiyaha.html", ["boorsooyinka dugsiga", "boorso"], "donation", "so", [], "progress_counter",
      "52 of 90, 38 still missing"),
    N("warar.html", ["faadumo", "jaakado", "kabo baraf"], "donation", "so", [], "story",
      "mother's story: kids' coats and snow boots"),
    N("en/index.html", ["citizenship class tutors", "citizenship"], "skilled", "en", ["en", "so"],
      "definition_list", "Somali helpful"),
    N("en/index.html", ["grant writer"], "skilled", "en", [], "definition_list", ""),
    N("foom-tabaruc.pdf", ["dabaasha haweenka", "lifeguard"], "skilled", "so", [], "pdf",
      "two female lifeguards for women's swim program, only in the PDF"),
]

TRAPS = [
    T("index.html", "service", ["buuxinta foomamka"], "help filling forms"),
    T("index.html", "service", ["fasallada ingiriisiga"], "free English classes"),
    T("index.html", "service", ["kooxda casharrada ee ardayda"], "homework club offered"),
    T("index.html", "hours", ["saacadaha xafiiska"], ""),
    T("index.html", "event", ["xafladda ciidda", "ciid al-adha"], ""),
    T("index.html", "general_appeal", ["deeq lacageed", "nagu taageer"], "money"),
    T("tabaruc.html", "filled", ["cuntada iftaarka"], "Waa la dhammaystiray"),
    T("tabaruc.html", "filled", ["macallimiinta ingiriisiga"], "Ma jiro boos bannaan"),
    T("tabaruc.html", "filled", ["qurxinta hoolka"], "event over"),
    T("baahiyaha.html", "filled", ["busteyaal"], "WAA LA HELAY badge"),
    T("baahiyaha.html", "filled", ["cunto xalaal"], "storeroom full, don't bring"),
    T("warar.html", "recap", ["ciidii hore"], "300 people came"),
    T("warar.html", "event", ["shirka waalidiinta"], ""),
    T("warar.html", "blog", ["maxaan u tabarucaa"], "teaser"),
    T("en/index.html", "filled", ["board treasurer"], "Filled in March"),
    T("en/index.html", "job", ["front-desk receptionist", "receptionist"], "paid $17/h"),
    T("en/index.html", "service", ["tax filing help"], ""),
    T("en/index.html", "general_appeal", ["give online"], ""),
    T("shaqaalaha/index.html", "robots", ["xisaabiye"], "Disallow: /shaqaalaha/"),
    T("shaqaalaha/index.html", "robots", ["kombiyuutar cusub"], "Disallow: /shaqaalaha/"),
    T("shaqaalaha/index.html", "robots", ["nadiifiya xafiiska"], "Disallow: /shaqaalaha/"),
    T("foom-tabaruc.pdf", "how_to_apply", ["sida loo soo celiyo"], "how to return the form"),
]
