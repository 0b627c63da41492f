"""Mabel: Nabad Family Center. A Blogger/Blogspot-style Somali blog: date headers, post titles, post footers
with labels and comment counts, a sidebar of widgets; one post is a teaser for a story page."""
from common import N, T

SLUG = "mabel-nabad-family-center"

SIDEBAR = """<div class="sidebar-wrapper">
<div class="widget HTML" id="HTML1"><h2 class="title">Saacadaha xafiiska</h2><div class="widget-content">
Isniin &ndash; Khamiis: 9:00 subaxnimo ilaa 3:00 galabnimo<br>Jimce: xiran</div></div>
<div class="widget LinkList" id="LinkList1"><h2 class="title">Bogag</h2><div class="widget-content"><ul>
<li><a href="/index.html">Bogga hore</a></li>
<li><a href="/tabaruc.html">Fursadaha tabaruca</a></li>
<li><a href="/english.html">In English</a></li>
<li><a href="/foomam/foomka-tabaruca.pdf">Foomka tabaruca (PDF)</a></li>
</ul></div></div>
<div class="widget Text" id="Text1"><h2 class="title">Ku deeq</h2><div class="widget-content">
Lacagtaada waxay naga caawisaa in aan bixinno kirada xarunta iyo basaska fasalka. Jeeg u qor &ldquo;Nabad Family
Center&rdquo;.</div></div>
<div class="widget Label" id="Label1"><h2>Calaamado</h2><div class="widget-content"><span>tabaruc (4)</span>
<span>deeq (3)</span> <span>warar (6)</span></div></div>
</div>"""


def blog(lang, title, body):
    return """<!DOCTYPE html>
<html class="v2" dir="ltr" lang="{LANG}" xmlns="http://www.w3.org/1999/xhtml" xmlns:b="http://www.google.com/2005/gml/b">
<head>
<meta content="text/html; charset=UTF-8" http-equiv="Content-Type">
<meta content="blogger" name="generator">
<title>Xarunta Qoyska Nabad &ndash; Mabel: {TITLE}</title>
<link type="text/css" rel="stylesheet" href="/static/widgets.css">
</head>
<body class="loading variant-simplysimple">
<div class="content-outer"><div class="header-outer"><div class="header section" id="header">
<div class="widget Header" id="Header1"><div id="header-inner"><div class="titlewrapper">
<h1 class="title"><a href="/index.html">Xarunta Qoyska Nabad &ndash; Mabel</a></h1></div>
<div class="descriptionwrapper"><p class="description"><span>Hooyooyinka, carruurta iyo qoysaska cusub ee
Fillmore County</span></p></div></div></div></div></div>
<div class="columns fauxcolumns"><div class="main-outer"><div class="main section" id="main">
{BODY}
</div></div>
{SIDEBAR}
</div>
<div class="footer-outer"><div class="footer section" id="footer-1">
<p>&copy; 2024 Xarunta Qoyska Nabad &middot; 118 N Main St, Mabel, MN 55954 &middot; (507) 555-0126 &middot;
<a href="/guddiga/qoraallo.html">Guddiga</a> &middot; <a href="/warbixin/sannadka-2023.html">Warbixinta sannadka</a></p>
<p>Powered by Blogger.</p></div></div>
</div>
</body>
</html>
""".replace("{LANG}", lang).replace("{TITLE}", title).replace("{BODY}", body).replace("{SIDEBAR}", SIDEBAR)


def post(date, title, body, footer, href=None):
    t = '<a href="%s">%s</a>' % (href, title) if href else title
    return """<div class="date-outer"><h2 class="date-header"><span>{DATE}</span></h2>
<div class="date-posts"><div class="post-outer"><div class="post hentry">
<h3 class="post-title entry-title">{T}</h3>
<div class="post-header"></div>
<div class="post-body entry-content">{BODY}</div>
<div class="post-footer"><div class="post-footer-line">{FOOT}</div></div>
</div></div></div></div>
""".replace("{DATE}", date).replace("{T}", t).replace("{BODY}", body).replace("{FOOT}", footer)


