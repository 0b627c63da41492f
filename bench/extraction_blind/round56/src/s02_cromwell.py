"""Site 2: Isku-Kaalmo, a Somali mutual-aid network in Cromwell MN. Somali home page with sections,
a forum-style request board (FURAN / WAA LA HELAY / XIRAN / DALAB), an English page, a Somali PDF
membership form, robots /xubnaha/."""
from common import need, trap

SLUG = "cromwell-isku-kaalmo-somali-network"

HEAD = """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{title}</title>
<link rel="stylesheet" href="/assets/forum.css">
</head>
<body class="{cls}">
<div id="wrap">
<div id="page-header">
 <div class="headerbar"><a href="/index.html" class="site-title">Isku-Kaalmo</a> <span class="site-desc">Deris caawiya deris &middot; Cromwell, Minnesota</span></div>
 <ul class="navbar linklist">
  <li><a href="/index.html">Hoyga</a></li>
  <li><a href="/codsiyada.html">Codsiyada</a></li>
  <li><a href="/foomka-xubinnimada.pdf">Foomka xubinnimada (PDF)</a></li>
  <li><a href="/en/index.html">English</a></li>
 </ul>
</div>
<div id="page-body">
"""

FOOT = """</div>
<div id="page-footer">
 <p><a href="/warar/2024-warbixin-sanadeed.html">Warbixinta sannadka 2024</a> &bull; <a href="/xubnaha/liiska.html">Liiska xubnaha</a> &bull; Khadka caawimaadda: (218) 555-0152</p>
 <p class="copyright">Isku-Kaalmo &copy; 2025 &bull; Powered by a very old laptop</p>
</div>
</div>
</body>
</html>
"""

INDEX = HEAD.format(lang="so", title="Isku-Kaalmo - Hoyga", cls="index") + """
<h1>Isku-Kaalmo: deris caawiya deris</h1>
<p>Isku-Kaalmo waa koox tabaruc ah oo ay sameeyeen qoysas Soomaaliyeed oo ku nool Cromwell, Wright iyo Carlton. Ma jiro shaqaale mushahar qaata &ndash; qof walba wuxuu bixiyaa wixii uu awoodo: gaadiid, cunto, waqti ama aqoon.</p>

<div class="panel">
<h2>Sida codsi loo soo dhigo</h2>
<ol>
 <li>Fariin WhatsApp ah u dir (218) 555-0152, ama buuxi foomka xubinnimada.</li>
 <li>Codsigaaga waxaa bogga Codsiyada la dhigaa 24 saacadood gudahood, magacaagana waa la qarinayaa haddii aad rabto.</li>
 <li>Marka la helo qof ku caawiya, waxaan ku calaamadeynaa &ldquo;Waa la helay&rdquo;.</li>
</ol>
</div>

<div class="panel highlight">
<h2>Waxaan u baahanahay dad ka jawaaba khadka taleefanka</h2>
<p>Khadkayaga caawimaadda wuxuu helaa ilaa 40 wicitaan toddobaadkii, hal qof oo keliyana ayaa ka jawaabaya. Waxaan raadinaynaa 3 ilaa 4 qof oo diyaar u ah inay toddobaadkii laba saacadood guryahooda uga jawaabaan taleefanka, codsiyadana liiska ku qoraan. Tababar gaaban ayaa la siinayaa; Soomaali iyo in yar oo Ingiriisi ah ayaa ku filan.</p>
</div>

<div class="panel">
<h2>Alaabta bilaashka ah</h2>
<p>Sabti kasta waxaan dadka u bixinaa dhar iyo alaab guri oo bilaash ah oo laga helay deeqaha. Qof walba wuu qaadan karaa, su'aal lama weydiinayo.</p>
<p><b>Goorta:</b> Sabti kasta 10:00&ndash;12:00, garaashka dambe ee masjidka.</p>
<p><b>Ma qaadanno:</b> telefishannada duugga ah, joodariyada, iyo alaab jaban.</p>
<p><b>Hadda waxaa naga yaraaday:</b> bacaha wax lagu qaado iyo sanaadiiqda kartoonka ah, si dadku alaabta ugu qaataan. Haddii aad hayso, keen Sabtida.</p>
<p>Sannadkii 2024 waxaan bixinay 1,200 xabbo oo dhar ah iyo 70 gogol.</p>
</div>

<div class="panel">
<h2>Shirka xubnaha</h2>
<p>Axad, 15 Juun, 4:00 galabnimo, qolka shirarka ee maktabadda Cromwell. Waxaan doorashooyin u samaynaynaa guddiga cusub.</p>
</div>

<div class="panel">
<h2>Ku biir: $5 bishii</h2>
<p>Xubinnimadu waa $5 bishii. Lacagtaas waxaa lagu bixiyaa shidaalka gaadiidka degdegga ah iyo kirada qoysaska dhibaataysan.</p>
</div>
""" + FOOT

