"""Site 10: Hoffman Lakes Area Repair Café (Hugo static-site theme).
Layouts: aside wish list, ask in the home-page footer, fixer roster matrix with
merged header rows (names in cells, WANTED / covered status), blog list with a
full-text ask among teasers and recaps, FAQ answers, English PDF flyer."""
from kit import need, trap

SLUG = "hoffman-lakes-area-repair-cafe"
TOWN = "hoffman"

def head(title):
    return """<!DOCTYPE html>
<html lang="en-us">
<head><meta charset="utf-8"><meta name="generator" content="Hugo 0.121.1">
<title>%s</title><link rel="stylesheet" href="/css/ananke.min.css"></head>
<body class="ma0 avenir bg-near-white">
<header class="bg-dark-gray"><nav class="pv3 ph3 ph4-ns"><a href="/index.html" class="f3 fw2 white-90 dib no-underline">Hoffman Repair Café</a>
<ul class="pl0 mr3"><li class="list f5 f4-ns fw4 dib pr3"><a href="/fixers.html">Fixers</a></li>
<li class="list f5 f4-ns fw4 dib pr3"><a href="/blog.html">Blog</a></li>
<li class="list f5 f4-ns fw4 dib pr3"><a href="/faq.html">FAQ</a></li>
<li class="list f5 f4-ns fw4 dib pr3"><a href="/flyer-november.pdf">Flyer</a></li></ul></nav></header>
<main class="pb7" role="main"><article class="flex-l flex-wrap justify-between mw8 center ph3">
""" % title

def foot(extra=""):
    return """</article></main>
<footer class="bg-black bottom-0 w-100 pa3" role="contentinfo"><div class="flex justify-between">
%s<p class="f6 fw4 white-70">Hoffman Lakes Area Repair Café &middot; meets at the American Legion, 111 1st Street, Hoffman &middot; 555-0105 &middot; fixit@hoffmanrepaircafe.org</p>
<p class="f6"><a href="/photos/oct-2025.html">October photos</a> &middot; <a href="/volunteers-only/roster.html">Volunteers only</a></p>
</div></footer></body></html>
""" % extra

PAGES = {}
PAGES["index.html"] = head("Hoffman Lakes Area Repair Café") + """
<div class="nested-copy-line-height lh-copy w-two-thirds-l">
<h1>Hoffman Lakes Area Repair Café</h1>
<p>Bring your broken lamp, torn jacket or wobbly chair. Volunteer fixers mend it with you, for free, and you learn how it works.</p>
<h2>Next Repair Café</h2>
<p>Saturday, November 15, 10 am&ndash;1 pm, American Legion hall, Hoffman. Coffee and bars!</p>
<h2>Tip jar</h2>
<p>We run on tips for parts and fuses. Every little bit helps.</p>
</div>
<aside class="w-30-l mt6-l">
<h3 class="f6 ttu tracked">Tool wish list</h3>
<ul><li>Soldering station</li><li>Digital multimeter</li><li>Sewing machine needles (size 90/14)</li><li>Bike tire levers</li></ul>
</aside>
""" + foot("""<p class="f6 white-80">Fixers wanted &mdash; especially someone who can sharpen knives and scissors. <a href="/fixers.html">See the roster</a>.</p>
""")

PAGES["fixers.html"] = head("Fixers | Hoffman Repair Café") + """
<div class="w-100">
<h1>Fixer roster, winter 2025&ndash;26</h1>
<table class="collapse ba br2 b--black-10 pv2 ph3">
<thead>
<tr><th rowspan="2">Skill</th><th colspan="3">Fixers signed up</th><th rowspan="2">Status</th></tr>
<tr><th>Nov 15</th><th>Dec 13</th><th>Jan 17</th></tr>
</thead>
<tbody>
<tr><td>Small electrics &amp; lamps</td><td>Arnie</td><td>Arnie</td><td>Arnie</td><td>covered</td></tr>
<tr><td>Bicycles</td><td>&mdash;</td><td>&mdash;</td><td>&mdash;</td><td><strong>WANTED</strong></td></tr>
<tr><td>Clothing &amp; mending</td><td>Marit</td><td>&mdash;</td><td>&mdash;</td><td>need Dec + Jan</td></tr>
<tr><td>Computers &amp; phones</td><td>Jess</td><td>Jess</td><td>Jess</td><td>covered</td></tr>
<tr><td>Jewelry</td><td colspan="3"><em>we stopped fixing jewelry in 2024</em></td><td>not needed</td></tr>
<tr><td>Sign-in table</td><td>&mdash;</td><td>Carol</td><td>&mdash;</td><td>need Nov + Jan</td></tr>
</tbody></table>
<p>Coffee &amp; bars: the Lutheran church women have this covered, thank you!</p>
</div>
""" + foot()

