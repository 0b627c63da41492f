"""Hollandale: Centro Campesino de Hollandale (farmworker resource center).
Squarespace-style div soup. Spanish-first; one English page.
Layouts: pinned-note bulletin board (no headings), ARIA tab panels, numbered
"ways to help" list, Spanish PDF flyer."""
from common import N, T

SLUG = "hollandale-centro-campesino"

HEAD = """<!DOCTYPE html>
<html lang="%s">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%s</title>
<link rel="stylesheet" href="/s/static/sqs-site.css">
</head>
<body class="sqs-site collection-type-page">
<div class="Header" data-nc-base="header"><div class="Header-inner">
<div class="Header-branding"><a href="/" class="Header-branding-text">Centro Campesino de Hollandale</a></div>
<nav class="Header-nav"><div class="Header-nav-inner">
<div class="Header-nav-item"><a href="/index.html">Inicio</a></div>
<div class="Header-nav-item"><a href="/tablon.html">Tabl&oacute;n</a></div>
<div class="Header-nav-item"><a href="/voluntarios.html">Voluntariado</a></div>
<div class="Header-nav-item"><a href="/volante-invierno.pdf">Colecta de invierno (PDF)</a></div>
<div class="Header-nav-item"><a href="/en/index.html">English</a></div>
</div></nav>
</div></div>
<main class="Main"><div class="sqs-layout sqs-grid-12 columns-12">
"""

FOOT = """</div></main>
<footer class="Footer"><div class="sqs-block-content">
<p>Centro Campesino de Hollandale &middot; 212 Main St., Hollandale, MN &middot; (507) 555-0112 &middot; hola@centrocampesino.example.org</p>
<p><a href="/privado/junta.html">Acceso junta directiva</a></p>
</div></footer>
</body>
</html>
"""

INDEX = HEAD % ("es", "Centro Campesino de Hollandale") + """
<div class="row sqs-row"><div class="col sqs-col-12 span-12">
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<h1 style="white-space:pre-wrap;">Un lugar para las familias que trabajan la tierra</h1>
<p class="sqsrte-large">Desde 2009 acompa&ntilde;amos a las familias trabajadoras agr&iacute;colas y de las plantas empacadoras del condado de Freeborn.</p>
</div></div>
</div></div>
<div class="row sqs-row">
<div class="col sqs-col-6 span-6"><div class="sqs-block html-block"><div class="sqs-block-content">
<h3>Lo que ofrecemos</h3>
<p>Cl&iacute;nica m&oacute;vil de salud cada segundo martes, clases de ingl&eacute;s por la noche, ayuda con los formularios de WIC y SNAP, y asesor&iacute;a sobre derechos laborales. Todo es gratis y confidencial.</p>
</div></div></div>
<div class="col sqs-col-6 span-6"><div class="sqs-block html-block"><div class="sqs-block-content">
<h3>Horario de oficina</h3>
<p>Lunes a jueves, 9:00 a 5:00. Viernes solo con cita. En temporada de cosecha abrimos tambi&eacute;n los s&aacute;bados de 8 a 12.</p>
</div></div></div>
</div>
<div class="row sqs-row"><div class="col sqs-col-12 span-12">
<div class="sqs-block summary-v2-block"><div class="summary-item">
<div class="summary-metadata-item">Del blog</div>
<div class="summary-title"><a href="/galeria/cosecha-2024.html">Cosecha 2024: fotos y palabras de las cuadrillas</a></div>
<div class="summary-excerpt"><p>Lo que vivimos este verano entre el ma&iacute;z dulce y los ch&iacute;charos&hellip; Leer m&aacute;s &rarr;</p></div>
</div></div>
<div class="sqs-block html-block"><div class="sqs-block-content">
<h3>Feria de salud</h3>
<p>S&aacute;bado 14 de junio, 10 a 2, Parque Municipal. Presi&oacute;n, az&uacute;car, vacunas y comida gratis. &iexcl;Traiga a su familia!</p>
</div></div>
<div class="sqs-block button-block"><div class="sqs-block-content">
<p>Fondo de emergencia: cuando una familia pierde una semana de trabajo por una lesi&oacute;n o una helada, el fondo paga la luz o la renta. Cada d&oacute;lar cuenta.</p>
<a class="sqs-block-button-element" href="https://donar.example.org/centro-campesino">Done al fondo</a>
</div></div>
<div class="sqs-block html-block"><div class="sqs-block-content">
<p>&iquest;Quiere ayudar? Vea el <a href="/tablon.html">tabl&oacute;n de anuncios</a> y la p&aacute;gina de <a href="/voluntarios.html">voluntariado</a>.</p>
</div></div>
</div></div>
""" + FOOT

