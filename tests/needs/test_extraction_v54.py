"""v54, developed on blind round 54 (after v53's one-shot score there): places in a sign-up
sheet whose cells say "open" or "needed", Somali status cells, the thing a card sets in bold,
a thing wished for by what it would do, a filled clause set against an open one, a board's
"#12 Name" cards, and five non-needs (a form's "return it" and "registration" headings, an
Amharic "services we offer" heading, a Spanish paid job glued under an ask, a Karen notice of
a date). New synthetic wording throughout (none of it is the round's text); the Somali,
Oromo, Amharic, Vietnamese and Karen wordings are my own and may be imperfect."""

from __future__ import annotations

import pytest

from tests.needs.extraction_pages import MODES, has, page, pdf_titles, titles


@pytest.mark.parametrize("use_model", MODES)
def test_a_place_whose_cell_says_open_is_an_open_place(use_model):
    html = page("""<h1>Pantry roster</h1><p>Call the office to take a place.</p><table>
      <tr><th>Job</th><th>When</th><th>Slot 1</th><th>Slot 2</th></tr>
      <tr><td>Bread pickup driver</td><td>Fri 7 am</td><td>Lena</td><td>open</td></tr>
      <tr><td>Produce sorters</td><td>Wed 2 pm</td><td>open</td><td>open</td></tr>
      <tr><td>Coffee table host</td><td>Sat 9 am</td><td>Bill</td><td>Mae</td></tr>
      </table>""")
    found = titles(html, use_model=use_model)
    assert has(found, "bread pickup"), found
    assert has(found, "produce sorters"), found
    assert not has(found, "coffee table"), found


@pytest.mark.parametrize("use_model", MODES)
def test_dated_places_that_say_needed_keep_their_role(use_model):
    html = page("""<h1>Thursday clinic</h1><table>
      <tr><th>Role</th><th>6</th><th>13</th><th>20</th><th>27</th></tr>
      <tr><td>Optometrist</td><td>Dr. Ames</td><td>— needed —</td><td>Dr. Ames</td>
      <td>— needed —</td></tr>
      <tr><td>Front desk</td><td>Pat</td><td>Pat</td><td>Lou</td><td>Lou</td></tr>
      </table>""")
    found = titles(html, use_model=use_model)
    assert has(found, "optometrist"), found
    assert not has(found, "front desk"), found


@pytest.mark.parametrize("use_model", MODES)
def test_somali_status_cells_say_needed_or_enough(use_model):
    html = page("""<h1>Mutadawiciin</h1><table>
      <tr><th>Hawsha</th><th>Maalinta</th><th>Xaaladda</th></tr>
      <tr><td>Akhriyaha sheekooyinka carruurta</td><td>Khamiis</td>
      <td>Waa loo baahan yahay</td></tr>
      <tr><td>Kaxaynta raashinka</td><td>Sabti</td>
      <td>Si degdeg ah ayaa loogu baahan yahay</td></tr>
      <tr><td>Dhigista kuraasta</td><td>Jimce</td><td>Waa la helay dad ku filan</td></tr>
      </table>""", lang="so")
    found = titles(html, use_model=use_model)
    assert has(found, "akhriyaha sheekooyinka"), found
    assert has(found, "kaxaynta raashinka"), found
    assert not has(found, "dhigista kuraasta"), found


@pytest.mark.parametrize("use_model", MODES)
def test_a_card_names_the_thing_it_sets_in_bold(use_model):
    html = page("""<h1>Donaciones</h1><h2>Lista de la despensa</h2><ul><li>Azúcar</li>
      <li>Avena</li><li>Leche en polvo</li></ul><h2>Regreso a clases</h2>
      <p>En agosto muchas familias nos piden <b>mochilas escolares</b> para primaria. Pueden
      ser nuevas o casi nuevas.</p>""", lang="es")
    found = titles(html, use_model=use_model)
    assert has(found, "mochilas escolares"), found


