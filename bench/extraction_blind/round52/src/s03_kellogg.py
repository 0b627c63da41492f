"""Site 3: Kellogg Vaj Zaub Hmong Growers (farm co-op). English + Hmong.
Photo gallery whose needs live in <figcaption>s; CSS-only tabs (radio inputs) of roles;
Hmong page with headings; Hmong changelog-style news timeline with UPDATE lines;
Hmong PDF flyer; no robots trap."""
from util import N, T

SLUG = "kellogg-vaj-zaub-hmong-growers"

HEAD = """<!DOCTYPE html>
<html lang="%s">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>%s</title>
<style>
*{box-sizing:border-box}body{margin:0;font-family:"Source Sans Pro",Helvetica,sans-serif;color:#263322}
.bar{display:flex;gap:22px;align-items:center;padding:12px 30px;background:#3f6b2a}
.bar a{color:#f4f1e4;text-decoration:none;font-weight:600}
.gallery{display:grid;grid-template-columns:repeat(auto-fill,minmax(240px,1fr));gap:18px;padding:26px}
figure{margin:0;background:#f6f3ea;border-radius:8px;overflow:hidden}figure img{width:100%%;height:170px;object-fit:cover}
figcaption{padding:10px 12px;font-size:14px;line-height:1.45}
.tabs input{display:none}.tabs label{display:inline-block;padding:8px 16px;background:#e5e0cf;cursor:pointer;margin-right:3px}
.tabs .panel{display:none;padding:16px;border:1px solid #e5e0cf}
#t1:checked~.p1,#t2:checked~.p2,#t3:checked~.p3,#t4:checked~.p4{display:block}
.log{border-left:3px solid #3f6b2a;margin-left:20px;padding-left:20px}.log .entry{margin-bottom:18px}
.log time{font-weight:700;color:#3f6b2a}.upd{background:#e8f2df;padding:2px 6px}
main{padding:0 30px 30px}
.ft{padding:16px 30px;background:#263322;color:#cfd8c4;font-size:13px}.ft a{color:#fff}
</style>
</head>
<body>
<div class="bar"><strong style="color:#fff">Vaj Zaub Growers</strong>
<a href="/">Home</a><a href="/volunteer.html">Volunteer</a><a href="/hmn/">Hmoob</a><a href="/hmn/xov-xwm.html">Xov xwm</a><a href="/daim-ntawv.pdf">Daim ntawv (PDF)</a></div>
"""

FOOT = """<div class="ft">Vaj Zaub Hmong Growers Cooperative &middot; County Rd 18, Kellogg, MN &middot; 651-555-0131 &middot; hello@vajzaubgrowers.org
&middot; <a href="/blog/noj-peb-caug-2023.html">Blog: New Year 2023</a></div>
</body>
</html>
"""


def page(lang, title, body):
    return HEAD % (lang, title) + body + FOOT


INDEX = page("en", "Vaj Zaub Hmong Growers Cooperative", """
<main>
<h1>Vaj Zaub Hmong Growers Cooperative</h1>
<p>Eleven Hmong farming families sharing land, tools and a market stand on the bluffs above the Mississippi.</p>
<p><b>CSA shares available:</b> 18 weeks of vegetables, June&ndash;October, pickup in Kellogg or Wabasha.</p>
<h2>Around the farm</h2>
</main>
<div class="gallery">
<figure><img src="/img/tiller.jpg" alt="An old red tiller in a shed">
<figcaption>Our 1998 tiller finally gave out in August. If you have a rear-tine tiller collecting dust in a shed, we'd love to give it a second life on the co-op plots.</figcaption></figure>
<figure><img src="/img/hoophouse.jpg" alt="Hoop house with new plastic">
<figcaption>New hoop-house plastic, installed in May. Thank you to the Lor family for the gift!</figcaption></figure>
<figure><img src="/img/pump.jpg" alt="Irrigation pump next to the north plot">
<figcaption>The irrigation pump on the north plot keeps losing pressure. A volunteer who knows small engines or pumps could save us a season of headaches.</figcaption></figure>
<figure><img src="/img/market.jpg" alt="Market stand with bok choy">
<figcaption>Find us at the Saturday riverside market, 8 am&ndash;noon, May through October.</figcaption></figure>
<figure><img src="/img/garlic.jpg" alt="Volunteers planting garlic">
<figcaption>Volunteers from the college garden club planted 2,000 garlic cloves last fall. What a day!</figcaption></figure>
</div>
""")

