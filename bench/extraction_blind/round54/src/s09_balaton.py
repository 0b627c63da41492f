"""Hội Bạn Việt Balaton: Vietnamese-first Joomla-like site, status-column table, English page and flyer."""
from common import N, T

SLUG = "balaton-hoi-ban-viet"


def shell(title, body, lang="vi"):
    return """<!DOCTYPE html>
<html lang="%s">
<head><meta charset="utf-8"><meta name="generator" content="Joomla! - Open Source Content Management"><title>%s</title></head>
<body class="site com_content">
<div class="header"><h2>Hội Bạn Việt Balaton</h2>
<ul class="nav menu"><li><a href="/index.html">Trang chủ</a></li><li><a href="/tinh-nguyen.html">Tình nguyện</a></li><li><a href="/ung-ho.html">Ủng hộ</a></li><li><a href="/tet-flyer.pdf">Tết 2026</a></li><li><a href="/album/tet-2025.html">Hình ảnh</a></li><li><a href="/en.html">English</a></li></ul></div>
<div class="item-page">
%s
</div>
<div class="footer">Hội Bạn Việt Balaton &middot; 112 Third St, Balaton, MN &middot; 507-555-0190 &middot; <a href="/ban-dieu-hanh/index.html">Ban điều hành</a></div>
</body></html>
""" % (lang, title, body)


PAGES = {}
PAGES["index.html"] = shell("Hội Bạn Việt Balaton", """
<h1>Chào mừng quý vị đến với Hội Bạn Việt Balaton</h1>
<p>Hội được thành lập năm 2012 để giúp đỡ các gia đình Việt Nam sống tại Balaton, Tyler và Marshall.</p>
<h3>Giờ mở cửa</h3>
<p>Thứ Ba và thứ Năm từ 5 giờ đến 8 giờ tối; Chủ nhật từ 1 giờ đến 4 giờ chiều.</p>
<h3>Lớp học quốc tịch</h3>
<p>Hội mở lớp luyện thi quốc tịch miễn phí mỗi tối thứ Năm. Quý vị chỉ cần đến ghi danh tại văn phòng.</p>
<h3>Tin mới</h3>
<p><a href="/tet-flyer.pdf">Chuẩn bị Tết Bính Ngọ – xem thông báo &raquo;</a></p>
<h3>Họp mặt cuối năm</h3>
<p>Tiệc họp mặt cuối năm sẽ được tổ chức vào chủ nhật 14 tháng 12 tại nhà thờ Thánh Giuse. Xin mời tất cả hội viên.</p>
""")
PAGES["tinh-nguyen.html"] = shell("Tình nguyện – Hội Bạn Việt Balaton", """
<h1>Công việc cần người tình nguyện</h1>
<p>Xin liên lạc chị Hạnh (507-555-0190) nếu quý vị có thể giúp.</p>
<table class="table" border="1">
<thead><tr><th rowspan="2">Công việc</th><th colspan="2">Thời gian</th><th rowspan="2">Tình trạng</th></tr>
<tr><th>Ngày</th><th>Giờ</th></tr></thead>
<tbody>
<tr><td>Dạy tiếng Việt cho thiếu nhi</td><td>Chủ nhật</td><td>2–4 giờ chiều</td><td><span class="label-warning">Cần 2 người</span></td></tr>
<tr><td>Tài xế chở người cao tuổi đi khám bệnh</td><td>Thứ Hai, thứ Tư</td><td>Buổi sáng</td><td><span class="label-warning">Còn thiếu</span></td></tr>
<tr><td>Thông dịch viên Việt–Anh</td><td>Khi cần</td><td>—</td><td><span class="label-success">Đã đủ người</span></td></tr>
<tr><td>Nấu ăn cho buổi họp mặt</td><td>14/12</td><td>Cả ngày</td><td><span class="label-success">Đã kín chỗ</span></td></tr>
<tr><td>Sửa máy tính cho văn phòng</td><td>Bất cứ lúc nào</td><td>—</td><td><span class="label-important">Cần gấp</span></td></tr>
<tr><td>Kế toán bán thời gian (có lương)</td><td>10 giờ/tuần</td><td>—</td><td>Nhận hồ sơ</td></tr>
</tbody></table>
""")
PAGES["ung-ho.html"] = shell("Ủng hộ – Hội Bạn Việt Balaton", """
<h1>Ủng hộ</h1>
<h3>Chúng tôi đang cần</h3>
<ul><li>Gạo (bao 25 pound)</li><li>Nước mắm</li><li>Mì gói</li><li>Tã em bé số 4 và 5</li></ul>
<h3>Áo ấm mùa đông</h3>
<p>Hội đã nhận đủ áo ấm cho năm nay. Xin cảm ơn và xin đừng gửi thêm.</p>
<h3>Tủ sách thiếu nhi</h3>
<p>Tủ sách của lớp tiếng Việt còn rất ít sách. Hội mong nhận được <b>sách truyện thiếu nhi</b> bằng tiếng Việt.</p>
<h3>Không nhận</h3>
<p>Thực phẩm đã mở, thuốc men, và quần áo rách.</p>
<h3>Gia đình chị Lan</h3>
<p>Chị Lan và hai con vừa từ Sài Gòn sang Mỹ được ba tuần. Căn nhà thuê còn trống trơn: gia đình chị cần <b>giường</b>, bàn ăn và một nồi cơm điện. Ai có thể giúp xin gọi cho hội.</p>
""")
PAGES["en.html"] = shell("Hoi Ban Viet Balaton – English", """
<h1>About us (English)</h1>
<p>Hoi Ban Viet ("Vietnamese Friends Association") is run entirely by volunteers.</p>
<h3>Conversation partners</h3>
<p>Several of our elders want to practice everyday English. We are looking for native English speakers to be conversation partners for one hour on Sunday afternoons. No teaching experience needed.</p>
<h3>Our president</h3>
<p>Mr. Trần Văn Phúc came to Minnesota in 1992 and worked 25 years at the Marshall turkey plant. He has led the association since 2015.</p>
""", lang="en")
PAGES["ban-dieu-hanh/index.html"] = shell("Ban điều hành", """
<h1>Ghi chú của ban điều hành</h1>
<ul><li>Cần người làm thủ quỹ mới từ tháng Giêng.</li><li>Tìm người sửa mái nhà kho.</li><li>Cần xe tải để chở bàn ghế cho Tết.</li></ul>
""")
ROBOTS = "# robots.txt for Joomla\nUser-agent: *\nDisallow: /administrator/\nDisallow: /ban-dieu-hanh/\nDisallow: /cache/\n"

