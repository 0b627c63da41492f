"""Clearbrook: Gargaarsa Neighbors Mutual Aid. Rural mutual-aid network with Oromo members. English home with a
Google-Docs-style pasted ask list (spans and <br>), Oromo status table, English neighbor-stories page, Oromo PDF flyer."""
from common import need, trap

SLUG = "clearbrook-gargaarsa-mutual-aid"
PAGES, NEEDS, TRAPS = {}, [], []

NAV = """<div class="site-nav"><a href="/"><b>Gargaarsa &bull; Clearbrook Neighbors Mutual Aid</b></a><br>
<a href="/">This week</a> / <a href="/om.html">Afaan Oromoo</a> / <a href="/stories.html">Neighbor stories</a> / <a href="/waraqaa-gargaarsaa.pdf">Flyer (PDF)</a></div>"""
FOOT = """<div class="site-foot"><p>We are neighbors, not an agency. Clearbrook, MN 56634 &middot; text (218) 555-0193 &middot; gargaarsa.clearbrook@mail.example</p>
<p><a href="/organizers/">Organizers' page</a> &middot; <a href="/meetings/notes-jan.html">January meeting notes</a></p></div>"""

PAGES["index.html"] = """
<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Gargaarsa &ndash; Clearbrook Neighbors Mutual Aid</title>
<style>body{font-family:Georgia,serif;max-width:720px;margin:auto}.c1{font-weight:700}.c2{color:#888}</style></head>
<body>
""" + NAV + """
<p class="c1"><span>THIS WEEK'S ASKS (updated Sunday night)</span></p>
<p><span class="c1">1.</span><span> Firewood split and stacked for an elder on Hwy 92 &mdash; she heats with a wood stove and her
son moved to Fargo. Bring a maul if you have one.</span><br>
<span class="c1">2.</span><span> Rides for a dad to his chemo appointments in Bemidji, Tuesdays, leave 7:15 am. About 40 minutes
each way; gas card provided.</span><br>
<span class="c1">3.</span><span class="c2"> <s>Baby gate + toddler bed</s> &mdash; DONE &#10003; thank you Jess!</span><br>
<span class="c1">4.</span><span> Someone who knows tenant law to help a family write to their landlord about a furnace that has
been broken since December.</span><br>
<span class="c1">5.</span><span> We are short on winter tires &mdash; two families need a set of 215/60R16. Used with good tread is
fine; Lee at Clearbrook Tire will mount them free.</span><br>
<span class="c1">6.</span><span class="c2"> Space heater for the Yang family &mdash; no longer needed, the landlord finally
fixed the furnace.</span><br>
<span class="c1">7.</span><span> OFFERING: three dozen eggs a week from Kari's hens. Message her through us.</span></p>
<p class="c1"><span>HOW TO ASK FOR SOMETHING</span></p>
<p><span>Text us what you need and where you are. No forms, no proof. We post it here without your name unless you
say otherwise.</span></p>
<p class="c1"><span>OTHER HELP NEARBY</span></p>
<p><span>Emergency shelter and energy assistance: Clearwater County Human Services (218) 555-0194. Food: Bagley Area
Food Shelf, Thursdays 1&ndash;5.</span></p>
</body></html>
""".replace("</body></html>", FOOT + "\n</body></html>")
NEEDS += [
    need("index.html", ["firewood"], "volunteer", "en", layout="pasted_list"),
    need("index.html", ["chemo appointments"], "volunteer", "en", layout="pasted_list"),
    need("index.html", ["tenant law"], "skilled", "en", layout="pasted_list"),
    need("index.html", ["winter tires"], "donation", "en", layout="short_on"),
]
TRAPS += [
    trap("index.html", "filled", ["toddler bed", "baby gate"], note="struck, DONE"),
    trap("index.html", "offer", ["dozen eggs"]),
    trap("index.html", "filled", ["space heater"], note="no longer needed"),
    trap("index.html", "how_to_apply", ["how to ask for something"]),
    trap("index.html", "service", ["other help nearby", "energy assistance"], note="other agencies"),
]

