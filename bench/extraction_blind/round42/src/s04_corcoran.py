"""Site 4: Niem Phat Duong Dieu Am (Vietnamese Buddhist chanting hall), Corcoran (vi + en). Joomla 1.5-style
table layout (contentpaneopen / contentheading); volunteer (cong qua) table with 'needed / signed up / note'
columns; offering list + 'we do not accept'; ceremony calendar; English page; robots-disallowed board page."""
from common import N, T

SLUG = "corcoran-niem-phat-duong-dieu-am"


def page(lang, title, body):
    return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="%(lang)s" lang="%(lang)s">
<head>
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
<meta name="generator" content="Joomla! 1.5 - Open Source Content Management" />
<title>%(title)s</title>
<link rel="stylesheet" href="/templates/rhuk_milkyway/css/template.css" type="text/css" />
</head>
<body id="page_bg" class="color_yellow bg_white width_fmax">
<div id="header"><div id="logo">NIỆM PHẬT ĐƯỜNG DIỆU ÂM</div><div class="slogan">Corcoran, Minnesota &ndash; Nam Mô A Di Đà Phật</div></div>
<table class="nopad" width="100%%"><tr valign="top">
<td class="leftcol" width="200">
<div class="moduletable_menu"><h3>Menu</h3>
<ul class="menu">
<li><a href="/index.html"><span>Trang Chính</span></a></li>
<li><a href="/thong-bao.html"><span>Thông Báo Công Quả</span></a></li>
<li><a href="/lich.html"><span>Lịch Lễ 2025</span></a></li>
<li><a href="/gioi-thieu.html"><span>Giới Thiệu</span></a></li>
<li><a href="/en/index.html"><span>English</span></a></li>
<li><a href="/video/phat-dan-2024.html"><span>Video Phật Đản 2024</span></a></li>
<li><a href="/ban-quan-tri/index.html"><span>Ban Quản Trị</span></a></li>
</ul></div>
</td>
<td class="maincol">
%(body)s
</td></tr></table>
<div id="footer"><p>Niệm Phật Đường Diệu Âm &middot; 20145 County Road 10, Corcoran, MN 55340 &middot; (763) 555-0172</p></div>
</body>
</html>
""" % {"lang": lang, "title": title, "body": body}


def article(heading, body):
    return """<table class="contentpaneopen"><tr><td class="contentheading" width="100%%">%s</td></tr></table>
<table class="contentpaneopen"><tr><td valign="top">%s</td></tr></table>
<span class="article_separator">&nbsp;</span>
""" % (heading, body)


INDEX = page("vi", "Trang Chính - Niệm Phật Đường Diệu Âm", """
<div class="componentheading">Tin Tức Mới</div>
""" + article("Giờ Sinh Hoạt", """<p>Tụng kinh Chủ Nhật: 10 giờ sáng &ndash; 12 giờ trưa, sau đó dùng cơm chay.<br />
Thiền tập tối thứ Năm: 7 giờ &ndash; 8 giờ 30 tối.<br />
Niệm Phật Đường mở cửa hằng ngày từ 8 giờ sáng đến 6 giờ chiều.</p>""") + article(
    "Đại Lễ Vu Lan Báo Hiếu &ndash; Chủ Nhật 17 tháng 8", """<p>Kính mời quý Phật tử và gia đình về chùa tham dự Đại Lễ Vu Lan Báo Hiếu.
Chương trình gồm lễ cài hoa hồng, thuyết pháp và cơm chay thân mật. Năm nay chùa dự trù khoảng 400 người, nên Ban Trai Soạn
cần thêm người phụ bếp nấu chay từ thứ Sáu 15/8 đến hết ngày lễ. Ai có thể giúp xin liên lạc cô Diệu Hạnh, (763) 555-0173.</p>
<p><a href="/lich.html" class="readon">Xem lịch lễ cả năm</a></p>""") + article(
    "Quỹ Xây Dựng Chánh Điện", """<p>Nhờ lòng hảo tâm của quý Phật tử, quỹ xây dựng chánh điện mới đã đạt được 70% mục tiêu.
