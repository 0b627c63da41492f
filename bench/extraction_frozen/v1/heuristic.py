"""The offline extractor: need statements from page structure and wording.

Input is the readable Markdown of ``organizations.readable.html_to_markdown``: ``#``
headings, ``- `` list items, ``|`` tables and paragraphs.  The page is cut into sections
by heading; each section is classified from its heading (and its ancestors'):

* **need** sections ("Volunteer opportunities", "Wish list", "Cómo ayudar", "Sign-up
  shifts"…): every list item and table row is a need, and so is a paragraph that reads like
  one (a need phrase, a bold lead, an imperative such as "Host a food drive…", or a role
  such as "Homework tutors for…").  A paragraph-only sub-section under a need heading
  ("### Legal clinic interpreters") is one need titled by its heading.
* **negative** sections ("Volunteer of the month", "Past events", "What we cannot accept",
  "Requirements"…) yield nothing.
* anything else yields only sentences with an explicit need phrase ("We need…", "We're
  looking for…", "… needed", "Necesitamos…", "Buscamos…", "Se necesitan…").

Traps are refused by wording (thanks, filled, past tense "we needed", "no experience
needed", generic "donate online" asks).  The output is a pure function of the input: same
Markdown, same needs, same order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .base import Extractor, PageInput, derive_tldr

# --------------------------------------------------------------------------- vocabulary

_I = re.IGNORECASE

NEED_HEADING = re.compile(
    r"\bvolunteer(?:s|ing)?\b|\bhow (?:you )?(?:can )?(?:to )?help\b|\bways to (?:help|serve)\b"
    r"|^serve$|\bdonations?\b|\bwe need\b|\bneeds?\b|\bneeded\b|\bwish ?list\b|\bsupplies\b"
    r"|\bsign[- ]?up\b|\bshifts?\b|\bopen requests\b|\bcollection\b|\bhelp wanted\b"
    r"|\bvoluntari(?:o|a|os|as|ado)\b|\bc[oó]mo (?:puedes |puede |podemos )?ayudar\b"
    r"|\bnecesitamos\b|\bse necesitan?\b|\bdonaciones\b|\blista de deseos\b|\bturnos?\b"
    r"|\boportunidades\b|\bopen roles\b|\bopportunit(?:y|ies)\b|\b(?:can|could) you help\b"
    r"|\bwant to help\b"
    r"|\b(?:quieres|quiere|puedes|puede|quieren) ayudar\b",
    _I,
)
NEGATIVE_HEADING = re.compile(
    r"\bof the month\b|\bspotlight\b|\bthank(?:s| you)\b|\bgracias\b|\bpast\b|\brecap\b"
    r"|\blooking back\b|\bfilled\b|\b(?:cannot|can't|do not|don't) accept\b|\brequirements\b"
    r"|\brequisitos\b|\bour story\b|\bhistory\b|\bhistoria\b|\bmission\b|\bmisi[oó]n\b"
    r"|\bstaff\b|\bour team\b|\bcongratulations\b|\bfelicidades\b|\bprayer list\b"
    r"|\bfeedback\b|\bnews\b|\bnoticias\b|\bin memoriam\b|\bno longer\b|\bappreciation\b"
    r"|\bcelebrat\w*\b|\bof the year\b",
    _I,
)
GENERIC_HEADINGS = frozenset(
    {
        "donate", "give", "give today", "donate now", "online giving", "other ways to give",
        "questions", "contact", "contact us", "stay connected", "support our work",
        "support us", "hours", "location", "directions", "faq", "follow us", "donar",
        "dona", "contacto", "preguntas",
    }
)
TIME_GENERIC_HEADING = re.compile(
    r"^(?:this|next) (?:week|weekend|month|sunday|monday|tuesday|wednesday|thursday|friday"
    r"|saturday)\b|^right now\b|^upcoming\b|^esta semana\b|^este (?:s[aá]bado|domingo|mes)\b"
    r"|^announcements?\b|^anuncios\b|^events?$|^eventos?$|^calendar\b|^calendario\b"
    r"|^latest\b|^today\b|^hoy\b|^welcome\s+(?:to|back)\b|^bienvenid",
    _I,
)

# Need phrases.  Each yields the thing needed (the "core") from one sentence.
_ADVERBS = r"(?:(?:urgently|also|still|really|always|currently|now|desperately|especially)\s+)*"
CUE_PRE = re.compile(
    r"\b(?:we|i)(?:'re|’re|\s+are|\s+am)?\s+" + _ADVERBS
    + r"(?:need|seeking|looking\s+for|collecting|recruiting|searching\s+for|gathering"
    r"|requesting|asking\s+for)\b"
    r"|^(?:now\s+)?(?:seeking|recruiting|looking\s+for)\b"
    r"|\b(?:are|is|we're|we’re)\s+(?:\w+\s+)?(?:short\s+(?:on|of)|running\s+(?:low|out)\s+(?:on|of)"
    r"|in\s+need\s+of)\b|\bnos\s+hace(?:n)?\s+falta\b"
    r"|\b(?:necesitamos|buscamos|se\s+necesitan?|se\s+buscan?|urgen?|hacen\s+falta|hace\s+falta"
    r"|estamos\s+(?:buscando|recogiendo|recolectando|pidiendo|juntando|reuniendo))\b",
    _I,
)
CUE_SUBJECT_NEEDS = re.compile(
    r"^(?P<subj>(?:our|the|this)\s+[^.,;:!?]{2,60}?)\s+" + _ADVERBS + r"needs\s+(?P<obj>.+)$",
    _I,
)
CUE_POST = re.compile(
    r"^(?P<obj>[^.!?]{3,120}?)\s+(?:(?:is|are)\s+)?" + _ADVERBS
    + r"(?:needed|wanted)\b(?P<rest>.*)$",
    _I,
)
# Sentences that look like needs but are not: thanks, filled, past tense, negations,
# clients' needs, surveys.
NEGATIVE_TEXT = re.compile(
    r"\bthank(?:s|\s+you)\b|\bgracias\b|\bfilled\b|\bvolunteer of the month\b|\bspotlight\b"
    r"|\bcongratulations\b|\bfelicidades\b|\bwe\s+needed\b|\bnecesit[aá]bamos\b"
    r"|\bno\s+(?:\w+\s+){0,2}(?:is\s+|are\s+)?(?:needed|required)\b|\bfeedback\b|\bsurvey\b"
    r"|\bencuesta\b|\blast\s+year\b|\ba[ñn]o\s+pasado\b|\bvolunteered\b|\bwere\s+needed\b"
    r"|\b(?:clients|families|children|kids|people|residents|tenants|students|seniors"
    r"|neighbors|patients)\s+(?:need|needs)\b|\bclosed\b|\bcerrad[oa]s?\b"
    r"|\b(?:not\s+able|unable)\s+to\b|\bsold\s+out\b"
    r"|\b(?:volunteers|youth|teens|kids|children|groups|families|everyone|all|you)\b[^.]{0,30}"
    r"\b(?:are|is)\s+(?:always\s+)?welcome\b",
    _I,
)
GENERIC_MONEY = re.compile(
    r"\bevery\s+(?:dollar|gift)\b|\bgive\s+online\b|\bdonate\s+(?:now|online|today)\b"
    r"|\bmake\s+a\s+(?:gift|donation)\b|\bfiscal\s+sponsor\b|\bvenmo\b|\btax\s+id\b|\bzakat\b"
    r"|\bdiezmo\b|\bone-time\s+or\s+recurring\b|\brelief\s+fund\b|\bonline\s+wish\s+list\b"
    r"|\bmatch(?:es|ing)?\s+gifts?\b|\byour\s+gift\b|\bgift\s+of\s+\$|\bdona\s+en\s+l[ií]nea\b",
    _I,
)
GENERIC_CORE = re.compile(
    r"^(?:your\s+|more\s+|financial\s+|monetary\s+|su\s+|tu\s+|m[aá]s\s+)?(?:help|support"
    r"|donations?|gifts?|money|funds|people|volunteers|you|ayuda|apoyo|donaciones|dinero|gente"
    r"|personas|voluntarios)\b(?:\s+(?:now|today|always|ahora|hoy|siempre))?[\s.!]*$",
    _I,
)
CONTACT_START = re.compile(
    r"^(?:call|e-?mail|text|contact|questions?|correo|llame|ll[aá]menos|escr[ií]b[ae]|"
    r"escr[ií]benos|m[aá]ndenos|tel[eé]fono|informaci[oó]n|for more information|to apply|"
    r"to volunteer|para m[aá]s informaci[oó]n|drop[- ]off|please\s+call)\b",
    _I,
)
IMPERATIVE_START = re.compile(
    r"^(?:host|join|become|drive|deliver|tutor|mentor|translate|interpret|cook|serve|knit|"
    r"sort|pack|lead|teach|coach|sponsor|adopt|organize|sew|collect|help|donate|únete|"
    r"sé|maneja|traduce|cocina|enseña|dona|ayuda|ap[uú]ntate|inscr[ií]bete|reg[ií]strate|"
    r"sign\s+up\s+to|wrap|bundle|stock|visit|paint|build|fold|assemble|pick\s+up|envuelve|"
    r"empaca|visita)\b",
    _I,
)
ROLE_NOUN = re.compile(
    r"^(?:volunteers?|tutors?|drivers?|interpreters?|translators?|mentors?|cooks?|servers?|"
    r"helpers?|hosts?|greeters?|captains?|knitters?|attorneys?|lawyers?|paralegals?|"
    r"accountants?|treasurers?|buddies|crew|coaches?|chaperones?|ushers?|canvassers?|"
    r"organizers?|someone|folks|assistants?|sorters?|packers?|aides?|callers?|visitors?|"
    r"leaders?|coordinators?|companions?|voluntari[oa]s?|tutores|conductores|choferes|int[eé]rpretes|"
    r"traductores|cocineros|catequistas|ujieres|abogados|mentores|ayudantes)$",
    _I,
)
ROLE_CONNECTORS = frozenset(
    {"for", "to", "who", "with", "during", "in", "at", "on", "needed", "wanted", "que", "para",
     "con", "de", "en", "(", "—", "–", "-", ",", "."}
)
ROLE_STOP_START = frozenset(
    {"to", "our", "these", "this", "those", "all", "new", "no", "we", "you", "they", "it",
     "every", "each", "most", "many", "there", "here", "please", "nuestros", "nuestras",
     "todos", "todas", "los", "las"}
)

URGENT = re.compile(
    r"\burgent(?:ly)?\b|\burgente(?:mente)?\b|\burgen?\b|\basap\b|\bimmediately\b|\bemergency\b"
    r"|\bright\s+away\b|\bcuanto\s+antes\b|\bde\s+inmediato\b|\bdesperately\b",
    _I,
)
HIGH = re.compile(
    r"\bthis\s+(?:week|weekend|sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b"
    r"|\besta\s+semana\b|\bdeadlines?\b|\bas\s+soon\s+as\s+possible\b|\bin\s+the\s+next\s+\d+\s+days\b"
    r"|\balmost\s+(?:empty|out)\b|\brunning\s+(?:low|out)\b|\bfecha\s+l[ií]mite\b",
    _I,
)
LOW = re.compile(r"\bno\s+rush\b|\bsin\s+prisa\b|\bwhen(?:ever)?\s+you\s+can\b", _I)
PRIORITY_WORDS = {
    "urgent": "urgent", "urgente": "urgent", "critical": "urgent",
    "high": "high", "alta": "high", "medium": "medium", "media": "medium", "normal": "medium",
    "low": "low", "baja": "low",
}

TITLE_COLUMNS = ("role", "rol", "request", "solicitud", "item", "artículo", "articulo",
                 "opportunity", "oportunidad",
                 "need", "necesidad", "position", "task", "tarea", "turno", "shift")
TIME_COLUMN = re.compile(r"\b(?:day|date|time|when|d[ií]a|horario|fecha|hora)\b", _I)
SPOTS_COLUMN = re.compile(
    r"\b(?:spots?|open|left|available|needed|se necesitan|cupos|lugares|remaining)\b", _I
)
PRIORITY_COLUMN = re.compile(r"\b(?:priority|prioridad|urgency|urgencia)\b", _I)
FULL_CELL = re.compile(r"^\s*0\b|\bfull\b|\blleno\b|\bfilled\b|\bcompleto\b|\bclosed\b", _I)

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE = re.compile(r"(?<!\d)(?:\+?1[\s.-]?)?\(?[2-9]\d{2}\)?[\s.-]?[2-9]\d{2}[\s.-]?\d{4}(?!\d)")
DATE_WORDS = re.compile(
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday|enero|febrero|marzo|abril|mayo|junio|julio|agosto"
    r"|septiembre|octubre|noviembre|diciembre|lunes|martes|mi[eé]rcoles|jueves|viernes"
    r"|s[aá]bado|domingo|\d{1,2}(?::\d\d)?\s*(?:am|pm)|\d{4}|\d{1,2})\b",
    _I,
)
SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[\"“¡¿A-ZÁÉÍÓÚÑ0-9*])")
URGENCY_WORDS_IN_TITLE = re.compile(
    r"\s*\b(?:asap|urgently|urgentemente|immediately|de inmediato)\b", _I
)
STOPWORDS = frozenset(
    {"the", "a", "an", "and", "of", "for", "to", "in", "on", "at", "our", "de", "la", "el",
     "los", "las", "y", "para", "del", "—", "–", "-"}
)

INLINE_LIST = re.compile(
    r"^(?:our\s+|nuestra\s+)?(?:wish\s*list|items?\s+(?:needed|requested|wanted)|most\s+needed"
    r"(?:\s+items)?|we\s+(?:also\s+)?need|lista\s+de\s+deseos|necesitamos"
    r"|lo\s+que\s+m[aá]s\s+necesitamos)\s*:\s*(?P<items>.+)$",
    _I,
)
WELCOME_ITEMS = re.compile(
    r"^(?P<obj>[^.!?]{3,100}?)\s+(?:are|is)\s+(?:always\s+)?(?:welcome|appreciated|accepted)\b",
    _I,
)
LABEL_PARAGRAPH = re.compile(r"^(?P<label>[^:.!?]{3,50}):\s+(?P<rest>\S.*)$")

TITLE_LIMIT = 90


# --------------------------------------------------------------------------- parsing


@dataclass
class Block:
    kind: str  # "item" | "para" | "table"
    text: str = ""
    rows: list[list[str]] = field(default_factory=list)


@dataclass
class Section:
    heading: str
    level: int
    parent: Section | None
    blocks: list[Block] = field(default_factory=list)
    children: list[Section] = field(default_factory=list)

    def ancestors(self) -> list[Section]:
        out, node = [], self.parent
        while node is not None:
            out.append(node)
            node = node.parent
        return out


def _strip_md(text: str) -> str:
    text = re.sub(r"(\*\*|__)(.+?)\1", r"\2", text)
    text = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"\1", text)
    text = text.replace("`", "")
    return re.sub(r"\s+", " ", text).strip()


_PLAIN_HEADING_START = frozenset(
    {"we", "our", "other", "more", "what", "how", "why", "where", "when", "about", "nuestro",
     "nuestra", "también", "otras", "otros", "qué", "cómo"}
)


def _plain_to_markdown(markdown: str) -> str:
    """Give structure back to a page the readability step flattened to bare lines.

    Runs of four or more very short lines are navigation and are dropped; a short line
    naming a need section becomes a heading, and the short lines after it become items.
    """
    lines = [line.strip() for line in markdown.splitlines()]
    short = [bool(line) and len(line.split()) <= 3 and not line.endswith(".") for line in lines]
    keep = [True] * len(lines)
    i = 0
    while i < len(lines):
        if short[i]:
            j = i
            while j < len(lines) and short[j]:
                j += 1
            if j - i >= 4:
                # The nav block ends where the page repeats one of its labels as its title.
                seen: set[str] = set()
                end = j
                for k in range(i, j):
                    if lines[k].lower() in seen:
                        end = k
                        break
                    seen.add(lines[k].lower())
                for k in range(i, end):
                    keep[k] = False
            i = j
        else:
            i += 1
    out: list[str] = []
    in_need = False
    for line, kept in zip(lines, keep, strict=True):
        if not kept or not line:
            continue
        words = len(line.split())
        heading_like = words <= 5 and not re.search(r"[.!?:]$", line)
        if heading_like and NEED_HEADING.search(line) and not NEGATIVE_HEADING.search(line):
            out.append("## " + line)
            in_need = True
        elif heading_like and (line.lower() in GENERIC_HEADINGS or NEGATIVE_HEADING.search(line)
                               or line.split()[0].lower() in _PLAIN_HEADING_START):
            out.append("## " + line)
            in_need = False
        elif in_need and words <= 15 and not line.endswith("."):
            out.append("- " + line)
        else:
            out.append("")
            out.append(line)
            out.append("")
            in_need = False if words > 15 else in_need
    return "\n".join(out)


def parse_sections(markdown: str) -> Section:
    """Markdown -> a tree of sections, each with its own blocks in page order."""
    if not re.search(r"^#{1,6}\s", markdown, re.MULTILINE):
        markdown = _plain_to_markdown(markdown)
    root = Section(heading="", level=0, parent=None)
    current = root
    para: list[str] = []
    table: list[list[str]] = []

    def flush() -> None:
        nonlocal para, table
        if para:
            current.blocks.append(Block("para", re.sub(r"\s+", " ", " ".join(para)).strip()))
            para = []
        if table:
            current.blocks.append(Block("table", rows=table))
            table = []

    for raw in markdown.splitlines():
        line = raw.strip()
        heading = re.match(r"^(#{1,6})\s+(.*?)\s*#*$", line)
        item = re.match(r"^(?:[-*+•]|\d+[.)])\s+(.*)$", line)
        if heading:
            flush()
            level = len(heading.group(1))
            parent = current
            while parent.level >= level:
                parent = parent.parent  # type: ignore[assignment]
            current = Section(heading=_strip_md(heading.group(2)), level=level, parent=parent)
            parent.children.append(current)
        elif line.startswith("|"):
            if para:
                flush()
            cells = [_strip_md(c) for c in line.strip("|").split("|")]
            if all(re.fullmatch(r":?-{2,}:?", c.strip()) for c in cells if c.strip()):
                continue
            table.append(cells)
        elif item:
            flush()
            current.blocks.append(Block("item", item.group(1).strip()))
        elif not line:
            flush()
        else:
            if table:
                flush()
            para.append(line)
    flush()
    return root


def _walk(section: Section) -> list[Section]:
    out = [section]
    for child in section.children:
        out.extend(_walk(child))
    return out


# --------------------------------------------------------------------------- classification


def _heading_key(heading: str) -> str:
    return re.sub(r"[^\w\s'-]", "", heading).strip().lower()


def is_negative_heading(heading: str) -> bool:
    return bool(heading) and bool(NEGATIVE_HEADING.search(heading))


def is_generic_heading(heading: str) -> bool:
    return _heading_key(heading) in GENERIC_HEADINGS


def is_need_heading(heading: str) -> bool:
    if not heading or is_negative_heading(heading) or is_generic_heading(heading):
        return False
    return bool(NEED_HEADING.search(heading.strip("¿?¡! ")))


def section_kind(section: Section) -> str:
    """"negative", "need" or "plain" from the section's heading and its ancestors."""
    chain = [section, *section.ancestors()]
    if any(is_negative_heading(s.heading) for s in chain):
        return "negative"
    if is_generic_heading(section.heading):
        return "plain"
    for node in chain:
        if is_need_heading(node.heading):
            return "need"
        if is_generic_heading(node.heading):
            return "plain"
    return "plain"


