"""Mountain Iron: Range Free Clinic. Volunteer-run evening clinic. English home with an alert banner, English
role-by-date grid (names, OPEN, covered), English supply page, Vietnamese page, English PDF orientation packet."""
from common import need, trap

SLUG = "mountain-iron-range-free-clinic"
PAGES, NEEDS, TRAPS = {}, [], []

NAV = """<header id="top"><div class="brand"><a href="/">Range Free Clinic</a></div>
<ul class="menu"><li><a href="/">Home</a></li><li><a href="/shifts.html">Volunteer schedule</a></li>
<li><a href="/supplies.html">Supplies</a></li><li><a href="/vi.html">Tiếng Việt</a></li>
<li><a href="/orientation-packet.pdf">Orientation packet</a></li></ul></header>"""
FOOT = """<footer id="bottom"><p>Range Free Clinic &middot; lower level, 5742 Mountain Ave, Mountain Iron, MN 55768 &middot; (218) 555-0139</p>
<p><a href="/medical-director/">Medical director</a> &middot; <a href="/forms/consent-vi.pdf">Consent form (Vietnamese)</a> &middot; Not for emergencies &mdash; call 911.</p></footer>"""

PAGES["index.html"] = """
<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Range Free Clinic &ndash; Mountain Iron, MN</title>
<link rel="stylesheet" href="/assets/clinic.css"></head>
<body>
""" + NAV + """
<div class="alert alert-info" role="alert"><strong>Seeking a volunteer dentist</strong> (or retired dentist with an active
license) for a new once-a-month dental night. We have two donated chairs and a hygienist ready to go.</div>
<main>
<h1>Free care for people without insurance</h1>
<section><h2>Clinic nights</h2><p>Tuesdays and Thursdays, 5:00&ndash;8:00 pm. Last patient checked in at 7:30.</p></section>
<section><h2>How to get care</h2><p>Walk in or call to save a spot. You do not need insurance, an ID or a Social Security
number. Bring a list of the medicines you take.</p></section>
<section><h2>What we offer</h2><ul><li>Sick visits and chronic care (diabetes, blood pressure)</li><li>Free generic
prescriptions from our on-site dispensary</li><li>Sports and work physicals</li><li>Help applying for MNsure</li></ul></section>
<section><h2>We're hiring</h2><p>Clinic Manager, 0.6 FTE, salaried with benefits. Healthcare administration experience
required. Send a cover letter and resume to the board chair.</p></section>
</main>
""" + FOOT + """
</body></html>
"""
NEEDS += [
    need("index.html", ["volunteer dentist"], "skilled", "en", layout="alert_banner"),
]
TRAPS += [
    trap("index.html", "hours", ["clinic nights"]),
    trap("index.html", "how_to_apply", ["how to get care"]),
    trap("index.html", "service", ["what we offer", "sports and work physicals"]),
    trap("index.html", "job", ["clinic manager"], note="salaried"),
]

PAGES["shifts.html"] = """
<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Volunteer schedule &ndash; Range Free Clinic</title>
<link rel="stylesheet" href="/assets/clinic.css"></head>
<body>
""" + NAV + """
<main>
<h1>April volunteer schedule</h1>
<p>Find an OPEN cell and email volunteers@rangefreeclinic.example. Licensed roles need a copy of your license on file.</p>
<table class="grid">
<thead><tr><th>Role</th><th>Tue 4/1</th><th>Thu 4/3</th><th>Tue 4/8</th><th>Thu 4/10</th></tr></thead>
<tbody>
<tr><th>Intake volunteer</th><td>Gloria</td><td class="open">OPEN</td><td>Gloria</td><td class="open">OPEN</td></tr>
<tr><th>Registered nurse</th><td>Sarah B.</td><td>Tom L.</td><td>Sarah B.</td><td>Tom L.</td></tr>
<tr><th>Nurse practitioner / physician</th><td>Dr. Kallio</td><td class="open">OPEN</td><td>J. Maki, NP</td><td class="open">OPEN</td></tr>
<tr><th>Pharmacy tech</th><td class="open">OPEN</td><td class="open">OPEN</td><td>Renee</td><td class="open">OPEN</td></tr>
<tr><th>Interpreter</th><td colspan="4">Not needed &mdash; we now use a phone interpreter line for every language</td></tr>
<tr><th>Lab runner</th><td colspan="4">Closed: a courier now takes specimens to the hospital lab</td></tr>
<tr><th>Diabetes educator (Thursdays)</th><td>&ndash;</td><td class="open">OPEN</td><td>&ndash;</td><td class="open">OPEN</td></tr>
</tbody></table>
</main>
""" + FOOT + """
</body></html>
"""
NEEDS += [
    need("shifts.html", ["intake volunteer"], "volunteer", "en", layout="shift_grid"),
    need("shifts.html", ["nurse practitioner / physician", "nurse practitioner"], "skilled", "en", layout="shift_grid"),
    need("shifts.html", ["pharmacy tech"], "skilled", "en", layout="shift_grid"),
    need("shifts.html", ["diabetes educator"], "skilled", "en", layout="shift_grid"),
]
TRAPS += [
    trap("shifts.html", "filled", ["registered nurse"], note="every cell has a name"),
    trap("shifts.html", "filled", ["phone interpreter line"], note="not needed"),
    trap("shifts.html", "filled", ["lab runner"], note="closed"),
]

