"""Cosmos Hmong Growers Cooperative (Cosmos, MN). Squarespace-like sections; English + Hmong.
Robots: several user-agent groups; GPTBot/CCBot disallow everything, the generic `*` group
disallows /members/."""
from common import N, T

SLUG = "cosmos-hmong-growers-cooperative"
TOWN = "cosmos"


def shell(title, body, lang="en", nav=None):
    nav = nav or ('<a href="/">Home</a><a href="/volunteer.html">Volunteer</a>'
                  '<a href="/hmn/">Hmoob</a><a href="/hmn/xov-xwm.html">Xov Xwm</a>'
                  '<a href="/members/">Members</a>')
    return """<!doctype html>
<html lang="%s">
<head>
<meta charset="utf-8">
<title>%s &mdash; Cosmos Hmong Growers Cooperative</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="https://static1.sqspcdn.example/static/versioned-site-css/site.css">
</head>
<body id="collection-5f2a" class="header-layout--with-commerce">
<div class="Header"><div class="Header-inner">
<div class="Header-branding"><a href="/">Cosmos Hmong Growers Cooperative</a></div>
<nav class="Header-nav">%s</nav>
</div></div>
<div class="Main-content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="page">
%s
</div>
</div>
<footer class="Footer"><div class="sqs-block html-block"><div class="sqs-block-content">
<p>Cosmos Hmong Growers Cooperative &middot; 24110 County Road 4, Cosmos, MN &middot; 320-555-0161 &middot; hello@cosmoshmonggrowers.example</p>
<p><a href="/xov-xwm-lub-caij-ntuj-sov-2025.pdf">Xov Xwm / Summer newsletter (PDF)</a></p>
</div></div></footer>
</body>
</html>
""" % (lang, title, nav, body)


def block(html):
    return '<div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block"><div class="sqs-block-content">\n%s\n</div></div></div></div>' % html


INDEX = shell("Home", "\n".join([
    block("<h1>Fresh from Hmong family farms</h1><p>Eighteen families farm together on 40 acres north of Cosmos. "
          "We grow bok choy, long beans, Thai chilies, bitter melon, lemongrass and flowers for markets from Willmar to the Twin Cities.</p>"),
    block("<h2>Farm stand</h2><p>Open Saturdays 8:00 a.m. &ndash; 1:00 p.m., June through October, at the County Road 4 gate.</p>"),
    block("<h2>CSA shares</h2><p>A CSA share is $350 for 16 weeks of vegetables, picked up at the farm stand or in Litchfield. "
          "Sliding-scale shares are available for families using SNAP.</p>"),
    block("<h2>Seeking: a walk-in cooler</h2><p>Right now our families store their harvest in picnic coolers and in the back of "
          "their vans. Vegetables that could go to market wilt by noon. We are seeking a used walk-in cooler, or a "
          "refrigerated trailer that still runs, for the wash station. If your restaurant or business is replacing one, "
          "please call Pa Houa Xiong at 320-555-0162. We can arrange pickup.</p>"),
    block("<h2>Harvest Festival</h2><p>Saturday, September 20, 11:00 a.m. &ndash; 4:00 p.m. Farm tours, Hmong food, "
          "music and a kids&rsquo; pumpkin patch. Free admission.</p>"),
    block("<h2>Volunteer with us</h2><p>Our growers welcome help all season. <a href=\"/volunteer.html\">See this week&rsquo;s "
          "volunteer calendar</a>.</p>"),
    block("<h2>Support the land fund</h2><p>The co-op hopes to buy the land we rent by 2028. "
          "<a href=\"https://givebutter.example/cosmos-land\">Give to the land fund</a>.</p>"),
    block("<p><a href=\"/blog/harvest-2024\">Read: our 2024 season in pictures</a></p>"),
]))

