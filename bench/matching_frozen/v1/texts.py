"""What gets embedded for each kind of row (the same e5 "query: " prefix is applied by the
local backend to both sides, so needs and members are comparable)."""

from __future__ import annotations

MAX_CHARS = 2000


def _join(*parts: str) -> str:
    text = " ".join(" ".join(p.split()) for p in parts if p)
    return text[:MAX_CHARS]


def need_text(need) -> str:
    return _join(need.title + ".", need.tldr, need.description)


def member_text(member) -> str:
    return _join(member.interests)


def organization_text(organization, tags=()) -> str:
    return _join(organization.name + ".", organization.summary, organization.description,
                 " ".join(str(t.value) for t in tags))
