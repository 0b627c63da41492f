"""Section classification: need, negative or plain, from headings and their ancestors."""

from __future__ import annotations

import contextvars
import datetime as dt
import re

from needs.extraction.fill import FILL_BADGE, FILL_SENTENCE, FILL_START, without_filled_contrast
from needs.extraction.kinds import SKILLED, fold
from needs.extraction.lexicon import (
    AGENT_NOUN,
    CUE_PRE,
    EVENT_AS_CONTEXT,
    EVENT_TEXT,
    GENERIC_HEADINGS,
    GENERIC_MONEY,
    JOB_TEXT,
    MULTI_CUE,
    NEED_HEADING,
    NEGATIVE_HEADING,
    NEGATIVE_ITEM,
    NEWS_HEADING,
    REFUSAL,
    ROLE_NOUN,
    SERVICE_HEADING,
    SERVICE_TEXT,
    THANKS_START,
)
from needs.extraction.sections import Section, _strip_md

# --------------------------------------------------------------------------- classification


def _heading_key(heading: str) -> str:
    return re.sub(r"[^\w\s'-]", "", heading).strip().lower()


# v41: "Other jobs (none of these are paid — we are all neighbors)", "Unpaid jobs",
# "Trabajos voluntarios (no pagados)": jobs that say they are volunteer work
_UNPAID = re.compile(r"(?i)\b(?:(?:none|no\s+one)\s+of\s+(?:these|them|us)\s+(?:is|are)\s+paid"
                     r"|not\s+paid|unpaid|no\s+(?:pay|pag[oa]d[oa]s?)|volunteer\s+jobs"
                     r"|trabajos\s+voluntarios)\b")
V41_HEADINGS = True


# v41: "Local History Room", "History project": a thing or a task, not the organization's story
_HISTORY_THING = re.compile(r"(?i)\blocal\s+history\b|\bhistory\s+(?:room|project|collection"
                            r"|archives?|corner|day|book|society|center|centre|museum)\b")


V56_HEADINGS = True  # v56: developed on blind round 56
V58_HEADINGS = True  # v58: developed on blind round 58


def is_negative_heading(heading: str) -> bool:
    if V41_HEADINGS and heading and _UNPAID.search(heading):
        return False
    if V41_HEADINGS and heading and _HISTORY_THING.search(heading):
        heading = _HISTORY_THING.sub(" ", heading)
    if heading and _ASK_FOR_EVENT.match(heading):
        # v48: "Gardeners needed before the celebration": the ask, for an event
        heading = _ASK_FOR_EVENT.match(heading).group("ask")
    # v56: a heading that refuses things ("Waxyaabaha aanan aqbali karin", "የማንቀበላቸው
    # ዕቃዎች", "What we can not take"): the list under it is of things not wanted
    return bool(heading) and bool(NEGATIVE_HEADING.search(heading) or (
        V56_HEADINGS and REFUSAL.search(heading)))



# v48: a heading that asks for people or things before, for or during an event
_ASK_FOR_EVENT = re.compile(
    r"(?i)^(?P<ask>\W*(?:[\w'’-]+\s+){1,4}(?:needed|wanted|se\s+necesita[n]?|se\s+busca[n]?))"
    r"\s+(?:before|for|at|during|after|antes\s+de|para|durante)\s+\S")


# v30: a social post's byline set as its heading ("Aitkin County Neighbor Exchange · 5d · 🌎",
# "Posted by Deb · 3 hrs"): it names no need.
_POST_BYLINE = re.compile(
    r"(?i)^.{0,60}?\s*[·•|]\s*(?:\d{1,2}\s*(?:[mhdw]|mins?|hrs?|hours?|days?|wks?|weeks?)"
    r"(?:\s+ago)?|yesterday|just\s+now|edited)\s*(?:[·•|].{0,20})?$")
V30_HEADINGS = True


def is_generic_heading(heading: str) -> bool:
    if heading.rstrip().endswith(("»", "→", "›")):
        return True  # a teaser heading linking to another page
    if V30_HEADINGS and _POST_BYLINE.match(heading.strip()):
        return True
    return _heading_key(heading) in GENERIC_HEADINGS