TABLON = HEAD % ("es", "Tablón de anuncios — Centro Campesino") + """
<div class="row sqs-row"><div class="col sqs-col-12 span-12">
<div class="sqs-block html-block"><div class="sqs-block-content">
<h1>Tabl&oacute;n de anuncios</h1>
<p>Lo que la comunidad pega en el corcho de la entrada, tambi&eacute;n aqu&iacute;. Lupita lo actualiza cada lunes.</p>
</div></div>
<div class="corcho" style="display:flex;flex-wrap:wrap;gap:18px;background:#c89f6a;padding:24px">
 <div class="nota amarilla" style="transform:rotate(-1.5deg);background:#fff59d;width:220px;padding:12px"><span class="chinche"></span>
  <p class="nota-texto">SE BUSCA alguien con camioneta o tr&aacute;iler para mover dos literas de Albert Lea a Hollandale. S&aacute;bado en la ma&ntilde;ana, una hora m&aacute;s o menos.</p>
  <p class="firma">&mdash; Lupita, oficina</p></div>
 <div class="nota rosa" style="transform:rotate(2deg);background:#f8bbd0;width:220px;padding:12px"><span class="chinche"></span>
  <p class="nota-texto">&iexcl;Se regalan 3 cajas de ropa de ni&ntilde;o (tallas 4 a 8)! Pasen a recogerlas a la oficina antes del viernes.</p>
  <p class="firma">&mdash; familia Rangel</p></div>
 <div class="nota verde" style="transform:rotate(-0.5deg);background:#c5e1a5;width:220px;padding:12px"><span class="chinche"></span>
  <p class="nota-texto">NECESITAMOS botas de trabajo con punta de acero, tallas 8 a 11 de hombre. Muchos compa&ntilde;eros empiezan en la planta empacadora y no tienen con qu&eacute; entrar el primer d&iacute;a.</p>
  <p class="firma">&mdash; Comit&eacute; de trabajadores</p></div>
 <div class="nota amarilla tachada" style="transform:rotate(1deg);background:#fff59d;width:220px;padding:12px;opacity:.7"><span class="chinche"></span>
  <p class="nota-texto"><s>Clases de manejo para sacar la licencia: buscamos maestro.</s></p>
  <p class="nota-texto">&iexcl;YA encontramos maestro! Gracias, Don Rafa. Ya no hace falta.</p></div>
 <div class="nota azul" style="transform:rotate(-2deg);background:#b3e5fc;width:220px;padding:12px"><span class="chinche"></span>
  <p class="nota-texto">&iquest;Sabe usted de mec&aacute;nica? Dos familias tienen carros que no arrancan, y sin carro no llegan al trabajo. Buscamos un mec&aacute;nico voluntario que pueda revisarlos un domingo. Las piezas las paga el Centro.</p>
  <p class="firma">&mdash; Don Chuy</p></div>
 <div class="nota amarilla" style="transform:rotate(1.5deg);background:#fff59d;width:220px;padding:12px"><span class="chinche"></span>
  <p class="nota-texto">Cuidado de ni&ntilde;os durante la junta de padres del 22 de mayo (6 a 8 pm): faltan 2 personas. Ap&uacute;ntese con Lupita.</p></div>
 <div class="nota rosa" style="transform:rotate(-1deg);background:#f8bbd0;width:220px;padding:12px"><span class="chinche"></span>
  <p class="nota-texto">FIESTA DEL D&Iacute;A DE LAS MADRES &mdash; 10 de mayo, 6 pm, sal&oacute;n parroquial. &iexcl;Traigan su platillo y su mejor canci&oacute;n!</p></div>
 <div class="nota blanca" style="transform:rotate(0.5deg);background:#fafafa;width:220px;padding:12px"><span class="chinche"></span>
  <p class="nota-texto">Servicio de notario p&uacute;blico: la Sra. Beltr&aacute;n atiende los viernes en la sala 2 (cobra $10 por documento).</p></div>
 <div class="nota verde" style="transform:rotate(-1deg);background:#c5e1a5;width:220px;padding:12px"><span class="chinche"></span>
  <p class="nota-texto">Cuadrilla de limpieza del sal&oacute;n: YA EST&Aacute; COMPLETA para todo mayo. &iexcl;Gracias a las se&ntilde;oras de la iglesia!</p></div>
 <div class="nota blanca" style="transform:rotate(2deg);background:#fafafa;width:220px;padding:12px"><span class="chinche"></span>
  <p class="nota-texto">Perdido: llavero con un San Judas. Est&aacute; en la oficina.</p></div>
</div>
</div></div>
""" + FOOT

