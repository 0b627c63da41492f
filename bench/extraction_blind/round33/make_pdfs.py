#!/usr/bin/env python3
"""Generate the PDFs of blind extraction round 33 (stdlib only; writer copied from round 32, which copied round 30 / round 1).

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
        lines = textwrap.wrap(text, width=width, break_on_hyphens=False) or [""]
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
    "cannon-falls-community-cupboard/volunteer-application.pdf": ("Volunteer Application - Cannon Falls Community Cupboard", [
        ("title", "CANNON FALLS COMMUNITY CUPBOARD"),
        ("title", "Volunteer Application"),
        ("p", "214 Ferry Lane, Cannon Falls, MN 55009 - (507) 555-0113 - volunteer@cfcupboard.org"),
        ("h", "About you"),
        ("p", "Name: ______________________________   Phone: __________________"),
        ("p", "Email: ______________________________   Age (if under 18): ______"),
        ("p", "Emergency contact: _______________________________________________"),
        ("h", "When can you help? (check all that apply)"),
        ("p", "[ ] Weekday shifts    [ ] Saturday shifts    [ ] Special events    [ ] Anywhere you need me"),
        ("h", "Home delivery drivers needed this winter"),
        ("p", "Some of our neighbors can't get out in the cold: seniors, people recovering from surgery, parents with "
              "newborns. We need volunteer delivery drivers to bring grocery boxes to about 15 homebound households on "
              "Wednesday mornings, 9 to 11, January through March. You need your own car and a valid license; we pack "
              "and load the boxes for you."),
        ("h", "Confidentiality"),
        ("p", "I agree to keep the names of people who use the Cupboard confidential."),
        ("p", "Signature: ___________________________   Date: ______________"),
    ]),
    "byron-bear-creek-pto/files/newsletter-november.pdf": ("Bear Creek PTO News - November", [
        ("title", "BEAR CREEK PTO NEWS - NOVEMBER"),
        ("p", "Bear Creek Elementary PTO, Byron, MN - pto@bearcreekpto.org - (507) 555-0127"),
        ("h", "Carnival wrap-up"),
        ("p", "Thank you to the 74 volunteers who ran games, sold tickets and cleaned up at the Fall Carnival. We cleared "
              "$6,350, our best year yet."),
        ("h", "Picture retake day"),
        ("p", "Retakes are Tuesday, November 18. Send the original photo packet back with your child if you want a retake."),
        ("h", "From the library"),
        ("p", "Big news from the library: thanks to a classroom grant, Bear Creek now owns a 3D printer! Mr. Hegg, our "
              "media specialist, plans to open a makerspace in January with a lunchtime club for fourth and fifth "
              "graders. He is hoping to find a parent volunteer who is comfortable with 3D printing to help him set it "
              "up, learn the design software and run the lunch club once a week. Write to him through the school office."),
        ("h", "Box Tops"),
        ("p", "Keep scanning your receipts in the Box Tops app. Every box top is 10 cents for our school."),
    ]),
    "preston-carnegie-library-friends/newsletter-spring.pdf": ("Friends of the Preston Carnegie Library - Spring 2026", [
        ("title", "FRIENDS OF THE PRESTON CARNEGIE LIBRARY"),
        ("title", "Spring 2026 Newsletter"),
        ("p", "101 St. Anne St NW, Preston, MN 55965 - (507) 555-0146"),
        ("h", "A snowy, busy winter"),
        ("p", "Even with three blizzards, 1,140 people came through the doors in January. Thank you to every volunteer who "
              "shoveled the front steps before opening."),
        ("h", "Author visit: Ellen Vossberg"),
        ("p", "Minnesota mystery writer Ellen Vossberg will read from her new novel on Tuesday, May 12, at 7 pm. Free; "
              "refreshments by the Friends."),
        ("h", "Summer at the library"),
        ("p", "Our children's librarian, Miss Joanne, wants to start a Lego club on Monday afternoons this summer, 3:30 to "
              "4:30, for ages 6 to 11. She needs two helpers, teens or adults, to set out the bricks, help kids with their "
              "builds and put everything away afterward. If you can give an hour a week from June through August, call "
              "the library at (507) 555-0146."),
        ("h", "Memorial bricks"),
        ("p", "Honor a loved one with an engraved brick in the new front walk. $100 per brick; order forms at the desk."),
    ]),
    "north-st-paul-cag-ntoo-family-center/hmn/xov-xwm-caij-ntuj-no.pdf": ("Xov Xwm Caij Ntuj No 2026", [
        ("title", "CAG NTOO FAMILY CENTER"),
        ("title", "XOV XWM CAIJ NTUJ NO 2026"),
        ("p", "2417 Helena Ave, North St. Paul, MN 55109 - (651) 555-0171"),
        ("h", "Ua tsaug rau cov neeg pab dawb"),
        ("p", "Xyoo 2025, muaj 52 tus neeg pab dawb tuaj pab peb. Lawv pab tau ntau tshaj 300 tsev neeg. Ua tsaug ntau ntau!"),
        ("h", "Peb xav tau ib tug kws kho tsheb"),
        ("p", "Cov tub ntxhais hluas hauv peb lub youth program xav kawm kho tsheb. Peb nrhiav ib tug kws kho tsheb uas "
              "yeem pab dawb qhia lawv hloov roj, hloov log tsheb thiab kuaj lub brake, ib hlis ib zaug hnub Saturday. "
              "Yog koj paub kho tsheb, thov hu rau Tou Fue ntawm (651) 555-0173."),
        ("h", "Rooj sib tham txhua xyoo"),
        ("p", "Lub rooj sib tham txhua xyoo yuav muaj hnub Sunday, February 8, thaum 2 teev tav su. Txhua tus tswv cuab thov tuaj koom."),
    ]),
    "minnetonka-abdii-oromo-community/om/unka-tola-ooltummaa.pdf": ("Unka Tola Ooltummaa", [
        ("title", "GIDDUGALA HAWAASA OROMOO ABDII"),
        ("title", "UNKA TOLA OOLTUMMAA"),
        ("p", "5600 Shady Oak Rd, Suite 104, Minnetonka, MN 55343 - (952) 555-0192"),
        ("p", "Maqaa: ______________________   Bilbila: ______________   Imeelii: ______________________"),
        ("p", "Afaan dubbattu: [ ] Afaan Oromoo  [ ] Ingiliffaa  [ ] Amaariffaa  [ ] Kan biraa: ________"),
        ("h", "Amma kan barbaachisu: nama suuraa fi viidiyoo kaasu"),
        ("p", "Ayyaanota, walgahiiwwanii fi sagantaa ijoollee keenyaa suuraa fi viidiyoodhaan galmeessuuf nama suuraa "
              "kaasu tokko barbaanna. Kaameeraa mataa kee qabaachuu qabda. Suuraawwan marsariitii keenyaa fi Facebook "
              "irratti ni fayyadamna."),
        ("h", "Akkaataa itti galchitu"),
        ("p", "Unka kana guuttee waajjira keenyatti fidi, ykn suuraa isaa kaasii abdii.oromo@example.org tti ergi."),
    ]),
    "big-lake-al-wifaq-family-center/files/coat-boot-drive.pdf": ("Al-Wifaq Coat and Boot Drive", [
        ("title", "AL-WIFAQ FAMILY CENTER"),
        ("title", "Coat and Boot Drive for Kids"),
        ("p", "19250 County Rd 43, Big Lake, MN 55309 - (763) 555-0131"),
        ("h", "Winter is hard on new arrivals"),
        ("p", "Many of the children in our families came from Sudan, Yemen and Iraq and have never seen a Minnesota winter. "
              "We are collecting new or gently used winter coats, snow boots, snow pants and mittens for children ages 2 "
              "to 16. Please drop them at the center by February 15; look for the blue bins by the front door."),
        ("h", "Thank you, Big Lake Middle School"),
        ("p", "Last year the student council collected 140 coats in two weeks. Thank you!"),
        ("h", "Pantry hours"),
        ("p", "Thursdays 2 to 5 pm. Bring a photo ID and proof of address."),
    ]),
    "paynesville-ilays-community-center/foomka-mutadawac.pdf": ("Foomka Codsiga Mutadawacnimada", [
        ("title", "XARUNTA BULSHADA ILAYS"),
        ("title", "FOOMKA CODSIGA MUTADAWACNIMADA"),
        ("p", "218 Washburne Ave, Paynesville, MN 56362 - (320) 555-0142"),
        ("p", "Magaca: ______________________   Taleefanka: ______________   Iimeelka: ____________________"),
        ("p", "Luqadaha aad ku hadasho: [ ] Soomaali  [ ] Ingiriisi  [ ] Carabi  [ ] Kale: ________"),
        ("p", "Maalmaha aad banaan tahay: [ ] Isniin [ ] Talaado [ ] Arbaco [ ] Khamiis [ ] Sabti [ ] Axad"),
        ("h", "Kaalinta hadda banaan: tababare kubadda cagta gabdhaha"),
        ("p", "Gabdhaha da'doodu u dhaxayso 10 ilaa 14 waxay rabaan koox kubadda cagta ah. Waxaan raadinaynaa tababare "
              "kubadda cagta gabdhaha, gaar ahaan haweeney, oo tababari kara Sabtiyada 2:00 - 4:00 galabnimo, bilaha "
              "Abriil ilaa Juun."),
        ("h", "Sida loo soo celiyo foomka"),
        ("p", "Foomkan buuxi kadibna keen xafiiska xarunta, ama sawir ka qaad oo u dir ilays.paynesville@example.org."),
    ]),
    "spring-valley-apoyo-mutuo/volante-despensa.pdf": ("Despensa movil - Apoyo Mutuo Spring Valley", [
        ("title", "RED DE APOYO MUTUO DE SPRING VALLEY"),
        ("title", "Despensa móvil de los segundos sábados"),
        ("p", "Estacionamiento de la Iglesia Metodista Unida, 300 W Courtland St, Spring Valley, MN 55975"),
        ("h", "Comida gratis para todos"),
        ("p", "Cada segundo sábado del mes, de 9 a 11 de la mañana, repartimos frutas, verduras, leche y pan. No se "
              "necesita identificación ni comprobante de ingresos."),
        ("h", "Se necesitan voluntarios para descargar el camión"),
        ("p", "El camión del banco de alimentos llega a las 8 de la mañana. Necesitamos seis voluntarios para descargar "
              "el camión y armar las mesas antes de que llegue la gente. Hay que poder levantar cajas de 15 kilos. "
              "Mande un texto al (507) 555-0106."),
        ("h", "Traiga su propia bolsa"),
        ("p", "Por favor traiga bolsas o cajas para llevar su comida. ¡Gracias!"),
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
