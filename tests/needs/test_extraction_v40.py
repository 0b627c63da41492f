"""Failure classes found on blind round 40 (after v39's one-shot score there), tested with new
synthetic wording (none of it is the round's text): a table whose first column says what is
needed beside when and status columns, with filled and paid rows; a CMS listing whose fields
carry labels ("Position:", "Status:"); paid roles and services in Oromo and Somali; money
appeals in Oromo; a Karen heading glossed in English; a list announced by "Por favor
traiga …:"; bare headcounts and "someone" after a heading; newsletter asks put as "we are
asking whether … could lend us …", "if you … would be willing to help with …", "if you …
and could fix …"; a statement the same passage says is covered; a crew under an event's
heading; a dated story of a family that asks "si usted tiene …"; open badges at the end of
list items. The Amharic, Oromo, Somali, Hmong and Karen lines are my own wording from
dictionaries and may be imperfect."""

from __future__ import annotations

import pytest

from tests.needs.extraction_pages import MODES, has, page, pdf_titles, titles


@pytest.mark.parametrize("use_model", MODES)
def test_need_first_table_with_status_and_wage_rows(use_model):
    html = page("""<h1>የሚያስፈልገን እርዳታ</h1>
      <table><tr><th>የሚያስፈልገን</th><th>መቼ</th><th>ሁኔታ</th></tr>
        <tr><td>የሒሳብ አስተማሪ ለወጣቶች</td><td>እሑድ</td><td>ያስፈልጋል</td></tr>
        <tr><td>የብርድ ልብሶች ለአዲስ ቤተሰቦች</td><td>—</td><td>ተሟልቷል፣ እናመሰግናለን</td></tr>
        <tr><td>ቡና አፍዮች ለበዓሉ</td><td>ጥር 11</td><td>በቂ ሰው አለን</td></tr>
        <tr><td>የማዕከሉ ጽዳት ሠራተኛ</td><td>በሳምንት 15 ሰዓት</td><td>ደመወዝ ይከፈላል</td></tr>
      </table>""", lang="am")
    found = titles(html, use_model=use_model)
    assert has(found, "የሒሳብ አስተማሪ"), found
    assert not any(t.startswith(("እሑድ", ":")) for t in found), found  # the need, not "when"
    assert not has(found, "ብርድ ልብሶች") and not has(found, "ቡና አፍዮች"), found
    assert not has(found, "ጽዳት ሠራተኛ"), found


@pytest.mark.parametrize("use_model", MODES)
def test_cms_listing_with_field_labels(use_model):
    def row(title, status, body=""):
        return (f'<div class="views-row"><div class="views-field views-field-title">'
                f'<span class="views-label">Position: </span><span class="field-content">{title}'
                f'</span></div><div class="views-field views-field-field-status">'
                f'<span class="views-label">Status: </span><div class="field-content">{status}'
                f'</div></div>' + (f'<div class="views-field views-field-body"><div class='
                                   f'"field-content">{body}</div></div>' if body else "")
                + "</div>")
    html = page('<h1>Volunteer positions</h1><p>Call Dee at the front desk to sign up.</p>'
                '<div class="view-content">'
                + row("Grocery shuttle driver – Thursday loop", "Open",
                      "Three hours. Our van, your valid license.")
                + row("Bingo caller", "No longer needed – the residents run it now")
                + row("Income tax helper", "Season ended – back in January")
                + row("Activities aide", "Paid position – $17/hour",
                      "Afternoons, 20 hours a week.")
                + row("Garden buddy", "Open", "Water and weed the raised beds with residents.")
                + "</div>")
    found = titles(html, use_model=use_model)
    assert has(found, "grocery shuttle driver") and has(found, "garden buddy"), found
    assert not has(found, "bingo") and not has(found, "income tax"), found
    assert not has(found, "activities aide") and not has(found, "position"), found


@pytest.mark.parametrize("use_model", MODES)
def test_oromo_table_wage_service_and_money(use_model):
    html = page("""<h1>Hawaasa keenya</h1>
      <h2>Barumsa Afaan Oromoo</h2>
      <p>Ijoolleen Dilbata galgala barreessuu baratu. Barumsi kun bilisa.</p>
      <h2>Hojii tola ooltummaa</h2>
      <table><tr><th>Hojii</th><th>Yeroo</th><th>Haala</th></tr>
        <tr><td>Konkolaachisaa (Afaan Oromoo – Ingiliffaa) maatii haaraaf</td>
            <td>Sanbata</td><td>Namoota 3 barbaanna</td></tr>
        <tr><td>Barreessaa waajjiraa</td><td>Torbanitti sa'aatii 15</td><td>Mindaa qaba</td></tr>
      </table>
      <h2>Maallaqaan nu gargaaraa</h2>
      <p>Kiraa mana keenyaa kaffaluuf gumaacha keessan barbaanna.</p>""", lang="om")
    found = titles(html, use_model=use_model)
    assert has(found, "konkolaachisaa"), found
    assert not any("(" in t and ")" not in t for t in found), found  # a dash inside brackets
    assert not has(found, "barreessaa waajjiraa"), found
    assert not has(found, "barumsa"), found
    assert not has(found, "maallaqaan"), found


