"""Site 1: Holy Trinity Catholic Church, Le Center (en + es). eCatholic-style CMS, ministry table with a
status column, bilingual bulletin PDF, Spanish ministry page, staff page, robots-disallowed portal."""
from common import N, T

SLUG = "le-center-holy-trinity-parish"

HEAD = """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | Holy Trinity Catholic Church &ndash; Le Center, MN</title>
<link rel="stylesheet" href="/_assets/ecatholic-theme.css">
<style>
body{{font-family:Georgia,serif;margin:0;color:#222}}
.topbar{{background:#5b1a1a;color:#f3e9d2;font-size:13px;padding:6px 20px}}
.topbar a{{color:#f3e9d2}}
header.site{{padding:18px 20px;border-bottom:4px solid #c9a227}}
nav.mega ul{{list-style:none;margin:0;padding:0;display:flex;gap:22px}}
nav.mega li ul{{display:none}}
main{{max-width:980px;margin:0 auto;padding:20px}}
.ministry-table td,.ministry-table th{{border:1px solid #ddd;padding:8px;vertical-align:top}}
.status-open{{color:#0a6b2d;font-weight:bold}}.status-closed{{color:#888}}
footer{{background:#2a2a2a;color:#ccc;padding:24px;font-size:14px}}
footer a{{color:#fff}}
</style>
</head>
<body>
<div class="topbar">Mass Times &bull; <a href="/bulletin.pdf">This Week's Bulletin</a> &bull; <a href="/es/">Espa&ntilde;ol</a> &bull; <a href="/parishioner-portal/">Parishioner Login</a></div>
<header class="site">
 <a href="/" class="logo"><img src="/_assets/logo-trinity.png" alt="Holy Trinity Catholic Church"></a>
 <nav class="mega" aria-label="Main">
  <ul>
   <li><a href="/">Home</a></li>
   <li><a href="/ministries.html">Get Involved</a>
     <ul><li><a href="/ministries.html#liturgy">Liturgical Ministries</a></li><li><a href="/ministries.html#care">Care Ministries</a></li></ul></li>
   <li><a href="/staff.html">Staff &amp; Contact</a></li>
   <li><a href="/es/">Ministerio Hispano</a></li>
   <li><a href="/photos/first-communion-2024.html">Photo Gallery</a></li>
  </ul>
 </nav>
</header>
"""

FOOT = """<footer>
 <div class="cols">
  <div><strong>Holy Trinity Catholic Church</strong><br>
  240 S. Cordova St., Le Center, MN 56057<br>Parish Office: 507-555-0114 &middot; office@holytrinitylecenter.example</div>
  <div><strong>Office Hours</strong><br>Monday&ndash;Thursday 8:30 a.m. &ndash; 3:30 p.m.<br>Closed Fridays</div>
  <div><a href="/parishioner-portal/">Parishioner Portal</a> &middot; <a href="/staff.html">Staff</a> &middot; A parish of the Diocese of Winona-Rochester</div>
 </div>
 <p class="copy">&copy; 2025 Holy Trinity Parish. Website powered by a parish CMS.</p>
</footer>
</body>
</html>
"""

INDEX = HEAD.format(lang="en", title="Home") + """<main>
<section class="hero">
 <h1>Welcome Home to Holy Trinity</h1>
 <p>Whether you are a lifelong parishioner, new to Le Center, or just passing through on Highway 99, we are glad
 you found us. Holy Trinity has served the families of Le Sueur County since 1877, and today we celebrate the
 Mass in English and in Spanish.</p>
</section>

<section class="mass-times">
 <h2>Weekend Mass Times</h2>
 <table>
  <tr><td>Saturday Vigil</td><td>5:00 p.m.</td></tr>
  <tr><td>Sunday</td><td>8:00 a.m. &amp; 10:30 a.m.</td></tr>
  <tr><td>Misa en espa&ntilde;ol (domingo)</td><td>12:30 p.m.</td></tr>
 </table>
 <p>Weekday Mass Tuesday&ndash;Friday at 8:15 a.m. Confessions Saturday 3:45&ndash;4:30 p.m.</p>
</section>

<section class="news-cards">
 <h2>Parish News</h2>
 <div class="card">
  <h3>Lenten Fish Fry &ndash; Fridays 4:30&ndash;7:00 p.m.</h3>
  <p>Beer-battered walleye, coleslaw, and our famous cheesy potatoes in the school gym. Adults $15, kids $7,
  under 5 free. Take-out available.</p>
 </div>
 <div class="card">
  <h3>Catholic Services Appeal: 62% of our goal</h3>
  <p>Thank you to the 184 households who have pledged so far. Every gift supports charities, seminarians and
  Catholic schools across southern Minnesota. <a href="https://give.example/dwr">Give online</a>.</p>
 </div>
 <div class="card">
  <h3>Ministries Need You!</h3>
  <p>There is a place for everyone at Holy Trinity. Browse our ministries and find where God is calling you.</p>
  <a class="btn" href="/ministries.html">Get Involved &rarr;</a>
 </div>
 <div class="card">
  <h3>Read the Bulletin</h3>
  <p>The weekly bulletin is posted every Thursday afternoon. <a href="/bulletin.pdf">Download this week's bulletin (PDF)</a>.</p>
 </div>
</section>
</main>
""" + FOOT

