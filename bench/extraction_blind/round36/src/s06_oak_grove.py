from common import N, T

SLUG = "oak-grove-nha-viet-family-center"

HEAD = """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{title}</title>
<link rel="stylesheet" href="/css/style.css">
<style>.tag{{display:inline-block;padding:1px 8px;border-radius:3px;font-size:12px}}.tag.open{{background:#d8f3dc}}.tag.done{{background:#eee;color:#777}}</style>
</head>
<body>
<div id="header">
 <div class="logo"><a href="/"><img src="/img/nhaviet.png" alt="Nhà Việt"></a></div>
 <div class="title">Trung Tâm Gia Đình Nhà Việt<br><span>Nha Viet Family Center &middot; Oak Grove, Minnesota</span></div>
</div>
<div id="menu">
 <a href="/">Trang chủ</a>
 <a href="/tinh-nguyen.html">Tình nguyện</a>
 <a href="/ung-ho.html">Ủng hộ</a>
 <a href="/ban-tin.html">Bản tin</a>
 <a href="/en.html">English</a>
</div>
<div id="content">
"""

FOOT = """
</div>
<div id="footer">
 Trung Tâm Gia Đình Nhà Việt &middot; 19400 Lake George Blvd NW, Oak Grove, MN 55011 &middot; ĐT: 763-555-0139 &middot; <a href="mailto:lienlac@nhaviet.example">lienlac@nhaviet.example</a><br>
 <a href="/ban-dieu-hanh/ghi-chu.html">Ban điều hành</a>
</div>
</body>
</html>
"""


def page(lang, title, body):
    return HEAD.format(lang=lang, title=title) + body + FOOT


PAGES = {}

PAGES["index.html"] = page("vi", "Trung Tâm Gia Đình Nhà Việt", """
<h1>Chào mừng quý vị đến với Nhà Việt</h1>
<p>Trung tâm phục vụ các gia đình người Việt tại quận Anoka và Isanti từ năm 2011.</p>
<h2>Giờ làm việc</h2>
<p>Thứ Hai đến Thứ Sáu, 9 giờ sáng – 5 giờ chiều. Chủ Nhật mở cửa cho lớp học.</p>
<h2>Dịch vụ</h2>
<ul>
 <li>Lớp tiếng Việt cho thiếu nhi mỗi sáng Chủ Nhật</li>
 <li>Giúp điền đơn Medicare, trợ cấp năng lượng và nhà ở</li>
 <li>Câu lạc bộ dưỡng sinh cho người cao tuổi</li>
</ul>
<h2>Lễ Vu Lan</h2>
<p>Chủ Nhật 17 tháng 8, 10 giờ sáng tại hội trường trung tâm. Có văn nghệ và cơm chay. <a href="/album/le-vu-lan-2024.html">Xem hình năm ngoái</a></p>
<p class="ungho">Xin quý vị ủng hộ tài chính để duy trì các chương trình của trung tâm. Mọi đóng góp đều được khấu trừ thuế.</p>
""")

PAGES["tinh-nguyen.html"] = page("vi", "Tình nguyện", """
<h1>Cần tình nguyện viên</h1>
<p>Xin liên lạc chị Thảo, số 763-555-0139, nếu quý vị có thể giúp.</p>
<ul class="roles">
 <li><strong>Giáo viên dạy tiếng Việt</strong> &mdash; lớp Chủ Nhật, 10 giờ đến 12 giờ trưa, cho các em từ 6 đến 12 tuổi. Cần đọc và viết tiếng Việt thành thạo. <span class="tag open">Đang cần</span></li>
 <li><strong>Tài xế đưa người cao tuổi đi khám bệnh</strong> &mdash; các bác sống ở Oak Grove và Ramsey cần người đưa đi bác sĩ ở Coon Rapids. Có xe riêng. <span class="tag open">Cần 2 người</span></li>
 <li><strong>Phụ bếp cho bữa trưa thứ Tư</strong> &mdash; <span class="tag done">Đã có đủ người phụ, xin cảm ơn!</span></li>
 <li><strong>Người giúp làm hồ sơ thuế</strong> &mdash; mùa thuế từ tháng 2 đến tháng 4, cần biết dùng phần mềm khai thuế. <span class="tag open">Đang cần</span></li>
 <li><s>Người sửa mái nhà kho</s> <span class="tag done">Không cần nữa</span></li>
 <li><strong>Trợ lý văn phòng</strong> &mdash; công việc có lương, 20 giờ mỗi tuần. Gửi hồ sơ qua email.</li>
</ul>
""")