@pytest.mark.parametrize("use_model", MODES)
def test_somali_service_americorps_and_open_badges(use_model):
    html = page("""<h1>Xarunta</h1>
      <h2>Barnaamijka dharka</h2>
      <p>Qoys kasta oo ka diiwaan gashan xarunta wuxuu helaa dhar jiilaal ah sanadkii.</p>
      <h2>Mutadawiciinta aan u baahanahay</h2>
      <ul><li><strong>Kaaliye maktabad</strong> — Arbacada, buugaagta u kala saar carruurta.
          [(Waa furan)]</li>
        <li><strong>Darawal</strong> — Khamiista, waayeelka u qaad rugta caafimaadka.
          [(Waa furan)]</li></ul>
      <h2>Staff</h2>
      <h2>Family Navigator (AmeriCorps)</h2>
      <p>10-month AmeriCorps position with living allowance.</p>""", lang="so")
    found = titles(html, use_model=use_model)
    assert has(found, "kaaliye maktabad") and has(found, "darawal"), found
    assert not has(found, "barnaamijka"), found
    assert not has(found, "navigator"), found


@pytest.mark.parametrize("use_model", MODES)
def test_karen_gloss_badge_heading_and_filled_role(use_model):
    html = page("""<h1>ပှၤကညီ</h1>
      <h2>တၢ်လိၣ်ဘၣ် (What we need)</h2>
      <h3>ပှၤနီၣ်ကဟဲ (Van drivers)</h3>
      <p>ပှၤ 3 ဂၤ · Sunday mornings · church parking lot</p>
      <h3>သရၣ်သိၣ်လိ piano (Piano teacher)</h3>
      <p>We have one now. တၢ်ဘျုးဘၣ်</p>""", lang="ksw")
    found = titles(html, use_model=use_model)
    assert has(found, "van drivers"), found
    assert not has(found, "piano"), found
    html = page("""<h1>Oportunidades</h1>
      <p class="title">Voluntarios</p>
      <p>Si una tarjeta dice ABIERTO, todavía buscamos a alguien.</p>
      <div class="grid"><div class="card"><h3>Tutor de matemáticas</h3>
        <span class="chip">ABIERTO</span><p>Martes por la tarde con alumnos de secundaria.</p>
      </div><div class="card"><h3>Ayudante de cocina</h3>
        <span class="chip">ABIERTO</span><p>Necesitamos dos personas para servir la cena.</p>
      </div></div>""", lang="es")
    found = titles(html, use_model=use_model)
    assert has(found, "tutor de matemáticas"), found
    assert not any(t.lower().endswith(": alguien") for t in found), found
    assert not any("[ABIERTO]" in t or t.strip() == "ABIERTO" for t in found), found


@pytest.mark.parametrize("use_model", MODES)
def test_spanish_flyer_announced_list_and_bare_headcount(use_model):
    text = ("Campaña de invierno 2025 Centro Esperanza - 22 Oak Street - 555-0100 Este año "
            "queremos abrigar a 80 familias. Por favor traiga ropa de invierno nueva a la "
            "oficina antes del 1 de diciembre:\n"
            "- abrigos para niños\n- guantes y gorros\n- botas de nieve\n\n"
            "Se buscan voluntarios para clasificar ropa el sábado 6 de diciembre. "
            "Necesitamos 12 personas.")
    found = pdf_titles(text)
    assert has(found, "abrigos para niños") and has(found, "clasificar"), found
    assert not any(t.strip().lower() == "12 personas" for t in found), found
    assert sum(has([t], "guantes") or has([t], "botas") for t in found) <= 1, found


@pytest.mark.parametrize("use_model", MODES)
def test_newsletter_lend_willing_fix_and_covered(use_model):
    html = page("""<h1>The Pantry Post</h1>
      <h2>From the coordinator</h2>
      <p>Our delivery van failed inspection last month. Until we find another, we are asking
      whether a church or a business could lend us a cargo van on Wednesday afternoons.</p>
      <p>We would like to start a small newsletter in Spanish. If you like to write and would
      be willing to help with translation of our flyers, let us know.</p>
      <h2>In the warehouse</h2>
      <p>The walk-in cooler door no longer seals. If you know refrigeration and could fix our
      cooler door, please call us.</p>
      <h2>About diapers</h2>
      <p>Size 5 diapers and baby wipes are what young parents ask for first at our door.
      This month, though, the diaper shelf is full thanks to the Rotary drive.</p>
      <h2>New volunteers</h2>
      <p>Everyone starts with a short tour on the first Monday of the month.</p>""")
    found = titles(html, use_model=use_model)
    assert has(found, "cargo van"), found
    assert has(found, "translation"), found
    assert has(found, "cooler door"), found
    assert not has(found, "diapers"), found
    assert not has(found, "new volunteers"), found


