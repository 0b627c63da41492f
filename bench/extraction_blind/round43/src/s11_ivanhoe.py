from common import N, T

SLUG = "ivanhoe-prairie-clovers-4h"

NAV = """<div class="tabs" role="tablist">
<a role="tab" href="/index.html">Home</a><a role="tab" href="/leaders.html">Project leaders</a>
<a role="tab" href="/fair.html">County fair</a><a role="tab" href="/es/index.html">Espa&ntilde;ol</a>
<a role="tab" href="/docs/livestock-show.pdf">Livestock show flyer</a></div>"""

FOOT = """<footer><p>Prairie Clovers 4-H Club &middot; Lincoln County Extension, 319 N Rebecca St, Ivanhoe, MN 56142 &middot;
(507) 555-0122</p><p><a href="/board/officers.html">Officers</a> &middot; <a href="/photos/fair-2024.html">Fair photos</a>
&middot; University of Minnesota Extension is an equal opportunity educator and employer.</p></footer>"""


def page(lang, title, body):
    return """<!DOCTYPE html>
<html lang="%s">
<head><meta charset="utf-8"><title>%s | Prairie Clovers 4-H</title></head>
<body>
<div class="shell">
%s
<div class="tabpanel" role="tabpanel">
%s
</div>
%s
</div>
</body>
</html>
""" % (lang, title, NAV, body, FOOT)


INDEX = page("en", "Home", """
<h1>Prairie Clovers 4-H Club</h1>
<p>Head, heart, hands and health, since 1952, for kids in kindergarten through one year past high school.</p>
<h2>Club meetings</h2>
<p>First Sunday of the month, 2 pm, Ivanhoe Lutheran Church basement.</p>
<h2>Join 4-H</h2>
<p>Enroll online through 4HOnline between October 1 and January 15. Scholarships are available for the $25 program fee.</p>
<h2>Projects we offer</h2>
<p>Beef, sheep, swine, rabbits, poultry, photography, foods, shooting sports, robotics and more.</p>
<h2>Lincoln County Fair</h2>
<p>This year's fair runs August 6&ndash;9 in Tyler.</p>
""")

LEADERS = page("en", "Project leaders", """
<h1>Project leaders</h1>
<p>Adult project leaders meet with kids four to six times a year. We provide the curriculum and the background check.</p>
<table class="leaders">
<thead><tr><th>Project</th><th>Leader</th><th>Status</th></tr></thead>
<tbody>
<tr><td>Photography</td><td>&mdash;</td><td><span class="pill open">OPEN</span></td></tr>
<tr><td>Rabbits</td><td>Jenna Krogstad</td><td><span class="pill">Covered</span></td></tr>
<tr><td>Shooting sports</td><td>&mdash;</td><td><span class="pill open">OPEN</span> &ndash; must hold or earn state 4-H shooting sports certification</td></tr>
<tr><td>Foods &amp; nutrition</td><td>&mdash;</td><td><span class="pill open">OPEN</span></td></tr>
<tr><td>Robotics</td><td>Mr. Tran</td><td><del>OPEN</del> Filled!</td></tr>
</tbody></table>
<h2>Becoming a volunteer</h2>
<p>All adult volunteers complete the Extension volunteer application and a background check before working with youth.</p>
""")

FAIR = page("en", "County fair", """
<h1>County fair sign-ups</h1>
<h2>4-H food stand</h2>
<table class="slots">
<tr><th>Day</th><th>Time</th><th>Slot 1</th><th>Slot 2</th><th>Slot 3</th></tr>
<tr><td>Thu</td><td>10&ndash;2</td><td>Hanson family</td><td>________</td><td>________</td></tr>
<tr><td>Thu</td><td>2&ndash;6</td><td>Petersons</td><td>Lia M.</td><td>Schroeders</td></tr>
<tr><td>Fri</td><td>10&ndash;2</td><td>________</td><td>________</td><td>________</td></tr>
</table>
<h2>Barn night watch</h2>
<p>Two adults are needed each night of the fair to stay in the livestock barn from 10 pm to 6 am. Cots provided.
Wednesday and Friday are still empty.</p>
<h2>Parade float builders</h2>
<p>Thanks, we have plenty of float builders this year!</p>
<h2>Last year's fair</h2>
<p>Our club brought home 14 purple ribbons and 3 trips to the State Fair.</p>
""")

