"""Dayton, MN: Chùa Phước Huệ (Vietnamese Buddhist temple). Vietnamese home page where the only
need is a photographer inside the Phật Đản event paragraph; Vietnamese <details> accordion of
temple service roles (two filled, one paid); Vietnamese offering page with an item-card wish list,
"đang thiếu" sentence and a filled lantern drive; English visitor page; robots /ban-tri-su/; no PDF."""
from common import need, trap

SLUG = "dayton-chua-phuoc-hue"


def page(lang, title, body):
    return """<!DOCTYPE html>
<html lang="%s">
<head>
<meta charset="utf-8">
<title>%s</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/theme/chua.css">
</head>
<body>
<header class="banner">
  <img src="/theme/sen.png" alt="">
  <div><p class="ten-chua">CHÙA PHƯỚC HUỆ</p><p class="dia-chi">Dayton, Minnesota</p></div>
</header>
<nav class="thanh-menu">
  <a href="/index.html">Trang chủ</a>
  <a href="/cong-qua.html">Công quả</a>
  <a href="/cung-duong.html">Cúng dường</a>
  <a href="/english.html">English</a>
  <a href="/hinh/vu-lan-2024.html">Hình ảnh</a>
</nav>
<div class="noi-dung">
%s
</div>
<footer class="chan-trang">
  <p>Chùa Phước Huệ · 14620 Territorial Rd, Dayton, MN 55327 · (763) 555-0173</p>
  <p><a href="/ban-tri-su/">Ban Trị Sự</a></p>
</footer>
</body>
</html>
""" % (lang, title, body)


INDEX = page("vi", "Chùa Phước Huệ – Dayton, Minnesota", """
<h1>Nam Mô Bổn Sư Thích Ca Mâu Ni Phật</h1>
<p>Chùa Phước Huệ là ngôi chùa nhỏ của cộng đồng Phật tử Việt Nam vùng Tây Bắc Minneapolis.</p>

<section class="lich">
  <h2>Lịch sinh hoạt</h2>
  <ul>
    <li>Tụng kinh sáng Chủ Nhật: 9:00 – 11:00</li>
    <li>Tụng kinh tối Thứ Bảy: 7:00 – 8:30</li>
    <li>Ngày Rằm và mùng Một: cơm chay trưa sau buổi lễ</li>
  </ul>
</section>

<section class="lop">
  <h2>Lớp Việt ngữ cho thiếu nhi</h2>
  <p>Mỗi Chủ Nhật từ 11:30 đến 1:00, dành cho các em từ 5 đến 14 tuổi. Học phí miễn phí.</p>
</section>

<section class="le">
  <h2>Đại lễ Phật Đản</h2>
  <p>Chủ Nhật 18 tháng 5, lúc 10 giờ sáng, có lễ tắm Phật và văn nghệ thiếu nhi. Ban tổ chức đang
  tìm một người chụp ảnh có máy ảnh riêng để ghi lại buổi lễ cho chùa; xin liên lạc chú Minh.</p>
</section>

<section class="phap">
  <h2>Pháp thoại tuần này</h2>
  <p><a href="/english.html">Sống với tâm từ bi trong gia đình</a> – bài giảng của Thầy Trụ trì.</p>
</section>

<section class="quy">
  <h2>Quỹ xây dựng chánh điện mới</h2>
  <p>Chùa cần quyên góp 400.000 đô la để xây chánh điện mới. Mọi đóng góp đều được ghi nhận.</p>
</section>
""")

CONG_QUA = page("vi", "Công quả – Chùa Phước Huệ", """
<h1>Công quả tại chùa</h1>
<p>Quý Phật tử muốn công quả xin bấm vào từng mục bên dưới để xem chi tiết.</p>

<details open>
  <summary>Ban trai soạn – nấu ăn chay ngày Rằm và mùng Một</summary>
  <p>Cần thêm 4 người phụ bếp, có mặt từ 6 giờ sáng. Không cần nấu giỏi, chỉ cần siêng năng.</p>
</details>

<details>
  <summary>Thầy cô dạy Việt ngữ</summary>
  <p>Đã đủ thầy cô cho năm học 2024–2025. Xin chân thành cảm ơn quý vị.</p>
</details>

<details>
  <summary>Lái xe đưa đón các cụ</summary>
  <p>Các cụ ở Champlin và Rogers cần người chở đến chùa sáng Chủ Nhật và chở về sau bữa trưa.
  Xe riêng, bằng lái còn hạn.</p>
</details>

<details>
  <summary>Thợ điện</summary>
  <p>Hệ thống đèn trong chánh điện hay bị chập. Chùa cần một thợ điện có giấy phép đến kiểm tra
  và sửa giúp; chùa sẽ trả tiền vật liệu.</p>
</details>

<details>
  <summary>Chăm sóc vườn rau</summary>
  <p>Việc này đã có người đảm nhận. Cảm ơn bác Tư và cô Hạnh!</p>
</details>

<details>
  <summary>Kế toán (có lương)</summary>
  <p>Chùa tuyển một người giữ sổ sách bán thời gian, lương $20 một giờ, khoảng 10 giờ mỗi tuần.</p>
</details>
""")

