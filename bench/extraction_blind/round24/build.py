#!/usr/bin/env python3
"""Writes sites/ and truth.json for blind round 24 (stdlib only). PDFs via make_pdfs.build_pdf."""
import json, os, shutil
from make_pdfs import build_pdf
HERE = os.path.dirname(os.path.abspath(__file__))
SITES = os.path.join(HERE, "sites")
T = {}
FILES = {}
cur = None

def site(slug, robots="User-agent: *\nAllow: /\n"):
    global cur
    cur = slug
    T[slug] = {"needs": [], "traps": []}
    FILES[slug] = {"robots.txt": robots}

def N(page, keys, kind, lang, languages=(), layout="", note=""):
    T[cur]["needs"].append({"page": page, "keys": keys, "kind": kind, "page_language": lang,
                            "languages": list(languages), "layout": layout, "note": note})

def X(page, typ, keys, note=""):
    T[cur]["traps"].append({"page": page, "type": typ, "keys": keys, "note": note})

def P(rel, text):
    FILES[cur][rel] = text

def PDF(rel, title, blocks):
    FILES[cur][rel] = build_pdf(blocks, title)

def page(lang, title, body, d=None, head=""):
    dd = ' dir="%s"' % d if d else ""
    return ('<!DOCTYPE html>\n<html lang="%s"%s>\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>%s</title>\n%s</head>\n'
            '<body>\n%s\n</body>\n</html>\n') % (lang, dd, title, head, body)

# ---------------------------------------------------------------- 1
site("lakes-country-food-shelf", "User-agent: *\nDisallow: /board/\n")
NAV1 = '''<header class="elementor-section site-header"><div class="elementor-container"><div class="elementor-widget-wrap">
<a class="logo" href="/index.html">Lakes Country Food Shelf</a>
<nav class="elementor-nav-menu"><ul><li><a href="/index.html">Home</a></li><li><a href="/volunteer.html">Volunteer</a></li>
<li><a href="/wishlist.html">Give Food</a></li><li><a href="/es/ayuda.html">Español</a></li><li><a href="/events.html">Events</a></li>
<li><a href="/board/needs.html">Board</a></li></ul></nav></div></div></header>'''
FOOT1 = '<footer class="elementor-section"><p>Lakes Country Food Shelf &middot; 914 Washington Ave, Detroit Lakes, MN 56501 &middot; 218-555-0163</p></footer>'
P("index.html", page("en", "Lakes Country Food Shelf | Detroit Lakes", NAV1 + '''
<div class="elementor-section hero"><div class="elementor-widget elementor-widget-heading"><h1 class="elementor-heading-title">No one in Becker County should go hungry.</h1></div>
<div class="elementor-widget elementor-widget-text-editor"><p>We are a volunteer-run food shelf serving about 600 households a month.</p></div></div>
<div class="elementor-section"><div class="elementor-column"><div class="elementor-widget elementor-widget-icon-box"><h3 class="elementor-icon-box-title">Shelf Hours</h3>
<p class="elementor-icon-box-description">Tuesday 10 am&ndash;2 pm &middot; Thursday 4&ndash;7 pm &middot; Closed December 24&ndash;25 and January 1.</p></div></div>
<div class="elementor-column"><div class="elementor-widget elementor-widget-icon-box"><h3 class="elementor-icon-box-title">Give a Gift This Season</h3>
<p class="elementor-icon-box-description">Every $1 you give turns into three meals. <a class="elementor-button" href="https://give.example.org/lcfs">Donate now</a></p></div></div>
<div class="elementor-column"><div class="elementor-widget elementor-widget-icon-box"><h3 class="elementor-icon-box-title">Lend a Hand</h3>
<p class="elementor-icon-box-description">There are lots of ways to pitch in. <a href="/volunteer.html">See how you can help</a> or read our <a href="/flyer.pdf">winter flyer (PDF)</a>.</p></div></div></div>
<div class="elementor-section"><h2>Empty Bowls Supper &mdash; Saturday, January 16, 2027</h2><p>Soup, bread and handmade bowls at the Pavilion, 5&ndash;7 pm. Tickets $20. Join us!</p></div>
''' + FOOT1))
X("index.html", "hours", ["shelf hours"], "opening hours")
X("index.html", "general_appeal", ["give a gift this season"], "money appeal")
X("index.html", "event", ["empty bowls supper"], "dated fundraiser")
X("index.html", "general_appeal", ["lend a hand"], "teaser box, no specific role")
P("volunteer.html", page("en", "Volunteer | Lakes Country Food Shelf", NAV1 + '''
<div class="elementor-section"><h1>Ways to Serve</h1><p>Pick a card, then email <a href="mailto:help@lcfs.example.org">help@lcfs.example.org</a>.</p>
<div class="e-grid cards">
<div class="e-card"><span class="e-badge open">Open</span><h3 class="e-card-title">Pallet Unloader</h3><p>The regional truck arrives Tuesdays at 8 am. Help us break down pallets and stock the back room. Must be able to lift 40 lbs.</p></div>
<div class="e-card"><span class="e-badge open">Open</span><h3 class="e-card-title">Client Shopping Buddy</h3><p>Walk alongside shoppers on Thursday evenings, help them find items and carry bags to the car.</p></div>
<div class="e-card"><span class="e-badge open">Open</span><h3 class="e-card-title">Grant Writer</h3><p>We have three foundation deadlines in February. If you have written grants before, a few hours from home would make a real difference.</p></div>
<div class="e-card is-filled"><span class="e-badge filled">Filled</span><h3 class="e-card-title">Saturday Youth Crew</h3><p>Teens packing weekend backpacks for kids.</p></div>
<div class="e-card"><span class="e-badge">Closed</span><h3 class="e-card-title">Holiday Basket Packer</h3><p>All shifts taken &mdash; thank you, Detroit Lakes!</p></div>
</div></div>''' + FOOT1))
N("volunteer.html", ["pallet unloader"], "volunteer", "en", layout="role_cards")
N("volunteer.html", ["shopping buddy"], "volunteer", "en", layout="role_cards")
N("volunteer.html", ["grant writer"], "skilled", "en", layout="role_cards")
X("volunteer.html", "umbrella", ["ways to serve"], "page heading over role cards")
X("volunteer.html", "filled", ["youth crew"], "Filled badge")
X("volunteer.html", "filled", ["basket packer"], "all shifts taken")
P("wishlist.html", page("en", "Give Food | Lakes Country Food Shelf", NAV1 + '''
<div class="elementor-section"><h1>Give Food</h1>
<h2>Winter Wish List</h2><ul><li>Canned chicken or tuna</li><li>Hearty soups and chili</li><li>Cooking oil</li><li>Masa harina</li><li>Peanut butter (plastic jars)</li></ul>
<h2>Baby Corner</h2><ul><li><s>Diapers, size 5</s></li><li><s>Infant formula</s></li><li><s>Baby wipes</s></li></ul><p><em>Thanks to you, the baby corner is stocked through February.</em></p>
<h2>Hat &amp; Mitten Tree</h2><p>We are set for this year &mdash; thank you! Please hold knitted items until next fall.</p>
<h2>From the back room</h2><p>Not glamorous, but we are short on reusable grocery bags and clean egg cartons. Drop them off any open hour.</p>
<h2>Thank you</h2><p>A big thank-you to the Becker County Lions, who delivered 2,000 lbs of potatoes in November.</p></div>''' + FOOT1))
N("wishlist.html", ["winter wish list", "canned chicken"], "donation", "en", layout="wish_list")
N("wishlist.html", ["grocery bags", "egg cartons"], "donation", "en", layout="supply_drive", note="we are short on")
X("wishlist.html", "filled", ["baby corner"], "struck items, stocked")
X("wishlist.html", "filled", ["mitten tree"], "we are set for this year")
X("wishlist.html", "thanks", ["becker county lions"], "thank-you note")
P("es/ayuda.html", page("es", "Cómo ayudar | Lakes Country Food Shelf", NAV1 + '''
<div class="elementor-section"><h1>¿Quiere ayudar?</h1><p>Estas son las tareas para este invierno:</p>
<dl class="roles">
<dt>Intérprete de español en la mesa de registro</dt><dd>Los jueves de 4 a 7 pm. Ayude a las familias a llenar el formulario de inscripción. Se necesita hablar español e inglés.</dd>
<dt>Chofer para entregas a domicilio</dt><dd>Lleve cajas de comida a personas mayores que no pueden salir de casa. Necesita su propio carro.</dd>
<dt>Clasificadores de ropa</dt><dd>COMPLETO por ahora. ¡Gracias!</dd>
</dl>
<h2>Despensa gratuita</h2><p>Cualquier familia del condado puede recibir comida una vez por semana.</p>
<h2>¿Cómo recibir comida?</h2><p>Traiga un comprobante de domicilio y una identificación la primera vez que venga.</p></div>''' + FOOT1))
N("es/ayuda.html", ["intérprete"], "skilled", "es", ["es", "en"], layout="definition_list")
N("es/ayuda.html", ["chofer"], "volunteer", "es", layout="definition_list")
X("es/ayuda.html", "filled", ["clasificadores"], "COMPLETO")
X("es/ayuda.html", "service", ["despensa gratuita"], "client service")
X("es/ayuda.html", "how_to_apply", ["comprobante de domicilio"], "client instructions")
PDF("flyer.pdf", "Volante de invierno", [
    ("title", "LAKES COUNTRY FOOD SHELF - INVIERNO 2026"),
    ("p", "Reparto navideño: martes 22 de diciembre, de 10 am a 2 pm. Cada familia recibe un jamón o un pavo."),
    ("h", "Se buscan voluntarios para palear nieve"),
    ("p", "Muchos de nuestros clientes mayores no pueden salir porque la entrada de su casa está llena de nieve. "
          "Buscamos voluntarios con pala (o soplador) para palear nieve después de cada tormenta, cerca de su propio barrio. "
          "Llame a Karen al 218-555-0163."),
    ("p", "914 Washington Ave, Detroit Lakes, MN 56501"),
])
N("flyer.pdf", ["palear nieve"], "volunteer", "es", layout="pdf")
X("flyer.pdf", "event", ["reparto navideño"], "dated distribution")
P("board/needs.html", page("en", "Board workspace", NAV1 + '''
<h1>Board workspace: open needs</h1><ul><li><strong>Treasurer</strong> &mdash; we need a new treasurer from January.</li>
<li><strong>Forklift repair</strong> &mdash; looking for a mechanic to fix the forklift mast.</li></ul>''' + FOOT1))
X("board/needs.html", "robots", ["treasurer"])
X("board/needs.html", "robots", ["forklift repair"])

