"""Site 3: Maple Court Residents Association, Dayton's Bluff, St. Paul (en + hmn). Hand-coded 2010s HTML;
a <pre> plain-text bulletin board with [NEED]/[GOT IT]/[OFFER]/[DONE] tags; meeting minutes with buried
asks; Hmong page; Hmong PDF flyer; robots-disallowed organizing page."""
from common import N, T

SLUG = "daytons-bluff-maple-court-residents"


def page(lang, title, body):
    return """<!DOCTYPE html>
<html lang="%s">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>%s - Maple Court Residents Association</title>
<style type="text/css">
body { background:#fffdf4; font-family: Verdana, sans-serif; font-size: 14px; margin: 0 }
#wrap { width: 820px; margin: 0 auto; background: #fff; border-left: 1px solid #ccc; border-right: 1px solid #ccc }
#menu { background: #23395d; padding: 8px }
#menu a { color: #fff; font-weight: bold; margin-right: 14px; text-decoration: none }
#content { padding: 16px 24px }
pre.board { font-family: "Courier New", monospace; font-size: 13px; background: #f7f7f7; padding: 12px; border: 1px dashed #999 }
#foot { font-size: 11px; color: #666; padding: 10px 24px; border-top: 1px solid #ddd }
</style>
</head>
<body>
<div id="wrap">
<div id="menu"><a href="/">Home</a><a href="/board.html">Bulletin Board</a><a href="/minutes.html">Meeting Minutes</a><a href="/hmn/index.html">Lus Hmoob</a><a href="/flyers/2023-heat-complaint.pdf">Heat Complaint Flyer (2023)</a></div>
<div id="content">
%s
</div>
<div id="foot">Maple Court Residents Association &middot; 1180 E. Fourth St., St. Paul MN 55106 &middot; not affiliated with
Maple Court Apartments LLC or its management company &middot; <a href="/organizers/plan.html">organizers</a></div>
</div>
</body>
</html>
""" % (lang, title, body)


INDEX = page("en", "Home", """
<h1>Maple Court Residents Association</h1>
<p>We are the tenants of the four Maple Court buildings on East Fourth Street &ndash; 126 apartments, and families who speak
Hmong, Karen, Spanish, Somali, English and more. Since 2022 we have organized together so that every family lives in a
safe, affordable home with a landlord who listens.</p>

<h2>What we are asking management for</h2>
<ol>
 <li>Fix the elevator in Building C. It has been broken for 7 months and elders on the 4th floor cannot leave.</li>
 <li>Drop the new $75 &ldquo;amenity fee.&rdquo;</li>
 <li>Return security deposits within 21 days, as state law requires.</li>
 <li>Translate all notices into Hmong and Karen.</li>
</ol>
<p>We delivered these demands with 94 signatures on February 3. Management has not answered yet.</p>

<h2>Come to the next general meeting</h2>
<p><b>Tuesday, April 8, 7:00 pm</b>, Building B community room. Interpretation in Hmong and Karen. Dinner provided.</p>

<h2>Heat out? Mold? Repairs ignored?</h2>
<p>Call or text our tenant hotline at 651-555-0163 and a neighbor will help you document the problem and file a
repair request or a complaint with the city.</p>

<h2>Become a member</h2>
<p>Any Maple Court tenant can join. Dues are $2 a month, or whatever you can pay. Dues pay for printing, food at meetings
and bus fare to hearings.</p>
""")

BOARD = page("en", "Bulletin Board", """
<h1>Bulletin Board</h1>
<p>Same as the cork board by the Building A mailboxes. Tell Mai or Jerome to add or take down a post.</p>
<pre class="board">
==============================================================
  MAPLE COURT BULLETIN BOARD                    updated 3/22
==============================================================

[NEED]    DOOR-KNOCKERS FOR BLDG A &amp; B
          Saturday 3/29, 10am-1pm. We go door to door with the
          survey about the elevator and the amenity fee. Go in
          pairs. No experience. Meet in the B lobby.

[GOT IT]  Folding tables for the April meeting -- Pa Houa's
          church is lending us 8 tables. THANK YOU!

[NEED]    SOMEONE WHO KNOWS LEASES / HOUSING LAW
          We want one person who can read the new lease
          "addendum" and tell us in plain words what changed.
          Law students, paralegals, retired lawyers: call
          Jerome 651-555-0164.

[OFFER]   Free bunk bed (no mattress), unit 214. Must pick up.

[NEED]    SNOW SHOVELS -- 4 of them, for the sidewalk crew.
          Management stopped clearing the back path to the
          bus stop. Used is fine.

[DONE]    Ride to housing court 2/20 for Mrs. Lee -- done,
          thanks Brandon.

[EVENT]   Potluck + Hmong New Year photos, Sat 4/12, 5pm,
          Bldg B. Bring a dish if you can.
==============================================================
</pre>
""")

