"""Rule classes added in extraction v10: fill states in more wordings and languages (answered
asks, thank-you notes, badges such as MATCHED, greyed-out items, count tables, a fill note
naming a row elsewhere on the page), cards laid out without heading markup, hidden tab
panels, events named by their gatherings, and a few kind and role-heading fixes."""

from __future__ import annotations

import pytest

from needs.extraction.base import PageInput
from needs.extraction.classify import not_a_need
from needs.extraction.fill import FILL_BADGE, FILL_SENTENCE
from needs.extraction.heuristic import HeuristicExtractor, _row_counts_full
from needs.extraction.kinds import kind_of
from needs.extraction.structure import html_language, structured_markdown


def titles(html: str, *, use_model: bool = False) -> list[str]:
    page = PageInput(url="http://example.org/help", title="", markdown="", html=html,
                     language=html_language(html))
    return [n.title for n in HeuristicExtractor(use_model=use_model).extract(page)]


# --------------------------------------------------------------------------- fill wording


@pytest.mark.parametrize("sentence", [
    "Thanks, we found someone for this role.",
    "Got one, thanks Frank!",
    "We no longer need one.",
    "The cooking team is full for this year.",
    "This role is covered through June.",
    "Filled — welcome aboard, Maria!",
    "¡Gracias, ya cubrimos este puesto!",
    "Ya encontramos a alguien.",
    "Gahaa qabna, galatoomaa.",
    "በቂ ሰው አግኝተናል፤ እናመሰግናለን!",
    "Tau neeg lawm, ua tsaug.",
    "Chúng tôi đã tìm được người.",
])
def test_answered_asks_read_as_fill_states(sentence):
    assert FILL_SENTENCE.search(sentence)


@pytest.mark.parametrize("sentence", [
    "Bring household items you no longer need? No: we need winter coats.",
    "The room is full of light.",
    "Mileage is covered by the program.",
    "Please complete a background check.",
])
def test_ordinary_sentences_are_not_fill_states(sentence):
    assert not FILL_SENTENCE.search(sentence)


@pytest.mark.parametrize("badge", ["MATCHED", "Position filled", "Status: covered", "Resolved",
                                   "Got one"])
def test_badges_that_mark_an_item_filled(badge):
    assert FILL_BADGE.fullmatch(badge)


def test_a_thank_you_note_is_not_a_need_but_a_thank_you_that_asks_again_is():
    assert not_a_need("Thanksgiving servers", "Thank you to everyone who signed up!")
    assert not_a_need("Intérpretes", "¡Gracias a todos por responder!")
    assert not not_a_need("Drivers", "Thank you for asking! We need two more drivers.")


# --------------------------------------------------------------------------- fill marks in markup

GREYED = """<html><body><h1>Wish list</h1><table>
<tr><th>Item</th><th>Details</th></tr>
<tr><td><font color="#999999">Truing stand</font></td>
<td><font color="#999999">Got it, thanks Frank</font></td></tr>
<tr><td>Patch kits</td><td>Any brand, by the box</td></tr>
<tr><td>Tire levers</td><td>Plastic ones</td></tr></table>
<div class="card" style="color:#999"><h2>Car seats</h2><p>Infant car seats.</p></div>
<div class="card"><h2>Cribs</h2><p>We need two cribs for newborns.</p></div>
</body></html>"""


def test_a_greyed_out_row_or_card_among_plain_ones_is_left_out():
    markdown = structured_markdown(GREYED)
    assert "Truing stand" not in markdown and "Car seats" not in markdown
    assert "Patch kits" in markdown and "Cribs" in markdown


def test_a_page_greyed_all_over_is_a_style_not_a_fill_state():
    html = """<html><body><h1>Needs</h1><ul>
    <li style="color:#999">Sleeping bags</li><li style="color:#999">Tents</li></ul></body></html>"""
    markdown = structured_markdown(html)
    assert "Sleeping bags" in markdown and "Tents" in markdown


def test_a_matched_pill_or_a_disabled_position_filled_button_drops_its_card():
    html = """<html><body><h1>Requests</h1>
    <div class="req"><span class="pill">OPEN</span><div class="t">Twin bed frame</div>
    <div class="p">A teenager is sleeping on the floor and needs a bed.</div></div>
    <div class="req"><span class="pill">MATCHED</span><div class="t">Microwave</div>
    <div class="p">Thanks to Jess for the microwave.</div></div>
    <div class="role"><h4>Dental hygienist</h4><p>Cleanings at our quarterly dental day.</p>
    <a class="btn" aria-disabled="true"><span>Position filled</span></a></div>
    <div class="role"><h4>Pharmacist</h4><p>Review medication lists once a month.</p>
    <a class="btn" href="#apply"><span>Apply now</span></a></div></body></html>"""
    markdown = structured_markdown(html)
    assert "Microwave" not in markdown and "Dental hygienist" not in markdown
    assert "Twin bed frame" in markdown and "Pharmacist" in markdown


