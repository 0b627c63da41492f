from common import N, T

SLUG = "brownsdale-tool-lending-shed"

HEAD = """<!doctype html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Hugo 0.121.2">
<title>{title} | Brownsdale Tool Lending Shed</title>
<link rel="stylesheet" href="/css/main.min.4f1c2a.css">
</head>
<body class="{cls}">
<header class="site-head">
  <a class="brand" href="/index.html"><img src="/img/shed-logo.svg" alt=""> Tool Lending Shed</a>
  <nav aria-label="Main">
    <a href="/index.html">Home</a>
    <a href="/help-out.html">Help out</a>
    <a href="/wishlist.html">Donate tools</a>
    <a href="/calendar.html">Calendar</a>
    <a href="/es/index.html" hreflang="es">Español</a>
  </nav>
</header>
<main>
"""

FOOT = """
</main>
<footer class="site-foot">
  <p>Brownsdale Tool Lending Shed &bull; behind the old creamery, 104 Mill St S, Brownsdale, MN 55918 &bull; 507-555-0142 &bull; borrow@brownsdaletoolshed.org</p>
  <p><a href="/forms/helper-signup.pdf">Helper sign-up form (PDF)</a> &middot; <a href="/board/minutes.html">Board minutes</a> &middot; <a href="/es/index.html">Información en español</a></p>
  <p class="small">A project of the Brownsdale Civic Club. Tools are lent as-is.</p>
</footer>
</body>
</html>
"""

INDEX = HEAD.format(lang="en", title="Home", cls="home") + """
<section class="hero">
  <h1>Borrow it. Fix it. Bring it back.</h1>
  <p>Over 700 tools, from post-hole diggers to a tile saw, lent free to anyone living in Mower County.</p>
</section>
<section class="grid-2">
  <div class="panel">
    <h2>How borrowing works</h2>
    <ol>
      <li>Stop in with a photo ID and a piece of mail showing your address.</li>
      <li>Sign the one-page lending agreement.</li>
      <li>Take up to four tools for seven days. Renew by phone.</li>
    </ol>
  </div>
  <div class="panel">
    <h2>Open</h2>
    <p>Wednesdays 4&ndash;7 pm<br>Saturdays 9 am &ndash; 1 pm<br>Closed on holiday weekends</p>
  </div>
</section>
<section class="panel notice">
  <h2>Our sharpening bench is gathering dust</h2>
  <p>Half the mower blades, pruners and chisels that come back need an edge. We have a bench grinder and whetstones
  but nobody who knows how to use them well. If you can put a proper edge on blades and chisels, even one Saturday a
  month, come talk to us &mdash; you would save us buying replacements.</p>
</section>
<section class="panel">
  <h2>New on the shelf: a two-stage snowblower</h2>
  <p>Members can now reserve the Ariens snowblower for 48 hours at a time. Ask at the counter.</p>
</section>
<section class="panel">
  <h2>Become a member</h2>
  <p>Borrowing is free, but a $20 yearly membership keeps the lights on. Pay at the counter or by check.</p>
  <p><a href="/photos/fix-it-fair-2024.html">Photos from the Fix-It Fair</a></p>
</section>
""" + FOOT

HELP = HEAD.format(lang="en", title="Help out", cls="page") + """
<article>
  <h1>Help out at the shed</h1>
  <p>All of these are unpaid and flexible. Tell us which one fits and we'll set you up.</p>
  <dl class="roles">
    <dt>Counter volunteer</dt>
    <dd>Check tools in and out on Wednesday evenings, wipe them down, and log them in our lending software. We train you on the first shift.</dd>
    <dt>Small-engine repair</dt>
    <dd>Tillers, trimmers and the snowblower come back coughing. Someone comfortable with carburetors and spark plugs, a few hours a month.</dd>
    <dt>Inventory photographer</dt>
    <dd><span class="tag">Taken</span> Leah from the Brownsdale 4-H club is photographing every tool this fall. Thanks, Leah!</dd>
    <dt>Website helper</dt>
    <dd>Our catalog is a Hugo site kept in Markdown files. We want someone who can add new tools and fix broken pages now and then.</dd>
    <dt>Big-tool delivery driver</dt>
    <dd>Bring ladders, the cement mixer and the log splitter to borrowers who have no truck. You drive our pickup and trailer; a regular license is fine.</dd>
  </dl>
  <h2>Paid position</h2>
  <p><strong>Shed coordinator</strong> &ndash; 10 hours a week at $16/hour, funded by a county grant through June. Apply to the Civic Club by e-mail.</p>
  <h2>Meet our head tinkerer</h2>
  <p>Gus Aldana ran the hardware store on Main Street for 31 years. He now volunteers three days a week and can fix almost anything with a motor.</p>
</article>
""" + FOOT