MINUTES = page("en", "Meeting Minutes", """
<h1>General Meeting Minutes &ndash; March 11, 2025</h1>
<p><i>Present: 41 residents from all four buildings. Interpretation: Hmong (Mai), Karen (Saw Eh Doh). Notes: Jerome.</i></p>
<h3>1. Treasurer&rsquo;s report</h3>
<p>Balance $412.18. Spent $63 on printing and $120 on pizza. Dues collected: $88.</p>
<h3>2. Elevator update</h3>
<p>Management says the part is &ldquo;on order.&rdquo; City inspector came on 3/4 and wrote an order. We agreed to go to the
city council hearing on <b>March 28 at 10 am</b> to testify. We still need someone with a car to drive four elders from
Building C to City Hall and back &ndash; talk to Jerome if you can do it. Mrs. Vang and Mr. Moo will speak.</p>
<h3>3. Flyer for the April meeting</h3>
<p>Nhia volunteered to design the flyer (done by 3/25). Mai will translate into Hmong. We are still looking for a Karen
translator for the flyer, since Saw Eh Doh is traveling in April.</p>
<h3>4. Rent strike discussion</h3>
<p>Long discussion. Motion to hold a vote on a rent strike at the May meeting: passed 33&ndash;4.</p>
<h3>5. Announcements</h3>
<p>Free tax help at the Dayton&rsquo;s Bluff library on Saturdays through April 15.</p>
""")

HMN = page("hmn", "Lus Hmoob", """
<h1>Koom Haum Cov Neeg Xauj Tsev Maple Court</h1>
<p>Peb yog cov neeg xauj tsev nyob plaub lub tsev Maple Court. Peb koom tes ua ke kom txhua tsev neeg muaj chaw nyob
zoo, nyab xeeb thiab tsis kim dhau.</p>

<h2>Rooj sib tham loj</h2>
<p>Hnub Tuesday, tim 8 lub Plaub Hlis, 7 teev tsaus ntuj, hauv chav sib tham ntawm Building B. Muaj zaub mov noj.</p>

<h2>Peb pab tau koj li cas</h2>
<p>Yog koj lub tsev tsis sov, muaj pwm (mold) lossis tus tswv tsev tsis kho, peb pab koj sau ntawv tsis txaus siab mus rau
tus tswv tsev thiab lub nroog. Hu 651-555-0163.</p>

<h2>Peb xav tau kev pab</h2>
<ol>
 <li><b>Neeg txhais lus Hmoob thiab Askiv</b><br>
 Mai yog tib tug neeg txhais lus rau cov rooj sib tham. Peb xav tau ib tug neeg ntxiv uas paub hais lus Hmoob thiab lus
 Askiv zoo, los pab txhais lus ib hlis ib zaug.</li>
 <li><b>Neeg saib menyuam thaum muaj rooj sib tham</b><br>
 Cov niam txiv tuaj tsis tau vim tsis muaj neeg saib menyuam. Peb nrhiav cov hluas (16 xyoo rov saud) lossis cov niam
 tais yawm txiv los pab saib menyuam hauv chav ib sab.</li>
 <li><b>Tshuab luam ntawv (printer)</b><br>
 Peb lub tshuab luam ntawv puas lawm. Yog leej twg muaj ib lub tshuab luam ntawv qub tseem siv tau, thov pub rau peb.</li>
 <li><b>Pam vov rau cov laus</b><br>
 Peb tau txais pam vov txaus lawm, ua tsaug ntau rau txhua tus!</li>
</ol>

<h2>Yuav koom li cas</h2>
<p>Sau koj lub npe thiab tus naj npawb chav tsev rau ntawm daim ntawv uas nyob ntawm lub rooj ze lub thawv ntawv (mailboxes).
Nqi koom yog $2 ib hlis.</p>
<p><a href="../hmn/daim-ntawv-cai.pdf">Daim ntawv tshaj tawm txog kev cob qhia (PDF)</a></p>
""")

ORG = page("en", "Organizing committee", """
<h1>Organizing Committee &ndash; internal planning</h1>
<p>Please don&rsquo;t share this page with management.</p>
<h3>Phone bank captains</h3><p>Need 3 people to run the phone tree before the strike vote.</p>
<h3>Strike fund treasurer</h3><p>Need someone trustworthy to open and manage a separate account for the strike fund.</p>
<h3>Legal observers</h3><p>Need 2 legal observers for the May 10 rally outside the leasing office.</p>
""")

PAGES = {
    "index.html": INDEX,
    "board.html": BOARD,
    "minutes.html": MINUTES,
    "hmn/index.html": HMN,
    "organizers/plan.html": ORG,
}

ROBOTS = """User-agent: *
Disallow: /organizers/
"""

