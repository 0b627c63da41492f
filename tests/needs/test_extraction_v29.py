"""Failure classes found on blind round 29 (after v28's one-shot score there), tested with new
synthetic wording (none of it is the round's text): a captioned table of things marked
needed is one wish list, and a caption that says they are covered gives nothing; paid jobs,
meetings, pageants and vendor booths in the languages served; "If you have … you could
spare" names the thing; a generic heading ("One more thing") does not title the ask under
it; a free study group the organization runs is a service.  Translations are the authors'
best effort."""

from __future__ import annotations

import pytest

from needs.extraction.fill import FILL_TEXT
from needs.extraction.lexicon import EVENT_TEXT, GENERIC_MONEY, JOB_TEXT, SERVICE_TEXT
from needs.extraction.titles import ask_object
from tests.needs.extraction_pages import MODES, has, page, titles


def test_words_of_the_new_classes():
    assert JOB_TEXT.search("Hojii kaffaltii qabu: qindeessaa")
    assert JOB_TEXT.search("Puesto remunerado de medio tiempo")
    assert JOB_TEXT.search("Việc làm có lương cho điều phối viên")
    assert EVENT_TEXT.search("Craft vendor booths are $25 a day")
    assert EVENT_TEXT.search("Teens may sign up to compete in the talent show")
    assert EVENT_TEXT.search("Walgahii miseensotaa Sanbata")
    assert GENERIC_MONEY.search("Nyiaj pab lub koom haum")
    assert FILL_TEXT.search("WE'RE SET ON THESE, THANK YOU")
    assert FILL_TEXT.search("Plenty for now")
    assert SERVICE_TEXT.search("We will help parents fill out the school forms. It's free.")
    assert not SERVICE_TEXT.search("It's free to volunteer, and we need ten more drivers.")


def test_if_you_have_a_thing_to_spare_names_it():
    assert ask_object("If you have a crib you could spare, please call Maria.") == "Crib"
    assert ask_object("If you own a pickup you'd lend us on Saturdays, text Ben.").startswith(
        "Pickup")
    assert ask_object("If you have questions, please call Maria.") == ""


@pytest.mark.parametrize("use_model", MODES)
def test_a_captioned_table_of_things_is_one_wish_list(use_model):
    html = page("""<h1>WHAT WE NEED</h1>
      <table><tr><td><b>PANTRY SHELF IS LOW ON</b></td></tr>
      <tr><td>PEANUT BUTTER</td><td><b>NEEDED</b></td></tr>
      <tr><td>CANNED TUNA</td><td><b>NEEDED</b></td></tr>
      <tr><td>RICE (2 LB BAGS)</td><td><b>NEEDED</b></td></tr></table>
      <table><tr><td><b>WE'RE SET ON THESE - THANK YOU!</b></td></tr>
      <tr><td>PAPER TOWELS</td><td>PLENTY FOR NOW</td></tr>
      <tr><td>DISH SOAP</td><td>PLENTY FOR NOW</td></tr></table>""")
    found = titles(html, use_model=use_model)
    wish = [t for t in found if "peanut butter" in t.casefold() or "shelf" in t.casefold()]
    assert len(wish) == 1, found
    assert not any("tuna" in t.casefold() for t in found if t not in wish)
    assert not has(found, "paper towels")
    assert not has(found, "dish soap")


@pytest.mark.parametrize("use_model", MODES)
def test_a_story_and_an_ask_under_newsletter_headings(use_model):
    html = page("""<h1>Neighbors News — May</h1>
      <h3>From the pastor</h3><p>A family of five arrived from Kenya last month and sleeps on
      blankets on the floor. If you have a bunk bed you could spare, please call me at
      555-0110.</p>
      <h3>One more thing</h3><p>The church van's heater quit again. If you are a mechanic
      and could take a look, let me know.</p>
      <h3>New: homework help</h3><p>Starting June 2, we will help kids with summer reading
      on Mondays at 4 pm. It's free - just show up.</p>""")
    found = titles(html, use_model=use_model)
    assert has(found, "bunk bed")
    assert not any(t.casefold().startswith("one more thing") for t in found)
    assert not has(found, "homework help")
