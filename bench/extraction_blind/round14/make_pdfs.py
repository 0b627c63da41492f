#!/usr/bin/env python3
"""Generate the 5 PDFs of blind extraction round 14 (stdlib only).

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
    "bemidji-harvest-pantry/flyer.pdf": ("Backpack Buddies summer flyer", [
        ("title", "BEMIDJI HARVEST PANTRY"),
        ("title", "BACKPACK BUDDIES - SUMMER 2025"),
        ("p", "Over the summer, about 240 kids in Bemidji go home on Friday afternoon without enough food for the "
              "weekend. Backpack Buddies sends each of them home with a bag of kid-friendly groceries: cereal, "
              "shelf-stable milk, mac and cheese, fruit cups and granola bars."),
        ("p", "Bags are picked up at the Boys & Girls Club, Lincoln Park and the Northern Township library. No "
              "paperwork for families - any child who asks gets a bag."),
        ("gap", ""),
        ("h", "HELP WANTED: FRIDAY BAG PACKERS"),
        ("p", "Every Friday, June 13 through August 22, 9:30 to 11:30 am, in the pantry basement. We pack 240 bags in "
              "two hours with a crew of eight, and this summer we only have five regulars. Teens 13 and up welcome "
              "with a parent. Sign up once or for the whole summer."),
        ("p", "To sign up, call Kari at (218) 555-0193 or email help@bemidjiharvest.org."),
        ("gap", ""),
        ("p", "Bemidji Harvest Pantry - 714 Minnesota Ave NW, Bemidji, MN 56601"),
    ]),
    "faribault-somali-youth-hub/codsi.pdf": ("Foomka Codsiga Mutadawaca", [
        ("title", "XARUNTA DHALLINYARADA SOOMAALIYEED EE FARIBAULT"),
        ("title", "FOOMKA CODSIGA MUTADAWACA"),
        ("p", "Magaca oo dhan: ______________________________   Telefoon: ____________________"),
        ("p", "Iimayl: ______________________________________________________________"),
        ("p", "Luqadaha aad ku hadasho: ______________________________________________"),
        ("p", "Goorma ayaad bannaan tahay? [ ] Galabta maalmaha dugsiga [ ] Sabtida [ ] Axadda"),
        ("gap", ""),
        ("h", "WAXAAN U BAAHANNAHAY: KALKAALIYE CAAFIMAAD"),
        ("p", "Tartanka kubadda cagta ee xagaaga (Luulyo 19-20) waxaan u baahannahay kalkaaliye caafimaad (nurse) "
              "ama qof haysta shahaado gargaarka degdegga ah, oo mutadawac ah, si uu u daryeelo ciyaartoyda "
              "dhaawacanta. Haddii aad tahay, calaamadee halkan: [  ]"),
        ("gap", ""),
        ("p", "Waxaan ogolahay in la sameeyo baaritaanka taariikhda dambiyada (background check)."),
        ("p", "Saxiixa: ______________________   Taariikhda: __________"),
        ("p", "402 Central Ave N, Faribault, MN 55021 - (507) 555-0182"),
    ]),
    "crow-wing-home-repair-ministry/newsletter.pdf": ("The Toolbox - Spring 2025", [
        ("title", "THE TOOLBOX - SPRING 2025"),
        ("p", "Crow Wing Home Repair Ministry - P.O. Box 552, Brainerd, MN 56401 - (218) 555-0159"),
        ("h", "FROM THE COORDINATOR"),
        ("p", "Another winter behind us, and the phone has not stopped ringing. We have 41 homeowner requests on the "
              "list for this summer, the most ever. Crews start the first week of June. Harold Peterson, who has "
              "handled all of our electrical work for nineteen years, is finally retiring to his fishing boat. "
              "That leaves us without anyone who can safely replace outlets, switches and old fuse panels in the "
              "homes we fix. If you are a licensed or retired electrician and could give us a few days this "
              "summer, please call Gary. Harold has promised to show you the ropes."),
        ("h", "PANCAKE BREAKFAST"),
        ("p", "Sunday, May 4, 8 AM to noon at Bethlehem Lutheran. Free will offering. Come hungry!"),
        ("h", "THANK YOU"),
        ("p", "Thank you to Brainerd Lumber for the 2024 discount and to the youth of First Congregational for "
              "painting four houses last August."),
    ]),
    "iron-range-tool-library/newsletter-spring.pdf": ("IRTL Spring Newsletter 2025", [
        ("title", "IRON RANGE TOOL LIBRARY - SPRING NEWSLETTER"),
        ("p", "2301 E 5th Ave, Hibbing, MN 55746 - (218) 555-0184"),
        ("h", "Annual meeting"),
        ("p", "The annual meeting is Thursday, April 24 at 6:30 pm in the Lincoln school cafeteria. Pizza at 6. "
              "All members can vote."),
        ("h", "Join the board"),
        ("p", "Two of our seven board seats open up this spring. We are seeking two new board members, ideally "
              "someone with a background in fundraising and someone with legal or insurance experience. The board "
              "meets once a month for about 90 minutes. Nominate yourself by emailing tools@irtl.example before "
              "the annual meeting."),
        ("h", "By the numbers"),
        ("p", "2024: 3,812 checkouts, 611 members, 54 volunteers, 9 tools never returned (we're looking at you, "
              "post-hole digger)."),
    ]),
    "owatonna-free-clinic/volunteer-application.pdf": ("OCFC Volunteer Application", [
        ("title", "OWATONNA COMMUNITY FREE CLINIC"),
        ("title", "VOLUNTEER APPLICATION"),
        ("p", "Name: ______________________________   Phone: ____________________"),
        ("p", "Email: _____________________________   License type and number (if any): __________"),
        ("p", "Languages spoken: _________________________________________________"),
        ("p", "Role(s) you are interested in: ______________________________________"),
        ("gap", ""),
        ("h", "NEW ROLE: PATIENT NAVIGATOR (SOMALI-SPEAKING)"),
        ("p", "Many of our Somali patients leave with a referral or a prescription and no idea what to do next. A "
              "patient navigator calls them the following week, helps them book the specialist or pick up the "
              "medicine, and explains the bill. You must speak Somali and English well. About 3 hours a week, "
              "partly from home. Check here if interested: [  ]"),
        ("gap", ""),
        ("h", "CONFIDENTIALITY"),
        ("p", "I agree to keep all patient information confidential (HIPAA). Signature: __________________ "
              "Date: __________"),
        ("p", "Return to: 140 E Rose St, Owatonna, MN 55060 - (507) 555-0199"),
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
