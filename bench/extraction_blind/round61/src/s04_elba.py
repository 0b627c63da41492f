"""Site 4: St. Aloysius Catholic Parish, Elba. FrontPage-era table layout, <FONT>, ALL CAPS, .htm;
English + Spanish + Vietnamese."""
from common import N, T

SLUG = "elba-st-aloysius-catholic-parish"


def _page(lang, title, body, charset="utf-8", up=""):
    return """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<HTML LANG="%(lang)s">
<HEAD>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=%(charset)s">
<META NAME="GENERATOR" CONTENT="Microsoft FrontPage 5.0">
<TITLE>%(title)s</TITLE>
</HEAD>
<BODY BGCOLOR="#FFFFF0" BACKGROUND="%(up)simages/parchment.gif" LINK="#000080" VLINK="#800000">
<CENTER>
<TABLE WIDTH="720" BORDER="0" CELLPADDING="4" CELLSPACING="0">
<TR><TD COLSPAN="2" BGCOLOR="#800000" ALIGN="CENTER"><IMG SRC="%(up)simages/cross.gif" WIDTH="40" HEIGHT="40" ALT=""><BR>
<FONT FACE="Times New Roman" SIZE="6" COLOR="#FFFFFF"><B>ST. ALOYSIUS CATHOLIC CHURCH</B></FONT><BR>
<FONT FACE="Arial" SIZE="2" COLOR="#FFFFCC">ELBA, MINNESOTA &nbsp;&middot;&nbsp; DIOCESE OF WINONA-ROCHESTER</FONT></TD></TR>
<TR>
<TD WIDTH="150" VALIGN="TOP" BGCOLOR="#F5DEB3">
<FONT FACE="Arial" SIZE="2">
<A HREF="%(up)sindex.html">HOME</A><BR><BR>
<A HREF="%(up)sministries.htm">MINISTRIES</A><BR><BR>
<A HREF="%(up)sbulletin.pdf">BULLETIN</A><BR><BR>
<A HREF="%(up)shispano.htm">EN ESPA&Ntilde;OL</A><BR><BR>
<A HREF="%(up)svietnam.htm">TIẾNG VIỆT</A><BR><BR>
<A HREF="%(up)scouncil/minutes.htm">PARISH COUNCIL</A><BR><BR>
<A HREF="%(up)shistory.htm">OUR HISTORY</A>
</FONT></TD>
<TD WIDTH="570" VALIGN="TOP">
%(body)s
</TD></TR>
<TR><TD COLSPAN="2" ALIGN="CENTER"><HR SIZE="1" NOSHADE>
<FONT FACE="Arial" SIZE="1">ST. ALOYSIUS PARISH &middot; 3 CHURCH ST, ELBA MN 55910 &middot; (507) 555-0163 &middot; staloysius.elba@example.net<BR>
LAST UPDATED 02/16/2025 &middot; This site is best viewed at 800x600</FONT></TD></TR>
</TABLE>
</CENTER>
</BODY>
</HTML>
""" % dict(lang=lang, charset=charset, title=title, body=body, up=up)


PAGES = {}

PAGES["index.html"] = _page("en", "St. Aloysius Catholic Church - Elba MN", """
<FONT FACE="Arial" SIZE="3" COLOR="#800000"><B>WELCOME!</B></FONT><BR>
<FONT FACE="Arial" SIZE="2">St. Aloysius has served the Whitewater valley since 1874. We are a parish of English, Spanish and Vietnamese speaking families, one family in Christ.</FONT>
<P>
<TABLE WIDTH="100%" BORDER="1" CELLPADDING="3" CELLSPACING="0" BORDERCOLOR="#800000">
<TR><TD BGCOLOR="#800000"><FONT FACE="Arial" SIZE="2" COLOR="#FFFFFF"><B>MASS TIMES</B></FONT></TD></TR>
<TR><TD><FONT FACE="Arial" SIZE="2">SATURDAY 5:00 PM<BR>SUNDAY 8:00 AM &amp; 10:30 AM<BR>MISA EN ESPA&Ntilde;OL: DOMINGO 1:00 PM<BR>CONFESSIONS SATURDAY 4:00-4:40 PM</FONT></TD></TR>
</TABLE>
<P>
<FONT FACE="Arial" SIZE="3" COLOR="#800000"><B>PARISH FESTIVAL &mdash; SUNDAY, AUGUST 17</B></FONT><BR>
<FONT FACE="Arial" SIZE="2">CHICKEN DINNER 11-2, BINGO, KIDS GAMES AND THE FAMOUS PIE AUCTION. TAKE-OUTS AVAILABLE.</FONT>
<P>
<FONT FACE="Arial" SIZE="3" COLOR="#800000"><B>SUPPORT THE ROOF FUND</B></FONT><BR>
<FONT FACE="Arial" SIZE="2">We are $38,000 from our goal. Please be generous. Envelopes are in the back of church.</FONT>
<P>
<FONT FACE="Arial" SIZE="2"><B>OFFICE HOURS:</B> TUESDAY - THURSDAY 9:00 AM - 2:00 PM. FATHER PAUL IS ALSO PASTOR AT ST. JOHN'S, ALTURA, SO PLEASE CALL AHEAD.</FONT>
<P>
<FONT FACE="Arial" SIZE="2">Looking for a way to get involved? See <A HREF="ministries.htm">MINISTRIES</A>.</FONT>
""")

