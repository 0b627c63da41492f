"""Good Thunder: Somali family network (Wix-like div soup). Somali pages, English newsletter, Somali PDF form."""
from common import need, trap, robots

SLUG = "good-thunder-somali-family-network"
ROBOTS = "# robots for sqfs site\nUser-agent: *\nDisallow: /maamul/\n\nUser-agent: Bingbot\nCrawl-delay: 10\n"


def shell(title, body, lang="so"):
    return """<!DOCTYPE html>
<html lang="%s">
<head>
<meta charset="utf-8">
<title>%s - Shabakadda Qoysaska Soomaaliyeed</title>
<meta name="generator" content="Wix.com Website Builder">
<link rel="stylesheet" href="/_static/wix-fonts.css">
</head>
<body>
<div id="SITE_CONTAINER"><div id="main_MF"><div id="SITE_ROOT">
<header id="SITE_HEADER"><div class="comp-kq1"><div class="comp-kq1-inner">
  <div class="txtNew"><p class="font_0"><span style="color:#1B5E20">Shabakadda Qoysaska Soomaaliyeed</span></p></div>
  <nav class="StylableHorizontalMenu"><ul>
    <li><a href="/"><div class="label">Hoyga</div></a></li>
    <li><a href="/caawi.html"><div class="label">Iska-wax-u-qabso</div></a></li>
    <li><a href="/deeq.html"><div class="label">Deeq</div></a></li>
    <li><a href="/news.html"><div class="label">English</div></a></li>
    <li><a href="/foom/codsiga-mutadawaca.pdf"><div class="label">Foomka (PDF)</div></a></li>
    <li><a href="/muuqaal/ciid-2025.html"><div class="label">Sawirro</div></a></li>
  </ul></nav>
</div></div></header>
<main id="PAGES_CONTAINER"><div class="comp-main">
%s
</div></main>
<footer id="SITE_FOOTER"><div class="comp-foot">
  <div class="txtNew"><p class="font_9">118 Main St, Good Thunder, MN 56037 &middot; (507) 555-0162 &middot; info@sqfs-goodthunder.org</p>
  <p class="font_9"><a href="/maamul/">Maamulka</a> &middot; &copy; 2025</p></div>
</div></footer>
</div></div></div>
</body>
</html>
""" % (lang, title, body)


INDEX = shell("Hoyga", """
<section class="strip"><div class="txtNew">
  <h1 class="font_2">Ku soo dhowow!</h1>
  <p class="font_8">Waxaan nahay urur yar oo ay hooyooyin iyo aabayaal Soomaaliyeed aasaaseen sannadkii 2016, si ay isu caawiyaan qoysaska cusub ee gobolka.</p>
</div></section>
<section class="strip cols">
  <div class="col"><div class="txtNew"><h3 class="font_5">Saacadaha xafiiska</h3>
    <p class="font_8">Isniin ilaa Khamiis: 9:00 subaxnimo ilaa 5:00 galabnimo.<br>Jimcaha waa xiran yahay.</p></div></div>
  <div class="col"><div class="txtNew"><h3 class="font_5">Adeegyadeena</h3>
    <ul class="font_8"><li>Caawimaad buuxinta foomamka (dugsiga, caafimaadka, guryaha)</li>
    <li>Turjumaad bilaash ah oo taleefan ah</li>
    <li>Fasalka Ingiriisiga ee hooyooyinka</li></ul></div></div>
  <div class="col"><div class="txtNew"><h3 class="font_5">Xafladda Ciidda</h3>
    <p class="font_8">Ciid al-Adxa: Sabti, 7da Juun, beerta magaalada. Dhammaan qoysaska waa lagu soo dhaweynayaa.</p></div></div>
</section>
<section class="strip"><div class="txtNew">
  <h3 class="font_5">Na taageer</h3>
  <p class="font_8">Ku deeq lacag si aan u sii wadno shaqadan. <a href="https://www.example.org/sqfs/give">Hadda ku deeq</a></p>
  <p class="font_8">Ma rabtaa inaad gacan ka geysato? Eeg bogga <a href="/caawi.html">Iska-wax-u-qabso</a>.</p>
</div></section>
""")

