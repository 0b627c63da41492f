#!/usr/bin/env python3
"""Generate the same-site PDF flyers for round3 (stdlib only).

PDF 1.4, one page each, Helvetica / Helvetica-Bold (standard 14 fonts, WinAnsiEncoding),
uncompressed content streams, exact xref byte offsets. Text is Latin/ASCII only.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))

PDFS = {
    "grace-liberian-church/files/rice-drive-flyer.pdf": [
        ("B", 22, "Grace Liberian Community Church"),
        ("B", 18, "Fall Food Table Drive"),
        ("R", 12, ""),
        ("R", 12, "Our Sunday food table feeds students, elders and new arrivals"),
        ("R", 12, "after every service. This fall we need donations of:"),
        ("R", 12, "  - 25 lb bags of rice (jasmine or parboiled)"),
        ("R", 12, "  - Cooking oil (palm oil or vegetable oil, 1 gallon jugs)"),
        ("R", 12, "Please drop off in the church kitchen by November 15."),
        ("R", 12, ""),
        ("R", 10, "7400 Zane Ave N, Brooklyn Park, MN 55443 - (763) 555-0142"),
    ],
    "bhutanese-nepali-mn/docs/garden-2025.pdf": [
        ("B", 20, "BNCM Community Garden - 2025 Information Sheet"),
        ("R", 12, ""),
        ("R", 12, "Season: May 1 - October 15. Water is available Tuesday and Friday."),
        ("R", 12, "Plot fees are due at the office by April 15."),
        ("R", 12, ""),
        ("B", 14, "Help wanted"),
        ("R", 12, "We are seeking donated garden tools: shovels, hoes, hand trowels"),
        ("R", 12, "and a working rototiller for breaking ground in spring."),
        ("R", 12, "We also need 4 volunteers to build raised beds for elders"),
        ("R", 12, "on Saturday, April 26 (lumber is provided)."),
        ("R", 12, ""),
        ("R", 10, "Questions: call the BNCM office."),
    ],
    "steele-county-food-shelf/docs/summer-lunch-flyer.pdf": [
        ("B", 22, "Summer Lunch 2025"),
        ("R", 12, "Steele County Community Food Shelf"),
        ("R", 12, ""),
        ("R", 12, "Kids who get free school meals can go hungry in summer."),
        ("R", 12, "Every Wednesday in June, July and August we pack 300 lunch bags."),
        ("R", 12, ""),
        ("B", 14, "Volunteers needed: lunch bag packers"),
        ("R", 12, "Wednesdays 8:00 - 10:30 AM at the food shelf warehouse."),
        ("R", 12, "Ages 12+ with an adult. Call Jen at 507-555-0190 to sign up."),
    ],
    "red-river-tool-library/handouts/fixers-wanted.pdf": [
        ("B", 22, "Fixers Wanted!"),
        ("R", 12, "Red River Tool Library - Repair Cafe"),
        ("R", 12, ""),
        ("R", 12, "Each month 40+ neighbors bring broken things to the Repair Cafe,"),
        ("R", 12, "and we never have enough fixers. We are looking for volunteers"),
        ("R", 12, "who can repair small appliance and lamp wiring, sew and patch"),
        ("R", 12, "clothing, or glue and clamp wobbly furniture."),
        ("R", 12, "Second Saturday of the month, 9:30 AM - 1:30 PM."),
        ("R", 12, ""),
        ("R", 10, "Email fixers@redrivertools.example"),
    ],
}


def esc(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def build(lines):
    ops = ["BT"]
    y = 740
    first = True
    for font, size, text in lines:
        fname = "/F2" if font == "B" else "/F1"
        ops.append(f"{fname} {size} Tf")
        if first:
            ops.append(f"72 {y} Td")
            first = False
        else:
            ops.append(f"0 -{size + 8} Td")
        ops.append(f"({esc(text)}) Tj")
    ops.append("ET")
    content = ("\n".join(ops) + "\n").encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"endstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n".encode()
    out += b"0000000000 65535 f \n"
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def main():
    for rel, lines in PDFS.items():
        path = os.path.join(HERE, "sites", rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(build(lines))
        print("wrote", os.path.relpath(path, HERE))


if __name__ == "__main__":
    main()
