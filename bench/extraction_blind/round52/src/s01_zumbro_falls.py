"""Site 1: Zumbro Falls Community Cupboard (food shelf). English + Spanish.
WordPress-like theme with a sidebar; two-row-header shifts table; shift-swap board;
progress-thermometer drive page; Spanish page; two-column PDF flyer; robots /board/."""
from util import N, T

SLUG = "zumbro-falls-community-cupboard"

NAV = """<header class="site-header"><div class="ast-container">
<a class="site-title" href="/">Zumbro Falls Community Cupboard</a>
<nav class="main-navigation"><ul id="primary-menu" class="menu">
<li class="menu-item"><a href="/">Home</a></li>
<li class="menu-item"><a href="/shifts.html">Volunteer Shifts</a></li>
<li class="menu-item"><a href="/swap.html">Swap Board</a></li>
<li class="menu-item"><a href="/drive.html">Fall Drive</a></li>
<li class="menu-item"><a href="/flyer.pdf">Fall Flyer (PDF)</a></li>
<li class="menu-item"><a href="/es/">Español</a></li>
</ul></nav></div></header>"""

FOOT = """<footer class="site-footer"><div class="footer-widgets">
<section class="widget"><h4 class="widget-title">Now hiring</h4>
<p>Part-time <strong>Warehouse Lead</strong>, 15 hrs/week, $18/hour. Forklift certification a plus. Apply by September 30 &mdash; send a resume to jobs@zfcupboard.org.</p></section>
<section class="widget"><h4 class="widget-title">Support the Cupboard</h4>
<p>Gifts are tax-deductible. <a href="/drive.html#cooler">Give online</a> or mail a check to PO Box 41, Zumbro Falls, MN.</p></section>
<section class="widget"><h4 class="widget-title">Links</h4>
<ul><li><a href="/board/">Board portal</a></li><li><a href="/es/">En español</a></li></ul></section>
</div><div class="site-info">&copy; 2024 Zumbro Falls Community Cupboard &middot; 507-555-0111</div></footer>"""


def page(title, body, lang="en-US", sidebar=""):
    return """<!DOCTYPE html>
<html lang="%s">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%s &ndash; Zumbro Falls Community Cupboard</title>
<link rel="stylesheet" id="astra-theme-css-css" href="/wp-content/themes/astra/assets/css/minified/main.min.css" media="all">
<style>.ast-container{max-width:1140px;margin:0 auto}.thermo{background:#eee;border-radius:8px;height:14px}.thermo span{display:block;height:14px;border-radius:8px;background:#d35400}
.note{background:#fff8b3;padding:10px 14px;margin:10px;box-shadow:2px 2px 4px #aaa;display:inline-block;width:240px;vertical-align:top}
.note.done{background:#e3f3e3;text-decoration:none}</style>
</head>
<body class="page-template-default ast-right-sidebar">
%s
<div id="content" class="site-content"><div class="ast-container">
<div id="primary" class="content-area"><main id="main" class="site-main">
<article class="page type-page status-publish"><div class="entry-content">
%s
</div></article></main></div>
%s
</div></div>
%s
</body>
</html>
""" % (lang, title, NAV, body, sidebar, FOOT)


INDEX_SIDEBAR = """<div class="widget-area secondary" id="secondary"><div class="sidebar-main">
<aside class="widget widget_text"><h2 class="widget-title">Running low this week</h2>
<div class="textwidget"><p>Our baby shelf is nearly empty. We are short on <b>size 5 and 6 diapers</b>, <b>baby wipes</b> and infant formula (any brand, unopened, not expired). Drop-off at the side door.</p></div></aside>
<aside class="widget widget_text"><h2 class="widget-title">Thank you!</h2>
<div class="textwidget"><p>To the Riverside 4-H club for 600 lbs of canned goods collected at the county fair. You are amazing.</p></div></aside>
</div></div>"""

INDEX = page("Home", """
<h1 class="entry-title">Welcome to the Cupboard</h1>
<p>We are a volunteer-run food shelf for households along the Zumbro River valley. Anyone who needs food is welcome; no one is turned away.</p>
<div class="wp-block-group has-background" style="background:#f2efe6;padding:16px">
<h3>When we're open</h3>
<p>Open Tuesdays 3&ndash;7 pm and Saturdays 9 am&ndash;noon. Closed on legal holidays.</p>
</div>
<div class="wp-block-columns">
<div class="wp-block-column"><h3>Lend a hand</h3><p>Shifts are posted every month. Find one that fits your week &rarr; <a href="/shifts.html">see the shifts</a></p></div>
<div class="wp-block-column"><h3>From the blog</h3><p><a href="/shifts.html#blog">Why our freezer is the hardest-working volunteer we have</a> &mdash; a story about compressors, power outages and 900 pounds of ground turkey.</p></div>
</div>
<h2>Harvest Supper</h2>
<p>Saturday, October 12, 5&ndash;7 pm at the Legion hall. Roast pork, apple crisp, live fiddle music. Free-will offering; everyone welcome. <a href="/photos/harvest-supper-2023.html">Photos from last year's supper</a></p>
""", sidebar=INDEX_SIDEBAR)

