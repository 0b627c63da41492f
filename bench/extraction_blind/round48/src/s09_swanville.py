"""Swanville: Tesfa Ethiopian Community. A Mailchimp campaign archived as a web page (nested layout tables,
mcnTextContent blocks, an ask buried in the chair's letter); a 'Ways to Help' table whose role names are
<th scope=row>; Amharic volunteer page and Amharic news page."""
from common import N, T

SLUG = "swanville-tesfa-ethiopian-community"

FOOT = """<footer class="sf"><p>Tesfa Ethiopian Community &middot; 22 Lake St, Swanville, MN 56382 &middot; (320) 555-0148 &middot;
<a href="/board-only/minutes.html">Board</a> &middot; <a href="/photos/genna-2024.html">Genna 2024 photos</a></p></footer>"""

NAV = """<nav class="sn"><a href="/index.html">Home</a> | <a href="/help.html">Ways to Help</a> |
<a href="/newsletter-november-2024.html">Newsletter</a> | <a href="/amharic.html">አማርኛ</a> | <a href="/zena.html">ዜና</a> |
<a href="/newsletter/tesfa-winter-2025.pdf">Winter newsletter (PDF)</a></nav>"""


def page(lang, title, body):
    return """<!DOCTYPE html>
<html lang="{LANG}">
<head><meta charset="utf-8"><title>{TITLE} - Tesfa</title><link rel="stylesheet" href="/style.css"></head>
<body>
<div class="brand"><img src="/img/tesfa.png" alt="Tesfa" height="60"> <span>Tesfa Ethiopian Community</span></div>
{NAV}
<div class="content">
{BODY}
</div>
{FOOT}
</body>
</html>
""".replace("{LANG}", lang).replace("{TITLE}", title).replace("{NAV}", NAV).replace("{BODY}", body).replace(
        "{FOOT}", FOOT)


INDEX = page("en", "Home", """
<h1>Welcome to Tesfa</h1>
<p><em>Tesfa</em> means &ldquo;hope.&rdquo; We bring together Ethiopian and Eritrean families working in Swanville,
Little Falls and the surrounding farms and plants.</p>
<h2>Amharic Saturday School</h2>
<p>Children learn to read and write Amharic (fidel) every Saturday from 10 am to noon. Free for all families.</p>
<h2>Office hours</h2>
<p>Tuesday and Thursday, 5&ndash;8 pm, or call to set a time.</p>
<h2>Genna dinner</h2>
<p>Celebrate Ethiopian Christmas with us on Tuesday, January 7, 2025 at 6 pm. If you can, bring injera or a pot
of wot.</p>
<h2>Support Tesfa</h2>
<p>Family memberships are $10 a month. Membership keeps the Saturday School and the office running.</p>
""")


def mc_block(inner):
    return """<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock" style="min-width:100%;">
<tbody class="mcnTextBlockOuter"><tr><td valign="top" class="mcnTextBlockInner" style="padding-top:9px;">
<table align="left" border="0" cellpadding="0" cellspacing="0" style="max-width:100%; min-width:100%;" width="100%" class="mcnTextContentContainer">
<tbody><tr><td valign="top" class="mcnTextContent" style="padding-top:0; padding-right:18px; padding-bottom:9px; padding-left:18px; color:#202020; font-family:Helvetica; font-size:16px; line-height:150%;">
""" + inner + """
</td></tr></tbody></table></td></tr></tbody></table>
"""


