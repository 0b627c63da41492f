"""Site 4: Hoi Nguoi Viet Mai Vang (Mai Vang Vietnamese Association), Shorewood.
HTML 4.01 table layout, <font>, ALL-CAPS Vietnamese headings; English newsletter page. No PDF."""
from common import need, trap

SLUG = "shorewood-mai-vang-viet-association"
TOWN = "shorewood"

ROBOTS = """User-agent: *
Disallow: /ban-dieu-hanh/
Disallow: /cgi-bin/
"""


def head(title, lang="vi"):
    return """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html lang="%s">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>%s - Hoi Nguoi Viet Mai Vang</title>
</head>
<body bgcolor="#FFFDF2" topmargin="0" leftmargin="0">
<table width="820" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="2" bgcolor="#B22222" height="70" align="center">
<font face="Tahoma" size="5" color="#FFD700"><b>H&#7896;I NG&#431;&#7900;I VI&#7878;T MAI V&Agrave;NG</b></font><br>
<font face="Tahoma" size="2" color="#FFFFFF">Shorewood, Minnesota</font></td></tr>
<tr><td width="170" valign="top" bgcolor="#FCEFC7">
<table width="100%%" cellpadding="6"><tr><td><font face="Tahoma" size="2">
<a href="/index.html">Trang ch&#7911;</a><br>
<a href="/tinh-nguyen.html">T&igrave;nh nguy&#7879;n</a><br>
<a href="/quyen-gop.html">Quy&ecirc;n g&oacute;p</a><br>
<a href="/english.html">English</a><br>
<a href="/album/le-vu-lan.html">H&igrave;nh &#7843;nh</a><br>
<a href="/ban-dieu-hanh/bien-ban.html">Ban &#272;i&#7873;u H&agrave;nh</a>
</font></td></tr></table>
</td>
<td width="650" valign="top">
<table width="100%%" cellpadding="10"><tr><td>
""" % (lang, title)


FOOT = """
</td></tr></table>
</td></tr>
<tr><td colspan="2" bgcolor="#B22222" align="center"><font face="Tahoma" size="1" color="#FFFFFF">
5720 Covington Rd, Shorewood, MN 55331 &nbsp;|&nbsp; (952) 555-0141 &nbsp;|&nbsp; maivang@maivang-mn.org</font></td></tr>
</table>
</body>
</html>
"""

INDEX = head("Trang chu") + """
<font face="Tahoma" size="4" color="#B22222"><b>CH&Agrave;O M&#7914;NG QU&Yacute; V&#7882;</b></font>
<p><font face="Tahoma" size="2">H&#7897;i Ng&#432;&#7901;i Vi&#7879;t Mai V&agrave;ng ph&#7909;c v&#7909; c&#7897;ng &#273;&#7891;ng ng&#432;&#7901;i Vi&#7879;t quanh h&#7891; Minnetonka t&#7915; n&#259;m 1992.</font></p>
<table width="100%" border="1" bordercolor="#E0C080" cellspacing="0" cellpadding="6">
<tr><td bgcolor="#FCEFC7"><font face="Tahoma" size="2"><b>GI&#7900; L&Agrave;M VI&#7878;C</b></font></td>
<td><font face="Tahoma" size="2">Th&#7913; Hai &ndash; Th&#7913; S&aacute;u, 9 gi&#7901; s&aacute;ng &ndash; 4 gi&#7901; chi&#7873;u</font></td></tr>
<tr><td bgcolor="#FCEFC7"><font face="Tahoma" size="2"><b>D&#7882;CH V&#7908;</b></font></td>
<td><font face="Tahoma" size="2">L&#7899;p thi qu&#7889;c t&#7883;ch mi&#7877;n ph&iacute; m&#7895;i t&#7889;i th&#7913; Ba. Gi&uacute;p &#273;i&#7873;n &#273;&#417;n Medicare v&agrave; SNAP.</font></td></tr>
<tr><td bgcolor="#FCEFC7"><font face="Tahoma" size="2"><b>C&Aacute;CH GHI DANH</b></font></td>
<td><font face="Tahoma" size="2">C&aacute;ch ghi danh: &#273;&#7871;n v&#259;n ph&ograve;ng v&#7899;i th&#7867; xanh v&agrave; gi&#7845;y t&#7901; t&ugrave;y th&acirc;n. Kh&ocirc;ng c&#7847;n h&#7865;n tr&#432;&#7899;c.</font></td></tr>
</table>
<p><font face="Tahoma" size="3" color="#B22222"><b>H&#7896;I CH&#7906; T&#7870;T B&Iacute;NH NG&#7884; 2026</b></font><br>
<font face="Tahoma" size="2">Th&#7913; B&#7843;y 14/2/2026, 10 gi&#7901; s&aacute;ng &ndash; 6 gi&#7901; chi&#7873;u, t&#7841;i tr&#432;&#7901;ng Minnewashta. M&#250;a l&acirc;n, &#7849;m th&#7921;c, x&#7893; s&#7889;. M&#7901;i c&#7843; nh&agrave;!</font></p>
<p><font face="Tahoma" size="2">Mu&#7889;n gi&uacute;p H&#7897;i? Xem trang <a href="/tinh-nguyen.html">T&igrave;nh nguy&#7879;n</a> v&agrave; <a href="/quyen-gop.html">Quy&ecirc;n g&oacute;p</a>.</font></p>
""" + FOOT

