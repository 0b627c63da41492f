#!/usr/bin/env python3
"""Generate the small PDFs used by blind extraction round 10 (stdlib only).

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
    "cedar-riverside-youth-soccer/equipment.pdf": ("CRYSL Fall Equipment Drive", [
        ("title", "CEDAR RIVERSIDE YOUTH SOCCER LEAGUE"),
        ("title", "FALL 2025 EQUIPMENT DRIVE"),
        ("p", "Our fields at Currie Park see 300 kids every Saturday. Before the season starts on September 6 "
              "we are collecting equipment so that no child is turned away."),
        ("h", "STILL NEEDED: GOAL NETS"),
        ("p", "Two of our small-sided goals have torn nets. We need four replacement goal nets for 6 x 12 ft "
              "goals (or a donation of $35 per net). Drop off at the Brian Coyle Center front desk."),
        ("h", "SHIN GUARDS"),
        ("p", "We have enough shin guards for this season - thank you to Cedar Cultural Center for the 200 pairs!"),
        ("gap", ""),
        ("p", "Questions: play@crysl.example.org - 420 15th Ave S, Minneapolis, MN 55454"),
    ]),
    "austin-familias-unidas/donaciones.pdf": ("Familias Unidas - Lista de donaciones", [
        ("title", "FAMILIAS UNIDAS DE AUSTIN"),
        ("title", "LISTA DE DONACIONES - OTOÑO 2025"),
        ("p", "Recibimos donaciones de lunes a jueves, de 9 am a 4 pm, en 300 4th Ave NE, Austin."),
        ("h", "COLECTA DE PAÑALES"),
        ("p", "Muchas mamás de nuestro programa no reciben suficientes pañales. Necesitamos pañales de las "
              "tallas 3, 4 y 5, y toallitas húmedas. Paquetes abiertos también sirven."),
        ("h", "FÓRMULA PARA BEBÉ"),
        ("p", "Ya no se necesita. ¡Muchas gracias a todos!"),
        ("gap", ""),
        ("p", "Gracias por apoyar a las familias del condado de Mower."),
    ]),
    "bemidji-warming-house/annual-report.pdf": ("Bemidji Warming House Annual Report 2024-25", [
        ("title", "BEMIDJI WARMING HOUSE - ANNUAL REPORT 2024-25"),
        ("p", "Season: November 1, 2024 to April 15, 2025. Guest-nights: 4,812. Unique guests: 219. "
              "Volunteers: 146, who gave 9,300 hours."),
        ("h", "Finances"),
        ("p", "Income $212,000 (individuals 48%, churches 21%, county contract 31%). Expenses $198,500."),
        ("h", "Looking ahead: what we need for next season"),
        ("p", "Our old coffee maker finally died in March. Coffee is the heart of a long night, so we are "
              "asking for a commercial coffee maker (a 100-cup urn or a two-burner brewer) before November 1."),
        ("p", "Cots: no longer needed. The county gave us 40 new cots in April."),
        ("gap", ""),
        ("p", "Bemidji Warming House - PO Box 1021, Bemidji, MN 56619 - 218-555-0166"),
    ]),
    "debre-selam-food-pantry/pantry-list.pdf": ("Debre Selam Pantry - Monthly Needs", [
        ("title", "DEBRE SELAM COMMUNITY FOOD PANTRY"),
        ("title", "MONTHLY NEEDS - OCTOBER"),
        ("h", "Volunteer nurse for health table"),
        ("p", "Once a month we host a health table during pantry hours. We are looking for a volunteer "
              "nurse (RN or LPN) to take blood pressure readings and answer questions. Amharic or Tigrinya "
              "is a big plus. First Saturday of each month, 10 am to 1 pm."),
        ("h", "Egg cartons"),
        ("p", "No longer needed - we have a full closet of them. Thank you!"),
        ("h", "Pantry hours"),
        ("p", "Saturdays 10 am to 1 pm, 1900 University Ave W, Saint Paul."),
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