VOLUNTEER = shell("Volunteer", "\n".join([
    block("<h1>Volunteer calendar</h1><p>Week of September 8, 2025. Tasks repeat every week until the first frost "
          "unless noted. Farm work starts early and ends before the heat. Wear closed shoes.</p>"),
    block("""<table class="calendar">
<thead><tr><th>Day</th><th>Task</th><th>Time</th><th>Spots</th><th>Status</th></tr></thead>
<tbody>
<tr><td>Tuesday</td><td>Harvest crew (cutting greens, picking beans)</td><td>7:00&ndash;10:00 a.m.</td><td>6</td><td>3 spots open</td></tr>
<tr><td>Wednesday</td><td>Wash &amp; pack line</td><td>8:00&ndash;11:00 a.m.</td><td>4</td><td><strong>FULL</strong></td></tr>
<tr><td>Thursday</td><td>Food shelf delivery run (co-op truck, to Litchfield and Willmar food shelves)</td><td>1:00&ndash;3:00 p.m.</td><td>1</td><td>Open &ndash; driver&rsquo;s license needed</td></tr>
<tr><td>Friday</td><td>Greenhouse watering</td><td>6:00&ndash;7:00 p.m.</td><td>2</td><td>Covered through October &#10003;</td></tr>
<tr><td>Saturday</td><td>Farmers market booth helper (Litchfield market)</td><td>7:30 a.m.&ndash;1:00 p.m.</td><td>2</td><td>Open &ndash; Hmong or English speakers, both welcome</td></tr>
<tr><td>Sunday</td><td colspan="4">No farm work. Families rest.</td></tr>
</tbody></table>"""),
    block("<h2>How to sign up</h2><p>Text your name and the day to 320-555-0163. You will get a reply with directions to the field. "
          "Kids under 14 must come with an adult.</p>"),
    block("<h2>Skilled help</h2><p>This winter the co-op has its first outside audit. Our treasurer keeps the books in a "
          "notebook. We need a volunteer who knows QuickBooks to help us set up our bookkeeping and get the records "
          "ready for the audit, about 4 hours a month from November to February.</p>"),
    block("<h2>Job opening: seasonal farm manager</h2><p>Paid position, $20/hour, 30 hours a week, April&ndash;October. "
          "Coordinates planting schedules and the wash station. Hmong and English required. Apply by email.</p>"),
]))

HMN_INDEX = shell("Hmoob", "\n".join([
    block("<h1>Koom Haum Neeg Ua Liaj Ua Teb Hmoob Cosmos</h1><p>Peb yog 18 tsev neeg Hmoob uas ua liaj ua teb ua ke "
          "ntawm 40 daim av. Nyob zoo thiab txais tos koj.</p>"),
    block("<h2>Peb xav tau kev pab</h2>"
          "<h3>Neeg txhais lus (Hmoob &ndash; Askiv)</h3><p>Lub caij ntuj no peb muaj chav kawm txog kev cog qoob loo, "
          "kev siv tshuaj thiab kev muag zaub. Cov xib fwb hais lus Askiv xwb. Peb xav tau 2 tus neeg txhais lus uas "
          "paub lus Hmoob thiab lus Askiv zoo, hnub Tuesday tsaus ntuj 6:00&ndash;8:00 teev, lub 11 hlis txog lub 2 hlis.</p>"
          "<h3>Kav dej thiab drip tape</h3><p>Peb muaj 12 daim teb tshiab tab sis tsis muaj kav dej txaus. Yog koj muaj "
          "kav dej (hose) qub uas tseem zoo los yog drip tape, thov coj tuaj pub rau peb ntawm lub tsev ntim zaub.</p>"
          "<h3>Neeg tsav tsheb coj cov laus mus teb</h3><p>Muaj 5 tus niam txiv laus uas tsis muaj tsheb. Peb xav tau "
          "neeg pab tsav tsheb coj lawv los ntawm Litchfield mus rau teb hnub Tuesday thiab Thursday sawv ntxov.</p>"),
    block("<h2>Cov tub ntxhais hluas pab hnub Saturday</h2><p>Muaj neeg txaus lawm rau xyoo no. Ua tsaug ntau!</p>"),
    block("<h2>Kev cob qhia ua liaj ua teb dawb</h2><p>Peb qhia dawb txog kev cog zaub, kev muag zaub hauv khw thiab "
          "kev sau ntawv rau USDA. Txhua tus neeg ua liaj ua teb Hmoob tuaj kawm tau.</p>"),
    block("<h2>Yuav ua li cas thiaj tau ib thaj av cog qoob</h2><p>Sau daim ntawv thov ua ntej lub 3 hlis ntuj tim 1. "
          "Yuav tsum yog ib tug tswv cuab ntawm koom haum. Hu rau Pa Houa 320-555-0162.</p>"),
    block("<h2>Khw muag zaub</h2><p>Qhib hnub Saturday 8:00 teev sawv ntxov txog 1:00 teev tav su.</p>"),
    block("<h2>Noj Peb Caug</h2><p>Noj Peb Caug yuav muaj rau hnub tim 22 lub 11 hlis ntuj ntawm Cosmos Community Center. "
          "Txhua leej txhua tus tuaj koom tau.</p>"),
]), lang="hmn")

