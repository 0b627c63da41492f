"""Elysian: Hmong Elders Circle (senior center). New Google Sites markup: headings are divs with role=heading
and aria-level, text in obfuscated classes. A TRANSPOSED volunteer table (roles are columns, statuses a row),
and a month calendar grid with asks inside day cells."""
from common import N, T

SLUG = "elysian-hmong-elders-circle"


def gsite(lang, title, body):
    return """<!DOCTYPE html>
<html lang="{LANG}" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{TITLE}</title><meta property="og:title" content="{TITLE}"><link rel="stylesheet" href="/_/atari/_/ss/k=atari.vw.cJ6z0GYgr8g.L.W.O/am=MBiA/d=1/rs=AGEqA5mHq.css"></head>
<body itemscope itemtype="http://schema.org/WebPage" id="yDmH0d"><div class="Xpil1b xgQ6eb" role="navigation">
<ul class="jYxBte Fpy8Db" role="navigation">
<li class="VsJjtf"><div class="PsKE7e r8s4j-R6PoUb IKA38e baH5ib oNsfjf"><a class="aJHbb dk90Ob hDrhEe HlqNPb" href="/index.html">Home</a></div></li>
<li class="VsJjtf"><div class="PsKE7e r8s4j-R6PoUb IKA38e baH5ib oNsfjf"><a class="aJHbb dk90Ob hDrhEe HlqNPb" href="/pab-dawb.html">Pab Dawb</a></div></li>
<li class="VsJjtf"><div class="PsKE7e r8s4j-R6PoUb IKA38e baH5ib oNsfjf"><a class="aJHbb dk90Ob hDrhEe HlqNPb" href="/xov-xwm.html">Xov Xwm</a></div></li>
<li class="VsJjtf"><div class="PsKE7e r8s4j-R6PoUb IKA38e baH5ib oNsfjf"><a class="aJHbb dk90Ob hDrhEe HlqNPb" href="/calendar.html">Calendar</a></div></li>
<li class="VsJjtf"><div class="PsKE7e r8s4j-R6PoUb IKA38e baH5ib oNsfjf"><a class="aJHbb dk90Ob hDrhEe HlqNPb" href="/ntawv/xov-xwm-caij-ntuj-no-2024.pdf">Ntawv Xov Xwm (PDF)</a></div></li>
</ul></div>
<div role="main" tabindex="-1" class="UtePc RCETm" dir="ltr">
{BODY}
</div>
<div class="dZA9kd ynRLnc" data-labelledby="footer"><div class="tyJCtd baZpAe"><p class="zfr3Q CDt4Ke">Elysian Hmong Elders Circle &middot; Elysian City Hall, lower level, 104 W Main St, Elysian MN 56028 &middot; (507) 555-0133</p>
<p class="zfr3Q CDt4Ke"><a class="XqQF9c" href="/thawj-coj/ntawv-sab-hauv.html">Thawj Coj</a> &middot; <a class="XqQF9c" href="/duab/xyoo-tshiab-2023.html">Duab Xyoo Tshiab</a></p></div></div>
<div class="Xpil1b"><div class="LqzjUe">Report abuse</div></div>
</body></html>
""".replace("{LANG}", lang).replace("{TITLE}", title).replace("{BODY}", body)


def hd(level, text):
    return ('<section class="yaqOZd"><div class="mYVXT"><div class="LS81yb VICjCf" tabindex="-1"><div class="hJDwNd-AhqUyc-uQSCkd">'
            '<div class="tyJCtd mGzaTb baZpAe"><div role="heading" aria-level="%d" class="CDt4Ke zfr3Q OmQG5e">'
            '<span class="C9DxTc">%s</span></div>' % (level, text))


def tx(text):
    return '<p class="zfr3Q CDt4Ke"><span class="C9DxTc">%s</span></p></div></div></div></div></section>' % text


