"""The fetch backend interface: one URL in, readable Markdown plus its links out.

Backends are chosen in settings the way Django chooses ``EMAIL_BACKEND``:

* ``FETCH_BACKEND = "direct"`` – httpx from this machine (robots.txt, limits, address guard);
* ``FETCH_BACKEND = "firecrawl"`` – the hosted Firecrawl scraper.

When ``FETCH_BACKEND`` is unset or empty the choice is automatic: ``firecrawl`` when
``FIRECRAWL_API_KEY`` is set, ``direct`` otherwise.  An explicit value always wins, so a
deployment with a key can still force ``direct``.

Every failure a caller must handle is a :class:`FetchError` with a machine ``reason`` (stored
in crawl records, counted in reports) and a readable ``message`` naming the URL (shown to
staff on the Source).
"""

from __future__ import annotations

import abc
from dataclasses import dataclass, field
from enum import StrEnum
from types import TracebackType
from typing import Self

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

#: robots.txt groups for ``MNDigitalAidBot`` (the product token) apply to us.
DEFAULT_USER_AGENT = "MNDigitalAidBot/1.0 (+https://mndigitalaid.org/bot)"


class FetchFailure(StrEnum):
    """Why a page could not be read (a stable code, stored and counted)."""

    TIMEOUT = "timeout"
    NOT_FOUND = "not_found"
    HTTP_ERROR = "http_error"  # any other 4xx
    SERVER_ERROR = "server_error"  # 5xx
    ROBOTS_DISALLOWED = "robots_disallowed"
    TOO_LARGE = "too_large"
    NOT_HTML = "not_html"
    BLOCKED_ADDRESS = "blocked_address"
    INVALID_URL = "invalid_url"
    CONNECTION = "connection"
    TOO_MANY_REDIRECTS = "too_many_redirects"
    UNEXPECTED = "unexpected"  # a bug or a backend surprise; logged with its traceback


class FetchError(Exception):
    """A page that could not be read, with a stable ``reason`` and a readable ``message``."""

    def __init__(self, reason: FetchFailure | str, message: str, *, url: str = "") -> None:
        self.reason = FetchFailure(reason)
        self.message = message
        self.url = url
        super().__init__(message)

    def __repr__(self) -> str:
        return f"FetchError({self.reason.value!r}, {self.message!r})"


@dataclass(frozen=True)
class Link:
    """An absolute link found on a page, with its visible text (used to rank crawl order)."""

    url: str
    text: str = ""


@dataclass
class FetchResult:
    """One page read successfully."""

    url: str  # the URL asked for
    final_url: str  # the URL after redirects (what the content belongs to)
    status_code: int
    content_type: str
    title: str
    markdown: str
    links: list[Link] = field(default_factory=list)
    html_bytes: int = 0
    # The decoded page (empty for backends that only return Markdown): the structure-aware
    # extractor reads headings, lists, tables and cards from it.  Not stored.
    html: str = field(default="", repr=False)


class Fetcher(abc.ABC):
    """Reads one page.  Instances may keep per-host state (robots.txt), so use one per crawl."""

    name: str = ""

    @abc.abstractmethod
    def fetch(self, url: str) -> FetchResult:
        """Return the page or raise :class:`FetchError`; never any other exception on purpose."""

    def close(self) -> None:  # noqa: B027 - optional hook, not abstract
        """Release connections; the default has nothing to release."""

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def backend_name() -> str:
    """The configured backend: explicit ``FETCH_BACKEND``, else firecrawl iff a key is set."""
    explicit = (getattr(settings, "FETCH_BACKEND", "") or "").strip().lower()
    if explicit:
        return explicit
    return "firecrawl" if getattr(settings, "FIRECRAWL_API_KEY", "") else "direct"


def get_fetcher() -> Fetcher:
    """A new fetcher for the configured backend (one per crawl: it caches robots.txt)."""
    name = backend_name()
    if name == "direct":
        from organizations.fetching.direct import DirectFetcher

        return DirectFetcher()
    if name == "firecrawl":
        from organizations.fetching.firecrawl import FirecrawlFetcher

        return FirecrawlFetcher()
    raise ImproperlyConfigured(
        f"FETCH_BACKEND must be 'direct' or 'firecrawl' (or empty for automatic), not {name!r}."
    )