HMN_NEWS = shell("Xov Xwm", "\n".join([
    block("<h1>Xov Xwm</h1>"),
    block("<article><h2>Niam Tais Yer thiab nws lub teb</h2><p class=\"meta\">Lub 9 hlis ntuj 2025</p>"
          "<p>Niam Tais Yer muaj 71 xyoo. Nws cog zaub ntsuab, dib thiab taub rau nws tsev neeg thiab muag hauv khw "
          "tau 9 xyoo lawm. Lub hli dhau los nws lub tshuab laij teb puas lawm, kho tsis tau. Tam sim no nws siv hlau "
          "khawb av xwb, thiab nws ob txhais tes mob heev. Yog leej twg muaj ib lub tshuab laij teb (tiller) qub uas "
          "tseem siv tau, thov pub rau Niam Tais Yer. Hu rau Pa Houa.</p></article>"),
    block("<article><h2>Ua tsaug rau cov neeg tuaj pab sau qoob</h2><p class=\"meta\">Lub 8 hlis ntuj 2025</p>"
          "<p>Hnub tim 16 lub 8 hlis muaj 45 tus neeg tuaj pab sau qoob loo thiab ntim zaub. Peb sau tau 3,000 phaus "
          "zaub rau cov tsev txhab nyiaj zaub mov. Ua tsaug ntau rau txhua tus!</p></article>"),
    block("<article><h2>Lub tsheb laij teb</h2><p class=\"meta\">Lub 7 hlis ntuj 2025</p>"
          "<p>Lub tsheb laij teb (tractor) loj ntawm koom haum tsis ua hauj lwm lawm txij li lub 6 hlis. Nws lub "
          "hydraulic puas. Peb xav tau ib tug neeg uas paub kho tsheb laij teb los saib thiab pab kho. Peb yuav yuav "
          "cov khoom siv.</p></article>"),
    block("<h2>Ua tsaug rau cov neeg pub nyiaj xyoo 2025</h2><ul><li>Lis Vaj thiab tsev neeg</li><li>Kandiyohi Seed Co.</li>"
          "<li>Ntxhi Thoj</li><li>First Lutheran Church</li></ul>"),
]), lang="hmn")

MEMBERS = shell("Members", "\n".join([
    block("<h1>Members only</h1><p>Password protected area for co-op members. Minutes and equipment schedule.</p>"),
    block("<h2>Board notes, August</h2><ul>"
          "<li>We need a new board secretary after Mai leaves in December.</li>"
          "<li>Seeder storage: someone with a dry barn to store the seeder over winter.</li>"
          "<li>Sign up to cook for the annual meeting (members bring one dish).</li></ul>"),
]))

PAGES = {
    "index.html": INDEX,
    "volunteer.html": VOLUNTEER,
    "hmn/index.html": HMN_INDEX,
    "hmn/xov-xwm.html": HMN_NEWS,
    "members/index.html": MEMBERS,
}

ROBOTS = """# robots.txt for cosmoshmonggrowers.example
User-agent: Googlebot
Disallow: /search

User-agent: GPTBot
User-agent: CCBot
Disallow: /

User-agent: *
Disallow: /members/
Disallow: /cart

Sitemap: https://cosmoshmonggrowers.example/sitemap.xml
"""

PDFS = {
    "xov-xwm-lub-caij-ntuj-sov-2025.pdf": ("Xov Xwm Lub Caij Ntuj Sov 2025", [
        ("title", "Xov Xwm Lub Caij Ntuj Sov 2025 - Koom Haum Neeg Ua Liaj Ua Teb Hmoob Cosmos"),
        ("h", "Nyob zoo txhua tus tswv cuab"),
        ("p", "Xyoo no peb cog tau zoo heev. Lub caij nplooj ntoos hlav los nag ntau, tab sis txhua tsev neeg tseem "
              "cog tau raws sij hawm. Ua tsaug rau cov tub ntxhais hluas uas tuaj pab cog hnub tim 10 lub 5 hlis."),
        ("h", "CSA"),
        ("p", "Xyoo no peb muaj 120 tus neeg yuav CSA. Txhua hnub Friday peb yuav tsum ntim 120 lub thawv zaub. Peb xav "
              "tau neeg pab ntim zaub rau CSA txhua hnub Friday 7:00 teev sawv ntxov txog 10:00 teev. Tsis tas paub "
              "lus Askiv. Hu rau Txiv Neeb 320-555-0164."),
        ("h", "Khw muag zaub"),
        ("p", "Khw muag zaub ntawm lub rooj vag qhib hnub Saturday 8:00 teev sawv ntxov txog 1:00 teev tav su."),
        ("h", "Chav kawm lub caij ntuj no"),
        ("p", "Chav kawm txog kev siv av thiab kev ua ntawv se yuav pib hnub tim 4 lub 11 hlis ntuj, 6:00 teev tsaus ntuj, "
              "ntawm Cosmos Community Center."),
        ("h", "Nqi CSA xyoo 2026"),
        ("p", "Ib feem CSA yuav yog $350. Cov tsev neeg siv SNAP them tsawg dua."),
    ], {"lang": "hmn"}),
}

