from common import N, T

SLUG = "albertville-renters-union"


def page(lang, title, body):
    return """<!DOCTYPE html>
<html lang="%s">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%s — Albertville Renters Union</title>
<link rel="stylesheet" href="https://cdn.example-fonts.invalid/inter.css">
<style>
body{font-family:Inter,sans-serif;max-width:980px;margin:auto}
.role-grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(260px,1fr));gap:1.2rem}
.role{border-radius:10px;box-shadow:0 1px 4px #0002;padding:1rem}
.role .status{float:right;font-size:.7rem;font-weight:700}
.role .status.filled{color:#777}
</style>
</head>
<body>
<header>
 <a class="brand" href="/">ARU &mdash; Albertville Renters Union</a>
 <nav><a href="/get-involved.html">Get involved</a> <a href="/stories.html">Stories</a> <a href="/faq.html">FAQ</a> <a href="/es/unete.html">Español</a></nav>
</header>
%s
<footer>
 <p>Albertville Renters Union &middot; c/o Friendship Hall, 5960 Main Ave NE, Albertville, MN 55301 &middot; (763) 555-0192 &middot; organize@albertvillerenters.org</p>
 <p><a href="/organizers/strategy.html">Organizer workspace</a> &middot; <a href="/press/2023-rent-strike.html">Press</a></p>
</footer>
</body>
</html>
""" % (lang, title, body)


INDEX = page("en", "Home", """
<main>
<h1>Renters have power when we stand together.</h1>
<p>We are tenants from Maple Terrace, Cedar Creek Townhomes and the Main Avenue apartments organizing for safe, affordable homes.</p>
<section><h2>Join the union</h2><p>Membership is $5 a month or whatever you can pay. Members vote on every campaign.</p></section>
<section><h2>General meeting</h2><p>Second Thursday of every month, 7 pm, Friendship Hall. Childcare and dinner provided.</p></section>
<section><h2>Tenant rights clinic</h2><p>Got an eviction notice or a repair problem? Our trained members will sit down with you and explain your rights for free.</p></section>
</main>
""")

INVOLVED = page("en", "Get involved", """
<main>
<h1>Get involved</h1>
<p>Every role below is unpaid unless it says otherwise. Reply to any card by texting (763) 555-0192.</p>
<div class="role-grid">
 <article class="role"><span class="status">OPEN</span><h3>Door knockers for Maple Terrace</h3>
  <p>We are surveying all 96 units about mold before our meeting with the owner. Two-hour shifts on weekday evenings, always in pairs.</p></article>
 <article class="role"><span class="status">OPEN</span><header><strong>Spanish&ndash;English interpreters</strong></header>
  <p>About a third of our members speak Spanish first. Interpret at monthly meetings and at negotiations with landlords.</p></article>
 <article class="role"><span class="status">OPEN</span><div class="role-title">Childcare at meetings</div>
  <p>Watch kids in the next room during our Thursday meetings so parents can take part. Background check required.</p></article>
 <article class="role"><span class="status">OPEN</span><h3>Legal observer</h3>
  <p>Law students or paralegals to sit in on housing court hearings and take notes for the tenant.</p></article>
 <article class="role"><span class="status filled">FILLED</span><h3>Flyer designer</h3>
  <p>Thank you, Marisol! We're set on design for the fall campaign.</p></article>
 <article class="role"><span class="status">PAID</span><h3>Campaign organizer</h3>
  <p>Stipend of $600 a month for 15 hours a week through December.</p></article>
</div>
</main>
""")

STORIES = page("en", "Stories", """
<main>
<h1>Stories</h1>
<article>
 <h2><a href="/stories.html#win">How Cedar Creek tenants won new windows</a></h2>
 <p class="teaser">It took eleven months, two petitions and one very long meeting&hellip;</p>
</article>
<article id="ana">
 <h2>No heat at Main Avenue</h2>
 <p>Ana lives on the third floor of the Main Avenue building with her three children. The boiler failed on November 2 and
 the landlord says the part will take &ldquo;a few weeks&rdquo;. At night it is 54 degrees in the kids' room. We are
 pushing the city to act, but right now the family needs two or three electric space heaters (with tip-over shut-off) to
 get through the wait. If you can drop one off at Friendship Hall, we will bring it over the same day.</p>
</article>
<article id="win">
 <h2>Last spring's win</h2>
 <p>Last spring, after 40 households signed our petition, Cedar Creek replaced every leaking window in the complex.</p>
</article>
</main>
""")

