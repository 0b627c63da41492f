"""Claremont: Chua Phuoc Lien (Vietnamese Buddhist temple).
Vietnamese-first. Layouts: a sponsor-a-Sunday meal table (named families vs
"Con trong" open dates = ONE sponsorship need), a CSS-only accordion built from
checkbox + label pairs, English callout boxes, an English PDF newsletter."""
from common import N, T

SLUG = "claremont-chua-phuoc-lien"


def head(lang, title):
    return """<!DOCTYPE html>
<html lang="%s">
<head>
<meta charset="utf-8">
<title>%s</title>
<link rel="stylesheet" href="/static/chua.css">
<style>
.acc-toggle{position:absolute;opacity:0}
.acc-body{max-height:0;overflow:hidden;transition:max-height .3s}
.acc-toggle:checked + .acc-label + .acc-body{max-height:400px}
.callout{border-left:6px solid #c9a227;background:#fffbea;padding:12px 16px;margin:14px 0}
</style>
</head>
<body>
<div id="header"><div class="title">Ch&ugrave;a Ph&#432;&#7899;c Li&ecirc;n</div>
<ul class="menu">
<li><a href="/index.html">Trang ch&#7911;</a></li>
<li><a href="/cung-duong.html">C&uacute;ng d&#432;&#7901;ng</a></li>
<li><a href="/tinh-nguyen.html">T&igrave;nh nguy&#7879;n</a></li>
<li><a href="/ban-tin-xuan.pdf">B&#7843;n tin (PDF)</a></li>
<li><a href="/en/index.html">English</a></li>
</ul></div>
<div id="main">
""" % (lang, title)


FOOT = """</div>
<div id="footer">Ch&ugrave;a Ph&#432;&#7899;c Li&ecirc;n &middot; 5820 County Rd 1, Claremont, MN &middot; (507) 555-0151 &middot; chuaphuoclien@example.org &middot; <a href="/ban-tri-su/bien-ban.html">Ban Tr&#7883; S&#7921;</a></div>
</body>
</html>
"""

INDEX = head("vi", "Chùa Phước Liên — Claremont, Minnesota") + """
<h1>Nam M&ocirc; B&#7893;n S&#432; Th&iacute;ch Ca M&acirc;u Ni Ph&#7853;t</h1>
<p>Ch&ugrave;a Ph&#432;&#7899;c Li&ecirc;n l&agrave; n&#417;i tu h&#7885;c v&agrave; sinh ho&#7841;t c&#7911;a Ph&#7853;t t&#7917; Vi&#7879;t Nam v&ugrave;ng Dodge v&agrave; Steele t&#7915; n&#259;m 2003.</p>
<h2>Gi&#7901; t&#7909;ng kinh</h2>
<p>Ch&#7911; Nh&#7853;t 10:00 s&aacute;ng; Th&#7913; B&#7843;y 7:00 t&#7889;i. Ng&agrave;y R&#7857;m v&agrave; M&ugrave;ng M&#7897;t: 7:30 t&#7889;i.</p>
<h2>L&#7877; Vu Lan</h2>
<p>Ch&#7911; Nh&#7853;t 17 th&aacute;ng 8, 10 gi&#7901; s&aacute;ng. L&#7877; c&agrave;i hoa h&#7891;ng v&agrave; c&#417;m chay sau l&#7877;.</p>
<h2>L&#7899;p Vi&#7879;t ng&#7919;</h2>
<p>Ch&ugrave;a c&oacute; l&#7899;p Vi&#7879;t ng&#7919; mi&#7877;n ph&iacute; cho c&aacute;c em t&#7915; 5 &#273;&#7871;n 14 tu&#7893;i v&agrave;o s&aacute;ng Ch&#7911; Nh&#7853;t.</p>
<h2>Qu&#7929; x&acirc;y d&#7921;ng ch&aacute;nh &#273;i&#7879;n</h2>
<p>Ch&aacute;nh &#273;i&#7879;n hi&#7879;n nay qu&aacute; nh&#7887;. Xin qu&yacute; Ph&#7853;t t&#7917; hoan h&#7927; &#273;&oacute;ng g&oacute;p v&agrave;o qu&#7929; x&acirc;y d&#7921;ng ch&aacute;nh &#273;i&#7879;n m&#7899;i.</p>
<p><a href="/hinh-anh/phat-dan-2024.html">H&igrave;nh &#7843;nh L&#7877; Ph&#7853;t &#272;&#7843;n 2024</a></p>
""" + FOOT