NEEDS = [
    N("index.html", ["walk-in cooler", "refrigerated trailer"], "donation", "en", [], "seeking",
      "'Seeking: a walk-in cooler'"),
    N("volunteer.html", ["harvest crew"], "volunteer", "en", [], "weekly_calendar", "3 of 6 spots open"),
    N("volunteer.html", ["food shelf delivery run", "delivery run"], "volunteer", "en", [], "weekly_calendar",
      "open row, drives the co-op truck"),
    N("volunteer.html", ["farmers market booth helper", "booth helper"], "volunteer", "en", [], "weekly_calendar",
      "open row; Hmong or English both welcome, so languages empty"),
    N("volunteer.html", ["quickbooks", "bookkeeping"], "skilled", "en", [], "heading_paragraph",
      "generic heading 'Skilled help'"),
    N("hmn/index.html", ["neeg txhais lus"], "skilled", "hmn", ["hmn", "en"], "heading_paragraph",
      "interpreters for winter farm classes"),
    N("hmn/index.html", ["kav dej", "drip tape"], "donation", "hmn", [], "heading_paragraph", "hoses and drip tape"),
    N("hmn/index.html", ["neeg tsav tsheb", "tsav tsheb coj cov laus"], "volunteer", "hmn", [], "heading_paragraph",
      "drivers for elders to the farm"),
    N("hmn/xov-xwm.html", ["tshuab laij teb", "tiller"], "donation", "hmn", [], "story",
      "elder farmer's broken tiller; a used tiller is asked for"),
    N("hmn/xov-xwm.html", ["kho tsheb laij teb", "tractor"], "skilled", "hmn", [], "newsletter_buried",
      "tractor hydraulics repair; co-op buys the parts"),
    N("xov-xwm-lub-caij-ntuj-sov-2025.pdf", ["ntim zaub rau csa", "pab ntim zaub"], "volunteer", "hmn", [], "pdf",
      "Hmong PDF newsletter; packing CSA boxes on Fridays"),
]

TRAPS = [
    T("index.html", "hours", ["farm stand", "saturdays 8:00"]),
    T("index.html", "service", ["csa share", "sliding-scale shares"], "a product sold to customers"),
    T("index.html", "event", ["harvest festival", "pumpkin patch"]),
    T("index.html", "teaser", ["volunteer calendar"], "points to volunteer.html"),
    T("index.html", "general_appeal", ["land fund"]),
    T("index.html", "blog", ["our 2024 season in pictures"], "link to a (missing) blog post"),
    T("volunteer.html", "filled", ["wash & pack line"], "FULL"),
    T("volunteer.html", "filled", ["greenhouse watering"], "'Covered through October'"),
    T("volunteer.html", "how_to_apply", ["how to sign up", "text your name"]),
    T("volunteer.html", "job", ["seasonal farm manager", "$20/hour"], "paid"),
    T("hmn/index.html", "filled", ["cov tub ntxhais hluas pab", "muaj neeg txaus lawm"], "'we have enough people'"),
    T("hmn/index.html", "service", ["kev cob qhia ua liaj ua teb dawb"], "free training for farmers"),
    T("hmn/index.html", "how_to_apply", ["sau daim ntawv thov", "ib thaj av cog qoob"], "how to get a plot"),
    T("hmn/index.html", "hours", ["khw muag zaub"]),
    T("hmn/index.html", "event", ["noj peb caug"], "Hmong New Year"),
    T("hmn/xov-xwm.html", "recap", ["tuaj pab sau qoob", "3,000 phaus"], "thank-you for a past harvest day"),
    T("hmn/xov-xwm.html", "donor_list", ["cov neeg pub nyiaj", "kandiyohi seed co"]),
    T("members/index.html", "robots", ["board secretary"]),
    T("members/index.html", "robots", ["seeder storage", "dry barn"]),
    T("members/index.html", "robots", ["cook for the annual meeting"]),
    T("xov-xwm-lub-caij-ntuj-sov-2025.pdf", "recap", ["tuaj pab cog"], "thanks for spring planting"),
    T("xov-xwm-lub-caij-ntuj-sov-2025.pdf", "hours", ["lub rooj vag"], "market stand hours"),
    T("xov-xwm-lub-caij-ntuj-sov-2025.pdf", "event", ["chav kawm txog kev siv av"], "winter class dates"),
    T("xov-xwm-lub-caij-ntuj-sov-2025.pdf", "service", ["nqi csa"], "CSA price"),
]
