"""Site 6: Bertha Hoi Tuong Than Viet (Vietnamese mutual-aid association). Vietnamese + English.
ARIA tabs whose inactive panels carry the `hidden` attribute; Vietnamese newsletter article with
two buried asks; board bios page; English meal-train table (week 1 full, week 2 open);
English PDF flyer; no robots trap."""
from util import N, T

SLUG = "bertha-hoi-tuong-than-viet"


def page(lang, title, body):
    return """<!DOCTYPE html>
<html lang="%s">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%s</title>
<link rel="stylesheet" href="/static/app.css">
<style>
body{font-family:"Be Vietnam Pro",Roboto,sans-serif;margin:0;color:#222}
.hd{background:#ffcd00;padding:12px 24px;border-bottom:4px solid #c8102e}.hd a{color:#222;margin-right:16px;font-weight:600}
.ct{max-width:900px;margin:0 auto;padding:20px}
[role=tablist] button{border:0;background:#eee;padding:8px 16px;font-size:15px}[role=tablist] button[aria-selected=true]{background:#c8102e;color:#fff}
[role=tabpanel]{border:1px solid #ddd;padding:14px}
table.mt{border-collapse:collapse}table.mt td,table.mt th{border:1px solid #ccc;padding:5px 10px}
.ft{background:#333;color:#ccc;padding:14px 24px;font-size:13px}.ft a{color:#ffcd00}
</style>
</head>
<body>
<div class="hd"><a href="/">Trang chủ</a><a href="/ban-tin.html">Bản tin</a><a href="/gioi-thieu.html">Giới thiệu</a><a href="/en/">English</a><a href="/en/flyer.pdf">Flyer (PDF)</a></div>
<div class="ct">
%s
</div>
<div class="ft">Hội Tương Thân Việt &middot; 115 Main St, Bertha, MN &middot; 218-555-0161 &middot; hoi@tuongthanviet.org &middot; <a href="/album/hoi-cho-tet.html">Hình ảnh Hội chợ Tết</a></div>
<script>document.querySelectorAll('[role=tab]').forEach(function(b){b.onclick=function(){document.querySelectorAll('[role=tabpanel]').forEach(function(p){p.hidden=p.id!==b.getAttribute('aria-controls')});}});</script>
</body>
</html>
""" % (lang, title, body)


INDEX = page("vi", "Hội Tương Thân Việt - Bertha", """
<h1>Hội Tương Thân Việt</h1>
<p>Hội của các gia đình Việt Nam ở Bertha và vùng lân cận, thành lập năm 1996.</p>
<p><b>Giờ mở cửa hội quán:</b> Thứ Ba &ndash; Thứ Bảy, 10 giờ sáng &ndash; 3 giờ chiều.</p>
<p><b>Dịch vụ:</b> giúp điền đơn Medicare và giấy tờ thuế, lớp quốc tịch miễn phí mỗi tối thứ Năm.</p>
<div role="tablist">
<button role="tab" aria-selected="true" aria-controls="p-tn">Tình nguyện</button>
<button role="tab" aria-selected="false" aria-controls="p-qg">Quyên góp</button>
<button role="tab" aria-selected="false" aria-controls="p-sk">Sự kiện</button>
</div>
<div role="tabpanel" id="p-tn">
<h3>Cần người dạy kèm tiếng Anh cho các cô chú lớn tuổi</h3>
<p>Mỗi sáng thứ Năm, 9&ndash;11 giờ, tại hội quán. Biết tiếng Việt là một lợi thế nhưng không bắt buộc.</p>
<h3>Tài xế đưa đón các cụ đi khám bệnh</h3>
<p>Cần 3 tài xế có xe riêng, thứ Hai và thứ Tư. Hội hoàn trả tiền xăng.</p>
<h3>Phụ bếp cho tiệc Tết</h3>
<p>Danh sách đã kín chỗ, cảm ơn cô bác!</p>
</div>
<div role="tabpanel" id="p-qg" hidden>
<h3>Hiện đang cần gấp</h3>
<p>Gạo, nước mắm, mì gói và dầu ăn cho tủ thực phẩm của hội. Xin mang đến hội quán trong giờ mở cửa.</p>
<h3>Chăn mền</h3>
<p>Hội đã nhận đủ rồi, xin tạm ngưng gửi thêm. Cảm ơn tấm lòng của quý vị.</p>
<h3>Ủng hộ quỹ hội</h3>
<p>Mọi đóng góp đều được trừ thuế. Quý vị có thể gửi chi phiếu về hội.</p>
</div>
<div role="tabpanel" id="p-sk" hidden>
<h3>Đêm hội Trăng Rằm cho các em</h3>
<p>Thứ Bảy 14/9, 5 giờ chiều, sân sau hội quán. Có múa lân, bánh trung thu và rước đèn.</p>
<h3>Cần một người chụp ảnh</h3>
<p>Cho buổi Trung Thu, hội cần một người biết chụp ảnh (có máy ảnh riêng) để lưu lại kỷ niệm cho các gia đình.</p>
</div>
""")

