"""Which candidates really fit a need, and why — offline.

The local model's cosine scores are compressed (almost every in-radius pair scores above
0.75) and, worse, they cluster by *language*: a Somali-language profile sits closer to
every Somali-language need (food, soccer, interpreting alike) than to the English need
that matches what it says.  One global threshold cannot separate good from bad pairs,
and every wrong notification spends one of a member's three weekly slots.  So:

1. **Language centring.**  Each candidate's vector has the mean vector of the candidates
   who registered in the same language subtracted (the shared "this is Somali" direction),
   and the reference needs have their own mean subtracted (the shared "this is a
   volunteer need" direction).  What remains is mostly *what the text is about*.  Small
   groups fall back to the mean of all candidates; a handful of candidates is not centred.
2. **The member's distribution**: how this need ranks among the active reference needs
   for this member (``rank_for_member``, ``z_member``).  A member whose broad text
   ("happy to help with anything") matches everything has no need that stands out.
3. **The need's distribution**: how this member compares with the other candidates
   (``z_need``).
4. **Language check**: an interpreting/translation need that names languages reaches
   only members who speak one of them (profile language or stated in their text).

A pair is kept when the need is among the member's best few (rank, or a clear margin
above their mean) and the member stands above the need's average candidate; the order
is ``z_member + z_need``, so a broad member -- close to every need, so no need stands
out for them -- does not come first.  (A separate penalty on raw breadth was tried and
dropped: before centring, "broad" mostly measures a profile's language.)  If that leaves
nobody, the best candidate for whom this need is among their top few is kept, so a need
is not left with no one to tell when a good member exists.

Figures: ``bench/matching_quality.py`` and docs/benchmarks.md.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import numpy as np

from .frozen_settings import settings
from .selectors import Candidate

LANGUAGES = {
    "es": ("spanish", "español", "espanol", "castellano"),
    "so": ("somali", "soomaali", "af-soomaali"),
    "hmn": ("hmong", "hmoob"),
    "kar": ("karen", "sgaw"),
    "om": ("oromo", "oromoo", "afaan oromoo"),
    "ar": ("arabic", "árabe", "carabi"),
    "vi": ("vietnamese", "tiếng việt"),
    "am": ("amharic",),
    "fr": ("french", "français"),
    "sw": ("swahili", "kiswahili"),
    "ru": ("russian",),
    "ne": ("nepali",),
    "my": ("burmese",),
}
_INTERPRETING = re.compile(
    r"interpret|translat|int[eé]rprete|traduc|turjum|tarjum|txhais|neeg txhais", re.I
)
_WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)
STOPWORDS = set(
    """the and for with you your our are can will from that this have has who what when
    where help need needs needed want like would could about into also more some any all
    volunteer volunteers volunteering please thank thanks people person one two per each
    los las del por para con una que como más muy tiene hay están esta este somos ayuda
    ayudar necesitamos voluntarios voluntario iyo waxaan ama kale wax aan ah oo
    peb thiab rau los yog muaj kev tus cov nyob koj""".split()
)


@dataclass
class Scored:
    candidate: Candidate
    score: float
    rank_for_member: int
    z_member: float
    z_need: float
    why: str

    @property
    def member_id(self):
        return self.candidate.member_id


def _words(text: str) -> set[str]:
    text = unicodedata.normalize("NFKC", text or "").casefold()
    out = set()
    for word in _WORD.findall(text):
        if word in STOPWORDS:
            continue
        out.add(word[:-1] if word.endswith("s") and len(word) > 4 else word)
    return out


def required_languages(need_text: str) -> set[str]:
    """Language codes an interpreting/translation need asks for (empty if none)."""
    if not _INTERPRETING.search(need_text or ""):
        return set()
    lowered = (need_text or "").casefold()
    return {code for code, names in LANGUAGES.items() if any(n in lowered for n in names)}


def speaks(candidate: Candidate, codes: set[str]) -> bool:
    if not codes:
        return True
    lang = (candidate.language or "").split("-")[0]
    if lang in codes:
        return True
    lowered = (candidate.interests or "").casefold()
    return any(name in lowered for code in codes for name in LANGUAGES[code])


def explain(candidate: Candidate, need_text: str, rank: int) -> str:
    shared = sorted(_words(candidate.interests) & _words(need_text))[:4]
    parts = []
    if shared:
        parts.append("You mentioned " + ", ".join(shared))
    else:
        parts.append("Close to what you said you would like to help with")
    if rank == 1:
        parts.append("the closest fit among current needs")
    elif rank <= 3:
        parts.append(f"one of your {rank} closest fits among current needs")
    if candidate.distance_km is not None:
        parts.append(f"about {max(1, round(candidate.distance_km))} km away")
    return "; ".join(parts) + "."


# Tuning knobs (settings override them; see bench/matching_quality.py for the figures).
LANGUAGE_GROUP_MIN = 5      # members of one language needed to estimate its mean vector
CENTRE_MIN_CANDIDATES = 8   # fewer candidates than this: similarities are used as they are


def _knob(name: str, default):
    return getattr(settings, name, default)


def _unit_rows(matrix: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return matrix / np.maximum(norms, 1e-8)


def centre_members(vectors: np.ndarray, languages: list[str]) -> np.ndarray:
    """Subtract each language group's mean vector (groups too small to estimate one use
    the mean of all candidates), so the shared language direction stops counting as
    agreement; rows are renormalised."""
    group_min = _knob("MATCH_LANGUAGE_GROUP_MIN", LANGUAGE_GROUP_MIN)
    overall = vectors.mean(axis=0)
    out = vectors - overall
    codes = np.array([(lang or "").split("-")[0].lower() for lang in languages])
    for code in set(codes):
        rows = codes == code
        if rows.sum() >= group_min:
            out[rows] = vectors[rows] - vectors[rows].mean(axis=0)
    return _unit_rows(out)


def score_candidates(
    candidates: list[Candidate], *, need_index: int, reference: np.ndarray, need_text: str
) -> list[Scored]:
    """Relevance of each candidate; ``reference`` holds the reference needs' vectors and
    ``need_index`` is this need's row in it.  Returns the kept pairs, best first."""
    if not candidates:
        return []
    members = np.vstack([c.vector for c in candidates]).astype(np.float32)  # C x D
    reference = np.asarray(reference, dtype=np.float32)  # K x D
    k = reference.shape[0]
    enough_reference = k >= settings.MATCH_MIN_REFERENCE_NEEDS
    if len(candidates) >= _knob("MATCH_CENTRE_MIN_CANDIDATES", CENTRE_MIN_CANDIDATES):
        members_c = centre_members(members, [c.language for c in candidates])
        reference_c = (_unit_rows(reference - reference.mean(axis=0)) if enough_reference
                       else _unit_rows(reference))
        sims = members_c @ reference_c.T
    else:
        sims = members @ reference.T  # C x K (unit vectors: cosine)
    this = sims[:, need_index]
    mean_m = sims.mean(axis=1)
    std_m = np.maximum(sims.std(axis=1), 0.01)
    z_member = (this - mean_m) / std_m
    rank = 1 + (sims > this[:, None]).sum(axis=1)
    mean_n, std_n = float(this.mean()), max(float(this.std()), 0.01)
    z_need = (this - mean_n) / std_n
    codes = required_languages(need_text)
    top_k = settings.MATCH_MEMBER_TOP_K

    scored: list[Scored] = []
    fallback: list[Scored] = []
    for i, cand in enumerate(candidates):
        if not speaks(cand, codes):
            continue
        item = Scored(cand, float(z_member[i] + z_need[i]), int(rank[i]),
                      float(z_member[i]), float(z_need[i]), "")
        member_fits = (not enough_reference or rank[i] <= top_k
                       or z_member[i] >= settings.MATCH_MEMBER_MIN_Z)
        need_fits = len(candidates) < 3 or z_need[i] >= settings.MATCH_NEED_MIN_Z
        if member_fits and need_fits:
            scored.append(item)
        elif rank[i] <= settings.MATCH_FALLBACK_RANK:
            fallback.append(item)
    if not scored and fallback:
        scored = [max(fallback, key=lambda s: (-s.rank_for_member, s.score))]
    scored.sort(key=lambda s: s.score, reverse=True)
    for item in scored:
        item.why = explain(item.candidate, need_text, item.rank_for_member)
    return scored
