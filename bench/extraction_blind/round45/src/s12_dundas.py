from common import N, T

SLUG = "dundas-cannon-river-newcomer-network"

HEAD = """<!DOCTYPE html>
<html lang="{lang}"{dir}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} — Cannon River Newcomer Network</title>
<link rel="stylesheet" href="/assets/crnn.css">
</head>
<body>
<header class="masthead">
 <a class="wordmark" href="/">Cannon River Newcomer Network</a>
 <nav class="lang-switch" aria-label="Languages">
  <a href="/">English</a> <a href="/kar.html">ကညီကျိာ်</a> <a href="/om.html">Afaan Oromoo</a> <a href="/ar.html">العربية</a>
 </nav>
</header>
<main id="content">
"""

FOOT = """
</main>
<footer class="colophon">
 <p>Cannon River Newcomer Network · PO Box 61, Dundas, MN 55019 · <span dir="ltr">(507) 555-0109</span></p>
 <p><a href="/forms/gargaarsa.pdf">Unka tola ooltota (PDF)</a> · <a href="/volunteers-only/roster.html">Volunteer roster</a></p>
</footer>
</body>
</html>
"""


def head(lang, title, rtl=False):
    return HEAD.format(lang=lang, title=title, dir=' dir="rtl"' if rtl else "")


INDEX = head("en", "Welcome") + """
<section class="hero">
 <h1>Every new neighbor deserves a warm first week</h1>
 <p>We welcome refugee and immigrant families settling in Dundas, Northfield and the Cannon River valley.</p>
</section>
<section class="kits">
 <h2>Welcome kits</h2>
 <p>Every family that arrives gets a welcome kit on their first day. This month we are putting together kits for nine families, and each kit still needs:</p>
 <ul>
  <li>A set of bath towels</li>
  <li>Dish soap and sponges</li>
  <li>A can opener</li>
  <li>Bed sheets (twin and queen)</li>
  <li>A first-aid kit</li>
 </ul>
</section>
<section>
 <h2>What we do</h2>
 <p>We help newcomers enroll their children in school, find a family doctor and learn the bus routes.</p>
 <h2>World Refugee Day picnic</h2>
 <p>Saturday, June 20, 5&ndash;8 pm at the Dundas city park. Bring a dish from home to share.</p>
</section>
<p class="donate"><a href="https://www.givemn.org/organization/cannon-river-newcomer-network">Give to the Network</a></p>
<aside class="news">
 <h3>Latest story</h3>
 <p><a href="/stories/2024-arrivals.html">The 41 people we welcomed in 2024 &ndash; read more</a></p>
</aside>
""" + FOOT

KAR = head("kar", "ကညီကျိာ်") + """
<h1>ကညီကျိာ် &ndash; Cannon River Newcomer Network</h1>
<p>(Karen page. English in brackets.)</p>
<h2>ပှၤနဲၣ်ကျဲ ကညီ (Karen-speaking mentor for a new family)</h2>
<p>ဟံၣ်ဖိဃီဖိ ကညီအသီတဖု ကဟဲ လါမ့ၢ်ချး. ပလိၣ်ဘၣ် ပှၤကတိၤကညီကျိာ်သ့ တဂၤ လၢကလဲၤအိၣ်ဖှိၣ်ဒီးအဝဲသ့ၣ် တနွံတဘျီ.
(A new Karen family arrives in March. We need a Karen speaker who can visit them once a week for three months and show them the
grocery store, the bank and the bus.)</p>
<h2>စ့ၢ်ဆးတၢ် (Sewing machines)</h2>
<p>ပှၤမုၣ်ကညီ တၢ်ထါတၢ်ဆး ကရၢ လိၣ်ဘၣ် စ့ၢ်ဆးတၢ် ခံခီ. (The Karen women's weaving and sewing group needs two working sewing machines.)</p>
<h2>သပၢၤဖီမ့ၣ် (Rice cookers)</h2>
<p>ပှဲၤလံ &ndash; တၢ်ဘျုး! (We have enough rice cookers &ndash; thank you!)</p>
""" + FOOT

OM = head("om", "Afaan Oromoo") + """
<h1>Afaan Oromoo &ndash; Cannon River Newcomer Network</h1>
<h2>Mana haaraa qopheessuu</h2>
<p>Maatiin haaraan osoo hin dhufin dura manni isaanii qophaa'uu qaba. Jimaata galgala, siree walitti qabuu, meeshaa kushinaa kaa'uu fi
golgaa (curtains) rarraasuuf namoota afur barbaanna.</p>
<h2>Siree fi siree daa'immanii</h2>
<p>Ji'a kana maatii shaniif sireen nu dhabame. Siree (twin) fi siree daa'immanii (cribs) haaraa ykn gaarii ta'an nuuf kennaa.</p>
<h2>Hiikaa Afaan Oromoo</h2>
<p>Hiikaan argameera &ndash; galatoomaa! Amma hin barbaachisu.</p>
<h2>Tajaajila keenya</h2>
<p>Maatiiwwan haaraa mana barumsaatti galmeessuu fi doktora argachuuf ni gargaarra.</p>
""" + FOOT