def test_count_columns_that_reach_the_places_wanted_mean_a_full_row():
    header = ["Shift", "When", "Spots", "Signed up"]
    assert _row_counts_full(["Morning restock", "8 am", "7", "7"], header)
    assert not _row_counts_full(["Evening restock", "6 pm", "7", "3"], header)
    assert _row_counts_full(["Drivers", "3/3"], ["Role", "Filled"])
    assert not _row_counts_full(["Cooks", "14/12"], ["Role", "Date"])  # a date


def test_a_fill_note_under_a_table_names_its_row():
    html = """<html><body><h1>Restock shifts</h1><table>
    <tr><th>Shift</th><th>When</th><th>Spots</th></tr>
    <tr><td>Morning restock</td><td>Daily 8 am</td><td>2</td></tr>
    <tr><td>Evening restock</td><td>Daily 6 pm</td><td>4</td></tr></table>
    <p>Morning restock is full — please pick another shift.</p></body></html>"""
    found = titles(html)
    assert not any(t.startswith("Morning restock") for t in found), found
    assert any(t.startswith("Evening restock") for t in found), found


def test_a_card_whose_body_is_a_fill_note_is_not_taken_by_the_model():
    html = """<html><body><h1>Current needs</h1>
    <div class="item"><p class="t">Laundry helpers</p><p>Wash and fold bedding every
    morning at the shelter.</p></div>
    <div class="item"><p class="t">Thanksgiving dinner servers</p><p>Thank you to everyone
    who signed up! All shifts are taken.</p></div></body></html>"""
    for use_model in (False, True):
        found = titles(html, use_model=use_model)
        assert not any("Thanksgiving" in t for t in found), (use_model, found)


# --------------------------------------------------------------------------- structure


def test_a_grid_card_without_heading_markup_is_titled_by_its_first_line():
    html = """<html><body><h1>Current Needs</h1><div class="grid">
    <div class="item"><p class="font_5">Hand warmers</p><p>Disposable hand and toe warmers
    by the box.</p></div>
    <div class="item"><p class="font_5">Laundry helpers</p><p>Wash and fold bedding every
    morning, 8 to 10 am.</p></div></div></body></html>"""
    markdown = structured_markdown(html)
    assert "## Hand warmers" in markdown and "## Laundry helpers" in markdown
    assert {"Hand warmers", "Laundry helpers"} <= set(titles(html))


def test_a_lone_div_with_a_short_first_line_is_not_made_a_card():
    html = """<html><body><h1>About</h1><div class="intro"><p>Hello neighbors</p>
    <p>We are a small pantry run by volunteers since 1998.</p></div></body></html>"""
    assert "# Hello neighbors" not in structured_markdown(html)


def test_hidden_tab_panels_are_read_but_other_hidden_elements_are_not():
    html = """<html><body><h1>Garden</h1>
    <div role="tabpanel" id="t1"><h2>Volunteer</h2><p>Market day helpers wanted.</p></div>
    <div role="tabpanel" id="t2" hidden><h2>Garden wish list</h2><ul><li>Hand trowels</li>
    <li>Soaker hoses</li><li>Knee pads</li></ul></div>
    <div hidden><p>Secret draft: snow blower</p></div></body></html>"""
    markdown = structured_markdown(html)
    assert "Hand trowels" in markdown
    assert "snow blower" not in markdown


# --------------------------------------------------------------------------- events


@pytest.mark.parametrize("heading, body", [
    ("Kermés de primavera", "Sábado 10 de mayo en el parque. Comida, juegos y música."),
    ("Kev ua koob tsheej sau qoob loo", "Hnub Saturday, October 4 ntawm lub vaj."),
    ("Fall jamboree", "Games and a cookout for all players and families on Saturday."),
    ("Saturday group ride", "A slow 10-mile ride open to the public. Helmets required."),
    ("Polar plunge", "Jump into Lake Bemidji on February 8 to raise money."),
])
def test_gatherings_are_events_not_needs(heading, body):
    assert not_a_need(heading, body)


