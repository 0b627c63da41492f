"""Plainview, MN: La Casa del Pueblo. Spanish-first Latino family center.
Layouts: need stated only inside a home-page notice sentence; tabbed volunteer page
(role name in <p class="puesto-nombre">, status chips); wish list as a grid of item cards;
"nos falta" sentence; family story; English page with a "seeking" sentence; Spanish PDF form."""
from common import need, trap

SLUG = "plainview-la-casa-del-pueblo"

NAV = """<header class="site-header">
 <div class="marca"><img src="/img/logo-casa.png" alt=""> <span>La Casa del Pueblo</span></div>
 <nav class="menu"><ul>
  <li><a href="/index.html">Inicio</a></li>
  <li><a href="/voluntarios.html">Voluntariado</a></li>
  <li><a href="/donaciones.html">Donaciones</a></li>
  <li><a href="/historias.html">Historias</a></li>
  <li><a href="/fotos/kermes-2024.html">Fotos</a></li>
  <li><a href="/english.html">English</a></li>
 </ul></nav>
</header>"""

FOOT = """<footer class="pie">
 <p>La Casa del Pueblo · 312 W Broadway, Plainview, MN 55964 · (507) 555-0142 ·
 <a href="mailto:hola@casadelpueblo-pv.org">hola@casadelpueblo-pv.org</a></p>
 <p><a href="/privado/">Acceso del equipo</a> · <a href="/voluntarios.html">Voluntariado</a></p>
</footer>"""


def page(title, body, lang="es"):
    return """<!DOCTYPE html>
<html lang="%s">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%s</title>
<link rel="stylesheet" href="/css/casa.css">
</head>
<body>
%s
<main>
%s
</main>
%s
</body>
</html>
""" % (lang, title, NAV, body, FOOT)


INDEX = page("La Casa del Pueblo – Plainview, Minnesota", """
<section class="hero">
 <h1>Un lugar para todas las familias del valle</h1>
 <p>Desde 2011 acompañamos a las familias latinas de Plainview, Elgin y Eyota con información,
 comida y comunidad.</p>
 <a class="btn" href="#donar">Done hoy</a>
</section>

<section class="aviso">
 <p><strong>Aviso importante:</strong> muchas familias no tienen cómo llegar a sus citas médicas
 en Rochester. Buscamos choferes voluntarios con auto propio y licencia vigente, uno o dos
 días al mes; nosotros pagamos la gasolina. Llame a Marisol al (507) 555-0142.</p>
</section>

<section class="servicios">
 <h2>Nuestros servicios</h2>
 <ul>
  <li>Clases de inglés para adultos (martes y jueves, 6:30 p.m.)</li>
  <li>Ayuda para llenar formularios de la escuela y del condado</li>
  <li>Despensa de emergencia una vez al mes</li>
 </ul>
</section>

<section class="horario">
 <h2>Horario de oficina</h2>
 <p>Lunes a jueves de 10:00 a.m. a 6:00 p.m. · Sábados de 9:00 a.m. a 12:00 p.m.
 Cerrado los domingos y días festivos.</p>
</section>

<section class="eventos">
 <h2>Próximo evento</h2>
 <h3>Posada navideña comunitaria</h3>
 <p>Sábado 14 de diciembre, 5:00 p.m., en el salón parroquial de San Joaquín. Habrá tamales,
 piñatas y villancicos. ¡Traiga a toda la familia!</p>
</section>

<section class="blog">
 <h2>Del blog</h2>
 <article>
  <h3><a href="/historias.html">¿Por qué servimos? Tres voluntarias cuentan su historia</a></h3>
  <p>Publicado el 3 de noviembre · <a href="/historias.html">Leer más →</a></p>
 </article>
</section>

<section id="donar" class="donar">
 <h2>Apoye nuestra misión</h2>
 <p>Con $25 al mes usted ayuda a mantener las puertas abiertas todo el año. Puede donar en
 línea de forma segura o enviar un cheque a nuestra dirección.</p>
</section>
""")