CUNGDUONG = head("vi", "Cúng dường trai phạn — Chùa Phước Liên") + """
<h1>C&uacute;ng d&#432;&#7901;ng trai ph&#7841;n Ch&#7911; Nh&#7853;t</h1>
<p>M&#7895;i Ch&#7911; Nh&#7853;t ch&ugrave;a thi&#7871;t trai cho qu&yacute; Th&#7847;y v&agrave; &#273;&#7841;i ch&uacute;ng kho&#7843;ng 80 ng&#432;&#7901;i. Nh&#7919;ng ng&agrave;y c&ograve;n tr&#7889;ng &#273;ang c&#7847;n gia &#273;&igrave;nh b&#7843;o tr&#7907; (kho&#7843;ng $300, ho&#7863;c t&#7921; n&#7845;u m&oacute;n chay mang &#273;&#7871;n).</p>
<table class="lich" border="1" cellpadding="6" cellspacing="0">
<tr><th>Ng&agrave;y</th><th>Gia &#273;&igrave;nh b&#7843;o tr&#7907;</th></tr>
<tr><td>2/3</td><td>Gia &#273;&igrave;nh Nguy&#7877;n V&#259;n T&acirc;m</td></tr>
<tr><td>9/3</td><td>Gia &#273;&igrave;nh Tr&#7847;n Th&#7883; Hoa</td></tr>
<tr><td>16/3</td><td class="trong"><b>C&ograve;n tr&#7889;ng</b></td></tr>
<tr><td>23/3</td><td>Gia &#273;&igrave;nh L&ecirc; Minh</td></tr>
<tr><td>30/3</td><td class="trong"><b>C&ograve;n tr&#7889;ng</b></td></tr>
<tr><td>6/4</td><td class="trong"><b>C&ograve;n tr&#7889;ng</b></td></tr>
<tr><td>13/4</td><td>Gia &#273;&igrave;nh Ph&#7841;m &amp; V&otilde;</td></tr>
</table>
<h2>Ph&#7909; b&#7871;p s&aacute;ng Ch&#7911; Nh&#7853;t</h2>
<p>C&#7847;n th&ecirc;m 3 ng&#432;&#7901;i r&#7917;a rau, n&#7845;u c&#417;m v&agrave; d&#7885;n b&agrave;n, t&#7915; 7:30 &#273;&#7871;n 10:30 s&aacute;ng.</p>
<h2>Trai ph&#7841;n L&#7877; Ph&#7853;t &#272;&#7843;n</h2>
<p>&#272;&atilde; c&oacute; &#273;&#7911; gia &#273;&igrave;nh b&#7843;o tr&#7907; cho L&#7877; Ph&#7853;t &#272;&#7843;n. Xin c&#7843;m &#417;n qu&yacute; v&#7883;!</p>
<h2>Hoa v&agrave; tr&aacute;i c&acirc;y c&uacute;ng Ph&#7853;t</h2>
<p>Th&aacute;ng 3 &#273;&atilde; &#273;&#7911; r&#7891;i, xin &#273;&#7915;ng mang th&ecirc;m. Th&aacute;ng 4 xin ghi t&ecirc;n sau.</p>
""" + FOOT

