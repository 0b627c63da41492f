"""Site 9: Northern Lights Free Clinic, Cook. Dreamweaver nested tables, spacer gifs, <font>, ALL CAPS;
two English PDFs (newsletter with a buried ask, volunteer application)."""
from common import need, trap

SLUG = "cook-northern-lights-free-clinic"
TOWN = "cook"

ROBOTS = """# Northern Lights Free Clinic
User-agent: *
Disallow: /board-only/
Disallow: /Templates/
"""


def head(title):
    return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="en">
<!-- InstanceBegin template="/Templates/main.dwt" codeOutsideHTMLIsLocked="false" -->
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<!-- InstanceBeginEditable name="doctitle" --><title>%s - Northern Lights Free Clinic</title><!-- InstanceEndEditable -->
<script type="text/javascript">function MM_swapImgRestore(){var i,x,a=document.MM_sr;for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++)x.src=x.oSrc;}</script>
</head>
<body bgcolor="#0B2545" onload="MM_preloadImages('/images/nav_on.gif')">
<table width="780" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td colspan="3"><img src="/images/header_aurora.jpg" width="780" height="120" alt="NORTHERN LIGHTS FREE CLINIC - COOK, MINNESOTA" /></td></tr>
<tr><td width="160" valign="top" bgcolor="#E8F1F8">
 <table width="160" border="0" cellpadding="4" cellspacing="0">
 <tr><td><font face="Verdana, Arial" size="2"><a href="/index.html">HOME</a></font></td></tr>
 <tr><td><font face="Verdana, Arial" size="2"><a href="/volunteer.html">VOLUNTEER</a></font></td></tr>
 <tr><td><font face="Verdana, Arial" size="2"><a href="/supplies.html">SUPPLIES</a></font></td></tr>
 <tr><td><font face="Verdana, Arial" size="2"><a href="/newsletter-fall-2025.pdf">NEWSLETTER (PDF)</a></font></td></tr>
 <tr><td><font face="Verdana, Arial" size="2"><a href="/clinic-map.html">DIRECTIONS</a></font></td></tr>
 <tr><td><img src="/images/spacer.gif" width="1" height="200" alt="" /></td></tr>
 </table>
