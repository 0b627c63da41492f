"""Thin Celery wrappers: every task calls a service with a system actor and is
idempotent (a redelivered task repeats nothing that already happened) — the outbox
(``authz.outbox``) may hand a task over more than once."""

from __future__ import annotations

from celery import shared_task

from authz import Actor


@shared_task(name="matching.match_need")
def match_need_task(need_id: int) -> dict:
    from matching import services

    result = services.match_need(need_id=need_id, actor=Actor.system("task: match need"))
    if result.notified:
        from authz.outbox.services import enqueue

        # Recorded before it is sent: a broker blip here loses no push (and the pending
        # notifications are swept by retry_failed_notifications as well).
        enqueue(deliver_notifications_task, need_id, key=f"deliver:need:{need_id}")
    return {"need": need_id, "notified": result.notified, "throttled": result.throttled}


@shared_task(name="matching.deliver_notifications")
def deliver_notifications_task(need_id: int | None = None) -> dict:
    from matching import services

    result = services.deliver_notifications(actor=Actor.system("task: deliver pushes"),
                                            need_id=need_id)
    return {"sent": result.sent, "failed": result.failed, "dead": result.dead}


@shared_task(name="matching.retry_failed_notifications")
def retry_failed_notifications_task() -> dict:
    return deliver_notifications_task.run(None)


@shared_task(name="matching.check_receipts")
def check_receipts_task() -> int:
    from matching import services

    return services.check_receipts(actor=Actor.system("beat: push receipts"))


@shared_task(name="matching.embed_rows")
def embed_rows_task(kind: str, ids: list) -> int:
    from matching import embedding_jobs

    return embedding_jobs.embed_rows(kind, ids)
