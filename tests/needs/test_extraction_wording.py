"""Classes of wording and structure the heuristic extractor reads (issue 10).

Each case is written for this test (not copied from a measured page): newsletter
paragraphs with several asks, household stories, questions to the reader, later
paragraphs that state another need or another role's fill state, sentences in the other
languages served, conditions after a role, events, card tables and kinds.
"""

from __future__ import annotations

import pytest

from needs.extraction.base import PageInput
from needs.extraction.heuristic import HeuristicExtractor
from needs.extraction.kinds import kind_of


def _titles(markdown: str = "", html: str = "") -> list[str]:
    page = PageInput(url="https://example.org/p", title="", markdown=markdown, html=html)
    # The rule walk's own reading (the learned model judges on top of it and is tested in
    # test_extraction_learned.py; it drops some of these cases, see the issue-10 notes).
    return [need.title for need in HeuristicExtractor(use_model=False).extract(page)]


def _has(titles: list[str], key: str) -> bool:
    return any(key.lower() in t.lower() for t in titles)


def test_newsletter_paragraph_yields_each_distinct_ask():
    titles = _titles(
        "# Parish News\n\n## Autumn update\n\n"
        "What a summer! The youth trip to Duluth was a joy and the roof is finally done. "
        "The food pantry is also looking for a volunteer accountant to reconcile the books "
        "each month. Also: anyone with plumbing skills? The basement sink has leaked since "
        "August. Our fall supper is on October 12 - bring a friend.\n"
    )
    assert _has(titles, "accountant")
    assert _has(titles, "plumbing")
    assert not _has(titles, "supper")


def test_household_story_asks():
    titles = _titles(
        "# Neighbors helping neighbors\n\n## The Okafor family\n\n"
        "Ada and her two boys moved into an empty apartment in Moorhead last week. "
        "If anyone has a dresser or a small kitchen table to give, call Tom.\n\n"
        "## Mr. Lind\n\nMr. Lind is 88 and lives alone. What would help most right now "
        "is a weekly ride to the grocery store.\n"
    )
    assert _has(titles, "dresser")
    assert _has(titles, "ride to the grocery store")


def test_questions_to_the_reader():
    titles = _titles("# Help\n\n## Winter\n\nCan you spare a pair of snow boots for a "
                     "second grader? Could you drive a neighbor to dialysis on Fridays?\n")
    assert _has(titles, "snow boots")
    assert _has(titles, "drive a neighbor to dialysis")
    assert _titles("# Contact\n\nDo you have questions? Can you believe it is May?\n") == []


def test_later_paragraph_with_another_need_is_its_own_need():
    titles = _titles(
        "# Donate\n\n## Coat drive\n\nWe are collecting warm coats in all sizes until "
        "November 30.\n\nVolunteers needed to sort coats on Saturday, December 2.\n"
    )
    assert _has(titles, "coat drive")
    assert _has(titles, "sort coats")


def test_another_roles_fill_note_does_not_fill_the_section():
    titles = _titles(
        "# Volunteer\n\n## Reading buddies\n\nRead with a first grader for 30 minutes a "
        "week at Lincoln Elementary.\n\nNote: our board secretary role has been filled - "
        "thank you!\n\n## Greeters\n\nThis need has been met for 2025. Thank you!\n"
    )
    assert _has(titles, "reading buddies")
    assert not _has(titles, "greeters")
    assert not _has(titles, "secretary")


def test_sentences_in_other_languages_take_their_bold_phrase():
    titles = _titles(
        "# المركز\n\n## نحتاج إلى مساعدتكم\n\n"
        "نبحث عن **سائقين متطوعين** لنقل كبار السن إلى العيادة.\n\n"
        "نحتاج أيضاً إلى **معلم لغة إنجليزية** للكبار.\n"
    )
    assert _has(titles, "سائقين متطوعين")
    assert _has(titles, "معلم لغة إنجليزية")
    assert not _has(titles, "نحتاج إلى مساعدتكم")


def test_appeal_in_another_language_is_not_a_need():
    assert _titles("# Ku soo dhawaada\n\n## Sidee baad noo caawin kartaa?\n\n"
                   "Waxaan u baahannahay mutadawiciin iyo deeqo.\n") == []


def test_condition_after_a_role_keeps_the_role():
    titles = _titles("# Volunteer\n\nHere is who we need:\n\n"
                     "- Moving truck drivers - no CDL needed, we train\n"
                     "- Warehouse sorters - groups are welcome\n"
                     "- ~~Delivery leads~~ (full)\n")
    assert _has(titles, "moving truck drivers")
    assert _has(titles, "warehouse sorters")
    assert not _has(titles, "delivery leads")


def test_middle_dot_bullets_are_a_list():
    titles = _titles("# Donate\n\n## Most needed items\n\n· Canned soup\n\n· Rice\n\n"
                     "· Toothpaste\n")
    assert _has(titles, "canned soup")


def test_events_that_ask_nothing_are_refused_but_their_roles_are_not():
    titles = _titles(
        "# Volunteer with us\n\n### Harvest Supper Setup Crew\n\nSet up tables and chairs "
        "before the supper, Fridays at 5pm.\n\n### Harvest Supper\n\nThe supper will be "
        "held in the fellowship hall. Everyone is invited!\n"
    )
    assert _has(titles, "setup crew")
    assert not any(t.strip().lower() == "harvest supper" for t in titles)
    assert _titles("# Fix-it night\n\nSecond Tuesday of every month. Bring your broken "
                   "toaster and join us - free!\n") == []


def test_one_row_of_cards_in_a_table():
    html = (
        "<html><body><h1>Building</h1><table><tr>"
        "<td><b>Wanted: Licensed Plumber</b><br>The kitchen needs new pipes before winter and "
        "we are looking for a licensed plumber who can donate a day of labor.</td>"
        "<td><b>Gutter Cleaners</b><br>We are short on people to clean the gutters this "
        "October; bring a ladder if you have one and a friend.</td>"
        "</tr></table></body></html>"
    )
    titles = _titles(html=html)
    assert _has(titles, "plumber")
    assert _has(titles, "gutter cleaners")


@pytest.mark.parametrize(("title", "description", "kind"), [
    ("Volunteer bookkeeper", "Someone who knows QuickBooks, 4 hours a month.", "skilled"),
    ("Licensed electrician", "Donate labor for the basement wiring.", "skilled"),
    ("Warehouse helpers", "No experience needed; we train.", "volunteer"),
    ("Transporte de donaciones", "Con camioneta propia.", "volunteer"),
    ("Drive elders to lunch", "Own car, Tuesdays.", "volunteer"),
    ("Two crockpots and a rice cooker", "For the repast ministry.", "donation"),
])
def test_kinds(title, description, kind):
    assert kind_of(title, description) == kind
