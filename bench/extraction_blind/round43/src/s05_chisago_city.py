from common import N, T

SLUG = "chisago-city-chua-phap-hoa"

NAV = """<table width="100%" bgcolor="#8B0000"><tr>
<td><a href="/index.html"><font color="#FFD700">Trang chủ</font></a></td>
<td><a href="/cong-qua.html"><font color="#FFD700">Công quả</font></a></td>
<td><a href="/vat-dung.html"><font color="#FFD700">Vật dụng cần thiết</font></a></td>
<td><a href="/en/index.html"><font color="#FFD700">English</font></a></td>
<td><a href="/tai-lieu/vu-lan.pdf"><font color="#FFD700">Vu Lan (PDF)</font></a></td>
</tr></table>"""

FOOT = """<hr><p align="center"><small>Chùa Pháp Hoa &middot; 29210 Old Towne Rd, Chisago City, MN 55013 &middot; (651) 555-0152<br>
<a href="/ban-tri-su/bien-ban.html">Ban Trị Sự</a> &middot; <a href="/hinh-anh/tet-at-ty.html">Hình ảnh Tết</a></small></p>"""


def page(lang, title, body):
    return """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html lang="%s">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>%s - Chùa Pháp Hoa</title></head>
<body bgcolor="#FFF8E7">
%s
<div style="width:760px;margin:auto">
%s
</div>
%s
</body>
</html>
""" % (lang, title, NAV, body, FOOT)


INDEX = page("vi", "Trang chủ", """
<h1>Chùa Pháp Hoa</h1>
<p>Nam Mô A Di Đà Phật. Chùa Pháp Hoa là ngôi chùa nhỏ của cộng đồng Phật tử Việt Nam vùng Chisago và Lindstrom.</p>
<h2>Giờ lễ</h2>
<p>Chủ nhật: tụng kinh 10 giờ sáng, sau đó thọ trai. Tối thứ Bảy: thiền tập 7 giờ.</p>
<h2>Lễ Vu Lan</h2>
<p>Đại lễ Vu Lan Báo Hiếu sẽ được tổ chức vào Chủ nhật cuối tháng Tám. Kính mời quý Phật tử về tham dự.</p>
<h2>Lớp Việt ngữ</h2>
<p>Chùa mở lớp Việt ngữ miễn phí cho các em thiếu nhi mỗi sáng Chủ nhật, từ 8 đến 12 tuổi.</p>
<h2>Cúng dường xây dựng chánh điện</h2>
<p>Quý Phật tử hoan hỷ cúng dường để chùa sớm hoàn thành chánh điện mới. Công đức vô lượng.</p>
""")

CONG = page("vi", "Công quả", """
<h1>Bảng ghi danh công quả</h1>
<p>Xin quý vị ghi tên vào chỗ trống, hoặc gọi cho cô Diệu Hạnh.</p>
<ol>
 <li><b>Nấu cơm chay Chủ nhật</b> (8 giờ - 11 giờ sáng): 1. Cô Lan &nbsp; 2. ________ &nbsp; 3. ________</li>
 <li><b>Dạy lớp Việt ngữ</b>: cần thêm 2 thầy cô biết đọc và viết tiếng Việt thông thạo.</li>
 <li><b>Lau dọn chánh điện</b> (thứ Bảy): <font color="gray">Đã đủ người &ndash; xin cảm ơn.</font></li>
 <li><b>Đưa đón các cụ đi chùa</b> (có xe riêng): 1. ________ &nbsp; 2. ________</li>
 <li><b>Kế toán</b>: vị trí có lương, 10 giờ mỗi tuần. Xin gửi hồ sơ cho Ban Trị Sự.</li>
</ol>
""")

VAT = page("vi", "Vật dụng", """
<h1>Vật dụng chùa đang cần</h1>
<table border="1" cellpadding="5" cellspacing="0">
<tr bgcolor="#F5DEB3"><th>Vật dụng</th><th>Đã nhận</th><th>Tiến độ</th></tr>
<tr><td>Gạo (bao 25 lbs)</td><td>30 / 50 bao</td><td><div style="background:#c00;width:60%">&nbsp;</div></td></tr>
<tr><td>Ghế xếp</td><td>100 / 100</td><td><div style="background:#090;width:100%">&nbsp;</div> Đã nhận đủ</td></tr>
<tr><td>Bàn gỗ cho lớp học</td><td>4 / 12 cái</td><td><div style="background:#c00;width:33%">&nbsp;</div></td></tr>
</table>
<h2>Hoàn cảnh gia đình bác Tư</h2>
<p>Bác Tư năm nay 78 tuổi, sống một mình ở North Branch. Tủ lạnh nhà bác đã hư hơn một tháng nay, bác phải để thức ăn
ngoài hiên. Nếu quý vị có tủ lạnh cũ còn tốt, xin liên lạc với chùa.</p>
<h2>Tri ân</h2>
<p>Tết vừa qua, chùa đã phát 220 phần quà cho các gia đình. Xin tri ân quý vị.</p>
""")

