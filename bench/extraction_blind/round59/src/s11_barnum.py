"""Barnum: Friends of the Barnum Public Library. Library friends group. English home with an events list and a
buried ask, English <details> accordion of roles, English book-sale page with a do-not-accept list, Arabic page."""
from common import need, trap

SLUG = "barnum-friends-of-the-library"
PAGES, NEEDS, TRAPS = {}, [], []

NAV = """<div class="masthead"><a href="/" class="home">Friends of the Barnum Public Library</a>
<ul class="links"><li><a href="/">Home</a></li><li><a href="/friends.html">Get involved</a></li>
<li><a href="/booksale.html">Spring Book Sale</a></li><li><a href="/ar.html">&#1575;&#1604;&#1593;&#1585;&#1576;&#1610;&#1577;</a></li></ul></div>"""
FOOT = """<div class="colophon"><p>Barnum Public Library &middot; 3785 Main St, Barnum, MN 55707 &middot; (218) 555-0107 &middot; friends@barnumlibrary.example</p>
<p><a href="/friends-board/">Friends board</a> &middot; <a href="/events/2024-author-visit.html">2024 author visit</a></p></div>"""

PAGES["index.html"] = """
<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Friends of the Barnum Public Library</title>
<link rel="stylesheet" href="/theme/friends.css"></head>
<body>
""" + NAV + """
<div class="content">
<div class="col-left">
<h1>A small library with a big heart</h1>
<h2>Library hours</h2>
<p>Mon &amp; Wed 12&ndash;7 &middot; Tue, Thu, Fri 10&ndash;5 &middot; Sat 10&ndash;1</p>
<h2>Notes from the Friends</h2>
<p>The seed library opened last spring and 80 households borrowed seeds &mdash; squash, beans, and more zinnias than
anyone expected. This year we'd like to check seeds out on a laptop instead of the paper binder, so if anyone has a
working laptop (Windows 10 or newer) they could donate, please bring it to the front desk. Thank you as always to
the Carlton County Extension master gardeners for the seeds.</p>
<h2>Meet our librarian</h2>
<p>Ingrid Halverson has run the Barnum library since 2008. Before that she was a school librarian in Moose Lake
and Cloquet. She reads a mystery a week.</p>
</div>
<div class="col-right"><h2>Events</h2>
<ul class="events">
<li><b>Toddler Storytime</b> &ndash; Wednesdays 10:30 am</li>
<li><b>Second Tuesday Book Club</b> &ndash; April: <i>The Round House</i></li>
<li><b>Lego Club</b> &ndash; Saturdays 10:30, ages 6&ndash;12</li>
</ul></div>
</div>
""" + FOOT + """
</body></html>
"""
NEEDS += [
    need("index.html", ["working laptop", "seed library"], "donation", "en", layout="newsletter_buried"),
]
TRAPS += [
    trap("index.html", "hours", ["library hours"]),
    trap("index.html", "bio", ["meet our librarian", "ingrid halverson"]),
    trap("index.html", "event", ["toddler storytime"]),
    trap("index.html", "event", ["second tuesday book club"]),
    trap("index.html", "event", ["lego club"]),
]

PAGES["friends.html"] = """
<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Get involved &ndash; Friends of the Barnum Public Library</title>
<link rel="stylesheet" href="/theme/friends.css"></head>
<body>
""" + NAV + """
<div class="content">
<h1>Get involved</h1>
<p>Tap a heading to read more.</p>
<details><summary>Book sale sorters</summary>
<p>Boxes of donated books pile up in the basement all winter. We need people to sort them by subject and price
them, Monday mornings 9&ndash;11 from now until the sale.</p></details>
<details><summary>Homebound book delivery</summary>
<p>We now have a volunteer for every route &mdash; thank you! We'll post here if a route opens up.</p></details>
<details><summary>Computer help desk</summary>
<p>Tuesdays 1&ndash;3. Help patrons with email, printing, scanning and online job applications. You should be
comfortable with Windows, Gmail and a smartphone.</p></details>
<details><summary>Summer reading teen helpers</summary>
<p>Teens 13 and up: help run the prize table and read with little kids, June through August. Counts toward
school service hours.</p></details>
<details><summary>Become a Friend</summary>
<p>Membership is $10 a year ($25 for a family) and pays for summer reading prizes and the author visit.</p></details>
</div>
""" + FOOT + """
</body></html>
"""
NEEDS += [
    need("friends.html", ["book sale sorters"], "volunteer", "en", layout="accordion"),
    need("friends.html", ["computer help desk"], "skilled", "en", layout="accordion"),
    need("friends.html", ["summer reading teen helpers"], "volunteer", "en", layout="accordion"),
]
TRAPS += [
    trap("friends.html", "filled", ["homebound book delivery"], note="a volunteer for every route"),
    trap("friends.html", "general_appeal", ["become a friend"]),
]

