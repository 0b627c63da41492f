"""Which candidates really fit a need, and why — offline.

The local model's cosine scores are compressed (almost every pair scores above 0.75), so
one global threshold cannot separate good from bad pairs.  Every wrong notification
spends one of a member's three weekly slots, so this step judges each pair relative to
two distributions:

- the **member's**: how this need ranks among the active needs for this member (a member
  whose broad text matches everything has a high mean, so only their best needs stand
  out: ``z_member`` and ``rank``);
- the **need's**: how this member compares with the other candidates (``z_need``).

A pair is kept when the need is among the member's best few needs (rank, or a clear
margin above their mean) and the member is not below the need's average candidate, and
the language check passes ("interpreter" needs ask for a language).  If that leaves
nobody while a good member exists (the need is in that member's top few), the best such
member is kept, so a need is not left with no one to tell.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import numpy as np
from django.conf import settings

from matching.selectors import Candidate

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


def score_candidates(
    candidates: list[Candidate], *, need_index: int, reference: np.ndarray, need_text: str
) -> list[Scored]:
    """Relevance of each candidate; ``reference`` holds the reference needs' vectors and
    ``need_index`` is this need's row in it.  Returns the kept pairs, best first."""
    if not candidates:
        return []
    members = np.vstack([c.vector for c in candidates])  # C x D
    sims = members @ reference.T  # C x K (unit vectors: cosine)
    this = sims[:, need_index]
    k = sims.shape[1]
    mean_m = sims.mean(axis=1)
    std_m = np.maximum(sims.std(axis=1), 0.01)
    z_member = (this - mean_m) / std_m
    rank = 1 + (sims > this[:, None]).sum(axis=1)
    mean_n, std_n = float(this.mean()), max(float(this.std()), 0.01)
    z_need = (this - mean_n) / std_n
    codes = required_languages(need_text)
    top_k = settings.MATCH_MEMBER_TOP_K
    enough_reference = k >= settings.MATCH_MIN_REFERENCE_NEEDS

    scored: list[Scored] = []
    fallback: list[Scored] = []
    for i, cand in enumerate(candidates):
        if not speaks(cand, codes):
            continue
        item = Scored(cand, float(z_member[i] + z_need[i] + this[i]), int(rank[i]),
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
