"""Site 10: Masjid Al-Furqan, Hammond. Tailwind-ish single-column site, English + Arabic (rtl) + Somali."""
from common import N, T

SLUG = "hammond-masjid-al-furqan"


def _page(lang, title, body, rtl=False):
    return """<!DOCTYPE html>
<html lang="%s"%s>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%s</title>
<link rel="stylesheet" href="/assets/app.css">
</head>
<body class="bg-stone-50 text-gray-900">
<header class="bg-emerald-800 text-white px-6 py-4 flex items-center justify-between">
  <a href="/" class="text-xl font-semibold">Masjid Al-Furqan &middot; مسجد الفرقان</a>
  <nav class="space-x-4 text-sm">
    <a href="/">Home</a><a href="/volunteer.html">Volunteer</a><a href="/arabic.html">العربية</a><a href="/soomaali.html">Soomaali</a><a href="/khutbah/archive.html">Khutbah archive</a>
  </nav>
</header>
<main class="max-w-3xl mx-auto px-6 py-8">
%s
</main>
<footer class="text-xs text-gray-600 px-6 py-6 border-t">Masjid Al-Furqan &middot; 7 Center St, Hammond, MN 55991 &middot; <span dir="ltr">(507) 555-0192</span> &middot; info@alfurqanhammond.example.org &middot; <a href="/shura/">Shura</a></footer>
</body>
</html>
""" % (lang, ' dir="rtl"' if rtl else "", title, body)


PAGES = {}

PAGES["index.html"] = _page("en", "Masjid Al-Furqan - Hammond, MN", """
<h1 class="text-3xl font-bold mb-4">As-salamu alaykum</h1>
<p>Masjid Al-Furqan serves Muslim families in the Zumbro valley &mdash; Somali, Arab, Pakistani and convert families praying together since 2014.</p>
<section class="mt-6"><h2 class="text-xl font-semibold">Prayer times</h2>
<table class="w-full text-sm"><tr><td>Fajr</td><td>5:10</td></tr><tr><td>Dhuhr</td><td>1:15</td></tr><tr><td>Asr</td><td>4:45</td></tr><tr><td>Maghrib</td><td>sunset</td></tr><tr><td>Isha</td><td>9:00</td></tr><tr><td>Jumu'ah</td><td>1:30 pm</td></tr></table></section>
<section class="mt-6"><h2 class="text-xl font-semibold">Weekend Islamic school</h2>
<p>Qur'an, Arabic and Islamic studies for children ages 5&ndash;14, Saturdays and Sundays 10 am&ndash;1 pm. Registration at the office.</p></section>
<section class="mt-6"><h2 class="text-xl font-semibold">Eid al-Adha</h2>
<p>Eid prayer at 8:00 am in Hammond City Park, followed by a picnic and bounce house for the kids.</p></section>
<section class="mt-6"><h2 class="text-xl font-semibold">Zakat &amp; sadaqah</h2>
<p>Your zakat stays local: it pays rent and utilities for families in need. Give online or in the box by the door. Our monthly bulletin: <a href="/newsletter-rabi.pdf">Al-Furqan Monthly (PDF)</a>.</p></section>
""")

PAGES["volunteer.html"] = _page("en", "Volunteer - Masjid Al-Furqan", """
<h1 class="text-3xl font-bold mb-4">Volunteer</h1>
<p>&ldquo;The best of people are those most beneficial to people.&rdquo;</p>
<section class="mt-6"><h2 class="text-xl font-semibold">Weekend school: seeking a math tutor</h2>
<p>For grades 3&ndash;5, Saturdays 10&ndash;12. Our students come to us after a full week at Hammond Elementary and many need extra help with fractions and word problems.</p></section>
<section class="mt-6"><h2 class="text-xl font-semibold">Janazah committee</h2>
<p>When a member of our community passes away, the family needs help quickly. We need a few more sisters willing to learn ghusl (washing the deceased); Umm Yusuf gives the training.</p></section>
<section class="mt-6"><h2 class="text-xl font-semibold">Parking lot helpers for Jumu'ah</h2>
<p>We have enough brothers for now, jazakum Allahu khayran. We will post again before Ramadan.</p></section>
<section class="mt-6"><h2 class="text-xl font-semibold">Imam &mdash; full-time position</h2>
<p>Salaried, with housing. Hafiz preferred; Arabic and English required. Send a CV to the shura.</p></section>
<p class="mt-6 text-sm">To volunteer, fill out the card at the front desk or speak to Br. Khalid after Jumu'ah.</p>
""")

