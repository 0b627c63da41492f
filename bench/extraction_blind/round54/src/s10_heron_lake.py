"""Heron Lake Karen Community Church: small church site, English + S'gaw Karen pages, PDF bulletin."""
from common import N, T

SLUG = "heron-lake-karen-community-church"


def kar_shell(title, body):
    return """<!DOCTYPE html>
<html lang="kar">
<head><meta charset="utf-8"><title>%s</title><link rel="stylesheet" href="/style.css"></head>
<body>
<table width="100%%" cellpadding="8"><tr><td bgcolor="#1c4b82"><font color="#ffffff" size="5">ဟဲရၢၣ်လ့ၣ် ကညီခရံာ်ဖိ တၢ်အိၣ်ဖှိၣ်</font></td></tr>
<tr><td bgcolor="#e8eef7"><a href="/index.html">ဟံၣ်</a> &middot; <a href="/volunteer.html">မၤစၢၤ</a> &middot; <a href="/kar/index.html">ကညီ</a> &middot; <a href="/kar/news.html">တၢ်ကစီၣ်</a> &middot; <a href="/bulletin-2025-03-09.pdf">လံာ်ဘိးဘၣ်သ့ၣ်ညါ</a> &middot; <a href="/media/christmas-2024.html">တၢ်ဂီၤ</a></td></tr>
<tr><td>
%s
</td></tr>
<tr><td bgcolor="#e8eef7"><small>၂၁၄ ကျဲ ၂ &middot; ၅၀၇-၅၅၅-၀၁၄၈ &middot; <a href="/elders/index.html">ပှၤသးပှၢ်</a></small></td></tr></table>
</body></html>
""" % (title, body)


def shell(title, body, lang="en"):
    if lang == "kar":
        return kar_shell(title, body)
    return """<!DOCTYPE html>
<html lang="%s">
<head><meta charset="utf-8"><title>%s</title><link rel="stylesheet" href="/style.css"></head>
<body>
<table width="100%%" cellpadding="8"><tr><td bgcolor="#1c4b82"><font color="#ffffff" size="5">Heron Lake Karen Community Church</font></td></tr>
<tr><td bgcolor="#e8eef7"><a href="/index.html">Home</a> &middot; <a href="/volunteer.html">Serve</a> &middot; <a href="/kar/index.html">ကညီ</a> &middot; <a href="/kar/news.html">တၢ်ကစီၣ်</a> &middot; <a href="/bulletin-2025-03-09.pdf">Bulletin</a> &middot; <a href="/media/christmas-2024.html">Media</a></td></tr>
<tr><td>
%s
</td></tr>
<tr><td bgcolor="#e8eef7"><small>214 Second St, Heron Lake, MN &middot; 507-555-0148 &middot; <a href="/elders/index.html">Elders</a></small></td></tr></table>
</body></html>
""" % (lang, title, body)


