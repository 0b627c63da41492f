"""Failure classes found on blind round 25 (after v24's one-shot score there), tested with new
synthetic wording (none of it is the round's text):

- structure: a table laid out as cards (a bold label beside its text in each row) and a lone
  status line ("SE BUSCA", "URGENT") right under a card's heading are read as cards, not as
  a data table or a heading of their own;
- a household's story keeps its need when the page's next headings sit one level below it;
- asks: a condition after the ask ("— no experience needed") does not cancel it; a heading
  that asks for a thing or a role as a question ("Got spare lumber?", "Could you be our
  bookkeeper?") names it; a numbered request in a list is titled by its own line; "… are
  hugely welcome" after a stock that ran out; a Hmong "peb tseem xav tau …"; "OPEN — …" in
  a status cell; an Amharic or Oromo "experience is not needed" is no fill state;
- not needs: how a client gets the service ("How to get food", "¿Cómo recibir …?", "Who
  gets …", "Any household … can get …"), where to bring a list's things, a staff spotlight
  ("Meet …"), a report of what was done ("We counted …"), a Hmong money appeal ("pab nyiaj"),
  a Somali "XIRAN" (closed) badge and "booskan waa la xiray", "Currently full —".
"""

from __future__ import annotations

import pytest

from needs.extraction.fill import FILL_BADGE, FILL_SENTENCE, FILL_START, FILL_TEXT
from needs.extraction.heuristic import _status_cell
from needs.extraction.lexicon import CONTACT_START, GENERIC_MONEY, SERVICE_HEADING, SERVICE_TEXT
from needs.extraction.structure import structured_markdown
from needs.extraction.titles import ask_object
from tests.needs.extraction_pages import MODES, has, page, pdf_titles, titles

LABEL_TABLE = """<table><tr><td colspan="2"><font size="5"><b>WAYS TO PITCH IN</b></font><br>
  <font size="2">Stop by the office or phone Arlene.</font></td></tr>
  <tr><td><font><b>BINGO CALLER</b></font></td><td><font size="2">Our Thursday bingo lost its
  caller in the fall. We would love someone with a clear voice to call numbers for an hour
  each Thursday afternoon.</font></td></tr>
  <tr><td><font><b>LIBRARY CART HELPER</b></font></td><td><font size="2">We need someone to push
  the book cart through the building on Tuesday mornings and help residents pick books.</font>
  </td></tr></table>"""


def test_a_table_of_bold_labels_beside_their_text_is_a_layout_of_cards():
    markdown = structured_markdown(page(LABEL_TABLE))
    assert "|" not in markdown
    assert "BINGO CALLER" in markdown and "LIBRARY CART HELPER" in markdown
    assert any(line.startswith("#") and "BINGO CALLER" in line for line in markdown.splitlines())


@pytest.mark.parametrize("use_model", MODES)
def test_each_card_of_a_label_table_is_a_need(use_model):
    found = titles(page("<h1>Help out</h1>" + LABEL_TABLE), use_model=use_model)
    assert has(found, "bingo caller")
    assert has(found, "library cart")


def test_a_data_table_with_a_header_row_stays_a_table():
    html = page("""<table><tr><th>Shift</th><th>Notes</th></tr>
      <tr><td><b>Morning</b></td><td>Unload the truck and stock the shelves with the canned
      goods that arrived overnight from the food bank</td></tr>
      <tr><td><b>Evening</b></td><td>Sweep the floor, break down the boxes and take the
      cardboard to the recycling bin behind the building</td></tr></table>""")
    assert "| Shift | Notes |" in structured_markdown(html)


def test_a_status_line_under_a_card_heading_is_no_heading():
    html = page("""<h4>Profesora de costura</h4><p><span class="estado">SE BUSCA</span></p>
      <p>Los lunes por la tarde. Alguien que sepa usar la máquina de coser y tenga
      paciencia con principiantes.</p>
      <h4>Electrician</h4><p><b>URGENT</b></p><p>The hall's outlets spark when the coffee
      urns are plugged in.</p>""")
    markdown = structured_markdown(html)
    assert "\nSE BUSCA\n" in markdown and "# SE BUSCA" not in markdown
    assert "\nURGENT\n" in markdown and "# URGENT" not in markdown


