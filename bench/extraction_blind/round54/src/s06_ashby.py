"""Ayyaantuu Oromo Community of Ashby: plain flex site, English + Afaan Oromoo, role cards."""
from common import N, T

SLUG = "ashby-ayyaantuu-oromo-community"


def shell(title, body, lang="en"):
    return """<!DOCTYPE html>
<html lang="%s">
<head><meta charset="utf-8"><title>%s</title>
<style>.cards{display:flex;flex-wrap:wrap;gap:14px}.card{flex:1 1 240px;border:1px solid #c33;border-radius:8px;padding:12px}
.tag{background:#2a7;color:#fff;font-size:11px;padding:2px 6px;border-radius:4px}</style></head>
<body>
<div class="top"><span class="logo">Ayyaantuu Oromo Community &middot; Hawaasa Oromoo Ayyaantuu</span>
<div class="menu"><a href="/index.html">Home</a> &middot; <a href="/events.html">Events</a> &middot; <a href="/om/tola-ooltummaa.html">Tola ooltummaa</a> &middot; <a href="/om/kennaa.html">Kennaa</a> &middot; <a href="/gallery/irreecha-2024/">Gallery</a> &middot; <a href="/om/waraqaa-barnootaa.pdf">Waraqaa (PDF)</a></div></div>
<div class="wrap">
%s
</div>
<div class="foot">PO Box 61, Ashby, MN &middot; 218-555-0163 &middot; info@ayyaantuu-ashby.example &middot; <a href="/koree/index.html">Koree</a></div>
</body></html>
""" % (lang, title, body)


PAGES = {}
PAGES["index.html"] = shell("Ayyaantuu Oromo Community – Ashby", """
<h1>Welcome / Baga nagaan dhuftan</h1>
<p>We are Oromo families living in Ashby, Dalton and Evansville. We gather for holidays, teach our children Afaan Oromoo, and help new families settle in.</p>
<h2>What we do for families</h2>
<p>We help new arrivals enroll children in school, find a family doctor, and fill out housing applications. There is no cost.</p>
<h2>Office hours</h2>
<p>Thursdays 5&ndash;8 pm and Saturdays 10 am&ndash;2 pm at the Ashby community hall basement.</p>
<h2>Membership</h2>
<p>Family membership is $60 a year and helps pay the hall rent.</p>
<p><a href="/events.html">Irreecha 2025 is coming &mdash; see events &rarr;</a></p>
""")
PAGES["events.html"] = shell("Events – Ayyaantuu", """
<h1>Events</h1>
<div class="ev"><h2>Irreecha 2025</h2><p>Saturday, October 4, on the shore of Pelican Lake. Bring your family and wear white!</p>
<p><b>Set-up crew:</b> we need volunteers to set up tents and chairs for Irreecha on Friday evening, October 3, from 5 pm. About ten people would make it quick.</p></div>
<div class="ev"><h2>Iftar 2024: thank you</h2><p>180 guests shared our community iftar last spring. Thank you to the cooks and to Ashby Lutheran for the hall.</p></div>
<div class="ev"><h2>General meeting</h2><p>First Sunday of every month, 3 pm. All members can vote.</p></div>
""")
PAGES["om/tola-ooltummaa.html"] = shell("Tola ooltummaa – Ayyaantuu", """
<h1>Tola ooltota barbaanna</h1>
<p>Gargaaruu yoo barbaaddan, 218-555-0163 irratti Caalaa bilbilaa.</p>
<div class="cards">
<div class="card"><h3>Barsiisaa Afaan Oromoo</h3><p>Ijoollee keenyaaf Sanbata ganama Afaan Oromoo barsiisuuf barsiisaa barbaanna. Qubee beekuun barbaachisaadha.</p></div>
<div class="card"><div><strong>Konkolaachisaa</strong></div><p>Maanguddoota gara mana yaalaa Fergus Falls geessuuf konkolaachisaa barbaanna. Qarshiin boba'aa ni kaffalama.</p></div>
<div class="card"><p><b>Hiikaa Afaan Oromoo fi Ingiliffaa</b></p><p>Maatii haaraa mana barumsaa fi mana yaalaa keessatti gargaaruuf hiikaa barbaanna.</p></div>
<div class="card"><h3>Gorsaa dargaggootaa</h3><p>Dargaggoota waliin torbanitti sa'aatii tokko dubbachuuf gorsitoota tola ooltota barbaanna.</p></div>
<div class="card"><span class="tag">✔</span><h3>Nyaata qopheessuu – Irreecha</h3><p>Namoonni gahaan argamaniiru. Galatoomaa!</p></div>
<div class="card"><h3>Hojii kaffaltii qabu: Qindeessaa dargaggootaa</h3><p>Sa'aatii 20 torbaniitti, mindaa $18 sa'aatiitti. Iyyannoo keessan erga.</p></div>
</div>
""", lang="om")
PAGES["om/kennaa.html"] = shell("Kennaa – Ayyaantuu", """
<h1>Kennaa</h1>
<h2>Wantoota nu barbaachisan</h2>
<ul><li>Uffata ganna ijoollee</li><li>Kophee cabbii (snow boots)</li><li>Kitaabota ijoollee Afaan Oromoo</li><li>Saamunaa fi shaampoo</li></ul>
<h2>Kompiitaroota</h2>
<p>Ijoollee barnoota manaa hojjetaniif laptooppiin nu hir'ata. Laptooppii fayyadamamaa kennuu dandeessu?</p>
<h2>Maatii Obbo Tolaa</h2>
<p>Obbo Tolaa fi haati manaa isaa ijoollee afur waliin ji'a darbe Ashby dhufan. Mana isaanii keessa <b>siree</b> fi meeshaa mana nyaataa hin qaban. Gargaaruu yoo dandeessan nu qunnamaa.</p>
<h2>Uffata namoota gurguddoo</h2>
<p>Gahaa qabna, galatoomaa. Amma hin fidinaa.</p>
<h2>Iddoo kennaan itti kennamu</h2>
<p>Galma hawaasaa, Wiixata fi Kamisa, sa'aatii 4 hanga 7 galgalaa.</p>
""", lang="om")
PAGES["koree/index.html"] = shell("Koree", """
<h1>Yaadannoo koree</h1>
<ul><li>Barreessaa koree haaraa barbaanna.</li><li>Galma Irreechaaf kireeffachuu qabna.</li><li>Herrega baankii haaraa banuu.</li></ul>
""", lang="om")
ROBOTS = "User-agent: GPTBot\r\nDisallow: /\r\n\r\nUser-agent: *\r\nDisallow: /koree/\r\n"

