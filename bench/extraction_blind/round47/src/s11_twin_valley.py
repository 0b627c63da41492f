from common import N, T

SLUG = "twin-valley-hiil-community-center"


def page(lang, title, body):
    return """<!DOCTYPE html>
<html lang="%s">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Starfield Technologies; Go Daddy Website Builder 8.0.0000">
<title>%s</title>
</head>
<body>
<div id="layout1" class="x" data-ux="Page">
 <div data-ux="Header" class="x-el x-el-header">
  <div data-ux="Block"><a data-ux="Link" href="/index.html"><h3 data-ux="LogoHeading">Xarunta Bulshada Hiil</h3></a></div>
  <nav data-ux="Nav">
   <a data-ux="NavLink" href="/index.html">Hoyga</a>
   <a data-ux="NavLink" href="/tabaruc.html">Tabaruc</a>
   <a data-ux="NavLink" href="/warar.html">Warar</a>
   <a data-ux="NavLink" href="/en/index.html">English</a>
  </nav>
 </div>
 <div data-ux="Section" class="x-el x-el-section">
%s
 </div>
 <div data-ux="Footer" class="x-el x-el-footer">
  <p data-ux="FooterText">Xarunta Bulshada Hiil &middot; 302 Main Ave N, Twin Valley, MN 56584 &middot; (218) 555-0135 &middot; hiil@hiilcenter-tv.org</p>
  <p data-ux="FooterText"><a href="/docs/foomka-tabaruca.pdf">Foomka tabarucaha (PDF)</a> &middot; <a href="/guddiga/shir.html">Guddiga</a></p>
  <p data-ux="FooterText">Powered by GoDaddy</p>
 </div>
</div>
</body>
</html>
""" % (lang, title, body)


INDEX = page("so", "Xarunta Bulshada Hiil", """
<h1 data-ux="SectionHeading">Ku soo dhawoow Xarunta Bulshada Hiil</h1>
<p data-ux="Text">Xaruntu waxay u adeegtaa qoysaska Soomaaliyeed ee ku nool Norman County iyo agagaarkeeda.</p>
<div data-ux="Grid">
 <div data-ux="GridCell"><h4 data-ux="ContentHeading">Adeegyada xarunta</h4>
 <p data-ux="ContentText">Caawinta casharrada carruurta, fasallada Ingiriisiga ee hooyooyinka, iyo buuxinta foomamka dawladda.</p></div>
 <div data-ux="GridCell"><h4 data-ux="ContentHeading">Saacadaha furitaanka</h4>
 <p data-ux="ContentText">Isniinta ilaa Khamiista, 10-ka subaxnimo ilaa 6-da fiidnimo. Jimcaha waa xiran yahay.</p></div>
 <div data-ux="GridCell"><h4 data-ux="ContentHeading">Sidee isku diiwaan gelin karaa?</h4>
 <p data-ux="ContentText">Keen aqoonsiga qoyska iyo cinwaankaaga. Qof ka mid ah shaqaalaha ayaa kaa caawin doona foomka.</p></div>
 <div data-ux="GridCell"><h4 data-ux="ContentHeading">Dabaaldegga Ciidda &ndash; 6-da Juun</h4>
 <p data-ux="ContentText">Cunto, ciyaaro carruur iyo hadiyado, beerta magaalada, 2-da galabnimo. <a href="/sawirro/ciid-al-adha-2024.html">Sawirrada sannadkii hore</a></p></div>
</div>
<div data-ux="Block"><h4 data-ux="ContentHeading">Sadaqo: taageer xarunta</h4>
<p data-ux="ContentText">Kiraynta dhismaha iyo kuleylka waxaa lagu bixiyaa deeqahaaga. Allah ha idinka abaal mariyo.</p></div>
""")

