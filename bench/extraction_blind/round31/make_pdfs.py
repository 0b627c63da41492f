#!/usr/bin/env python3
"""Generate the PDFs of blind extraction round 31 (stdlib only; adapted from round 1).

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
    "princeton-hope-food-shelf/flyer-voluntarios.pdf": ("Se necesitan conductores voluntarios", [
        ("title", "DESPENSA PRINCETON HOPE"),
        ("title", "SE NECESITAN CONDUCTORES VOLUNTARIOS"),
        ("p", "Muchas personas mayores de nuestra comunidad ya no pueden manejar hasta la despensa. Buscamos "
              "conductores voluntarios con carro propio para llevar cajas de comida a domicilio los miércoles "
              "por la mañana (de 2 a 3 horas). Le damos un mapa de la ruta y las cajas ya empacadas."),
        ("p", "Para apuntarse: llame a Marlys al 763-555-0160 o escriba a volunteer@princetonhopefoodshelf.org."),
        ("gap", ""),
        ("h", "Horario de la despensa"),
        ("p", "Martes de 1 a 6 pm, jueves de 9 am a 1 pm y sábados de 9 a 11 am."),
        ("h", "Programa de mochilas para niños"),
        ("p", "Para inscribir a sus hijos en el programa de mochilas de fin de semana, hable con la trabajadora "
              "social de la escuela. Las mochilas se reparten los viernes."),
        ("gap", ""),
        ("p", "Princeton Hope Food Shelf - 611 1st Street, Princeton, MN 55371"),
    ]),
    "hayfield-horumar-somali-center/warsidaha-gu-2025.pdf": ("Warsidaha Gu'ga 2025", [
        ("title", "XARUNTA HORUMAR - WARSIDAHA GU'GA 2025"),
        ("p", "118 Main St N, Hayfield, MN 55940 - (507) 555-0114"),
        ("h", "Ramadaan: mahadsanidiin!"),
        ("p", "Bishii Ramadaan waxaan afurinnay in ka badan 400 qof oo ka mid ah bulshadeena. Waxaan u "
              "mahadcelinaynaa dhammaan qoysaskii cuntada keenay iyo dhallinyaradii miisaska dhigay."),
        ("h", "Waxaan raadinaynaa: qof dayactira kombiyuutarrada"),
        ("p", "Waxaa nala siiyay lix laptop oo duug ah, laakiin saddex ka mid ah ma shaqeeyaan. Waxaan u "
              "baahannahay qof mutadawac ah oo yaqaan dayactirka kombiyuutarrada (computer repair), si ardaydu "
              "ugu isticmaalaan casharrada guriga. Fadlan wac Hodan (507) 555-0114."),
        ("h", "Shirka waalidiinta"),
        ("p", "Khamiis, 15 May, 6:00 galabnimo, xarunta. Dhammaan waalidiinta waa lagu casuumay. Cunto fudud "
              "ayaa la heli doonaa."),
    ]),
    "ham-lake-koom-haum-hmoob/xov-xwm-lub-caij-ntuj-no-2025.pdf": ("Xov Xwm Lub Caij Ntuj No 2025", [
        ("title", "KOOM HAUM HMOOB HAM LAKE"),
        ("title", "XOV XWM LUB CAIJ NTUJ NO 2025"),
        ("h", "Nyob zoo txhua tus"),
        ("p", "Xyoo no peb lub vaj tau qoob loo zoo heev: peb cov laus tau cog zaub ntsuab, dib thiab "
              "taub dag, thiab peb tau muag zaub ntau tshaj 900 phaus. Ua tsaug rau txhua tus uas tuaj pab."),
        ("h", "Peb xav tau xib fwb qhia paj ntaub"),
        ("p", "Cov ntxhais hluas xav kawm xaws paj ntaub. Peb xav tau ib tug niam tais los yog ib tug neeg "
              "txawj xaws paj ntaub los qhia lawv hnub Sunday tav su, 2 teev. Hu rau Maiv Lis: 763-555-0127."),
        ("h", "Pam vov rau cov laus"),
        ("p", "Lub caij ntuj no no txias heev. Peb tseem xav tau pam vov tshiab los yog huv si rau cov laus "
              "uas nyob ib leeg. Nqa tuaj rau ntawm peb lub chaw ua hauj lwm, hnub Monday txog Friday."),
        ("h", "Kev sib tham txhua xyoo"),
        ("p", "Hnub Saturday, Kaum Ob Hlis 13, 1:00 teev tav su. Thov txhua tus tswv cuab tuaj koom."),
    ]),
    "belle-plaine-galma-oromo/gabaasa-birraa-2025.pdf": ("Gabaasa Birraa 2025", [
        ("title", "GALMA OROMOO BELLE PLAINE"),
        ("title", "GABAASA BIRRAA 2025"),
        ("h", "Irreecha 2025"),
        ("p", "Irreecha bara kanaa namoonni 450 ol paarkii magaalaa irratti walitti dhufan. Galatoomaa "
              "warra nyaata qopheessee fi dargaggoota iddoo qulqulleessaniif!"),
        ("h", "Kompiitaraa dargaggootaaf"),
        ("p", "Dargaggoonni keenya hojii manaa (homework) hojjechuuf kompiitara hin qaban. Laptop moofaa garuu "
              "hojjetu yoo qabaattan, nuuf kennaa. Sagantaa haaraa nuti itti feesisna."),
        ("h", "Walgahii waliigalaa"),
        ("p", "Sanbata, Muddee 13, sa'aatii 2:00 PM. Miseensonni hundi akka dhufan kabajaan isin affeerra."),
        ("h", "Hojii kaffaltii qabu: Qindeessaa sagantaa"),
        ("p", "Sa'aatii 20 torbanitti, $20 sa'aatii tokkotti. Afaan Oromoo fi Ingiliffaa dubbachuu qaba. "
              "Iyyannoo keessan hanga Muddee 1tti ergaa."),
    ]),
    "hermantown-neighbor-to-neighbor/warm-homes-flyer.pdf": ("Warm Homes 2025", [
        ("title", "HERMANTOWN NEIGHBOR TO NEIGHBOR"),
        ("title", "WARM HOMES 2025"),
        ("p", "Every winter some of our neighbors choose between heat and groceries. Warm Homes helps seniors "
              "and families seal up their houses before the real cold arrives."),
        ("h", "What we need"),
        ("p", "New space heaters with tip-over shutoff, rolls of weatherstripping, door sweeps, and plastic "
              "window insulation kits. Drop them in the bin in the Hermantown library lobby through November 30."),
        ("h", "Install crews"),
        ("p", "Saturdays in November: teams of two visit a senior's home and put up window plastic and door "
              "sweeps. About two hours per house. We train you the first time. Sign up at 218-555-0109."),
        ("h", "Kickoff"),
        ("p", "Sunday, November 2, 2:00 pm at the Hermantown library: free coffee and a demo of how to put up "
              "window plastic. Everyone welcome."),
    ]),
    "friends-of-grand-marais-library/bookmark-fall-2025.pdf": ("The Bookmark Fall 2025", [
        ("title", "THE BOOKMARK - FALL 2025"),
        ("p", "FRIENDS OF THE GRAND MARAIS PUBLIC LIBRARY - P.O. BOX 412, GRAND MARAIS, MN 55604"),
        ("h", "LOOKING BACK AT THE SUMMER SALE"),
        ("p", "THREE DAYS, 11,000 BOOKS AND ONE THUNDERSTORM: THE SUMMER SALE RAISED $8,412 FOR THE LIBRARY. "
              "THANK YOU TO EVERY SORTER, CASHIER AND BAKER."),
        ("h", "MEET OUR NEW LIBRARY DIRECTOR"),
        ("p", "KAREN LUNDQUIST COMES TO US FROM THE SILVER BAY PUBLIC LIBRARY, WHERE SHE RAN THE CHILDREN'S "
              "ROOM FOR 15 YEARS. STOP BY AND SAY HELLO."),
        ("h", "WANTED: A CARPENTER"),
        ("p", "THE LITTLE FREE LIBRARY BOX AT HARBOR PARK BLEW OVER IN THE SEPTEMBER STORM. WE NEED A "
              "VOLUNTEER CARPENTER TO BUILD A NEW, STURDIER BOX ON A CEDAR POST BEFORE THE GROUND FREEZES. "
              "WE WILL BUY THE MATERIALS. CALL BEV AT (218) 555-0116."),
        ("h", "AUTHOR TALK"),
        ("p", "THURSDAY, NOVEMBER 13, 7 PM IN THE COMMUNITY ROOM: A NORTH SHORE MYSTERY WRITER READS FROM "
              "HER NEW BOOK. COFFEE AND BARS. ALL WELCOME!"),
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