def _is_role_section(section: Section) -> bool:
    """A paragraph-only sub-section under a need heading: one need, titled by its heading."""
    heading = section.heading
    if not heading or section.parent is None or section_kind(section) != "need":
        return False
    if is_generic_heading(heading) or heading.endswith("?"):
        return False
    last_word = re.findall(r"[\w'’-]+", heading)[-1:] or [""]
    if is_need_heading(heading) and not ROLE_NOUN.match(last_word[0]):
        # "Intake volunteers" is a role; "Volunteer opportunities" is a list heading.
        return False
    if not any(is_need_heading(a.heading) for a in section.ancestors()):
        return False
    if len(heading.split()) > 8 or not section.blocks:
        return False
    if any(b.kind != "para" for b in section.blocks):
        return False
    body = " ".join(b.text for b in section.blocks)
    if NEGATIVE_TEXT.search(_strip_md(section.blocks[0].text)):
        return False  # "We are not able to sign community service forms."
    return not (GENERIC_MONEY.search(body) and not CUE_PRE.search(body))


# --------------------------------------------------------------------------- titles


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in SENTENCE_SPLIT.split(text) if s.strip()]


_CLAUSE_BREAK = re.compile(r"\s(?:to|from|on|at|in|so|before|after|during|with|by|until)\s", _I)


