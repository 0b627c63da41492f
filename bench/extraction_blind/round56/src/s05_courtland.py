"""Site 5: Courtland Vietnamese elders' club (Câu Lạc Bộ Cao Niên Việt Nam), Courtland MN.
Vietnamese home page, Vietnamese <dl> of volunteer roles with status spans, Vietnamese donation
page with a story, English page, English PDF flyer for a Lunar New Year luncheon, robots /ban-dieu-hanh/."""
from common import need, trap

SLUG = "courtland-viet-elders-club"

def page(lang, title, body):
    return """<!DOCTYPE html>
<html lang="%s">
<head>
<meta charset="utf-8">
<title>%s</title>
<link rel="stylesheet" href="/style.css">
<style>
body{font-family:Arial,sans-serif;max-width:880px;margin:auto;font-size:18px}
.status{display:inline-block;padding:1px 8px;border-radius:4px;font-size:15px}
.open{background:#e3f6e3;color:#146c14}.done{background:#eee;color:#777}
</style>
</head>
<body>
<div id="top">
 <h2 class="site-name"><a href="/index.html">Câu Lạc Bộ Cao Niên Việt Nam Courtland</a></h2>
 <p class="menu"><a href="/index.html">Trang chủ</a> | <a href="/tinh-nguyen.html">Tình nguyện</a> | <a href="/quyen-gop.html">Quyên góp</a> | <a href="/tet-2026-flyer.pdf">Tết 2026 (PDF)</a> | <a href="/en/index.html">English</a></p>
</div>
<hr>
%s
<hr>
<div id="footer"><small>Câu Lạc Bộ Cao Niên Việt Nam &middot; 14 Railroad St, Courtland, MN 56021 &middot; (507) 555-0186<br>
<a href="/album/du-ngoan-2024.html">Hình ảnh du ngoạn 2024</a> &middot; <a href="/ban-dieu-hanh/bien-ban.html">Ban điều hành</a></small></div>
</body>
</html>
""" % (lang, title, body)

INDEX = page("vi", "Câu Lạc Bộ Cao Niên Việt Nam Courtland", """
<h1>Chào mừng quý cụ và quý vị!</h1>
<p>Câu lạc bộ được thành lập năm 2011 bởi một nhóm các cụ từng sinh sống ở Sài Gòn và Cần Thơ. Hiện nay có hơn 90 hội viên từ Courtland, New Ulm và Mankato.</p>

<h2>Sinh hoạt hằng tuần</h2>
<ul>
 <li>Thứ Ba: tập thể dục nhẹ và đánh cờ tướng</li>
 <li>Thứ Năm: cơm trưa chung (miễn phí cho hội viên)</li>
 <li>Thứ Bảy: lớp vẽ và lớp hát</li>
</ul>

<h2>Giúp đỡ về Medicare</h2>
<p>Mỗi thứ Năm đầu tháng có chuyên viên nói tiếng Việt giải thích Medicare, Medicaid và bảo hiểm thuốc. Xin gọi trước để lấy hẹn.</p>

<h2>Giờ mở cửa</h2>
<p>Thứ Ba, thứ Năm và thứ Bảy: 9 giờ sáng &ndash; 2 giờ chiều.</p>

<h2>Tìm người quay phim</h2>
<p>Câu lạc bộ muốn ghi lại câu chuyện đời của các cụ &ndash; từ Sài Gòn, trại tị nạn Pulau Bidong cho tới Minnesota &ndash; để con cháu sau này còn nhớ. Chúng tôi đang tìm một bạn biết quay phim và dựng video, có thể đến vài buổi chiều trong mùa hè. Máy quay thì câu lạc bộ có thể mượn của thư viện.</p>

<h2>Tết Trung Thu</h2>
<p>Thứ Bảy, 4 tháng 10, 4 giờ chiều tại hội trường nhà thờ St. Gregory. Có bánh trung thu, lồng đèn cho các cháu và văn nghệ.</p>

<h2>Tết Ất Tỵ vừa qua</h2>
<p>Hơn 150 người đã đến mừng Tết với câu lạc bộ. Chúng tôi đã trao 42 phong bì lì xì cho các cụ trên 85 tuổi. Cảm ơn mọi người!</p>
""")

