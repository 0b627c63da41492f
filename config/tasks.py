"""Project-level tasks and the helper that enqueues a task once a transaction commits.

``heartbeat`` lets the health check and tests see that a worker (or beat) runs.  ``probe``
and ``probe_row`` are diagnostics: the worker tests (and an operator with a shell) use them
to show delivery, redelivery after a lost worker, warm shutdown, and that a worker sees
the committed rows of the same database as the web process.  Their records live in the
Django cache (Redis when ``REDIS_URL`` is set, shared by web and workers) for an hour.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import Any

from celery import Task, shared_task
from django.apps import apps
from django.core.cache import cache
from django.db import connection
from django.utils import timezone

logger = logging.getLogger(__name__)

PROBE_PREFIX = "celery:probe:"
PROBE_TTL_SECONDS = 3600


def enqueue_on_commit(task: Task, *args: Any, **kwargs: Any) -> None:
    """Record ``task`` with these arguments in the current transaction and send it once
    that transaction commits (through the outbox: ``authz.outbox.services.enqueue``).

    A task sent inside a transaction can reach a worker before the commit (and miss the
    rows it needs) or run for work that is then rolled back; sending on commit avoids
    both, and recording it first means a broker that is down at that moment loses
    nothing (the outbox sweeper sends it later).  Outside a transaction (autocommit) the
    task is recorded and sent at once.
    """
    from authz.outbox.services import enqueue

    enqueue(task, *args, **kwargs)


@shared_task(name="config.tasks.heartbeat")
def heartbeat() -> str:
    """Record that a worker (or beat) ran a task; idempotent."""
    now = timezone.now().isoformat()
    cache.set("celery:heartbeat", now, timeout=None)
    return now


@dataclass(frozen=True)
class ProbeState:
    """What ``probe`` recorded for one key: deliveries started and runs completed."""

    started: int
    completed: int


def _incr(key: str) -> int:
    # add() then incr() is atomic on Redis: two workers never lose a count.
    cache.add(key, 0, timeout=PROBE_TTL_SECONDS)
    return cache.incr(key)


def probe_state(key: str) -> ProbeState:
    """Read what ``probe(key)`` recorded so far (zeros when it never ran)."""
    return ProbeState(
        started=int(cache.get(f"{PROBE_PREFIX}{key}:started", 0)),
        completed=int(cache.get(f"{PROBE_PREFIX}{key}:completed", 0)),
    )


@shared_task(name="config.tasks.probe")
def probe(key: str, seconds: float = 0) -> int:
    """Count a start, sleep ``seconds``, count a completion.

    Safe to run again (it has no other effect); the counters show how often a message was
    delivered and how often a run finished, which is what shutdown and redelivery checks
    need.  Returns the completion count.
    """
    _incr(f"{PROBE_PREFIX}{key}:started")
    if seconds:
        time.sleep(seconds)
    return _incr(f"{PROBE_PREFIX}{key}:completed")


def probe_row_seen(key: str) -> dict[str, Any] | None:
    """Read what ``probe_row(key, ...)`` saw, or None when it has not run."""
    return cache.get(f"{PROBE_PREFIX}{key}:row")


@shared_task(name="config.tasks.probe_row")
def probe_row(key: str, model: str, pk: int) -> dict[str, Any]:
    """Record whether the row ``model`` (``app_label.Model``) ``pk`` is visible here.

    Also records the database name the worker is connected to, so a caller can tell that
    the worker reads the same database it wrote to.  Idempotent: it only reads the row.
    """
    found = apps.get_model(model)._default_manager.filter(pk=pk).exists()
    seen = {"model": model, "pk": pk, "found": found, "database": connection.settings_dict["NAME"]}
    cache.set(f"{PROBE_PREFIX}{key}:row", seen, timeout=PROBE_TTL_SECONDS)
    return seen
