"""Site 13: Welcome Neighbors Network, Taconite MN (Iron Range co-sponsorship group). English home page,
English team table with struck/covered rows and a paid row, English arrival board (forum-style posts),
Vietnamese page, robots /coordinators/. No PDF."""
from common import need, trap

SLUG = "taconite-welcome-neighbors-network"

def page(lang, title, body):
    return """<!DOCTYPE html>
<html lang="%s">
<head>
<meta charset="utf-8">
<title>%s</title>
<link rel="stylesheet" href="/static/pico.min.css">
</head>
<body>
<header class="container">
 <nav>
  <ul><li><strong><a href="/index.html">Welcome Neighbors Network</a></strong></li></ul>
  <ul>
   <li><a href="/welcome-teams.html">Welcome teams</a></li>
   <li><a href="/arrivals.html">Arrival board</a></li>
   <li><a href="/vi/index.html">Tiếng Việt</a></li>
  </ul>
 </nav>
</header>
<main class="container">
%s
</main>
<footer class="container">
 <small>Welcome Neighbors Network &middot; c/o Taconite Community Church, 42 Wendigo Rd, Taconite, MN 55786 &middot; (218) 555-0133<br>
 <a href="/stories/2023-annual-report.html">2023 annual report</a> &middot; <a href="/coordinators/board.html">Coordinators</a></small>
</footer>
</body>
</html>
""" % (lang, title, body)

INDEX = page("en", "Welcome Neighbors Network - Iron Range", """
<hgroup>
 <h1>Welcome Neighbors Network</h1>
 <p>Iron Range volunteers helping newly arrived refugee and immigrant families settle in.</p>
</hgroup>
<p>We are a co-sponsorship group of churches, a mosque, two unions and a lot of neighbors from Taconite, Coleraine, Grand Rapids and Hibbing. We work alongside the resettlement agency in Duluth: they handle the casework, and we make the first months feel like home.</p>

<article>
 <h2>How hosting works</h2>
 <p>Each arriving family is matched with a welcome team of 6&ndash;10 people for six months. Teams meet the family at the airport, set up the apartment, and help with school enrollment, jobs and winter. Interested congregations can write to us at any time.</p>
</article>

<article>
 <h2>Since 2022</h2>
 <p>We have welcomed 41 families from Afghanistan, Syria, Congo, Burma and Venezuela. 37 adults are now working.</p>
</article>

<article>
 <h2>Do you have a garage to spare?</h2>
 <p>Donated couches, beds and dressers come in faster than families arrive, and our borrowed storage unit is being sold. If you have a dry garage, pole shed or empty shop anywhere between Grand Rapids and Hibbing that we could use free of charge for the winter, please call Karin at (218) 555-0133. We will move everything out by May.</p>
</article>

<article>
 <h2>Give to the Welcome Fund</h2>
 <p>The Welcome Fund pays first-month rent gaps, bus passes and winter boots. Checks to Taconite Community Church, memo &ldquo;Welcome Fund.&rdquo;</p>
</article>

<article>
 <h2>Volunteer orientation night</h2>
 <p>Tuesday, January 20, 6:30 pm, Coleraine Public Library. Come learn what welcome teams do. Soup provided.</p>
</article>
""")

