"""Site 2: Dhaqan Youth Center, Whittier neighborhood, Minneapolis (so + en). Google-Sites-style export:
role titles are bold spans in div soup (no heading tags); SignUpGenius-style slot table; Somali page;
Somali PDF flyer; team page; robots-disallowed staff area."""
from common import N, T

SLUG = "whittier-dhaqan-youth-center"

NAV = """<div class="Xb9hP" role="navigation"><ul class="jYxBte">
<li><a class="aJHbb" href="/index.html">Home</a></li>
<li><a class="aJHbb" href="/volunteer.html">Volunteer</a></li>
<li><a class="aJHbb" href="/signup.html">Celebration Sign-Up</a></li>
<li><a class="aJHbb" href="/so/">Af-Soomaali</a></li>
<li><a class="aJHbb" href="/team.html">Our Team</a></li>
<li><a class="aJHbb" href="/gallery/futsal-2024.html">Photos</a></li>
</ul></div>"""

def page(lang, title, body):
    return """<!DOCTYPE html>
<html lang="%s" itemscope itemtype="http://schema.org/WebPage">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%s</title>
<link href="https://fonts.googleapis.com/css?family=Open+Sans:400,700" rel="stylesheet">
<style>
.tyJCtd{margin:0 0 12px}.zfr3Q{font-family:'Open Sans';font-size:11pt;line-height:1.5}
.C9DxTc{font-weight:700}.aw5Odc{font-size:18pt}.JYVBee{color:#0b6e4f}
.yaqOZd{padding:32px 0}.LB7kq{max-width:1100px;margin:auto}
.jYxBte{display:flex;gap:20px;list-style:none}
</style>
</head>
<body>
<div class="UtePc RCETm" role="banner"><div class="LB7kq"><span class="aw5Odc C9DxTc">Dhaqan Youth Center</span>
%s</div></div>
<div role="main" class="t3iYD">
%s
</div>
<div class="dZA9kd" role="contentinfo"><div class="LB7kq"><p class="zfr3Q">Dhaqan Youth Center &middot; 2619 Blaisdell Ave S, Minneapolis, MN 55408 &middot; 612-555-0147</p>
<p class="zfr3Q"><a href="/staff-area/">Staff area</a> &middot; Report abuse &middot; Page details</p></div></div>
</body>
</html>
""" % (lang, title, NAV, body)


INDEX = page("en", "Dhaqan Youth Center - Home", """
<section class="yaqOZd"><div class="LB7kq">
<div class="tyJCtd"><p class="zfr3Q"><span class="aw5Odc">Homework, futsal, and culture for Whittier kids 8&ndash;18</span></p></div>
<div class="tyJCtd"><p class="zfr3Q">Dhaqan (&ldquo;culture&rdquo; in Somali) started in 2016 in the basement of a Blaisdell Avenue apartment building.
Today more than 140 young people come through our doors every week.</p></div>
</div></section>
<section class="yaqOZd"><div class="LB7kq">
<div class="tyJCtd"><p class="zfr3Q"><span class="C9DxTc">Free Homework Help</span></p>
<p class="zfr3Q">Drop-in tutoring for students in grades 3&ndash;12, with snacks. No sign-up needed.</p></div>
<div class="tyJCtd"><p class="zfr3Q"><span class="C9DxTc">Girls&rsquo; Futsal Saturdays</span></p>
<p class="zfr3Q">Indoor soccer for girls 10&ndash;16 at the Whittier Park gym, 1&ndash;3 p.m. Modest uniforms provided.</p></div>
<div class="tyJCtd"><p class="zfr3Q"><span class="C9DxTc">Weekend Dugsi</span></p>
<p class="zfr3Q">Qur&rsquo;an and Somali literacy classes for ages 6&ndash;14 on Saturdays and Sundays.</p></div>
</div></section>
<section class="yaqOZd"><div class="LB7kq">
<div class="tyJCtd"><p class="zfr3Q"><span class="C9DxTc JYVBee">Open Hours</span></p>
<p class="zfr3Q">Monday&ndash;Thursday 3:30&ndash;7:00 p.m. &middot; Saturday 10:00 a.m.&ndash;4:00 p.m. &middot; Closed Fridays and Sundays (except Dugsi)</p></div>
<div class="tyJCtd"><p class="zfr3Q"><span class="C9DxTc JYVBee">Family Night &amp; July 1st Independence Day Celebration</span></p>
<p class="zfr3Q">Bring the whole family on Tuesday, July 1 for Somali food, music, and a youth talent show in the parking lot. Free!</p></div>
<div class="tyJCtd"><p class="zfr3Q"><span class="C9DxTc JYVBee">Support Dhaqan</span></p>
<p class="zfr3Q">Your gift keeps the lights on and the snacks coming. <a href="https://www.givemn.example/dhaqan">Give through GiveMN</a>.</p></div>
</div></section>
""")

