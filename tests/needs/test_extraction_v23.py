"""Failure classes found on blind round 23 (after v22's one-shot score there), tested with new
synthetic wording (none of it is the round's text):

- structure: ARIA tabs whose labels sit apart from their panels; a post's byline set as a
  heading of its own above the post's larger heading;
- a role asked for outright inside a program's or a staff member's card ("… coaches needed
  …", "she is looking for …", "the board is recruiting …");
- households' stories whose heading names no household, and whose own ask must win over
  what the story says they lack; "Don …" / "busca a alguien que …";
- status cells in a script we cannot read, glossed in brackets; a status column under a
  heading that does not ask; lone "Đang cần" / "Still needed" badges;
- lists announced by "We accept new or gently used:", an Amharic colon, "… የሚያስፈልጉ ዕቃዎች";
- numbered request boards ("#31 [OPEN]", "Pedido #44 · ABIERTO") whose first line is the
  request's title; "First, … Second, …" asks;
- non-needs taken: a group's card that asks for nothing among cards that ask, a free meal
  that "no one is turned away" from, "We're good for now", "already assigned", "ya no
  necesitan nada"; words read as fill states that are not ("oil-filled", "un remolque
  cerrado").
"""

from __future__ import annotations

import pytest

from needs.extraction.fill import FILL_SENTENCE
from needs.extraction.heuristic import (
    _announces_list,
    _ordinal_asks,
    _request_line,
    _serves_clients,
    _status_cell,
)
from needs.extraction.lexicon import NEGATIVE_TEXT
from needs.extraction.sections import _DATELINE, Block, parse_sections
from needs.extraction.structure import structured_markdown
from needs.extraction.titles import household_ask
from tests.needs.extraction_pages import MODES, has, page, titles

# --------------------------------------------------------------------------- structure

def test_a_tab_label_heads_its_own_panel():
    html = page("""<h1>What we run</h1>
      <div role="tablist">
        <button role="tab" aria-controls="p-art">Art club</button>
        <button role="tab" aria-controls="p-choir">Choir</button>
      </div>
      <div id="p-art" role="tabpanel"><p>Painting for ages 6 to 10 on Fridays.</p></div>
      <div id="p-choir" role="tabpanel"><p>We sing at the spring concert.</p></div>""")
    text = structured_markdown(html)
    assert "### Art club\n\nPainting" in text
    assert "### Choir\n\nWe sing" in text


@pytest.mark.parametrize("use_model", MODES)
def test_a_role_asked_outright_in_a_program_tab_is_a_need(use_model):
    html = page("""<h1>Our programs</h1>
      <div role="tablist">
        <button role="tab" aria-controls="t1">Chess</button>
        <button role="tab" aria-controls="t2">Choir</button>
      </div>
      <div id="t1" role="tabpanel"><p>Chess for teens on Wednesdays, boards provided.</p></div>
      <div id="t2" role="tabpanel"><p>The youth choir rehearses on Thursdays. Piano
        accompanists needed for the spring concert, two evenings a month.</p></div>""")
    found = titles(html, use_model=use_model)
    assert has(found, "piano accompanists")
    assert not has(found, "chess")


def test_a_byline_heading_above_a_larger_post_heading_heads_nothing():
    root = parse_sections("## Mar 3, 2026 Updates\n\n# The roof over the pantry\n\n"
                          "Text of the post.\n\n## Feb 20, 2026 News\n\n# Another post\n\nMore.")
    assert [c.heading for c in root.children] == ["The roof over the pantry", "Another post"]
    assert not root.children[0].children
    assert _DATELINE.match("Sat, Jan 9, 2027 · Neighbors")
    assert not _DATELINE.match("Jan 9 coat drive needs four drivers")


# --------------------------------------------------------------------------- households

@pytest.mark.parametrize("use_model", MODES)
def test_a_story_that_opens_on_its_household_names_what_it_needs(use_model):
    html = page("""<h2>Nov 30, 2026 Neighbors</h2>
      <h1>No heat on the third floor</h1>
      <p>Amina and her three sons have had a broken furnace since Thanksgiving. The landlord
      has promised a repair twice. Until then the family needs two oil-filled radiators that
      are safe around small children.</p>
      <h2>Nov 12, 2026 Neighbors</h2>
      <h1>How Birch Court got its elevator fixed</h1>
      <p>It took a petition and three inspections. Read the whole story.</p>""")
    found = titles(html, use_model=use_model)
    assert has(found, "oil-filled radiators")
    assert not has(found, "elevator")


def test_a_households_own_ask_wins_over_what_it_lacks():
    from needs.extraction.heuristic import _section_title
    title = _section_title(
        "The Osei family has to move",
        "After the fire, the Osei family got two weeks to leave. They found a place, but they "
        "have no truck and the movers want $700. On Saturday, January 9, 2027 they need moving "
        "help: three people and a van for the morning.")
    assert "moving help" in title.casefold()
    assert "truck" not in title.casefold()