VOLUNTARIOS = HEAD % ("es", "Voluntariado — Centro Campesino") + """
<div class="row sqs-row"><div class="col sqs-col-8 span-8">
<div class="sqs-block html-block"><div class="sqs-block-content">
<h1>Voluntariado</h1>
<p>Elija un &aacute;rea para ver lo que buscamos ahora mismo.</p>
</div></div>
<div class="sqs-block tabs-block" data-block-type="tabs">
 <div class="tabs-list" role="tablist">
  <a class="tab" role="tab" aria-selected="true" aria-controls="panel-int" id="tab-int" href="#panel-int">Int&eacute;rpretes</a>
  <a class="tab" role="tab" aria-selected="false" aria-controls="panel-tra" id="tab-tra" href="#panel-tra">Transporte</a>
  <a class="tab" role="tab" aria-selected="false" aria-controls="panel-hue" id="tab-hue" href="#panel-hue">Huerto</a>
  <a class="tab" role="tab" aria-selected="false" aria-controls="panel-ofi" id="tab-ofi" href="#panel-ofi">Oficina</a>
  <a class="tab" role="tab" aria-selected="false" aria-controls="panel-cap" id="tab-cap" href="#panel-cap">Capacitaci&oacute;n</a>
 </div>
 <div class="tab-panel is-active" role="tabpanel" id="panel-int" aria-labelledby="tab-int">
  <p class="tab-lead">Int&eacute;rpretes de espa&ntilde;ol y mixteco para citas m&eacute;dicas</p>
  <p>Acompa&ntilde;ar a trabajadores a la cl&iacute;nica de Albert Lea y ayudarles a entender al doctor. Necesitamos tres personas que hablen bien espa&ntilde;ol (o mixteco) e ingl&eacute;s.</p>
  <p class="estado"><span class="pill pill-open">Abierto</span> faltan 3</p>
 </div>
 <div class="tab-panel" role="tabpanel" id="panel-tra" aria-labelledby="tab-tra">
  <p class="tab-lead">Choferes voluntarios</p>
  <p>Llevar a trabajadores sin licencia a sus citas de inmigraci&oacute;n en St. Paul, una vez al mes. Salida a las 6 am. Reembolsamos la gasolina.</p>
  <p class="estado"><span class="pill pill-open">Abierto</span></p>
 </div>
 <div class="tab-panel" role="tabpanel" id="panel-hue" aria-labelledby="tab-hue">
  <p class="tab-lead">Manos para el huerto comunitario</p>
  <p>Desyerbar, regar y cosechar los s&aacute;bados por la ma&ntilde;ana, de junio a agosto. Lo que sale del huerto se reparte gratis.</p>
  <p class="estado"><span class="pill pill-open">Abierto</span></p>
 </div>
 <div class="tab-panel" role="tabpanel" id="panel-ofi" aria-labelledby="tab-ofi">
  <p class="tab-lead">Recepci&oacute;n y archivo</p>
  <p class="estado"><span class="pill pill-closed">Cerrado</span> Ya tenemos suficientes voluntarios de oficina hasta el oto&ntilde;o. &iexcl;Gracias!</p>
 </div>
 <div class="tab-panel" role="tabpanel" id="panel-cap" aria-labelledby="tab-cap">
  <p class="tab-lead">Taller de seguridad con pesticidas</p>
  <p>Ofrecemos a las cuadrillas un taller gratuito de dos horas sobre pesticidas y calor. Los mayordomos pueden pedirlo llamando a la oficina.</p>
 </div>
</div>
<div class="sqs-block html-block"><div class="sqs-block-content">
<h3>C&oacute;mo empezar</h3>
<p>Llene la hoja de inscripci&oacute;n en la recepci&oacute;n y traiga una identificaci&oacute;n. Todos los voluntarios pasan una orientaci&oacute;n de una hora el primer lunes del mes.</p>
</div></div>
</div>
<div class="col sqs-col-4 span-4"><aside class="sqs-block html-block"><div class="sqs-block-content">
<h3>Empleo</h3>
<p><strong>Promotor/a de salud comunitario</strong> &mdash; puesto pagado, 20 horas por semana, $18 la hora. Mande su curr&iacute;culum a empleo@centrocampesino.example.org.</p>
</div></aside></div>
</div>
""" + FOOT

