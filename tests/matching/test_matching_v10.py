"""Matching v10's classes: interpreters a need has arranged and "you need no other
language", the organization a title names after "for a", two trades named together,
Vietnamese clauses split on "nhưng", Somali/Hmong/Vietnamese preference wording, dental vs
clinical health work, IT support vs web building, ESL and citizenship tutoring, and
lexicon classes -- judged by the real rule (pure functions).  The phrases are the
developers' own; the Somali, Hmong, Oromo, Vietnamese, Karen and Amharic ones may be
imperfect."""

from __future__ import annotations

import pytest

from matching.concepts.infer import member_concepts, need_concepts
from matching.relevance import judge


def tier(need, member) -> int:
    return judge(need, member, 0.0)[0]


def test_a_need_that_says_no_other_language_is_needed_requires_none():
    need = need_concepts("Hygienists for a free dental day", "Licensed hygienists clean teeth. "
                         "Somali and Spanish interpreters are arranged separately, so you do "
                         "not need to speak another language.", languages=["en", "es", "so"])
    assert not need.required_languages and "interpreting" not in need.activities
    assert tier(need, member_concepts("Dental hygienist, licensed in Minnesota.")) == 3


def test_the_organization_after_for_a_is_not_the_work():
    need = need_concepts("Volunteer bookkeeper for a food shelf",
                         "Reconcile QuickBooks monthly for the pantry's board.")
    assert "tax" in need.activities and "food_shelf" not in need.activities
    packer = member_concepts("I pack boxes at my church's food shelf.")
    assert tier(need, packer) == 0


def test_a_title_naming_two_trades_requires_neither():
    need = need_concepts("Se busca plomero y electricista con licencia",
                         "Reparar una fuga y cambiar enchufes un sábado.", page_language="es")
    assert "electrician" not in need.requires
    assert tier(need, member_concepts("Soy plomero con licencia.", language="es")) == 3


def test_a_vietnamese_but_clause_keeps_the_offer():
    member = member_concepts("Không có thời gian nhưng sẵn sàng đóng góp tiền cho gia đình "
                             "khó khăn.", language="vi")
    assert "donate_money" in member.activities


@pytest.mark.parametrize("language,text,code", [
    ("so", "Af-Soomaali ku hadalka waa lagu doorbidayaa, laakiin shardi ma aha.", "so"),
    ("hmn", "Yog hais tau lus Hmoob ces zoo dua.", "hmn"),
    ("vi", "Biết tiếng Việt là một lợi thế.", "vi"),
])
def test_more_preference_wording(language, text, code):
    need = need_concepts("Drivers for elders", "Drive elders to appointments with your own car. "
                         + text, languages=[code], page_language=language)
    assert code in need.languages and not need.required_languages


def test_a_dental_hygienist_is_not_asked_to_take_blood_pressure():
    screening = need_concepts("Nurses for a blood pressure screening", "RNs, LPNs or nursing "
                              "students take blood pressure at a health fair.")
    assert tier(screening, member_concepts("Registered dental hygienist.")) == 0
    assert tier(screening, member_concepts("I'm an RN at a clinic.")) == 3


def test_fixing_computers_is_not_building_a_website():
    web = need_concepts("Web developer to rebuild our website", "Rebuild a WordPress site.")
    assert tier(web, member_concepts("I repair laptops and install Windows.")) == 0
    assert tier(web, member_concepts("Web developer, WordPress and PHP.")) == 3


def test_an_esl_teacher_can_tutor_for_the_citizenship_test():
    need = need_concepts("Citizenship interview tutors", "Practise civics questions and "
                         "reading for the citizenship interview.")
    assert tier(need, member_concepts("ESL teacher at an adult education center.")) == 3


@pytest.mark.parametrize("language,text,activity", [
    ("so", "Waxaan ahay macallimad xanaanada carruurta (daycare).", "childcare"),
    ("en", "Auto tech, oil changes and brakes.", "repairs"),
    ("en", "Interested in civic engagement and elections.", "civic"),
    ("en", "Happy to help at events.", "events"),
    ("om", "Barattoota herrega barsiisuu nan danda'a.", "tutoring"),
    ("am", "ምግብ ማቅረብ እችላለሁ።", "meals"),
    ("hmn", "Kuv pab tau ua haujlwm hauv office: teb xov tooj.", "office"),
])
def test_lexicon_classes(language, text, activity):
    assert activity in member_concepts(text, language=language).activities
