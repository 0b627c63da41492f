"""HTML helpers shared by the backends: decoding bytes and collecting links with their text."""

from __future__ import annotations

import codecs
import contextlib
import re
from urllib.parse import urljoin, urlsplit

import lxml.etree
import lxml.html

from organizations.fetching.base import Link

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_CHARSET_PARAM = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)
_LINK_SCHEMES = ("http", "https", "mailto", "tel")
HTML_TYPES = ("text/html", "application/xhtml+xml")


def media_type(content_type: str) -> str:
    """``text/html; charset=utf-8`` -> ``text/html``."""
    return content_type.split(";", 1)[0].strip().lower()


def looks_like_html(body: bytes) -> bool:
    """A server that sends no Content-Type: accept the body when it starts like HTML."""
    head = body[:4096].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")):
        return True
    return head.startswith(b"<?xml") and b"<html" in head


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_html(body: bytes, content_type: str = "") -> str:
    """Decode with the BOM, the declared charset or ``<meta charset>``; else UTF-8, cp1252."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if body.startswith(bom):
            return body.decode(encoding, errors="replace")
    declared = _CHARSET_PARAM.search(content_type or "")
    encoding = _codec(declared.group(1) if declared else None)
    if encoding is None:
        meta = _META_CHARSET.search(body[:4096])
        encoding = _codec(meta.group(1).decode("ascii", "ignore") if meta else None)
    if encoding is not None:
        return body.decode(encoding, errors="replace")
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        # Old sites without a declaration are overwhelmingly Windows-1252.
        return body.decode("cp1252", errors="replace")


def parse_html(html: str) -> lxml.html.HtmlElement | None:
    """lxml refuses ``str`` input that carries an XML encoding declaration; drop it first."""
    html = _XML_DECLARATION.sub("", html, count=1)
    if not html.strip():
        return None
    try:
        return lxml.html.document_fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return None


def _clean(text: str | None) -> str:
    return " ".join((text or "").split())


def extract_links(html: str, base_url: str) -> list[Link]:
    """Every ``<a href>`` of the raw page (navigation included) as an absolute URL with text.

    The readable Markdown drops navigation, but the crawl needs it: "Volunteer" is usually a
    menu item.  Duplicates keep the first non-empty text.
    """
    doc = parse_html(html)
    if doc is None:
        return []
    base = base_url
    for href in doc.xpath("//base/@href"):
        with contextlib.suppress(ValueError):
            base = urljoin(base_url, str(href).strip())
        break
    found: dict[str, str] = {}
    for anchor in doc.iter("a", "area"):
        href = (anchor.get("href") or "").strip()
        if not href or href.startswith("#"):
            continue
        try:
            absolute = urljoin(base, href)
            scheme = urlsplit(absolute).scheme.lower()
        except ValueError:
            continue
        if scheme not in _LINK_SCHEMES:
            continue
        text = _clean(anchor.text_content()) if anchor.tag == "a" else ""
        text = text or _clean(anchor.get("aria-label")) or _clean(anchor.get("title"))
        text = text or " ".join(_clean(img.get("alt")) for img in anchor.iter("img")).strip()
        if absolute not in found or (not found[absolute] and text):
            found[absolute] = text[:300]
    return [Link(url=url, text=text) for url, text in found.items()]