EN_INDEX = HEAD % ("en", "For our English-speaking neighbors — Centro Campesino") + """
<div class="row sqs-row"><div class="col sqs-col-12 span-12">
<div class="sqs-block html-block"><div class="sqs-block-content">
<h1>For our English-speaking neighbors</h1>
<p>Centro Campesino is a small resource center for farmworker and meatpacking families around Hollandale. Most of our site is in Spanish; this page is for neighbors who want to pitch in.</p>
<h2>Three ways to help this season</h2>
<ol class="ways">
 <li><strong>Be a conversation partner.</strong> Our evening English learners want to practice with native English speakers: one hour a week, Tuesday or Thursday, no teaching experience needed, just patience and good questions.</li>
 <li><strong>A volunteer immigration attorney.</strong> We are seeking a licensed attorney who can give one consultation evening a month. We handle scheduling and interpreting.</li>
 <li><strong>Give to the emergency fund.</strong> A frost or an injury can wipe out a month&rsquo;s pay. Gifts of any size keep the lights on for a family.</li>
</ol>
<h2>For families</h2>
<p>Families can register for services Monday through Thursday. Please bring proof of address and the ages of everyone in the household.</p>
<h2>Work with us</h2>
<p>We are hiring a part-time <strong>Outreach Worker</strong> (paid, bilingual, $19/hour, 24 hours a week). See the Spanish page for details.</p>
</div></div>
</div></div>
""" + FOOT

PRIVADO = HEAD % ("es", "Junta directiva — notas internas") + """
<div class="row sqs-row"><div class="col sqs-col-12 span-12">
<div class="sqs-block html-block"><div class="sqs-block-content">
<h1>Notas de la junta directiva (no publicar)</h1>
<ul>
<li>Necesitamos un nuevo tesorero voluntario antes de la auditor&iacute;a de julio.</li>
<li>Buscar donaci&oacute;n de una computadora port&aacute;til para la recepci&oacute;n.</li>
<li>Pedir voluntarios para la feria de salud (mesa de registro y estacionamiento).</li>
</ul>
</div></div>
</div></div>
""" + FOOT

PAGES = {
    "index.html": INDEX,
    "tablon.html": TABLON,
    "voluntarios.html": VOLUNTARIOS,
    "en/index.html": EN_INDEX,
    "privado/junta.html": PRIVADO,
}

ROBOTS = """# Squarespace default + private board area
User-agent: *
Disallow: /config
Disallow: /privado/
Disallow: /search

Sitemap: https://centrocampesino.example.org/sitemap.xml
"""

