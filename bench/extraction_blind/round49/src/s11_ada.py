"""Ada: Prairie Senior Dining Club (English).
Layouts: 1990s big-font page with a director's letter whose asks are buried
in chatty paragraphs; a menu calendar table with a P.S. need under it; a trips
page with events and helpers; an FAQ in <dl>; a PDF newsletter. No robots
trap on this site; broken link to a guestbook."""
from common import N, T

SLUG = "ada-prairie-senior-dining-club"

NAV = """<p align="center"><font size="4">
<a href="/index.html">Home</a> | <a href="/meals.html">Menu</a> | <a href="/trips.html">Bus Trips</a> |
<a href="/faq.html">Questions</a> | <a href="/prairie-times-nov.pdf">Newsletter</a> | <a href="/guestbook.html">Sign our Guestbook</a>
</font></p>"""

PAGES = {}

PAGES["index.html"] = """
<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2 Final//EN">
<html lang="en">
<head><meta charset="utf-8"><title>Prairie Senior Dining Club - Ada, Minnesota</title></head>
<body bgcolor="#FFFFF0" text="#000080">
<center><font size="6" face="Times New Roman"><b>Prairie Senior Dining Club</b></font><br>
<font size="4">Norman County Senior Center &middot; 101 E Main, Ada</font></center>
""" + NAV + """
<hr>
<font size="4">
<p><b>Lunch served 11:30 Monday through Friday.</b> Call by 9 am the day before to reserve a meal: 218-555-0107.
Suggested donation $4 for those 60 and over. Meals on Wheels are delivered to the homebound in Ada and Twin Lakes
township.</p>
<p><b>A Letter from Marlys, Director</b></p>
<p>Dear friends, what a fall it has been! Thanks to everyone who came to the pie social &ndash; we raised $1,800
for the new van fund, and Doris's sour cream raisin pie was gone in ten minutes.</p>
<p>Some news: our longtime dishwasher Vern has finally hung up his apron after 14 years. If you know anyone
who could wash dishes on Tuesdays and Thursdays after lunch, please send them my way. It is an hour, maybe
an hour and a half, and the coffee is free.</p>
<p>The card club is full this winter, so please don't be offended if Lorraine says no new players until
spring. On another note, the dining room tables have gotten wobbly, and we could use someone handy to fix the
wobbly tables (I think it is just the legs). Bring your own screwdriver!</p>
<p>See you at lunch, Marlys</p>
</font>
</body>
</html>
"""

PAGES["meals.html"] = """
<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2 Final//EN">
<html lang="en">
<head><meta charset="utf-8"><title>November Menu</title></head>
<body bgcolor="#FFFFF0">
""" + NAV + """
<center><font size="5"><b>NOVEMBER MENU</b></font></center>
<table border="1" cellpadding="6" align="center">
<tr><th>Mon</th><th>Tue</th><th>Wed</th><th>Thu</th><th>Fri</th></tr>
<tr><td>3<br>Swedish meatballs</td><td>4<br>Chicken noodle hotdish</td><td>5<br>Ham &amp; bean soup</td><td>6<br>Roast turkey</td><td>7<br>Fish fry</td></tr>
<tr><td>10<br>Sloppy joes</td><td>11<br>Veterans Day program at 11:00, then pot roast</td><td>12<br>Tater tot hotdish</td><td>13<br>Meatloaf</td><td>14<br>Lefse &amp; ham</td></tr>
<tr><td>17<br>Beef stew</td><td>18<br>Chicken a la king</td><td>19<br>Blood pressure checks by the county nurse, 10&ndash;11:30</td><td>20<br>Pork chops</td><td>21<br>Lutefisk (ask for meatballs instead)</td></tr>
<tr><td>24<br>Spaghetti</td><td>25<br>Turkey dinner</td><td>26<br>Chili</td><td colspan="2">27&ndash;28<br><b>CLOSED for Thanksgiving</b></td></tr>
</table>
<p><font size="4">P.S. We need a Tuesday pianist for the sing-along after lunch &ndash; Ruth moved to Fargo to be
near her grandkids. Hymns and old standards, nothing fancy.</font></p>
</body>
</html>
"""