PDFS = {
    "hmn/daim-ntawv-cai.pdf": ("Kev Cob Qhia Txog Cai Neeg Xauj Tsev", [
        ("title", "KEV COB QHIA TXOG COV CAI NTAWM NEEG XAUJ TSEV"),
        ("p", "Koom Haum Cov Neeg Xauj Tsev Maple Court  -  Hnub Saturday, tim 26 lub Plaub Hlis, 1 teev tav su"),
        ("h", "Kev cob qhia"),
        ("p", "Ib tug kws lij choj los ntawm Legal Aid yuav los qhia txog koj cov cai: nqi tsev, nyiaj deposit, kev kho tsev "
              "thiab yog tus tswv tsev xav ntiab koj tawm. Muaj txhais lus Hmoob."),
        ("h", "Kws lij choj pub dawb"),
        ("p", "Tom qab kev cob qhia, tus kws lij choj yuav tham nrog txhua tsev neeg uas muaj teeb meem, pub dawb xwb."),
        ("h", "Nrhiav neeg pab ua noj"),
        ("p", "Peb xav tau 4 leej neeg pab ua noj rau 60 tus neeg: mov, zaub thiab nqaij qaib. Peb yuav them nqi khoom noj. "
              "Thov hu rau Mai ntawm 651-555-0165 ua ntej tim 20."),
        ("h", "Menyuam yaus"),
        ("p", "Muaj chav saib menyuam thiab khoom ua si rau menyuam."),
    ]),
}

NEEDS = [
    N("board.html", ["door-knockers"], "volunteer", "en", layout="pre_text_board",
      note="[NEED] tag in <pre> block"),
    N("board.html", ["knows leases", "housing law"], "skilled", "en", layout="pre_text_board"),
    N("board.html", ["snow shovels"], "donation", "en", layout="pre_text_board", note="4 shovels, used fine"),
    N("minutes.html", ["someone with a car", "drive four elders"], "volunteer", "en", layout="minutes_buried",
      note="buried in agenda item 2"),
    N("minutes.html", ["karen translator"], "skilled", "en", ["kar", "en"], layout="minutes_buried",
      note="buried in agenda item 3"),
    N("hmn/index.html", ["neeg txhais lus hmoob thiab askiv", "neeg txhais lus"], "skilled", "hmn", ["hmn", "en"],
      layout="ordered_list"),
    N("hmn/index.html", ["neeg saib menyuam"], "volunteer", "hmn", layout="ordered_list"),
    N("hmn/index.html", ["tshuab luam ntawv", "printer"], "donation", "hmn", layout="ordered_list"),
    N("hmn/daim-ntawv-cai.pdf", ["neeg pab ua noj", "pab ua noj"], "volunteer", "hmn", layout="pdf",
      note="cooks for the workshop meal; the workshop itself is an event trap"),
]

TRAPS = [
    T("index.html", "wish", ["elevator in building c", "elevator"], "demand to management, not an ask of readers"),
    T("index.html", "wish", ["amenity fee"], "demand to management"),
    T("index.html", "wish", ["security deposits"], "demand to management"),
    T("index.html", "wish", ["translate all notices"], "demand to management"),
    T("index.html", "event", ["next general meeting"]),
    T("index.html", "service", ["tenant hotline"]),
    T("index.html", "general_appeal", ["become a member", "dues are $2"]),
    T("board.html", "filled", ["folding tables"], "[GOT IT]"),
    T("board.html", "offer", ["free bunk bed", "bunk bed"], "[OFFER] by a resident"),
    T("board.html", "filled", ["ride to housing court"], "[DONE]"),
    T("board.html", "event", ["potluck"], "[EVENT]"),
    T("minutes.html", "recap", ["treasurer's report", "balance $412.18"]),
    T("minutes.html", "filled", ["design the flyer"], "Nhia volunteered"),
    T("minutes.html", "filled", ["translate into hmong"], "Mai will translate"),
    T("minutes.html", "event", ["rent strike"], "vote at the May meeting"),
    T("minutes.html", "service", ["free tax help"], "library service announcement"),
    T("hmn/index.html", "event", ["rooj sib tham loj"]),
    T("hmn/index.html", "service", ["peb pab tau koj li cas", "ntawv tsis txaus siab"]),
    T("hmn/index.html", "filled", ["pam vov"], "'Peb tau txais pam vov txaus lawm'"),
    T("hmn/index.html", "how_to_apply", ["yuav koom li cas"]),
    T("hmn/daim-ntawv-cai.pdf", "event", ["kev cob qhia"]),
    T("hmn/daim-ntawv-cai.pdf", "service", ["kws lij choj pub dawb"]),
    T("hmn/daim-ntawv-cai.pdf", "service", ["chav saib menyuam"], "childcare offered at workshop"),
    T("organizers/plan.html", "robots", ["phone bank captains"]),
    T("organizers/plan.html", "robots", ["strike fund treasurer"]),
    T("organizers/plan.html", "robots", ["legal observers"]),
]