MINISTRIES = HEAD.format(lang="en", title="Get Involved") + """<main>
<h1>Get Involved</h1>
<p>Our parish runs on the gifts of its people. The table below shows every ministry and where it stands this
season. If a ministry says it is open, call the contact person directly &ndash; they would love to hear from you.</p>

<h2 id="liturgy">Liturgical Ministries</h2>
<table class="ministry-table">
 <thead><tr><th>Ministry</th><th>What it involves</th><th>Contact</th><th>Status</th></tr></thead>
 <tbody>
  <tr><td>Lectors for the 8:00 a.m. Sunday Mass</td><td>Proclaim the first and second readings about once a month. We provide a
   workbook and a short training with Deacon Mike.</td><td>Deacon Mike Schoenecker</td><td class="status-open">Recruiting &ndash; 3 more needed</td></tr>
  <tr><td>Extraordinary Ministers of Holy Communion</td><td>Distribute Communion at weekend Masses.</td><td>Jan Wolf</td>
   <td class="status-closed">Full for 2025 &ndash; sign-ups reopen in January</td></tr>
  <tr><td>Ushers &amp; Greeters</td><td>Welcome people at the doors, take up the collection.</td><td>Tom Richter</td>
   <td class="status-closed">Full</td></tr>
  <tr><td>Adult Choir</td><td>Sings at the 10:30 a.m. Mass.</td><td>Karen Pfarr</td>
   <td class="status-closed">On summer break &ndash; rehearsals resume in September</td></tr>
  <tr><td>Sound board operator</td><td>Run the sound system at the 10:30 a.m. Mass: microphones, levels and the livestream.
   Some comfort with technology needed; we will show you the rest.</td><td>Pat Tieben</td><td class="status-open">Open &ndash; 1 needed</td></tr>
 </tbody>
</table>

<h2 id="care">Care Ministries</h2>
<table class="ministry-table">
 <thead><tr><th>Ministry</th><th>What it involves</th><th>Contact</th><th>Status</th></tr></thead>
 <tbody>
  <tr><td>Funeral luncheon servers</td><td>Set up, serve and clean up the lunch after a parish funeral, usually on a weekday
   from 11:00 a.m. to 2:00 p.m. You are called only when you are available.</td><td>Marlys Huber</td><td class="status-open">Open &ndash; 6 more needed</td></tr>
  <tr><td>Homebound communion visitors</td><td>Bring Communion and a friendly visit to parishioners at home or at
   Central Health Care once a week.</td><td>Fr. Tony</td><td class="status-open">2 needed</td></tr>
  <tr><td>Prayer chain</td><td>Receive prayer requests by phone or text and pray for them.</td><td>Dolores Kruger</td>
   <td class="status-closed">Full &ndash; thank you!</td></tr>
 </tbody>
</table>

<p class="note"><strong>Safe Environment:</strong> Every volunteer who works with minors or vulnerable adults must complete
VIRTUS training and a background check before starting. Call the parish office to register for the next session.</p>
</main>
""" + FOOT

