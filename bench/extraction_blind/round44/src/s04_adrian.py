from common import N, T

SLUG = "adrian-cong-doan-thanh-giuse"

HEADER = """<div id="top">
 <div class="brand"><img src="/images/logo-cdtg.png" alt=""> C&#7897;ng &#272;o&agrave;n Th&aacute;nh Giuse &ndash; Adrian</div>
 <ul class="nav">
  <li><a href="/index.html">Trang ch&#7911;</a></li>
  <li><a href="/can-giup.html">C&#7847;n gi&uacute;p &#273;&#7905;</a></li>
  <li><a href="/ban-tin.html">B&#7843;n tin</a></li>
  <li><a href="/en/index.html">English</a></li>
 </ul>
</div>"""

FOOTER = """<div id="bottom">
 <p>C&#7897;ng &#272;o&agrave;n C&ocirc;ng Gi&aacute;o Vi&#7879;t Nam Th&aacute;nh Giuse &middot; 415 Maine Ave, Adrian, MN 56110 &middot; (507) 555-0152</p>
 <p><a href="/tai-lieu/tet-festival-volunteers.pdf">Tet Festival flyer (PDF)</a> |
 <a href="/hinh-anh/le-phuc-sinh-2025.html">H&igrave;nh &#7843;nh Ph&#7909;c Sinh</a> |
 <a href="/ban-dieu-hanh/bien-ban.html">Ban &#273;i&#7873;u h&agrave;nh</a></p>
</div>"""


def page(lang, title, body):
    return """<!DOCTYPE html>
<html lang="%s">
<head>
<meta charset="UTF-8">
<title>%s</title>
<link href="/css/style.css" rel="stylesheet" type="text/css">
<style>details{margin:8px 0;border:1px solid #ccc;padding:6px} summary{font-weight:bold;cursor:pointer}</style>
</head>
<body>
%s
<div id="content">
%s
</div>
%s
</body>
</html>
""" % (lang, title, HEADER, body, FOOTER)


INDEX = page("vi", "Trang chủ – Cộng Đoàn Thánh Giuse", """
<h1>Cộng Đoàn Công Giáo Việt Nam Thánh Giuse</h1>
<p>Chào mừng quý ông bà anh chị em đến với cộng đoàn! Chúng tôi là khoảng 60 gia đình Việt Nam sống tại Adrian,
Worthington và vùng phụ cận.</p>

<h2>Giờ lễ</h2>
<p>Thánh lễ tiếng Việt: Chúa Nhật lúc 12 giờ 30 trưa tại nhà thờ St. Adrian. Thứ Sáu đầu tháng: 7 giờ tối.</p>

<h2>Cha tuyên úy</h2>
<p>Cha Phêrô Nguyễn Văn Lộc về phục vụ cộng đoàn từ năm 2019. Trước đó cha làm mục vụ tại Sioux Falls trong mười năm.</p>

<h2>Hội Chợ Tết Bính Ngọ</h2>
<p>Hội chợ Tết sẽ diễn ra ngày Thứ Bảy 14 tháng 2 năm 2026 tại hội trường trường St. Adrian: múa lân, ẩm thực, xổ số.</p>

<h2>Quỹ sửa mái nhà thờ</h2>
<p>Xin quý ông bà anh chị em rộng lòng đóng góp cho quỹ sửa mái nhà thờ. Mọi sự đóng góp xin gửi cho ban thủ quỹ sau thánh lễ.</p>

<div class="teaser">
 <h3>Bài mới</h3>
 <p><a href="/ban-tin.html">Ba mươi năm cộng đoàn: những kỷ niệm khó quên</a> &ndash; Đọc tiếp &raquo;</p>
</div>
""")

