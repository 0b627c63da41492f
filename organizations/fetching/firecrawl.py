"""The hosted backend: Firecrawl's ``/v2/scrape`` through the ``firecrawl-py`` SDK.

We ask for ``markdown``, ``links`` and ``rawHtml``.  The readable Markdown is made by *our*
:func:`~organizations.readable.html_to_markdown` from Firecrawl's rendered HTML when it is
there, so both backends give the extractor the same structure and switching backends does
not mark every page as changed; Firecrawl's own Markdown is the fallback.  Links (with their
text) come from the rendered HTML too, else from Firecrawl's plain ``links`` list.

Firecrawl fetches from its own network, so the private-address guard does not apply here
(it cannot reach ours); URLs are still checked for scheme and host before spending a credit.
robots.txt is Firecrawl's responsibility on this backend.
"""

from __future__ import annotations

import logging
from typing import Any

import requests
from django.conf import settings
from firecrawl import Firecrawl
from firecrawl.v2.utils.error_handler import FirecrawlError

from organizations.fetching.base import Fetcher, FetchError, FetchFailure, FetchResult, Link
from organizations.fetching.direct import validate_url
from organizations.fetching.html import HTML_TYPES, extract_links, media_type
from organizations.readable import html_to_markdown

logger = logging.getLogger(__name__)

DEFAULT_API_URL = "https://api.firecrawl.dev"

# Firecrawl's machine codes for failures of the *target* site.
_CODE_REASONS = {
    "SCRAPE_TIMEOUT": FetchFailure.TIMEOUT,
    "SCRAPE_DNS_RESOLUTION_ERROR": FetchFailure.CONNECTION,
    "SCRAPE_SSL_ERROR": FetchFailure.CONNECTION,
    "SCRAPE_SITE_ERROR": FetchFailure.CONNECTION,
    "SCRAPE_UNSUPPORTED_FILE_ERROR": FetchFailure.NOT_HTML,
    "SCRAPE_ROBOTS_DISALLOWED": FetchFailure.ROBOTS_DISALLOWED,
}


def _error_detail(exc: FirecrawlError) -> tuple[str | None, str]:
    """(code, Firecrawl's own one-line error) from the failed response when it is JSON."""
    code = getattr(exc, "code", None)
    detail = ""
    response = getattr(exc, "response", None)
    if response is not None:
        try:
            body = response.json()
        except ValueError:
            body = None
        if isinstance(body, dict):
            code = code or body.get("code")
            detail = str(body.get("error") or "")
    detail = " ".join((detail or str(exc)).split())
    return code, detail[:300]


class FirecrawlFetcher(Fetcher):
    """Scrapes one page per call through Firecrawl (synchronous, one credit per page)."""

    name = "firecrawl"

    def __init__(
        self,
        *,
        api_key: str | None = None,
        api_url: str | None = None,
        timeout: float | None = None,
        max_bytes: int | None = None,
        max_retries: int = 2,
    ) -> None:
        self.api_url = api_url or getattr(settings, "FIRECRAWL_API_URL", "") or DEFAULT_API_URL
        self.timeout = float(timeout or getattr(settings, "FIRECRAWL_TIMEOUT", 60))
        self.max_bytes = int(max_bytes or getattr(settings, "FETCH_MAX_BYTES", 2_000_000))
        key = api_key if api_key is not None else getattr(settings, "FIRECRAWL_API_KEY", "")
        # No key is allowed by the SDK (Firecrawl's keyless, rate-limited tier).
        self._client = Firecrawl(
            api_key=key or None,
            api_url=self.api_url,
            # The HTTP wait must outlast Firecrawl's own scrape timeout.
            timeout=self.timeout + 10,
            max_retries=max_retries,
        )

    def fetch(self, url: str) -> FetchResult:
        validate_url(url)
        try:
            document = self._client.scrape(
                url.strip(),
                formats=["markdown", "links", "rawHtml"],
                only_main_content=True,
                timeout=int(self.timeout * 1000),
            )
        except FirecrawlError as exc:
            raise self._map_error(url, exc) from exc
        except requests.Timeout as exc:
            raise FetchError(
                FetchFailure.TIMEOUT, f"{url}: Firecrawl did not answer in time", url=url
            ) from exc
        except requests.RequestException as exc:
            raise FetchError(
                FetchFailure.CONNECTION, f"{url}: could not reach Firecrawl ({exc})", url=url
            ) from exc
        except ValueError as exc:  # the SDK's own argument checks
            raise FetchError(FetchFailure.INVALID_URL, f"{url}: {exc}", url=url) from exc
        return self._result(url, document)

    def _result(self, url: str, document: Any) -> FetchResult:
        meta = document.metadata_typed
        status = int(meta.status_code or 200)
        final_url = meta.url or meta.source_url or url
        if status in (404, 410):
            raise FetchError(FetchFailure.NOT_FOUND, f"{url}: page not found ({status})", url=url)
        if 500 <= status < 600:
            raise FetchError(FetchFailure.SERVER_ERROR, f"{url}: server answered {status}", url=url)
        if not 200 <= status < 300:
            raise FetchError(FetchFailure.HTTP_ERROR, f"{url}: server answered {status}", url=url)
        kind = media_type(meta.content_type or "")
        if kind and kind not in HTML_TYPES:
            raise FetchError(FetchFailure.NOT_HTML, f"{url}: not an HTML page ({kind})", url=url)
        raw_html = document.raw_html or document.html or ""
        size = len(raw_html.encode("utf-8"))
        if size > self.max_bytes:
            raise FetchError(
                FetchFailure.TOO_LARGE,
                f"{url}: page is over the {self.max_bytes:,} byte limit",
                url=url,
            )
        title = (meta.title or "").strip()
        markdown = ""
        links: list[Link] = []
        if raw_html:
            readable = html_to_markdown(raw_html, url=final_url)
            markdown = readable.markdown
            title = title or readable.title
            links = extract_links(raw_html, final_url)
        if not markdown:
            markdown = (document.markdown or "").strip()
        if not links:
            links = [Link(url=str(link)) for link in document.links or [] if link]
        return FetchResult(
            url=url,
            final_url=final_url,
            status_code=status,
            content_type=kind or "text/html",
            title=title,
            markdown=markdown,
            links=links,
            html_bytes=size,
        )

    def _map_error(self, url: str, exc: FirecrawlError) -> FetchError:
        code, detail = _error_detail(exc)
        status = getattr(exc, "status_code", None)
        reason = _CODE_REASONS.get(code or "")
        if reason is None:
            if status == 408:
                reason = FetchFailure.TIMEOUT
            elif status == 400:
                reason = FetchFailure.INVALID_URL
            elif status is not None and status >= 500:
                reason = FetchFailure.SERVER_ERROR
            else:
                reason = FetchFailure.HTTP_ERROR
        if status in (401, 402, 429):
            logger.warning("Firecrawl refused a scrape with %s (%s)", status, code or "no code")
        shown = f"{status}" if status else "error"
        if code:
            shown += f" {code}"
        return FetchError(
            reason, f"{url}: Firecrawl could not scrape it ({shown}: {detail})", url=url
        )