VOLUNTARIOS = page("Voluntariado – La Casa del Pueblo", """
<h1>Voluntariado</h1>
<p class="intro">Elija un área para ver los puestos. Los puestos marcados <em>Abierto</em> todavía
necesitan personas.</p>

<div class="tabs" role="tablist">
 <button role="tab" aria-selected="true" aria-controls="t-cocina">Cocina</button>
 <button role="tab" aria-selected="false" aria-controls="t-ninos">Niños</button>
 <button role="tab" aria-selected="false" aria-controls="t-oficina">Oficina</button>
 <button role="tab" aria-selected="false" aria-controls="t-clinica">Clínica</button>
</div>

<div id="t-cocina" class="tab-panel" role="tabpanel">
 <div class="puesto">
  <span class="chip abierto">Abierto</span>
  <p class="puesto-nombre">Ayudantes de cocina para la cena comunitaria</p>
  <p>Picar verduras, servir y lavar trastes el último viernes de cada mes, de 4:00 a 8:00 p.m.
  No se necesita experiencia.</p>
 </div>
 <div class="puesto">
  <span class="chip cubierto">Cubierto hasta junio</span>
  <p class="puesto-nombre">Panadero o panadera para la kermés</p>
  <p>Doña Lupe y su hija ya se encargan del pan dulce. ¡Gracias!</p>
 </div>
</div>

<div id="t-ninos" class="tab-panel" role="tabpanel">
 <div class="puesto">
  <span class="chip abierto">Abierto · 3 lugares</span>
  <p class="puesto-nombre">Cuidado de niños durante las clases de inglés</p>
  <p>Juegos, dibujos y lectura con niños de 2 a 8 años mientras sus papás estudian. Martes o
  jueves de 6:15 a 8:00 p.m.</p>
 </div>
 <div class="puesto">
  <span class="chip lleno">Cupo lleno</span>
  <p class="puesto-nombre">Maestra o maestro de inglés voluntario</p>
  <p>Para este semestre ya no recibimos más maestros. Vuelva a preguntar en agosto.</p>
 </div>
</div>

<div id="t-oficina" class="tab-panel" role="tabpanel">
 <div class="puesto">
  <span class="chip abierto">Abierto</span>
  <p class="puesto-nombre">Contador o contadora voluntaria</p>
  <p>Revisar nuestros libros cada trimestre y preparar el informe para la junta. Ideal si conoce
  QuickBooks. Unas 4 horas cada tres meses.</p>
 </div>
 <div class="puesto empleo">
  <span class="chip pagado">Puesto pagado</span>
  <p class="puesto-nombre">Coordinador(a) de programas</p>
  <p>$21 por hora, 30 horas por semana, con beneficios. Envíe su currículum a la directora antes
  del 15 de enero.</p>
 </div>
</div>

<div id="t-clinica" class="tab-panel" role="tabpanel">
 <div class="puesto">
  <span class="chip abierto">Abierto</span>
  <p class="puesto-nombre">Intérpretes médicos español–inglés</p>
  <p>Acompañar a pacientes en la clínica gratuita del segundo sábado del mes. Debe hablar muy
  bien los dos idiomas; le damos una capacitación de vocabulario médico.</p>
 </div>
</div>

<section class="como">
 <h2>Cómo ser voluntario</h2>
 <p>Llene la <a href="/forms/solicitud-voluntario-2025.pdf">solicitud de voluntario (PDF)</a> y
 tráigala a la oficina. Le llamaremos en una semana.</p>
</section>
""")

DONACIONES = page("Donaciones – La Casa del Pueblo", """
<h1>Donaciones en especie</h1>

<section class="deseos">
 <h2>Lista de deseos para bebés</h2>
 <div class="items">
  <div class="item"><img src="/img/panales.png" alt=""><h4>Pañales</h4><p>tallas 4, 5 y 6</p></div>
  <div class="item"><img src="/img/toallitas.png" alt=""><h4>Toallitas húmedas</h4><p>sin perfume</p></div>
  <div class="item"><img src="/img/formula.png" alt=""><h4>Leche de fórmula</h4><p>sin abrir y con fecha vigente</p></div>
  <div class="item"><img src="/img/cobija.png" alt=""><h4>Cobijas de bebé</h4><p>nuevas o en buen estado</p></div>
 </div>
</section>

<section class="despensa">
 <h2>En la despensa</h2>
 <p>Este mes nos falta arroz (bolsas de 5 o 10 libras) y frijol pinto. Las familias se llevan
 todo lo que llega el mismo día.</p>
</section>

<section class="ya-no">
 <h2>Ropa de verano</h2>
 <p>Ya no necesitamos ropa de verano: el ropero está lleno hasta el techo. ¡Mil gracias!</p>
 <h2><s>Chamarras de invierno para niños</s></h2>
 <p>¡Meta alcanzada! Recibimos 120 chamarras en noviembre.</p>
</section>

<section class="horario">
 <h2>Horario para dejar donaciones</h2>
 <p>Sábados de 9:00 a.m. a 12:00 p.m., por la puerta de atrás.</p>
</section>

<section class="recibir">
 <h2>¿Necesita la despensa?</h2>
 <p>Traiga una identificación con foto y un comprobante de domicilio (recibo de luz o contrato de
 renta). Puede venir una vez al mes.</p>
</section>

<section class="gracias">
 <h2>Gracias a ustedes</h2>
 <p>En diciembre entregamos 240 canastas navideñas a familias de todo el valle.</p>
</section>

<section class="dinero">
 <h2>Donativos en dinero</h2>
 <p>También puede donar por Zelle a donar@casadelpueblo-pv.org o con cheque a nombre de
 La Casa del Pueblo.</p>
</section>
""")

