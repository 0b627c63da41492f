from common import N, T

SLUG = "carver-hoi-tuong-tro-viet"

HEAD = """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{title} - Hội Tương Trợ Người Việt Carver</title>
<link rel="stylesheet" href="/wp-content/themes/twentytwentyone/style.css?ver=2.1">
</head>
<body class="page-template-default page">
<div id="page" class="site">
<header id="masthead" class="site-header">
 <div class="site-branding"><p class="site-title"><a href="/">Hội Tương Trợ Người Việt Carver</a></p>
 <p class="site-description">Carver Vietnamese Mutual Aid Association</p></div>
 <nav id="site-navigation" class="primary-navigation"><ul id="primary-menu-list" class="menu-wrapper">
  <li class="menu-item"><a href="/">Trang chủ</a></li>
  <li class="menu-item"><a href="/tin-tuc.html">Tin tức</a></li>
  <li class="menu-item"><a href="/lich.html">Lịch</a></li>
  <li class="menu-item"><a href="/faq.html">English / FAQ</a></li>
 </ul></nav>
</header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
"""

FOOT = """
</main></div></div>
<footer id="colophon" class="site-footer">
 <div class="site-info">
  <p>Hội Tương Trợ Người Việt Carver &middot; 211 Broadway St, Carver, MN 55315 &middot; (952) 555-0157</p>
  <p><a href="/forms/tet-festival-volunteers.pdf">Spring Festival volunteer flyer (PDF)</a> &middot; <a href="/ban-dieu-hanh/bien-ban.html">Ban Điều Hành</a></p>
  <p class="powered-by">Proudly powered by WordPress.</p>
 </div>
</footer>
</div>
</body>
</html>
"""

INDEX = HEAD.format(lang="vi", title="Trang chủ") + """
<article class="page type-page">
<header class="entry-header"><h1 class="entry-title">Chào mừng quý vị</h1></header>
<div class="entry-content">
 <p>Hội giúp đỡ các gia đình người Việt ở Carver, Chaska và vùng lân cận từ năm 1996.</p>
 <h2>Cần người giúp / Volunteers needed</h2>
 <figure class="wp-block-table"><table class="bilingual">
  <thead><tr><th>Tiếng Việt</th><th>English</th><th>Tình trạng / Status</th></tr></thead>
  <tbody>
   <tr><td>Dạy kèm tiếng Anh cho các cụ cao niên</td><td>English tutor for our elders</td><td>Cần 2 người / Need 2</td></tr>
   <tr><td>Tài xế đưa các cụ đi chợ</td><td>Grocery ride drivers</td><td>Còn thiếu 3 người / 3 still needed</td></tr>
   <tr><td>Phụ bếp Tết</td><td>Tet kitchen helpers</td><td>Đã đủ người &ndash; cảm ơn! / All filled &ndash; thank you!</td></tr>
   <tr><td>Thủ quỹ (biết sổ sách kế toán)</td><td>Treasurer (bookkeeping skills)</td><td>Đang tìm / Searching</td></tr>
  </tbody>
 </table></figure>
 <h2>Giờ mở cửa</h2>
 <p>Thứ Hai đến Thứ Sáu, 9 giờ sáng &ndash; 3 giờ chiều. Thứ Bảy đóng cửa.</p>
 <div class="wp-block-group donate-box">
  <h3>Ủng hộ Hội</h3>
  <p>Mỗi đóng góp giúp Hội trả tiền thuê văn phòng và tổ chức các lớp học.</p>
  <div class="wp-block-button"><a class="wp-block-button__link" href="https://www.paypal.com/donate/?hosted_button_id=CARVERVIET">Ủng hộ ngay</a></div>
 </div>
</div>
</article>
""" + FOOT

