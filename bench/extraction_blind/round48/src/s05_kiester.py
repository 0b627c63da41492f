"""Kiester: Centro Puerta Abierta. Spanish-first immigrant resource center. A page that mirrors the center's
Facebook posts (article cards with timestamps, emoji and reaction counts), a donation card grid with badges."""
from common import N, T

SLUG = "kiester-puerta-abierta-center"


def page(lang, title, body):
    return """<!DOCTYPE html>
<html lang="{LANG}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{TITLE} | Centro Puerta Abierta</title>
<link href="https://fonts.example.net/css?family=Nunito" rel="stylesheet">
<link rel="stylesheet" href="/css/estilos.css">
</head>
<body>
<div class="topbar"><span>&#128222; (507) 555-0157</span> <span>&#128205; 207 W Main St, Kiester, MN 56051</span></div>
<header>
<a href="/index.html" class="brand"><img src="/img/puerta.png" alt=""> Centro Puerta Abierta</a>
<ul class="nav">
<li><a href="/index.html">Inicio</a></li>
<li><a href="/publicaciones.html">Publicaciones</a></li>
<li><a href="/donaciones.html">Donaciones</a></li>
<li><a href="/english.html">English</a></li>
<li><a href="/volante-feria-de-salud-2025.pdf">Feria de Salud (PDF)</a></li>
</ul>
</header>
<div class="wrap">
{BODY}
</div>
<footer>
<p>Centro Puerta Abierta &copy; 2024 &middot; Una organización sin fines de lucro 501(c)(3) &middot;
<a href="/equipo/notas.html">Equipo</a> &middot; <a href="/fotos/posada-2023.html">Fotos de la posada</a></p>
</footer>
</body>
</html>
""".replace("{LANG}", lang).replace("{TITLE}", title).replace("{BODY}", body)


INDEX = page("es", "Inicio", """
<section class="hero"><h1>Bienvenidos al Centro Puerta Abierta</h1>
<p>Un lugar para las familias inmigrantes del condado de Faribault: aquí le ayudamos a encontrar su camino.</p></section>
<section><h2>Nuestros servicios</h2>
<ul>
<li>Ayuda para llenar formularios de la escuela, de la clínica y de la corte.</li>
<li>Clínica legal gratuita el primer martes de cada mes con un abogado de Mankato.</li>
<li>Clases de inglés para adultos, lunes y miércoles por la noche.</li>
</ul></section>
<section><h2>Horario</h2>
<p>Lunes a jueves de 9:00 a 5:00. Viernes solo con cita.</p></section>
<section><h2>¿Cómo pedir una cita?</h2>
<p>Llame al (507) 555-0157 o mándenos un WhatsApp con su nombre y el tipo de ayuda que busca. Le contestamos el
mismo día.</p></section>
""")


def fb(date_iso, date, text, reactions):
    return """<article class="fb-post">
<header class="fb-head"><img class="avatar" src="/img/puerta-sm.png" alt=""><div><strong>Centro Puerta Abierta</strong><br>
<time datetime="{ISO}">{DATE}</time> &middot; <span aria-label="Público">&#127760;</span></div></header>
<div class="fb-text">{TEXT}</div>
<footer class="fb-reactions">{R}</footer>
</article>
""".replace("{ISO}", date_iso).replace("{DATE}", date).replace("{TEXT}", text).replace("{R}", reactions)