def _bound(text: str, limit: int = TITLE_LIMIT) -> str:
    """Bound a title, preferring to cut before a trailing clause ("… from Maplewood to …")."""
    text = text.strip()
    if len(text) <= limit:
        return text
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(text[: limit + 1])
              if m.start() >= 25 and not text[m.start() - 1].isdigit()]
    if breaks:
        return text[: breaks[-1]]
    return text[:limit].rsplit(" ", 1)[0]


def shorten(text: str) -> str:
    """A title-sized phrase: first sentence, no trailing clause after a dash, bounded."""
    text = _strip_md(text)
    text = _sentences(text)[0] if text else text
    text = re.split(r"\s+[—–]\s+|\s+-\s+", text, maxsplit=1)[0]
    if len(text) > 50:
        text = re.sub(r"\s*\([^)]*\)", "", text)
    head, sep, _ = text.partition(": ")
    if sep and len(head) >= 12:
        text = head  # "Items for hygiene kits: soap, …" -> "Items for hygiene kits"
    head, sep, rest = text.partition(", ")
    # Cut a trailing ", Monday to Thursday" but keep an enumeration ("hats, mittens and …").
    if sep and len(head) >= 12 and not re.search(r"\b(?:and|or|y|o|e)\b", rest[:60]):
        text = head
    text = URGENCY_WORDS_IN_TITLE.sub("", text)
    text = re.sub(r"^(?:a|an|the|some)\s+", "", text.strip(), flags=_I)
    text = re.sub(r"^(?:donations|donaciones)\s+(?:of|de)\s+", "", text, flags=_I)
    text = _bound(text).rstrip(" .,;:!—–-")
    return text[:1].upper() + text[1:]


