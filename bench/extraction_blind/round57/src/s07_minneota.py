"""Minneota: community free clinic (Dreamweaver nested tables, spacer gifs, <font>, ALL CAPS, .htm).
English + Somali, English PDF newsletter."""
from common import need, trap, robots

SLUG = "minneota-community-free-clinic"
ROBOTS = robots("/intranet/")


def shell(title, body, lang="en", up="/"):
    return """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html lang="%s">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>%s</title>
<script type="text/javascript">
function MM_swapImgRestore() { //v3.0
  var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc;
}
</script>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="100%%" border="0" cellspacing="0" cellpadding="0">
  <tr>
    <td bgcolor="#336699"><img src="/images/spacer.gif" width="1" height="12"><br>
      <font face="Verdana, Arial, Helvetica, sans-serif" size="5" color="#FFFFFF"><b>&nbsp;MINNEOTA COMMUNITY FREE CLINIC</b></font><br>
      <img src="/images/spacer.gif" width="1" height="8"></td>
  </tr>
  <tr>
    <td bgcolor="#CCDDEE"><font face="Verdana, Arial" size="2">&nbsp;<a href="/">HOME</a> | <a href="/volunteers.htm">VOLUNTEERS</a> | <a href="/caafimaad.htm">SOOMAALI</a> | <a href="/newsletter.pdf">NEWSLETTER</a> | <a href="/forms/new-patient.htm">PATIENT FORMS</a></font></td>
  </tr>
</table>
<table width="760" border="0" cellspacing="0" cellpadding="10" align="center">
  <tr>
    <td valign="top"><img src="/images/spacer.gif" width="1" height="10"><br>
%s
    </td>
  </tr>
</table>
<table width="100%%" border="0" cellspacing="0" cellpadding="6">
  <tr><td bgcolor="#EEEEEE" align="center"><font face="Verdana" size="1">114 N JEFFERSON ST, MINNEOTA, MN 56264 &middot; (507) 555-0109 &middot; CLINIC@MINNEOTAFREECLINIC.ORG &middot; <a href="/intranet/">STAFF LOGIN</a></font></td></tr>
</table>
</body>
</html>
""" % (lang, title, body)


INDEX = shell("Minneota Community Free Clinic", """
<table width="100%" border="0" cellpadding="8">
<tr><td width="50%" valign="top">
<font face="Verdana" size="3" color="#336699"><b>CLINIC HOURS</b></font><br>
<font face="Verdana" size="2">TUESDAY EVENINGS 5:00 - 8:00 PM<br>FIRST SATURDAY OF THE MONTH 9:00 AM - NOON</font>
<p><font face="Verdana" size="3" color="#336699"><b>WHAT WE OFFER</b></font><br>
<font face="Verdana" size="2">FREE BLOOD PRESSURE AND DIABETES CHECKS, SPORTS PHYSICALS, AND REFILLS OF BASIC MEDICATIONS FOR ADULTS WITHOUT INSURANCE.</font></p>
</td><td width="50%" valign="top">
<font face="Verdana" size="3" color="#336699"><b>NEW PATIENTS</b></font><br>
<font face="Verdana" size="2">NO INSURANCE NEEDED. WALK IN OR CALL (507) 555-0109. PLEASE BRING A PHOTO ID IF YOU HAVE ONE AND A LIST OF YOUR MEDICINES.</font>
<p><font face="Verdana" size="3" color="#990000"><b>SPONSOR A PATIENT VISIT</b></font><br>
<font face="Verdana" size="2">$25 COVERS ONE VISIT, LAB WORK INCLUDED. CHECKS PAYABLE TO MCFC.</font></p>
</td></tr>
</table>
""")

