"""The page's structure, kept: HTML -> Markdown that the need extractor can cut into sections.

The readability step (``organizations.readable``) is built to find an article's main text; on
the pages of small organizations it drops definition lists, flattens table layouts into one
cell, loses the headings of card grids and sometimes whole lists.  This walk keeps what
matters for needs instead:

* headings ``h1``–``h6`` -> ``#`` lines; so are *pseudo-headings*: a short line that is all
  bold / ``<font size>`` / ALL CAPS, a card's title element (class ``*title*``,
  ``*heading*``), a ``<summary>`` and a ``<dt>`` (its ``<dd>`` becomes the section body);
* list items -> ``- `` lines (one per item; nested lists indented by their depth);
* data tables (a header row and at least two columns) -> ``|`` rows; layout tables (cells
  that hold headings, lists, paragraphs or other tables) are walked cell by cell;
* ``<br>`` splits lines; strikethrough (``<s>``, ``<del>``, ``<strike>``, ``line-through``)
  becomes ``~~text~~`` so the fill-state rules can see it; badges ("FILLED", "FULL") keep
  their text in brackets;
* navigation, headers, footers, forms, scripts, cookie banners and hidden elements are
  dropped (by tag, ARIA role, ``hidden``/``display:none`` and class or id words).
"""

from __future__ import annotations

import contextvars
import re
from copy import deepcopy
from urllib.parse import urljoin, urlsplit

import lxml.html
from lxml import etree

from needs.extraction.fill import FILL_BADGE, OPEN_BADGE, STATUS_WORD
from needs.extraction.kinds import names_a_role
from needs.extraction.lexicon import WEEKDAY_NAME as _WEEKDAY_NAME

_INLINE_MARKS = frozenset({"span", "em", "strong", "b", "i", "small", "mark", "s", "del",
                           "strike", "font", "a", "td", "th", "img", "label", "sup"})
_FILLED_CLASSES = frozenset({"filled", "is-filled", "full", "is-full", "closed", "is-closed",
                             "taken", "covered", "sponsored", "fulfilled", "completed",
                             "sold-out", "soldout", "struck", "strikethrough", "done",
                             "matched", "is-matched", "resolved", "archived", "expired",
                             "inactive"})
_FILLED_SUFFIXES = ("-filled", "-full", "-closed", "-taken", "-covered", "-sponsored", "--done",
                    "--met", "-is-met",
                    "-fulfilled", "-matched", "-resolved", "-archived", "-expired")

_DROP_TAGS = frozenset({"script", "style", "noscript", "nav", "header", "footer", "form",
                        "template", "svg", "iframe", "button", "select", "input", "textarea",
                        "head", "object", "embed", "canvas", "map", "audio", "video"})
_DROP_ROLES = frozenset({"navigation", "banner", "contentinfo", "search", "dialog",
                         "alertdialog", "menubar", "menu"})
_DROP_WORDS = re.compile(
    r"(?:^|[\s_-])\w*(?:nav|menu)\w*(?:$|[\s_-])"
    r"|(?:^|[\s_-])(?:navigation|breadcrumbs?|cookies?|consent|gdpr"
    r"|site-header|site-footer|masthead|skip-link|skiplink|social|share|sharing|footer"
    r"|header-bar|topbar|top-bar|modal|popup|newsletter-signup|subscribe|search|pagination"
    r"|screen-reader-text|sr-only|visually-hidden)(?:$|[\s_-])",
    re.IGNORECASE,
)
_HEADING_CLASS = re.compile(r"(?:title|heading|headline|role-name|card-header|name)\b",
                            re.IGNORECASE)
_BADGE_CLASS = re.compile(r"\b(?:badge|tag|label|lbl|status|pill|chip|stamp|ribbon)\b",
                          re.IGNORECASE)
_BLOCK_TAGS = frozenset({"p", "div", "section", "article", "main", "aside", "ul", "ol", "li",
                         "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "td", "th",
                         "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "details",
                         "summary", "figure", "figcaption", "center", "body", "html", "pre",
                         "address", "fieldset", "hr", "caption", "hgroup"})
_STRUCK = frozenset({"s", "del", "strike"})
_BOLD = frozenset({"strong", "b"})
_SPACES = re.compile(r"[ \t\r\f\v\u00a0\u200b]+")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_UPPER_WORD = re.compile(r"[^\W\d_]{2,}")


def _classes(el) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''}"


_SECTIONING = frozenset({"article", "section", "aside", "li", "details"})


def _card_header(el) -> bool:
    """A ``<header>`` inside an article, section or list item is that item's own head (its
    heading and status chip), not the site's banner (HTML's own rule for ``banner``)."""
    if el.tag != "header" or (el.get("role") or "").lower() == "banner":
        return False
    node = el.getparent()
    while node is not None and isinstance(node.tag, str) and node.tag not in ("body", "html"):
        if node.tag in _SECTIONING:
            return True
        node = node.getparent()
    return False


# v30: a header or footer of a listing inside the page's main content (Drupal's "view-header"
# and "view-footer" around a view's rows) is content, not the site's banner or footer.
V30_STRUCTURE = True
V31_STRUCTURE = True
V32_STRUCTURE = True
# v34: a data cell's bold name over its details; a table of boxes each a bold name over a
# sentence; a PDF form's blanks end the line before a heading
V34_STRUCTURE = True
# v37: a card titled by its figure's caption or a <label>
V37_STRUCTURE = True
# v40: a CMS listing's field labels ("Position: " before the title, "Status: " before its
# state) read with their values
V40_STRUCTURE = True
# v42: a plain-text board or sheet typed in a <pre> block, read as blocks and tables
V42_STRUCTURE = True
# v44: a sign-up form's checkboxes as the page's list of roles (``_read_choice_forms``)
V44_STRUCTURE = True
# v45: tables of the same text in two languages, dash lists inside a typed board's cards
V45_STRUCTURE = True
# v48: a bulletin board laid out as a table of ads, each cell "**WANTED:** …"
V48_STRUCTURE = True
# v49: a month's calendar table keeps its grid though its day cells hold paragraphs
V49_STRUCTURE = True
# v51: two-row table headers and column spans, a table's title row as its caption, a footer's
# asks, the last card of a tab, PDF headings with a year, "X: Y" lines and over a form's boxes
V51_STRUCTURE = True
# v52: a PDF form's box ends before a short capitalised title line
V52_STRUCTURE = True
V58_STRUCTURE = True  # v58: developed on blind round 58
_CONTENT_BOX = re.compile(r"(?:^|[\s_-])(?:main-content|region--content|page-content"
                          r"|entry-content|site-content)(?:$|[\s_-])|^\s*(?:content|main)\s*$",
                          re.IGNORECASE)
_HEAD_FOOT_WORDS = re.compile(r"(?:^|[\s_-])(?:view-|block-|section-|card-)?(?:header|footer)"
                              r"(?:$|[\s_-])", re.IGNORECASE)


def _content_head_foot(el) -> bool:
    """A ``<header>``/``<footer>`` (or a box classed so) inside ``<main>`` or the content
    region, its classes naming nothing else the walk drops (v30)."""
    if not V30_STRUCTURE or (el.get("role") or "").lower() in _DROP_ROLES:
        return False
    classes = _classes(el)
    if el.tag not in ("header", "footer") and not _HEAD_FOOT_WORDS.search(classes):
        return False
    if _DROP_WORDS.search(_HEAD_FOOT_WORDS.sub(" ", classes)) or re.search(
            r"(?i)site-(?:header|footer)|page-(?:header|footer)", classes):
        return False
    node = el.getparent()
    while node is not None and isinstance(node.tag, str) and node.tag not in ("body", "html"):
        if node.tag == "main" or (node.get("role") or "").lower() == "main" or (
                _CONTENT_BOX.search(node.get("class") or "") or _CONTENT_BOX.search(
                    node.get("id") or "")):
            return True
        node = node.getparent()
    return False


def _dropped(el) -> bool:
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag in ("header", "footer") and _content_head_foot(el):
        return False
    if tag in _DROP_TAGS and not _card_header(el):
        return True
    style = (el.get("style") or "").replace(" ", "").lower()
    hidden = (el.get("hidden") is not None or (el.get("aria-hidden") or "").lower() == "true"
              or "display:none" in style or "visibility:hidden" in style)
    # A tab or accordion panel is hidden until its tab is clicked, but it is on the page.
    if hidden and not _is_panel(el):
        return True
    if (el.get("role") or "").lower() in _DROP_ROLES:
        return True
    classes = _classes(el)
    if tag in ("p", "small", "div", "span") and _byline(el, classes):
        return True
    if V16_STRUCTURE:
        # Weebly's content box is "wsite-elements wsite-not-footer": not a footer (v17).
        classes = re.sub(r"(?i)(?:^|(?<=[\s_-]))(?:not|no|non)-\w+", " ", classes)
    return tag not in ("body", "html", "main", "article") and bool(
        _DROP_WORDS.search(classes)) and not _content_head_foot(el)


# v56: who posted a board's post and when ("Waxaa qoray **Sagal.M** » 1 Juun 2025", "Posted by
# …", "Publicado por …", "Đăng bởi …"; Hmong "Sau los ntawm", Oromo "Kan barreesse", Amharic
# "የጻፈው", Arabic "كتبه" / "نشر بواسطة" are my own wording): metadata, not the post's text
_BYLINE_CLASS = re.compile(r"(?:^|[\s_-])(?:author|byline|post-?meta|entry-meta|posted-by"
                           r"|post-?info)(?:$|[\s_-])", re.IGNORECASE)
_BYLINE_TEXT = re.compile(
    r"(?i)^\W*(?:posted|written|submitted|shared)\s+by\b|^\W*(?:publicado|escrito)\s+por\b"
    r"|^\W*waxaa\s+(?:qoray|soo\s+dhigay)\b|^\W*đăng\s+(?:bởi|lúc)\b|^\W*sau\s+los\s+ntawm\b"
    r"|^\W*kan\s+barreesse\b|^\W*የጻፈው|^\W*(?:كتبه|نشر\s+بواسطة|بقلم)")


def _byline(el, classes: str) -> bool:
    """A post's short line saying who wrote it and when (v56)."""
    text = el.text_content() if hasattr(el, "text_content") else ""
    if len(text) > 120:
        return False
    return bool(_BYLINE_CLASS.search(classes) and re.search(r"\d", text)) or bool(
        el.tag in ("p", "small") and _BYLINE_TEXT.match(text))


_PANEL_CLASS = re.compile(r"(?:^|[\s_-])(?:tab-?pane|tab-?panel|tab-content|accordion-(?:body|panel"
                          r"|content|collapse)|collapse|acc-?panel|acc-?body"
                          r"|collapsible(?:-content)?)(?:$|[\s_-])", re.IGNORECASE)


def _is_panel(el) -> bool:
    """A tab panel or an accordion's body (its content is shown by a click, not gone): by
    its role or class, or because a control on the page opens it (``aria-controls`` names
    its id, or it is ``aria-labelledby`` a button)."""
    if ((el.get("role") or "").lower() == "tabpanel"
            or _PANEL_CLASS.search(el.get("class") or "")):
        return True
    ident = el.get("id") or ""
    labelled = el.get("aria-labelledby") or ""
    if not (ident or labelled) or not hasattr(el, "getroottree"):
        return False
    root = el.getroottree().getroot()
    for control in root.iter():
        if not isinstance(control.tag, str):
            continue
        if ident and ident in (control.get("aria-controls") or "").split():
            return True
        if labelled and control.get("id") in labelled.split() and (
                control.tag in ("button", "summary", "a")
                or control.get("aria-expanded") is not None):
            return True
    return False


def _is_struck(el) -> bool:
    tag = el.tag if isinstance(el.tag, str) else ""
    style = (el.get("style") or "").replace(" ", "").lower()
    return tag in _STRUCK or "line-through" in style


def _is_block(el) -> bool:
    return isinstance(el.tag, str) and el.tag in _BLOCK_TAGS


class _Inline:
    """Collects the inline text of an element, with line breaks and emphasis markers."""

    def __init__(self) -> None:
        self.parts: list[str] = []

    def add(self, text: str | None) -> None:
        if text:
            self.parts.append(_SPACES.sub(" ", text.replace("\n", " ")))

    def walk(self, el, *, stop_at_blocks: bool) -> None:
        self.add(el.text)
        for child in el:
            self.child(child, stop_at_blocks=stop_at_blocks)
            self.add(child.tail)
            if V37_STRUCTURE and child.tag == "span" and not (child.tail or "").strip() and (
                    getattr(child.getnext(), "tag", None) == "span"):
                self.parts.append(" ")  # v37: "<span>Dầu ăn</span><span>chai lớn</span>"

    def child(self, child, *, stop_at_blocks: bool) -> None:
        """One child element's text (not its tail)."""
        if not isinstance(child.tag, str) or _dropped(child):
            return
        if stop_at_blocks and _is_block(child):
            return
        tag = child.tag
        if tag == "br":
            self.parts.append("\n")
        elif tag == "img":
            return
        elif tag == "a":
            self.parts.append(" ")
            self.walk(child, stop_at_blocks=stop_at_blocks)
            self.parts.append(" ")
        elif _is_struck(child):
            text = _inline_text(child)
            if text:
                self.parts.append(f" ~~{_plain(text)}~~ ")
        elif tag in _BOLD:
            text = _inline_text(child)
            if text:
                self.parts.append(f"**{_plain(text)}**")
        elif tag == "span" and _BADGE_CLASS.search(_classes(child)):
            text = _inline_text(child)
            if text:
                self.parts.append(f" [{_plain(text)}] ")
        else:
            self.walk(child, stop_at_blocks=stop_at_blocks)

    def text(self) -> str:
        joined = "".join(self.parts)
        lines = [_SPACES.sub(" ", line).strip() for line in joined.split("\n")]
        return "\n".join(line for line in lines if line)


# v42: a typed rule ("=====", "-----", "*****") in a plain-text block
_RULE_LINE = re.compile(r"[=\-_*~#+.]{5,}")


def _capitals(text: str) -> bool:
    """Written in capitals: every letter that has a case is upper case (v42)."""
    letters = [ch for ch in text if ch.isalpha() and ch.lower() != ch.upper()]
    return len(letters) >= 3 and all(ch.isupper() for ch in letters)


def _inline_text(el, *, stop_at_blocks: bool = False) -> str:
    collector = _Inline()
    collector.walk(el, stop_at_blocks=stop_at_blocks)
    return collector.text()


def _plain(text: str) -> str:
    return re.sub(r"\*\*|~~", "", text).strip()