PAGES["ung-ho.html"] = page("vi", "Ủng hộ hiện vật", """
<h1>Đồ cần quyên góp</h1>
<table class="list" border="1" cellpadding="6">
 <tr><th>Món đồ</th><th>Ghi chú</th></tr>
 <tr><td>Gạo (bao 25 lb)</td><td>cho tủ thực phẩm</td></tr>
 <tr><td>Nước mắm, dầu ăn</td><td>chai còn nguyên</td></tr>
 <tr><td>Tã em bé cỡ 3 đến 5</td><td></td></tr>
 <tr><td>Khăn giấy, giấy vệ sinh</td><td></td></tr>
</table>
<p>Lớp học Chủ Nhật không đủ ghế: mong quý vị tặng khoảng 20 cái ghế xếp còn tốt.</p>
<p><b>Chăn mền:</b> kho đã đầy, tạm thời không nhận thêm.</p>
<p>Nhận đồ vào thứ Ba và thứ Năm, 1 giờ đến 5 giờ chiều.</p>
<p>Năm ngoái cộng đồng đã tặng hơn 3.000 cân gạo. Xin cảm ơn!</p>
""")

PAGES["ban-tin.html"] = page("vi", "Bản tin tháng 10", """
<h1>Bản tin tháng 10</h1>
<div class="bai">
 <h2>Cảm ơn quý vị</h2>
 <p>Lễ Vu Lan năm nay có hơn 300 người tham dự. Ban tổ chức xin chân thành cảm ơn các gia đình đã nấu cơm chay.</p>
</div>
<div class="bai">
 <h2>Tin trung tâm</h2>
 <p>Phòng học mới đã sơn xong và lớp dưỡng sinh đã có thêm 12 hội viên. Ngoài ra, ban nhạc thiếu nhi đang tìm một thầy hoặc cô dạy đàn tranh, mỗi tháng hai buổi vào chiều thứ Bảy.</p>
</div>
<div class="bai">
 <h2>Cụ bà Lan cần giúp đỡ</h2>
 <p>Cụ bà Lan, 82 tuổi, sống một mình ở Anoka, vừa xuất viện sau khi bị té. Cụ cần người đến giúp đi chợ và dọn dẹp nhà mỗi tuần một lần cho đến khi bình phục. Xin gọi chị Thảo.</p>
</div>
<div class="bai">
 <h2>Họp mặt cuối năm</h2>
 <p>Thứ Bảy 21 tháng 12, 5 giờ chiều. Mời tất cả hội viên và gia đình.</p>
</div>
<p class="more"><a href="#">Đọc thêm: Vì sao người trẻ nên làm tình nguyện?</a></p>
""")

PAGES["en.html"] = page("en", "Nha Viet Family Center - English", """
<h1>Nha Viet Family Center</h1>
<p>We serve Vietnamese families in Anoka and Isanti counties with classes, senior programs and help with paperwork.</p>
<h2>Our services</h2>
<p>Free Medicare counseling in Vietnamese, Sunday Vietnamese school, and a senior exercise club.</p>
<h2>Enrolling in Sunday school</h2>
<p>Parents can register children ages 6&ndash;12 in August. Tuition is $40 per year; no one is turned away.</p>
<h2>Volunteers</h2>
<p>We are seeking an English tutor for adult students preparing for the citizenship interview. Vietnamese is not required. Tuesday evenings.</p>
<p>Wanted: a volunteer photographer for our class pictures and the yearbook in May.</p>
<h2>Tết celebration</h2>
<p>Saturday, February 1, 4 pm at the center. Lion dance at 5.</p>
<h2>About our director</h2>
<p>Nguyễn Thị Hoa came to Minnesota in 1991 and founded the center with six families.</p>
""")

