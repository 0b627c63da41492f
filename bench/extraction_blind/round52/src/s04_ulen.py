"""Site 4: Ulen Tokkummaa Oromo Association. English + Afaan Oromoo.
Oromo duty table grouped by day with rowspan cells and a status column; Oromo donation page
with two lists, a family story and a money bar; English Q&A (dl) page; Oromo PDF form;
robots /koree/."""
from util import N, T

SLUG = "ulen-tokkummaa-oromo-association"


def page(lang, title, body):
    return """<!DOCTYPE html>
<html lang="%s">
<head><meta charset="utf-8"><title>%s</title>
<link href="https://fonts.example.net/css?family=Lato" rel="stylesheet">
<style>
body{font-family:Lato,Arial,sans-serif;margin:0;background:#fff}
#hdr{background:#b3261e;padding:10px 20px}#hdr a{color:#fff;font-weight:bold;margin-right:14px;text-decoration:none}
.c{max-width:900px;margin:20px auto;padding:0 16px}
table.duty{border-collapse:collapse;width:100%%}table.duty td,table.duty th{border:1px solid #bbb;padding:6px 9px;vertical-align:top}
.ok{color:#1b7a1b;font-weight:bold}.no{color:#999}
dl.qa dt{font-weight:bold;margin-top:16px}dl.qa dt:before{content:"Q: "}dl.qa dd{margin-left:0}dl.qa dd:before{content:"A: ";font-weight:bold}
.bar{height:12px;background:#eee}.bar i{display:block;height:12px;background:#b3261e}
#ftr{font-size:12px;color:#666;border-top:1px solid #ddd;padding:12px 20px;margin-top:30px}
</style></head>
<body>
<div id="hdr"><a href="/">Tokkummaa</a><a href="/hojii.html">Hojii</a><a href="/arjoomi.html">Arjoomi</a><a href="/get-involved.html">Get involved</a><a href="/unka.pdf">Unka (PDF)</a></div>
<div class="c">
%s
</div>
<div id="ftr">Tokkummaa Oromo Association &middot; 9 Front St, Ulen, MN &middot; 218-555-0141 &middot; info@tokkummaa-ulen.org &middot; <a href="/koree/">Committee login</a></div>
</body></html>
""" % (lang, title, body)


INDEX = page("en", "Tokkummaa Oromo Association", """
<h1>Tokkummaa Oromo Association of Ulen</h1>
<p>Tokkummaa means unity. Since 2011 we have brought Oromo families in the Red River valley together for language, culture and mutual help.</p>
<h2>Office hours</h2>
<p>Wednesdays and Saturdays, 10 am&ndash;2 pm, or by appointment.</p>
<h2>Afaan Oromoo Saturday school</h2>
<p>Free classes for children ages 5&ndash;14 in reading and writing Afaan Oromoo, every Saturday during the school year.</p>
<h2>Irreecha celebration</h2>
<p>Saturday, October 5, at the city park shelter. Bring family and friends. <a href="/suuraa/irreecha-2023.html">See last year's photos</a>.</p>
<h2>Get involved</h2>
<p>There are many ways to help our community grow. <a href="/get-involved.html">Learn more</a> or see the <a href="/hojii.html">duty table (Afaan Oromoo)</a>.</p>
<h2>Become a member</h2>
<p>Annual dues are $30 per family. Members vote at the annual meeting.</p>
""")

