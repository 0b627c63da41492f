#!/usr/bin/env python3
"""Generate the small PDFs used by blind extraction round 26 (stdlib only).

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
    "wadena-county-food-pantry/newsletter.pdf": ("The Pantry Post Fall 2025", [
        ("title", "THE PANTRY POST - FALL 2025"),
        ("p", "Wadena County Food Pantry - 215 Ash Ave SE, Wadena, MN 56482 - (218) 555-0129"),
        ("h", "THANK YOU, FOOD DRIVE HELPERS"),
        ("p", "Our August food drive at the county fair brought in 3,100 pounds of food thanks to 42 volunteers "
              "and the 4-H clubs. What a week!"),
        ("h", "FREEZER TROUBLE"),
        ("p", "The compressor on our walk-in freezer is failing, and it holds all the meat and milk we hand out. "
              "We are seeking a refrigeration technician who could volunteer a service call (or give us a steep "
              "discount) to diagnose it before it quits for good. Please call Marlys at (218) 555-0129."),
        ("h", "COAT DRIVE"),
        ("p", "We have all the winter coats we can store this year - thank you! Please hold on to any more "
              "until next fall."),
        ("h", "FROM THE BOARD"),
        ("p", "The annual meeting will be held in January. Minutes are available at the pantry."),
    ]),
    "west-st-paul-daryeel-center/foom.pdf": ("Foomka Mutadawaca", [
        ("title", "XARUNTA DARYEEL - FOOMKA MUTADAWACA"),
        ("p", "Magaca: ______________________________   Telefoon: ____________________"),
        ("p", "Cinwaanka: ___________________________________________________________"),
        ("p", "Luqadaha aad ku hadasho: ______________________________________________"),
        ("p", "Maalmaha aad bannaan tahay: [ ] Isniin [ ] Talaado [ ] Arbaco [ ] Khamiis [ ] Sabti"),
        ("gap", ""),
        ("h", "BAAHI CUSUB: MACALLIN KOMBIYUUTAR"),
        ("p", "Waxaan u baahanahay macallin kombiyuutar oo mutadawac ah si uu hooyooyinka u baro isticmaalka "
              "emailka iyo buuxinta codsiyada shaqada ee internetka. Sabtida subaxdii, laba saacadood. "
              "Fadlan wac Xaliimo 651-555-0193."),
        ("gap", ""),
        ("p", "Saxiixa: ______________________   Taariikhda: __________"),
        ("p", "1550 Robert St S, West St. Paul, MN 55118"),
    ]),
    "mendota-heights-chua-van-hanh/newsletter.pdf": ("Van Hanh Temple Newsletter Autumn 2025", [
        ("title", "VAN HANH TEMPLE NEWSLETTER - AUTUMN 2025"),
        ("p", "1940 Dodd Rd, Mendota Heights, MN 55118 - 651-555-0162"),
        ("h", "Thank you for Vu Lan"),
        ("p", "More than 300 people attended the Vu Lan ceremony in August. Thank you to the kitchen team and "
              "the youth group for the beautiful lanterns."),
        ("h", "Roof repair"),
        ("p", "The roof above the meditation hall leaks whenever it rains hard. We are looking for a licensed "
              "roofer who can volunteer an inspection and help us patch the worst spots before the snow. "
              "The temple will pay for materials. Please call the temple office."),
        ("h", "Retreat"),
        ("p", "The winter retreat will be held December 27-29. Registration opens in November."),
    ]),
    "luverne-prairie-free-clinic/volunteer-application.pdf": ("Prairie Free Clinic Volunteer Application", [
        ("title", "PRAIRIE FREE CLINIC - VOLUNTEER APPLICATION"),
        ("p", "Return to: Prairie Free Clinic, 305 E Luverne St, Luverne, MN 56156"),
        ("p", "Name: ______________________________   Phone: ____________________"),
        ("p", "License type and number (if clinical): ____________________________"),
        ("p", "Languages: ______________________   Available Thursdays? [ ] yes [ ] no"),
        ("gap", ""),
        ("h", "CAN'T VOLUNTEER? OUR DIABETES PROGRAM NEEDS SUPPLIES"),
        ("p", "Our diabetes program has grown to 70 patients. We need donated automatic blood pressure cuffs "
              "(upper-arm) and unopened glucose test strips (OneTouch or Contour). Drop them off on Thursday "
              "evenings or mail them to the address above."),
        ("gap", ""),
        ("p", "Signature: ______________________   Date: __________"),
    ]),
    "morris-prairie-ucc-outreach/prairie-post-fall.pdf": ("Prairie Post Fall 2025", [
        ("title", "THE PRAIRIE POST - FALL 2025"),
        ("p", "Prairie United Church of Christ - 600 Park Ave, Morris, MN 56267"),
        ("h", "Vacation Bible School wrap-up"),
        ("p", "Thirty-eight kids came to Vacation Bible School in July and built a cardboard ark in the "
              "fellowship hall. Thank you to all the teachers and snack bakers!"),
        ("h", "Parsonage furnace"),
        ("p", "The parsonage furnace is 31 years old and short-cycling. Before we decide to replace it, the "
              "trustees would love a volunteer with HVAC experience to take a look and give an honest opinion. "
              "Please call Mark Hanson."),
        ("h", "Rides to worship"),
        ("p", "Several of our homebound members would love to come to church again but no longer drive. "
              "We need drivers willing to offer rides to worship on Sunday mornings, even once a month. "
              "Sign up with the office."),
        ("h", "Council notes"),
        ("p", "The council approved the 2026 budget draft. Copies are in the narthex."),
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
