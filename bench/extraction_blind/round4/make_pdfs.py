#!/usr/bin/env python3
"""Generate the same-site PDFs for round4 (stdlib only, PDF 1.4, Helvetica, exact xref offsets).

Text is ASCII/Latin-1 only; each line is drawn with a Tj operator so the text is
extractable by simple tools (and by validate.py)."""
import os

HERE = os.path.dirname(os.path.abspath(__file__))

PDFS = {
    "sites/karen-community-worthington/files/harvest-drive-2024.pdf": [
        ("H", "Karen Community Center of Worthington"),
        ("H", "Fall Harvest Drive 2024"),
        ("", "Every November we prepare food boxes for Karen families who are new to Nobles County."),
        ("", "This year we need donations of:"),
        ("", "  - rice (25 lb bags, jasmine or long grain)"),
        ("", "  - cooking oil (1 gallon jugs)"),
        ("", "  - fish paste and fish sauce"),
        ("", "  - dried chili and salt"),
        ("", "Bring items to the center, 1015 Oxford St, by November 15."),
        ("H", "Also needed: Karen-English interpreters"),
        ("", "For the free Health Fair on October 12 at Prairie Elementary we need 4 interpreters"),
        ("", "who speak S'gaw Karen and English to help families talk with nurses and dentists."),
        ("", "Call Naw Paw at 507-555-0142."),
    ],
    "sites/debre-genet-stpaul/docs/bulletin-tir-2024.pdf": [
        ("H", "Debre Genet Medhane Alem - Parish Bulletin, Tir 2016 E.C. (January 2024)"),
        ("", "Timket: the procession to Como Lake is on January 20. Please wear white."),
        ("", "Fasting: Tsome Nebiyat ended January 6. Thank you to all who prepared food."),
        ("H", "Parish council request: volunteer bookkeeper"),
        ("", "The parish council is looking for a volunteer bookkeeper with accounting experience"),
        ("", "(QuickBooks preferred) to record weekly offerings and prepare the annual report."),
        ("", "About 4 hours per week. Please speak with Ato Berhanu after Kidase."),
        ("", "May God bless you all."),
    ],
    "sites/oromo-womens-association/files/spring-flyer.pdf": [
        ("H", "Oromo Women's Association of Minnesota - Spring 2024"),
        ("", "Jobs Ready Program: 20 women are finishing our job-readiness class in May."),
        ("H", "Donate interview clothing"),
        ("", "We are building a closet of professional clothing for job interviews: modest"),
        ("", "blazers, long skirts, blouses, flat shoes and plain headscarves (sizes S to XXL)."),
        ("H", "Volunteer resume coaches"),
        ("", "Volunteers with HR or hiring experience are needed as resume coaches to sit with"),
        ("", "each woman for one hour and help write a first American resume. Saturdays in April."),
        ("", "Contact: volunteer@owam.example  |  612-555-0177"),
    ],
    "sites/pine-county-food-shelf/docs/2024-volunteer-flyer.pdf": [
        ("H", "Pine County Community Food Shelf - 2024 Volunteer Flyer"),
        ("", "Thank you for your interest in helping your neighbors!"),
        ("H", "Weekend Backpack Program"),
        ("", "Backpack packers needed on Thursday afternoons, 1 to 3 pm, to fill weekend food"),
        ("", "backpacks for 90 kids at Pine City Elementary. Great for retirees and youth groups."),
        ("H", "Diaper Drive"),
        ("", "Diapers are not covered by SNAP. We need diapers in sizes 4, 5 and 6 and pull-ups."),
        ("", "Drop-off bins are at the food shelf and at First Lutheran Church."),
        ("", "Questions? Call (320) 555-0108."),
    ],
    "sites/northland-literacy-duluth/assets/tutor-handbook-insert.pdf": [
        ("H", "Tutor Handbook - Insert, Winter 2024"),
        ("", "Please note the new tutor sign-in procedure: sign in at the front desk each visit."),
        ("", "Parking: use the lot behind the building after 5 pm."),
        ("H", "Help wanted: volunteers for childcare"),
        ("", "Our Tuesday family literacy class (5:30 to 7:30 pm) needs two volunteers to provide"),
        ("", "childcare for toddlers in the playroom while their parents are in class."),
        ("", "Background check required. Tell the volunteer coordinator if you can help."),
    ],
}


def esc(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def build(lines):
    ops = ["BT"]
    y = 760
    for style, text in lines:
        font, size = ("/F2", 14) if style == "H" else ("/F1", 11)
        if style == "H":
            y -= 8
        ops.append(f"{font} {size} Tf 1 0 0 1 54 {y} Tm ({esc(text)}) Tj")
        y -= 20 if style == "H" else 15
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
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
        path = os.path.join(HERE, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(build(lines))
        print("wrote", rel)


if __name__ == "__main__":
    main()