VOLUNTEER = head("Tinh nguyen") + """
<font face="Tahoma" size="4" color="#B22222"><b>C&#7846;N T&Igrave;NH NGUY&#7878;N VI&Ecirc;N</b></font>
<p><font face="Tahoma" size="2">Xin li&ecirc;n l&#7841;c c&ocirc; Ph&#432;&#417;ng: (952) 555-0142. C&#7853;p nh&#7853;t ng&agrave;y 1/9/2025.</font></p>
<table width="100%" border="1" bordercolor="#C8A060" cellspacing="0" cellpadding="5">
<tr bgcolor="#B22222">
<td><font face="Tahoma" size="2" color="#FFFFFF"><b>C&Ocirc;NG VI&#7878;C</b></font></td>
<td><font face="Tahoma" size="2" color="#FFFFFF"><b>TH&#7900;I GIAN</b></font></td>
<td><font face="Tahoma" size="2" color="#FFFFFF"><b>GHI CH&Uacute;</b></font></td>
<td><font face="Tahoma" size="2" color="#FFFFFF"><b>T&Igrave;NH TR&#7840;NG</b></font></td></tr>
<tr><td><font face="Tahoma" size="2">Gi&aacute;o vi&ecirc;n d&#7841;y ti&#7871;ng Vi&#7879;t cho thi&#7871;u nhi</font></td>
<td><font face="Tahoma" size="2">Ch&#7911; Nh&#7853;t 10&ndash;12 gi&#7901;</font></td>
<td><font face="Tahoma" size="2">&#272;&#7885;c v&agrave; vi&#7871;t ti&#7871;ng Vi&#7879;t th&ocirc;ng th&#7841;o</font></td>
<td><font face="Tahoma" size="2" color="#CC0000"><b>C&#7847;n 2 ng&#432;&#7901;i</b></font></td></tr>
<tr><td><font face="Tahoma" size="2">T&agrave;i x&#7871; &#273;&#432;a c&aacute;c c&#7909; &#273;i kh&aacute;m b&#7879;nh</font></td>
<td><font face="Tahoma" size="2">Linh &#273;&#7897;ng</font></td>
<td><font face="Tahoma" size="2">C&oacute; xe ri&ecirc;ng v&agrave; b&#7857;ng l&aacute;i</font></td>
<td><font face="Tahoma" size="2" color="#CC0000"><b>C&#7847;n g&#7845;p</b></font></td></tr>
<tr><td><font face="Tahoma" size="2">Ph&#7909; b&#7871;p T&#7871;t Trung Thu</font></td>
<td><font face="Tahoma" size="2">6/10/2025</font></td>
<td><font face="Tahoma" size="2">G&oacute;i b&aacute;nh, n&#7845;u ch&egrave;</font></td>
<td><font face="Tahoma" size="2" color="#999999"><b>&#272;&Atilde; &#272;&#7910;</b></font></td></tr>
<tr><td><font face="Tahoma" size="2">Ng&#432;&#7901;i gi&uacute;p c&aacute;c c&#7909; khai thu&#7871;</font></td>
<td><font face="Tahoma" size="2">Th&aacute;ng 2 &ndash; Th&aacute;ng 4</font></td>
<td><font face="Tahoma" size="2">C&#7847;n bi&#7871;t ti&#7871;ng Anh v&agrave; ti&#7871;ng Vi&#7879;t</font></td>
<td><font face="Tahoma" size="2" color="#CC0000"><b>C&ograve;n 1 ch&#7895;</b></font></td></tr>
<tr><td><font face="Tahoma" size="2">Th&#432; k&yacute; v&#259;n ph&ograve;ng</font></td>
<td><font face="Tahoma" size="2">B&aacute;n th&#7901;i gian, c&oacute; l&#432;&#417;ng</font></td>
<td><font face="Tahoma" size="2">Tr&#7843; l&#7901;i &#273;i&#7879;n tho&#7841;i, gi&#7919; s&#7893; s&aacute;ch</font></td>
<td><font face="Tahoma" size="2">N&#7897;p &#273;&#417;n t&#7841;i v&#259;n ph&ograve;ng</font></td></tr>
<tr><td><font face="Tahoma" size="2"><s>D&#7885;n d&#7865;p h&#7897;i tr&#432;&#7901;ng sau l&#7877;</s></font></td>
<td><font face="Tahoma" size="2">&nbsp;</font></td>
<td><font face="Tahoma" size="2">&nbsp;</font></td>
<td><font face="Tahoma" size="2" color="#999999">Kh&ocirc;ng c&#7847;n th&ecirc;m ng&#432;&#7901;i, c&#7843;m &#417;n</font></td></tr>
</table>
""" + FOOT

