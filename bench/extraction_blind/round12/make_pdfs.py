#!/usr/bin/env python3
"""Generate the small PDFs used by the round-12 blind extraction set (stdlib only).

Each PDF is a minimal PDF 1.4 file: Catalog, Pages, two standard Type1 fonts
(Helvetica, Helvetica-Bold, WinAnsiEncoding), a /Lang entry in the Catalog
(the document language, checked by validate.py), one or more pages whose content
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


def build_pdf(blocks, title, lang):
    pages = layout(blocks)
    objs = {}  # num -> bytes (body between "N 0 obj" and "endobj")
    n_pages = len(pages)
    # 1 catalog, 2 pages, 3 F1, 4 F2, 5 info, then page/content pairs
    page_nums = [6 + 2 * i for i in range(n_pages)]
    objs[1] = ("<< /Type /Catalog /Pages 2 0 R /Lang (%s) >>" % lang).encode("ascii")
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
    "frogtown-hmong-elders/newsletter.pdf": ("Xov Xwm Caij Nplooj Ntoos Hlav 2025", "hmn", [
        ("title", "PAWG NEEG LAUS HMOOB FROGTOWN"),
        ("title", "XOV XWM - CAIJ NPLOOJ NTOOS HLAV 2025"),
        ("p", "689 University Ave W, St. Paul, MN 55104 - 651-555-0139"),
        ("h", "Nyob zoo txhua tus"),
        ("p", "Ua tsaug rau txhua tus niam txiv, kwv tij thiab cov hluas uas tau tuaj pab peb lub caij ntuj no. "
              "Txawm tias daus ntau heev los cov laus tseem tuaj noj su txhua hnub."),
        ("h", "Xov xwm los ntawm lub chaw"),
        ("p", "Lub caij ntuj no, peb muaj li 46 tus laus tuaj noj su txhua hnub. Niam Ntxawg Yaj tau so haujlwm lawm "
              "tom qab 12 xyoo ua zaub mov rau peb - ua tsaug ntau, Niam Ntxawg! Lub tsev da dej tshiab twb kho tiav "
              "lawm. Tsis tas li ntawd, peb tab tom nrhiav ib tug hluas uas hais tau lus Hmoob thiab paub siv xov tooj "
              "smartphone los qhia cov laus siv video call nrog lawv cov xeeb ntxwv, hnub Wednesday tav su. Yog koj "
              "xav pab, hu rau Nkauj Yeng ntawm 651-555-0139."),
        ("h", "Kev ua koob tsheej Hnub Niam"),
        ("p", "Hnub Friday, lub 5 hli tim 9, peb yuav ua koob tsheej Hnub Niam rau txhua tus niam laus. Muaj zaub mov, "
              "paj thiab suab paj nruag. Txhua tus tuaj tau."),
        ("h", "Khaub ncaws"),
        ("p", "Peb tau txais khaub ncaws txaus lawm. Thov tsis txhob coj khaub ncaws tuaj ntxiv lawm, peb tsis muaj "
              "chaw khaws. Ua tsaug!"),
    ]),
    "faribault-somali-families/warside.pdf": ("Warsidaha Xarunta - Gu'ga 2025", "so", [
        ("title", "XARUNTA QOYSASKA SOOMAALIYEED EE FARIBAULT"),
        ("title", "WARSIDAHA - GU'GA 2025"),
        ("p", "212 Central Ave N, Faribault, MN 55021 - (507) 555-0190"),
        ("h", "Salaan"),
        ("p", "Asalaamu calaykum. Waxaan u mahadcelinaynaa dhammaan qoysaska, mutadawiciinta iyo deeq-bixiyeyaasha "
              "na garab taagnaa xilligii jiilaalka. Bishii Febraayo kaliya waxaan caawinnay 212 qoys."),
        ("h", "Xafiiska cusub"),
        ("p", "Bisha Abriil waxaan u guurnay xafiis ka weyn oo ku yaal 212 Central Ave N. Hadda waxaan haynaa qol "
              "fasal ah iyo qol carruurta. Darbiyada xafiiska cusub weli lama rinjiyeyn, sidaas darteed waxaan "
              "raadinaynaa 6 qof oo naga caawiya rinjiyeynta darbiyada Sabtida, 17-ka Maajo, 9:00 subaxnimo ilaa "
              "3:00 galabnimo. Rinjiga iyo qadada annaga ayaa keenayna. Wac Xaawo haddii aad iman karto."),
        ("h", "Xafladda Ciidda"),
        ("p", "Xafladda Ciid al-Adxa ee carruurta waxay ka dhici doontaa beerta Alexander Park. Waxaa jiri doona "
              "cunto, ciyaaro iyo hadiyado. Qoys kasta waa lagu soo dhaweynayaa."),
        ("h", "Fasallada Af-Ingiriiska"),
        ("p", "Fasallada Af-Ingiriiska ee haweenka waxay dib u bilaabmayaan 3-da Juun. Is-diiwaangelinta waa xafiiska."),
    ]),
    "grace-umc-moorhead/newsletter.pdf": ("Grace Notes Fall 2025", "en-US", [
        ("title", "GRACE NOTES"),
        ("p", "The newsletter of Grace United Methodist Church, Moorhead - Fall 2025"),
        ("h", "Pastor's Corner"),
        ("p", "Friends, the leaves are turning along the Red River and our Sunday school rooms are full again. "
              "Thank you for a summer of Vacation Bible School, mission trips and more hotdish than any church "
              "deserves. - Pastor Jill"),
        ("h", "Trustees Report"),
        ("p", "The boiler passed its fall inspection, and the roof over the education wing was patched in August. "
              "The church van is in good shape after four new tires, but it has been sitting idle on Sunday "
              "mornings. Since Gary moved to Fargo we have had no one to drive the 8:30 am pickup route for "
              "residents of Eventide and Sunrise Village who want to come to worship. If you are 25 or older with "
              "a clean driving record, you could drive the van one or two Sundays a month (a regular license is "
              "fine). Talk to Tom B. or call the office."),
        ("h", "School Kits"),
        ("p", "Our school-kit collection is complete: we shipped 140 kits to UMCOR in August. No more kits are "
              "needed this year - thank you!"),
        ("h", "Fall Harvest Dinner"),
        ("p", "Sunday, October 12, 11:30 to 1:30 in Fellowship Hall. Tickets at the welcome desk."),
        ("h", "Confirmation"),
        ("p", "Eleven 8th graders begin confirmation class on September 14. Please keep them in your prayers."),
    ]),
    "northwoods-free-store/flyer.pdf": ("Kids Coat Drive 2025", "en", [
        ("title", "NORTHWOODS FREE STORE"),
        ("title", "KIDS COAT DRIVE 2025"),
        ("p", "LAST WINTER WE RAN OUT OF KIDS COATS BY THANKSGIVING. THIS YEAR WE ARE COLLECTING 250 KIDS WINTER "
              "COATS, SIZES 4T TO 14, BY OCTOBER 31. NEW OR GENTLY USED, CLEAN, WITH WORKING ZIPPERS. DROP THEM "
              "OFF AT THE FREE STORE DURING STORE HOURS OR IN THE BLUE BINS AT PAUL BUNYAN MALL."),
        ("gap", ""),
        ("h", "COAT GIVEAWAY DAY"),
        ("p", "SATURDAY, NOVEMBER 8, 9 AM TO 2 PM AT THE FREE STORE. KIDS MUST COME ALONG TO TRY COATS ON."),
        ("gap", ""),
        ("h", "HATS AND MITTENS"),
        ("p", "WE HAVE PLENTY OF HATS AND MITTENS THIS YEAR. THANK YOU, KNITTERS! PLEASE HOLD ON TO THEM UNTIL "
              "NEXT FALL."),
        ("gap", ""),
        ("p", "NORTHWOODS FREE STORE - 1410 ANNE ST NW, BEMIDJI MN 56601 - (218) 555-0192"),
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
