"""Snapshots and source status from real crawls of the local pantry site."""

from __future__ import annotations

import hashlib
from typing import Any

import pytest

from organizations.crawling import CrawlOutcome, PageFailure, crawl
from organizations.fetching.direct import DirectFetcher
from organizations.models import Organization, PageSnapshot, Source
from organizations.snapshots import (
    LAST_ERROR_MAX_CHARS,
    page_hash,
    record_pages,
    record_source_status,
)
from tests.organizations.conftest import PANTRY, SiteServer

pytestmark = pytest.mark.django_db


@pytest.fixture
def source(site_server: SiteServer) -> Source:
    org = Organization.objects.create(name="Riverside Community Pantry")
    return Source.objects.create(organization=org, url=site_server.url("/"))


def crawl_site(site: SiteServer, max_pages: int = 15) -> CrawlOutcome:
    with DirectFetcher() as fetcher:
        return crawl([site.url("/")], fetcher=fetcher, max_pages=max_pages)


def test_page_hash_ignores_whitespace_but_not_words() -> None:
    text = "# Wish list\n\n- Diapers, size 4\n- Rice"
    assert page_hash(text) == hashlib.sha256(b"# Wish list - Diapers, size 4 - Rice").hexdigest()
    assert page_hash("  # Wish list\n- Diapers,   size 4\n\n\n- Rice  ") == page_hash(text)
    assert page_hash("# Wish list\n- Diapers, size 5\n- Rice") != page_hash(text)


def test_first_crawl_snapshots_every_page_as_changed(
    site_server: SiteServer, fetch_settings: Any, source: Source,
    django_assert_max_num_queries: Any,
) -> None:
    outcome = crawl_site(site_server)

    with django_assert_max_num_queries(4):  # previous hashes + one bulk insert (+ savepoint)
        changed = record_pages(source=source, outcome=outcome)

    assert len(changed) == len(outcome.pages) == 10
    assert all(item.changed for item in changed)
    snapshot = PageSnapshot.objects.get(source=source, url=site_server.url("/donate.html"))
    donate = next(p for p in outcome.pages if p.final_url.endswith("/donate.html"))
    assert snapshot.http_status == 200
    assert snapshot.text == donate.markdown
    assert "- Diapers, sizes 4 and 5." in snapshot.text
    assert snapshot.content_hash == page_hash(donate.markdown)
    assert len(snapshot.content_hash) == 64


def test_second_crawl_flags_unchanged_pages_and_the_edited_one(
    site_server: SiteServer, fetch_settings: Any, source: Source
) -> None:
    record_pages(source=source, outcome=crawl_site(site_server))
    donate = (PANTRY / "donate.html").read_text()
    site_server.set_page("/donate.html", donate.replace("Winter coats for children", "Mittens"))
    # Re-indenting a page is not a change of its content.
    about = (PANTRY / "about.html").read_text()
    site_server.set_page("/about.html", about.replace("\n", "\n\n    "))

    second = record_pages(source=source, outcome=crawl_site(site_server))

    changed = {item.url.removeprefix(site_server.base_url) for item in second if item.changed}
    assert changed == {"/donate.html"}
    assert sum(item.unchanged for item in second) == 9
    # Every crawl leaves a snapshot per page; the newest donate one has the new text.
    assert PageSnapshot.objects.filter(source=source).count() == 20
    latest = PageSnapshot.objects.filter(source=source, url=site_server.url("/donate.html"))
    assert "Mittens" in latest.order_by("-fetched_at", "-id")[0].text


def test_a_page_is_compared_with_its_latest_snapshot_only(
    site_server: SiteServer, fetch_settings: Any, source: Source
) -> None:
    record_pages(source=source, outcome=crawl_site(site_server, max_pages=1))
    site_server.set_page("/", "<html><body><main><h1>Closed</h1><p>We are closed for the "
                              "holidays and will reopen in January.</p></main></body></html>")
    assert record_pages(source=source, outcome=crawl_site(site_server, max_pages=1))[0].changed
    site_server.overrides.clear()

    # Back to the original text: different from the latest snapshot, so changed again.
    assert record_pages(source=source, outcome=crawl_site(site_server, max_pages=1))[0].changed
    assert not record_pages(source=source, outcome=crawl_site(site_server, max_pages=1))[0].changed


def test_history_is_per_source(
    site_server: SiteServer, fetch_settings: Any, source: Source
) -> None:
    other = Source.objects.create(
        organization=source.organization, url=site_server.url("/donate.html")
    )
    outcome = crawl_site(site_server, max_pages=1)
    record_pages(source=source, outcome=outcome)

    assert record_pages(source=other, outcome=outcome)[0].changed


def test_no_pages_no_snapshots(source: Source) -> None:
    assert record_pages(source=source, outcome=CrawlOutcome()) == []
    assert not PageSnapshot.objects.exists()


def test_partial_crawl_records_status_and_readable_error(
    site_server: SiteServer, fetch_settings: Any, source: Source
) -> None:
    site_server.set_page("/", "<html><body><h1>Home</h1><a href='/_test/status/503'>Report</a>"
                              "<a href='/old-drive.html'>Old drive</a></body></html>")
    outcome = crawl_site(site_server, max_pages=50)

    record_source_status(source=source, outcome=outcome)

    source.refresh_from_db()
    assert source.last_status == Source.Status.PARTIAL
    assert source.last_scraped_at is not None
    assert "/_test/status/503" in source.last_error and "503" in source.last_error
    # A dead link (404) is listed on the crawl, not counted as the source's failure, and
    # neither is a page robots.txt closes to us.
    assert [f.url for f in outcome.broken] == [site_server.url("/old-drive.html")]
    assert "old-drive" not in source.last_error
    assert "staff" not in source.last_error


def test_clean_crawl_is_ok_and_clears_the_old_error(
    site_server: SiteServer, fetch_settings: Any, source: Source
) -> None:
    Source.objects.filter(pk=source.pk).update(last_error="old problem", last_status="failed")

    record_source_status(source=source, outcome=crawl_site(site_server, max_pages=4))

    source.refresh_from_db()
    assert source.last_status == Source.Status.OK
    assert source.last_error == ""


def test_failed_crawl(site_server: SiteServer, fetch_settings: Any, source: Source) -> None:
    site_server.set_page("/", "maintenance", status=503)

    record_source_status(source=source, outcome=crawl_site(site_server))

    source.refresh_from_db()
    assert source.last_status == Source.Status.FAILED
    assert source.last_error == f"{site_server.url('/')}: server answered 503"


def test_last_error_is_bounded(source: Source) -> None:
    failures = [
        PageFailure(f"https://x.example.org/p{i}", "timeout",
                    f"https://x.example.org/p{i}: timed out waiting " + "x" * 300)
        for i in range(50)
    ]

    record_source_status(source=source, outcome=CrawlOutcome(failures=failures))

    source.refresh_from_db()
    assert source.last_status == Source.Status.FAILED
    assert len(source.last_error) <= LAST_ERROR_MAX_CHARS
    assert source.last_error.startswith("https://x.example.org/p0: timed out")

    few = failures[:3] + [PageFailure("https://x.example.org/q", "not_found", "short")] * 20
    record_source_status(source=source, outcome=CrawlOutcome(failures=few))
    source.refresh_from_db()
    assert source.last_error.splitlines()[-1] == "… and 3 more failed pages."