HOJII = page("om", "Hojii tola ooltummaa", """
<h1>Hojii tola ooltummaa &mdash; Gargaarsa barbaanna</h1>
<p>Hojiin armaan gadii hundi tola ooltummaadha; kaffaltii hin qabu. Haala isaa kolonii dhumaa irratti ilaalaa.</p>
<table class="duty">
<tr><th>Guyyaa</th><th>Hojii</th><th>Namoota</th><th>Haala</th></tr>
<tr><td rowspan="2">Sanbata</td><td>Barsiisaa Afaan Oromoo ijoollee</td><td>2</td><td>Banaa &mdash; nu quunnamaa</td></tr>
<tr><td>Qulqulleessaa galmaa</td><td>3</td><td class="ok">Namni argameera &#10003;</td></tr>
<tr><td rowspan="2">Dilbata</td><td>Nyaata qopheessuu (ayyaana Irreechaaf)</td><td>5</td><td>Ammallee nama 3 barbaanna</td></tr>
<tr><td>Konkolaachisaa maanguddootaa</td><td>2</td><td class="no">Cufameera</td></tr>
<tr><td>Roobii</td><td>Gargaaraa hojii manaa (homework)</td><td>2</td><td>Banaa</td></tr>
</table>
<h2>Hojii kaffaltii qabu</h2>
<p>Barreessaa waajjiraa: sa'aatii 20 torbanitti, $16 sa'aatiitti. Waraqaa keessan hanga Fulbaana 15tti ergaa.</p>
""")

ARJOOMI = page("om", "Arjoomi", """
<h1>Arjoomaa: waan amma barbaachisu</h1>
<h2>Meeshaalee mana barumsaa</h2>
<ul><li>Dabtara</li><li>Qalama fi irsaasii</li><li>Boorsaa dugdaa</li><li>Kuula (crayons)</li></ul>
<h2>Kitaabota Afaan Oromoo ijoolleef</h2>
<p>Manni barumsaa Sanbataa kitaabota dubbisaa Afaan Oromoo xixiqqoo barbaada. Kitaaba haaraa ykn kan itti fayyadamame fiduu dandeessu.</p>
<h2>Uffata qorraa</h2>
<p>Amma hin barbaannu &mdash; kuusaan keenya guutuudha. Galatoomaa!</p>
<h2>Maatii Obbo Dhugaasaa</h2>
<p>Obbo Dhugaasaa fi haati manaa isaanii ijoollee shan wajjin ji'a darbe mana haaraa seenan. Siree, afaa fi meeshaalee kushinaa hin qaban. Gargaaruu yoo dandeessan 218-555-0142 bilbilaa.</p>
<h2>Deeggarsa maallaqaa</h2>
<p>Galma haaraaf: $1,200 kan $5,000 irraa walitti qabameera.</p>
<div class="bar"><i style="width:24%"></i></div>
""")

GET = page("en", "Get involved", """
<h1>Get involved: questions from members</h1>
<dl class="qa">
<dt>Can I help with the youth soccer team?</dt>
<dd>Yes! We need two assistant coaches for our U10 team on Saturday mornings this fall. No experience needed, just patience and a whistle.</dd>
<dt>Do you need clothes?</dt>
<dd>Not right now &mdash; the clothing closet is full until spring. Thank you!</dd>
<dt>How do I enroll my child in Saturday school?</dt>
<dd>Fill out a form at the office on a Wednesday or Saturday and bring your child's last report card.</dd>
<dt>Is there free tax help?</dt>
<dd>Yes, volunteers from the credit union do free tax returns for members in February.</dd>
<dt>We run a small business. Can we help?</dt>
<dd>We are looking for an accountant who can review our books before the annual meeting in March &mdash; about six hours of work.</dd>
<dt>Can teenagers volunteer?</dt>
<dd>Yes. For the Irreecha celebration we need teen helpers to set up chairs, run the kids' games and serve tea. Parents must sign a permission slip.</dd>
<dt>When is Irreecha?</dt>
<dd>Saturday, October 5 this year, at the city park.</dd>
</dl>
""")

KOREE = page("om", "Koree qofa", """
<h1>Koree qofa</h1>
<p>Ajandaa walgahii koree:</p>
<ul>
<li>Barreessaa koree haaraa barbaanna.</li>
<li>Qarshii qabaa haaraa (treasurer) hanga Amajjiitti.</li>
<li>Qindeessaa Irreecha 2025 filachuu.</li>
</ul>
""")