# ---------------------------------------------------------------- 2
site("masjid-as-salam-montevideo")
NAV2 = '<nav class="topnav"><a href="/index.html">Home</a> | <a href="/so/index.html">Soomaali</a> | <a href="/so/dugsiga.html">Dugsiga</a> | <a href="/ar/index.html">العربية</a> | <a href="/newsletter.pdf">Wargeys (PDF)</a> | <a href="/khutbah/">Khutbah archive</a></nav>'
P("index.html", page("en", "Masjid As-Salam of Montevideo", NAV2 + '''
<h1>Masjid As-Salam &mdash; Montevideo, Minnesota</h1>
<table class="prayer"><caption>Prayer times (December)</caption><tr><th>Fajr</th><th>Dhuhr</th><th>Asr</th><th>Maghrib</th><th>Isha</th></tr>
<tr><td>6:25</td><td>12:15</td><td>2:20</td><td>4:40</td><td>6:10</td></tr></table>
<section class="imam"><h2>Our Imam</h2><p>Imam Yusuf Warsame has served our community since 2019. He studied in Hargeisa and Cairo and leads the Friday khutbah in Somali and English.</p></section>
<section class="help"><h2>This winter</h2><p>Our little community keeps growing, and so do the jobs. We need a van driver for the Sunday shopping trip that takes our elders to the halal grocery, a math tutor for the after-school halaqa (grades 5&ndash;9), and someone who knows small engines and can get our snowblower running again before the next storm. Talk to Br. Hassan after Jumu'ah.</p></section>
<section><h2>Family Night &mdash; Saturday, December 26, 2026</h2><p>Potluck dinner and games for the children after Maghrib. Everyone is welcome.</p></section>''', ))
X("index.html", "hours", ["prayer times"])
X("index.html", "bio", ["imam yusuf"])
X("index.html", "event", ["family night"])
N("index.html", ["van driver"], "volunteer", "en", layout="several_roles_paragraph")
N("index.html", ["math tutor"], "skilled", "en", layout="several_roles_paragraph")
N("index.html", ["snowblower"], "skilled", "en", layout="several_roles_paragraph")
P("so/index.html", page("so", "Masjidka As-Salam - Soomaali", NAV2 + '''
<h1>Ku soo dhawaada Masjidka As-Salam</h1>
<h2>Waxaan u baahanahay caawimaad</h2>
<details open><summary>Turjubaan Soomaali iyo Ingiriis ah</summary><p>Hooyooyin badan ayaa u baahan qof la socda ballamaha dhakhtarka ee isbitaalka. Waxaan raadinaynaa turjubaan ku hadla Soomaali iyo Ingiriis, hal mar usbuucii.</p></details>
<details><summary>Nadiifinta masjidka</summary><p>Mutadawiciin ayaan u baahanahay si ay u nadiifiyaan masjidka Khamiista kahor salaadda Jimcaha. Hal saac oo keliya.</p></details>
<details><summary>Jaakadaha carruurta</summary><p>Waan haysanaa jaakado ku filan. Mahadsanidiin!</p></details>
<h2>Sadaqo</h2><p>Ku deeq sadaqo si masjidku u sii furnaado. Lacag kasta way caawisaa.</p>'''))
N("so/index.html", ["turjubaan"], "skilled", "so", ["so", "en"], layout="accordion")
N("so/index.html", ["nadiifinta masjidka"], "volunteer", "so", layout="accordion")
X("so/index.html", "filled", ["jaakadaha carruurta"], "waan haysanaa ... ku filan")
X("so/index.html", "general_appeal", ["sadaqo"])
P("so/dugsiga.html", page("so", "Dugsiga Quraanka", NAV2 + '''
<h1>Dugsiga Quraanka ee maalmaha fasaxa</h1><p>Dugsiga Quraanka wuxuu furan yahay Sabtida iyo Axadda, 10:00 ilaa 1:00, carruurta da'doodu tahay 6 ilaa 14.</p>
<h2>Is-diiwaangelinta</h2><p>Waalidku ha keeno shahaadada dhalashada ilmaha iyo $40 bishii. Is-diiwaangelinta waxay ka dhacdaa xafiiska.</p>
<h2>Shaqo mushahar leh: maamulaha dugsiga</h2><p>Waxaan shaqaaleysiineynaa maamulaha dugsiga, 15 saacadood usbuucii, $19 saacaddii.</p>
<h2>Kaaliyeyaasha fasalka</h2><p>Way buuxaan xilligan. Mahadsanidiin.</p>'''))
X("so/dugsiga.html", "service", ["dugsiga quraanka"])
X("so/dugsiga.html", "how_to_apply", ["is-diiwaangelinta"])
X("so/dugsiga.html", "job", ["maamulaha dugsiga"])
X("so/dugsiga.html", "filled", ["kaaliyeyaasha fasalka"], "way buuxaan")
P("ar/index.html", page("ar", "مسجد السلام - مونتفيديو", NAV2 + '''
<h1>مسجد السلام في مونتفيديو</h1>
<h2>نحتاج إلى معلم لغة عربية</h2><p>نبحث عن متطوع يجيد اللغة العربية لتعليم الأطفال القراءة يوم السبت صباحا.</p>
<h2>تبرعات عينية</h2><p>نحتاج إلى سجاد جديد لمصلى النساء، فالسجاد الحالي قديم وممزق.</p>
<h2>المصاحف</h2><p>تم توفير جميع المصاحف المطلوبة، جزاكم الله خيرا.</p>
<h2>صندوق البناء</h2><p>تبرع الآن لصندوق بناء المسجد الجديد.</p>''', d="rtl"))
N("ar/index.html", ["معلم لغة عربية"], "skilled", "ar", ["ar"], layout="heading_paragraph")
N("ar/index.html", ["سجاد"], "donation", "ar", layout="heading_paragraph")
X("ar/index.html", "filled", ["المصاحف"])
X("ar/index.html", "general_appeal", ["صندوق"])
PDF("newsletter.pdf", "Wargeyska Masjidka As-Salam", [
    ("title", "WARGEYSKA MASJIDKA AS-SALAM - DISEMBAR 2026"),
    ("h", "Mahad gaar ah"),
    ("p", "Mahad gaar ah ayaan u celinaynaa walaalaha ka caawiyay rinjiyeynta fasallada bishii November."),
    ("h", "Kuleyliyaha masjidka"),
    ("p", "Qabowga ayaa yimid, laakiin kuleyliyaha masjidka (furnace) si fiican uma shaqeeyo. Waxaan raadinaynaa qof "
          "khibrad u leh dayactirka kuleyliyaha oo mutadawac ah. Fadlan la xiriir Br. Hassan (320) 555-0190."),
    ("h", "Shirka jaaliyadda"),
    ("p", "Shirka jaaliyadda wuxuu dhici doonaa Sabti, Janaayo 9, 2027, kadib salaadda Casar. Dhammaan waa la casuumay."),
])
N("newsletter.pdf", ["kuleyliyaha"], "skilled", "so", layout="pdf")
X("newsletter.pdf", "thanks", ["mahad gaar ah"])
X("newsletter.pdf", "event", ["shirka jaaliyadda"])

