#!/usr/bin/env python3
"""Generate the small PDFs used by blind extraction round 16 (stdlib only).

Lines are wrapped at spaces only (never inside hyphenated words).

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
        lines = textwrap.wrap(text, width=width, break_on_hyphens=False, break_long_words=False) or [""]
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
    "frogtown-tool-library/fixit-flyer.pdf": ("Frogtown Fix-It Clinic flyer", [
        ("title", "FROGTOWN FIX-IT CLINIC"),
        ("p", "Third Saturday of every month, 10 am to 1 pm, at the Frogtown Tool Library, 688 Thomas Ave W, Saint Paul."),
        ("p", "Bring a broken lamp, toaster, vacuum, bike or torn jacket. Our fixers will help you take it apart, find the problem and fix it together. Free for everyone."),
        ("gap", ""),
        ("h", "VOLUNTEER FIXERS WANTED"),
        ("p", "Every month people bring in old sewing machines, and nobody at the clinic knows how to fix them. We need two sewing machine fixers who can clean, oil and adjust tension and timing, and teach the owner while they work. One Saturday a month; we supply the parts."),
        ("p", "Interested? Email fixit@frogtowntools.org or call 651-555-0162."),
    ]),
    "iglesia-fuente-de-vida-worthington/boletin-marzo.pdf": ("Boletin Fuente de Vida - marzo 2025", [
        ("title", "BOLETÍN FUENTE DE VIDA - MARZO 2025"),
        ("p", "Iglesia Fuente de Vida - 1140 Oxford St, Worthington, MN 56187 - (507) 555-0119"),
        ("h", "Palabras del pastor"),
        ("p", "Queridos hermanos: la primavera llega despacio a Worthington, pero el Señor sigue obrando. Este mes bautizamos a seis hermanos y recibimos a tres familias nuevas de Guatemala."),
        ("h", "Noticias de la casa"),
        ("p", "Gracias a la familia Soto por donar las sillas nuevas del salón. Por otra parte, la cocina del salón tiene una fuga debajo del fregadero desde enero y ya se hinchó el mueble; si algún hermano es plomero y puede regalarnos una mañana, por favor hable con el pastor Efraín."),
        ("h", "Retiro de damas"),
        ("p", "El retiro de damas será el sábado 12 de abril en el campamento de Lake Shetek. Costo: $25, incluye comida."),
    ]),
    "eastside-hmong-elders-garden/hmn/ntawv.pdf": ("Xov Xwm - Eastside Hmong Elders Garden", [
        ("title", "XOV XWM LUB CAIJ NPLOOG NTOOS HLAV 2025"),
        ("p", "Eastside Hmong Elders Garden - 1575 Hazelwood St, Saint Paul, MN 55106 - 651-555-0128"),
        ("h", "Lub vaj rov qhib lawm"),
        ("p", "Lub vaj yuav rov qhib hnub 1 lub Tsib Hlis. Xyoo no peb muaj 60 daim av rau cov laus. Lub caij ntuj no dhau los, lub kav dej hauv vaj tawg lawm thiab dej tsis ntws. Peb xav tau ib tug neeg paub kho kav dej (plumber) tuaj pab kho ua ntej peb cog qoob."),
        ("h", "Noj mov ua ke"),
        ("p", "Hnub 14 lub Rau Hli peb yuav noj mov ua ke hauv lub vaj thaum 11 teev sawv ntxov. Txhua tus tuaj tau."),
    ]),
    "gadaa-oromo-association-faribault/unka.pdf": ("Unka Tola-ooltummaa - Gadaa Oromo Association", [
        ("title", "WALDAA OROMOO GADAA FARIBAULT"),
        ("title", "UNKA TOLA-OOLTUMMAA"),
        ("p", "Maqaa: ______________________________   Bilbila: ____________________"),
        ("p", "Teessoo: ___________________________________________________________"),
        ("p", "Afaan dubbattan: ______________________________________________"),
        ("gap", ""),
        ("h", "BARBAACHISAA: OGEESSA KOMPIITARAA"),
        ("p", "Kompiitaroonni kudhan mana barumsaa Sanbataa keenyaa hojii dhaabaniiru. Kompiitaroota kana suphuuf ogeessa kompiitaraa tola ooltummaan nu gargaaru barbaanna. Yoo beekumsa kana qabaattan, mallattoo kana godhaa: [  ]"),
        ("gap", ""),
        ("p", "Mallattoo: ______________________   Guyyaa: __________"),
        ("p", "21 Central Ave N, Faribault, MN 55021 - 507-555-0157"),
    ]),
    "mesabi-reads-literacy-council/application.pdf": ("Mesabi Reads Tutor Application", [
        ("title", "MESABI READS LITERACY COUNCIL - TUTOR APPLICATION"),
        ("p", "Return to 320 5th Ave S, Virginia, MN 55792, or drop it off during office hours."),
        ("p", "Name: ______________________________   Phone: ____________________"),
        ("p", "Which subjects could you tutor?  [ ] Reading  [ ] Writing  [ ] Math  [ ] English for New Americans"),
        ("gap", ""),
        ("h", "NEW THIS YEAR: JAIL LITERACY PROGRAM"),
        ("p", "The St. Louis County Jail in Virginia has asked us to start a jail literacy program. We need four tutors who are willing to pass the jail's background check and meet with adult learners on Monday afternoons. Check here if you are interested: [  ]"),
        ("gap", ""),
        ("p", "Signature: ______________________   Date: __________"),
    ]),
    "bemidji-youth-mentoring-circle/newsletter.pdf": ("Mentor Matters Fall 2025", [
        ("title", "MENTOR MATTERS - FALL 2025"),
        ("p", "Bemidji Youth Mentoring Circle - 502 Minnesota Ave NW, Bemidji, MN 56601 - 218-555-0188"),
        ("h", "Summer in review"),
        ("p", "Forty-two matches spent the summer canoeing, fishing and building birdhouses. Our 12-passenger van sits idle most Saturdays, though, because only one person is approved to drive it. If you are 25 or older with a clean driving record, become a van driver for weekend outings; we pay for the insurance check."),
        ("h", "Pumpkin carving"),
        ("p", "Pumpkin carving night is October 25 at the Northern Lights ballroom. Matches and families welcome."),
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
