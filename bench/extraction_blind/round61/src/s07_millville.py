"""Site 7: Millville Area Public Library. Drupal-ish municipal site, English + Vietnamese page."""
from common import N, T

SLUG = "millville-area-public-library"


def _page(lang, title, body):
    return """<!DOCTYPE html>
<html lang="%s" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="Generator" content="Drupal 9 (https://www.drupal.org)">
<title>%s | Millville Area Public Library</title>
<link rel="stylesheet" media="all" href="/themes/custom/mapl/css/style.css?sf2k1">
<style>.vgrid{display:grid;grid-template-columns:1fr 1fr 1fr;gap:18px}.vcard{background:#f4f7fa;padding:14px;border-top:4px solid #2a6f97}
.vcard.is-filled{opacity:.6}.pill{background:#555;color:#fff;font-size:11px;padding:2px 6px;margin-left:6px}.vtitle{font-weight:700;font-size:1.15rem}</style>
</head>
<body class="path-node page-node-type-page">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas">
<header role="banner"><div class="region region-header">
<a href="/" class="site-logo"><img src="/themes/custom/mapl/logo.svg" alt="Millville Area Public Library"></a>
<nav role="navigation" class="menu--main"><ul class="menu">
<li class="menu-item"><a href="/">Home</a></li>
<li class="menu-item"><a href="/catalog/new-arrivals.html">New Arrivals</a></li>
<li class="menu-item"><a href="/volunteer.html">Volunteer</a></li>
<li class="menu-item"><a href="/donate.html">Donate</a></li>
<li class="menu-item"><a href="/tieng-viet.html">Tiếng Việt</a></li>
</ul></nav></div></header>
<main role="main"><a id="main-content" tabindex="-1"></a>
<div class="layout-content">
%s
</div></main>
<footer role="contentinfo"><div class="region region-footer">
<p>Millville Area Public Library &middot; 85 Prospect St, Millville, MN 55957 &middot; (507) 555-0124 &middot; ask@millvillelibrary.example.org</p>
<p>Part of the Southeastern Libraries Cooperating network. &middot; <a href="/staff/schedule.html">Staff</a></p>
</div></footer>
</div>
</body>
</html>
""" % (lang, title, body)


PAGES = {}

PAGES["index.html"] = _page("en", "Home", """
<h1>Welcome to your library</h1>
<div class="block block-hours">
<h2>Library hours</h2>
<table><tr><td>Mon, Wed</td><td>12&ndash;7 pm</td></tr><tr><td>Tue, Thu</td><td>10 am&ndash;5 pm</td></tr><tr><td>Sat</td><td>9 am&ndash;noon</td></tr><tr><td>Fri, Sun</td><td>Closed</td></tr></table>
</div>
<div class="block">
<h2>At the library</h2>
<p>Free Wi-Fi (even in the parking lot), printing and faxing, ESL conversation circles on Thursdays, passport photos, mobile hotspots to borrow, and a seed library every spring.</p>
</div>
<div class="block">
<h2>Friends of the Library Book Sale</h2>
<p>September 12&ndash;13 in the community room. Hardcovers $1, paperbacks 50&cent;, bag day on Saturday. Read all about it in the <a href="/friends-newsletter.pdf">Friends summer newsletter (PDF)</a>.</p>
</div>
<div class="block">
<h2>Become a Friend</h2>
<p>Friends memberships start at $15 and pay for summer reading prizes and museum passes.</p>
</div>
<div class="block block-blog">
<h2>Staff picks: 10 books about helping your neighbors</h2>
<p>From &ldquo;The Library Book&rdquo; to &ldquo;Braiding Sweetgrass,&rdquo; here are the books our staff keep pressing into patrons' hands&hellip;</p>
</div>
""")

PAGES["volunteer.html"] = _page("en", "Volunteer", """
<h1>Volunteer at the library</h1>
<p>Our volunteers give about 1,500 hours a year. Here is where we could use you now.</p>
<div class="vgrid">
<div class="vcard"><h3>Homebound Book Delivery</h3><p>Bring a bag of books every other week to patrons who can't get out. Own car needed; routes are in Millville, Elgin and Plainview.</p><div class="status">Open</div></div>
<div class="vcard"><div class="vtitle">Tech Help Desk (Tuesdays)</div><p>Help patrons set up email, phones and telehealth apps, 1&ndash;3 pm. Patience matters more than expertise.</p><div class="status">Open</div></div>
<div class="vcard is-filled"><strong>Seed Library Sorter</strong><span class="pill">FILLED</span><p>Packet and label donated seeds in February.</p></div>
<div class="vcard"><h4>Adult Literacy Tutor</h4><p>Meet one-on-one with an adult learner twice a week. We train you: 12 hours over two Saturday workshops.</p><div class="status">Open</div></div>
<div class="vcard"><h3>Shelf Reader</h3><p>We have enough shelf readers for now &mdash; check back in the fall.</p></div>
<div class="vcard"><h3>Library Page</h3><p>Paid position, $12.50/hr, ages 16+. Shelving and checking in returns, 8&ndash;10 hours a week. Apply with the City of Millville.</p></div>
</div>
<p><strong>How to start:</strong> Volunteer applications are at the front desk. Volunteers under 16 need a parent's signature.</p>
""")

