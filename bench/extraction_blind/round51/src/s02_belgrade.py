"""Site 2: Tsev Kawm Hmoob, Belgrade (Weebly-like). Layouts: sidebar ask,
timeline posts with a later 'update: covered' post, Hmong checkbox form with a
disabled/struck option, Hmong two-column PDF newsletter."""
from kit import need, trap

SLUG = "belgrade-tsev-kawm-hmoob-center"
TOWN = "belgrade"

NAV = """<div class="wsite-header"><div class="wsite-logo"><a href="/index.html">Tsev Kawm Hmoob</a><span class="wsite-tagline">Hmong Family &amp; Farm Center &middot; Belgrade, MN</span></div>
<ul class="wsite-menu-default">
<li class="wsite-menu-item-wrap"><a class="wsite-menu-item" href="/index.html">Home</a></li>
<li class="wsite-menu-item-wrap"><a class="wsite-menu-item" href="/news.html">News</a></li>
<li class="wsite-menu-item-wrap"><a class="wsite-menu-item" href="/about.html">About</a></li>
<li class="wsite-menu-item-wrap"><a class="wsite-menu-item" href="/hmn/index.html">Hmoob</a></li>
</ul></div>
"""
FOOT = """<div class="wsite-footer"><div class="paragraph">Tsev Kawm Hmoob &middot; 18 Railroad Street, Belgrade, MN &middot; 555-0127 &middot; info@tsevkawmbelgrade.org<br>Office hours: Tuesday&ndash;Friday, 9 am&ndash;4 pm.<br><a href="/pawg-thawj/index.html">Pawg Thawj Coj (board only)</a></div></div>
</body></html>
"""

def head(lang, title):
    return ("<!DOCTYPE html>\n<html lang=\"%s\">\n<head><meta charset=\"utf-8\"><title>%s</title>"
            "<link rel=\"stylesheet\" href=\"/files/theme/main.css\"></head>\n<body class=\"wsite-theme-light\">\n" % (lang, title)) + NAV

PAGES = {}
PAGES["index.html"] = head("en", "Tsev Kawm Hmoob | Belgrade") + """
<div class="container"><div class="wsite-section-wrap">
<div class="wsite-multicol"><table class="wsite-multicol-table"><tbody><tr>
<td class="wsite-multicol-col" style="width:68%">
<h2 class="wsite-content-title">Nyob zoo! Welcome</h2>
<div class="paragraph">Tsev Kawm Hmoob (&ldquo;Hmong learning house&rdquo;) started in 2011 as a Saturday school in a church basement. Today we run a 12-acre farm incubator, a harvest share for 90 families and programs for elders.</div>
<h2 class="wsite-content-title">What we offer</h2>
<div class="paragraph"><ul><li>Free Hmong&ndash;English tax help, February through April</li><li>Shared stalls at the Sauk Centre and Alexandria farmers markets</li><li>Elder lunch every Sunday</li></ul></div>
<h2 class="wsite-content-title">Hmong New Year 2025</h2>
<div class="paragraph">Join us Saturday, November 22 at Belgrade City Hall for ball tossing, qeej and a community meal. Everyone is welcome.</div>
</td>
<td class="wsite-multicol-col" style="width:32%">
<aside class="sidebar">
<h3>Needed this month</h3>
<div class="paragraph">A working chest freezer for the harvest share &mdash; at least 10 cubic feet. We&rsquo;ll pick it up anywhere in Stearns or Pope County. Call Kou at 555-0127.</div>
<h3>Support our work</h3>
<div class="paragraph">A gift of $50 buys seed for one new grower. <a href="https://give.example.org/tsevkawm">Donate</a></div>
</aside>
</td></tr></tbody></table></div>
</div></div>
""" + FOOT

