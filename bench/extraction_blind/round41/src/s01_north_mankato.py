"""Site 1: a Somali women's sewing cooperative in North Mankato (en + so, Somali PDF flyer)."""
from common import N, T

SLUG = "north-mankato-iftiin-sewing-cooperative"
ROBOTS = "User-agent: *\nAllow: /\n\nSitemap: https://iftiinsews.example.org/sitemap.xml\n"

NAV = """<header class="top">
  <a class="logo" href="/index.html"><img src="/img/iftiin-logo.png" alt=""> Iftiin Sewing Cooperative</a>
  <nav class="main-nav">
    <a href="/index.html">Home</a>
    <a href="/volunteer.html">Volunteer</a>
    <a href="/shop.html">Shop &amp; Alterations</a>
    <a href="/so/index.html" lang="so">Soomaali</a>
    <a href="/so/deeq.html" lang="so">Deeq</a>
  </nav>
</header>"""

FOOT = """<footer class="site-footer">
  <p>Iftiin Sewing Cooperative · 412 Belgrade Ave, North Mankato, MN 56003 · 507-555-0141</p>
  <p><a href="https://www.facebook.com/iftiinsews.example">Facebook</a> · <a href="mailto:hello@iftiinsews.example.org">hello@iftiinsews.example.org</a></p>
  <p class="small">&copy; 2025 Iftiin Sewing Cooperative. A member-owned cooperative.</p>
</footer>"""

PAGES = {}

PAGES["index.html"] = """
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Iftiin Sewing Cooperative | North Mankato, MN</title>
<link rel="stylesheet" href="/css/site.css">
</head>
<body>
""" + NAV + """
<main>
  <section class="hero">
    <h1>Light, thread and work</h1>
    <p>Iftiin (&ldquo;light&rdquo; in Somali) is a cooperative of fourteen Somali women in North Mankato.
    We sew, we teach, and we sell what we make. Every member owns an equal share of the shop.</p>
  </section>

  <section class="what">
    <h2>What we do</h2>
    <ul>
      <li>Free sewing classes for women, taught in Somali, twice a year</li>
      <li>Alterations and tailoring for the public &mdash; see <a href="/shop.html">prices</a></li>
      <li>Custom school uniforms, hijabs and baby quilts</li>
    </ul>
  </section>

  <section class="hours">
    <h2>Open hours</h2>
    <p>Tuesday&ndash;Thursday 10&nbsp;am&ndash;4&nbsp;pm &middot; Saturday 9&nbsp;am&ndash;1&nbsp;pm &middot; Closed Fridays and Sundays</p>
  </section>

  <section class="support">
    <h2>Keep the machines humming</h2>
    <p>Every gift, large or small, helps a member earn a living for her family.
    <a class="btn" href="https://givemn.example.org/iftiin">Give online</a></p>
  </section>

  <section class="blog-teasers">
    <h2>From our blog</h2>
    <article>
      <h3><a href="/blog/why-we-sew.html">Why we still need each other</a></h3>
      <p>Hodan remembers the first machine she ever used, in a camp in Dadaab&hellip; <a href="/blog/why-we-sew.html">Read more</a></p>
    </article>
  </section>
</main>
""" + FOOT + """
</body>
</html>
"""

