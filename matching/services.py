"""Matching writes: choose who hears about an approved need, record it under the weekly
throttle, deliver pushes, read receipts.

The throttle (at most ``MATCH_WEEKLY_LIMIT`` notifications per member in any rolling 7
days) is enforced in the database: the candidate members' rows are locked
(``SELECT … FOR UPDATE``, in primary-key order so concurrent matchings never deadlock),
their recent notifications counted, and the new rows inserted in bulk — one transaction.
Two matchings touching one member serialise on that member's row, so nobody ever gets a
fourth notification.  The unique (need, member) constraint makes a re-run notify nobody
twice.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Count, Q
from django.utils import timezone

from authz import Actor, Capability
from matching import embedding_jobs
from matching.models import Notification
from matching.push import PushMessage, get_push_backend
from matching.relevance import Scored, score_candidates
from matching.selectors import candidate_members
from matching.texts import NEED_TEXT_VERSION
from members.models import Member
from needs.models import Need

logger = logging.getLogger(__name__)
WINDOW = timedelta(days=7)
DEVICE_NOT_REGISTERED = "DeviceNotRegistered"


@dataclass
class MatchResult:
    need_id: int
    candidates: int = 0
    relevant: int = 0
    throttled: int = 0
    notified: int = 0
    notification_ids: list[int] = field(default_factory=list)


def judge_candidates(need: Need) -> tuple[list[Scored], object]:
    """Every candidate in reach judged by ``matching.relevance`` (best first), and the
    need's concepts; no writes."""
    from matching.concepts import member_profile, need_profile, stored_member_concepts
    from matching.reference import get_reference

    if need.embedding is None:
        return [], None
    reference = get_reference()
    concepts = need_profile(title=need.title, description=need.description, kind=need.kind,
                            languages=need.languages, page_language=need.page_language,
                            vector=need.embedding, reference=reference)
    candidates = candidate_members(need, activities=list(concepts.activities))
    for cand in candidates:
        fields = {"interests": cand.interests, "language": cand.language,
                  "languages": cand.languages, "activities": cand.activities}
        cand.concepts = (stored_member_concepts(cand.inferred, **fields)
                         or member_profile(**fields, vector=cand.vector, reference=reference))
        cand.text_language = cand.concepts.text_language or cand.language
    language = concepts.text_language or need.page_language or "en"
    scored = score_candidates(candidates, need=concepts, need_vector=need.embedding,
                              need_language=language, reference=reference)
    return scored, concepts


def rank_members(need: Need, *, limit: int | None = None) -> list[Scored]:
    """The members the decision rule notifies for ``need``, best first (no writes)."""
    scored, _concepts = judge_candidates(need)
    return [s for s in scored if s.notify][: limit or settings.MATCH_MAX_PER_NEED]


def order_members(need: Need) -> list:
    """Every candidate's member id in the rule's order, notified or not (benchmarks)."""
    return [s.member_id for s in judge_candidates(need)[0]]


def needs_embedding(need: Need, model_name: str) -> bool:
    """No vector, another model's, or one made from an older need text."""
    if need.embedding is None or need.embedding_model != model_name:
        return True
    from matching.models import NeedProfile

    version = (NeedProfile.objects.filter(need_id=need.pk)
               .values_list("text_version", flat=True).first())
    return version is None or version < NEED_TEXT_VERSION


def members_told_about_earlier_versions(need: Need) -> set:
    """Members already told about an earlier version of this need (a revision chain)."""
    chain, current, seen = [], need.supersedes_id, set()
    while current and current not in seen:
        seen.add(current)
        chain.append(current)
        current = Need.objects.filter(pk=current).values_list("supersedes_id", flat=True).first()
    if not chain:
        return set()
    return {str(mid) for mid in Notification.objects.filter(need_id__in=chain)
            .values_list("member_id", flat=True)}


def match_need(*, need_id: int, actor: Actor) -> MatchResult:
    """Embed if needed, rank, throttle and record notifications for an active need."""
    actor.can(Capability.MANAGE_NEEDS).check()
    result = MatchResult(need_id=need_id)
    need = Need.objects.filter(pk=need_id, status=Need.Status.ACTIVE).first()
    if need is None:
        return result
    from matching.embeddings import get_backend

    if needs_embedding(need, get_backend().model_name):
        embedding_jobs.embed_rows("needs", [need.pk])
        need.refresh_from_db()
    ranked = rank_members(need, limit=settings.MATCH_MAX_PER_NEED * 3)
    result.candidates = len(ranked)
    excluded = members_told_about_earlier_versions(need)
    ranked = [s for s in ranked if str(s.member_id) not in excluded]
    result.relevant = len(ranked)
    created = record_notifications(need=need, ranked=ranked)
    result.notified = len(created)
    result.throttled = result.relevant - result.notified
    result.notification_ids = [n.pk for n in created]
    logger.info("need %s matched: %s candidates, %s notified, %s throttled or already told",
                need_id, result.candidates, result.notified, result.throttled)
    return result


