"""Onamia: Karen Baptist fellowship. Pages published from Google Docs ("Publish to the web"):
class soup (c1, c5...), headings inside spans, list items with lst-kix classes, a S'gaw Karen page."""
from common import N, T

SLUG = "onamia-karen-baptist-fellowship"

CSS = ("<style type=\"text/css\">ul.lst-kix_k7a2-0{list-style-type:none}.lst-kix_k7a2-0>li:before{content:\"\\0025cf   \"}"
       ".c0{color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:11pt;font-family:\"Arial\";font-style:normal}"
       ".c1{padding-top:0pt;padding-bottom:0pt;line-height:1.15;orphans:2;widows:2;text-align:left}"
       ".c2{padding-top:18pt;padding-bottom:6pt;line-height:1.15;page-break-after:avoid;text-align:left}"
       ".c3{color:#000000;font-weight:700;font-size:16pt;font-family:\"Arial\"}"
       ".c4{background-color:#ffffff;max-width:468pt;padding:72pt 72pt 72pt 72pt}"
       ".c5{margin-left:36pt;padding-left:0pt}.c6{color:#1155cc;text-decoration:underline}"
       ".c7{font-style:italic;color:#666666}.c8{text-decoration:line-through}"
       ".title{padding-top:0pt;color:#000000;font-size:26pt;padding-bottom:3pt;font-family:\"Arial\"}</style>")


def gdoc(lang, title, body):
    return """<html lang="{LANG}"><head><meta content="text/html; charset=UTF-8" http-equiv="content-type"><title>{TITLE}</title>{CSS}</head><body class="c4 doc-content"><div id="banner"><a href="/index.html"><img src="/img/okbf-logo.png" alt="Onamia Karen Baptist Fellowship" width="220"></a></div><p class="c1"><span class="c0"><a class="c6" href="/index.html">Home</a> &middot; <a class="c6" href="/serve.html">Ways to Serve</a> &middot; <a class="c6" href="/karen.html">ကညီကျိာ် (Karen)</a> &middot; <a class="c6" href="/news.html">Fellowship News</a> &middot; <a class="c6" href="/bulletin/october-27-2024.pdf">Sunday bulletin (PDF)</a></span></p>
{BODY}
<p class="c1"><span class="c0">&nbsp;</span></p><p class="c1"><span class="c7">Onamia Karen Baptist Fellowship &middot; 405 Main St, Onamia, MN 56359 &middot; (320) 555-0117 &middot; okbf.onamia@example.org &middot; <a class="c6" href="/leaders/notes.html">Leaders</a> &middot; <a class="c6" href="/sermons/2024-09-15.html">Last sermon</a></span></p></body></html>
""".replace("{LANG}", lang).replace("{TITLE}", title).replace("{CSS}", CSS).replace("{BODY}", body)


def h(text):
    return '<h2 class="c2"><span class="c3">%s</span></h2>' % text


def p(text):
    return '<p class="c1"><span class="c0">%s</span></p>' % text


INDEX = gdoc("en", "Onamia Karen Baptist Fellowship", """
<p class="title"><span>Onamia Karen Baptist Fellowship</span></p>
""" + p("A Karen and English-speaking church family on the south shore of Mille Lacs, meeting in the former "
        "Grace Lutheran building since 2015.") + h("Sunday Worship") + p(
    "Karen service at 10:00 am, English and youth service at 12:30 pm. Wednesday prayer meeting at 7:00 pm.") + h(
    "Children&rsquo;s Bible Class") + p(
    "During the Karen service, children ages 3 to 11 have their own Bible class downstairs with snacks.") + h(
    "Our Pastor") + p(
    "Rev. Saw Ler Moo was born in Mae Ra Moo camp, studied at the Kawthoolei Karen Baptist Bible School, and "
    "came to Minnesota in 2008. He and his wife Naw Paw Htee have four children.") + h("New Hall Fund") + p(
    "We have raised $41,000 of the $120,000 we need to buy our building from the synod. Every gift, large or "
    "small, brings us closer."))