DONATE = head("Quyen gop") + """
<font face="Tahoma" size="4" color="#B22222"><b>DANH S&Aacute;CH &#272;&#7890; C&#7846;N QUY&Ecirc;N G&Oacute;P</b></font>
<ul><font face="Tahoma" size="2">
<li>G&#7841;o (bao 25 lbs)</li>
<li>N&#432;&#7899;c m&#7855;m</li>
<li>M&igrave; g&oacute;i</li>
<li>D&#7847;u &#259;n</li>
<li>&#272;&#432;&#7901;ng</li>
</font></ul>
<p><font face="Tahoma" size="3" color="#B22222"><b>CH&Uacute;NG T&Ocirc;I &#272;ANG THI&#7870;U GH&#7870; X&#7870;P</b></font><br>
<font face="Tahoma" size="2">H&#7897;i tr&#432;&#7901;ng ch&#7881; c&ograve;n 40 gh&#7871; x&#7871;p, nh&#432;ng m&#7895;i bu&#7893;i h&#7885;p c&oacute; h&#417;n 100 ng&#432;&#7901;i. Xin qu&yacute; v&#7883; gi&uacute;p th&ecirc;m gh&#7871; x&#7871;p (lo&#7841;i kim lo&#7841;i ho&#7863;c nh&#7921;a).</font></p>
<p><font face="Tahoma" size="3" color="#B22222"><b>M&#7896;T GIA &#272;&Igrave;NH B&#7888;N NG&#431;&#7900;I</b></font><br>
<font face="Tahoma" size="2">M&#7897;t gia &#273;&igrave;nh b&#7889;n ng&#432;&#7901;i m&#7899;i t&#7915; Vi&#7879;t Nam sang v&agrave;o th&aacute;ng tr&#432;&#7899;c. C&#259;n h&#7897; c&#7911;a h&#7885; c&ograve;n tr&#7889;ng: h&#7885; c&#7847;n b&agrave;n &#259;n, gh&#7871;, n&#7891;i ni&ecirc;u v&agrave; ch&eacute;n b&aacute;t.</font></p>
<p><font face="Tahoma" size="3" color="#999999"><b>CH&#258;N M&#7872;N</b></font><br>
<font face="Tahoma" size="2">Kh&ocirc;ng c&#7847;n n&#7919;a &mdash; c&#7843;m &#417;n qu&yacute; v&#7883; &#273;&atilde; g&#7917;i r&#7845;t nhi&#7873;u!</font></p>
<p><font face="Tahoma" size="2"><b>Ch&uacute;ng t&ocirc;i kh&ocirc;ng nh&#7853;n:</b> qu&#7847;n &aacute;o c&#361; r&aacute;ch, thu&#7889;c men, &#273;&#7891; &#273;i&#7879;n h&#432;.</font></p>
<p><font face="Tahoma" size="2">&#272;&oacute;ng g&oacute;p cho qu&#7929; ho&#7841;t &#273;&#7897;ng c&#7911;a H&#7897;i: g&#7917;i chi phi&#7871;u (check) v&#7873; &#273;&#7883;a ch&#7881; b&ecirc;n d&#432;&#7899;i.</font></p>
""" + FOOT

