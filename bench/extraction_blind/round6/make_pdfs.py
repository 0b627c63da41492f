#!/usr/bin/env python3
"""Generate the round-6 PDFs (stdlib only, PDF 1.4, Helvetica/WinAnsi, uncompressed, exact xref)."""
import os

HERE = os.path.dirname(os.path.abspath(__file__))

FLYERS = {
    # The Duluth site publishes its needs ONLY in this PDF; its HTML pages just link to it.
    "sites/duluth-hillside-mutual-aid/needs-march-2025.pdf": [
        (18, "HILLSIDE NEIGHBORS MUTUAL AID - DULUTH"),
        (14, "Needs Sheet - March 2025"),
        (10, "Solidarity, not charity. These are the asks neighbors sent us this month."),
        (10, "Text the hotline (218) 555-0133 with the number of the ask you can take on."),
        (10, ""),
        (12, "1. SNOW SHOVELING - ADOPT A SIDEWALK"),
        (10, "Three elders on 6th Ave E and one neighbor on crutches need their walks cleared"),
        (10, "after each snowfall. Could you adopt a sidewalk for the rest of the winter?"),
        (12, "2. PHARMACY RUNS"),
        (10, "Pick up prescriptions at the Central Entrance Walgreens for two homebound"),
        (10, "neighbors, Tuesday afternoons."),
        (12, "3. FRIDGE RESTOCK"),
        (10, "The community fridge at 4th St & Lake Ave runs empty by Thursday. We are in"),
        (10, "need of eggs, milk, bread and fresh fruit, any day of the week."),
        (12, "4. A FAMILY OF FIVE MOVING OUT OF THE SHELTER"),
        (10, "They still need 3 twin beds, a kitchen table with chairs, and pots and pans."),
        (10, "(They already have a couch and dishes - please don't send those.)"),
        (12, "5. BIKE MECHANIC"),
        (10, "Know bikes? We need someone who can true wheels and fix brakes at our free"),
        (10, "repair night, 2nd Wednesday of the month at the Hillside Sport Court."),
        (12, "6. PERIOD SUPPLY DRIVE"),
        (10, "Pads, tampons and period underwear for the Hillside Youth drop-in. Bins at Zeitgeist."),
        (12, "7. LAUNDROMAT BUDDY"),
        (10, "Help a neighbor who uses a walker carry laundry to the laundromat every other Saturday."),
        (10, ""),
        (11, "THANK YOU! Sleeping bags - we have enough for now. Please hold on to them."),
        (11, "FREE STORE hours: Saturdays 10am - 2pm, 402 E 4th St. Take what you need."),
        (11, "Neighbor potluck: Sunday, March 30, 5pm, Central Hillside Community Center."),
    ],
    # Faribault: a finished drive (trap only).
    "sites/faribault-food-shelf/holiday-2024.pdf": [
        (18, "FARIBAULT AREA COMMUNITY FOOD SHELF"),
        (16, "2024 HOLIDAY FOOD DRIVE"),
        (11, "November 1 - December 20, 2024"),
        (11, ""),
        (12, "FINAL TALLY: 12,400 lbs of food and $18,250 in gifts."),
        (11, "The drive is now closed. Thank you to Faribault schools, churches, the Lions,"),
        (11, "and every family who dropped off a bag. Holiday meal boxes went to 415 households."),
        (11, ""),
        (11, "Banco de Alimentos: Gracias a todos! La colecta de fin de año ha terminado."),
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
