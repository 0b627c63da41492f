from common import N, T

SLUG = "afton-chua-tu-bi-temple"


def page(lang, title, body):
    return """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html lang="%s">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>%s</title>
<link href="/css/chua.css" rel="stylesheet" type="text/css">
<script type="text/javascript">
<!--
function MM_swapImgRestore() { //v3.0
  var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc;
}
//-->
</script>
</head>
<body bgcolor="#FFF8E7" onLoad="MM_swapImgRestore()">
<div id="container">
  <div id="header"><img src="/images/banner-chua.jpg" width="900" height="140" alt="Chùa Từ Bi - Afton, Minnesota"></div>
  <div id="menu">
    <a href="/index.html">Trang chính</a> |
    <a href="/bang-thong-bao.html">Bảng thông báo công quả</a> |
    <a href="/ban-tin.html">Bản tin</a> |
    <a href="/en.html">English</a>
  </div>
  <div id="mainContent">
%s
  </div>
  <div id="footer">
    <p>Chùa Từ Bi &bull; 3120 Stagecoach Trail S, Afton, MN 55001 &bull; (651) 555-0176 &bull; chuatubi@chuatubi-afton.org</p>
    <p><a href="/docs/temple-news-english.pdf">Temple News &ndash; English edition (PDF)</a> &bull; <a href="/ban-tri-su/bien-ban.html">Ban Trị Sự</a></p>
  </div>
</div>
</body>
</html>
""" % (lang, title, body)


INDEX = page("vi", "Chùa Từ Bi - Trang chính", """
<h1>Nam Mô Bổn Sư Thích Ca Mâu Ni Phật</h1>
<p>Chùa Từ Bi là ngôi chùa Việt Nam nhỏ bên bờ sông St. Croix, phục vụ Phật tử vùng Woodbury, Afton và Hudson từ năm 1996.</p>

<table width="100%" border="0" cellpadding="6">
<tr>
<td valign="top" width="50%">
<h3>Giờ mở cửa và lịch lễ</h3>
<p>Chùa mở cửa hằng ngày từ 8 giờ sáng đến 6 giờ chiều.<br>
Lễ Chủ nhật: 10 giờ sáng. Tụng kinh tối thứ Bảy: 7 giờ.</p>
</td>
<td valign="top" width="50%">
<h3>Lớp Việt ngữ cho thiếu nhi</h3>
<p>Lớp học miễn phí mỗi sáng Chủ nhật cho các em từ 6 đến 14 tuổi. Phụ huynh ghi danh tại văn phòng chùa.</p>
</td>
</tr>
<tr>
<td valign="top">
<h3>Khóa tu một ngày &ndash; Chủ nhật 18 tháng 5</h3>
<p>Ngồi thiền, nghe pháp và dùng cơm chay chung. Xin ghi danh trước ngày 10 tháng 5.</p>
</td>
<td valign="top">
<h3>Cúng dường xây dựng chánh điện</h3>
<p>Chùa đang gây quỹ để sửa mái chánh điện. Mọi sự đóng góp xin gửi về văn phòng chùa hoặc qua Zelle.</p>
</td>
</tr>
</table>
<p class="box">Quý Phật tử muốn làm công quả, xin xem bảng thông báo để biết công việc tháng này. <a href="/bang-thong-bao.html">Xem bảng thông báo</a></p>
<p><a href="/hinh-anh/phat-dan-2024.html">Hình ảnh Lễ Phật Đản 2024</a></p>
""")

