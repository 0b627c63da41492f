"""Extractor v6 (issue 10), frozen before it met blind round 6 (2026-12-03, commit 03de156).

Verbatim copies of ``needs/extraction/*`` (the heuristic backend and its modules),
``organizations/crawling.py`` and ``organizations/readable.py``, with imports pointed at
this package, so the one-shot row in docs/benchmarks.md can be re-run with
``bench/extraction_blind.py ROUND --version v6``.  Pages are fetched with today's fetcher
(robots.txt, size caps, PDF text through pypdf).
"""

from __future__ import annotations

from .crawling import crawl
from .extraction.heuristic import HeuristicExtractor
from .extraction.pipeline import extract_fetched_page

NAME = "v6"


def crawl_site(start_urls, fetcher, max_pages=None):
    return crawl(start_urls, fetcher=fetcher, max_pages=max_pages)


def extract(page) -> list[dict]:
    return [{"title": n.title, "description": n.description, "kind": n.kind,
             "languages": list(n.languages), "page_language": n.page_language}
            for n in extract_fetched_page(page, HeuristicExtractor())]
