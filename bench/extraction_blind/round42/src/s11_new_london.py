"""Site 11: New London Welcome Circle (en + kar). Mobirise/Bootstrap one-pager style; an apartment-setup
checklist with checked (covered) and unchecked items grouped by room; team roles with 'Lead:' lines; a
family story with one ask; a short Karen page with English glosses; English PDF sponsor handbook with a
buried ask; robots-disallowed team page."""
from common import N, T

SLUG = "new-london-welcome-circle"


def page(lang, title, body):
    return """<!DOCTYPE html>
<html lang="%s">
<head>
<meta charset="UTF-8">
<meta name="generator" content="Mobirise v5.9.4, mobirise.com">
<meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1">
<title>%s</title>
<link rel="stylesheet" href="assets/bootstrap/css/bootstrap.min.css">
<style>
ul.checklist{list-style:none;padding-left:0}ul.checklist li{padding:4px 0}
ul.checklist li.done{color:#888;text-decoration:line-through}
.mbr-section-title{font-family:'Jost',sans-serif}
</style>
</head>
<body>
<section class="menu menu1 cid-tQ9xK2"><nav class="navbar navbar-dropdown navbar-expand-lg"><div class="container">
<span class="navbar-caption-wrap"><a class="navbar-caption text-black display-7" href="/index.html">New London Welcome Circle</a></span>
<ul class="navbar-nav nav-dropdown">
<li class="nav-item"><a class="nav-link link text-black display-4" href="/stories.html">Our Families</a></li>
<li class="nav-item"><a class="nav-link link text-black display-4" href="/checklist.html">Apartment Checklist</a></li>
<li class="nav-item"><a class="nav-link link text-black display-4" href="/roles.html">Team Roles</a></li>
<li class="nav-item"><a class="nav-link link text-black display-4" href="/kar/">ကညီ (Karen)</a></li>
<li class="nav-item"><a class="nav-link link text-black display-4" href="/welcome-packet.pdf">Sponsor Handbook</a></li>
</ul></div></nav></section>
%s
<section class="footer3 cid-tQ9xL7"><div class="container"><div class="media-container-row align-center mbr-white">
<p class="mbr-text mb-0 mbr-fonts-style display-7">New London Welcome Circle &middot; Peace Lutheran, St. John&rsquo;s Catholic and Spicer Covenant
churches &middot; welcomecircle.nl@example.org &middot; <a href="/team-only/">Team login</a> &middot; <a href="/forms/background-check.html">Background check form</a></p>
</div></div></section>
</body>
</html>
""" % (lang, title, body)


def sec(inner):
    return '<section class="content4 cid-tQ9y%02d"><div class="container"><div class="row justify-content-center"><div class="col-md-12 col-lg-10">\n%s\n</div></div></div></section>\n' % (len(inner) % 97, inner)


INDEX = page("en", "New London Welcome Circle", sec("""
<h3 class="mbr-section-title mbr-fonts-style mb-4 display-2"><strong>Welcome, neighbor.</strong></h3>
<p class="mbr-text">We are about thirty neighbors from three New London&ndash;Spicer churches who co-sponsor refugee families together with
Arrive Ministries. For a family&rsquo;s first year, we find the apartment, fill it, drive to appointments, and become friends.</p>
""") + sec("""
<h4 class="mbr-section-title">Our second family arrives June 12</h4>
<p class="mbr-text">A Karen family of six is coming from Mae La refugee camp in Thailand. <a href="/stories.html">Read their story.</a></p>
""") + sec("""
<h4 class="mbr-section-title">Give to the resettlement fund</h4>
<p class="mbr-text">Rent for the first months, bus passes and emergencies come out of our resettlement fund. Checks to Peace Lutheran, memo &ldquo;Welcome Circle.&rdquo;</p>
""") + sec("""
<h4 class="mbr-section-title">Monthly circle meeting</h4>
<p class="mbr-text">First Monday of every month, 7:00 p.m., Peace Lutheran fellowship hall. Newcomers always welcome.</p>
""") + sec("""
<h4 class="mbr-section-title">Good news</h4>
<p class="mbr-text">Our first family, who arrived in 2023, just bought their first car &ndash; paid in cash from two paychecks. We could not be prouder.</p>
"""))

