"""Hanska: Chùa An Lạc (Vietnamese Buddhist temple). A monthly notice pasted as plain text in <pre>
(numbered items, ALL-CAPS labels, a dash list); a <dl> with two <dd> per task where the second <dd> holds the
status; an English page with a buried ask."""
from common import N, T

SLUG = "hanska-chua-an-lac-temple"


def page(lang, title, body):
    return """<!DOCTYPE html>
<html lang="{LANG}">
<head>
<meta charset="utf-8">
<title>{TITLE} &ndash; Chùa An Lạc</title>
<style>
body{font-family:"Times New Roman",serif;background:#fdf6e3;color:#3b2f1e;margin:0}
#khung{max-width:820px;margin:0 auto;background:#fff;padding:16px 28px;border-left:4px solid #c8961e;border-right:4px solid #c8961e}
pre{font-family:"Courier New",monospace;font-size:14px;white-space:pre-wrap}
dt{font-weight:bold;margin-top:12px}
</style>
</head>
<body>
<div id="khung">
<div id="dau"><img src="/hinh/hoa-sen.gif" alt="" width="48"> <span style="font-size:26px;color:#8a5a00">Chùa An Lạc</span>
<span style="font-size:14px"> &mdash; Hanska, Minnesota</span></div>
<div id="menu"><a href="/index.html">Trang nhà</a> | <a href="/thong-bao.html">Thông báo</a> |
<a href="/cong-qua.html">Công quả</a> | <a href="/english.html">English</a> |
<a href="/tai-lieu/phat-dan-2025.pdf">Phật Đản 2025 (PDF)</a></div>
<hr>
{BODY}
<hr>
<div id="cuoi" style="font-size:13px">Chùa An Lạc &middot; 41870 County Road 11, Hanska, MN 56041 &middot; (507) 555-0161 &middot;
<a href="/ban-tri-su/bien-ban.html">Ban Trị Sự</a> &middot; <a href="/phap-thoai/2024-03.html">Pháp thoại tháng 3</a></div>
</div>
</body>
</html>
""".replace("{LANG}", lang).replace("{TITLE}", title).replace("{BODY}", body)


INDEX = page("vi", "Trang nhà", """
<h1>Nam Mô Bổn Sư Thích Ca Mâu Ni Phật</h1>
<p>Chùa An Lạc được các gia đình Phật tử Việt Nam ở New Ulm, Hanska và Sleepy Eye lập nên năm 2003 trên một
trang trại cũ bên hồ.</p>
<h2>Giờ tụng kinh</h2>
<p>Tụng kinh sáng Chủ Nhật lúc 9 giờ 30. Thời khóa tối thứ Bảy lúc 7 giờ.</p>
<h2>Lễ Thành Đạo</h2>
<p>Chùa sẽ cử hành lễ Thành Đạo vào Chủ Nhật ngày 8 tháng 12. Có cơm chay sau buổi lễ.</p>
<h2>Phát gạo</h2>
<p>Mỗi tháng chùa phát gạo và thực phẩm khô cho các gia đình khó khăn trong vùng, không phân biệt tôn giáo.</p>
<h2>Cúng dường xây chánh điện</h2>
<p>Công trình chánh điện mới còn thiếu 80.000 đô la. Mọi sự đóng góp xin gửi về Ban Trị Sự. A Di Đà Phật.</p>
""")

THONGBAO = page("vi", "Thông báo", """
<h1>Thông báo tháng 11</h1>
<pre>
THÔNG BÁO CỦA CHÙA AN LẠC &mdash; THÁNG 11/2024
===============================================

1. SỬA BẬC THỀM: Bậc thềm gỗ trước chánh điện đã mục, các cụ bước
   lên rất nguy hiểm. Chùa cần một người biết làm mộc đến xem và sửa
   giúp trước khi tuyết rơi. Chùa lo tiền gỗ.

2. NẤU CƠM CHAY NGÀY RẰM THÁNG MƯỜI: cần thêm 4 người phụ bếp từ 6 giờ
   sáng Chủ Nhật 17/11. Xin ghi tên với cô Diệu Hạnh.

3. BAN HỘ NIỆM: đã đủ người cho năm nay. Xin chân thành cảm ơn.

4. VẬT DỤNG CHÙA ĐANG CẦN:
     - dầu ăn
     - nhang trầm
     - nến
     - giấy vệ sinh, khăn giấy
     - gạo thơm

5. KHÓA TU MỘT NGÀY: thứ Bảy 7/12, từ 8 giờ sáng đến 5 giờ chiều.
   Người tham dự xin mang theo áo tràng và gối ngồi thiền.

6. CẢM ƠN: đợt quyên góp cứu trợ bão lụt miền Trung tháng 9 đã gửi
   được 4.200 đô la về Quảng Bình.

                                      Ban Trị Sự kính báo
</pre>
""")

CONGQUA = page("vi", "Công quả", """
<h1>Công quả tại chùa</h1>
<p>Quý Phật tử muốn làm công quả xin xem các việc dưới đây rồi báo cho Ban Trị Sự.</p>
<dl>
<dt>Dạy Việt ngữ cho các em</dt>
<dd>Chủ Nhật, 10 giờ đến 12 giờ trưa</dd>
<dd>Cần thêm một thầy hoặc cô đọc viết tiếng Việt thông thạo</dd>
<dt>Dọn tuyết bãi đậu xe</dt>
<dd>Sau mỗi trận tuyết</dd>
<dd>Nhóm thanh niên Gia Đình Phật Tử đã nhận việc này cho cả mùa đông</dd>
<dt>Đưa đón các cụ đi chùa</dt>
<dd>Sáng Chủ Nhật, từ New Ulm và Sleepy Eye</dd>
<dd>Đang cần người có xe</dd>
<dt>Thư ký văn phòng</dt>
<dd>Mười giờ mỗi tuần, có thù lao hàng tháng</dd>
<dd>Xin liên lạc Ban Trị Sự để biết chi tiết</dd>
<dt>Sửa hệ thống âm thanh</dt>
<dd>Loa và micro trong chánh điện bị rè, nhiều cụ nghe không rõ</dd>
<dd>Cần người rành về âm thanh đến xem giúp</dd>
</dl>
""")

