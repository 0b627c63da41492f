"""What gets embedded for each kind of row (the same e5 "query: " prefix is applied by the
local backend to both sides, so needs and members are comparable).

A need is its title and its description.  The tldr is added only when it says something
the description does not: extraction and validation fill an empty tldr with the
description's first sentence, and embedding that sentence twice over-weighted it (issue
11).  ``NEED_TEXT_VERSION`` is recorded beside each need's vector
(``matching.models.NeedProfile``): a need embedded from an older version of this text is
embedded again (by ``match_need``, and by ``generate_embeddings``).
"""

from __future__ import annotations

import re

MAX_CHARS = 2000
NEED_TEXT_VERSION = 2  # 1: title + tldr + description (before issue 11)

_SPACE = re.compile(r"\s+")
_NON_WORD = re.compile(r"[^\w]+")


def _join(*parts: str) -> str:
    text = " ".join(" ".join(p.split()) for p in parts if p)
    return text[:MAX_CHARS]


def _comparable(text: str) -> str:
    return _NON_WORD.sub(" ", (text or "").casefold()).strip()


def tldr_adds_something(tldr: str, description: str) -> bool:
    """False when the tldr is (a cut-down copy of) something the description says."""
    short = _comparable(tldr.rstrip("…").rstrip("."))
    return bool(short) and short not in _comparable(description)


def need_text(need) -> str:
    title = need.title.strip()
    title = title if title.endswith((".", "!", "?", ":")) else title + "."
    tldr = need.tldr if tldr_adds_something(need.tldr or "", need.description) else ""
    return _join(title, tldr, need.description)


def member_text(member) -> str:
    return _join(member.interests)


def organization_text(organization, tags=()) -> str:
    return _join(organization.name + ".", organization.summary, organization.description,
                 " ".join(str(t.value) for t in tags))
