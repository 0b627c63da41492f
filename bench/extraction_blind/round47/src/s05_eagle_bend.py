from common import N, T

SLUG = "eagle-bend-karen-youth-soccer"

# Karen strings kept in variables so the truth keys match the page text exactly
K_JERSEY = "ဆ့ၤကၤဖျၢၣ်"
K_FRUIT = "တၢ်သ့ၣ်တၢ်သဖှိၣ်"
K_TRANS = "ပှၤကျိးထံကျိာ်"


def page(lang, title, body):
    return """<!DOCTYPE html>
<html lang="%s" itemscope itemtype="http://schema.org/WebPage">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kawthoolei United Youth Soccer - %s</title>
<link href="https://fonts.googleapis.com/css?family=Open+Sans" rel="stylesheet" nonce="x">
</head>
<body>
<div class="UtePc RCETm" role="navigation">
  <div class="Xpil1b"><a class="Zjiec" href="/index.html">Kawthoolei United</a></div>
  <ul class="jgXgSe">
    <li class="VsJjtf"><a class="aJHbb" href="/index.html">Home</a></li>
    <li class="VsJjtf"><a class="aJHbb" href="/faq.html">Parents &amp; helpers FAQ</a></li>
    <li class="VsJjtf"><a class="aJHbb" href="/news.html">News</a></li>
    <li class="VsJjtf"><a class="aJHbb" href="/kar/index.html">ကညီ (Karen)</a></li>
  </ul>
</div>
<div role="main" class="UtePc">
  <section class="yaqOZd"><div class="mYVXT"><div class="LS81yb"><div class="hJDwNd-AhqUyc-uQSCkd">
%s
  </div></div></div></section>
</div>
<div class="dZA9kd" role="contentinfo">
  <div class="tyJCtd baZpAe"><p class="zfr3Q">Kawthoolei United Youth Soccer &middot; Eagle Bend, MN 56446 &middot; (218) 555-0107 &middot; coach@kawthooleiunited.org</p>
  <p class="zfr3Q"><a href="/docs/registration-fall-2025.pdf">Fall registration form (PDF)</a> &middot; <a href="/coaches/roster.html">Coaches' page</a></p></div>
</div>
</body>
</html>
""" % (lang, title, body)


INDEX = page("en", "Home", """
<h1 class="jXK9ad-SmKAyb">Everybody plays.</h1>
<p class="zfr3Q">Kawthoolei United is a free youth soccer club for Karen kids and every other kid in Eagle Bend and Clarissa, ages 6 to 16.</p>

<h2 class="zfr3Q">Practice schedule</h2>
<table class="practice">
<tr><th>Team</th><th>Days</th><th>Time</th></tr>
<tr><td>U8</td><td>Tue / Thu</td><td>5:30&ndash;6:30 pm</td></tr>
<tr><td>U10</td><td>Mon / Wed</td><td>5:30&ndash;7:00 pm</td></tr>
<tr><td>U12 boys &amp; girls</td><td>Mon / Wed</td><td>6:00&ndash;7:30 pm</td></tr>
</table>

<h2 class="zfr3Q">How to register</h2>
<p class="zfr3Q">Print the form at the bottom of this page, fill it in with your child's birth date and a phone number, and bring it to any practice.</p>

<h2 class="zfr3Q">Free summer soccer camp</h2>
<p class="zfr3Q">Five mornings in July for kids 6&ndash;10, with lunch included. No cost to families.</p>

<h2 class="zfr3Q">Fall Jamboree &ndash; September 27</h2>
<p class="zfr3Q">Eight teams from around Todd County at the Eagle Bend school fields, 9 am to 3 pm. Food trucks and a Karen bamboo dance at halftime.
<a href="/photos/jamboree-2024.html">Photos from last year</a></p>

<h2 class="zfr3Q">Chip in for field lights</h2>
<p class="zfr3Q">In October it is dark by 6:30. Help us raise $8,000 for two light poles so the big kids can keep practicing.</p>
""")