def _all_bold(el) -> bool:
    """The element's text is entirely inside bold / big-font / heading-like markup."""
    text = _plain(_inline_text(el))
    if not text:
        return False
    strong_text = ""
    for child in el.iter():
        tag = child.tag if isinstance(child.tag, str) else ""
        size = (child.get("size") or "").lstrip("+") if tag == "font" else ""
        if tag in _BOLD or (tag == "font" and size.isdigit() and int(size) >= 4) or (
                _bold_style(child.get("style") or "")):
            strong_text += " " + _plain(_inline_text(child))
    return len(strong_text.split()) >= len(text.split()) and bool(strong_text.strip())


_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(?:bold|bolder|[6-9]00)|font-size\s*:\s*(?:[2-9]\d)px",
                         re.IGNORECASE)


def _bold_style(style: str) -> bool:
    return bool(_BOLD_STYLE.search(style))


# v16's structure: a list item whose heading sits inside wrappers is a card.
V16_STRUCTURE = True
# v21: layout classes that end in "-full" (Elementor's "e-con-full") mark nothing filled.
V21_STRUCTURE = True
# v23: a tab's label heads the panel it opens (ARIA tabs: the labels sit in a tab list apart
# from their panels).
V23_STRUCTURE = True
# v25: a table whose rows are each a bold label beside its text is a layout of cards.
V25_STRUCTURE = True


def _looks_like_heading_line(text: str) -> bool:
    plain = _plain(text)
    words = plain.split()
    if not words or len(words) > 10 or len(plain) > 90:
        return False
    if plain.count(" | ") >= 2 or plain.count(" · ") >= 2:
        return False  # "HOME | MENU | NEWSLETTER": a bar of links, not a heading (v15)
    if V31_STRUCTURE and re.match(r"(?i)^(?:<<|«|←|‹|<\s|back\s+to\s+(?:home|top|the\s+top)\b)",
                                  plain):
        return False  # "<< BACK TO HOME": a link back, not a heading (v31)
    if re.search(r"[.!?,;]$", plain) and not plain.endswith("!"):
        return False
    letters = _UPPER_WORD.findall(plain)
    return bool(letters) and all(w.isupper() for w in letters) and len("".join(letters)) >= 4


class _Walker:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.real = 1  # the level of the last real (h1-h6) heading written

    def pseudo(self, text: str) -> None:
        """A heading the markup implies (bold line, card title): one below the last real one."""
        self.heading(text, min(self.real + 1, 6), real=False)

    # -- output
    def heading(self, text: str, level: int, *, real: bool = True) -> None:
        text = " ".join(_plain(text).split()).strip(" :")
        if not text:
            return
        if STATUS_WORD.fullmatch(text) and not (real and level <= 3 and _OPEN_COLUMN.fullmatch(
                text)):
            return  # a lone "OPEN" / "NEW" badge is not a heading (v47: a board's "<h2>Open"
            # column is, over its cards)
        if V40_STRUCTURE and not real and STATUS_WORD.fullmatch(text.strip("[]() ")) and next(
                (t for t in reversed(self.lines) if t.strip()), "").startswith("#"):
            # v40: "[ABIERTO]" right under a card's own heading is its state, a line of the
            # card (above a card's title it still heads the card: sections.py)
            self.lines += [text.strip("[]() ").capitalize(), ""]
            return
        self.lines += ["", "#" * max(1, min(level, 6)) + " " + text, ""]
        if real:
            self.real = level

    def paragraph(self, text: str) -> None:
        # (v58: a run of capitals under a heading is a list unless it is a menu: see below)
        lines = [line.strip() for line in text.split("\n") if line.strip()]
        dashes = V32_STRUCTURE and sum(bool(_DASH_ITEM.match(line)) for line in lines) >= 2
        above = next((t for t in reversed(self.lines) if t.strip()), "")
        if V58_STRUCTURE and len(lines) >= 3 and all(
                _looks_like_heading_line(line) and not _DASH_ITEM.match(line) for line in lines
        ) and above.startswith("#") and not _NAV_WORD.search(above) and not any(
                _NAV_WORD.search(line) for line in lines):
            # v58: "EXAM GLOVES (M/L)<br>ALCOHOL PREP PADS<br>GAUZE AND BAND-AIDS<br>…" in one
            # cell under "ITEMS NEEDED": capitals line after line with nothing under any of
            # them are a list typed in capitals, not headings over nothing
            for line in lines:
                self.item(line, 0)
            return
        for line in lines:
            if dashes and _DASH_ITEM.match(line):
                # v32: "- CANNED CHICKEN OR TUNA<br>- COOKING OIL": a list typed with dashes
                self.item(_DASH_ITEM.sub("", line), 0)
                continue
            if _looks_like_heading_line(line):
                self.pseudo(line)
                continue
            self.lines += [line, ""]

    def item(self, text: str, depth: int) -> None:
        text = " ".join(t.strip() for t in text.split("\n") if t.strip())
        if text:
            self.lines.append("  " * depth + "- " + text)

    # -- walk
    def walk(self, el, depth: int = 0) -> None:
        if not isinstance(el.tag, str) or _dropped(el):
            return
        tag = el.tag
        if V48_STRUCTURE and (el.get("role") or "").strip().lower() == "heading" and not any(
                _is_block(d) for d in el.iterdescendants() if isinstance(d.tag, str)
                and d.tag != "br"):
            # v48: a site builder's heading made of a <div role="heading" aria-level="2">
            level = (el.get("aria-level") or "").strip()
            text = _inline_text(el)
            if text.strip():
                self.heading(text, int(level) if level in {"1", "2", "3", "4", "5", "6"} else 2)
                return
        if re.fullmatch(r"h[1-6]", tag):
            text = _inline_text(el)
            if _is_link_only(el, text):
                text += " »"  # a teaser linking to another page, not a need of this one
            self.heading(text, int(tag[1]))
            return
        if tag in ("ul", "ol", "menu"):
            self.list(el, depth)
            return
        if tag == "dl":
            self.definitions(el)
            return
        if tag == "table":
            self.table(el)
            return
        if V48_STRUCTURE and tag == "figure" and _gallery_figure(el):
            # v48: a gallery of pictured things, each captioned with its state ("Twin
            # mattresses" / "Needed", "Rice cookers" / "Received – thank you!"): a list
            caption = next(c for c in el if isinstance(c.tag, str) and c.tag == "figcaption")
            lines = [" ".join(t.split()) for t in _inline_text(caption).split("\n") if t.strip()]
            if lines:
                self.item(" — ".join(lines), 0)
            return
        if tag == "details":
            summary = el.find("summary")
            if summary is not None:
                self.pseudo(_inline_text(summary))
            body = _shallow_without(el, summary)
            self.container(body, depth)
            return
        if tag == "pre" and V42_STRUCTURE:
            self.preformatted(el.text_content())
            return
        if tag in ("p", "blockquote", "pre", "address", "figcaption", "caption", "summary",
                   "li", "dt", "dd", "td", "th") and not any(
                _is_block(c) for c in el if isinstance(c.tag, str) and c.tag != "br"):
            self.text_block(el)
            return
        self.container(el, depth)

    def text_block(self, el) -> None:
        text = _inline_text(el)
        if not text or _is_link_only(el, text):
            return  # "Read more", "Join a volunteer team" linking elsewhere: a teaser
        lines = [t for t in text.split("\n") if t.strip()]
        if len(lines) == 1 and V25_STRUCTURE and self._badge_under_heading(lines[0]):
            self.lines += [_plain(lines[0]), ""]  # "SE BUSCA" under the card's heading (v25)
            return
        if len(lines) == 1 and self._is_pseudo_heading(el, lines[0]):
            self.pseudo(lines[0])
            return
        # A bold first line over plain lines: "**Warehouse sorters**<br>Saturdays…".
        if len(lines) > 1 and re.fullmatch(r"\*\*[^*]{3,80}\*\*", lines[0].strip()):
            self.pseudo(lines[0])
            lines = lines[1:]
        self.paragraph("\n".join(lines))

    def preformatted(self, raw: str) -> None:
        """A plain-text board or sheet (v42): its ruled lines part it into blocks, a block of
        rows with the same columns (two or more spaces apart) is a table, a line of capitals
        is a heading, and a "[NEED]" / "[DONE]" tag before a heading in capitals is that
        heading's state, written as the first line of its card."""
        chunks: list[list[str]] = [[]]
        for line in raw.replace("\t", "    ").split("\n"):
            if not line.strip() or _RULE_LINE.fullmatch(line.strip()):
                chunks.append([])
            else:
                chunks[-1].append(line.rstrip())
        for chunk in (c for c in chunks if c):
            rows = [re.split(r"\s{2,}", line.strip()) for line in chunk]
            ruler = next((i for i, line in enumerate(chunk) if _COLUMN_RULER.fullmatch(line)), None)
            if V44_STRUCTURE and ruler is not None and ruler <= 1:
                # v44: "----  ------------  -----" under the header marks where each column
                # starts: a cell that runs up to the next one ("HVAC / sheet metal OPEN")
                # is cut there, and the ruler is no row
                starts = [m.start() for m in re.finditer(r"-+", chunk[ruler])]
                chunk = [line for i, line in enumerate(chunk) if i != ruler]
                rows = [_cut_at(line, starts) for line in chunk]
            if len(rows) >= 3 and len(rows[0]) >= 2:
                rows, chunk = _joined_wrapped_rows(chunk, rows)
            if len(chunk) >= 3 and len(rows[0]) >= 2 and sum(
                    len(r) == len(rows[0]) for r in rows) * 4 >= len(rows) * 3:
                self.lines.append("")
                for index, row in enumerate(rows):
                    row = (row + [""] * len(rows[0]))[: len(rows[0])]
                    cells = ["" if re.fullmatch(r"_{3,}", c) else c.replace("|", "/")
                             for c in row]
                    self.lines.append("| " + " | ".join(cells) + " |")
                    if index == 0:
                        self.lines.append("|" + "---|" * len(cells))
                self.lines.append("")
                continue
            first = " ".join(chunk[0].split())
            rest = " ".join(" ".join(line.split()) for line in chunk[1:])
            tagged = re.match(r"\[([^\[\]]{2,14})\]\s+(.+)", first)
            state, first = (tagged.group(1), tagged.group(2)) if tagged else ("", first)
            head = re.split(r"\s+--\s+|\s+\.{3,}\s*", first, maxsplit=1)
            if _capitals(head[0]) and len(head[0].split()) <= 10:
                self.pseudo(head[0])
                if state:
                    self.lines += [f"[{state}]", ""]
                dashed = [line.strip() for line in chunk[1:]]
                if V45_STRUCTURE and len(head) == 1 and len(dashed) >= 2 and all(
                        _DASH_ITEM.match(line) for line in dashed):
                    # v45: "WANTED" over "- wheelbarrow …" / "- stud finder": its list
                    for line in dashed:
                        self.item(_DASH_ITEM.sub("", line), 0)
                    self.lines.append("")
                    continue
                body = " ".join(p for p in (head[1] if len(head) > 1 else "", rest) if p)
                if body:
                    self.lines += [body, ""]
                continue
            text = " ".join(p for p in (first, rest) if p)
            self.lines += [f"[{state}] {text}" if state else text, ""]

    def _badge_under_heading(self, line: str) -> bool:
        """A lone ask or open status ("SE BUSCA", "URGENT", "2 needed") right under a heading: the
        heading's badge, written as a line of its card, not a heading of its own (v25)."""
        text = _plain(line).strip(" []()!:.-–—*")
        last = next((t for t in reversed(self.lines) if t.strip()), "")
        return last.startswith("#") and 0 < len(text.split()) <= 4 and bool(
            ASK_BADGE.fullmatch(text) or OPEN_BADGE.fullmatch(text))
        # (a lone "OPEN" / "NEW" is dropped as before; a fill badge stays a heading, so that
        # "No longer needed" over a list still drops the list)

    def _is_pseudo_heading(self, el, line: str) -> bool:
        plain = _plain(line)
        words = plain.split()
        if not words or len(words) > 10 or len(plain) > 90 or plain.endswith((".", ",", ";")):
            return False
        if _HEADING_CLASS.search(_classes(el)) or _bold_style(el.get("style") or ""):
            return True
        return _all_bold(el) or _looks_like_heading_line(plain)

    def container(self, el, depth: int) -> None:
        """A div-like element: runs of inline content are paragraphs; blocks are walked."""
        if el.get("data-card-pill"):
            text = " ".join(_plain(_inline_text(el)).split()).strip(" []")
            if text:
                self.lines += [f"[{text}]", ""]  # v44: a card's pill, below its heading
            return
        if (_HEADING_CLASS.search(_classes(el)) or _bold_style(el.get("style") or "")) and not any(
                _is_block(c) for c in el if isinstance(c.tag, str) and c.tag != "br"):
            text = _inline_text(el)
            if text and len(text.split()) <= 12:
                self.pseudo(text)
                return
        if V37_STRUCTURE and _item_card(el):
            # v37: one of three or more cards that each only name a thing ("<div
            # class=vat-pham><span>Gạo</span><span>bao 25 lb</span></div>"): a list item
            self.item(" — ".join(_plain(_inline_text(c)) for c in el if isinstance(c.tag, str)
                                 and not _dropped(c)) or _inline_text(el), depth)
            following = el.getnext()
            if following is None or not _item_card(following):
                self.lines.append("")  # the list ends with the last card
            return
        title = _card_title(el)
        if title is not None:
            # A card with no heading markup: its short first line is its title.
            badge = _title_badge(title)
            if badge is not None:
                # v31: "[STILL NEEDED] **Rides to dialysis**": the title, then its status
                self.pseudo(" ".join(_inline_text(c) for c in title
                                     if isinstance(c.tag, str) and c is not badge))
                self.lines += [_plain(_inline_text(badge)).strip(" []()").capitalize(), ""]
            else:
                level = _sibling_heading_level(el)
                if level:
                    # v47: a card among cards whose titles are real headings ("<h3>") heads
                    # its card at their level, not under the card before it
                    self.heading(_inline_text(title), level, real=False)
                else:
                    self.pseudo(_inline_text(title))
            holder, skip = title.getparent(), title  # the card, or its one inner wrapper
            if title.tag == "figcaption":
                holder, skip = holder.getparent(), holder  # v37: the card, past its figure
            if holder is not el and _one_wrapped_block(holder) is title:
                holder, skip = holder.getparent(), holder  # the title's own builder box
            for child in holder:
                if child is skip or not isinstance(child.tag, str):
                    continue
                if V31_STRUCTURE and _card_meta(child):
                    continue  # the post's date (v47: the card's number): metadata
                if _is_badge(child):
                    count = _plain(_inline_text(child))
                    if OPEN_BADGE.fullmatch(count) or (V40_STRUCTURE and re.match(
                            r"(?i)status:\s", count) and STATUS_WORD.fullmatch(
                            count.split(":", 1)[1].strip())):
                        # "2 still needed": the card is open (v15); v40: "Status: Open", a
                        # CMS field read with its label
                        self.paragraph(count.split(":", 1)[1].strip() if (
                            V40_STRUCTURE and not OPEN_BADGE.fullmatch(count)) else count)
                    elif count.strip(" []") and len(count.split()) <= 4:
                        # v47: "<span class=pill>Open</span>" beside the title: the card's
                        # state, read as a real heading's pill is ("[Open]")
                        self.lines += [f"[{count.strip(' []')}]", ""]
                    continue
                if _is_block(child):
                    self.block_child(child, depth)
                else:
                    self.paragraph(_inline_text(child))
            return
        run = _Inline()
        run.add(el.text)

        def flush() -> None:
            nonlocal run
            text = run.text()
            if text:
                lines = [t for t in text.split("\n") if t.strip()]
                if len(lines) == 1 and _looks_like_heading_line(lines[0]):
                    self.pseudo(lines[0])
                elif len(lines) > 1 and re.fullmatch(r"\*\*[^*]{3,80}\*\*", lines[0].strip()):
                    # A card without markup: "**Snow Shovelers**<br>We are short on people …".
                    self.pseudo(lines[0])
                    self.paragraph("\n".join(lines[1:]))
                else:
                    self.paragraph(text)
            run = _Inline()

        for child in el:
            if not isinstance(child.tag, str):
                run.add(child.tail)
                continue
            if _dropped(child):
                run.add(child.tail)
                continue
            if _is_block(child) and child.tag not in ("br",):
                flush()
                self.block_child(child, depth)
                run.add(child.tail)
                continue
            if _holds_blocks(child):
                # <font><table>…</table></font>, <a><div class="card">…: walk it as a block.
                flush()
                self.container(child, depth)
                run.add(child.tail)
                continue
            run.child(child, stop_at_blocks=False)
            run.add(child.tail)
        flush()

    def block_child(self, child, depth: int) -> None:
        if child.tag == "font" or _is_block(child):
            self.walk(child, depth)

    def list(self, el, depth: int) -> None:
        self._list(el, depth)
        if depth == 0:
            self.lines.append("")

    def _list(self, el, depth: int) -> None:
        for li in el:
            if not isinstance(li.tag, str) or _dropped(li):
                continue
            if li.tag != "li":
                self.walk(li, depth)
                continue
            own = _inline_text(li, stop_at_blocks=True)
            nested = [c for c in li if isinstance(c.tag, str) and _is_block(c)]
            if _starts_with_site_link(li) and len(own.split()) <= 16 and not nested:
                continue  # "Join a volunteer team — …" linking to another page: a teaser
            if not own.strip() and (sum(1 for c in nested if c.tag in (
                    "div", "p", "h2", "h3", "h4", "h5", "h6", "strong")) >= 2 or (
                    # A site builder's list of cards, each a heading inside wrappers
                    # (Squarespace "user-items-list"): "Move-in crew" over its text (v16).
                    V16_STRUCTURE and li.xpath("./*//h2|./*//h3|./*//h4|./*//h5|./*//h6"))):
                self.container(li, depth)  # a card laid out as a list item
                continue
            if _is_struck_item(li):
                own = f"~~{_plain(own)}~~" if own else own
            if own:
                self.item(own, depth)
            for child in nested:
                if child.tag in ("ul", "ol"):
                    self._list(child, depth + 1)
                elif child.tag in ("p", "div", "span") and not own:
                    self.item(_inline_text(child), depth)
                else:
                    self.walk(child, depth + 1)

    def definitions(self, el) -> None:
        for child in el:
            if not isinstance(child.tag, str) or _dropped(child):
                continue
            if child.tag == "dt":
                self.pseudo(_inline_text(child))
            elif child.tag == "dd":
                self.walk_dd(child)
            elif child.tag == "div":  # <dl><div><dt/><dd/></div></dl> (HTML 5.2)
                self.definitions(child)
        self.lines.append("")

    def walk_dd(self, dd) -> None:
        if any(_is_block(c) for c in dd if isinstance(c.tag, str) and c.tag != "br"):
            self.container(dd, 0)
        else:
            text = _inline_text(dd)
            if text:
                self.lines += [" ".join(text.split("\n")), ""]

    def label_rows(self, cells) -> None:
        """A table laid out as cards, a bold label beside its text: each label heads its
        card, however long ("MEALS ON WHEELS DRIVERS - ROUTE 3 (EAST SIDE & LAKESHORE)"), and
        the text is the card's body, never a heading of its own however loud ("COVERED
        THROUGH MARCH. THANK YOU!"), its dash lines a list (v44)."""
        for row in cells:
            if len(row) == 1:
                self.container(row[0], 0)
                continue
            label, text = row
            self.pseudo(_inline_text(label))
            lines = [t.strip() for t in _inline_text(text).split("\n") if t.strip()]
            if _is_struck_item(text):
                lines = [f"~~{_plain(t)}~~" for t in lines]
            if sum(bool(_DASH_ITEM.match(t)) for t in lines) >= 2:
                for line in lines:
                    if _DASH_ITEM.match(line):
                        self.item(_DASH_ITEM.sub("", line), 0)
                    else:
                        self.lines += [line, ""]
                self.lines.append("")
            elif lines:
                self.lines += [" ".join(lines), ""]

    def table(self, el) -> None:
        rows = [r for r in el.iter("tr") if _owner_table(r) is el]
        cells = [[c for c in r if isinstance(c.tag, str) and c.tag in ("td", "th")]
                 for r in rows]
        # v48: a word processor's table (Word's "MsoNormal") wraps each line of a cell in its
        # own <p>: under a header row of short bold names those are lines, not blocks
        lined = V48_STRUCTURE and _paragraph_lined(cells)
        # v49: "Hnub Xya | Hnub Ib | … | Hnub Rau" over day cells that hold a <p> per event: a
        # calendar, read as a grid (its paragraphs are lines of the day's cell)
        calendar = V49_STRUCTURE and len(cells) >= 2 and len(cells[0]) >= 5 and all(
            _WEEKDAY_NAME.fullmatch(_plain(_inline_text(c)).strip()) for c in cells[0])
        lined = lined or calendar
        is_layout = (
            not rows
            or max((len(r) for r in cells), default=0) < 2
            or any(
                _is_block(d) and d.tag not in ("br",)
                for row in cells for c in row for d in c.iter()
                if d is not c and isinstance(d.tag, str)
                and d.tag in ("table", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "p",
                              "div", "dl")
                and not (lined and d.tag in ("p", "div"))
            )
            or any(len(_plain(_inline_text(c))) > 300 for row in cells for c in row)
            # One row of cards side by side ("**Seeking: Electrician** The old building …"):
            # no header row over data, each cell a titled paragraph.
            or (len(cells) == 1 and sum(1 for c in cells[0]
                                        if len(_plain(_inline_text(c)).split()) > 15) >= 2)
            or (V25_STRUCTURE and _label_table(cells))
            # v32: a cell that is a titled block of its own ("**MOST WANTED THIS MONTH**" over
            # "- CANNED CHICKEN<br>- COOKING OIL …"): a layout of boxes, not data
            or (V32_STRUCTURE and any(_titled_cell(c) for row in cells for c in row))
            # v34: every cell a bold name over a sentence ("**VAN DRIVER FOR SUNDAY PICKUP**"
            # over "One Sunday a month, drive …"), no header row: boxes side by side
            or (V34_STRUCTURE and _boxes_table(cells))
            # v48: every cell an ad led by its bold label ("**WANTED:** Someone handy …",
            # "**FOR LOAN:** Wheelchairs …"): a board of notices, not rows of data
            or (V48_STRUCTURE and _ads_table(cells))
        )
        if V45_STRUCTURE and len(cells) >= 2 and len(cells[0]) >= 2 and all(
                _LANGUAGE_NAME.fullmatch(_plain(_inline_text(c)).strip()) for c in cells[0]):
            # v45: "Soomaali | English" over rows that say the same thing in each language: one
            # list item per row, in the first language the row is written in
            self.lines.append("")
            for row in cells[1:]:
                cell = next((c for c in row if _plain(_inline_text(c)).strip()), None)
                if cell is None:
                    continue
                text = " ".join(t.strip() for t in _inline_text(cell).split("\n") if t.strip())
                text = re.sub(r"^(\*\*[^*]{2,80}\*\*)\s+(?=[^\W\d_])", r"\1 — ", text)
                self.item(f"~~{_plain(text)}~~" if _is_struck_item(cell) else text, 0)
            self.lines.append("")
            return
        if not is_layout and V58_STRUCTURE and _role_rows_without_header(el, cells):
            # v58: "ဖိသၣ်သရၣ် (Sunday school teacher …) | ပလိၣ်ဘၣ် 2 ဂၤ – teach in Karen …" as
            # the first of the rows: no header, each row a role and its details
            self.lines.append("")
            for row in cells:
                label, text = (" ".join(t.strip() for t in _inline_text(c).split("\n")
                                        if t.strip()) for c in row)
                line = f"{label} — {text}" if text else label
                self.item(f"~~{_plain(line)}~~" if _is_struck_item(row[0]) else line, 0)
            self.lines.append("")
            return
        if is_layout and V44_STRUCTURE and _label_table(cells):
            self.label_rows(cells)
            return
        topics = _topic_rows(cells) if V55_STRUCTURE else None
        if topics is not None:
            # v55: "Topic | Started by | Replies | Last post" over rows whose first cell is a
            # post's bold title over its text: each post is a card with its title as heading,
            # its author, count and date are not text of it
            for title, blocks in topics:
                self.pseudo(title)
                for block in blocks:
                    self.container(block, 0)
            return
        if is_layout:
            for row in cells:
                for cell in row:
                    self.container(cell, 0)
            return
        self.lines.append("")
        for index, row in enumerate(cells):
            texts = []
            for cell in row:
                lines = _inline_text(cell).split("\n")
                if lined:
                    paras = [d for d in cell.iter() if d is not cell and d.tag in ("p", "div")]
                    lines = [t for t in (" ".join(_inline_text(d).split()) for d in paras)
                             if t] if paras else [ln for ln in lines if ln.strip()]
                if lined and index and len(lines) >= 2 and not re.match(
                        r"\s*\d{1,2}[.)]\s", lines[0]) and len(lines[0].split()) <= 8:
                    # v48: a typed table's cell: its name on the first line, details under it
                    lines = [lines[0].strip(), "— " + " ".join(lines[1:])]
                elif V34_STRUCTURE and index and len(lines) >= 2 and re.fullmatch(
                        r"\*\*[^*]{3,60}\*\*:?", lines[0].strip()) and len(
                        lines[0].split()) <= 8:
                    # v34: "**Bread pickup run**" over "Bring day-old bread …": the cell's
                    # name, then its details after a dash (the title stops at the dash)
                    lines = [lines[0].rstrip(":"), "— " + " ".join(lines[1:])]
                text = " ".join(lines).replace("|", "/")
                if _is_struck_item(cell):
                    text = f"~~{_plain(text)}~~"
                texts.append(text)
            if _is_struck_row(rows[index]):
                texts = [f"~~{_plain(t)}~~" if t else t for t in texts]
            self.lines.append("| " + " | ".join(texts) + " |")
            if index == 0:
                self.lines.append("|" + "---|" * len(texts))
        self.lines.append("")