PAGES["ministries.htm"] = _page("en", "Ministries - St. Aloysius", """
<FONT FACE="Arial" SIZE="4" COLOR="#800000"><B>PARISH MINISTRIES</B></FONT><BR>
<FONT FACE="Arial" SIZE="2">Call the parish office at (507) 555-0163 to volunteer for any of the following.</FONT>
<P>
<TABLE WIDTH="100%" BORDER="0" CELLPADDING="4" CELLSPACING="2">
<TR><TD BGCOLOR="#F5DEB3"><FONT FACE="Arial" SIZE="2"><B>LECTORS &mdash; 2 NEEDED FOR THE 8:00 AM MASS</B></FONT></TD></TR>
<TR><TD><FONT FACE="Arial" SIZE="2">Read the first and second readings once a month. We will give you the workbook and a short training after Mass.</FONT></TD></TR>
<TR><TD BGCOLOR="#F5DEB3"><FONT FACE="Arial" SIZE="2"><B>FUNERAL LUNCH COMMITTEE</B></FONT></TD></TR>
<TR><TD><FONT FACE="Arial" SIZE="2">WE ARE SHORT ON BAKERS. If you can bake two pans of bars a few times a year when a funeral comes up, please call Dorothy Wiskow.</FONT></TD></TR>
<TR><TD BGCOLOR="#F5DEB3"><FONT FACE="Arial" SIZE="2"><B>RELIGIOUS EDUCATION CATECHISTS</B></FONT></TD></TR>
<TR><TD><FONT FACE="Arial" SIZE="2" COLOR="#808080">ALL CLASSES ARE STAFFED FOR 2025-26. THANK YOU!</FONT></TD></TR>
<TR><TD BGCOLOR="#F5DEB3"><FONT FACE="Arial" SIZE="2"><B>SNOW SHOVELERS</B></FONT></TD></TR>
<TR><TD><FONT FACE="Arial" SIZE="2">The front steps and the handicap ramp must be clear before the 8:00 Mass. Sign the list in the vestibule if you can take a Sunday.</FONT></TD></TR>
<TR><TD BGCOLOR="#F5DEB3"><FONT FACE="Arial" SIZE="2"><B>BELL TOWER REPAIR &mdash; SEEKING A CARPENTER</B></FONT></TD></TR>
<TR><TD><FONT FACE="Arial" SIZE="2">The louvers in the bell tower are rotting and pigeons are getting in. Seeking a carpenter who is not afraid of heights to look at it and tell us what it will take. The parish will pay for lumber.</FONT></TD></TR>
<TR><TD BGCOLOR="#F5DEB3"><FONT FACE="Arial" SIZE="2"><B>ORGANIST</B></FONT></TD></TR>
<TR><TD><FONT FACE="Arial" SIZE="2">PAID POSITION, $95 PER MASS. Saturday 5:00 and one Sunday Mass. Contact Father Paul.</FONT></TD></TR>
<TR><TD BGCOLOR="#F5DEB3"><FONT FACE="Arial" SIZE="2"><B>QUILTING CIRCLE</B></FONT></TD></TR>
<TR><TD><FONT FACE="Arial" SIZE="2">MEETS TUESDAYS 1:00 PM IN THE CHURCH BASEMENT. ALL ARE WELCOME &mdash; COFFEE IS ON.</FONT></TD></TR>
</TABLE>
""")

