"""How far an approval would reach, for the moderator's need page — without member data.

Runs the same judgement as ``match_need`` (candidates in reach, the concept layer, the
decision rule, the revision chain's already-told members) and the same weekly throttle
count, and writes nothing: a need not embedded yet (its after-commit task has not run) is
embedded in memory when the backend is the local model, and otherwise the preview says to
come back in a moment (a page view never calls a hosted API).

What leaves this module: counts, what the need was read as (its activities and
requirements), one line per member who would be notified explaining why (the evidence:
shared activity, requirements met, corpus-relative similarity) and a count of those left
out by each requirement -- never a member id, token, location, distance or the text of
anyone's interests.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Count
from django.utils import timezone

from matching.models import Notification
from matching.services import WINDOW, judge_candidates, members_told_about_earlier_versions
from matching.texts import need_text
from needs.models import Need

MAX_LINES = 20


@dataclass(frozen=True)
class ReachPreview:
    reachable: int
    throttled: int
    reasons: list[str] = field(default_factory=list)
    note: str = ""
    understood: str = ""


def member_line(position: int, item) -> str:
    """One line per member: the evidence only (no id, no distance, no interests)."""
    return f"#{position}: {item.evidence}"


def reach_preview(need: Need, *, max_lines: int = MAX_LINES) -> ReachPreview:
    """Members an approval would notify now (``reachable``), those held back by the weekly
    throttle (``throttled``); ``reasons`` starts with how the need was read, then one line
    per reachable member (up to ``max_lines``) and the requirements that left others out."""
    from matching.embeddings import get_backend

    backend = get_backend()
    if need.embedding is None or need.embedding_model != backend.model_name:
        if settings.EMBEDDING_BACKEND != "local":
            return ReachPreview(0, 0, [], note="This need is not embedded yet; reload the "
                                                "page in a moment.")
        need.embedding = backend.embed([need_text(need)], kind="query")[0]  # not saved
        need.embedding_model = backend.model_name
    scored, concepts = judge_candidates(need)
    understood = f"Read as: {concepts.summary()}" if concepts is not None else ""
    excluded = members_told_about_earlier_versions(need)
    scored = [s for s in scored if str(s.member_id) not in excluded]
    ranked = [s for s in scored if s.notify]
    lacking = Counter(m for s in scored if not s.notify for m in s.missing)
    since = timezone.now() - WINDOW
    recent = dict(
        Notification.objects.filter(member_id__in=[s.member_id for s in ranked],
                                    created_at__gte=since)
        .values("member_id").annotate(n=Count("id")).values_list("member_id", "n")
    )
    recent = {str(k): v for k, v in recent.items()}
    limit = settings.MATCH_WEEKLY_LIMIT
    open_slots = [s for s in ranked if recent.get(str(s.member_id), 0) < limit]
    reachable = open_slots[: settings.MATCH_MAX_PER_NEED]
    lines = [understood] if understood else []
    lines += [member_line(i, s) for i, s in enumerate(reachable[:max_lines], start=1)]
    if len(reachable) > max_lines:
        lines.append(f"… and {len(reachable) - max_lines} more.")
    if lacking:
        lines.append("Left out for lacking: " + ", ".join(
            f"{what} ({n})" for what, n in lacking.most_common()))
    return ReachPreview(
        reachable=len(reachable),
        throttled=len(ranked) - len(open_slots),
        reasons=lines,
        understood=understood,
    )