BANTIN = page("vi", "Bản tin tháng 10 - Hội Tương Thân Việt", """
<article>
<h1>Bản tin tháng 10</h1>
<p><i>Ban chấp hành, ngày 1 tháng 10</i></p>
<p>Kính thưa quý cô bác và anh chị em,</p>
<p>Tết 2024 vừa qua có hơn 300 người tham dự, là con số lớn nhất từ trước đến nay. Xin cảm ơn tiệm phở Hương Quê đã tặng 40 tô phở cho buổi tiệc, và cảm ơn các em thanh niên đã dọn dẹp đến khuya.</p>
<p>Mùa thu này hội quán có vài việc cần lo. Mái hiên phía sau bị dột từ mùa hè; ban chấp hành đang tìm một người thợ mộc hoặc người biết sửa mái nhà có thể giúp miễn phí hoặc với giá rẻ, hội sẽ mua vật liệu. Ngoài ra, cô Lan nhắn rằng lớp học vẽ cho các em vào chiều Chủ Nhật đang thiếu giấy vẽ và bút chì màu; ai có thể góp một ít xin để ở bàn tiếp tân.</p>
<p>Cuộc họp thường niên sẽ diễn ra ngày 9 tháng 11. Mời tất cả hội viên đến dự và bầu ban chấp hành mới.</p>
<p>Thân ái,<br>Ban chấp hành</p>
</article>
""")

GIOITHIEU = page("vi", "Giới thiệu - Hội Tương Thân Việt", """
<h1>Giới thiệu</h1>
<h2>Ban chấp hành</h2>
<p><b>Ông Trần Văn Phúc &mdash; Hội trưởng.</b> Ông Phúc đến Minnesota năm 1992 và làm thợ máy hơn 25 năm. Ông lo việc gây quỹ và liên lạc với thành phố.</p>
<p><b>Bà Nguyễn Thị Lan &mdash; Thủ quỹ.</b> Bà Lan là giáo viên về hưu, phụ trách lớp học vẽ và sổ sách của hội.</p>
<p><b>Anh Lê Minh Khoa &mdash; Thanh niên.</b> Khoa lo các buổi sinh hoạt cho các em và trang mạng của hội.</p>
<h2>Lịch sử</h2>
<p>Hội được thành lập năm 1996 bởi mười hai gia đình. Hiện nay hội có khoảng 150 hội viên.</p>
""")

EN = page("en", "Hoi Tuong Than Viet - English", """
<h1>In English</h1>
<p>We are a Vietnamese mutual-aid association in Bertha. Most of our site is in Vietnamese; here are the basics.</p>
<h2>Meal train for Mr. L&acirc;m</h2>
<p>Mr. L&acirc;m, one of our founding members, is home after heart surgery and his wife cannot drive. Please bring a simple dinner (soft foods, low salt) between 4 and 6 pm. Week 1 is full &mdash; thank you! Week 2 still has open nights:</p>
<table class="mt">
<tr><th>Week 2</th><th>Dinner</th></tr>
<tr><td>Mon 10/14</td><td><i>open</i></td></tr>
<tr><td>Tue 10/15</td><td><i>open</i></td></tr>
<tr><td>Wed 10/16</td><td>Bảo &amp; Thu (canh chua)</td></tr>
<tr><td>Thu 10/17</td><td><i>open</i></td></tr>
</table>
<h2>Free citizenship class</h2>
<p>Thursdays 6&ndash;8 pm at the hall. Open to anyone preparing for the interview.</p>
<h2>Join the association</h2>
<p>Membership is $15 per family per year. Fill out a card at the hall.</p>
<h2>Part-time case aide (paid)</h2>
<p>Bilingual Vietnamese/English, 20 hours a week, $19/hour, to help elders with benefits paperwork. Send a resume by October 31.</p>
""")