AR = head("ar", "العربية", rtl=True) + """
<h1>شبكة نهر كانون لاستقبال القادمين الجدد</h1>
<h2>سائقون متطوعون</h2>
<p>نحتاج سائقين متطوعين لنقل العائلات الجديدة إلى مواعيد الطبيب ومكتب الضمان الاجتماعي في فاريبولت. نعوّض تكاليف الوقود.</p>
<h2>مساعدة في التحضير لامتحان رخصة القيادة</h2>
<p>كثير من الآباء يريدون الحصول على رخصة القيادة لكن الامتحان النظري باللغة الإنجليزية. نبحث عن متطوعين يجيدون العربية والإنجليزية
ليساعدوهم على الدراسة مساء كل خميس.</p>
<h2>سلال رمضان</h2>
<p>تم التكفّل بجميع سلال رمضان لهذا العام. شكراً لكل المتبرعين!</p>
<h2>إفطار جماعي</h2>
<p>إفطار جماعي مفتوح للجميع يوم السبت ١٤ آذار في قاعة الكنيسة المشيخية في دونداس.</p>
""" + FOOT

ROSTER = head("en", "Volunteer roster") + """
<h1>Volunteer roster (private)</h1>
<ul>
 <li>Need someone to drive the Aden family to Minneapolis on the 12th.</li>
 <li>Ask the Lions to donate a washer and dryer for the Khalil apartment.</li>
 <li>Recruit a Dari interpreter before the next arrivals.</li>
</ul>
""" + FOOT

PAGES = {
    "index.html": INDEX,
    "kar.html": KAR,
    "om.html": OM,
    "ar.html": AR,
    "volunteers-only/roster.html": ROSTER,
}

ROBOTS = """User-agent: Googlebot
Disallow: /drafts/

User-agent: *
Disallow: /volunteers-only/
Disallow: /drafts/
"""

PDFS = {
    "forms/gargaarsa.pdf": ("Unka Tola Ooltota - Cannon River Newcomer Network", [
        ("title", "CANNON RIVER NEWCOMER NETWORK"),
        ("title", "Unka Tola Ooltota - Afaan Oromoo"),
        ("p", "Maqaa: ______________________________   Bilbila: ____________________"),
        ("h", "Meeshaa manaa geejjibsiisuu"),
        ("p", "Sanbata tokko tokko meeshaa manaa (siree, sofaa, minjaala) kennaa irraa fuudhanii gara mana maatii "
              "haaraatti geessuuf namoota jajjaboo sadii barbaanna. Konkolaataa guddaa qabaachuun hin barbaachisu. "
              "Mallattoo godhi: [ ]"),
        ("h", "Unka kana deebisuuf"),
        ("p", "Unka kana waajjira keenyatti fidaa, ykn crnn.dundas@example.org irratti ergaa."),
    ]),
}

NEEDS = [
    N("index.html", ["welcome kits", "bath towels"], "donation", "en", layout="wish_list"),
    N("kar.html", ["karen-speaking mentor"], "skilled", "kar", ["kar"], layout="heading_paragraph"),
    N("kar.html", ["sewing machines"], "donation", "kar", layout="heading_paragraph"),
    N("om.html", ["mana haaraa qopheessuu"], "volunteer", "om", layout="heading_paragraph", note="set up apartments"),
    N("om.html", ["siree daa'immanii"], "donation", "om", layout="heading_paragraph", note="beds and cribs"),
    N("ar.html", ["سائقون متطوعون"], "volunteer", "ar", layout="heading_paragraph"),
    N("ar.html", ["رخصة القيادة"], "skilled", "ar", ["ar", "en"], layout="heading_paragraph", note="driver's permit tutoring"),
    N("forms/gargaarsa.pdf", ["meeshaa manaa geejjibsiisuu"], "volunteer", "om", layout="checkbox_form_pdf",
      note="moving donated furniture"),
]

TRAPS = [
    T("index.html", "service", ["what we do"]),
    T("index.html", "event", ["world refugee day"]),
    T("index.html", "general_appeal", ["give to the network"]),
    T("index.html", "blog", ["the 41 people we welcomed"]),
    T("kar.html", "filled", ["rice cookers"], "ပှဲၤလံ = full / we have enough"),
    T("om.html", "filled", ["hiikaa afaan oromoo"], "argameera"),
    T("om.html", "service", ["tajaajila keenya"]),
    T("ar.html", "filled", ["سلال رمضان"], "تم التكفّل = sponsored"),
    T("ar.html", "event", ["إفطار جماعي"]),
    T("forms/gargaarsa.pdf", "how_to_apply", ["unka kana deebisuuf"]),
    T("volunteers-only/roster.html", "robots", ["aden family"]),
    T("volunteers-only/roster.html", "robots", ["washer and dryer"]),
    T("volunteers-only/roster.html", "robots", ["dari interpreter"]),
]
