#!/usr/bin/env python3
"""Generate the small PDFs used by the blind extraction set, round 20 (stdlib only).

Adapted from round 1's writer. Changes: the Catalog carries a /Lang entry (the
document language, read by validate.py), and lines are wrapped without breaking
at hyphens so that phrases such as "first-aid" stay on one line.

Each PDF is a minimal PDF 1.4 file: Catalog (with /Lang), Pages, two standard Type1 fonts
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


def build_pdf(blocks, title, lang):
    pages = layout(blocks)
    objs = {}  # num -> bytes (body between "N 0 obj" and "endobj")
    n_pages = len(pages)
    # 1 catalog, 2 pages, 3 F1, 4 F2, 5 info, then page/content pairs
    page_nums = [6 + 2 * i for i in range(n_pages)]
    objs[1] = ("<< /Type /Catalog /Pages 2 0 R /Lang (%s) >>" % lang).encode("latin-1")
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
    "douglas-county-harvest-cupboard/flyer.pdf": ("Stuff the Bus 2026", "en-US", [
        ("title", "DOUGLAS COUNTY HARVEST CUPBOARD"),
        ("title", "STUFF THE BUS 2026"),
        ("p", "December 7-12, 2026. Yellow school buses from Alexandria Public Schools will be parked outside "
              "Cash Wise, Coborn's and Elden's Fresh Foods from 9 am to 7 pm. Help us fill them!"),
        ("h", "Fill the bus with:"),
        ("p", "Hearty soups and chili - Canned fruit in juice - Cooking oil - Cornbread and muffin mix - "
              "Canned tomatoes - Peanut butter"),
        ("h", "Bus captains wanted"),
        ("p", "Each bus needs two adult bus captains per 3-hour shift to greet shoppers, hand out our shopping "
              "lists and load donations into the bus. Sign up with Jolene: volunteer@harvestcupboard.org or "
              "(320) 555-0193 ext. 3."),
        ("h", "Kickoff rally"),
        ("p", "Monday, December 7 at 3:30 pm at Cash Wise, with the Jefferson High School Cardinals marching band "
              "and Santa."),
        ("gap", ""),
        ("p", "Last year Alexandria filled 9 buses with 41,000 pounds of food. Thank you!"),
        ("p", "Douglas County Harvest Cupboard - 612 Fillmore St, Alexandria, MN 56308"),
    ]),
    "nabadoon-family-center-eagan/wargeys.pdf": ("Wargeyska Nabadoon Diseembar 2026", "so", [
        ("title", "WARGEYSKA NABADOON - DISEEMBAR 2026"),
        ("p", "Xarunta Qoysaska Nabadoon - 1960 Cliff Lake Rd, Suite 120, Eagan, MN 55122 - (651) 555-0164"),
        ("h", "Mahadsanidin!"),
        ("p", "Mahad gaar ah 35-ta mutadawac ee naga caawiyey qaybinta cuntada Thanksgiving. Waxaan qaybinnay "
              "220 sanduuq oo cunto ah."),
        ("h", "Musqusha iyo jikada"),
        ("p", "Dhismaha xaruntu wuu duqoobay. Tuubada biyaha ee musqusha hoose ayaa daadanaysa, sinkiga jikadana "
              "biyuhu si fiican ugama socdaan. Waxaan raadinaynaa farsamayaqaan tuubooyinka (plumber) oo liisan "
              "haysta, kaas oo mutadawac ahaan ama qiimo jaban nooga shaqeyn kara. Fadlan la xiriir Cabdirisaaq: "
              "(651) 555-0164."),
        ("h", "Xafladda ardayda"),
        ("p", "Xafladda ardayda ee dhammaadka sanadka waxay dhici doontaa Sabti, 19 Diseembar, 3:00 galabnimo. "
              "Waalidiinta iyo qaraabada waa lagu martiqaaday."),
        ("h", "Fasalka Ingiriisiga"),
        ("p", "Fasalka Ingiriisiga ee waalidiinta wuxuu dib u bilaabanayaa 5 Janaayo 2027. Is diiwaangeli xafiiska."),
    ]),
    "oakdale-hmong-alliance-church/bulletin.pdf": ("Ntawv Xov Xwm Lub Kaum Ob Hlis 2026", "hmn", [
        ("title", "LUB KOOM TXOOS HMOOB OAKDALE"),
        ("title", "NTAWV XOV XWM - LUB KAUM OB HLIS 2026"),
        ("p", "6150 Hadley Ave N, Oakdale, MN 55128 - (651) 555-0187"),
        ("h", "Lub tsheb van ntawm lub koom txoos"),
        ("p", "Lub tsheb van 12 lub rooj zaum tau lov lawm tau ob lub lis piam (lub brakes thiab lub transmission). "
              "Cov laus tsis muaj tsheb tuaj pe hawm. Peb tab tom nrhiav ib tug kws kho tsheb uas txawj kho thiab "
              "pab tau peb pub dawb los yog pheej yig. Thov hu rau Xib Hwb Neng ntawm (651) 555-0187."),
        ("h", "Hmo ua koob tsheej Christmas"),
        ("p", "Hnub Thursday, 24 lub Kaum Ob Hlis, 7 teev tsaus ntuj. Cov menyuam yuav hu nkauj thiab ua yeeb yam. "
              "Caw txhua tus tuaj koom."),
        ("h", "Ua tsaug"),
        ("p", "Ua tsaug rau 18 tus tub ntxhais hluas uas tau pab ntxuav lub tsev teev ntuj thaum lub Kaum Ib Hlis."),
    ]),
    "todd-county-amigos-network/boletin.pdf": ("Boletín de diciembre 2026", "es", [
        ("title", "RED DE AMIGOS DEL CONDADO DE TODD"),
        ("title", "BOLETÍN DE DICIEMBRE 2026"),
        ("h", "Gracias"),
        ("p", "Gracias a los 60 voluntarios que repartieron juguetes el diciembre pasado. ¡Fue una fiesta!"),
        ("h", "La familia R. necesita una estufa y un refrigerador"),
        ("p", "La familia R., con cuatro hijos, perdió casi todo en el incendio de su casa móvil en Browerville el "
              "20 de noviembre. La Cruz Roja les pagó unas noches de hotel y ya encontraron una casa para rentar, "
              "pero está vacía. Necesitan una estufa y un refrigerador que funcionen. Si usted tiene uno o conoce a "
              "alguien, llame a Maricela al (320) 555-0129."),
        ("h", "Taller de derechos del inquilino"),
        ("p", "Jueves 10 de diciembre, 6 pm, en la oficina. Gratis. Aprenda qué hacer si el dueño no quiere reparar "
              "su casa."),
        ("h", "Clases de inglés en enero"),
        ("p", "Las inscripciones para las clases de inglés de enero están abiertas. Venga a la oficina de lunes a "
              "jueves con una identificación."),
        ("p", "215 Central Ave, Long Prairie, MN 56347 - (320) 555-0129"),
    ]),
    "tokkummaa-family-center-prior-lake/beeksisa.pdf": ("Beeksisa Mana Barumsaa Sanbataa", "om", [
        ("title", "WIIRTUU MAATII TOKKUMMAA"),
        ("title", "BEEKSISA - MANA BARUMSAA AFAAN OROMOO SANBATAA"),
        ("h", "Galmee ijoollee"),
        ("p", "Ijoollee umurii 5 hanga 14 galmeessuuf, unka waajjira keenyaa irraa fudhadhaa, guutaatii Sanbata "
              "dura deebisaa. Kaffaltiin hin jiru."),
        ("h", "Kitaabota ijoollee barbaachisu"),
        ("p", "Mana barumsaa keenyaaf kitaabota ijoollee Afaan Oromoo, dikshinarii Afaan Oromoo-Ingiliffaa fi "
              "kaardii Qubee barbaadna. Kitaabota akkanaa qabaattan yoo ta'e, Sanbata ganama waajjiratti fidaa."),
        ("h", "Boorsaa barumsaa"),
        ("p", "Boorsaa barumsaa gahaa qabna - galatoomaa! Kana booda hin fidinaa."),
        ("gap", ""),
        ("p", "16670 Main Ave SE, Prior Lake, MN 55372 - (952) 555-0138"),
    ]),
    "chaska-dar-al-salam-center/newsletter.pdf": ("Dar Al-Salam Quarterly Winter 2026", "en-US", [
        ("title", "DAR AL-SALAM QUARTERLY - WINTER 2026"),
        ("p", "Dar Al-Salam Center - 1110 Engler Blvd, Chaska, MN 55318 - (952) 555-0171"),
        ("h", "From the Imam"),
        ("p", "As the nights grow long and cold, remember the neighbor who has no one to check on him. A bowl of "
              "soup and a knock on the door are sadaqah too."),
        ("h", "Building update"),
        ("p", "Alhamdulillah, the new carpet in the prayer hall is finished. Less happily, the flat roof over the "
              "gym leaked again during the November storms and we lost two ceiling tiles and a basketball hoop to "
              "water damage. We are seeking a licensed roofer who can inspect the roof and give the board an honest "
              "estimate - and if you are able to donate some of the labor, even better. Please call Br. Khalid."),
        ("h", "Sisters' Winter Bazaar"),
        ("p", "Sunday, December 13, 11 am to 4 pm in the gym. Scarves, abayas, perfume, baked goods and henna. "
              "Proceeds go to the weekend school."),
        ("h", "Pre-marriage workshop"),
        ("p", "A four-week pre-marriage workshop starts January 10, 2027. Register with the office; space is "
              "limited to 12 couples."),
    ]),
    "north-branch-karen-growers-coop/newsletter.pdf": ("Growers' Notes Winter 2026", "en-US", [
        ("title", "GROWERS' NOTES - WINTER 2026"),
        ("p", "North Branch Karen Growers Cooperative - 38740 Grand Ave, North Branch, MN 55056"),
        ("h", "Season wrap-up"),
        ("p", "Fourteen families sold about 31,000 pounds of vegetables this year, from long beans and bitter "
              "melon to sweet corn. Thank you to every CSA member and market customer."),
        ("h", "Keeping the books"),
        ("p", "As we grow, our bookkeeping has outgrown a shoebox of receipts. We are looking for a volunteer "
              "bookkeeper who understands cooperative accounting (patronage dividends, member equity) to set up "
              "QuickBooks and train our treasurer, Paw Htoo, over the winter months. A few hours a month would "
              "make a big difference."),
        ("h", "Annual member meeting"),
        ("p", "Saturday, January 16, 2027, 1 pm at the North Branch library. Lunch provided; Karen and English."),
        ("h", "CSA sign-ups"),
        ("p", "CSA sign-ups for 2027 open on February 1. Tell your friends!"),
    ]),
    "grand-rapids-open-door-clinic/newsletter.pdf": ("Open Door News Winter 2026", "en-US", [
        ("title", "OPEN DOOR NEWS - WINTER 2026"),
        ("p", "OPEN DOOR FREE CLINIC OF ITASCA COUNTY - 1201 NE 3RD AVE, GRAND RAPIDS, MN 55744"),
        ("h", "NEW COMPUTERS, NEW CHALLENGES"),
        ("p", "THANKS TO A GRANT FROM THE BLANDIN FOUNDATION WE ARE MOVING FROM PAPER CHARTS TO AN ELECTRONIC "
              "HEALTH RECORD IN MARCH. WE ARE SEEKING AN IT VOLUNTEER WHO CAN SET UP OUR SIX NEW LAPTOPS, THE "
              "WIRELESS NETWORK AND THE PRINTERS, AND HELP OUR VOLUNTEERS LEARN THE SYSTEM. PLEASE CALL LINDA."),
        ("h", "MEET OUR NEW NURSE MANAGER"),
        ("p", "KATHY JOHNSON, RN, GREW UP IN DEER RIVER AND WORKED 30 YEARS IN THE GRAND ITASCA EMERGENCY ROOM. "
              "SHE JOINED US IN OCTOBER."),
        ("h", "SOUP AND BREAD SUPPER"),
        ("p", "THURSDAY, JANUARY 21, 2027, 5-7 PM AT FIRST LUTHERAN CHURCH. FREE-WILL OFFERING. ALL WELCOME!"),
        ("h", "NOW HIRING: CLINIC COORDINATOR"),
        ("p", "PAID PART-TIME POSITION, 20 HOURS A WEEK. SCHEDULES VOLUNTEERS AND PATIENTS. CALL THE OFFICE."),
    ]),
    "two-harbors-youth-boatworks/volunteer-packet.pdf": ("Volunteer Packet 2026-27", "en-US", [
        ("title", "NORTH SHORE YOUTH BOATWORKS"),
        ("title", "VOLUNTEER PACKET 2026-27"),
        ("h", "Welcome aboard"),
        ("p", "Thank you for joining the crew! This packet covers shop safety, our youth-protection rules and "
              "what to expect on your first day."),
        ("h", "Background check"),
        ("p", "Every adult volunteer who works with teens must pass a criminal background check before their "
              "first shift. It is free and takes about a week. Fill out the form on page 2 and return it to Kari."),
        ("h", "Shop safety"),
        ("p", "Safety glasses at all times in the shop. No loose sleeves near the bandsaw. Two adults in the shop "
              "whenever teens are present."),
        ("h", "Winter need: first-aid instructor"),
        ("p", "Before the spring launch, every crew leader (ages 16-18) must hold a current CPR and first-aid card. "
              "We are looking for a certified Red Cross or American Heart Association instructor who could "
              "volunteer to teach one Saturday class for ten teens in January or February. Talk to Kari."),
        ("h", "Thank you"),
        ("p", "Thank you to the 35 volunteers of the 2026 launch-day crew who carried boats, cooked brats and "
              "kept the dock safe."),
        ("gap", ""),
        ("h", "Volunteer form (page 2)"),
        ("p", "Name: ______________________________   Phone: ____________________"),
        ("p", "Email: _____________________________   Date of birth: _____________"),
        ("p", "Signature: __________________________   Date: __________"),
    ]),
}


def main():
    for rel, (title, lang, blocks) in DOCS.items():
        path = os.path.join(SITES, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        data = build_pdf(blocks, title, lang)
        with open(path, "wb") as f:
            f.write(data)
        print("wrote %s (%d bytes)" % (rel, len(data)))


if __name__ == "__main__":
    main()
