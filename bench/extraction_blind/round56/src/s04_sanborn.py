"""Site 4: Sanborn Hmong Alliance Church, Sanborn MN. FrontPage-era table layout with <font>, ALL-CAPS
headings and .htm pages. English home (coat closet short-on, plow seeking, bio, hours, sermon teaser),
ALL-CAPS ministry table (NEEDED / WE HAVE ENOUGH / ALL SPOTS FILLED / FULL / PAID), Hmong bulletin
page with needs buried in paragraphs, Hmong PDF bulletin, robots /leaders/."""
from common import need, trap

SLUG = "sanborn-hmong-alliance-church"

def frame(lang, title, body):
    return """<html lang="%s">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="GENERATOR" content="Microsoft FrontPage 5.0">
<title>%s</title>
</head>
<body bgcolor="#FFFFF0" topmargin="0" leftmargin="0" marginwidth="0" marginheight="0">
<table width="760" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="2" bgcolor="#003366" height="70">
 <font face="Arial, Helvetica" color="#FFFFFF" size="5"><b>&nbsp;SANBORN HMONG ALLIANCE CHURCH</b></font><br>
 <font face="Arial" color="#CCCCFF" size="2">&nbsp;&nbsp;Lub Koom Txoos Hmoob Khetos Sanborn &middot; 210 W 2nd St, Sanborn MN 56083 &middot; (507) 555-0173</font>
</td></tr>
<tr>
<td width="150" valign="top" bgcolor="#E6E6CC">
 <table width="100%%" cellpadding="6" cellspacing="0" border="0">
 <tr><td><font face="Verdana" size="2"><a href="index.html">HOME</a></font></td></tr>
 <tr><td><font face="Verdana" size="2"><a href="ministries.htm">MINISTRIES</a></font></td></tr>
 <tr><td><font face="Verdana" size="2"><a href="xov-xwm.htm">XOV XWM (HMOOB)</a></font></td></tr>
 <tr><td><font face="Verdana" size="2"><a href="ntawv-xov-xwm-lub-11-hli.pdf">BULLETIN (PDF)</a></font></td></tr>
 <tr><td><font face="Verdana" size="2"><a href="photos/camp2024.htm">CAMP PHOTOS</a></font></td></tr>
 <tr><td><font face="Verdana" size="1"><a href="leaders/minutes.htm">Leaders only</a></font></td></tr>
 </table>
</td>
<td valign="top" width="610">
<table width="100%%" cellpadding="10" border="0"><tr><td>
%s
</td></tr></table>
</td>
</tr>
<tr><td colspan="2" bgcolor="#003366" align="center"><font face="Arial" size="1" color="#FFFFFF">&copy; 2003-2025 Sanborn Hmong Alliance Church. Best viewed at 800x600.</font></td></tr>
</table>
</body>
</html>
""" % (lang, title, body)

INDEX = frame("en", "SANBORN HMONG ALLIANCE CHURCH - HOME", """
<p align="center"><img src="images/church.jpg" width="400" height="220" alt="church"></p>
<font face="Arial" size="4" color="#800000"><b>WELCOME FROM PASTOR TOU VANG</b></font><br>
<font face="Arial" size="2">Pastor Tou has served our church since 1999. He and his wife Mai Yer have five children and eleven grandchildren. Before coming to Sanborn he worked at the Walnut Grove plant for ten years.</font>
<p>
<font face="Arial" size="4" color="#800000"><b>SUNDAY WORSHIP</b></font><br>
<font face="Arial" size="2">SUNDAY SCHOOL 9:15 AM &middot; WORSHIP 10:30 AM (HMONG WITH ENGLISH SUMMARY) &middot; YOUTH FRIDAY 7 PM</font>
<p>
<font face="Arial" size="4" color="#800000"><b>COAT CLOSET RUNNING LOW</b></font><br>
<font face="Arial" size="2">Our coat closet in the basement is running low on children's sizes 4 to 12 &mdash; boots, snow pants and mittens too. Please leave them in the blue bin by the kitchen door. Adult coats we have plenty of.</font>
<p>
<font face="Arial" size="4" color="#800000"><b>SEEKING A VOLUNTEER WITH A PLOW BLADE</b></font><br>
<font face="Arial" size="2">Our old plowing volunteer moved to Marshall. If you have a pickup with a plow blade and can clear the church lot before 9 AM on snowy Sundays, please call Deacon Cha at (507) 555-0174. We will pay for your gas.</font>
<p>
<font face="Arial" size="4" color="#800000"><b>HMONG NEW YEAR SERVICE</b></font><br>
<font face="Arial" size="2">SUNDAY NOV. 30, 10:30 AM, FOLLOWED BY A MEAL IN THE FELLOWSHIP HALL. ALL ARE WELCOME.</font>
<p>
<font face="Arial" size="4" color="#800000"><b>LATEST SERMON</b></font><br>
<font face="Arial" size="2">&quot;Walking in the Field&quot; &mdash; Ruth 2:1-12 &nbsp;<a href="xov-xwm.htm">read more &gt;&gt;</a></font>
""")

