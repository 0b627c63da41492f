"""Site 1: Bilan Somali Family Center, Rockville (Google-Sites-like markup).
Layouts: marquee banner, ARIA tabs with hidden panels, Somali <details> accordion,
supply drives with progress counts, photo-caption family stories, Somali PDF form."""
from kit import need, trap

SLUG = "rockville-bilan-somali-family-center"
TOWN = "rockville"

HEAD = """<!DOCTYPE html>
<html lang="{lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title><link rel="stylesheet" href="/_/static/sites.css"></head>
<body><div class="UtePc RCETm" id="atIdViewHeader">
<div class="Xpil1b"><a class="Zjyti" href="/index.html">Bilan Somali Family Center</a></div>
<nav class="YSH9J"><ul class="JzO0Vc">
<li><a href="/index.html">Home</a></li>
<li><a href="/volunteer.html">Volunteer</a></li>
<li><a href="/stories.html">Family stories</a></li>
<li><a href="/so/index.html">Af-Soomaali</a></li>
<li><a href="/forms/codsi-tabaruc.pdf">Volunteer form (PDF)</a></li>
</ul></nav></div>
<div role="main" class="t3iYD">
"""

FOOT = """</div>
<footer class="dZA9kd"><div class="BbxBP">
<p>Bilan Somali Family Center &middot; 412 Granite Avenue, Rockville, MN &middot; 555-0112 &middot; hello@bilanrockville.org</p>
<p><a href="/gallery/graduation-2024.html">2024 graduation photos</a> &middot; <a href="/shaqaale/index.html">Staff corner</a></p>
</div></footer>
</body></html>
"""

PAGES = {}

PAGES["index.html"] = HEAD.format(lang="en", title="Bilan Somali Family Center | Rockville") + """
<marquee class="ticker" scrollamount="4">&#9733; THIS WEEK: we need a volunteer driver with a minivan for the Friday grocery run to St. Cloud (2&ndash;5 pm) &mdash; call Ayaan at 555-0112 &#9733; Family Eid picnic, June 8, Lions Park, bring a dish to share &#9733;</marquee>
<section class="yaqOZd"><div class="tyJCtd">
<h1 class="zfr3Q">Bilan means bright</h1>
<p class="zfr3Q">Since 2016 Bilan has helped Somali families in Rockville, Cold Spring and the surrounding farm towns settle in, find their footing and raise their kids with both languages.</p>
</div></section>
<section class="yaqOZd"><div class="tyJCtd row">
<div class="col"><h3>Volunteer with us</h3><p>There is a place for everyone here. Browse the open roles on our volunteer page.</p><p><a href="/volunteer.html">See roles</a></p></div>
<div class="col"><h3>Every gift keeps the lights on</h3><p>Rent, heat and the copier do not pay themselves. A monthly gift of any size helps.</p><p><a href="https://give.example.org/bilan">Give online</a></p></div>
<div class="col"><h3>From the blog</h3><p><a href="/stories.html">Why Hodan&rsquo;s family needed more than a ride</a> &mdash; a short read by our director.</p></div>
</div></section>
<section class="yaqOZd"><div class="tyJCtd">
<h2>Visit us</h2>
<p>Open Monday&ndash;Thursday 10 am to 6 pm and Saturday 10 am to 2 pm. Closed on Eid days.</p>
</div></section>
""" + FOOT

