"""Site 11: Open Door Dental Clinic, Milroy MN. Squarespace-ish English site: home page, volunteer page
with headings and sections (<del> filled role, 'Seeking' donation, wish list, 'we can't host'),
patients page (services, hours, how to get an appointment, sealant day), English PDF newsletter with
needs buried in paragraphs, broken link to a PDF form, robots /staff/."""
from common import need, trap

SLUG = "milroy-open-door-dental-clinic"

def page(title, body):
    return """<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%s</title>
<link rel="stylesheet" href="//assets.squarespace.com/universal/styles-compressed/commerce.css">
</head>
<body id="collection-5f2" class="header-overlay-alignment-center">
<div class="Site">
<header class="Header">
 <div class="Header-branding"><a href="/index.html">Open Door Dental Clinic</a></div>
 <nav class="Header-nav" data-content-field="navigation">
  <div class="Header-nav-inner">
   <a href="/index.html" class="Header-nav-item">Home</a>
   <a href="/patients.html" class="Header-nav-item">For Patients</a>
   <a href="/volunteer.html" class="Header-nav-item">Volunteer &amp; Give</a>
   <a href="/smile-notes-fall-2025.pdf" class="Header-nav-item">Newsletter</a>
  </div>
 </nav>
</header>
<main class="Main"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page">
%s
</div></main>
<footer class="Footer">
 <div class="sqs-block html-block"><div class="sqs-block-content">
  <p>Open Door Dental Clinic &middot; 300 Euclid Ave, Milroy, MN 56263 &middot; (507) 555-0197</p>
  <p><a href="/staff/schedule.html">Staff login</a></p>
 </div></div>
</footer>
</div>
</body>
</html>
""" % (title, body)

def block(html):
    return '<div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block"><div class="sqs-block-content">\n%s\n</div></div></div></div>\n' % html

INDEX = page("Open Door Dental Clinic", block("""<h1>Free dental care for people without dental insurance</h1>
<p>Open Door is a volunteer dental clinic in Lyon and Redwood counties. Since 2009 our volunteer dentists, hygienists and helpers have cared for farmworkers, plant workers, elders and children who have nowhere else to go.</p>""")
+ block("""<h2>Our story</h2>
<p>Open Door started in the basement of St. Michael's with one borrowed chair. Today we have three operatories and see about 120 patients a month.</p>""")
+ block("""<p><a href="/patients.html">Need care? Start here &rarr;</a> &nbsp; <a href="/volunteer.html">Want to help? &rarr;</a></p>"""))

VOL = page("Volunteer &amp; Give &mdash; Open Door Dental Clinic", block("""<h1>Volunteer &amp; Give</h1>
<p>Everything we do depends on volunteers. Email <a href="mailto:volunteer@opendoordental.org">volunteer@opendoordental.org</a> and tell us which role interests you.</p>""")
+ block("""<h2>Dentists</h2>
<p>Licensed Minnesota dentists for one Saturday clinic a month (8 am&ndash;1 pm). We carry malpractice coverage for volunteers through the state program.</p>""")
+ block("""<h2>Dental assistants</h2>
<p>Certified (CDA) or experienced chairside assistants. Wednesday evening and Saturday clinics are both short.</p>""")
+ block("""<h2>Front desk &amp; check-in</h2>
<p>Greet patients, check them in on the laptop, and keep the waiting room calm. No dental experience needed &ndash; just patience and a friendly face.</p>""")
+ block("""<h2>Interpreters</h2>
<h3>Somali interpreter &ndash; Saturdays</h3>
<p>More Somali families from Marshall are coming to our Saturday clinics. We need someone who speaks Somali and English to help patients and dentists understand each other. Medical interpreting experience is helpful but not required.</p>
<h3><del>Hmong interpreter</del></h3>
<p>Filled &ndash; Kou Lee now comes every other Saturday. Thank you, Kou!</p>""")
+ block("""<h2><del>Sterilization technician</del></h2>
<p>This role was filled in August. Thank you, Deb!</p>""")
+ block("""<h2>Seeking: a donated autoclave</h2>
<p>Our 1998 autoclave is on its last legs. If your practice is upgrading, we would gladly take your old unit as long as it still passes a spore test. We can pick it up anywhere in southwest Minnesota.</p>""")
+ block("""<h2>Wish list for the kids' table</h2>
<ul>
 <li>Child-size toothbrushes</li>
 <li>Floss picks</li>
 <li>Stickers and small prizes</li>
 <li>Sugar-free lollipops</li>
</ul>""")
+ block("""<h2>Student observers</h2>
<p>We're sorry &ndash; we cannot host pre-dental or hygiene student observers this year. Please check back next fall.</p>""")
+ block("""<h2>Give</h2>
<p>A $50 gift pays for a child's cleaning and fluoride. <a href="/smile-notes-fall-2025.pdf">Read our newsletter</a> to see what your gifts do.</p>"""))