PAGES["donate.html"] = _page("en", "Donate", """
<h1>Donate</h1>
<h2>Our wish list</h2>
<ul>
<li>Children's board books in Spanish, Somali and Vietnamese</li>
<li>Large-print mysteries and westerns</li>
<li>Jigsaw puzzles, 500&ndash;1000 pieces (all pieces, please!)</li>
</ul>
<h2>Seeking: a donated laminator</h2>
<p>Ours died in the middle of storytime. A 12-inch pouch laminator would do nicely.</p>
<h2>We do not accept</h2>
<ul><li>Encyclopedias</li><li>Textbooks older than 5 years</li><li>Magazines</li><li>VHS tapes</li></ul>
<h2>Memorial gifts</h2>
<p>A gift in memory of a loved one buys a new book with a bookplate in their name.</p>
""")

PAGES["tieng-viet.html"] = _page("vi", "Tiếng Việt", """
<h1>Thư viện Millville &mdash; Thông tin bằng tiếng Việt</h1>
<h2>Thẻ thư viện miễn phí</h2>
<p>Mọi cư dân trong vùng đều có thể làm thẻ thư viện miễn phí. Chỉ cần mang giấy tờ có địa chỉ.</p>
<h2>Giờ mở cửa</h2>
<p>Thứ Hai, thứ Tư: 12 giờ trưa &ndash; 7 giờ tối. Thứ Ba, thứ Năm: 10 giờ sáng &ndash; 5 giờ chiều. Thứ Bảy: 9 giờ &ndash; 12 giờ trưa.</p>
<h2>Tìm người đọc truyện tiếng Việt</h2>
<p>Chúng tôi muốn mở giờ kể chuyện song ngữ Việt&ndash;Anh cho thiếu nhi vào sáng thứ Bảy. Cần một người tình nguyện đọc truyện bằng tiếng Việt, mỗi tháng hai lần.</p>
<h2>Xin tặng sách tiếng Việt cho thiếu nhi</h2>
<p>Sách tranh, truyện cổ tích, sách học chữ cái. Sách cũ còn tốt cũng được.</p>
<h2>Lớp máy tính bằng tiếng Việt</h2>
<p>Chúng tôi đã tìm được người dạy lớp máy tính, xin cảm ơn quý vị! Lớp bắt đầu ngày 5 tháng 10.</p>
""")

PAGES["staff/schedule.html"] = _page("en", "Staff schedule", """
<h1>Staff schedule (internal)</h1>
<ul>
<li>Desk coverage: need a sub for Tuesday 4&ndash;8 pm, weeks of Oct 6 and Oct 13.</li>
<li>Saturday opener needed while Jan is on leave.</li>
<li>Reminder: inventory the hotspots before Friday.</li>
</ul>
""")

ROBOTS = """#
# robots.txt
#
User-agent: *
Disallow: /staff/
Disallow: /core/
Disallow: /user/login
"""

PDFS = {
    "friends-newsletter.pdf": ("Friends of the Millville Area Library - Summer Newsletter", [
        ("title", "Friends of the Millville Area Library"),
        ("p", "Summer Newsletter"),
        ("h", "Meet our new president"),
        ("p", "Gail Brekke retired after 31 years of teaching 4th grade in Plainview. She has been a Friend since 1998 and runs the book sale with military precision."),
        ("h", "Thank you!"),
        ("p", "The spring sale raised $2,340, which paid for the summer reading prizes and two new museum passes. One more thing: our website has not been updated since 2019. If you know your way around a simple website builder and could give us a few hours this fall, please call Gail at (507) 555-0125."),
        ("h", "Fall Book Sale"),
        ("p", "September 12-13 in the community room. Members' preview Thursday evening."),
    ]),
}

_V, _D, _VI, _S, _P = "volunteer.html", "donate.html", "tieng-viet.html", "staff/schedule.html", "friends-newsletter.pdf"

NEEDS = [
    N(_V, ["homebound book delivery"], "volunteer", "en", layout="role_cards"),
    N(_V, ["tech help desk"], "volunteer", "en", layout="role_cards", note="title in a div"),
    N(_V, ["adult literacy tutor"], "skilled", "en", layout="role_cards", note="title in h4"),
    N(_D, ["our wish list", "large-print mysteries"], "donation", "en", layout="wish_list"),
    N(_D, ["laminator"], "donation", "en", layout="seeking"),
    N(_VI, ["người đọc truyện tiếng việt"], "skilled", "vi", ["vi"], layout="heading_paragraph"),
    N(_VI, ["sách tiếng việt cho thiếu nhi"], "donation", "vi", layout="heading_paragraph"),
    N(_P, ["website builder"], "skilled", "en", layout="pdf", note="buried in newsletter thank-you paragraph"),
]

TRAPS = [
    T("index.html", "hours", ["library hours"]),
    T("index.html", "service", ["free wi-fi"]),
    T("index.html", "event", ["book sale"]),
    T("index.html", "general_appeal", ["become a friend"]),
    T("index.html", "blog", ["staff picks"]),
    T(_V, "filled", ["seed library sorter"], "FILLED pill"),
    T(_V, "filled", ["shelf reader"], "'We have enough shelf readers for now'"),
    T(_V, "job", ["library page"]),
    T(_V, "how_to_apply", ["volunteer applications are at the front desk"]),
    T(_D, "not_accepted", ["encyclopedias", "we do not accept"]),
    T(_D, "general_appeal", ["memorial gifts"]),
    T(_VI, "service", ["thẻ thư viện miễn phí"]),
    T(_VI, "hours", ["giờ mở cửa"]),
    T(_VI, "filled", ["lớp máy tính"], "'đã tìm được người'"),
    T(_S, "robots", ["desk coverage"]),
    T(_S, "robots", ["saturday opener"]),
    T(_P, "bio", ["gail brekke"]),
    T(_P, "recap", ["spring sale raised"]),
    T(_P, "event", ["fall book sale"]),
]
