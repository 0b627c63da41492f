#!/usr/bin/env python3
"""Generate the PDFs of blind extraction round 53 (stdlib only).

The writer is round 34's (itself copied from rounds 33 / 32 / 30 / 1), extended:

* options per document, given as a third tuple item in a module's PDFS dict:
  - "columns": 1 (default) or 2. Two-column documents put the title across the
    page and then fill the left column top to bottom, then the right column,
    then the next page; the content stream holds the lines in that reading order.
  - "compress": True writes the content streams with /Filter /FlateDecode (zlib).
  - "lang": written as /Lang in the document catalog (e.g. (es), (so), (hmn)).
* `break_long_words=False` so a long word (an e-mail address) is never split.

Each PDF stays a minimal PDF 1.4 file: Catalog, Pages, two standard Type1 fonts
(Helvetica, Helvetica-Bold, WinAnsiEncoding), one or more pages whose content
streams use only simple `(text) Tj` operators, an Info dictionary, and an xref
table whose offsets are computed from the exact bytes written. WinAnsi cannot
encode Ge'ez, Arabic, Myanmar or most Vietnamese letters, so the PDFs are in
English, Spanish, Somali, Hmong (RPA) and Afaan Oromoo only.

Run:  python3 make_pdfs.py      (writes into ./sites/<slug>/...)
"""
import os
import sys
import textwrap
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SITES = os.path.join(HERE, "sites")

PAGE_W, PAGE_H = 612, 792
MARGIN_X, TOP_Y, BOTTOM_Y = 60, 740, 60
COL2_X = (50, 322)


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


def wrap(text, width):
    return textwrap.wrap(text, width=width, break_on_hyphens=False,
                         break_long_words=False) or [""]


def layout(blocks):
    """One column. blocks: list of (style, text), style in {'title','h','p','gap'}.
    Returns a list of pages, each a list of (font, size, x, y, text)."""
    pages, cur, y = [], [], TOP_Y
    styles = {"title": ("F2", 16, 22, 60), "h": ("F2", 12, 18, 80),
              "p": ("F1", 10.5, 14, 95)}
    for style, text in blocks:
        if style == "gap":
            y -= 10
            continue
        font, size, lead, width = styles[style]
        if style == "h":
            y -= 6
        for ln in wrap(text, width):
            if y < BOTTOM_Y:
                pages.append(cur)
                cur, y = [], TOP_Y
            cur.append((font, size, MARGIN_X, y, ln))
            y -= lead
    if cur:
        pages.append(cur)
    return pages


def layout2(blocks):
    """Two columns. A leading 'title' block spans the page."""
    styles = {"h": ("F2", 11, 15, 40), "p": ("F1", 9.5, 12.5, 50)}
    pages, cur = [], []
    top = TOP_Y
    blocks = list(blocks)
    while blocks and blocks[0][0] == "title":
        for ln in wrap(blocks.pop(0)[1], 60):
            cur.append(("F2", 16, COL2_X[0], top, ln))
            top -= 22
    top -= 8
    col, y = 0, top
    for style, text in blocks:
        if style == "gap":
            y -= 8
            continue
        font, size, lead, width = styles[style]
        if style == "h":
            y -= 5
        for ln in wrap(text, width):
            if y < BOTTOM_Y:
                if col == 0:
                    col, y = 1, top
                else:
                    pages.append(cur)
                    cur, col, top = [], 0, TOP_Y
                    y = top
            cur.append((font, size, COL2_X[col], y, ln))
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


def build_pdf(blocks, title, opts=None):
    opts = opts or {}
    pages = layout2(blocks) if opts.get("columns", 1) == 2 else layout(blocks)
    objs = {}  # num -> bytes (body between "N 0 obj" and "endobj")
    n_pages = len(pages)
    # 1 catalog, 2 pages, 3 F1, 4 F2, 5 info, then page/content pairs
    page_nums = [6 + 2 * i for i in range(n_pages)]
    lang = (" /Lang (%s)" % opts["lang"]) if opts.get("lang") else ""
    objs[1] = ("<< /Type /Catalog /Pages 2 0 R%s >>" % lang).encode()
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
        filt = b""
        if opts.get("compress"):
            data = zlib.compress(data, 9)
            filt = b" /Filter /FlateDecode"
        objs[cn] = (b"<< /Length " + str(len(data)).encode() + filt + b" >>\nstream\n"
                    + data + b"\nendstream")
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


# The documents themselves live next to the site content in src/<site>.py
# (each module has a PDFS dict: relative path -> (title, blocks[, opts])).
sys.path.insert(0, os.path.join(HERE, "src"))
from sitelist import MODULES  # noqa: E402

DOCS = {}
for _m in MODULES:
    for _rel, _doc in getattr(_m, "PDFS", {}).items():
        DOCS[_m.SLUG + "/" + _rel] = _doc


def main():
    for rel, doc in DOCS.items():
        title, blocks = doc[0], doc[1]
        opts = doc[2] if len(doc) > 2 else {}
        path = os.path.join(SITES, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        data = build_pdf(blocks, title, opts)
        with open(path, "wb") as f:
            f.write(data)
        print("wrote %s (%d bytes)" % (rel, len(data)))


if __name__ == "__main__":
    main()
