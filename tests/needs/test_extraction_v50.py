"""v50, developed on blind round 50 (after v49's one-shot score there): the three filled
items v49 took -- a stoplight's "OK for now" and "don't bring" lists, a board card claimed by
someone. New synthetic wording throughout (none of it is the round's text); the Spanish and
Somali headings are my own and may be imperfect."""

from __future__ import annotations

import pytest

from tests.needs.extraction_pages import MODES, has, page, titles


@pytest.mark.parametrize("use_model", MODES)
def test_a_stoplight_keeps_only_its_red_list(use_model):
    html = page("""<h1>Shelf report</h1>
      <h2>Running out – please bring</h2><ul><li>Rice</li><li>Canned salmon</li>
      <li>Diapers size 4</li></ul>
      <h2>Good for now</h2><ul><li>Flour</li><li>Oatmeal</li><li>Crackers</li></ul>
      <h2>Overflowing, please hold off</h2><ul><li>Canned corn</li><li>Spaghetti</li></ul>
      <h2>Tenemos de sobra</h2><ul><li>Frijoles</li><li>Arroz blanco</li></ul>""")
    found = titles(html, use_model=use_model)
    assert has(found, "canned salmon") or has(found, "rice"), found
    assert not has(found, "flour") and not has(found, "oatmeal"), found
    assert not has(found, "canned corn") and not has(found, "frijoles"), found


@pytest.mark.parametrize("use_model", MODES)
def test_a_board_card_claimed_by_someone_is_taken(use_model):
    html = page("""<h1>Small tasks board</h1><p>Grab a card by calling the office.</p>
      <h2>Patch the hallway drywall</h2><p>We need someone handy to patch two holes by the coat
      hooks. We have the compound.</p>
      <h2>Oil the squeaky doors</h2><p>Claimed by Mónica</p>
      <h2>Wash the van</h2><p>Someone's on it</p>""")
    found = titles(html, use_model=use_model)
    assert has(found, "drywall"), found
    assert not has(found, "squeaky") and not has(found, "wash the van"), found