@pytest.mark.parametrize("use_model", MODES)
def test_cards_badged_se_busca_are_titled_by_their_heading(use_model):
    html = page("""<h1>Voluntariado</h1>
      <h4>Profesora de costura</h4><p><span class="estado">SE BUSCA</span></p>
      <p>Los lunes por la tarde. Alguien que sepa usar la máquina de coser y tenga
      paciencia con principiantes.</p>
      <h4>Cocineros para la cena navideña</h4><p><span class="estado">SE BUSCA</span></p>
      <p>El 20 de diciembre. Buscamos tres personas que ayuden a preparar pozole para
      doscientas personas.</p>""", lang="es")
    found = titles(html, use_model=use_model)
    assert has(found, "profesora de costura")
    assert has(found, "cocineros")
    assert not any(t.casefold().startswith("se busca") for t in found)


@pytest.mark.parametrize("use_model", MODES)
def test_a_household_story_with_headings_one_level_below_it(use_model):
    html = page("""<h1>Neighbors helping neighbors</h1>
      <h2>Starting over in Coon Rapids</h2>
      <p>Last month a family of five arrived from Kenya with two suitcases. They are in an
      empty apartment now. To settle in they need a kitchen table, four chairs and two
      dressers.</p>
      <h3>Office hours</h3><p>Monday to Friday, 9 am to 5 pm.</p>
      <h3>Community dinner</h3><p>Friday, January 15, at 6 pm. Everyone is welcome.</p>""")
    found = titles(html, use_model=use_model)
    assert has(found, "kitchen table")
    assert not has(found, "office hours")


def test_a_condition_after_the_ask_does_not_cancel_it():
    assert ask_object("We need more reading buddies for first graders — no teaching "
                      "experience needed, just patience.") == "Reading buddies for first graders"
    assert ask_object("We are looking for ushers; teens are welcome.") == "Ushers"
    assert not ask_object("We need no more ushers, everyone is welcome to sit with us.")
    assert not ask_object("No ushers are needed this month.")


@pytest.mark.parametrize("use_model", MODES)
def test_a_heading_that_asks_for_a_thing_as_a_question_names_it(use_model):
    html = page("""<h1>Workshop news</h1>
      <h2>Got spare lumber?</h2>
      <p>We are short on boards for the spring birdhouse class. If you have clean pine or
      cedar offcuts in your garage, we will pick them up.</p>
      <h2>Could you be our bookkeeper?</h2>
      <p>Our treasurer moved away and the receipts are piling up. We are looking for a
      volunteer who can keep the books a few hours a month.</p>
      <h2>Have questions?</h2><p>Call the shop at 555-0100.</p>""")
    found = titles(html, use_model=use_model)
    assert has(found, "lumber") or has(found, "boards for the spring birdhouse")
    assert has(found, "bookkeeper")
    assert not has(found, "questions")


@pytest.mark.parametrize("use_model", MODES)
def test_a_numbered_request_in_a_list_is_titled_by_its_own_line(use_model):
    html = page("""<h1>Open requests</h1>
      <p>Text the number of a request to take it.</p>
      <ul><li><strong>#31 · Snow tires</strong> — A nurse on night shifts drives a bald set.
      We need someone who can donate or lend four 15-inch winter tires.</li>
      <li><strong>#32 · Porch ramp</strong> — A grandmother in a wheelchair is stuck
      indoors. We need a carpenter who can build a short plywood ramp.</li></ul>""")
    found = titles(html, use_model=use_model)
    assert has(found, "#31", "snow tires")
    assert has(found, "#32", "porch ramp")


@pytest.mark.parametrize("use_model", MODES)
def test_things_welcome_after_a_stock_that_ran_out(use_model):
    html = page("""<h1>The December letter</h1>
      <p>The sock bin by the shelter door is empty again. If you shop the sales, warm
      wool socks in adult sizes are always appreciated; leave them at the front desk.</p>
      <p>The choir concert drew a full house. We counted more than two hundred cookies on
      the dessert table.</p>""")
    found = titles(html, use_model=use_model)
    assert has(found, "wool socks")
    assert not has(found, "we counted")


def test_a_status_cell_that_opens_with_open():
    assert _status_cell("OPEN — two Sundays a month, 9 am") == "open"
    assert _status_cell("Abierto: los sábados") == "open"
    assert _status_cell("Full — thanks to the Lions") == "filled"


def test_experience_not_needed_in_amharic_and_oromo_is_no_fill_state():
    assert not FILL_SENTENCE.search("ልምድ አያስፈልግም፤ እኛ እናሠለጥናለን።")
    assert not FILL_TEXT.search("Muuxannoo hin barbaachisu.")
    assert FILL_TEXT.search("ተጨማሪ ልብስ አያስፈልግም።")


