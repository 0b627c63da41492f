#!/usr/bin/env python3
"""Generate the small PDFs used by blind extraction round 25 (stdlib only).

Each PDF is a minimal PDF 1.4 file: Catalog, Pages, two standard Type1 fonts
(Helvetica, Helvetica-Bold, WinAnsiEncoding), one or more pages whose content
streams use only simple `(text) Tj` operators, an Info dictionary, and an xref
table whose offsets are computed from the exact bytes written.

Run:  python3 make_pdfs.py      (writes into ./sites/<slug>/...)
"""
import os
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
SITES = os.path.join(HERE, "sites")

PAGE_W, PAGE_H = 612, 792
MARGIN_X, TOP_Y, BOTTOM_Y = 60, 740, 60


def pdf_escape(s):
    """Escape a str for a PDF literal string; encode as cp1252 (WinAnsi)."""
    out = []
    for ch in s:
        if ch in "\\()":
            out.append("\\" + ch)
        else:
            b = ch.encode("cp1252")  # raises on anything outside Latin
            if 32 <= b[0] < 127:
                out.append(ch)
            else:
                out.append("\\%03o" % b[0])
    return "".join(out)


def layout(blocks):
    """blocks: list of (style, text). style in {'title','h','p','gap'}.
    Returns a list of pages, each a list of (font, size, x, y, text)."""
    pages, cur, y = [], [], TOP_Y
    styles = {"title": ("F2", 16, 22, 60), "h": ("F2", 12, 18, 80),
              "p": ("F1", 10.5, 14, 95)}
    for style, text in blocks:
        if style == "gap":
            y -= 10
            continue
        font, size, lead, width = styles[style]
        lines = textwrap.wrap(text, width=width, break_on_hyphens=False) or [""]
        if style == "h":
            y -= 6
        for ln in lines:
            if y < BOTTOM_Y:
                pages.append(cur)
                cur, y = [], TOP_Y
            cur.append((font, size, MARGIN_X, y, ln))
            y -= lead
    if cur:
        pages.append(cur)
    return pages


def content_stream(items):
    parts = []
    for font, size, x, y, text in items:
        parts.append("BT /%s %s Tf %d %d Td (%s) Tj ET" % (
            font, ("%g" % size), x, y, pdf_escape(text)))
    return ("\n".join(parts) + "\n").encode("latin-1")


def build_pdf(blocks, title):
    pages = layout(blocks)
    objs = {}  # num -> bytes (body between "N 0 obj" and "endobj")
    n_pages = len(pages)
    # 1 catalog, 2 pages, 3 F1, 4 F2, 5 info, then page/content pairs
    page_nums = [6 + 2 * i for i in range(n_pages)]
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (
        " ".join("%d 0 R" % n for n in page_nums), n_pages)).encode()
    objs[3] = (b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
               b"/Encoding /WinAnsiEncoding >>")
    objs[4] = (b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold "
               b"/Encoding /WinAnsiEncoding >>")
    objs[5] = ("<< /Title (%s) /Producer (make_pdfs.py) >>" % pdf_escape(title)).encode("latin-1")
    for i, items in enumerate(pages):
        pn, cn = page_nums[i], page_nums[i] + 1
        objs[pn] = ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] "
                    "/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> "
                    "/Contents %d 0 R >>" % (PAGE_W, PAGE_H, cn)).encode()
        data = content_stream(items)
        objs[cn] = (b"<< /Length " + str(len(data)).encode() + b" >>\nstream\n"
                    + data + b"endstream")
    total = max(objs) + 1
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for n in range(1, total):
        offsets[n] = len(out)
        out += b"%d 0 obj\n" % n + objs[n] + b"\nendobj\n"
    xref_at = len(out)
    out += b"xref\n0 %d\n" % total
    out += b"0000000000 65535 f \n"
    for n in range(1, total):
        out += b"%010d 00000 n \n" % offsets[n]
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (total, xref_at))
    return bytes(out)


