"""Site 5: Trung Tam Nguoi Cao Nien Tinh Thuong (Tinh Thuong Senior Center), Gilbert (St. Louis County).
Vietnamese first, one English page. Layouts: card grid whose titles sit in h3 / div>span / p>strong with
status badges, wish list with a struck item, progress counter, elder's story, English page with
bio and paid job, robots-disallowed board page, English PDF newsletter."""
from common import N, T

SLUG = "gilbert-tinh-thuong-senior-center"
TOWN = "gilbert"

PAGES = {}


def shell(lang, title, body):
    return """<!DOCTYPE html>
<html lang="%s">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>%s</title>
<style>
body{font-family:Arial,sans-serif;margin:0}header{background:#b22;color:#fff;padding:12px 20px}
header a{color:#fff;margin-right:14px}.grid{display:grid;grid-template-columns:repeat(3,1fr);gap:14px}
.card{border:1px solid #ddd;border-radius:8px;padding:12px}.badge{font-size:12px;padding:2px 8px;border-radius:10px}
.b-red{background:#fdd}.b-gray{background:#eee;color:#777}main{padding:20px}
</style>
</head>
<body>
<header>
  <strong>Trung Tâm Người Cao Niên Tình Thương</strong><br>
  <a href="/">Trang chủ</a><a href="/tinh-nguyen.html">Tình nguyện</a><a href="/quyen-gop.html">Quyên góp</a><a href="/en/about.html">English</a><a href="/ban-tin-mua-xuan-2025.pdf">Bản tin (PDF)</a>
</header>
<main>
%s
</main>
<footer style="padding:12px 20px;font-size:13px;background:#f6f6f6">
  16 N Broadway, Gilbert, MN 55741 &middot; (218) 555-0173 &middot;
  <a href="/video/le-vu-lan-2024.html">Video Lễ Vu Lan 2024</a> &middot;
  <a href="/ban-dieu-hanh/viec-can.html">Ban điều hành</a>
</footer>
</body>
</html>
""" % (lang, title, body)


PAGES["index.html"] = shell("vi", "Trung Tâm Người Cao Niên Tình Thương &ndash; Gilbert", """
<h1>Chào mừng quý cụ và gia đình</h1>
<p>Trung tâm Tình Thương là nơi các cụ người Việt vùng Iron Range gặp nhau, ăn trưa, tập thể dục và trò chuyện
bằng tiếng mẹ đẻ.</p>

<h2>Giờ mở cửa</h2>
<p>Thứ Hai &ndash; Thứ Sáu: 9 giờ sáng &ndash; 2 giờ chiều. Thứ Bảy, Chủ Nhật: đóng cửa.</p>

<h2>Dịch vụ</h2>
<ul>
  <li>Bữa trưa miễn phí mỗi ngày cho người từ 60 tuổi trở lên</li>
  <li>Lớp tập thể dục nhẹ thứ Hai và thứ Sáu</li>
  <li>Giúp điền đơn Medicare và giấy tờ y tế</li>
</ul>

<h2>Tết Trung Thu 2025</h2>
<p>Mời các cụ và con cháu đến dự Tết Trung Thu ngày 4 tháng 10, 5 giờ chiều, có múa lân và bánh trung thu.</p>

<h2>Ủng hộ trung tâm</h2>
<p>Mọi đóng góp, dù nhỏ, đều quý giá. Xin cảm ơn tấm lòng của quý vị.</p>
""")

