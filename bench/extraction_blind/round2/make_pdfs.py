#!/usr/bin/env python3
"""Generate the PDF files used by the round2 blind extraction set.

Stdlib only. Writes minimal, valid PDF 1.4 files (Helvetica / Helvetica-Bold,
WinAnsiEncoding, uncompressed content streams, exact xref byte offsets) into
the site directories under sites/.

Run:  python3 make_pdfs.py
"""
import os
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
SITES = os.path.join(HERE, "sites")

# A page is a list of blocks: (style, text). style in {"h1","h2","b","p","small","gap"}
STYLES = {
    "h1": ("F2", 18),
    "h2": ("F2", 14),
    "b": ("F2", 11),
    "p": ("F1", 11),
    "small": ("F1", 9),
}
LEFT = 72
TOP = 740
BOTTOM = 60
WIDTH_PT = 468  # 612 - 2*72


def pdf_escape(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def wrap(text, size):
    # Helvetica average glyph width is roughly 0.5em; be conservative.
    max_chars = max(20, int(WIDTH_PT / (size * 0.52)))
    return textwrap.wrap(text, max_chars) or [""]


def page_stream(blocks):
    out = []
    y = TOP
    for style, text in blocks:
        if style == "gap":
            y -= 10
            continue
        font, size = STYLES[style]
        for line in wrap(text, size):
            if y < BOTTOM:
                raise ValueError("page overflow: %r" % text[:40])
            out.append("BT /%s %d Tf 1 0 0 1 %d %d Tm (%s) Tj ET" % (font, size, LEFT, y, pdf_escape(line)))
            y -= int(size * 1.4)
        y -= 4
    return ("\n".join(out) + "\n").encode("cp1252")


def build_pdf(pages, title):
    objs = []  # list of bytes bodies, object number = index + 1
    # 1 catalog, 2 pages, 3 F1, 4 F2, 5 info, then page/content pairs
    n_pages = len(pages)
    page_ids = [6 + 2 * i for i in range(n_pages)]
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    kids = " ".join("%d 0 R" % p for p in page_ids)
    objs.append(("<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, n_pages)).encode())
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    objs.append(("<< /Title (%s) /Producer (round2 make_pdfs.py) >>" % pdf_escape(title)).encode("cp1252"))
    for i, blocks in enumerate(pages):
        content_id = page_ids[i] + 1
        objs.append(("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
                     "/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>" % content_id).encode())
        stream = page_stream(blocks)
        objs.append(b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"endstream")

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for num, body in enumerate(objs, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % num + body + b"\nendobj\n"
    xref_pos = len(out)
    out += b"xref\n0 %d\n" % (len(objs) + 1)
    out += b"0000000000 65535 f \n"
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref_pos)
    return bytes(out)


DOCS = {}

DOCS["karen-eastside/application.pdf"] = ("ESKCA Volunteer Application", [[
    ("h1", "East Side Karen Community Association"),
    ("h2", "Volunteer Application"),
    ("small", "1012 Payne Ave, Suite 3, St. Paul, MN 55130  -  651-555-0140  -  volunteer@eskca-mn.org"),
    ("gap", ""),
    ("b", "PRIORITY NEED THIS SEASON: Weekend ESL conversation partners"),
    ("p", "Our adult learners want more chances to practice everyday English outside of class. We are looking "
          "for volunteers to be conversation partners on Saturdays, 10am to noon, at the community hall. Just "
          "chat about shopping, work, the bus and the weather - no teaching experience needed. Fluent English required."),
    ("gap", ""),
    ("p", "Name: ______________________________________________"),
    ("p", "Phone: ____________________   Email: ____________________________"),
    ("p", "Languages you speak: ______________________________________"),
    ("p", "Which role interests you? ______________________________________"),
    ("p", "Days and times you are available: ______________________________"),
    ("p", "Do you have a valid driver's license and car insurance?   YES   /   NO"),
    ("p", "Emergency contact: ______________________________________"),
    ("gap", ""),
    ("p", "I agree to a background check if my role works with youth or vulnerable adults."),
    ("p", "Signature: ___________________________   Date: ______________"),
    ("small", "Return this form to the ESKCA office or email a photo of it to volunteer@eskca-mn.org. Ta blut!"),
]])

DOCS["santo-nino-willmar/volante-posada.pdf"] = ("Posadas 2024", [[
    ("b", "PARROQUIA SANTO NI\u00d1O DE ATOCHA  -  WILLMAR"),
    ("h1", "POSADAS NAVIDE\u00d1AS 2024"),
    ("p", "Del 16 al 24 de diciembre, 7:00 pm, en el sal\u00f3n parroquial. Rezamos el rosario, cantamos las "
          "posadas y compartimos ponche, tamales y pi\u00f1atas. \u00a1Toda la familia est\u00e1 invitada!"),
    ("gap", ""),
    ("h2", "NECESITAMOS JUGUETES NUEVOS"),
    ("p", "Para que ning\u00fan ni\u00f1o se quede sin regalo en Navidad, necesitamos juguetes nuevos, sin envolver, "
          "para ni\u00f1os y ni\u00f1as de 0 a 12 a\u00f1os. Por favor entr\u00e9guelos en la oficina parroquial antes "
          "del 15 de diciembre."),
    ("gap", ""),
    ("p", "Informes: 320-555-0123  -  620 SW 3rd St, Willmar, MN 56201"),
]])

DOCS["nobles-food-shelf/newsletter-spring-2024.pdf"] = ("The Pantry Press - Spring 2024", [
    [
        ("h1", "NOBLES COUNTY COMMUNITY FOOD SHELF"),
        ("h2", "The Pantry Press  -  Spring 2024 Newsletter"),
        ("gap", ""),
        ("b", "From the Director"),
        ("p", "Spring is finally here, and what a winter it was. In January and February we served 1,140 households, "
              "our highest numbers ever, and our volunteers never missed a Saturday route even in the March blizzard. "
              "We welcomed many new families from the Karen, Guatemalan and Somali communities, and our Spanish-speaking "
              "intake team has made a huge difference at the front desk. Not everything has gone smoothly: the "
              "compressor on our walk-in cooler is failing, and a new unit costs more than we have in the bank. We are "
              "seeking a refrigeration technician who would donate a service call to diagnose and patch the cooler, or a "
              "local business willing to sponsor the repair. Without the cooler we cannot accept fresh milk, eggs or "
              "produce from Second Harvest. On a happier note, the board approved a longer Wednesday schedule starting "
              "in May, and our annual report is available at the front desk."),
        ("p", "- Marlene Vos, Director"),
        ("gap", ""),
        ("small", "Inside: Garden Project (p. 2)  -  Spring Fling (p. 2)  -  Backpack Program (p. 3)  -  Thank You (p. 3)"),
    ],
    [
        ("h2", "Garden Project"),
        ("p", "This summer we are growing fresh vegetables for the food shelf at the Worthington Community Garden. "
              "We're looking for volunteers to plant, water and weed our plot on Tuesday evenings, 6-8pm, June "
              "through August. Gloves and tools provided; families with kids are welcome."),
        ("gap", ""),
        ("h2", "Spring Fling Fundraiser Dinner"),
        ("p", "Join us Saturday, April 20 at the Worthington Event Center for dinner, a silent auction and live music "
              "by the Prairie Ramblers. Tickets are $35 and all proceeds support the food shelf. Call 507-555-0118 "
              "for tickets."),
    ],
    [
        ("h2", "Backpack Program"),
        ("p", "Every August we send kids back to school with a backpack full of supplies. This year we need 150 "
              "backpacks filled with school supplies (pencils, crayons, glue sticks, folders and notebooks) by "
              "August 10. Collect them at your church, business or club and drop them off during open hours."),
        ("gap", ""),
        ("h2", "Thank You"),
        ("p", "Thanks to the Worthington High School FFA for collecting 2,000 pounds of food during their March food "
              "drive, and to JBS for their generous grant last fall."),
        ("gap", ""),
        ("small", "Nobles County Community Food Shelf  -  1105 Oxford St, Worthington, MN 56187  -  507-555-0118"),
    ],
])

DOCS["granite-city-diapers/drive-flyer.pdf"] = ("Pull-Ups Drive Flyer", [[
    ("b", "GRANITE CITY DIAPER BANK"),
    ("h1", "PULL-UPS DRIVE  -  MAY 2024"),
    ("p", "Potty-training kids still need protection at night and at daycare, and pull-ups cost even more than "
          "diapers. We need pull-ups in sizes 2T-3T, 3T-4T and 4T-5T."),
    ("p", "Bring them to 2121 Division St, St. Cloud, on Tuesday or Thursday evenings, 5-8pm."),
    ("gap", ""),
    ("small", "Questions? hello@gcdiapers.org  -  Granite City Diaper Bank is a 501(c)(3) nonprofit."),
]])

DOCS["cannon-river-learning/tutor-application.pdf"] = ("Volunteer Tutor Application", [
    [
        ("h1", "Cannon River Adult Learning & Citizenship Center"),
        ("h2", "Volunteer Tutor Application"),
        ("p", "Thank you for your interest in tutoring! Please complete this form and return it to the front desk "
              "at 22 Central Ave N, Faribault, or email it to volunteer@cannonriverlearning.org."),
        ("gap", ""),
        ("p", "Name: ______________________________________________"),
        ("p", "Address: ____________________________________________"),
        ("p", "Phone: ____________________   Email: ____________________________"),
        ("p", "Languages you speak: ______________________________________"),
        ("p", "Availability (circle):  Mon   Tue   Wed   Thu   Sat      Morning   Afternoon   Evening"),
        ("p", "Have you taught or tutored before? Please describe: ___________________________"),
        ("p", "Two references (name and phone): ______________________________________"),
    ],
    [
        ("h2", "ALSO NEEDED: Volunteer drivers"),
        ("p", "Many of our students in Northfield and Dundas do not have a car. We need volunteer drivers to give "
              "students rides to our Tuesday and Thursday evening classes in Faribault. Mileage is reimbursed at the "
              "IRS rate. Check here if you are interested:  [  ]"),
        ("gap", ""),
        ("b", "Background check consent"),
        ("p", "I authorize Cannon River Adult Learning to conduct a criminal background check."),
        ("p", "Signature: ___________________________   Date: ______________"),
    ],
])


def main():
    for rel, (title, pages) in DOCS.items():
        path = os.path.join(SITES, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        data = build_pdf(pages, title)
        with open(path, "wb") as f:
            f.write(data)
        print("wrote %s (%d bytes, %d page%s)" % (rel, len(data), len(pages), "" if len(pages) == 1 else "s"))


if __name__ == "__main__":
    main()
