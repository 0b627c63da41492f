"""Matching v6's classes: limits a member states (lifting, weekends or weekdays only),
"anything" read only from an offer, teaching that is not tutoring, hobbies that are not
offers, women-only roles in Somali, health needs that welcome students, blood drives, and
the activities added to the taxonomy (haircuts, civic work) -- in several languages, judged
by the real rule (pure functions: no model, no database).  The phrases are the developers'
own; the Somali, Hmong, Oromo and Amharic ones may be imperfect."""

from __future__ import annotations

import pytest

from matching.concepts.infer import member_concepts, need_concepts
from matching.relevance import judge
from members.activities import ACTIVITIES, BY_ID, LANGUAGES


def tier(need, member) -> int:
    return judge(need, member, 0.0)[0]


PACKING = need_concepts("Food shelf packers on Tuesdays",
                        "Pack grocery boxes and restock shelves, Tuesday 9-12. Lifting 30 lb.")


@pytest.mark.parametrize("language,text", [
    ("en", "I'd love to help at a food pantry, but I cannot lift heavy boxes any more."),
    ("es", "Me gusta ayudar en la despensa pero no puedo cargar cosas pesadas."),
    ("hmn", "Kuv nyiam pab ntim khoom noj tiam sis kuv nqa tsis taus khoom hnyav."),
    ("vi", "Tôi muốn giúp ngân hàng thực phẩm nhưng không thể bê đồ nặng."),
])
def test_a_member_who_cannot_lift_is_not_told_of_lifting_work(language, text):
    member = member_concepts(text, language=language)
    assert "no_lifting" in member.traits
    assert tier(PACKING, member) == 0
    desk = need_concepts("Greeters for a tax clinic", "Welcome visitors at the tax clinic.")
    assert "can lift" not in judge(desk, member, 0.0)[2]


@pytest.mark.parametrize("language,text,limit", [
    ("en", "Happy to pack food boxes, weekends only.", "weekends_only"),
    ("es", "Empaco cajas de comida en la despensa, solo los sábados y domingos.",
     "weekends_only"),
    ("en", "Food shelf sorting, available weekdays only.", "weekdays_only"),
])
def test_a_member_free_only_some_days_is_not_told_of_the_other_days(language, text, limit):
    member = member_concepts(text, language=language)
    assert limit in member.traits
    saturday = need_concepts("Saturday food shelf packers",
                             "Pack food boxes at the food shelf on Saturday mornings.")
    expected = {"weekends_only": (0, 3), "weekdays_only": (3, 0)}[limit]
    assert (tier(PACKING, member), tier(saturday, member)) == expected


def test_a_need_naming_both_kinds_of_day_keeps_everyone():
    need = need_concepts("Food shelf packers", "Pack food boxes on Thursdays and Saturdays.")
    member = member_concepts("Food shelf packing, weekends only.")
    assert tier(need, member) == 3


@pytest.mark.parametrize("text,broad", [
    ("anything", True),
    ("Happy to help with anything you need.", True),
    ("Wax walba waan caawin karaa.", True),
    ("Dabtsi los kuv pab tau.", True),
    ("Editor by trade. I can proofread pretty much anything.", False),
    ("I can't lift anything heavy since my surgery, but I like visiting elders.", False),
])
def test_anything_is_read_only_from_an_offer(text, broad):
    assert ("broad" in member_concepts(text).traits) is broad


def test_anything_members_are_not_told_of_animal_care():
    anyone = member_concepts("I can help with anything.")
    garden = need_concepts("Garden helpers", "Weed and water the community garden plots.")
    rescue = need_concepts("Dog walkers for an animal rescue",
                           "Walk dogs and socialize cats at our adoption center.")
    assert tier(garden, anyone) == 1
    assert tier(rescue, anyone) == 0


