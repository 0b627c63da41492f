"""Cong Dong Lang Viet (Hoyt Lakes): hand-written HTML 4.01 tables, Vietnamese sign-up table with a
<font color> status column, Vietnamese schedule with a buried driver ask, an English bulletin with
buried asks, robots-disallowed /ban-dieu-hanh/. No PDF."""
from common import N, T

SLUG = "hoyt-lakes-lang-viet-community"

DOCTYPE = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
"""


def page(lang, title, body):
    return DOCTYPE + """<html lang="%s">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>%s</title>
<style type="text/css">
body { font-family: Tahoma, Verdana, sans-serif; font-size: 13px; background: #f3efe2; }
td { font-size: 13px; vertical-align: top; }
.menu a { color: #fff; font-weight: bold; text-decoration: none; }
</style>
</head>
<body>
<table width="800" align="center" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff">
<tr><td bgcolor="#b22222" height="60" align="center"><font size="5" color="#ffff66"><b>C&#7896;NG &#272;&#7890;NG L&Agrave;NG VI&#7878;T HOYT LAKES</b></font></td></tr>
<tr><td bgcolor="#8b1a1a" class="menu" align="center" height="26">
<a href="/index.html">Trang ch&iacute;nh</a> &nbsp;|&nbsp; <a href="/tinh-nguyen.html">T&igrave;nh nguy&#7879;n</a> &nbsp;|&nbsp;
<a href="/lich.html">L&#7883;ch sinh ho&#7841;t</a> &nbsp;|&nbsp; <a href="/bulletin.html">English</a> &nbsp;|&nbsp; <a href="/album/trung-thu-2024.html">H&igrave;nh &#7843;nh</a>
</td></tr>
<tr><td style="padding:14px">
""" % (lang, title) + body + """
</td></tr>
<tr><td bgcolor="#eeeeee" align="center"><font size="1">C&#7897;ng &#272;&#7891;ng L&agrave;ng Vi&#7879;t &bull; 102 Kennedy Memorial Dr, Hoyt Lakes, MN 55750 &bull; 218-555-0175
&bull; <a href="/ban-dieu-hanh/">Ban &#272;i&#7873;u H&agrave;nh</a></font></td></tr>
</table>
</body>
</html>
"""


INDEX = page("vi", "Cộng Đồng Làng Việt Hoyt Lakes", """
<h2>Chào mừng quý vị!</h2>
<p>Cộng Đồng Làng Việt được thành lập năm 1992 bởi các gia đình Việt Nam làm việc ở mỏ quặng sắt vùng Iron Range. Hiện nay chúng tôi có khoảng 60 gia đình.</p>
<table width="100%" cellpadding="6" border="1" style="border-collapse:collapse" bordercolor="#cccccc">
<tr><td width="50%"><b>Giờ mở cửa văn phòng</b><br>Thứ Bảy 10 giờ sáng – 2 giờ chiều<br>Chủ Nhật sau giờ sinh hoạt</td>
<td><b>Dịch vụ điền đơn</b><br>Giúp quý cụ điền đơn Medicare, thuế và giấy tờ nhập tịch. Miễn phí cho hội viên.</td></tr>
<tr><td><b>Thông báo</b><br>Hội trường đang thiếu ghế xếp cho các buổi sinh hoạt lớn. Ai có ghế xếp cũ còn tốt muốn tặng, xin liên lạc anh Toàn.</td>
<td><b>Tết Trung Thu 2025</b><br>Rước đèn, múa lân và bánh trung thu cho các em. Xem <a href="lich.html">lịch sinh hoạt</a>.</td></tr>
</table>
<p>&nbsp;</p>
<p><b>Quỹ xây dựng hội trường:</b> Mái hội trường đã cũ. Xin quý vị ủng hộ quỹ xây dựng bằng cách gửi chi phiếu cho Cộng Đồng Làng Việt. Xin đa tạ.</p>
""")

TINH_NGUYEN = page("vi", "Tình nguyện - Cộng Đồng Làng Việt", """
<h2>Bảng phân công công việc tình nguyện</h2>
<p>Cập nhật ngày 1 tháng 8. Xin quý vị xem cột <i>Tình trạng</i>.</p>
<table width="100%" cellpadding="5" cellspacing="0" border="1" bordercolor="#999999">
<tr bgcolor="#ffe4b5"><th>Công việc</th><th>Thời gian</th><th>Người phụ trách</th><th>Tình trạng</th></tr>
<tr><td>Dạy tiếng Việt cho thiếu nhi</td><td>Chủ Nhật 2–4 giờ chiều</td><td>Cô Hạnh</td><td><font color="#cc0000">Còn thiếu 2 thầy cô</font></td></tr>
<tr><td>Nấu ăn cho tiệc Trung Thu</td><td>Thứ Bảy 13/9</td><td>Chị Lan</td><td><font color="#cc0000">Cần thêm 4 người</font></td></tr>
<tr><td>Trang trí hội trường dịp Tết</td><td>Tháng 1</td><td>Anh Bình</td><td><font color="#008000">Đủ rồi, cám ơn!</font></td></tr>
<tr><td>Chở các cụ đi khám bệnh</td><td>Hàng tuần, tùy lịch hẹn</td><td>—</td><td><font color="#cc0000">Cần thêm 1 người có xe</font></td></tr>
<tr><td>Dọn dẹp sau sinh hoạt</td><td>Chủ Nhật</td><td>Gia đình ông Phúc</td><td><font color="#008000">Xong — không cần thêm</font></td></tr>
<tr><td>Đệm đàn cho ban văn nghệ</td><td>Tập Thứ Sáu 7 giờ tối</td><td>—</td><td><font color="#cc0000">Chưa có ai</font></td></tr>
<tr><td><s>Thủ quỹ</s></td><td>—</td><td>Bà Mai</td><td><font color="#008000">Đã tìm được</font></td></tr>
</table>
<p><b>Cách ghi danh:</b> ghi tên vào bảng ở cửa hội trường hoặc gọi anh Toàn, 218-555-0175.</p>
""")

LICH = page("vi", "Lịch sinh hoạt - Cộng Đồng Làng Việt", """
<h2>Lịch sinh hoạt mùa thu 2025</h2>
<table width="100%" cellpadding="5" border="1" style="border-collapse:collapse">
<tr bgcolor="#ffe4b5"><th width="25%">Ngày</th><th>Sinh hoạt</th></tr>
<tr><td>Thứ Bảy 13/9</td><td>Tết Trung Thu cho thiếu nhi, 4 giờ chiều tại hội trường</td></tr>
<tr><td>Chủ Nhật 5/10</td><td>Dã ngoại mùa thu tại Bird Lake Park, mỗi gia đình mang một món</td></tr>
<tr><td>Thứ Bảy 18/10</td><td>Chuyến đi chơi Duluth cho các cụ (xem ghi chú)</td></tr>
<tr><td>Mỗi Thứ Bảy</td><td>Lớp võ thuật cho thiếu nhi, 10–11 giờ sáng, miễn phí</td></tr>
</table>
<p><b>Ghi chú:</b> Hội đã thuê một xe buýt 30 chỗ cho chuyến đi chơi Duluth, nhưng công ty không có người lái. Ban tổ chức cần tìm một tài xế có bằng lái CDL, lái giúp một ngày. Xin liên lạc chú Khải.</p>
""")

BULLETIN = page("en", "Lang Viet Weekly - English edition", """
<h2>Lang Viet Weekly &mdash; English edition</h2>
<p><i>For our younger members and friends who read English more easily. Week of August 3.</i></p>
<h3>President's corner</h3>
<p>Thirty-three years ago, twelve families met in a church basement in Aurora. Read Mr. Phuc's full letter on the board in the hall&hellip;</p>
<h3>Scholarship news</h3>
<p>Congratulations to the five members of the class of 2025 at Mesabi East! Each received a $300 Lang Viet scholarship. Three of them will start calculus this fall without a graphing calculator. If there is a TI-84 sitting in a drawer at your house, please bring it on Sunday and we will pass it on.</p>
<h3>Help wanted</h3>
<p>We are also seeking a volunteer who can keep our website and the events calendar up to date. It is about an hour a week, and you can do it from home. Talk to Linh after the meeting.</p>
<h3>Save the date</h3>
<p>Vu Lan gathering to honor mothers, Sunday, August 24, after the meeting. Bring a red or white rose.</p>
<h3>Thank you</h3>
<p>The spring rice sale raised $1,240 toward the hall roof. And the request for winter boots for the Nguyen family has been met &mdash; thank you to everyone who called.</p>
""")

BDH = page("vi", "Ban Điều Hành (nội bộ)", """
<h2>Biên bản họp Ban Điều Hành &mdash; nội bộ</h2>
<ul>
<li>Cần người kiểm tra sổ sách cuối năm trước khi nộp báo cáo.</li>
<li>Mua máy chiếu mới cho hội trường.</li>
<li>Cần thêm người trực điện thoại ngày Thứ Bảy.</li>
</ul>
""")

PAGES = {
    "index.html": INDEX,
    "tinh-nguyen.html": TINH_NGUYEN,
    "lich.html": LICH,
    "bulletin.html": BULLETIN,
    "ban-dieu-hanh/index.html": BDH,
}

ROBOTS = """User-agent: *
Disallow: /ban-dieu-hanh/
"""

PDFS = {}

NEEDS = [
    N("index.html", ["ghế xếp"], "donation", "vi", [], "short_on", "'đang thiếu ghế xếp' in a notice cell"),
    N("tinh-nguyen.html", ["dạy tiếng việt"], "skilled", "vi", ["vi"], "shift_table", "'Còn thiếu 2 thầy cô'"),
    N("tinh-nguyen.html", ["nấu ăn"], "volunteer", "vi", [], "shift_table", "'Cần thêm 4 người'"),
    N("tinh-nguyen.html", ["chở các cụ", "khám bệnh"], "volunteer", "vi", [], "shift_table", "driver with a car"),
    N("tinh-nguyen.html", ["đệm đàn"], "skilled", "vi", [], "shift_table", "'Chưa có ai' = nobody yet"),
    N("lich.html", ["tài xế", "cdl"], "skilled", "vi", [], "newsletter_buried", "note under schedule"),
    N("bulletin.html", ["graphing calculator"], "donation", "en", [], "newsletter_buried", "in scholarship news"),
    N("bulletin.html", ["website"], "skilled", "en", [], "seeking", "'Help wanted' section"),
]

TRAPS = [
    T("index.html", "hours", ["giờ mở cửa"]),
    T("index.html", "service", ["dịch vụ điền đơn"]),
    T("index.html", "event", ["tết trung thu"]),
    T("index.html", "general_appeal", ["quỹ xây dựng"]),
    T("tinh-nguyen.html", "filled", ["trang trí"], "'Đủ rồi, cám ơn'"),
    T("tinh-nguyen.html", "filled", ["dọn dẹp"], "'Xong — không cần thêm'"),
    T("tinh-nguyen.html", "filled", ["thủ quỹ"], "struck, 'Đã tìm được'"),
    T("tinh-nguyen.html", "how_to_apply", ["cách ghi danh"]),
    T("lich.html", "event", ["tết trung thu cho thiếu nhi"]),
    T("lich.html", "event", ["dã ngoại"]),
    T("lich.html", "event", ["đi chơi duluth"]),
    T("lich.html", "service", ["võ thuật"]),
    T("bulletin.html", "blog", ["president's corner"]),
    T("bulletin.html", "event", ["vu lan"]),
    T("bulletin.html", "recap", ["rice sale"]),
    T("bulletin.html", "filled", ["winter boots"], "'has been met'"),
    T("ban-dieu-hanh/index.html", "robots", ["kiểm tra sổ sách"]),
    T("ban-dieu-hanh/index.html", "robots", ["máy chiếu"]),
    T("ban-dieu-hanh/index.html", "robots", ["trực điện thoại"]),
]