SHIFTS = page("Volunteer Shifts", """
<h1 class="entry-title">September volunteer shifts</h1>
<p>Names in a cell mean that slot is taken. Blank or &ldquo;open&rdquo; means we still need you.</p>
<figure class="wp-block-table"><table class="has-fixed-layout">
<thead>
<tr><th rowspan="2">Role</th><th colspan="2">Tuesday</th><th>Saturday</th><th rowspan="2">Status</th></tr>
<tr><th>1&ndash;4 pm</th><th>4&ndash;7 pm</th><th>8:30&ndash;noon</th></tr>
</thead>
<tbody>
<tr><td>Produce sorter</td><td>Jan K.</td><td>open</td><td>open</td><td>2 spots open</td></tr>
<tr><td>Shopping guide (Spanish/English)</td><td>open</td><td>open</td><td>Ra&uacute;l</td><td>need 2 bilingual</td></tr>
<tr><td>Truck unloader</td><td>Mike D.</td><td>Ben O.</td><td>Sam, Ava</td><td><b>FULL</b></td></tr>
<tr><td>Check-in table</td><td>Bev</td><td>Tom&aacute;s</td><td>Dot</td><td>covered</td></tr>
<tr><td>Home delivery driver</td><td colspan="2">Tuesday routes leave at 1 pm &mdash; 3 routes, only 1 driver so far</td><td>&mdash;</td><td>2 drivers wanted</td></tr>
<tr><td colspan="5"><s>Coffee &amp; cookie host</s> &mdash; retired this role; the Tuesday coffee club runs it now.</td></tr>
</tbody></table></figure>
<h3>How to sign up</h3>
<p>Reply to the weekly email or write your name on the clipboard by the door. Deb confirms every Friday.</p>
<h3>New volunteer orientation</h3>
<p>First Monday of each month at 6 pm in the back room. Coffee provided.</p>
<h3 id="blog">Blog: Why our freezer is the hardest-working volunteer we have</h3>
<p>When the power went out in July, the freezer alarm texted three of us at 2 a.m. Here's what we learned about generators.</p>
""")

SWAP = page("Swap Board", """
<h1 class="entry-title">Shift Swap Board</h1>
<p>Can't make your shift? Post it here. Can cover? Call the number on the note.</p>
<div class="notes">
<div class="note"><small>NEEDS COVER &middot; posted Sep 4 by Gail R.</small>
<p><b>Sat 9/14, 8:30&ndash;noon: pantry greeter.</b> My grandson's birthday is that day. Anyone? 507-555-0115</p></div>
<div class="note done"><small>&#10004; COVERED</small>
<p><b>Wed 9/11 stocking shift</b> &mdash; Priya took it. Thanks Priya!</p></div>
<div class="note"><small>NEEDS COVER &middot; posted Sep 6 by Lonnie</small>
<p><b>Tue 9/17 bread pickup run</b> from the bakery outlet. Need someone with a car or van, about an hour. Text 507-555-0116.</p></div>
<div class="note done"><small>WITHDRAWN</small>
<p><b>Fri 9/13 cleanup</b> &mdash; never mind, I can make it after all. &mdash;Hal</p></div>
<div class="note"><small>CAN COVER &middot; Luis</small>
<p>I'm free any Monday evening in October if someone needs a swap. Text me.</p></div>
<div class="note done"><small>&#10004; COVERED</small>
<p><b>Sat 9/21 produce sorting</b> &mdash; swapped with Jan.</p></div>
</div>
<h3>Swap rules</h3>
<p>Post swaps at least 48 hours ahead. If nobody picks it up, call Deb at 507-555-0114 so she can find a sub.</p>
""")

