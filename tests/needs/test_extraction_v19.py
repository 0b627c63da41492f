"""Failure classes found on blind round 19 (after v18's one-shot score), tested with new
synthetic wording (none of it is the round's text; the non-English sentences are the
developers' own and may be imperfect):

- a sign-up table whose status column speaks in free words ("Covered ✔ (the men's group)",
  "2 needed most nights", "nobody yet — 3 openings") and whose count column was taken for
  the title;
- umbrella headings over cards ("Market Day Crew", "Teacher wish lists") kept as needs, and a
  room's list under "wish lists" broken into its items;
- several roles in one paragraph under a generic heading ("A nurse … would make a real
  difference. A grant writer … would be a gift.");
- a short title ("Land") dropped as too short, a question put to the reader's business ("Does
  your church have a gym we could use?"), a flyer to share taken as a need.
"""

from __future__ import annotations

import pytest

from needs.extraction import learned
from needs.extraction.base import PageInput
from needs.extraction.heuristic import HeuristicExtractor, _short_title
from needs.extraction.kinds import kind_of
from needs.extraction.structure import html_language
from needs.extraction.titles import ask_object, would_ask

MODES = (False, True) if learned.available() else (False,)


def extract(html: str, *, use_model: bool = False):
    page = PageInput(url="http://example.org/", title="Page", markdown="", html=html,
                     language=html_language(html))
    return HeuristicExtractor(use_model=use_model).extract(page)


def titles(html: str, *, use_model: bool = False) -> list[str]:
    return [n.title for n in extract(html, use_model=use_model)]


def page(lang: str, body: str) -> str:
    return (f'<html lang="{lang}"><head><title>Neighbors</title></head>'
            f"<body><main>{body}</main></body></html>")


SHIFT_TABLE = page("en", """<h1>Help at the hall</h1>
<h2>December sign-up board</h2>
<table><tr><th>Task</th><th>Hours</th><th>Status</th></tr>
<tr><td>Coat check attendant</td><td>5:30-9:00 pm</td><td>3 needed each night</td></tr>
<tr><td>Dish crew</td><td>8:00-10:00 pm</td>
<td>Covered ✔ (St. Olaf youth group, all month)</td></tr>
<tr><td>Ice scraper</td><td>7:00 am</td><td>~~open~~ all set</td></tr>
<tr><td>Van runner to the depot</td><td>Saturdays 9 am</td><td>nobody yet — 2 openings</td></tr>
</table>""")


@pytest.mark.parametrize("use_model", MODES)
def test_a_status_column_in_free_words_keeps_open_rows_and_drops_covered_ones(use_model):
    found = titles(SHIFT_TABLE, use_model=use_model)
    assert any(t.startswith("Coat check attendant") for t in found), found
    assert any(t.startswith("Van runner") for t in found), found
    assert not any("Dish crew" in t or "Ice scraper" in t for t in found), found


@pytest.mark.parametrize("use_model", MODES)
def test_a_count_column_is_never_the_title(use_model):
    html = page("en", """<h1>Volunteer at Lincoln School</h1>
<h2>Winter carnival - Saturday, January 9</h2>
<table><tr><th>Station</th><th>Time</th><th>Volunteers</th></tr>
<tr><td>Snow sculpture judging</td><td>1:00-3:00</td><td>1 of 3 filled</td></tr>
<tr><td>Hot cocoa table</td><td>1:00-4:00</td><td>4 of 4 filled</td></tr>
<tr><td>Sled hill marshal</td><td>12:00-4:00</td><td>0 of 2 filled</td></tr>
</table>""")
    found = titles(html, use_model=use_model)
    assert any(t.startswith("Snow sculpture judging") for t in found), found
    assert any(t.startswith("Sled hill marshal") for t in found), found
    assert not any("filled" in t or "cocoa" in t.lower() for t in found), found


