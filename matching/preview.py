"""How far an approval would reach, for the moderator's need page — without member data.

Runs the same ranking as ``match_need`` (candidates, relevance, the revision chain's
already-told members) and the same weekly throttle count, and writes nothing: a need
not embedded yet (its after-commit task has not run) is embedded in memory when the
backend is the local model, and otherwise the preview says to come back in a moment (a
page view never calls a hosted API).  Only counts and de-duplicated explanation
fragments ("You mentioned food, driving") leave this module: never a member id, token,
location or the text of anyone's interests.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Count
from django.utils import timezone

from matching.models import Notification
from matching.services import WINDOW, members_told_about_earlier_versions, rank_members
from matching.texts import need_text
from needs.models import Need

MAX_REASONS = 5


@dataclass(frozen=True)
class ReachPreview:
    reachable: int
    throttled: int
    reasons: list[str] = field(default_factory=list)
    note: str = ""


def _reason(why: str) -> str:
    """The shared-terms clause only: rank and distance say something about one member."""
    return why.split(";", 1)[0].strip().rstrip(".")


def reach_preview(need: Need, *, max_reasons: int = MAX_REASONS) -> ReachPreview:
    """Members an approval would notify now (``reachable``), those held back by the weekly
    throttle (``throttled``), and the most common reasons among the reachable."""
    from matching.embeddings import get_backend

    backend = get_backend()
    if need.embedding is None or need.embedding_model != backend.model_name:
        if settings.EMBEDDING_BACKEND != "local":
            return ReachPreview(0, 0, [], note="This need is not embedded yet; reload the "
                                                "page in a moment.")
        need.embedding = backend.embed([need_text(need)], kind="query")[0]  # not saved
        need.embedding_model = backend.model_name
    ranked = rank_members(need, limit=settings.MATCH_MAX_PER_NEED * 3)
    excluded = members_told_about_earlier_versions(need)
    ranked = [s for s in ranked if str(s.member_id) not in excluded]
    if not ranked:
        return ReachPreview(0, 0, [])
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
    reasons = Counter(_reason(s.why) for s in reachable if s.why)
    return ReachPreview(
        reachable=len(reachable),
        throttled=len(ranked) - len(open_slots),
        reasons=[r for r, _ in reasons.most_common(max_reasons)],
    )
