"""HTML -> readable Markdown: main content only, navigation and boilerplate dropped.

The Markdown keeps the structure the need extractor relies on: headings as ``#`` lines and
list items as ``- `` lines.  trafilatura finds the main content; a page too small for its
heuristics falls back to a plain walk over the body that still drops nav/header/footer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import lxml.html
import trafilatura

_BLOCK_DROP = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form",
               "template", "svg", "iframe")
_BLANKS = re.compile(r"\n{3,}")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)


@dataclass(frozen=True)
class Readable:
    title: str
    markdown: str


def html_to_markdown(html: str, *, url: str = "") -> Readable:
    """Return the page title and its main content as Markdown ("" when there is none)."""
    if not html or not html.strip():
        return Readable(title="", markdown="")
    try:
        markdown = _trafilatura_markdown(html, url)
    except Exception:  # noqa: BLE001 - a page trafilatura chokes on still gets the fallback
        markdown = None
    title = _title(html)
    if not markdown or len(markdown) < 40:
        markdown = _fallback_markdown(html)
    return Readable(title=title, markdown=_BLANKS.sub("\n\n", markdown).strip())


def _trafilatura_markdown(html: str, url: str) -> str | None:
    return trafilatura.extract(
        html,
        url=url or None,
        output_format="markdown",
        include_formatting=True,
        include_links=False,
        include_images=False,
        include_comments=False,
        include_tables=True,
        deduplicate=False,
    )


def _parse(html: str) -> lxml.html.HtmlElement | None:
    """lxml refuses ``str`` input with an XML encoding declaration (XHTML); drop it."""
    html = _XML_DECLARATION.sub("", html, count=1)
    if not html.strip():
        return None
    try:
        return lxml.html.fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return None


def _title(html: str) -> str:
    try:
        meta = trafilatura.extract_metadata(html)
    except Exception:  # noqa: BLE001 - metadata is best effort
        meta = None
    if meta is not None and meta.title:
        return meta.title.strip()
    doc = _parse(html)
    if doc is None:
        return ""
    found = doc.findtext(".//title")
    return (found or "").strip()


def _fallback_markdown(html: str) -> str:
    doc = _parse(html)
    if doc is None:
        return ""
    for bad in doc.xpath("|".join(f"//{tag}" for tag in _BLOCK_DROP)):
        bad.drop_tree()
    lines: list[str] = []
    for el in doc.iter():
        tag = el.tag if isinstance(el.tag, str) else ""
        text = " ".join(el.text_content().split()) if tag else ""
        if not text:
            continue
        if re.fullmatch(r"h[1-6]", tag):
            lines.append("\n" + "#" * int(tag[1]) + " " + text)
        elif tag == "li":
            lines.append("- " + text)
        elif tag in ("p", "td", "dd", "dt", "blockquote"):
            lines.append(text)
    return "\n".join(lines)
