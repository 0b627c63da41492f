"""Eden Valley, MN: Hội Quê Hương (Que Huong Vietnamese Association). Joomla 3 with tabs, Vietnamese + one English page."""
from common import N, T

SLUG = "eden-valley-que-huong-association"


def head(lang, title):
    return """<!DOCTYPE html>
<html lang="%s" dir="ltr">
<head>
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>%s</title>
<link href="/templates/protostar/css/template.css" rel="stylesheet" />
<script src="/media/jui/js/jquery.min.js"></script>
</head>
<body class="site com_content view-article">
<div class="body"><div class="container">
<header class="header" role="banner">
  <a class="brand pull-left" href="/index.html"><span class="site-title">Hội Quê Hương Eden Valley</span></a>
</header>
<nav class="navigation" role="navigation">
  <ul class="nav menu nav-pills mod-list">
    <li class="item-101"><a href="/index.html">Trang chủ</a></li>
    <li class="item-102"><a href="/tinh-nguyen.html">Tình nguyện</a></li>
    <li class="item-103"><a href="/ung-ho.html">Ủng hộ</a></li>
    <li class="item-104"><a href="/en/about.html">English</a></li>
  </ul>
</nav>
<main id="content" role="main" class="span9">
""" % (lang, title)


FOOT = """</main>
<footer class="footer" role="contentinfo"><div class="container">
  <p>Hội Quê Hương &middot; 45 State St, Eden Valley, MN 55329 &middot; (320) 555-0156</p>
  <p><a href="/thu-vien-anh/tet-2024.html">Thư viện ảnh</a> &middot; <a href="/ban-dieu-hanh/hop.html">Ban điều hành</a></p>
</div></footer>
</div></div>
</body>
</html>
"""

INDEX = head("vi", "Hội Quê Hương - Trang chủ") + """
<div class="item-page">
  <div class="page-header"><h2>Chào mừng đến với Hội Quê Hương</h2></div>
  <p>Hội được thành lập năm 2006 để giúp đỡ các gia đình người Việt làm việc tại các nhà máy chế biến gà ở vùng Eden Valley và
  Paynesville.</p>
  <h3>Giờ mở cửa văn phòng</h3>
  <p>Thứ Hai đến thứ Năm, 9 giờ sáng đến 4 giờ chiều. Thứ Bảy chỉ mở lớp tiếng Việt.</p>
  <h3>Dịch vụ của Hội</h3>
  <p>Giúp điền đơn bảo hiểm y tế, dịch giấy tờ của trường học và bệnh viện, lớp luyện thi quốc tịch miễn phí.</p>
  <h3>Mừng Xuân Ất Tỵ</h3>
  <p>Chủ nhật, ngày 2 tháng 2 năm 2025, tại hội trường trường trung học Eden Valley-Watkins. Múa lân, văn nghệ và lì xì cho các em.</p>
  <h3>Gia đình chú Minh</h3>
  <p>Chú Minh bị tai nạn ở nhà máy và sẽ phải nằm một chỗ nhiều tháng. Gia đình đang cần mượn hoặc xin một chiếc giường bệnh có thể
  nâng lên hạ xuống. Ai có thể giúp xin gọi văn phòng Hội.</p>
  <div class="well"><h3>Ủng hộ tài chính</h3>
  <p>Mọi đóng góp tài chính, dù nhỏ, đều giúp Hội duy trì văn phòng và các lớp học. Hội là tổ chức 501(c)(3).</p></div>
</div>
""" + FOOT

TN = head("vi", "Tình nguyện - Hội Quê Hương") + """
<div class="item-page">
  <div class="page-header"><h2>Tham gia tình nguyện</h2></div>
  <ul class="nav nav-tabs" id="tnTabs" role="tablist">
    <li class="active" role="presentation"><a href="#can-nguoi" role="tab" data-toggle="tab" aria-controls="can-nguoi">Việc cần người</a></li>
    <li role="presentation"><a href="#du-nguoi" role="tab" data-toggle="tab" aria-controls="du-nguoi">Đã đủ người</a></li>
    <li role="presentation"><a href="#dang-ky" role="tab" data-toggle="tab" aria-controls="dang-ky">Cách đăng ký</a></li>
  </ul>
  <div class="tab-content" id="tnTabsContent">
    <div class="tab-pane active" id="can-nguoi" role="tabpanel">
      <div class="viec">
        <h4>Dạy tiếng Việt cho thiếu nhi</h4>
        <p>Sáng thứ Bảy, 9 đến 11 giờ. Cần hai thầy cô nói và viết tiếng Việt thành thạo. Có sẵn sách giáo khoa.</p>
      </div>
      <div class="viec">
        <h4>Tài xế đưa các cụ đi chợ</h4>
        <p>Chiều thứ Tư, đưa các cụ lên chợ châu Á ở St. Cloud. Dùng xe riêng; Hội trả tiền xăng.</p>
      </div>
      <div class="viec">
        <h4>Gói bánh chưng</h4>
        <p>Cần khoảng 15 người giúp gói bánh chưng ngày 25 và 26 tháng Giêng, tại bếp nhà thờ St. Peter. Không cần kinh nghiệm.</p>
      </div>
    </div>
    <div class="tab-pane" id="du-nguoi" role="tabpanel">
      <ul>
        <li>Phụ trách âm thanh đêm văn nghệ &mdash; <em>đã đủ người</em></li>
        <li>Trang trí hội trường &mdash; <em>đã có đủ người giúp, cảm ơn cả nhà!</em></li>
      </ul>
    </div>
    <div class="tab-pane" id="dang-ky" role="tabpanel">
      <p>Xin gọi chị Hạnh ở số (320) 555-0157 hoặc ghé văn phòng trong giờ làm việc để ghi tên. Người dưới 16 tuổi cần có phụ huynh
      đi cùng.</p>
    </div>
  </div>
</div>
""" + FOOT

