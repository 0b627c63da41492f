"""The direct backend: httpx from this machine, polite and defensive.

* Only ``http``/``https``; no credentials in URLs.
* Connect/read timeouts, a total deadline, and a body cap counted on the *decoded* bytes while
  streaming (so a gzip bomb stops at the cap too).
* Redirects are followed by hand, up to ``FETCH_MAX_REDIRECTS``; every hop is re-validated
  (scheme, robots.txt for its host, address guard at connect time).
* Address guard: every TCP connection resolves the host with :func:`socket.getaddrinfo`,
  refuses the connection if *any* resolved address is private, loopback, link-local,
  multicast or reserved, and then connects to the address it checked (so a DNS answer
  cannot change between the check and the connection).  ``FETCH_ALLOW_PRIVATE_ADDRESSES``
  turns the guard off (tests serve pages from 127.0.0.1).  Environment proxies are ignored,
  since a proxy would bypass the guard.
* robots.txt (RFC 9309) is read once per scheme+host per fetcher instance and cached:
  2xx -> its rules; 4xx -> everything allowed; 5xx or 429 -> everything disallowed (the
  RFC's "unreachable" case: we do not crawl a site whose robots.txt we cannot read);
  more redirects than allowed -> allowed (RFC §2.3.1.2); a timeout or connection failure
  fails every page of that host with the same reason, without retrying per page.
"""

from __future__ import annotations

import ipaddress
import logging
import socket
import time
import typing
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx
from django.conf import settings
from protego import Protego

from organizations.fetching.base import (
    DEFAULT_USER_AGENT,
    Fetcher,
    FetchError,
    FetchFailure,
    FetchResult,
)
from organizations.fetching.hosts import InvalidURL, canonical_url, is_public_ip
from organizations.fetching.html import (
    HTML_TYPES,
    decode_html,
    extract_links,
    looks_like_html,
    media_type,
)
from organizations.fetching.pdf import PDF_TYPES, looks_like_pdf, pdf_text
from organizations.readable import html_to_markdown

logger = logging.getLogger(__name__)

_REDIRECT_CODES = frozenset({301, 302, 303, 307, 308})
_ROBOTS_MAX_BYTES = 500 * 1024  # RFC 9309 §2.5: parse at least 500 KiB, ignore the rest.
_ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1"
_ALLOW_ALL = Protego.parse("")
_DISALLOW_ALL = Protego.parse("User-agent: *\nDisallow: /\n")


class _BlockedAddressError(Exception):
    """Raised inside the connection layer; httpx lets non-httpcore errors through."""

    def __init__(self, host: str, address: str) -> None:
        self.host = host
        self.address = address
        super().__init__(f"{host} resolves to {address}, a non-public address")


def is_public_address(address: str) -> bool:
    """True for a globally routable unicast address (IPv4-mapped IPv6 judged as IPv4)."""
    return is_public_ip(ipaddress.ip_address(address.split("%", 1)[0]))


class _GuardedBackend(httpcore.SyncBackend):
    """Resolves, checks every address, then connects to a checked address."""

    def __init__(self, *, allow_private: bool) -> None:
        self.allow_private = allow_private

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: typing.Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (socket.gaierror, UnicodeError) as exc:
            raise httpcore.ConnectError(f"could not resolve {host}: {exc}") from exc
        addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
        if not self.allow_private:
            for address in addresses:
                if not is_public_address(address):
                    raise _BlockedAddressError(host, address)
        last: Exception | None = None
        for address in addresses:
            try:
                return super().connect_tcp(address, port, timeout, local_address, socket_options)
            except httpcore.ConnectTimeout:
                raise
            except httpcore.ConnectError as exc:
                last = exc
        raise last or httpcore.ConnectError(f"no address for {host}")


