#!/usr/bin/env python3
"""Generate the small PDFs used by blind extraction round 23 (stdlib only).

Adapted from round 1's make_pdfs.py. Each PDF is a minimal PDF 1.4 file:
Catalog (with a /Lang entry naming the document language), Pages, two
standard Type1 fonts (Helvetica, Helvetica-Bold, WinAnsiEncoding), one or more
pages whose content streams use only simple `(text) Tj` operators, an Info
dictionary, and an xref table whose offsets are computed from the exact bytes
written. Text is Latin script only (cp1252).

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


def build_pdf(blocks, title, lang):
    pages = layout(blocks)
    objs = {}  # num -> bytes (body between "N 0 obj" and "endobj")
    n_pages = len(pages)
    # 1 catalog, 2 pages, 3 F1, 4 F2, 5 info, then page/content pairs
    page_nums = [6 + 2 * i for i in range(n_pages)]
    objs[1] = ("<< /Type /Catalog /Pages 2 0 R /Lang (%s) >>" % pdf_escape(lang)).encode("latin-1")
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
    "fairmont-lakes-food-shelf/flyer.pdf": ("Weekend Backpack Program 2026-27", "en-US", [
        ("title", "FAIRMONT LAKES FOOD SHELF"),
        ("title", "Weekend Backpack Program, school year 2026-27"),
        ("p", "Every Friday, about 140 children at Budd and Five Lakes elementary schools go home with a "
              "backpack of weekend food: cereal, shelf-stable milk, two easy lunches, fruit cups and a snack. "
              "Families sign up at the school office. It is free and confidential."),
        ("gap", ""),
        ("h", "HELP WANTED: THURSDAY BACKPACK PACKERS"),
        ("p", "Thursdays 3:30 to 5:00 pm at the food shelf, 112 Lake Ave. We fill 140 bags in about an hour "
              "when six people show up, and in nearly three hours when two do. Ages 10 and up with an adult. "
              "Teams from workplaces and confirmation classes welcome. Text Kari at (507) 555-0163."),
        ("gap", ""),
        ("h", "Sponsor a backpack"),
        ("p", "$180 feeds one child every weekend for the whole school year. Checks payable to Fairmont Lakes "
              "Food Shelf, or give online from our home page."),
        ("gap", ""),
        ("p", "Fairmont Lakes Food Shelf - 112 Lake Ave (lower level), Fairmont, MN 56031 - (507) 555-0163"),
    ]),
    "st-james-comunidad-guadalupana/boletin.pdf": ("Boletín Guadalupano - Diciembre 2026", "es", [
        ("title", "BOLETÍN GUADALUPANO"),
        ("p", "Comunidad Guadalupana - Parroquia St. James - Diciembre de 2026"),
        ("h", "Palabras del padre Tomás"),
        ("p", "Queridos hermanos: el Adviento nos invita a preparar la casa para recibir a Jesús. Este año "
              "muchas familias nuevas han llegado a St. James y algunas todavía no tienen casa propia. "
              "Que nuestra comunidad sea para ellas un lugar donde se sientan en casa."),
        ("h", "Tamales para las posadas"),
        ("p", "Ya tenemos suficientes tamaleras para las posadas de este año, gracias a todas las que se "
              "apuntaron. Las que quieran ayudar pueden traer hojas de maíz a la oficina."),
        ("h", "Ayuda con los impuestos"),
        ("p", "Cada invierno muchas familias no saben cómo declarar sus impuestos o cómo renovar su número "
              "ITIN, y algunas pagan mucho dinero a personas que no son de confianza. Este año queremos "
              "abrir una mesa de ayuda en el salón parroquial los sábados de febrero a abril de 2027. "
              "Buscamos a un contador, preparador de impuestos o persona con experiencia en el ITIN que "
              "hable español y pueda dar algunas horas. Hable con Margarita: (507) 555-0121."),
        ("h", "Clínica de inmigración"),
        ("p", "El tercer martes de cada mes, de 5 a 8 pm, una abogada de la diócesis atiende consultas "
              "gratuitas y confidenciales en el salón. Traiga sus documentos. No necesita cita."),
        ("h", "Navidad"),
        ("p", "Misa de Gallo: jueves 24 de diciembre, 10:00 pm, en español y con el coro. Misa del día de "
              "Navidad: viernes 25 de diciembre, 12:30 pm."),
        ("gap", ""),
        ("p", "Parroquia St. James - 500 8th Ave S, St. James, MN 56081 - (507) 555-0119"),
    ]),
    "columbia-heights-tenant-council/bulletin.pdf": ("Heights Tenant Bulletin - Winter 2026-27", "en-US", [
        ("title", "HEIGHTS TENANT BULLETIN"),
        ("p", "Columbia Heights Tenant Council - Winter 2026-27 - printed for every door we knock"),
        ("h", "What we won this fall"),
        ("p", "The city council agreed to inspect all 96 units at Parkview Villa after we brought the repair log "
              "and 60 tenants to the October meeting. Inspections start in January. Keep reporting problems "
              "in writing and keep a copy."),
        ("h", "Two small asks"),
        ("p", "Our website's repair-rights page still shows last year's phone numbers. We are looking for "
              "someone comfortable with Squarespace who can keep the site up to date, an hour or two a "
              "month, with a member telling you what to change. And our signs, banners and the meeting "
              "supplies currently live in Ifrah's hallway: if you have a dry garage bay or a corner of a "
              "storage unit you could let us use for free this winter, call (763) 555-0188."),
        ("h", "Winter potluck"),
        ("p", "Saturday, January 23, 2027, 5 pm, Murzyn Hall. Bring a dish from home if you can, come anyway "
              "if you can't."),
        ("h", "Thank you"),
        ("p", "The 2025 coat swap sent 140 coats home with Heights kids. Thank you to everyone who gave."),
        ("gap", ""),
        ("p", "Columbia Heights Tenant Council - PO Box 21433, Columbia Heights, MN 55421"),
    ]),
    "fridley-dar-al-huda-center/newsletter.pdf": ("Dar al-Huda News - December 2026", "en-US", [
        ("title", "DAR AL-HUDA NEWS - DECEMBER 2026 / JUMADA AL-AKHIRA 1448"),
        ("p", "Dar al-Huda Islamic Center - 6290 University Ave NE, Fridley, MN 55432 - (763) 555-0129"),
        ("h", "From the board"),
        ("p", "Alhamdulillah for a busy autumn. Weekend school enrollment reached 118 children and the Friday "
              "pantry served more than 90 families a week. Two updates below need your attention."),
        ("h", "The sisters' hall is cold again"),
        ("p", "The old boiler that heats the sisters' prayer hall shut down again on November 30 and the "
              "temporary fix will not last the winter. Before we spend $14,000 on a new one, we want an honest "
              "second opinion. We are looking for a licensed HVAC technician who could donate one service "
              "visit to inspect the boiler and tell us whether it can be repaired. Please call Br. Hassan."),
        ("h", "Youth basketball night"),
        ("p", "Open gym for boys and girls 12 to 18 continues every Thursday, 7 to 9 pm, at the Fridley "
              "Community Center. Free, supervised, and the pizza is on us."),
        ("h", "Jazakum Allahu khayran"),
        ("p", "To everyone who gave to the 2025 winter coat drive: 212 coats went to children in our community."),
    ]),
    "robbinsdale-east-african-resource-center/om/beeksisa.pdf": ("Beeksisa - Mudde 2026", "om", [
        ("title", "BEEKSISA"),
        ("title", "Giddugala Qabeenyaa Afrikaa Bahaa - Mudde 2026"),
        ("p", "4150 West Broadway Ave, Suite 204, Robbinsdale, MN 55422 - (763) 555-0152"),
        ("h", "Kitaabota daa'immanii barbaadna"),
        ("p", "Mana kitaabaa xiqqaa daa'immaniif waajjira keenya keessatti banaa jirra. Kitaabota daa'immanii "
              "Afaan Oromootiin barreeffaman, akkasumas kitaabota Afaan Ingiliffaa salphaa ta'an, nuuf kennaa. "
              "Kitaabota haaraa ykn qulqulluu ta'an waajjira keenyatti fidaa, Wiixata hanga Kamisaatti."),
        ("h", "Gargaarsa unka lammummaa"),
        ("p", "Kamisa kamiyyuu galgala sa'aatii 4:00 hanga 6:00tti unka lammummaa (N-400) guutuuf gargaarsa "
              "bilisaa argachuu dandeessu. Waraqaa keessan fidaa."),
        ("h", "Galatoomaa"),
        ("p", "Bara 2025 namoota uffata qorraa ijoollee keenyaaf kennitan hundaa baay'ee galatoomaa!"),
    ]),
    "new-brighton-que-huong-senior-center/newsletter.pdf": ("Que Huong News - Winter 2026-27", "en-US", [
        ("title", "QUE HUONG NEWS - WINTER 2026-2027"),
        ("p", "Que Huong Senior Center - 835 2nd Ave NW, New Brighton, MN 55112 - (651) 555-0136"),
        ("h", "A NOTE FROM MRS. HOA"),
        ("p", "Dear friends, we served 4,870 lunches this year. Thank you to the cooks, the servers and the "
              "drivers who make it possible. Three small notes for the new year follow."),
        ("h", "THE PIANO"),
        ("p", "Our old upright piano has not been tuned since 2019, and the Tet show is coming. If you tune "
              "pianos, or know a piano tuner who would donate one visit, please call the office. We will "
              "pay for any parts."),
        ("h", "CHRISTMAS SING-ALONG"),
        ("p", "Friday, December 18, 2026 after lunch. Songs in English and Vietnamese. Santa hats provided."),
        ("h", "THANK YOU, KNITTERS"),
        ("p", "The 2025 scarf knitters from Holy Trinity gave us 85 scarves last winter. Every elder who wanted one "
              "got one."),
    ]),
    "little-canada-karen-fellowship/bulletin.pdf": ("Fellowship Bulletin - December 2026", "en-US", [
        ("title", "LITTLE CANADA KAREN BAPTIST FELLOWSHIP"),
        ("title", "Sunday Bulletin - December 6, 2026"),
        ("h", "Order of worship"),
        ("p", "Call to worship - Hymn 112 - Prayer - Scripture: Isaiah 9:2-7 - Sermon: The people who walked "
              "in darkness - Offering - Benediction."),
        ("h", "Announcements"),
        ("p", "1. Youth retreat at Camp Shamineau, January 15-17, 2027. Registration forms are in the "
              "fellowship hall; $45 per youth."),
        ("p", "2. The church van's heater stopped working last week, and the elders ride in that van every "
              "Sunday. We need a volunteer mechanic who can look at the van heater this month. The church "
              "will pay for the parts. Please see Deacon Saw Moo."),
        ("p", "3. Thank you for the 2025 Thanksgiving offering: $3,180 went to the clinic at Mae La camp."),
        ("gap", ""),
        ("p", "2955 Rice St, Little Canada, MN 55113 - (651) 555-0147"),
    ]),
    "vadnais-heights-hmong-youth-league/hmn/daim-ntawv.pdf": ("Daim Ntawv Sau Npe Pab Dawb", "hmn", [
        ("title", "KOOM HAUM TUB NTXHAIS HLUAS HMOOB VADNAIS HEIGHTS"),
        ("title", "DAIM NTAWV SAU NPE PAB DAWB"),
        ("p", "Npe: ______________________________   Xov tooj: ____________________"),
        ("p", "Email: _____________________________   Lub nroog: ___________________"),
        ("p", "Koj hais tau lus dab tsi?  [ ] Hmoob   [ ] Askiv   [ ] Lwm yam: __________"),
        ("p", "Koj xav pab dab tsi? ______________________________________________"),
        ("gap", ""),
        ("h", "THOV PUB TSHO TIV NO RAU COV MENYUAM"),
        ("p", "Muaj li 40 tus menyuam tuaj kawm ntawv tsis muaj tsho tiv no thiab hnab looj tes. Thov pub "
              "tsho tiv no tshiab los yog tseem zoo, loj 6 txog 16, coj tuaj rau ntawm Vadnais Heights "
              "Commons ua ntej Lub Ib Hlis 15, 2027."),
        ("gap", ""),
        ("h", "UA TSAUG"),
        ("p", "Ua tsaug rau txhua tus niam txiv uas tau pab dawb xyoo 2025. Nej yog lub hauv paus ntawm peb "
              "lub koom haum."),
        ("gap", ""),
        ("p", "Kos npe: ______________________   Hnub tim: __________"),
        ("p", "1105 County Rd E, Vadnais Heights, MN 55110 - (651) 555-0158"),
    ]),
    "hutchinson-open-hands-clinic/newsletter.pdf": ("Open Hands Clinic Newsletter - Winter 2026", "en-US", [
        ("title", "OPEN HANDS FREE CLINIC - WINTER NEWSLETTER 2026"),
        ("p", "400 Franklin St SW, Hutchinson, MN 55350 - (320) 555-0114"),
        ("h", "Meet our new medical director"),
        ("p", "Dr. Anne Lindqvist joined us in September after 22 years in family medicine at Hutchinson Health. "
              "She grew up on a dairy farm near Silver Lake and still answers to 'Annie' from her old patients."),
        ("h", "By the numbers"),
        ("p", "This year we saw 1,312 patient visits on 49 clinic nights. One in three visits was for diabetes or "
              "high blood pressure."),
        ("h", "Supplies running low"),
        ("p", "Because so many of our patients have diabetes and hypertension, we go through supplies fast. "
              "We are short on adult large blood pressure cuffs and on glucose test strips that fit the "
              "Contour Next meters we hand out. Sealed boxes can be dropped at Peace Lutheran's office on "
              "weekdays."),
        ("h", "Thank you"),
        ("p", "Thank you to Hutchinson Health for the 2025 flu vaccine donation: 400 free shots last season."),
        ("h", "Annual meeting"),
        ("p", "Thursday, January 28, 2027, 6:30 pm, Peace Lutheran fellowship hall. All volunteers and "
              "supporters welcome."),
    ]),
    "apple-valley-barwaaqo-pantry/warside.pdf": ("Warside Barwaaqo - Jiilaal 2026", "so", [
        ("title", "WARSIDA BARWAAQO - JIILAAL 2026"),
        ("p", "Barwaaqo Food Pantry - 14800 Galaxie Ave, Suite 110, Apple Valley, MN 55124 - (952) 555-0176"),
        ("h", "Erayga agaasimaha"),
        ("p", "Sannadkan waxaan cunto siinnay in ka badan 11,000 oo qoys. Waxaan u mahadcelinaynaa "
              "mutadawiciinta, deeq-bixiyeyaasha iyo masaajidada naga caawiyey."),
        ("h", "Talaajad cusub, laakiin koronto ma leh"),
        ("p", "Shirkad ayaa nagu deeqday talaajad weyn (freezer) oo hilibka lagu kaydiyo, laakiin xafiiskeenna "
              "ma laha meel koronto oo ku filan. Waxaan raadinaynaa qof yaqaan korontada - electrician "
              "shatiga haysta - oo mutadawac ah, si uu noogu rakibo khad koronto oo cusub. Qalabka annaga "
              "ayaa iibsanayna. Fadlan wac Sahra."),
        ("h", "Kulanka bulshada"),
        ("p", "Sabti, 16 Janaayo 2027, 2:00 galabnimo, Apple Valley Community Center. Waxaan ka hadli "
              "doonnaa qorshaha sannadka cusub. Shaah iyo macmacaan ayaa jiri doona."),
    ]),
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
