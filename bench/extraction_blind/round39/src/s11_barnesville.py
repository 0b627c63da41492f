"""Neighbor Repair Network, Barnesville MN: modern utility-class site. Project table with OPEN / DONE /
SCHEDULED rows plus a 'short on' materials list; skills page with inline markup inside headings, a vehicle
loan ('other'), a stipend role, a blog teaser; Somali page; English PDF waiver with a build-week ask; robots /crew-leads/."""
from common import need, trap

SLUG = "barnesville-neighbor-repair-network"


def page(title, lang, body):
    return """<!DOCTYPE html>
<html lang="%s" class="h-full">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%s — Neighbor Repair Network</title>
<link rel="stylesheet" href="/build/app.3f9c1a.css">
<script defer src="/build/app.3f9c1a.js"></script>
</head>
<body class="bg-stone-50 text-stone-800">
<div class="mx-auto max-w-5xl px-4">
<header class="flex items-center justify-between py-6 border-b">
  <a href="/index.html" class="text-xl font-bold">🔨 Neighbor Repair Network</a>
  <nav class="flex gap-4 text-sm">
    <a href="/projects.html" class="hover:underline">Projects</a>
    <a href="/skills.html" class="hover:underline">Skills we need</a>
    <a href="/so/index.html" class="hover:underline" lang="so">Af-Soomaali</a>
  </nav>
</header>
<main class="py-8 space-y-8">
%s
</main>
<footer class="border-t py-6 text-xs text-stone-500">
  Neighbor Repair Network · PO Box 88, Barnesville, MN 56514 · 218-555-0138 ·
  <a href="/docs/volunteer-waiver.pdf">Volunteer waiver (PDF)</a> ·
  <a href="/crew-leads/roster.html">Crew leads</a>
</footer>
</div>
</body>
</html>
""" % (lang, title, body)


INDEX = page("Home", "en", """
<section class="rounded-xl bg-amber-100 p-8">
  <h1 class="text-3xl font-extrabold">Neighbors fixing homes for neighbors</h1>
  <p class="mt-2 max-w-prose">We do free home repairs for seniors, people with disabilities and low-income families in Clay and Wilkin counties. Safe steps, warm windows, working faucets.</p>
  <a href="https://donate.example.org/nrn" class="mt-4 inline-block rounded bg-amber-600 px-4 py-2 text-white">Chip in for lumber</a>
</section>
<section class="grid md:grid-cols-2 gap-6">
  <div>
    <h2 class="text-lg font-semibold">Request a repair</h2>
    <p>Fill out the intake form at the Barnesville library or call 218-555-0138. Someone will visit within two weeks to look at the job.</p>
  </div>
  <div>
    <h2 class="text-lg font-semibold">Our story</h2>
    <p>It started in 2019 with one ramp and six retired farmers. <a href="/blog/2023-ramp-build.html" class="underline">Read about the ramp that started it</a>.</p>
  </div>
</section>
""")

PROJECTS = page("Projects", "en", """
<h1 class="text-2xl font-bold">Open projects</h1>
<p>Pick a project and call or text Dale. We pair beginners with someone who has done it before.</p>
<table class="projects w-full text-sm">
  <thead><tr><th>Project</th><th>Where</th><th>What it takes</th><th>Status</th></tr></thead>
  <tbody>
    <tr><td>Wheelchair ramp for Mrs. H.</td><td>Glyndon</td><td>4 people, two Saturdays; we teach you</td><td><span class="badge badge-open">OPEN</span> 2 more needed</td></tr>
    <tr class="opacity-50"><td>Leaking kitchen faucet</td><td>Barnesville</td><td>Plumbing</td><td><span class="badge badge-done">DONE</span> 3/2</td></tr>
    <tr><td>Storm windows on a 1920s farmhouse</td><td>Rollag</td><td>Glazing and carpentry experience</td><td><span class="badge badge-open">OPEN</span></td></tr>
    <tr class="opacity-50"><td>Porch roof patch</td><td>Hawley</td><td>Roofing</td><td><span class="badge">SCHEDULED</span> crew full</td></tr>
    <tr><td>Grab bars in a tiled bathroom</td><td>Sabin</td><td>Drilling into tile, finding studs</td><td><span class="badge badge-open">OPEN</span></td></tr>
  </tbody>
</table>
<section>
  <h2 class="text-lg font-semibold">Materials we're short on</h2>
  <ul class="list-disc pl-6">
    <li>Exterior screws, 3 inch</li>
    <li>2x4 studs, 8 foot</li>
    <li>Caulk and caulk guns</li>
    <li>Contractor bags</li>
  </ul>
  <p class="text-sm">Drop-off: the red shed behind Dale's garage, 602 Front St.</p>
</section>
""")

SKILLS = page("Skills we need", "en", """
<h1 class="text-2xl font-bold">Skills we're looking for</h1>
<section>
  <h3 class="font-semibold">Someone who knows <em>lead-safe</em> work</h3>
  <p>Most of the houses we work on were built before 1978. We need a person with EPA RRP (lead-safe) certification to supervise paint scraping on two summer projects.</p>
</section>
<section>
  <h3 class="font-semibold"><span class="tag">Scheduling</span> Volunteer dispatcher</h3>
  <p>Two hours a week from home, on the phone, matching repair requests with crews. A shared spreadsheet and a lot of patience.</p>
</section>
<section>
  <h3 class="font-semibold">A pickup with a <strong>trailer</strong>, once a month</h3>
  <p>We haul lumber from the Fargo yard on the first Saturday. Bring your truck and trailer for the morning; we pay mileage.</p>
</section>
<section>
  <h3 class="font-semibold">Crew lead</h3>
  <p>Stipend of $400 a month; leads two projects a month from estimate to cleanup.</p>
</section>
<aside class="rounded bg-stone-100 p-4"><a href="/skills.html#blog">Read: what a year of ramps taught us &rarr;</a></aside>
<p class="text-sm">In 2024 we finished 63 projects in 11 towns.</p>
""")