TINHNGUYEN = head("vi", "Tình nguyện — Chùa Phước Liên") + """
<h1>C&ocirc;ng vi&#7879;c t&igrave;nh nguy&#7879;n</h1>
<p>B&#7845;m v&agrave;o t&#7915;ng m&#7909;c &#273;&#7875; xem chi ti&#7871;t. Mu&#7889;n ghi danh, xin li&ecirc;n l&#7841;c ch&#7883; Thu sau gi&#7901; l&#7877; ho&#7863;c g&#7885;i (507) 555-0151.</p>
<div class="acc">
 <input type="checkbox" id="a1" class="acc-toggle"><label for="a1" class="acc-label">D&#7841;y ti&#7871;ng Vi&#7879;t cho c&aacute;c em</label>
 <div class="acc-body"><p>L&#7899;p Vi&#7879;t ng&#7919; s&aacute;ng Ch&#7911; Nh&#7853;t c&oacute; 45 em nh&#432;ng ch&#7881; c&oacute; 3 th&#7847;y c&ocirc;. C&#7847;n th&ecirc;m 2 ng&#432;&#7901;i &#273;&#7885;c vi&#7871;t ti&#7871;ng Vi&#7879;t th&agrave;nh th&#7841;o &#273;&#7875; d&#7841;y l&#7899;p v&#7905; l&ograve;ng.</p></div>

 <input type="checkbox" id="a2" class="acc-toggle"><label for="a2" class="acc-label">D&#7885;n d&#7865;p s&acirc;n ch&ugrave;a v&agrave; c&agrave;o l&aacute;</label>
 <div class="acc-body"><p>M&#7895;i s&aacute;ng Th&#7913; B&#7843;y trong m&ugrave;a thu. Ch&ugrave;a c&oacute; s&#7861;n c&agrave;o v&agrave; bao r&aacute;c; ch&#7881; c&#7847;n ng&#432;&#7901;i.</p></div>

 <input type="checkbox" id="a3" class="acc-toggle"><label for="a3" class="acc-label">Ban v&#259;n ngh&#7879; T&#7871;t</label>
 <div class="acc-body"><p><strong>&#272;&atilde; &#273;&#7911; ng&#432;&#7901;i.</strong> C&#7843;m &#417;n qu&yacute; v&#7883; &#273;&atilde; ghi danh!</p></div>

 <input type="checkbox" id="a4" class="acc-toggle"><label for="a4" class="acc-label">Ch&#7909;p h&igrave;nh v&agrave; quay phim ng&agrave;y l&#7877;</label>
 <div class="acc-body"><p>C&#7847;n m&#7897;t ng&#432;&#7901;i c&oacute; m&aacute;y &#7843;nh v&agrave; bi&#7871;t ch&#7881;nh s&#7917;a h&igrave;nh, &#273;&#7875; l&#432;u l&#7841;i c&aacute;c ng&agrave;y l&#7877; l&#7899;n trong n&#259;m.</p></div>

 <input type="checkbox" id="a5" class="acc-toggle"><label for="a5" class="acc-label">Gi&#7919; xe ng&agrave;y l&#7877;</label>
 <div class="acc-body"><p>H&#432;&#7899;ng d&#7851;n &#273;&#7853;u xe trong b&atilde;i c&#7887; khi c&oacute; h&#417;n 200 ng&#432;&#7901;i. C&#7847;n 4 ng&#432;&#7901;i, m&#7863;c &aacute;o ph&#7843;n quang (ch&ugrave;a cung c&#7845;p).</p></div>

 <input type="checkbox" id="a6" class="acc-toggle"><label for="a6" class="acc-label">K&#7871; to&aacute;n (c&oacute; tr&#7843; l&#432;&#417;ng)</label>
 <div class="acc-body"><p>Ch&ugrave;a tuy&#7875;n m&#7897;t k&#7871; to&aacute;n b&aacute;n th&#7901;i gian, 10 gi&#7901; m&#7895;i tu&#7847;n, c&oacute; tr&#7843; l&#432;&#417;ng.</p></div>
</div>
""" + FOOT

EN = head("en", "Visiting Phuoc Lien Temple") + """
<h1>Visiting Phuoc Lien Temple</h1>
<p>Everyone is welcome. Please remove your shoes at the door of the main hall and silence your phone.</p>
<div class="callout"><h3>Meditation for beginners</h3><p>Thursday evenings, 7&ndash;8 pm, free, in English. No experience needed; cushions provided.</p></div>
<div class="callout"><h3>English conversation with our monks</h3><p>Venerable Minh Tu&#7879; and two novice monks want to improve their English for hospital and prison chaplaincy visits. We are looking for a patient native English speaker to chat with them an hour a week.</p></div>
<div class="callout"><h3>Snow shoveling</h3><p>Our long driveway and the front steps need clearing after every snowfall, ideally before 9 am on Sundays. Bring a shovel; we have salt and hot tea.</p></div>
<div class="callout"><h3>A commercial rice cooker</h3><p>Our 50-cup rice cooker died after fifteen years of Sunday lunches. If your restaurant or church has one to spare, the kitchen team would be grateful.</p></div>
<div class="callout"><h3>Caretaker position</h3><p>Paid, part-time, with a room on site. Handyman skills a plus. Contact the temple office.</p></div>
""" + FOOT

BIENBAN = head("vi", "Biên bản họp Ban Trị Sự") + """
<h1>Bi&ecirc;n b&#7843;n h&#7885;p Ban Tr&#7883; S&#7921; (n&#7897;i b&#7897;)</h1>
<ul>
<li>C&#7847;n t&igrave;m ng&#432;&#7901;i s&#7917;a m&aacute;i nh&agrave; b&#7871;p tr&#432;&#7899;c m&ugrave;a m&#432;a.</li>
<li>Xin quy&ecirc;n g&oacute;p m&aacute;y l&#7841;nh cho ch&aacute;nh &#273;i&#7879;n.</li>
<li>C&#7847;n th&ecirc;m t&agrave;i x&#7871; &#273;&#432;a qu&yacute; Th&#7847;y &#273;i kh&aacute;m b&#7879;nh.</li>
</ul>
""" + FOOT

