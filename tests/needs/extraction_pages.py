"""Helpers shared by the extraction tests of v21 onwards: a page from an HTML body, its
titles as the heuristic extractor reads them (with or without the learned model)."""

from __future__ import annotations

from needs.extraction import learned
from needs.extraction.base import PageInput
from needs.extraction.heuristic import HeuristicExtractor
from needs.extraction.structure import html_language, text_to_markdown

MODES = (False, True) if learned.available() else (False,)


def titles(html: str, *, use_model: bool = False, url: str = "http://example.org/") -> list[str]:
    page_input = PageInput(url=url, title="Page", markdown="", html=html,
                           language=html_language(html))
    return [n.title for n in HeuristicExtractor(use_model=use_model).extract(page_input)]


def pdf_titles(text: str, *, use_model: bool = False) -> list[str]:
    page_input = PageInput(url="http://example.org/flyer.pdf", title="Flyer",
                           markdown=text_to_markdown(text), html="", language="en")
    return [n.title for n in HeuristicExtractor(use_model=use_model).extract(page_input)]


def page(body: str, lang: str = "en") -> str:
    return (f'<html lang="{lang}"><head><title>Centre</title></head>'
            f"<body><main>{body}</main></body></html>")


def has(found: list[str], *words: str) -> bool:
    return any(all(w.casefold() in t.casefold() for w in words) for t in found)
