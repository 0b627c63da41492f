"""Thin Celery wrappers around the needs services (system actor, idempotent)."""

from __future__ import annotations

from celery import shared_task

from authz import Actor


@shared_task(name="needs.scrape_source")
def scrape_source_task(source_id: int) -> dict:
    from needs.scraping import scrape_source

    report = scrape_source(source=source_id, actor=Actor.system("task: scrape source"))
    return {"source": source_id, "status": report.status, "new": report.new,
            "changed": report.changed, "disappeared": report.disappeared}


@shared_task(name="needs.scrape_due_sources")
def scrape_due_sources() -> int:
    """Hourly (beat): one task per due source; the per-source lock stops overlaps."""
    from authz.outbox.services import enqueue
    from needs.scraping import due_sources

    ids = due_sources()
    for source_id in ids:
        # At most one pending scrape per source, even if the broker was down for hours.
        enqueue(scrape_source_task, source_id, key=f"scrape:source:{source_id}")
    return len(ids)


@shared_task(name="needs.expire_disappeared_needs")
def expire_disappeared_needs_task() -> int:
    from needs.sync import expire_disappeared_needs

    return expire_disappeared_needs(actor=Actor.system("beat: expire disappeared needs"))
