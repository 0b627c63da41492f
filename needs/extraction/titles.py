"""Titles: the thing needed from one sentence, bounded and clean; urgency from wording."""

from __future__ import annotations

import re

from needs.extraction.classify import is_generic_heading, is_need_heading
from needs.extraction.kinds import kind_of
from needs.extraction.lexicon import (
    _I,
    CONDITION_TEXT,
    CUE_POST,
    CUE_PRE,
    CUE_SUBJECT_NEEDS,
    DATE_WORDS,
    GENERIC_CORE,
    GENERIC_MONEY,
    HIGH,
    IF_GIVE_CUE,
    LOW,
    MULTI_CUE,
    NEGATIVE_ITEM,
    NEGATIVE_TEXT,
    NEWS_HEADING,
    QUESTION_CUE,
    ROLE_CONNECTORS,
    ROLE_NOUN,
    ROLE_STOP_START,
    SENTENCE_SPLIT,
    SO_SHORT_ON,
    STOPWORDS,
    TIME_GENERIC_HEADING,
    TITLE_LIMIT,
    URGENCY_WORDS_IN_TITLE,
    URGENT,
)
from needs.extraction.sections import Section, _strip_md

# --------------------------------------------------------------------------- titles


def sentence_case(text: str) -> str:
    """An ALL-CAPS title in sentence case ("HOME-DELIVERED MEAL DRIVERS" -> "Home-delivered
    meal drivers"); any other text as it is."""
    return text[:1] + text[1:].lower() if text.isupper() else text


# A cue's or ask's object that is only a time ("… looking for right now"): no thing named.
_TIME_ONLY = re.compile(r"(?i)(?:right\s+)?now|today|this\s+(?:week|month|year)|at\s+the\s+moment"
                        r"|ahora|hoy"
                        # v31: "lo que nos hace falta en este momento"
                        r"|(?:en\s+este|por\s+el)\s+momento|ahora\s+mismo|actualmente|hadda|hiện\s+nay"
                        r"|this\s+(?:season|winter|spring|summer|fall)"
                        # v33: "right now" in Hmong, Oromo, Amharic, Arabic, Vietnamese
                        r"|tam\s+sim\s+no|amma|አሁን|حاليا|حالياً|الآن|bây\s+giờ")


def _until_clause(obj: str) -> str:
    """The thing, not the clause after it: "… robotics club since Mr. Jensen retired; if you
    know …", "… van driver for weekend outings; we pay …"."""
    return re.split(r"\s*[;]\s*|\s+(?:since|because|so\s+that|porque|ya\s+que)\s+", obj,
                    maxsplit=1)[0]


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in SENTENCE_SPLIT.split(text) if s.strip()]


_CLAUSE_BREAK = re.compile(r"\s(?:to|from|on|at|in|so|before|after|during|with|by|until)\s", _I)
# v42: not inside a phrasal verb ("… who can build and look after a simple bilingual website")
V42_ASKS = True
_PHRASAL_BREAK = re.compile(r"(?<!\blook)(?<!\blooks)(?<!\blooking)(?<!\btake\scare)"
                            + _CLAUSE_BREAK.pattern, _I)


def _bound(text: str, limit: int = TITLE_LIMIT) -> str:
    """Bound a title, preferring to cut before a trailing clause ("… from Maplewood to …")."""
    text = text.strip()
    if len(text) <= limit:
        return text
    breaks = [m.start() for m in (_PHRASAL_BREAK if V42_ASKS else _CLAUSE_BREAK).finditer(
        text[: limit + 1])
              if m.start() >= 25 and not text[m.start() - 1].isdigit()]
    if breaks:
        return text[: breaks[-1]]
    return text[:limit].rsplit(" ", 1)[0]


# v40: a dash inside brackets joins a pair ("Interpreters (Afaan Oromoo – English) at the
# hospital"); only a dash outside them starts a trailing clause
V40_DASHES = True


def _before_dash(text: str) -> str:
    """``text`` up to its first dash-led clause (" — ", " – ", " - ") outside brackets."""
    for dash in re.finditer(r"\s+[—–]\s+|\s+-\s+", text):
        before = text[:dash.start()]
        if not V40_DASHES or before.count("(") <= before.count(")"):
            return before
    return text


def shorten(text: str, enumeration: bool = False) -> str:
    """A title-sized phrase: first sentence, no trailing clause after a dash, bounded.
    ``enumeration`` (v21) keeps a list joined by "và", "iyo", "thiab", "fi" … whole."""
    text = _strip_md(text)
    text = _sentences(text)[0] if text else text
    text = _before_dash(text)
    gloss = re.match(r"([^()]+?)\s*\(([^()]+)\)", text) if V49_CUES else None
    if len(text) > 50 and not (gloss and _glossed(gloss.group(1), gloss.group(2)) and not re.search(
            r"[.!?။၊]\s*$", gloss.group(1))):  # (a name's gloss, not a sentence's translation)
        # (v49: not the English gloss of a Karen name, "သရၣ်သိၣ်… (Math tutor for …)")
        text = re.sub(r"\s*\([^)]*\)", "", text)
    head, sep, _ = text.partition(": ")
    if sep and len(head) >= 12:
        text = head  # "Items for hygiene kits: soap, …" -> "Items for hygiene kits"
    head, sep, rest = text.partition(", ")
    # Cut a trailing ", Monday to Thursday" but keep an enumeration ("hats, mittens and …").
    if sep and len(head) >= 12 and not re.search(
            r"\b(?:and|or|y|o|e)\b" + (r"|\b(?:và|hoặc|iyo|ama|thiab|fi|yookaan|ወይም)\b|ና\s|\sو"
                                     if enumeration else ""), rest[:60]):
        text = head
    text = URGENCY_WORDS_IN_TITLE.sub("", text)
    text = re.sub(r"^(?:a|an|the|some)\s+", "", text.strip(), flags=_I)
    text = re.sub(r"^(?:donations|donaciones)\s+(?:of|de)\s+", "", text, flags=_I)
    text = _bound(text).rstrip(" .,;:!—–-")
    return text[:1].upper() + text[1:]


_TIME_GIFT = re.compile(r"(?:an?\s+|one\s+|some\s+|your\s+|few\s+|a\s+couple\s+(?:of\s+)?)?"
                        r"(?:free\s+|spare\s+)?(?:hours?|minutes?|time|afternoons?|evenings?"
                        r"|mornings?|days?|tiempo|horas?)(?:\s+or\s+(?:two|three|so|more))?"
                        r"(?:\s+(?:a|per|each|every)\s+\w+)?"
                        r"[\s.!?]*$", _I)


# v42: "Our elders also need English conversation partners": the people the organization
# serves, in the plural, need something (not "you need", "they need a ride home")
_PLURAL_SUBJECT_NEED = re.compile(
    r"^(?P<subj>our\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+s)\s+(?:also\s+|still\s+|really\s+|urgently\s+)*"
    r"need\s+(?!to\b|your\b|you\b)(?P<obj>.+)$", _I)


# v49: "… need(s) one more quilter", "needs two more drivers": short by a count, any subject
# (not "you need one more stamp", nor the past "needed")
_NEEDS_MORE = re.compile(
    r"(?<!\byou\s)(?<!\bi\s)\bneeds?\s+(?:just\s+|only\s+|still\s+)?(?:one|two|three|four|five|six"
    r"|a\s+few|a\s+couple(?:\s+of)?|\d{1,2})\s+more\s+(?P<obj>[^\W\d][^.!?;]{2,80})", _I)


_SOMEONE_TO = re.compile(r"(?i)^(?:could|can|would|will)\s+(?:someone|anyone|somebody|anybody)\s+"
                         r"(?:please\s+)?(?P<task>[^\W\d_][^?]{4,120})\?$")
_GENERIC_TASK = re.compile(r"(?i)(?:help|volunteer|come|join|sign\s+up|tell|let|explain|answer"
                           r"|share|recommend|suggest|remind|confirm|check)\b")


def someone_asked(sentence: str) -> bool:
    """v59: a polite question that asks someone for a task it names ("Could someone sit with
    Don on Thursday afternoons, 1 to 4, so Marlene can …?")."""
    someone = _SOMEONE_TO.match(_strip_md(sentence).strip())
    return bool(someone) and len(someone.group("task").split()) >= 3 and not (
        GENERIC_CORE.match(someone.group("task")) or _GENERIC_TASK.match(someone.group("task"))
        or NEGATIVE_TEXT.search(sentence))


def cue_core(sentence: str) -> str | None:
    """The thing needed, if the sentence states a need; None otherwise."""
    sentence = _strip_md(sentence)
    if not sentence or NEGATIVE_TEXT.search(sentence):
        return None
    if sentence.endswith("?"):
        question = QUESTION_CUE.match(sentence)
        someone = _SOMEONE_TO.match(sentence) if V52_ASKS and not question else None
        if someone and someone_asked(sentence):
            # v52: "Could someone watch my kids at the hall that morning?" (a neighbour's post)
            return shorten("Someone to " + someone.group("task").strip(" ?¿"))
        if not question:
            return None
        core = sentence[question.end():].strip(" ?¿")
        if re.match(r"(?i)(?:also\W*|and\s+)?(?:is\s+there\s+)?(?:anyone|anybody|someone)",
                    sentence):
            core = f"someone {core}"  # "Anyone with a snowblower?" -> "Someone with …"
        if question.group("give") or question.group("dar"):
            core = re.sub(r"^(?:a\s+few|some|an?|any|your)\s+", "", core, flags=_I)
        if not core or GENERIC_CORE.match(core) or len(core.split()) > 25:
            return None
        if (question.group("give") or question.group("dar")) and _TIME_GIFT.match(core):
            return None  # "Can you spare a few hours?": an appeal for time, no need named
        return shorten(core)
    give = IF_GIVE_CUE.search(sentence)
    if give:
        obj = next(g for g in give.groups() if g)
        obj = re.sub(r"^(?:any\s+of\s+these\s+|any\s+|some\s+)", "", obj.strip(), flags=_I)
        if obj and not GENERIC_CORE.match(obj) and not GENERIC_MONEY.search(obj) and not (
                re.fullmatch(r"(?i)(?:it|them|this|these|that|those|one|any)", obj)):
            return shorten(obj)
    subject = CUE_SUBJECT_NEEDS.match(sentence) or (
        _PLURAL_SUBJECT_NEED.match(sentence) if V42_ASKS else None)
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
        if not core or GENERIC_CORE.match(core) or GENERIC_MONEY.search(core) or (
                _TIME_ONLY.fullmatch(core.strip(" .!"))):
            return None
        return shorten(core)
    more = _NEEDS_MORE.search(sentence) if V49_CUES else None
    if more and not GENERIC_CORE.match(more.group("obj")):
        # v49: "The ladies need one more quilter to help finish the border": a count short
        # of what is needed, whoever needs it
        core = shorten(more.group("obj").strip())
        return core[:1].upper() + core[1:]
    post = CUE_POST.match(sentence)
    if post and V49_CUES and re.search(r"(?i)(?:^|\s)(?:not|no\s+longer|never)$",
                                       post.group("obj").strip()):
        post = None  # v49: "Not needed" (a card's state), "… is no longer needed"
    if post and V51_ASKS and re.search(r"(?i)(?:^|\s)(?:if|when|as|where|whenever)$",
                                       post.group("obj").strip()):
        post = None  # v51: "… and send an interpreter if needed": a condition, no ask
    if post and re.search(r"(?i)\b(?:has|have|had|has\s+been|have\s+been|had\s+been)$",
                          post.group("obj").strip()):
        post = None  # "Since the spring she has needed dialysis": a verb, not "X needed" (v15)
    if post:
        obj = post.group("obj").strip()
        obj = re.sub(r"^(?:urgent|important|help wanted)\s*:\s*", "", obj, flags=_I)
        rest = post.group("rest").strip()
        glossed = re.match(r"\)\s*:\s*([^,.;]{4,80})", rest) if V45_ASKS and obj.count(
            "(") > obj.count(")") else None
        if glossed:
            # v45: "ပလိၣ်ဘၣ် ပှၤမၤစၢၤ (Helpers wanted): set up tables and tents …": the ask is
            # glossed in English; the thing is after the colon
            thing = glossed.group(1).strip()
            return shorten(thing[:1].upper() + thing[1:])
        when_task = _dated_task(obj, rest)
        if when_task:
            return shorten(f"{obj} {when_task.group('task').strip()}")
        extra = re.match(r"^((?:for|to|on|at|in|this|next)\b[^.:;—–!]*)", rest, _I)
        core = obj + (" " + extra.group(1).strip() if extra else "")
        if GENERIC_CORE.match(obj):
            # "Volunteers needed for sizing and fitting" names the task after the noun.
            detail = re.match(r"^((?:with|for|to|con|para)\b[^.:;!]*)", rest, _I)
            if not detail:
                return None
            core = f"{obj} {detail.group(1).strip()}"
        return shorten(core)
    return None