class _GuardedTransport(httpx.HTTPTransport):
    """httpx's transport with its connection pool rebuilt on the guarded network backend.

    httpx 0.28 does not expose ``network_backend``; the pool is the documented httpcore
    object it would have built, so replacing it keeps every other behaviour.
    """

    def __init__(self, *, allow_private: bool) -> None:
        super().__init__(trust_env=False)
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(trust_env=False),
            max_connections=10,
            max_keepalive_connections=5,
            keepalive_expiry=5.0,
            network_backend=_GuardedBackend(allow_private=allow_private),
        )


@dataclass
class _Raw:
    url: str  # after redirects
    status: int
    content_type: str
    body: bytes


def validate_url(url: str) -> str:
    """The URL in its one spelling (see ``hosts.canonical_url``: every IPv4 notation as
    dotted decimal, IDNA names in ASCII, no trailing dot, no default port), without its
    fragment, or FetchError(invalid_url) saying what is wrong.  Whether the host's
    addresses are public is decided when connecting, on every hop."""
    url = (url or "").strip()
    try:
        cleaned = canonical_url(url).url
    except InvalidURL as exc:
        raise FetchError(FetchFailure.INVALID_URL, f"{url}: {exc}", url=url) from exc
    try:
        httpx.URL(cleaned)
    except (httpx.InvalidURL, ValueError) as exc:
        raise FetchError(
            FetchFailure.INVALID_URL, f"{url}: not a valid URL ({exc})", url=url
        ) from exc
    return cleaned


def _status_error(url: str, status: int, at: str) -> FetchError:
    where = "" if at == url else f" (at {at})"
    if status in (404, 410):
        return FetchError(
            FetchFailure.NOT_FOUND, f"{url}: page not found ({status}){where}", url=url
        )
    if 500 <= status < 600:
        return FetchError(
            FetchFailure.SERVER_ERROR, f"{url}: server answered {status}{where}", url=url
        )
    return FetchError(FetchFailure.HTTP_ERROR, f"{url}: server answered {status}{where}", url=url)