PAGES["news.html"] = head("en", "News | Tsev Kawm Hmoob") + """
<div class="container">
<h2 class="wsite-content-title">News from the farm</h2>
<ol class="timeline">
<li><time datetime="2025-10-27">Oct 27, 2025</time>
<h3>Egg cartons, please!</h3><p>We&rsquo;re short on egg cartons for the harvest share. Clean cardboard cartons can go in the blue bin by the shed.</p></li>
<li><time datetime="2025-10-20">Oct 20, 2025</time>
<h3>Storm damage at the hoop house</h3><p>Saturday&rsquo;s wind tore the plastic off our hoop house. We&rsquo;re seeking someone with greenhouse or carpentry experience to lead a crew re-skinning it on Saturday, November 1. Materials are already bought.</p></li>
<li><time datetime="2025-10-03">Oct 3, 2025</time>
<h3>Thursday packing line</h3><p>Help wanted! We need six volunteers for the harvest-share packing line on Thursdays, 3&ndash;6 pm, through November.</p></li>
<li><time datetime="2025-09-25">Sep 25, 2025</time>
<h3>Update: mail readers</h3><p>Two weeks ago we asked for a Hmong-speaking volunteer to read mail with elders. Two people stepped forward &mdash; we&rsquo;re covered. Ua tsaug!</p></li>
<li><time datetime="2025-09-02">Sep 2, 2025</time>
<h3>Farm Day photos</h3><p>140 visitors, 300 pounds of cucumbers and one very tired goat. <a href="/duab/farm-day-2025.html">See the photos</a>.</p></li>
<li><time datetime="2025-08-12">Aug 12, 2025</time>
<h3>Job opening: Farm Program Coordinator</h3><p>Part-time and paid ($21/hour, 20 hours a week). Hmong and English required. Apply by September 1.</p></li>
<li><time datetime="2025-07-30">Jul 30, 2025</time>
<h3>New on the blog: Three generations in one garden</h3><p>How the Yang family splits one quarter-acre between a grandmother, her son and two teenagers. <a href="/about.html">Read more</a></p></li>
</ol>
</div>
""" + FOOT

PAGES["about.html"] = head("en", "About | Tsev Kawm Hmoob") + """
<div class="container">
<h2 class="wsite-content-title">About us</h2>
<div class="paragraph">Our farm incubator leases quarter-acre plots, tools and cold storage to new Hmong growers for their first three seasons.</div>
<h2 class="wsite-content-title">Our board</h2>
<div class="paragraph"><b>Pa Houa Vang, board chair</b>, grows flowers for the Minneapolis market and has served since 2016. <b>Tou Lee, secretary</b>, teaches at Belgrade-Brooten-Elrosa schools.</div>
<h2 class="wsite-content-title">Join the board</h2>
<div class="paragraph">We are recruiting two new board members, ideally people with farm-lending or bookkeeping experience. The board meets the second Monday of each month, 6:30 pm, and you can join by phone.</div>
</div>
""" + FOOT

