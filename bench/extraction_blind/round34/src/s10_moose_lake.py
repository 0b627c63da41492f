from common import N, T

SLUG = "moose-lake-community-free-clinic"


def page(title, body):
    return """<html lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>%s</title>
<!-- Dreamweaver template: clinic.dwt -->
</head>
<body bgcolor="#EFF5EF" leftmargin="0" topmargin="0">
<center>
<table width="780" border="0" cellspacing="0" cellpadding="0" bgcolor="#FFFFFF">
  <tr><td colspan="3"><img src="images/header.gif" width="780" height="90" alt="Moose Lake Community Free Clinic"></td></tr>
  <tr bgcolor="#2E6B3A">
    <td colspan="3" height="24"><font face="Verdana, Arial" size="2" color="#FFFFFF">&nbsp;
      <a href="/index.html"><font color="#FFFFFF">HOME</font></a> &nbsp;|&nbsp;
      <a href="/volunteers.htm"><font color="#FFFFFF">VOLUNTEERS</font></a> &nbsp;|&nbsp;
      <a href="/supplies.htm"><font color="#FFFFFF">SUPPLIES</font></a> &nbsp;|&nbsp;
      <a href="/board.htm"><font color="#FFFFFF">OUR BOARD</font></a> &nbsp;|&nbsp;
      <a href="/newsletter-fall.pdf"><font color="#FFFFFF">NEWSLETTER</font></a></font></td>
  </tr>
  <tr>
    <td width="20"><img src="images/spacer.gif" width="20" height="1"></td>
    <td valign="top"><font face="Verdana, Arial" size="2">
%s
    </font></td>
    <td width="20"><img src="images/spacer.gif" width="20" height="1"></td>
  </tr>
  <tr><td colspan="3" align="center" bgcolor="#DDE8DD"><font face="Verdana" size="1">
  MOOSE LAKE COMMUNITY FREE CLINIC &middot; 412 ELM AVE, MOOSE LAKE, MN 55767 &middot; (218) 555-0138 &middot;
  <a href="/private/credentialing.htm">Staff</a> &middot; <a href="/forms/patient-intake.htm">Patient forms</a></font></td></tr>
</table>
</center>
</body>
</html>
""" % (title, body)


INDEX = page("Moose Lake Community Free Clinic", """
<p><font size="4" color="#2E6B3A"><b>FREE CARE FOR PEOPLE WITHOUT INSURANCE</b></font></p>
<p>Since 2003 volunteer doctors, nurses and neighbors have run a free evening clinic in the basement of First Lutheran.</p>
<p><font size="3"><b>CLINIC HOURS</b></font><br>TUESDAYS 5:00 &ndash; 8:00 PM &middot; THIRD SATURDAY 9:00 AM &ndash; NOON</p>
<p><font size="3"><b>SERVICES</b></font><br>Free blood pressure checks, diabetes screening, sports physicals, and referrals to low-cost dental care.</p>
<p><font size="3"><b>TO BE SEEN</b></font><br>Call (218) 555-0138 on Monday to get a Tuesday appointment. No insurance needed, no one is turned away.</p>
""")

VOLUNTEERS = page("VOLUNTEERS", """
<p><font size="4" color="#2E6B3A"><b>VOLUNTEER OPPORTUNITIES</b></font></p>
<table width="100%" border="0" cellpadding="5">
  <tr><td bgcolor="#F3F8F3"><font face="Verdana" size="2"><b>VOLUNTEER PHYSICIANS AND NURSE PRACTITIONERS</b></font></td></tr>
  <tr><td><font face="Verdana" size="2">One Tuesday evening a month. Active Minnesota license required; we carry malpractice coverage through the state free clinic program.</font></td></tr>
  <tr><td bgcolor="#F3F8F3"><font face="Verdana" size="2"><b>PHARMACY TECHNICIAN</b></font></td></tr>
  <tr><td><font face="Verdana" size="2">Help keep our sample cupboard in order and check expiration dates, two hours a week.</font></td></tr>
  <tr><td bgcolor="#F3F8F3"><font face="Verdana" size="2"><b>FRONT DESK CHECK-IN</b></font></td></tr>
  <tr><td><font face="Verdana" size="2" color="#888888">WE HAVE ENOUGH FRONT DESK VOLUNTEERS UNTIL SPRING. THANK YOU!</font></td></tr>
  <tr><td bgcolor="#F3F8F3"><font face="Verdana" size="2"><b>SPANISH MEDICAL INTERPRETER</b></font></td></tr>
  <tr><td><font face="Verdana" size="2">More farm and dairy workers are coming to the clinic. We need a fluent Spanish speaker, ideally a trained medical interpreter, on Tuesday evenings.</font></td></tr>
  <tr><td bgcolor="#F3F8F3"><font face="Verdana" size="2"><b>CLINIC CLEANING CREW</b></font></td></tr>
  <tr><td><font face="Verdana" size="2">Saturday mornings after the third-Saturday clinic: wipe down exam rooms, mop, take out sharps boxes (trained staff handle the sharps). Three people needed.</font></td></tr>
  <tr><td bgcolor="#F3F8F3"><font face="Verdana" size="2"><b>DENTAL HYGIENIST</b></font></td></tr>
  <tr><td><font face="Verdana" size="2">PAID POSITION: 8 hours a week, $38 per hour, starting in March.</font></td></tr>
</table>
""")

