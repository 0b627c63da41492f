"""Floodwood Area Food Shelf & Mutual Aid (Floodwood, MN). Hand-coded 2000s site: <center>, ALL CAPS,
.htm pages, a mutual-aid request board, and a page with Oromo and Amharic sections.
Robots: `*` group only disallows /cgi-bin/ (nothing there). No robots trap on this site."""
from common import N, T

SLUG = "floodwood-area-food-shelf"
TOWN = "floodwood"


def shell(title, body, lang="en"):
    return """<html lang="%s">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>%s</title>
</head>
<body bgcolor="#FFFFFF" text="#000000" link="#0000CC" vlink="#660099">
<center>
<font face="Arial Black" size="5" color="#8B0000">FLOODWOOD AREA FOOD SHELF</font><br>
<font face="Arial" size="2"><b>&amp; MUTUAL AID NETWORK</b></font><br>
<font face="Arial" size="2">[ <a href="index.html">HOME</a> | <a href="volunteer.htm">VOLUNTEER</a> | <a href="requests.htm">NEIGHBOR REQUESTS</a> | <a href="languages.html">OTHER LANGUAGES</a> ]</font>
<hr width="80%%" noshade>
</center>
<table width="760" align="center" cellpadding="8"><tr><td>
<font face="Arial" size="2">
%s
</font>
</td></tr></table>
<center><hr width="80%%" noshade>
<font face="Arial" size="1">Floodwood Area Food Shelf &middot; 107 W 8th Ave (church basement), Floodwood, MN &middot; 218-555-0183 &middot; floodwoodfoodshelf@fwfood.example<br>
<a href="thanksgiving-2025.pdf">Thanksgiving flyer</a> | <a href="annual-report-2024.pdf">2024 annual report</a><br>
Last updated 10/06/2025</font></center>
</body>
</html>
""" % (lang, title, body)


INDEX = shell("Floodwood Area Food Shelf", """
<p align="center"><b>SERVING FLOODWOOD, WRIGHT, MEADOWLANDS AND SWAN LAKE SINCE 1988</b></p>

<p><font color="#8B0000"><b>HOURS</b></font><br>
TUESDAY 1:00 - 6:00 PM<br>
THURSDAY 9:00 AM - 12:00 NOON<br>
FIRST SATURDAY OF THE MONTH 9:00 - 11:00 AM</p>

<p><font color="#8B0000"><b>WHO CAN USE THE FOOD SHELF?</b></font><br>
ANYONE WHO LIVES IN THE FLOODWOOD SCHOOL DISTRICT. Bring something with your address on it once a year. No income questions.</p>

<p><font color="#8B0000"><b>WE ARE SHORT ON:</b></font></p>
<ul>
<li>PEANUT BUTTER</li>
<li>CANNED FRUIT</li>
<li>CEREAL</li>
<li>CANNED SOUP (CHUNKY KIND)</li>
</ul>
<p>Donations can go in the red bin inside the church door any day.</p>

<p><font color="#8B0000"><b>WE DO NOT ACCEPT:</b></font> HOME-CANNED FOOD, OPENED PACKAGES, EXPIRED BABY FOOD, DENTED CANS WITH BULGES.</p>

<p><font color="#8B0000"><b>WE HAVE ENOUGH ZUCCHINI!</b></font><br>
Thank you gardeners. We have more zucchini than we can hand out. Please hold your zucchini until next week.</p>

<p><a href="volunteer.htm">Click here to volunteer</a> &middot; <a href="newsletter-2019.html">Old newsletters</a></p>
""")

VOLUNTEER = shell("Volunteer - Floodwood Area Food Shelf", """
<p><font color="#8B0000"><b>VOLUNTEER SCHEDULE - THIS WEEK</b></font><br>
Call Marlys at 218-555-0184 to sign up. Same schedule every week unless posted.</p>

<table border="1" cellpadding="4" cellspacing="0" width="100%">
<tr bgcolor="#EEEEEE"><th>JOB</th><th>MON</th><th>TUE</th><th>WED</th><th>THU</th><th>FRI</th><th>SAT</th></tr>
<tr><td>TRUCK UNLOADING (Second Harvest truck)</td><td>&nbsp;</td><td>10 AM<br><b>2 NEEDED</b></td><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td></tr>
<tr><td>SORTING DONATIONS</td><td>&nbsp;</td><td>&nbsp;</td><td>1 PM<br>FULL</td><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td></tr>
<tr><td>TUESDAY DISTRIBUTION</td><td>&nbsp;</td><td>1 - 6 PM<br><b>2 NEEDED</b></td><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td></tr>
<tr><td>THURSDAY DISTRIBUTION</td><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td><td>9 - 12<br>FULL</td><td>&nbsp;</td><td>&nbsp;</td></tr>
<tr><td>MUTUAL AID DELIVERY DRIVERS (own car)</td><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td><td>9 AM<br><b>3 NEEDED</b></td></tr>
</table>

<p><font color="#8B0000"><b>COORDINATOR POSITION</b></font><br>
Our paid coordinator job (15 hrs/week) was filled in August. Welcome, Renee!</p>

<p><font color="#8B0000"><b>ANNUAL MEETING</b></font><br>
Wednesday, January 14, 6:30 PM, church fellowship hall. Pie and coffee. All volunteers and clients welcome.</p>
""")