SO = page("Af-Soomaali", "so", """
<h1 class="text-2xl font-bold">Shabakadda Dayactirka Deriska</h1>
<p>Waxaan bilaash u dayactirnaa guryaha waayeelka, dadka naafada ah iyo qoysaska dakhligoodu yar yahay ee Clay iyo Wilkin.</p>
<h2 class="text-lg font-semibold">Sida loo codsado dayactir</h2>
<p>Wac 218-555-0138 ama foomka ka buuxi maktabadda Barnesville.</p>
<h2 class="text-lg font-semibold">Waxaan raadineynaa qof ku hadla Soomaali iyo Ingiriis</h2>
<p>Marka kooxdayadu booqato qoysaska Soomaaliyeed ee Moorhead iyo Barnesville, waxaan u baahanahay qof la socda oo u turjuma qoyska iyo kooxda dhexdooda. Sabtida subaxdii, 2&ndash;3 saacadood.</p>
<h2 class="text-lg font-semibold">Qalabka aan u baahannahay</h2>
<ul class="list-disc pl-6">
  <li>Jaranjaro (ladder) 6 cagood ah</li>
  <li>Dubbe (hammer)</li>
  <li>Dalooliye koronto (drill)</li>
</ul>
<p><s>Rinjiyeynta guriga Xaliimo</s> &mdash; waa la dhammeeyay, mahadsanidiin!</p>
""")

CREW = page("Crew leads", "en", """
<h1 class="text-2xl font-bold">Crew lead roster (internal)</h1>
<ul class="list-disc pl-6">
  <li>Need a crew lead for Hawley jobs in June.</li>
  <li>Borrow scaffolding from Moorhead Habitat for the Rollag windows.</li>
  <li>Ask Fleet Farm for a donated air compressor.</li>
</ul>
""")

PAGES = {
    "index.html": INDEX,
    "projects.html": PROJECTS,
    "skills.html": SKILLS,
    "so/index.html": SO,
    "crew-leads/roster.html": CREW,
}

ROBOTS = """User-agent: *
Disallow: /crew-leads/
Disallow: /build/
"""

PDFS = {
    "docs/volunteer-waiver.pdf": ("Volunteer waiver and Spring Build Week", [
        ("title", "VOLUNTEER WAIVER - NEIGHBOR REPAIR NETWORK"),
        ("p", "Barnesville, Minnesota"),
        ("gap", ""),
        ("h", "Spring Build Week, May 12-17"),
        ("p", "Six ramps in six days across Clay County. Besides builders, we need cooks to feed 30 volunteers a hot "
              "lunch each day. Bring a crockpot dish to the job site or grill on site; we reimburse groceries."),
        ("gap", ""),
        ("h", "Release of liability"),
        ("p", "I understand that construction work involves risk of injury. I agree to follow the directions of my "
              "crew lead and to wear the safety gear provided."),
        ("p", "Name: ____________________   Signature: ____________________   Date: __________"),
        ("gap", ""),
        ("h", "Return this waiver"),
        ("p", "Sign and return this waiver to your crew lead before your first shift, or mail it to PO Box 88."),
    ]),
}

NEEDS = [
    need("projects.html", ["wheelchair ramp"], "volunteer", "en", layout="shift_table", note="OPEN, 2 more needed"),
    need("projects.html", ["storm windows"], "skilled", "en", layout="shift_table"),
    need("projects.html", ["grab bars"], "skilled", "en", layout="shift_table"),
    need("projects.html", ["materials we're short on", "exterior screws", "caulk"], "donation", "en", layout="short_on"),
    need("skills.html", ["lead-safe", "rrp"], "skilled", "en", layout="inline_markup_heading"),
    need("skills.html", ["dispatcher"], "volunteer", "en", layout="inline_markup_heading"),
    need("skills.html", ["trailer"], "other", "en", layout="inline_markup_heading", note="lend a truck and trailer"),
    need("so/index.html", ["ku hadla soomaali iyo ingiriis"], "skilled", "so", ["so", "en"], layout="heading_paragraph"),
    need("so/index.html", ["qalabka aan u baahannahay", "jaranjaro"], "donation", "so", layout="wish_list"),
    need("docs/volunteer-waiver.pdf", ["feed 30 volunteers", "hot lunch"], "volunteer", "en", layout="pdf"),
]

TRAPS = [
    trap("index.html", "service", ["free home repairs"]),
    trap("index.html", "how_to_apply", ["request a repair"]),
    trap("index.html", "general_appeal", ["chip in"]),
    trap("projects.html", "filled", ["kitchen faucet"], "DONE"),
    trap("projects.html", "filled", ["porch roof"], "SCHEDULED, crew full"),
    trap("projects.html", "hours", ["drop-off"]),
    trap("skills.html", "job", ["crew lead"], "stipend"),
    trap("skills.html", "blog", ["year of ramps"]),
    trap("skills.html", "recap", ["63 projects"]),
    trap("so/index.html", "service", ["bilaash u dayactirnaa"]),
    trap("so/index.html", "how_to_apply", ["sida loo codsado"]),
    trap("so/index.html", "filled", ["rinjiyeynta"], "<s> + done"),
    trap("docs/volunteer-waiver.pdf", "how_to_apply", ["return this waiver"]),
    trap("crew-leads/roster.html", "robots", ["crew lead for hawley"]),
    trap("crew-leads/roster.html", "robots", ["scaffolding"]),
    trap("crew-leads/roster.html", "robots", ["air compressor"]),
]
