#!/usr/bin/env python3
"""Generate the round-7 PDF (stdlib only, PDF 1.4, Helvetica/WinAnsi, uncompressed, exact xref)."""
import os

HERE = os.path.dirname(os.path.abspath(__file__))

FLYERS = {
    # Red Wing: a same-site wish list with 3 true needs and 2 traps.
    "sites/red-wing-food-shelf/wishlist-2025.pdf": [
        (18, "RED WING AREA FOOD SHELF"),
        (14, "Spring 2025 Wish List"),
        (10, "Drop off at 420 Levee St. during open hours, or leave items in the green bin at Hy-Vee."),
        (10, ""),
        (13, "PANTRY SHELVES ARE BARE - PLEASE BRING:"),
        (11, "  * Peanut butter (plastic jars)"),
        (11, "  * Canned tuna and canned chicken"),
        (11, "  * Low-sugar cereal and oatmeal"),
        (11, "  * Cooking oil and flour"),
        (10, ""),
        (13, "BAGS, BAGS, BAGS"),
        (11, "We go through 300 grocery bags a week. Clean paper or plastic grocery bags are always welcome."),
        (10, ""),
        (13, "ONE MORE THING"),
        (11, "Are you a spreadsheet whiz? Our donor list still lives on index cards. We would love a volunteer"),
        (11, "to move it into Excel over a few Tuesday mornings."),
        (10, ""),
        (11, "Canned green beans - WE HAVE PLENTY, please choose something else for now."),
        (11, "Thank you for the 2024 turkey drive: 640 turkeys for Thanksgiving!"),
    ],
}


def esc(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def build(lines):
    ops = ["BT"]
    y = 760
    for size, text in lines:
        if text:
            ops.append("/F1 %d Tf 1 0 0 1 50 %d Tm (%s) Tj" % (size, y, esc(text)))
        y -= size + 7
    ops.append("ET")
    content = ("\n".join(ops) + "\n").encode("cp1252")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"endstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n" % (len(objs) + 1)
    out += b"0000000000 65535 f \n"
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


if __name__ == "__main__":
    for rel, lines in FLYERS.items():
        path = os.path.join(HERE, rel)
        with open(path, "wb") as f:
            f.write(build(lines))
        print("wrote", rel)