SUPPLIES = page("SUPPLIES", """
<p><font size="4" color="#2E6B3A"><b>SUPPLIES</b></font></p>
<p><font size="3"><b>OUR SHELVES ARE NEARLY BARE OF:</b></font></p>
<ul>
  <li>READING GLASSES (+1.50 TO +3.00)</li>
  <li>ADHESIVE BANDAGES AND GAUZE</li>
  <li>DIGITAL THERMOMETERS</li>
  <li>TRAVEL-SIZE SUNSCREEN</li>
</ul>
<p><font size="3"><b>SEEKING A DONATED EXAM TABLE</b></font><br>
Our second exam room still uses a folding massage table. A used, working exam table would make a big difference for our older patients.</p>
<p><font size="3"><b>WHEELCHAIRS</b></font><br>
<font color="#888888">THANK YOU &ndash; WE NO LONGER NEED WHEELCHAIRS. WE RECEIVED FOUR IN OCTOBER.</font></p>
<p><font size="3"><b>2024 IN NUMBERS</b></font><br>
We saw 1,318 patient visits and handed out 410 pairs of donated glasses.</p>
""")

BOARD = page("OUR BOARD", """
<p><font size="4" color="#2E6B3A"><b>OUR BOARD</b></font></p>
<p><b>DR. HELEN STRAND, CHAIR</b><br>Family physician in Moose Lake for 31 years, retired in 2019.</p>
<p><b>GARY LINDQUIST, TREASURER</b><br>Former branch manager of the Moose Lake State Bank.</p>
<p><font size="3"><b>BECOME A SUSTAINING DONOR</b></font><br>A gift of $20 a month covers one patient visit. Mail checks to the clinic.</p>
""")

PRIVATE = page("Staff", """
<p><font size="4"><b>CREDENTIALING CHECKLIST &ndash; INTERNAL</b></font></p>
<ul>
  <li>Still need a volunteer radiology tech for the x-ray pilot.</li>
  <li>Ask Essentia for a donated autoclave.</li>
  <li>Recruit a second social worker for referrals.</li>
</ul>
""")

PAGES = {"index.html": INDEX, "volunteers.htm": VOLUNTEERS, "supplies.htm": SUPPLIES, "board.htm": BOARD,
         "private/credentialing.htm": PRIVATE}

ROBOTS = "User-agent: *\nDisallow: /private/\nDisallow: /images/\n"

PDFS = {
    "newsletter-fall.pdf": ("Moose Lake Community Free Clinic - Fall Newsletter", [
        ("title", "MOOSE LAKE COMMUNITY FREE CLINIC"),
        ("title", "Fall Newsletter"),
        ("p", "412 Elm Ave, Moose Lake, MN 55767 - (218) 555-0138"),
        ("h", "Flu shot clinic"),
        ("p", "Free flu shots on Saturday, October 18, 9 to noon, no appointment needed."),
        ("h", "Summer wrap-up"),
        ("p", "Our summer sports physical nights saw 96 students from Moose Lake, Barnum and Willow River."),
        ("h", "Counting what matters"),
        ("p", "The foundation that funds our diabetes program now asks for monthly numbers: visits, A1C results, "
              "referrals. Our nurses are writing them on paper. We would love a volunteer who knows Excel to build a "
              "simple spreadsheet and enter the monthly numbers, about three hours a month, from home."),
    ]),
}

NEEDS = [
    N("volunteers.htm", ["volunteer physicians", "nurse practitioners"], "skilled", "en", layout="table_layout_caps"),
    N("volunteers.htm", ["pharmacy technician"], "skilled", "en", layout="table_layout_caps"),
    N("volunteers.htm", ["spanish medical interpreter"], "skilled", "en", ["es", "en"], layout="table_layout_caps"),
    N("volunteers.htm", ["clinic cleaning crew"], "volunteer", "en", layout="table_layout_caps"),
    N("supplies.htm", ["reading glasses", "nearly bare of"], "donation", "en", layout="wish_list", note="'shelves nearly bare of' list = one need"),
    N("supplies.htm", ["exam table"], "donation", "en", layout="seeking"),
    N("newsletter-fall.pdf", ["excel", "spreadsheet"], "skilled", "en", layout="pdf", note="buried in newsletter"),
]

TRAPS = [
    T("index.html", "hours", ["clinic hours"]),
    T("index.html", "service", ["free blood pressure checks"]),
    T("index.html", "how_to_apply", ["to be seen"]),
    T("volunteers.htm", "filled", ["front desk check-in"], "we have enough"),
    T("volunteers.htm", "job", ["dental hygienist"], "paid $38/h"),
    T("supplies.htm", "filled", ["wheelchairs"], "no longer need"),
    T("supplies.htm", "recap", ["2024 in numbers"]),
    T("board.htm", "bio", ["dr. helen strand"]),
    T("board.htm", "bio", ["gary lindquist"]),
    T("board.htm", "general_appeal", ["sustaining donor"]),
    T("private/credentialing.htm", "robots", ["radiology tech"]),
    T("private/credentialing.htm", "robots", ["autoclave"]),
    T("private/credentialing.htm", "robots", ["social worker"]),
    T("newsletter-fall.pdf", "event", ["flu shot clinic"]),
    T("newsletter-fall.pdf", "recap", ["summer wrap-up"]),
]