CAAWI = shell("Iska-wax-u-qabso", """
<section class="strip"><div class="txtNew">
  <h1 class="font_2">Iska-wax-u-qabso: meelaha aan kaa rabno</h1>
  <p class="font_8">Mutadawiciintu waa laf-dhabarta shabakadda. Kuwani waa doorarka banaan hadda. La xiriir Hodan: (507) 555-0162.</p>
</div></section>
<section class="repeater grid3">
  <div class="item"><div class="txtNew">
    <h3 class="font_5">Macallimiinta casharrada guriga</h3>
    <p class="font_8">Caawi ardayda dugsiga dhexe xisaabta iyo akhriska, Talaada iyo Khamiista 4:00 ilaa 6:00 galabnimo. Waa inaad ku hadashaa Ingiriis iyo Soomaali labadaba.</p>
  </div></div>
  <div class="item"><div class="txtNew">
    <div class="font_5"><span>Darawallo mutadawiciin ah</span></div>
    <p class="font_8">Hooyooyin badan baabuur ma haystaan. Waxaan u baahanahay dad u kaxeeya ballamaha dhakhtarka iyo dukaanka. Waa inaad haysataa liisan iyo caymis.</p>
  </div></div>
  <div class="item"><div class="txtNew">
    <span class="t">Kaaliyeyaasha fasalka tolitaanka</span>
    <p class="font_8">Fasalka Sabtida wuxuu u baahan yahay laba qof oo yaqaan mashiinka dharka lagu tolo, si ay u caawiyaan hooyooyinka bilowga ah.</p>
  </div></div>
  <div class="item full"><div class="txtNew">
    <span class="badge">WAA LA BUUXIYEY</span>
    <h3 class="font_5">Diyaarinta cuntada iftaarka</h3>
    <p class="font_8">Mahadsanidin! Dhammaan habeennada Ramadaanka waa la qaybsaday.</p>
  </div></div>
  <div class="item"><div class="txtNew">
    <span class="badge">SHAQO MUSHAHAR LEH</span>
    <h3 class="font_5">Isku-duwaha barnaamijka dhallinyarada</h3>
    <p class="font_8">20 saacadood usbuucii, $20 saacaddii. Codso ilaa 15ka Maajo.</p>
  </div></div>
</section>
<section class="strip"><div class="txtNew">
  <h2 class="font_4">Waxaan raadinaynaa xisaabiye</h2>
  <p class="font_8">Shabakaddu waxay raadinaysaa qof mutadawac ah oo yaqaan xisaabaadka (bookkeeping, QuickBooks), si uu bishii hal mar u eego dakhliga iyo kharashka.</p>
</div></section>
""")

DEEQ = shell("Deeq", """
<section class="strip"><div class="txtNew">
  <h1 class="font_2">Deeqaha alaabta</h1>
  <p class="font_8">Alaabta waxaa lagu keeni karaa xafiiska Isniin ilaa Khamiis, 10:00 ilaa 4:00.</p>
</div></section>
<section class="strip"><div class="txtNew">
  <h2 class="font_4">Liiska alaabta aan u baahanahay</h2>
  <ul class="font_8">
    <li>Bariis basmati</li>
    <li>Baasto iyo saliid cunto</li>
    <li>Caanaha ilmaha (formula)</li>
    <li>Xafaayadaha carruurta (cabbirka 3, 4, 5)</li>
    <li>Saabuun iyo shaambo</li>
  </ul>
</div></section>
<section class="strip"><div class="txtNew">
  <h2 class="font_4">Aad ayaan ugu baahanahay jaakadaha jiilaalka</h2>
  <p class="font_8">Carruur badan ayaa dugsiga u socda iyagoo aan jaakad culus lahayn. Waxaan u baahanahay jaakadaha jiilaalka ee carruurta, cabbirada 5 ilaa 16, iyo galoofisyo.</p>
</div></section>
<section class="strip"><div class="txtNew">
  <h2 class="font_4">Sheekada qoyska Xaliimo</h2>
  <p class="font_8">Xaliimo iyo shanteeda carruur ah waxay bishii hore u soo guureen guri cusub oo ku yaal wadada Lincoln. Guriga wax alaab ah kuma jiraan: carruurtu dhulka ayay seexdaan, cuntadana dhulka ayay ku cunaan. Waxay u baahan yihiin sariiro, miis cunto iyo kuraas. Haddii aad haysato, nala soo xiriir.</p>
</div></section>
<section class="strip"><div class="txtNew">
  <h2 class="font_4">Kuwan hadda looma baahna</h2>
  <p class="font_8"><s>Bustayaal</s> &mdash; hadda looma baahna, mahadsanidin!</p>
  <p class="font_8"><s>Buugaag carruureed</s> &mdash; mar dambe ma aqbalno.</p>
</div></section>
<section class="strip"><div class="txtNew">
  <h2 class="font_4">Mahadsanidin</h2>
  <p class="font_8">Bishii Agoosto waxaan helnay 60 boorso oo dugsiga ah oo ay ku jiraan qalimaan iyo buugaag. Mahadsanidin dhammaan deeq-bixiyeyaasha!</p>
</div></section>
""")

