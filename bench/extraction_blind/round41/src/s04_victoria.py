"""Site 4: a Vietnamese lion & dragon dance troupe in Victoria (vi first, one en page, robots /thanh-vien/).
No PDF."""
from common import N, T

SLUG = "victoria-doan-lan-su-rong"
ROBOTS = "User-agent: *\nDisallow: /thanh-vien/\nDisallow: /wp-admin/\n"

def head(lang, title, body_class="page"):
    return """<!DOCTYPE html>
<html lang="%s">
<head>
<meta charset="UTF-8">
<title>%s</title>
<link rel="stylesheet" href="/wp-content/themes/kadence/style.css">
</head>
<body class="%s">
<div class="site-header">
 <div class="site-branding"><a href="/index.html" rel="home">Đoàn Lân Sư Rồng Victoria</a>
 <p class="site-description">Victoria Lion &amp; Dragon Dance Troupe</p></div>
 <nav class="primary-menu"><ul>
  <li class="menu-item"><a href="/index.html">Trang chủ</a></li>
  <li class="menu-item"><a href="/tinh-nguyen.html">Tình nguyện</a></li>
  <li class="menu-item"><a href="/dong-gop.html">Đóng góp hiện vật</a></li>
  <li class="menu-item"><a href="/en/about.html">English</a></li>
 </ul></nav>
</div>
<div class="site-main">
""" % (lang, title, body_class)

FOOT = """
</div>
<footer class="site-footer">
 <div class="footer-widgets">
  <section class="widget"><h2 class="widget-title">Liên lạc</h2><p>Anh Khoa: 952-555-0172 &middot; doanlan.victoria@example.org</p></section>
  <section class="widget"><h2 class="widget-title">Liên kết</h2><ul><li><a href="/thanh-vien/lich-tap.html">Thành viên</a></li><li><a href="/video/tet-at-ty.html">Video Tết Ất Tỵ</a></li></ul></section>
 </div>
 <p class="site-info">&copy; 2025 Đoàn Lân Sư Rồng Victoria &middot; Powered by WordPress</p>
</footer>
</body>
</html>
"""

PAGES = {}

PAGES["index.html"] = head("vi", "Đoàn Lân Sư Rồng Victoria – Trang chủ", "home") + """
<article class="entry">
<h1 class="entry-title">Chào mừng đến với Đoàn Lân Sư Rồng Victoria</h1>
<div class="entry-content">
<p>Thành lập năm 2014, đoàn gồm hơn 30 em thanh thiếu niên gốc Việt ở Victoria, Chaska, Chanhassen và Waconia.
Các em tập luyện mỗi Chủ Nhật từ 2 đến 5 giờ chiều tại phòng thể dục của trường tiểu học Victoria.</p>

<h2 class="wp-block-heading">Lịch biểu diễn sắp tới</h2>
<ul class="wp-block-list">
 <li>Tết Trung Thu &ndash; Thứ Bảy 4/10, công viên Lake Minnetonka Regional Park, 6 giờ chiều</li>
 <li>Tết Nguyên Đán &ndash; Chủ Nhật 15/2/2026, Hội chợ Tết tại Chaska</li>
</ul>

<h2 class="wp-block-heading">Mời đoàn biểu diễn</h2>
<p>Khai trương cửa hàng, đám cưới, lễ hội trường học&hellip; Đoàn nhận biểu diễn quanh vùng Twin Cities.
Xin liên lạc anh Khoa để biết giá.</p>

<div class="wp-block-group donate">
<h2 class="wp-block-heading">Ủng hộ đoàn</h2>
<p>Mọi đóng góp đều giúp các em có trống, đầu lân và đồng phục. <a class="wp-block-button__link" href="https://www.paypal.example.com/doanlan">Ủng hộ qua PayPal</a></p>
</div>
</div>
</article>
""" + FOOT