VOLUNTEER = page("en", "Dhaqan Youth Center - Volunteer", """
<section class="yaqOZd"><div class="LB7kq">
<div class="tyJCtd"><p class="zfr3Q"><span class="aw5Odc">Volunteer with us</span></p>
<p class="zfr3Q">Our volunteers are college students, retirees, neighbors, and a lot of older siblings. Here is who we are looking for this spring.</p></div>
</div></section>
<section class="yaqOZd"><div class="LB7kq">
<div class="tyJCtd"><div class="hJDwNd-AhqUyc-uQSCkd"><p class="zfr3Q"><span class="C9DxTc">Math &amp; Science Tutors (grades 6&ndash;12)</span></p>
<p class="zfr3Q">Algebra, geometry, chemistry and biology are where our middle and high schoolers get stuck. Come one
afternoon a week, Monday through Thursday, 4&ndash;6 p.m. You should be comfortable with the material through at least Algebra II.</p></div></div>
<div class="tyJCtd"><div class="hJDwNd-AhqUyc-uQSCkd"><p class="zfr3Q"><span class="C9DxTc">Assistant Coach &ndash; Girls&rsquo; Futsal</span></p>
<p class="zfr3Q">Our head coach, Hodan, needs a second adult on the bench on Saturday afternoons. Women only, since the gym is closed
to men during girls&rsquo; sessions. You don&rsquo;t have to be a great player &ndash; just reliable and encouraging.</p></div></div>
<div class="tyJCtd"><div class="hJDwNd-AhqUyc-uQSCkd"><p class="zfr3Q"><span class="C9DxTc">Field Trip Van Driver</span></p>
<p class="zfr3Q">Twice a month we take 12 kids to the Science Museum, the U of M, or a college visit. You drive our 15-passenger van
(we cover insurance). Must be 25+ with a clean driving record.</p></div></div>
<div class="tyJCtd"><div class="hJDwNd-AhqUyc-uQSCkd"><p class="zfr3Q"><span class="C9DxTc">College Application Mentor</span></p>
<p class="zfr3Q">Help a senior through the Common Application, FAFSA, and scholarship essays, October through February. Ideal
for someone who has been through it recently.</p></div></div>
<div class="tyJCtd"><div class="hJDwNd-AhqUyc-uQSCkd"><p class="zfr3Q"><span class="C9DxTc">Reading Buddies (grades 1&ndash;3)</span></p>
<p class="zfr3Q">We have all the reading buddies we need through June &ndash; thank you, Augsburg students! Check back in the fall.</p></div></div>
</div></section>
<section class="yaqOZd"><div class="LB7kq">
<div class="tyJCtd"><p class="zfr3Q"><span class="C9DxTc">We&rsquo;re hiring</span></p>
<p class="zfr3Q">Youth Program Coordinator &ndash; 30 hours/week, $22/hour with paid holidays. Plan daily programming and supervise
volunteers. Somali language skills preferred. Email jobs@dhaqanyouth.example.</p></div>
<div class="tyJCtd"><p class="zfr3Q"><span class="C9DxTc">How to start</span></p>
<p class="zfr3Q">Fill out our volunteer form, then we will run a background check (free to you) and schedule a one-hour orientation.
Orientations happen the first Monday of each month at 6 p.m.</p></div>
</div></section>
""")

