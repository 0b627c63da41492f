"""One row per background task a change asked for, written in the change's transaction."""

from __future__ import annotations

from django.db import models
from django.db.models import Q
from django.utils import timezone


class OutboxMessage(models.Model):
    """A Celery task to run (by name, with JSON arguments) because a change committed.

    Pending while ``done_at`` is null.  ``available_at`` is when the sweeper may hand it
    to the broker (again); ``attempts`` counts how often it was handed over.
    """

    task = models.CharField(max_length=200)
    args = models.JSONField(default=list, blank=True)
    kwargs = models.JSONField(default=dict, blank=True)
    # At most one pending message per key (e.g. "scrape:source:12"); blank: no limit.
    key = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    available_at = models.DateTimeField(default=timezone.now)
    published_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveIntegerField(default=0)
    done_at = models.DateTimeField(null=True, blank=True)
    last_error = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [
            # The sweeper's query: pending messages that are due.
            models.Index(fields=["available_at"], condition=Q(done_at__isnull=True),
                         name="outbox_pending_due_idx"),
            models.Index(fields=["key"], condition=Q(done_at__isnull=True) & ~Q(key=""),
                         name="outbox_pending_key_idx"),
            models.Index(fields=["done_at"], condition=Q(done_at__isnull=False),
                         name="outbox_done_idx"),
        ]

    def __str__(self) -> str:
        state = "done" if self.done_at else f"pending ({self.attempts} sent)"
        return f"{self.task} #{self.pk} {state}"
