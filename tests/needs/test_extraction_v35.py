"""Failure classes found on blind round 35 (after v34's one-shot score there), tested with new
synthetic wording (none of it is the round's text): a wish list laid out as cards of things;
an Oromo volunteer table under a "Tajaajila tola ooltummaa" heading; a form PDF's options line
before a section, its fields and its "how to return" part; a Somali building appeal; a
heading that tells what broke; "we'd be grateful for …"; a Hmong "Yog koj muaj" (if you have
some); a list item's condition in brackets; "if anyone with … experience has …"; a bold label
that names the work over an ask for the person; cards under "Still needed"; "…; the hardware
store will donate the paint"; Amharic and Arabic lists of things.  Translations are the
authors' best effort (Oromo, Somali, Hmong and Amharic least sure)."""

from __future__ import annotations

import pytest

from needs.extraction.titles import ask_object
from tests.needs.extraction_pages import MODES, has, page, pdf_titles, titles


def test_anyone_with_experience_is_the_person_asked_for():
    assert ask_object("If anyone with welding experience has a spare Saturday, please call "
                      "Rita; we have the steel.") == "Someone with welding experience"


@pytest.mark.parametrize("use_model", MODES)
def test_cards_of_things_are_one_wish_list(use_model):
    html = page("""<h1>Give</h1>
      <h2>Move-in kits for three new families</h2>
      <p>Each kit holds:</p>
      <h4>Shower curtains</h4><p>With rings</p>
      <h4>Bath mats</h4><p>Any color</p>
      <h4>Dish racks</h4><p>New or like new</p>
      <h4>Mop and bucket</h4>""")
    found = titles(html, use_model=use_model)
    assert len(found) == 1 and has(found, "move-in kits", "shower curtains"), found


@pytest.mark.parametrize("use_model", MODES)
def test_oromo_volunteer_table(use_model):
    html = page("""<h1>Tajaajila tola ooltummaa</h1>
      <table>
        <tr><th>Hojii</th><th>Guyyaa</th><th>Bakka duwwaa</th><th>Haala</th></tr>
        <tr><td>Kitaaba qindeessuu</td><td>Dilbata</td><td>2</td><td>Banaa</td></tr>
        <tr><td>Kaffee qopheessuu</td><td>Sanbata</td><td>0</td><td>Guutuu</td></tr>
      </table>""", lang="om")
    found = titles(html, use_model=use_model)
    assert has(found, "kitaaba qindeessuu"), found
    assert not has(found, "kaffee"), found


@pytest.mark.parametrize("use_model", MODES)
def test_form_pdf_options_fields_and_return(use_model):
    text = ("PINE HILL COMMUNITY CENTER - HELPER FORM\nName: ______________ Phone: __________\n"
            "Days you can come: Monday / Wednesday / Friday / Saturday\n"
            "Saturdays: garden weeding\nWe need four people to weed the community garden beds "
            "from 8 to 10 am every Saturday in June.\nHow to return this form\n"
            "Hand it to the front desk or take a photo and text it to the office.")
    found = pdf_titles(text, use_model=use_model)
    assert has(found, "garden weeding") or has(found, "weed the community garden"), found
    assert not has(found, "return"), found
    assert not any(t.casefold().startswith("name") for t in found), found


@pytest.mark.parametrize("use_model", MODES)
def test_somali_building_appeal_is_no_need(use_model):
    html = page("""<h1>Xarunta</h1>
      <h2>Caawiyeyaal casharrada</h2>
      <p>Waxaan u baahanahay laba qof oo carruurta ka caawiya casharrada Arbacada.</p>
      <h4>Taageer dhismaha cusub</h4>
      <p>Waxaan lacag u ururinaynaa dhismo cusub. Deeq kasta way na caawinaysaa.</p>""",
                lang="so")
    found = titles(html, use_model=use_model)
    assert not has(found, "taageer"), found


