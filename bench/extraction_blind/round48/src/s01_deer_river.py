"""Deer River: Northwoods Food Shelf. A site saved from Microsoft Word ("Save as Web Page"):
MsoNormal paragraphs instead of headings, bullets as mso-list paragraphs, a Word table as sign-up sheet."""
from common import N, T

SLUG = "deer-river-northwoods-food-shelf"

NAV = """<p class=MsoNormal align=center style='text-align:center'><span style='font-size:10.0pt'>
<a href="/index.html">Home</a> &nbsp;|&nbsp; <a href="/volunteer.html">Volunteer</a> &nbsp;|&nbsp;
<a href="/news.html">Shelf Talk newsletter</a> &nbsp;|&nbsp; <a href="/espanol.html">Español</a> &nbsp;|&nbsp;
<a href="/forms/volunteer-signup.pdf">Volunteer sign-up form (PDF)</a><o:p></o:p></span></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>"""

FOOT = """<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<div style='border:none;border-top:solid #A5A5A5 1.0pt;padding:4.0pt 0in 0in 0in'>
<p class=MsoFooter><span style='font-size:9.0pt;color:#595959'>Northwoods Food Shelf &#8226; 212 Division St W (alley door), Deer River, MN 56636
&#8226; (218) 555-0142 &#8226; info@northwoodsfoodshelf.example &#8226; <a href="/board/minutes.html">Board corner</a>
&#8226; <a href="/photos/empty-bowls-2024.html">Empty Bowls photos</a><o:p></o:p></span></p>
</div>"""


def word(lang, title, body):
    return """<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns="http://www.w3.org/TR/REC-html40" lang="{LANG}">

<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<title>{TITLE}</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>Linda Bergstrom</o:Author>
  <o:LastAuthor>NWFS Office</o:LastAuthor>
 </o:DocumentProperties>
</xml><![endif]-->
<style>
<!--
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0in;margin-bottom:8.0pt;line-height:107%;font-size:11.0pt;font-family:"Calibri",sans-serif;}
 p.MsoTitle {margin:0in;font-size:28.0pt;font-family:"Calibri Light",sans-serif;letter-spacing:-.5pt;}
 p.MsoListParagraph {margin-top:0in;margin-right:0in;margin-bottom:0in;margin-left:.5in;}
 table.MsoTableGrid {border:solid windowtext 1.0pt;font-size:11.0pt;}
-->
</style>
</head>

<body lang=EN-US link="#0563C1" vlink="#954F72" style='tab-interval:.5in;word-wrap:break-word'>

<div class=WordSection1>
{NAV}
{BODY}
{FOOT}
</div>

</body>

</html>
""".replace("{LANG}", lang).replace("{TITLE}", title).replace("{NAV}", NAV).replace(
        "{BODY}", body).replace("{FOOT}", FOOT)


def head(text):
    return ("<p class=MsoNormal><b><span style='font-size:15.0pt;line-height:107%%;color:#2F5496'>%s"
            "<o:p></o:p></span></b></p>" % text)


def bullet(text):
    return ("<p class=MsoListParagraphCxSpMiddle style='text-indent:-.25in;mso-list:l0 level1 lfo1'>"
            "<![if !supportLists]><span style='font-family:Symbol'>&#183;<span style='font:7.0pt \"Times New Roman\"'>"
            "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]>%s<o:p></o:p></p>" % text)


