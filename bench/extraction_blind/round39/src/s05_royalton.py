"""Hội Thân Hữu Người Việt, Royalton MN: HTML 4.01 table layout with <FONT>, Vietnamese sign-up table where
one row is filled by names in every slot, Vietnamese FAQ with needs in answers, English <dl>, robots /ban-dieu-hanh/."""
from common import need, trap

SLUG = "royalton-hoi-than-huu-viet"


def page(title, lang, body):
    return """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html lang="%s">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>%s</title>
</head>
<body bgcolor="#FFFDF0" topmargin="0" leftmargin="0">
<table width="780" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td colspan="2" bgcolor="#B22222" height="70" align="center"><font face="Times New Roman" size="5" color="#FFFF00"><b>H&#7896;I TH&Acirc;N H&#7918;U NG&#431;&#7900;I VI&#7878;T V&Ugrave;NG ROYALTON &ndash; LITTLE FALLS</b></font></td></tr>
<tr>
<td width="170" valign="top" bgcolor="#F3E9C6">
<font face="Arial" size="2">
<br>&nbsp;&bull; <a href="/index.html">Trang chủ</a>
<br>&nbsp;&bull; <a href="/dang-ky.html">Đăng ký phụ giúp</a>
<br>&nbsp;&bull; <a href="/hoi-dap.html">Hỏi &ndash; Đáp</a>
<br>&nbsp;&bull; <a href="/en/index.html">English</a>
<br>&nbsp;&bull; <a href="/video/le-vu-lan-2024.html">Video Lễ Vu Lan 2024</a>
<br><br>&nbsp;&bull; <a href="/ban-dieu-hanh/bien-ban.html">Ban Điều Hành</a>
<br><br></font>
</td>
<td width="610" valign="top" style="padding:12px">
%s
</td></tr>
<tr><td colspan="2" align="center"><font size="1" face="Arial">P.O. Box 212, Royalton, MN 56373 &middot; (320) 555-0119 &middot; Cập nhật: 15/01/2025</font></td></tr>
</table>
</body>
</html>
""" % (lang, title, body)


INDEX = page("Hội Thân Hữu Người Việt Royalton", "vi", """
<font face="Arial" size="3" color="#B22222"><b>THÔNG BÁO</b></font><br>
<font face="Arial" size="2">Hội chợ Tết Ất Tỵ sẽ được tổ chức vào Chủ nhật, ngày 2 tháng 2 năm 2025 tại hội trường trường trung học Royalton, từ 10 giờ sáng đến 4 giờ chiều. Kính mời toàn thể đồng hương và thân hữu đến tham dự.</font>
<hr size="1" noshade>
<font face="Arial" size="3" color="#B22222"><b>SINH HOẠT THƯỜNG XUYÊN</b></font><br>
<font face="Arial" size="2">&bull; Lớp quốc tịch miễn phí: mỗi tối thứ Năm, 6 giờ 30, tại văn phòng hội.<br>
&bull; Văn phòng mở cửa: Thứ Bảy từ 9 giờ đến 12 giờ trưa.</font>
<hr size="1" noshade>
<table width="100%" border="1" bordercolor="#B22222" cellpadding="6" cellspacing="0"><tr><td bgcolor="#FFF3C4">
<font face="Arial" size="2">Xin quý vị ủng hộ quỹ hội để duy trì các sinh hoạt cộng đồng. Chi phiếu xin đề: <b>VFA Royalton</b>.</font>
</td></tr></table>
""")