def cue_core(sentence: str) -> str | None:
    """The thing needed, if the sentence states a need; None otherwise."""
    sentence = _strip_md(sentence)
    if not sentence or sentence.endswith("?") or NEGATIVE_TEXT.search(sentence):
        return None
    subject = CUE_SUBJECT_NEEDS.match(sentence)
    if subject:
        obj = shorten(subject.group("obj"))
        if " to " in obj and obj.index(" to ") > 5:
            obj = obj[: obj.index(" to ")]
        subj = re.sub(r"^(?:our|the|this)\s+", "", subject.group("subj"), flags=_I)
        obj = re.sub(r"^(?:a|an|the|some)\s+", "", obj, flags=_I)
        core = f"{obj} for the {subj}"
        return core[:1].upper() + core[1:]
    pre = CUE_PRE.search(sentence)
    if pre:
        core = sentence[pre.end():].strip(" :—–-")
        if not core or GENERIC_CORE.match(core) or GENERIC_MONEY.search(core):
            return None
        return shorten(core)
    post = CUE_POST.match(sentence)
    if post:
        obj = post.group("obj").strip()
        obj = re.sub(r"^(?:urgent|important|help wanted)\s*:\s*", "", obj, flags=_I)
        rest = post.group("rest").strip()
        extra = re.match(r"^((?:for|to|on|at|in|this|next)\b[^.:;—–!]*)", rest, _I)
        core = obj + (" " + extra.group(1).strip() if extra else "")
        if GENERIC_CORE.match(obj):
            # "Volunteers needed for sizing and fitting" names the task after the noun.
            detail = re.match(r"^((?:with|for|con|para)\b[^.:;!]*)", rest, _I)
            if not detail:
                return None
            core = f"{obj} {detail.group(1).strip()}"
        return shorten(core)
    return None