PAGES["tinh-nguyen.html"] = shell("vi", "Tình nguyện &ndash; Trung Tâm Tình Thương", """
<h1>Công việc tình nguyện</h1>
<p>Xin liên lạc cô Hạnh: (218) 555-0173.</p>
<div class="grid">
  <div class="card">
    <h3>Tài xế đưa đón các cụ</h3>
    <span class="badge b-red">Cần gấp</span>
    <p>Nhiều cụ không còn lái xe. Chúng tôi cần 3 người có xe riêng để đưa các cụ đến trung tâm vào sáng thứ Ba
    và thứ Năm.</p>
  </div>
  <div class="card">
    <div class="title"><span>Người đọc báo và thư cho các cụ</span></div>
    <p>Một số cụ mắt kém, cần người đọc thư từ, hóa đơn và báo tiếng Việt cho các cụ nghe. Phải đọc tiếng
    Việt lưu loát.</p>
  </div>
  <div class="card">
    <h3>Giáo viên tiếng Anh</h3>
    <span class="badge b-gray">Đã tuyển đủ</span>
    <p>Lớp tiếng Anh đã có đủ giáo viên cho năm nay. Cảm ơn quý vị!</p>
  </div>
  <div class="card">
    <p><strong>Hướng dẫn viên Thái Cực Quyền</strong></p>
    <p>Tìm người biết Thái Cực Quyền hoặc dưỡng sinh để hướng dẫn các cụ tập mỗi sáng thứ Tư, khoảng 45 phút.</p>
  </div>
  <div class="card">
    <h3>Thợ cắt tóc</h3>
    <p>Mỗi tháng một lần các cụ rất mong được cắt tóc tại trung tâm. Bạn là thợ cắt tóc và có thể tặng 3 tiếng?</p>
  </div>
  <div class="card">
    <h3>Đầu bếp nấu bữa trưa</h3>
    <span class="badge b-gray">Tạm ngưng</span>
    <p>Tạm ngưng nhận người đến tháng 9 vì bếp đang sửa chữa.</p>
  </div>
  <div class="card">
    <h3>Gói bánh chưng đón Tết</h3>
    <p>Ngày 24 tháng 1 năm 2026. Cần 8 người, đã có 3 người đăng ký &mdash; còn 5 chỗ.</p>
  </div>
  <div class="card">
    <h3>Kế toán (bán thời gian, có lương)</h3>
    <p>Vị trí có lương, 10 giờ mỗi tuần. Gửi hồ sơ trước ngày 15 tháng 12.</p>
  </div>
</div>
""")

PAGES["quyen-gop.html"] = shell("vi", "Quyên góp &ndash; Trung Tâm Tình Thương", """
<h1>Quyên góp hiện vật</h1>

<h2>Danh sách vật dụng cần thiết</h2>
<ul>
  <li>Khăn tắm</li>
  <li>Tã người lớn (cỡ L)</li>
  <li>Sữa Ensure</li>
  <li>Kính lúp để đọc sách</li>
  <li><s>Máy xay sinh tố</s> (đã có)</li>
</ul>

<h2>Xe lăn</h2>
<progress value="3" max="5"></progress>
<p>Đã nhận 3 / 5 chiếc. Còn thiếu 2 chiếc xe lăn loại nhẹ, gấp được.</p>

<h2>Chuyện của cụ bà Sáu</h2>
<p>Cụ Sáu năm nay 82 tuổi, sống một mình trong căn nhà nhỏ ở Eveleth. Con cháu ở xa, tận California. Tháng
trước lò sưởi cũ trong phòng ngủ bị hỏng, cụ phải đắp ba lớp áo mà vẫn lạnh. Cụ cần một máy sưởi điện an toàn
và hai cái chăn ấm.</p>

<h2>Quần áo cũ</h2>
<p>Chúng tôi không còn nhận quần áo cũ. Xin cảm ơn tấm lòng của quý vị.</p>

<p><em>Thời gian nhận đồ: thứ Hai và thứ Tư, 10 giờ &ndash; 12 giờ trưa.</em></p>
""")

PAGES["en/about.html"] = shell("en", "About &ndash; Tinh Thuong Senior Center", """
<h1>About Tinh Thuong Senior Center</h1>
<p>Founded in 1998 by Vietnamese families who came to the Iron Range to work in the mines and hospitals, the
center serves about 70 elders.</p>

<h2>Our director</h2>
<p>Mrs. Trần Thị Hoa came to Minnesota in 1980 as a refugee and worked as a nurse at the Virginia hospital for
thirty years before she took over the center.</p>

<h2>Seeking a Vietnamese-speaking social worker</h2>
<p>Every fall our elders struggle with Medicare plan changes. We are seeking a social worker, or an MSW student,
who speaks Vietnamese to sit with elders two afternoons a week during open enrollment (October 15 &ndash;
December 7).</p>

<h2>Site Coordinator (paid)</h2>
<p>30 hours a week, $21 an hour. Vietnamese and English required. See the posting at the Arrowhead Area
Agency on Aging.</p>

<h2>Last year</h2>
<p>4,900 lunches served, 610 rides given and 38 birthdays celebrated.</p>
""")

PAGES["ban-dieu-hanh/viec-can.html"] = shell("vi", "Việc cần làm &ndash; nội bộ", """
<h1>Việc cần làm (nội bộ ban điều hành)</h1>
<ol>
  <li>Tìm thủ quỹ mới thay chú Bình.</li>
  <li>Cần máy chiếu cho phòng sinh hoạt.</li>
  <li>Tìm người sửa mái nhà kho trước mùa đông.</li>
</ol>
""")

ROBOTS = """User-agent: *
Disallow: /ban-dieu-hanh/
"""