DANG_KY = page("Đăng ký phụ giúp Hội chợ Tết", "vi", """
<font face="Arial" size="3" color="#B22222"><b>BẢNG ĐĂNG KÝ PHỤ GIÚP HỘI CHỢ TẾT 2025</b></font><br>
<font face="Arial" size="2">Xin quý vị ghi tên vào ô trống khi đến văn phòng, hoặc gọi chị Hạnh (320) 555-0119 để được ghi tên giùm.</font><br><br>
<table width="100%" border="1" cellpadding="4" cellspacing="0" bordercolor="#999999">
<tr bgcolor="#B22222"><td><font color="#FFFFFF" face="Arial" size="2"><b>Công việc</b></font></td><td><font color="#FFFFFF" face="Arial" size="2"><b>Ngày giờ</b></font></td><td><font color="#FFFFFF" face="Arial" size="2"><b>Số người cần</b></font></td><td><font color="#FFFFFF" face="Arial" size="2"><b>Người đã đăng ký</b></font></td></tr>
<tr><td><font face="Arial" size="2">Gói bánh chưng</font></td><td><font face="Arial" size="2">Thứ Bảy 25/1, 8 giờ sáng</font></td><td align="center"><font face="Arial" size="2">8</font></td><td><font face="Arial" size="2">Cô Lan, Chị Hương, Anh Tuấn, Bác Sáu, Chị Mai, Cô Hạnh, Anh Phúc, Em Vy</font></td></tr>
<tr><td><font face="Arial" size="2">Trang trí hội trường</font></td><td><font face="Arial" size="2">Thứ Bảy 1/2, 2 giờ chiều</font></td><td align="center"><font face="Arial" size="2">6</font></td><td><font face="Arial" size="2">Anh Dũng, Chị Thảo, ________, ________, ________, ________</font></td></tr>
<tr><td><font face="Arial" size="2">Hướng dẫn đậu xe</font></td><td><font face="Arial" size="2">Chủ nhật 2/2, 9 giờ &ndash; 1 giờ</font></td><td align="center"><font face="Arial" size="2">4</font></td><td><font face="Arial" size="2">________, ________, ________, ________</font></td></tr>
<tr><td><font face="Arial" size="2">Âm thanh, ánh sáng</font></td><td><font face="Arial" size="2">Chủ nhật 2/2</font></td><td align="center"><font face="Arial" size="2">1</font></td><td><font face="Arial" size="2">Anh Khoa (đã nhận lo trọn)</font></td></tr>
<tr><td><font face="Arial" size="2">Múa lân</font></td><td><font face="Arial" size="2">Chủ nhật 2/2, 10 giờ</font></td><td align="center"><font face="Arial" size="2">&ndash;</font></td><td><font face="Arial" size="2" color="#888888">Đoàn lân Thiếu Niên đã đủ người</font></td></tr>
<tr><td><font face="Arial" size="2">Dọn dẹp sau hội chợ</font></td><td><font face="Arial" size="2">Chủ nhật 2/2, 4 giờ chiều</font></td><td align="center"><font face="Arial" size="2">10</font></td><td><font face="Arial" size="2">Chú Bảy, Cô Tư, ________, ________, ________, ________, ________, ________, ________, ________</font></td></tr>
</table>
""")

HOI_DAP = page("Hỏi - Đáp", "vi", """
<font face="Arial" size="3" color="#B22222"><b>HỎI &ndash; ĐÁP</b></font><br><br>
<font face="Arial" size="2">
<p><b>Hỏi: Hội có cần người dạy tiếng Việt cho các em không?</b><br>
Đáp: Có. Lớp tiếng Việt sáng Chủ nhật đang thiếu hai thầy cô cho lớp vỡ lòng (các em từ 5 đến 7 tuổi). Không cần bằng sư phạm, chỉ cần đọc viết tiếng Việt vững và thương trẻ.</p>
<p><b>Hỏi: Tôi muốn tặng quần áo cũ, hội có nhận không?</b><br>
Đáp: Hiện nay hội tạm ngưng nhận quần áo cũ vì kho đã đầy. Tuy nhiên, hội đang thiếu nồi cơm điện và chăn mền cho ba gia đình mới sang định cư ở Little Falls.</p>
<p><b>Hỏi: Làm sao để đăng ký lớp quốc tịch?</b><br>
Đáp: Quý vị đến văn phòng sáng thứ Bảy, mang theo thẻ xanh và một giấy tờ có địa chỉ.</p>
<p><b>Hỏi: Hội có việc làm có lương không?</b><br>
Đáp: Hội đang tuyển một thư ký văn phòng bán thời gian, 15 giờ mỗi tuần, có trả lương.</p>
<p><b>Hỏi: Hội có giúp người cao tuổi đi khám bệnh không?</b><br>
Đáp: Có. Hội có xe đưa đón người cao tuổi đi khám bệnh vào thứ Ba và thứ Năm. Xin gọi trước hai ngày.</p>
</font>
""")