def _first_cue(text: str) -> tuple[str, str] | None:
    """(sentence, core) of the first sentence stating a need."""
    for sentence in _sentences(text):
        core = cue_core(sentence)
        if core:
            return sentence, core
    return None


def _bold_lead(text: str) -> tuple[str, str] | None:
    match = re.match(r"^\s*(?:\*\*|__)(.+?)(?:\*\*|__)\s*[—–:.-]?\s*(.*)$", text)
    if not match:
        return None
    lead = match.group(1).strip().rstrip(".:")
    return (lead, match.group(2)) if len(lead) >= 3 else None


def _role_start(text: str) -> bool:
    tokens = re.findall(r"[\w'’-]+|[(—–,.]", _strip_md(text))
    if not tokens or tokens[0].lower() in ROLE_STOP_START:
        return False
    for i, token in enumerate(tokens[:5]):
        if ROLE_NOUN.match(token):
            following = [t.lower() for t in tokens[i + 1 : i + 4]]
            if not following:
                return True
            if following[0] in ROLE_CONNECTORS:
                return True
            # Spanish puts the adjective after the noun: "voluntarios bilingües para …".
            return len(following) > 1 and following[1].isalpha() and (
                following[1] in ROLE_CONNECTORS
            )
    return False


def clean_heading(heading: str) -> str:
    """An event heading without its date: "Harvest Giveaway — Saturday, Oct 12" -> name."""
    parts = re.split(r"\s+[—–]\s+|\s+-\s+|:\s+(?=\d)", heading, maxsplit=1)
    name = parts[0]
    if len(parts) > 1 and not DATE_WORDS.search(parts[1]) and len(parts[1].split()) <= 4:
        name = heading
    name = re.sub(r"\s*\([^)]*\)\s*$", "", name)
    name = re.sub(r",?\s+\b(?:19|20)\d{2}\b$", "", name)
    return name.strip(" :—–-")