@pytest.mark.parametrize("language,text,activity", [
    ("vi", "Tôi từng dạy tiếng Anh, muốn dạy tiếng Anh cho người lớn.", "esl"),
    ("am", "የኮምፒውተር ባለሙያ ነኝ። አረጋውያንን ስልክ መጠቀም ማስተማር እችላለሁ።", "tech"),
    ("hmn", "Kuv qhia ntaus guitar rau menyuam.", "arts"),
])
def test_teaching_something_else_is_not_tutoring(language, text, activity):
    member = member_concepts(text, language=language)
    assert activity in member.activities
    assert "tutoring" not in member.activities
    maths = need_concepts("Online maths tutors",
                          "Help high-school students with algebra homework.")
    assert tier(maths, member) == 0


def test_school_subjects_keep_tutoring_beside_esl():
    member = member_concepts("Retired teacher. I tutor reading and ESL.")
    assert {"tutoring", "esl"} <= set(member.activities)


def test_singing_for_fun_is_not_teaching_an_instrument():
    lessons = need_concepts("Guitar and piano teachers for kids",
                            "Teach children guitar or piano after school, once a week.")
    assert tier(lessons, member_concepts("Kuv nyiam hu nkauj karaoke nrog phooj ywg.",
                                         language="hmn")) == 0
    assert tier(lessons, member_concepts("I play piano and give lessons to children.")) == 3


@pytest.mark.parametrize("language,text", [
    ("so", "Waxaan jeclahay daawashada kubadda cagta iyo saaxiibada."),
    ("en", "Love watching football on TV with my brothers."),
])
def test_watching_a_sport_is_not_an_offer_to_coach_it(language, text):
    coaching = need_concepts("Youth soccer coaches", "Coach a children's soccer team on Saturdays.")
    assert "sports" not in member_concepts(text, language=language).activities
    assert tier(coaching, member_concepts(text, language=language)) == 0


def test_a_somali_women_only_role_requires_a_woman():
    need = need_concepts("Tababarayaal haween ah oo kooxda gabdhaha",
                         "Kooxda kubadda cagta ee gabdhaha waxay u baahan tahay tababarayaal. "
                         "Doorkan ragga looma furna.", page_language="so")
    assert "woman" in need.requires
    assert tier(need, member_concepts("Haweeney ayaan ahay, kubadda cagta ayaan tababaraa.",
                                      language="so")) == 3
    assert tier(need, member_concepts("Fui entrenador de fútbol juvenil.", language="es")) == 0


def test_a_health_need_welcoming_students_requires_no_licence():
    fair = need_concepts("Blood-pressure checks at a health fair",
                         "Nursing students, CNAs and nurses are all welcome to take blood "
                         "pressure.")
    clinic = need_concepts("Registered nurses for a flu-shot clinic",
                           "RN or LPN licence required to give flu shots.")
    student = member_concepts("Nursing student; I take blood pressure at health fairs.")
    assert not fair.requires and tier(fair, student) == 3
    assert "nurse" in clinic.requires and tier(clinic, student) == 0


@pytest.mark.parametrize("language,text", [
    ("en", "Regular platelet donor."),
    ("vi", "Tôi hiến máu mỗi năm."),
    ("so", "Sannad walba dhiig ayaan ku deeqaa."),
    ("hmn", "Kuv pub ntshav txhua peb lub hlis."),
])
def test_blood_donors_hear_of_blood_drives_and_not_of_goods_drives(language, text):
    blood = need_concepts("Blood drive at the church", "Sign up to give blood on March 3.",
                          kind="donation")
    coats = need_concepts("Winter coat drive", "Donate children's winter coats and boots.",
                          kind="donation")
    donor = member_concepts(text, language=language)
    assert "donate_blood" in donor.activities and "donate_goods" not in donor.activities
    assert (tier(blood, donor), tier(coats, donor)) == (3, 0)
    general = member_concepts("I donate all kinds of things: clothes, toys, kitchen stuff.")
    assert (tier(blood, general), tier(coats, general)) == (0, 3)


@pytest.mark.parametrize("language,text", [
    ("en", "Licensed cosmetologist; I cut hair at a salon."),
    ("so", "Timo-jare ayaan ahay, dukaan ayaan leeyahay."),
    ("hmn", "Kuv txiav tau plaub hau."),
    ("vi", "Tôi là thợ cắt tóc."),
    ("es", "Soy barbero, corto el pelo los domingos."),
])
def test_barbers_in_any_language_hear_of_free_haircut_days(language, text):
    need = need_concepts("Cắt tóc miễn phí cho người vô gia cư",
                         "Nơi tạm trú cần thợ cắt tóc tình nguyện mỗi tháng.", page_language="vi")
    assert set(need.activities) == {"haircuts"}  # "cắt" is not a cat
    assert tier(need, member_concepts(text, language=language)) == 3