# ---------------------------------------------------------------- 3
site("forest-lake-hmong-youth-collective", "User-agent: *\nDisallow: /staff/\n")
def wix(lang, title, inner):
    nav = ('<div id="SITE_HEADER" class="wixui-header"><div data-testid="mesh-container-content"><div class="wixui-rich-text"><p class="font_8">'
           '<a href="/index.html">Home</a> &nbsp; <a href="/hmn/kev-kawm.html">Kev Kawm</a> &nbsp; <a href="/mentors.html">Mentors</a> &nbsp; '
           '<a href="/hmn/pab-peb.html">Pab Peb</a> &nbsp; <a href="/hmn/xov-xwm.html">Xov Xwm</a> &nbsp; <a href="/gallery.html">Gallery</a> &nbsp; '
           '<a href="/staff/openings.html">Staff</a></p></div></div></div>')
    return page(lang, title, nav + '<main id="PAGES_CONTAINER"><div class="wixui-section">' + inner + '</div></main>')
P("index.html", wix("en", "Forest Lake Hmong Youth Collective", '''
<div class="wixui-rich-text"><h1 class="font_0">Forest Lake Hmong Youth Collective</h1><p class="font_7">Culture, homework and friendship for Hmong youth in northern Washington County.</p></div>
<div class="wixui-rich-text"><h2 class="font_2">Help our youth grow &mdash; get involved!</h2><p class="font_8">Parents, elders, students: there is a place for you. <a href="/mentors.html">Learn more</a></p></div>
<div class="wixui-rich-text"><h2 class="font_2">Winter Showcase &bull; January 23, 2027</h2><p class="font_8">Dance, qeej and spoken word at Forest Lake Area High School, 6 pm.</p></div>
<div class="wixui-rich-text blog-feed"><p class="font_9">FROM THE BLOG</p><h3 class="font_4">Why our mentors keep coming back</h3><p class="font_8">Three mentors on what Tuesday nights mean to them.</p></div>'''))
X("index.html", "general_appeal", ["get involved"])
X("index.html", "event", ["winter showcase"])
X("index.html", "blog", ["mentors keep coming back"])
P("hmn/kev-kawm.html", wix("hmn", "Kev Kawm", '''
<div class="wixui-rich-text"><h1 class="font_0">Peb cov kev kawm</h1>
<h2 class="font_2">Kev qhia ntawv dawb tom qab tsev kawm ntawv</h2><p class="font_8">Cov menyuam qib 3 txog 12 tuaj tau kawm ntawv dawb. Peb qhib hnub Monday txog Thursday, 3:30 txog 6:00.</p>
<h2 class="font_2">Chav kawm qeej thiab seev cev</h2><p class="font_8">Txhua hnub Saturday rau cov hluas.</p>
<h2 class="font_2">Yuav sau npe li cas</h2><p class="font_8">Niam txiv yuav tsum sau npe rau tus menyuam hauv online los sis tuaj ntawm peb lub chaw ua haujlwm.</p></div>'''))
X("hmn/kev-kawm.html", "service", ["qhia ntawv dawb"])
X("hmn/kev-kawm.html", "service", ["seev cev"])
X("hmn/kev-kawm.html", "how_to_apply", ["sau npe"])
X("hmn/kev-kawm.html", "hours", ["peb qhib"])
P("mentors.html", wix("en", "Mentors & Volunteers", '''
<div class="wixui-rich-text"><h1 class="font_0">Volunteer sign-up board</h1><p class="font_8">Updated December 4, 2026.</p></div>
<div class="wixui-table"><table><tr><th>Role</th><th>When</th><th>Status</th></tr>
<tr><td>Homework mentor (grades 6&ndash;8)</td><td>Tue/Thu 3:30&ndash;5:30</td><td>Open &mdash; 3 spots</td></tr>
<tr><td>Van driver for Saturday field trips</td><td>Sat mornings</td><td>Still looking!</td></tr>
<tr><td>Snack coordinator</td><td>Weekly</td><td>Covered &#10003;</td></tr>
<tr><td>Photographer for the showcase</td><td>Jan 23</td><td>Taken by Kao</td></tr>
<tr><td>Robotics coach (LEGO league)</td><td>Wed 4&ndash;6</td><td>wide open</td></tr>
<tr><td>Paj ntaub instructor</td><td>Sat</td><td>Tiav lawm</td></tr>
<tr><td>Costume sewing for dance team</td><td>Flexible, from home</td><td>Yes please, 2 more</td></tr>
</table></div>'''))
N("mentors.html", ["homework mentor"], "skilled", "en", layout="shift_table")
N("mentors.html", ["field trips"], "volunteer", "en", layout="shift_table")
N("mentors.html", ["robotics coach"], "skilled", "en", layout="shift_table")
N("mentors.html", ["costume sewing"], "volunteer", "en", layout="shift_table")
X("mentors.html", "filled", ["snack coordinator"], "Covered")
X("mentors.html", "filled", ["photographer"], "Taken by Kao")
X("mentors.html", "filled", ["paj ntaub"], "Tiav lawm (Hmong: complete)")
P("hmn/pab-peb.html", wix("hmn", "Pab Peb", '''
<div class="wixui-rich-text"><h1 class="font_0">Koj yuav pab tau peb li cas</h1>
<h2 class="font_2">Peb xav tau neeg txhais lus</h2><p class="font_8">Thaum muaj rooj sib tham nrog niam txiv, peb xav tau ib tug neeg txhais lus Hmoob thiab Askiv.</p>
<h2 class="font_2">Khaub ncaws tuab rau menyuam</h2><p class="font_8">Lub caij ntuj no txias heev. Peb xav tau khaub ncaws tuab, kaus mom thiab hnab looj tes rau cov menyuam yaus.</p>
<h2 class="font_2"><s>Ntawv xim thiab cwj mem</s></h2><p class="font_8">Tsis xav tau lawm &mdash; ua tsaug!</p></div>'''))
N("hmn/pab-peb.html", ["txhais lus"], "skilled", "hmn", ["hmn", "en"], layout="heading_paragraph")
N("hmn/pab-peb.html", ["khaub ncaws tuab"], "donation", "hmn", layout="heading_paragraph")
X("hmn/pab-peb.html", "filled", ["ntawv xim"], "struck + tsis xav tau lawm")
P("hmn/xov-xwm.html", wix("hmn", "Xov Xwm", '''
<div class="wixui-rich-text"><h1 class="font_0">Xov xwm lub Kaum Ob Hlis 2026</h1>
<p class="font_8">Ua tsaug rau txhua tus niam txiv uas tuaj pab peb lub rooj noj mov thaum lub Kaum Ib Hlis. Peb cov hluas tau seev cev zoo heev rau Noj Peb Caug.</p>
<p class="font_8">Peb lub chaw muaj kaum lub computer qub uas qeeb heev. Peb tseem xav tau ib tug neeg paub kho computer los pab ntxuav thiab nruab software tshiab rau lawv.</p></div>'''))
N("hmn/xov-xwm.html", ["kho computer"], "skilled", "hmn", layout="newsletter_buried")
X("hmn/xov-xwm.html", "thanks", ["ua tsaug rau"])
X("hmn/xov-xwm.html", "event", ["noj peb caug"])
P("staff/openings.html", wix("en", "Staff openings", '''
<h1>Internal: staffing</h1><p>Youth Program Coordinator (paid, 30 hrs/week). Volunteer needed: bus chaperone for the Wisconsin Dells trip.</p>'''))
X("staff/openings.html", "robots", ["program coordinator"])
X("staff/openings.html", "robots", ["bus chaperone"])

