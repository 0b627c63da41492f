"""Site 10: Hancock Prairie Free Clinic. Dreamweaver nested tables, spacer gifs, ALL CAPS; a <dl> of
roles; supplies page; Somali page; English PDF newsletter with buried asks."""
from common import N, T

SLUG = "hancock-prairie-free-clinic"

_HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="{lang}">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{title}</title>
<link href="/clinic.css" rel="stylesheet" type="text/css" />
<script type="text/javascript">
function MM_swapImgRestore() {{ var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }}
</script>
</head>
<body>
<table width="780" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td colspan="3" bgcolor="#2b5f75"><img src="/images/header.jpg" width="780" height="90" alt="Hancock Prairie Free Clinic" /></td>
  </tr>
  <tr>
    <td colspan="3" class="navbar"><a href="/index.html">HOME</a> &nbsp;|&nbsp; <a href="/volunteers.html">VOLUNTEER</a> &nbsp;|&nbsp; <a href="/supplies.html">SUPPLIES</a> &nbsp;|&nbsp; <a href="/soomaali.html">SOOMAALI</a> &nbsp;|&nbsp; <a href="/clinic-notes-spring.pdf">CLINIC NOTES</a></td>
  </tr>
  <tr>
    <td width="10"><img src="/images/spacer.gif" width="10" height="1" alt="" /></td>
    <td width="760" valign="top">
      <table width="100%" border="0" cellspacing="0" cellpadding="6"><tr><td class="bodytext">
"""

_FOOT = """      </td></tr></table>
    </td>
    <td width="10"><img src="/images/spacer.gif" width="10" height="1" alt="" /></td>
  </tr>
  <tr>
    <td colspan="3" class="footer">HANCOCK PRAIRIE FREE CLINIC &middot; 402 6TH ST, HANCOCK, MN 56244 &middot; (320) 555-0105 &middot; clinic@hancockprairieclinic.org<br />
    <a href="/providers-only/">Providers</a> &middot; <a href="/docs/sliding-fee-scale.html">Fee information</a></td>
  </tr>
</table>
</body>
</html>
"""


def _page(title, body, lang="en"):
    return _HEAD.format(title=title, lang=lang) + body + _FOOT


INDEX = _page("Hancock Prairie Free Clinic", """
<table width="100%" border="0" cellpadding="4">
<tr>
<td width="60%" valign="top">
<p class="caps"><strong>WELCOME</strong></p>
<p>We are a volunteer-run free clinic for adults and children without insurance in Stevens, Pope and Swift counties.</p>
<p class="caps"><strong>CLINIC HOURS</strong></p>
<p>Tuesday 5:00&ndash;8:00 pm<br />Thursday 1:00&ndash;5:00 pm</p>
<p class="caps"><strong>SERVICES WE OFFER</strong></p>
<p>Free primary care, diabetes education, blood pressure checks and sports physicals.</p>
<p class="caps"><strong>HOW TO BECOME A PATIENT</strong></p>
<p>Call (320) 555-0105 and leave a message. No insurance needed, and we never ask about immigration status.</p>
</td>
<td width="40%" valign="top" bgcolor="#eef4f6">
<p class="caps"><strong>MEET DR. INGRID SOLBERG</strong></p>
<p>Our medical director (a volunteer) practiced family medicine in Morris for 31 years.</p>
<p class="caps"><strong>FLU SHOT CLINIC</strong></p>
<p>Tuesday, October 14, 4&ndash;7 pm. Free for everyone over 6 months.</p>
<p class="caps"><strong>BECOME A FRIEND OF THE CLINIC</strong></p>
<p>$50 a year keeps the lights on.</p>
</td>
</tr>
</table>
""")

VOLUNTEERS = _page("Volunteer - Hancock Prairie Free Clinic", """
<p class="caps"><strong>VOLUNTEER AT THE CLINIC</strong></p>
<p>Volunteer orientation: second Monday of each month, 6 pm. Call to reserve a seat.</p>
<table width="100%" border="1" cellpadding="6" cellspacing="0" bordercolor="#cccccc"><tr><td>
<dl>
  <dt><strong>Licensed nurse (RN or LPN) &mdash; Tuesday evening clinic</strong></dt>
  <dd>Triage and vitals, 5&ndash;8 pm. Active Minnesota license required.</dd>
  <dt><strong>Somali medical interpreter</strong></dt>
  <dd>Thursday afternoons. Fluent Somali and English; we provide medical-terminology training.</dd>
  <dt><strong>Pharmacy runner</strong></dt>
  <dd>Pick up prescriptions at the Morris pharmacy and bring them to the clinic, Thursdays at noon. Your own car.</dd>
  <dt><strong>Front desk receptionist</strong></dt>
  <dd><font color="#999999">This position has been filled. Thank you!</font></dd>
  <dt><strong>Diabetes educator</strong></dt>
  <dd>A CDCES, or an RN with diabetes experience, to lead our monthly group class.</dd>
  <dt><strong>Medical Director (paid, 0.2 FTE)</strong></dt>
  <dd>Starting January, when Dr. Solberg retires. Contact the board chair.</dd>