PAT = page("For Patients &mdash; Open Door Dental Clinic", block("""<h1>For patients</h1>
<h2>What we offer</h2>
<p>Cleanings, fillings, extractions, fluoride and sealants for children, and referrals for dentures. All care is free.</p>
<h2>Clinic hours</h2>
<p>Wednesday evenings 5&ndash;8 pm; Saturday clinics 8 am&ndash;1 pm (first and third Saturdays).</p>
<h2>How to get an appointment</h2>
<p>Call (507) 555-0197 on Monday mornings starting at 9 am. You qualify if you have no dental insurance and your household income is under 200% of the federal poverty level. Please fill out the <a href="/forms/medical-history.pdf">medical history form (PDF)</a> before your visit.</p>
<h2>Free sealant day for kids</h2>
<p>Saturday, October 18: free sealants and fluoride for children ages 6&ndash;14, no appointment needed.</p>
<h2>Interpreters</h2>
<p>We provide Spanish, Somali and Hmong interpreters free of charge. Tell us when you call.</p>"""))

STAFF = page("Staff schedule", block("""<h1>Staff schedule (internal)</h1>
<ul>
 <li>Need a second hygienist for Oct 18 sealant day.</li>
 <li>Order more lidocaine carpules.</li>
 <li>Find a replacement x-ray sensor.</li>
</ul>"""))

PAGES = {
    "index.html": INDEX,
    "volunteer.html": VOL,
    "patients.html": PAT,
    "staff/schedule.html": STAFF,
}

ROBOTS = """User-agent: *
Disallow: /config
Disallow: /search
Disallow: /account$
Disallow: /staff/
Disallow: /api/

Sitemap: https://www.opendoordental.org/sitemap.xml
"""

PDFS = {
    "smile-notes-fall-2025.pdf": ("Smile Notes - Fall 2025", [
        ("title", "SMILE NOTES - FALL 2025"),
        ("p", "The newsletter of Open Door Dental Clinic, Milroy, Minnesota"),
        ("h", "Thank you, Dr. Hanson"),
        ("p", "Dr. Ron Hanson retired in June after 22 years of Saturdays with us. He pulled more teeth than "
              "anyone can count and never once complained about the coffee. With Dr. Hanson gone, our "
              "third-Saturday extraction clinic has no one to lead it. We are looking for a retired or "
              "semi-retired oral surgeon, or a general dentist comfortable with surgical extractions, to "
              "supervise the extraction clinic once a month. Please call Linda if you know someone."),
        ("h", "A new shelf, and a ramp"),
        ("p", "Boy Scout Troop 41 built new supply shelves for the back room this summer. Our next project "
              "is the side entrance: patients in wheelchairs now have to be carried up two steps. Milroy "
              "Lumber has donated the materials, and we need someone handy with carpentry to build a "
              "wheelchair ramp over two or three Saturdays."),
        ("h", "By the numbers"),
        ("p", "In 2024 we saw 1,406 patients and gave $612,000 worth of free care."),
        ("h", "Save the date: Smile Gala"),
        ("p", "Our annual Smile Gala is Friday, March 6, 2026 at the Marshall Golf Club. Tickets $60."),
    ]),
}

NEEDS = [
    need("volunteer.html", ["dentists"], "skilled", "en", [], "heading_paragraph"),
    need("volunteer.html", ["dental assistants"], "skilled", "en", [], "heading_paragraph"),
    need("volunteer.html", ["front desk"], "volunteer", "en", [], "heading_paragraph"),
    need("volunteer.html", ["somali interpreter"], "skilled", "en", ["so", "en"], "heading_paragraph",
         "h3 under an 'Interpreters' h2"),
    need("volunteer.html", ["autoclave"], "donation", "en", [], "seeking"),
    need("volunteer.html", ["toothbrushes", "kids' table"], "donation", "en", [], "wish_list"),
    need("smile-notes-fall-2025.pdf", ["oral surgeon", "extraction clinic"], "skilled", "en", [],
         "newsletter_buried"),
    need("smile-notes-fall-2025.pdf", ["wheelchair ramp"], "skilled", "en", [], "newsletter_buried",
         "carpentry; materials donated"),
]

TRAPS = [
    trap("index.html", "service", ["free dental care"]),
    trap("index.html", "recap", ["our story"]),
    trap("volunteer.html", "filled", ["hmong interpreter"], "<del> + 'Filled'"),
    trap("volunteer.html", "filled", ["sterilization technician"], "<del>, filled in August"),
    trap("volunteer.html", "filled", ["student observers"], "'we cannot host' this year"),
    trap("volunteer.html", "general_appeal", ["$50 gift"]),
    trap("patients.html", "service", ["what we offer", "cleanings, fillings"]),
    trap("patients.html", "hours", ["clinic hours"]),
    trap("patients.html", "how_to_apply", ["how to get an appointment"]),
    trap("patients.html", "event", ["sealant day"]),
    trap("patients.html", "service", ["we provide spanish, somali and hmong interpreters"]),
    trap("smile-notes-fall-2025.pdf", "bio", ["thank you, dr. hanson"]),
    trap("smile-notes-fall-2025.pdf", "recap", ["1,406 patients"]),
    trap("smile-notes-fall-2025.pdf", "event", ["smile gala"]),
    trap("staff/schedule.html", "robots", ["second hygienist"]),
    trap("staff/schedule.html", "robots", ["lidocaine"]),
    trap("staff/schedule.html", "robots", ["x-ray sensor"]),
]
