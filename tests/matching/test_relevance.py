"""The decision rule on hand-made concepts and small synthetic vectors: no database, no
model, so each rule is seen on its own (the real-model figures are in
bench/matching_blind.py and docs/benchmarks.md)."""

from __future__ import annotations

import numpy as np

from matching.concepts.infer import Concepts
from matching.reference import Reference
from matching.relevance import (
    ONE_SIDED_EXTRA_Z,
    judge,
    requirements_missing,
    score_candidates,
)
from matching.selectors import Candidate


def need(*activities, kind="volunteer", requires=(), required=(), languages=()) -> Concepts:
    return Concepts(activities={a: "text" for a in activities}, kind=kind,
                    requires=set(requires), required_languages=set(required),
                    languages=set(languages) | set(required))


def member(*activities, traits=(), languages=("en",), source="text") -> Concepts:
    return Concepts(activities={a: source for a in activities}, traits=set(traits),
                    languages=set(languages))


def test_a_shared_stated_activity_notifies():
    tier, evidence, missing = judge(need("meals"), member("meals", "gardening"), z=0.0)
    assert (tier, missing) == (3, []) and "meals" in evidence


def test_no_shared_activity_does_not_notify_however_close_the_vectors():
    assert judge(need("meals"), member("tutoring"), z=9.0)[0] == 0


def test_interpreting_needs_both_languages():
    interpreting = need("interpreting", kind="skilled", required=("so", "en"))
    assert judge(interpreting, member("interpreting", languages=("so", "en")), 0)[0] == 3
    tier, evidence, missing = judge(interpreting, member("interpreting", languages=("so",)), 0)
    assert tier == 0 and missing == ["speaks en + so"] and "lacks" in evidence
    assert judge(interpreting, member("interpreting", languages=("es", "en")), 0)[0] == 0


def test_a_preferred_language_is_not_a_requirement():
    tax = need("tax", kind="skilled", languages=("hmn",))  # "Hmong speakers a plus"
    assert judge(tax, member("tax", languages=("en",)), 0)[0] == 3


def test_driving_needs_a_vehicle_and_women_only_roles_a_woman():
    drivers = need("driving", requires=("vehicle",))
    assert judge(drivers, member("driving"), 0)[0] == 0                       # "I can drive"
    assert judge(drivers, member("driving", traits=("vehicle",)), 0)[0] == 3
    sewing = need("sewing", requires=("woman",))
    assert requirements_missing(sewing, member("sewing")) == ["a woman"]
    assert judge(sewing, member("sewing", traits=("woman",)), 0)[0] == 3


def test_a_nurses_need_wants_a_nurse():
    nurses = need("medical", kind="skilled", requires=("nurse",))
    assert judge(nurses, member("medical", traits=("physician",)), 0)[0] == 0
    assert judge(nurses, member("medical", traits=("nurse",)), 0)[0] == 3


def test_anything_members_hear_only_about_hands_on_needs_without_requirements(settings):
    broad = member(traits=("broad",))
    assert judge(need("food_shelf"), broad, 0)[0] == 1
    assert judge(need("tutoring", kind="skilled"), broad, 0)[0] == 0
    assert judge(need("driving", requires=("vehicle",)), broad, 0)[0] == 0
    settings.MATCH_NOTIFY_BROAD = False
    assert judge(need("food_shelf"), broad, 0)[0] == 0


def test_an_activity_guessed_from_meaning_needs_similarity_evidence(settings):
    settings.MATCH_MEANING_PAIR_MIN_Z = 2.0
    guessed = member("gardening", source="meaning")
    assert judge(need("gardening"), guessed, z=2.5)[0] == 2
    assert judge(need("gardening"), guessed, z=1.0)[0] == 0


def test_similarity_alone_only_when_one_side_has_no_activity(settings):
    settings.MATCH_SIMILARITY_MIN_Z = 5.0
    unknown_need = need()
    assert judge(unknown_need, member(), z=6.0)[0] == 2             # nothing read either side
    assert judge(unknown_need, member(), z=4.0)[0] == 0
    # One side was read and the other named none of it: the bar is ONE_SIDED_EXTRA_Z higher.
    bar = 5.0 + ONE_SIDED_EXTRA_Z
    assert judge(unknown_need, member("meals"), z=bar + 0.5)[0] == 2
    assert judge(unknown_need, member("meals"), z=bar - 0.5)[0] == 0
    assert judge(need("meals"), member(), z=bar + 0.5)[0] == 2      # nothing read from profile
    assert judge(need("meals"), member(), z=bar - 0.5)[0] == 0
    assert judge(need("meals"), member(traits=("broad",)), z=9.0)[0] == 1  # broad: hands-on


