"""Markdown -> a tree of sections (heading, blocks in page order, sub-sections)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from needs.extraction.fill import FILL_BADGE, OPEN_BADGE, STATUS_WORD
from needs.extraction.lexicon import GENERIC_HEADINGS, NEED_HEADING, NEGATIVE_HEADING

# --------------------------------------------------------------------------- parsing

# v23: a post's byline set as a heading of its own ("Dec 4, 2026 · Neighbors") just above
# the post's own, larger heading: it heads nothing.
V23_SECTIONS = True
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|enero|febrero|marzo|abril"
          r"|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\.?")
# at most three words after the date ("Neighbors", "· Updates"), each after a real separator
_BYLINE_WORDS = r"(?:(?:\s+|\s*[·|•–—-]\s*)[^\W\d][\w&]*){0,3}\W*$"
_DATELINE = re.compile(
    r"(?i)^\W*(?:(?:mon|tue|wed|thu|fri|sat|sun)\w*,?\s+)?(?:" + _MONTH
    + r"\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}\s+" + _MONTH + r")(?:,?\s+20\d\d)?" + _BYLINE_WORDS
    + r"|^\W*(?:\d{1,2}[/.]\d{1,2}[/.](?:20)?\d\d|20\d\d-\d\d-\d\d)" + _BYLINE_WORDS)


@dataclass
class Block:
    kind: str  # "item" | "para" | "table"
    text: str = ""
    rows: list[list[str]] = field(default_factory=list)


@dataclass
class Section:
    heading: str
    level: int
    parent: Section | None
    blocks: list[Block] = field(default_factory=list)
    children: list[Section] = field(default_factory=list)
    # v41: the state printed on the line above this card's heading, moved down to the card
    # (see _badges_above_headings)
    state_above: Block | None = None
    # v44: the card's bracketed label ("[Needed]", "[Service]") as first read, kept when the
    # rule walk sets the card's open badge aside
    pill: str = ""

    def ancestors(self) -> list[Section]:
        out, node = [], self.parent
        while node is not None:
            out.append(node)
            node = node.parent
        return out


def _strip_md(text: str) -> str:
    text = re.sub(r"(\*\*|__)(.+?)\1", r"\2", text)
    text = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"\1", text)
    text = text.replace("`", "")
    return re.sub(r"\s+", " ", text).strip()


_PLAIN_HEADING_START = frozenset(
    {"we", "our", "other", "more", "what", "how", "why", "where", "when", "about", "nuestro",
     "nuestra", "también", "otras", "otros", "qué", "cómo"}
)


def _plain_to_markdown(markdown: str) -> str:
    """Give structure back to a page the readability step flattened to bare lines.

    Runs of four or more very short lines are navigation and are dropped; a short line
    naming a need section becomes a heading, and the short lines after it become items.
    """
    lines = [line.strip() for line in markdown.splitlines()]
    short = [bool(line) and len(line.split()) <= 3 and not line.endswith(".") for line in lines]
    keep = [True] * len(lines)
    i = 0
    while i < len(lines):
        if short[i]:
            j = i
            while j < len(lines) and short[j]:
                j += 1
            if j - i >= 4:
                # The nav block ends where the page repeats one of its labels as its title.
                seen: set[str] = set()
                end = j
                for k in range(i, j):
                    if lines[k].lower() in seen:
                        end = k
                        break
                    seen.add(lines[k].lower())
                for k in range(i, end):
                    keep[k] = False
            i = j
        else:
            i += 1
    out: list[str] = []
    in_need = False
    for line, kept in zip(lines, keep, strict=True):
        if not kept or not line:
            continue
        words = len(line.split())
        heading_like = words <= 5 and not re.search(r"[.!?:]$", line)
        if heading_like and NEED_HEADING.search(line) and not NEGATIVE_HEADING.search(line):
            out.append("## " + line)
            in_need = True
        elif heading_like and (line.lower() in GENERIC_HEADINGS or NEGATIVE_HEADING.search(line)
                               or line.split()[0].lower() in _PLAIN_HEADING_START):
            out.append("## " + line)
            in_need = False
        elif in_need and words <= 15 and not line.endswith("."):
            out.append("- " + line)
        else:
            out.append("")
            out.append(line)
            out.append("")
            in_need = False if words > 15 else in_need
    return "\n".join(out)


def parse_sections(markdown: str) -> Section:
    """Markdown -> a tree of sections, each with its own blocks in page order."""
    if not re.search(r"^#{1,6}\s", markdown, re.MULTILINE):
        markdown = _plain_to_markdown(markdown)
    root = Section(heading="", level=0, parent=None)
    current = root
    para: list[str] = []
    table: list[list[str]] = []

    def flush() -> None:
        nonlocal para, table
        if para:
            current.blocks.append(Block("para", re.sub(r"\s+", " ", " ".join(para)).strip()))
            para = []
        if table:
            current.blocks.append(Block("table", rows=table))
            table = []

    for raw in markdown.splitlines():
        line = raw.strip()
        heading = re.match(r"^(#{1,6})\s+(.*?)\s*#*$", line)
        item = re.match(r"^(?:[-*+•·▪●◦‣]|\d+[.)])\s+(.*)$", line)
        if heading:
            flush()
            level = len(heading.group(1))
            if V23_SECTIONS and current.parent is not None and not current.blocks and not (
                    current.children) and level < current.level and len(current.heading) <= 60 and (
                    _DATELINE.match(current.heading)):
                current.parent.children.remove(current)  # the byline of the post below
                current = current.parent
            parent = current
            while parent.level >= level:
                parent = parent.parent  # type: ignore[assignment]
            current = Section(heading=_strip_md(heading.group(2)), level=level, parent=parent)
            parent.children.append(current)
        elif line.startswith("|"):
            if para:
                flush()
            cells = [_strip_md(c) for c in line.strip("|").split("|")]
            if all(re.fullmatch(r":?-{2,}:?", c.strip()) for c in cells if c.strip()):
                continue
            table.append(cells)
        elif item:
            flush()
            current.blocks.append(Block("item", item.group(1).strip()))
        elif not line:
            flush()
        else:
            if table:
                flush()
            para.append(line)
    flush()
    if V41_SECTIONS:
        _badges_above_headings(root)
    if V27_SECTIONS:
        _named_by_first_line(root)
    if V52_SECTIONS:
        _pill_subheadings(root)
    return root


# v52: "### The Eh Say family" / "#### [NEEDS A SPONSOR]" / "A grandmother raising …": a card's
# state set as a sub-heading of its own is the card's first line, under the card's name
V52_SECTIONS = True


def _pill_subheadings(root: Section) -> None:
    for section in _walk(root):
        if section.blocks or len(section.children) != 1:
            continue
        pill = section.children[0]
        if pill.children or not pill.blocks or not _state_heading(pill.heading) or not (
                _BRACKETED.match(pill.heading.strip(" *"))) or not section.heading:
            continue
        section.blocks = [Block("para", pill.heading), *pill.blocks]
        section.children = []


def _state_line(block: Block | None) -> bool:
    if block is None or block.kind != "para":
        return False
    text = _strip_md(block.text).strip()
    return bool(_BRACKETED.match(text)) and len(text.strip("[] ").split()) <= 5


def _badges_above_headings(root: Section) -> None:
    """v41: cards whose bracketed state stands on the line *above* each heading ("[مطلوب]" /
    "## مترجمون …", "[اكتمل]" / "## …"): read line by line, each state ends the card before.
    Where the card run shows that layout -- a state just before the first card, every card but
    the last ending with one, the last ending without -- each state moves down to its card.
    (A state at the end of every card, the last included, stays where it is.)"""
    for section in _walk(root):
        cards = section.children
        if len(cards) < 2 or not section.blocks or not _state_line(section.blocks[-1]):
            continue
        if not all(c.blocks and _state_line(c.blocks[-1]) for c in cards[:-1]) or (
                cards[-1].blocks and _state_line(cards[-1].blocks[-1])) or any(
                c.children for c in cards[:-1]):
            continue
        carried = section.blocks.pop()
        for card in cards:
            card.state_above = carried
            card.blocks.insert(0, carried)
            carried = card.blocks.pop() if card is not cards[-1] else None


# v27: a card whose heading is only its state ("## [OPEN]", "### FILLED", "## Needed") and
# whose name is the first short line under it ("Elder Lunch Servers"): the name heads the
# card and the state stays as its first line, where the fill and open badges are read.
V27_SECTIONS = True
V41_SECTIONS = True
_BRACKETED = re.compile(r"^\[\s*[^\[\]]{1,40}\]$")


def _state_heading(heading: str) -> bool:
    plain = heading.strip(" *")
    if _BRACKETED.match(plain):
        return len(plain.strip("[] ").split()) <= 5
    return len(plain.split()) <= 3 and bool(
        FILL_BADGE.fullmatch(plain) or STATUS_WORD.fullmatch(plain) or OPEN_BADGE.fullmatch(
            plain))


def _name_line(block: Block) -> bool:
    text = _strip_md(block.text)
    return (block.kind == "para" and 0 < len(text.split()) <= 10 and len(text) <= 80
            and not re.search(r"[.!?:;]$", text) and not _state_heading(text))


def _named_by_first_line(root: Section) -> None:
    for section in _walk(root):
        if (section.parent is not None and section.blocks and _state_heading(section.heading)
                and _name_line(section.blocks[0])):
            state = section.heading
            section.heading = _strip_md(section.blocks[0].text)
            section.blocks[0] = Block("para", state)


def _walk(section: Section) -> list[Section]:
    out = [section]
    for child in section.children:
        out.extend(_walk(child))
    return out


