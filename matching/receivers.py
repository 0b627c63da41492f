"""How matching reacts to the other apps (they never import matching)."""

from __future__ import annotations

import threading
from collections import defaultdict

from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver

from members.signals import member_profile_changed
from needs.models import Need
from needs.signals import need_approved
from organizations.models import Organization

NEED_TEXT_FIELDS = {"title", "tldr", "description"}
ORG_TEXT_FIELDS = {"name", "summary", "description"}


@receiver(need_approved, dispatch_uid="matching.need_approved")
def on_need_approved(sender, need_id, superseded_id=None, **kwargs):
    from matching.tasks import match_need_task

    match_need_task.delay(need_id)  # already after commit (needs sends it on_commit)


@receiver(member_profile_changed, dispatch_uid="matching.member_profile_changed")
def on_member_profile_changed(sender, member_id, **kwargs):
    from matching.tasks import embed_rows_task

    embed_rows_task.delay("members", [str(member_id)])


def _text_changed(update_fields, text_fields) -> bool:
    return update_fields is None or bool(set(update_fields) & text_fields)


_pending = threading.local()


def _embed_after_commit(kind: str, pk) -> None:
    """Collect the rows a transaction changed and embed them in one task per kind after
    it commits (a crawl or an import saves many rows; one task per row would load the
    model and round-trip the broker for each).  A rolled-back transaction's rows are
    simply not found by the task."""
    batch = getattr(_pending, "batch", None)
    if batch is None:
        batch = _pending.batch = defaultdict(set)
    batch[kind].add(pk)
    transaction.on_commit(_flush)


def _flush() -> None:
    batch, _pending.batch = getattr(_pending, "batch", None), None
    if not batch:
        return
    from matching.tasks import embed_rows_task

    for kind, ids in batch.items():
        embed_rows_task.delay(kind, sorted(ids, key=str))


@receiver(post_save, sender=Need, dispatch_uid="matching.embed_need")
def on_need_saved(sender, instance, created, update_fields=None, **kwargs):
    if created or _text_changed(update_fields, NEED_TEXT_FIELDS):
        _embed_after_commit("needs", instance.pk)


@receiver(post_save, sender=Organization, dispatch_uid="matching.embed_organization")
def on_organization_saved(sender, instance, created, update_fields=None, **kwargs):
    if created or _text_changed(update_fields, ORG_TEXT_FIELDS):
        _embed_after_commit("organizations", instance.pk)