SERVE = gdoc("en", "Ways to Serve", """
<p class="title"><span>Ways to Serve</span></p>
<p class="c1"><span class="c7">Updated October 27, 2024 by the deacons</span></p>
""" + h("Rides to worship") + p(
    "Several elders in Isle, Wahkon and Vineland have no car and miss church in winter. We need drivers on "
    "Sunday mornings &ndash; even one or two Sundays a month makes a difference.") + h(
    "Driver&rsquo;s permit study partners") + p(
    "Many of our adults are studying for the Minnesota permit test. We are looking for people who can go over "
    "the practice questions with them in simple English. Karen speakers are especially welcome.") + h(
    "Snow crew") + p(
    "When it snows, the front steps and the ramp have to be cleared before 9:30 on Sunday morning. Bring a "
    "shovel; the salt is in the entry closet.") + h("Nursery rotation") + p(
    "Thank you! Every Sunday through Easter now has two nursery helpers. We will ask again in the spring.") + h(
    "Youth pastor (part-time)") + p(
    "The church will hire a part-time youth pastor, 20 hours a week with a salary. Please speak to a deacon if "
    "you are interested.") + h("Choir") + p(
    "Choir practice is Saturday at 6:00 pm in the sanctuary. Everyone who likes to sing is welcome."))

# S'gaw Karen (Myanmar script) with English glosses, as on many Karen diaspora flyers.
KAREN = gdoc("kar", "ပှၤကညီ ခရံာ်ဖိ", """
<p class="title"><span>ပှၤကညီ ခရံာ်ဖိ တၢ်အိၣ်ဖှိၣ် &middot; Onamia</span></p>
""" + p("တၢ်မၤစၢၤ လၢ ပလိၣ်ဘၣ် (Help we need now). ကိးဘၣ် Thra Eh Paw (320) 555-0117.") + """
<ul class="c5 lst-kix_k7a2-0 start">
<li class="c1 li-bullet-0"><span class="c3">ပှၤမၤစၢၤ ကၠိဖိ (homework helpers)</span><span class="c0"> &ndash; ကၠိဖိ ပှၤကညီ တဖၣ် Tuesday &amp; Thursday 4&ndash;6 pm. ပှၤ ကတိၤ ကညီကျိာ် ဒီး အဲကလံးကျိာ် ဂ့ၤကတၢၢ်.</span></li>
<li class="c1 li-bullet-0"><span class="c3">တၢ်ထါ အလုၢ် (loom thread)</span><span class="c0"> &ndash; cotton thread for back-strap looms, any color. ပှၤမုၣ် တဖၣ် ထါ ဆ့ၤကၤ ကညီ.</span></li>
<li class="c1 li-bullet-0"><span class="c3">ပှၤဖီတၢ်အီၣ် ကညီနံၣ်သီ (cooks for Karen New Year)</span><span class="c0"> &ndash; ပလိၣ် ပှၤ ၁၀ ဂၤ. January 10, 4 pm.</span></li>
<li class="c1 li-bullet-0"><span class="c3">ပှၤကတိၤကျိာ် လၢ တၢ်ဆါဟံၣ် (hospital interpreters)</span><span class="c0"> &ndash; ကညီကျိာ် ဒီး အဲကလံးကျိာ်, Brainerd ဒီး St. Cloud.</span></li>
<li class="c1 li-bullet-0"><span class="c3">ပှၤနီၤ တၢ်အီၣ် မုၢ်ဒဲး (Sunday lunch servers)</span><span class="c0"> &ndash; ပှၤ လၢၤလံ. တၢ်ဘျုး! (We have enough people now.)</span></li>
</ul>
""" + h("ကညီနံၣ်သီ (Karen New Year celebration)") + p(
    "January 11, 2025, 10 am, Onamia High School gym. ပှၤကညီ ခဲလၢာ် ကဟဲ. Wear Karen dress.") + h(
    "ကညီကျိာ် ကၠိ (Karen language school)") + p(
    "ဖိသၣ် တဖၣ် မၤလိ ကညီကျိာ်. Saturdays 10 am, free for all children."))

NEWS = gdoc("en", "Fellowship News - November 2024", """
<p class="title"><span>Fellowship News &ndash; November 2024</span></p>
""" + h("Welcome, Htoo family") + p(
    "Naw Paw Htoo and her husband Saw Eh Say arrived from Mae La camp in September with six children. They "
    "rent a small house on Roosevelt Road, but it came with only two mattresses. They still need a dining table "
    "and chairs, bed frames, and winter coats for the children, who are 2 to 15 years old. Bring things to the "
    "church on Sunday and tell a deacon.") + h("Thanksgiving") + p(
    "140 people shared our Thanksgiving meal this year. The youth group served and then washed dishes until 9 "
    "o&rsquo;clock.") + h("Baptism Sunday, December 8") + p(
    "Seven young people will be baptized in the Karen service. Families may bring flowers.") + h(
    "From the pastor&rsquo;s desk") + p(
    "&ldquo;Thankful in every season&rdquo; &ndash; Pastor Saw Ler Moo reflects on our first ten years in Onamia. "
    "<span class=\"c7\">Continue reading in the December bulletin&hellip;</span>") + h("Craft fair") + p(
    "The women&rsquo;s fellowship will sell woven bags and sarongs at the Mille Lacs holiday craft fair on "
    "December 7."))

