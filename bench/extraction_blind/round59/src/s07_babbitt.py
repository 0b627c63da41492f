"""Babbitt: Lac Hong Vietnamese Language School (weekend school). Vietnamese notice board, Vietnamese assignment
table with names in filled rows, English FAQ page with a bio, English PDF parent handbook."""
from common import need, trap

SLUG = "babbitt-lac-hong-vietnamese-school"
PAGES, NEEDS, TRAPS = {}, [], []

NAV = """<div class="nav"><b><a href="/">Trường Việt Ngữ Lạc Hồng</a></b> &nbsp;|&nbsp; <a href="/">Trang chủ</a>
&nbsp;|&nbsp; <a href="/tinh-nguyen.html">Tình nguyện</a> &nbsp;|&nbsp; <a href="/english.html">English</a>
&nbsp;|&nbsp; <a href="/so-tay-phu-huynh.pdf">Sổ tay phụ huynh (PDF)</a></div>"""
FOOT = """<div class="footer"><p>Trường Việt Ngữ Lạc Hồng &middot; Babbitt Community Center, 71 South Dr, Babbitt, MN 55706 &middot; (218) 555-0171</p>
<p><a href="/ban-dieu-hanh/">Ban điều hành</a> &middot; <a href="/album/hoi-cho-tet-2025.html">Album Hội chợ Tết 2025</a></p></div>"""

PAGES["index.html"] = """
<!DOCTYPE html>
<html lang="vi">
<head><meta charset="utf-8"><title>Trường Việt Ngữ Lạc Hồng &ndash; Babbitt</title>
<link rel="stylesheet" href="/style.css"></head>
<body>
""" + NAV + """
<div class="main">
<h1>Chào mừng quý phụ huynh và các em!</h1>
<p>Trường dạy tiếng Việt, lịch sử và văn hóa Việt Nam cho các em từ 5 đến 15 tuổi ở vùng Iron Range.</p>
<div class="box"><h2>Giờ học</h2><p>Chủ nhật, 1:00&ndash;4:00 chiều, trong năm học (tháng 9 đến tháng 5).</p></div>
<div class="box"><h2>Ghi danh năm học mới</h2><p>Ghi danh bắt đầu ngày 1 tháng 8. Điền đơn và nộp học phí tại văn phòng
trường vào Chủ nhật.</p></div>
<div class="box notices"><h2>Thông báo</h2>
<ul>
<li><b>Cần gấp:</b> Lớp mẫu giáo có 14 em mà chỉ có một cô giáo. Chúng tôi cần phụ huynh tình nguyện trông lớp mẫu giáo
mỗi Chủ nhật (có thể thay phiên nhau).</li>
<li><b>Tết Trung Thu:</b> rước đèn và văn nghệ vào tối thứ Bảy 4 tháng 10, 6:00 chiều, tại sân trường.</li>
<li><b>Cảm ơn</b> quý phụ huynh đã đóng góp cho Hội chợ Tết &mdash; trường thu được $3,200 cho quỹ sách.</li>
</ul></div>
</div>
""" + FOOT + """
</body></html>
"""
NEEDS += [
    need("index.html", ["trông lớp mẫu giáo"], "volunteer", "vi", layout="notice_board", note="'cần gấp' = urgent"),
]
TRAPS += [
    trap("index.html", "hours", ["giờ học"]),
    trap("index.html", "how_to_apply", ["ghi danh năm học mới"]),
    trap("index.html", "event", ["tết trung thu"]),
    trap("index.html", "recap", ["hội chợ tết"]),
]

PAGES["tinh-nguyen.html"] = """
<!DOCTYPE html>
<html lang="vi">
<head><meta charset="utf-8"><title>Tình nguyện &ndash; Trường Việt Ngữ Lạc Hồng</title>
<link rel="stylesheet" href="/style.css"></head>
<body>
""" + NAV + """
<div class="main">
<h1>Bảng phân công năm học 2024&ndash;2025</h1>
<p>Trường hoạt động hoàn toàn nhờ thiện nguyện. Xin quý vị xem bảng dưới đây và liên lạc cô Mai nếu nhận được việc.</p>
<table border="1" cellpadding="5">
<tr><th>Công việc</th><th>Thời gian</th><th>Người phụ trách</th></tr>
<tr><td>Giáo viên lớp 3</td><td>Chủ nhật 1:00&ndash;4:00</td><td>Cô Hạnh</td></tr>
<tr><td>Giáo viên phụ lớp 1</td><td>Chủ nhật 1:00&ndash;4:00</td><td><i>(còn trống &mdash; cần người biết đọc viết tiếng Việt)</i></td></tr>
<tr><td>Thủ quỹ</td><td>Cả năm</td><td>Đã có người nhận</td></tr>
<tr><td>Người chụp hình cho lễ Tết</td><td>Thứ Bảy 25 tháng 1</td><td><i>Cần 1 người có máy ảnh</i></td></tr>
<tr><td>Dọn dẹp phòng học sau giờ học</td><td>Chủ nhật 4:00&ndash;4:30</td><td>Đã đủ người, cảm ơn!</td></tr>
<tr><td>Người dạy múa lân cho các em</td><td>Thứ Bảy, tháng 12 và tháng 1</td><td><i>Cần 1 người</i></td></tr>
</table>
<h2>Tuyển dụng</h2>
<p>Thư ký văn phòng (có trả lương $15/giờ, 4 giờ mỗi Chủ nhật). Xin gửi đơn cho cô Mai trước ngày 30 tháng 4.</p>
<h2>Tủ sách của trường</h2>
<p>Thư viện nhỏ của trường cần thêm truyện tranh tiếng Việt cho thiếu nhi (Thần Đồng Đất Việt, truyện cổ tích&hellip;).
Sách cũ còn tốt cũng được. Xin gửi cho cô Mai vào Chủ nhật.</p>
</div>
""" + FOOT + """
</body></html>
"""
NEEDS += [
    need("tinh-nguyen.html", ["giáo viên phụ lớp 1"], "skilled", "vi", ["vi"], layout="assignment_table",
         note="empty assignment cell"),
    need("tinh-nguyen.html", ["người chụp hình"], "skilled", "vi", layout="assignment_table"),
    need("tinh-nguyen.html", ["múa lân"], "skilled", "vi", layout="assignment_table", note="lion dance teacher"),
    need("tinh-nguyen.html", ["truyện tranh tiếng việt"], "donation", "vi", layout="heading_paragraph"),
]
TRAPS += [
    trap("tinh-nguyen.html", "filled", ["giáo viên lớp 3"], note="a name in the cell"),
    trap("tinh-nguyen.html", "filled", ["thủ quỹ"], note="đã có người nhận"),
    trap("tinh-nguyen.html", "filled", ["dọn dẹp phòng học"], note="đã đủ người"),
    trap("tinh-nguyen.html", "job", ["thư ký văn phòng"], note="paid"),
]