PAGES["trips.html"] = """
<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2 Final//EN">
<html lang="en">
<head><meta charset="utf-8"><title>Bus Trips</title></head>
<body bgcolor="#FFFFF0">
""" + NAV + """
<font size="4">
<p><b>FALL COLOR TOUR</b> &ndash; October 8 to Itasca State Park. $25 includes lunch.</p>
<p><b>CHRISTMAS LIGHTS TOUR</b> &ndash; December 12, Fargo-Moorhead. Trip leader: Bev has it covered, thank you Bev!</p>
<p><b>HELP NEEDED FOR OUR TRIPS</b></p>
<ul>
<li>A <b>bus driver with a CDL</b> (Class B with passenger endorsement). We cannot run trips without one since Harold retired.</li>
<li>A <b>trip escort</b> to help folks with walkers get on and off the bus.</li>
</ul>
</font>
</body>
</html>
"""

PAGES["faq.html"] = """
<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2 Final//EN">
<html lang="en">
<head><meta charset="utf-8"><title>Questions</title></head>
<body bgcolor="#FFFFF0">
""" + NAV + """
<font size="4">
<dl>
<dt><b>Who can eat here?</b></dt>
<dd>Anyone 60 and older and their spouse, whatever their age. Younger guests pay $9.</dd>
<dt><b>Do you need volunteers?</b></dt>
<dd>Yes &ndash; mostly Meals on Wheels drivers. Three of our routes have no regular driver right now. You use your own
car and we reimburse mileage.</dd>
<dt><b>Can I donate food?</b></dt>
<dd>We are well stocked on canned goods, thank you. No food donations are needed at this time.</dd>
<dt><b>Is there a newsletter?</b></dt>
<dd>Yes, the Prairie Times comes out monthly. Pick one up at the front table.</dd>
</dl>
</font>
</body>
</html>
"""

ROBOTS = """User-agent: *
Disallow: /stats/
"""

PDFS = {
    "prairie-times-nov.pdf": ("Prairie Times - November 2025", [
        ("title", "PRAIRIE TIMES - November 2025"),
        ("h", "November birthdays"),
        ("p", "Happy birthday to Arlene (91), Gordon (84) and Millie (88)!"),
        ("h", "Quilt raffle"),
        ("p", "The quilt for the spring raffle is almost done. The ladies need one more quilter to help finish "
              "the border by December 1. Tuesday afternoons in the craft room."),
        ("h", "Thank you"),
        ("p", "Thank you to the Ada Lions for the new chairs in the dining room."),
        ("h", "Tax help"),
        ("p", "AARP tax help sign-ups begin in January at the front desk."),
        ("h", "Board elections"),
        ("p", "Board elections will be held December 3 after lunch."),
        ("h", "Help wanted"),
        ("p", "Paid cook, 25 hours a week. See Marlys for an application."),
    ]),
}

NEEDS = [
    N("index.html", ["wash dishes", "dishwasher"], "volunteer", "en", (), "letter_buried"),
    N("index.html", ["wobbly tables"], "volunteer", "en", (), "letter_buried"),
    N("meals.html", ["pianist"], "skilled", "en", (), "postscript_under_calendar"),
    N("trips.html", ["bus driver", "cdl"], "skilled", "en", (), "caps_list"),
    N("trips.html", ["trip escort"], "volunteer", "en", (), "caps_list"),
    N("faq.html", ["meals on wheels drivers"], "volunteer", "en", (), "faq_dl"),
    N("prairie-times-nov.pdf", ["quilter"], "skilled", "en", (), "newsletter_buried"),
]

TRAPS = [
    T("index.html", "hours", ["lunch served"]),
    T("index.html", "how_to_apply", ["reserve a meal"]),
    T("index.html", "general_appeal", ["suggested donation"]),
    T("index.html", "service", ["homebound"]),
    T("index.html", "recap", ["pie social"]),
    T("index.html", "filled", ["card club"]),
    T("meals.html", "event", ["veterans day program"]),
    T("meals.html", "service", ["blood pressure checks"]),
    T("meals.html", "hours", ["closed for thanksgiving"]),
    T("trips.html", "event", ["fall color tour"]),
    T("trips.html", "filled", ["trip leader", "christmas lights tour"], "Bev has it covered"),
    T("faq.html", "how_to_apply", ["who can eat here"]),
    T("faq.html", "filled", ["canned goods"]),
    T("prairie-times-nov.pdf", "bio", ["november birthdays"]),
    T("prairie-times-nov.pdf", "thanks", ["new chairs"]),
    T("prairie-times-nov.pdf", "service", ["aarp tax help"]),
    T("prairie-times-nov.pdf", "event", ["board elections"]),
    T("prairie-times-nov.pdf", "job", ["paid cook"]),
]
