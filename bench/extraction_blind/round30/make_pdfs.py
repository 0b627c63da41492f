#!/usr/bin/env python3
"""Generate the PDFs of blind extraction round 30 (stdlib only; adapted from round 1).

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
    "perham-lakes-area-food-shelf/wp-content/uploads/2025/10/turkey-drive-flyer.pdf": ("Holiday Turkey Drive 2025", [
        ("title", "PERHAM LAKES AREA FOOD SHELF"),
        ("title", "HOLIDAY TURKEY DRIVE 2025"),
        ("p", "Last year you gave 312 turkeys and every family who asked for a Thanksgiving box got one. Thank you!"),
        ("gap", ""),
        ("h", "THIS YEAR'S GOAL: 350 FROZEN TURKEYS BY NOVEMBER 20"),
        ("p", "Please bring a frozen turkey (12 to 16 lb) or a $25 grocery gift card to the side door of the food "
              "shelf, Tuesdays and Thursdays 9 am to 3 pm, or leave it in the collection freezer at the front of "
              "the grocery store on Main Street. Churches and teams: call us and we will pick up 10 or more."),
        ("gap", ""),
        ("h", "FOR FAMILIES"),
        ("p", "Thanksgiving boxes will be handed out Saturday, November 22, 9 am to noon. You must sign up at the "
              "front desk by November 14."),
        ("gap", ""),
        ("p", "Perham Lakes Area Food Shelf - 221 2nd Ave SE, Perham, MN 56573 - (218) 555-0131"),
    ]),
    "st-charles-san-isidro-parish/bulletins/2025-11-09.pdf": ("St. Isidore Bulletin November 9 2025", [
        ("title", "ST. ISIDORE CATHOLIC CHURCH - PARROQUIA SAN ISIDRO LABRADOR"),
        ("p", "Sunday Bulletin - Dedication of the Lateran Basilica - November 9, 2025"),
        ("h", "From Father Tom"),
        ("p", "Thank you to everyone who cooked, served and washed dishes at the Harvest Dinner last Sunday. We fed "
              "almost 600 people and the kitchen crew did not stop for four hours."),
        ("h", "Stewardship"),
        ("p", "Last weekend's collection: $8,214. Building fund: $1,130. Thank you for your faithful giving."),
        ("h", "Weekday sacristan needed"),
        ("p", "Our weekday sacristan, Bernie, is moving to Rochester to be closer to his grandchildren. We need "
              "someone who can open the church at 7:30 am on Tuesdays and Thursdays, set out the vessels and "
              "vestments for the 8:00 Mass, and lock up afterwards. Bernie will train you before he leaves. "
              "Please call Dale at the parish office."),
        ("h", "Knights of Columbus Pancake Breakfast"),
        ("p", "Sunday, November 16, 8 am to noon in the parish center. Adults $10, kids $5. Proceeds go to the seminarian fund."),
        ("h", "EN ESPAÑOL: Limpieza de la iglesia"),
        ("p", "Se necesitan voluntarios para limpiar la iglesia los sábados después de la misa de la mañana, de 9 a "
              "10:30. Somos sólo cuatro personas y la iglesia es grande. Hable con María Elena."),
        ("p", "Parish office (507) 555-0162 - office@stisidorestcharles.org"),
    ]),
    "albany-horyaal-family-center/files/warsidaha-dayrta-2025.pdf": ("Warsidaha Dayrta 2025", [
        ("title", "XARUNTA QOYSKA HORYAAL"),
        ("title", "WARSIDAHA DAYRTA 2025"),
        ("p", "118 Railroad Ave, Albany, MN 56307 - (320) 555-0114"),
        ("h", "Mahadsanidiin!"),
        ("p", "Bishii Oktoobar, 42 arday ayaa ka qayb galay barnaamijka kaalmada casharrada, 15 mutadawac ayaana "
              "nala shaqeeyay. Waad ku mahadsan tihiin waqtigiinna."),
        ("h", "Baahi: qof yaqaan dayactirka kombiyuutarada"),
        ("p", "Shirkad maxalli ah ayaa noo deeqday 12 laptop oo duug ah. Waxaan raadinaynaa qof mutadawac ah oo "
              "yaqaan dayactirka kombiyuutarada, si uu u nadiifiyo una rakibo barnaamijyada, si ardaydu ugu "
              "isticmaalaan shaqada guriga. Fadlan la xiriir Ayaan."),
        ("h", "Shirka waalidiinta"),
        ("p", "Khamiis, 20 Noofembar, 6:30 fiidnimo, xarunta. Waxaan ka wada hadli doonnaa dugsiyada iyo "
              "barnaamijka jiilaalka. Cunto fudud ayaa la heli doonaa."),
        ("h", "Buugaag carruureed oo af-Soomaali ah"),
        ("p", "Maktabadda yar ee xarunta waxay u baahan tahay buugaag carruureed oo af-Soomaali ku qoran, gaar "
              "ahaan sheekooyin sawirro leh oo loogu talagalay carruurta 3 ilaa 8 jir. Buug kasta waa la "
              "soo dhaweynayaa."),
    ]),
    "vermillion-hmong-farm-families/s/winter-newsletter-2025.pdf": ("Xov Xwm Lub Caij Ntuj No 2025", [
        ("title", "VERMILLION HMONG FARM FAMILIES"),
        ("title", "XOV XWM LUB CAIJ NTUJ NO 2025"),
        ("p", "20410 Blaine Ave, Vermillion, MN 55085 - (651) 555-0153"),
        ("h", "Ua tsaug rau txhua tus"),
        ("p", "Xyoo no peb cov tsev neeg muag tau zaub ntawm plaub lub khw thiab muaj 140 tsev neeg yuav peb "
              "cov CSA. Ua tsaug rau cov neeg pab dawb uas tuaj pab sau zaub txhua hnub Saturday."),
        ("h", "Peb xav tau: neeg paub ua vev xaib"),
        ("p", "Peb lub vev xaib (website) qub lawm thiab peb tsis paub kho. Peb xav tau ib tug neeg pab dawb "
              "uas paub ua vev xaib thiab Facebook los pab peb kho kom cov neeg yuav zaub nrhiav tau peb, thiab "
              "qhia peb ob peb leeg kom peb hloov tau cov xov xwm peb tus kheej. Hu rau Nou."),
        ("h", "Chav kawm txog kev tu av"),
        ("p", "Hnub Saturday, 13 Lub Kaum Ob Hlis, 9 teev sawv ntxov, ntawm lub tsev zej zog. Tus kws qhia "
              "los ntawm University of Minnesota Extension yuav qhia txog kev tu av thiab kev siv chiv. Dawb xwb."),
        ("p", "Cov xov xwm ntxiv nyob ntawm vhffcoop.org"),
    ]),
    "waterville-biiftuu-oromo-center/sites/default/files/gabaasa-sadaasa-2025.pdf": ("Gabaasa Sadaasa 2025", [
        ("title", "GIDDUGALA HAWAASA OROMOO BIIFTUU"),
        ("title", "GABAASA - SADAASA 2025"),
        ("p", "205 Lake St W, Waterville, MN 56096 - (507) 555-0186"),
        ("h", "Galatoomaa!"),
        ("p", "Ayyaana Irreechaa Sakatah Lake irratti kabajame irratti namoonni 300 ol hirmaataniiru. Warra nyaata "
              "qopheesse, warra dibbee rukute fi warra qarqara haroo qulqulleesse hunda ni galateeffanna."),
        ("h", "Ni barbaanna: kompiitara fi printer waajjiraaf"),
        ("p", "Kompiitarri waajjira keenyaa tokkichi cabeera. Maatiiwwan foomii hojii fi foomii mana barumsaa "
              "guutuuf isa fayyadamu turan. Kompiitara laptop ykn desktop hojjetu tokko fi printer tokko "
              "kennuu kan dandeessan, Gammachuu bilbilaa: (507) 555-0186."),
        ("h", "Gargaarsa seeraa"),
        ("p", "Kiliinikiin seeraa bilisaa Kibxata jalqabaa ji'a hundaa sa'aatii 4:00 hanga 7:00 galgalaa ni jira. "
              "Beellama qabachuuf bilbilaa."),
    ]),
    "kenyon-tsion-ethiopian-association/newsletter.pdf": ("TSION NEWS WINTER 2025", [
        ("title", "TSION NEWS - WINTER 2025"),
        ("p", "TSION ETHIOPIAN COMMUNITY ASSOCIATION - 118 2ND ST, KENYON, MN 55946 - (507) 555-0173"),
        ("h", "A WORD FROM THE CHAIR"),
        ("p", "THANK YOU TO THE 45 VOLUNTEERS WHO BUILT AND WATCHED THE MESKEL BONFIRE ON SEPTEMBER 27, AND TO THE "
              "KENYON FIRE DEPARTMENT FOR STANDING BY. IT WAS OUR BIGGEST MESKEL YET."),
        ("h", "SEWING CIRCLE NEEDS MACHINES"),
        ("p", "OUR WOMEN'S SEWING CIRCLE MAKES TRADITIONAL HABESHA DRESSES AND SCARVES TO SELL AT THE ANNUAL DINNER. "
              "TWELVE WOMEN SHARE TWO OLD MACHINES. WE NEED THREE WORKING SEWING MACHINES - HOME MACHINES ARE FINE. "
              "CALL MEKDES AT (507) 555-0174."),
        ("h", "ANNUAL GENERAL MEETING"),
        ("p", "SUNDAY JANUARY 25, 2026, 2 PM. ELECTION OF THE NEW BOARD. EVERY MEMBER FAMILY HAS ONE VOTE."),
        ("h", "MEMBERSHIP DUES"),
        ("p", "DUES ARE $60 PER FAMILY PER YEAR. PLEASE PAY BEFORE THE AGM SO YOU CAN VOTE."),
    ]),
    "aitkin-county-neighbor-exchange/files/wood-bank-flyer.pdf": ("Aitkin County Wood Bank Winter 2025-26", [
        ("title", "AITKIN COUNTY WOOD BANK"),
        ("title", "Winter 2025-26"),
        ("p", "A project of the Aitkin County Neighbor Exchange. About 70 households in the county still heat with wood, "
              "and many of them are elders who can no longer cut and split their own."),
        ("gap", ""),
        ("h", "Donate firewood"),
        ("p", "We need split, seasoned firewood - a full cord or a single face cord. Drop it at the wood yard on "
              "Highway 169 south of Aitkin, or call and we will pick up loads of a cord or more."),
        ("h", "Join the splitting crew"),
        ("p", "Saturdays 9 am to noon at the wood yard, December through March. We have two log splitters; you bring "
              "gloves, boots and safety glasses. No experience needed, we will show you."),
        ("h", "Need wood?"),
        ("p", "To request wood, call or text (218) 555-0109. Priority goes to households 60 and over or with a "
              "disability. We deliver a face cord at a time."),
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
