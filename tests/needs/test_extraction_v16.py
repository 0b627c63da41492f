"""Failure classes found on blind round 16 (after v15's one-shot score), tested with new
synthetic wording (none of it is the round's text; the non-English sentences are the
developers' own and may be imperfect):

* a site builder's list of cards (each card a heading inside wrappers) ran the heading into
  its text ("Move-in crewSaturday mornings …");
* needs under a generic heading stated later or differently: "the role we most need filled
  is …", "Also wanted" over the role itself, "buscamos …" in the second sentence — and the
  same generic heading twice on one page;
* a family's story that names the need as what it would change ("A crib and a stroller would
  let …") or what the person asked for;
* shift tables whose open count is bold or carries a note ("**2**", "1 (needs a car)"), and a
  row that names the place before the program;
* a list announced by "please help us fill the kits:" or headed "please stock";
* a PDF newsletter's first sub-heading after the address line, and a first-person ask in the
  middle of its paragraph;
* "the role we most need filled" read as a fill state; "all 20 kits have been donated" not.
"""

from __future__ import annotations

import pytest

from needs.extraction import learned
from needs.extraction.base import PageInput
from needs.extraction.fill import FILL_SENTENCE
from needs.extraction.heuristic import HeuristicExtractor
from needs.extraction.structure import html_language, structured_markdown, text_to_markdown

MODES = (False, True) if learned.available() else (False,)


def titles(html: str, *, use_model: bool = False, markdown: str = "",
           url: str = "http://example.org/help") -> list[str]:
    page = PageInput(url=url, title="Page", markdown=markdown, html=html,
                     language=html_language(html))
    return [n.title for n in HeuristicExtractor(use_model=use_model).extract(page)]


def page(lang: str, body: str) -> str:
    return (f'<html lang="{lang}"><head><title>Friends</title></head>'
            f"<body><main>{body}</main></body></html>")


CARD_LIST = page("en", """<h1>Help out</h1><ul class="user-items-list">
<li class="list-item"><div class="list-item-content"><h2 class="title">Ramp crew</h2>
<div class="description"><p>Build wheelchair ramps with our lead carpenter on Saturdays.</p>
</div></div></li>
<li class="list-item"><div class="list-item-content"><h2 class="title">Bookkeeper</h2>
<div class="description"><p>Keep our books in order, two evenings a month.</p></div></div></li>
</ul>""")


def test_a_site_builders_list_of_cards_keeps_each_heading_apart_from_its_text():
    markdown = structured_markdown(CARD_LIST)
    assert "## Ramp crew" in markdown and "## Bookkeeper" in markdown, markdown
    assert "Ramp crewBuild" not in markdown


@pytest.mark.parametrize("use_model", MODES)
def test_needs_under_generic_headings_stated_later_or_as_the_thing_itself(use_model):
    html = page("en", """<h1>Volunteer</h1>
<h2>Volunteers needed</h2>
<p>The position we most need filled is a bus aide for our Tuesday field trips. We train.</p>
<h2>Volunteers needed</h2>
<p>We are seeking a volunteer dentist for our free screening day in May.</p>
<h2>Also wanted</h2>
<p>A Karen-English interpreter for the spring parent night at Roosevelt school.</p>""")
    found = titles(html, use_model=use_model)
    assert any("bus aide" in t.lower() for t in found), found
    assert any("dentist" in t for t in found), found
    assert any("Karen-English interpreter" in t for t in found), found
    assert "Also wanted" not in found and "Volunteers needed" not in found, found
    es = page("es", """<h1>Sirva</h1><h2>Se necesitan voluntarios</h2>
<p>Los sábados abrimos la biblioteca para los niños. Muchos necesitan ayuda con la lectura,
así que buscamos una maestra de lectura que pueda venir dos horas.</p>""")
    found = titles(es, use_model=use_model)
    assert any("maestra de lectura" in t.lower() for t in found), found
    assert "Voluntarios" not in found, found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("A crib and a stroller would let her bring the baby home from the hospital.",
      "Crib and a stroller"),
     ("She asked us for a volunteer who could teach her to drive.",
      "Volunteer who could teach her to drive"),
     ("Her neighbors would help if they could.", "")],
)
def test_what_a_story_says_would_change_things(sentence, expected):
    from needs.extraction.titles import story_ask  # new in v16

    assert story_ask(sentence) == expected