INDEX = gsite("en", "Elysian Hmong Elders Circle", hd(1, "Elysian Hmong Elders Circle") + tx(
    "Hmong grandmothers and grandfathers from Elysian, Waterville and Le Center gather for lunch, exercise, "
    "gardening and paj ntaub sewing.") + hd(2, "When we meet") + tx(
    "Monday, Wednesday and Friday, 10:00 am to 2:00 pm.") + hd(2, "Hot lunch") + tx(
    "A hot lunch of rice, soup and vegetables is served every meeting day. $3 suggested donation; no elder is "
    "turned away.") + hd(2, "Garden plots") + tx(
    "Our elders grow mustard greens, lemongrass and bitter melon on six plots by Lake Francis. In early May we "
    "need someone to lend us a rototiller for a weekend &ndash; or to come and till the plots with their own.") + hd(
    2, "Hmong New Year luncheon") + tx(
    "Saturday, November 30, 11:00 am. Elders will wear their traditional clothes; families and friends are "
    "invited."))

PAB = gsite("hmn", "Pab Dawb", hd(1, "Pab Dawb Rau Cov Laus") + tx(
    "Hauv qab no yog cov hauj lwm uas peb tseem xav tau neeg pab. Hu rau Niam Ntxhi ntawm (507) 555-0133.") + """
<div class="tyJCtd baZpAe"><table class="pabdawb" border="1" cellpadding="6">
<tr><th></th><th>Tsav tsheb coj cov laus mus kuaj mob</th><th>Pab ua su</th><th>Qhia lus Askiv</th><th>Ntxuav tais diav</th></tr>
<tr><th>Hnub</th><td>Hnub Ib txog Hnub Tsib</td><td>Hnub Peb</td><td>Hnub Ib thiab Hnub Tsib</td><td>Txhua hnub</td></tr>
<tr><th>Sijhawm</th><td>Raws li daim ntawv teem caij</td><td>8:30 &ndash; 11:30</td><td>10:00 &ndash; 11:00</td><td>12:30 &ndash; 1:30</td></tr>
<tr><th>Xav tau pes tsawg leej</th><td>2</td><td>1</td><td>2</td><td>&ndash;</td></tr>
<tr><th>Xwm txheej</th><td>Tseem xav tau</td><td>Tseem xav tau</td><td>Tseem xav tau (yuav tsum paub lus Askiv; paub lus Hmoob thiab ces zoo dua)</td><td>Puv lawm, ua tsaug</td></tr>
</table></div>
""" + hd(2, "Yuav sau npe pab dawb li cas") + tx(
    "Tuaj hais rau Niam Ntxhi thaum peb qhib, los yog hu xov tooj. Peb yuav qhia koj thaum koj tuaj thawj "
    "hnub."))

XOVXWM = gsite("hmn", "Xov Xwm", hd(1, "Xov Xwm Lub Kaum Hli 2024") + tx(
    "Cov xov xwm tshiab ntawm peb lub koom haum.") + hd(2, "Yawm Txiv Tub thiab Niam Tais Ntxawg") + tx(
    "Yawm Txiv Tub (82 xyoos) thiab Niam Tais Ntxawg (79 xyoos) nyob ob leeg xwb hauv Waterville. Lawv lub cub "
    "cua sov (furnace) puas lawm, thiab tus tswv tsev tseem tsis tau kho. Lawv xav tau ib lub cub hluav taws me "
    "(space heater) thiab ob peb daim pam tuab kom lawv sov so lub caij ntuj no no.") + hd(
    2, "Nrhiav neeg pab sau ntawv") + tx(
    "Peb tab tom nrhiav ib tug neeg uas hais tau lus Hmoob thiab lus Askiv los pab cov laus sau daim ntawv "
    "Medicare thiab nyeem cov ntawv uas lub county xa tuaj. Ib hlis siv ob peb teev xwb.") + hd(
    2, "Rooj zaum") + tx(
    "Peb twb tau txais rooj zaum txaus lawm. Thov tsis txhob nqa tuaj ntxiv lawm. Ua tsaug ntau!") + hd(
    2, "Lub caij ntuj sov dhau los") + tx(
    "Cov laus cog tau ntau tshaj 300 phaus zaub thiab muab faib rau 40 tsev neeg.") + hd(
    2, "Noj tshais ua ke nrog tub ceev xwm") + tx(
    "Hnub Tsib, Lub Kaum Ib Hlis 8, cov tub ceev xwm Le Sueur County yuav tuaj noj tshais nrog cov laus thiab "
    "tham txog kev nyab xeeb thaum lub caij ntuj no."))

