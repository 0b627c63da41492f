"""Site 11: Riverside Elementary PTO, Brownsville. School-PTO site (Google Sites look): sign-up table with
struck-through rows, classroom wish list; Hmong and Vietnamese parent pages; English PDF newsletter."""
from common import need, trap

SLUG = "brownsville-riverside-elementary-pto"
TOWN = "brownsville"

ROBOTS = """User-agent: *
Disallow: /teachers-lounge/
"""


def head(title, lang="en"):
    return """<!DOCTYPE html>
<html lang="%s">
<head>
<meta charset="utf-8">
<title>Riverside Elementary PTO - %s</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="https://www.gstatic.example/_/atari/_/ss/k=atari.vw.css">
</head>
<body>
<div class="UtePc RCETm" role="banner">
 <div class="Zjg0Ld"><span class="Xpil1b">Riverside Elementary PTO</span> <span class="sub">Brownsville, MN &middot; Go Otters!</span></div>
 <nav class="JzO0Vc"><ul>
  <li><a class="aJHbb" href="/">Home</a></li>
  <li><a class="aJHbb" href="/volunteer.html">Volunteer &amp; Wish List</a></li>
  <li><a class="aJHbb" href="/hmoob.html">Hmoob</a></li>
  <li><a class="aJHbb" href="/tieng-viet.html">Ti&#7871;ng Vi&#7879;t</a></li>
  <li><a class="aJHbb" href="/newsletter-may.pdf">May Newsletter</a></li>
  <li><a class="aJHbb" href="/yearbook/2024.html">Yearbook</a></li>
 </ul></nav>
</div>
<div role="main" class="UtePc">
""" % (lang, title)


FOOT = """
</div>
<div class="dZA9kd" role="contentinfo"><p>Riverside Elementary PTO &middot; 701 River Rd, Brownsville, MN 55919 &middot; pto@riverside-otters.org &middot; <a href="/teachers-lounge/requests.html">Teachers&rsquo; lounge</a></p>
<p>Report abuse &middot; Page details</p></div>
</body>
</html>
"""

INDEX = head("Home") + """
<section class="yaqOZd"><div class="tyJCtd"><h1>Welcome, Otter families!</h1>
<p>The PTO is every parent, grandparent and guardian at Riverside. We raise money for field trips, run family nights and help teachers get what they need.</p></div></section>
<section class="yaqOZd"><div class="tyJCtd">
<h2>Good to know</h2>
<p><strong>School office hours:</strong> 7:30 am&ndash;4:00 pm on school days.</p>
<p><strong>Meals:</strong> free breakfast and lunch for every student, no application needed.</p>
<p><strong>New to Riverside?</strong> To enroll your child, visit the district office with proof of address and a birth certificate.</p>
</div></section>
<section class="yaqOZd"><div class="tyJCtd">
<h2>Fall Fun Run &mdash; September 26</h2>
<p>Kids run laps, families cheer, pledges pay for the 5th grade trip to the Science Museum.</p>
<p>Donate to the PTO anytime with the button below.</p>
<p><a href="https://pay.example/riverside-pto">Donate</a></p>
</div></section>
""" + FOOT

VOLUNTEER = head("Volunteer & Wish List") + """
<section class="yaqOZd"><div class="tyJCtd"><h1>Volunteer sign-up</h1>
<p>Sign up with Ms. Kruse in the front office or email pto@riverside-otters.org. Volunteers need a district background check (free, takes a week).</p>
<table class="sign-up">
<tr><th>Job</th><th>When</th><th>Needed</th><th>Signed up</th></tr>
<tr><td>Library book shelvers</td><td>Fridays 1&ndash;2:30 pm</td><td>3</td><td>1</td></tr>
<tr><td><s>Lunchroom helpers</s></td><td><s>Daily 11 am&ndash;12:30 pm</s></td><td>4</td><td>4 &mdash; FULL</td></tr>
<tr><td>Field Day station leaders</td><td>June 6, 9 am&ndash;2 pm</td><td>12</td><td>5</td></tr>
<tr><td>Reading buddies (grades K&ndash;2)</td><td>Tue/Thu 8:15&ndash;8:45 am</td><td>6</td><td>2</td></tr>
<tr><td>Picture day helpers</td><td>October 2</td><td>0</td><td>all set!</td></tr>
<tr><td>After-school chess coach</td><td>Wednesdays, stipend $500 per semester</td><td>1</td><td>&mdash;</td></tr>
</table>
<p>Field Day is June 6! Rain date June 9.</p>
</div></section>
<section class="yaqOZd"><div class="tyJCtd">
<h2>Classroom Wish List</h2>
<ul><li>Tissues</li><li>Glue sticks</li><li>Dry-erase markers</li><li>Gallon zipper bags</li><li>Clorox wipes</li></ul>
<p>PTO meeting: second Tuesday of every month, 6 pm, in the library.</p>
</div></section>
""" + FOOT

HMOOB = head("Hmoob", "hmn") + """
<section class="yaqOZd"><div class="tyJCtd"><h1>Xov xwm rau niam txiv Hmoob</h1>
<h2>Peb xav tau neeg txhais lus</h2>
<p>Thaum niam txiv thiab xib fwb sib tham (October 23&ndash;24), peb xav tau neeg txhais lus Hmoob thiab Askiv. Ib teev los tau.</p>
<h2>Tsho tiv no rau menyuam</h2>
<p>Peb tseem tsis txaus tsho tiv no thiab hnab looj tes rau cov menyuam kawm ntawv. Thov pub tsho, loj me twg los tau.</p>
<h2>Pab ua khoom noj rau Hmo Kab Lis Kev Cai</h2>
<p>Tsis tas lawm &mdash; peb twb muaj neeg pab txaus lawm. Ua tsaug!</p>
<h2>Hmo Kab Lis Kev Cai</h2>
<p>Thursday, November 13, 6 teev tsaus ntuj, hauv tsev kawm ntawv. Tuaj saib menyuam seev cev thiab hu nkauj.</p>
<h2>Khoom noj dawb</h2>
<p>Cov menyuam txhua tus tau noj tshais thiab su dawb txhua hnub.</p>
</div></section>
""" + FOOT