DOCS = {
    "detroit-lakes-community-pantry/winter-flyer.pdf": ("Lakes Area Community Pantry - Winter 2026-27", [
        ("title", "LAKES AREA COMMUNITY PANTRY"),
        ("title", "Winter 2026-27: How the pantry works this season"),
        ("p", "Pantry hours stay the same all winter: Tuesday 3 to 6 pm, Thursday 10 am to 1 pm and the first "
              "Saturday of each month 9 to 11 am. If Detroit Lakes schools close for snow, the pantry closes too."),
        ("gap", ""),
        ("h", "Grocery Rescue drivers wanted"),
        ("p", "Three mornings a week (Monday, Wednesday and Friday, about 8:00 to 9:30) we pick up bread, dairy, "
              "deli and produce that grocery stores in town can no longer sell. We would like two more drivers "
              "for the Grocery Rescue route. Use your own car or SUV; we give you coolers and a mileage form. "
              "Call Tomas at 218-555-0163 ext. 3."),
        ("gap", ""),
        ("h", "Holiday Box Packing Day - Saturday, December 12"),
        ("p", "All 60 volunteer spots for Holiday Box Packing Day are taken. Thank you! Watch our website for "
              "spring packing dates."),
        ("gap", ""),
        ("p", "Lakes Area Community Pantry - 1021 Washington Ave, Detroit Lakes, MN 56501 - lakesareapantry.org"),
    ]),
    "sauk-centre-senior-center/newsletter-dec.pdf": ("The Main Street Messenger - December 2026", [
        ("title", "THE MAIN STREET MESSENGER"),
        ("p", "SAUK CENTRE AREA SENIOR CENTER - DECEMBER 2026 - 325 MAIN STREET SOUTH - (320) 555-0184"),
        ("h", "FROM THE DIRECTOR'S DESK"),
        ("p", "WHAT A TURNOUT FOR THE HOLIDAY BAZAAR! WE SOLD EVERY LAST LEFSE AND RAISED $3,860 FOR THE NEW "
              "CHAIRS. THANK YOU TO THE 14 VOLUNTEERS WHO BAKED, PRICED AND WORKED THE TABLES. - MARLYS"),
        ("h", "THE TUESDAY SHOPPING BUS NEEDS A DRIVER"),
        ("p", "OUR MONTHLY SHOPPING TRIP TO CROSSROADS CENTER IN ST. CLOUD HAD TO BE CANCELED TWICE THIS FALL "
              "BECAUSE NOBODY WAS AVAILABLE TO DRIVE. IF YOU HAVE A CLEAN DRIVING RECORD AND CAN DRIVE OUR "
              "PASSENGER VAN ONE TUESDAY A MONTH (9 AM TO 3 PM), PLEASE CALL MARLYS. NO SPECIAL LICENSE IS NEEDED."),
        ("h", "PRAYER SHAWL AND LAP ROBE GROUP"),
        ("p", "THE LADIES HAVE MADE 61 LAP ROBES FOR THE NURSING HOME THIS YEAR AND ARE NEARLY OUT OF YARN. "
              "DONATIONS OF SOFT ACRYLIC YARN, ANY COLOR (NO WOOL, PLEASE - IT ITCHES), CAN BE LEFT IN THE "
              "CRAFT ROOM."),
        ("h", "BINGO PRIZES"),
        ("p", "WE HAVE ALL THE BINGO PRIZES WE NEED FOR 2027, THANK YOU! PLEASE DO NOT BRING MORE UNTIL WE ASK."),
        ("h", "CHRISTMAS PARTY - FRIDAY, DECEMBER 18"),
        ("p", "HAM DINNER AT 11:30, SANTA AT 12:30 AND CAROLS WITH THE ST. PAUL'S CHOIR. SIGN UP AT THE DESK "
              "BY DECEMBER 11."),
        ("h", "MEMBERSHIP RENEWALS"),
        ("p", "2027 DUES ARE STILL $15. RENEW AT THE FRONT DESK OR MAIL A CHECK TO THE CENTER."),
    ]),
    "edina-hidda-somali-parents/codsi-mutadawac.pdf": ("Hidda - Foomka codsiga mutadawacnimada", [
        ("title", "HIDDA - SHABAKADDA WAALIDIINTA SOOMAALIYEED EE EDINA"),
        ("title", "FOOMKA CODSIGA MUTADAWACNIMADA"),
        ("p", "Magaca oo buuxa: ________________________________   Taleefanka: ____________________"),
        ("p", "Iimaylka: ______________________________________________________________"),
        ("p", "Luqadaha aad ku hadasho: [ ] Soomaali  [ ] Ingiriis  [ ] Carabi  [ ] Luqad kale: __________"),
        ("p", "Maalmaha aad bannaan tahay: [ ] Isniin [ ] Talaado [ ] Arbaco [ ] Khamiis [ ] Sabti"),
        ("gap", ""),
        ("h", "BAAHI GAAR AH: QORAA CODSIYADA DEEQAHA (GRANT WRITER)"),
        ("p", "Waxaan raadinaynaa qof khibrad u leh qoraalka codsiyada deeqaha (grant writer) si uu noo caawiyo "
              "codsi aan u dirayno Edina Community Foundation ka hor 1da Maarso. Shaqadu waa qiyaastii 10 "
              "saacadood, waxaana la qaban karaa guriga. Haddii aad awooddo, calaamadee halkan: [ ]"),
        ("gap", ""),
        ("p", "Foomka ku celi xafiiska ama u dir hidda.parents@gmail.com. Waxaan kula soo xiriiri doonnaa "
              "hal toddobaad gudahood."),
        ("p", "Saxiixa: ______________________   Taariikhda: __________"),
    ]),
    "white-bear-lake-koom-siab-center/paj-ntaub-flyer.pdf": ("Chav kawm xaws paj ntaub - Lub Chaw Koom Siab", [
        ("title", "LUB CHAW KOOM SIAB"),
        ("title", "CHAV KAWM XAWS PAJ NTAUB RAU COV LAUS"),
        ("p", "Txhua hnub Wednesday, 1:00 txog 3:00 teev tav su, nyob rau hauv chav loj ntawm Lub Chaw Koom Siab. "
              "Dawb xwb, tsis them nyiaj. Cov niam tais yawm txiv thiab cov hluas los kawm ua ke tau."),
        ("gap", ""),
        ("h", "PEB TSEEM XAV TAU KEV PAB"),
        ("p", "Chav kawm loj hlob tuaj thiab peb cov khoom siv yuav luag tas lawm. Peb tseem xav tau ntaub, "
              "xov paj ntaub (txhua xim) thiab koob xaws. Yog koj muaj ntaub los yog xov seem nyob tsev, thov "
              "coj tuaj pub rau peb ntawm lub chaw, Monday txog Friday."),
        ("gap", ""),
        ("p", "Nug ntxiv: hu rau Mee Her ntawm 651-555-0172."),
        ("p", "2150 Third Street, White Bear Lake, MN 55110"),
    ]),
    "cold-spring-casa-amistad/boletin-invierno.pdf": ("Casa Amistad - Boletín de invierno 2026", [
        ("title", "CASA AMISTAD - BOLETÍN DE INVIERNO 2026"),
        ("p", "212 Main Street, Cold Spring, MN 56320 - 320-555-0126 - casaamistadmn.org"),
        ("h", "Gracias por un Día de Muertos inolvidable"),
        ("p", "La celebración del Día de Muertos reunió a más de 300 personas en el salón de la parroquia. "
              "Los niños decoraron calaveritas de azúcar y el altar comunitario quedó precioso. Gracias a "
              "todas las familias que trajeron fotos y pan de muerto."),
        ("h", "Clínica de vacunas en enero"),
        ("p", "El sábado 16 de enero tendremos una clínica gratuita de vacunas contra la gripe y el COVID con "
              "el condado de Stearns. Queremos que se entere todo el pueblo, así que estamos buscando a alguien "
              "que sepa de diseño gráfico y nos ayude a preparar volantes y publicaciones para Facebook e "
              "Instagram. Si ese es usted, llame a Lucía."),
        ("p", "Además, nos hacen falta juguetes nuevos (sin envolver) para regalar en el Día de Reyes, el 6 de "
              "enero, a niños de 0 a 12 años. Se reciben en la oficina hasta el 2 de enero."),
        ("h", "Pastorela y posada"),
        ("p", "Domingo 20 de diciembre a las 4 pm en el gimnasio de la escuela ROCORI. Habrá pastorela de los "
              "jóvenes, tamales y ponche. ¡Traiga a toda la familia!"),
        ("h", "Horario de fin de año"),
        ("p", "La oficina estará cerrada del 24 de diciembre al 1 de enero. La despensa abre el sábado 26 de "
              "diciembre en horario normal."),
    ]),
    "spring-lake-park-beza-pantry/newsletter-hidar.pdf": ("Beza Bulletin - Hidar 2019 E.C.", [
        ("title", "BEZA BULLETIN"),
        ("p", "Hidar 2019 E.C. / November - December 2026 - Beza Community Pantry, 8301 Central Ave NE, "
              "Spring Lake Park, MN 55432"),
        ("h", "Thank you for a joyful Enkutatash"),
        ("p", "Our Enkutatash (Ethiopian New Year) celebration in September drew more than 400 neighbors. The "
              "children's choir sang, the grandmothers roasted coffee, and 31 volunteers served food until the "
              "last plate was gone."),
        ("h", "Warehouse news"),
        ("p", "The new steel shelving is in, thanks to the Spring Lake Park Lions Club, so we no longer need "
              "shelving units."),
        ("p", "The next bottleneck is getting food here: once a month we collect donated pallets "
              "from our food bank partner, and the borrowed truck we used is gone. We are seeking a volunteer with "
              "a pickup truck and trailer who could haul pallets for us one weekday morning a month. Fuel is "
              "reimbursed."),
        ("h", "Cold feet"),
        ("p", "Many of our elders walk to the pantry in thin shoes. New or gently used winter boots for men and "
              "women, sizes 7 to 11, would keep them safe on the ice. Bring them on a Tuesday or Saturday."),
        ("h", "Coffee ceremony"),
        ("p", "Join us for a community coffee ceremony on the last Sunday of every month at 3 pm in the "
              "fellowship hall. Everyone is welcome."),
    ]),
    "andover-bayt-al-karam-center/ramadan-2027.pdf": ("Bayt Al-Karam - Ramadan 1448 / 2027 volunteer sign-up", [
        ("title", "BAYT AL-KARAM COMMUNITY CENTER"),
        ("title", "RAMADAN 1448 / 2027 - VOLUNTEER SIGN-UP"),
        ("p", "Ramadan is expected to begin on or about Monday, February 8, 2027. Every night of the month we "
              "serve a free community iftar in the main hall for 150 to 200 people."),
        ("gap", ""),
        ("h", "IFTAR KITCHEN CREW"),
        ("p", "We need cooks, servers and dishwashers every evening from 4:30 to 7:30 pm. Sign up for one night "
              "a week or more. Sisters' and brothers' teams; teens 15 and older welcome with a parent."),
        ("h", "FOOD DONATIONS FOR IFTAR"),
        ("p", "Please bring dates, basmati rice (20 lb bags), cooking oil and red lentils to the office before "
              "February 5 so the kitchen can plan the menu."),
        ("h", "IFTAR SPONSORSHIP"),
        ("p", "All 30 nights have already been sponsored. Jazakum Allahu khayran! Please give to the zakat "
              "fund instead if you wish."),
        ("h", "EID AL-FITR PRAYER"),
        ("p", "Expected Wednesday, March 10, 2027, 8:30 am, at the Andover Community Center. Confirm the date on "
              "our WhatsApp group."),
        ("gap", ""),
        ("p", "Name: ____________________________  Phone: ____________________"),
        ("p", "I can help with: [ ] kitchen crew   [ ] food donation   Nights available: __________________"),
    ]),
    "farmington-birbirsa-oromo-families/galmee-tajaajilaa.pdf": ("Birbirsa - Unka galmee tola ooltummaa", [
        ("title", "WALDAA MAATII OROMOO BIRBIRSAA"),
        ("title", "UNKA GALMEE TOLA OOLTUMMAA"),
        ("p", "Maqaa guutuu: ______________________________   Bilbila: ____________________"),
        ("p", "Imeelii: _________________________________________________________"),
        ("p", "Afaan beektan: [ ] Afaan Oromoo  [ ] Ingiliffaa  [ ] Afaan Amaaraa  [ ] Kan biraa: ________"),
        ("p", "Guyyoota isin mijatu: [ ] Wiixata [ ] Kibxata [ ] Roobii [ ] Kamisa [ ] Sanbata"),
        ("gap", ""),
        ("h", "BARSIISAA KOMPIITARAA NI BARBAACHISA"),
        ("p", "Maatii gaheessotaaf barnoota kompiitaraa bu'uuraa (imeelii, interneetii fi unka hojii online "
              "guutuu) kennuuf barsiisaa kompiitaraa tola ooltummaan hojjetu barbaadna. Kamisa galgala, "
              "sa'aatii 6:00 hanga 7:30tti. Kompiitarri ni jira."),
        ("gap", ""),
        ("p", "Unka kana Sanbata mana barumsaatti deebisaa ykn birbirsa.mn@gmail.com irratti ergaa."),
        ("p", "Mallattoo: ______________________   Guyyaa: __________"),
    ]),
    "stillwater-riverbend-youth-shelter/volunteer-application.pdf": ("Riverbend Youth Shelter - Volunteer Application", [
        ("title", "RIVERBEND YOUTH SHELTER"),
        ("title", "Volunteer Application"),
        ("p", "Name: ________________________________   Date of birth: ______________"),
        ("p", "Address: _____________________________________________________________"),
        ("p", "Phone: ____________________   Email: __________________________________"),
        ("p", "Two references (not family): _________________________________________"),
        ("p", "I consent to a criminal background check: [ ] Yes   Signature: ____________________"),
        ("gap", ""),
        ("h", "NEW THIS WINTER: WEEKEND OVERNIGHT HOSTS"),
        ("p", "Friday and Saturday nights are the hardest at the shelter. We are recruiting trained volunteers to "
              "serve as weekend overnight hosts: two volunteers stay up with staff from 10 pm to 2 am to play "
              "games, make late-night snacks and be a calm adult presence. Ages 25 and up; one four-hour "
              "training required. Check here if interested: [ ]"),
        ("gap", ""),
        ("p", "Return this form to the front desk or email it to volunteer@riverbendyouth.org."),
        ("p", "Riverbend Youth Shelter - 1120 S Greeley St, Stillwater, MN 55082 - 651-555-0115"),
    ]),
}


def main():
    for rel, (title, blocks) in DOCS.items():
        path = os.path.join(SITES, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        data = build_pdf(blocks, title)
        with open(path, "wb") as f:
            f.write(data)
        print("wrote %s (%d bytes)" % (rel, len(data)))


if __name__ == "__main__":
    main()