Quý vị phát tâm ủng hộ xin gửi chi phiếu đề tên &ldquo;Dieu Am Buddhist Association&rdquo;. Công đức vô lượng.</p>""") + article(
    "Lớp Việt Ngữ và Giáo Lý cho Thiếu Nhi", """<p>Mỗi Chủ Nhật từ 1 giờ đến 3 giờ chiều, miễn phí cho các em từ 6 đến 15 tuổi.
Phụ huynh ghi danh cho con em tại văn phòng chùa.</p>
<p><a href="/thong-bao.html" class="readon">Xem thông báo công quả</a></p>"""))

THONGBAO = page("vi", "Thông Báo Công Quả - Niệm Phật Đường Diệu Âm", article(
    "Thông Báo: Cần Người Công Quả", """<p>Niệm Phật Đường hoạt động được là nhờ công quả của quý Phật tử. Dưới đây là các
việc cần người trong tháng 6 và tháng 7. Xin ghi danh với chú Tâm Thiện sau buổi tụng kinh Chủ Nhật.</p>
<table border="1" cellpadding="6" cellspacing="0" width="100%">
<tr bgcolor="#f5e6b8"><th>Công việc</th><th>Thời gian</th><th>Cần</th><th>Đã ghi danh</th><th>Ghi chú</th></tr>
<tr><td>Dọn dẹp sân chùa và nhổ cỏ</td><td>Thứ Bảy 7/6, 8 giờ sáng</td><td>6</td><td>2</td><td>Còn thiếu 4 người</td></tr>
<tr><td>Cắm hoa bàn Phật</td><td>Mỗi thứ Bảy</td><td>2</td><td>2</td><td>Đủ người</td></tr>
<tr><td>Dạy lớp Việt ngữ thiếu nhi</td><td>Chủ Nhật 1 &ndash; 3 giờ chiều</td><td>3</td><td>1</td><td>Cần người đọc viết tiếng Việt thông thạo</td></tr>
<tr><td>Giữ trật tự bãi đậu xe ngày lễ</td><td>Các ngày lễ lớn</td><td>4</td><td>4</td><td>Đã đủ, cảm ơn quý vị</td></tr>
<tr><td>Chụp hình, quay phim các ngày lễ</td><td>Các ngày lễ lớn</td><td>1</td><td>0</td><td>Cần người có máy ảnh tốt</td></tr>
<tr><td>Lái xe đưa đón các cụ</td><td>Chủ Nhật</td><td>&ndash;</td><td>&ndash;</td><td>Tạm ngưng vì chùa đã có xe buýt nhỏ</td></tr>
</table>
<h3>Xin phát tâm cúng dường</h3>
<p>Nhà bếp của chùa hiện đang cần:</p>
<ul>
<li>Gạo (bao 25 lbs)</li>
<li>Dầu ăn, nước tương</li>
<li>Nhang và đèn cầy</li>
<li>Giấy vệ sinh, khăn giấy</li>
</ul>
<p>Quý vị có thể mang đến chùa bất cứ ngày nào trong giờ mở cửa.</p>
<p><em>Xin lưu ý: Chùa không nhận quần áo cũ và đồ điện cũ vì không có chỗ chứa. Xin thành thật cảm ơn.</em></p>"""))

LICH = page("vi", "Lịch Lễ 2025 - Niệm Phật Đường Diệu Âm", article("Lịch Lễ Năm 2025 (Ất Tỵ)", """
<ul class="lich">
<li><b>29/1 &ndash; Tết Nguyên Đán Ất Tỵ.</b> Cảm ơn quý Phật tử đã đóng góp $8,200 và hơn 300 phần bánh chưng cho ngày Tết.
Hình ảnh sẽ được đăng sau.</li>
<li><b>12/2 &ndash; Lễ Rằm Tháng Giêng.</b> Cầu an đầu năm.</li>
<li><b>Chủ Nhật 11/5 &ndash; Đại Lễ Phật Đản.</b> Lễ tắm Phật, văn nghệ của Gia Đình Phật Tử. Để chuẩn bị, chùa cần 10 bạn
thanh niên phụ dựng lều và khiêng bàn ghế từ 7 giờ sáng thứ Bảy 10/5.</li>
<li><b>23/6 &ndash; 27/6 &ndash; Khóa Tu Mùa Hè cho thanh thiếu niên.</b> Đã hết chỗ ghi danh.</li>
<li><b>Chủ Nhật 17/8 &ndash; Đại Lễ Vu Lan.</b></li>
<li><b>6/10 &ndash; Tết Trung Thu:</b> rước đèn, phá cỗ cho các em.</li>
</ul>"""))

GIOITHIEU = page("vi", "Giới Thiệu - Niệm Phật Đường Diệu Âm", article("Giới Thiệu", """
<p>Niệm Phật Đường Diệu Âm được thành lập năm 2009 trong một căn nhà nhỏ ở Brooklyn Park. Năm 2016, nhờ sự đóng góp của
hơn 200 gia đình, chùa dời về khu đất 5 mẫu ở Corcoran.</p>
<h3>Trụ trì</h3>
<p>Sư cô Thích Nữ Diệu Tâm, sinh tại Huế, xuất gia năm 1988, tu học tại California trước khi về Minnesota năm 2009.</p>
<h3>Ban Trị Sự</h3>
<p>Trưởng ban: Đạo hữu Tâm Thiện Nguyễn Văn Lộc &middot; Thủ quỹ: Diệu Hạnh Trần Thị Mai &middot; Thư ký: Minh Trí Lê Quang.</p>
"""))

EN = page("en", "English - Dieu Am Buddhist Chanting Hall", article("Welcome to Dieu Am", """
<p>Dieu Am is a Vietnamese Pure Land Buddhist community in Corcoran. Everyone is welcome, whatever your background. Please
dress modestly and remove your shoes before entering the main hall.</p>
<h3>Temple hours</h3>
<p>Open daily 8 a.m. &ndash; 6 p.m. Sunday chanting 10 a.m. (in Vietnamese), followed by a vegetarian lunch.</p>
<h3>Thursday Meditation in English</h3>
<p>A free, guided meditation class in English every Thursday at 7 p.m. No experience needed; cushions provided.</p>
<h3>Dharma talk in English</h3>
<p>Second Saturday of each month at 2 p.m. with Venerable Dieu Tam and an interpreter.</p>
<h3>Help us reach the next generation</h3>
<p>Our website and Facebook page are run by one busy grandson. We are looking for a volunteer who can build and look after a
simple bilingual website for the temple and post our announcements each week. Some Vietnamese helps but is not required.</p>
<p>Our elders also need English conversation partners: volunteers who will sit and chat in English with elders preparing for
their citizenship interviews, Sundays after lunch (about 12:30&ndash;1:30).</p>
<h3>Supporting Dieu Am</h3>
<p>Dieu Am has no paid staff and is supported entirely by donations. You can give by check or Zelle to dieuam.mn@example.org.</p>
"""))

BQT = page("vi", "Ban Quản Trị - nội bộ", article("Ban Quản Trị &ndash; Ghi chú nội bộ", """
<p>Trang này chỉ dành cho Ban Quản Trị.</p>
<ul>
<li>Cần người giữ sổ sách kế toán cho năm 2025 (thay cô Mai).</li>
<li>Cần thợ sửa mái nhà kho trước mùa đông.</li>
<li>Danh sách trực tụng kinh tháng 7 còn trống 3 ngày.</li>
</ul>"""))

PAGES = {
    "index.html": INDEX,
    "thong-bao.html": THONGBAO,
    "lich.html": LICH,
    "gioi-thieu.html": GIOITHIEU,
    "en/index.html": EN,
    "ban-quan-tri/index.html": BQT,
}

ROBOTS = """User-agent: *
Disallow: /administrator/
Disallow: /ban-quan-tri/
Disallow: /cache/
Disallow: /components/
Disallow: /includes/
Disallow: /tmp/
"""

PDFS = {}

NEEDS = [
    N("index.html", ["phụ bếp", "nấu chay"], "volunteer", "vi", layout="article_buried",
      note="buried in the Vu Lan announcement article"),
    N("thong-bao.html", ["dọn dẹp sân chùa", "nhổ cỏ"], "volunteer", "vi", layout="status_table",
      note="need 6, 2 signed, 'còn thiếu 4 người'"),
    N("thong-bao.html", ["dạy lớp việt ngữ", "lớp việt ngữ thiếu nhi"], "skilled", "vi", ["vi"],
      layout="status_table", note="need 3, 1 signed; fluent Vietnamese literacy"),
    N("thong-bao.html", ["chụp hình", "quay phim"], "skilled", "vi", layout="status_table", note="need 1, 0 signed"),
    N("thong-bao.html", ["phát tâm cúng dường", "gạo", "nhang"], "donation", "vi", layout="wish_list",
      note="kitchen offering list = one need"),
    N("lich.html", ["dựng lều"], "volunteer", "vi", layout="calendar_buried",
      note="10 young people to put up tents for Vesak, inside a calendar item"),
    N("en/index.html", ["bilingual website", "website"], "skilled", "en", ["vi"], layout="heading_paragraph",
      note="'some Vietnamese helps' = preference"),
    N("en/index.html", ["english conversation partners", "conversation partners"], "volunteer", "en", ["en"],
      layout="heading_paragraph", note="paragraph under the same heading; separate ask"),
]

TRAPS = [
    T("index.html", "hours", ["giờ sinh hoạt", "tụng kinh chủ nhật"]),
    T("index.html", "event", ["vu lan báo hiếu", "lễ cài hoa hồng"]),
    T("index.html", "general_appeal", ["quỹ xây dựng chánh điện"]),
    T("index.html", "service", ["lớp việt ngữ và giáo lý"]),
    T("thong-bao.html", "filled", ["cắm hoa bàn phật", "cắm hoa"], "'Đủ người'"),
    T("thong-bao.html", "filled", ["giữ trật tự bãi đậu xe", "bãi đậu xe"], "'Đã đủ'"),
    T("thong-bao.html", "filled", ["lái xe đưa đón", "đưa đón các cụ"], "'Tạm ngưng' - suspended"),
    T("thong-bao.html", "not_accepted", ["quần áo cũ", "đồ điện cũ"]),
    T("lich.html", "recap", ["tết nguyên đán", "$8,200"]),
    T("lich.html", "event", ["rằm tháng giêng"]),
    T("lich.html", "event", ["đại lễ phật đản", "lễ tắm phật"]),
    T("lich.html", "event", ["khóa tu mùa hè"], "registration full"),
    T("lich.html", "event", ["tết trung thu", "rước đèn"]),
    T("gioi-thieu.html", "bio", ["trụ trì", "thích nữ diệu tâm"]),
    T("gioi-thieu.html", "bio", ["ban trị sự"]),
    T("en/index.html", "hours", ["temple hours"]),
    T("en/index.html", "service", ["thursday meditation"]),
    T("en/index.html", "event", ["dharma talk"]),
    T("en/index.html", "general_appeal", ["supporting dieu am", "zelle"]),
    T("ban-quan-tri/index.html", "robots", ["sổ sách kế toán"]),
    T("ban-quan-tri/index.html", "robots", ["sửa mái nhà"]),
    T("ban-quan-tri/index.html", "robots", ["danh sách trực"]),
]