VIET = head("Tieng Viet", "vi") + """
<section class="yaqOZd"><div class="tyJCtd"><h1>Thông tin cho phụ huynh</h1>
<h2>Cần thông dịch viên cho buổi họp phụ huynh</h2>
<p>Ngày 23–24 tháng 10. Cần người nói được tiếng Việt và tiếng Anh, mỗi người một hoặc hai tiếng đồng hồ.</p>
<h2>Phụ huynh giúp bán bánh gây quỹ</h2>
<p>Thứ Sáu 17/10, từ 2 giờ đến 4 giờ chiều. Cần thêm 4 người.</p>
<h2>Giúp trang trí lớp học</h2>
<p>Đủ rồi, cảm ơn quý phụ huynh!</p>
<h2>Bữa trưa miễn phí</h2>
<p>Tất cả học sinh được ăn sáng và ăn trưa miễn phí, không cần nộp đơn.</p>
</div></section>
""" + FOOT

LOUNGE = head("Teachers' lounge") + """
<section class="yaqOZd"><div class="tyJCtd"><h1>Teacher requests (staff only)</h1>
<ul>
<li>Mrs. Olson: 2 parent volunteers for the 3rd grade field trip to Houston Nature Center.</li>
<li>Need a sub for the Friday reading group.</li>
<li>Art room needs 30 smocks.</li>
</ul></div></section>
""" + FOOT

PAGES = {
    "index.html": INDEX,
    "volunteer.html": VOLUNTEER,
    "hmoob.html": HMOOB,
    "tieng-viet.html": VIET,
    "teachers-lounge/requests.html": LOUNGE,
}

PDFS = {
    "newsletter-may.pdf": ("Otter Tales - May", [
        ("title", "Otter Tales: Riverside PTO Newsletter, May"),
        ("h", "Principal's note: what a year!"),
        ("p", "What a year! Our readers logged 41,000 minutes in the March reading challenge, and the fun run "
              "raised $6,300."),
        ("h", "Garden club"),
        ("p", "The garden club planted peas and radishes in April, and the second graders are measuring them "
              "every week. We're looking for a parent who can build a few raised garden beds over the summer; "
              "the lumber is already donated by the hardware store."),
        ("h", "Spring concert"),
        ("p", "Spring concert: May 22, 6:30 pm, in the gym. Grades 3 to 5 sing first."),
        ("h", "Meals next year"),
        ("p", "Meal applications for next year will come home in August. Fill one out even though meals are "
              "free; it helps the school get other funding."),
    ]),
}

NEEDS = [
    need("volunteer.html", ["library book shelvers"], "volunteer", "en", layout="shift_table", note="1 of 3"),
    need("volunteer.html", ["field day station leaders"], "volunteer", "en", layout="shift_table"),
    need("volunteer.html", ["reading buddies"], "volunteer", "en", layout="shift_table"),
    need("volunteer.html", ["classroom wish list", "glue sticks"], "donation", "en", layout="wish_list"),
    need("newsletter-may.pdf", ["raised garden beds"], "skilled", "en", layout="pdf",
         note="buried in garden club paragraph"),
    need("hmoob.html", ["neeg txhais lus hmoob"], "skilled", "hmn", ["hmn", "en"], layout="heading_paragraph"),
    need("hmoob.html", ["tsho tiv no rau menyuam"], "donation", "hmn", layout="short_on",
         note="'peb tseem tsis txaus' = we still do not have enough"),
    need("tieng-viet.html", ["thông dịch viên"], "skilled", "vi", ["vi", "en"], layout="heading_paragraph"),
    need("tieng-viet.html", ["bán bánh gây quỹ"], "volunteer", "vi", layout="heading_paragraph"),
]

TRAPS = [
    trap("index.html", "hours", ["school office hours"]),
    trap("index.html", "service", ["free breakfast and lunch"]),
    trap("index.html", "how_to_apply", ["enroll your child"]),
    trap("index.html", "event", ["fall fun run"]),
    trap("index.html", "general_appeal", ["donate to the pto"]),
    trap("volunteer.html", "filled", ["lunchroom helpers"], "struck + 4 — FULL"),
    trap("volunteer.html", "filled", ["picture day helpers"], "0 needed, all set"),
    trap("volunteer.html", "job", ["after-school chess coach"], "stipend"),
    trap("volunteer.html", "event", ["field day is june 6"]),
    trap("volunteer.html", "event", ["pto meeting"]),
    trap("hmoob.html", "filled", ["pab ua khoom noj"], "tsis tas lawm"),
    trap("hmoob.html", "event", ["hmo kab lis kev cai"]),
    trap("hmoob.html", "service", ["noj tshais thiab su dawb"]),
    trap("tieng-viet.html", "filled", ["trang trí lớp học"], "đủ rồi"),
    trap("tieng-viet.html", "service", ["bữa trưa miễn phí"]),
    trap("teachers-lounge/requests.html", "robots", ["3rd grade field trip"]),
    trap("teachers-lounge/requests.html", "robots", ["friday reading group"]),
    trap("teachers-lounge/requests.html", "robots", ["30 smocks"]),
    trap("newsletter-may.pdf", "recap", ["41,000 minutes"]),
    trap("newsletter-may.pdf", "event", ["spring concert"]),
    trap("newsletter-may.pdf", "how_to_apply", ["meal applications"]),
]
