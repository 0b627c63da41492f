"""The sweeper: beat runs it every ``OUTBOX_SWEEP_SECONDS``."""

from __future__ import annotations

from celery import shared_task


@shared_task(name="outbox.sweep")
def sweep_outbox() -> int:
    """Hand over pending background work whose first hand-over failed or never finished.

    Idempotent: messages are claimed (row lock, then a new due time) before sending.
    """
    from authz.outbox.services import sweep

    return sweep()
