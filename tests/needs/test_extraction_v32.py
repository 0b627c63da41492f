"""Failure classes found on blind round 32 (after v31's one-shot score there), tested with new
synthetic wording (none of it is the round's text): gifts in someone's memory and religious
giving are money appeals; "families can pick up …" is a service; a card whose title line is its
own fill state; a layout table whose boxes are a bold title over dash-typed lines; an Arabic
"this request is covered" note; "Many hands make light work"; a thing asked for "that someone
no longer needs".  Translations are the authors' best effort (Somali and Arabic least sure)."""

from __future__ import annotations

import pytest

from needs.extraction.titles import ask_object
from tests.needs.extraction_pages import MODES, has, page, titles


def test_a_giver_clause_is_no_refusal():
    assert ask_object("We are looking for a sturdy dehumidifier that someone no longer uses.") == (
        "Sturdy dehumidifier")
    assert ask_object("We no longer need dehumidifiers.") == ""


@pytest.mark.parametrize("use_model", MODES)
def test_appeals_services_and_fill_titles(use_model):
    html = page("""<h1>Ways to give</h1>
      <h2>Tribute and memorial gifts</h2>
      <p>Honor a loved one with a memorial gift to the pantry. We send a card to the family.</p>
      <h2>Holiday food boxes</h2>
      <p>Families in need can pick up a holiday food box in December. Sign up at the front desk.</p>
      <h2>Pharmacy courier</h2>
      <p><b>Covered through June.</b> Thanks to Dale and Rosa, no one else is needed for now.</p>
      <h2>Warehouse sorters</h2>
      <p>Tuesday mornings we sort 2,000 pounds of produce. We need four more people.</p>
      <h2>Join us</h2><p>Many hands make light work. Here is where you fit in.</p>""")
    found = titles(html, use_model=use_model)
    assert has(found, "sorters"), found
    for word in ("memorial", "tribute", "food box", "courier", "covered", "many hands"):
        assert not has(found, word), (word, found)
    somali = page("""<h1>Deeq</h1><h2>Sadaqo iyo zakaat</h2>
      <p>Sadaqadaada iyo zakaatkaaga waxay gaaraan qoysaska baahan. Fadlan ku bixi online.</p>
      <h2>Darawallo</h2><p>Waxaan u baahanahay laba darawal oo gaari leh Sabtida.</p>""", lang="so")
    found = titles(somali, use_model=use_model)
    assert not has(found, "sadaq") and not has(found, "zakaat"), found


@pytest.mark.parametrize("use_model", MODES)
def test_a_layout_table_of_titled_boxes(use_model):
    html = page("""<table width="700"><tr><td>
      <table width="100%"><tr>
      <td><font size="3"><b>TOP OF OUR LIST THIS WEEK</b></font><br>- PEANUT BUTTER<br>
      - CANNED SALMON<br>- INSTANT OATMEAL</td>
      <td><font size="3"><b>BABY CORNER IS EMPTY</b></font><br>- SIZE 5 DIAPERS<br>
      - BABY WIPES<br>- INFANT FORMULA</td></tr>
      <tr><td colspan="2"><b>NO MORE BREAD PLEASE</b><br>THE FREEZER IS PACKED FULL.</td></tr>
      </table></td></tr></table>""")
    found = titles(html, use_model=use_model)
    assert len([t for t in found if has([t], "peanut butter")]) == 1, found
    assert len([t for t in found if has([t], "diapers")]) == 1, found
    assert not has(found, "bread"), found
    assert not any(t.strip("- ").casefold() == "canned salmon" for t in found), found


@pytest.mark.parametrize("use_model", MODES)
def test_an_arabic_card_marked_covered(use_model):
    html = page("""<h1>احتياجاتنا</h1>
      <h2>معاطف شتوية للأطفال</h2><p>نحتاج إلى معاطف شتوية للأطفال من عمر 5 إلى 12 سنة.</p>
      <h2>أسرّة للعائلات الجديدة</h2>
      <p>[تمّت تغطية هذا الطلب] جزاكم الله خيراً، لدينا الآن كمية كافية.</p>""", lang="ar")
    found = titles(html, use_model=use_model)
    assert has(found, "معاطف"), found
    assert not has(found, "أسرّة"), found