PDFS = {"om/waraqaa-barnootaa.pdf": ("Waraqaa gargaartota barnootaa", [
    ("title", "Hawaasa Oromoo Ayyaantuu - Gargaarsa Barnoota Manaa"),
    ("h", "Gargaartota barnoota manaa barbaanna"),
    ("p", "Ijoollee kutaa 3 hanga 8 herrega fi dubbisuun gargaaruuf gargaartota barnoota manaa barbaanna. Wiixata fi Roobii, sa'aatii 4:00 hanga 5:30 galgalaa, galma hawaasaa keessatti."),
    ("h", "Maqaa fi bilbila"),
    ("p", "Maqaa: ____________________   Bilbila: ______________"),
    ("h", "Ijoollee galmeessuu"),
    ("p", "Maatiin ijoollee isaanii galmeessuu barbaadan Kamisa galgala waajjira dhufuu danda'u."),
    ("h", "Waraqaa kana deebisaa"),
    ("p", "Waraqaa kana Caalaatti kennaa ykn info@ayyaantuu-ashby.example irratti ergaa."),
])}

NEEDS = [
    N("events.html", ["set-up crew", "set up tents and chairs"], "volunteer", "en", layout="event_volunteers", note="volunteers for the event are a need; the event itself is a trap"),
    N("om/tola-ooltummaa.html", ["barsiisaa afaan oromoo"], "skilled", "om", ["om"], layout="role_cards"),
    N("om/tola-ooltummaa.html", ["konkolaachisaa"], "volunteer", "om", layout="role_cards", note="title in div>strong; fuel paid does not make it a job"),
    N("om/tola-ooltummaa.html", ["hiikaa afaan oromoo fi ingiliffaa", "hiikaa"], "skilled", "om", ["om", "en"], layout="role_cards", note="title in p>b"),
    N("om/tola-ooltummaa.html", ["gorsaa dargaggootaa"], "volunteer", "om", layout="role_cards", note="unpaid youth mentor; the paid youth coordinator card is a job trap"),
    N("om/kennaa.html", ["wantoota nu barbaachisan", "kophee cabbii"], "donation", "om", layout="wish_list"),
    N("om/kennaa.html", ["laptooppiin", "kompiitaroota"], "donation", "om", layout="heading_paragraph"),
    N("om/kennaa.html", ["maatii obbo tolaa", "siree"], "donation", "om", layout="story"),
    N("om/waraqaa-barnootaa.pdf", ["gargaartota barnoota manaa"], "skilled", "om", layout="pdf"),
]
TRAPS = [
    T("index.html", "service", ["what we do for families"]),
    T("index.html", "hours", ["office hours"]),
    T("index.html", "general_appeal", ["family membership"]),
    T("index.html", "blog", ["irreecha 2025 is coming"]),
    T("events.html", "event", ["irreecha 2025"]),
    T("events.html", "recap", ["iftar 2024"]),
    T("events.html", "event", ["general meeting"]),
    T("om/tola-ooltummaa.html", "filled", ["nyaata qopheessuu"], "'Namoonni gahaan argamaniiru' = enough people found"),
    T("om/tola-ooltummaa.html", "job", ["qindeessaa dargaggootaa"]),
    T("om/kennaa.html", "overstock", ["uffata namoota gurguddoo"]),
    T("om/kennaa.html", "dropoff", ["iddoo kennaan itti kennamu"]),
    T("om/waraqaa-barnootaa.pdf", "how_to_apply", ["ijoollee galmeessuu"]),
    T("om/waraqaa-barnootaa.pdf", "how_to_apply", ["waraqaa kana deebisaa"]),
    T("koree/index.html", "robots", ["barreessaa koree"]),
    T("koree/index.html", "robots", ["kireeffachuu"]),
    T("koree/index.html", "robots", ["herrega baankii"]),
]
