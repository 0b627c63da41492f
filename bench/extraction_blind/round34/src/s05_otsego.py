from common import N, T

SLUG = "otsego-hoi-gia-dinh-viet"


def page(lang, title, body):
    return """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html lang="%s">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>%s - Hội Gia Đình Việt Otsego</title></head>
<body bgcolor="#fffbe8">
<table width="900" align="center" cellpadding="0" cellspacing="0"><tr><td>
<div id="banner"><img src="/img/banner.jpg" alt="Hội Gia Đình Việt Otsego"></div>
<div id="menu">
 <a href="/index.html">Trang chủ</a> &#124; <a href="/thien-nguyen.html">Thiện nguyện</a> &#124;
 <a href="/quyen-gop.html">Quyên góp</a> &#124; <a href="/ban-tin.html">Bản tin</a> &#124; <a href="/en/index.html">English</a>
</div>
<div id="noidung">
%s
</div>
<div id="chanTrang"><small>Hội Gia Đình Việt Otsego &middot; 8800 Quaday Ave NE, Otsego, MN 55330 &middot; (763) 555-0178 &middot;
<a href="/noi-bo/ban-dieu-hanh.html">Nội bộ</a> &middot; <a href="/hinh-anh/trung-thu-2023.html">Hình ảnh</a></small></div>
</td></tr></table>
</body>
</html>
""" % (lang, title, body)


INDEX = page("vi", "Trang chủ", """
<h1>Chào mừng quý vị đến với Hội Gia Đình Việt Otsego</h1>
<p>Hội được thành lập năm 2011 để gắn kết các gia đình Việt Nam ở Otsego, Elk River, Albertville và vùng lân cận.</p>
<h2>Giờ làm việc</h2>
<p>Thứ Ba đến Thứ Sáu, 9 giờ sáng đến 4 giờ chiều.</p>
<h2>Lớp Việt ngữ</h2>
<p>Lớp Việt ngữ cho thiếu nhi mỗi Chủ Nhật từ 1 đến 3 giờ chiều, hoàn toàn miễn phí.</p>
<h2>Đêm hội Trung Thu</h2>
<p>Thứ Bảy ngày 4 tháng 10, 5 giờ chiều tại sân trường Otsego Elementary. Rước đèn, múa lân và bánh trung thu.</p>
<h2>Ủng hộ Hội</h2>
<p>Mọi đóng góp của quý vị giúp Hội tiếp tục hoạt động. Xin cảm ơn!</p>
""")

THIEN = page("vi", "Thiện nguyện", """
<h1>Bảng đăng ký công việc thiện nguyện</h1>
<p>Xin gọi văn phòng để ghi tên vào ô còn trống.</p>
<table border="1" cellpadding="5" cellspacing="0" width="100%%">
<tr bgcolor="#f4d35e"><th>Công việc</th><th>Ngày giờ</th><th>Người đã đăng ký</th><th>Tình trạng</th></tr>
<tr><td>Phụ bếp nấu cơm cho buổi sinh hoạt cao niên</td><td>Thứ Bảy, 9 giờ &ndash; 12 giờ</td><td>Cô Lan, Chú Hùng</td><td><font color="green">Còn cần 3 người</font></td></tr>
<tr><td>Giữ xe và hướng dẫn đậu xe đêm Trung Thu</td><td>4/10, 4 giờ chiều</td><td>Anh Tuấn, Anh Phong, Anh Khoa</td><td><font color="gray">Đã có người nhận</font></td></tr>
<tr><td>Dạy kèm toán cho học sinh cấp 2</td><td>Thứ Tư, 4 &ndash; 6 giờ chiều</td><td>&nbsp;</td><td><font color="green">Còn trống 2 chỗ</font></td></tr>
<tr><td>Thông dịch viên Việt&ndash;Anh đi khám bệnh cùng các cụ</td><td>Theo lịch hẹn</td><td>Chị Mai</td><td><font color="green">Cần thêm người</font></td></tr>
<tr><td>Trang trí lồng đèn Trung Thu</td><td>3/10, 6 giờ tối</td><td>Hạnh, Vy, Quân, Bảo, Thư, Nhi</td><td><font color="gray">Hết chỗ</font></td></tr>
</table>
""")

QUYEN = page("vi", "Quyên góp", """
<h1>Quyên góp hiện vật</h1>
<h2>Danh sách vật dụng Hội đang cần</h2>
<ul>
<li>Gạo (bao 25 pound)</li>
<li>Nước mắm</li>
<li>Dầu ăn</li>
<li>Mì gói</li>
</ul>
<h2>Áo ấm</h2>
<p>Mùa đông sắp đến và chúng tôi đang thiếu áo ấm cho trẻ em, nhất là cỡ 6 đến 12 tuổi. Áo cũ còn tốt cũng được.</p>
<h2>Sách tiếng Việt</h2>
<p>Hội đã nhận đủ sách tiếng Việt cho thư viện nhỏ. Xin quý vị đừng gửi thêm. Cảm ơn tấm lòng của mọi người!</p>
<h2>Tết vừa qua</h2>
<p>Nhờ quý vị, Tết vừa qua Hội đã trao 60 phần quà cho các cụ cao niên.</p>
""")

