"""Which language a text is written in: script first, then common words per language.

Offline and small on purpose (no model to download).  The languages are those of the people
served: English, Spanish, Somali, Hmong (RPA spelling), Vietnamese, Oromo, Karen, Amharic,
Arabic, plus French (West-African and Haitian communities), with ISO 639 codes (``hmn`` for
Hmong and ``kar`` for Karen, which have no two-letter code).

* A non-Latin script decides by itself: Ethiopic -> ``am``, Arabic -> ``ar``, Myanmar
  script -> ``kar`` when it carries S'gaw Karen letters, ``my`` otherwise.
* Latin text is scored by its share of very common function words of each language (lists
  written from grammars and public dictionaries, not from any page we measure on); Vietnamese
  is recognised by its tone-marked vowels and đ.
* Too little evidence returns the page's declared ``<html lang>`` (``hint``) or ``""``.

Honest limits: Oromo and Somali share some short words (``fi``/``iyo`` are not shared, but
``in``/``ka`` are), so very short texts can be confused; a mixed page gets its majority.
"""

from __future__ import annotations

import re
import unicodedata

# Very common words of each language (function words and the commonest verbs), lower case.
_COMMON: dict[str, frozenset[str]] = {
    "en": frozenset(
        "the and to of a in is are we you for our with on at this that be will can your it "
        "or from have has who need needs help please us they all an by as if not".split()),
    "es": frozenset(
        "el la los las de del que y en para con por una un es son se nuestro nuestra "
        "necesitamos ayuda al su sus como más pero también hay favor usted ustedes".split()),
    "so": frozenset(
        "waa iyo ka ku u oo la ah aan waxaan waxa ayaa baa ee uu ay loo soo kale jira "
        "fadlan noo nagu haddii hadii yahay tahay ahayn ugu si inay inaan inaad kuwa ama "
        "sida kasta wax waxay wuxuu waxaad aad leh lagu laga iska".split()),
    "hmn": frozenset(
        "thiab rau cov kev peb koj yog tau nrog muaj hauv neeg pab xav ua los tsis mus "
        "ntawm lawm txog tus kuv lub nws qhia ntau hnub tuaj txhua yuav tej nyob ntxiv "
        "kom thov zoo lossis tsev".split()),
    "om": frozenset(
        "fi kan irratti keessatti akka keessa ni hin waliin kana jiru dha yoo keenya "
        "isin nu nuti isaan kanaaf garuu ykn yookaan barbaachisa gargaarsa irraa "
        "hawaasa ta'uu qabu qaba".split()),
    "fr": frozenset(
        "le la les des du et est une un pour avec nous vous dans sur pas qui que aux au "
        "sont aide besoin bénévoles".split()),
}
_VIET_LETTERS = frozenset("ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ")
# (v49: whole words only -- the "u" of "U8 girls" is no Somali "u", nor the "am" of "9am")
_WORD = re.compile(r"(?<![^\W_])[^\W\d_]+(?:['’][^\W\d_]+)?(?![^\W_])", re.UNICODE)


def _script_language(text: str) -> str | None:
    counts = {"am": 0, "ar": 0, "my": 0, "kar": 0, "ne": 0, "latin": 0}
    for ch in text:
        code = ord(ch)
        if 0x1200 <= code <= 0x139F or 0x2D80 <= code <= 0x2DDF:
            counts["am"] += 1
        elif 0x0600 <= code <= 0x06FF or 0x0750 <= code <= 0x077F:
            counts["ar"] += 1
        elif 0x0900 <= code <= 0x097F:
            counts["ne"] += 1  # Devanagari: Nepali among the people served (Bhutanese)
        elif 0x1000 <= code <= 0x109F:
            counts["my"] += 1
            # Letters and tone marks used by S'gaw Karen and not by Burmese.
            if 0x1060 <= code <= 0x1069 or code in (0x1070, 0x1071, 0x1072, 0x1073, 0x1074):
                counts["kar"] += 1
        elif ch.isalpha() and code < 0x0250 or 0x1E00 <= code <= 0x1EFF:
            counts["latin"] += 1
    non_latin = max(("am", "ar", "my", "ne"), key=lambda k: counts[k])
    if counts[non_latin] and counts[non_latin] >= counts["latin"] * 0.5:
        if non_latin == "my" and counts["kar"]:
            return "kar"
        return non_latin
    return None


def detect_language(text: str, hint: str = "") -> str:
    """The ISO 639 code of ``text``'s language, or ``hint`` (else "") when unsure."""
    hint = normalise_code(hint)
    if not text or not text.strip():
        return hint
    script = _script_language(text)
    if script:
        # Burmese script is S'gaw Karen on the pages we read unless the page says Burmese.
        return "kar" if script == "my" and hint != "my" else script
    lowered = unicodedata.normalize("NFC", text.lower())
    words = _WORD.findall(lowered)
    if not words:
        return hint
    viet = sum(1 for ch in lowered if ch in _VIET_LETTERS)
    letters = sum(1 for ch in lowered if ch.isalpha())
    if letters and viet / letters > 0.04:
        return "vi"
    scores = {lang: sum(1 for w in words if w in common) for lang, common in _COMMON.items()}
    best = max(scores, key=scores.get)
    ranked = sorted(scores.values(), reverse=True)
    if ranked[0] >= 2 and ranked[0] >= 1.3 * ranked[1]:
        return best
    if ranked[0] >= 1 and hint in scores and scores[hint] == ranked[0]:
        return hint
    if ranked[0] >= 3 and ranked[0] > ranked[1]:
        return best
    return hint or (best if ranked[0] >= 1 and ranked[0] > ranked[1] else "")


_ALIASES = {"hmong": "hmn", "mww": "hmn", "blu": "hmn", "ksw": "kar", "kar": "kar",
            "gaz": "om", "orm": "om", "amh": "am", "som": "so", "spa": "es", "eng": "en",
            "vie": "vi", "ara": "ar", "fra": "fr", "fre": "fr"}


def normalise_code(code: str) -> str:
    """``"en-US"`` -> ``"en"``, ``"mww"`` -> ``"hmn"``; unknown stays as given (lower case)."""
    code = (code or "").strip().lower().replace("_", "-").split("-")[0]
    return _ALIASES.get(code, code)[:12]
