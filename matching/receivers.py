"""How matching reacts to the other apps (they never import matching)."""

from __future__ import annotations

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


@receiver(post_save, sender=Need, dispatch_uid="matching.embed_need")
def on_need_saved(sender, instance, created, update_fields=None, **kwargs):
    if created or _text_changed(update_fields, NEED_TEXT_FIELDS):
        from matching.tasks import embed_rows_task

        pk = instance.pk
        transaction.on_commit(lambda: embed_rows_task.delay("needs", [pk]))


@receiver(post_save, sender=Organization, dispatch_uid="matching.embed_organization")
def on_organization_saved(sender, instance, created, update_fields=None, **kwargs):
    if created or _text_changed(update_fields, ORG_TEXT_FIELDS):
        from matching.tasks import embed_rows_task

        pk = instance.pk
        transaction.on_commit(lambda: embed_rows_task.delay("organizations", [pk]))
