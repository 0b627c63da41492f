"""Scrape one source end to end: crawl its site, snapshot pages, extract needs from the
pages that changed, and sync them — recording the outcome on a ``Crawl`` row.

Never two crawls of one source at once: a PostgreSQL advisory lock keyed by the source is
taken for the whole crawl (a second attempt returns at once, saying so).  Fetch and
extraction failures are recorded, never raised: one bad page never aborts the rest, and a
page that failed (to load or to extract) never makes its needs disappear.
"""

from __future__ import annotations

import logging
from contextlib import contextmanager
from dataclasses import dataclass

from django.conf import settings
from django.db import connection
from django.utils import timezone

from authz import Actor, Capability
from needs.extraction.base import ExtractionError, get_extractor
from needs.extraction.pipeline import extract_fetched_page
from needs.sync import sync_needs
from organizations.crawling import crawl
from organizations.fetching.base import get_fetcher
from organizations.models import Crawl, Source
from organizations.snapshots import record_pages, record_source_status

logger = logging.getLogger(__name__)
_LOCK_NAMESPACE = 41_001  # advisory-lock class for "scraping a source"


class AlreadyRunning(Exception):
    pass


@contextmanager
def _source_lock(source_id: int):
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_try_advisory_lock(%s, %s)", [_LOCK_NAMESPACE, source_id])
        acquired = cursor.fetchone()[0]
    if not acquired:
        raise AlreadyRunning(f"source {source_id} is already being scraped")
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_unlock(%s, %s)", [_LOCK_NAMESPACE, source_id])


@dataclass
class ScrapeReport:
    source_id: int
    crawl_id: int | None
    status: str
    pages: int = 0
    unchanged_pages: int = 0
    failed_pages: int = 0
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    disappeared: int = 0
    message: str = ""


def scrape_source(*, source: Source | int, actor: Actor, fetcher=None,
                  extractor=None) -> ScrapeReport:
    actor.can(Capability.TRIGGER_SCRAPING).check()
    source = Source.objects.select_related("organization").get(pk=getattr(source, "pk", source))
    if source.organization_id is None:
        return ScrapeReport(source.pk, None, "skipped",
                            message="source has no organization yet (awaiting review)")
    try:
        with _source_lock(source.pk):
            return _scrape(source, actor, fetcher, extractor)
    except AlreadyRunning as exc:
        return ScrapeReport(source.pk, None, "skipped", message=str(exc))


def _scrape(source: Source, actor: Actor, fetcher, extractor) -> ScrapeReport:
    record = Crawl.objects.create(source=source)
    report = ScrapeReport(source.pk, record.pk, "failed")
    errors: list[dict] = []
    try:
        own_fetcher = fetcher is None
        fetcher = fetcher or get_fetcher()
        try:
            outcome = crawl([source.url, *source.extra_urls], fetcher=fetcher,
                            max_pages=settings.CRAWL_MAX_PAGES)
        finally:
            if own_fetcher:
                fetcher.close()
        errors += [{"url": f.url, "reason": f.reason, "message": f.message}
                   for f in outcome.failures]
        # Dead links on the site: listed for staff, but the crawl read every page there is.
        errors += [{"url": f.url, "reason": "broken_link", "message": f.message}
                   for f in outcome.broken]
        pages = record_pages(source=source, outcome=outcome)
        extractor = extractor or get_extractor()
        extracted: dict[str, list] = {}
        unchanged_urls = []
        for page in pages:
            if page.unchanged:
                unchanged_urls.append(page.url)
                continue
            try:
                extracted[page.url] = extract_fetched_page(page.page, extractor)
            except ExtractionError as exc:
                errors.append({"url": page.url, "reason": "extraction",
                               "message": f"{page.url}: could not extract needs ({exc})"})
            except Exception as exc:  # noqa: BLE001 -- a bug on one page must not end the rest
                # (recorded like a failed extraction: the page's needs stay as they were)
                logger.exception("extraction raised on %s", page.url)
                errors.append({"url": page.url, "reason": "extraction",
                               "message": f"{page.url}: could not extract needs (internal "
                                          f"error: {type(exc).__name__}; see the server log)"})
        # A page that answers 404/410 is gone: read, with no needs (its needs disappear and
        # expire after the grace period unless the page comes back).
        for dead in outcome.broken:
            extracted.setdefault(dead.url, [])
        result = sync_needs(source=source, extracted=extracted, actor=actor,
                            unchanged_urls=unchanged_urls)
        record_source_status(source=source, outcome=outcome)
        report.pages = len(pages)
        report.unchanged_pages = len(unchanged_urls)
        report.failed_pages = len(outcome.failures)
        report.new, report.changed = result.new, result.changed
        report.unchanged, report.disappeared = result.unchanged, result.disappeared
        report.status = outcome.status
        if report.status == "ok" and any(e["reason"] == "extraction" for e in errors):
            report.status = "partial"
    except Exception as exc:
        logger.exception("scrape of source %s failed", source.pk)
        errors.append({"url": source.url, "reason": "error",
                       "message": f"{type(exc).__name__}: the crawl stopped unexpectedly"})
        Source.objects.filter(pk=source.pk).update(
            last_scraped_at=timezone.now(), last_status=Source.Status.FAILED,
            last_error=f"The crawl stopped unexpectedly ({type(exc).__name__}).")
        report.status = "failed"
    record.finished_at = timezone.now()
    record.status = report.status
    record.pages_fetched = report.pages
    record.pages_unchanged = report.unchanged_pages
    record.pages_failed = report.failed_pages
    record.needs_new, record.needs_changed = report.new, report.changed
    record.needs_unchanged, record.needs_disappeared = report.unchanged, report.disappeared
    record.errors = errors[:100]
    record.save()
    return report


def due_sources(now=None) -> list[int]:
    """Active sources with an organization whose scrape frequency has elapsed."""
    from django.db.models import F, Q

    now = now or timezone.now()
    return list(
        Source.objects.filter(active=True, organization__isnull=False)
        .filter(Q(last_scraped_at__isnull=True)
                | Q(last_scraped_at__lte=now - F("scrape_frequency")))
        .order_by("last_scraped_at", "pk").values_list("pk", flat=True)
    )
