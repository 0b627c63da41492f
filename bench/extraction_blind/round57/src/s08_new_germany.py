"""New Germany: Vietnamese Buddhist temple (Joomla-ish). Vietnamese sign-up table and needs page,
English page, no PDF (Vietnamese is not WinAnsi)."""
from common import need, trap, robots

SLUG = "new-germany-chua-tu-bi"
ROBOTS = robots("/ban-tri-su/")


def shell(title, body, lang="vi"):
    return """<!DOCTYPE html>
<html lang="%s" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>%s - Chùa Từ Bi</title>
<link href="/templates/cassiopeia/css/template.min.css" rel="stylesheet">
</head>
<body class="site com_content view-article">
<header class="header container-header full-width">
  <div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/"><span title="Chùa Từ Bi">Chùa Từ Bi &ndash; New Germany, Minnesota</span></a></div></div>
  <div class="grid-child container-nav">
    <ul class="mod-menu mod-list nav">
      <li class="nav-item"><a href="/">Trang chủ</a></li>
      <li class="nav-item"><a href="/tinh-nguyen.html">Công quả</a></li>
      <li class="nav-item"><a href="/can-giup.html">Chùa cần giúp</a></li>
      <li class="nav-item"><a href="/english.html">English</a></li>
      <li class="nav-item"><a href="/album/tet-at-ty.html">Hình ảnh</a></li>
    </ul>
  </div>
</header>
<div class="site-grid"><main>
<div class="com-content-article item-page">
%s
</div>
</main></div>
<footer class="container-footer footer full-width"><div class="grid-child">
  <p>Chùa Từ Bi &middot; 8810 Hwy 25, New Germany, MN 55367 &middot; (952) 555-0126 &middot; chuatubi.mn@gmail.example</p>
  <p><a href="/ban-tri-su/">Ban Trị Sự</a></p>
</div></footer>
</body>
</html>
""" % (lang, title, body)


INDEX = shell("Trang chủ", """
<div class="page-header"><h1>Nam Mô Bổn Sư Thích Ca Mâu Ni Phật</h1></div>
<p>Chùa Từ Bi là ngôi chùa nhỏ của cộng đồng Phật tử Việt Nam ở miền tây nam Minnesota, được thành lập năm 2003.</p>
<h2>Giờ mở cửa</h2>
<p>Thứ Hai đến Thứ Sáu: 9 giờ sáng &ndash; 5 giờ chiều. Chủ nhật: tụng kinh lúc 10 giờ sáng, sau đó dùng cơm chay.</p>
<h2>Lễ Vu Lan</h2>
<p>Chủ nhật, ngày 7 tháng 9. Lễ bông hồng cài áo, cơm chay trưa. Kính mời quý Phật tử và gia đình về chùa tham dự.</p>
<h2>Lớp tiếng Việt cho thiếu nhi</h2>
<p>Miễn phí, mỗi sáng Thứ Bảy, cho các em từ 6 đến 14 tuổi. Phụ huynh ghi danh tại văn phòng chùa.</p>
<h2>Cúng dường xây chánh điện mới</h2>
<p>Chùa đã gom được 120.000 đô trên tổng số 300.000 đô. Mọi đóng góp xin gửi về Chùa Từ Bi. Nam Mô A Di Đà Phật.</p>
<h2>Bài viết mới</h2>
<p><a href="#bai-viet">«Vì sao tôi đi công quả mỗi tuần?» &ndash; tâm sự của một Phật tử trẻ</a></p>
""")

TINH_NGUYEN = shell("Đăng ký công quả", """
<div class="page-header"><h1>Đăng ký công quả</h1></div>
<p>Xin quý Phật tử ghi tên vào ô còn trống ở bảng tin trong nhà bếp, hoặc gọi cô Hạnh: (952) 555-0126.</p>
<table class="table table-bordered">
<thead><tr><th>Công việc</th><th>Thời gian</th><th>Người đã ghi tên</th><th>Tình trạng</th></tr></thead>
<tbody>
<tr><td>Nấu cơm chay trưa Chủ nhật</td><td>Chủ nhật, 7 giờ sáng</td><td>Cô Hạnh, chú Tâm</td><td>Thiếu 2 người</td></tr>
<tr><td>Dọn dẹp chánh điện</td><td>Thứ Bảy</td><td>Anh Phúc, chị Mai, cô Liên</td><td>Đủ rồi, cám ơn</td></tr>
<tr><td>Đưa đón các cụ đi chùa</td><td>Chủ nhật</td><td>&mdash;</td><td>Chưa có ai</td></tr>
<tr><td>Dạy kèm toán cho học sinh trung học</td><td>Thứ Tư, 6&ndash;8 giờ tối</td><td>Thầy Minh</td><td>Thiếu 1 người</td></tr>
<tr><td>Trực điện thoại</td><td>Thứ Hai &ndash; Thứ Sáu</td><td>&mdash;</td><td>Không cần nữa (chùa đã có hộp thư thoại)</td></tr>
<tr><td>Cắm hoa bàn thờ</td><td>Thứ Sáu</td><td>Chị Thảo, chị Ngọc</td><td>Kín chỗ</td></tr>
</tbody>
</table>
<p>Ghi chú: Ban Trị Sự đang tuyển một kế toán có lương, bán thời gian. Xem thông báo ở bảng tin.</p>
""")

