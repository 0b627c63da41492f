"""Site 10: Lastrup Holy Cross Parish Outreach. English + Spanish.
Archived e-mail newsletter (nested layout tables, inline styles, hidden preheader); Giving
Tree table with struck TAKEN tags; Spanish bulletin section; two-column English PDF bulletin
(linked) plus a broken link to an old PDF bulletin; no robots trap."""
from util import N, T

SLUG = "lastrup-holy-cross-parish-outreach"


def page(lang, title, body):
    return """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html lang="%s">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>%s</title>
<style type="text/css">
body{font-family:Cambria,Georgia,serif;margin:0;background:#fff}
#top{background:#5b1a1a;color:#fff;padding:14px 24px}#top a{color:#f6e7c8;margin-right:14px}
#body{width:760px;margin:0 auto;padding:16px}
table.tree{border-collapse:collapse;width:100%%}table.tree td,table.tree th{border:1px solid #bbb;padding:5px 8px}
tr.taken td{color:#999}
#bot{font-size:12px;color:#666;text-align:center;padding:20px}
</style>
</head>
<body>
<div id="top"><b>Holy Cross Parish &middot; Outreach</b><br>
<a href="/">Home</a><a href="/newsletter-october.html">October e-newsletter</a><a href="/giving-tree.html">Giving Tree</a><a href="/es/boletin.html">Boletín en español</a><a href="/bulletin.pdf">Sunday bulletin (PDF)</a></div>
<div id="body">
%s
</div>
<div id="bot">Holy Cross Parish &middot; 205 Church St, Lastrup, MN &middot; 320-555-0101 &middot; <a href="/bulletins/2023-12-24.pdf">Christmas 2023 bulletin</a></div>
</body>
</html>
""" % (lang, title, body)


INDEX = page("en", "Holy Cross Parish Outreach", """
<h1>Outreach at Holy Cross</h1>
<p>Feeding, visiting and walking with our neighbors in Morrison County since 1911.</p>
<h2>Mass times</h2>
<p>Saturday 5:00 pm vigil; Sunday 8:30 am and 11:00 am (Spanish). Weekdays 8:00 am except Monday.</p>
<h2>Helping Hands fund</h2>
<p>Parishioners and neighbors facing a utility shutoff or a late rent payment can ask for a one-time grant of up to $300. Call the parish office.</p>
<table width="100%" cellpadding="10" style="background:#f6efe2"><tr><td>
<b>In this month's e-newsletter:</b> a furnace, a family and forty turkeys. <a href="/newsletter-october.html">Read it here</a>.
</td></tr></table>
<h2>Giving Tree</h2>
<p>The tree goes up in the narthex on the first Sunday of Advent. <a href="/giving-tree.html">See the tags online</a>.</p>
""")