CHECK = page("en", "Apartment Checklist - New London Welcome Circle", sec("""
<h3 class="mbr-section-title display-2"><strong>Apartment setup checklist</strong></h3>
<p class="mbr-text">For the Htoo family&rsquo;s apartment at Spicer Ridge (2 adults, 4 children). Checked items are covered. Please text Carol at
320-555-0192 <em>before</em> buying anything, so we don&rsquo;t end up with three toasters.</p>
<h4>Kitchen</h4>
<ul class="checklist">
<li class="done"><input type="checkbox" checked disabled> Dishes and bowls for 6 &ndash; covered (St. John&rsquo;s)</li>
<li class="done"><input type="checkbox" checked disabled> Pots and pans &ndash; covered</li>
<li><input type="checkbox" disabled> Rice cooker (large, 10-cup)</li>
<li><input type="checkbox" disabled> Cutting boards and a cleaver</li>
</ul>
<h4>Bedrooms</h4>
<ul class="checklist">
<li class="done"><input type="checkbox" checked disabled> Twin beds (3) with mattresses &ndash; covered</li>
<li><input type="checkbox" disabled> Bunk bed for the two boys</li>
<li><input type="checkbox" disabled> Dresser</li>
<li class="done"><input type="checkbox" checked disabled> Sheets, pillows and blankets for 6 &ndash; covered</li>
</ul>
<h4>Bathroom</h4>
<ul class="checklist">
<li class="done"><input type="checkbox" checked disabled> Towels (12) &ndash; covered</li>
<li class="done"><input type="checkbox" checked disabled> Shower curtain and bath mat &ndash; covered</li>
</ul>
<h4>Living room</h4>
<ul class="checklist">
<li class="done"><input type="checkbox" checked disabled> Couch &ndash; covered (the Lindquists)</li>
<li class="done"><input type="checkbox" checked disabled> Kitchen table and 6 chairs &ndash; covered</li>
</ul>
<h4>Getting around</h4>
<ul class="checklist">
<li><input type="checkbox" disabled> Adult bicycle with lights and a lock, for Pa Htoo&rsquo;s ride to work</li>
</ul>
"""))

ROLES = page("en", "Team Roles - New London Welcome Circle", sec("""
<h3 class="mbr-section-title display-2"><strong>Team roles</strong></h3>
<p class="mbr-text">Every role reports to our coordinator, Deb Ranheim. If a role says it needs people, email us.</p>
<h4>Housing team</h4>
<p>Lead: Carol &amp; Jim Anderson. Apartment secured at Spicer Ridge &ndash; lease signed May 1!</p>
<h4>Transportation team</h4>
<p>Lead: Gordy Halvorson. We need 3 more drivers for the family&rsquo;s first 90 days: medical appointments in Willmar, the Social Security
office, school registration. Mostly weekday daytime.</p>
<h4>English tutor for Naw Paw</h4>
<p>Naw Paw (mom) will be home with the youngest and would like to learn English. Two mornings a week at the apartment. Experience teaching
English as a second language is a big plus.</p>
<h4>Employment buddy for Pa Htoo</h4>
<p>Pa Htoo (dad) worked as a farm laborer. We need someone who knows local employers &ndash; Jennie-O in Willmar, the marinas, the
farms &ndash; to help with applications and go with him to interviews.</p>
<h4>Karen interpreter</h4>
<p>Provided and paid by Arrive Ministries. No volunteer needed for this role.</p>
<h4>School liaison</h4>
<p>Lead: Deb Ranheim (retired New London&ndash;Spicer teacher). All set.</p>
<h4>Budget &amp; benefits team</h4>
<p>Full &ndash; four members. Thank you!</p>
"""))

STORIES = page("en", "Our Families - New London Welcome Circle", sec("""
<h3 class="mbr-section-title display-2"><strong>Our families</strong></h3>
<h4>Our first family (2023)</h4>
<p>The Say family arrived in October 2023 with two suitcases and a bag of rice. Today both parents work full time, the kids are on the
honor roll, and last month they bought their first car. They now help us welcome others.</p>
<h4>Meet the Htoo family</h4>
<p>Pa Htoo, Naw Paw and their four children will arrive on June 12 after fourteen years in Mae La camp. They are Karen Baptists and are
looking forward to a church that sings in their language. Their youngest, Eh Kaw, is nine and uses a wheelchair. The entrance to their
apartment has two steps, and the landlord has agreed to let us build a wooden wheelchair ramp. We need someone with carpentry
experience to design and build the ramp before June 12; the Lions Club will pay for the lumber.</p>
"""))

KAR = page("kar", "ပှၤကညီ - New London Welcome Circle", sec("""
<h3 class="mbr-section-title display-2"><strong>ပှၤကညီ ဟံၣ်ဖိဃီဖိ</strong></h3>
<p>(Karen families) &ndash; New London Welcome Circle မၤစၢၤ ပှၤကညီ ဟံၣ်ဖိဃီဖိ. We help Karen families in New London and Spicer.</p>
<h4>ပှၤကတိၤကညီကျိာ် (Karen speaker)</h4>
<p>ပလိၣ်ဘၣ် ပှၤကတိၤကညီကျိာ်ဒီး ကလံာ်ကျိာ် တဂၤ &ndash; Karen speaker to visit the Htoo family once a week, in Karen and English.
Sunday afternoon is best. Call Deb: 320-555-0191.</p>
<h4>လံာ်သးဝံၣ် (hymn books)</h4>
<p>ပလိၣ်ဘၣ် လံာ်စီဆှံ ဒီး လံာ်သးဝံၣ် ကညီကျိာ် &ndash; Karen Bibles and hymn books for the family. New or used.</p>
<h4>တၢ်ဘါထုကဖၣ်</h4>
<p>(Worship) &ndash; Karen worship service every Sunday 2:00 p.m. at Spicer Covenant Church.</p>
<p>တၢ်ဘျုး! Thank you!</p>
"""))

