"""Site 9: Prairie Bridge Food Shelf, Wabasso (plain HTML5 + one stylesheet).
Layouts: three-column shelf-status table (low / ok / full), sign-up sheet with
blank numbered lines, Spanish and Somali pages for clients with a few asks,
English two-column PDF newsletter."""
from kit import need, trap

SLUG = "wabasso-prairie-bridge-food-shelf"
TOWN = "wabasso"

def head(lang, title):
    return """<!DOCTYPE html>
<html lang="%s">
<head><meta charset="utf-8"><title>%s</title><link rel="stylesheet" href="/style.css"></head>
<body>
<header><p class="logo"><a href="/index.html">Prairie Bridge Food Shelf</a></p>
<nav><a href="/index.html">Home</a> | <a href="/volunteer.html">Volunteer</a> | <a href="/es/index.html">Español</a> | <a href="/so/index.html">Soomaali</a> | <a href="/pantry-post-fall-2025.pdf">Newsletter</a></nav></header>
<main>
""" % (lang, title)

FOOT = """</main>
<footer><p>Prairie Bridge Food Shelf &middot; 88 Front Street, Wabasso, MN &middot; 555-0192 &middot; pantry@prairiebridgewabasso.org</p>
<p><a href="/board/minutes.html">Board</a></p></footer>
</body></html>
"""

PAGES = {}
PAGES["index.html"] = head("en", "Prairie Bridge Food Shelf") + """
<h1>Prairie Bridge Food Shelf</h1>
<p>Serving Wabasso, Vesta, Seaforth and the farms in between since 1987.</p>
<h2>Shelf status this week</h2>
<table class="status">
<tr><th class="red">Running low &mdash; please donate</th><th class="green">We&rsquo;re OK</th><th class="blue">Full &mdash; please hold</th></tr>
<tr>
<td><ul><li>Canned chicken or tuna</li><li>Cooking oil</li><li>Masa harina</li><li>Size 6 diapers</li></ul></td>
<td><ul><li>Cereal</li><li>Canned vegetables</li></ul></td>
<td><ul><li>Pasta</li><li>Zucchini (we are drowning in it!)</li></ul></td>
</tr></table>
<h2>Need food?</h2>
<p>Come during open hours. The first time, bring something with your address on it. That&rsquo;s all.</p>
<p><b>Open:</b> Tuesday 3&ndash;7 pm, Saturday 9 am&ndash;noon.</p>
<h2>Every $1 = 3 meals</h2>
<p>We buy wholesale through the regional food bank. <a href="https://give.example.org/prairiebridge">Give today</a>.</p>
<p>Try our volunteers&rsquo; favorite: <a href="/recipes/squash-soup.html">squash soup</a>.</p>
""" + FOOT

PAGES["volunteer.html"] = head("en", "Volunteer sign-up | Prairie Bridge") + """
<h1>Volunteer sign-up sheet</h1>
<p>Put your name on a blank line, or call Deb at 555-0192 and she will write you in.</p>
<div class="sheet">
<h3>Tuesday &mdash; Unload the truck (7:30 am)</h3>
<ol><li>Gary P.</li><li>________________</li><li>________________</li></ol>
<h3>Wednesday &mdash; Client shopping assistant (3&ndash;7 pm)</h3>
<ol><li>Lupe R.</li><li>Deqa A.</li><li>Tom S.</li><li>Ann K.</li></ol>
<h3>Thursday &mdash; Bilingual greeter, Spanish or Somali (3&ndash;7 pm)</h3>
<ol><li>________________</li><li>________________</li></ol>
<h3>Saturday &mdash; Senior box delivery (9&ndash;11 am, your own car)</h3>
<ol><li>Marv</li><li>________________</li></ol>
<h3>Saturday &mdash; Garden gleaning</h3>
<p>Done for the year &mdash; see you in July!</p>
</div>
<h2>Behind the scenes</h2>
<p>We are looking for a data entry volunteer to type visit sheets into our database, two hours a week, any time. Careful typists welcome.</p>
<h2>Staff opening</h2>
<p>Warehouse Lead &mdash; paid, 20 hours a week, $19/hour. Send a letter to the board.</p>
""" + FOOT

PAGES["es/index.html"] = head("es", "Despensa Prairie Bridge") + """
<h1>Despensa Prairie Bridge</h1>
<h2>¿Cómo recibir comida?</h2>
<p>La primera vez traiga algo con su dirección (una carta, un recibo). No pedimos número de seguro social.</p>
<h2>Horario</h2>
<p>Martes de 3 a 7 y sábado de 9 a 12.</p>
<h2>Buscamos</h2>
<p><b>Alguien que enseñe a cocinar</b> con los productos de la despensa: una clase de cocina al mes, los jueves por la tarde. En el grupo se habla español e inglés.</p>
<p><b>Cajas de cartón resistentes</b> para armar las cajas de los mayores. Las de plátano son perfectas.</p>
<h2>Bolsas</h2>
<p>Ya no necesitamos bolsas de plástico; tenemos para todo el año. ¡Gracias!</p>
<p>Cada martes también ofrecemos frutas y verduras frescas de las granjas locales.</p>
""" + FOOT