PAGES["volunteer.html"] = """
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Volunteer | Iftiin Sewing Cooperative</title>
<link rel="stylesheet" href="/css/site.css">
</head>
<body>
""" + NAV + """
<main>
<h1>Lend us a hand</h1>
<p class="lead">We are a small shop with big plans. These are the ways neighbors can help right now.
Most roles take a few hours a month.</p>

<div class="grid roles">
  <div class="role">
    <p class="role-title"><b>Sewing Machine Mechanic</b></p>
    <p>Our eleven machines work hard, and several now skip stitches or jam. We are looking for someone who can
    clean, time and adjust domestic and light-industrial machines &mdash; even one Saturday a month would change everything.</p>
    <a class="btn" href="mailto:hello@iftiinsews.example.org?subject=Mechanic">I can help</a>
  </div>
  <div class="role">
    <p class="role-title"><b>Volunteer Bookkeeper</b></p>
    <p>About three hours a month: reconcile our QuickBooks file and prepare the quarterly member payouts.
    You do not need to speak Somali.</p>
    <a class="btn" href="mailto:hello@iftiinsews.example.org?subject=Bookkeeper">I can help</a>
  </div>
  <div class="role">
    <p class="role-title"><b>Farmers Market Booth Helpers</b></p>
    <p>Help us put up the tent, lay out the quilts and run the card reader at the North Mankato Saturday market,
    7:30&ndash;11&nbsp;am. Two helpers each week, May through October.</p>
    <a class="btn" href="mailto:hello@iftiinsews.example.org?subject=Market">I can help</a>
  </div>
  <div class="role">
    <p class="role-title"><b>English Conversation Partner</b></p>
    <p>Members want to practise English for talking with customers. One hour a week at the shop; no teaching
    experience needed, but you must speak English fluently.</p>
    <a class="btn" href="mailto:hello@iftiinsews.example.org?subject=Conversation">I can help</a>
  </div>
  <div class="role done">
    <p class="role-title"><b>Website Photographer</b> <span class="pill">Taken</span></p>
    <p>Thank you &mdash; Layla, a photography student at Minnesota State, took this on in August!</p>
  </div>
  <div class="role paid">
    <p class="role-title"><b>Co-op Coordinator</b> <span class="pill">Paid position</span></p>
    <p>20 hours a week, $19/hour, funded by a two-year grant. Coordinates orders, the market and the class
    calendar. Somali and English required. Send a r&eacute;sum&eacute; by October 31.</p>
  </div>
</div>

<h2>Market season</h2>
<p>We sell at the North Mankato Farmers Market on Saturdays, May to October, at Spring Lake Park. Come shop with us!</p>

<h2>How to sign up</h2>
<p>Press &ldquo;I can help&rdquo; under any role, fill in the form at the front counter, or text Hodan at 507-555-0142.</p>
</main>
""" + FOOT + """
</body>
</html>
"""

PAGES["shop.html"] = """
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Shop &amp; Alterations | Iftiin Sewing Cooperative</title>
<link rel="stylesheet" href="/css/site.css">
</head>
<body>
""" + NAV + """
<main>
<h1>Shop &amp; Alterations</h1>
<h2>Alterations price list</h2>
<table class="prices">
  <tr><th>Service</th><th>Price</th></tr>
  <tr><td>Hemming pants or skirts</td><td>$8</td></tr>
  <tr><td>Take in / let out a dress</td><td>from $15</td></tr>
  <tr><td>Replace a zipper</td><td>$12</td></tr>
  <tr><td>Shorten sleeves</td><td>$14</td></tr>
</table>
<p>Most alterations are ready in one week.</p>

<h2>Made to order</h2>
<p>We sew baby quilts, school uniforms (Somali and Islamic school styles) and hijabs in any fabric you bring.
Call the shop to order; a deposit of half the price is required.</p>

<h2>Pickup hours</h2>
<p>Finished orders can be picked up Tuesday&ndash;Thursday until 4&nbsp;pm and Saturday until 1&nbsp;pm.</p>
</main>
""" + FOOT + """
</body>
</html>
"""

PAGES["so/index.html"] = """
<!DOCTYPE html>
<html lang="so">
<head>
<meta charset="utf-8">
<title>Iskaashatada Tolida Iftiin | North Mankato</title>
<link rel="stylesheet" href="/css/site.css">
</head>
<body>
<header class="top">
  <a class="logo" href="/so/index.html">Iskaashatada Tolida Iftiin</a>
  <nav class="main-nav">
    <a href="/so/index.html">Bogga hore</a>
    <a href="/so/deeq.html">Deeq alaab</a>
    <a href="/fasalka-tolida.pdf">Warqadda fasalka (PDF)</a>
    <a href="/index.html" lang="en">English</a>
  </nav>
</header>
<main>
<h1>Ku soo dhowaada Iftiin!</h1>
<p>Iftiin waa iskaashato ay leeyihiin 14 haween Soomaaliyeed oo ku nool North Mankato. Waxaan tollnaa dhar,
wax ayaan baranaa, waxaanan iibinaa shaqadeenna. Fasallo tolid oo bilaash ah ayaan u haynaa haweenka,
laba jeer sannadkii, af-Soomaali.</p>

<h2>Fasalka tolida ee dayrta: caawiyeyaal ayaan u baahannahay</h2>
<p>Fasalku wuxuu bilaabanayaa 6da Oktoobar. Fadlan eeg shaxda hoose: meelaha &ldquo;Furan&rdquo; weli qof ayaa loo baahan yahay.</p>
<table class="signup">
  <thead>
    <tr><th>Maalinta</th><th>Shaqada</th><th>Inta loo baahan yahay</th><th>Xaaladda</th></tr>
  </thead>
  <tbody>
    <tr><td>Isniin</td><td>Daryeelka carruurta yaryar inta hooyooyinku wax baranayaan</td><td>2 qof</td><td class="open">Furan</td></tr>
    <tr><td>Isniin</td><td>Goynta maryaha (cutting fabric)</td><td>&mdash;</td><td class="closed">Dhammaystiran &#10003;</td></tr>
    <tr><td>Arbaco</td><td>Turjubaan Soomaali&ndash;Ingiriis: macallinka martida ah wuxuu ku hadlaa Ingiriis oo keliya</td><td>1 qof</td><td class="open">Furan</td></tr>
    <tr><td>Arbaco</td><td>Shaaha iyo cuntada fudud</td><td>&mdash;</td><td class="closed">Qof kale looma baahna</td></tr>
  </tbody>
</table>

<h3>Gaadiid</h3>
<p>Haween badan oo ka yimaada Mankato iyo St. Peter gaari ma haystaan. Waxaan raadinaynaa qof gaari leh oo
Isniinta iyo Arbacada haweenka ka soo qaada gurigooda, kadibna ku celiya.</p>

<h3>Xafladda dhammaadka fasalka</h3>
<p>15ka Diseembar, 5:00 galabnimo, hoolka masjidka. Dhammaan waa lagu casuumay &mdash; keena qoyskiinna!</p>

<h2>Saacadaha furitaanka</h2>
<p>Talaado ilaa Khamiis 10:00 subaxnimo &ndash; 4:00 galabnimo, Sabti 9:00 &ndash; 1:00. Jimcaha waa xiran yahay.</p>
</main>
<footer class="site-footer"><p>Iftiin &middot; 412 Belgrade Ave, North Mankato &middot; 507-555-0141</p></footer>
</body>
</html>
"""

