"""Site 6: Nhà Chung, Vietnamese community of McIntosh (Drupal-like).
Layouts: Vietnamese news rows with an 'update: found someone' row, winter drive
with <progress> counts, duty table with a merged title row and rowspan day
cells, English corkboard of pinned notes, English two-column PDF newsletter."""
from kit import need, trap

SLUG = "mcintosh-nha-chung-viet-community"
TOWN = "mcintosh"

def head(lang, title):
    return """<!DOCTYPE html>
<html lang="%s" dir="ltr" prefix="og: https://ogp.me/ns#">
<head><meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<title>%s</title><link rel="stylesheet" media="all" href="/core/themes/olivero/css/base/base.css"></head>
<body class="path-node page-node-type-page">
<div class="dialog-off-canvas-main-canvas">
<header class="site-header"><div class="site-branding__text"><a href="/index.html" rel="home">Nhà Chung McIntosh</a></div>
<nav class="primary-nav"><ul class="menu">
<li class="menu__item"><a href="/index.html">Trang chủ</a></li>
<li class="menu__item"><a href="/tinh-nguyen.html">Tình nguyện</a></li>
<li class="menu__item"><a href="/en/index.html">In English</a></li>
<li class="menu__item"><a href="/files/ban-tin-mua-dong.pdf">Newsletter (PDF)</a></li>
</ul></nav></header>
<main role="main"><div class="region region--content">
""" % (lang, title)

FOOT = """</div></main>
<footer class="site-footer"><div class="region region--footer">
<p>Nhà Chung &middot; 115 Broadway NW, McIntosh, MN &middot; 555-0163 &middot; lienlac@nhachungmcintosh.org</p>
<p><a href="/thu-vien-anh/trung-thu-2025.html">Thư viện ảnh</a> &middot; <a href="/ban-dieu-hanh/index.html">Ban điều hành</a></p>
</div></footer></div></body></html>
"""

PAGES = {}
PAGES["index.html"] = head("vi", "Nhà Chung — Cộng đồng người Việt McIntosh") + """
<h1 class="page-title">Nhà Chung — Cộng đồng người Việt McIntosh</h1>
<p>Nhà Chung là nơi sinh hoạt của khoảng 40 gia đình người Việt ở McIntosh, Erskine và vùng lân cận.</p>
<div class="views-element-container"><h2>Tin tức</h2>
<div class="views-row"><h3>Cần gấp: người lái xe đưa các cụ đi khám bệnh</h3>
<p>Mỗi sáng thứ Ba, ba cụ cần đi khám ở Crookston. Chúng tôi cần người lái xe có xe riêng; hội sẽ trả tiền xăng.</p></div>
<div class="views-row"><h3>Lớp tiếng Việt thiếu nhi</h3>
<p>Lớp tiếng Việt sáng Chủ nhật cần thêm giáo viên dạy lớp 2 (các em 7–8 tuổi). Ai đọc viết tiếng Việt tốt và yêu trẻ, xin liên lạc chị Hạnh.</p></div>
<div class="views-row"><h3>Sửa mái nhà cho bác Tư</h3>
<p>Cập nhật: đã tìm được người. Cảm ơn anh Long và hai cháu đã lên mái cả ngày thứ Bảy!</p></div>
<div class="views-row"><h3>Tết Bính Ngọ 2026</h3>
<p>Mừng Tết Nguyên Đán ngày 14 tháng 2 tại hội trường trường trung học. Có múa lân và bánh chưng.</p></div>
</div>
<div class="block quyen-gop"><h2>Quyên góp mùa đông</h2>
<p><b>Chăn mền:</b> đã nhận 45 / 80 cái, còn thiếu 35 cái. Xin nhận chăn mới hoặc còn tốt, đã giặt sạch.</p>
<progress value="45" max="80">45/80</progress>
<p><b>Gạo:</b> đã đạt mục tiêu 500 kg. Xin cảm ơn, không cần gửi thêm.</p>
<progress value="500" max="500">500/500</progress>
</div>
<p class="gio">Giờ mở cửa: thứ Bảy và Chủ nhật, 9 giờ sáng đến 3 giờ chiều.</p>
""" + FOOT