PAGES["volunteer.html"] = HEAD.format(lang="en", title="Volunteer | Bilan") + """
<h1>Volunteer at Bilan</h1>
<p>Pick a tab to see where we could use you right now.</p>
<div class="tabs" role="tablist" aria-label="Volunteer areas">
<button role="tab" id="t-learn" aria-controls="p-learn" aria-selected="true">Learning</button>
<button role="tab" id="t-road" aria-controls="p-road" aria-selected="false">On the road</button>
<button role="tab" id="t-kitchen" aria-controls="p-kitchen" aria-selected="false">Kitchen</button>
<button role="tab" id="t-office" aria-controls="p-office" aria-selected="false">Office</button>
</div>
<div role="tabpanel" id="p-learn" aria-labelledby="t-learn">
<div class="role"><span class="role-name">Middle-school math tutor</span>
<p>Tuesdays and Thursdays, 4&ndash;6 pm. Fractions, pre-algebra, word problems. You should be comfortable explaining math to 12-year-olds; Somali is a plus but not required.</p></div>
<div class="role"><span class="role-name">Adult English conversation partner</span>
<p>Wednesday evenings. No teaching experience needed &mdash; just patience, a friendly face and fluent English.</p></div>
</div>
<div role="tabpanel" id="p-road" aria-labelledby="t-road" hidden>
<div class="role"><span class="role-name">Airport pickup driver</span>
<p>When a newly arrived family lands at MSP we send someone with a 7-seat vehicle. On call, roughly once a month. Mileage reimbursed.</p></div>
<div class="role taken"><span class="role-name">Clinic ride coordinator</span> <span class="badge">TAKEN</span>
<p>Thank you, Ismail! This role is covered for all of 2025.</p></div>
</div>
<div role="tabpanel" id="p-kitchen" aria-labelledby="t-kitchen" hidden>
<p>Our Saturday kitchen crew is full until March &mdash; thank you! Check back in spring.</p>
</div>
<div role="tabpanel" id="p-office" aria-labelledby="t-office" hidden>
<div class="role"><span class="role-name">Grant report writer</span>
<p>We need someone who can turn our program numbers into a five-page year-end report for the county foundation, due November 15. A few evenings of work from home.</p></div>
<div class="role"><span class="role-name">Family Advocate (paid position)</span>
<p>30 hours a week, $22/hour, Somali and English required. Send a r&eacute;sum&eacute; to jobs@bilanrockville.org.</p></div>
</div>
<h2>How to get started</h2>
<p>Fill out the volunteer form, come to a one-hour orientation on the first Monday of the month, and complete a background check (we pay for it).</p>
<p>Not a volunteer question? We also run free citizenship classes for adults every Monday at 5 pm.</p>
""" + FOOT

PAGES["stories.html"] = HEAD.format(lang="en", title="Family stories | Bilan") + """
<h1>Family stories</h1>
<p>Names are used with permission.</p>
<div class="gallery">
<figure><img src="/img/story-warsame.jpg" alt="Children's drawings taped to a wall">
<figcaption><b>The Warsame family, Rockville.</b> Six people, two rooms, and since October the four kids have slept on blankets on the floor. Their mother Sahra works nights at the turkey plant. What would change their winter: two sets of bunk beds with mattresses, and a small kitchen table with four chairs. We can pick up within 20 miles.</figcaption></figure>
<figure><img src="/img/story-hussein.jpg" alt="Freshly painted living room">
<figcaption><b>Last spring:</b> eleven volunteers from St. John&rsquo;s painted the Hussein family&rsquo;s apartment in a single Saturday. Thank you, all of you!</figcaption></figure>
<figure><img src="/img/story-farah.jpg" alt="An older man in a knit cap">
<figcaption><b>Mr. Farah, 71,</b> needed a ride to dialysis three mornings a week. <em>Update, September 2:</em> a retired nurse from Richmond now drives him every time. We don&rsquo;t need more drivers for Mr. Farah.</figcaption></figure>
<figure><img src="/img/story-nimco.jpg" alt="A teenager at a science fair">
<figcaption><b>Nimco, 16,</b> is a junior at ROCORI High and wants to become a pharmacist. She is looking for a mentor who works in a pharmacy or a hospital lab, to meet her once a month and talk through the road to college.</figcaption></figure>
</div>
<h2>Meet our director</h2>
<p>Ayaan Hirsi came to Minnesota at nine and has led Bilan since 2019. Before that she taught third grade in Sauk Rapids.</p>
""" + FOOT