PDFS = {
    "ban-tin-mua-xuan-2025.pdf": ("Tinh Thuong Senior Center - Spring Newsletter 2025", [
        ("title", "TINH THUONG SENIOR CENTER - Spring Newsletter 2025"),
        ("p", "16 N Broadway, Gilbert, MN - (218) 555-0173"),
        ("h", "Lunar New Year recap"),
        ("p", "More than 150 elders and grandchildren came to our Lunar New Year party. Thank you to the "
              "Eveleth-Gilbert student council for the lion dance!"),
        ("h", "From the garden"),
        ("p", "Our elders want to garden again, but bending down is hard for them. We need someone handy "
              "with lumber and tools to build two raised garden beds at wheelchair height behind the center "
              "this May. We will buy the cedar and the soil."),
        ("h", "Mother's Day lunch - May 9"),
        ("p", "Pho and flowers for every mother and grandmother. 11:30 am."),
        ("h", "Memorial gifts"),
        ("p", "Memorial gifts in honor of a loved one help us keep lunch free. Checks payable to Tinh Thuong."),
    ]),
}

NEEDS = [
    N("tinh-nguyen.html", ["tài xế đưa đón"], "volunteer", "vi", [], "role_cards", "Cần gấp badge, own car"),
    N("tinh-nguyen.html", ["người đọc báo"], "volunteer", "vi", ["vi"], "role_cards",
      "title in div>span; must read Vietnamese fluently"),
    N("tinh-nguyen.html", ["thái cực quyền"], "skilled", "vi", [], "role_cards", "title in p>strong"),
    N("tinh-nguyen.html", ["thợ cắt tóc"], "skilled", "vi", [], "role_cards", "barber"),
    N("tinh-nguyen.html", ["bánh chưng"], "volunteer", "vi", [], "role_cards", "8 needed, 3 signed, 5 left"),
    N("quyen-gop.html", ["vật dụng cần thiết", "tã người lớn", "kính lúp"], "donation", "vi", [],
      "wish_list", "one list = one need"),
    N("quyen-gop.html", ["xe lăn"], "donation", "vi", [], "progress_counter", "3 of 5 received"),
    N("quyen-gop.html", ["cụ bà sáu", "máy sưởi"], "donation", "vi", [], "story", "heater + blankets"),
    N("en/about.html", ["social worker", "msw student"], "skilled", "en", ["vi", "en"], "heading_paragraph",
      "Seeking ..., Vietnamese required"),
    N("ban-tin-mua-xuan-2025.pdf", ["raised garden beds"], "skilled", "en", [], "pdf",
      "carpentry, buried in newsletter"),
]

TRAPS = [
    T("index.html", "hours", ["giờ mở cửa"], ""),
    T("index.html", "service", ["bữa trưa miễn phí"], ""),
    T("index.html", "service", ["giúp điền đơn medicare"], ""),
    T("index.html", "service", ["lớp tập thể dục"], ""),
    T("index.html", "event", ["tết trung thu"], ""),
    T("index.html", "general_appeal", ["ủng hộ trung tâm"], "money"),
    T("tinh-nguyen.html", "filled", ["giáo viên tiếng anh"], "Đã tuyển đủ"),
    T("tinh-nguyen.html", "filled", ["đầu bếp"], "Tạm ngưng until September"),
    T("tinh-nguyen.html", "job", ["kế toán"], "paid"),
    T("quyen-gop.html", "filled", ["máy xay sinh tố"], "struck, đã có"),
    T("quyen-gop.html", "filled", ["quần áo cũ"], "no longer accepted"),
    T("quyen-gop.html", "hours", ["thời gian nhận đồ"], ""),
    T("en/about.html", "bio", ["our director", "trần thị hoa"], ""),
    T("en/about.html", "job", ["site coordinator"], "paid"),
    T("en/about.html", "recap", ["lunches served"], ""),
    T("ban-dieu-hanh/viec-can.html", "robots", ["thủ quỹ"], "Disallow: /ban-dieu-hanh/"),
    T("ban-dieu-hanh/viec-can.html", "robots", ["máy chiếu"], "Disallow: /ban-dieu-hanh/"),
    T("ban-dieu-hanh/viec-can.html", "robots", ["mái nhà kho"], "Disallow: /ban-dieu-hanh/"),
    T("ban-tin-mua-xuan-2025.pdf", "recap", ["lunar new year"], ""),
    T("ban-tin-mua-xuan-2025.pdf", "event", ["mother's day lunch"], ""),
    T("ban-tin-mua-xuan-2025.pdf", "general_appeal", ["memorial gifts"], ""),
]