ES_INDEX = HEAD.format(lang="es", title="Ministerio Hispano") + """<main>
<h1>Ministerio Hispano de la Santa Trinidad</h1>
<p class="lead">&iexcl;Bienvenidos! La comunidad hispana de Holy Trinity celebra la Misa en espa&ntilde;ol cada domingo a las 12:30 p.m.
Somos familias de M&eacute;xico, Guatemala y El Salvador que trabajan en las granjas, en la planta de Le Sueur y en los
negocios del pueblo.</p>

<div class="row">
 <div class="col">
  <h2>Lo que ofrecemos</h2>
  <ul>
   <li><strong>Clases de ingl&eacute;s gratis</strong> &ndash; martes a las 6:30 p.m. en el s&oacute;tano de la iglesia.</li>
   <li><strong>Ayuda con tr&aacute;mites</strong> &ndash; una vez al mes viene una abogada de inmigraci&oacute;n; haga su cita en la oficina.</li>
   <li><strong>Confesiones en espa&ntilde;ol</strong> &ndash; el primer s&aacute;bado del mes de 11:00 a 12:00.</li>
  </ul>
  <h2>Catecismo para ni&ntilde;os</h2>
  <p>Para inscribir a su hijo en catecismo, traiga el acta de bautismo a la oficina parroquial antes del 15 de septiembre.
  La cuota es de $40 por familia.</p>
 </div>
 <div class="col">
  <h2>Nuestra comunidad necesita de usted</h2>
  <h3>Guitarrista para el coro de la misa en espa&ntilde;ol</h3>
  <p>Nuestro coro tiene voces pero no tiene qui&eacute;n toque. Buscamos a alguien que sepa tocar guitarra (o bajo) y pueda
  ensayar los jueves a las 7:00 p.m. Hable con Rosa Trejo despu&eacute;s de misa.</p>
  <h3>Cuidado de ni&ntilde;os durante los retiros de padres</h3>
  <p>Cuatro s&aacute;bados al a&ntilde;o los pap&aacute;s tienen su retiro de preparaci&oacute;n. Necesitamos j&oacute;venes mayores de 16 a&ntilde;os
  o mam&aacute;s que cuiden a los peque&ntilde;os en el sal&oacute;n de abajo.</p>
  <h3>Flores y veladoras para el altar de la Virgen</h3>
  <p>Para el 12 de diciembre queremos llenar el altar de la Virgen de Guadalupe. Si puede, traiga rosas, veladoras o
  manteles blancos a la sacrist&iacute;a la semana del 8 de diciembre.</p>
  <h3 class="tachado"><s>Voluntarios para la kerm&eacute;s</s></h3>
  <p>&iexcl;Ya tenemos suficientes voluntarios para la kerm&eacute;s de agosto! Gracias a todos los que se apuntaron.</p>
 </div>
</div>

<section class="fiesta">
 <h2>Fiesta de Nuestra Se&ntilde;ora de Guadalupe</h2>
 <p>Ma&ntilde;anitas a las 5:00 a.m. el 12 de diciembre, Misa a las 7:00 p.m. y convivio con tamales y champurrado en el gimnasio.
 &iexcl;Todos est&aacute;n invitados!</p>
</section>
</main>
""" + FOOT

STAFF = HEAD.format(lang="en", title="Staff & Contact") + """<main>
<h1>Parish Staff</h1>
<div class="staff-grid">
 <div class="person"><img src="/_assets/staff/frtony.jpg" alt="">
  <h3>Rev. Anthony Nguyen</h3><p class="role">Pastor</p>
  <p>Fr. Tony was ordained in 2011 and came to Holy Trinity from St. Casimir in Wells. He enjoys fishing on Lake Tetonka and
  is learning Spanish one homily at a time.</p></div>
 <div class="person"><img src="/_assets/staff/mike.jpg" alt="">
  <h3>Deacon Mike Schoenecker</h3><p class="role">Permanent Deacon</p>
  <p>Mike and his wife Barb have five grandchildren. He leads baptism preparation and lector training.</p></div>
 <div class="person"><img src="/_assets/staff/lupe.jpg" alt="">
  <h3>Guadalupe &ldquo;Lupe&rdquo; Ram&iacute;rez</h3><p class="role">Director of Faith Formation</p>
  <p>Lupe coordinates religious education in English and Spanish for 210 children.</p></div>
 <div class="person"><img src="/_assets/staff/pat.jpg" alt="">
  <h3>Pat Tieben</h3><p class="role">Business Manager</p><p>Questions about contributions and statements go to Pat.</p></div>
</div>

<h2>Employment Opportunities</h2>
<article class="job">
 <h3>Part-time Parish Custodian</h3>
 <p>20 hours per week, $17.50/hour. Cleaning the church and parish center, setting up for funerals and events, light
 snow removal. Send a letter of interest to Pat Tieben by March 31.</p>
</article>
<article class="job">
 <h3>Director of Music (salaried, 0.75 FTE)</h3>
 <p>Plan and lead music for weekend liturgies and holy days, direct the adult choir. Position posted on the diocesan job board.</p>
</article>

<h2>Contact</h2>
<p>Call 507-555-0114 or stop in during office hours. For a sick call or emergency anointing after hours, call 507-555-0115.</p>
</main>
""" + FOOT

