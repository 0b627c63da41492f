"""One fetched page -> its validated needs, the same way for a crawl, a test and a bench."""

from __future__ import annotations

from .base import ExtractedNeed, Extractor, PageInput, get_extractor
from .structure import html_language, text_to_markdown


def page_input(page) -> PageInput:
    """A fetch result (``organizations.fetching.base.FetchResult``) as the extractor's input."""
    html = getattr(page, "html", "") or ""
    markdown = page.markdown
    if getattr(page, "content_type", "") == "application/pdf":
        markdown = text_to_markdown(markdown)  # a PDF's text layer: give it structure
    return PageInput(
        url=page.final_url or page.url,
        title=page.title,
        markdown=markdown,
        html=html,
        language=html_language(html),
    )


def extract_fetched_page(page, extractor: Extractor | None = None) -> list[ExtractedNeed]:
    """The page's needs, with kind, required languages and page language filled."""
    return (extractor or get_extractor()).extract(page_input(page))
