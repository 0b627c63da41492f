#!/usr/bin/env python3
"""Generate the PDFs of blind extraction round 15 (stdlib only).

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
    "cedar-riverside-homework-club/backpacks.pdf": ("Back-to-School Backpack Drive", [
        ("title", "CEDAR-RIVERSIDE HOMEWORK CLUB"),
        ("title", "BACK-TO-SCHOOL BACKPACK DRIVE"),
        ("p", "School starts September 2. Many of our families are still paying off winter heating bills, and a "
              "full set of school supplies costs more than $60 per child."),
        ("h", "Help us fill 150 backpacks by August 22"),
        ("p", "We are collecting new backpacks (no wheels, please) and the supplies to go in them: wide-ruled "
              "notebooks, pencils, glue sticks, washable markers, a pencil box and a calculator for grades 5-8."),
        ("p", "Drop off: Riverside Plaza community room, Monday-Thursday 1-6 pm, or ask us to pick up from your "
              "office or congregation. Questions: Hodan, 612-555-0119."),
        ("gap", ""),
        ("p", "Cedar-Riverside Homework Club - 1620 S 5th St, Minneapolis, MN 55454"),
    ]),
    "mesabi-senior-dining-club/newsletter.pdf": ("The Mesabi Messenger - Winter", [
        ("title", "THE MESABI MESSENGER - WINTER EDITION"),
        ("p", "MESABI SENIOR DINING CLUB - 2201 EAST 5TH AVENUE, HIBBING, MN 55746 - (218) 555-0164"),
        ("h", "FROM THE KITCHEN"),
        ("p", "WE SERVED 9,412 NOON MEALS LAST YEAR. THANK YOU TO THE HIBBING ELKS LODGE FOR THE TWO NEW "
              "ROASTER OVENS - THE TURKEY HAS NEVER BEEN JUICIER."),
        ("h", "SNOW SHOVELERS WANTED"),
        ("p", "OUR FRONT WALK AND WHEELCHAIR RAMP MUST BE CLEARED BEFORE 10 AM AFTER EVERY SNOWFALL SO DINERS "
              "CAN GET IN SAFELY. THE CITY PLOWS THE LOT BUT NOT THE WALK. IF YOU LIVE NEARBY AND CAN TAKE A "
              "SHOVEL ONE MORNING A WEEK, CALL JUNE. SALT AND SHOVELS ARE IN THE BACK ENTRY."),
        ("h", "NOW HIRING"),
        ("p", "PART-TIME COOK, 25 HOURS A WEEK, $17.50 AN HOUR. FOOD MANAGER CERTIFICATE REQUIRED. APPLY AT "
              "THE OFFICE."),
        ("h", "JANUARY BIRTHDAYS"),
        ("p", "HAPPY BIRTHDAY TO IRENE L., TOIVO H., MARGE B. AND ART P."),
    ]),
    "westside-familias-unidas/solicitud.pdf": ("Solicitud de voluntario", [
        ("title", "FAMILIAS UNIDAS DEL WEST SIDE"),
        ("title", "SOLICITUD DE VOLUNTARIO"),
        ("p", "Nombre: ______________________________   Teléfono: ____________________"),
        ("p", "Correo electrónico: ____________________________________________"),
        ("p", "Idiomas: ______________________________________________________"),
        ("p", "Días disponibles: [ ] lunes [ ] martes [ ] miércoles [ ] jueves [ ] sábado"),
        ("gap", ""),
        ("h", "NUEVO: MAESTROS DE COMPUTACIÓN"),
        ("p", "Buscamos voluntarios para enseñar computación básica a personas adultas: crear un correo "
              "electrónico, usar Zoom y llenar solicitudes de empleo en línea. Sábados de 10 a 12. "
              "Marque aquí si le interesa: [  ]"),
        ("gap", ""),
        ("p", "Firma: ______________________   Fecha: __________"),
        ("p", "Entregue este formulario en 178 Cesar Chavez St, Saint Paul, MN 55107 - (651) 555-0137"),
    ]),
    "oromo-community-se-minnesota/soccer-flyer.pdf": ("Youth Soccer League 2025", [
        ("title", "OROMO COMMUNITY YOUTH SOCCER LEAGUE 2025"),
        ("p", "Saturdays, June 7 - August 9, Soldiers Field Park, Rochester. Ages 6 to 15, boys and girls."),
        ("h", "For families"),
        ("p", "Registration forms are due May 20. The fee is $20 per child (no child is turned away). Bring the "
              "form to any community general meeting or to the community room."),
        ("h", "Volunteer referees"),
        ("p", "We need volunteer referees for the 9 am and 11 am games. You should know the rules of the game; "
              "we will pay for a one-day youth referee course for anyone who wants it."),
        ("h", "Team jerseys"),
        ("p", "Good news: we found our jersey sponsor for this year. Thank you, Lulu's Market!"),
        ("gap", ""),
        ("p", "Oromo Community of Southeast Minnesota - 1311 Broadway Ave N, Rochester, MN 55906 - (507) 555-0128"),
    ]),
    "duluth-hillside-tenants-association/newsletter-fall.pdf": ("Hillside Tenant News - Fall", [
        ("title", "HILLSIDE TENANT NEWS - FALL 2025"),
        ("p", "Hillside Tenants Association - 12 E 4th St, Duluth, MN 55805 - (218) 555-0107"),
        ("h", "We won at Harborview Court!"),
        ("p", "After 31 tenants signed the repair petition, the landlord replaced every broken window before "
              "the first frost. Thank you to Duluth Transit riders' union for the bus passes that got our "
              "members to the hearing."),
        ("h", "Bring the kids"),
        ("p", "Parents keep telling us they cannot come to meetings because they have nobody to watch the kids. "
              "We need two childcare volunteers at each monthly meeting to play with the children in the room "
              "next door. Background check provided."),
        ("h", "Phone tree"),
        ("p", "Phone tree captains: all 12 buildings are now covered. Thanks, everyone!"),
    ]),
    "faribault-somali-youth-soccer/foom.pdf": ("Foomka diiwaangelinta", [
        ("title", "URURKA KUBADDA CAGTA DHALINYARADA SOOMAALIYEED EE FARIBAULT"),
        ("title", "FOOMKA DIIWAANGELINTA 2025"),
        ("p", "Magaca ilmaha: ________________________   Da'da: ______"),
        ("p", "Magaca waalidka: ______________________   Telefoon: ____________________"),
        ("p", "Khidmadda: $15 ilmo kasta. Haddii aadan awoodin, la hadal tababaraha."),
        ("gap", ""),
        ("h", "MUTADAWAC AAN U BAAHANNAHAY"),
        ("p", "Waxaan raadinaynaa qof mutadawac ah oo yaqaan sawir qaadista (photography) si uu sawirro uga "
              "qaado ciyaaraha Sabtida iyo xafladda dhammaadka xilliga. Wac Cabdi (507) 555-0176."),
        ("gap", ""),
        ("p", "Saxiixa waalidka: ______________________   Taariikhda: __________"),
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