PAGES["hmn/index.html"] = head("hmn", "Tsev Kawm Hmoob | Pab Dawb") + """
<div class="container">
<h2 class="wsite-content-title">Koom tes pab dawb</h2>
<div class="paragraph">Peb xav tau neeg pab dawb. Thov kos lub npov rau txoj haujlwm uas koj xav pab, ces nias &ldquo;Xa&rdquo;.</div>
<form class="wsite-form" action="/hmn/xa-daim-ntawv" method="post">
<fieldset><legend>Txoj haujlwm pab dawb</legend>
<label><input type="checkbox" name="role" value="txhais"> <b>Tus txhais lus Hmoob&ndash;Askiv</b> &mdash; nrog cov laus mus ntsib kws kho mob hnub Tuesday sawv ntxov. Yuav tsum hais tau ob hom lus zoo.</label><br>
<label><input type="checkbox" name="role" value="paj"> <b>Xib fwb qhia paj ntaub</b> &mdash; qhia cov ntxhais hluas xaws paj ntaub hnub Saturday, 1&ndash;3 teev tav su.</label><br>
<label><input type="checkbox" name="role" value="tsheb" disabled> <s>Neeg tsav tsheb coj cov laus mus khw</s> &mdash; Muaj neeg lawm, ua tsaug!</label><br>
<label><input type="checkbox" name="role" value="mov"> <b>Neeg pab npaj mov su</b> rau cov laus hnub Sunday, 11&ndash;1 teev.</label>
</fieldset>
<p><label>Koj lub npe: <input name="npe"></label> <label>Xov tooj: <input name="tel"></label></p>
<button type="submit">Xa</button>
</form>
<h2 class="wsite-content-title">Peb xav tau khoom pub dawb</h2>
<ul><li>Pam tuab rau lub caij ntuj no</li><li>Lauj kaub hau mov (rice cooker)</li><li>Khau looj (boots) rau menyuam kawm ntawv</li></ul>
<h2 class="wsite-content-title">Noob zaub</h2>
<div class="paragraph">Xyoo no peb tau txais noob zaub txaus lawm. Tsis tas xa tuaj ntxiv lawm, ua tsaug ntau!</div>
<h2 class="wsite-content-title">Kev pab rau cov laus</h2>
<div class="paragraph">Peb pab sau ntawv thov nyiaj laus (Social Security) thiab daim npav kho mob, hnub Monday thiab Wednesday. Pub dawb xwb.</div>
<div class="paragraph">Noj Peb Caug xyoo 2025: hnub Saturday, Kaum Ib Hlis 22, ntawm Belgrade City Hall.</div>
<div class="paragraph"><a href="/daim-ntawv/xov-xwm-caij-ntuj-no.pdf">Xov xwm lub caij ntuj no (PDF)</a></div>
</div>
""" + FOOT

PAGES["pawg-thawj/index.html"] = """<!DOCTYPE html>
<html lang="hmn">
<head><meta charset="utf-8"><title>Pawg Thawj Coj</title></head>
<body>
<h1>Pawg Thawj Coj &mdash; tsis qhia rau pej xeem</h1>
<p><b>Xav tau tus neeg khaws nyiaj tshiab.</b> Tou yuav tawm thaum Lub Ib Hlis.</p>
<p><b>Xav tau kws lij choj</b> pab saib daim ntawv xauj av ua ntej Lub Peb Hlis.</p>
<p><a href="/about.html">Rov qab</a></p>
</body></html>
"""

ROBOTS = """# Weebly default plus board folder
User-agent: *
Disallow: /pawg-thawj/
Disallow: /ajax/
"""

PDFS = {
    "daim-ntawv/xov-xwm-caij-ntuj-no.pdf": ("Xov Xwm Tsev Kawm Hmoob - Lub Caij Ntuj No 2025", [
        ("title", "Xov Xwm Tsev Kawm Hmoob - Lub Caij Ntuj No 2025"),
        ("p", "Tsev Kawm Hmoob, 18 Railroad Street, Belgrade. Xov tooj 555-0127."),
        ("gap", ""),
        ("cols", [
            ("h", "Xav tau xib fwb qhia ntawv Hmoob"),
            ("p", "Tsev kawm ntawv hnub Saturday xav tau ib tug xib fwb qhia ntawv Hmoob rau cov menyuam 8-12 xyoos, 10-12 teev sawv ntxov. Yuav tsum nyeem thiab sau tau ntawv Hmoob zoo."),
            ("gap", ""),
            ("h", "Kev sib tw ncaws pob"),
            ("p", "Kev sib tw ncaws pob rau cov hluas yuav muaj hnub Saturday, Lub Kaum Ob Hlis 6, ntawm Belgrade High School gym. Tuaj txhawb nqa peb cov menyuam!"),
        ], [
            ("h", "Neeg pab tu vaj"),
            ("p", "Puv lawm! Peb muaj neeg pab tu vaj txaus rau xyoo no lawm. Ua tsaug rau txhua tus."),
            ("gap", ""),
            ("h", "Thov pub hnab ntaub"),
            ("p", "Peb tseem xav tau 200 lub hnab ntaub (cloth bags) rau ntim zaub faib rau cov tsev neeg. Coj tuaj rau lub chaw ua haujlwm."),
            ("gap", ""),
            ("h", "Yuav xa daim ntawv li cas"),
            ("p", "Sau koj lub npe thiab xov tooj rau daim ntawv no thiab xa rau peb lub chaw ua haujlwm, los yog email rau pabdawb@tsevkawmbelgrade.org."),
        ]),
    ]),
}