PAGES["hispano.htm"] = _page("es", "Ministerio Hispano - San Luis Gonzaga", """
<FONT FACE="Arial" SIZE="4" COLOR="#800000"><B>MINISTERIO HISPANO</B></FONT><BR>
<FONT FACE="Arial" SIZE="2">Bienvenidos a la comunidad hispana de San Luis Gonzaga.</FONT>
<P>
<TABLE WIDTH="100%" BORDER="1" CELLPADDING="4" CELLSPACING="0">
<TR><TD><FONT FACE="Arial" SIZE="2"><B>MISA EN ESPA&Ntilde;OL</B><BR>Domingos a la 1:00 pm. Confesiones en español el primer domingo a las 12:15.</FONT></TD></TR>
<TR><TD><FONT FACE="Arial" SIZE="2"><B>SE BUSCA GUITARRISTA PARA EL CORO</B><BR>El coro de la misa en español necesita un guitarrista que pueda ensayar los jueves a las 7 pm. No tiene que leer música.</FONT></TD></TR>
<TR><TD><FONT FACE="Arial" SIZE="2"><B>CATEQUISTAS BILINGÜES</B><BR>Para la preparación de la Primera Comunión necesitamos dos catequistas que hablen español e inglés; muchos niños leen mejor en inglés y sus papás en español.</FONT></TD></TR>
<TR><TD><FONT FACE="Arial" SIZE="2"><B>UJIERES</B><BR><FONT COLOR="#808080">¡El grupo de ujieres ya está completo! Gracias a todos los que se ofrecieron.</FONT></FONT></TD></TR>
<TR><TD><FONT FACE="Arial" SIZE="2"><B>BAUTIZOS</B><BR>Para bautizar a su hijo, llame a la oficina parroquial y asista a la plática prebautismal (primer sábado del mes, 10 am).</FONT></TD></TR>
<TR><TD><FONT FACE="Arial" SIZE="2"><B>FIESTA DE NUESTRA SEÑORA DE GUADALUPE</B><BR>12 de diciembre: mañanitas a las 5 am, misa a las 7 pm y convivio con tamales y champurrado.</FONT></TD></TR>
</TABLE>
""")

PAGES["vietnam.htm"] = _page("vi", "Cộng Đoàn Công Giáo Việt Nam - Elba", """
<FONT FACE="Arial" SIZE="4" COLOR="#800000"><B>CỘNG ĐOÀN CÔNG GIÁO VIỆT NAM</B></FONT><BR>
<FONT FACE="Arial" SIZE="2">Giáo xứ Thánh Luy Gonzaga, Elba. Kính chào quý ông bà và anh chị em.</FONT>
<P>
<FONT FACE="Arial" SIZE="2"><B>THÁNH LỄ TIẾNG VIỆT:</B> Chủ nhật thứ hai và thứ tư mỗi tháng, lúc 3 giờ chiều.</FONT>
<P>
<TABLE WIDTH="100%" BORDER="0" CELLPADDING="4">
<TR><TD BGCOLOR="#F5DEB3"><FONT FACE="Arial" SIZE="2"><B>CẦN NGƯỜI DẠY GIÁO LÝ</B></FONT></TD></TR>
<TR><TD><FONT FACE="Arial" SIZE="2">Lớp giáo lý thiếu nhi bằng tiếng Việt cần thêm 2 giáo lý viên cho các em từ 7 đến 12 tuổi, sau Thánh lễ Chủ nhật. Xin liên lạc chị Hạnh, (507) 555-0164.</FONT></TD></TR>
<TR><TD BGCOLOR="#F5DEB3"><FONT FACE="Arial" SIZE="2"><B>CẦN GẤP: NGƯỜI NẤU ĂN CHO TẾT</B></FONT></TD></TR>
<TR><TD><FONT FACE="Arial" SIZE="2">Chúng tôi cần 6 thiện nguyện viên nấu ăn để gói bánh chưng và chiên chả giò cho ngày Tết của cộng đoàn. Làm việc ngày 24 và 25 tháng 1 tại hội trường giáo xứ.</FONT></TD></TR>
<TR><TD BGCOLOR="#F5DEB3"><FONT FACE="Arial" SIZE="2"><B>BAN TRẬT TỰ</B></FONT></TD></TR>
<TR><TD><FONT FACE="Arial" SIZE="2" COLOR="#808080">Ban trật tự đã có đủ người, không cần thêm nữa. Cảm ơn quý anh chị!</FONT></TD></TR>
<TR><TD BGCOLOR="#F5DEB3"><FONT FACE="Arial" SIZE="2"><B>MỪNG XUÂN &mdash; TẾT NGUYÊN ĐÁN</B></FONT></TD></TR>
<TR><TD><FONT FACE="Arial" SIZE="2">Thánh lễ đầu năm và văn nghệ mừng xuân: thứ Bảy, 31 tháng 1, 4 giờ chiều. Mời cả gia đình đến tham dự.</FONT></TD></TR>
</TABLE>
""")

