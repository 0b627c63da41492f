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
    "seward-eastside-food-cupboard/flyer.pdf": ("Holiday Food Boxes 2025", [
        ("title", "SEWARD EASTSIDE FOOD CUPBOARD"),
        ("title", "HOLIDAY FOOD BOXES 2025"),
        ("p", "Every December we send 600 families home with a holiday box: a turkey or halal chicken, "
              "potatoes, vegetables, stuffing, masa and a pie."),
        ("gap", ""),
        ("h", "HOLIDAY BOX PACKERS NEEDED"),
        ("p", "Saturday December 13 and Sunday December 14, 9:00 am to noon, in the Bethany Church gym. "
              "We need about 40 packers each day to fill and label the holiday boxes. Ages 10 and up with an adult. "
              "Sign up: shifts@sewardcupboard.org or 612-555-0119."),
        ("gap", ""),
        ("p", "Seward Eastside Food Cupboard - 2221 Riverside Ave S, Minneapolis, MN 55454"),
    ]),
    "oromo-community-central-mn/newsletter.pdf": ("Community Bulletin Fall 2025", [
        ("title", "OROMO COMMUNITY OF CENTRAL MINNESOTA"),
        ("title", "COMMUNITY BULLETIN - FALL 2025"),
        ("h", "A new home for our community"),
        ("p", "Galatoomaa! After three years of saving, we signed a lease on a community hall at 1010 Division St. "
              "The hall is empty right now, so we are asking families and churches for folding tables and chairs, "
              "about 12 tables and 80 chairs, so we can hold weddings, meetings and classes there by January. "
              "Call Chaltu at 320-555-0131 to arrange pickup."),
        ("h", "Ramadan food drive"),
        ("p", "Thank you! The food drive bins are full and the drive is closed for this year."),
        ("h", "Youth graduation celebration"),
        ("p", "We will honor our 2025 high school and college graduates on Saturday, June 21, 4 pm. Families welcome."),
    ]),
    "lake-superior-neighborhood-clinic/dental-day.pdf": ("Dental Day 2026", [
        ("title", "LAKE SUPERIOR NEIGHBORHOOD CLINIC - DENTAL DAY"),
        ("p", "Saturday, April 25, 2026 - 8:00 am to 3:00 pm - 215 E 4th St, Duluth"),
        ("h", "For patients"),
        ("p", "Free cleanings and extractions for uninsured adults. Call 218-555-0158 to get on the list."),
        ("gap", ""),
        ("h", "VOLUNTEER DENTISTS AND DENTAL HYGIENISTS NEEDED"),
        ("p", "We have chairs, instruments and two dental assistants, but we need four licensed dentists and "
              "six dental hygienists for the day. Half-day shifts are fine. Contact Karin Berg, 218-555-0158."),
    ]),
    "friends-of-worthington-library/booksale.pdf": ("Fall Book Sale", [
        ("title", "FRIENDS OF THE WORTHINGTON PUBLIC LIBRARY"),
        ("title", "FALL BOOK SALE"),
        ("p", "Friday to Sunday, November 14-16, in the library meeting room. Sunday is fill-a-bag day: "
              "fill a bag for $5."),
        ("gap", ""),
        ("h", "BOOK SALE SORTERS NEEDED"),
        ("p", "We have 90 boxes of donated books in the basement. We need sorters to sort and price them "
              "on weekday mornings, November 3 to 12. Any two-hour block helps. Call Joan at 507-555-0110."),
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