def is_need_heading(heading: str) -> bool:
    if not heading or is_negative_heading(heading) or is_generic_heading(heading):
        return False
    return bool(NEED_HEADING.search(heading.strip("¿?¡! ")))


# v21: a section that opens with nothing but its date and time announces an event; a need
# heading nested under a services heading decides for its own cards.
V21_EVENTS = True


# A heading that asks for volunteers or gifts, even when it names a program ("Volunteer
# with our programs"), unlike "Peb Cov Kev Pab · Our Services" or "Caawinta casharrada"
# (the help the organization gives).
_VOLUNTEER_HEADING = re.compile(r"(?i)\bvolunt|\bdonat|\bwish\s*list|\bget\s+involved"
                                r"|\bhow\s+(?:to|you\s+can)\s+help\b|\bmutadawac|\btình\s+nguyện"
                                r"|\btola\s+ooltota|\bpab\s+dawb|በጎ\s*ፈቃድ|تطوع")


# v22: a heading that says what is not wanted: "We have plenty of", "Please hold off on …",
# "No more …, please", "Tenemos suficiente", "Waan haysannaa …".
V22_KINDS = True
_ENOUGH_HEADING = re.compile(
    r"(?i)^\W*(?:we\s+(?:already\s+)?have\s+(?:plenty|enough|more\s+than\s+enough)|please\s+"
    r"(?:hold\s+off|don['’]t\s+(?:bring|send|donate)|do\s+not\s+(?:bring|send|donate))|no\s+more\b"
    r"|not\s+(?:needed|accepting)|ya\s+tenemos|tenemos\s+suficiente|no\s+necesitamos"
    r"|waan\s+haysannaa|đã\s+đủ"
    # v49+: a stoplight's yellow and green lists ("OK for now", "Overflowing – please don't
    # bring", "Well stocked"), and in the other languages served (my own wordings): "tenemos de
    # sobra", "waa nagu filan yihiin", "peb muaj txaus lawm", "còn nhiều", "gahaa qabna", "በቂ
    # አለን", "لدينا ما يكفي"
    r"|(?:we['’]?re\s+|we\s+are\s+)?(?:ok|okay|good|fine|set)\s+(?:for\s+now|on\s+these|this\s+week)\b"
    r"|overflowing|(?:well|fully)\s+stocked|stocked\s+up|don['’]t\s+need|no\s+need\s+(?:for|of)\b"
    r"|tenemos\s+de\s+sobra|waa\s+nagu\s+filan|peb\s+muaj\s+txaus|còn\s+nhiều|gahaa\s+qabna|በቂ\s+አለን"
    r"|لدينا\s+ما\s+يكفي)")


# v42: "How we help", "How we can help you", in the languages served (authors' best effort):
# "Peb pab tau koj li cas" (hmn), "Cómo le ayudamos" (es), "Sida aan kuu caawinno" (so),
# "Chúng tôi giúp gì cho bạn" (vi): what the organization does for its clients
V42_KINDS = True
_HOW_WE_HELP = re.compile(
    r"(?i)(?:how\s+we\s+(?:can\s+)?(?:help|serve)(?:\s+you)?|peb\s+pab\s+(?:tau\s+)?koj\s+li\s+cas"
    r"|c[oó]mo\s+(?:le\s+|te\s+|les\s+)?(?:ayudamos|podemos\s+ayudar(?:le|te)?)"
    r"|sida\s+aan\s+(?:kuu|idiin)\s+caawin\w*|chúng\s+tôi\s+(?:có\s+thể\s+)?giúp\s+gì(?:\s+cho\s+bạn)?)")


# v44: a board's column or heading that says its cards are taken: "Someone's on it",
# "Being handled", "Taken care of", "Claimed", "Done" (a heading that is only a fill badge)
V44_KINDS = True
_TAKEN_HEADING = re.compile(
    r"(?i)\W*(?:someone['’]s\s+on\s+it|somebody['’]s\s+on\s+it|(?:being|already)\s+handled"
    r"|handled|in\s+hand|(?:already\s+)?taken\s+care\s+of|spoken\s+for|(?:recently\s+)?"
    r"(?:filled|matched|claimed|covered|done|completed?)(?:\s+(?:requests?|needs?|items?|jobs?))?)\W*")


