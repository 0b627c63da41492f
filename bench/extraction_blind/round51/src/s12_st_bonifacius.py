"""Site 12: Crossroads Welcome Center, St. Bonifacius (Bootstrap 5).
Layouts: request-tracker table (#, posted, what, for, status Open/Matched/Closed),
short Vietnamese / Arabic / Amharic pages, Spanish PDF sign-up sheet."""
from kit import need, trap

SLUG = "st-bonifacius-crossroads-welcome-center"
TOWN = "st-bonifacius"

def head(lang, title, rtl=False):
    return """<!doctype html>
<html lang="%s"%s>
<head><meta charset="utf-8"><title>%s</title>
<link href="https://cdn.example.net/bootstrap@5.3.2/dist/css/bootstrap.min.css" rel="stylesheet"></head>
<body>
<nav class="navbar navbar-expand-lg bg-body-tertiary"><div class="container-fluid">
<a class="navbar-brand" href="/index.html">Crossroads Welcome Center</a>
<ul class="navbar-nav">
<li class="nav-item"><a class="nav-link" href="/index.html">Requests</a></li>
<li class="nav-item"><a class="nav-link" href="/vi/index.html">Tiếng Việt</a></li>
<li class="nav-item"><a class="nav-link" href="/ar/index.html">العربية</a></li>
<li class="nav-item"><a class="nav-link" href="/am/index.html">አማርኛ</a></li>
<li class="nav-item"><a class="nav-link" href="/hoja-de-inscripcion.pdf">Español (PDF)</a></li>
</ul></div></nav>
<div class="container my-4">
""" % (lang, ' dir="rtl"' if rtl else "", title)

FOOT = """</div>
<footer class="container border-top py-3 small"><p>Crossroads Welcome Center &middot; 8500 Kennedy Memorial Drive, St. Bonifacius, MN &middot; <span dir="ltr">555-0138</span> &middot; hello@crossroadsstbon.org</p>
<p><a href="/events/world-refugee-day.html">World Refugee Day</a> &middot; <a href="/coordinators/index.html">Coordinators</a></p></footer>
</body></html>
"""

PAGES = {}
PAGES["index.html"] = head("en", "Crossroads Welcome Center | St. Bonifacius") + """
<h1>Crossroads Welcome Center</h1>
<p class="lead">Helping newcomers in St. Bonifacius, Minnetrista and the west-metro lake towns find their way.</p>
<h2 class="mt-4">Open requests</h2>
<p>Each request comes from a family we work with. Call us to take one.</p>
<table class="table table-striped tracker">
<thead><tr><th>#</th><th>Posted</th><th>What&rsquo;s needed</th><th>For</th><th>Status</th></tr></thead>
<tbody>
<tr><td>214</td><td>Oct 30</td><td>Crib and crib mattress</td><td>Family of five, baby due in December</td><td><span class="badge text-bg-success">Open</span></td></tr>
<tr><td>213</td><td>Oct 28</td><td>Ride to the DMV road test in Chaska</td><td>Mr. Tesfaye</td><td><span class="badge text-bg-secondary">Matched</span></td></tr>
<tr><td>211</td><td>Oct 21</td><td>Two people to assemble flat-pack furniture (two beds, one dresser)</td><td>The Nguyen family</td><td><span class="badge text-bg-success">Open</span></td></tr>
<tr><td>209</td><td>Oct 15</td><td>Microwave</td><td>A couple in their 70s</td><td><span class="badge text-bg-dark">Closed &mdash; received, thank you</span></td></tr>
<tr><td>207</td><td>Oct 10</td><td>Résumé and licensing help for a nurse trained in Ethiopia</td><td>Ms. Hirut</td><td><span class="badge text-bg-success">Open</span></td></tr>
<tr><td>205</td><td>Oct 2</td><td>Winter coats for three teens</td><td>The Al-Masri family</td><td><span class="badge text-bg-dark">Closed &mdash; received</span></td></tr>
</tbody></table>
<h2 class="mt-4">What we offer</h2>
<p>Free interpreting at appointments, ESL classes and help with benefits paperwork.</p>
<p><b>Hours:</b> Monday, Wednesday and Friday, 10 am&ndash;4 pm.</p>
<p><a class="btn btn-primary" href="https://give.example.org/crossroads">Give monthly</a></p>
""" + FOOT

PAGES["vi/index.html"] = head("vi", "Trung tâm Crossroads — Tiếng Việt") + """
<h1>Trung tâm Crossroads</h1>
<h2>Cần người giúp điền đơn</h2>
<p>Mùa đông này nhiều gia đình cần nộp đơn xin trợ cấp sưởi ấm (Energy Assistance). Chúng tôi cần một người biết tiếng Việt và tiếng Anh để giúp điền đơn, chiều thứ Tư từ 2 đến 4 giờ.</p>
<h2>Lớp nấu ăn</h2>
<p>Lớp nấu ăn tháng 11 đã đủ người tình nguyện. Cảm ơn mọi người!</p>
<h2>Dịch vụ</h2>
<p>Thông dịch miễn phí khi đi khám bệnh và khi gặp giáo viên ở trường.</p>
""" + FOOT

