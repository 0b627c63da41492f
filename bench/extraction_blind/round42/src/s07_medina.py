"""Site 7: Arab-American Mothers Network, Medina (ar + en). Plain hand-written CSS site; meal-train calendar
tables (one open, one fully covered); Arabic RTL announcements as <article> blocks; English Q:/A: FAQ with
needs inside answers; Arabic Ramadan iftar sponsor table; robots-disallowed board notes."""
from common import N, T

SLUG = "medina-arab-american-mothers-network"

NAV = """<nav class="top">
<a href="/">Home</a> | <a href="/meal-train.html">Meal Trains</a> | <a href="/faq.html">FAQ</a> |
<a href="/ar/">العربية</a> | <a href="/ar/ramadan.html">رمضان</a> | <a href="/newsletter/2024-winter.pdf">Winter Newsletter</a>
</nav>"""


def page(lang, title, body, rtl=False):
    d = ' dir="rtl"' if rtl else ""
    return """<!DOCTYPE html>
<html lang="%s"%s>
<head>
<meta charset="utf-8">
<title>%s</title>
<style>
body{font-family:"Noto Sans","Noto Naskh Arabic",Arial,sans-serif;max-width:860px;margin:auto;padding:0 16px;background:#fbf8f3}
nav.top{padding:12px 0;border-bottom:2px solid #b5838d}
table.mt{border-collapse:collapse;width:100%%}table.mt td,table.mt th{border:1px solid #ccc;padding:6px}
.taken{color:#2e7d32}.open{color:#c62828;font-weight:bold}
footer{margin-top:40px;font-size:13px;color:#555;border-top:1px solid #ddd;padding-top:10px}
</style>
</head>
<body>
%s
%s
<footer>Arab-American Mothers Network &middot; Medina, Minnesota &middot; salam@aamothers.example &middot; <a href="/board-notes/">Board notes</a></footer>
</body>
</html>
""" % (lang, d, title, NAV, body)


INDEX = page("en", "Arab-American Mothers Network", """
<h1>Arab-American Mothers Network</h1>
<p>We are Iraqi, Syrian, Sudanese, Yemeni, Palestinian and Lebanese mothers in Medina, Plymouth, Wayzata and Maple Grove who
started meeting at a kitchen table in 2019. Today the network connects more than 70 families: newcomers and those who have been
here thirty years.</p>
<h2>What we do</h2>
<ul>
<li><b>Arabic Story Hour</b> &ndash; Saturdays at 10:30 at the Medina library for children 2&ndash;7.</li>
<li><b>New Mom Circle</b> &ndash; support, tea and practical help for mothers with babies under one year.</li>
<li><b>Meal trains</b> &ndash; when a mother gives birth or is sick, the network brings dinner.</li>
</ul>
<h2>Eid al-Fitr Family Party</h2>
<p>Sunday, March 30, 2&ndash;6 p.m. at the Hamel Community Building. Bouncy house, henna, kunafa. Families from every background welcome.</p>
<h2>Support the network</h2>
<p>We are all volunteers. A gift of any size helps pay for the hall, the story-hour books and emergency groceries.</p>
""")

MEAL = page("en", "Meal Trains", """
<h1>Meal Trains</h1>
<p>Click a date to sign up by text (763-555-0188). Please bring dinner for the whole family by 5:00 p.m. in disposable containers.</p>

<h2>For Umm Yusuf &ndash; welcoming baby #3</h2>
<p>Halal only, and no nuts please (Yusuf has an allergy). The family lives in Plymouth; address sent when you sign up.</p>
<table class="mt">
<tr><th>Day</th><th>Meal</th></tr>
<tr><td>Mon 3/3</td><td class="taken">&#10003; Rania &ndash; chicken biryani</td></tr>
<tr><td>Tue 3/4</td><td class="open">Open</td></tr>
<tr><td>Wed 3/5</td><td class="taken">&#10003; Noor &ndash; maqluba</td></tr>
<tr><td>Thu 3/6</td><td class="open">Open</td></tr>
<tr><td>Fri 3/7</td><td class="open">Open</td></tr>
</table>

<h2>For Sister Huda &ndash; recovering from surgery</h2>
<table class="mt">
<tr><th>Day</th><th>Meal</th></tr>
<tr><td>Sat 3/1</td><td class="taken">&#10003; Layla</td></tr>
<tr><td>Sun 3/2</td><td class="taken">&#10003; The Saleh family</td></tr>
<tr><td>Mon 3/3</td><td class="taken">&#10003; Fatima B.</td></tr>
</table>
<p>All dates are covered &ndash; jazakum Allahu khayran!</p>
""")

