"""Pine River Community Closet: Notion-style callouts, kanban board of roles (status = column), Spanish page, English PDF flyer."""
from common import need, trap

SLUG = "pine-river-community-closet"

ROBOTS = """User-agent: *
Disallow: /volunteers-only/
"""


def shell(lang, title, body, p=""):
    return """<!DOCTYPE html>
<html lang="%(lang)s">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%(title)s</title>
<link rel="stylesheet" href="%(p)sstatic/notion-export.css">
</head>
<body>
<article class="page sans">
<header>
 <div class="page-header-icon">&#129525;</div>
 <p class="site-name"><a href="%(p)sindex.html">Pine River Community Closet</a></p>
 <p class="links"><a href="%(p)sindex.html">Home</a> &middot; <a href="%(p)sdonate.html">Donate items</a> &middot;
 <a href="%(p)svolunteer.html">Volunteer board</a> &middot; <a href="%(p)ses/index.html">Espa&ntilde;ol</a></p>
</header>
<div class="page-body">
%(body)s
</div>
<footer class="page-footer">
 <p>Pine River Community Closet &middot; 312 Barclay Avenue, Pine River, MN 56474 &middot; 218-555-0131 &middot;
 <a href="mailto:closet@pinerivercloset.org">closet@pinerivercloset.org</a></p>
 <p><a href="%(p)sdocs/closet-flyer.pdf">Fall flyer (PDF)</a> &middot; <a href="%(p)svolunteers-only/index.html">Volunteers only</a></p>
</footer>
</article>
</body>
</html>
""" % {"lang": lang, "title": title, "body": body, "p": p}


INDEX = shell("en", "Pine River Community Closet", """
<h1 class="page-title">Pine River Community Closet</h1>
<p>Free clothes and household goods for anyone in the Pine River&ndash;Backus area.</p>
<figure class="callout" style="white-space:pre-wrap;display:flex"><div style="font-size:1.5em">&#128340;</div><div style="width:100%">
<p><strong>Closet hours</strong></p>
<p>Tuesday 10&ndash;2 &middot; Thursday 3&ndash;7 &middot; Saturday 9&ndash;12</p></div></figure>
<h2>How it works</h2>
<p>Everything is free. No ID, no income check, no limit except &ldquo;take what your family will use.&rdquo;</p>
<h2>Back-to-school giveaway</h2>
<p>Saturday, August 16, 9&ndash;12: backpacks, school clothes and haircuts by Pine River Beauty.</p>
<h2>Last winter</h2>
<p>We gave away 1,100 coats and 800 pairs of mittens. <a href="blog/summer-giveaway-recap.html">Read the summer recap</a></p>
<h2>Help us pay the rent</h2>
<p>$25 covers a month of hangers and heat. <a href="https://give.example-closet.org">Give online</a></p>
""")

DONATE = shell("en", "Donate items", """
<h1 class="page-title">Donate items</h1>
<p>Please check the status board before you bring bags &mdash; our back room is small.</p>
<figure class="callout" style="display:flex"><div>&#128993;</div><div>
<p><strong>Running low &mdash; please bring:</strong></p>
<ul class="bulleted-list">
 <li>Men&rsquo;s jeans, waist 32&ndash;36</li>
 <li>Kids&rsquo; winter boots</li>
 <li>New socks and underwear, all sizes</li>
</ul></div></figure>
<figure class="callout" style="display:flex"><div>&#128308;</div><div>
<p><strong>Full &mdash; please hold until fall:</strong></p>
<ul class="bulleted-list">
 <li>Summer dresses</li>
 <li>Toddler shoes</li>
 <li>Stuffed animals</li>
</ul></div></figure>
<h2>Household corner</h2>
<p>Seeking twin bed frames and mattresses (clean, no stains) for families moving out of the Pine River shelter into
their first apartment.</p>
<h2>Drop-off</h2>
<p>Drop-off during open hours only. Please don&rsquo;t leave bags outside the door; they get rained on.</p>
""")

VOLUNTEER = shell("en", "Volunteer board", """
<h1 class="page-title">Volunteer board</h1>
<p>Here is our board as of June 9. Message Jolene at 218-555-0131 to take a card.</p>
<div class="collection-content board">
 <div class="board-column">
  <div class="board-group-title">Open</div>
  <div class="board-card"><div class="card-name">Sorters</div>
   <div class="card-prop">Tuesday and Thursday mornings, 2-hour shifts. Sort bags by size and season, hang and shelve.</div></div>
  <div class="board-card"><div class="card-name">Mending volunteer</div>
   <div class="card-prop">Can you sew on a button and fix a zipper? We set aside good coats with small tears. Bring your own machine or use ours.</div></div>
  <div class="board-card"><div class="card-name">Utility trailer, on loan</div>
   <div class="card-prop">A few times a year a family moves from the shelter into an apartment. Could someone lend us a utility trailer for a
   Saturday? We have volunteers with hitches.</div></div>
 </div>
 <div class="board-column">
  <div class="board-group-title">Filled</div>
  <div class="board-card"><div class="card-name">Weekend greeter</div>
   <div class="card-prop">Thanks, Darlene!</div></div>
 </div>
 <div class="board-column">
  <div class="board-group-title">Staff</div>
  <div class="board-card"><div class="card-name">Closet Manager (AmeriCorps)</div>
   <div class="card-prop">11-month AmeriCorps position with living allowance and education award.</div></div>
 </div>
</div>
<h2>Monthly volunteer potluck</h2>
<p>Last Monday of the month at 6 p.m. in the back room. Bring a dish if you like.</p>
""")