# ---------------------------------------------------------------- 4
site("sartell-karen-christian-fellowship", "User-agent: *\nDisallow: /members/\n")
NAV4 = '<div id="menu"><a href="/index.html">Home</a> &middot; <a href="/outreach.html">Outreach</a> &middot; <a href="/kar/index.html">ကညီ</a> &middot; <a href="/kar/news.html">တၢ်ကစီၣ်</a> &middot; <a href="/bulletin.pdf">Bulletin</a> &middot; <a href="/sermons/">Sermons</a> &middot; <a href="/members/directory.html">Members</a></div>'
P("index.html", page("en", "Sartell Karen Christian Fellowship", NAV4 + '''
<div class="post"><h1>Sartell Karen Christian Fellowship</h1>
<p><b>Sunday worship:</b> 10:00 am Karen service, 12:30 pm English service. Bible study Wednesday 7 pm.</p>
<h2>Meet Our Pastor</h2><p>Pastor Saw Htoo Paw came from Mae La camp in 2008 and has led our fellowship since 2014. He and his wife Naw Eh Say have four children.</p>
<h2>Outreach Ministries</h2><p>Our outreach teams serve newcomers all over Stearns County. <a href="/outreach.html">Read more</a></p>
<p class="give"><a href="https://give.example.org/skcf">Give online</a> &mdash; tithes and offerings.</p></div>'''))
X("index.html", "hours", ["sunday worship"])
X("index.html", "bio", ["pastor saw"])
X("index.html", "umbrella", ["outreach ministries"])
X("index.html", "general_appeal", ["give online"])
P("outreach.html", page("en", "Outreach | SKCF", NAV4 + '''
<div class="post"><h1>Outreach</h1>
<p>We'd love your help this winter. We need drivers for ESL night on Tuesdays (pick-ups in Sartell and Sauk Rapids), a pianist for the 12:30 English service, and someone with plumbing experience to look at the leaking pipes in the fellowship hall kitchen.</p>
<h2>The Paw family</h2><p>The Paw family arrived from Thailand in October with three children. They have an apartment now, but they still sleep on the floor: they have no beds for the children and no kitchen table to eat at.</p>
<h2>Winter coat drive &mdash; complete!</h2><p>80 coats given out. Thank you!</p>
<h2>Christmas program</h2><p>Sunday, December 20, 2026 at 4 pm. Children's choir and dinner.</p></div>'''))
N("outreach.html", ["driver"], "volunteer", "en", layout="several_roles_paragraph")
N("outreach.html", ["pianist"], "skilled", "en", layout="several_roles_paragraph")
N("outreach.html", ["plumbing"], "skilled", "en", layout="several_roles_paragraph")
N("outreach.html", ["beds", "kitchen table"], "donation", "en", layout="story")
X("outreach.html", "filled", ["coat drive"])
X("outreach.html", "event", ["christmas program"])
P("kar/index.html", page("kar", "ကညီ ခရံာ်ဖိ", NAV4 + '''
<div class="post"><h1>ပှၤမၤစၢၤ လိၣ်ဘၣ်</h1>
<h2>ပှၤကတိၤကျိာ်ဆၢ (interpreter)</h2><p>ပှၤသ့ကတိၤ ကညီကျိာ် ဒီး အဲကလံးကျိာ် လၢကလဲၤ ဒီး ပှၤသးပှၢ်ဖိ ဆူ တၢ်ဆါဟံၣ်.</p>
<h2>ဒၢးဖီမၤ (rice cooker)</h2><p>ဟံၣ်ဖိဃီဖိ အသီ လိၣ်ဘၣ် ဒၢးဖီမၤ ဒီး ယဲၤ.</p>
<h2>ပှၤသးဝံၣ်တၢ် (choir)</h2><p>ပှဲၤလံ (FULL). တၢ်ဘျုးဂ့ၤ.</p></div>'''))
N("kar/index.html", ["ပှၤကတိၤကျိာ်ဆၢ", "interpreter"], "skilled", "kar", ["kar", "en"], layout="heading_paragraph")
N("kar/index.html", ["ဒၢးဖီမၤ", "rice cooker"], "donation", "kar", layout="heading_paragraph")
X("kar/index.html", "filled", ["ပှၤသးဝံၣ်တၢ်", "choir"], "ပှဲၤလံ (full)")
P("kar/news.html", page("kar", "တၢ်ကစီၣ်", NAV4 + '''
<div class="post"><h1>တၢ်ကစီၣ်</h1>
<h2>ကညီနံၣ်ထီၣ်သီ</h2><p>ယကူၣ် 2, 2027. ပှၤကညီ ကိးဂၤ ဟဲ ဘၣ်.</p>
<h2>ဘၣ်တဲဘျုး</h2><p>ဘၣ်တဲဘျုး ပှၤ လၢအမၤစၢၤ ပှၤ.</p></div>'''))
X("kar/news.html", "event", ["နံၣ်ထီၣ်သီ"])
X("kar/news.html", "thanks", ["ဘၣ်တဲဘျုး"])
PDF("bulletin.pdf", "SKCF Bulletin", [
    ("title", "SARTELL KAREN CHRISTIAN FELLOWSHIP - WEEKLY BULLETIN"),
    ("p", "December 13, 2026 - Third Sunday of Advent"),
    ("h", "Announcements"),
    ("p", "Thank you to the ladies who cooked for the funeral dinner last week. New Year's Eve prayer night is "
          "December 31 from 9 pm until midnight. The youth group band is growing fast and is seeking a volunteer "
          "bass guitar teacher for Friday evenings - see Saw Moo if you can help."),
])
N("bulletin.pdf", ["bass guitar"], "skilled", "en", layout="pdf")
X("bulletin.pdf", "thanks", ["cooked for the funeral"])
X("bulletin.pdf", "event", ["prayer night"])
P("members/directory.html", page("en", "Members only", NAV4 + '<h1>Members: care list</h1><ul><li>Rides to church needed for Grandma Naw Paw</li><li>Snow removal needed at the Htoo house</li></ul>'))
X("members/directory.html", "robots", ["rides to church"])
X("members/directory.html", "robots", ["snow removal"])

