#!/usr/bin/env python3
"""Generate the small PDFs used by blind extraction set round 11 (stdlib only).

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
    "brainerd-lakes-food-shelf/flyer-2025.pdf": ("Fill the Boat 2025", [
        ("title", "FILL THE BOAT! 2025"),
        ("p", "Brainerd Lakes Area Food Shelf - Summer Food Drive - June 21 to July 6"),
        ("p", "Summer is the hungriest season for lakes-area kids: no school breakfast, no school lunch, and "
              "tourist-season rents. This year our friends at three marinas will park a pontoon boat at the "
              "public landings on Gull Lake, North Long Lake and Rice Lake. Help us fill it to the rails."),
        ("h", "WHAT TO PUT IN THE BOAT"),
        ("p", "Cereal, canned fruit in juice, macaroni and cheese, peanut butter, shelf-stable milk, and "
              "kid-friendly snacks like applesauce cups and crackers."),
        ("h", "VOLUNTEERS: STAFF THE COLLECTION TABLES"),
        ("p", "We need two volunteers at each landing every Saturday and Sunday, 10 am to 2 pm, to hand out "
              "flyers, load donations into the boat, and count pounds. Sunscreen and lemonade provided. "
              "Sign up with Jolene: 218-555-0117."),
        ("gap", ""),
        ("h", "KICKOFF PARTY"),
        ("p", "Saturday, June 21, 5 pm at Zorbaz on Gull Lake: live music by the Nisswa Ramblers and a "
              "free ice cream social. Everyone welcome!"),
        ("gap", ""),
        ("p", "Brainerd Lakes Area Food Shelf - 1120 Oak St, Brainerd, MN 56401"),
    ]),
    "burqaa-oromo-church/newsletter.pdf": ("Burqaa Bulletin Spring 2025", [
        ("title", "BURQAA BULLETIN - SPRING 2025"),
        ("p", "Burqaa Oromo Evangelical Church - 3450 Cedar Ave S, Minneapolis, MN 55407 - 612-555-0129"),
        ("h", "From the elders"),
        ("p", "Praise God for a season of growth: 23 new members joined us this winter, and the children's "
              "choir sang for the first time at the Ethiopian Evangelical Church convention in Saint Paul."),
        ("h", "Baptism Sunday - May 25"),
        ("p", "Baptism Sunday will be held at Lake Nokomis after the morning service, followed by a picnic. "
              "Family and friends of all who are being baptized are warmly invited."),
        ("h", "Fellowship hall kitchen"),
        ("p", "The kitchen sink in the fellowship hall has been leaking for months and the water heater is "
              "older than some of our youth. The trustees are looking for a licensed plumber in the "
              "congregation or community who could donate a Saturday to replace the sink drain and look at "
              "the water heater. We will pay for parts. Talk to Brother Tesfaye."),
        ("h", "Thank you"),
        ("p", "Thanks to all who gave to the East Hararghe drought appeal. We reached our goal of $18,000 "
              "in six weeks and the appeal is now closed. Galatoomaa!"),
    ]),
    "moorhead-new-neighbors-center/application.pdf": ("NNC Volunteer Application", [
        ("title", "NEW NEIGHBORS CENTER - VOLUNTEER APPLICATION"),
        ("p", "Return to 715 11th St N, Moorhead, MN 56560 or volunteer@newneighborsmoorhead.org"),
        ("p", "Name: ______________________________   Phone: ____________________"),
        ("p", "Address: ___________________________________________________________"),
        ("p", "Languages: __________________________________________________________"),
        ("p", "Team(s) you are interested in: _________________________________________"),
        ("gap", ""),
        ("h", "SPECIAL REQUEST: CERTIFIED VITA TAX PREPARERS"),
        ("p", "Many of our families file taxes for the first time this year. We are seeking certified VITA tax "
              "preparers for Monday evenings, February through April. IRS certification is free online; "
              "check here if you are already certified or willing to certify: [  ]"),
        ("gap", ""),
        ("h", "WINTER WELCOME KITS"),
        ("p", "Thank you! All 60 winter welcome kits have been assembled and delivered. We are not collecting "
              "hats, mittens or blankets for kits until next October."),
        ("gap", ""),
        ("h", "BACKGROUND CHECK"),
        ("p", "I consent to a criminal background check.  Signature: __________________  Date: _________"),
    ]),
    "friends-of-pine-city-library/newsletter.pdf": ("Friends Newsletter Summer 2025", [
        ("title", "FRIENDS OF THE PINE CITY LIBRARY"),
        ("title", "NEWSLETTER - SUMMER 2025"),
        ("h", "PRESIDENT'S NOTE"),
        ("p", "WHAT A YEAR! THANKS TO OUR SPRING BAKE SALE WE BOUGHT 140 NEW CHILDREN'S BOOKS AND A NEW "
              "LARGE-SCREEN MAGNIFIER FOR READERS WITH LOW VISION."),
        ("h", "LARGE PRINT BOOK DRIVE"),
        ("p", "WE MET OUR GOAL OF 300 LARGE PRINT BOOKS! THE DRIVE IS OVER - THANK YOU ALL."),
        ("h", "HELP US WITH OUR WEBSITE"),
        ("p", "AS YOU CAN PROBABLY TELL, OUR WEBSITE HAS NOT CHANGED MUCH SINCE 2009. WE ARE LOOKING FOR A "
              "VOLUNTEER WEB PERSON WHO KNOWS HOW TO BUILD A SIMPLE MODERN SITE AND CAN TEACH ONE OF US TO "
              "KEEP IT UP TO DATE. CALL MARLYS AT (320) 555-0109."),
        ("h", "MEMBERSHIP"),
        ("p", "DUES ARE DUE IN SEPTEMBER. $10 INDIVIDUAL / $20 FAMILY / $100 LIFETIME."),
    ]),
    "hmong-youth-arts-collective/hmn/daim-ntawv.pdf": ("Xov Xwm Caij Nplooj Ntoos Hlav", [
        ("title", "HMONG YOUTH ARTS COLLECTIVE"),
        ("title", "XOV XWM - CAIJ NPLOOJ NTOOS HLAV 2025"),
        ("h", "Kev sau npe rau lub caij ntuj sov"),
        ("p", "Cov menyuam hnub nyoog 10 txog 18 xyoo sau npe tau ntawm peb lub chaw ua haujlwm, 1095 Arcade St, "
              "txhua hnub Monday txog Friday, 3 teev txog 6 teev tsaus ntuj. Coj daim ntawv kawm ntawv tuaj."),
        ("h", "Peb tab tom nrhiav ib tus kws yees duab"),
        ("p", "Peb xav tau ib tus kws yees duab (photographer) pab dawb los thaij duab thiab yees video thaum peb "
              "ua yeeb yam hnub May 17. Yog koj muaj koob yees duab thiab paub thaij duab zoo, thov hu rau Kia "
              "ntawm 651-555-0107."),
        ("h", "Hnub Saturday, May 17"),
        ("p", "Kev ua yeeb yam loj ntawm Harding High School, 6 teev tsaus ntuj. Tuaj saib dawb!"),
        ("gap", ""),
        ("p", "Ua tsaug rau txhua tus niam txiv thiab cov phooj ywg uas pab peb."),
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