CAL = gsite("en", "Calendar", hd(1, "November 2024") + tx("Everything happens at City Hall unless it says otherwise.") + """
<div class="tyJCtd baZpAe"><table class="cal" border="1" cellpadding="4">
<thead><tr><th>Mon</th><th>Tue</th><th>Wed</th><th>Thu</th><th>Fri</th></tr></thead>
<tbody>
<tr><td><b>4</b><br>Tai chi with Nou, 10:30</td><td><b>5</b><br>Closed</td>
<td><b>6</b><br>Flu shots from Le Sueur County Public Health, 11 am. Bring your insurance card.</td><td><b>7</b><br>Closed</td>
<td><b>8</b><br>Breakfast with the sheriff&rsquo;s deputies, 9 am</td></tr>
<tr><td><b>11</b><br>Story cloth sewing circle &ndash; bring your own needles</td><td><b>12</b><br>Closed</td>
<td><b>13</b><br>Shopping trip to the Mankato Hmong market and Walmart.<br><span class="need">HELP: 2 drivers needed, leave 9 am</span></td>
<td><b>14</b><br>Closed</td><td><b>15</b><br>Hot lunch: boiled chicken and herbs</td></tr>
<tr><td><b>18</b><br>Tai chi with Nou, 10:30</td><td><b>19</b><br>Closed</td>
<td><b>20</b><br>Birthday lunch for November elders</td><td><b>21</b><br>Closed</td>
<td><b>22</b><br>Movie: Hmong folk tales</td></tr>
<tr><td><b>25</b><br>Tai chi with Nou, 10:30</td><td><b>26</b><br>Closed</td>
<td><b>27</b><br>Set-up day: volunteers needed to carry tables and hang decorations for the New Year luncheon, 1&ndash;4 pm</td>
<td><b>28</b><br>CLOSED &ndash; Thanksgiving</td><td><b>29</b><br>Closed</td></tr>
</tbody></table></div>
""")

THAWJCOJ = gsite("hmn", "Thawj Coj", hd(1, "Cov Thawj Coj Xwb") + tx(
    "1. Nrhiav ib tug neeg pab sau grant rau xyoo 2025.<br>2. Thov lub tsev teev ntuj Lutheran qiv lub van rau "
    "Hnub Xyoo Tshiab.<br>3. Xav tau ib tug neeg tshiab ua tus tuav nyiaj."))

PAGES = {"index.html": INDEX, "pab-dawb.html": PAB, "xov-xwm.html": XOVXWM, "calendar.html": CAL,
         "thawj-coj/ntawv-sab-hauv.html": THAWJCOJ}

ROBOTS = "User-agent: *\nDisallow: /thawj-coj/\nDisallow: /_/\n"

