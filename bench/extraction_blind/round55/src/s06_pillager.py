"""Site 6: Riverview Residents Association (manufactured-home community), Pillager (Cass County).
English + Spanish. Layouts: phpBB-style neighbor board, <dl> of roles with a money progress bar,
Spanish heading+paragraph page, general-meeting minutes with action items, robots-disallowed
committee notes, English PDF flyer with two needs; footer links a missing bylaws PDF."""
from common import N, T

SLUG = "pillager-riverview-residents-association"
TOWN = "pillager"


def wrap(lang, title, body):
    return """<!DOCTYPE html>
<html lang="%s">
<head>
<meta charset="utf-8">
<title>%s</title>
<link rel="stylesheet" href="/theme/riverview.css">
</head>
<body class="rra">
<div id="masthead">
  <span class="org">Riverview Residents Association</span>
  <span class="sub">Homeowners of Riverview Manufactured Home Community &middot; Pillager, MN</span>
</div>
<div id="menu">
  <a href="/">Home</a> | <a href="/board.html">Neighbor Board</a> | <a href="/get-involved.html">Get Involved</a> |
  <a href="/es/index.html">En espa&ntilde;ol</a> | <a href="/minutes-2025-03.html">Minutes</a>
</div>
<div id="main">
%s
</div>
<div id="foot">
  RRA &middot; PO Box 212, Pillager, MN 56473 &middot; riverviewrra@example.org<br>
  <a href="/docs/bylaws-2019.pdf">Bylaws (PDF)</a> &middot; <a href="/spring-cleanup-flyer.pdf">Spring Cleanup flyer (PDF)</a> &middot;
  <a href="/committee/notes.html">Steering committee</a>
</div>
</body>
</html>
""" % (lang, title, body)


PAGES = {}

PAGES["index.html"] = wrap("en", "Riverview Residents Association", """
<h1>We own our homes. We rent the ground. We stick together.</h1>
<p>Riverview has 112 lots along the Crow Wing River. In 2023 the park was sold to an out-of-state company and
lot rent went up 18%. That is when we formed this association.</p>

<h2>Know your rights</h2>
<p>Minnesota law (Chapter 327C) protects manufactured home owners. Our trained volunteers can explain your
lease, the 60-day notice rules and what the owner must repair. Free for every resident &mdash; just ask a lot captain.</p>

<h2>Dues</h2>
<p>$5 a month keeps the association running (copies, a lawyer's consultation, coffee). Pay at any meeting.</p>

<h2>Annual meeting</h2>
<p>Thursday, January 22, 7 pm, Pillager Community Center. Elections for the board.</p>

<h2>Get involved</h2>
<p>Many hands make a strong association. Check the <a href="/board.html">Neighbor Board</a> and the
<a href="/get-involved.html">Get Involved</a> page.</p>
""")

PAGES["board.html"] = wrap("en", "Neighbor Board &ndash; Riverview Residents Association", """
<h1>Neighbor Board</h1>
<p class="note">Posts from the board and from residents. Moderated by the association.</p>
<table class="forum" width="100%" cellspacing="0">
<tr class="hdr"><th>Topic</th><th>Started by</th><th>Replies</th><th>Last post</th></tr>

<tr class="topic"><td>
  <a href="#t41"><b>Rides to dialysis in Brainerd &mdash; Thursdays</b></a>
  <div class="body">Gloria on Lot 47 started dialysis in October. Her son drives her Tuesdays but nobody
  can do Thursdays. She leaves at 6:15 am and is back around 11. Can you drive her on Thursdays? The
  association pays for gas.</div>
</td><td>RRA Board</td><td>6</td><td>Nov 14</td></tr>

<tr class="topic"><td>
  <a href="#t40"><b>Lot 14 &mdash; skirting blew off in the storm</b></a>
  <div class="body">Mr. Halvorson is 88 and his skirting panels are lying in the yard. His pipes will freeze
  if the skirting isn't back on before the cold. We need someone who knows how to reinstall vinyl skirting;
  the association already bought new panels.</div>
</td><td>RRA Board</td><td>3</td><td>Nov 12</td></tr>

<tr class="topic solved"><td>
  <a href="#t39"><b>[SOLVED] Looking for a crib for a new baby on Lot 62</b></a>
  <div class="body">Edit: Got one from the Nelsons on Lot 9. Thanks everyone!</div>
</td><td>Amber_L62</td><td>9</td><td>Nov 3</td></tr>

<tr class="topic"><td>
  <a href="#t38"><b>FREE: two bags of kids' clothes, size 6&ndash;7</b></a>
  <div class="body">Boys and girls, clean. Porch of Lot 30, take them whenever.</div>
</td><td>Deb_Lot30</td><td>1</td><td>Oct 29</td></tr>

<tr class="topic"><td>
  <a href="#t37"><b>Snow shovel crew for our older neighbors</b></a>
  <div class="body">Nine lots belong to residents over 75. The park plows the roads but not the steps and
  ramps. We want a crew of six who will shovel those steps after each snowfall. Sign up with Rosa on Lot 21.</div>
</td><td>RRA Board</td><td>4</td><td>Oct 27</td></tr>

<tr class="topic"><td>
  <a href="#t36"><b>Trunk-or-treat photos!</b></a>
  <div class="body">Forty kids and 14 decorated trunks. Thanks to everyone who came out.</div>
</td><td>RRA Board</td><td>12</td><td>Nov 1</td></tr>
</table>
""")

