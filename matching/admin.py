"""Notifications in the admin: read-only, and nothing about the member beyond a masked id
(no token, no distance, no "why relevant" text — it quotes the member's interests)."""

from __future__ import annotations

import re

from django.contrib import admin

from matching.dashboard import install_dashboard
from matching.models import NeedProfile, Notification
from members.admin import StaffOnlyView, masked_member_id

_TOKEN = re.compile(r"Expo(nent)?PushToken\[[^\]]*\]|[A-Za-z0-9_\-:]{60,}")


def redact(text: str) -> str:
    """Push errors can quote the device token: keep them out of the page."""
    return _TOKEN.sub("[token]", text or "")


@admin.register(Notification)
class NotificationAdmin(StaffOnlyView, admin.ModelAdmin):
    list_display = ("pk", "need", "member_ref", "status", "receipt_status", "attempts",
                    "sent_at", "created_at")
    list_filter = ("status", ("need", admin.RelatedOnlyFieldListFilter), "receipt_status")
    list_select_related = ("need",)
    fields = ("need", "member_ref", "score", "status", "receipt_status", "push_ticket_id",
              "attempts", "error", "sent_at", "clicked_at", "created_at")
    readonly_fields = fields
    search_fields = ("need__title",)
    date_hierarchy = "created_at"
    actions = None

    def get_queryset(self, request):
        return super().get_queryset(request).defer(
            "why_relevant", "distance_km", "need__embedding", "need__description"
        )

    @admin.display(description="member")
    def member_ref(self, obj: Notification) -> str:
        return masked_member_id(obj.member_id)

    @admin.display(description="last error")
    def error(self, obj: Notification) -> str:
        return redact(obj.last_error)


install_dashboard(admin.site)


@admin.register(NeedProfile)
class NeedProfileAdmin(StaffOnlyView, admin.ModelAdmin):
    """What matching read from each need (activities, requirements, languages) and the
    version of the text its vector was made from.  Read-only."""

    list_display = ("need", "understood", "text_version", "updated_at")
    list_select_related = ("need",)
    fields = ("need", "understood", "text_version", "updated_at")
    readonly_fields = fields
    search_fields = ("need__title",)
    actions = None

    @admin.display(description="read as")
    def understood(self, obj: NeedProfile) -> str:
        from matching.concepts import Concepts

        return Concepts.from_json(obj.concepts).summary()
