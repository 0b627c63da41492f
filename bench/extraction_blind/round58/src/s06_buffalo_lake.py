"""Site 6: Cong Dong Nguoi Viet Buffalo Lake (Vietnamese community association). Hand-written
sidebar layout; phpBB-style request board; roles page; newsletter with buried asks; English page.
No PDF (WinAnsi cannot encode Vietnamese)."""
from common import N, T

SLUG = "buffalo-lake-cong-dong-viet"

_HEAD = """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{title} - Cộng Đồng Người Việt Buffalo Lake</title>
<link rel="stylesheet" href="/style.css">
</head>
<body>
<div id="wrap">
<div id="banner"><h1 class="sitename"><a href="/">Cộng Đồng Người Việt Buffalo Lake</a></h1>
<div class="menu"><a href="/">Trang chủ</a> | <a href="/bang-tin.html">Bảng tin</a> | <a href="/tinh-nguyen.html">Tình nguyện</a> | <a href="/tin-tuc.html">Bản tin</a> | <a href="/en/">English</a></div></div>
<div id="main">
"""

_SIDEBAR = """</div>
<div id="sidebar">
 <div class="widget"><h3>Liên lạc</h3><p>Văn phòng: 1 Main St E, Buffalo Lake, MN 55314<br>ĐT: (320) 555-0119<br>vanphong@congdongvietbl.org</p></div>
 {extra}
</div>
<div id="footer"><p>&copy; 2025 Cộng Đồng Người Việt Buffalo Lake &middot; <a href="/ban-dieu-hanh/">Ban Điều Hành</a></p></div>
</div>
</body>
</html>
"""


def _page(title, body, lang="vi", extra=""):
    return _HEAD.format(title=title, lang=lang) + body + _SIDEBAR.format(extra=extra)


INDEX = _page("Trang chủ", """
<h2>Chào mừng quý vị</h2>
<p>Hội được thành lập năm 1996 để giúp các gia đình Việt Nam ở vùng Buffalo Lake, Hector và Olivia.</p>
<h3>Giờ làm việc văn phòng</h3>
<p>Thứ Ba và Thứ Năm: 5 giờ chiều &ndash; 8 giờ tối<br>Chủ Nhật: 1 giờ &ndash; 4 giờ chiều</p>
<h3>Dịch vụ của hội</h3>
<ul><li>Lớp luyện thi quốc tịch</li><li>Thông dịch tại phòng khám và trường học</li><li>Giúp điền đơn từ, giấy tờ</li></ul>
<h3>Hội Chợ Tết Ất Tỵ</h3>
<p>Chủ Nhật, 2 tháng 2, tại trường trung học Buffalo Lake. Múa lân, ẩm thực và văn nghệ. <a href="/hinh-anh/hoi-cho-tet-2025.html">Xem hình</a></p>
<h3>Ủng hộ hội</h3>
<p>Mỗi đóng góp của quý vị giúp duy trì văn phòng và các lớp học. Xin gửi chi phiếu về văn phòng.</p>
""", extra="""<div class="widget urgent"><h3>Cần gấp</h3><p>Gia đình chị Hoa vừa sinh em bé và tủ lạnh nhà chị bị hư. Ai có tủ lạnh cũ còn tốt xin liên lạc văn phòng. Hội sẽ đến chở.</p></div>""")

