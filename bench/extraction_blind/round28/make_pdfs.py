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
    "windom-puerta-abierta-center/flyer-colecta.pdf": ("Colecta de utiles escolares 2026", [
        ("title", "PUERTA ABIERTA FAMILY CENTER"),
        ("title", "COLECTA DE ÚTILES ESCOLARES 2026"),
        ("p", "Cada agosto, más de 300 niños del condado de Cottonwood empiezan la escuela sin lo que piden "
              "los maestros. Este año queremos que ninguno llegue con las manos vacías."),
        ("h", "¿QUÉ NECESITAMOS?"),
        ("p", "Mochilas nuevas (de primaria y secundaria), cuadernos de espiral, lápices del número 2, "
              "colores, pegamento en barra, tijeras para niños, calculadoras científicas para secundaria y "
              "audífonos sencillos para las computadoras de la escuela."),
        ("p", "Puede traer los útiles escolares a la oficina de lunes a jueves, de 9 a 5, del 1 de junio al "
              "31 de julio. También hay una caja en la biblioteca pública de Windom."),
        ("gap", ""),
        ("h", "FIESTA DE REGRESO A CLASES"),
        ("p", "Sábado 15 de agosto, de 10 a 1, en el parque Island Park. Las familias inscritas recogen su "
              "mochila llena. Habrá cortes de pelo gratis, vacunas y paletas. Inscríbase en la oficina "
              "antes del 31 de julio."),
        ("gap", ""),
        ("p", "Puerta Abierta Family Center - 1140 4th Ave, Windom, MN 56101 - 507-555-0183"),
    ]),
    "walnut-grove-hmong-ag-network/daim-ntawv.pdf": ("Daim ntawv sau npe pab dawb", [
        ("title", "KOOM HAUM NEEG UA TEB HMOOB WALNUT GROVE"),
        ("title", "DAIM NTAWV SAU NPE PAB DAWB"),
        ("p", "Npe: ______________________________   Xov tooj: ____________________"),
        ("p", "Chaw nyob: ___________________________________________________________"),
        ("p", "Koj hais tau lus dab tsi?  [ ] Hmoob   [ ] Askiv   [ ] Lwm yam: ____________"),
        ("p", "Hnub twg koj pab tau?  [ ] Monday  [ ] Wednesday  [ ] Saturday"),
        ("gap", ""),
        ("h", "XAV TAU: NEEG QHIA LUS ASKIV"),
        ("p", "Peb xav tau ib tug neeg qhia lus Askiv rau cov neeg ua teb laus, ib lub lim tiam ib zaug, "
              "hmo Monday 6 teev txog 7 teev ntawm Village Hall. Kawm cov lus siv hauv khw: suav nyiaj, "
              "nqi zaub, thiab tham nrog cov neeg tuaj yuav zaub. Yog koj paub lus Hmoob thiab lus Askiv "
              "ces zoo dua. Hu rau Pa Nhia 507-555-0162."),
        ("gap", ""),
        ("h", "THAWV NTAWV"),
        ("p", "Cov thawv ntawv (cardboard boxes) rau CSA: peb muaj txaus lawm, ua tsaug!"),
        ("gap", ""),
        ("p", "Kos npe: ______________________   Hnub tim: __________"),
        ("p", "210 Main St, Walnut Grove, MN 56180"),
    ]),
    "buffalo-horseed-family-center/warqad.pdf": ("Sanduuqyada Cuntada Ramadaanka 2026", [
        ("title", "XARUNTA QOYSASKA HORSEED"),
        ("title", "SANDUUQYADA CUNTADA RAMADAANKA 2026"),
        ("p", "Ramadaankan waxaan u qaybin doonnaa 150 sanduuq oo cunto ah qoysaska u baahan ee Wright "
              "County. Sanduuq kasta wuxuu ka kooban yahay bariis, baasto, saliid, timir, caano budo ah iyo "
              "hilib xalaal ah."),
        ("h", "WAXAAN U BAAHANNAHAY MUTADAWICIIN (VOLUNTEERS)"),
        ("p", "Mutadawiciin baakadeeya sanduuqyada cuntada: Sabti 14 Febraayo iyo Sabti 7 Maarso, 10:00 "
              "subaxnimo ilaa 1:00 galabnimo, hoolka xarunta. Rag iyo dumarba, da'da 14 iyo wixii ka weyn. "
              "Wac Cabdullaahi 763-555-0129."),
        ("gap", ""),
        ("h", "QAYBINTA SANDUUQYADA"),
        ("p", "Qaybinta sanduuqyada waxay dhici doontaa Axad 22 Febraayo, 11:00 ilaa 3:00, hoolka xarunta."),
        ("p", "Si aad u hesho sanduuq, iska diiwaangeli xafiiska ka hor 15 Febraayo. Keen aqoonsi iyo "
              "tirada qoyskaaga."),
        ("gap", ""),
        ("p", "Xarunta Qoysaska Horseed - 305 Central Ave, Buffalo, MN 55313 - 763-555-0129"),
    ]),
    "blue-earth-golden-age-club/gazette.pdf": ("Golden Age Gazette March 2026", [
        ("title", "GOLDEN AGE GAZETTE - MARCH 2026"),
        ("p", "Golden Age Club - 118 S. Main Street, Blue Earth, MN 56013 - (507) 555-0118"),
        ("h", "FROM THE DIRECTOR"),
        ("p", "We made it through February! Only two snow days this winter, and the new furnace kept "
              "everybody warm. Thank you to the Jaycees for shoveling the front walk all season."),
        ("h", "BUS DRIVER WANTED"),
        ("p", "Our 12-passenger bus goes on a shopping trip to Mason City, Iowa on the second Tuesday of "
              "each month, and our driver Don is moving to be near his daughter. We need a volunteer to "
              "drive the bus, 9 am to about 3 pm. No special license is needed for our bus; you need a "
              "good driving record and patience with backseat drivers. Call Judy at the center."),
        ("h", "QUILTERS' CORNER"),
        ("p", "The quilting group has all the fabric it can use - thank you! Please hold your fabric "
              "donations until fall. Finished quilts go to the hospital and the fire relief fund."),
        ("h", "SPRING FLING DANCE"),
        ("p", "Friday, April 17, 1:00 to 3:30 pm, with the Country Dutchmen. Lunch at 11:45 as usual. "
              "Tickets $8 at the front desk."),
        ("h", "TAX-AIDE"),
        ("p", "AARP Tax-Aide volunteers will prepare returns here on Mondays in March for seniors and "
              "low-income families. Call for an appointment and bring last year's return."),
        ("h", "MARCH BIRTHDAYS"),
        ("p", "Happy birthday to Verna B., Lloyd K., Arlys M. (90!), Dale P. and Ione W."),
    ]),
    "pine-island-bethany-pantry/volunteer-form.pdf": ("Bethany Community Pantry Volunteer Form", [
        ("title", "BETHANY COMMUNITY PANTRY - VOLUNTEER FORM"),
        ("p", "Please fill out and drop at the church office or scan and email to pantry@bethanypi.org."),
        ("p", "Name: ______________________________   Phone: ____________________"),
        ("p", "Email: _____________________________   Age (if under 18): ________"),
        ("p", "Which days work for you?  [ ] Tuesday   [ ] Thursday   [ ] Third Saturday"),
        ("gap", ""),
        ("h", "NEW THIS SPRING: YOUTH SERVICE SATURDAYS"),
        ("p", "We are starting a monthly Saturday crew for middle and high schoolers - confirmation classes, "
              "scout troops, sports teams. We need an adult crew leader who enjoys teenagers and can commit "
              "to the third Saturday of each month, 9 to 11:30 am: assign jobs, teach safe lifting and keep "
              "the music at a reasonable volume. Background check required (we pay for it)."),
        ("gap", ""),
        ("h", "TUESDAY PRODUCE SORTING"),
        ("p", "Full through May - thank you! We will let you know when spots open."),
        ("gap", ""),
        ("p", "I agree to a background check if I will work with minors.  Signature: ______________  Date: ______"),
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
