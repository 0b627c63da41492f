from common import N, T

SLUG = "elgin-hoi-nguoi-viet-zumbro"

HEAD = """<!DOCTYPE html>
<html lang="{lang}" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>{title}</title>
<link href="/templates/cassiopeia/css/template.min.css?4.4.2" rel="stylesheet">
</head>
<body class="site com_content view-article layout-blog">
<header class="header container-header full-width">
  <div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/index.html"><span>Hội Người Việt Thung Lũng Zumbro</span></a></div></div>
  <div class="grid-child container-nav">
    <ul class="mod-menu mod-list nav">
      <li class="nav-item"><a href="/index.html">Trang chủ</a></li>
      <li class="nav-item"><a href="/cong-viec.html">Phân công tình nguyện</a></li>
      <li class="nav-item"><a href="/quyen-gop.html">Quyên góp</a></li>
      <li class="nav-item"><a href="/english.html">English</a></li>
    </ul>
  </div>
</header>
<div class="site-grid"><main class="grid-child container-component">
"""

FOOT = """
</main></div>
<footer class="container-footer footer full-width">
  <div class="grid-child">
    <p>Hội Người Việt Thung Lũng Zumbro &middot; 120 Main St N, Elgin, MN 55932 &middot; 507-555-0175 &middot; lienlac@hoinguoivietzumbro.org</p>
    <p><a href="/ban-tin/fall-newsletter.pdf">Newsletter (PDF)</a> | <a href="/ban-chap-hanh/bien-ban.html">Ban chấp hành</a> | <a href="/tin-tuc/tet-2025.html">Hình ảnh Tết 2025</a></p>
  </div>
</footer>
</body>
</html>
"""

INDEX = HEAD.format(lang="vi", title="Trang chủ - Hội Người Việt Thung Lũng Zumbro") + """
<div class="blog-items">
  <div class="blog-item"><div class="item-content">
    <h2 class="item-title">Chào mừng quý đồng hương</h2>
    <p>Hội được thành lập năm 1996 để giúp đỡ các gia đình Việt Nam ở Elgin, Plainview, Rochester và vùng phụ cận.</p>
  </div></div>
  <div class="blog-item"><div class="item-content">
    <h2 class="item-title">Lớp quốc tịch miễn phí</h2>
    <p>Mỗi tối thứ Ba, 6 giờ đến 8 giờ, tại hội quán. Học 100 câu hỏi thi quốc tịch với thầy cô song ngữ.</p>
  </div></div>
  <div class="blog-item"><div class="item-content">
    <h2 class="item-title">Cần gấp: người dạy tiếng Việt cho thiếu nhi</h2>
    <p>Lớp Việt ngữ sáng Chủ nhật có 38 em nhưng chỉ còn hai thầy cô. Chúng tôi cần thêm người dạy tiếng Việt cho thiếu nhi,
    nhất là lớp các em 6&ndash;8 tuổi. Không cần bằng sư phạm, chỉ cần đọc viết tiếng Việt vững và thương trẻ.</p>
  </div></div>
  <div class="blog-item"><div class="item-content">
    <h2 class="item-title">Đại lễ Vu Lan</h2>
    <p>Chủ nhật, 24 tháng 8, 10 giờ sáng, tại chùa Phổ Quang (Rochester). Kính mời quý đồng hương cùng tham dự.</p>
  </div></div>
  <div class="blog-item"><div class="item-content">
    <h2 class="item-title">Giờ làm việc của văn phòng</h2>
    <p>Thứ Hai, thứ Tư, thứ Sáu: 9 giờ sáng &ndash; 1 giờ chiều.</p>
  </div></div>
</div>
""" + FOOT

