from common import N, T

SLUG = "slayton-karen-mutual-help"

# S'gaw Karen strings (low confidence; each has an English gloss printed next to it on the page)
K_HELP = "တၢ်မၤစၢၤ"
K_INTERP = "ပှၤကတိၤကျိာ် ကညီ–ကလံၤ"
K_CLOTHES = "ဆ့ၤကၤလၢဖိသၣ်"
K_COOKS = "ပှၤဖီတၢ်အီၣ်"
K_FULL = "ပှဲၤလံ"
K_NEWYEAR = "ကညီနံၣ်ထီၣ်သီ"
K_CLASS = "ကလံၤကျိာ်ကၠိ"

HEAD = """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/style.css">
</head>
<body>
<table class="shell" width="100%"><tr><td>
<h3 class="site">Slayton Karen Mutual Help</h3>
<p class="menu"><a href="/">Home</a> &bull; <a href="/help.html">How to help</a> &bull; <a href="/story.html">Stories</a> &bull; <a href="/kar.html" hreflang="kar">ကညီ</a> &bull; <a href="/news.pdf">Spring newsletter (PDF)</a></p>
<hr>
"""

FOOT = """
<hr>
<p class="small">Slayton Karen Mutual Help &middot; c/o First Baptist Church, 2620 Broadway Ave, Slayton, MN 56172 &middot; 507-555-0108 &middot; <a href="mailto:help@slaytonkaren.example">help@slaytonkaren.example</a><br>
<a href="/elders/prayer-list.html">Elders' committee</a></p>
</td></tr></table>
</body>
</html>
"""


def page(lang, title, body):
    return HEAD.format(lang=lang, title=title) + body + FOOT


PAGES = {}

PAGES["index.html"] = page("en", "Slayton Karen Mutual Help", """
<h1>Karen families helping each other since 2012</h1>
<p>About 70 Karen families live in Murray and Nobles counties. We share rides, rice, news and a lot of tea.</p>
<h2>Drop-in</h2>
<p>Drop-in hours are Sunday after church, 1&ndash;3 pm, and Wednesday evenings 6&ndash;8 pm in the church basement.</p>
<h2>What we do</h2>
<p>We translate school letters and bills, help with rental applications, and run a small emergency shelf of rice and oil.</p>
<p><b>We always need helpers!</b> See our <a href="/help.html">How to help</a> page.</p>
<p class="give">Give to our emergency fund for families who lose work or have a medical crisis. <a href="#">Donate</a></p>
<p><a href="/photos/new-year-2024.html">Photos: Karen New Year 2024</a></p>
""")

PAGES["help.html"] = page("en", "How to help", """
<h1>How to help</h1>

<h2>Winter rides</h2>
<p>Many of our families do not drive in snow. We are seeking volunteers with four-wheel drive to take people to medical appointments in Worthington and Marshall, December through March.</p>

<h2>Rice distribution, first Sunday of the month</h2>
<table border="1" cellpadding="5" cellspacing="0">
 <tr><th>Job</th><th>Helpers needed</th><th>Signed up</th></tr>
 <tr><td>Carry 50-lb rice bags</td><td>4</td><td>4</td></tr>
 <tr><td>Sign-in list</td><td>2</td><td>1</td></tr>
 <tr><td>Deliver to homebound elders</td><td>3</td><td>0</td></tr>
</table>

<h2>Paperwork</h2>
<p>Seeking a notary public who can come once a month to stamp documents for families. It usually takes an hour.</p>

<h2>Rides to church</h2>
<p><b>FULL for now</b> &ndash; we have six drivers. Thank you!</p>

<h2>Paid: Family liaison</h2>
<p>The school district is hiring a Karen-speaking family liaison, 30 hours a week. Apply on the district website.</p>
""")

PAGES["story.html"] = page("en", "Stories", """
<h1>Stories</h1>
<div class="post">
 <h2>Meet the Htoo family</h2>
 <p>Saw Htoo, his wife Naw Paw and their four children came from Mae La camp in Thailand in September. Their apartment in Slayton is still bare. They need a kitchen table and chairs, a vacuum cleaner, and warm bedding for the kids. Call 507-555-0108 if you can help.</p>
</div>
<div class="post">
 <h2>Thank you, St. Ann's!</h2>
 <p>The youth group at St. Ann's collected 80 winter coats for our families in November.</p>
</div>
<div class="post">
 <h2>Naw Eh Kaw, our volunteer of the year</h2>
 <p>Naw Eh Kaw has driven more than 4,000 miles taking neighbors to appointments this year.</p>
</div>
<div class="post teaser">
 <h2><a href="#">Read more: what the wrist-tying ceremony means to us</a></h2>
</div>
""")

