"""Failure classes found on blind round 28 (after v27's one-shot score there), tested with new
synthetic wording (none of it is the round's text): a sign-up table whose count column is
headed "Slots", a question heading that names the thing its text asks for ("Can you fix a
…?"), a one-phrase answer under "What are we short on?", what a repair café or tool library
fixes or lends as a service, and "Money goes furthest" as a general appeal."""

from __future__ import annotations

import pytest

from needs.extraction.lexicon import CLIENT_HEADING, GENERIC_MONEY, NEED_HEADING, SPOTS_COLUMN
from tests.needs.extraction_pages import MODES, has, page, titles


def test_words_of_the_new_classes():
    assert SPOTS_COLUMN.search("Slots")
    assert NEED_HEADING.search("What are we running low on?")
    assert NEED_HEADING.search("What are we short on this month?")
    assert CLIENT_HEADING.search("What we can repair")
    assert CLIENT_HEADING.search("What we lend")
    assert GENERIC_MONEY.search("Cash stretches furthest")
    assert GENERIC_MONEY.search("If you'd rather give money, it buys more")
    assert not GENERIC_MONEY.search("Money counters for the bake sale")


@pytest.mark.parametrize("use_model", MODES)
def test_a_slots_table_gives_one_need_per_open_row(use_model):
    html = page("""<h1>Fall Fix-Up Saturdays</h1>
      <p>Each fall we help older neighbors get their homes ready for winter. Pick a slot and
      call 555-0142.</p>
      <table><tr><th>Date</th><th>Task</th><th>Slots</th></tr>
      <tr><td>Oct 3</td><td>Gutter cleaning team</td><td>2 of 6 filled</td></tr>
      <tr><td>Oct 10</td><td>Furnace filter swap</td><td>4 of 4 filled</td></tr>
      <tr><td>Oct 17</td><td>Leaf raking crew</td><td>0 of 10 filled</td></tr></table>""")
    found = titles(html, use_model=use_model)
    assert has(found, "gutter")
    assert has(found, "leaf raking")
    assert not has(found, "furnace")


@pytest.mark.parametrize("use_model", MODES)
def test_question_headings_name_what_is_asked(use_model):
    html = page("""<h1>Ways to lend a hand</h1>
      <h3>Can you fix a furnace?</h3>
      <p>Our old furnace rattles every morning. We need someone licensed who can look at it
      before the cold sets in. Call the office.</p>
      <h3>What are we short on?</h3>
      <p>Diapers. Sizes 5 and 6 go first, and wipes are always welcome. Drop them at the side
      door.</p>""")
    found = titles(html, use_model=use_model)
    assert has(found, "furnace")
    assert has(found, "diapers")


@pytest.mark.parametrize("use_model", MODES)
def test_a_repair_list_and_a_money_note_are_no_needs(use_model):
    html = page("""<h1>Fix-It Night</h1>
      <p>Second Tuesday of the month at the library. Bring what is broken.</p>
      <h2>What we can repair</h2>
      <p>Toasters and lamps, torn backpacks, bike brakes and chairs that wobble.</p>
      <h2>Sewing fixers</h2>
      <p>We need two more people who can sew hems and replace zippers at our monthly
      nights.</p>
      <h2>Cash goes further</h2>
      <p>A dollar buys more parts through our supplier than it does at the store.</p>""")
    found = titles(html, use_model=use_model)
    assert has(found, "sew")
    assert not any("toaster" in t.casefold() or "lamps" in t.casefold() for t in found)
    assert not has(found, "cash")
