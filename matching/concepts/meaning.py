"""The embedding half of the concept layer: statistics against the reference corpus.

- ``activity_scores``: cosine of a text's language-centred vector with each activity
  prototype of the corpus, and ``meaning_activities`` the ones that stand out (a z-score
  over all activities), used when the cue lexicons recognised nothing;
- ``pair_z``: for one need and its candidates, how unusual each member's similarity is
  against the reference distributions: *member-relative* ``z_member`` (the member against
  the corpus needs written in the need's language) and *need-relative* ``z_need`` (the
  need against the corpus texts written in the member's language).  Comparing within
  one language removes the local model's habit of scoring any two texts in the same
  language as close.
"""

from __future__ import annotations

import numpy as np

from matching.reference import Reference


def activity_scores(reference: Reference, vector, language: str) -> dict[str, float]:
    centred = reference.centre(vector, [language])[0]
    return {a: float(centred @ p) for a, p in reference.prototypes.items()}


def meaning_activities(reference: Reference, vector, language: str, *, min_z: float,
                       limit: int = 2) -> dict[str, float]:
    """Activities whose prototype stands ``min_z`` standard deviations above the text's
    mean score over all activities (at most ``limit``), with their z."""
    scores = activity_scores(reference, vector, language)
    values = np.array(list(scores.values()))
    mean, std = float(values.mean()), max(float(values.std()), 1e-6)
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    out = {}
    for activity, score in ranked[:limit]:
        z = (score - mean) / std
        if z >= min_z:
            out[activity] = round(z, 2)
    return out


def _z(values: np.ndarray, reference_values: np.ndarray) -> np.ndarray:
    mean = reference_values.mean(axis=-1)
    std = np.maximum(reference_values.std(axis=-1), 1e-3)
    return (values - mean) / std


def pair_z(reference: Reference, need_vector, need_language: str, member_vectors,
           member_languages: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(similarity, z_member, z_need) for each candidate."""
    need = np.asarray(need_vector, dtype=np.float32)
    members = np.atleast_2d(np.asarray(member_vectors, dtype=np.float32))
    sims = members @ need
    # Member-relative: each member against the corpus needs in the need's language.
    against_need_language = members @ reference.texts_in(need_language).T   # C x K_L
    z_member = _z(sims, against_need_language)
    # Need-relative: the need against the corpus texts in each member's language.
    z_need = np.empty_like(sims)
    for language in set(member_languages):
        rows = np.array([lang == language for lang in member_languages])
        ref = reference.texts_in(language) @ need                          # K_L
        z_need[rows] = (sims[rows] - ref.mean()) / max(float(ref.std()), 1e-3)
    return sims, z_member, z_need