@pytest.mark.parametrize("language,text", [
    ("es", "He registrado votantes y he tocado puertas en el barrio."),
    ("en", "Knocked doors for candidates and helped register voters."),
    ("hmn", "Kuv pab sau npe pov npav."),
])
def test_voter_registration_and_door_knocking_are_civic_work(language, text):
    need = need_concepts("Door-knockers for a tenant union",
                         "Knock on doors to tell renters about their rights.")
    assert tier(need, member_concepts(text, language=language)) == 3


@pytest.mark.parametrize("title,description,member_text,language", [
    ("Visitors for people held in the county jail",
     "Visit people held at the jail who get no visitors.",
     "I go into the jail with a prison ministry.", "en"),
    ("Hospice companions", "Sit with hospice patients and read to them.",
     "Acompaño a personas enfermas en el hospicio.", "es"),
    ("Repair café fixers", "Fix small appliances and bicycles with neighbours.",
     "Arreglo bicicletas: frenos y cadenas.", "es"),
    ("Help elders with benefit forms", "Help Hmong elders fill out Medicare and SNAP forms.",
     "Kuv pab cov laus sau ntawv thov Medicare.", "hmn"),
])
def test_work_the_lexicons_now_read(title, description, member_text, language):
    assert tier(need_concepts(title, description),
                member_concepts(member_text, language=language)) == 3


def test_an_oromo_preference_is_not_a_requirement():
    need = need_concepts("Barsiisota hojii manaa", "Ijoollee hojii manaa irratti gargaaruu. "
                         "Afaan Oromoo dubbachuun ni jaallatama, garuu dirqama miti.",
                         languages=["om"], page_language="om")
    assert "om" in need.languages and not need.required_languages


def test_the_new_activities_have_labels_in_every_language():
    for activity in ("haircuts", "civic", "donate_blood"):
        assert set(BY_ID[activity].labels) == set(LANGUAGES)
    assert len({a.id for a in ACTIVITIES}) == len(ACTIVITIES)


@pytest.mark.parametrize("language,text", [
    ("en", "Licensed electrician. Will donate labor for nonprofits: outlets and lighting."),
    ("hmn", "Kuv yog kws suav nyiaj (CPA), kuv pab ua se pub dawb."),
])
def test_giving_time_or_skills_for_free_is_not_giving_goods(language, text):
    assert "donate_goods" not in member_concepts(text, language=language).activities


@pytest.mark.parametrize("language,text,item", [
    ("es", "Tengo chamarras y botas de mis hijos; quisiera donarlas.", "donate_clothing"),
    ("en", "I give things away rather than toss them: housewares, furniture.",
     "donate_furniture"),
])
def test_more_ways_of_offering_goods(language, text, item):
    assert item in member_concepts(text, language=language).activities


def test_somali_anything_at_the_pantry_is_the_pantry_not_anything():
    member = member_concepts("Waxaan jeclahay meelaha cuntada bilaashka ah lagu qaybiyo: bacaha "
                             "buuxin, wax kasta oo bakhaarka cuntada ah.", language="so")
    assert "broad" not in member.traits and "food_shelf" in member.activities


def test_teaching_children_to_sew_is_sewing_not_tutoring():
    member = member_concepts("Kuv txawj xaws paj ntaub. Kuv xav qhia cov menyuam hluas kom txawj "
                             "xaws.", language="hmn")
    assert "sewing" in member.activities and "tutoring" not in member.activities


def test_the_admin_line_does_not_tell_of_health_or_gender():
    member = member_concepts("I'm a woman with a bad back: I cannot lift, but I visit elders, "
                             "weekends only.")
    assert {"woman", "no_lifting", "weekends_only"} <= member.traits
    line = member.summary()
    assert "woman" not in line and "lift" not in line and "weekends_only" in line