# ---------------------------------------------------------------- 5
site("le-sueur-gammachuu-oromo-center")
NAV5 = '<nav class="navbar"><ul class="nav"><li><a href="/index.html">Home</a></li><li><a href="/volunteer.html">Volunteer</a></li><li><a href="/om/index.html">Afaan Oromoo</a></li><li><a href="/om/tajaajila.html">Tajaajila</a></li><li><a href="/om/ayyaana.html">Oduu</a></li><li><a href="/photos.html">Photos</a></li></ul></nav>'
P("index.html", page("en", "Gammachuu Oromo Community Center | Le Sueur", NAV5 + '''
<div class="container"><h1>Gammachuu Oromo Community Center</h1><p>Serving Oromo families in Le Sueur County since 2012.</p>
<div class="row"><div class="col-md-6"><h2>How You Can Make a Difference</h2><p>Volunteers, donors and partners keep our doors open. <a href="/volunteer.html">See our volunteer page</a>.</p></div>
<div class="col-md-6"><h2>Office open</h2><p>Monday&ndash;Friday, 9 am to 5 pm; Saturday by appointment.</p></div></div></div>'''))
X("index.html", "umbrella", ["make a difference"])
X("index.html", "hours", ["office open"])
P("volunteer.html", page("en", "Volunteer | Gammachuu", NAV5 + '''
<div class="container"><h1>Volunteer with us</h1>
<div class="accordion" id="roles">
<div class="accordion-item"><h2 class="accordion-header"><button class="accordion-button" data-bs-toggle="collapse" data-bs-target="#r1">Citizenship class tutor</button></h2>
<div id="r1" class="accordion-collapse collapse"><div class="accordion-body">Help adults prepare for the civics test, Monday evenings 6&ndash;8 pm.</div></div></div>
<div class="accordion-item"><h2 class="accordion-header"><button class="accordion-button" data-bs-toggle="collapse" data-bs-target="#r2">Rides to medical appointments</button></h2>
<div id="r2" class="accordion-collapse collapse"><div class="accordion-body">Drive elders to clinics in St. Peter and New Ulm. Mileage reimbursed.</div></div></div>
<div class="accordion-item"><h2 class="accordion-header"><button class="accordion-button" data-bs-toggle="collapse" data-bs-target="#r3">Tax preparer (February&ndash;April)</button></h2>
<div id="r3" class="accordion-collapse collapse"><div class="accordion-body">IRS VITA certification required; we pay for the training.</div></div></div>
<div class="accordion-item filled"><h2 class="accordion-header"><button class="accordion-button" data-bs-toggle="collapse" data-bs-target="#r4">Youth soccer referee</button></h2>
<div id="r4" class="accordion-collapse collapse"><div class="accordion-body">Position filled for the 2027 season.</div></div></div>
</div>
<h2>Newcomer welcome bags</h2><p>Every new family gets a welcome bag. Right now we need bath towels, can openers, dish soap and laundry baskets.</p>
<aside class="blog"><h3>From our blog: What volunteering taught me</h3><p>Chaltu writes about her first year as a tutor.</p></aside></div>'''))
N("volunteer.html", ["citizenship class tutor"], "skilled", "en", layout="accordion")
N("volunteer.html", ["medical appointments"], "volunteer", "en", layout="accordion")
N("volunteer.html", ["tax preparer"], "skilled", "en", layout="accordion")
N("volunteer.html", ["welcome bags", "can openers"], "donation", "en", layout="wish_list")
X("volunteer.html", "filled", ["soccer referee"])
X("volunteer.html", "blog", ["what volunteering taught me"])
P("om/index.html", page("om", "Giddu-gala Hawaasa Oromoo Gammachuu", NAV5 + '''
<div class="container"><h1>Baga nagaan dhuftan</h1>
<h2>Hiiktota barbaadna</h2><p>Hiiktota Afaan Oromoo fi Ingiliffaa dubbachuu danda'an barbaadna. Maatii haaraa mana yaalaa fi mana barumsaa keessatti gargaaru.</p>
<h2>Uffata ijoollee</h2><p>Uffata ijoollee qorraa (jaakeettii, kophee) nuuf kennaa.</p>
<h2>Konkolaachiftoota</h2><p>Guutameera. Galatoomaa!</p>
<p class="give">Arjooma keessan nuuf godhaa &mdash; gumaacha maallaqaa.</p></div>'''))
N("om/index.html", ["hiiktota"], "skilled", "om", ["om", "en"], layout="heading_paragraph")
N("om/index.html", ["uffata ijoollee"], "donation", "om", layout="heading_paragraph")
X("om/index.html", "filled", ["konkolaachiftoota"], "guutameera")
X("om/index.html", "general_appeal", ["arjooma"])
P("om/tajaajila.html", page("om", "Tajaajila", NAV5 + '''
<div class="container"><h1>Tajaajila keenya</h1>
<h2>Barnoota Ingiliffaa bilisaa</h2><p>Gaaf Kibxataa fi Kamisa galgala.</p>
<h2>Akkaataa galmaa'uu</h2><p>Galmaa'uuf waraqaa eenyummaa fidaa, waajjira keenya dhufaa.</p>
<h2>Mana barumsaa Sanbataa</h2><p>Ijoolleen keenya afaan isaanii akka hin dagatneef, barsiisota Afaan Oromoo ijoollee Sanbataan barsiisan barbaadna.</p></div>'''))
X("om/tajaajila.html", "service", ["barnoota ingiliffaa"])
X("om/tajaajila.html", "how_to_apply", ["galmaa'uuf"])
N("om/tajaajila.html", ["barsiisota afaan oromoo"], "skilled", "om", ["om"], layout="newsletter_buried")
P("om/ayyaana.html", page("om", "Oduu", NAV5 + '''
<div class="container"><h1>Oduu fi ayyaanota</h1>
<h2>Walgahii hawaasaa</h2><p>Sanbata, Amajjii 30, 2027, sa'aatii 2:00. Hundi keessan affeeramtaniirtu.</p>
<h2>Galatoomaa</h2><p>Galatoomaa Le Sueur Lions Club, meeshaa mana nyaataa nuuf kennitaniif.</p></div>'''))
X("om/ayyaana.html", "event", ["walgahii hawaasaa"])
X("om/ayyaana.html", "thanks", ["lions club"])

# ---------------------------------------------------------------- 6
site("hoi-tuong-tro-viet-chanhassen")
NAV6 = '<ul class="menu"><li><a href="/index.html">Trang chủ</a></li><li><a href="/quyen-gop.html">Quyên góp</a></li><li><a href="/en/index.html">English</a></li><li><a href="/en/stories.html">Stories</a></li><li><a href="/hinh-anh.html">Hình ảnh</a></li></ul>'
P("index.html", page("vi", "Hội Tương Trợ Người Việt Chanhassen", NAV6 + '''
<h1>Hội Tương Trợ Người Việt Chanhassen</h1>
<p><b>Giờ mở cửa:</b> Thứ Bảy 9 giờ sáng đến 12 giờ trưa, tại phòng sinh hoạt nhà thờ.</p>
<h2>Đăng ký làm tình nguyện viên</h2>
<table border="1"><tr><th>Công việc</th><th>Thời gian</th><th>Tình trạng</th></tr>
<tr><td>Dạy kèm tiếng Anh cho người lớn tuổi</td><td>Thứ Ba, 6&ndash;8 giờ tối</td><td>Còn thiếu 2 người</td></tr>
<tr><td>Lái xe đưa các cụ đi chợ</td><td>Chủ Nhật</td><td>Cần gấp</td></tr>
<tr><td>Nấu ăn cho tiệc Tết</td><td>Tháng 2</td><td>Đã đủ người</td></tr></table>
<h2>Mừng Xuân Tết Đinh Mùi 2027</h2><p>Chủ Nhật, ngày 7 tháng 2 năm 2027, tại trường Chanhassen. Mời cả gia đình đến dự!</p>'''))
X("index.html", "hours", ["giờ mở cửa"])
N("index.html", ["dạy kèm tiếng anh"], "skilled", "vi", ["en", "vi"], layout="shift_table")
N("index.html", ["lái xe"], "volunteer", "vi", layout="shift_table")
X("index.html", "filled", ["nấu ăn cho tiệc"], "Đã đủ người")
X("index.html", "event", ["tết đinh mùi"])
P("quyen-gop.html", page("vi", "Quyên góp", NAV6 + '''
<h1>Quyên góp</h1>
<h2>Danh sách quà cần quyên góp</h2><ul><li>Áo ấm cho người lớn tuổi</li><li>Nồi cơm điện</li><li>Chăn mền</li><li>Nước mắm, mì gói</li></ul>
<h2>Gạo</h2><p>Đã nhận đủ gạo cho mùa đông, xin cảm ơn quý vị!</p>
<p class="donate">Ủng hộ quỹ hội: mọi đóng góp đều được trân trọng.</p>'''))
N("quyen-gop.html", ["danh sách quà", "nồi cơm điện"], "donation", "vi", layout="wish_list")
X("quyen-gop.html", "filled", ["gạo"], "đã nhận đủ")
X("quyen-gop.html", "general_appeal", ["ủng hộ quỹ"])
P("en/index.html", page("en", "About | Vietnamese Mutual Aid of Chanhassen", NAV6 + '''
<h1>About us</h1><p>We were founded in 2011 by Mrs. Lan Nguyen, a retired pharmacist who came to Minnesota in 1980.</p>
<h2>What we do</h2><p>Volunteers help elders fill out Medicare forms and renew green cards, free of charge.</p>
<h2>Seeking a bilingual bookkeeper</h2><p>Our treasurer is retiring. We are seeking a volunteer bookkeeper who reads Vietnamese and English to keep our books, about two hours a month.</p>'''))
X("en/index.html", "bio", ["lan nguyen"])
X("en/index.html", "service", ["medicare forms"])
N("en/index.html", ["bookkeeper"], "skilled", "en", ["vi", "en"], layout="heading_paragraph")
P("en/stories.html", page("en", "Stories", NAV6 + '''
<h1>Stories from our families</h1>
<article><h2>The Tran household</h2><p>Grandfather Tran, 84, lives with his daughter in a drafty basement unit. The furnace barely reaches his room, and what the family lacks most this winter is a safe space heater for his bedroom.</p></article>
<article><h2>Mr. Pham</h2><p>Mr. Pham has his citizenship interview in March. He is nervous about the English questions and would love a volunteer to practice with him once a week.</p></article>
<article><h2>A thank-you from the Le family</h2><p>Thanks to you, the Le family's new baby came home from the hospital in a brand-new car seat.</p></article>'''))
N("en/stories.html", ["space heater"], "donation", "en", layout="story")
N("en/stories.html", ["citizenship interview"], "volunteer", "en", layout="story")
X("en/stories.html", "thanks", ["car seat"])