INDEX = word("en", "Northwoods Food Shelf", """
<p class=MsoTitle>Northwoods Food Shelf<o:p></o:p></p>
<p class=MsoNormal><i><span style='color:#7F7F7F'>Feeding neighbors in Deer River, Bena, Ball Club, Zemple and
Inger since 1987<o:p></o:p></span></i></p>
""" + head("When We Are Open") + """
<p class=MsoNormal>Tuesdays 1:00&#8211;6:00 pm and Saturdays 9:00&#8211;11:30 am. We are in the lower level of the
old Creamery building; please use the alley door.<o:p></o:p></p>
""" + head("Who Can Shop Here") + """
<p class=MsoNormal>Any household in the Deer River school district may shop once a month and choose its own
groceries, produce and bread. We also keep a free bread rack inside the door that anyone may take from on any open
day, no paperwork.<o:p></o:p></p>
""" + head("Shelves Getting Thin On&#8230;") + """
<p class=MsoNormal>These go out the door faster than they come in. If you are shopping for us this month, please
think of:<o:p></o:p></p>
""" + bullet("Peanut butter (creamy or crunchy)") + bullet("Canned chicken or tuna") + bullet(
    "Boxed cereal, the less sugar the better") + bullet("Diapers, sizes 5 and 6") + bullet("Dish soap") + """
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
""" + head("Thanksgiving Box Day") + """
<p class=MsoNormal>Saturday, November 23, 9:00&#8211;noon. Registered families pick up a turkey and all the
fixings. Please bring your own sturdy bags or a laundry basket &#8211; the boxes are heavy.<o:p></o:p></p>
""" + head("Thank You, Lions!") + """
<p class=MsoNormal>The Deer River Lions&#8217; August food drive brought in 1,840 pounds of food. That carried
us through September.<o:p></o:p></p>
""")

