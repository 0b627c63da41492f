"""Failure classes found on blind round 33 (after v32's one-shot score there), tested with new
synthetic wording (none of it is the round's text): an hourly wage in the languages served
marks a paid job; a member's offer in Spanish; "right now" in Hmong is no thing asked for; a
request marked "¡Cumplida!" is filled; an open tag in brackets is no part of a title.
Translations are the authors' best effort (Somali and Hmong least sure)."""

from __future__ import annotations

import pytest

from needs.extraction.titles import ask_object
from tests.needs.extraction_pages import MODES, has, page, titles


def test_right_now_is_no_thing():
    assert ask_object("Peb xav tau tam sim no.") == ""


@pytest.mark.parametrize("use_model", MODES)
def test_wages_offers_and_fulfilled_requests(use_model):
    html = page("""<h1>Tablero de pedidos</h1>
      <h3>Mesa de cocina para una familia</h3>
      <p>Una familia de cinco come en el piso. Necesitan una mesa con sillas.</p>
      <h3>Ofrezco clases de costura gratis</h3>
      <p>Soy costurera jubilada; puedo enseñar a dos personas los sábados.</p>
      <h3>Ropa de invierno para un niño</h3>
      <p>¡Cumplida! Gracias a la familia Ortiz por la chamarra y las botas.</p>""", lang="es")
    found = titles(html, use_model=use_model)
    assert has(found, "mesa"), found
    assert not has(found, "costura") and not has(found, "ropa de invierno"), found
    somali = page("""<h1>Shaqooyin iyo mutadawac</h1>
      <h2>[FURAN] Macallin xisaab</h2>
      <p>Waxaan u baahanahay macallin xisaab oo mutadawac ah Arbacada.</p>
      <h2>Kaaliye xafiis $17 saacaddii</h2>
      <p>Shaqo 20 saacadood usbuucii ah oo xafiiska ah.</p>""", lang="so")
    found = titles(somali, use_model=use_model)
    assert any(t.startswith("Macallin xisaab") for t in found), found
    assert not has(found, "kaaliye xafiis"), found
