"""Mark outbox messages done (or failed) from Celery's own task signals.

These run where the task runs — in a worker, or in-process when tasks are eager — and
only for tasks whose id names an outbox message.
"""

from __future__ import annotations

from celery.signals import task_failure, task_success

from authz.outbox.services import mark_done, mark_failed, message_id


@task_success.connect(dispatch_uid="outbox.task_success")
def _on_success(sender=None, **_kwargs):
    pk = message_id(getattr(getattr(sender, "request", None), "id", None))
    if pk is not None:
        mark_done(pk)


@task_failure.connect(dispatch_uid="outbox.task_failure")
def _on_failure(sender=None, task_id=None, exception=None, **_kwargs):
    pk = message_id(task_id)
    if pk is not None:
        mark_failed(pk, exception or RuntimeError("task failed"))
