"""Baxter, MN: Kev Sib Pab Hmong Elders Center. Google Sites-style markup, English + Hmong."""
from common import N, T

SLUG = "baxter-kev-sib-pab-hmong-center"

def head(lang, title):
    return """<!DOCTYPE html>
<html lang="%s" itemscope itemtype="http://schema.org/WebPage">
<head>
<meta charset="utf-8">
<title>%s</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link href="/_/atari/font.css" rel="stylesheet">
</head>
<body>
<div class="UtePc RCETm" role="navigation">
  <ul class="jgXgSe HlqNPb">
    <li class="VsJjtf"><a class="aJHbb" href="/index.html">Home</a></li>
    <li class="VsJjtf"><a class="aJHbb" href="/about.html">About</a></li>
    <li class="VsJjtf"><a class="aJHbb" href="/news.html">News</a></li>
    <li class="VsJjtf"><a class="aJHbb" href="/hmn/index.html">Hmoob</a></li>
  </ul>
</div>
<div role="main" class="UtePc RCETm yxgWrb">
""" % (lang, title)

FOOT = """</div>
<div class="dZA9kd" role="contentinfo">
  <div class="tyJCtd">Kev Sib Pab Hmong Elders Center &middot; 7810 Excelsior Rd, Baxter, MN 56425 &middot; 218-555-0123</div>
  <div class="tyJCtd"><a href="/staff/notes.html">Staff</a> &middot; <a href="/gallery/hmong-new-year-2023.html">Photo gallery</a> &middot; <a href="/hmn/kev-pab.pdf">Daim ntawv sau npe (PDF)</a></div>
</div>
</body>
</html>
"""

INDEX = head("en", "Kev Sib Pab Hmong Elders Center") + """
<section class="yaqOZd">
  <div class="hJDwNd-AhqUyc-uQSCkd">
    <div role="heading" aria-level="1" class="zfr3Q duRjpb">Kev Sib Pab Hmong Elders Center</div>
    <p class="zfr3Q">A gathering place for Hmong elders in the Brainerd lakes area since 2011.</p>
  </div>
</section>
<section class="yaqOZd">
  <div role="heading" aria-level="2" class="zfr3Q OmQG5e">What we do for members</div>
  <p class="zfr3Q">We offer free rides to medical appointments for members, a hot lunch three days a week, and help reading mail from
  the county and Social Security.</p>
  <div role="heading" aria-level="2" class="zfr3Q OmQG5e">Open</div>
  <p class="zfr3Q">Monday to Thursday, 9:00 am to 3:00 pm. Lunch is served at 11:30.</p>
</section>
<section class="yaqOZd">
  <div role="heading" aria-level="2" class="zfr3Q OmQG5e">Help we need right now</div>
  <div class="JNdkSc-SmKAyb LkDMRd">
    <div class="oKdM2c card">
      <div role="heading" aria-level="3" class="zfr3Q CDt4Ke">Garden bed builders</div>
      <p class="zfr3Q">Our elders grow mustard greens, bitter melon and lemongrass. We need two or three people with basic tools to
      build six raised beds behind the center in April.</p>
    </div>
    <div class="oKdM2c card">
      <p class="zfr3Q card-t"><b>Hmong&ndash;English medical interpreter</b></p>
      <p class="zfr3Q">Go with an elder to clinic visits in Baxter and Brainerd, about two mornings a month. You must be fluent in
      Hmong and English; medical vocabulary training is provided.</p>
    </div>
    <div class="oKdM2c card">
      <img src="/_/img/rice.png" alt="">
      <span style="font-size:20px;font-weight:700">Electric rice cookers</span>
      <p class="zfr3Q">Our two 10-cup cookers finally quit. New or gently used rice cookers (10 cups or larger) would keep lunch going.</p>
    </div>
    <div class="oKdM2c card">
      <h4 class="zfr3Q">Paj ntaub embroidery teacher <span class="badge">FILLED</span></h4>
      <p class="zfr3Q">Thank you to Nkauj Hnub Vang, who will teach the Wednesday class this year.</p>
    </div>
    <div class="oKdM2c card">
      <div role="heading" aria-level="3" class="zfr3Q CDt4Ke">Program Coordinator (part-time)</div>
      <p class="zfr3Q">$19/hour, 20 hours a week, Hmong and English required. Send a resume to the board.</p>
    </div>
  </div>
</section>
<section class="yaqOZd">
  <div role="heading" aria-level="2" class="zfr3Q OmQG5e">Hmong New Year &mdash; November 23</div>
  <p class="zfr3Q">Ball toss, qeej performance and a shared meal at the Baxter Community Center, 10 am to 4 pm. Everyone welcome.</p>
</section>
""" + FOOT

