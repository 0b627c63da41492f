"""The crawl of one source: same-site pages, the likeliest need pages first, within a budget.

Pure (no database): start URLs and a fetcher in, fetched pages and failures out, so the
ordering and limits are testable against a local site and reusable by any caller.

* The start URLs are read first, in order; then discovered links by priority: a link whose
  text or address suggests needs ("Volunteer", "/donate", "Voluntarios", "Wish list"…)
  before anything else, shallower before deeper, page order as the last tie-break.
* "Same site" means the same host, ignoring a leading ``www.`` and the scheme (so http ->
  https upgrades stay on site), or a subdomain of it; an explicit non-default port must
  match.  Where a start URL redirects (an organization that moved domains) the site it
  lands on counts as well.
* URLs are normalised before de-duplication: fragment dropped, host lower-cased, default
  port dropped, tracking parameters (``utm_*``, ``fbclid``…) removed, query parameters
  sorted.  Same-site PDFs are followed (the fetcher reads their text); links to other files
  (images, office documents, calendars…) and non-http links (mailto:, tel:) are not.
* ``max_pages`` bounds the fetch *attempts*, failures included, so a site full of broken
  links cannot make a crawl run long.
* A discovered link that answers 404 or 410 is a *broken link*: listed on the crawl, but
  the crawl still read every page that exists, so it stays ``ok``.
* One failing page never aborts the rest.  A failure of a start URL, or of a discovered
  page for any reason except the two below, is a :class:`PageFailure`.  A discovered
  link the site's robots.txt closes to us, or one that turns out not to be HTML, is
  *skipped* (reported, but it does not make the source "partial"): following a menu link
  to a calendar feed is not the site's fault.
"""

from __future__ import annotations

import heapq
import itertools
import logging
import re
import unicodedata
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from django.conf import settings

from organizations.fetching.base import Fetcher, FetchError, FetchFailure, FetchResult

logger = logging.getLogger(__name__)

