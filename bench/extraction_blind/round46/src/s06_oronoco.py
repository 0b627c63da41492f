from common import N, T

SLUG = "oronoco-kidus-yohannes-church"

HEAD = """<!doctype html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<link href="https://cdn.jsdelivr.example/npm/bootstrap@5.3.2/dist/css/bootstrap.min.css" rel="stylesheet">
</head>
<body>
<nav class="navbar navbar-expand-lg navbar-dark bg-dark">
  <div class="container">
    <a class="navbar-brand" href="/index.html">Kidus Yohannes EOTC &middot; Oronoco</a>
    <ul class="navbar-nav ms-auto">
      <li class="nav-item"><a class="nav-link" href="/index.html">Home</a></li>
      <li class="nav-item"><a class="nav-link" href="/services.html">Community services</a></li>
      <li class="nav-item"><a class="nav-link" href="/amharic.html">አማርኛ</a></li>
      <li class="nav-item"><a class="nav-link" href="/zena.html">ዜና</a></li>
    </ul>
  </div>
</nav>
<div class="container my-4">
"""

FOOT = """
</div>
<footer class="bg-light border-top py-3">
  <div class="container small">
    Kidus Yohannes Ethiopian Orthodox Tewahedo Church &middot; 590 2nd St SW, Oronoco, MN 55960 &middot; 507-555-0152 &middot; office@kidusyohannes-oronoco.org<br>
    <a href="/flyers/timket.pdf">Timket flyer (PDF)</a> &middot; <a href="/sebeka-gubae/notes.html">Parish council</a> &middot; <a href="/media/timket-2025.html">Timket 2025 video</a>
  </div>
</footer>
</body>
</html>
"""

INDEX = HEAD.format(lang="en", title="Kidus Yohannes Church - Oronoco") + """
<div class="p-4 mb-4 bg-body-tertiary rounded-3">
  <h1 class="display-6">Welcome to Kidus Yohannes</h1>
  <p class="lead">An Ethiopian Orthodox parish serving families from Rochester, Pine Island and Zumbrota.</p>
</div>
<div class="row">
  <div class="col-md-4">
    <h2 class="h5">Liturgy times</h2>
    <p>Sunday Kidase 6:00 &ndash; 10:00 am. Wednesday and Friday prayers at 5:30 pm.</p>
    <h2 class="h5">Our priest</h2>
    <p>Kesis Abebe Tadesse was ordained in Addis Ababa and has served our parish since 2017.</p>
  </div>
  <div class="col-md-8">
    <h2 class="h4">Ways to serve</h2>
    <div class="list-group mb-3">
      <div class="list-group-item">
        <h3 class="h6 mb-1">Teen Sunday school teacher</h3>
        <p class="mb-1">Our teenagers understand English better than Amharic. We need someone who can teach the Orthodox faith to
        13&ndash;18 year olds in English on Sundays after liturgy.</p>
      </div>
      <div class="list-group-item">
        <h3 class="h6 mb-1">Parking attendants</h3>
        <p class="mb-1">About 500 guests come for Meskel night. We need six attendants in reflective vests from 5 to 9 pm on September 27.</p>
      </div>
      <div class="list-group-item text-muted">
        <h3 class="h6 mb-1">Livestream camera operator <span class="badge text-bg-secondary">Filled</span></h3>
        <p class="mb-1">Thank you, Dawit, for taking this on.</p>
      </div>
    </div>
    <h2 class="h4">Meskel Demera bonfire &ndash; Saturday, September 27</h2>
    <p>Procession at 6 pm, lighting of the Demera at 7. Families from across southern Minnesota are welcome.</p>
    <h2 class="h4">Help us build our new church</h2>
    <p>We still rent. Your gift to the building fund brings us closer to a home of our own.</p>
  </div>
</div>
""" + FOOT

SERVICES = HEAD.format(lang="en", title="Community services - Kidus Yohannes") + """
<h1 class="h3">Community services</h1>
<div class="row row-cols-1 row-cols-md-2 g-3">
  <div class="col"><div class="card h-100"><div class="card-body">
    <h2 class="card-title h5">Pastoral counseling</h2>
    <p class="card-text">Our priest meets with couples and families in Amharic or English. No charge.</p>
  </div></div></div>
  <div class="col"><div class="card h-100"><div class="card-body">
    <h2 class="card-title h5">Edir (mutual funeral association)</h2>
    <p class="card-text">Members pay $10 a month; when a member's family loses someone, the edir pays for the funeral and repatriation.</p>
  </div></div></div>
  <div class="col"><div class="card h-100"><div class="card-body">
    <h2 class="card-title h5">How to arrange a baptism</h2>
    <p class="card-text">Call the office at least three weeks ahead and bring the names of the godparents.</p>
  </div></div></div>
  <div class="col"><div class="card h-100 border-warning"><div class="card-body">
    <h2 class="card-title h5">Not enough folding tables for lekso</h2>
    <p class="card-text">When a family is mourning, the community sits with them at home for days. Our edir owns only four folding
    tables and twenty chairs. Six-foot folding tables and sturdy folding chairs would help families through their hardest week.</p>
  </div></div></div>
</div>
<p class="mt-3 small">Office hours: Tuesday and Thursday 10 am &ndash; 3 pm.</p>
""" + FOOT

