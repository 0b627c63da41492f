"""Site 10: a small-town public library in Wells (en + es page, policies and jobs pages with no needs,
English PDF newsletter; no robots-disallowed page)."""
from common import N, T

SLUG = "wells-public-library"
ROBOTS = "User-agent: *\nDisallow:\n\nUser-agent: AhrefsBot\nDisallow: /\n"

def head(lang, title):
    return """<!DOCTYPE html>
<html lang="%s">
<head>
<meta charset="utf-8">
<title>%s</title>
<link rel="stylesheet" href="/css/library.css">
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header role="banner">
 <img src="/img/wpl-logo.png" alt="Wells Public Library">
 <form class="catalog" action="https://catalog.example-trac.org/search" method="get"><input name="q" placeholder="Search the catalog"><button>Go</button></form>
 <nav role="navigation" aria-label="Main">
  <ul>
   <li><a href="/index.html">Home</a></li>
   <li><a href="/volunteer.html">Volunteer</a></li>
   <li><a href="/espanol.html">Español</a></li>
   <li><a href="/policies.html">Policies</a></li>
   <li><a href="/jobs.html">Jobs</a></li>
   <li><a href="/newsletter-fall-2025.pdf">Newsletter</a></li>
  </ul>
 </nav>
</header>
<main id="main">
""" % (lang, title)

FOOT = """
</main>
<footer role="contentinfo">
 <p>Wells Public Library &middot; 54 1st St SW, Wells, MN 56097 &middot; 507-555-0188 &middot; Member of the Traverse des Sioux Library Cooperative</p>
</footer>
</body>
</html>
"""

PAGES = {}

PAGES["index.html"] = head("en", "Wells Public Library") + """
<h1>Welcome to the Wells Public Library</h1>

<h2>Library hours</h2>
<table class="hours">
 <tr><th>Monday</th><td>10 am &ndash; 6 pm</td></tr>
 <tr><th>Tuesday</th><td>10 am &ndash; 7 pm</td></tr>
 <tr><th>Wednesday</th><td>10 am &ndash; 6 pm</td></tr>
 <tr><th>Thursday</th><td>10 am &ndash; 7 pm</td></tr>
 <tr><th>Friday</th><td>10 am &ndash; 5 pm</td></tr>
 <tr><th>Saturday</th><td>9 am &ndash; noon</td></tr>
</table>

<h2>Services</h2>
<ul>
 <li>Free Wi-Fi and public computers</li>
 <li>Printing, copying and faxing (10&cent; a page)</li>
 <li>Notary service by appointment</li>
 <li>Interlibrary loan from any library in Minnesota</li>
</ul>

<h2>Story Time</h2>
<p>Wednesdays at 10:30 am for ages 2&ndash;5 and their grown-ups.</p>

<h2>Friends of the Library Book Sale</h2>
<p>October 24&ndash;25 in the community room. Fill a bag for $5 on Saturday!</p>

<p class="friends">Love the library? Support the Friends of the Wells Public Library. <a href="https://friends.example.org/wells">Become a member</a></p>

<p class="small">Looking for last summer? See <a href="/events/summer-reading-2025.html">Summer Reading 2025 photos</a>.</p>
""" + FOOT

PAGES["volunteer.html"] = head("en", "Volunteer | Wells Public Library") + """
<h1>Volunteer at the library</h1>
<p>The library has two staff members and a lot of heart. Volunteers let us do more than we could ever do alone.</p>

<section>
 <h3>Homebound Delivery Driver</h3>
 <p class="meta">When: Thursday mornings &middot; Commitment: about 2 hours a week</p>
 <p>Deliver books and audiobooks to eight patrons who can&rsquo;t leave home. Use your own car; mileage is reimbursed by the Friends.</p>
</section>

<section>
 <h3>Tech Help Tuesdays</h3>
 <p class="meta">When: Tuesdays 4&ndash;6 pm &middot; Commitment: every other week</p>
 <p>Sit with patrons and help with smartphones, email, and online forms. You don&rsquo;t need to be an expert &mdash; just patient and comfortable with technology.</p>
</section>

<section>
 <h3>Seed Library Packers</h3>
 <p class="meta">When: February &middot; Commitment: one or two afternoons</p>
 <p>Our seed library opens in March. Help sort donated seeds and pack them into labeled envelopes.</p>
</section>

<section>
 <h3>Local History Room</h3>
 <p class="meta">When: flexible &middot; Commitment: a few hours a month for a year</p>
 <p>Our run of the <em>Wells Mirror</em> newspaper (1890s&ndash;1970s) is slowly falling apart. We would like a volunteer
 with archival or library experience to help plan and begin digitizing it, together with the Faribault County Historical Society.</p>
</section>

<section class="closed">
 <h3>Shelvers</h3>
 <p><strong>We have a waiting list for shelving.</strong> Thanks for your interest &mdash; we&rsquo;ll call you when a spot opens.</p>
</section>

<section class="closed">
 <h3>Teen Summer Volunteers</h3>
 <p>All summer teen volunteer spots are taken for 2025. Applications for 2026 open in April.</p>
</section>

<p>To volunteer, pick up an application at the front desk. Volunteers must be 14 or older.</p>
""" + FOOT