VOLUNTEER = word("en", "Volunteer - Northwoods Food Shelf", """
<p class=MsoTitle>Volunteer With Us<o:p></o:p></p>
<p class=MsoNormal>This is our sign-up sheet for the fall, copied straight from the clipboard on the front desk.
A blank line means we still need somebody. Call Linda or write your name on the clipboard.<o:p></o:p></p>

<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0
 style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184'>
 <tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'>
  <td width=180 valign=top style='width:135pt;border:solid windowtext 1.0pt;background:#D9E2F3;padding:0in 5.4pt 0in 5.4pt'>
  <p class=MsoNormal><b>Job<o:p></o:p></b></p></td>
  <td width=150 valign=top style='width:112pt;border:solid windowtext 1.0pt;background:#D9E2F3;padding:0in 5.4pt 0in 5.4pt'>
  <p class=MsoNormal><b>When<o:p></o:p></b></p></td>
  <td width=60 valign=top style='width:45pt;border:solid windowtext 1.0pt;background:#D9E2F3;padding:0in 5.4pt 0in 5.4pt'>
  <p class=MsoNormal><b>How many<o:p></o:p></b></p></td>
  <td width=220 valign=top style='width:165pt;border:solid windowtext 1.0pt;background:#D9E2F3;padding:0in 5.4pt 0in 5.4pt'>
  <p class=MsoNormal><b>Signed up<o:p></o:p></b></p></td>
 </tr>
 <tr style='mso-yfti-irow:1'>
  <td valign=top style='border:solid windowtext 1.0pt;padding:0in 5.4pt 0in 5.4pt'>
  <p class=MsoNormal>Truck unloading crew<o:p></o:p></p>
  <p class=MsoNormal><span style='font-size:9.0pt'>Second Harvest truck; lifting up to 40 lb<o:p></o:p></span></p></td>
  <td valign=top style='border:solid windowtext 1.0pt;padding:0in 5.4pt 0in 5.4pt'>
  <p class=MsoNormal>2nd &amp; 4th Tuesday, 10:30 am<o:p></o:p></p></td>
  <td valign=top style='border:solid windowtext 1.0pt;padding:0in 5.4pt 0in 5.4pt'>
  <p class=MsoNormal>4<o:p></o:p></p></td>
  <td valign=top style='border:solid windowtext 1.0pt;padding:0in 5.4pt 0in 5.4pt'>
  <p class=MsoNormal>1. Gary T.<o:p></o:p></p>
  <p class=MsoNormal>2. ______________<o:p></o:p></p>
  <p class=MsoNormal>3. ______________<o:p></o:p></p>
  <p class=MsoNormal>4. ______________<o:p></o:p></p></td>
 </tr>
 <tr style='mso-yfti-irow:2'>
  <td valign=top style='border:solid windowtext 1.0pt;padding:0in 5.4pt 0in 5.4pt'>
  <p class=MsoNormal>Client intake greeter<o:p></o:p></p></td>
  <td valign=top style='border:solid windowtext 1.0pt;padding:0in 5.4pt 0in 5.4pt'>
  <p class=MsoNormal>Tuesdays 1&#8211;6 pm<o:p></o:p></p></td>
  <td valign=top style='border:solid windowtext 1.0pt;padding:0in 5.4pt 0in 5.4pt'>
  <p class=MsoNormal>2<o:p></o:p></p></td>
  <td valign=top style='border:solid windowtext 1.0pt;padding:0in 5.4pt 0in 5.4pt'>
  <p class=MsoNormal>1. Joanne K.<o:p></o:p></p>
  <p class=MsoNormal>2. Pastor Dale Voss<o:p></o:p></p></td>
 </tr>
 <tr style='mso-yfti-irow:3'>
  <td valign=top style='border:solid windowtext 1.0pt;padding:0in 5.4pt 0in 5.4pt'>
  <p class=MsoNormal>Home delivery for seniors<o:p></o:p></p>
  <p class=MsoNormal><span style='font-size:9.0pt'>Your own car; about 6 stops between Deer River and Ball Club<o:p></o:p></span></p></td>
  <td valign=top style='border:solid windowtext 1.0pt;padding:0in 5.4pt 0in 5.4pt'>
  <p class=MsoNormal>Saturdays after 11:30<o:p></o:p></p></td>
  <td valign=top style='border:solid windowtext 1.0pt;padding:0in 5.4pt 0in 5.4pt'>
  <p class=MsoNormal>3<o:p></o:p></p></td>
  <td valign=top style='border:solid windowtext 1.0pt;padding:0in 5.4pt 0in 5.4pt'>
  <p class=MsoNormal>1. Ruth M.<o:p></o:p></p>
  <p class=MsoNormal>2. ______________<o:p></o:p></p>
  <p class=MsoNormal>3. ______________<o:p></o:p></p></td>
 </tr>
 <tr style='mso-yfti-irow:4;mso-yfti-lastrow:yes'>
  <td valign=top style='border:solid windowtext 1.0pt;padding:0in 5.4pt 0in 5.4pt'>
  <p class=MsoNormal>Gleaning at the Bowstring farms<o:p></o:p></p></td>
  <td valign=top style='border:solid windowtext 1.0pt;padding:0in 5.4pt 0in 5.4pt'>
  <p class=MsoNormal>August&#8211;October<o:p></o:p></p></td>
  <td valign=top style='border:solid windowtext 1.0pt;padding:0in 5.4pt 0in 5.4pt'>
  <p class=MsoNormal>&#8211;<o:p></o:p></p></td>
  <td valign=top style='border:solid windowtext 1.0pt;padding:0in 5.4pt 0in 5.4pt'>
  <p class=MsoNormal><i>Season&#8217;s over &#8211; see you next August!<o:p></o:p></i></p></td>
 </tr>
</table>

<p class=MsoNormal><o:p>&nbsp;</o:p></p>
""" + head("Fix-It Help") + """
<p class=MsoNormal>The door on our walk-in cooler no longer seals, and the light over the loading dock flickers
and goes out. If you know your way around refrigeration or electrical work, we would love one afternoon of your
time. We will buy whatever parts it takes.<o:p></o:p></p>
""" + head("Paid Position: Part-Time Site Coordinator") + """
<p class=MsoNormal>The board is hiring a site coordinator for 15 hours a week at $18.50 an hour to schedule
volunteers and order from Second Harvest. Send a letter and resume to the board by December 1.<o:p></o:p></p>
""")

