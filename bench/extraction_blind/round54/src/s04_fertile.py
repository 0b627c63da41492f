"""Iftiin Family Center, Fertile: Somali-first hand-written site, one English page."""
from common import N, T

SLUG = "fertile-iftiin-family-center"


def shell(title, body, lang="so"):
    nav = ('<a href="/index.html">Bogga hore</a> | <a href="/mutadawaciin.html">Mutadawacnimo</a> | '
           '<a href="/deeq.html">Deeq</a> | <a href="/foom-tababare.pdf">Foomka tababaraha</a> | '
           '<a href="/muuqaal/xaflad-2024.html">Sawirro</a> | <a href="/en/about.html">English</a>')
    return """<!DOCTYPE html>
<html lang="%s">
<head><meta charset="utf-8"><title>%s</title>
<style>body{font-family:Verdana,sans-serif;max-width:880px;margin:auto}header{background:#0b6e4f;color:#fff;padding:10px}
header a{color:#fff}table{border-collapse:collapse}td,th{border:1px solid #999;padding:6px}.ok{color:#777}</style></head>
<body>
<header><b>Xarunta Qoysaska Iftiin &middot; Iftiin Family Center</b><br>%s</header>
<main>
%s
</main>
<footer><small>118 Mill St N, Fertile, MN &middot; 218-555-0131 &middot; iftiin@iftiinfertile.example &middot; <a href="/maamul/warbixin.html">Maamulka</a></small></footer>
</body></html>
""" % (lang, title, nav, body)