PUBLICACIONES = page("es", "Publicaciones", """
<h1>Publicaciones recientes</h1>
<p class="nota">Copiamos aquí lo que publicamos en nuestra página de Facebook para quienes no usan Facebook.</p>
""" + fb("2024-11-12", "12 de noviembre a las 8:14",
         "<p>¿Alguien tiene una cuna que ya no use? &#128591; Una familia que llegó de Honduras la semana pasada "
         "tiene una bebé de tres meses que está durmiendo en una caja de cartón. También les faltan cobijas y una "
         "carriola. Pueden traer las cosas a la oficina.</p>",
         "&#128077;&#10084;&#65039; 47 &middot; 12 comentarios &middot; 19 veces compartido") + fb(
    "2024-11-09", "9 de noviembre a las 17:40",
    "<p><b>ACTUALIZACIÓN</b> &#9989; ¡Ya nos regalaron el refrigerador para la familia Ramírez! Gracias a todos "
    "los que compartieron. Ya no necesitamos más refrigeradores.</p>",
    "&#128077; 63 &middot; 8 comentarios") + fb(
    "2024-11-05", "5 de noviembre a las 10:02",
    "<p>Se buscan maestros de inglés &#128218; para el grupo de adultos de los jueves, de 6:30 a 8:00 pm. No hace "
    "falta hablar español, solo paciencia y buen humor.</p>",
    "&#128077; 22 &middot; 3 comentarios &middot; 6 veces compartido") + fb(
    "2024-11-01", "1 de noviembre a las 19:25",
    "<p>El sábado repartimos 40 pavos y 40 cajas de despensa a familias del condado. Gracias a la Iglesia "
    "Luterana Trinity y a los Caballeros de Colón por hacerlo posible. &#129411;</p>",
    "&#128077;&#10084;&#65039; 88 &middot; 14 comentarios") + fb(
    "2024-10-28", "28 de octubre a las 7:55",
    "<p>URGENTE &#128663; Necesitamos voluntarios con carro que puedan llevar a tres señoras embarazadas a sus "
    "citas prenatales en Albert Lea. Las citas son entre semana por la mañana. Nosotros pagamos la gasolina.</p>",
    "&#128077; 31 &middot; 9 comentarios &middot; 11 veces compartido") + fb(
    "2024-10-20", "20 de octubre a las 12:00",
    "<p>&#127876; Posada navideña: sábado 14 de diciembre a las 6 pm en el salón parroquial de St. Mary. Habrá "
    "piñatas, ponche y villancicos. Cada familia traiga un platillo para compartir.</p>",
    "&#128077;&#10084;&#65039; 54 &middot; 6 comentarios") + fb(
    "2024-10-15", "15 de octubre a las 9:30",
    "<p>¿Hay algún contador o contadora en la comunidad? &#128202; Somos una organización pequeña y necesitamos "
    "que alguien revise nuestras cuentas antes de fin de año. Son pocas horas.</p>",
    "&#128077; 12 &middot; 2 comentarios") + fb(
    "2024-10-02", "2 de octubre a las 14:10",
    "<p>¡ESTAMOS CONTRATANDO! Coordinador(a) de programas, tiempo completo, con sueldo y beneficios. Mande su "
    "currículum a empleo@puertaabierta.example.</p>",
    "&#128077; 40 &middot; 17 comentarios"))

DONACIONES = page("es", "Donaciones", """
<h1>Lo que necesitamos ahora</h1>
<div class="grid">
  <div class="card open"><span class="badge verde">Se necesita</span>
    <h3>Higiene femenina</h3>
    <ul><li>toallas sanitarias</li><li>tampones</li><li>jabón y champú</li><li>desodorante</li></ul>
  </div>
  <div class="card open"><span class="badge verde">Se necesita</span>
    <h3>Ropa de invierno para hombres</h3>
    <p>Chamarras, guantes y botas de trabajo, tallas M y L. Muchos trabajan al aire libre en las granjas de
    pavos.</p>
  </div>
  <div class="card closed"><span class="badge gris">Cupo lleno</span>
    <h3>Juguetes para Navidad</h3>
    <p>Este año ya no podemos recibir más juguetes. ¡Gracias por tanto cariño!</p>
  </div>
  <div class="card closed"><span class="badge gris">Meta cumplida</span>
    <h3>Mochilas escolares</h3>
    <p>Entregamos 65 mochilas en agosto.</p>
  </div>
</div>
<h2>Dónde y cuándo dejar donaciones</h2>
<p>En la oficina, de lunes a jueves de 9 a 5. Por favor no deje bolsas afuera de la puerta.</p>
""")

ENGLISH = page("en", "English", """
<h1>Open Door Center &ndash; in English</h1>
<h2>Who we are</h2>
<p>Our director, Marisol Gutiérrez, grew up in Kiester after her parents came to work on Faribault County farms
in 1994. She holds a social work degree from Minnesota State Mankato and has led the center since 2019.</p>
<h2>Join our board</h2>
<p>We are seeking two community members who speak both Spanish and English to join our volunteer board of
directors. The board meets six evenings a year.</p>
<h2>Volunteer immigration attorney</h2>
<p>Our free legal clinic needs one more immigration attorney willing to give one Tuesday evening a month, pro
bono. Interpreters are provided.</p>
<h2>Give online</h2>
<p>A monthly gift of $15 keeps the office open one extra hour a week.</p>
""")