PORTAL = HEAD.format(lang="en", title="Parishioner Portal") + """<main>
<h1>Parishioner Portal</h1>
<p class="warn">This area is for registered parishioners. Please do not share these pages.</p>
<h2>Funeral Lunch Roster &ndash; Gerald Pfarr, Thursday</h2>
<p>Bars needed: 6 pans. Salads needed: 3. Sign up by replying to Marlys.</p>
<h2>Volunteer Scheduler Needed</h2>
<p>We need someone to build the Mass schedule for lectors and servers each quarter in our scheduling software.</p>
<h2>Cemetery Committee</h2>
<p>Looking for two people to help mow and trim the parish cemetery on Wednesday evenings.</p>
</main>
""" + FOOT

PAGES = {
    "index.html": INDEX,
    "ministries.html": MINISTRIES,
    "es/index.html": ES_INDEX,
    "staff.html": STAFF,
    "parishioner-portal/index.html": PORTAL,
}

ROBOTS = """# robots.txt for holytrinitylecenter.example
User-agent: *
Disallow: /parishioner-portal/
Disallow: /_assets/private/

Sitemap: https://holytrinitylecenter.example/sitemap.xml
"""

PDFS = {
    "bulletin.pdf": ("Holy Trinity Bulletin - Third Sunday of Lent", [
        ("title", "HOLY TRINITY CATHOLIC CHURCH - LE CENTER, MINNESOTA"),
        ("p", "Third Sunday of Lent  |  Tercer Domingo de Cuaresma  |  Bulletin / Boletín"),
        ("h", "Mass Intentions This Week"),
        ("p", "Tue 8:15 am  +Leonard Kubes    Wed 8:15 am  +Irene Maloney    Thu 8:15 am  For the people of the parish"),
        ("p", "Fri 8:15 am  +Ruth Schoenecker    Sat 5:00 pm  +Harold & Bernice Wolf"),
        ("h", "From the Pastor's Desk"),
        ("p", "Dear friends, Lent is half over. If your Lenten resolution has slipped, do not be discouraged: the Lord "
              "is patient with us. Start again this week. - Fr. Tony"),
        ("h", "Stewardship"),
        ("p", "Last weekend's offertory: $4,812.00. Online giving: $1,140.00. Catholic Services Appeal pledged to date: "
              "$31,600 of our $51,000 goal. Thank you for your generosity."),
        ("h", "Fish Fry Help Wanted"),
        ("p", "The Knights are frying, but the kitchen is running short-handed. We need dishwashers for any Friday "
              "shift (4:00-8:00 pm), especially March 21 and March 28. Teenagers needing service hours are welcome. "
              "Call Deb Kruger at 507-555-0117."),
        ("p", "Separately, the dessert table is always short on pies by 6 pm. Homemade pies (any kind, in disposable "
              "pans please) can be dropped off in the school kitchen Friday afternoon."),
        ("h", "Knights of Columbus Pancake Breakfast"),
        ("p", "Sunday, April 6, 8:00 am to noon in the gym. Free-will offering benefits the youth mission trip."),
        ("h", "Second Collection Next Weekend"),
        ("p", "Next weekend's second collection is for Catholic Relief Services' Rice Bowl. Please return your Rice Bowls "
              "by Holy Thursday."),
        ("h", "St. Vincent de Paul"),
        ("p", "If you are struggling with rent, utilities or a car repair, our St. Vincent de Paul Conference may be able "
              "to help. All calls are confidential: 507-555-0118."),
        ("gap", ""),
        ("title", "MINISTERIO HISPANO"),
        ("h", "Misa en español"),
        ("p", "Todos los domingos a las 12:30 p.m. Rosario a las 12:00 p.m."),
        ("h", "Se buscan catequistas"),
        ("p", "Para el grupo de Primera Comunión de los sábados (10:00 a.m. a 11:30 a.m.) se buscan catequistas que "
              "puedan dar la clase en español. No se necesita experiencia; Lupe les da el material y una capacitación "
              "de dos sábados."),
        ("h", "Retiro de Cuaresma"),
        ("p", "Sábado 29 de marzo, de 9:00 a.m. a 3:00 p.m. con el padre Joaquín de Mankato. Habrá comida."),
    ]),
}

