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
needed", generic "donate online" asks).

When ``EXTRACTION_NEED_MODEL`` is on and the model file ships (``learned.py``), these rule
candidates and extra block candidates (every headed section, list item and sentence) are
judged by a learned need / not-need model over their multilingual embeddings, so wording
the cue lists lack is still read by meaning.  Either way the output is a pure function of
the input: same page, same needs, same order.
"""

from __future__ import annotations

import re
from collections import Counter
from html import unescape as html_unescape
from typing import Any

from django.conf import settings

from needs.extraction import learned
from needs.extraction.base import TITLE_MIN, Extractor, PageInput, derive_tldr
from needs.extraction.classify import (
    _UNPAID,
    PAGE_TODAY,
    TEASER,
    _asks,
    _is_role_section,
    _names_role,
    _only_when,
    fill_heading,
    is_generic_heading,
    is_need_heading,
    is_negative_heading,
    not_a_need,
    page_reference,
    section_kind,
)
from needs.extraction.fill import (
    COVERED_BACK,
    FILL_BADGE,
    FILL_SENTENCE,
    FILL_START,
    FILL_TEXT,
    FULL_COUNT,
    OPEN_BADGE,
    STATUS_WORD,
    other_order_partial,
    without_partial_counts,
)
from needs.extraction.kinds import DONATION_GOODS, SKILLED, fold, names_a_role
from needs.extraction.language import detect_language
from needs.extraction.lexicon import (
    AGENT_NOUN,
    CLIENT_HEADING,
    CONTACT_START,
    CUE_PRE,
    DATE_WORDS,
    DATED_START,
    EMAIL,
    EVENT_TEXT,
    FULL_CELL,
    GENERIC_CORE,
    GENERIC_MONEY,
    HAVE_COLUMN,
    HOST_YOUR_OWN,
    IMPERATIVE_START,
    INLINE_LIST,
    JOB_TEXT,
    LABEL_PARAGRAPH,
    MULTI_CUE,
    MULTI_HEADING_RE,
    NEGATIVE_ITEM,
    NEGATIVE_TEXT,
    NEWS_HEADING,
    PHONE,
    PRIORITY_COLUMN,
    PRIORITY_WORDS,
    REFUSAL,
    ROLE_NOUN,
    ROLE_STOP_START,
    SERVICE_HEADING,
    SERVICE_TEXT,
    SHORTAGE_CUE,
    SO_SHORT_ON,
    SPOTS_COLUMN,
    STILL_NEED,
    STORY_CUE,
    TIME_COLUMN,
    TIME_GENERIC_HEADING,
    TITLE_COLUMNS,
    WEAK_CUE,
    WEEKDAY_NAME,
    WELCOME_ITEMS,
)
from needs.extraction.sections import _MONTH, Block, Section, _strip_md, _walk, parse_sections
from needs.extraction.structure import ASK_BADGE, structured_markdown
from needs.extraction.titles import (
    _ASK_AFTER_OBJECT,
    _ASK_BEFORE_OBJECT,
    _GENERIC_ASK_WORDS,
    _LETTER_HEADING,
    _THING_QUESTION,
    APPEAL_HEADING,
    IF_ANYONE_WITH,
    IF_ROLE,
    IF_SPARE,
    IF_YOU_KNOW_HOW,
    MULTI_APPEAL,
    QUESTION_ASK,
    STORY_OBJECT,
    TITLE_LIMIT,
    _all_cues,
    _before_dash,
    _bold_lead,
    _bound,
    _content_words,
    _first_cue,
    _need_words,
    _role_start,
    _sentence_cue,
    _sentences,
    _until_clause,
    _with_event,
    another_need,
    ask_object,
    clean_heading,
    conditional_ask,
    conditional_skill,
    cue_core,
    cue_label_thing,
    dated_crew_ask,
    first_person_ask,
    generic_ask_heading,
    heading_asks,
    household_ask,
    offer_then_contact,
    repeats_ancestor_heading,
    sentence_case,
    shorten,
    someone_asked,
    story_ask,
    urgency_of,
    would_ask,
)

# Needs the page's structure or wording states outright are kept whatever the learned
# model scores them (see ``HeuristicExtractor.judged``): v12's two kinds (an open row of a
# sign-up count, a heading that is the ask) and v13's (a named need whose own text asks
# for it in the first person; open counts written with a word, "2 disponibles").  Module
# switches so the bench can measure each with and without.
V12_SURE = True
ASK_SURE = True
# v15's titles: a generic ask heading ("Volunteers we need") gives way to what its text asks
# for, and a heading that names a little of it gains the rest.
V15_TITLES = True
# v16's reading: several needs under one generic heading, announced lists, role cards answered
# by an imperative, first-person asks inside plain paragraphs.
V16_TITLES = True
# v17: several bold-led roles in one section, goods enumerated in a paragraph, things that
# "run out fast", Weebly's "not-footer" content box.
V17_TITLES = True
# v19: a table's status column read in free wording ("Covered ✔ (the men's group)", "nobody
# yet — 3 openings", "2 needed most nights"), a count column never taken for the title.
V19_TABLES = True
# v21: households' needs in the third person in the languages served, tables' status words
# in those languages, lists announced by "We are short on:", a money box nested under a need.
V21_TITLES = True
# v22: roles enumerated after "… needs three things:", paid jobs in a need section's
# paragraphs.
V22_TITLES = True
# v23: a role asked for outright inside a program's description ("Volleyball coaches needed
# for the 12U team" under "Our programs"), household stories told under any heading.
V23_TITLES = True

# v24: developed on blind round 24 after v23's one-shot score there.
V24_TITLES = True
# v25: developed on blind round 25 after v24's one-shot score there.
V25_TITLES = True
# v26: developed on blind rounds 26 and 27 after v25's one-shot scores there.
V26_TITLES = True
# v27: a bracketed state line ("[OPEN]") under a card's name is its open badge
V27_TITLES = True
# v28: a question heading names the thing its sentences ask for; a one-phrase answer to
# "What are we short on?" is the need's name
V28_TITLES = True
# v29: a captioned table of things is one wish list; a caption that says they are covered
# gives nothing
V29_TABLES = True
# v29: "If you have … you could spare, please call" states its need (the model does not veto it)
V29_TITLES = True
# v30: a sign-up table by dates is one need, a table of things under a giving heading one wish
# list, a status cell read past its first sentence
V30_TABLES = True
# v30: offers, recaps, wages, board bios and "we can arrange …" are no needs; an "If you are
# an HVAC technician, … please talk to …" beside another ask in a paragraph is a need too
V30_TITLES = True
V31_TITLES = True
V32_TITLES = True
V33_TITLES = True
# v34: developed on blind round 34 after v33's one-shot score there (numbered slot columns, …)
V34_TITLES = True
# v35: developed on blind round 35 after v34's one-shot score there
V35_TITLES = True
# v36: developed on blind round 36 after v35's one-shot score there
V36_TITLES = True
# v37 (developed on round 37): sign-up tables' ticked-off names and write-in lines; a title
# after an "[Open]" badge; bare pronoun titles and slot instructions read from the sentence
V37_TABLES = True
V37_TITLES = True
# v38 (developed on round 38): status cells in free words, paid roles by the event, diaries
V38_TITLES = True
# v39 (developed on round 39): conditional asks for a skill or a task, need-column tables,
# signed-up names counted against the places, and the other changes marked v39
V39_TITLES = True
# v40 (developed on round 40): need-first tables, CMS field labels, paid and filled rows in
# every column, and the other changes marked v40
V40_TITLES = True
# v41 (developed on round 41): the changes marked v41
V41_TITLES = True
# v42: fixes from round 42 (scored blind with v41): a list item's partial count ("2 of 4
# slots filled") leaves it open
V42_TITLES = True
# v43: fixes from round 43 (scored blind with v42): a status cell that is a lone "needed"
# badge in any language served is open, and the other changes marked v43
V43_TITLES = True
# v44: fixes from round 44 (scored blind with v43): a status column read against its open
# rows, a sign-up form's roles, and the other changes marked v44
V44_TITLES = True
# v45: fixes from round 45 (scored blind with v44): the changes marked v45
V45_TITLES = True
# v46: fixes from round 46 (scored blind with v45): the changes marked v46
V46_TITLES = True
# v48: dated notices, paid statuses, item tables as wish lists (see docs/architecture.md)
V48_TITLES = True
# v49: role matrices, who-columns with blank places, board columns in every language, first
# badges, "need one more", gift drives (see docs/architecture.md)
V49_TITLES = True
# v51: fixes from round 51 (scored blind with v50): the changes marked v51
V51_TITLES = True
# v52: fixes from round 52 (scored blind with v51): the changes marked v52
V52_TITLES = True
# v53: fixes from round 53 (scored blind with v52): the changes marked v53
V53_TITLES = True
V54_TITLES = True  # v54: developed on blind round 54 after v53's one-shot score there
V55_TITLES = True  # v55: developed on blind round 55 after v54's one-shot score there
V56_TITLES = True  # v56: developed on blind round 56 after v55's one-shot score there
V57_TITLES = True  # v57: developed on blind round 57 after v56's one-shot score there
V58_TITLES = True  # v58: developed on blind round 58 after v57's one-shot score there
V59_TITLES = True  # v59: developed on blind round 59 after v58's one-shot score there
# A title whose thing is a negation ("Mobile pantry: no sign-up", "Sin cita"), v26.
# (not "No heat: space heaters", a household's story)
_NO_THING_TITLE = re.compile(r"(?i)(?:^|:\s+)(?:no|sin|without)\s+(?:[\w-]+\s+)?(?:sign-?ups?"
                             r"|registration|appointments?|experience|cost|charge|fees?|paperwork"
                             r"|papers|id|cita|inscripci[oó]n|costo|papeles)\b")

# "… needed", "… wanted", "we're looking for …", "seeking …": an outright ask (v23).
_WAYS_TO_HELP = re.compile(r"(?i)^(?:lots\s+of|many|other|more|so\s+many|several|different"
                           r"|plenty\s+of|all\s+kinds\s+of)\s+(?:more\s+)?ways\s+to\s+(?:help"
                           r"|pitch\s+in|give|get\s+involved|serve|volunteer|support)\b"
                           r"|^many\s+hands\s+make\s+light\s+work\b")  # v32
_OUTRIGHT_ASK = re.compile(
    r"(?i)\b(?:needed|wanted)\b|\b(?:we(?:'re|’re)|is|are)\s+(?:still\s+)?(?:looking|searching)"
    r"\s+for\b|\b(?:is|are|we(?:'re|’re))\s+(?:now\s+)?recruiting\b"
    r"|\b(?:seeking|in\s+search\s+of)\b"
    # v31: "Our homework club needs volunteer math tutors"
    r"|\bneeds\s+(?:(?:two|three|four|five|\d{1,2}|more|a\s+few|several)\s+)?volunteer"
    # v42: "We need someone with carpentry experience to …" in a family's story
    r"|\bwe\s+(?:still\s+|also\s+|urgently\s+)?need\s+(?:someone|somebody)\s+(?:with|who)\b")

# --------------------------------------------------------------------------- extractor


# v31: an FAQ's question about what the organization needs ("What do you need most right
# now?", "What are you short on?", "What can I bring?"), answered by the things themselves.
_NEED_QUESTION = re.compile(
    r"(?i)^\W*(?:what|which)\b.{0,30}\b(?:do|does)\s+(?:you|y['’]?all|the\s+[\w-]+|your\s+[\w-]+)"
    r"\s+(?:most\s+|really\s+)?need\b|^\W*what\s+(?:are\s+you|is\s+(?:the|your)\s+[\w-]+)\s+"
    r"(?:most\s+)?(?:short|low)\s+on\b|^\W*what\s+(?:can|should)\s+(?:I|we)\s+(?:donate|give)\b"
    # v58: "Which skills are you short of this month?"
    r"|^\W*(?:what|which)\b.{0,25}\bare\s+you\s+(?:most\s+)?(?:short|low)\s+(?:on|of)\b"
    r"|^\W*(?:qu[eé]|qué\s+cosas)\s+(?:necesitan|les\s+hace\s+falta)\b"
    # v47: "What do we need?" asked by the organization itself, in the languages served (my
    # own wording outside English and Spanish): "¿Qué necesitamos?", "Maxaan u baahanahay?",
    # "Peb xav tau dab tsi?", "Chúng tôi cần gì?", "Maal nu barbaachisa?", "ምን ያስፈልገናል?",
    # "ماذا نحتاج؟"
    r"|^\W*what\s+(?:do\s+)?we\s+(?:most\s+|really\s+)?need\b|^\W*(?:qu[eé])\s+necesitamos\b"
    r"|^\W*maxaan?\s+u\s+baahan\w*|\bpeb\s+xav\s+tau\s+dab\s+tsi\b|\bchúng\s+tôi\s+cần\s+gì\b"
    r"|^\W*maal(?:tu)?\s+nu\s+barbaachis\w*|ምን\s+ያስፈልገናል|(?:ماذا|ما\s+الذي)\s+نحتاج")
# The answer states a present need: "right now", "currently", "this winter".
_NOW_WORDS = re.compile(r"(?i)\b(?:right\s+now|currently|at\s+the\s+moment|these\s+days|this\s+"
                        r"(?:week|month|season|winter|spring|summer|fall|autumn|year)|ahora\s+mismo"
                        r"|actualmente|en\s+este\s+momento)\b")


# v51: a question how a reader can help ("I can't fix things. Can I still help?", "How can I
# help?", "Can I volunteer?"): a need stated in its answer is an ask now
_CAN_I_HELP = re.compile(r"(?i)\b(?:can|could|may)\s+i\s+(?:still\s+|also\s+)?(?:help|volunteer"
                         r"|pitch\s+in)\b|\bhow\s+(?:can|do)\s+i\s+(?:help|volunteer|get\s+involved)"
                         r"|\bpuedo\s+(?:ayudar|ser\s+voluntari[oa])\b")


# v59: a further ask after a first one: "We also need …", "También necesitamos …", "Chúng tôi
# cũng cần …", "Sidoo kale waxaan u baahanahay …", "Peb kuj xav tau …" (my own wordings)
_ALSO_ASK = re.compile(r"(?i)\W*(?:(?:and\s+|plus,?\s+)?we(?:['’]d)?\s+also\s+(?:need|could\s+use"
                       r"|want|are\s+looking|would\s+(?:love|like))|also,?\s+we\s+need"
                       r"|tambi[eé]n\s+(?:necesitamos|buscamos)|(?:chúng\s+tôi\s+)?cũng\s+cần"
                       r"|sidoo\s+kale\s+waxaan\s+u\s+baahan|peb\s+kuj\s+xav\s+tau)\b")


def _faq_answer_asks(heading: str, plain: str) -> list[dict[str, Any]]:
    """The needs an FAQ answer states under its question (v31): a present ask in any answer
    ("Absolutely. Right now our soccer program needs two assistant coaches …"), or, under a
    question about what the organization needs, the things its answer lists ("Honestly?
    People who can drive on weekday mornings, and a couple of folks with pickup trucks …")."""
    if not heading.rstrip().endswith(("?", "؟")) or JOB_TEXT.search(plain):
        return []
    named = _yes_mostly(heading, plain) if V49_TITLES else None
    if named:
        return [named]
    found = []
    helping = V51_TITLES and bool(_CAN_I_HELP.search(heading))
    for sentence in _sentences(plain):
        if ((_NOW_WORDS.search(sentence) or helping or (
                # v59: "… Right now we need someone with grant-writing experience … We also
                # need two or three people with strong backs …": the answer's next ask
                V59_TITLES and found and _ALSO_ASK.match(sentence)))
                and not NEGATIVE_TEXT.search(sentence)
                and not FILL_SENTENCE.search(without_partial_counts(sentence))
                and not _NOTHING_NEEDED.search(sentence) and (obj := ask_object(sentence))
                and not _NOW_WORDS.fullmatch(obj.strip(" .!:"))):  # not "En este momento"
            found.append({"title": obj, "body": plain, "with_intro": False, "tldr": sentence,
                          "sure": True})
    yes = _yes_to_need_question(heading, plain) if not found else None
    if yes is not None:
        return yes  # v47: "Do you need …?" answered yes (the sentence after it) or no
    if found or not _NEED_QUESTION.search(heading):
        return found[:3]
    first = next((s for s in _sentences(plain) if not s.rstrip().endswith(("?", "؟"))), "")
    if (not first or NEGATIVE_TEXT.search(first) or FILL_SENTENCE.search(first)
            or _NOTHING_NEEDED.search(first) or CONTACT_START.match(first)):
        return []
    parts = [p.strip(" .!") for p in re.split(r",?\s+and\s+(?=(?:a|an|some|people|folks|someone"
                                               r"|anyone|\d)\b)|;\s*", first)]
    out = []
    for part in parts[:3]:
        if V58_TITLES:  # v58: "Honestly: someone who …": the aside is no part of it
            part = re.sub(r"(?i)^(?:honestly|frankly|truthfully|well|mostly)\s*[:,?!—–-]\s*",
                          "", part)
        part = re.sub(r"(?i)^(?:a\s+couple\s+of|a\s+few|some)\s+", "", part)
        if len(part.split()) >= 2 and len(part) >= TITLE_MIN:
            thing = shorten(part)
            out.append({"title": thing[:1].upper() + thing[1:], "body": plain,
                        "with_intro": False, "tldr": first, "sure": True})
    if V58_TITLES and out:
        # v58: "… And someone with a truck for the spring brush pickup on April 26." after the
        # answer's first ask: one more thing the answer lists
        for sentence in _sentences(plain)[1:4]:
            more = _AND_ANOTHER.match(sentence)
            if more and not (NEGATIVE_TEXT.search(sentence) or FILL_SENTENCE.search(
                    without_partial_counts(sentence)) or PAST_REPORT.search(sentence)):
                thing = shorten(sentence[more.end():]).rstrip(" .!")
                if len(thing.split()) >= 3:
                    out.append({"title": thing[:1].upper() + thing[1:], "body": plain,
                                "with_intro": False, "tldr": sentence, "sure": True})
    return out[:3]


# v58: a news post's date as its bold label: "MAY 2025", "June 3", "3/14/2025"
_DATE_LABEL = re.compile(
    r"(?i)(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2},?\s*)?"
    r"(?:\d{4})?|\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{4}-\d{2}-\d{2})")


# v58: a sentence that adds one more wanted person or thing: "And someone with a truck …",
# "Also a few people who …", "Plus two drivers …"
_AND_ANOTHER = re.compile(r"(?i)^\W*(?:and|also|plus|oh,?\s+and)\s+(?:also\s+)?"
                          r"(?=(?:someone|somebody|anyone|people|folks|a|an|one|two|three|some)\s)")


# v47: a question whether the organization needs something ("Do you need coaches?", "¿Necesitan
# choferes?", "Ma u baahan tihiin …?", "Nej puas xav tau …?", "Quý vị có cần …?"), and the
# first word of its answer, yes or no
_DO_YOU_NEED = re.compile(
    r"(?i)^\W*(?:do|does|are|is|could|can|would)\s+(?:you|y['’]?all|the\s+[\w-]+|your\s+[\w-]+)\s+"
    r"(?:still\s+|ever\s+|also\s+)?(?:need|want|use|looking\s+for|take|accept|have\s+room\s+for)\b"
    r"|^\W*¿?\s*(?:necesitan|buscan|aceptan|les\s+hace\s+falta)\b|\bma\s+u\s+baahan\s+(?:tihiin|yihiin)\b"
    r"|\bpuas\s+xav\s+tau\b|\bcó\s+cần\b|\bni\s+barbaachisaa?\b|ያስፈልጋችኋል|هل\s+تحتاجون")
_ANSWER_YES = re.compile(r"(?i)^\W*(?:yes|yep|absolutely|definitely|always|s[ií]|claro|haa|haye"
                         r"|yog|xav\s+tau|có|dạ\s+có|eeyyee|eeyye|አዎ|نعم|بالتأكيد)\b\W*")
_ANSWER_NO = re.compile(r"(?i)^\W*(?:no|nope|not\s+(?:right\s+)?now|maya|tsis|không|lakki|አይ|لا)\b")


_MOSTLY = re.compile(r"(?i)^(?:mostly|mainly|especially|particularly|above\s+all|chiefly"
                     r"|sobre\s+todo|principalmente|especialmente|gaar\s+ahaan|tshwj\s+xeeb"
                     r"|nhất\s+là|keessattuu)\s+(?P<np>[^.!?;]{3,60})$")


def _yes_mostly(heading: str, plain: str) -> dict[str, Any] | None:
    """"Do you need volunteers?" answered "Yes – mostly Meals on Wheels drivers." (v49): the
    answer's own words name the need, whatever the sentences after it say."""
    if not _DO_YOU_NEED.search(heading):
        return None
    first = next((s for s in _sentences(plain) if s.strip()), "")
    if not _ANSWER_YES.match(first):
        return None
    mostly = _MOSTLY.match(_ANSWER_YES.sub("", first).strip(" .!"))
    if not mostly or NEGATIVE_TEXT.search(first) or FILL_SENTENCE.search(
            without_partial_counts(plain)):
        return None
    np = shorten(mostly.group("np"))
    return {"title": np[:1].upper() + np[1:], "body": plain, "with_intro": False,
            "tldr": first, "sure": True}


def _yes_to_need_question(heading: str, plain: str) -> list[dict[str, Any]] | None:
    """The need an FAQ answer states when it answers "Do you need …?" with yes (v47): the
    sentence after the yes ("Yes. Our U12 girls team still has no head coach …"). An answer
    that says no, or whose sentence says the thing is covered, states none. None when the
    question asks no such thing."""
    if not _DO_YOU_NEED.search(heading):
        return None
    sentences = [s for s in _sentences(plain) if s.strip()]
    if not sentences or _ANSWER_NO.match(sentences[0]):
        return [] if sentences and _ANSWER_NO.match(sentences[0]) else None
    if not _ANSWER_YES.match(sentences[0]):
        return None
    rest = _ANSWER_YES.sub("", sentences[0]).strip()
    if len(rest.split()) < 4 or re.search(r"(?i)\b(?:don['’]t|do|does|doesn['’]t|are|aren['’]t"
                                           r"|is|isn['’]t|can|can['’]t)\W*$", rest):
        rest = ""  # "Absolutely, most of our volunteers don't.": a reply, not the need
    sentence = rest or (sentences[1] if len(sentences) > 1 else "")
    if not sentence or NEGATIVE_TEXT.search(sentence) or FILL_SENTENCE.search(
            without_partial_counts(sentence)) or TEASER.search(sentence):
        return []
    title = ask_object(sentence)
    if not title:
        return []  # "Always! See the open requests page …": a yes that names nothing
    return [{"title": title[:1].upper() + title[1:], "body": plain, "with_intro": False,
             "tldr": sentence, "sure": True}]


# v47: a story's call to the reader: contact us, bring, give, in the languages served
_STORY_REQUEST = re.compile(
    r"(?i)\b(?:please|call|contact|let\s+us\s+know|por\s+favor|llame|av[ií]senos|comun[ií]quese"
    r"|fadlan|nala\s+soo\s+xiriir|thov|xin\s+(?:liên\s+lạc|gọi|báo)|quý\s+vị\s+nào\s+có"
    r"|nu\s+quunnam\w*|maaloo)\b|እባክዎ|ያነጋግሩ|يرجى|الرجاء|اتصل")


_UPDATE_MARK = re.compile(r"(?i)\b(?:update[d]?|hloov\s+tshiab|actualizaci[oó]n|actualizado"
                          r"|cập\s+nhật|war\s+cusub|odeeffannoo\s+haaraa)\b[^:.!?]{0,20}:")
# v52: "Hu rau Pa Nhia: 651-555-0133" (call Pa Nhia), "Wac …", "Bilbilaa …", "Gọi cho …",
# "ደውሉ", "اتصلوا": the story asks the reader to call (my own wordings, from dictionaries)
_CALL_WORD = re.compile(r"(?i)\b(?:hu\s+rau|wac|la\s+xiriir|bilbilaa|gọi\s+(?:cho|số)|liên\s+lạc"
                        r"|llame|llamen|text|email)\b|ደውሉ|اتصلوا")


def _without_later_offers(asks: list) -> list:
    """A paragraph's asks without a conditional offer after an earlier ask (v47): "We are
    short on volunteer drivers … If you have a car with room, call Tsehay." -- the offer is
    how to answer the ask before it, not a need of its own (unless a role names it: "If you
    are a retired teacher willing to tutor reading …")."""
    return [(s, o) for i, (s, o) in enumerate(asks)
            if not (i and o == offer_then_contact(_strip_md(s)))]  # (named only by the offer)


def _paragraph_story(section: Section, plain: str) -> list[dict[str, Any]]:
    """A household's story told in one paragraph among a newsletter's others (v47): "Gia
    đình chị Hạnh vừa từ Sài Gòn sang … Gia đình còn thiếu bàn ăn, ghế, nồi niêu … Quý vị nào
    có …, xin liên lạc …". Its need is what the household lacks, when the paragraph opens on
    the household and asks the reader to help; the section's other paragraphs are not read."""
    sentences = [x for x in _sentences(plain) if x.strip()]
    if len(sentences) < 2 or len(section.blocks) < 2 or not _HOUSEHOLD_OPENING.search(
            sentences[0]) or PAST_REPORT.search(sentences[0]) or not (
            _STORY_REQUEST.search(plain) or (V52_TITLES and _CALL_WORD.search(plain))):
        return []
    if FILL_SENTENCE.search(without_partial_counts(plain)) or JOB_TEXT.search(plain):
        return []
    lack = next((o for x in sentences if (o := household_ask(x)) and not _NOTHING_AT_ALL.fullmatch(
        o.split(":")[0].strip(" .!"))), "")  # (not "… no tiene nada: …": nothing named)
    if not lack:
        return []
    return [{"title": lack, "body": plain, "with_intro": False, "tldr": sentences[0],
             "sure": True, "story": True}]


# v31: a label that says things are welcome, then the things: "Always welcome at the church
# door: beeswax candles and incense", "Gratefully accepted: …", "Siempre bienvenidos: …"
_WELCOME_LABEL = re.compile(
    r"(?i)^\W*(?:always\s+|also\s+|gratefully\s+|siempre\s+)?(?:welcome[d]?|needed|wanted|accepted"
    r"|appreciated|requested|bienvenid[oa]s|se\s+aceptan|se\s+necesitan?)\b[^:.!?]{0,50}:\s*"
    r"(?P<things>[^.!?]{4,140})")


# v40: the ask at the end of a verb-final heading ("የቤት ሥራ አጋዦች እንፈልጋለን", homework helpers
# we want; "Hiiktota ni barbaanna"), or an English "… wanted" / "… needed"
_TRAILING_ASK = re.compile(r"(?i)\s+(?:እንፈልጋለን|ያስፈልጉናል|ያስፈልገናል|(?:ni\s+)?barbaanna"
                           r"|(?:urgently\s+)?(?:wanted|needed))[\s.!።]*$")


_CREW_FOR_A_TASK = re.compile(
    r"(?i)(?:\d{1,3}\s+)?(?:more\s+)?(?:volunteers|people|helpers)\s+to\s+\w")


def _crew_titled(heading: str, title: str) -> str:
    """A crew asked for without saying what for ("Volunteers to sort, size and hang") under a
    heading that names the occasion ("Coat sorting night"): titled by both (v40)."""
    heading = clean_heading(heading or "")
    if _CREW_FOR_A_TASK.match(title) and heading and len(heading.split()) <= 6 and not (
            is_generic_heading(heading) or is_need_heading(heading)
            or is_negative_heading(heading) or _content_words(heading) & _content_words(
                title)):
        return _bound(f"{sentence_case(heading)}: {title[:1].lower()}{title[1:]}")
    return title


def _heading_names_sentence(heading: str, title: str) -> str:
    """A title that is a whole sentence under a heading that asks for something by name
    ("የቤት ሥራ አጋዦች እንፈልጋለን" over "ለ1ኛ እስከ 8ኛ ክፍል ተማሪዎች … የቤት ሥራ የሚያግዙ በጎ ፈቃደኞች
    እንፈልጋለን።"): the heading without its ask names the need better (v40)."""
    heading = clean_heading(heading or "")
    if len(title.split()) < 9 or not re.search(r"[.!።]$", title.strip()):
        return title
    named = _TRAILING_ASK.sub("", heading).strip(" :.,")
    if named == heading or not 1 <= len(named.split()) <= 6 or generic_ask_heading(heading) or (
            len(re.findall(r"[^\W\d_]", named)) < 4):
        return title
    return sentence_case(named)


_THIRD_PERSON_NEED = re.compile(r"(?i)\b(?:maktabadda|xarunta|masjidka|ururka|kooxda|fasalka)\s+"
                                r"(?:\w+\s+){0,2}waxa(?:y|uu)\s+u\s+baahan\s*(?:tahay|yahay|yihiin)\b")


def _foreign_ask(sentence: str) -> bool:
    """A first-person ask outside English ("Peb xav tau ib tug neeg paub kho kav dej …",
    "Waxaan u baahanahay …") states its need as plainly as "We need …" does; the learned
    stage, trained mostly on English, is not asked to confirm it (v31).  (v39: also where a
    verb-final language puts the ask last: "… ሒሳብ የሚያውቅ በጎ ፈቃደኛ እንፈልጋለን።")"""
    plain = _strip_md(sentence)
    return bool(V31_TITLES and (_ASK_BEFORE_OBJECT.search(plain) or (
                    V39_TITLES and _ASK_AFTER_OBJECT.search(plain)) or (
                    # v45: "Maktabadda baaskiilada waxay u baahan tahay baaskiillo …" (the bike
                    # library needs bikes): the organization's own need in the third person
                    V45_TITLES and _THIRD_PERSON_NEED.search(plain)))
                and detect_language(plain) not in ("en", "")
                and not NEGATIVE_TEXT.search(plain)
                and not FILL_SENTENCE.search(without_partial_counts(plain)))


def _conditional_ask(sentence: str) -> bool:
    """A conditional ask that names a skill or a task ("if anyone handy with small engines
    could take a look at it", "si alguien sabe de diseño gráfico y puede …"): as plain an ask
    as "we need …", wherever a newsletter buries it (v39)."""
    plain = _strip_md(sentence)
    return bool(V39_TITLES and (conditional_skill(plain) or IF_ANYONE_WITH.search(plain))
                and not NEGATIVE_TEXT.search(plain) and not PAST_REPORT.search(plain)
                and not FILL_SENTENCE.search(without_partial_counts(plain)))


# An ask's object that opens with a time or a quantifier names no thing ("… que necesitamos
# hasta la primavera", "… until spring"): read by ``_foreign_cue`` (v36) and ``_stated_ask``
_NO_THING_START = re.compile(r"(?i)(?:hasta|until|desde|por|para|en|todos|all)\b")


# v39: "the tasks below", in the languages served: an umbrella over the needs that follow
_BELOW = re.compile(r"(?i)\b(?:below|dưới\s+đây|a\s+continuaci[oó]n|abajo|hoos|armaan\s+gadii"
                    r"|hauv\s+qab\s+no)\b|ከዚህ\s+በታች|أدناه")


_WISH_FOR_ROLE = re.compile(
    r"(?i)\bwe(?:\s+would|['’]d|\s+could|\s+can)\s+(?:really\s+|so\s+)?(?:love|welcome|use)\s+"
    r"(?:a|an|one|two|three|a\s+couple\s+of|some|\d{1,2})\s+(?P<obj>[\w-]+(?:\s+[\w-]+){0,3})")


def _stated_ask(sentence: str) -> bool:
    """A sentence in a body that states a need by itself, past the model (v39): a conditional
    ask for a skill or a task, or a first-person ask outside English that names what it asks
    for -- not a question ("Hội cần người giúp việc gì?") nor an umbrella over the needs below
    ("Dưới đây là những việc Hội đang cần người giúp …")."""
    plain = _strip_md(sentence).strip()
    if not V39_TITLES or plain.endswith(("?", "؟")) or _BELOW.search(plain):
        return False
    if _conditional_ask(plain):
        return True
    if V44_TITLES:
        # v44: "we would love a roofer or builder … to climb up and tell us …", "we could
        # use two drivers": a first-person wish for a person named by a role
        wish = _WISH_FOR_ROLE.search(plain)
        if wish and names_a_role(wish.group("obj")) and not NEGATIVE_TEXT.search(plain) and not (
                FILL_SENTENCE.search(without_partial_counts(plain))):
            return True
    obj = ask_object(plain) if _foreign_ask(plain) else ""
    third = _THIRD_PERSON_NEED.search(plain) if V45_TITLES and not obj else None
    if third:  # v45: "… waxay u baahan tahay baaskiillo carruureed …": what follows
        obj = plain[third.end():].strip(" .,:")
    if _NO_THING_START.match(obj):
        return False  # "… los choferes que necesitamos hasta la primavera": no thing
    return bool(obj) and not _GENERIC_HELP.match(obj) and not all(
        _GENERIC_ASK_WORDS.match(w) for w in re.findall(r"[\w'’]+", obj))


def _foreign_cue(sentence: str) -> bool:
    """A need sentence outside English read by the cue words ("በአሁኑ ጊዜ የሚያስፈልጉን፦ ሩዝ፣ …",
    "mong quý vị tặng …"): as plain as an ask, past the English-trained model (v36)."""
    plain = _strip_md(sentence)
    core = cue_core(plain) or ""
    if not core or _NO_THING_START.match(core):
        return False  # "… que necesitamos hasta la primavera": no thing
    return bool(CUE_PRE.search(plain) and detect_language(plain) not in ("en", "")
                and not NEGATIVE_TEXT.search(plain)
                and not FILL_SENTENCE.search(without_partial_counts(plain)))


def _asked_instead(plain: str) -> str:
    """What a paragraph asks for after saying what it has enough of (v31): "We're good on
    granola bars (thank you!). Please send fruit cups, cheese crackers and juice boxes
    instead" -> "Fruit cups, cheese crackers and juice boxes"; "" otherwise."""
    sentences = _sentences(plain)
    if len(sentences) < 2 or not (FILL_SENTENCE.search(without_partial_counts(sentences[0]))
                                  or _ENOUGH_OF.search(sentences[0])):
        return ""
    for sentence in sentences[1:3]:
        ask = re.match(r"(?i)^(?:but\s+)?(?:please|por\s+favor)\s+(?:send|bring|donate|drop\s+off)"
                       r"\s+(?:us\s+)?(?P<obj>[^.!?]{4,120}?)(?:\s+instead)?(?:\s+[—–-]\s|\s*[.!?]|\s*$)",
                       sentence)
        if ask and _please_bring(sentence.removeprefix("But ").removeprefix("but ")
                                 + ",") and not NEGATIVE_TEXT.search(ask.group("obj")):
            thing = shorten(ask.group("obj").strip(" ,"))
            return thing[:1].upper() + thing[1:] if len(thing) >= TITLE_MIN else ""
    return ""


# "We're good on granola bars", "We have plenty of …", "We're set on …": enough of one thing
_ENOUGH_OF = re.compile(r"(?i)\bwe(?:'re|’re|\s+are)\s+(?:good|set|all\s+set|fine|covered)"
                        r"\s+(?:on|for)\b|\bwe\s+have\s+(?:plenty|enough|lots)\s+of\b")


# v33: an open state in brackets before a title: "[FURAN] Turjumaan", "[OPEN] Driver"
_OPEN_TAG = re.compile(r"(?i)^\s*\[\s*(?:open|new|urgent|furan|qhib|mở|banaa|abierto|nuevo"
                       r"|urgente)\s*\]\s*(?=\S)")


# v39: a card's state printed after its heading's words ("Intérprete para la clínica Urgente")
# v40: a list item's closing status badge in brackets ("… [(Waa furan)]", "… (Open)")
_DASH_END_BADGE = re.compile(r"\s[—–-]\s+\**([^*—–\n]{2,30}?)\**\s*[.!]?\s*$")


_CAPS_LABEL = re.compile(r"^\W*(?P<label>[^\W\d_a-z][^:a-z]{2,50}?)\s*:\s+(?P<rest>\S.*)$", re.S)


def _labelled_item_ask(text: str) -> bool:
    """A list item led by a label in capitals whose text asks in the first person ("SỬA BẬC
    THỀM: … Chùa cần một người biết làm mộc …", "LIBRARY: we need two shelvers …") and says
    nothing filled (v48): a numbered notice that states a need."""
    match = _CAPS_LABEL.match(_strip_md(text))
    if not match or not match.group("label").isupper() or len(match.group("label").split()) > 7:
        return False
    rest = match.group("rest")
    if FILL_TEXT.search(without_partial_counts(rest)) or NEGATIVE_TEXT.search(rest):
        return False
    return any(_foreign_ask(s) or _first_cue(s) for s in _sentences(rest))


def _open_end_badge(text: str) -> bool:
    """The item ends with a dash and a badge that reads open or needed ("… — **مطلوب**",
    "… – Needed", "… — Se necesita") and nothing in it says filled (v48)."""
    match = _DASH_END_BADGE.search(text)
    if not match or "~~" in text or FILL_TEXT.search(without_partial_counts(_strip_md(text))):
        return False
    badge = match.group(1).strip()
    return _status_cell(badge) == "open" or bool(ASK_BADGE.fullmatch(badge))
_ITEM_END_BADGE = re.compile(r"[\[(]+([^\[\]()]{2,24})[\])]+\s*$")
_TRAILING_BADGE = re.compile(r"(?-i:\s+[\[(]?(?:Abiert[oa]|ABIERT[OA]|Urgente|URGENTE|Open|OPEN"
                             r"|Urgent|URGENT|NEW|Nuevo|NUEVO)[\])]?!?)\s*$")


_WHEN_URGENT_WORDS = frozenset(
    "urgent urgente urgently asap now today tonight tomorrow this next weekend week soon "
    "monday tuesday wednesday thursday friday saturday sunday morning afternoon evening "
    "deg degdeg ah hoy mañana este esta sábado domingo".split()) | (frozenset(
    # v59: "Cần gấp" / "Khẩn cấp" (Vietnamese), "Hatattamaan" (Oromo), "Ceev" (Hmong),
    # "አስቸኳይ" (Amharic), "عاجل" (Arabic): urgent (my own list, from dictionaries)
    "cần gấp khẩn cấp hatattamaan ariifachiisaa ceev አስቸኳይ عاجل".split()))
_URGENT_ONLY = frozenset("urgent urgente urgently asap degdeg gấp khẩn hatattamaan ariifachiisaa "
                         "ceev አስቸኳይ عاجل".split())


# v52: a swap board's or a notice board's state line over a note, "NEEDS COVER · posted
# Sep 4 by Gail R.", "SUB NEEDED — Lonnie" (not "CAN COVER · Luis", an offer)
_COVER_BADGE = re.compile(r"(?i)^\W*(?:needs?\s+(?:cover(?:ing)?|a\s+sub(?:stitute)?|someone)"
                          r"|subs?\s+needed|cover\s+needed|still\s+open|open\s+shift)\s*(?:[·|—–:-]|$)")


_IF_HAVE_WE_TAKE = re.compile(
    r"(?i)^\W*if\s+(?:you|anyone|your\s+\w+)\s+(?:has|have|has\s+got|owns?)\b[^.!?]{3,120}?,\s*"
    r"(?:we['’]d|we\s+would)\s+(?:love|be\s+(?:so\s+)?(?:glad|grateful|happy|thrilled))\s+to"
    r"\s+(?:take|give|put|use|have|pick|come|get|adopt)\b")


# v56: a conditional offer of a thing to give, then whom to tell (outside English and Spanish
# my own wordings): "if anyone has a … to donate, please …", Hmong "yog leej twg muaj … xav pub
# …, thov …", Somali "haddii qof haysto … oo ku deeqi kara, fadlan …", "si alguien tiene … y
# quiere donarlo, por favor …", "nếu ai có … muốn tặng, xin …"
_IF_HAS_TO_GIVE = re.compile(
    r"(?i)(?:^|[,;]\s*)\W*(?:if\s+(?:you|anyone|anybody|someone)|yog\s+(?:leej\s+twg|koj|tus\s+twg)"
    r"|haddii\s+(?:qof|aad)|si\s+(?:alguien|usted)|nếu\s+(?:ai|quý\s+vị|bạn))\s+"
    r"(?:has|have|owns?|muaj|haysto|hayso|tiene|có)\b(?P<obj>[^.!?]{3,120}?)"
    r"(?:(?:\bto\s+(?:give|donate|spare)\b|\b(?:would\s+like|wants?|is\s+willing)\s+to\s+(?:give"
    r"|donate)\b|\b(?:xav|kam)\s+pub\b|\bku\s+deeq\w*|\bquiere\s+donar\w*|\bmuốn\s+tặng\b)"
    r"[^.!?]*?\b(?:please|thov|fadlan|por\s+favor|xin)\b"
    # (or "…, thov muab pub rau lub tsev qiv ntawv": please give it to the library)
    r"|,\s*(?:please|thov|fadlan|por\s+favor|xin)\s+(?:muab\s+)?(?:give|donate|bring|drop\s+off"
    r"|pub|nqa|keen|ku\s+deeq\w*|done|dónelo\w*|traiga\w*|tặng|mang)\b)")


# v58: whoever has the thing, then whom to call: "Ai có tủ lạnh cũ còn tốt xin liên lạc văn
# phòng" (whoever has a good used fridge, please call the office), "Anyone with a spare crib,
# please call …", "Quien tenga una cuna, por favor llame …" (Vietnamese my own wording)
_WHOEVER_HAS_CALL = re.compile(
    r"(?i)(?:^|[,;]\s*)\W*(?:(?:nếu\s+)?(?:ai|người\s+nào|quý\s+vị\s+nào)\s+có(?!\s+thể)"
    r"|anyone\s+(?:who\s+has|with)|quien\s+tenga)\s+(?P<obj>[^.!?]{3,100}?),?\s*"
    r"(?:xin|vui\s+lòng|please|por\s+favor)\s+(?:liên\s+(?:lạc|hệ)|gọi|báo|nhắn|call|contact|text"
    r"|e-?mail|let\s+(?:us|the\s+\w+)\s+know|ll[aá]me\w*|comun[ií]que\w*|av[ií]se\w*)\b")

# v58: a label that says how to do something: "How to sign up", "Sida loo noqdo mutadawac",
# "Cómo ser voluntario", "Cách đăng ký", "Yuav ua li cas", "Akkamitti", "እንዴት", "كيف"
_HOW_TO_LABEL = re.compile(r"(?i)\W*(?:how\s+(?:to|do|can)|sida\s+(?:loo|aad)|c[oó]mo|cách"
                           r"|yuav\s+ua\s+li\s+cas|akkamitti|እንዴት|كيف)\b")


def _role_label(text: str) -> str:
    """v58: the role a paragraph opens with as its label ("Darawallo: bukaanada … u keena
    rugta", "Drivers: bring patients …"), or "" -- not a filled, refused or paid one."""
    plain = _strip_md(text).strip()
    label = LABEL_PARAGRAPH.match(plain)
    if label and _HOW_TO_LABEL.match(label.group("label")):
        return ""  # "Sida loo noqdo mutadawac: buuxi foomka …" (how to become a volunteer)
    if not label or len(label.group("label").split()) > 4 or not names_a_role(
            label.group("label")) or label.group("label").split()[0].lower() in ROLE_STOP_START:
        return ""
    last = (re.findall(r"[\w'’-]+", label.group("label")) or [""])[-1]
    if not (ROLE_NOUN.match(last) or AGENT_NOUN.match(last) or names_a_role(last)):
        return ""  # not "Volunteer waiver: …", "Volunteer appreciation breakfast: Saturday …"
    if GENERIC_MONEY.search(plain) or re.search(
            r"(?i)\b(?:us|nu|na|peb|nos|chúng\s+tôi|money|dollars?|qarshii|lacag\w*|nyiaj|tiền"
            r"|dinero)\b|ገንዘብ|مال", plain):
        # not "Arjummaa keessaniin nu gargaaraa: kennaan qarshii xiqqaan illee …" (help us
        # with your generosity: even a small money gift …), an appeal to the reader
        return ""
    if NEGATIVE_TEXT.search(plain) or JOB_TEXT.search(plain) or FILL_TEXT.search(
            without_partial_counts(plain)):
        return ""
    return label.group("label")

def _after_when(title: str, lead: str) -> str:
    """v52: "Sat 9/14, 8:30–noon: pantry greeter." names its role after the day and time."""
    if not V52_TITLES or ": " not in lead:
        return title
    when, _, name = lead.partition(": ")
    name = name.strip(" .")
    if _only_when(when) and len(re.findall(r"[^\W\d_]", name)) >= 4 and len(name.split()) <= 6:
        return name[:1].upper() + name[1:]
    return title


# v53: a Vietnamese gift named after its verb: "… có thể cúng dường nồi cơm điện loại lớn, …"
_VI_GIVE_THING = re.compile(r"(?i)\b(?:cúng\s+dường|ủng\s+hộ|tặng|quyên\s+góp|góp)\s+(?:thêm\s+)?"
                            r"(?P<thing>[^\W\d_][^,.;:!?]{3,50})")


def _without_pill(body: str) -> str:
    """v58: a card's text without the bracketed state it opens with ("[Cần 6 người] …")."""
    return re.sub(r"^\s*\[[^\[\]\n]{1,40}\]\s*(?=\S)", "", body)


def _heading_and_thing(result: dict[str, Any], text: str) -> str:
    """v53: a card titled only by its heading ("Bếp chùa", the temple kitchen; "Hội trường cần
    ghế", the hall needs chairs) whose text names the thing asked for ("Chùa cần thêm 50 ghế
    xếp", "… cúng dường nồi cơm điện loại lớn …"): titled by both."""
    if not _titled_by_heading(result):
        return result["title"]
    heading = clean_heading(result.get("_heading") or "")
    body = _strip_md(text.split("\n", 1)[-1]) if "\n" in text else ""
    if V58_TITLES:  # v58: "[Cần 6 người] Thứ Bảy …": the pill is the card's state
        body = _without_pill(body)
    for sentence in _sentences(body)[:4]:
        if NEGATIVE_TEXT.search(sentence) or FILL_TEXT.search(without_partial_counts(sentence)):
            continue
        give = _VI_GIVE_THING.search(sentence)
        thing = _plain_ask(sentence) or (give.group("thing").strip() if give else "")
        if V55_TITLES and _counted_only(thing):
            continue  # v55: "8 người, đã có 3 người đăng ký": a count of people, no thing
        thing = re.sub(r"(?i)^(?:\d+\s+)", "", thing).strip()
        if len(re.findall(r"[^\W\d_]", thing)) < 4 or len(thing.split()) > 8 or (
                _title_key(thing) in _title_key(heading)) or GENERIC_CORE.match(thing) or (
                # (not "Winter boots: children's winter boots in all sizes": said again)
                _title_key(heading) in _title_key(thing)):
            continue
        return _bound(f"{result['title']}: {thing[:1].lower()}{thing[1:]}")
    return result["title"]


# v54: a phrase set in bold in a card's text ("todavía nos piden **cobijas y chamarras**")
_BOLD = re.compile(r"\*\*([^*\n]{3,80}?)\*\*")


def _bold_thing(result: dict[str, Any], text: str) -> str:
    """v54: a card titled by its heading, or by its heading and a clause that names nothing
    ("Para el invierno", "Jiilaalka ayaa soo socda: haddii aad haysato kuwo nadiif ah"), whose
    text sets the one thing it asks for in bold ("… todavía nos piden **cobijas y chamarras**
    …", "Waxaa naga dhammaaday **jaakadaha jiilaalka** …"): titled by the heading and that
    thing; under a question ("هل تحتاجون إلى مترجمين؟", do you need interpreters?) by the
    thing alone."""
    if result.get("_row") or result.get("_tally"):
        return result["title"]
    heading = clean_heading(result.get("_heading") or "")
    title = result["title"]
    if not heading:
        return title
    clause = title[len(heading) + 2:] if title.casefold().startswith(
        heading.casefold() + ": ") else ""
    if not (_titled_by_heading(result) or (clause and not _plain_ask(clause)
                                          and not names_a_role(clause))):
        return title
    body = text.split("\n", 1)[-1] if "\n" in text else ""
    spans = list(_BOLD.finditer(body))
    if len(spans) != 1 or spans[0].group(1).rstrip().endswith(":") or (
            body[spans[0].end():spans[0].end() + 1] == ":"):
        return title  # (nor a label, "**Meesha la keeno:** xafiiska …": where to bring things)
    thing = _strip_md(spans[0].group(1)).strip(" .,:;")
    sentence = next((x for x in _sentences(_strip_md(body)) if thing in x), "")
    if not sentence or len(re.findall(r"[^\W\d_]", thing)) < 4 or len(thing.split()) > 6 or (
            EMAIL.search(thing) or DATED_START.search(thing) or re.search(r"\d{3}", thing)) or (
            _title_key(thing) in _title_key(title)) or NEGATIVE_TEXT.search(sentence) or (
            FILL_TEXT.search(without_partial_counts(sentence))) or JOB_TEXT.search(sentence) or (
            PAST_REPORT.search(sentence)):
        return title
    if heading.rstrip().endswith(("?", "؟")):
        return _bound(thing[:1].upper() + thing[1:])
    first = thing.split()[0]
    named = thing if any(c.isupper() for c in first[1:]) else thing[:1].lower() + thing[1:]
    return _bound(f"{heading}: {named}")  # ("QuickBooks" keeps its capitals)


# v54: a thing wished for by what it would do: "Working **sewing machines** would let everyone
# sew at once", "A volunteer **grant writer** … would change everything for us", "One electric
# space heater would keep an elderly couple warm", "Unas **mesas plegables** nos ayudarían
# mucho"
_WOULD_DO = re.compile(
    r"(?i)\b(?:would|could)\s+(?:really\s+|truly\s+)?(?:let|help|change|make|mean|allow|give|save"
    r"|keep|free\s+up|go\s+a\s+long\s+way|be\s+(?:a\s+)?(?:huge|big|great|real|godsend|blessing"
    r"|lifesaver|game[- ]changer))\b"
    r"|\b(?:nos\s+)?(?:ayudar[ií]an?|permitir[ií]an?|cambiar[ií]an?|servir[ií]an?)\b")
_WISH_SUBJECT = re.compile(r"(?i)^\W*(?:an?|one|two|three|four|some|working|used|good|\d{1,3}"
                           r"|un[oa]?s?|dos|tres|algun[oa]s?)\s+(?P<thing>[^,;:]{3,60}?)(?:,[^,;:]{2,30},)?\s+(?:would"
                           r"|could|nos\s+|ayudar|permitir|cambiar|servir)")
# v54: "If your business could donate a used **cargo van** …": a gift asked of the reader's firm
_IF_YOURS_COULD = re.compile(
    r"(?i)\bif\s+your\s+(?:business|company|church|congregation|family|group|club|team|employer"
    r"|shop|store|farm|office)\s+(?:could|can|would|might)\s+(?:donate|lend|loan|give|spare"
    r"|part\s+with)\s+(?:us\s+)?(?P<thing>[^,.;:!?]{3,60})")


# v54: a hope to be given something, before the thing in bold: "Hội mong nhận được" (the
# association hopes to receive), "We'd welcome", "Esperamos recibir", "Waxaan rajeyneynaa inaan
# helno", "Peb vam tias yuav tau" (outside English and Spanish: my own wording)
_HOPE_TO_GET = re.compile(
    r"(?i)\b(?:mong\s+(?:nhận|có|được)|hy\s+vọng\s+(?:nhận|có)|hope\s+to\s+(?:receive|get|find)"
    r"|we(?:['’]d|\s+would)\s+(?:welcome|love)|esperamos\s+(?:recibir|conseguir)"
    r"|nos\s+gustar[ií]a\s+recibir|rajeyn\w*\s+inaan\s+helno|vam\s+tias\s+yuav\s+tau"
    r"|abdannee?\s+argachuu)\b")


def _numbered_request_card(section: Section) -> bool:
    """v54: a card headed by its number on a board where its siblings are numbered too."""
    if section.parent is None or not REQUEST_ID.match(section.heading or ""):
        return False
    return sum(bool(REQUEST_ID.match(s.heading or "")) for s in section.parent.children) >= 2


def _wished_thing(section: Section) -> str:
    """v54: what a section wishes for by what it would do (``_WOULD_DO``) or asks of the
    reader's business (``_IF_YOURS_COULD``), its bold words if it has them; "" otherwise."""
    for block in section.blocks:
        if block.kind != "para":
            continue
        for sentence in _sentences(block.text):
            plain = _strip_md(sentence)
            if NEGATIVE_TEXT.search(plain) or FILL_TEXT.search(without_partial_counts(plain)) or (
                    JOB_TEXT.search(plain) or PAST_REPORT.search(plain)):
                continue
            bold = [_strip_md(m.group(1)).strip(" .,:;") for m in _BOLD.finditer(sentence)]
            would = _WOULD_DO.search(plain)
            subject = _WISH_SUBJECT.match(plain) if would else None
            yours = _IF_YOURS_COULD.search(plain)
            hope = _HOPE_TO_GET.search(plain)
            if hope and len(bold) == 1 and plain.find(bold[0]) > hope.start():
                thing = bold[0]  # "Hội mong nhận được **sách truyện thiếu nhi** …"
            elif would and len(bold) == 1 and plain.find(bold[0]) < would.start():
                thing = bold[0]
            elif would and subject and subject.end() <= would.end():
                thing = re.sub(r"(?i)\s+(?:with|who|that|for|from)\b.*$", "",
                               subject.group("thing"))
            elif yours:
                thing = bold[0] if len(bold) == 1 else re.sub(
                    r"(?i)^(?:an?|one|some|the|a\s+used|used)\s+", "", yours.group("thing"))
            else:
                continue
            thing = thing.strip(" .,")
            if len(re.findall(r"[^\W\d_]", thing)) >= 4 and len(thing.split()) <= 6 and not (
                    GENERIC_CORE.match(thing)) and not GENERIC_MONEY.search(thing) and not (
                    # (not "A gift of any size would help", "Your donation would …": money)
                    re.search(r"(?i)\b(?:gifts?|donations?|dollars?|money|cash|contributions?"
                              r"|pledges?|donativos?|donaci[oó]n(?:es)?)\b|\$", thing)):
                return thing
    return ""


def _urgent_badge(text: str) -> bool:
    """v59: a label that only says how urgent ("URGENT", "Cần gấp", "Khẩn cấp", "Degdeg")."""
    words = set(re.findall(r"[^\W\d_]+", text.casefold()))
    return bool(words) and words <= _WHEN_URGENT_WORDS and bool(words & _URGENT_ONLY)


def _asked_past_badge(text: str) -> str:
    """v59: the need the first asking sentence after an urgency badge names, or ""."""
    cue = _first_cue(text)
    return cue[1] if cue and len(re.findall(r"[^\W\d_]", cue[1])) >= 8 else ""


def _named_past_badge(result: dict[str, Any]) -> str:
    """v52: a title that is only a badge of urgency and when ("URGENT · this Saturday")
    names nothing: the first sentence below it does ("A second-floor apartment setup needs
    three people with strong backs …")."""
    title = result["title"]
    words = set(re.findall(r"[^\W\d_]+", title.casefold()))
    if not (_urgent_badge(title) if V59_TITLES else words and words <= _WHEN_URGENT_WORDS and (
            {"urgent", "urgente", "urgently", "asap", "degdeg"} & words)):
        return title
    body = _body_below_heading(result)
    if V59_TITLES:
        # v59: "**Cần gấp:** Lớp mẫu giáo có 14 em … Chúng tôi cần phụ huynh tình nguyện trông
        # lớp mẫu giáo …": past the badge, the sentence that asks names the need
        body = re.sub(r"^\W*" + re.escape(_strip_md(title).strip(" :.!")) + r"\W*", "", body)
        asked = _asked_past_badge(body)
        if asked:
            return asked
    first = _sentences(body)[0] if body else ""
    named = shorten(first) if first else ""
    return named if len(re.findall(r"[^\W\d_]", named)) >= 8 else title


def _public(result: dict[str, Any]) -> dict[str, Any]:
    out = {k: v for k, v in result.items() if not k.startswith("_")}
    if V19_TABLES and len(out.get("title", "").strip()) < TITLE_MIN:
        out["title"] = _short_title(out["title"], out.get("description", ""))
    title = out.get("title", "")
    out["title"] = title = learned.without_boxes(title)  # v47: empty boxes are no words
    if V23_TITLES and title.count(")") > title.count("("):
        out["title"] = title.rstrip(" .)")  # "…: 2 teachers.)" cut from a glossed sentence
    badge = _OPEN_TAG.match(title) if V33_TITLES else None
    if badge and len(title) - badge.end() >= TITLE_MIN:
        out["title"] = title = title[badge.end():]  # v33: "[FURAN] Turjumaan": the state is no name
    tail = _TRAILING_BADGE.search(title) if V39_TITLES else None
    if tail and tail.start() >= TITLE_MIN:
        out["title"] = title = title[:tail.start()]  # v39: "Choferes para citas médicas Abierto"
    if V31_TITLES and title.count("(") > title.count(")"):
        # v31: "Interpreter (Arabic" cut at the dash of "(Arabic – English)": the gloss goes
        cut = title[:title.rfind("(")].rstrip(" ,;:–—-")
        if len(cut) >= TITLE_MIN:
            out["title"] = cut
    return out


def _short_title(title: str, description: str) -> str:
    """A title too short for a need ("Land", "Gym", "Vans") named by what its text asks for
    ("Land to lease"), so the need is not dropped (v19); unchanged when no ask names it."""
    body = description.split("\n\n", 1)[-1] if "\n\n" in description else description
    for sentence in _sentences(_strip_md(body))[:3]:
        asked = ask_object(sentence) or story_ask(sentence)
        if asked and title.strip().casefold() in asked.casefold():
            return asked
    return title


def _paragraph_label_names(section: Section, title: str) -> str:
    """v48: under a heading that only says "we need" ("Halkan ayaan hadda dad uga
    baahannahay"), a paragraph opening with a short label ("Qaybinta cuntada Jimcaha: … Waxaan
    u baahanahay saddex qof …"): the label names what the sentence's ask is for."""
    if not section.heading or not generic_ask_heading(section.heading):
        return title
    probe = _title_key(title)[:25]
    for block in section.blocks:
        if block.kind != "para":
            continue
        plain = _strip_md(block.text)
        if probe not in _title_key(plain):
            continue
        match = learned.PLAIN_LABEL.match(plain)
        if not match:
            return title
        label = match.group("label").strip()
        if (1 <= len(label.split()) <= 5 and _title_key(label) not in _title_key(title)
                and not DATE_WORDS.search(label) and not _FORM_FIELD.search(label)
                and not _sentence_cue(label)):
            return _bound(f"{sentence_case(label)}: {title[:1].lower()}{title[1:]}")
        return title
    return title


# v48: "Para la mesa de registro necesitamos …", "For the coat room we need …": what the ask
# is for, opening the sentence
_FOR_THE = re.compile(
    r"(?i)^\W*(?:for|para|at)\s+(?:the|our|this\s+year['’]s|la|el|los|las|nuestr[oa]s?)\s+"
    r"(?P<what>(?:[^\W\d_][\w'’-]*\s+){0,4}?[^\W\d_][\w'’-]*)\s*,?\s+(?:we(?:['’]re|\s+are)?"
    r"\s+(?:need|still\s+need|looking|seeking|short)|necesitamos|buscamos|nos\s+faltan?|(?:nos\s+)?hacen?\s+falta)\b")


def _purpose_names(section: Section, title: str) -> str:
    """v48: the ask's sentence opens with what it is for ("Para la mesa de registro
    necesitamos cuatro voluntarios …"): that names the need with the ask."""
    probe = _title_key(title)[:25]
    if not probe:
        return title
    for block in section.blocks:
        if block.kind not in ("para", "item"):
            continue
        for sentence in _sentences(_strip_md(block.text)):
            if probe not in _title_key(sentence):
                continue
            match = _FOR_THE.match(sentence)
            if not match:
                return title
            what = match.group("what").strip()
            if _title_key(what) in _title_key(title) or DATE_WORDS.fullmatch(what):
                return title
            return _bound(f"{what[:1].upper()}{what[1:]}: {title[:1].lower()}{title[1:]}")
    return title


_ROLE_WANTED_HEADING = re.compile(
    r"(?i)^\W*(?P<role>[^\W\d_][\w'’ -]{2,40}?)\s+(?:needed|wanted)\b")
_PEOPLE_START = re.compile(
    r"(?i)^(?:\d+|one|two|three|four|five|six|a\s+few|several|some|more)(?:\s+or\s+\w+)?\s+"
    r"(?:more\s+)?(?P<who>people|persons|volunteers|helpers|adults|folks|hands)\b")


def _named_role_heading(heading: str, who: str) -> bool:
    """v55: a short heading that ends in the people a sentence counts, with words of its own
    before them ("Sunday School Helpers (ages 3–5)" for "two more helpers")."""
    words = re.sub(r"\s*\([^()]*\)\s*$", "", heading).casefold().split()
    return 2 <= len(words) <= 5 and words[-1].strip(":.!") == who.casefold() and not (
        GENERIC_CORE.match(" ".join(words)) or set(words[:-1]) <= _PLAIN_ROLE_WORDS)


_PLAIN_ROLE_WORDS = frozenset({"volunteer", "more", "extra", "additional", "our", "new", "some",
                               "a", "few", "urgent", "needed", "wanted"})


def _role_heading_names(section: Section, title: str) -> str:
    """v48: "Gardeners needed before the celebration" over "We need four or five people who
    enjoy gardening …": the heading names the role the sentence only counts."""
    match = _ROLE_WANTED_HEADING.match(clean_heading(section.heading or ""))
    people = _PEOPLE_START.match(title)
    if people and not match and _named_role_heading(clean_heading(section.heading or ""),
                                                    people.group("who")):
        # v55: "Sunday School Helpers (ages 3–5)" over "two more helpers to sit with the little
        # ones …": the heading is the role the sentence counts
        return _bound(sentence_case(clean_heading(section.heading)))
    if not match or not people or GENERIC_CORE.match(match.group("role")):
        return title
    return _bound(sentence_case(clean_heading(section.heading)))


_PERSON_START = re.compile(r"(?i)\W*(?:an?\s+|one\s+|two\s+|three\s+|\d+\s+|some\s+|more\s+)?"
                           r"(?:someone|somebody|anyone|volunteers?|people|persons?|helpers?"
                           r"|folks|adults)\b")
_LEND_GIVE = re.compile(r"(?i)\b(?:lend|loan|donate|give|spare|bring)\b")


def _topic_heading_names(section: Section, title: str) -> str:
    """v48: a bare topic heading ("Paj Ntaub", embroidery) over an offer that names the thing
    with the topic in it ("Yog koj muaj xov paj ntaub los yog ntaub dub seem, thov nqa tuaj"
    -- embroidery thread or black cloth): the heading and the thing."""
    heading = clean_heading(section.heading or "")
    words = heading.casefold().split()
    if not 1 <= len(words) <= 3 or _title_key(title) != _title_key(heading):
        return title
    asks = []
    for block in section.blocks:
        if block.kind != "para":
            continue
        for sentence in _sentences(_strip_md(block.text)):
            obj = conditional_ask(sentence)
            if obj and 2 <= len(obj.split()) <= 10 and all(
                    w in obj.casefold().split() for w in words) and len(obj.split()) > len(words):
                return _bound(f"{sentence_case(heading)}: {obj[:1].lower()}{obj[1:]}")
            ask = _plain_ask(sentence)
            if ask:
                asks.append(ask)
    if len(asks) == 1 and 3 <= len(asks[0].split()) <= 12 and not (
            is_need_heading(heading) or heading_asks(heading) or GENERIC_CORE.match(asks[0])
            # (a person asked for under a role's heading -- "Treasurer's helper" over "someone
            # with bookkeeping experience" -- is that role; one asked to lend a thing is not)
            or (_PERSON_START.match(asks[0]) and not _LEND_GIVE.search(asks[0]))
            or _content_words(asks[0]) & _content_words(heading)):
        # "Garden plots" over "… In early May we need someone to lend us a rototiller …": the
        # heading is the topic, the ask its need
        return _bound(f"{sentence_case(heading)}: {asks[0][:1].lower()}{asks[0][1:]}")
    return title


def _titled_by_heading(result: dict[str, Any]) -> bool:
    """The candidate's title is only its section's heading (a bare heading, v49)."""
    heading = clean_heading(result.get("_heading") or "")
    return bool(heading) and _title_key(result["title"]) == _title_key(heading)


def _taken_card(result: dict[str, Any], text: str) -> bool:
    """A card titled by its heading whose few words only say it is taken ("Claimed by Pete",
    "Someone's on it", "Cubierto por la familia Ruiz") (v50)."""
    if not _titled_by_heading(result):
        return False
    body = " ".join(_strip_md(line).strip() for line in text.split("\n")[1:] if line.strip())
    return 0 < len(body.split()) <= 10 and bool(
        FILL_TEXT.search(body) or FILL_SENTENCE.search(body) or _CLAIMED_BY.search(body)) and not (
        any(_status_cell(p) == "open" for p in re.split(r"[.;,–—]\s*", body) if p.strip()))


_CLAIMED_BY = re.compile(r"(?i)\b(?:claimed|taken|picked\s+up|adopted|covered)\s+by\s+\S"
                         r"|\bsomeone['’]s\s+on\s+it\b")


def _dated_notice(result: dict[str, Any], text: str) -> bool:
    """A bare heading over a notice that opens with its date and hour and asks for nothing
    ("Christmas cantata" / "Sunday, December 15, 2 pm, with the choir"; "Taller de bicicletas
    para niños" / "Sábado 12 de abril, 10 a.m. …"): an event, whatever it is called (v48)."""
    if result.get("_sure") or result.get("_first") or result.get("_row"):
        return False  # the page's structure states it ("[NEED]" over the card)
    heading = result.get("_heading") or ""
    name = clean_heading(heading)
    title = result["title"]
    if title.casefold().startswith(name.casefold() + ": ") and DATED_START.search(
            title[len(name) + 2:]):
        title = name  # "Kulanka waalidiinta: Sabti, Nofeembar 16, …": the heading and its date
    if not heading or _title_key(title) != _title_key(name):
        return False
    lines = [_strip_md(line).strip() for line in text.split("\n")[1:]]
    body = ". ".join(line.rstrip(".") for line in lines if line)
    if not DATED_START.search(body) or heading_asks(heading) or _heading_role(heading) or (
            names_a_role(name)):
        return False  # ("Sorters" / "Tuesday and Thursday mornings, 2-hour shifts": a role)
    return not any(_sentence_cue(s) or _foreign_ask(s) or _stated_ask(s) or SHORTAGE_CUE.search(s)
                   or heading_asks(s) or _NEED_WORD.search(s) for s in _sentences(body))


# v48: a word that says something is needed or sought, anywhere in a sentence
_NEED_WORD = re.compile(r"(?i)\b(?:needs?|needed|wanted|seeking|looking\s+for|sign\s+up|volunteers?"
                        r"|necesita\w*|buscamos|voluntari\w*|barbaachis\w*|barbaann?a|xav\s+tau"
                        r"|baahan\w*|mutadawac\w*|tình\s+nguyện|pab\s+dawb)\b"
                        r"|ያስፈልግ\w*|እንፈልጋለን|نحتاج|مطلوب|متطوع\w*")


def _blocks_text(section: Section) -> str:
    """The section's own blocks as Markdown, a blank line between them (its heading left out)."""
    return "\n\n".join(b.text for b in section.blocks)


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
        return (len(text.split()) <= 5 and not re.search(r"[.!?]$", text) and "~~" not in text
                and not re.search(r"\s[—–-]\s|:\s", text))

    def description(text: str) -> bool:
        return bool(re.search(r"[.!?]$", text.strip())) or len(text.split()) > 8

    if len(items) >= 4 and len(items) % 2 == 0 and all(
        label(items[i]) and description(items[i + 1]) for i in range(0, len(items), 2)
    ):
        return [f"**{items[i]}** — {items[i + 1]}" for i in range(0, len(items), 2)]
    return items


# v37: a place in a sign-up table ticked off with a name ("✓ Almaz", "✔ Dawit, ✔ Hanna")
_CHECKED_NAME = re.compile(r"\s*[✓✔✅☑]\s*[^\W\d_]")
# v44: a status cell that thanks someone, is ticked, or names the people who took the place
_THANKS = re.compile(r"(?i)\b(?:thank(?:s|\s+you)|gracias|mahadsan\w*|ua\s+tsaug|cảm\s+ơn"
                     r"|galatoom\w*)\b|شكرا|شكراً|نشكر|እናመሰግናለን|አመሰግናለሁ|ဘၣ်တဲၢ်")
_NAME_LIST = re.compile(r"\s*(?-i:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})"
                        r"(?:\s*(?:,|&|\band\b|\by\b|\biyo\b|\bthiab\b|\bvà\b|\bfi\b)\s*"
                        r"(?-i:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}))+[\s.!✓✔✅☑]*")


# v44: a table's legend: "rows marked OPEN", "las filas marcadas", "الخانات المكتوب فيها «…»"
_LEGEND_PLACE = re.compile(
    r"(?i)\b(?:rows?|cells?|boxes|lines|slots|spots|entries|filas|casillas|celdas|renglones"
    r"|hàng|dòng|ô|safaf\w*|sadar\w*|kab|kem|sarara\w*)\b|الخان\w*|الصفوف|الأسطر|ረድፎች|ሳጥኖች")
_LEGEND_MARK = re.compile(
    r"(?i)\b(?:marked|labell?ed|flagged|highlighted|that\s+(?:say|read)s?|in\s+(?:red|bold|green"
    r"|yellow)|marcad[oa]s|señalad[oa]s|que\s+dicen|có\s+ghi|được\s+đánh\s+dấu"
    r"|lagu\s+calaamadeeyay|ku\s+qoran|muaj\s+sau|mallattoo\w*)\b|المكتوب|المعلمة|المشار|የተጻፈ|የተጻፈበት")
_QUOTED_STATE = re.compile(r"[«“\"'‘„]\s*([^«»“”\"'‘’„]{2,25}?)\s*[»”\"'’]")


def _legend_line(title: str) -> bool:
    """A sentence that tells how to read a table or board ("Rows that still need people are
    marked OPEN", "الخانات المكتوب فيها «مطلوب» ما زالت تحتاج إلى متطوعين"): it names the
    rows or cells and the mark, and asks for nothing of its own (v44)."""
    plain = _strip_md(title)
    if not _LEGEND_PLACE.search(plain):
        return False
    quoted = _QUOTED_STATE.search(plain)
    return bool(_LEGEND_MARK.search(plain) or (quoted and _lone_open_badge(quoted.group(1))))


def _open_status_field(text: str) -> bool:
    """A record's status field that says it is open: "Status: Open", "Estado: abierto" (v44)."""
    label, _, value = _strip_md(text).partition(":")
    return bool(value.strip()) and len(label.split()) <= 2 and bool(
        _STATUS_HEADER.fullmatch(label.strip())) and _status_cell(value.strip()) == "open"


_BRING_YOUR_OWN = re.compile(r"(?i)^\W*(?:please\s+)?(?:bring|traiga[n]?|keena|nqa)\s*:?\s*"
                             r"(?:your|su|sus|tu|tus|koj|kaaga|kaaga|your\s+own)\b")
_FORM_QUESTION = re.compile(r"(?i)[?؟]\s*\(\s*(?:kos|check|tick|mark|marque|seleccione|calaamadee"
                            r"|chọn|đánh\s+dấu|mallattoo|circle|choose|select)\b")
_DURATION_ONLY = re.compile(
    r"(?i)(?:about|around|roughly|approximately|up\s+to|just|only|unas?|alrededor\s+de)?\s*"
    r"(?:an?|one|two|three|four|five|six|a\s+few|half\s+an?|\d+(?:[.,]\d)?(?:\s*[-–]\s*\d+)?|dos|tres"
    r"|cuatro)\s*(?:hours?|hrs?|minutes?|mins?|days?|horas?|minutos?)"
    r"(?:\s+(?:a|per|each|every|al|por)\s+(?:week|month|day|shift|time|semana|mes|d[ií]a))?")
_CONDITION_NOUN = re.compile(r"(?i)(?:[\w-]+\s+){0,2}(?:experience|skills?|background|knowledge"
                             r"|certification|license|licence)")


def _without_condition_tails(results: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """"Position: Grant Writer: Writing experience": the role's condition read as the need.
    Beside the role's own need from the same card it goes; alone, the title loses it (v44)."""
    out = []
    for result in results:
        head, _, last = result["title"].rpartition(": ")
        if head and result.get("_heading") and _CONDITION_NOUN.fullmatch(last.strip(" .")):
            if any(r is not result and r.get("_heading") == result["_heading"] for r in results):
                continue
            result["title"] = head
        out.append(result)
    return out


# one person's name in a status cell: "Deb K.", "Saw Thaw", "Maria Robles"
_ONE_NAME = re.compile(r"\s*(?-i:[A-Z][a-z'’]+(?:\s+[A-Z](?:[a-z'’-]+|\.)){1,2})\s*")
_NOT_A_NAME = re.compile(r"(?i)\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
                         r"|january|february|march|april|may|june|july|august|september|october"
                         r"|november|december|morning|afternoon|evening|week|month|needed|wanted"
                         r"|open|urgent|new|help|volunteers?|spots?|slots?|more|still|waiting"
                         r"|list|call|sign|up|tbd|pending|ongoing|flexible|anytime)\b")


def _answered_cell(cell: str) -> bool:
    plain = _strip_md(cell).strip()
    return bool(plain) and bool(_THANKS.search(plain) or re.search(r"[✓✔✅☑]", plain)
                                or _NAME_LIST.fullmatch(plain) or (
                                    _ONE_NAME.fullmatch(plain) and not _NOT_A_NAME.search(plain)))


def _blank_cell(cell: str) -> bool:
    """An empty place in a sign-up table: nothing, or a line to write on ("__________")
    (v37)."""
    text = _strip_md(cell).strip()
    return not (re.sub(r"[_.\s]", "", text) if V37_TABLES else text)


# v39: a table column that says what is needed ("MINISTRY | WHAT WE NEED", "Programa | Lo que
# nos falta"): each row's cell there is the need, its label column says for what.
_NEED_COLUMN = re.compile(
    r"(?i)\W*(?:what\s+(?:we|they|it)\s+(?:still\s+)?needs?|what(?:'s|’s|\s+is)\s+(?:needed|missing)"
    r"|who\s+we(?:['’]re|\s+are)?\s+(?:need|looking\s+for|seeking)"  # v45: "Who we need"
    # v49: "MINISTRY | LEADER | HELPERS NEEDED" with the roles written out in that column
    r"|(?:helpers?|volunteers?|people|roles?|help)\s+(?:needed|wanted)|se\s+necesitan?"
    r"|lo\s+que\s+(?:necesitamos|(?:nos\s+)?falta)"
    r"|waxa\s+(?:aan|loo)\s+u\s+baahan(?:nahay|yahay)|yam\s+peb\s+xav\s+tau|cần\s+gì|những\s+gì\s+cần"
    r"|ما\s+نحتاجه|የሚያስፈልገን)\W*")


def _need_column_rows(block: Block) -> list[dict[str, Any]] | None:
    """One need per row of a table with a what-we-need column beside a label column, titled
    "label: what is needed"; rows whose need cell is filled, enough or a paid job give none
    (v39). None when the table has no such column."""
    header = [_strip_md(h).strip() for h in block.rows[0]]
    need = [i for i, h in enumerate(header) if _NEED_COLUMN.fullmatch(h)]
    if not V39_TITLES or len(need) != 1 or len(header) < 2:
        return None
    cells = [r[need[0]] for r in block.rows[1:] if need[0] < len(r) and r[need[0]].strip()]
    if sum(len(_strip_md(c).split()) >= 3 for c in cells) * 2 < len(cells):
        return None  # "20 bottles", "30": a count of what is needed, not the need itself
    col = need[0]
    label_col = 1 if col == 0 else 0  # the first other column names what the row is for
    if V40_TITLES and col == 0:
        # v40: "What we need | When | Status": the need comes first, the other columns only
        # say when and in what state; no column labels the row
        label_col = None
    out = []
    for row in block.rows[1:]:
        row = row + [""] * (len(header) - len(row))
        if V40_TITLES and any(
                _status_cell(c) == "filled" or JOB_TEXT.search(c)
                for i, c in enumerate(row) if i != col and c.strip()):
            continue  # v40: a status column that says it is filled, or a wage
        if label_col is None:
            cell = sentence_case(_strip_md(row[col]).strip())
            if cell and "~~" not in row[col] and not (
                    FILL_TEXT.search(cell) or JOB_TEXT.search(cell)
                    or NEGATIVE_ITEM.search(cell)):
                details = "; ".join(f"{header[i]}: {_strip_md(row[i]).strip()}"
                                    for i in range(len(header)) if i != col and row[i].strip())
                out.append({"title": _bound(shorten(cell) if len(shorten(cell)) >= 5 else cell),
                            "body": f"{cell}. {details}." if details else cell,
                            "urgency": None, "row": True, "sure": True})
            continue
        label = sentence_case(_strip_md(row[label_col]).strip())
        sentences = [sentence_case(p) for p in re.split(r"(?<=[.!?])\s+",
                                                         _strip_md(row[col]).strip()) if p]
        cell = " ".join(sentences)
        if not cell or not label or "~~" in row[col]:
            continue
        if (FILL_TEXT.search(cell) or FILL_SENTENCE.search(without_partial_counts(cell))
                or JOB_TEXT.search(cell) or re.match(r"(?i)paid\b", cell)
                or NEGATIVE_ITEM.search(cell)):
            continue
        asked = next((o for s in sentences if (o := ask_object(s))), "")
        what = asked if asked else shorten(sentences[0].rstrip(".") if sentences else cell)
        what = what[:1].lower() + what[1:] if what[1:2].islower() else what
        out.append({"title": _bound(f"{shorten(label)}: {what}"),
                    "body": f"{label}. {cell}", "urgency": None, "row": True, "sure": True})
    return out


def _open_status_column(block: Block) -> bool:
    """The table has a status column and some of its cells say open (v39)."""
    header = block.rows[0]
    return any(_STATUS_HEADER.search(h) and any(
        i < len(r) and _status_cell(r[i]) == "open" for r in block.rows[1:])
        for i, h in enumerate(header))


# v42: a column that describes the task rather than naming it
_DESCRIPTION_HEADER = re.compile(r"(?i)\s*(?:what\s+(?:it|this|the\s+\w+)\s+(?:involves|means|is)"
                                 r"|what\s+you(?:'|’)?(?:ll|\s+will|\s+would)?\s+do|description"
                                 r"|details)\b")


# v42: a month's calendar laid out as a table, one column per weekday
_WEEKDAY_HEADER = re.compile(r"(?i)\s*(?:sun|mon|tue|wed|thu|fri|sat)[a-z]*\.?\s*|\s*(?:dom|lun|mar"
                             r"|mi[eé]|jue|vie|s[aá]b)[a-z]*\.?\s*"
                             # v45: Vietnamese "CN | T2 | … | T7", "Thứ Hai …", "Chủ Nhật"
                             r"|\s*(?:CN|T[2-7]|Th[ứu]\s*\w+|Ch[ủu]\s+Nh[ậa]t)\.?\s*")


# v45: an ask written as a label and what it wants: "VOLUNTEERS: 2 pie servers …", "Helpers
# needed: …", "Se necesitan: …"
_LABELLED_ASK = re.compile(
    r"(?i)\b(?:volunteers?|helpers?|voluntari[oa]s|tabarucayaal|mutadawiciin)(?:\s+(?:needed|wanted"
    r"|wanted\s+for))?\s*:\s*(?P<obj>[^.!;:]{3,80}?)(?:\s+[-–—]\s+|[.!;]|$)")


# v55: "NEED A BINGO CALLER!", "Still need 2 more servers": a need stated without a subject
_BARE_NEED = re.compile(r"(?i)\b(?:still\s+)?need\s+(?:an?|one|two|three|\d+|some)\s+(?:more\s+)?"
                        r"(?P<obj>[^\W\d_][^.!?;:—–]{2,50}?)\s*(?:[.!?;:—–]|\s+-\s|$)")


# v58: a calendar day's event, its time, then who it wants: "Blood pressure check, 10–11:30 —
# volunteer nurse needed (RN or LPN)", "Elder lunch — 2 cooks needed"
_EVENT_THEN_WANTED = re.compile(
    r"(?i)(?P<event>[^—–.;]{3,60}?)(?:,\s*(?:[^—–.;,]|(?<=\d)[–-](?=\d)){1,25})?\s+[—–]\s+"
    r"(?P<who>(?:\d{1,2}\s+)?"
    r"[^\W\d][^.;()—–]{2,40}?\s+(?:needed|wanted))\b")


def _calendar_asks(block: Block) -> list[dict[str, Any]] | None:
    """A calendar grid ("Sun | Mon | … | Sat") is no table of needs; a day's cell that asks
    outright ("16 **Spring cleaning day!** We need 5 helpers, 9–noon, …") is one (v42).
    None when the table is not a calendar."""
    header = [_strip_md(h) for h in block.rows[0] if _strip_md(h).strip()]
    days = sum(bool(_WEEKDAY_HEADER.fullmatch(h) or (V49_TITLES and WEEKDAY_NAME.fullmatch(
        h.strip()))) for h in header)  # (v49: "Hnub Xya", "Isniin", "ሰኞ" too)
    if days < 5 or days < len(header):
        return None  # (not "Role | Mon | Tue | …": a grid of roles by day)
    out = []
    for row in block.rows[1:]:
        for cell in row:
            text = re.sub(r"^\s*\d{1,2}\s+", "", cell).strip()
            if V55_TITLES:  # v55: "24 — PIE BAKERS NEEDED …": the dash after the day's number
                text = re.sub(r"^\s*(?:\d{1,2}\s*)?[—–-]\s+", "", text)
            plain = _strip_md(text)
            if not plain or NEGATIVE_TEXT.search(plain) or FILL_SENTENCE.search(plain):
                continue
            cue = _first_cue(plain)
            bare = _BARE_NEED.search(plain) if not cue and V55_TITLES else None
            if bare and not GENERIC_CORE.match(bare.group("obj")):
                # v55: "12 — BINGO 1 PM **NEED A BINGO CALLER! CALL ARLENE**": a day's event
                # and what it still needs, without a subject
                obj = sentence_case(bare.group("obj").strip())
                out.append({"title": _bound(obj[:1].upper() + obj[1:]), "body": plain,
                            "urgency": None, "row": True, "sure": True})
                continue
            if not cue and V45_TITLES:
                # v45: "22 Cần 6 người dọn dẹp hội trường …": an ask outside English
                cue = next(((s, o) for s in _sentences(plain) if _stated_ask(s)
                            and (o := ask_object(s))), None)
            labelled = _LABELLED_ASK.search(plain) if not cue and V45_TITLES else None
            if labelled and not GENERIC_CORE.match(labelled.group("obj")):
                # v45: "23 Bingo VOLUNTEERS: 2 PIE SERVERS AND A COFFEE POURER FOR FRIDAY'S
                # DINNER - CALL DOROTHY": the day's ask under a label
                obj = sentence_case(labelled.group("obj").strip())
                out.append({"title": _bound(obj[:1].upper() + obj[1:]), "body": plain,
                            "urgency": None, "row": True, "sure": True})
                continue
            if not cue:
                continue
            after = _EVENT_THEN_WANTED.match(plain) if V58_TITLES else None
            if after and cue[1].strip(" .") == after.group("event").strip(" .,"):
                # v58: "Elder lunch — 2 cooks needed. Help Niam Yer cook for 40 people …": the
                # day's event, then who it wants
                out.append({"title": _bound(f"{after.group('event').strip(' .,')} — "
                                            f"{after.group('who').strip()}"),
                            "body": plain, "urgency": None, "row": True, "sure": True})
                continue
            first = (_sentences(plain) or [""])[0]
            name = cue[1]
            if V48_TITLES and first != cue[0] and 6 < len(first.split()) <= 12:
                # v48: "Shopping trip to the Mankato Hmong market and Walmart. HELP: 2
                # drivers needed": the day's name is its first words, before where it goes
                first = re.split(r"(?i)\s+(?:to|at|from|with|for|in|on|a|al|en|con|para)\s+",
                                 first, maxsplit=1)[0]
                name = re.sub(r"(?i)^(?:help|ayuda|caawin|pab)\s*:\s*", "", name)
            if first != cue[0] and 1 <= len(first.split()) <= 6:
                # "Spring cleaning day! We need 5 helpers …": the day's name, then the ask
                name = f"{first.strip(' !.:')}: {name[:1].lower()}{name[1:]}"
            out.append({"title": _bound(name[:1].upper() + name[1:]), "body": plain,
                        "urgency": None, "row": True, "sure": True})
    return out


def _day_grid_roles(block: Block) -> list[dict[str, Any]] | None:
    """A week laid out as a grid, days down the side and parts of the day across, each cell a
    bold-named role with its state ("**ESL class aide** — Help the teacher … OPEN", "**Youth
    soccer coach** — TAKEN – Coach Ahmed"): one need per open role (v46). None when the
    table is not such a grid."""
    days = [r[0] for r in block.rows[1:] if r]
    if len(days) < 2 or not all(_WEEKDAY_HEADER.fullmatch(_strip_md(d)) for d in days):
        return None
    def named(cell: str) -> tuple[str, str] | None:
        lead = _bold_lead(cell)
        if lead:
            return lead
        dash = re.match(r"\s*([^—–]{3,60}?)\s+[—–]\s+(\S.*)$", _strip_md(cell))
        return (dash.group(1), dash.group(2)) if dash else None

    cells = [c for r in block.rows[1:] for c in r[1:] if _strip_md(c).strip(" —–-")]
    if not cells or not all(named(c) for c in cells):
        return None
    out = []
    for cell in cells:
        name, rest = named(cell)
        rest = _strip_md(rest)
        parts = [p.strip(" .") for p in re.split(r"\s+[–—-]\s+|(?<=\.)\s+", rest) if p.strip(" .")]
        states = [_status_cell(p) for p in parts]
        if "filled" in states or FILL_BADGE.fullmatch(rest.strip(" .")) or (
                parts and FILL_TEXT.match(parts[0])):
            continue
        out.append({"title": shorten(name), "body": f"{name}. {rest}", "urgency": None,
                    "row": True, "sure": "open" in states})
    return out


def _table_candidates(section: Section, block: Block, kind: str) -> list[dict[str, Any]]:
    if len(block.rows) < 2:
        return []
    calendar = _calendar_asks(block) if V42_TITLES else None
    if calendar is not None:
        return calendar
    day_grid = _day_grid_roles(block) if V46_TITLES else None
    if day_grid is not None:
        return day_grid
    by_need = _need_column_rows(block)
    if by_need is not None:
        return by_need
    if V29_TABLES and len(block.rows[0]) == 1 and FILL_TEXT.search(block.rows[0][0]):
        return []  # v29: "WE'RE SET ON THESE - THANKS!" over the rows: none is needed
    header = [h.strip() for h in block.rows[0]]
    lower = [h.lower() for h in header]
    dated = _dated_shifts(section, block, header) if V30_TABLES else None
    if dated is not None:
        return dated
    grid = _role_grid(block, header) if V31_TITLES else None
    if grid is not None:
        return grid
    roster = _roster_roles(block, header)
    if roster is not None:
        return roster
    matrix = _matrix_roles(block, header) if V49_TITLES else None
    if matrix is not None:
        return matrix
    spots = [i for i, h in enumerate(header) if SPOTS_COLUMN.search(h)]
    places = V45_TITLES and sum(bool(_NUMBERED_SLOT.fullmatch(_strip_md(h)) or (
        _PLACE_HEADER.fullmatch(_strip_md(h))) or (V46_TITLES and _BARE_PLACE.fullmatch(
            _strip_md(h)))) for h in header) >= 2  # v45: a sheet of places

    who = _who_column(block, header) if V49_TITLES else None
    # v49: "Task | Nights 1–10 | Nights 11–20 | …" or "ሥራ | ስም 1 | ስም 2", names in some cells
    # and a line to write on ("________") in others: the columns are places
    line_places = [i for i in range(1, len(header)) if _line_place_column(block, i)] if (
        V49_TITLES) else []
    if len(line_places) < 2 or not any(re.fullmatch(r"_{2,}", _strip_md(r[i]).strip())
                                       for r in block.rows[1:] for i in line_places if i < len(r)):
        line_places = []
    if kind != "need" and not spots and not places and who is None and not line_places and not (
            V23_TITLES and any(
            _STATUS_HEADER.search(h) and sum(_status_cell(r[i]) in ("open", "filled") or (
                V44_TITLES and _answered_cell(r[i])) for r in block.rows[1:] if i < len(r)) * 2
            >= len(block.rows) - 1 for i, h in enumerate(header))):
        # (v23: or a status column whose cells say open or filled: a sign-up table)
        return []
    title_col = None
    def textual(i: int) -> bool:
        cells = [r[i] for r in block.rows[1:] if i < len(r) and r[i].strip()]
        if V19_TABLES and sum(_status_cell(c) is not None for c in cells) * 2 >= len(cells):
            return False  # "2 of 3 filled", "Full", "all 6 spots open": a status column
        return bool(cells) and sum(bool(re.search(r"[^\W\d_]{3,}", c)) for c in cells) \
            >= 0.8 * len(cells)

    for name in TITLE_COLUMNS:
        for i, h in enumerate(lower):
            if i not in spots and re.search(rf"\b{re.escape(name)}s?\b", h) and textual(i) and not (
                    # v53: "Volunteer 1" is a place to write in, not the rows' names
                    V53_TITLES and _NUMBERED_SLOT.fullmatch(_strip_md(header[i]))) and not (
                    # v42: "What it involves", "What you'll do": the task's description
                    V42_TITLES and _DESCRIPTION_HEADER.match(h)):
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
    # v34: "Slot 1 | Slot 2 | …": a cell per place, a name where it is taken, "—" where the
    # row has no such place; an empty cell is an open place.
    bare = [i for i, h in enumerate(header) if V46_TITLES and _BARE_PLACE.fullmatch(_strip_md(h))]
    if len(bare) < 2:
        bare = []  # v46: "Shift | Day & time | 1 | 2 | 3 | 4": the places, numbered bare
    numbered = [i for i, h in enumerate(header) if i in bare or _NUMBERED_SLOT.fullmatch(
        _strip_md(h)) or (
        # v45: "Date | Task | Name | Name": the same place header repeated, a blank to write in
        V45_TITLES and _PLACE_HEADER.fullmatch(_strip_md(h)) and sum(
            _strip_md(g).strip().lower() == _strip_md(h).strip().lower() for g in header) >= 2)]
    if not V34_TITLES or len(numbered) < 2:
        numbered = []
    if V49_TITLES and not numbered:
        lined = [i for i in line_places if i != title_col]
        numbered = lined if len(lined) >= 2 else []
    out = []
    # v43: "Job | Tue | Thu | 1st Sat" with "open" in some cells and names in others: a row
    # whose every day holds a name is taken
    open_cells = V43_TITLES and sum(_status_cell(c) == "open" for r in block.rows[1:]
                                    for i, c in enumerate(r) if i != title_col) >= 2
    # v44: a status column whose open rows say so ("Open", "مطلوب 2"): a row whose status
    # cell is unread but thanks someone, carries a tick or lists the names that took it
    # ("Naw Paw, Saw Ku, Saw Htoo ✔", "تم التكفل، شكرا لكم") is taken
    answered_cols = [i for i, h in enumerate(header) if i != title_col and _STATUS_HEADER.search(
        h) and sum(_status_cell(r[i]) == "open" for r in block.rows[1:] if i < len(r)) >= 2
    ] if V44_TITLES else []
    day_cols = [i for i, h in enumerate(header) if i != title_col and _WHEN_CELL.fullmatch(
        _strip_md(h)) and not TIME_COLUMN.fullmatch(_strip_md(h).strip())]  # (not "Day", "Time")
    # v48: a column of numbered lines to sign ("1. Gary T. 2. ______"): a row whose lines all
    # hold names, where other rows still have blanks, is taken
    signed_cols = [i for i in range(len(header)) if i != title_col and sum(
        bool(_NUMBERED_LINES.match(r[i]) and re.search(r"_{2,}", r[i]))
        for r in block.rows[1:] if i < len(r))] if V48_TITLES else []
    for row in block.rows[1:]:
        given = len(row)
        row = row + [""] * (len(header) - len(row))
        cell = row[title_col].strip()
        if any(_NUMBERED_LINES.match(row[i]) and not re.search(r"_{2,}", row[i])
               for i in signed_cols):
            continue  # v48: "1. Joanne K. 2. Pastor Dale Voss": every line signed
        blank_line = any(re.search(r"_{2,}", row[i]) for i in signed_cols)
        if open_cells and len(day_cols) >= 2 and all(
                _strip_md(row[i]).strip(" —–-") and _status_cell(row[i]) is None
                and not _blank_cell(row[i]) for i in day_cols):
            continue  # every day of the row holds a name: taken
        if any(_status_cell(row[i]) is None and _answered_cell(row[i]) for i in answered_cols):
            continue
        if V58_TITLES and any(_status_cell(row[i]) is None and _OFFER_STATUS.fullmatch(
                _strip_md(row[i]).strip(" []().!")) for i in answered_cols):
            continue  # v58: "Cho tặng" (giving away) where the open rows say "Cần giúp"
        if who is not None and not _who_open(header, who, row[who]) and not (
                # v58: "— Must speak Hmong and English." in "Filled by": nobody yet, a note
                V58_TITLES and _NOTE_NO_NAME.match(_strip_md(row[who])) and not FILL_TEXT.search(
                    without_partial_counts(_strip_md(row[who])))):
            continue  # v49: every place of the row holds a name
        open_slot = False
        if numbered and all(i < given for i in numbered):
            if not any(_blank_cell(row[i]) or (
                    # v54: "Gary P. | open | open", "Kari | — needed — | Kari": a place whose
                    # cell says it is still open is as open as a blank one
                    V54_TITLES and _status_cell(row[i]) == "open") for i in numbered):
                continue  # every place holds a name (or is no place): the row is taken
            open_slot = True
        if not cell or any(FULL_CELL.search(row[i]) and not _partly_filled(row[i])
                            for i in spots) or _row_counts_full(
                row, header):
            continue
        day_open = V41_TITLES and any(_open_count_cell(c) for i, c in enumerate(row)
                                      if i != title_col)  # v41: another day still open
        if not day_open and any((FILL_BADGE.fullmatch(c.strip(" []()*~.!")) or (
                len(c.split()) <= 4 and FILL_TEXT.search(c))) and not _partly_filled(c)
               for c in row[1:] if c.strip()):
            continue  # a status cell ("0 open", "Taken") in a column we did not recognise
        if V42_TITLES and not day_open and not any(
                _status_cell(c) == "open" for i, c in enumerate(row) if i != title_col) and any(
                FILL_TEXT.match(_strip_md(c).strip(" []()*~.!")) and not _partly_filled(c)
                for i, c in enumerate(row) if i != title_col and c.strip()):
            continue  # v42: a note that opens with the row's state ("Tạm ngưng vì …", paused)
        if V19_TABLES and any(_status_cell(c) == "filled" for i, c in enumerate(row)
                              if i != title_col) and not (
                # v41: "faltan 2 | cubierto ✓" (Tuesday open, Saturday covered): a day
                # still open keeps the row
                V41_TITLES and any(_open_count_cell(c) for i, c in enumerate(row)
                                   if i != title_col)):
            continue  # "Covered ✔ (Our Savior's men's group)", "~~open~~ all set"
        if V38_TITLES and JOB_TEXT.search(" ".join(row)):
            continue  # v38: "Rink manager | … | City-paid seasonal position": a paid job
        if V48_TITLES and any(_PAID_CELL.match(_strip_md(c)) for i, c in enumerate(row)
                              if i != title_col):
            continue  # v48: "Grant writer | Contract work … | Paid – see Jobs below"
        if V45_TITLES and given < len(header) and any(FILL_SENTENCE.search(
                without_partial_counts(_strip_md(c))) for c in row if c.strip()) and not any(
                _status_cell(c) == "open" for c in row if c.strip()):
            continue  # v45: "Oct 18 | The youth group is covering this one" across the row
        if V37_TABLES and any(_CHECKED_NAME.match(c) for i, c in enumerate(row)
                              if i != title_col) and not any(
                _status_cell(c) == "open" for i, c in enumerate(row) if i != title_col):
            continue  # v37: "✓ Almaz" in every place the row has, none open: taken
        negative = NEGATIVE_ITEM if V17_TITLES else NEGATIVE_TEXT  # "No experience needed"
        if negative.search(" ".join(c for c in row if not _partly_filled(c) and not (
                # v30: "Need 1–2 fixers – station closed until we find someone": the status
                # says it is open, whatever its details add
                V30_TABLES and _status_cell(c) == "open"))):
            continue
        when = " ".join(row[i].strip() for i in time_cols if row[i].strip())
        if V15_TITLES:
            cell = sentence_case(cell)  # "HOME-DELIVERED MEAL DRIVERS" (v15)
        place = re.match(r"(?i)(.{3,40}?\b(?:library|church|school|center|centre|hall|park|room"
                         r"|site|campus|branch))\s+[-–—]\s+(.{3,})$", cell)
        if V16_TITLES and place:
            cell = f"{place.group(2)} — {place.group(1)}"  # "Hibbing library - GED math" (v16)
        short = shorten(cell)
        named = re.fullmatch(r"(.{3,50}?)\s+[-–—]\s+([^-–—]{2,30})", cell) if V55_TITLES else None
        if named and len(cell.split()) <= 8 and len(named.group(2).split()) <= 4 and (
                short.casefold() == named.group(1).casefold()):
            # v55: "Meals on wheels driver - route 3 (Dassel)": a row's name and its route,
            # site or group; the other columns hold its details
            short = f"{named.group(1)} — {named.group(2)}"
        if V39_TITLES and len(short) < 5:
            short = _bound(cell)  # v39: "ሾፌሮች — …" (drivers: four syllables) keeps its gloss
        title = short + (f" — {when}" if when and len(cell.split()) <= 4 and (
            not V17_TITLES or len(when.split()) <= 8) else "")
        details = "; ".join(f"{header[i]}: {row[i].strip()}" for i in range(len(header))
                            if i != title_col and header[i] and row[i].strip())
        urgency = None
        for i in priority:
            urgency = PRIORITY_WORDS.get(row[i].strip().lower())
        out.append({
            "title": title,
            "body": f"{cell}. {details}." if details else cell,
            "urgency": urgency,
            # A row of a sign-up table whose count says places are still open: the table
            # itself states the need, whatever the model makes of the row's words.
            # (v16: a "still needed" count states it under any heading.)
            "row": True,
            "sure": open_slot or blank_line or (who is not None) or (
                (kind == "need" or V16_TITLES) and _row_counts_open(row, header)) or (
                V19_TABLES and any(_status_cell(c) == "open" for i, c in enumerate(row)
                                   if i != title_col)),
        })
    caption = [c.strip(" *") for c in block.rows[0] if c.strip(" *")]
    if V29_TABLES and len(caption) == 1 and len(block.rows[0]) == 1 and len(out) >= 2 and sum(
            names_a_role(re.sub(r"\([^)]*\)", "", r["title"])) for r in out) * 2 < len(
            out) and not names_a_role(caption[0]):
        # v29: "FOOD ITEMS LOW ON THE SHELF" over rows of things, each marked NEEDED: one
        # wish list (a table of things is one need, as a list of them is), titled by its
        # caption and naming its first items.
        names = [r["title"] for r in out]
        return [{"title": f"{sentence_case(caption[0])}: {', '.join(names[:3])}",
                 "body": "\n".join(f"- {r['body']}" for r in out), "urgency": None,
                 "row": True, "sure": any(r["sure"] for r in out)}]
    giving = section.heading and (_GIVING_HEADING.search(section.heading) or (
        V31_TITLES and section.parent is not None  # v31: "Donate supplies" > "… supply list"
        and _GIVING_HEADING.search(section.parent.heading or "")))
    if V30_TABLES and len(out) >= 2 and not priority and _GOODS_COLUMN.search(
            header[title_col]) and giving and not any(
                names_a_role(re.sub(r"\([^)]*\)", "", r["title"])) for r in out):
        # v30: "DONATIONS NEEDED" over a table of items and how many: one wish list (a list
        # of things is one need however it is laid out), titled by its first items. (A table
        # that ranks its items by priority keeps one need per item, each with its urgency.)
        names = [re.sub(r"\s*\(.*$", "", r["title"]).rstrip(" ,") for r in out]
        return [{"title": _bound(f"{sentence_case(clean_heading(section.heading))}: "
                                 f"{', '.join(names[:3])}"),
                 "body": "\n".join(f"- {r['body']}" for r in out), "urgency": None,
                 "row": True, "sure": True}]
    return out


# v35: a form's fields in the languages served: name, phone, e-mail, address, signature
_FIELD_WORD = (r"(?:name|your\s+name|full\s+name|phone|e-?mail|address|signature|date|nombre"
               r"|tel[eé]fono|firma|fecha|magaca|magacaaga|telefoonka|saxiixa|maqaa|bilbila"
               r"|koj\s+lub\s+npe|lub\s+npe|xov\s+tooj|tên|điện\s+thoại|ስም|ስልክ|الاسم|الهاتف"
               r"|رقم\s+الهاتف)")
_FORM_FIELD = re.compile(r"(?i)^\s*" + _FIELD_WORD + r"\s*:?\s*(?:$|:)|:\s*" + _FIELD_WORD
                         + r"\s*:?\s*$")


# v35: a condition on the reader that names nothing: "Yog koj muaj", "If you have any"
_BARE_CONDITION = re.compile(
    r"(?i)\s*(?:yog\s+(?:koj|nej)\s+muaj|if\s+you\s+(?:have|can)(?:\s+(?:any|some|them|one))?"
    r"|si\s+(?:usted\s+)?tienes?|haddii\s+aad\s+haysato|nếu\s+(?:bạn|quý\s+vị)\s+có"
    r"|yoo\s+qabaattan|إذا\s+كان\s+لديك[مم]?)\s*[.,!]?\s*")


# v35: a part that is a clause with its own subject and verb: "the lumber yard will donate
# the wood", "our pastor can drive"
_OWN_CLAUSE = re.compile(r"(?i)(?:the|our|a|an|his|her|their|my)\s+(?:[\w'’-]+\s+){0,3}?"
                         r"(?:will|would|can|could|has|have|is|are|was|were|already|donates?|gives?|pays?)\b")


# v35: a heading over a board's open requests: "Still needed", "Open requests", "Needed now"
_OPEN_PARENT = re.compile(r"(?i)(?:still\s+needed|open\s+requests?|needed\s+now|current\s+(?:needs"
                          r"|requests)|open|todavía\s+se\s+necesita|se\s+necesita|pendientes"
                          r"|weli\s+loo\s+baahan|tseem\s+xav\s+tau|vẫn\s+cần)[\s!:.]*")


# v51: a list's heading that says its items are open now: "Open positions", "Roles open now",
# "Doorashooyinka hadda furan" (so: the options open now), "Puestos abiertos"
_OPEN_LIST_HEADING = re.compile(
    r"(?i)\W*(?:(?:current(?:ly)?|now)\s+)?(?:open\s+(?:volunteer\s+)?(?:roles|positions|spots|slots"
    r"|options|opportunities|shifts)|openings|(?:roles|positions|options|spots|shifts)\s+(?:still\s+)?"
    r"open(?:\s+now)?|[\w'’]+\s+hadda\s+furan|(?:puestos|lugares|turnos)\s+(?:abiertos|disponibles))"
    r"(?:\s+now|\s+right\s+now)?\W*")


def _under_open_heading(section: Section) -> bool:
    """The section is a card under a board's "Still needed" heading, at most two levels up
    (v35): the board's layout says every card there is open."""
    ancestor, depth = section.parent, 0
    while ancestor is not None and depth < 2:
        if ancestor.heading and _OPEN_PARENT.fullmatch(clean_heading(ancestor.heading)):
            return not FILL_TEXT.search(without_partial_counts(_own_text(section)))
        ancestor, depth = ancestor.parent, depth + 1
    return False


# v35: a first-person ask for a person: "we could use someone to …", "we need a volunteer who …"
_SOMEONE_ASK = re.compile(r"(?i)\bwe\s+(?:could\s+(?:really\s+)?use|(?:really\s+|still\s+)?need"
                          r"|are\s+(?:still\s+)?looking\s+for|would\s+love)\s+(?:(?:someone|somebody)"
                          r"(?:\s+(?:handy|strong|reliable|patient|good|tall|local|young|retired))?"
                          r"|a\s+volunteer|an?\s+[\w-]+\s+volunteer)\s+(?:to|who|with)\b")
# v49: a referral ask: "If you know anyone who could wash dishes …, please send them my way"
_KNOW_SOMEONE = re.compile(r"(?i)\bif\s+you\s+know\s+(?:of\s+)?(?:anyone|someone|somebody|anybody)"
                           r"\s+(?:who|that)\s+(?:could|can|would|might|is|has)\b")
_RETURN_FORM = re.compile(
    r"(?i)^\W*(?:how\s+to\s+(?:return|send|submit|turn\s+in)\b|return\s+(?:this|the)\s+form\b"
    r"|c[oó]mo\s+(?:devolver|entregar|enviar)\b|sida\s+foomka\b|foomkan\s+ku\s+soo\s+celi"
    r"|yuav\s+xa\s+daim\s+ntawv\b|unka\s+kana\s+deebis\w*|cách\s+(?:gửi|nộp)\b"
    # v45: "Xa daim ntawv no rov qab" (send this form back), "Turn this in", "Devuelva esta hoja"
    r"|xa\s+daim\s+ntawv\s+(?:no\s+)?rov\s+qab|turn\s+(?:this|it)\s+in\b|how\s+to\s+turn\s+(?:this|it)\s+in"
    r"|devuelva\s+(?:esta|este)\b"
    r"|ቅጹን\s+እንዴት|كيف\s+(?:تعيد|ترسل|تسلم)\s+الاستمارة"
    # v54: "Foomka ku soo celi" (return the form), "Waraqaa kana deebisaa" (return this sheet)
    r"|foomka\s+ku\s+soo\s+celi|waraqaa\s+(?:kana\s+)?deebis\w*)")
_FORM_OPTIONS = re.compile(r"\s*[^\s/]+(?:\s[^\s/]+)?(?:\s+/\s+[^\s/]+(?:\s[^\s/]+)?){2,}\s*")


# v36: a page (or part) that lists ways to volunteer: "Volunteer with us", "How to help",
# "Helpers wanted", "Voluntariado", "Tola ooltummaa", "Mutadawacnimo", "Tình nguyện"
_VOLUNTEER_PAGE = re.compile(
    r"(?i)\s*(?:volunteer(?:\s+(?:with\s+us|opportunities|roles|here|needs|positions|jobs))?"  # v44
    r"|how\s+(?:to|you\s+can)\s+help"
    r"|helpers?\s+wanted|volunteers?\s+(?:wanted|needed)|get\s+involved|ways\s+to\s+(?:help|volunteer)"
    r"|voluntariado|voluntarios|(?:hojii\s+)?tola\s+ool\w*|mutadawac\w*|(?:cơ\s+hội\s+)?tình\s+nguyện"
    r"|pab\s+dawb|በጎ\s+ፈቃደኝነት|التطوع|تطوع"
    # v51: "Volunteer at Bilan"
    r"|volunteer\s+(?:at|with)\s+(?-i:[A-Z])[\w'’.&-]*(?:\s+[\w'’.&-]+){0,3}"
    # v56: "Volunteer & Give", "Give or volunteer", "Help and donate"
    r"|(?:volunteer|help)\s+(?:&|and|or|\+)\s+(?:give|donate|giving)"
    r"|(?:give|giving|donate)\s+(?:&|and|or|\+)\s+(?:volunteer|help)"
    # v59: "Tola ooltota barbaanna" (we want volunteers), "Se necesitan voluntarios",
    # "Waxaan u baahanahay mutadawiciin", "Cần tình nguyện viên", "Peb xav tau neeg pab dawb"
    # (my own wordings)
    + (r"|(?:hojii\s+)?tola\s+ool\w*\s+(?:ni\s+|nu\s+)?(?:barbaanna|barbaachisu?|barbaadna)"
       r"|se\s+(?:necesitan|buscan)\s+voluntari[oa]s|(?:buscamos|necesitamos)\s+voluntari[oa]s"
       r"|(?:waxaan\s+u\s+baahanahay|baahi)\s+mutadawac\w*|mutadawac\w*\s+(?:ayaan|ayaa)\s+u\s+baahan\w*"
       r"|(?:đang\s+)?cần\s+(?:người\s+)?tình\s+nguyện(?:\s+viên)?"
       r"|(?:peb\s+)?xav\s+tau\s+(?:neeg\s+)?pab\s+dawb" if V59_TITLES else "")
    + r")\W*")


# v44: a sign-up list's own heading: "Volunteer sign-up", "Sign up to help", "Inscríbase"
_SIGN_UP_HEADING = re.compile(
    r"(?i)\s*(?:(?:volunteer|helper)\s+)?sign[- ]?ups?(?:\s+(?:sheet|form|here|to\s+help))?"
    r"|(?:hoja\s+de\s+)?inscripci[oó]n(?:\s+de\s+voluntarios)?|inscr[ií]base|is\s+diiwaangeli\w*"
    r"|đăng\s+ký(?:\s+tình\s+nguyện)?|sau\s+npe|galmaa\w*|ይመዝገቡ|سجل\s+(?:اسمك|هنا)\W*")


# v49: a greeting heading, in the languages served (outside English and Spanish: my wordings)
_GREETING_HEADING = re.compile(
    r"(?i)\W*(?:a\s+)?(?:warm\s+)?(?:welcome(?:\s+(?:to\s+\S.*|everyone|friends|all))?|greetings"
    r"|bienvenid[oa]s?(?:\s+a\s+\S.*)?|soo\s+dhowaada|ku\s+soo\s+dhowaada|lus\s+txais\s+tos"
    r"|txais\s+tos|chào\s+mừng|baga\s+nagaan\s+dhuftan|እንኳን\s+ደህና\s+መጡ|أهلا\s+وسهلا|مرحبا"
    # v52: "Nyob zoo txhua tus" (hello, everyone), "Xin chào quý vị"
    r"|nyob\s+zoo(?:\s+txhua\s+(?:tus|leej)|\s+sawv\s+daws)?|xin\s+chào(?:\s+quý\s+vị)?)\W*")


# v49: a volunteer page's further roles: "Other jobs", "More ways to help", "Otros puestos"
_OTHER_ROLES = re.compile(r"(?i)\s*(?:other|more|additional)\s+(?:volunteer\s+)?(?:jobs|roles"
                          r"|positions|opportunities|ways\s+to\s+(?:help|serve))|otr[oa]s\s+(?:puestos"
                          r"|tareas|trabajos|formas\s+de\s+ayudar)\W*")


def _other_roles_on_volunteer_page(section: Section) -> bool:
    """"Other jobs" under a heading that lists ways to volunteer ("Volunteers") (v49)."""
    return bool(_OTHER_ROLES.fullmatch(clean_heading(section.heading or ""))) and any(
        _VOLUNTEER_PAGE.fullmatch(h) or re.fullmatch(r"(?i)volunteers", h)
        for h in (clean_heading(a.heading or "") for a in section.ancestors()))


def _role_on_sign_up(section: Section, lead: tuple[str, str], any_heading: bool = False) -> bool:
    """A bold-led item with its own description ("**Licensed electrician** – to sign off small
    jobs …") in a list headed as a sign-up or a list of ways to volunteer (v44)."""
    heading = clean_heading(section.heading or "")
    name, rest = lead[0], _strip_md(lead[1])
    if not heading or not (any_heading or _SIGN_UP_HEADING.fullmatch(heading)
                           or _VOLUNTEER_PAGE.fullmatch(heading)):
        return False
    return (1 <= len(name.split()) <= 6 and len(rest.split()) >= 3 and not FILL_TEXT.search(
        without_partial_counts(rest)) and not JOB_TEXT.search(rest)
            and not EVENT_TEXT.search(name))


# v36: "What's running low this week: tuna, …": the page states the need outright
_RUNNING_LOW = re.compile(r"(?im)^\W*what(?:'s|’s|\s+is|\s+are)\s+(?:running\s+low|most\s+needed"
                          r"|needed\s+most)\b[^:.!?\n]{0,30}:\s*\S")
_BRING_TO = re.compile(
    r"(?i)\W*(?:please\s+)?(?:bring|drop)\s+(?:them|it|items|donations)\s+(?:to|at|off)\b"
    r"|\W*(?:fadlan\s+)?(?:keen|ku\s+keen|soo\s+dhig)\w*\s+(?:\w+\s+)?(?:xarunta|xafiiska)\b"
    r"|\W*(?:por\s+favor\s+)?tr[aá]iga(?:los|las)?\s+a\b|\W*xin\s+mang\s+(?:đến|tới)\b")


# v52: an offer, not an ask: "Giving away a crib and a high chair", "Free to a good home:
# …", "Regalo una cuna", "Waxaan bixinayaa …" (I am giving away)
_GIVING_AWAY = re.compile(
    r"(?i)^\W*(?:(?:i\s+am\s+|i['’]m\s+|we\s+are\s+|we['’]re\s+)?giving\s+away|free\s+to\s+(?:a\s+)?good"
    r"\s+home|free\s*(?:for\s+pick\s*up)?\s*:|up\s+for\s+grabs|(?:i|we)\s+(?:have|has)\s+(?:an?\s+|some\s+)?"
    r"(?:extra|spare)\s+[^.?!]{2,40}\s+to\s+give\s+away|regalo\s|regalamos\s|doy\s+gratis"
    r"|waxaan\s+bixinayaa|kuv\s+muab\s+dawb|tặng\s+miễn\s+phí)")
# a thread's own update that the request is met
_UPDATE_MET = re.compile(r"(?i)\bupdate\s*:\s*(?:[^.!?]{0,40}?\s)?(?:is|are|got|has\s+been)\s+"
                         r"(?:set|sorted|covered|taken\s+care\s+of|found|done|solved)\b"
                         r"|\bupdate\s*:\s*(?:all\s+set|found\s+(?:one|it|someone)|got\s+(?:one|it)|no\s+longer\s+needed)")


def _body_below_heading(result: dict[str, Any]) -> str:
    """The candidate's description without its section heading in front (v52)."""
    body = _strip_md(result.get("description") or "")
    heading = clean_heading(result.get("_heading") or "")
    return body[len(heading):].strip() if heading and body.startswith(heading) else body


def _gives_away(result: dict[str, Any]) -> bool:
    title = result["title"].rsplit(": ", 1)[-1] if result.get("_heading") else result["title"]
    body = _body_below_heading(result)
    return bool(_GIVING_AWAY.match(title) or _GIVING_AWAY.match(body))


_JOIN_BY_CALLING = re.compile(
    r"(?i)\W*(?:if\s+you(?:['’]d)?\s+(?:want|like|wish)\s+to\s+(?:help|volunteer|join|sign\s+up)"
    r"|yog\s+(?:koj\s+|nej\s+)?xav\s+(?:pab|koom)|haddii\s+aad\s+(?:rabto|doonayso)\s+(?:inaad\s+)?(?:caawi|ka\s+qayb)"
    r"|si\s+(?:usted\s+)?(?:quiere|desea|le\s+gustar[ií]a)\s+(?:ayudar|ser\s+voluntari|participar)"
    r"|nếu\s+(?:quý\s+vị|bạn|anh\s+chị)\s+muốn\s+(?:giúp|tham\s+gia)|yoo\s+gargaaruu?\s+barbaadde)"
    r"[^.!?]{0,40},\s*(?:please\s+|thov\s+|fadlan\s+|por\s+favor\s+|xin\s+)?(?:call|contact|email|text|hu\s+rau"
    r"|wac|la\s+xiriir|llame|escriba|gọi|liên\s+lạc|bilbilaa|sign\s+up|sau\s+npe)\b")
# v53: "please don't send / bring (more)" in the languages served (my own wordings): "Xin đừng
# gửi …", "نرجو عدم إحضار …", "يرجى عدم …", "Fadlan ha keenina", "Thov tsis txhob xa", "Por
# favor no traigan", "Maaloo hin fidinaa"
_DONT_SEND = re.compile(
    r"(?i)\bxin\s+(?:quý\s+vị\s+)?đừng\s+(?:gửi|mang|đem)|\b(?:please\s+)?(?:do\s+not|don['’]t)\s+"
    r"(?:send|bring|drop\s+off)\s+(?:any\s+)?more\b|(?:نرجو|يرجى|الرجاء)\s+عدم\s+(?:إحضار|إرسال|التبرع)"
    r"|\bfadlan\s+ha\s+(?:keenina|soo\s+dirina)|\bthov\s+(?:tsis\s+txhob|tsis\s+tas)\s+(?:xa|nqa|coj)"
    r"|\bpor\s+favor\s+no\s+(?:traigan|traiga|env[ií]en|manden)|\bmaaloo\s+hin\s+(?:fidinaa|ergina)")
_SEND_WITH_APPLICATION = re.compile(
    r"(?i)\b(?:with|attached\s+to|along\s+with)\s+your\s+(?:application|form|sign[-\s]?up)\b"
    r"|\bsend\s+(?:us\s+)?(?:a\s+)?cop(?:y|ies)\s+of\s+your\b")
_I_CAN_OPTION = re.compile(
    r"(?i)^\W*(?:i\s+can(?!['’]t|not)|i['’]d\s+like\s+to|i\s+would\s+like\s+to|i\s+will\s+(?:help|bring|drive)"
    r"|i\s+am\s+(?:able|available|interested)|i['’]m\s+(?:able|available|interested)|puedo\s|me\s+gustar[ií]a"
    r"|kuv\s+(?:pab\s+tau|xav\s+pab|tuaj\s+yeem)|waan\s+\w+\s+karaa|tôi\s+(?:có\s+thể|muốn)\s)")
# v52: a label for where and when things are brought (my own Somali, Spanish, Hmong,
# Vietnamese and Oromo wordings, from dictionaries)
_DROP_OFF_LABEL = re.compile(
    r"(?i)(?:(?:gift|donation|food|coat|toy)\s+)?drop(?:ping)?[-\s]?offs?(?:\s+(?:times?|hours|days"
    r"|point|location|site|place|info))?|where\s+(?:and\s+when\s+)?to\s+(?:drop\s+off|bring\s+\w+|bring)"
    r"|(?:goobta|meesha|halka)\s+(?:la\s+)?(?:keeno|dhigo)|d[oó]nde\s+(?:traer(?:los)?|dejar(?:los)?|entregar)"
    r"|lugar\s+de\s+entrega|nơi\s+(?:nhận|gửi)(?:\s+đồ)?|qhov\s+chaw\s+xa|bakka\s+itti\s+fidan")


# v51: a drive's progress after its bold label: "**Chăn mền:** đã nhận 45 / 80 cái, còn thiếu 35
# cái", "**Blankets:** 45 of 80 received"
_OUT_OF = r"\s*(?:/|of|de|trong\s+số|ka\s+mid)\s*"  # "45 / 80", "45 of 80", "45 trong số 80"
_PROGRESS_LABEL = re.compile(r"\s*\*\*([^*:]{3,40}?):?\*\*:?\s+(.{0,60}?)(\d{1,5})" + _OUT_OF
                             + r"(\d{1,5})\b(.*)", re.IGNORECASE | re.DOTALL)


_TALLY_DRIVE = re.compile(r"(?i)\bdrive\b|\bcolecta\b|\bcampaña\b|\bcollection\b|\bround[-\s]?up\b")
_TALLY_LINE = re.compile(r"\s*([^\W\d][^—–:|\d]{2,40}?)\s*(?:[—–:]|\s-)\s*(\d{1,5})" + _OUT_OF
                         + r"(\d{1,5})\b(.*)", re.DOTALL)


_GOAL_COLUMN = re.compile(r"(?i)(?:need(?:ed)?|goal|target|wanted|necesita(?:mos)?|meta"
                          r"|cần|baahan|xav\s+tau|barbaachisu|ያስፈልጋል|مطلوب)")
_HAVE_COLUMN = re.compile(r"(?i)(?:have|received|collected|in\s+stock|on\s+hand|so\s+far|tenemos"
                          r"|recibid[oa]s|đã\s+có|có|haysanno|muaj|qabna|አለን|لدينا|وصل)")


def _need_have_rows(section: Section) -> list[str]:
    """v52: a table of things with a "Need" and a "Have" column ("Dish set (service for 4) |
    6 | 2"): the rows still short, with nothing in the row saying it is enough."""
    out: list[str] = []
    for block in section.blocks:
        if block.kind != "table" or len(block.rows) < 3:
            continue
        header = [_strip_md(h).strip().casefold() for h in block.rows[0]]
        goal = next((i for i, h in enumerate(header) if h and _GOAL_COLUMN.fullmatch(h)), None)
        have = next((i for i, h in enumerate(header) if h and _HAVE_COLUMN.fullmatch(h)), None)
        if goal is None or have is None or goal == have or min(goal, have) == 0:
            continue
        for row in block.rows[1:]:
            cells = [_strip_md(c).strip() for c in row]
            if len(cells) <= max(goal, have):
                continue
            counts = [re.fullmatch(r"\d{1,5}", cells[goal]), re.fullmatch(r"\d{1,5}", cells[have])]
            rest = " ".join(c for i, c in enumerate(cells) if i not in (0, goal, have))
            if all(counts) and int(cells[have]) < int(cells[goal]) and cells[0] and not (
                    FILL_TEXT.search(rest) or FILL_BADGE.search(rest) or "✓" in rest):
                out.append(f"{cells[0]} ({int(cells[goal]) - int(cells[have])} more)")
    return out


def _drive_tallies(section: Section) -> list[str]:
    """The things a drive headed as one ("Fill-the-Shelves Fall Drive") still lacks, from its
    lines of counts ("Peanut butter — 140 of 200 jars"); [] unless it has two such lines, one
    short of its goal with nothing saying it is done (v52).  Money is no such count."""
    heading = clean_heading(section.heading or "")
    if not heading or PAST_REPORT.search(heading):
        return []
    short = _need_have_rows(section)
    if short:
        return short
    if not _TALLY_DRIVE.search(heading):
        return []
    lines = [m for b in section.blocks if b.kind == "para"
             and (m := _TALLY_LINE.fullmatch(_strip_md(b.text)))]
    if len(lines) < 2:
        return []
    return [f"{m.group(1).strip()} ({m.group(2)} of {m.group(3)})" for m in lines
            if int(m.group(2)) < int(m.group(3)) and not (
                FILL_TEXT.search(m.group(4)) or FILL_SENTENCE.search(m.group(4))
                or NEGATIVE_TEXT.search(m.group(4)))]


def _progress_label(text: str) -> str:
    """The thing a drive still collects, from a paragraph that is its bold label and its
    count so far, short of the goal and with nothing saying it is done (v51); "" otherwise."""
    match = _PROGRESS_LABEL.fullmatch(text)
    if not match or int(match.group(3)) >= int(match.group(4)) or int(match.group(4)) < 2:
        return ""
    # (the clause of the count is set aside: "đã nhận 45 / 80" says received so far)
    plain = " ".join(c for c in re.split(r"(?<=[,.;!])\s+", _strip_md(text))
                     if not re.search(r"\d+" + _OUT_OF + r"\d+", c))
    if FILL_TEXT.search(without_partial_counts(plain)) or FILL_SENTENCE.search(plain) or (
            NEGATIVE_TEXT.search(plain)):
        return ""
    label = match.group(1).strip()
    return "" if _BARE_WHO.fullmatch(label) or DATE_WORDS.search(label) else label


def _blank_item(block: Block) -> bool:
    """A list item that is a line to write a name on ("________", "(open)") (v51)."""
    return block.kind == "item" and (_blank_cell(block.text) or bool(
        _BLANK_MARK.fullmatch(_strip_md(block.text))))


def _name_item(block: Block) -> bool:
    """A list item that is a person's name ("Gary P.", "Marv") (v51)."""
    text = _strip_md(block.text).strip()
    return block.kind == "item" and not _blank_item(block) and len(text.split()) <= 3 and bool(
        re.fullmatch(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*\.?)?(?:\s+[A-Z]\.?)?", text))


def _sign_up_places(section: Section) -> str | None:
    """A shift of a sign-up sheet (v51: "### Tuesday — Unload the truck (7:30 am)" over "- Gary
    P." and "- ________"): the task it asks for while a line is still blank, "" when every
    line holds a name and another shift of the page still has a blank one, None for any other
    section."""
    if not section.heading or section.children or section.parent is None:
        return None
    items = [b for b in section.blocks if b.kind == "item"]
    others = [b for b in section.blocks if b.kind != "item"]
    if len(items) < 2 or any(b.kind != "para" or len(_strip_md(b.text).split()) > 12
                             for b in others):
        return None
    if not all(_blank_item(b) or _name_item(b) for b in items):
        return None
    if not any(_blank_item(b) for b in items):
        shifts = [s for s in section.parent.children if s is not section]
        return "" if any(any(_blank_item(b) for b in s.blocks) and any(
            _name_item(b) for b in s.blocks) for s in shifts) else None
    parts = re.split(r"\s+[—–-]\s+|:\s+", section.heading.strip(), maxsplit=1)
    title = parts[1] if len(parts) == 2 and (WEEKDAY_NAME.fullmatch(parts[0]) or re.fullmatch(
        r"(?i)[\w.,/ ]{0,24}\d[\w.,/ ]{0,12}", parts[0]) and DATE_WORDS.search(parts[0])) else (
        section.heading.strip())
    return re.sub(r"\s*\([^()]*\d[^()]*\)\s*$", "", title).strip() or title


def _short_lines(section: Section) -> list[str]:
    """Three or more short lines, each a thing, under a heading that names a list of needs
    (v36): "Lista de deseos para el salón de clases" over "Cuadernos" / "Lápices y
    borradores" / … laid out as paragraphs."""
    heading = section.heading or ""
    if not (_WISH_LIST_HEADING.search(heading) or _WISH_LIST_NAME.search(fold(heading))):
        return []
    lines = [_strip_md(b.text).strip() for b in section.blocks]
    if len(lines) < 3 or any(b.kind != "para" for b in section.blocks) or any(
            len(t.split()) > 6 or re.search(r"[.!?:]$", t) for t in lines):
        return []
    return lines


def _heading_states_open(heading: str, body: str) -> bool:
    """A heading that ends with its own open state (v47): "Supply closet: still open",
    "Ride to dialysis – needed", "Kaabayaal (furan)"; not when the text says it is filled."""
    parts = re.split(r"\s*[:–—|]\s+|\s+-\s+|\s*\(", heading.strip().rstrip(")"))
    return len(parts) >= 2 and _lone_open_badge(parts[-1]) and not FILL_TEXT.search(
        without_partial_counts(_strip_md(body)).split("\n")[0])


def _card_in_open_column(section: Section) -> bool:
    """A card in a board's column of open requests (v47: "## Open" over "### Bunk bed for two
    brothers" / "Ages 8 and 10 …"): the board's layout states the need, whatever the card's
    words -- unless the card itself is paid, an event, or says it is taken."""
    heading = clean_heading(section.heading or "")
    parent = section.parent
    if not heading or section.children or len(heading.split()) > 12 or parent is None or not (
            parent.heading and _OPEN_COLUMN_HEADING.fullmatch(clean_heading(parent.heading))):
        return False
    if V49_TITLES and (is_generic_heading(heading) or _VOLUNTEER_PAGE.fullmatch(heading)):
        return False  # v49: "### mutadawac" (volunteer): a tag, the card's lead names it
    body = _own_text(section)
    if len(body.split()) < 3 or any(b.kind not in ("para",) for b in section.blocks):
        return False
    text = f"{heading}\n{body}"
    return not (JOB_TEXT.search(text) or EVENT_TEXT.search(heading) or FILL_TEXT.search(
        without_partial_counts(text)) or "~~" in body)


# v47: a board column of open requests: "Open", "Open requests", "To do", "Needs a helper"
_OPEN_COLUMN_HEADING = re.compile(
    r"(?i)\s*(?:open(?:\s+(?:requests?|cards?|needs?))?|to\s+do|needs?\s+(?:a\s+)?(?:helper|volunteer)"
    r"|abierto|pendiente|furan|qhib|mở|banaa|ክፍት|مفتوح"
    # v49: a column that says "needed" ("Loo baahan yahay", "Xav tau", "Se necesita", "Cần")
    r"|(?:still\s+)?needed(?:\s+now)?|wanted|(?:waa\s+|weli\s+)?loo\s+baahan\s+(?:yahay|yihiin)"
    r"|(?:tseem\s+)?xav\s+tau|(?:vẫn\s+|còn\s+)?cần(?:\s+giúp)?|ni\s+barbaachisa|se\s+necesita\w*"
    r"|(?:nos\s+)?hace\s+falta|ያስፈልጋል|مطلوب)\W*")


def _role_card_on_volunteer_page(section: Section, body: str) -> bool:
    """A card headed by a role or by things to give, on a page that lists ways to volunteer,
    neither paid nor filled (v36): "###### Soccer coach, U10 girls" under "# Volunteer with
    us" whatever its sentences say."""
    heading = clean_heading(section.heading or "")
    # (v58: "### Homework Helpers" with its own text over "#### Amharic-English Interpreter",
    # "#### Grant Writer" …: the first card of a grid whose other cards sit a level lower)
    carded = V58_TITLES and section.children and section.blocks and _heading_role(heading) and (
        _heading_role(clean_heading(section.children[0].heading or ""))) and not _PICK_ONE.search(
            _own_text(section))
    if not heading or (section.children and not carded) or len(heading.split()) > 8 or len(
            _strip_md(body).split()) < 4 or _VOLUNTEER_PAGE.fullmatch(heading):
        return False  # (not a menu's bare heading, nor the page's own heading again)
    if any(b.kind != "para" for b in section.blocks) or body.count(" | ") >= 2 or re.search(
            r"(?i)^serving\b|\bsince\s+\d{4}|\bschedule\b"
            r"|^(?:how\s+to|c[oó]mo|sida|yuav|cách|እንዴት|كيف)\b", heading):
        return False  # a table's or list's heading, a link bar, a banner: no card
    if not any(a.heading and _VOLUNTEER_PAGE.fullmatch(clean_heading(a.heading))
               for a in section.ancestors()):
        return False
    text = f"{section.heading}\n{_strip_md(body)}"
    if JOB_TEXT.search(text) or re.search(r"(?i)\bpaid\b|\$\d", text) or FILL_TEXT.search(
            without_partial_counts(text)) or "~~" in body:
        return False
    plain = _strip_md(body).strip()
    if FILL_START.search(plain.lstrip(" [(*") + ".") or re.search(
            r"(?i)\[\s*(?:filled|full|closed|taken|covered|done)\s*\]", body):
        return False  # "[FILLED] Thanks to the youth group" (v36)
    if V56_TITLES and REFUSAL.search(plain):
        return False  # v56: "we cannot host … student observers this year"
    if re.match(r"[^.!?]{0,80}\?", plain):
        return False  # "Not sure where you fit? Fill out our interest form": no card's text
    if EVENT_TEXT.search(heading) or re.search(
            r"(?i)\b(?:orientation|training|meeting|information\s+session|court[- ]ordered"
            r"|community\s+service)\b", heading):
        return False  # "New volunteer orientation" (v36; "We're good until April" is a
        # fill state, in fill.py since v37)
    return _heading_role(heading) or bool(_WISH_HEADING.search(fold(heading))) or (
        # v56: "Front desk & check-in" / "Greet patients, check them in on the laptop, …":
        # a post named by its place, its text the duties
        V56_TITLES and bool(_DUTY_START.match(plain)))


# v56: a card's text that opens with what the volunteer does
_DUTY_START = re.compile(
    r"(?i)\W*(?:greet|welcome|check|sort|pack|drive|deliver|answer|serve|cook|clean|set\s+up"
    r"|stock|teach|tutor|register|lead|coach|translate|interpret|staff|host|unload|load|wash"
    r"|prepare|organi[sz]e|file|enter|visit|mentor|shovel|mow|repair|fix|paint|bag|stack"
    r"|hand\s+out|distribute|sit\s+with|walk\s+with|read\s+(?:to|with)|keep)\s+\w")


def _item_cards(section: Section) -> list[str]:
    """The things named by a section's cards, when every card (three or more) is a short
    name over at most a few words and the section or a heading above it gives (v35): "###
    Dish sets" / "Plates, bowls, cups for 6" under "Welcome baskets for new arrivals" on a
    "Give" page.  [] otherwise."""
    children = section.children
    if len(children) < 3 or not section.heading:
        return []
    headings = [s.heading for s in [section, *section.ancestors()] if s.heading]
    own = " ".join(_strip_md(b.text) for b in section.blocks if b.kind == "para")
    if not (any(_WISH_HEADING.search(fold(h)) or _GIVE_PAGE.search(h) for h in headings[:3])
            or _HOLDS.search(own)):
        return []
    items = []
    for child in children:
        body = " ".join(_strip_md(b.text) for b in child.blocks)
        if (child.children or not child.heading or len(child.heading.split()) > 5
                or len(body.split()) > 8 or any(b.kind == "table" for b in child.blocks)
                or names_a_role(child.heading) or _role_start(child.heading)):
            return []
        items.append(f"{child.heading} — {body}" if body else child.heading)
    return items


_GIVE_PAGE = re.compile(r"(?i)^\s*(?:give|giving|ways\s+to\s+give|in[- ]kind)\b"
                        r"|\bbaskets?\b|\bkits?\b")
_HOLDS = re.compile(r"(?i)\b(?:holds|includes|contains|each\s+(?:basket|kit|box|bag)\b)")


# v34: a heading that names a list of things needed, in the languages served (authors' best
# effort): "Wish list", "Lista de deseos", "Liiska alaabta", "Tarree meeshaalee", "قائمة
# الاحتياجات", "Danh sách đồ cần", "Cov khoom peb xav tau", "የሚያስፈልጉን ዕቃዎች"
_WISH_LIST_HEADING = re.compile(
    r"(?i)(?:wish|want)\s*list|\blista\s+de\b|\bliiska\b|\btarree\b|قائمة|\bdanh\s+sách\b"
    r"|\bkhoom\s+(?:peb\s+)?xav\s+tau\b|የሚያስፈልጉ|\bitems?\s+(?:we\s+)?need|\bneeded\s+items\b"
    r"|\bmost\s+(?:needed|wanted)\b|\bwhat\s+we\s+need\b|\bwantoota\s+nu\s+barbaachis\w*"
    r"|የምንፈልጋቸው\s+ዕቃዎች|የሚያስፈልጉን\s+ዕቃዎች"
    r"|\bvật\s+(?:phẩm|dụng)\s+(?:cần|xin)\b|\bđồ\s+cần\b"  # v37: "Vật phẩm cần cho dịp Tết"
    # v48: "Vật dụng chùa đang cần" (things the temple needs)
    r"|\bvật\s+(?:phẩm|dụng)\s+(?:[^\W\d_]+\s+){1,2}(?:đang\s+|còn\s+)?cần\b"
    r"|\b(?:bare|short|low|out)\s+(?:of|on)\b|\brunning\s+(?:low|out)\b|\bplease\s+(?:bring"
    r"|donate|send)\b|\bwe(?:'re|’re|\s+are)\s+collecting\b")
# v34: a sentence on how to read a sign-up table ("Empty slots are still open", "Meelaha madhan
# waa kuwa aan weli u baahanahay", "Los lugares vacíos …", "Chỗ trống …")
_SLOT_INSTRUCTION = re.compile(
    r"(?i)^(?:the\s+|an?\s+)?(?:empty|blank|open)\s+(?:slots?|spots?|places?|cells?|boxes|lines?)\b"
    r"|^(?:meelaha|meel)\s+(?:madhan|banaan)\b|^(?:los\s+)?(?:lugares|espacios|cupos)\s+"
    r"(?:vac[ií]os|libres|en\s+blanco)\b|^(?:những\s+|các\s+)?ô\s+trống\b|^chỗ\s+trống\b"
    # v49: Arabic "الخانة الفارغة تعني …" (an empty box means …), Amharic "ባዶ ቦታ" (an empty
    # place), Hmong "qhov chaw khoob" (my readings)
    r"|^(?:ال)?خان(?:ة|ات)\s+(?:ال)?فارغ|^ባዶ\s+ቦታ|^(?:qhov\s+)?chaw\s+khoob")
# v34: an ask for what the page lists next ("people for the roles below", "the following")
_ONLY_YOURS = re.compile(
    r"(?i)\b(?:kaliya|keliya|only|just|solo|sólo|tsuas|chỉ)\s+(?:need\s+)?(?:your|sus?|tus|koj"
    r"|gacantaada|waqtigaaga|aqoontaada)\b(?:\s+(?:two\s+|ob\s+txhais\s+|dos\s+)?(?:hands|manos"
    r"|tes|time|tiempo|sijhawm))?")
_ROLES_BELOW = re.compile(r"(?i)\b(?:roles?|positions?|opportunities|jobs|tasks|needs|items|things"
                          r"|ways|spots|shifts)\s+(?:(?:listed|shown|described)\s+)?(?:below|that\s+follow)"
                          r"\b|\bthe\s+following\s*$"
                          # v56: the same in the languages served: "Hojiiwwan armaan gadii …" (the
                          # tasks below), "Hawlaha soo socda", "Cov hauj lwm hauv qab no", "Các
                          # công việc dưới đây", "Las tareas de abajo" (my own wordings but Spanish)
                          r"|^\W*(?:hojii(?:wwan)?|hawlaha|cov\s+hauj\s+lwm|các\s+công\s+việc"
                          r"|las\s+tareas|los\s+puestos)\b[^.]{0,20}?(?:armaan\s+gadii|hoos|soo\s+socd\w*"
                          r"|hauv\s+qab\s+no|dưới\s+đây|abajo|siguientes|a\s+continuaci[oó]n)")
# v37: a title that is only "somebody" / "someone" / "anyone" / "people" / "volunteers"
# (v40: also "New volunteers", "More helpers")
_BARE_WHO = re.compile(r"(?i)\W*(?:(?:new|more|additional|extra)\s+(?=volunteers?\b|helpers?\b))?"
                       r"(?:some(?:body|one)|any(?:body|one)|people|volunteers?|helpers?"
                       r"|alguien|voluntari[oa]s?|qof|dad|neeg|ai\s+đó|nama)\W*")
_WHEN_TAIL = re.compile(r"(?i)\s+(?:this\s+(?:year|week|month|season|spring|summer|fall|autumn"
                        r"|winter|weekend)|right\s+now|now|today|again|este\s+año|ahora)\W*$")
# v46: a place column numbered bare ("1 | 2 | 3")
_BARE_PLACE = re.compile(r"\s*\d{1,2}\s*")
_PLACE_HEADER = re.compile(r"(?i)\s*(?:name|volunteer|helper|who|nombre|voluntari[oa]|magac(?:a)?"
                           r"|npe|tên|maqaa|ስም|الاسم)\s*")
# v34: a numbered place column ("Slot 1", "Spot #2", "Volunteer 3", "Lugar 1")
_NUMBERED_SLOT = re.compile(r"(?i)\s*(?:slot|spot|place|volunteer|helper|lugar|cupo|boos|chỗ)"
                            r"\s*#?\s*\d{1,2}\s*")
# v30: a table's column of things, and a heading over things to give
_GOODS_COLUMN = re.compile(r"(?i)\b(?:items?|things?|art[ií]culos?|cosas|what|qu[eé]|alaab\w*"
                           r"|tools?|equipment|herramientas?|materials?|materiales"  # v48
                           r"|khoom|đồ|món\s+đồ|meeshaalee|ዕቃ\w*|أغراض)\b"
                           r"|(?:ال)?صنف|أصناف")  # v36: Arabic "item(s)"
_GIVING_HEADING = re.compile(r"(?i)\bdonat\w*|\bdonaci\w*|\b(?:wish|want)\s*list|\bneeded\b"
                             r"|\bwanted\b"
                             r"|\bsuppl(?:y|ies)\b|\bdrive\b|\bcollection\b"  # v31
                             r"|\bdeseos\b|\bdeeq\w*|\bpub\b|\bquyên\s+góp|ልገሳ|تبرع"
                             # v57: Oromo "Kennaa meeshaalee" (giving things), "arjooma…", Somali
                             # "Hadiyad…", Spanish "Donativos", Hmong "Pub khoom"
                             r"|\bkennaa\b|\barjoom\w*|\bhadiyad\w*|\bdonativos?\b|\bgifts?\s+in\s+kind\b")
# v30: a cell that is only a date ("November 23", "Sun Dec 7", "12/14"), no role in it
_DATE_CELL = re.compile(
    r"(?i)\W*(?:(?:mon|tue|wed|thu|fri|sat|sun|lunes|martes|mi[eé]rcoles|jueves|viernes"
    r"|s[aá]bado|domingo)[a-z]*\.?,?\s+)?(?:" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?"
    r"|\d{1,2}\s+(?:de\s+)?" + _MONTH + r"|\d{1,2}/\d{1,2}(?:/\d{2,4})?)(?:,?\s+20\d\d)?\W*")


# v52: a table's key to its marks, "✓ = covered, ? = we need someone", "X = lleno"
_MARK_KEY = re.compile(r"(?:^|[\s,;.(])(?P<mark>[^\w\s=,;.()]{1,2}|[A-Z])\s*=\s*"
                       r"(?P<meaning>[^,;.=()]{2,40})")
_MARK_OPEN_MEANING = re.compile(r"(?i)\b(?:we\s+(?:still\s+)?need|need(?:ed|s)?|open|wanted|nobody"
                                r"|no\s+one|vacant|falta|se\s+necesita|necesitamos|libre)\b")


def _read_legend_marks(section: Section) -> None:
    """v52: "Each cell is one month … ✓ = covered, ? = we need someone." over a roster: each
    cell that is only a mark the key explains is read as the key's word ("open", "covered")."""
    meanings: dict[str, str] = {}
    for block in section.blocks:
        if block.kind != "para":
            continue
        for match in _MARK_KEY.finditer(_strip_md(block.text)):
            meaning = match.group("meaning").strip()
            state = "open" if _MARK_OPEN_MEANING.search(meaning) else (
                "covered" if _status_read(meaning) == "filled" else None)
            if state:
                meanings[match.group("mark")] = state
    if "open" not in meanings.values():
        return
    for block in section.blocks:
        if block.kind == "table":
            block.rows = [block.rows[0]] + [
                [meanings.get(c.strip(), c) for c in row] for row in block.rows[1:]]


def _dated_shifts(section: Section, block: Block, header: list[str]) -> list | None:
    """A sign-up table whose rows are dates and whose other cells say who has each one
    ("November 23 | OPEN", "November 30 | Altar & Rosary Society"): one need -- the task
    the heading and the column name -- for the dates still open (v30). None when the table
    is not laid out so."""
    if len(header) < 2 or len(block.rows) < 3:
        return None
    rows = [r + [""] * (len(header) - len(r)) for r in block.rows[1:]]
    dated = all(_DATE_CELL.fullmatch(r[0].strip()) for r in rows if r[0].strip())
    if not dated and not (V43_TITLES and all(
            _WHEN_CELL.fullmatch(r[0].strip()) for r in rows if r[0].strip())):
        return None
    # (v43: beside a time column too, and by weekday: "Day | Time | Slot 1 | Slot 2 | Slot 3")
    when = [i for i in range(1, len(header)) if V43_TITLES and TIME_COLUMN.search(header[i])
            and not _ROLE_SLOT.fullmatch(_strip_md(header[i]).strip())]
    slots = [i for i in range(1, len(header)) if i not in when]
    places = [_ROLE_SLOT.fullmatch(_strip_md(header[i]).strip()) for i in slots]
    roles = {p.group(1).casefold() if p else None for p in places}
    if V42_TITLES and len(slots) >= 2 and len(roles) == 1 and None not in roles:
        # v42: "WEEK OF | SHOVELER #1 | SHOVELER #2" with a name or a blank in each place:
        # one need, the role on the dates that still have a blank
        heading = clean_heading(section.heading or "")
        open_rows = [r for r in rows if any(not _strip_md(r[i]).strip(" _-–—") for i in slots)]
        if not open_rows or not heading or is_generic_heading(heading):
            return None
        role = places[0].group(1)
        heading = sentence_case(heading) if heading.isupper() else heading
        dates = ", ".join(" ".join([r[0].strip(), *(r[i].strip() for i in when)])
                          for r in open_rows[:4])
        name = heading if _NUMBERED_SLOT.fullmatch(_strip_md(header[slots[0]])) else (
            f"{heading}: {role.lower()}")
        return [{"title": _bound(f"{name} — {dates}"),
                 "body": "\n".join(f"- {' | '.join(c or '(open)' for c in r)}" for r in rows),
                 "urgency": None, "row": True, "sure": True}]
    if not dated:
        return None
    open_rows = [r for r in rows if any(_status_cell(c) == "open" for c in r[1:])]
    if not open_rows:
        return None
    at = next((i for i in range(1, len(header)) if any(
        _status_cell(r[i]) == "open" for r in open_rows)), None)
    column = header[at] if at is not None else ""
    if any(len({_strip_md(r[i]).strip().casefold() for r in rows if r[i].strip()}) > 1
           for i in range(1, len(header)) if i != at):
        return None  # another column names each date's own task: a row is its own need
    heading = clean_heading(section.heading or "")
    if not heading or is_generic_heading(heading):
        return None
    dates = ", ".join(r[0].strip() for r in open_rows[:4])
    name = f"{heading}: {column.strip(' *')}" if column.strip(" *") and not (
        _content_words(column) <= _content_words(heading)) else heading
    return [{"title": _bound(f"{name} — {dates}"),
             "body": "\n".join(f"- {' | '.join(c for c in r if c.strip())}" for r in rows),
             "urgency": None, "row": True, "sure": True}]


# v42: a column for one place of a role: "Shoveler #1", "Driver 2"
_ROLE_SLOT = re.compile(r"([^\W\d]+(?:\s+[^\W\d]+)?)\s*#?\s*\d{1,2}")


# A row label that is a day or a time: "Tuesday 12:30–6:30", "Sat AM", "Evenings".
_WHEN_CELL = re.compile(
    r"(?i)^\W*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|lunes|martes|mi[eé]rcoles|jueves|viernes"
    r"|s[aá]bados?|domingos?|mornings?|afternoons?|evenings?|nights?|weekends?|weekdays?"
    r"|am|pm|" + _MONTH + r"|\d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)?|[-–—/,&+]|to|and|y)"
    r"(?:\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|mornings?|afternoons?|evenings?|am|pm"
    r"|" + _MONTH + r"|\d{1,2}(?::\d\d)?(?:st|nd|rd|th)?\s*(?:am|pm)?|[-–—/,&+()]|to|and|y))*\W*$")


def _role_grid(block: Block, header: list[str]) -> list | None:
    """A sign-up grid of roles by day (v31): the header names a role per column, each row is
    a day or time, each cell says that shift's state ("2 open", "covered", "—").  One need
    per role with an open cell, listing its open days.  None when the table is not so."""
    if len(header) < 3 or len(block.rows) < 3:
        return None
    rows = [r + [""] * (len(header) - len(r)) for r in block.rows[1:]]
    if not all(len(r[0]) <= 40 and _WHEN_CELL.match(_strip_md(r[0]).strip())
               for r in rows if r[0].strip()):
        return None
    cells = [r[i] for r in rows for i in range(1, len(header))]
    states = [_status_cell(c) for c in cells]
    blank = sum(1 for c in cells if not _strip_md(c).strip(" —–-"))
    if sum(s is not None for s in states) + blank < 0.8 * len(cells) or "open" not in states:
        return None
    out = []
    for i in range(1, len(header)):
        role = _strip_md(header[i]).strip(" *")
        if not role or not re.search(r"[^\W\d_]{3,}", role):
            return None
        days = [(_strip_md(r[0]).strip(), _strip_md(r[i]).strip()) for r in rows
                if _status_cell(r[i]) == "open"]
        if not days:
            continue
        when = ", ".join(f"{d} ({c})" for d, c in days[:4])
        out.append({"title": _bound(sentence_case(role)),
                    "body": f"{role}: open shifts {when}.", "urgency": None, "row": True,
                    "sure": True})
    return out


# v49: an item that counts its own open places: "1 person needed", "2 more drivers wanted",
# "need 1", Karen "ပလိၣ်ဘၣ် ၁ ဂၤ" (needed: one person; my reading of the Karen)
_ITEM_OPEN_COUNT = re.compile(
    r"(?i)\b(?:\d{1,2}|one|two|three|four|five|six|a\s+few)\s+(?:more\s+)?(?:persons?|people|volunteers?"
    r"|helpers?|drivers?|adults?|parents?|cooks?|spots?|places?)\s+(?:still\s+)?(?:needed|wanted)\b"
    r"|\bneed(?:ed)?\s+\d{1,2}\b|ပလိၣ်ဘၣ်\s*[၀-၉]"
    # Hmong "xav tau 2 leeg", Spanish "se necesitan 3", "faltan 2", Vietnamese "cần 4 người",
    # Somali "3 qof ayaa loo baahan yahay"
    r"|\bxav\s+tau\s+\d{1,2}\s+(?:leeg|tus|tug)\b|\bse\s+necesita[n]?\s+\d{1,2}\b|\bfaltan\s+\d{1,2}\b"
    r"|\bcần\s+(?:thêm\s+)?\d{1,2}\s+người|\b\d{1,2}\s+qof\s+(?:ayaa\s+)?loo\s+baahan\b")


_OPEN_PILL = re.compile(r"^\s*\[([^\[\]]{2,24})\]\s*")


def _item_states_open(text: str, asked: bool = False) -> bool:
    """A list item that says it is open (v49): an open pill before its name ("[OPEN] **Snack
    parents** – …"), a count of its own open places ("– 1 person needed"), or ``asked`` (the
    caller's reading, e.g. a heading that asks over an item that names a role); never an item
    that is paid, struck or filled."""
    plain = _strip_md(text)
    pill = _OPEN_PILL.match(plain)
    if not ((pill and _status_cell(pill.group(1)) == "open") or _ITEM_OPEN_COUNT.search(plain)
            or asked):
        return False
    rest = plain[pill.end():] if pill else plain
    return not (JOB_TEXT.search(text) or re.search(r"(?i)\bpaid\b|\$\d", text) or "~~" in text
                or FILL_TEXT.search(without_partial_counts(rest)))


def _line_place_column(block: Block, index: int) -> bool:
    """A table column of places to sign (v49): each cell a line to write on ("________") or a
    short name ("أم خالد", "አበበ", "Deb K."); the caller wants a line in one of them."""
    cells = [_strip_md(r[index]).strip() for r in block.rows[1:] if index < len(r)]
    lines = [c for c in cells if re.fullmatch(r"_{2,}", c)]
    rest = [c for c in cells if c and c not in lines]
    return bool(rest) and all(
        len(c.split()) <= 3 and not re.search(r"\d", c) and _status_cell(c) is None
        for c in rest)


def _people_cell(cell: str) -> bool:
    """Names of who serves: "Marta L., Rubén C.", "Luis y Ana" -- people, not events."""
    parts = [p for p in re.split(r"\s*[,;/&]\s*|\s+(?:y|and|iyo|thiab|và)\s+",
                                 _strip_md(cell).strip()) if p.strip()]
    return bool(parts) and all(len(p.split()) <= 3 and all(
        w[:1].isupper() for w in p.split()) for p in parts)


# v49: a column that says who took a task ("Người phụ trách", "Who", "Signed up", "Encargado")
_WHO_HEADER = re.compile(
    r"(?i)\s*(?:who(?:\s+(?:is\s+)?(?:helping|signed\s+up|serves))?|signed\s+up|volunteers?"
    r"|helpers?|names?|person\s+in\s+charge|in\s+charge|người\s+(?:phụ\s+trách|nhận|giúp)"
    r"|phụ\s+trách|encargad[oa]s?|responsables?|qofka|qof\s+mas['’]uul\w*|leh\s+twg|tus\s+pab"
    r"|nama|eenyu|ኃላፊ|المسؤول)\s*[:?]?\s*")
# v49: a place left blank on purpose: "(trống)", "(open)", "(vacío)", "(banaan)" -- in a who
# column a blank is an open place
_BLANK_MARK = re.compile(r"(?i)\s*[(\[]\s*(?:trống|open|blank|empty|vac[ií]o|libre|banaan|bannaan"
                         r"|khoob|duwwaa|ባዶ|فارغ)\s*[)\]]\s*")


# v58: a who-cell that names nobody and says what the place asks: "— Must speak Hmong and
# English.", "Must have a driver's license"
_NOTE_NO_NAME = re.compile(r"(?i)\s*(?:[—–-]\s+)?(?:must|should|needs?\s+to|requires?|requirement"
                           r"|ideally|preferably)\b")


def _who_open(header: list[str], i: int, cell: str) -> bool:
    """A who-cell with an open place: a blank one, or (v59) words that say it is open
    ("(còn trống — cần người biết đọc viết tiếng Việt)", "Cần 1 người có máy ảnh") -- read so
    only where the column stands alone, not as the first of several place columns under one
    header ("Volunteers | | |")."""
    worded = V59_TITLES and all(_strip_md(h).strip() for h in header[i + 1:])
    return _blank_places(cell) or (worded and _status_cell(cell) == "open")


def _blank_places(cell: str) -> bool:
    """A who-cell with an open place: empty, a line to write on, or a blank mark among names
    ("Chị Mai, (trống)") (v49)."""
    return _blank_cell(cell) or any(_BLANK_MARK.fullmatch(p) or not _strip_md(p).strip()
                                    for p in re.split(r"[,;/]", _strip_md(cell)))


def _who_column(block: Block, header: list[str]) -> int | None:
    """The column of a task list that names who took each task, where some rows still have a
    blank place and others only names (v49: "Ngày | Công việc | Người phụ trách" over "(trống)"
    and "Cô Hạnh, chị Lan"). None when there is no such column."""
    for i, h in enumerate(header):
        if i == 0 or not _WHO_HEADER.fullmatch(_strip_md(h)):
            continue
        cells = [r[i] if i < len(r) else "" for r in block.rows[1:] if len(r) == len(header)]
        blank = [c for c in cells if _who_open(header, i, c)]
        named = [c for c in cells if not _who_open(header, i, c)]
        if blank and named and all(_people_cell(_capitalised_names(c)) or _answered_cell(c) or (
                V59_TITLES and _status_cell(c) == "filled") for c in named) and any(
                not _blank_cell(c) for c in blank):
            return i
    return None


def _capitalised_names(cell: str) -> str:
    """Names with their lower-case titles dropped: "Cô Hạnh, chị Lan, anh Tuấn" -> "Cô Hạnh,
    Lan, Tuấn" (v49; Vietnamese kinship titles, "Mr.", "Sra.")."""
    return re.sub(r"(?:(?<=^)|(?<=[,;/&]\s)|(?<=[,;/&]))\s*(?:chị|anh|cô|chú|bà|ông|em|thầy"
                  r"|sra?\.?|don|doña)\s+(?=\w)", " ", _strip_md(cell).strip()).strip()


def _matrix_roles(block: Block, header: list[str]) -> list | None:
    """A staff matrix (v49): a row per team, class or site, a column per role, each cell the
    name of who serves or an open mark ("U8 girls | Tom B. | NEEDED | Lisa P."). One need per
    open cell, titled "U8 girls: assistant coach"; a row cut short by a note across the table
    ("U12 boys | Team full …") is no row of the matrix.  Laid the other way ("Job | Jun 7 |
    Jun 14"), one need per role with its open dates. None when the table is not so."""
    if len(header) < 3 or len(block.rows) < 3:
        return None
    roles = [_strip_md(h).strip(" *") for h in header[1:]]
    rows = [r for r in block.rows[1:] if len(r) == len(header)]
    labels = [_strip_md(r[0]).strip() for r in rows]
    # "Job | Jun 7 | Jun 14 | …": roles down the side, dates across the top
    dated = all(r and (_DATE_CELL.fullmatch(r) or _WHEN_CELL.match(r)) for r in roles)
    named = labels if dated else roles
    if not all(r and len(r.split()) <= 6 and re.search(r"[^\W\d_]{3,}", r) and not (
            _STATUS_HEADER.search(r) or _COUNT_HEADER.search(r)) for r in named) or sum(
            names_a_role(r) for r in named) * 2 < len(named):
        return None  # (roles across the top or down the side, not "ITEM | FOR | STATUS")
    if len(rows) < 2 or not dated and not all(
            x and len(x.split()) <= 5 and not _DATE_CELL.fullmatch(x) and not _WHEN_CELL.match(x)
            for x in labels):
        return None  # (a roster by date is _roster_roles')
    cells = [c for r in rows for c in r[1:]]
    opened = [c for c in cells if _status_cell(c) == "open"]
    taken = [c for c in cells if _status_cell(c) != "open" and _strip_md(c).strip(" —–-")]
    if not opened or len(opened) * 2 > len(cells) or not taken or sum(
            _people_cell(c) or _answered_cell(c) for c in taken) < 0.8 * len(taken):
        return None  # (cells that are mostly names, some of them open)
    out = []
    for row, label in zip(rows, labels, strict=True):
        if dated:  # one need per role, listing its open dates
            days = [d for d, c in zip(roles, row[1:], strict=True) if _status_cell(c) == "open"]
            if days:
                out.append({"title": _bound(f"{sentence_case(label)} — {', '.join(days[:4])}"),
                            "body": f"{label}: open on {', '.join(days)}.", "urgency": None,
                            "row": True, "sure": True})
            continue
        for role, cell in zip(roles, row[1:], strict=True):
            if _status_cell(cell) == "open":
                out.append({"title": _bound(f"{label}: {role[:1].lower()}{role[1:]}"
                                            if not role.isupper() else f"{label}: {role.lower()}"),
                            "body": f"{label}: {role} — {_strip_md(cell).strip()}.",
                            "urgency": None, "row": True, "sure": True})
    return out


def _roster_roles(block: Block, header: list[str]) -> list | None:
    """A roster of roles by date (v47): "Domingo | Lectores | Ujieres | …" over rows of dates
    whose cells name who serves, with an open mark where a place is still free ("Pedro G., se
    necesita", "OPEN"). One need per role with a free place, listing its dates. None when the
    table is not so."""
    if len(header) < 3 or len(block.rows) < 3:
        return None
    rows = [r + [""] * (len(header) - len(r)) for r in block.rows[1:]]
    labels = [_strip_md(r[0]).strip() for r in rows if r[0].strip()]
    if not labels or not all(len(x) <= 40 and (_DATE_CELL.fullmatch(x) or _WHEN_CELL.match(x))
                             and re.search(r"[^\W\d_]{3,}", x) for x in labels) or any(
            _STATUS_HEADER.search(h) or _COUNT_HEADER.search(h) or _DESCRIPTION_HEADER.match(
                h.lower()) for h in header[1:]):
        return None  # (not "#101 | Replace rotted porch steps | … | STATUS": a job list)

    def open_part(cell: str) -> bool:
        return any(_status_cell(part) == "open" for part in re.split(r"\s*[,;/]\s*", cell)
                   if part.strip())

    def named(cell: str) -> bool:  # names of who serves: no sentence, no status
        plain = _strip_md(cell).strip()
        return bool(plain) and len(plain.split()) <= 8 and _status_cell(plain) is None and not (
            re.search(r"[.!?]\s+\S", plain))

    names = _people_cell
    cells = [(i, r[i]) for r in rows for i in range(1, len(header))]
    taken = [c for _, c in cells if _strip_md(c).strip() and not open_part(c)]
    if sum(names(c) for c in taken) < 0.6 * len(taken):
        return None  # (the cells say what happens, not who serves: no roster)
    opened = [i for i, c in cells if open_part(c)]
    if not opened or sum(named(c) or open_part(c) for _, c in cells) < 0.8 * len(cells) or sum(
            named(c) and not open_part(c) for _, c in cells) < len(cells) / 3:
        return None  # (a roster: mostly names, some open places)
    out = []
    for i in range(1, len(header)):
        role = _strip_md(header[i]).strip(" *")
        if not role or not re.search(r"[^\W\d_]{3,}", role):
            return None
        dates = [_strip_md(r[0]).strip() for r in rows if open_part(r[i])]
        if not dates:
            continue
        out.append({"title": _bound(f"{sentence_case(role)} — {', '.join(dates[:4])}"),
                    "body": f"{role}: open places on {', '.join(dates)}.", "urgency": None,
                    "row": True, "sure": True})
    return out


# A status cell that says places are still open, in free wording (v19): "2 needed most
# nights", "still need 1 for Tuesdays", "nobody yet — 3 openings", "all 6 spots open",
# "Se necesitan 2", "Faltan 3 personas".
_OPEN_STATUS = re.compile(
    r"^(?:(?:still\s+)?need(?:s|ed)?\s+(?:\d|one|two|three|a\s)|(?:all\s+)?\d{1,3}\s+(?:more\s+)?"
    r"(?:[^\W\d]+\s+)?(?:needed|wanted|open|openings?|left|remaining|available|to\s+go)\b"
    r"|nobody\s+yet|no\s+one\s+yet|none\s+yet|not\s+yet\s+(?:filled|covered)|unfilled|vacant"
    # v45: "Searching", "Đang tìm", "Buscando", "Raadinaynaa", "Tab tom nrhiav", "Barbaachaa"
    r"|(?:still\s+)?(?:searching|looking)$|đang\s+tìm|buscando$|raadin(?:ayn|eyn)aa|tab\s+tom\s+nrhiav"
    r"|(?:now\s+)?accepting\s+(?:volunteers|applications|sign-?ups|helpers)\b"  # v45
    r"|open(?:ings?)?\s*:?\s*\d|(?:se\s+necesita[n]?|falta[n]?|queda[n]?|c[oò]n)\s+\d"
    r"|(?:urgently\s+)?(?:needed|wanted)\b"
    # v21, in the languages served (authors' best effort): "Còn thiếu 6 người", "Cần thêm 4
    # người", "Chưa có ai", "2 ሰዎች ያስፈልጋሉ", "ክፍት ነው", "2 qof ayaa loo baahan yahay",
    # "weli waa bannaan", "tseem xav tau 2", "tsis tau muaj neeg", "nama 2 barbaachisa",
    # "aún se necesitan 2", "nadie todavía", "مطلوب 2".
    r"|còn\s+thiếu|cần\s+(?:thêm\s+)?\d|chưa\s+có\s+(?:ai|người)|còn\s+trống"
    r"|\d{1,3}\s*(?:ሰው|ሰዎች)?\s*(?:ያስፈልጋ(?:ል|ሉ)|ይፈለጋ(?:ል|ሉ))|ክፍት(?:\s*ነው)?$|ገና\s*(?:ማንም|ሰው)"
    r"|\d{1,3}\s+(?:qof\s+)?(?:(?:ayaa|baa)\s+)?(?:loo\s+baahan|la\s+doonayaa)|weli\s+(?:waa\s+)?"
    r"ban(?:n)?aan|(?:waa\s+)?ban(?:n)?aan$|cidna\s+(?:weli|ma)"
    r"|(?:tseem\s+)?xav\s+tau\s+(?:\w+\s+)?\d|tseem\s+tsis\s+tau|tsis\s+tau\s+muaj\s+neeg|qhib$"
    r"|(?:nama\s+)?\d{1,3}\s+(?:nama\s+)?(?:barbaachisa|barbaadama)|(?:ammallee\s+)?banaa$"
    r"|(?:a[uú]n\s+|todav[ií]a\s+)?(?:se\s+)?necesita[n]?\s+\d|abiert[oa]$|nadie\s+(?:todav[ií]a|a[uú]n)"
    r"|(?:مطلوب|نحتاج)\s*\d|\d{1,3}\s+مطلوب|شاغر|open$"
    # v23: "Still needed", "Đang cần" (needed now), "Vẫn còn cần"
    r"|still\s+(?:needed|wanted|open)$|(?:đang|vẫn(?:\s+còn)?)\s+cần$"
    # v25: "Se busca", "Buscamos" as a card's badge
    r"|se\s+busca[n]?$|buscamos$"
    r"|please\s+(?:bring|send|donate)$"  # v36: a want list's status column
    # v38: "Tuesdays and Thursdays still open", "As many as we can get", "2 spots — …"
    r"|[^.;]{0,40}\bstill\s+open\b|as\s+many\s+as\s+(?:we\s+can\s+get|possible)"
    r"|[1-9]\d{0,2}\s+spots?(?=\s*(?:[—–-]|$))"
    # v39: "2 ቦታ ክፍት ነው" (2 places open)
    r"|\d{1,3}\s*(?:ቦታ(?:ዎች)?\s*)?ክፍት"
    # v40: Oromo "Namoota 2 barbaanna" (we want 2 people), "Ni barbaachisa" (it is needed)
    # (my own wording, from dictionaries)
    r"|(?:nam(?:oot)?a\s+)?\d{1,3}\s+(?:nam(?:oot)?a\s+)?barbaanna$|ni\s+barbaachisa$"
    r"|(?:weli\s+)?(?:waa\s+)?furan$"  # v40: Somali "Waa furan" (it is open)
    # v54: Somali "Waa loo baahan yahay" (it is needed), "Si degdeg ah ayaa loogu baahan yahay"
    # (urgently needed), "2 boos banaan" (2 places empty) (my own wording, from dictionaries)
    r"|(?:si\s+degdeg\s+ah\s+)?(?:weli\s+)?(?:waa|ayaa|baa)\s+loo(?:gu)?\s+baahan(?:\s+yahay)?$"
    r"|\d{1,3}\s+boos(?:as)?\s+(?:oo\s+)?ban(?:n)?aan)", re.IGNORECASE)


def _open_count_cell(cell: str) -> bool:
    """A status cell that says places are open, not "0 open" (v41)."""
    return _status_cell(cell) == "open" and not re.match(r"\W*0\b", _strip_md(cell))


def _status_cell(cell: str) -> str | None:
    """What a table's status cell says: "filled", "open" or None (v19). Struck-out words
    ("~~open~~ all set") and notes in brackets ("Covered ✔ (the men's group)") are set aside
    before the cell is read; a cell that is a sentence about the task says nothing."""
    plain = re.sub(r"~~.*?~~|<(?:del|s)>.*?</(?:del|s)>", " ", cell)
    if V44_TITLES and re.search(r"^\W*[✓✔✅☑👍]|[✓✔✅☑👍]\W*$", _strip_md(plain)):
        # v44: a status that carries a tick ("✅ Lo trae la familia Hernández", "Ổn rồi 👍")
        # is done unless it says what is still open
        read = _status_cell(re.sub(r"[✓✔✅☑👍]", " ", cell))
        return read if read in ("open", "count") else "filled"
    if V39_TITLES:  # "[OPEN] 2 more needed", "[SCHEDULED] crew full": the badge, then its words
        plain = re.sub(r"^\s*\[([^\[\]]{2,20})\]\s+(?=\S)", r"\1 — ", plain)
    glosses = re.findall(r"\(([^)]*)\)", plain)
    plain = re.sub(r"\s*\([^)]*\)\s*", " ", plain)
    plain = _strip_md(plain).strip(" []*~.!,;:✔✓✅☑✗✘❌—–-" + ("¡¿" if V44_TITLES else ""))
    if not plain:
        if V44_TITLES and len(glosses) == 1:  # v44: a cell that is only "(claimed)"
            return _status_read(_strip_md(glosses[0]).strip(" []*~.!,;:✔✓✅☑✗✘❌—–-¡¿"))
        return None
    read = _status_read(plain)
    if read is None and _NUMBER_WORD.search(plain):
        # v47: a count spelled out: "ሁለት ሰዎች ያስፈልጋሉ" (two people needed), "two more needed",
        # "faltan dos", "laba qof ayaa loo baahan yahay"
        read = _status_read(_NUMBER_WORD.sub(lambda m: str(_NUMBER_VALUE[m.group(0).casefold()]),
                                             plain))
    if read is None and V23_TITLES and len(glosses) == 1 and _unread_script(plain):
        # "လိၣ်ဘၣ် ၂ ဂၤ (need 2)", "ပှဲၤလံ — … (full, thank you)": a status in a script we
        # cannot read, glossed in brackets; the gloss says it (v23).
        return _status_read(_strip_md(glosses[0]).strip(" []*~.!,;:✔✓✅☑✗✘❌—–-"))
    return read


# v47: the numbers one to ten as words, in the languages served: English, Spanish, Somali,
# Oromo, Vietnamese, Amharic, Arabic (my own lists, from dictionaries). Left out where the
# word has a commoner sense in a status: Hmong "peb" (also "we"), Somali "lama" (also "not";
# Oromo "two"), Vietnamese "năm" (also "year").
_NUMBER_VALUE = {
    w: n for n, words in enumerate((
        (), ("one", "uno", "una", "hal", "tokko", "một", "አንድ", "واحد"),
        ("two", "dos", "laba", "hai", "ሁለት", "اثنان", "اثنين"),
        ("three", "tres", "saddex", "sadii", "ba", "ሦስት", "ሶስት", "ثلاثة"),
        ("four", "cuatro", "afar", "afur", "bốn", "አራት", "أربعة"),
        ("five", "cinco", "shan", "shani", "አምስት", "خمسة"),
        ("six", "seis", "lix", "ja'a", "sáu", "ስድስት", "ستة"),
        ("seven", "siete", "toddoba", "torba", "bảy", "ሰባት", "سبعة"),
        ("eight", "ocho", "siddeed", "saddeet", "tám", "ስምንት", "ثمانية"),
        ("nine", "nueve", "sagaal", "sagal", "chín", "ዘጠኝ", "تسعة"),
        ("ten", "diez", "toban", "kudhan", "mười", "አስር", "عشرة"),
    )) for w in words}
_NUMBER_WORD = re.compile(r"(?i)(?<![\w\u1200-\u139f\u0600-\u06ff])(?:"
                          + "|".join(sorted(map(re.escape, _NUMBER_VALUE), key=len, reverse=True))
                          + r")(?![\w\u1200-\u139f\u0600-\u06ff])")


# The scripts the status words are written in: Latin, Ethiopic, Arabic (v23).
_READ_SCRIPTS = re.compile(r"[\x00-\u024f\u1e00-\u1eff\u1200-\u139f\u0600-\u06ff]")


def _unread_script(text: str) -> bool:
    """The text's letters are all in scripts the status words are not written in."""
    return bool(re.search(r"[^\W\d_]", text)) and not re.search(r"[^\W\d_]", "".join(
        ch for ch in text if _READ_SCRIPTS.match(ch)))


# v44: a cell that also says what is still open: "Saturdays covered, Sundays still open",
# "Cubierto a medias, falta ayuda", "Sắp đủ rồi – cần thêm 1 người", "ገና ክፍት", "ما زال متاح"
_STILL_OPEN_MARK = re.compile(
    r"(?i)\bstill\s+(?:open|needed|need|short|looking|available|free)\b|\b\d+\s+(?:more|kale)\b"
    r"|\btodav[ií]a\s+(?:libre|abierto|falta)\w*|\bfalta[n]?\b|\ba\s+medias\b|\bweli\b|\binta\s+kale\b"
    r"|vẫn\s+còn|còn\s+trống|(?<!không\s)(?<!chẳng\s)cần\s+thêm|\bsắp\s+đủ|\bammallee\b|\bbanaa\b|\btseem\s+xav\s+tau"
    r"|ገና|ما\s+زال|ما\s+زالت|نحتاج|الباقي|လိၣ်\s*[၀-၉\d]|ဒံး|[၀-၉\d]+\s*ဂၤ\s*အပူၤ"
    r"|\b(?:partially|partly|parcialmente|casi|almost|qayb\s+ahaan|yuav\s+luag|tseem\s+tsis\s+tau"
    r"|gartokkeen)\b|በከፊል|جزئي|لا\s+يزال|ဘူး")
_KAREN_DONE = re.compile(r"(?:လံ|လၢၤ)\s*(?:[!။👍✔✅🙏]\s*)*(?:$|[,၊–—]\s*တၢ်ဘျုး)")
# v44: a Karen status that closes on the perfective "လံ" (already …) and asks for no one


# v53: Vietnamese status cells (my own wording): still need, still short, looking for, need N
_VI_OPEN_CELL = re.compile(r"(?i)(?:còn\s+(?:cần|thiếu)|đang\s+(?:cần|tìm|thiếu)"
                           r"|cần\s+(?:thêm\s+|gấp\s+)?(?:\d+|người|thợ|bạn|tình\s+nguyện|một|hai|ba))(?:\s|$)")
# v52: Arabic status cells (my own wording, from dictionaries): wanted, still needed, we need
_ARABIC_OPEN_CELL = re.compile(r"(?:مطلوب(?:ة|ون|ين)?|ما\s+(?:زلنا|زال|زالت)\s+(?:بحاجة|نحتاج)"
                               r"|(?:لا\s+)?نزال\s+(?:بحاجة|نحتاج)|بحاجة\s+إلى|نحتاج(?:\s+إلى)?|شاغرة?)(?:\s|$)")
_ARABIC_DONE_CELL = re.compile(r"(?:انتهى|انتهت|اكتمل|اكتملت|مكتمل(?:ة)?|تمت?\s+تغطيت|مغطى|مغطاة)"
                               r"(?:\s|$)")


def _status_read(plain: str) -> str | None:
    """``_status_cell``'s reading of a cell without its struck-out words and brackets."""
    if _partly_filled(plain) or _OPEN_STATUS.match(plain):
        return "open"
    if V44_TITLES and _STILL_OPEN_MARK.search(plain):
        return "open"
    if V58_TITLES and _HELP_WANTED_CELL.fullmatch(plain):
        return "open"  # v58: a board's "Cần giúp" (help needed) tag beside "Cho tặng" (giving)
    if V53_TITLES and len(plain.split()) <= 8 and _VI_OPEN_CELL.match(plain):
        return "open"  # v53: "Còn cần 2 người" (still need 2), "Cần thợ có kinh nghiệm"
    if V52_TITLES and len(plain.split()) <= 6 and _ARABIC_OPEN_CELL.match(plain):
        return "open"  # v52: "مطلوبة" (wanted, f.), "ما زلنا بحاجة إلى ثلاثة" (we still need three)
    if V52_TITLES and len(plain.split()) <= 4 and _ARABIC_DONE_CELL.match(plain):
        return "filled"  # v52: "انتهى الموسم" (the season is over), "مكتمل" (complete)
    if V45_TITLES and re.search(r"\s/\s", plain):
        # v45: a status in two languages, "Đang tìm / Searching", "Đã đủ người – cảm ơn! / All
        # filled – thank you!": either half that can be read says it
        reads = [_status_read(half.strip(" .!")) for half in re.split(r"\s/\s", plain)
                 if half.strip(" .!")]
        for state in ("open", "filled"):
            if state in reads:
                return state
    if V44_TITLES and _KAREN_DONE.search(plain) and "လိၣ်ဘၣ်" not in plain.replace(
            "တလိၣ်", "") and len(plain.split()) <= 6:
        return "filled"
    if V35_TITLES and re.fullmatch(r"(?i)guutuu|guutee|waa\s+buuxa\w*|buuxa\w*", plain):
        return "filled"  # v35: Oromo "Guutuu", Somali "Buuxa" (full) as a status cell
    if V21_TITLES:
        # "Đủ rồi – xin tri ân quý vị", "በቂ ሰው አለ፤ እናመሰግናለን": the status before the thanks
        lead = re.split(r"\s*[–—;፤።!]\s*|\.\s+|,\s+", plain, maxsplit=1)[0].strip()
        if lead != plain and lead and len(lead.split()) <= 4 and (
                FILL_BADGE.fullmatch(lead) or FILL_TEXT.search(lead)):
            return "filled"
    if V41_TITLES and len(plain.split()) <= 8 and FILL_TEXT.match(plain):
        return "filled"  # v41: "Tạm ngưng đến mùa xuân" (paused until spring): its state first
    if (FILL_BADGE.fullmatch(plain) or (len(plain.split()) <= 4 and FILL_TEXT.search(plain))
            or (len(plain.split()) <= 8 and FILL_START.match(plain + "."))):
        return "filled"
    if V25_TITLES:
        # "OPEN — one or two Saturdays a month, 10:30 am": the status before its details
        # (not "Open — now closed", "Se busca: ya cubierto")
        parts = re.split(r"\s+[–—-]\s+|:\s+", plain, maxsplit=1)
        lead, rest = (parts[0], parts[1]) if len(parts) == 2 else (plain, "")
        if rest and len(lead.split()) <= 3 and _OPEN_STATUS.match(lead.strip()) and not (
                FILL_TEXT.search(rest) or FILL_BADGE.search(rest) or FILL_START.search(rest)):
            return "open"
    if V43_TITLES and _lone_open_badge(plain):
        return "open"  # v43: "مطلوب", "مطلوب بشدة", "ያስፈልጋል", "Needed" alone in a status cell
    if V42_TITLES and not (FILL_TEXT.search(plain) or FILL_BADGE.search(plain)):
        # "No regular driver – OPEN": the state after what it is about; "Subs needed Apr 15
        # and Apr 29": who is wanted, then when
        parts = re.split(r"\s+[–—-]\s+", plain)
        if len(parts) > 1 and len(parts[-1].split()) <= 3 and _OPEN_STATUS.match(parts[-1]):
            return "open"
        if _NOUN_NEEDED.match(plain):
            return "open"
    if V51_TITLES and _NEED_WHEN.match(plain):
        return "open"  # v51: "need Dec + Jan", "still needed Saturdays": wanted, then when
    if _RATIO.fullmatch(plain) or re.fullmatch(r"\d{1,3}", plain):
        return "count"
    if V30_TABLES and len(plain.split()) <= 16:
        # "New station! Seeking a jeweler or a serious hobbyist": the state after a first
        # sentence that says none
        parts = [p.strip(" .!") for p in re.split(r"(?<=[.!?])\s+", plain)]
        if len(parts) > 1 and any(_OPEN_STATUS.match(p) or _SEEKING.match(p) for p in parts[1:]) \
                and not any(FILL_TEXT.search(p) or FILL_BADGE.fullmatch(p) for p in parts):
            return "open"
    return None


# v58: a board's status that says the post gives something away: "Cho tặng", "Giving away",
# "Free to a good home", "Se regala", "Waa la bixinayaa", "Pub dawb" (outside English and
# Spanish my own wording)
_OFFER_STATUS = re.compile(
    r"(?i)cho\s+(?:tặng|mượn)|tặng|giving(?:\s+away)?|give\s*-?\s*away|free(?:\s+to\s+a\s+good\s+home)?"
    r"|offer(?:ed|ing)?|for\s+loan|se\s+regala|regalo|(?:waa\s+la\s+)?bixin\w*|pub\s+dawb")


# v58: a status that only says help is wanted: "Need help", "Cần giúp (đỡ)", "Necesita ayuda",
# "Caawimaad ayaa loo baahan yahay", "Gargaarsa barbaada", "Xav tau kev pab" (my own wording,
# from dictionaries)
_HELP_WANTED_CELL = re.compile(
    r"(?i)(?:still\s+)?needs?\s+help|help\s+wanted|(?:đang\s+|vẫn\s+)?cần\s+(?:giúp(?:\s+đỡ)?|hỗ\s+trợ)"
    r"|(?:se\s+)?necesita\s+ayuda|caawi(?:n|mo)aad\s+(?:ayaa\s+|baa\s+)?loo\s+baahan(?:\s+yahay)?"
    r"|gargaar(?:sa)?\s+(?:ni\s+)?barbaada\w*|xav\s+tau\s+kev\s+pab"
    # "Hal boos ayaa haray" (one place is left)
    r"|(?:hal|laba|saddex|\d{1,2})\s+boos(?:as)?\s+(?:ayaa|baa)\s+(?:haray|hadhay|banaan)")


# v42: "Subs needed Apr 15", "Drivers wanted Mondays": one or two words for who, then the ask
_NOUN_NEEDED = re.compile(r"(?i)^(?!(?:no|not|none|nothing)\b)"
                          r"(?!(?:as|if|when|whenever|where)\s)"  # (v45: "As needed": a time)
                          r"(?:[^\W\d]+\s+){1,2}"
                          r"(?:needed|wanted)\b(?!\s+(?:no|not)\b)")


# v51: a status that says who is wanted by when ("need Nov + Jan", "needed Sat 3/14")
_NEED_WHEN = re.compile(
    r"(?i)^(?:still\s+)?(?:needs?|needed|wanted)\s+(?:for\s+|on\s+|by\s+)?(?:\d"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s|$|[+,&/])"
    r"|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?(?:\s|$|[+,&/])|every\b|each\b"
    r"|weekends?\b|weekdays?\b|this\s+(?:week|month|spring|summer|fall|winter)\b)")


_SEEKING = re.compile(r"(?i)(?:now\s+)?(?:seeking|looking\s+for|recruiting|buscamos|se\s+busca)\b")


# A table's status column, in the languages served (v23; v44: "State" too).
_STATUS_HEADER = re.compile(r"(?i)\b(?:status|state|estado|tình\s+trạng|trạng\s+thái|xaalad\w*"
                            r"|xwm\s+txheej|haala|الحالة)\b|ሁኔታ")
_COUNT = re.compile(r"^\s*(\d+)\s*$")
_RATIO = re.compile(r"\s*(\d+)\s*(?:/|of|de|trong\s+số)\s*(\d+)(?:\s+[^\W\d]+){0,3}\s*",
                    re.IGNORECASE)
_COUNT_HEADER = re.compile(SPOTS_COLUMN.pattern + "|" + HAVE_COLUMN.pattern
                           + r"|\b(?:status|count|progress|estado|tình\s+trạng|xaalad)\b|#",
                           re.IGNORECASE)


def _partly_filled(cell: str) -> bool:
    """A count that says places remain: "1 of 4 filled", "3/5 taken", "2 of 6 spots
    covered" -- the row is still open, whatever fill word follows the count."""
    ratio = _RATIO.fullmatch(cell)
    if V56_TITLES and not ratio:
        # v56: "4 of 6 filled – **2 open**": the count, then what it leaves
        ratio = _RATIO.fullmatch(_strip_md(re.split(r"\s+[–—-]\s+|[,;]\s+", cell, maxsplit=1)[0]))
    if V44_TITLES and not ratio and re.search(r"\d", cell) and len(cell.split()) <= 8:
        # v44: "3 keessaa 1 guutameera", "ከ3 1 ተሞልቷል", "تم شغل 1 من 3": a count in
        # another word order that leaves places open
        return other_order_partial(cell)
    return bool(ratio) and int(ratio.group(1)) < int(ratio.group(2))


# A count that says how many places are open, with its word (v13): "2 disponibles", "3
# open", "1 left", "Faltan 2", "còn 3", "2 banaan", "tshuav 4".
_OPEN_COUNT = re.compile(
    r"^\s*(?:(?:still|only|just|faltan|quedan|còn|tshuav|haray|hafe)\s+)?(\d+)\s*(?:more\s+)?"
    r"(?:(?:spots?|slots?|places?|lugares|cupos?|chỗ|people|persons?|volunteers?|helpers?"
    r"|personas?|người)(?:\s+|\s*$))?(?:open|left|available|needed|remaining"
    r"|wanted|free|disponibles?|libres?|abiertos?|faltan|còn\s+(?:trống|thiếu)|banaan|bannaa"
    r"|tshuav|haray|hafe|ቀሪ|متبقي(?:ة)?|متاح(?:ة)?)?\s*[.!]?\s*$", re.IGNORECASE)


def _row_counts_open(row: list[str], header: list[str]) -> bool:
    """A count in a "spots" / "still needed" column says places remain ("8", "3 / 8",
    "2 disponibles"), or a partial count in a "signed up" / status column ("2 / 5")."""
    for i, cell in enumerate(row):
        if i >= len(header):
            continue
        if V16_TITLES:
            # "1 (needs a car)", "**2**"
            cell = _strip_md(re.sub(r"\s*\([^)]*\)\s*", " ", cell)).strip()
        if not SPOTS_COLUMN.search(header[i]):
            if ASK_SURE and _COUNT_HEADER.search(header[i]) and _partly_filled(cell):
                return True  # "Signed up: 2 / 5"
            continue
        if V19_TABLES and not HAVE_COLUMN.search(header[i]) and not FILL_TEXT.search(cell):
            lead = re.match(r"(\d{1,3})\s+(?:every|each|per|a|on|for)\b", cell)
            if lead and int(lead.group(1)) > 0:
                return True  # "1 every Saturday" under "Helpers still needed"
        count = ((_COUNT.match(cell) if V12_SURE else None)
                 or (_OPEN_COUNT.match(cell) if ASK_SURE and not _COUNT.match(cell)
                     else None))
        if count and int(count.group(1)) > 0 and not HAVE_COLUMN.search(header[i]):
            return True
        if V12_SURE and _partly_filled(cell):
            return True
    return False


_OPEN_COUNT_HEADER = re.compile(r"(?i)\b(?:open|left|remaining|available|still\s+needed"
                                r"|disponibles?|libres?|abiertos?|còn\s+trống|bannaan|banaa)\b")


# v47: a count column of the places still open, not of all the places
_REMAINING_HEADER = re.compile(r"(?i)\b(?:still|more|remaining|left|open|to\s+go|a[uú]n|todav[ií]a"
                               r"|faltan?|quedan?|còn|weli|tseem|haray)\b")


def _row_counts_full(row: list[str], header: list[str]) -> bool:
    """The row's counts say every place is taken: "7/7", "3 of 3", or a "Signed up" count
    that reaches the "Spots" / "Needed" count beside it."""
    for i, cell in enumerate(row):
        ratio = _RATIO.fullmatch(cell)
        # Only in a count or status column: "14/12" in a date column is a date.
        if (ratio and i < len(header) and _COUNT_HEADER.search(header[i])
                and 0 < int(ratio.group(2)) <= int(ratio.group(1)) and not (
                    # v45: "Slots open: 2 of 2" counts the open places, not the taken ones
                    V45_TITLES and _OPEN_COUNT_HEADER.search(header[i]))):
            return True
    wanted = [i for i, h in enumerate(header) if SPOTS_COLUMN.search(h)
              and not HAVE_COLUMN.search(h) and i < len(row) and _COUNT.match(row[i])]
    have = [i for i, h in enumerate(header) if HAVE_COLUMN.search(h)
            and i < len(row) and _COUNT.match(row[i])]
    if V39_TITLES and wanted and not have and not _REMAINING_HEADER.search(header[wanted[0]]):
        # (v47: not a count of the places still open -- "Still needed: 1" beside "Lou K.")
        # v39: "Số người cần: 8 | Người đã đăng ký: Cô Lan, Chị Hương, … (8 names)": the
        # names signed up fill the places the row asks for; a write-in line is no name
        named = [i for i, h in enumerate(header) if HAVE_COLUMN.search(h) and i < len(row)
                 and i not in wanted]
        if named and V58_TITLES and _NOTE_NO_NAME.match(_strip_md(row[named[0]])):
            return False  # v58: "— Must speak Hmong and English.": a note, no names
        if named and _status_cell(row[named[0]]) != "open":  # (not "**1 needed**")
            names = [n for n in re.split(r"\s*[,;/–—]\s*|\s+(?:and|y|và|&)\s+", row[named[0]])
                     if re.search(r"[^\W\d_]{2,}", n) and not _blank_cell(n)
                     and _status_cell(n) is None]
            return len(names) >= int(row[wanted[0]]) > 0
    return bool(wanted and have) and int(row[have[0]]) >= int(row[wanted[0]]) > 0


_WISH_HEADING = re.compile(
    r"(?:wish|want)\s*list|donat|drive\b|suppl|items?\b|needed|we\s+need|collect|accepting"
    r"|in[- ]kind"
    r"|lista|donacion|\bdonar\b|necesit|colecta|deeq|tabaruc|liiska|alaab|khoom|pub\s+dawb|quyen\s+gop"
    r"|ung\s+ho|arjoom|kennaa|ልገሳ|የሚያስፈልጉን|تبرع|احتياج|please\s+(?:stock|bring|drop\s+off)"
    r"|የሚያስፈልጉ\s+ዕቃዎች"
    r"|\bwantoota\s+(?:nu|isin)\s+barbaachis\w*"  # v34: Oromo "things we need"
    r"|የምንፈልጋቸው|የምንፈልገው"  # v35: Amharic "(the things) we want"
    r"|^\W*(?:always|gratefully)\s+(?:welcome|accepted)\W*$"  # v55
    r"|\blow\s+on$|\bshort\s+on$",  # v58: "Our food closet is low on"
    re.IGNORECASE,
)


# A heading that says the things below are being collected (v21).
_COLLECTING = re.compile(r"collect|donat|wish\s*list|\bdrive\b|recolect|colecta|ururin|quyen\s+gop"
                         r"|sau\s+(?:khoom|khaub)|ልገሳ|تبرع|جمع")


_ANNOUNCE = re.compile(
    r"\bneeds?\b|\bneeded\b|\blooking\s+for\b|\broles?\b|\bopportunit|\bwish\s*list|\bwe\s+could\s+use"
    r"|\bhelp\s+with\b|\bnecesit|\bbuscamos\b|\bbaahan|\bxav\s+tau\b|\bcần\b|\bbarbaach"
    r"|\bhelp\s+us\s+(?:fill|stock|collect|gather|pack)\b|\bplease\s+(?:bring|donate|send)\b"
    r"|\bwe(?:'re|’re|\s+are)\s+collecting\b"
    r"|ያስፈልጉናል|نحتاج"
    # v21: "We are short on:", "We're running low on:", "Nos hace falta:", "Chúng tôi đang
    # thiếu:", "Peb tseem tsis txaus:", "ያስፈልገናል:", "ينقصنا:", "We would love:"
    r"|\b(?:short|low)\s+on\b|\brunning\s+(?:low|out)\b|\bwe\s+(?:would|['’]d)\s+(?:love|welcome)\b"
    r"|\bgratefully\s+accept\b|\baccept(?:ing)?\s+donations\s+of\b|\bhace[n]?\s+falta\b"
    r"|\bnos\s+falta[n]?\b"
    r"|\bthiếu\b|\btsis\s+txaus\b|ያስፈልገናል|ይጎድለናል|ينقصنا"
    # v23: "We accept new or gently used:", "Trung tâm nhận đồ mới hoặc còn tốt:",
    # "Recibimos ropa nueva o en buen estado:"
    r"|\baccept(?:s|ing)?\s+(?:new|gently|clean|good|unused)\b|\bnhận\s+(?:đồ|quần|áo|quà)"
    r"|\b(?:aceptamos|recibimos)\b|\bwe\s+(?:gladly\s+)?(?:accept|receive)\b"
    # v40: "Por favor traiga útiles escolares nuevos a la oficina antes del 8 de agosto:"
    r"|\bpor\s+favor\s+(?:traiga[n]?|done[n]?|env[ií]e[n]?)\b|\bfadlan\s+(?:keena|keen|soo\s+qaado)\b",
    re.IGNORECASE,
)


def _announces_list(text: str) -> bool:
    """A paragraph that ends with ":" and says a list of needs follows."""
    plain = _strip_md(text).rstrip()
    if V23_TITLES:
        plain = re.sub(r"[፦：]$", ":", plain)  # the Amharic and full-width colons (v23)
    return plain.endswith(":") and bool(_ANNOUNCE.search(plain)) and not NEGATIVE_TEXT.search(
        plain)


# v39: a heading that asks for tools or equipment, in the languages served
_TOOLS_HEADING = re.compile(r"(?i)\b(?:tools?|equipment|supplies|materials|qalab\w*|herramientas"
                            r"|materiales|cuab\s+yeej|khoom|dụng\s+cụ|meeshaalee\w*|መሳሪያ\w*|أدوات|معدات)")


def _heading_asks_for_things(heading: str) -> bool:
    return bool(heading and heading_asks(heading) and _TOOLS_HEADING.search(heading))


# v44: a card's pill that says it asks for things: "[Donation]", "[Deeq]", "[Donación]"
_DONATION_PILL = re.compile(
    r"(?i)\[\s*(?:donations?|donate|in-kind|items?\s+needed|wish\s*list|donaci[oó]n(?:es)?"
    r"|deeq|deeqo|tabarruc|khoom\s+pub|pub\s+dawb|quyên\s+góp|đồ\s+quyên\s+góp|kennaa|arjoomaa"
    r"|ልገሳ|እርዳታ|تبرع(?:ات)?|تبرعات\s+عينية)\s*\]")


def _donation_pill(section: Section) -> bool:
    first = next((b for b in section.blocks if b.kind == "para"), None)
    return first is not None and section.blocks[0] is first and bool(
        _DONATION_PILL.fullmatch(_strip_md(first.text).strip()))


def _goods_list(section: Section, items: list[str], kind: str,
                announced: bool = False) -> dict[str, Any] | None:
    """A wish list (a heading and the things it asks for) is one need listing the items.

    Items that are roles ("Drivers for …", "Sort produce …") keep one need each; items
    struck through or marked filled are left out of the list.
    """
    texts = [_strip_md(t) for t in items]
    open_items = [t for t in texts if t and "~~" not in t and not FILL_SENTENCE.search(t)
                  and not CONTACT_START.match(t)]
    # v42: a room's list under "Apartment setup checklist" ("Checked items are covered"):
    # the checked items are gone, the rest of the room's list is one need, if only one thing
    checklist = V42_TITLES and section.parent is not None and bool(
        section.parent.heading) and bool(_CHECKLIST.search(_own_text(section.parent)))
    if len(open_items) < (1 if checklist else 2) or any(len(t.split()) > 14 for t in open_items):
        return None
    roles = sum(1 for t in open_items if _role_start(t) or IMPERATIVE_START.match(t)
                or (names_a_role(t) and not DONATION_GOODS.search(fold(t))))
    headings = [s.heading for s in [section, *section.ancestors()] if s.heading]
    wish_heading = any(_WISH_HEADING.search(fold(h)) or (V39_TITLES and heading_asks(h))
                       for h in headings[:2])  # (v39: "Qalabka aan u baahannahay" asks)
    # v21: under "What we are collecting" one item read as a task ("Draft stoppers for
    # doors") does not make a list of things a list of roles.
    collecting = V21_TITLES and wish_heading and bool(_COLLECTING.search(fold(headings[0])))
    if V39_TITLES and roles and any(_heading_asks_for_things(h) for h in headings[:1]) and all(
            len(re.sub(r"\([^)]*\)", "", t).split()) <= 4 for t in open_items):
        # v39: "Qalabka aan u baahannahay" (tools we need) over "Majarafad (shovel)", …: an
        # English gloss or a tool's name that reads as a task does not make a role of a thing
        roles = sum(1 for t in open_items if names_a_role(re.sub(r"\([^)]*\)", "", t))
                    and not DONATION_GOODS.search(fold(t)))
        collecting = True
    # v44: a card whose pill says it asks for gifts ("[Deeq]"): its items are things,
    # whatever "Xisaabiyeyaal (calculators)" reads as
    pill = V44_TITLES and _donation_pill(section)
    if pill:
        roles = 0
    if roles and roles * (2 if collecting else 4) > len(open_items):
        return None  # a list of roles (or roles and things mixed): one need per item
    goods = sum(1 for t in open_items if DONATION_GOODS.search(fold(t)))
    named = V16_TITLES and bool(_WISH_LIST_NAME.search(fold(section.heading or ""))) or (
        V35_TITLES and bool(_WISH_LIST_HEADING.search(section.heading or "")))
    # v19: a room's or a teacher's list under a "Teacher wish lists" heading
    under_wish_list = V19_TABLES and len(headings) > 1 and bool(
        _WISH_LIST_NAME.search(fold(headings[1])))
    if checklist:
        under_wish_list = wish_heading = True
    if V19_TABLES and announced and not roles:
        wish_heading = True  # "Thư viện nhỏ của trường đang cần:" + the things (v19)
    if V37_TITLES and named and not roles:
        wish_heading = True  # v37: a heading that names a list of needs is a wish heading
    if pill:
        named = wish_heading = True  # v44: "### Qalabka dugsiga" / "[Deeq]" / the things
    if not (wish_heading and (kind == "need" or goods or named or under_wish_list)) and goods < max(
            2, len(open_items) / 2):
        return None
    heading = clean_heading(section.heading) if section.heading else ""
    # (v42: not "Rice cooker (large" from "… (large, 10-cup)"; a gloss, "(boots)", stays)
    names = [shorten(re.sub(r"\s*\([^()]*[,\d][^()]*\)", "", t) if V42_TITLES else t)
             for t in open_items]
    title = f"{heading}: {', '.join(names)}" if heading else ", ".join(names)
    body = (f"{heading}\n\n" if heading else "") + "\n".join(f"- {t}" for t in open_items)
    # A list under a heading that calls itself a wish list states the need outright (v15).
    sure = V15_TITLES and bool(_WISH_LIST_NAME.search(fold(heading)))
    # v19: a room's list under a wish-list heading is stated by the page as much, and is one
    # need before any of its items read alone.
    # v21: a list most of whose items are things people give ("Hearty soups and chili,
    # Canned fruit in juice, Cooking oil, …") states the need as much as a wish-list heading.
    given = V21_TITLES and goods >= 3 and goods * 2 >= len(open_items) and not (
        SERVICE_HEADING.search(heading) or CLIENT_HEADING.search(heading))
    return {"title": _bound(title).rstrip(" ,;:"), "body": body, "with_intro": True,
            "sure": sure or under_wish_list or given, "first": under_wish_list, "goods": True}


# v42: a checklist whose checked items are covered
_CHECKLIST = re.compile(r"(?i)\bcheck\s*-?\s*list\b|\bchecked\s+(?:items|boxes|ones|things)\b"
                        r"|\bunchecked\b|\bitems?\s+(?:with\s+a\s+)?check\s*mark")


# A heading that names a wish list, in the languages served.
_WISH_LIST_NAME = re.compile(
    r"\b(?:wish|want)\s*list|^please\s+(?:stock|bring)\b|\blista\s+de\s+(?:deseos|necesidades)|\bliiska\s+(?:baahida|alaabta"
    r"|deeqaha)|\bdanh\s+sach\s+(?:can|qua|do)|\bkhoom\s+(?:peb\s+)?xav\s+tau"
    r"|\btarree\s+(?:fedhii|barbaachisaa)|የምኞት\s+ዝርዝር|قائمة\s+(?:الأمنيات|الاحتياجات)")


# A mutual-aid request board numbers each request: "#214 · Crib", "A-12 · Winter coats",
# "Req. 31: Rides to dialysis", "No. 7 — Bunk beds".
REQUEST_ID_PREFIX = re.compile(r"^\s*(?:#\s?\d{1,5}|(?:No|Nº|Nr|Req(?:uest)?)\.?\s*#?\s?\d{1,5})"
                               r"\s*[·:—–|-]\s*", re.IGNORECASE)
REQUEST_ID = re.compile(r"^\s*(?:#\s?\d{1,5}|(?-i:[A-Z]{1,3}-\d{1,5})"
                        r"|(?:No|Nº|Nr|Req(?:uest)?|Solicitud|Codsi|Thov)\.?\s*#?\s?\d{1,5})"
                        r"\s*[·:—–|-]\s+\S"
                        # v54: "#43 Twin bed frame": a board's number, then its capitalised name
                        r"|^\s*#\d{1,5}\s+(?-i:[A-Z])", re.IGNORECASE)


# v45: a drive that reports what it gathered: "Last winter's drive collected 180 coats" (one of
# the past reports below since v46)
_DRIVE_COLLECTED = (r"\b(?:drive|campaign|collection|colecta|campa[nñ]a)\s+"
                    r"(?:collected|raised|gathered|brought\s+in|recolect[oó]|junt[oó])\b")


# A collection drive by name, in the languages served.
_DRIVE_NAMED = re.compile(
    r"(?i)\bdrive\b|\b(?:re)?colecta\b|\bcampa[nñ]a\s+de\s+(?:recolecci[oó]n|donaci[oó]n)"
    r"|\bololaha\s+(?:ururinta|deeqda|qalabka)|\bquyên\s+góp\b|\bsau\s+(?:khoom|khaub)"
    r"|حملة\s+(?:جمع|تبرع)")
# A body that reports a drive as past: "We handed out 212 backpacks", "Thanks to you we
# collected …", "Entregamos 90 mochilas".
PAST_REPORT = re.compile(
    r"(?i)\b(?:we|you)\s+(?:all\s+)?(?:handed\s+out|gave\s+out|collected|raised|delivered"
    r"|distributed|donated|filled)\b|\bwrapped\s+up\b|\bthat['’]s\s+a\s+wrap\b"
    r"|\b(?:entregamos|recolectamos|juntamos|repartimos)\b"
    # v46: "Last spring's drive brought in 312 tools": what a drive gathered
    r"|" + _DRIVE_COLLECTED)


# A paragraph that opens with the thing or person wanted (v21): "An accordion or fiddle
# player …", "Somebody who knows computers …", "Un traductor …".
_THING_START = re.compile(r"(?i)^(?:an?|one|two|three|somebody|someone|anyone|a\s+few|un|una"
                          r"|alguien)\s+[^\W\d_]")


# v25: a stock the organization keeps that has run out, and what would refill it.
_EMPTY_STOCK = re.compile(r"(?i)\b(?:is|are)\s+(?:(?:empty|bare)(?:\s+again)?"
                          r"|running\s+(?:low|empty))\b"
                          r"|\bran\s+out\s+of\b(?!\s+time)|\bha(?:s|ve)\s+run\s+out\b(?!\s+of\s+time)")
_WELCOME_CLAUSE = re.compile(r"(?i)(?:^|[,;:]\s*)(?P<obj>[^,;:.!?]{3,80}?)\s+(?:are|is|would\s+be)"
                             r"\s+(?:\w+\s+)?(?:welcome|appreciated)\b")
_NO_THING = {"everyone", "everybody", "all", "questions", "question", "you", "new", "any",
             "and", "or", "your", "comments", "ideas", "suggestions"}
# A report of what the organization did, as a title (v25): "We counted eleven kinds of wild
# rice hotdish …", "We served 300 families" -- never an ask.
_WE_DID = re.compile(r"(?i)^we\s+(?:all\s+)?(?:(?!need|mov|los|retir|flood|stopp|clos|broke"
                     r"|want|us|lack|miss|fail|spill|crack|leak|burn|destroy|damag|ruin)"
                     r"[a-z]{3,}ed|had|fed|made|saw|took|won|met|sent|brought|gave|held|built|sold"
                     r"|spent|went|ate)\b[^:]*$")


# v54: the same report in the languages served, with its count: "Peb sau tau 3,000 phaus zaub"
# (we gathered 3,000 pounds of vegetables), "Recaudamos $1,200", "Waxaan ururinnay 400 …",
# "Chúng tôi đã phát được 200 …" (outside Spanish: my own wordings)
_WE_DID_FOREIGN = re.compile(
    # (v56: after the year it happened, "Sannadkii 2024 waxaan bixinay 1,200 xabbo …" -- in
    # 2024 we gave out 1,200 pieces; "Last year we …", "El año pasado …", "Xyoo 2024 …")
    r"(?i)^\W*(?:(?:sannadkii|sanadkii|xyoo|năm|(?:in|last)\s+(?:year\s+)?|el\s+año(?:\s+pasado)?"
    r"|en)\s*(?:\d{4}|hore|la\s+soo\s+dhaafay|tas\s+los|ntej|ngoái|year|pasado)?[,\s]+)?"
    r"(?:peb\s+(?:tau\s+)?(?:sau|muab|faib|pub|yuav|khaws)\s+tau\s+[\d$]"
    r"|(?:recolectamos|juntamos|repartimos|entregamos|recaudamos)\s+(?:m[aá]s\s+de\s+)?[\d$]"
    r"|waxaan\s+(?:ururinn?ay|qaybinn?ay|helnay|quudinn?ay|bixinn?ay|siinn?ay)\s+[\d$]"
    r"|(?:chúng\s+tôi|hội|chùa)\s+đã\s+(?:quyên\s+góp|phát|nhận|gom|thu)\s+(?:được\s+)?[\d$])")


def _please_bring(sentence: str) -> bool:
    """A polite request for things, not for money ("Please send a tax-deductible gift")."""
    return bool(_PLEASE_BRING.match(sentence)) and not GENERIC_MONEY.search(sentence) and not (
        re.search(r"(?i)tax[- ]deductible|\bchecks?\b|\bcheques?\b|\bmoney\b|\bcash\b"
                  r"|\bpayable\b|\bdonations?\s+of\s+any\s+(?:size|amount)", sentence))


def _things_each(section: Section) -> bool:
    """A generic ask heading over two or more paragraphs that each open with the thing or
    person wanted: one need per paragraph, none for the heading (v21)."""
    paras = [b for b in section.blocks if b.kind == "para"]
    things = sum(1 for b in paras if _THING_START.match(_strip_md(b.text).strip()))
    return V21_TITLES and things >= 2 and things * 2 >= len(paras) and len(paras) == len(
        section.blocks) and bool(generic_ask_heading(section.heading or ""))


# A polite request for things, in the languages served (v21): "Please bring wool socks,
# hand lotion …", "Por favor traigan …", "Fadlan keena …", "Thov nqa …", "Xin mang …".
_PLEASE_BRING = re.compile(
    r"(?i)^(?:please|por\s+favor|fadlan|thov|xin|maaloo|እባክዎ\w*|يرجى|الرجاء)\s+(?:bring|donate|drop\s+off"
    r"|send|traiga[n]?|don[ea][n]?|keena|keen|nqa|pub|mang|quyên\s+góp|fidaa|ያምጡ|إحضار|التبرع)\s+"
    r"(?!(?:your\s+(?:whole\s+)?(?:family|friends|kids|children|neighbou?rs|appetite|questions)"
    r"|a\s+(?:dish|friend|chair|lawn\s+chair)|yourselves|us\s+your\s+(?:questions|ideas)))"
    r"[^.!?]*,")


def _money_aside(section: Section) -> bool:
    """A nested box that asks for money or asks the reader a question and holds no
    sub-sections ("### Rather give money?" + "Every dollar becomes three meals")."""
    text = _section_text(section)
    return not section.children and bool(section.heading) and (
        GENERIC_MONEY.search(text) or (section.heading.rstrip().endswith("?")
                                       and not _all_cues(text)))


# v49: a drive that collects things, by its name: "Advent Giving Tree", "Coat drive", "Caja de
# pañales", "Adopt-a-Family" (English and Spanish only)
_GIFT_DRIVE = re.compile(
    r"(?i)\b(?:giving|angel|mitten|sharing|gift|advent|christmas|hat\s+and\s+mitten)\s+tree\b"
    r"|\b(?:coat|toy|food|sock|mitten|hat|boot|(?:school[-\s])?supply|backpack|diaper|book|blanket"
    r"|hygiene|(?:winter[-\s])?clothing|shoe|pajama|formula|canned\s+food)\s+drive\b"
    r"|\bcaja\s+de\s+(?:pañales|juguetes|abrigos|alimentos|útiles|ropa)\b|\bcolecta\s+de\s+\w+"
    r"|\bcollection\s+box\b|\badopt[-\s]an?[-\s](?:family|child|grandparent|senior)\b"
    r"|\b[aá]rbol\s+de\s+(?:regalos|[aá]ngeles|navidad)\b")
# v49: what a drive asks the reader to do: take a tag, buy, bring, drop off, donate
_GIVE_INSTRUCTION = re.compile(
    r"(?i)\b(?:take\s+a\s+tag|buy|bring|drop(?:\s+\w+)?\s+off|donate|give|hang|place\s+(?:them|it|your)"
    r"|lleve|traiga|traer|done|donar|deje|dejar|est[aá]\s+en\s+la\s+entrada)\b")


_STRUCK_KEY = re.compile(r"(?i)\b(?:struck[-\s]?(?:through|out)|crossed[-\s]out|strikethrough"
                         r"|tachad[oa]s?|greyed[-\s]out|grayed[-\s]out)\b")
_STILL_ON_TREE = re.compile(r"(?i)\b(?:tags?|gifts?|wishes|ornaments?|stars?|names?)\s+"
                            r"(?:still|left)\s+(?:on\s+the\s+(?:tree|board|wall)|to\s+(?:take|choose|pick)"
                            r"|available|open)\b")


def _gift_drive(section: Section) -> bool:
    """A section headed by a drive that collects things and telling the reader what to give or
    bring (v49: "## Advent Giving Tree" / "Take a tag, buy the gift written on it …"); not a
    report of one that is over, nor one that is full."""
    heading = clean_heading(section.heading or "")
    body = _strip_md(_own_text(section))
    still = bool(V52_TITLES and _STILL_ON_TREE.search(body))
    if V52_TITLES:
        # v52: "Tags still on the tree are below; struck-through tags have been taken": the
        # key to the list's marks is no report that the drive is full, and the tags still
        # there are what to give
        body = " ".join(s for s in _sentences(body) if not _STRUCK_KEY.search(s))
    return bool(heading and _GIFT_DRIVE.search(heading) and (
        _GIVE_INSTRUCTION.search(body) or still)) and (
        not PAST_REPORT.search(body.split("\n")[0]) and not FILL_TEXT.search(
            without_partial_counts(body)) and not JOB_TEXT.search(body))


def _is_cue_section(section: Section) -> bool:
    """A heading with a short body that states a need (in any language): one need.

    "### Darawalad gaari leh" + "Waxaan u baahannahay haween gaari leh …" is a need for
    drivers, titled by its heading, whatever the heading's own words are.  Filled items,
    paid jobs, events and the organization's own services are not.
    """
    heading = section.heading
    children = section.children
    if V21_TITLES:
        # v21: a sidebar's "Rather give money?" box nested under the section is no part of it.
        children = [c for c in children if not _money_aside(c)]
    if not heading or not section.blocks or len(section.blocks) > 4:
        return False
    # v21: "Gia đình anh Tuấn cần giúp đỡ" (the family needs help) over what it lacks: the
    # household's story, not a generic appeal.
    household = bool(_household_lacks(heading, *(b.text for b in section.blocks)))
    if children and not (V25_TITLES and household and all(b.kind == "para"
                                                          for b in section.blocks)):
        # (v25: a household's story is its own need even when the page's next headings,
        # "Office hours", "Open house", sit one level below it)
        return False
    if V23_TITLES and _request_line(heading, section.blocks):
        return True  # "#215 [OPEN]" over "Rides to Mankato for chemo" and its story (v23)
    if ((is_generic_heading(heading) and not household) or is_negative_heading(heading)
            or heading.endswith("?")
            or _news_heading(heading)
            or (TIME_GENERIC_HEADING.search(heading) and not (  # v27: "Right now we're
                V27_TITLES and _states_ask(  # short on a pallet jack" states its ask
                    heading, _blocks_text(section))))
            or len(heading.split()) > 12):
        return False
    if any(b.kind != "para" for b in section.blocks):
        return False
    if _things_each(section):
        return False  # "Also wanted" over "Somebody who knows computers …" / "An accordion …"
    if V17_TITLES and sum(1 for b in section.blocks if _bold_lead(b.text) or (
            (generic_ask_heading(heading) or is_need_heading(heading))
            and _sentence_label(_strip_md(b.text)))) >= 2:
        return False  # "**Saturday stockers.** …" / "**Mobile pantry driver.** …": one each
    body = " ".join(_strip_md(b.text) for b in section.blocks)
    if not_a_need(heading, body) or GENERIC_MONEY.search(heading):
        return False
    if REQUEST_ID.match(heading) and not FILL_TEXT.search(body[:80]):
        return True  # "A-12 · Winter clothes for two kids" on a request board: one request

    if _states_ask(heading, _blocks_text(section)):
        return True  # "Xav tau neeg tsav tsheb" over the details: the heading is the ask
    if _DRIVE_NAMED.search(heading) and not PAST_REPORT.search(_sentences(body)[0]) and (
            WEAK_CUE.search(body) or CUE_PRE.search(body) or DONATION_GOODS.search(
                fold(_sentences(body)[0]))):
        return True  # "Diaper drive" over "Size 4–6 and wipes, to the blue bin": one drive
    raw = _blocks_text(section)  # bold kept: it marks the thing
    if V16_TITLES and len(_all_cues(raw)) <= 1 and _named_by_ask(heading, raw):
        return True  # "Volunteers needed" over "the role we most need filled is …" (v16)
    if len(_all_cues(raw)) > 1 and not _heading_role(heading):
        return False  # "Winter" over two different asks: one need each
    if _first_cue(raw) and not _role_like(heading) and (
            len(section.blocks) > 1 or is_need_heading(heading) or EVENT_TEXT.search(heading)
            or clean_heading(heading) != heading.strip(" :—–-")):
        # "Volunteers" / "Asylum workshop" over "We need interpreters…": the sentences name
        # the needs better than the heading (and may name several); read them one by one.
        return False
    if is_need_heading(heading) and any(ROLE_NOUN.match(t)
                                        for t in re.findall(r"[\w'’]+", heading)[1:]):
        return True  # "VOLUNTEERS NEEDED: SACK LUNCH PACKERS" over its details
    first = _sentences(body)[0] if body else ""
    if WEAK_CUE.search(body) and _WISH_HEADING.search(fold(heading)):
        return True  # "Seed & Supply Drive" over "Every spring we collect vegetable seeds"
    if _things_then_where(heading, body) or _count_to_go(heading, body):
        return True
    if V55_TITLES and _heading_role(heading) and not EVENT_TEXT.search(heading) and any(
            _IF_YOU_CAN_CALL.match(s) and conditional_ask(s) for s in _sentences(body)):
        # v55: "Rides for our elders on Sunday mornings" over "… If you have a car and can
        # give a ride at 9:45 …, please talk with Deacon …": the heading names what the
        # reader is asked to offer
        return True
    return bool(MULTI_CUE.search(body) or STORY_CUE.search(body) or _first_cue(raw)
                or SHORTAGE_CUE.search(body)
                or (V15_TITLES and any(STORY_OBJECT.search(s) and ask_object(s)
                                       for s in _sentences(body)))
                or (V16_TITLES and any(story_ask(s) for s in _sentences(body)))
                # v21: "Please bring wool socks, hand lotion, lip balm … to the blue tubs"
                or (V21_TITLES and any(_please_bring(s) for s in _sentences(body)))
                # v21: "Qoys cusub …" over "… Gurigooda ma laha sariiro, bustayaal …"
                or bool(_household_lacks(heading, body))
                or (IMPERATIVE_START.match(heading)
                    and not re.match(r"(?i)(?:join|help\s+us|support|give|donate)\b", heading))
                or (IMPERATIVE_START.match(first) and _role_like(heading)
                    and not re.match(r"(?i)join\b", first)))


# v55: where to leave the things just named: "Drop them at the office", "Bring them by",
# "Déjelos en la entrada"
_LEAVE_THEM = re.compile(r"(?i)\W*(?:please\s+)?(?:drop|bring|leave|send|mail)\s+(?:them|it|these"
                         r"|yours)\b|\W*(?:por\s+favor\s+)?(?:d[eé]jel[oa]s|tr[aá]igal[oa]s)\b")


# v55: an offer asked for and whom to tell: "If you have a car and can give a ride …, please
# talk with …", "If you can help, call …", "Si puede ayudar, llame a …"
_IF_YOU_CAN_CALL = re.compile(
    r"(?i)\W*(?:if\s+you\s+(?:have|own|can|could|are\s+able)|si\s+(?:usted\s+)?(?:tiene|puede))\b"
    r"[^.!?]{3,160}?,\s*(?:please\s+)?(?:talk|speak|call|contact|text|e-?mail|see|tell|let|sign"
    r"|llame|hable|escriba|av[ií]se)\b")


_SPONSOR_THING = re.compile(r"(?i)\W*sponsor\s+(?:an?|one)\s+(?!child|family|student|kid|refugee"
                            r"|person|orphan|household|senior|elder|youth|teen|athlete|player"
                            r"|camper|girl|boy|woman|man|mother|father|widow)\w")
_SPONSORED_COUNT = re.compile(r"(?i)\b(\d{1,4})\s*(?:of|/|out\s+of)\s*(\d{1,4})\s+[\w'’ -]{0,30}?"
                              r"sponsored\b")


_WHO_WOULD_HELP = re.compile(
    r"(?i)(?:^|[.!?]\s+)(?:an?\s+|one\s+)?(?:volunteer|someone|somebody|person|helper|neighbor)"
    r"\s+(?:who|that)\s+(?:could|can|would|is\s+able\s+to)\s+[^.!?]{3,150}?\s+would\s+(?:help"
    r"|be\s+(?:a\s+)?(?:big|huge|great|real)\s+help|mean\s+a\s+lot|make\s+a\s+(?:big\s+)?difference)\b")


_SO_FAR_OF = re.compile(r"(?i)\b(\d{1,5})\s*(?:of|de|out\s+of|/|ka\s+mid\s+ah)\s*(\d{1,5})\b")
_TO_GO = re.compile(r"(?i)\b(?:\d{1,5}\s+(?:more\s+)?to\s+go|faltan\s+\d{1,5}"
                    r"|still\s+need\s+\d{1,5}"
                    r"|\d{1,5}\s+more\s+(?:needed|wanted)|còn\s+thiếu\s+\d{1,5})\b")


def _count_to_go(heading: str, body: str) -> bool:
    """v55: "Pavos para el Día de Acción de Gracias" over "Llevamos 112 de 150 pavos. ¡Faltan
    38!": a drive short of its count, with the shortfall said outright -- one need, titled
    by its heading (money is no such count)."""
    if not V55_TITLES or not heading or PAST_REPORT.search(heading):
        return False
    plain = _strip_md(body)
    count = _SO_FAR_OF.search(plain)
    return bool(count and int(count.group(1)) < int(count.group(2)) and _TO_GO.search(plain)
                and not re.search(r"[$€]|\bd[oó]lar|\bdollars?\b", plain[:count.end() + 20])
                and not FILL_TEXT.search(plain[:count.start()] + plain[count.end():]))


def _goods_list_on_gift_page(section: Section, body: str) -> bool:
    """v55: "Artículos de higiene personal" over "- Jabón de baño / - Champú / …" under the
    page's "Donaciones": a list of things headed by what they are, on a page of gifts asked
    for, is a wish list (as a role card on a volunteer page is a role)."""
    if not V55_TITLES or section.parent is None or not section.parent.heading:
        return False
    lines = [ln.strip() for ln in body.split("\n") if ln.strip()]
    items = [ln[2:].strip() for ln in lines if ln.startswith("- ")]
    if len(items) < 3 or len(items) * 2 < len(lines):
        return False
    open_items = [t for t in items if "~~" not in t and not FILL_SENTENCE.search(_strip_md(t))]
    return (len(open_items) >= 3 and all(len(_strip_md(t).split()) <= 6 for t in open_items)
            and not any(names_a_role(_strip_md(t)) for t in open_items)
            and bool(_GIFT_PAGE.search(fold(clean_heading(section.parent.heading))))
            and not (is_negative_heading(section.heading or "") or CLIENT_HEADING.search(
                clean_heading(section.heading or ""))))


# v55: a page (or part) of gifts asked for: "Donations", "Donaciones", "Deeq", "Wish list"
_GIFT_PAGE = re.compile(r"(?i)^\W*(?:donations?|donaciones|donar|deeq(?:aha)?|wish\s*list"
                        r"|lista\s+de"
                        r"\s+deseos|quyen\s+gop|pub\s+dawb|arjooma|ልገሳ|تبرعات)\W*$")


def _sponsored_short(heading: str, body: str) -> bool:
    """v55: "Sponsor a Karen hymnal" over "**38 of 60 hymnals sponsored** — 22 to go": a
    thing the reader buys for the organization, short of its count (not a child, a family or
    another person to sponsor: an appeal for money)."""
    plain = _strip_md(body)
    count = _SPONSORED_COUNT.search(plain) if V55_TITLES else None
    return bool(count and _SPONSOR_THING.match(clean_heading(heading)) and int(
        count.group(1)) < int(count.group(2)) and not FILL_TEXT.search(
            plain[:count.start()] + plain[count.end():]))


def _things_then_where(heading: str, body: str) -> bool:
    """v55: a wish heading ("Always welcome") over a sentence of things and, next, where to
    leave them ("Drop them at the office any weekday"): one gift need, stated by the page."""
    if not V55_TITLES or not _WISH_HEADING.search(fold(heading)) or JOB_TEXT.search(body):
        return False
    sentences = _sentences(_strip_md(body))
    return 2 <= len(sentences) <= 4 and bool(_LEAVE_THEM.match(sentences[1])) and not (
        FILL_TEXT.search(body) or EVENT_TEXT.search(sentences[0]))


# A heading that names a household (in the languages served): its need is in the sentence.
_HOUSEHOLD = re.compile(r"(?i)\b(?:mrs?|ms|dr)\.|^(?:don|doña)\s+(?-i:[A-Z])"  # v23: "Don …"
                        r"|\bfamil(?:y|ia|ies|ias)\b|\bhousehold\b"
                        r"|\bhogar\b|\bqoys\w*|\breer\b|\btsev\s+neeg\b|\bmaatii\w*"
                        r"|\bgia\s+đình\b|عائل\w*|أسر[ةت]\w*|ቤተሰብ\w*|परिवार"
                        # v34: "the story of …": "Câu chuyện của bác Tư", "Sheekada Hooyo …"
                        # (v56: "Chuyện của ông bà Lâm", without "câu"; v57: "Hoàn cảnh của bác
                        # Sáu", the situation of …)
                        r"|(?:\bcâu\s+|^)chuyện\s+(?:của|về)\b|^hoàn\s+cảnh\s+(?:của|gia\s+đình)\b"
                        r"|\bsheekad(?:a|ii)\b|^قصة\b"
                        r"|\bzaj\s+dab\s+neeg\b|\bla\s+historia\s+de\b|\bthe\s+story\s+of\b")


# v21: a heading that names a household by one of its people ("A mother of four", "Madre
# con tres hijos", "Hooyo …", "Niam …", "አራት ልጆች ያሏት እናት").
_KIN = re.compile(r"(?i)\b(?:single\s+)?(?:mother|mom|father|dad|grandmother|grandfather|grandma"
                  r"|grandpa|widow|widower)\b|\b(?:madre|padre|abuel[ao]|viuda|hooyo|aabbe|niam|txiv"
                  r"|pog|yawm|haadha|abbaa)\b|\bmẹ\b|\bbà\s+mẹ\b|እናት|አባት|أم\b|أرملة"
                  r"|^(?:cụ\s+(?:bà|ông)|cụ|bác)\s"  # v36: "Cụ bà Lan cần giúp đỡ"
                  # v56: an elderly couple or neighbour ("Ông bà Lâm", "An elderly couple")
                  r"|\bông\s+bà\b|\b(?:elderly|older|aging)\s+(?:couple|neighbou?r|man|woman)\b")


# "No sign-up needed", "no experience required": a condition, not an ask (v23).
# (v27: "No proof of income is needed" too)
_NOTHING_NEEDED = re.compile(r"(?i)\bno\s+(?:[\w-]+\s+){0,3}(?:(?:is|are)\s+)?(?:needed|required"
                             r"|wanted)\b")


def _lone_open_badge(text: str) -> bool:
    """A paragraph that is only an open state: "[Open]", "Still needed", "2 spots left"."""
    plain = _strip_md(text).strip(" []().!*")
    head = re.split(r"\s+[–—-]\s+|[:,]\s+", plain, maxsplit=1)
    if len(head) == 2 and re.fullmatch(r"(?i)\d{1,3}\s+(?:spots?|places?|openings?|left|more)"
                                       r"(?:\s+(?:left|open))?", head[1]):
        plain = head[0]  # v47: "Open – 3 spots": the state, then how many
    return len(plain.split()) <= 4 and bool(
        OPEN_BADGE.fullmatch(plain) or _OPEN_STATUS.match(plain) or re.fullmatch(
            r"(?i)open(?:ing)?|abierto|furan|qhib|mở", plain) or (V31_TITLES and re.fullmatch(
                # v31: "needed" as a lone badge in the languages served (authors' best
                # effort): ያስፈልጋል (am), مطلوب (ar), loo baahan yahay (so), xav tau (hmn),
                # cần (vi), se necesita (es), barbaachisaa (om), လိၣ်ဘၣ် (Karen)
                r"(?i)(?:urgent(?:ly)?\s+)?(?:needed|wanted)|urgent|urgente|ያስፈልጋ(?:ል|ሉ)|مطلوب"
                r"|loo\s+baahan\s+yahay|xav\s+tau|cần|se\s+necesita[n]?|barbaachisaa?|လိၣ်ဘၣ်"
                # v41: "مطلوب بشدة" (urgently needed), "ያስፈልጋል በአስቸኳይ", "cần gấp"
                r"|مطلوب\s+(?:بشدة|بسرعة|فوراً|فورا|حالاً)|عاجل|ያስፈልጋል\s+በአስቸኳይ|cần\s+gấp"
                r"|se\s+necesita[n]?\s+urgente(?:mente)?|urgente(?:mente)?\s+se\s+necesita[n]?",
                plain)) or (V58_TITLES and bool(_HELP_WANTED_CELL.fullmatch(plain))))


def _block_above(section: Section) -> Block | None:
    """The paragraph printed just before the section's heading: the last block of the
    previous sibling's last descendant, or of the parent's own text for the first child."""
    if section.parent is None:
        return None
    if section.state_above is not None:
        return section.state_above  # v41: moved down to its card by the section parser
    siblings = section.parent.children
    index = siblings.index(section)
    node = siblings[index - 1] if index else section.parent
    while index and node.children:
        node = node.children[-1]
    if not node.blocks or node.blocks[-1].kind != "para":
        return None
    return node.blocks[-1]


def _other_badge_above(section: Section) -> bool:
    """A card whose bracketed label is another kind than its siblings' open badges (v31):
    "[Service]" over "### Confession counselling" where the cards before it carry
    "[Needed]" -- the page marks it as something it offers, not something it asks for."""
    above = _block_above(section) if V31_TITLES else None
    if above is None:
        return False
    label = _strip_md(above.text).strip()
    if not re.fullmatch(r"\[[^\]]{2,30}\]", label) or len(label.split()) > 3 or _lone_open_badge(
            label) or FILL_BADGE.fullmatch(label.strip(" []")):
        return False
    first = _first_card_state(section)
    return first is not None and _lone_open_badge(first.text) and re.fullmatch(
        r"\[[^\]]{2,30}\]", _strip_md(first.text).strip()) is not None


# v56: "If you speak Spanish and English and have a few hours free, go with them": the reader,
# if able, asked to do the thing ("Si usted habla …, acompáñelas", "Haddii aad …", "Yog koj …",
# "Nếu quý vị …"); not "If you need a ride, call us" (a service)
_IF_YOU_CAN = re.compile(
    r"(?i)(?:^|[.!?]\s+)(?:if\s+you|si\s+usted|si\s+(?:tiene|habla|puede|sabe)|haddii\s+aad"
    r"|yog\s+(?:koj|tias\s+koj)|nếu\s+(?:bạn|quý\s+vị|anh\s+chị))\b"
    r"(?!\s+(?:need|necesita|u\s+baahan|xav\s+tau|cần|are\s+(?:a\s+)?(?:client|patient|new))\b)"
    r"[^.!?]{5,}?,\s*\w")


def _if_you_under_role(section: Section) -> bool:
    """v56: a heading that names a role ("Acompañantes para citas") over a body that asks the
    reader, if able, to do it, or says the role is needed: one need, titled by its heading."""
    heading = clean_heading(section.heading or "")
    if not heading or section.children or section_kind(section) == "negative" or (
            is_generic_heading(heading)) or heading.endswith("?") or not _heading_role(heading) or (
            any(b.kind != "para" for b in section.blocks)) or (
            GENERIC_CORE.match(heading) or _BARE_WHO.fullmatch(heading)):
        return False  # (not a list's heading, "Peb xav tau kev pab" over its roles, nor
        # "Volunteers" over "We need volunteers.")
    body = _strip_md(" ".join(b.text for b in section.blocks if b.kind == "para"))
    head = re.split(r"(?i)\s+(?:for|to|at|in|with|on|para|de)\s+|\s*[—:(,]\s*|\s+[–-]\s+",
                    heading, maxsplit=1)[0].split()
    # (or a body that says the role its heading names is needed: "Mentors for Friday youth
    # night" / "… has grown to 35 teens and needs more adult mentors")
    asked = bool(head) and bool(re.search(
        r"(?i)\b(?:needs?|needed|seeking|looking\s+for|wants?|could\s+use|necesita\w*|busca\w*)\s+"
        r"(?:[\w-]+\s+){0,3}?" + re.escape(head[-1]) + r"\b", body))
    return bool(_IF_YOU_CAN.search(body) or asked) and not (
        FILL_TEXT.search(without_partial_counts(body)) or JOB_TEXT.search(body)
        or "~~" in body or not_a_need(section.heading, body))


# v57: when a place or service is open, in the languages served
_OPEN_HOURS_START = re.compile(
    r"(?i)^\W*(?:open(?:s)?|abierto|abre|furan|qhib|mở\s+cửa|banaa|ክፍት|مفتوح)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:nights?|days?|daily|every|each|when|from|mondays?|tuesdays?|wednesdays?|thursdays?"
    r"|fridays?|saturdays?|sundays?|weekdays|weekends|year-round|\d)")
_BLOG_HEADING = re.compile(r"(?i)\b(?:blog|latest\s+(?:news|posts|stories)"
                           r"|recent\s+(?:posts|stories)|from\s+the\s+blog|news\s+(?:&|and)\s+stories)\b")


_TIME_ONLY = re.compile(
    r"(?i)\W*\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?\s*(?:-|–|—|to|ilaa|txog|hasta|a|đến"
    r"|hanga|እስከ|إلى)\s*\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|subaxnimo|galabnimo|fiidnimo"
    r"|sawv\s+ntxov|tav\s+su|tsaus\s+ntuj|ganama|galgala|sáng|chiều|tối)?\W*")


_STILL_OPEN_LABEL = re.compile(
    r"(?i)^\W*(?:still\s+(?:open|needed|looking|wanted)|not\s+yet\s+(?:filled|covered)"
    r"|todav[ií]a\s+(?:necesitamos|buscamos|abierto)|wali\s+(?:furan|loo\s+baahan))\W*:\s*\w")


def _open_hours_only(text: str) -> bool:
    """v57: a section whose text (after its heading line) opens with when it is open and asks
    for nothing."""
    body = _strip_md(text.split("\n", 1)[-1]).strip()
    return bool(_OPEN_HOURS_START.match(body)) and not _asks_anything(body)


def _paragraphs_only(root: Section, heading: str) -> bool:
    """v56: the section under ``heading`` holds only paragraphs (no list, table or sub-section
    whose own needs its heading may be over: "Peb xav tau kev pab" over a list of roles)."""
    section = next((s for s in _walk(root) if s.heading == heading), None)
    return section is not None and not section.children and bool(section.blocks) and all(
        b.kind == "para" for b in section.blocks)


def _open_pill_heading(heading: str) -> bool:
    """A heading that opens with an open state in brackets, then names its need (v56):
    "[FURAN] Gaadiid loo baahan yahay: …", "[OPEN] Ride to dialysis"."""
    pill = re.match(r"\s*(\[[^\[\]]{2,30}\])\s+\S", _strip_md(heading))
    return bool(pill) and _lone_open_badge(pill.group(1))


def _bracket_label(section: Section) -> str:
    if section.pill:
        return section.pill
    first = section.blocks[0] if section.blocks else None
    label = _strip_md(first.text).strip() if first is not None and first.kind == "para" else ""
    return label if re.fullmatch(r"\[[^\[\]]{2,30}\]", label) else ""


_PARTIAL_PILL = re.compile(r"(?i)\b(?:partly|partially|part(?:ial)?|half|some)\s*[-\s]?\s*"
                           r"(?:sponsored|covered|filled|funded|taken|claimed|full)\b|\bparcial(?:mente)?\b"
                           r"|\bpartial\b")


def _other_pill_below(section: Section) -> bool:
    """``_other_badge_above`` for pills read below their heading (v44): "### የንስሐ አባት …" /
    "[አገልግሎት]" (service) among sibling cards whose pill is "[ያስፈልጋል]" (needed)."""
    label = _bracket_label(section)
    if not label or len(label.split()) > 3 or _lone_open_badge(label) or FILL_BADGE.fullmatch(
            label.strip(" []")) or _DONATION_PILL.fullmatch(label) or section.parent is None:
        return False
    if V52_TITLES and _PARTIAL_PILL.search(label):
        return False  # v52: "[PARTLY SPONSORED]" among "[NEEDS A SPONSOR]": still partly open
    return any(_lone_open_badge(other) for other in (
        _bracket_label(s) for s in section.parent.children if s is not section) if other)


def _first_card_state(section: Section) -> Block | None:
    """The state printed above the first card of ``section``'s run: the parent's last block,
    or (v41) the first card's own first block where the parser moved it there."""
    parent = section.parent
    if parent is not None and parent.children and parent.children[0].state_above is not None:
        return parent.children[0].state_above
    return parent.blocks[-1] if parent is not None and parent.blocks else None


def _badge_above(section: Section) -> bool:
    """The block printed just before the section's heading is a lone open badge that belongs
    to it (v24): "[Open]" above "### Client Shopping Buddy" on a page that prints each
    card's state over its heading."""
    above = _block_above(section) if V24_TITLES else None
    if above is None or not _lone_open_badge(above.text):
        return False
    # Only where the page prints every state so: the first card's badge stands under the
    # parent's own text, before the first card.
    first = _first_card_state(section)
    return first is not None and _lone_open_badge(first.text)


def _asks_anything(body: str) -> bool:
    """The text asks for something, in any of the ways the walk reads (v23)."""
    plain = _strip_md(body)
    return bool(_first_cue(body) or _all_cues(body, loose=True) or _OUTRIGHT_ASK.search(plain)
                or any(len(s.split()) <= 4 and (OPEN_BADGE.fullmatch(s) or _OPEN_STATUS.match(
                           s.strip(" .!*")) or re.fullmatch(r"(?i)\W*open\W*", s))
                       or ask_object(s) or _plain_ask(s) or household_ask(s) or story_ask(s)
                       or STILL_NEED.search(s) or _HEADCOUNT.match(s) or (
                           IMPERATIVE_START.match(s) and not CONTACT_START.match(s)
                           and not _REACH_VERB.match(s)) for s in _sentences(plain)))


# "Ask Mu Paw about …", "Talk to the pastor …": how to reach someone (beside CONTACT_START's
# "Call …", "Email …"), not an ask.
_REACH_VERB = re.compile(r"(?i)\W*(?:ask|talk\s+to|speak\s+to|message|phone)\b")
# "Two people brew coffee … one Sunday a month": a headcount for a slot is an ask.
_HEADCOUNT = re.compile(r"(?i)\W*(?:one|two|three|four|five|\d{1,2})\s+(?:more\s+)?(?:people"
                        r"|persons|volunteers|helpers|adults|drivers)\b")


# A group that serves, not a role: "Funeral meal team", "Garden ministry" (v23).
_COLLECTIVE = re.compile(r"(?i)\b(?:team|ministry|ministries|committee|group|fellowship|club"
                         r"|circle|guild|society|choir)\s*$")


def _silent_among_asks(section: Section) -> bool:
    """A card that asks for nothing among sibling cards most of which ask outright (v23):
    "Funeral meal team" (what the team does for a grieving family) beside "Sunday School
    teachers" (… We need two more teachers …) and "Youth band" (… still looking for a
    drummer …) describes a ministry, not a need."""
    # Only a group's card ("Weekend school teachers", "Daryeelka carruurta" over "Women who
    # help with …" name a role the card describes without a verb); checked first, as the
    # cheapest test, before any sibling is read.
    if not V23_TITLES or section.parent is None or not section.heading or not (
            _COLLECTIVE.search(section.heading)) or _request_line(section.heading,
                                                                  section.blocks):
        return False  # (a numbered open request is one whatever its story says)
    siblings = [c for c in section.parent.children if c.heading and c.blocks
                and all(b.kind == "para" for b in c.blocks)]
    if len(siblings) < 3 or section not in siblings or _asks_anything(
            _blocks_text(section)):
        return False
    asking = sum(1 for c in siblings if _asks_anything("\n\n".join(b.text for b in c.blocks)))
    return asking * 2 >= len(siblings)


def _serves_clients(result: dict[str, Any]) -> bool:
    """A section that says what the organization gives its clients ("Free halal food: rice,
    pasta … Each family can get it once a week") and asks for nothing (v23)."""
    if not V23_TITLES or result.get("_sure") or result.get("_first") or result.get(
            "_kind") == "need":
        return False  # (under a need heading "We provide mentoring" is what it offers helpers)
    heading = result.get("_heading") or ""
    body = _strip_md(result.get("description") or "")
    return bool(SERVICE_TEXT.search(f"{heading}\n{body}") or _HOURS_TEXT.search(body)) and not (
        _asks_anything(body)) and not is_need_heading(heading)


# v47: when the organization is open, or that a service is by appointment: "The garden is
# open dawn to dusk from May through October", "… with a nurse from the county. By
# appointment."
_HOURS_TEXT = re.compile(
    r"(?i)\b(?:is|are|we['’]re|we\s+are)\s+open\s+(?:from\s+)?(?:dawn|daily|every|\d|mon|tue|wed"
    r"|thu|fri|sat|sun|weekdays|year[- ]round)|\bopen\s+(?:daily|dawn\s+to\s+dusk)\b"
    r"|\b(?:is|are)\s+unlocked\s+\w+|\bby\s+appointment\b|\bcon\s+cita(?:\s+previa)?\b"
    r"|\babierto\s+(?:de|del|todos)\b")


# A request board's heading that is only the request's number and its state (v23): "#215
# [OPEN]", "No. 7 (abierto)", "#209 [MET ✓]".
_ID_STATUS = re.compile(r"^\s*(?P<id>(?:(?:pedido|request|solicitud|codsi|thov|req\.?)\s*)?"
                        r"(?:#\s?\d{1,5}|(?:No|Nº)\.?\s*#?\s?\d{1,5}))\s*(?:[\[(]\s*"
                        r"(?P<state>[^\])]{2,20}?)\s*[\])]|[·:—–|-]\s*"
                        r"(?P<state2>[^\W\d][\w ]{1,18}?[\s✓✔]*))\s*$", re.IGNORECASE)


# v58: a board's state pill, then its number: "[OPEN] #211"
_STATUS_ID = re.compile(r"^\s*\[(?P<state>[^\[\]]{2,20}?)\]\s*(?P<id>#\s?\d{1,5})\s*$")


def _request_id(heading: str) -> str:
    """The request's number in a number-and-state heading ("#14 (Open)", "[OPEN] #211")."""
    match = _ID_STATUS.match(heading or "") or (V58_TITLES and _STATUS_ID.match(heading or ""))
    return match.group("id") if match else ""


def _request_line(heading: str, blocks: list[Block]) -> str:
    """The request's own title under a number-and-state heading whose state is open: its
    first short line ("Rides to Mankato for chemo"), or ""."""
    match = _ID_STATUS.match(heading or "")
    state = match and (match.group("state") or match.group("state2") or "").strip()
    pill_first = None if match or not V58_TITLES else _STATUS_ID.match(heading or "")
    if pill_first:
        state = pill_first.group("state").strip()
    if not (match or pill_first) or (_status_cell(state) != "open" and not re.fullmatch(
            r"(?i)(?:open|abierto|abierta|furan|qhib|mở|ክፍት|مفتوح)[\s!✓✔]*", state)):
        return ""  # ("#1 · Open house" is an event's name, not a request's state)
    first = _strip_md(blocks[0].text).strip() if blocks and blocks[0].kind == "para" else ""
    if pill_first and first and (len(first.split()) > 10 or re.search(r"[.!?]$", first)):
        # v58: "[OPEN] #211" over "Help moving a couch and about 20 boxes to a new apartment on
        # Saturday the 14th. Two or three …": the post's first sentence, shortened, names it
        # (or its ask: "Looking for someone who can build a wood ramp …" after the story)
        cue = _first_cue(first)
        sentence = cue[0] if cue else (_sentences(first) or [""])[0]
        line = sentence_case(cue[1]) if cue else shorten(sentence).rstrip(" .,;:")
        return line if 2 <= len(line.split()) <= 16 and not FILL_TEXT.search(
            without_partial_counts(sentence)) and not NEGATIVE_TEXT.search(sentence) else ""
    if not first or len(first.split()) > 10 or re.search(r"[.!?]$", first):
        return ""
    return first


_ORDINAL = re.compile(r"(?i)^(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|fourth|finally|lastly"
                      r"|primero|segundo|tercero|por\s+último|kowaad|labaad|saddexaad"
                      r"|thứ\s+(?:nhất|hai|ba))\s*(?:[,:—–]|\s-\s)\s*(?P<rest>.+)$")
# What an ordinal sentence names when it asks: "a Spanish speaker …", "anyone with …",
# "we need …", "someone who …" -- not "we opened a pantry in 2015".
_ORDINAL_THING = re.compile(r"(?i)^(?:an?|one|two|three|some|anyone|someone|somebody|any"
                            r"|we\s+need|we(?:'re|’re|\s+are)\s+looking\s+for|un|una|alguien)\s")


def _ordinal_asks(plain: str) -> list[tuple[str, str]]:
    """The things named one by one in sentences opened by "First," / "Second," (v23), or
    [] when fewer than two such sentences each name something."""
    found = []
    for sentence in _sentences(plain):
        match = _ORDINAL.match(sentence.strip())
        if not match or NEGATIVE_TEXT.search(sentence) or FILL_SENTENCE.search(sentence) or (
                PAST_REPORT.search(sentence)) or not _ORDINAL_THING.match(match.group("rest")):
            continue
        rest = re.sub(r"(?i)^(?:we\s+need\s+|we(?:'re|’re|\s+are)\s+looking\s+for\s+)?"
                      r"(?:an?\s+|one\s+|some\s+|anyone\s+|someone\s+|somebody\s+)?(?:with\s+)?",
                      "", match.group("rest"))
        thing = re.split(r"\s*[:;—–]\s*|\s+(?:to|who|that|for\s+the|so)\s+", rest, maxsplit=1)[0]
        thing = shorten(thing).rstrip(" .,")
        if len(re.findall(r"[^\W\d_]", thing)) >= 4 and len(thing.split()) <= 8:
            found.append((sentence, thing[:1].upper() + thing[1:]))
    return found


def _program_card(section: Section) -> bool:
    """A card of paragraphs read as no need only because a heading above it is a services,
    programs or staff heading ("Sports" under "Our programs", "Chaltu G., Youth Coordinator"
    under "Our team"): no heading on its chain is an events, thanks, past or other negative
    heading, and the card's own heading is no services heading (v23)."""
    if not V23_TITLES or not section.heading or {b.kind for b in section.blocks} != {"para"}:
        return False
    chain = [section, *section.ancestors()]
    # (a staff member's card under "Our team" too: "… she is looking for two volunteer
    # soccer coaches …")
    return not any(is_negative_heading(s.heading) and not _TEAM_HEADING.search(s.heading)
                   for s in chain) and not (
        SERVICE_HEADING.search(section.heading)) and section.parent is not None and bool(
        section.parent.heading) and not (is_negative_heading(section.heading)
        and not _TEAM_HEADING.search(section.heading))


_TEAM_HEADING = re.compile(r"(?i)\bstaff\b|\bour\s+team\b|^meet\s+(?:our|the)\b")
# A staff member's card: "Chaltu Gemechu, Youth Coordinator" (v23) -- a person, not a need.
# A staff member's role, the last word of a bio card's heading or a spotlight's title.
_STAFF_ROLES = (r"director|coordinator|manager|pastor|chair\w*|president|treasurer|secretary"
                r"|lead|organizer|founder|assistant|officer|specialist|navigator|administrator"
                r"|advocate|imam|minister")
_BIO_HEADING = re.compile(
    r"^(?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’-]+\s*,\s*(?:[\w&'’-]+\s+){0,4}(?i:"
    + _STAFF_ROLES + r")$")


# v25: a spotlight on a person: "Meet Hirut, our pantry coordinator", "Meet our new board",
# "Conozca a …", "Gặp gỡ …", "Ka barro …".
# (Not "Meet Caaltuu" over a household's story: a person named with a role, or a team.)
_STAFF_ROLE = r"(?i:" + _STAFF_ROLES + r"|coordinadora?|directora?)"
_MEET = re.compile(r"^(?i:meet|get\s+to\s+know|conozca\s+a|conoce\s+a|gặp\s+gỡ|ka\s+barro)\s+"
                   r"(?:[A-ZÀ-Ý][\w'’.-]+(?:\s+[A-ZÀ-Ý][\w'’.-]+){0,2},\s+(?i:our|the|nuestr[oa])"
                   r"\s+(?:[\w&'’-]+\s+){0,3}" + _STAFF_ROLE + r"\b"
                   r"|(?i:our|the|nuestr[oa]s?)\s+(?i:new\s+)?(?i:team|staff|board|equipo|personal)\b"
                   r"|(?i:our|the|nuestr[oa]s?)\s+(?i:new\s+)?" + _STAFF_ROLE + r"\b)")


# v59: a bio card headed by the staff role it presents, "Our volunteer coordinator" over
# "Hodan Warsame studied social work …" (a person named first, no ask)
_OUR_STAFF = re.compile(r"(?i)\W*(?:our|nuestr[oa]|meet\s+our)\s+(?:[\w&'’-]+\s+){0,3}(?:"
                        + _STAFF_ROLES + r"|coordinadora?|directora?)\W*")


def _staff_bio(result: dict[str, Any]) -> bool:
    heading = clean_heading(result.get("_heading") or result["title"])
    if not _OUR_STAFF.fullmatch(heading):
        return False
    body = _body_below_heading(result)
    return bool(re.match(r"(?:[A-ZÀ-Ý][\w'’-]+\s+){1,2}[A-ZÀ-Ý][\w'’-]+\s+[a-z]", body)) and not (
        _first_cue(body))


def _household(heading: str) -> bool:
    return bool(_HOUSEHOLD.search(heading) or (V21_TITLES and _KIN.search(heading)))


# v23: a story that opens on its household ("Hodan and her four children have lived …").
_HOUSEHOLD_OPENING = re.compile(
    r"(?i)\b(?:his|her|their)\s+(?:\w+\s+){0,2}(?:children|kids|sons|daughters|grandchildren)\b"
    r"|\b(?:a|the)\s+(?:\w+\s+){0,2}(?:family|household)\b|\bthe\s+\w+\s+famil(?:y|ia)\b"
    # v40: "La familia Ramírez Ortega llegó …", "Qoyska Cabdi …", "Tsev neeg Vaj …", "Gia đình
    # anh Tuấn …", "Maatiin Obbo …", "عائلة …" (outside Spanish: my own wording)
    r"|^(?:la|una)\s+familia\s+[A-ZÁÉÍÓÚÑ]|^qoys(?:ka)?\s+\w|^tsev\s+neeg\s+\w|^gia\s+đình\s+\w"
    r"|^maatii(?:n)?\s+\w|^(?:ال)?(?:عائلة|أسرة)\s"
    # v45: a couple named as the story's subject: "Rosa y Julio tuvieron gemelos …"
    r"|^(?-i:[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+)\s+(?:y|and|iyo|thiab|và|fi)\s+(?-i:[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+)\s+\w"
    # v47: names of more than one word: "Eh Ku Moo and Naw Paw arrived …"
    r"|^(?-i:(?:[A-Z][a-z]+\s+){1,2}[A-Z][a-z]+)\s+(?:y|and|iyo|thiab|và|fi)\s+"
    r"(?-i:(?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+)\s+(?-i:[a-z])")


_LEADING_DATE = re.compile(r"^\s*(?:\d{1,2}\s+de\s+[^\W\d_]+\s+de\s+"
                           r"|[^\W\d_]{3,9}\.?\s+\d{1,2},?\s+|\d{1,2}\s+[^\W\d_]{3,9}\s+)?(?:19|20)\d{2}\s+(?=\S)")


def _dated_line(text: str) -> bool:
    """A post's date alone in its paragraph ("27 de mayo de 2025", "March 3, 2025") (v40)."""
    plain = _strip_md(text).strip()
    return len(plain.split()) <= 6 and bool(re.search(r"\b(?:19|20)\d{2}\b", plain)) and not (
        re.search(r"[.!?]\s+\S", plain))


def _household_lacks(heading: str, *texts: str) -> str:
    """What a household's story under ``heading`` says it lacks (v21), or "": the first
    third-person ask of its sentences, read only under a heading that names a household
    (v23: or a story whose first sentence names one)."""
    if not V21_TITLES:
        return ""
    if not _household(heading):
        opening = next((_sentences(_strip_md(t))[0] for t in texts if _strip_md(t).strip()
                        and not (V40_TITLES and _dated_line(t))), "")
        if V40_TITLES:  # "27 de mayo de 2025 La familia …": the post's date run into it
            opening = _LEADING_DATE.sub("", opening)
        if not (V23_TITLES and heading and _HOUSEHOLD_OPENING.search(opening)
                and not PAST_REPORT.search(opening)):
            return ""
    return next((o for text in texts for s in _sentences(_strip_md(text))
                 if (o := household_ask(s)) and not (V25_TITLES and _NOTHING_AT_ALL.fullmatch(
                     (o.split(":")[0] if V40_TITLES else o).strip(" .!")))), "")
    # (v40: "… no tiene nada: los niños duermen en colchonetas": nothing, then the story)


# "They have nothing at all" names no thing (v25): "Dab tsi li", "anything", "nada", "waxba".
_NOTHING_AT_ALL = re.compile(r"(?i)(?:dab\s+tsi(?:\s+seem)?(?:\s+li)?|anything(?:\s+at\s+all)?"
                             r"|nothing|nada|waxba|gì\s+cả|g[iì]|kamiyyuu|ምንም)"
                             # v52: "dab tsi tshuav" (anything left), "anything left"
                             r"(?:\s+(?:tshuav|left|more|mas|más))?")


def _named_by_ask(heading: str, body: str) -> str:
    """The body's own ask, as the title, under a heading that asks without naming what
    (v15): "Mutadawiciin aan u baahanahay" over "Waxaan raadinaynaa mutadawiciin u akhriya
    carruurta sheekooyin Af-Soomaali ah …" is the Somali story readers; "Barsiisota ni
    barbaanna" (teachers we seek) over "… barsiisota Afaan Oromoo ni barbaanna" is the
    Afaan Oromoo teachers.  "" when the heading names its need or the body asks nothing."""
    if not V15_TITLES:
        return ""
    generic = generic_ask_heading(heading)
    residue = [w for w in re.findall(r"[\w'’]+", clean_heading(heading))
               if not _GENERIC_ASK_WORDS.match(w)]
    if not generic and (len(residue) != 1 or not heading_asks(heading)):
        return ""
    for sentence in _sentences(_strip_md(body))[:2]:
        obj = ask_object(sentence)
        if not obj:
            continue
        words = obj.casefold().split()
        stem = residue[0].casefold()[:5] if not generic else ""
        if generic or (any(w.startswith(stem) for w in words) and len(stem) >= 4
                       and _need_words(obj) - {w for w in words if w.startswith(stem)}):
            return _bound(obj).rstrip(" .,;:")
    first = (_sentences(_strip_md(body)) or [""])[0]
    if generic and V16_TITLES and re.match(r"(?i)(?:an?|one|two|three|\d{1,2})\s+\w", first) and (
            len(first.split()) <= 20):
        # "Also wanted" over "An Oromo-English interpreter for parent-teacher conferences, …":
        # the text is the thing itself (v16).
        return shorten(re.sub(r"(?i)^(?:an?|one)\s+", "", first))
    return ""


def _asks_in_body(body: str, *, loose: bool = False) -> bool:
    """The section's opening sentences ask, in the first person, for something they name
    ("We are short on sturdy hoes …", "Waxaan raadinaynaa qof … sawir qaadista", "Chúng tôi
    đang thiếu ghế xếp …") and nothing marks it filled or past (v15): the page states it."""
    plain = _strip_md(body)
    # (v17: in running text only the unambiguous fill wordings: "found work" is no fill.)
    fill = FILL_SENTENCE if V17_TITLES else FILL_TEXT
    if not V15_TITLES or "~~" in body or fill.search(without_partial_counts(plain)):
        return False
    sentences = _sentences(plain)
    if not sentences or PAST_REPORT.search(sentences[0]) or not_a_need("", plain):
        return False
    # The ask opens the section, or a story's sentence says what its household lacks.
    # (v40: or its third, after a flyer's address line and a sentence of why)
    if loose and any(first_person_ask(s) for s in sentences[:3 if V40_TITLES else 2]):
        return True  # (v24: whatever it names; the caller checks the heading names the task)
    return any(ask_object(s) for s in sentences[:2]) or any(
        STORY_OBJECT.search(s) and ask_object(s) for s in sentences[2:]) or (
        V16_TITLES and any(story_ask(s) for s in sentences)) or (
        # v59: a household's story, then "Could someone sit with Don on Thursday …?"
        V59_TITLES and any(someone_asked(s) for s in sentences[:4]))


def _role_card(section: Section, kind: str, body: str) -> bool:
    """A card under a need heading, headed by a role ("Handyperson") and answered by what the
    role does ("Fix leaky faucets, patch drywall …"), nothing marking it filled (v16)."""
    # (v57: or a skilled trade's card right under a heading that says help is needed,
    # "Hiiktota mana yaalaa" under "Gargaarsa barbaachisu", whatever its verb form)
    trade = SKILLED.search(fold(section.heading or "")) if V57_TITLES else None
    # (the trade names people -- "Hiiktota", "Plumbers" -- not a service: "Repair Café")
    # (v59: and the Oromo agent noun in the singular, "Hiikaa" (interpreter))
    person = bool(trade) and bool(re.search(
        r"(?:ers|ors|ists|ians|ota|oota|yaal|ntes|dores|istas|aas" + (
            r"|[^a]aa" if V59_TITLES else "") + r")$",
        re.findall(r"\w+", fold(section.heading or "")[trade.start():])[0]))
    skilled = V57_TITLES and kind == "need" and person and (
        section.parent is not None) and is_need_heading(
        section.parent.heading or "") and not re.search(
        r"(?i)\bpaid\b|\$\s?\d|\bcontract\b|\bwages?\b|\bsalar\w*|\bstipend\b|\bhourly\b"
        r"|^\W*(?:our|meet)\b", f"{section.heading}\n{_strip_md(body)}")
    if not V16_TITLES or kind != "need" or not (_heading_role(section.heading) or skilled):
        return False
    plain = _strip_md(body)
    first = (_sentences(plain) or [""])[0]
    return bool(IMPERATIVE_START.match(first) or skilled) and not (
        "~~" in body or FILL_TEXT.search(without_partial_counts(plain))
        or not_a_need(section.heading, plain) or JOB_TEXT.search(plain))


# A heading that greets the reader names no need (v16): "Dear friends", "Nyob zoo txhua tus".
_GREETING = re.compile(
    r"(?i)^\W*(?:nyob\s+zoo|hello|hi|dear|greetings|hola|quer[ií]d[oa]s|xin\s+chào|kính\s+chào"
    r"|asalaamu|assalamu|salaam|akkam|ሰላም|مرحب|السلام)\b")


def _enumerated_goods(sentence: str, section: Section) -> str:
    """A paragraph that is a list of things under a heading of a page about giving (v17):
    "Para la despensa" / "Frijoles (en lata o secos), arroz, harina de maíz, aceite …" is one
    need titled by the heading and the things."""
    plain = re.sub(r"\s*\([^)]*\)", "", _strip_md(sentence)).strip(" .;:!")
    if REFUSAL.search(plain) or NEGATIVE_TEXT.search(plain):
        return ""  # "PLEASE NO: mattresses, TVs, cribs …": things refused
    if V56_TITLES and _WE_DID_FOREIGN.match(plain):
        return ""  # v56: "Sannadkii 2024 waxaan bixinay 1,200 xabbo …": what was given
    # (v56: "1,200" is one number, not two things)
    parts = [p.strip() for p in re.split(r",(?!\d{3}\b)\s*|\s+(?:and|or|y|o|e|và|iyo|thiab|fi)\s+",
                                         plain)
             if p.strip()]
    if len(parts) < 3 or any(len(p.split()) > 5 for p in parts) or re.search(
            r"(?i)\b(?:we|you|our|nosotros|usted|is|are|es|son)\b", plain):
        return ""
    headings = [s.heading for s in [section, *section.ancestors()] if s.heading]
    if not (sum(1 for p in parts if DONATION_GOODS.search(fold(p))) * 2 >= len(parts)
            or any(_WISH_HEADING.search(fold(h)) for h in headings[:2])):
        return ""
    heading = clean_heading(section.heading) if section.heading else ""
    if V58_TITLES and plain.upper() == plain:
        plain = sentence_case(plain)  # v58: "FISH PASTE, DRIED CHILI, …" in capitals
    title = f"{heading}: {plain}" if heading else plain
    return _bound(title).rstrip(" ,;:")


# Things given, named in the other languages served (gear, clothes, books, food …).
_LABEL_GOODS = re.compile(
    r"(?i)\b(?:qalab\w*|dhar\w*|buug\w*|cunto|khoom|ntaub|khaub\s+ncaws|quần\s+áo|đồ\s+dùng"
    r"|ropa|útiles|libros|kitaab\w*|meeshaal\w*|uffata|ልብስ\w*|መጻሕፍት|ملابس|أدوات|كتب)\b")


def _sentence_label(plain: str) -> str:
    """A paragraph's short first sentence that only names a role or a thing ("Bike
    donations.", "Ride-givers (volunteer drivers).") and more text after it, else ""."""
    sentences = _sentences(plain)
    if len(sentences) < 2:
        return ""
    first = sentences[0].rstrip(".").strip()
    words = re.sub(r"\s*\([^)]*\)", "", first).split()
    if not (1 <= len(words) <= 5) or not first[:1].isupper() or first.endswith(("?", "!", ":")):
        return ""
    if V19_TABLES and re.match(r"(?i)(?:the|our|this|that|these|those)\s+\S+\s+\S+", first):
        return ""  # "THE CENTER RUNS ON VOLUNTEERS.": a sentence about the place, no name
    if re.search(r"(?i)\b(?:we|you|our|i|they|it|this|these|is|are|was|were|has|have|will"
                 r"|waxaan|waa|peb|chúng|nosotros|es|son)\b", first) or re.match(
            r"(?i)(?:one|two|three|about|every|each|most|mostly|usually|weekly|daily|monthly"
            r"|mon|tue|wed|thu|fri|sat|sun|lunes|martes|\d)", first):
        return ""  # "One Saturday of garden tilling.", "About 2–3 hours.": details, not names
    if re.search(r"(?i)\b(?:below|above|here|updated|choose|click|select|contribution|\$)", first) \
            or re.search(r"\$|\d{3,}", first):
        return ""
    # A name of a role, of things given, or of a drive: not any short sentence.
    if not (_heading_role(first) or DONATION_GOODS.search(fold(first))
            or _DRIVE_NAMED.search(first) or names_a_role(first) or _LABEL_GOODS.search(first)):
        return ""
    return first


def _translated(text: str, previous: str) -> bool:
    """The paragraph is in another language than the one before it: on a bilingual page
    ("We're looking for families … to donate iftar meals" / "Waxaan raadineynaa qoysas …")
    it says the same need again."""
    if not previous:
        return False
    return detect_language(_strip_md(text)) != detect_language(_strip_md(previous))


# A role at the head of one part of an enumerated ask (v21): "someone with a pickup",
# "a volunteer with some legal training", "building captains for …", "two drivers".
_PART_ROLE = re.compile(
    r"(?i)^(?:(?:an?|one|two|three|some|more|another|a\s+few|\d{1,2})\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:someone|somebody|anyone|people|person|volunteers?|[^\W\d_]{3,}(?:ers?|ors?|ants?|ents?"
    r"|ists?|ians?|eers?|ees?|ains?|ches|chers?))\b")


# Things whose names end like a role's (v30): "a one-page flyer", "a chest freezer".
_THING_ER = re.compile(
    r"(?i)(?:flyer|poster|paper|printer|computer|dryer|washer|freezer|heater|trailer|stroller"
    r"|cooler|container|sticker|binder|folder|hanger|sweater|diaper|cover|letter|number|order"
    r"|corner|border|center|centre|charger|speaker|router|toner|burner|cooker|blender|mixer"
    r"|counter|locker|ladder|drawer|shower|water|tower|banner|marker|scanner|shelter|chapter"
    r"|calendar|ornament|blanket|jacket|bracket|carpet|tablet|basket|bucket|ticket|toilet)s?$")


# "Our outreach committee needs three things: …", "The clinic is looking for: …" (v22).
_NEEDS_COLON = re.compile(r"(?i)\b(?:needs?|is\s+looking\s+for|are\s+looking\s+for|seeks?)\b"
                          r"[^:.;!?]{0,40}:\s+")


def _enumerated_roles(sentence: str) -> list[str]:
    """The roles a first-person ask enumerates in one sentence, each as a title (v21): "we
    need building captains for Buildings C and E (…), someone with a pickup or a truck to
    haul …, and a volunteer with some legal training — a paralegal … — to sit in on …" is
    three needs.  [] unless at least two parts each open with a role."""
    if not V21_TITLES:
        return []
    plain = _strip_md(sentence).strip()
    before = _ASK_BEFORE_OBJECT.search(plain) or (V22_TITLES and _NEEDS_COLON.search(plain))
    if not before or NEGATIVE_TEXT.search(plain):
        return []
    rest = re.sub(r"\s*\([^)]*\)", "", plain[before.end():])
    rest = re.sub(r"\s+[—–]\s+[^—–]{3,120}?\s+[—–]\s+", " ", rest)  # an aside between dashes
    split = r"(?i),\s+(?:and\s+|or\s+)?|;\s+|\s+and\s+(?=(?:an?|one|some|someone|somebody)\s)"
    parts = [p.strip(" .;:!") for p in re.split(split, rest)]
    parts = [p for p in parts if p]

    def opens_with_role(part: str) -> bool:
        if V24_TITLES and re.match(r"(?i)(?:starting|beginning|from|until|through|every|each"
                                   r"|on|at|in|by|before|after|during|even|but|so|if|as)\b",
                                   part):
            return False  # "…, starting in September", "…, even better": not who
        if V42_TITLES and re.match(r"(?i)(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|weekends?"
                                   r"|weekdays?|mornings?|afternoons?|evenings?|nights?)\b", part):
            return False  # v42: "…, Sundays after lunch": when, not who
        match = _PART_ROLE.match(part)
        # "tents and coolers from the center" opens with things, not a role
        return bool(match) and not DONATION_GOODS.search(fold(match.group(0).split()[-1])) and not (
            V30_TITLES and _THING_ER.search(match.group(0)))  # "a one-page flyer" (v30)

    if len(parts) < 2 or not all(len(p.split()) >= 2 and opens_with_role(p) for p in parts):
        return []
    if V35_TITLES and any(_OWN_CLAUSE.match(p) for p in parts[1:]):
        return []  # "…; the lumber yard will donate the wood": a clause of its own (v35)
    titles = []
    for part in parts:
        part = _until_clause(re.sub(r"(?i)^(?:an?|one|some)\s+", "", part))
        if len(part) > 60:  # "Volunteer with some legal training to sit in on …"
            part = re.split(r"(?i)(?<=.{15})\s+(?:to|who|that|so|which)\s+", part, maxsplit=1)[0]
        title = _bound(part).rstrip(" .,;:")
        titles.append(title[:1].upper() + title[1:])
    return titles if len({_title_key(t) for t in titles}) == len(titles) else []


# A labelled slot still open, in the languages served (v21): "Coach: still needed!",
# "Driver: open", "Entrenador: se necesita", "Tababare: waa loo baahan yahay", "Xib fwb: xav
# tau", "Huấn luyện viên: đang cần", "Leenjisaa: ni barbaachisa", "አሰልጣኝ: ያስፈልጋል".
_OPEN_LABEL = re.compile(
    r"^(?P<label>[^\W\d_][\w '’/-]{1,40}?)\s*:\s*(?:\*\*)?(?:still\s+|urgently\s+)?(?:needed|wanted"
    r"|open|vacant|tbd|nobody\s+yet|volunteer\s+needed|se\s+necesita|buscamos|vacante|pendiente"
    r"|(?:waa\s+)?loo\s+baahan\s+yahay|ban(?:n)?aan|xav\s+tau|đang\s+cần|còn\s+trống"
    r"|(?:ni\s+)?barbaachisa|ያስፈልጋል|ክፍት)\b", re.IGNORECASE)


def _open_label(text: str) -> str:
    """The label of a slot a line marks still open ("Coach: still needed!" -> "Coach")."""
    match = _OPEN_LABEL.match(_strip_md(text).strip())
    if not match or FILL_TEXT.search(_strip_md(text)[:80]):
        return ""
    return match.group("label").strip()


# A condition on the helper, not an ask (v31): "se necesita haber recibido los sacramentos",
# "you must have a license", "a background check is required".
_REQUIREMENT = re.compile(
    r"(?i)\bse\s+(?:necesita|requiere)\s+[a-záéíóú]+(?:ar|er|ir)\b|\byou\s+(?:must|need\s+to|should)"
    r"\s+(?:have|be)\b|\bmust\s+(?:have|be)\b|\brequired\b|\brequires?\b")


_CONDITION_START = re.compile(r"(?i)(?:haber|tener|ser|estar|saber|contar\s+con|have|having|be"
                              r"|being|pass|pasar)\b")


# What an ask's object cannot start with: "… we need 12 of them", "nos faltan todavía …",
# "necesitamos manos".
_NO_OBJECT_START = re.compile(r"(?i)(?:of|them|it|these|those|that|todav[ií]a|a[uú]n|still"
                              r"|already|ya|manos|hands)\b")


def _multi_asks(plain: str) -> list[tuple[str, str]]:
    """The sentences of a text that ask for a role or thing, each with what it asks for:
    first-person asks and "… would make a real difference" (v19), distinct objects only;
    the roles one sentence enumerates, one each (v21)."""
    out: list[tuple[str, str]] = []
    for sentence in _sentences(plain):
        roles = _enumerated_roles(sentence)
        if V41_TITLES:  # "…, together with the County Historical Society": a partner
            roles = [r for r in roles if not _PARTNER.match(r)]
        if roles and not out and len(_sentences(plain)) <= (5 if V24_TITLES else 3):
            return [(sentence, r) for r in roles]
        obj = _plain_ask(sentence) or would_ask(sentence)
        if not obj or _NO_OBJECT_START.match(obj):
            continue  # "… we need 12 of them", "nos faltan todavía …", "necesitamos manos"
        if out and detect_language(sentence) != detect_language(out[0][0]):
            continue  # the same ask said again in the page's other language
        if V39_TITLES and out and _conditional_ask(sentence) and any(
                {w for w in _content_words(obj) & _content_words(o) if len(w) >= 4}
                - {"someone", "somebody", "with", "who", "people", "person"} for _, o in out):
            continue  # v39: "… Yog koj paub kho tsheb, thov hu …" after "… kws kho tsheb": again
        if out and obj == offer_then_contact(sentence):
            continue  # v47: "If you could shop one afternoon a week, call Irene": how to answer
        if all(_title_key(obj) != _title_key(o) for _, o in out):
            out.append((sentence, obj))
    words = [{w for w in re.findall(r"[^\W\d_]{4,}", o.casefold())} for _, o in out]
    if any((words[i] & words[j]) and (not V31_TITLES or len(words[i] & words[j]) * 2 >= min(
            len(words[i]), len(words[j]))) for i in range(len(words)) for j in range(i)):
        # "… thầy cô" / "… người có thể dạy …": one role said twice (v31: most of the
        # words shared, not one -- "sách" in "sách thiếu nhi" and in "sổ sách")
        return out[:1]
    return out


def _plain_ask(sentence: str) -> str:
    """The object of a first-person ask in running text ("we still have no one to run the
    robotics club" -> "Someone to run the robotics club"), "" otherwise (v16)."""
    if not V16_TITLES or (STORY_OBJECT.search(sentence)
                          and not re.search(r"(?i)\bno\s+one\s+to\b", sentence)):
        return ""
    return ask_object(sentence)


# v55: a person asked for by what they can do: "volunteer who can edit audio", "someone who
# knows how to …", "a person that could …"
_SKILLED_WHO = re.compile(r"(?i)\W*(?:an?\s+|one\s+)?(?:volunteer|someone|somebody|person|helper)s?"
                          r"\s+(?:who|that)\s+(?:can|could|knows?|will|is\s+able\s+to)\s+\w")


def _section_title(heading: str, body: str) -> str:
    """The heading, cleaned; with the need sentence's core when the heading names no role
    ("Mr. and Mrs. H.: a driver with a car for dialysis three times a week")."""
    if V58_TITLES:
        # v58: "[Cần 6 người] Thứ Bảy 25 tháng 1, …" (6 people needed): the card's pill is
        # its state, not a sentence that names the need
        body = _without_pill(body)
    paragraphs = [Block("para", p) for p in body.split("\n\n") if p.strip()]
    line = _request_line(heading, paragraphs) if V23_TITLES else ""
    if line:
        return _bound(f"{_request_id(heading)} · {line}").rstrip(" .,;:")
    if REQUEST_ID.match(heading):
        # "No. 14 — Rides to the food shelf": the request's number and what it asks for
        # (the dash is the board's separator, not an event's date).
        return _bound(" ".join(heading.split())).rstrip(" .,;:")
    named = _named_by_ask(heading, body)
    if named:
        return named
    if V42_TITLES and _NOTE_HEADING.match(heading) or (V49_TITLES and _LETTER_HEADING.search(
            clean_heading(heading))):  # v49: "A Letter from Marlys", "Pastor's corner"
        # v42: "A note about rides" over "… we are short on volunteer drivers for medical
        # trips …": a note names its topic, the ask in it names the need
        cue = _first_cue(body)
        if cue and len(re.findall(r"[^\W\d_]", cue[1])) >= 4:
            return _bound(sentence_case(cue[1])).rstrip(" .,;:")
    if V39_TITLES and generic_ask_heading(heading):
        # v39: "Se nos están acabando" (we are running out) over "Los artículos de higiene:
        # champú, …": the heading names nothing; the body's label or first words do
        first = (_sentences(_strip_md(body)) or [""])[0].strip()
        label = first.split(":", 1)[0].strip() if ":" in first else ""
        thing = label if 1 <= len(label.split()) <= 6 else (
            ask_object(first) or "" if not FILL_TEXT.search(first) else "")
        if not thing and V41_TITLES and not FILL_TEXT.search(first) and re.match(
                r"(?i)(?:an?|one|some|two|three)\s+\w", first):
            # v41: "Also looking for" over "A used laptop (…) for the front desk, so …"
            thing = re.sub(r"(?i)^(?:an?|one|some)\s+", "", shorten(first))
        if not thing and V48_TITLES and not FILL_TEXT.search(first) and first.count(
                ",") >= 2 and len(first.split()) <= 30:
            # v48: "Nos hace falta" over "Masa harina, frijoles pintos en bolsa, arroz …":
            # the list of things is what is lacking
            thing = shorten(first)
        if not thing and V58_TITLES:
            # v58: "Cần gấp" (needed urgently) over "Gia đình chị Hoa vừa sinh em bé và tủ lạnh
            # nhà chị bị hư. Ai có tủ lạnh cũ còn tốt xin liên lạc văn phòng.": the story's
            # "whoever has …" sentence names the thing
            thing = (cue_core(first) or "" if not FILL_TEXT.search(first) else "") or next(
                (o for s in _sentences(_strip_md(body))[:4]
                 if not NEGATIVE_TEXT.search(s) and (o := conditional_ask(s))), "")
        if V58_TITLES and thing and thing.upper() == thing:
            thing = sentence_case(thing)  # v58: "FISH PASTE, DRIED CHILI, …" in capitals
        if thing and len(re.findall(r"[^\W\d_]", thing)) >= 4:
            head = sentence_case(_bound(clean_heading(heading)).rstrip(" .,;:»›"))
            return _bound(f"{head}: {thing[:1].lower()}{thing[1:]}").rstrip(" .,;:")
    sentences = _sentences(_strip_md(body))
    if _things_then_where(heading, body) and not _first_cue(body) and len(
            shorten(sentences[0]).split()) >= 2:
        # v55: "Always welcome" over "Trailblazer Transit bus passes (10-ride cards) for … Drop
        # them at the office": the heading, then the things its first sentence names
        head = sentence_case(_bound(clean_heading(heading)).rstrip(" .,;:»›"))
        # (v58: "FISH PASTE, DRIED CHILI, …" in capitals, read in sentence case)
        thing = re.sub(r"\s*\([^()]*\)", "", shorten(
            sentence_case(sentences[0]) if V58_TITLES else sentences[0])).strip()
        return _bound(f"{head}: {thing[:1].lower()}{thing[1:]}").rstrip(" .,;:")
    if V34_TITLES and heading.rstrip().endswith(("?", "؟")):
        # v34: an FAQ's question ("هل تحتاجون إلى متطوعين؟", "Do you need drivers?") over
        # its answer's ask: the thing the answer asks for names the need
        for sentence in _sentences(_strip_md(body))[:2]:
            obj = ask_object(sentence)
            if obj and len(re.findall(r"[^\W\d_]", obj)) >= 4:
                return _bound(obj[:1].upper() + obj[1:]).rstrip(" .,;:")
    narrowed = STILL_NEED.search(_strip_md(body)) if V23_TITLES else None
    if narrowed:
        # "Coaches for winter indoor soccer" over "We have coaches for three teams but
        # still need a head coach for the 12U girls": the one still open (v23).
        obj = re.sub(r"(?i)^(?:an?|one|some|the)\s+", "", narrowed.group("obj").strip())
        obj = _bound(shorten(obj)).rstrip(" .,;:")
        if len(re.findall(r"[^\W\d_]", obj)) >= 4:
            return obj[:1].upper() + obj[1:]
    title = sentence_case(_bound(clean_heading(heading)).rstrip(" .,;:»›"))
    cue = _first_cue(body)
    if not cue:
        # "Baby shelf" over "We are short on baby formula and size 5 diapers", "Đồ dùng cho
        # trung tâm" over "Chúng tôi đang thiếu ghế xếp và bàn gấp" (v15): the title names
        # the things unless the heading already names all of them.
        sentences = _sentences(_strip_md(body))
        # v23: "… but they have no car …. they need moving help: four strong people …": a
        # household's own ask names its need, not what the story says it lacks.
        asked = _household_lacks(heading, body) if V23_TITLES else ""
        if not asked and V15_TITLES:
            asked = next((o for i, s in enumerate(sentences)
                          if (i < 2 or STORY_OBJECT.search(s)) and (o := ask_object(s))), "")
        # (v56: nor does a letter's heading, "Salaan ka timid agaasimaha", greetings from the
        # director)
        greets = _GREETING.match(heading) or (
            V56_TITLES and _LETTER_HEADING.search(clean_heading(heading)))
        if not asked and V16_TITLES:
            asked = next((o for s in sentences if (o := story_ask(s) or _plain_ask(s))), "")
            if asked and greets:
                return _bound(asked).rstrip(" .,;:")  # "Nyob zoo txhua tus" greets; no name
        if asked and V24_TITLES and greets:
            return _bound(asked).rstrip(" .,;:")  # a greeting names nothing (v16, v24)
        if asked and not _heading_role(heading) and not heading_asks(heading) and not (
                _HEADING_CUE.match(clean_heading(heading))) and not (
                _need_words(asked) <= _need_words(title)):
            return _bound(f"{title}: {asked[:1].lower()}{asked[1:]}").rstrip(" .,;:")
    if not cue and _household(heading):
        # "أسرة السيد يوسف" over "… نحتاج إلى طاولة طعام": a household's story in another
        # language; its need sentence (read loosely) names what it lacks.
        cue = next(iter(_all_cues(body, loose=True)), None)
        if V21_TITLES:
            # "Qoys cusub oo u baahan gargaar" over "… Gurigooda ma laha sariiro, bustayaal
            # iyo weelka jikada": the story names the things in the third person (v21).
            lacks = _household_lacks(heading, body)
            if lacks and not _need_words(lacks) <= _need_words(title):
                return _bound(f"{title}: {lacks[:1].lower()}{lacks[1:]}").rstrip(" .,;:")
    last = (re.findall(r"[\w'’-]+", title) or [""])[-1]
    if V36_TITLES and cue and _heading_role(heading) and len(title.split()) <= 2 and not (
            ROLE_NOUN.match(last) or AGENT_NOUN.match(last)) and not (
            _content_words(re.split(r"(?i)\s+(?:who|with|to|that)\s", cue[1])[0])
            & _content_words(title)) and (
            names_a_role(cue[1])
            or re.match(r"(?i)(?:[\w'’-]+\s+){1,4}?(?:who|with)\s", cue[1])) and (
            len(cue[1].split()) >= 2):
        # v36: "Paperwork" over "Seeking a notary public who …": a field of work over the
        # person asked for; the title names both
        core = sentence_case(cue[1]) if V17_TITLES else cue[1]
        return _bound(f"{title}: {core[:1].lower()}{core[1:]}")
    if V40_TITLES and cue and _heading_role(heading) and len(title.split()) <= 3 and not (
            ROLE_NOUN.match(last) or AGENT_NOUN.match(last)) and any(
            (ROLE_NOUN.match(w) or AGENT_NOUN.match(w)) and w.casefold() not in title.casefold()
            and not _BARE_WHO.fullmatch(w)  # a person by trade, not "volunteers"
            for w in re.findall(r"[\w'’-]+", re.split(r"(?i)\s+(?:who|with|to|that|for)\s",
                                                     cue[1])[0])[:6]):
        # v40: "Immigration paperwork" over "Seeking a volunteer paralegal or immigration
        # attorney …": the field shares a word with the role asked for but names no person
        core = sentence_case(cue[1])
        return _bound(f"{title}: {core[:1].lower()}{core[1:]}")
    if cue and _SKILLED_WHO.match(cue[1]) and (re.match(r"(?i)[^\W\d_]{3,}ing\s", title) or (
            len(title.split()) <= 4 and not IMPERATIVE_START.match(title) and not any(
                ROLE_NOUN.match(w) or AGENT_NOUN.match(w)
                for w in re.findall(r"[\w'’-]+", title)))
    ) and not (_content_words(cue[1]) & _content_words(title)):
        # v55: "Recording our elders" over "… a volunteer who can edit audio and who
        # understands Hmong …": the heading names the work, the sentence the skill asked
        core = sentence_case(cue[1])
        return _bound(f"{title}: {core[:1].lower()}{core[1:]}")
    if cue and (not _role_like(heading) or not _heading_role(heading)):
        # "Skilled help", "Equipment", "Pastor's Corner" name no role: the sentence does.
        core = cue[1]
        label = LABEL_PARAGRAPH.match(_strip_md(body).strip().split("\n")[0]) if (
            V37_TITLES and _HEADCOUNT_ONLY.match(core.strip(" ."))) else None
        if label and len(label.group("label").split()) <= 6:
            # v37: "Snow shoveling crew: … we need three or four people to …": the label
            # names the need the bare headcount does not
            return _bound(label.group("label").strip())
        # Unless the heading already names the thing: "Baby shelf" over "We are short on
        # baby formula and size 5 diapers" shares one word of four and is appended (v15).
        core_words = {w for w in _need_words(core) if len(w) > 3}
        named = core_words & _need_words(title)
        if V17_TITLES:
            core = sentence_case(core)  # "EASY-READ BOOKS FOR ADULTS"
        if not (_content_words(core) & _content_words(title)) or (
                V15_TITLES and len(named) * 2 < len(core_words)) or (
                # v35: "Our old freezer died" over "We need a chest freezer …": a heading
                # that tells what happened names the thing less than the ask does
                V35_TITLES and len(title.split()) >= 4 and core_words - named
                and not _heading_role(heading)):
            joined = f"{title}: {core[:1].lower()}{core[1:]}"
            if V42_TITLES and len(joined) > TITLE_LIMIT and len(title.split()) >= 4 and re.match(
                    r"(?i)(?:help|join|support|give|lend|be|become|come)\b", title):
                # v42: "Help us reach the next generation" over "… a volunteer who can build
                # and look after a simple bilingual website …": where both do not fit, the
                # ask names the need, the long appeal heading only introduces it
                return _bound(core[:1].upper() + core[1:])
            title = _bound(joined)
    return title


# v42: an FAQ's question about what is needed most: "What do you need most right now?",
# "¿Qué necesitan más?"
_WHAT_NEEDED = re.compile(r"(?i)\bwhat\s+(?:do\s+you|does\s+(?:the|your)\s+\w+|is)\s+(?:need(?:ed)?"
                          r"|most\s+needed)(?:\s+most)?\b|\bqu[eé]\s+(?:necesitan|se\s+necesita)\b")


# v42: a heading that only announces a note on a topic: "A note about rides", "A quick word
# on parking", "Update on the van"
_NOTE_HEADING = re.compile(r"(?i)^\W*(?:an?\s+)?(?:quick\s+|short\s+|small\s+)?(?:note|word"
                           r"|update|reminder|heads-?up)\s+(?:about|on|regarding|re:?)\s+\w")


# A heading that opens with the ask itself: "Seeking: …", "Buscamos …", "Se necesitan …",
# "Cần …", "Xav tau …", "Waxaan u baahanahay …", "Barbaachisa: …".
_HEADING_CUE = re.compile(
    # v27: after a time word: "Right now we're short on a pallet jack"
    r"(?i)^(?:(?:right\s+now|now|currently|still|this\s+(?:week|month|winter|spring|summer"
    r"|fall)|hadda|haatan|ahora|also|and\s+also)\s*[,:]?\s+)?(?:seeking|wanted|needed|help\s+wanted|now\s+recruiting|looking\s+for|we\s+need"
    r"|we(?:'re|’re|\s+are)\s+(?:running\s+)?(?:short|low)\s+on"  # v20
    r"|urgent(?:ly)?(?:\s+needed)?|buscamos|se\s+busca[n]?|se\s+necesita[n]?|necesitamos"
    r"|(?:chúng\s+tôi\s+)?(?:đang\s+)?(?:cần\s+(?:tìm|gấp|thêm)?|tìm\s+người)"
    r"|(?:peb\s+)?xav\s+tau|(?:peb\s+)?thov\s+pub|waxaan\s+u\s+baahan(?:ahay|nahay)"
    r"|waxaa\s+loo\s+baahan\s+yahay|barbaachisa|ni\s+barbaachisa"
    r"|" + SO_SHORT_ON +  # v34: "Hadda waxaa nagu yar" (now we are short on; v56: its forms)
    # v47: "Join the splitting crew": a crew's call, the crew named
    r"|join\s+(?:the|our)(?=\s+(?:[\w'’-]+\s+){1,3}(?:crew|team|squad)\s*$)"
    # v21: "Xin cúng dường gạo …" (please offer), "Tìm tài xế …" (seeking), "Waxaa naga
    # dhammaaday xafaayadaha" (we have run out of diapers)
    r"|xin\s+(?:cúng\s+dường|quyên\s+góp|ủng\s+hộ|đóng\s+góp)|tìm(?:\s+kiếm)?(?!\s+hiểu)"
    r"|ပ(?:က|ဲၢ်|ၢ်)?\s*လိၣ်ဘၣ်)\s*:?\s+")  # v23: S'gaw Karen "we need" (v30: ပဲၢ်, "we")


_VOLUNTEER_WORDS = re.compile(r"(?i)^(?:volunteers?|helpers?|voluntari[oa]s|people|opportunit\w+"
                              r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mornings?"
                              r"|afternoons?|evenings?|weekends?|nights?|week|month)$")


def _names_beside_volunteers(rest: str) -> bool:
    """"Front desk volunteers for Friday afternoons": the volunteers are named by their post,
    two words besides the volunteer and time words (v44)."""
    return len([w for w in _content_words(rest) if not _VOLUNTEER_WORDS.match(w)]) >= 2


def _news_heading(heading: str) -> bool:
    """A news or newsletter heading -- but not one that opens with its ask and names a
    newsletter as what the thing is for (v55: "We are short on postage stamps for the
    newsletter mailing")."""
    if not NEWS_HEADING.search(heading):
        return False
    name = clean_heading(heading)
    cue = _HEADING_CUE.match(name) if V55_TITLES else None
    return not (cue and not NEWS_HEADING.search(name[:cue.end()]) and len(
        _HEADING_ASK_END.sub("", name[cue.end():]).split()) >= 3)


def _states_ask(heading: str, body: str) -> bool:
    """The heading states the ask itself and names what is asked for: "Xav tau neeg pab
    txhais lus", "Se necesitan choferes", "Grant writer needed" (not "Xav tau kev pab",
    "Volunteers needed", "Donations wanted")."""
    name = clean_heading(heading)
    if not (_HEADING_CUE.match(name) or _HEADING_ASK_END.search(name)):
        return False
    rest = _HEADING_ASK_END.sub("", _HEADING_CUE.sub("", name)).strip(" :!.")
    if not rest or len(heading.split()) > 10:
        return False
    if (MULTI_APPEAL.search(heading) or GENERIC_MONEY.search(heading)
            or is_generic_heading(heading) or is_negative_heading(heading)
            or EVENT_TEXT.search(heading) or _news_heading(heading)
            or (is_need_heading(rest) and not (V44_TITLES and _names_beside_volunteers(rest)))
            or re.fullmatch(
                r"(?i)(?:volunteers?|voluntari[oa]s|helpers?|help|donations?|donaciones"
                r"|ayuda|people|personas|kev\s+pab|neeg\s+pab|caawimaad|người)", rest)):
        return False
    plain = _strip_md(body)
    return not (FILL_TEXT.search(plain) or "~~" in body or not_a_need(heading, plain))


# The organization asks in the first person (v13): "we are seeking", "we need", "we're
# looking for", "necesitamos", "buscamos", "waxaan raadinaynaa", "waxaan u baahannahay",
# "peb xav tau", "peb nrhiav", "chúng tôi cần", "Hội đang cần", "barbaanna", "እንፈልጋለን",
# "ያስፈልገናል", "نحتاج", "نبحث عن".
FIRST_PERSON_ASK = re.compile(
    r"\bwe(?:'re|’re|\s+are)?\s+(?:(?:urgently|also|still|really|currently|now|desperately)\s+)*"
    r"(?:need|seeking|looking\s+for|recruiting|searching\s+for)\b"
    r"|(?<!\bno\s)\b(?:necesitamos|buscamos|estamos\s+buscando)\b"
    r"|\bwaxaan\s+(?:u\s+)?(?:baahan\w*|raadin\w*|doonaynaa)\b"
    r"|\bpeb\s+(?:xav\s+tau|nrhiav|tab\s+tom\s+nrhiav)\b"
    r"|(?:chúng\s+tôi|hội|chùa|trung\s+tâm|nhà\s+thờ)\s+(?:(?:đang|rất|hiện|vẫn)\s+)*(?:cần|tìm)\b"
    r"|\b(?:ni\s+)?barbaanna\b|\bbarbaadna\b|እንፈልጋለን|ያስፈልገናል|ያስፈልጉናል|نحتاج|نبحث\s+عن",
    re.IGNORECASE)


# A card's own reply button (v13): "I can help", "Count me in", "Sign me up", "Quiero
# ayudar", "Me apunto", "Waan caawin karaa", "Kuv pab tau", "Tôi muốn giúp", "Nan
# gargaaruu danda'a", "መርዳት እችላለሁ", "أستطيع المساعدة".
VOLUNTEER_BUTTON = re.compile(
    r"(?i)i\s+can\s+(?:help|do\s+(?:this|it))|i['’]?m\s+in|count\s+me\s+in|sign\s+me\s+up"
    r"|i['’]?ll\s+(?:help|do\s+it|take\s+it)|i\s+want\s+to\s+help|(?:yo\s+)?(?:quiero|puedo)\s+"
    r"ayudar|me\s+apunto|cuenten\s+conmigo|waan\s+(?:caawin|ka\s+caawin)\s+karaa"
    r"|kuv\s+(?:pab\s+tau|xav\s+pab)|tôi\s+(?:muốn\s+giúp|giúp\s+được|có\s+thể\s+giúp)"
    r"|nan\s+gargaaruu\s+danda['’]?a|(?:እኔ\s*)?(?:መርዳት\s*እችላለሁ|ልርዳ)"
    r"|(?:أستطيع|يمكنني|أريد)\s+(?:المساعدة|أن\s+أساعد)")


def _asks_by_name(heading: str, title: str, body: str) -> bool:
    """A need with a name of its own (a role or thing, not "Volunteers" or "Help") whose text
    asks for it in the first person, and which nothing marks as filled, past, an event, a
    job or a service: the page states it, whatever the model makes of the wording."""
    plain = _strip_md(body)
    if not FIRST_PERSON_ASK.search(plain) or "~~" in body or FILL_TEXT.search(
            without_partial_counts(plain)):
        return False
    name = clean_heading(title)
    if (len(re.findall(r"[^\W\d_]", name)) < 4 or GENERIC_CORE.match(name)
            or GENERIC_MONEY.search(f"{name} {plain}") or MULTI_APPEAL.search(name)
            or is_generic_heading(name) or name.endswith(("?", "؟"))):
        return False
    # A name, not a sentence or a greeting glued to one ("Dear friends!: We need
    # volunteers"), that shares a word with the sentence that asks ("Handyman help" / "we are
    # seeking a retired plumber or handyman"): "This month" or "Hands and hearts" over an
    # ask name nothing.
    if (len(name.split()) > 8 or re.search(r"[:!;]", name) or not name[:1].isalpha()):
        return False
    asking = " ".join(s for s in _sentences(plain) if FIRST_PERSON_ASK.search(s))
    stems = {w[:5] for w in re.findall(r"[^\W\d_]{4,}", asking.casefold())}
    if not any(w[:5] in stems for w in re.findall(r"[^\W\d_]{4,}", name.casefold())
               if w[:5] not in _ASK_STEMS):
        return False
    return not not_a_need(heading, plain)


# Word stems of the ask itself and of generic helpers, which a need's name must not rely on
# to share a word with its ask: "Volunteers needed" / "we need volunteers".
_ASK_STEMS = {"volun", "help", "helpe", "need", "neede", "seeki", "looki", "tình", "nguyệ",
              "neces", "busca", "waxaa", "baaha", "caawi", "barba", "people"}


# ... or closes with it: "Drivers needed", "Se necesitan", "ያስፈልጋሉ" / "ያስፈልጋል" (am),
# "waa loo baahan yahay" (so), "ni barbaachisa" (om), "مطلوب(ون)" (ar).
_HEADING_ASK_END = re.compile(r"(?i)\s(?:needed|wanted|se\s+necesita[n]?|ያስፈልጋ(?:ሉ|ል)"
                              r"|(?:waa\s+)?loo\s+baahan\s+yahay|ni\s+barbaachisa"
                              r"|مطلوب(?:ون|ة)?)[!.]?$")


def heading_names_need(heading: str) -> str:
    """The need a short heading names, as a title ("Grant writer", "Buscamos voluntarios
    bilingües para la recepción" -> "Voluntarios bilingües para la recepción"); "" for a
    heading that names no one role or thing ("Volunteer", "Weekly shifts", "The Kabila
    family", "Ways to serve")."""
    # (v44: counted without its trailing gloss: "… - Route 3 (east side & lakeshore)")
    if not heading or heading.endswith("?") or len(
            (clean_heading(heading) if V44_TITLES else heading).split()) > 9:
        return ""
    name = clean_heading(heading)
    first = re.sub(r"\((?:a|as|o|os|es)\)$", "", (re.findall(r"[\w()'’-]+", name)[:1] or [""])[0])
    # v31: "Traductor(a) voluntario(a) para el boletín" opens with the role it asks for
    gendered_role = V31_TITLES and bool(re.search(r"\((?:a|as|o|os|es)\)", name)) and bool(
        ROLE_NOUN.match(first) or AGENT_NOUN.match(first) or re.search(
            r"(?i)(?:or|dor|ero|era|ista|ente)$", first)) and not _GENERIC_ASK_WORDS.match(first)
    if (is_generic_heading(heading) or is_negative_heading(heading)
            or (NEWS_HEADING.search(heading) and not gendered_role) or _HOUSEHOLD.search(heading)
            or TIME_GENERIC_HEADING.search(heading) or EVENT_TEXT.search(heading)
            or GENERIC_MONEY.search(heading)):
        return ""
    name = clean_heading(heading)
    stripped = _HEADING_CUE.sub("", name)
    if is_need_heading(heading) and stripped == name and not gendered_role and not (
            # v44: "Volunteer mentor for Arabic-speaking teens" names its role
            V44_TITLES and re.match(r"(?i)volunteer\s+\w", name) and _heading_role(
                re.sub(r"(?i)^volunteer\s+", "", name)) and _names_beside_volunteers(name)
    ) and not (
            # v45: "Bilingual intake volunteers for our legal clinic": the volunteers are
            # named by what they do before "for …"
            V45_TITLES and _names_beside_volunteers(re.split(
                r"(?i)\s+(?:for|to|at|in|with|on)\s+", name, maxsplit=1)[0])
            and re.search(r"(?i)\b(?:volunteers?|helpers?)\s*$", re.split(
                r"(?i)\s+(?:for|to|at|in|with|on)\s+", name, maxsplit=1)[0])):
        return ""  # "Volunteer", "Weekly shifts", "Ways to serve": a list heading
    if not _heading_role(heading):
        return ""
    title = sentence_case(_bound(stripped).rstrip(" .,;:"))
    return title[:1].upper() + title[1:]


def _stems(text: str) -> set[str]:
    return {w[:5] for w in _content_words(text)}


# v51: a heading that asks and says only when or for which room ("Needed this month",
# "Needed for the fellowship hall", "Se necesita este mes"): the text below names the thing
_WHEN_WHERE_ASK = re.compile(
    r"(?i)\W*(?:(?:most|urgently|still|also|always)\s+)?(?:needed|wanted|we\s+need|se\s+necesitan?"
    r"|necesitamos)(?:\s+(?:this|next)\s+(?:week|month|season|winter|fall|autumn|spring|summer"
    r"|weekend)|\s+(?:right\s+)?now|\s+soon|\s+(?:este|esta)\s+(?:mes|semana|invierno)"
    r"|\s+(?:for|at|in|para)\s+(?:the|our|el|la|nuestr[oa])\s+(?:[\w'’-]+\s+){0,2}[\w'’-]+)\W*")


def _named_below_when_where(result: dict[str, Any]) -> str:
    """The title of a need whose heading asks but names only when or where it is needed: the
    first sentence below it ("A working chest freezer for the harvest share", v51)."""
    heading = result.get("_heading") or ""
    if not (_titled_by_heading(result) and _WHEN_WHERE_ASK.fullmatch(_strip_md(heading))):
        return result["title"]
    body = result["description"]
    if body.startswith(heading):
        body = body[len(heading):]
    first = re.split(r"(?<=[.!?])\s+|\s+[—–]\s+|;\s+|\n", _strip_md(body).strip(), maxsplit=1)[0]
    first = first.strip(" .!:")
    if V54_TITLES:
        # v54: "Our nursery is caring for eleven babies this fall. Please bring diapers … and
        # baby wipes, …": the story first, the thing in the polite request after it
        for sentence in _sentences(_strip_md(body))[1:4]:
            thing = _brought_thing(sentence)
            if thing and _title_key(thing) not in _title_key(first):
                return thing[:1].upper() + thing[1:]
    return first if 2 <= len(first.split()) <= 14 else result["title"]


_BROUGHT_VERB = re.compile(r"(?i)^(?:please|por\s+favor)\s+(?:bring|donate|drop\s+off|send"
                           r"|traiga[n]?|don[ea][n]?)\s+(?:us\s+|in\s+)?")


def _brought_thing(sentence: str) -> str:
    """v54: what "Please bring diapers (size 4 and 5) and baby wipes, unopened, …" asks for:
    the words after the verb, up to the first bracket, comma or place."""
    if not _please_bring(sentence):
        return ""
    verb = _BROUGHT_VERB.match(sentence)
    if not verb:
        return ""
    rest = sentence[verb.end():]
    rest = re.sub(r"\s*\([^()]*\)", "", rest)
    thing = re.split(r"\s*[,;:.!?]|\s+(?:to|in|at|by|for|before|a|al|en|para)\s+", rest,
                     maxsplit=1)[0].strip()
    thing = re.sub(r"(?i)^(?:some|any|your|the|a|an|gently\s+used|new)\s+", "", thing)
    if not (1 <= len(thing.split()) <= 8) or len(re.findall(r"[^\W\d_]", thing)) < 4 or (
            GENERIC_MONEY.search(thing)):
        return ""
    return thing


# v51: an ask whose thing is a pronoun ("we would love two of them"), after the sentence that
# named it ("If anyone has sturdy metal shelving units, about six feet tall, …")
_PRONOUN_THING = re.compile(r"(?i)\b(?:(?:one|two|three|four|a\s+few|some|any|both|a\s+couple)"
                            r"\s+of\s+them|them|those)\b")
_HAS_THING = re.compile(r"(?i)\b(?:if\s+(?:anyone|anybody|someone|somebody|you)\s+(?:has|have"
                        r"|owns?|has\s+got)|got\s+any|have\s+any|has\s+any)\s+(?:an?\s+|some\s+"
                        r"|any\s+|extra\s+|spare\s+)?([^,.;:!?]{3,60}?)(?=\s*[,.;:!?]|\s+(?:that|which"
                        r"|you|they|we|in|at|sitting|lying)\b)")


# v55: "… a pickup truck … to haul it over" after "The garden club's ten yards of mulch are
# waiting at Hometown Nursery": what is carried is the thing the sentence before says waits
_CARRY_IT = re.compile(r"(?i)\b(?:haul|carry|move|deliver|pick\s+up|fetch|transport|bring)\s+"
                       r"(?P<it>it|them)\b")
_WAITING_THING = re.compile(
    r"(?i)^(?:the\s+|our\s+)?(?:[\w'’-]+(?:\s+[\w'’-]+)?['’]s\s+)?"
    r"(?P<thing>[^\W\d_]?[\w'’ -]{3,50}?)"
    r"\s+(?:is|are)\s+(?:waiting|sitting|stacked|piled|ready|boxed\s+up)\b")


def _carried_thing_named(result: dict[str, Any], title: str) -> str:
    match = _CARRY_IT.search(title)
    if not match:
        return title
    # (v56: line by line -- a heading line carries no stop before the text under it)
    lines = (result.get("description") or "").split("\n")
    for sentence in (s for line in lines for s in _sentences(_strip_md(line))):
        waiting = _WAITING_THING.match(sentence.strip())
        if waiting and len(waiting.group("thing").split()) <= 6:
            return (title[:match.start("it")] + waiting.group("thing").strip()
                    + title[match.end("it"):])
    return title


def _antecedent_named(result: dict[str, Any], title: str) -> str:
    """"A small ask: two of them for the Legion storage room" -> "A small ask: sturdy metal
    shelving units for the Legion storage room" when the text before the ask named them in
    an "if anyone has …" (v51); otherwise what "haul it / them" carries (v55)."""
    match = _PRONOUN_THING.search(title)
    if not match:
        return _carried_thing_named(result, title)
    text = _strip_md(result.get("description") or "")
    named = _HAS_THING.search(text)
    if not named:
        return _carried_thing_named(result, title)  # (v56: "… to haul them over" too)
    return (title[:match.start()] + named.group(1).strip() + title[match.end():]).strip()


# v51: "Fixers wanted: small engines", "Drivers needed – Saturday route": who is wanted, then
# what for
_WHO_WANTED_FOR = re.compile(r"(?i)\s*(?:[\w'’-]+\s+){0,2}[\w'’-]+\s+(?:wanted|needed)"
                           r"\s*(?::|[—–]|\s-)"
                           r"\s*([^\W\d][^:]{2,48})")


def _labelled_ask_heading(result: dict[str, Any]) -> str:
    """The heading as the title when it says who is wanted and what for ("Fixers wanted:
    small engines") and the title read below it names neither (v51: "We keep turning away
    snowblowers and lawn mowers")."""
    heading = _strip_md(result.get("_heading") or "").strip()
    match = _WHO_WANTED_FOR.fullmatch(heading)
    if not match or _stems(match.group(1)) <= _stems(result["title"]):
        return result["title"]
    return heading


# v51: what a household's story says would help it: "What would change their winter: two sets
# of bunk beds …", "What they need most: …", "Lo que les ayudaría: …"
_WISH_COLON = re.compile(r"(?i)\b(?:what\s+(?:would|could|will)\s+(?:change|help|make)\b[^:.]{0,30}"
                         r"|what\s+(?:they|she|he)\s+(?:need|needs|want|wish\s+for)(?:\s+most)?"
                         r"|(?:their|her|his)\s+wish\s+list|lo\s+que\s+(?:les|le)\s+(?:ayudar[ií]a"
                         r"|hace\s+falta)|lo\s+que\s+necesitan?)\s*:\s*([^.!?]{4,120})")


def _household_wish(result: dict[str, Any], title: str) -> str:
    """"Warsame family" -> "Warsame family: two sets of bunk beds with mattresses, and a small
    kitchen table with four chairs" when its story says what would help it (v51)."""
    if not _HOUSEHOLD.search(title) or len(title.split()) > 5:
        return title
    wish = _WISH_COLON.search(_strip_md(result.get("description") or ""))
    return f"{title}: {shorten(wish.group(1).strip())}" if wish else title


def _retitle_by_heading(results: list[dict[str, Any]]) -> None:
    """A need read from a sentence under a short heading that names the role takes the
    heading as its title: "Someone with grant experience who could draft …" under "Grant
    writer" is the grant writer.  Only when the heading holds that one need, and either the
    sentence shares a word stem with the heading or the heading states the ask itself
    ("Buscamos voluntarios bilingües …")."""
    by_heading: dict[str, list[dict[str, Any]]] = {}
    for r in results:
        if r.get("_heading"):
            by_heading.setdefault(r["_heading"], []).append(r)
    for heading, group in by_heading.items():
        if len(group) != 1:
            continue
        r = group[0]
        if V19_TABLES and r.get("_row"):
            continue  # "Kindergarten room assistant", a row under "Saturday helpers"
        if V23_TITLES and STILL_NEED.search(_strip_md(r.get("_span", ""))):
            continue  # "… but still need a head coach for the 12U girls"
        title = heading_names_need(heading)
        if not title or _title_key(title) == _title_key(r["title"]):
            continue
        if V16_TITLES and (generic_ask_heading(heading)
                           or re.match(r"(?i)(?:become|be)\s+an?\s", heading)):
            continue  # "Se necesitan voluntarios", "Become a mentor": the text named it better
        if _stems(title) <= _stems(r["title"]):
            continue  # the title already names the heading's role
        asks = _HEADING_CUE.match(clean_heading(heading)) is not None
        if asks or (_stems(title) & _stems(r["title"] + " " + r.get("_span", ""))):
            r["title"] = title


# v45: a heading that opens with its role in a head-first language served (our own wordings):
# Hmong "neeg …" (a person who …), "xib fwb" (teacher), "kws …" (expert); Vietnamese "người
# …", "tài xế" (driver), "giáo viên" (teacher), "thợ" (tradesman), "thông dịch viên"; Somali
# "caawiye" (helper), "macallin" (teacher), "turjubaan" (interpreter), "darawal" (driver);
# Oromo "barsiisaa" (teacher), "konkolaachisaa" (driver), "hiikaa" (interpreter)
_ROLE_FIRST = re.compile(r"(?i)\s*(?:neeg\s+(?!pab\s+dawb\b)\w+|xib\s+fwb|kws\s+\w+|người\s+\w+"
                         r"|tài\s+xế|giáo\s+viên|thợ\s+\w+|thông\s+dịch\s+viên|caawiye\w*"
                         r"|macallin\w*|turjubaan\w*|darawal\w*|barsiisaa\w*|konkolaachisaa\w*"
                         r"|hiikaa\w*)\b")
# v37: a heading in Arabic script, whose head noun comes first
_HEAD_FIRST = re.compile(r"\s*[\u0600-\u06ff]")


def _heading_role(heading: str) -> bool:
    """The heading's head noun is a role or a trade: "Handyman for the walk-in cooler",
    "Bilingual nurses" (not "Skilled help", "Big item")."""
    name = _HEADING_CUE.sub("", clean_heading(heading))
    # "Arabic–English document translator": an en dash between two words joins them.
    head = re.split(r"\s+(?:for|to|at|in|with|on|para|de|tại|cho|ở)\s+|\s*[—:(]\s*"
                    r"|\s+[–-]\s+|–(?=\s)" + (r"|,\s+" if V19_TABLES else ""), name,
                    maxsplit=1)[0]
    tokens = re.findall(r"[\w'’-]+", head)
    if not tokens:
        return False
    if V21_TITLES and APPEAL_HEADING.match(name):
        return False  # "Help your neighbors": an appeal to the reader, no role (v21)
    if V35_TITLES and re.match(r"(?i)from\s+(?:the|our)\s", name):
        return False  # "From the mission team": a column's heading, no role (v35)
    last = tokens[-1]
    gloss = re.search(r"\(([^()]{3,40})\)\s*$", heading) if V31_TITLES else None
    if gloss and gloss.group(1).strip() != heading.strip() and _heading_role(gloss.group(1)):
        return True  # v31: "Caawiyeyaal casharrada guriga (homework helpers)": its gloss
    if V37_TITLES and _HEAD_FIRST.match(head) and names_a_role(tokens[0]):
        return True  # v37: "معلم رياضيات للمرحلة الثانوية": the role comes first in Arabic
    if V45_TITLES and _ROLE_FIRST.match(head):
        return True  # v45: "Neeg tsav tsheb coj cov laus …", "Tài xế đưa …": the role first
    if V51_TITLES and re.search(r"(?i)\b(?:conversation|reading|language|study|walking|prayer"
                                r"|pen|practice|homework|english|book)\s+(?:partners?|buddy|buddies"
                                r"|pals?)$", head):
        return True  # v51: "Adult English conversation partner", "Reading buddy"
    if V55_TITLES and re.fullmatch(r"(?i)day|night|fair|festival|picnic|party|celebration|sale"
                                   r"|gala|fundraiser|potluck|luncheon", last) and not (
            _HOUSEHOLD.search(heading)):  # (a household's "Moving day": its one need)
        return False  # v55: "RIVERVIEW SPRING CLEANUP DAY": a day's name, no role
    return bool(ROLE_NOUN.match(last) or AGENT_NOUN.match(last) or names_a_role(last)
                or (len(tokens) > 1 and names_a_role(" ".join(tokens[-2:]))
                    and not re.fullmatch(r"(?i)help|needs?|support|skills?", last)))


def _role_like(heading: str) -> bool:
    """A heading that names one role or thing ("Airport Greeters", "Darawalad gaari leh")."""
    if clean_heading(heading) != heading.strip(" :—–-"):
        return False  # "Diaper drive kickoff — June 1": an event with a date
    if _HOUSEHOLD.search(heading):
        return False  # a household's story: the need is in the sentence
    if MULTI_APPEAL.search(heading):
        return False  # "Gargaarsa keessan barbaanna", "Peb xav tau kev pab": "we need your help"
    tokens = re.findall(r"[\w'’]+", heading)
    if len(tokens) <= 2 and all(
            re.fullmatch(r"(?i)(?:volunteers?|voluntari[oa]s?|helpers?|we|need|our|nuestros)", t)
            for t in tokens):
        return False  # "Volunteers", "Voluntarios": a list heading, not a role
    if any(ROLE_NOUN.match(t) for t in tokens[-2:]):
        return True
    if is_need_heading(heading) and not MULTI_HEADING_RE.search(heading):
        return False  # "Volunteer opportunities", "Cómo ayudar": a list heading
    return not (EVENT_TEXT.search(heading) or TIME_GENERIC_HEADING.search(heading))


def _split_tail(section: Section) -> tuple[Section, list[Block]]:
    """The heading's own paragraphs, and the later ones that are not about it.

    Under "Backpack program", "Right now we are very short on baby formula" is a need of
    its own; under "Medical students / screeners", "Note: our Medicare counselor role has
    been filled" is about another role and must not make the screeners look filled.  A
    later paragraph is cut off when it states a need or a fill state and shares no content
    word with the heading (nor, for a need, with the first paragraph's need).
    """
    blocks = section.blocks
    if not section.heading or len(blocks) < 2 or any(b.kind != "para" for b in blocks):
        return section, []
    heading_words = _need_words(clean_heading(section.heading))
    first = _first_cue(blocks[0].text)
    known = heading_words | (_need_words(first[1]) if first else set())
    for index in range(1, len(blocks)):
        plain = _strip_md(blocks[index].text)
        words = _need_words(plain)
        if FILL_SENTENCE.search(plain) or "~~" in blocks[index].text:
            if not (words & heading_words):
                break
            continue
        cue = _first_cue(blocks[index].text)
        if not cue and V17_TITLES:
            # "And a practical one: … If you are a licensed plumber and could …" (v17)
            cue = next(((s, o) for s in _sentences(plain) if (o := _plain_ask(s))), None)
        if cue and _need_words(cue[1]) and another_need(cue[1], known,
                                                        [first[1]] if first else []):
            break
    else:
        return section, []
    head = Section(heading=section.heading, level=section.level, parent=section.parent,
                   blocks=blocks[:index], children=section.children,
                   state_above=section.state_above)
    return head, blocks[index:]


# v37: an ask's object that is only "help" or "support", in the languages served: "sự giúp
# đỡ của quý vị" (your help), "kev pab", "caawimaad", "gargaar", "ayuda", "مساعدت…", "እርዳታ"
_GENERIC_HELP = re.compile(
    r"(?i)\W*(?:(?:sự|những)\s+)?(?:giúp\s+đỡ|hỗ\s+trợ|ủng\s+hộ)\b|\W*(?:koj\s+|nej\s+)?kev\s+pab\b"
    r"|\W*caawimaad|\W*gargaar|\W*(?:su\s+|tu\s+)?(?:ayuda|apoyo)\b|\W*مساعدت|\W*እርዳታ"
    r"|" + GENERIC_CORE.pattern)
# v37: a bold lead that is only the verb of an ask ("**Thov pub** …", "**Please donate** …"):
# it names nothing, so the page's list does not state it as a need by itself
_ASK_VERB_LEAD = re.compile(r"(?i)\W*(?:thov\s+(?:pub|pab|qiv)|please\s+(?:give|donate|bring|send"
                            r"|help)|por\s+favor\s+\w+|fadlan\s+\w+|xin\s+\w+|maaloo\s+\w+)\W*")
_QUOTE = re.compile(r'^\s*["“„«]\s*(?P<text>.{10,600}?)\s*["”»]\s*$', re.S)
_SIGNED = re.compile(r"^\s*[—–-]{1,2}\s*[^\W\d_][^\n]{0,60}$")
# The ask of a neighbour's quoted request (v37): "Looking for a cord of …", "I need rides to
# …", "Could somebody help me write an appeal letter …?", "Does anyone have a crib?"
_QUOTED_ASK = re.compile(
    r"(?i)^(?:(?:i|we)(?:['’]m|['’]re|\s+am|\s+are)?\s+)?(?:(?:still\s+)?looking\s+for|need|seeking"
    r"|could\s+use)\s+(?P<a>[^.!?]{3,120})"
    r"|^(?:could|can|would|will)\s+(?:somebody|someone|anyone)\s+(?:please\s+)?(?:help\s+(?:me|us)\s+)?"
    r"(?P<b>[^.!?]{3,120})\?"
    r"|^(?:does|do)\s+(?:anyone|somebody|someone)\s+have\s+(?P<c>[^.!?]{2,120})\?")


def _quoted_request(blocks: list[Block], index: int) -> tuple[dict[str, Any] | None, int] | None:
    """A request quoted in the asker's words, then signed ("— Walt, January 10"), then maybe
    answered ("Still looking.", "Done — Gary fixed it"): (its need or None when the answer
    says it is met, the number of blocks it spans); None when ``blocks[index]`` is no such
    request (v37)."""
    quote = _QUOTE.match(_strip_md(blocks[index].text))
    if not quote or index + 1 >= len(blocks) or blocks[index + 1].kind != "para" or not (
            _SIGNED.match(_strip_md(blocks[index + 1].text))):
        return None
    width, answer = 2, ""
    if index + 2 < len(blocks) and blocks[index + 2].kind == "para" and not _QUOTE.match(
            _strip_md(blocks[index + 2].text)):
        answer = _strip_md(blocks[index + 2].text).strip()
        width = 3
    if answer and (FILL_START.search(answer) or FILL_BADGE.fullmatch(answer.strip(" .!✓✔")) or (
            FILL_TEXT.search(without_partial_counts(answer)) and not re.search(
                r"(?i)\bstill\b", answer)) or re.match(
            r"(?i)\W*(?:done|delivered|fixed|found|given|picked\s+up|resolved|met)\b", answer)):
        return None, width
    text = " ".join(quote.group("text").split())
    first = _sentences(text)[0] if _sentences(text) else text
    asks = [m for sentence in _sentences(text) if (m := _QUOTED_ASK.match(sentence.strip()))]
    if asks:
        obj = next(g for g in asks[0].groups() if g)
        obj = re.sub(r"(?i)^(?:an?|some|one|the)\s+", "", obj.strip())
        title = shorten(obj[:1].upper() + obj[1:])
    elif _plain_ask(first):
        title = _plain_ask(first)
    else:
        return None
    body = text + (f"\n\n{_strip_md(blocks[index + 1].text)}") + (f"\n\n{answer}" if answer else "")
    return {"title": _bound(title).rstrip(" .,;:"), "body": body, "with_intro": False,
            "sure": True}, width


# v37: an ask's object that only counts people ("three or four people", "2 more volunteers")
_HEADCOUNT_ONLY = re.compile(
    r"(?i)(?:\d{1,2}|one|two|three|four|five|six|seven|eight|ten|a\s+few|several|some)"
    r"(?:\s+(?:or|to|-|–)\s+(?:\d{1,2}|two|three|four|five|six|seven|eight|ten))?\s+(?:more\s+)?"
    r"(?:people|persons|volunteers|helpers|adults|folks|hands)\b(?!\s+(?:with|who\s+(?:know|speak"
    r"|can\s+(?:speak|drive))|from)\b)")
# v55: the sentence after an ask says that ask is met (fill.COVERED_BACK)
_COVERED_BACK = re.compile(COVERED_BACK, re.IGNORECASE)


# v55: a teaser's link to the rest, in the languages served (outside English and Spanish my
# own wordings): "Read more", "Leer más", "Akhri wax dheeraad ah", "Nyeem ntxiv", "Đọc thêm",
# "Dubbisi dabalataa", "ተጨማሪ ያንብቡ", "اقرأ المزيد"
_READ_MORE = re.compile(
    r"(?i)(?:read\s+(?:more|the\s+(?:full\s+)?story)|continue\s+reading|full\s+story|leer\s+m[aá]s"
    r"|seguir\s+leyendo|akhri\s+(?:wax\s+)?dheeraad(?:\s+ah)?|sii\s+akhri|nyeem\s+ntxiv"
    r"|đọc\s+(?:thêm|tiếp)|xem\s+thêm|dubbisi\s+dabalataa|itti\s+fufii?\s+dubbisi|ተጨማሪ\s+ያንብቡ"
    r"|اقرأ\s+(?:المزيد|أكثر))\W*$")


def _teaser(result: dict[str, Any]) -> bool:
    """v55: a section of a few lines that ends in its link to the rest and asks nothing."""
    text = _strip_md(result.get("description") or "").strip()
    return bool(_READ_MORE.search(text)) and len(text.split()) <= 60 and not (
        _first_cue(text) or FIRST_PERSON_ASK.search(text) or _foreign_ask(text))


def _without_said_twice(results: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """v55: "ပလိၣ်ဘၣ် …: Karen-English interpreter to go with them" and "Karen-English
    interpreter to go with them" under one heading (its Karen text, then its English one), or
    a bare title beside the same title with what it lists: one need, kept under the longer
    title."""
    out = []
    for r in results:
        key = _title_key(r["title"])
        if r.get("_row") and any(
                o.get("_tally") and o.get("_heading") == r.get("_heading")
                and r["title"].casefold()[:15] in (o.get("description") or "").casefold().split(
                    "\n", 1)[-1] and not r["title"].casefold().startswith(
                    clean_heading(r.get("_heading") or "").casefold() or "\0")
                for o in results):
            continue  # (a wish table's row, already listed in the table's one tally need)
        if any(o is not r and o.get("_heading") == r.get("_heading") and len(key) >= 12
               and _title_key(o["title"]) != key and (
                   _title_key(o["title"]).endswith(" " + key)
                   # ("Supply wish list" from the table's counts beside "Supply wish list:
                   # Adult multivitamins, …" from its rows: the list, named)
                   or o["title"].casefold().startswith(r["title"].casefold().rstrip(" .") + ":"))
               for o in results):
            continue
        out.append(r)
    return out


def _covered_next(result: dict[str, Any]) -> bool:
    """v55: "We need 10 round tables for the New Year. Pastor Yang offered the church's
    tables, so this is covered." -- the ask's next sentence says it is met."""
    if not V55_TITLES or not result.get("_span"):
        return False
    sentences = _sentences(_strip_md(result.get("description") or ""))
    # (v56: the span's first sentence, not its first 40 characters, which may run past it)
    span = (_sentences(_strip_md(result["_span"])) or [""])[0].strip()[:40].casefold()
    for index, sentence in enumerate(sentences[:-1]):
        if span and span in sentence.casefold():
            return bool(_COVERED_BACK.search(sentences[index + 1]))
    return False


def _statement_since_filled(result: dict[str, Any], passage: str) -> bool:
    """A sentence the model took for a need that asks nothing ("Peanut butter, tuna and
    canned chicken are the first things our guests choose …") in a passage that then says
    the same thing is covered ("… the canned protein shelf is full through the summer")
    (v40)."""
    if "_kind" in result or result.get("_sure"):
        return False  # the rule walk's own needs are read with their fill states already
    title = _strip_md(result["title"])
    if FIRST_PERSON_ASK.search(title) or _foreign_ask(title) or _conditional_ask(title):
        return False
    words = {w for w in _need_words(title) if len(w) > 3}
    passage = _strip_md(passage or result.get("description") or "")
    heading = _strip_md(result.get("_heading") or "").strip()
    if heading and passage.lstrip().startswith(heading):
        # v47: not by the page's heading run into its first sentence ("FREEPORT COMMUNITY
        # TOOL LIBRARY … Front counter - FULL" over "Tool cleaning crew"), as a PDF's is
        passage = passage.lstrip()[len(heading):]
    for sentence in _sentences(passage):
        if title[:12].casefold() in sentence.casefold():
            continue  # the title's own sentence (with whatever ran into it)
        if FILL_SENTENCE.search(without_partial_counts(sentence)) and (
                words & {w for w in _need_words(sentence) if len(w) > 3}):
            return True
    return False


_PARTNER = re.compile(r"(?i)\W*(?:together|along|jointly|junto|in\s+partnership|in\s+cooperation)"
                      r"\s+(?:with|con)\b")
# v41: words of an ask that name nothing ("que" in "alguien que sepa …" and in "¿… en lo que
# pueda ayudar?"): no overlap with a heading by them alone
_ASK_GLUE = {"que", "quien", "para", "con", "who", "with", "that", "someone", "alguien",
             "persona", "sepa", "pueda", "puede"}
# v41: a sentence that ends asking only for more people, in the languages served
_MORE_PEOPLE_ASK = re.compile(
    r"(?i)\b(?:cần|need|needs|necesitamos|necesita|xav\s+tau|u\s+baahan\w*|barbaanna|نحتاج\s+(?:إلى)?)"
    r"\s+(?:thêm\s+|more\s+|m[aá]s\s+|ntxiv\s+|dheeraad\s+)?(?:(?:nhiều\s+)?người|people|volunteers"
    r"|helpers|hands|tình\s+nguyện\s+viên|voluntari[oa]s|personas|neeg(?:\s+pab)?|dad|mutadawiciin"
    r"|tola\s+ooltota|متطوعين|أشخاص)(?:\s+(?:nữa|ntxiv|more|más))?\s*[.!]?\s*$")


# v40: a title that is only a number of people, in the languages served
_BARE_HEADCOUNT = re.compile(
    r"(?i)\W*\d{1,3}\s+(?:more\s+)?(?:(?:leej|tus)\s+)?(?:people|persons|volunteers|helpers|personas|voluntari[oa]s"
    r"|qof|dad|neeg|người|nama|namoota|ሰዎች|ሰው|أشخاص|متطوعين)(?:\s+(?:más|more|ntxiv|nữa))?\W*")
# v55: the need verb before a bare headcount: "Need 8 people", "Cần 8 người", "Se necesitan
# 6 personas", "Waxaan u baahanahay 4 qof", "Xav tau 5 leej neeg"
_NEED_VERB_LEAD = re.compile(r"(?i)^\W*(?:(?:we\s+)?(?:still\s+)?need(?:s|ed)?|cần|còn\s+cần"
                             r"|se\s+necesita[n]?|necesitamos|waxaan\s+u\s+baahanahay|xav\s+tau|barbaachisa)\s+"
                             r"")


# v56: a whole Amharic or Oromo sentence that ends by asking for a number of people ("… ስድስት
# ሰዎች እንፈልጋለን።", "… namoota 4 barbaanna") -- the sentence was kept whole, its thing unread
_VERB_FINAL_HEADCOUNT = re.compile(
    r"(?:ሰዎች|ሰው|በጎ\s*ፈቃደኞች)\s*(?:እንፈልጋለን|ያስፈልጉናል|ያስፈልገናል)[\s.!።]*$"
    r"|(?i:\bnam(?:oota|a)\s+(?:\d+\s+)?(?:ni\s+)?barbaanna)[\s.!]*$")


_COUNT_WORDS = frozenset({"a", "an", "one", "two", "three", "four", "five", "six", "some", "more",
                          "few", "several", "extra"})


def _label_names_role(title: str, body: str) -> str:
    """v57: "Drivers for the Friday grocery run: once a week … We need two drivers who can
    take turns.": the paragraph's opening label names the role its ask repeats."""
    lead = re.match(r"\s*([^:.!?\n]{3,60}):\s+\S", _strip_md(body))
    if not lead:
        return title
    label = lead.group(1).strip()
    # (the ask's own words, after any heading joined before them and a count: "Neighbor notes:
    # two drivers who can take turns")
    said = re.findall(r"[\w'’-]+", title.rsplit(": ", 1)[-1].casefold())
    while said and (said[0].isdigit() or said[0] in _COUNT_WORDS):
        said = said[1:]
    named = re.findall(r"[\w'’-]+", label.casefold())
    if said and named and said[0] == named[0] and 2 <= len(named) <= 8 and len(said) >= 2 and (
            _heading_role(label)) and _title_key(label) != _title_key(title) and not (
            FILL_TEXT.search(label) or JOB_TEXT.search(label)):
        return _bound(label)
    return title


def _seeks_skilled(title: str, body: str) -> bool:
    """v56: the title is a skilled person (a trade or profession) the body seeks in the first
    person, right before the title's own words."""
    words = re.findall(r"[\w'’-]+", title)[:3]
    if len(words) < 2 or not SKILLED.search(fold(title)):
        return False
    plain = _strip_md(body)
    return bool(re.search(r"(?i)\bwe(?:\s+are|['’]re)?\s+(?:(?:still|now|also)\s+)?(?:looking\s+for"
                          r"|seeking|need|hoping\s+to\s+find)\s+(?:an?\s+|one\s+|two\s+)?"
                          + r"\W+".join(map(re.escape, words)), plain)) and not (
        FILL_SENTENCE.search(without_partial_counts(plain)) or JOB_TEXT.search(plain))


def _counted_only(title: str) -> bool:
    """v55: a title that only counts people ("Cần 8 người, đã có 3 người đăng ký", "Need 6
    volunteers -- 2 signed up")."""
    head = _NEED_VERB_LEAD.sub("", re.split(r"\s*[,;(—–]\s*|\s+-{1,2}\s+", title, maxsplit=1)[0],
                               count=1)
    # (the number may be gone already: "Người, đã có 3 người đăng ký")
    if V59_TITLES and _NOUN_FIRST_COUNT.fullmatch(head):
        return True  # v59: Oromo "Nama 2 barbaanna" (2 people we want): noun, number, verb
    return bool(_BARE_HEADCOUNT.fullmatch(head) or _BARE_HEADCOUNT.fullmatch("2 " + head))


# v59: a headcount with its noun first and the need verb last, as Oromo and Amharic put it:
# "Nama 2 barbaanna", "Namoota 3 nu barbaachisu", "ሰዎች 4 ያስፈልጋሉ" (my own wordings)
_NOUN_FIRST_COUNT = re.compile(
    r"(?i)\W*(?:nama|namoota|qof|dad|ሰዎች|ሰው)\s+\d{1,3}(?:\s+(?:dabalataa|kale))?"
    r"(?:\s+(?:nu\s+|ni\s+)?(?:barbaanna|barbaachisu?|barbaadna|ayaa\s+loo\s+baahan(?:\s+yahay)?"
    r"|እንፈልጋለን|ያስፈልጋሉ|ያስፈልጋል))?\W*")


# v41: a reader's own question in an FAQ ("¿Necesito hablar inglés?", "Do I need a car?"):
# no ask of the organization's
_READER_QUESTION = re.compile(
    r"(?i)^\W*(?:necesito|tengo\s+que|do\s+i\s+(?:need|have)|must\s+i|should\s+i|can\s+i"
    r"|puedo|do\s+you\s+need\s+me|ma\s+u\s+baahanahay|kuv\s+puas|tôi\s+có\s+cần)\b[^?]*[?？]\s*$")
_PROGRESS = re.compile(r"\W*(\d{1,4})\s+(?:of|/)\s+(\d{1,4})(?:\s+[^\W\d_]{2,12})?\W*")


def _progress_open(text: str) -> bool:
    """A drive card's count of what has come in, short of its goal ("12 of 40 items"): the
    drive is still open (v37).  Money ("$2,150 of $5,000") is no such count."""
    plain = _strip_md(text)
    match = _PROGRESS.fullmatch(plain) if V37_TITLES else None
    if not match and V49_TITLES:
        # v49: "40 / 150 argameera. Kitaabota haaraa … nuuf fidaa.": the count opens the card's
        # text, its ask follows (not a fill: "200 / 200 ✓ Guutameera")
        first, _, rest = plain.partition(". ")
        match = _PROGRESS.fullmatch(first.rstrip(".")) if rest and not FILL_TEXT.search(
            without_partial_counts(rest)) else None
    return bool(match) and int(match.group(1)) < int(match.group(2))


def _negative_own_heading(result: dict[str, Any]) -> bool:
    """A candidate titled only by its own heading, not stated by the page's structure, whose
    heading reads as past, thanks, a training, hours or a service (v37)."""
    heading = clean_heading(result.get("_heading") or "")
    if not heading or result.get("_sure") or result.get("_first") or _title_key(
            result["title"]) != _title_key(heading):
        return False
    return is_negative_heading(heading) or bool(SERVICE_HEADING.search(heading.strip(" »"))) or (
        V38_TITLES and bool(NEWS_HEADING.search(heading))) or (  # v38: "Rink diary: …", a post
        # v43: "Show schedule", "Iftarka bulshada" (the community iftar): an event's own
        # heading over its times
        V43_TITLES and bool(_SCHEDULE_HEADING.fullmatch(heading) or (
            # (v59: not "Eid Box Delivery Drivers": a role for the event)
            EVENT_TEXT.search(heading) and not (V59_TITLES and _names_role(heading)))))


# v43: a heading that only names a timetable: "Show schedule", "Schedule of events", "Horario
# del festival"
_SCHEDULE_HEADING = re.compile(r"(?i)(?:(?:show|event|race|game|fair|festival|day|weekend"
                               r"|tournament|program|daily|class|mass|worship)\s+)?(?:schedule|timetable"
                               r"|agenda|itinerary)(?:\s+of\s+events)?|horario\s+del?\s+\w+")


def _title_key(text: str) -> str:
    return re.sub(r"\W+", " ", text.casefold()).strip()


def _site_names(page: PageInput) -> set[str]:
    """The parts of the page's ``<title>`` ("Frogtown Hmong Elders Garden", "Home"): a
    heading that only repeats one names the organization or the page, never a need."""
    title = page.title
    split = r"\s+[|–—:-]\s+|\s*[|·»]\s*"
    found = re.search(r"(?is)<title[^>]*>(.*?)</title>", page.html) if page.html else None
    if not title and page.html:
        title = found.group(1) if found else ""
    elif page.html and V55_TITLES:
        # v55: the fetcher's title may be the page's part alone, "VOLUNTEER" of "VOLUNTEER -
        # DARWIN SENIOR FRIENDSHIP CENTER": the document's own <title>, when it has parts,
        # adds the site's (not a one-part <title>, "Giving Tree": the page's own topic)
        parts = re.split(split, html_unescape(found.group(1)).strip()) if found else []
        if len(parts) >= 2:
            title = " | ".join([title, *parts])
    parts = re.split(split, title or "")
    return {_title_key(p) for p in parts if _title_key(p)}


def _fill_notes(root: Section) -> list[str]:
    """The page's sentences that state a fill ("Morning restock is full — pick another")."""
    notes = []
    for section in _walk(root):
        for block in section.blocks:
            if block.kind != "table":
                notes += [s.casefold() for s in _sentences(_strip_md(block.text))
                          if FILL_SENTENCE.search(without_partial_counts(s) if V42_TITLES
                                                  else s) and not CUE_PRE.search(s)]
    return notes


def _named_as_filled(title: str, notes: list[str]) -> bool:
    """A fill note elsewhere on the page names this need as its subject: the row "Morning
    restock — Daily 8 am" under a table followed by "Morning restock is full"."""
    core = re.split(r"\s+[—–-]\s+|:\s", title.casefold(), maxsplit=1)[0].strip(" .")
    if len(core) < 4:
        return False
    for note in notes:
        at = note.find(core)
        if at >= 0 and FILL_SENTENCE.search(note[at + len(core):]):
            return True
    return False


# Asking readers to pass the word on, not for a need (v19): "Print our winter flyer for your
# church bulletin board", "Share this page", "Tell your friends about the pantry".
_SPREAD_WORD = re.compile(
    r"(?i)^\W*(?:please\s+)?(?:print|share|post|hang|forward|pass\s+(?:along|on)|put\s+up|download)"
    r"\s+(?:our|the|this|a\s+copy\s+of\s+(?:our|the))\s+(?:[\w-]+\s+){0,2}?(?:flyers?|posters?"
    r"|newsletter|post|page|bulletin|announcement)\b|^\W*(?:please\s+)?(?:help\s+us\s+)?spread\s+the"
    r"\s+word\b|^\W*(?:please\s+)?tell\s+(?:your\s+)?(?:friends|neighbou?rs|family)\b"
    r"|^\W*(?:please\s+)?(?:follow|like)\s+us\b")


def _spreads_word(result: dict[str, Any]) -> bool:
    """The need only asks readers to share a flyer or the page (v19)."""
    text = result.get("tldr") or ""
    description = result.get("description") or ""
    body = description.split("\n\n", 1)[1] if "\n\n" in description else description
    first = (_sentences(_strip_md(body)) or [""])[0]
    return bool(_SPREAD_WORD.search(result.get("title", "")) or (
        _SPREAD_WORD.search(first) and len(_sentences(_strip_md(body))) <= 2)
        or (_SPREAD_WORD.search(text) and text == first))


# v58: an intro that hands the reader on to the cards below it ("Choose one of these:")
_PICK_ONE = re.compile(r"(?i)\b(?:these|below|following|pick|choose|any\s+of|one\s+of)\b|:\s*$")


def _describes_own_role(section: Section, own: str) -> bool:
    """The section's own text states a need of its own, above the cards nested under it: a
    first-person ask, a need verb ("… waxay u baahan yihiin laba tababare"), an open badge,
    or a task to do ("Work with small groups on fractions") that is not "pick one of these"
    (v19)."""
    if FIRST_PERSON_ASK.search(own) or re.search(
            r"(?i)\b(?:needs?|needed|u\s+baahan\w*|xav\s+tau|cần|necesita\w*|barbaachis\w*)\b",
            own):
        return True
    if any(b.kind == "para" and (OPEN_BADGE.fullmatch(_strip_md(b.text))
                                 or STATUS_WORD.fullmatch(_strip_md(b.text).strip()))
           for b in section.blocks):
        return True
    if V58_TITLES and section.children and _heading_role(clean_heading(section.heading or "")) and (
            _heading_role(clean_heading(section.children[0].heading or ""))) and len(
            own.split()) >= 4 and not (JOB_TEXT.search(own) or FILL_TEXT.search(
                without_partial_counts(own)) or _PICK_ONE.search(own)):
        # v58: "### Homework Helpers" / "Mondays and Wednesdays, 3:30–5 pm …" over "####
        # Amharic-English Interpreter", "#### Grant Writer": a role's card, the first of a grid
        # whose other cards sit a level lower -- not a heading over them
        return True
    return any((IMPERATIVE_START.match(s) or re.match(
        r"(?i)(?:work\s+with|spend\s+time|keep|hand\s+out|stay|call|plan)\b", s)) and not re.search(
        r"(?i)\b(?:these|below|following|pick|choose|any\s+of|one\s+of)\b", s)
        for s in _sentences(own))


def _umbrella_headings(results: list[dict[str, Any]], root: Section) -> set[str]:
    """Headings whose section only introduces cards that gave needs of their own (v19):
    two or more child sections with rule-walk needs, and no need stated in its own text."""
    if not V19_TABLES:
        return set()
    with_needs = {r["_heading"] for r in results if r.get("_heading")}
    return {section.heading for section in _walk(root)
            if section.heading and _introduces_cards(section, with_needs)
            and not _describes_own_role(section, _own_text(section))}


def _introduces_cards(section: Section, headings: set[str]) -> bool:
    """Two or more of the section's sub-sections gave needs (their headings in ``headings``)."""
    return sum(1 for child in section.children
               if child.heading and child.heading in headings) >= 2


def _own_text(section: Section) -> str:
    return " ".join(_strip_md(b.text) for b in section.blocks)


def _is_umbrella(title: str, heading: str, umbrellas: set[str]) -> bool:
    """The need only repeats a heading that is an umbrella over its cards (v19)."""
    return bool(heading) and heading in umbrellas and (
        _title_key(title) == _title_key(clean_heading(heading)))


def _without_umbrellas(kept: list[learned.Candidate], root: Section) -> list[learned.Candidate]:
    """Without a section's bare heading when two or more of its sub-sections gave needs of
    their own (v15): "Fixers wanted" over the cards "Small-engine fixer", "Sewing menders",
    … is the umbrella the roles sit under, not another need."""
    headings = {c.heading for c in kept}
    out = []
    for candidate in kept:
        # v19: the rule walk's own candidate too, when it only repeats the heading ("Market
        # Day Crew", "Saturday School Team", "Teacher wish lists" over their cards) and the
        # section's own text asks for nothing in the first person.
        umbrella_title = candidate.source == "heading" or (
            V19_TABLES and candidate.source == "heuristic" and candidate.heading
            and _title_key(candidate.title) == _title_key(clean_heading(candidate.heading)))
        if umbrella_title:
            section = next((s for s in _walk(root) if s.heading == candidate.heading
                            and s.level == candidate.level), None)
            if candidate.source == "heading" and section is not None and any(
                    b.kind == "table" for b in section.blocks) and any(
                    c is not candidate and c.source == "heuristic"
                    and c.heading == candidate.heading for c in kept):
                continue  # v47: a table's heading over the rows the rules read: its caption
            if V48_TITLES and candidate.source == "heading" and section is not None and sum(
                    1 for c in kept if c is not candidate and c.source in ("item", "heuristic")
                    and c.heading == candidate.heading and c.title != candidate.title) >= 2 and (
                    any(b.kind == "item" for b in section.blocks)) and not (
                    _GIVING_HEADING.search(candidate.heading) or _WISH_LIST_HEADING.search(
                        candidate.heading) or is_need_heading(candidate.heading)):
                continue  # v48: a page's heading over the roles its own list gave: an umbrella
            if section is not None and _introduces_cards(section, headings) and (
                    candidate.source == "heading"
                    or not _describes_own_role(section, _own_text(section))):
                continue
            if (V31_TITLES and section is not None and candidate.source == "heading"
                    and not is_need_heading(candidate.heading)
                    and not _GIVING_HEADING.search(candidate.heading)  # "Donate interview …"
                    and any(c.heading in headings for c in section.children if c.heading)
                    and not _asks_anything(_own_text(section))):
                continue  # v31: "WARM HOMES 2025" over its one "What we need": the campaign
        out.append(candidate)
    return out


def _lift_sibling_cards(root: Section, pool: list[learned.Candidate], probabilities,
                        kept: list[learned.Candidate], threshold: float) -> bool:
    """Cards laid out alike are alike (v30): among sibling cards (headed sections with no
    cards of their own) at least half of those that are not filled, past or a service are
    kept needs, so a sibling the model nearly kept ("Social media helper" at 0.82 beside
    "Grant writer", "Leaking kitchen faucet" among a request board's requests) is one too.
    Raises that sibling's candidate to the bar; True when any was raised."""
    kept_headings = {k.heading for k in kept if k.heading}
    raised = False
    for parent in _walk(root):
        cards = [c for c in parent.children if c.heading and c.blocks and not any(
            (d.blocks or d.children) and not (V31_TITLES and _aside_heading(d.heading))
            for d in c.children)]  # (an empty byline below is no card)
        if len(cards) < 2:
            continue
        live = [c for c in cards if not not_a_need(
            c.heading, "\n\n".join(b.text for b in c.blocks))
            and "~~" not in "".join(b.text for b in c.blocks)
            and not FILL_TEXT.search(without_partial_counts(_strip_md(
                "\n\n".join(b.text for b in c.blocks))))]  # "We're full through May"
        done = [c for c in live if c.heading in kept_headings]
        if not done or len(done) * 2 < len(live) or len(live) < 2:
            continue
        # Two cards alike only when both are roles ("Grant writer", "Social media helper");
        # a role's card beside a meeting's is not the same kind of card.
        roles = len(live) < 3 and all(_heading_role(c.heading) for c in live)
        following = V48_TITLES and bool(_FOLLOWING.search(_strip_md(_own_text(parent))))
        if len(live) < 3 and not roles and not following:
            continue  # (v48: unless the parent says the cards below are what it seeks)
        for card in live:
            if card.heading in kept_headings or is_generic_heading(card.heading) or (
                    _RECAP_HEADING.search(card.heading)) or (
                    V48_TITLES and _HOW_TO_JOIN.search(card.heading)):
                continue  # (v48: nor "How to sign up", whatever the cards beside it are)
            body = "\n\n".join(b.text for b in card.blocks)
            if not (_heading_role(card.heading) or _asks_anything(body) or following):
                continue  # a card that neither names a role nor asks: not like its siblings
            if V45_TITLES and (PAST_REPORT.search(_strip_md(body)) or NEGATIVE_TEXT.search(
                    _strip_md(body))):
                continue  # v45: "Last winter's drive collected 180 coats. Thank you …": a recap
            best = max((i for i, c in enumerate(pool) if c.heading == card.heading
                        and c.source in ("heuristic", "heading")),
                       key=lambda i: probabilities[i], default=None)
            if best is not None and _LIFT_FLOOR <= probabilities[best] < threshold:
                probabilities[best] = threshold
                raised = True
    return raised


def _aside_heading(heading: str) -> bool:
    """A sub-heading that closes a card with what is not asked (v31): "Already covered this
    season — thank you", "Not needed right now"."""
    return bool(heading) and (is_negative_heading(heading) or bool(FILL_TEXT.search(heading)))


_LIFT_FLOOR = 0.65
# v48: how to sign up or apply, in the languages served (outside English and Spanish: my own
# wordings): "Yuav sau npe pab dawb li cas", "Sida loo diiwaangeliyo", "Cách đăng ký",
# "Akkamitti galmaa'uu", "እንዴት መመዝገብ", "كيف يتم التسجيل"
_HOW_TO_JOIN = re.compile(
    r"(?i)^\W*(?:how\s+(?:to|do\s+i|can\s+i)\s+(?:sign\s+up|apply|register|join|get\s+started)"
    # v55: "How do families sign up for services?": how someone else signs up
    r"|how\s+(?:do|does|can)\s+(?:new\s+)?(?:famil(?:y|ies)|clients?|patients?|students?|parents?"
    r"|people|residents|members|seniors|elders)\s+(?:sign\s+up|apply|register|enrol+|join)\b"
    r"|c[oó]mo\s+(?:inscribirse|anotarse|registrarse|aplicar|participar)|para\s+anotarse"
    r"|yuav\s+(?:sau\s+npe|ua\s+li\s+cas)|sida\s+(?:loo|aad\s+u)\s+(?:is\s+)?diiwaangeli\w*"
    r"|(?:làm\s+sao\s+để\s+|cách\s+)đăng\s+ký|akkamitti\s+galmaa\w*|እንዴት\s+(?:መመዝገብ|ይመዝገቡ)"
    r"|كيف\s+(?:يتم\s+)?(?:التسجيل|تسجل)"
    # v59: how to become a volunteer: "¿Cómo ser voluntario?", "How do I become a
    # volunteer?", "Sidee loo noqdaa mutadawac?", "Làm sao để trở thành tình nguyện viên?",
    # "Akkaataa itti galmooftan" (how you register) (outside English and Spanish: my own)
    + (r"|how\s+(?:to|do\s+i|can\s+i)\s+(?:become|be)\s+an?\s+volunteer"
       r"|c[oó]mo\s+(?:ser|hacerse|llegar\s+a\s+ser)\s+voluntari[oa]"
       r"|sidee\s+(?:loo|aan\s+u)\s+noqd?aa?\s+mutadawac|akkaataa\s+itti\s+galmoo\w*"
       r"|làm\s+sao\s+để\s+(?:trở\s+thành|làm)\s+tình\s+nguyện"
       # v59: a bare registration heading: "Registration", "Galmee ijoollee" (children's
       # registration), "Inscripciones", "Diiwaangelinta", "Đăng ký", "Kev sau npe"
       r"|(?:(?:(?:player|child(?:ren)?['’]?s?|youth|student|class)\s+)?registration"
       r"|galmee(?:\s+ijoollee|\s+taphattootaa)?|inscripci(?:ón|on|ones)|diiwaangelin\w*"
       r"|đăng\s+ký(?:\s+học)?|kev\s+sau\s+npe)(?=\W*$)" if V59_TITLES else "")
    + r")")
_SERVICE_HOURS = re.compile(
    r"(?i)\W*(?:(?:student\s+)?community\s+service(?:\s+hours)?|(?:student\s+)?(?:service|volunteer)"
    r"\s+hours(?:\s+for\s+(?:students|school|court))?|(?:horas\s+de\s+)?servicio\s+comunitario"
    r"|horas\s+de\s+(?:servicio|voluntariado)(?:\s+comunitario)?)\W*")
# v54: a heading that only says who registers for a program, "Ijoollee galmeessuu" (registering
# children), "Diiwaangelinta ciyaartoyda" (the players' registration), "Inscripciones",
# "Child registration": how clients sign up, not a need (my own wordings outside English and
# Spanish)
_REGISTRATION_HEADING = re.compile(
    r"(?i)\W*(?:(?:student|player|child(?:ren)?|kids?|youth|family|participant|camper)s?['’]?\s+)?"
    r"(?:registration|sign-?ups?|enrol+ment)(?:\s+(?:is\s+)?(?:open|now\s+open))?"
    r"|inscripci[oó]n(?:es)?(?:\s+(?:de|para)\s+(?:niños|niñas|jugadores|alumnos|familias))?"
    r"|(?:ijoollee|daa['’]immanii|barattoota|maatii)\s+galmee(?:ssuu|ssa|ffamuu)"
    r"|galmee(?:ssuu|ssa)(?:\s+(?:ijoollee|barattootaa|maatii))?"
    r"|diiwaangelinta(?:\s+(?:ciyaartoyda|ardayda|carruurta|qoysaska))?"
    r"|kev\s+sau\s+npe(?:\s+(?:menyuam|tub\s+ntxhais\s+kawm))?|đăng\s+ký(?:\s+cho\s+(?:trẻ\s+em|con))?"
    r"|ምዝገባ|التسجيل[\s\w]{0,12}\W*"
    # v57: registering a child for school: "Sau npe kawm ntawv", "School registration",
    # "Inscripción escolar", "Is-diiwaangelinta dugsiga", "Ghi danh đi học" (outside English
    # and Spanish my own wordings)
    r"|sau\s+npe\s+(?:kawm\s+ntawv|rau\s+(?:koj\s+)?(?:tus\s+)?me\s*nyuam|me\s*nyuam)"
    r"|(?:school|kindergarten|preschool|class)\s+(?:registration|enrol+ment)"
    r"|inscripci[oó]n\s+escolar|is-?diiwaangelinta(?:\s+dugsiga)?|ghi\s+danh(?:\s+đi\s+học)?")
# v48: an offer of a thing the reader has ("If you have a plow …", "Si tiene una cuna …"),
# not of a skill ("If you can play simple hymns": the sentence before names the role)
_HAVE_OFFER = re.compile(r"(?i)\W*(?:if\s+(?:you|your\s+\w+|anyone|someone)\s+(?:have|has|own|owns)"
                         r"|si\s+(?:usted\s+|alguien\s+)?tiene)\b")
_NUMBERED_LINES = re.compile(r"\s*1[.)]\s+\S.*\s2[.)]\s")
# v48: a table cell that says the row is paid work: "Paid", "Paid – see Jobs below", "Contract
# work on …", "Pagado", "Con sueldo"
_PAID_CELL = re.compile(r"(?i)\W*(?:(?:puesto|trabajo|empleo|position|job)\s+)?"  # v49
                        r"(?:paid|pagado|remunerado|con\s+sueldo)\s*(?:[–—-]|\(|$|,)"
                        # v57: "PAID CONTRACT, 8 HRS/MONTH", "Paid position"
                        r"|\W*paid\s+(?:contract|position|job|role|staff|stipend)\b"
                        r"|\W*contract\s+(?:work|position|job)\b")
# v48: an intro that says the cards below are what it seeks: "volunteers for the following",
# "las siguientes tareas", "hawlaha soo socda", "hauv qab no", "sau đây", "armaan gadii",
# "በሚከተሉት", "التالية" (outside English and Spanish: my own wordings, from dictionaries)
_FOLLOWING = re.compile(
    r"(?i)\b(?:the\s+following|(?:roles?|tasks|jobs|positions|ways)\s+below|below\s+are)\b"
    r"|\b(?:l[oa]s\s+)?siguientes\b|\bsoo\s+socd\w*|\bhauv\s+qab\s+no\b|\bsau\s+đây\b"
    r"|\barmaan\s+gadii\b|በሚከተሉት|የሚከተሉት|التالي(?:ة)?")
_RECAP_HEADING = re.compile(r"(?i)\b(?:wrap-?up|recap|look(?:ing)?\s+back|by\s+the\s+numbers"
                            r"|thank\s+you|thanks|results|report|highlights)\b")
_BOLD_ONLY = re.compile(r"\s*(\*\*|__)[^*_\n]{2,80}?\1[.:]?\s*")


_FILLER_WORDS = frozenset({"with", "someone", "somebody", "anyone", "people", "folks", "more",
                           "volunteer", "volunteers", "help", "helpers", "some", "your"})


def _shared_words(a: str, b: str) -> set[str]:
    """The content words two titles share; v31: not "with" or "someone", which every ask
    has ("Someone with bike repair skills" and "Folks with a pickup truck" ask apart)."""
    shared = _content_words(a) & _content_words(b)
    return {w for w in shared if w not in _FILLER_WORDS} if V31_TITLES else shared


def _without_retold(kept: list[learned.Candidate]) -> list[learned.Candidate]:
    """Without a sentence the model took from the paragraph of a need the rule walk already
    read there, when the sentence asks for nothing of its own (v30): "Two of our nuns are
    preparing for the citizenship interview" beside "Patient English tutor who could meet
    with them …", "¿Tiene usted una camioneta?" beside "Alguien que pueda recoger el pan …"."""
    rules = [k for k in kept if k.source == "heuristic" and k.heading]
    out = []
    for k in kept:
        if k.source == "sentence" and k.span and any(
                r.heading == k.heading and k.span in learned.norm(r.context)
                and learned.norm(r.title) != learned.norm(k.title) for r in rules):
            own = _plain_ask(k.title) or cue_core(k.title) or (
                # v31: the sentence's own ask when its title is already the thing ("Couple
                # more folks with a pickup truck" from "… we really need a couple more …")
                V31_TITLES and (_plain_ask(k.span) or cue_core(k.span))) or ""
            if not own or any(_shared_words(own, r.title) for r in rules
                              if r.heading == k.heading):
                continue
        if V31_TITLES and k.source == "sentence" and any(
                r.heading == k.heading and r.result.get("_row") and _stems(r.title)
                and _stems(r.title) <= _stems(k.title) for r in rules):
            continue  # v31: "Grocery rescue drivers use their own car …" below the grid row
        out.append(k)
    return out


# v30: a member's offer ("I can give rides to Grand Rapids on Tuesdays", "Free chest
# freezer, works great"), what the organization will do itself ("We can arrange a truck to
# pick them up"), a card marked done in brackets ("[Completed in August] …"), a wage
# ("10 hours a week at $18 an hour") and a board member's card ("Tesfaye G… - Chair").
_OFFER_TITLE = re.compile(
    r"(?i)^\W*(?:i|we)\s+(?:can|could|am\s+able\s+to|have\s+(?:a|an|some|two|extra))\s+"
    r"(?:give|offer|lend|share|drive|loan|spare|donate|help\s+with|haul|fix)\b"
    r"|^\W*(?:free|offering|giving\s+away|gratis|regalo|bilaash)\b(?!\s+(?:up|time|hours?)\b)"
    # v33: a member's offer in Spanish or English: "Ofrezco clases de guitarra", "I offer …"
    r"|^\W*(?:ofrezco|regalo|doy|presto|i\s+(?:can\s+)?offer)\b"
    r"|^\W*(?:i|we)\s+have\s+(?:a|an|some|two|three|extra)\s+[^.]{3,40}\s+to\s+(?:give|share|lend)")
_WE_WILL_DO = re.compile(
    r"(?i)^\W*we(?:['’]ll|\s+will|\s+can|\s+could)\s+(?:also\s+)?(?:arrange|pick\s+(?:it|them)"
    r"\s+up|pick\s+up|provide|cover|pay|reimburse|deliver|send|call\s+you|get\s+back|match|haul"
    r"|come\s+get|supply|train|teach\s+you|help\s+you)\b")
_DONE_BRACKET = re.compile(
    r"(?im)^\W*[\[(]\s*(?:completed?|done|finished|filled|closed|covered|full|taken|met)\b[^\])]{0,40}[\])]")
_WAGE = re.compile(
    r"(?i)\$\s?\d[\d,]*(?:\.\d\d)?\s*(?:/\s*|an?\s+|per\s+)(?:hour|hr|h|week|month|year|yr)\b"
    r"|\$\s?\d{2},?\d{3}\s+(?:a|per)\s+year|\bpaid\s+(?:position|job|role|opening|part-time"
    r"|full-time)\b|\(\s*paid\b"
    # v33: an hourly wage in the languages served (authors' best effort): "$18 saacaddii" (so),
    # "$15 la hora" / "por hora" (es), "mỗi giờ" (vi), "ib teev" (hmn), "sa'aatiitti" (om),
    # "በሰዓት" (am), "للساعة" / "في الساعة" (ar)
    r"|\$\s?\d+(?:\.\d\d)?\s*(?:saacaddii|saacad\s+kasta|(?:a\s+)?la\s+hora|por\s+hora|(?:một|mỗi)"
    r"\s+giờ|ib\s+teev|sa['’]aatiitti|በሰዓት|للساعة|في\s+الساعة)")
_BOARD_CARD = re.compile(
    r"(?i)^(?P<first>[^\W\d_][\w'’.-]+)(?:\s+[^\W\d_][\w'’.-]+){1,3}\s*[-–—,|]\s*(?:board\s+)?"
    r"(?:co-?|vice[\s-])?(?:chair(?:person|man|woman)?|president|secretary|treasurer|founder"
    r"|director|member\s+at\s+large|trustee|elder|imam|pastor|abbot)\s*$")


def _no_need_v30(result: dict[str, Any]) -> bool:
    title = result["title"]
    body = _strip_md(result.get("description") or "")
    heading = result.get("_heading") or ""
    own = body[len(heading):].strip() if heading and body.startswith(heading) else body
    offer = _OFFER_TITLE.search(title)
    if (offer and not (offer.group(0).strip().casefold().startswith(("free", "gratis"))
                       and names_a_role(title))) or _WE_WILL_DO.match(title):
        return True  # (not "Free tax clinic: VITA preparers", a role for a free service)
    if _DONE_BRACKET.search(own[:120]):
        return True  # "[Completed in August] Jazakum Allahu khayran to the 14 brothers …"
    if _WAGE.search(f"{heading}\n{own}") and not result.get("_sure"):
        return True  # a paid job is no volunteer need
    board = _BOARD_CARD.match(title)
    return bool(board and re.match(rf"(?i)\W*{re.escape(board.group('first'))}\b", own))


class HeuristicExtractor(Extractor):
    """Deterministic, offline need extraction from readable Markdown."""

    name = "heuristic"

    def __init__(self, *, use_model: bool | None = None) -> None:
        if use_model is None:
            use_model = bool(getattr(settings, "EXTRACTION_NEED_MODEL", True))
        self.use_model = use_model

    def candidates(self, page: PageInput) -> list[dict[str, Any]]:
        """The rule walk's needs, or -- when the learned model is shipped and loads -- the
        rule walk's and the extra candidates' needs as the model judges them."""
        token = PAGE_TODAY.set(None)  # rule_candidates sets the page's own "now" (v31)
        try:
            return self._candidates(page)
        finally:
            PAGE_TODAY.reset(token)

    def _candidates(self, page: PageInput) -> list[dict[str, Any]]:
        results, root, page_text = self.rule_candidates(page)
        texts = {sec.heading: _section_text(sec) for sec in _walk(root) if sec.heading}
        umbrellas = _umbrella_headings(results, root)
        results = [r for r in results
                   if not _is_umbrella(r["title"], r.get("_heading", ""), umbrellas)]
        if self.use_model and learned.available():
            # v23: nor a card that asks for nothing among cards that ask outright
            counts = Counter(s.heading for s in _walk(root))
            silent = {s.heading for s in _walk(root)
                      if counts[s.heading] == 1 and _silent_among_asks(s)}
            results = [c.result for c in self.judged(page, results, root, page_text)
                       if not _is_umbrella(c.title, c.heading or "", umbrellas)
                       and (c.heading or "") not in silent]
        if V31_TITLES:
            others = {s.heading for s in _walk(root) if s.heading and (
                _other_badge_above(s) or (V44_TITLES and _other_pill_below(s)))}
            results = [r for r in results if r.get("_heading") not in others]
        requests = {r["_heading"] for r in results if r.get("_request")}
        results = [r for r in results if r.get("_request") or r.get("_heading") not in requests]
        _retitle_by_heading(results)
        if V51_TITLES:
            per_heading = Counter(r.get("_heading") for r in results)
            for r in results:
                r["title"] = _household_wish(r, _antecedent_named(r, _named_below_when_where(r)))
                if per_heading[r.get("_heading")] == 1:
                    r["title"] = _labelled_ask_heading(r)
                # "Open your home this spring: supper hosts: Supper hosts": said once
                head, _, tail = r["title"].rpartition(": ")
                if head and _title_key(tail) and _title_key(head).endswith(_title_key(tail)):
                    r["title"] = head
            # a card whose own text counts every place taken ("5 of 5 weeks claimed for March"),
            # whatever sentence of it the rules read
            results = [r for r in results if r.get("_row") or per_heading[r.get("_heading")] > 1
                       or r.get("_tally")
                       or not FULL_COUNT.search(texts.get(r.get("_heading") or "", ""))]
            # (a title retitled to what another result already says is that one need twice)
            titled: set[str] = set()
            results = [r for r in results if not (
                _title_key(r["title"]) in titled or titled.add(_title_key(r["title"])))]
        if V52_TITLES:
            for r in results:
                r["title"] = _named_past_badge(r)
        if V53_TITLES:
            for r in results:
                r["title"] = _heading_and_thing(r, texts.get(r.get("_heading") or "", ""))
        if V54_TITLES:
            for r in results:
                r["title"] = _bold_thing(r, texts.get(r.get("_heading") or "", ""))
        if V35_TITLES:
            for r in results:  # "FOOD WE NEED MOST: CEREAL …" from an ALL-CAPS page (v35)
                if r["title"].isupper() and len(r["title"]) > 12:
                    r["title"] = sentence_case(r["title"])
        if V40_TITLES:
            for r in results:
                r["title"] = _crew_titled(r.get("_heading") or "", r["title"])
            # v40: "15 personas" (from "Se buscan voluntarios para armar mochilas …
            # Necesitamos 15 personas."): a bare headcount beside the ask it counts for
            asked = Counter(r.get("_heading") for r in results)
            if V41_TITLES:
                # v41: "Fasalka tolida: caawiyeyaal ayaan u baahannahay" (helpers we need)
                # over its own table's open rows: the heading only announces them
                rowed = {r.get("_heading") for r in results if r.get("_row")}
                results = [r for r in results if not (
                    not r.get("_row") and r.get("_heading") in rowed and heading_asks(
                        r.get("_heading") or "") and _title_key(r["title"]) == _title_key(
                        clean_heading(r.get("_heading") or "")))]
            results = [r for r in results if not (
                _BARE_HEADCOUNT.fullmatch(r["title"]) and asked[r.get("_heading")] > 1)
                and not _statement_since_filled(r, texts.get(r.get("_heading") or "", ""))
                and not _covered_next(r)
                and not (V41_TITLES and _READER_QUESTION.match(r["title"]))]
        if V44_TITLES:
            results = _without_condition_tails(results)
        if V55_TITLES:
            results = _without_said_twice(results)
        notes = _fill_notes(root)
        site = _site_names(page)
        heads = Counter(r.get("_heading") for r in results)  # (one post: its thread is its own)
        return [_public(r) for r in results if not _named_as_filled(r["title"], notes)
                and (_title_key(r["title"]) not in site or (
                    # A PDF's title may be its flyer's need ("Backpack Drive"): only the
                    # learned stage's bare headings that repeat it are dropped (v15).
                    not page.html and V15_TITLES and "_kind" in r) or r.get("_tally"))
                and not (V19_TABLES and _spreads_word(r))  # "Print our winter flyer"
                and not (V23_TITLES and r.get("_kind") == "negative"
                         and _BIO_HEADING.match(r["title"]))  # a staff card under "Our team"
                and not _serves_clients(r)  # "Bữa trưa nóng mỗi ngày": a meal it serves
                and not (V59_TITLES and _staff_bio(r))  # v59: "Our volunteer coordinator"
                # v42: "Las mochilas se reparten los viernes" in a section that tells parents
                # how to enroll their children: the whole section is the service
                and not (V42_TITLES and r.get("_heading") and _serves_clients(
                    {**r, "description": texts.get(r.get("_heading") or "", "")}))
                and not GENERIC_MONEY.search(r["title"])  # "Give to the building fund"
                and not HOST_YOUR_OWN.search(r["title"])  # "Host a drive": an appeal
                and not (V25_TITLES and _WE_DID.match(r["title"]))  # "We counted …"
                and not (V54_TITLES and _WE_DID_FOREIGN.match(r["title"]))  # "Peb sau tau …"
                and not (V25_TITLES and _MEET.match(r["title"]))  # "Meet Hirut, our …"
                # v26: "Mobile pantry: no sign-up" ("No sign-up needed"): a condition
                and not (V26_TITLES and _NO_THING_TITLE.search(r["title"]))
                # v27: "Lots of ways to pitch in": the whole of what it takes, an appeal
                and not (V27_TITLES and _WAYS_TO_HELP.match(r["title"]))
                and not (V30_TITLES and _no_need_v30(r))
                # v35: "Tola ooltota barbaanna" (volunteers we seek) beside the roles it
                # introduces: an umbrella that names none of them
                and not (V35_TITLES and len(results) > 1 and generic_ask_heading(r["title"]))
                # v36: "Fadlan keen xarunta inta saacadaha furan": where to bring things
                and not (V36_TITLES and _BRING_TO.match(r["title"]))
                # v52: a post that gives something away ("Giving away a crib …"), and a
                # request whose thread says it is met ("UPDATE: ride is set, thanks Sue!")
                and not (V52_TITLES and _gives_away(r))
                and not (V52_TITLES and heads[r.get("_heading")] == 1 and _UPDATE_MET.search(
                    texts.get(r.get("_heading") or "", "")))
                # v52: "Kev sau npe" over "Yog xav pab, hu rau Pa Nhia …" (if you want to help,
                # call …): how to join, under its own heading
                and not (V52_TITLES and _titled_by_heading(r) and _JOIN_BY_CALLING.match(
                    _strip_md(texts.get(r.get("_heading") or "", "").split("\n", 1)[-1])))
                # v52: "Licensed professionals" over "Please send a copy of your license …
                # with your application": what to send when applying
                and not (V52_TITLES and _titled_by_heading(r) and _SEND_WITH_APPLICATION.search(
                    texts.get(r.get("_heading") or "", "")))
                # v53: a list under "لا نقبل" / "Ma aqbalno" (we do not accept), and a bare
                # heading over "Xin đừng gửi …" / "نرجو عدم إحضار المزيد" (please don't send)
                and not (V53_TITLES and r.get("_heading") and REFUSAL.search(
                    clean_heading(r.get("_heading") or "")))
                # (not a drive's own count lines, "Dry pasta — 412 of 400 lbs. Please don't
                # bring more pasta": read line by line already)
                and not (V53_TITLES and _titled_by_heading(r) and not r.get("_tally")
                         and _DONT_SEND.search(texts.get(r.get("_heading") or "", "")))
                # v57: "Warming center" over "Open nights when it drops below zero, 8 pm to
                # 8 am …": when a service is open, asking nothing
                and not (V57_TITLES and _titled_by_heading(r) and _open_hours_only(
                    texts.get(r.get("_heading") or "", "")))
                # v57: "Hunger hides on gravel roads" listed under "Latest from the blog": a
                # post's teaser that asks nothing
                and not (V57_TITLES and _BLOG_HEADING.search(r.get("_heading") or "") and not (
                    _asks_anything(r.get("description") or "")))
                # v57: a title that is only a time of day ("6:00 ilaa 8:00 fiidnimo"), or a bare
                # "Helpers" with a phone number
                and not (V57_TITLES and _TIME_ONLY.fullmatch(r["title"]))
                and not (V57_TITLES and _BARE_WHO.fullmatch(
                    PHONE.sub(" ", r["title"]).strip(" .:-")))
                # v52: a form's box the reader ticks ("I can help scan charts"): an answer
                and not (V52_TITLES and _I_CAN_OPTION.match(r["title"]))
                # v52: "Goobta la keeno" (where it is brought), "Gift drop-off": where and when
                and not (V52_TITLES and _DROP_OFF_LABEL.fullmatch(r["title"].strip(" .:")))
                # v35: "Sida foomka loo soo celiyo" (how to return the form): how to apply
                and not (V35_TITLES and _RETURN_FORM.search(r["title"]))
                # v48: "Yuav sau npe pab dawb li cas" (how to sign up to volunteer)
                and not (V48_TITLES and _HOW_TO_JOIN.search(r["title"]))
                # v59: "التبرعات العينية" (gifts in kind) over "لا نقبل التبرعات بالملابس
                # المستعملة …" (we do not accept used clothes …): a heading over a refusal
                and not (V59_TITLES and not r.get("_sure") and _titled_by_heading(r) and bool(
                    REFUSAL.search((_sentences(_body_below_heading(r)) or [""])[0])))
                # v59: "¿Cómo ser voluntario?" over "Para ser voluntario en la escuela, llene
                # el formulario …": what its heading asks is how to join, not a need
                and not (V59_TITLES and not r.get("_sure") and _HOW_TO_JOIN.search(
                    clean_heading(r.get("_heading") or "")))
                # v55: a bare "Horas de servicio comunitario", "Community service hours": how
                # students earn their hours here, not an ask
                and not (V55_TITLES and _titled_by_heading(r) and _SERVICE_HOURS.fullmatch(
                    clean_heading(r.get("_heading") or "")))
                # v54: a bare "Ijoollee galmeessuu" (registering children) kept as a heading
                and not (V54_TITLES and _titled_by_heading(r) and _REGISTRATION_HEADING.fullmatch(
                    clean_heading(r.get("_heading") or "")))
                # v35: a form's options to circle ("Hmoob / Askiv / Lwm yam")
                and not (V35_TITLES and _FORM_OPTIONS.fullmatch(r["title"]))
                # v35: a form's field ("Maqaa", "…: magaca", "Koj lub npe: …")
                and not (V35_TITLES and _FORM_FIELD.search(r["title"]))
                # v37: a bare heading the model kept whose heading says it is no need: past
                # ("Xyoo tas los"), a training ("Tababarka …"), what the center lends ("Qiv
                # peb tej khoom")
                and not (V37_TITLES and _negative_own_heading(r))
                # v44: "Rows marked «needed» still need volunteers": how to read the table
                and not (V44_TITLES and _legend_line(r["title"]))
                # v44: "About three hours" (how long), "… : Writing experience" (a condition
                # of the role its heading already names)
                and not (V44_TITLES and _DURATION_ONLY.fullmatch(r["title"].strip(" .")))
                # v48: "Christmas cantata" over "Sunday, December 15, 2 pm …": a notice of
                # a date that asks nothing
                and not (V48_TITLES and _dated_notice(r, texts.get(r.get("_heading") or "", "")))
                # v46: "Please bring: your white netela …": what those who attend bring along
                and not (V46_TITLES and _BRING_YOUR_OWN.match(r["title"]))
                # v46: "2023 tool drive" over "Last spring's drive brought in 312 tools": a recap
                and not (V46_TITLES and r.get("_heading") and _title_key(r["title"]) == _title_key(
                    clean_heading(r.get("_heading") or "")) and PAST_REPORT.search(
                    _strip_md(texts.get(r.get("_heading") or "", ""))))
                # v45: "Koj xav pab dab tsi? (kos ib yam …)": a form's question to the reader
                and not (V45_TITLES and _FORM_QUESTION.search(r["title"]))
                # v50: a card whose only words say someone took it ("Re-label the fastener
                # bins" / "Claimed by Pete")
                and not (V49_TITLES and _taken_card(r, texts.get(r.get("_heading") or "", "")))
                # v49: a greeting's own heading ("Lus Txais Tos", "Welcome", "Bienvenidos")
                and not (V49_TITLES and _titled_by_heading(r)
                         and _GREETING_HEADING.fullmatch(r["title"]))
                # v49: "Maalmaha aad heli karto" over "[ ] Isniin [ ] Talaado …": a form's
                # question, answered by ticking boxes
                and not (V49_TITLES and _titled_by_heading(r) and len(re.findall(
                    r"\[\s\]|☐|□", texts.get(r.get("_heading") or "", "")[:200])) >= 3)
                # v45: a bare "Saacadaha" (the hours), "Horario": a card of hours
                and not (V45_TITLES and CLIENT_HEADING.fullmatch(r["title"].strip(" :.")))
                # v37: "SOMEBODY" (from "A blank line means we still need somebody"): a
                # title that names no one and nothing
                and not (V37_TITLES and _BARE_WHO.fullmatch(r["title"]))
                # v51: "Saxiix: __ Taariikh: __" (signature, date): a form's blanks and labels
                and not (V51_TITLES and "__" in r["title"] and not re.sub(
                    r"[^\W\d_][\w'’-]*\s*:|_+|\W", "", r["title"]))
                and not (V51_TITLES and len(re.findall(r"\[\s?\]", r["title"])) >= 2)
                # v55: "Maxaan u tabarucaa? Sheekadii Cabdi" over two lines and "Akhri wax
                # dheeraad ah" (read more): a story's teaser that asks nothing
                and not (V55_TITLES and _teaser(r))
                # v55: "Maalmaha aad diyaar tahay" (the days you are free) from "…: [ ] Isniin
                # [ ] Talaado …": the label of a form's boxes to tick
                and not (V55_TITLES and re.search(re.escape(r["title"].rstrip(" :")) + r"\s*:?\s*"
                                                  r"(?:\[\s?\][^\[\]]{1,30}){2,}",
                                                  r.get("description") or "", re.IGNORECASE))
                # v48: "People this year" (from "where we need people this year"): nobody in
                # particular, and when
                and not (V48_TITLES and _BARE_WHO.fullmatch(_WHEN_TAIL.sub("", re.split(
                    r"(?i)\s+and\s+(?:how|what|where|when|why|who)\b", r["title"])[0])))
                # v40: "Volunteer opportunities: someone" (from "if a card says OPEN, we are
                # still looking for someone"): a heading and nobody in particular
                and not (V40_TITLES and _BARE_WHO.fullmatch(r["title"].rsplit(": ", 1)[-1]))
                # v34: "People for the roles below": the cards below are the needs
                and not (V34_TITLES and _ROLES_BELOW.search(r["title"]))
                # v56: "… – kaliya gacantaada iyo aqoontaada" (only your hands and know-how):
                # what answering the ask takes, not a need of its own
                and not (V56_TITLES and _ONLY_YOURS.search(r["title"]))
                # v34: "The empty places are the ones we still need": how to read the table
                and not (V34_TITLES and _SLOT_INSTRUCTION.search(r["title"]))
                # v32: a title that is itself a fill state ("Cubierto hasta mayo")
                and not (V32_TITLES and (FILL_START.search(r["title"] + ".")
                                         or FILL_BADGE.fullmatch(r["title"].strip(" .!*[]()"))))]


    def judged(self, page: PageInput, results: list[dict[str, Any]], root: Section,
               page_text: str) -> list[learned.Candidate]:
        """All candidates (rule walk and extra), kept or dropped by the learned model."""
        model = learned.load_model()
        pool = self.candidate_pool(page, results, root, page_text)
        if not pool or model is None:
            return []
        titles, contexts = learned.texts_of(pool)
        vectors = learned.embed(titles + contexts)
        features = learned.feature_matrix(pool, page.url, vectors[: len(pool)],
                                          vectors[len(pool):])
        probabilities = model.probabilities(features)
        # v51: the names and blank lines of a sign-up sheet's shifts are not needs; the shift is
        sheets = {sec.heading for sec in _walk(root) if _sign_up_places(sec) is not None} if (
            V51_TITLES) else set()
        for index, candidate in enumerate(pool):
            if candidate.source == "item" and candidate.heading in sheets:
                probabilities[index] = 0.0
                continue
            if V51_TITLES and candidate.source == "item" and _OPEN_LIST_HEADING.fullmatch(
                    re.sub(r"\s*\([^()]*\)\s*$", "", clean_heading(candidate.heading or ""))
            ) and not (
                    FILL_TEXT.search(without_partial_counts(candidate.context.split("\n", 1)[-1]))
                    or JOB_TEXT.search(candidate.context)):
                # v51: "Doorashooyinka hadda furan" (the options open now), "Open positions":
                # the list's heading says each of its items is open
                probabilities[index] = max(probabilities[index], model.threshold)
            if candidate.result.get("_sure"):
                # The page's structure states this need (an open row of a sign-up count,
                # a heading that is the ask): the model does not veto it.
                probabilities[index] = max(probabilities[index], model.threshold)
            if candidate.result.get("_first"):
                probabilities[index] = 1.0
            if V56_TITLES and candidate.source == "heuristic" and candidate.result.get(
                    "_sure") and candidate.heading and _titled_by_heading(
                    candidate.result) and heading_asks(candidate.heading) and not (
                    generic_ask_heading(candidate.heading)) and _paragraphs_only(
                    root, candidate.heading):
                # v56: "Peb xav tau neeg pab ua vaj" (we need garden helpers) over a flyer's
                # paragraph: the heading asks and names its need; no sentence of the paragraph
                # ("Peb lub vaj zej zog muaj 40 daim vaj", our garden has 40 plots) takes its
                # place, however the model rates it
                probabilities[index] = 1.0
            if V48_TITLES and candidate.source == "item" and (_open_end_badge(
                    candidate.context.split("\n", 1)[-1]) or _labelled_item_ask(
                    candidate.context.split("\n", 1)[-1])):
                if candidate.title.isupper():  # "SỬA BẬC THỀM" -> "Sửa bậc thềm"
                    candidate.title = candidate.result["title"] = sentence_case(candidate.title)
                # v48: "- Helping pupils with homework … — **Needed**": the item's own badge
                # says it is open, as a table's status cell would
                probabilities[index] = max(probabilities[index], model.threshold)
            if V49_TITLES and candidate.source == "item" and _item_states_open(
                    candidate.context.split("\n", 1)[-1], bool(
                        # v49: "CAJA DE PAÑALES para el Centro …: … La caja está en la entrada"
                        _GIFT_DRIVE.search(candidate.title) and _GIVE_INSTRUCTION.search(
                            candidate.context))):
                # v49: "[OPEN] Saturday school snack parents – …", "Math tutor … – needed: 1"
                candidate.title = candidate.result["title"] = _OPEN_PILL.sub(
                    "", candidate.title) or candidate.title
                probabilities[index] = max(probabilities[index], model.threshold)
        if V55_TITLES:
            # v55: "The Kahsay family is still waiting on a few things" over its story: the
            # rule walk read the household's one need; the story's sentences ("Kidane and
            # Selam Kahsay arrived …", "A twin bed, a stroller, and coats …") are parts of it
            ruled_once = Counter(c.heading for c in pool if c.source == "heuristic")
            for index, candidate in enumerate(pool):
                if candidate.source == "heuristic" and candidate.heading and _HOUSEHOLD.search(
                        candidate.heading) and probabilities[index] >= model.threshold and (
                        ruled_once[candidate.heading] == 1):
                    probabilities[index] = max([probabilities[index]] + [
                        probabilities[j] + 0.001 for j, other in enumerate(pool)
                        if other.source == "sentence" and other.heading == candidate.heading])
        if V34_TITLES:
            # v34: a heading that is the site's own name ("AL-SANABEL FAMILY CENTER" atop a
            # flyer) is dropped later; it must not first take its sentence's place
            site = _site_names(page)
            # (v35: only where the rule walk read an ask under it: a banner's other
            # sentences, "If Detroit Lakes schools close for snow", stay claimed by it)
            ruled = {c.heading for c in pool if c.source == "heuristic"}
            keep = [i for i, c in enumerate(pool)
                    if not (c.source == "heading" and _title_key(c.title) in site
                            and (not V35_TITLES or c.heading in ruled))]
            pool = [pool[i] for i in keep]
            probabilities = probabilities[keep]
        kept = learned.select(pool, probabilities, model.threshold, model.rule_floor)
        if V30_TITLES and _lift_sibling_cards(root, pool, probabilities, kept, model.threshold):
            kept = learned.select(pool, probabilities, model.threshold, model.rule_floor)
        if V30_TITLES:
            kept = _without_retold(kept)
        return _without_umbrellas(kept, root) if V15_TITLES else kept

    def candidate_pool(self, page: PageInput, results: list[dict[str, Any]], root: Section,
                       page_text: str) -> list[learned.Candidate]:
        """The rule walk's candidates followed by every extra block candidate."""
        for r in results:
            r["title"] = learned.tidy_title(r["title"])
        pool = [learned.Candidate(title=r["title"], span=learned.norm(r["_span"]),
                                  context=r["_context"], source="heuristic",
                                  section_kind=r["_kind"], heading=r["_heading"],
                                  level=r["_level"], order=i, result=r)
                for i, r in enumerate(results)]
        url = page.url if page.url.startswith(("http://", "https://")) else ""
        for extra in learned.extra_candidates(root):
            email, phone = _contacts(extra.context, page_text)
            body = extra.context.split("\n", 1)[-1]
            description = extra.context if extra.heading else body
            if len(description) < 10:
                continue
            extra.order += len(results)
            extra.result = {
                "_heading": extra.heading, "_span": extra.span,
                "title": extra.title, "description": description, "contact_email": email,
                "contact_phone": phone, "contact_url": url, "urgency": urgency_of(
                    extra.context), "tldr": derive_tldr(body)}
            pool.append(extra)
        return pool

    def rule_candidates(self, page: PageInput) -> tuple[list[dict[str, Any]], Section, str]:
        """The rule walk's needs (with private ``_`` keys for the model), the section tree
        and the page text."""
        # The page's own structure when we have its HTML; the readable text otherwise
        # (Firecrawl pages, PDFs) or when the structure walk finds nothing.
        text = structured_markdown(page.html, page.url if V30_TITLES else "") if page.html else ""
        if len(text) < 20:
            text = page.markdown or ""
        if V31_TITLES:
            PAGE_TODAY.set(page_reference(text))
        root = parse_sections(text)
        if V44_TITLES:
            for section in _walk(root):
                section.pill = _bracket_label(section)
        page_text = text
        results: list[dict[str, Any]] = []
        seen: set[str] = set()

        def emit(section: Section, title: str, body: str, urgency: str | None,
                 intro: str = "", tldr: str = "", sure: bool = False,
                 first: bool = False) -> None:
            if V40_TITLES:
                title = _heading_names_sentence(section.heading, title)
            if V48_TITLES:
                title = _role_heading_names(section, _purpose_names(section, _topic_heading_names(
                    section, _paragraph_label_names(section, title))))
            if V55_TITLES and _counted_only(title) and section.heading and not (
                    is_generic_heading(section.heading) or (
                        is_need_heading(section.heading) and not (
                        # v59: "Leenjisaa Gargaaraa — U10 Shamarran" (assistant coach) over
                        # "Nama 2 barbaanna": a role's heading, though "gargaaraa" is "helper"
                        V59_TITLES and _heading_role(clean_heading(section.heading))
                        and not generic_ask_heading(section.heading)))
                    or _BARE_HEADCOUNT.fullmatch(clean_heading(section.heading))):
                # v55: "Cần 8 người, đã có 3 người đăng ký" (8 people needed, 3 signed up)
                # under "Gói bánh chưng đón Tết": the heading names what the people are for
                title = _bound(sentence_case(clean_heading(section.heading)))
            elif V56_TITLES and _VERB_FINAL_HEADCOUNT.search(title) and section.heading and (
                    len(clean_heading(section.heading).split()) <= 6) and not (
                    is_generic_heading(section.heading) or is_need_heading(section.heading)
                    or _TRAILING_ASK.search(clean_heading(section.heading))):
                # v56: "… ምግብ ለማዘጋጀት ስድስት ሰዎች እንፈልጋለን።" (we want six people to cook …)
                # under "ለመስቀል በዓል ምግብ አብሳዮች" (cooks for the Meskel feast): a verb-final
                # sentence that counts people is named by the role its heading gives
                title = _bound(sentence_case(clean_heading(section.heading)))
            if V57_TITLES:
                title = _label_names_role(title, body)
            if V59_TITLES and section.heading and ": " in title:
                # v59: "Barsiisaa Herregaa: Nama 2" (maths teacher: 2 people): a count is no
                # thing of its own; the heading names the need
                head, thing = title.rsplit(": ", 1)
                if re.search(r"\d", thing) and _counted_only(thing):  # (not "Helpers)")
                    title = head
            key = re.sub(r"\W+", " ", title.lower()).strip()
            # v55: "Rototillers" ("we are short on rototillers") and "Rototiller" ("if you
            # have a rototiller you could lend") on one page: one need (a final "s" of each
            # word of four letters or more is set aside for the comparison only)
            key = re.sub(r"(?<=\w\w\w)s\b", "", key)
            if not key or key in seen:
                return
            sure = sure or (ASK_SURE and _asks_by_name(section.heading, title, body)) or (
                V35_TITLES and _under_open_heading(section)) or (
                V36_TITLES and _role_card_on_volunteer_page(section, body)) or (
                V36_TITLES and bool(_RUNNING_LOW.search(_strip_md(body)))) or (
                _heading_states_open(section.heading or "", body)) or (
                _things_then_where(section.heading or "", body)) or (
                _sponsored_short(section.heading or "", body)) or (
                _count_to_go(section.heading or "", body)) or (
                _goods_list_on_gift_page(section, body)) or (
                # v55: "A volunteer who could spend a few hours a month posting the calendar …
                # would help us a lot": the person wished for, by what they would do
                V55_TITLES and bool(_WHO_WOULD_HELP.search(_strip_md(body)))) or (
                # v56: "We are looking for a retired or semi-retired oral surgeon, or a general
                # dentist …" in a newsletter's paragraph: a skilled person sought outright
                V56_TITLES and _seeks_skilled(title, body)) or (
                # v57: "Still open: we need two or three people to fold and stamp …" in a
                # meeting's minutes, whatever else they say is covered
                V57_TITLES and any(_STILL_OPEN_LABEL.match(s) for s in _sentences(_strip_md(body))))
            seen.add(key)
            heading = section.heading
            span = tldr or body
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
                "_span": span, "_context": f"{heading}\n{_strip_md(body)}",
                "_kind": section_kind(section), "_heading": heading,
                "_level": section.level, "_sure": sure, "_first": first,
            })

        if V52_TITLES:
            for section in _walk(root):
                _read_legend_marks(section)
        consumed: set[int] = set()
        for section in _walk(root):
            if id(section) in consumed:
                continue
            kind = section_kind(section)
            if V49_TITLES and kind == "negative" and _other_roles_on_volunteer_page(section):
                kind = "plain"  # v49: "Other jobs" on a page headed "Volunteers": unpaid roles
            if V51_TITLES and kind != "negative":
                for block in section.blocks:
                    label = _progress_label(block.text) if block.kind == "para" else ""
                    if label:  # v51: "**Blankets:** 45 of 80 received, 35 to go"
                        emit(section, label, block.text, None, sure=True)
            tallies = _drive_tallies(section) if V52_TITLES and kind != "negative" else []
            if tallies:
                # v52: "Fill-the-Shelves Fall Drive" over "Peanut butter — 140 of 200 jars",
                # "Breakfast cereal — 300 of 300 boxes ✓": one need, the things still short
                emit(section, clean_heading(section.heading),
                     "Still needed: " + "; ".join(tallies) + "\n\n" + _blocks_text(section), None,
                     sure=True, first=True)
                if results and results[-1]["_heading"] == section.heading:
                    results[-1]["kind"] = "donation"
                    results[-1]["_tally"] = True  # (its full lines are read already)
            if V51_TITLES and kind != "negative" and section.heading and not section.children and (
                    _WHEN_WHERE_ASK.fullmatch(_strip_md(section.heading))) and section.blocks and (
                    section.blocks[0].kind == "para"):
                # v51: "Always needed at the center" over "prepaid phone cards for newly arrived
                # families.": the heading asks, its first sentence names the thing
                named = _named_below_when_where({
                    "_heading": section.heading, "title": clean_heading(section.heading),
                    "description": section.blocks[0].text})
                plain = _strip_md(section.blocks[0].text)
                if named != clean_heading(section.heading) and not (
                        FILL_TEXT.search(without_partial_counts(plain)) or NEGATIVE_TEXT.search(
                            plain) or JOB_TEXT.search(plain)):
                    emit(section, named, _blocks_text(section), None,
                         sure=True)
            sheet = _sign_up_places(section) if V51_TITLES else None
            if sheet is not None:
                if sheet:  # v51: a sign-up sheet's shift with a line still blank
                    emit(section, sheet, _blocks_text(section), None,
                         sure=True)
                continue
            cards = _item_cards(section) if V35_TITLES and kind != "negative" else []
            child_cards = bool(cards)
            if not cards and V36_TITLES and kind != "negative":
                cards = _short_lines(section)
            goods = _goods_list(section, cards, "need", announced=True) if cards else None
            if goods is not None:
                # v35: "Wantoota nu barbaachisan" over cards that each name one thing
                # ("### Boorsaa barnootaa" / "ijoollee 25f"): one wish list, its cards the items
                # (v48: only cards that are its sub-sections; short lines of its own text
                # leave the sections below it -- a family's story -- to be read)
                if child_cards or not V48_TITLES:
                    consumed.update(id(child) for child in section.children)
                before = len(results)
                emit(section, goods["title"], goods["body"], None, sure=True, first=True)
                if len(results) > before:
                    results[-1]["kind"] = "donation"
                continue
            if kind == "negative" and V36_TITLES:
                # v36: "Rice distribution, first Sunday" (an event) over a sign-up table whose
                # "Helpers needed" count says places are open: the helpers are needed
                for block in section.blocks:
                    if block.kind == "table" and block.rows and (any(
                            SPOTS_COLUMN.search(h) for h in block.rows[0]) or (
                            # v39: "PROGRAM | WHAT WE NEED" under "Our programs"
                            V39_TITLES and any(_NEED_COLUMN.fullmatch(_strip_md(h).strip())
                                               for h in block.rows[0])) or (
                            # v39: "Repair jobs" over a status column that says "[OPEN] …"
                            V39_TITLES and _open_status_column(block)) or (
                            # v49: "Fall 2025 team staff" over a matrix of who serves, with
                            # NEEDED where a place is open (not under a filled heading)
                            V49_TITLES and not any(fill_heading(s.heading) for s in [
                                section, *section.ancestors()]) and _matrix_roles(
                                block, [h.strip() for h in block.rows[0]]))):
                        for found in _table_candidates(section, block, "need"):
                            if found.get("sure"):
                                before = len(results)
                                emit(section, found["title"], found["body"], None, sure=True)
                                if len(results) > before:
                                    results[-1]["_row"] = True
            if kind == "negative":
                # v21: a roster's or a bio's slot still open ("Coach: still needed! …" under
                # "Team Green"): the page states that one need.
                label = next((m for b in section.blocks if b.kind == "para"
                              and (m := _open_label(b.text))), "") if V21_TITLES else ""
                if label and section.heading and not is_negative_heading(section.heading):
                    body = _blocks_text(section)
                    emit(section, f"{clean_heading(section.heading)} — {label}", body, None,
                         sure=True)
                    continue
                asked = next((sentence for b in section.blocks if b.kind == "para"
                              for sentence in _sentences(_strip_md(b.text))
                              if _stated_ask(sentence)), "") if (
                    V42_TITLES and section.heading and not section.children
                    and not is_negative_heading(section.heading)
                    and not SERVICE_HEADING.search(section.heading)
                    and section.parent is not None
                    and is_negative_heading(section.parent.heading or "")
                    and not _program_card(section)) else ""
                if asked:
                    # v42: "Nrhiav neeg pab ua noj" (looking for cooking helpers) over "Peb
                    # xav tau 4 leej neeg pab ua noj …" on a workshop's flyer: a first-person
                    # ask under its own heading, whatever the flyer's event
                    body = _blocks_text(section)
                    emit(section, _section_title(section.heading, body), body, None, sure=True)
                    continue
                # (v44: no second way in for a staff spotlight, "Meet …": v42 added one for a
                # family's story, which is a program card already; the ask it needed was
                # "We need someone with/who …" in ``_OUTRIGHT_ASK``)
                for block in section.blocks if _program_card(section) or (
                        not V44_TITLES and V42_TITLES and section.heading and _MEET.match(
                            section.heading) and not _BIO_HEADING.match(section.heading)) else []:
                    # v23: "Volleyball coaches needed for the 12U and 14U teams" in the
                    # "Sports" tab of "Our programs": the program is a service, the role
                    # asked for outright in its text is a need.
                    for found in self._paragraph(block.text, "plain", section):
                        sentence = found.get("tldr") or ""
                        if found.get("story") or "|" not in sentence and _OUTRIGHT_ASK.search(
                                sentence) and not NEGATIVE_TEXT.search(
                                sentence) and not _NOTHING_NEEDED.search(
                                sentence) and not FILL_SENTENCE.search(
                                without_partial_counts(sentence)) and not JOB_TEXT.search(
                                sentence) and not PAST_REPORT.search(sentence):
                            title = found["title"]
                            rest = title.removeprefix(f"{section.heading}: ")
                            if _BIO_HEADING.match(section.heading) or ":" in rest:
                                # not "Chaltu G…: …", "Board of directors: Treasurer: …"
                                title = title.removeprefix(f"{section.heading}: ")
                                title = title[:1].upper() + title[1:]
                            before = len(results)
                            emit(section, title, found["body"], None, sure=True)
                            if len(results) > before:
                                results[-1]["_row"] = True  # named by its sentence
                continue
            # A card's count of places still open ("2 still needed", "[Wanted: 2]") is no
            # need of its own: it says the card's need is open (v15).
            # (v23: or a status in words right under the heading: "Đang cần", "Still needed";
            # a lone "Open" further down may be the next card's badge)
            # v42: "[NEED]" as the first line of a board's card states its need
            tagged = section.blocks[0] if V42_TITLES and len(section.blocks) > 1 and (re.fullmatch(
                r"(?i)\[\s*(?:need(?:ed)?|wanted)\s*\]", section.blocks[0].text.strip()) or (
                # v44: a card's open pill, printed above its heading, read below it ("[Furan]")
                V44_TITLES and re.fullmatch(r"\[[^\[\]]{2,30}\]", section.blocks[0].text.strip())
                and _lone_open_badge(section.blocks[0].text))) else None
            if V44_TITLES and tagged is None and len(section.blocks) > 1:
                # v44: a record's "Status: Open" field, wherever it stands in the card
                tagged = next((b for b in section.blocks if b.kind == "para"
                               and _open_status_field(b.text)), None)
            badges = [b for i, b in enumerate(section.blocks) if V15_TITLES and b.kind == "para"
                      and (OPEN_BADGE.fullmatch(_strip_md(b.text)) or _progress_open(b.text) or (
                          V23_TITLES and i == 0 and len(section.blocks) > 1
                          and len(_strip_md(b.text).split()) <= 4
                          and _OPEN_STATUS.match(_strip_md(b.text).strip(
                              " .!*[]" if V27_TITLES else " .!*"))) or (
                          # v41: the open state printed above the heading, moved down to it
                          V41_TITLES and i == 0 and b is section.state_above
                          and _lone_open_badge(b.text)) or (
                          # v42: "[NEED]" as the first line of a board's card
                          V42_TITLES and (i == 0 or V44_TITLES) and b is tagged))]
            # v49: a badge printed above the card's name ("[Abierto]" / "Intérpretes …"), not
            # a count or button below its description ("3 of 5 filled", "Sign me up")
            badge_first = bool(badges) and section.blocks[0] in badges
            if badges and len(badges) < len(section.blocks):
                section.blocks = [b for b in section.blocks if b not in badges]
            head, tail = _split_tail(section)
            # v56: a board post's open pill in its heading, a role heading over "if you can …"
            # (each read once: the card's condition, its sureness and its one-need rule)
            pill_post = V56_TITLES and _open_pill_heading(section.heading or "")
            role_asked = V56_TITLES and _if_you_under_role(head)
            blocks = section.blocks
            asks = _multi_asks(" ".join(_strip_md(b.text) for b in head.blocks)) if (
                V19_TABLES and head.heading and not _heading_role(head.heading)) else []
            if V58_TITLES and len(asks) == 1:
                # v58: "Waxaan raadinaynaa haween … fasalka sonkorowga …" then "Darawallo:
                # bukaanada aan baabuur haysan u keena rugta …" (drivers: bring the patients
                # without cars …): a later paragraph labelled by another role is another ask
                asks = asks + [(b.text, label) for b in head.blocks[1:] if b.kind == "para" and (
                    label := _role_label(b.text))]
            # Several roles asked for under a heading that names none of them (v19).
            several = len(asks) >= 2 and not any(
                (_content_words(o) - (_ASK_GLUE if V41_TITLES else set()))
                & _content_words(head.heading) for _, o in asks)
            progress = [b for b in badges if _progress_open(b.text)]
            if (_is_role_section(head) or _is_cue_section(head) or (
                    # v37: "Youth ice-fishing gear" … "12 of 40 items": a drive short of its goal
                    progress and len(progress) < len(section.blocks) + len(badges)
                    and not FILL_TEXT.search(without_partial_counts(_own_text(section)) if (
                        V49_TITLES) else _own_text(section))) or (  # v49: "40 / 150 argameera"
                    V36_TITLES and _role_card_on_volunteer_page(
                        head, "\n\n".join(b.text for b in head.blocks))) or (
                    _card_in_open_column(head)) or (V49_TITLES and _gift_drive(head)) or (
                    # v41: an open state printed above the card's heading states it
                    V41_TITLES and section.state_above is not None
                    and any(b is section.state_above for b in badges)) or (
                    tagged is not None and tagged in badges) or (
                    # v56: "### [FURAN] Caawimaad guuritaan Sabtida 14-ka" (OPEN: help moving
                    # on Saturday the 14th) on a board of neighbours' requests: the post's
                    # open pill, printed in its heading, states its need
                    pill_post) or role_asked) and not (
                    several) and not (_things_each(section)) and not _silent_among_asks(head):
                body = "\n\n".join(b.text for b in head.blocks)
                title = _section_title(section.heading, body)
                banner = _first_cue(body) if V49_TITLES and repeats_ancestor_heading(
                    section) else None
                if banner and len(re.findall(r"[^\W\d_]", banner[1])) >= 4:
                    # v49: the page's own name said again as a banner ("## GRACE CHAPEL" under
                    # "# Grace Chapel") names no need; the banner's ask does
                    title = _bound(sentence_case(banner[1])).rstrip(" .,;:")
                lead = _strip_md(head.blocks[0].text).strip() if (
                    V37_TITLES and badges and len(head.blocks) > 1
                    and head.blocks[0].kind == "para" and (badge_first or not V49_TITLES)) else ""
                if 1 < len(lead.split()) <= 7 and not re.search(r"[.!?:;,]$", lead) and not (
                        V44_TITLES and re.match(r"[^:]{1,25}:\s", lead)):  # (v44: a field)
                    title = _bound(lead)  # v37: "[Abierto]" / "Intérpretes médicos …" / …
                # A heading that states the ask itself ("Xav tau neeg pab txhais lus",
                # "Se necesitan choferes") over a body that is not filled: a need in any
                # language, whatever the model (trained mostly on English) makes of it.
                emit(head, title, body, None,
                     sure=V12_SURE and _states_ask(section.heading, body)
                     or (ASK_SURE and _asks_in_body(body)) or bool(badges)
                     # v24: a first-person ask for helpers under a heading that names the
                     # task ("Nadiifinta masjidka" over "Mutadawiciin ayaan u baahanahay si ay
                     # u nadiifiyaan …"); not under "Volunteers" over "We need volunteers."
                     or (V24_TITLES and not is_generic_heading(section.heading)
                         and not generic_ask_heading(section.heading)
                         and not _GENERIC_ASK_WORDS.fullmatch(clean_heading(section.heading))
                         and _asks_in_body(body, loose=True))
                     or (V21_TITLES and any(_please_bring(s)
                                            for s in _sentences(_strip_md(body))))
                     or _role_card(section, kind, body)
                     # v54: one of a board's numbered cards ("#62 Ride to Marshall" among
                     # "#61 …", "#63 …"): the board's layout states each is a request
                     or (V54_TITLES and _numbered_request_card(section))
                     or pill_post or role_asked
                     or (V49_TITLES and _gift_drive(head))  # v49: "Advent Giving Tree"
                     # v52: "Volunteers needed Monday, December 16, 6–8 pm … to wrap the gifts"
                     or (V52_TITLES and any(dated_crew_ask(s) for s in _sentences(_strip_md(body))))
                     # v49: a card in a board's "needed" column: the board's layout states it
                     or (V49_TITLES and _card_in_open_column(head))
                     # v39: "Se nos está acabando" over "La leche en polvo: …": the heading
                     # asks, the body's label names the thing
                     or (V39_TITLES and generic_ask_heading(section.heading) and ":" in title
                         and not FILL_TEXT.search(_strip_md(body)) and "~~" not in body)
                     # v39: a first-person ask outside English or a conditional ask for a
                     # skill anywhere in the body ("… በጎ ፈቃደኛ እንፈልጋለን።" in a committee's news)
                     or (V39_TITLES and not _bold_lead(body) and any(
                         _stated_ask(s) for s in _sentences(_strip_md(body))))
                     # v19: a card headed by a role ("Assistant coach, U10 boys") under a
                     # heading that asks, among sibling cards: the page's layout states it.
                     or (V19_TABLES and _is_role_section(head) and _heading_role(
                         section.heading) and len(section.parent.children) >= 2
                         and not GENERIC_CORE.match(clean_heading(section.heading))
                         and not generic_ask_heading(section.heading)
                         and _describes_own_role(head, _strip_md(body))
                         and not FILL_TEXT.search(without_partial_counts(_strip_md(body)))
                         and "~~" not in body),
                     # v21: a household's story titled by the things it lacks names them
                     # better than any one sentence of it does.
                     first=":" in title and bool(_household_lacks(section.heading, body))
                     or bool(V23_TITLES and _request_line(section.heading, head.blocks))
                     # v24: "[Open]" printed just above the card's heading
                     or _badge_above(section))
                if V23_TITLES and _request_line(section.heading, head.blocks) or (
                        pill_post):
                    if results and results[-1]["_heading"] == section.heading:
                        results[-1]["_request"] = True
                    continue  # (v23: a numbered request is one need, its story included)
                for block in head.blocks[1:] if len(head.blocks) >= 2 else []:
                    # v47: a household's story in a paragraph of its own among the news
                    # ("Gia đình anh … còn thiếu giường, nệm …; quý vị nào có …, xin liên lạc")
                    for story in _paragraph_story(head, _strip_md(block.text)) if (
                            block.kind == "para") else []:
                        if not _content_words(story["title"]) & _content_words(title):
                            # (not the story the section's own title already tells)
                            emit(head, story["title"], _strip_md(block.text), None, sure=True)
                if not tail:
                    continue
                # Paragraphs after the heading's need that state needs of their own.
                blocks, kind = tail, "plain"
            used: set[int] = set()
            met: set[int] = set()
            pending: list[tuple[int, dict[str, Any]]] = []
            index = 0
            while index < len(blocks):
                block = blocks[index]
                if block.kind == "item":
                    run_end = index
                    while run_end < len(blocks) and blocks[run_end].kind == "item":
                        if V48_TITLES and run_end - index >= 2 and len(_strip_md(
                                blocks[run_end].text).split()) > 14 and all(
                                len(_strip_md(b.text).split()) <= 6
                                for b in blocks[index:run_end]):
                            break  # v48: a list of things, then numbered notices: two runs
                        run_end += 1
                    items = _merge_definition_pairs([b.text for b in blocks[index:run_end]])
                    item_kind = kind
                    announced = bool(index) and blocks[index - 1].kind == "para" and (
                        _announces_list(blocks[index - 1].text)) or (
                        # v41: "Other jobs (none of these are paid — we are all neighbors)":
                        # the heading says the list is of volunteer work
                        V41_TITLES and bool(_UNPAID.search(section.heading or "")))
                    if announced:
                        item_kind = "need"  # "Here's what the campaign needs right now:"
                    goods = _goods_list(section, items, item_kind, announced)
                    if goods is not None and V16_TITLES and item_kind == "need" and (
                            kind != "need"):
                        # "Please help us fill the bags:" + the things: one need, kept before
                        # any of its items read alone (v16).
                        goods["sure"] = goods["first"] = True
                    if goods is not None and V42_TITLES and announced and kind == "need" and (
                            index and blocks[index - 1].kind == "para"):
                        # v42: "Nhà bếp của chùa hiện đang cần:" (the temple kitchen needs:)
                        # + the things, under a heading that asks: one need, not one per item
                        # (its announcing line is part of it, no second need)
                        goods["sure"] = goods["first"] = True
                        goods["body"] = f"{blocks[index - 1].text}\n\n{goods['body']}"
                    if goods is not None and V34_TITLES and (_WISH_LIST_HEADING.search(
                            section.heading or "") or (
                            # v35: "مواد غذائية" (food items) under "التبرعات العينية" (gifts
                            # in kind): a list of things under a giving heading
                            V35_TITLES and section.parent is not None
                            and _GIVING_HEADING.search(section.parent.heading or "")
                            and all(len(_strip_md(t).split()) <= 5 for t in items))):
                        # v34: a list of things under a heading that names it a list of
                        # needs ("قائمة الاحتياجات", "Wish list"): one need, before its items
                        goods["sure"] = goods["first"] = True
                        if goods["title"].isupper():
                            goods["title"] = sentence_case(goods["title"])
                    if goods is not None and V48_TITLES and ": " in goods["title"]:
                        head, rest = goods["title"].split(": ", 1)
                        if head.isupper():  # v48: "VẬT DỤNG CHÙA ĐANG CẦN: Dầu ăn, …"
                            goods["title"] = f"{sentence_case(head)}: {rest}"
                    if goods is not None:
                        used.update(range(index, run_end))
                        pending.append((index, goods))
                        index = run_end
                        continue
                    for offset, text in enumerate(items):
                        found = self._item(text, item_kind, section)
                        if found and V37_TITLES and announced and _bold_lead(text) and not (
                                _ASK_VERB_LEAD.fullmatch(_bold_lead(text)[0])) and not (
                                JOB_TEXT.search(text) or re.search(r"(?i)\bpaid\b|\$\d", text)
                                or "~~" in text or FILL_TEXT.search(
                                    without_partial_counts(_strip_md(text)))):
                            # v37: "Here is what we need help with:" + "**Grab bars and
                            # ramps**: handy folks who can …": the page lists its needs
                            found["sure"] = True
                        badge = _ITEM_END_BADGE.search(_strip_md(text)) if V40_TITLES else None
                        if found and badge and _status_cell(badge.group(1)) == "open" and not (
                                JOB_TEXT.search(text) or FILL_TEXT.search(
                                    without_partial_counts(_strip_md(text[:badge.start()])))):
                            # v40: "**Darawal gaari leh** — … [(Waa furan)]": the item's own
                            # badge says it is open
                            found["sure"] = True
                        if found and V49_TITLES and _item_states_open(text, (
                                heading_asks(section.heading or "")
                                and names_a_role(found["title"]))):
                            # v49: "[OPEN] **Snack parents** – …", "**Wednesday data entry** –
                            # 1 person needed", "Grill masters (2) …" under "We need a few more
                            # hands": the item says it is open
                            found["sure"] = True
                            found["title"] = _OPEN_PILL.sub("", found["title"]) or found["title"]
                        if found:
                            used.add(index + offset)
                            pending.append((index + offset, found))
                    index = run_end
                    continue
                if block.kind == "table":
                    for found in _table_candidates(section, block, kind):
                        pending.append((index, found))
                elif block.kind == "para":
                    following = blocks[index + 1] if index + 1 < len(blocks) else None
                    answered = (ASK_SURE and following is not None and following.kind == "para"
                                and bool(VOLUNTEER_BUTTON.fullmatch(
                                    _strip_md(following.text).strip(" .!»›→"))))
                    if answered:
                        # A card whose own button answers it ("I can help"): the card is
                        # one need, stated by the page's structure, titled by its lead or
                        # its opening sentence.
                        found = self._answered_card(block.text, section)
                        if found:
                            used.add(index)
                            pending.append((index, found))
                        index += 1
                        continue
                    quoted = _quoted_request(blocks, index) if V37_TITLES else None
                    if quoted is not None:
                        # v37: a neighbour's request quoted, signed and answered ("“Looking
                        # for a cord of split firewood …”" / "— Lorna, January 8" / "Still
                        # looking."): one need unless its answer says it is met
                        found, width = quoted
                        used.update(range(index, index + width))
                        if found:
                            pending.append((index, found))
                        else:  # met: no other stage reads it either
                            met.update(id(b) for b in blocks[index:index + width])
                        index += width
                        continue
                    label = next((f for i, f in pending if i == index - 1), None) if (
                        V30_TITLES and index and blocks[index - 1].kind == "para"
                        and _BOLD_ONLY.fullmatch(blocks[index - 1].text)
                        and not _BOLD_ONLY.fullmatch(block.text)) else None
                    if label is not None:
                        # v30: "**Homework helpers**" over the paragraph that asks for them:
                        # the bold label names the need the paragraph states, one need.
                        said = self._paragraph(block.text, kind, section)
                        label["body"] = f"{label['body']}\n\n{_strip_md(block.text)}"
                        label["sure"] = label.get("sure") or any(f.get("sure") for f in said)
                        used.add(index)
                        index += 1
                        continue
                    covered = V52_TITLES and index and blocks[index - 1].kind == "para" and bool(
                        _COVER_BADGE.match(_strip_md(blocks[index - 1].text)))
                    lead = _bold_lead(block.text) if covered else None
                    if lead and len(lead[0].split()) <= 10:
                        # v52: "NEEDS COVER · posted Sep 4 by Gail R." over a swap board's
                        # note, "**Sat 9/14, 8:30–noon: pantry greeter.** …": its shift is open
                        used.add(index)
                        pending.append((index, {
                            "title": _after_when(shorten(lead[0]), lead[0]),
                            "body": _strip_md(block.text), "with_intro": False, "sure": True}))
                        index += 1
                        continue
                    for found in self._paragraph(block.text, kind, section):
                        if covered:
                            found["sure"] = True  # v52: the note under "NEEDS COVER
                        if found.get("ask") and pending and (not V17_TITLES or _translated(
                                block.text, blocks[index - 1].text if index else "")):
                            continue  # the section's need, said again in another language
                        used.add(index)
                        pending.append((index, found))
                index += 1
            intro = _intro(section, used) if blocks is section.blocks else ""
            if met:
                section.blocks = [b for b in section.blocks if id(b) not in met]
            for _, found in pending:
                before = len(results)
                emit(section, found["title"], found["body"], found.get("urgency"),
                     intro if found.get("with_intro", True) else "", found.get("tldr", ""),
                     found.get("sure", False), found.get("first", False))
                if found.get("row") and len(results) > before:
                    results[-1]["_row"] = True  # named by its own row, not by the heading
                if V19_TABLES and found.get("goods") and len(results) > before:
                    results[-1]["kind"] = "donation"  # a list of things to give (v19)
        if V54_TITLES:
            # v54: a section nothing above read, that wishes for a thing by what it would do
            asked = {r["_heading"] for r in results}
            for section in _walk(root):
                if not section.heading or section_kind(section) == "negative":
                    continue
                thing = _wished_thing(section)
                if thing and section.heading in asked:
                    # (a need the rules read already, "From the treasurer: donated laser
                    # printer …": its wish states it past the model)
                    for r in results:
                        if r["_heading"] == section.heading and _title_key(thing) in _title_key(
                                r["title"]):
                            r["_sure"] = True
                    continue
                if thing:
                    heading = clean_heading(section.heading)
                    emit(section, thing[:1].upper() + thing[1:] if _title_key(thing) in _title_key(
                        heading) else _bound(f"{heading}: {thing}"), _blocks_text(section), None,
                        sure=True)
        return results, root, page_text

    # -- one list item
    def _item(self, text: str, kind: str, section: Section) -> dict[str, Any] | None:
        plain = _strip_md(text)
        if len(plain) < 3 or CONTACT_START.match(plain):
            return None
        lead = _bold_lead(text)
        # "**Assistant coaches** for U10 … No experience needed": the condition follows a role.
        negative = NEGATIVE_ITEM if (lead or _role_start(plain)) else NEGATIVE_TEXT
        if negative.search(without_partial_counts(plain) if V42_TITLES else plain):
            return None
        if V36_TITLES and JOB_TEXT.search(plain):
            return None  # "**Trợ lý văn phòng** — công việc có lương …": a paid job (v36)
        if V59_TITLES and lead and _urgent_badge(lead[0]):
            # v59: "**Khẩn cấp:** Lớp hai có 20 em … Chúng tôi cần phụ huynh tình nguyện đọc
            # truyện …": past the urgency badge, the sentence that asks names the need
            asked = _asked_past_badge(_strip_md(lead[1]))
            if asked:
                return {"title": asked, "body": plain, "with_intro": False, "sure": True}
        bare = re.sub(r"\s*\([^()]*\)", "", plain).strip() if V35_TITLES else plain
        # (v35: "traducir el boletín (se necesita leer y escribir bien …)": a condition in
        # brackets is no ask of its own)
        cue = _first_cue(bare if len(bare.split()) >= 3 else plain)
        if V42_TITLES and lead and kind != "negative" and (any(
                _partly_filled(part) for part in re.split(r"\s+[–—-]\s+|[,;]\s+", lead[1]))
                # v43: "**Nấu cơm chay Chủ nhật** …: 1. Cô Lan 2. ________": a line to write in
                or (V43_TITLES and re.search(r"_{4,}", lead[1]))):
            # v42: "**Peeling potatoes** – Fri, 4–6 p.m. – 1 of 5 slots filled": a sign-up
            # line whose count leaves places open states its need
            return {"title": shorten(lead[0]), "body": plain, "with_intro": False, "sure": True}
        if kind != "need":
            asked = next((s for s in _sentences(lead[1]) if _stated_ask(s)), "") if (
                not cue and V42_TITLES and lead) else ""
            if asked:
                # v42: "**የቤተ ክርስቲያን ጽዳት።** … ለማጽዳት በጎ ፈቃደኞች እንፈልጋለን።" (church
                # cleaning: … we want volunteers to clean …): an announcement's bold name over
                # a first-person ask in its own language; under a dated event's name ("**Chủ
                # Nhật 11/5 – Đại Lễ Phật Đản.**") the ask names it
                dated = re.match(r"\W*\d", lead[0]) or _DATE_CELL.match(
                    _before_dash(lead[0]).strip()) or EVENT_TEXT.search(lead[0])
                title = shorten(ask_object(asked)) if dated else shorten(lead[0])
                return {"title": title, "body": plain, "with_intro": False, "sure": True}
            offered = next((o for t in _sentences(plain) if (IF_SPARE.search(t) or (
                offer_then_contact(t))) and (o := ask_object(t) or offer_then_contact(t))),
                "") if V48_TITLES and not cue else ""
            if V48_TITLES and (_open_end_badge(text) or _labelled_item_ask(text)):
                # v48: "- Stocking the food shelf — **Needed**", "- ROOF REPAIR: … we need
                # two people …": the item's own badge or ask states the need
                label = _CAPS_LABEL.match(plain)
                name = (sentence_case(label.group("label")) if label and label.group(
                    "label").isupper() else _DASH_END_BADGE.sub("", plain))
                return {"title": shorten(name), "body": plain, "with_intro": False,
                        "sure": True}
            if offered and not FILL_TEXT.search(without_partial_counts(plain)):
                # v48: a bulletin's announcement "Our kitchen freezer stopped working … If your
                # family has a chest freezer … that you can give to the church, please tell …"
                return {"title": shorten(offered), "body": plain, "with_intro": False,
                        "sure": True}
            if not cue:
                return None
            if V25_TITLES and lead and REQUEST_ID.match(lead[0]):
                # "**#89 · Roof vent repair** — … We need someone with roofing experience …":
                # a numbered request is titled by its own line (v25)
                return {"title": shorten(lead[0]), "body": plain, "with_intro": False,
                        "sure": True}
            if V45_TITLES and lead and 1 <= len(lead[0].split()) <= 6 and not GENERIC_CORE.match(
                    lead[0]) and not is_generic_heading(lead[0]):
                # v45: "**Loading dock crew** – We need three people …": the item's own name
                return {"title": shorten(lead[0]), "body": plain, "with_intro": False}
            return {"title": _with_event(cue[1], section), "body": plain, "with_intro": False}
        if GENERIC_MONEY.search(plain) and not cue:
            return None
        if lead:
            title = shorten(lead[0])
            if V35_TITLES and cue and names_a_role(cue[1]) and len(lead[0].split()) <= 3 and not (
                    _content_words(cue[1]) & _content_words(lead[0])):
                # v35: "**Asesoría legal** – buscamos un abogado de inmigración …": the
                # label names the work, the ask the person
                title = _bound(f"{title}: {cue[1][:1].lower()}{cue[1][1:]}").rstrip(" .,;:")
        elif cue:
            title = cue[1]
        else:
            title = shorten(plain)
        # v25: a numbered request that asks outright is stated by the board's structure
        # v44: "**Tool library desk** – check tools in and out on Wednesday evenings" under
        # "Volunteer sign-up": a role on the page's own list of ways to help
        return {"title": title, "body": plain,
                "sure": bool(V25_TITLES and lead and cue and REQUEST_ID.match(lead[0])) or (
                    V44_TITLES and bool(lead) and _role_on_sign_up(section, lead))}

    # -- one card answered by its own button
    def _answered_card(self, text: str, section: Section) -> dict[str, Any] | None:
        plain = _strip_md(text)
        first = _sentences(plain)[0] if plain else ""
        if (not first or NEGATIVE_TEXT.search(first) or not_a_need(section.heading, plain)
                or GENERIC_MONEY.search(plain)):
            return None
        lead = _bold_lead(text)
        title = shorten(lead[0]) if lead and len(lead[0].split()) <= 8 else shorten(first)
        heading = clean_heading(section.heading or "")
        if V49_TITLES and not lead and heading and 1 <= len(heading.split()) <= 6 and sum(
                b.kind == "para" for b in section.blocks) <= 2 and not section.children and not (
                is_generic_heading(heading) or _VOLUNTEER_PAGE.fullmatch(heading)):
            # v49: "### Confirmation mentors" / "Pair with a 9th grader …" / "Sign me up":
            # the card's heading names it; its sentence only says what it involves
            title = heading
        return {"title": title, "body": plain, "with_intro": False, "sure": True}

    # -- one paragraph
    def _paragraph(self, text: str, kind: str, section: Section) -> list[dict[str, Any]]:
        dated = _bold_lead(text) if V58_TITLES else None
        if dated and _DATE_LABEL.fullmatch(dated[0].strip(" .:")) and len(dated[1].split()) >= 4:
            # v58: "**MAY 2025** - Seeking a volunteer who knows computers …" in a list of
            # news: the post's date is no part of its ask
            text = dated[1]
        plain = _strip_md(text)
        if V22_TITLES and JOB_TEXT.search(plain):
            return []  # "Paid: Shop Supervisor, 20 hrs/week, $21/hr" under a wish list (v22)
        faq = _faq_answer_asks(section.heading or "", plain) if V31_TITLES else []
        if faq:
            return faq
        story = _paragraph_story(section, plain)
        if story:
            return story
        numbered = _bold_lead(text) if V53_TITLES else None
        if numbered and REQUEST_ID.match(numbered[0]) and not (
                FILL_TEXT.search(without_partial_counts(plain)) or NEGATIVE_TEXT.search(plain)
                or _GIVING_AWAY.match(REQUEST_ID_PREFIX.sub("", numbered[0])) or re.match(
                    r"(?i)\W*free\b", REQUEST_ID_PREFIX.sub("", numbered[0]))):
            # v53: "**#88 - Rides to Duluth for dialysis.** Mon/Wed/Fri …" on a board of
            # neighbours' requests: a numbered request is one need, titled by its own line
            name = shorten(REQUEST_ID_PREFIX.sub("", numbered[0]).strip(" ."))
            return [{"title": name[:1].upper() + name[1:], "body": plain, "with_intro": False,
                     "sure": True}]
        update = _UPDATE_MARK.search(plain) if V52_TITLES else None
        if update and FILL_TEXT.search(without_partial_counts(plain[update.end():])):
            # v52: "Peb xav tau ib lub txee txias … HLOOV TSHIAB 6/30: Ib tug phooj ywg muab
            # rau peb lawm." (UPDATE: a friend gave us one): the ask is met
            return []
        lead = _bold_lead(text) if V49_TITLES else None
        if lead and _other_roles_on_volunteer_page(section) and _role_on_sign_up(
                section, lead, any_heading=True):
            # v49: "**Field line painter.** Saturdays at 7 am …" under "Other jobs" on a page
            # headed "Volunteers": a role of its own (not "**Referee coordinator.** Filled …")
            name = shorten(lead[0].rstrip(" .:"))
            return [{"title": name, "body": plain, "with_intro": False, "sure": True}]
        welcome = _WELCOME_LABEL.match(plain) if V31_TITLES and _bold_lead(text) else None
        if welcome and not NEGATIVE_TEXT.search(welcome.group("things")) and not (
                FILL_SENTENCE.search(plain)) and not GENERIC_MONEY.search(welcome.group("things")):
            # v31: "**Always welcome at the church door:** beeswax candles and incense …"
            thing = shorten(welcome.group("things").strip())
            if len(thing) >= TITLE_MIN:
                return [{"title": thing[:1].upper() + thing[1:], "body": plain,
                         "with_intro": False, "sure": True}]
        instead = _asked_instead(plain) if V31_TITLES else ""
        if instead:
            return [{"title": instead, "body": plain, "with_intro": False, "sure": True}]
        ordinal = _ordinal_asks(plain) if V23_TITLES else []
        if len(ordinal) >= 2:
            # "Two more gaps we can't close on our own. First, a Spanish speaker to sit with
            # … Second, anyone with refrigeration know-how: …": one need each (v23).
            return [{"title": o, "body": s, "with_intro": False, "tldr": s, "sure": True,
                     "first": True} for s, o in ordinal]
        if plain.endswith(":") or CONTACT_START.match(plain) or (
                V15_TITLES and TEASER.search(_sentences(plain)[0])):
            return []
        label = _sentence_label(plain) if V17_TITLES and (
            kind == "need" or generic_ask_heading(section.heading)) else ""
        if label and not NEGATIVE_TEXT.search(_sentences(plain)[0]) and not not_a_need(
                section.heading, plain) and not FILL_SENTENCE.search(
                without_partial_counts(plain)) and not REFUSAL.search(plain):
            # "English class assistants. The adult English class …", "Macallimad
            # Af-Ingiriis ah. Fasalka …": a role or thing named by a sentence of its own (v17).
            return [{"title": label, "body": plain, "with_intro": False, "sure": True}]
        first = _sentences(plain)[0] if plain else ""
        if V21_TITLES and generic_ask_heading(section.heading) and _THING_START.match(
                first) and not NEGATIVE_TEXT.search(first) and not not_a_need("", plain):
            # "Also wanted" over "An accordion or fiddle player for the old-time dance …":
            # each paragraph is the thing itself (v21).
            thing = shorten(re.sub(r"(?i)^(?:an?|one|un|una)\s+", "", first))
            if len(thing) >= TITLE_MIN:
                return [{"title": sentence_case(thing), "body": plain, "with_intro": False,
                         "sure": True}]
        inline = INLINE_LIST.match(plain)
        if inline and not NEGATIVE_TEXT.search(plain):
            # "Our wish list: bags, a rice cooker, and gift cards" -> one need per item.
            parts = re.split(r",\s*(?:and\s+|or\s+|y\s+|o\s+)?|;\s*", inline.group("items"))
            found = [{"title": shorten(p), "body": plain, "with_intro": False}
                     for p in parts if len(p.strip(" .")) >= 3]
            if len(found) > 1:
                return found
        several = _multi_asks(plain) if V19_TABLES and not FILL_SENTENCE.search(
            without_partial_counts(plain)) else []
        if len(several) >= 2 and not any(
                (_content_words(o) - (_ASK_GLUE if V41_TITLES else set()))
                & _content_words(section.heading or "") for _, o in several):
            # "A nurse … would make a real difference. … A grant writer … would be a gift.":
            # one need per role or thing the paragraph asks for (v19).
            return [{"title": _with_event(o, section), "body": plain, "with_intro": False,
                     "tldr": s, "ask": True, "sure": True, "first": True}
                    for s, o in several[:3]]
        cues = _all_cues(text, loose=kind == "need")
        if V58_TITLES and not cues:
            # v58: "… If you know how to patch a bicycle tube, we would welcome an hour of your
            # Saturday.": the skill asked for, whatever the sentence's thanks are worded as
            cues = [(s, skill) for s in _sentences(plain)
                    if IF_YOU_KNOW_HOW.search(s) and _conditional_ask(s)
                    and (skill := conditional_skill(s))][:1]
        if V31_TITLES:
            # "se necesita haber recibido los sacramentos": a condition, not a thing asked
            cues = [(s, c) for s, c in cues if not _CONDITION_START.match(c or "")]
        if V35_TITLES:
            # "Yog koj muaj, thov nqa tuaj …" (if you have some, please bring …): no thing
            cues = [(s, c) for s, c in cues if not _BARE_CONDITION.fullmatch(c or "")]
        if V41_TITLES:
            # v41: "… là lúc đoàn bận nhất, nên chúng tôi rất cần thêm người" (so we really
            # need more people): an ask for people in general, over the roles that follow
            cues = [(s, c) for s, c in cues if not _MORE_PEOPLE_ASK.search(_strip_md(s))]
        if cues and V30_TITLES:
            # v30: "If you are an HVAC technician, or know one …, please talk to Pastor Saw.
            # Also, the lunch team could really use a second rice cooker": both are asked
            said = {c for s, c in cues} | {s for s, c in cues}
            more = [(sentence, obj) for sentence in _sentences(plain)
                    if sentence not in said and (IF_ROLE.search(sentence) or (
                        # v31: "… đang thiếu sách thiếu nhi … Hội cũng đang tìm một người
                        # biết làm kế toán": every ask of the paragraph
                        V31_TITLES and not _bold_lead(text) and not NEGATIVE_TEXT.search(sentence)
                        and not _REQUIREMENT.search(sentence)
                        and not FILL_SENTENCE.search(without_partial_counts(sentence))))
                    and (obj := _plain_ask(sentence))
                    and not (V31_TITLES and _NO_OBJECT_START.match(obj))
                    and not any(_content_words(obj) & _content_words(c) for _, c in cues)]
            if more:
                order = {s: i for i, s in enumerate(_sentences(plain))}
                cues = sorted(cues + more, key=lambda sc: order.get(_strip_md(sc[0]), 0))
        cues = _without_later_offers(cues)
        if cues:
            # A newsletter paragraph may bury several asks: one need per distinct one.
            return [{"title": core if kind == "need" and not (  # v28: "Can you build a
                        V28_TITLES and _THING_QUESTION.match(section.heading or "")  # website?"
                    ) else _with_event(
                        _plain_ask(sentence) or core, section),
                     "body": plain, "with_intro": False, "tldr": _strip_md(sentence),
                     "sure": bool(V29_TITLES and IF_SPARE.search(_strip_md(sentence)))
                     or bool(V30_TITLES and cue_label_thing(sentence))
                     # v35: "we could use someone to pick up donated bread …"
                     or (V36_TITLES and _foreign_cue(sentence))
                     or _conditional_ask(sentence)
                     or dated_crew_ask(sentence)
                     # v39: "… ሒሳብ የሚያውቅ በጎ ፈቃደኛ እንፈልጋለን።" in a committee's news
                     or (V39_TITLES and not _bold_lead(text) and _stated_ask(sentence))
                     or bool(V35_TITLES and (_SOMEONE_ASK.search(_strip_md(sentence)) or (
                         V49_TITLES and _KNOW_SOMEONE.search(_strip_md(sentence))))
                             and not FILL_SENTENCE.search(without_partial_counts(sentence))
                             and not PAST_REPORT.search(sentence))}
                    for sentence, core in cues if not GENERIC_MONEY.search(sentence)]
        given = [(sentence, thing) for sentence in _sentences(plain)
                 if _IF_HAVE_WE_TAKE.search(sentence) and not NEGATIVE_TEXT.search(sentence)
                 and (thing := conditional_ask(sentence))] if V52_TITLES else []
        if V56_TITLES and not given:
            # v56: "…, yog leej twg muaj ib lub tub yees loj … thiab xav pub rau lub koom txoos,
            # thov qhia rau Xib Hwb …" (if anyone has a big refrigerator … and wants to give
            # it to the church, please tell the pastor), after what broke
            given = [(sentence, thing) for sentence in _sentences(plain)
                     if (offer := _IF_HAS_TO_GIVE.search(sentence) or (
                         V58_TITLES and _WHOEVER_HAS_CALL.search(sentence)))
                     # (not "If you have some at home …": the thing was named before)
                     and not re.match(r"(?i)\s*(?:some|any|one|them|it|these|those|extra|spare"
                                      r"|algun[oa]s?|uno|una)\b", offer.group("obj"))
                     and not NEGATIVE_TEXT.search(sentence[offer.start():])
                     and not GENERIC_MONEY.search(sentence)
                     and (thing := conditional_ask(sentence[offer.start():].lstrip(" ,;")))]
            heading = clean_heading(section.heading or "")
            if len(given) == 1 and heading and len(heading.split()) <= 8 and len(
                    _content_words(heading) & _content_words(given[0][1])) >= 2 and not (
                    is_generic_heading(heading) or generic_ask_heading(heading)):
                # "Phau ntawv Hmoob rau lub tsev qiv ntawv" (Hmong books for the library) over
                # "Yog koj muaj cov phau ntawv menyuam yaus sau ua lus Hmoob …": the heading
                # names the thing the offer describes
                given = [(given[0][0], sentence_case(heading))]
        if given:
            # v52: "If you have a rear-tine tiller collecting dust in a shed, we'd love to give
            # it a second life on the co-op plots": the thing the reader may have is asked for
            return [{"title": thing, "body": plain, "with_intro": False, "tldr": sentence,
                     "sure": True} for sentence, thing in given[:3]]
        if (kind != "need" or V19_TABLES) and V16_TITLES:
            # "Peb xav tau ib tug neeg paub kho kav dej …" inside a newsletter's paragraph: a
            # first-person ask names its need wherever it sits (v16).
            asks = _multi_asks(plain) if V19_TABLES else []
            if not V19_TABLES or any(_content_words(o) & _content_words(section.heading or "")
                                     for _, o in asks):
                # v16's reading: the heading names the need the asks repeat
                asks = [(s, o) for s in _sentences(plain) if (o := _plain_ask(s))]
                several_named = False
            else:
                several_named = len(asks) > 1
            if kind == "need":
                # Under a need heading only v19's new forms: a question to the reader's
                # business ("Does your church have a gym we could use?"), "… would be a gift".
                asks = [(s, o) for s, o in asks if QUESTION_ASK.match(_strip_md(s).strip())
                        or would_ask(s)
                        # v37: "Hiện chùa đang thiếu ghế xếp …" after the wish list of
                        # "Vật phẩm cần cho dịp Tết": a first-person ask outside English
                        # (not a page's opening line over the sections that hold its needs)
                        or (V37_TITLES and _foreign_ask(s) and not section.children
                            and not _GENERIC_HELP.match(o))
                        # v48: "If you have a plow … and could clear his driveway after
                        # storms, please call the center" under "A neighbor in need"
                        or (V48_TITLES and not section.children
                            and o == offer_then_contact(_strip_md(s)) and _HAVE_OFFER.match(o))]
            if V39_TITLES and len(asks) > 1:
                # v39: "Peb nrhiav ib tug kws kho tsheb … Yog koj paub kho tsheb, thov hu …":
                # a conditional ask that repeats an earlier ask of the paragraph is the same need
                asks = [(s, o) for i, (s, o) in enumerate(asks)
                        if not (_conditional_ask(s) and any(
                            _content_words(o) & _content_words(p) for _, p in asks[:i]))]
            asks = _without_later_offers(asks)
            if asks:
                return [{"title": _with_event(o, section), "body": plain, "with_intro": False,
                         "tldr": s, "ask": True, "sure": several_named or bool(
                             V29_TITLES and IF_SPARE.search(_strip_md(s))) or (
                             not _bold_lead(text) and _foreign_ask(s)) or _conditional_ask(s)}
                        for s, o in asks[:3 if V19_TABLES else 2]]
        if V25_TITLES and _EMPTY_STOCK.search(plain) and not FILL_SENTENCE.search(plain):
            # "The mitten basket at the clinic is empty again. If you knit or crochet,
            # hand-made mittens and hats in kids' sizes are hugely welcome" (v25)
            for sentence in _sentences(plain):
                welcome = _WELCOME_CLAUSE.search(sentence)
                if welcome and not NEGATIVE_TEXT.search(sentence) and not all(
                        _GENERIC_ASK_WORDS.match(w) or w.casefold() in _NO_THING
                        for w in re.findall(r"[\w'’]+", welcome.group("obj"))):
                    thing = shorten(welcome.group("obj").strip())
                    return [{"title": thing[:1].upper() + thing[1:], "body": plain,
                             "with_intro": False, "tldr": sentence}]
        first = _sentences(plain)[0] if plain else ""
        asked_most = V42_TITLES and bool(_WHAT_NEEDED.search(section.heading or ""))
        answer = re.sub(r"(?i)^\s*(?:a|answer|r|respuesta|j)\s*[:.]\s*", "", first) if (
            asked_most) else ""
        if answer and not (
                FILL_SENTENCE.search(answer) or NEGATIVE_TEXT.search(answer)
                or re.match(r"(?i)(?:no|not|nothing|yes)\b", answer)):
            # v42: "Q: What do you need most right now?" answered "A: Grocery gift cards (…)
            # for families who are waiting …": the answer names the need
            name = re.split(r"(?<=[^\W\d_]{2})\.\s+", shorten(answer))[0]
            if len(re.findall(r"[^\W\d_]", name)) >= 4:
                return [{"title": name, "body": plain, "with_intro": False, "sure": True}]
        if (V28_TITLES and kind == "need" and (section.heading or "").rstrip().endswith("?")
                and is_need_heading(section.heading) and not FILL_SENTENCE.search(plain)
                and re.fullmatch(r"[^\W\d][\w'’ -]{2,40}", first.strip(" .!"))
                and len(first.split()) <= 4 and not NEGATIVE_TEXT.search(first)):
            # v28: "What are we short on?" answered "Breakfast. Kids in our district …"
            name = first.strip(" .!")
            return [{"title": name[:1].upper() + name[1:], "body": plain, "with_intro": False,
                     "tldr": first}]
        # (v21: "Saturday, January 9, 2027, 10 am to 1 pm" enumerates no goods)
        goods = _enumerated_goods(first, section) if V17_TITLES and not (
            V21_TITLES and _only_when(first)) else ""
        if goods:
            return [{"title": goods, "body": plain, "with_intro": False}]
        # The need is stated first; later sentences add conditions ("groups are welcome").
        if kind != "need" or NEGATIVE_TEXT.search(first) or GENERIC_MONEY.search(plain):
            return []
        lead = _bold_lead(text)
        if lead and len(lead[0].split()) <= 8 and not (V58_TITLES and (
                not_a_need("", plain) or (_only_when(lead[1]) and not _asks(lead[0])))):
            # (v58: nor "**ကီၣ်စု (Wrist-Tying Day)** – August 16, 11 AM", a day and its
            # date only: an event)
            # (v58: not "**Pluas tshais thiab su dawb** rau txhua tus me nyuam", free
            # breakfast and lunch for every child, under a parents' volunteer heading)
            return [{"title": _after_when(shorten(lead[0]), lead[0]), "body": plain,
                     "with_intro": False}]
        welcome = WELCOME_ITEMS.match(plain)
        if welcome:
            # "Large-print puzzle books and playing cards are always welcome."
            return [{"title": shorten(welcome.group("obj")), "body": plain, "with_intro": False}]
        label = LABEL_PARAGRAPH.match(plain)
        if (label and len(label.group("label").split()) <= 5
                and label.group("label").split()[0].lower() not in ROLE_STOP_START):
            last = re.findall(r"[\w'’-]+", label.group("label"))[-1:] or [""]
            # (v58: "Darawallo: bukaanada … u keena rugta" under "Waxaan u baahannahay", after
            # another ask: stated by its label as plainly as the ask before it)
            role = bool(V58_TITLES and _role_label(plain))
            if ROLE_NOUN.match(last[0]) or role:
                # "Clothing closet sorters: help us sort …" -> a role titled by its label.
                return [{"title": shorten(label.group("label")), "body": plain,
                         "with_intro": False, "sure": role}]
        if first.endswith("?"):
            return []
        if IMPERATIVE_START.match(first) or _role_start(first):
            return [{"title": shorten(first), "body": plain, "with_intro": False}]
        return []