SIGNUP = page("en", "Dhaqan Youth Center - Celebration Sign-Up", """
<section class="yaqOZd"><div class="LB7kq">
<div class="tyJCtd"><p class="zfr3Q"><span class="aw5Odc">End-of-Year Youth Celebration &ndash; Saturday, June 14</span></p>
<p class="zfr3Q">Our graduates and families will celebrate from noon to 4 p.m. in the Whittier Park shelter. Parents, volunteers and
neighbors: please sign up below for something to bring or a job to do. Click a slot to sign up (no account needed).</p></div>
<div class="tyJCtd"><div class="embed-signup" data-src="signup-tool">
<table class="SUGtable" cellspacing="0">
<thead><tr><th>What</th><th>When</th><th>Wanted</th><th>Signed up</th><th></th></tr></thead>
<tbody>
<tr><td>Fresh fruit trays</td><td>drop off by 11:30</td><td>4</td><td>1 &ndash; Amina W.</td><td><span class="SUGbutton">Sign Up (3 left)</span></td></tr>
<tr><td>Juice boxes (case of 40)</td><td>drop off by 11:30</td><td>3</td><td>3 &ndash; Farhan A., Ladan M., Ubah</td><td><span class="SUGfull">Full</span></td></tr>
<tr><td>Paper plates, cups &amp; napkins</td><td>drop off by 11:30</td><td>1</td><td>1 &ndash; Whittier Alliance</td><td><span class="SUGfull">Full</span></td></tr>
<tr><td>Setup crew (tables, chairs, decorations)</td><td>9:00&ndash;11:30</td><td>4</td><td>1 &ndash; Mr. Jama</td><td><span class="SUGbutton">Sign Up (3 left)</span></td></tr>
<tr><td>Cleanup crew</td><td>4:00&ndash;5:30</td><td>4</td><td>4 &ndash; Girls&rsquo; futsal team</td><td><span class="SUGfull">Full</span></td></tr>
<tr><td>Henna artist</td><td>1:00&ndash;3:00</td><td>2</td><td>0</td><td><span class="SUGbutton">Sign Up (2 left)</span></td></tr>
<tr><td>Photographer</td><td>12:00&ndash;2:00</td><td>1</td><td>1 &ndash; Abdi (Roosevelt HS yearbook)</td><td><span class="SUGfull">Full</span></td></tr>
</tbody>
</table>
</div></div>
<div class="tyJCtd"><p class="zfr3Q">Questions? Text Nasra at 612-555-0148.</p></div>
</div></section>
""")