PAGES["ar/index.html"] = head("ar", "مركز كروسرودز — العربية", rtl=True) + """
<h1>مركز كروسرودز للترحيب</h1>
<h2>محامي متطوع</h2>
<p>نبحث عن محامي متطوع متخصص في قضايا الهجرة للإجابة عن أسئلة العائلات مرة واحدة في الشهر، مساء الخميس.</p>
<h2>اليوم المفتوح</h2>
<p>يوم مفتوح للعائلات الجديدة: السبت 6 ديسمبر، من 11 إلى 2. طعام وألعاب للأطفال.</p>
<p>ساعات الدوام: الإثنين والأربعاء والجمعة، من 10 إلى 4.</p>
""" + FOOT

PAGES["am/index.html"] = head("am", "ክሮስሮድስ የእንግዳ ማዕከል — አማርኛ") + """
<h1>ክሮስሮድስ የእንግዳ ማዕከል</h1>
<h2>የኮምፒውተር ትምህርት አስተማሪ</h2>
<p>ለአዋቂዎች መሠረታዊ የኮምፒውተር ትምህርት የሚያስተምር በጎ ፈቃደኛ እንፈልጋለን። ረቡዕ ማታ ከ6 እስከ 8 (Wednesday 6&ndash;8 pm)።</p>
<h2>የቡና ሥነ ሥርዓት</h2>
<p>በየወሩ የመጀመሪያ እሁድ ከሰዓት በኋላ። ሁሉም ተጋብዘዋል።</p>
<h2>የክረምት ጫማ</h2>
<p>በቂ አለን። እናመሰግናለን፤ ተጨማሪ አያስፈልግም።</p>
""" + FOOT

PAGES["coordinators/index.html"] = head("en", "Coordinator notes") + """
<h1>Coordinator notes (internal)</h1>
<ul>
<li>Need a volunteer to rebuild the intake database before January.</li>
<li>Find a church that can store donated furniture over the winter.</li>
</ul>
""" + FOOT

ROBOTS = """User-agent: *
Disallow: /coordinators/
"""

PDFS = {
    "hoja-de-inscripcion.pdf": ("Centro Crossroads - Hoja de inscripción de voluntarios", [
        ("title", "Centro Crossroads - Hoja de inscripción de voluntarios"),
        ("p", "Nombre: ______________________   Teléfono: ______________"),
        ("h", "Dónde nos hace falta ayuda"),
        ("p", "Ropero comunitario (sábados de 9 a 12): ordenar la ropa donada por talla y atender a las familias. Faltan 3 personas."),
        ("p", "Clases de ciudadanía: el grupo de los martes ya está completo. No se necesitan más voluntarios."),
        ("h", "Cómo entregar esta hoja"),
        ("p", "Entréguela en la recepción o envíe una foto a voluntarios@crossroadsstbon.org."),
    ]),
}

P_IDX, P_VI, P_AR, P_AM, P_PDF, P_CO = ("index.html", "vi/index.html", "ar/index.html", "am/index.html",
                                        "hoja-de-inscripcion.pdf", "coordinators/index.html")
NEEDS = [
    need(P_IDX, ["crib mattress"], "donation", "en", layout="request_tracker"),
    need(P_IDX, ["flat-pack furniture", "assemble"], "volunteer", "en", layout="request_tracker"),
    need(P_IDX, ["licensing help"], "skilled", "en", layout="request_tracker"),
    need(P_VI, ["điền đơn"], "skilled", "vi", ["vi", "en"], layout="heading_paragraph"),
    need(P_AR, ["محامي متطوع"], "skilled", "ar", layout="heading_paragraph"),
    need(P_AM, ["የኮምፒውተር ትምህርት"], "skilled", "am", layout="heading_paragraph"),
    need(P_PDF, ["ropero"], "volunteer", "es", layout="pdf"),
]
TRAPS = [
    trap(P_IDX, "filled", ["road test"], "Matched"),
    trap(P_IDX, "filled", ["microwave"], "Closed — received"),
    trap(P_IDX, "filled", ["winter coats for three teens"], "Closed — received"),
    trap(P_IDX, "service", ["benefits paperwork"]),
    trap(P_IDX, "hours", ["hours:"]),
    trap(P_IDX, "general_appeal", ["give monthly"]),
    trap(P_VI, "filled", ["lớp nấu ăn"], "'đã đủ người tình nguyện'"),
    trap(P_VI, "service", ["thông dịch miễn phí"]),
    trap(P_AR, "event", ["اليوم المفتوح"]),
    trap(P_AR, "hours", ["ساعات الدوام"]),
    trap(P_AM, "event", ["የቡና ሥነ ሥርዓት"]),
    trap(P_AM, "filled", ["የክረምት ጫማ"], "'በቂ አለን'"),
    trap(P_PDF, "filled", ["clases de ciudadanía"], "'ya está completo'"),
    trap(P_PDF, "how_to_apply", ["cómo entregar esta hoja"]),
    trap(P_CO, "robots", ["intake database"]),
    trap(P_CO, "robots", ["store donated furniture"]),
]