@pytest.mark.parametrize("use_model", MODES)
def test_a_row_keeps_its_own_name_under_a_helpers_heading(use_model):
    html = page("en", """<h2>Sunday helpers - spring term</h2>
<table><tr><th>Place</th><th>Position</th><th>Helpers still needed</th></tr>
<tr><td>Room 3</td><td>Toddler room assistant</td><td>2</td></tr>
<tr><td>Parking lot</td><td>Lot greeter</td><td>1 every Sunday</td></tr>
</table>""")
    found = titles(html, use_model=use_model)
    assert "Toddler room assistant" in found and "Lot greeter" in found, found
    assert not any("Sunday helpers" in t for t in found), found


@pytest.mark.parametrize("use_model", MODES)
def test_an_umbrella_heading_over_its_cards_is_no_need(use_model):
    html = page("en", """<h1>Pitch in at the market</h1>
<h2>Harvest Day Team</h2><p>Saturdays, June-September. Choose one of these:</p>
<h3>Canopy setup</h3><p>Put up 12 canopies at 6 am and take them down at noon. Lifting 30
pounds.</p>
<h3>Token booth</h3><p>Swipe benefit cards and hand out market tokens for three hours.</p>""")
    found = titles(html, use_model=use_model)
    assert "Canopy setup" in found and "Harvest Day Team" not in found, found
    if not use_model:
        assert "Token booth" in found, found  # the rule walk reads both cards


@pytest.mark.parametrize("use_model", MODES)
def test_a_role_heading_that_describes_its_own_task_is_not_an_umbrella(use_model):
    html = page("en", """<h1>Volunteer openings</h1>
<h3>Science tutors (grades 6-8)</h3><p>Tuesdays 4-6 pm. Work with pairs of students on
lab reports and graphs.</p>
<h4>Story readers</h4><p>Read aloud to second graders for half an hour.</p>
<h4>Hmong-speaking family liaison</h4><p>Call families before conferences and come along.</p>""")
    found = titles(html, use_model=use_model)
    assert any(t.startswith("Science tutors") for t in found), found
    assert "Story readers" in found, found


@pytest.mark.parametrize("use_model", MODES)
def test_a_rooms_list_under_wish_lists_is_one_need_and_the_umbrella_none(use_model):
    html = page("en", """<h2>Classroom wish lists</h2>
<p>Our teachers buy too much out of pocket. Drop anything at the office.</p>
<h3>Room 4 - Mrs. Aune, 2nd grade</h3>
<ul><li>Glue sticks</li><li>Pencil grips</li><li>Beanbag chairs for the reading nook</li></ul>
<h3>Room 9 - Mr. Osei, 5th grade</h3>
<ul><li>Graph paper</li><li>Calculators</li><li>Healthy snacks for the snack drawer</li></ul>""")
    found = titles(html, use_model=use_model)
    assert sum(t.startswith("Room 4") for t in found) == 1, found
    assert sum(t.startswith("Room 9") for t in found) == 1, found
    assert not any(t.startswith(("Beanbag", "Healthy snacks", "Classroom wish")) for t in found), \
        found


@pytest.mark.parametrize("use_model", MODES)
def test_several_roles_in_one_paragraph_under_a_generic_heading(use_model):
    html = page("en", """<h2>More ways to pitch in</h2>
<p>Our guests arrive with coughs and sore feet that nobody has checked. A nurse or nurse
practitioner who could spare one evening a month for a health table would make a real
difference. In the office, our treasurer is retiring in March. An accountant with a few free
hours a month would be a gift. Call Deb for either one.</p>""")
    found = titles(html, use_model=use_model)
    assert any(t.startswith("Nurse or nurse practitioner") for t in found), found
    assert any(t.startswith("Accountant") for t in found), found
    assert "More ways to pitch in" not in found, found


def test_would_ask_names_the_role_not_the_clause():
    assert would_ask("A grant writer with two free hours a week would be a gift.") == \
        "Grant writer"
    assert would_ask("A plumber who could look at our boiler would make a real difference.") \
        == "Plumber"
    assert would_ask("The new roof would make a real difference.") == ""
    assert would_ask("A warm meal would be nice.") == ""


