#!/usr/bin/env python3
"""Generate the PDFs of blind extraction round 13 (stdlib only).

Each PDF is a minimal PDF 1.4 file: Catalog, Pages, two standard Type1 fonts
(Helvetica, Helvetica-Bold, WinAnsiEncoding), one or more pages whose content
streams use only simple `(text) Tj` operators, an Info dictionary, and an xref
table whose offsets are computed from the exact bytes written. WinAnsi means
Latin script only, so the PDFs are in English, Spanish and Hmong (RPA).

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
            b = ch.encode("cp1252")  # raises on anything outside WinAnsi
            if 32 <= b[0] < 127:
                out.append(ch)
            else:
                out.append("\\%03o" % b[0])
    return "".join(out)


def layout(blocks):
    """blocks: list of (style, text), style in {'title','h','p','gap'}.
    Returns a list of pages, each a list of (font, size, x, y, text).
    Lines never break inside a hyphenated word, so keys stay intact."""
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
    objs = {}
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
    "frogtown-family-pantry/newsletter-spring-2025.pdf": ("The Lily Pad - Spring 2025", [
        ("title", "THE LILY PAD"),
        ("p", "Frogtown Family Pantry news - Spring 2025 - 612 Thomas Ave W, Saint Paul, MN 55103"),
        ("h", "From the coordinator"),
        ("p", "This winter we served 5,212 household visits, up 18 percent from last year. Thank you to the "
              "160 volunteers who kept the doors open through two blizzards and one broken furnace."),
        ("h", "Grant help wanted"),
        ("p", "Mai Vang, who wrote our grants for six years, has moved to Fresno to be near her "
              "grandchildren. We miss her already. Most of our food budget comes from four small foundation "
              "grants, and two of them are due in August. If you have grant-writing experience and could give "
              "us 10 to 15 hours this summer, please call Pa Nhia at 651-555-0190."),
        ("h", "Spring Plant Sale"),
        ("p", "Saturday, May 17, 9 am to 1 pm in the pantry parking lot. Tomato, pepper and lemongrass "
              "seedlings from Frogtown Farm, plus egg rolls and music. Every dollar buys food."),
        ("h", "Freezer fund"),
        ("p", "Thanks to 73 donors, the new chest freezer is paid for in full. We are no longer collecting "
              "for it."),
    ]),
    "iglesia-nueva-esperanza-worthington/boletin-junio-2025.pdf": ("Boletín mensual - junio 2025", [
        ("title", "IGLESIA NUEVA ESPERANZA"),
        ("title", "Boletín mensual - junio 2025"),
        ("h", "Palabras del pastor"),
        ("p", "Queridos hermanos: junio es mes de graduaciones, de bodas y de mucho trabajo en las plantas. "
              "No descuidemos la oración ni la familia. Los espero cada miércoles en el estudio bíblico."),
        ("h", "Colecta de artículos de limpieza"),
        ("p", "Varias familias nuevas llegan este verano y tienen que empezar de cero. Estamos juntando "
              "escobas, trapeadores, cloro, detergente para ropa y esponjas. Traiga sus donaciones al salón "
              "de abajo antes del 30 de junio."),
        ("h", "Día del Padre"),
        ("p", "El domingo 15 de junio, después del culto de las 11, las hermanas preparan un desayuno para "
              "todos los papás. ¡Los esperamos!"),
        ("h", "Reparación del techo"),
        ("p", "¡Gloria a Dios! Ya se pagó toda la reparación del techo. Gracias por sus ofrendas. Ya no "
              "necesitamos más donaciones para el techo."),
        ("gap", ""),
        ("p", "Iglesia Nueva Esperanza - 1120 Oxford St, Worthington, MN 56187 - (507) 555-0162"),
    ]),
    "pine-county-helping-hands/newsletter.pdf": ("Helping Hands Happenings Spring 2025", [
        ("title", "HELPING HANDS HAPPENINGS - SPRING 2025"),
        ("p", "PINE COUNTY HELPING HANDS - PO BOX 112 - PINE CITY MN 55063 - 320-555-0114"),
        ("h", "TRUCK DAY"),
        ("p", "THE SECOND HARVEST TRUCK COMES THE FIRST MONDAY OF EVERY MONTH AT 9 AM. WE ARE SHORT ON "
              "PEOPLE WHO CAN LIFT 40 POUNDS AND HELP UNLOAD PALLETS. WITH 6 PEOPLE IT TAKES AN HOUR. WITH "
              "2 PEOPLE IT TAKES 3 HOURS AND DARLENE'S BACK HURTS FOR A WEEK."),
        ("h", "ANNUAL MEETING"),
        ("p", "THE ANNUAL MEETING IS TUESDAY MAY 13 AT 7 PM AT FIRST LUTHERAN. ALL MEMBERS WELCOME. "
              "BARS AND COFFEE."),
        ("h", "FUEL FUND"),
        ("p", "THE FUEL FUND REACHED ITS GOAL FOR THIS WINTER. THANK YOU! WE ARE NOT TAKING MORE FUEL "
              "DONATIONS UNTIL OCTOBER."),
        ("h", "THANK YOU"),
        ("p", "TO THE PINE CITY LIONS FOR THE NEW FREEZER AND TO THE ST. MARY'S CONFIRMATION CLASS FOR "
              "SORTING 3,000 POUNDS OF FOOD."),
    ]),
    "ifa-oromo-family-center/newsletter-summer-2025.pdf": ("Ifa News - Summer 2025", [
        ("title", "IFA NEWS - SUMMER 2025"),
        ("p", "Ifa Family Center - 1600 University Ave W, Suite 210, Saint Paul, MN 55104 - 651-555-0137"),
        ("h", "A note from the director"),
        ("p", "This spring 214 adults came to our English classes and 96 families got help with MNsure and "
              "SNAP. Galatoomaa to our volunteers and to the families who trust us."),
        ("h", "Youth soccer"),
        ("p", "Our U12 boys won the Midway summer league, and for the first time we have a girls team! "
              "Eighteen girls signed up, but the girls team has only one coach, Coach Lensa. A second adult "
              "who can help run practice on Tuesday evenings at Dunning Field would make a huge difference. "
              "Soccer experience is a plus, not a must. Call 651-555-0137."),
        ("h", "Irreecha"),
        ("p", "Irreecha will be celebrated on Sunday, October 5 at Lake Hiawatha. Buses leave the center "
              "at 9 am."),
        ("h", "School supplies"),
        ("p", "Thanks to the Roseville Rotary, every child on our list already has a backpack and supplies. "
              "We are not collecting school supplies this year."),
    ]),
    "nplooj-ntsuab-growers/tshaj-tawm.pdf": ("Nplooj Ntsuab - Tshaj Tawm", [
        ("title", "NPLOOJ NTSUAB - TSHAJ TAWM LUB CAIJ NTUJ SOV 2025"),
        ("h", "XAV TAU NEEG PAB DAWB: QHIA MENYUAM UA TEB"),
        ("p", "Lub caij ntuj sov no peb yuav qhia cov menyuam hnub nyoog 8 txog 14 xyoos ua teb, txhua hnub "
              "Wednesday thaum 9 teev txog 11 teev sawv ntxov, txij lub 6 hli txog lub 8 hli. Peb xav tau ob "
              "peb tug neeg laus uas paub ua teb los pab qhia cov menyuam cog zaub thiab tu zaub. Hais lus "
              "Hmoob los sis lus Askiv los tau. Hu rau Kou: 651-555-0174."),
        ("h", "Khw muag zaub"),
        ("p", "Peb muag zaub txhua hnub Saturday ntawm Mill City Farmers Market, 7:30 sawv ntxov txog 1 teev "
              "tav su, lub 5 hli txog lub 10 hli."),
        ("h", "Ua tsaug"),
        ("p", "Ua tsaug rau txhua tus uas tuaj pab cog zaub lub caij nplooj ntoos hlav."),
    ]),
    "pokegama-lake-church/bulletin-june-2025.pdf": ("The Pokegama Pathway - June 2025", [
        ("title", "THE POKEGAMA PATHWAY - JUNE 2025"),
        ("p", "Pokegama Lake Community Church - 31250 County Road 63, Grand Rapids, MN 55744"),
        ("h", "From the Trustees"),
        ("p", "The parsonage roof is done, on time and under budget. Thank you to everyone who gave. Our "
              "next project is the front entrance. The concrete steps heaved badly this winter and the ramp "
              "railing is pulling loose. Before we hire a contractor, we are looking for someone with "
              "concrete or masonry experience who could walk through it with the trustees and advise us on "
              "repairing the front steps and ramp before winter."),
        ("h", "Camp scholarships"),
        ("p", "All slots sponsored - thank you! Every child who applied will go to Camp Vermilion this "
              "summer."),
        ("h", "Men's breakfast"),
        ("p", "Saturday, June 14, 7:30 am in the fellowship hall. Pancakes, sausage and a short devotion."),
        ("h", "Summer schedule"),
        ("p", "One service at 9:30 am from June 15 through Labor Day."),
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