NEWS = shell("Network News", """
<section class="strip"><div class="txtNew">
  <h1 class="font_2">Network News &mdash; Spring 2025</h1>
  <p class="font_9">From the desk of Hodan Warsame, coordinator</p>
  <p class="font_8">Asalaamu calaykum, friends. It has been a busy winter. Twelve new families joined the network since January, most of them moving out of the cities for cheaper rent. Our English class for mothers is now full, with a waiting list of nine. Our van, which gave more than 300 rides last year, has started making a grinding noise when it stops; if you are a mechanic and could look at the brakes on a Saturday, please call me at (507) 555-0162.</p>
</div></section>
<section class="strip"><div class="txtNew">
  <h2 class="font_4">From the March board meeting</h2>
  <p class="font_8">Minutes taken by Abdirahman. Present: five board members. Asad reported that the winter coat drive for the high school is covered: Lakeview Lutheran took all 40 requests. The board approved the new budget. Still open: we need two or three people to fold and stamp the quarterly mailing, about 500 envelopes, any weekday afternoon in April. Next meeting May 6.</p>
</div></section>
<section class="strip"><div class="txtNew">
  <h2 class="font_4">Practice partners</h2>
  <p class="font_8">Several of our mothers are applying for jobs at the hospital and with the school district. We are seeking native English speakers who can sit with them for an hour and practice job interviews. No experience needed, just patience.</p>
</div></section>
<section class="strip"><div class="txtNew">
  <h2 class="font_4">Save the date: Family Fun Night</h2>
  <p class="font_8">Friday, April 25, 6 to 8 pm at the community center. Games, sambuusa and henna.</p>
</div></section>
<section class="strip"><div class="txtNew">
  <h2 class="font_4">On our blog</h2>
  <p class="font_8"><a href="#blog">Five things I learned driving Somali grandmothers to the clinic</a> &mdash; a volunteer's story.</p>
</div></section>
""", lang="en")

MAAMUL = shell("Maamulka", """
<section class="strip"><div class="txtNew">
  <h1 class="font_2">Maamulka &mdash; gudaha kaliya</h1>
  <ul class="font_8">
    <li>Waxaan u baahanahay qof ka caawiya diyaarinta miisaaniyadda sanadka.</li>
    <li>Kombiyuutar laptop ah oo loogu talagalay xafiiska.</li>
    <li>Mutadawiciin u qabanqaabiya shirka guud ee Oktoobar.</li>
  </ul>
</div></section>
""")

PAGES = {
    "index.html": INDEX,
    "caawi.html": CAAWI,
    "deeq.html": DEEQ,
    "news.html": NEWS,
    "maamul/index.html": MAAMUL,
}