PAGES["tinh-nguyen.html"] = head("vi", "Tình nguyện — Nhà Chung") + """
<h1 class="page-title">Lịch trực bếp ăn chung</h1>
<table class="lich-truc">
<thead><tr><th colspan="4">Bếp ăn chung — Tháng 12 (community kitchen)</th></tr>
<tr><th>Ngày</th><th>Việc</th><th>Số người cần</th><th>Tình trạng</th></tr></thead>
<tbody>
<tr><td rowspan="2">Thứ Bảy 6/12</td><td>Nấu phở</td><td>3</td><td>Đủ rồi, cảm ơn</td></tr>
<tr><td>Rửa bát và dọn dẹp</td><td>2</td><td>Còn thiếu 2 người</td></tr>
<tr><td rowspan="2">Chủ Nhật 7/12</td><td>Mang cơm đến nhà các cụ neo đơn</td><td>4</td><td>Còn thiếu 3 người</td></tr>
<tr><td>Gói bánh chưng cho Tết</td><td>6</td><td>Không cần nữa — đã đặt mua</td></tr>
</tbody></table>
<h2>Tìm người giúp sổ sách</h2>
<p>Hội đang tìm một người biết kế toán để giúp làm báo cáo thuế hằng năm (mẫu 990) và sắp xếp sổ sách. Khoảng 10 giờ làm việc vào tháng Giêng.</p>
<h2>Dịch vụ của hội</h2>
<p>Hội dịch thuật giấy tờ miễn phí cho các gia đình: thư bảo hiểm, giấy tờ trường học, thư của quận.</p>
<h2>Cách đăng ký</h2>
<p>Gọi chị Hạnh số 555-0163 hoặc ghi tên vào tờ giấy dán ở bếp.</p>
""" + FOOT

PAGES["en/index.html"] = head("en", "Notice board — Nhà Chung") + """
<h1 class="page-title">Community notice board</h1>
<p>Pinned by members and neighbors. Ask at the kitchen window to add a note.</p>
<div class="corkboard">
<div class="note pin-red"><h4>Looking for: licensed electrician</h4><p>The kitchen at Nhà Chung trips its breaker whenever two rice cookers run at once. We need a licensed electrician to look at the wiring &mdash; we will buy the parts.</p></div>
<div class="note pin-blue"><h4>Wanted: laptops</h4><p>Used laptops, less than eight years old, for the kids who do homework here after school. We wipe them before use.</p></div>
<div class="note pin-green"><h4>Free to a good home</h4><p>Two wooden church pews, 8 feet long. You haul.</p></div>
<div class="note pin-yellow"><h4>Homework club</h4><p>Free tutoring for grades 1&ndash;8 on Tuesdays. The fall session is full; ask to join the waitlist.</p></div>
<div class="note pin-red"><h4>Paid job</h4><p>Part-time janitor, $18/hour, 8 hours a week. Vietnamese is a plus.</p></div>
<div class="note"><h4>Found</h4><p>A child&rsquo;s blue mitten, after Sunday lunch. It is in the lost-and-found box.</p></div>
</div>
""" + FOOT

PAGES["ban-dieu-hanh/index.html"] = head("vi", "Ban điều hành — nội bộ") + """
<h1 class="page-title">Ban điều hành — nội bộ, không chia sẻ</h1>
<ul>
<li>Cần thủ quỹ mới từ tháng 1 (anh Bình xin nghỉ).</li>
<li>Tìm người sửa xe van của hội trước mùa đông.</li>
</ul>
""" + FOOT

ROBOTS = """#
# robots.txt (Drupal)
#
User-agent: *
Disallow: /core/
Disallow: /admin/
Disallow: /ban-dieu-hanh/
Disallow: /user/login
"""