CUNG_DUONG = page("vi", "Cúng dường – Chùa Phước Huệ", """
<h1>Cúng dường</h1>

<section class="tet">
  <h2>Vật phẩm cần cho dịp Tết</h2>
  <div class="o-vat-pham">
    <div class="vat-pham"><span class="ten">Gạo</span><span class="ghi-chu">bao 25 lb</span></div>
    <div class="vat-pham"><span class="ten">Dầu ăn</span><span class="ghi-chu">chai lớn</span></div>
    <div class="vat-pham"><span class="ten">Nước tương</span></div>
    <div class="vat-pham"><span class="ten">Nhang trầm</span></div>
    <div class="vat-pham"><span class="ten">Trà xanh</span></div>
  </div>
  <p>Xin mang đến nhà bếp trước ngày 20 tháng Chạp.</p>
</section>

<section class="thieu">
  <p>Hiện chùa đang thiếu ghế xếp cho các buổi lễ lớn – khoảng 50 cái. Ghế cũ còn tốt cũng được.</p>
</section>

<section class="du">
  <h2>Lồng đèn Trung Thu</h2>
  <p class="nhan"><b>ĐỦ RỒI</b> – chùa đã có hơn 200 chiếc lồng đèn cho các em. Xin quý vị đừng mua thêm.</p>
</section>

<section class="tong-ket">
  <h2>Tổng kết Lễ Vu Lan 2024</h2>
  <p>Hơn 600 Phật tử tham dự, ban trai soạn nấu 900 phần cơm chay.</p>
</section>

<section class="tang">
  <h2>Sách kinh tặng miễn phí</h2>
  <p>Chùa có sách kinh và băng giảng tặng miễn phí cho ai cần, để ở kệ gần cửa.</p>
</section>
""")

ENGLISH = page("en", "Visiting Phuoc Hue Temple", """
<h1>Visiting Phuoc Hue Temple</h1>
<p>Everyone is welcome. Please take off your shoes before entering the main hall.</p>

<h2>Sunday meditation in English</h2>
<p>Sundays 4:00–5:00 pm in the small hall. Beginners welcome; cushions provided.</p>

<h2>A request from the monks</h2>
<p>Our two resident monks are learning English. We are looking for a patient English conversation
partner who can come to the temple for one hour a week. No teaching experience needed.</p>

<h2>Groundskeeper (paid, seasonal)</h2>
<p>Part-time paid position, May to October, mowing and snow removal. $19/hour.</p>

<h2>About our abbot</h2>
<p>Venerable Thích Minh Tâm came to Minnesota in 2002 and founded the temple in a rented house in
Brooklyn Park before the move to Dayton.</p>

<h2>Living with compassion</h2>
<p>This week's dharma talk, in Vietnamese with English notes, is about kindness at home.</p>
""")

BAN_TRI_SU = page("vi", "Ban Trị Sự – Chùa Phước Huệ", """
<h1>Ban Trị Sự – nội bộ</h1>
<p>Các việc cần làm trong tháng:</p>
<ul>
  <li>Cần thợ sửa mái nhà bếp trước mùa mưa.</li>
  <li>Xin Phật tử cúng dường một tủ lạnh lớn cho nhà bếp.</li>
  <li>Tìm người làm website mới cho chùa.</li>
</ul>
""")

PAGES = {
    "index.html": INDEX,
    "cong-qua.html": CONG_QUA,
    "cung-duong.html": CUNG_DUONG,
    "english.html": ENGLISH,
    "ban-tri-su/index.html": BAN_TRI_SU,
}

ROBOTS = "User-agent: *\r\nDisallow: /ban-tri-su/\r\n"

PDFS = {}

NEEDS = [
    need("index.html", ["người chụp ảnh"], "skilled", "vi", layout="sentence_only",
         note="photographer asked for inside the Phật Đản event paragraph"),
    need("cong-qua.html", ["nấu ăn chay", "phụ bếp"], "volunteer", "vi", layout="accordion"),
    need("cong-qua.html", ["lái xe đưa đón"], "volunteer", "vi", layout="accordion"),
    need("cong-qua.html", ["thợ điện"], "skilled", "vi", layout="accordion"),
    need("cung-duong.html", ["vật phẩm cần cho dịp tết", "nước tương", "nhang trầm"], "donation", "vi",
         layout="wish_list_item_cards", note="ONE need: five item tiles"),
    need("cung-duong.html", ["ghế xếp"], "donation", "vi", layout="short_on",
         note="'chùa đang thiếu ghế xếp'; no heading"),
    need("english.html", ["english conversation partner"], "volunteer", "en", ["en"],
         layout="heading_paragraph", note="heading is generic ('A request from the monks')"),
]

TRAPS = [
    trap("index.html", "hours", ["lịch sinh hoạt"]),
    trap("index.html", "service", ["lớp việt ngữ"]),
    trap("index.html", "event", ["đại lễ phật đản"]),
    trap("index.html", "blog", ["pháp thoại"]),
    trap("index.html", "general_appeal", ["quỹ xây dựng"]),
    trap("cong-qua.html", "filled", ["dạy việt ngữ"], note="'Đã đủ thầy cô'"),
    trap("cong-qua.html", "filled", ["vườn rau"], note="'đã có người đảm nhận'"),
    trap("cong-qua.html", "job", ["kế toán"], note="paid"),
    trap("cung-duong.html", "filled", ["lồng đèn"], note="'ĐỦ RỒI'"),
    trap("cung-duong.html", "recap", ["vu lan"]),
    trap("cung-duong.html", "offer", ["sách kinh"]),
    trap("english.html", "hours", ["sunday meditation"]),
    trap("english.html", "job", ["groundskeeper"]),
    trap("english.html", "bio", ["venerable"]),
    trap("english.html", "blog", ["dharma talk"]),
    trap("ban-tri-su/index.html", "robots", ["sửa mái"]),
    trap("ban-tri-su/index.html", "robots", ["tủ lạnh"]),
    trap("ban-tri-su/index.html", "robots", ["làm website"]),
]