ES_INDEX = shell("es", "Ropero Comunitario de Pine River", """
<h1 class="page-title">Ropero Comunitario de Pine River</h1>
<h2>Todo es gratis</h2>
<p>Ropa y cosas para la casa, gratis para todos. No pedimos identificaci&oacute;n.</p>
<h2>Horario</h2>
<p>Martes de 10 a 2, jueves de 3 a 7, s&aacute;bado de 9 a 12.</p>
<h2>Se buscan recepcionistas biling&uuml;es</h2>
<p>Los s&aacute;bados por la ma&ntilde;ana buscamos recepcionistas biling&uuml;es (espa&ntilde;ol e ingl&eacute;s) que ayuden a las
familias a encontrar tallas y expliquen c&oacute;mo funciona el ropero.</p>
<h2>Abrigos para adultos</h2>
<p>&iexcl;Cupo lleno! Ya recibimos suficientes abrigos para adultos este a&ntilde;o.</p>
<h2>Zapatos de ni&ntilde;o</h2>
<p>Nos hacen falta zapatos deportivos para ni&ntilde;os, tallas 11 a 6.</p>
<h2>Entrega de regreso a clases</h2>
<p>S&aacute;bado 16 de agosto, de 9 a 12: mochilas, ropa escolar y cortes de pelo gratis.</p>
""", p="../")

VOL_ONLY = shell("en", "Volunteers only", """
<h1 class="page-title">Volunteers only</h1>
<ul class="to-do-list">
 <li>Key holder for Saturday opening</li>
 <li>Shelving units for the back room</li>
 <li>Someone to update the Facebook page</li>
</ul>
""", p="../")

PAGES = {
    "index.html": INDEX,
    "donate.html": DONATE,
    "volunteer.html": VOLUNTEER,
    "es/index.html": ES_INDEX,
    "volunteers-only/index.html": VOL_ONLY,
}

PDFS = {
    "docs/closet-flyer.pdf": ("Fall Coat Drive 2025 - Pine River Community Closet", [
        ("title", "Fall Coat Drive 2025"),
        ("p", "Pine River Community Closet - 312 Barclay Avenue - 218-555-0131"),
        ("gap", ""),
        ("p", "Winter comes early up here. From October 1 to 31 we are collecting kids' coats, snow pants, mittens and "
              "hats, sizes 2T to youth XL. Clean, please, with working zippers."),
        ("gap", ""),
        ("h", "Coat sorting night"),
        ("p", "Thursday, October 2, 5 to 8 p.m. We need 10 volunteers to sort, size and hang. Pizza provided."),
        ("gap", ""),
        ("h", "Drop-off hours"),
        ("p", "Tuesday 10-2, Thursday 3-7, Saturday 9-12, at the side door."),
        ("gap", ""),
        ("h", "Free coats for families"),
        ("p", "Coats are given out free starting November 1. No sign-up needed."),
    ]),
}

NEEDS = [
    need("donate.html", ["running low", "men's jeans"], "donation", "en", layout="wish_list",
         note="Notion callout list = one need"),
    need("donate.html", ["twin bed"], "donation", "en", layout="seeking"),
    need("volunteer.html", ["sorters"], "volunteer", "en", layout="kanban_board"),
    need("volunteer.html", ["mending"], "skilled", "en", layout="kanban_board"),
    need("volunteer.html", ["utility trailer"], "other", "en", layout="kanban_board", note="loan"),
    need("es/index.html", ["recepcionistas bilingües"], "skilled", "es", ["es", "en"], layout="seeking"),
    need("es/index.html", ["zapatos"], "donation", "es", layout="short_on", note="'Nos hacen falta'"),
    need("docs/closet-flyer.pdf", ["coat drive", "kids' coats"], "donation", "en", layout="pdf"),
    need("docs/closet-flyer.pdf", ["coat sorting"], "volunteer", "en", layout="pdf"),
]

TRAPS = [
    trap("index.html", "hours", ["closet hours"]),
    trap("index.html", "service", ["everything is free"]),
    trap("index.html", "event", ["back-to-school giveaway"]),
    trap("index.html", "recap", ["1,100 coats"]),
    trap("index.html", "general_appeal", ["help us pay the rent"]),
    trap("donate.html", "filled", ["please hold", "summer dresses"], note="red 'Full' callout"),
    trap("donate.html", "hours", ["drop-off"]),
    trap("volunteer.html", "filled", ["weekend greeter"], note="in the 'Filled' board column"),
    trap("volunteer.html", "job", ["closet manager"]),
    trap("volunteer.html", "event", ["volunteer potluck"]),
    trap("es/index.html", "service", ["todo es gratis"]),
    trap("es/index.html", "hours", ["horario"]),
    trap("es/index.html", "filled", ["abrigos para adultos"], note="'¡Cupo lleno!'"),
    trap("es/index.html", "event", ["entrega de regreso a clases"]),
    trap("docs/closet-flyer.pdf", "hours", ["drop-off hours"]),
    trap("docs/closet-flyer.pdf", "service", ["free coats for families"]),
    trap("volunteers-only/index.html", "robots", ["key holder"]),
    trap("volunteers-only/index.html", "robots", ["shelving units"]),
    trap("volunteers-only/index.html", "robots", ["facebook page"]),
]