CONGVIEC = HEAD.format(lang="vi", title="Phân công tình nguyện - Hội Người Việt") + """
<h1>Bảng phân công tình nguyện tháng Mười</h1>
<p>Xin ghi danh với chị Hạnh (507-555-0175). Ô nào còn trống là Hội đang cần người.</p>
<table class="table table-bordered">
  <thead><tr><th>Công việc</th><th>Ngày giờ</th><th>Người phụ trách</th><th>Tình trạng</th></tr></thead>
  <tbody>
    <tr><td>Nấu ăn trưa cho người cao niên</td><td>Thứ Tư, 9:00 &ndash; 12:30</td><td>Cô Lan</td><td>Còn thiếu 2 người</td></tr>
    <tr><td>Chở người cao niên đi khám bệnh</td><td>Theo lịch hẹn</td><td>Anh Minh, anh Phúc, chị Thu</td><td>Đã đủ người &ndash; cảm ơn!</td></tr>
    <tr><td><s>Dọn dẹp hội trường sau lễ</s></td><td>Chủ nhật</td><td>&mdash;</td><td>Không cần nữa</td></tr>
    <tr><td>Kèm bài tập toán và tiếng Anh cho học sinh</td><td>Thứ Năm, 4:00 &ndash; 6:00</td><td>Thầy Quân</td><td>Cần thêm 1 người</td></tr>
    <tr><td>Trực điện thoại văn phòng</td><td>Thứ Hai &ndash; thứ Sáu</td><td>Anh Tùng, chị Hạnh</td><td>&#10004;</td></tr>
  </tbody>
</table>
<p><em>Họp ban tình nguyện: thứ Bảy 19/10, 3 giờ chiều.</em></p>
""" + FOOT

QUYENGOP = HEAD.format(lang="vi", title="Quyên góp - Hội Người Việt") + """
<h1>Quyên góp</h1>
<h2>Tủ sách thiếu nhi song ngữ</h2>
<p>Chúng tôi đang lập một tủ sách cho các em trong lớp Việt ngữ. Xin quý vị góp:</p>
<ul>
  <li>Sách tranh song ngữ Việt&ndash;Anh</li>
  <li>Truyện cổ tích Việt Nam</li>
  <li>Từ điển Việt&ndash;Anh bỏ túi</li>
</ul>
<h2>Máy may</h2>
<p>Đã nhận được, xin cảm ơn gia đình bác Lâm! Lớp may cho các chị đã có đủ máy.</p>
<h2>Giúp gia đình chị Ngọc</h2>
<p>Ngày 3 tháng 10, căn hộ của chị Ngọc ở Plainview bị cháy bếp. Cả nhà bốn người không ai bị thương, nhưng tủ lạnh, nồi cơm
điện và hầu hết chén bát đều hư hết. Gia đình đang ở tạm nhà người quen. Nếu quý vị có tủ lạnh cũ còn tốt hoặc đồ dùng nhà bếp,
xin liên lạc văn phòng Hội.</p>
<h2>Quỹ cứu trợ bão Yagi</h2>
<p>Năm ngoái, nhờ lòng hảo tâm của quý vị, Hội đã gửi 8.400 đô la về giúp đồng bào miền Bắc.</p>
<h2>Ủng hộ Hội</h2>
<p>Mọi đóng góp tài chính xin gửi chi phiếu đề tên &quot;Hoi Nguoi Viet Zumbro&quot;.</p>
""" + FOOT

ENGLISH = HEAD.format(lang="en", title="English - Zumbro Valley Vietnamese Association") + """
<h1>Zumbro Valley Vietnamese Association</h1>
<p>We are a volunteer-run association for Vietnamese families in Wabasha and Olmsted counties. Neighbors of every background help us.</p>
<h2>How you can help</h2>
<h3>English conversation partners for elders</h3>
<p>Many of our grandparents have lived here for decades but still struggle to talk with their doctors. Spend an hour a week
chatting in English over tea. No teaching background needed &ndash; just patience and clear speech.</p>
<h3>Medicare counselor for open enrollment</h3>
<p>Every fall our seniors get stacks of Medicare mail they cannot sort out. We are looking for a volunteer who understands
Part D and Medicare Advantage plans to sit with them in October and November.</p>
<h2>Citizenship class: how to enroll</h2>
<p>Come to the office with your green card and fill in a short form. Classes start every January and July.</p>
<h2>We are hiring</h2>
<p>Part-time program coordinator, 20 hours a week, $20/hour. Vietnamese and English required.</p>
""" + FOOT

BCH = HEAD.format(lang="vi", title="Biên bản - Ban chấp hành") + """
<h1>Biên bản họp ban chấp hành (nội bộ)</h1>
<ul>
  <li>Cần tìm thợ điện sửa hệ thống đèn hội trường.</li>
  <li>Cần người thiết kế lại trang web của Hội.</li>
  <li>Xin quyên góp một máy chiếu mới cho lớp quốc tịch.</li>
</ul>
""" + FOOT

