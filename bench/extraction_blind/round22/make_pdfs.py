#!/usr/bin/env python3
"""Generate the small PDFs used by blind extraction set round 22 (stdlib only).

Adapted from round 1. Changes: the Catalog carries /Lang (the document language, which
validate.py compares with page_language), and lines are not broken at hyphens.

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


def build_pdf(blocks, title, lang="en"):
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


DOCS = {
    "iron-trail-welcome-center/newsletter.pdf": ("Iron Trail Welcome Center - Winter Newsletter 2026", "en", [
        ("title", "IRON TRAIL WELCOME CENTER"),
        ("title", "Winter Newsletter - December 2026"),
        ("p", "302 Chestnut St, Suite 3, Virginia, MN 55792 - (218) 555-0164"),
        ("h", "From the director"),
        ("p", "What a year. We welcomed 41 new neighbors to the Range, 19 of them children. Thank you to the youth group of "
              "Our Savior's who painted our classroom in October - it has never looked so bright."),
        ("h", "Tax season is coming"),
        ("p", "Last spring our free tax clinic filed 212 returns and brought $390,000 in refunds and credits back to Range "
              "families. Two of our longtime volunteers have moved away, so this year we are one tax preparer short. If you "
              "have done returns before, or are willing to take the free IRS VITA certification online in January, we would "
              "love to have you on Saturdays from February 6 to April 10."),
        ("h", "Karaoke night"),
        ("p", "Karaoke night is back! Friday, January 29, 6 pm at the Center. Songs in every language welcome."),
    ]),
    "little-falls-riverside-pantry/flyer.pdf": ("Riverside Community Food Shelf holiday flyer", "en", [
        ("title", "RIVERSIDE COMMUNITY FOOD SHELF"),
        ("title", "HOLIDAY 2026"),
        ("h", "HOLIDAY FOOD BOXES"),
        ("p", "HOUSEHOLDS WHO WANT A HOLIDAY BOX WITH A HAM OR TURKEY MUST REGISTER BY DECEMBER 15 AT THE FRONT DESK OR BY PHONE."),
        ("h", "PEANUT BUTTER AND JELLY DRIVE - DECEMBER 1 TO JANUARY 31"),
        ("p", "KIDS ARE HOME FROM SCHOOL OVER BREAK AND WE ARE SHORT ON PEANUT BUTTER AND JELLY. PLEASE BRING JARS (PLASTIC, "
              "NOT GLASS) TO ANY LITTLE FALLS CHURCH OR TO THE BIN AT COBORN'S. OUR GOAL IS 1,000 JARS."),
        ("p", "112 SE 1ST ST, LITTLE FALLS MN 56345 - (320) 555-0139"),
    ]),
    "st-peter-renters-union/bulletin.pdf": ("St. Peter Renters Union Bulletin", "en", [
        ("title", "St. Peter Renters Union - Member Bulletin, December 2026"),
        ("h", "Where we stand"),
        ("p", "Broadway Apartments tenants have now filed 23 repair requests in writing. The city hearing is set for January 21. "
              "One more thing: the library community room closes for renovation on January 1, and we need a meeting room for "
              "our Thursday evening meetings. If your church, union hall or business has a room for 40 people we could use for "
              "free or cheaply from January to May, please call Sam at (507) 555-0130."),
        ("h", "Anniversary potluck"),
        ("p", "Three years ago this month we held our first meeting in Rosa's kitchen. Join us for the anniversary potluck on "
              "December 17 at Lind House."),
    ]),
    "pipestone-new-roots-karen-center/newsletter.pdf": ("New Roots newsletter", "en", [
        ("title", "New Roots Karen Center - Winter Newsletter"),
        ("p", "Pipestone, Minnesota - December 2026"),
        ("h", "Thank you"),
        ("p", "Thank you to First Lutheran for the van rides to the Worthington clinic all last summer."),
        ("h", "Getting to work"),
        ("p", "Most of our young men now work the early shift at the plant, and many ride bicycles there, even in winter. Their "
              "bikes take a beating. We also need someone who can repair bicycles - a bike mechanic, or just a handy person with "
              "tools - one Saturday a month in our garage. We have a stand and some parts."),
        ("h", "Church picnic"),
        ("p", "The Karen Baptist church picnic will be held again in June at Hiawatha Lake."),
    ]),
    "elk-river-east-african-community-hub/om/beeksisa.pdf": ("Beeksisa Giddugalaa", "om", [
        ("title", "GIDDUGALA HAWAASA AFRIKAA BAHAA - BEEKSISA"),
        ("p", "Elk River, Minnesota - Muddee 2026"),
        ("h", "Ayyaana Irreechaa"),
        ("p", "Ayyaana Irreechaa bara kanaa Lake Orono Park irratti kabajne. Namoota 400 ol hirmaatan hundaa galatoomaa."),
        ("h", "Konkolaataa barbaadna"),
        ("p", "Giddugalli keenya maanguddoota fi daa'imman geejjibuuf konkolaataa namoota 12 fe'u tokko barbaada. Konkolaataa "
              "kennuu kan dandeessan yookaan beektan, bilbila (763) 555-0188 irratti nu quunnamaa."),
    ]),
    "medhane-alem-church-st-louis-park/bulletin.pdf": ("Medhane Alem parish bulletin", "en", [
        ("title", "Medhane Alem Ethiopian Orthodox Tewahedo Church"),
        ("title", "Parish Bulletin - December 2026"),
        ("h", "Thank you"),
        ("p", "Thank you to the youth who shoveled the steps and the parking lot after every snowfall in November."),
        ("h", "Kitchen news"),
        ("p", "Our kitchen prepares food for every feast day and for the monthly shelter meal. Last week the commercial "
              "dishwasher gave out for good, and the repair would cost more than the machine. If you own a restaurant, or know "
              "a supplier who can donate a commercial dishwasher, please speak to the parish council."),
        ("h", "Fasting season"),
        ("p", "The Tsome Nebiyat (Advent fast) continues until Genna on January 7."),
    ]),
    "monticello-teen-makerspace/so/warqad.pdf": ("Warqad The Forge", "so", [
        ("title", "THE FORGE - WARQAD WAALIDIINTA"),
        ("h", "Sida loo diiwaangeliyo"),
        ("p", "Dhalinyarada da'doodu u dhaxayso 13 ilaa 18 waxay isku diiwaangelin karaan xafiiska. Keen warqadda oggolaanshaha "
              "waalidka oo saxiixan."),
        ("h", "Baahi: turjubaan Soomaali iyo Ingiriisi"),
        ("p", "Waxaan raadineynaa turjubaan mutadawac ah oo ku hadla Soomaali iyo Ingiriisi si uu naga caawiyo shirarka "
              "waalidiinta bishii mar, Khamiista 6:00 ilaa 7:30 fiidnimo."),
        ("p", "The Forge - 505 Walnut St, Monticello, MN 55362"),
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
