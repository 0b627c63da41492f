"""Site 9: Dar Al-Amal Family Center, Round Lake (Arabic-speaking families). Modern CSS site:
home with an urgent sidebar, ARIA tabs page, Arabic rtl page, stories/blog page, English PDF flyer."""
from common import N, T

SLUG = "round-lake-dar-al-amal-center"

_HEAD = """<!DOCTYPE html>
<html lang="{lang}"{dir}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} — Dar Al-Amal Family Center</title>
<link rel="stylesheet" href="/assets/app.css">
<style>.tabpanel.is-hidden{{display:none}}</style>
</head>
<body>
<header class="top">
  <a class="logo" href="/">Dar Al-Amal <span lang="ar">دار الأمل</span></a>
  <nav class="menu">
    <a href="/">Home</a>
    <a href="/programs.html">Programs &amp; Volunteering</a>
    <a href="/stories.html">Stories</a>
    <a href="/arabic.html" lang="ar">العربية</a>
  </nav>
</header>
<div class="layout">
"""

_FOOT = """</div>
<footer class="bottom">
  <p>Dar Al-Amal Family Center · 310 Main St, Round Lake, MN 56167 · <span dir="ltr">(507) 555-0193</span> · info@daralamal-rl.org</p>
  <p><a href="/internal/">Staff login</a></p>
</footer>
</body>
</html>
"""


def _page(title, body, lang="en"):
    d = ' dir="rtl"' if lang == "ar" else ""
    return _HEAD.format(title=title, lang=lang, dir=d) + body + _FOOT


INDEX = _page("Home", """
<main class="main">
  <h1>A home of hope for Arabic-speaking families in southwest Minnesota</h1>
  <p>Families from Sudan, Iraq, Syria and Yemen come to Dar Al-Amal for English classes, homework help, and a friendly face who speaks their language.</p>
  <h2>Center hours</h2>
  <p>Monday&ndash;Thursday 9&ndash;5 · Friday closed for Jumu'ah · Saturday 10&ndash;2</p>
  <h2>Eid al-Adha family festival</h2>
  <p>Saturday, June 7, noon to 5 at the center. Games, henna and food for everyone. <a href="/media/iftar-2025.html">Photos from this year's iftar</a></p>
  <h2>Give Zakat and Sadaqah</h2>
  <p>Your zakat reaches families in our own county. <a href="/programs.html#donate">Ways to give</a></p>
</main>
<aside class="sidebar">
  <div class="box box-urgent">
    <h3>This week</h3>
    <p>We are short on halal canned meat and dates for our Friday food boxes. Drop-offs at the front desk, any time we're open.</p>
  </div>
</aside>
""")

PROGRAMS = _page("Programs & Volunteering", """
<main class="main">
<h1>Programs &amp; Volunteering</h1>
<div class="tabs">
  <div role="tablist" aria-label="Sections">
    <button role="tab" id="t-fam" aria-controls="p-fam" aria-selected="true">For families</button>
    <button role="tab" id="t-vol" aria-controls="p-vol" aria-selected="false">Volunteer</button>
    <button role="tab" id="t-don" aria-controls="p-don" aria-selected="false">Donate</button>
  </div>
  <section role="tabpanel" id="p-fam" class="tabpanel" aria-labelledby="t-fam">
    <h2>What we offer</h2>
    <p>Arabic&ndash;English interpreting, an after-school program, women's ESL, and help with SNAP applications.</p>
    <h2>How to sign up</h2>
    <p>Come during center hours with an ID and your children's school papers. There is no cost.</p>
  </section>
  <section role="tabpanel" id="p-vol" class="tabpanel is-hidden" aria-labelledby="t-vol">
    <h2>Open volunteer roles</h2>
    <ul class="roles">
      <li><b>Arabic-speaking homework tutors</b> &mdash; grades 3&ndash;8, Monday to Thursday 4&ndash;6 pm. You must read and write both Arabic and English.</li>
      <li><b>Lifeguard for women's swim night</b> &mdash; a certified lifeguard (a woman) for Wednesday evenings at the county pool.</li>
      <li><b>Van driver for Friday grocery trips</b> &mdash; drive the center van to Worthington and back; clean license.</li>
      <li class="done"><b>Front desk greeter</b> &mdash; <span class="tag">FULL</span></li>
      <li class="paid"><b>Youth program lead</b> &mdash; paid, 25 hours a week. See the job posting at the front desk.</li>
    </ul>
  </section>
  <section role="tabpanel" id="p-don" class="tabpanel is-hidden" aria-labelledby="t-don">
    <h2 id="donate">School supply wish list</h2>
    <ul>
      <li>Backpacks</li>
      <li>Scientific calculators</li>
      <li>Arabic-English dictionaries</li>
      <li>Headphones for the computer lab</li>
    </ul>
    <h2>Winter coats</h2>
    <p>We're all set for this season &mdash; thank you!</p>
    <h2>Give online</h2>
    <p>Secure giving through our bank. Every gift is tax-deductible.</p>
  </section>
</div>
</main>
""")

