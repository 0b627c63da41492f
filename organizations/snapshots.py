"""Recording a crawl: one PageSnapshot per page read, and the outcome on the Source.

No authorization here: callers (the scrape service, the Celery task) check the actor first.
A page whose content hash equals its previous snapshot's is returned flagged *unchanged*,
so the caller skips extraction for it (the sync still marks its needs as seen).
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from organizations.crawling import CrawlOutcome, PageFailure
from organizations.fetching.base import FetchResult
from organizations.models import PageSnapshot, Source

LAST_ERROR_MAX_LINES = 20
LAST_ERROR_MAX_CHARS = 4000
_URL_MAX = PageSnapshot._meta.get_field("url").max_length or 1000


def page_hash(markdown: str) -> str:
    """SHA-256 of the Markdown with Unicode and whitespace normalised.

    Re-indentation, line wrapping or trailing spaces from a site rebuild do not count as a
    change; a changed word does.
    """
    normalised = " ".join(unicodedata.normalize("NFC", markdown or "").split())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ChangedPage:
    """A page read in this crawl, its new snapshot, and whether it differs from the last one."""

    page: FetchResult
    snapshot: PageSnapshot
    changed: bool

    @property
    def unchanged(self) -> bool:
        return not self.changed

    @property
    def url(self) -> str:
        return self.snapshot.url


def _snapshot_url(page: FetchResult) -> str:
    return (page.final_url or page.url)[:_URL_MAX]


def record_pages(*, source: Source, outcome: CrawlOutcome) -> list[ChangedPage]:
    """Create a snapshot for every page read; flag each changed or unchanged (in page order).

    A page is *changed* when its hash differs from the latest earlier snapshot of the same
    source and URL, or when there is none.  Two queries and one insert, whatever the size.
    """
    if not outcome.pages:
        return []
    urls = {_snapshot_url(page) for page in outcome.pages}
    with transaction.atomic():
        previous = dict(
            PageSnapshot.objects.filter(source=source, url__in=urls)
            .order_by("url", "-fetched_at", "-id")
            .distinct("url")
            .values_list("url", "content_hash")
        )
        snapshots = [
            PageSnapshot(
                source=source,
                url=_snapshot_url(page),
                http_status=page.status_code,
                content_hash=page_hash(page.markdown),
                text=page.markdown,
            )
            for page in outcome.pages
        ]
        PageSnapshot.objects.bulk_create(snapshots)
    return [
        ChangedPage(
            page=page,
            snapshot=snapshot,
            changed=previous.get(snapshot.url) != snapshot.content_hash,
        )
        for page, snapshot in zip(outcome.pages, snapshots, strict=True)
    ]


def failure_summary(failures: list[PageFailure]) -> str:
    """One readable line per failed page, at most 20 lines and 4,000 characters."""
    if not failures:
        return ""
    lines = [failure.message for failure in failures[:LAST_ERROR_MAX_LINES]]
    hidden = len(failures) - len(lines)
    if hidden:
        lines.append(f"… and {hidden} more failed page{'s' if hidden != 1 else ''}.")
    text = "\n".join(lines)
    if len(text) > LAST_ERROR_MAX_CHARS:
        text = text[: LAST_ERROR_MAX_CHARS - 1].rstrip() + "…"
    return text


def record_source_status(*, source: Source, outcome: CrawlOutcome) -> Source:
    """Store when the source was read, ok/partial/failed, and why pages failed.

    Written with an UPDATE of those columns only, so a staff edit of the source made during
    the crawl is not overwritten; the instance passed in is updated to match.
    """
    now = timezone.now()
    status = {
        "ok": Source.Status.OK,
        "partial": Source.Status.PARTIAL,
        "failed": Source.Status.FAILED,
    }[outcome.status]
    last_error = failure_summary(outcome.failures)
    if status == Source.Status.FAILED and not last_error:
        last_error = "No page could be read."
    Source.objects.filter(pk=source.pk).update(
        last_scraped_at=now, last_status=status, last_error=last_error, updated_at=now
    )
    source.last_scraped_at = now
    source.last_status = status
    source.last_error = last_error
    source.updated_at = now
    return source