PAGES["get-involved.html"] = wrap("en", "Get Involved &ndash; Riverview Residents Association", """
<h1>Get Involved</h1>
<p>Everything below is unpaid and done by residents for residents, unless it says otherwise.</p>
<dl class="roles">
  <dt>Lot captains</dt>
  <dd>One captain for each of our eight rows. You knock on doors when there is news and bring concerns back to
  the board. Rows E, F and H still need a captain.</dd>

  <dt>Newsletter translator (English to Spanish)</dt>
  <dd>About 30 families on our lots read Spanish first. We need someone who can translate the two-page
  newsletter every month.</dd>

  <dt>Treasurer</dt>
  <dd><em>Filled at the January meeting &mdash; thank you, Dale.</em></dd>

  <dt>Lease reader</dt>
  <dd>A paralegal, law student or retired lawyer who can read the new lease the owner mailed out and explain in
  plain words what changed.</dd>

  <dt>Water sampling volunteers</dt>
  <dd>The park has its own well. The state tests it once a year; we want our own samples every month. The county
  gives free test kits &mdash; we need three people to take samples at different taps on the first Monday.</dd>

  <dt>Park manager</dt>
  <dd>The owner, Northstar Communities, is hiring an on-site manager. This is a paid job with the owner, not with
  us. Apply on their website.</dd>
</dl>

<h2>Emergency repair fund</h2>
<div class="meter"><div style="width:47%"></div></div>
<p>$2,340 of $5,000 raised. The fund helps neighbors pay for furnace and roof repairs.</p>
""")

PAGES["es/index.html"] = wrap("es", "Asociación de Residentes de Riverview &ndash; en español", """
<h1>Asociaci&oacute;n de Residentes de Riverview</h1>
<p>Somos due&ntilde;os de nuestras casas y rentamos el terreno. Juntos tenemos m&aacute;s fuerza.</p>

<h2>Necesitamos voluntarios para tocar puertas</h2>
<p>Antes de la audiencia sobre el aumento de la renta del lote queremos hablar con todas las familias. Buscamos
seis personas, de preferencia biling&uuml;es, para tocar puertas dos s&aacute;bados de marzo.</p>

<h2>Cuidado de ni&ntilde;os durante las reuniones</h2>
<p>Para que mam&aacute;s y pap&aacute;s puedan venir a las reuniones, necesitamos dos personas que cuiden a los ni&ntilde;os en
el cuarto de al lado, el cuarto jueves de cada mes.</p>

<h2>Clases de ingl&eacute;s gratis</h2>
<p>La biblioteca de Pillager ofrece clases de ingl&eacute;s gratis los martes a las 6 pm.</p>

<h2>&iquest;C&oacute;mo presentar una queja?</h2>
<p>Si el due&ntilde;o no arregla algo, anote la fecha y tome fotos. Luego llene el formulario de queja y
entr&eacute;guelo a un capit&aacute;n de fila.</p>

<h2>Cuota</h2>
<p>La cuota es de $5 al mes. Se paga en cualquier reuni&oacute;n.</p>
""")

PAGES["minutes-2025-03.html"] = wrap("en", "General Meeting Minutes, March 27, 2025", """
<h1>General Meeting Minutes &mdash; March 27, 2025</h1>
<p>Called to order 7:04 pm by president Carol Finn. 41 households present. Minutes of February approved.</p>

<h3>Old business</h3>
<p>Speed bumps: the owner agreed in writing to install three speed bumps by June 1.</p>

<h3>New business</h3>
<p><b>Empty lot 88.</b> The old shed, a couch and two broken dryers are still there. Volunteers to load it are set
(Mike, Rosa, Jay). We still need a volunteer with a pickup or trailer to haul the junk to the Cass County transfer
station on Saturday, April 12.</p>
<p><b>Picnic.</b> The family on Lot 12 donated a grill for the summer picnic. Thank you!</p>

<h3>Action items</h3>
<ul>
  <li>Dale &mdash; open the new bank account (by April 5)</li>
  <li>Linda &mdash; make copies of the rent-hearing flyer (by April 1)</li>
  <li>Carol &mdash; call Mid-Minnesota Legal Aid about the lease</li>
</ul>
<p>Next general meeting: Thursday, April 24, 7 pm. Adjourned 8:31 pm.</p>
""")

