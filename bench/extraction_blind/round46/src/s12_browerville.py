from common import N, T

SLUG = "browerville-community-wellness-center"

HEAD = """<!DOCTYPE html>
<html lang="{lang}" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<title>{title} | Browerville Community Wellness Center</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xq3v9.css">
</head>
<body class="path-node page-node-type-page">
<div class="dialog-off-canvas-main-canvas">
<header role="banner" class="region-header">
  <div id="block-sitebranding"><a href="/index.html" rel="home">Browerville Community Wellness Center</a></div>
  <nav role="navigation" id="block-mainnavigation"><ul class="menu">
    <li class="menu-item"><a href="/index.html">Home</a></li>
    <li class="menu-item"><a href="/volunteer.html">Volunteer &amp; give</a></li>
    <li class="menu-item"><a href="/calendar.html">Calendar</a></li>
    <li class="menu-item"><a href="/vi.html">Tiếng Việt</a></li>
    <li class="menu-item"><a href="/hmn.html">Lus Hmoob</a></li>
  </ul></nav>
</header>
<main role="main"><div class="layout-content"><div class="region region-content">
"""

FOOT = """
</div></div></main>
<footer role="contentinfo" class="region-footer">
  <div class="block"><p>Browerville Community Wellness Center &middot; 640 Main St S, Browerville, MN 56438 &middot; 320-555-0159 &middot; frontdesk@browervillewellness.org</p>
  <p><a href="/sites/default/files/2024-10/patient-newsletter.pdf">Patient newsletter (PDF)</a> | <a href="/staff/schedule.html">Staff schedule</a> | <a href="/node/412">Annual report</a></p></div>
</footer>
</div>
</body>
</html>
"""

INDEX = HEAD.format(lang="en", title="Home") + """
<article class="node node--type-page">
  <h1 class="page-title">Care for everyone in Todd County</h1>
  <div class="field--name-body">
    <p>We are a small nonprofit clinic with a sliding fee scale. No one is turned away for inability to pay.</p>
    <h2>What we offer</h2>
    <ul>
      <li>Primary care visits on a sliding fee</li>
      <li>Free blood pressure and blood sugar checks every Thursday</li>
      <li>Help signing up for MinnesotaCare and Medical Assistance</li>
    </ul>
    <h2>Becoming a patient</h2>
    <p>Call the front desk to set up a first visit. Bring any insurance card, a list of your medicines and a pay stub if you
    want the sliding fee.</p>
    <h2>Clinic hours</h2>
    <p>Monday &ndash; Thursday 8:00 am &ndash; 5:00 pm. Walk-in clinic Tuesday 1:00 &ndash; 4:00 pm.</p>
    <h2>Looking for a volunteer clinician for Tuesday walk-ins</h2>
    <p>Our Tuesday walk-in afternoon grew from six patients to twenty, and our one physician cannot see them all. A retired
    physician, physician assistant or nurse practitioner with an active Minnesota license could make a big difference with one
    afternoon a month. We cover malpractice insurance.</p>
  </div>
</article>
""" + FOOT

CAL = HEAD.format(lang="en", title="Calendar") + """
<article class="node node--type-page">
  <h1 class="page-title">Calendar: October &ndash; November</h1>
  <div class="view-content">
    <table class="views-table cols-3">
      <thead><tr><th>Date</th><th>Event</th><th>Notes</th></tr></thead>
      <tbody>
        <tr><td>Tue Oct 15</td><td>Flu shot clinic</td><td>Vaccinator slots: all filled by Todd County public health nurses.</td></tr>
        <tr><td>Thu Oct 24</td><td>Living well with diabetes (class 3 of 6)</td><td>Registered participants only.</td></tr>
        <tr><td>Sat Nov 9</td><td>Community health fair, Browerville school gym</td><td><strong>Still need 4 registration greeters</strong>
          to hand out passports and direct families to the booths, 8:30&ndash;12:30.</td></tr>
        <tr><td>Thu Nov 28</td><td>Closed for Thanksgiving</td><td>&mdash;</td></tr>
      </tbody>
    </table>
  </div>
</article>
""" + FOOT

