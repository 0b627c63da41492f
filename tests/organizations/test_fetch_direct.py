"""The direct fetch backend against a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from typing import Any

import pytest

from organizations.fetching import FetchError, FetchFailure, Link
from organizations.fetching.direct import DirectFetcher, is_public_address
from tests.organizations.conftest import PANTRY, SiteServer


@pytest.fixture
def fetcher(fetch_settings: Any) -> Iterator[DirectFetcher]:
    with DirectFetcher() as direct:
        yield direct


def fetch_error(fetcher: DirectFetcher, url: str) -> FetchError:
    with pytest.raises(FetchError) as caught:
        fetcher.fetch(url)
    return caught.value


def test_page_becomes_readable_markdown_without_navigation_or_footer(
    site_server: SiteServer, fetcher: DirectFetcher
) -> None:
    page = fetcher.fetch(site_server.url("/get-involved.html"))

    assert page.status_code == 200
    assert page.content_type == "text/html"
    assert page.final_url == site_server.url("/get-involved.html")
    assert page.html_bytes == (PANTRY / "get-involved.html").stat().st_size
    assert page.title
    assert "# Volunteer with us" in page.markdown
    assert "- Saturday food packing, 9 am to noon, at the pantry warehouse." in page.markdown
    assert "volunteer@riverside.example.org" in page.markdown
    # Navigation, header and footer are boilerplate, not content.
    assert "Voluntarios" not in page.markdown
    assert "All rights reserved" not in page.markdown
    assert "Privacy policy" not in page.markdown


def test_links_are_absolute_with_their_text_navigation_included(
    site_server: SiteServer, fetcher: DirectFetcher
) -> None:
    page = fetcher.fetch(site_server.url("/"))

    assert Link(site_server.url("/donate.html"), "Donate") in page.links
    assert Link(site_server.url("/es/voluntarios.html"), "Voluntarios") in page.links
    assert Link("mailto:info@riverside.example.org", "info@riverside.example.org") in page.links
    urls = [link.url for link in page.links]
    assert site_server.url("/news.html?utm_source=newsletter") in urls
    assert "https://www.givemn.org/organization/riverside-pantry" in urls
    assert len(urls) == len(set(urls))


def test_honest_user_agent_and_robots_txt_read_once_per_host(
    site_server: SiteServer, fetcher: DirectFetcher
) -> None:
    fetcher.fetch(site_server.url("/about.html"))
    fetcher.fetch(site_server.url("/events.html"))

    assert site_server.paths() == ["/robots.txt", "/about.html", "/events.html"]
    agents = {r.headers["User-Agent"] for r in site_server.requests}
    assert len(agents) == 1
    assert agents.pop().startswith("MNDigitalAidBot/1.0 (+https://")


def test_timeout_when_the_server_does_not_answer_in_time(
    site_server: SiteServer, fetch_settings: Any
) -> None:
    fetch_settings.FETCH_READ_TIMEOUT = 0.3
    url = site_server.url("/_test/slow")
    with DirectFetcher() as fetcher:
        error = fetch_error(fetcher, url)

    assert error.reason == FetchFailure.TIMEOUT
    assert error.message.startswith(f"{url}: timed out")


@pytest.mark.parametrize(
    ("path", "reason", "text"),
    [
        ("/missing.html", FetchFailure.NOT_FOUND, "page not found (404)"),
        ("/_test/status/410", FetchFailure.NOT_FOUND, "page not found (410)"),
        ("/_test/status/403", FetchFailure.HTTP_ERROR, "server answered 403"),
        ("/_test/status/500", FetchFailure.SERVER_ERROR, "server answered 500"),
        ("/_test/status/503", FetchFailure.SERVER_ERROR, "server answered 503"),
    ],
)
def test_http_errors_have_a_reason_and_a_message_naming_the_url(
    site_server: SiteServer, fetcher: DirectFetcher, path: str, reason: str, text: str
) -> None:
    url = site_server.url(path)
    error = fetch_error(fetcher, url)

    assert error.reason == reason
    assert error.message == f"{url}: {text}"
    assert error.url == url


def test_robots_txt_disallow_is_honoured_without_requesting_the_page(
    site_server: SiteServer, fetcher: DirectFetcher
) -> None:
    error = fetch_error(fetcher, site_server.url("/private/staff.html"))

    assert error.reason == FetchFailure.ROBOTS_DISALLOWED
    assert "robots.txt" in error.message
    assert "/private/staff.html" not in site_server.paths()


def test_robots_txt_group_for_our_bot_applies(
    site_server: SiteServer, fetcher: DirectFetcher
) -> None:
    site_server.set_page(
        "/robots.txt",
        "User-agent: MNDigitalAidBot\nDisallow: /donate.html\n\nUser-agent: *\nDisallow:\n",
        content_type="text/plain",
    )

    assert fetch_error(fetcher, site_server.url("/donate.html")).reason == "robots_disallowed"
    assert fetcher.fetch(site_server.url("/about.html")).status_code == 200


def test_robots_txt_server_error_closes_the_site(
    site_server: SiteServer, fetcher: DirectFetcher
) -> None:
    site_server.set_page("/robots.txt", "temporarily broken", status=503)

    error = fetch_error(fetcher, site_server.url("/about.html"))

    assert error.reason == FetchFailure.ROBOTS_DISALLOWED
    assert "503" in error.message
    assert site_server.paths() == ["/robots.txt"]


def test_missing_robots_txt_allows_everything(
    site_server: SiteServer, fetcher: DirectFetcher
) -> None:
    site_server.set_page("/robots.txt", "not here", status=404)

    assert fetcher.fetch(site_server.url("/private/staff.html")).status_code == 200


def test_streamed_body_over_the_cap_is_too_large(
    site_server: SiteServer, fetcher: DirectFetcher
) -> None:
    url = site_server.url("/_test/big")
    error = fetch_error(fetcher, url)

    assert error.reason == FetchFailure.TOO_LARGE
    assert error.message == f"{url}: page is over the 100,000 byte limit"


def test_declared_length_over_the_cap_is_refused_before_reading(
    site_server: SiteServer, fetcher: DirectFetcher
) -> None:
    error = fetch_error(fetcher, site_server.url("/_test/big-declared"))

    assert error.reason == FetchFailure.TOO_LARGE
    assert "50,000,000 bytes" in error.message


@pytest.mark.parametrize(
    ("path", "kind"),
    [("/_test/image", "image/png")],
)
def test_non_html_content_is_refused(
    site_server: SiteServer, fetcher: DirectFetcher, path: str, kind: str
) -> None:
    error = fetch_error(fetcher, site_server.url(path))

    assert error.reason == FetchFailure.NOT_HTML
    assert kind in error.message


def test_a_pdf_is_read_as_text(site_server: SiteServer, fetcher: DirectFetcher) -> None:
    page = fetcher.fetch(site_server.url("/files/annual-report.pdf"))

    assert page.content_type == "application/pdf"
    assert page.links == [] and page.html == ""
    assert page.markdown.startswith("RIVERSIDE PANTRY ANNUAL REPORT")
    assert "We need Saturday drivers with a car to deliver food boxes." in page.markdown


def test_an_unreadable_pdf_yields_an_empty_page_not_an_error(
    site_server: SiteServer, fetcher: DirectFetcher
) -> None:
    site_server.set_page("/broken.pdf", b"%PDF-1.4 this is not really a PDF",
                         content_type="application/pdf")
    page = fetcher.fetch(site_server.url("/broken.pdf"))

    assert page.content_type == "application/pdf" and page.markdown == ""


def test_html_without_content_type_is_sniffed(
    site_server: SiteServer, fetcher: DirectFetcher
) -> None:
    page = fetcher.fetch(site_server.url("/_test/no-type"))

    assert "# Special page" in page.markdown


def test_declared_charset_is_used_to_decode(
    site_server: SiteServer, fetcher: DirectFetcher
) -> None:
    page = fetcher.fetch(site_server.url("/_test/latin1"))

    assert "Donación" in page.markdown
    assert "distribución de alimentos" in page.markdown


def test_xhtml_with_an_xml_declaration_is_read(
    site_server: SiteServer, fetcher: DirectFetcher
) -> None:
    site_server.set_page(
        "/xhtml.html",
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Needs list</title></head>'
        "<body><nav><a href='/donate.html'>Donate</a></nav><main><h1>Ways to help</h1>"
        "<ul><li>Bring canned vegetables to the Tuesday drive.</li></ul></main></body></html>",
        content_type="application/xhtml+xml",
    )

    page = fetcher.fetch(site_server.url("/xhtml.html"))

    assert page.title in ("Needs list", "Ways to help")
    assert "canned vegetables" in page.markdown
    assert Link(site_server.url("/donate.html"), "Donate") in page.links


def test_redirects_are_followed_and_the_final_url_reported(
    site_server: SiteServer, fetcher: DirectFetcher
) -> None:
    url = site_server.url("/_test/redirect?to=/about.html")
    page = fetcher.fetch(url)

    assert page.url == url
    assert page.final_url == site_server.url("/about.html")
    assert "# About us" in page.markdown


def test_redirect_limit(site_server: SiteServer, fetcher: DirectFetcher) -> None:
    # FETCH_MAX_REDIRECTS = 3: three hops are fine, four are not.
    assert fetcher.fetch(site_server.url("/_test/chain/3")).final_url.endswith("/_test/chain/0")

    error = fetch_error(fetcher, site_server.url("/_test/chain/4"))

    assert error.reason == FetchFailure.TOO_MANY_REDIRECTS
    assert "more than 3 redirects" in error.message


def test_redirect_loop(site_server: SiteServer, fetcher: DirectFetcher) -> None:
    error = fetch_error(fetcher, site_server.url("/_test/loop-a"))

    assert error.reason == FetchFailure.TOO_MANY_REDIRECTS
    assert "redirect loop" in error.message


@pytest.mark.parametrize("target", ["ftp://files.example.org/list.html", "file:///etc/passwd"])
def test_redirect_to_a_disallowed_scheme_is_refused(
    site_server: SiteServer, fetcher: DirectFetcher, target: str
) -> None:
    url = site_server.url(f"/_test/redirect?to={target}")
    error = fetch_error(fetcher, url)

    assert error.reason == FetchFailure.INVALID_URL
    assert error.message.startswith(f"{url}: redirected to {target}")


def test_loopback_is_blocked_when_private_addresses_are_not_allowed(
    site_server: SiteServer, fetch_settings: Any
) -> None:
    fetch_settings.FETCH_ALLOW_PRIVATE_ADDRESSES = False
    with DirectFetcher() as fetcher:
        by_ip = fetch_error(fetcher, site_server.url("/"))
        by_name = fetch_error(
            fetcher,
            f"http://localhost:{site_server.port}/about.html",
        )

    assert by_ip.reason == FetchFailure.BLOCKED_ADDRESS
    assert "127.0.0.1" in by_ip.message
    assert by_name.reason == FetchFailure.BLOCKED_ADDRESS
    assert site_server.requests == []  # not even robots.txt was asked for


def test_private_network_address_is_blocked_before_connecting(fetch_settings: Any) -> None:
    fetch_settings.FETCH_ALLOW_PRIVATE_ADDRESSES = False
    with DirectFetcher() as fetcher:
        error = fetch_error(fetcher, "http://10.0.0.1/volunteer")

    assert error.reason == FetchFailure.BLOCKED_ADDRESS


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("127.0.0.1", False),
        ("10.1.2.3", False),
        ("172.16.0.9", False),
        ("192.168.1.1", False),
        ("169.254.169.254", False),  # cloud metadata
        ("100.64.0.1", False),  # carrier-grade NAT
        ("0.0.0.0", False),
        ("224.0.0.1", False),
        ("::1", False),
        ("fe80::1", False),
        ("fc00::1", False),
        ("::ffff:127.0.0.1", False),
        ("8.8.8.8", True),
        ("2606:4700:4700::1111", True),
    ],
)
def test_address_classification(address: str, public: bool) -> None:
    assert is_public_address(address) is public


@pytest.mark.parametrize(
    "url",
    [
        "ftp://example.org/volunteer",
        "javascript:alert(1)",
        "mailto:help@example.org",
        "http://",
        "not a url",
        "http://user:secret@example.org/",
        "http://example.org:99999/",
        "",
    ],
)
def test_invalid_urls_are_refused_without_a_request(fetcher: DirectFetcher, url: str) -> None:
    error = fetch_error(fetcher, url)

    assert error.reason == FetchFailure.INVALID_URL


def test_connection_refused(fetcher: DirectFetcher) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    # Nothing listens on the port any more.
    error = fetch_error(fetcher, f"http://127.0.0.1:{port}/")

    assert error.reason == FetchFailure.CONNECTION
    assert error.message.startswith(f"http://127.0.0.1:{port}/: ")