WISH = HEAD.format(lang="en", title="Donate tools", cls="page") + """
<article>
  <h1>Donate tools</h1>
  <h2>Tool wish list</h2>
  <p>These get asked for every week and we have none (or one worn-out one):</p>
  <ul class="wish">
    <li>Random orbital sander</li>
    <li>Stud finder</li>
    <li>Drywall lift</li>
    <li>Pipe wrenches, 14&quot; and 18&quot;</li>
    <li>Long-handled loppers</li>
  </ul>
  <ul class="wish done">
    <li><del>Pressure washer</del> &ndash; donated by the Hanson family</li>
  </ul>
  <p class="thanks">Thank you, we got a wet tile saw from a reader in Sargeant! Please don't bring another.</p>
  <h2>Could you spare heavy-duty steel shelving?</h2>
  <p>The tools have outgrown our wooden racks. Freestanding steel shelving units (at least 18 inches deep) would let us
  stop stacking tools on the floor. Call before you bring them and we'll meet you with the pickup.</p>
  <h2>What we cannot take</h2>
  <p>Gas cans with fuel in them, anything with asbestos, or tools with cracked handles.</p>
  <h2>2023 tool drive</h2>
  <p>Last spring's drive brought in 312 tools in two Saturdays, including a complete set of masonry tools.</p>
</article>
""" + FOOT

CAL = HEAD.format(lang="en", title="Calendar", cls="page calendar") + """
<article>
  <h1>October at the shed</h1>
  <table class="cal">
    <thead><tr><th>Sun</th><th>Mon</th><th>Tue</th><th>Wed</th><th>Thu</th><th>Fri</th><th>Sat</th></tr></thead>
    <tbody>
      <tr><td></td><td></td><td>1</td><td>2<br><span class="ev">Open 4&ndash;7</span></td><td>3</td><td>4</td>
          <td>5<br><span class="ev">Fall Repair Caf&eacute;, 10&ndash;1 at the Legion</span></td></tr>
      <tr><td>6</td><td>7</td><td>8</td><td>9<br><span class="ev">Open 4&ndash;7</span></td><td>10</td><td>11</td>
          <td>12<br><span class="ev">Saturday counter shift: <b>FULL</b></span></td></tr>
      <tr><td>13</td><td>14</td><td>15<br><span class="ev">Annual meeting, 7 pm, City Hall</span></td><td>16</td><td>17</td><td>18</td>
          <td>19<br><span class="ev">Kids' build day (birdhouses)</span></td></tr>
      <tr><td>20</td><td>21</td><td>22</td><td>23</td><td>24</td><td>25</td><td>26<br><span class="ev">Closed &ndash; deer opener</span></td></tr>
    </tbody>
  </table>
  <div class="callout">
    <h2>Fixers wanted for lamps and small appliances</h2>
    <p>For the Oct 5 repair day we have bike and furniture people but still need two more fixers who are at ease with lamps,
    toasters and other small appliances. Bring a multimeter if you own one.</p>
  </div>
</article>
""" + FOOT

ES = HEAD.format(lang="es", title="Español", cls="page es") + """
<article>
  <h1>Herramientas para todos</h1>
  <p>Prestamos herramientas gratis a cualquier persona que viva en el condado de Mower: palas, taladros, escaleras y mucho m&aacute;s.</p>
  <h2>C&oacute;mo sacar su tarjeta</h2>
  <p>Venga con una identificaci&oacute;n con foto y una carta o recibo con su direcci&oacute;n. Firma un acuerdo de pr&eacute;stamo y listo.</p>
  <h2>Buscamos voluntarios biling&uuml;es para el mostrador</h2>
  <p>Cada semana vienen m&aacute;s familias que hablan espa&ntilde;ol. Nos hace falta gente que hable espa&ntilde;ol e ingl&eacute;s para atender
  el mostrador los s&aacute;bados por la ma&ntilde;ana y explicar las reglas del pr&eacute;stamo.</p>
  <h2>&iquest;Sabe soldar?</h2>
  <p>Tenemos carretillas y remolques con partes rotas. Buscamos un soldador voluntario que pueda venir una o dos veces al mes
  a repararlas. Nosotros compramos el material.</p>
  <h2>Traducci&oacute;n de los letreros</h2>
  <p><s>Necesitamos a alguien que traduzca los letreros del taller.</s> &iexcl;Ya lo tenemos! Marisol los tradujo en septiembre, gracias.</p>
  <h2>Taller de bicicletas para ni&ntilde;os</h2>
  <p>S&aacute;bado 9 de noviembre, de 10 a 12. Los ni&ntilde;os aprenden a parchar una llanta. Gratis.</p>
</article>
""" + FOOT

BOARD = HEAD.format(lang="en", title="Board minutes", cls="page") + """
<article>
  <h1>Board minutes &ndash; September (draft, not for circulation)</h1>
  <ul>
    <li>Need someone to audit the books before the county grant report.</li>
    <li>Ask around for a used 16-ft enclosed trailer.</li>
    <li>Recruit two volunteers to run the raffle booth at Brownsdale Days.</li>
  </ul>
</article>
""" + FOOT

