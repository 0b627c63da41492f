"""Glenwood, MN: Tsehay Ethiopian Community Center (made up). Weebly-style, English + Amharic."""
from common import N, T

SLUG = "glenwood-tsehay-ethiopian-center"


def head(lang, title):
    return """<!DOCTYPE html>
<html lang="%s">
<head>
<meta charset="utf-8">
<title>%s</title>
<meta property="og:site_name" content="Tsehay Ethiopian Community Center" />
<link id="wsite-base-style" rel="stylesheet" type="text/css" href="//cdn2.editmysite.com/css/sites.css?buildTime=1712" />
</head>
<body class="no-header-page wsite-theme-light">
<div class="wrapper">
  <div class="dusk-header"><div class="nav-wrap">
    <span class="wsite-logo"><a href="/index.html"><span id="wsite-title">Tsehay Ethiopian Community Center</span></a></span>
    <ul class="wsite-menu-default">
      <li id="pg1"><a href="/index.html" class="wsite-menu-item">Home</a></li>
      <li id="pg2"><a href="/volunteer.html" class="wsite-menu-item">Volunteer</a></li>
      <li id="pg3"><a href="/news.html" class="wsite-menu-item">News</a></li>
      <li id="pg4"><a href="/am/index.html" class="wsite-menu-item">አማርኛ</a></li>
    </ul>
  </div></div>
  <div class="main-wrap"><div id="wsite-content" class="wsite-elements wsite-not-footer">
""" % (lang, title)


FOOT = """  </div></div>
  <div class="footer-wrap"><div class="footer"><div class="wsite-elements wsite-footer">
    <div class="paragraph">Tsehay Ethiopian Community Center &bull; 15 1st Ave SE, Glenwood, MN 56334 &bull; 320-555-0177<br>
    <a href="/closet-flyer.pdf">Winter drive flyer</a> &bull; <a href="/photos/genna-2024.html">Genna photos</a> &bull; <a href="/leadership/notes.html">Leadership</a></div>
  </div></div></div>
</div>
</body>
</html>
"""

INDEX = head("en", "Tsehay Ethiopian Community Center - Home") + """
<h2 class="wsite-content-title">Welcome to Tsehay</h2>
<div class="paragraph">Tsehay (&ldquo;sun&rdquo;) brings together Ethiopian and Eritrean families in Pope County and their
neighbors. We meet, we cook, we help each other find our feet.</div>
<div class="wsite-multicol"><div class="wsite-multicol-table-wrap"><table class="wsite-multicol-table"><tbody><tr>
  <td class="wsite-multicol-col" style="width:50%">
    <h2 class="wsite-content-title">Community closet</h2>
    <div class="paragraph">Any family can pick out free clothing, shoes and household goods. No paperwork needed.</div>
  </td>
  <td class="wsite-multicol-col" style="width:50%">
    <h2 class="wsite-content-title">Closet hours</h2>
    <div class="paragraph">Wednesday 4&ndash;7 pm<br>Saturday 10 am&ndash;1 pm</div>
  </td>
</tr></tbody></table></div></div>
<h2 class="wsite-content-title">Genna dinner &ndash; January 7</h2>
<div class="paragraph">Celebrate Ethiopian Christmas with doro wat, injera and coffee at the Glenwood Lutheran fellowship hall,
6 pm.</div>
<h2 class="wsite-content-title">Become a member</h2>
<div class="paragraph">Annual dues are $25 per household and keep the center open. Pay in person or by check.</div>
""" + FOOT

