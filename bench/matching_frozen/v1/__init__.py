"""Matching v1, frozen as it was before issue 11 (commit 536bbec), so the one-shot blind
row in docs/benchmarks.md can be re-run with ``bench/matching_blind.py --version v1``.

``relevance.py``, ``selectors.py`` and ``texts.py`` are verbatim copies of
``matching/relevance.py``, ``matching/selectors.py`` and ``matching/texts.py`` at that
commit; the only edits are their imports (relative, and ``settings`` read from
``frozen_settings.py``, the defaults v1 shipped with).

``install()`` makes the live services use v1 while the benchmark runs: the texts that are
embedded for needs and members (``matching.embedding_jobs``) and the ranking that
``matching.services.match_need`` notifies from (``rank_members``).  Everything else (the
weekly throttle, revision chains, recording, delivery) is the live code.
"""

from __future__ import annotations

import contextlib

import numpy as np

from . import relevance
from .frozen_settings import settings
from .selectors import candidate_members, reference_needs
from .texts import member_text, need_text

NAME = "v1"


def rank_members(need, *, limit: int | None = None):
    """v1's ``matching.services.rank_members``: the kept pairs, best first."""
    candidates = candidate_members(need)
    if not candidates:
        return []
    _ids, reference = reference_needs(need)
    scored = relevance.score_candidates(candidates, need_index=0, reference=reference,
                                        need_text=need_text(need))
    return scored[: limit or settings.MATCH_MAX_PER_NEED]


def order_members(need) -> list:
    """Every candidate in v1's relevance order (``z_member + z_need``), whether kept or
    not; members failing the interpreter language check come last, by similarity."""
    candidates = candidate_members(need)
    if not candidates:
        return []
    _ids, reference = reference_needs(need)
    saved = dict(vars(settings))
    settings.MATCH_MEMBER_TOP_K = 10**9
    settings.MATCH_NEED_MIN_Z = -np.inf
    try:
        scored = relevance.score_candidates(candidates, need_index=0, reference=reference,
                                            need_text=need_text(need))
    finally:
        vars(settings).update(saved)
    order = [s.member_id for s in scored]
    seen = set(order)
    order += [c.member_id for c in candidates if c.member_id not in seen]
    return order


@contextlib.contextmanager
def install():
    """Run the live services with v1's texts and ranking (restored on exit)."""
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