PAGES["blog.html"] = head("Blog | Hoffman Repair Café") + """
<div class="w-100">
<article class="bb b--black-10"><h2><a href="/blog.html#why">Why we fix</a></h2>
<p>Every lamp we save is a lamp that doesn&rsquo;t go to the county landfill &hellip; <a href="/blog.html#why">Read more</a></p></article>
<article class="bb b--black-10"><h2>Lamps, lamps, lamps</h2>
<p>October&rsquo;s café fixed 31 of 40 items, including 11 lamps. Arnie is a legend.</p></article>
<article class="bb b--black-10" id="ask"><h2>A small ask</h2>
<p>We have outgrown our plastic tubs. If anyone has sturdy metal shelving units, about six feet tall, we would love two of them for the Legion storage room. We can pick up.</p></article>
<article class="bb b--black-10"><h2>Thank you, Hoffman Hardware</h2>
<p>For the bin of screws, fuses and lamp sockets. You saved us a trip to Alexandria.</p></article>
</div>
""" + foot()

PAGES["faq.html"] = head("FAQ | Hoffman Repair Café") + """
<div class="w-100">
<h1>Questions</h1>
<h3>Do you charge?</h3>
<p>No. Repairs are free; the tip jar helps buy parts.</p>
<h3>What can&rsquo;t you fix?</h3>
<p>Microwaves, gas appliances and anything with a sealed battery.</p>
<h3>How do I bring an item?</h3>
<p>Bring one item per person, with any loose parts and the manual if you have it. Sign in at the front table.</p>
<h3>I can&rsquo;t fix things. Can I still help?</h3>
<p>Yes! We are short on someone to keep our repair log: a spreadsheet of what came in, what got fixed and what it weighed. A laptop helps; Excel basics are enough.</p>
<h3>Do you take broken items for parts?</h3>
<p>Not right now &mdash; we have more spare-part lamps and radios than we can store.</p>
</div>
""" + foot()

PAGES["volunteers-only/roster.html"] = head("Volunteers only") + """
<div class="w-100">
<h1>Fixer contacts &amp; planning (volunteers only)</h1>
<ul>
<li>Need someone to host the January café if the Legion is booked.</li>
<li>Looking for a volunteer coordinator to take over from Carol in the spring.</li>
</ul>
</div>
""" + foot()

ROBOTS = """User-agent: *
Disallow: /volunteers-only/
"""

PDFS = {
    "flyer-november.pdf": ("Repair Cafe - November 15", [
        ("title", "REPAIR CAFE - Hoffman Lakes Area"),
        ("p", "Saturday, November 15 - 10 am to 1 pm - American Legion hall, 111 1st Street"),
        ("h", "Free repairs"),
        ("p", "Lamps, toasters, clothing, bikes, small furniture and toys. Fix it with a volunteer instead of throwing it away."),
        ("h", "Fixers wanted: small engines"),
        ("p", "We keep turning away snowblowers and lawn mowers. If you can tune a small engine, bring your wrenches and join us."),
        ("h", "Bring only one item"),
        ("p", "One item per person, please. Sign in at the front table and we will call your number."),
    ]),
}

P_IDX, P_FX, P_BL, P_FAQ, P_PDF, P_RO = ("index.html", "fixers.html", "blog.html", "faq.html",
                                         "flyer-november.pdf", "volunteers-only/roster.html")
NEEDS = [
    need(P_IDX, ["tool wish list", "soldering station"], "donation", "en", layout="aside_wish_list"),
    need(P_IDX, ["sharpen knives", "knives and scissors"], "skilled", "en", layout="footer",
         note="ask in the home page footer only"),
    need(P_FX, ["bicycle"], "skilled", "en", layout="roster_matrix_merged_header", note="WANTED, empty cells"),
    need(P_FX, ["mending"], "skilled", "en", layout="roster_matrix_merged_header", note="need Dec + Jan"),
    need(P_FX, ["sign-in table"], "volunteer", "en", layout="roster_matrix_merged_header"),
    need(P_BL, ["metal shelving"], "donation", "en", layout="blog_list_full_post"),
    need(P_FAQ, ["repair log"], "skilled", "en", layout="faq_answer", note="'we are short on someone'"),
    need(P_PDF, ["small engine"], "skilled", "en", layout="pdf"),
]
TRAPS = [
    trap(P_IDX, "service", ["bring your broken lamp"]),
    trap(P_IDX, "event", ["next repair café"]),
    trap(P_IDX, "general_appeal", ["tip jar"]),
    trap(P_FX, "filled", ["small electrics"], "names in every month, covered"),
    trap(P_FX, "filled", ["computers & phones"], "covered"),
    trap(P_FX, "filled", ["jewelry"], "not needed"),
    trap(P_FX, "filled", ["coffee & bars"], "'have this covered'"),
    trap(P_BL, "blog", ["why we fix"]),
    trap(P_BL, "recap", ["lamps, lamps, lamps"]),
    trap(P_BL, "recap", ["hoffman hardware"]),
    trap(P_FAQ, "service", ["do you charge"]),
    trap(P_FAQ, "service", ["microwaves"]),
    trap(P_FAQ, "how_to_apply", ["how do i bring an item"]),
    trap(P_FAQ, "filled", ["spare-part lamps"], "'not right now'"),
    trap(P_PDF, "event", ["saturday, november 15"]),
    trap(P_PDF, "service", ["free repairs"]),
    trap(P_PDF, "how_to_apply", ["one item per person"]),
    trap(P_RO, "robots", ["host the january café"]),
    trap(P_RO, "robots", ["volunteer coordinator"]),
]
