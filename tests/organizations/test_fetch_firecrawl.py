"""The Firecrawl backend (the real firecrawl-py SDK) against a local stand-in for its API,
and how the backend is chosen from settings."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.exceptions import ImproperlyConfigured

from organizations.fetching import FetchError, FetchFailure, Link, backend_name, get_fetcher
from organizations.fetching.direct import DirectFetcher
from organizations.fetching.firecrawl import FirecrawlFetcher
from tests.organizations.conftest import PANTRY, FirecrawlServer

PAGE_URL = "https://riverside.example.org/get-involved"


def fetch_error(fetcher: FirecrawlFetcher, url: str) -> FetchError:
    with pytest.raises(FetchError) as caught:
        fetcher.fetch(url)
    return caught.value


def test_scrape_asks_for_markdown_links_and_html_and_returns_a_page(
    firecrawl_server: FirecrawlServer,
) -> None:
    raw_html = (PANTRY / "get-involved.html").read_text()
    firecrawl_server.succeed(
        PAGE_URL,
        raw_html=raw_html,
        markdown="[Home](https://riverside.example.org/)\n# Volunteer with us",
        title="Get involved - Riverside Community Pantry",
        url=PAGE_URL + "/",
    )

    page = FirecrawlFetcher().fetch(PAGE_URL)

    [request] = firecrawl_server.requests
    assert request.path == "/v2/scrape"
    assert request.headers["Authorization"] == "Bearer fc-test-key"
    payload = firecrawl_server.payloads()[0]
    assert payload["url"] == PAGE_URL
    assert set(payload["formats"]) >= {"markdown", "links", "rawHtml"}
    assert payload["onlyMainContent"] is True

    assert page.url == PAGE_URL
    assert page.final_url == PAGE_URL + "/"
    assert page.status_code == 200
    assert page.title == "Get involved - Riverside Community Pantry"
    # Same readable Markdown as the direct backend: navigation and footer dropped.
    assert "# Volunteer with us" in page.markdown
    assert "- Drivers for Tuesday home deliveries" in page.markdown
    assert "All rights reserved" not in page.markdown
    assert Link("https://riverside.example.org/donate.html", "Donate") in page.links
    assert page.html_bytes == len(raw_html.encode())


def test_firecrawl_markdown_is_the_fallback_without_html(
    firecrawl_server: FirecrawlServer,
) -> None:
    firecrawl_server.succeed(PAGE_URL, raw_html="", markdown="# Wish list\n\n- Diapers, size 4")

    page = FirecrawlFetcher().fetch(PAGE_URL)

    assert page.markdown == "# Wish list\n\n- Diapers, size 4"


@pytest.mark.parametrize(
    ("status_code", "reason"),
    [
        (404, FetchFailure.NOT_FOUND),
        (403, FetchFailure.HTTP_ERROR),
        (503, FetchFailure.SERVER_ERROR),
    ],
)
def test_target_page_status_is_mapped(
    firecrawl_server: FirecrawlServer, status_code: int, reason: str
) -> None:
    firecrawl_server.succeed(PAGE_URL, raw_html="<html><body>x</body></html>",
                             statusCode=status_code)

    error = fetch_error(FirecrawlFetcher(), PAGE_URL)

    assert error.reason == reason
    assert error.message.startswith(f"{PAGE_URL}: ")
    assert str(status_code) in error.message


def test_non_html_target_is_refused(firecrawl_server: FirecrawlServer) -> None:
    firecrawl_server.succeed(PAGE_URL, raw_html="", markdown="pdf text",
                             contentType="application/pdf")

    assert fetch_error(FirecrawlFetcher(), PAGE_URL).reason == FetchFailure.NOT_HTML


def test_oversized_page_is_refused(firecrawl_server: FirecrawlServer, settings: Any) -> None:
    settings.FETCH_MAX_BYTES = 1_000
    firecrawl_server.succeed(PAGE_URL, raw_html="<html><body>" + "x" * 5_000 + "</body></html>")

    assert fetch_error(FirecrawlFetcher(), PAGE_URL).reason == FetchFailure.TOO_LARGE


@pytest.mark.parametrize(
    ("status", "code", "reason"),
    [
        (500, None, FetchFailure.SERVER_ERROR),
        (408, "SCRAPE_TIMEOUT", FetchFailure.TIMEOUT),
        (500, "SCRAPE_DNS_RESOLUTION_ERROR", FetchFailure.CONNECTION),
        (400, None, FetchFailure.INVALID_URL),
        (401, None, FetchFailure.HTTP_ERROR),
        (429, None, FetchFailure.HTTP_ERROR),
    ],
)
def test_api_errors_are_mapped_to_reasons(
    firecrawl_server: FirecrawlServer, status: int, code: str | None, reason: str
) -> None:
    firecrawl_server.fail(PAGE_URL, status, "All scraping engines failed.", code=code)

    error = fetch_error(FirecrawlFetcher(), PAGE_URL)

    assert error.reason == reason
    assert error.message.startswith(f"{PAGE_URL}: Firecrawl could not scrape it ({status}")
    assert "All scraping engines failed." in error.message


def test_invalid_url_costs_no_request(firecrawl_server: FirecrawlServer) -> None:
    error = fetch_error(FirecrawlFetcher(), "ftp://riverside.example.org/list")

    assert error.reason == FetchFailure.INVALID_URL
    assert firecrawl_server.requests == []


def test_unreachable_api_is_a_connection_failure(settings: Any) -> None:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    settings.FIRECRAWL_API_URL = f"http://127.0.0.1:{port}"
    settings.FIRECRAWL_API_KEY = "fc-test-key"

    error = fetch_error(FirecrawlFetcher(max_retries=1), PAGE_URL)

    assert error.reason == FetchFailure.CONNECTION


@pytest.mark.parametrize(
    ("backend", "key", "expected"),
    [
        ("", "", DirectFetcher),
        ("", "fc-key", FirecrawlFetcher),  # a key alone switches to Firecrawl
        ("direct", "fc-key", DirectFetcher),  # an explicit choice wins
        ("firecrawl", "", FirecrawlFetcher),
    ],
)
def test_backend_choice(settings: Any, backend: str, key: str, expected: type) -> None:
    settings.FETCH_BACKEND = backend
    settings.FIRECRAWL_API_KEY = key

    fetcher = get_fetcher()
    try:
        assert isinstance(fetcher, expected)
        assert backend_name() == fetcher.name
    finally:
        fetcher.close()


def test_unknown_backend_is_a_configuration_error(settings: Any) -> None:
    settings.FETCH_BACKEND = "selenium"

    with pytest.raises(ImproperlyConfigured, match="FETCH_BACKEND"):
        get_fetcher()