ES = page("es", "Únete", """
<main>
<h1>Únete al sindicato de inquilinos</h1>
<h2>Capitanes de edificio</h2>
<p>Buscamos vecinos que puedan ser capitanes de edificio: una persona por edificio que reparta volantes, avise de las
reuniones y escuche los problemas de sus vecinos. Solo unas horas al mes.</p>
<h2>Una camioneta prestada</h2>
<p>El 3 de mayo una familia de Maple Terrace se muda después de ganar su caso. Necesitamos una camioneta prestada o un
tráiler por un día para ayudarles con la mudanza.</p>
<h2>Comida para la asamblea</h2>
<p>Ya está cubierta, gracias. La panadería La Espiga nos regala los tamales.</p>
<h2>¿Tiene un problema con su casero?</h2>
<p>Para presentar una queja, llene la hoja de reparaciones y tráigala a la reunión del jueves. Le ayudamos a escribir la carta.</p>
</main>
""")

FAQ = page("en", "FAQ", """
<main>
<h1>Frequently asked questions</h1>
<dl class="faq">
 <dt>Can I help if I'm not a renter?</dt>
 <dd>Absolutely. Right now we especially need someone comfortable with spreadsheets or databases to clean up and keep our
 member database (about 300 people across five buildings). It's a few hours a month from home.</dd>
 <dt>My landlord won't fix my sink. What should I do?</dt>
 <dd>Put your request in writing, keep a copy, and take photos. Then bring everything to our tenant rights clinic.</dd>
 <dt>When and where do you meet?</dt>
 <dd>The second Thursday of each month at 7 pm at Friendship Hall.</dd>
 <dt>Do you take donations?</dt>
 <dd>We take money for the legal defense fund. We don't have storage for furniture or clothes.</dd>
</dl>
</main>
""")

ORGANIZERS = page("en", "Organizer workspace", """
<main>
<h1>Organizer workspace (not public)</h1>
<ul>
 <li>Need a volunteer attorney for the Maple Terrace escrow case.</li>
 <li>Ask the union hall for a donated printer.</li>
 <li>Find two drivers for the Capitol lobby day.</li>
</ul>
</main>
""")

PAGES = {"index.html": INDEX, "get-involved.html": INVOLVED, "stories.html": STORIES, "es/unete.html": ES,
         "faq.html": FAQ, "organizers/strategy.html": ORGANIZERS}

ROBOTS = """User-agent: *
Disallow: /organizers/
Disallow: /admin
"""

NEEDS = [
    N("get-involved.html", ["door knockers"], "volunteer", "en", layout="role_cards", note="title h3"),
    N("get-involved.html", ["spanish–english interpreters", "interpreters"], "skilled", "en", ["es", "en"], layout="role_cards", note="title in header>strong"),
    N("get-involved.html", ["childcare at meetings"], "volunteer", "en", layout="role_cards", note="title in div"),
    N("get-involved.html", ["legal observer"], "skilled", "en", layout="role_cards"),
    N("stories.html", ["space heaters"], "donation", "en", layout="story", note="family without heat"),
    N("es/unete.html", ["capitanes de edificio"], "volunteer", "es", layout="heading_paragraph"),
    N("es/unete.html", ["camioneta prestada"], "other", "es", layout="heading_paragraph", note="lend a van for a day"),
    N("faq.html", ["member database"], "skilled", "en", layout="faq_answer"),
]

TRAPS = [
    T("index.html", "general_appeal", ["join the union"]),
    T("index.html", "event", ["general meeting"]),
    T("index.html", "service", ["tenant rights clinic"]),
    T("get-involved.html", "filled", ["flyer designer"], "FILLED"),
    T("get-involved.html", "job", ["campaign organizer"], "stipend"),
    T("stories.html", "blog", ["how cedar creek tenants won new windows"]),
    T("stories.html", "recap", ["last spring's win"]),
    T("es/unete.html", "filled", ["comida para la asamblea"], "ya está cubierta"),
    T("es/unete.html", "how_to_apply", ["presentar una queja"]),
    T("faq.html", "how_to_apply", ["won't fix my sink"]),
    T("faq.html", "event", ["when and where do you meet"]),
    T("faq.html", "general_appeal", ["legal defense fund"]),
    T("organizers/strategy.html", "robots", ["volunteer attorney"]),
    T("organizers/strategy.html", "robots", ["donated printer"]),
    T("organizers/strategy.html", "robots", ["lobby day"]),
]
