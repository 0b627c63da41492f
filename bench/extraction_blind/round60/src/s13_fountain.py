"""Site 13: Bethel Church Community Outreach, Fountain. WordPress/Divi blog front page; outreach page whose headings
carry inline markup (<em>, <a>, <span>, <strong>); Spanish ministry page; Spanish PDF bulletin."""
from common import need, trap

SLUG = "fountain-bethel-church-community-outreach"
TOWN = "fountain"

ROBOTS = """User-agent: *
Disallow: /council/
Disallow: /wp-admin/
"""


def head(title, lang="en-US"):
    return """<!DOCTYPE html>
<html lang="%s">
<head>
<meta charset="UTF-8">
<title>%s | Bethel Church Fountain</title>
<link rel="stylesheet" id="divi-style-css" href="/wp-content/themes/Divi/style.min.css?ver=4.24.0" type="text/css" media="all">
</head>
<body class="home blog et_pb_button_helper_class et_fullwidth_nav et_right_sidebar">
<div id="page-container"><div id="et-boc" class="et-boc">
<header id="main-header" data-height-onload="66"><div class="container clearfix et_menu_container">
 <div class="logo_container"><a href="/"><img src="/wp-content/uploads/2022/05/bethel-logo.png" alt="Bethel Church Fountain" id="logo"></a></div>
 <div id="et-top-navigation"><nav id="top-menu-nav"><ul id="top-menu" class="nav">
  <li class="menu-item"><a href="/">Home</a></li>
  <li class="menu-item"><a href="/outreach.html">Outreach</a></li>
  <li class="menu-item"><a href="/espanol.html">Ministerio Hispano</a></li>
  <li class="menu-item"><a href="/sermons/2024-advent.html">Sermons</a></li>
 </ul></nav></div>
</div></header>
<div id="et-main-area"><div id="main-content"><div class="container"><div id="content-area" class="clearfix"><div id="left-area">
""" % (lang, title)


FOOT = """
</div>
<div id="sidebar"><div class="et_pb_widget widget_text"><h4 class="widgettitle">Worship</h4>
<div class="textwidget"><p>Sundays 9:30 am (English) and 1:00 pm (espa&ntilde;ol).</p></div></div>
<div class="et_pb_widget widget_text"><h4 class="widgettitle">Give</h4>
<div class="textwidget"><p><a href="https://give.example/bethel-fountain">Give online</a> to Bethel&rsquo;s ministries.</p></div></div></div>
</div></div></div>
<footer id="main-footer"><div id="footer-bottom"><div class="container clearfix">
<div id="footer-info">Bethel Church &middot; 101 Main St N, Fountain, MN 55935 &middot; (507) 555-0127 &middot; office@bethelfountain.org &middot; <a href="/council/agenda.html">Council</a></div>
</div></div></footer>
</div></div></div>
</body>
</html>
"""

INDEX = head("Home") + """
<article class="et_pb_post post type-post">
 <h2 class="entry-title"><a href="/outreach.html">Why we serve: three volunteers tell their stories</a></h2>
 <p class="post-meta">by Pastor Ruth Engebretson | Oct 2, 2025</p>
 <div class="post-content"><p>Lois, Marco and Henry talk about what keeps them coming back to the kitchen&hellip;</p></div>
</article>
<article class="et_pb_post post type-post">
 <h2 class="entry-title">Wednesday community supper &mdash; all are welcome</h2>
 <p class="post-meta">Sep 24, 2025</p>
 <div class="post-content"><p>A free hot meal every Wednesday, 5:30&ndash;6:30 pm in Fellowship Hall. No cost, no sign-up, no questions.</p></div>
</article>
<article class="et_pb_post post type-post">
 <h2 class="entry-title">Our supper crew is short on dishwashers</h2>
 <p class="post-meta">Sep 20, 2025</p>
 <div class="post-content"><p>Cooking is the fun part; dishes, not so much. We need two or three more people to wash and put away dishes on Wednesdays from 6:30 to 7:30 pm.</p></div>
</article>
<article class="et_pb_post post type-post">
 <h2 class="entry-title">Rummage sale thank-you</h2>
 <p class="post-meta">Aug 30, 2025</p>
 <div class="post-content"><p>The rummage sale raised $2,870 for the youth mission trip. Thank you to everyone who sorted, priced and shopped!</p></div>
</article>
""" + FOOT

OUTREACH = head("Outreach") + """
<h1 class="main_title">Outreach</h1>
<div class="et_pb_text_inner">
<h2><em>Seeking</em> a volunteer <a href="#ramp">handyman</a> for ramp repairs</h2>
<p id="ramp">Three members&rsquo; wheelchair ramps need new boards and railings before winter. We supply the lumber and the coffee.</p>

<h2>Coat closet <span class="upd">update</span></h2>
<p>We have enough adult coats &mdash; thank you! But we still need kids&rsquo; snow pants (sizes 4&ndash;14) and winter boots.</p>

<h2><strong>Funeral lunch</strong> bakers</h2>
<p>When a family loses someone, our funeral lunch team serves ham sandwiches and bars. We&rsquo;re short on bakers: could you bring a pan of bars twice a year?</p>

<h2>Youth director (part-time)</h2>
<p>Paid position, 15 hours a week. The job description is in the church office.</p>

<h2>Blood drive</h2>
<p>American Red Cross blood drive on Monday, March 9, in Fellowship Hall. Book a time on the Red Cross site.</p>
</div>
""" + FOOT

