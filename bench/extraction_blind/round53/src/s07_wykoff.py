"""Chua Quang Minh, a Vietnamese Buddhist temple (Wykoff, MN). HTML 4.01 table layout with <font>;
Vietnamese first, one English page. Robots: prefix rule without a trailing slash
(`Disallow: /ban-tri-su` matches /ban-tri-su.html)."""
from common import N, T

SLUG = "wykoff-chua-quang-minh"
TOWN = "wykoff"


def shell(title, body, lang="vi"):
    return """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html lang="%s">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>%s - Chùa Quang Minh</title>
</head>
<body bgcolor="#fff8e7" topmargin="0" leftmargin="0">
<table width="900" align="center" border="0" cellpadding="0" cellspacing="0">
<tr><td colspan="2" bgcolor="#b5651d" align="center" height="70"><font face="Times New Roman" size="6" color="#ffffff"><b>CHÙA QUANG MINH</b></font><br>
<font face="Arial" size="2" color="#ffe8b0">Wykoff, Minnesota &middot; Quang Minh Buddhist Temple</font></td></tr>
<tr>
<td width="170" valign="top" bgcolor="#f3dfb5">
<font face="Arial" size="2">
<br>&nbsp;&bull; <a href="/">Trang chủ</a>
<br>&nbsp;&bull; <a href="/cong-qua.html">Công quả</a>
<br>&nbsp;&bull; <a href="/ung-ho.html">Ủng hộ chùa</a>
<br>&nbsp;&bull; <a href="/en.html">English</a>
<br>&nbsp;&bull; <a href="/le-vu-lan-2025.pdf">Vu Lan 2025 (PDF)</a>
<br>&nbsp;&bull; <a href="/ban-tri-su.html">Ban Trị Sự</a>
<br><br></font>
</td>
<td valign="top" style="padding:14px">
<font face="Arial" size="3">
%s
</font>
</td>
</tr>
<tr><td colspan="2" align="center" bgcolor="#b5651d"><font face="Arial" size="1" color="#ffffff">
Chùa Quang Minh &middot; 1190 County Road 5, Wykoff, MN &middot; 507-555-0124 &middot; chuaquangminh@quangminh.example</font></td></tr>
</table>
</body>
</html>
""" % (lang, title, body)


INDEX = shell("Trang chủ", """
<p><font size="4" color="#8b3a0e"><b>Nam Mô Bổn Sư Thích Ca Mâu Ni Phật</b></font></p>
<p>Chùa Quang Minh được thành lập năm 2011, là nơi tu học của Phật tử người Việt vùng đông nam Minnesota.
Chùa hiện có hai thầy thường trú.</p>

<p><font color="#8b3a0e"><b>GIỜ LỄ</b></font><br>
Chủ Nhật: 10 giờ sáng tụng kinh, 12 giờ trưa cơm chay.<br>
Thứ Bảy: 7 giờ tối niệm Phật.</p>

<p><font color="#8b3a0e"><b>BẾP CHÙA CẦN NGƯỜI PHỤ</b></font><br>
Mỗi Chủ Nhật chùa nấu cơm chay cho hơn 80 người. Các bác lớn tuổi trong ban trai soạn đã làm việc này nhiều năm
và rất mệt. Chùa đang cần thêm người phụ bếp: rửa rau, nấu cơm, dọn dẹp, từ 8 giờ sáng đến 1 giờ chiều Chủ Nhật.
Xin liên lạc chị Ngọc Lan: 507-555-0125.</p>

<p><font color="#8b3a0e"><b>LỄ VU LAN</b></font><br>
Đại lễ Vu Lan báo hiếu sẽ được tổ chức vào Chủ Nhật, ngày 31 tháng 8 năm 2025. Kính mời quý Phật tử và gia đình về chùa tham dự.
<a href="/hinh-anh/vu-lan-2024.html">Hình ảnh Vu Lan 2024</a></p>

<p><font color="#8b3a0e"><b>LỄ QUY Y</b></font><br>
Lễ quy y Tam Bảo cho Phật tử mới sẽ được tổ chức vào dịp Rằm tháng Mười.</p>

<p>Quý Phật tử muốn làm công quả, xin xem trang <a href="/cong-qua.html">Công quả</a>.</p>
""")