PDFS = {"tet-flyer.pdf": ("Tet 2026 volunteers", [
    ("title", "Lunar New Year / Tet 2026 - Balaton Community Center"),
    ("p", "Saturday, February 21, 2026, 11 am to 4 pm. Lion dance at noon, food, games for children. Free admission."),
    ("h", "Set-up crew"),
    ("p", "We need a set-up crew on Friday, February 20, from 6 pm, to hang lanterns, set up 30 tables and put up the stage."),
    ("h", "Parking attendants"),
    ("p", "We also need four parking attendants on Saturday from 10:30 am to 1 pm. Wear warm clothes!"),
    ("h", "Bake sale"),
    ("p", "Our youth group sells banh chung and sesame balls to raise money for their summer trip."),
])}

NEEDS = [
    N("tinh-nguyen.html", ["dạy tiếng việt cho thiếu nhi"], "skilled", "vi", ["vi"], layout="status_table", note="multi-row header table"),
    N("tinh-nguyen.html", ["tài xế chở người cao tuổi"], "volunteer", "vi", layout="status_table"),
    N("tinh-nguyen.html", ["sửa máy tính"], "skilled", "vi", layout="status_table"),
    N("ung-ho.html", ["chúng tôi đang cần", "nước mắm"], "donation", "vi", layout="wish_list"),
    N("ung-ho.html", ["sách truyện thiếu nhi"], "donation", "vi", layout="heading_paragraph"),
    N("ung-ho.html", ["gia đình chị lan", "nồi cơm điện"], "donation", "vi", layout="story"),
    N("en.html", ["conversation partners"], "volunteer", "en", ["en"], layout="heading_paragraph", note="native English speakers required"),
    N("tet-flyer.pdf", ["set-up crew"], "volunteer", "en", layout="pdf"),
    N("tet-flyer.pdf", ["parking attendants"], "volunteer", "en", layout="pdf"),
]
TRAPS = [
    T("index.html", "hours", ["giờ mở cửa"]),
    T("index.html", "service", ["lớp học quốc tịch"]),
    T("index.html", "blog", ["chuẩn bị tết"]),
    T("index.html", "event", ["họp mặt cuối năm"]),
    T("tinh-nguyen.html", "filled", ["thông dịch viên"], "'Đã đủ người'"),
    T("tinh-nguyen.html", "filled", ["nấu ăn cho buổi họp mặt"], "'Đã kín chỗ'"),
    T("tinh-nguyen.html", "job", ["kế toán bán thời gian"]),
    T("ung-ho.html", "filled", ["áo ấm mùa đông"], "received enough, do not send more"),
    T("ung-ho.html", "not_accepted", ["không nhận"]),
    T("en.html", "bio", ["our president"]),
    T("tet-flyer.pdf", "event", ["lion dance"]),
    T("tet-flyer.pdf", "general_appeal", ["bake sale"], "a sale, not an ask for goods or help"),
    T("ban-dieu-hanh/index.html", "robots", ["thủ quỹ"]),
    T("ban-dieu-hanh/index.html", "robots", ["mái nhà kho"]),
    T("ban-dieu-hanh/index.html", "robots", ["xe tải"]),
]
