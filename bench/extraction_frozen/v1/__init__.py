"""Extractor v1, frozen as it was scored once on blind round 1 (2026-12-03).

A verbatim copy of ``organizations/readable.py``, ``organizations/crawling.py``,
``needs/extraction/base.py`` and ``needs/extraction/heuristic.py`` at commit 9ecc430 (the
only edit: the heuristic imports its base relatively), so the one-shot row in
docs/benchmarks.md can be re-run with ``bench/extraction_blind.py --version v1``.
Pages are fetched with today's fetcher; its Markdown is recomputed with the frozen
readable step, so what the extractor sees is what v1 saw.
"""

from __future__ import annotations

from dataclasses import replace

from .base import PageInput
from .crawling import crawl
from .heuristic import HeuristicExtractor
from .readable import html_to_markdown

NAME = "v1"


class _FrozenReadable:
    """Wraps a live fetcher: same fetch, the frozen readable step on its HTML."""

    def __init__(self, fetcher):
        self.fetcher = fetcher

    def fetch(self, url):
        page = self.fetcher.fetch(url)
        if page.content_type not in ("text/html", "application/xhtml+xml") or not page.html:
            return page
        readable = html_to_markdown(page.html, url=page.final_url)
        return replace(page, title=readable.title, markdown=readable.markdown)

    def close(self):
        self.fetcher.close()


def crawl_site(start_urls, fetcher, max_pages=None):
    return crawl(start_urls, fetcher=_FrozenReadable(fetcher), max_pages=max_pages)


def extract(page) -> list[dict]:
    needs = HeuristicExtractor().extract(
        PageInput(url=page.final_url, title=page.title, markdown=page.markdown))
    return [{"title": n.title, "description": n.description, "kind": None,
             "languages": None, "page_language": None} for n in needs]