# "We need your help", "the following things are needed:" in the other languages served: an
# appeal or a list's announcement, never a need of its own.
MULTI_APPEAL = re.compile(
    r"\bgargaars\w*|\bcaawi\w*|\bkaalmo\w*|\bkev\s+pab\b|\bgiúp\s+đỡ|\bhỗ\s+trợ|\bsự\s+giúp"
    r"|\bsoo\s+socda\b|\bhoos\s+ku\s+qoran|\bsau\s+đây\b|\barmaan\s+gadii\b|እርዳታ|የሚከተሉት"
    r"|مساعدت|التالية|الآتية|:\s*$"
    # "volunteers and donations": the whole of what the organization takes, an appeal
    r"|(?:mutadaw\w*|tola\s+ool\w*|متطوع\w*|በጎ\s*ፈቃደ\w*|tình\s+nguyện\w*|pab\s+dawb)"
    r"\s+(?:iyo|fi|و|እና|và|thiab|and)\s",
    _I,
)


# "Hiikaa afaanii: …", "Peb xav tau: …": a sentence's short label before a colon
_SENTENCE_LABEL = re.compile(r"^([^:.!?]{3,50}):\s+\S")


def multi_core(sentence: str, *, loose: bool = False) -> str | None:
    """The thing needed in a sentence stating a need in another language served.

    The wording around the need is not parsed; the thing is the sentence's bold phrase
    ("نبحث عن **متطوعين لتوصيل الطعام** …"), else its label ("Hiikaa afaanii: …"), else
    the sentence itself, shortened.
    """
    plain = _strip_md(sentence)
    if (not plain or plain.endswith(("?", "؟")) or NEGATIVE_TEXT.search(plain)
            or not MULTI_CUE.search(plain)):
        return None
    bold = re.search(r"(?:\*\*|__)(.+?)(?:\*\*|__)", sentence)
    if bold and len(bold.group(1).split()) <= 8 and len(bold.group(1).strip()) >= 3:
        return shorten(bold.group(1))
    vietnamese = _VI_NEEDS_THING.search(plain) if V51_ASKS else None
    if vietnamese and not _SENTENCE_LABEL.match(plain):
        # v51: "Lớp tiếng Việt sáng Chủ nhật cần thêm giáo viên dạy lớp 2 (các em 7–8 tuổi)":
        # the thing follows the verb (Vietnamese puts the object after "cần")
        return shorten(vietnamese.group("obj").strip())
    label = _SENTENCE_LABEL.match(plain)
    if label and len(label.group(1).split()) <= 6:
        thing = _after_cue_label(label.group(1), plain[label.end(1) + 1:]) if V30_ASKS else ""
        return thing or shorten(label.group(1))
    if not loose or MULTI_APPEAL.search(plain):
        return None
    return shorten(plain)


# v51: Vietnamese "need more" / "now need" / "we need" / "need to find", then the thing (my
# own reading of the grammar: the object follows the verb)
_VI_NEEDS_THING = re.compile(r"(?i)(?<!không\s)(?:cần\s+thêm|đang\s+cần|rất\s+cần|chúng\s+tôi\s+cần"
                             r"|cần\s+tìm)\s+(?:\d+\s+)?(?P<obj>[^\W\d][^.,;:!?()]{3,60})")


# v48: what "(Help we need now)" leaves after "we need": a time, not a thing
_TIME_WORDS = frozenset("now today tonight right away asap soon still too also again more urgently "
                       "immediately this week month ahora hoy ya pronto urgente".split())


# v52: a day, a time and a place before the task: " Monday, December 16, 6–8 pm in the
# parish hall to wrap the gifts …" (the words before " to " carry a weekday, a month or a time)
_WHEN_THEN_TASK = re.compile(
    r"(?i)^\s*,?\s*(?:on\s+|this\s+|next\s+|every\s+)?(?=[^.!?;]{0,80}?\b(?:mon|tues|wednes|thurs"
    r"|fri|satur|sun)days?\b|[^.!?;]{0,80}?\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)\b)"
    r"[^.!?;]{0,80}?\s(?P<task>to\s+[^\W\d_][^.:;!]*)")


_CREW_WORD = re.compile(r"(?i)(?:\d{1,2}\s+|more\s+|extra\s+|a\s+few\s+)?"
                        r"(?:volunteers?|helpers?|people|hands|folks)")


def _dated_task(obj: str, rest: str) -> re.Match | None:
    """v52: the task of "Volunteers needed Monday, December 16, 6–8 pm … to wrap the gifts":
    a crew (``obj``) asked for, then its day and hour, then "to …" (``rest``)."""
    obj = obj.strip()
    if not V52_ASKS or not (GENERIC_CORE.match(obj) or _CREW_WORD.fullmatch(obj)) or re.match(
            r"(?i)\s*(?:with|for|to|con|para)\b", rest):
        return None
    return _WHEN_THEN_TASK.match(rest)


def dated_crew_ask(sentence: str) -> bool:
    """v52: a crew asked for outright, with its day and its task -- stated, not left to the
    model."""
    post = CUE_POST.match(_strip_md(sentence))
    return bool(post and not NEGATIVE_TEXT.search(sentence)
                and _dated_task(post.group("obj"), post.group("rest")))


def _sentence_cue(sentence: str, loose: bool = False) -> str | None:
    core = cue_core(sentence) or multi_core(sentence, loose=loose)
    if not core and V51_ASKS and ": " in sentence:
        # v51: "… también buscamos a alguien que sepa cortar el pelo: muchos niños …, y el año
        # pasado la fila era larguísima": the ask before the colon, the past only after it
        head = _strip_md(sentence).split(": ", 1)[0].strip()
        if len(head.split()) >= 4 and not NEGATIVE_TEXT.search(head):
            core = cue_core(head + ".") or multi_core(head + ".", loose=loose)
    words = set(re.findall(r"[^\W\d_]+", core.casefold())) if core else set()
    if core and V48_CUES and words and words <= _TIME_WORDS:
        return None  # (not "12" from "We still need 12.": a count, no words at all)
    return core


def _first_cue(text: str) -> tuple[str, str] | None:
    """(sentence, core) of the first sentence stating a need."""
    for sentence in _sentences(text):
        core = _sentence_cue(sentence)
        if core:
            return sentence, core
    return None


# Words two different needs may share: they do not make a sentence repeat an earlier need.
_SHARED = frozenset(
    "with who that this these more some someone anyone people folks help helpers volunteer "
    "volunteers can could would will your you our from into about also need needed needs are "
    "few couple one two three four five each every week weeks month months day days monday "
    "tuesday wednesday thursday friday saturday sunday saturdays sundays morning mornings "
    "evening evenings afternoon afternoons hours hour time times new used good great other "
    "willing able".split()
    # v41: the glue of a Spanish ask ("alguien que sepa …", "una persona que pueda …")
    + "que quien quienes alguien persona personas sepa sepan pueda puedan para".split()
)


def _need_words(text: str) -> set[str]:
    return _content_words(text) - _SHARED


def _all_cues(text: str, seen_words: set[str] | None = None,
              loose: bool = False) -> list[tuple[str, str]]:
    """(sentence, core) of every sentence stating a distinct need, in order.

    A later sentence counts when its core shares no content word with an earlier core or
    with ``seen_words`` (the heading's), so "We need drivers. Drivers are needed on
    Tuesdays." stays one need while a newsletter's "Also, we are looking for a web designer"
    is another.  ``loose`` (under a need heading) takes a sentence in another language
    without a bold phrase or a label as its own title.
    """
    out: list[tuple[str, str]] = []
    words = set(seen_words or ())
    for sentence in _sentences(text):
        core = _sentence_cue(sentence, loose)
        if not core:
            continue
        core_words = _need_words(core)
        if out and not (core_words and another_need(core, words, [c for _, c in out])):
            continue
        out.append((sentence, core))
        words |= core_words
    return out


def another_need(core: str, words: set[str], earlier: list[str]) -> bool:
    """``core`` is not one of the ``earlier`` needs: it shares no word with them, or asks
    for another kind of help ("winter coats" then "volunteers to sort coats")."""
    if not (_need_words(core) & words):
        return True
    if not earlier:
        return False
    kind = kind_of(core)
    return kind in ("volunteer", "donation") and all(kind_of(e) != kind for e in earlier)


def _bold_lead(text: str) -> tuple[str, str] | None:
    # (v48: after a status mark or emoji, "🟢 **Barsiisaa Afaan Oromoo** — …")
    match = re.match(r"^\s*(?:[^\w\s*_~\[(]{1,3}\s+)?(?:\*\*|__)(.+?)(?:\*\*|__)"
                     r"\s*[—–:.-]?\s*(.*)$", text)
    if not match:
        return None
    lead = match.group(1).strip().rstrip(".:")
    gloss = re.match(r"\(([^()]{4,60})\)\s*[—–:.-]?\s*", match.group(2)) if V59_GLOSS else None
    if gloss and not re.search(r"[A-Za-z]", lead) and len(
            re.findall(r"[A-Za-z]", gloss.group(1))) >= 4:
        # v59: "**ပှၤဖီတၢ်အီၣ် မုၢ်ဒဲး** (Sunday lunch cooks) — 3 ဂၤ": a name in a script
        # most readers cannot read keeps the English gloss set after its bold
        return f"{lead} ({gloss.group(1).strip()})", match.group(2)[gloss.end():]
    return (lead, match.group(2)) if len(lead) >= 3 else None


V59_GLOSS = True


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


V30_GOAL_HEADINGS = True
_GOAL_LABEL = re.compile(r"(?i)(?:(?:this|next)\s+(?:year|month|week|season)['’]?s\s+|our\s+)?"
                         r"(?:goal|target)")


def _glossed(name: str, gloss: str) -> bool:
    """``name`` is written in the Myanmar script (Karen, Burmese) and ``gloss`` in Latin
    letters: a translation in brackets (v40)."""
    return bool(re.search(r"[\u1000-\u109f]", name)) and not re.search(
        r"[A-Za-z]{3,}", name) and len(re.findall(r"[A-Za-z]", gloss)) >= 4


V44_DESIGNATOR = True
_DESIGNATOR = re.compile(r"(?i)(?:route|shift|site|team|room|class(?:room)?|group|crew|station"
                         r"|zone|area|bus|van|table|line|grade|section|level|floor|wing|ward|unit"
                         r"|building|hall|stop|ruta|turno|sal[oó]n|piso"
                         r"|grupo|equipo)\s*(?:#|no\.?\s*)?\d{1,3}[a-z]?\b")