VOL = head("en", "Volunteer - Tsehay") + """
<h2 class="wsite-content-title">Volunteer with us</h2>
<div class="paragraph">Here is where we could use you this season.</div>
<div class="wsite-multicol"><div class="wsite-multicol-table-wrap"><table class="wsite-multicol-table"><tbody><tr>
  <td class="wsite-multicol-col">
    <h2 class="wsite-content-title">Amharic-English tutor</h2>
    <div class="paragraph">Help high-school students with homework on Tuesday evenings. You should read and write both Amharic and
    English comfortably.</div>
  </td>
  <td class="wsite-multicol-col">
    <div class="paragraph"><strong><font size="4">Injera baking helpers</font></strong><br>
    Mix batter and bake on the mitad for our monthly dinners. Aunties will teach you.</div>
  </td>
  <td class="wsite-multicol-col">
    <div style="text-align:left;"><a class="wsite-button wsite-button-small" href="/volunteer.html#closet"><span class="wsite-button-inner">Closet sorters</span></a></div>
    <div class="paragraph">Sort donated clothes by size and season, Saturday mornings. Two or three more people would make a big
    difference.</div>
  </td>
</tr><tr>
  <td class="wsite-multicol-col">
    <h2 class="wsite-content-title">Bookkeeper (QuickBooks)</h2>
    <div class="paragraph"><font color="#2e7d32"><b>Position filled</b></font> &ndash; thank you, Meron!</div>
  </td>
  <td class="wsite-multicol-col">
    <h2 class="wsite-content-title">Cleaner</h2>
    <div class="paragraph">Paid, $15/hour, Sunday evenings after events.</div>
  </td>
  <td class="wsite-multicol-col"></td>
</tr></tbody></table></div></div>
""" + FOOT

NEWS = head("en", "News - Tsehay") + """
<h2 class="wsite-content-title">News</h2>
<div class="blog-post">
  <h2 class="blog-title"><a class="blog-title-link" href="/news.html#timket">Timket by the lake</a></h2>
  <div class="blog-content"><div class="paragraph">About 300 people joined the Timket procession along Lake Minnewaska in
  January. Thank you to the city for closing the road.</div></div>
</div>
<div class="blog-post">
  <h2 class="blog-title"><a class="blog-title-link" href="/news.html#coffee">The story behind our coffee ceremony</a></h2>
  <div class="blog-content"><div class="paragraph">Why we roast the beans in front of our guests&hellip; <a href="/news.html#coffee">Read more</a></div></div>
</div>
<div class="blog-post">
  <h2 class="blog-title"><a class="blog-title-link" href="/news.html#spring">Spring notes</a></h2>
  <div class="blog-content"><div class="paragraph">The women's sewing circle has made 40 school bags since January. We're also
  seeking someone handy with sewing machines: two of our four machines are jammed and one will not feed fabric at all. A
  morning with a screwdriver and some oil might be all they need. Our Saturday closet is busier than ever, and the youth soccer
  team won its first game.</div></div>
</div>
<div class="blog-post">
  <h2 class="blog-title"><a class="blog-title-link" href="/news.html#abebe">Meet Abebe Worku</a></h2>
  <div class="blog-content"><div class="paragraph">Our founder, Abebe, came to Glenwood in 2003 to work at the hospital and
  started the center in his living room.</div></div>
</div>
""" + FOOT

AM = head("am", "ፀሐይ - አማርኛ") + """
<h2 class="wsite-content-title">የፀሐይ ኢትዮጵያውያን ማኅበረሰብ ማዕከል</h2>
<div class="paragraph">ነፃ የትርጉም አገልግሎት እንሰጣለን፤ ለሐኪም ቤት፣ ለትምህርት ቤት እና ለመንግሥት ደብዳቤዎች።</div>
<h2 class="wsite-content-title">የሥራ ሰዓት</h2>
<div class="paragraph">ረቡዕ ከ4–7 ሰዓት (ከሰዓት በኋላ)፣ ቅዳሜ ከ10–1 ሰዓት</div>
<h2 class="wsite-content-title">የምንፈልጋቸው ዕቃዎች</h2>
<div class="paragraph"><ul>
  <li>ጤፍ ዱቄት</li>
  <li>የሕፃናት ዳይፐር</li>
  <li>የክረምት ጫማ (ለልጆች)</li>
  <li>የምግብ ዘይት</li>
</ul></div>
<h2 class="wsite-content-title">በጎ ፈቃደኛ ሾፌሮች</h2>
<div class="paragraph">አረጋውያንን ወደ ሐኪም ቤት የሚወስዱ በጎ ፈቃደኛ ሾፌሮች እንፈልጋለን። የራስዎ መኪና ያስፈልጋል።</div>
<h2 class="wsite-content-title">የቡና ሥነ ሥርዓት አስተናጋጆች</h2>
<div class="paragraph">በቂ ሰው አግኝተናል፤ እናመሰግናለን!</div>
<h2 class="wsite-content-title">አዲስ ቤተሰብ</h2>
<div class="paragraph">አንዲት እናት ከሦስት ልጆቿ ጋር ባለፈው ወር ግሌንዉድ ደርሳለች። ፍራሽ፣ ብርድ ልብስ እና የልጆች አልጋ ያስፈልጋቸዋል። መርዳት
የምትችሉ በ320-555-0177 ደውሉ።</div>
""" + FOOT