INDEX = blog("so", "Bogga hore", post(
    "Khamiis, Oktoobar 24, 2024", "Macallimiin Ingiriisi oo tabaruc ah ayaan raadinaynaa",
    "<p>Fasalka Ingiriisiga ee hooyooyinka wuxuu dhacaa Talaado iyo Khamiis 10:00 ilaa 12:00. Waxaan u "
    "baahanahay laba macallin oo tabaruc ah oo Ingiriisiga si fiican u yaqaan. Haddii aad Soomaali ku hadasho "
    "waa ka sii fiican tahay, laakiin shardi ma aha.</p>",
    "Waxaa qoray Faadumo &middot; 3 faallo &middot; Calaamado: tabaruc") + post(
    "Khamiis, Oktoobar 10, 2024", "Jaakadaha jiilaalka ee carruurta ayaa naga dhammaaday",
    "<p>Qaboobaha ayaa soo dhow. Jaakadihii carruurta ee aan kaydka ku haynay way dhammaadeen, gaar ahaan "
    "cabbirada 4 ilaa 10 sano. Fadlan ku keen xafiiska maalmaha Isniin ilaa Khamiis.</p>",
    "Waxaa qoray Faadumo &middot; 8 faallo &middot; Calaamado: deeq") + post(
    "Sabti, Sebtembar 28, 2024", "Xafladdii furashada dugsiyada",
    "<p>Xafladdii furashada dugsiyada 85 carruur ah ayaa ka qaatay boorsooyin iskuul oo buuxa. Waad ku "
    "mahadsan tihiin dhammaan intii wax ku deeqday!</p>",
    "Waxaa qoray Maxamed &middot; 1 faallo &middot; Calaamado: warar") + post(
    "Khamiis, Sebtembar 12, 2024", "Sheekada Xaliimo iyo carruurteeda",
    "<p>Xaliimo waxay Mabel timid bishii hore iyada iyo shan carruur ah&hellip; "
    "<a href=\"/sheeko-xaliimo.html\">Akhri sheekada oo dhan &raquo;</a></p>",
    "Waxaa qoray Faadumo &middot; 5 faallo &middot; Calaamado: warar", href="/sheeko-xaliimo.html"))

TABARUC = blog("so", "Fursadaha tabaruca", post(
    "Isniin, Oktoobar 21, 2024", "Fursadaha tabaruca &ndash; dayrta 2024",
    """<p>Halkan waxaa ku qoran shaqooyinka aan hadda dad uga baahannahay. Xaaladda ayaa la cusbooneysiiyaa
toddobaad kasta.</p>
<table class="tabaruc" border="1" cellpadding="6">
<tr><th>Shaqada</th><th>Goorma</th><th>Xaaladda</th></tr>
<tr><td>Darawal u qaada hooyooyinka ballamaha dhakhtarka (Rochester iyo Decorah)</td><td>Marka loo baahdo</td><td><b>Weli waa banaan</b></td></tr>
<tr><td>Ilaalinta carruurta yaryar inta fasalka Ingiriisiga socdo</td><td>Talaado iyo Khamiis 10&ndash;12</td><td><b>Weli waa banaan &ndash; 2 qof</b></td></tr>
<tr><td>Turjumaan Soomaali&ndash;Ingiriis ah oo ka qayb gala shirarka waalidka iyo macallinka</td><td>Nofeembar 18&ndash;21</td><td><b>Weli waa banaan</b></td></tr>
<tr><td>Karinta cuntada xafladda Ciidda</td><td>&ndash;</td><td><i>Waa la helay, mahadsanid</i></td></tr>
<tr><td>Nadiifinta xafiiska</td><td>Jimce</td><td><i>Hadda looma baahna</i></td></tr>
</table>
<h4>Sida loo iska diiwaangeliyo</h4>
<p>Wac xafiiska (507) 555-0126 ama buuxi foomka PDF-ka ah ee ku jira dhinaca bogga.</p>""",
    "Waxaa qoray Faadumo &middot; 0 faallo &middot; Calaamado: tabaruc"))

SHEEKO = blog("so", "Sheekada Xaliimo", post(
    "Khamiis, Sebtembar 12, 2024", "Sheekada Xaliimo iyo carruurteeda",
    """<p>Xaliimo waa hooyo shan carruur ah. Bishii hore ayay ka soo guurtay Minneapolis si ay shaqo uga bilowdo
warshad ku taal Harmony. Guriga ay kireysatay wax alaab ah kuma jiraan.</p>
<p>Ilmaheeda ugu yar oo lix bilood jira ma laha sariir ilmo, qoyskuna dhulka ayuu wax ku cunaa maxaa yeelay ma
haystaan miis cunto iyo kuraas. Haddii aad haysato sariir ilmo, miis cunto ama kuraas aad bixin karto, fadlan la
xiriir Faadumo: (507) 555-0126.</p>
<div class="comments"><h4>5 faallo:</h4>
<dl class="comments-block">
<dt class="comment-author">Aamiina Xasan ayaa tiri&hellip;</dt>
<dd class="comment-body"><p>Shalay waxaan u geeyay buste iyo laba barkimo. Allah ha u fududeeyo.</p></dd>
<dt class="comment-author">Cabdi W. ayaa tiri&hellip;</dt>
<dd class="comment-body"><p>Ilaahay ha idin barakeeyo shaqadan.</p></dd>
</dl></div>""",
    "Waxaa qoray Faadumo &middot; Calaamado: warar"))

ENGLISH = blog("en", "In English", post(
    "Monday, October 21, 2024", "Nabad Family Center &ndash; in English",
    """<h4>What we do</h4>
<p>We run English classes for Somali mothers, help families enroll their children in the Mabel-Canton and
Southland schools, and keep a diaper and formula closet for families with babies.</p>
<h4>Getting help</h4>
<p>Walk in during office hours or call us. If you are enrolling a child in school, bring their immunization
record.</p>
<h4>Laptop fixer wanted</h4>
<p>Businesses keep giving old laptops to our homework corner, but most of them need to be wiped, need new
batteries, or need a fresh install. If you could spare a few evenings to get them running for the kids, we would
be grateful.</p>
<h4>Diapers</h4>
<p>Thanks to the Fillmore County Rotary, our diaper closet is stocked through spring. Please hold diaper
donations for now.</p>
<h4>Job opening: Family Navigator</h4>
<p>Part-time paid position, 24 hours a week. Somali and English required. Send a resume to the office.</p>""",
    "Posted by Faadumo &middot; Labels: english"))