HISTORIAS = page("Historias – La Casa del Pueblo", """
<h1>Historias de nuestra comunidad</h1>

<article class="historia">
 <h2>Después del incendio</h2>
 <p class="fecha">20 de octubre</p>
 <p>A principios de octubre se quemó la casa móvil de la familia Rojas en el parque de Elgin.
 Gracias a Dios todos están bien, pero ahora viven en un departamento vacío. Todavía necesitan
 una estufa, una mesa con sillas y camas para los tres niños. Si puede ayudar con alguna de estas
 cosas, llame a la oficina y le diremos cómo entregarlas.</p>
</article>

<article class="historia">
 <h2>Actualización: familia Hernández</h2>
 <p class="fecha">2 de septiembre</p>
 <p>¡Buenas noticias! La familia Hernández ya tiene todo lo que necesitaba para su nuevo hogar.
 Ya no necesitan más donaciones. Gracias a las 30 personas que ayudaron.</p>
</article>

<article class="perfil">
 <h2>Conozca a doña Teresa</h2>
 <p>Doña Teresa Villalobos es voluntaria desde 2012. Empezó sirviendo café en las clases de
 inglés y hoy dirige el grupo de costura de los miércoles. "Aquí encontré a mi segunda
 familia", dice.</p>
</article>

<article class="blog">
 <h2>¿Por qué servimos? Tres voluntarias cuentan su historia</h2>
 <p>Ana, Rocío y Brenda llegaron a La Casa como estudiantes de inglés. Hoy son voluntarias y nos
 cuentan qué las hizo quedarse.</p>
</article>
""")

ENGLISH = page("In English – La Casa del Pueblo", """
<h1>La Casa del Pueblo in English</h1>
<p>La Casa del Pueblo is a small nonprofit family center serving Latino families in Plainview,
Elgin and Eyota. Most of our programs run in Spanish, but many of our volunteers speak only
English, and that is fine.</p>

<h2>Help behind the scenes</h2>
<p>Our board is seeking a volunteer grant writer to help us apply to two foundations this spring.
It is unpaid and about ten hours in total. If you have written grants before, please e-mail
Rosa Medina at <a href="mailto:rosa@casadelpueblo-pv.org">rosa@casadelpueblo-pv.org</a>.</p>

<h2>Borrow our things</h2>
<p>Other community groups may borrow our twelve folding tables and the big coffee urn for free.
Just call the office a week ahead.</p>

<h2>Día de los Muertos open house</h2>
<p>Saturday, November 2, 2–6 pm. See the community ofrenda, decorate sugar skulls and share pan
de muerto with us.</p>

<h2>Free tax preparation</h2>
<p>Certified volunteers from the county offer free tax preparation for families with incomes under
$60,000, February and March, by appointment.</p>
""", lang="en")

PRIVADO = page("Equipo – La Casa del Pueblo", """
<h1>Solo para el equipo</h1>
<p>Lista interna. Por favor no compartir.</p>
<ul>
 <li><strong>Pintores voluntarios</strong> para el salón grande – sábado 3 de mayo, 8:00 a.m.</li>
 <li><strong>Refrigerador donado</strong> para la despensa (el viejo ya no enfría).</li>
 <li><strong>Chofer para el lunes</strong>: recoger pan en la panadería de Rochester a las 6:00 a.m.</li>
</ul>
""")

PAGES = {
    "index.html": INDEX,
    "voluntarios.html": VOLUNTARIOS,
    "donaciones.html": DONACIONES,
    "historias.html": HISTORIAS,
    "english.html": ENGLISH,
    "privado/index.html": PRIVADO,
}

ROBOTS = """# robots.txt de casadelpueblo-pv.org
User-agent: *
Disallow: /privado/
Disallow: /wp-admin/

Sitemap: https://casadelpueblo-pv.org/sitemap.xml
"""

