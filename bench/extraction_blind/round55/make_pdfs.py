#!/usr/bin/env python3
"""Write the same-site PDFs of round 55 (stdlib only).

Each PDF is a small PDF 1.4 file written by hand: a Catalog, a Pages tree, two standard Type1 fonts
(Helvetica and Helvetica-Bold, WinAnsiEncoding), one content stream per page made only of
`BT /F.. size Tf x y Td (text) Tj ET` lines, an Info dictionary and a cross-reference table whose
offsets are taken from the bytes actually written. WinAnsi (cp1252) covers English, Spanish, Somali,
Hmong (RPA) and Oromo; it cannot encode Vietnamese, Amharic, Arabic or Karen script, so the PDFs of
those sites are in English.

The documents are the PDFS dicts of src/sNN_*.py:  {relative path: (title, [(style, text), ...])}
with style one of title / h / p / gap.     Run:  python3 make_pdfs.py
"""
import os
import sys
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))
from sitelist import MODULES  # noqa: E402

WIDTH, HEIGHT = 612, 792          # US Letter
LEFT, TOP, BOTTOM = 56, 736, 64
STYLES = {  # font, size, leading, wrap width (chars)
    "title": ("F2", 17, 23, 54),
    "h": ("F2", 12.5, 18, 78),
    "p": ("F1", 10.5, 14.5, 96),
}


def esc(text):
    out = []
    for ch in text:
        if ch in "\\()":
            out.append("\\" + ch)
            continue
        b = ch.encode("cp1252")           # fails loudly on anything WinAnsi cannot show
        out.append(ch if 32 <= b[0] < 127 else "\\%03o" % b[0])
    return "".join(out)


def paginate(blocks):
    pages, cur, y = [], [], TOP
    for style, text in blocks:
        if style == "gap":
            y -= 9
            continue
        font, size, lead, width = STYLES[style]
        if style == "h":
            y -= 7
        for line in textwrap.wrap(text, width=width, break_on_hyphens=False) or [""]:
            if y < BOTTOM:
                pages.append(cur)
                cur, y = [], TOP
            cur.append((font, size, y, line))
            y -= lead
    if cur:
        pages.append(cur)
    return pages


def stream(lines):
    ops = ["BT /%s %g Tf %d %g Td (%s) Tj ET" % (f, s, LEFT, y, esc(t)) for f, s, y, t in lines]
    return ("\n".join(ops) + "\n").encode("latin-1")


def pdf_bytes(title, blocks):
    pages = paginate(blocks)
    objs = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        4: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        5: ("<< /Title (%s) /Producer (round55 make_pdfs.py) >>" % esc(title)).encode("latin-1"),
    }
    kids = []
    for i, lines in enumerate(pages):
        pnum, cnum = 6 + 2 * i, 7 + 2 * i
        kids.append(pnum)
        data = stream(lines)
        objs[pnum] = ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Resources << /Font << /F1 3 0 R "
                      "/F2 4 0 R >> >> /Contents %d 0 R >>" % (WIDTH, HEIGHT, cnum)).encode()
        objs[cnum] = b"<< /Length %d >>\nstream\n" % len(data) + data + b"endstream"
    objs[2] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % k for k in kids),
                                                          len(kids))).encode()
    size = max(objs) + 1
    buf = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    where = {}
    for n in range(1, size):
        where[n] = len(buf)
        buf += b"%d 0 obj\n" % n + objs[n] + b"\nendobj\n"
    xref = len(buf)
    buf += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for n in range(1, size):
        buf += b"%010d 00000 n \n" % where[n]
    buf += b"trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, xref)
    return bytes(buf)


def main():
    for m in MODULES:
        for rel, (title, blocks) in getattr(m, "PDFS", {}).items():
            path = os.path.join(HERE, "sites", m.SLUG, rel)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            data = pdf_bytes(title, blocks)
            with open(path, "wb") as f:
                f.write(data)
            print("wrote %s/%s (%d bytes)" % (m.SLUG, rel, len(data)))


if __name__ == "__main__":
    main()
