from common import N, T

SLUG = "watertown-lalisaa-oromo-center"


def page(lang, title, body):
    return """<!doctype html>
<html lang="%s">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>%s &middot; Lalisaa Oromo Community Center</title>
<style>
.cards{display:flex;flex-wrap:wrap;gap:1rem}.cards>div{flex:1 1 30%%;border-top:4px solid #2b7a3d;padding:.8rem;background:#f6faf5}
.tag{font-size:.75rem;text-transform:uppercase;background:#888;color:#fff;padding:1px 5px}
dt{font-weight:bold;margin-top:1em}
</style>
</head>
<body>
<header><p class="logo">LALISAA</p>
<nav><a href="/index.html">Home</a> · <a href="/volunteer.html">Volunteer</a> · <a href="/om/index.html">Afaan Oromoo</a> · <a href="/om/kadhaa.html">Gumaacha</a></nav>
</header>
<main>
%s
</main>
<footer>Lalisaa Oromo Community Center, 210 Lewis Ave S, Watertown, MN 55388 · (952) 555-0184 ·
<a href="/om/waraqaa-gargaarsa.pdf">Waraqaa tola ooltotaa (PDF)</a> · <a href="/hoggansa/yaaii.html">Hoggansa</a> ·
<a href="/suuraalee/irreecha-2024.html">Suuraalee</a></footer>
</body>
</html>
""" % (lang, title, body)


INDEX = page("en", "Home", """
<h1>Lalisaa Oromo Community Center</h1>
<p><em>Lalisaa</em> means &ldquo;greening&rdquo;. Since 2014 we have been a gathering place for Oromo families west of the Twin Cities.</p>
<h2>Programs</h2>
<p>We run free Afaan Oromoo classes for children, a women's walking group, and help with MNsure and tax forms.</p>
<h2>Center hours</h2>
<p>Wednesday to Saturday, noon to 8 pm.</p>
<h2>Meet our chair</h2>
<p>Caaltuu Gurmeessaa came to Minnesota in 2001 and has taught in the Watertown&ndash;Mayer schools for fifteen years.</p>
<h2>Become a sustaining member</h2>
<p>Members give $10 a month and keep the lights on. Thank you!</p>
""")

VOLUNTEER = page("en", "Volunteer", """
<h1>Volunteer with Lalisaa</h1>
<p>We are seeking people for the roles below. Call or text (952) 555-0184.</p>
<dl>
 <dt>Grant writer</dt>
 <dd>We have never applied for a foundation grant. A volunteer who has written grants before could help us apply for two small ones this winter.</dd>
 <dt>Youth soccer referee</dt>
 <dd>Saturday mornings, June&ndash;August, U8 and U10 games at Highland Park. We will pay for the referee course.</dd>
 <dt>Event photographer</dt>
 <dd>This spot has been taken &ndash; thank you, Lensa!</dd>
 <dt>Bookkeeper</dt>
 <dd>Paid position: 10 hours a month, $25/hour. QuickBooks experience required.</dd>
</dl>
""")

OM = page("om", "Afaan Oromoo", """
<h1>Giddugala Hawaasa Oromoo Lalisaa</h1>
<p>Tola ooltota barbaanna! Hojiiwwan armaan gadii keessaa tokko filadhaa.</p>
<div class="cards">
 <div><h3>Barsiisaa Afaan Oromoo ijoolleef</h3>
  <p>Sanbata ganama sa'aatii 10 hanga 12tti ijoollee keenyaaf Afaan Oromoo barsiisuuf namoota lama barbaanna.</p></div>
 <div><h3>Konkolaachiftoota maanguddootaaf</h3>
  <p>Maanguddoota gara mana yaalaa fi gabaa geessuuf konkolaachiftoota konkolaataa mataa isaanii qaban barbaanna.</p></div>
 <div><h3>Gargaaraa hojii manaa <span class="tag">Guutameera</span></h3>
  <p>Namni gahaan argameera, galatoomaa!</p></div>
 <div><h3>Barsiisaa Afaan Ingiliffaa haadholiif</h3>
  <p>Haadholii Afaan Ingiliffaa barachuu barbaadaniif Kamisa galgala barsiisaa tokko barbaanna.</p></div>
 <div><h3>Ayyaana Irreechaa</h3>
  <p>Onkoloolessa 5, paarkii Lake Rebecca keessatti. Hundi keessan dhufaa!</p></div>
</div>
""")