SO_INDEX = page("so", "Xarunta Dhalinyarada Dhaqan - Af-Soomaali", """
<section class="yaqOZd"><div class="LB7kq">
<div class="tyJCtd"><p class="zfr3Q"><span class="aw5Odc">Ku soo dhawaada Xarunta Dhalinyarada Dhaqan</span></p>
<p class="zfr3Q">Waxaan caawinnaa carruurta iyo dhalinyarada Whittier: casharrada guriga, ciyaaraha iyo dhaqanka Soomaaliyeed.</p></div>
</div></section>
<section class="yaqOZd"><div class="LB7kq">
<div class="tyJCtd"><p class="zfr3Q"><span class="C9DxTc">Adeegyadeena</span></p>
<p class="zfr3Q">Caawimaad casharrada guriga ah oo bilaash ah, Isniinta ilaa Khamiista. Ciyaarta futsal-ka gabdhaha, Sabtida.
Dugsi Qur&rsquo;aan iyo akhriska af-Soomaaliga dhammaadka toddobaadka.</p></div>
<div class="tyJCtd"><p class="zfr3Q"><span class="C9DxTc">Saacadaha furitaanka</span></p>
<p class="zfr3Q">Isniin &ndash; Khamiis: 3:30 &ndash; 7:00 galabnimo. Sabti: 10:00 subaxnimo &ndash; 4:00 galabnimo.</p></div>
<div class="tyJCtd"><p class="zfr3Q"><span class="C9DxTc">Sida loo diiwaangeliyo ilmahaaga</span></p>
<p class="zfr3Q">Keen warqadda dhalashada ilmaha iyo cinwaankaaga. Foomka waxaad ka heli kartaa miiska hore.</p></div>
</div></section>
<section class="yaqOZd"><div class="LB7kq">
<div class="tyJCtd"><p class="zfr3Q"><span class="aw5Odc JYVBee">Waxaan u baahannahay caawimaaddiina</span></p></div>
<div class="tyJCtd"><p class="zfr3Q"><span class="C9DxTc">Macallimad Qur&rsquo;aan oo tabarruc ah</span></p>
<p class="zfr3Q">Fasalka gabdhaha ee Sabtida (10:00 &ndash; 12:00) wuxuu u baahan yahay macallimad kale. Waa inay si fiican u
taqaan tajwiidka oo ay la hadli karto carruurta af-Soomaali.</p></div>
<div class="tyJCtd"><p class="zfr3Q"><span class="C9DxTc">Turjubaano shirarka waalidiinta</span></p>
<p class="zfr3Q">Bisha Maarso waxaa dugsiyada ka dhacaya shirarka waalidiinta iyo macallimiinta. Waxaan raadineynaa dad ku hadla
af-Soomaali iyo Ingiriis oo waalidiinta la fadhiista si ay u fahmaan waxa macallinku sheegayo.</p></div>
<div class="tyJCtd"><p class="zfr3Q"><span class="C9DxTc">Kabaha kubadda cagta</span></p>
<p class="zfr3Q">Waxaa naga dhammaaday kabihii kubadda cagta (cleats) ee cabbirrada yaryar iyo kubbadaha. Haddii aad haysato kuwo
nadiif ah oo aan la isticmaalin ama la isticmaalay, fadlan keen xarunta.</p></div>
<div class="tyJCtd"><p class="zfr3Q"><span class="C9DxTc"><s>Waalidiin gaari leh oo carruurta u kaxeeya ciyaaraha</s></span></p>
<p class="zfr3Q">Waa la helay &ndash; mahadsanidin! Hadda waxaa nagu filan waalidiinta gaadiidka bixiya.</p></div>
</div></section>
<section class="yaqOZd"><div class="LB7kq">
<div class="tyJCtd"><p class="zfr3Q">Warqadda ololaha boorsooyinka dugsiga: <a href="/so/warqad-boorsooyinka.pdf">halkan ka soo deji (PDF)</a></p></div>
</div></section>
""")

TEAM = page("en", "Dhaqan Youth Center - Our Team", """
<section class="yaqOZd"><div class="LB7kq">
<div class="tyJCtd"><p class="zfr3Q"><span class="aw5Odc">Our Team</span></p></div>
<div class="tyJCtd"><p class="zfr3Q"><span class="C9DxTc">Nasra Abdullahi, Executive Director</span></p>
<p class="zfr3Q">Nasra grew up three blocks from the center and came back after earning her MSW at the University of Minnesota.</p></div>
<div class="tyJCtd"><p class="zfr3Q"><span class="C9DxTc">Hodan Warsame, Girls&rsquo; Program Lead</span></p>
<p class="zfr3Q">Former South High captain; coaches futsal and runs the Saturday girls&rsquo; circle.</p></div>
<div class="tyJCtd"><p class="zfr3Q"><span class="C9DxTc">Board of Directors</span></p>
<p class="zfr3Q">Mohamed Jama (chair), Sahra Ali, Pastor Dan Lindgren, Ifrah Hassan, Kevin O&rsquo;Brien.</p></div>
</div></section>
<section class="yaqOZd"><div class="LB7kq">
<div class="tyJCtd"><p class="zfr3Q"><span class="C9DxTc">2024 by the numbers</span></p>
<p class="zfr3Q">52 volunteer tutors gave 1,900 hours. 31 seniors graduated and 24 started college or training. Our backpack drive
handed out 300 backpacks in one afternoon.</p></div>
<div class="tyJCtd"><p class="zfr3Q"><span class="C9DxTc">Our partners</span></p>
<p class="zfr3Q">Whittier Alliance, Minneapolis Park &amp; Recreation Board, Augsburg University, Hennepin County Library.</p></div>
</div></section>
""")

