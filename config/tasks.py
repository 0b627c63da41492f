"""Project-level tasks: a heartbeat the health check and tests use to prove a worker runs."""

import logging

from celery import shared_task
from django.core.cache import cache
from django.utils import timezone

logger = logging.getLogger(__name__)


@shared_task(name="config.tasks.heartbeat")
def heartbeat() -> str:
    """Record that a worker (or beat) ran a task; idempotent."""
    now = timezone.now().isoformat()
    cache.set("celery:heartbeat", now, timeout=None)
    return now