PAGES = {}
PAGES["index.html"] = shell("Heron Lake Karen Community Church", """
<h1>Welcome</h1>
<p>We are a Karen Baptist congregation that has worshipped in Heron Lake since 2009, in the old Methodist building on Second Street.</p>
<h2>Worship times</h2>
<p>Sunday 1:00 pm in Karen, with English summary. Wednesday prayer 7:00 pm.</p>
<h2>English class</h2>
<p>Our Tuesday night English class has 14 adult learners and only one teacher. We need a second volunteer ESL teacher for the beginner group, 6:30&ndash;8 pm.</p>
<h2>Our pastor</h2>
<p>Pastor Saw Htoo Paw grew up in Mae La camp, came to Minnesota in 2007 and was ordained in 2014.</p>
<h2>Building fund</h2>
<p>Please remember the building fund in your giving. We hope to replace the roof in 2026.</p>
""")
PAGES["volunteer.html"] = shell("Serve – Heron Lake Karen Community Church", """
<h1>Ways to serve</h1>
<div class="card"><h3>Youth soccer coach</h3><p>Our boys' and girls' teams play in the Jackson County summer league. We need a coach who can come to Thursday practices.</p></div>
<div class="card"><h3>Sound booth operator</h3><p>Run the mixer and projector on Sunday afternoons. We will train you, but some experience with audio equipment helps.</p></div>
<div class="card"><h3>Sunday school helpers</h3><p>Two helpers for the 3&ndash;5 year olds during the sermon. Karen speakers preferred, since most of the little ones speak only Karen.</p></div>
<div class="card"><h3>Church van driver <span class="pill">FILLED</span></h3><p>Thank you, Brother Eh Kaw!</p></div>
<div class="card"><h3>Sunday lunch cooks</h3><p>We have enough cooking teams through May. Sign-up for summer opens in June.</p></div>
<div class="card"><h3>Church secretary</h3><p>Paid, 15 hours a week. Karen and English. Apply to the elders.</p></div>
""")
PAGES["kar/index.html"] = shell("ကညီ", """
<h1>ကညီခရံာ်ဖိ တၢ်အိၣ်ဖှိၣ်</h1>
<p>တၢ်ဘါ မုၢ်ဧိၤ ဟါခီ ၁ နၣ်ရံၣ် (worship 1:00 PM)</p>
<p>ပှၤကညီ ခရံာ်ဖိ ဒီး ပှၤဟဲဝဲ ကိးဂၤဒဲး ဝံသးစူၤ ဟဲထီၣ် တၢ်ဘါ. ဘၣ်ယွၤ ဆီၣ်ထွဲမၤစၢၤ နတၢ်အိၣ်မူ.</p>
<h2>ပှၤမၤစၢၤတၢ် လိၣ်ဘၣ်</h2>
<h3>သရၣ်ကညီလံာ် လၢဖိသၣ်ဖိ (teacher of karen reading for kids)</h3>
<p>မုၢ်ဖီဖး ဂီၤခီ ဖိသၣ်ဖိ ကမၤလိ ကညီလံာ်. ပိာ်မုၣ် မ့တမ့ၢ် ပိာ်ခွါ လၢအသ့ ကညီလံာ် ဝံသးစူၤ ကိး ၅၀၇-၅၅၅-၀၁၄၈.</p>
<h3>ပှၤနီၣ်သိလ့ၣ် (driver to the clinic)</h3>
<p>ဆှၢ ပှၤသးပှၢ် လၢ ကသံၣ်ဟံၣ် ဝ့ၢ်ဝူဒ်တ့ၣ်ထၢၣ် မုၢ်ဆ့ၣ်ကီၢ်.</p>
<h3>ပှၤဒုစ့ၤပံၣ် (keyboard player)</h3>
<p>တၢ်သးဝံၣ် မုၢ်ဧိၤ လိၣ်ဘၣ် ပှၤဒုစ့ၤပံၣ် တဂၤ.</p>
<h3><s>ပှၤကွၢ်ဖိသၣ် (nursery helpers)</s></h3>
<p>အိၣ်လၢၤလံ. တၢ်ဘျုး.</p>
""", lang="kar")
PAGES["kar/news.html"] = shell("တၢ်ကစီၣ်", """
<h1>တၢ်ကစီၣ်</h1>
<p>တၢ်ကစီၣ် လၢ ပတၢ်အိၣ်ဖှိၣ် ဒီး ပဟံၣ်ဃီ ကိးဖုဒဲး.</p>
<h2>ကညီနီၣ်ထံၣ်သီ (karen new year)</h2>
<p>ပှၤ ၃၀၀ ဟဲထီၣ် ကညီနီၣ်ထံၣ်သီ. တၢ်ဘျုး ကိးဂၤဒဲး.</p>
<h2>စီၤမူးထူ အဟံၣ်ဃီ (house fire)</h2>
<p>စီၤမူးထူ အဟံၣ် မ့ၢ်ဒ့ၣ်ကဲၤ. အဟံၣ်ဃီ လိၣ်ဘၣ် ဘု (rice), ယဲၤ (blankets), ဒီး ဆ့ကၤ လၢဖိသၣ်ဖိ. ဝံသးစူၤ မၤစၢၤ.</p>
<h2>တၢ်လိၣ်ဘၣ် (church kitchen)</h2>
<p>ဖဲဖိ လိၣ်ဘၣ် သပၢၤ (big cooking pots) ဒီး ခီၣ်ဖျၢၣ် (plates).</p>
<h2>ခရံာ်အိၣ်ဖျဲၣ်မူးပွဲ (christmas program)</h2>
<p>ဒံၣ်စ့ၤဘၢၣ် ၂၄ ဟါခီ ၆ နၣ်ရံၣ်.</p>
""", lang="kar")
PAGES["elders/index.html"] = shell("Elders", """
<h1>Elders' notes</h1>
<ul><li>Need a treasurer to replace Saw Ler Moo.</li><li>Roof bids: need two more contractors.</li><li>Need volunteers to paint the fellowship hall.</li></ul>
""")
ROBOTS = "User-agent: *\nDisallow: /elders\n"

