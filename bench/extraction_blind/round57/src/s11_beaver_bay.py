"""Beaver Bay: North Shore mutual-aid network (div soup, hand-rolled CSS). Request cards with
OPEN/MATCHED/CLOSED/OFFER status, stories, resources page, English PDF zine."""
from common import need, trap, robots

SLUG = "beaver-bay-mutual-aid"
ROBOTS = robots("/core-team/")


def shell(title, body):
    return """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%s // Beaver Bay Mutual Aid</title>
<link rel="stylesheet" href="/css/zine.css">
</head>
<body>
<div class="masthead">
  <div class="name"><a href="/">Beaver Bay Mutual Aid</a></div>
  <div class="tag">solidarity, not charity</div>
  <div class="links">
    <a href="/">home</a> &bull; <a href="/requests.html">requests</a> &bull; <a href="/stories.html">stories</a> &bull;
    <a href="/resources.html">resources</a> &bull; <a href="/zine-6.pdf">zine #6</a> &bull; <a href="/archive/winter-2023.html">archive</a>
  </div>
</div>
<div class="body">
%s
</div>
<div class="bottom">
  <div>text (218) 555-0190 &bull; bbmutualaid@proton.example &bull; we meet at the library</div>
  <div><a href="/core-team/">core team</a></div>
</div>
</body>
</html>
""" % (title, body)


INDEX = shell("home", """
<div class="block">
  <div class="h">Who we are</div>
  <div class="p">Neighbors up and down the shore moving food, firewood, rides and money to each other. No paperwork, no means test.</div>
</div>
<div class="block">
  <div class="h">How to ask for help</div>
  <div class="p">Fill out the request card at the library, text (218) 555-0190, or tell any of us in person. You don't have to prove anything.</div>
</div>
<div class="block">
  <div class="h">Potluck</div>
  <div class="p">Last Sunday of every month, 5 pm, at the Legion hall. Bring something or nothing.</div>
</div>
<div class="block money">
  <div class="h">Gas fund</div>
  <div class="p">Chip in to the gas fund so our drivers can keep driving. Every dollar goes into a tank.</div>
</div>
<div class="block">
  <div class="h">Latest post</div>
  <div class="p"><a href="/stories.html">Neighbors helping neighbors: a look back at our first winter</a></div>
</div>
""")

REQUESTS = shell("requests", """
<div class="block"><div class="h">Open requests</div>
<div class="p">Updated Sunday night. Claim one by texting the number on the card. Names are shortened for privacy.</div></div>
<div class="reqs">
  <div class="req open"><div class="status">OPEN</div><div class="h">Firewood split &amp; stacked</div>
    <div class="p">An elder out on County Road 4 had a cord of logs delivered but can't split them after hip surgery. Need 2&ndash;3 people with mauls for a Saturday.</div></div>
  <div class="req open"><div class="status">OPEN</div><div class="h">Rides to chemo, Thursdays</div>
    <div class="p">Leave at 7 am, back by 2. Gas money comes from the fund.</div></div>
  <div class="req matched"><div class="status">MATCHED</div><div class="h">Crib for a newborn</div>
    <div class="p">Found one &mdash; thanks Kari!</div></div>
  <div class="req open"><div class="status">OPEN</div><div class="h">Snow shoveling for a wheelchair user</div>
    <div class="p">Ramp and driveway after every snowfall over 2 inches, near the school.</div></div>
  <div class="req closed"><div class="status">CLOSED</div><div class="h">Groceries for a family after a layoff</div>
    <div class="p">Three weeks of groceries delivered. Closed.</div></div>
  <div class="req offer"><div class="status">OFFER</div><div class="h">Sourdough starter + bread lessons</div>
    <div class="p">J. has extra starter and will teach anyone who asks.</div></div>
  <div class="req open"><div class="status">OPEN</div><div class="h">Roof leak over a kitchen</div>
    <div class="p">Someone who knows roofing to patch a leak before the snow. Materials paid by the fund.</div></div>
</div>
""")

STORIES = shell("stories", """
<div class="block">
  <div class="h">Neighbors helping neighbors: our first winter</div>
  <div class="p">Last winter we split and delivered 40 cords of firewood and gave 212 rides. Not bad for a bunch of people with no budget.</div>
</div>
<div class="block">
  <div class="h">The kids who walked in sneakers</div>
  <div class="p">Two brothers, 6 and 9, who live out past the gravel pit have been walking to the bus stop in canvas sneakers. Their mom works nights and the boots they had last year don't fit anymore. They need winter boots, kids' sizes 1 and 4, and snow pants if anyone has them.</div>
</div>
<div class="block">
  <div class="h">We are short on gas cards</div>
  <div class="p">Rides to appointments are our most common request, and the gas fund runs dry by the 20th of each month. Gas station gift cards in any amount keep drivers on the road.</div>
</div>
""")

