"""Site 6: an Oromo elders' association in Rockford (en + om, Oromo PDF health-fair flyer, robots /koree/)."""
from common import N, T

SLUG = "rockford-jaarsolii-oromo-elders"
ROBOTS = "User-agent: *\nDisallow: /koree/\nDisallow: /cgi-bin/\n"

def head(lang, title):
    return """<!DOCTYPE html>
<html lang="%s">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>%s</title>
<link rel="stylesheet" href="/static/main.css">
</head>
<body>
<div class="cookie-banner" role="dialog">This site uses cookies for basic statistics. <button>OK</button></div>
<header>
 <div class="brand">Waldaa Jaarsolii Oromoo Rockford &middot; Rockford Oromo Elders Association</div>
 <nav>
  <a href="/index.html">Home</a> |
  <a href="/om/index.html">Afaan Oromoo</a> |
  <a href="/om/gargaarsa.html">Arjooma</a> |
  <a href="/events.html">Events</a>
 </nav>
</header>
""" % (lang, title)

FOOT = """
<footer>
 <div class="cols">
  <div><strong>Contact</strong><br>Obbo Galaanaa Tolasaa &middot; 763-555-0181<br>jaarsolii@example.org</div>
  <div><strong>Links</strong><br><a href="/koree/yaa-ii.html">Koree (committee)</a><br><a href="/documents/bylaws.html">Bylaws</a></div>
 </div>
 <p>&copy; 2025 Rockford Oromo Elders Association, a Minnesota nonprofit.</p>
</footer>
</body>
</html>
"""

PAGES = {}

PAGES["index.html"] = head("en", "Rockford Oromo Elders Association") + """
<main>
<h1>Rockford Oromo Elders Association</h1>
<p>We are a circle of more than forty Oromo elders &mdash; grandmothers and grandfathers &mdash; living around Rockford,
Buffalo and Delano. Most of our pages are in Afaan Oromoo.</p>

<section>
<h2>Weekly gathering</h2>
<p>Thursdays, noon to 3 pm: lunch, coffee ceremony and conversation in the basement of Rockford Community Church.</p>
</section>

<section>
<h2>In English: a handyman for winter checks</h2>
<p>Several of our elders live alone in older houses. We are looking for a volunteer handyman (or two) who can do simple
winter checks in November: change furnace filters, test smoke detectors, put up weather stripping. The association
pays for the parts.</p>
</section>

<section class="give">
<h2>Support the elders</h2>
<p>Your gift pays for rides and Thursday lunch. <a href="https://donate.example.org/jaarsolii">Donate</a></p>
</section>
</main>
""" + FOOT

PAGES["events.html"] = head("en", "Events | Rockford Oromo Elders") + """
<main>
<h1>Events</h1>

<div class="event">
 <h2>Irreecha Birraa gathering</h2>
 <p class="date">Sunday, October 5 &middot; Lake Rebecca Park Reserve, picnic area 2</p>
 <p>Thanksgiving by the water, with songs, prayers and food, as our elders did in Oromia. Families of every background are welcome.</p>
 <p class="ask"><em>Help wanted:</em> six people to set up and take down the tent and chairs, 8&ndash;10 am and 4&ndash;5 pm.</p>
</div>

<div class="event">
 <h2>Health fair for elders (Guyyaa Fayyaa)</h2>
 <p class="date">Saturday, November 8</p>
 <p>Blood pressure and sugar checks, flu shots and advice. <a href="/om/guyyaa-fayyaa.pdf">Flyer in Afaan Oromoo (PDF)</a></p>
</div>

<div class="event past">
 <h2>Summer picnic &mdash; thank you!</h2>
 <p>Over 90 people came to our picnic at Riverside Park on July 19. Thank you to everyone who cooked.</p>
</div>
</main>
""" + FOOT

PAGES["om/index.html"] = head("om", "Waldaa Jaarsolii Oromoo Rockford") + """
<main>
<h1>Waldaa Jaarsolii Oromoo Rockford</h1>
<p>Baga nagaan dhuftan! Waldaan keenya jaarsolii fi haadholii Oromoo 40 ol ta&rsquo;an kan naannoo Rockford, Buffalo
fi Delano jiraatan walitti fida.</p>

<h2>Tola ooltota nu barbaachisan</h2>

<h3>Geejjiba beellama doktoraa</h3>
<p>Jaarsolii keenya keessaa baay&rsquo;een konkolaataa hin qaban. Namoota konkolaataa qaban kanneen jaarsolii gara
beellama hospitaalaa fi kilinikaatti geessan barbaadna &mdash; torbanitti yeroo tokko ykn lama.</p>

<h3>Hiiktuu Afaan Oromoo fi Ingiliffaa</h3>
<p>Beellama doktoraa irratti ykn xalayaa mootummaa dubbisuuf, namni afaan lamaan beeku nu barbaachisa.</p>

<h3>Barsiisaa bilbila ismaartii</h3>
<p>Jaarsoliin WhatsApp fi Zoom fayyadamuu barachuu barbaadu. Guyyaa Roobii, sa&rsquo;aatii 2:00&ndash;3:00.</p>

<h3><del>Nyaata qopheessuu</del></h3>
<p>Galatoomaa! Namni gahaan jira; amma nama dabalataa hin barbaachisu.</p>

<h2>Sagantaa torbanii</h2>
<p>Kamisa kamiyyuu: nyaata laaqanaa fi buna, sa&rsquo;aatii 12:00&ndash;3:00, Mana Kiristaanaa Rockford.</p>
</main>
""" + FOOT