PAGES["ban-dieu-hanh/ghi-chu.html"] = page("vi", "Ghi chú nội bộ", """
<h1>Ghi chú nội bộ &mdash; Ban điều hành</h1>
<ul>
 <li>Cần tìm kế toán tình nguyện cho năm tài chính 2025</li>
 <li>Xin hai tủ lạnh cũ cho tủ thực phẩm</li>
 <li>Cần người lái xe buýt nhỏ đưa các bác đi chùa</li>
</ul>
""")

ROBOTS = """User-agent: *
Disallow: /ban-dieu-hanh/
"""

PDFS = {}

NEEDS = [
    N("tinh-nguyen.html", ["giáo viên dạy tiếng việt"], "skilled", "vi", ["vi"], layout="role_list_badges"),
    N("tinh-nguyen.html", ["tài xế"], "volunteer", "vi", layout="role_list_badges"),
    N("tinh-nguyen.html", ["hồ sơ thuế"], "skilled", "vi", layout="role_list_badges"),
    N("ung-ho.html", ["đồ cần quyên góp", "nước mắm", "tã em bé"], "donation", "vi", layout="wish_list_table"),
    N("ung-ho.html", ["ghế xếp"], "donation", "vi", layout="short_on", note="'không đủ ghế'"),
    N("ban-tin.html", ["dạy đàn tranh"], "skilled", "vi", layout="newsletter_buried"),
    N("ban-tin.html", ["đi chợ và dọn dẹp"], "volunteer", "vi", layout="story", note="elder after a fall"),
    N("en.html", ["english tutor"], "skilled", "en", ["en"], layout="seeking"),
    N("en.html", ["photographer"], "skilled", "en", layout="heading_paragraph", note="'Wanted:' in a sentence"),
]

TRAPS = [
    T("index.html", "hours", ["giờ làm việc"]),
    T("index.html", "service", ["lớp tiếng việt cho thiếu nhi"]),
    T("index.html", "service", ["điền đơn medicare"]),
    T("index.html", "event", ["lễ vu lan"]),
    T("index.html", "general_appeal", ["ủng hộ tài chính"]),
    T("tinh-nguyen.html", "filled", ["phụ bếp"], note="Đã có đủ người phụ"),
    T("tinh-nguyen.html", "filled", ["sửa mái nhà kho"], note="struck + Không cần nữa"),
    T("tinh-nguyen.html", "job", ["trợ lý văn phòng"], note="có lương"),
    T("ung-ho.html", "filled", ["chăn mền"], note="kho đã đầy"),
    T("ung-ho.html", "hours", ["nhận đồ"]),
    T("ung-ho.html", "recap", ["3.000 cân gạo"]),
    T("ban-tin.html", "recap", ["hơn 300 người"]),
    T("ban-tin.html", "event", ["họp mặt cuối năm"]),
    T("ban-tin.html", "blog", ["vì sao người trẻ nên làm tình nguyện"]),
    T("en.html", "service", ["medicare counseling"]),
    T("en.html", "how_to_apply", ["enrolling in sunday school"]),
    T("en.html", "event", ["tết celebration"]),
    T("en.html", "bio", ["nguyễn thị hoa"]),
    T("ban-dieu-hanh/ghi-chu.html", "robots", ["kế toán tình nguyện"]),
    T("ban-dieu-hanh/ghi-chu.html", "robots", ["tủ lạnh"]),
    T("ban-dieu-hanh/ghi-chu.html", "robots", ["xe buýt nhỏ"]),
]