PAGES = {}
PAGES["index.html"] = shell("Xarunta Qoysaska Iftiin", """
<h1>Ku soo dhawaada Xarunta Qoysaska Iftiin</h1>
<p>Xaruntu waxay u adeegtaa qoysaska Soomaalida iyo dhammaan dadka cusub ee ku nool Fertile iyo deegaanka Polk County.</p>
<h2>Saacadaha furan</h2>
<p>Isniin ilaa Khamiis, 10:00 subaxnimo ilaa 6:00 galabnimo. Jimcaha waa xiran yahay.</p>
<h2>Adeegyada aan bixinno</h2>
<ul><li>Caawinta buuxinta foomamka (SNAP, MNsure, guriga)</li><li>Fasallada Ingiriisiga ee haweenka</li><li>Gaadiid loo qabto ballamaha dhakhtarka</li></ul>
<h2>Sheekada qoyska</h2>
<p>Hooyo Xaliimo iyo shanteeda carruur ah waxay dhawaan u soo guureen Fertile iyagoo ka yimid Minneapolis. Gurigooda cusub waa madhan yahay. Waxay u baahan yihiin <b>sariiro carruur</b>, buste iyo miis cunto. Haddii aad wax ku caawin karto, fadlan nala soo xiriir: 218-555-0131.</p>
<h2>Xafladda Ciidda</h2>
<p>Sabtida, 5 Abriil, hoolka dugsiga Fertile-Beltrami, 1:00 galabnimo. Qof walba waa lagu soo dhaweynayaa.</p>
""")
PAGES["mutadawaciin.html"] = shell("Mutadawacnimo – Iftiin", """
<h1>Waxaan raadineynaa mutadawiciin</h1>
<p>Hoos ka eeg hawlaha furan. Haddii aad rabto inaad ka qayb qaadato, la hadal Cabdiraxmaan ama wac 218-555-0131.</p>
<table>
<tr><th>Hawsha</th><th>Goorta</th><th>Boosaska</th><th>Xaaladda</th></tr>
<tr><td>Macallin xisaabta ee ardayda dugsiga sare</td><td>Isniin iyo Arbaco, 4–6 galabnimo</td><td>2 boos banaan</td><td>Waa loo baahan yahay</td></tr>
<tr><td>Darawal u qaada waayeelka ballamaha</td><td>Talaado subaxnimo</td><td>1 boos banaan</td><td>Waa loo baahan yahay</td></tr>
<tr><td>Turjubaan Soomaali–Ingiriis (dugsiga, dhakhtarka)</td><td>Marka loo baahdo</td><td>—</td><td>Si degdeg ah ayaa loogu baahan yahay</td></tr>
<tr><td>Caawiye xannaanada carruurta inta fasalka Ingiriisiga socdo</td><td>Axad iyo Talaado, 6–8 fiidnimo</td><td>3 boos banaan</td><td>Waa loo baahan yahay</td></tr>
<tr class="ok"><td>Karinta cuntada Ciidda</td><td>4 Abriil</td><td>Faadumo, Sahra, Hodan</td><td>Dhammaystiran – mahadsanid</td></tr>
<tr class="ok"><td>Nadiifinta xarunta</td><td>Sabtiyada</td><td>—</td><td>Waa la helay dad ku filan</td></tr>
</table>
<h2>Shaqo mushahar leh</h2>
<p>Karraani (receptionist) xafiiska, 25 saacadood toddobaadkii, mushahar $17 saacaddii. Codsiga u dir iftiin@iftiinfertile.example.</p>
""")
PAGES["deeq.html"] = shell("Deeq – Iftiin", """
<h1>Sidee wax u deeqi kartaa?</h1>
<h2>Waxyaabaha aan u baahanahay</h2>
<ul><li>Kuraasta carruurta ee baabuurka (car seats)</li><li>Xafaayadaha carruurta, cabbirka 4 iyo 5</li><li>Caanaha carruurta (formula)</li><li>Saabuun iyo shaambo</li></ul>
<h2>Jiilaalka ayaa soo socda</h2>
<p>Waxaa naga dhammaaday <b>jaakadaha jiilaalka</b> ee carruurta iyo kabaha barafka. Haddii aad haysato kuwo nadiif ah, fadlan keen.</p>
<h2>Dharka dumarka</h2>
<p>Wax badan ayaan haynaa, mahadsanid! Fadlan hadda ha keenina dhar dumar.</p>
<h2>Ma aqbalno</h2>
<p>Dhar wasakh ah ama jeexan, cunto waqtigeedu dhacay, iyo sariiro jilicsan (mattresses) oo la isticmaalay.</p>
<h2>Halkee lagu keenaa?</h2>
<p>Albaabka dambe ee xarunta, Talaado iyo Khamiis, 11:00 subaxnimo ilaa 3:00 galabnimo.</p>
""")
PAGES["en/about.html"] = shell("About Iftiin Family Center", """
<h1>About us</h1>
<p>Iftiin ("light") Family Center was started in 2019 by Somali parents who moved to Fertile for work at the turkey plant.</p>
<h2>Our director</h2>
<p>Hodan Warsame grew up in Mogadishu and Nairobi, studied social work at the University of North Dakota, and has led Iftiin since it opened.</p>
<h2>Homework room</h2>
<p>Our homework room has one working computer for 30 students. We are seeking <b>donated laptops</b> (less than six years old, with chargers) so students can finish online assignments.</p>
<h2>Job opening</h2>
<p>Family Advocate, paid, 30 hours a week, Somali and English required. See the posting at the Polk County workforce center.</p>
<h2>Our funders</h2>
<p>Thank you to the Northwest Minnesota Foundation, Fertile Lions Club and the Garden Valley Electric Trust.</p>
""", lang="en")
PAGES["maamul/warbixin.html"] = shell("Warbixinta guddiga", """
<h1>Warbixinta guddiga (gudaha)</h1>
<ul><li>Waxaan u baahanahay xisaabiye cusub oo guddiga ah.</li>
<li>Baabuurka xarunta wuxuu u baahan yahay taayirro cusub.</li>
<li>Raadi qof dayactira kuleyliyaha (furnace).</li></ul>
""")
ROBOTS = "User-agent: AhrefsBot\nDisallow: /\n\nUser-agent: *\nDisallow: /maamul/\n"

