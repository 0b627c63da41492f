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
    "northside-food-shelf/flyer.pdf": ("Summer Lunch 2025 flyer", [
        ("title", "NORTHSIDE NEIGHBORS FOOD SHELF"),
        ("title", "SUMMER LUNCH 2025"),
        ("p", "When school lets out, thousands of North Minneapolis kids lose the free lunch they count on. "
              "Every weekday this summer we pack sack lunches and hand them out at Farview Park and the "
              "Folwell Rec Center."),
        ("p", "Lunches are free for all kids 18 and under. No registration needed."),
        ("gap", ""),
        ("h", "VOLUNTEERS NEEDED: SACK LUNCH PACKERS"),
        ("p", "Monday to Thursday, 9:00 to 11:00 am, June 16 through August 21. Pack about 250 lunches a "
              "day: sandwich, fruit, milk and a snack. Ages 12 and up with an adult. Come once or every week."),
        ("p", "Sign up: volunteer@nnfoodshelf.org or call 612-555-0148 ext. 2."),
        ("gap", ""),
        ("p", "Northside Neighbors Food Shelf - 1820 W Broadway Ave, Minneapolis, MN 55411"),
    ]),
    "masjid-al-ihsan-stcloud/newsletter.pdf": ("Masjid Al-Ihsan Newsletter Winter 2025", [
        ("title", "MASJID AL-IHSAN NEWSLETTER - WINTER 2025"),
        ("p", "Islamic Center of St. Cloud - 415 9th Ave N, St. Cloud, MN 56303 - (320) 555-0177"),
        ("h", "Weekend school registration"),
        ("p", "Registration for the spring term of the weekend Islamic school is open for ages 5 to 14. "
              "Tuition is $60 per child with a discount for siblings. Register at the office after Dhuhr."),
        ("h", "Classroom wing update"),
        ("p", "Alhamdulillah, the drywall is finished in the new classroom wing. Before the city will give us "
              "an occupancy permit, the wiring has to be completed and inspected. We are looking for a "
              "licensed electrician who can volunteer a few Saturdays to finish the outlets and lighting and "
              "sign off on the electrical work. Please contact Br. Abdirahman at (320) 555-0177."),
        ("h", "Eid al-Fitr"),
        ("p", "Eid prayer will be held at River's Edge Convention Center. Takbeer 7:30 am, prayer 8:30 am. "
              "Bring the whole family - there will be an Eid festival for the children after the prayer."),
        ("h", "Janazah committee"),
        ("p", "Jazakum Allahu khayran to the brothers and sisters who completed ghusl training this winter. "
              "The committee is now full and is not taking new members."),
    ]),
    "arrowhead-senior-center/newsletter.pdf": ("The Arrowhead Echo Spring 2025", [
        ("title", "THE ARROWHEAD ECHO - SPRING 2025"),
        ("p", "Arrowhead Senior Center - 401 Chestnut Street, Virginia, MN 55792 - (218) 555-0121"),
        ("h", "DIRECTOR'S CORNER"),
        ("p", "Spring is finally here and the snowbanks are shrinking! Thank you to everyone who came to the "
              "soup supper in March. We served 182 bowls of chili and raised enough to fix the dishwasher."),
        ("h", "HANDY FOLKS WANTED"),
        ("p", "The railing on our back wheelchair ramp is loose and the bottom boards are starting to rot. "
              "If you are handy with carpentry and could give us a couple of Saturdays to repair the ramp "
              "railing and replace the boards, please call Barb. We will buy the lumber and the coffee."),
        ("h", "LENDING CLOSET"),
        ("p", "Our walker and cane lending closet is FULL. Please, no more walkers until further notice! "
              "We still lend shower chairs and raised toilet seats free of charge to anyone who needs them."),
        ("h", "APRIL BIRTHDAYS"),
        ("p", "Happy birthday to Lorraine K., Bud S., Eino M. (95!), Dolores P. and Frank T."),
        ("h", "IN MEMORY"),
        ("p", "We said goodbye this winter to Walt Niemi, a Monday dishwasher for 14 years. We miss you, Walt."),
    ]),
    "refugee-welcome-network/volunteer-application.pdf": ("RWN Volunteer Application", [
        ("title", "REFUGEE WELCOME NETWORK - VOLUNTEER APPLICATION"),
        ("p", "Please print, fill out and return to PO Box 4410, Saint Paul, MN 55104, or scan and email to "
              "hello@refugeewelcomemn.org."),
        ("p", "Name: ______________________________   Phone: ____________________"),
        ("p", "Email: _____________________________   City: _____________________"),
        ("p", "Languages you speak: ______________________________________________"),
        ("p", "Which team(s) from our website interest you? ____________________________"),
        ("gap", ""),
        ("h", "NEW THIS SPRING: GOOD NEIGHBOR TEAMS"),
        ("p", "We are forming Good Neighbor Teams: groups of 4 to 6 friends, coworkers or congregation members "
              "who commit to walk alongside one newly arrived family for their first six months - school "
              "enrollment, bus routes, job applications, and above all friendship. We need 10 new teams by "
              "June. Check here if you want to start or join a team: [  ]"),
        ("gap", ""),
        ("h", "REFERENCES"),
        ("p", "1. ______________________________  2. ______________________________"),
        ("h", "BACKGROUND CHECK CONSENT"),
        ("p", "I authorize Refugee Welcome Network to conduct a criminal background check. "
              "Signature: ______________________  Date: __________"),
    ]),
    "selam-community-closet/newsletter.pdf": ("Closet Notes Winter 2025", [
        ("title", "CLOSET NOTES - WINTER 2025"),
        ("p", "Selam Community Clothing Closet - 2200 Riverside Ave, Minneapolis, MN 55454 - 612-555-0172"),
        ("h", "Thank you!"),
        ("p", "In December we gave away 2,140 pieces of clothing, including 310 winter coats. Thank you to every "
              "sorter, greeter and donor who made that possible."),
        ("h", "URGENT: Pickup truck or van needed"),
        ("p", "A clothing store in Bloomington is closing and has offered us 20 metal clothing racks. We need a "
              "volunteer with a pickup truck or cargo van (and a strong friend) to pick them up on Saturday, "
              "February 8, and bring them to Riverside Ave. Call Tsehay at 612-555-0172."),
        ("h", "Genna celebration"),
        ("p", "Join us on January 7 after the Christmas liturgy for an Ethiopian Christmas (Genna) coffee "
              "ceremony in the church hall. Everyone is welcome - bring your family!"),
        ("h", "Reminder"),
        ("p", "Donations are accepted on Wednesdays 3 to 7 pm only. Please do not leave bags outside the door."),
    ]),
    "willmar-somali-mothers/foom.pdf": ("Foomka Mutadawiciinta", [
        ("title", "URURKA HOOYOOYINKA SOOMAALIYEED EE WILLMAR"),
        ("title", "FOOMKA MUTADAWICIINTA"),
        ("p", "Magaca: ______________________________   Telefoon: ____________________"),
        ("p", "Cinwaanka: ___________________________________________________________"),
        ("p", "Luqadaha aad ku hadasho: ______________________________________________"),
        ("p", "Maalmaha aad bannaan tahay: [ ] Isniin [ ] Talaado [ ] Arbaco [ ] Khamiis [ ] Axad"),
        ("gap", ""),
        ("h", "BAAHI DEGDEG AH: XISAABIYE MUTADAWAC AH"),
        ("p", "Waxaan raadinaynaa xisaabiye (accountant) ama qof khibrad u leh xisaabaadka oo mutadawac ah, si uu "
              "naga caawiyo xisaabaadka ururka iyo warbixinta sannadlaha ah ee canshuuraha (Form 990). "
              "Bishiiba ilaa afar saacadood. Fadlan wac Faadumo (320) 555-0145."),
        ("gap", ""),
        ("p", "Saxiixa: ______________________   Taariikhda: __________"),
        ("p", "320 W 3rd St, Suite 4, Willmar, MN 56201"),
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
