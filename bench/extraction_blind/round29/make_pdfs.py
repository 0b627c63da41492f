#!/usr/bin/env python3
"""Generate the small PDFs used by blind extraction round 29 (stdlib only).

The PDF writer is round 1's, unchanged; DOCS are new for this round.

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
    "blooming-prairie-ministerio-hispano/boletin.pdf": ("Boletín del Ministerio Hispano - 3 de mayo de 2026", [
        ("title", "PARROQUIA SAN ISIDRO LABRADOR - BLOOMING PRAIRIE"),
        ("title", "BOLETÍN DEL MINISTERIO HISPANO - 3 DE MAYO DE 2026"),
        ("p", "208 4th Ave SW, Blooming Prairie, MN 55917 - Tel. 507-555-0122 - Padre Tomás Ruiz, párroco"),
        ("h", "Intenciones de la Misa"),
        ("p", "Sábado 7:00 p.m.: + Juan Carlos Méndez (primer aniversario). Domingo 12:30 p.m.: por la salud de "
              "Doña Rosario Aguilar."),
        ("h", "Colecta de la semana pasada"),
        ("p", "Colecta del 26 de abril: $1,284. ¡Que Dios les pague su generosidad!"),
        ("h", "Gracias, voluntarios"),
        ("p", "Gracias a las 18 personas que vinieron el sábado pasado a limpiar el salón parroquial y a pintar el "
              "baño de los niños. ¡Quedó como nuevo! Los tamales de Doña Chayo también ayudaron."),
        ("h", "Avisos"),
        ("p", "La oficina parroquial estará cerrada el lunes 25 de mayo (Memorial Day). Las formas para el bautizo "
              "se recogen en la oficina. Además, el Padre Tomás pide la ayuda de un electricista con licencia que "
              "pueda revisar el cableado del garaje de la despensa sin cobrar: las luces se apagan solas y el "
              "congelador se desconecta. Si usted puede, hable con el Padre después de Misa."),
        ("h", "Preparación para quinceañeras"),
        ("p", "Las pláticas para quinceañeras y sus papás empiezan el domingo 17 de mayo a las 2:00 p.m. en el "
              "salón. Inscripción en la oficina ($25 por familia)."),
        ("h", "Kermés parroquial - domingo 7 de junio"),
        ("p", "Comida típica, juegos para niños, lotería, rifa y música en vivo después de la Misa de 12:30. "
              "¡Invite a sus vecinos!"),
        ("h", "Oremos por"),
        ("p", "Oremos por la familia Hernández López, que perdió su casa en un incendio en Ellendale el mes pasado, "
              "y por todos los enfermos de nuestra comunidad."),
    ]),
    "dodge-center-hodan-family-center/so/warside.pdf": ("Warsidaha Xarunta Hodan - Gu' 2026", [
        ("title", "WARSIDAHA XARUNTA QOYSKA HODAN"),
        ("title", "GU' 2026"),
        ("p", "15 Main St W, Dodge Center, MN 55927 - Telefoon: 507-555-0133"),
        ("h", "Mahadsanidiin, mutadawiciinta!"),
        ("p", "Sabtidii hore 25 mutadawiciin ah ayaa nadiifiyey xarunta oo rinjiyeeyey fasalka carruurta. "
              "Aad iyo aad baad u mahadsantihiin. Sawirrada waxaad ka arki kartaan bogga Facebook-ga."),
        ("h", "Ardaydeena iyo kombiyuutarrada"),
        ("p", "Ardayda dugsiga sare ee barnaamijka Homework Help qaarkood ma haystaan kombiyuutar guriga, "
              "waxayna casharrada ku qoraan taleefannada. Waxaan raadinaynaa 10 laptop oo shaqeeya; kuwa la "
              "isticmaalay waa la aqbalayaa haddii ay shaqeynayaan. La xiriir Axmed: 507-555-0135."),
        ("h", "Shirka waalidiinta"),
        ("p", "Shirka waalidiinta ee bishan waa Axadda 17 May, 4:00 galabnimo, xarunta dhexdeeda. "
              "Dhammaan waalidiinta waa lagu soo dhaweynayaa. Shaah iyo buskud ayaa la heli doonaa."),
        ("h", "Ogeysiis"),
        ("p", "Xaruntu waxay xirnaan doontaa Isniinta 25 May (Memorial Day)."),
    ]),
    "tracy-hmong-family-association/hmn/xov-xwm.pdf": ("Koom Haum Hmoob Tracy - Xov Xwm", [
        ("title", "KOOM HAUM HMOOB TRACY - XOV XWM"),
        ("title", "Lub 5 hli 2026"),
        ("p", "PO Box 217, Tracy, MN 56175 - 507-555-0144"),
        ("h", "Ua tsaug rau cov tuaj pab"),
        ("p", "Ua tsaug rau 22 tus neeg uas tuaj pab ua cov txaj zaub (raised beds) rau cov laus hnub tim 25 lub 4 hli. "
              "Peb zoo siab heev!"),
        ("h", "Chav ua noj xav tau ib lub tub yees"),
        ("p", "Lub tub yees qub hauv chav ua noj ntawm lub community room puas lawm. Yog leej twg muaj ib lub tub yees "
              "loj uas tseem siv tau zoo thiab xav muab pub, thov hu rau Tou: 507-555-0145. Peb yuav tuaj nqa."),
        ("h", "Noj mov ua ke Hnub Txiv"),
        ("p", "Hnub Sunday, lub 6 hli tim 21, peb yuav noj mov ua ke ntawm Central Park thaum 12:00 teev tav su. "
              "Coj koj tsev neeg tuaj!"),
        ("h", "Nyiaj koom haum"),
        ("p", "Thov txhua tsev neeg them nyiaj koom haum $40 ib xyoos. Koj cov nyiaj pab peb them tus nqi hluav taws "
              "xob thiab xauj chav."),
    ]),
    "janesville-gargaarsa-oromo/gabaasa.pdf": ("Gabaasa Waldaa - Caamsaa 2026", [
        ("title", "WALDAA GARGAARSA HAWAASA OROMOO JANESVILLE"),
        ("title", "GABAASA WALDAA - CAAMSAA 2026"),
        ("p", "102 N Main St, Janesville, MN 56048 - Bilbila: 507-555-0166"),
        ("h", "Galatoomaa!"),
        ("p", "Sanbata darbe tola ooltonni 20 ta'an mana waldaa qulqulleessanii halluu dibani. Hojii gaarii "
              "hojjettaniif galatoomaa!"),
        ("h", "Maatii haaraa haa gargaarru"),
        ("p", "Ji'a darbe maatiin namoota shan ta'an Keeniyaa irraa gara Janesville dhufan. Manni isaanii duwwaa "
              "dha: siree, teessoo fi minjaala hin qaban, ijoolleen isaanii sadanuu uffata gahaa hin qaban. Yoo "
              "meeshaa manaa ykn uffata ijoollee qabaattan, Caaltuu 507-555-0167 bilbilaa. Nuti dhufnee fudhanna."),
        ("h", "Walgahii waggaa"),
        ("p", "Walgahiin waggaa waldaa Dilbata, Waxabajjii 14, sa'aatii 2:00 irratti mana waldaa keessatti ni "
              "geggeeffama. Miseensonni hundi akka argamtan kabajaan isin affeerra."),
        ("h", "Hojii kaffaltii qabu"),
        ("p", "Waldaan keenya qindeessaa sagantaa dargaggootaa (yeroo walakkaa, kaffaltii $20 sa'aatiitti) qacaruu "
              "barbaada. Iyyannoo keessan hanga Waxabajjii 1 tti info@gargaarsa-oromo.example.org tti ergaa."),
    ]),
    "mora-good-samaritan-food-shelf/newsletter.pdf": ("The Good Samaritan News - Spring 2026", [
        ("title", "THE GOOD SAMARITAN NEWS - SPRING 2026"),
        ("p", "GOOD SAMARITAN FOOD SHELF - 27 FOREST AVE E, MORA, MN 55051 - (320) 555-0102"),
        ("h", "FROM THE CHAIR"),
        ("p", "WHAT A WINTER. WE SERVED 214 HOUSEHOLDS IN FEBRUARY, THE MOST IN OUR 39 YEARS. THANK YOU FOR "
              "STANDING WITH US AND WITH YOUR NEIGHBORS. - GLORIA ENGSTROM"),
        ("h", "TREASURER RETIRING"),
        ("p", "AFTER 22 YEARS, BEV LUND IS HANGING UP HER CALCULATOR IN JUNE. WE ARE LOOKING FOR SOMEONE WITH "
              "BOOKKEEPING EXPERIENCE (QUICKBOOKS A PLUS) TO TAKE OVER THE BOOKS - ABOUT 4 HOURS A MONTH. BEV WILL "
              "TRAIN YOU. CALL GLORIA AT (320) 555-0104."),
        ("h", "FISHING OPENER BAKE SALE"),
        ("p", "SATURDAY MAY 9 AT THE MORA BAIT SHOP, 6 AM UNTIL WE SELL OUT. ALL PROCEEDS GO TO THE FOOD SHELF. "
              "COME EARLY FOR THE CARAMEL ROLLS!"),
        ("h", "THANK YOU MORA FFA"),
        ("p", "THE MORA FFA CHAPTER COLLECTED 1,900 POUNDS OF FOOD AT THEIR WINTER FOOD DRIVE AND SPENT A SATURDAY "
              "STOCKING OUR SHELVES. YOU KIDS ARE THE BEST."),
        ("h", "TEFAP COMMODITIES"),
        ("p", "GOVERNMENT COMMODITIES (TEFAP) ARE GIVEN OUT THE THIRD WEDNESDAY OF EACH MONTH, 1-3 PM, AT THE "
              "FOOD SHELF. INCOME GUIDELINES APPLY. ASK AT THE DESK."),
    ]),
    "caledonia-neighbors-helping-neighbors/flyer.pdf": ("Spring Yard Cleanup Day 2026", [
        ("title", "SPRING YARD CLEANUP DAY"),
        ("title", "SATURDAY, MAY 9, 2026 - 8:30 AM TO NOON"),
        ("p", "Caledonia Neighbors Helping Neighbors - text 507-555-0113"),
        ("gap", ""),
        ("h", "VOLUNTEERS NEEDED"),
        ("p", "Fifteen of our elderly and disabled neighbors can't rake, clear gutters or haul brush this spring. "
              "We need about 40 volunteers to work in crews of 3 or 4. Bring rakes, gloves and a pickup if you "
              "have one. Meet in the Trinity Lutheran parking lot at 8:30 for coffee and assignments. "
              "Sign up by texting YARD to 507-555-0113."),
        ("gap", ""),
        ("h", "HOMEOWNERS"),
        ("p", "If you are a senior or have a disability and would like your yard done, call Jen at 507-555-0114 "
              "by May 1 to get on the list."),
        ("gap", ""),
        ("h", "LUNCH"),
        ("p", "Brats and chips for every volunteer at noon, grilled by the Caledonia Lions."),
    ]),
    "sleepy-eye-welcome-table/volunteer-form.pdf": ("Welcome Table Volunteer Application", [
        ("title", "SLEEPY EYE WELCOME TABLE"),
        ("title", "VOLUNTEER APPLICATION"),
        ("p", "Please fill out and bring to any Wednesday meal, or e-mail a photo of it to hola@welcometable-se.example.org."),
        ("p", "Name: ______________________________   Phone: ____________________"),
        ("p", "E-mail: _____________________________   Languages: ________________"),
        ("p", "I am interested in:  [ ] Wednesday meal   [ ] Reading buddies   [ ] English class   [ ] Other: ________"),
        ("gap", ""),
        ("h", "NOW RECRUITING: COMMUNITY GARDEN TEAM LEADER"),
        ("p", "This summer we are turning the quarter-acre lot behind St. Mary's into a community garden for our "
              "families. We need a garden team leader to organize planting days, keep the watering schedule and "
              "help first-time gardeners, a few hours a week from May to September. You don't have to be an expert, "
              "just someone who has grown a garden before and likes people. Check here if interested: [  ]"),
        ("gap", ""),
        ("h", "BACKGROUND CHECK"),
        ("p", "Volunteers who work with children must pass a background check. Signature: __________________  "
              "Date: __________"),
        ("p", "116 2nd Ave NW, Sleepy Eye, MN 56085 - 507-555-0124"),
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