BANGTIN = _page("Bảng tin", """
<h2>Bảng Tin Cộng Đồng</h2>
<p class="small">Bà con đăng nhu cầu hoặc đồ cho tặng ở đây. Ban điều hành đổi trạng thái khi việc đã xong.</p>
<table class="forumline" width="100%" cellspacing="1">
<tr><th>Chủ đề</th><th>Người đăng</th><th>Trạng thái</th><th>Trả lời</th></tr>
<tr class="row1">
 <td><a class="topictitle" href="#t311">Cần người chở ông Tư đi khám mắt ở Willmar ngày 14/6</a><br><span class="gensmall">Ông Tư không lái xe được sau khi mổ. Hẹn lúc 9 giờ sáng, khoảng 3 tiếng.</span></td>
 <td>Ngọc Anh</td><td><span class="tag open">Cần giúp</span></td><td>2</td>
</tr>
<tr class="row2">
 <td><a class="topictitle" href="#t309">Nhờ người xúc tuyết giúp cô Lan</a><br><span class="gensmall">Cô Lan vừa mổ đầu gối, cần người xúc tuyết lối đi mỗi khi tuyết rơi cho đến tháng Ba.</span></td>
 <td>Bác Sáu</td><td><span class="tag open">Cần giúp</span></td><td>5</td>
</tr>
<tr class="row1">
 <td><a class="topictitle" href="#t306">Tìm người kèm tiếng Anh cho hai em lớp 7</a><br><span class="gensmall">Hai em mới sang được một năm, cần người kèm tiếng Anh hai buổi tối mỗi tuần.</span></td>
 <td>Chị Thủy</td><td><span class="tag open">Cần giúp</span></td><td>1</td>
</tr>
<tr class="row2">
 <td><a class="topictitle" href="#t304">Gia đình anh Minh mới sang</a><br><span class="gensmall">Gia đình anh Minh (4 người) vừa dọn vào căn hộ trống. Cần bàn ghế, nồi cơm điện và chăn mền.</span></td>
 <td>Văn phòng</td><td><span class="tag open">Cần giúp</span></td><td>7</td>
</tr>
<tr class="row1">
 <td><a class="topictitle" href="#t301"><s>Cần người chở đi phỏng vấn quốc tịch</s></a><br><span class="gensmall">Đã xong, cảm ơn anh Khoa!</span></td>
 <td>Cô Mai</td><td><span class="tag done">Đã xong</span></td><td>3</td>
</tr>
<tr class="row2">
 <td><a class="topictitle" href="#t298">Cho tặng nôi em bé còn tốt</a><br><span class="gensmall">Nôi gỗ, có nệm. Ai cần xin nhắn tin cho tôi.</span></td>
 <td>Anh Phúc</td><td><span class="tag offer">Cho tặng</span></td><td>4</td>
</tr>
<tr class="row1">
 <td><a class="topictitle" href="#t295">Cần áo ấm cho trẻ em</a><br><span class="gensmall">Không cần nữa &mdash; hội đã nhận đủ áo. Cảm ơn bà con!</span></td>
 <td>Văn phòng</td><td><span class="tag done">Không cần nữa</span></td><td>9</td>
</tr>
</table>
""")

TINHNGUYEN = _page("Tình nguyện", """
<h2>Tình Nguyện Viên</h2>
<p>Cách đăng ký: gọi văn phòng (320) 555-0119 hoặc đến gặp chị Ngọc Anh vào Chủ Nhật.</p>
<div class="role"><h3>Giáo viên dạy tiếng Việt cho các em (lớp Chủ Nhật)</h3>
<p><span class="tag open">Cần 2 người</span> Dạy đọc và viết tiếng Việt cho các em từ 6 đến 10 tuổi, 10 đến 11 giờ sáng Chủ Nhật.</p></div>
<div class="role"><h3>Người phụ trách âm thanh cho Hội Chợ Tết</h3>
<p><span class="tag open">Cần 1 người</span> Biết sử dụng loa và micro; làm từ 9 giờ sáng đến 5 giờ chiều ngày hội chợ.</p></div>
<div class="role"><h3>Người gói bánh chưng</h3>
<p><span class="tag open">Cần 6 người</span> Thứ Bảy 25 tháng 1, tại nhà bác Sáu. Không cần kinh nghiệm, các bác sẽ chỉ.</p></div>
<div class="role"><h3>Người nấu ăn cho Hội Chợ Tết</h3>
<p><span class="tag done">Đủ rồi</span> Không cần thêm người nữa. Cảm ơn các cô chú!</p></div>
<div class="role"><h3>Thủ quỹ</h3>
<p><span class="tag paid">Có lương</span> Bán thời gian, 8 giờ mỗi tuần. Biết dùng Excel.</p></div>
""")

TINTUC = _page("Bản tin", """
<h2>Bản Tin Tháng Năm</h2>
<p>Cảm ơn quý vị đã ủng hộ Hội Chợ Tết: chúng ta gây quỹ được 12.500 đô-la cho văn phòng và lớp học.</p>
<p>Lớp quốc tịch năm nay đông quá, chúng tôi không đủ chỗ ngồi. Xin quý vị tặng khoảng 20 chiếc ghế xếp còn tốt. Ngoài ra, hội cũng đang tìm một người biết làm trang web để cập nhật trang của hội mỗi tháng.</p>
<p>Chúc mừng em Nguyễn Bảo Anh đã tốt nghiệp thủ khoa trường trung học Buffalo Lake!</p>
<p>Lễ Vu Lan sẽ được tổ chức ngày 7 tháng 9 tại chùa Phước Huệ. Mời bà con tham dự.</p>
""")