NEWSLETTER = page("en", "October e-newsletter", """
<div style="display:none;max-height:0;overflow:hidden">This month: a furnace, a family and forty turkeys.</div>
<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#eeeeee"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff">
<tr><td style="padding:10px 20px;font-size:11px;color:#888">Having trouble reading this? <a href="/newsletter-october.html">View it in your browser</a></td></tr>
<tr><td style="padding:20px;background:#5b1a1a;color:#ffffff;font-size:24px">Holy Cross Outreach &mdash; October</td></tr>
<tr><td style="padding:20px">
 <table width="100%" cellpadding="0" cellspacing="0"><tr>
 <td width="30%" valign="top" style="padding-right:12px"><img src="/img/fr-tom.jpg" width="160" alt="Father Tom"></td>
 <td valign="top"><font face="Georgia" size="4"><b>A note from Father Tom</b></font><br>
 <font face="Georgia" size="2">Thank you for your generosity at the fall festival. We raised enough to keep the food shelf open on Saturdays through spring. God is good, and so are you.</font></td>
 </tr></table>
</td></tr>
<tr><td style="padding:0 20px 20px">
 <font face="Georgia" size="4"><b>The hall furnace</b></font><br>
 <font face="Georgia" size="2">The furnace under the parish hall is thirty-one years old, and the inspector flagged the heat exchanger last week. Before the council spends $8,000 on a new one, we would love a second opinion. Is there an HVAC technician in the parish willing to donate an inspection? Call the office.</font>
</td></tr>
<tr><td style="padding:0 20px 20px">
 <table width="100%" cellpadding="12" cellspacing="0" style="border:2px solid #c89b3c"><tr><td>
 <font face="Georgia" size="4"><b>Forty turkeys</b></font><br>
 <font face="Georgia" size="2">For the Thanksgiving baskets we need 40 frozen turkeys. 28 are pledged, so we are still 12 short. Please drop them in the rectory chest freezer by November 20.</font>
 </td></tr></table>
</td></tr>
<tr><td style="padding:0 20px 20px">
 <font face="Georgia" size="4"><b>Funeral lunch team</b></font><br>
 <font face="Georgia" size="2">We have enough bakers through December &mdash; bless you! What we still need are two or three servers for weekday funeral lunches, 11 to 2. Call Marlene at 320-555-0102.</font>
</td></tr>
<tr><td style="padding:0 20px 20px">
 <font face="Georgia" size="4"><b>Meals on Wheels</b></font><br>
 <font face="Georgia" size="2">Route 3 (north county) is covered through the holidays by the Knights. Thank you, gentlemen.</font>
</td></tr>
<tr><td style="padding:0 20px 20px">
 <font face="Georgia" size="2"><i>By the numbers: 212 households served by the food shelf in September.</i></font>
</td></tr>
<tr><td align="center" style="padding:10px 20px 30px">
 <table cellpadding="14" cellspacing="0"><tr><td bgcolor="#c89b3c" style="border-radius:4px"><a href="/giving-tree.html" style="color:#ffffff;text-decoration:none;font-weight:bold">Give to the Outreach Fund</a></td></tr></table>
</td></tr>
<tr><td style="padding:14px 20px;font-size:11px;color:#999;background:#f4f4f4">You are receiving this because you are registered at Holy Cross. Unsubscribe &middot; Update preferences</td></tr>
</table>
</td></tr></table>
""")

TREE = page("en", "Giving Tree", """
<h1>Giving Tree 2024</h1>
<p>Each tag is a gift for a child or elder in our parish or town. Tags still on the tree are below; struck-through tags have been taken.</p>
<table class="tree">
<tr><th>Tag</th><th>For</th><th>Gift</th><th></th></tr>
<tr class="taken"><td><s>1</s></td><td><s>girl, 10</s></td><td><s>winter coat size 10/12</s></td><td>taken</td></tr>
<tr><td>3</td><td>boy, 8</td><td>snow pants, size 8</td><td></td></tr>
<tr class="taken"><td><s>4</s></td><td><s>boy, 12</s></td><td><s>Lego set</s></td><td>taken</td></tr>
<tr><td>7</td><td>girl, 15</td><td>art supplies (sketchbook, markers)</td><td></td></tr>
<tr class="taken"><td><s>9</s></td><td><s>grandpa, 80</s></td><td><s>monthly bus pass</s></td><td>taken</td></tr>
<tr><td>11</td><td>grandma, 72</td><td>warm slippers, size 8</td><td></td></tr>
<tr><td>12</td><td>girl, 4</td><td>picture books</td><td></td></tr>
</table>
<h2>How to return your gift</h2>
<p>Wrap it, tape the tag to the package and bring it to the parish office by December 15.</p>
<h2>Gift wrapping night</h2>
<p>Volunteers needed Monday, December 16, 6&ndash;8 pm in the parish hall to wrap the gifts that come in unwrapped. Bring scissors!</p>
""")

ES = page("es", "Boletín en español", """
<h1>Boletín hispano de Santa Cruz</h1>
<h2>Misa en español</h2>
<p>Todos los domingos a las 11 am.</p>
<h2>Buscamos catequistas bilingües</h2>
<p>Para la primera comunión (niños de 7 y 8 años) necesitamos catequistas que hablen español e inglés, los domingos después de la misa de 11.</p>
<h2>Coro en español</h2>
<p>¡Ya estamos completos para la Navidad! Gracias a todos los que se apuntaron.</p>
<h2>Posada navideña</h2>
<p>Sábado 14 de diciembre, 6 pm, en el salón parroquial. ¡Toda la familia está invitada!</p>
<p>Para la posada necesitamos manos para preparar tamales el viernes 13 en la cocina parroquial, de 4 a 9 pm.</p>
<h2>Retiro juvenil</h2>
<p>Se necesita un conductor voluntario con licencia y buen historial para llevar la camioneta de la parroquia al retiro juvenil en febrero.</p>
<h2>Despensa</h2>
<p>La despensa de alimentos abre los jueves de 3 a 6 pm para cualquier familia.</p>
""")