LEAD = head("en", "Leadership notes") + """
<h2 class="wsite-content-title">Leadership team notes (private)</h2>
<div class="paragraph"><ul>
  <li>We need a grant writer for the Otto Bremer application.</li>
  <li>Ask for a donated commercial coffee roaster.</li>
  <li>Volunteer web designer wanted to move us off Weebly.</li>
</ul></div>
""" + FOOT

PAGES = {
    "index.html": INDEX,
    "volunteer.html": VOL,
    "news.html": NEWS,
    "am/index.html": AM,
    "leadership/notes.html": LEAD,
}

ROBOTS = """Sitemap: https://tsehaycenter.org/sitemap.xml
User-agent: NerdyBot
Disallow: /

User-agent: *
Disallow: /ajax/
Disallow: /apps/
Disallow: /leadership/
"""

PDFS = {
    "closet-flyer.pdf": ("Tsehay Community Closet - Winter Drive", [
        ("title", "Tsehay Community Closet - Winter Drive"),
        ("p", "November 1 - December 15"),
        ("gap", ""),
        ("h", "We are collecting"),
        ("p", "Winter coats for boys and girls (sizes 8-16), snow pants, warm mittens and hats, and adult boots in sizes 7-11. "
              "New or gently used, clean, no stains or broken zippers."),
        ("gap", ""),
        ("h", "Drop-off times"),
        ("p", "Wednesday 4-7 pm and Saturday 10 am-1 pm at 15 1st Ave SE, Glenwood. Questions: 320-555-0177."),
        ("h", "Thank you"),
        ("p", "Last winter you helped us dress 118 children for the cold."),
    ]),
}

NEEDS = [
    N("volunteer.html", ["amharic-english tutor"], "skilled", "en", ["am", "en"], layout="role_cards",
      note="title in h2"),
    N("volunteer.html", ["injera baking helpers"], "volunteer", "en", layout="role_cards",
      note="title in strong>font inside a paragraph"),
    N("volunteer.html", ["closet sorters"], "volunteer", "en", layout="role_cards", note="title is a button link"),
    N("news.html", ["sewing machines"], "skilled", "en", layout="newsletter_buried",
      note="'we're also seeking someone handy with' in a news post"),
    N("closet-flyer.pdf", ["winter coats", "snow pants"], "donation", "en", layout="pdf",
      note="drive list in a PDF flyer = one need"),
    N("am/index.html", ["የምንፈልጋቸው ዕቃዎች", "ጤፍ ዱቄት"], "donation", "am", layout="wish_list"),
    N("am/index.html", ["በጎ ፈቃደኛ ሾፌሮች"], "volunteer", "am", layout="heading_paragraph"),
    N("am/index.html", ["ፍራሽ", "የልጆች አልጋ"], "donation", "am", layout="story"),
]

TRAPS = [
    T("index.html", "service", ["community closet"]),
    T("index.html", "hours", ["closet hours"]),
    T("index.html", "event", ["genna dinner"]),
    T("index.html", "general_appeal", ["become a member"]),
    T("volunteer.html", "filled", ["bookkeeper"], "Position filled"),
    T("volunteer.html", "job", ["cleaner"]),
    T("news.html", "recap", ["timket by the lake"]),
    T("news.html", "blog", ["story behind our coffee ceremony"]),
    T("news.html", "bio", ["abebe worku"]),
    T("closet-flyer.pdf", "hours", ["drop-off times"]),
    T("closet-flyer.pdf", "recap", ["118 children"]),
    T("am/index.html", "service", ["ነፃ የትርጉም አገልግሎት"]),
    T("am/index.html", "hours", ["የሥራ ሰዓት"]),
    T("am/index.html", "filled", ["የቡና ሥነ ሥርዓት አስተናጋጆች"], "we found enough people"),
    T("leadership/notes.html", "robots", ["grant writer"]),
    T("leadership/notes.html", "robots", ["coffee roaster"]),
    T("leadership/notes.html", "robots", ["web designer"]),
]
