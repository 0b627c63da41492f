"""Site 8: Dar Al-Nakhla Family Center, Vergas (hand-built Tailwind-ish).
Layouts: role="alert" urgent banner, cards, Arabic rtl <details> accordion plus
heading+list, agenda-style calendar with asks inside event entries, English PDF
intake form with [ ] / [X] boxes, family story."""
from kit import need, trap

SLUG = "vergas-dar-al-nakhla-family-center"
TOWN = "vergas"

def head(lang, title, rtl=False):
    return """<!DOCTYPE html>
<html lang="%s"%s>
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>%s</title><link rel="stylesheet" href="/assets/app.css"></head>
<body class="bg-stone-50 text-stone-900">
<header class="flex justify-between p-4 border-b"><a class="font-bold" href="/index.html">Dar Al-Nakhla &middot; دار النخلة</a>
<nav class="flex gap-4"><a href="/index.html">Home</a><a href="/calendar.html">Calendar</a><a href="/stories.html">Stories</a><a href="/ar/index.html">العربية</a><a href="/forms/volunteer-intake.pdf">Volunteer form</a></nav></header>
<main class="max-w-3xl mx-auto p-6">
""" % (lang, ' dir="rtl"' if rtl else "", title)

FOOT = """</main>
<footer class="p-4 text-sm border-t"><p>Dar Al-Nakhla Family Center &middot; 140 Main Street, Vergas, MN &middot; <span dir="ltr">555-0185</span></p>
<p><a href="/media/eid-2025.html">Eid 2025 photos</a> &middot; <a href="/internal/planning.html">Staff</a></p></footer>
</body></html>
"""

PAGES = {}
PAGES["index.html"] = head("en", "Dar Al-Nakhla Family Center | Vergas") + """
<div role="alert" class="rounded bg-amber-100 p-3 mb-6"><strong>Urgent:</strong> a family of seven arrives December 2. We are looking for a landlord in Otter Tail County willing to rent a three-bedroom home to a family with no U.S. credit history. We co-sign and pay the deposit.</div>
<h1 class="text-3xl">Dar Al-Nakhla Family Center</h1>
<p>&ldquo;The house of the palm tree&rdquo; &mdash; a home base for Arab families in the lakes country since 2019.</p>
<div class="grid grid-cols-3 gap-4 mt-6">
<div class="card"><h3>Mentors for newcomer teens</h3><p>Teens aged 14&ndash;18 who arrived in the last two years need an adult friend for one hour a week: homework, job applications, a coffee. Training on December 3.</p></div>
<div class="card"><h3>Arabic Saturday School</h3><p>Free Arabic classes for children 5&ndash;12, Saturdays 10&ndash;12.</p></div>
<div class="card"><h3>Ramadan iftar nights</h3><p>Every Saturday night of Ramadan, the whole town is invited to break the fast with us.</p></div>
</div>
<p class="mt-6">Center hours: Monday&ndash;Thursday, 10 am to 6 pm.</p>
""" + FOOT

PAGES["calendar.html"] = head("en", "Calendar | Dar Al-Nakhla") + """
<h1>Calendar</h1>
<ul class="agenda">
<li><h3><time datetime="2025-11-22">Sat, Nov 22</time></h3><p><b>Community dinner</b> &mdash; 6 pm, open to all. Bring a friend.</p></li>
<li><h3><time datetime="2025-11-29">Sat, Nov 29</time></h3><p><b>Warehouse sort day</b> &mdash; we need 8 sorters, 9 am to noon, to sort donated clothes by size and season.</p></li>
<li><h3><time datetime="2025-12-06">Sat, Dec 6</time></h3><p><b>Know Your Rights workshop</b> with an immigration attorney, 2 pm.</p></li>
<li><h3><time datetime="2025-12-13">Sat, Dec 13</time></h3><p><b>Toy wrapping night</b> &mdash; 12 of 12 volunteers signed up. We&rsquo;re full, thank you!</p></li>
<li><h3><time datetime="2025-12-18">Thu, Dec 18</time></h3><p><b>Cookie boxes for elders</b> &mdash; bakers wanted: three more people to bake four dozen cookies each for the elders&rsquo; gift boxes.</p></li>
<li><h3><time datetime="2025-12-20">Sat, Dec 20</time></h3><p><b>Winter coat giveaway</b> for registered families &mdash; bring your ID and family card.</p></li>
<li><h3>Every Tuesday</h3><p><b>Free legal hour</b> with a volunteer lawyer, 5&ndash;6 pm, by appointment.</p></li>
</ul>
""" + FOOT