VOL = HEAD.format(lang="en", title="Volunteer & give") + """
<article class="node node--type-page">
  <h1 class="page-title">Volunteer &amp; give</h1>
  <div class="paragraph--type--card-grid">
    <div class="paragraph--type--card">
      <div class="field--name-field-title">Front desk greeter</div>
      <div class="field--name-field-text"><p>Welcome patients, offer water, help them find the right door. Monday to Thursday, any four-hour block.</p></div>
    </div>
    <div class="paragraph--type--card">
      <div class="field--name-field-title">Patient van driver</div>
      <div class="field--name-field-text"><p>Bring patients from Eagle Bend and Clarissa to appointments in our clinic van. Must be 25 or older.</p></div>
    </div>
    <div class="paragraph--type--card">
      <div class="field--name-field-title">Waiting room wish list</div>
      <div class="field--name-field-text"><ul><li>Board books</li><li>Wooden puzzles</li><li>A child-size table and two chairs</li><li>Adult large-print magazines</li></ul></div>
    </div>
    <div class="paragraph--type--card is-closed">
      <div class="field--name-field-title">Exam room curtains</div>
      <div class="field--name-field-text"><p>No longer needed &ndash; the Browerville quilters sewed all eight. Thank you!</p></div>
    </div>
  </div>
  <h2>Meet our medical director</h2>
  <p>Dr. Anh Pham grew up in St. Cloud, trained at Hennepin County Medical Center and has led the clinic since 2019.</p>
</article>
""" + FOOT

VI = HEAD.format(lang="vi", title="Tiếng Việt") + """
<article class="node node--type-page">
  <h1 class="page-title">Trung tâm Sức khỏe Cộng đồng Browerville</h1>
  <div class="field--name-body">
    <h2>Khám bệnh theo thu nhập</h2>
    <p>Phòng khám tính tiền theo thu nhập của gia đình. Không ai bị từ chối vì không có tiền.</p>
    <h2>Giờ mở cửa</h2>
    <p>Thứ Hai đến thứ Năm, 8 giờ sáng đến 5 giờ chiều.</p>
    <h2>Cần thông dịch viên tiếng Việt</h2>
    <p>Buổi khám sáng thứ Ba có nhiều bệnh nhân lớn tuổi người Việt. Chúng tôi cần thông dịch viên tiếng Việt &ndash; tiếng Anh tình
    nguyện, mỗi tuần khoảng ba tiếng.</p>
    <h2>Máy đo huyết áp cho bệnh nhân mượn về nhà</h2>
    <p>Đã có người tặng đủ 10 máy. Xin chân thành cảm ơn!</p>
    <h2>Buổi nói chuyện về bệnh tiểu đường</h2>
    <p>Thứ Bảy, 16 tháng 11, 10 giờ sáng, bằng tiếng Việt. Có trà và bánh.</p>
  </div>
</article>
""" + FOOT

HMN = HEAD.format(lang="hmn", title="Lus Hmoob") + """
<article class="node node--type-page">
  <h1 class="page-title">Chaw Kho Mob Browerville</h1>
  <div class="field--name-body">
    <h2>Kuaj ntshav siab pub dawb</h2>
    <p>Txhua hnub Thursday, tuaj tau yam tsis tas teem sijhawm.</p>
    <h2>Xav tau neeg txhais lus Hmoob rau chaw kho mob</h2>
    <p>Hnub Tuesday thiab Thursday muaj cov neeg mob Hmoob tuaj ntau, tab sis peb tsis muaj neeg txhais lus. Yog koj paub lus Hmoob
    thiab lus Askiv, thov hu rau peb.</p>
    <h2>Pab cog vaj tshuaj ntsuab</h2>
    <p>Peb xav ua ib lub vaj tshuaj ntsuab tom qab lub tsev kho mob. Peb xav tau neeg pab dawb los khawb av thiab cog tshuaj thaum
    lub caij nplooj ntoos hlav.</p>
    <h2>Rooj zaum rau chav tos</h2>
    <p>Tsis tas lawm &mdash; peb twb tau txais 12 lub rooj zaum lawm. Ua tsaug!</p>
  </div>
</article>
""" + FOOT

STAFF = HEAD.format(lang="en", title="Staff schedule") + """
<article class="node node--type-page">
  <h1 class="page-title">Staff schedule and to-dos (staff only)</h1>
  <ul>
    <li>Cover needed: medical assistant for Dec 23.</li>
    <li>Find a volunteer to reorganize the supply closet.</li>
    <li>Request a donated autoclave from the hospital foundation.</li>
  </ul>
</article>
""" + FOOT