AMHARIC = HEAD.format(lang="am", title="ቅዱስ ዮሐንስ ቤተ ክርስቲያን") + """
<h1 class="h3">ቅዱስ ዮሐንስ የኢትዮጵያ ኦርቶዶክስ ተዋሕዶ ቤተ ክርስቲያን &mdash; ኦሮኖኮ</h1>
<p><strong>የቅዳሴ ሰዓት:</strong> እሑድ ከጠዋቱ 12 ሰዓት እስከ 4 ሰዓት።</p>
<div class="row row-cols-1 row-cols-md-2 g-3">
  <div class="col"><div class="card"><div class="card-body">
    <h2 class="h5">የአማርኛ ቋንቋ መምህራን ያስፈልጉናል</h2>
    <p>ልጆቻችን አማርኛ ማንበብና መጻፍ እንዲማሩ ቅዳሜ ጠዋት የሚያስተምሩ መምህራን እንፈልጋለን። መጻሕፍቱን እኛ እናቀርባለን።</p>
  </div></div></div>
  <div class="col"><div class="card"><div class="card-body">
    <h2 class="h5">ለአዲስ መጤ ቤተሰቦች የቤት ዕቃዎች</h2>
    <ul>
      <li>አልጋና ፍራሽ</li>
      <li>ብርድ ልብስ</li>
      <li>የወጥ ቤት ዕቃዎች (ድስት፣ ሳህን)</li>
      <li>ጠረጴዛና ወንበሮች</li>
    </ul>
  </div></div></div>
  <div class="col"><div class="card text-muted"><div class="card-body">
    <h2 class="h5">የጽዳት አገልጋዮች <span class="badge text-bg-success">ተሟልቷል</span></h2>
    <p>እናመሰግናለን! ለዚህ ወር በቂ ሰዎች አግኝተናል።</p>
  </div></div></div>
  <div class="col"><div class="card"><div class="card-body">
    <h2 class="h5">ለዓመታዊ ንግሥ በዓል ምግብ አብሳዮች</h2>
    <p>ለቅዱስ ዮሐንስ ዓመታዊ በዓል ምግብ ለማብሰል ሴቶችም ወንዶችም በጎ ፈቃደኞች እንፈልጋለን። ከበዓሉ በፊት ባሉት ሁለት ቀናት።</p>
  </div></div></div>
  <div class="col"><div class="card"><div class="card-body">
    <h2 class="h5">አስተርጓሚ ለሆስፒታል ቀጠሮ</h2>
    <p>አረጋውያን ምእመናን ወደ ሮቸስተር ሆስፒታል ሲሄዱ አማርኛና እንግሊዝኛ የሚችል አስተርጓሚ ያስፈልጋቸዋል።</p>
  </div></div></div>
  <div class="col"><div class="card"><div class="card-body">
    <h2 class="h5">የመስቀል በዓል (ደመራ)</h2>
    <p>መስከረም 17 (September 27) ምሽት በቤተ ክርስቲያኑ ግቢ። ሁላችሁም ተጋብዛችኋል።</p>
  </div></div></div>
</div>
""" + FOOT

ZENA = HEAD.format(lang="am", title="ዜና - ቅዱስ ዮሐንስ") + """
<h1 class="h3">የቤተ ክርስቲያኑ ዜና &mdash; መስከረም</h1>
<article class="mb-4">
  <h2 class="h5"><a href="/zena.html#fasika">የትንሣኤ ትዝታዎች</a></h2>
  <p>ዲያቆን ሚካኤል ስለ ዘንድሮው የትንሣኤ በዓል የጻፈውን ያንብቡ&hellip;</p>
</article>
<article class="mb-4">
  <h2 class="h5">ከአስተዳደሩ</h2>
  <p>እግዚአብሔር ይመስገን፣ የሰንበት ትምህርት ቤት ልጆች ቁጥር ወደ 60 አድጓል፤ አዲሱ ምንጣፍም ተነጥፏል። ሆኖም ከሮቸስተር ለቅዳሜ ጸሎት
  የሚመጡ አረጋውያን እናቶች መጓጓዣ የላቸውም። መኪና ያለውና ቅዳሜ ጠዋት እነርሱን ማምጣት የሚችል በጎ ፈቃደኛ ሹፌር ካለ ለአስተዳደሩ ይንገሩ።
  የሰበካ ጉባኤው በሚቀጥለው ወር ይሰበሰባል።</p>
</article>
<article class="mb-4">
  <h2 class="h5">የወ/ሮ ሰላማዊት ታሪክ</h2>
  <p>ወ/ሮ ሰላማዊት ከድሬዳዋ ከሁለት ትናንሽ ልጆቿ ጋር ባለፈው ወር ወደ ሮቸስተር መጥታለች። ለሕፃናቱ አልጋ፣ የሕፃን ጋሪና የክረምት ልብስ የላትም።
  መርዳት የምትችሉ ወደ ቢሮ ደውሉ።</p>
</article>
<article class="mb-4">
  <h2 class="h5">ያለፈው ዓመት ጥምቀት</h2>
  <p>ከ400 በላይ ምእመናን በኦሮኖኮ ፓርክ ተገኝተው በዓሉን በደስታ አክብረዋል። ለሁሉም እናመሰግናለን።</p>
</article>
""" + FOOT

