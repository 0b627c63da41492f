"""Site 3: a Hmong Saturday language and culture school in Goodview (en + hmn, Hmong PDF checklist form)."""
from common import N, T

SLUG = "goodview-hmong-saturday-school"
ROBOTS = "User-agent: GPTBot\nDisallow: /\n\nUser-agent: *\nDisallow:\n"

def head(lang, title):
    return """<!DOCTYPE html>
<html lang="%s">
<head>
<meta charset="utf-8">
<title>%s</title>
<link rel="stylesheet" href="/style.css">
</head>
<body>
<div id="wrap">
<div id="banner"><img src="/img/paj-ntaub-border.png" alt="paj ntaub border"><span class="site-name">Goodview Hmong Saturday School &middot; Tsev Kawm Ntawv Hmoob Hnub Rau</span></div>
<ul id="menu">
 <li><a href="/index.html">Home</a></li>
 <li><a href="/volunteer.html">Volunteer</a></li>
 <li><a href="/supplies.html">Supply Closet</a></li>
 <li><a href="/enroll.html">Enroll</a></li>
 <li><a href="/hmn/index.html">Hmoob</a></li>
</ul>
<div id="content">
""" % (lang, title)

FOOT = """
</div>
<div id="footer">Goodview Hmong Saturday School &middot; meets at Goodview Elementary, 5100 W 9th St, Goodview MN &middot;
507-555-0161 &middot; <a href="mailto:hmongschool@example.org">hmongschool@example.org</a></div>
</div>
</body>
</html>
"""

PAGES = {}

PAGES["index.html"] = head("en", "Goodview Hmong Saturday School") + """
<h1>Goodview Hmong Saturday School</h1>
<p>Since 2011 we have taught Hmong reading and writing, paj ntaub, qeej and traditional dance to children ages 4&ndash;17
from Winona, Goodview, Stockton and La Crescent. Classes are run by parents and volunteers.</p>

<h2>Fall session</h2>
<p>Saturdays, September 13 &ndash; December 13, 9:00 am &ndash; 12:00 noon.</p>

<h2>Hmong New Year</h2>
<p>Our students will perform at the Winona Hmong New Year on November 15 at the Winona State University gym. Come cheer!</p>

<h2>Our teachers</h2>
<ul>
 <li>Tooj Yaj &mdash; director, Hmong reading</li>
 <li>Maiv Lis &mdash; paj ntaub</li>
 <li>Xeev Vaj &mdash; qeej</li>
 <li>Paj Huab Thoj &mdash; dance</li>
</ul>

<div class="donate-box">
 <h3>Give a child their mother tongue</h3>
 <p>$40 covers one child&rsquo;s books for a whole year. <a href="https://www.paypal.example.com/goodviewhmong">Donate</a></p>
</div>

<p class="photos">Photos: <a href="/photos/2024-recital.html">2024 spring recital</a></p>
""" + FOOT

PAGES["volunteer.html"] = head("en", "Volunteer | Goodview Hmong Saturday School") + """
<h1>Volunteer with us</h1>
<p>Everything on Saturday is run by volunteers. Here is what we are looking for this fall. You can also print the
<a href="/daim-ntawv-pab-dawb.pdf">Hmong-language volunteer form (PDF)</a>.</p>

<article class="role">
 <header><span class="tag open">Open</span> <h2>Paj Ntaub Mentor</h2></header>
 <p>Teach our older students the reverse appliqu&eacute; and cross-stitch of paj ntaub, 10:00&ndash;11:30. You must
 know the stitches well; speaking Hmong is a plus.</p>
</article>

<article class="role">
 <header><span class="tag open">Open</span> <h2><a href="#aides">Classroom Aide</a>, Ages 4&ndash;6</h2></header>
 <p id="aides">Help our youngest class with crayons, songs, snack and bathroom trips. Two aides needed every Saturday.</p>
</article>

<article class="role">
 <header><span class="tag open">Open</span> <h2>Someone to fix our website</h2></header>
 <p>This site was built by a parent in 2016 and it shows. If you know WordPress or simple HTML, we would love a
 few hours of help to update it and make it work on phones.</p>
</article>

<article class="role filled">
 <header><span class="tag">Filled</span> <h2>Dance Coach</h2></header>
 <p>Position filled for 2025 &mdash; thank you, Paj Huab!</p>
</article>

<article class="role paid">
 <header><span class="tag">Paid</span> <h2>Weekend Site Manager</h2></header>
 <p>$22/hour, about 5 hours each Saturday. Opens and closes the building, handles attendance. Apply to the board by email.</p>
</article>

<p class="note">All adults who work with children complete a free background check through Winona Area Public Schools
before their first Saturday.</p>
""" + FOOT