def fill_heading(heading: str | None) -> bool:
    """The heading says everything under it is taken (v44)."""
    plain = _strip_md(heading or "").strip()
    return bool(plain) and len(plain.split()) <= 5 and bool(
        _TAKEN_HEADING.fullmatch(plain) or FILL_BADGE.fullmatch(plain))


V48_KINDS = True


def section_kind(section: Section) -> str:
    """"negative", "need" or "plain" from the section's heading and its ancestors."""
    chain = [section, *section.ancestors()]
    if V44_KINDS and any(fill_heading(s.heading) for s in chain):
        return "negative"
    if V22_KINDS and _ENOUGH_HEADING.search(section.heading or ""):
        return "negative"  # "WE HAVE PLENTY OF" over zucchini and green beans (v22)
    need_at = next((i for i, s in enumerate(chain) if is_need_heading(s.heading)
                    and not is_negative_heading(s.heading)
                    and _VOLUNTEER_HEADING.search(s.heading)), None) if V21_EVENTS else None
    # v21: "Volunteer with our programs" under "Our programs": the nearer need heading
    # decides for itself and its own cards ("Reading Buddy", "Citizenship Interview Coach")
    # against a services heading (not against an events, thanks or past heading).
    near = chain if need_at is None else chain[:need_at]
    # v48: "Gardeners needed before the celebration" under the celebration's heading: a heading
    # that says what is needed decides for itself against an event above it
    own_ask = V48_KINDS and is_need_heading(section.heading) and bool(re.search(
        r"(?i)\b(?:needed|wanted|se\s+necesita\w*|se\s+busca\w*)\b", section.heading or ""))
    if any(is_negative_heading(s.heading) for s in (chain[:1] if own_ask else chain)):
        return "negative"
    if any(s.heading and SERVICE_HEADING.search(s.heading.strip(" »")) for s in near[:2]):
        return "negative"  # "Our services", "Clinic hours": what the organization gives
    if V42_KINDS and any(s.level > 1 and _HOW_WE_HELP.fullmatch(_strip_md(s.heading or "")
                                                            .strip(" »?")) for s in near[:2]):
        return "negative"  # v42: "How we help" (not the page's own title over all of it)
    if is_generic_heading(section.heading):
        return "plain"
    for node in chain:
        if is_need_heading(node.heading):
            return "need"
        if is_generic_heading(node.heading) or NEWS_HEADING.search(node.heading):
            return "plain"
    return "plain"


_MONTHS = {
    name: number for number, names in enumerate([
        ("january", "jan", "enero", "janaayo"), ("february", "feb", "febrero", "febraayo"),
        ("march", "mar", "marzo", "maarso"), ("april", "apr", "abril", "abriil"),
        ("may", "mayo", "maajo"), ("june", "jun", "junio", "juun"),
        ("july", "jul", "julio", "luulyo"), ("august", "aug", "agosto", "agoosto"),
        ("september", "sep", "sept", "septiembre", "setiembre", "sebtembar"),
        ("october", "oct", "octubre", "oktoobar"), ("november", "nov", "noviembre",
                                                    "nofeembar"),
        ("december", "dec", "diciembre", "diseembar")], start=1) for name in names}
_HMONG_MONTH = re.compile(r"\blub (kaum ib|kaum ob|ib|ob|peb|plaub|tsib|rau|xya|yim|cuaj|kaum)"
                          r" hlis\b", re.IGNORECASE)
_HMONG_NUMBERS = {"ib": 1, "ob": 2, "peb": 3, "plaub": 4, "tsib": 5, "rau": 6, "xya": 7,
                  "yim": 8, "cuaj": 9, "kaum": 10, "kaum ib": 11, "kaum ob": 12}
_VIET_MONTH = re.compile(r"\bth[aá]ng\s+(\d{1,2})\b", re.IGNORECASE)


def _month(text: str) -> int | None:
    hmong = _HMONG_MONTH.search(text)
    if hmong:
        return _HMONG_NUMBERS[hmong.group(1).lower()]
    viet = _VIET_MONTH.search(text)
    if viet and 1 <= int(viet.group(1)) <= 12:
        return int(viet.group(1))
    numeric = re.search(r"\b(?:20\d\d)-(\d{2})\b|\b(\d{1,2})/20\d\d\b", text)
    if numeric:
        value = int(numeric.group(1) or numeric.group(2))
        return value if 1 <= value <= 12 else None
    for word in re.findall(r"[^\W\d_]+", text.lower()):
        if word in _MONTHS:
            return _MONTHS[word]
    return None


