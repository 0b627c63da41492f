"""Chua Phuoc Loc, Winsted: Blogger-style Vietnamese temple site, post with buried event-volunteer ask, numbered cong qua list, English <dl>. No PDF."""
from common import need, trap

SLUG = "winsted-chua-phuoc-loc"

ROBOTS = """User-agent: Mediapartners-Google
Disallow:

User-agent: *
Disallow: /search
Disallow: /ban-tri-su/
Allow: /
"""


def shell(lang, title, body, p=""):
    return """<!DOCTYPE html>
<html lang="%(lang)s" class="v2" dir="ltr">
<head>
<meta content="text/html; charset=UTF-8" http-equiv="Content-Type">
<title>Chùa Phước Lộc: %(title)s</title>
<link href="https://www.blogger.com/static/v1/widgets/bundle.css" rel="stylesheet" type="text/css">
</head>
<body class="loading">
<div class="content-outer">
<header><div class="header-outer"><div class="Header widget" id="Header1">
 <h1 class="title"><a href="%(p)sindex.html">Chùa Phước Lộc &ndash; Winsted, Minnesota</a></h1>
 <p class="description"><span>Phước Lộc Buddhist Temple &middot; 221 Baker Avenue, Winsted, MN 55395 &middot; 320-555-0151</span></p>
</div></div></header>
<div class="columns-inner">
<div class="column-center-inner"><div class="main section" id="main">
%(body)s
</div></div>
<div class="column-right-inner"><aside><div class="sidebar section" id="sidebar-right-1">
 <div class="widget PageList" id="PageList1"><h2>Trang</h2><div class="widget-content"><ul>
  <li><a href="%(p)sindex.html">Trang chủ</a></li>
  <li><a href="%(p)scong-qua.html">Công quả</a></li>
  <li><a href="%(p)skhoa-tu.html">Khóa tu</a></li>
  <li><a href="%(p)senglish.html">English</a></li>
 </ul></div></div>
 <div class="widget HTML" id="HTML2"><h2>Giờ mở cửa chánh điện</h2><div class="widget-content">
  Hằng ngày 8 giờ sáng &ndash; 6 giờ chiều.<br>Tụng kinh sáng Chủ Nhật lúc 9 giờ.</div></div>
</div></aside></div>
</div>
<footer><div class="footer-outer">
 <div class="widget Attribution"><a href="%(p)sban-tri-su/index.html">Ban Trị Sự</a> &middot; Powered by Blogger</div>
</div></footer>
</div>
</body>
</html>
""" % {"lang": lang, "title": title, "body": body, "p": p}


INDEX = shell("vi", "Trang chủ", """
<div class="blog-posts hfeed">
<div class="date-outer"><h2 class="date-header"><span>Thứ Hai, 16 tháng 6, 2025</span></h2>
<div class="post-outer"><div class="post hentry">
 <h3 class="post-title entry-title"><a href="index.html#vu-lan">Thông báo Lễ Vu Lan 2025</a></h3>
 <div class="post-body entry-content">
  <p>Lễ Vu Lan báo hiếu sẽ được cử hành vào Chủ Nhật, ngày 7 tháng 9 năm 2025, lúc 10 giờ sáng. Kính mời quý Phật tử
  và gia đình về chùa tham dự.</p>
  <p>Để chuẩn bị cho ngày lễ, chùa đang cần thêm quý Phật tử phụ bếp (nấu cơm chay cho khoảng 300 người) vào chiều
  thứ Bảy 6/9 và sáng Chủ Nhật. Xin ghi danh với cô Diệu Hạnh sau buổi tụng kinh.</p>
 </div>
</div></div>
</div>

<div class="date-outer"><h2 class="date-header"><span>Thứ Ba, 27 tháng 5, 2025</span></h2>
<div class="post-outer"><div class="post hentry">
 <h3 class="post-title entry-title"><a href="index.html#cam-ta">Cảm tạ</a></h3>
 <div class="post-body entry-content">
  <p>Đại lễ Phật Đản vừa qua có hơn 300 người tham dự. Chùa xin chân thành cảm tạ quý Phật tử đã đóng góp công sức
  và tịnh tài.</p>
 </div>
</div></div>
</div>

<div class="date-outer"><h2 class="date-header"><span>Thứ Sáu, 9 tháng 5, 2025</span></h2>
<div class="post-outer"><div class="post hentry">
 <h3 class="post-title entry-title"><a href="cong-qua.html">Ý nghĩa của công quả</a></h3>
 <div class="post-body entry-content"><p>Công quả không chỉ là làm việc ở chùa&hellip;
 <a href="cong-qua.html">Đọc thêm &raquo;</a></p></div>
</div></div>
</div>

<div class="post-outer"><div class="post hentry">
 <h3 class="post-title entry-title">Cúng dường xây dựng chánh điện mới</h3>
 <div class="post-body entry-content"><p>Mọi sự đóng góp cho quỹ xây dựng chánh điện mới xin gửi về chùa hoặc
 chuyển khoản online. <a href="album/phat-dan-2025.html">Xem hình lễ Phật Đản</a></p></div>
</div></div>
</div>
""")