ROW = """<tr>
 <td valign="top" width="190" bgcolor="#F5F5DC"><font face="Verdana" size="2" color="#800000"><b>{role}</b></font></td>
 <td valign="top"><font face="Verdana" size="2">{what}</font></td>
 <td valign="top" width="120" align="center"><font face="Verdana" size="2" color="{col}"><b>{status}</b></font></td>
</tr>"""
rows = [
    dict(role="NURSERY HELPERS", what="SUNDAY 10:15 - 12:00. TWO ADULTS EACH SUNDAY, ROTATING MONTHLY. BACKGROUND CHECK REQUIRED (FREE).", col="#008000", status="NEEDED"),
    dict(role="SUNDAY VAN DRIVER", what="PICK UP ELDERS IN WALNUT GROVE AND LAMBERTON AT 9:30 AM AND BRING THEM HOME AFTER LUNCH. CHURCH VAN, CLEAN DRIVING RECORD.", col="#008000", status="NEEDED"),
    dict(role="KEYBOARD PLAYER FOR PRAISE TEAM", what="MUST READ CHORD CHARTS. PRACTICE THURSDAY 7 PM.", col="#008000", status="NEEDED"),
    dict(role="ENGLISH CLASS TEACHERS (ADULTS)", what="TUESDAY 6:30 - 8 PM. TEACH BEGINNING ENGLISH TO HMONG ELDERS. SOME HMONG HELPFUL BUT NOT REQUIRED.", col="#008000", status="2 NEEDED"),
    dict(role="USHERS", what="WE HAVE ENOUGH USHERS FOR NOW &ndash; THANK YOU!", col="#999999", status="&mdash;"),
    dict(role="YOUTH CAMP COUNSELORS", what="CAMP OAK RIDGE, JULY 14-18.", col="#999999", status="ALL 8 SPOTS FILLED"),
    dict(role="KITCHEN CLEANUP AFTER POTLUCK", what="SIGN-UP SHEET ON THE KITCHEN DOOR.", col="#999999", status="FULL THROUGH MARCH"),
    dict(role="CHURCH SECRETARY", what="PAID PART-TIME POSITION, $16/HR, 15 HRS/WEEK. BULLETIN, PHONES, RECORDS. SEE PASTOR TOU.", col="#000080", status="PAID"),
]
MINISTRIES = frame("en", "SANBORN HMONG ALLIANCE CHURCH - MINISTRIES", """
<font face="Arial" size="5" color="#003366"><b>MINISTRIES &amp; SERVING</b></font><br>
<font face="Arial" size="2">&quot;EACH OF YOU SHOULD USE WHATEVER GIFT YOU HAVE RECEIVED TO SERVE OTHERS.&quot; &mdash; 1 PETER 4:10</font>
<p>
<table width="100%" border="1" bordercolor="#CCCC99" cellpadding="5" cellspacing="0">
<tr bgcolor="#003366"><td><font face="Verdana" size="2" color="#FFFFFF"><b>MINISTRY</b></font></td><td><font face="Verdana" size="2" color="#FFFFFF"><b>DETAILS</b></font></td><td><font face="Verdana" size="2" color="#FFFFFF"><b>STATUS</b></font></td></tr>
""" + "\n".join(ROW.format(**r) for r in rows) + """
</table>
<p><font face="Arial" size="2">TO SIGN UP, TALK TO DEACON CHA AFTER SERVICE OR CALL THE CHURCH OFFICE.</font>
""")