ABOUT = head("en", "About | Kev Sib Pab") + """
<section class="yaqOZd">
  <div role="heading" aria-level="1" class="zfr3Q duRjpb">About us</div>
  <p class="zfr3Q">Kev sib pab means &ldquo;helping each other.&rdquo; Six families started the center in a church basement in
  2011. Today we serve about 90 elders.</p>
  <div role="heading" aria-level="2" class="zfr3Q OmQG5e">Founders</div>
  <p class="zfr3Q">Txiv Neej Lor was a clan leader in Ban Vinai camp before coming to Minnesota in 1988. He still opens the center
  every Monday. Pa Chia Moua ran the hot-lunch kitchen for nine years.</p>
  <div role="heading" aria-level="2" class="zfr3Q OmQG5e">Membership</div>
  <p class="zfr3Q">Family membership is $20 a year. Dues and gifts pay for heat, lights and lunch supplies.</p>
  <div role="heading" aria-level="2" class="zfr3Q OmQG5e">A small favor</div>
  <p class="zfr3Q">If you drive past Cub Foods on Tuesdays, we could use someone to pick up donated bread at the back door around
  8 am and drop it at the center.</p>
</section>
""" + FOOT

HMN = head("hmn", "Kev Sib Pab - Lus Hmoob") + """
<section class="yaqOZd">
  <div role="heading" aria-level="1" class="zfr3Q duRjpb">Tsev Kev Sib Pab rau Cov Laus</div>
  <p class="zfr3Q">Qhib hnub Monday txog hnub Thursday, 9 teev sawv ntxov txog 3 teev tav su.</p>
</section>
<section class="yaqOZd">
  <div role="heading" aria-level="2" class="zfr3Q OmQG5e">Peb xav tau kev pab</div>
  <ol class="zfr3Q">
    <li><p><b>Neeg tsav tsheb</b> &ndash; coj cov laus mus ntsib kws kho mob hauv Brainerd. Siv koj lub tsheb, peb them nqi roj.</p></li>
    <li><p><b>Neeg pab ua noj</b> &ndash; hnub Friday, 9 teev txog 12 teev, pab hlais zaub thiab ntxuav lauj kaub.</p></li>
    <li><p><b>Xib fwb qhia ntawv Hmoob rau menyuam</b> &ndash; Tau neeg lawm, ua tsaug ntau!</p></li>
  </ol>
  <p class="zfr3Q">Peb tseem tsis muaj txaus: ntaub pua chaw, pam vov, thiab khau rau cov laus. Yog koj muaj, thov nqa tuaj rau
  hnub Monday los sis Wednesday.</p>
</section>
<section class="yaqOZd">
  <div role="heading" aria-level="2" class="zfr3Q OmQG5e">Niam tais Mai</div>
  <p class="zfr3Q">Niam tais Mai, 78 xyoo, nyuam qhuav tuaj txog ntawm Thaib teb los nrog nws tus tub nyob. Nws tsis muaj tsho tiv
  no, khau looj plab hlaub, thiab tsis muaj txaj pw. Yog leej twg pab tau, thov hu rau 218-555-0123.</p>
</section>
<section class="yaqOZd">
  <div role="heading" aria-level="2" class="zfr3Q OmQG5e">Noj peb caug</div>
  <p class="zfr3Q">Hnub tim 23 lub 11 hli, ntawm Baxter Community Center. Txhua tus tuaj tau.</p>
</section>
""" + FOOT

NEWS = head("en", "News | Kev Sib Pab") + """
<section class="yaqOZd">
  <div role="heading" aria-level="1" class="zfr3Q duRjpb">News</div>
  <div class="post">
    <div role="heading" aria-level="2" class="zfr3Q OmQG5e">Plant sale wrap-up</div>
    <p class="zfr3Q">The May plant sale raised $1,870 for the lunch program. Thank you to everyone who bought pepper seedlings!</p>
  </div>
  <div class="post">
    <div role="heading" aria-level="2" class="zfr3Q OmQG5e">Listening to our elders: an oral history project</div>
    <p class="zfr3Q">Students from Central Lakes College are recording life stories this fall. <a href="/news.html#oral-history">Read more &rarr;</a></p>
  </div>
  <div class="post">
    <div role="heading" aria-level="2" class="zfr3Q OmQG5e">Seeking: someone to fix the ramp railing</div>
    <p class="zfr3Q">The railing on our wheelchair ramp has come loose at two posts. We are looking for a volunteer with carpentry
    skills to re-anchor it before the snow. We will buy the lumber and brackets.</p>
  </div>
  <div class="post">
    <div role="heading" aria-level="2" class="zfr3Q OmQG5e">Meet our new board president</div>
    <p class="zfr3Q">Pa Houa Xiong grew up in Brainerd and works as a nurse at the hospital. She joined the board in 2019.</p>
  </div>
</section>
""" + FOOT