EN = page("Vietnamese Friendship Association - English", "en", """
<font face="Arial" size="3" color="#B22222"><b>VIETNAMESE FRIENDSHIP ASSOCIATION OF ROYALTON</b></font><br>
<font face="Arial" size="2">We are an all-volunteer association of about 90 Vietnamese American families in Morrison County.</font>
<h3><font face="Arial">Ways to help</font></h3>
<font face="Arial" size="2">
<dl>
<dt><b>English conversation partners</b></dt>
<dd>Our seniors&rsquo; group meets Tuesday mornings and wants to practice everyday English &mdash; at the pharmacy, at the bank, on the phone. We are looking for native or fluent English speakers; no teaching background needed.</dd>
<dt><b>Immigration paperwork night &mdash; attorney or DOJ-accredited representative</b></dt>
<dd>Once a month, a few hours checking N-400 and I-90 forms before families mail them.</dd>
<dt><b>Bookkeeper</b></dt>
<dd>This is a paid contract position, about 8 hours a month. Send inquiries to the treasurer.</dd>
<dt><b>Lunar New Year fair booth helpers</b></dt>
<dd>All booth shifts for 2025 are taken. Cảm ơn!</dd>
<dt><b>Rice and noodle drive for elders</b></dt>
<dd>Through the end of February we are collecting 20-pound bags of jasmine rice and packages of dried rice noodles for 30 elder households.</dd>
</dl>
<p>Thank you to everyone who came to the Mid-Autumn lantern walk in September &mdash; more than 200 children carried lanterns!</p>
</font>
""")

BDH = page("Biên bản họp Ban Điều Hành", "vi", """
<font face="Arial" size="3"><b>BIÊN BẢN HỌP BAN ĐIỀU HÀNH (NỘI BỘ)</b></font><br>
<font face="Arial" size="2">
&bull; Cần tìm thủ quỹ mới thay anh Bình từ tháng 4.<br>
&bull; Xin mượn xe tải để chở bàn ghế cho hội chợ.<br>
&bull; Cần người sửa máy lạnh hội trường trước mùa hè.<br>
</font>
""")

PAGES = {
    "index.html": INDEX,
    "dang-ky.html": DANG_KY,
    "hoi-dap.html": HOI_DAP,
    "en/index.html": EN,
    "ban-dieu-hanh/bien-ban.html": BDH,
}

ROBOTS = """User-agent: *
Disallow: /ban-dieu-hanh/
Disallow: /cgi-bin/
"""

PDFS = {}

NEEDS = [
    need("dang-ky.html", ["trang trí hội trường"], "volunteer", "vi", layout="shift_table", note="4 blank slots of 6"),
    need("dang-ky.html", ["hướng dẫn đậu xe"], "volunteer", "vi", layout="shift_table", note="all 4 blank"),
    need("dang-ky.html", ["dọn dẹp sau hội chợ"], "volunteer", "vi", layout="shift_table", note="8 blank of 10"),
    need("hoi-dap.html", ["dạy tiếng việt", "lớp vỡ lòng"], "skilled", "vi", ["vi"], layout="faq_answer"),
    need("hoi-dap.html", ["nồi cơm điện", "chăn mền"], "donation", "vi", layout="faq_answer",
         note="same answer opens with a filled item"),
    need("en/index.html", ["conversation partners"], "volunteer", "en", ["en"], layout="definition_list"),
    need("en/index.html", ["accredited representative", "immigration paperwork"], "skilled", "en", layout="definition_list"),
    need("en/index.html", ["jasmine rice", "noodle drive"], "donation", "en", layout="definition_list"),
]

TRAPS = [
    trap("index.html", "event", ["hội chợ tết"]),
    trap("index.html", "service", ["lớp quốc tịch"]),
    trap("index.html", "hours", ["văn phòng mở cửa"]),
    trap("index.html", "general_appeal", ["ủng hộ quỹ hội"]),
    trap("dang-ky.html", "filled", ["gói bánh chưng"], "8 of 8 slots hold names"),
    trap("dang-ky.html", "filled", ["âm thanh"], "one slot, taken"),
    trap("dang-ky.html", "filled", ["múa lân"], "'đã đủ người'"),
    trap("hoi-dap.html", "filled", ["quần áo cũ"], "'tạm ngưng nhận ... kho đã đầy'"),
    trap("hoi-dap.html", "how_to_apply", ["làm sao để đăng ký"]),
    trap("hoi-dap.html", "job", ["thư ký văn phòng"]),
    trap("hoi-dap.html", "service", ["xe đưa đón"]),
    trap("en/index.html", "job", ["bookkeeper"]),
    trap("en/index.html", "filled", ["booth helpers"]),
    trap("en/index.html", "recap", ["lantern walk"]),
    trap("ban-dieu-hanh/bien-ban.html", "robots", ["thủ quỹ"]),
    trap("ban-dieu-hanh/bien-ban.html", "robots", ["xe tải"]),
    trap("ban-dieu-hanh/bien-ban.html", "robots", ["máy lạnh"]),
]