@pytest.mark.parametrize("use_model", MODES)
def test_a_story_titled_by_its_household_names_what_it_needs(use_model):
    html = page("en", """<h1>Neighbors</h1><h2>Fatuma and her baby</h2>
<p>Fatuma's son was born in October, three weeks early. A crib and a car seat would let her
bring him home from the hospital. Call Ann if you can bring either.</p>
<h2>The Vang family</h2><p>Fully furnished! Thank you to everyone who helped.</p>""")
    found = titles(html, use_model=use_model)
    assert any("crib" in t.lower() for t in found), found
    assert not any("Vang" in t for t in found), found


@pytest.mark.parametrize("use_model", MODES)
def test_open_counts_in_bold_or_with_a_note_and_place_before_program(use_model):
    html = page("en", """<h1>Tutor schedule</h1>
<table><tr><th>LOCATION / PROGRAM</th><th>DAY</th><th>TUTORS STILL NEEDED</th></tr>
<tr><td>EASTSIDE LIBRARY - CITIZENSHIP PREP</td><td>MON 6 PM</td><td><b>2</b></td></tr>
<tr><td>GRACE CHURCH - ESL BEGINNERS</td><td>WED 10 AM</td><td>1 (bilingual)</td></tr>
<tr><td>CITY HALL - GED SCIENCE</td><td>FRI 1 PM</td><td>0</td></tr></table>""")
    found = [t.lower() for t in titles(html, use_model=use_model)]
    assert any(t.startswith("citizenship prep") for t in found), found
    assert any(t.startswith("esl beginners") for t in found), found
    assert not any("ged science" in t for t in found), found


@pytest.mark.parametrize("use_model", MODES)
def test_an_announced_list_and_a_please_stock_list_are_one_need_each(use_model):
    html = page("en", """<h1>Give</h1><h2>Hygiene kits for shelter guests</h2>
<p>Every month we hand out 60 kits. Please help us fill the kits:</p>
<ul><li>Travel-size shampoo</li><li>Toothbrushes</li><li>Wool socks</li></ul>
<h2>Please stock</h2><ul><li>Yogurt</li><li>Bread</li><li>Bananas</li></ul>
<h2>Blankets</h2><p>All 30 blankets we asked for have been donated. Thank you!</p>""")
    found = titles(html, use_model=use_model)
    kits = [t for t in found if "Hygiene kits" in t]
    assert len(kits) == 1 and "Toothbrushes" in kits[0], found
    assert any(t.startswith("Please stock") and "Yogurt" in t for t in found), found
    assert not any(t in ("Wool socks", "Toothbrushes", "Blankets") for t in found), found


def test_a_newsletters_sections_and_an_ask_inside_a_paragraph():
    text = ("GARDEN NEWS - SPRING 2026\n"
            "Eastside Garden - 100 Main St, Saint Paul, MN 55106 - 651-555-0100\n"
            "Lub vaj rov qhib\n"
            "Lub vaj yuav qhib lub Plaub Hlis. Peb xav tau ib tug neeg paub ua laj kab tuaj "
            "pab kho peb lub laj kab. Hu rau Pa.\n")
    markdown = text_to_markdown(text)
    assert "## Lub vaj rov qhib" in markdown, markdown
    found = titles("", markdown=markdown, url="http://example.org/news.pdf")
    assert any("laj kab" in t for t in found), found


def test_need_filled_is_open_and_have_been_donated_is_filled():
    assert not FILL_SENTENCE.search("The role we most need filled is a bus aide.")
    assert not FILL_SENTENCE.search("Two shifts are still to be filled.")
    assert FILL_SENTENCE.search("All 30 blankets we asked for have been donated.")


@pytest.mark.parametrize("use_model", MODES)
def test_a_recruiting_or_greeting_heading_gives_way_to_the_ask_in_its_text(use_model):
    html = page("en", """<h1>Mentoring</h1><h3>Become a coach</h3>
<p>Twelve girls signed up for spring track. We are looking for women coaches who can run
practice twice a week.</p>""")
    found = titles(html, use_model=use_model)
    assert any("women coaches" in t.lower() for t in found), found
    assert "Become a coach" not in found, found
    text = ("NEWS - WINTER 2026\nHmong Center - 10 Main St, Saint Paul, MN 55101 - 651-555-0101\n"
            "Nyob zoo txhua tus\n"
            "Ua tsaug rau txhua tus. Lub caij ntuj no peb muaj 40 tus laus tuaj noj su. Tsis tas "
            "li ntawd, peb tab tom nrhiav ib tug neeg paub ntaus nkauj qeej los qhia cov hluas.\n")
    found = titles("", markdown=text_to_markdown(text), url="http://example.org/xov-xwm.pdf")
    assert any("ntaus nkauj qeej" in t for t in found), found
    assert "Nyob zoo txhua tus" not in found, found