ESPANOL = head("Ministerio Hispano", "es") + """
<h1 class="main_title">Ministerio Hispano</h1>
<div class="et_pb_text_inner">
<p>Bienvenidos. El culto en espa&ntilde;ol es los domingos a la 1:00 pm. Lea el <a href="/boletin-ministerio-hispano.pdf">bolet&iacute;n de noviembre (PDF)</a>.</p>
<h2>Buscamos voluntarios que ense&ntilde;en ingl&eacute;s</h2>
<p>Los martes por la noche, para adultos. No hace falta ser maestro; s&oacute;lo paciencia.</p>
<h2>Se necesitan cunas y carriolas</h2>
<p>Varias familias j&oacute;venes esperan beb&eacute; este invierno.</p>
<h2>Ayudantes para la cocina de la posada</h2>
<p>Ya no hace falta, gracias: tenemos suficientes ayudantes.</p>
<h2>Posada navide&ntilde;a</h2>
<p>S&aacute;bado 20 de diciembre, 6:00 pm, en el sal&oacute;n. Pi&ntilde;ata, tamales y villancicos.</p>
<h2>Despensa de comida gratis</h2>
<p>Los mi&eacute;rcoles de 5:30 a 6:30 pm, junto con la cena comunitaria.</p>
<h2>Puesto pagado</h2>
<p>Se busca coordinador(a) del ministerio hispano, 10 horas por semana, con sueldo.</p>
</div>
""" + FOOT

COUNCIL = head("Council") + """
<h1 class="main_title">Church council agenda (members only)</h1>
<ol>
<li>Need a volunteer to chair the stewardship campaign.</li>
<li>Find 3 more ushers for Christmas Eve.</li>
<li>Replace the furnace &mdash; $9,000 &mdash; appeal to members?</li>
</ol>
""" + FOOT

PAGES = {
    "index.html": INDEX,
    "outreach.html": OUTREACH,
    "espanol.html": ESPANOL,
    "council/agenda.html": COUNCIL,
}

PDFS = {
    "boletin-ministerio-hispano.pdf": ("Boletin del Ministerio Hispano - Noviembre", [
        ("title", "Boletín del Ministerio Hispano - Noviembre"),
        ("h", "Gracias"),
        ("p", "Gracias a todos: la venta de tamales recaudó $1,200 para el fondo de emergencia."),
        ("h", "Noticias del salón"),
        ("p", "Pintamos la cocina y ya tenemos mesas nuevas. El baño del salón tiene una fuga desde octubre. "
              "Necesitamos una persona que sepa de plomería para arreglarlo; la iglesia compra las piezas."),
        ("p", "Para la posada también necesitamos juguetes nuevos para 40 niños de 2 a 12 años. Tráiganlos sin "
              "envolver antes del 14 de diciembre."),
        ("h", "Culto en español"),
        ("p", "Culto en español: domingos a la 1:00 pm. Escuela dominical para niños a las 12:15."),
        ("h", "Día de Acción de Gracias"),
        ("p", "Cena de Acción de Gracias el 27 de noviembre a las 5:00 pm. Todos están invitados."),
    ]),
}

NEEDS = [
    need("index.html", ["dishwashers"], "volunteer", "en", layout="blog_post", note="a real need in a blog post"),
    need("outreach.html", ["handyman", "ramp repairs"], "skilled", "en", layout="inline_markup_heading"),
    need("outreach.html", ["snow pants"], "donation", "en", layout="heading_paragraph",
         note="same section as a filled item (adult coats)"),
    need("outreach.html", ["funeral lunch", "bakers"], "volunteer", "en", layout="inline_markup_heading"),
    need("espanol.html", ["enseñen inglés"], "skilled", "es", ["en"], layout="heading_paragraph"),
    need("espanol.html", ["cunas y carriolas"], "donation", "es", layout="heading_paragraph"),
    need("boletin-ministerio-hispano.pdf", ["plomería"], "skilled", "es", layout="pdf",
         note="buried in 'Noticias del salón'"),
    need("boletin-ministerio-hispano.pdf", ["juguetes nuevos"], "donation", "es", layout="pdf"),
]

TRAPS = [
    trap("index.html", "blog", ["why we serve"]),
    trap("index.html", "service", ["wednesday community supper"]),
    trap("index.html", "recap", ["rummage sale"]),
    trap("index.html", "hours", ["sundays 9:30"]),
    trap("index.html", "general_appeal", ["give online"]),
    trap("outreach.html", "filled", ["adult coats"], "we have enough adult coats"),
    trap("outreach.html", "job", ["youth director"]),
    trap("outreach.html", "event", ["blood drive"]),
    trap("espanol.html", "filled", ["ayudantes para la cocina"], "ya no hace falta"),
    trap("espanol.html", "event", ["posada navideña"]),
    trap("espanol.html", "service", ["despensa de comida gratis"]),
    trap("espanol.html", "job", ["coordinador(a) del ministerio hispano"], "con sueldo"),
    trap("council/agenda.html", "robots", ["stewardship campaign"]),
    trap("council/agenda.html", "robots", ["ushers for christmas eve"]),
    trap("council/agenda.html", "robots", ["replace the furnace"]),
    trap("boletin-ministerio-hispano.pdf", "recap", ["venta de tamales"]),
    trap("boletin-ministerio-hispano.pdf", "hours", ["culto en español"]),
    trap("boletin-ministerio-hispano.pdf", "event", ["cena de acción de gracias"]),
]