ESPANOL = word("es", "En español - Northwoods Food Shelf", """
<p class=MsoTitle>Información en español<o:p></o:p></p>
""" + head("¿Quién puede recibir comida?") + """
<p class=MsoNormal>Cualquier familia que viva en el distrito escolar de Deer River puede venir una vez al mes y
escoger sus propios alimentos. No preguntamos por su situación migratoria.<o:p></o:p></p>
""" + head("Su primera visita") + """
<p class=MsoNormal>Traiga una carta o un recibo que muestre su dirección. Si no tiene ninguno, no pasa nada:
llenamos juntos un formulario corto en la mesa de entrada.<o:p></o:p></p>
""" + head("Se buscan intérpretes") + """
<p class=MsoNormal>Los sábados llegan cada vez más familias que hablan español. Buscamos personas que hablen
español e inglés para acompañar a las familias en la fila y explicarles cómo funciona el banco de comida. Con
dos horas al mes ya nos ayuda mucho.<o:p></o:p></p>
""" + head("Nos hace falta") + """
<p class=MsoNormal>Masa harina, frijoles pintos en bolsa, arroz en costales de 10 libras y chiles enlatados. Son
lo primero que se acaba.<o:p></o:p></p>
""" + head("Cajas navideñas") + """
<p class=MsoNormal>Este año ya contamos con suficientes voluntarios para armar las cajas navideñas. ¡Mil gracias!
Las listas para enero se abren después de Año Nuevo.<o:p></o:p></p>
""")

NEWS = word("en", "Shelf Talk - Fall 2024", """
<p class=MsoTitle>Shelf Talk<o:p></o:p></p>
<p class=MsoNormal><i>The Northwoods Food Shelf newsletter &#8211; Fall 2024<o:p></o:p></i></p>
""" + head("From the Director") + """
<p class=MsoNormal>Linda Bergstrom has run the food shelf since 2009. Before that she drove a school bus for
the Deer River district for twenty years, which is why she knows every road in the county and most of the
dogs.<o:p></o:p></p>
""" + head("Summer in Review") + """
<p class=MsoNormal>Between June and August our Summer Lunch table at the city park handed out 2,315 sack lunches.
Thank you to the ten church groups who took a week each.<o:p></o:p></p>
""" + head("A Grandma Starting Over") + """
<p class=MsoNormal>In September a grandmother from Bena took in her three grandchildren, ages 4, 7 and 11, on one
day&#8217;s notice. She has moved them into a two-bedroom trailer, but right now the kids sleep on couch cushions
on the floor. If you have twin beds or bunk beds in good shape, a kitchen table, or children&#8217;s winter boots,
please call Linda at (218) 555-0142.<o:p></o:p></p>
""" + head("Recipe Corner") + """
<p class=MsoNormal>Next issue: wild rice hotdish made from pantry staples. Full recipe in the winter
issue.<o:p></o:p></p>
""" + head("Board Notes") + """
<p class=MsoNormal>The board approved the 2025 budget and thanked Marlys Heikkila, who steps down as treasurer in
January after eleven years. We are looking for someone comfortable with QuickBooks to take over the books &#8211;
roughly four hours a month, and Marlys has promised to train her replacement.<o:p></o:p></p>
""" + head("Annual Meeting") + """
<p class=MsoNormal>Tuesday, January 14, 6:00 pm, in the Deer River Library community room. Soup supper
provided.<o:p></o:p></p>
""")

BOARD = word("en", "Board corner - minutes", """
<p class=MsoTitle>Board Minutes &#8211; October 8, 2024<o:p></o:p></p>
<p class=MsoNormal><i>For board members. Draft, not yet approved.<o:p></o:p></i></p>
""" + bullet("Ask the Cenex in Grand Rapids whether they would donate a fuel card for the delivery car.") + bullet(
    "We still need two more board members before the annual meeting.") + bullet(
    "Recruit a Spanish-speaking volunteer for Tuesday intake.") + """
""")