DL = page("vi", "Tình nguyện - Câu Lạc Bộ Cao Niên Việt Nam", """
<h1>Công việc tình nguyện</h1>
<p>Cập nhật ngày 8/9/2025. Xin gọi cô Hạnh (507) 555-0186 nếu quý vị muốn giúp.</p>
<dl class="roles">
 <dt>Tài xế đưa các cụ đi khám bệnh</dt>
 <dd>Chở các cụ đến phòng khám ở New Ulm hoặc Mankato, thường vào buổi sáng. Cần có xe và bằng lái. <span class="status open">Đang cần 2 người</span></dd>

 <dt>Người dạy tiếng Anh cho lớp cao niên</dt>
 <dd>Thứ Hai, 10&ndash;11 giờ sáng. Các cụ muốn học tiếng Anh đơn giản để đi chợ và nói chuyện với bác sĩ. Cần nói được tiếng Việt để giải thích. <span class="status open">Còn trống</span></dd>

 <dt>Dược sĩ tình nguyện xem giúp toa thuốc</dt>
 <dd>Nhiều cụ uống 8&ndash;10 loại thuốc mỗi ngày mà không rõ thuốc nào để làm gì. Chúng tôi mong có một dược sĩ (đã nghỉ hưu cũng được) đến mỗi tháng một lần để xem và giải thích. <span class="status open">Đang tìm</span></dd>

 <dt>Phụ bếp cơm trưa thứ Năm</dt>
 <dd>Rửa rau, nấu cơm, dọn bàn, 9 giờ sáng &ndash; 1 giờ chiều. <span class="status open">Cần thêm 3 người</span></dd>

 <dt>Hướng dẫn thể dục buổi sáng</dt>
 <dd><span class="status done">Đã đủ người &ndash; cảm ơn quý vị</span></dd>

 <dt><s>Trực điện thoại buổi chiều</s></dt>
 <dd>Tạm ngưng đến tháng Giêng.</dd>

 <dt>Kế toán viên bán thời gian</dt>
 <dd>Có lương: $22/giờ, 10 giờ mỗi tuần. Gửi hồ sơ cho ban điều hành.</dd>
</dl>
""")

QG = page("vi", "Quyên góp - Câu Lạc Bộ Cao Niên Việt Nam", """
<h1>Quyên góp</h1>

<h2>Các cụ đang cần</h2>
<ul>
 <li>Kính lão (độ +1.5 đến +3.0)</li>
 <li>Vớ ấm và khăn len</li>
 <li>Hộp đựng thuốc chia theo ngày</li>
 <li>Sữa Ensure hoặc Boost</li>
 <li>Lịch tiếng Việt năm 2026</li>
</ul>

<h2>Đang thiếu khung tập đi</h2>
<p>Nhiều cụ sau khi mổ hông hay đầu gối cần khung tập đi (walker) trong vài tháng. Hiện câu lạc bộ chỉ còn đúng một cái để cho mượn, mà danh sách chờ đã có năm người.</p>

<h2>Chăn mền</h2>
<p>Cảm ơn quý vị! Kho chăn mền đã đầy, xin tạm thời đừng mang thêm.</p>

<h2>Chúng tôi không nhận</h2>
<p>Quần áo cũ, đồ điện tử hỏng và thuốc đã mở hộp. Xin cảm ơn sự thông cảm.</p>

<h2>Chuyện của ông bà Lâm</h2>
<p>Ông bà Lâm năm nay đã ngoài 80, sống một mình ở ngoại ô Courtland từ khi con trai chuyển sang Texas. Mùa đông năm ngoái ông bị ngã khi đang xúc tuyết và phải nằm viện hai tuần. Ông bà cần vài người ở gần có thể xúc tuyết lối đi sau mỗi trận tuyết, và thỉnh thoảng chở bà đi chợ Á Đông ở Mankato. Ai giúp được xin gọi cô Hạnh.</p>

<h2>Ủng hộ tài chính</h2>
<p>Mọi đóng góp đều giúp câu lạc bộ trả tiền thuê hội trường và mua thực phẩm cho bữa trưa thứ Năm. Chi phiếu xin đề tên &ldquo;Courtland Vietnamese Elders Club&rdquo;.</p>
""")

EN = page("en", "Courtland Vietnamese Elders Club - English", """
<h1>Courtland Vietnamese Elders Club</h1>
<p>A social club for Vietnamese seniors in Nicollet and Brown counties, run entirely by volunteers.</p>

<h2>What we do</h2>
<p>Thursday lunch, Medicare counseling in Vietnamese, morning exercise, painting and singing classes.</p>

<h2>Joining</h2>
<p>Membership is free for anyone 60 or older. Fill out a one-page form at any Thursday lunch.</p>

<h2>Help with our paperwork</h2>
<p>The club is a small nonprofit. Every year we must file an IRS Form 990-N and renew our charity registration with the Minnesota Attorney General, and our volunteer treasurer has moved away. If you know your way around nonprofit filings, we would welcome a couple of hours of help in the spring.</p>

<h2>Part-time cook (paid)</h2>
<p>We are hiring a cook for Thursday lunches, 6 hours a week at $17 an hour. Vietnamese home cooking experience required.</p>

<p>See our <a href="/tet-2026-flyer.pdf">Lunar New Year flyer</a>.</p>
""")