PAGES["committee/notes.html"] = wrap("en", "Steering committee &ndash; private", """
<h1>Steering committee &mdash; private notes</h1>
<ul>
  <li>We need a volunteer attorney for the rent case before May.</li>
  <li>Ask Lakes Area Tech for a donated laptop for the secretary.</li>
  <li>Find a mediator for the Lot 70 / Lot 71 fence dispute.</li>
</ul>
""")

ROBOTS = """User-agent: *
Disallow: /committee/
"""

PDFS = {
    "spring-cleanup-flyer.pdf": ("Riverview Spring Cleanup Day", [
        ("title", "RIVERVIEW SPRING CLEANUP DAY"),
        ("p", "Saturday, May 3 - 9 am to 1 pm - meet at the mailboxes"),
        ("gap", ""),
        ("p", "Bring rakes and gloves! We need 10 cleanup volunteers to rake the common areas, clear the ditch "
              "along the river path and pick up trash. Kids are welcome with a parent."),
        ("p", "We are short on heavy-duty contractor bags (42 gallon). Please drop boxes of bags at Lot 1 "
              "before May 1."),
        ("p", "Free hot dogs and lemonade at noon for everyone who comes."),
        ("p", "The owner is providing a dumpster this year. No tires, paint or electronics in the dumpster."),
        ("gap", ""),
        ("p", "Riverview Residents Association - riverviewrra@example.org"),
    ]),
}

NEEDS = [
    N("board.html", ["dialysis"], "volunteer", "en", [], "forum_post", "Thursday rides"),
    N("board.html", ["skirting"], "skilled", "en", [], "forum_post", "reinstall vinyl skirting"),
    N("board.html", ["snow shovel crew"], "volunteer", "en", [], "forum_post", "crew of six"),
    N("get-involved.html", ["lot captain"], "volunteer", "en", [], "definition_list", "rows E, F, H"),
    N("get-involved.html", ["newsletter translator"], "skilled", "en", ["en", "es"], "definition_list", ""),
    N("get-involved.html", ["lease reader", "paralegal"], "skilled", "en", [], "definition_list", ""),
    N("get-involved.html", ["water sampling"], "volunteer", "en", [], "definition_list", "3 people"),
    N("es/index.html", ["tocar puertas"], "volunteer", "es", ["es", "en"], "heading_paragraph",
      "bilingual preferred"),
    N("es/index.html", ["cuidado de niños"], "volunteer", "es", [], "heading_paragraph", ""),
    N("minutes-2025-03.html", ["haul the junk", "pickup or trailer"], "volunteer", "en", [], "minutes",
      "loading crew already set (trap), hauler still needed"),
    N("spring-cleanup-flyer.pdf", ["cleanup volunteers"], "volunteer", "en", [], "pdf", "10 volunteers"),
    N("spring-cleanup-flyer.pdf", ["contractor bags"], "donation", "en", [], "pdf", "'We are short on'"),
]

TRAPS = [
    T("index.html", "service", ["know your rights"], "lease help offered to residents"),
    T("index.html", "general_appeal", ["dues"], ""),
    T("index.html", "event", ["annual meeting"], ""),
    T("index.html", "general_appeal", ["many hands"], "pointer"),
    T("board.html", "filled", ["looking for a crib"], "[SOLVED]"),
    T("board.html", "offer", ["kids' clothes"], "FREE giveaway"),
    T("board.html", "recap", ["trunk-or-treat"], ""),
    T("get-involved.html", "filled", ["treasurer"], "Filled at the January meeting"),
    T("get-involved.html", "job", ["park manager"], "paid, with the owner"),
    T("get-involved.html", "general_appeal", ["emergency repair fund"], "money progress bar"),
    T("es/index.html", "service", ["clases de inglés"], ""),
    T("es/index.html", "how_to_apply", ["presentar una queja"], ""),
    T("es/index.html", "general_appeal", ["cuota"], ""),
    T("minutes-2025-03.html", "filled", ["volunteers to load"], "already set"),
    T("minutes-2025-03.html", "recap", ["donated a grill"], ""),
    T("minutes-2025-03.html", "filled", ["bank account"], "action item with owner"),
    T("minutes-2025-03.html", "filled", ["rent-hearing flyer"], "action item with owner"),
    T("minutes-2025-03.html", "filled", ["legal aid"], "action item with owner"),
    T("minutes-2025-03.html", "event", ["next general meeting"], ""),
    T("committee/notes.html", "robots", ["volunteer attorney"], "Disallow: /committee/"),
    T("committee/notes.html", "robots", ["donated laptop"], "Disallow: /committee/"),
    T("committee/notes.html", "robots", ["mediator"], "Disallow: /committee/"),
    T("spring-cleanup-flyer.pdf", "offer", ["free hot dogs"], ""),
    T("spring-cleanup-flyer.pdf", "event", ["spring cleanup day"], "the event itself"),
]