</dl>
</td></tr></table>
<p class="caps"><font color="#990000"><strong>WE NO LONGER ACCEPT DONATED MEDICATIONS, EVEN UNOPENED.</strong></font></p>
""")

SUPPLIES = _page("Supplies - Hancock Prairie Free Clinic", """
<table width="100%" border="0" cellpadding="6">
<tr><td bgcolor="#2b5f75"><font color="#ffffff"><strong>ITEMS NEEDED</strong></font></td></tr>
<tr><td>
EXAM GLOVES (M/L)<br />
ALCOHOL PREP PADS<br />
GAUZE AND BAND-AIDS<br />
GLUCOSE TEST STRIPS (ONETOUCH)<br />
</td></tr>
<tr><td bgcolor="#2b5f75"><font color="#ffffff"><strong>ALSO SEEKING</strong></font></td></tr>
<tr><td>A DONATED LAPTOP FOR PATIENT CHECK-IN (WINDOWS 10 OR NEWER).</td></tr>
<tr><td bgcolor="#999999"><font color="#ffffff"><strong>WE HAVE PLENTY OF</strong></font></td></tr>
<tr><td>CRUTCHES, WALKERS AND CANES. PLEASE DO NOT BRING MORE.</td></tr>
<tr><td><em>Donation drop-off: during clinic hours only.</em></td></tr>
<tr><td><em>2024: 1,150 PATIENT VISITS, ALL FREE. THANK YOU.</em></td></tr>
</table>
""")

SOOMAALI = _page("Rugta Caafimaadka - Soomaali", """
<p class="caps"><strong>RUGTA CAAFIMAADKA BILAASHKA AH EE HANCOCK PRAIRIE</strong></p>
<p><strong>Saacadaha rugta:</strong> Talaadada 5:00&ndash;8:00 fiidnimo, Khamiista 1:00&ndash;5:00 galabnimo.</p>
<p><strong>Sida loo qabsado ballan:</strong> wac (320) 555-0105. Caymis looma baahna.</p>
<p><strong>Adeegyada:</strong> daryeelka caafimaadka guud, waxbarashada sonkorowga iyo cabbirka dhiig-karka.</p>
<p class="caps"><strong>WAXAAN U BAAHANNAHAY</strong></p>
<p>Waxaan raadinaynaa haween Soomaali ah oo naga caawiya fasalka sonkorowga (diabetes) bil kasta. Waxaad hooyooyinka u sharraxaysaa cuntada iyo daawada.</p>
<p>Darawallo: bukaanada aan baabuur haysan u keena rugta maalinta Khamiista.</p>
<p><font color="#999999">Turjumaanada Talaadada: waan helnay kuwo ku filan. Mahadsanid!</font></p>
""", lang="so")

PROVIDERS = _page("Providers only", """
<p class="caps"><strong>PROVIDERS ONLY &mdash; SCHEDULE GAPS</strong></p>
<ul>
<li>We need a physician for June 10 (Dr. Solberg away).</li>
<li>Dental hygienist for the fall screening day.</li>
<li>Ask the hospital for a donated otoscope.</li>
</ul>
""")

PAGES = {
    "index.html": INDEX,
    "volunteers.html": VOLUNTEERS,
    "supplies.html": SUPPLIES,
    "soomaali.html": SOOMAALI,
    "providers-only/index.html": PROVIDERS,
}

ROBOTS = """User-agent: *
Disallow: /providers-only/
Disallow: /cgi-bin/
"""

PDFS = {
    "clinic-notes-spring.pdf": ("Clinic Notes - Spring 2025", [
        ("title", "CLINIC NOTES - SPRING 2025"),
        ("p", "Hancock Prairie Free Clinic"),
        ("gap", ""),
        ("h", "THANK YOU"),
        ("p", "42 volunteers gave 3,100 hours last year. We could not open the doors without you."),
        ("h", "HEALTH FAIR"),
        ("p", "Saturday, May 17, 9 am to noon, Hancock school gym. Free screenings and a bike helmet for every child."),
        ("h", "NOTES FROM THE BOARD"),
        ("p", "More Spanish-speaking families are coming to the clinic, but our patient forms are only in English "
              "and Somali. We need someone who can translate them into Spanish - about 12 pages. We are also "
              "looking for a volunteer gardener to plant and weed the herb garden behind the clinic this summer."),
    ]),
}

NEEDS = [
    N("volunteers.html", ["licensed nurse"], "skilled", "en", layout="definition_list"),
    N("volunteers.html", ["somali medical interpreter"], "skilled", "en", ["so", "en"], layout="definition_list"),
    N("volunteers.html", ["pharmacy runner"], "volunteer", "en", layout="definition_list"),
    N("volunteers.html", ["diabetes educator"], "skilled", "en", layout="definition_list"),
    N("supplies.html", ["items needed", "exam gloves", "glucose test strips"], "donation", "en",
      layout="table_layout_caps", note="caps list in a table cell with <br> lines = one need"),
    N("supplies.html", ["donated laptop"], "donation", "en", layout="table_layout_caps"),
    N("soomaali.html", ["fasalka sonkorowga"], "volunteer", "so", ["so"], layout="seeking",
      note="'Waxaan raadinaynaa' = we are seeking; Somali women to help the diabetes class"),
    N("soomaali.html", ["bukaanada aan baabuur haysan", "darawallo"], "volunteer", "so", layout="heading_paragraph"),
    N("clinic-notes-spring.pdf", ["translate them into spanish"], "skilled", "en", ["es", "en"], layout="pdf"),
    N("clinic-notes-spring.pdf", ["volunteer gardener", "herb garden"], "volunteer", "en", layout="pdf"),
]

TRAPS = [
    T("index.html", "hours", ["clinic hours"]),
    T("index.html", "service", ["services we offer", "sports physicals"]),
    T("index.html", "how_to_apply", ["how to become a patient"]),
    T("index.html", "bio", ["meet dr. ingrid solberg"]),
    T("index.html", "event", ["flu shot clinic"]),
    T("index.html", "general_appeal", ["friend of the clinic"]),
    T("volunteers.html", "event", ["volunteer orientation"]),
    T("volunteers.html", "filled", ["front desk receptionist"]),
    T("volunteers.html", "job", ["medical director"], note="paid 0.2 FTE"),
    T("volunteers.html", "not_accepted", ["donated medications"]),
    T("supplies.html", "filled", ["we have plenty of", "crutches"]),
    T("supplies.html", "hours", ["donation drop-off"]),
    T("supplies.html", "recap", ["1,150 patient visits"]),
    T("soomaali.html", "hours", ["saacadaha rugta"]),
    T("soomaali.html", "how_to_apply", ["sida loo qabsado ballan"]),
    T("soomaali.html", "service", ["daryeelka caafimaadka guud"]),
    T("soomaali.html", "filled", ["turjumaanada talaadada"], note="'waan helnay kuwo ku filan' = we found enough"),
    T("clinic-notes-spring.pdf", "recap", ["3,100 hours"]),
    T("clinic-notes-spring.pdf", "event", ["health fair"]),
    T("providers-only/index.html", "robots", ["physician for june 10"]),
    T("providers-only/index.html", "robots", ["dental hygienist"]),
    T("providers-only/index.html", "robots", ["otoscope"]),
]