REQUESTS = shell("Neighbor Requests", """
<p><font color="#8B0000"><b>NEIGHBOR REQUESTS</b></font><br>
Neighbors helping neighbors. Call or text 218-555-0185 with the request number. We never post last names.</p>

<table border="1" cellpadding="6" cellspacing="0" width="100%">
<tr><td width="90"><b>OPEN</b></td><td><b>#88 - Rides to Duluth for dialysis.</b> Mon/Wed/Fri, leave 6:30 AM, back by noon. Gas card provided. Need 2 or 3 drivers to share the week.</td></tr>
<tr><td><b>OPEN</b></td><td><b>#90 - Firewood for an elderly couple.</b> They heat with a wood stove on Hwy 2 and have about two weeks of wood left. Split, dry firewood, any amount. We can help haul.</td></tr>
<tr><td>FILLED</td><td><s>#85 - Snow tires, 16 inch.</s> Found! Thanks Gary.</td></tr>
<tr><td><b>OPEN</b></td><td><b>#91 - Leaking roof before winter.</b> A single mom&#39;s trailer roof leaks over the kids&#39; room. Need someone who knows roofing to patch it. Materials paid for by the network.</td></tr>
<tr><td>OFFER</td><td><b>#89 - Free kittens.</b> Three kittens to good homes, litter trained.</td></tr>
<tr><td>CLOSED</td><td>#84 - Space heater. No longer needed, heat is fixed.</td></tr>
<tr><td>OFFER</td><td><b>#92 - Free haircuts for kids.</b> Retired barber, Saturdays at the church.</td></tr>
</table>
""")

LANGS = shell("Other languages", """
<p>We serve everyone. Some of our newest neighbors speak Afaan Oromoo or Amharic. This page is for them.</p>

<div lang="om">
<p><font color="#8B0000"><b>KUUSAA NYAATAA FLOODWOOD</b></font></p>
<p><b>Nyaata bilisaa</b><br>
Nyaanni bilisaan Kibxata sa'aatii 1:00 hanga 6:00 fi Kamiisa 9:00 hanga 12:00 kennama. Namni kamiyyuu dhufuu danda'a.</p>
<p><b>Hiiktota Afaan Oromoo ni barbaanna</b><br>
Maatiin Oromoo hedduun Kibxata dhufu. Guyyaa raabsaa Kibxataa, namoota Afaan Oromoo fi Ingiliffaa beekan, hiiktota
ta'anii nu gargaaran barbaanna.</p>
</div>

<div lang="am">
<p><font color="#8B0000"><b>የፍላድዉድ የምግብ ባንክ</b></font></p>
<p><b>ነጻ ምግብ</b><br>
ነጻ ምግብ በየማክሰኞ ከቀኑ 7 ሰዓት እስከ 12 ሰዓት ይሰጣል። ማንኛውም ሰው መምጣት ይችላል።</p>
<p><b>የአማርኛ አስተርጓሚዎች እንፈልጋለን</b><br>
በማክሰኞ የምግብ ማከፋፈያ ቀን አማርኛና እንግሊዝኛ የሚናገሩ አስተርጓሚዎች ያስፈልጉናል። ለመርዳት 218-555-0184 ይደውሉ።</p>
</div>
""")

PAGES = {
    "index.html": INDEX,
    "volunteer.htm": VOLUNTEER,
    "requests.htm": REQUESTS,
    "languages.html": LANGS,
}

ROBOTS = """User-agent: *
Disallow: /cgi-bin/
"""