NEWSLETTER = """<!doctype html>
<html lang="en" xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">
<head>
<meta charset="UTF-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tesfa Monthly - November 2024</title>
<style type="text/css">p{margin:10px 0;padding:0;}table{border-collapse:collapse;}h1,h2,h3{display:block;margin:0;padding:0;}
#bodyTable{background-color:#FAFAFA;}.mcnTextContent{word-break:break-word;}</style>
</head>
<body style="height:100%;margin:0;padding:0;width:100%;background-color:#FAFAFA;">
<div style="background:#fff;padding:6px;font-size:12px;text-align:center;">Archived campaign &middot; <a href="/index.html">Back to tesfa home</a> &middot; <a href="/help.html">Ways to help</a></div>
<center>
<table align="center" border="0" cellpadding="0" cellspacing="0" height="100%" width="100%" id="bodyTable">
<tr><td align="center" valign="top" id="bodyCell" style="padding:10px;">
<!--[if (gte mso 9)|(IE)]><table align="center" border="0" cellspacing="0" cellpadding="0" width="600" style="width:600px;"><tr><td align="center" valign="top" width="600" style="width:600px;"><![endif]-->
<table border="0" cellpadding="0" cellspacing="0" width="100%" class="templateContainer" style="max-width:600px;">
<tr><td valign="top" id="templateHeader">
""" + mc_block("<h1>Tesfa Monthly &ndash; November 2024</h1>") + """
</td></tr>
<tr><td valign="top" id="templateBody">
""" + mc_block("""<h3>A note from our chair</h3>
<p>Selam, friends. It has been a busy autumn: three new families, a new roof on the office, and more children at
Saturday School than ever before.</p>
<p>Our annual meeting is in February and, under our bylaws, the books must be reviewed before then. I am asking
for one volunteer with accounting or bookkeeping experience to review the 2024 books in January. It is about
one afternoon of work.</p>
<p>With gratitude,<br>Tigist Alemu, Chair</p>""") + mc_block("""<h3>Thank you!</h3>
<p>Our Meskel bonfire in September drew 180 people, and the youth dancers were wonderful. Thank you to everyone
who cooked.</p>""") + mc_block("""<h3>Mentors for our teens</h3>
<p>Tesfa Youth pairs high school students with adults who meet them one hour a week to talk about college, jobs,
driving tests &ndash; whatever comes up. Six teens are waiting for a mentor right now.</p>""") + mc_block(
    """<h3>Coffee ceremony fundraiser</h3>
<p>Saturday, November 30, 2&ndash;5 pm at the Swanville Community Center. Tickets are $15; everything raised goes to
the Saturday School.</p>""") + """
</td></tr>
<tr><td valign="top" id="templateFooter">
""" + mc_block("""<em>Copyright &copy; 2024 Tesfa Ethiopian Community, All rights reserved.</em><br>
You are receiving this email because you signed up at one of our events.<br>
<a href="mailto:news@tesfa-swanville.example?subject=unsubscribe">unsubscribe from this list</a>""") + """
</td></tr>
</table>
<!--[if (gte mso 9)|(IE)]></td></tr></table><![endif]-->
</td></tr>
</table>
</center>
</body>
</html>
"""

HELP = page("en", "Ways to Help", """
<h1>Ways to Help</h1>
<p>Newly arrived families are resettled in Stearns and Morrison counties several times a year. Here is where we
are right now.</p>
<table class="roles" border="1" cellpadding="6">
<thead><tr><td></td><th scope="col">What it involves</th><th scope="col">Status</th></tr></thead>
<tbody>
<tr><th scope="row">Airport welcome drivers</th><td>Meet newly arrived families at MSP airport and drive them to
Swanville, about two hours each way. A few times a year, often on short notice.</td><td class="status">Open</td></tr>
<tr><th scope="row">Apartment setup crew</th><td>The week before a family arrives: carry in donated furniture, make
the beds, stock the kitchen.</td><td class="status">Open</td></tr>
<tr><th scope="row">Tax preparer (VITA-certified)</th><td>Free returns for members, February to April.</td>
<td class="status">Filled for the 2025 season</td></tr>
<tr><th scope="row">Grant writer</th><td>Contract work on our state grant application.</td>
<td class="status">Paid &ndash; see Jobs below</td></tr>
</tbody></table>
<h2>Jobs</h2>
<p>Tesfa will pay a grant writer $40 an hour for up to 60 hours in 2025. Send a writing sample to the chair.</p>
<h2>We also offer</h2>
<p>Help with DVS paperwork and driver&rsquo;s license appointments for members, every Thursday evening.</p>
""")