def clean_heading(heading: str) -> str:
    """An event heading without its date: "Harvest Giveaway — Saturday, Oct 12" -> name."""
    parts = re.split(r"\s+[—–]\s+|\s+-\s+|:\s+(?=\d)", heading, maxsplit=1)
    name = parts[0]
    if V30_GOAL_HEADINGS and len(parts) > 1 and _GOAL_LABEL.fullmatch(name.strip()):
        # v30: "This year's goal: 350 frozen turkeys by November 20": the goal names it
        return re.sub(r"(?i)\s+(?:by|before|until|through)\s+.*$", "", parts[1]).strip(" :—–-")
    if len(parts) > 1 and ((not DATE_WORDS.search(parts[1]) and len(parts[1].split()) <= 4) or (
            # v44: "Meals on Wheels drivers - Route 3 (east side & lakeshore)": a numbered
            # route, shift or room tells the need from its siblings ("- Route 1")
            V44_DESIGNATOR and _DESIGNATOR.match(parts[1]))):
        name = heading
    gloss = re.search(r"\s*\(([^)]*)\)\s*$", name)
    if not (V40_DASHES and gloss and _glossed(name[:gloss.start()], gloss.group(1))):
        # (v40: "ပှၤမၤစၢၤဖီကဘျံၣ် (Kitchen helpers)": a name in the Myanmar script keeps its
        # English gloss, the only words of it most readers and the matcher can read)
        name = re.sub(r"\s*\([^)]*\)\s*$", "", name)
    name = re.sub(r",?\s+\b(?:19|20)\d{2}\b$", "", name)
    return name.strip(" :—–-")