def record_notifications(*, need: Need, ranked: list[Scored]) -> list[Notification]:
    """The throttle: lock members, count, insert in bulk — one transaction."""
    if not ranked:
        return []
    limit = settings.MATCH_WEEKLY_LIMIT
    now = timezone.now()
    with transaction.atomic():
        ids = sorted({str(s.member_id) for s in ranked})
        locked = {
            str(pk) for pk in Member.objects.select_for_update().filter(pk__in=ids, active=True)
            .order_by("pk").values_list("pk", flat=True)
        }
        recent = {
            str(mid): n for mid, n in
            Notification.objects.filter(member_id__in=locked, created_at__gte=now - WINDOW)
            .values("member_id").annotate(n=Count("id")).values_list("member_id", "n")
        }
        told = {str(mid) for mid in Notification.objects.filter(need=need, member_id__in=locked)
                .values_list("member_id", flat=True)}
        rows = []
        for item in ranked:
            mid = str(item.member_id)
            if mid not in locked or mid in told or recent.get(mid, 0) >= limit:
                continue
            rows.append(Notification(
                need=need, member_id=mid, score=item.candidate.similarity,
                distance_km=item.candidate.distance_km, why_relevant=item.why[:1000],
            ))
            told.add(mid)
            if len(rows) >= settings.MATCH_MAX_PER_NEED:
                break
        Notification.objects.bulk_create(rows, ignore_conflicts=True)
        created = list(Notification.objects.filter(
            need=need, member_id__in=[r.member_id for r in rows], created_at__gte=now))
    return created


# --- delivery -------------------------------------------------------------------------------

@dataclass
class DeliveryResult:
    sent: int = 0
    failed: int = 0
    dead: int = 0


def _message(notification: Notification) -> PushMessage:
    need = notification.need
    body = need.tldr or need.description[:150]
    return PushMessage(
        to=notification.member.push_token,
        title=f"{need.organization.name}: {need.title}"[:120],
        body=f"{body} — {notification.why_relevant}"[:300],
        data={"needId": need.pk, "notificationId": notification.pk},
    )


def deliver_notifications(*, actor: Actor, need_id: int | None = None,
                          limit: int = 1000) -> DeliveryResult:
    """Push pending (and retryable failed) notifications; every outcome is recorded on the
    row, so a delivery failure never loses a notification.

    Three steps, so no database transaction or row lock is held during HTTP calls:
    claim the rows (``sending``, attempt counted, committed), send, record the tickets.
    A row left ``sending`` by a worker that died mid-send is claimed again after
    ``PUSH_SENDING_STALE`` (that member may then get the push twice: the price of never
    losing one).
    """
    actor.can(Capability.MANAGE_NEEDS).check()
    result = DeliveryResult()
    now = timezone.now()
    Status = Notification.Status
    with transaction.atomic():
        qs = (Notification.objects.select_for_update(skip_locked=True, of=("self",))
              .select_related("need__organization", "member")
              .filter(Q(status__in=[Status.PENDING, Status.FAILED])
                      | Q(status=Status.SENDING,
                          attempted_at__lt=now - settings.PUSH_SENDING_STALE))
              .filter(attempts__lt=settings.NOTIFICATION_MAX_ATTEMPTS))
        if need_id is not None:
            qs = qs.filter(need_id=need_id)
        batch = list(qs.order_by("created_at")[:limit])
        for notification in batch:
            notification.status = Status.SENDING
            notification.attempts += 1
            notification.attempted_at = now
        Notification.objects.bulk_update(batch, ["status", "attempts", "attempted_at"])
    if not batch:
        return result
    tickets = get_push_backend().send([_message(n) for n in batch])
    sent_at = timezone.now()
    dead_members = []
    for notification, ticket in zip(batch, tickets, strict=True):
        if ticket.ok:
            notification.status = Status.SENT
            notification.push_ticket_id = ticket.id or ""
            notification.sent_at = sent_at
            notification.last_error = ""
            result.sent += 1
        elif ticket.permanent or notification.attempts >= settings.NOTIFICATION_MAX_ATTEMPTS:
            notification.status = Status.DEAD
            notification.last_error = (ticket.error or "error")[:300]
            result.dead += 1
            if ticket.error == DEVICE_NOT_REGISTERED:
                dead_members.append(notification.member_id)
        else:
            notification.status = Status.FAILED
            notification.last_error = f"{ticket.error}: {ticket.message or ''}"[:300]
            result.failed += 1
    with transaction.atomic():
        Notification.objects.bulk_update(
            batch, ["status", "push_ticket_id", "sent_at", "last_error"])
        if dead_members:
            Member.objects.filter(pk__in=dead_members).update(active=False)
    return result


def check_receipts(*, actor: Actor, older_than: timedelta | None = None,
                   limit: int = 1000) -> int:
    """Read push receipts for sent notifications; retire tokens reported
    ``DeviceNotRegistered``.  Returns how many receipts were recorded."""
    actor.can(Capability.MANAGE_NEEDS).check()
    cutoff = timezone.now() - (older_than if older_than is not None
                               else settings.PUSH_RECEIPT_DELAY)
    batch = list(Notification.objects.filter(
        status=Notification.Status.SENT, receipt_status="", sent_at__lte=cutoff,
    ).exclude(push_ticket_id="").order_by("sent_at")[:limit])
    if not batch:
        return 0
    receipts = get_push_backend().get_receipts([n.push_ticket_id for n in batch])
    recorded = 0
    dead_members = []
    with transaction.atomic():
        for notification in batch:
            receipt = receipts.get(notification.push_ticket_id)
            if receipt is None:
                continue  # not ready yet: ask again later
            recorded += 1
            if receipt.ok:
                notification.receipt_status = "ok"
                notification.status = Notification.Status.DELIVERED
            else:
                notification.receipt_status = (receipt.error or "error")[:40]
                notification.status = Notification.Status.DEAD
                if receipt.error == DEVICE_NOT_REGISTERED:
                    dead_members.append(notification.member_id)
        Notification.objects.bulk_update(batch, ["receipt_status", "status"])
        if dead_members:
            Member.objects.filter(pk__in=dead_members).update(active=False)
    return recorded
