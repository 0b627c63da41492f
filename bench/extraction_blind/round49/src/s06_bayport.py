"""Bayport: Niệm Phật Đường An Lạc (Vietnamese + English).
Layouts: Vietnamese notice-board card grid with the status badge at the very
bottom of each card (after the description); Vietnamese Tết preparation
schedule with rowspan dates, names and "(trống)" blanks, and colspan note rows;
English FAQ; English PDF flyer for a clean-up day (event + helpers)."""
from common import N, T

SLUG = "bayport-niem-phat-duong-an-lac"

NAV = """<header class="site"><a class="logo" href="/index.html">Niệm Phật Đường An Lạc</a>
<nav><a href="/index.html">Trang chủ</a><a href="/lich.html">Lịch Tết</a><a href="/english.html">English</a>
<a href="/flyer.pdf">Ngày dọn dẹp (PDF)</a><a href="/phap-thoai/bai-giang-1.html">Pháp thoại</a></nav></header>"""

FOOT = """<footer>412 5th Ave N, Bayport MN 55003 &middot; (651) 555-0129 &middot;
<a href="/ban-tri-su/index.html">Ban Trị Sự</a></footer>"""

PAGES = {}

PAGES["index.html"] = """
<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Niệm Phật Đường An Lạc - Bayport</title>
<style>
.grid{display:grid;grid-template-columns:repeat(3,1fr);gap:14px}
.card{border:1px solid #e0c080;border-radius:8px;padding:12px;display:flex;flex-direction:column}
.card .badge{margin-top:auto;align-self:flex-end;font-size:12px;padding:2px 8px;border-radius:10px}
.gap{background:#d32f2f;color:#fff}.du{background:#9e9e9e;color:#fff}.thieu{background:#f57c00;color:#fff}
</style>
</head>
<body>
""" + NAV + """
<h1>Bảng thông báo</h1>
<p>Nam Mô A Di Đà Phật. Xin quý Phật tử xem các việc cần giúp dưới đây và liên lạc cô Diệu Hạnh.</p>
<div class="grid">
  <div class="card">
    <h3>Nấu cơm chay ngày Rằm tháng Mười</h3>
    <p>Cần 4 người phụ nấu cơm chay cho khoảng 120 người, thứ Bảy 6 giờ sáng.</p>
    <span class="badge gap">Cần gấp</span>
  </div>
  <div class="card">
    <h3>Gạo và dầu ăn cho gia đình khó khăn</h3>
    <p>Phần quà cuối năm cho 30 gia đình.</p>
    <span class="badge du">Đã đủ &ndash; cảm ơn quý Phật tử</span>
  </div>
  <div class="card">
    <h3>Thầy cô dạy tiếng Việt cho các em</h3>
    <p>Lớp Chủ Nhật 1&ndash;3 giờ chiều, các em từ 6 đến 12 tuổi.</p>
    <span class="badge thieu">Còn thiếu 2 thầy cô</span>
  </div>
  <div class="card">
    <h3>Sửa mái nhà chánh điện</h3>
    <p>Mái bị dột sau trận mưa đá. Cần một người thợ có kinh nghiệm xem giúp; chùa sẽ mua vật liệu.</p>
    <span class="badge gap">Cần gấp</span>
  </div>
  <div class="card">
    <h3>Ban nhạc cho đêm văn nghệ Tết</h3>
    <p>Ban nhạc Hương Quê đã nhận lời.</p>
    <span class="badge du">Đã có</span>
  </div>
  <div class="card">
    <h3>Lớp thiền miễn phí</h3>
    <p>Tối thứ Tư 7 giờ, mọi người đều có thể tham dự.</p>
  </div>
</div>
<h2>Giờ tụng kinh</h2>
<p>Chủ Nhật 10 giờ sáng; Rằm và mùng Một 7 giờ tối.</p>
<h2>Cúng dường</h2>
<p>Quý Phật tử muốn cúng dường quỹ xây dựng chánh điện mới xin bấm <a href="https://give.example/anlac">vào đây</a>.</p>
""" + FOOT + """
</body>
</html>
"""

PAGES["lich.html"] = """
<!DOCTYPE html>
<html lang="vi">
<head><meta charset="utf-8"><title>Lịch chuẩn bị Tết Bính Ngọ 2026</title>
<style>td,th{border:1px solid #bbb;padding:5px}.trong{color:#c00}</style></head>
<body>
""" + NAV + """
<h1>Lịch chuẩn bị Tết Bính Ngọ 2026</h1>
<p>Ai nhận việc nào xin ghi tên với cô Diệu Hạnh. Chỗ ghi (trống) là còn cần người.</p>
<table>
<tr><th>Ngày</th><th>Công việc</th><th>Người phụ trách</th></tr>
<tr><td rowspan="3">Thứ Bảy 7/2</td><td>Gói bánh chưng</td><td>Cô Hạnh, chị Lan, anh Tuấn</td></tr>
<tr><td>Trang trí chánh điện</td><td class="trong">(trống), (trống)</td></tr>
<tr><td>Mua hoa và trái cây</td><td>Chú Bảy</td></tr>
<tr><td rowspan="2">Chủ Nhật 8/2</td><td>Hướng dẫn đậu xe</td><td class="trong">(trống)</td></tr>
<tr><td>Phụ bếp</td><td>Chị Mai, <span class="trong">(trống)</span></td></tr>
<tr><td colspan="3"><b>Đêm 16/2: Lễ Giao Thừa</b> &ndash; 11 giờ đêm, mời tất cả quý Phật tử và gia đình.</td></tr>
<tr><td colspan="3"><i>Múa lân: Đoàn lân Phù Đổng đã nhận lời, không cần thêm người. Cảm ơn!</i></td></tr>
</table>
""" + FOOT + """
</body>
</html>
"""