CAN_GIUP = shell("Chùa cần giúp", """
<div class="page-header"><h1>Chùa cần quý vị giúp</h1></div>
<h2>Chùa đang thiếu gạo và dầu ăn</h2>
<p>Mỗi Chủ nhật chùa nấu cơm cho hơn 150 người. Kho gạo chỉ còn đủ cho hai tuần. Xin quý vị cúng dường gạo (bao 25 pound) và dầu ăn.</p>
<h2>Tìm người biết sửa lò sưởi</h2>
<p>Lò sưởi ở nhà thiền kêu to và lúc chạy lúc tắt. Chùa tìm một Phật tử làm nghề sửa lò sưởi (HVAC) đến xem giúp; chùa sẽ trả tiền phụ tùng.</p>
<h2>Hoàn cảnh của bác Sáu</h2>
<p>Bác Sáu năm nay 78 tuổi, vừa bị tai biến, đang sống với con gái ở một căn hộ trên lầu hai. Bác cần một chiếc xe lăn và một ghế tắm để con gái đỡ vất vả. Ai có xin liên lạc với chùa.</p>
<h2>Đã nhận đủ</h2>
<p><s>Chăn mền cho người vô gia cư</s> &ndash; chùa đã có đủ, xin đừng mang thêm.</p>
<h2>Cám ơn</h2>
<p>Mùa Tết vừa qua chùa nhận được 50 thùng mì gói và 30 bao gạo để chia cho các gia đình khó khăn.</p>
""")

ENGLISH = shell("English", """
<div class="page-header"><h1>Welcome, English-speaking friends</h1></div>
<p>Many of our younger members grew up here and speak English first. Everyone is welcome at the temple.</p>
<h3>English practice for our monks and nuns</h3>
<p>Our two resident monks and one nun want to improve their English. If you are a native speaker, could you spend an hour on a weekday afternoon in conversation with them? We will offer tea and a vegetarian lunch.</p>
<h3>Gardener for the temple grounds</h3>
<p>The lotus pond and the vegetable garden need weekly care from May through September. Bring your own gloves.</p>
<h3>Meditation evenings</h3>
<p>Thursdays, 7&ndash;8 pm, open to all and free. No need to register.</p>
<h3>Visiting</h3>
<p>Visitors are welcome daily 9&ndash;5. Please remove your shoes in the main hall.</p>
""", lang="en")

BAN_TRI_SU = shell("Ban Trị Sự", """
<div class="page-header"><h1>Ban Trị Sự &ndash; nội bộ</h1></div>
<ul>
<li>Cần 3 người kiểm kê tài sản chùa cuối năm.</li>
<li>Xin cúng dường một máy chiếu cho lớp giáo lý.</li>
<li>Tìm người thiết kế lại trang web của chùa.</li>
</ul>
""")

PAGES = {
    "index.html": INDEX,
    "tinh-nguyen.html": TINH_NGUYEN,
    "can-giup.html": CAN_GIUP,
    "english.html": ENGLISH,
    "ban-tri-su/index.html": BAN_TRI_SU,
}

PDFS = {}

NEEDS = [
    need("tinh-nguyen.html", ["nấu cơm chay"], "volunteer", "vi", [], "shift_table", "'Thiếu 2 người'"),
    need("tinh-nguyen.html", ["đưa đón các cụ"], "volunteer", "vi", [], "shift_table", "'Chưa có ai' (nobody yet)"),
    need("tinh-nguyen.html", ["dạy kèm toán"], "skilled", "vi", [], "shift_table", "one named, 'Thiếu 1 người'"),
    need("can-giup.html", ["gạo và dầu ăn"], "donation", "vi", [], "short_on", "'đang thiếu'"),
    need("can-giup.html", ["sửa lò sưởi"], "skilled", "vi", [], "seeking", "'Tìm người'"),
    need("can-giup.html", ["xe lăn", "ghế tắm"], "donation", "vi", [], "story", "bác Sáu"),
    need("english.html", ["english practice"], "volunteer", "en", ["en"], "heading_paragraph"),
    need("english.html", ["gardener"], "volunteer", "en", [], "heading_paragraph"),
]

TRAPS = [
    trap("index.html", "hours", ["giờ mở cửa"]),
    trap("index.html", "event", ["lễ vu lan"]),
    trap("index.html", "service", ["lớp tiếng việt cho thiếu nhi"]),
    trap("index.html", "general_appeal", ["xây chánh điện mới"]),
    trap("index.html", "blog", ["vì sao tôi đi công quả"]),
    trap("tinh-nguyen.html", "filled", ["dọn dẹp chánh điện"], "'Đủ rồi, cám ơn'"),
    trap("tinh-nguyen.html", "filled", ["trực điện thoại"], "'Không cần nữa'"),
    trap("tinh-nguyen.html", "filled", ["cắm hoa bàn thờ"], "'Kín chỗ'"),
    trap("tinh-nguyen.html", "job", ["kế toán có lương"]),
    trap("can-giup.html", "filled", ["chăn mền"], "struck, 'đã có đủ'"),
    trap("can-giup.html", "recap", ["50 thùng mì"]),
    trap("english.html", "event", ["meditation evenings"]),
    trap("english.html", "hours", ["visitors are welcome"]),
    trap("ban-tri-su/index.html", "robots", ["kiểm kê tài sản"]),
    trap("ban-tri-su/index.html", "robots", ["máy chiếu"]),
    trap("ban-tri-su/index.html", "robots", ["thiết kế lại trang web"]),
]