# A lone badge that says the card's need is open or pressing (v25), in the languages served
# (authors' best effort): "Se busca", "Wanted", "Needed", "Urgente", "Loo baahan yahay",
# (not "Volunteers needed": a section's own heading)
# "Xav tau", "Đang cần", "Ni barbaachisa", "ያስፈልጋል", "مطلوب".
ASK_BADGE = re.compile(
    r"(?:(?:still\s+|urgently\s+)?(?:needed|wanted)|urgent(?:e|ly\s+needed)?"
    r"|se\s+busca[n]?|se\s+necesita[n]?|buscamos|(?:waa\s+)?loo\s+baahan\s+yahay"
    r"|(?:tseem\s+)?xav\s+tau|(?:đang|vẫn\s+còn)\s+cần|cần\s+gấp|(?:ni\s+)?barbaachisa"
    r"|ያስፈልጋል|አስቸኳይ|مطلوب(?:\s+بشدة)?|عاجل)", re.IGNORECASE)  # (v48: "مطلوب بشدة", badly needed)


def _role_rows_without_header(table, cells) -> bool:
    """v58: a two-column table with no header cell whose rows each name a role, then its
    details, the first row among them ("ဖိသၣ်သရၣ် (Sunday school teacher for children) |
    ပလိၣ်ဘၣ် 2 ဂၤ – teach in Karen, 9:30 AM"): not a header over data."""
    if len(cells) < 2 or any(len(row) != 2 for row in cells) or any(
            c.tag == "th" for row in cells for c in row) or table.find(".//thead") is not None:
        return False
    first = [_plain(_inline_text(c)).strip() for c in cells[0]]
    if len(first[1].split()) < 4 and not re.search(r"\d", first[1]):
        return False  # "Role | When": a header's short cells
    return all(names_a_role(_plain(_inline_text(row[0]))) and len(
        _plain(_inline_text(row[0])).split()) <= 10 for row in cells)


def _label_table(cells) -> bool:
    """A table laid out as cards (v25): every row a bold label beside its text ("**FOOT CARE
    NURSE** | Our monthly foot clinic lost its nurse …"), or one cell across the table (its
    title and lead). No header row: a data table's header cells are short on both sides."""
    pairs = long = 0
    for row in cells:
        if len(row) == 1:
            continue
        if len(row) != 2 or any(c.tag == "th" for c in row):
            return False
        label, text = (_plain(_inline_text(c)) for c in row)
        # (v44: a short text beside its bold label, "COVERED THROUGH MARCH. THANK YOU …",
        # among rows that say more: still a card)
        if not (_all_bold(row[0]) and 0 < len(label.split()) <= (12 if V44_STRUCTURE else 10)
                and not label.rstrip().endswith(("?", "؟"))  # an FAQ's question
                and len(text.split()) >= (5 if V44_STRUCTURE else 10)
                and not _all_bold(row[1])):
            return False
        pairs += 1
        long += len(text.split()) >= 10
    return pairs >= 2 and long >= 2


def _is_badge(el) -> bool:
    """A pill or tag: a badge class, or a lone status or fill word."""
    text = _plain(_inline_text(el))
    return bool(text) and len(text.split()) <= 4 and (
        bool(_BADGE_CLASS.search(_classes(el))) or bool(STATUS_WORD.fullmatch(text))
        or bool(FILL_BADGE.fullmatch(text.strip(" []()!:.-–—*"))))


