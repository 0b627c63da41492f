"""One fetched page -> its validated needs, the same way for a crawl, a test and a bench."""

from __future__ import annotations

from needs.extraction.base import ExtractedNeed, Extractor, PageInput, get_extractor
from needs.extraction.structure import html_language


def page_input(page) -> PageInput:
    """A fetch result (``organizations.fetching.base.FetchResult``) as the extractor's input."""
    html = getattr(page, "html", "") or ""
    return PageInput(
        url=page.final_url or page.url,
        title=page.title,
        markdown=page.markdown,
        html=html,
        language=html_language(html),
    )


def extract_fetched_page(page, extractor: Extractor | None = None) -> list[ExtractedNeed]:
    """The page's needs, with kind, required languages and page language filled."""
    return (extractor or get_extractor()).extract(page_input(page))