PAGES = {
    "index.html": INDEX,
    "cung-duong.html": CUNGDUONG,
    "tinh-nguyen.html": TINHNGUYEN,
    "en/index.html": EN,
    "ban-tri-su/bien-ban.html": BIENBAN,
}

ROBOTS = """User-agent: *
Disallow: /ban-tri-su/
Disallow: /wp-admin/
"""

PDFS = {
    "ban-tin-xuan.pdf": ("Phuoc Lien Temple Spring Newsletter 2025", [
        ("title", "Phuoc Lien Temple - Spring Newsletter 2025"),
        ("p", "Chua Phuoc Lien - 5820 County Rd 1, Claremont, MN - (507) 555-0151"),
        ("h", "From the Abbot"),
        ("p", "Thank you! Our Tet celebration welcomed 600 guests, and the lion dance team from Rochester "
              "performed in the snow. May the Year of the Snake bring you peace."),
        ("h", "Building news"),
        ("p", "The old farmhouse we use for classes has flickering lights and an electrical panel from 1962. "
              "Before the children's summer camp we need a volunteer electrician to look at the wiring and "
              "tell us what is safe. The temple will buy all materials."),
        ("p", "We have received enough folding chairs for the main hall. Thank you, please do not bring more."),
        ("h", "Summer Dharma Camp"),
        ("p", "Summer Dharma Camp for children 7-14 runs June 16-20. Registration forms are at the temple "
              "entrance."),
    ]),
}

V = "vi"
NEEDS = [
    N("cung-duong.html", ["trai phạn chủ nhật", "bảo trợ"], "donation", V, layout="sponsor_date_grid",
      note="open dates ('Còn trống') in a sponsor table = ONE need (meal sponsorship); named rows are its filled slots"),
    N("cung-duong.html", ["phụ bếp"], "volunteer", V, layout="heading_paragraph"),
    N("tinh-nguyen.html", ["dạy tiếng việt"], "skilled", V, ["vi"], layout="checkbox_accordion"),
    N("tinh-nguyen.html", ["dọn dẹp sân chùa", "cào lá"], "volunteer", V, layout="checkbox_accordion"),
    N("tinh-nguyen.html", ["chụp hình", "quay phim"], "skilled", V, layout="checkbox_accordion"),
    N("tinh-nguyen.html", ["giữ xe"], "volunteer", V, layout="checkbox_accordion"),
    N("en/index.html", ["english conversation"], "skilled", "en", ["en"], layout="callout_boxes",
      note="native English speaker"),
    N("en/index.html", ["snow shoveling"], "volunteer", "en", layout="callout_boxes"),
    N("en/index.html", ["rice cooker"], "donation", "en", layout="callout_boxes"),
    N("ban-tin-xuan.pdf", ["electrician"], "skilled", "en", layout="pdf_newsletter",
      note="buried in 'Building news'; buying materials does not make it paid"),
]
TRAPS = [
    T("index.html", "hours", ["giờ tụng kinh"]),
    T("index.html", "event", ["lễ vu lan"]),
    T("index.html", "service", ["lớp việt ngữ"]),
    T("index.html", "general_appeal", ["quỹ xây dựng chánh điện"]),
    T("cung-duong.html", "filled", ["lễ phật đản"], "'Đã có đủ gia đình ...'"),
    T("cung-duong.html", "filled", ["hoa và trái cây"], "'đã đủ rồi, xin đừng mang thêm'"),
    T("tinh-nguyen.html", "filled", ["ban văn nghệ"], "'Đã đủ người'"),
    T("tinh-nguyen.html", "job", ["kế toán"]),
    T("tinh-nguyen.html", "how_to_apply", ["muốn ghi danh"]),
    T("en/index.html", "service", ["meditation for beginners"]),
    T("en/index.html", "job", ["caretaker"]),
    T("ban-tin-xuan.pdf", "recap", ["600 guests"]),
    T("ban-tin-xuan.pdf", "filled", ["folding chairs"]),
    T("ban-tin-xuan.pdf", "event", ["summer dharma camp"]),
    T("ban-tri-su/bien-ban.html", "robots", ["mái nhà bếp"]),
    T("ban-tri-su/bien-ban.html", "robots", ["máy lạnh"]),
    T("ban-tri-su/bien-ban.html", "robots", ["tài xế"]),
]