MIN = page("vi", "Biên bản - Ban điều hành", """
<h1>Biên bản họp ban điều hành &ndash; tháng 8/2025</h1>
<ol>
 <li>Cần tìm thủ quỹ mới trước cuối năm.</li>
 <li>Xin tài trợ để sửa máy lạnh hội trường.</li>
 <li>Cần người lo sổ sách hội viên.</li>
</ol>
""")

PAGES = {
    "index.html": INDEX,
    "tinh-nguyen.html": DL,
    "quyen-gop.html": QG,
    "en/index.html": EN,
    "ban-dieu-hanh/bien-ban.html": MIN,
}

ROBOTS = """User-agent: *
Disallow: /ban-dieu-hanh/
"""

PDFS = {
    "tet-2026-flyer.pdf": ("Lunar New Year Luncheon 2026", [
        ("title", "LUNAR NEW YEAR LUNCHEON - YEAR OF THE HORSE"),
        ("p", "Saturday, February 21, 2026, 11 am - 2 pm - St. Gregory Parish Hall, Courtland"),
        ("p", "Courtland Vietnamese Elders Club invites all members and families to celebrate Tet together: "
              "lion dance, lucky money for elders over 85, and a traditional lunch."),
        ("h", "Volunteers needed: set-up and serving crew"),
        ("p", "We need 10 volunteers to set up tables at 9 am, serve lunch to about 160 guests, and clean "
              "up by 3 pm. Teens are welcome with a parent. Call Co Hanh at (507) 555-0186 to sign up."),
        ("h", "Seniors: please RSVP by February 10"),
        ("p", "Members, please tell us at Thursday lunch how many people are coming so we can cook enough."),
    ]),
}

NEEDS = [
    need("index.html", ["quay phim", "dựng video"], "skilled", "vi", [], "heading_paragraph",
         "videographer to record elders' life stories"),
    need("tinh-nguyen.html", ["tài xế"], "volunteer", "vi", [], "definition_list", "'Đang cần 2 người'"),
    need("tinh-nguyen.html", ["dạy tiếng anh"], "skilled", "vi", ["en", "vi"], "definition_list",
         "must speak Vietnamese to explain"),
    need("tinh-nguyen.html", ["dược sĩ"], "skilled", "vi", [], "definition_list", "pharmacist, 'Đang tìm'"),
    need("tinh-nguyen.html", ["phụ bếp"], "volunteer", "vi", [], "definition_list", "'Cần thêm 3 người'"),
    need("quyen-gop.html", ["các cụ đang cần", "kính lão"], "donation", "vi", [], "wish_list"),
    need("quyen-gop.html", ["khung tập đi"], "donation", "vi", [], "short_on", "'đang thiếu' walkers"),
    need("quyen-gop.html", ["ông bà lâm", "xúc tuyết"], "volunteer", "vi", [], "story",
         "elderly couple: snow shoveling and rides to the Asian market"),
    need("en/index.html", ["paperwork", "990-n"], "skilled", "en", [], "heading_paragraph",
         "help with nonprofit filings"),
    need("tet-2026-flyer.pdf", ["serving crew", "set-up"], "volunteer", "en", [], "pdf"),
]

TRAPS = [
    trap("index.html", "service", ["sinh hoạt hằng tuần"]),
    trap("index.html", "service", ["giúp đỡ về medicare"]),
    trap("index.html", "hours", ["giờ mở cửa"]),
    trap("index.html", "event", ["tết trung thu"]),
    trap("index.html", "recap", ["tết ất tỵ vừa qua"]),
    trap("tinh-nguyen.html", "filled", ["thể dục buổi sáng"], "'Đã đủ người'"),
    trap("tinh-nguyen.html", "filled", ["trực điện thoại"], "struck through, suspended until January"),
    trap("tinh-nguyen.html", "job", ["kế toán viên"], "paid $22/hour"),
    trap("quyen-gop.html", "filled", ["chăn mền"], "'kho đã đầy, xin đừng mang thêm'"),
    trap("quyen-gop.html", "filled", ["chúng tôi không nhận"], "do-not-accept list"),
    trap("quyen-gop.html", "general_appeal", ["ủng hộ tài chính"]),
    trap("en/index.html", "service", ["medicare counseling"]),
    trap("en/index.html", "how_to_apply", ["membership is free", "joining"]),
    trap("en/index.html", "job", ["part-time cook"]),
    trap("tet-2026-flyer.pdf", "event", ["lunar new year luncheon"]),
    trap("tet-2026-flyer.pdf", "how_to_apply", ["rsvp"]),
    trap("ban-dieu-hanh/bien-ban.html", "robots", ["thủ quỹ"]),
    trap("ban-dieu-hanh/bien-ban.html", "robots", ["máy lạnh"]),
    trap("ban-dieu-hanh/bien-ban.html", "robots", ["sổ sách hội viên"]),
]