NEWS = HEAD.format(lang="vi", title="Tin tức") + """
<article class="post type-post">
<header class="entry-header"><h1 class="entry-title">Bản tin tháng Mười</h1></header>
<div class="entry-content">
 <p class="teaser"><a href="/tin-tuc.html#phong-van">Phỏng vấn: bác Tư kể chuyện 30 năm ở Minnesota &mdash; đọc tiếp &raquo;</a></p>
 <h2>Thư của Ban Chấp Hành</h2>
 <p>Kính thưa quý hội viên, Tết Trung Thu năm nay có hơn 150 em nhỏ tham dự. Cảm ơn quý vị đã làm lồng đèn và gói bánh.
 <a href="/album/trung-thu-2024.html">Xem hình</a></p>
 <p>Lớp may của hội được tặng 6 máy may nhưng có 3 máy bị hỏng. Chúng tôi đang tìm một người biết sửa máy may, có thể đến một buổi chiều
 để xem giúp. Ngoài ra, hội hiện còn thiếu nồi cơm điện loại lớn và bàn xếp cho các buổi sinh hoạt. Ai có thể tặng, xin liên lạc chị Hạnh.</p>
 <p>Xin nhắc quý vị: lớp quốc tịch vẫn học chiều Chủ Nhật như thường lệ.</p>
 <h2>Câu chuyện của bà Lan</h2>
 <p>Bà Lan năm nay 84 tuổi, sống một mình từ khi ông mất. Con cái ở xa, bà không lái xe, đầu gối lại yếu nên đi chợ rất khó.
 Bà chỉ mong có một người đến thăm mỗi tuần, mua giúp ít đồ ăn và ngồi trò chuyện với bà một chút. Nếu quý vị ở gần Carver và
 có thể giúp bà, xin gọi cho văn phòng hội.</p>
 <h2 id="phong-van">Phỏng vấn bác Tư</h2>
 <p>Bác Tư đến Minnesota năm 1995 và làm ở nhà máy Jonathan suốt 20 năm&hellip;</p>
</div>
</article>
""" + FOOT

FAQ = HEAD.format(lang="en", title="FAQ") + """
<article class="page type-page">
<header class="entry-header"><h1 class="entry-title">Frequently asked questions</h1></header>
<div class="entry-content">
 <div class="faq-item"><h3>Can I volunteer if I don't speak Vietnamese?</h3>
 <p>Yes! Right now we need someone who knows WordPress to rebuild our website and keep the events calendar up to date. A few hours a month is plenty.</p></div>
 <div class="faq-item"><h3>Do you offer citizenship classes?</h3>
 <p>Yes. Our citizenship class meets Sunday afternoons at 2 pm. It is free for members and non-members.</p></div>
 <div class="faq-item"><h3>How do I become a member?</h3>
 <p>Fill out the membership card at the office and pay $20 in yearly dues. Members vote at the annual meeting.</p></div>
 <div class="faq-item"><h3>Are you hiring?</h3>
 <p>We have one paid position open: a part-time case aide ($19 an hour) who helps families with benefits paperwork. Send a r&eacute;sum&eacute; to the office.</p></div>
 <div class="faq-item"><h3>Where does my donation go?</h3>
 <p>Mostly to rent, utilities and the Spring Festival. Every gift is tax-deductible.</p></div>
</div>
</article>
""" + FOOT

_cells = {
    8: "Khám sức khỏe miễn phí<br>10 giờ &ndash; 2 giờ",
    11: "Họp Ban Chấp Hành, 7 giờ tối",
    21: "<strong>Mừng Xuân Bính Ngọ</strong><br>5 giờ chiều, trường tiểu học",
    22: "Cần 6 người dọn dẹp hội trường sau buổi Mừng Xuân, 9 giờ sáng. Gọi chị Hạnh.",
}
_rows = []
_d = 1
while _d <= 28:
    tds = ""
    for i in range(7):
        day = _d + i
        tds += '<td><span class="day">%d</span>%s</td>' % (day, ("<br>" + _cells[day]) if day in _cells else "")
    _rows.append("  <tr>" + tds + "</tr>")
    _d += 7

CAL = HEAD.format(lang="vi", title="Lịch") + """
<article class="page type-page">
<header class="entry-header"><h1 class="entry-title">Lịch sinh hoạt tháng Hai 2026</h1></header>
<div class="entry-content">
 <table class="calendar">
  <tr><th>CN</th><th>T2</th><th>T3</th><th>T4</th><th>T5</th><th>T6</th><th>T7</th></tr>
""" + "\n".join(_rows) + """
 </table>
 <p>Lớp quốc tịch: mỗi Chủ Nhật, 2 giờ chiều.</p>
</div>
</article>
""" + FOOT