PAGES["supplies.html"] = head("en", "Supply Closet | Goodview Hmong Saturday School") + """
<h1>Supply Closet</h1>
<p>We keep a running count of what the classrooms need. If the &ldquo;Still need&rdquo; number is more than zero,
we would love your help.</p>

<table class="supplies" border="1" cellpadding="4">
 <tr><th>Item</th><th>We have</th><th>Still need</th></tr>
 <tr><td>Wide-ruled notebooks</td><td>40</td><td>25</td></tr>
 <tr><td>Embroidery thread (DMC, any color)</td><td>30 skeins</td><td>100 skeins</td></tr>
 <tr><td>Embroidery hoops, 6 inch</td><td>12</td><td>20</td></tr>
 <tr><td>Hmong&ndash;English picture dictionaries</td><td>3</td><td>10</td></tr>
 <tr><td>Pencils</td><td>150</td><td>50</td></tr>
</table>

<p><b>We have plenty of glue sticks and crayons</b> &mdash; please don&rsquo;t send more this year!</p>

<h2>Also looking for</h2>
<p>A used laptop (Windows or Chromebook, under 6 years old) for the front desk, so we can take attendance and print name tags.</p>

<h2>Drop off supplies</h2>
<p>Saturdays 8:30&ndash;9:00 am at the front office, or leave them with any teacher.</p>

<p class="thanks">Thank you to the Winona Rotary Club, who gave us 50 backpacks last spring.</p>
""" + FOOT

PAGES["enroll.html"] = head("en", "Enroll | Goodview Hmong Saturday School") + """
<h1>How to enroll</h1>
<p>Fill out one form per child and bring it to registration night with the fee.</p>
<h2>Registration night</h2>
<p>Thursday, September 4, 6&ndash;8 pm, Goodview Elementary cafeteria. Meet the teachers and pick up books.</p>
<h2>Fees</h2>
<p>$60 per child per session; $100 for two or more children. We use a sliding-scale fee &mdash; no child is turned away.</p>
<h2>Bus passes</h2>
<p>Families without a car can ask for free Winona transit passes at registration.</p>
""" + FOOT

PAGES["hmn/index.html"] = head("hmn", "Tsev Kawm Ntawv Hmoob Hnub Rau - Goodview") + """
<h1>Tsev Kawm Ntawv Hmoob Hnub Rau &ndash; Goodview</h1>
<p>Kev kawm ntawv Hmoob yog pub dawb rau txhua tus menyuam uas tsis muaj nyiaj them.</p>

<h2>Tsab ntawv los ntawm tus thawj coj</h2>
<p>Nyob zoo cov niam txiv thiab cov phooj ywg,</p>
<p>Xyoo no peb muaj 64 tus menyuam tuaj kawm ntawv Hmoob, coob tshaj plaws txij thaum peb pib. Yog li ntawd peb
tseem xav tau kev pab li no:</p>
<ol>
 <li><strong>Xib fwb qhia nyeem ntawv Hmoob</strong> rau pawg menyuam 9&ndash;12 xyoos. Koj yuav tsum nyeem thiab sau
 tau lus Hmoob zoo. Hnub Rau 9:00&ndash;11:00.</li>
 <li><strong>Neeg tsav tsheb</strong> coj cov menyuam hauv Winona tuaj kawm ntawv thiab xa lawv rov qab mus tsev.</li>
 <li><strong>Khoom noj txom ncauj</strong> rau tav su: txiv hmab txiv ntoo, ncuav qab zib thiab dej haus.</li>
 <li><s>Xib fwb qhia qeej</s> &mdash; Peb twb tau ib tug xib fwb qhia qeej lawm. Ua tsaug ntau!</li>
</ol>
<p>Yog koj pab tau, thov hu rau Niam Npis ntawm 507-555-0163.</p>
<p>Ua tsaug,<br>Xib Fwb Tooj Yaj</p>

<h2>Noj Peb Caug</h2>
<p>Peb cov menyuam yuav seev cev ntawm Noj Peb Caug Winona, hnub tim 15 lub Kaum Ib Hlis. Thov tuaj saib!</p>
""" + FOOT