LEADERS = gdoc("en", "Leaders - private notes", """
<p class="title"><span>Deacons and Leaders &ndash; private notes</span></p>
<ul class="c5 lst-kix_k7a2-0 start">
<li class="c1 li-bullet-0"><span class="c0">Ask the Mille Lacs Band food program about a rice donation for the New Year feast.</span></li>
<li class="c1 li-bullet-0"><span class="c0">Find a treasurer assistant before the budget meeting.</span></li>
<li class="c1 li-bullet-0"><span class="c0">Need a volunteer to drive Pastor to the Karen convention in Omaha in July.</span></li>
</ul>
""")

PAGES = {"index.html": INDEX, "serve.html": SERVE, "karen.html": KAREN, "news.html": NEWS,
         "leaders/notes.html": LEADERS}

ROBOTS = "# Onamia Karen Baptist Fellowship\nUser-agent: *\nDisallow: /leaders/\nDisallow: /drafts/\n"

PDFS = {
    "bulletin/october-27-2024.pdf": ("Sunday Bulletin - October 27, 2024", [
        ("title", "Onamia Karen Baptist Fellowship - Sunday Bulletin"),
        ("p", "October 27, 2024 - Reformation Sunday"),
        ("h", "Order of Worship"),
        ("p", "Call to worship - Hymn 112 - Prayer - Scripture reading: Psalm 23 - Sermon: The Lord is my "
              "shepherd (Rev. Saw Ler Moo) - Hymn 45 - Benediction"),
        ("h", "Announcements"),
        ("p", "1. The offering this week goes to the New Hall Fund."),
        ("p", "2. Our kitchen freezer stopped working last Sunday and the meat for the New Year feast has "
              "nowhere to go. If your family has a chest freezer in working order that you can give to the "
              "church, please tell Deacon Saw Eh Htoo after the service."),
        ("p", "3. The women's Bible study moves to Thursday evenings at 7:00 starting in November."),
    ]),
}

NEEDS = [
    N("serve.html", ["rides to worship"], "volunteer", "en", layout="gdoc_heading_paragraph"),
    N("serve.html", ["permit study partners", "driver's permit"], "skilled", "en", ["en", "kar"],
      layout="gdoc_heading_paragraph", note="simple English; Karen speakers especially welcome"),
    N("serve.html", ["snow crew"], "volunteer", "en", layout="gdoc_heading_paragraph"),
    N("karen.html", ["homework helpers", "ပှၤမၤစၢၤ ကၠိဖိ"], "skilled", "kar", ["kar", "en"], layout="list_gloss"),
    N("karen.html", ["loom thread"], "donation", "kar", layout="list_gloss"),
    N("karen.html", ["cooks for karen new year"], "volunteer", "kar", layout="list_gloss"),
    N("karen.html", ["hospital interpreters"], "skilled", "kar", ["kar", "en"], layout="list_gloss"),
    N("news.html", ["htoo family", "dining table"], "donation", "en", layout="story"),
    N("bulletin/october-27-2024.pdf", ["chest freezer"], "donation", "en", layout="pdf",
      note="buried in bulletin announcements"),
]

TRAPS = [
    T("index.html", "hours", ["sunday worship"]),
    T("index.html", "service", ["children's bible class"]),
    T("index.html", "bio", ["our pastor", "rev. saw ler moo"]),
    T("index.html", "general_appeal", ["new hall fund"]),
    T("serve.html", "filled", ["nursery rotation"], "every Sunday through Easter has two helpers"),
    T("serve.html", "job", ["youth pastor"]),
    T("serve.html", "event", ["choir practice"]),
    T("karen.html", "filled", ["sunday lunch servers"], "ပှၤ လၢၤလံ = we have enough people"),
    T("karen.html", "event", ["karen new year celebration"]),
    T("karen.html", "service", ["karen language school"]),
    T("news.html", "recap", ["thanksgiving"]),
    T("news.html", "event", ["baptism sunday"]),
    T("news.html", "blog", ["thankful in every season"]),
    T("news.html", "event", ["craft fair"]),
    T("bulletin/october-27-2024.pdf", "event", ["order of worship"]),
    T("bulletin/october-27-2024.pdf", "general_appeal", ["offering this week"]),
    T("bulletin/october-27-2024.pdf", "event", ["women's bible study"]),
    T("leaders/notes.html", "robots", ["rice donation"]),
    T("leaders/notes.html", "robots", ["treasurer assistant"]),
    T("leaders/notes.html", "robots", ["karen convention in omaha"]),
]