def _status_text(el) -> bool:
    text = _plain(_inline_text(el)).strip(" []()!:.-–—*")
    return bool(STATUS_WORD.fullmatch(text) or FILL_BADGE.fullmatch(text))


def _short_line(el) -> bool:
    text = _plain(_inline_text(el))
    return bool(text) and len(text.split()) <= 12 and not text.endswith((".", ",", ";", ":"))


def _one_wrapped_block(el):
    """The one block element a wrapper ``div`` holds with no text of its own, else ``el``."""
    if el.tag != "div" or (el.text or "").strip():
        return el
    inner = [c for c in el if isinstance(c.tag, str) and not _dropped(c)]
    if len(inner) == 1 and inner[0].tag in ("p", "div") and not (inner[0].tail or "").strip():
        return inner[0]
    return el


def _short_card(el) -> bool:
    """A card of a few words and no blocks inside (v37)."""
    return not any(isinstance(c.tag, str) and _is_block(c) for c in el) and 0 < len(
        _plain(_inline_text(el)).split()) <= 8


def _item_card(el) -> bool:
    """``el`` is one of three or more sibling cards (same tag and class) each of which only
    names a thing in a few words, with no block inside (v37)."""
    if not _repeated_card(el) or not _short_card(el):
        return False
    parent, classes = el.getparent(), (el.get("class") or "").split()[:1]
    same = [c for c in parent if isinstance(c.tag, str) and c.tag == el.tag
            and (c.get("class") or "").split()[:1] == classes]
    siblings = [c for c in parent if isinstance(c.tag, str) and not _dropped(c)]
    # (only such cards in their container, none a question: not an FAQ's questions between
    # their answers)
    return len(same) >= 3 and len(same) == len(siblings) and all(
        _short_card(c) and not _plain(_inline_text(c)).rstrip().endswith(("?", "؟"))
        for c in same)


def _sibling_heading_level(el) -> int:
    """The level of the real headings that open ``el``'s sibling cards (same tag and first
    class), 0 when none does (v47)."""
    parent, classes = el.getparent(), (el.get("class") or "").split()[:1]
    if parent is None or not classes:
        return 0
    levels = []
    for card in parent:
        if card is el or not isinstance(card.tag, str) or card.tag != el.tag or (
                card.get("class") or "").split()[:1] != classes:
            continue
        node = card
        for _ in range(4):  # (through a site builder's wrappers: Wix's card > box > box > h3)
            node = next((c for c in node if isinstance(c.tag, str) and not _dropped(c) and not (
                _is_badge(c) or _card_meta(c))), None)  # (past its pill)
            if node is None or re.fullmatch(r"h[1-6]", node.tag):
                break
            if node.tag not in ("div", "section") or (node.text or "").strip():
                node = None
                break
        if node is not None and re.fullmatch(r"h[2-6]", node.tag):
            levels.append(int(node.tag[1]))
    # (two or more cards titled by real headings, below the page's own <h1>: a grid of cards)
    return min(levels) if len(levels) >= 2 else 0


def _card_title(el):
    """The title of a card laid out without heading markup: in a grid of repeated cards
    (siblings of the same tag and class), a first short line without closing punctuation
    (after any badge) followed by the card's text ("Hand warmers" / "Disposable hand and
    toe warmers by the box.").  None when ``el`` is not such a card."""
    if not _repeated_card(el):
        return None
    kids = [c for c in el if isinstance(c.tag, str) and not _dropped(c)]
    for _ in range(2):
        # A card builder's inner wrapper ("wp-block-group__inner-container"): its one child
        # holds the card's lines.
        if len(kids) == 1 and kids[0].tag in ("div", "section") and not (
                (kids[0].text or "").strip()):
            kids = [c for c in kids[0] if isinstance(c.tag, str) and not _dropped(c)]
    # A site builder that wraps every line of a card in a box of its own (Wix's
    # "richTextElement" divs, v14): the line is the one block inside that box.
    kids = [_one_wrapped_block(c) for c in kids]
    while V31_STRUCTURE and kids and _card_meta(kids[0]):
        kids = kids[1:]  # v31: a post's "<time>Oct 14</time>" above its title (v47: "#41")
    while kids and _is_badge(kids[0]) and (_status_text(kids[0]) or (
            len(kids) > 2 and _short_line(kids[1]))):
        kids = kids[1:]  # a status pill before the title ("a "label" class may be the title)
    if V37_STRUCTURE and kids and kids[0].tag == "figure":
        # v37: a card whose title is its picture's caption ("<figure><img>
        # <figcaption>Girls' soccer coach (U10)</figcaption></figure>" over its text)
        caption = next((c for c in kids[0] if isinstance(c.tag, str) and c.tag == "figcaption"),
                       None)
        if caption is None or len(kids) < 2:
            return None
        kids = [caption, *kids[1:]]
    while len(kids) > 2 and kids[-1].tag in ("a", "button") and (
            re.search(r"(?i)button|btn|cta", kids[-1].get("class") or "")
            or len(_plain(_inline_text(kids[-1])).split()) <= 3):
        kids = kids[:-1]  # v56: the card's "Sau npe" (sign up) button below its text
    extra = ("label", "figcaption") if V37_STRUCTURE else ()  # v37
    # v47: a card's title in its own "<header>", or as the card's link to its details
    extra += ("header", "a")
    inline = ("span", "strong", "b") + (("label",) if V37_STRUCTURE else ())
    if len(kids) < 2 or kids[0].tag not in ("p", "div", "span", "strong", "b", *extra) or any(
            not _is_block(c) and c.tag not in inline and not (c is kids[0] and c.tag in extra)
            for c in kids):
        return None
    first = kids[0]
    if _holds_blocks(first):
        return None
    text = _plain(_inline_text(first))
    body = " ".join(_plain(_inline_text(c)) for c in kids[1:])
    if (not text or len(text.split()) > 12 or len(text) > 90 or text.endswith((".", ",", ";", ":"))
            or len(body.split()) <= len(text.split())):
        return None
    return first


_DATELINE = re.compile(r"(?i)^\W*(?:[^\W\d_]{3,9}\.?\s+\d{1,2}(?:,?\s+\d{4})?"
                       r"|\d{1,2}\s+[^\W\d_]{3,9}\.?(?:\s+\d{4})?|\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4})\W*$")


# v47: the name of a board's column of open cards, in the languages served
_OPEN_COLUMN = re.compile(r"(?i)\s*(?:open|abierto|furan|qhib|mở|banaa|ክፍት|مفتوح)\s*")


def _card_meta(el) -> bool:
    """A card's metadata line, not its title or text: its date or its number (v47)."""
    return _is_dateline(el) or _is_card_number(el)


def _is_card_number(el) -> bool:
    """A card's number alone on its line ("<span class=knum>#41</span>", "No. 12", "#88 ·
    posted Nov 9"): the board's reference for the card, not its title (v47)."""
    text = _plain(_inline_text(el))
    return bool(re.fullmatch(r"(?i)\s*(?:#|no\.?\s*|n[º°]\s*)\d{1,5}\s*", text) or (
        # "#88 · posted Nov 9": the number and when it was posted
        len(text.split()) <= 6 and re.match(r"\s*#\d{1,5}\s*[·•|–—-]\s*\S", text)))


def _is_dateline(el) -> bool:
    """A card's date alone on its line ("<time>Oct 14</time>", "12/03/2025"): metadata."""
    if el.tag == "time":
        return True
    text = _plain(_inline_text(el))
    return len(text) <= 20 and bool(_DATELINE.match(text))


_DASH_ITEM = re.compile(r"^(?:[-–•·*]|\d{1,2}[.)])\s+(?=\S)")


def _topic_rows(cells):
    """v55: a forum's or board's table -- a header row of at least three short <th> names over
    at least two rows whose first cell is a bold title (or a link around one) followed by a
    block of text, every other cell a few words (author, replies, date).  Each row as (its
    title, the blocks under it); None for any other table."""
    if len(cells) < 3 or len(cells[0]) < 3 or any(c.tag != "th" for c in cells[0]) or any(
            len(_plain(_inline_text(c)).split()) > 3 for c in cells[0]):
        return None
    rows = []
    for row in cells[1:]:
        if not row:
            continue
        first = row[0]
        title = next((d for d in first.iter() if isinstance(d.tag, str) and d.tag in (
            "b", "strong") and 2 <= len(_plain(_inline_text(d)).split()) <= 14), None)
        blocks = [c for c in first if isinstance(c.tag, str) and c.tag in ("div", "p")]
        if title is None or not blocks or any(title in b.iter() for b in blocks) or any(
                len(_plain(_inline_text(c)).split()) > 4 for c in row[1:]):
            return None  # (a title inside the post's own text block: no forum row)
        rows.append((_inline_text(title), blocks))
    return rows if len(rows) >= 2 else None


def _titled_cell(cell) -> bool:
    """A table cell holding a bold title line and at least two more lines under it (v32)."""
    lines = [line.strip() for line in _inline_text(cell).split("\n") if line.strip()]
    return len(lines) >= 3 and bool(re.fullmatch(r"\*\*[^*]{3,80}\*\*:?", lines[0]))


def _boxes_table(cells) -> bool:
    """Every non-empty cell is a bold name line over at least four words, and there are at
    least two such cells (v34)."""
    filled = [c for row in cells for c in row if _plain(_inline_text(c))]
    if len(filled) < 2:
        return False
    for cell in filled:
        lines = [line.strip() for line in _inline_text(cell).split("\n") if line.strip()]
        if len(lines) < 2 or not re.fullmatch(r"\*\*[^*]{3,80}\*\*:?", lines[0]) or len(
                " ".join(lines[1:]).split()) < 4:
            return False
    return True


def _gallery_figure(el) -> bool:
    """A figure whose caption is its only text, beside at least one more such figure (v48)."""
    caption = [c for c in el if isinstance(c.tag, str) and c.tag == "figcaption"]
    parent = el.getparent()
    if len(caption) != 1 or parent is None or any(
            isinstance(d.tag, str) and d.tag in _HEADINGS + ("p", "ul", "ol", "table")
            for d in el.iter()):
        return False
    words = len(_plain(_inline_text(caption[0])).split())
    return 0 < words <= 15 and sum(1 for c in parent if isinstance(c.tag, str)
                                   and c.tag == "figure") >= 2


def _paragraph_lined(cells) -> bool:
    """A table whose first row is a header of short bold names over at least two rows, and
    whose cells hold only short paragraphs (v48): a data table typed in a word processor."""
    if len(cells) < 3 or len(cells[0]) < 2:
        return False
    if not all(_all_bold(c) and 0 < len(_plain(_inline_text(c)).split()) <= 4 for c in cells[0]):
        return False
    for row in cells[1:]:
        for cell in row:
            for d in cell.iter():
                if d is cell or not isinstance(d.tag, str) or not _is_block(d):
                    continue
                if d.tag not in ("p", "div", "br") or len(_plain(_inline_text(d)).split()) > 25:
                    return False
                if d.tag == "div" and any(isinstance(e.tag, str) and _is_block(e) and e.tag != "br"
                                          for e in d.iterdescendants()):
                    return False
    return True


_AD_LABEL = re.compile(r"\*\*([^*]{2,40}?)\s*[:\u2014\u2013-]?\s*\*\*\s*[:\u2014\u2013-]?\s+(?=\S)")


def _ads_table(cells) -> bool:
    """Every non-empty cell (at least three, none a header) starts with a short bold label
    and goes on for at least five words (v48)."""
    filled = [c for row in cells for c in row if _plain(_inline_text(c))]
    if len(filled) < 3 or any(c.tag == "th" for c in filled):
        return False
    for cell in filled:
        text = " ".join(_inline_text(cell).split())
        label = _AD_LABEL.match(text)
        if not label or len(label.group(1).split()) > 4 or len(
                text[label.end():].split()) < 5:
            return False
    return True


def _repeated_card(el) -> bool:
    """``el`` has a sibling of the same tag and class -- one of a grid of cards.  v31: the
    same first class is enough ("c off" beside "c"), so a card keeps its shape when a filled
    sibling that shared its state class has been removed."""
    classes = (el.get("class") or "").strip()
    parent = el.getparent()
    if not classes or parent is None:
        return False
    first = classes.split()[0]
    if any(c is not el and c.tag == el.tag and (
            (c.get("class") or "").strip() == classes
            or (V31_STRUCTURE and (c.get("class") or "").split()[:1] == [first]))
            for c in parent):
        return True
    # v51: the one card left in its tab ("On the road" once its taken card is dropped) beside
    # the same cards in the other tabs: its cousins in its parent's siblings
    grand = parent.getparent()
    return V51_STRUCTURE and grand is not None and any(
        p is not parent and p.tag == parent.tag and any(
            isinstance(c.tag, str) and c.tag == el.tag
            and (c.get("class") or "").split()[:1] == [first] for c in p)
        for p in grand)


def _cell_in_open_row(el) -> bool:
    """``el`` is (or sits in) one cell of a table row in which another cell reads open ("2
    open", "Open"): a grid of roles by day whose cells each say their own state (v31)."""
    cell = el
    while cell is not None and cell.tag not in ("td", "th"):
        if cell.tag in ("tr", "table", "li", "body"):
            return False
        cell = cell.getparent()
    row = cell.getparent() if cell is not None else None
    if row is None or row.tag != "tr":
        return False
    for other in row:
        if other is cell or not isinstance(other.tag, str) or other.tag not in ("td", "th"):
            continue
        text = " ".join(other.text_content().split()).strip(" []()!:.-–—*")
        if text and (OPEN_BADGE.fullmatch(text) or STATUS_WORD.fullmatch(text)):
            return True
    return False


def _first_line_of_card(el):
    """The first line of a card among repeated sibling cards (same tag and class), past its
    date line; None when ``el`` is no such card (v31)."""
    if not _repeated_card(el):
        return None
    kids = [c for c in el if isinstance(c.tag, str) and not _dropped(c) and not _is_dateline(c)]
    return kids[0] if kids else None


def _title_badge(title):
    """The badge opening a card's title line ("<span class=tag>[STILL NEEDED]</span>
    <strong>Rides to dialysis</strong>"), else None (v31)."""
    if not V31_STRUCTURE or (title.text or "").strip():
        return None
    kids = [c for c in title if isinstance(c.tag, str)]
    if len(kids) >= 2 and _is_badge(kids[0]) and (kids[0].tail or "").strip(" \n") == "":
        return kids[0]
    return None


def _shallow_without(el, skip):
    """A copy of ``el`` without the child ``skip`` (a <details> without its <summary>)."""
    copy = lxml.html.fromstring(lxml.html.tostring(el, encoding="unicode"))
    for child in list(copy):
        if isinstance(child.tag, str) and child.tag == "summary":
            tail = child.tail
            copy.remove(child)
            if tail:
                copy.text = (copy.text or "") + tail
            break
    copy.tag = "div"
    return copy


