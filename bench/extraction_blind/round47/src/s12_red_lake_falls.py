from common import N, T

SLUG = "red-lake-falls-newcomer-welcome-coalition"

K_FORMS = "ပှၤမၤစၢၤ တၢ်ကွဲးလံာ်"
K_SHOES = "ခီၣ်ဖံး လၢဖိသၣ်"


def page(lang, title, body, rtl=False):
    return """<!DOCTYPE html>
<html lang="%s"%s>
<head>
<meta charset="utf-8">
<meta name="generator" content="Hugo 0.126.1">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%s &middot; Red Lake Falls Newcomer Welcome</title>
<link rel="stylesheet" href="/css/main.min.4b2f7c.css">
</head>
<body class="%s">
<header class="site-header">
  <a class="site-title" href="/index.html">Red Lake Falls Newcomer Welcome</a>
  <nav class="site-nav">
    <a href="/index.html">Home</a>
    <a href="/board.html">Request board</a>
    <a href="/stories.html">Stories</a>
    <a href="/kar/index.html">ကညီ</a>
    <a href="/ar/index.html">العربية</a>
  </nav>
</header>
<main class="content">
%s
</main>
<footer class="site-footer">
  <p>Red Lake Falls Newcomer Welcome Coalition &middot; c/o First Lutheran, 210 Champagne Ave, Red Lake Falls, MN 56750 &middot; (218) 555-0149 &middot; welcome@rlfwelcome.org</p>
  <p><a href="/docs/welcome-kit-drive.pdf">Welcome kit drive (PDF)</a> &middot; <a href="/volunteers/handbook.html">Volunteer handbook</a></p>
</footer>
</body>
</html>
""" % (lang, ' dir="rtl"' if rtl else "", title, "rtl" if rtl else "ltr", body)


INDEX = page("en", "Home", """
<article class="post">
<h1>Who we are</h1>
<p>Four churches, the school district, the public library and a lot of neighbors, helping new families settle in Red Lake County.
Since 2021 we have welcomed Karen, Somali, Sudanese and Guatemalan families.</p>
<h2>What we offer new families</h2>
<p>Rides to appointments, help with paperwork, donated furniture, and a friendly face at the door. All free.</p>
<h2>How families can ask for help</h2>
<p>Fill out a request form at the library front desk or call us. A volunteer will call you back within two days.</p>
<h2>Welcome dinner &ndash; every third Sunday</h2>
<p>Potluck at First Lutheran, 5 pm. Bring a dish from home, or just bring yourself.</p>
<h2>Give to the welcome fund</h2>
<p>Your gift covers first-month rent deposits and bus passes.</p>
<p>Want to help a family this week? <a href="/board.html">See the request board</a>. Looking for older posts? <a href="/stories/archive-2023.html">2023 archive</a></p>
</article>
""")

BOARD = page("en", "Request board", """
<h1>Request board</h1>
<p class="lede">Cards move from left to right. Take an <em>Open</em> card by e-mailing us its number.</p>
<div class="kanban">
  <section class="kanban-col" id="open">
    <h2>Open</h2>
    <article class="kcard"><span class="knum">#41</span><p class="ktitle">Bunk bed for two brothers</p><p>Ages 8 and 10, sharing one small room. Frame and two mattresses.</p></article>
    <article class="kcard"><span class="knum">#43</span><p class="ktitle">Tutor for a 9th grader in algebra</p><p>Mondays after school at the library, 4&ndash;5 pm. She is bright and behind only because of the language.</p></article>
    <article class="kcard"><span class="knum">#44</span><p class="ktitle">Help moving a family from the motel to their apartment</p><p>Saturday, October 11, 9 am. Need four strong people and one pickup or trailer.</p></article>
  </section>
  <section class="kanban-col" id="doing">
    <h2>Someone's on it</h2>
    <article class="kcard"><span class="knum">#38</span><p class="ktitle">Ride to immigration appointment in Fargo</p><p>Pastor Jim is driving on the 14th.</p></article>
    <article class="kcard"><span class="knum">#40</span><p class="ktitle">Crib and mattress</p><p>The Lutheran women's group is buying one this week.</p></article>
  </section>
  <section class="kanban-col" id="done">
    <h2>Done</h2>
    <article class="kcard"><span class="knum">#33</span><p class="ktitle">Winter jackets for the Paw family</p><p>Delivered October 2.</p></article>
    <article class="kcard"><span class="knum">#36</span><p class="ktitle">Set up internet for Sahra's apartment</p><p>Done &ndash; thanks, Dale!</p></article>
  </section>
</div>
""")