PAGES["tinh-nguyen.html"] = head("vi", "Tuyển tình nguyện viên – Đoàn Lân Sư Rồng Victoria") + """
<article class="entry">
<h1 class="entry-title">Tuyển tình nguyện viên</h1>
<div class="entry-content">
<p>Đoàn hoàn toàn do phụ huynh và tình nguyện viên điều hành, không ai nhận lương. Mùa Trung Thu và Tết là lúc
đoàn bận nhất, nên chúng tôi rất cần thêm người.</p>

<figure class="wp-block-table"><table>
<caption>Các vị trí (cập nhật tháng 9)</caption>
<thead><tr><th>Vị trí</th><th>Công việc</th><th>Tình trạng</th></tr></thead>
<tbody>
<tr><td>Huấn luyện viên trống</td><td>Dạy các em đánh trống lân theo nhịp truyền thống. Cần biết đánh trống lân.</td><td><strong style="color:#c00">Cần gấp</strong></td></tr>
<tr><td>Thợ may sửa đầu lân</td><td>Khâu lại lông, vải và mắt của 3 đầu lân cũ trước Tết.</td><td>Đang tìm</td></tr>
<tr><td>Tài xế chở dụng cụ</td><td>Có xe bán tải hoặc xe van; chở trống và đầu lân đến nơi biểu diễn.</td><td>Đang tìm (2 người)</td></tr>
<tr><td>Phụ huynh giữ trật tự</td><td>Đi theo đoàn khi biểu diễn, trông chừng các em nhỏ.</td><td>Đang tìm</td></tr>
<tr><td>Nhiếp ảnh</td><td>Chụp hình các buổi biểu diễn.</td><td>Đủ người rồi &ndash; cảm ơn!</td></tr>
<tr><td>Dạy võ cơ bản</td><td>Tập tấn, tập thể lực cho các em mới.</td><td>Tạm ngưng đến mùa xuân</td></tr>
</tbody></table></figure>

<h3 class="wp-block-heading">Buổi họp phụ huynh</h3>
<p>Chủ Nhật 21/9, ngay sau giờ tập, tại phòng thể dục.</p>

<p>Muốn giúp? Hãy điền đơn tình nguyện ở bàn tiếp tân vào Chủ Nhật, hoặc gọi anh Khoa.</p>
</div>
</article>
""" + FOOT

PAGES["dong-gop.html"] = head("vi", "Đóng góp hiện vật – Đoàn Lân Sư Rồng Victoria") + """
<article class="entry">
<h1 class="entry-title">Đóng góp hiện vật</h1>
<div class="entry-content">
<h2 class="wp-block-heading">Chúng tôi đang cần</h2>
<ul class="wp-block-list">
 <li>Một cái trống lân lớn (đường kính 24 inch trở lên)</li>
 <li>Chũm chọe (cymbals) &ndash; 2 cặp</li>
 <li>Vải satin đỏ và vàng để may quần áo biểu diễn</li>
</ul>

<h2 class="wp-block-heading">Chỗ để đồ</h2>
<p>Đoàn đang tìm một nhà để xe hoặc kho nhỏ có thể cho mượn để cất trống và đầu lân trong mùa đông.
Nhà thờ cũ không còn chỗ cho chúng tôi để đồ nữa.</p>

<h2 class="wp-block-heading">Giày tập</h2>
<p>Cảm ơn cô chú! Số giày tập đã quá nhiều, đoàn không nhận thêm nữa.</p>

<p class="has-small-font-size">Năm ngoái, Hội Chợ Tết gây quỹ được 3.200 đô la để mua đầu lân mới. Cảm ơn cộng đồng!</p>
</div>
</article>
""" + FOOT