@pytest.mark.parametrize("use_model", MODES)
def test_under_a_question_the_bold_thing_is_the_title(use_model):
    html = page("""<h1>أسئلة</h1><h2>هل تحتاجون إلى سائقين؟</h2>
      <p>نعم. نبحث عن <b>سائق متطوع بسيارته</b> يوصل الطلاب إلى الدروس مساء الثلاثاء.</p>
      <h2>هل تقدمون دروساً؟</h2><p>نعم، نقدم دروس اللغة الإنجليزية مجاناً كل خميس.</p>""",
                lang="ar")
    found = titles(html, use_model=use_model)
    assert has(found, "سائق متطوع"), found
    assert not has(found, "هل تحتاجون"), found


@pytest.mark.parametrize("use_model", MODES)
def test_a_thing_wished_for_by_what_it_would_do(use_model):
    html = page("""<h1>Ways to give</h1><h2>Quilting group</h2>
      <p>Twelve women meet on Mondays to quilt for the shelter. A second
      <b>long-arm quilting frame</b> would let both tables work at once.</p>
      <h2>Delivery route</h2><p>Our driver uses his own pickup, which is failing. If your
      company could donate an <b>enclosed trailer</b>, call Wes at 218-555-0100.</p>""")
    found = titles(html, use_model=use_model)
    assert has(found, "long-arm quilting frame"), found
    assert has(found, "enclosed trailer"), found


@pytest.mark.parametrize("use_model", MODES)
def test_vietnamese_hope_to_receive_the_bold_thing(use_model):
    html = page("""<h1>Ủng hộ</h1><h2>Lớp may</h2><p>Lớp may của hội chỉ có một cái máy.
      Hội mong nhận được <b>máy may cũ còn chạy tốt</b> để các cô cùng học.</p>""", lang="vi")
    found = titles(html, use_model=use_model)
    assert has(found, "máy may"), found


@pytest.mark.parametrize("use_model", MODES)
def test_a_filled_clause_set_against_an_open_one(use_model):
    text = ("FISH FRY - Lenten Fridays\n\nEvery Friday in Lent, 5 to 7 pm.\n\n"
            "Servers needed\n\nThe fryers have it covered, but we are short on servers for "
            "the line. If you can give an hour, come to the hall kitchen.\n")
    found = pdf_titles(text, use_model=use_model)
    assert has(found, "servers"), found


@pytest.mark.parametrize("use_model", MODES)
def test_a_boards_numbered_cards_are_each_a_request(use_model):
    html = page("""<h1>Neighbor requests</h1><p>Text the number to help.</p>
      <div><h3>#61 Baby gate</h3><p>For a toddler who has learned to climb the stairs.</p></div>
      <div><h3>#62 Ride to Marshall</h3><p>A neighbor needs a ride to the eye doctor on
      Tuesday morning.</p></div>""")
    found = titles(html, use_model=use_model)
    assert has(found, "baby gate"), found
    assert has(found, "ride to marshall"), found


@pytest.mark.parametrize("use_model", MODES)
def test_a_forms_return_and_registration_headings_are_no_needs(use_model):
    text = ("Xarunta Hooyo - Barnaamijka Akhriska\n\nAkhriyayaal mutadawiciin ah ayaan u "
            "baahanahay si ay carruurta ugu akhriyaan Sabtiyada.\n\n"
            "Diiwaangelinta carruurta\n\nWaalidiinta: carruurta waxaa la diiwaangelinayaa "
            "Arbacada, xafiiska.\n\nFoomka ku soo celi\n\nFoomka ku soo celi xafiiska ama u "
            "dir hooyo@example.org.\n")
    found = pdf_titles(text, use_model=use_model)
    assert not has(found, "foomka ku soo celi"), found
    assert not has(found, "diiwaangelinta"), found