def test_a_question_to_the_readers_business_is_an_ask_and_to_the_reader_is_not():
    assert ask_object("Does your church or business have a gym we could use on Mondays?") \
        == "Gym we could use on Mondays"
    assert ask_object("Does anyone have a pickup truck we could borrow in May?") \
        == "Pickup truck we could borrow in May"
    assert ask_object("Do you have questions about the pantry?") == ""
    assert ask_object("Does your family need help with rent?") == ""


def test_generic_asks_joined_by_and_name_nothing():
    assert ask_object("We need volunteers and donations.") == ""
    assert ask_object("Waxaan u baahannahay mutadawiciin iyo deeqo.") == ""
    assert ask_object("We need drivers and cooks.") == "Drivers and cooks"


@pytest.mark.parametrize("use_model", MODES)
def test_a_short_named_need_is_kept_under_its_ask(use_model):
    html = page("en", """<h1>How to help</h1><h2>Pasture</h2>
<p>We are looking for pasture to rent for our goats next summer. Two of our families lost
their grazing when the farm was sold.</p>""")
    found = [n.title for n in extract(html, use_model=use_model)]
    assert len(found) == 1 and "pasture to rent" in found[0].lower(), found



def test_a_title_too_short_for_a_need_is_named_by_its_ask():
    assert _short_title("Land", "Land\n\nWe are looking for land to lease. Three families "
                        "lost their plots.") == "Land to lease"
    assert _short_title("Fri", "Fri\n\nFish fry and coleslaw.") == "Fri"  # dropped later


def test_places_are_other_and_titles_ending_in_a_role_are_hands_on():
    assert kind_of("Land to lease") == "other"
    assert kind_of("Practice space for the winter") == "other"
    assert kind_of("Local food drive") != "other"
    assert kind_of("Toddler room assistant") == "volunteer"


@pytest.mark.parametrize("use_model", MODES)
def test_a_flyer_to_share_is_no_need(use_model):
    html = page("en", """<h1>Get involved</h1>
<h2>Posters to hang</h2><p>Print our spring poster (PDF) for your break room or
library.</p>
<h2>Snow shovelers</h2><p>Clear the ramp and the front walk after a snowfall, before 8
am.</p>""")
    found = titles(html, use_model=use_model)
    assert "Snow shovelers" in found and "Posters to hang" not in found, found


@pytest.mark.parametrize("use_model", MODES)
def test_a_card_with_no_open_place_now_is_filled_in_somali_and_english(use_model):
    html = page("so", """<h1>Noqo mutadawac</h1>
<h2>Kaxeeyayaasha dalxiiska</h2><p><strong>Boos bannaan ma jiro hadda.</strong> Dhammaan
safarrada waa la qaybsaday. Mahadsanidin!</p>
<h2>Macallimiin xisaab</h2><p>Waxaan u baahannahay laba macallin oo xisaabta yaqaan, Axadda
10:00 ilaa 12:00.</p>""")
    found = titles(html, use_model=use_model)
    assert any(t.startswith("Macallimiin xisaab") for t in found), found
    assert not any("Kaxeeyayaasha" in t for t in found), found
    html = page("en", """<h1>Volunteer</h1><h2>Museum trip drivers</h2>
<p>No open spots right now - every trip has its drivers.</p>
<h2>Math helpers</h2><p>We need two people who like fractions, Sundays 10-12.</p>""")
    assert not any("Museum" in t for t in titles(html, use_model=use_model))


@pytest.mark.parametrize("use_model", MODES)
def test_a_list_announced_in_vietnamese_is_one_donation(use_model):
    html = page("vi", """<h1>Chùa cần giúp đỡ</h1><h2>Đồ dùng cho lớp học</h2>
<p>Lớp tiếng Việt của chùa đang cần:</p>
<ul><li>Vở ô li cho các em nhỏ</li><li>Bút chì và tẩy</li><li>Bảng trắng nhỏ</li></ul>""")
    found = extract(html, use_model=use_model)
    assert len(found) == 1 and found[0].title.startswith("Đồ dùng cho lớp học"), found
    assert found[0].kind == "donation"


def test_counted_generic_people_name_nothing():
    assert ask_object("Saddex qof oo kale ayaan raadinaynaa.") == ""
    assert ask_object("We are looking for three more people.") == ""