KADHAA = page("om", "Gumaacha", """
<h1>Gumaacha meeshaalee</h1>
<h2>Wantoota nu barbaachisan</h2>
<ul>
 <li>Uffata qorraa ijoollee</li>
 <li>Kophee qorraa</li>
 <li>Gonfoo fi guwaantii</li>
 <li>Afata (carpet) xixiqqaa</li>
</ul>
<h2>Kitaabota</h2>
<p>Gahaa qabna &ndash; galatoomaa! Amma kana booda hin fidinaa.</p>
<h2>Maatii Obbo Tolaa</h2>
<p>Maatiin Obbo Tolaa Gammachuu ji'a darbe Naayiroobii irraa dhufan. Ijoollee afur qabu. Amma mana duwwaa keessa jiraatu:
siree, teessoo fi minjaala hin qaban. Namni siree ykn teessoo kennuu danda'u nu quunnamaa.</p>
<h2>Bara darbe</h2>
<p>Bara darbe maatii 40f nyaata ayyaanaa qoodne. Galatoomaa!</p>
""")

HOGGANSA = page("om", "Hoggansa", """
<h1>Yaa'ii hoggansaa (dhuunfaa)</h1>
<ul>
 <li>Abukaatoo tola ooltuu gorsa seeraa kennu barbaaduu.</li>
 <li>Gumaacha maallaqaa manni daldalaa tokko akka nuuf kennu gaafachuu.</li>
 <li>Koree ayyaanaa nama sadii dabaluu.</li>
</ul>
""")

PAGES = {"index.html": INDEX, "volunteer.html": VOLUNTEER, "om/index.html": OM, "om/kadhaa.html": KADHAA,
         "hoggansa/yaaii.html": HOGGANSA}

ROBOTS = "User-agent: *\r\nDisallow: /hoggansa/\r\n\r\nUser-agent: GPTBot\r\nDisallow: /\r\n"

PDFS = {
    "om/waraqaa-gargaarsa.pdf": ("Waraqaa tola ooltotaa - Lalisaa", [
        ("title", "GIDDUGALA HAWAASA OROMOO LALISAA"),
        ("title", "Waraqaa galmee tola ooltotaa"),
        ("p", "210 Lewis Ave S, Watertown, MN 55388 - (952) 555-0184"),
        ("h", "Maqaa fi bilbila"),
        ("p", "Maqaa: ____________________________   Bilbila: _______________"),
        ("h", "Ayyaana booda: qulqullina galmaa"),
        ("p", "Ayyaana fi cidha hawaasaa booda galma qulqulleessuuf tola ooltota 6 barbaanna. Hojiin kun sa'aatii lama "
              "qofa fudhata. Yoo hirmaachuu barbaadde, asitti mallattoo godhi: [ ]"),
        ("h", "Waraqaa kana akkamitti deebistu"),
        ("p", "Waraqaa kana guuttee waajjira keenyatti fidi ykn suuraa kaasii WhatsApp irratti nuuf ergi."),
    ]),
}

NEEDS = [
    N("volunteer.html", ["grant writer"], "skilled", "en", layout="definition_list"),
    N("volunteer.html", ["youth soccer referee", "referee"], "volunteer", "en", layout="definition_list"),
    N("om/index.html", ["barsiisaa afaan oromoo"], "skilled", "om", ["om"], layout="role_cards"),
    N("om/index.html", ["konkolaachiftoota"], "volunteer", "om", layout="role_cards"),
    N("om/index.html", ["afaan ingiliffaa haadholiif"], "skilled", "om", ["en"], layout="role_cards"),
    N("om/kadhaa.html", ["wantoota nu barbaachisan", "uffata qorraa"], "donation", "om", layout="wish_list"),
    N("om/kadhaa.html", ["siree"], "donation", "om", layout="story", note="family in empty flat"),
    N("om/waraqaa-gargaarsa.pdf", ["galma qulqulleessuuf", "qulqullina galmaa"], "volunteer", "om", layout="pdf"),
]

TRAPS = [
    T("index.html", "service", ["afaan oromoo classes"]),
    T("index.html", "hours", ["center hours"]),
    T("index.html", "bio", ["meet our chair"]),
    T("index.html", "general_appeal", ["sustaining member"]),
    T("volunteer.html", "filled", ["event photographer"], "spot has been taken"),
    T("volunteer.html", "job", ["bookkeeper"], "paid $25/h"),
    T("om/index.html", "filled", ["gargaaraa hojii manaa"], "Guutameera badge"),
    T("om/index.html", "event", ["ayyaana irreechaa"]),
    T("om/kadhaa.html", "filled", ["kitaabota"], "gahaa qabna"),
    T("om/kadhaa.html", "recap", ["maatii 40f"]),
    T("hoggansa/yaaii.html", "robots", ["abukaatoo"]),
    T("hoggansa/yaaii.html", "robots", ["gumaacha maallaqaa"]),
    T("hoggansa/yaaii.html", "robots", ["koree ayyaanaa"]),
    T("om/waraqaa-gargaarsa.pdf", "how_to_apply", ["waraqaa kana akkamitti deebistu"]),
]