# ---------------------------------------------------------------- 7
site("kidane-mehret-elders-mounds-view")
NAV7 = '<div class="nav"><a href="/index.html">Home</a> | <a href="/meals.html">Lunch Program</a> | <a href="/am/index.html">አማርኛ</a> | <a href="/am/zena.html">ዜና</a> | <a href="/newsletter.pdf">Newsletter</a> | <a href="/calendar.html">Calendar</a></div>'
P("index.html", page("en", "Kidane Mehret Elders Program", NAV7 + '''
<h1>Kidane Mehret Elders Program &mdash; Mounds View</h1><p>A home away from home for Ethiopian and Eritrean elders.</p>
<h2>Lunch served</h2><p>Monday, Wednesday and Friday at 11:30 am in the church hall.</p>
<h2>Free blood pressure checks</h2><p>A nurse from the county checks blood pressure on the first Wednesday of each month.</p>'''))
X("index.html", "hours", ["lunch served"])
X("index.html", "service", ["blood pressure"])
P("meals.html", page("en", "Lunch Program", NAV7 + '''
<h1>Lunch Program</h1>
<dl><dt>Cook's helper</dt><dd>Chop onions, stir the wot, serve the injera. Mon/Wed/Fri 9 am&ndash;noon. No experience needed.</dd>
<dt>Dish crew</dt><dd>All set through March &mdash; thank you!</dd></dl>
<h2>Pantry shelf wish list</h2><ul><li>Shiro powder</li><li>Teff flour</li><li>Red lentils</li><li>Coffee beans</li></ul>
<h2>Paid position: part-time kitchen manager</h2><p>20 hours a week, $21/hour. ServSafe required. Send a r&eacute;sum&eacute; to the office.</p>'''))
N("meals.html", ["cook's helper"], "volunteer", "en", layout="definition_list")
N("meals.html", ["pantry shelf wish list", "teff flour"], "donation", "en", layout="wish_list")
X("meals.html", "filled", ["dish crew"])
X("meals.html", "job", ["kitchen manager"])
P("am/index.html", page("am", "የኪዳነ ምሕረት አረጋውያን ፕሮግራም", NAV7 + '''
<h1>እንኳን ደህና መጡ</h1>
<h2>አስተርጓሚ ያስፈልገናል</h2><p>አማርኛና እንግሊዝኛ የሚናገር በጎ ፈቃደኛ አስተርጓሚ ከአረጋውያን ጋር ወደ ሐኪም ቤት እንዲሄድ እንፈልጋለን።</p>
<h2>የበጎ ፈቃድ ሹፌር</h2><p>አረጋውያንን እሑድ ጠዋት ወደ ቤተ ክርስቲያን የሚያመጣ ሹፌር እንፈልጋለን። የራስዎ መኪና ያስፈልጋል።</p>
<h2>ብርድ ልብስ</h2><p>በቂ አለን፤ እናመሰግናለን!</p>'''))
N("am/index.html", ["አስተርጓሚ"], "skilled", "am", ["am", "en"], layout="heading_paragraph")
N("am/index.html", ["ሹፌር"], "volunteer", "am", layout="heading_paragraph")
X("am/index.html", "filled", ["ብርድ ልብስ"], "በቂ አለን")
P("am/zena.html", page("am", "ዜና", NAV7 + '''
<h1>ዜና</h1><h2>የገና በዓል</h2><p>ታኅሣሥ 29 (January 7, 2027) ከቅዳሴ በኋላ የቡና ሥነ ሥርዓት ይኖራል። ሁላችሁም ተጋብዛችኋል።</p>
<h2>ምስጋና</h2><p>ለበጎ ፈቃደኞቻችን በሙሉ ምስጋና እናቀርባለን።</p>'''))
X("am/zena.html", "event", ["የገና በዓል"])
X("am/zena.html", "thanks", ["ምስጋና"])
PDF("newsletter.pdf", "Kidane Mehret Elders Newsletter", [
    ("title", "KIDANE MEHRET ELDERS - WINTER 2026 NEWSLETTER"),
    ("h", "Welcome, Almaz"),
    ("p", "Meet our new director, Almaz Bekele, a social worker who spent ten years with Ramsey County."),
    ("h", "Health corner"),
    ("p", "Many of our elders live with diabetes. We are seeking a retired nurse or dietitian to lead a short "
          "monthly diabetes talk after lunch, in plain English (we will interpret)."),
    ("h", "Staying in touch"),
    ("p", "Winter is lonely for homebound members. We need phone buddies: volunteers who call one elder each week "
          "just to chat. Come spring we will also need a gardening helper for the raised beds behind the hall."),
    ("h", "Thank you"),
    ("p", "Thank you to Boy Scout Troop 417 for shoveling the church steps all last winter."),
])
N("newsletter.pdf", ["diabetes"], "skilled", "en", layout="pdf")
N("newsletter.pdf", ["phone buddies"], "volunteer", "en", layout="pdf")
N("newsletter.pdf", ["raised beds"], "volunteer", "en", layout="pdf")
X("newsletter.pdf", "bio", ["almaz bekele"])
X("newsletter.pdf", "thanks", ["boy scout troop"])