AMHARIC = page("am", "የበጎ ፈቃድ አገልግሎት", """
<h1>የበጎ ፈቃድ አገልግሎት</h1>
<p>ተስፋ ማኅበረሰብ በሚከተሉት ሥራዎች የሚያግዙ በጎ ፈቃደኞችን ይፈልጋል። ለመመዝገብ በ(320) 555-0148 ይደውሉ።</p>
<ul class="roles">
<li><h3>አስተርጓሚዎች ለሆስፒታል ቀጠሮዎች</h3>
<p>አማርኛና እንግሊዝኛ አቀላጥፈው የሚናገሩ፣ በሴንት ክላውድና በሊትል ፎልስ ሆስፒታሎች ቤተሰቦችን የሚያግዙ።</p></li>
<li><h3>ለአረጋውያን ምሳ የሚያበስሉ</h3>
<p>በየሁለት ሳምንቱ እሑድ ለአረጋውያን ምሳ ለማዘጋጀት ሦስት ሰዎች ያስፈልጉናል።</p></li>
<li><h3>የጽዳት ቡድን</h3>
<p>ሞልቷል — እናመሰግናለን!</p></li>
</ul>
<h2>የሚያስፈልጉን ዕቃዎች</h2>
<ul>
<li>ጤፍ ዱቄት</li>
<li>በርበሬና ሽሮ</li>
<li>የሕፃናት ዳይፐር</li>
<li>ብርድ ልብስ</li>
</ul>
<h2>ያገለገሉ ልብሶች</h2>
<p>ከእንግዲህ ያገለገሉ ልብሶች አያስፈልጉንም። መጋዘናችን ሞልቷል።</p>
<h2>የቡና ሥነ ሥርዓት</h2>
<p>ቅዳሜ ኅዳር 21 (November 30) ከቀኑ 8 ሰዓት ጀምሮ በስዋንቪል የማኅበረሰብ አዳራሽ። ሁላችሁም ተጋብዛችኋል።</p>
""")

ZENA = page("am", "ዜና", """
<h1>ዜና</h1>
<h2>የአቶ ዳዊት ቤተሰብ</h2>
<p>የአቶ ዳዊት ቤተሰብ ባለፈው ወር ከኬንያ መጥተው በስዋንቪል ቤት ተከራይተዋል። አራት ልጆች አሏቸው። አልጋ፣ የምግብ ጠረጴዛና ወንበሮች፣
እንዲሁም ለልጆቹ የክረምት ጃኬቶች ያስፈልጓቸዋል። መርዳት የምትችሉ ቢሮውን አነጋግሩ።</p>
<h2>የኮምፒውተር መምህር እንፈልጋለን</h2>
<p>ለአዋቂዎች መሠረታዊ የኮምፒውተር ትምህርት (ኢሜይል፣ የሥራ ማመልከቻ) የሚያስተምር በጎ ፈቃደኛ እንፈልጋለን። በሳምንት አንድ ምሽት።
አማርኛ ቢናገሩ ይመረጣል።</p>
<h2>የመስቀል በዓል</h2>
<p>መስከረም 17 የመስቀል በዓልን 180 ሰዎች በደመራ አክብረዋል። ለሁላችሁም ምስጋና ይድረሳችሁ።</p>
<h2>የቅዳሜ ትምህርት ቤት ምዝገባ</h2>
<p>ልጆችዎን ለማስመዝገብ ቅዳሜ ጠዋት የልደት ሰርቲፊኬታቸውን ይዘው ይምጡ።</p>
""")

BOARD = page("en", "Board minutes", """
<h1>Board Minutes &ndash; October 2024 (board members only)</h1>
<ol>
<li>Need a volunteer to chair the youth committee after Dawit steps down.</li>
<li>Ask Swanville Lutheran whether they would lend their van for the Genna dinner.</li>
<li>Seeking donated laptops for Saturday School older students.</li>
</ol>
""")

PAGES = {"index.html": INDEX, "newsletter-november-2024.html": NEWSLETTER, "help.html": HELP,
         "amharic.html": AMHARIC, "zena.html": ZENA, "board-only/minutes.html": BOARD}