STORIES = page("en", "Stories", """
<h1>Stories</h1>
<article class="post">
<h2>Eh Ku Moo's 4:30 alarm</h2>
<p>Eh Ku Moo and Naw Paw arrived in June with three children. He got a job at the potato plant near Crookston, and he is proud of it &ndash; but
his shift starts at 5 a.m. and the plant is fourteen miles away. There is no bus at that hour. Until the family saves for a car, he needs an
early-morning ride to work on weekdays. If you already drive toward Crookston before dawn, even one or two days a week would help.</p>
</article>
<article class="post">
<h2>Update: the Hassan family</h2>
<p>Last month we wrote about the Hassans and their laundromat bills. A reader donated a washer and dryer the next week. They are set &ndash; thank you!</p>
</article>
<article class="post">
<h2>Meet our coordinator, Karin Lund</h2>
<p>Karin taught fourth grade in Red Lake Falls for 28 years. She now answers the coalition phone from her kitchen table.</p>
</article>
""")

KAR = page("kar", "ကညီ", """
<h1>ဒုးနဲၣ်တၢ် လၢကညီကျိာ် (Information in Karen)</h1>
<h2>""" + K_FORMS + """ (Help filling in forms)</h2>
<p>ပလိၣ်ဘၣ် ပှၤတဂၤ လၢအသ့ဖး ကညီကျိာ် ဒီး အဲကလံးကျိာ်. (Many Karen families get letters from the county, the school and the clinic in
English. We need a volunteer who reads S'gaw Karen and English to help fill in forms on Wednesday evenings at the library.)</p>
<h2>""" + K_SHOES + """ (Shoes for children)</h2>
<p>ဖိသၣ်တဖၣ် အိၣ်ဒီး ခီၣ်ဖံးဖိ လၢတၢ်ခုၣ်ဆၢကတီၢ်တသ့ဘၣ်. (Winter boots and sneakers for children ages 4 to 12. Many of the kids came in sandals.)</p>
<h3>ဘု (rice)</h3>
<p>ပှဲၤလံ, တၢ်ဘျုး! (We have enough rice, thank you!)</p>
<h3>တၢ်အိၣ်ဖှိၣ် (Community meeting)</h3>
<p>Sunday, October 19, 2 pm, at the Red Lake Falls library.</p>
""")

AR = page("ar", "العربية", """
<h1>معلومات باللغة العربية</h1>
<h2>مترجم فوري للغة العربية</h2>
<p>نبحث عن مترجم فوري يتقن العربية والإنجليزية لحضور اجتماعات أولياء الأمور في مدرسة ريد ليك فولز، مرتين في كل فصل دراسي.</p>
<h2>ملابس شتوية للأطفال</h2>
<p>نحتاج إلى معاطف وقبعات وقفازات للأطفال من عمر ست إلى عشر سنوات. الشتاء هنا طويل وبارد جداً.</p>
<h3>أغطية الأسرة</h3>
<p>وصلنا ما يكفي، جزاكم الله خيراً. لا نحتاج إلى المزيد الآن.</p>
<h3>تسجيل الأطفال في المدرسة</h3>
<p>نساعد العائلات في تسجيل الأطفال في المدرسة وفي طلب الوجبات المدرسية المجانية.</p>
""", rtl=True)

HANDBOOK = page("en", "Volunteer handbook", """
<h1>Volunteer handbook (internal)</h1>
<h2>Open asks for the steering team</h2>
<ul>
<li>We need a Tigrinya speaker for the Berhe family's clinic visit.</li>
<li>Looking for a donated car for the Moo family.</li>
<li>Someone to mow the church lawn during the Thursday ESL class.</li>
</ul>
""")