COUNCIL = HEAD.format(lang="en", title="Parish council notes") + """
<h1 class="h3">Parish council notes (members only)</h1>
<ol>
  <li>Get quotes from a contractor for the bell tower.</li>
  <li>Need a grant writer for the building fund application.</li>
  <li>Ask families to donate a new icon stand for the sanctuary.</li>
</ol>
""" + FOOT

PAGES = {
    "index.html": INDEX,
    "services.html": SERVICES,
    "amharic.html": AMHARIC,
    "zena.html": ZENA,
    "sebeka-gubae/notes.html": COUNCIL,
}

ROBOTS = """User-agent: *
Disallow: /sebeka-gubae/
Disallow: /cgi-bin/
"""

PDFS = {
    "flyers/timket.pdf": ("Timket - Kidus Yohannes Church", [
        ("title", "KIDUS YOHANNES ETHIOPIAN ORTHODOX CHURCH"),
        ("title", "Timket Celebration - January 19"),
        ("p", "Oronoco Park, by the Zumbro River. Procession of the Tabot at 8:00 AM, blessing of the water at 10:00 AM."),
        ("h", "Setup crew wanted"),
        ("p", "We need ten strong volunteers for a setup crew at 6:00 AM to raise the tents, lay the carpets and connect "
              "the sound system before the procession arrives. Dress warmly. Sign up with Deacon Michael after liturgy "
              "or call 507-555-0152."),
        ("h", "Parking"),
        ("p", "Park at Oronoco City Hall. A shuttle runs every 15 minutes."),
        ("h", "Please bring"),
        ("p", "Your white netela or gabi, and a warm coat. Food will be served after the blessing."),
    ]),
}

NEEDS = [
    N("index.html", ["teen sunday school teacher"], "skilled", "en", ["en"], layout="role_cards"),
    N("index.html", ["parking attendants"], "volunteer", "en", layout="role_cards", note="volunteers for an event"),
    N("services.html", ["folding tables", "folding chairs"], "donation", "en", layout="short_on",
      note="'not enough' heading inside a card grid of services"),
    N("amharic.html", ["የአማርኛ ቋንቋ መምህራን"], "skilled", "am", ["am"], layout="role_cards"),
    N("amharic.html", ["የቤት ዕቃዎች", "አልጋና ፍራሽ"], "donation", "am", layout="wish_list", note="4 items = one need"),
    N("amharic.html", ["ምግብ አብሳዮች"], "volunteer", "am", layout="role_cards"),
    N("amharic.html", ["አስተርጓሚ"], "skilled", "am", ["am", "en"], layout="role_cards"),
    N("zena.html", ["በጎ ፈቃደኛ ሹፌር", "ሹፌር"], "volunteer", "am", layout="newsletter_buried"),
    N("zena.html", ["የሕፃን ጋሪ", "የክረምት ልብስ"], "donation", "am", layout="story"),
    N("flyers/timket.pdf", ["setup crew"], "volunteer", "en", layout="pdf"),
]

TRAPS = [
    T("index.html", "hours", ["liturgy times"]),
    T("index.html", "bio", ["kesis abebe tadesse"]),
    T("index.html", "filled", ["livestream camera operator"], "Filled badge"),
    T("index.html", "event", ["meskel demera bonfire"]),
    T("index.html", "general_appeal", ["build our new church"]),
    T("services.html", "service", ["pastoral counseling"]),
    T("services.html", "service", ["edir (mutual funeral association)"]),
    T("services.html", "how_to_apply", ["how to arrange a baptism"]),
    T("services.html", "hours", ["office hours"]),
    T("amharic.html", "hours", ["የቅዳሴ ሰዓት"]),
    T("amharic.html", "filled", ["የጽዳት አገልጋዮች"], "ተሟልቷል badge + በቂ ሰዎች አግኝተናል (we got enough people)"),
    T("amharic.html", "event", ["የመስቀል በዓል"]),
    T("zena.html", "blog", ["የትንሣኤ ትዝታዎች"]),
    T("zena.html", "recap", ["ያለፈው ዓመት ጥምቀት"]),
    T("sebeka-gubae/notes.html", "robots", ["bell tower"]),
    T("sebeka-gubae/notes.html", "robots", ["grant writer"]),
    T("sebeka-gubae/notes.html", "robots", ["icon stand"]),
    T("flyers/timket.pdf", "event", ["timket celebration"]),
    T("flyers/timket.pdf", "event", ["white netela"], "what attendees should bring"),
]