TEAM = page("en", "Team only - New London Welcome Circle", sec("""
<h3>Team only</h3>
<ul>
<li>Driver needed June 16, 9 a.m., for the family&rsquo;s health screening at Rice Hospital.</li>
<li>Petty cash reimbursements: send receipts to Jim by the 5th.</li>
<li>Need someone to set up the family&rsquo;s phone plan the week they arrive.</li>
</ul>
"""))

PAGES = {
    "index.html": INDEX,
    "checklist.html": CHECK,
    "roles.html": ROLES,
    "stories.html": STORIES,
    "kar/index.html": KAR,
    "team-only/index.html": TEAM,
}

ROBOTS = """User-agent: *
Disallow: /team-only/
Disallow: /forms/
"""

PDFS = {
    "welcome-packet.pdf": ("New London Welcome Circle - Sponsor Handbook 2025", [
        ("title", "SPONSOR HANDBOOK 2025"),
        ("p", "New London Welcome Circle, in partnership with Arrive Ministries"),
        ("h", "Becoming a circle volunteer"),
        ("p", "Every volunteer who spends time with the family completes Arrive Ministries' two-hour online training and a "
              "background check. Send your certificate to Deb before your first visit."),
        ("h", "What the family receives"),
        ("p", "Through the Reception & Placement program, the resettlement agency provides a one-time payment per person, "
              "case management for 90 days, and help applying for Medical Assistance and SNAP."),
        ("h", "Confidentiality"),
        ("p", "Do not post photos of the family or share their story on social media without their permission."),
        ("h", "Looking ahead to winter"),
        ("p", "The family arrives in June, but Minnesota winters come fast. Starting now, we are collecting winter gear "
              "for 2 adults and 4 children (ages 9, 11, 14 and 16): warm coats, boots, hats and mittens. New or gently "
              "used, please. Label the bag with the size and bring it to Peace Lutheran."),
        ("h", "Circle meetings"),
        ("p", "First Monday of the month, 7:00 p.m., Peace Lutheran fellowship hall."),
    ]),
}

NEEDS = [
    N("checklist.html", ["rice cooker", "cleaver"], "donation", "en", layout="checklist",
      note="kitchen heading, 2 unchecked items = one need"),
    N("checklist.html", ["bunk bed", "dresser"], "donation", "en", layout="checklist",
      note="bedrooms heading, 2 unchecked items = one need"),
    N("checklist.html", ["bicycle"], "donation", "en", layout="checklist", note="'Getting around' heading"),
    N("roles.html", ["transportation team", "drivers"], "volunteer", "en", layout="heading_paragraph",
      note="3 more drivers"),
    N("roles.html", ["english tutor"], "skilled", "en", ["en"], layout="heading_paragraph"),
    N("roles.html", ["employment buddy"], "volunteer", "en", layout="heading_paragraph"),
    N("stories.html", ["wheelchair ramp", "ramp"], "skilled", "en", layout="story",
      note="carpentry; Lions pay for lumber"),
    N("kar/index.html", ["ပှၤကတိၤကညီကျိာ်", "karen speaker"], "skilled", "kar", ["kar", "en"],
      layout="heading_paragraph", note="English gloss next to the Karen heading"),
    N("kar/index.html", ["လံာ်သးဝံၣ်", "hymn books"], "donation", "kar", layout="heading_paragraph",
      note="Karen Bibles and hymn books"),
    N("welcome-packet.pdf", ["winter gear", "warm coats"], "donation", "en", layout="pdf",
      note="buried in the 'Looking ahead to winter' section of the handbook"),
]

TRAPS = [
    T("index.html", "general_appeal", ["resettlement fund"]),
    T("index.html", "event", ["monthly circle meeting"]),
    T("index.html", "recap", ["first car"]),
    T("checklist.html", "filled", ["bathroom", "towels"], "all items checked + struck"),
    T("checklist.html", "filled", ["living room", "couch"], "all items checked + struck"),
    T("checklist.html", "filled", ["twin beds"], "checked item inside an open group"),
    T("roles.html", "filled", ["housing team"], "lead named; apartment secured"),
    T("roles.html", "job", ["karen interpreter"], "paid by Arrive Ministries"),
    T("roles.html", "filled", ["school liaison"], "'All set'"),
    T("roles.html", "filled", ["budget & benefits"], "Full"),
    T("stories.html", "recap", ["our first family", "say family"]),
    T("kar/index.html", "hours", ["တၢ်ဘါထုကဖၣ်", "worship service"]),
    T("welcome-packet.pdf", "how_to_apply", ["becoming a circle volunteer", "background check"]),
    T("welcome-packet.pdf", "service", ["what the family receives", "reception & placement"]),
    T("welcome-packet.pdf", "event", ["circle meetings"]),
    T("team-only/index.html", "robots", ["health screening"]),
    T("team-only/index.html", "robots", ["petty cash"]),
    T("team-only/index.html", "robots", ["phone plan"]),
]
