"""Site 11: Lang Viet (Vietnamese community association), Jeffers. Google-Sites look, Vietnamese-first + English."""
from common import N, T

SLUG = "jeffers-lang-viet-community"


def _page(lang, title, body):
    return """<!DOCTYPE html>
<html lang="%s">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%s - Làng Việt Jeffers</title>
<style>
body{font-family:"Open Sans",Arial,sans-serif;margin:0;color:#212121}
.hdr{background:#c62828;color:#fff;padding:28px 36px}.hdr .t{font-size:30px}
.tabs{background:#fafafa;border-bottom:1px solid #ddd;padding:0 36px}
.tabs a{display:inline-block;padding:12px 14px;color:#c62828;text-decoration:none}
.sect{padding:18px 36px;max-width:900px}
table.cv{border-collapse:collapse}table.cv td,table.cv th{border:1px solid #bbb;padding:6px 10px}
.ok{color:#2e7d32;font-weight:bold}.done{color:#9e9e9e}
</style>
</head>
<body>
<div class="hdr"><div class="t">Làng Việt Jeffers</div><div>Hội Người Việt vùng Tây Nam Minnesota &middot; Vietnamese Community of Southwest Minnesota</div></div>
<div class="tabs"><a href="/">Trang chủ</a><a href="/tinh-nguyen.html">Tình nguyện</a><a href="/quyen-gop.html">Quyên góp</a><a href="/english.html">English</a><a href="/album/hoi-cho-tet-2025.html">Hình ảnh</a></div>
%s
<div class="sect" style="font-size:12px;color:#666;border-top:1px solid #eee">Làng Việt Jeffers &middot; 301 Main St, Jeffers, MN 56145 &middot; (507) 555-0148 &middot; langvietjeffers@example.org &middot; <a href="/noi-bo/bien-ban.html">Nội bộ</a></div>
</body>
</html>
""" % (lang, title, body)


PAGES = {}

PAGES["index.html"] = _page("vi", "Trang chủ", """
<div class="sect">
<h2>Chào mừng quý vị</h2>
<p>Làng Việt Jeffers được thành lập năm 2010 bởi các gia đình làm việc ở nhà máy Windom và Worthington. Chúng tôi giúp nhau giữ tiếng Việt, văn hóa Việt, và làm quen với cuộc sống mới.</p>
<h3>Lớp quốc tịch miễn phí</h3>
<p>Mỗi tối thứ Năm, 6&ndash;8 giờ, tại văn phòng hội. Có tài liệu song ngữ.</p>
<h3>Văn phòng mở cửa</h3>
<p>Thứ Ba và thứ Năm, 10 giờ sáng &ndash; 3 giờ chiều.</p>
<h3>Hội chợ Tết Bính Ngọ</h3>
<p>Chủ nhật, 15 tháng 2 năm 2026, từ 12 giờ trưa tại Jeffers Community Hall. Múa lân, ẩm thực, trò chơi dân gian. Xem <a href="/tet-fair-volunteers.pdf">tờ đăng ký tình nguyện (PDF, tiếng Anh)</a>.</p>
<h3>Đóng góp cho hội</h3>
<p>Niên liễm mỗi gia đình $50 một năm. Mọi đóng góp thêm đều được trân trọng.</p>
<h3>Bài mới: Ba thế hệ người Việt ở Jeffers</h3>
<p>Bà Tư đến Minnesota năm 1979 trên một chiếc thuyền nhỏ; cháu nội bà năm nay vào đại học&hellip;</p>
</div>
""")

PAGES["tinh-nguyen.html"] = _page("vi", "Tình nguyện", """
<div class="sect">
<h2>Cần người tình nguyện</h2>
<table class="cv">
<tr><th>Công việc</th><th>Thời gian</th><th>Tình trạng</th></tr>
<tr><td>Dạy tiếng Việt cho thiếu nhi</td><td>Chủ nhật, 9&ndash;11 giờ sáng</td><td class="ok">Cần 2 người</td></tr>
<tr><td>Phụ giúp lớp quốc tịch (nói được cả tiếng Anh và tiếng Việt)</td><td>Thứ Năm, 6&ndash;8 giờ tối</td><td class="ok">Cần 1 người</td></tr>
<tr><td>Tài xế đưa người lớn tuổi đi khám bệnh</td><td>Tùy lịch hẹn</td><td class="ok">Cần thêm người</td></tr>
<tr><td>Trang trí hội trường cho Tết</td><td>Tháng 2</td><td class="done">Đủ người rồi &#10003;</td></tr>
<tr><td>Kế toán bán thời gian</td><td>10 giờ/tuần</td><td>Có trả lương, $20/giờ</td></tr>
</table>
<h3>Cách đăng ký</h3>
<p>Gọi cô Thảo, (507) 555-0148, hoặc ghé văn phòng hội vào thứ Ba.</p>
</div>
""")

