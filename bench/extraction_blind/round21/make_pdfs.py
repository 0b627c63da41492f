#!/usr/bin/env python3
"""Generate the small PDFs used by blind extraction round 21 (stdlib only).

Adapted from round 1's writer. Each PDF is a minimal PDF 1.4 file: Catalog
(with a /Lang entry giving the document language), Pages, two standard Type1
fonts (Helvetica, Helvetica-Bold, WinAnsiEncoding), one or more pages whose
content streams use only simple `(text) Tj` operators, an Info dictionary, and
an xref table whose offsets are computed from the exact bytes written.
Latin-script text only (cp1252): English, Spanish and Somali in this round.

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
    """blocks: list of (style, text). style in {'title','h','p','li','gap'}.
    Returns a list of pages, each a list of (font, size, x, y, text)."""
    pages, cur, y = [], [], TOP_Y
    styles = {"title": ("F2", 16, 22, 60, 0), "h": ("F2", 12, 18, 80, 0),
              "p": ("F1", 10.5, 14, 95, 0), "li": ("F1", 10.5, 14, 88, 18)}
    for style, text in blocks:
        if style == "gap":
            y -= 10
            continue
        font, size, lead, width, indent = styles[style]
        lines = textwrap.wrap(text, width=width, break_on_hyphens=False) or [""]
        if style == "h":
            y -= 6
        for ln in lines:
            if y < BOTTOM_Y:
                pages.append(cur)
                cur, y = [], TOP_Y
            cur.append((font, size, MARGIN_X + indent, y, ln))
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


def build_pdf(blocks, title, lang):
    pages = layout(blocks)
    objs = {}  # num -> bytes (body between "N 0 obj" and "endobj")
    n_pages = len(pages)
    # 1 catalog, 2 pages, 3 F1, 4 F2, 5 info, then page/content pairs
    page_nums = [6 + 2 * i for i in range(n_pages)]
    objs[1] = ("<< /Type /Catalog /Pages 2 0 R /Lang (%s) >>" % lang).encode()
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


# rel path -> (title, lang, blocks)
DOCS = {
    "cloquet-pinewood-food-shelf/holiday-drive.pdf": ("Pinewood Holiday Drive 2026", "en", [
        ("title", "PINEWOOD FOOD SHELF"),
        ("title", "Holiday Drive 2026 - Warm Hands, Full Tables"),
        ("p", "Winter comes early up here. This December we are gathering cold-weather gear for kids "
              "who shop at the food shelf with their parents, and holiday meals for families across "
              "Carlton County."),
        ("gap", ""),
        ("h", "WANTED: Kids' Snow Pants and Mittens"),
        ("p", "New snow pants (sizes 4T through youth 14), insulated mittens and warm hats. Many of the "
              "kids we see walk to the school bus in jeans. Drop them in the blue bins at the Cloquet "
              "Public Library, Super One Foods or the food shelf side door through December 19, 2026."),
        ("gap", ""),
        ("h", "Holiday Meal Boxes"),
        ("p", "250 families will take home a ham, potatoes, squash and pie fixings on December 21. "
              "Sponsor slots: all 250 sponsored. Thank you, Cloquet! We are not taking more sponsors."),
        ("gap", ""),
        ("h", "Holiday Open House"),
        ("p", "Friday, December 18, 2026, 4 to 7 pm. Cookies, cider and a tour of the new cooler room. "
              "Bring the kids to meet Santa on the loading dock."),
        ("gap", ""),
        ("p", "Pinewood Food Shelf - 1104 Cloquet Ave, Cloquet, MN 55720 - (218) 555-0163"),
    ]),
    "waseca-masjid-al-furqan/newsletter.pdf": ("Al-Furqan Bulletin December 2026", "en", [
        ("title", "AL-FURQAN BULLETIN"),
        ("p", "Rajab 1448 / December 2026 - Islamic Center of Waseca - 611 2nd St NE, Waseca, MN 56093"),
        ("h", "Roof Fund"),
        ("p", "Alhamdulillah, we have raised $41,200 of the $60,000 needed to replace the roof before the "
              "spring thaw. Every family is asked to give what it can before Ramadan."),
        ("h", "From the facilities desk"),
        ("p", "The old water heater in the brothers' wudu area finally gave out after sixteen years, which is "
              "why the water has been cold since Thanksgiving. The board has approved buying a new 75-gallon "
              "unit. What we do not have is someone to put it in: we are seeking a licensed plumber who would "
              "donate the labor to install the new water heater and pull the permit with the city. Please speak "
              "to Br. Hassan after Jumu'ah."),
        ("h", "Nikah and family counseling"),
        ("p", "Imam Abdulkadir performs nikah ceremonies and offers confidential family counseling by "
              "appointment. Call the office to schedule."),
        ("h", "Youth basketball night"),
        ("p", "Every Friday after Isha at the Waseca Middle School gym, for boys and girls 12 to 18 (separate "
              "courts). Bring a water bottle."),
        ("h", "Coat collection"),
        ("p", "Alhamdulillah, the coat rack in the hallway is full. Please hold on to any more coats until we "
              "distribute in January, insha'Allah."),
    ]),
    "melrose-raices-family-network/boletin-diciembre-2026.pdf": ("Boletín Raíces - Diciembre 2026", "es", [
        ("title", "BOLETÍN RAÍCES - DICIEMBRE 2026"),
        ("p", "Red de Familias Raíces - 212 E Main St, Melrose, MN 56352 - (320) 555-0139"),
        ("h", "Noticias de la oficina"),
        ("p", "Este año acompañamos a 412 familias, 60 más que el año pasado. Gracias a todos los que hicieron "
              "posible este trabajo."),
        ("p", "Una mala noticia: nuestra camioneta de 12 pasajeros, con la que llevábamos a las familias a la "
              "clínica de St. Cloud, no pasó la inspección y la tuvimos que retirar. Si alguna empresa, parroquia "
              "o familia pudiera donar una camioneta o una minivan en buen estado, nos ayudaría muchísimo. "
              "Podemos dar recibo para los impuestos."),
        ("h", "Antes de la auditoría"),
        ("p", "En marzo tendremos nuestra primera auditoría completa. Por eso necesitamos un contador o contadora "
              "voluntaria que revise nuestras cuentas de 2026 con la tesorera, unas diez horas en enero y febrero."),
        ("h", "Clase de ciudadanía"),
        ("p", "Las inscripciones para la clase de ciudadanía de invierno están cerradas (cupo lleno). La próxima "
              "clase empieza en abril."),
        ("h", "Colecta de juguetes 2025"),
        ("p", "¡Gracias! El año pasado reunimos 640 juguetes para los niños de Melrose y Albany."),
    ]),
    "hopkins-westbrooke-residents-council/warm-up-drive.pdf": ("Westbrooke Winter Warm-Up Drive", "en", [
        ("title", "WESTBROOKE WINTER WARM-UP DRIVE"),
        ("p", "Westbrooke Terrace Residents Council - December 2026"),
        ("gap", ""),
        ("p", "The heat in Buildings B and D failed four times in November. We have filed complaints with the "
              "City of Hopkins and the owner says new boilers are coming in the spring. Until then, families "
              "are sleeping in their coats."),
        ("h", "What we are collecting"),
        ("li", "- Window insulation kits (plastic film and tape)"),
        ("li", "- Draft stoppers for doors"),
        ("li", "- Warm blankets, twin and full size"),
        ("p", "Bring them to the community room on Wednesdays, 5 to 7 pm, or call (952) 555-0158 and we will "
              "pick up."),
        ("h", "Space-heater safety check"),
        ("p", "Saturday, January 9, 2027, 10 am to 1 pm. Hopkins Fire Department will check space heaters and "
              "cords and hand out free smoke detectors."),
    ]),
    "mn-valley-resettlement-savage/welcome-kit.pdf": ("Welcome Kit Checklist - Winter 2026-27", "en", [
        ("title", "MINNESOTA VALLEY RESETTLEMENT PARTNERS"),
        ("title", "Welcome Kit Checklist - Winter 2026-27"),
        ("p", "Every household we resettle gets a Welcome Kit on the day they arrive. Congregations, "
              "scout troops and offices can collect a whole kit or just one part of it."),
        ("h", "This winter we are short on"),
        ("li", "- New bed pillows"),
        ("li", "- Twin sheet sets and full sheet sets"),
        ("li", "- Rice cookers (5- to 10-cup)"),
        ("li", "- Bath towels and washcloths"),
        ("li", "- Dish racks and can openers"),
        ("h", "We have plenty of"),
        ("p", "Lamps, small end tables, dishes and mugs. Thank you! Please do not bring these until spring."),
        ("h", "Drop-off"),
        ("p", "By appointment only, Monday to Thursday. Call (952) 555-0107 or write "
              "kits@mnvalleyresettlement.org. 5600 W 140th St, Suite 210, Savage, MN 55378."),
    ]),
    "litchfield-senior-commons/echo-winter-2026.pdf": ("The Commons Echo - Winter 2026", "en", [
        ("title", "THE COMMONS ECHO - WINTER 2026"),
        ("p", "LITCHFIELD AREA SENIOR COMMONS - 126 N MARSHALL AVE - LITCHFIELD, MN 55355 - (320) 555-0112"),
        ("h", "DIRECTOR'S DESK"),
        ("p", "WHAT A FALL IT HAS BEEN. WE SERVED 4,020 NOON MEALS SINCE SEPTEMBER AND WELCOMED 31 NEW MEMBERS. "
              "NOW THE BAD NEWS: THE VAN WE USE FOR THE TUESDAY GROCERY TRIPS TO HUTCHINSON FAILED INSPECTION "
              "AND THE REPAIR WOULD COST MORE THAN IT IS WORTH. IF YOU KNOW OF A BUSINESS, CHURCH OR FAMILY THAT "
              "COULD DONATE A WHEELCHAIR-ACCESSIBLE VAN - OR EVEN A PLAIN 12-PASSENGER ONE - PLEASE CALL ME. "
              "- JANICE"),
        ("h", "QUILTERS' CORNER"),
        ("p", "THE MONDAY QUILTERS ARE MAKING 40 BABY QUILTS FOR PROJECT LINUS AND THE MEEKER COUNTY HOSPITAL. "
              "THEY NEED QUILT BATTING AND COTTON FABRIC (FAT QUARTERS ARE FINE). DROP IT IN THE BASKET BY THE "
              "SEWING ROOM."),
        ("h", "PUZZLE EXCHANGE"),
        ("p", "THE PUZZLE EXCHANGE SHELF IS FULL TO BURSTING. PLEASE, NO MORE PUZZLES UNTIL SPRING!"),
        ("h", "LUTEFISK SUPPER"),
        ("p", "SATURDAY, JANUARY 23, 2027, 4:30 TO 7:00 AT FIRST LUTHERAN. LUTEFISK, MEATBALLS, LEFSE AND "
              "RICE PUDDING. TICKETS $22 AT THE FRONT DESK."),
        ("h", "JANUARY BIRTHDAYS"),
        ("p", "HAPPY BIRTHDAY TO LAVONNE B., MARLYS H., DUANE K. AND ERLING S. (97!)."),
    ]),
    "cambridge-bridgeway-youth-program/permission-slip.pdf": ("Bridgeway January Field Trip Permission Slip", "en", [
        ("title", "BRIDGEWAY YOUTH PROGRAM"),
        ("title", "Field Trip Permission Slip - January 2027"),
        ("h", "Science Museum of Minnesota - Saturday, January 16, 2027"),
        ("p", "We leave the Cambridge Community Center at 9:00 am by school bus and return by 4:00 pm. "
              "Admission and lunch are free thanks to a grant from the Isanti County Community Foundation."),
        ("p", "PARENT HELPERS WANTED: we need 2 more parent chaperones to ride the bus and stay with a group "
              "of 6 kids at the museum. Check the box below if you can come along."),
        ("p", "[  ] I can chaperone on January 16."),
        ("gap", ""),
        ("h", "Wild Mountain ski and tubing trip - February 6"),
        ("p", "This trip is FULL (40 of 40 seats). You may add your child to the waitlist at the front desk."),
        ("gap", ""),
        ("p", "Student name: ______________________________   Grade: ______"),
        ("p", "Parent/guardian: ___________________________   Phone: ____________________"),
        ("p", "Allergies or medications: ___________________________________________"),
        ("p", "Signature: _________________________________   Date: __________"),
    ]),
    "sauk-rapids-ubax-family-center/foom-isdiiwaangelinta.pdf": ("Foomka Isdiiwaangelinta Barnaamijyada 2027", "so", [
        ("title", "XARUNTA QOYSASKA UBAX"),
        ("title", "Foomka Isdiiwaangelinta Barnaamijyada - 2027"),
        ("p", "Magaca ilmaha: ______________________________   Da'da: ______   Fasalka: ______"),
        ("p", "Magaca waalidka: ____________________________   Telefoon: ____________________"),
        ("p", "Cinwaanka: __________________________________________________________"),
        ("p", "Barnaamijka: [ ] Caawinta casharrada guriga  [ ] Fasalka Quraanka iyo Af-Soomaaliga  "
              "[ ] Naadiga koodhka gabdhaha  [ ] Fasalka tolidda (hooyooyinka)"),
        ("p", "Xasaasiyad (allergies) ama daawo: ____________________________________"),
        ("gap", ""),
        ("h", "Sida loo soo celiyo"),
        ("p", "Foomkan soo celi xafiiska xarunta, ama sawir ka qaad oo WhatsApp ugu soo dir (320) 555-0166. "
              "Barnaamijyadu waa bilaash."),
        ("gap", ""),
        ("h", "OGEYSIIS: Haween mutadawiciin ah ayaa loo baahan yahay"),
        ("p", "Waalidiin badan ayaa ku adag buuxinta foomamka iskuulka iyo caafimaadka ee Ingiriisiga ku qoran. "
              "Waxaan raadinaynaa haween mutadawiciin ah oo ku hadla Soomaali iyo Ingiriisi si ay u caawiyaan "
              "waalidiinta buuxinta foomamka, Arbacada 5:00 ilaa 7:00 fiidnimo. Wac Ayaan: (320) 555-0166."),
        ("gap", ""),
        ("p", "Saxiixa waalidka: ______________________   Taariikhda: __________"),
    ]),
    # END DOCS
}


def main():
    for rel, (title, lang, blocks) in DOCS.items():
        path = os.path.join(SITES, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        data = build_pdf(blocks, title, lang)
        with open(path, "wb") as f:
            f.write(data)
        print("wrote %s (%d bytes)" % (rel, len(data)))


if __name__ == "__main__":
    main()