_PAGE_URL: contextvars.ContextVar[str] = contextvars.ContextVar("page_url", default="")


def _same_page(href: str) -> bool:
    """The link points at a place on the page being read (its address and a fragment)."""
    url = _PAGE_URL.get()
    if not url or "#" not in href:
        return False
    def place(address: str) -> tuple[str, str]:
        parts = urlsplit(address)
        path = re.sub(r"(?i)/index\.(?:html?|php)$", "/", parts.path).rstrip("/") or "/"
        return parts.netloc, path

    return place(urljoin(url, href.strip())) == place(url)


def _is_link_only(el, text: str) -> bool:
    """All of the element's text is one link to another page (not an anchor on this one)."""
    links = [a for a in el.iter("a") if (a.get("href") or "").strip()
             and not (a.get("href") or "").startswith(("#", "mailto:", "tel:"))
             # v30: "/volunteer/#resume" on /volunteer/: the card's own anchor
             and not (V30_STRUCTURE and _same_page(a.get("href") or ""))]
    if len(links) != 1:
        return False
    return " ".join(_plain(_inline_text(links[0])).split()) == " ".join(_plain(text).split())


_BLOCK_DESCENDANTS = ("table", "p", "div", "ul", "ol", "dl", "h1", "h2", "h3", "h4", "h5", "h6")


def _holds_blocks(el) -> bool:
    return any(isinstance(d.tag, str) and d.tag in _BLOCK_DESCENDANTS
               for d in el.iterdescendants())


def _starts_with_site_link(el) -> bool:
    """The element's text opens with a link to another page of the same site."""
    if (el.text or "").strip():
        return False
    first = next((c for c in el if isinstance(c.tag, str)), None)
    while first is not None and first.tag in ("strong", "b", "em", "span") and not (
            first.text or "").strip():
        first = next((c for c in first if isinstance(c.tag, str)), None)
    if first is None or first.tag != "a":
        return False
    href = (first.get("href") or "").strip()
    return bool(href) and not href.startswith(("#", "mailto:", "tel:", "http://", "https://",
                                               "//"))


def _owner_table(row):
    node = row.getparent()
    while node is not None and node.tag != "table":
        node = node.getparent()
    return node


def _is_struck_item(el) -> bool:
    """Every word of the element is struck through."""
    text = _plain(_inline_text(el, stop_at_blocks=True))
    if not text:
        return False
    struck = " ".join(_plain(_inline_text(c)) for c in el.iter()
                      if isinstance(c.tag, str) and _is_struck(c) and c is not el)
    if _is_struck(el):
        return True
    if V42_STRUCTURE and el.tag == "li" and _ticked(el) is True and any(
            _ticked(c) is False for c in el.getroottree().iter("li")):
        return True  # v42: a ticked box on a checklist that still has open boxes: done
    return bool(struck) and len(struck.split()) >= len(text.split())


def _ticked(li) -> bool | None:
    """A list item's own checkbox: True when ticked, False when not, None without one."""
    box = next((c for c in li.iter("input") if (c.get("type") or "").lower() == "checkbox"),
               None)
    if box is None:
        return None
    return box.get("checked") is not None


def _is_struck_row(tr) -> bool:
    style = (tr.get("style") or "").replace(" ", "").lower()
    return "line-through" in style or bool(re.search(r"\b(?:filled|full|closed|taken)\b",
                                                     tr.get("class") or "", re.IGNORECASE))


def _span(cell, name: str) -> int:
    """A cell's ``rowspan`` or ``colspan``: 1 unless it is a whole number from 2 to 50."""
    value = (cell.get(name) or "1").strip()
    return int(value) if value.isdigit() and 0 < int(value) <= 50 else 1


def _spread_column_spans(doc) -> None:
    """A header of two rows (v51: "Skill" and "Status" spanning both, "Fixers signed up"
    spanning the three dates below it) becomes one row, each column named by its own lower
    cell ("Nov 15"), so the data rows stay under their headers; a data cell that spans some
    columns of its row ("we stopped fixing jewelry in 2024" across the three dates) is
    followed by empty cells for the other columns it spans, so the row's later cells (its
    status) stay under theirs. A cell spanning a whole row (a group label) is left as it
    is, and a title row across the whole table above its header is read as its caption."""
    for table in doc.iter("table"):
        if not any(_span(c, "colspan") > 1 for c in table.iter("td", "th")):
            continue
        rows = [r for r in table.iter("tr") if _owner_table(r) is table]
        grid = [[c for c in r if isinstance(c.tag, str) and c.tag in ("td", "th")] for r in rows]
        if not rows:
            continue  # (the span is in a table nested in this one, read on its own)
        if len(rows) >= 3 and len(grid[0]) == 1 and _span(grid[0][0], "colspan") >= 2 and all(
                len(r) >= 2 for r in grid[1:]) and table.getparent() is not None:
            # a title row across the table ("Bếp ăn chung — Tháng 12") above its real header:
            # the table's caption, read before it
            caption = etree.Element("p")
            caption.text = _plain(_inline_text(grid[0][0])).strip()
            table.addprevious(caption)
            rows[0].getparent().remove(rows[0])
            rows, grid = rows[1:], grid[1:]
        if len(rows) >= 3 and all(c.tag == "th" for c in grid[0] + grid[1]) and any(
                _span(c, "colspan") > 1 for c in grid[0]) and any(
                _span(c, "rowspan") == 2 for c in grid[0]) and sum(
                _span(c, "colspan") for c in grid[0] if _span(c, "rowspan") == 1) == len(grid[1]):
            lower = list(grid[1])
            merged = []
            for cell in grid[0]:
                if _span(cell, "rowspan") == 2:
                    cell.attrib.pop("rowspan")
                    merged.append(cell)
                    continue
                merged += [lower.pop(0) for _ in range(_span(cell, "colspan"))]
            for cell in list(rows[0]):
                rows[0].remove(cell)
            for cell in merged:
                cell.tail = None
                cell.attrib.pop("colspan", None)
                rows[0].append(cell)
            rows[1].getparent().remove(rows[1])
            rows, grid = rows[:1] + rows[2:], [merged] + grid[2:]
        for tr, row in zip(rows, grid, strict=True):
            if len(row) < 2:
                continue  # a group label across the table
            for cell in row:
                count = _span(cell, "colspan")
                if count > 1:
                    cell.attrib.pop("colspan")
                    at = list(tr).index(cell) + 1
                    for _ in range(count - 1):
                        # (an empty cell: "starting June" across four dates is said once, not
                        # four names that would read as a full row)
                        tr.insert(at, etree.Element(cell.tag))


def _spread_row_spans(doc) -> None:
    """A cell that spans rows (v47: "Tuesday" with ``rowspan="2"`` beside two shifts) is
    copied into each row it spans, so every row's cells stay under their headers -- also
    once a filled row among them is dropped."""
    for table in doc.iter("table"):
        if not any(c.get("rowspan") for c in table.iter("td", "th")):
            continue
        spanned: dict[int, list] = {}  # column -> [cell, rows still to fill]
        for tr in (r for r in table.iter("tr") if _owner_table(r) is table):
            cells = [c for c in tr if isinstance(c.tag, str) and c.tag in ("td", "th")]
            column = 0
            while cells or any(c >= column and left > 0 for c, (_, left) in spanned.items()):
                if spanned.get(column, [None, 0])[1] > 0:
                    spanned[column][1] -= 1
                    copy = deepcopy(spanned[column][0])
                    copy.tail = None
                    at = list(tr).index(cells[0]) if cells else len(tr)
                    tr.insert(at, copy)
                elif cells:
                    cell = cells.pop(0)
                    span = _span(cell, "rowspan")
                    if span > 1:
                        cell.attrib.pop("rowspan")
                        spanned[column] = [deepcopy(cell), span - 1]
                else:
                    break
                column += 1


# v48: a row or column label that names an attribute of a role -- its day, time, place, count
# or state -- in the languages served (outside English and Spanish: my own wordings)
_ATTRIBUTE_LABEL = re.compile(
    r"(?i)\W*(?:days?|dates?|when|times?|hours?|status|state|how\s+many|spots|places|needed|where"
    r"|place|location|notes?|details|what|description|contact|shifts?|d[ií]as?|fechas?|cu[aá]ndo"
    r"|horas?|horarios?|estado|cu[aá]nt[oa]s|lugar|d[oó]nde|notas|maalin\w*|taariikh\w*|goorma"
    r"|saacad\w*|xaalad\w*|meesha|imisa|hnub|sijhawm|lub\s+sij\s+hawm|xwm\s+txheej|xav\s+tau\s+pes"
    r"|pes\s+tsawg|qhov\s+twg|ngày|thời\s+gian|giờ|tình\s+trạng|bao\s+nhiêu|địa\s+điểm|guyyaa"
    r"|yeroo|sa['’]aatii|haala|meeqa|bakka|ቀን|ሰዓት|ሁኔታ|ስንት|ቦታ|اليوم|التاريخ|الوقت|الحالة|كم|المكان)\b")


def _transpose_sideways_tables(doc) -> None:
    """A table laid out sideways (v48): an empty corner cell, the roles across the top row
    and each later row a label ("Day", "Time", "How many", "Status") over one value per role.
    Its columns become rows, so each role is a row with its day, time and status -- and a
    role whose status says it is filled drops out as a filled row does."""
    for table in list(doc.iter("table")):
        rows = [r for r in table.iter("tr") if _owner_table(r) is table]
        grid = [[c for c in r if isinstance(c.tag, str) and c.tag in ("td", "th")] for r in rows]
        if len(grid) < 3 or len({len(r) for r in grid}) != 1 or len(grid[0]) < 3:
            continue
        if _plain(_inline_text(grid[0][0])).strip():
            continue  # a corner with a word in it: a normal header row
        labels = [row[0] for row in grid[1:]]
        if not all((c.tag == "th" or _all_bold(c)) and 0 < len(_plain(_inline_text(c)).split()) <= 5
                   for c in labels):
            continue
        tops = [_plain(_inline_text(c)).strip() for c in grid[0][1:]]
        if not all(tops) or any(_ATTRIBUTE_LABEL.match(t) for t in tops):
            continue  # "| | What it involves | Status |": the columns are the attributes
        named = sum(bool(_ATTRIBUTE_LABEL.match(_plain(_inline_text(c)).strip())) for c in labels)
        if named * 2 < len(labels):
            continue
        parent = rows[0].getparent()
        for r in rows:
            r.getparent().remove(r)
        for column in range(len(grid[0])):
            tr = etree.SubElement(parent, "tr")
            for row in grid:
                cell = deepcopy(row[column])
                cell.tail = None
                if column == 0 or row is grid[0]:
                    cell.tag = "th" if column == 0 else "td"
                tr.append(cell)


# v51: a paragraph of the site's footer that states a need ("**Always needed at the center:**
# prepaid phone cards …", "Fixers wanted — especially someone who can sharpen knives …")
_FOOTER_ASK = re.compile(
    r"(?i)\b(?:always|still|urgently|also|especially)\s+needed\b|\b(?:needed|wanted)\s*(?::|[—–]|\s-\s)"
    r"|\bwe\s+(?:always\s+|still\s+|really\s+|also\s+)?need\s+(?!your\b|you\b|help\b|support\b)"
    r"|\bwe(?:'re|’re|\s+are)\s+(?:always\s+|still\s+)?(?:looking\s+for|short\s+on|low\s+on)")


def _footer_asks(root) -> list[str]:
    """The paragraphs of the page's footers that state a need, as Markdown (v51): read after
    the page's content, under a heading of their own."""
    out = []
    for footer in root.iter("footer"):
        if not _dropped(footer):
            continue  # (a card's or a post's own footer is read in place)
        for p in footer.iter("p", "div"):
            if p.tag == "div" and any(isinstance(c.tag, str) and _is_block(c) for c in p):
                continue
            text = " ".join(_inline_text(p).split())
            plain = _plain(text)
            if len(plain.split()) >= 6 and _FOOTER_ASK.search(plain) and text not in out:
                out.append(text)
    return out[:3]


def structured_markdown(html: str, url: str = "") -> str:
    """The page as structure-preserving Markdown ("" when there is nothing readable). ``url``,
    the page's address, tells a link to a place on this page from a link to another one."""
    if not html or not html.strip():
        return ""
    token = _PAGE_URL.set(url)
    try:
        return _structured_markdown(html)
    finally:
        _PAGE_URL.reset(token)


def _structured_markdown(html: str) -> str:
    html = _XML_DECLARATION.sub("", html, count=1)
    try:
        doc = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return ""
    for comment in doc.xpath("//comment()|//processing-instruction()"):
        parent = comment.getparent()
        if parent is not None:
            tail = comment.tail
            previous = comment.getprevious()
            parent.remove(comment)
            if tail:  # keep the text after the comment
                if previous is not None:
                    previous.tail = (previous.tail or "") + tail
                else:
                    parent.text = (parent.text or "") + tail
    _keep_disclosure_titles(doc)
    if V55_STRUCTURE:
        _lift_footer_asks(doc)
    if V51_STRUCTURE:
        _spread_column_spans(doc)
    _spread_row_spans(doc)
    if V48_STRUCTURE:
        _transpose_sideways_tables(doc)
    if V40_STRUCTURE:
        _read_field_labels(doc)
    if V44_STRUCTURE:
        _read_choice_forms(doc)
        _read_records(doc)
        _badges_below_titles(doc)
    _drop_filled_items(doc)
    _drop_header_chips(doc)
    body = doc.find("body")
    walker = _Walker()
    walker.walk(body if body is not None else doc)
    if V51_STRUCTURE:
        asks = _footer_asks(body if body is not None else doc)
        for ask in asks:
            # its bold label or its "Fixers wanted —" as its heading, else "Also needed"
            label = re.match(r"\*\*([^*]{3,60}?):?\*\*:?\s+(\S.*)$", ask) or re.match(
                r"([^.:;!?]{3,40}?\b(?:wanted|needed))\s*(?:[—–:]|\s-)\s*(\S.*)$", ask)
            heading, text = (label.group(1), label.group(2)) if label else ("Also needed", ask)
            walker.lines += ["", f"## {heading.strip()}", "", text, ""]
    text = "\n".join(walker.lines)
    text = re.sub(r"\n{3,}", "\n\n", text).strip()
    # The page's own title heads the page when the page has no top heading of its own (the
    # site's h1 is often in a dropped header): "Volunteer | Refugee Welcome Network".
    if not re.search(r"^# ", text, re.MULTILINE):
        title = (doc.findtext(".//title") or "").strip()
        title = re.split(r"\s+[|–—-]\s+|\s+::\s+", title)[0].strip()
        if title and len(title) <= 80:
            text = f"# {title}\n\n{text}"
    return text