EQUIPO = page("es", "Equipo", """
<h1>Notas del equipo (interno)</h1>
<ol>
<li>Pedir a la cooperativa lechera una donación de leche para diciembre.</li>
<li>Buscar voluntario que maneje la camioneta los viernes.</li>
<li>Solicitar la beca de la fundación Southern Minnesota antes del 15 de enero.</li>
</ol>
""")

PAGES = {"index.html": INDEX, "publicaciones.html": PUBLICACIONES, "donaciones.html": DONACIONES,
         "english.html": ENGLISH, "equipo/notas.html": EQUIPO}

ROBOTS = "User-agent: *\nDisallow: /equipo/\n\nUser-agent: GPTBot\nDisallow: /\n"

PDFS = {
    "volante-feria-de-salud-2025.pdf": ("Feria de Salud 2025 - Centro Puerta Abierta", [
        ("title", "Feria de Salud Comunitaria 2025"),
        ("p", "Centro Puerta Abierta - Kiester, Minnesota"),
        ("h", "Feria de Salud Comunitaria"),
        ("p", "Sábado 15 de marzo, de 10 a 2, en el gimnasio de la escuela de Kiester. Presión arterial, "
              "vacunas, revisión dental para niños y mucho más. Todo gratis."),
        ("h", "Buscamos voluntarios"),
        ("p", "Para la mesa de registro necesitamos cuatro voluntarios que den la bienvenida a las familias y "
              "les ayuden a llenar la hoja de entrada. Es mejor si habla español e inglés."),
        ("h", "Para anotarse"),
        ("p", "Llene esta hoja con su nombre y teléfono y entréguela en la oficina antes del 1 de marzo."),
        ("p", "Nombre: ______________________   Teléfono: ____________________"),
    ]),
}

NEEDS = [
    N("publicaciones.html", ["cuna"], "donation", "es", layout="social_post_story",
      note="baby sleeping in a cardboard box; also blankets, stroller"),
    N("publicaciones.html", ["maestros de inglés"], "skilled", "es", ["en"], layout="social_post"),
    N("publicaciones.html", ["citas prenatales", "voluntarios con carro"], "volunteer", "es",
      layout="social_post", note="'pagamos la gasolina' does not make it paid"),
    N("publicaciones.html", ["contador o contadora", "revise nuestras cuentas"], "skilled", "es",
      layout="social_post"),
    N("donaciones.html", ["higiene femenina", "toallas sanitarias"], "donation", "es", layout="badge_cards"),
    N("donaciones.html", ["ropa de invierno para hombres"], "donation", "es", layout="badge_cards"),
    N("english.html", ["join our board"], "volunteer", "en", ["es", "en"], layout="heading_paragraph"),
    N("english.html", ["immigration attorney"], "skilled", "en", layout="heading_paragraph"),
    N("volante-feria-de-salud-2025.pdf", ["mesa de registro"], "volunteer", "es", ["es", "en"], layout="pdf"),
]

TRAPS = [
    T("index.html", "service", ["nuestros servicios", "clínica legal gratuita"]),
    T("index.html", "hours", ["lunes a jueves de 9:00 a 5:00"]),
    T("index.html", "how_to_apply", ["cómo pedir una cita"]),
    T("publicaciones.html", "filled", ["refrigerador"], "ACTUALIZACIÓN: ya nos regalaron"),
    T("publicaciones.html", "recap", ["40 pavos"]),
    T("publicaciones.html", "event", ["posada navideña"], "each family brings a dish"),
    T("publicaciones.html", "job", ["coordinador(a) de programas"]),
    T("donaciones.html", "filled", ["juguetes para navidad"], "cupo lleno"),
    T("donaciones.html", "filled", ["mochilas escolares"], "meta cumplida"),
    T("donaciones.html", "hours", ["dónde y cuándo dejar donaciones"]),
    T("english.html", "bio", ["marisol gutiérrez"]),
    T("english.html", "general_appeal", ["monthly gift"]),
    T("volante-feria-de-salud-2025.pdf", "event", ["feria de salud comunitaria"]),
    T("volante-feria-de-salud-2025.pdf", "how_to_apply", ["para anotarse"]),
    T("equipo/notas.html", "robots", ["donación de leche"]),
    T("equipo/notas.html", "robots", ["camioneta los viernes"]),
    T("equipo/notas.html", "robots", ["beca de la fundación"]),
]