PAGES["so/index.html"] = head("so", "Bakhaarka Cuntada Prairie Bridge") + """
<h1>Bakhaarka Cuntada ee Prairie Bridge</h1>
<h2>Waxaan u baahanahay</h2>
<p><b>Hilib xalaal ah oo la qaboojiyey.</b> Qoysas badan ayaa weydiiya. Haddii aad leedahay dukaan ama aad iibsan karto, fadlan nala soo xiriir.</p>
<p><b>Qof u turjuma waraaqaha</b> iskuulka iyo guriyeynta ee qoysaska, Af-Soomaali iyo Ingiriisi. Hal mar usbuucii.</p>
<h2>Bariis</h2>
<p>Mahadsanidin &mdash; bakhaarkeennu bariis wuu ka buuxaa. Hadda bariis ha keenina.</p>
<h2>Saacadaha</h2>
<p>Talaado 3&ndash;7, Sabti 9&ndash;12.</p>
<h2>Sida cuntada loo helo</h2>
<p>Markaad timaado markii ugu horreysay, keen warqad cinwaankaaga ku qoran yahay.</p>
""" + FOOT

PAGES["board/minutes.html"] = head("en", "Board minutes (draft)") + """
<h1>Board minutes, October 2025 &mdash; draft, internal</h1>
<p>Present: Deb, Marv, Lupe, Hassan. Treasurer&rsquo;s report accepted.</p>
<p>Action items: find a volunteer to chair the spring fundraiser; ask the co-op whether they would donate a walk-in cooler.</p>
""" + FOOT

ROBOTS = """User-agent: *
Disallow: /board/
"""

PDFS = {
    "pantry-post-fall-2025.pdf": ("Prairie Bridge Pantry Post - Fall 2025", [
        ("title", "Prairie Bridge Pantry Post - Fall 2025"),
        ("p", "88 Front Street, Wabasso - 555-0192"),
        ("gap", ""),
        ("cols", [
            ("h", "By the numbers"),
            ("p", "This year we gave out 41,000 pounds of food to 260 households, and 70 volunteers worked 2,900 hours."),
            ("gap", ""),
            ("h", "Empty Bowls"),
            ("p", "Empty Bowls soup dinner, Thursday November 20 at the Legion. Tickets $15, bowls made by the high-school art class."),
        ], [
            ("h", "Wanted: a CDL driver"),
            ("p", "Our donated box truck sits idle because none of us has a CDL. A volunteer with a Class B CDL could drive it to the regional food bank twice a month."),
            ("gap", ""),
            ("h", "Pallet jack"),
            ("p", "Seeking a used manual pallet jack in working order - the old one finally died."),
            ("gap", ""),
            ("h", "Double your gift"),
            ("p", "A local farm family will match every gift up to $5,000 through December."),
        ]),
    ]),
}

P_IDX, P_VOL, P_ES, P_SO, P_PDF, P_BRD = ("index.html", "volunteer.html", "es/index.html", "so/index.html",
                                          "pantry-post-fall-2025.pdf", "board/minutes.html")
NEEDS = [
    need(P_IDX, ["running low", "canned chicken", "cooking oil"], "donation", "en", layout="status_table_columns",
         note="only the 'running low' column is a need"),
    need(P_VOL, ["unload the truck"], "volunteer", "en", layout="signup_sheet_blanks"),
    need(P_VOL, ["bilingual greeter"], "volunteer", "en", ["es", "so", "en"], layout="signup_sheet_blanks"),
    need(P_VOL, ["senior box delivery"], "volunteer", "en", layout="signup_sheet_blanks"),
    need(P_VOL, ["data entry"], "skilled", "en", layout="heading_paragraph"),
    need(P_ES, ["enseñe a cocinar", "clase de cocina"], "skilled", "es", layout="heading_paragraph"),
    need(P_ES, ["cajas de cartón"], "donation", "es", layout="heading_paragraph"),
    need(P_SO, ["hilib xalaal"], "donation", "so", layout="heading_paragraph"),
    need(P_SO, ["turjuma waraaqaha"], "skilled", "so", ["so", "en"], layout="heading_paragraph"),
    need(P_PDF, ["cdl"], "skilled", "en", layout="pdf_two_column"),
    need(P_PDF, ["pallet jack"], "donation", "en", layout="pdf_two_column"),
]
TRAPS = [
    trap(P_IDX, "filled", ["please hold", "zucchini"], "'Full — please hold' column"),
    trap(P_IDX, "filled", ["we're ok"], "'We're OK' column"),
    trap(P_IDX, "how_to_apply", ["need food"]),
    trap(P_IDX, "hours", ["open:"]),
    trap(P_IDX, "general_appeal", ["3 meals", "give today"]),
    trap(P_VOL, "filled", ["client shopping assistant"], "all four lines carry names"),
    trap(P_VOL, "filled", ["garden gleaning"], "done for the year"),
    trap(P_VOL, "job", ["warehouse lead"]),
    trap(P_ES, "how_to_apply", ["cómo recibir comida"]),
    trap(P_ES, "hours", ["horario"]),
    trap(P_ES, "filled", ["bolsas de plástico"], "'ya no necesitamos'"),
    trap(P_ES, "service", ["frutas y verduras frescas"]),
    trap(P_SO, "filled", ["bariis"], "'bakhaarkeennu bariis wuu ka buuxaa'"),
    trap(P_SO, "hours", ["saacadaha"]),
    trap(P_SO, "how_to_apply", ["sida cuntada loo helo"]),
    trap(P_PDF, "recap", ["by the numbers", "41,000 pounds"]),
    trap(P_PDF, "event", ["empty bowls"]),
    trap(P_PDF, "general_appeal", ["double your gift", "match every gift"]),
    trap(P_BRD, "robots", ["spring fundraiser"]),
    trap(P_BRD, "robots", ["walk-in cooler"]),
]
