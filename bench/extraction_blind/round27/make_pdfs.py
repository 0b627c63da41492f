#!/usr/bin/env python3
"""Generate the small PDFs used by blind extraction round 27 (stdlib only).

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
    "wabasha-river-bend-food-shelf/harvest-flyer.pdf": ("River Bend Harvest 2025", [
        ("title", "RIVER BEND COMMUNITY FOOD SHELF"),
        ("title", "HARVEST 2025"),
        ("p", "Every fall the orchards and gardens along the river grow more than anyone can sell. With a "
              "little help, that extra food ends up on our shelves instead of on the ground."),
        ("gap", ""),
        ("h", "GLEANING CREW: APPLES DON'T PICK THEMSELVES"),
        ("p", "We are putting together a gleaning crew to pick the leftover apples at two orchards near "
              "Kellogg, and squash and potatoes at the Hansen farm. Saturdays in September and early "
              "October, 9 am to noon. Bring gloves and a water bottle; we bring the bushel boxes. Teens are "
              "welcome with a parent. Call Lisa at (651) 555-0183 ext. 2 to get on the list."),
        ("gap", ""),
        ("h", "HARVEST SUPPER"),
        ("p", "Saturday, September 27, 5 to 7 pm at the Wabasha Eagles Club. Pork loin, garden vegetables "
              "and apple crisp. Tickets $15, kids $6. Every dollar stocks the shelves this winter."),
        ("gap", ""),
        ("p", "River Bend Community Food Shelf - 217 Pembroke Ave S, Wabasha, MN 55981 - (651) 555-0183"),
    ]),
    "zumbrota-covered-bridge-senior-center/bulletin.pdf": ("The Bridge Bulletin March 2025", [
        ("title", "THE BRIDGE BULLETIN - MARCH 2025"),
        ("p", "COVERED BRIDGE SENIOR CENTER - 175 WEST AVENUE - ZUMBROTA, MN 55992 - (507) 555-0164"),
        ("h", "FROM DARLENE'S DESK"),
        ("p", "WHAT A WINTER! THANK YOU TO THE BOY SCOUTS WHO KEPT OUR FRONT WALK SHOVELED ALL SEASON. "
              "SEVERAL OF YOU HAVE ASKED FOR HELP WITH THE NEW PHONES YOU GOT FOR CHRISTMAS. IF THERE IS A "
              "YOUNGER PERSON OUT THERE (ANYONE UNDER 70 COUNTS!) WHO IS PATIENT AND KNOWS BOTH IPHONES AND "
              "ANDROIDS, WE WOULD LOVE TO START A PHONE HELP HOUR ON WEDNESDAY MORNINGS AFTER COFFEE. ONE "
              "HOUR A WEEK IS ALL IT TAKES. HIGH SCHOOL STUDENTS WELCOME. CALL DARLENE."),
        ("h", "JIGSAW PUZZLES"),
        ("p", "WE HAVE PLENTY! PLEASE HOLD ON TO YOUR PUZZLES UNTIL FALL. THE SHELF IS OVERFLOWING."),
        ("h", "SPRING FLING LUNCHEON"),
        ("p", "THURSDAY, APRIL 24 AT NOON. HAM DINNER, DOOR PRIZES AND THE ZUMBROTA-MAZEPPA SHOW CHOIR. "
              "$12. SIGN UP AT THE FRONT DESK BY APRIL 18."),
        ("h", "MEMBER SPOTLIGHT: VERNA TIEDEMANN TURNS 100"),
        ("p", "VERNA HAS PLAYED CARDS AT THE CENTER EVERY TUESDAY SINCE 1981 AND STILL KEEPS HER OWN SCORE. "
              "HER SECRET? \"BLACK COFFEE AND NEVER LETTING HAROLD DEAL.\" HAPPY 100TH, VERNA!"),
        ("h", "MARCH BIRTHDAYS"),
        ("p", "ELAINE B., LYLE H., DORIS M., VERNON P. AND RUTHIE S."),
    ]),
    "montgomery-casa-de-la-familia/solicitud.pdf": ("Solicitud de voluntariado", [
        ("title", "CASA DE LA FAMILIA MONTGOMERY"),
        ("title", "SOLICITUD DE VOLUNTARIADO / VOLUNTEER APPLICATION"),
        ("p", "Nombre / Name: ______________________________________________"),
        ("p", "Teléfono / Phone: ____________________   Correo / Email: ____________________"),
        ("p", "¿Qué idiomas habla? / Languages: ______________________________"),
        ("p", "¿En qué le gustaría ayudar? [ ] Club de tareas  [ ] Intérprete  [ ] Chofer  [ ] Otro: ________"),
        ("gap", ""),
        ("h", "NUEVO: BUSCAMOS AYUDA CON LA CONTABILIDAD"),
        ("p", "La Casa creció mucho este año y ya no podemos llevar las cuentas en un cuaderno. Buscamos una "
              "persona voluntaria que sepa de contabilidad (QuickBooks o Excel) para llevar los libros y "
              "preparar el reporte mensual para la mesa directiva. Son unas cuatro horas al mes y se puede "
              "hacer desde su casa. Si le interesa, marque aquí: [  ]"),
        ("gap", ""),
        ("h", "ORIENTACIÓN"),
        ("p", "Todos los voluntarios nuevos asisten a una orientación de una hora. La próxima es el sábado "
              "5 de abril a las 10:00 de la mañana en la Casa."),
        ("gap", ""),
        ("p", "Firma / Signature: ______________________   Fecha / Date: __________"),
        ("p", "Casa de la Familia - 304 1st St S, Montgomery, MN 56069 - (507) 555-0129"),
    ]),
    "lonsdale-hawaasa-oromoo/om/beeksisa.pdf": ("Beeksisa - Hawaasa Oromoo Lonsdale", [
        ("title", "HAWAASA OROMOO LONSDALE"),
        ("title", "BEEKSISA"),
        ("h", "Walgahii Waggaa"),
        ("p", "Walgahiin waggaa hawaasaa Dilbata, Caamsaa 18, sa'aatii 2:00 PM irratti galma Mana Hawaasaa "
              "Lonsdale keessatti ni gaggeeffama. Gabaasni maallaqaa ni dhiyaata, koreen haaraan ni filatama. "
              "Miseensonni hundi akka argamtan kabajaan isin affeerra."),
        ("gap", ""),
        ("h", "Leenjisaa kubbaa miilaa barbaadna"),
        ("p", "Garee kubbaa miilaa ijoollee keenyaaf (umurii 8-13) leenjisaa tola ooltu (soccer coach) "
              "barbaadna. Ganna kana Sanbata galgala, Caamsaa irraa hanga Hagayyaatti. Muuxannoon ni "
              "jajjabeeffama, garuu dirqama miti. Obsaa (507) 555-0138 bilbilaa."),
        ("gap", ""),
        ("h", "Gumaata miseensummaa"),
        ("p", "Gumaatni miseensummaa bara kanaa maatii tokkoof $50 dha. Walgahii waggaa irratti ykn karaa "
              "PayPal kaffaluu dandeessu. Galatoomaa!"),
        ("gap", ""),
        ("p", "Hawaasa Oromoo Lonsdale - 118 Main St W, Lonsdale, MN 55046"),
    ]),
    "arden-hills-kidus-mikael-church/bulletin.pdf": ("St. Michael Parish Bulletin July 2025", [
        ("title", "ST. MICHAEL PARISH BULLETIN"),
        ("p", "July 2025 (Hamle 2017 E.C.) - St. Michael Ethiopian Orthodox Tewahedo Church, "
              "3860 Old Highway 10, Arden Hills, MN 55112 - (651) 555-0107"),
        ("h", "Feast of St. Michael - Saturday, July 19"),
        ("p", "The Hamle feast of our patron will be celebrated with Kidase beginning at 6:00 am, followed "
              "by the procession of the Tabot around the church and a meal for everyone in the hall."),
        ("h", "Youth first-aid class"),
        ("p", "Our Sunday school would like to offer a basic first aid and CPR class for the teenagers this "
              "fall. We are hoping to find a nurse, paramedic or EMT in the parish (or a friend of the "
              "parish) who would volunteer two Saturday mornings to teach it. Please speak to Deacon "
              "Yohannes after liturgy."),
        ("h", "August meal sponsors"),
        ("p", "Every Sunday in August already has a family sponsoring the meal after liturgy - thank you! "
              "The September sheet goes up on August 24."),
        ("h", "Parish council"),
        ("p", "Minutes of the June meeting are available from the council secretary on request."),
    ]),
    "cokato-hope-lutheran-church/quilts.pdf": ("Hope Quilters 2025", [
        ("title", "HOPE QUILTERS 2025"),
        ("p", "Every Tuesday morning since 1974, a circle of quilters has met in the church basement to tie "
              "quilts for Lutheran World Relief. Last year we shipped 126 quilts to families in refugee "
              "camps and disaster zones around the world."),
        ("gap", ""),
        ("h", "WE ARE RUNNING OUT OF FABRIC"),
        ("p", "Our cupboards are nearly bare. We need cotton or cotton-blend fabric (pieces of at least one "
              "yard), flat bed sheets in good condition for the backing, and yarn for tying. Please no "
              "knits, fleece or upholstery fabric. Bring donations to the church office any weekday."),
        ("gap", ""),
        ("h", "QUILT INGATHERING AND BLESSING"),
        ("p", "Sunday, October 12, at both services. The quilts will be draped over the pews for the "
              "blessing before they ship. Come and see!"),
        ("gap", ""),
        ("p", "Hope Lutheran Church - 405 Broadway Ave, Cokato, MN 55321 - (320) 555-0113"),
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
