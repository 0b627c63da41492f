"""Notifications: one row per (need, member), the unit of the weekly throttle."""

from __future__ import annotations

from django.db import models

from members.models import Member
from needs.models import Need


class Notification(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", "Waiting to be sent"
        SENDING = "sending", "Being sent"
        SENT = "sent", "Sent (ticket received)"
        DELIVERED = "delivered", "Delivered"
        FAILED = "failed", "Failed, will retry"
        DEAD = "dead", "Failed permanently"

    need = models.ForeignKey(Need, on_delete=models.CASCADE, related_name="notifications")
    member = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="notifications")
    score = models.FloatField()
    distance_km = models.FloatField(null=True, blank=True)
    why_relevant = models.TextField(blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    push_ticket_id = models.CharField(max_length=100, blank=True)
    receipt_status = models.CharField(max_length=40, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    attempted_at = models.DateTimeField(null=True, blank=True)
    last_error = models.CharField(max_length=300, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    clicked_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["need", "member"], name="notification_unique_need_member"
            ),
        ]
        indexes = [
            # The throttle counts a member's notifications in the last 7 days.
            models.Index(fields=["member", "created_at"], name="notification_throttle_idx"),
            models.Index(fields=["status", "created_at"], name="notification_status_idx"),
        ]

    def __str__(self) -> str:
        return f"notification {self.pk} ({self.status})"


class NeedProfile(models.Model):
    """What matching read from a need (its row in ``needs`` belongs to another app):
    activities, requirements and languages, and the version of the text its embedding
    was made from (``matching.texts.NEED_TEXT_VERSION``; an older one is re-embedded)."""

    need = models.OneToOneField(Need, on_delete=models.CASCADE, primary_key=True,
                                related_name="matching_profile")
    text_version = models.PositiveSmallIntegerField(default=0)
    concepts = models.JSONField(default=dict, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"matching profile of need {self.need_id}"