PAGES["arabic.html"] = _page("ar", "مسجد الفرقان - العربية", """
<h1 class="text-3xl font-bold mb-4">مسجد الفرقان &mdash; نحتاج إلى مساعدتكم</h1>
<h2>معلم لغة عربية للأطفال</h2>
<p>نبحث عن معلم أو معلمة لتدريس اللغة العربية للأطفال يوم السبت من الساعة العاشرة حتى الثانية عشرة ظهراً.</p>
<h2>متطوعات لتحضير وجبات الإفطار</h2>
<p>في شهر رمضان نقدم الإفطار كل ليلة لأكثر من مئة شخص. نحتاج إلى أخوات للمساعدة في الطبخ والتقديم.</p>
<h2>قائمة التبرعات</h2>
<ul>
<li>سجاد صلاة</li>
<li>مصاحف بخط واضح</li>
<li>رفوف للأحذية</li>
<li>مكنسة كهربائية</li>
</ul>
<h2>مترجم للخطبة</h2>
<p>تم شغل هذا الدور، جزاكم الله خيراً.</p>
<h2>صلاة العيد</h2>
<p>صلاة عيد الأضحى في الساعة الثامنة صباحاً في حديقة المدينة.</p>
""", rtl=True)

PAGES["soomaali.html"] = _page("so", "Masjidka Al-Furqan - Soomaali", """
<h1 class="text-3xl font-bold mb-4">Masjidka Al-Furqan &mdash; Bogga Soomaaliga</h1>
<h2>Macallimiin Quraan oo haween ah</h2>
<p>Fasalka gabdhaha waxaa loo baahan yahay laba macallimadood oo Quraanka bara gabdhaha, Sabtida iyo Axadda. Waa inay ku hadlaan Soomaali iyo Carabi labadaba.</p>
<h2>Nadaafadda masjidka</h2>
<p>Jimce kasta salaadda kadib, waxaan u baahanahay 4 tabaruce oo nadiifiya masjidka iyo meelaha weysada.</p>
<h2>Cunto karinta iftaarka</h2>
<p>Hadda uma baahnin &mdash; dad ku filan ayaa is diiwaangeliyey. Mahadsanidiin!</p>
<h2>Fasallada Ingiriisiga ee haweenka</h2>
<p>Bilaash. Talaadada iyo Khamiista, 10:00&ndash;12:00, qolka hoose.</p>
""")

PAGES["shura/index.html"] = _page("en", "Shura (internal)", """
<h1>Shura council &mdash; internal</h1>
<ul>
<li>Need a volunteer auditor for the zakat fund before the annual meeting.</li>
<li>Imam search committee: two more members.</li>
</ul>
""")

ROBOTS = """User-agent: *
Disallow: /shura/
Disallow: /admin/
"""

PDFS = {
    "newsletter-rabi.pdf": ("Al-Furqan Monthly", [
        ("title", "Al-Furqan Monthly - Rabi al-Awwal 1447"),
        ("h", "Alhamdulillah"),
        ("p", "Our Ramadan fundraising reached $31,000, enough to pay off the parking lot. May Allah reward everyone who gave."),
        ("h", "Building news"),
        ("p", "The roof over the wudu area has leaked since the spring storms, and the ceiling tiles are stained. We are looking for a roofer who could give us an honest estimate or donate a Saturday of work. Please speak to Br. Khalid."),
        ("h", "Family night"),
        ("p", "Every second Friday after Isha: potluck, nasheeds and a short talk for the youth."),
    ]),
}

_V, _A, _S, _H, _P = "volunteer.html", "arabic.html", "soomaali.html", "shura/index.html", "newsletter-rabi.pdf"

NEEDS = [
    N(_V, ["math tutor"], "skilled", "en", layout="heading_paragraph"),
    N(_V, ["janazah committee", "ghusl"], "volunteer", "en", layout="heading_paragraph"),
    N(_A, ["معلم لغة عربية"], "skilled", "ar", ["ar"], layout="heading_paragraph"),
    N(_A, ["تحضير وجبات الإفطار"], "volunteer", "ar", layout="heading_paragraph"),
    N(_A, ["قائمة التبرعات", "سجاد صلاة"], "donation", "ar", layout="wish_list"),
    N(_S, ["macallimiin quraan"], "skilled", "so", ["so", "ar"], layout="heading_paragraph"),
    N(_S, ["nadaafadda masjidka"], "volunteer", "so", layout="heading_paragraph"),
    N(_P, ["roofer"], "skilled", "en", layout="pdf", note="buried in 'Building news'"),
]

TRAPS = [
    T("index.html", "hours", ["prayer times"]),
    T("index.html", "service", ["weekend islamic school"]),
    T("index.html", "event", ["eid al-adha"]),
    T("index.html", "general_appeal", ["zakat & sadaqah"]),
    T(_V, "filled", ["parking lot helpers"], "'We have enough brothers for now'"),
    T(_V, "job", ["full-time position"]),
    T(_V, "how_to_apply", ["speak to br. khalid"]),
    T(_A, "filled", ["مترجم للخطبة"], "'تم شغل هذا الدور'"),
    T(_A, "event", ["صلاة العيد"]),
    T(_S, "filled", ["cunto karinta iftaarka"], "'hadda uma baahnin - dad ku filan'"),
    T(_S, "service", ["fasallada ingiriisiga"]),
    T(_H, "robots", ["volunteer auditor"]),
    T(_H, "robots", ["search committee"]),
    T(_P, "recap", ["ramadan fundraising"]),
    T(_P, "event", ["family night"]),
]