@pytest.mark.parametrize("use_model", MODES)
def test_crew_under_event_heading_and_dated_family_story(use_model):
    text = ("Book Fair 2026 Friends of the Library - 4 Elm Street Our book fair returns in "
            "March.\n\n# Book sorting evening\n\nMonday, March 2, 6 to 8 p.m. We need 8 "
            "volunteers to sort, price and box. Cookies provided.")
    found = pdf_titles(text)
    assert has(found, "book sorting"), found
    html = page("""<h1>Historias</h1>
      <h2>Empezar otra vez en Arlington</h2>
      <p>3 de marzo de 2025</p>
      <p>La familia Pérez Luna llegó en enero desde Oaxaca. Los dos papás ya trabajan, pero el
      departamento no tiene nada: los niños duermen en colchonetas. Si usted tiene una cuna
      en buen estado o un sofá, por favor llame a Ana al 555-0111.</p>""", lang="es")
    found = titles(html, use_model=use_model)
    assert has(found, "cuna"), found


@pytest.mark.parametrize("use_model", MODES)
def test_amharic_heading_ask_names_the_need_and_oromo_flyer(use_model):
    html = page("""<h1>እንኳን ደህና መጡ</h1>
      <h3>የልብስ ስፌት አስተማሪ እንፈልጋለን</h3>
      <p>ለወጣት ሴቶች ቅዳሜ ጠዋት በማዕከሉ የልብስ ስፌት የሚያስተምሩ በጎ ፈቃደኛ እንፈልጋለን።</p>""",
                lang="am")
    found = titles(html, use_model=use_model)
    assert found and all(len(t.split()) <= 6 for t in found), found
    assert has(found, "የልብስ ስፌት አስተማሪ"), found
    text = ("Guyyaa Qulqullina Laga\n\nHawaasa Oromoo - 10 River Road Sanbata, Waxabajjii 7. "
            "Magaalaan qarqara laga qulqulleessuuf nu gaafatte. Tola ooltota 15 barbaanna: "
            "dargaggoota fi maatii. Guwaantii ni kennina.")
    found = pdf_titles(text)
    assert has(found, "tola ooltota"), found


@pytest.mark.parametrize("use_model", MODES)
def test_service_offers_to_the_reader_and_field_over_role(use_model):
    html = page("""<h1>Xov xwm</h1>
      <h2>Kev pab nrog ntawv</h2>
      <p>Yog koj xav tau kev pab sau ntawv thov nyiaj pab cua sov, hu rau peb lub chaw.</p>
      <h2>Legal clinic</h2>
      <p>Seeking a volunteer notary or immigration lawyer one evening a month to check
      forms before families mail them.</p>""", lang="hmn")
    found = titles(html, use_model=use_model)
    assert not has(found, "kev pab nrog ntawv"), found
    assert has(found, "notary"), found


@pytest.mark.parametrize("use_model", MODES)
def test_hourly_wages_in_the_languages_served(use_model):
    html = page("""<h1>Oportunidades</h1>
      <h2>Maestra de arte para niños</h2>
      <p>Los sábados por la mañana, 3 horas. Se paga $20 por hora.</p>
      <h2>Voluntarios para la despensa</h2>
      <p>Necesitamos personas para empacar cajas los martes por la tarde.</p>""", lang="es")
    found = titles(html, use_model=use_model)
    assert has(found, "despensa") or has(found, "empacar"), found
    assert not has(found, "maestra de arte"), found
    html = page("""<h1>Shaqooyin</h1>
      <h2>Kaaliye xafiis</h2>
      <p>Toddobaadkii 20 saacadood, $18 saacaddii. Soo dir CV-gaaga.</p>""", lang="so")
    assert not has(titles(html, use_model=use_model), "kaaliye xafiis")


@pytest.mark.parametrize("use_model", MODES)
def test_money_by_name_and_enough_people(use_model):
    html = page("""<h1>እንኳን ደህና መጡ</h1>
      <h3>ለልጆች መጻሕፍት</h3>
      <p>ለቅዳሜ ትምህርት ቤት የአማርኛ የልጆች መጻሕፍት እንፈልጋለን።</p>
      <h3>ገንዘብ ይለግሱ</h3>
      <p>የእርስዎ ስጦታ የአዳራሹን ኪራይ ይከፍላል።</p>""", lang="am")
    found = titles(html, use_model=use_model)
    assert has(found, "መጻሕፍት"), found
    assert not has(found, "ገንዘብ"), found
    html = page("""<h1>Đăng ký công quả</h1>
      <table><tr><th>Công việc</th><th>Số người cần</th><th>Tình trạng</th></tr>
        <tr><td>Cắm hoa bàn thờ</td><td>2</td><td>Đủ người</td></tr>
        <tr><td>Rửa chén sau bữa trưa</td><td>3</td><td><b>Còn thiếu 1 người</b></td></tr>
      </table>""", lang="vi")
    found = titles(html, use_model=use_model)
    assert has(found, "rửa chén"), found
    assert not has(found, "cắm hoa"), found