PAGES = {
    "index.html": INDEX,
    "cong-viec.html": CONGVIEC,
    "quyen-gop.html": QUYENGOP,
    "english.html": ENGLISH,
    "ban-chap-hanh/bien-ban.html": BCH,
}

ROBOTS = """User-agent: *
Disallow: /administrator/
Disallow: /ban-chap-hanh/
Disallow: /tmp/
"""

PDFS = {
    "ban-tin/fall-newsletter.pdf": ("Fall Newsletter - Zumbro Valley Vietnamese Association", [
        ("title", "ZUMBRO VALLEY VIETNAMESE ASSOCIATION"),
        ("title", "Fall Newsletter"),
        ("p", "120 Main St N, Elgin, MN 55932 - 507-555-0175"),
        ("h", "From the president"),
        ("p", "Thank you to everyone who cooked, drove and taught this summer. Our citizenship class had eleven "
              "graduates, and the youth dance group performed at the Rochester Thai-Lao-Viet festival. One item of "
              "business: the state now requires our annual report to include reviewed financial statements, and our "
              "long-time treasurer has retired. We are looking for a volunteer accountant who can review our books "
              "once a year and help us file with the Attorney General's office. Please call the office if you can help."),
        ("h", "Lunar New Year party"),
        ("p", "Saturday, February 14, Elgin-Millville school cafeteria, 5 PM. Dragon dance, food and lucky money for the kids."),
        ("h", "Membership"),
        ("p", "Family membership is $25 per year. Please renew by December 31."),
    ]),
}

NEEDS = [
    N("index.html", ["dạy tiếng việt cho thiếu nhi"], "skilled", "vi", ["vi"], layout="heading_paragraph", note="'cần gấp' = urgent"),
    N("cong-viec.html", ["nấu ăn trưa cho người cao niên"], "volunteer", "vi", layout="shift_table", note="'còn thiếu 2 người'"),
    N("cong-viec.html", ["kèm bài tập", "bài tập toán"], "skilled", "vi", layout="shift_table", note="'cần thêm 1 người'"),
    N("quyen-gop.html", ["tủ sách thiếu nhi", "sách tranh song ngữ"], "donation", "vi", layout="wish_list"),
    N("quyen-gop.html", ["tủ lạnh", "đồ dùng nhà bếp"], "donation", "vi", layout="story", note="house fire story"),
    N("english.html", ["conversation partners"], "volunteer", "en", ["en"], layout="heading_paragraph"),
    N("english.html", ["medicare counselor"], "skilled", "en", layout="heading_paragraph"),
    N("ban-tin/fall-newsletter.pdf", ["volunteer accountant"], "skilled", "en", layout="pdf", note="buried in president's letter"),
]

TRAPS = [
    T("index.html", "service", ["lớp quốc tịch miễn phí"]),
    T("index.html", "event", ["đại lễ vu lan"]),
    T("index.html", "hours", ["giờ làm việc"]),
    T("cong-viec.html", "filled", ["chở người cao niên đi khám bệnh"], "đã đủ người (enough people)"),
    T("cong-viec.html", "filled", ["dọn dẹp hội trường"], "<s> + không cần nữa (no longer needed)"),
    T("cong-viec.html", "filled", ["trực điện thoại văn phòng"], "names + ✔"),
    T("cong-viec.html", "event", ["họp ban tình nguyện"]),
    T("quyen-gop.html", "filled", ["máy may"], "đã nhận được (received)"),
    T("quyen-gop.html", "recap", ["quỹ cứu trợ bão yagi"]),
    T("quyen-gop.html", "general_appeal", ["ủng hộ hội"]),
    T("english.html", "how_to_apply", ["how to enroll"]),
    T("english.html", "job", ["program coordinator"]),
    T("ban-chap-hanh/bien-ban.html", "robots", ["thợ điện"]),
    T("ban-chap-hanh/bien-ban.html", "robots", ["thiết kế lại trang web"]),
    T("ban-chap-hanh/bien-ban.html", "robots", ["máy chiếu"]),
    T("ban-tin/fall-newsletter.pdf", "event", ["lunar new year party"]),
    T("ban-tin/fall-newsletter.pdf", "general_appeal", ["family membership"]),
    T("ban-tin/fall-newsletter.pdf", "recap", ["eleven graduates"]),
]