VOLUNTEERS = shell("Volunteers", """
<font face="Verdana" size="4" color="#336699"><b>VOLUNTEER OPPORTUNITIES</b></font><br>
<font face="Verdana" size="2">THE CLINIC IS RUN ENTIRELY BY VOLUNTEERS. CALL JUDY AT (507) 555-0109 TO TALK ABOUT ANY OF THESE.</font><br><br>
<table width="100%" border="1" cellspacing="0" cellpadding="5" bordercolor="#999999">
  <tr bgcolor="#CCCCCC"><td><font face="Verdana" size="2"><b>POSITION</b></font></td><td><font face="Verdana" size="2"><b>SCHEDULE</b></font></td><td><font face="Verdana" size="2"><b>STATUS</b></font></td></tr>
  <tr><td><font face="Verdana" size="2"><b>REGISTERED NURSES - TRIAGE</b></font></td><td><font face="Verdana" size="2">TUESDAYS 4:30 - 8:30 PM</font></td><td><font face="Verdana" size="2" color="green"><b>NEEDED</b></font></td></tr>
  <tr><td><font face="Verdana" size="2"><b>PHARMACIST (MEDICATION REVIEW)</b></font></td><td><font face="Verdana" size="2">ONE TUESDAY A MONTH</font></td><td><font face="Verdana" size="2" color="green"><b>NEEDED</b></font></td></tr>
  <tr><td><font face="Verdana" size="2"><b>FRONT DESK / CHECK-IN</b></font><br><font face="Verdana" size="1">SPANISH OR SOMALI A PLUS</font></td><td><font face="Verdana" size="2">TUESDAYS</font></td><td><font face="Verdana" size="2" color="green"><b>NEEDED</b></font></td></tr>
  <tr><td><font face="Verdana" size="2"><b>DENTIST</b></font></td><td><font face="Verdana" size="2">QUARTERLY SCREENING DAY</font></td><td><font face="Verdana" size="2" color="red"><b>WE HAVE ENOUGH FOR THIS YEAR</b></font></td></tr>
  <tr><td><font face="Verdana" size="2"><b>MEDICAL DIRECTOR</b></font></td><td><font face="Verdana" size="2">PAID CONTRACT, 8 HRS/MONTH</font></td><td><font face="Verdana" size="2">APPLY BY JUNE 1</font></td></tr>
</table>
<br>
<font face="Verdana" size="3" color="#336699"><b>SEEKING: DONATED BLOOD GLUCOSE TEST STRIPS AND LANCETS</b></font><br>
<font face="Verdana" size="2">UNOPENED AND NOT EXPIRED, ANY BRAND. DROP THEM OFF ANY TUESDAY EVENING.</font><br><br>
<font face="Verdana" size="3" color="#999999"><b>CRUTCHES</b></font><br>
<font face="Verdana" size="2" color="#999999">OUR EQUIPMENT CLOSET IS FULL. PLEASE DO NOT BRING MORE.</font>
""")

CAAFIMAAD = shell("Qaybta Soomaaliga", """
<font face="Verdana" size="4" color="#336699"><b>QAYBTA SOOMAALIGA</b></font><br>
<font face="Verdana" size="2">Rugta caafimaadka ee bilaashka ah ee Minneota waxay soo dhaweysaa dhammaan bulshada Soomaaliyeed.</font><br><br>
<font face="Verdana" size="3" color="#336699"><b>WAXAAN U BAAHANAHAY</b></font>
<table width="100%" border="1" cellspacing="0" cellpadding="5" bordercolor="#999999">
  <tr><td width="35%"><font face="Verdana" size="2"><b>KALKAALISO KU HADASHA SOOMAALI</b></font></td><td><font face="Verdana" size="2">Talaadada fiidkii. Waa inaad haysataa shatiga kalkaalinta (RN ama LPN) oo aad ku hadashaa af Soomaali.</font></td></tr>
  <tr><td><font face="Verdana" size="2"><b>SOO DHAWEEYAYAAL</b></font></td><td><font face="Verdana" size="2">Mutadawiciin Soomaali ah oo bukaanka albaabka ku qaabila, kuna caawiya buuxinta foomka diiwaangelinta.</font></td></tr>
  <tr><td><font face="Verdana" size="2" color="#999999"><b>DARAWALLADA</b></font></td><td><font face="Verdana" size="2" color="red">Hadda waa nagu filan yihiin, mahadsanidin.</font></td></tr>
</table>
<br>
<font face="Verdana" size="3" color="#336699"><b>ADEEGYADA BILAASHKA AH</b></font><br>
<font face="Verdana" size="2">Baaritaanka sonkorowga iyo dhiig-karka, iyo daawooyinka aasaasiga ah.</font><br><br>
<font face="Verdana" size="3" color="#336699"><b>SIDA LOO SAMEEYO BALLAN</b></font><br>
<font face="Verdana" size="2">Wac (507) 555-0109, ama Talaadada fiidkii si toos ah u imow.</font>
""", lang="so")