PAGES["om.html"] = """
<!DOCTYPE html>
<html lang="om">
<head><meta charset="utf-8"><title>Gargaarsa &ndash; Afaan Oromoo</title>
<style>body{font-family:Georgia,serif;max-width:720px;margin:auto}td,th{border:1px solid #aaa;padding:4px}</style></head>
<body>
""" + NAV + """
<h1>Gargaarsa &mdash; ollaa ollaaf</h1>
<p>Maatiin Oromoo Clearbrook fi Gonvick jiraatan waliin gargaaramna. Gaaffiiwwan torban kanaa:</p>
<table>
<tr><th>Gaaffii</th><th>Haala</th></tr>
<tr><td>Hiikkaa Afaan Oromoo fi Ingiliffaa &mdash; beellama mana murtii Bemidji, 24 Bitootessaa</td><td>Banaa</td></tr>
<tr><td>Siree daa'immanii (crib) maatii haaraaf</td><td>Raawwatameera &mdash; galatoomaa</td></tr>
<tr><td>Uffata qorraa ijoollee (umurii 6&ndash;12), kophee cabbii</td><td>Banaa</td></tr>
<tr><td>Haadha tokko qormaata konkolaachisuuf shaakalsiisuu (Sanbata)</td><td>Banaa</td></tr>
</table>
<h2>Walgahii torbanii</h2>
<p>Dilbata hunda sa'aatii 4:00 galgala mana Obbo Dhugaasaa keessatti. Hundi keessan affeeramtaniittu.</p>
<h2>Kuusaa qarshii</h2>
<p>Maatii kiraa kaffaluu dadhaban gargaaruuf kuusaa qarshii qabna. Gumaacha keessan Obbo Dhugaasaaf kennaa.</p>
""" + FOOT + """
</body></html>
"""
NEEDS += [
    need("om.html", ["beellama mana murtii"], "skilled", "om", ["om", "en"], layout="status_table",
         note="court interpreter"),
    need("om.html", ["uffata qorraa ijoollee"], "donation", "om", layout="status_table"),
    need("om.html", ["qormaata konkolaachisuu"], "volunteer", "om", layout="status_table",
         note="driving practice for a mother"),
]
TRAPS += [
    trap("om.html", "filled", ["siree daa'immanii"], note="raawwatameera"),
    trap("om.html", "event", ["walgahii torbanii"]),
    trap("om.html", "general_appeal", ["kuusaa qarshii"]),
]

PAGES["stories.html"] = """
<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Neighbor stories &ndash; Gargaarsa</title>
<style>body{font-family:Georgia,serif;max-width:720px;margin:auto}</style></head>
<body>
""" + NAV + """
<h1>Neighbor stories</h1>
<article><h2>The Lindquists on County 5</h2>
<p>Ron and Deb Lindquist have farmed on County 5 for forty years. Two weeks ago their well pump quit, and since then
Deb has been hauling water from the Lutheran church in milk jugs. Ron is recovering from a hip replacement and
can't do the work himself. They need someone who knows wells and pumps to come take a look, and until it's fixed
they could use a few 5-gallon water jugs.</p></article>
<article><h2>How we got Ahmed's car back on the road</h2>
<p>In January, eleven of you chipped in for an alternator and Pete put it in on a Saturday. Ahmed made it to every
shift at the turkey plant that month. This is what mutual aid looks like.</p></article>
<article><h2>A letter from the Dahl kids</h2>
<p>"Thank you for the Christmas presents and the ham." We taped it to the fridge.</p></article>
<div class="teaser"><h3>Coming next: what we learned from our first year</h3><p>We kept a spreadsheet of every ask&hellip;</p></div>
""" + FOOT + """
</body></html>
"""
NEEDS += [
    need("stories.html", ["well pump", "the lindquists"], "skilled", "en", layout="story",
         note="well repair plus water jugs, one need"),
]
TRAPS += [
    trap("stories.html", "recap", ["ahmed's car"]),
    trap("stories.html", "recap", ["letter from the dahl kids"]),
    trap("stories.html", "blog", ["what we learned from our first year"]),
]

PAGES["organizers/index.html"] = """
<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Organizers</title></head>
<body>
""" + NAV + """
<h1>Organizers only</h1>
<ul><li>We need a second person on the text line on weekends.</li>
<li>Need a donated storage unit for the furniture we pick up.</li>
<li>Find someone to set up a bookkeeping spreadsheet for the rent fund.</li></ul>
""" + FOOT + """
</body></html>
"""
TRAPS += [
    trap("organizers/index.html", "robots", ["text line on weekends"]),
    trap("organizers/index.html", "robots", ["storage unit"]),
    trap("organizers/index.html", "robots", ["bookkeeping spreadsheet"]),
]

PDFS = {
    "waraqaa-gargaarsaa.pdf": ("Waraqaa Gargaarsaa - Clearbrook", [
        ("title", "Gargaarsa - Ollaa Ollaaf (Clearbrook)"),
        ("p", "AKKAATAA GARGAARSA ITTI GAAFATTAN Ergaa barreeffamaa (text) (218) 555-0193 irratti ergaa. Maqaa, "
              "bakka jirtanii fi waan isin barbaachisu nutti himaa. Unki hin jiru."),
        ("p", "HAADHOTA DA'AN HAARAAF NYAATA BILCHEESSUU Haadhota ji'a kana da'an sadiif torban lamaaf nyaata "
              "bilcheessitanii mana isaaniitti geessuuf namoota barbaanna. Guyyaa tokko qofa fudhachuu dandeessu."),
        ("p", "GALATA Bara darbe maatii 60 ol gargaarre. Isin hundaaf galatoomaa."),
    ]),
}
NEEDS += [
    need("waraqaa-gargaarsaa.pdf", ["haadhota da'an haaraaf"], "volunteer", "om", layout="pdf",
         note="meal train for new mothers; heading run into paragraph"),
]
TRAPS += [
    trap("waraqaa-gargaarsaa.pdf", "how_to_apply", ["akkaataa gargaarsa itti gaafattan"]),
    trap("waraqaa-gargaarsaa.pdf", "recap", ["maatii 60 ol"]),
]

ROBOTS = """User-agent: *
Disallow: /organizers/
"""