P_IDX, P_NEWS, P_AB, P_HMN, P_PDF, P_BOARD = ("index.html", "news.html", "about.html", "hmn/index.html",
                                              "daim-ntawv/xov-xwm-caij-ntuj-no.pdf", "pawg-thawj/index.html")
NEEDS = [
    need(P_IDX, ["chest freezer"], "donation", "en", layout="sidebar"),
    need(P_NEWS, ["egg cartons"], "donation", "en", layout="timeline_post", note="'we're short on'"),
    need(P_NEWS, ["hoop house", "greenhouse"], "skilled", "en", layout="timeline_post", note="'seeking someone'"),
    need(P_NEWS, ["packing line"], "volunteer", "en", layout="timeline_post"),
    need(P_AB, ["board members", "join the board"], "skilled", "en", layout="heading_paragraph",
         note="farm-lending or bookkeeping experience"),
    need(P_HMN, ["txhais lus"], "skilled", "hmn", ["hmn", "en"], layout="checkbox_form"),
    need(P_HMN, ["paj ntaub"], "skilled", "hmn", layout="checkbox_form"),
    need(P_HMN, ["npaj mov su"], "volunteer", "hmn", layout="checkbox_form"),
    need(P_HMN, ["khoom pub dawb", "pam tuab"], "donation", "hmn", layout="wish_list"),
    need(P_PDF, ["qhia ntawv hmoob"], "skilled", "hmn", ["hmn"], layout="pdf_two_column"),
    need(P_PDF, ["hnab ntaub", "cloth bags"], "donation", "hmn", layout="pdf_two_column"),
]
TRAPS = [
    trap(P_IDX, "general_appeal", ["support our work"]),
    trap(P_IDX, "service", ["tax help"]),
    trap(P_IDX, "service", ["farmers market"], "shared stalls offered to growers"),
    trap(P_IDX, "event", ["hmong new year"]),
    trap(P_IDX, "hours", ["office hours"]),
    trap(P_NEWS, "filled", ["mail readers", "read mail"], "timeline update: we're covered"),
    trap(P_NEWS, "recap", ["farm day"]),
    trap(P_NEWS, "job", ["farm program coordinator"]),
    trap(P_NEWS, "blog", ["three generations"]),
    trap(P_AB, "service", ["farm incubator"]),
    trap(P_AB, "bio", ["pa houa vang"]),
    trap(P_HMN, "filled", ["coj cov laus mus khw"], "disabled checkbox, struck, 'muaj neeg lawm'"),
    trap(P_HMN, "filled", ["noob zaub"], "'txaus lawm, tsis tas xa tuaj ntxiv'"),
    trap(P_HMN, "service", ["sau ntawv thov"]),
    trap(P_HMN, "event", ["noj peb caug"]),
    trap(P_PDF, "event", ["kev sib tw ncaws pob"]),
    trap(P_PDF, "filled", ["tu vaj"], "'Puv lawm!'"),
    trap(P_PDF, "how_to_apply", ["yuav xa daim ntawv"]),
    trap(P_BOARD, "robots", ["khaws nyiaj"]),
    trap(P_BOARD, "robots", ["kws lij choj"]),
]
