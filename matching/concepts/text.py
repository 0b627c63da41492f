"""Folding and language identification for the concept layer (pure functions, no Django).

``fold`` lowers the case and removes accents from Latin letters only ("Ayúdanos" ->
"ayudanos", "thông dịch" -> "thong dich"); Ethiopic and Myanmar script keep their vowel
signs, which carry meaning there.

``text_language`` names the language a text is written in: a non-Latin script decides by
itself (Ethiopic -> am, Myanmar script -> kar, the script Karen is written in here; Arabic
-> ar); Latin text is scored by its share of very common words per language (lists written
from grammars and dictionaries) and Vietnamese by its tone-marked vowels.  It is adapted
from ``needs.extraction.language`` (kept separate so matching's behaviour does not move
when extraction's does) with Karen and Vietnamese handled by script and letters.
"""

from __future__ import annotations

import re
import unicodedata

_LATIN_MAX = 0x024F


def _is_latin(code: int) -> bool:
    return code <= _LATIN_MAX or 0x1E00 <= code <= 0x1EFF


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", (text or "").casefold())
    out: list[str] = []
    previous_latin = True
    for ch in text:
        if unicodedata.combining(ch):
            if not previous_latin:
                out.append(ch)
            continue
        previous_latin = _is_latin(ord(ch))
        out.append(ch)
    folded = unicodedata.normalize("NFC", "".join(out))
    folded = folded.replace("đ", "d").replace("’", "'").replace("ʼ", "'").replace("–", "-")
    return " ".join(folded.split())


_COMMON: dict[str, frozenset[str]] = {
    "en": frozenset(
        "the and to of a in is are we you for our with on at this that be will can your it "
        "or from have has who need needs help please us they all an by as if not i my i'm "
        "like love am".split()),
    "es": frozenset(
        "el la los las de del que y en para con por una un es son se nuestro nuestra "
        "necesitamos ayuda al su sus como mas pero tambien hay favor usted ustedes puedo "
        "me gusta soy tengo quiero yo mi".split()),
    "so": frozenset(
        "waa iyo ka ku u oo la ah aan waxaan waxa ayaa baa ee uu ay loo soo kale jira "
        "fadlan noo nagu haddii hadii yahay tahay ahayn ugu si inay inaan inaad kuwa ama "
        "sida kasta wax waxay wuxuu waxaad aad leh lagu laga iska ayaan ahay karaa".split()),
    "hmn": frozenset(
        "thiab rau cov kev peb koj yog tau nrog muaj hauv neeg pab xav ua los tsis mus "
        "ntawm lawm txog tus kuv lub nws qhia ntau hnub tuaj txhua yuav tej nyob ntxiv "
        "kom thov zoo lossis tsev nyiam".split()),
    "om": frozenset(
        "fi kan irratti keessatti akka keessa ni hin waliin kana jiru dha yoo keenya "
        "isin nu nuti isaan kanaaf garuu ykn yookaan barbaachisa gargaarsa irraa "
        "hawaasa ta'uu qabu qaba nan ani danda'a jaalladha".split()),
    # Vietnamese typed without diacritics ("giup ong ba dung dien thoai"): the accents
    # tell Vietnamese apart above, these its commonest words when they are missing.
    "vi": frozenset(
        "cua cho cac nhung mot nguoi duoc khong toi chung giup voi trong nhe cam rat thi "
        "nay lam va hoc nha gia dinh ong tieng viet chau biet muon ranh moi".split()),
    "fr": frozenset(
        "le la les des du et est une un pour avec nous vous dans sur pas qui que aux au "
        "sont aide besoin benevoles je".split()),
}
_VIET = frozenset("ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ")
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?", re.UNICODE)


def _script(text: str) -> str | None:
    counts = {"am": 0, "ar": 0, "kar": 0, "latin": 0}
    for ch in text:
        code = ord(ch)
        if 0x1200 <= code <= 0x139F or 0x2D80 <= code <= 0x2DDF:
            counts["am"] += 1
        elif 0x0600 <= code <= 0x06FF or 0x0750 <= code <= 0x077F:
            counts["ar"] += 1
        elif 0x1000 <= code <= 0x109F:
            counts["kar"] += 1
        elif ch.isalpha() and _is_latin(code):
            counts["latin"] += 1
    best = max(("am", "ar", "kar"), key=lambda k: counts[k])
    if counts[best] and counts[best] >= counts["latin"] * 0.4:
        return best
    return None


def text_language(text: str, hint: str = "") -> str:
    """ISO 639 code of the language ``text`` is mostly written in; ``hint`` (else "") when
    the text is too short to tell."""
    hint = (hint or "").strip().lower().split("-")[0]
    if not text or not text.strip():
        return hint
    script = _script(text)
    if script:
        return script
    lowered = unicodedata.normalize("NFC", text.lower())
    letters = sum(1 for ch in lowered if ch.isalpha())
    viet = sum(1 for ch in lowered if ch in _VIET)
    if letters and viet / letters > 0.04:
        return "vi"
    words = [w.replace("’", "'") for w in _WORD.findall(fold(text))]
    if not words:
        return hint
    scores = {lang: sum(1 for w in words if w in common) for lang, common in _COMMON.items()}
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    (best, top), (_second, runner) = ranked[0], ranked[1]
    if top >= 2 and top >= 1.3 * runner:
        return best
    if top >= 1 and hint in scores and scores[hint] == top:
        return hint
    if top >= 1 and top > runner and (hint not in scores or scores[hint] == 0):
        return best  # a short text in another language than the profile's
    if top >= 1 and top > runner and not hint:
        return best
    return hint or (best if top >= 1 and top > runner else "")


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?।።;])\s+|\n+", text or "") if s.strip()]