def test_a_hmong_ask_with_still():
    assert ask_object("Peb tseem xav tau rooj thiab rooj zaum rau chav kawm.") == (
        "Rooj thiab rooj zaum rau chav kawm")


@pytest.mark.parametrize("use_model", MODES)
def test_a_hmong_flyer_that_still_needs_things(use_model):
    text = """LUB CHAW HLUAS

PEB TSEEM XAV TAU KEV PAB

Chav kawm ua noj loj hlob tuaj. Peb tseem xav tau lauj kaub, diav thiab phiaj rau cov hluas.

Nug ntxiv: hu rau 651-555-0100."""
    found = pdf_titles(text, use_model=use_model)
    assert has(found, "lauj kaub")
    assert not has(found, "kev pab")


def test_how_a_client_gets_the_service_is_a_service_heading():
    for heading in ("How to get food", "¿Cómo recibir ayuda?", "Who gets a holiday box",
                    "Sida loo helo cunto", "Cách nhận thực phẩm"):
        assert SERVICE_HEADING.search(heading), heading
    for heading in ("How to help", "Who we need", "Cómo ayudar"):
        assert not SERVICE_HEADING.search(heading), heading
    assert SERVICE_TEXT.search("Any senior in the township who lives alone can get a "
                               "hot meal delivered on weekdays.")


@pytest.mark.parametrize("use_model", MODES)
def test_how_to_apply_and_who_gets_it_are_no_needs(use_model):
    html = page("""<h1>Despensa</h1>
      <h2>¿Cómo recibir comida?</h2><p>Venga el martes. Solo le pedimos su nombre y su
      dirección.</p>
      <h2>Who gets a holiday box</h2><p>Any family in the school district can get one box
      in December, no paperwork.</p>
      <h2>Box packers</h2><p>We need ten people to pack holiday boxes on December 12.</p>""",
                lang="es")
    found = titles(html, use_model=use_model)
    assert has(found, "box packers")
    assert not has(found, "nombre")
    assert not has(found, "who gets")


def test_where_to_bring_the_things_is_no_need():
    assert CONTACT_START.match("Please bring them to the office during business hours.")
    assert CONTACT_START.match("Fadlan keen xafiiska maalmaha shaqada.")
    assert CONTACT_START.match("Puede dejarlas en la puerta de atrás.")
    assert not CONTACT_START.match("Please bring canned soup to the office.")


@pytest.mark.parametrize("use_model", MODES)
def test_a_staff_spotlight_is_no_need(use_model):
    html = page("""<h1>Eastside Pantry</h1>
      <h2>Meet Tomasz, our warehouse lead</h2>
      <p>Tomasz joined us in 2019 after thirty years as a trucker. Today he runs the
      warehouse and a crew of volunteers, and he still bakes rye bread for the staff.</p>
      <h2>Warehouse sorters</h2><p>We need four sorters on Wednesday mornings.</p>""")
    found = titles(html, use_model=use_model)
    assert has(found, "sorters")
    assert not has(found, "tomasz")


def test_a_hmong_money_appeal_is_generic_money():
    assert GENERIC_MONEY.search("Pab nyiaj rau lub tsev kawm ntawv")


def test_somali_closed_badge_and_closed_position():
    assert FILL_BADGE.fullmatch("XIRAN")
    assert FILL_TEXT.search("Booskan waa la xiray, mahadsanid.")
    assert FILL_START.search("Currently full — ask to join the waitlist.")
    assert not FILL_START.search("Currently we need drivers.")


@pytest.mark.parametrize("use_model", MODES)
def test_a_card_badged_xiran_is_no_need(use_model):
    html = page("""<h1>Fursadaha</h1>
      <div class="card"><p><span class="badge">FURAN</span></p>
      <p><b>Macallin xisaab</b></p><p>Waxaan u baahanahay macallin xisaabta u dhiga ardayda
      dugsiga sare Axadaha.</p></div>
      <div class="card"><p><span class="badge">XIRAN</span></p>
      <p><b>Tababare orod</b></p><p>Booskan waa la xiray. Waxaan soo dhejin doonnaa mar
      kale.</p></div>""", lang="so")
    found = titles(html, use_model=use_model)
    assert has(found, "macallin")
    assert not has(found, "tababare")


# Guards for what a review of the v25 change found (each failed on its first draft).


@pytest.mark.parametrize("use_model", MODES)
def test_a_fill_badge_under_a_heading_still_drops_its_list(use_model):
    html = page("""<h1>Wish list</h1><h2>Kitchen</h2><p><b>No longer needed</b></p>
      <ul><li>Slow cookers</li><li>Coffee makers</li></ul>
      <h2>Classroom</h2><ul><li>Dry-erase markers</li><li>Glue sticks</li></ul>""")
    found = titles(html, use_model=use_model)
    assert not has(found, "slow cookers")