PDFS = {
    "ntawv/xov-xwm-caij-ntuj-no-2024.pdf": ("Xov Xwm Lub Caij Ntuj No 2024", [
        ("title", "Elysian Hmong Elders Circle - Xov Xwm Lub Caij Ntuj No 2024"),
        ("h", "Lus Txais Tos"),
        ("p", "Nyob zoo txhua tus. Xyoo no peb muaj 38 tus laus tuaj koom txhua lub lim tiam. Ua tsaug rau "
              "cov tub ntxhais uas coj lawv niam txiv tuaj."),
        ("h", "Paj Ntaub"),
        ("p", "Pab pawg xaws paj ntaub tab tom xaws ib daim paj ntaub loj los dai hauv City Hall. Peb tseem "
              "tsis muaj xov txaus thiab ntaub dub. Yog koj muaj xov paj ntaub los yog ntaub dub seem, thov "
              "nqa tuaj pub rau peb."),
        ("h", "Kev Ua Koob Tsheej Xyoo Tshiab"),
        ("p", "Hnub Rau, Lub Kaum Ib Hlis 30, 11 teev sawv ntxov. Cov laus hnav khaub ncaws Hmoob. Txhua tus "
              "raug caw tuaj."),
        ("h", "Lub chaw qhib"),
        ("p", "Hnub Ib, Hnub Peb thiab Hnub Tsib, 10 teev sawv ntxov txog 2 teev tav su."),
    ]),
}

NEEDS = [
    N("index.html", ["rototiller"], "other", "en", layout="heading_paragraph", note="lend a rototiller for a weekend"),
    N("pab-dawb.html", ["tsav tsheb"], "volunteer", "hmn", layout="transposed_table", note="drivers to doctor visits"),
    N("pab-dawb.html", ["pab ua su"], "volunteer", "hmn", layout="transposed_table", note="lunch cook helper"),
    N("pab-dawb.html", ["qhia lus askiv"], "skilled", "hmn", ["en", "hmn"], layout="transposed_table",
      note="English teacher; Hmong a plus"),
    N("xov-xwm.html", ["space heater", "pam tuab"], "donation", "hmn", layout="story"),
    N("xov-xwm.html", ["daim ntawv medicare", "pab sau ntawv"], "skilled", "hmn", ["hmn", "en"],
      layout="heading_paragraph"),
    N("calendar.html", ["shopping trip", "drivers needed"], "volunteer", "en", layout="calendar_cell"),
    N("calendar.html", ["set-up day", "carry tables"], "volunteer", "en", layout="calendar_cell"),
    N("ntawv/xov-xwm-caij-ntuj-no-2024.pdf", ["xov paj ntaub", "ntaub dub"], "donation", "hmn", layout="pdf",
      note="buried in a newsletter"),
]

TRAPS = [
    T("index.html", "hours", ["when we meet"]),
    T("index.html", "service", ["hot lunch"]),
    T("index.html", "event", ["hmong new year luncheon"]),
    T("pab-dawb.html", "filled", ["ntxuav tais diav"], "puv lawm"),
    T("pab-dawb.html", "how_to_apply", ["yuav sau npe pab dawb li cas"]),
    T("xov-xwm.html", "filled", ["rooj zaum"], "twb tau txais txaus lawm, tsis txhob nqa tuaj ntxiv"),
    T("xov-xwm.html", "recap", ["300 phaus zaub"]),
    T("xov-xwm.html", "event", ["noj tshais ua ke"]),
    T("calendar.html", "event", ["tai chi"]),
    T("calendar.html", "service", ["flu shots"], "attendees bring insurance card"),
    T("calendar.html", "event", ["story cloth sewing circle"], "bring your own needles"),
    T("calendar.html", "event", ["breakfast with the sheriff"]),
    T("calendar.html", "hours", ["closed – thanksgiving"]),
    T("calendar.html", "event", ["birthday lunch"]),
    T("ntawv/xov-xwm-caij-ntuj-no-2024.pdf", "event", ["kev ua koob tsheej xyoo tshiab"]),
    T("ntawv/xov-xwm-caij-ntuj-no-2024.pdf", "hours", ["lub chaw qhib"]),
    T("thawj-coj/ntawv-sab-hauv.html", "robots", ["sau grant"]),
    T("thawj-coj/ntawv-sab-hauv.html", "robots", ["qiv lub van"]),
    T("thawj-coj/ntawv-sab-hauv.html", "robots", ["tuav nyiaj"]),
]