PAGES = {
    "index.html": INDEX,
    "hojii.html": HOJII,
    "arjoomi.html": ARJOOMI,
    "get-involved.html": GET,
    "koree/index.html": KOREE,
}

ROBOTS = """User-agent: *
Disallow: /koree/
"""

PDFS = {
    "unka.pdf": ("Unka tola ooltummaa", [
        ("title", "TOKKUMMAA - UNKA TOLA OOLTUMMAA"),
        ("p", "Maqaa: ______________________  Bilbila: ____________________"),
        ("gap", ""),
        ("h", "Hiriyyaa maatii haaraa"),
        ("p", "Maatiin haaraan ji'a ji'aan Ulen dhufu. Hiriyyaa maatii haaraa ta'uun: mana barumsaa, "
              "hospitaala fi suuqii isaan agarsiisuu, ji'a sadiif torbanitti sa'aatii lama. Afaan Oromoo fi "
              "Ingiliffaa dubbachuu dandeessu taanaan gaariidha."),
        ("p", "[  ] Hiriyyaa ta'uu nan barbaada"),
        ("gap", ""),
        ("h", "Akkaataa unka kana itti deebistan"),
        ("p", "Unka guuttame waajjiratti fidaa ykn info@tokkummaa-ulen.org tti ergaa."),
    ]),
}

NEEDS = [
    N("hojii.html", ["barsiisaa afaan oromoo"], "skilled", "om", ["om"], layout="table_rowspan"),
    N("hojii.html", ["nyaata qopheessuu"], "volunteer", "om", layout="table_rowspan",
      note="'ammallee nama 3 barbaanna' (still need 3)"),
    N("hojii.html", ["gargaaraa hojii manaa", "homework"], "volunteer", "om", layout="table_rowspan"),
    N("arjoomi.html", ["meeshaalee mana barumsaa", "dabtara"], "donation", "om", layout="wish_list"),
    N("arjoomi.html", ["kitaabota afaan oromoo"], "donation", "om", layout="heading_paragraph"),
    N("arjoomi.html", ["maatii obbo dhugaasaa", "siree"], "donation", "om", layout="story"),
    N("get-involved.html", ["assistant coaches", "soccer"], "volunteer", "en", layout="qa_thread"),
    N("get-involved.html", ["accountant", "review our books"], "skilled", "en", layout="qa_thread"),
    N("get-involved.html", ["teen helpers"], "volunteer", "en", layout="qa_thread",
      note="volunteers for an event; the event itself is a trap"),
    N("unka.pdf", ["hiriyyaa maatii haaraa"], "volunteer", "om", ["om", "en"], layout="pdf_form",
      note="both languages preferred"),
]

TRAPS = [
    T("index.html", "hours", ["office hours"]),
    T("index.html", "service", ["saturday school"]),
    T("index.html", "event", ["irreecha celebration"]),
    T("index.html", "teaser", ["get involved"]),
    T("index.html", "general_appeal", ["become a member", "annual dues"]),
    T("hojii.html", "filled", ["qulqulleessaa galmaa"], "'Namni argameera'"),
    T("hojii.html", "filled", ["konkolaachisaa"], "'Cufameera' (closed)"),
    T("hojii.html", "job", ["barreessaa waajjiraa"]),
    T("arjoomi.html", "filled", ["uffata qorraa"], "'amma hin barbaannu'"),
    T("arjoomi.html", "general_appeal", ["deeggarsa maallaqaa"]),
    T("get-involved.html", "filled", ["clothing closet"]),
    T("get-involved.html", "how_to_apply", ["enroll my child"]),
    T("get-involved.html", "service", ["free tax"]),
    T("get-involved.html", "event", ["when is irreecha"]),
    T("unka.pdf", "how_to_apply", ["akkaataa unka kana itti deebistan"]),
    T("koree/index.html", "robots", ["barreessaa koree"]),
    T("koree/index.html", "robots", ["qarshii qabaa"]),
    T("koree/index.html", "robots", ["qindeessaa irreecha"]),
]