def _content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[\w'-]+", text.lower()) if w not in STOPWORDS and len(w) > 2}


# A heading that appeals to the reader and names no role or event (v21): "Help your
# neighbors", "Support our families", "Serve the community".
APPEAL_HEADING = re.compile(r"(?i)^(?:help|support|serve|join|welcome|thank|feed|love|care\s+for)"
                            r"\s+(?:your|our|the|local|us|a)\b")


# v25: a heading that asks the reader for a thing by naming it ("Got standing dead timber?",
# "Have a spare chest freezer?", "¿Tiene una bicicleta?", "Ma haysaa baaskiil?", "Koj puas
# muaj lub tsheb?", "Bạn có xe đạp cũ không?"): the thing is the need's name.
_THING_QUESTION = re.compile(
    r"^\W*(?:(?:got|have|has|do\s+you\s+have|does\s+anyone\s+have|anyone\s+(?:got|have))"
    r"|tiene[ns]?|tienes|ma\s+haysaa|ma\s+haysataa|koj\s+puas\s+muaj|bạn\s+có"
    # "Could you be our web helper?", "Are you our next treasurer?", "¿Puede ser nuestro …?"
    r"|(?:could|can|would|will)\s+you\s+be\s+(?:our|the)(?:\s+(?:next|new))?"
    r"|are\s+you\s+our\s+(?:next|new)|puede[ns]?\s+ser\s+nuestr[oa]s?"
    # v28: "Can you build (or fix) a website?", "Could you sew curtains?"
    r"|(?:can|could|would)\s+you\s+(?:help\s+)?(?:build|fix|repair|make|sew|knit|bake|donate|lend"
    r"|spare|loan)(?:\s+\((?:or|and)\s+\w+\))?)\s+"
    r"(?:(?:an?|any|some|spare|extra|un|una|unos|unas|ib\s+\w+)\s+)*"
    r"(?P<thing>[^?¿؟]{3,40}?)(?:\s+không)?\s*[?؟]$", re.IGNORECASE)
V25_QUESTIONS = True


_LETTER_HEADING = re.compile(
    r"(?i)^(?:an?\s+)?(?:letter|note|message|word|update)\s+from\b|^from\s+(?:the\s+|our\s+)?(?:director"
    r"|pastor|president|imam|chair|desk|office|coordinator)\b|\b[\w.]+['’]s\s+(?:corner|column"
    r"|letter|note|message|desk)\b|^dear\s+(?:friends|members|neighbors)\b"
    # v56: the same in the languages served: Somali "Salaan / Farriin ka timid agaasimaha"
    # (greetings / a message from the director), "Carta / Mensaje del pastor", Hmong "Lus los
    # ntawm …", "Thư của / Lời chào từ …", Oromo "Ergaa … irraa", "كلمة المدير", "رسالة من"
    # (outside Spanish: my own wordings)
    r"|^(?:salaan|farriin|fariin|warqad)\s+(?:ka\s+)?(?:timid|ka\s+timid)\b"
    r"|^(?:carta|mensaje|nota|palabras)\s+(?:de|del)\s+(?:la\s+|el\s+|nuestr[oa]\s+)?"
    r"(?:director|directora|pastor|presidente|presidenta|coordinador|coordinadora|padre)\b"
    r"|^lus\s+los\s+ntawm\b|^(?:thư|lời\s+(?:chào|ngỏ))\s+(?:của|từ)\b|^ergaa\b[^.]{0,30}\birraa\b"
    r"|^(?:كلمة|رسالة)\s+(?:من\s+)?(?:ال)?(?:مدير|رئيس|إمام)")


def repeats_ancestor_heading(section: Section) -> bool:
    """The section's heading says again a heading above it, as a banner repeats the page's own
    name ("## GRACE CHAPEL" under "# Grace Chapel") (v49)."""
    own = clean_heading(section.heading or "").casefold()
    return bool(own) and any(clean_heading(a.heading or "").casefold() == own
                             for a in section.ancestors())


def _with_event(core: str, section: Section) -> str:
    """Prefix the event name when a need sentence sits under a specific event heading."""
    heading = section.heading
    thing = _THING_QUESTION.match(heading or "") if V25_QUESTIONS else None
    if thing and not re.match(r"(?i)(?:questions?|time|minutes?|hours?|you|your|preguntas|dudas"
                              r"|tiempo|muốn|thắc\s+mắc|su'aal\w*|lus\s+nug)\b",
                              thing.group("thing")):
        # (not "Have questions?", "Got a minute?", "Have you heard …?", "¿Tiene preguntas?")
        name = thing.group("thing").strip()
        name = name[:1].upper() + name[1:]
        if _content_words(core) <= _content_words(name):
            return name  # "Could you be our web helper?" over "a volunteer web helper"
        return f"{name}: {core[:1].lower()}{core[1:]}"  # "Got tools?" over "a table saw …"
    if (
        not heading
        or APPEAL_HEADING.match(clean_heading(heading))
        or (V21_ASKS and NEWS_HEADING.search(heading))  # "Winter update: …" names no event
        or section.level < 2
        or is_need_heading(heading)
        or is_generic_heading(heading)
        or TIME_GENERIC_HEADING.search(heading)
        # v49: a letter's or column's heading ("A Letter from Marlys, Director") names no event
        or (V49_CUES and _LETTER_HEADING.search(clean_heading(heading)))
        # v49: the page's own name said again as a banner ("KAREN COMMUNITY CHURCH OF BIRD
        # ISLAND" under "# Karen Community Church of Bird Island")
        or (V49_CUES and repeats_ancestor_heading(section))
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




# --------------------------------------------------------------------------- ask objects

# The first person asking, where the thing asked for follows the verb (v15): "we are
# seeking …", "we are short on …", "necesitamos …", "nos estamos quedando sin …", "waxaan
# raadinaynaa …", "peb xav tau …", "chúng tôi đang thiếu …", "نبحث عن …", "نحتاج إلى …".
_ASK_BEFORE_OBJECT = re.compile(
    r"\bwe(?:'re|’re|\s+are|\s+will|'ll|’ll)?\s+(?:(?:urgently|also|still|really|currently|now|desperately"
    r"|always|very|running|almost|only|just|mostly|especially|badly)\s+)*(?:need|seeking|looking\s+for|recruiting"
    r"|lack(?=\s+(?:is|are|a|an|someone|somebody|people)\b)"  # v39: "One thing we still lack is …"
    r"|searching\s+for|short\s+(?:on|of)|out\s+of|low\s+on)\s+"
    r"|\b(?:necesitamos|buscamos|estamos\s+buscando|estamos\s+(?:cortos|escasos)\s+de"
    r"|nos\s+(?:estamos\s+quedando\s+sin"
    r"|hace[n]?\s+falta|falta[n]?)|nos\s+quedamos\s+sin)\s+"
    r"|\bwaxaan\s+(?:u\s+)?(?:baahan\w*|raadin\w*|doonaynaa|rabnaa)\s+"
    r"|\bwaxaan\s+(?:aad\s+)?ugu\s+baahan\w*\s+"  # v44
    r"|\bpeb\s+(?:(?:tseem|kuj|yeej)\s+)?(?:xav\s+tau|nrhiav|tab\s+tom\s+nrhiav|tsis\s+muaj\s+txaus)"
    r":?\s+"  # (v35: "Peb tseem tsis muaj txaus: ntaub pua chaw, …")
    r"|(?:chúng\s+tôi|hội|chùa|trung\s+tâm|nhà\s+thờ)\s+(?:(?:đang|rất|hiện|vẫn|cũng|còn)\s+)*"
    r"(?:cần(?:\s+(?:tìm|thêm|gấp))?|tìm|thiếu)\s+|\b(?:cũng\s+xin(?:\s+thêm)?|xin\s+thêm)\s+"
    # v45: a sentence that opens with the ask: "Cần 6 người dọn dẹp hội trường …" (6 people
    # needed to clean the hall)
    r"|^\W*cần\s+(?:thêm\s+|gấp\s+)?(?=(?:\d+|một|hai|ba|bốn|năm|vài|mấy)\s|người\s|tình\s+nguyện)"
    # v49: the same in Hmong: "Xav tau 2 tus neeg tsav tsheb …", "Xav tau ib tug niam txiv …"
    r"|^\W*xav\s+tau\s+(?=(?:\d+|ib|ob|peb|plaub|tsib)\s+(?:tus|leej|tug)\s|neeg\s)"
    # v31: "Thư viện … hiện đang thiếu sách"
    r"|(?<!\w)(?:hiện\s+)?đang\s+(?:rất\s+)?(?:cần|thiếu|tìm(?:\s+kiếm)?)\s+"  # (v36: "đang tìm")
    r"|(?:نحن\s+)?و?(?:نحتاج(?:\s+(?:أيضا[ًا]?|كذلك))?(?:\s+إلى)?|نبحث(?:\s+(?:أيضا[ًا]?|كذلك))?\s+عن"
    r"|ينقصنا(?:\s+حاليا[ًا]?)?"  # (v39: "ونبحث أيضاً عن …")
    r"|(?:قد\s+)?نفد(?:ت)?\s+(?:لدينا|منا|عندنا"
    r"|مخزوننا(?:\s+تمام[اًا]+)?\s+من))\s+"  # v45: "نفدت لدينا …" (we have run out of)
    r"|\b" + SO_SHORT_ON + r"\s*:?\s+"  # v34: Somali "we are short on …" (v56: its forms)
    # v24: "if anyone has spare folding tables, …", "si alguien tiene …"
    r"|\b(?:and\s+)?if\s+(?:anyone|anybody|someone|somebody|you)\s+(?:has|have)\s+(?:an?\s+|any\s+"
    r"|some\s+)?(?=(?:spare|extra|unused|old|working|gently)\b)"
    r"|\bsi\s+alguien\s+tiene\s+(?=\w)"
    # v16: "the role we most need filled is …", a sentence that opens "Seeking: …"
    r"|\b(?:role|position|thing|item|help|person)\s+we\s+(?:most\s+|really\s+)?need(?:\s+filled)?"
    r"(?:\s+(?:right\s+)?now)?\s+is\s+"
    r"|^(?:now\s+|also\s+)?(?:seeking|wanted|needed|se\s+busca[n]?|buscamos)"
    # (v39: "Also seeking:", "Wanted for the quilters:")
    r"(?:\s+for\s+(?:the\s+|our\s+)?[^\W\d_][\w'’ -]{2,30}?)?\s*:\s*"
    r"|(?:^|[,;]\s*)(?:please\s+)?become\s+an?\s+(?!(?:volunteer|member|donor|sponsor|friend"
    r"|partner|monthly)\b)"
    # v31: "Right now our Saturday youth soccer program needs two assistant coaches"
    r"|\b(?:our|the)\s+(?:[\w'’-]+\s+){0,3}(?:program|team|pantry|shelf|cent(?:er|re)|clinic|club"
    r"|ministry|school|library|kitchen|garden|choir|class|committee|crew|shelter|mosque|church"
    r"|temple|congregation)\s+(?:(?:still|also|urgently|really|badly|now|currently)\s+)?needs\s+"
    r"(?!(?:your|you|us|our|to|help|support|funding|money|more\s+money|prayers?)\b)"
    # "The retreat can only happen if we find two adults willing to chaperone …"
    r"|\b(?:only\s+)?if\s+we\s+(?:can\s+)?find\s+(?=(?:an?|one|two|three|four|five|\d{1,2}|some|more"
    r"|someone|people|volunteers?|adults?)\b)"
    # "The committee is collecting gently used strollers and baby carriers"
    # v32: "she would like 40 sturdy tote bags", "We would like to stock it with large-print
    # books", "our coach would love two more goal nets"
    r"|\b(?:we|she|he|our\s+[\w-]+)\s+(?:would|['’]d)\s+(?:really\s+)?(?:like|love)\s+"
    r"(?:to\s+(?:stock|fill|furnish|equip)\s+(?:it|them|the\s+[\w-]+)\s+with\s+)?"
    r"(?!(?:to|you|your|everyone|all|it|that|this|more\s+info|hearing|(?:the|some|any)\s+help|help"
    r"|an?\s+(?:call|note|text|message|line|visit|word|e-?mail))\b)"  # (v39: "would love a call")
    r"|\b(?:we(?:'re|’re|\s+are)|(?:the|our)\s+(?:[\w'’-]+\s+){0,2}(?:committee|team|group|club"
    r"|ministry|class|youth|pantry|shelf|program)\s+(?:is|are))\s+(?:now\s+|also\s+|again\s+)?"
    r"collecting\s+(?!(?:names|signatures|stories|feedback|data|again|now|soon|them|it|these"
    r"|those|for|in|at|on|next|this|until)\b)",
    re.IGNORECASE)
# A story's ask in the third person (v15): "She would be grateful for a neighbor who could
# drive her", "He would love a patient neighbor who …", "the family still has no couch, no
# dishes and no vacuum".
STORY_OBJECT = re.compile(
    r"\b(?:would\s+(?:(?:really|so|very)\s+)?(?:love|appreciate|welcome|be\s+(?:so\s+|very\s+"
    r"|really\s+)?(?:grateful|thankful)\s+for)(?!\s+(?:to|your|any|(?:the|some)\s+help|help|an?\s+(?:call|note|text|message|line"
    r"|e-?mail|visit|word)|hearing)\b)|(?:still\s+)?(?:has|have)\s+"  # (v39: "would love a call")
    r"(?=no\s))\s*",
    re.IGNORECASE)
# A story's need as the subject of what it would do (v16): "A set of bunk beds and a dresser
# would let each of them …", "A kitchen table with chairs … would change their winter"; and
# "He asked us for a volunteer budget coach who …".
STORY_SUBJECT = re.compile(
    r"^(?P<obj>[^.!?;]{3,90}?)\s+would\s+(?:let|change|make|mean|allow|give|brighten|turn|transform)\b"
    # v17: what runs out ("Pads and tampons run out fast", "Toallas sanitarias … se acaban
    # muy rápido", "… waa ay dhammaadaan")
    r"|^(?P<short>[^.!?;]{3,90}?)\s+(?:(?:always|quickly)\s+)?(?:run\s+out|go\s+(?:fast|quickly)"
    r"|se\s+(?:nos\s+)?acaba[n]?|se\s+terminan|hết\s+nhanh)\b"
    r"|\b(?:he|she|they|the\s+family)\s+(?:has\s+|have\s+)?asked\s+(?:us\s+)?for\s+(?P<asked>.+)",
    re.IGNORECASE)


# A role or thing named as the subject of the good it would do (v19): "A nurse, EMT or
# paramedic who could give us one Tuesday evening a month … would make a real difference", "A
# grant writer with a few free hours a month would be a gift".
WOULD_ASK = re.compile(
    r"(?i)^(?P<obj>(?:an?|one|two|some|someone|somebody|anyone"
    r"|new|used|gently\s+used|clean|warm)\b[^.!?;]{3,160}?)\s+would\s+"  # v25: "New or …"
    r"(?:(?:really|truly|also)\s+)?(?:make\s+a\s+(?:real\s+|big\s+|huge\s+|world\s+of\s+)?difference"
    # v25: "… winter boots … would keep them safe on the ice"
    r"|keep\s+(?:them|him|her|kids|children|families|elders|seniors)\s+(?:safe|warm|dry|fed)"
    r"|be\s+(?:a|an)\s+(?:(?:real|huge|big|great)\s+)?(?:gift|godsend|blessing|help|lifesaver"
    r"|answer\s+to\s+(?:our\s+)?prayers?)|mean\s+(?:the\s+world|so\s+much|a\s+lot)"
    r"|help\s+(?:us\s+)?(?:enormously|so\s+much|a\s+lot|hugely))\b")


# v52: "A volunteer who knows small engines or pumps could save us a season of headaches"
_COULD_ASK = re.compile(
    r"(?i)^(?P<obj>(?:an?|one|two|some|someone|somebody|anyone)\b[^.!?;]{3,160}?)\s+(?:could|would)"
    r"\s+(?:really\s+)?(?:save\s+(?:us|the\s+\w+|our\s+\w+)|make\s+a\s+(?:real\s+|big\s+|huge\s+)?"
    r"difference|be\s+(?:a|an)\s+(?:(?:real|huge|big|great)\s+)?(?:gift|godsend|blessing|help|lifesaver))\b")


def would_ask(sentence: str) -> str:
    """The role or thing a "would make a real difference" sentence asks for, or ""."""
    match = WOULD_ASK.match(_strip_md(sentence).strip()) if V19_QUESTIONS else None
    if not match and V52_ASKS:
        match = _COULD_ASK.match(_strip_md(sentence).strip())
    if not match or NEGATIVE_TEXT.search(match.group("obj")):
        return ""
    obj = re.split(r"(?i)\s+(?:who|that|which|with|to)\s+|,\s+(?:who|that)\s+",
                   match.group("obj"), maxsplit=1)[0]
    if re.search(r"(?i)\b(?:adults?|person|people|someone|somebody|anyone|volunteers?|helpers?"
                 r"|hands?|one)$", obj) or (V52_ASKS and re.search(
                     r"(?i)\b(?:neighbou?rs?|friends?|members?|parents?|retirees?|students?)$",
                     obj)):
        obj = shorten(match.group("obj"))  # "A second adult who can help run practice …"
    obj = re.sub(r"(?i)^(?:an?|one|some)\s+", "", obj).strip(" ,")
    if len(re.findall(r"[^\W\d_]", obj)) < 4 or GENERIC_CORE.match(obj):
        return ""
    return obj[:1].upper() + obj[1:]


# A household's need told in the third person, in the languages served (v21; the
# non-English wordings are the authors' best effort from dictionaries): "They need two beds",
# "Necesitan dos camas", "les hace falta …", "no tienen …", "Gurigooda ma laha sariiro …",
# "waxay u baahan yihiin …", "Tsev neeg no xav tau …", "tsis muaj …", "Gia đình cần …",
# "يحتاجون إلى …".  Only read under a heading that names a household.
HOUSEHOLD_NEEDS = re.compile(
    r"\bwhat\s+(?:would|will|could)\s+help(?:\s+(?:them|her|him))?(?:\s+(?:right\s+)?now|\s+most)?"
    r"\s*(?:is|are|:)\s*|(?:^|\b(?:they|the\s+family|the\s+household|he|she|the\s+kids|the\s+children)\s+)"
    r"(?:(?:still|really|urgently|also|badly)\s+)?(?:needs?|lacks?|could\s+(?:really\s+)?use"
    r"|(?:is|are)\s+(?:missing|without))\s+"
    r"|\b(?:(?:todav[ií]a|a[uú]n|también|urgentemente)\s+)?(?:necesita[n]?|les\s+hace[n]?\s+falta"
    r"|les?\s+har[ií]a[n]?\s+(?:mucha\s+)?falta"  # v45: "Les harían mucha falta dos cunas …"
    r"|les\s+falta[n]?|no\s+tiene[n]?|busca[n]?(?=\s+(?:a\s+)?alguien))\s+(?:a\s+(?=alguien))?"
    r"|\bwaxa(?:y|uu|ay)\s+u\s+baahan\s+(?:yihiin|yahay|tahay)\s+|\b(?:ma|uma|aanay)\s+"
    r"(?:laha(?:an)?|haysta(?:an|o)?)\s+"
    r"|\b(?:(?:tseem|kuj)\s+)?(?:xav\s+tau|tsis\s+muaj|yuav\s+tsum\s+tau)\s+"
    r"|\b(?:gia\s+đình|họ|các\s+cháu|cụ|bà|ông|bác)\s+(?:(?:đang|rất|vẫn|còn)\s+)*(?:cần|thiếu|không\s+có)\s+"
    r"|(?:يحتاجون|تحتاج|يحتاج)\s+(?:إلى\s+)?|(?:ليس\s+لديهم|لا\s+يملكون)\s+"
    r"|(?:ينقصهم|ينقصها|ينقصه)\s+",  # v39: "they lack …"
    re.IGNORECASE)
# The same in the verb-final languages: the things come before the verb ("አልጋዎች፣ ብርድ
# ልብሶችና … ያስፈልጋቸዋል", "… isaan barbaachisa", "… hin qaban").
HOUSEHOLD_NEEDS_AFTER = re.compile(
    r"\s+(?:ያስፈልጋቸዋል|ያስፈልጓቸዋል|ያስፈልገዋል|ያስፈልጋታል|የላቸውም|የለውም|የላትም|isaan\s+barbaachisa"
    r"|isa\s+barbaachisa|ishee\s+barbaachisa|hin\s+qaban|hin\s+qabu|hin\s+qabdu|barbaadu"
    r"|barbaada|barbaaddi)(?:\s*[.!።]?\s*$|\s*[,;]\s)",  # v31: "… hin qaban, lafa irra ciisu"
    re.IGNORECASE)


# v34: a story's closing ask put as a condition on the reader, in the languages served: "If
# you have a used fridge …", "Haddii aad haysato sariiro …", "إذا كان لديكم ثلاجة …", "Yog koj
# muaj …", "Nếu quý vị nào có thể chở bác …", "Yoo … qabaattan" (object first), "… ሊሰጡ
# የሚችሉ ካሉ" (object first).  (Authors' best effort outside English and Spanish.)
IF_YOU_HAVE = re.compile(
    r"\bif\s+(?:you|anyone|someone|anybody)\s+(?:(?:has|have)(?:\s+got)?|can\s+(?:give|spare"
    r"|lend|donate|offer))\s+|\bsi\s+(?:usted|alguien|tienes|ustedes)\s+(?:tiene[ns]?\s+|puede[ns]?\s+"
    r"(?:dar|donar|prestar)\s+)?|\bhaddii\s+(?:aad|ay)\s+(?:haysato|haysataan|leedahay|hayso)\s+"
    r"|إذا\s+كان\s+(?:لديك[مم]?|عندك[مم]?)\s+|\byog\s+(?:koj|nej|leej\s+twg)\s+muaj\s+"
    r"|\bnếu\s+(?:quý\s+vị|anh\s+chị|bạn|ai)(?:\s+nào)?\s+(?:có\s+thể\s+)?(?:có\s+)?"
    # v58: "Ai có tủ lạnh cũ còn tốt xin liên lạc …" (whoever has a good used fridge, please
    # call …), "Anyone with a spare …, please", "Quien tenga …": whoever has it, then the ask
    r"|^\W*(?:(?:nếu\s+)?(?:ai|người\s+nào|quý\s+vị\s+nào)\s+có(?!\s+(?:thể|xin|vui)\b)"
    r"|anyone\s+(?:who\s+has"
    r"|with)|quien\s+tenga)\s+",
    re.IGNORECASE)
IF_YOU_HAVE_AFTER = re.compile(r"\s+(?:qabaattan|qabdan|qabdu|ሊሰጡ\s+የሚችሉ\s+ካሉ|ያላችሁ\s+ካላችሁ"
                               r"|ካላችሁ|ካለዎት)\b", re.IGNORECASE)


def conditional_ask(sentence: str) -> str:
    """The thing a story's "if you have …" sentence asks for, or "" (v34)."""
    plain = _strip_md(sentence).strip()
    if not plain or plain.endswith(("?", "؟")):
        return ""
    match = IF_YOU_HAVE.search(plain)
    if match:
        obj = re.split(r"\s*[,،;]\s*|\s+(?:aad\s+bixin|you\s+(?:could|can|would)|to\s+(?:give|spare"
                       r"|lend|donate)|that\s+you|please|thov|xin|fadlan|نرجو|بحالة)\b", plain[
                           match.end():], maxsplit=1)[0]
    else:
        after = IF_YOU_HAVE_AFTER.search(plain)
        if not after:
            return ""
        obj = " ".join(plain[:after.start()].split()[-6:])
        obj = re.split(r"[:;،,።፤]\s*", obj)[-1]
    obj = re.sub(r"(?i)^(?:a|an|the|some|any|un|una|ib\s+lub|ib\s+tug)\s+", "", obj.strip())
    obj = shorten(obj, enumeration=True)
    if len(re.findall(r"[^\W\d_]", obj)) < 4 or re.match(
            r"(?i)(?:any|questions?|time|a\s+moment|one\s+of\s+these|these|them|it)\b", obj):
        return ""
    return obj[:1].upper() + obj[1:]


# v47: "(he has no) way to get there", "(no) manera de llegar": how, not what -- the story
# names what it asks for elsewhere ("If you can drive a player …")
_HOW_NOT_WHAT = re.compile(r"(?i)(?:way|ways|means|manera|forma)\s+(?:to|of|de)\b")


def household_ask(sentence: str) -> str:
    """What a household's story says it lacks or needs, or "" (v21)."""
    plain = _strip_md(sentence).strip()
    if not plain or plain.endswith(("?", "؟")) or NEGATIVE_TEXT.search(plain):
        return ""
    match = HOUSEHOLD_NEEDS.search(plain)
    if V34_ASKS and not match and not HOUSEHOLD_NEEDS_AFTER.search(plain):
        return conditional_ask(plain)
    if match:
        obj = _until_clause(plain[match.end():])
        obj = re.split(r"(?i)\s+(?:so\s+that|para\s+que|si\s+puede|if\s+you|kom|để|si|haddii)\s+",
                       obj, maxsplit=1)[0]
    else:
        after = HOUSEHOLD_NEEDS_AFTER.search(plain)
        if not after:
            return ""
        obj = " ".join(plain[:after.start()].split()[-8:])
        if V31_ASKS and ": " in obj:
            obj = obj.rsplit(": ", 1)[1]  # "… duwwaa dha: siree, minjaala fi teessoo"
    obj = re.sub(r"(?i)^(?:a|an|the|some|any|ib\s+lub|ib\s+tug|un|una|unos|unas)\s+", "", obj)
    obj = shorten(obj, enumeration=True)  # "nệm, chăn mền, nồi cơm điện và …" stays whole
    if len(re.findall(r"[^\W\d_]", obj)) < 4 or GENERIC_CORE.match(obj) or re.match(
            r"(?i)(?:help|ayuda|gargaar|kev\s+pab|your|you|to|que|in)\b", obj) or (
            # v47: "he has no way to get there": how, not what (the story asks it later)
            V47_ASKS and _HOW_NOT_WHAT.match(obj)):
        return ""
    return obj[:1].upper() + obj[1:]


def story_ask(sentence: str) -> str:
    """The thing a story's sentence says its household lacks or asked for, or ""."""
    plain = _strip_md(sentence).strip()
    if STORY_OBJECT.search(plain):
        return ask_object(plain)
    match = STORY_SUBJECT.search(plain)
    if not match or NEGATIVE_TEXT.search(plain):
        return ""
    obj = (match.group("obj") or match.group("asked") or match.group("short") or "").strip()
    obj = re.sub(r"(?i)^(?:a\s+set\s+of|a\s+few|an?|some|the|one|two)\s+", "", obj)
    obj = shorten(_until_clause(obj))
    if len(re.findall(r"[^\W\d_]", obj)) < 4 or re.match(
            r"(?i)(?:it|this|that|your|you)\b", obj) or (V47_ASKS and _HOW_NOT_WHAT.match(obj)):
        return ""
    return obj[:1].upper() + obj[1:]


# ... and where it closes the sentence (Oromo, Amharic, Somali "… ayaan u baahanahay").
_ASK_AFTER_OBJECT = re.compile(
    r"\s+(?:(?:ni\s+)?barbaanna|barbaadna|nu\s+barbaachisa|ni\s+barbaachisa"
    r"|nu\s+hir['’]?at(?:eera|e|a)"  # v44: Oromo "… nu hir'ateera" (we have run short of …)
    r"|barbaada"  # v44: Oromo "waajjirri keenya … nama … beeku … barbaada" (our office seeks …)
    r"|(?:ayaan|baan)\s+(?:u\s+)?(?:baahan\w*|raadin\w*)|እንፈልጋለን|ያስፈልገናል|ያስፈልጉናል"
    r"|ትፈልጋለች|ያስፈልጋታል)"  # v47: "ቤተ ክርስቲያናችን … ባለሙያ ትፈልጋለች" (our church seeks …)
    # (v24: or before the Somali purpose clause: "Mutadawiciin ayaan u baahanahay si ay u …")
    r"(?:\s*[.!።]?\s*$|(?<=\w)(?=\s+si\s+(?:ay|uu|aan|aad|ay\s+u|loo)\b)"
    r"|(?<=\w)(?=:\s+\S)"  # v40: "Tola ooltota 20 barbaanna: ga'eessota, …"
    r"|(?<=\w)(?=;\s+\S)"  # v44: "… barbaada; ji'atti sa'aatii lama qofa"
    r"|(?<=\w)(?=,\s+\S))", re.IGNORECASE)  # v49: "… ni barbaachisa, meeshaa nuti bitna"


# "If you are a licensed plumber and could take a look …": the role asked for (v17).
# v35: "If anyone with refrigeration experience has a free afternoon", "if someone who knows
# Excel could …": the person asked for
IF_ANYONE_WITH = re.compile(
    r"(?i)\bif\s+(?:anyone|someone|anybody|somebody)\s+(?P<who>(?:with|who\s+(?:knows?|has|does"
    r"|speaks?|can|is\s+(?:handy|good|skilled)\s+(?:with|at|in))"
    r"|handy\s+with|good\s+(?:at|with)|skilled\s+(?:at|in|with)|experienced\s+(?:in|with)"  # v39
    r")\s+[^,.;()]{3,50}?)\s+(?:has|have|can|could|would|is|wants|might)\b")
V39_ASKS = True
# v39: a newsletter's conditional ask for a task or a skill, in the languages served:
# "If someone can set up a simple bulletin template on the church computer …" -> "Someone to
# set up a simple bulletin template …"; "If you have grant-writing experience and could …" ->
# "Someone with grant-writing experience"; "If spreadsheets and basic bookkeeping don't scare
# you" -> "Someone at ease with spreadsheets …"; "si alguien sabe de diseño gráfico y puede
# …" -> "Alguien que sepa de diseño gráfico"; "yog leej twg paub kho computer, thov hu …"
# -> "Ib tug neeg paub kho computer" (Hmong: my own wording, from dictionaries).
IF_SOMEONE_CAN = re.compile(
    r"(?i)\bif\s+(?:anyone|someone|anybody|somebody)\s+(?:out\s+there\s+)?(?:can|could"
    r"|would\s+be\s+able\s+to|is\s+able\s+to)\s+(?P<task>(?!help\b|do\s+it\b|come\b|give\b|spare\b"
    r"|donate\b|lend\b)[^,.;()?]{8,70}?)(?:\s+(?:and|or|before|by|this|next|so|please|we|for\s+us)\b|\s*[,.;?]|$)")
# v44: "If anyone out there understands printers and home networks and could give Elmer an
# afternoon" -> "Someone who understands printers and home networks"
V44_ASKS = True
V45_ASKS = True
_KAREN_HELPERS = frozenset({"ပှၤမၤစၢၤ", "ပှၤမၤစၢၤတၢ်", "ပှၤ"})  # helpers (low confidence)
IF_ANYONE_KNOWS = re.compile(
    r"(?i)\bif\s+(?:anyone|someone|anybody|somebody)\s+(?:out\s+there\s+|here\s+|reading\s+this\s+)?"
    r"(?P<verb>understands|knows(?:\s+(?:about|how\s+to))?|is\s+good\s+with|is\s+comfortable\s+with)\s+"
    r"(?P<skill>[^,.;()]{3,50}?)\s*(?:,\s*)?(?:and|,)\s+(?:could|can|would|has|might|is\s+willing)\b")
# v44: "A volunteer who knows WordPress could help us …"; Vietnamese "Nếu quý vị có thể dạy …,
# xin liên lạc" (if you can teach …, please get in touch); Arabic "إن كانت لديك خبرة في …" (if
# you have experience in …) -- the Vietnamese and Arabic are my own wordings
VOLUNTEER_WHO_COULD = re.compile(
    r"(?i)\b(?:a|one|any)\s+volunteer\s+who\s+(?P<verb>knows|understands|speaks|has)\s+"
    r"(?P<skill>[^,.;()]{3,40}?)\s+(?:could|can|would)\s+(?:help|make|do|fix|set)\b"
    # v47: "Volunteers who speak English fluently could sit with a small group …"
    r"|(?:^|(?<=[.!?]\s))(?:volunteers|people|someone|anyone)\s+who\s+(?P<verb2>know|knows"
    r"|understand|understands|speak|speaks|have|has)\s+(?P<skill2>[^,.;()]{3,40}?)\s+(?:could|can)"
    r"\s+(?:help|sit|come|teach|tutor|drive|make|do|fix|set|give|lead|read|talk|spend)\b")
NEU_QUY_VI = re.compile(
    r"(?i)\bnếu\s+(?:quý\s+vị|bạn|anh\s+chị|ai)\s+(?P<verb>có\s+thể|biết)\s+"
    r"(?P<task>[^,.;]{3,50}?)"
    r"\s*,\s*(?:xin|vui\s+lòng|hãy)\s+(?:liên\s+(?:lạc|hệ)|gọi|báo)")
IN_KANAT_KHIBRA = re.compile(r"(?:إن|إذا)\s+كان(?:ت)?\s+لديك\s+خبرة\s+في\s+"
                             r"(?P<skill>[^،,.؟]{2,30}?)\s*(?:[،,]|\s+ف)")
IF_YOU_HAVE_SKILL = re.compile(
    r"(?i)\bif\s+you\s+(?:have|bring)\s+(?:some\s+|any\s+)?(?P<skill>[^,.;()]{3,40}?)\s+(?P<noun>experience"
    r"|skills?|background|know-how)\b")
IF_NOT_SCARED = re.compile(
    r"(?i)\bif\s+(?P<skill>[^,.;()]{3,50}?)\s+(?:don['’]t|doesn['’]t|do\s+not|does\s+not)\s+"
    r"(?:scare|frighten|intimidate)\s+you\b")
IF_ALGUIEN_SABE = re.compile(
    r"(?i)\bsi\s+(?:alguien|usted|tú|tu)\s+(?P<verb>sabe[s]?(?:\s+de)?|tiene[s]?\s+experiencia\s+en"
    r"|conoce[s]?\s+de)\s+(?P<skill>[^,.;()]{3,40}?)\s*(?:,|\s+y\s|\s+o\s|$)")
IF_LEEJ_TWG = re.compile(
    r"(?i)\byog\s+(?:muaj\s+)?(?:leej\s+twg|koj)\s+(?P<verb>paub|txawj|muaj\s+peev\s+xwm)\s+"
    r"(?P<skill>[^,.;()]{3,40}?)\s*(?:,|\s+thov\s|\s+ces\s|\s+los\s|$)")


def conditional_skill(plain: str) -> str:
    """The task or skill a conditional ask names (v39), "" when none."""
    if not V39_ASKS:
        return ""
    can = IF_SOMEONE_CAN.search(plain)
    if can and not GENERIC_CORE.match(can.group("task")) and not re.search(
            r"(?i)\b(?:us|out|it|them|this|that|more)\s*$", can.group("task")):
        return _bound(f"Someone to {can.group('task').strip()}")
    knows = IF_ANYONE_KNOWS.search(plain) if V44_ASKS else None
    if knows:
        return _bound(f"Someone who {knows.group('verb').lower()} {knows.group('skill').strip()}")
    skill = IF_YOU_HAVE_SKILL.search(plain)
    if skill and not re.match(r"(?i)(?:an?|the|any|some)\s*$", skill.group("skill")):
        return _bound(f"Someone with {skill.group('skill').strip()} {skill.group('noun').lower()}")
    scared = IF_NOT_SCARED.search(plain)
    if scared:
        return _bound(f"Someone at ease with {scared.group('skill').strip()}")
    sabe = IF_ALGUIEN_SABE.search(plain)
    if sabe:
        verb = sabe.group("verb").lower()
        lead = ("Alguien que sepa de" if verb.startswith("sabe") and verb.endswith("de")
                else "Alguien que sepa" if verb.startswith("sabe")
                else "Alguien con experiencia en")
        return _bound(f"{lead} {sabe.group('skill').strip()}")
    if V44_ASKS:
        who = VOLUNTEER_WHO_COULD.search(plain)
        if who and who.group("verb"):  # "A volunteer who knows WordPress could help us …"
            return _bound(f"Volunteer who {who.group('verb').lower()} {who.group('skill').strip()}")
        if who:  # v47: "Volunteers who speak English fluently could sit with …"
            return _bound(f"Volunteers who {who.group('verb2').lower()} "
                          f"{who.group('skill2').strip()}")
        neu = NEU_QUY_VI.search(plain)
        if neu:  # "Nếu quý vị có thể dạy sáng Chủ nhật, xin liên lạc …"
            return _bound(f"Người {neu.group('verb').lower()} {neu.group('task').strip()}")
        khibra = IN_KANAT_KHIBRA.search(plain)
        if khibra:  # "إن كانت لديك خبرة في السباكة" (if you have experience in plumbing)
            return _bound(f"شخص لديه خبرة في {khibra.group('skill').strip()}")
    twg = IF_LEEJ_TWG.search(plain)
    if twg:
        return _bound(f"Ib tug neeg {twg.group('verb').lower()} {twg.group('skill').strip()}")
    if V40_ASKS:
        versed = IF_ANYONE_HAS_EXPERIENCE.search(plain)
        if versed:
            return _bound(f"Someone with experience {versed.group('prep').lower()} "
                          f"{versed.group('skill').strip()}")
        willing = IF_WILLING_TO_HELP.search(plain)
        if willing and not GENERIC_CORE.match(willing.group("task")):
            return _bound(f"Help with {willing.group('task').strip()}")
        fix = IF_YOU_COULD_FIX.search(plain)
        if fix:
            return _bound(f"Someone to {fix.group('task').strip()}")
        lend = ASKING_WHETHER_LEND.search(plain)
        if lend:
            obj = lend.group("obj").strip()
            return _bound(obj[:1].upper() + obj[1:])
    know_how = IF_YOU_KNOW_HOW.search(plain)
    if know_how:  # v58: "If you know how to service a sewing machine, we'd be grateful …"
        return _bound(f"Someone who knows how to {know_how.group('task').strip()}")
    offer = offer_then_contact(plain) if V47_ASKS else ""
    if offer:
        return offer
    return ""


# v58: "If you know how to service a sewing machine, we'd be grateful for an afternoon …"
IF_YOU_KNOW_HOW = re.compile(
    r"(?i)\bif\s+(?:you|anyone|someone|somebody)\s+(?:knows?|understands?)\s+how\s+to\s+"
    r"(?P<task>[^,.;()?]{4,60}?)\s*(?:[,.;]|$|\s+(?:and|or|we|please)\b)")


# v47: a conditional offer followed by a call to get in touch, in the languages served: "If
# you have a truck and can drive to Fairmont on Tuesdays, call the office", "Si tiene una
# cuna en buen estado, por favor avísenos", "Haddii aad haysato …, fadlan nala soo xiriir",
# "Yog koj muaj …, thov hu …", "Nếu quý vị có …, xin liên lạc …", "إذا كان لديك …، يرجى
# الاتصال", "… ካለዎት እባክዎ … ያነጋግሩ" (Amharic puts "if you have" after the thing). The
# clause is the ask, titled as written. Not "if you need …" (what the organization offers
# its clients), nor questions, nor a wish to volunteer with nothing named (a general appeal).
# (Somali, Hmong, Oromo, Amharic and Arabic wordings are my own, from dictionaries.)
V47_ASKS = True
V48_CUES = True
# v49: "not needed" no cue; "needs one more quilter" from any subject
V49_CUES = True
# v51: a Vietnamese ask whose thing follows "cần thêm" / "đang cần" / "chúng tôi cần", "… if
# needed" as a condition, an ask before a colon whose past is after it
V51_ASKS = True
# v52: "Volunteers needed Monday, December 16, 6–8 pm in the parish hall to wrap the gifts":
# the task after the day, time and place
V52_ASKS = True
V59_ASKS = True  # v59: developed on blind round 59
_IF_OFFER = re.compile(
    r"(?i)(?:^|(?<=[\s,;:]))(?P<clause>(?:if\s+(?:you|anyone|someone|anybody|somebody|your\s+\w+)"
    r"|si\s+(?:usted\s+|alguien\s+|ustedes\s+)?(?=tiene|puede|sabe|conoce|cuenta)"
    r"|haddii\s+(?:aad|uu|ay|qof)|yog\s+(?:koj|nej|leej\s+twg|tus\s+twg)"
    r"|nếu\s+(?:quý\s+vị|bạn|ai|anh\s+chị|cô\s+chú)|yoo\s+(?:isin|ati|namni)"
    r"|(?:إذا|إن|لو)\s+(?:كان\s+لدي|كنت|كانت\s+لدي|استطعت|تستطيع|يمكنك|عندك|لديك))"
    r"[^.;!?።]{6,140}?)\s*[,،፣]\s*"
    r"(?P<contact>(?:please\s+)?(?:call|contact|phone|text|e-?mail|let\s+(?:us|\w+)\s+know|talk\s+to"
    r"|get\s+in\s+touch|see\s+\w+|stop\s+by|reach\s+out|sign\s+up)"
    r"|(?:por\s+favor\s+)?(?:llame|ll[aá]menos|av[ií]se(?:nos|le)?|comun[ií]quese|hable\s+con"
    r"|escr[ií]ba(?:nos)?|p[oó]ngase\s+en\s+contacto)|por\s+favor"
    r"|fadlan|(?:nala\s+)?soo\s+xiriir|wac|thov\s+(?:hu|qhia|tiv\s+tauj|sau)"
    r"|xin\s+(?:liên\s+lạc|gọi|báo|nhắn)|(?:nu\s+)?quunnam\w*|bilbil\w*"
    r"|يرجى|الرجاء|(?:اتصل|تواصل)\w*)")
_AMHARIC_OFFER = re.compile(r"(?P<clause>[^.;!?።]{6,140}?)\s+(?:ካለዎት|ካላችሁ|ከቻሉ|ከቻላችሁ)\s+"
                            r"(?:እባክዎ|እባካችሁ)")
_OFFER_NOTHING = re.compile(
    r"(?i)\b(?:need|needs|needing|necesita|u\s+baahan|xav\s+tau\s+kev\s+pab|cần\s+(?:giúp|trợ)"
    r"|questions?|preguntas?|su'aal|lus\s+nug|thắc\s+mắc|أسئلة|استفسار|ጥያቄ"
    r"|would\s+like\s+to\s+(?:volunteer|help)|want\s+to\s+(?:volunteer|help)|quiere\s+(?:ser\s+voluntari|ayudar)"
    r"|interested|interesad|any\s+time|some\s+time|a\s+few\s+hours"
    # what a client brings: "If you have children in grades 1-5, sign up …", "if you live in …"
    r"|child(?:ren)?|kids?|hijos?|niños|carruur|ubadka|menyuam|con\s+(?:em|cái)|ijoollee|أطفال"
    r"|live|lives|vive[ns]?|reside\w*|qualify|eligible|califica\w*|income|ingresos"
    # a wish to help that names nothing ("if you want to help", "haddii aad rabto inaad gacan
    # ka geysato", "yog koj xav pab"), or a need of the reader's ("… caawimaad u baahato")
    r"|help|helping|ayudar|gacan|caawi\w*|pab|giúp|gargaar\w*|rabt[oa]\w*|xav|baahat\w*"
    r"|muốn|quiere[ns]?|want|wants|wish|would\s+like)\b"
    r"|تحتاج|ትፈልጋ|ያስፈልግዎ|ልጆች"
    # v48: "إذا كنتم تستطيعون المساعدة في أي مما يلي" (if you can help with any of the
    # following): a wish to help, pointing at the list below
    r"|(?<!\w)(?:ال)?مساعدة(?!\w)|(?<!\w)يلي(?!\w)|\bfollowing\b|\bsiguientes?\b")
# v47: the words of an offer's clause that name nothing: "If you own one, or know who does"
_OFFER_GLUE = frozenset(
    "if you your anyone someone anybody somebody have has own owns can could know knows who "
    "does do one it them some any or and a an the to with of for si usted tiene puede sabe "
    "conoce alguien haddii aad yog koj nej nếu quý vị bạn ai có yoo isin".split())


# v47: what the reader would offer: have, own, can, know, speak, drive ("If you get court
# papers, call us" is a service to the reader, not an offer)
_OFFER_VERB = re.compile(
    r"(?i)\b(?:have|has|own|owns|can|could|know|knows|speak|speaks|drive|drives|are\s+(?:an?|able"
    r"|handy|good)|tiene[ns]?|puede[ns]?|sabe[ns]?|conoce[ns]?|cuenta[ns]?|haysat\w*|kart\w*"
    r"|taqaan\w*|ku\s+hadash\w*|leedahay|muaj|paub|txawj|có|biết|qabd\w*|dandeess\w*|beekt\w*)\b"
    r"|لدي|كنت|استطعت|تستطيع|يمكنك|عندك|ካለዎት|ካላችሁ|ከቻሉ|ከቻላችሁ")


def offer_then_contact(plain: str) -> str:
    """The clause of a conditional offer that is then asked for (v47), "" when none."""
    match = _IF_OFFER.search(plain) or _AMHARIC_OFFER.search(plain)
    if not match or not _OFFER_VERB.search(match.group(0)):
        return ""
    clause = match.group("clause").strip(" ,")
    named = [w for w in re.findall(r"[^\W\d_]{3,}", clause.casefold()) if w not in _OFFER_GLUE]
    if _OFFER_NOTHING.search(clause) or len(re.findall(r"[^\W\d_]{3,}", clause)) < 3 or len(
            named) < 2 or re.search(r"(?i)\b(?:one|ones|these|those|them|it|some|any|that|this"
                                    r"|uno|una|estos|estas|esto)\s*$", clause):
        return ""  # (nor "… can donate one": what it points back to is the need)
    return _bound(clause[:1].upper() + clause[1:])


# v40: "If you enjoy writing and would be willing to help with grant applications …" -> "Help
# with grant applications"; "we are asking whether a farm family or business could lend us a
# pickup truck on Friday mornings" -> "Pickup truck"
V40_ASKS = True
IF_WILLING_TO_HELP = re.compile(
    r"(?i)\bif\s+you\s+[^.;?]{3,60}?\s+(?:and\s+)?(?:would\s+be\s+(?:willing|happy|glad)\s+to"
    r"|would\s+like\s+to|want\s+to)\s+help\s+(?:us\s+)?(?:with\s+)?"
    r"(?P<task>(?!it\b|out\b|us\b)[^,.;?()]{6,60}?)(?:\s+(?:over|by|before|during|this|next|in|on)\b"
    r"|\s*[,.;?(]|$)")
IF_ANYONE_HAS_EXPERIENCE = re.compile(
    r"(?i)\bif\s+(?:anyone|someone|anybody|somebody|you)\s+(?:has|have)\s+(?:some\s+|any\s+)?"
    r"experience\s+(?P<prep>with|in|doing)\s+(?P<skill>[^,.;()?]{3,40}?)\s*(?:[,.;?]|\s+(?:and|or|please)\b|$)")
IF_YOU_COULD_FIX = re.compile(
    r"(?i)\bif\s+you\s+[^.;?]{3,60}?\s+and\s+(?:could|can|would\s+be\s+able\s+to|are\s+able\s+to)\s+"
    r"(?P<task>(?:fix|repair|look\s+at|take\s+a\s+look\s+at|service|rebuild|patch|rewire|tune\s+up)"
    r"\s+[^,.;?()]{3,50}?)(?:\s+(?:for\s+us|this|next|before|by)\b|\s*[,.;?(]|$)")
ASKING_WHETHER_LEND = re.compile(
    r"(?i)\bwe(?:['’]re|\s+are)\s+(?:also\s+)?asking\s+(?:whether|if)\s+[^,.;?]{3,60}?\s+"
    r"(?:could|can|would|might)\s+(?:lend|loan|give|donate|spare)\s+(?:us\s+)?"
    r"(?:an?\s+|the\s+|some\s+|their\s+)?(?P<obj>[^,.;?()]{3,50}?)"
    r"(?:\s+(?:on|for|from|to|this|next|during|through|until|by|every)\b|\s*[,.;?(]|$)")
V35_ASKS = True
IF_ROLE = re.compile(r"(?i)\bif\s+you(?:'re|’re|\s+are)\s+an?\s+(?P<role>[^,.;()]{3,50}?)"
                     r"(?:\s+(?:and|who|with|,|that)\b|\s*,\s+or\s+know\b)")  # v30: ", or know one"


IF_ROLE_WILLING = re.compile(
    r"(?i)\bif\s+you(?:'re|’re|\s+are)\s+an?\s+(?P<role>[^,.;()]{3,40}?)\s+(?:who\s+is\s+|who['’]s\s+)?"
    r"(?:willing|able|available|happy|ready|free)\s+to\s+(?P<task>[^,.;()]{3,60}?)"
    r"(?:\s+(?:on|in|at|every|this|next|during|for\s+(?:an?|the)\s+hour)\b|\s*[,.;]|$)")


# v29: "If you have a kitchen table and chairs you could spare, please call …": the thing
V29_ASKS = True
V37_ASKS = True
# v37: "If you work in refrigeration and could take a look …": the reader's trade, asked for
_IF_WORK_IN = re.compile(r"(?i)\bif\s+you\s+(?:work|have\s+worked|worked)\s+(?:in|as\s+an?)\s+"
                         r"(?P<field>[^,.;()]{3,40}?)\s*(?:,\s*)?(?:and|or)\s+(?:could|can|would"
                         r"|might|have)\b")
V31_ASKS = True
IF_SPARE = re.compile(r"(?i)\bif\s+(?:you|your\s+(?:family|household|church|business|company))\s+"
                      r"(?:have|has|own|owns|know\s+of)\s+(?:an?\s+|some\s+|any\s+|the\s+)?"
                      r"(?P<obj>[^,.;?]{3,60}?)\s+(?:(?:that\s+)?(?:you|it|they)\s+"
                      r"(?:could|can|would|might)|you['’]d|to)\s+(?:spare|donate|give\s+away"
                      r"|give\s+(?:to\s+)?(?:us|the\s+\w+)|lend|loan|part\s+with)\b")
# (v48: "If your family has …", "… that you can give to the church")

# v31: "If your business is upgrading and has a used manual pallet jack sitting in a corner,
# we would gladly give it a second life" -> the thing, whoever holds it
IF_HAS_SPARE = re.compile(
    r"(?i)\bif\s+(?:you|your\s+[\w-]+|anyone|anybody|someone|somebody)\s+(?:[^,.;?]{0,40}?\s+and\s+)?"
    r"(?:has|have|owns?)\s+(?:an?\s+|some\s+|any\s+)?(?P<obj>(?:used|spare|extra|old|unused|working"
    r"|gently\s+used)\s+[^,.;?]{3,50}?)(?:\s+(?:sitting|collecting|gathering|lying|in\s+(?:a|the|your)"
    r"|that|which|you)\b[^,.;?]*)?\s*,\s*(?:we|please|our)\b")
# v31: "If you are retired from accounting and could help us pull that grant report together
# over a few afternoons" -> "Help pull that grant report together"
IF_COULD_HELP = re.compile(
    r"(?i)\bif\s+you\s+[^.;?]{3,80}?\s+(?:and\s+)?(?:could|can|would\s+be\s+able\s+to)\s+help\s+"
    r"(?:us\s+)?(?:with\s+)?(?P<task>[^,.;?]{6,60}?)(?:\s+(?:over|by|before|during|this|next|in|on"
    r"|for\s+a\s+few)\b|\s*[,.;?]|$)")

V32_ASKS = True
# v34: a story's "if you have …" ask in the languages served
V34_ASKS = True
_GIVER_NO_LONGER = re.compile(
    r"(?i)\s+(?:that|which)\s+(?:someone|somebody|anyone|you|they|a\s+family|your\s+family)\s+"
    r"(?:no\s+longer\s+(?:needs?|uses?|wants?)|(?:doesn['’]t|don['’]t)\s+(?:need|use|want)(?:\s+anymore)?"
    r"|(?:isn['’]t|aren['’]t)\s+using)\b")

V19_QUESTIONS = True
# v30: the thing a question asks for, without what the reader would do with it
V30_ASKS = True
_WHO_WOULD_GIVE = re.compile(
    r"(?i)\s+(?:that\s+|which\s+)?(?:they|you)\s*(?:['’]d|would|could|can|might|do\s+not"
    r"|don['’]t|no\s+longer|are\s+not|aren['’]t)\b.*$")
# v30: a label that is only the ask ("Ni barbaanna: kompiitara fi printer …", "Peb xav tau:
# neeg paub ua vev xaib …"): the thing follows the colon, up to the next sentence's capital
# (a PDF's text layer runs a heading into its paragraph).
def cue_label_thing(sentence: str) -> str:
    """The thing after a label that is only the ask ("Peb xav tau: neeg paub ua vev xaib …"),
    "" otherwise (v30)."""
    plain = _strip_md(sentence)
    label = _SENTENCE_LABEL.match(plain)
    if not label or len(label.group(1).split()) > 6 or not MULTI_CUE.search(label.group(1)):
        return ""
    return _after_cue_label(label.group(1), plain[label.end(1) + 1:])


def _after_cue_label(label: str, rest: str) -> str:
    residue = MULTI_CUE.sub("", label)
    if V45_ASKS:
        # v45: "ပလိၣ်ဘၣ် ပှၤမၤစၢၤ (Helpers wanted): set up tables …": the label only asks for
        # helpers (its English gloss says so); the thing is after the colon
        residue = re.sub(r"\([^()]*\)", " ", residue)
        if all(_GENERIC_ASK_WORDS.match(t) or t in _KAREN_HELPERS
               for t in re.findall(r"[\w'’]+", residue)):
            residue = ""
    if residue.strip(" :,.-") and not re.fullmatch(
            r"(?i)(?:we|peb|ni|nu|waxaan|chúng\s+tôi)", residue.strip(" :,.-")):
        return ""
    words = []
    for word in re.split(r"\s+", rest.strip()):
        if words and (word[:1].isupper() and not word.isupper()) or len(words) >= 8:
            break
        clean = word.rstrip(".;!?(")
        words.append(clean)
        if clean != word:
            break
    thing = " ".join(w for w in words if w).strip(" ,:")
    return shorten(thing[:1].upper() + thing[1:]) if len(thing) >= 4 else ""


# v21: a negation in a clause before the ask does not cancel it.
V21_ASKS = True
# v25: a condition after the ask's object ("We need more conversation partners — no teaching
# experience needed") does not cancel the ask.
V25_ASKS = True

# An ask put as a question to the reader's household, business or congregation (v19): "Does
# your church, school or business have a gym we could use one evening a week?", "Does anyone
# have a pickup truck we could borrow?" -- not "Do you have questions?" (the reader's own).
QUESTION_ASK = re.compile(
    # v30: after "Also:", and without its verb ("Anyone have a working washer …?")
    r"(?i)^(?:also\s*[:,]?\s*|and\s+)?(?:(?:does|do|could|can|would|will|might)\s+"
    r"|(?=any(?:one|body)\s+(?:have|has|got)\b))(?:your\s+(?:church|school|business|company"
    r"|congregation|family|organi[sz]ation|employer|club|mosque|temple|parish|office|shop|farm"
    r"|union|team|group)\b[^?]{0,50}?|any(?:one|body)(?:\s+out\s+there)?|someone|any\s+of\s+you|any\s+\w+"
    r"\s+(?:owners?|members?|readers?|families))\s+(?:have|has|own|owns|lend|loan|spare|donate|offer"
    r"|know\s+of)\s+(?:an?\s+|some\s+|any\s+|the\s+)?(?P<obj>(?!(?:time|questions?|an?\s+hour"
    r"|a\s+few|experience)\b)[^?]{3,80}?)\s*\?$")


def first_person_ask(sentence: str) -> bool:
    """The sentence asks in the first person, whatever it names ("Mutadawiciin ayaan u
    baahanahay si ay u nadiifiyaan masjidka": we need volunteers to clean the mosque) (v24)."""
    plain = _strip_md(sentence).strip()
    return bool(plain) and not plain.endswith(("?", "؟")) and not NEGATIVE_TEXT.search(plain) and (
        bool(_ASK_BEFORE_OBJECT.search(plain) or _ASK_AFTER_OBJECT.search(plain)))


def ask_object(sentence: str) -> str:
    """What a first-person ask asks for, as a title ("" when the sentence is no such ask):
    "Waxaan raadinaynaa mutadawiciin u akhriya carruurta sheekooyin …" -> "Mutadawiciin u
    akhriya carruurta sheekooyin …"; "… barsiisota Afaan Oromoo ni barbaanna" ->
    "… barsiisota Afaan Oromoo" (its last words, where a verb-final language puts the
    thing itself)."""
    plain = _strip_md(sentence).strip()
    plain = re.split(r"።", plain)[0].strip() if "።" in plain.rstrip("።") else plain
    if V32_ASKS:  # "a chest freezer that someone no longer needs": the giver's, not a refusal
        plain = _GIVER_NO_LONGER.sub("", plain)
    question = QUESTION_ASK.match(plain) if V19_QUESTIONS else None
    if question:
        obj = question.group("obj").strip()
        if V30_ASKS:  # "a 3D printer they'd lend or give us" -> "3D printer"
            obj = _WHO_WOULD_GIVE.sub("", obj).strip() or obj
        obj = shorten(obj)
        return obj[:1].upper() + obj[1:] if len(re.findall(r"[^\W\d_]", obj)) >= 4 else ""
    if not plain or plain.endswith(("?", "؟")):
        return ""
    before = _ASK_BEFORE_OBJECT.search(plain) or STORY_OBJECT.search(plain)
    scope = plain
    if V21_ASKS and before:
        # "Since the Barnum grocery closed, …, and we are short on people who can drive …":
        # a clause before the ask's own says nothing about it (v21).
        cut = max(plain.rfind(sep, 0, before.start())
                  for sep in (", and ", "; ", ", but ", ", so "))
        scope = plain[cut:] if cut > 0 else plain
    if NEGATIVE_TEXT.search(scope) and not (
            V25_ASKS and before and not NEGATIVE_ITEM.search(scope)
            and not re.match(r"(?i)\s*(?:no|any)\s", plain[before.end():])  # "need no drivers"
            and all(m.start() >= before.end() for m in CONDITION_TEXT.finditer(plain))):
        return ""
    spare = IF_SPARE.search(plain) if V29_ASKS and not before else None
    if not spare and not before and V31_ASKS:
        spare = IF_HAS_SPARE.search(plain)
        helping = IF_COULD_HELP.search(plain) if not spare else None
        if helping and not GENERIC_CORE.match(helping.group("task")) and not re.search(
                r"(?i)\b(?:these|those|them|it|this|that|us|out|more|things|anything)\s*$",
                helping.group("task")):  # not "help us buy these"
            task = shorten(helping.group("task").strip())
            return f"Help {task[:1].lower()}{task[1:]}" if len(task) >= 6 else ""
    if spare and not GENERIC_CORE.match(spare.group("obj")):
        obj = shorten(spare.group("obj").strip())  # "If you have a kitchen table … to spare"
        return obj[:1].upper() + obj[1:]
    willing = IF_ROLE_WILLING.search(plain) if V44_ASKS and not before else None
    if willing and not GENERIC_CORE.match(willing.group("role")):
        # v44: "If you are an experienced driver willing to give practice lessons …"
        role, task = willing.group("role").strip(), willing.group("task").strip()
        return _bound(f"{role[:1].upper()}{role[1:]} to {task}")
    role = IF_ROLE.search(plain)
    if role and not before:
        obj = role.group("role").strip()
        return obj[:1].upper() + obj[1:] if len(obj) >= 4 and not GENERIC_CORE.match(obj) else ""
    works = _IF_WORK_IN.search(plain) if V37_ASKS and not before else None
    if works and not GENERIC_CORE.match(works.group("field")):
        # v37: "If you work in refrigeration and could take a look at it, please call Dale"
        return _bound(f"Someone who works in {works.group('field').strip().lower()}")
    anyone = IF_ANYONE_WITH.search(plain) if V35_ASKS and not before else None
    if anyone:  # "If anyone with refrigeration experience has a free afternoon, …" (v35)
        return _bound(f"Someone {anyone.group('who').strip()}")
    skill = conditional_skill(plain) if not before else ""
    if skill:
        return skill
    if before:
        obj = plain[before.end():]
        if re.match(r"(?i)no\s+one\s+to\s", obj):
            obj = "someone " + obj[3:].split(" ", 1)[1]  # "no one to run the club" (v16)
        elif re.match(r"(?i)no\s", obj):
            obj = re.sub(r"(?i)(^|,\s*|\s(?:and|or)\s+)no\s+", r"\1", obj)  # "no couch, no …"
        obj = _until_clause(obj)
        if re.match(r"(?i)(?:in|inaan|that|to|que|para\s+que)\s", obj) or _TIME_ONLY.fullmatch(
                obj.strip(" .!")) or (V47_ASKS and _HOW_NOT_WHAT.match(obj)):
            return ""  # "we want that …", "what we're looking for right now": no thing
        if V30_ASKS:  # "One thing we are short on is signs": the thing after its verb
            obj = re.sub(r"(?i)^(?:is|are|was|were)\s+(?=\S)", "", obj)
        # v31: "two adults — one man and one woman — willing to …": without the aside
        obj = re.sub(r"\s+[—–]\s+[^—–.]{3,40}?\s+[—–]\s+", " ", obj)
        obj = re.sub(r"(?i)\s+for\s+(?:them|him|her|us|it)(?=\s*[.!]?$)", "", obj)  # "… for them"
        if V32_ASKS:  # "… tote bags, and she hopes someone …": the next clause is its own
            obj = re.sub(r"(?i),?\s+and\s+(?:she|he|we|they|I)\s+\w+.*$", "", obj)
        # v31: "we only need one thing: boys' winter jackets" -> the thing after the colon
        obj = re.sub(r"(?i)^(?:one|two|three|a\s+few|a\s+couple\s+of)\s+(?:more\s+)?things?"
                     r"\s*:\s*(?=\S)", "", obj)
        if V59_ASKS:  # v59: "two or three people with strong backs", "2-3 drivers"
            obj = re.sub(r"(?i)^(?:\d{1,3}|one|two|three|four|five|six)\s*(?:or|to|-|–)\s*(?=(?:"
                         r"\d{1,3}|two|three|four|five|six|seven|eight|ten)\s)", "", obj)
        for _ in range(2):  # "a few more", "2 more"
            obj = re.sub(r"(?i)^(?:a|an|the|some|more|two|three|four|five|\d{1,3}|a\s+few"
                         r"|several|thêm|hai|ba|un|una|unos|unas|dos|tres)\s+", "", obj)
        obj = shorten(obj)
    else:
        after = _ASK_AFTER_OBJECT.search(plain)
        if not after:
            return ""
        words = plain[:after.start()].split()
        obj = " ".join(words[-8:]).strip(" ,;:")
        if V39_ASKS:
            # v39: "…; kanaaf abukaatoo tola hojjetu … nu gargaaru barbaanna": the object runs
            # from the clause's start (after ";" or "kanaaf", therefore) up to the verb
            clause = re.split(r"[;:፤]|\bkanaaf(?:uu)?\b|\bammas\b", plain[:after.start()])[-1]
            if 1 <= len(clause.split()) <= 12:
                obj = clause.strip(" ,;:")
        obj = _strip_md(obj)
    if len(re.findall(r"[^\W\d_]", obj)) < 4 or GENERIC_CORE.match(obj) or GENERIC_MONEY.search(
            obj):
        return ""
    if V19_QUESTIONS and all(_GENERIC_ASK_WORDS.match(w) or _AND.fullmatch(w)
                             for w in re.findall(r"[\w'’]+", obj)):
        return ""  # "mutadawiciin iyo deeqo", "volunteers and donations": nothing named
    return obj[:1].upper() + obj[1:]


# Joining and counting words that name nothing ("three more people", "saddex qof oo kale").
_AND = re.compile(r"(?i)and|or|iyo|ama|y|o|e|và|hoặc|fi|yookaan|thiab|los|yog|ና|ወይም|و|أو"
                  r"|\d+|one|two|three|four|five|six|ten|more|other|additional|extra|few|several"
                  r"|kale|oo|laba|saddex|afar|shan|ntxiv|ob|peb|plaub|hai|ba|bốn|năm|nữa|thêm"
                  r"|lama|sadii|afur|dos|tres|cuatro|cinco|más|otr[oa]s?")


# Generic words a heading may use for what it asks for, in the languages served: a heading
# made of an ask and these alone ("Volunteers we need", "Mutadawiciin aan u baahanahay",
# "Peb xav tau neeg pab", "نبحث عن متطوعات") names no one need.
_GENERIC_ASK_WORDS = re.compile(
    r"(?i)^(?:volunteers?|helpers?|help|hands|people|donations?|items?|things|goods|supplies"
    r"|voluntari[oa]s?|ayuda|donaciones|cosas|art[ií]culos|personas"
    r"|mutadaw\w*|deeq\w*|alaab\w*|caawi\w*|qof|dad|waxyaabo"
    r"|neeg|pab|dawb|khoom|kev|peb|tus|cov|tseem|kuj"
    r"|tình|nguyện|viên|người|đồ|dùng|vật|quyên|góp"
    r"|tola|ool\w*|gargaar\w*|kennaa|meeshaal\w*"
    r"|በጎ|ፈቃደኞች|ፈቃደኛ|ልገሳ\w*|እቃዎች|ዕቃዎች"
    r"|متطوع\w*|تبرعات|مساعد\w*|أشياء|إلى|عن"
    r"|we|need|needed|wanted|seeking|our|aan|u|baahan\w*|xav|tau|cần|ni|barbaanna"
    r"|also|more|still|se|necesita\w*|buscamos|necesitamos|tambi[eé]n|m[aá]s|sidoo|kale"
    r"|become|an?|waxaan|waxaa|loo|yahay"
    r"|what|most|right|now|currently|lo|que"  # v31: "What we need (most right now)"
    r"|looking|for"  # v41: "Also looking for"
    r"|እንፈልጋለን|ያስፈልገናል|نحتاج|نبحث|الى"
    r"|الآن|حاليا"  # v51: "تبرعات نحتاجها الآن" (donations we need now)
    r"|hadda|nagu|yar|ينقصنا|حاليا[ًا]?|short|on|low|running|hiện|nay|đang|thiếu"  # v34
    r"|nos|est[aá]n?|acaba\w*|termina\w*|estamos|quedando|sin"  # v39: "Se nos están acabando"
    r"|amma|nu|hir['’]?at\w*"  # v44: Oromo "Amma nu hir'ate" (now we are short)
    # v48: "Halkan ayaan hadda dad uga baahannahay" (here we need people now), "Gargaarsa nu
    # barbaachisu" (help we need), "Nos hace falta" (we lack)
    r"|halkan|ayaan|uga|barbaachis\w*|hace|falta[n]?"
    # v58: "Cần gấp" (needed urgently), "Urgently needed", "Se buscan voluntarios"
    r"|urgent\w*|gấp|khẩn|cấp|degdeg|buscan"
    # v58: "Xagaagan waxaan u baahanahay" (this summer we need), "This winter we need"
    r"|this|summer|winter|spring|fall|autumn|xagaagan|jiilaalkan|bishan|toddobaadkan)$")


def generic_ask_heading(heading: str) -> bool:
    """A heading that is an ask and names nothing in particular: "Volunteers we need",
    "Mutadawac aan u baahannahay", "Peb xav tau neeg pab", "Khoom peb xav tau",
    "በጎ ፈቃደኞች እንፈልጋለን", "نحتاج إلى تبرعات"."""
    words = re.findall(r"[\w'’]+", heading or "")
    if not words or len(words) > 6:
        return False
    return heading_asks(heading) and all(_GENERIC_ASK_WORDS.match(w) for w in words)


def heading_asks(heading: str) -> bool:
    """The heading states an ask ("… we need", "… wanted", "Seeking …", "… ni barbaanna")."""
    return bool(re.search(
        r"(?i)\b(?:we\s+need|needed|wanted|seeking|(?:wax|ay|b)?aan\s+u\s+baahan\w*|xav\s+tau|cần"
        r"|(?:also\s+|still\s+)?looking\s+for$"  # v41: "Also looking for" over the thing
        r"|we(?:'re|’re|\s+are)\s+(?:running\s+)?(?:short|low)\s+on"  # v20
        r"|\b(?:is|are)\s+(?:getting\s+)?low\s+on$"  # v58: "Our food closet is low on"
        r"|barbaanna|barbaachisa|necesitamos|buscamos|se\s+necesita\w*|se\s+busca\w*"
        r"|uga\s+baahan\w*|nu\s+barbaachis\w*|(?:nos\s+)?hace[n]?\s+falta"  # v48
        r"|^ပလိၣ်ဘၣ်"  # v48: Karen "(we) need …" opening a heading (my reading of the word)
        r"|nu\s+hir['’]?at\w*"  # v44: Oromo "Amma nu hir'ate" (now we are short)
        r"|(?:are|is)\s+short[- ]handed|understaffed"  # v44: "Saturday mornings are short-handed"
        r"|^become\s+an?|" + SO_SHORT_ON +  # (v34: Somali "short on"; v56: its forms)
        # v47: "Join the splitting crew", "Únase al equipo de limpieza": a crew's call
        r"|^join\s+(?:the|our)\s+(?:[\w'’-]+\s+){1,3}(?:crew|team|squad|committee)$"
        r"|^[uú]nase\s+al\s+(?:equipo|grupo)\s+de\s+\w+"
        # v39: "Se nos están acabando" (we are running out)
        r"|se\s+nos\s+(?:est[aá]n?\s+)?(?:acaba\w*|termina\w*)|nos\s+estamos\s+quedando\s+sin)\b"
        r"|እንፈልጋለን|ያስፈልጉናል|ያስፈልገናል|نحتاج|نبحث|ينقصنا", heading or ""))