ARABIC = _page("العربية", """
<main class="main">
<h1>مركز دار الأمل للعائلات</h1>
<p><strong>ساعات العمل:</strong> من الاثنين إلى الخميس، 9 صباحاً &ndash; 5 مساءً، والسبت 10 &ndash; 2.</p>

<h2>نحتاج إلى متطوعين</h2>
<h3>معلمات لغة إنجليزية للنساء</h3>
<p>لتعليم الأمهات القراءة والمحادثة باللغة الإنجليزية، صباح الثلاثاء والخميس من 10 إلى 12.</p>
<h3>متطوعون لحديقة المركز</h3>
<p>نبحث عن متطوعين لتنظيف حديقة المركز وزراعة الخضروات في الربيع، صباح السبت.</p>
<h3>مرافقون لكبار السن</h3>
<p><em>تم شغل هذا الدور، شكراً لكم.</em></p>

<h2>عائلة أبو خالد</h2>
<p>انتقلت عائلة أبو خالد (ستة أفراد) إلى شقة جديدة الشهر الماضي، وتعطلت غسالة الملابس. تحتاج العائلة إلى غسالة ملابس مستعملة بحالة جيدة. إذا كان لديك واحدة، اتصل بالمركز.</p>

<h2>التبرعات</h2>
<p>لم نعد بحاجة إلى ألعاب الأطفال، شكراً لكرمكم.</p>
<p><strong>لا نقبل:</strong> الملابس الممزقة أو المتسخة، والأدوية.</p>

<h2>حفل عيد الأضحى</h2>
<p>السبت 7 يونيو، من الظهر حتى الخامسة. الجميع مدعوون.</p>
</main>
""", lang="ar")

STORIES = _page("Stories", """
<main class="main">
<h1>Stories</h1>
<article class="post">
  <h2>From the director's desk</h2>
  <p class="byline">Samira Haddad, director</p>
  <p>This year we grew from 40 to 75 families. Our board is small and our books are getting bigger, so we're also seeking a volunteer accountant to help us prepare for our first audit this fall. If that's you, my door is open.</p>
</article>
<article class="post teaser">
  <h2><a href="/stories.html#tutor">Why we need you: a tutor's story</a></h2>
  <p>When Omar started fourth grade, he didn't know a single word of English&hellip;</p>
</article>
<article class="post">
  <h2>Meet our director</h2>
  <p>Samira Haddad taught chemistry in Baghdad before she moved to Worthington in 2009.</p>
</article>
<article class="post">
  <h2>Last year's Eid gift drive</h2>
  <p>140 kids got a gift, thanks to 60 donors from four churches and the mosque.</p>
</article>
<p>Ramadan flyer: <a href="/ramadan-flyer.pdf">Ramadan food boxes (PDF)</a></p>
</main>
""")

INTERNAL = _page("Staff workspace", """
<main class="main">
<h1>Staff workspace</h1>
<ul>
  <li>Need a volunteer IT person to fix email on the front desk computer.</li>
  <li>Request donated folding tables from the school district.</li>
  <li>Find a Kurdish interpreter for the new family on 4th Street.</li>
</ul>
</main>
""")