PAGES["espanol.html"] = head("es", "Biblioteca Pública de Wells – Información en español") + """
<h1>Biblioteca Pública de Wells &mdash; Información en español</h1>

<h2>Servicios gratuitos</h2>
<ul>
 <li>Tarjeta de biblioteca gratis (solo necesita un comprobante de domicilio)</li>
 <li>Libros y películas en español</li>
 <li>Computadoras e internet</li>
</ul>

<h2>Hora del cuento bilingüe</h2>
<p>Queremos empezar una hora del cuento bilingüe los sábados por la mañana. Para eso buscamos voluntarios que lean
cuentos en español y en inglés a niños pequeños. No hace falta experiencia, solo ganas.</p>

<h2>Libros infantiles en español</h2>
<p>Nuestra colección de libros en español para niños es muy pequeña. Aceptamos donaciones de libros infantiles en
español en buen estado, sobre todo libros para los que empiezan a leer.</p>

<h2>Clases de ciudadanía</h2>
<p>Los martes a las 6 pm, con una maestra de Blue Earth Area Adult Education. Gratis.</p>
""" + FOOT

PAGES["policies.html"] = head("en", "Policies | Wells Public Library") + """
<h1>Library policies</h1>
<h2>Getting a library card</h2>
<p>Bring a photo ID and something with your current address. Cards are free for residents of the Traverse des Sioux region.</p>
<h2>Meeting room</h2>
<p>The community room holds 40 people and can be reserved free of charge by nonprofit groups. Reserve at the desk.</p>
<h2>Gift policy</h2>
<p>The library gladly accepts donated books, DVDs and magazines in good condition. Donations become library property;
items we cannot use are given to the Friends&rsquo; book sale.</p>
<h2>Unattended children</h2>
<p>Children under 9 must be with an adult at all times.</p>
""" + FOOT

PAGES["jobs.html"] = head("en", "Jobs | Wells Public Library") + """
<h1>Employment</h1>
<p>The library is a department of the City of Wells. Apply through City Hall.</p>
<h2>Library Aide (part-time)</h2>
<p>18 hours a week including Saturdays, $16.50/hour. Checks materials in and out, shelves, helps patrons.</p>
<h2>Substitute Clerk (on call)</h2>
<p>Fills in when staff are sick or on vacation. $15/hour.</p>
""" + FOOT

PDFS = {
    "newsletter-fall-2025.pdf": ("Wells Public Library - Fall 2025 Newsletter", [
        ("title", "Wells Public Library - Fall 2025 Newsletter"),
        ("h", "From the Director"),
        ("p", "Summer reading 2025 was our biggest ever: 212 kids and 60 adults read more than 9,400 books. "
              "Thank you to the Wells Lions and Kiwanis for the prizes."),
        ("h", "Author visit: October 14, 6 pm"),
        ("p", "Minnesota mystery writer Karen Ostby reads from her new book set on a Faribault County farm. Free."),
        ("h", "Puzzle exchange"),
        ("p", "Our jigsaw puzzle exchange table has been a hit, and now it is nearly empty. Donations of complete "
              "puzzles (500 pieces or more) are welcome at the front desk."),
        ("h", "Friends corner"),
        ("p", "The Friends of the Library thank everyone who came to the spring plant sale. The Friends are looking "
              "for a volunteer secretary to take minutes at their monthly meeting (second Monday, 5:30 pm). "
              "Friends membership is only $10/year."),
        ("h", "Holiday closing"),
        ("p", "The library will be closed November 27-28 for Thanksgiving."),
    ]),
}

NEEDS = [
    N("volunteer.html", ["homebound delivery"], "volunteer", "en", [], "section_meta"),
    N("volunteer.html", ["tech help tuesdays"], "volunteer", "en", [], "section_meta"),
    N("volunteer.html", ["seed library packers"], "volunteer", "en", [], "section_meta"),
    N("volunteer.html", ["local history room", "digitizing"], "skilled", "en", [], "section_meta"),
    N("espanol.html", ["hora del cuento bilingüe", "lean cuentos"], "volunteer", "es", ["es", "en"],
      "heading_paragraph"),
    N("espanol.html", ["libros infantiles en español"], "donation", "es", [], "heading_paragraph"),
    N("newsletter-fall-2025.pdf", ["puzzle exchange", "jigsaw puzzle"], "donation", "en", [], "pdf"),
    N("newsletter-fall-2025.pdf", ["volunteer secretary"], "volunteer", "en", [], "pdf", "buried in Friends corner"),
]

TRAPS = [
    T("index.html", "hours", ["library hours"]),
    T("index.html", "service", ["free wi-fi"]),
    T("index.html", "service", ["notary service"]),
    T("index.html", "event", ["story time"]),
    T("index.html", "event", ["book sale"]),
    T("index.html", "general_appeal", ["become a member"]),
    T("volunteer.html", "filled", ["shelvers"], "waiting list"),
    T("volunteer.html", "filled", ["teen summer volunteers"], "all spots taken"),
    T("volunteer.html", "how_to_apply", ["pick up an application"]),
    T("espanol.html", "service", ["servicios gratuitos"]),
    T("espanol.html", "how_to_apply", ["comprobante de domicilio"]),
    T("espanol.html", "service", ["clases de ciudadanía"]),
    T("policies.html", "how_to_apply", ["getting a library card"]),
    T("policies.html", "service", ["meeting room"]),
    T("policies.html", "general_appeal", ["gift policy"], "standing donation policy, no specific ask"),
    T("jobs.html", "job", ["library aide"]),
    T("jobs.html", "job", ["substitute clerk"]),
    T("newsletter-fall-2025.pdf", "recap", ["summer reading 2025"]),
    T("newsletter-fall-2025.pdf", "event", ["author visit"]),
    T("newsletter-fall-2025.pdf", "general_appeal", ["$10/year"]),
    T("newsletter-fall-2025.pdf", "hours", ["holiday closing"]),
]