PAGES["kar.html"] = page("kar", "ကညီ " + K_HELP, """
<h1>""" + K_HELP + """ (Help needed)</h1>
<p>Please call 507-555-0108.</p>

<h2>""" + K_INTERP + """ (Karen–English interpreter)</h2>
<p>Tuesday clinic visits in Worthington. 9 am &ndash; 12 pm.</p>

<h2>""" + K_CLOTHES + """ (clothes for children)</h2>
<p>Size 4 &ndash; size 12. Sunday 1 &ndash; 3 pm.</p>

<h2><s>""" + K_COOKS + """ (cooks for the New Year party)</s></h2>
<p><b>""" + K_FULL + """</b> (we have enough)</p>

<h2>""" + K_NEWYEAR + """ (Karen New Year party)</h2>
<p>January 11, Slayton Community Center, 10 am.</p>

<h2>""" + K_CLASS + """ (English class)</h2>
<p>Thursday 6 pm. Free.</p>
""")

PAGES["elders/prayer-list.html"] = page("en", "Elders' committee", """
<h1>Elders' committee &mdash; private</h1>
<ul>
 <li>Find someone to drive Pu Kyaw to dialysis on Mondays and Thursdays.</li>
 <li>Collect rice and chicken for the funeral meal for Pi Mu Htoo's family.</li>
 <li>Look for a Karen-speaking home health aide for Pi Say Paw.</li>
</ul>
""")

ROBOTS = """User-agent: *
Disallow: /elders/
"""

PDFS = {
    "news.pdf": ("Slayton Karen Mutual Help - Spring Newsletter", [
        ("title", "Slayton Karen Mutual Help - Spring Newsletter"),
        ("h", "Thank you, drivers"),
        ("p", "This winter our volunteers gave 212 rides to clinics, the bank and the county office."),
        ("h", "News from the sewing group"),
        ("p", "Ma Lay's sewing group wants to start a class for teen girls this summer, but their two old machines "
              "keep breaking. If you have a working sewing machine to give, please call Ma Lay at 507-555-0108."),
        ("h", "Soccer"),
        ("p", "The summer league kickoff is Saturday, June 8 at Slayton Park. We are short on soccer cleats for the "
              "younger players, sizes youth 1 to adult 9. Used is fine."),
    ]),
}

NEEDS = [
    N("help.html", ["winter rides", "four-wheel drive"], "volunteer", "en", layout="heading_paragraph"),
    N("help.html", ["sign-in list"], "volunteer", "en", layout="shift_table", note="2 needed, 1 signed up"),
    N("help.html", ["homebound elders"], "volunteer", "en", layout="shift_table", note="3 needed, 0 signed up"),
    N("help.html", ["notary public"], "skilled", "en", layout="seeking"),
    N("story.html", ["kitchen table", "warm bedding", "vacuum cleaner"], "donation", "en", layout="story"),
    N("kar.html", ["karen–english interpreter", K_INTERP.lower()], "skilled", "kar", ["kar", "en"],
      layout="heading_paragraph", note="English gloss printed next to Karen heading"),
    N("kar.html", ["clothes for children", K_CLOTHES.lower()], "donation", "kar", layout="heading_paragraph"),
    N("news.pdf", ["sewing machine"], "donation", "en", layout="newsletter_buried"),
    N("news.pdf", ["soccer cleats"], "donation", "en", layout="short_on", note="PDF, 'short on'"),
]

TRAPS = [
    T("index.html", "hours", ["drop-in hours"]),
    T("index.html", "service", ["school letters"]),
    T("index.html", "general_appeal", ["we always need helpers"], note="pointer without a role"),
    T("index.html", "general_appeal", ["emergency fund"]),
    T("help.html", "filled", ["carry 50-lb rice bags"], note="4 needed, 4 signed up"),
    T("help.html", "filled", ["rides to church"], note="FULL for now"),
    T("help.html", "job", ["family liaison"]),
    T("story.html", "recap", ["80 winter coats"]),
    T("story.html", "bio", ["naw eh kaw"]),
    T("story.html", "blog", ["wrist-tying ceremony"]),
    T("kar.html", "filled", ["cooks for the new year party", K_COOKS.lower()], note="struck + FULL in Karen"),
    T("kar.html", "event", ["karen new year party", K_NEWYEAR.lower()]),
    T("kar.html", "service", ["english class", K_CLASS.lower()]),
    T("news.pdf", "recap", ["212 rides"]),
    T("news.pdf", "event", ["league kickoff"]),
    T("elders/prayer-list.html", "robots", ["dialysis"]),
    T("elders/prayer-list.html", "robots", ["funeral meal"]),
    T("elders/prayer-list.html", "robots", ["home health aide"]),
]