ROBOTS = "User-agent: Googlebot\nDisallow: /drafts/\n\nUser-agent: *\nDisallow: /board-only/\n"

PDFS = {
    "newsletter/tesfa-winter-2025.pdf": ("Tesfa Community Newsletter - Winter 2025", [
        ("title", "Tesfa Community Newsletter - Winter 2025"),
        ("h", "Looking back at 2024"),
        ("p", "We welcomed 11 new families, held 48 Saturday School classes, and drove 23 people to their "
              "citizenship interviews."),
        ("h", "Knitting circle"),
        ("p", "The women's knitting circle meets Wednesday evenings at the office. This winter we are asking "
              "anyone who knits or crochets to make hats, scarves and mittens for the children of newly "
              "arrived families. The circle will give you the yarn."),
        ("h", "Adwa Victory Day talk"),
        ("p", "Sunday, March 2, 2025, 3 pm: Dr. Mesfin Abebe on the history of the Battle of Adwa. Coffee and "
              "dabo afterward."),
        ("h", "Family dues"),
        ("p", "Family dues for 2025 are $120 for the year and can be paid at the office or by check."),
    ]),
}

NEEDS = [
    N("newsletter-november-2024.html", ["review the 2024 books", "accounting or bookkeeping"], "skilled", "en",
      layout="mailchimp_letter_buried"),
    N("newsletter-november-2024.html", ["mentors for our teens"], "volunteer", "en", layout="mailchimp_block"),
    N("help.html", ["airport welcome drivers"], "volunteer", "en", layout="row_header_table"),
    N("help.html", ["apartment setup crew"], "volunteer", "en", layout="row_header_table"),
    N("amharic.html", ["አስተርጓሚዎች"], "skilled", "am", ["am", "en"], layout="role_list"),
    N("amharic.html", ["ምሳ የሚያበስሉ"], "volunteer", "am", layout="role_list"),
    N("amharic.html", ["የሚያስፈልጉን ዕቃዎች", "ጤፍ ዱቄት"], "donation", "am", layout="wish_list"),
    N("zena.html", ["የአቶ ዳዊት ቤተሰብ", "የክረምት ጃኬቶች"], "donation", "am", layout="story"),
    N("zena.html", ["የኮምፒውተር መምህር"], "skilled", "am", ["am"], layout="heading_paragraph"),
    N("newsletter/tesfa-winter-2025.pdf", ["knits or crochets", "knitting circle"], "skilled", "en", layout="pdf"),
]

TRAPS = [
    T("index.html", "service", ["amharic saturday school"]),
    T("index.html", "hours", ["office hours"]),
    T("index.html", "event", ["genna dinner"], "bring injera"),
    T("index.html", "general_appeal", ["support tesfa"]),
    T("newsletter-november-2024.html", "recap", ["meskel bonfire"]),
    T("newsletter-november-2024.html", "event", ["coffee ceremony fundraiser"]),
    T("help.html", "filled", ["tax preparer"], "filled for the 2025 season"),
    T("help.html", "job", ["grant writer"]),
    T("help.html", "service", ["dvs paperwork"]),
    T("amharic.html", "filled", ["የጽዳት ቡድን"], "ሞልቷል = it is full"),
    T("amharic.html", "filled", ["ያገለገሉ ልብሶች"], "ከእንግዲህ ... አያስፈልጉንም = no longer needed"),
    T("amharic.html", "event", ["የቡና ሥነ ሥርዓት"]),
    T("zena.html", "recap", ["የመስቀል በዓል"]),
    T("zena.html", "how_to_apply", ["ምዝገባ"]),
    T("newsletter/tesfa-winter-2025.pdf", "recap", ["looking back at 2024"]),
    T("newsletter/tesfa-winter-2025.pdf", "event", ["adwa victory day"]),
    T("newsletter/tesfa-winter-2025.pdf", "general_appeal", ["family dues"]),
    T("board-only/minutes.html", "robots", ["chair the youth committee"]),
    T("board-only/minutes.html", "robots", ["lend their van"]),
    T("board-only/minutes.html", "robots", ["donated laptops"]),
]