FAQ = page("en", "Parents & helpers FAQ", """
<h1 class="jXK9ad-SmKAyb">Parents &amp; helpers FAQ</h1>
<details><summary>Does my child need to speak English?</summary>
<p>No. Our coaches use a lot of pointing and a little Karen, Spanish and English. Kids figure it out in a week.</p></details>
<details><summary>Do you need coaches?</summary>
<p>Yes. Our U12 girls team still has no head coach for the fall season. You don't need to have played: we run a free coaching clinic
in August and hand you a practice plan for every session. Two evenings a week plus Saturday games, September to mid-October.</p></details>
<details><summary>Can I donate used cleats?</summary>
<p>Thank you, but the cleat closet is overflowing after the spring swap &ndash; please hang on to them until next year. What we never have
enough of is shin guards in small youth sizes (XS and S). New or gently used, both are great.</p></details>
<details><summary>Do you need drivers for away games?</summary>
<p>Parents take turns on a carpool rota, and right now every Saturday through October is covered.</p></details>
<details><summary>Are referees volunteers?</summary>
<p>No. Youth referees are paid $25 a game through the county league. Teens 14 and up can apply on the league website.</p></details>
<details><summary>How do I register my child?</summary>
<p>Use the registration form (PDF) at the bottom of any page, or ask a coach at practice for a paper copy.</p></details>
""")

KAR = page("kar", "ကညီ", """
<h1 class="jXK9ad-SmKAyb">ကီၢ်သူလ့ၤ ယူၣ်နဲးတ့ၣ် ဖိသၣ်ထၢၣ်ဖျၢၣ်ကရၢ</h1>
<p class="zfr3Q">ပှၤကညီဖိသၣ် ဒီး ဖိသၣ်ခဲလၢာ် လၢ Eagle Bend သ့ထၢၣ်ဖျၢၣ်ဒ်သိးသိး. (Karen kids and all kids in Eagle Bend play together.)</p>

<h2 class="zfr3Q">ထၢၣ်ဖျၢၣ် ဟ့ၣ်ကလီ &ndash; Free to play</h2>
<p class="zfr3Q">(No fee. Every child gets a ball and a jersey for the season.)</p>

<h2 class="zfr3Q">ပလိၣ်ဘၣ် တၢ်မၤစၢၤ (We need help)</h2>
<h3>ပှၤဆ့ၣ်ကဆှံ """ + K_JERSEY + """ &ndash; Jersey washing volunteer</h3>
<p class="zfr3Q">တနွံတဘျီ ဆ့ၣ်ကဆှံ """ + K_JERSEY + """ 30 ဘ့ၣ်. (Once a week, wash the 30 team jerseys: take the bag home after Saturday games and bring it back on Tuesday.)</p>
<h3>ထံ ဒီး """ + K_FRUIT + """ &ndash; Water and fruit for game days</h3>
<p class="zfr3Q">မုၢ်ဖီခိၣ် ဖိသၣ် 60 ဂၤ. (Bottled water and oranges or bananas for about 60 players at every Saturday home game.)</p>
<h3>""" + K_TRANS + """ ကညီ&ndash;အဲကလံး &ndash; Karen&ndash;English translator</h3>
<p class="zfr3Q">(Help us put the registration form, the medical form and the parent letter into S'gaw Karen, and interpret at the two parent meetings each season.)</p>
<h3><s>စုဖျိၣ် ပှၤခ့ကွၢ်ပဲတြီ &ndash; Goalkeeper gloves</s></h3>
<p class="zfr3Q">ပှဲၤလံ. တၢ်ဘျုး! (FULL. Thank you &ndash; we received 14 pairs.)</p>

<h2 class="zfr3Q">ကညီနံၣ်သီ ထၢၣ်ဖျၢၣ်တၢ်ပြၤ &ndash; Karen New Year tournament</h2>
<p class="zfr3Q">January 17, Eagle Bend school gym (indoor), 10 am.</p>
""")

NEWS = page("en", "News", """
<h1 class="jXK9ad-SmKAyb">Club news</h1>
<div class="post">
<h2>Season recap: U10 boys finish 7&ndash;2</h2>
<p>Two shutouts, one very muddy loss in Staples, and a trophy that now lives in the Eagle Bend library case.</p>
</div>
<div class="post">
<h2>Player spotlight: Eh Say, U12</h2>
<p>Eh Say moved here from Mae La camp in 2021. She plays left back and wants to be a nurse.</p>
</div>
<div class="post">
<h2>Getting Paw Htoo to his games</h2>
<p>Paw Htoo is eleven and the fastest kid on our U12 team. His mom works second shift at the turkey plant and his dad is still in
Thailand, so when we play away in Wadena or Browerville he has no way to get there. He has missed four games this fall. If you can
drive a player (or two) to Saturday away games, please text Coach Saw at (218) 555-0107. Booster seats provided.</p>
</div>
<div class="post">
<h2><a href="/news.html#why">Why we play: a parent's letter</a></h2>
<p>"The first time I saw my son laugh in America was on this field." <a href="/news.html#why">Read more</a></p>
</div>
""")