POST = """<div class="post bg{n}" id="p{pid}">
 <div class="postbody">
  <h3 class="first"><span class="badge {cls}">{badge}</span> <a href="#p{pid}">{title}</a></h3>
  <p class="author">Waxaa qoray <strong>{who}</strong> &raquo; {when}</p>
  <div class="content">{body}</div>
 </div>
 <dl class="postprofile"><dd>Jawaabo: {rep}</dd></dl>
</div>
"""

posts = [
    dict(pid=2211, cls="open", badge="FURAN", title="Gaadiid loo baahan yahay: hooyo waayeel ah oo dialysis aada saddex jeer toddobaadkii",
         who="Hodan_K", when="3 Juun 2025, 8:14 subaxnimo", rep=3,
         body="<p>Hooyaday waa 71 jir. Isniinta, Arbacada iyo Jimcaha 6:30 subaxnimo waa in la geeyaa xarunta dialysis-ka ee Moose Lake, 11:00 ayeyna dhammaataa. Aniga habeenkii ayaan shaqeeyaa oo ma wadi karo. Haddii aad qaadan karto xitaa hal maalin toddobaadkii, Ilaahay ha kaa abaal mariyo. Shidaalka annagaa bixinayna.</p>"),
    dict(pid=2208, cls="open", badge="FURAN", title="Sariirta ilmaha iyo gaari-gacan (stroller) ayaan u baahanahay",
         who="Sagal.M", when="1 Juun 2025, 9:40 fiidnimo", rep=1,
         body="<p>Waxaan sugayaa mataano bisha Luulyo. Waxaan haystaa dhar, laakiin ma haysto sariir ilmo iyo gaari-gacan. Mid la isticmaalay oo nadiif ah waa iigu filan.</p>"),
    dict(pid=2203, cls="done", badge="WAA LA HELAY &#10004;", title="Qaboojiye qoys cusub",
         who="Isku-Kaalmo", when="30 May 2025", rep=6,
         body="<p><em>Cusboonaysiin:</em> Abshir ayaa keenay qaboojiye. Waa la helay &ndash; mahadsanidin dhammaantiin, fadlan mid kale ha keenina.</p>"),
    dict(pid=2199, cls="open", badge="FURAN", title="Caawimaad guuritaan Sabtida 14-ka",
         who="Maxamed Cali", when="29 May 2025, 7:02 fiidnimo", rep=2,
         body="<p>Waxaan u guuraynaa aqal ku yaal Wright. Waxaan u baahanahay 3 nin oo xoog leh oo na caawiya qaadista alaabta, 9:00 ilaa 12:00. Baabuurka waan kireysannay, qado ayaan idin siinaynaa.</p>"),
    dict(pid=2194, cls="open", badge="FURAN", title="Qof yaqaan farsamada baabuurta &ndash; bareegyada gaariga",
         who="Faarax_88", when="27 May 2025", rep=0,
         body="<p>Bareegyada gaarigayga ayaa qaylinaya markaan joojiyo. Garaashka wuxuu igu yiri $600. Ma jiraa qof yaqaan farsamada baabuurta oo Axad eegi kara? Qalabka (parts) anigaa iibsanaya.</p>"),
    dict(pid=2190, cls="closed", badge="XIRAN", title="Gaadiid garoonka diyaaradaha, 2 Juun",
         who="Isku-Kaalmo", when="26 May 2025", rep=4,
         body="<p>Xiran: safarkii wuu dhacay, Yuusuf ayaa qaaday. Mahadsanid.</p>"),
    dict(pid=2186, cls="open", badge="FURAN", title="Kabo barafka ah iyo jaakado afar carruur ah",
         who="Ayaan", when="25 May 2025", rep=1,
         body="<p>Waxaan nahay qoys cusub oo ka yimid Nairobi. Carruurtaydu (da'doodu waa 5, 7, 9 iyo 12) jiilaal Minnesota weligood ma arag. Waxaan u baahanahay kabo barafka ah iyo jaakado, cabbirrada: 11 carruur, 1, 4 iyo 6 dadka waaweyn. Hadda ayaan uga digeynaa si aan diyaar ugu noqono.</p>"),
    dict(pid=2181, cls="offer", badge="DALAB", title="Waxaan bixinayaa: fasal Quraan oo bilaash ah carruurta",
         who="Macallin Xasan", when="24 May 2025", rep=5,
         body="<p>Sabti iyo Axad galabtii guriga ayaan carruurta Quraanka ku baraa, lacag la'aan. Ii soo qor.</p>"),
    dict(pid=2176, cls="offer", badge="DALAB", title="Kursi fadhi bilaash ah &ndash; qof qaata",
         who="Nimco", when="22 May 2025", rep=2,
         body="<p>Kursi fadhi (sofa) 3 qof ah, buluug, xaalad fiican. Waa in aad adigu qaadataa.</p>"),
    dict(pid=2170, cls="open", badge="FURAN", title="Haweeney ruqsad leh oo ila fadhiisata inta aan darawalnimada baranayo",
         who="Hooyo_Deeqa", when="20 May 2025", rep=1,
         body="<p>Waxaan ahay hooyo saddex carruur ah, waxaanan haystaa ruqsadda barashada (permit). Waxaan raadinayaa haweeney leh ruqsad buuxda oo toddobaadkii laba jeer ila fadhiisan karta gaarigayga inta aan tababaranayo. Imtixaanka wadada wuxuu ii yahay Agoosto.</p>"),
]
BOARD = HEAD.format(lang="so", title="Codsiyada - Isku-Kaalmo", cls="viewforum") + """
<h1>Codsiyada</h1>
<p class="forum-desc">Codsiyada ugu cusub ayaa sare yaalla. <span class="badge open">FURAN</span> = weli waa la raadinayaa &bull; <span class="badge done">WAA LA HELAY</span> / <span class="badge closed">XIRAN</span> = dhammaaday &bull; <span class="badge offer">DALAB</span> = qof wax bixinaya.</p>
<div class="topic-list">
""" + "".join(POST.format(n=(i % 2) + 1, **p) for i, p in enumerate(posts)) + """</div>
<p class="pagination">Bogga 1 ee 6 &bull; <a href="/codsiyada.html#p2170">Kuwii hore</a></p>
""" + FOOT