XOVXWM = frame("hmn", "XOV XWM - SANBORN HMONG ALLIANCE CHURCH", """
<font face="Arial" size="5" color="#003366"><b>XOV XWM HAUV LUB KOOM TXOOS &ndash; LUB 10 HLI 2025</b></font>
<p><font face="Times New Roman" size="3">Nyob zoo txhua tus kwv tij viv ncaus hauv Tswv Yexus. Lub caij nplooj zeeg no peb ua tsaug rau Vajtswv rau cov qoob loo uas peb tau sau hauv peb lub vaj. Peb lub chav ua noj lub tub yees qub twb puas lawm thiab tsis txias lawm, yog leej twg muaj ib lub tub yees loj uas tseem siv tau zoo thiab xav pub rau lub koom txoos, thov qhia rau Xib Hwb Txiaj Pov.</font></p>
<p><font face="Times New Roman" size="3">Lub ru tsev ntawm lub tsev teev ntuj xau dej thaum los nag hnyav. Peb xav tau plaub mus rau tsib leeg txiv neej uas txawj ua ru tsev los pab hloov cov shingles hnub Saturday, Lub 10 Hli 18, txij 8 teev sawv ntxov. Lub koom txoos yuav yuav cov khoom thiab npaj su rau nej.</font></p>
<p><font face="Times New Roman" size="3"><b>Tsev neeg Vaj:</b> Txiv Ntxawg Vaj Xeeb tau tas sim neej hnub Tuesday tas los. Kev pam tuag yuav muaj hnub Friday txog hnub Sunday ntawm lub tsev teev ntuj. Tsev neeg xav tau neeg pab ua zaub mov, ntxuav tais diav thiab nqa rooj zaum txhua hnub. Thov sau npe nrog Niam Ntxawg Xyooj los sis hu (507) 555-0175.</font></p>
<p><font face="Times New Roman" size="3">Ua tsaug rau cov niam uas tau xaws cov ntaub pua rooj tshiab rau lub tsev noj mov &mdash; txaus lawm, tsis tas xaws ntxiv lawm.</font></p>
<p><font face="Times New Roman" size="3"><b>Kev sib yuav:</b> Tooj Lis thiab Maiv Nyiaj Xyooj yuav sib yuav hnub Saturday, Lub 11 Hli 1, 11 teev sawv ntxov. Txhua tus raug caw tuaj koom.</font></p>
<p><font face="Times New Roman" size="3">Lub caij ntuj sov no peb cov hluas tau mus tuaj xyuas Thaib teb thiab tau sau tau $3,200 pab ib lub tsev kawm ntawv nyob ntawd. Ua tsaug rau txhua tus uas tau pab.</font></p>
<p><font face="Times New Roman" size="3">Nco ntsoov muab ib feem kaum thiab khoom plig rau Vajtswv txhua hnub Sunday. Lub hnab nyiaj nyob ntawm lub qhov rooj.</font></p>
""")

MINUTES = """<html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>LEADERS MINUTES</title></head>
<body bgcolor="#FFFFFF">
<font face="Arial" size="4"><b>LEADERSHIP MEETING MINUTES &ndash; SEPTEMBER 2025</b></font>
<ol>
<li><font face="Arial" size="2">FURNACE: GET A SECOND QUOTE FOR A NEW FURNACE BEFORE NOVEMBER.</font></li>
<li><font face="Arial" size="2">TREASURER: NEED A REPLACEMENT TREASURER BY JANUARY.</font></li>
<li><font face="Arial" size="2">YOUTH PASTOR SEARCH: POST THE OPENING WITH THE DISTRICT.</font></li>
</ol>
<a href="../index.html">HOME</a>
</body></html>
"""

PAGES = {
    "index.html": INDEX,
    "ministries.htm": MINISTRIES,
    "xov-xwm.htm": XOVXWM,
    "leaders/minutes.htm": MINUTES,
}

ROBOTS = """User-agent: *
Disallow: /leaders/
Disallow: /_vti_bin/
Disallow: /_private/
"""