AR = page("ar", "شبكة الأمهات العربيات الأمريكيات", """
<h1>شبكة الأمهات العربيات الأمريكيات في ميدينا</h1>
<p>نحن أمهات من العراق وسوريا والسودان واليمن وفلسطين ولبنان، نلتقي منذ عام 2019 لنساعد بعضنا بعضاً.</p>
<p>نحلم بأن يكون لنا يوماً ما مركز خاص بنا، فيه مطبخ كبير وغرفة للأطفال.</p>

<h2>إعلانات</h2>
<article>
<h3>نبحث عن متطوعة لتعليم الخياطة</h3>
<p>حصلنا على ست ماكينات خياطة جديدة، ولكن لا توجد من تعلّم الأمهات. نبحث عن متطوعة تجيد الخياطة لتعليم مجموعة صغيرة مساء كل أربعاء.</p>
</article>
<article>
<h3>عربات أطفال وأسرة أطفال</h3>
<p>وصلت ثلاث عائلات جديدة من السودان هذا الشهر ومعها أطفال رضّع. نحتاج إلى عربات أطفال وأسرة أطفال بحالة جيدة. الرجاء التواصل مع أم أحمد.</p>
</article>
<article>
<h3>مترجمة لمواعيد الطبيب</h3>
<p>نحتاج إلى مترجمة تتحدث العربية والإنجليزية لمرافقة الأمهات الحوامل إلى مواعيدهن في مستشفى ويزاتا، مرتين في الشهر تقريباً.</p>
</article>
<article>
<h3>متطوعات لتغليف هدايا العيد</h3>
<p>اكتمل العدد، جزاكن الله خيراً.</p>
</article>
<article>
<h3>حلقة تحفيظ القرآن للأطفال</h3>
<p>كل سبت من الساعة 11 إلى 12:30 في قاعة مكتبة ميدينا، مجاناً.</p>
</article>
<article>
<h3>للتسجيل في دروس اللغة الإنجليزية</h3>
<p>دروس اللغة الإنجليزية للأمهات تبدأ في أبريل. أرسلي اسمك ورقم هاتفك إلى 763-555-0188.</p>
</article>
<article>
<h3>حفلة عيد الفطر للعائلات</h3>
<p>الأحد 30 مارس، من الساعة 2 إلى 6 مساءً في مبنى هامل المجتمعي.</p>
</article>
""", rtl=True)

RAMADAN = page("ar", "رمضان 1446", """
<h1>إفطار الجمعة الجماعي &ndash; رمضان 1446</h1>
<p>نجتمع كل جمعة من رمضان على إفطار جماعي في مبنى هامل المجتمعي. ترعى كل إفطار عائلة أو أكثر.</p>
<table class="mt">
<tr><th>الليلة</th><th>التاريخ</th><th>الراعي</th></tr>
<tr><td>الجمعة الأولى</td><td>7 مارس</td><td class="taken">عائلة الحسن</td></tr>
<tr><td>الجمعة الثانية</td><td>14 مارس</td><td class="taken">عائلة العبيدي وعائلة محمود</td></tr>
<tr><td>الجمعة الثالثة</td><td>21 مارس</td><td class="open">متاح</td></tr>
<tr><td>الجمعة الرابعة</td><td>28 مارس</td><td class="taken">عائلة صالح</td></tr>
</table>
<p>ما زلنا نبحث عن عائلة أو أكثر لرعاية إفطار الجمعة الثالثة (21 مارس). التكلفة حوالي 600 دولار لـ 120 شخصاً.</p>
<h2>متطوعات لتقديم الطعام</h2>
<p>نحتاج كل جمعة إلى ثماني متطوعات لتجهيز الطاولات وتقديم الطعام وترتيب القاعة بعد الإفطار، من الساعة 6:30 مساءً.</p>
<h2>صلاة التراويح</h2>
<p>تقام صلاة التراويح في مسجد الإحسان في بليموث الساعة 9:15 مساءً.</p>
<h2>زكاة الفطر</h2>
<p>زكاة الفطر هذا العام 15 دولاراً عن كل فرد، تُدفع قبل صلاة العيد.</p>
""", rtl=True)