_FIELD_LABEL_CLASS = re.compile(r"(?:^|[\s_-])(?:views-label|field-label|field__label"
                                r"|label-inline|label-above)(?:$|\s)", re.IGNORECASE)


_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
# v45: a column headed by the name of a language served, in English or in itself
_LANGUAGE_NAME = re.compile(
    r"(?i)\W*(?:english|ingl[eé]s|ingiriisi?|afaan\s+ingiliffaa|tiếng\s+anh|lus\s+askiv|spanish"
    r"|espa[nñ]ol|somali|soomaali|af[- ]soomaali|hmong|hmoob|lus\s+hmoob|vietnamese|tiếng\s+việt"
    r"|oromo|afaan\s+oromoo"
    r"|karen|kayin|ကညီ|amharic|አማርኛ|arabic|العربية|عربي|nepali|नेपाली|french|fran[cç]ais)\W*")
_COLUMN_RULER = re.compile(r"\s*-{2,}(?:\s+-{2,})+\s*")


def _joined_wrapped_rows(chunk: list[str], rows: list[list[str]]):
    """A typed sheet's rows with each wrapped line joined to the row above it (v47): a line
    indented past the first column ("                 cám ơn quý vị" under "XIN NGƯNG GHI
    DANH – ĐỦ RỒI,") carries on that row's cells, it is no row of its own."""
    header = chunk[0]
    column = len(header) - len(header.lstrip())
    starts = [m.end() for m in re.finditer(r"\s{2,}(?=\S)", header.rstrip())]
    if not starts:
        return rows, chunk
    out_rows: list[list[str]] = []
    out_chunk: list[str] = []
    for line, row in zip(chunk, rows, strict=True):
        indent = len(line) - len(line.lstrip())
        if out_rows and len(out_rows) >= 2 and indent >= starts[0] - 3 and indent > column:
            # the line's text, placed under the columns its position says
            at = min(range(len(starts)), key=lambda i: abs(starts[i] - indent)) + 1
            parts = [p for p in re.split(r"\s{2,}", line.strip()) if p]
            previous = out_rows[-1]
            previous += [""] * (at + len(parts) - len(previous))
            for offset, part in enumerate(parts):
                cell = previous[at + offset]
                previous[at + offset] = f"{cell} {part}".strip()
            continue
        out_rows.append(list(row))
        out_chunk.append(line)
    return out_rows, out_chunk


def _cut_at(line: str, starts: list[int]) -> list[str]:
    """``line`` cut where the ruler's columns start, each cut moved (by up to three places)
    to where a word starts after a space: typed columns are seldom exactly aligned (v44)."""
    cuts = [0]
    for start in starts[1:]:
        near = [p for p in range(max(cuts[-1] + 1, start - 3), min(len(line), start + 4))
                if line[p] != " " and line[p - 1] == " "]
        if near:
            cuts.append(min(near, key=lambda p: abs(p - start)))
    cuts.append(len(line))
    cells = [line[a:b].strip() for a, b in zip(cuts, cuts[1:], strict=False)]
    return cells + [""] * (len(starts) - len(cells))


# v44: the field of a record that names it, in the languages served (our own wordings)
_TITLE_FIELD = re.compile(r"(?i)\W*(?:title|need|item|role|position|request|what|t[ií]tulo"
                          r"|necesidad|puesto|magac(?:a)?|baahi|lub\s+npe|tên|nhu\s+cầu|maqaa|barbaachisa"
                          r"|ርዕስ|የሚያስፈልግ|العنوان|الحاجة|المطلوب)\W*")


def _field_label(line) -> str | None:
    """The label a record's line opens with ("<span class=lbl>Title:</span> Firewood …"), or
    None: a first inline element, nothing before it, short, ending in ":" or "#" or classed
    as a label."""
    if (line.text or "").strip():
        return None
    first = next((c for c in line if isinstance(c.tag, str)), None)
    if first is None or first.tag not in ("span", "b", "strong", "label", "em") or not (
            first.tail or "").strip():
        return None
    text = _plain(_inline_text(first)).strip()
    if not text or len(text.split()) > 3:
        return None
    if text.endswith((":", "#", "：")) or re.search(
            r"(?:^|[\s_-])(?:lbl|label|field-label)(?:$|[\s_-])", first.get("class") or ""):
        return text.rstrip(": ：")
    return None


_STATUS_LABEL = re.compile(r"(?i)status|state|estado|xaalad\w*|tình\s+trạng|haala|ሁኔታ|الحالة")


def _read_records(doc) -> None:
    """A board of records, each a stack of labelled fields ("Request # 214" / "Title:
    Firewood split and stacked" / "Status: Open" / "Details: …"): left as they are, the
    labels read as badges and the record has no title.  A record with a title field
    becomes a card: the title's value heads it and every other field is a line "Label:
    value" (v44)."""
    for rec in list(doc.iter("div", "li", "section", "article")):
        lines = [c for c in rec if isinstance(c.tag, str)]
        if len(lines) < 3 or (rec.text or "").strip() or any(
                c.tag not in ("div", "p", "span") for c in lines):
            continue
        labels = [_field_label(c) for c in lines]
        if any(label is None for label in labels):
            continue
        titled = [i for i, label in enumerate(labels) if _TITLE_FIELD.fullmatch(label)
                  and not re.search(r"\d|#", label)]
        if not titled:
            continue
        title_index = titled[0]
        taken = False
        for index, (line, label) in enumerate(zip(lines, labels, strict=True)):
            first = next(c for c in line if isinstance(c.tag, str))
            value = " ".join(((first.tail or "") + "".join(
                etree.tostring(c, encoding="unicode", method="text") for c in line
                if c is not first and isinstance(c.tag, str))).split())
            if index == title_index:
                new = lxml.html.Element("h4")
                new.text = value
            else:
                new = lxml.html.Element("p")
                new.text = f"{label}: {value}"
                lead = re.split(r"\s+(?:with|by|to|for|until|[–—-])\s+|\s*[,;:(]", value)[0]
                taken = taken or bool(_STATUS_LABEL.fullmatch(label) and FILL_BADGE.fullmatch(
                    lead.strip(" []!.")))
            new.tail = line.tail
            rec.replace(line, new)
        if taken:  # "Status: Matched with the Rotary drivers", "Status: Closed – …"
            rec.set("class", f"{rec.get('class') or ''} is-filled".strip())
        heading = next(c for c in rec if isinstance(c.tag, str) and c.tag == "h4")
        if heading is not rec[0]:
            rec.remove(heading)
            rec.insert(0, heading)


def _badges_below_titles(doc) -> None:
    """A card whose status pill sits above its heading ("<div class=card-top><span
    class=tag>Furan</span></div><h3>Caawiye shaqo-raadin</h3>"): read in order, the pill
    would end the card before as a heading of its own and the card would lose its state.
    The pill moves below the heading and is read as the card's first line (v44)."""
    for heading in [el for el in doc.iter() if isinstance(el.tag, str) and (
            el.tag in _HEADINGS or (el.tag in ("p", "div", "span", "strong")
                                    and _HEADING_CLASS.search(_classes(el))))]:
        parent = heading.getparent()
        if parent is None or parent.tag in ("body", "main", "html", "article"):
            continue
        before = []
        node = heading.getprevious()
        while node is not None:
            if not isinstance(node.tag, str):
                node = node.getprevious()
                continue
            if _dropped(node) or not _pill(node):
                break
            before.append(node)
            node = node.getprevious()
        if not before or node is not None or len(before) > 2 or (parent.text or "").strip():
            continue  # (only pills above the heading, at the top of its card)
        for pill in reversed(before):
            tail = pill.tail
            pill.tail = None
            parent.remove(pill)
            pill.set("data-card-pill", "1")
            heading.addnext(pill)
            pill.tail = tail


def _pill(el) -> bool:
    """The element is a status pill, or a box that holds only pills."""
    if _is_badge(el):
        return True
    kids = [c for c in el if isinstance(c.tag, str)]
    return bool(kids) and not (el.text or "").strip() and all(
        _is_badge(c) and not (c.tail or "").strip() for c in kids)


def _choice_text(el) -> str:
    return _plain(_inline_text(el)).strip()


def _read_choice_forms(doc) -> None:
    """A sign-up form whose checkboxes are the roles ("[ ] **Saturday crew laborer** – carry,
    sweep …", "[ ] Licensed electrician – to sign off small jobs"): forms are dropped with
    their fields, but these boxes are the page's list of asks.  Such a form becomes a list,
    one item per box, a disabled box struck through (the role is taken); its headings and
    plain paragraphs stay, its text fields and buttons go.  A box counts as a role when
    its label is bold-led or at least four words long: "Monday", "Evenings" are a form's
    options, not roles (v44)."""
    for form in list(doc.iter("form")):
        boxes = [b for b in form.iter("input") if (b.get("type") or "").lower() == "checkbox"]
        owners = []
        for box in boxes:
            node = box.getparent()
            while node is not None and node is not form and node.tag not in _CHOICE_OWNERS:
                node = node.getparent()
            if node is None or node is form:
                break
            owners.append((box, node))
        # v45: under a legend that names a wish list ("Community kitchen wish list") the
        # boxes are things, however short their labels
        wish = V45_STRUCTURE and any(_WISH_LEGEND.search(_choice_text(el))
                                     for el in form.iter("legend", "h2", "h3", "h4"))
        roles = [(box, node) for box, node in owners
                 if any(True for _ in node.iter("b", "strong"))
                 or len(_choice_text(node).split()) >= (1 if wish else 4)]
        if len(roles) < 2 or len(roles) != len(owners):
            continue
        owner_ids = {id(node) for _, node in owners}
        disabled = {id(node) for box, node in owners if box.get("disabled") is not None}
        replacement = lxml.html.Element("div")
        current = None
        for el in form.iter():
            if not isinstance(el.tag, str) or el is form:
                continue
            if id(el) in owner_ids:
                if current is None:
                    current = etree.SubElement(replacement, "ul")
                item = etree.SubElement(current, "li")
                holder = etree.SubElement(item, "s") if id(el) in disabled else item
                holder.text = el.text
                for child in el:
                    holder.append(deepcopy(child))
                continue
            if any(id(a) in owner_ids for a in el.iterancestors()):
                continue
            if el.tag in ("h1", "h2", "h3", "h4", "h5", "h6", "legend") or (
                    el.tag == "p" and not any(True for _ in el.iter("input", "select",
                                                                    "textarea", "label"))
                    and not any(id(d) in owner_ids for d in el.iterdescendants())):
                current = None
                copy = deepcopy(el)
                if el.tag == "legend":
                    copy.tag = "h4"
                copy.tail = None
                replacement.append(copy)
        replacement.tail = form.tail
        form.getparent().replace(form, replacement)


_CHOICE_OWNERS = frozenset({"label", "li", "p", "div", "td", "dd"})
_WISH_LEGEND = re.compile(r"(?i)wish\s*list|\bdonat|\bdonaci|lista\s+de\s+deseos|what\s+we\s+need"
                          r"|\bneeded\b|\bwanted\b|liiska|khoom\s+(?:peb\s+)?xav\s+tau|danh\s+sách"
                          r"|ዝርዝር|قائمة|የሚያስፈልጉ")


def _read_field_labels(doc) -> None:
    """A CMS listing writes each field as a label and its value ("<span class=views-label>
    Status: </span><div class=field-content>No longer needed</div>", Drupal's views and
    fields): left as they are, the label reads as a status badge or a line of its own and
    the value loses its name.  In the title field the label ("Position:") only says what
    the title is, so it goes; in any other field the label and its value become one line,
    "Status: No longer needed" (v40)."""
    for label in list(doc.iter("span", "div", "label", "strong")):
        parent = label.getparent()
        if parent is None or not _FIELD_LABEL_CLASS.search(_classes(label)):
            continue
        text = _plain(_inline_text(label)).strip()
        value = label.getnext()
        tail = (label.tail or "").strip()
        if V45_STRUCTURE and text and len(text.split()) <= 4 and tail and (
                value is None or not isinstance(value.tag, str)) and label.getprevious() is None \
                and not (parent.text or "").strip():
            # v45: "<span class=views-label>Status:</span> Open" -- the value is the text
            # after the label, not an element of its own
            if _HEADING_CLASS.search(_classes(parent)):
                parent.text, label.tail = tail, None
                parent.remove(label)
                continue
            parent.text = f"{text.rstrip(': ')}: {tail}"
            label.tail = None
            parent.remove(label)
            continue
        if not text or len(text.split()) > 4 or value is None or not isinstance(value.tag, str):
            continue
        value_text = _plain(_inline_text(value)).strip()
        if not value_text or any(_is_block(c) for c in value if isinstance(c.tag, str)
                                 and c.tag != "br"):
            continue
        if _HEADING_CLASS.search(_classes(parent)):
            parent.remove(label)  # "Position: Card room host": the title alone
            continue
        line = lxml.html.Element("p")
        line.text = f"{text.rstrip(': ')}: {value_text}"
        parent.remove(label)
        parent.replace(value, line)


def _drop_header_chips(doc) -> None:
    """A status chip in a card's own ``<header>`` ("still needed", "partly met") beside its
    heading says nothing the card's text does not; left in, it would read as a paragraph
    of the card before (and "met" as that card's fill state)."""
    for header in list(doc.iter("header")):
        if not _card_header(header) or not any(
                True for _ in header.iter("h1", "h2", "h3", "h4", "h5", "h6")):
            continue
        for el in list(header.iter()):
            if (el is header or not isinstance(el.tag, str)
                    or el.tag in ("h1", "h2", "h3", "h4", "h5", "h6")
                    or any(True for _ in el.iter("h1", "h2", "h3", "h4", "h5", "h6"))):
                continue
            if _is_badge(el) and el.getparent() is not None:
                tail, parent, previous = el.tail, el.getparent(), el.getprevious()
                parent.remove(el)
                if tail and tail.strip():
                    if previous is not None:
                        previous.tail = (previous.tail or "") + tail
                    else:
                        parent.text = (parent.text or "") + tail


_DISCLOSURE_CLASS = re.compile(r"accordion|toggle|collaps|expand|click-target|disclosure|faq",
                               re.IGNORECASE)


V55_STRUCTURE = True  # v55: developed on blind round 55
_OPENED_PANEL = re.compile(r"(?:^|[\s_-])(?:panel|answer|collapse|drawer|reveal)(?:$|[\s_-])",
                           re.IGNORECASE)