PAGES = {
    "index.html": INDEX,
    "programs.html": PROGRAMS,
    "arabic.html": ARABIC,
    "stories.html": STORIES,
    "internal/index.html": INTERNAL,
}

ROBOTS = """User-agent: *
Allow: /
Disallow: /internal/
Disallow: /assets/private/
"""

PDFS = {
    "ramadan-flyer.pdf": ("Ramadan Food Boxes 2026", [
        ("title", "RAMADAN FOOD BOXES 2026"),
        ("p", "Dar Al-Amal Family Center - Round Lake, MN"),
        ("gap", ""),
        ("h", "FOR FAMILIES"),
        ("p", "Sign up for a food box by February 28 at the front desk. Bring your ID."),
        ("h", "FOOD BOX PACKERS NEEDED"),
        ("p", "We will pack 250 food boxes on Saturday, March 7, from 9 am to 1 pm. We need 20 volunteers to "
              "pack boxes. Teens are welcome with a parent."),
        ("p", "Dates and rice: fully donated by Al-Noor Market - thank you!"),
        ("h", "COMMUNITY IFTAR"),
        ("p", "Friday, March 13, at sunset, at the center. Everyone is welcome."),
    ]),
}

NEEDS = [
    N("index.html", ["halal canned meat"], "donation", "en", layout="sidebar", note="'we are short on' in sidebar box"),
    N("programs.html", ["homework tutors", "arabic-speaking homework"], "skilled", "en", ["ar", "en"],
      layout="tabs", note="second tab, hidden by CSS until clicked"),
    N("programs.html", ["lifeguard"], "skilled", "en", layout="tabs"),
    N("programs.html", ["van driver for friday grocery trips", "friday grocery trips"], "volunteer", "en", layout="tabs"),
    N("programs.html", ["school supply wish list", "scientific calculators"], "donation", "en",
      layout="wish_list", note="third tab"),
    N("arabic.html", ["معلمات لغة إنجليزية"], "skilled", "ar", ["en"], layout="heading_paragraph"),
    N("arabic.html", ["حديقة المركز"], "volunteer", "ar", layout="heading_paragraph"),
    N("arabic.html", ["غسالة ملابس", "عائلة أبو خالد"], "donation", "ar", layout="story"),
    N("stories.html", ["volunteer accountant", "first audit"], "skilled", "en", layout="newsletter_buried"),
    N("ramadan-flyer.pdf", ["food box packers", "pack boxes"], "volunteer", "en", layout="pdf"),
]

TRAPS = [
    T("index.html", "hours", ["center hours"]),
    T("index.html", "event", ["eid al-adha family festival"]),
    T("index.html", "general_appeal", ["give zakat", "your zakat"]),
    T("programs.html", "service", ["what we offer", "help with snap applications"]),
    T("programs.html", "how_to_apply", ["how to sign up"]),
    T("programs.html", "filled", ["front desk greeter"], note="FULL"),
    T("programs.html", "job", ["youth program lead"], note="paid"),
    T("programs.html", "filled", ["winter coats"], note="all set for this season"),
    T("programs.html", "general_appeal", ["give online"]),
    T("arabic.html", "hours", ["ساعات العمل"]),
    T("arabic.html", "filled", ["مرافقون لكبار السن"], note="'تم شغل هذا الدور' = this role is filled"),
    T("arabic.html", "filled", ["ألعاب الأطفال"], note="'لم نعد بحاجة' = no longer needed"),
    T("arabic.html", "not_accepted", ["لا نقبل"]),
    T("arabic.html", "event", ["حفل عيد الأضحى"]),
    T("stories.html", "blog", ["why we need you"]),
    T("stories.html", "bio", ["meet our director"]),
    T("stories.html", "recap", ["eid gift drive"]),
    T("ramadan-flyer.pdf", "how_to_apply", ["sign up for a food box"]),
    T("ramadan-flyer.pdf", "filled", ["fully donated"]),
    T("ramadan-flyer.pdf", "event", ["community iftar"]),
    T("internal/index.html", "robots", ["fix email"]),
    T("internal/index.html", "robots", ["folding tables"]),
    T("internal/index.html", "robots", ["kurdish interpreter"]),
]