PAGES["english.html"] = """
<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>About Lac Hong School (English)</title>
<link rel="stylesheet" href="/style.css"></head>
<body>
""" + NAV + """
<div class="main">
<h1>About Lac Hong Vietnamese Language School</h1>
<p>Founded in 2011 by four families who worked at the taconite plant, Lac Hong now teaches 46 children on Sunday
afternoons in borrowed classrooms at the Babbitt Community Center.</p>
<h2>Our principal</h2>
<p>Mrs. Nguyen Thi Mai taught literature in Hue for twelve years before coming to Minnesota. She has led the school
since 2015 and still teaches the oldest class herself.</p>
<h2>Frequently asked questions</h2>
<div class="faq">
<h3>Is there a fee?</h3>
<p>Tuition is $150 a year per family, and no family is turned away for inability to pay. Fill out the enrollment form
at the office.</p>
<h3>Can people who don't speak Vietnamese help?</h3>
<p>Yes! Right now we need someone with grant-writing experience to help us apply to the Iron Range foundation for
new textbooks. We also need two or three people with strong backs to carry tables and set up the gym before the
Lunar New Year fair in January.</p>
<h3>How else can I support the school?</h3>
<p>Checks for our scholarship fund can be mailed to the address below.</p>
</div>
</div>
""" + FOOT + """
</body></html>
"""
NEEDS += [
    need("english.html", ["grant-writing experience"], "skilled", "en", layout="faq_answer"),
    need("english.html", ["set up the gym", "carry tables"], "volunteer", "en", layout="faq_answer",
         note="setup crew for the fair; the fair itself is not a need"),
]
TRAPS += [
    trap("english.html", "bio", ["our principal", "nguyen thi mai"]),
    trap("english.html", "how_to_apply", ["is there a fee?"]),
    trap("english.html", "general_appeal", ["scholarship fund"]),
]

PAGES["ban-dieu-hanh/index.html"] = """
<!DOCTYPE html>
<html lang="vi">
<head><meta charset="utf-8"><title>Ban điều hành</title></head>
<body>
""" + NAV + """
<div class="main"><h1>Ban điều hành (nội bộ)</h1>
<ul><li>Cần người làm kế toán để nộp hồ sơ thuế 990.</li>
<li>Cần xin một máy chiếu (projector) cho lớp lớn.</li>
<li>Cần người sửa trang web của trường.</li></ul></div>
""" + FOOT + """
</body></html>
"""
TRAPS += [
    trap("ban-dieu-hanh/index.html", "robots", ["hồ sơ thuế 990"]),
    trap("ban-dieu-hanh/index.html", "robots", ["máy chiếu"]),
    trap("ban-dieu-hanh/index.html", "robots", ["sửa trang web"]),
]

PDFS = {
    "so-tay-phu-huynh.pdf": ("Lac Hong Parent Handbook 2024-25", [
        ("title", "Lac Hong Vietnamese Language School - Parent Handbook 2024-25"),
        ("p", "TUITION AND ENROLLMENT Tuition is $150 per family per year. Enroll at the office on any Sunday in "
              "August or September; bring your child's immunization record."),
        ("p", "SCHOOL SUPPLIES DRIVE Before classes start we collect whiteboard markers, glue sticks, lined notebooks and "
              "boxes of tissues for all six classrooms. Please drop them in the blue bin by the office door."),
        ("p", "IMPORTANT DATES First day of school: September 8. Tet celebration and fair: Saturday, January 25. "
              "Last day and graduation: May 18."),
    ]),
}
NEEDS += [
    need("so-tay-phu-huynh.pdf", ["school supplies drive", "whiteboard markers"], "donation", "en", layout="pdf"),
]
TRAPS += [
    trap("so-tay-phu-huynh.pdf", "how_to_apply", ["tuition and enrollment"]),
    trap("so-tay-phu-huynh.pdf", "event", ["important dates", "tet celebration"]),
]

ROBOTS = """User-agent: *
Disallow: /ban-dieu-hanh/
"""