def _content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[\w'-]+", text.lower()) if w not in STOPWORDS and len(w) > 2}


def _with_event(core: str, section: Section) -> str:
    """Prefix the event name when a need sentence sits under a specific event heading."""
    heading = section.heading
    if (
        not heading
        or section.level < 2
        or is_need_heading(heading)
        or is_generic_heading(heading)
        or TIME_GENERIC_HEADING.search(heading)
    ):
        return core
    name = clean_heading(heading)
    words = _content_words(name)
    if not words or len(words & _content_words(core)) * 2 >= len(words):
        return core
    return f"{name}: {core}"


# --------------------------------------------------------------------------- urgency


def urgency_of(text: str) -> str:
    if URGENT.search(text):
        return "urgent"
    if HIGH.search(text):
        return "high"
    if LOW.search(text):
        return "low"
    return "medium"


# --------------------------------------------------------------------------- extractor


def _section_text(section: Section) -> str:
    parts = [section.heading]
    for block in section.blocks:
        parts.append(block.text if block.kind != "table" else
                     " ".join(" ".join(r) for r in block.rows))
    return "\n".join(p for p in parts if p)


def _contacts(text: str, page_text: str) -> tuple[str, str]:
    email = EMAIL.search(text) or EMAIL.search(page_text)
    phone = PHONE.search(text) or PHONE.search(page_text)
    return (email.group(0).rstrip(".") if email else "", phone.group(0) if phone else "")


def _intro(section: Section, used: set[int]) -> str:
    for index, block in enumerate(section.blocks):
        if block.kind != "para":
            return ""
        if index not in used and not GENERIC_MONEY.search(block.text):
            return block.text if len(block.text) < 500 else ""
    return ""


def _merge_definition_pairs(items: list[str]) -> list[str]:
    """A definition list read as alternating label/description items -> one item each."""

    def label(text: str) -> bool:
        return len(text.split()) <= 5 and not re.search(r"[.!?]$", text)

    if len(items) >= 4 and len(items) % 2 == 0 and all(
        label(items[i]) and not label(items[i + 1]) for i in range(0, len(items), 2)
    ):
        return [f"**{items[i]}** — {items[i + 1]}" for i in range(0, len(items), 2)]
    return items


def _table_candidates(section: Section, block: Block, kind: str) -> list[dict[str, Any]]:
    if len(block.rows) < 2:
        return []
    header = [h.strip() for h in block.rows[0]]
    lower = [h.lower() for h in header]
    spots = [i for i, h in enumerate(header) if SPOTS_COLUMN.search(h)]
    if kind != "need" and not spots:
        return []
    title_col = None
    for name in TITLE_COLUMNS:
        for i, h in enumerate(lower):
            if re.search(rf"\b{re.escape(name)}s?\b", h):
                title_col = i
                break
        if title_col is not None:
            break
    if title_col is None:
        for i in range(len(header)):
            cells = [r[i] for r in block.rows[1:] if i < len(r)]
            if cells and all(re.search(r"[^\W\d_]{3,}", c) and not DATE_WORDS.fullmatch(c)
                             for c in cells):
                title_col = i
                break
    if title_col is None:
        return []
    time_cols = [i for i, h in enumerate(header)
                 if i != title_col and TIME_COLUMN.search(h) and i not in spots]
    priority = [i for i, h in enumerate(header) if PRIORITY_COLUMN.search(h)]
    out = []
    for row in block.rows[1:]:
        row = row + [""] * (len(header) - len(row))
        cell = row[title_col].strip()
        if not cell or any(FULL_CELL.search(row[i]) for i in spots):
            continue
        if NEGATIVE_TEXT.search(" ".join(row)):
            continue
        when = " ".join(row[i].strip() for i in time_cols if row[i].strip())
        title = shorten(cell) + (f" — {when}" if when and len(cell.split()) <= 4 else "")
        details = "; ".join(f"{header[i]}: {row[i].strip()}" for i in range(len(header))
                            if i != title_col and header[i] and row[i].strip())
        urgency = None
        for i in priority:
            urgency = PRIORITY_WORDS.get(row[i].strip().lower())
        out.append({
            "title": title,
            "body": f"{cell}. {details}." if details else cell,
            "urgency": urgency,
        })
    return out


class HeuristicExtractor(Extractor):
    """Deterministic, offline need extraction from readable Markdown."""

    name = "heuristic"

    def candidates(self, page: PageInput) -> list[dict[str, Any]]:
        root = parse_sections(page.markdown or "")
        page_text = page.markdown or ""
        results: list[dict[str, Any]] = []
        seen: set[str] = set()

        def emit(section: Section, title: str, body: str, urgency: str | None,
                 intro: str = "", tldr: str = "") -> None:
            key = re.sub(r"\W+", " ", title.lower()).strip()
            if not key or key in seen:
                return
            seen.add(key)
            heading = section.heading
            description = body
            if heading and heading.lower() not in body.lower():
                description = f"{heading}\n\n{body}"
                tldr = tldr or f"{heading}: {derive_tldr(body)}"
            if intro and intro not in description:
                description = f"{description}\n\n{intro}"
            email, phone = _contacts(_section_text(section), page_text)
            results.append({
                "title": title,
                "description": description,
                "contact_email": email,
                "contact_phone": phone,
                "contact_url": page.url if page.url.startswith(("http://", "https://")) else "",
                "urgency": urgency or urgency_of(f"{heading}\n{body}"),
                "tldr": derive_tldr(tldr or body),
            })

        for section in _walk(root):
            kind = section_kind(section)
            if kind == "negative":
                continue
            if _is_role_section(section):
                body = "\n\n".join(b.text for b in section.blocks)
                emit(section, shorten(section.heading), body, None)
                continue
            used: set[int] = set()
            pending: list[tuple[int, dict[str, Any]]] = []
            blocks = section.blocks
            index = 0
            while index < len(blocks):
                block = blocks[index]
                if block.kind == "item":
                    run_end = index
                    while run_end < len(blocks) and blocks[run_end].kind == "item":
                        run_end += 1
                    items = _merge_definition_pairs([b.text for b in blocks[index:run_end]])
                    for offset, text in enumerate(items):
                        found = self._item(text, kind, section)
                        if found:
                            used.add(index + offset)
                            pending.append((index + offset, found))
                    index = run_end
                    continue
                if block.kind == "table":
                    for found in _table_candidates(section, block, kind):
                        pending.append((index, found))
                elif block.kind == "para":
                    for found in self._paragraph(block.text, kind, section):
                        used.add(index)
                        pending.append((index, found))
                index += 1
            intro = _intro(section, used)
            for _, found in pending:
                emit(section, found["title"], found["body"], found.get("urgency"),
                     intro if found.get("with_intro", True) else "", found.get("tldr", ""))
        return results

    # -- one list item
    def _item(self, text: str, kind: str, section: Section) -> dict[str, Any] | None:
        plain = _strip_md(text)
        if len(plain) < 3 or NEGATIVE_TEXT.search(plain) or CONTACT_START.match(plain):
            return None
        cue = _first_cue(plain)
        if kind != "need":
            if not cue:
                return None
            return {"title": _with_event(cue[1], section), "body": plain, "with_intro": False}
        if GENERIC_MONEY.search(plain) and not cue:
            return None
        lead = _bold_lead(text)
        if lead:
            title = shorten(lead[0])
        elif cue:
            title = cue[1]
        else:
            title = shorten(plain)
        return {"title": title, "body": plain}

    # -- one paragraph
    def _paragraph(self, text: str, kind: str, section: Section) -> list[dict[str, Any]]:
        plain = _strip_md(text)
        if plain.endswith(":") or CONTACT_START.match(plain):
            return []
        inline = INLINE_LIST.match(plain)
        if inline and not NEGATIVE_TEXT.search(plain):
            # "Our wish list: bags, a rice cooker, and gift cards" -> one need per item.
            parts = re.split(r",\s*(?:and\s+|or\s+|y\s+|o\s+)?|;\s*", inline.group("items"))
            found = [{"title": shorten(p), "body": plain, "with_intro": False}
                     for p in parts if len(p.strip(" .")) >= 3]
            if len(found) > 1:
                return found
        cue = _first_cue(text)
        if cue:
            if GENERIC_MONEY.search(cue[0]):
                return []
            title = cue[1] if kind == "need" else _with_event(cue[1], section)
            return [{"title": title, "body": plain, "with_intro": False, "tldr": cue[0]}]
        first = _sentences(plain)[0] if plain else ""
        # The need is stated first; later sentences add conditions ("groups are welcome").
        if kind != "need" or NEGATIVE_TEXT.search(first) or GENERIC_MONEY.search(plain):
            return []
        lead = _bold_lead(text)
        if lead and len(lead[0].split()) <= 8:
            return [{"title": shorten(lead[0]), "body": plain, "with_intro": False}]
        welcome = WELCOME_ITEMS.match(plain)
        if welcome:
            # "Large-print puzzle books and playing cards are always welcome."
            return [{"title": shorten(welcome.group("obj")), "body": plain, "with_intro": False}]
        label = LABEL_PARAGRAPH.match(plain)
        if (label and len(label.group("label").split()) <= 5
                and label.group("label").split()[0].lower() not in ROLE_STOP_START):
            last = re.findall(r"[\w'’-]+", label.group("label"))[-1:] or [""]
            if ROLE_NOUN.match(last[0]):
                # "Clothing closet sorters: help us sort …" -> a role titled by its label.
                return [{"title": shorten(label.group("label")), "body": plain,
                         "with_intro": False}]
        if first.endswith("?"):
            return []
        if IMPERATIVE_START.match(first) or _role_start(first):
            return [{"title": shorten(first), "body": plain, "with_intro": False}]
        return []
