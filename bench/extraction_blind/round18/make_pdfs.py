#!/usr/bin/env python3
"""Generate the small PDFs used by the blind extraction set (stdlib only).

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
    "austin-karen-baptist-fellowship/bulletin-2025-03-30.pdf": ("AKBF Sunday Bulletin March 30 2025", [
        ("title", "AUSTIN KAREN BAPTIST FELLOWSHIP"),
        ("title", "Sunday Bulletin - March 30, 2025"),
        ("h", "ORDER OF WORSHIP (11:00 English service)"),
        ("p", "Call to Worship - Hymn 'Great Is Thy Faithfulness' - Scripture: Luke 15:11-32 - "
              "Sermon: 'The Father Who Runs' (Pastor Eh Doh) - Offering - Benediction"),
        ("h", "ANNOUNCEMENTS"),
        ("p", "Baby dedication: next Sunday, April 6, we will dedicate the babies born this year during both "
              "services. Families, please tell Pastor Eh Doh by Wednesday."),
        ("p", "Thank you to everyone who cooked and helped at the Thai food sale last Saturday. We raised "
              "$3,180 for the school in Mae La camp!"),
        ("p", "Women's Fellowship: the new choir robes have arrived, but all of them are too long. We are "
              "looking for a few people who can sew and would help with hemming the 30 new choir robes "
              "before Easter. Machines and thread are at the church; bring your own scissors. Call Naw Htoo "
              "at (507) 555-0139."),
        ("p", "Prayer: please keep praying for the Saw family as they wait for their father to arrive from "
              "Thailand."),
        ("h", "THIS WEEK"),
        ("p", "Wednesday 7 pm - small groups in homes. Friday 6:30 pm - youth group. Saturday 9 am - "
              "deacons' prayer breakfast."),
    ]),
    "casa-esperanza-owatonna/boletin-primavera-2025.pdf": ("Boletin de Casa Esperanza Primavera 2025", [
        ("title", "CASA ESPERANZA - BOLETÍN DE PRIMAVERA 2025"),
        ("p", "146 N Cedar Ave, Owatonna, MN 55060 - (507) 555-0182"),
        ("h", "Noticias de la oficina"),
        ("p", "Esta temporada de impuestos preparamos 412 declaraciones gratis, ¡un récord! Gracias a todo el "
              "equipo. Otra noticia: después de diez años, nuestra tesorera Marta Ruiz se jubila del comité "
              "directivo en junio. Buscamos un contador o contadora, o una persona con experiencia en "
              "contabilidad, que quiera ser nuestro tesorero o tesorera voluntario: revisar las cuentas una "
              "vez al mes y preparar los papeles para la auditoría anual. Son unas cuatro horas al mes. Si le "
              "interesa, hable con Lucía."),
        ("h", "Feria de regreso a clases"),
        ("p", "Sábado 9 de agosto, de 10 a 1, en el estacionamiento de Casa Esperanza. Mochilas con útiles, "
              "cortes de pelo gratis y vacunas para niños. Traiga a toda la familia."),
        ("h", "¡Gracias!"),
        ("p", "Gracias a la parroquia Sacred Heart por donar 200 mochilas para la feria. Ya tenemos todas las "
              "mochilas que necesitamos."),
        ("h", "Recordatorio"),
        ("p", "El Ropero Infantil abre los miércoles de 3 a 6. La oficina estará cerrada el 26 de mayo "
              "(Memorial Day)."),
    ]),
    "dalmar-family-center-waite-park/so/warsidaha-gu-2025.pdf": ("Warsidaha Dalmar Gu 2025", [
        ("title", "WARSIDAHA DALMAR - GU' 2025"),
        ("p", "Xarunta Qoysaska Dalmar - 120 2nd Ave S, Suite 3, Waite Park, MN 56387 - (320) 555-0158"),
        ("h", "Hambalyo ardayda qalin-jabisay!"),
        ("p", "Sannadkan 23 arday oo ka mid ah Homework Club ayaa dugsiga sare ka qalin-jabinaya. Xafladda "
              "qalin-jabinta waxay dhici doontaa Sabti, Juun 14, 6:00 fiidnimo, hoolka Waite Park Community "
              "Center. Dhammaan qoysaska waa lagu soo dhaweynayaa."),
        ("h", "Baska yar"),
        ("p", "Baskeenna yar ee carruurta ka soo qaada dugsiyada una keena xarunta wuxuu qabaa dhibaato "
              "mashiinka ah, mararka qaarkoodna ma shidmo. Garaashku wuxuu noo sheegay in dayactirku qaali "
              "yahay. Haddii aad tahay farsamayaqaan baabuur (mechanic) oo aad diyaar u tahay inaad si "
              "mutadawacnimo ah noo eegto, fadlan la xiriir Cabdi (320) 555-0158."),
        ("h", "Mahadsanid"),
        ("p", "Mahadsanid Masjid Al-Nur oo xarunta ugu deeqay 150 buug oo carruurta ah. Hadda waxaan haynaa "
              "buugaag ku filan."),
    ]),
    "hmong-parents-coon-rapids/hmn/xov-xwm-2025.pdf": ("HAPA Xov Xwm 2025", [
        ("title", "HAPA XOV XWM - CAIJ NPLOOJ NTOOS HLAV 2025"),
        ("p", "Hmong American Parents Association - 2700 Coon Rapids Blvd NW, Suite 112, Coon Rapids, MN 55433 "
              "- 763-555-0190"),
        ("h", "Zoo siab rau cov kawm tiav"),
        ("p", "Xyoo no muaj 31 tus tub ntxhais kawm tiav high school. Peb yuav ua kev zoo siab rau lawv hnub "
              "Saturday, Lub Rau Hli 7, 5 teev tsaus ntuj, ntawm Northdale Middle School. Txhua tsev neeg raug "
              "caw tuaj koom."),
        ("h", "Xov xwm ntawm lub chaw ua hauj lwm"),
        ("p", "Peb lub khoos pis tawj hauv chaw ua hauj lwm laus 12 xyoos lawm thiab qeeb heev. Yog koj muaj "
              "ib lub laptop uas tseem siv tau zoo, thov pub rau peb. Tsis tas li ntawd xwb, peb lub vev xaib "
              "(website) qub heev lawm: peb xav tau ib tug neeg paub ua vev xaib los pab peb kho kom tshiab "
              "thiab siv tau hauv xov tooj."),
        ("h", "Ua tsaug"),
        ("p", "Ua tsaug rau Hmong Village thiab cov tswv lag luam uas pub nyiaj $1,500 rau peb lub tsev kawm "
              "ntawv Hmoob hnub Saturday."),
    ]),
    "tesfa-family-association-apple-valley/volunteer-form.pdf": ("Tesfa Volunteer Application", [
        ("title", "TESFA FAMILY ASSOCIATION"),
        ("title", "VOLUNTEER APPLICATION"),
        ("p", "Please fill out and return to 14200 Cedar Ave S, Suite 104, Apple Valley, MN 55124, or email a "
              "photo of this form to info@tesfamn.org."),
        ("p", "Name: ______________________________   Phone: ____________________"),
        ("p", "Email: _____________________________   City: _____________________"),
        ("p", "Languages: [ ] Amharic  [ ] Afaan Oromo  [ ] Tigrinya  [ ] English  [ ] Other: __________"),
        ("p", "I am interested in: [ ] Summer camp  [ ] Sunday Amharic school  [ ] Wednesday elders' lunch  "
              "[ ] Office help  [ ] Events"),
        ("gap", ""),
        ("h", "NEW: WEDNESDAY LUNCH DRIVERS"),
        ("p", "Many of the elders who come to our Wednesday lunch no longer drive, and the bus takes them more "
              "than an hour. We need volunteer drivers with their own car to bring elders from apartments in "
              "Burnsville and Apple Valley to the lunch and home again, about 10:30 am to 2 pm. Mileage can be "
              "reimbursed. Check here if you can drive: [  ]"),
        ("h", "VOLUNTEER ORIENTATION"),
        ("p", "Volunteer orientation is held the second Saturday of every month at 10 am at our office. Please "
              "plan to attend one before you start."),
        ("h", "BACKGROUND CHECK"),
        ("p", "Volunteers who work with children or elders must complete a background check. I agree: [  ]"),
        ("p", "Signature: ______________________   Date: __________"),
    ]),
    "hiriyaa-oromo-learning-center-new-hope/om/gabaasa-ebla-2025.pdf": ("Gabaasa Hiriyaa Ebla 2025", [
        ("title", "GABAASA HIRIYAA - EBLA 2025"),
        ("p", "Giddugala Barnootaa Oromoo Hiriyaa - 4120 Winnetka Ave N, New Hope, MN 55427 - (763) 555-0147"),
        ("h", "Walgahii waliigalaa"),
        ("p", "Walgahiin waliigalaa miseensotaa Caamsaa 18, sa'aatii 2:00 WB giddugala keessatti ni "
              "geggeeffama. Miseensonni hundi akka argamtan kabajaan isin affeerra."),
        ("h", "Kutaa barnootaa haaraa"),
        ("p", "Kutaan barnootaa lammaffaan keenya qophaa'eera! Garuu gabatee adii (whiteboard) fi teessoo "
              "ijoollee 20 hin qabnu. Yoo gabatee adii ykn teessoo ijoollee kennuu dandeessan, Aadde Bontuu "
              "bilbilaa."),
        ("h", "Galatoomaa"),
        ("p", "Ijoolleen mana barumsaa Sanbataa 64 ta'an Ayyaana Irreechaa irratti sirba Afaan Oromoo "
              "dhiyeessan. Maatii hunda galatoomaa!"),
    ]),
    "otter-tail-community-supper/supper-times-summer-2025.pdf": ("Supper Times Summer 2025", [
        ("title", "SUPPER TIMES - SUMMER 2025"),
        ("p", "Otter Tail Community Supper - Bethel Lutheran basement - 400 W. Church Ave., Fergus Falls, MN"),
        ("h", "FROM THE TREASURER'S DESK"),
        ("p", "After 11 years of keeping our books, Gene Halvorson is stepping down as treasurer this fall (he "
              "says he wants to fish more, and who can blame him). We need a new volunteer treasurer who is "
              "comfortable with a spreadsheet, can write checks and make deposits, and will give a short "
              "report at board meetings. Gene will train you. Call Arlene at 218-555-0163."),
        ("h", "SUMMER SCHEDULE"),
        ("p", "No Friday suppers in July while the church basement floor is redone. Tuesday suppers continue "
              "all summer, 5:00 - 6:30 pm."),
        ("h", "GARDEN NEWS"),
        ("p", "Thanks to all the gardeners who have been dropping off produce. We are all set on zucchini for "
              "this year - no more zucchini, please!"),
        ("h", "BY THE NUMBERS"),
        ("p", "January to April: 2,904 meals served, 611 take-out plates, 38 volunteers a week."),
    ]),
    "itasca-home-repair-volunteers/annual-report-2024.pdf": ("IHRV 2024 Annual Report", [
        ("title", "ITASCA HOME REPAIR VOLUNTEERS"),
        ("title", "2024 ANNUAL REPORT"),
        ("h", "A LETTER FROM OUR BOARD CHAIR"),
        ("p", "In 2024, 212 volunteers gave 9,340 hours to keep their neighbors safe at home. Behind every "
              "number in this report is a person who can get out the front door again, or sleep in a warm "
              "room. Thank you for making that possible. - Karen Lindquist, board chair"),
        ("h", "2024 BY THE NUMBERS"),
        ("p", "42 wheelchair ramps built - 61 homes repaired - 17 roofs patched - 9,340 volunteer hours - "
              "average homeowner age: 76"),
        ("h", "LOOKING AHEAD TO 2025"),
        ("p", "Our biggest gap is not hammers, it is scheduling. Our crew leaders spend their evenings on the "
              "phone instead of on job sites. We are looking for a retired project manager or construction "
              "estimator who could give us one day a week to schedule crews, estimate jobs and order "
              "materials."),
        ("h", "THANK YOU TO OUR FUNDERS"),
        ("p", "Northland Community Fund, Grand Rapids Rotary Club, Itasca Builders Association, Zion Lutheran "
              "Church, and 340 individual donors."),
        ("h", "GIVE TO THE RAMP FUND"),
        ("p", "$350 builds one ramp. Mail a check to PO Box 431, Grand Rapids, MN 55744, or give online."),
    ]),
    "nobles-county-welcome-house/volunteer-welcome-packet.pdf": ("Welcome House Volunteer Welcome Packet", [
        ("title", "WELCOME HOUSE OF NOBLES COUNTY"),
        ("title", "Volunteer Welcome Packet - 2025"),
        ("h", "WHO WE ARE"),
        ("p", "Welcome House helps refugees and immigrants settle in Nobles County. Our staff of six and about "
              "120 volunteers work with families during their first months in Worthington."),
        ("h", "VOLUNTEER ORIENTATION"),
        ("p", "Orientation is held the first Tuesday of every month at 6 pm at our office, 1020 4th Ave. Please "
              "attend one before your first shift."),
        ("h", "NEW IN 2025: FRIENDSHIP FAMILIES"),
        ("p", "We are matching eight newly arrived Karen and Guatemalan families with a Friendship Family: a "
              "household, a couple or a small group who meets with them twice a month for six months - a "
              "meal, a trip to the library, help reading the mail, practice speaking English. We are still "
              "looking for five more Friendship Families. Interested? Tell your volunteer coordinator or call "
              "(507) 555-0193."),
        ("h", "CONFIDENTIALITY"),
        ("p", "What families share with you stays with you. Do not post photos of families on social media "
              "without written permission."),
        ("h", "BOUNDARIES"),
        ("p", "Please do not give families money or make promises about housing or jobs. If a family asks for "
              "something you cannot do, call their case manager."),
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