ENGLISH = page("en", "English", """
<h1>An Lac Temple &ndash; for English speakers</h1>
<h2>Visiting</h2>
<p>Everyone is welcome. Please take off your shoes before entering the main hall, and come any Sunday morning
to meet the sangha.</p>
<h2>Meditation in English</h2>
<p>Thursdays at 7 pm, led by Brother Minh Tuệ. No experience needed; cushions provided.</p>
<h2>Our abbot</h2>
<p>Venerable Thích Quảng Tịnh was ordained in Huế in 1972, spent six years in a refugee camp in Malaysia, and
came to Minnesota in 1991.</p>
<h2>A small request</h2>
<p>Our elderly monk and two nuns receive letters from the county, the bank and the insurance company that are
hard for them to understand. We are looking for a patient English speaker who could sit with them for an hour
every other week and help answer the mail.</p>
""")

BANTRISU = page("vi", "Ban Trị Sự", """
<h1>Biên bản họp Ban Trị Sự (nội bộ)</h1>
<ul>
<li>Cần tìm người làm sổ sách thuế cho chùa trước tháng 4.</li>
<li>Xin tiệm hoa ở New Ulm tài trợ hoa cho lễ Phật Đản.</li>
<li>Cần người sơn lại cổng tam quan vào mùa hè.</li>
</ul>
""")

PAGES = {"index.html": INDEX, "thong-bao.html": THONGBAO, "cong-qua.html": CONGQUA, "english.html": ENGLISH,
         "ban-tri-su/bien-ban.html": BANTRISU}

ROBOTS = "User-agent: *\nAllow: /\nDisallow: /ban-tri-su/\n"

PDFS = {
    "tai-lieu/phat-dan-2025.pdf": ("An Lac Temple - Buddha's Birthday 2025", [
        ("title", "An Lac Temple - Buddha's Birthday 2025"),
        ("h", "Buddha's Birthday Celebration"),
        ("p", "Sunday, May 11, 2025, 10 am. Bathing the Buddha ceremony, vegetarian lunch and a lion dance by the "
              "New Ulm youth group. Please bring flowers or fruit for the altar."),
        ("h", "Gardeners needed before the celebration"),
        ("p", "The lotus pond and the flower beds along the driveway need to be cleaned out and replanted. We "
              "need four or five people who enjoy gardening on Saturday, May 3, from 9 am. Tools, plants and "
              "lunch are provided."),
        ("h", "Parking"),
        ("p", "Please park in the field north of the temple and leave the lot for elders."),
        ("h", "How to sign up"),
        ("p", "Write your name on the sheet in the temple kitchen, or call (507) 555-0161."),
    ]),
}

NEEDS = [
    N("thong-bao.html", ["sửa bậc thềm", "làm mộc"], "skilled", "vi", layout="pre_text"),
    N("thong-bao.html", ["phụ bếp", "nấu cơm chay"], "volunteer", "vi", layout="pre_text"),
    N("thong-bao.html", ["vật dụng chùa đang cần", "nhang trầm"], "donation", "vi", layout="pre_text_list"),
    N("cong-qua.html", ["dạy việt ngữ"], "skilled", "vi", ["vi"], layout="definition_list_multi_dd"),
    N("cong-qua.html", ["đưa đón các cụ"], "volunteer", "vi", layout="definition_list_multi_dd"),
    N("cong-qua.html", ["hệ thống âm thanh"], "skilled", "vi", layout="definition_list_multi_dd"),
    N("english.html", ["answer the mail", "english speaker"], "volunteer", "en", ["en"], layout="heading_paragraph",
      note="heading is only 'A small request'"),
    N("tai-lieu/phat-dan-2025.pdf", ["gardeners needed", "lotus pond"], "volunteer", "en", layout="pdf"),
]

TRAPS = [
    T("index.html", "hours", ["giờ tụng kinh"]),
    T("index.html", "event", ["lễ thành đạo"]),
    T("index.html", "service", ["phát gạo"]),
    T("index.html", "general_appeal", ["xây chánh điện"]),
    T("thong-bao.html", "filled", ["ban hộ niệm"], "đã đủ người"),
    T("thong-bao.html", "event", ["khóa tu một ngày"], "attendees bring robes and cushions"),
    T("thong-bao.html", "recap", ["bão lụt miền trung"]),
    T("cong-qua.html", "filled", ["dọn tuyết"], "youth group took it for the winter"),
    T("cong-qua.html", "job", ["thư ký văn phòng"], "có thù lao = paid"),
    T("english.html", "hours", ["any sunday morning"]),
    T("english.html", "event", ["meditation in english"]),
    T("english.html", "bio", ["our abbot"]),
    T("tai-lieu/phat-dan-2025.pdf", "event", ["buddha's birthday celebration"]),
    T("tai-lieu/phat-dan-2025.pdf", "how_to_apply", ["how to sign up"]),
    T("ban-tri-su/bien-ban.html", "robots", ["sổ sách thuế"]),
    T("ban-tri-su/bien-ban.html", "robots", ["tài trợ hoa"]),
    T("ban-tri-su/bien-ban.html", "robots", ["sơn lại cổng"]),
]