# v55: a footer widget's heading that says what is always wanted: "Always welcome", "Wish
# list", "What we need", "Donations welcome", "Siempre bienvenidos", "Lo que necesitamos"
_FOOTER_ASK_HEADING = re.compile(
    r"(?i)\W*(?:(?:always|also|gratefully)\s+(?:welcome|accepted|needed)|wish\s*-?\s*list"
    r"|(?:what|things)\s+we\s+(?:need|could\s+use)|(?:currently\s+|most\s+)?needed"
    r"|(?:donations?|gifts?)\s+(?:welcome|wanted|needed)|siempre\s+bienvenid[oa]s"
    r"|lo\s+que\s+necesitamos|(?:lista\s+de\s+)?deseos)\W*")


def _lift_footer_asks(doc) -> None:
    """v55: a site footer's widget headed "Always welcome" over "Trailblazer Transit bus
    passes …" is an ask the footer carries on every page: move it out of the footer (which
    the walk drops) to the end of the main region, or to just before the footer."""
    for footer in list(doc.iter("footer")):
        if _content_head_foot(footer):
            continue  # (a content box's own footer is walked already)
        for box in [c for c in footer if isinstance(c.tag, str) and c.tag in (
                "div", "section", "aside")]:
            heading = next((c for c in box if isinstance(c.tag, str) and c.tag in _HEADINGS),
                           None)
            text = " ".join(box.text_content().split())
            if heading is None or not _FOOTER_ASK_HEADING.fullmatch(
                    " ".join(heading.text_content().split())) or len(text.split()) < 6:
                continue
            footer.remove(box)
            box.tail = None
            heading.tag = "h2"  # (its own section, not one under the main region's last)
            main = next((el for el in doc.iter() if isinstance(el.tag, str) and (
                el.tag == "main" or (el.get("role") or "").lower() == "main")), None)
            if main is not None and footer not in main.iterancestors():
                main.append(box)  # (the walk may read the main region alone)
            else:
                footer.addprevious(box)


def _keep_disclosure_titles(doc) -> None:
    """A ``<button>`` that opens an accordion item holds that item's title ("Sunday van
    drivers" over its dropdown): keep its text as a bold heading line instead of dropping
    it with the other buttons."""
    panels = {el.get("id"): el for el in doc.iter() if isinstance(el.tag, str) and el.get("id")}
    for button in list(doc.iter("button")):
        text = " ".join(button.text_content().split())
        if not text or len(text.split()) > 12:
            continue
        panel = panels.get(button.get("aria-controls") or "")
        if V23_STRUCTURE and panel is not None and button.get("role") == "tab" and (
                panel not in button.iterancestors()):
            # "Dance" / "Sports" in a tab list, their text in panels further down: each
            # label heads its own panel, as a heading would.
            heading = lxml.html.Element("h3")
            heading.text = text
            panel.insert(0, heading)
            heading.tail = panel.text
            panel.text = None
            parent = button.getparent()
            if parent is not None:
                tail, previous = button.tail, button.getprevious()
                parent.remove(button)
                if tail and tail.strip():  # keep the text after the tab's label
                    if previous is not None:
                        previous.tail = (previous.tail or "") + tail
                    else:
                        parent.text = (parent.text or "") + tail
            continue
        opens = (button.get("aria-expanded") is not None or button.get("aria-controls")
                 or _DISCLOSURE_CLASS.search(button.get("class") or "")
                 or any(_HEADING_CLASS.search(el.get("class") or "")
                        for el in button.iterdescendants() if isinstance(el.tag, str)))
        if not opens and V55_STRUCTURE:
            # v55: "<button class=acc-btn>" over "<div class=acc-panel>": the button's own
            # class says nothing, but its list or the panel that follows it does
            parent, panel = button.getparent(), button.getnext()
            opens = (parent is not None and _DISCLOSURE_CLASS.search(parent.get("class") or "")
                     ) or (panel is not None and panel.tag in ("div", "section") and
                           (_PANEL_CLASS.search(panel.get("class") or "")
                            or _OPENED_PANEL.search(panel.get("class") or "")))
        if not opens:
            continue
        label = lxml.html.Element("p")
        for name in ("aria-controls", "id", "class"):  # the panel it opens; a greyed state
            if button.get(name):
                label.set(name, button.get(name))
        strong = etree.SubElement(label, "strong")
        strong.text = text
        label.tail = button.tail
        button.getparent().replace(button, label)


_GREY_CLASS = re.compile(r"(?:^|[\s_-])(?:gr[ae]y(?:ed)?|muted|faded|dimmed|disabled)(?:$|[\s_-])",
                         re.IGNORECASE)
_COLOR = re.compile(r"(?:^|;)\s*color\s*:\s*([^;]+)", re.IGNORECASE)
_OPACITY = re.compile(r"opacity\s*:\s*(0?\.\d+|0)\b", re.IGNORECASE)


def _grey_color(value: str) -> bool:
    """A light, colourless text colour ("#999", "#aaaaaa", "gray", "silver")."""
    value = value.strip().lower()
    if re.fullmatch(r"(?:light|dark)?gr[ae]y|silver|gainsboro", value):
        return value not in ("darkgray", "darkgrey")
    digits = re.fullmatch(r"#([0-9a-f]{3}|[0-9a-f]{6})", value)
    if not digits:
        return False
    hexes = digits.group(1)
    if len(hexes) == 3:
        hexes = "".join(ch * 2 for ch in hexes)
    rgb = [int(hexes[i:i + 2], 16) for i in (0, 2, 4)]
    return max(rgb) - min(rgb) <= 24 and 0x80 <= sum(rgb) / 3 <= 0xd8


def _greyed(el) -> bool:
    """The element is styled as greyed out (a colour, an opacity or a class saying so)."""
    style = el.get("style") or ""
    color = _COLOR.search(style)
    opacity = _OPACITY.search(style)
    return bool((color and _grey_color(color.group(1)))
                or (el.tag == "font" and _grey_color(el.get("color") or ""))
                or (opacity and float(opacity.group(1)) <= 0.6)
                or _GREY_CLASS.search(el.get("class") or ""))


def _grey_share(node) -> float:
    """The share of the words of ``node`` that are in greyed-out markup."""
    grey = total = 0

    def count(text: str | None, greyed: bool) -> None:
        nonlocal grey, total
        words = len((text or "").split())
        total += words
        grey += words if greyed else 0

    def walk(el, inherited: bool) -> None:
        greyed = inherited or _greyed(el)
        count(el.text, greyed)
        for child in el:
            if isinstance(child.tag, str):
                walk(child, greyed)
            count(child.tail, greyed)

    walk(node, False)
    return grey / total if total else 0.0


def _greyed_item(el):
    """The row, card or item that ``el`` greys out, when a sibling of the same kind is not
    greyed (the grey sets this item apart; a page greyed all over is a style)."""
    if not _greyed(el):
        return None
    node = el
    # A <font color> or <span style> inside a cell, item or paragraph speaks for it.
    while node.tag in _INLINE_MARKS and node.getparent() is not None:
        node = node.getparent()
    parent = node.getparent()
    if parent is None or node.tag in ("body", "html", "main"):
        return None
    if _grey_share(node) < 0.8:
        return None  # a greyed aside ("(updated May 2)") inside a plain paragraph
    siblings = [c for c in parent if c is not node and isinstance(c.tag, str)
                and c.tag == node.tag]
    if any(not any(_greyed(d) for d in c.iter() if isinstance(d.tag, str)) for c in siblings):
        return node
    return None


def _one_of_cards(el) -> bool:
    """An ``<article>`` among sibling articles: one card of a list, not the page's body."""
    parent = el.getparent()
    return parent is not None and sum(1 for c in parent if c.tag == el.tag) >= 2


# A "-full" class that sizes the block rather than marking it filled: Elementor's
# "e-con-full" container, "col-full", "width-full", "container-full" (v21).
_LAYOUT_FULL = re.compile(r"(?:^|-)(?:con|width|col|column|container|row|grid|section|bleed"
                          r"|height|screen|size|page|layout|wrap|wrapper|span|w|h)-full$")


def _fill_class(el, name: str) -> bool:
    """``name`` (a class of ``el``) marks the item filled: a fill word ("filled", "is-full",
    "card--sponsored") that is no layout word (v21); an ambiguous "-full" class shared by
    every sibling of the same tag says how a grid's cards are laid out, not that each is
    filled."""
    if name not in _FILLED_CLASSES and not name.endswith(_FILLED_SUFFIXES):
        return False
    if not V21_STRUCTURE:
        return True
    if _LAYOUT_FULL.search(name):
        return False
    if name in _FILLED_CLASSES or not name.endswith("-full"):
        return True
    parent = el.getparent()
    siblings = [s for s in parent if s is not el and s.tag == el.tag] if parent is not None else []
    return not (len(siblings) >= 1 and all(
        name in (s.get("class") or "").lower().split() for s in siblings))


def _card_cell(cell) -> bool:
    """A cell of a layout table that holds a card of its own (a heading, or two blocks) beside
    other cells, as page builders lay out columns ("wsite-multicol-col")."""
    row = cell.getparent()
    siblings = [c for c in row if isinstance(c.tag, str) and c.tag in ("td", "th")] if (
        row is not None) else []
    blocks = [d for d in cell.iter() if d is not cell and isinstance(d.tag, str)
              and d.tag in ("h1", "h2", "h3", "h4", "h5", "h6", "p", "div", "ul", "ol")]
    return len(siblings) >= 2 and (
        any(d.tag in ("h1", "h2", "h3", "h4", "h5", "h6") for d in blocks) or len(blocks) >= 2)


# v47: a calendar's column header: a day of the week, in the languages served


def _own_item_cell(cell, badge: str) -> bool:
    """A table cell that is an item of its own, not a row's status (v47): it holds more than
    its fill badge, and every cell of its row holds a few words of its own -- a calendar's
    days ("6 CRAFTS W/ HELEN — FULL" beside "4 BLOOD PRESSURE CHECKS 10–11")."""
    row = cell.getparent()
    if row is None:
        return False
    table = row
    while table is not None and table.tag != "table":
        table = table.getparent()
    first = next((r for r in table.iter("tr") if _owner_table(r) is table), None) if (
        table is not None) else None
    if first is None or sum(bool(_WEEKDAY_NAME.fullmatch(" ".join(c.itertext()).strip()))
                            for c in first if isinstance(c.tag, str)) < 4:
        return False  # (only a calendar's days: a sign-up row's "Full" drops the row)
    cells = [c for c in row if isinstance(c.tag, str) and c.tag in ("td", "th")]
    words = [len(" ".join(c.itertext()).split()) for c in cells]
    own = len(" ".join(cell.itertext()).split()) - len(badge.split())
    return len(cells) >= 4 and own >= 2 and min(words) >= 3


def _drop_filled_items(doc) -> None:
    """Remove the items a badge, class or wording marks as filled (a card, row or list item).

    The item is the nearest ``li``/``tr``/``dd``, else the nearest ancestor holding text
    beyond the badge (a card), but never more than a card's worth of text.
    """
    doomed = []
    cleared = []
    for el in doc.iter():
        if not isinstance(el.tag, str) or el.tag in ("body", "html", "main", "section", "table",
                                                     "ul", "ol", "tbody", "thead"):
            continue
        classes = (el.get("class") or "").lower().split()
        marked = any(_fill_class(el, c) for c in classes)
        greyed = None if marked else _greyed_item(el)
        if greyed is not None:
            doomed.append(greyed)  # one greyed-out row, card or item among plain ones
            continue
        text = " ".join(el.text_content().split())
        badge = bool(text) and len(text) <= 60 and bool(
            FILL_BADGE.fullmatch(text.strip(" []()!:.-–—*")))
        if not (marked or badge):
            continue
        if V55_STRUCTURE and badge and not marked and (el.tag == "th" or any(
                a.tag == "th" for a in el.iterancestors())):
            continue  # v55: a column headed "Filled" ("What | When | Filled"): no state
        if V31_STRUCTURE and _cell_in_open_row(el):
            continue  # v31: "covered" beside "2 open" in a grid of roles by day: one cell only
        if marked and not badge and ((el.tag == "article" and not _one_of_cards(el))
                                     or len(text.split()) > 150 or sum(
                1 for _ in el.iter("h1", "h2", "h3", "h4", "h5", "h6")) >= 2):
            continue  # a page-wide wrapper ("node--view-mode-full"), not one item
        if el.tag in ("li", "tr", "dd") or (marked and el.tag not in _INLINE_MARKS):
            doomed.append(el)  # the item itself carries the mark ("role-card filled")
            continue
        # A badge or a marked cell: find the item it belongs to -- the nearest block around
        # it that holds more than the badge, but never a block holding several headings.
        node = el.getparent()
        while node is not None and node.tag not in ("body", "html"):
            if node.tag in ("li", "tr", "dd"):
                doomed.append(node)
                break
            if node.tag in ("td", "th"):
                if V21_STRUCTURE and _card_cell(node):
                    doomed.append(node)  # a layout table's column: the card is the item (v21)
                    break
                if _own_item_cell(node, text):
                    cleared.append(node)  # v47: a calendar day's "CRAFTS — FULL": that day
                    break
                node = node.getparent()  # a status cell: the row is the item
                continue
            headings = sum(1 for h in node.iter("h1", "h2", "h3", "h4", "h5", "h6"))
            if node.tag == "article" and headings <= 1 and _one_of_cards(node) and len(
                    " ".join(node.text_content().split()).split()) <= 150:
                doomed.append(node)  # a badge in a card's header: the card is filled
                break
            if headings >= 2 or node.tag in ("section", "main", "article", "table", "ul", "ol"):
                break
            words = len(" ".join(node.text_content().split()).split())
            if _is_block(node) and words > len(text.split()):
                card = node.getparent()
                if V31_STRUCTURE and card is not None and _first_line_of_card(card) is node and len(
                        " ".join(card.text_content().split()).split()) <= 150:
                    node = card  # v31: "[GOT IT] **Snowblower …**" titles a post: the post goes
                    words = 0
                if words <= 150:
                    doomed.append(node)
                    previous = node.getprevious()
                    if headings == 0 and previous is not None and previous.tag in (
                            "h1", "h2", "h3", "h4", "h5", "h6", "dt"):
                        doomed.append(previous)  # "### Mosque cleaners" + "Found, thanks!"
                break
            node = node.getparent()
    for cell in cleared:
        tail = cell.tail
        cell.clear()  # the cell stays, so the row's other cells keep their columns
        cell.tail = tail
    for el in doomed:
        parent = el.getparent()
        if el.tag == "div" and el.getprevious() is not None and el.getprevious().tag in (
                "h1", "h2", "h3", "h4", "h5", "h6") and parent is not None and len(parent) <= 2:
            el = parent  # a card's body: the card goes, heading and all
            parent = el.getparent()
        if parent is None:
            continue
        if parent is not None:
            tail = el.tail
            previous = el.getprevious()
            parent.remove(el)
            if tail and tail.strip():
                if previous is not None:
                    previous.tail = (previous.tail or "") + tail
                else:
                    parent.text = (parent.text or "") + tail