CONG_QUA = shell("vi", "Công quả", """
<div class="post-outer"><div class="post hentry">
<h3 class="post-title entry-title">Công quả tại chùa</h3>
<div class="post-body entry-content">
<p>Quý Phật tử muốn góp công xin liên lạc thầy trụ trì hoặc gọi số 320-555-0151.</p>
<ol>
 <li><b>Tài xế</b> đưa đón các cụ từ Hutchinson và Glencoe đi chùa sáng Chủ Nhật. Dùng xe riêng; chùa gửi lại tiền
 xăng. <i>(Còn cần 2 người)</i></li>
 <li><b>Dạy tiếng Việt</b> cho các em trong lớp Việt ngữ sáng thứ Bảy, 9&ndash;11 giờ. Cần người đọc và viết tiếng Việt
 thông thạo. <i>(Còn cần 1 thầy hoặc cô)</i></li>
 <li><b>Cắt cỏ và dọn tuyết</b> quanh chùa và bãi đậu xe. Nếu có máy thổi tuyết thì càng tốt.</li>
 <li><del>Sửa mái nhà bếp</del> &mdash; đã có anh Tuấn nhận giúp, xin cảm ơn.</li>
 <li><b>Đánh đàn organ</b> cho ban hợp ca &mdash; hiện tại không cần thêm.</li>
</ol>

<h4>Vật dụng chùa đang thiếu</h4>
<ul>
 <li>Gạo (bao 25 lbs)</li>
 <li>Dầu ăn</li>
 <li>Nhang</li>
 <li>Giấy vệ sinh và khăn giấy</li>
</ul>
<p>Hoa và trái cây cúng Phật: tháng này đã đủ, xin quý vị đừng mang thêm.</p>
</div>
</div></div>
""")

KHOA_TU = shell("vi", "Khóa tu", """
<div class="post-outer"><div class="post hentry">
<h3 class="post-title entry-title">Khóa tu Bát Quan Trai tháng 8</h3>
<div class="post-body entry-content">
<p>Khóa tu Bát Quan Trai sẽ diễn ra từ sáng thứ Bảy 16/8 đến chiều Chủ Nhật 17/8/2025 tại chùa.</p>
<p><b>Ghi danh:</b> điền phiếu ghi danh (có ở bàn tiếp tân) và gửi cho chú Minh trước ngày 1/8. Lệ phí tùy hỷ.</p>
<p>Trong hai ngày khóa tu, chùa cần một y tá hoặc bác sĩ tình nguyện có mặt để giúp khi có người bị mệt hoặc tụt
huyết áp. Xin liên lạc chú Minh nếu quý vị có thể giúp.</p>
<h4>Lớp thiền</h4>
<p>Lớp thiền miễn phí mỗi tối thứ Năm, 7 giờ đến 8 giờ 30, dành cho mọi người.</p>
</div>
</div></div>
""")