EN = page("en", "English", """
<h1>Dharma Flower Temple (Chùa Pháp Hoa)</h1>
<h2>Volunteer opportunities</h2>
<div class="listing">
 <div class="item"><h3>Lunar New Year parking volunteers</h3><p class="meta">Posted Jan 5 &middot; <b>EXPIRED</b></p>
 <p>Thank you, this listing has closed.</p></div>
 <div class="item"><h3>Website helper (WordPress)</h3><p class="meta">Posted Apr 2 &middot; Open</p>
 <p>Our website is ten years old. We need someone comfortable with WordPress to move it to a new theme and keep the
 calendar updated.</p></div>
 <div class="item"><h3>Teen tutor (English &amp; Vietnamese)</h3><p class="meta">Posted Apr 20 &middot; Open</p>
 <p>Help teenagers with homework in English while chatting with them in Vietnamese. Sunday afternoons.</p></div>
</div>
<h2>Meditation for beginners</h2>
<p>Saturday evenings at 7, in English and Vietnamese. All are welcome; no registration needed.</p>
<h2>Our abbot</h2>
<p>Venerable Thich Minh Tam was ordained in Hue and came to Minnesota in 2001.</p>
""")

BAN = page("vi", "Ban Trị Sự", """
<h1>Biên bản họp Ban Trị Sự (nội bộ)</h1>
<ul><li>Cần người sửa mái nhà bếp.</li><li>Tìm người tặng máy lạnh cho chánh điện.</li><li>Cần thủ quỹ mới từ tháng Bảy.</li></ul>
""")

PAGES = {"index.html": INDEX, "cong-qua.html": CONG, "vat-dung.html": VAT, "en/index.html": EN,
         "ban-tri-su/bien-ban.html": BAN}

ROBOTS = """User-agent: *
Disallow: /ban-tri-su/
"""

PDFS = {
    "tai-lieu/vu-lan.pdf": ("Vu Lan Festival - Dharma Flower Temple", [
        ("title", "DHARMA FLOWER TEMPLE - VU LAN FESTIVAL"),
        ("p", "29210 Old Towne Rd, Chisago City, MN 55013 - (651) 555-0152"),
        ("h", "Vu Lan Festival"),
        ("p", "The Vu Lan (Ullambana) festival honors our mothers and fathers. Ceremony at 10 am, vegetarian lunch at noon, "
              "rose ceremony at 1 pm."),
        ("h", "Kitchen helpers"),
        ("p", "We still need kitchen helpers for the Vu Lan lunch: chopping vegetables on Saturday afternoon and serving "
              "on Sunday. About 400 guests are expected."),
        ("h", "Flower arranging"),
        ("p", "Volunteers who enjoy flower arranging are needed on Saturday to prepare the altar and the red and white roses."),
        ("h", "Parking team"),
        ("p", "Parking team: full. Thank you to the Lindstrom youth group."),
    ]),
}

NEEDS = [
    N("cong-qua.html", ["nấu cơm chay"], "volunteer", "vi", layout="signup_blanks", note="2 blanks"),
    N("cong-qua.html", ["dạy lớp việt ngữ"], "skilled", "vi", ["vi"], layout="signup_blanks"),
    N("cong-qua.html", ["đưa đón các cụ"], "volunteer", "vi", layout="signup_blanks", note="drivers, 2 blanks"),
    N("vat-dung.html", ["gạo"], "donation", "vi", layout="progress_table", note="30/50"),
    N("vat-dung.html", ["bàn gỗ"], "donation", "vi", layout="progress_table", note="4/12"),
    N("vat-dung.html", ["tủ lạnh"], "donation", "vi", layout="story"),
    N("en/index.html", ["website helper", "wordpress"], "skilled", "en", layout="cms_listing"),
    N("en/index.html", ["teen tutor"], "skilled", "en", ["en", "vi"], layout="cms_listing"),
    N("tai-lieu/vu-lan.pdf", ["kitchen helpers"], "volunteer", "en", layout="pdf"),
    N("tai-lieu/vu-lan.pdf", ["flower arranging"], "volunteer", "en", layout="pdf"),
]

TRAPS = [
    T("index.html", "hours", ["giờ lễ"]),
    T("index.html", "event", ["lễ vu lan"]),
    T("index.html", "service", ["lớp việt ngữ miễn phí"]),
    T("index.html", "general_appeal", ["cúng dường xây dựng"]),
    T("cong-qua.html", "filled", ["lau dọn chánh điện"], "đã đủ người"),
    T("cong-qua.html", "job", ["kế toán"]),
    T("cong-qua.html", "how_to_apply", ["xin quý vị ghi tên"]),
    T("vat-dung.html", "filled", ["ghế xếp"], "100/100, đã nhận đủ"),
    T("vat-dung.html", "recap", ["220 phần quà"]),
    T("en/index.html", "filled", ["lunar new year parking"], "EXPIRED listing"),
    T("en/index.html", "event", ["meditation for beginners"]),
    T("en/index.html", "bio", ["our abbot"]),
    T("tai-lieu/vu-lan.pdf", "event", ["rose ceremony"]),
    T("tai-lieu/vu-lan.pdf", "filled", ["parking team"]),
    T("ban-tri-su/bien-ban.html", "robots", ["mái nhà bếp"]),
    T("ban-tri-su/bien-ban.html", "robots", ["máy lạnh"]),
    T("ban-tri-su/bien-ban.html", "robots", ["thủ quỹ"]),
]