PAGES["en/about.html"] = head("en", "About – Victoria Lion & Dragon Dance Troupe") + """
<article class="entry">
<h1 class="entry-title">About the Victoria Lion &amp; Dragon Dance Troupe</h1>
<div class="entry-content">
<p>We started in 2014 when a few Vietnamese-American families in Carver County wanted their kids to learn the lion dance
their grandparents knew. Today more than thirty young people, ages 8 to 19, train with us every Sunday.</p>

<h2>Book a performance</h2>
<p>$250 for a 15-minute lion dance within 30 miles of Victoria; dragon dance by arrangement. Email us two months ahead for Lunar New Year.</p>

<h2>Our coaches</h2>
<p>Coach Minh Trần learned lion dance in Sài Gòn in the 1980s. Coach Lan Phạm leads the drum section.</p>

<h2>English-speaking helpers</h2>
<p>Most of our parents are more comfortable in Vietnamese. We are looking for a volunteer grant writer who is
comfortable writing in English, to apply for small arts grants (Minnesota State Arts Board, local Rotary clubs).</p>
<p>We also need someone to run our Facebook and Instagram pages in both languages &mdash; mostly posting photos and
videos after each show.</p>
</div>
</article>
""" + FOOT

PAGES["thanh-vien/lich-tap.html"] = head("vi", "Thành viên – Lịch tập (nội bộ)") + """
<article class="entry">
<h1 class="entry-title">Trang thành viên: lịch tập và việc cần làm</h1>
<div class="entry-content">
<p>Trang này chỉ dành cho thành viên trong đoàn.</p>
<ul>
 <li>Cần phụ huynh nấu ăn cho buổi tập cuối năm (20/12).</li>
 <li>Cần mua thêm 5 bộ đồng phục cho các em mới.</li>
 <li>Cần người sửa mái che di động trước Trung Thu.</li>
</ul>
</div>
</article>
""" + FOOT

PDFS = {}

NEEDS = [
    N("tinh-nguyen.html", ["huấn luyện viên trống"], "skilled", "vi", [], "status_table", "Cần gấp"),
    N("tinh-nguyen.html", ["sửa đầu lân"], "skilled", "vi", [], "status_table", "Đang tìm"),
    N("tinh-nguyen.html", ["tài xế chở dụng cụ"], "volunteer", "vi", [], "status_table", "own truck/van"),
    N("tinh-nguyen.html", ["phụ huynh giữ trật tự"], "volunteer", "vi", [], "status_table"),
    N("dong-gop.html", ["chúng tôi đang cần", "trống lân lớn"], "donation", "vi", [], "wish_list"),
    N("dong-gop.html", ["chỗ để đồ", "kho nhỏ"], "other", "vi", [], "heading_paragraph", "loan of storage space"),
    N("en/about.html", ["grant writer"], "skilled", "en", ["en"], "heading_paragraph"),
    N("en/about.html", ["facebook and instagram"], "skilled", "en", ["vi", "en"], "heading_paragraph",
      "second ask in same section, 'in both languages'"),
]

TRAPS = [
    T("index.html", "event", ["tết trung thu"]),
    T("index.html", "event", ["tết nguyên đán"]),
    T("index.html", "service", ["mời đoàn biểu diễn"]),
    T("index.html", "general_appeal", ["ủng hộ đoàn", "ủng hộ qua paypal"]),
    T("tinh-nguyen.html", "filled", ["nhiếp ảnh"], "Đủ người rồi"),
    T("tinh-nguyen.html", "filled", ["dạy võ cơ bản"], "paused until spring"),
    T("tinh-nguyen.html", "event", ["buổi họp phụ huynh"]),
    T("tinh-nguyen.html", "how_to_apply", ["điền đơn tình nguyện"]),
    T("dong-gop.html", "filled", ["giày tập"], "không nhận thêm nữa"),
    T("dong-gop.html", "recap", ["hội chợ tết gây quỹ"]),
    T("en/about.html", "service", ["book a performance"]),
    T("en/about.html", "bio", ["our coaches"]),
    T("en/about.html", "recap", ["we started in 2014"]),
    T("thanh-vien/lich-tap.html", "robots", ["nấu ăn cho buổi tập cuối năm"]),
    T("thanh-vien/lich-tap.html", "robots", ["5 bộ đồng phục"]),
    T("thanh-vien/lich-tap.html", "robots", ["sửa mái che"]),
]