BANG = page("vi", "Bảng thông báo công quả", """
<h2>Bảng thông báo công quả</h2>
<pre class="bang">
BẢNG THÔNG BÁO CÔNG QUẢ &mdash; THÁNG 5
(cập nhật ngày 2/5)

Công việc                        Ngày               Tình trạng
-------------------------------  -----------------  -------------------------
Nấu cơm chay ngày Rằm            Thứ Bảy 10/5       CẦN THÊM 4 NGƯỜI
Dọn dẹp chánh điện               Thứ Sáu hằng tuần  XIN NGƯNG GHI DANH &ndash; ĐỦ RỒI,
                                                    cám ơn quý vị
Giữ xe, hướng dẫn đậu xe         Lễ Phật Đản        Cần 3 người
                                 Chủ nhật 11/5
Cắm hoa bàn Phật                 hằng tuần          Cô Lan nhận rồi
Đưa đón các cụ đi chùa           Chủ nhật           Cần người có xe, đón ở
                                                    Woodbury và Cottage Grove
Phụ giảng lớp Việt ngữ           Chủ nhật           Không cần thêm &ndash; năm nay
                                                    đã có đủ thầy cô
</pre>
<p>Muốn nhận việc, xin gặp Sư Cô Diệu Hạnh sau giờ lễ hoặc gọi văn phòng chùa.</p>
""")

BANTIN = page("vi", "Bản tin", """
<h2>Bản tin Chùa Từ Bi &ndash; Số 42</h2>
<h3>Giới thiệu: Thầy Thích Minh Tâm</h3>
<p>Thầy xuất gia năm 1988 tại Huế, sang Hoa Kỳ năm 2002 và về trụ trì Chùa Từ Bi từ năm 2015.</p>

<h3>Tin sinh hoạt</h3>
<p>Hệ thống điện trong chánh điện đã cũ và thường xuyên bị chập mỗi khi bật đèn và máy sưởi cùng lúc. Chùa đang tìm một Phật tử là
thợ điện có giấy phép (licensed electrician) để kiểm tra và thay dây điện; chùa sẽ mua toàn bộ vật liệu.</p>
<p>Gia đình chị Hạnh vừa từ Sài Gòn sang được ba tuần, hiện ở trong một căn hộ trống tại Woodbury với hai cháu nhỏ. Gia đình còn thiếu
bàn ăn, ghế, nồi niêu và chén bát. Quý vị nào có đồ dùng nhà bếp hoặc bàn ghế còn tốt, xin liên lạc văn phòng chùa.</p>
<p>Để chở bàn ghế từ kho về cho Lễ Phật Đản, chùa cần mượn một chiếc xe tải nhỏ (pickup) trong hai ngày, thứ Sáu 9/5 và thứ Hai 12/5.
Chùa sẽ đổ đầy xăng khi trả xe.</p>
<p>Chùa xin cảm ơn quý Phật tử: gạo cho mùa Phật Đản đã nhận đủ, xin quý vị tạm thời không gửi thêm.</p>
<p>Lễ Vu Lan năm ngoái có hơn 500 người tham dự và gần 300 đóa hồng được cài lên áo.</p>
""")

EN = page("en", "Chua Tu Bi - English", """
<h2>Visiting Chùa Từ Bi</h2>
<p>Visitors are welcome every day from 8 am to 6 pm. Please take off your shoes before entering the main hall.</p>

<h3>Thursday evening meditation</h3>
<p>Free guided meditation in English, Thursdays 7 to 8 pm. No experience needed; cushions provided.</p>

<h3>English conversation for our elders</h3>
<p>Several of our older members want to practice everyday English for the pharmacy, the clinic and the bus. We are looking for patient
native English speakers to chat with a small group on Sunday afternoons after lunch. No teaching experience needed.</p>

<h3>Help with our website</h3>
<p>Our website was built in 2008 and it shows. A volunteer who knows WordPress or a similar tool could help us move it and make it readable on phones.</p>

<h3>Sunday lunch</h3>
<p>A vegetarian lunch is served after the Sunday service. All are welcome, free of charge.</p>
""")

BANTRISU = page("vi", "Ban Trị Sự", """
<h2>Biên bản họp Ban Trị Sự (nội bộ)</h2>
<ul>
<li>Cần tìm người sơn lại cổng tam quan trước mùa hè.</li>
<li>Xin Phật tử cúng một tủ lạnh lớn cho nhà bếp.</li>
<li>Tìm người dạy đàn tranh cho các em thiếu nhi.</li>
</ul>
""")