VOLUNTEER = page("en", "Volunteer | Vaj Zaub Growers", """
<main>
<h1>Volunteer on the farm</h1>
<div class="tabs">
<input type="radio" name="t" id="t1" checked><label for="t1">Field days</label>
<input type="radio" name="t" id="t2"><label for="t2">Market</label>
<input type="radio" name="t" id="t3"><label for="t3">Office</label>
<input type="radio" name="t" id="t4"><label for="t4">Board</label>
<div class="panel p1">
<h3>Harvest helpers</h3>
<p>Tuesday and Thursday mornings, 7&ndash;10 am, July through September. We pick, wash and bunch greens. Bring a hat and water.</p>
<h3>Washing-station help on Fridays</h3>
<p>We have enough people through the end of the season. Thank you!</p>
</div>
<div class="panel p2">
<h3>Market stand cashier</h3>
<p>Saturdays at the riverside market. Handle cash and the card reader, bag vegetables, chat with customers. Speaking Hmong is helpful, since several of our growers are elders who speak little English.</p>
</div>
<div class="panel p3">
<h3>Grant reporting help</h3>
<p>Someone comfortable with spreadsheets and USDA reporting forms, a few evenings in December.</p>
<h3>Seasonal crew lead (paid)</h3>
<p>$17/hour, about 25 hours a week, June&ndash;October. Apply by April 1 with a short letter.</p>
</div>
<div class="panel p4">
<h3>Board seats</h3>
<p>Board seats for 2025 are filled &mdash; thank you to everyone who ran.</p>
</div>
</div>
</main>
""")

HMN = page("hmn", "Vaj Zaub: Hmoob", """
<main>
<h1>Vaj Zaub: nplooj ntawv lus Hmoob</h1>
<h2>Peb xav tau neeg txhais lus</h2>
<p>Lub 10 hlis ntuj peb yuav muaj lub rooj sib tham nrog USDA txog kev qiv nyiaj rau cov tswv teb. Peb xav tau ib tug neeg txhais lus Hmoob&ndash;Askiv (interpreter) los pab cov laus to taub.</p>
<h2>Nrhiav neeg pab ntim zaub rau CSA</h2>
<p>Txhua hnub Wednesday thaum tav su, peb ntim zaub rau 60 lub thawv CSA. Peb xav tau 4 tus neeg pab. Tsis tas yuav paub dab tsi ua ntej.</p>
<h2>Neeg pab cog qoob loo</h2>
<p>Muaj neeg los pab lawm, puv lawm. Ua tsaug ntau!</p>
<h2>Kev kawm ua liaj ua teb dawb</h2>
<p>Rau cov tswv teb tshiab: kev kawm dawb txhua hnub Saturday thaum sawv ntxov, lub 3 hlis txog lub 5 hlis.</p>
<h2>Yuav ua li cas thiaj koom tau</h2>
<p>Sau daim ntawv ntawm lub chaw ua hauj lwm thiab them $20 ib xyoos.</p>
<h2>Noj tsiab peb caug</h2>
<p>Lub 11 hlis 30, tuaj koom peb noj tsiab peb caug ntawm lub tsev kawm ntawv. Txhua tus tuaj tau.</p>
</main>
""")

XOVXWM = page("hmn", "Xov xwm | Vaj Zaub", """
<main>
<h1>Xov xwm (tshiab tshaj nyob saum toj)</h1>
<div class="log">
<div class="entry"><time>Lub 9 hlis 3</time>
<p>Peb xav tau cov thawv ntoo (wooden crates) rau kev muag zaub hauv khw. Yog koj muaj thawv ntoo qub, thov coj tuaj rau lub teb hnub Saturday.</p></div>
<div class="entry"><time>Lub 8 hlis 20</time>
<p>Tau txais cov thawv yas (plastic bins) lawm &mdash; txaus lawm. Ua tsaug rau Tswv Yaj!</p></div>
<div class="entry"><time>Lub 8 hlis 12</time>
<p>Tsev neeg Muas tsev kub hnyiab lawm. Lawv tsis muaj dab tsi tshuav. Lawv xav tau pam vov, khaub ncaws menyuam (hnub nyoog 3, 7 thiab 12 xyoos), thiab lauj kaub tais diav. Hu rau Pa Nhia: 651-555-0133.</p></div>
<div class="entry"><time>Lub 7 hlis 28</time>
<p>Peb muag tau 1,200 phaus zaub ntawm lub khw hnub Saturday. Ua tsaug rau txhua tus!</p></div>
<div class="entry"><time>Lub 6 hlis 15</time>
<p>Peb xav tau ib lub txee txias (cooler) rau lub khw. <span class="upd">HLOOV TSHIAB 6/30: Ib tug phooj ywg muab rau peb lawm. Tsis xav tau ntxiv lawm.</span></p></div>
</div>
</main>
""")