PDFS = {
    "thanksgiving-2025.pdf": ("Thanksgiving 2025", [
        ("title", "THANKSGIVING BOXES 2025 - FLOODWOOD AREA FOOD SHELF"),
        ("p", "Last year we packed 96 Thanksgiving boxes. This year 120 families have already asked."),
        ("h", "WE NEED FROZEN TURKEYS"),
        ("p", "Frozen turkeys, 10 to 14 pounds. We need 120 and have 31. Bring them to the church freezer."),
        ("h", "TURKEY DROP-OFF HOURS"),
        ("p", "Monday through Saturday, November 17 to 22, 9:00 AM to 4:00 PM. Ring the bell at the side door."),
        ("h", "HANDING OUT THE BOXES"),
        ("p", "We need volunteers to hand out Thanksgiving boxes on Tuesday, November 25, from 11:00 AM to 6:00 PM. "
              "Call Marlys at 218-555-0184."),
        ("h", "FAMILIES: HOW TO GET A BOX"),
        ("p", "Call 218-555-0183 by November 18 to put your name on the list. Pick up on November 25."),
    ], {"lang": "en"}),
    "annual-report-2024.pdf": ("Floodwood Area Food Shelf Annual Report 2024", [
        ("title", "Floodwood Area Food Shelf - Annual Report 2024"),
        ("h", "Our year"),
        ("p", "In 2024 we served 412 households, gave out 148,000 pounds of food and answered 63 neighbor requests."),
        ("h", "Board of directors"),
        ("p", "Marlys Hanson, chair. Dale Koski, treasurer. Pastor Ruth Aho. Jim Lind. Kelly Niemi."),
        ("h", "From the chair"),
        ("p", "After eleven years, Dale Koski will step down as treasurer at the annual meeting. We need a volunteer "
              "treasurer who is comfortable with spreadsheets and can meet with the bank twice a month. Please call me "
              "if you can take this on. - Marlys"),
        ("h", "Donors of $500 and more"),
        ("p", "Floodwood Lions, St. Louis County Fair Board, Aho Logging, First Lutheran Church, the Niemi family."),
        ("h", "Planned giving"),
        ("p", "Please consider remembering the food shelf in your will."),
    ], {"lang": "en"}),
}

NEEDS = [
    N("index.html", ["peanut butter", "canned fruit", "cereal"], "donation", "en", [], "short_on",
      "ALL CAPS 'WE ARE SHORT ON:' list = one need"),
    N("volunteer.htm", ["truck unloading"], "volunteer", "en", [], "weekly_calendar", "2 NEEDED"),
    N("volunteer.htm", ["tuesday distribution"], "volunteer", "en", [], "weekly_calendar", "2 NEEDED"),
    N("volunteer.htm", ["delivery drivers", "mutual aid delivery"], "volunteer", "en", [], "weekly_calendar", "3 NEEDED"),
    N("requests.htm", ["rides to duluth", "dialysis"], "volunteer", "en", [], "request_cards", "OPEN; gas card is not pay"),
    N("requests.htm", ["firewood"], "donation", "en", [], "request_cards", "OPEN"),
    N("requests.htm", ["leaking roof", "roofing"], "skilled", "en", [], "request_cards", "OPEN; materials paid"),
    N("languages.html", ["hiiktota afaan oromoo"], "skilled", "om", ["om", "en"], "multilingual_section",
      "Oromo section (div lang=om) of an English page"),
    N("languages.html", ["የአማርኛ አስተርጓሚዎች", "አስተርጓሚዎች"], "skilled", "am", ["am", "en"], "multilingual_section",
      "Amharic section (div lang=am)"),
    N("thanksgiving-2025.pdf", ["frozen turkeys"], "donation", "en", [], "pdf"),
    N("thanksgiving-2025.pdf", ["hand out thanksgiving boxes", "handing out the boxes"], "volunteer", "en", [], "pdf"),
    N("annual-report-2024.pdf", ["volunteer treasurer"], "skilled", "en", [], "pdf",
      "buried in the chair's letter of the annual report"),
]

TRAPS = [
    T("index.html", "hours", ["hours", "first saturday of the month"]),
    T("index.html", "how_to_apply", ["who can use the food shelf"]),
    T("index.html", "not_accepted", ["we do not accept", "home-canned food"]),
    T("index.html", "overstock", ["enough zucchini"]),
    T("index.html", "teaser", ["click here to volunteer"]),
    T("volunteer.htm", "filled", ["sorting donations"], "FULL"),
    T("volunteer.htm", "filled", ["thursday distribution"], "FULL"),
    T("volunteer.htm", "job", ["coordinator position", "paid coordinator"], "paid job, also already filled"),
    T("volunteer.htm", "event", ["annual meeting", "pie and coffee"]),
    T("requests.htm", "filled", ["snow tires"], "FILLED, struck through"),
    T("requests.htm", "offer", ["free kittens"]),
    T("requests.htm", "filled", ["space heater"], "CLOSED, no longer needed"),
    T("requests.htm", "offer", ["free haircuts for kids"]),
    T("languages.html", "service", ["nyaata bilisaa"]),
    T("languages.html", "service", ["ነጻ ምግብ"]),
    T("thanksgiving-2025.pdf", "hours", ["turkey drop-off hours"]),
    T("thanksgiving-2025.pdf", "how_to_apply", ["how to get a box"]),
    T("thanksgiving-2025.pdf", "recap", ["96 thanksgiving boxes"]),
    T("annual-report-2024.pdf", "recap", ["412 households", "148,000 pounds"]),
    T("annual-report-2024.pdf", "bio", ["board of directors"]),
    T("annual-report-2024.pdf", "donor_list", ["donors of $500 and more", "floodwood lions"]),
    T("annual-report-2024.pdf", "general_appeal", ["planned giving", "in your will"]),
]