CANGIUP = page("vi", "Cần giúp đỡ", """
<h1>Những việc cộng đoàn đang cần</h1>
<p>Bấm vào từng mục để xem chi tiết. Xin liên lạc anh Đức (507) 555-0152 nếu quý vị có thể giúp.</p>

<details>
 <summary>Dạy tiếng Việt cho các em thiếu nhi</summary>
 <p>Lớp Việt ngữ sáng Chúa Nhật có 25 em nhưng chỉ còn một cô giáo. Cần thêm hai người đọc và viết tiếng Việt thành
 thạo để dạy các em từ 6 đến 12 tuổi, 10 giờ 30 đến 12 giờ trưa.</p>
</details>
<details>
 <summary>Phụ bếp cho Hội chợ Tết</summary>
 <p>Cần khoảng 10 người gói bánh chưng và phụ bếp vào ngày 12 và 13 tháng 2. Không cần kinh nghiệm, chỉ cần vui vẻ!</p>
</details>
<details>
 <summary>Thợ điện xem giúp đèn hội trường</summary>
 <p>Đèn trong hội trường giáo xứ hay chập chờn và cầu dao thường bị nhảy. Cần một người có chuyên môn về điện đến
 kiểm tra giúp trước Tết.</p>
</details>
<details>
 <summary>Đưa đón các cụ đi khám bệnh</summary>
 <p>Đã có người đảm nhận. Xin cảm ơn anh Hùng và chị Mai!</p>
</details>
<details>
 <summary>Lớp luyện thi quốc tịch</summary>
 <p>Cộng đoàn mở lớp luyện thi quốc tịch miễn phí vào tối Thứ Tư cho các cụ và người lớn. Ai muốn học xin ghi tên với chị Mai.</p>
</details>
""")

BANTIN = page("vi", "Bản tin", """
<h1>Bản tin cộng đoàn &ndash; Tháng 11</h1>

<h2>Gia đình anh Tâm</h2>
<p>Tháng trước anh Tâm bị thương ở tay khi làm việc tại xưởng chế biến thịt và phải nghỉ ít nhất ba tháng. Chị Lan ở
nhà với ba cháu nhỏ, cháu út mới sáu tháng. Bảo hiểm chưa trả tiền, nên gia đình đang rất thiếu gạo, tã em bé và
tiền xăng để anh đi tập vật lý trị liệu ở Worthington. Ai có lòng xin liên lạc ban điều hành.</p>

<h2>Chúng tôi đang thiếu ghế xếp</h2>
<p>Hội trường chỉ còn khoảng 40 cái ghế xếp dùng được, trong khi mỗi lần sinh hoạt có hơn 100 người. Nếu quý vị hay
cơ sở nào có ghế xếp cũ còn tốt, xin tặng cho cộng đoàn.</p>

<h2>Khăn quàng và găng tay</h2>
<p>Kho đã đầy rồi, hiện không cần thêm nữa. Cảm ơn các bà mẹ Công giáo đã đan cho các em!</p>

<h2>Tổng kết Hội chợ Tết năm ngoái</h2>
<p>Hội chợ Tết Ất Tỵ thu được 8.450 đô la cho quỹ học bổng. Xin cảm ơn tất cả các gian hàng.</p>

<h2>Ba mươi năm cộng đoàn</h2>
<p>Năm 1995, bảy gia đình đầu tiên đến Adrian làm việc ở nhà máy... (còn tiếp kỳ sau)</p>
""")

EN = page("en", "St. Joseph Vietnamese Catholic Community", """
<h1>St. Joseph Vietnamese Catholic Community</h1>
<p>We are a Vietnamese Catholic community of about sixty families who worship at St. Adrian Church. Most of our site is
in Vietnamese; here are the English notes.</p>

<h2>Mass times</h2>
<p>Vietnamese Mass every Sunday at 12:30 pm; first Fridays at 7 pm.</p>

<h2>Seeking a volunteer accountant</h2>
<p>Our community is registered as a small nonprofit, and the paperwork has outgrown us. We are seeking a volunteer
accountant or CPA who could file our annual IRS 990-N and the state charity report, and check the Tet festival books
once a year.</p>

<h2>English conversation tutors for grandparents</h2>
<p>We have enough tutors for this term &ndash; thank you! New sign-ups open again in January.</p>

<h2>Catechism registration</h2>
<p>To register your child for catechism, fill out the yellow form in the parish hall after Sunday Mass and give it to
Sister Anna.</p>
""")

