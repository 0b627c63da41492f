"""Section classification: need, negative or plain, from headings and their ancestors."""

from __future__ import annotations

import re

from .fill import FILL_SENTENCE, FILL_START
from .lexicon import (
    AGENT_NOUN,
    CUE_PRE,
    EVENT_TEXT,
    GENERIC_HEADINGS,
    GENERIC_MONEY,
    JOB_TEXT,
    MULTI_CUE,
    NEED_HEADING,
    NEGATIVE_HEADING,
    NEGATIVE_TEXT,
    NEWS_HEADING,
    ROLE_NOUN,
    SERVICE_HEADING,
    SERVICE_TEXT,
)
from .sections import Section, _strip_md

# --------------------------------------------------------------------------- classification


def _heading_key(heading: str) -> str:
    return re.sub(r"[^\w\s'-]", "", heading).strip().lower()


def is_negative_heading(heading: str) -> bool:
    return bool(heading) and bool(NEGATIVE_HEADING.search(heading))


def is_generic_heading(heading: str) -> bool:
    if heading.rstrip().endswith(("»", "→", "›")):
        return True  # a teaser heading linking to another page
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
    if any(s.heading and SERVICE_HEADING.search(s.heading.strip(" »")) for s in chain[:2]):
        return "negative"  # "Our services", "Clinic hours": what the organization gives
    if is_generic_heading(section.heading):
        return "plain"
    for node in chain:
        if is_need_heading(node.heading):
            return "need"
        if is_generic_heading(node.heading) or NEWS_HEADING.search(node.heading):
            return "plain"
    return "plain"


def not_a_need(heading: str, body: str) -> bool:
    """A paid job, a filled item, an event, or a service the organization offers."""
    first = re.split(r"(?<=[.!?።۔])\s+", body.strip(), maxsplit=1)[0] if body else ""
    text = f"{heading}\n{body}"
    if "~~" in text or FILL_SENTENCE.search(text) or JOB_TEXT.search(text):
        return True
    if FILL_START.search(body):
        return True
    # An event's own heading is no need, but a role for it is: "Iftar Setup Crew".
    if (EVENT_TEXT.search(heading) and not _names_role(heading)) or (
            EVENT_TEXT.search(first) and not CUE_PRE.search(first)
            and not MULTI_CUE.search(first)):
        return True
    if EVENT_TEXT.search(body) and not _asks(body):
        return True  # "Bring your broken lamp … and join us": an event that asks for nothing
    return bool(SERVICE_TEXT.search(f"{heading} {first}")) and not (
        MULTI_CUE.search(first) or CUE_PRE.search(first))


def _asks(text: str) -> bool:
    """The text has a need word (a sentence-level check is the titles' job)."""
    return bool(CUE_PRE.search(text) or MULTI_CUE.search(text)
                or re.search(r"(?i)\b(?:needed|wanted|needs?|volunteers?)\b", text))


def _names_role(heading: str) -> bool:
    """The heading ends with a role: "Iftar Setup Crew", "Gala Parking Attendants"."""
    tokens = re.findall(r"[\w'’-]+", re.sub(r"\s*\([^)]*\)\s*$", "", heading))
    return bool(tokens) and bool(ROLE_NOUN.match(tokens[-1]) or AGENT_NOUN.match(tokens[-1]))


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
    if not_a_need(heading, _strip_md(body)):
        return False
    return not (GENERIC_MONEY.search(body) and not CUE_PRE.search(body))