PAGES["stories.html"] = head("en", "Stories | Dar Al-Nakhla") + """
<article><h2>The Khaled family&rsquo;s first winter</h2>
<p>Abu Khaled, his wife and their four children arrived from Amman in August. He drives for a dairy outside town; she studies for her GED at night. Their apartment came with beds and nothing else, so the family eats on a blanket on the living-room floor. We are looking for a donated dining table with six chairs, and a 26-inch bicycle for their eldest son, who walks two miles to the high school.</p>
<p>Call Rana at <span dir="ltr">555-0185</span> if you can help.</p></article>
<article><h2>Umm Sami&rsquo;s kitchen</h2>
<p>Umm Sami started catering out of our kitchen in 2023. This summer she opened her own food truck at the Vergas Long Lake beach.</p></article>
<p><a href="/index.html">Read our summer newsletter</a></p>
""" + FOOT

PAGES["ar/index.html"] = head("ar", "دار النخلة للأسرة — فيرغاس", rtl=True) + """
<h1>دار النخلة للأسرة — فيرغاس</h1>
<p>أهلاً وسهلاً. نخدم العائلات العربية في فيرغاس ومنطقة البحيرات منذ عام 2019.</p>
<h2>كيف يمكنك المساعدة؟</h2>
<details open><summary>مترجم عربي–إنجليزي للمواعيد الطبية</summary>
<p>نحتاج إلى مترجم يرافق الأمهات إلى المواعيد الطبية في ديترويت ليكس صباح الأربعاء. يجب إتقان اللغتين.</p></details>
<details><summary>متطوعات لتعليم الخياطة</summary>
<p>نبحث عن سيدتين تجيدان الخياطة لتعليم مجموعة من النساء يوم الإثنين بعد الظهر. الماكينات متوفرة.</p></details>
<details><summary>سائق للمدرسة العربية يوم السبت</summary>
<p>تم العثور على سائق، شكراً لكم! لا نحتاج إلى سائقين آخرين هذا الفصل.</p></details>
<details><summary>معلم رياضيات لطلاب الثانوية</summary>
<p>طلابنا في الصفين العاشر والحادي عشر يحتاجون إلى معلم رياضيات متطوع مساء الخميس، ساعة واحدة في الأسبوع.</p></details>
<h2>تبرعات نحتاجها الآن</h2>
<ul><li>حفاضات (المقاسات 4 و5 و6)</li><li>حليب أطفال</li><li>مناديل مبللة</li></ul>
<h2>الأثاث</h2>
<p>المخزن ممتلئ. لم نعد بحاجة إلى الأثاث حتى الربيع، شكراً لكرمكم.</p>
<h2>إفطار رمضان الجماعي</h2>
<p>كل ليلة سبت في رمضان، في قاعة المركز. الجميع مدعوون.</p>
<p>ساعات العمل: من الإثنين إلى الخميس، من 10 صباحاً حتى 6 مساءً.</p>
""" + FOOT

PAGES["internal/planning.html"] = head("en", "Staff planning (internal)") + """
<h1>Staff planning &mdash; internal</h1>
<ul>
<li>Need a volunteer grant writer for the community foundation application (due Jan 15).</li>
<li>Ask the mosque whether they can give us a second freezer.</li>
<li>Board seat open &mdash; find someone with HR experience.</li>
</ul>
""" + FOOT