PAGES["om/gargaarsa.html"] = head("om", "Arjooma alaabaa | Jaarsolii Oromoo") + """
<main>
<h1>Arjooma alaabaa</h1>

<article class="story">
<h2>Haadha Caaltuu: siree fi bulluukoo</h2>
<p>Haati Caaltuu umuriin ishee waggaa 78 dha, kophaa ishee mana xiqqaa keessa jiraatti. Siree hin qabdu; lafa irra
rafti. Siree qulqulluu fi bulluukoo qorraa yoo nuuf kennitan, nuti geessinaaf.</p>
</article>

<h2>Wantoota jaarsoliif barbaachisan</h2>
<ul>
 <li>Ulee deemsaa (walking canes)</li>
 <li>Kophee qorraa kan lafa hin mucucaachifne</li>
 <li>Kaardii bittaa nyaataa (grocery gift cards)</li>
</ul>

<h2>Uffata</h2>
<p>Uffanni qorraa baay&rsquo;ee nuuf kennameera; kuusaan keenya guutuu dha. Hanga birraa itti aanutti uffata hin fudhannu.</p>

<h2>Maallaqaan gargaaruu</h2>
<p>Maallaqni keessan geejjibaa fi nyaata Kamisaa kaffala.</p>
</main>
""" + FOOT

PAGES["koree/yaa-ii.html"] = head("om", "Yaa'ii koree") + """
<main>
<h1>Yaa&rsquo;ii koree &mdash; Fulbaana 2025</h1>
<ol>
 <li>Barreessaa haaraa filachuu: barreessaan duraanii deemeera.</li>
 <li>Konkolaataa xiqqaa (van) bituuf maallaqa walitti qabuu.</li>
 <li>Mana nyaataa haaromsuuf tola ooltota barbaaduu.</li>
</ol>
</main>
""" + FOOT

PDFS = {
    "om/guyyaa-fayyaa.pdf": ("Guyyaa Fayyaa Jaarsolii", [
        ("title", "GUYYAA FAYYAA JAARSOLII - Health Fair for Elders"),
        ("p", "Sanbata, Sadaasa 8, sa'aatii 10:00 - 2:00. Mana Kiristaanaa Rockford, 8100 Main St."),
        ("p", "Qorannoo dhiibbaa dhiigaa fi sukkaaraa bilisaan. Talaallii utaalloo (flu shot) ni jira."),
        ("h", "Tola ooltota barbaadna"),
        ("p", "Ogeessota fayyaa (doktora, narsii ykn farmaasistii) qorannoo kana gaggeessan 3 barbaadna."),
        ("p", "Namoota galmee irratti jaarsolii simatan 2, kanneen Afaan Oromoo dubbachuu danda'an."),
        ("h", "Galmeessuuf"),
        ("p", "Jaarsoliin hirmaachuu barbaadan Obbo Galaanaatti bilbilaa: 763-555-0181."),
        ("gap", ""),
        ("p", "Galatoomaa!"),
    ]),
}

NEEDS = [
    N("index.html", ["handyman", "winter checks"], "skilled", "en", [], "heading_paragraph"),
    N("events.html", ["set up and take down"], "volunteer", "en", [], "event_card_ask",
      "volunteers for an event (the event itself is a trap)"),
    N("om/index.html", ["geejjiba beellama doktoraa"], "volunteer", "om", [], "heading_paragraph", "drivers"),
    N("om/index.html", ["hiiktuu afaan oromoo"], "skilled", "om", ["om", "en"], "heading_paragraph"),
    N("om/index.html", ["barsiisaa bilbila ismaartii"], "volunteer", "om", [], "heading_paragraph", "phone/app helper"),
    N("om/gargaarsa.html", ["siree", "bulluukoo"], "donation", "om", [], "story"),
    N("om/gargaarsa.html", ["wantoota jaarsoliif barbaachisan", "ulee deemsaa"], "donation", "om", [], "wish_list"),
    N("om/guyyaa-fayyaa.pdf", ["ogeessota fayyaa"], "skilled", "om", [], "pdf"),
    N("om/guyyaa-fayyaa.pdf", ["galmee irratti"], "volunteer", "om", ["om"], "pdf", "greeters at registration"),
]

TRAPS = [
    T("index.html", "service", ["weekly gathering"]),
    T("index.html", "general_appeal", ["support the elders"]),
    T("events.html", "event", ["irreecha birraa gathering"]),
    T("events.html", "event", ["health fair for elders"]),
    T("events.html", "recap", ["summer picnic"]),
    T("om/index.html", "filled", ["nyaata qopheessuu"], "del + namni gahaan jira"),
    T("om/index.html", "service", ["sagantaa torbanii"]),
    T("om/gargaarsa.html", "filled", ["uffanni qorraa"], "storage full, not accepting"),
    T("om/gargaarsa.html", "general_appeal", ["maallaqaan gargaaruu"]),
    T("koree/yaa-ii.html", "robots", ["barreessaa haaraa"]),
    T("koree/yaa-ii.html", "robots", ["konkolaataa xiqqaa"]),
    T("koree/yaa-ii.html", "robots", ["mana nyaataa haaromsuuf"]),
    T("om/guyyaa-fayyaa.pdf", "event", ["sanbata, sadaasa 8"]),
    T("om/guyyaa-fayyaa.pdf", "service", ["qorannoo dhiibbaa dhiigaa"]),
    T("om/guyyaa-fayyaa.pdf", "how_to_apply", ["galmeessuuf"]),
]