GUDDIGA = blog("so", "Guddiga", post(
    "Arbaco, Oktoobar 16, 2024", "Qoraallada guddiga (gudaha oo keliya)",
    """<ul>
<li>Waxaan u baahannahay qof cusub oo lacagta maamula marka Maxamed baxo.</li>
<li>Codsi deeq lacageed u dir Mabel Community Fund ka hor Disembar 1.</li>
<li>Raadi mutadawiciin dhisa armaajooyin cusub oo qolka dharka.</li>
</ul>""",
    "Waxaa qoray Maxamed"))

PAGES = {"index.html": INDEX, "tabaruc.html": TABARUC, "sheeko-xaliimo.html": SHEEKO, "english.html": ENGLISH,
         "guddiga/qoraallo.html": GUDDIGA}

ROBOTS = "User-agent: *\nDisallow: /guddiga/\nDisallow: /search\n"

PDFS = {
    "foomam/foomka-tabaruca.pdf": ("Foomka Tabaruca - Xarunta Qoyska Nabad", [
        ("title", "Foomka Tabaruca - Xarunta Qoyska Nabad"),
        ("p", "Magaca: ________________________   Telefoonka: ____________________"),
        ("p", "Luqadaha aad ku hadasho: ______________________________"),
        ("h", "Halkan ayaan hadda dad uga baahannahay"),
        ("p", "Qaybinta cuntada Jimcaha: Jimce kasta 2:00 ilaa 4:00 galabnimo waxaan qoysaska u qaybinaa cunto "
              "qalalan. Waxaan u baahanahay saddex qof oo xambaara sanduuqyada oo gaarsiiya baabuurta dadka."),
        ("h", "Kulanka waalidiinta"),
        ("p", "Sabti, Nofeembar 16, 11:00 subaxnimo, hoolka dugsiga Mabel-Canton. Carruurta waa la soo kaxaysan "
              "karaa; shaah iyo buskud ayaa jira."),
        ("h", "Sida foomka loo soo celiyo"),
        ("p", "Ku soo celi xafiiska, ama sawir ka qaad oo u dir nabadmabel@example.org. Faadumo ayaa ku soo "
              "wici doonta."),
    ]),
}

NEEDS = [
    N("index.html", ["macallimiin ingiriisi"], "skilled", "so", ["en", "so"], layout="blog_post",
      note="Somali a plus, not required"),
    N("index.html", ["jaakadaha jiilaalka"], "donation", "so", layout="blog_post",
      note="'naga dhammaaday' = we have run out"),
    N("tabaruc.html", ["ballamaha dhakhtarka", "darawal"], "volunteer", "so", layout="shift_table",
      note="weli waa banaan = still open"),
    N("tabaruc.html", ["ilaalinta carruurta"], "volunteer", "so", layout="shift_table"),
    N("tabaruc.html", ["turjumaan"], "skilled", "so", ["so", "en"], layout="shift_table"),
    N("sheeko-xaliimo.html", ["sariir ilmo", "miis cunto"], "donation", "so", layout="story"),
    N("english.html", ["laptop fixer"], "skilled", "en", layout="heading_paragraph"),
    N("foomam/foomka-tabaruca.pdf", ["qaybinta cuntada jimcaha"], "volunteer", "so", layout="pdf"),
]

TRAPS = [
    T("index.html", "recap", ["xafladdii furashada dugsiyada", "85 carruur"]),
    T("index.html", "blog", ["sheekada xaliimo"], "teaser; the need lives on the story page"),
    T("index.html", "hours", ["saacadaha xafiiska"]),
    T("index.html", "general_appeal", ["ku deeq"]),
    T("tabaruc.html", "filled", ["karinta cuntada"], "waa la helay"),
    T("tabaruc.html", "filled", ["nadiifinta xafiiska"], "hadda looma baahna"),
    T("tabaruc.html", "how_to_apply", ["sida loo iska diiwaangeliyo"]),
    T("sheeko-xaliimo.html", "recap", ["buste iyo laba barkimo"], "a reader's comment: already brought"),
    T("english.html", "service", ["what we do", "diaper and formula closet"]),
    T("english.html", "how_to_apply", ["getting help"]),
    T("english.html", "filled", ["stocked through spring"]),
    T("english.html", "job", ["family navigator"]),
    T("foomam/foomka-tabaruca.pdf", "event", ["kulanka waalidiinta"]),
    T("foomam/foomka-tabaruca.pdf", "how_to_apply", ["sida foomka loo soo celiyo"]),
    T("guddiga/qoraallo.html", "robots", ["lacagta maamula"]),
    T("guddiga/qoraallo.html", "robots", ["mabel community fund"]),
    T("guddiga/qoraallo.html", "robots", ["armaajooyin"]),
]