ROWS = [
    ("Apartment setup crew", "Assemble beds, stock the kitchen, hang curtains and make up beds the day before a family arrives.", "Need 4 people per arrival", ""),
    ("Airport greeters (Duluth &amp; MSP)", "Meet families at arrivals with a sign, a warm coat and a hot meal.", "Covered through January", "covered"),
    ("Cultural orientation presenters", "Lead a 90-minute session for new arrivals on banking, renting, or staying safe in winter. An interpreter will be with you.", "3 needed", ""),
    ("Grocery buddies", "Take a family grocery shopping once a week for their first month and show them where things are.", "Open", ""),
    ("Medical appointment drivers", "Drive families to appointments in Hibbing and Virginia, usually Tuesday or Thursday mornings. Mileage reimbursed.", "Open", ""),
    ("<s>Winter gear drivers</s>", "Pick up donated winter gear from drop sites.", "No longer needed &ndash; gear drive ended", "covered"),
    ("Resettlement case aide", "Part-time paid position with the Duluth agency, 25 hrs/week. Apply through the agency.", "Paid job", "paid"),
]
TEAMS = page("en", "Welcome teams - Welcome Neighbors Network", """
<h1>Welcome teams</h1>
<p>These roles are open across all welcome teams. Write to <a href="mailto:teams@welcomeneighborsmn.org">teams@welcomeneighborsmn.org</a>.</p>
<figure><table role="grid">
<thead><tr><th>Role</th><th>What it involves</th><th>Status</th></tr></thead>
<tbody>
""" + "\n".join('<tr class="%s"><td><b>%s</b></td><td>%s</td><td>%s</td></tr>' % (d, a, b, c) for a, b, c, d in ROWS) + """
</tbody>
</table></figure>
<h2>Before you volunteer</h2>
<p>Every volunteer completes a background check and a two-hour orientation. Driving volunteers also send us a copy of their license and insurance.</p>
""")

POST = """<article class="post" id="{pid}">
 <header><small>{tag} &middot; posted by {who}, {when}</small>
 <h3>{title}</h3></header>
 {body}
</article>
"""
posts = [
    dict(pid="a17", tag="ARRIVAL", who="Karin (coordinator)", when="Jan 12",
         title="Family of six from Syria arriving February 3",
         body="<p>A mother, father and four children (2 to 14) are coming to a two-bedroom apartment in Coleraine. The apartment has beds for the parents but we still need two bunk beds, a dining table for six and a double stroller. Please reply here or write to Karin.</p>"),
    dict(pid="a16", tag="NEEDED", who="Karin (coordinator)", when="Jan 12",
         title="Arabic interpreter for the first week",
         body="<p>The agency interpreter is only available by phone. For February 3&ndash;7 we need someone who speaks Arabic and English to come along to the bank, the clinic and the school. Even one day helps.</p>"),
    dict(pid="a15", tag="NEEDED", who="Pat", when="Jan 9",
         title="English tutor for a young mom",
         body="<p>A Congolese mother of two in Hibbing would like to practice English at home while the baby naps, two mornings a week. She speaks French and Swahili. No teaching experience needed, just patience and a good sense of humor.</p>"),
    dict(pid="a14", tag="UPDATE", who="Thuy", when="Jan 6",
         title="Grandmother joining her son in Grand Rapids",
         body="<p>Her room is set up and her son has everything he needs &ndash; thank you! Nothing more is needed for this family.</p>"),
    dict(pid="a13", tag="CLOSED", who="Karin (coordinator)", when="Dec 20",
         title="Karen family: lease is signed",
         body="<p>The Karen family's lease is signed and all the furniture has been donated. This request is closed.</p>"),
    dict(pid="a12", tag="REMINDER", who="Pat", when="Dec 18",
         title="Winter clothing give-away at the church",
         body="<p>Newcomer families can pick up free coats, boots and mittens any Sunday after church in December.</p>"),
]
ARR = page("en", "Arrival board - Welcome Neighbors Network", """
<h1>Arrival board</h1>
<p>Coordinators post upcoming arrivals and what each family still needs. Newest posts first.</p>
""" + "".join(POST.format(**p) for p in posts))