ENGLISH = head("English", "en") + """
<font face="Tahoma" size="4" color="#B22222"><b>FROM THE PRESIDENT&rsquo;S DESK &mdash; FALL 2025</b></font>
<p><font face="Tahoma" size="2">Dear friends, thank you for another wonderful year. Our Mid-Autumn Festival drew more than 600 guests, and the children&rsquo;s lantern parade went all the way around the school track twice.</font></p>
<p><font face="Tahoma" size="2">Some news from the office. Our treasurer, Mrs. Loan, has kept the books in a spiral notebook for 22 years and would like to retire. We need a volunteer who can set up a simple bookkeeping system (a spreadsheet is fine) and show her successor how to use it. Also, the Saturday youth program is short on mentors: high-school and college students who can help with homework and talk with the kids about college. Please call the office if you can help with either one.</font></p>
<p><font face="Tahoma" size="2">Mark your calendar for the Lunar New Year Fair on February 14, 2026.</font></p>
<p><font face="Tahoma" size="3" color="#B22222"><b>ABOUT THE PRESIDENT</b></font><br>
<font face="Tahoma" size="2">Binh Tran came to Minnesota in 1980 and worked thirty years as a machinist in Hopkins. He has led the association since 2015.</font></p>
""" + FOOT

BOARD = head("Ban Dieu Hanh") + """
<font face="Tahoma" size="4" color="#B22222"><b>BI&Ecirc;N B&#7842;N H&#7884;P BAN &#272;I&#7872;U H&Agrave;NH</b></font>
<p><font face="Tahoma" size="2">(N&#7897;i b&#7897; &mdash; kh&ocirc;ng ph&#7893; bi&#7871;n)</font></p>
<ol><font face="Tahoma" size="2">
<li>C&#7847;n t&igrave;m th&#7911; qu&#7929; m&#7899;i tr&#432;&#7899;c th&aacute;ng 12.</li>
<li>C&#7847;n 5 ng&#432;&#7901;i trang tr&iacute; cho H&#7897;i Ch&#7907; T&#7871;t.</li>
<li>Xin nh&agrave; h&agrave;ng Ph&#7903; Hoa t&agrave;i tr&#7907; 300 ph&#7847;n &#259;n.</li>
</font></ol>
""" + FOOT

PAGES = {
    "index.html": INDEX,
    "tinh-nguyen.html": VOLUNTEER,
    "quyen-gop.html": DONATE,
    "english.html": ENGLISH,
    "ban-dieu-hanh/bien-ban.html": BOARD,
}

PDFS = {}

NEEDS = [
    need("tinh-nguyen.html", ["giáo viên dạy tiếng việt"], "skilled", "vi", ["vi"], layout="table_layout_caps",
         note="Cần 2 người"),
    need("tinh-nguyen.html", ["tài xế"], "volunteer", "vi", layout="table_layout_caps", note="Cần gấp"),
    need("tinh-nguyen.html", ["khai thuế"], "skilled", "vi", ["vi", "en"], layout="table_layout_caps",
         note="Còn 1 chỗ"),
    need("quyen-gop.html", ["danh sách đồ cần quyên góp", "nước mắm"], "donation", "vi", layout="wish_list"),
    need("quyen-gop.html", ["ghế xếp"], "donation", "vi", layout="short_on", note="đang thiếu"),
    need("quyen-gop.html", ["nồi niêu", "chén bát", "một gia đình bốn người"], "donation", "vi", layout="story"),
    need("english.html", ["bookkeeping system"], "skilled", "en", layout="newsletter_buried"),
    need("english.html", ["short on mentors"], "volunteer", "en", layout="newsletter_buried"),
]

TRAPS = [
    trap("index.html", "hours", ["giờ làm việc"]),
    trap("index.html", "service", ["lớp thi quốc tịch"]),
    trap("index.html", "how_to_apply", ["cách ghi danh"]),
    trap("index.html", "event", ["hội chợ tết"]),
    trap("tinh-nguyen.html", "filled", ["phụ bếp tết trung thu"], "ĐÃ ĐỦ"),
    trap("tinh-nguyen.html", "job", ["thư ký văn phòng"], "bán thời gian, có lương"),
    trap("tinh-nguyen.html", "filled", ["dọn dẹp hội trường"], "struck + không cần thêm người"),
    trap("quyen-gop.html", "filled", ["chăn mền"], "không cần nữa"),
    trap("quyen-gop.html", "not_accepted", ["chúng tôi không nhận"]),
    trap("quyen-gop.html", "general_appeal", ["quỹ hoạt động"]),
    trap("english.html", "recap", ["mid-autumn festival"]),
    trap("english.html", "event", ["lunar new year fair"]),
    trap("english.html", "bio", ["about the president"]),
    trap("ban-dieu-hanh/bien-ban.html", "robots", ["thủ quỹ mới"]),
    trap("ban-dieu-hanh/bien-ban.html", "robots", ["trang trí"]),
    trap("ban-dieu-hanh/bien-ban.html", "robots", ["300 phần ăn"]),
]