class DirectFetcher(Fetcher):
    """Fetches pages itself; one instance per crawl (it caches robots.txt per host)."""

    name = "direct"

    def __init__(
        self,
        *,
        connect_timeout: float | None = None,
        read_timeout: float | None = None,
        total_timeout: float | None = None,
        max_bytes: int | None = None,
        max_redirects: int | None = None,
        user_agent: str | None = None,
        allow_private_addresses: bool | None = None,
    ) -> None:
        def setting(name: str, default: typing.Any, given: typing.Any) -> typing.Any:
            return given if given is not None else getattr(settings, name, default)

        self.connect_timeout = float(setting("FETCH_CONNECT_TIMEOUT", 5, connect_timeout))
        self.read_timeout = float(setting("FETCH_READ_TIMEOUT", 15, read_timeout))
        self.total_timeout = float(setting("FETCH_TOTAL_TIMEOUT", 60, total_timeout))
        self.max_bytes = int(setting("FETCH_MAX_BYTES", 2_000_000, max_bytes))
        self.max_redirects = int(setting("FETCH_MAX_REDIRECTS", 5, max_redirects))
        self.user_agent = (
            setting("FETCH_USER_AGENT", DEFAULT_USER_AGENT, user_agent) or DEFAULT_USER_AGENT
        )
        self.allow_private = bool(
            setting("FETCH_ALLOW_PRIVATE_ADDRESSES", False, allow_private_addresses)
        )
        self._robots: dict[str, Protego | FetchError] = {}
        self._client = httpx.Client(
            transport=_GuardedTransport(allow_private=self.allow_private),
            timeout=httpx.Timeout(
                connect=self.connect_timeout,
                read=self.read_timeout,
                write=self.read_timeout,
                pool=self.connect_timeout,
            ),
            follow_redirects=False,
            trust_env=False,
            headers={"User-Agent": self.user_agent, "Accept": _ACCEPT},
        )

    def close(self) -> None:
        self._client.close()

    # -- the page ----------------------------------------------------------------------

    def fetch(self, url: str) -> FetchResult:
        start = validate_url(url)
        raw = self._exchange(start, original=url, for_robots=False)
        if not 200 <= raw.status < 300:
            raise _status_error(url, raw.status, raw.url)
        if media_type(raw.content_type) in PDF_TYPES or (
                not raw.content_type and looks_like_pdf(raw.body)):
            return self._pdf_result(url, raw)
        html = decode_html(raw.body, raw.content_type)
        readable = html_to_markdown(html, url=raw.url)
        return FetchResult(
            url=url,
            final_url=raw.url,
            status_code=raw.status,
            content_type=media_type(raw.content_type) or "text/html",
            title=readable.title,
            markdown=readable.markdown,
            links=extract_links(html, raw.url),
            html_bytes=len(raw.body),
            html=html,
        )

    def _pdf_result(self, url: str, raw) -> FetchResult:
        title, text = pdf_text(raw.body)
        if not title:
            title = raw.url.rstrip("/").rsplit("/", 1)[-1]
        return FetchResult(url=url, final_url=raw.url, status_code=raw.status,
                           content_type="application/pdf", title=title, markdown=text,
                           links=[], html_bytes=len(raw.body))

    # -- one request with redirects ----------------------------------------------------

    def _exchange(self, url: str, *, original: str, for_robots: bool) -> _Raw:
        """GET ``url`` following redirects by hand; the body is read only for a 2xx answer."""
        deadline = time.monotonic() + self.total_timeout
        current = url
        seen = {current}
        for _hop in range(self.max_redirects + 1):
            if not for_robots:
                self._check_robots(current, original=original)
            try:
                with self._client.stream("GET", current) as response:
                    status = response.status_code
                    location = response.headers.get("location")
                    if status in _REDIRECT_CODES and location:
                        target = self._redirect_target(current, location, original=original)
                        if target in seen:
                            raise FetchError(
                                FetchFailure.TOO_MANY_REDIRECTS,
                                f"{original}: redirect loop at {target}",
                                url=original,
                            )
                        seen.add(target)
                        current = target
                        continue
                    content_type = response.headers.get("content-type", "")
                    if not 200 <= status < 300:
                        return _Raw(current, status, content_type, b"")
                    cap = _ROBOTS_MAX_BYTES if for_robots else self.max_bytes
                    if not for_robots:
                        self._check_declared(response, original=original)
                    body = self._read(
                        response,
                        cap=cap,
                        truncate=for_robots,
                        deadline=deadline,
                        original=original,
                    )
                    if (not for_robots and not content_type and not looks_like_html(body)
                            and not looks_like_pdf(body)):
                        raise FetchError(
                            FetchFailure.NOT_HTML,
                            f"{original}: no Content-Type and the body is not HTML",
                            url=original,
                        )
                    return _Raw(current, status, content_type, body)
            except FetchError:
                raise
            except _BlockedAddressError as exc:
                raise FetchError(
                    FetchFailure.BLOCKED_ADDRESS,
                    f"{original}: {exc.host} resolves to a private or reserved address "
                    f"({exc.address}); not fetched",
                    url=original,
                ) from exc
            except httpx.TimeoutException as exc:
                kind = "connecting" if isinstance(exc, httpx.ConnectTimeout) else "waiting"
                raise FetchError(
                    FetchFailure.TIMEOUT,
                    f"{original}: timed out {kind} for {current}",
                    url=original,
                ) from exc
            except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
                raise FetchError(
                    FetchFailure.INVALID_URL, f"{original}: not a valid URL ({exc})", url=original
                ) from exc
            except httpx.DecodingError as exc:
                raise FetchError(
                    FetchFailure.CONNECTION,
                    f"{original}: the response could not be decoded ({exc})",
                    url=original,
                ) from exc
            except (httpx.TransportError, httpx.StreamError) as exc:
                raise FetchError(
                    FetchFailure.CONNECTION,
                    f"{original}: could not connect or the connection failed ({exc})",
                    url=original,
                ) from exc
        raise FetchError(
            FetchFailure.TOO_MANY_REDIRECTS,
            f"{original}: more than {self.max_redirects} redirects",
            url=original,
        )

    def _redirect_target(self, current: str, location: str, *, original: str) -> str:
        try:
            target = urljoin(current, location.strip())
        except ValueError as exc:
            raise FetchError(
                FetchFailure.INVALID_URL,
                f"{original}: redirected to an invalid address ({exc})",
                url=original,
            ) from exc
        try:
            return validate_url(target)
        except FetchError as exc:
            raise FetchError(
                FetchFailure.INVALID_URL,
                f"{original}: redirected to {target[:200]}, which is not read "
                "(only http and https addresses are)",
                url=original,
            ) from exc

    def _check_declared(self, response: httpx.Response, *, original: str) -> None:
        """Refuse before downloading: a non-HTML type or a declared length over the cap."""
        content_type = response.headers.get("content-type", "")
        kind = media_type(content_type)
        if kind and kind not in HTML_TYPES and kind not in PDF_TYPES:
            raise FetchError(
                FetchFailure.NOT_HTML, f"{original}: not an HTML page ({kind})", url=original
            )
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            raise FetchError(
                FetchFailure.TOO_LARGE,
                f"{original}: page is {int(declared):,} bytes, over the {self.max_bytes:,} "
                "byte limit",
                url=original,
            )

    def _read(
        self,
        response: httpx.Response,
        *,
        cap: int,
        truncate: bool,
        deadline: float,
        original: str,
    ) -> bytes:
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > cap:
                if truncate:
                    chunks.append(chunk[: len(chunk) - (size - cap)])
                    break
                raise FetchError(
                    FetchFailure.TOO_LARGE,
                    f"{original}: page is over the {cap:,} byte limit",
                    url=original,
                )
            chunks.append(chunk)
            if time.monotonic() > deadline:
                raise FetchError(
                    FetchFailure.TIMEOUT,
                    f"{original}: took longer than {self.total_timeout:g} s to download",
                    url=original,
                )
        return b"".join(chunks)

    # -- robots.txt --------------------------------------------------------------------

    def _check_robots(self, url: str, *, original: str) -> None:
        parts = urlsplit(url)
        key = f"{parts.scheme}://{parts.netloc}".lower()
        rules = self._robots.get(key)
        if rules is None:
            rules = self._load_robots(key, original=original)
            self._robots[key] = rules
        if isinstance(rules, FetchError):
            raise FetchError(rules.reason, f"{original}: {rules.message}", url=original)
        if not rules.can_fetch(url, self.user_agent):
            raise FetchError(
                FetchFailure.ROBOTS_DISALLOWED,
                f"{original}: the site's robots.txt does not allow us to read this page",
                url=original,
            )

    def _load_robots(self, origin: str, *, original: str) -> Protego | FetchError:
        robots_url = f"{origin}/robots.txt"
        try:
            raw = self._exchange(robots_url, original=robots_url, for_robots=True)
        except FetchError as exc:
            if exc.reason in (FetchFailure.TOO_MANY_REDIRECTS, FetchFailure.INVALID_URL):
                return _ALLOW_ALL
            if exc.reason == FetchFailure.TOO_LARGE:  # pragma: no cover - truncated, not raised
                return _ALLOW_ALL
            logger.info("robots.txt unreachable for %s: %s", origin, exc.reason.value)
            # Keep the reason (timeout, connection, blocked_address) for the host's pages.
            return FetchError(exc.reason, exc.message.removeprefix(f"{robots_url}: "))
        if 200 <= raw.status < 300:
            return Protego.parse(decode_html(raw.body, raw.content_type))
        if raw.status == 429 or raw.status >= 500:
            return FetchError(
                FetchFailure.ROBOTS_DISALLOWED,
                f"{robots_url} answered {raw.status}; the site is treated as closed to "
                "crawlers until it can be read (RFC 9309)",
            )
        return _ALLOW_ALL  # 4xx: no robots.txt, everything allowed