PDFS = {
    "ntawv-xov-xwm-lub-11-hli.pdf": ("Ntawv xov xwm - Lub 11 Hli 2025", [
        ("title", "LUB KOOM TXOOS HMOOB KHETOS SANBORN - NTAWV XOV XWM LUB 11 HLI 2025"),
        ("h", "Sijhawm teev hawm"),
        ("p", "Hnub Sunday: kawm Vajlugkub 9:15, teev hawm 10:30. Hnub Wednesday: thov Vajtswv 7:00 tsaus ntuj."),
        ("h", "Chav kawm ntawv Hmoob rau menyuam"),
        ("p", "Peb yuav qhib ib chav kawm nyeem thiab sau ntawv Hmoob rau cov menyuam hnub nyoog 7 txog 12 "
              "xyoos, txhua hnub Sunday tav su 1:00 txog 2:30. Peb tseem xav tau ob tug xib fwb uas nyeem "
              "thiab sau tau ntawv Hmoob RPA zoo los qhia. Yog koj xav pab, thov qhia rau Xib Hwb Tub."),
        ("h", "Noj mov ua ke Hnub Ua Tsaug"),
        ("p", "Hnub Thursday, Lub 11 Hli 27, 12 teev su, ntawm lub tsev noj mov. Coj ib yam zaub tuaj faib noj."),
        ("h", "Thov Vajtswv rau"),
        ("p", "Niam Tais Xyooj uas nyob tsev kho mob hauv Marshall; tsev neeg Vaj thaum lawv tu siab."),
    ]),
}

NEEDS = [
    need("index.html", ["coat closet", "children's sizes"], "donation", "en", [], "table_layout_caps",
         "'RUNNING LOW' on children's coats, boots, snow pants"),
    need("index.html", ["plow"], "volunteer", "en", [], "table_layout_caps",
         "'SEEKING' a volunteer with a plow blade; gas paid is not a wage"),
    need("ministries.htm", ["nursery helpers"], "volunteer", "en", [], "table_layout_caps"),
    need("ministries.htm", ["van driver"], "volunteer", "en", [], "table_layout_caps"),
    need("ministries.htm", ["keyboard player"], "skilled", "en", [], "table_layout_caps"),
    need("ministries.htm", ["english class teachers"], "skilled", "en", ["en"], "table_layout_caps"),
    need("xov-xwm.htm", ["tub yees"], "donation", "hmn", [], "newsletter_buried",
         "a big refrigerator, buried in the pastor's opening paragraph"),
    need("xov-xwm.htm", ["ru tsev", "shingles"], "skilled", "hmn", [], "newsletter_buried",
         "men who know roofing; church buys the materials"),
    need("xov-xwm.htm", ["pam tuag", "ntxuav tais diav"], "volunteer", "hmn", [], "story",
         "funeral: cooks, dishwashers, table carriers for the family"),
    need("ntawv-xov-xwm-lub-11-hli.pdf", ["ntawv hmoob", "xib fwb"], "skilled", "hmn", ["hmn"], "pdf",
         "two Hmong (RPA) literacy teachers for children"),
]

TRAPS = [
    trap("index.html", "bio", ["welcome from pastor", "tou vang"]),
    trap("index.html", "hours", ["sunday worship"]),
    trap("index.html", "event", ["hmong new year service"]),
    trap("index.html", "blog", ["latest sermon", "walking in the field"]),
    trap("ministries.htm", "filled", ["ushers"], "WE HAVE ENOUGH USHERS"),
    trap("ministries.htm", "filled", ["youth camp counselors"], "ALL 8 SPOTS FILLED"),
    trap("ministries.htm", "filled", ["kitchen cleanup"], "FULL THROUGH MARCH"),
    trap("ministries.htm", "job", ["church secretary"], "PAID"),
    trap("xov-xwm.htm", "filled", ["ntaub pua rooj"], "'txaus lawm'"),
    trap("xov-xwm.htm", "event", ["kev sib yuav"]),
    trap("xov-xwm.htm", "recap", ["$3,200"]),
    trap("xov-xwm.htm", "general_appeal", ["ib feem kaum"]),
    trap("ntawv-xov-xwm-lub-11-hli.pdf", "hours", ["sijhawm teev hawm"]),
    trap("ntawv-xov-xwm-lub-11-hli.pdf", "event", ["noj mov ua ke"]),
    trap("leaders/minutes.htm", "robots", ["furnace"]),
    trap("leaders/minutes.htm", "robots", ["treasurer"]),
    trap("leaders/minutes.htm", "robots", ["youth pastor"]),
]
