"""Failure classes found on blind rounds 26 and 27 (after v25's one-shot scores there), tested
with new synthetic wording (none of it is the rounds' text): "Ya recibimos …" (we already
received them) and "We have all the … we can store" as fill states, and a title whose thing is
a negation ("… : no sign-up", from "No sign-up needed") is no need."""

from __future__ import annotations

import pytest

from needs.extraction.fill import FILL_TEXT
from tests.needs.extraction_pages import MODES, has, page, titles


def test_already_received_and_all_we_can_store_are_fill_states():
    assert FILL_TEXT.search("Ya recibimos dos refrigeradores. ¡Gracias, vecinos!")
    assert FILL_TEXT.search("We have all the school supplies we can store until August.")
    assert FILL_TEXT.search("Please hold on to any more until spring.")
    assert not FILL_TEXT.search("We have all the volunteers we can train on Saturdays, but "
                                "we still need a Sunday cook.")


@pytest.mark.parametrize("use_model", MODES)
def test_a_received_item_and_a_full_drive_are_no_needs(use_model):
    html = page("""<h1>Lo que necesitamos</h1>
      <h2>Refrigeradores</h2><p>Ya recibimos dos refrigeradores para la despensa. ¡Gracias!</p>
      <h2>Choferes</h2><p>Necesitamos dos choferes con licencia para la ruta del sábado.</p>
      <h2>Mitten drive</h2><p>We have all the mittens we can store this winter - thank you!</p>
      """, lang="es")
    found = titles(html, use_model=use_model)
    assert has(found, "choferes")
    assert not has(found, "refrigeradores")
    assert not has(found, "mitten")


@pytest.mark.parametrize("use_model", MODES)
def test_a_condition_is_no_need(use_model):
    html = page("""<h1>Saturday news</h1>
      <h3>Produce giveaway</h3><p>Every second Saturday at the arena lot. No sign-up
      needed.</p>
      <h3>Tomato pickers</h3><p>We need six volunteers to pick tomatoes at the church garden
      on Thursday evenings.</p>""")
    found = titles(html, use_model=use_model)
    assert has(found, "tomato")
    assert not any("no sign-up" in t.casefold() for t in found)


def test_only_a_condition_title_is_refused():
    from needs.extraction.heuristic import _NO_THING_TITLE
    assert _NO_THING_TITLE.search("Mobile pantry: no sign-up")
    assert _NO_THING_TITLE.search("Clínica: sin cita")
    for title in ("No heat in the Johnson home: space heaters", "Sin hogar: cobijas",
                  "Notebooks and pens"):
        assert not _NO_THING_TITLE.search(title), title