EN = HEAD.format(lang="en", title="Isku-Kaalmo - In English", cls="en") + """
<h1>Isku-Kaalmo mutual aid (in English)</h1>
<p>We are a volunteer mutual-aid network started by Somali families in and around Cromwell. Neighbors post what they need on our <a href="/codsiyada.html">request board</a> (in Somali) and other neighbors answer. Nobody here is paid.</p>

<h2>Translator for the request board</h2>
<p>Many of our neighbors who could help don't read Somali. We'd love one or two volunteers who read Somali and write clear English to translate new posts each evening, so that English-speaking neighbors can respond too. It takes about fifteen minutes a day, from your phone.</p>

<h2>Saturday free store</h2>
<p>Open Saturdays 10 am to noon in the garage behind the mosque on 2nd Street. Clothes and household things, free to anyone.</p>

<h2>2024 in numbers</h2>
<p>312 requests answered, 97 rides given, 41 families moved, $6,300 passed on in emergency rent.</p>

<h2>Give to the emergency fund</h2>
<p>Every dollar goes to a neighbor's rent, gas or utility shut-off notice. Send by Venmo to @IskuKaalmo or a check to PO Box 44, Cromwell.</p>

<h3 class="blog-teaser">From our blog: What mutual aid means in a town of 230 people</h3>
<p>Our founder Hodan on why we never ask anyone to prove they are poor&hellip; <a href="/codsiyada.html">read more</a></p>
""" + FOOT

MEMBERS = """<!DOCTYPE html>
<html lang="so">
<head><meta charset="utf-8"><title>Liiska xubnaha</title></head>
<body>
<h1>Liiska xubnaha &ndash; xubnaha kaliya</h1>
<table border="1"><tr><th>Magac</th><th>Taleefan</th><th>Xaalad</th></tr>
<tr><td>Hodan K.</td><td>555-0160</td><td>Hodan waxay u baahan tahay qof carruurta haya Khamiista.</td></tr>
<tr><td>Cali W.</td><td>555-0161</td><td>Lacag lagu bixiyo kirada qoyska Cali ee bisha Juun.</td></tr>
<tr><td>Xaawo M.</td><td>555-0162</td><td>Xaawo waxay u baahan tahay kursi curyaan.</td></tr>
</table>
<p><a href="/index.html">Hoyga</a></p>
</body>
</html>
"""

PAGES = {
    "index.html": INDEX,
    "codsiyada.html": BOARD,
    "en/index.html": EN,
    "xubnaha/liiska.html": MEMBERS,
}

ROBOTS = """User-agent: *
Disallow: /xubnaha/
Disallow: /cgi-bin/
"""