PDFS = {
    "files/ban-tin-mua-dong.pdf": ("Nha Chung Newsletter - Winter 2025", [
        ("title", "Nhà Chung Newsletter - Winter 2025"),
        ("p", "The Vietnamese community of McIntosh - 115 Broadway NW - 555-0163"),
        ("gap", ""),
        ("cols", [
            ("h", "Tet 2026 needs hands"),
            ("p", "The Tet celebration on February 14 needs 10 volunteers for setup and cleanup of the high-school hall, 8-11 am and 4-6 pm. Sign up with Hanh."),
            ("gap", ""),
            ("h", "Mid-Autumn recap"),
            ("p", "Mid-Autumn night raised $1,900 for the kitchen fund. Thank you to the lantern makers and the 60 children who paraded in the rain."),
        ], [
            ("h", "Red envelopes"),
            ("p", "We are short on red envelopes (lì xì) for the children's lucky-money table - about 150 more. Plain or printed, any size."),
            ("gap", ""),
            ("h", "Membership"),
            ("p", "Family membership is $30 a year and keeps the lights on at Nhà Chung. Pay at the kitchen window."),
            ("gap", ""),
            ("h", "Save the date"),
            ("p", "Saturday, February 14, 11 am - 4 pm: Tet at the high school. Lion dance at noon, banh chung for sale."),
        ]),
    ]),
}

P_IDX, P_TN, P_EN, P_PDF, P_BDH = ("index.html", "tinh-nguyen.html", "en/index.html",
                                   "files/ban-tin-mua-dong.pdf", "ban-dieu-hanh/index.html")
NEEDS = [
    need(P_IDX, ["lái xe"], "volunteer", "vi", layout="news_row"),
    need(P_IDX, ["giáo viên dạy lớp 2"], "skilled", "vi", ["vi"], layout="news_row"),
    need(P_IDX, ["chăn mền"], "donation", "vi", layout="supply_drive_progress", note="45/80, still 35 short"),
    need(P_TN, ["rửa bát"], "volunteer", "vi", layout="duty_table_rowspan"),
    need(P_TN, ["mang cơm"], "volunteer", "vi", layout="duty_table_rowspan"),
    need(P_TN, ["kế toán", "sổ sách"], "skilled", "vi", layout="heading_paragraph"),
    need(P_EN, ["electrician"], "skilled", "en", layout="corkboard_note"),
    need(P_EN, ["laptops"], "donation", "en", layout="corkboard_note"),
    need(P_PDF, ["setup and cleanup"], "volunteer", "en", layout="pdf_two_column"),
    need(P_PDF, ["red envelopes"], "donation", "en", layout="pdf_two_column", note="'we are short on'"),
]
TRAPS = [
    trap(P_IDX, "filled", ["sửa mái nhà"], "'cập nhật: đã tìm được người'"),
    trap(P_IDX, "event", ["tết bính ngọ", "tết nguyên đán"]),
    trap(P_IDX, "filled", ["gạo"], "progress 500/500, 'đã đạt mục tiêu ... không cần gửi thêm'"),
    trap(P_IDX, "hours", ["giờ mở cửa"]),
    trap(P_TN, "filled", ["nấu phở"], "'Đủ rồi, cảm ơn'"),
    trap(P_TN, "filled", ["gói bánh chưng"], "'Không cần nữa'"),
    trap(P_TN, "service", ["dịch thuật giấy tờ"]),
    trap(P_TN, "how_to_apply", ["cách đăng ký"]),
    trap(P_EN, "offer", ["church pews"]),
    trap(P_EN, "service", ["free tutoring", "homework club"]),
    trap(P_EN, "job", ["janitor"]),
    trap(P_PDF, "recap", ["mid-autumn"]),
    trap(P_PDF, "general_appeal", ["family membership"]),
    trap(P_PDF, "event", ["lion dance", "save the date"]),
    trap(P_BDH, "robots", ["thủ quỹ"]),
    trap(P_BDH, "robots", ["xe van"]),
]
