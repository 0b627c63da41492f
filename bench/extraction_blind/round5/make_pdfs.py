#!/usr/bin/env python3
"""Generate the round-5 PDF flyers (stdlib only, PDF 1.4, Helvetica, uncompressed, exact xref)."""
import os

HERE = os.path.dirname(os.path.abspath(__file__))

FLYERS = {
    "sites/dakota-hmong-farmers/harvest-2025.pdf": [
        (18, "DAKOTA HMONG FARMERS CO-OP"),
        (14, "Harvest Season 2025"),
        (11, ""),
        (11, "Our members will bring in more than 200,000 pounds of produce this year."),
        (11, "Here is how you can help:"),
        (11, ""),
        (12, "GRANT WRITER WANTED"),
        (11, "We are looking for a volunteer grant writer to help us apply for a"),
        (11, "USDA Farmers Market Promotion grant this winter."),
        (11, ""),
        (12, "DONATE HARVEST CRATES"),
        (11, "We need sturdy plastic harvest crates (bulb crates or RPCs) for the packing shed."),
        (11, "Drop them at the Hastings office."),
        (11, ""),
        (12, "Harvest Festival - Saturday, September 13, noon to 5pm, Hastings farm site."),
        (11, "Free to attend. Music, food, and farm tours."),
    ],
    "sites/willmar-legal-aid/clinica-2025.pdf": [
        (18, "CENTRO LEGAL COMUNITARIO DE WILLMAR"),
        (14, "Volante 2025 - Necesitamos su ayuda"),
        (11, ""),
        (12, "DONACIONES"),
        (11, "Nuestra sala de espera esta llena. Pedimos donaciones de sillas plegables"),
        (11, "(20 sillas) en buen estado."),
        (11, ""),
        (12, "CONTADOR VOLUNTARIO"),
        (11, "Buscamos un contador voluntario para ayudar a familias con sus impuestos"),
        (11, "con ITIN, de febrero a abril. Debe hablar espanol."),
        (11, ""),
        (12, "Taller Conozca sus derechos - sabado 15 de marzo, 10:00, biblioteca de Willmar."),
        (11, "Entrada gratuita. Habra cuidado de ninos."),
    ],
    "sites/mankato-mutual-aid/winter-drive.pdf": [
        (18, "MANKATO MUTUAL AID"),
        (16, "WINTER COAT DRIVE"),
        (11, ""),
        (11, "October 1 - November 7: we are collecting winter coats, hats, mittens and"),
        (11, "snow pants in all sizes, especially adult XL and kids 4T-8."),
        (11, "Drop boxes at Good Counsel Chapel and the YWCA lobby."),
        (11, ""),
        (12, "Volunteers needed to sort coats"),
        (11, "Saturday, November 8, 9am - 1pm. Help us sorting coats by size before the giveaway."),
        (11, ""),
        (12, "Coat giveaway: November 15, 10am - 2pm, YWCA. Free for anyone who needs a coat."),
    ],
}


def esc(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def build(lines):
    ops = ["BT"]
    y = 750
    for size, text in lines:
        if text:
            ops.append("/F1 %d Tf 1 0 0 1 56 %d Tm (%s) Tj" % (size, y, esc(text)))
        y -= size + 8
    ops.append("ET")
    content = ("\n".join(ops) + "\n").encode("latin-1")
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