PAGES["booksale.html"] = """
<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Spring Book Sale &ndash; Friends of the Barnum Public Library</title>
<link rel="stylesheet" href="/theme/friends.css"></head>
<body>
""" + NAV + """
<div class="content">
<h1>Spring Book Sale</h1>
<p class="when">Friday, May 9, 4&ndash;7 pm (members' preview) and Saturday, May 10, 9&ndash;2. Barnum Community Hall.
Fill a bag for $5 after noon on Saturday.</p>
<h2>Donating books for the sale</h2>
<p>We welcome gently used books for the sale &mdash; especially children's picture books, paperback fiction and
cookbooks. Leave them in the bin inside the library entrance during open hours.</p>
<h2>What we can't take</h2>
<p>Please do not bring textbooks, encyclopedias, Reader's Digest condensed books, magazines, or anything that has
been stored in a damp basement. We end up paying to throw them away.</p>
<h2>Large-print books for our shelf</h2>
<p>Many of our regular readers are in their eighties. Seeking large-print mysteries and westerns published in the
last ten years for the library's own large-print shelf (these do not go to the sale).</p>
<h2>Last year's sale</h2>
<p>We raised $1,870, which bought two new picture-book bins and paid for the summer reading magician.</p>
</div>
""" + FOOT + """
</body></html>
"""
NEEDS += [
    need("booksale.html", ["gently used books"], "donation", "en", layout="supply_drive"),
    need("booksale.html", ["large-print mysteries", "large-print books"], "donation", "en", layout="seeking"),
]
TRAPS += [
    trap("booksale.html", "event", ["spring book sale", "members' preview"]),
    trap("booksale.html", "filled", ["encyclopedias", "what we can't take"], note="do-not-accept list"),
    trap("booksale.html", "recap", ["last year's sale"]),
]

PAGES["ar.html"] = """
<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head><meta charset="utf-8"><title>مكتبة بارنوم العامة &ndash; العربية</title>
<link rel="stylesheet" href="/theme/friends.css"></head>
<body>
""" + NAV + """
<div class="content">
<h1>أهلاً بكم في مكتبة بارنوم</h1>
<h2>خدمات المكتبة</h2>
<p>بطاقة المكتبة مجانية لكل من يسكن في مقاطعة كارلتون. لدينا كتب باللغة العربية، وحواسيب وإنترنت مجاناً، وطباعة
بعشرة سنتات للصفحة.</p>
<h2>نبحث عن متطوعين ومتبرعين</h2>
<ul>
<li><b>قارئ أو قارئة قصص بالعربية</b> لساعة القصص للأطفال، مرة في الشهر يوم السبت.</li>
<li><b>مترجم متطوع</b> لترجمة لافتات المكتبة وإرشادات استعارة الكتب من الإنجليزية إلى العربية.</li>
<li><b>كتب أطفال باللغة العربية</b> &ndash; قصص مصورة للأعمار من 3 إلى 10 سنوات، جديدة أو مستعملة بحالة جيدة.</li>
<li><b>متطوعون لمجموعة المحادثة بالإنجليزية</b> &ndash; اكتفينا حالياً بعدد المتطوعين، شكراً لكم.</li>
</ul>
</div>
""" + FOOT + """
</body></html>
"""
NEEDS += [
    need("ar.html", ["ساعة القصص", "قارئ أو قارئة قصص"], "skilled", "ar", ["ar"], layout="list"),
    need("ar.html", ["لافتات المكتبة"], "skilled", "ar", ["ar", "en"], layout="list", note="translate signs"),
    need("ar.html", ["كتب أطفال باللغة العربية"], "donation", "ar", layout="list"),
]
TRAPS += [
    trap("ar.html", "service", ["خدمات المكتبة"]),
    trap("ar.html", "filled", ["مجموعة المحادثة"], note="اكتفينا حالياً"),
]

PAGES["friends-board/index.html"] = """
<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Friends board</title></head>
<body>
""" + NAV + """
<div class="content"><h1>Friends board (private)</h1>
<ul><li>Recruit a new treasurer before the annual meeting.</li><li>Ask Carlton Co-op to donate a book cart.</li>
<li>Need someone to redo the Friends brochure in InDesign.</li></ul></div>
""" + FOOT + """
</body></html>
"""
TRAPS += [
    trap("friends-board/index.html", "robots", ["new treasurer"]),
    trap("friends-board/index.html", "robots", ["book cart"]),
    trap("friends-board/index.html", "robots", ["indesign"]),
]

PDFS = {}

ROBOTS = """User-agent: *
Disallow: /friends-board/
"""