BOARD = page("vi", "Ban điều hành", """
<h1>Biên bản họp ban điều hành (nội bộ)</h1>
<ul>
 <li>Tìm người sơn lại phòng giáo lý.</li>
 <li>Xin tặng một tủ lạnh lớn cho nhà bếp.</li>
 <li>Cần người làm trang web mới.</li>
</ul>
""")

PAGES = {"index.html": INDEX, "can-giup.html": CANGIUP, "ban-tin.html": BANTIN, "en/index.html": EN,
         "ban-dieu-hanh/bien-ban.html": BOARD}

ROBOTS = """# robots
User-agent: *
Disallow: /ban-dieu-hanh/
"""

PDFS = {
    "tai-lieu/tet-festival-volunteers.pdf": ("Tet Festival 2026 - volunteers", [
        ("title", "TET FESTIVAL 2026 - VOLUNTEERS"),
        ("p", "St. Joseph Vietnamese Catholic Community - 415 Maine Ave, Adrian, MN 56110"),
        ("h", "Parking lot attendants"),
        ("p", "6 needed on Saturday, February 14, 10 am - 4 pm, in two shifts. Wave cars into the school lot and "
              "keep the fire lane clear. Wear warm boots; we provide orange vests and hot coffee."),
        ("h", "Lion dance drummers"),
        ("p", "We already have a full team coming from Sioux Falls this year. Thank you for asking!"),
        ("h", "Festival program"),
        ("p", "11:00 lion dance - 12:00 lunch - 1:30 children's show - 3:00 raffle drawing."),
        ("h", "How to sign up"),
        ("p", "Write your name on the sheet in the parish hall, or text Duc at (507) 555-0152."),
    ]),
}

NEEDS = [
    N("can-giup.html", ["dạy tiếng việt"], "skilled", "vi", ["vi"], layout="accordion"),
    N("can-giup.html", ["phụ bếp"], "volunteer", "vi", layout="accordion", note="festival kitchen help"),
    N("can-giup.html", ["thợ điện"], "skilled", "vi", layout="accordion"),
    N("ban-tin.html", ["gia đình anh tâm"], "donation", "vi", layout="story",
      note="injured father; rice, diapers, gas money for therapy trips"),
    N("ban-tin.html", ["ghế xếp"], "donation", "vi", layout="short_on", note="'đang thiếu' = are short of"),
    N("en/index.html", ["volunteer accountant"], "skilled", "en", layout="seeking"),
    N("tai-lieu/tet-festival-volunteers.pdf", ["parking lot attendants"], "volunteer", "en", layout="pdf"),
]

TRAPS = [
    T("index.html", "hours", ["giờ lễ"]),
    T("index.html", "bio", ["cha tuyên úy"]),
    T("index.html", "event", ["hội chợ tết bính ngọ"]),
    T("index.html", "general_appeal", ["quỹ sửa mái nhà thờ"]),
    T("index.html", "blog", ["ba mươi năm cộng đoàn"]),
    T("can-giup.html", "filled", ["đưa đón các cụ"], "'Đã có người đảm nhận'"),
    T("can-giup.html", "service", ["lớp luyện thi quốc tịch"]),
    T("ban-tin.html", "filled", ["khăn quàng"], "'kho đã đầy rồi, hiện không cần thêm nữa'"),
    T("ban-tin.html", "recap", ["8.450 đô la"]),
    T("ban-tin.html", "blog", ["bảy gia đình đầu tiên"]),
    T("en/index.html", "hours", ["mass times"]),
    T("en/index.html", "filled", ["english conversation tutors"], "we have enough tutors for this term"),
    T("en/index.html", "how_to_apply", ["catechism registration"]),
    T("tai-lieu/tet-festival-volunteers.pdf", "filled", ["lion dance drummers"]),
    T("tai-lieu/tet-festival-volunteers.pdf", "event", ["festival program"]),
    T("tai-lieu/tet-festival-volunteers.pdf", "how_to_apply", ["how to sign up"]),
    T("ban-dieu-hanh/bien-ban.html", "robots", ["phòng giáo lý"]),
    T("ban-dieu-hanh/bien-ban.html", "robots", ["tủ lạnh"]),
    T("ban-dieu-hanh/bien-ban.html", "robots", ["trang web mới"]),
]