PAGES = {
    "index.html": INDEX,
    "volunteer.html": VOLUNTEER,
    "hmn/index.html": HMN,
    "hmn/xov-xwm.html": XOVXWM,
}

ROBOTS = """User-agent: *
Disallow: /img/raw/

User-agent: GPTBot
Disallow: /
"""

PDFS = {
    "daim-ntawv.pdf": ("Daim ntawv xov xwm", [
        ("title", "VAJ ZAUB HMONG GROWERS - DAIM NTAWV"),
        ("p", "Lub caij nplooj zeeg 2024"),
        ("gap", ""),
        ("h", "Xav tau neeg tsav tsheb xa zaub rau cov laus"),
        ("p", "Muaj 25 tus laus nyob ib leeg tsis muaj tsheb. Txhua hnub Tuesday thaum tav su peb xa ib lub "
              "thawv zaub rau lawv. Peb xav tau 3 tus neeg tsav tsheb, kwv yees 2 teev. Peb them nqi roj."),
        ("gap", ""),
        ("h", "Harvest festival - Hnub ua koob tsheej sau qoob"),
        ("p", "Lub 9 hlis 28, 11 teev sawv ntxov txog 3 teev tsaus ntuj, ntawm lub teb. Noj mov, ua si, yuav zaub."),
        ("gap", ""),
        ("h", "Kev sau npe"),
        ("p", "Yog xav pab, hu rau Pa Nhia 651-555-0133 los yog sau npe ntawm lub khw."),
    ]),
}

NEEDS = [
    N("index.html", ["rear-tine tiller", "tiller"], "donation", "en", layout="image_caption"),
    N("index.html", ["irrigation pump", "small engines"], "skilled", "en", layout="image_caption"),
    N("volunteer.html", ["harvest helpers"], "volunteer", "en", layout="css_tabs"),
    N("volunteer.html", ["market stand cashier", "cashier"], "volunteer", "en", ["hmn", "en"],
      layout="css_tabs", note="Hmong helpful"),
    N("volunteer.html", ["grant reporting"], "skilled", "en", layout="css_tabs"),
    N("hmn/index.html", ["neeg txhais lus"], "skilled", "hmn", ["hmn", "en"], layout="heading_paragraph"),
    N("hmn/index.html", ["ntim zaub"], "volunteer", "hmn", layout="heading_paragraph"),
    N("hmn/xov-xwm.html", ["thawv ntoo", "wooden crates"], "donation", "hmn", layout="timeline"),
    N("hmn/xov-xwm.html", ["tsev neeg muas", "pam vov"], "donation", "hmn", layout="timeline_story",
      note="house fire family, one need"),
    N("daim-ntawv.pdf", ["tsav tsheb xa zaub", "neeg tsav tsheb"], "volunteer", "hmn", layout="pdf",
      note="gas paid, not a job"),
]

TRAPS = [
    T("index.html", "service", ["csa shares"]),
    T("index.html", "thanks", ["hoop-house plastic"]),
    T("index.html", "hours", ["saturday riverside market"]),
    T("index.html", "recap", ["2,000 garlic cloves", "garden club"]),
    T("volunteer.html", "filled", ["washing-station"], "'we have enough people'"),
    T("volunteer.html", "job", ["seasonal crew lead"]),
    T("volunteer.html", "filled", ["board seats"]),
    T("hmn/index.html", "filled", ["cog qoob loo"], "'puv lawm'"),
    T("hmn/index.html", "service", ["kev kawm ua liaj ua teb"]),
    T("hmn/index.html", "how_to_apply", ["yuav ua li cas thiaj koom tau"]),
    T("hmn/index.html", "event", ["noj tsiab peb caug"]),
    T("hmn/xov-xwm.html", "filled", ["thawv yas", "plastic bins"], "'txaus lawm'"),
    T("hmn/xov-xwm.html", "recap", ["1,200 phaus"]),
    T("hmn/xov-xwm.html", "filled", ["txee txias"], "UPDATE: given, 'tsis xav tau ntxiv lawm'"),
    T("daim-ntawv.pdf", "event", ["harvest festival", "ua koob tsheej"]),
    T("daim-ntawv.pdf", "how_to_apply", ["kev sau npe"]),
]
