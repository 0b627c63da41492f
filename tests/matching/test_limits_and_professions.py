"""What members say they do *not* do, professions a need names, languages a need is done
in, and pickup owners: read from real wording in several languages and judged by the real
rule (pure functions: no model, no database).  The translations are the developers' own;
the Somali, Hmong, Oromo and Amharic phrases may be imperfect."""

from __future__ import annotations

import pytest

from matching.concepts.infer import affirmed, member_concepts, need_concepts
from matching.relevance import judge


def tier(need, member) -> int:
    return judge(need, member, 0.0)[0]


@pytest.mark.parametrize("language,text,offered,refused", [
    ("en", "Spoken interpreting only - I don't do written translation.",
     {"interpreting"}, {"translation"}),
    ("hmn", "Kuv nyiam ua zaub mov thiab cog vaj. Kuv tsis txawj kho tsev.",
     {"meals", "gardening"}, {"repairs"}),
    ("es", "Me gusta cocinar. No puedo manejar de noche.", {"meals"}, {"driving"}),
    ("vi", "Tôi thích nấu ăn, nhưng không lái xe.", {"meals"}, {"driving"}),
])
def test_a_clause_the_member_negates_names_no_activity(language, text, offered, refused):
    c = member_concepts(text, language=language)
    assert offered <= set(c.activities)
    assert not refused & set(c.activities)


def test_a_negated_worry_keeps_the_offer():
    c = member_concepts("I have a pickup truck and don't mind hauling furniture on weekends.")
    assert "moving" in c.activities
    assert "truck" in c.traits
    assert "don't mind hauling" in affirmed("I don't mind hauling furniture.")


def test_declined_translation_is_not_assumed_from_interpreting():
    need = need_concepts("Translate a voter guide into Hmong",
                         "Written translation from English into Hmong, from home.",
                         languages=["hmn", "en"])
    interpreter_only = member_concepts(
        "Certified Hmong-English court interpreter. Spoken interpreting only - I don't do "
        "written translation.", languages=["hmn", "en"])
    interpreter = member_concepts("Certified Hmong-English court interpreter.",
                                  languages=["hmn", "en"])
    assert tier(need, interpreter_only) == 0
    assert tier(need, interpreter) == 3


@pytest.mark.parametrize("title,member_text,fits", [
    ("Licensed immigration attorney to review asylum applications",
     "Paralegal at a law firm (not an attorney). I help with immigration forms.", False),
    ("Licensed immigration attorney to review asylum applications",
     "Immigration attorney, licensed in Minnesota. Happy to do pro bono reviews.", True),
    ("Licensed immigration attorney to review asylum applications",
     "Kenya ayaan qareen (lawyer) ka ahaa, laakiin Mareykanka ruqsad sharci kuma haysto.",
     False),
    ("Abogados voluntarios para una clínica de inmigración",
     "Licensed master electrician. I do pro bono work for churches.", False),
    ("Licensed electrician to repair wiring at a community center",
     "Electrician apprentice (not licensed yet). I can help a licensed electrician.", False),
    ("Licensed electrician to repair wiring at a community center",
     "በሚኒሶታ ፈቃድ ያለኝ ኤሌክትሪሺያን ነኝ።", True),
])
def test_a_profession_the_title_names_is_required(title, member_text, fits):
    need = need_concepts(title, "")
    assert (tier(need, member_concepts(member_text)) > 0) is fits


def test_lawyers_or_paralegals_require_neither():
    need = need_concepts("Abogados y asistentes legales para clínica de inmigración", "")
    assert "attorney" not in need.requires


def test_different_kinds_of_repair_do_not_match():
    ramp = need_concepts("Build a wheelchair ramp for an elder's home",
                         "We need people with carpentry experience.")
    assert tier(ramp, member_concepts("Retired carpenter. I build ramps and fix porches.")) == 3
    assert tier(ramp, member_concepts("Kuv nyiam kho tsheb (fix cars).", language="hmn")) == 0


def test_a_need_done_in_one_language_requires_it():
    need = need_concepts("ልጆችን አማርኛ ማንበብና መጻፍ የሚያስተምሩ በጎ ፈቃደኞች",
                         "አማርኛን በደንብ የሚያነቡና የሚጽፉ አስተማሪዎች እንፈልጋለን።",
                         languages=["am"], page_language="am")
    assert need.required_languages == {"am"}
    math_tutor = member_concepts("Math tutor - high school algebra.", language="en")
    amharic_teacher = member_concepts("ልጆችን የአማርኛ ፊደል፣ ማንበብና መጻፍ ማስተማር እወዳለሁ።",
                                      language="am")
    assert tier(need, math_tutor) == 0
    assert tier(need, amharic_teacher) == 3