STAFF = page("en", "Dhaqan Youth Center - Staff area", """
<section class="yaqOZd"><div class="LB7kq">
<div class="tyJCtd"><p class="zfr3Q"><span class="aw5Odc">Staff area (internal)</span></p></div>
<div class="tyJCtd"><p class="zfr3Q"><span class="C9DxTc">Front desk sub &ndash; Thursday</span></p>
<p class="zfr3Q">Need someone to cover the front desk this Thursday 3:30&ndash;7.</p></div>
<div class="tyJCtd"><p class="zfr3Q"><span class="C9DxTc">Snack order</span></p>
<p class="zfr3Q">We need 10 more boxes of granola bars before Monday &ndash; who can pick them up at Costco?</p></div>
<div class="tyJCtd"><p class="zfr3Q"><span class="C9DxTc">Van keys</span></p>
<p class="zfr3Q">Need a second driver for the April 12 college visit to St. Cloud State.</p></div>
</div></section>
""")

PAGES = {
    "index.html": INDEX,
    "volunteer.html": VOLUNTEER,
    "signup.html": SIGNUP,
    "so/index.html": SO_INDEX,
    "team.html": TEAM,
    "staff-area/index.html": STAFF,
}

ROBOTS = """User-agent: *
Disallow: /staff-area/
"""

PDFS = {
    "so/warqad-boorsooyinka.pdf": ("Ololaha Boorsooyinka Dugsiga 2025", [
        ("title", "OLOLAHA BOORSOOYINKA DUGSIGA 2025"),
        ("p", "Xarunta Dhalinyarada Dhaqan  -  2619 Blaisdell Ave S, Minneapolis"),
        ("h", "Waxaan u baahannahay boorsooyinka dugsiga"),
        ("p", "Sannad kasta waxaan carruurta xaafadda siinaa boorso dugsi oo buuxda. Sannadkan waxaan rajeyneynaa 350 "
              "arday. Waxaan u baahannahay:"),
        ("li", "boorsooyin cusub (backpacks)"),
        ("li", "buugaag qoraal (spiral notebooks) iyo galal"),
        ("li", "qalimaan, qalin-qori iyo masaxado"),
        ("li", "kalkuleetarro (TI-84) ee ardayda dugsiga sare"),
        ("p", "Fadlan keen xarunta ka hor 15-ka Agoosto, Isniin ilaa Khamiis, 3:30 - 7:00 galabnimo."),
        ("h", "Mutadawiciin maalinta qaybinta"),
        ("p", "Waxaan sidoo kale raadineynaa 15 mutadawiciin ah oo na caawiya abaabulka safka, buuxinta boorsooyinka iyo "
              "qaybinta. Soo wac Nasra: 612-555-0148."),
        ("h", "Maalinta qaybinta: Sabti, 23-ka Agoosto"),
        ("p", "Qaybintu waxay ka dhacaysaa beerta Whittier Park, 11:00 subaxnimo ilaa 2:00 galabnimo. Ilmo kasta waa "
              "inuu yimaado isaga oo la socda waalid."),
        ("h", "Shaqo xagaaga ah oo mushahar leh"),
        ("p", "Dhalinyarada 14-18 jirka ah: Xaruntu waxay shaqaaleysiinaysaa 6 caawiye xagaaga ah ($15 saacaddii) iyada oo "
              "kaashanaysa barnaamijka STEP-UP. Codsiga waa 1-da Abriil."),
    ]),
}