PAGES["so/index.html"] = """<!DOCTYPE html>
<html lang="so">
<head><meta charset="utf-8"><title>Xarunta Qoysaska Bilan</title><link rel="stylesheet" href="/_/static/sites.css"></head>
<body><div class="UtePc"><div class="Xpil1b"><a href="/so/index.html">Xarunta Qoysaska Bilan</a></div>
<nav><a href="/index.html">English</a> &middot; <a href="/forms/codsi-tabaruc.pdf">Foomka tabarucaha (PDF)</a></nav></div>
<div role="main">
<h1>Ku soo dhawoow Bilan</h1>
<p>Bilan waxay caawisaa qoysaska Soomaaliyeed ee Rockville iyo agagaarkeeda.</p>
<h2>Sidee noo caawin kartaa?</h2>
<details open><summary>Turjumaan Af-Soomaali iyo Ingiriisi</summary>
<p>Waxaan u baahanahay turjumaan u raaca hooyooyinka ballamaha caafimaadka (clinic) ee St. Cloud, Talaadada subaxdii. Waa inaad si fiican ugu hadashaa labada luqadood.</p></details>
<details><summary>Xannaanada carruurta inta fasalku socdo</summary>
<p>Inta hooyooyinku ku jiraan fasalka Ingiriisiga (Arbacada 6&ndash;8 fiidnimo), waxaan u baahanahay laba qof oo la joogta carruurta yaryar.</p></details>
<details><summary>Kaalinta cuntada Jimcaha</summary>
<p>Mahadsanidin! Dad ku filan ayaa isdiiwaangeliyey, boos banaan ma jiro ilaa dhammaadka sanadka.</p></details>
<details><summary>Fasalka kombiyuutarka ee dadka waaweyn</summary>
<p>Waxaan bixinaa fasal kombiyuutar oo bilaash ah Khamiista 5&ndash;7. Is-diiwaangeli xafiiska.</p></details>
<h2>Ololaha boorsooyinka dugsiga</h2>
<p>Hadafka: 60 boorso &middot; Hadda: 34</p>
<div class="progress"><div class="bar" style="width:57%">34 / 60</div></div>
<p>Weli waxaan u baahanahay 26 boorso oo dugsiga ah (school backpacks), qalimaan iyo buugaag qoraal ah.</p>
<h2>Ololaha kabaha jiilaalka</h2>
<p>Hadafka: 40 lammaane &middot; Hadda: 40</p>
<div class="progress"><div class="bar" style="width:100%">40 / 40 &#10004;</div></div>
<p>Hadafkii waan gaadhnay &mdash; fadlan ha keenin kabo kale. Mahadsanidin!</p>
<h2>Saacadaha xafiiska</h2>
<p>Isniin&ndash;Khamiis 10:00&ndash;6:00, Sabti 10:00&ndash;2:00.</p>
<p>Xafladda Ciidda ee qoysaska: Juun 8, Lions Park. Keen cunto la wadaago!</p>
<p>Deeq lacageed ma rabtaa inaad bixiso? <a href="https://give.example.org/bilan">Halkan ku deeq</a>.</p>
</div>
<footer><p>Bilan &middot; 412 Granite Avenue, Rockville &middot; 555-0112</p></footer>
</body></html>
"""