PAGES["council/minutes.htm"] = _page("en", "Parish Council Minutes", """
<FONT FACE="Arial" SIZE="4" COLOR="#800000"><B>PARISH COUNCIL MINUTES &mdash; FEBRUARY 11</B></FONT><BR>
<FONT FACE="Arial" SIZE="2">PRESENT: Fr. Paul, D. Wiskow, G. Hoffman, T. Nguyen, M. Ramirez. ABSENT: J. Speltz.<BR><BR>
1. Roof fund update &mdash; $112,000 raised.<BR>
2. ACTION: we need a new finance council chair when Gene's term ends in June. Ask in the bulletin after Easter.<BR>
3. ACTION: need volunteers to repaint the parish hall in May. Marta will price paint.<BR>
4. Next meeting March 11, 7 pm.</FONT>
""", up="../")

ROBOTS = "User-agent: *\r\nDisallow: /council/\r\nDisallow: /_vti_bin/\r\nDisallow: /_private/\r\n"

PDFS = {
    "bulletin.pdf": ("St. Aloysius Bulletin - Third Sunday of Lent", [
        ("title", "ST. ALOYSIUS PARISH BULLETIN - THIRD SUNDAY OF LENT"),
        ("h", "MASS INTENTIONS"),
        ("p", "Sat 5:00 pm +Harold Kreidermacher. Sun 8:00 am +Loretta and Ray Speltz. Sun 10:30 am People of the Parish. Sun 1:00 pm (es) Familia Ramirez."),
        ("h", "LENTEN FISH FRY"),
        ("p", "Fridays during Lent, 5:00-7:00 pm in the parish hall. $14 adults, $7 children. Hosted by the Knights."),
        ("h", "ST. VINCENT DE PAUL"),
        ("p", "Our conference is short on twin mattresses and bed frames. Two families moving into Elba this month have children sleeping on the floor. If you have a clean twin mattress or a bed frame in good shape, call Gene at (507) 555-0165 and he will pick it up."),
        ("h", "STEWARDSHIP"),
        ("p", "Last week's offering: $4,212. Roof fund: $1,150. Thank you for your generosity."),
    ]),
}

_M, _H, _V, _C, _P = "ministries.htm", "hispano.htm", "vietnam.htm", "council/minutes.htm", "bulletin.pdf"

NEEDS = [
    N(_M, ["lectors"], "volunteer", "en", layout="table_layout_caps", note="2 needed"),
    N(_M, ["funeral lunch committee", "bakers"], "volunteer", "en", layout="table_layout_caps",
      note="'WE ARE SHORT ON BAKERS'"),
    N(_M, ["snow shovelers"], "volunteer", "en", layout="table_layout_caps"),
    N(_M, ["carpenter", "bell tower repair"], "skilled", "en", layout="table_layout_caps"),
    N(_H, ["guitarrista"], "skilled", "es", layout="table_layout_caps"),
    N(_H, ["catequistas bilingües"], "skilled", "es", ["es", "en"], layout="table_layout_caps"),
    N(_V, ["dạy giáo lý", "giáo lý viên"], "skilled", "vi", ["vi"], layout="table_layout_caps"),
    N(_V, ["người nấu ăn", "thiện nguyện viên nấu ăn"], "volunteer", "vi", layout="table_layout_caps",
      note="cooks for Tết prep (volunteers for an event are a need)"),
    N(_P, ["twin mattresses", "bed frames"], "donation", "en", layout="pdf", note="'short on', in PDF bulletin"),
]

TRAPS = [
    T("index.html", "hours", ["mass times"]),
    T("index.html", "event", ["parish festival"]),
    T("index.html", "general_appeal", ["support the roof fund"]),
    T("index.html", "hours", ["office hours"]),
    T(_M, "filled", ["religious education catechists"], "ALL CLASSES ARE STAFFED"),
    T(_M, "job", ["organist"], "paid $95 per Mass"),
    T(_M, "event", ["quilting circle"]),
    T(_H, "hours", ["misa en español"]),
    T(_H, "filled", ["ujieres"], "'ya está completo'"),
    T(_H, "how_to_apply", ["bautizos", "bautizar a su hijo"]),
    T(_H, "event", ["nuestra señora de guadalupe"]),
    T(_V, "hours", ["thánh lễ tiếng việt"]),
    T(_V, "filled", ["ban trật tự"], "'đã có đủ người, không cần thêm nữa'"),
    T(_V, "event", ["tết nguyên đán"]),
    T(_C, "robots", ["finance council chair"]),
    T(_C, "robots", ["repaint the parish hall"]),
    T(_P, "event", ["lenten fish fry"]),
    T(_P, "recap", ["last week's offering"]),
    T(_P, "hours", ["mass intentions"], "Mass schedule with intentions"),
]