# v31: the page's own "now" -- the latest month it is dated by (see ``page_reference``),
# set by the extractor for the page it reads.
PAGE_TODAY: contextvars.ContextVar[dt.date | None] = contextvars.ContextVar(
    "page_today", default=None)
V31_PAGE_TODAY = True


def page_reference(text: str, today: dt.date | None = None) -> dt.date | None:
    """The latest month a page is dated by, no later than ``today`` (v31): a newsletter
    headed "Bản tin tháng 10/2025" and read in December 2026 is judged against October 2025,
    so its needs are its current ones and only what it dates earlier ("Winter 2024 coat
    drive wrap-up") is past.  Whether a whole page has gone stale is the crawl's business
    (``last_seen_at``, disappearance), not the extractor's.  The year alone ("© 2025")
    counts from its January; None when the page names no year."""
    today = today or dt.date.today()
    best: tuple[int, int] | None = None
    for line in (text or "").splitlines():
        for found in re.findall(r"(?<!\d)(20\d\d)(?!\d)", line):
            year = int(found)
            if year > today.year:
                continue
            month = _month(line) or 1
            if year == today.year:
                month = min(month, today.month)
            if best is None or (year, month) > best:
                best = (year, month)
    return dt.date(best[0], best[1], 1) if best else None


def past_dated(heading: str, today: dt.date | None = None) -> bool:
    """A heading dated before this month ("October 2025: Sleeping bags for fire families",
    "Lub Kaum Ob Hlis 2025: …", "Winter 2025: coat drive wrap-up"): a post about a past
    need, not a current one.  A heading with no year, or this year and no month, is not.
    "This month" is the page's own (``PAGE_TODAY``) when the extractor set it (v31)."""
    years = [int(y) for y in re.findall(r"(?<!\d)(20\d\d)(?!\d)", heading or "")]
    if not years:
        return False
    today = today or (PAGE_TODAY.get() if V31_PAGE_TODAY else None) or dt.date.today()
    latest = max(years)
    if latest != today.year:
        return latest < today.year
    month = _month(heading)
    return month is not None and month < today.month


# A teaser that sends the reader to another page for the needs themselves (v15): "Tutors,
# readers and more — see the current openings", "… and more: see all our roles", "Vea las
# oportunidades actuales".
TEASER = re.compile(
    r"(?i)\b(?:and|&)\s+more\b\W+(?:see|view|check|browse|find)\b"
    r"|^\W*(?:see|view|browse|check\s+out)\s+(?:all\s+|the\s+|our\s+)*(?:current\s+|open\s+"
    r"|latest\s+)?(?:openings|opportunities|roles|positions|needs)\b"
    r"|\bvea\s+(?:las|todas\s+las)\s+oportunidades\b"
    r"|^\W*see\s+what\s+we(?:'re|’re|\s+are)\s+(?:looking\s+for|collecting)\b"
    r"|^\W*see\s+(?:our\s+|the\s+)?ways\s+to\s+(?:help|give)\b"
    r"|^\W*see\s+(?:our|the|all|current)\s+(?:[\w’'-]+\s+){0,5}(?:roles|page|openings"
    r"|opportunities|list|postings|needs)\b"
    # v47: "See what's wanted this season and whether one of the openings fits you", "Mira
    # lo que necesitamos"
    r"|^\W*see\s+what['’]?s\s+(?:wanted|needed|open|on\s+(?:our|the)\s+list)\b"
    r"|^\W*(?:mira|vea)\s+lo\s+que\s+(?:necesitamos|buscamos)\b"
    # v48: "Next issue: wild rice hotdish …", "Coming in January: ten ways to …", "Próximo
    # número: …": what a later issue will carry
    r"|^\W*(?:next\s+(?:issue|month|time|week)|coming\s+(?:next\s+\w+|in\s+\w+|soon)"
    r"|in\s+(?:the\s+)?next\s+issue|pr[oó]ximo\s+n[uú]mero|en\s+el\s+pr[oó]ximo\s+n[uú]mero)\s*:")