TABARUC = page("so", "Tabaruc", """
<h1 data-ux="SectionHeading">Iska diiwaan geli tabaruc</h1>
<form data-ux="Form" action="/tabaruc.html" method="post">
<fieldset>
<legend>Dooro hawsha aad rabto inaad ka caawiso</legend>
<p><label><input type="checkbox" name="r1"> <b>Karinta cuntada iftaarka</b> &ndash; Ramadaanka, habeennada Jimcaha. Waxaan u baahanahay lix qof oo ka caawiya karinta iyo qaybinta cuntada.</label></p>
<p><label><input type="checkbox" name="r2"> <b>Darawal gaari leh</b> &ndash; waayeelka u qaad ballamaha dhakhtarka ee Detroit Lakes. Toddobaadkii hal mar.</label></p>
<p><label><input type="checkbox" name="r3" disabled checked> <s>Nadiifinta xarunta</s> &ndash; dad ku filan ayaa is qoray, mahadsanidin.</label></p>
<p><label><input type="checkbox" name="r4"> <b>Kalkaaliye caafimaad (nurse)</b> &ndash; maalinta baaritaanka dhiig-karka iyo sonkorowga, 14-ka Sebtembar. Waa inaad haysataa shatiga RN ama LPN.</label></p>
<p><label><input type="checkbox" name="r5" disabled> Caawinta casharrada &ndash; <em>hadda boos ma jiro; waxaan idin soo wacaynaa marka loo baahdo.</em></label></p>
</fieldset>
<p><label>Magacaaga <input type="text" name="magac"></label> <label>Telefoon <input type="tel" name="tel"></label></p>
<p><button type="submit">Dir</button></p>
</form>
<h2 data-ux="SectionHeading">Shaqo mushahar leh: Isku-duwaha barnaamijka dhallinyarada</h2>
<p data-ux="Text">25 saacadood toddobaadkii. Mushaharku waa $21 saacaddii. CV-gaaga u soo dir xafiiska.</p>
""")

WARAR = page("so", "Warar", """
<h1 data-ux="SectionHeading">Warar</h1>
<h2 data-ux="ContentHeading">Hooyo Faadumo iyo carruurteeda</h2>
<p data-ux="ContentText">Hooyo Faadumo waa hooyo keligeed ah oo leh shan carruur ah. Waxay deggan tahay guri aan lahayn mashiin dhar-dhaqe, waxayna
dharka carruurta ku dhaqdaa gacanta xilliga qaboobaha. Haddii aad haysato mashiin dhar-dhaqe oo shaqeeya oo aad bixin karto, fadlan nala soo xiriir.</p>
<h2 data-ux="ContentHeading"><a href="/warar.html#cabdi">Sheekada Cabdi: sidii uu Ingiriisiga u bartay</a></h2>
<p data-ux="ContentText">Cabdi wuxuu yimid Twin Valley isagoo 14 jir ah oo aan aqoon hal eray oo Ingiriis ah... <a href="/warar.html#cabdi">Akhri</a></p>
<h2 data-ux="ContentHeading">Website cusub</h2>
<p data-ux="ContentText">Website-keenna waa duug. Waxaan raadinaynaa qof yaqaan samaynta website-yada oo noo cusboonaysiiya, si waalidiintu ugu arkaan
jadwalka fasallada telefoonkooda.</p>
<h2 data-ux="ContentHeading">Mahadsanidin</h2>
<p data-ux="ContentText">Kursiyada fasalka: waxaan helnay 30 kursi, mahadsanidin! Mar dambe ha keenina.</p>
<p data-ux="ContentText">Ramadaankii hore waxaan cunto siinay 120 qoys. Allah ha ka aqbalo.</p>
""")

EN = page("en", "Hiil Community Center (English)", """
<h1 data-ux="SectionHeading">Hiil Community Center</h1>
<p data-ux="Text">Hiil means "support" in Somali. We are a small center for Somali families in Twin Valley, Ada and Fertile.</p>
<h4 data-ux="ContentHeading">Conversation partners for mothers</h4>
<p data-ux="ContentText">Our Tuesday morning English class has 18 mothers and one teacher. Volunteers who speak English fluently could sit with a small group and
just talk &ndash; about shopping, school letters, the weather. High-school and college students are welcome.</p>
<h4 data-ux="ContentHeading">Winter coats</h4>
<p data-ux="ContentText">We're all set for this year &ndash; thank you, Norman County!</p>
<h4 data-ux="ContentHeading">Homework help for kids</h4>
<p data-ux="ContentText">Monday to Thursday, 3:30 to 5:30 pm, grades 1 to 8. Free.</p>
<h4 data-ux="ContentHeading">Youth program coordinator (paid)</h4>
<p data-ux="ContentText">25 hours a week, $21 an hour. Somali and English required. Send a resume to the office.</p>
""")

