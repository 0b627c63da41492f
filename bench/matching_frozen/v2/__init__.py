"""Matching v2 (issue 11), frozen before blind round 2, so its one-shot row in
docs/benchmarks.md can be re-run with ``bench/matching_blind.py --version v2``.

Verbatim copies of the decision code as frozen: ``matching/concepts/`` (cue lexicons,
inference, meaning statistics), ``matching/relevance.py`` (the decision rule),
``matching/selectors.py``, ``matching/texts.py``, ``matching/reference/`` (the corpus and
the local model's shipped vectors) and ``members/activities.py`` (the taxonomy).  The only
edits are imports (relative, and ``settings`` read from ``frozen_settings.py``, the
defaults v2 shipped with).

``install()`` makes the live services use v2 while the benchmark runs: the texts embedded
for needs and members (``matching.embedding_jobs``) and the ranking ``match_need`` notifies
from (``matching.services.rank_members``).  The throttle, revision chains, recording and
delivery are the live code.  What a member's row records (``Member.inferred``) is not
used: every member is read again with the frozen concept layer.  One simplification: the
live v2 also fetches members whose row records one of the need's activities beyond the
first 500 by similarity; this copy does not (at the benchmark's size every member in
reach is within the first 500), and exempts such members from the similarity floor as
the live code does, judging "records one of the need's activities" with the frozen reading.
"""

from __future__ import annotations

import contextlib

from .concepts import member_profile, need_profile
from .reference import get_reference
from .relevance import score_candidates
from .selectors import candidate_members as _candidates
from .texts import member_text, need_text

NAME = "v2"


def candidate_members(need, **kwargs):
    """For the cosine baseline: the same in-reach candidates, by similarity."""
    return _candidates(need, **kwargs)


def judge_candidates(need):
    if need.embedding is None:
        return []
    from .frozen_settings import settings

    reference = get_reference()
    concepts = need_profile(title=need.title, description=need.description, kind=need.kind,
                            languages=need.languages, page_language=need.page_language,
                            vector=need.embedding, reference=reference)
    floor = settings.MATCH_SIMILARITY_FLOOR
    settings.MATCH_SIMILARITY_FLOOR = -1.0  # the floor is applied below, as live v2 does
    try:
        candidates = _candidates(need)
    finally:
        settings.MATCH_SIMILARITY_FLOOR = floor
    kept = []
    for cand in candidates:
        cand.concepts = member_profile(interests=cand.interests, language=cand.language,
                                       languages=cand.languages, activities=cand.activities,
                                       vector=cand.vector, reference=reference)
        cand.text_language = cand.concepts.text_language or cand.language
        stated = set(cand.concepts.activities) & set(concepts.activities)
        if cand.similarity >= floor or stated:
            kept.append(cand)
    language = concepts.text_language or need.page_language or "en"
    return score_candidates(kept, need=concepts, need_vector=need.embedding,
                            need_language=language, reference=reference)


def rank_members(need, *, limit: int | None = None):
    from .frozen_settings import settings

    return [s for s in judge_candidates(need) if s.notify][: limit or settings.MATCH_MAX_PER_NEED]


def order_members(need) -> list:
    return [s.member_id for s in judge_candidates(need)]


@contextlib.contextmanager
def install():
    """Run the live services with v2's texts and ranking (restored on exit)."""
    from matching import embedding_jobs, services

    saved_rank = services.rank_members
    saved_models = dict(embedding_jobs.MODELS)
    texts = {"needs": need_text, "members": member_text}
    try:
        services.rank_members = rank_members
        for kind, text_of in texts.items():
            model, narrow, _live = embedding_jobs.MODELS[kind]
            embedding_jobs.MODELS[kind] = (model, narrow, text_of)
        yield
    finally:
        services.rank_members = saved_rank
        embedding_jobs.MODELS.clear()
        embedding_jobs.MODELS.update(saved_models)
