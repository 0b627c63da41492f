"""Matching v11's classes (developed on blind round 12): parking help and carrying tables
are not driving, "all are welcome" is not a reception desk, "you don't need to speak
Karen", general donors and cash appeals, computers as goods of their own, outdoor work,
musicians, river clean-ups and tree planting in Spanish, forms and paperwork, offers of
physical work -- judged by the real rule (pure functions).  The phrases are the
developers' own; the Somali, Hmong and Vietnamese ones may be imperfect."""

from __future__ import annotations

import pytest

from matching.concepts.infer import member_concepts, need_concepts
from matching.relevance import judge


def tier(need, member) -> int:
    return judge(need, member, 0.0)[0]


def test_setting_up_a_hall_is_event_work_not_driving():
    need = need_concepts("Mutadawiciin hoolka Ciidda", "Waxaan u baahanahay mutadawiciin u "
                         "qaadaan miisaska iyo kuraasta, u hagaan baabuurta meesha la dhigto. "
                         "Rag iyo dumarba waa la soo dhaweynayaa.", page_language="so")
    assert "driving" not in need.activities and "vehicle" not in need.requires
    assert "office" not in need.activities and "events" in need.activities
    helper = member_concepts("I'm on the youth committee at my masjid; we set up for Eid and "
                             "weddings (chairs, rugs, tables).")
    assert tier(need, helper) == 3


def test_a_need_that_does_not_need_its_language_requires_none():
    need = need_concepts("Garden helpers", "Dig beds and weed on Saturdays. You don't need "
                         "to speak Karen.", languages=["kar"])
    assert not need.required_languages
    assert tier(need, member_concepts("Kuv nyiam ua vaj zaub.", language="hmn")) == 3


def test_a_donor_who_names_nothing_hears_of_cash_appeals():
    fund = need_concepts("Heating-bill fund", "Money only: a one-time gift or $10 a month.",
                         kind="donation")
    donor = member_concepts("My schedule is brutal; I can donate but rarely volunteer.")
    assert tier(fund, donor) == 3


def test_a_laptop_donor_is_not_a_general_goods_donor():
    backpacks = need_concepts("Backpack drive", "Backpacks, notebooks and pencils for K-8.",
                              kind="donation")
    laptops = need_concepts("Used laptop drive", "Donate working laptops for adult learners.",
                            kind="donation")
    donor = member_concepts("Our company retires laptops every year; I can get them donated.")
    assert tier(backpacks, donor) == 0 and tier(laptops, donor) == 3


@pytest.mark.parametrize("language,text,activity", [
    ("en", "We like outdoor projects on Saturdays.", "gardening"),
    ("vi", "Sáng thứ Bảy rảnh, thích làm việc ngoài trời.", "gardening"),
    ("en", "I play trumpet in a salsa band.", "arts"),
    ("es", "Toco jarana y bailo son jarocho.", "arts"),
    ("es", "Ayudo en limpiezas del rio con mis hijos.", "cleanup"),
    ("es", "Mecánico de bicicletas en una tienda.", "repairs"),
    ("en", "Happy to help neighbors with housing paperwork.", "housing"),
    ("hmn", "Kuv pub tau khoom siv kawm ntawv rau cov tsev neeg.", "donate_school"),
])
def test_lexicon_classes(language, text, activity):
    assert activity in member_concepts(text, language=language).activities


def test_an_offer_of_physical_work_hears_of_unloading():
    unload = need_concepts("Truck unloading at the pantry", "The food bank truck arrives: "
                           "unload cases and stock shelves.")
    student = member_concepts("Student looking for hours. Happy to do physical work.")
    assert tier(unload, student) == 1