PDFS = {
    "foomka-xubinnimada.pdf": ("Isku-Kaalmo - Foomka xubinnimada", [
        ("title", "ISKU-KAALMO - FOOMKA XUBINNIMADA"),
        ("p", "Isku-Kaalmo, PO Box 44, Cromwell, MN 55726 - (218) 555-0152"),
        ("p", "Magaca: ______________________   Taleefanka: ________________"),
        ("p", "Cinwaanka: ____________________________________________"),
        ("p", "Luqadaha aad ku hadasho: ______________________"),
        ("h", "Waxaan hadda u baahanahay: Guddiga Soo Dhaweynta"),
        ("p", "Qoysas cusub ayaa bil kasta yimaada. Guddiga soo dhaweyntu wuxuu booqdaa qoys walba "
              "toddobaadkiisa ugu horreeya, wuxuuna tusaa dukaamada, masjidka iyo xafiiska caafimaadka. "
              "Waxaan u baahanahay 4 xubnood oo cusub oo bishii laba booqasho samayn kara. Haddii aad "
              "rabto, halkan calaamadee: [  ] Haa, waxaan ku biirayaa Guddiga Soo Dhaweynta."),
        ("h", "Khidmadda xubinnimada"),
        ("p", "$5 bishii ama $50 sannadkii. Haddii aadan awoodin, ha welwelin - xubinnimadu weli waa furan tahay."),
        ("h", "Sida foomka loo soo celiyo"),
        ("p", "Sawir ka qaad oo WhatsApp ku soo dir (218) 555-0152, ama ku rid sanduuqa buluugga ah ee "
              "masjidka albaabkiisa."),
    ]),
}

NEEDS = [
    need("index.html", ["khadka taleefanka"], "volunteer", "so", ["so", "en"], "heading_paragraph",
         "phone-line volunteers; 'Somali and a little English is enough'"),
    need("index.html", ["bacaha", "sanaadiiq"], "donation", "so", [], "short_on",
         "'now we are short on' bags and boxes, inside the free-store section"),
    need("codsiyada.html", ["dialysis", "gaadiid loo baahan yahay"], "volunteer", "so", [], "forum_post",
         "rides for an elder, OPEN"),
    need("codsiyada.html", ["sariirta ilmaha", "gaari-gacan"], "donation", "so", [], "forum_post"),
    need("codsiyada.html", ["guuritaan"], "volunteer", "so", [], "forum_post", "moving help"),
    need("codsiyada.html", ["bareegyada", "farsamada baabuurta"], "skilled", "so", [], "forum_post",
         "brake repair; 'I will buy the parts' does not make it paid"),
    need("codsiyada.html", ["kabo barafka", "jaakado"], "donation", "so", [], "forum_post"),
    need("codsiyada.html", ["darawalnimada", "ruqsad"], "volunteer", "so", [], "forum_post",
         "licensed woman to supervise driving practice"),
    need("en/index.html", ["translator"], "skilled", "en", ["so", "en"], "heading_paragraph"),
    need("foomka-xubinnimada.pdf", ["guddiga soo dhaweynta"], "volunteer", "so", [], "pdf",
         "welcome committee, only in the PDF form"),
]

TRAPS = [
    trap("index.html", "how_to_apply", ["sida codsi loo soo dhigo"]),
    trap("index.html", "offer", ["alaabta bilaashka ah"], "free give-away"),
    trap("index.html", "hours", ["sabti kasta 10:00"]),
    trap("index.html", "filled", ["ma qaadanno", "telefishannada"], "do-not-accept list"),
    trap("index.html", "recap", ["1,200 xabbo"]),
    trap("index.html", "event", ["shirka xubnaha"]),
    trap("index.html", "general_appeal", ["$5 bishii", "ku biir"]),
    trap("codsiyada.html", "filled", ["qaboojiye"], "WAA LA HELAY"),
    trap("codsiyada.html", "filled", ["garoonka diyaaradaha"], "XIRAN"),
    trap("codsiyada.html", "offer", ["fasal quraan"], "DALAB"),
    trap("codsiyada.html", "offer", ["kursi fadhi"], "DALAB"),
    trap("en/index.html", "hours", ["saturday free store"]),
    trap("en/index.html", "recap", ["2024 in numbers", "312 requests"]),
    trap("en/index.html", "general_appeal", ["emergency fund"]),
    trap("en/index.html", "blog", ["what mutual aid means"]),
    trap("foomka-xubinnimada.pdf", "general_appeal", ["khidmadda xubinnimada"]),
    trap("foomka-xubinnimada.pdf", "how_to_apply", ["foomka loo soo celiyo"]),
    trap("xubnaha/liiska.html", "robots", ["carruurta haya"]),
    trap("xubnaha/liiska.html", "robots", ["kirada qoyska"]),
    trap("xubnaha/liiska.html", "robots", ["kursi curyaan"]),
]