PAGES = {
    "index.html": INDEX,
    "ban-tin.html": BANTIN,
    "gioi-thieu.html": GIOITHIEU,
    "en/index.html": EN,
}

ROBOTS = """User-agent: *
Disallow: /static/tmp/
"""

PDFS = {
    "en/flyer.pdf": ("Citizenship class flyer", [
        ("title", "FREE CITIZENSHIP CLASS - HOI TUONG THAN VIET"),
        ("p", "Thursdays 6-8 pm, 115 Main St, Bertha. All levels welcome."),
        ("gap", ""),
        ("h", "Interview practice partners wanted"),
        ("p", "Our students need people to play the USCIS officer in mock interviews: ask the 100 civics "
              "questions, read sentences aloud, chat in English. One Thursday a month is enough. No teaching "
              "experience needed - just clear English and patience."),
        ("gap", ""),
        ("h", "How to register for the class"),
        ("p", "Come to the hall on a Thursday at 5:45 pm with your green card. There is no fee."),
        ("gap", ""),
        ("h", "Celebration"),
        ("p", "When a student becomes a citizen we throw a party! Next one: November 16, 2 pm."),
    ]),
}

NEEDS = [
    N("index.html", ["dạy kèm tiếng anh"], "skilled", "vi", ["en", "vi"], layout="aria_tabs"),
    N("index.html", ["tài xế"], "volunteer", "vi", layout="aria_tabs", note="gas reimbursed, not a job"),
    N("index.html", ["đang cần gấp", "nước mắm"], "donation", "vi", layout="aria_tabs_hidden_panel",
      note="panel has the hidden attribute (JS tabs)"),
    N("index.html", ["chụp ảnh"], "skilled", "vi", layout="aria_tabs_hidden_panel",
      note="event volunteer; the festival itself is a trap"),
    N("ban-tin.html", ["thợ mộc", "sửa mái nhà"], "skilled", "vi", layout="newsletter_buried"),
    N("ban-tin.html", ["giấy vẽ", "bút chì màu"], "donation", "vi", layout="newsletter_buried"),
    N("en/index.html", ["meal train", "mr. lâm"], "volunteer", "en", layout="meal_train_table",
      note="week 1 full, week 2 has three open nights = one need"),
    N("en/flyer.pdf", ["interview practice partners", "mock interviews"], "volunteer", "en", ["en"],
      layout="pdf"),
]

TRAPS = [
    T("index.html", "hours", ["giờ mở cửa hội quán"]),
    T("index.html", "service", ["điền đơn medicare", "lớp quốc tịch"]),
    T("index.html", "filled", ["phụ bếp"], "'Danh sách đã kín chỗ'"),
    T("index.html", "filled", ["chăn mền"], "'đã nhận đủ rồi, xin tạm ngưng gửi thêm'"),
    T("index.html", "general_appeal", ["ủng hộ quỹ hội"]),
    T("index.html", "event", ["đêm hội trăng rằm"]),
    T("ban-tin.html", "recap", ["300 người tham dự"]),
    T("ban-tin.html", "thanks", ["40 tô phở"]),
    T("ban-tin.html", "event", ["cuộc họp thường niên"]),
    T("gioi-thieu.html", "bio", ["hội trưởng"]),
    T("gioi-thieu.html", "bio", ["thủ quỹ"]),
    T("gioi-thieu.html", "bio", ["thanh niên"]),
    T("en/index.html", "filled", ["week 1 is full"]),
    T("en/index.html", "service", ["free citizenship class"]),
    T("en/index.html", "how_to_apply", ["join the association"]),
    T("en/index.html", "job", ["case aide"]),
    T("en/flyer.pdf", "how_to_apply", ["how to register"]),
    T("en/flyer.pdf", "event", ["celebration", "throw a party"]),
]