UH = head("vi", "Ủng hộ - Hội Quê Hương") + """
<div class="item-page">
  <div class="page-header"><h2>Ủng hộ hiện vật</h2></div>
  <h3>Đồ dùng đang cần</h3>
  <p>Chúng tôi đang cần:<br>
  &ndash; gạo (bao 25 lb)<br>
  &ndash; nước mắm<br>
  &ndash; mì gói<br>
  &ndash; tã em bé cỡ 4 và 5</p>
  <p>Nhà bếp của Hội còn thiếu hai cái tủ lạnh đứng để giữ thức ăn cho bữa trưa của các cụ. Tủ cũ còn chạy tốt cũng được.</p>
  <h3>Quần áo mùa đông</h3>
  <p>Không cần nữa, cảm ơn quý vị! Kho của Hội đã đầy.</p>
  <h3>Nhìn lại Tết 2024</h3>
  <p>Nhờ lòng hảo tâm của cộng đồng, Hội đã trao 320 phần quà Tết cho các cụ và các gia đình khó khăn.</p>
</div>
""" + FOOT

EN = head("en", "About us - Que Huong Association") + """
<div class="item-page">
  <div class="page-header"><h2>About the Que Huong Association</h2></div>
  <p>Que Huong (&ldquo;homeland&rdquo;) is a volunteer association of Vietnamese families in Stearns and Meeker counties.</p>
  <h3>Our board</h3>
  <p><strong>Nguyen Van Hoa, president</strong>, worked 22 years on the line at the poultry plant and now runs the Saturday school.
  <strong>Tran Thi Lan, secretary</strong>, is a pharmacy technician in St. Cloud.</p>
  <h3>In the news</h3>
  <p><a href="/en/about.html#journal">The Eden Valley Journal profiled our Lunar New Year dragon dancers &rarr;</a></p>
  <h3>Can you read a balance sheet?</h3>
  <p>We are seeking a volunteer accountant to review our books once a year and help the treasurer file Form 990-N.</p>
  <h3>Now hiring</h3>
  <p>Part-time youth coordinator, 15 hours a week, $18/hour. Vietnamese and English required.</p>
</div>
""" + FOOT

BDH = head("vi", "Ban điều hành - họp") + """
<div class="item-page">
  <h2>Biên bản họp ban điều hành (nội bộ)</h2>
  <ul>
    <li>Cần người thủ quỹ mới từ tháng Ba.</li>
    <li>Xin một máy chiếu cho lớp quốc tịch.</li>
    <li>Cần người sửa mái hiên văn phòng.</li>
  </ul>
</div>
""" + FOOT

PAGES = {
    "index.html": INDEX,
    "tinh-nguyen.html": TN,
    "ung-ho.html": UH,
    "en/about.html": EN,
    "ban-dieu-hanh/hop.html": BDH,
}

ROBOTS = """# Joomla robots.txt
User-agent: *
Disallow: /administrator/
Disallow: /ban-dieu-hanh/
Disallow: /cache/
Disallow: /tmp/
"""

PDFS = {}

NEEDS = [
    N("index.html", ["giường bệnh"], "donation", "vi", layout="story", note="family story on the home page"),
    N("tinh-nguyen.html", ["dạy tiếng việt"], "skilled", "vi", ["vi"], layout="tabs"),
    N("tinh-nguyen.html", ["tài xế"], "volunteer", "vi", layout="tabs"),
    N("tinh-nguyen.html", ["gói bánh chưng"], "volunteer", "vi", layout="tabs"),
    N("ung-ho.html", ["đồ dùng đang cần", "nước mắm"], "donation", "vi", layout="wish_list_br",
      note="list inside one paragraph with <br>"),
    N("ung-ho.html", ["tủ lạnh"], "donation", "vi", layout="short_on", note="'còn thiếu' in a paragraph"),
    N("en/about.html", ["volunteer accountant"], "skilled", "en", layout="seeking",
      note="heading is a question; role only in the sentence"),
]

TRAPS = [
    T("index.html", "hours", ["giờ mở cửa"]),
    T("index.html", "service", ["dịch vụ của hội"]),
    T("index.html", "event", ["mừng xuân"]),
    T("index.html", "general_appeal", ["ủng hộ tài chính"]),
    T("tinh-nguyen.html", "filled", ["phụ trách âm thanh"], "đã đủ người tab"),
    T("tinh-nguyen.html", "filled", ["trang trí hội trường"], "đã có đủ người"),
    T("tinh-nguyen.html", "how_to_apply", ["cách đăng ký"]),
    T("ung-ho.html", "filled", ["quần áo mùa đông"], "không cần nữa"),
    T("ung-ho.html", "recap", ["nhìn lại tết 2024"]),
    T("en/about.html", "bio", ["nguyen van hoa", "tran thi lan"]),
    T("en/about.html", "blog", ["dragon dancers"]),
    T("en/about.html", "job", ["youth coordinator"]),
    T("ban-dieu-hanh/hop.html", "robots", ["thủ quỹ"]),
    T("ban-dieu-hanh/hop.html", "robots", ["máy chiếu"]),
    T("ban-dieu-hanh/hop.html", "robots", ["mái hiên"]),
]