DRIVE = page("Fall Drive", """
<h1 class="entry-title">Fill-the-Shelves Fall Drive</h1>
<p>September 1 &ndash; October 31. Here is where we stand today:</p>
<div class="drive-item"><p>Peanut butter &mdash; 140 of 200 jars</p><div class="thermo"><span style="width:70%"></span></div></div>
<div class="drive-item"><p>Cooking oil &mdash; 35 of 120 bottles</p><div class="thermo"><span style="width:29%"></span></div></div>
<div class="drive-item"><p>Canned fruit &mdash; 88 of 150 cans</p><div class="thermo"><span style="width:59%"></span></div></div>
<div class="drive-item"><p>Breakfast cereal &mdash; 300 of 300 boxes &#10003; Goal met &mdash; thank you!</p><div class="thermo"><span style="width:100%"></span></div></div>
<div class="drive-item"><p>Dry pasta &mdash; 412 of 400 lbs. Over goal! Please don't bring more pasta this fall.</p><div class="thermo"><span style="width:100%"></span></div></div>
<h3>Where to drop off</h3>
<p>Bring donations to the side door, Monday&ndash;Thursday 10 am&ndash;4 pm, or to any Tuesday distribution.</p>
<h3 id="cooler">New walk-in cooler fund</h3>
<p>$3,420 of $10,000 raised. <a href="/drive.html#cooler">Chip in today</a>.</p>
<div class="thermo"><span style="width:34%"></span></div>
<p><em>Last spring's drive brought in 6,240 pounds of food. Let's beat it!</em></p>
""")

ES = page("Español", """
<h1 class="entry-title">Despensa Comunitaria de Zumbro Falls</h1>
<h2>Despensa gratuita</h2>
<p>Comida gratis para cualquier familia: martes de 3 a 7 pm y sábados de 9 a 12.</p>
<h2>¿Cómo registrarse?</h2>
<p>Traiga una identificación con foto y una carta con su dirección. No se necesita número de seguro social.</p>
<h2>Buscamos intérpretes</h2>
<p>Los martes por la tarde llegan muchas familias que hablan español y a veces no hay nadie en la entrada que pueda ayudar. Si usted habla español e inglés y tiene dos horas libres, llame a Deb al 507-555-0114.</p>
<h2>Se busca alguien con camioneta</h2>
<p>Los jueves la granja Hansen nos regala verduras, pero no tenemos cómo recogerlas. ¿Tiene una camioneta (pickup) y una hora libre los jueves por la mañana?</p>
<h2>Feria de Salud Comunitaria &mdash; sábado 5 de octubre</h2>
<p>Vacunas contra la gripe, presión arterial y pruebas de azúcar, gratis, de 10 a 2 en la iglesia luterana.</p>
<p>Para la feria necesitamos 4 voluntarios para la mesa de bienvenida: repartir bolsas y apuntar nombres.</p>
<p>Cocineros para el almuerzo de la feria: ya se apuntaron seis personas; no necesitamos más. ¡Gracias!</p>
<p><a href="/">English</a></p>
""", lang="es")

BOARD = page("Board portal", """
<h1 class="entry-title">Board portal (members only)</h1>
<p>Open board tasks for the November meeting:</p>
<ul>
<li><b>Treasurer</b> &mdash; we need someone comfortable with QuickBooks to take over in January.</li>
<li><b>Grant writer</b> for the community foundation application (due Dec 1).</li>
<li>Someone to chair the 2025 Harvest Supper committee.</li>
</ul>
""")

PAGES = {
    "index.html": INDEX,
    "shifts.html": SHIFTS,
    "swap.html": SWAP,
    "drive.html": DRIVE,
    "es/index.html": ES,
    "board/index.html": BOARD,
}

ROBOTS = """User-agent: *
Disallow: /wp-admin/
Disallow: /board/
Allow: /wp-admin/admin-ajax.php

Sitemap: https://zfcupboard.org/wp-sitemap.xml
"""

PDFS = {
    "flyer.pdf": ("Fall 2024 flyer", [
        ("title", "ZUMBRO FALLS COMMUNITY CUPBOARD - FALL 2024"),
        ("p", "Good food for every neighbor. 507-555-0111"),
        ("gap", ""),
        ("cols", (
            [("h", "Gleaning crew wanted"),
             ("p", "Hansen Family Farm has invited us to pick the squash and potatoes left in the field "
                   "after harvest. We need 10 people with gloves and a strong back on Saturday, Oct 19, "
                   "9 am - 1 pm. Rides leave the Cupboard at 8:30. Call Deb to sign up."),
             ("gap", ""),
             ("h", "Harvest Supper"),
             ("p", "Saturday, October 12, 5-7 pm, Legion hall. Free-will offering.")],
            [("h", "Thanksgiving baskets"),
             ("p", "Our basket packing crew for November 23 is FULL - thank you! We will keep a waitlist."),
             ("gap", ""),
             ("p", "Families: sign up for a basket by calling 507-555-0112 before November 1. One basket "
                   "per household."),
             ("gap", ""),
             ("h", "Open hours"),
             ("p", "Tuesdays 3-7 pm, Saturdays 9 am-noon.")],
        )),
    ]),
}