PDFS = {
    "daim-ntawv-pab-dawb.pdf": ("Daim Ntawv Sau Npe Ua Neeg Pab Dawb", [
        ("title", "DAIM NTAWV SAU NPE UA NEEG PAB DAWB"),
        ("p", "Tsev Kawm Ntawv Hmoob Hnub Rau - Goodview. Xyoo kawm ntawv 2025-2026."),
        ("gap", ""),
        ("p", "Npe: ____________________   Xov tooj: ____________________"),
        ("h", "Koj xav pab dab tsi? (kos ib yam lossis ntau yam)"),
        ("p", "[  ] Neeg txhais lus rau hmo sib tham nrog niam txiv (Hmoob - Askiv). Peb xav tau 2 leeg, "
              "hnub Thursday 20 lub Kaum Ib Hlis."),
        ("p", "[  ] Neeg pab ntxuav chav kawm tom qab kawm ntawv tas, 12:00 - 12:30, hnub Rau."),
        ("p", "[  ] Neeg pab ua noj rau hnub kawm kawg - TSIS XAV TAU LAWM, peb muaj neeg txaus lawm. Ua tsaug!"),
        ("h", "Xa daim ntawv no rov qab"),
        ("p", "Muab daim ntawv no rau koj tus menyuam tus xib fwb lossis xa email rau hmongschool@example.org."),
    ]),
}

NEEDS = [
    N("volunteer.html", ["paj ntaub mentor"], "skilled", "en", ["hmn"], "role_cards", "Hmong a plus"),
    N("volunteer.html", ["classroom aide"], "volunteer", "en", [], "role_cards", "heading with inline <a>"),
    N("volunteer.html", ["fix our website"], "skilled", "en", [], "role_cards"),
    N("supplies.html", ["supply closet", "embroidery thread", "wide-ruled notebooks"], "donation", "en", [],
      "wish_list_table", "Have / Still need table = one need"),
    N("supplies.html", ["used laptop"], "donation", "en", [], "heading_paragraph"),
    N("hmn/index.html", ["xib fwb qhia nyeem ntawv hmoob"], "skilled", "hmn", ["hmn"], "letter_list"),
    N("hmn/index.html", ["neeg tsav tsheb"], "volunteer", "hmn", [], "letter_list"),
    N("hmn/index.html", ["khoom noj txom ncauj"], "donation", "hmn", [], "letter_list", "snacks"),
    N("daim-ntawv-pab-dawb.pdf", ["neeg txhais lus"], "skilled", "hmn", ["hmn", "en"], "pdf_checklist"),
    N("daim-ntawv-pab-dawb.pdf", ["ntxuav chav kawm"], "volunteer", "hmn", [], "pdf_checklist"),
]

TRAPS = [
    T("index.html", "hours", ["fall session"]),
    T("index.html", "event", ["hmong new year", "come cheer"]),
    T("index.html", "bio", ["our teachers"]),
    T("index.html", "general_appeal", ["give a child their mother tongue"]),
    T("volunteer.html", "filled", ["dance coach"]),
    T("volunteer.html", "job", ["weekend site manager"]),
    T("volunteer.html", "how_to_apply", ["background check"]),
    T("supplies.html", "filled", ["glue sticks"], "plenty, don't send more"),
    T("supplies.html", "hours", ["drop off supplies"]),
    T("supplies.html", "recap", ["winona rotary"]),
    T("enroll.html", "how_to_apply", ["how to enroll"]),
    T("enroll.html", "event", ["registration night"]),
    T("enroll.html", "service", ["sliding-scale fee"]),
    T("enroll.html", "service", ["bus passes"]),
    T("hmn/index.html", "service", ["yog pub dawb rau txhua tus menyuam"]),
    T("hmn/index.html", "filled", ["xib fwb qhia qeej"], "struck + twb tau lawm"),
    T("hmn/index.html", "event", ["noj peb caug"]),
    T("daim-ntawv-pab-dawb.pdf", "filled", ["neeg pab ua noj"], "TSIS XAV TAU LAWM"),
    T("daim-ntawv-pab-dawb.pdf", "how_to_apply", ["xa daim ntawv no rov qab"]),
]