PDFS = {
    "forms/solicitud-voluntario-2025.pdf": ("Solicitud de voluntario 2025 - La Casa del Pueblo", [
        ("title", "La Casa del Pueblo - Solicitud de voluntario 2025"),
        ("p", "312 W Broadway, Plainview, MN 55964 - (507) 555-0142"),
        ("gap", ""),
        ("h", "Sus datos"),
        ("p", "Nombre completo: ______________________________"),
        ("p", "Teléfono: ____________________  Correo: ____________________"),
        ("p", "Idiomas que habla: [ ] español  [ ] inglés  [ ] otro: __________"),
        ("p", "Días disponibles: [ ] lunes [ ] martes [ ] miércoles [ ] jueves [ ] viernes [ ] sábado"),
        ("gap", ""),
        ("h", "Este verano necesitamos"),
        ("p", "Voluntarios para el huerto comunitario detrás de la iglesia: regar, deshierbar y "
              "cosechar los martes por la tarde, de julio a septiembre. La cosecha se reparte en la "
              "despensa. No hace falta experiencia, solo ganas de ensuciarse las manos."),
        ("gap", ""),
        ("h", "Orientación para nuevos voluntarios"),
        ("p", "Jueves 12 de junio, 6:00 p.m., en la oficina. Habrá pizza y cuidado de niños."),
        ("gap", ""),
        ("h", "Cómo entregar esta solicitud"),
        ("p", "Entregue este formulario en la oficina o envíelo por correo a hola@casadelpueblo-pv.org. "
              "Le llamaremos en una semana."),
        ("gap", ""),
        ("p", "Firma: ______________________   Fecha: ____________"),
    ]),
}

NEEDS = [
    need("index.html", ["choferes voluntarios"], "volunteer", "es",
         layout="sentence_only", note="role only inside a notice sentence ('Buscamos choferes voluntarios')"),
    need("voluntarios.html", ["ayudantes de cocina"], "volunteer", "es", layout="tabs",
         note="tab panel card, chip Abierto, title in <p class=puesto-nombre>"),
    need("voluntarios.html", ["cuidado de niños"], "volunteer", "es", layout="tabs"),
    need("voluntarios.html", ["contador", "contadora voluntaria"], "skilled", "es", layout="tabs"),
    need("voluntarios.html", ["intérpretes médicos"], "skilled", "es", ["es", "en"], layout="tabs"),
    need("donaciones.html", ["lista de deseos para bebés", "pañales", "toallitas"], "donation", "es",
         layout="wish_list_item_cards", note="ONE need: a grid of four item cards under one heading"),
    need("donaciones.html", ["arroz", "frijol pinto"], "donation", "es", layout="short_on",
         note="'nos falta arroz ... y frijol pinto'"),
    need("historias.html", ["estufa", "mesa con sillas", "camas para los tres niños"], "donation", "es",
         layout="story", note="family after a fire; one need for what they lack"),
    need("english.html", ["grant writer"], "skilled", "en", layout="seeking",
         note="'Our board is seeking a volunteer grant writer' under a generic heading"),
    need("forms/solicitud-voluntario-2025.pdf", ["huerto comunitario"], "volunteer", "es", layout="pdf",
         note="only in the Spanish PDF form"),
]

TRAPS = [
    trap("index.html", "service", ["clases de inglés", "despensa de emergencia"]),
    trap("index.html", "hours", ["horario de oficina"]),
    trap("index.html", "event", ["posada navideña"]),
    trap("index.html", "blog", ["por qué servimos"]),
    trap("index.html", "general_appeal", ["apoye nuestra misión", "done hoy"]),
    trap("voluntarios.html", "filled", ["panadero"], note="chip 'Cubierto hasta junio'"),
    trap("voluntarios.html", "filled", ["maestra o maestro de inglés"], note="chip 'Cupo lleno'"),
    trap("voluntarios.html", "job", ["coordinador(a) de programas"], note="paid, $21/hour"),
    trap("voluntarios.html", "how_to_apply", ["cómo ser voluntario"]),
    trap("donaciones.html", "filled", ["ropa de verano"], note="'Ya no necesitamos'"),
    trap("donaciones.html", "filled", ["chamarras de invierno"], note="struck heading + 'Meta alcanzada'"),
    trap("donaciones.html", "hours", ["horario para dejar donaciones"]),
    trap("donaciones.html", "how_to_apply", ["comprobante de domicilio"]),
    trap("donaciones.html", "recap", ["canastas navideñas"]),
    trap("donaciones.html", "general_appeal", ["zelle"]),
    trap("historias.html", "filled", ["familia hernández"], note="'Ya no necesitan más donaciones'"),
    trap("historias.html", "bio", ["doña teresa"]),
    trap("historias.html", "blog", ["tres voluntarias"]),
    trap("english.html", "offer", ["folding tables"]),
    trap("english.html", "event", ["día de los muertos"]),
    trap("english.html", "service", ["free tax preparation"]),
    trap("forms/solicitud-voluntario-2025.pdf", "event", ["orientación para nuevos voluntarios"]),
    trap("forms/solicitud-voluntario-2025.pdf", "how_to_apply", ["entregue este formulario"]),
    trap("privado/index.html", "robots", ["pintores voluntarios"]),
    trap("privado/index.html", "robots", ["refrigerador donado"]),
    trap("privado/index.html", "robots", ["chofer para el lunes"]),
]