PAGES["quyen-gop.html"] = _page("vi", "Quyên góp", """
<div class="sect">
<h2>Danh sách đồ cần quyên góp</h2>
<ul>
<li>Gạo (bao 25 lb)</li>
<li>Nước mắm</li>
<li>Mì gói</li>
<li>Dầu ăn</li>
<li>Tã em bé size 4&ndash;6</li>
</ul>
<h2>Gia đình chị Lan</h2>
<p>Chị Lan vừa sinh em bé thứ ba vào tháng trước. Chồng chị bị tai nạn ở nhà máy và đang phải nghỉ việc. Gia đình cần một cái nôi em bé, quần áo sơ sinh và xe đẩy. Ai có đồ cũ còn tốt xin liên lạc với hội.</p>
<h2>Sách giáo khoa cũ</h2>
<p class="done">Chúng tôi không cần thêm nữa &mdash; kho đã đầy. Cảm ơn quý vị!</p>
<h3>Chúng tôi không nhận</h3>
<ul><li>Đồ ăn đã mở</li><li>Thuốc</li><li>Quần áo rách</li></ul>
</div>
""")

PAGES["english.html"] = _page("en", "English", """
<div class="sect">
<h2>About Lang Viet</h2>
<p>&ldquo;Làng Việt&rdquo; means &ldquo;Vietnamese village.&rdquo; We are about 70 families in Jeffers, Windom, Mountain Lake and Worthington.</p>
<h3>Our coordinator</h3>
<p>Thảo Nguyễn has coordinated the association since 2018. She also teaches the Sunday Vietnamese class and makes the best chè in Cottonwood County.</p>
<h3>Seeking: a volunteer lawyer</h3>
<p>Once a month, for green-card and citizenship questions at our office. We provide interpreters.</p>
<h3>Needed: a chest freezer</h3>
<p>Our little food pantry gets fish and pork donations from local farms, but we have nowhere to keep them. A working chest freezer, any size, would make a big difference.</p>
<h3>We're hiring</h3>
<p>Bilingual case manager, $22/hour, 25 hours a week. Vietnamese and English required.</p>
</div>
""")

PAGES["noi-bo/bien-ban.html"] = _page("vi", "Biên bản họp", """
<div class="sect">
<h2>Biên bản họp ban chấp hành (nội bộ)</h2>
<ol>
<li>Cần người mới cho chức thư ký từ tháng 6.</li>
<li>Cần người lo quỹ học bổng cho học sinh.</li>
<li>Ngân sách Tết: $3,500.</li>
</ol>
</div>
""")

ROBOTS = """User-agent: *
Disallow: /noi-bo/

User-agent: AhrefsBot
Disallow: /
"""

PDFS = {
    "tet-fair-volunteers.pdf": ("Tet Fair 2026 - Volunteer Sign-up", [
        ("title", "Tet Fair 2026 - Volunteer Sign-up"),
        ("p", "Lang Viet Jeffers. Sunday, February 15, 2026, noon to 6 pm, Jeffers Community Hall. Free admission."),
        ("h", "Booth setup crew"),
        ("p", "Saturday, February 14, 2-6 pm. We need 10 people to set up tables, booths, lanterns and the stage. Bring a drill if you have one."),
        ("h", "Lion dance escorts"),
        ("p", "FULL - thank you to the youth group!"),
        ("h", "Sign up"),
        ("p", "Text Thao at (507) 555-0148 with your name and the job."),
    ]),
}

_V, _Q, _E, _R, _P = "tinh-nguyen.html", "quyen-gop.html", "english.html", "noi-bo/bien-ban.html", "tet-fair-volunteers.pdf"

NEEDS = [
    N(_V, ["dạy tiếng việt cho thiếu nhi"], "skilled", "vi", ["vi"], layout="shift_table"),
    N(_V, ["phụ giúp lớp quốc tịch"], "skilled", "vi", ["vi", "en"], layout="shift_table"),
    N(_V, ["tài xế đưa người lớn tuổi"], "volunteer", "vi", layout="shift_table"),
    N(_Q, ["danh sách đồ cần quyên góp", "nước mắm"], "donation", "vi", layout="wish_list"),
    N(_Q, ["nôi em bé", "quần áo sơ sinh"], "donation", "vi", layout="story"),
    N(_E, ["volunteer lawyer"], "skilled", "en", layout="seeking"),
    N(_E, ["chest freezer"], "donation", "en", layout="heading_paragraph"),
    N(_P, ["booth setup crew"], "volunteer", "en", layout="pdf"),
]

TRAPS = [
    T("index.html", "service", ["lớp quốc tịch miễn phí"]),
    T("index.html", "hours", ["văn phòng mở cửa"]),
    T("index.html", "event", ["hội chợ tết"]),
    T("index.html", "general_appeal", ["đóng góp cho hội"]),
    T("index.html", "blog", ["ba thế hệ người việt"]),
    T(_V, "filled", ["trang trí hội trường"], "'Đủ người rồi'"),
    T(_V, "job", ["kế toán bán thời gian"]),
    T(_V, "how_to_apply", ["cách đăng ký"]),
    T(_Q, "filled", ["sách giáo khoa cũ"], "'không cần thêm nữa - kho đã đầy'"),
    T(_Q, "not_accepted", ["chúng tôi không nhận"]),
    T(_E, "bio", ["thảo nguyễn"]),
    T(_E, "job", ["bilingual case manager"]),
    T(_R, "robots", ["chức thư ký"]),
    T(_R, "robots", ["quỹ học bổng"]),
    T(_P, "filled", ["lion dance escorts"], "FULL"),
    T(_P, "event", ["tet fair 2026"]),
    T(_P, "how_to_apply", ["text thao"]),
]