ENGLISH = shell("en", "English", """
<div class="post-outer"><div class="post hentry">
<h3 class="post-title entry-title">Welcome &mdash; for English-speaking friends</h3>
<div class="post-body entry-content">
<p>Phuoc Loc Temple is a Vietnamese Buddhist community in the former Winsted Methodist church (built 1898). Visitors
are always welcome.</p>
<p><b>Visiting hours:</b> daily 8 a.m. &ndash; 6 p.m.</p>
<h4>How you can help</h4>
<dl>
 <dt>Grant writer</dt>
 <dd>Help us apply for a historic-preservation grant to repair the bell tower and the stained-glass windows.</dd>
 <dt>Sunday lunch crew</dt>
 <dd>Serve the vegetarian lunch after the Sunday service and wash up, 11:30&ndash;1:30.</dd>
 <dt>Translator for our website (Vietnamese to English)</dt>
 <dd>Taken &mdash; thank you, Linh!</dd>
 <dt>Meditation instruction</dt>
 <dd>Our monks offer free meditation instruction in English on Thursday evenings. All are welcome.</dd>
 <dt>Folding tables</dt>
 <dd>We&rsquo;re short on folding tables for retreat weekends &mdash; about twelve 6-foot tables would do it.</dd>
</dl>
</div>
</div></div>
""")

BAN_TRI_SU = shell("vi", "Ban Trị Sự", """
<div class="post-outer"><div class="post hentry">
<h3 class="post-title entry-title">Ban Trị Sự &ndash; nội bộ</h3>
<div class="post-body entry-content">
<ul>
 <li>Cần thủ quỹ mới từ tháng 9.</li>
 <li>Cần người sửa máy sưởi ở nhà khách.</li>
 <li>Mua thêm ghế cho chánh điện.</li>
</ul>
</div>
</div></div>
""", p="../")

PAGES = {
    "index.html": INDEX,
    "cong-qua.html": CONG_QUA,
    "khoa-tu.html": KHOA_TU,
    "english.html": ENGLISH,
    "ban-tri-su/index.html": BAN_TRI_SU,
}

PDFS = {}

NEEDS = [
    need("index.html", ["phụ bếp"], "volunteer", "vi", layout="newsletter_buried",
         note="kitchen helpers for the festival, second paragraph of an event post"),
    need("cong-qua.html", ["tài xế"], "volunteer", "vi", layout="numbered_list", note="'Còn cần 2 người'"),
    need("cong-qua.html", ["dạy tiếng việt"], "skilled", "vi", ["vi"], layout="numbered_list"),
    need("cong-qua.html", ["dọn tuyết", "cắt cỏ"], "volunteer", "vi", layout="numbered_list"),
    need("cong-qua.html", ["vật dụng", "dầu ăn"], "donation", "vi", layout="wish_list", note="'đang thiếu' list"),
    need("khoa-tu.html", ["y tá", "bác sĩ"], "skilled", "vi", layout="heading_paragraph",
         note="volunteer nurse or doctor on duty at the retreat"),
    need("english.html", ["grant writer"], "skilled", "en", layout="definition_list"),
    need("english.html", ["lunch crew"], "volunteer", "en", layout="definition_list"),
    need("english.html", ["folding tables"], "donation", "en", layout="definition_list"),
]

TRAPS = [
    trap("index.html", "event", ["lễ vu lan"]),
    trap("index.html", "recap", ["phật đản vừa qua"]),
    trap("index.html", "blog", ["ý nghĩa của công quả"]),
    trap("index.html", "hours", ["giờ mở cửa"]),
    trap("index.html", "general_appeal", ["xây dựng chánh điện"]),
    trap("cong-qua.html", "filled", ["sửa mái"], note="struck + 'đã có anh Tuấn nhận'"),
    trap("cong-qua.html", "filled", ["đàn organ"], note="'hiện tại không cần thêm'"),
    trap("cong-qua.html", "filled", ["hoa và trái cây"], note="'đã đủ, xin đừng mang thêm'"),
    trap("khoa-tu.html", "event", ["bát quan trai"]),
    trap("khoa-tu.html", "how_to_apply", ["phiếu ghi danh"]),
    trap("khoa-tu.html", "service", ["lớp thiền"]),
    trap("english.html", "filled", ["translator"], note="Taken"),
    trap("english.html", "service", ["meditation instruction"]),
    trap("english.html", "hours", ["visiting hours"]),
    trap("ban-tri-su/index.html", "robots", ["thủ quỹ"]),
    trap("ban-tri-su/index.html", "robots", ["máy sưởi"]),
    trap("ban-tri-su/index.html", "robots", ["thêm ghế"]),
]