PAGES["so/deeq.html"] = """
<!DOCTYPE html>
<html lang="so">
<head>
<meta charset="utf-8">
<title>Deeq alaab | Iftiin</title>
<link rel="stylesheet" href="/css/site.css">
<style>.bar{background:#eee;width:300px}.bar span{display:block;background:#2a7;color:#fff;padding:2px 6px}</style>
</head>
<body>
<header class="top">
  <a class="logo" href="/so/index.html">Iskaashatada Tolida Iftiin</a>
  <nav class="main-nav"><a href="/so/index.html">Bogga hore</a> <a href="/so/deeq.html">Deeq alaab</a> <a href="/index.html" lang="en">English</a></nav>
</header>
<main>
<h1>Deeq alaab</h1>
<p>Mahadsanidiin dhammaan dadka na caawiya. Halkan waxaa ku qoran waxa aan hadda u baahannahay iyo waxa aan haysanno.</p>

<section>
  <h2>Mashiinnada tolida</h2>
  <p>Hadafkeennu waa 10 mashiin oo si fiican u shaqeeya si arday kastaa u hesho mashiin. Hadda waxaan haynaa 7.</p>
  <div class="bar"><span style="width:70%">7 / 10</span></div>
  <p>Haddii aad haysato mashiin tolid oo aadan isticmaalin, fadlan noo keen inta lagu jiro saacadaha furitaanka.</p>
</section>

<section>
  <h2>Alaabta yaryar ee aan u baahannahay</h2>
  <ul>
    <li>Maqasyo fiiqan (scissors)</li>
    <li>Cajaladda cabbirka (measuring tape)</li>
    <li>Irbadaha mashiinka, cabbirka 90/14</li>
    <li>Kuraas dhabarka taageera oo loogu talagalay ardayda</li>
  </ul>
</section>

<section>
  <h2>Maryo iyo dun</h2>
  <p>Mahadsanidiin! Maryihii aad noo keenteen ayaa bakhaarka ka buux dhaafay. Hadda maryo iyo dun cusub ma
  qaadanayno ilaa gu&rsquo;ga.</p>
</section>

<section>
  <h2>Lacag</h2>
  <p>Waxaad sidoo kale ku deeqi kartaa lacag si aan u bixinno kirada dukaanka iyo korontada.</p>
</section>

<p class="thanks">Sannadkii hore (2024) bulshadu waxay na siisay 4 mashiin iyo 300 yaard oo maro. Mahadsanidiin!</p>
</main>
<footer class="site-footer"><p>Iftiin &middot; 412 Belgrade Ave, North Mankato &middot; 507-555-0141</p></footer>
</body>
</html>
"""