NEEDS = [
    N("index.html", ["diapers", "baby wipes"], "donation", "en", layout="sidebar",
      note="sidebar widget 'Running low this week': diapers, wipes, formula = one need"),
    N("shifts.html", ["produce sorter"], "volunteer", "en", layout="shift_table_two_row_header",
      note="two-row header table; 2 open cells"),
    N("shifts.html", ["shopping guide"], "skilled", "en", ["es", "en"], layout="shift_table_two_row_header",
      note="bilingual row, two open cells"),
    N("shifts.html", ["home delivery driver", "delivery driver"], "volunteer", "en",
      layout="shift_table_two_row_header", note="colspan cell describing the gap"),
    N("swap.html", ["pantry greeter"], "volunteer", "en", layout="swap_board",
      note="swap note NEEDS COVER"),
    N("swap.html", ["bread pickup"], "volunteer", "en", layout="swap_board",
      note="swap note NEEDS COVER, needs a car"),
    N("drive.html", ["fill-the-shelves", "peanut butter", "cooking oil"], "donation", "en",
      layout="thermometer", note="drive with progress bars; open items = one need"),
    N("es/index.html", ["intérpretes"], "skilled", "es", ["es", "en"], layout="heading_paragraph"),
    N("es/index.html", ["camioneta"], "volunteer", "es", layout="heading_paragraph",
      note="'Se busca alguien con camioneta' to pick up farm produce"),
    N("es/index.html", ["mesa de bienvenida"], "volunteer", "es", layout="event_volunteers",
      note="volunteers for the health fair (the fair itself is a trap)"),
    N("flyer.pdf", ["gleaning crew", "gleaning"], "volunteer", "en", layout="pdf_two_column"),
]

TRAPS = [
    T("index.html", "hours", ["open tuesdays"]),
    T("index.html", "teaser", ["lend a hand"], "pointer box, no role named"),
    T("index.html", "blog", ["hardest-working volunteer"]),
    T("index.html", "event", ["harvest supper"]),
    T("index.html", "thanks", ["600 lbs of canned goods", "riverside 4-h"]),
    T("index.html", "job", ["warehouse lead"], "footer widget, paid"),
    T("index.html", "general_appeal", ["give online"]),
    T("shifts.html", "filled", ["truck unloader"], "FULL"),
    T("shifts.html", "filled", ["check-in table"], "every cell has a name, 'covered'"),
    T("shifts.html", "filled", ["coffee & cookie host", "cookie host"], "struck, role retired"),
    T("shifts.html", "how_to_apply", ["clipboard by the door"]),
    T("shifts.html", "event", ["new volunteer orientation"]),
    T("shifts.html", "blog", ["hardest-working volunteer"]),
    T("swap.html", "filled", ["stocking shift"], "COVERED"),
    T("swap.html", "filled", ["fri 9/13 cleanup", "cleanup"], "WITHDRAWN"),
    T("swap.html", "offer", ["any monday evening"]),
    T("swap.html", "filled", ["produce sorting"], "COVERED"),
    T("swap.html", "how_to_apply", ["swap rules", "48 hours ahead"]),
    T("drive.html", "filled", ["breakfast cereal"], "goal met"),
    T("drive.html", "filled", ["dry pasta"], "over goal, please don't bring more"),
    T("drive.html", "hours", ["where to drop off"]),
    T("drive.html", "general_appeal", ["walk-in cooler fund"]),
    T("drive.html", "recap", ["last spring's drive"]),
    T("es/index.html", "service", ["despensa gratuita"]),
    T("es/index.html", "how_to_apply", ["cómo registrarse"]),
    T("es/index.html", "event", ["feria de salud comunitaria", "vacunas contra la gripe"]),
    T("es/index.html", "filled", ["cocineros"], "'ya se apuntaron seis personas; no necesitamos más'"),
    T("flyer.pdf", "filled", ["packing crew"], "FULL"),
    T("flyer.pdf", "how_to_apply", ["sign up for a basket"]),
    T("flyer.pdf", "event", ["harvest supper"]),
    T("flyer.pdf", "hours", ["open hours"]),
    T("board/index.html", "robots", ["treasurer"]),
    T("board/index.html", "robots", ["grant writer"]),
    T("board/index.html", "robots", ["harvest supper committee"]),
]
