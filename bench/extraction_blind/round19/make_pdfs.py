#!/usr/bin/env python3
"""Generate the small PDFs used by the round-19 blind extraction set (stdlib only).

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
        lines = textwrap.wrap(text, width=width) or [""]
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
    "brainerd-lakes-warming-shelter/flyer.pdf": ("Brainerd Lakes Warming Shelter - winter flyer", [
        ("title", "BRAINERD LAKES WARMING SHELTER"),
        ("title", "Snow Crew Wanted"),
        ("p", "Every time it snows two inches or more, our guests need a clear path to the side door and "
              "the county van needs a clear lot. Our old plow contract ended in December."),
        ("h", "Can you shovel?"),
        ("p", "We are putting together a snow crew of 8 to 10 neighbors who can come by with a shovel "
              "(or a snowblower) after a snowfall and clear the ramp, the side door, and the sidewalk on "
              "Laurel Street before 6:00 pm. Join the group text and take the storms you can. Salt and "
              "shovels are in the shed."),
        ("p", "Text Marcy at 218-555-0188 to join the crew."),
        ("gap", ""),
        ("h", "Sleep Out for Shelter - Saturday, February 21"),
        ("p", "Spend one night on the courthouse lawn and raise money for the shelter. Register a team "
              "of 4 to 8 at brainerdwarmingshelter.org starting January 15."),
        ("gap", ""),
        ("p", "Brainerd Lakes Warming Shelter - 614 Laurel St, Brainerd, MN 56401 - 218-555-0139"),
    ]),
    "faribault-iftin-learning-center/wargeys.pdf": ("Wargeyska Iftiin - Gu'ga 2025", [
        ("title", "WARGEYSKA IFTIIN - GU'GA 2025"),
        ("p", "Xarunta Waxbarashada Iftiin - 214 Central Ave N, Suite 3, Faribault, MN 55021 - 507-555-0193"),
        ("h", "Mahadsanidin!"),
        ("p", "Xafladda Ciidda ee 30-kii Maarso waxaa ka soo qayb galay in ka badan 300 oo qof. Waxaan u "
              "mahadcelinaynaa hooyooyinka cuntada kariyey iyo dhallinyarada nadiifiyey hoolka."),
        ("h", "Warbixinta Homework Club"),
        ("p", "Gu'gan 84 arday ayaa ka qayb galay Kooxda Casharrada Guriga. 31 arday ayaa buundooyinkooda "
              "xisaabta kor u qaaday. Hambalyo!"),
        ("h", "Website cusub"),
        ("p", "Website-keennu wuxuu ku jiraa qorshe bilaash ah tan iyo 2019, si fiicanna uma shaqeeyo marka "
              "telefoon laga furo. Waalidiin badan ayaa noo sheegay inaysan ka heli karin jadwalka. Waxaan "
              "raadinaynaa qof mutadawac ah oo yaqaan naqshadaynta website-yada (web designer) si uu noo "
              "caawiyo dhowr toddobaad xagaagan. Fadlan la xiriir Xaawo: 507-555-0193."),
        ("h", "Barnaamijka xagaaga"),
        ("p", "Diiwaangelinta barnaamijka xagaaga ee carruurta (fasallada 1 ilaa 8) waxay bilaabmaysaa 1-da "
              "Maajo. Keen kaarka dugsiga ee ilmaha. Boosasku waa 60 oo keliya."),
    ]),
    "arcade-street-hmong-farmers/xov-xwm.pdf": ("Xov Xwm - Lub Caij Nplooj Zeeg 2025", [
        ("title", "XOV XWM - LUB CAIJ NPLOOJ ZEEG 2025"),
        ("p", "Lub Koom Haum Neeg Hmoob Ua Liaj Ua Teb Arcade Street - PO Box 6021, Saint Paul, MN 55106 - 651-555-0124"),
        ("h", "Ua tsaug rau txhua tus"),
        ("p", "Ua tsaug rau txhua tsev neeg tuaj koom noj mov Hnub Ua Tsaug (Thanksgiving potluck) rau hnub "
              "tim 23 Lub Kaum Ib Hlis. Peb muaj 160 leej tuaj, thiab cov menyuam tau hu nkauj zoo kawg."),
        ("h", "Xyoo no lub khw muag tau zoo"),
        ("p", "Xyoo 2025 peb cov tswv cuab muag tau zaub ntau dua xyoo tas los 18 feem pua. Cov neeg yuav "
              "zaub siv Double Up ntau heev. Lub khw kaw rau lub caij ntuj no thaum hnub tim 25 Lub Kaum Hli, "
              "thiab yuav qhib dua rau hnub tim 2 Lub Tsib Hlis 2026."),
        ("h", "Kev noj qab haus huv rau cov txwj laus"),
        ("p", "Ntau tus txwj laus ua liaj ua teb muaj ntshav siab thiab ntshav qab zib, tiam sis lawv tsis "
              "tshua mus ntsib kws kho mob. Peb tab tom nrhiav ib tug kws saib mob (nurse) uas txawj lus "
              "Hmoob los yog tsis txawj los tau, tuaj pab ntsuas ntshav siab rau cov txwj laus ntawm lub khw "
              "ib hlis ib zaug, hnub Saturday thaum sawv ntxov. Thov hu rau Mai Vang."),
    ]),
    "northfield-puentes-network/boletin.pdf": ("Boletin de Puentes - Verano 2025", [
        ("title", "BOLETÍN DE PUENTES - VERANO 2025"),
        ("p", "Puentes Northfield - 300 Division St S, Suite 2, Northfield, MN 55057 - 507-555-0157"),
        ("h", "¡Gracias, Carleton!"),
        ("p", "En mayo, doce estudiantes de Carleton College pintaron nuestra oficina y la sala de espera. "
              "Ahora tenemos paredes amarillas y un mural de mariposas monarca. ¡Gracias, muchachos!"),
        ("h", "Inscripciones escolares"),
        ("p", "En agosto muchas familias nuevas van a inscribir a sus hijos en las escuelas de Northfield y "
              "Faribault. La escuela nos mandó los formularios de inscripción, el formulario de salud y la "
              "carta de bienvenida, pero solo en inglés. Antes del 1 de agosto todavía necesitamos dos "
              "traductores voluntarios que puedan traducir por escrito esos documentos del inglés al "
              "español. Son unas 14 páginas. Si puede hacerlo, escriba a hola@puentesnorthfield.org."),
        ("h", "Fiesta de verano"),
        ("p", "Sábado 16 de agosto, de 12 a 4 de la tarde, en Central Park. Comida, música, juegos para "
              "los niños y la feria de salud del condado. ¡Los esperamos!"),
        ("h", "Recordatorio"),
        ("p", "La clínica legal no se reúne en julio. Vuelve el sábado 9 de agosto."),
    ]),
    "plymouth-medhin-family-services/newsletter.pdf": ("Medhin Messenger - Fall 2025", [
        ("title", "THE MEDHIN MESSENGER - FALL 2025"),
        ("p", "Medhin Family Services - 3300 Fernbrook Ln N, Suite 140, Plymouth, MN 55447 - 763-555-0148"),
        ("h", "Melkam Addis Amet!"),
        ("p", "More than 260 people came to the Enkutatash dinner on September 13. Thank you to the mothers "
              "who cooked for two days, to Plymouth Creek Center, and to DJ Abel. We raised $9,100 for the "
              "elder program."),
        ("h", "From the elder program"),
        ("p", "Forty elders now come on Tuesdays and Thursdays, and several of them are frail. The supply "
              "closet is nearly empty: we are short on adult incontinence briefs (sizes M and L) and on "
              "nutrition shakes such as Ensure or Boost. Unopened packages only, please. You can drop them "
              "at the front desk any weekday."),
        ("h", "Meskel"),
        ("p", "Join the community for the Meskel bonfire (Demera) on Saturday, September 27 at 6 pm in the "
              "parking lot of Debre Selam church. Bring a candle."),
        ("h", "Welcome, Hanna!"),
        ("p", "Please welcome Hanna Tesfaye, our new case manager, who joined us from Lutheran Social Service."),
    ]),
    "pennington-county-senior-center/newsletter.pdf": ("THE GOLDEN NEWS - OCTOBER 2025", [
        ("title", "THE GOLDEN NEWS - OCTOBER 2025"),
        ("p", "PENNINGTON COUNTY SENIOR CENTER - 210 LaBREE AVE N - THIEF RIVER FALLS, MN 56701 - (218) 555-0110"),
        ("h", "FROM DARLENE'S DESK"),
        ("p", "THANK YOU TO EVERYONE WHO BAKED FOR THE PIE SOCIAL IN AUGUST. WE SOLD 61 PIES AND MADE $1,480 "
              "FOR THE VAN FUND. THE RHUBARB CUSTARD WENT FIRST, AS USUAL."),
        ("p", "ANYONE HANDY WITH SMALL ENGINES? OUR RIDING MOWER WOULD NOT START ALL SEPTEMBER AND NOW THE "
              "SNOWBLOWER ATTACHMENT IS MAKING A TERRIBLE NOISE. IF YOU KNOW SMALL ENGINE REPAIR AND COULD "
              "TAKE A LOOK SOME MORNING, WE WILL BUY THE PARTS AND THE PIE."),
        ("h", "LIBRARY CORNER"),
        ("p", "OUR LENDING SHELF IS BARE. WE ARE LOOKING FOR LARGE PRINT BOOKS: WESTERNS, MYSTERIES AND "
              "CHRISTIAN FICTION ESPECIALLY. PLEASE DROP THEM AT THE FRONT DESK."),
        ("h", "MEMBERSHIP DUES"),
        ("p", "2026 MEMBERSHIP DUES ARE $15 AND ARE DUE JANUARY 1. MEMBERS GET THE NEWSLETTER MAILED HOME."),
        ("h", "OCTOBER BIRTHDAYS"),
        ("p", "MARLYS T., GORDON B., ARLENE S. (90!), DUANE K. AND VERNON O."),
    ]),
    "hastings-cooper-elementary-pto/volunteer-form.pdf": ("Cooper Elementary PTO Volunteer Form 2025-26", [
        ("title", "COOPER ELEMENTARY PTO - VOLUNTEER FORM 2025-26"),
        ("p", "Return to the PTO mailbox in the front office, or email a photo to cooperpto.hastings@gmail.com."),
        ("p", "Parent/guardian name: ______________________________  Phone: ____________________"),
        ("p", "Email: ______________________________  Student(s) and teacher(s): ______________________"),
        ("p", "Background check approved?  [ ] Yes   [ ] Submitted   [ ] Not yet"),
        ("gap", ""),
        ("h", "I am interested in:"),
        ("p", "[ ] Fall Festival (October 10)     [ ] Scholastic Book Fair (October 20-24)     [ ] Field trips"),
        ("gap", ""),
        ("h", "NEW THIS YEAR: LUNCHROOM AND RECESS HELPERS"),
        ("p", "Our lunch and recess periods run from 11:00 to 12:30, and there are only two paras for 180 kids. "
              "We need parents, grandparents and neighbors who can come one day a week (or even one day a month) "
              "to open milk cartons, help the kindergartners with their trays, and be an extra set of eyes on "
              "the playground. Check here if you can help: [ ]   Best day(s): ____________"),
        ("gap", ""),
        ("p", "Signature: ______________________   Date: __________"),
    ]),
    "crookston-trinity-lutheran-outreach/tidings.pdf": ("The Trinity Tidings - November 2025", [
        ("title", "THE TRINITY TIDINGS - NOVEMBER 2025"),
        ("p", "Trinity Lutheran Church (ELCA) - 602 Fisher Ave, Crookston, MN 56716 - 218-555-0107"),
        ("h", "From Pastor Kristin"),
        ("p", "November is the month we remember the saints. On All Saints Sunday we will read the names of the 14 "
              "members of Trinity who died this year, and light a candle for each one."),
        ("h", "Music notes"),
        ("p", "Our organist, Carol Sletten, will be on sabbatical from January through March to finish her master's "
              "degree. The choir will rest in January, but Sunday worship will not. We are looking for a "
              "substitute organist (a strong pianist who can play hymns would also work) for Sunday mornings "
              "during those three months. Carol will gladly meet with you. Please call the church office."),
        ("h", "Advent wreath workshop"),
        ("p", "Sunday, November 30, after worship in the fellowship hall. Greens, candles and soup provided. Free-will "
              "offering."),
        ("h", "Now hiring: Office Administrator"),
        ("p", "Paid position, 24 hours a week, $18-20/hour. Bulletins, the newsletter, the church database and "
              "the phone. Job description at the church office. Applications due November 21."),
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