CONG_QUA = shell("Công quả", """
<p><font size="4" color="#8b3a0e"><b>CÔNG QUẢ TẠI CHÙA</b></font></p>
<p>Dưới đây là các việc chùa đang cần. Cột bên phải cho biết tình trạng hiện nay.</p>
<table border="1" cellpadding="6" cellspacing="0" width="100%">
<tr bgcolor="#f3dfb5"><td><b>Công việc</b></td><td><b>Thời gian</b></td><td><b>Tình trạng</b></td></tr>
<tr><td>Dạy tiếng Việt cho các em thiếu nhi</td><td>Thứ Bảy 9&ndash;11 giờ sáng</td><td><font color="#c00000">Còn cần 2 người</font></td></tr>
<tr><td>Lái xe đưa các cụ đi chùa</td><td>Chủ Nhật</td><td><font color="#008000">Đã đủ người</font></td></tr>
<tr><td>Sửa mái tôn nhà bếp (bị dột)</td><td>Trước mùa đông</td><td><font color="#c00000">Cần thợ có kinh nghiệm</font></td></tr>
<tr><td>Cắt cỏ, làm vườn</td><td>Thứ Bảy hằng tuần</td><td><font color="#c00000">Còn cần người</font></td></tr>
<tr><td>Trực điện thoại văn phòng</td><td>Thứ Hai &ndash; Thứ Sáu</td><td><font color="#008000">Hết chỗ</font></td></tr>
</table>
<p>Muốn đăng ký công quả, xin gọi Sư cô Diệu Hạnh: 507-555-0126, hoặc ghi tên vào sổ ở văn phòng chùa.</p>
""")

UNG_HO = shell("Ủng hộ chùa", """
<p><font size="4" color="#8b3a0e"><b>ỦNG HỘ CHÙA</b></font></p>

<p><b>Hội trường cần ghế</b><br>
Vào các ngày lễ lớn, nhiều Phật tử phải đứng suốt buổi lễ. Hội trường chỉ còn khoảng 30 cái ghế. Chùa cần thêm 50 ghế xếp.
Quý vị có thể cúng dường ghế xếp mới hoặc còn tốt.</p>

<p><b>Bếp chùa</b><br>
Hai nồi cơm điện loại lớn (loại 30 chén) của bếp chùa đã hư. Nếu quý Phật tử có thể cúng dường nồi cơm điện loại lớn, xin liên lạc chị Ngọc Lan.</p>

<p><b>Hoa cúng dường lễ Vu Lan</b><br>
Chùa đã nhận đủ hoa cho lễ Vu Lan. Xin cảm ơn, và xin quý vị đừng gửi thêm.</p>

<p><b>Quần áo cũ</b><br>
Xin đừng gửi quần áo cũ đến chùa. Chùa không có chỗ chứa và không thể phân phát.</p>

<p><b>Quỹ xây dựng chánh điện</b><br>
Chùa đang gây quỹ xây chánh điện mới, mục tiêu 250.000 đô la. Mọi đóng góp xin gửi về Ban Trị Sự.</p>

<p><b>Danh sách Phật tử cúng dường tháng 8</b></p>
<table border="0" cellpadding="2">
<tr><td>Gia đình Nguyễn Văn Hòa</td><td>200 đô</td></tr>
<tr><td>Phật tử Diệu Thanh</td><td>100 đô</td></tr>
<tr><td>Gia đình Trần Minh Tâm</td><td>150 đô</td></tr>
</table>
""")

EN = shell("English", """
<p><font size="4" color="#8b3a0e"><b>Welcome to Quang Minh Temple</b></font></p>
<p>Quang Minh is a Vietnamese Buddhist temple in the Mahayana tradition. Everyone is welcome to visit; please remove your shoes in the main hall.</p>

<p><b>Meditation for beginners</b><br>
A free meditation class in English, Thursdays at 7:00 p.m., taught by Thầy Minh Đức. No registration needed.</p>

<p><b>An English tutor for our monks</b><br>
Our two resident monks arrived from Vietnam last year. They would like to improve their English so they can speak with
hospitals, schools and visitors. We are seeking an English tutor who could meet with them twice a week at the temple.</p>

<p><b>Volunteer translator</b><br>
We also need a volunteer translator (Vietnamese to English) to help put our website and monthly newsletter into English for the
younger generation and for our neighbors.</p>

<p><b>Vesak</b><br>
Our Vesak (Buddha's birthday) celebration is held every May with a lantern procession and vegetarian lunch.</p>
""", lang="en")

BAN_TRI_SU = shell("Ban Trị Sự", """
<p><font size="4" color="#8b3a0e"><b>BAN TRỊ SỰ &ndash; TÀI LIỆU NỘI BỘ</b></font></p>
<p>Trang này chỉ dành cho Ban Trị Sự.</p>
<ul>
<li>Cần người làm thủ quỹ từ tháng 1.</li>
<li>Cần tìm người cúng dường máy lạnh cho chánh điện.</li>
<li>Cần người lo việc in bản tin hằng tháng.</li>
</ul>
""")