ES = page("es", "Español", """
<h1>Club 4-H Prairie Clovers</h1>
<p>4-H es un programa para ni&ntilde;os y j&oacute;venes de kinder hasta un a&ntilde;o despu&eacute;s de la preparatoria.</p>
<h2>Padres que hablen espa&ntilde;ol</h2>
<p>Buscamos padres voluntarios que hablen espa&ntilde;ol para ayudar a las familias nuevas durante la feria del condado:
explicar las reglas del establo y acompa&ntilde;ar a los ni&ntilde;os en la exhibici&oacute;n.</p>
<h2>Heno y viruta</h2>
<p>Necesitamos donaciones de pacas de heno y viruta (aserr&iacute;n) para los animales de los ni&ntilde;os que no tienen granja.</p>
<h2>Inscripci&oacute;n</h2>
<p>Para inscribir a sus hijos, llame a la oficina de Extensi&oacute;n. Le ayudamos en espa&ntilde;ol.</p>
<h2>Becas</h2>
<p>Tenemos becas para la cuota de $25 y para los uniformes.</p>
""")

BOARD = page("en", "Officers", """
<h1>Officer and leader notes (private)</h1>
<ul><li>Need a new club treasurer in the fall.</li><li>Ask the co-op for a donated livestock trailer.</li>
<li>Find a judge for the demonstration contest.</li></ul>
""")

PAGES = {"index.html": INDEX, "leaders.html": LEADERS, "fair.html": FAIR, "es/index.html": ES, "board/officers.html": BOARD}

ROBOTS = """User-agent: *
Disallow: /board
"""

PDFS = {
    "docs/livestock-show.pdf": ("Livestock show - Prairie Clovers 4-H", [
        ("title", "LINCOLN COUNTY FAIR - 4-H LIVESTOCK SHOW"),
        ("p", "Prairie Clovers 4-H Club - Ivanhoe, MN - (507) 555-0122"),
        ("h", "Show schedule"),
        ("p", "Thursday 9 am: sheep and goats. Friday 9 am: swine. Saturday 9 am: beef, then the premium auction at 3 pm."),
        ("h", "Ring stewards needed"),
        ("p", "We need ring stewards for all three show mornings to line up exhibitors, hand out ribbons and keep the "
              "class sheets. No livestock experience required."),
        ("h", "Entries"),
        ("p", "Livestock entries are due July 1 through FairEntry. Late entries are not accepted."),
    ]),
}

NEEDS = [
    N("leaders.html", ["photography"], "skilled", "en", layout="status_table"),
    N("leaders.html", ["shooting sports"], "skilled", "en", layout="status_table"),
    N("leaders.html", ["foods & nutrition"], "skilled", "en", layout="status_table"),
    N("fair.html", ["4-h food stand"], "volunteer", "en", layout="shift_table", note="blanks in two rows: one role"),
    N("fair.html", ["barn night watch"], "volunteer", "en", layout="heading_paragraph"),
    N("es/index.html", ["padres voluntarios que hablen español", "padres que hablen español"], "volunteer", "es", ["es"],
      layout="heading_paragraph"),
    N("es/index.html", ["heno y viruta"], "donation", "es", layout="heading_paragraph"),
    N("docs/livestock-show.pdf", ["ring stewards"], "volunteer", "en", layout="pdf"),
]

TRAPS = [
    T("index.html", "event", ["club meetings"]),
    T("index.html", "how_to_apply", ["join 4-h"]),
    T("index.html", "service", ["projects we offer"]),
    T("index.html", "event", ["lincoln county fair"]),
    T("leaders.html", "filled", ["rabbits"], "covered by a named leader"),
    T("leaders.html", "filled", ["robotics"], "<del>OPEN</del> Filled!"),
    T("leaders.html", "how_to_apply", ["becoming a volunteer"]),
    T("fair.html", "filled", ["parade float builders"]),
    T("fair.html", "recap", ["purple ribbons"]),
    T("es/index.html", "how_to_apply", ["inscripción"]),
    T("es/index.html", "service", ["becas"]),
    T("docs/livestock-show.pdf", "event", ["show schedule"]),
    T("docs/livestock-show.pdf", "how_to_apply", ["livestock entries"]),
    T("board/officers.html", "robots", ["club treasurer"]),
    T("board/officers.html", "robots", ["livestock trailer"]),
    T("board/officers.html", "robots", ["demonstration contest"]),
]