PAGES["supplies.html"] = """
<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Supplies &ndash; Range Free Clinic</title>
<link rel="stylesheet" href="/assets/clinic.css"></head>
<body>
""" + NAV + """
<main>
<h1>Supplies</h1>
<div class="panel"><h2>SUPPLY CLOSET WISH LIST</h2>
<ol><li>Blood pressure cuffs, adult large</li><li>Glucometer test strips (sealed, not expired)</li>
<li>Reading glasses, +1.50 to +3.00</li><li>Adult nail clippers</li><li>Gallon zip bags</li></ol></div>
<div class="panel"><h2>Also seeking: a vaccine refrigerator</h2>
<p>A pharmacy-grade refrigerator with a digital thermometer would let us give flu and Tdap shots. Ours is a dorm
fridge the county will not approve.</p></div>
<div class="panel"><h2>We cannot accept</h2>
<p>Prescription medicines of any kind, opened supplies, used crutches or walkers (we refer people to the loan closet
at the senior center).</p></div>
<div class="panel"><h2>Thank you</h2>
<p>Essentia Health donated 40 cases of exam gloves in February. That is a year's supply!</p></div>
</main>
""" + FOOT + """
</body></html>
"""
NEEDS += [
    need("supplies.html", ["supply closet wish list", "blood pressure cuffs"], "donation", "en", layout="wish_list"),
    need("supplies.html", ["vaccine refrigerator"], "donation", "en", layout="seeking"),
]
TRAPS += [
    trap("supplies.html", "filled", ["we cannot accept", "prescription medicines"], note="do-not-accept list"),
    trap("supplies.html", "recap", ["exam gloves"]),
]

PAGES["vi.html"] = """
<!DOCTYPE html>
<html lang="vi">
<head><meta charset="utf-8"><title>Phòng khám miễn phí Range &ndash; Tiếng Việt</title>
<link rel="stylesheet" href="/assets/clinic.css"></head>
<body>
""" + NAV + """
<main>
<h1>Phòng khám miễn phí cho người không có bảo hiểm</h1>
<h2>Dịch vụ</h2>
<p>Khám bệnh, thuốc generic miễn phí, đo huyết áp và đường huyết, giúp làm đơn MNsure. Mở cửa thứ Ba và thứ Năm,
5:00&ndash;8:00 tối.</p>
<h2>Chúng tôi đang tìm</h2>
<ul>
<li><b>Tình nguyện viên đưa đón bệnh nhân</b> từ Virginia và Eveleth đến phòng khám vào tối thứ Năm. Cần có xe và bằng lái.</li>
<li><b>Người nói tiếng Việt giúp điền hồ sơ</b> cho các cô chú làm nghề nail mới đến khám lần đầu, một tối mỗi tháng.</li>
<li><b>Y tá tình nguyện nói tiếng Việt</b> &ndash; đã có người nhận, xin cảm ơn chị Lan!</li>
</ul>
</main>
""" + FOOT + """
</body></html>
"""
NEEDS += [
    need("vi.html", ["đưa đón bệnh nhân"], "volunteer", "vi", layout="list"),
    need("vi.html", ["giúp điền hồ sơ"], "skilled", "vi", ["vi", "en"], layout="list",
         note="Vietnamese speaker to help with intake forms"),
]
TRAPS += [
    trap("vi.html", "service", ["dịch vụ"]),
    trap("vi.html", "filled", ["y tá tình nguyện"], note="đã có người nhận"),
]

PAGES["medical-director/index.html"] = """
<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Medical director</title></head>
<body>
""" + NAV + """
<main><h1>Medical director &ndash; internal</h1>
<ul><li>Need a physician to sign standing orders for the dispensary.</li>
<li>Seeking a donated otoscope/ophthalmoscope wall set.</li>
<li>Need a volunteer to update the HIPAA binder.</li></ul></main>
""" + FOOT + """
</body></html>
"""
TRAPS += [
    trap("medical-director/index.html", "robots", ["standing orders"]),
    trap("medical-director/index.html", "robots", ["otoscope"]),
    trap("medical-director/index.html", "robots", ["hipaa binder"]),
]

PDFS = {
    "orientation-packet.pdf": ("Range Free Clinic - Volunteer Orientation Packet", [
        ("title", "Range Free Clinic - Volunteer Orientation Packet"),
        ("p", "TO BEGIN VOLUNTEERING send us the volunteer application, a copy of any professional license, and "
              "proof of a flu shot. We run a background check on every volunteer."),
        ("p", "BENEFITS NAVIGATOR WANTED Many patients qualify for Medical Assistance but never finish the application. "
              "We need a volunteer with social-work or benefits experience to sit with patients and help them apply "
              "for MNsure and Medical Assistance on Thursday evenings."),
        ("p", "ORIENTATION NIGHT New volunteers meet on Thursday, April 3 at 4:00 pm, before clinic opens."),
    ]),
}
NEEDS += [
    need("orientation-packet.pdf", ["benefits navigator"], "skilled", "en", layout="pdf"),
]
TRAPS += [
    trap("orientation-packet.pdf", "how_to_apply", ["to begin volunteering"]),
    trap("orientation-packet.pdf", "event", ["orientation night"]),
]

ROBOTS = """User-agent: *
Disallow: /medical-director/
"""
