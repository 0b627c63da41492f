"""Green Isle: Masjid An-Nur. Faith community. English home with a sidebar of asks and prayer times, Somali
accordion page, Arabic table page (rtl), English PDF newsletter with ALL-CAPS headings run into paragraphs."""
from common import need, trap

SLUG = "green-isle-masjid-an-nur"
PAGES, NEEDS, TRAPS = {}, [], []

NAV = """<nav class="navbar navbar-expand-lg"><a class="navbar-brand" href="/">Masjid An-Nur</a>
<ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="/">Home</a></li>
<li class="nav-item"><a class="nav-link" href="/so.html">Soomaali</a></li>
<li class="nav-item"><a class="nav-link" href="/ar.html">&#1575;&#1604;&#1593;&#1585;&#1576;&#1610;&#1577;</a></li>
<li class="nav-item"><a class="nav-link" href="/an-nur-news-spring-2025.pdf">Newsletter</a></li></ul></nav>"""
FOOT = """<footer class="footer mt-5"><div class="container">
<p>Masjid An-Nur &middot; 335 Cedar St, Green Isle, MN 55338 &middot; (507) 555-0153 &middot; info@annurgreenisle.example</p>
<p><a href="/board/">Board members</a> &middot; <a href="/khutbah/archive.html">Khutbah archive</a></p>
</div></footer>"""

PAGES["index.html"] = """
<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Masjid An-Nur &ndash; Green Isle, Minnesota</title>
<link rel="stylesheet" href="/vendor/bootstrap.min.css"></head>
<body>
""" + NAV + """
<div class="container"><div class="row">
<div class="col-md-8">
<h1>Assalamu alaikum</h1>
<p>Masjid An-Nur serves about 70 families in Sibley and Carver counties, most of them Somali and Sudanese,
along with a growing number of converts from the area.</p>
<h2>Prayer times (March)</h2>
<table class="table table-sm"><tr><th>Fajr</th><th>Dhuhr</th><th>Asr</th><th>Maghrib</th><th>Isha</th></tr>
<tr><td>5:45</td><td>1:15</td><td>4:45</td><td>7:20</td><td>8:40</td></tr></table>
<p>Jumu'ah khutbah at 1:30 pm every Friday.</p>
<h2>Building fund</h2>
<p>We are $48,000 away from paying off the mortgage on our building. Every dollar counts &mdash; give at the
box by the door or online.</p>
<h2>Winter coat drive: thank you</h2>
<p>Alhamdulillah, 130 coats and 90 pairs of boots went to families in January.</p>
<div class="post-teaser"><h3>Khutbah notes: patience in hardship</h3>
<p>Imam Yusuf's reflections from last Friday on sabr and how we carry each other through hard winters&hellip;</p></div>
</div>
<aside class="col-md-4 sidebar">
<div class="widget"><h4>Help needed this month</h4>
<ul class="list-unstyled">
<li><strong>Iftar kitchen crew</strong> &ndash; Ramadan weeknights, 5:30&ndash;8:00. Cooking for 150; sisters and
brothers both welcome.</li>
<li><strong>Jumu'ah parking attendants</strong> &ndash; <em>all Fridays covered through April, jazakum Allah khair</em></li>
<li><strong>Snow shovelers for Fajr</strong> &ndash; we are short on people who can clear the walks before 5:30 am
after a snowfall.</li>
</ul></div>
</aside>
</div></div>
""" + FOOT + """
</body></html>
"""
NEEDS += [
    need("index.html", ["iftar kitchen crew"], "volunteer", "en", layout="sidebar"),
    need("index.html", ["snow shovelers"], "volunteer", "en", layout="sidebar", note="'we are short on people'"),
]
TRAPS += [
    trap("index.html", "hours", ["prayer times"]),
    trap("index.html", "filled", ["parking attendants"], note="all Fridays covered"),
    trap("index.html", "general_appeal", ["building fund"]),
    trap("index.html", "recap", ["winter coat drive"]),
    trap("index.html", "blog", ["patience in hardship"]),
]

PAGES["so.html"] = """
<!DOCTYPE html>
<html lang="so">
<head><meta charset="utf-8"><title>Masjid An-Nur &ndash; Soomaali</title>
<link rel="stylesheet" href="/vendor/bootstrap.min.css"></head>
<body>
""" + NAV + """
<div class="container">
<h1>Ku soo dhawoow Masjid An-Nur</h1>
<h2>Dugsiga Sabtida</h2>
<p>Carruurta 5&ndash;14 jir ah waxaan u dhigaynaa Quraanka iyo af-Soomaaliga Sabtida, 10:00&ndash;1:00. Waa bilaash.</p>
<h2>Halqada hooyooyinka</h2>
<p>Khamiis kasta 6:30 fiidnimo, qolka haweenka. Casharka tafsiirka iyo shaah.</p>
<h2>Baahiyaha masjidka</h2>
<div class="accordion" id="baahi">
<details><summary>Turjubaan khudbadda Jimcaha</summary>
<p>Khudbadda waxaa lagu bixiyaa Ingiriisi iyo Carabi. Waxaan u baahanahay qof ku turjuma af-Soomaali odayaasha
aan Ingiriisiga aqoon, isagoo isticmaalaya headphones-ka masjidka.</p></details>
<details><summary>Gogol salaadeed cusub</summary>
<p>Qolka haweenka waxaa loo baahan yahay 20 gogol salaadeed oo cusub iyo 10 kursi oo laga tukado (odayaasha).</p></details>
<details><summary>Macallimiinta Quraanka ee gabdhaha</summary>
<p>Waa la helay &mdash; laba macallimad ayaa bilaabay bishan. Mahadsanidiin!</p></details>
<details><summary>Darawal baska yar ee dugsiga</summary>
<p>Sabtida subaxdii waxaan u baahanahay darawal carruurta ka soo qaada Arlington iyo Gaylord, kana celiya
1:00 kadib. Baska masjidka ayaa la isticmaalayaa; liisan caadi ah ayaa ku filan.</p></details>
</div>
</div>
""" + FOOT + """
</body></html>
"""
NEEDS += [
    need("so.html", ["turjubaan khudbadda"], "skilled", "so", ["so", "en"], layout="accordion"),
    need("so.html", ["gogol salaadeed"], "donation", "so", layout="accordion", note="prayer rugs and chairs"),
    need("so.html", ["darawal baska"], "volunteer", "so", layout="accordion", note="Saturday school van driver"),
]
TRAPS += [
    trap("so.html", "service", ["dugsiga sabtida"], note="free Saturday school for children"),
    trap("so.html", "filled", ["macallimiinta quraanka"], note="waa la helay"),
    trap("so.html", "event", ["halqada hooyooyinka"]),
]