RESOURCES = shell("resources", """
<div class="block"><div class="h">Warming center</div>
<div class="p">Open nights when it drops below zero, 8 pm to 8 am, in the church basement.</div></div>
<div class="block"><div class="h">Energy assistance</div>
<div class="p">To apply for heating help, call the county at (218) 555-0111 before the end of November and have your last bill ready.</div></div>
<div class="block"><div class="h">Free clinic</div>
<div class="p">A nurse practitioner visits the library the 2nd Wednesday of each month. No cost, no insurance needed.</div></div>
<div class="block"><div class="h">Tool library</div>
<div class="p">Borrow a chainsaw, an ice auger or a ladder for free. We are also seeking donated snow blowers in working order: two neighbors on oxygen can't shovel.</div></div>
""")

CORE = shell("core team", """
<div class="block"><div class="h">Core team notes (internal)</div>
<div class="p">
- Need a volunteer treasurer to take over the books in January.<br>
- Ask around for a donated upright freezer for the meat share.<br>
- Someone to run the group chat while Deb is away.
</div></div>
""")

PAGES = {
    "index.html": INDEX,
    "requests.html": REQUESTS,
    "stories.html": STORIES,
    "resources.html": RESOURCES,
    "core-team/index.html": CORE,
}

PDFS = {
    "zine-6.pdf": ("BBMA Zine #6 - Winter", [
        ("title", "BBMA Zine #6 - Winter"),
        ("p", "Beaver Bay Mutual Aid. Copy it, pass it on."),
        ("h", "Skills we are looking for"),
        ("p", "Seeking someone who can teach a basic bike repair workshop in the spring. Lots of folks out here "
              "get around by bike when the car dies."),
        ("p", "Drivers for the Friday grocery run: once a week we take a van full of orders to the big store for "
              "folks without cars. We need two drivers who can take turns."),
        ("h", "Skill Share Fair"),
        ("p", "Saturday, February 8, noon at the library. Learn to sharpen knives, fix a zipper, file your taxes."),
        ("h", "How to request help"),
        ("p", "Text us, call us, or fill out the paper form at the library. We never ask why."),
    ]),
}

NEEDS = [
    need("requests.html", ["firewood"], "volunteer", "en", [], "request_cards", "OPEN"),
    need("requests.html", ["chemo"], "volunteer", "en", [], "request_cards", "OPEN, rides"),
    need("requests.html", ["snow shoveling"], "volunteer", "en", [], "request_cards", "OPEN"),
    need("requests.html", ["roof leak", "roofing"], "skilled", "en", [], "request_cards", "OPEN"),
    need("stories.html", ["winter boots", "snow pants"], "donation", "en", [], "story"),
    need("stories.html", ["gas cards"], "donation", "en", [], "short_on", "gift cards = donation"),
    need("resources.html", ["snow blowers"], "donation", "en", [], "seeking", "inside a resource listing"),
    need("zine-6.pdf", ["bike repair"], "skilled", "en", [], "pdf"),
    need("zine-6.pdf", ["grocery run"], "volunteer", "en", [], "pdf"),
]

TRAPS = [
    trap("index.html", "how_to_apply", ["how to ask for help"]),
    trap("index.html", "event", ["potluck"]),
    trap("index.html", "general_appeal", ["gas fund"]),
    trap("index.html", "blog", ["a look back"]),
    trap("requests.html", "filled", ["crib"], "MATCHED"),
    trap("requests.html", "filled", ["groceries for a family"], "CLOSED"),
    trap("requests.html", "offer", ["sourdough"], "OFFER"),
    trap("stories.html", "recap", ["40 cords"]),
    trap("resources.html", "hours", ["warming center"]),
    trap("resources.html", "how_to_apply", ["heating help"]),
    trap("resources.html", "service", ["nurse practitioner"]),
    trap("resources.html", "service", ["tool library", "borrow a chainsaw"]),
    trap("zine-6.pdf", "event", ["skill share fair"]),
    trap("zine-6.pdf", "how_to_apply", ["paper form"]),
    trap("core-team/index.html", "robots", ["volunteer treasurer"]),
    trap("core-team/index.html", "robots", ["upright freezer"]),
    trap("core-team/index.html", "robots", ["group chat"]),
]
