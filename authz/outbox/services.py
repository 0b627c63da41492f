"""A transactional outbox for Celery tasks.

``enqueue(task, *args)`` writes an :class:`OutboxMessage` row **in the caller's
transaction** — the same transaction as the change that asks for the work (an approval,
a profile change, a crawl) — and hands the task to the broker once that transaction
commits.  If the broker cannot take it then (Redis down, a network blip), nothing is
lost and nothing reaches the caller: the row stays pending and the beat task
``outbox.sweep`` hands it over again when the broker is back.  If the transaction rolls
back, the row is gone with it and nothing is sent.

Every task sent from the outbox carries the message in its Celery task id
(``outbox-<id>-<attempt>``); when the task succeeds the row is marked done
(``authz.outbox.receivers``).  A message handed over but not done after
``OUTBOX_RETRY_AFTER`` (the worker died, the task failed) is handed over again, up to
``OUTBOX_MAX_ATTEMPTS`` times, with a growing delay after failures.  So a task may run
more than once: **every task sent through the outbox must be idempotent** — matching
(the unique need-member pair), embedding (overwrites the vector), delivery (rows are
claimed before sending), scraping (advisory lock, content hashes) all are.

This module never raises because of the broker: a failed hand-over is logged and left to
the sweeper.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Iterable
from datetime import timedelta
from typing import Any

from celery import Task
from django.conf import settings
from django.db import transaction
from django.utils import timezone

from authz.outbox.models import OutboxMessage

logger = logging.getLogger(__name__)

TASK_ID_PREFIX = "outbox-"


def _name(task: Task | str) -> str:
    return task if isinstance(task, str) else task.name


def enqueue(task: Task | str, *args: Any, key: str = "", **kwargs: Any) -> OutboxMessage | None:
    """Record ``task(*args, **kwargs)`` in the current transaction; send it after commit.

    Outside a transaction (autocommit) the row is written and the task sent at once.
    With ``key``, nothing is recorded while a message with the same key is pending and
    not given up (and None is returned).  Arguments must be JSON-serialisable (as Celery's are).
    """
    if key and OutboxMessage.objects.filter(
            key=key, done_at__isnull=True, attempts__lt=settings.OUTBOX_MAX_ATTEMPTS).exists():
        return None
    now = timezone.now()
    message = OutboxMessage.objects.create(
        task=_name(task), args=list(args), kwargs=kwargs, key=key, created_at=now,
        # The commit hook sends it at once; the sweeper steps in only if that fails.
        available_at=now + settings.OUTBOX_RETRY_AFTER,
    )
    pk = message.pk
    transaction.on_commit(lambda: publish([pk]))
    return message


def task_id(message: OutboxMessage, attempt: int) -> str:
    return f"{TASK_ID_PREFIX}{message.pk}-{attempt}"


def message_id(celery_task_id: str | None) -> int | None:
    """The outbox message a Celery task id belongs to, or None."""
    if not celery_task_id or not celery_task_id.startswith(TASK_ID_PREFIX):
        return None
    try:
        return int(celery_task_id[len(TASK_ID_PREFIX):].split("-", 1)[0])
    except ValueError:
        return None


def publish(ids: Iterable[int]) -> int:
    """Hand these pending messages to the broker; how many were handed over.  Never
    raises: a message the broker did not take stays pending for the sweeper."""
    sent = 0
    try:
        messages = list(OutboxMessage.objects.filter(pk__in=list(ids), done_at__isnull=True))
    except Exception:  # noqa: BLE001 - after a commit, nothing may fail the caller
        logger.warning("outbox: could not read messages to send; the sweeper will",
                       exc_info=True)
        return 0
    for message in messages:
        sent += _send(message)
    return sent


#: One immediate retry re-opens a pooled broker connection that went stale (Redis
#: restarted); a broker that is down fails both at once and the sweeper takes over.
RETRY_POLICY = {"max_retries": 1, "interval_start": 0, "interval_step": 0, "interval_max": 0}


def _send(message: OutboxMessage) -> bool:
    # The process's Celery app (config.celery sets it as current); authz imports no app.
    from celery import current_app as app

    attempt = message.attempts + 1
    options = {"task_id": task_id(message, attempt), "retry": True,
               "retry_policy": RETRY_POLICY}
    try:
        task = app.tasks.get(message.task)
        if task is None:  # the app's task modules are imported lazily (web processes)
            app.loader.import_default_modules()
            task = app.tasks.get(message.task)
        if task is not None:
            task.apply_async(args=message.args, kwargs=message.kwargs, **options)
        else:  # a task this process does not import: send by name
            app.send_task(message.task, args=message.args, kwargs=message.kwargs, **options)
    except Exception as exc:  # noqa: BLE001 - broker down, or an eager task that failed
        now = timezone.now()
        if app.conf.task_always_eager:
            # No broker: the task ran here and raised (eager tasks re-raise before Celery
            # sends task_failure).  It counts as an attempt, tried again after a delay.
            logger.warning("outbox: %s #%s failed (%s) at\n%s", message.task, message.pk,
                           type(exc).__name__, "".join(traceback.format_tb(exc.__traceback__)))
            _update(message.pk, attempts=attempt, published_at=now)
            mark_failed(message.pk, exc)
            return False
        logger.warning("outbox: %s #%s not sent (%s); the sweeper will try again",
                       message.task, message.pk, type(exc).__name__)
        _update(message.pk, last_error=f"not sent: {type(exc).__name__}"[:300],
                available_at=now)
        return False
    now = timezone.now()
    _update(message.pk, attempts=attempt, published_at=now,
            available_at=now + settings.OUTBOX_RETRY_AFTER)
    return True


def _update(pk: int, **fields: Any) -> None:
    try:
        OutboxMessage.objects.filter(pk=pk).update(**fields)
    except Exception:  # noqa: BLE001 - the database may be the thing that is down
        logger.warning("outbox: could not record the state of #%s", pk, exc_info=True)


def sweep(*, limit: int = 500) -> int:
    """Hand over every pending message that is due (never sent, not sent successfully,
    or sent long ago and still not done); purge old done rows.  How many were sent."""
    now = timezone.now()
    with transaction.atomic():
        batch = list(
            OutboxMessage.objects.select_for_update(skip_locked=True)
            .filter(done_at__isnull=True, available_at__lte=now,
                    attempts__lt=settings.OUTBOX_MAX_ATTEMPTS)
            .order_by("available_at", "pk")[:limit]
        )
        # Claimed: a concurrent sweep skips them now, and again until RETRY_AFTER.
        OutboxMessage.objects.filter(pk__in=[m.pk for m in batch]).update(
            available_at=now + settings.OUTBOX_RETRY_AFTER)
    sent = sum(_send(message) for message in batch)
    if batch:
        logger.info("outbox sweep: %s of %s due message(s) sent", sent, len(batch))
    OutboxMessage.objects.filter(done_at__lt=now - settings.OUTBOX_KEEP_DONE).delete()
    return sent


def mark_done(pk: int) -> None:
    _update(pk, done_at=timezone.now(), last_error="")


def mark_failed(pk: int, error: BaseException) -> None:
    """The task raised: try again after a delay that doubles with each attempt."""
    try:
        attempts = (OutboxMessage.objects.filter(pk=pk).values_list("attempts", flat=True)
                    .first()) or 1
    except Exception:  # noqa: BLE001
        attempts = 1
    delay = min(settings.OUTBOX_RETRY_BASE * 2 ** max(attempts - 1, 0),
                timedelta(hours=1))
    _update(pk, last_error=f"failed: {type(error).__name__}"[:300],
            available_at=timezone.now() + delay)


def pending() -> dict[str, Any]:
    """Figures for operators: pending messages and the age of the oldest."""
    qs = OutboxMessage.objects.filter(done_at__isnull=True)
    oldest = qs.order_by("created_at").values_list("created_at", flat=True).first()
    return {
        "pending": qs.count(),
        "gave_up": qs.filter(attempts__gte=settings.OUTBOX_MAX_ATTEMPTS).count(),
        "oldest_seconds": round((timezone.now() - oldest).total_seconds(), 1) if oldest else 0,
    }