# Words (or word stems) that suggest a page lists needs.  Matched against the words of the
# link text and of the URL path, case- and accent-insensitively.  Weight: higher is sooner.
NEED_WORDS: dict[str, int] = {
    # English
    "volunteer": 10, "volunteers": 10, "volunteering": 10, "donate": 10, "donation": 9,
    "donations": 9, "wishlist": 9, "needs": 8, "need": 6, "shifts": 8, "shift": 6,
    "signup": 7, "help": 6, "involved": 7, "give": 5, "giving": 5, "supplies": 6,
    "drive": 4, "opportunities": 6, "serve": 4, "support": 3, "inkind": 6, "wish": 6,
    # Spanish
    "voluntarios": 10, "voluntario": 10, "voluntarias": 10, "voluntariado": 10,
    "donar": 10, "donaciones": 9, "donacion": 9, "ayuda": 7, "ayudar": 7,
    "colaborar": 5, "necesidades": 8, "apoyo": 3,
    # Somali (tabaruc: donation/volunteer; caawi: help; iskaa wax u qabso: volunteer)
    "tabaruc": 10, "tabarucaad": 10, "tabarucayaal": 10, "caawi": 6, "caawin": 6,
    "qabso": 6,
    # Hmong (pab: help; pab dawb: volunteer)
    "pab": 7,
    # Vietnamese (tinh nguyen: volunteer; quyen gop: donate), Oromo (gargaar: help)
    "nguyen": 5, "gop": 5, "gargaar": 6,
}
# Two-word phrases (after accent folding) that count as one strong hint.
NEED_PHRASES: dict[str, int] = {
    "get involved": 10, "wish list": 9, "sign up": 8, "how to help": 10,
    "ways to help": 10, "como ayudar": 10, "in kind": 6, "iskaa wax": 8, "pab dawb": 10,
    "tinh nguyen": 10, "quyen gop": 10,
}
# Pages that are almost never about needs: read them last.
LOW_WORDS = frozenset({
    "privacy", "terms", "login", "signin", "cart", "checkout", "account", "cookie",
    "cookies", "accessibility", "sitemap", "search", "feed", "wp", "admin", "tag", "tags",
    "author", "category", "archive", "archives",
})
FILE_EXTENSIONS = frozenset({
    "jpg", "jpeg", "png", "gif", "svg", "webp", "bmp", "ico", "tif", "tiff",
    "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "csv", "rtf", "txt",
    "zip", "gz", "tar", "rar", "7z", "mp3", "mp4", "m4a", "mov", "avi", "wav", "webm",
    "ics", "vcf", "css", "js", "json", "xml", "rss", "atom", "exe", "dmg", "apk", "woff",
    "woff2", "ttf",
})
TRACKING_PARAMS = frozenset({"fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "_ga"})
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_SKIPPED_REASONS = frozenset({FetchFailure.ROBOTS_DISALLOWED, FetchFailure.NOT_HTML})


@dataclass(frozen=True)
class PageFailure:
    url: str
    reason: str
    message: str


@dataclass
class CrawlOutcome:
    pages: list[FetchResult] = field(default_factory=list)
    failures: list[PageFailure] = field(default_factory=list)
    skipped: list[PageFailure] = field(default_factory=list)
    broken: list[PageFailure] = field(default_factory=list)  # dead same-site links

    @property
    def status(self) -> str:
        """``ok``, ``partial`` (some pages failed) or ``failed`` (nothing was read)."""
        if not self.pages:
            return "failed"
        return "partial" if self.failures else "ok"


def _fold(text: str) -> str:
    """Lower-case without accents: "Donación" -> "donacion"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def need_score(text: str, url: str) -> int:
    """How strongly a link's text and path suggest a page of needs (0 = no hint)."""
    parts = urlsplit(url)
    path_words = " ".join(_WORD.findall(_fold(parts.path)))
    text_words = " ".join(_WORD.findall(_fold(text)))
    score = 0
    for source in (text_words, path_words):
        words = source.split()
        best = max((NEED_WORDS.get(word, 0) for word in words), default=0)
        padded = f" {source} "
        phrase = max(
            (weight for phrase, weight in NEED_PHRASES.items() if f" {phrase} " in padded),
            default=0,
        )
        score += max(best, phrase)
        if any(word in LOW_WORDS for word in words):
            score -= 5
    return score


def normalise_url(url: str) -> str | None:
    """The canonical form used for de-duplication, or None when it is not a crawlable page."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not parts.hostname:
        return None
    host = parts.hostname.lower().rstrip(".")
    if ":" in host:
        host = f"[{host}]"
    if port and not ((scheme == "http" and port == 80) or (scheme == "https" and port == 443)):
        host = f"{host}:{port}"
    path = parts.path or "/"
    query = [
        (key, value)
        for key, value in parse_qsl(parts.query, keep_blank_values=True)
        if not key.lower().startswith("utm_") and key.lower() not in TRACKING_PARAMS
    ]
    return urlunsplit((scheme, host, path, urlencode(sorted(query)), ""))


def site_key(url: str) -> tuple[str, int | None] | None:
    """(host without ``www.``, explicit non-default port) — scheme-insensitive."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return None
    if not parts.hostname:
        return None
    host = parts.hostname.lower().rstrip(".").removeprefix("www.")
    if port in (80, 443):
        port = None
    return host, port


def _same_site(url: str, sites: set[tuple[str, int | None]]) -> bool:
    key = site_key(url)
    if key is None:
        return False
    host, port = key
    return any(
        port == site_port and (host == site_host or host.endswith("." + site_host))
        for site_host, site_port in sites
    )


def _is_file(url: str) -> bool:
    last = urlsplit(url).path.rsplit("/", 1)[-1]
    return "." in last and last.rsplit(".", 1)[-1].lower() in FILE_EXTENSIONS


def crawl(
    start_urls: list[str],
    *,
    fetcher: Fetcher,
    max_pages: int | None = None,
) -> CrawlOutcome:
    """Read the start URLs and then same-site pages, need-like first, up to ``max_pages``."""
    if max_pages is None:
        max_pages = int(getattr(settings, "CRAWL_MAX_PAGES", 15))
    outcome = CrawlOutcome()
    order = itertools.count()
    # (priority, depth, order, url, is_start): heapq pops the smallest.
    queue: list[tuple[int, int, int, str, bool]] = []
    queued: set[str] = set()
    sites: set[tuple[str, int | None]] = set()
    for url in start_urls:
        normal = normalise_url(url)
        if normal is None:
            outcome.failures.append(
                PageFailure(url, FetchFailure.INVALID_URL.value, f"{url}: not an http(s) page")
            )
            continue
        key = site_key(normal)
        if key is not None:
            sites.add(key)
        if normal not in queued:
            queued.add(normal)
            # Start URLs keep their order ahead of every discovered link.
            heapq.heappush(queue, (-(10**6), 0, next(order), normal, True))
    done: set[str] = set()
    attempts = 0
    while queue and attempts < max_pages:
        _priority, depth, _n, url, is_start = heapq.heappop(queue)
        if url in done:
            continue
        attempts += 1
        done.add(url)
        try:
            page = fetcher.fetch(url)
        except FetchError as exc:
            failure = PageFailure(url, exc.reason.value, exc.message)
            if not is_start and exc.reason in _SKIPPED_REASONS:
                outcome.skipped.append(failure)
            elif not is_start and exc.reason == FetchFailure.NOT_FOUND:
                outcome.broken.append(failure)
            else:
                outcome.failures.append(failure)
            continue
        except Exception as exc:  # noqa: BLE001 - one bad page never aborts the crawl
            logger.exception("unexpected error fetching a page during a crawl")
            outcome.failures.append(
                PageFailure(url, FetchFailure.UNEXPECTED.value, f"{url}: unexpected error ({exc})")
            )
            continue
        final = normalise_url(page.final_url) or url
        if is_start:
            key = site_key(final)
            if key is not None:
                sites.add(key)
        elif not _same_site(final, sites):
            continue  # a menu link that redirects off site (e.g. a payment page)
        if final != url:
            if final in done:
                continue  # two addresses for one page: keep the first
            done.add(final)
        outcome.pages.append(page)
        for link in page.links:
            target = normalise_url(link.url)
            if (
                target is None
                or target in queued
                or target in done
                or _is_file(target)
                or not _same_site(target, sites)
            ):
                continue
            queued.add(target)
            heapq.heappush(
                queue, (-need_score(link.text, target), depth + 1, next(order), target, False)
            )
    return outcome