@pytest.mark.parametrize("use_model", MODES)
def test_an_oromo_registration_heading_is_no_need(use_model):
    text = ("Waldaa Oromoo - Barnoota Afaan Oromoo\n\nBarsiisota Afaan Oromoo ni barbaanna "
            "Sanbata ganama.\n\nBarattoota galmeessuu\n\nMaatiin barattoota galmeessuu "
            "barbaadan Jimaata waajjira dhufuu danda'u.\n")
    found = pdf_titles(text, use_model=use_model)
    assert not has(found, "galmeessuu"), found


@pytest.mark.parametrize("use_model", MODES)
def test_an_amharic_services_we_offer_heading_is_no_need(use_model):
    html = page("""<h1>እንኳን ደህና መጡ</h1><h2>የምንሰጣቸው አገልግሎቶች</h2>
      <p>የትርጉም እርዳታ፣ የኮምፒውተር ትምህርት እና የሥራ ፍለጋ ምክር።</p>
      <h2>የሚያስፈልጉን ነገሮች</h2><ul><li>ብርድ ልብስ</li><li>የልጆች ጫማ</li></ul>""", lang="am")
    found = titles(html, use_model=use_model)
    assert not has(found, "አገልግሎቶች"), found


@pytest.mark.parametrize("use_model", MODES)
def test_a_paid_post_glued_under_an_ask_is_no_need(use_model):
    text = ("Boletín de San José - abril\n\nSe buscan catequistas\n\nPara la primera comunión "
            "necesitamos catequistas voluntarios los domingos a las 9 am. Hable con Marta.\n\n"
            "Empleo Se busca sacristán de medio tiempo (puesto pagado, 15 horas por semana). "
            "Envíe su solicitud a la oficina.\n")
    found = pdf_titles(text, use_model=use_model)
    assert has(found, "catequistas"), found
    assert not has(found, "sacrist"), found


@pytest.mark.parametrize("use_model", MODES)
def test_a_karen_notice_of_a_date_is_no_need(use_model):
    html = page("""<h1>တၢ်ကစီၣ်</h1><h2>ပှၤလိၣ်ဘၣ် (food for the family)</h2>
      <p>ဟံၣ်ဃီ လိၣ်ဘၣ် ဘု (rice) ဒီး ယဲၤ (blankets).</p>
      <h2>တၢ်အိၣ်ဖှိၣ်ဒိၣ် (thanksgiving service)</h2><p>နိ့ၣ်ဝ့ဘၢၣ် ၂၇ ဟါခီ ၅ နၣ်ရံၣ်.</p>""",
                lang="kar")
    found = titles(html, use_model=use_model)
    assert not has(found, "thanksgiving"), found


def test_the_non_need_headings_are_read_as_such():
    # The learned model keeps some of these bare headings on a real page and not on a short
    # synthetic one, so the readings that drop them are checked here directly.
    from needs.extraction import heuristic
    from needs.extraction.lexicon import DATED_START, JOB_TEXT, SERVICE_HEADING

    for heading in ("Barattoota galmeessuu", "Diiwaangelinta carruurta", "Youth registration",
                    "Inscripciones", "Kev sau npe"):
        assert heuristic._REGISTRATION_HEADING.fullmatch(heading), heading
    for heading in ("Volunteer drivers", "Registration desk helpers", "Galmee kitaabaa"):
        assert not heuristic._REGISTRATION_HEADING.fullmatch(heading), heading
    assert heuristic._RETURN_FORM.search("Foomka ku soo celi")
    assert heuristic._RETURN_FORM.search("Waraqaa kana deebisaa")
    assert SERVICE_HEADING.search("የምንሰጣቸው አገልግሎቶች")
    assert SERVICE_HEADING.search("Servicios que ofrecemos")
    assert JOB_TEXT.search("Se busca cocinero (puesto pagado, 30 horas)")
    assert not JOB_TEXT.search("Se buscan cocineros voluntarios para la fiesta")
    assert DATED_START.search("နိ့ၣ်ဝ့ဘၢၣ် ၂၇ ဟါခီ ၅ နၣ်ရံၣ်")