PDFS = {"bulletin-2025-03-09.pdf": ("Sunday bulletin, March 9, 2025", [
    ("title", "Heron Lake Karen Community Church - Sunday, March 9, 2025"),
    ("h", "Order of worship"),
    ("p", "Call to worship - Hymn 214 - Prayer - Scripture: Psalm 23 - Sermon: Pastor Saw Htoo Paw - Offering - Benediction"),
    ("h", "Pastor's note"),
    ("p", "Thank you for your faithful giving. One more thing: the basement furnace is making a loud banging noise again. If anyone in the church knows furnaces, please take a look after service. We need someone who can service the furnace before next winter."),
    ("h", "Announcements"),
    ("p", "Baptism class: those who wish to be baptized at Easter, please give your name to Deacon Paw Htoo by March 23."),
    ("p", "Women's fellowship meets Saturday at 10 am in the fellowship hall."),
    ("p", "Thanksgiving offering last November was $2,450. Praise God!"),
])}

NEEDS = [
    N("index.html", ["esl teacher", "english class"], "skilled", "en", ["en"], layout="heading_paragraph"),
    N("volunteer.html", ["youth soccer coach"], "volunteer", "en", layout="role_cards"),
    N("volunteer.html", ["sound booth operator"], "skilled", "en", layout="role_cards"),
    N("volunteer.html", ["sunday school helpers"], "volunteer", "en", ["kar"], layout="role_cards"),
    N("kar/index.html", ["teacher of karen reading", "သရၣ်ကညီလံာ်"], "skilled", "kar", ["kar"], layout="heading_paragraph", note="English gloss printed next to the Karen heading"),
    N("kar/index.html", ["driver to the clinic", "ပှၤနီၣ်သိလ့ၣ်"], "volunteer", "kar", layout="heading_paragraph"),
    N("kar/index.html", ["keyboard player"], "skilled", "kar", layout="heading_paragraph"),
    N("kar/news.html", ["house fire", "စီၤမူးထူ"], "donation", "kar", layout="story", note="family after a house fire: rice, blankets, children's clothes"),
    N("kar/news.html", ["big cooking pots", "church kitchen"], "donation", "kar", layout="heading_paragraph"),
    N("bulletin-2025-03-09.pdf", ["furnace"], "skilled", "en", layout="pdf", note="buried in pastor's note"),
]
TRAPS = [
    T("index.html", "hours", ["worship times"]),
    T("index.html", "bio", ["saw htoo paw"]),
    T("index.html", "general_appeal", ["building fund"]),
    T("volunteer.html", "filled", ["church van driver"], "FILLED pill"),
    T("volunteer.html", "filled", ["sunday lunch cooks"], "enough teams through May"),
    T("volunteer.html", "job", ["church secretary"]),
    T("kar/index.html", "hours", ["worship 1:00 pm"]),
    T("kar/index.html", "filled", ["nursery helpers"], "struck through + 'enough'"),
    T("kar/news.html", "recap", ["karen new year"]),
    T("kar/news.html", "event", ["christmas program"]),
    T("bulletin-2025-03-09.pdf", "event", ["order of worship"]),
    T("bulletin-2025-03-09.pdf", "how_to_apply", ["baptism class"]),
    T("bulletin-2025-03-09.pdf", "event", ["women's fellowship"]),
    T("bulletin-2025-03-09.pdf", "recap", ["thanksgiving offering"]),
    T("elders/index.html", "robots", ["treasurer"]),
    T("elders/index.html", "robots", ["roof bids"]),
    T("elders/index.html", "robots", ["paint the fellowship hall"]),
]