NEEDS = [
    # ministries.html: table with a status column
    N("ministries.html", ["lectors", "lector"], "volunteer", "en", layout="status_table",
      note="row 'Recruiting - 3 more needed'"),
    N("ministries.html", ["sound board operator", "sound board"], "skilled", "en", layout="status_table",
      note="row 'Open - 1 needed'; some tech comfort needed"),
    N("ministries.html", ["funeral luncheon servers", "funeral luncheon"], "volunteer", "en", layout="status_table",
      note="row 'Open - 6 more needed'"),
    N("ministries.html", ["homebound communion visitors", "homebound"], "volunteer", "en", layout="status_table",
      note="row '2 needed'"),
    # bulletin.pdf
    N("bulletin.pdf", ["dishwashers", "dishwasher"], "volunteer", "en", layout="pdf",
      note="bulletin 'Fish Fry Help Wanted' paragraph 1"),
    N("bulletin.pdf", ["homemade pies", "pies"], "donation", "en", layout="pdf",
      note="bulletin 'Fish Fry Help Wanted' paragraph 2 ('short on pies'); separate ask of a different kind"),
    N("bulletin.pdf", ["catequistas", "catequista"], "skilled", "es", ["es"], layout="pdf",
      note="Spanish section of the bilingual bulletin; class taught in Spanish"),
    # es/index.html
    N("es/index.html", ["guitarrista", "guitarra"], "skilled", "es", layout="heading_paragraph"),
    N("es/index.html", ["cuidado de niños", "cuiden a los pequeños"], "volunteer", "es", layout="heading_paragraph"),
    N("es/index.html", ["veladoras", "flores"], "donation", "es", layout="heading_paragraph",
      note="flowers, candles, white altar cloths for Dec 12 = one need"),
]

TRAPS = [
    T("index.html", "event", ["lenten fish fry", "walleye"], "fish fry dinner itself"),
    T("index.html", "general_appeal", ["catholic services appeal", "give online"]),
    T("index.html", "general_appeal", ["ministries need you"], "teaser pointing to ministries page, no role named"),
    T("index.html", "hours", ["weekend mass times", "saturday vigil"]),
    T("index.html", "hours", ["office hours"], "footer"),
    T("index.html", "hours", ["confessions saturday"]),
    T("ministries.html", "filled", ["extraordinary ministers", "holy communion"], "Full for 2025"),
    T("ministries.html", "filled", ["ushers", "greeters"], "Full"),
    T("ministries.html", "filled", ["adult choir"], "on summer break"),
    T("ministries.html", "filled", ["prayer chain"], "Full - thank you!"),
    T("ministries.html", "how_to_apply", ["virtus", "safe environment", "background check"]),
    T("bulletin.pdf", "hours", ["mass intentions"]),
    T("bulletin.pdf", "blog", ["from the pastor's desk"]),
    T("bulletin.pdf", "recap", ["stewardship", "offertory"]),
    T("bulletin.pdf", "event", ["pancake breakfast"]),
    T("bulletin.pdf", "general_appeal", ["second collection", "rice bowl"]),
    T("bulletin.pdf", "service", ["st. vincent de paul", "struggling with rent"]),
    T("bulletin.pdf", "hours", ["misa en español", "rosario"]),
    T("bulletin.pdf", "event", ["retiro de cuaresma"]),
    T("es/index.html", "service", ["clases de inglés gratis", "clases de inglés"]),
    T("es/index.html", "service", ["ayuda con trámites", "abogada de inmigración"]),
    T("es/index.html", "hours", ["confesiones en español"]),
    T("es/index.html", "how_to_apply", ["para inscribir a su hijo", "acta de bautismo"]),
    T("es/index.html", "filled", ["voluntarios para la kermés", "kermés"], "struck heading + 'ya tenemos suficientes'"),
    T("es/index.html", "event", ["fiesta de nuestra señora", "tamales"]),
    T("staff.html", "bio", ["rev. anthony nguyen", "pastor"]),
    T("staff.html", "bio", ["director of faith formation"]),
    T("staff.html", "job", ["parish custodian", "custodian"], "$17.50/hour"),
    T("staff.html", "job", ["director of music"], "salaried"),
    T("parishioner-portal/index.html", "robots", ["funeral lunch roster", "bars needed"]),
    T("parishioner-portal/index.html", "robots", ["volunteer scheduler"]),
    T("parishioner-portal/index.html", "robots", ["cemetery committee", "mow and trim"]),
]
