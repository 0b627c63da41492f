"""Failure classes found on blind round 24 (after v23's one-shot score there), tested with new
synthetic wording (none of it is the round's text):

- fill states: Hmong "Tiav lawm" (done), Somali "Way buuxaan" (they are full) and "Waan
  haysanaa … ku filan" (we have enough), a heading's state after a dash ("— complete!");
- a Hmong classes heading ("Peb cov kev kawm") is a services heading;
- asks: a Somali first-person ask for helpers before a purpose clause ("… ayaan u baahanahay
  si ay u …"), "we will also need …", "if anyone has spare …", roles enumerated in a
  paragraph whose "Br." is no sentence end;
- an open badge printed above each card's heading ("[Open]") belongs to the card below it.
"""

from __future__ import annotations

import pytest

from needs.extraction.fill import FILL_SENTENCE, FILL_TEXT
from needs.extraction.heuristic import (
    _badge_above,
    _multi_asks,
    _status_cell,
)
from needs.extraction.lexicon import SERVICE_HEADING
from needs.extraction.sections import parse_sections
from needs.extraction.titles import ask_object, first_person_ask
from tests.needs.extraction_pages import MODES, has, page, titles


def test_fill_states_in_hmong_somali_and_after_a_dash():
    assert _status_cell("Tiav lawm") == "filled"
    assert FILL_TEXT.search("Way buuxaan hadda. Mahadsanid!")
    assert FILL_TEXT.search("Waan haysanaa buugaag ku filan.")
    assert FILL_TEXT.search("Backpack drive — complete!")
    assert FILL_TEXT.search("Mitten tree (done)")
    assert not FILL_SENTENCE.search("Please complete the form and bring it to the office.")


@pytest.mark.parametrize("use_model", MODES)
def test_a_drive_whose_heading_says_complete_is_no_need(use_model):
    html = page("""<h1>Outreach</h1>
      <h2>Hat and mitten drive — complete!</h2><p>Hats, mittens and scarves for the
      children at Lincoln Elementary.</p>
      <h2>Drivers for the Thursday pantry run</h2><p>We need two drivers with cars to bring
      groceries to homebound neighbors on Thursdays.</p>""")
    found = titles(html, use_model=use_model)
    assert has(found, "drivers")
    assert not has(found, "mitten")


def test_a_hmong_classes_heading_is_a_services_heading():
    assert SERVICE_HEADING.search("Peb cov kev kawm")
    assert SERVICE_HEADING.search("Chav kawm ntawv Askiv")
    assert not SERVICE_HEADING.search("Peb xav tau neeg pab qhia ntawv")


def test_a_somali_ask_before_a_purpose_clause_is_a_first_person_ask():
    sentence = "Mutadawiciin ayaan u baahanahay si ay u qurxiyaan hoolka Jimcaha kahor."
    assert first_person_ask(sentence)
    assert not first_person_ask("Hoolka waa la qurxiyay toddobaadkii hore.")


def test_will_also_need_and_if_anyone_has_spare():
    assert ask_object("For the March hearing we will also need a Hmong interpreter.") == (
        "Hmong interpreter")
    assert ask_object("And if anyone has spare card tables, the hall has only three.").startswith(
        "Spare card tables")


def test_roles_enumerated_in_a_paragraph_with_an_abbreviated_title():
    paragraph = ("The winter is busy. We need a driver for the Friday supper, a bookkeeper for "
                 "the spring audit, and someone who can fix the furnace in the hall. Ask Br. "
                 "Omar after prayers.")
    objects = [o for _, o in _multi_asks(paragraph)]
    assert len(objects) == 3 and "furnace" in objects[2].casefold()


def test_an_open_badge_above_each_heading_belongs_to_the_card_below():
    root = parse_sections("# Volunteer\n\nChoose a card and write to us.\n\n[Open]\n\n"
                          "### Shelf stocker\n\nMondays 9 to 11.\n\n[Open]\n\n"
                          "### Intake greeter\n\nWelcome families at the door.\n\n"
                          "### Bookkeeper\n\nTwo hours a month.")
    cards = root.children[0].children
    assert [_badge_above(c) for c in cards] == [True, True, False]
    # a lone badge with none above the first card is another card's state, not this one's
    plain = parse_sections("# Volunteer\n\n### A\n\nText.\n\nOpen\n\n### B\n\nText.")
    assert not _badge_above(plain.children[0].children[1])