NEEDS = [
    N("volunteer.html", ["math & science tutors", "tutors"], "skilled", "en", layout="div_soup_cards",
      note="bold span title, no heading tag"),
    N("volunteer.html", ["assistant coach", "futsal"], "volunteer", "en", layout="div_soup_cards",
      note="women only; no language requirement"),
    N("volunteer.html", ["van driver"], "volunteer", "en", layout="div_soup_cards"),
    N("volunteer.html", ["college application mentor", "college application"], "skilled", "en",
      layout="div_soup_cards"),
    N("signup.html", ["fresh fruit trays", "fruit"], "donation", "en", layout="signup_sheet", note="1 of 4 signed"),
    N("signup.html", ["setup crew"], "volunteer", "en", layout="signup_sheet", note="1 of 4 signed"),
    N("signup.html", ["henna artist", "henna"], "skilled", "en", layout="signup_sheet", note="0 of 2 signed"),
    N("so/index.html", ["macallimad qur'aan", "macallimad"], "skilled", "so", ["so", "ar"],
      layout="div_soup_cards", note="Quran teacher for girls' class; tajwid + speaks Somali with kids"),
    N("so/index.html", ["turjubaano", "turjubaan"], "skilled", "so", ["so", "en"], layout="div_soup_cards",
      note="interpreters for parent-teacher conferences"),
    N("so/index.html", ["kabaha kubadda cagta", "cleats"], "donation", "so", layout="div_soup_cards",
      note="'waxaa naga dhammaaday' = we ran out of"),
    N("so/warqad-boorsooyinka.pdf", ["boorsooyinka dugsiga", "boorsooyin"], "donation", "so", layout="pdf",
      note="supply drive list = one need"),
    N("so/warqad-boorsooyinka.pdf", ["mutadawiciin"], "volunteer", "so", layout="pdf",
      note="15 volunteers for distribution day; the day itself is an event trap"),
]

TRAPS = [
    T("index.html", "service", ["free homework help"]),
    T("index.html", "service", ["girls' futsal saturdays"]),
    T("index.html", "service", ["weekend dugsi"]),
    T("index.html", "hours", ["open hours"]),
    T("index.html", "event", ["family night", "independence day celebration"]),
    T("index.html", "general_appeal", ["support dhaqan", "givemn"]),
    T("volunteer.html", "filled", ["reading buddies"], "'We have all the reading buddies we need through June'"),
    T("volunteer.html", "job", ["youth program coordinator"], "$22/hour"),
    T("volunteer.html", "how_to_apply", ["how to start", "orientation"]),
    T("signup.html", "event", ["end-of-year youth celebration"]),
    T("signup.html", "filled", ["juice boxes"], "3 of 3, Full"),
    T("signup.html", "filled", ["paper plates", "napkins"], "Full"),
    T("signup.html", "filled", ["cleanup crew"], "Full"),
    T("signup.html", "filled", ["photographer"], "Full"),
    T("so/index.html", "service", ["adeegyadeena", "caawimaad casharrada guriga"]),
    T("so/index.html", "hours", ["saacadaha furitaanka"]),
    T("so/index.html", "how_to_apply", ["sida loo diiwaangeliyo"]),
    T("so/index.html", "filled", ["waalidiin gaari leh", "waa la helay"], "struck + 'Waa la helay'"),
    T("so/warqad-boorsooyinka.pdf", "event", ["maalinta qaybinta: sabti"], "distribution day"),
    T("so/warqad-boorsooyinka.pdf", "job", ["shaqo xagaaga", "mushahar"], "paid summer job"),
    T("team.html", "bio", ["nasra abdullahi", "executive director"]),
    T("team.html", "bio", ["hodan warsame"]),
    T("team.html", "bio", ["board of directors"]),
    T("team.html", "recap", ["2024 by the numbers", "1,900 hours"]),
    T("staff-area/index.html", "robots", ["front desk sub"]),
    T("staff-area/index.html", "robots", ["granola bars", "snack order"]),
    T("staff-area/index.html", "robots", ["second driver", "college visit"]),
]
