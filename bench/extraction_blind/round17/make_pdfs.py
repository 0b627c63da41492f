#!/usr/bin/env python3
"""Generate the small PDFs used by blind extraction set round 17 (stdlib only).

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
    "hiiraan-family-center/so/warsidaha.pdf": ("Warsidaha Xarunta Qoyska Hiiraan - Guga 2025", [
        ("title", "XARUNTA QOYSKA HIIRAAN"),
        ("title", "WARSIDAHA GUGA 2025"),
        ("p", "7600 Zane Ave N, Suite 110, Brooklyn Park, MN 55443 - (763) 555-0128"),
        ("h", "Farriin ka timid agaasimaha"),
        ("p", "Gu wanaagsan! Sannad-dugsiyeedkan waxaan caawinay 420 arday iyo 160 waalid. Waxaan ku faraxsanahay "
              "in 9 ka mid ah ardaydeenii hore ay sannadkan ka qalin jabiyeen dugsiga sare ee Park Center."),
        ("h", "Fasalka kombiyuutarka ee hooyooyinka"),
        ("p", "Fasalka kombiyuutarka ee hooyooyinka aad buu u koray: 30 hooyo ayaa iska diiwaangelisay, laakiin "
              "waxaan haynaa 8 laptop oo keliya. Haddii adiga ama shirkaddaadu aad haysaan laptop la isticmaalay oo "
              "si fiican u shaqeynaya, fadlan noo soo deeq. Waxaan u baahanahay ugu yaraan 12 laptop oo kale. "
              "La xiriir Ubax (763) 555-0128."),
        ("h", "Macallimiinta Quraanka"),
        ("p", "Mahadsanidin! Waxaan helnay labadii macallin ee Quraanka ee aan raadinaynay. Baahidaas hadda way "
              "dhammaatay."),
        ("h", "Shirka waalidiinta"),
        ("p", "Shirka waalidiinta ee bisha May wuxuu dhici doonaa Khamiista, May 15, 6:00 fiidnimo, xarunta gudaheeda. "
              "Cunto fudud ayaa la bixin doonaa. Mawduuca: sidee carruurta loogu diyaariyaa imtixaannada MCA."),
    ]),
    "winona-adult-reading-project/newsletter.pdf": ("The Page Turner - Spring 2025", [
        ("title", "THE PAGE TURNER"),
        ("p", "NEWSLETTER OF THE WINONA ADULT READING PROJECT - SPRING 2025 - 159 E 3RD ST, WINONA MN 55987 - (507) 555-0137"),
        ("h", "FROM THE DIRECTOR"),
        ("p", "This year WARP tutors met with 212 learners from 19 countries, and 14 of them passed the GED or the "
              "citizenship test. Thank you! We could not do it without our tutors, our donors and the Winona "
              "Public Library."),
        ("h", "A LEARNER'S STORY: MARIA'S NEXT STEP"),
        ("p", "Maria came to Winona from Guatemala six years ago and works nights cleaning at the hospital. She has "
              "finished our reading program and now wants to become a certified nursing assistant. The written "
              "part of the CNA exam is hard for her because of the medical vocabulary. She is looking for a tutor "
              "who knows health care words - a nurse, a retired nurse or a nursing student would be perfect - to "
              "study with her on Saturday mornings until her test in August. If that could be you, call Linda."),
        ("h", "OUR WEBSITE"),
        ("p", "Yes, we know our website looks like it is from 2006. That is because it is! We are looking for a "
              "volunteer who can update our website and move it to something modern that the staff can edit. "
              "A few evenings of work, and some patience with us."),
        ("h", "BOARD NEWS"),
        ("p", "The board secretary position has been filled by Carol Bentley. Welcome, Carol! The board is complete "
              "for 2025."),
        ("h", "SAVE THE DATE: ANNUAL MEETING"),
        ("p", "Thursday, June 5, 5:30 pm at the library. Short business meeting, then cake and learner readings. "
              "All tutors and learners welcome."),
    ]),
    "range-paws-rescue-hibbing/application.pdf": ("Range Paws Rescue Volunteer and Foster Application", [
        ("title", "RANGE PAWS RESCUE"),
        ("title", "Volunteer & Foster Application"),
        ("p", "Return to: Range Paws Rescue, 2216 3rd Ave E, Hibbing, MN 55746, or email a photo of each page to "
              "rangepaws@gmail.com."),
        ("h", "About you"),
        ("p", "Name: ______________________________   Phone: ____________________"),
        ("p", "Address: ____________________________________________________________"),
        ("p", "Age:  [ ] 16-17 (parent signature below)   [ ] 18 or older"),
        ("h", "I am interested in (check all that apply)"),
        ("p", "[ ] Dog walking   [ ] Transport   [ ] Writing dog profiles   [ ] Vet tech at intake clinic   "
              "[ ] Fostering"),
        ("h", "Special request for spring 2025: build our play yard"),
        ("p", "Our dogs need a safe place to run off leash. Hibbing Lumber has donated the posts and the chain-link "
              "fence. We need a few handy people with fence building experience (and a post-hole auger, if you "
              "have one) to put up a 60 by 40 foot play yard behind the kennel over two weekends in May. "
              "[ ] Count me in for the play yard"),
        ("h", "Foster questions"),
        ("p", "Do you rent or own? ________  If you rent, landlord name and phone: ________________________"),
        ("p", "Other pets in the home (species, age, spayed/neutered?): ________________________________"),
        ("p", "Do you have a fenced yard?  [ ] Yes  [ ] No"),
        ("h", "Signature"),
        ("p", "I understand that volunteering with dogs carries some risk. Signature: ____________________  "
              "Date: __________"),
    ]),
    "maplewood-paj-ntaub-circle/hmn/ntawv.pdf": ("Ntawv Xov Xwm - Caij Nplooj Ntoos Hlav 2025", [
        ("title", "PAWG XAWS PAJ NTAUB MAPLEWOOD"),
        ("title", "Ntawv Xov Xwm - Caij Nplooj Ntoos Hlav 2025"),
        ("p", "2501 White Bear Ave N, Maplewood, MN 55109 - (651) 555-0119"),
        ("h", "Lus tos txais"),
        ("p", "Nyob zoo txhua tus! Xyoo no peb muaj 46 tus pog thiab niam tuaj xaws, thiab 31 tus ntxhais hluas tuaj kawm. "
              "Ua tsaug rau txhua tus uas tuaj pab."),
        ("h", "Peb phau ntawv qhia paj ntaub"),
        ("p", "Xyoo no peb xav ua ib phau ntawv qhia (catalog) kom neeg pom peb cov paj ntaub thiab yuav tau hauv online. "
              "Peb tab tom nrhiav ib tug neeg pab dawb uas txawj thaij duab (photographer) thiab muaj koob yees duab zoo, "
              "los thaij kwv yees li 60 daim paj ntaub. Thov hu rau Mai Yer."),
        ("h", "Ntxuav lub chaw"),
        ("p", "Ua tsaug rau cov neeg tau sau npe pab ntxuav lub chaw txhua hli. Tam sim no peb twb muaj neeg txaus lawm."),
        ("h", "Hmoob Xyoo Tshiab"),
        ("p", "Peb yuav muaj ib lub rooj muag paj ntaub ntawm Hmong New Year hauv RiverCentre, St. Paul, "
              "Lub Kaum Ib Hlis 29 thiab 30. Tuaj saib peb!"),
    ]),
    "tana-family-network/newsletter.pdf": ("Tana Times - Summer 2025", [
        ("title", "TANA TIMES"),
        ("p", "Newsletter of the Tana Family Network - Summer 2025 - 4010 Central Ave NE, Columbia Heights, MN 55421"),
        ("h", "A note from Meseret"),
        ("p", "Selam, friends! This spring we welcomed 14 new families, helped 61 households with rent applications, "
              "and watched 9 of our youth group seniors graduate. Thank you for walking with us."),
        ("h", "Back to school"),
        ("p", "About 60 of our children start school in Columbia Heights and Fridley this fall, and we are short on "
              "school backpacks: so far we have 15. New backpacks for elementary and middle school kids can be dropped "
              "off at the office any weekday before August 20."),
        ("h", "Health corner"),
        ("p", "High blood pressure is common in our elders and many of them never get checked. We are seeking a "
              "volunteer nurse (RN or LPN) to run free blood pressure checks after Sunday coffee at the office, once "
              "a month. Amharic is a plus."),
        ("h", "We are hiring"),
        ("p", "Tana is hiring a part-time case manager (24 hours a week, $23 an hour). Amharic or Tigrinya and "
              "English required. Apply at tanafamily.org/jobs by July 31."),
        ("h", "Save the date: Enkutatash picnic"),
        ("p", "Saturday, September 13 at Huset Park. Bring your family and your appetite!"),
    ]),
    "nour-family-center-eden-prairie/application.pdf": ("Nour Family Center Volunteer Application", [
        ("title", "NOUR FAMILY CENTER - VOLUNTEER APPLICATION"),
        ("p", "8100 Mitchell Rd, Suite 220, Eden Prairie, MN 55344 - (952) 555-0109 - volunteer@nourfamily.org"),
        ("p", "Name: ______________________________   Phone: ____________________"),
        ("p", "Email: _____________________________   Languages: ________________"),
        ("p", "Which program(s) interest you?  [ ] Youth   [ ] Family Support   [ ] Food Box Saturdays"),
        ("h", "URGENT: Saturday Women's English Class"),
        ("p", "Our Saturday morning English class for mothers has 22 women on the waiting list because our teacher "
              "moved away. We need a volunteer ESL teacher (a TESOL or teaching license is ideal, but experience "
              "teaching adults is enough) for 10 am to noon. Childcare is provided in the next room, so the mothers "
              "can focus. Check here if you can teach: [  ]"),
        ("h", "Volunteer orientation"),
        ("p", "New volunteers attend a one-hour orientation on the first Saturday of each month at 9 am."),
        ("h", "Background check"),
        ("p", "I authorize Nour Family Center to run a background check. Signature: ______________  Date: ________"),
    ]),
    "pelican-rapids-neighbors-together/es/feria.pdf": ("Feria de Salud Gratis - Pelican Rapids", [
        ("title", "FERIA DE SALUD GRATIS"),
        ("title", "Pelican Rapids - Sábado 13 de septiembre"),
        ("p", "Escuela Primaria Viking, 9:00 am a 2:00 pm. Organiza: Pelican Rapids Neighbors Together con la clínica "
              "de Fergus Falls y el condado de Otter Tail."),
        ("h", "Servicios gratis para toda la familia"),
        ("p", "Vacunas para niños y adultos, examen de la vista, prueba de azúcar (diabetes), presión arterial, "
              "información sobre seguro médico (MinnesotaCare y Medical Assistance). No necesita cita ni seguro."),
        ("h", "Buscamos voluntarios de salud"),
        ("p", "Buscamos enfermeras, enfermeros y estudiantes de enfermería que hablen español e inglés para tomar la "
              "presión, ayudar con las vacunas y explicar los resultados a las familias. Turnos de 9 a 11:30 o de "
              "11:30 a 2. Llame a Lupita al (218) 555-0114."),
        ("h", "También habrá"),
        ("p", "Comida gratis, juegos para los niños y una rifa de bicicletas. ¡Traiga a toda su familia!"),
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