INTRANET = shell("Staff Intranet", """
<font face="Verdana" size="4" color="#990000"><b>STAFF INTRANET - AUTHORIZED USERS ONLY</b></font><br><br>
<font face="Verdana" size="2">
- NEED A VOLUNTEER TO SCAN OLD PAPER CHARTS (HIPAA TRAINING REQUIRED)<br>
- DONATED LAPTOP FOR THE CHECK-IN DESK<br>
- SPANISH INTERPRETER FOR THE MAY DIABETES CLASS<br>
</font>
""")

PAGES = {
    "index.html": INDEX,
    "volunteers.htm": VOLUNTEERS,
    "caafimaad.htm": CAAFIMAAD,
    "intranet/index.html": INTRANET,
}

PDFS = {
    "newsletter.pdf": ("Clinic Notes - Fall 2024", [
        ("title", "Clinic Notes - Fall 2024"),
        ("p", "Minneota Community Free Clinic"),
        ("h", "A note from the board chair"),
        ("p", "What a season. This fall the flu shot clinic gave 210 shots in one afternoon, a record for us. "
              "Our waiting room could use a fresh coat of paint before winter. If you are a painter, or just "
              "handy with a roller, we would welcome a volunteer crew on a Saturday in October; the paint is "
              "donated by Prairie Hardware."),
        ("p", "We are short on reading glasses (+1.50 to +3.00) for patients who cannot afford them. Drop them "
              "in the box at the front desk."),
        ("h", "Fall open house"),
        ("p", "Come to our open house on Thursday, October 16, 4-6 PM. Tours, cider and free blood pressure checks."),
    ]),
}

NEEDS = [
    need("volunteers.htm", ["registered nurses"], "skilled", "en", [], "table_layout_caps"),
    need("volunteers.htm", ["pharmacist"], "skilled", "en", [], "table_layout_caps"),
    need("volunteers.htm", ["front desk", "check-in"], "volunteer", "en", ["es", "so"], "table_layout_caps",
         "'SPANISH OR SOMALI A PLUS'"),
    need("volunteers.htm", ["test strips", "glucose"], "donation", "en", [], "seeking"),
    need("caafimaad.htm", ["kalkaaliso"], "skilled", "so", ["so"], "table_layout_caps", "Somali-speaking nurse"),
    need("caafimaad.htm", ["soo dhaweeyayaal"], "volunteer", "so", ["so"], "table_layout_caps", "greeters"),
    need("newsletter.pdf", ["coat of paint", "painter"], "volunteer", "en", [], "pdf", "buried in chair's note"),
    need("newsletter.pdf", ["reading glasses"], "donation", "en", [], "pdf", "'We are short on'"),
]

TRAPS = [
    trap("index.html", "hours", ["clinic hours"]),
    trap("index.html", "service", ["diabetes checks"]),
    trap("index.html", "how_to_apply", ["photo id"]),
    trap("index.html", "general_appeal", ["sponsor a patient"]),
    trap("volunteers.htm", "filled", ["dentist"], "'WE HAVE ENOUGH FOR THIS YEAR'"),
    trap("volunteers.htm", "job", ["medical director"]),
    trap("volunteers.htm", "filled", ["crutches"], "closet full"),
    trap("caafimaad.htm", "filled", ["darawallada"], "'Hadda waa nagu filan yihiin'"),
    trap("caafimaad.htm", "service", ["baaritaanka sonkorowga"]),
    trap("caafimaad.htm", "how_to_apply", ["sida loo sameeyo ballan"]),
    trap("newsletter.pdf", "recap", ["210 shots"]),
    trap("newsletter.pdf", "event", ["open house"]),
    trap("intranet/index.html", "robots", ["scan old paper charts"]),
    trap("intranet/index.html", "robots", ["laptop for the check-in"]),
    trap("intranet/index.html", "robots", ["diabetes class"]),
]