</td>
<td width="10"><img src="/images/spacer.gif" width="10" height="1" alt="" /></td>
<td width="610" valign="top"><!-- InstanceBeginEditable name="body" -->
""" % title


FOOT = """
<!-- InstanceEndEditable --></td></tr>
<tr><td colspan="3" bgcolor="#0B2545" align="center"><font face="Verdana, Arial" size="1" color="#FFFFFF">
NORTHERN LIGHTS FREE CLINIC &bull; 15 RIVER ST S, COOK, MN 55723 &bull; (218) 555-0193 &bull; clinic@northernlightsfree.org &bull;
<a href="/board-only/minutes.html"><font color="#AACCEE">BOARD</font></a></font></td></tr>
</table>
</body>
<!-- InstanceEnd --></html>
"""

INDEX = head("Home") + """
<p><font face="Verdana, Arial" size="4" color="#0B2545"><b>FREE CARE FOR UNINSURED ADULTS IN NORTHERN ST. LOUIS COUNTY</b></font></p>
<table width="100%" border="0" cellpadding="6" cellspacing="0">
<tr><td bgcolor="#E8F1F8"><font face="Verdana, Arial" size="2"><b>CLINIC HOURS</b></font></td></tr>
<tr><td><font face="Verdana, Arial" size="2">TUESDAY 5&ndash;8 PM &bull; THURSDAY 5&ndash;8 PM &bull; WALK-INS UNTIL 7 PM</font></td></tr>
<tr><td bgcolor="#E8F1F8"><font face="Verdana, Arial" size="2"><b>HOW TO GET AN APPOINTMENT</b></font></td></tr>
<tr><td><font face="Verdana, Arial" size="2">CALL (218) 555-0193 AND LEAVE A MESSAGE. BRING A LIST OF YOUR MEDICATIONS. NO INSURANCE? NO PROBLEM.</font></td></tr>
<tr><td bgcolor="#E8F1F8"><font face="Verdana, Arial" size="2"><b>IN THE COMMUNITY</b></font></td></tr>
<tr><td><font face="Verdana, Arial" size="2">FREE BLOOD PRESSURE CHECKS AT THE COOK SENIOR MEAL EVERY FIRST MONDAY.</font></td></tr>
<tr><td bgcolor="#E8F1F8"><font face="Verdana, Arial" size="2" color="#B00000"><b>HEALTH FAIR &mdash; OCTOBER 4</b></font></td></tr>
<tr><td><font face="Verdana, Arial" size="2">AT THE COOK COMMUNITY CENTER, 9 AM&ndash;NOON. DIABETES SCREENING, FLU SHOTS, DOOR PRIZES.</font></td></tr>
</table>
<p><font face="Verdana, Arial" size="2"><a href="/volunteer-application.pdf">VOLUNTEER APPLICATION (PDF)</a></font></p>
""" + FOOT

VOLUNTEER = head("Volunteer") + """
<p><font face="Verdana, Arial" size="4" color="#0B2545"><b>VOLUNTEER AT THE CLINIC</b></font></p>
<p><font face="Verdana, Arial" size="2">FILL OUT THE <a href="/volunteer-application.pdf">VOLUNTEER APPLICATION</a> AND MAIL IT OR BRING IT ON A CLINIC NIGHT.</font></p>
<table width="100%" border="1" bordercolor="#99BBDD" cellpadding="5" cellspacing="0">
<tr><td width="38%" bgcolor="#E8F1F8"><font face="Verdana, Arial" size="2"><b>VOLUNTEER NURSES (RN OR LPN)</b></font></td>
<td><font face="Verdana, Arial" size="2">TUESDAY EVENING CLINIC, 5&ndash;8 PM. CURRENT MINNESOTA LICENSE.</font></td></tr>
<tr><td bgcolor="#E8F1F8"><font face="Verdana, Arial" size="2"><b>PHARMACIST</b></font></td>
<td><font face="Verdana, Arial" size="2">TO REVIEW MEDICATION LISTS FOR OUR DIABETES PATIENTS, ONE EVENING A MONTH.</font></td></tr>
<tr><td bgcolor="#E8F1F8"><font face="Verdana, Arial" size="2"><b>FRONT DESK GREETERS</b></font></td>
<td><font face="Verdana, Arial" size="2" color="#888888">WE HAVE ENOUGH GREETERS THROUGH MARCH. THANK YOU!</font></td></tr>
<tr><td bgcolor="#E8F1F8"><font face="Verdana, Arial" size="2"><b>MEDICAL ASSISTANT</b></font></td>
<td><font face="Verdana, Arial" size="2">PART-TIME, COMPENSATED. 16 HOURS/WEEK. SEND A RESUME TO THE CLINIC MANAGER.</font></td></tr>
<tr><td bgcolor="#E8F1F8"><font face="Verdana, Arial" size="2"><b>SPANISH INTERPRETER</b></font></td>
<td><font face="Verdana, Arial" size="2">THURSDAY EVENING CLINIC FOR FARM AND RESORT WORKERS. MUST BE FLUENT IN SPANISH AND ENGLISH.</font></td></tr>
<tr><td bgcolor="#E8F1F8"><font face="Verdana, Arial" size="2"><b>VOLUNTEER DENTISTS</b></font></td>
<td><font face="Verdana, Arial" size="2" color="#888888">OUR DENTAL SCHEDULE IS FULL UNTIL JANUARY.</font></td></tr>
<tr><td bgcolor="#E8F1F8"><font face="Verdana, Arial" size="2"><b>SNOW SHOVELING CREW</b></font></td>
<td><font face="Verdana, Arial" size="2">KEEP THE RAMP AND SIDEWALK CLEAR ON CLINIC NIGHTS, NOVEMBER THROUGH MARCH.</font></td></tr>
</table>
""" + FOOT

SUPPLIES = head("Supplies") + """
<p><font face="Verdana, Arial" size="4" color="#0B2545"><b>SUPPLY DRIVE &mdash; PLEASE BRING:</b></font></p>
<ul><font face="Verdana, Arial" size="2">
<li>ADHESIVE BANDAGES</li><li>GAUZE PADS AND MEDICAL TAPE</li><li>UNOPENED IBUPROFEN AND ACETAMINOPHEN</li><li>READING GLASSES (+1.50 TO +3.00)</li>
</font></ul>
<p><font face="Verdana, Arial" size="3" color="#0B2545"><b>SEEKING: A WORKING LAPTOP FOR OUR CHECK-IN DESK</b></font><br>
<font face="Verdana, Arial" size="2">WINDOWS 10 OR NEWER. OURS IS FROM 2012 AND TAKES TEN MINUTES TO START.</font></p>
<p><font face="Verdana, Arial" size="3" color="#888888"><b>CRUTCHES AND WALKERS</b></font><br>
<font face="Verdana, Arial" size="2">NO LONGER NEEDED. OUR LOAN CLOSET IS FULL.</font></p>
<p><font face="Verdana, Arial" size="2"><b>WE DO NOT ACCEPT:</b> EXPIRED MEDICATIONS, USED SYRINGES, OPENED BOTTLES.</font></p>
<p><font face="Verdana, Arial" size="2"><b>GIVE TO THE CLINIC:</b> EVERY DOLLAR STAYS IN NORTHERN ST. LOUIS COUNTY.</font></p>
""" + FOOT

BOARD = head("Board") + """
<p><font face="Verdana, Arial" size="4" color="#0B2545"><b>BOARD MINUTES &mdash; SEPTEMBER (CONFIDENTIAL)</b></font></p>
<ol><font face="Verdana, Arial" size="2">
<li>NEED A NEW BOARD SECRETARY.</li>
<li>REPLACE THE EXAM ROOM AUTOCLAVE ($3,200) &mdash; ASK ROTARY.</li>
<li>RECRUIT 2 MORE VOLUNTEER PHYSICIANS FOR 2026.</li>
</font></ol>
""" + FOOT

PAGES = {
    "index.html": INDEX,
    "volunteer.html": VOLUNTEER,
    "supplies.html": SUPPLIES,
    "board-only/minutes.html": BOARD,
}

PDFS = {
    "newsletter-fall-2025.pdf": ("Northern Lights Free Clinic - Fall 2025 Newsletter", [
        ("title", "NORTHERN LIGHTS FREE CLINIC - FALL 2025 NEWSLETTER"),
        ("h", "A busy year"),
        ("p", "In 2024 we had 1,140 patient visits, up from 890 the year before. Almost half of our patients "
              "work in resorts, logging or on farms and have no insurance."),
        ("h", "From the board"),
        ("p", "The board thanks everyone who came to the open house. We are also looking for someone who can "
              "keep our donor database up to date. If you are comfortable with spreadsheets and a little mail "
              "merge, a few hours a month would make a big difference."),
        ("h", "Meet Dr. Ingrid Halvorsen"),
        ("p", "Dr. Ingrid Halvorsen, our volunteer medical director, practiced family medicine in Virginia for "
              "thirty years before retiring to Lake Vermilion."),
        ("h", "Fall fundraiser dinner"),
        ("p", "Fall fundraiser dinner: Saturday, November 8, at the VFW. Walleye or wild rice hotdish. Tickets $25."),
    ]),
    "volunteer-application.pdf": ("Volunteer Application", [
        ("title", "Northern Lights Free Clinic - Volunteer Application"),
        ("p", "Name: ______________________   Phone: ______________________   Email: ______________________"),
        ("p", "Professional license (if any): ______________________"),
        ("h", "Clinic drivers"),
        ("p", "Many of our patients live in Orr, Tower and Bigfork, with no bus. We need clinic drivers who can "
              "bring a patient to an evening appointment and home again. Mileage is reimbursed."),
        ("h", "How to return this application"),
        ("p", "Mail it to the clinic address below or bring it on a Tuesday or Thursday evening. All volunteers "
              "complete a short privacy training before their first shift."),
    ]),
}

NEEDS = [
    need("volunteer.html", ["volunteer nurses"], "skilled", "en", layout="table_layout_caps"),
    need("volunteer.html", ["pharmacist"], "skilled", "en", layout="table_layout_caps"),
    need("volunteer.html", ["spanish interpreter"], "skilled", "en", ["es", "en"], layout="table_layout_caps"),
    need("volunteer.html", ["snow shoveling crew"], "volunteer", "en", layout="table_layout_caps"),
    need("supplies.html", ["supply drive", "gauze pads"], "donation", "en", layout="wish_list"),
    need("supplies.html", ["working laptop"], "donation", "en", layout="seeking"),
    need("newsletter-fall-2025.pdf", ["donor database"], "skilled", "en", layout="pdf",
         note="buried in 'From the board'"),
    need("volunteer-application.pdf", ["clinic drivers"], "volunteer", "en", layout="pdf"),
]

TRAPS = [
    trap("index.html", "hours", ["clinic hours"]),
    trap("index.html", "how_to_apply", ["how to get an appointment"]),
    trap("index.html", "service", ["free blood pressure checks"]),
    trap("index.html", "event", ["health fair"]),
    trap("volunteer.html", "filled", ["front desk greeters"], "WE HAVE ENOUGH ... THROUGH MARCH"),
    trap("volunteer.html", "job", ["medical assistant"], "part-time, compensated"),
    trap("volunteer.html", "filled", ["volunteer dentists"], "schedule is full"),
    trap("supplies.html", "filled", ["crutches and walkers"], "no longer needed"),
    trap("supplies.html", "not_accepted", ["expired medications"]),
    trap("supplies.html", "general_appeal", ["give to the clinic"]),
    trap("board-only/minutes.html", "robots", ["board secretary"]),
    trap("board-only/minutes.html", "robots", ["autoclave"]),
    trap("board-only/minutes.html", "robots", ["volunteer physicians"]),
    trap("newsletter-fall-2025.pdf", "recap", ["1,140 patient visits"]),
    trap("newsletter-fall-2025.pdf", "bio", ["dr. ingrid halvorsen"]),
    trap("newsletter-fall-2025.pdf", "event", ["fall fundraiser dinner"]),
    trap("volunteer-application.pdf", "how_to_apply", ["how to return this application"]),
]