def test_an_event_named_only_as_a_time_does_not_make_a_role_an_event():
    body = "Come at 7:30 am on Saturdays to chalk the field lines before kickoff."
    assert not not_a_need("Field line painter", body)


# --------------------------------------------------------------------------- roles and kinds


def test_a_volunteer_heading_that_names_a_trade_is_one_role():
    html = """<html><body><h1>Volunteer needs</h1><h2>Volunteer social worker</h2>
    <p>A licensed social worker for one evening a week to help guests with housing
    applications.</p></body></html>"""
    assert "Volunteer social worker" in titles(html)


def test_things_described_by_quantity_or_condition_are_donations():
    assert kind_of("Hand warmers", "Disposable hand and toe warmers by the box.") == "donation"
    assert kind_of("Rain boots", "Kids' rain boots, sizes 10-13, in good condition.") \
        == "donation"


def test_a_greyed_aside_inside_a_plain_paragraph_does_not_drop_the_paragraph():
    html = """<html><body><h1>Help</h1><p>We need two drivers for Saturday deliveries.
    <span style="color:#999">(updated May 2)</span></p><p>We need a plumber.</p>
    <p><span style="color:#999">Furniture pickup crew: all set for now</span></p></body></html>"""
    markdown = structured_markdown(html)
    assert "two drivers" in markdown and "plumber" in markdown
    assert "Furniture pickup" not in markdown


def test_an_event_named_as_a_purpose_does_not_make_a_need_an_event():
    body = ("The women's fellowship sews shirts to sell at the Mower County Fair. If you have a "
            "working sewing machine you no longer use, we would be so grateful.")
    assert not not_a_need("Sewing machines", body)
    assert not not_a_need("Voluntarios para la feria de salud", "Ayude a medir la presión.")


def test_a_heading_that_repeats_the_site_name_is_not_a_need():
    html = """<html><head><title>Moorhead Bike Collective</title></head><body>
    <p><font size="5"><b>MOORHEAD BIKE COLLECTIVE</b></font></p>
    <p>A community bike shop. We fix up donated bikes and give them to anyone who needs a
    ride to work.</p>
    <h2>Bike mechanics</h2><p>We need experienced bike mechanics on Tuesdays.</p></body></html>"""
    for use_model in (False, True):
        found = titles(html, use_model=use_model)
        assert "Moorhead Bike Collective" not in found, (use_model, found)


# --------------------------------------------------------------------------- archives, services


def test_an_archive_of_answered_asks_yields_nothing():
    html = """<html><body><h1>Updates</h1><h2>Tenant rights workshop helpers</h2>
    <p>We need two people to set up chairs on Thursday.</p>
    <h2>Older updates</h2><h3>Sleeping bags for fire families</h3>
    <p>Sleeping bags needed for families displaced by the fire. UPDATE: we have more than
    enough now.</p><h2>Archive</h2><p>We need a box fan for the office.</p></body></html>"""
    found = titles(html)
    assert not any("Sleeping bags" in t or "box fan" in t for t in found), found
    assert found


def test_rides_for_older_adults_is_not_an_archive():
    from needs.extraction.classify import is_negative_heading

    assert not is_negative_heading("Rides for older adults")
    assert is_negative_heading("Older updates")


@pytest.mark.parametrize("heading, body", [
    ("Pluas su dawb", "Txhua hnub Monday txog Friday peb muaj pluas su dawb rau cov laus."),
    ("Tajaajila keenya", "Barnoota Afaan Oromoo ijoolleef. Tajaajilli kun hundi bilisaan kennama."),
])
def test_what_the_organization_gives_free_is_a_service_not_a_need(heading, body):
    from needs.extraction.classify import section_kind
    from needs.extraction.sections import Section

    section = Section(heading=heading, level=2, parent=Section(heading="", level=0, parent=None))
    assert not_a_need(heading, body) or section_kind(section) == "negative"


def test_hmong_volunteer_and_donate_words_are_not_free_services():
    assert not not_a_need("Peb xav tau neeg pab dawb", "Peb xav tau neeg pab dawb los ua zaub mov.")


def test_a_heading_over_a_shortage_is_one_need():
    html = """<html><body><h1>Pantry</h1><h2>Teff flour for our injera bakers</h2>
    <p>Our volunteer bakers make 300 injera a week. We go through 50 lbs of teff flour weekly;
    bags of teff are our most-needed item.</p></body></html>"""
    assert "Teff flour for our injera bakers" in titles(html)
