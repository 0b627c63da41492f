"""The multilingual concept layer: what a member's profile and a need are about.

Two halves, used together:

- **cue lexicons** (``lexicon``, ``infer``): words and phrases written per language (en,
  es, so, hmn, vi, om, kar, am) for each activity of ``members.activities``, for the
  traits a requirement can ask for (a car, a truck, being a woman, a nurse or a physician),
  for "anything" offers, for donation intents and items, for language names and for
  "must"/"preferred".  Precise, and the only thing that understands Hmong or Somali well:
  the local embedding model barely does;
- **meaning** (``meaning``): the embedding against the shipped reference corpus
  (``matching.reference``): activity prototypes when no cue matched, and the
  member-relative and need-relative similarity statistics the decision rule uses.

``member_profile`` / ``need_profile`` combine both into a ``Concepts`` and are what the
embedding job records on the row (``Member.inferred``, ``NeedProfile.concepts``).
"""

from __future__ import annotations

import hashlib

from ..activities import DONATION
from ..frozen_settings import settings
from .infer import (
    CONCEPTS_VERSION,
    Concepts,
    member_concepts,
    need_concepts,
)
from .meaning import meaning_activities

MEANING_MIN_Z = 2.5

__all__ = ["CONCEPTS_VERSION", "Concepts", "member_basis", "member_profile",
           "need_profile", "stored_member_concepts"]


def _min_z() -> float:
    return float(getattr(settings, "MATCH_MEANING_MIN_Z", MEANING_MIN_Z))


def member_basis(*, interests: str, language: str, languages, activities) -> str:
    """Fingerprint of what a member's concepts are read from (stale when it changes)."""
    raw = "\x1f".join([interests or "", language or "", ",".join(languages or ()),
                       ",".join(activities or ()), str(CONCEPTS_VERSION)])
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:16]


def member_profile(*, interests: str, language: str, languages=(), activities=(),
                   vector=None, reference=None) -> Concepts:
    concepts = member_concepts(interests, language=language, languages=languages,
                               picks=activities)
    if (not concepts.activities and "broad" not in concepts.traits and vector is not None
            and reference is not None):
        for activity in meaning_activities(reference, vector, concepts.text_language,
                                           min_z=_min_z(), limit=1):
            if activity not in DONATION:  # giving something is never guessed
                concepts.activities[activity] = "meaning"
    return concepts


def stored_member_concepts(inferred: dict | None, *, interests: str, language: str,
                           languages=(), activities=()) -> Concepts | None:
    """The concepts recorded on the member's row, if they were read from what the row
    says now (else None: the caller reads them again)."""
    inferred = inferred or {}
    basis = member_basis(interests=interests, language=language, languages=languages,
                         activities=activities)
    if inferred.get("v") != CONCEPTS_VERSION or inferred.get("basis") != basis:
        return None
    return Concepts.from_json(inferred)


def member_record(concepts: Concepts, **fields) -> dict:
    data = concepts.as_json()
    data["basis"] = member_basis(**fields)
    return data


def need_profile(*, title: str, description: str, kind: str = "", languages=(),
                 page_language: str = "", vector=None, reference=None) -> Concepts:
    concepts = need_concepts(title, description, kind=kind, languages=languages,
                             page_language=page_language)
    if not concepts.activities and vector is not None and reference is not None:
        for activity in meaning_activities(reference, vector, concepts.text_language,
                                           min_z=_min_z(), limit=1):
            if (activity in DONATION) == (concepts.kind == "donation"):
                concepts.activities[activity] = "meaning"
    return concepts