STAFF = head("en", "Staff notes") + """
<section class="yaqOZd">
  <div role="heading" aria-level="1" class="zfr3Q duRjpb">Staff notes (internal)</div>
  <ul>
    <li>Need a substitute lunch cook for the week of Dec 9.</li>
    <li>Ask members for a donated chest freezer for the kitchen.</li>
    <li>Looking for a van driver for the Duluth trip in January.</li>
  </ul>
</section>
""" + FOOT

PAGES = {
    "index.html": INDEX,
    "about.html": ABOUT,
    "hmn/index.html": HMN,
    "news.html": NEWS,
    "staff/notes.html": STAFF,
}

ROBOTS = """User-agent: *
Disallow: /staff/
"""

PDFS = {
    "hmn/kev-pab.pdf": ("Daim ntawv sau npe pab dawb", [
        ("title", "Kev Sib Pab - Daim ntawv sau npe pab dawb"),
        ("p", "Npe: ________________________  Xov tooj: ________________"),
        ("p", "Koj hais tau lus dab tsi? Hmoob / Askiv / Lwm yam: ____________"),
        ("gap", ""),
        ("h", "Peb xav tau neeg pab qhia computer rau cov laus"),
        ("p", "Hnub Tuesday tav su, 1 teev txog 2 teev. Qhia cov laus siv xov tooj, email thiab MyChart. "
              "Yuav tsum hais tau lus Hmoob."),
        ("gap", ""),
        ("h", "Xa daim ntawv no rov qab"),
        ("p", "Coj tuaj rau lub chaw ua hauj lwm los sis xa email rau pab@kevsibpab.org."),
    ]),
}

NEEDS = [
    N("index.html", ["garden bed builders", "raised beds"], "volunteer", "en", layout="role_cards",
      note="card title in div role=heading"),
    N("index.html", ["medical interpreter"], "skilled", "en", ["hmn", "en"], layout="role_cards",
      note="card title in p>b"),
    N("index.html", ["rice cookers"], "donation", "en", layout="role_cards", note="card title in a styled span"),
    N("about.html", ["donated bread"], "volunteer", "en",
      layout="plain_paragraph", note="'we could use someone to' inside a paragraph"),
    N("hmn/index.html", ["neeg tsav tsheb"], "volunteer", "hmn", layout="ordered_list"),
    N("hmn/index.html", ["neeg pab ua noj"], "volunteer", "hmn", layout="ordered_list"),
    N("hmn/index.html", ["ntaub pua chaw", "pam vov"], "donation", "hmn", layout="wish_list_sentence",
      note="'still not enough:' comma sentence"),
    N("hmn/index.html", ["tsho tiv no", "txaj pw"], "donation", "hmn", layout="story"),
    N("hmn/kev-pab.pdf", ["qhia computer"], "skilled", "hmn", ["hmn"], layout="pdf"),
    N("news.html", ["ramp railing", "carpentry"], "skilled", "en", layout="seeking"),
]

TRAPS = [
    T("index.html", "service", ["free rides to medical appointments"]),
    T("index.html", "hours", ["monday to thursday"]),
    T("index.html", "filled", ["embroidery teacher"], "FILLED badge"),
    T("index.html", "job", ["program coordinator"]),
    T("index.html", "event", ["hmong new year"]),
    T("about.html", "bio", ["txiv neej lor"]),
    T("about.html", "general_appeal", ["family membership"]),
    T("hmn/index.html", "hours", ["qhib hnub monday"]),
    T("hmn/index.html", "filled", ["qhia ntawv hmoob"], "Tau neeg lawm"),
    T("hmn/index.html", "event", ["noj peb caug"]),
    T("hmn/kev-pab.pdf", "how_to_apply", ["xa daim ntawv no"]),
    T("news.html", "recap", ["plant sale"]),
    T("news.html", "blog", ["oral history project"]),
    T("news.html", "bio", ["pa houa xiong"]),
    T("staff/notes.html", "robots", ["substitute lunch cook"]),
    T("staff/notes.html", "robots", ["chest freezer"]),
    T("staff/notes.html", "robots", ["van driver"]),
]