PDFS = {
    "foom/codsiga-mutadawaca.pdf": ("Foomka Codsiga Mutadawaca", [
        ("title", "Foomka Codsiga Mutadawaca"),
        ("p", "Shabakadda Qoysaska Soomaaliyeed - Good Thunder, MN"),
        ("h", "Doorarka hadda banaan"),
        ("p", "1. Daryeelka carruurta: inta hooyooyinku ku jiraan fasalka Ingiriisiga (Talaado iyo Khamiis, "
              "6:00 ilaa 8:00 fiidnimo), waxaan u baahanahay laba ama saddex qof oo la ciyaara carruurta yaryar."),
        ("p", "2. Turjubaan Soomaali-Ingiriis ah: waalidiinta waxay u baahan yihiin qof la socda kulamada "
              "waalidiinta iyo macallimiinta ee dugsiga. Waa inaad si fiican ugu hadashaa labada luqadood."),
        ("p", "3. Nadiifinta xafiiska: waa la helay dad ku filan. Mahadsanidin!"),
        ("h", "Macluumaadkaaga"),
        ("p", "Magaca: ____________________   Taleefanka: ____________________"),
        ("p", "Luqadaha aad ku hadasho: ____________________   Maalmaha aad banaan tahay: ____________"),
        ("h", "Sida foomka loo soo celiyo"),
        ("p", "Foomka ku soo celi xafiiska, ama sawir ka qaad oo u dir foom@sqfs-goodthunder.org. "
              "Waxaan kula soo xiriiri doonnaa toddobaad gudihiis."),
    ]),
}

NEEDS = [
    need("caawi.html", ["casharrada guriga"], "skilled", "so", ["so", "en"], "role_cards", "homework tutors"),
    need("caawi.html", ["darawallo"], "volunteer", "so", [], "role_cards", "title in div>span"),
    need("caawi.html", ["tolitaanka"], "skilled", "so", [], "role_cards", "sewing-class helpers, title in bare span"),
    need("caawi.html", ["xisaabiye", "xisaabaadka"], "skilled", "so", [], "seeking", "'Waxaan raadinaynaa' bookkeeper"),
    need("deeq.html", ["liiska alaabta", "xafaayadaha"], "donation", "so", [], "wish_list"),
    need("deeq.html", ["jaakadaha jiilaalka"], "donation", "so", [], "short_on", "winter jackets"),
    need("deeq.html", ["sariiro", "miis cunto"], "donation", "so", [], "story", "Xaliimo's family"),
    need("news.html", ["mechanic", "brakes"], "skilled", "en", [], "newsletter_buried"),
    need("news.html", ["fold and stamp", "quarterly mailing"], "volunteer", "en", [], "minutes"),
    need("news.html", ["job interviews"], "volunteer", "en", ["en"], "seeking"),
    need("foom/codsiga-mutadawaca.pdf", ["daryeelka carruurta"], "volunteer", "so", [], "pdf"),
    need("foom/codsiga-mutadawaca.pdf", ["turjubaan"], "skilled", "so", ["so", "en"], "pdf"),
]

TRAPS = [
    trap("index.html", "hours", ["saacadaha xafiiska"]),
    trap("index.html", "service", ["buuxinta foomamka"]),
    trap("index.html", "service", ["turjumaad bilaash"]),
    trap("index.html", "event", ["xafladda ciidda"]),
    trap("index.html", "general_appeal", ["ku deeq lacag"]),
    trap("caawi.html", "filled", ["cuntada iftaarka"], "WAA LA BUUXIYEY badge"),
    trap("caawi.html", "job", ["isku-duwaha barnaamijka"], "SHAQO MUSHAHAR LEH"),
    trap("deeq.html", "hours", ["lagu keeni karaa"], "drop-off times"),
    trap("deeq.html", "filled", ["bustayaal"], "struck, 'hadda looma baahna'"),
    trap("deeq.html", "filled", ["buugaag carruureed"], "struck, 'mar dambe ma aqbalno'"),
    trap("deeq.html", "recap", ["60 boorso"]),
    trap("news.html", "service", ["english class for mothers"], "a service, and full"),
    trap("news.html", "filled", ["winter coat drive"], "minutes: 'is covered'"),
    trap("news.html", "event", ["family fun night"]),
    trap("news.html", "blog", ["five things i learned"]),
    trap("foom/codsiga-mutadawaca.pdf", "filled", ["nadiifinta xafiiska"], "'waa la helay dad ku filan'"),
    trap("foom/codsiga-mutadawaca.pdf", "how_to_apply", ["ku soo celi"]),
    trap("maamul/index.html", "robots", ["miisaaniyadda"]),
    trap("maamul/index.html", "robots", ["laptop"]),
    trap("maamul/index.html", "robots", ["shirka guud"]),
]
