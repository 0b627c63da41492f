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
    "east-side-pantry-coalition/garden-flyer.pdf": ("East Side Grows 2027", [
        ("title", "EAST SIDE PANTRY COALITION"),
        ("title", "EAST SIDE GROWS 2027"),
        ("p", "Our four garden plots behind the Hazel Park Rec Center grew 1,400 pounds of tomatoes, peppers, "
              "bok choy, squash and herbs for the pantry shelves in 2026. Next season we are adding a fifth plot "
              "just for Hmong greens and bitter melon."),
        ("gap", ""),
        ("h", "GARDEN CREW WANTED"),
        ("p", "We need a garden crew of volunteers to weed, water and harvest on Tuesday evenings, 6:00 to 8:00 pm, "
              "from June 1 through the end of September 2027. No gardening experience needed - our master gardener "
              "Mai Nou will show you what to do. Bring gloves and a water bottle. Families with kids 8+ welcome."),
        ("p", "Sign up now so we can plan the beds over the winter. To join the crew, text Mai Nou at 651-555-0197 or email garden@eastsidepantry.org."),
        ("gap", ""),
        ("h", "Seedling swap - Saturday, May 15, 2027"),
        ("p", "Bring your extra seedlings and take home something new. 10 am to noon at Hazel Park. Free."),
        ("gap", ""),
        ("p", "East Side Pantry Coalition - 1015 Arcade St, Saint Paul, MN 55106 - 651-555-0192"),
    ]),
    "parroquia-san-juan-diego/boletin.pdf": ("Boletín parroquial - Diciembre 2026", [
        ("title", "PARROQUIA SAN JUAN DIEGO - WORTHINGTON, MN"),
        ("title", "Boletín parroquial - Diciembre 2026"),
        ("h", "Mensaje del párroco"),
        ("p", "Queridos hermanos: el Adviento es un tiempo de espera y de esperanza. Preparemos el corazón para "
              "recibir al Niño Dios, y los invito a participar en las actividades de nuestra parroquia durante "
              "estas semanas. - P. Tomás Rivera"),
        ("h", "Tamalada para la cena de Navidad"),
        ("p", "Como cada año, después de la Misa de Gallo ofrecemos una cena de Navidad para toda la comunidad en "
              "el salón parroquial. Este año esperamos a más de 400 personas, y la cocina necesita más "
              "voluntarios para la tamalada del sábado 19 de diciembre, de 8:00 a.m. a 3:00 p.m.: preparar la "
              "masa, limpiar las hojas, rellenar y envolver los tamales. Si puede ayudar, apúntese con Doña Rosa "
              "después de misa o llame a la oficina al (507) 555-0139."),
        ("h", "Pastorela navideña"),
        ("p", "El domingo 20 de diciembre, a las 6:00 p.m., los jóvenes de la parroquia presentarán la pastorela "
              "en el salón. Habrá ponche y buñuelos. Todos están invitados."),
        ("h", "Segunda colecta"),
        ("p", "El domingo 13 de diciembre habrá una segunda colecta para la reparación del techo del salón. "
              "Gracias por su generosidad."),
        ("h", "Bautizos y matrimonios"),
        ("p", "Las pláticas prebautismales son el primer martes de cada mes. Las parejas que desean casarse deben "
              "avisar a la oficina con seis meses de anticipación."),
    ]),
    "oromo-community-center/tax-flyer.pdf": ("OCCM Free Tax Clinic - Volunteers", [
        ("title", "OROMO COMMUNITY CENTER OF MINNESOTA"),
        ("title", "FREE TAX CLINIC - 2027 FILING SEASON"),
        ("p", "Free tax help for families earning under $67,000: federal and Minnesota returns, the Renter's "
              "Credit (CRP) and the Working Family Credit. Saturdays, February 6 to April 10, 2027, at the center. "
              "Bring your ID, Social Security or ITIN cards for everyone in the family, and all W-2s and 1099s."),
        ("gap", ""),
        ("h", "VOLUNTEER TAX PREPARERS WANTED"),
        ("p", "We are looking for 6 volunteer tax preparers for the clinic. You will complete the free IRS VITA "
              "certification online in January 2027 (about 20 hours), then prepare returns with a reviewer beside you "
              "on Saturday mornings. Accounting students are very welcome. Speaking Afaan Oromoo is helpful but "
              "not required - interpreters are on site."),
        ("p", "Questions? Call Chaltu at 651-555-0126."),
        ("gap", ""),
        ("p", "1821 University Ave W, Suite S-120, Saint Paul, MN 55104"),
    ]),
    "pennington-food-depot/dispatch.pdf": ("THE DEPOT DISPATCH - FALL 2026", [
        ("title", "THE DEPOT DISPATCH - FALL 2026"),
        ("p", "PENNINGTON COUNTY FOOD SHELF & CLOTHING DEPOT - 218 LaBREE AVE N - THIEF RIVER FALLS - (218) 555-0133"),
        ("h", "A WORD FROM THE BOARD"),
        ("p", "WE SERVED 1,208 HOUSEHOLDS THIS FALL, UP FROM 940 LAST YEAR. THANK YOU TO THE 60-SOME VOLUNTEERS "
              "WHO MAKE THAT HAPPEN, AND TO DIGI-KEY AND ARCTIC CAT EMPLOYEES FOR THE HARVEST FOOD DRIVE."),
        ("p", "ON A SADDER NOTE, OUR PALLET JACK FINALLY GAVE UP AFTER 22 YEARS OF SERVICE. WE ARE MOVING PALLETS "
              "BY HAND FOR NOW, WHICH IS HARD ON OUR BACKS. IF ANY BUSINESS IN TOWN HAS A USED MANUAL PALLET JACK "
              "IT COULD DONATE, PLEASE CALL GARY AT (218) 555-0133."),
        ("h", "SPAGHETTI FEED FUNDRAISER"),
        ("p", "FRIDAY, JANUARY 15, 5 - 7 PM AT THE EAGLES CLUB. $10 ADULTS, $5 KIDS. ALL PROCEEDS GO TO THE FOOD SHELF."),
        ("h", "THANK YOU, LIONS!"),
        ("p", "A BIG THANK YOU TO THE THIEF RIVER FALLS LIONS CLUB FOR THE NEW CHEST FREEZER. WE NO LONGER NEED A "
              "FREEZER - PLEASE DON'T BRING US ANY MORE!"),
        ("h", "BIRTHDAYS"),
        ("p", "HAPPY BIRTHDAY TO OUR DECEMBER AND JANUARY VOLUNTEERS: MARLYS, DUANE, KAREN O., AND PASTOR JIM."),
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
