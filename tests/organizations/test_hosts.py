"""One spelling per address: every IPv4 notation, IDNA, trailing dots, ports; and which
hosts are plainly not public web sites."""

from __future__ import annotations

import socket
from typing import Any

import pytest

from organizations.fetching import FetchError, FetchFailure
from organizations.fetching.direct import DirectFetcher
from organizations.fetching.hosts import InvalidURL, canonical_url, public_host_problem
from tests.organizations.conftest import SiteServer


@pytest.mark.parametrize(
    ("raw", "canonical"),
    [
        ("http://127.1/", "http://127.0.0.1/"),
        ("http://127.0.1/", "http://127.0.0.1/"),
        ("http://0x7f.0.0.1/", "http://127.0.0.1/"),
        ("http://0X7F.1/", "http://127.0.0.1/"),
        ("http://0177.0.0.1/", "http://127.0.0.1/"),
        ("http://2130706433/", "http://127.0.0.1/"),
        ("http://0x7f000001/", "http://127.0.0.1/"),
        ("http://017700000001/", "http://127.0.0.1/"),
        ("http://127.0.0.1./", "http://127.0.0.1/"),
        ("http://%31%32%37.0.0.1/", "http://127.0.0.1/"),
        ("http://①②⑦.⓪.⓪.①/", "http://127.0.0.1/"),
        ("http://１２７．０．０．１/", "http://127.0.0.1/"),
        ("http://127。0。0。1/", "http://127.0.0.1/"),
        ("http://[0:0::1]/", "http://[::1]/"),
        ("http://[::ffff:7f00:1]:8080/x", "http://[::ffff:7f00:1]:8080/x"),
        ("HTTP://Example.ORG:80/Path?q=1#frag", "http://example.org/Path?q=1"),
        ("https://example.org:443", "https://example.org/"),
        ("https://example.org.:8443/", "https://example.org:8443/"),
        ("http://bücher.example/", "http://xn--bcher-kva.example/"),
        ("http://ＥＸＡＭＰＬＥ.org/", "http://example.org/"),
        ("http://localhost./", "http://localhost/"),
    ],
)
def test_every_spelling_of_a_host_has_one_canonical_form(raw: str, canonical: str) -> None:
    assert canonical_url(raw).url == canonical


@pytest.mark.parametrize(
    "raw",
    [
        "http://[::1/",  # an unclosed IPv6 literal: was an internal server error
        "http://[fe80::1%25eth0]/",
        "http://[not-an-ip]/",
        "http://example.org:99999/",
        "http://example.org:0/",
        "http://example.org:port/",
        "http://1.2.3.4.5/",
        "http://256.0.0.1/",
        "http://0x100000000/",
        "http://09.0.0.1/",
        "http://exa mple.org/",
        "http://exa%00mple.org/",
        "http://a..b.org/",
        "http://-bad-.org/",
        "http://user:pw@example.org/",
        "ftp://example.org/",
        "http:///path",
        "",
    ],
)
def test_unreadable_addresses_are_refused_with_a_reason(raw: str) -> None:
    with pytest.raises(InvalidURL) as caught:
        canonical_url(raw)
    assert str(caught.value)


@pytest.mark.parametrize(
    "raw",
    [
        "http://127.1/", "http://0x7f.0.0.1/", "http://0177.0.0.1/", "http://2130706433/",
        "http://①②⑦.⓪.⓪.①/", "http://10.0.0.1/", "http://169.254.169.254/",
        "http://[::1]/", "http://[::ffff:127.0.0.1]/", "http://[fd00::1]/",
        "http://localhost/", "http://localhost./", "http://api.localhost/",
        "http://printer.local/", "http://db.internal/", "http://intranet/",
        "http://127.0.0.1.nip.io/", "http://app.10.0.0.1.nip.io/", "http://7f000001.nip.io/",
        "http://8.8.8.8.sslip.io/", "http://localtest.me/",
        "http://10-0-0-1.example.com/", "http://www.192.168.1.20.example.net/",
        "http://c0a80101.example.com/",
    ],
)
def test_hosts_that_are_not_public_web_sites(raw: str) -> None:
    assert public_host_problem(canonical_url(raw)) is not None


@pytest.mark.parametrize(
    "raw",
    ["https://example.org/", "http://8.8.8.8/", "https://northside.example.org/volunteer",
     "http://[2606:4700:4700::1111]/", "https://xn--bcher-kva.example.com/",
     "https://route-66-diner.example.com/", "https://2024.example.org/"],
)
def test_public_hosts_pass(raw: str) -> None:
    assert public_host_problem(canonical_url(raw)) is None


# --- fetch time: every connection resolves once and connects to what it checked ---------


@pytest.fixture
def resolver(monkeypatch: pytest.MonkeyPatch):
    """A DNS stand-in: names from ``answers`` resolve as given (a list: one answer per
    lookup, the last one repeated); every lookup is recorded."""
    real = socket.getaddrinfo
    answers: dict[str, list[str]] = {}
    lookups: list[str] = []

    def getaddrinfo(host, port, *args, **kwargs):
        lookups.append(host)
        if host in answers:
            queue = answers[host]
            address = queue.pop(0) if len(queue) > 1 else queue[0]
            return real(address, port, *args, **kwargs)
        return real(host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    return answers, lookups


def test_each_connection_resolves_once_and_connects_to_the_checked_address(
    site_server: SiteServer, fetch_settings: Any, resolver
) -> None:
    """No second lookup between the check and the connection (where a rebinding DNS
    server would answer differently): one lookup per TCP connection, made by the guard,
    and the connection goes to the address that lookup returned."""
    answers, lookups = resolver
    answers["rebind.example"] = ["127.0.0.1"]
    with DirectFetcher() as fetcher:
        page = fetcher.fetch(f"http://rebind.example:{site_server.port}/about.html")
    assert "# About us" in page.markdown
    requests = [r.path for r in site_server.requests]
    assert requests == ["/robots.txt", "/about.html"]
    # The test server closes every connection (HTTP/1.0): two connections, two lookups.
    assert lookups.count("rebind.example") == len(requests)

    # A later answer pointing elsewhere is what the next connection uses — and checks.
    fetch_settings.FETCH_ALLOW_PRIVATE_ADDRESSES = False
    answers["rebind.example"] = ["10.0.0.9"]
    with DirectFetcher() as fetcher, pytest.raises(FetchError) as caught:
        fetcher.fetch(f"http://rebind.example:{site_server.port}/about.html")
    assert caught.value.reason == FetchFailure.BLOCKED_ADDRESS
    assert "10.0.0.9" in caught.value.message


def test_every_redirect_hop_is_resolved_and_checked_by_the_guard(
    site_server: SiteServer, fetch_settings: Any, resolver
) -> None:
    answers, lookups = resolver
    answers["hop.example"] = ["127.0.0.1"]
    target = f"http://hop.example:{site_server.port}/about.html"
    with DirectFetcher() as fetcher:
        page = fetcher.fetch(site_server.url(f"/_test/redirect?to={target}"))
    assert page.final_url == target
    assert "hop.example" in lookups  # the new host went through the guarded resolver

    fetch_settings.FETCH_ALLOW_PRIVATE_ADDRESSES = False
    answers["hop.example"] = ["10.0.0.7"]
    with DirectFetcher() as fetcher, pytest.raises(FetchError) as caught:
        fetcher.fetch(target)
    assert caught.value.reason == FetchFailure.BLOCKED_ADDRESS
    assert "10.0.0.7" in caught.value.message