GUDDIGA = page("so", "Guddiga", """
<h1 data-ux="SectionHeading">Shirka guddiga (xubnaha keliya)</h1>
<ul>
<li>Waxaan u baahan nahay qof rinjiya fasalka weyn.</li>
<li>Weydii masaajidka Fargo haddii ay na amaahin karaan baas yar.</li>
<li>Raadi qof hagaajiya kuleyliyaha xafiiska.</li>
</ul>
""")

PAGES = {
    "index.html": INDEX,
    "tabaruc.html": TABARUC,
    "warar.html": WARAR,
    "en/index.html": EN,
    "guddiga/shir.html": GUDDIGA,
}

ROBOTS = """User-agent: *
Disallow: /guddiga/
Disallow: /m/api/
"""

PDFS = {
    "docs/foomka-tabaruca.pdf": ("Foomka Tabarucaha - Xarunta Bulshada Hiil", [
        ("title", "XARUNTA BULSHADA HIIL - TWIN VALLEY"),
        ("title", "Foomka Tabarucaha"),
        ("p", "Magaca: ______________________________   Telefoon: __________________"),
        ("h", "Caawiyeyaal ciyaaraha dhallinyarada"),
        ("p", "Kubadda cagta ee wiilasha iyo gabdhaha waxay dhacdaa Sabtida, 10-ka ilaa 12-ka. Waxaan u baahanahay afar qof oo "
              "caawiya tababbaraha: kubbadaha, biyaha iyo ilaalinta carruurta yaryar.   [ ] Waan caawin karaa"),
        ("h", "Tarjumaadda foomamka"),
        ("p", "[X] Waan haysanaa dad ku filan hadda. Mahadsanidin."),
        ("h", "Halkee foomka la geeyaa?"),
        ("p", "Foomka ku soo celi xafiiska, ama sawir ka qaad oo u dir (218) 555-0135."),
    ]),
}

NEEDS = [
    N("tabaruc.html", ["karinta cuntada"], "volunteer", "so", layout="form_checkboxes"),
    N("tabaruc.html", ["darawal gaari leh"], "volunteer", "so", layout="form_checkboxes"),
    N("tabaruc.html", ["kalkaaliye caafimaad"], "skilled", "so", layout="form_checkboxes"),
    N("warar.html", ["mashiin dhar-dhaqe"], "donation", "so", layout="story"),
    N("warar.html", ["samaynta website-yada", "website"], "skilled", "so", layout="newsletter_buried",
      note="directly below a blog teaser"),
    N("en/index.html", ["conversation partners"], "volunteer", "en", ["en"], layout="heading_paragraph"),
    N("docs/foomka-tabaruca.pdf", ["caawiyeyaal ciyaaraha"], "volunteer", "so", layout="pdf"),
]

TRAPS = [
    T("index.html", "service", ["adeegyada xarunta"]),
    T("index.html", "hours", ["saacadaha furitaanka"]),
    T("index.html", "how_to_apply", ["isku diiwaan gelin"]),
    T("index.html", "event", ["dabaaldegga ciidda"]),
    T("index.html", "general_appeal", ["taageer xarunta"]),
    T("tabaruc.html", "filled", ["nadiifinta xarunta"], "disabled checked box, struck"),
    T("tabaruc.html", "filled", ["caawinta casharrada"], "no spot now; on call"),
    T("tabaruc.html", "job", ["isku-duwaha barnaamijka"], "paid"),
    T("warar.html", "blog", ["sheekada cabdi"]),
    T("warar.html", "filled", ["kursiyada fasalka"], "waxaan helnay"),
    T("warar.html", "recap", ["ramadaankii hore"]),
    T("en/index.html", "filled", ["winter coats"], "all set"),
    T("en/index.html", "service", ["homework help for kids"]),
    T("en/index.html", "job", ["youth program coordinator"]),
    T("guddiga/shir.html", "robots", ["rinjiya fasalka"]),
    T("guddiga/shir.html", "robots", ["baas yar"]),
    T("guddiga/shir.html", "robots", ["kuleyliyaha"]),
    T("docs/foomka-tabaruca.pdf", "filled", ["tarjumaadda foomamka"], "[X] enough people"),
    T("docs/foomka-tabaruca.pdf", "how_to_apply", ["halkee foomka"]),
]