# ---------------------------------------------------------------- 8
site("alexandria-lakeside-tenants-union")
NAV8 = '<header class="Header"><div class="Header-nav"><a href="/index.html">Home</a><a href="/stories.html">Stories</a><a href="/bulletin.html">Bulletin</a><a href="/es/unase.html">Español</a><a href="/minutes/2026-11.pdf">Minutes</a></div></header>'
P("index.html", page("en", "Lakeside Tenants Union | Alexandria", NAV8 + '''
<main class="Main"><section class="Index-page"><div class="sqs-block html-block"><h1>Lakeside Tenants Union</h1>
<p>Renters in Alexandria and Douglas County, organizing together for safe, fair housing.</p></div>
<div class="sqs-block"><h2>Join the union</h2><p>Monthly dues are $5 (or what you can). <a href="https://pay.example.org/ltu">Pay monthly dues</a></p></div>
<div class="sqs-block"><h2>General meeting &mdash; Thursday, December 17, 2026</h2><p>7 pm, Alexandria Public Library community room. Childcare and snacks.</p></div>
<div class="sqs-block"><h2>Know your rights</h2><p><strong>How to request repairs:</strong> put your request in writing, date it, keep a copy, and give the landlord 14 days.</p>
<p>Tenant hotline hours: Monday and Wednesday 5&ndash;8 pm. We make free eviction defense referrals to Legal Aid.</p></div></section></main>'''))
X("index.html", "general_appeal", ["monthly dues"])
X("index.html", "event", ["general meeting"])
X("index.html", "how_to_apply", ["request repairs"])
X("index.html", "hours", ["hotline hours"])
X("index.html", "service", ["eviction defense"])
P("stories.html", page("en", "Stories | Lakeside Tenants Union", NAV8 + '''
<main class="Main"><div class="sqs-block"><h1>Tenant stories</h1>
<h2>The Osei family, Birchwood Apartments</h2><p>Ama Osei and her two boys have black mold creeping up the bathroom wall. Management says it is "condensation." Until the fight is won, what the household lacks is a dehumidifier to keep the boys' room dry.</p>
<h2>Delia, 78</h2><p>Delia got a new 22-page lease with a clause she doesn't understand. Tenants like Delia need a retired attorney or paralegal who can sit with them and review a lease.</p>
<h2>We won at Lindgren Court</h2><p>Thank you to the 40 neighbors who packed the city council meeting. The Lindgren Court repairs are finally done.</p></div></main>'''))
N("stories.html", ["dehumidifier"], "donation", "en", layout="story")
N("stories.html", ["paralegal"], "skilled", "en", layout="story")
X("stories.html", "thanks", ["lindgren court"])
P("bulletin.html", page("en", "Bulletin | Lakeside Tenants Union", NAV8 + '''
<main class="Main"><div class="sqs-block"><h1>December Bulletin</h1>
<p class="blog-teaser">Read: <a href="/stories.html">Why we organize</a></p>
<p>It has been a busy fall. The Viking Terrace building committee is planning a survey of every unit in January, and we need door-knockers who can spend two Saturday afternoons going floor to floor with clipboards. For the January 12 meeting with the property manager we will also need a Spanish&ndash;English interpreter, since half of the building speaks Spanish at home. And if anyone has spare folding tables, our meeting room has only two.</p>
<p>Holiday potluck: Sunday, December 20, 4 pm, at the Viking Terrace party room. Bring a dish!</p></div></main>'''))
N("bulletin.html", ["door-knockers"], "volunteer", "en", layout="newsletter_buried")
N("bulletin.html", ["interpreter"], "skilled", "en", ["es", "en"], layout="newsletter_buried")
N("bulletin.html", ["folding tables"], "donation", "en", layout="newsletter_buried")
X("bulletin.html", "blog", ["why we organize"])
X("bulletin.html", "event", ["holiday potluck"])
P("es/unase.html", page("es", "Únase | Lakeside Tenants Union", NAV8 + '''
<main class="Main"><div class="sqs-block"><h1>Únase a la unión</h1>
<h2>Buscamos voluntarios para cuidar niños</h2><p>Durante las reuniones generales necesitamos personas que puedan cuidar niños en la sala de al lado, para que los padres puedan participar.</p>
<h2>Traductores de volantes</h2><p>¡Ya tenemos suficientes! Gracias.</p>
<h2>Clínica de derechos del inquilino</h2><p>Cada segundo martes ofrecemos consultas gratuitas sobre los derechos del inquilino.</p></div></main>'''))
N("es/unase.html", ["cuidar niños"], "volunteer", "es", layout="heading_paragraph")
X("es/unase.html", "filled", ["traductores de volantes"], "ya tenemos suficientes")
X("es/unase.html", "service", ["derechos del inquilino"])

# ---------------------------------------------------------------- 9
site("park-rapids-hope-free-clinic")
def old(title, inner):
    return page("en", title, '''<table width="760" border="0" cellpadding="4" bgcolor="#FFFFEE" align="center">
<tr><td colspan="2" bgcolor="#003366"><font face="Arial" color="#FFFFFF" size="5"><b>HOPE FREE CLINIC OF PARK RAPIDS</b></font></td></tr>
<tr><td width="150" valign="top" bgcolor="#DDDDCC"><font face="Arial" size="2"><a href="index.html">HOME</a><br><a href="volunteers.htm">VOLUNTEERS</a><br><a href="news.htm">NEWS</a><br><a href="newsletter.pdf">NEWSLETTER</a><br><a href="forms.htm">PATIENT FORMS</a></font></td>
<td valign="top"><font face="Arial" size="2">''' + inner + '''</font></td></tr>
<tr><td colspan="2" align="center"><font size="1">HOPE FREE CLINIC - 502 PARK AVE S - PARK RAPIDS MN 56470 - (218) 555-0132</font></td></tr></table>''')
P("index.html", old("HOPE FREE CLINIC", '''
<p><b>CLINIC HOURS: TUESDAY 5-8 PM AND THURSDAY 9 AM-NOON.</b></p>
<p><b>FREE DENTAL CLEANINGS</b> EVERY OTHER THURSDAY FOR ADULTS WITHOUT INSURANCE.</p>
<p><b>NEW PATIENTS:</b> CALL (218) 555-0132 TO GET ON THE LIST. NO INSURANCE NEEDED. BRING A LIST OF YOUR MEDICINES.</p>
<hr><p><b>OUR PEOPLE</b></p>
<p>DR. ELLEN MARKSTROM, MEDICAL DIRECTOR, PRACTICED FAMILY MEDICINE IN HUBBARD COUNTY FOR 31 YEARS BEFORE RETIRING IN 2019.</p>
<p>NANCY OLSON, RN, HAS COORDINATED OUR VOLUNTEER NURSES SINCE THE CLINIC OPENED.</p>'''))
X("index.html", "hours", ["clinic hours"])
X("index.html", "service", ["dental cleanings"])
X("index.html", "how_to_apply", ["new patients"])
X("index.html", "bio", ["markstrom"])
X("index.html", "bio", ["nancy olson"])
P("volunteers.htm", old("VOLUNTEERS", '''
<p><b>VOLUNTEER OPENINGS - DECEMBER 2026</b></p>
<table border="1" cellpadding="3"><tr><td><b>POSITION</b></td><td><b>WHEN</b></td><td><b>STATUS</b></td></tr>
<tr><td>VOLUNTEER RN</td><td>TUESDAY EVENINGS</td><td>NEEDED</td></tr>
<tr><td>FRONT DESK CHECK-IN</td><td>TUESDAY OR THURSDAY</td><td>NEEDED</td></tr>
<tr><td>PHARMACIST</td><td>TUESDAY</td><td>FILLED</td></tr>
<tr><td>SPANISH INTERPRETER</td><td>TUESDAY EVENINGS</td><td>NEEDED - SPANISH AND ENGLISH</td></tr>
<tr><td><strike>DENTAL HYGIENIST</strike></td><td>THURSDAY</td><td>&nbsp;</td></tr>
<tr><td>DRIVER FOR PRESCRIPTION PICKUP</td><td>WEDNESDAYS</td><td>NEEDED - OWN CAR</td></tr>
</table>
<p><b>PAID POSITION: CLINIC COORDINATOR, 20 HRS/WK.</b> APPLY BY JANUARY 8, 2027.</p>'''))
N("volunteers.htm", ["volunteer rn"], "skilled", "en", layout="table_layout_caps")
N("volunteers.htm", ["front desk"], "volunteer", "en", layout="table_layout_caps")
N("volunteers.htm", ["spanish interpreter"], "skilled", "en", ["es", "en"], layout="table_layout_caps")
N("volunteers.htm", ["prescription pickup"], "volunteer", "en", layout="table_layout_caps")
X("volunteers.htm", "filled", ["pharmacist"])
X("volunteers.htm", "filled", ["dental hygienist"], "strike")
X("volunteers.htm", "job", ["clinic coordinator"])
P("news.htm", old("NEWS", '''
<p><b>CLINIC NEWS - WINTER 2026</b></p>
<p>THANK YOU TO HUBBARD COUNTY SHERIFF'S POSSE FOR THE NEW WAITING ROOM CHAIRS. WE SAW 1,210 PATIENTS THIS YEAR. AS ALWAYS WE ARE SHORT ON ADULT INCONTINENCE SUPPLIES AND READING GLASSES (+1.50 TO +3.00) - DROP THEM OFF DURING CLINIC HOURS.</p>
<p><b>FREE FLU SHOT DAY: SATURDAY JANUARY 9, 2027, 9 AM - 1 PM.</b></p>'''))
N("news.htm", ["reading glasses", "incontinence"], "donation", "en", layout="newsletter_buried")
X("news.htm", "thanks", ["sheriff's posse"])
X("news.htm", "event", ["flu shot day"])
PDF("newsletter.pdf", "Hope Free Clinic Newsletter", [
    ("title", "HOPE FREE CLINIC - YEAR-END LETTER 2026"),
    ("p", "Dear friends, this year we finally received a grant for electronic health records. The laptops are in boxes in the "
          "back office. We need a volunteer with IT experience to set up the health records laptops and the clinic Wi-Fi "
          "before we switch over in February."),
    ("h", "Year-end giving"),
    ("p", "Your gift keeps the doors open. Year-end giving can be mailed to 502 Park Ave S or made online."),
])
N("newsletter.pdf", ["health records"], "skilled", "en", layout="pdf")
X("newsletter.pdf", "general_appeal", ["year-end giving"])