PAGES["ar.html"] = """
<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head><meta charset="utf-8"><title>مسجد النور &ndash; صفحة الجالية العربية</title>
<link rel="stylesheet" href="/vendor/bootstrap.rtl.min.css"></head>
<body>
""" + NAV + """
<div class="container">
<h1>أهلاً بكم في مسجد النور</h1>
<p>يخدم المسجد العائلات السودانية والعربية في المنطقة. نرحب بكل من يريد المساعدة.</p>
<h2>نحتاج إلى متطوعين</h2>
<table class="table">
<tr><th>المهمة</th><th>التفاصيل</th><th>الحالة</th></tr>
<tr><td>معلم لغة عربية للمبتدئين</td><td>يوم السبت من 10 إلى 12، لأطفال لا يقرؤون العربية بعد.</td><td>مطلوب</td></tr>
<tr><td>متطوع لتحفيظ القرآن للأولاد</td><td>بعد صلاة العصر يومي الاثنين والأربعاء.</td><td>تم شغل هذا الدور، جزاكم الله خيراً</td></tr>
<tr><td>محاسب متطوع</td><td>لمراجعة حسابات المسجد قبل الاجتماع السنوي في مايو. خبرة في المحاسبة ضرورية.</td><td>مطلوب</td></tr>
</table>
<h2>التبرعات العينية</h2>
<p>لا نقبل التبرعات بالملابس المستعملة أو الأثاث في المسجد، فليس لدينا مكان لتخزينها. يرجى التبرع بها لمتجر
Goodwill في Glencoe.</p>
<h2>صلاة العيد</h2>
<p>تقام صلاة عيد الفطر في صالة Green Isle المجتمعية الساعة 8:30 صباحاً، وبعدها فطور للجميع.</p>
</div>
""" + FOOT + """
</body></html>
"""
NEEDS += [
    need("ar.html", ["معلم لغة عربية"], "skilled", "ar", ["ar"], layout="table"),
    need("ar.html", ["محاسب متطوع"], "skilled", "ar", layout="table"),
]
TRAPS += [
    trap("ar.html", "filled", ["تحفيظ القرآن"], note="تم شغل هذا الدور"),
    trap("ar.html", "filled", ["الملابس المستعملة"], note="we do not accept"),
    trap("ar.html", "event", ["صلاة العيد"]),
]

PAGES["board/index.html"] = """
<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Board</title></head>
<body>
""" + NAV + """
<div class="container"><h1>Board members only</h1>
<p>Items for the March board meeting:</p>
<ul><li>We need a volunteer attorney to review the new lease with the township.</li>
<li>Looking for someone to donate a used commercial dishwasher.</li>
<li>Need a webmaster to move the site off the old host.</li></ul></div>
""" + FOOT + """
</body></html>
"""
TRAPS += [
    trap("board/index.html", "robots", ["volunteer attorney"]),
    trap("board/index.html", "robots", ["commercial dishwasher"]),
    trap("board/index.html", "robots", ["webmaster"]),
]

PDFS = {
    "an-nur-news-spring-2025.pdf": ("An-Nur News - Spring 2025", [
        ("title", "An-Nur News - Spring 2025"),
        ("p", "FROM THE IMAM Ramadan is almost here. Let us prepare our hearts, and let us also prepare our building."),
        ("p", "ROOF REPAIR The spring thaw showed us three leaks over the women's prayer hall. The board is seeking a "
              "licensed roofer who can inspect the roof and give us an honest estimate, and ideally donate some of the "
              "labor. We will buy the materials."),
        ("p", "FOLDING CHAIRS FOR THE ELDERS Many of our elders cannot sit on the floor. We would like 30 sturdy folding "
              "chairs with backs for the prayer hall; new or used in good shape."),
        ("p", "YOUTH NIGHT Every Friday after Isha for ages 12 to 18: basketball at the Green Isle school gym and a short "
              "halaqa."),
        ("p", "ZAKAT AL-FITR is $15 per person this year. Please pay before the Eid prayer so it reaches families in time."),
    ]),
}
NEEDS += [
    need("an-nur-news-spring-2025.pdf", ["licensed roofer", "roof repair"], "skilled", "en", layout="pdf"),
    need("an-nur-news-spring-2025.pdf", ["folding chairs"], "donation", "en", layout="pdf"),
]
TRAPS += [
    trap("an-nur-news-spring-2025.pdf", "event", ["youth night"]),
    trap("an-nur-news-spring-2025.pdf", "general_appeal", ["zakat al-fitr"]),
]

ROBOTS = """User-agent: *
Disallow: /board/
"""