BANTIN = page("vi", "Bản tin", """
<h1>Bản tin tháng Chín</h1>
<p>Kính thưa quý hội viên,</p>
<p>Chuyến đi dã ngoại ở hồ Beebe tháng Tám vừa rồi có hơn 120 người tham dự. Các em nhỏ rất vui, các cụ cũng được một
ngày thư giãn. Xin cảm ơn các gia đình đã mang thức ăn.</p>
<p>Phòng máy tính của Hội có 6 máy nhưng 3 máy đã hư từ mùa xuân. Ban điều hành đang tìm một người biết sửa máy tính có
thể bỏ ra một buổi chiều để xem giúp. Các em học sinh và các cụ học lớp vi tính đều cần dùng phòng này.</p>
<h2>Câu chuyện của bác Tư</h2>
<p>Bác Tư năm nay 78 tuổi, sống một mình ở Elk River. Mỗi tuần bác phải đi chạy thận ba lần ở Monticello, sáng thứ Hai,
thứ Tư và thứ Sáu. Con cháu ở xa, xe buýt thì không đi đúng giờ. Nếu quý vị nào có thể chở bác một buổi sáng mỗi tuần,
xin liên lạc với văn phòng Hội.</p>
<p>Họp mặt cuối năm sẽ được tổ chức vào ngày 14 tháng 12. Thư mời sẽ gửi sau.</p>
""")

EN = page("en", "English", """
<h1>Otsego Vietnamese Family Association &ndash; in English</h1>
<h3>Do you need volunteers who don't speak Vietnamese?</h3>
<p>Yes! Our English conversation club for seniors meets Tuesday mornings at 10, and we need native English speakers to
chat with our elders over coffee. No teaching experience needed.</p>
<h3>Can I get help with my Medicare paperwork?</h3>
<p>Yes. Our staff help seniors with Medicare and Medical Assistance forms by appointment, free of charge.</p>
<h3>How do I enroll my child in Vietnamese class?</h3>
<p>Come to the office with your child's birth date and a parent's phone number. Classes start in September.</p>
<h3>Who runs the association?</h3>
<p>Our president, Mr. Trần Văn Bình, came to Minnesota in 1980 and worked for 30 years as a machinist in Anoka.</p>
""")

NOIBO = page("vi", "Nội bộ", """
<h1>Ghi chú ban điều hành (nội bộ)</h1>
<ul>
<li>Cần tìm người làm kế toán thiện nguyện cho năm tới.</li>
<li>Xin nhà hàng Phở Sông Hồng tài trợ bánh cho Trung Thu.</li>
<li>Cần 4 người trực bàn ghi danh ngày hội.</li>
</ul>
""")

PAGES = {"index.html": INDEX, "thien-nguyen.html": THIEN, "quyen-gop.html": QUYEN, "ban-tin.html": BANTIN,
         "en/index.html": EN, "noi-bo/ban-dieu-hanh.html": NOIBO}

ROBOTS = "User-agent: *\nDisallow: /noi-bo/\n"

NEEDS = [
    N("thien-nguyen.html", ["phụ bếp"], "volunteer", "vi", layout="shift_table", note="còn cần 3 người"),
    N("thien-nguyen.html", ["dạy kèm toán"], "skilled", "vi", layout="shift_table", note="còn trống 2 chỗ"),
    N("thien-nguyen.html", ["thông dịch viên"], "skilled", "vi", ["vi", "en"], layout="shift_table", note="cần thêm người"),
    N("quyen-gop.html", ["danh sách vật dụng", "nước mắm"], "donation", "vi", layout="wish_list"),
    N("quyen-gop.html", ["áo ấm cho trẻ em"], "donation", "vi", layout="short_on", note="'đang thiếu' = we are short on"),
    N("ban-tin.html", ["sửa máy tính"], "skilled", "vi", layout="newsletter_buried"),
    N("ban-tin.html", ["chạy thận", "chở bác"], "volunteer", "vi", layout="story", note="elder needs rides to dialysis"),
    N("en/index.html", ["english conversation club", "native english speakers"], "volunteer", "en", ["en"], layout="faq_answer"),
]

TRAPS = [
    T("index.html", "hours", ["giờ làm việc"]),
    T("index.html", "service", ["lớp việt ngữ"]),
    T("index.html", "event", ["đêm hội trung thu"]),
    T("index.html", "general_appeal", ["ủng hộ hội"]),
    T("thien-nguyen.html", "filled", ["giữ xe"], "đã có người nhận"),
    T("thien-nguyen.html", "filled", ["trang trí lồng đèn"], "hết chỗ"),
    T("quyen-gop.html", "filled", ["sách tiếng việt"], "đã nhận đủ, đừng gửi thêm"),
    T("quyen-gop.html", "recap", ["60 phần quà"]),
    T("ban-tin.html", "recap", ["chuyến đi dã ngoại"]),
    T("ban-tin.html", "event", ["họp mặt cuối năm"]),
    T("en/index.html", "service", ["medicare paperwork"]),
    T("en/index.html", "how_to_apply", ["enroll my child"]),
    T("en/index.html", "bio", ["our president"]),
    T("noi-bo/ban-dieu-hanh.html", "robots", ["kế toán thiện nguyện"]),
    T("noi-bo/ban-dieu-hanh.html", "robots", ["tài trợ bánh"]),
    T("noi-bo/ban-dieu-hanh.html", "robots", ["trực bàn ghi danh"]),
]