def test_oil_filled_is_no_fill_state_and_busca_alguien_is_an_ask():
    assert not NEGATIVE_TEXT.search("The family needs two oil-filled heaters.")
    assert household_ask("The family needs two oil-filled heaters.") == "Two oil-filled heaters"
    assert "alguien que la lleve" in household_ask(
        "Busca a alguien que la lleve al dentista los martes.").casefold()


@pytest.mark.parametrize("use_model", MODES)
def test_don_heading_and_ya_no_necesitan(use_model):
    html = page("""<h1>Nuestras familias</h1>
      <h3>Don Ernesto</h3>
      <p>Don Ernesto tiene 80 años y vive solo. Busca a alguien que lo lleve a la clínica
      los jueves por la mañana.</p>
      <h3>Actualización: la familia Pérez</h3>
      <p>Gracias a su ayuda la familia recibió una lavadora. Ya no necesitan nada más.</p>""",
                lang="es")
    found = titles(html, use_model=use_model)
    assert has(found, "lleve a la clínica")
    assert not has(found, "Pérez")


# --------------------------------------------------------------------------- statuses

def test_a_status_in_an_unread_script_is_read_from_its_gloss():
    assert _status_cell("ကြၢးလၢ ၃ ဂၤ (need 3)") == "open"
    assert _status_cell("ပှဲၤ (full)") == "filled"
    assert _status_cell("Covered ✔ (need 2 more next year)") == "filled"  # words first


@pytest.mark.parametrize("use_model", MODES)
def test_a_status_column_makes_a_sign_up_table_under_any_heading(use_model):
    html = page("""<h1>Church life</h1><h2>Work</h2>
      <table><tr><th>Job</th><th>When</th><th>Status</th></tr>
      <tr><td>Bus driver for the youth trip</td><td>Jan 16</td><td>Still need 1</td></tr>
      <tr><td>Kitchen crew for the supper</td><td>Jan 23</td><td>Full</td></tr>
      </table>""")
    found = titles(html, use_model=use_model)
    assert has(found, "bus driver")
    assert not has(found, "kitchen crew")


def test_lone_still_needed_badges_read_as_open():
    for badge in ("Đang cần", "Vẫn còn cần", "Still needed"):
        assert _status_cell(badge) == "open", badge
    assert _status_cell("Đã đủ người") == "filled"


@pytest.mark.parametrize("use_model", MODES)
def test_good_for_now_and_already_assigned_are_fill_states(use_model):
    html = page("""<h1>Volunteer</h1>
      <table><tr><th>Role</th><th>Shift</th><th>Where things stand</th></tr>
      <tr><td>Coat room helper</td><td>Sundays</td><td>We're good for now</td></tr>
      <tr><td>Tax-season greeter</td><td>Saturdays</td><td>Still need 2</td></tr></table>""")
    found = titles(html, use_model=use_model)
    assert has(found, "tax-season greeter")
    assert not has(found, "coat room")
    assert FILL_SENTENCE.search("All garden plots for 2027 are already assigned.")


# --------------------------------------------------------------------------- lists

def test_lists_announced_by_accepting_words_and_the_amharic_colon():
    assert _announces_list("We accept new or gently used:")
    assert _announces_list("Chúng tôi nhận quần áo còn tốt:")
    assert _announces_list("Recibimos en la parroquia:")
    assert _announces_list("ይህ ያስፈልገናል፦")
    assert not _announces_list("We accept cash and checks.")


# --------------------------------------------------------------------------- cards

@pytest.mark.parametrize("use_model", MODES)
def test_a_group_that_asks_for_nothing_among_cards_that_ask_is_no_need(use_model):
    html = page("""<h1>Serve with us</h1>
      <h2>Nursery helpers</h2><p>We need two more adults for the nursery during the 10 am
      service, once a month.</p>
      <h2>Ushers</h2><p>We are still looking for three ushers for the Christmas Eve
      services.</p>
      <h2>Hospital visit team</h2><p>When a member is in the hospital, the team visits and
      prays with them. Call the office and someone will come.</p>
      <h2>Weekend tutors</h2><p>Reading help for grades 2 to 5 on Saturday mornings.</p>""")
    found = titles(html, use_model=use_model)
    assert has(found, "nursery") and has(found, "ushers")
    assert has(found, "weekend tutors")  # a role, not a group
    assert not has(found, "hospital visit")


@pytest.mark.parametrize("use_model", MODES)
def test_a_staff_card_states_its_ask_not_the_person(use_model):
    html = page("""<h1>Our team</h1>
      <h3>Farah Ismail, Program Manager</h3>
      <p>Farah grew up in Columbia Heights and ran track in college. She leads our
      after-school club. This spring she is looking for two volunteer referees for the
      middle-school futsal league, Friday evenings.</p>
      <h3>Tom Becker, Office Manager</h3>
      <p>Tom keeps the lights on and the coffee hot.</p>""")
    found = titles(html, use_model=use_model)
    assert has(found, "volunteer referees")
    assert not any("Farah" in t or "Tom" in t for t in found)