def test_a_need_in_english_and_another_language_is_bridging_help():
    need = need_concepts(
        "Pab cov laus Hmoob sau ntawv rov ua Medical Assistance",
        "Peb xav tau neeg hais thiab nyeem tau lus Hmoob thiab lus Askiv zoo.",
        languages=["hmn", "en"], page_language="hmn")
    assert "interpreting" in need.activities
    assert need.required_languages == {"hmn", "en"}
    nurse = member_concepts("Pediatric nurse (RN), part-time now.")
    interpreter = member_concepts("Kuv ua tus txhais lus Hmoob-Askiv hauv tsev kho mob.",
                                  language="hmn", languages=["hmn", "en"])
    assert tier(need, nurse) == 0
    assert tier(need, interpreter) == 3


def test_a_pickup_need_takes_a_pickup_owner_who_hauls_not_a_sedan_driver():
    need = need_concepts("Pickup truck or van owners to collect donated furniture",
                         "We need drivers to pick up furniture at donors' homes.",
                         kind="volunteer")
    assert "truck" in need.requires
    hauler = member_concepts("I have a pickup truck and a trailer and don't mind hauling "
                             "furniture on weekends.")
    sedan = member_concepts("I have a car and drive elders to the mosque.")
    assert tier(need, hauler) == 3
    assert tier(need, sedan) == 0


def test_counselling_in_vietnamese_is_not_a_van():
    need = need_concepts("Tư vấn việc làm và viết hồ sơ xin việc", "", page_language="vi")
    assert "truck" not in need.requires


@pytest.mark.parametrize("language,text", [
    ("kar", "ယမ့ၢ် ပိာ်မုၣ်. ယအိၣ်ဒီး သိလ့ၣ်."),
    ("so", "wadis. gaari baan leeyahay"),
])
def test_a_member_who_tells_of_a_car_and_nothing_else_offers_rides(language, text):
    c = member_concepts(text, language=language)
    assert "vehicle" in c.traits
    assert "driving" in c.activities


@pytest.mark.parametrize("language,text", [
    ("es", "Mujer, madre de tres. Coso a máquina."),
    ("en", "Retired driver's ed instructor (woman). I have a car."),
    ("so", "Haweeney ahaan, waxaan jeclahay inaan la shaqeeyo gabdhaha."),
])
def test_more_ways_of_saying_she_is_a_woman(language, text):
    assert "woman" in member_concepts(text, language=language).traits


def test_bilingual_describing_the_work_is_not_a_call_for_interpreters():
    need = need_concepts("Graphic designer for bilingual event flyers",
                         "Design two flyers, in English and Spanish, for our fall festival.",
                         kind="skilled")
    assert "media" in need.activities
    assert "interpreting" not in need.activities


def test_a_language_said_to_be_only_preferred_is_not_required():
    need = need_concepts("አረጋውያንን የሚጎበኙ በጎ ፈቃደኞች እንፈልጋለን",
                         "አረጋውያንን የሚጠይቁ በጎ ፈቃደኞች ይፈልጋል። አማርኛ መናገር ቢችሉ ይመረጣል፤ "
                         "ግን ግዴታ አይደለም።", languages=["am"], page_language="am")
    assert "visiting" in need.activities
    assert not need.required_languages
    hmong_visitor = member_concepts("Kuv nyiam mus xyuas cov laus thiab nrog lawv tham.",
                                    language="hmn")
    assert tier(need, hmong_visitor) == 3


@pytest.mark.parametrize("title,member_text,language", [
    ("Pub lauj kaub, tais diav rau cov tsev neeg tshiab",
     "I'm always cleaning out closets. Happy to donate household goods to families.", "en"),
    ("Quyên góp máy tính xách tay cũ cho học sinh",
     "Tech recycling volunteer - I refurbish old laptops and give them to students.", "en"),
    ("Deeq: alaab ciyaareed cusub oo carruurta Ciidda loogu talagalay",
     "Waxaan ku deeqi karaa alaab cusub sida dhar, alaab ciyaareed carruur.", "so"),
])
def test_drives_for_kitchenware_laptops_and_toys_reach_donors_of_them(title, member_text,
                                                                      language):
    need = need_concepts(title, "", kind="donation")
    assert tier(need, member_concepts(member_text, language=language)) == 3


def test_giving_away_a_laptop_is_not_tech_help():
    web = need_concepts("Volunteer web developer to rebuild a small nonprofit's website", "",
                        kind="skilled")
    donor = member_concepts("Tôi có một laptop cũ còn tốt, muốn tặng cho học sinh.",
                            language="vi")
    assert "tech" not in donor.activities
    assert tier(web, donor) == 0


def test_a_yard_cleanup_is_yard_work():
    need = need_concepts("Fall yard cleanup for seniors", "Rake leaves and bag them.")
    raker = member_concepts("Lub caij nplooj zeeg kuv pab tau cov laus sau nplooj ntoo "
                            "(rake leaves).", language="hmn")
    assert tier(need, raker) == 3