@pytest.mark.parametrize("use_model", MODES)
def test_heading_that_tells_what_broke(use_model):
    html = page("""<h1>Donate</h1>
      <h2>Our church van's heater gave out</h2>
      <p>We need a van heater core, or a mechanic who can install one.</p>""")
    found = titles(html, use_model=use_model)
    assert has(found, "heater core"), found


@pytest.mark.parametrize("use_model", MODES)
def test_grateful_for_names_the_things(use_model):
    html = page("""<h1>Pantry</h1>
      <h3>Low shelves this month</h3>
      <p>The shelves are thin. We'd be grateful for canned salmon, brown rice and baby
      wipes. Drop them at the church office.</p>""")
    found = titles(html, use_model=use_model)
    assert has(found, "canned salmon"), found


@pytest.mark.parametrize("use_model", MODES)
def test_hmong_if_you_have_some_is_no_title(use_model):
    html = page("""<h1>Chaw pab cov laus</h1>
      <h2>Peb xav tau kev pab</h2>
      <p>Peb tseem tsis muaj txaus: phuam so tes, xab npum, thiab thom khwm. Yog koj muaj,
      thov nqa tuaj rau hnub Tuesday.</p>""", lang="hmn")
    found = titles(html, use_model=use_model)
    assert not has(found, "yog koj muaj"), found


@pytest.mark.parametrize("use_model", MODES)
def test_list_item_condition_in_brackets(use_model):
    html = page("""<h1>Voluntarios</h1>
      <p>Buscamos personas que puedan:</p>
      <ul><li>grabar los anuncios de la radio comunitaria (se necesita buena voz y
      puntualidad)</li>
      <li>repartir volantes en la feria del domingo</li></ul>""", lang="es")
    found = titles(html, use_model=use_model)
    assert has(found, "grabar los anuncios"), found
    assert not has(found, "buena voz"), found


@pytest.mark.parametrize("use_model", MODES)
def test_bold_label_of_the_work_over_an_ask_for_the_person(use_model):
    html = page("""<h1>Voluntariado</h1>
      <p>Lo que necesitamos este año:</p>
      <ul><li><b>Declaraciones de impuestos</b> – buscamos un contador voluntario que ayude
      a las familias los sábados de febrero.</li>
      <li><b>Huerto escolar</b> – dos personas para regar los martes.</li></ul>""", lang="es")
    found = titles(html, use_model=use_model)
    assert has(found, "contador"), found


@pytest.mark.parametrize("use_model", MODES)
def test_cards_under_still_needed(use_model):
    html = page("""<h1>Neighbor requests</h1>
      <h2>Still needed</h2>
      <h3>Gutter cleaning for Mrs. Berg</h3>
      <p>Her gutters are packed with leaves and she is 91.</p>
      <h3>Rides to dialysis in Cambridge</h3>
      <p>Mr. Vang goes Monday, Wednesday and Friday at 6 am. We need someone who can drive
      one of those mornings; the clinic will reimburse mileage.</p>""")
    found = titles(html, use_model=use_model)
    assert has(found, "gutter cleaning"), found
    assert not has(found, "reimburse"), found


@pytest.mark.parametrize("use_model", MODES)
def test_amharic_and_arabic_lists_of_things(use_model):
    amharic = page("""<h1>ልገሳ</h1>
      <h2>የምንፈልጋቸው ዕቃዎች</h2>
      <ul><li>ሳሙና</li><li>የጥርስ ሳሙና</li><li>ፎጣ</li></ul>""", lang="am")
    found = titles(amharic, use_model=use_model)
    assert len(found) == 1 and has(found, "ሳሙና"), found
    arabic = page("""<h1>التبرعات العينية</h1>
      <h2>مستلزمات مدرسية</h2>
      <ul><li>دفاتر</li><li>أقلام رصاص</li><li>حقائب ظهر</li></ul>""", lang="ar")
    found = titles(arabic, use_model=use_model)
    assert len(found) == 1 and has(found, "دفاتر"), found
