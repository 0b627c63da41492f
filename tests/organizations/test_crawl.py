"""Crawling one source: the pantry site on a real local server, read with the direct backend."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from organizations.crawling import crawl, need_score, normalise_url
from organizations.fetching import FetchFailure, FetchResult
from organizations.fetching.direct import DirectFetcher
from tests.organizations.conftest import SiteServer

NEED_PAGES = {"/get-involved.html", "/donate.html", "/es/voluntarios.html"}


@pytest.fixture
def fetcher(fetch_settings: Any) -> Iterator[DirectFetcher]:
    with DirectFetcher() as direct:
        yield direct


def page_paths(site: SiteServer, outcome: Any) -> list[str]:
    return [page.final_url.removeprefix(site.base_url) for page in outcome.pages]


def test_need_pages_are_read_first(site_server: SiteServer, fetcher: DirectFetcher) -> None:
    outcome = crawl([site_server.url("/")], fetcher=fetcher, max_pages=15)

    paths = page_paths(site_server, outcome)
    assert paths[0] == "/"
    assert set(paths[1:4]) == NEED_PAGES
    # The privacy policy is a known non-need page: read last.
    assert paths[-1] == "/privacy.html"
    assert set(paths) == {
        "/", "/about.html", "/events.html", "/news.html", "/contact.html", "/privacy.html",
        "/files/annual-report.pdf", *NEED_PAGES,
    }
    # The server saw the need pages requested before any ordinary page.
    requested = [p for p in site_server.paths() if p != "/robots.txt"]
    assert set(requested[1:4]) == NEED_PAGES


def test_max_pages_bounds_the_requests(site_server: SiteServer, fetcher: DirectFetcher) -> None:
    outcome = crawl([site_server.url("/")], fetcher=fetcher, max_pages=3)

    assert len(outcome.pages) == 3
    assert [p for p in site_server.paths() if p != "/robots.txt"][0] == "/"
    assert len([p for p in site_server.paths() if p != "/robots.txt"]) == 3
    assert set(page_paths(site_server, outcome)[1:]) < NEED_PAGES


def test_max_pages_defaults_to_the_setting(
    site_server: SiteServer, fetcher: DirectFetcher, settings: Any
) -> None:
    settings.CRAWL_MAX_PAGES = 2

    outcome = crawl([site_server.url("/")], fetcher=fetcher)

    assert len(outcome.pages) == 2


def test_stays_on_site_and_skips_files_duplicates_and_non_web_links(
    site_server: SiteServer, fetcher: DirectFetcher
) -> None:
    outcome = crawl([site_server.url("/")], fetcher=fetcher, max_pages=50)

    requested = site_server.paths()
    # A same-site PDF is read as a page of text (pypdf); other files are never fetched.
    assert requested.count("/files/annual-report.pdf") == 1
    [pdf] = [p for p in outcome.pages if p.final_url.endswith(".pdf")]
    assert pdf.content_type == "application/pdf"
    assert pdf.title == "Riverside Pantry annual report"
    assert "We need Saturday drivers with a car" in pdf.markdown
    assert requested.count("/news.html") == 1  # ?utm_source=… normalised away
    assert requested.count("/events.html") == 1  # #calendar dropped
    assert requested.count("/robots.txt") == 1
    assert all(page.final_url.startswith(site_server.base_url) for page in outcome.pages)
    everything = [f.url for f in outcome.failures + outcome.skipped]
    assert not [url for url in everything if not url.startswith(site_server.base_url)]


def test_one_bad_page_does_not_stop_the_crawl(
    site_server: SiteServer, fetcher: DirectFetcher
) -> None:
    outcome = crawl([site_server.url("/")], fetcher=fetcher, max_pages=50)

    # A dead link is listed as broken; the crawl read every page that exists, so it is ok.
    assert outcome.failures == []
    [broken] = outcome.broken
    assert broken.url == site_server.url("/old-drive.html")
    assert broken.reason == FetchFailure.NOT_FOUND
    assert broken.message == f"{site_server.url('/old-drive.html')}: page not found (404)"
    # robots.txt closes /private/ to us: skipped, not a failure of the source.
    [skipped] = outcome.skipped
    assert skipped.url == site_server.url("/private/staff.html")
    assert skipped.reason == FetchFailure.ROBOTS_DISALLOWED
    assert "/private/staff.html" not in site_server.paths()
    assert len(outcome.pages) == 10  # nine HTML pages and the PDF
    assert outcome.status == "ok"


def test_misbehaving_pages_are_recorded_and_the_rest_is_read(
    site_server: SiteServer, fetch_settings: Any
) -> None:
    fetch_settings.FETCH_READ_TIMEOUT = 0.3
    site_server.set_page(
        "/",
        "<html><head><title>Links</title></head><body><nav>"
        "<a href='/_test/slow'>Volunteer shifts</a>"
        "<a href='/_test/status/503'>Donate</a>"
        "<a href='/_test/image'>Wish list</a>"
        f"<a href='/_test/redirect?to=http://localhost:{site_server.port}/about.html'>"
        "Give</a>"
        "<a href='/about.html'>About</a>"
        "</nav><main><h1>Home</h1><p>Welcome to our pantry.</p></main></body></html>",
    )

    with DirectFetcher() as fetcher:
        outcome = crawl([site_server.url("/")], fetcher=fetcher, max_pages=10)

    reasons = {f.url.removeprefix(site_server.base_url): f.reason for f in outcome.failures}
    assert reasons == {"/_test/slow": "timeout", "/_test/status/503": "server_error"}
    assert [f.reason for f in outcome.skipped] == ["not_html"]
    paths = page_paths(site_server, outcome)
    assert paths[:2] == ["/", "/about.html"]  # then the pages linked from About
    # The redirect to another host (a payment page, say) is not part of this site.
    assert not [page for page in outcome.pages if "localhost" in page.final_url]


def test_a_failing_start_url_does_not_stop_the_others(
    site_server: SiteServer, fetcher: DirectFetcher
) -> None:
    outcome = crawl(
        ["mailto:info@riverside.example.org", site_server.url("/gone.html"),
         site_server.url("/donate.html")],
        fetcher=fetcher,
        max_pages=2,
    )

    assert [f.reason for f in outcome.failures] == ["invalid_url", "not_found"]
    assert page_paths(site_server, outcome) == ["/donate.html"]
    assert outcome.status == "partial"


def test_nothing_read_is_a_failed_crawl(site_server: SiteServer, fetcher: DirectFetcher) -> None:
    site_server.set_page("/", "down for maintenance", status=500)

    outcome = crawl([site_server.url("/")], fetcher=fetcher, max_pages=5)

    assert outcome.pages == []
    assert outcome.status == "failed"
    assert outcome.failures[0].reason == FetchFailure.SERVER_ERROR


class _BrokenOnDonate(DirectFetcher):
    """A fetcher with a bug on one page: the crawl must survive even that."""

    def fetch(self, url: str) -> FetchResult:
        if url.endswith("/donate.html"):
            raise RuntimeError("parser exploded")
        return super().fetch(url)


def test_an_unexpected_error_is_recorded_not_raised(
    site_server: SiteServer, fetch_settings: Any
) -> None:
    with _BrokenOnDonate() as fetcher:
        outcome = crawl([site_server.url("/")], fetcher=fetcher, max_pages=4)

    assert [f.reason for f in outcome.failures] == ["unexpected"]
    assert "parser exploded" in outcome.failures[0].message
    assert len(outcome.pages) == 3


@pytest.mark.parametrize(
    ("text", "url"),
    [
        ("Volunteer", "https://x.org/about"),
        ("", "https://x.org/volunteer-opportunities"),
        ("Get involved", "https://x.org/p/12"),
        ("Wish list", "https://x.org/p/13"),
        ("Sign up for a shift", "https://x.org/p/14"),
        ("Voluntarios", "https://x.org/es/p"),
        ("Cómo ayudar", "https://x.org/es/p"),
        ("Donación", "https://x.org/es/p"),
        ("Tabaruc", "https://x.org/so/p"),
        ("Pab dawb", "https://x.org/hmn/p"),
    ],
)
def test_need_words_rank_above_ordinary_links(text: str, url: str) -> None:
    assert need_score(text, url) > need_score("About us", "https://x.org/about-us")
    assert need_score(text, url) > need_score("Privacy policy", "https://x.org/privacy")


def test_urls_are_normalised_for_deduplication() -> None:
    assert normalise_url("HTTPS://WWW.Example.org:443/a?b=2&a=1&utm_source=x#top") == (
        "https://www.example.org/a?a=1&b=2"
    )
    assert normalise_url("http://example.org") == "http://example.org/"
    assert normalise_url("http://example.org:8080/x?fbclid=1") == "http://example.org:8080/x"
    assert normalise_url("mailto:a@example.org") is None
    assert normalise_url("tel:+16125550100") is None