FAQ = page("en", "FAQ", """
<h1>Frequently Asked Questions</h1>
<h3>Q: Is the network only for Muslims?</h3>
<p>A: No. Several of our mothers are Christian (Chaldean, Coptic, Orthodox), and friends from every background are welcome.</p>
<h3>Q: Can men volunteer?</h3>
<p>A: Yes! Husbands and brothers help a lot with heavy lifting. Right now we especially need a handyman who can assemble cribs, bunk
beds and dressers for newly arrived families &ndash; usually a Saturday job with your own tools.</p>
<h3>Q: Do you collect clothing?</h3>
<p>A: Not anymore. We ran out of storage space, so please take clothes to the Open Arms thrift store in Wayzata instead.</p>
<h3>Q: Do you give cash assistance?</h3>
<p>A: We don&rsquo;t, but we help families apply for Emergency Assistance through Hennepin County and go with them to the appointment.</p>
<h3>Q: What do you need most right now?</h3>
<p>A: Grocery gift cards (Cub, Aldi or Holy Land) for families who are waiting for their first SNAP benefits. $25 cards are perfect.</p>
<h3>Q: How do I join?</h3>
<p>A: Come to any Tuesday morning circle at the Hamel Community Building, or text us. There are no dues.</p>
""")

BOARD = page("en", "Board notes", """
<h1>Board notes (private)</h1>
<ul>
<li>Treasurer needed for 2026 &ndash; Samira is stepping down.</li>
<li>Need a volunteer to renew our Minnesota nonprofit filing.</li>
<li>Grant report for the Medina Lions due April 15 &ndash; who can write it?</li>
</ul>
""")

PAGES = {
    "index.html": INDEX,
    "meal-train.html": MEAL,
    "ar/index.html": AR,
    "ar/ramadan.html": RAMADAN,
    "faq.html": FAQ,
    "board-notes/index.html": BOARD,
}

ROBOTS = """# Please respect the privacy of our board
User-agent: *
Disallow: /board-notes
"""

PDFS = {}

NEEDS = [
    N("meal-train.html", ["umm yusuf"], "donation", "en", layout="meal_train",
      note="3 of 5 dates open; cooked dinners"),
    N("ar/index.html", ["تعليم الخياطة", "الخياطة"], "skilled", "ar", layout="article_blocks"),
    N("ar/index.html", ["عربات أطفال", "أسرة أطفال"], "donation", "ar", layout="article_blocks",
      note="strollers and cribs = one need"),
    N("ar/index.html", ["مترجمة"], "skilled", "ar", ["ar", "en"], layout="article_blocks"),
    N("ar/ramadan.html", ["رعاية إفطار", "الجمعة الثالثة"], "donation", "ar", layout="sponsor_table",
      note="one open iftar night to sponsor"),
    N("ar/ramadan.html", ["متطوعات لتقديم الطعام", "تقديم الطعام"], "volunteer", "ar", layout="heading_paragraph"),
    N("faq.html", ["handyman", "assemble cribs"], "volunteer", "en", layout="faq_answer"),
    N("faq.html", ["grocery gift cards", "gift cards"], "donation", "en", layout="faq_answer"),
]

TRAPS = [
    T("index.html", "service", ["arabic story hour"]),
    T("index.html", "service", ["new mom circle"]),
    T("index.html", "service", ["meal trains"], "description of the program on the home page, no specific train"),
    T("index.html", "event", ["eid al-fitr family party"]),
    T("index.html", "general_appeal", ["support the network"]),
    T("meal-train.html", "filled", ["sister huda"], "all dates covered"),
    T("ar/index.html", "wish", ["مركز خاص بنا"], "dream of a center one day"),
    T("ar/index.html", "filled", ["تغليف هدايا العيد"], "'اكتمل العدد'"),
    T("ar/index.html", "service", ["حلقة تحفيظ القرآن"]),
    T("ar/index.html", "how_to_apply", ["للتسجيل في دروس اللغة الإنجليزية"]),
    T("ar/index.html", "event", ["حفلة عيد الفطر"]),
    T("ar/ramadan.html", "filled", ["الجمعة الأولى"], "sponsored"),
    T("ar/ramadan.html", "filled", ["الجمعة الثانية"], "sponsored"),
    T("ar/ramadan.html", "filled", ["الجمعة الرابعة"], "sponsored"),
    T("ar/ramadan.html", "hours", ["صلاة التراويح"]),
    T("ar/ramadan.html", "general_appeal", ["زكاة الفطر"]),
    T("ar/ramadan.html", "event", ["إفطار الجمعة الجماعي"]),
    T("faq.html", "not_accepted", ["collect clothing"]),
    T("faq.html", "service", ["emergency assistance", "cash assistance"]),
    T("faq.html", "how_to_apply", ["how do i join"]),
    T("board-notes/index.html", "robots", ["treasurer needed"]),
    T("board-notes/index.html", "robots", ["nonprofit filing"]),
    T("board-notes/index.html", "robots", ["grant report"]),
]