ROBOTS = """User-agent: *
Disallow: /internal/
Disallow: /assets/drafts/
"""

PDFS = {
    "forms/volunteer-intake.pdf": ("Dar Al-Nakhla - Volunteer Intake Form", [
        ("title", "Dar Al-Nakhla Family Center - Volunteer Intake Form"),
        ("p", "Name: ______________________  Phone: ______________  Email: ______________________"),
        ("p", "Languages you speak: ______________________"),
        ("h", "Which of these can you help with right now?"),
        ("p", "[ ] Handyman for small repairs in newcomer apartments - doors, blinds, faucets. Bring your own tools."),
        ("p", "[ ] Arabic-English reading buddy for kindergarten kids, Thursdays 3-4 pm."),
        ("p", "[X] Warehouse driver - POSITION FILLED, please do not check."),
        ("h", "Returning this form"),
        ("p", "Drop it at the front desk or email a photo to volunteer@daralnakhla-vergas.org. A background check is required for anyone working with children."),
    ]),
}

P_IDX, P_CAL, P_ST, P_AR, P_PDF, P_INT = ("index.html", "calendar.html", "stories.html", "ar/index.html",
                                          "forms/volunteer-intake.pdf", "internal/planning.html")
NEEDS = [
    need(P_IDX, ["landlord"], "other", "en", layout="alert_banner", note="asks for a rental, not a gift"),
    need(P_IDX, ["mentors for newcomer teens", "mentor"], "volunteer", "en", layout="cards"),
    need(P_CAL, ["sorters", "warehouse sort day"], "volunteer", "en", layout="agenda_calendar"),
    need(P_CAL, ["bakers wanted", "cookie boxes"], "volunteer", "en", layout="agenda_calendar"),
    need(P_ST, ["dining table"], "donation", "en", layout="story", note="table + chairs + bicycle = one need"),
    need(P_AR, ["مترجم"], "skilled", "ar", ["ar", "en"], layout="accordion"),
    need(P_AR, ["الخياطة"], "skilled", "ar", layout="accordion"),
    need(P_AR, ["معلم رياضيات"], "skilled", "ar", layout="accordion"),
    need(P_AR, ["تبرعات نحتاجها", "حفاضات"], "donation", "ar", layout="wish_list"),
    need(P_PDF, ["handyman"], "skilled", "en", layout="pdf_form_checkbox"),
    need(P_PDF, ["reading buddy"], "volunteer", "en", ["ar", "en"], layout="pdf_form_checkbox"),
]
TRAPS = [
    trap(P_IDX, "service", ["arabic saturday school"]),
    trap(P_IDX, "event", ["iftar nights"]),
    trap(P_IDX, "hours", ["center hours"]),
    trap(P_CAL, "event", ["community dinner"]),
    trap(P_CAL, "event", ["know your rights"]),
    trap(P_CAL, "filled", ["toy wrapping"], "12 of 12 signed up"),
    trap(P_CAL, "service", ["coat giveaway"]),
    trap(P_CAL, "service", ["free legal hour"]),
    trap(P_ST, "bio", ["umm sami"]),
    trap(P_ST, "blog", ["summer newsletter"]),
    trap(P_AR, "filled", ["سائق"], "'تم العثور على سائق'"),
    trap(P_AR, "filled", ["الأثاث"], "'المخزن ممتلئ. لم نعد بحاجة'"),
    trap(P_AR, "event", ["إفطار رمضان"]),
    trap(P_AR, "hours", ["ساعات العمل"]),
    trap(P_PDF, "filled", ["warehouse driver"], "[X] POSITION FILLED"),
    trap(P_PDF, "how_to_apply", ["returning this form"]),
    trap(P_INT, "robots", ["grant writer"]),
    trap(P_INT, "robots", ["second freezer"]),
    trap(P_INT, "robots", ["board seat"]),
]