PAGES = {
    "index.html": INDEX,
    "board.html": BOARD,
    "stories.html": STORIES,
    "kar/index.html": KAR,
    "ar/index.html": AR,
    "volunteers/handbook.html": HANDBOOK,
}

ROBOTS = """User-agent: Googlebot
Disallow:

User-agent: *
Disallow: /volunteers/
"""

PDFS = {
    "docs/welcome-kit-drive.pdf": ("Welcome Kit Drive - Red Lake Falls Newcomer Welcome", [
        ("title", "WELCOME KIT DRIVE"),
        ("p", "Red Lake Falls Newcomer Welcome Coalition - (218) 555-0149"),
        ("p", "Every new family gets a welcome kit on the day they move in. We are out of kits, and three families arrive in November. "
              "Each welcome kit holds: a set of pots, a frying pan, four plates, four bowls, cutlery for four, dish soap, a broom and a mop."),
        ("h", "Drop off"),
        ("p", "First Lutheran, 210 Champagne Ave, Monday to Thursday 9 to 3."),
        ("h", "Already enough"),
        ("p", "Towels: we have plenty, so please don't include them."),
        ("h", "Kit-packing party"),
        ("p", "Thursday, October 30, 6 pm in the church basement. Pizza provided."),
    ]),
}

NEEDS = [
    N("board.html", ["bunk bed"], "donation", "en", layout="kanban", note="Open column"),
    N("board.html", ["algebra"], "skilled", "en", layout="kanban", note="Open column"),
    N("board.html", ["help moving a family"], "volunteer", "en", layout="kanban", note="Open column"),
    N("stories.html", ["ride to work", "early-morning ride"], "volunteer", "en", layout="story"),
    N("kar/index.html", ["help filling in forms", K_FORMS], "skilled", "kar", ["kar", "en"], layout="heading_paragraph"),
    N("kar/index.html", ["shoes for children", K_SHOES], "donation", "kar", layout="heading_paragraph"),
    N("ar/index.html", ["مترجم فوري"], "skilled", "ar", ["ar", "en"], layout="heading_paragraph"),
    N("ar/index.html", ["ملابس شتوية للأطفال"], "donation", "ar", layout="heading_paragraph"),
    N("docs/welcome-kit-drive.pdf", ["welcome kit"], "donation", "en", layout="pdf"),
]

TRAPS = [
    T("index.html", "service", ["what we offer new families"]),
    T("index.html", "how_to_apply", ["how families can ask for help"]),
    T("index.html", "event", ["welcome dinner"]),
    T("index.html", "general_appeal", ["welcome fund"]),
    T("index.html", "general_appeal", ["see the request board"], "pointer"),
    T("board.html", "filled", ["immigration appointment"], "Someone's on it"),
    T("board.html", "filled", ["crib and mattress"], "Someone's on it"),
    T("board.html", "filled", ["winter jackets"], "Done"),
    T("board.html", "filled", ["set up internet"], "Done"),
    T("stories.html", "filled", ["washer and dryer"], "they are set"),
    T("stories.html", "bio", ["karin lund"]),
    T("kar/index.html", "filled", ["we have enough rice"]),
    T("kar/index.html", "event", ["community meeting"]),
    T("ar/index.html", "filled", ["أغطية الأسرة"], "وصلنا ما يكفي"),
    T("ar/index.html", "service", ["تسجيل الأطفال في المدرسة"]),
    T("volunteers/handbook.html", "robots", ["tigrinya speaker"]),
    T("volunteers/handbook.html", "robots", ["donated car"]),
    T("volunteers/handbook.html", "robots", ["mow the church lawn"]),
    T("docs/welcome-kit-drive.pdf", "hours", ["drop off"]),
    T("docs/welcome-kit-drive.pdf", "filled", ["towels"], "we have plenty"),
    T("docs/welcome-kit-drive.pdf", "event", ["kit-packing party"]),
]