PAGES = {"index.html": INDEX, "volunteer.html": VOLUNTEER, "espanol.html": ESPANOL, "news.html": NEWS,
         "board/minutes.html": BOARD}

ROBOTS = "User-agent: *\nDisallow: /board/\n"

PDFS = {
    "forms/volunteer-signup.pdf": ("Northwoods Food Shelf - Volunteer Sign-Up", [
        ("title", "Northwoods Food Shelf - Volunteer Sign-Up"),
        ("p", "Name: ______________________   Phone: ________________   E-mail: ____________________"),
        ("p", "Best days to reach you: _____________________________"),
        ("h", "Where we could use you this winter"),
        ("p", "Weekend backpack packers: every Thursday at 3:15 pm we fill 90 backpacks with weekend food for "
              "students at Deer River Elementary. We are short two packers almost every week. It takes about "
              "an hour and kids over 12 may come with a parent."),
        ("h", "Volunteer Appreciation Potluck"),
        ("p", "Thursday, December 12, 5:30 pm at Zemple Town Hall. Bring a dish to share; we bring the ham."),
        ("h", "Returning this form"),
        ("p", "Drop it in the wooden box by the intake desk, or take a picture of it and e-mail it to "
              "volunteer@northwoodsfoodshelf.example. Linda will call you within a week."),
        ("p", "Volunteers younger than 16 must come with an adult."),
    ]),
}

NEEDS = [
    N("index.html", ["shelves getting thin", "peanut butter"], "donation", "en", layout="word_mso_list",
      note="wish list as Word mso-list paragraphs, no <ul>"),
    N("volunteer.html", ["truck unloading crew"], "volunteer", "en", layout="word_table", note="3 of 4 lines blank"),
    N("volunteer.html", ["home delivery for seniors"], "volunteer", "en", layout="word_table", note="2 of 3 blank"),
    N("volunteer.html", ["walk-in cooler"], "skilled", "en", layout="heading_paragraph",
      note="refrigeration/electrical repair"),
    N("espanol.html", ["se buscan intérpretes"], "skilled", "es", ["es", "en"], layout="heading_paragraph"),
    N("espanol.html", ["masa harina", "frijoles pintos"], "donation", "es", layout="short_on",
      note="'nos hace falta' = we are lacking"),
    N("news.html", ["twin beds", "bunk beds"], "donation", "en", layout="story"),
    N("news.html", ["quickbooks", "take over the books"], "skilled", "en", layout="newsletter_buried"),
    N("forms/volunteer-signup.pdf", ["weekend backpack packers"], "volunteer", "en", layout="pdf"),
]

TRAPS = [
    T("index.html", "hours", ["when we are open"]),
    T("index.html", "service", ["who can shop here", "free bread rack"]),
    T("index.html", "event", ["thanksgiving box day"], "attendees bring bags"),
    T("index.html", "recap", ["1,840 pounds"]),
    T("volunteer.html", "filled", ["client intake greeter"], "both lines carry names"),
    T("volunteer.html", "filled", ["gleaning"], "season's over"),
    T("volunteer.html", "job", ["site coordinator"]),
    T("espanol.html", "service", ["escoger sus propios alimentos"]),
    T("espanol.html", "how_to_apply", ["su primera visita"]),
    T("espanol.html", "filled", ["cajas navideñas"], "ya contamos con suficientes voluntarios"),
    T("news.html", "bio", ["linda bergstrom"]),
    T("news.html", "recap", ["2,315 sack lunches"]),
    T("news.html", "event", ["annual meeting"]),
    T("news.html", "blog", ["recipe corner", "wild rice hotdish"]),
    T("forms/volunteer-signup.pdf", "event", ["appreciation potluck"]),
    T("forms/volunteer-signup.pdf", "how_to_apply", ["returning this form"]),
    T("board/minutes.html", "robots", ["fuel card"]),
    T("board/minutes.html", "robots", ["two more board members"]),
    T("board/minutes.html", "robots", ["spanish-speaking volunteer"]),
]