def html_language(html: str) -> str:
    """The ``<html lang>`` attribute's primary subtag, or ""."""
    match = re.search(r"<html[^>]*\blang=[\"']?([A-Za-z]{2,3})", html or "", re.IGNORECASE)
    return match.group(1).lower() if match else ""


_BULLET = re.compile(r"^\s*(?:[-•*▪●◦–]|\d{1,2}[.)])\s+")


def _short_title_line(line: str, previous: str, following: str) -> bool:
    """A flyer's short sub-heading in sentence case between two sentences (v15): "Volunteer
    referees" after "… to the community room." and before "We need volunteer referees …"."""
    words = line.split()
    if V21_STRUCTURE and _flyer_heading(line, previous, following):
        return True
    if 2 <= len(words) <= 7 and len(line) <= 60 and re.match(r"[¿]?[^\W\d_]", line) and (
            line.endswith(("?", "؟")) and (line[:1] == "¿" or line[:1].isupper())) and (
            not previous or re.search(r"[.!?]$|\d$", previous) or previous.isupper()) and (
            following[:1].isupper() and len(following.split()) >= 4):
        return True  # v47: a flyer's question as its sub-heading: "¿Qué necesitamos?"
    if V34_STRUCTURE and _FORM_END.search(previous) and 2 <= len(words) <= 8 and len(
            line) <= 60 and line[:1].isupper() and not _FORM_END.search(line) and not re.search(
            r"[.!?,;]$", line) and (following[:1].isupper() or (V51_STRUCTURE and (
                bool(_BULLET.match(following)) or following.startswith(("- ", "[ ]", "☐"))) and (
                "?" not in line and len(re.findall(r"\[\s?\]|☐", following)) <= 1))):
        # "This winter: porch drop-off drivers" after a form's blanks (v34); v51: over its
        # boxes to tick ("Doorashooyinka hadda furan (calaamadee mid ama dhowr)")
        return True
    label = re.fullmatch(r"[^\W\d_][\w'’]*(?:\s+[\w'’]+){0,2}:\s+[^\W\d_][^.!?;:_]{2,50}",
                         line) if V55_STRUCTURE else None
    if label and len(words) <= 8 and not re.search(r"[.!?,;]$", line) and (
            following[:1].isupper() and len(following.split()) >= 4) and (
            not previous or re.search(r"[.!?]$|\d$", previous) or len(previous) < 70
            or previous.split()[-1].isupper()):
        # v55: "Baahi cusub: barnaamijka dabaasha haweenka" (new need: the women's swimming
        # program) on its own line over the paragraph that tells it: a label and its topic
        return True
    # v51: a year in it ("Tet 2026 needs hands"). (Tried and left: one word, "Membership", and
    # five, "Sida foomka loo soo celiyo" -- on earlier rounds they made bare headings of an
    # annual meeting, a free lawyer and a zakat appeal that the model then kept.)
    bare = re.sub(r"\b(?:19|20)\d\d\b", "", line) if V51_STRUCTURE else line
    return (2 <= len(words) <= 4 and len(line) <= 40 and line[:1].isupper()
            and not re.search(r"[.!?,;:)\d]$", line) and not re.search(r"\d", bare)
            and (not previous or bool(re.search(r"[.!?]$", previous))
                 or (V16_STRUCTURE and bool(re.search(r"\d{4}$", previous)))
                 or (V34_STRUCTURE and bool(_FORM_END.search(previous))))
            and following[:1].isupper() and len(following.split()) >= 4)


# v34: a form's line that ends in a blank to fill or a box to tick ("Best time to reach you:
# ______", "[ ]"): the line before it is no sentence left open
_FORM_END = re.compile(r"_{3,}\s*$|\[\s?\]\s*$|☐\s*$"
                       # v35: a form's options to circle ("Days: Mon / Tue / Wed / Sat")
                       r"|:\s*[^\W\d_][\w'’]*(?:\s+/\s+[^\W\d_][\w'’]*){2,}\s*$")


# v52: a line that opens on an ask, in the languages served (my own wordings): "Xav tau …"
# (hmn), "Cần …" / "Đang cần …" (vi), "Se necesitan …" / "Buscamos …" (es), "Waxaa loo
# baahan yahay …" (so), "Wanted: …" / "Needed: …" / "Seeking …" (en)
_ASK_LINE_START = re.compile(
    r"(?i)(?:peb\s+)?xav\s+tau\s|nrhiav\s|(?:đang\s+)?cần\s+(?:gấp\s+)?|se\s+necesita|se\s+busca|buscamos\s"
    r"|waxaa\s+loo\s+baahan|waxaan\s+u\s+baahan|(?:wanted|needed)\s*:|seeking\s|looking\s+for\s")


def _flyer_heading(line: str, previous: str, following: str) -> bool:
    """A flyer's sub-heading the v15 rule missed (v21): one over a list or a count ("What we
    are collecting" before "- Window insulation kits", "Holiday Meal Boxes" before "250
    families …"), a title-case line of up to eight words ("Kids' Snow Pants and Mittens"),
    or an ALL-CAPS label and its title ("WANTED: Kids' Snow Pants and Mittens")."""
    words = line.split()
    if V52_STRUCTURE and 2 <= len(words) <= 12 and len(line) <= 80 and _ASK_LINE_START.match(
            line) and not re.search(r"[.!?,;:)]$", line) and following[:1].isupper() and (
            not previous or re.search(r"[.!?]$|\d{4}$", previous) or previous.isupper()):
        return True  # v52: "Xav tau neeg tsav tsheb xa zaub rau cov laus" (wanted: drivers …)
    if not (2 <= len(words) <= 8 and len(line) <= 60 and line[:1].isupper()):
        return False
    if re.search(r"[.!?,;)]$", line) or not following:
        return False
    if len(words) <= 6 and re.search(r"(?i)\b(?:wanted|needed)$", line) and following[:1].isupper():
        return True  # "Bus captains wanted" after the last line of a list
    if previous and not re.search(r"[.!?]$|\d{4}$", previous) and not (
            V34_STRUCTURE and _FORM_END.search(previous)):
        return False  # a wrapped line inside a paragraph
    if not (following[:1].isupper() or following[:1].isdigit() or _BULLET.match(following)):
        return False
    if V48_STRUCTURE and previous and re.search(
            r"(?i)\b(?:wanted|needed|se\s+necesita\w*|se\s+busca\w*)\b", line):
        return True  # v48: "Gardeners needed before the celebration" between two paragraphs
    if V51_STRUCTURE and previous and re.fullmatch(
            r"[A-Z][^.:!?]{3,40}:\s+[^\W\d][\w'’ -]{2,30}", line) and following[:1].isupper():
        return True  # v51: "Help us welcome the next family: dinner hosts" between paragraphs
    label = re.match(r"^[A-Z][A-Z' ]{2,20}:\s+\S", line)
    long_words = [w for w in words if len(w) > 3]
    titled = sum(1 for w in long_words if w[:1].isupper()) >= max(1, 0.6 * len(long_words))
    if len(words) <= 4:
        return not re.search(r"\d", line) and (
            _BULLET.match(following) is not None or following[:1].isdigit())
    return bool(label) or (titled and not re.search(r"\d", line))


def _dash_lists(lines: list[str]) -> list[str]:
    """A flyer's inline list after a line ending in ":" ("Fill the bus with:" then "Hearty
    soups and chili - Canned fruit in juice - Cooking oil -" / "Canned tomatoes - Peanut
    butter") -> one bullet line per thing (v21)."""
    out: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if out and out[-1].endswith(":") and line.count(" - ") >= 1:
            joined = line
            while joined.endswith(" -") and index + 1 < len(lines) and lines[index + 1]:
                index += 1
                joined = f"{joined} {lines[index]}"
            parts = [p.strip(" -") for p in joined.split(" - ")]
            if len(parts) >= 3 and all(1 <= len(p.split()) <= 6 for p in parts):
                out.extend(f"- {p}" for p in parts)
                index += 1
                continue
        out.append(line)
        index += 1
    return out


# v45: a form's box to tick, "[ ] Garden weeding crew - …", "☐ …"; a ticked one "[x]"
_BOX_START = re.compile(r"^\s*(?:\[\s?\]|☐|□|❑)\s+(?=\S)")
_BOX_ITEM = re.compile(r"^- \u2063")


V59_STRUCTURE = True  # v59: developed on blind round 59
# v59: a PDF line that opens with an ALL-CAPS run-in heading, "SCHOOL SUPPLIES DRIVE Before
# classes start we collect …": two words or more in capitals, then a capitalised word
_RUN_IN_HEADING = re.compile(r"((?:[^\W\d_a-z]+(?:['’][^\W\d_a-z]+)*[&/-]?\s+){1,6}"
                             r"[^\W\d_a-z]+(?:['’][^\W\d_a-z]+)*)"
                             r"\s+([^\W\d_a-z][^\W\d_A-Z]+\b.*)$")


def _run_in_heading(line: str) -> list[str]:
    match = _RUN_IN_HEADING.match(line)
    if not match or len(re.sub(r"\W", "", match.group(1))) < 6 or any(
            c.islower() for c in match.group(1)) or len(match.group(2).split()) < 3:
        return [line]
    return [match.group(1), match.group(2)]


def _box_lines(lines: list[str]) -> list[str]:
    """A PDF form's boxes to tick, each with the lines that wrap it, as one marked line (an
    item); the wrap ends at a blank line, the next box or a short title line (v45)."""
    out: list[str] = []
    current: list[str] | None = None
    for line in lines:
        if _BOX_START.match(line) and not re.search(r"\S\s+(?:\[\s?\]|☐|□|❑)\s", line):
            # (not "[ ] Baking [ ] Cards and meals [ ] …": a form's options on one line)
            if current is not None:
                out.append("- \u2063" + " ".join(current))
            current = [_BOX_START.sub("", line)]
            continue
        if current is not None and line and not _looks_like_heading_line(line) and not (
                current[-1].endswith((".", "!", "?")) and line[:1].isupper()) and not (
                # v52: "[ ] I can help scan charts" / "Returning this form" / "Mail it to …":
                # a short capitalised line is the title after the box, not its wrap
                V52_STRUCTURE and line[:1].isupper() and len(line.split()) <= 4
                and not re.search(r"[.,;:!?]$", line)):
            current.append(line)
            continue
        if current is not None:
            out.append("- \u2063" + " ".join(current))
            current = None
        out.append(line)
    if current is not None:
        out.append("- \u2063" + " ".join(current))
    return out


# v58: a menu's words: a run of lines in capitals with one of them is navigation, not a list
_NAV_WORD = re.compile(r"(?i)^\W*(?:#+\s*)?(?:home|menu|contact(?:\s+us)?|about(?:\s+us)?|news"
                       r"|links|log\s*in|login|calendar)\W*$|\bphotos\b|\bprint\s+version\b"
                       r"|\blog\s*in\b")


# v58: a sentence that opens with a role as its label: "Produce baggers: bag carrots …"
_LABEL_START = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý][\w'’-]*(?:\s+[\w'’()-]+){0,3}:\s)")


def _role_label_parts(paragraph: str) -> list[str]:
    """v58: a PDF's paragraph that runs several labelled roles together ("Box truck drivers:
    drive our truck … Produce baggers: bag carrots … Traffic helpers: FULL for the summer"),
    one paragraph per role; unchanged unless two or more labels name a role."""
    if not V58_STRUCTURE:
        return [paragraph]
    parts = _LABEL_START.split(paragraph)
    roles = sum(1 for part in parts if names_a_role(part.split(":", 1)[0]))
    return parts if len(parts) >= 2 and roles >= 2 else [paragraph]


def text_to_markdown(text: str) -> str:
    """Plain text (a PDF's text layer) -> Markdown: ALL-CAPS or short bold-like lines become
    headings, bullet lines items, wrapped lines are joined into paragraphs."""
    out: list[str] = []
    para: list[str] = []

    def flush() -> None:
        if para:
            for part in _role_label_parts(" ".join(para)):
                out.extend([part, ""])
            para.clear()

    lines = [" ".join(raw.split()) for raw in (text or "").splitlines()]
    if V21_STRUCTURE:
        lines = _dash_lists(lines)
    if V45_STRUCTURE:
        lines = _box_lines(lines)
    if V59_STRUCTURE:
        lines = [part for line in lines for part in _run_in_heading(line)]
    for index, line in enumerate(lines):
        if not line:
            flush()
            continue
        if V45_STRUCTURE and line.startswith("- ") and _BOX_ITEM.match(line):
            flush()
            item = _BOX_ITEM.sub("", line)
            # "Loading dock crew - We need three people …": the box's name, then what it is
            named = re.match(r"([^.:!?]{3,60}?)\s+[-–—]\s+(\S.*)$", item)
            if named and len(named.group(1).split()) <= 6:
                item = f"**{named.group(1)}** – {named.group(2)}"
            out.append("- " + item)
            continue
        if V45_STRUCTURE and re.search(r"_{4,}", line):
            para.append(line)  # v45: "Email: ______": a form's field, never a heading
            flush()
            continue
        if _looks_like_heading_line(line) or (
                line.endswith(":") and len(line.split()) <= 6 and line[:1].isupper()) or (
                _short_title_line(line, lines[index - 1] if index else "",
                                  lines[index + 1] if index + 1 < len(lines) else "")):
            flush()
            level = "#" if not any(o.startswith("#") for o in out) and not (
                # v49: after a masthead line ("LIBRARY LINES - Spring 2025 Newsletter …") the
                # first heading is the first article's, a sibling of the next ones -- not the
                # page's title over them ("Meet our new director" over "English Circle")
                V49_STRUCTURE and any(o.strip() for o in out)) else "##"
            out.extend(["", f"{level} " + line.rstrip(":"), ""])
        elif _BULLET.match(line):
            flush()
            out.append("- " + _BULLET.sub("", line))
        else:
            if V48_STRUCTURE and not para and out and out[-1].startswith("- ") and not re.search(
                    r"[.!?:]$", out[-1]) and len(out[-1]) >= 60 and line[:1].islower():
                out[-1] += " " + line  # v48: a bullet's wrapped line ("… feast has" / "nowhere
                continue  # to go. If your family has a chest freezer …")
            if V21_STRUCTURE and not para and out and out[-1].startswith("- "):
                out.append("")  # "Bring them to …" after the list is no part of its last item
            para.append(line)
            if re.search(r"[.!?]$", line) and len(line) < 60:
                flush()
    flush()
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip()
