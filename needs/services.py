"""Need writes: moderation, staff entry.  Each takes the acting ``actor`` and checks it.

Zulip's pattern: the row a change depends on is locked (``select_for_update``) for the
whole transaction.  Side effects (matching) are *recorded* in that same transaction, by
the receivers of the ``need_approved`` signal (matching writes an outbox row), and run
only after commit: a broker that is down then loses nothing (docs/reliability.md).
"""

from __future__ import annotations

import logging
from typing import Any

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from authz import Actor, Capability
from needs.hashing import content_hash
from needs.models import Need
from needs.signals import need_approved
from needs.validation import need_fields, validate_need_data
from organizations.models import Organization

logger = logging.getLogger(__name__)
Status = Need.Status
REASON_MAX = 1000


def _moderator(actor: Actor):
    return actor.user if actor.is_staff else None


def _locked(need: Need | int) -> Need:
    pk = need.pk if isinstance(need, Need) else need
    try:
        return Need.objects.select_for_update().get(pk=pk)
    except Need.DoesNotExist as exc:
        raise ValidationError({"need": ValidationError("No such need.", code="not_found")}) from exc


def _require_status(need: Need, *allowed: str, action: str) -> None:
    if need.status not in allowed:
        raise ValidationError(
            {"status": ValidationError(
                f"Cannot {action} a need that is {need.get_status_display().lower()}.",
                code="invalid")}
        )


def _send_approved(need: Need, superseded_id: int | None) -> None:
    """Inside the approving transaction: receivers record follow-up work atomically with
    the approval (and must not do I/O; see needs.signals)."""
    need_approved.send(sender=Need, need_id=need.pk, superseded_id=superseded_id)


def approve_need(*, need: Need | int, actor: Actor) -> Need:
    """pending -> active.  A revision replaces the active need it supersedes (which is
    expired) in the same transaction."""
    actor.can(Capability.MANAGE_NEEDS).check()
    with transaction.atomic():
        need = _locked(need)
        _require_status(need, Status.PENDING, action="approve")
        superseded_id = None
        if need.supersedes_id:
            old = Need.objects.select_for_update().filter(pk=need.supersedes_id).first()
            if old is not None and old.status == Status.ACTIVE:
                old.status = Status.EXPIRED
                old.moderated_by = _moderator(actor)
                old.moderated_at = timezone.now()
                old.moderation_reason = f"Replaced by revision #{need.pk}."
                old.save(update_fields=["status", "moderated_by", "moderated_at",
                                        "moderation_reason", "updated_at"])
                superseded_id = old.pk
        need.status = Status.ACTIVE
        need.moderated_by = _moderator(actor)
        need.moderated_at = timezone.now()
        need.moderation_reason = ""
        need.save(update_fields=["status", "moderated_by", "moderated_at",
                                 "moderation_reason", "updated_at"])
        # A moderator approving its need vouches for an organization the public named.
        Organization.objects.filter(pk=need.organization_id, listed=False).update(listed=True)
        _send_approved(need, superseded_id)
    logger.info("need %s approved by %s", need.pk, actor.describe())
    return need


def edit_and_approve_need(*, need: Need | int, changes: dict[str, Any], actor: Actor) -> Need:
    """Apply staff edits (validated like the API) and approve in one transaction."""
    actor.can(Capability.MANAGE_NEEDS).check()
    with transaction.atomic():
        locked = _locked(need)
        _require_status(locked, Status.PENDING, action="approve")
        _apply_content(locked, changes)
        try:
            with transaction.atomic():
                locked.save()
        except IntegrityError as exc:
            raise ValidationError({"title": ValidationError(
                "After these edits the need is identical to another pending or active need "
                "(the one it would replace, perhaps); reject it instead.", code="duplicate")}
            ) from exc
        return approve_need(need=locked, actor=actor)


def _apply_content(need: Need, changes: dict[str, Any]) -> None:
    current = {f: getattr(need, f) for f in (
        "title", "description", "tldr", "contact_email", "contact_phone", "contact_url",
        "urgency", "location_name", "latitude", "longitude", "kind", "languages",
        "page_language")}
    current.update({k: v for k, v in changes.items() if k in current})
    clean = validate_need_data(current)
    for field, value in need_fields(clean).items():
        setattr(need, field, value)
    need.content_hash = content_hash(
        title=need.title, description=need.description, organization_id=need.organization_id
    )


def reject_need(*, need: Need | int, reason: str, actor: Actor) -> Need:
    actor.can(Capability.MANAGE_NEEDS).check()
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": ValidationError("Give a reason for rejecting.",
                                                         code="required")})
    if len(reason) > REASON_MAX:
        raise ValidationError({"reason": ValidationError(
            f"Keep the reason under {REASON_MAX} characters.", code="too_long")})
    with transaction.atomic():
        need = _locked(need)
        _require_status(need, Status.PENDING, action="reject")
        need.status = Status.REJECTED
        need.moderated_by = _moderator(actor)
        need.moderated_at = timezone.now()
        need.moderation_reason = reason
        need.save(update_fields=["status", "moderated_by", "moderated_at",
                                 "moderation_reason", "updated_at"])
    logger.info("need %s rejected by %s", need.pk, actor.describe())
    return need


def mark_need_filled(*, need: Need | int, actor: Actor) -> Need:
    actor.can(Capability.MANAGE_NEEDS).check()
    with transaction.atomic():
        need = _locked(need)
        _require_status(need, Status.ACTIVE, action="mark filled")
        need.status = Status.FILLED
        need.moderated_by = _moderator(actor)
        need.moderated_at = timezone.now()
        need.save(update_fields=["status", "moderated_by", "moderated_at", "updated_at"])
    return need


def expire_need(*, need: Need | int, actor: Actor, reason: str = "") -> Need:
    actor.can(Capability.MANAGE_NEEDS).check()
    with transaction.atomic():
        need = _locked(need)
        _require_status(need, Status.PENDING, Status.ACTIVE, action="expire")
        need.status = Status.EXPIRED
        need.moderated_by = _moderator(actor)
        need.moderated_at = timezone.now()
        need.moderation_reason = (reason or "").strip()[:REASON_MAX]
        need.save(update_fields=["status", "moderated_by", "moderated_at",
                                 "moderation_reason", "updated_at"])
    return need


def create_need(
    *, organization: Organization | int, data: dict[str, Any], actor: Actor,
    submission_type: str = Need.SubmissionType.ADMIN,
) -> Need:
    """Staff enter a need by hand (pending; it is moderated like any other)."""
    actor.can(Capability.MANAGE_NEEDS).check()
    org_id = organization.pk if isinstance(organization, Organization) else organization
    if not Organization.objects.filter(pk=org_id).exists():
        raise ValidationError({"organization": ValidationError("No such organization.",
                                                               code="not_found")})
    clean = validate_need_data(data)
    need = Need(organization_id=org_id, submission_type=submission_type, **need_fields(clean))
    need.content_hash = content_hash(title=need.title, description=need.description,
                                     organization_id=org_id)
    try:
        with transaction.atomic():
            need.save()
    except IntegrityError as exc:
        raise ValidationError({"title": ValidationError(
            "A pending or active need with the same content exists.", code="duplicate")}
        ) from exc
    return need