@pytest.mark.parametrize("use_model", MODES)
def test_the_one_still_open_names_the_need(use_model):
    html = page("""<h1>Volunteer</h1><h2>Drivers for the Saturday food run</h2>
      <p>We have drivers for the north and east routes but still need a driver for the
      south route with a minivan. About three hours.</p>""")
    found = titles(html, use_model=use_model)
    assert has(found, "driver for the south route")


def test_what_clients_receive_is_a_service_unless_it_asks():
    meal = {"_heading": "Free groceries", "title": "Free groceries: rice, beans, milk",
            "description": "Rice, beans, milk, eggs and bread. Each family can get one box a "
                           "week; no one is turned away."}
    assert _serves_clients(meal)
    asks = dict(meal, description=meal["description"] + " We need two more packers.")
    assert not _serves_clients(asks)
    assert not _serves_clients(dict(meal, _sure=True))


# --------------------------------------------------------------------------- requests

@pytest.mark.parametrize("use_model", MODES)
def test_a_numbered_request_board_is_one_need_per_open_request(use_model):
    html = page("""<h1>Requests</h1>
      <h2>#31 [OPEN]</h2><p>Bunk bed for two brothers</p>
      <p>The boys share one mattress on the floor. She needs a bunk bed; a neighbor will
      pick it up.</p>
      <h2>#30 [DONE ✓]</h2><p>Microwave</p><p>Thank you, Lena!</p>
      <h2>#32 [OPEN]</h2><p>Grocery runs while Ms. Ortiz recovers</p>
      <p>Knee surgery, six weeks. Once a week to the Cub on Central.</p>""")
    found = titles(html, use_model=use_model)
    assert has(found, "#31", "bunk bed") and has(found, "#32", "grocery runs")
    assert not has(found, "microwave")
    assert len(found) == 2


def test_a_request_line_in_spanish():
    assert _request_line("Pedido #44 · ABIERTO", [Block("para", "Cuna para un bebé")]) == (
        "Cuna para un bebé")
    assert _request_line("Pedido #45 · RESUELTO ✓", [Block("para", "Cobijas")]) == ""
    assert _request_line("#12 [OPEN]", [Block("para", "A long story. It has sentences.")]) == ""


def test_first_and_second_each_name_a_need():
    asks = _ordinal_asks("Two gaps remain. First, a Hmong speaker to welcome families at "
                         "the Monday clinic. Second, anyone with plumbing skills: the "
                         "basement sink drains slowly.")
    assert [o for _, o in asks] == ["Hmong speaker", "Plumbing skills"]


def test_an_enclosed_trailer_is_no_closed_state():
    assert not NEGATIVE_TEXT.search("Buscamos a alguien que nos preste un remolque cerrado.")
    assert not FILL_SENTENCE.search("Es un trabajo de tiempo completo.")
    assert FILL_SENTENCE.search("Ya está cubierto, gracias.")


# --------------------------------------------------------------------------- review of v23

def test_what_the_review_found_stays_fixed():
    # an event named "Open house" is no open request
    assert _request_line("#1 · Open house", [Block("para", "Saturday 2 to 4 pm")]) == ""
    # the gloss is read only when the cell's own words are in a script we cannot read
    assert _status_cell("2 (3 filled)") == "count"
    assert _status_cell("مكتمل (need 1 more in May)") == "filled"
    # Spanish labels that still say full
    for label in ("Taller de costura: cupo lleno.", "Turno del sábado: completo."):
        assert FILL_SENTENCE.search(label), label
    # an ordinal story is no list of asks; a hyphenated word is no ordinal
    assert _ordinal_asks("First, we opened a pantry in 2015. Second, we built a garden.") == []
    assert _ordinal_asks("Second-hand clothes are accepted at the back door.") == []
    # a byline needs a real month and stays fast on a long heading
    assert not _DATELINE.match("Marathon 5K Run")
    assert not _DATELINE.match("Jan 9 " + "a" * 2000 + " . x")


@pytest.mark.parametrize("use_model", MODES)
def test_a_role_titled_with_its_position_is_no_staff_card(use_model):
    html = page("""<h1>Volunteer</h1><h2>Volunteer Tax Preparer, Site Coordinator</h2>
      <p>We need a volunteer to coordinate the free tax site on Saturdays in February.</p>""")
    assert has(titles(html, use_model=use_model), "tax preparer")


@pytest.mark.parametrize("use_model", MODES)
def test_a_headcount_card_is_an_ask_among_cards_that_ask(use_model):
    html = page("""<h1>Serve with us</h1>
      <h2>Greeters</h2><p>We need two greeters at the door for the 9 am service.</p>
      <h2>Readers</h2><p>We are looking for readers for the Sunday lessons.</p>
      <h2>Coffee hour team</h2><p>Two people brew coffee and set out snacks after the
      service, one Sunday a month.</p>""")
    assert has(titles(html, use_model=use_model), "coffee hour")
