"""The relevance rules on small synthetic vectors: no database, no model, so each rule is
seen on its own (the real-model figures are in bench/matching_quality.py)."""

from __future__ import annotations

import numpy as np
import pytest

from matching.relevance import required_languages, score_candidates
from matching.selectors import Candidate

# Axes of a tiny embedding space: topics, then language "accents".
AXES = ["food", "soccer", "tutor", "drive", "garden", "so", "en"]


def vec(**weights: float) -> np.ndarray:
    v = np.zeros(len(AXES), dtype=np.float32)
    for axis, w in weights.items():
        v[AXES.index(axis)] = w
    return v / np.linalg.norm(v)


def cand(name: str, vector: np.ndarray, language: str = "en", interests: str = "") -> Candidate:
    return Candidate(member_id=name, similarity=0.8, distance_km=3.0, language=language,
                     interests=interests or name, vector=vector)


def kept(candidates, reference, need_text="A need.") -> list[str]:
    return [s.member_id for s in score_candidates(candidates, need_index=0,
                                                  reference=np.vstack(reference),
                                                  need_text=need_text)]


REFERENCE = [vec(food=1), vec(soccer=1), vec(tutor=1), vec(drive=1), vec(garden=1)]


def test_a_broad_member_is_not_ranked_above_a_specific_one():
    broad = cand("broad", vec(food=1, soccer=1, tutor=1, drive=1, garden=1))
    specific = cand("specific", vec(food=1, drive=0.2))
    other = cand("other", vec(soccer=1, tutor=0.3))
    order = kept([broad, specific, other], REFERENCE)
    assert order[0] == "specific"
    assert "other" not in order


def test_interpreter_needs_reach_only_speakers_of_the_language():
    interpreting = vec(tutor=1, drive=0.1)
    spanish = cand("es", interpreting, language="es", interests="interpreting")
    somali = cand("so", interpreting, language="so", interests="interpreting")
    stated = cand("stated", interpreting, language="en",
                  interests="Certified Somali medical interpreter")
    text = "Somali interpreters. We need Somali interpreters for parent meetings."
    assert required_languages(text) == {"so"}
    result = kept([spanish, somali, stated], [interpreting, *REFERENCE[:4]], need_text=text)
    assert set(result) == {"so", "stated"}


def test_a_need_that_is_not_an_interpreting_need_has_no_language_requirement():
    assert required_languages("Somali food shelf needs volunteers to sort groceries") == set()


def test_the_fallback_keeps_the_best_fit_when_nobody_passes(settings):
    settings.MATCH_MEMBER_TOP_K = 1
    settings.MATCH_MEMBER_MIN_Z = 99.0
    settings.MATCH_FALLBACK_RANK = 5
    need = vec(food=1, garden=0.6)
    reference = [need, vec(food=1), vec(garden=1), vec(drive=1), vec(soccer=1), vec(tutor=1)]
    second = cand("need is 2nd best for me", vec(food=1, garden=0.1))
    third = cand("need is 3rd best for me", vec(garden=1, drive=0.9, food=0.2))
    result = kept([second, third], reference)
    assert result == ["need is 2nd best for me"]


def test_nobody_is_kept_when_the_need_is_nobodys_near_fit(settings):
    settings.MATCH_MEMBER_TOP_K = 1
    settings.MATCH_MEMBER_MIN_Z = 99.0
    settings.MATCH_FALLBACK_RANK = 1
    need = vec(food=1, garden=0.6)
    reference = [need, vec(food=1), vec(garden=1), vec(drive=1), vec(soccer=1), vec(tutor=1)]
    assert kept([cand("driver", vec(drive=1)), cand("coach", vec(soccer=1))], reference) == []


@pytest.fixture
def language_clustered():
    """Somali-language texts share a strong 'so' direction, as the local model's do."""
    need = vec(food=0.5, so=0.85)
    reference = [need, vec(soccer=0.5, so=0.85), vec(tutor=0.5, so=0.85), vec(food=1, en=0.3),
                 vec(soccer=1, en=0.3), vec(tutor=1, en=0.3), vec(drive=1, en=0.3)]
    members = [
        cand("so-food", vec(food=0.5, so=0.85), "so"),
        cand("so-soccer", vec(soccer=0.5, so=0.85), "so"),
        cand("so-soccer-2", vec(soccer=0.55, so=0.8), "so"),
        cand("so-tutor", vec(tutor=0.5, so=0.85), "so"),
        cand("so-tutor-2", vec(tutor=0.55, so=0.8), "so"),
        cand("en-food", vec(food=1, en=0.3), "en"),
        cand("en-soccer", vec(soccer=1, en=0.3), "en"),
        cand("en-tutor", vec(tutor=1, en=0.3), "en"),
        cand("en-drive", vec(drive=1, en=0.3), "en"),
    ]
    return members, reference


def test_language_centring_keeps_the_topic_not_the_language(language_clustered):
    members, reference = language_clustered
    result = kept(members, reference)
    assert {"so-food", "en-food"} <= set(result)
    assert not {"so-soccer", "so-soccer-2", "so-tutor", "so-tutor-2"} & set(result)


def test_without_centring_the_language_cluster_wins(language_clustered, settings):
    """The same set, centring switched off: a Somali soccer coach reaches the Somali food
    need (why centring is there)."""
    settings.MATCH_CENTRE_MIN_CANDIDATES = 10_000
    members, reference = language_clustered
    result = kept(members, reference)
    assert {"so-soccer", "so-tutor"} & set(result)