PDFS = {
    "volante-invierno.pdf": ("Colecta de invierno 2024", [
        ("title", "COLECTA DE INVIERNO 2024"),
        ("p", "Centro Campesino de Hollandale - 212 Main St. - (507) 555-0112"),
        ("gap", ""),
        ("p", "El invierno llega antes que los cheques. Muchos compañeros llegan de Texas y Florida "
              "en octubre sin nada para el frío de Minnesota."),
        ("h", "Lo que necesitamos"),
        ("p", "Chamarras de adulto (tallas M a XXL), gorros, guantes gruesos, calcetines de lana y "
              "botas de nieve para niños de 3 a 12 años. Nuevas o en buen estado, limpias."),
        ("h", "Lo que NO podemos aceptar"),
        ("p", "Ropa de verano, ropa sucia o rota, ni colchones usados. No tenemos donde guardarlos."),
        ("h", "Entrega de abrigos"),
        ("p", "Sábado 16 de noviembre, de 10 a 2, en el salón de la parroquia San Isidro. "
              "Traiga a toda la familia para medirse."),
        ("h", "Dónde dejar las donaciones"),
        ("p", "Deje sus donaciones en la oficina, lunes a jueves de 9 a 5."),
    ]),
}

L = "es"
NEEDS = [
    N("tablon.html", ["camioneta", "literas"], "volunteer", L, layout="bulletin_board",
      note="pinned note, no heading: someone with a pickup to move bunk beds"),
    N("tablon.html", ["botas de trabajo", "punta de acero"], "donation", L, layout="bulletin_board",
      note="pinned note: steel-toe work boots"),
    N("tablon.html", ["mecánico voluntario", "mecánica"], "skilled", L, layout="bulletin_board",
      note="pinned note phrased as a question: volunteer mechanic"),
    N("tablon.html", ["cuidado de niños"], "volunteer", L, layout="bulletin_board",
      note="childcare during a parents' meeting; 2 missing. The meeting is context, not a trap"),
    N("voluntarios.html", ["intérpretes"], "skilled", L, ["es", "en"], layout="tabs",
      note="tab panel; Spanish (or Mixteco) and English"),
    N("voluntarios.html", ["choferes voluntarios", "choferes"], "volunteer", L, layout="tabs",
      note="tab panel; gas reimbursed is not pay"),
    N("voluntarios.html", ["huerto comunitario", "huerto"], "volunteer", L, layout="tabs",
      note="tab panel (non-first tab)"),
    N("en/index.html", ["conversation partner"], "skilled", "en", ["en"], layout="numbered_ways",
      note="native English speakers wanted"),
    N("en/index.html", ["immigration attorney", "attorney"], "skilled", "en", layout="numbered_ways"),
    N("volante-invierno.pdf", ["colecta de invierno", "chamarras"], "donation", L, layout="pdf_flyer",
      note="one wish list: coats, hats, gloves, socks, snow boots"),
]
TRAPS = [
    T("index.html", "service", ["clínica móvil", "lo que ofrecemos"]),
    T("index.html", "hours", ["horario de oficina"]),
    T("index.html", "blog", ["cosecha 2024"]),
    T("index.html", "event", ["feria de salud"]),
    T("index.html", "general_appeal", ["fondo de emergencia"]),
    T("tablon.html", "offer", ["ropa de niño"], "family gives away clothes"),
    T("tablon.html", "filled", ["clases de manejo"], "struck through + 'ya no hace falta'"),
    T("tablon.html", "event", ["día de las madres"]),
    T("tablon.html", "service", ["notario"], "paid notary service"),
    T("tablon.html", "filled", ["limpieza del salón"], "'YA ESTÁ COMPLETA'"),
    T("voluntarios.html", "filled", ["recepción y archivo", "oficina"], "Cerrado: ya tenemos suficientes"),
    T("voluntarios.html", "service", ["pesticidas"], "workshop offered to crews"),
    T("voluntarios.html", "how_to_apply", ["cómo empezar", "hoja de inscripción"]),
    T("voluntarios.html", "job", ["promotor/a de salud", "puesto pagado"]),
    T("en/index.html", "general_appeal", ["emergency fund"]),
    T("en/index.html", "how_to_apply", ["proof of address"]),
    T("en/index.html", "job", ["outreach worker"]),
    T("volante-invierno.pdf", "refused", ["ropa de verano"]),
    T("volante-invierno.pdf", "event", ["entrega de abrigos"]),
    T("volante-invierno.pdf", "hours", ["deje sus donaciones"]),
    T("privado/junta.html", "robots", ["tesorero"]),
    T("privado/junta.html", "robots", ["computadora portátil"]),
    T("privado/junta.html", "robots", ["voluntarios para la feria"]),
]
