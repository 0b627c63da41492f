"""The live extraction pipeline, in the shape ``bench/extraction_blind.py`` scores."""

from __future__ import annotations

from needs.extraction.pipeline import extract_fetched_page
from organizations.crawling import crawl

NAME = "current"


def crawl_site(start_urls, fetcher, max_pages=None):
    return crawl(start_urls, fetcher=fetcher, max_pages=max_pages)


def extract(page) -> list[dict]:
    return [{"title": n.title, "description": n.description, "kind": n.kind,
             "languages": list(n.languages), "page_language": n.page_language}
            for n in extract_fetched_page(page)]