PAGES = {
    "index.html": INDEX,
    "newsletter-october.html": NEWSLETTER,
    "giving-tree.html": TREE,
    "es/boletin.html": ES,
}

ROBOTS = """User-agent: *
Disallow: /wp-admin/
Crawl-delay: 5
"""

PDFS = {
    "bulletin.pdf": ("Holy Cross Sunday bulletin", [
        ("title", "HOLY CROSS PARISH - SUNDAY BULLETIN"),
        ("p", "Thirty-second Sunday in Ordinary Time"),
        ("gap", ""),
        ("cols", (
            [("h", "Ushers needed"),
             ("p", "The Saturday 5 pm vigil Mass needs two more ushers for the winter schedule. Training takes "
                   "ten minutes. Sign the sheet in the narthex or call the office."),
             ("gap", ""),
             ("h", "Rosary Society"),
             ("p", "Meets Tuesday at 7 pm in the library. New members welcome.")],
            [("h", "Stewardship"),
             ("p", "Last week's collection: $4,318. Thank you."),
             ("gap", ""),
             ("h", "Mass intentions"),
             ("p", "Sat 5 pm: +Leonard Schmitz. Sun 8:30 am: People of the parish."),
             ("gap", ""),
             ("h", "Prayer chain"),
             ("p", "To add a name, call Arlene at 320-555-0103.")],
        )),
    ]),
}

NEEDS = [
    N("newsletter-october.html", ["hvac technician", "furnace"], "skilled", "en",
      layout="email_newsletter_nested_tables"),
    N("newsletter-october.html", ["turkeys"], "donation", "en", layout="email_newsletter_nested_tables",
      note="12 short"),
    N("newsletter-october.html", ["servers", "funeral lunches"], "volunteer", "en",
      layout="email_newsletter_nested_tables", note="same box says bakers are enough (trap)"),
    N("giving-tree.html", ["giving tree"], "donation", "en", layout="giving_tree_table",
      note="open tags = one need; struck tags are traps"),
    N("giving-tree.html", ["gift wrapping"], "volunteer", "en", layout="heading_paragraph"),
    N("es/boletin.html", ["catequistas"], "skilled", "es", ["es", "en"], layout="heading_paragraph"),
    N("es/boletin.html", ["tamales"], "volunteer", "es", layout="event_volunteers"),
    N("es/boletin.html", ["conductor voluntario", "retiro juvenil"], "volunteer", "es",
      layout="heading_paragraph"),
    N("bulletin.pdf", ["ushers"], "volunteer", "en", layout="pdf_two_column"),
]

TRAPS = [
    T("index.html", "hours", ["mass times"]),
    T("index.html", "service", ["helping hands fund"]),
    T("index.html", "teaser", ["forty turkeys"], "newsletter teaser box"),
    T("index.html", "teaser", ["see the tags online"]),
    T("newsletter-october.html", "blog", ["a note from father tom"]),
    T("newsletter-october.html", "thanks", ["fall festival"]),
    T("newsletter-october.html", "filled", ["bakers"], "'We have enough bakers through December'"),
    T("newsletter-october.html", "filled", ["meals on wheels", "route 3"], "covered through the holidays"),
    T("newsletter-october.html", "recap", ["212 households"]),
    T("newsletter-october.html", "general_appeal", ["outreach fund"]),
    T("giving-tree.html", "filled", ["winter coat size 10/12"], "struck, taken"),
    T("giving-tree.html", "filled", ["lego set"], "struck, taken"),
    T("giving-tree.html", "filled", ["monthly bus pass"], "struck, taken"),
    T("giving-tree.html", "how_to_apply", ["how to return your gift"]),
    T("es/boletin.html", "hours", ["misa en español"]),
    T("es/boletin.html", "filled", ["coro en español"], "'¡Ya estamos completos!'"),
    T("es/boletin.html", "event", ["posada navideña"]),
    T("es/boletin.html", "service", ["despensa"]),
    T("bulletin.pdf", "event", ["rosary society"]),
    T("bulletin.pdf", "recap", ["last week's collection"]),
    T("bulletin.pdf", "hours", ["mass intentions"]),
    T("bulletin.pdf", "how_to_apply", ["prayer chain"]),
]