VI = page("vi", "Mạng Lưới Chào Đón Láng Giềng - Tiếng Việt", """
<h1>Mạng Lưới Chào Đón Láng Giềng</h1>
<p>Chúng tôi là một nhóm tình nguyện ở vùng Iron Range, giúp các gia đình mới đến Minnesota ổn định cuộc sống.</p>

<h2>Cần người thông dịch tiếng Việt</h2>
<p>Tháng Hai này, một gia đình người Việt theo diện đoàn tụ sẽ đến Grand Rapids. Chúng tôi cần một hoặc hai người nói được cả tiếng Việt và tiếng Anh để đi cùng gia đình đến ngân hàng, trường học và phòng khám trong tháng đầu tiên.</p>

<h2>Nồi cơm điện và chén đũa</h2>
<p>Gia đình mới cần một nồi cơm điện, một bộ chén đũa và nồi chảo. Đồ cũ còn tốt cũng được, xin liên lạc chị Thủy qua số (218) 555-0134.</p>

<h2>Chúng tôi giúp gì?</h2>
<p>Hỗ trợ tìm nhà, đăng ký cho con đi học, tìm việc làm và chuẩn bị cho mùa đông.</p>

<h2>Buổi gặp mặt cộng đồng</h2>
<p>Chủ nhật, 25 tháng 1, 2 giờ chiều tại thư viện Coleraine. Có bánh chưng và trà.</p>
""")

COORD = page("en", "Coordinators", """
<h1>Coordinators' board (private)</h1>
<ul>
 <li>Need a second coordinator for the Hibbing teams.</li>
 <li>Ask the union hall for storage space for furniture.</li>
 <li>Find a landlord in Grand Rapids for the March arrival.</li>
</ul>
""")

PAGES = {
    "index.html": INDEX,
    "welcome-teams.html": TEAMS,
    "arrivals.html": ARR,
    "vi/index.html": VI,
    "coordinators/board.html": COORD,
}

ROBOTS = """User-agent: *
Disallow: /coordinators/
Disallow: /drafts/
"""

PDFS = {}

NEEDS = [
    need("index.html", ["garage"], "other", "en", [], "heading_paragraph",
         "free use of a garage or shed to store furniture for the winter"),
    need("welcome-teams.html", ["apartment setup"], "volunteer", "en", [], "shift_table"),
    need("welcome-teams.html", ["cultural orientation"], "skilled", "en", [], "shift_table"),
    need("welcome-teams.html", ["grocery buddies"], "volunteer", "en", [], "shift_table"),
    need("welcome-teams.html", ["medical appointment drivers"], "volunteer", "en", [], "shift_table",
         "mileage reimbursed is not a wage"),
    need("arrivals.html", ["family of six", "bunk beds"], "donation", "en", [], "forum_post",
         "arrival post listing what the family still needs"),
    need("arrivals.html", ["arabic interpreter"], "skilled", "en", ["ar", "en"], "forum_post"),
    need("arrivals.html", ["english tutor"], "skilled", "en", ["en"], "forum_post"),
    need("vi/index.html", ["thông dịch"], "skilled", "vi", ["vi", "en"], "heading_paragraph"),
    need("vi/index.html", ["nồi cơm điện"], "donation", "vi", [], "heading_paragraph"),
]

TRAPS = [
    trap("index.html", "how_to_apply", ["how hosting works"]),
    trap("index.html", "recap", ["since 2022", "41 families"]),
    trap("index.html", "general_appeal", ["welcome fund"]),
    trap("index.html", "event", ["volunteer orientation night"]),
    trap("welcome-teams.html", "filled", ["airport greeters"], "covered through January"),
    trap("welcome-teams.html", "filled", ["winter gear drivers"], "struck through, no longer needed"),
    trap("welcome-teams.html", "job", ["case aide"], "paid"),
    trap("welcome-teams.html", "how_to_apply", ["before you volunteer"]),
    trap("arrivals.html", "filled", ["grandmother"], "'nothing more is needed'"),
    trap("arrivals.html", "filled", ["lease is signed"], "CLOSED"),
    trap("arrivals.html", "offer", ["winter clothing give-away"]),
    trap("vi/index.html", "service", ["chúng tôi giúp gì", "hỗ trợ tìm nhà"]),
    trap("vi/index.html", "event", ["buổi gặp mặt"]),
    trap("coordinators/board.html", "robots", ["second coordinator"]),
    trap("coordinators/board.html", "robots", ["storage space"]),
    trap("coordinators/board.html", "robots", ["landlord"]),
]