PAGES = {
    "index.html": INDEX,
    "bang-thong-bao.html": BANG,
    "ban-tin.html": BANTIN,
    "en.html": EN,
    "ban-tri-su/bien-ban.html": BANTRISU,
}

ROBOTS = """User-agent: *
Disallow: /ban-tri-su/
Disallow: /cgi-bin/
"""

PDFS = {
    "docs/temple-news-english.pdf": ("Temple News - English edition - Chua Tu Bi", [
        ("title", "CHUA TU BI - TEMPLE NEWS"),
        ("title", "English edition, spring"),
        ("h", "Snow shoveling crew"),
        ("p", "After every snowfall of three inches or more we need a snow shoveling crew with shovels or a snow blower to clear the "
              "walkways and the front steps before the 10 am Sunday service. Many of our members are over 70. Please give your "
              "name to the office."),
        ("h", "Buddha's Birthday - Sunday, May 11"),
        ("p", "Bathing the Buddha ceremony at 10 am, lunch and lion dance at noon."),
        ("h", "Vegetarian cooking class"),
        ("p", "Our free vegetarian cooking class on Saturday mornings is full for the spring; waitlist only."),
        ("h", "Thank you"),
        ("p", "We received all the folding tables we asked for in the winter newsletter. Thank you!"),
    ]),
}

NEEDS = [
    N("bang-thong-bao.html", ["nấu cơm chay"], "volunteer", "vi", layout="pre_board", note="<pre> notice board"),
    N("bang-thong-bao.html", ["giữ xe"], "volunteer", "vi", layout="pre_board"),
    N("bang-thong-bao.html", ["đưa đón các cụ"], "volunteer", "vi", layout="pre_board"),
    N("ban-tin.html", ["thợ điện"], "skilled", "vi", layout="newsletter_buried"),
    N("ban-tin.html", ["bàn ăn", "nồi niêu"], "donation", "vi", layout="story"),
    N("ban-tin.html", ["xe tải nhỏ"], "other", "vi", layout="newsletter_buried", note="loan of a pickup for two days"),
    N("en.html", ["english conversation"], "volunteer", "en", ["en"], layout="heading_paragraph"),
    N("en.html", ["website"], "skilled", "en", layout="heading_paragraph"),
    N("docs/temple-news-english.pdf", ["snow shoveling"], "volunteer", "en", layout="pdf"),
]

TRAPS = [
    T("index.html", "hours", ["giờ mở cửa"]),
    T("index.html", "service", ["lớp việt ngữ"]),
    T("index.html", "event", ["khóa tu một ngày"]),
    T("index.html", "general_appeal", ["cúng dường xây dựng"]),
    T("index.html", "general_appeal", ["xem bảng thông báo"], "pointer only"),
    T("bang-thong-bao.html", "filled", ["dọn dẹp chánh điện"], "xin ngưng ghi danh - đủ rồi"),
    T("bang-thong-bao.html", "filled", ["cắm hoa"], "Cô Lan nhận rồi"),
    T("bang-thong-bao.html", "filled", ["phụ giảng lớp việt ngữ"], "không cần thêm"),
    T("ban-tin.html", "bio", ["thích minh tâm"]),
    T("ban-tin.html", "filled", ["gạo cho mùa phật đản"], "đã nhận đủ"),
    T("ban-tin.html", "recap", ["lễ vu lan năm ngoái"]),
    T("en.html", "hours", ["visitors are welcome"]),
    T("en.html", "service", ["thursday evening meditation"]),
    T("en.html", "service", ["sunday lunch"]),
    T("ban-tri-su/bien-ban.html", "robots", ["cổng tam quan"]),
    T("ban-tri-su/bien-ban.html", "robots", ["tủ lạnh lớn"]),
    T("ban-tri-su/bien-ban.html", "robots", ["đàn tranh"]),
    T("docs/temple-news-english.pdf", "event", ["buddha's birthday"]),
    T("docs/temple-news-english.pdf", "filled", ["vegetarian cooking class"], "full; waitlist only"),
    T("docs/temple-news-english.pdf", "filled", ["folding tables"], "received all"),
]