PAGES = {
    "index.html": INDEX,
    "cong-qua.html": CONG_QUA,
    "ung-ho.html": UNG_HO,
    "en.html": EN,
    "ban-tri-su.html": BAN_TRI_SU,
}

ROBOTS = """User-agent: *
Disallow: /ban-tri-su
"""

PDFS = {
    "le-vu-lan-2025.pdf": ("Vu Lan Festival 2025", [
        ("title", "Vu Lan Festival 2025 - Quang Minh Temple, Wykoff"),
        ("p", "Sunday, August 31, 2025. Ceremony at 10:00 a.m., lunch at 12:00 noon."),
        ("h", "What is Vu Lan?"),
        ("p", "Vu Lan is the Vietnamese Buddhist festival honoring parents and ancestors. Families wear a rose: red for "
              "those whose mother is living, white for those whose mother has passed."),
        ("h", "Vegetarian food"),
        ("p", "Vegetarian banh mi, noodle soup and sweet soup will be for sale after the ceremony. All proceeds go to the "
              "building fund."),
        ("h", "Parking volunteers"),
        ("p", "More than 400 people came last year and County Road 5 was blocked. This year we need eight volunteers to "
              "park cars in the field across the road, from 9:00 a.m. to 1:00 p.m. Vests and flashlights are provided. "
              "Call Anh Tuan at 507-555-0127."),
        ("h", "Getting here"),
        ("p", "From Interstate 90 take exit 209 and follow County Road 5 north for six miles."),
    ], {"lang": "en"}),
}

NEEDS = [
    N("index.html", ["người phụ bếp", "phụ bếp"], "volunteer", "vi", [], "heading_paragraph",
      "all-caps heading 'BẾP CHÙA CẦN NGƯỜI PHỤ'"),
    N("cong-qua.html", ["dạy tiếng việt"], "skilled", "vi", ["vi"], "status_table", "'Còn cần 2 người'"),
    N("cong-qua.html", ["sửa mái tôn", "mái tôn"], "skilled", "vi", [], "status_table", "'Cần thợ có kinh nghiệm'"),
    N("cong-qua.html", ["cắt cỏ", "làm vườn"], "volunteer", "vi", [], "status_table", "'Còn cần người'"),
    N("ung-ho.html", ["ghế xếp", "50 ghế xếp"], "donation", "vi", [], "heading_paragraph"),
    N("ung-ho.html", ["nồi cơm điện"], "donation", "vi", [], "heading_paragraph", "generic heading 'Bếp chùa'"),
    N("en.html", ["english tutor"], "skilled", "en", ["en"], "heading_paragraph"),
    N("en.html", ["volunteer translator", "vietnamese to english"], "skilled", "en", ["vi", "en"], "heading_paragraph"),
    N("le-vu-lan-2025.pdf", ["park cars", "parking volunteers"], "volunteer", "en", [], "pdf",
      "festival flyer; the festival and the food sale are traps"),
]

TRAPS = [
    T("index.html", "hours", ["giờ lễ", "tụng kinh"]),
    T("index.html", "event", ["đại lễ vu lan", "lễ vu lan"]),
    T("index.html", "event", ["lễ quy y"]),
    T("index.html", "teaser", ["muốn làm công quả"]),
    T("cong-qua.html", "filled", ["lái xe đưa các cụ", "đã đủ người"]),
    T("cong-qua.html", "filled", ["trực điện thoại", "hết chỗ"]),
    T("cong-qua.html", "how_to_apply", ["muốn đăng ký công quả", "ghi tên vào sổ"]),
    T("ung-ho.html", "overstock", ["hoa cúng dường", "đã nhận đủ hoa"]),
    T("ung-ho.html", "not_accepted", ["quần áo cũ"]),
    T("ung-ho.html", "general_appeal", ["quỹ xây dựng chánh điện", "250.000 đô la"]),
    T("ung-ho.html", "donor_list", ["danh sách phật tử cúng dường", "gia đình nguyễn văn hòa"]),
    T("en.html", "service", ["meditation for beginners", "free meditation class"]),
    T("en.html", "event", ["vesak", "lantern procession"]),
    T("ban-tri-su.html", "robots", ["thủ quỹ"]),
    T("ban-tri-su.html", "robots", ["máy lạnh"]),
    T("ban-tri-su.html", "robots", ["in bản tin"]),
    T("le-vu-lan-2025.pdf", "event", ["vu lan festival 2025", "ceremony at 10:00"]),
    T("le-vu-lan-2025.pdf", "service", ["vegetarian banh mi", "for sale after the ceremony"]),
]