PDFS = {
    "fasalka-tolida.pdf": ("Fasalka Tolida - Dayrta 2025", [
        ("title", "FASALKA TOLIDA EE HAWEENKA - DAYRTA 2025"),
        ("p", "Iskaashatada Tolida Iftiin, 412 Belgrade Ave, North Mankato"),
        ("gap", ""),
        ("p", "Fasal bilaash ah oo loogu talagalay haweenka: Isniinta iyo Arbacada, 10:00 - 12:00, "
              "6 Oktoobar ilaa 10 Diseembar. Waxaad baran doontaa cabbirka, goynta iyo tolida dharka."),
        ("h", "Is-diiwaangelinta"),
        ("p", "Wac Hodan 507-555-0147 ama imow dukaanka. Meelaha waa 16 oo keliya, kuwa hore ayaa hela."),
        ("h", "Waxaan u baahannahay macallimad tolid"),
        ("p", "Macallimaddii fasalka horumarsan ayaa guuratay. Waxaan raadinaynaa haweeney khibrad u leh "
              "tolida dharka carruurta iyo jaakadaha, oo ku hadasha af-Soomaali. Waa tabaruc (lacag la'aan), "
              "Arbacada 10:00 - 12:00."),
        ("h", "Nadiifinta dukaanka"),
        ("p", "Sabti kasta 1:00 - 2:00, kadib marka dukaanka la xiro, waxaan u baahannahay 2 qof oo naga "
              "caawiya nadiifinta iyo habaynta dukaanka."),
        ("gap", ""),
        ("p", "Mahadsanidiin! - Iftiin"),
    ]),
}

NEEDS = [
    N("volunteer.html", ["sewing machine mechanic"], "skilled", "en", [], "role_cards", "card title in p>b"),
    N("volunteer.html", ["volunteer bookkeeper", "quickbooks"], "skilled", "en", [], "role_cards", "unpaid"),
    N("volunteer.html", ["farmers market booth helpers", "booth helpers"], "volunteer", "en", [], "role_cards"),
    N("volunteer.html", ["english conversation partner"], "volunteer", "en", ["en"], "role_cards",
      "must speak English fluently"),
    N("so/index.html", ["daryeelka carruurta yaryar"], "volunteer", "so", [], "shift_table", "childcare, Furan"),
    N("so/index.html", ["turjubaan"], "skilled", "so", ["so", "en"], "shift_table", "interpreter, Furan"),
    N("so/index.html", ["qof gaari leh", "gaadiid"], "volunteer", "so", [], "heading_paragraph", "drivers"),
    N("so/deeq.html", ["mashiinnada tolida"], "donation", "so", [], "progress_bar", "7 of 10 machines: still open"),
    N("so/deeq.html", ["alaabta yaryar", "maqasyo"], "donation", "so", [], "wish_list", "one need for the list"),
    N("fasalka-tolida.pdf", ["macallimad tolid"], "skilled", "so", ["so"], "pdf", "sewing teacher, volunteer"),
    N("fasalka-tolida.pdf", ["nadiifinta dukaanka"], "volunteer", "so", [], "pdf", "shop cleaning"),
]

TRAPS = [
    T("index.html", "service", ["free sewing classes"]),
    T("index.html", "service", ["alterations and tailoring"]),
    T("index.html", "hours", ["open hours"]),
    T("index.html", "general_appeal", ["keep the machines humming", "give online"]),
    T("index.html", "blog", ["why we still need each other"]),
    T("volunteer.html", "filled", ["website photographer"], "Taken pill"),
    T("volunteer.html", "job", ["co-op coordinator"], "paid"),
    T("volunteer.html", "event", ["come shop with us", "market season"]),
    T("volunteer.html", "how_to_apply", ["how to sign up"]),
    T("shop.html", "service", ["alterations price list", "hemming pants"]),
    T("shop.html", "service", ["made to order", "baby quilts"]),
    T("shop.html", "hours", ["pickup hours"]),
    T("so/index.html", "service", ["fasallo tolid oo bilaash ah"]),
    T("so/index.html", "filled", ["goynta maryaha"], "Dhammaystiran"),
    T("so/index.html", "filled", ["shaaha iyo cuntada fudud"], "Qof kale looma baahna"),
    T("so/index.html", "event", ["xafladda dhammaadka fasalka"]),
    T("so/index.html", "hours", ["saacadaha furitaanka"]),
    T("so/deeq.html", "filled", ["maryo iyo dun"], "not taking fabric until spring"),
    T("so/deeq.html", "general_appeal", ["kirada dukaanka"]),
    T("so/deeq.html", "recap", ["sannadkii hore"]),
    T("fasalka-tolida.pdf", "service", ["fasal bilaash ah"]),
    T("fasalka-tolida.pdf", "how_to_apply", ["is-diiwaangelinta"]),
]