PAGES = {
    "index.html": INDEX,
    "calendar.html": CAL,
    "volunteer.html": VOL,
    "vi.html": VI,
    "hmn.html": HMN,
    "staff/schedule.html": STAFF,
}

ROBOTS = """#
# robots.txt for Drupal
#
User-agent: *
Disallow: /core/
Disallow: /admin/
Disallow: /user/login
Disallow: /staff/
"""

PDFS = {
    "sites/default/files/2024-10/patient-newsletter.pdf": ("Patient Newsletter - Browerville Community Wellness Center", [
        ("title", "BROWERVILLE COMMUNITY WELLNESS CENTER"),
        ("title", "Patient Newsletter - Fall"),
        ("p", "640 Main St S, Browerville, MN 56438 - 320-555-0159"),
        ("h", "A busy summer"),
        ("p", "We saw 1,140 patient visits between June and August, a record. Our new diabetes class has 14 graduates. "
              "One thing we keep hearing from patients who use wheelchairs and walkers is that the side entrance is hard "
              "to reach. Browerville Lumber has offered the lumber for a ramp, so what we need now is a volunteer "
              "carpenter, or a small crew with one, to build a wheelchair ramp at the side entrance this fall."),
        ("h", "Flu shots"),
        ("p", "Flu shots are free for patients at any visit. Just ask."),
        ("h", "Annual appeal"),
        ("p", "Our year-end appeal letter is in the mail. Every gift keeps the sliding fee possible."),
    ]),
}

NEEDS = [
    N("index.html", ["volunteer clinician", "tuesday walk-ins"], "skilled", "en", layout="seeking"),
    N("calendar.html", ["registration greeters"], "volunteer", "en", layout="calendar", note="inside an events table row"),
    N("volunteer.html", ["front desk greeter"], "volunteer", "en", layout="role_cards", note="title in a div field"),
    N("volunteer.html", ["patient van driver"], "volunteer", "en", layout="role_cards"),
    N("volunteer.html", ["waiting room wish list", "board books"], "donation", "en", layout="wish_list"),
    N("vi.html", ["thông dịch viên tiếng việt"], "skilled", "vi", ["vi", "en"], layout="heading_paragraph"),
    N("hmn.html", ["neeg txhais lus hmoob"], "skilled", "hmn", ["hmn", "en"], layout="heading_paragraph"),
    N("hmn.html", ["vaj tshuaj ntsuab"], "volunteer", "hmn", layout="heading_paragraph"),
    N("sites/default/files/2024-10/patient-newsletter.pdf", ["wheelchair ramp", "volunteer carpenter"], "skilled", "en",
      layout="pdf", note="buried in the summer report"),
]

TRAPS = [
    T("index.html", "service", ["what we offer"]),
    T("index.html", "service", ["free blood pressure"]),
    T("index.html", "how_to_apply", ["becoming a patient"]),
    T("index.html", "hours", ["clinic hours"]),
    T("calendar.html", "filled", ["flu shot clinic"], "vaccinator slots all filled"),
    T("calendar.html", "event", ["living well with diabetes"]),
    T("calendar.html", "event", ["community health fair"]),
    T("calendar.html", "hours", ["closed for thanksgiving"]),
    T("volunteer.html", "filled", ["exam room curtains"], "no longer needed"),
    T("volunteer.html", "bio", ["meet our medical director"]),
    T("vi.html", "service", ["khám bệnh theo thu nhập"]),
    T("vi.html", "hours", ["giờ mở cửa"]),
    T("vi.html", "filled", ["máy đo huyết áp"], "đã có người tặng đủ (already donated in full)"),
    T("vi.html", "event", ["bệnh tiểu đường"]),
    T("hmn.html", "service", ["kuaj ntshav siab pub dawb"]),
    T("hmn.html", "filled", ["rooj zaum rau chav tos"], "tsis tas lawm (not needed any more)"),
    T("staff/schedule.html", "robots", ["medical assistant"]),
    T("staff/schedule.html", "robots", ["supply closet"]),
    T("staff/schedule.html", "robots", ["autoclave"]),
    T("sites/default/files/2024-10/patient-newsletter.pdf", "recap", ["a busy summer"]),
    T("sites/default/files/2024-10/patient-newsletter.pdf", "service", ["flu shots are free"]),
    T("sites/default/files/2024-10/patient-newsletter.pdf", "general_appeal", ["annual appeal"]),
]