PDFS = {"foom-tababare.pdf": ("Foomka tababaraha kubadda cagta", [
    ("title", "Xarunta Qoysaska Iftiin - Kubadda Cagta Xagaaga"),
    ("h", "Tababarayaal ayaan u baahanahay"),
    ("p", "Kooxaha kubadda cagta ee wiilasha iyo gabdhaha 8-12 jir waxay u baahan yihiin tababarayaal mutadawiciin ah. Sabtiyada, Juun ilaa Agoosto, 9:00-11:00 subaxnimo, garoonka dugsiga."),
    ("h", "Macluumaadkaaga"),
    ("p", "Magaca: ____________________   Telefoonka: ______________"),
    ("p", "Ma ciyaari jirtay kubadda cagta?  [ ] Haa   [ ] Maya"),
    ("h", "Diiwaangelinta ciyaartoyda"),
    ("p", "Waalidiinta: carruurta waxaa la diiwaangelinayaa 15 Maajo, 5:00-7:00 galabnimo, xarunta."),
    ("h", "Foomka ku soo celi"),
    ("p", "Foomka ku soo celi xafiiska xarunta ama sawir ka qaad oo u dir iftiin@iftiinfertile.example."),
])}

NEEDS = [
    N("index.html", ["sariiro carruur", "hooyo xaliimo"], "donation", "so", layout="story", note="family story; beds, blankets, table = one need"),
    N("mutadawaciin.html", ["macallin xisaabta"], "skilled", "so", layout="shift_table"),
    N("mutadawaciin.html", ["darawal u qaada waayeelka"], "volunteer", "so", layout="shift_table"),
    N("mutadawaciin.html", ["turjubaan soomaali"], "skilled", "so", ["so", "en"], layout="shift_table"),
    N("mutadawaciin.html", ["xannaanada carruurta"], "volunteer", "so", layout="shift_table", note="childcare helper during the English class"),
    N("deeq.html", ["waxyaabaha aan u baahanahay", "car seats"], "donation", "so", layout="wish_list"),
    N("deeq.html", ["jaakadaha jiilaalka"], "donation", "so", layout="heading_paragraph", note="generic heading ('winter is coming'), item in body: 'we ran out of'"),
    N("en/about.html", ["donated laptops"], "donation", "en", layout="heading_paragraph"),
    N("foom-tababare.pdf", ["tababarayaal"], "volunteer", "so", layout="pdf", note="soccer coaches"),
]
TRAPS = [
    T("index.html", "hours", ["saacadaha furan"]),
    T("index.html", "service", ["adeegyada aan bixinno", "fasallada ingiriisiga"]),
    T("index.html", "event", ["xafladda ciidda"]),
    T("mutadawaciin.html", "filled", ["karinta cuntada ciidda"], "three names + 'Dhammaystiran'"),
    T("mutadawaciin.html", "filled", ["nadiifinta xarunta"], "'Waa la helay dad ku filan' = enough people found"),
    T("mutadawaciin.html", "job", ["karraani"]),
    T("deeq.html", "overstock", ["dharka dumarka"]),
    T("deeq.html", "not_accepted", ["ma aqbalno"]),
    T("deeq.html", "dropoff", ["halkee lagu keenaa", "albaabka dambe"]),
    T("en/about.html", "bio", ["hodan warsame"]),
    T("en/about.html", "job", ["family advocate"]),
    T("en/about.html", "donors", ["our funders"]),
    T("foom-tababare.pdf", "how_to_apply", ["diiwaangelinta ciyaartoyda"], "registration of child players (clients)"),
    T("foom-tababare.pdf", "how_to_apply", ["foomka ku soo celi"]),
    T("maamul/warbixin.html", "robots", ["xisaabiye"]),
    T("maamul/warbixin.html", "robots", ["taayirro"]),
    T("maamul/warbixin.html", "robots", ["kuleyliyaha"]),
]
