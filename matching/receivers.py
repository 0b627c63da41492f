"""How matching reacts to the other apps (they never import matching).

Every reaction is *recorded* in the transaction of the change that causes it — an outbox
row (``authz.outbox``) — and sent to the broker after the commit.  A broker that is
down at that moment loses nothing (the outbox sweeper sends it later) and never fails
the change itself.
"""

from __future__ import annotations

import threading

from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver

from authz.outbox.models import OutboxMessage
from authz.outbox.services import enqueue, publish
from members.signals import member_profile_changed
from needs.models import Need
from needs.signals import need_approved
from organizations.models import Organization

NEED_TEXT_FIELDS = {"title", "tldr", "description"}
ORG_TEXT_FIELDS = {"name", "summary", "description"}
EMBED_TASK = "matching.embed_rows"


@receiver(need_approved, dispatch_uid="matching.need_approved")
def on_need_approved(sender, need_id, superseded_id=None, **kwargs):
    from matching.tasks import match_need_task

    enqueue(match_need_task, need_id)  # in the approving transaction; sent after commit


@receiver(member_profile_changed, dispatch_uid="matching.member_profile_changed")
def on_member_profile_changed(sender, member_id, **kwargs):
    _embed_after_commit("members", str(member_id))


def _text_changed(update_fields, text_fields) -> bool:
    return update_fields is None or bool(set(update_fields) & text_fields)


_pending = threading.local()


def _embed_after_commit(kind: str, pk) -> None:
    """Record that a row needs (re-)embedding, one outbox message per kind and transaction.

    A crawl or an import saves many rows; one task per row would load the model and
    round-trip the broker for each.  The first row of a kind in a transaction creates the
    message; later rows add their id to it (one UPDATE each).  If the message is gone —
    the transaction that created it rolled back — or already sent (autocommit), a new
    one starts.  A rolled-back row's id that stays in a batch is simply not found by the
    task.
    """
    batches = getattr(_pending, "batches", None)
    if batches is None:
        batches = _pending.batches = {}
    batch = batches.get(kind)
    if batch is not None:
        message_pk, ids = batch
        ids.add(pk)
        updated = OutboxMessage.objects.filter(
            pk=message_pk, published_at__isnull=True, done_at__isnull=True
        ).update(args=[kind, sorted(ids, key=str)])
        if updated:
            return
    message = OutboxMessage.objects.create(
        task=EMBED_TASK, args=[kind, [pk]],
        available_at=_later(),
    )
    batches[kind] = (message.pk, {pk})
    message_pk = message.pk
    transaction.on_commit(lambda: _flush(kind, message_pk))


def _later():
    from django.conf import settings
    from django.utils import timezone

    return timezone.now() + settings.OUTBOX_RETRY_AFTER


def _flush(kind: str, message_pk: int) -> None:
    batches = getattr(_pending, "batches", None) or {}
    if batches.get(kind, (None,))[0] == message_pk:
        del batches[kind]
    publish([message_pk])


@receiver(post_save, sender=Need, dispatch_uid="matching.embed_need")
def on_need_saved(sender, instance, created, update_fields=None, **kwargs):
    if created or _text_changed(update_fields, NEED_TEXT_FIELDS):
        _embed_after_commit("needs", instance.pk)


@receiver(post_save, sender=Organization, dispatch_uid="matching.embed_organization")
def on_organization_saved(sender, instance, created, update_fields=None, **kwargs):
    if created or _text_changed(update_fields, ORG_TEXT_FIELDS):
        _embed_after_commit("organizations", instance.pk)