COACHES = page("en", "Coaches", """
<h1 class="jXK9ad-SmKAyb">Coaches only</h1>
<ul>
<li>Need a second assistant for U8 on Thursdays &ndash; ask the high school team?</li>
<li>Ask the lumber yard for sandbags to hold the goals down.</li>
<li>Find someone to line the fields before the jamboree.</li>
</ul>
""")

PAGES = {
    "index.html": INDEX,
    "faq.html": FAQ,
    "kar/index.html": KAR,
    "news.html": NEWS,
    "coaches/roster.html": COACHES,
}

ROBOTS = """User-agent: *
Disallow: /coaches/
Disallow: /_/
"""

PDFS = {
    "docs/registration-fall-2025.pdf": ("Fall 2025 Registration - Kawthoolei United", [
        ("title", "KAWTHOOLEI UNITED YOUTH SOCCER"),
        ("title", "Fall 2025 Registration"),
        ("p", "Player name: _________________________   Birth date: ___________   Team: U8 / U10 / U12"),
        ("p", "Parent name: _________________________   Phone: ________________"),
        ("h", "Fees"),
        ("p", "There is no fee. Uniforms are provided and returned at the end of the season."),
        ("h", "Parents, can you help?"),
        ("p", "Each team needs a team manager who sends the weekly text, keeps the medical forms and brings the first-aid kit. "
              "The U8 team does not have one yet. Check here if you can do it: [ ]"),
        ("p", "Snack parents for U10 are all signed up for the fall - thank you!"),
        ("h", "Return this form"),
        ("p", "Give it to a coach at practice or leave it at the Eagle Bend school office."),
    ]),
}

NEEDS = [
    N("faq.html", ["head coach", "u12 girls"], "volunteer", "en", layout="faq_answer", note="inside <details>"),
    N("faq.html", ["shin guards"], "donation", "en", layout="faq_answer", note="same answer as a filled item"),
    N("kar/index.html", [K_JERSEY, "jersey washing"], "volunteer", "kar", layout="heading_paragraph"),
    N("kar/index.html", ["water and fruit", K_FRUIT], "donation", "kar", layout="heading_paragraph"),
    N("kar/index.html", ["translator", K_TRANS], "skilled", "kar", ["kar", "en"], layout="heading_paragraph"),
    N("news.html", ["away games", "drive a player"], "volunteer", "en", layout="story"),
    N("docs/registration-fall-2025.pdf", ["team manager"], "volunteer", "en", layout="pdf"),
]

TRAPS = [
    T("index.html", "hours", ["practice schedule"]),
    T("index.html", "how_to_apply", ["how to register"]),
    T("index.html", "service", ["free summer soccer camp"]),
    T("index.html", "event", ["fall jamboree"]),
    T("index.html", "general_appeal", ["field lights"]),
    T("faq.html", "filled", ["cleat closet", "used cleats"], "overflowing"),
    T("faq.html", "filled", ["carpool rota"], "every Saturday covered"),
    T("faq.html", "job", ["youth referees"], "paid $25 a game"),
    T("faq.html", "how_to_apply", ["register my child"]),
    T("kar/index.html", "service", ["free to play"]),
    T("kar/index.html", "filled", ["goalkeeper gloves"], "struck through + FULL"),
    T("kar/index.html", "event", ["karen new year"]),
    T("news.html", "recap", ["season recap"]),
    T("news.html", "bio", ["player spotlight"]),
    T("news.html", "blog", ["why we play"]),
    T("coaches/roster.html", "robots", ["second assistant"]),
    T("coaches/roster.html", "robots", ["sandbags"]),
    T("coaches/roster.html", "robots", ["line the fields"]),
    T("docs/registration-fall-2025.pdf", "service", ["uniforms are provided"]),
    T("docs/registration-fall-2025.pdf", "filled", ["snack parents"]),
    T("docs/registration-fall-2025.pdf", "how_to_apply", ["return this form"]),
]