EN = _page("English", """
<h2>Buffalo Lake Vietnamese Community Association</h2>
<p>We are a volunteer-run association serving about 90 Vietnamese families in Renville and McLeod counties.</p>
<h3>How to become a member</h3>
<p>Membership is $20 a year per family. Pay at the office on Sundays.</p>
<h3>What we do</h3>
<p>Free interpreting at clinics and schools, citizenship classes, and help with forms.</p>
<h3>Mock interview partners</h3>
<p>Seeking English-speaking volunteers to play the officer in practice citizenship interviews, Tuesday evenings 6&ndash;8. No Vietnamese needed; we give you the question list.</p>
<h3>Our president</h3>
<p>Mr. Trần Văn Hải, a retired machinist, has led the association since 2015.</p>
<h3>Summer picnic</h3>
<p>Saturday, July 19 at the Buffalo Lake city park. Everyone is welcome.</p>
""", lang="en")

BDH = _page("Ban Điều Hành", """
<h2>Ban Điều Hành &mdash; nội bộ</h2>
<ul>
 <li>Cần tìm người làm kế toán cho hội trước tháng 12.</li>
 <li>Xin công ty tặng máy chiếu cho lớp học.</li>
 <li>Cần 3 người trực văn phòng chiều Thứ Năm.</li>
</ul>
""")

PAGES = {
    "index.html": INDEX,
    "bang-tin.html": BANGTIN,
    "tinh-nguyen.html": TINHNGUYEN,
    "tin-tuc.html": TINTUC,
    "en/index.html": EN,
    "ban-dieu-hanh/index.html": BDH,
}

ROBOTS = """User-agent: Googlebot
Disallow: /tmp/

User-agent: *
Disallow: /ban-dieu-hanh/
Disallow: /tmp/
"""

PDFS = {}

NEEDS = [
    N("index.html", ["tủ lạnh", "gia đình chị hoa"], "donation", "vi",
      layout="sidebar", note="'Cần gấp' sidebar widget: a used fridge"),
    N("bang-tin.html", ["chở ông tư", "khám mắt"], "volunteer", "vi",
      layout="request_board"),
    N("bang-tin.html", ["xúc tuyết"], "volunteer", "vi",
      layout="request_board"),
    N("bang-tin.html", ["kèm tiếng anh"], "skilled", "vi", ["en"],
      layout="request_board"),
    N("bang-tin.html", ["gia đình anh minh", "nồi cơm điện"], "donation", "vi",
      layout="request_board", note="new family: furniture, rice cooker, blankets = one need"),
    N("tinh-nguyen.html", ["dạy tiếng việt"], "skilled", "vi", ["vi"],
      layout="role_cards"),
    N("tinh-nguyen.html", ["phụ trách âm thanh"], "skilled", "vi",
      layout="role_cards"),
    N("tinh-nguyen.html", ["gói bánh chưng"], "volunteer", "vi",
      layout="role_cards"),
    N("tin-tuc.html", ["ghế xếp"], "donation", "vi",
      layout="newsletter_buried"),
    N("tin-tuc.html", ["làm trang web"], "skilled", "vi",
      layout="newsletter_buried", note="same paragraph, second ask"),
    N("en/index.html", ["mock interview", "practice citizenship interviews"], "volunteer", "en", ["en"],
      layout="heading_paragraph"),
]

TRAPS = [
    T("index.html", "hours", ["giờ làm việc văn phòng"]),
    T("index.html", "service", ["dịch vụ của hội", "lớp luyện thi quốc tịch"]),
    T("index.html", "event", ["hội chợ tết ất tỵ"]),
    T("index.html", "general_appeal", ["ủng hộ hội"]),
    T("bang-tin.html", "filled", ["phỏng vấn quốc tịch"], note="struck + 'Đã xong'"),
    T("bang-tin.html", "offer", ["nôi em bé"], note="'Cho tặng' = giving away"),
    T("bang-tin.html", "filled", ["áo ấm cho trẻ em"], note="'Không cần nữa'"),
    T("tinh-nguyen.html", "how_to_apply", ["cách đăng ký"]),
    T("tinh-nguyen.html", "filled", ["người nấu ăn"], note="'Đủ rồi' / no more people needed"),
    T("tinh-nguyen.html", "job", ["thủ quỹ"], note="'Có lương' = paid"),
    T("tin-tuc.html", "recap", ["12.500 đô-la"]),
    T("tin-tuc.html", "recap", ["tốt nghiệp thủ khoa"], note="non-ask news"),
    T("tin-tuc.html", "event", ["lễ vu lan"]),
    T("en/index.html", "general_appeal", ["how to become a member"], note="dues"),
    T("en/index.html", "service", ["free interpreting"]),
    T("en/index.html", "bio", ["our president"]),
    T("en/index.html", "event", ["summer picnic"]),
    T("ban-dieu-hanh/index.html", "robots", ["làm kế toán"]),
    T("ban-dieu-hanh/index.html", "robots", ["máy chiếu"]),
    T("ban-dieu-hanh/index.html", "robots", ["trực văn phòng"]),
]