# ---------------------------------------------------------------- 10
site("chisago-lakes-mutual-aid")
NAV10 = '<div class="wp-block-navigation"><a href="/index.html">Home</a> <a href="/requests.html">Requests</a> <a href="/signup.html">Sign up</a> <a href="/so/codsiyo.html">Soomaali</a> <a href="/es/pedidos.html">Español</a> <a href="/thanks.html">Thank-yous</a> <a href="/map.html">Map</a></div>'
P("index.html", page("en", "Chisago Lakes Mutual Aid", NAV10 + '''
<div class="wp-block-group"><div class="wp-block-cover"><h1 class="wp-block-heading">Neighbors Helping Neighbors</h1><p>Chisago City, Lindstrom, Center City and Taylors Falls.</p></div>
<div class="wp-block-columns"><div class="wp-block-column"><h3>Emergency fund</h3><p>Chip in to the emergency fund &mdash; it pays for last-minute rent and car repairs.</p></div>
<div class="wp-block-column"><h3>See what neighbors need</h3><p><a href="/requests.html">Browse open requests</a></p></div></div></div>'''))
X("index.html", "umbrella", ["neighbors helping neighbors"])
X("index.html", "general_appeal", ["emergency fund"])
X("index.html", "general_appeal", ["what neighbors need"], "pointer teaser")
P("requests.html", page("en", "Requests | Chisago Lakes Mutual Aid", NAV10 + '''
<div class="wp-block-group request-grid">
<div class="request open"><span class="tag">OPEN</span><h3>Firewood for the Kowalski family</h3><p>They heat with a wood stove and have no furnace. A cord or two of split, dry firewood would get them through January.</p></div>
<div class="request open"><span class="tag">OPEN</span><h3>Rides to dialysis</h3><p>Three mornings a week to the clinic in Wyoming, MN. Gas money available.</p></div>
<div class="request matched"><span class="tag">MATCHED</span><h3>Crib for a newborn</h3><p>Found one! Thanks, Jenna.</p></div>
<div class="request open"><span class="tag">OPEN</span><h3>Roof patch before the next snow</h3><p>An elderly neighbor has a leaking roof over her kitchen. Looking for someone with roofing skills and a ladder.</p></div>
<div class="request done"><span class="tag">CLOSED</span><h3>Microwave</h3><p>Delivered 12/2.</p></div>
<div class="request open"><span class="tag">OPEN</span><h3>Winter tires</h3><p>A single mom commuting to North Branch needs four winter tires (205/55R16) for her Corolla.</p></div>
</div>'''))
N("requests.html", ["firewood"], "donation", "en", layout="request_cards")
N("requests.html", ["dialysis"], "volunteer", "en", layout="request_cards")
N("requests.html", ["roof"], "skilled", "en", layout="request_cards")
N("requests.html", ["winter tires"], "donation", "en", layout="request_cards")
X("requests.html", "filled", ["crib"], "MATCHED")
X("requests.html", "filled", ["microwave"], "CLOSED")
P("signup.html", page("en", "Sign up | Chisago Lakes Mutual Aid", NAV10 + '''
<h1>Volunteer sign-up</h1><p>Statuses are written by the team leads, in whatever language they speak.</p>
<table class="wp-block-table"><thead><tr><th>Team</th><th>Status</th></tr></thead><tbody>
<tr><td>Snow shoveling crew</td><td>Completo</td></tr>
<tr><td>Meal train cooks</td><td>still need 3</td></tr>
<tr><td>Grocery drivers</td><td>Waa buuxaa</td></tr>
<tr><td>Tax help (VITA certified)</td><td>open &mdash; please!</td></tr>
<tr><td>Dog walking for sick neighbors</td><td>Đủ rồi</td></tr>
</tbody></table>'''))
X("signup.html", "filled", ["snow shoveling"], "Completo (es)")
N("signup.html", ["meal train"], "volunteer", "en", layout="shift_table")
X("signup.html", "filled", ["grocery drivers"], "Waa buuxaa (so)")
N("signup.html", ["tax help"], "skilled", "en", layout="shift_table")
X("signup.html", "filled", ["dog walking"], "Đủ rồi (vi)")
P("so/codsiyo.html", page("so", "Codsiyada", NAV10 + '''
<h1>Codsiyada deriskeena</h1>
<h2>Qoyska Cabdi</h2><p>Qoys ka kooban lix qof ayaa dhawaan u soo guuray Lindstrom. Carruurtu waxay seexdaan dhulka: waxay u baahan yihiin sariiro iyo buste.</p>
<h2>Caawinta foomamka</h2><p>Waxaan raadinaynaa mutadawac ku hadla Soomaali iyo Ingiriis si uu u caawiyo qoysaska buuxinta foomamka (county, MNsure).</p>
<h2>Kuraasta</h2><p>Waan helnay, mahadsanidiin!</p>'''))
N("so/codsiyo.html", ["sariiro"], "donation", "so", layout="story")
N("so/codsiyo.html", ["foomamka"], "volunteer", "so", ["so", "en"], layout="heading_paragraph")
X("so/codsiyo.html", "filled", ["kuraasta"], "waan helnay")
P("es/pedidos.html", page("es", "Pedidos", NAV10 + '''
<h1>Pedidos de los vecinos</h1>
<h2>Se necesita: pañales talla 4</h2><p>Para la familia Rojas, que acaba de llegar a Center City.</p>
<h2>Ropa de invierno</h2><p>Ya no se necesita. ¡Gracias a todos!</p>
<h2>Cómo pedir ayuda</h2><p>Llene el formulario en línea o llámenos al 651-555-0118; respondemos en 48 horas.</p>'''))
N("es/pedidos.html", ["pañales"], "donation", "es", layout="heading_paragraph")
X("es/pedidos.html", "filled", ["ropa de invierno"], "ya no se necesita")
X("es/pedidos.html", "how_to_apply", ["cómo pedir ayuda"])
P("thanks.html", page("en", "Thank-yous | Chisago Lakes Mutual Aid", NAV10 + '''
<h1>Thank-you notes</h1>
<blockquote>Thank you to the Lindstrom Lions for the 12 cords of wood you split in October. &mdash; the Hansen family</blockquote>
<p class="blog"><a href="/thanks.html">Blog: Why mutual aid is not charity</a></p>
<h2>Solstice bonfire &mdash; Monday, December 21, 2026</h2><p>Hot cider at Lakeside Park, 6 pm.</p>'''))
X("thanks.html", "thanks", ["cords of wood"])
X("thanks.html", "blog", ["not charity"])
X("thanks.html", "event", ["solstice bonfire"])

# ---------------------------------------------------------------- write
if os.path.isdir(SITES):
    shutil.rmtree(SITES)
for slug, files in FILES.items():
    for rel, content in files.items():
        p = os.path.join(SITES, slug, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        if isinstance(content, bytes):
            open(p, "wb").write(content)
        else:
            open(p, "w", encoding="utf-8").write(content)
for s in T.values():
    for n in s["needs"]:
        if not n["layout"]: del n["layout"]
        if not n["note"]: del n["note"]
    for t in s["traps"]:
        if not t["note"]: del t["note"]
json.dump({"sites": T}, open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(sum(len(s["needs"]) for s in T.values()), "needs", sum(len(s["traps"]) for s in T.values()), "traps")
