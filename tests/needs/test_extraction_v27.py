"""Failure classes still taken on development rounds 17-22 (in-sample traps of v26), tested
with new synthetic wording (none of it is the rounds' text): fill states ("all lined up",
"we'll ask again in …", "the season is over", Somali "waa la daboolay", Arabic "اكتفينا",
Karen "ပှဲၤလံ"), opening hours and program lists in the languages served, a free review as a
service, a showcase as an event, a monthly gift as a general appeal, and "No proof of income
is needed" as a condition, not an ask.  Translations are the authors' best effort."""

from __future__ import annotations

import pytest

from needs.extraction.fill import FILL_TEXT
from needs.extraction.lexicon import GENERIC_MONEY, SERVICE_HEADING, SERVICE_TEXT
from tests.needs.extraction_pages import MODES, has, page, titles


def test_new_fill_wordings():
    for text in ("Our fall ushers are all lined up. Thanks, everyone!",
                 "We'll ask again in January for the spring term.",
                 "The 2025 garden season is over. Thank you to all 40 helpers!",
                 "Baahida kabaha waa la daboolay, mahadsanid.",
                 "Waan helnay — mahadsanidin!",
                 "اكتفينا من البطانيات، شكرا جزيلا",
                 "لا نحتاج إلى كتب إضافية",
                 "ပှဲၤလံ. တၢ်ဘျုး!"):
        assert FILL_TEXT.search(text), text
    for text in ("When the season is over we need help stacking the canoes.",
                 "Waan helnay deeq yar, laakiin weli waxaan u baahanahay darawallo.",
                 "Our drivers are lined up for Monday but Tuesday is open."):
        assert not FILL_TEXT.search(text), text


def test_hours_and_program_headings_in_the_languages_served():
    for heading in ("Barnaamijyadeena", "Sij hawm qhib", "Sij hawm pe hawm", "Giờ mở cửa",
                    "Sa'aatii hojii", "የስራ ሰዓት", "ساعات العمل", "Get food"):
        assert SERVICE_HEADING.search(heading), heading
    for heading in ("Get involved", "Sij hawm pab dawb", "Food drivers"):
        assert not SERVICE_HEADING.search(heading), heading


def test_free_reviews_and_classes_children_attend_are_services():
    assert SERVICE_TEXT.search("Free benefits review every Monday at the library")
    assert SERVICE_TEXT.search("Cov menyuam tuaj kawm lus Hmoob hnub Saturday.")
    assert not SERVICE_TEXT.search("Peb xav tau ib tug xib fwb tuaj qhia lus Hmoob.")
    # what the children who come lack is an ask
    assert not SERVICE_TEXT.search("Muaj 12 tus menyuam tuaj kawm tsis muaj khau caij daus.")


def test_a_monthly_gift_is_a_general_appeal():
    assert GENERIC_MONEY.search("Give $10 a month")
    assert GENERIC_MONEY.search("Become a sustainer")
    assert not GENERIC_MONEY.search("Give rides to the clinic")


@pytest.mark.parametrize("use_model", MODES)
def test_a_covered_card_a_showcase_and_a_free_service_are_no_needs(use_model):
    html = page("""<h1>How you can help</h1>
      <h2>Choir accompanist</h2><p>We are looking for a pianist who can play for the choir on
      Sunday mornings.</p>
      <h2>Ushers</h2><p>Our ushers for the winter are all lined up - thank you! We'll ask
      again in April.</p>
      <h2>Art showcase</h2><p>Come see the paintings our students made at the Art Showcase,
      March 4 at the library.</p>
      <h2>Free resume review</h2><p>Bring your resume on any Thursday afternoon and a mentor
      will look it over with you.</p>""")
    found = titles(html, use_model=use_model)
    assert has(found, "accompanist")
    assert not has(found, "ushers")
    assert not has(found, "showcase")
    assert not has(found, "resume")


def test_a_condition_for_clients_is_no_ask():
    from needs.extraction.heuristic import _NOTHING_NEEDED
    assert _NOTHING_NEEDED.search("No proof of income is needed, and you may come back weekly.")
    assert _NOTHING_NEEDED.search("No appointment needed.")
    assert not _NOTHING_NEEDED.search("No one to drive them: a volunteer driver is needed.")