PAGES = {
    "index.html": INDEX,
    "help-out.html": HELP,
    "wishlist.html": WISH,
    "calendar.html": CAL,
    "es/index.html": ES,
    "board/minutes.html": BOARD,
}

ROBOTS = """User-agent: *
Disallow: /board/

Sitemap: https://brownsdaletoolshed.org/sitemap.xml
"""

PDFS = {
    "forms/helper-signup.pdf": ("Helper sign-up - Brownsdale Tool Lending Shed", [
        ("title", "BROWNSDALE TOOL LENDING SHED"),
        ("title", "Helper sign-up"),
        ("p", "104 Mill St S, Brownsdale, MN 55918 - 507-555-0142 - borrow@brownsdaletoolshed.org"),
        ("p", "Name: ______________________________  Phone: ____________________"),
        ("p", "E-mail: ____________________________  Best days: ________________"),
        ("h", "Spring tune-up days: bike mechanics"),
        ("p", "Every April we fix up the donated bikes and lend them to kids for the summer. We are looking for "
              "volunteer bike mechanics who can true a wheel, adjust brakes and replace a chain. Three Saturdays, "
              "9 to noon. Tick here if you can help: [ ]"),
        ("h", "Other ways to help"),
        ("p", "[ ] Counter  [ ] Cleaning tools  [ ] Repair days  [ ] Something else: __________"),
        ("h", "Returning this form"),
        ("p", "Drop this form in the box by the counter or scan it to borrow@brownsdaletoolshed.org. Helpers under 16 need "
              "a parent's signature."),
        ("p", "Signature: ____________________________  Date: ____________"),
    ]),
}

NEEDS = [
    N("index.html", ["sharpening bench", "edge on blades and chisels"], "skilled", "en", layout="story",
      note="need stated as a problem ('gathering dust'), not a call"),
    N("help-out.html", ["counter volunteer"], "volunteer", "en", layout="definition_list"),
    N("help-out.html", ["small-engine repair"], "skilled", "en", layout="definition_list"),
    N("help-out.html", ["website helper"], "skilled", "en", layout="definition_list"),
    N("help-out.html", ["delivery driver"], "volunteer", "en", layout="definition_list", note="drives shed's pickup"),
    N("wishlist.html", ["tool wish list", "random orbital sander"], "donation", "en", layout="wish_list",
      note="5 items = one need"),
    N("wishlist.html", ["steel shelving"], "donation", "en", layout="seeking"),
    N("calendar.html", ["fixers wanted for lamps", "small appliances"], "skilled", "en", layout="calendar",
      note="callout under a month calendar"),
    N("es/index.html", ["voluntarios bilingües para el mostrador", "voluntarios bilingües"], "volunteer", "es", ["es", "en"],
      layout="heading_paragraph"),
    N("es/index.html", ["soldador voluntario", "sabe soldar"], "skilled", "es", layout="heading_paragraph"),
    N("forms/helper-signup.pdf", ["bike mechanics"], "skilled", "en", layout="pdf"),
]

TRAPS = [
    T("index.html", "how_to_apply", ["how borrowing works"]),
    T("index.html", "hours", ["wednesdays 4"], "opening hours panel"),
    T("index.html", "service", ["two-stage snowblower"], "new tool offered to borrowers"),
    T("index.html", "general_appeal", ["become a member"]),
    T("help-out.html", "filled", ["inventory photographer"], "'Taken' tag + name"),
    T("help-out.html", "job", ["shed coordinator"], "$16/hour"),
    T("help-out.html", "bio", ["head tinkerer"]),
    T("wishlist.html", "filled", ["pressure washer"], "<del> + donated by"),
    T("wishlist.html", "filled", ["wet tile saw"], "thank you, we got"),
    T("wishlist.html", "recap", ["2023 tool drive"]),
    T("calendar.html", "event", ["fall repair café"]),
    T("calendar.html", "filled", ["saturday counter shift"], "FULL"),
    T("calendar.html", "event", ["annual meeting"]),
    T("calendar.html", "event", ["kids' build day"]),
    T("calendar.html", "hours", ["deer opener"], "closed that day"),
    T("es/index.html", "service", ["prestamos herramientas gratis"]),
    T("es/index.html", "how_to_apply", ["cómo sacar su tarjeta"]),
    T("es/index.html", "filled", ["traducción de los letreros"], "<s> + ¡Ya lo tenemos!"),
    T("es/index.html", "event", ["taller de bicicletas"]),
    T("board/minutes.html", "robots", ["audit the books"]),
    T("board/minutes.html", "robots", ["enclosed trailer"]),
    T("board/minutes.html", "robots", ["raffle booth"]),
    T("forms/helper-signup.pdf", "how_to_apply", ["returning this form"]),
]