BOARD = HEAD.format(lang="vi", title="Biên bản") + """
<article class="page type-page">
<header class="entry-header"><h1 class="entry-title">Biên bản họp Ban Điều Hành (nội bộ)</h1></header>
<div class="entry-content"><ul>
 <li>Tìm người tình nguyện sơn lại văn phòng trước Tết.</li>
 <li>Xin nhà thờ cho mượn xe van để đưa các cụ đi chơi.</li>
 <li>Cần thêm người dạy lớp quốc tịch từ tháng Ba.</li>
</ul></div>
</article>
""" + FOOT

PAGES = {
    "index.html": INDEX,
    "tin-tuc.html": NEWS,
    "faq.html": FAQ,
    "lich.html": CAL,
    "ban-dieu-hanh/bien-ban.html": BOARD,
}

ROBOTS = """User-agent: *
Disallow: /wp-admin/
Allow: /wp-admin/admin-ajax.php
Disallow: /ban-dieu-hanh/
"""

PDFS = {
    "forms/tet-festival-volunteers.pdf": ("Spring Festival Volunteers - Carver Vietnamese Mutual Aid", [
        ("title", "CARVER VIETNAMESE MUTUAL AID ASSOCIATION"),
        ("title", "Spring Festival 2026 - Volunteer Flyer"),
        ("p", "Mung Xuan - Saturday, February 21, 2026, 5 pm, Carver Elementary gym. Food, lion dance, music and "
              "lucky money for the children."),
        ("h", "Setup and teardown crew"),
        ("p", "We need 10 strong helpers to carry tables, hang lanterns and set up the stage from 1 to 4 pm, and to "
              "stack chairs and sweep after the show ends around 9 pm."),
        ("h", "Lion dance team"),
        ("p", "Our lion dance team is full this year - thank you to the Chaska youth group!"),
        ("h", "To sign up"),
        ("p", "Call Hanh at (952) 555-0157 or write your name on the list at the office."),
    ]),
}

NEEDS = [
    N("index.html", ["dạy kèm tiếng anh", "english tutor"], "skilled", "vi", ["en"], layout="bilingual_table"),
    N("index.html", ["tài xế đưa các cụ đi chợ", "grocery ride drivers"], "volunteer", "vi", layout="bilingual_table"),
    N("index.html", ["thủ quỹ", "treasurer"], "skilled", "vi", layout="bilingual_table"),
    N("tin-tuc.html", ["sửa máy may"], "skilled", "vi", layout="newsletter_buried"),
    N("tin-tuc.html", ["nồi cơm điện", "bàn xếp"], "donation", "vi", layout="newsletter_buried", note="'còn thiếu' = still short of"),
    N("tin-tuc.html", ["bà lan", "đến thăm mỗi tuần"], "volunteer", "vi", ["vi"], layout="story"),
    N("faq.html", ["wordpress", "rebuild our website"], "skilled", "en", layout="faq_answer"),
    N("lich.html", ["dọn dẹp hội trường"], "volunteer", "vi", layout="calendar"),
    N("forms/tet-festival-volunteers.pdf", ["setup and teardown crew", "setup and teardown"], "volunteer", "en", layout="pdf"),
]

TRAPS = [
    T("index.html", "filled", ["phụ bếp tết", "tet kitchen helpers"], "Đã đủ người"),
    T("index.html", "hours", ["giờ mở cửa"]),
    T("index.html", "general_appeal", ["ủng hộ hội"]),
    T("tin-tuc.html", "blog", ["phỏng vấn"]),
    T("tin-tuc.html", "recap", ["tết trung thu"]),
    T("faq.html", "service", ["citizenship class"]),
    T("faq.html", "how_to_apply", ["become a member"]),
    T("faq.html", "job", ["case aide"]),
    T("faq.html", "general_appeal", ["where does my donation go"]),
    T("lich.html", "service", ["khám sức khỏe miễn phí"]),
    T("lich.html", "event", ["họp ban chấp hành"]),
    T("lich.html", "event", ["mừng xuân bính ngọ"]),
    T("forms/tet-festival-volunteers.pdf", "event", ["mung xuan"]),
    T("forms/tet-festival-volunteers.pdf", "filled", ["lion dance team"], "full this year"),
    T("forms/tet-festival-volunteers.pdf", "how_to_apply", ["to sign up"]),
    T("ban-dieu-hanh/bien-ban.html", "robots", ["sơn lại văn phòng"]),
    T("ban-dieu-hanh/bien-ban.html", "robots", ["mượn xe van"]),
    T("ban-dieu-hanh/bien-ban.html", "robots", ["dạy lớp quốc tịch"]),
]