def not_a_need(heading: str, body: str) -> bool:
    """A paid job, a filled item, an event, a service the organization offers, or a post
    dated before this month."""
    asking_pill = False
    if V41_HEADINGS and body:
        # v41: a card's state carried from the line above its heading ("[አገልግሎት]") is not
        # its first sentence
        pill = re.match(r"^\s*\[([^\[\]\n]{1,40})\]", body)
        if pill and JOB_TEXT.search(pill.group(1)):
            return True  # v58: "[Có lương] Bán thời gian, 8 giờ mỗi tuần" (paid, part-time)
        # v58: "[Cần 1 người] … ngày hội chợ" (1 person needed … on the fair's day): a pill
        # that asks says the card is a role for the event, not the event
        asking_pill = bool(V58_HEADINGS and pill and _asks(pill.group(1)))
        body = re.sub(r"^\s*\[[^\[\]\n]{1,40}\]\s*", "", body)
    first = re.split(r"(?<=[.!?።۔])\s+", body.strip(), maxsplit=1)[0] if body else ""
    text = f"{heading}\n{body}"
    if past_dated(heading):
        return True
    if TEASER.search(first) or (len(body) < 300 and any(
            TEASER.search(s) for s in re.split(r"(?<=[.!?])\s+", body.strip()))):
        return True  # "Tutors, readers and more — see the current openings": a link onward
    if "~~" in text or FILL_SENTENCE.search(without_filled_contrast(text)) or JOB_TEXT.search(
            text):
        return True
    if FILL_START.search(body):
        return True
    if THANKS_START.match(body) and not _asks(body):
        return True  # "Thank you to everyone who responded!": a thank-you note, not an ask
    # An event's own heading is no need, but a role for it is: "Iftar Setup Crew".
    if (_names_event(heading) and not _names_role(heading)) or (
            _names_event(first) and not CUE_PRE.search(first)
            and not MULTI_CUE.search(first) and not asking_pill):
        return True
    if _names_event(body) and not _asks(body) and not asking_pill:
        return True  # "Bring your broken lamp … and join us": an event that asks for nothing
    if V21_EVENTS and _only_when(first) and not _asks(body) and not _names_role(heading):
        return True  # "Saturday, January 9, 2027, 10 am to 1 pm. The fire department will …"
    return bool(SERVICE_TEXT.search(f"{heading} {first}")) and not (
        MULTI_CUE.search(first) or CUE_PRE.search(first))


_ES_MONTHS = (r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre"
              r"|diciembre")
# v30: the when-words of a Spanish date line ("Sábado 10 de enero, de 10 am a 12 pm")
_ES_WHEN_WORDS = (r"de|del|a|las?|y|al|hasta|desde|lunes|martes|mi[eé]rcoles|jueves|viernes"
                  r"|s[aá]bado|domingo|" + _ES_MONTHS + r"|mañana|tarde|noche|mediod[ií]a")
_ES_WHEN = re.compile(r"(?i)" + _ES_WHEN_WORDS)
_WHEN_WORD = re.compile(
    r"(?i)^(?:\d{1,4}(?::\d{2})?(?:st|nd|rd|th)?|a\.?m\.?|p\.?m\.?|noon|midnight|to|from|until|and|at"
    r"|through|[-–—/,.·|]|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
    r"|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?"
    r"|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?"
    r"|sun(?:day)?|evening|morning|afternoon|night|doors|open"
    r"|" + _ES_WHEN_WORDS + r")$")  # v30: and the same in Spanish


def _only_when(sentence: str) -> bool:
    """The sentence is a date and time and nothing else ("Saturday, January 9, 2027, 10 am
    to 1 pm", "Fri. Dec 18, 4–7 pm")."""
    tokens = re.findall(r"\d{1,4}(?::\d{2})?(?:st|nd|rd|th)?|[^\W\d_]+\.?|[-–—/,.·|]", sentence)
    words = [t.rstrip(".") if len(t) > 1 else t for t in tokens]
    if any(_ES_WHEN.fullmatch(w) for w in words) and not any(
            re.fullmatch(rf"(?i){_ES_MONTHS}", w) for w in words):
        # v30: a Spanish date names its day of a month ("Sábado 10 de enero"); "Martes y
        # jueves de 6:30 a 8:00 pm" is a weekly shift's schedule, not an event's date
        return False
    return len(words) >= 3 and any(re.fullmatch(r"\d{1,4}(?::\d{2})?", w) for w in words) and all(
        _WHEN_WORD.match(w) for w in words)