def test_broad_members_only_hear_of_needs_read_from_words_and_wanting_no_language():
    broad = member(traits=("broad",))
    assert judge(need("food_shelf"), broad, z=0.0)[0] == 1
    guessed = Concepts(activities={"food_shelf": "meaning"}, kind="volunteer")
    assert judge(guessed, broad, z=0.0)[0] == 0
    assert judge(need("visiting", languages=("hmn",)), broad, z=0.0)[0] == 0


def test_translating_and_interpreting_stand_for_each_other_with_both_languages():
    flyer = need("translation", kind="skilled", required=("vi", "en"))
    assert judge(flyer, member("interpreting", languages=("vi", "en")), 0)[0] == 3
    conference = need("interpreting", kind="skilled", required=("kar", "en"))
    assert judge(conference, member("translation", languages=("kar", "en")), 0)[0] == 3
    assert judge(conference, member("translation", languages=("kar",)), 0)[0] == 0


def test_different_facets_of_one_activity_do_not_match():
    photos = Concepts(activities={"media": "text"}, kind="skilled", facets={"media:photo"})
    posts = Concepts(activities={"media": "text"}, facets={"media:promo"}, languages={"en"})
    both = Concepts(activities={"media": "text"}, facets={"media:promo", "media:photo"})
    plain = Concepts(activities={"media": "text"})
    assert judge(photos, posts, z=3.0)[0] == 0
    assert judge(photos, both, z=0.0)[0] == 3
    assert judge(photos, plain, z=0.0)[0] == 3      # a side naming no facet fits every facet


def test_a_need_for_nurses_or_doctors_takes_either():
    fair = need("medical", kind="skilled", requires=("clinician",))
    assert judge(fair, member("medical", traits=("nurse",)), 0)[0] == 3
    assert judge(fair, member("medical", traits=("physician",)), 0)[0] == 3
    assert judge(fair, member("medical"), 0)[0] == 0


# --- ordering, on a tiny embedding space -------------------------------------------------------

AXES = ["food", "tutor", "drive", "en", "so"]


def vec(**weights: float) -> np.ndarray:
    v = np.zeros(len(AXES), dtype=np.float32)
    for axis, w in weights.items():
        v[AXES.index(axis)] = w
    return v / np.linalg.norm(v)


def tiny_reference() -> Reference:
    rows = [("food", "en", vec(food=1, en=1)), ("tutor", "en", vec(tutor=1, en=1)),
            ("drive", "en", vec(drive=1, en=1)), ("food", "so", vec(food=1, so=1)),
            ("tutor", "so", vec(tutor=1, so=1)), ("drive", "so", vec(drive=1, so=1))]
    return Reference(model="tiny", version=1, vectors=np.vstack([r[2] for r in rows]),
                     languages=[r[1] for r in rows], activities=[(r[0],) for r in rows])


def cand(name, vector, concepts, language="en") -> Candidate:
    c = Candidate(member_id=name, similarity=0.8, distance_km=2.0, language=language,
                  interests="", vector=vector)
    c.concepts, c.text_language = concepts, language
    return c


def test_notified_first_by_tier_then_similarity_and_the_rest_last():
    reference = tiny_reference()
    need_vector = vec(food=1, en=1)
    cands = [
        cand("broad", vec(food=0.3, tutor=0.3, drive=0.3, en=1), member(traits=("broad",))),
        cand("cook far", vec(food=0.5, tutor=1, en=1), member("food_shelf")),
        cand("cook near", vec(food=1, en=0.5), member("food_shelf")),
        cand("somali cook", vec(food=1, so=1), member("food_shelf", languages=("so",)), "so"),
        cand("tutor", vec(tutor=1, en=1), member("tutoring")),
    ]
    scored = score_candidates(cands, need=need("food_shelf"), need_vector=need_vector,
                              need_language="en", reference=reference)
    order = [s.member_id for s in scored]
    assert set(order[:3]) == {"cook near", "cook far", "somali cook"}
    assert order.index("cook near") < order.index("cook far")
    assert order[3] == "broad" and order[4] == "tutor"
    assert [s.notify for s in scored] == [True, True, True, True, False]
    assert all(s.why for s in scored if s.notify) and not scored[-1].why
    assert "km away" in scored[0].why and "food shelf" in scored[0].why.lower()