PAGES["shaqaale/index.html"] = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Staff corner (internal)</title><meta name="robots" content="noindex"></head>
<body>
<h1>Staff corner &mdash; please do not share</h1>
<ul>
<li><b>Board treasurer needed</b> &mdash; Hamza steps down in January. Ask around for someone with nonprofit accounting experience.</li>
<li><b>12-passenger van</b> &mdash; we are asking Catholic Charities whether they would donate their old van.</li>
<li><b>Audit helpers</b> &mdash; two volunteers to pull receipts for the auditor, Dec 3.</li>
</ul>
<p><a href="/index.html">Back</a></p>
</body></html>
"""

ROBOTS = """User-agent: *
Disallow: /shaqaale/
"""

PDFS = {
    "forms/codsi-tabaruc.pdf": ("Foomka Tabarucaha - Xarunta Qoysaska Bilan", [
        ("title", "Xarunta Qoysaska Bilan - Foomka Tabarucaha (Volunteer)"),
        ("p", "Magaca: ______________________   Telefoon: ______________"),
        ("p", "Iimayl: ______________________   Luqadaha aad ku hadasho: ____________"),
        ("h", "Doorashooyinka hadda furan (calaamadee mid ama dhowr)"),
        ("p", "[ ] Caawiyaha fasalka Ingiriisiga - Arbacada 6-8 fiidnimo. Waxaan u baahanahay qof si fiican ugu hadla Ingiriisiga oo caawiya macallinka, gaar ahaan akhriska."),
        ("p", "[ ] Nadiifinta xarunta - Sabtida 9-11 subaxnimo. Laba qof ayaan u baahanahay toddobaad kasta."),
        ("p", "[ ] Qaybinta cuntada Khamiista - WAA LA HELAY DAD KU FILAN, mahadsanidin. Fadlan ha calaamadeyn."),
        ("h", "Sida foomka loo soo celiyo"),
        ("p", "Foomka keen xafiiska (412 Granite Avenue) ama sawir ka qaad oo u dir tabaruc@bilanrockville.org. Waxaan kuu soo wici doonnaa muddo toddobaad gudihii ah."),
        ("p", "Saxiix: ______________________   Taariikh: __________"),
    ]),
}

P_IDX, P_VOL, P_ST, P_SO, P_PDF, P_STAFF = ("index.html", "volunteer.html", "stories.html",
                                           "so/index.html", "forms/codsi-tabaruc.pdf",
                                           "shaqaale/index.html")
NEEDS = [
    need(P_IDX, ["grocery run", "minivan"], "volunteer", "en", layout="marquee",
         note="ask scrolling in a <marquee> together with an event"),
    need(P_VOL, ["math tutor"], "skilled", "en", layout="tabs"),
    need(P_VOL, ["conversation partner"], "volunteer", "en", ["en"], layout="tabs",
         note="fluent English needed"),
    need(P_VOL, ["airport pickup"], "volunteer", "en", layout="tabs", note="panel is hidden= until clicked"),
    need(P_VOL, ["grant report", "year-end report"], "skilled", "en", layout="tabs"),
    need(P_ST, ["bunk beds", "kitchen table"], "donation", "en", layout="photo_caption",
         note="family story told in a figcaption; beds + table = one need"),
    need(P_ST, ["mentor", "pharmacist", "pharmacy"], "skilled", "en", layout="photo_caption"),
    need(P_SO, ["turjumaan"], "skilled", "so", ["so", "en"], layout="accordion"),
    need(P_SO, ["xannaanada carruurta"], "volunteer", "so", layout="accordion"),
    need(P_SO, ["boorsooyinka dugsiga", "school backpacks"], "donation", "so", layout="supply_drive_progress",
         note="34 of 60, still 26 needed"),
    need(P_PDF, ["caawiyaha fasalka ingiriisiga"], "skilled", "so", ["en"], layout="pdf_form_checkbox"),
    need(P_PDF, ["nadiifinta xarunta"], "volunteer", "so", layout="pdf_form_checkbox"),
]
TRAPS = [
    trap(P_IDX, "event", ["eid picnic"], "event in the same marquee as a need"),
    trap(P_IDX, "general_appeal", ["volunteer with us"], "teaser box naming no role"),
    trap(P_IDX, "general_appeal", ["keeps the lights on", "give online"]),
    trap(P_IDX, "blog", ["why hodan"], "blog teaser"),
    trap(P_IDX, "hours", ["visit us", "open monday"]),
    trap(P_VOL, "filled", ["clinic ride coordinator"], "TAKEN badge"),
    trap(P_VOL, "filled", ["kitchen crew"], "full until March"),
    trap(P_VOL, "job", ["family advocate"], "paid position"),
    trap(P_VOL, "how_to_apply", ["how to get started", "orientation"]),
    trap(P_VOL, "service", ["citizenship classes"]),
    trap(P_ST, "recap", ["painted the hussein"]),
    trap(P_ST, "filled", ["dialysis"], "story with an 'Update: ... don't need more drivers'"),
    trap(P_ST, "bio", ["meet our director", "ayaan hirsi"]),
    trap(P_SO, "filled", ["kaalinta cuntada"], "'dad ku filan ayaa isdiiwaangeliyey, boos banaan ma jiro'"),
    trap(P_SO, "service", ["fasalka kombiyuutarka"]),
    trap(P_SO, "filled", ["kabaha jiilaalka"], "progress 40/40, 'hadafkii waan gaadhnay'"),
    trap(P_SO, "hours", ["saacadaha xafiiska"]),
    trap(P_SO, "event", ["xafladda ciidda"]),
    trap(P_SO, "general_appeal", ["deeq lacageed"]),
    trap(P_PDF, "filled", ["qaybinta cuntada"], "'WAA LA HELAY DAD KU FILAN'"),
    trap(P_PDF, "how_to_apply", ["sida foomka loo soo celiyo"]),
    trap(P_STAFF, "robots", ["board treasurer"]),
    trap(P_STAFF, "robots", ["12-passenger van"]),
    trap(P_STAFF, "robots", ["audit helpers"]),
]