PAGES["english.html"] = """
<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>An Lac Meditation Hall - For visitors</title></head>
<body>
""" + NAV + """
<h1>Questions from our neighbors</h1>
<h3>Can anyone visit?</h3>
<p>Yes. Please take your shoes off in the entry and silence your phone.</p>
<h3>Can I volunteer if I don't speak Vietnamese?</h3>
<p>Yes! Right now we need English tutors for three elders preparing for the citizenship interview, Saturday
mornings 9&ndash;10:30. Patience matters more than experience.</p>
<h3>Do you accept food donations?</h3>
<p>We have plenty of canned goods right now, thank you. Please hold them until spring.</p>
<h3>Do you offer meditation in English?</h3>
<p>Yes, free meditation in English every second Thursday at 7 pm.</p>
""" + FOOT + """
</body>
</html>
"""

PAGES["ban-tri-su/index.html"] = """
<!DOCTYPE html>
<html lang="vi">
<head><meta charset="utf-8"><title>Ban Trị Sự - nội bộ</title></head>
<body>
<h1>Ban Trị Sự &ndash; ghi chú nội bộ</h1>
<ul>
<li>Cần người giữ sổ sách kế toán cho năm 2026</li>
<li>Cần xin một máy hút bụi công nghiệp</li>
<li>Cần người sơn lại hàng rào</li>
</ul>
</body>
</html>
"""

ROBOTS = """User-agent: *
Disallow: /ban-tri-su/
"""

PDFS = {
    "flyer.pdf": ("An Lac Spring Cleaning Day", [
        ("title", "An Lac Meditation Hall - Spring Cleaning Day"),
        ("p", "Saturday, April 18, 2026, 8:00 am to 1:00 pm. Vegetarian lunch for everyone who comes."),
        ("h", "Helpers we still need"),
        ("p", "- Volunteers with their own ladders to wash windows on the second floor (3 people)."),
        ("p", "- Someone with a truck or trailer to haul branches to the Washington County compost site."),
        ("h", "Already covered"),
        ("p", "- Rakes and leaf bags: donated by Bayport Hardware. Thank you!"),
        ("gap", ""),
        ("p", "Questions? Call Co Dieu Hanh at (651) 555-0129."),
    ]),
}

NEEDS = [
    N("index.html", ["nấu cơm chay"], "volunteer", "vi", (), "card_badge_bottom", "Cần gấp"),
    N("index.html", ["dạy tiếng việt"], "skilled", "vi", ("vi",), "card_badge_bottom", "Còn thiếu 2"),
    N("index.html", ["sửa mái nhà", "mái bị dột"], "skilled", "vi", (), "card_badge_bottom", "Cần gấp"),
    N("lich.html", ["trang trí chánh điện"], "volunteer", "vi", (), "rowspan_schedule", "two blanks"),
    N("lich.html", ["hướng dẫn đậu xe", "đậu xe"], "volunteer", "vi", (), "rowspan_schedule"),
    N("lich.html", ["phụ bếp"], "volunteer", "vi", (), "rowspan_schedule", "one name, one blank"),
    N("english.html", ["english tutors", "citizenship interview"], "skilled", "en", ("en",), "faq_answer"),
    N("flyer.pdf", ["wash windows", "ladders"], "volunteer", "en", (), "pdf_flyer"),
    N("flyer.pdf", ["haul branches"], "volunteer", "en", (), "pdf_flyer"),
]

TRAPS = [
    T("index.html", "filled", ["gạo và dầu ăn"], "Đã đủ badge"),
    T("index.html", "filled", ["ban nhạc"], "Đã có badge"),
    T("index.html", "service", ["lớp thiền"]),
    T("index.html", "hours", ["giờ tụng kinh"]),
    T("index.html", "general_appeal", ["quỹ xây dựng"]),
    T("lich.html", "filled", ["gói bánh chưng"], "all names"),
    T("lich.html", "filled", ["mua hoa"], "named"),
    T("lich.html", "event", ["lễ giao thừa"]),
    T("lich.html", "filled", ["múa lân"], "không cần thêm người"),
    T("english.html", "filled", ["canned goods"]),
    T("english.html", "service", ["meditation in english"]),
    T("english.html", "how_to_apply", ["take your shoes off"], "visitor instructions"),
    T("flyer.pdf", "event", ["spring cleaning day"]),
    T("flyer.pdf", "filled", ["rakes and leaf bags"], "already covered"),
    T("ban-tri-su/index.html", "robots", ["sổ sách kế toán"]),
    T("ban-tri-su/index.html", "robots", ["máy hút bụi"]),
    T("ban-tri-su/index.html", "robots", ["sơn lại hàng rào"]),
]