def _names_event(text: str) -> bool:
    """The text names an event other than as a time or a purpose ("Come before kickoff to
    chalk …", "machines to sell at the county fair")."""
    return any(not EVENT_AS_CONTEXT.search(text[max(0, m.start() - 30):m.start()])
               for m in EVENT_TEXT.finditer(text))


def _asks(text: str) -> bool:
    """The text has a need word (a sentence-level check is the titles' job)."""
    return bool(CUE_PRE.search(text) or MULTI_CUE.search(text)
                or re.search(r"(?i)\b(?:needed|wanted|needs?|volunteers?)\b", text))


V27_ROLES = True


def _names_role(heading: str) -> bool:
    """The heading ends with a role: "Iftar Setup Crew", "Gala Parking Attendants"."""
    heading = re.sub(r"\s*\([^)]*\)\s*$", "", heading)
    if V27_ROLES:  # "Math Tutors, Grades 6–9": the qualifier after the role
        heading = re.sub(r",\s*[^,]*\d[^,]*$", "", heading)
    tokens = re.findall(r"[\w'’-]+", heading)
    if V58_HEADINGS and _VI_ROLE_START.match(heading):
        return True  # v58: "Người phụ trách âm thanh cho Hội Chợ Tết": the role comes first
    return bool(tokens) and bool(ROLE_NOUN.match(tokens[-1]) or AGENT_NOUN.match(tokens[-1]))


# v58: Vietnamese names the person first: "Người phụ trách âm thanh …" (the person in charge
# of sound …), "Thợ sửa …" (a repairer of …), "Tài xế …" (driver), "Giáo viên …" (teacher),
# "Thông dịch viên …" (interpreter), "Tình nguyện viên …" (volunteer), "Nhóm … " (crew)
_VI_ROLE_START = re.compile(r"(?i)\W*(?:người\s+(?!dân\b|già\b|cao\s+tuổi\b|bệnh\b|nhận\b)\w+"
                            r"|thợ|tài\s+xế|giáo\s+viên|thông\s+dịch\s+viên|tình\s+nguyện\s+viên"
                            r"|nhóm|đội)\s")


# A singular agent noun ends a role's name: "Volunteer line painter", "Volunteer driver".
_SINGLE_AGENT = re.compile(r"^[^\W\d_]{3,}(?:er|or|ist|ian|ant|ent)$", re.IGNORECASE)


def _is_role_section(section: Section) -> bool:
    """A paragraph-only sub-section under a need heading: one need, titled by its heading."""
    heading = section.heading
    if not heading or section.parent is None or section_kind(section) != "need":
        return False
    if is_generic_heading(heading) or heading.endswith("?"):
        return False
    last_word = re.findall(r"[\w'’-]+", heading)[-1:] or [""]
    if is_need_heading(heading) and not (ROLE_NOUN.match(last_word[0])
                                         or _SINGLE_AGENT.match(last_word[0])
                                         or SKILLED.search(fold(heading))):
        # "Intake volunteers", "Volunteer social worker" are roles; "Volunteer
        # opportunities" is a list heading.
        return False
    if not any(is_need_heading(a.heading) for a in section.ancestors()):
        return False
    if len(heading.split()) > 8 or not section.blocks:
        return False
    if any(b.kind != "para" for b in section.blocks):
        return False
    body = " ".join(b.text for b in section.blocks)
    # "We are not able to sign community service forms." is no role; but a condition after
    # the role its heading names ("No teaching experience needed") does not undo it.
    if NEGATIVE_ITEM.search(_strip_md(section.blocks[0].text)):
        return False
    if not_a_need(heading, _strip_md(body)):
        return False
    return not (GENERIC_MONEY.search(body) and not CUE_PRE.search(body))


