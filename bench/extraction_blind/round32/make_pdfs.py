#!/usr/bin/env python3
"""Generate the PDFs of blind extraction round 32 (stdlib only; writer copied from round 30 / round 1).

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
    "redwood-falls-casa-del-valle/docs/boletin-invierno-2025.pdf": ("Boletin de invierno 2025", [
        ("title", "CASA DEL VALLE - BOLETÍN DE INVIERNO 2025"),
        ("p", "302 E Bridge St, Redwood Falls, MN 56283 - (507) 555-0141"),
        ("h", "Gracias por un gran otoño"),
        ("p", "En septiembre y octubre 35 voluntarios nos ayudaron a repartir la cosecha de los huertos comunitarios a más de 200 "
              "familias. ¡Muchísimas gracias a todos!"),
        ("h", "Se buscan manos para empacar canastas navideñas"),
        ("p", "Este año vamos a preparar 150 canastas navideñas para las familias de la despensa. Necesitamos voluntarios para "
              "empacar canastas el miércoles 17 y el jueves 18 de diciembre, de 4 a 8 de la tarde, en el salón de St. Catherine. "
              "Pueden venir jóvenes mayores de 12 años con un adulto. Avísele a Rosa al (507) 555-0141."),
        ("h", "Posada comunitaria"),
        ("p", "Sábado 20 de diciembre a las 6 de la tarde. Peregrinos, piñata, ponche y tamales. ¡Traiga a toda la familia!"),
        ("h", "Asistencia de energía"),
        ("p", "¿Le llegó un recibo de calefacción muy alto? Nuestra oficina le ayuda a llenar la solicitud de asistencia de energía "
              "del condado. Traiga su recibo y una identificación, de lunes a jueves."),
    ]),
    "eveleth-northern-pines-food-shelf/flyer-winter.pdf": ("NORTHERN PINES FOOD SHELF WINTER FLYER", [
        ("title", "NORTHERN PINES FOOD SHELF"),
        ("title", "WINTER 2025 - 2026"),
        ("p", "410 GRANT AVE, EVELETH MN 55734 - (218) 555-0122 - OPEN TUESDAY 1-6 AND FRIDAY 9-NOON"),
        ("gap", ""),
        ("h", "HOLIDAY BASKETS"),
        ("p", "FAMILIES WHO WANT A HOLIDAY BASKET MUST SIGN UP BY DECEMBER 5 AT THE FRONT TABLE. BRING PHOTO ID. BASKETS ARE "
              "HANDED OUT FRIDAY DECEMBER 19."),
        ("h", "VOLUNTEER GRANT WRITER WANTED"),
        ("p", "THE IRON RANGE FOUNDATION AND SECOND HARVEST BOTH OFFER GRANTS FOR A NEW WALK-IN COOLER, BUT NONE OF US HAS EVER "
              "WRITTEN A GRANT. WE ARE LOOKING FOR A VOLUNTEER GRANT WRITER WHO CAN HELP US PUT TOGETHER TWO APPLICATIONS BEFORE "
              "MARCH 1. CALL DALE AT (218) 555-0124."),
        ("h", "MATCHING GIFT"),
        ("p", "A LOCAL FAMILY WILL MATCH EVERY DOLLAR GIVEN IN DECEMBER, UP TO $5,000. DOUBLE YOUR GIFT TODAY!"),
    ]),
    "inver-grove-heights-dalsan-family-center/files/warsidaha-jiilaalka-2025.pdf": ("Warsidaha Jiilaalka 2025", [
        ("title", "XARUNTA QOYSKA DALSAN"),
        ("title", "WARSIDAHA JIILAALKA 2025"),
        ("p", "5851 Blaine Ave E, Inver Grove Heights, MN 55076 - (651) 555-0188"),
        ("h", "Mahadsanidiin"),
        ("p", "Xafladdii dhalinyarada ee bishii Oktoobar waxaa ka soo qayb galay in ka badan 120 qof. Waad ku mahadsan tihiin "
              "cuntada aad keenteen iyo waqtigiinna."),
        ("h", "Waxaan u baahanahay qof diyaariya canshuuraha"),
        ("p", "Qoysas badan ayaan garanayn sida loo buuxiyo foomamka canshuuraha (taxes). Waxaan raadinaynaa mutadawac yaqaan "
              "diyaarinta canshuuraha, si uu qoysaska uga caawiyo Febraayo ilaa Abriil, Sabtiyadii. Haddii aad tahay "
              "xisaabiye ama aad qabtay tababarka VITA, la xiriir Hodan."),
        ("h", "Tartanka Quraanka"),
        ("p", "Tartanka Quraanka ee carruurta wuxuu dhici doonaa Sabtida, 17 Janaayo, 10:00 subaxnimo. Waalidiinta waa lagu soo dhaweynayaa."),
    ]),
    "delano-hmong-american-family-circle/s/xov-xwm-lub-caij-nplooj-zeeg-2025.pdf": ("Xov Xwm Lub Caij Nplooj Zeeg 2025", [
        ("title", "HMONG AMERICAN FAMILY CIRCLE"),
        ("title", "XOV XWM LUB CAIJ NPLOOJ ZEEG 2025"),
        ("p", "128 Bridge Ave E, Delano, MN 55328 - (763) 555-0135"),
        ("h", "Ua tsaug rau txhua tus"),
        ("p", "Ua tsaug rau 60 tus neeg pab dawb uas tuaj pab sau zaub hnub Harvest Day. Peb muab tau zaub rau 140 tsev neeg."),
        ("h", "Chav kawm lus Askiv pub dawb"),
        ("p", "Txhua hmo Monday thiab Thursday, 6 teev txog 8 teev tsaus ntuj, muaj chav kawm lus Askiv pub dawb rau cov niam txiv."),
        ("h", "Peb xav tau neeg pab saib menyuam"),
        ("p", "Thaum cov niam txiv kawm ntawv, lawv cov menyuam yaus tsis muaj leej twg zov. Peb xav tau ob tug neeg pab dawb los "
              "saib menyuam hmo Monday thiab Thursday, 6 teev txog 8 teev. Yog koj nyiam menyuam yaus, hu rau Pa Nhia (763) 555-0136."),
    ]),
    "roseau-bilisummaa-oromo-center/sites/default/files/xalayaa-birraa-2025.pdf": ("Xalayaa Birraa 2025", [
        ("title", "GIDDUGALA HAWAASA OROMOO BILISUMMAA"),
        ("title", "XALAYAA BIRRAA 2025"),
        ("p", "216 2nd Ave NE, Roseau, MN 56751 - (218) 555-0152"),
        ("h", "Irreechaa bara kanaa"),
        ("p", "Irreechaa bara kanaa Roseau City Park keessatti namoonni 90 ol hirmaatan. Warra nyaata qopheessee fi warra "
              "ijoollee gammachiise hunda ni galateeffanna."),
        ("h", "Leenjistoota kubbaa miilaa ni barbaanna"),
        ("p", "Ijoolleen keenya 30 ol kubbaa miilaa taphachuu barbaadu. Ganna kana Sanbata Sanbataan galma sportii keessatti "
              "taphachuuf leenjistoota tola ooltota lama barbaanna. Muuxannoo guddaa hin barbaachisu. Caaltuu bilbilaa."),
        ("h", "Walgahii waliigalaa"),
        ("p", "Walgahii waliigalaa miseensotaa Dilbata, Mudde 14, sa'aatii 2:00 irratti godhama. Miseensi hundi dhufuu qaba."),
    ]),
    "chatfield-enat-ethiopian-community/newsletter-winter-2025.pdf": ("Enat Community Newsletter Winter 2025", [
        ("title", "ENAT ETHIOPIAN COMMUNITY - WINTER NEWSLETTER 2025"),
        ("p", "20 Main St S, Chatfield, MN 55923 - (507) 555-0191"),
        ("h", "Thank you, volunteers!"),
        ("p", "Our November coat giveaway gave 85 warm coats to children in Rochester and Chatfield. Thank you to everyone who sorted and handed out coats."),
        ("h", "Looking for a volunteer immigration attorney"),
        ("p", "Many of our families are waiting on asylum cases, green cards or family reunification petitions, and private "
              "lawyers are expensive. We are looking for a volunteer immigration attorney who could hold a free consultation "
              "afternoon at the chapel once a month. A paralegal or accredited representative would also be a great help. "
              "Please call Tsehay at (507) 555-0191."),
        ("h", "Women's Fellowship Tea"),
        ("p", "Saturday, February 7, 2 pm, at the chapel. Bring a friend!"),
        ("h", "Building fund"),
        ("p", "We are saving to buy our own chapel. We have raised $41,000 of our $150,000 goal."),
    ]),
    "breckenridge-neighbors-mutual-aid/files/ride-share-flyer.pdf": ("Breckenridge Ride Share", [
        ("title", "BRECKENRIDGE NEIGHBORS RIDE SHARE"),
        ("p", "Getting to the doctor, the grocery store or the county office shouldn't depend on owning a car."),
        ("h", "Our first year"),
        ("p", "Since last December, neighbors have driven neighbors 412 times. That's 412 rides given, free, with nobody turned away."),
        ("h", "Volunteer drivers wanted"),
        ("p", "We need more volunteer drivers, especially on weekday mornings. You use your own car and set your own schedule; "
              "we can reimburse mileage. Every ride share driver gets a short orientation. Text (218) 555-0108."),
        ("h", "To request a ride"),
        ("p", "Text or call (218) 555-0108 at least two days ahead. Tell us where, when and whether you use a walker or wheelchair."),
    ]),
    "zimmerman-friends-of-the-library/files/friends-newsletter-fall-2025.pdf": ("Friends of the Zimmerman Library Fall 2025", [
        ("title", "FRIENDS OF THE ZIMMERMAN LIBRARY"),
        ("title", "Fall 2025 Newsletter"),
        ("h", "Fall sale raised $4,870"),
        ("p", "The fall sale raised $4,870 for the new children's area. Thank you to all 38 volunteers and every shopper!"),
        ("h", "A corner for our senior readers"),
        ("p", "The library is turning the sunny corner by the magazines into a reading nook for seniors. We would like to stock it "
              "with large-print books and puzzle books, a few hand-held magnifiers, and two lamps with bright LED bulbs. Please drop "
              "donations at the circulation desk, marked for the Friends."),
        ("h", "Annual meeting"),
        ("p", "Monday, January 19, 6 pm, library meeting room. Election of officers and cookies."),
        ("h", "Memorial gifts"),
        ("p", "A gift in memory of a loved one buys a new book with a bookplate in their name. Forms are at the desk."),
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