@pytest.mark.parametrize("use_model", MODES)
def test_stories_and_losses_are_not_reports_or_spotlights(use_model):
    html = page("""<h1>News</h1>
      <h2>We welcomed three families this fall</h2>
      <p>The newest family is in an empty apartment. They need a kitchen table, chairs and
      a crib.</p>
      <h2>Meet Maria, our neighbor in Ely</h2>
      <p>Maria uses a wheelchair and is stuck indoors all winter. She needs a wheelchair
      ramp built at her front door.</p>""")
    found = titles(html, use_model=use_model)
    assert has(found, "kitchen table")
    if not use_model:  # (the learned stage drops the ramp with or without v25)
        assert has(found, "ramp")
    from needs.extraction.heuristic import _MEET
    assert not _MEET.match("Meet Maria, our neighbor in Ely")
    assert _MEET.match("Meet Hanna, our volunteer coordinator")


def test_a_question_heading_keeps_what_the_text_asks_for():
    from needs.extraction.sections import Section
    from needs.extraction.titles import _with_event
    section = Section(heading="Got tools?", level=2, parent=None)
    assert _with_event("A table saw and a drill press", section) == (
        "Tools: a table saw and a drill press")
    for heading in ("Got a minute?", "Have you heard about our garden?", "¿Tiene preguntas?"):
        title = _with_event("Volunteers to weed", Section(heading=heading, level=2, parent=None))
        assert not title.startswith(("Minute", "You", "Preguntas")), title


def test_narrow_service_and_drop_off_wordings():
    assert not SERVICE_TEXT.search("Any adult who can get to the warehouse by 8 am can help "
                                   "unload the truck.")
    for heading in ("Who can apply", "Who qualifies to mentor", "How to get food to our "
                    "neighbors", "¿Cómo solicitar ser voluntario?"):
        assert not SERVICE_HEADING.search(heading), heading
    for text in ("Bring to the potluck a hot dish or a salad.", "Deliver to the homebound: "
                 "hot meals on Fridays.", "Drop in our Saturday class and help kids read."):
        assert not CONTACT_START.match(text), text


def test_generic_things_welcome_are_no_need():
    from needs.extraction.heuristic import HeuristicExtractor
    from needs.extraction.sections import Section
    extractor = HeuristicExtractor(use_model=False)
    section = Section(heading="Notes", level=2, parent=None)
    for text in ("The coffee pot in the hall is empty again. Everyone is welcome at our "
                 "Thursday breakfast.", "We ran out of time at the meeting. Questions are "
                 "welcome by email."):
        assert extractor._paragraph(text, "plain", section) == [], text


def test_an_open_status_that_goes_on_to_say_filled_is_filled():
    assert _status_cell("Open — now closed") != "open"
    assert _status_cell("Se busca: ya cubierto") != "open"


def test_a_faq_table_of_questions_is_not_cards():
    html = page("""<table><tr><td><b>Do I need experience?</b></td><td>No experience is
      needed at all; we train every new volunteer on their first shift with us.</td></tr>
      <tr><td><b>Can teens help?</b></td><td>Teens of fourteen and older are welcome with a
      parent's signature on the form we keep at the front desk.</td></tr></table>""")
    markdown = structured_markdown(html)
    assert "| **Do I need experience?** |" in markdown
    assert not any(line.startswith("#") and "experience" in line for line in markdown.splitlines())


def test_needing_no_one_is_no_ask():
    assert not ask_object("We need no drivers this month, no experience needed.")
    assert not FILL_TEXT.search("Leenjii hin barbaachisu.")
    assert not FILL_SENTENCE.search("ልምድ መኖር አያስፈልግም።")


@pytest.mark.parametrize("use_model", MODES)
def test_a_household_that_has_nothing_is_named_by_what_it_needs(use_model):
    html = page("""<h1>Pab tsev neeg Vaj</h1>
      <p>Tsev neeg Vaj lub tsev raug dej nyab. Tam sim no lawv tsis muaj dab tsi li. Lawv xav
      tau txaj pw, pam vov thiab rooj noj mov.</p>
      <h2>Sib ntsib</h2><p>Hnub Sunday 1:00 teev tav su.</p>""", lang="hmn")
    found = titles(html, use_model=use_model)
    assert not has(found, "dab tsi")
    if not use_model:
        assert has(found, "pam vov")
