"""Who fits a need, and why: the decision rule (issue 11).

A member in reach is notified when the evidence says they fit -- not because the need
happens to be among their top few.  The evidence, in order:

1. **Hard requirements** (any one missing: not notified, whatever else).  The need's
   required languages (both languages for interpreting or translation; a language the need
   says is a must) are among the languages the member speaks (their ``languages``, their
   profile language, the language they write in, languages their text names); a driving
   need wants a member who says they have a vehicle; a need whose title (or a moving need
   whose text) names a truck or van wants one; a women-only role wants a member who says
   she is a woman; a nurses' or physicians' need wants that profession (one asking for
   "nurses or doctors", either); a title naming an attorney, an electrician or a lifeguard
   wants that profession, said in a clause the member does not negate ("paralegal, not an
   attorney" is not one), and a licence when the need asks for one (a member who says they
   are not licensed, or an apprentice, has none; a health need that welcomes students or
   aides asks for no profession).  What a member says limits them holds too: one who
   cannot lift is not told of lifting work (``HEAVY``), one free only at weekends of a need
   held only on weekdays, and the reverse.  A need whose languages are all other
   than English (teach Amharic reading) requires them (``matching.concepts.infer``).
2. **A shared activity** (tier 3): an activity of the need (``matching.concepts``: the cue
   lexicons of its title and description; for a donation drive, the kind of item) that the
   member picked or that their own words name -- not in a clause they negate ("I don't do
   written translation").  Interpreting and translation stand for each other (``KINDRED``;
   the languages are required either way) unless the member declined the other one; for a
   need that wants a truck or van, hauling and driving do.  When both sides name
   *facets* of the activity and none in common (a website build and phone lessons; event
   photos and Instagram posts; tax returns and a nonprofit's books; knitting and mending;
   homework help and mentoring), it is not shared.
3. **A shared activity guessed from meaning** (tier 2): when the cue lexicons found no
   activity on one side, the embedding layer guesses one from the activity prototypes of
   the reference corpus (``MATCH_MEANING_MIN_Z``); a pair sharing it needs corpus-relative
   similarity ``z_member + z_need`` of at least ``MATCH_MEANING_PAIR_MIN_Z``.
4. **Similarity alone** (tier 2): when one side still has no activity at all, a pair whose
   ``z_member + z_need`` reaches ``MATCH_SIMILARITY_MIN_Z`` -- plus ``ONE_SIDED_EXTRA_Z``
   when the other side's activity *was* read (its words said what it is about, and this
   side's named none of it).
5. **"Anything" members** (tier 1): a member who offered to help with anything hears about
   hands-on needs read from the need's words (not guessed from meaning) that require
   nothing and ask for no language (``MATCH_NOTIFY_BROAD``).
6. **Nobody else** (fallback, tier 0): when no member in reach passes 1-5, up to
   ``MATCH_FALLBACK_MAX`` members who meet every hard requirement and whose ``z_member +
   z_need`` reaches ``MATCH_FALLBACK_MIN_Z`` are told, closest first: a need with a fitting
   member in reach should reach one even when the words of both sides share no cue.

``z_member`` compares the member's similarity to this need with their similarity to the
reference corpus needs written in the need's language; ``z_need`` compares it with the
need's similarity to the corpus texts in the member's language (``matching.concepts.
meaning.pair_z``).  Both are fixed by the shipped corpus, so the rule behaves the same on a
deployment's first need as on its thousandth.  The order among notified members is the
tier, then the speakers of a language the need prefers, then ``z_member + z_need``.
Thresholds and their figures: docs/benchmarks.md ("Matching -- blind rounds").
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import numpy as np
from django.conf import settings

from matching.concepts.infer import Concepts
from matching.concepts.meaning import pair_z
from matching.reference import Reference
from matching.selectors import Candidate
from members.activities import BY_ID, DONATION, HANDS_ON

# Hands-on needs a member who offered "anything" hears of: animal care asks for someone at
# ease with animals (blind round 7 labelled it so).
BROAD_HANDS_ON = HANDS_ON - {"animals"}
# Needs whose work is lifting: a member who says they cannot lift is not told of them.
HEAVY = frozenset({"moving", "snow", "food_shelf", "gardening", "cleanup"})
# A general goods donor is told of every drive but a blood drive.
GOODS = DONATION - {"donate_blood", "donate_money"}

# Defaults of the settings (config/settings.py reads them from the environment).
MEANING_MIN_Z = 2.5
# A guessed activity alone is weak evidence: on blind round 3 (read after its one-shot
# score), 5 of the 6 pairs notified on a guess with z below 2 were wrong.
MEANING_PAIR_MIN_Z = 2.0
SIMILARITY_MIN_Z = 4.5
NOTIFY_BROAD = True
# The fallback: on blind round 10 (read after its one-shot score) the top candidate of each
# of the 4 needs that reached nobody although a fitting member was in reach was good, at
# z 5.2-5.8; on rounds 1-9 the best candidate of such needs stood at z 3.95 (wrong) or 6.8
# (ok).  4.5 sits between.
FALLBACK_MIN_Z = 4.5
FALLBACK_MAX = 2
# Similarity alone when the cue lexicons read an activity on one side only: the side they
# read says what it is about and the other side's words named none of it, so closeness
# has to be that much clearer.
ONE_SIDED_EXTRA_Z = 2.5
# Activities one of which, with the languages the need requires, is evidence for the other:
# a member who translates documents can interpret at a conference and the reverse; an ESL
# teacher can prepare people for the citizenship test's English and civics (blind round 11
# labelled them good), and a citizenship tutor can teach English.
KINDRED = ({"interpreting", "translation"}, {"esl", "citizenship"})

TRAIT_WORDS = {"vehicle": "a car", "truck": "a truck or van", "woman": "a woman",
               "nurse": "a nurse", "physician": "a physician",
               "clinician": "a nurse or physician", "attorney": "an attorney",
               "electrician": "an electrician", "lifeguard": "a lifeguard", "dentist": "a dentist",
               "licensed": "a licence"}


def _knob(name: str, default):
    return getattr(settings, name, default)


@dataclass
class Scored:
    candidate: Candidate
    score: float
    tier: int
    z_member: float
    z_need: float
    why: str
    notify: bool = True
    evidence: str = ""          # for the admin: one line, no member data
    missing: list[str] = field(default_factory=list)

    @property
    def member_id(self):
        return self.candidate.member_id


def requirements_missing(need: Concepts, member: Concepts) -> list[str]:
    missing = []
    languages = need.required_languages - member.languages
    if languages:
        missing.append("speaks " + " + ".join(sorted(need.required_languages)))
    traits = set(member.traits)
    if traits & {"nurse", "physician"}:
        traits.add("clinician")  # a need for "nurses or doctors" takes either
    if "unlicensed" not in traits:
        traits.add("licensed")  # a licence is assumed unless the member says otherwise
    if "pharmacist" in traits and "welcomes:pharmacist" in need.facets:
        traits |= {"nurse", "physician", "clinician"}  # "doctors, nurses and pharmacists"
    for trait in sorted(need.requires - traits):
        missing.append(TRAIT_WORDS.get(trait, trait))
    if ("no_lifting" in traits and need.activities and set(need.activities) <= HEAVY
            and "light" not in need.facets):
        missing.append("can lift")
    days = {f for f in need.facets if f.startswith("day:")}
    if "weekends_only" in traits and days == {"day:weekday"}:
        missing.append("free on weekdays")
    if "weekdays_only" in traits and days == {"day:weekend"}:
        missing.append("free at weekends")
    return missing


def _other_facets(activity: str, need: Concepts, member: Concepts) -> bool:
    """Both sides name facets of ``activity`` and none in common (photos vs posts)."""
    prefix = activity + ":"
    asked = {f for f in need.facets if f.startswith(prefix)}
    offered = {f for f in member.facets if f.startswith(prefix)}
    return bool(asked and offered and not asked & offered)


def _teaches_their_language(activity: str, need: Concepts, member: Concepts) -> bool:
    """A need to teach a language (children's Vietnamese school) and a tutor who speaks it:
    the tutor can teach it, whatever subject they named (blind round 15)."""
    return (activity == "tutoring" and "tutoring:language" in need.facets
            and bool(need.required_languages) and need.required_languages <= member.languages
            and bool({"tutoring:academic", "tutoring:language"} & member.facets))


def _declined(member: Concepts) -> set[str]:
    """The activities the member says they do not do ("declined:<activity>" facets)."""
    return {f.split(":", 1)[1] for f in member.facets if f.startswith("declined:")}


def judge(need: Concepts, member: Concepts, z: float) -> tuple[int, str, list[str]]:
    """(tier, evidence, missing requirements) for one pair; tier 0 = not notified."""
    missing = requirements_missing(need, member)
    if missing:
        return 0, "lacks " + ", ".join(missing), missing
    member_activities = dict(member.activities)
    for group in KINDRED:
        for a in sorted(group & set(member.activities)):
            for b in group - set(member_activities) - _declined(member):
                member_activities[b] = member.activities[a]
    member = replace(member, activities=member_activities)
    shared = {a for a in set(need.activities) & set(member.activities)
              if not _other_facets(a, need, member) or _teaches_their_language(a, need, member)}
    if ("truck" in need.requires and "truck" in member.traits and not shared
            and not {"moving", "driving"} & set(member.activities)
            and not {"moving", "driving"} & _declined(member)):
        # "Carpenter with a van": a member who says they have the pickup or van a hauling
        # need requires fits it, though hauling is not what they named (blind round 15
        # labelled them good).
        return 2, "has the truck or van it asks for", []
    if "truck" in need.requires and {"moving", "driving"} & set(member.activities):
        # A need for a pickup or van owner: hauling and driving are the same errand, and
        # the truck it requires says it is hauling whatever else its words name (produce
        # to a market, tables to a festival).
        hauling = ({"moving", "driving"} & set(need.activities)) or {"moving"}
        # ... unless they said they do not do that errand ("a van, but I don't do moves").
        hauling -= _declined(member)
        need = replace(need, activities={**{a: "text" for a in hauling}, **need.activities})
        source = member.activities.get("moving") or member.activities.get("driving")
        shared |= hauling
        member = replace(member, activities={**{a: source for a in hauling},
                                             **member.activities})
    if ("donate_goods" in member.activities and set(need.activities) & GOODS
            and "donate_goods:computers" not in member.facets):
        # A member who gives goods generally fits any drive (of goods, not blood).
        shared |= {a for a in need.activities if a in GOODS}
        member = replace(member, activities={
            **{a: member.activities["donate_goods"] for a in shared}, **member.activities})
    stated = sorted(a for a in shared if need.activities[a] != "meaning"
                    and member.activities[a] != "meaning")
    if stated:
        return 3, "shared activity " + ", ".join(stated), []
    if shared and z >= _knob("MATCH_MEANING_PAIR_MIN_Z", MEANING_PAIR_MIN_Z):
        return 2, "shared activity (guessed from meaning) " + ", ".join(sorted(shared)), []
    member_read = bool(member.activities) or "broad" in member.traits
    if not need.activities or not member_read:
        bar = _knob("MATCH_SIMILARITY_MIN_Z", SIMILARITY_MIN_Z)
        if bool(need.activities) != member_read:
            bar += ONE_SIDED_EXTRA_Z
        if z >= bar:
            return 2, "very close in meaning", []
    if ("lifter" in member.traits and need.activities and set(need.activities) <= HEAVY
            and "meaning" not in need.activities.values() and not need.required_languages
            and not need.requires):
        return 1, "offered their strength; lifting work", []
    # "Anything" members hear about hands-on needs read from the need's own words (not
    # guessed from meaning) that ask for no skill, vehicle, trait or language.
    if ("broad" in member.traits and need.activities and set(need.activities) <= BROAD_HANDS_ON
            and "meaning" not in need.activities.values()
            and not need.requires and not need.required_languages and not need.languages
            and _knob("MATCH_NOTIFY_BROAD", NOTIFY_BROAD)):
        return 1, "offered to help with anything; a hands-on need", []
    return 0, "no shared activity", []


def explain(candidate: Candidate, need: Concepts, tier: int) -> str:
    """What the member reads under the push (their own facts only, in plain words)."""
    member = candidate.concepts or Concepts()
    shared = sorted(set(need.activities) & set(member.activities))
    parts = []
    if shared and tier >= 2:
        parts.append("It asks for what you said you do: "
                     + ", ".join(BY_ID[a].label("en").lower() for a in shared[:2]))
    elif tier == 1 and "broad" not in member.traits:
        parts.append("You offered to lift and carry, and this is lifting work")
    elif tier == 1:
        parts.append("You offered to help with anything, and this is hands-on help")
    else:
        parts.append("Close to what you said you would like to help with")
    if need.required_languages:
        parts.append("you speak " + " and ".join(sorted(need.required_languages)))
    if "vehicle" in need.requires:
        parts.append("you have a car")
    if candidate.distance_km is not None:
        parts.append(f"about {max(1, round(candidate.distance_km))} km away")
    return "; ".join(parts) + "."


def score_candidates(candidates: list[Candidate], *, need: Concepts, need_vector,
                     need_language: str, reference: Reference) -> list[Scored]:
    """Every candidate judged, best first; ``notify`` marks those the rule keeps."""
    if not candidates:
        return []
    vectors = np.vstack([c.vector for c in candidates]).astype(np.float32)
    languages = [c.text_language or c.language for c in candidates]
    _sims, z_member, z_need = pair_z(reference, need_vector, need_language, vectors,
                                     languages)
    preferred = need.languages - need.required_languages
    out = []
    for i, cand in enumerate(candidates):
        member = cand.concepts or Concepts()
        z = float(z_member[i] + z_need[i])
        tier, evidence, missing = judge(need, member, z)
        bonus = 1.0 if preferred & member.languages else 0.0
        score = (10.0 * tier if tier else -10.0 * len(missing)) + bonus + z
        item = Scored(cand, score, tier, float(z_member[i]), float(z_need[i]), "",
                      notify=tier > 0, evidence=f"{evidence}; z {z:.1f}", missing=missing)
        if item.notify:
            item.why = explain(cand, need, tier)
        out.append(item)
    out.sort(key=lambda s: s.score, reverse=True)
    if not any(s.notify for s in out):
        floor = float(_knob("MATCH_FALLBACK_MIN_Z", FALLBACK_MIN_Z))
        chosen = [s for s in out if not s.missing and s.z_member + s.z_need >= floor]
        for item in chosen[: int(_knob("MATCH_FALLBACK_MAX", FALLBACK_MAX))]:
            item.notify = True
            item.evidence = ("nobody else fits; closest in meaning, z "
                             f"{item.z_member + item.z_need:.1f}")
            item.why = explain(item.candidate, need, 0)
    return out
