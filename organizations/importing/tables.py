"""From a tab of cells to organization records: the header row, the column mapping, and
one record per row; prose tabs become links with the sentence around them.

Community spreadsheets put titles, notes and links above the header, leave blank rows
between sections, write several URLs or phones in one cell and answer yes/no questions in
free text.  Everything here is a *suggestion* a person can correct in the admin (the
header row, the column each field comes from); the command line takes the same options.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.core.validators import validate_email

from organizations import vocabulary
from organizations.importing import normalise as n
from organizations.importing.readers import Sheet
from organizations.importing.records import OrganizationRecord, RowResult

NAME_MAX = 200
ADDRESS_MAX = 300
COUNTY_MAX = 60
EMAIL_MAX = 254
TEXT_MAX = 10_000
EMPLOYEES_MAX = 1_000_000
HEADER_SCAN_ROWS = 30
CONTEXT_MAX = 1000  # what the resource-link service accepts


class RecordError(ValueError):
    """One row or record cannot be imported; the message says which field and why."""


@dataclass(frozen=True)
class Target:
    key: str
    label: str
    multi: bool = False  # may several columns feed it?


TARGETS: tuple[Target, ...] = (
    Target("name", "Organization name"),
    Target("website", "Website"),
    Target("links", "Other links (added as sources)", multi=True),
    Target("phone", "Phone number(s)", multi=True),
    Target("email", "Public e-mail"),
    Target("address", "Address"),
    Target("county", "County"),
    Target("populations_served", "Populations served", multi=True),
    Target("services_offered", "Services offered", multi=True),
    Target("description", "Description / notes", multi=True),
    Target("volunteers_needed", "Volunteers needed? (yes/no)"),
    Target("ice_resistance_focus", "ICE-resistance focus? (yes/no)"),
    Target("year_founded", "Year founded"),
    Target("employees", "Number of employees"),
)
TARGET_KEYS = {t.key for t in TARGETS}
IGNORE = ""

# Header words -> target, tried in order (the first rule that matches wins), so
# "Volunteer sign-up link" is a link, not the volunteers-needed answer, and
# "Organization website" is the website, not the name.
_RULES: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("links", ("volunteer", "donate", "donation", "donations", "sign up", "signup"),
     ("link", "links", "url", "page", "form", "sign up", "signup")),
    ("ice_resistance_focus", ("ice", "immigration enforcement", "rapid response", "resist",
                              "resistance", "sanctuary", "deportation"), ()),
    ("volunteers_needed", ("volunteer", "volunteers", "volunteering", "voluntarios"), ()),
    ("website", ("website", "web site", "site", "url", "homepage", "home page", "web"), ()),
    ("links", ("link", "links", "source", "sources", "more info", "resources link",
               "social", "facebook"), ()),
    ("phone", ("phone", "phones", "telephone", "tel", "hotline", "contact number",
               "call", "cell", "telefono"), ()),
    ("email", ("email", "e mail", "mail", "correo"), ()),
    ("county", ("county", "counties"), ()),
    ("address", ("address", "location", "street", "where", "direccion"), ()),
    ("populations_served", ("population", "populations", "serves", "served", "serving",
                            "community", "communities", "who", "audience", "eligibility",
                            "clients", "languages"), ()),
    ("services_offered", ("service", "services", "offer", "offers", "offered",
                          "program", "programs", "help with", "support", "provides",
                          "what they do", "type", "category", "resources", "focus area"), ()),
    ("year_founded", ("founded", "established", "since", "year"), ()),
    ("employees", ("employees", "staff", "staff size", "fte"), ()),
    ("name", ("organization", "organisation", "org", "name", "agency", "group",
              "nonprofit", "provider", "organizacion"), ()),
    ("description", ("notes", "note", "description", "about", "mission", "details",
                     "comments", "comment", "info", "summary", "how to help"), ()),
)


def _has(folded: str, phrase: str) -> bool:
    return re.search(rf"(?<![a-z0-9]){re.escape(phrase)}(?![a-z0-9])", folded) is not None


def suggest_target(header: str) -> str | None:
    """The field a column header names, by its words; ``None`` when it names none."""
    folded = vocabulary.fold(header)
    if not folded or len(folded) > 60:
        return None
    for target, words, also in _RULES:
        if any(_has(folded, word) for word in words) and (
            not also or any(_has(folded, word) for word in also)
        ):
            return target
    return None


def _looks_like_phone(text: str) -> bool:
    return bool(n.parse_phones(text)[0])


def suggest_from_values(values: list[str]) -> str | None:
    """For a column whose header says nothing: URLs -> links, phones -> phone."""
    sample = [v for v in values if v][:20]
    if len(sample) < 2:
        return None
    if sum(bool(n.find_urls(v)) for v in sample) >= 0.6 * len(sample):
        return "links"
    if sum(_looks_like_phone(v) for v in sample) >= 0.6 * len(sample):
        return "phone"
    return None


# --- the header row -----------------------------------------------------------------------


def _header_score(row: list[str]) -> int | None:
    cells = [c for c in row if c.strip()]
    if len(cells) < 2:
        return None
    known = sum(1 for c in cells if len(c) <= 60 and not n.find_urls(c) and suggest_target(c))
    if not known:
        return None
    noisy = sum(1 for c in cells if len(c) > 60 or n.find_urls(c) or _looks_like_phone(c))
    return known * 3 + len(cells) - 3 * noisy


def detect_header(sheet: Sheet) -> int | None:
    """The 1-based number of the header row, or ``None`` for a prose tab (no header)."""
    best, best_score = None, None
    for index, row in enumerate(sheet.rows[:HEADER_SCAN_ROWS]):
        score = _header_score(row)
        if score is not None and (best_score is None or score > best_score):
            best, best_score = index + 1, score
    if best is None:
        return None
    # A header with nothing under it is not a table.
    below = [row for row in sheet.rows[best:] if sum(1 for c in row if c.strip()) >= 2]
    return best if below else None


# --- the mapping --------------------------------------------------------------------------


@dataclass
class Column:
    index: int  # 0-based
    header: str
    suggested: str  # a target key, or "" (ignore)
    target: str
    samples: list[str] = field(default_factory=list)

    @property
    def letter(self) -> str:
        number, letters = self.index + 1, ""
        while number:
            number, rest = divmod(number - 1, 26)
            letters = chr(65 + rest) + letters
        return letters

    @property
    def label(self) -> str:
        return self.header or f"column {self.letter}"


@dataclass
class Layout:
    """How one tab is read: prose, or a table with a header row and a column mapping."""

    sheet: str
    header_row: int | None  # 1-based; None = prose
    columns: list[Column] = field(default_factory=list)
    detected_header_row: int | None = None

    @property
    def prose(self) -> bool:
        return self.header_row is None

    def mapping(self) -> dict[str, str]:
        return {str(c.index): c.target for c in self.columns}

    def targets(self) -> dict[str, list[Column]]:
        out: dict[str, list[Column]] = {}
        for column in self.columns:
            if column.target:
                out.setdefault(column.target, []).append(column)
        return out


def layout(sheet: Sheet, *, header_row: int | None | str = "auto",
           mapping: dict[str, str] | None = None) -> Layout:
    """Read a tab's layout: the detected (or given) header row, suggested (or given) mapping.

    ``header_row`` is "auto", a 1-based row number, or ``None``/0 for "this tab is prose".
    ``mapping`` maps a 0-based column index (as a string) to a target key or "" (ignore);
    columns it does not name keep their suggestion.  Raises ``RecordError`` for a bad
    header row or mapping.
    """
    detected = detect_header(sheet)
    if header_row == "auto":
        chosen = detected
    elif not header_row:
        chosen = None
    else:
        chosen = int(header_row)
        if not 1 <= chosen <= len(sheet.rows):
            raise RecordError(
                f"header row {chosen} is outside tab {sheet.name!r} (rows 1..{len(sheet.rows)})"
            )
        if sum(1 for c in sheet.rows[chosen - 1] if c.strip()) < 1:
            raise RecordError(f"row {chosen} of tab {sheet.name!r} is empty: it cannot be the "
                              "header row")
    result = Layout(sheet.name, chosen, detected_header_row=detected)
    if chosen is None:
        return result
    header = sheet.rows[chosen - 1]
    body = sheet.rows[chosen:]
    width = max([len(header), *(len(r) for r in body)], default=0)
    taken: set[str] = set()
    for index in range(width):
        title = n.clean_text(header[index]) if index < len(header) else ""
        values = [row[index] for row in body if index < len(row) and row[index].strip()]
        if not title and not values:
            continue  # a trailing or spacer column
        suggested = suggest_target(title) if title else None
        if suggested is None:
            suggested = suggest_from_values(values)
        target_def = next((t for t in TARGETS if t.key == suggested), None)
        if target_def is not None and not target_def.multi and suggested in taken:
            suggested = "links" if suggested == "website" else None
        if suggested:
            taken.add(suggested)
        result.columns.append(
            Column(index, title, suggested or IGNORE, suggested or IGNORE,
                   [n.shorten(v, 60) for v in values[:3]])
        )
    if mapping:
        _apply_mapping(result, mapping)
    return result


def _apply_mapping(result: Layout, mapping: dict[str, str]) -> None:
    by_index = {str(c.index): c for c in result.columns}
    for key, target in mapping.items():
        if target not in TARGET_KEYS and target != IGNORE:
            raise RecordError(f"unknown field {target!r} for column {key}")
        if key not in by_index:
            raise RecordError(f"tab {result.sheet!r} has no column {key} with a header or data")
        by_index[key].target = target
    for target in TARGETS:
        columns = [c for c in result.columns if c.target == target.key]
        if not target.multi and len(columns) > 1:
            raise RecordError(
                f"{target.label} can come from one column only, not from "
                + " and ".join(repr(c.label) for c in columns)
            )
    if not any(c.target == "name" for c in result.columns):
        raise RecordError(f"no column of tab {result.sheet!r} is mapped to the organization name")


# --- rows -> records ----------------------------------------------------------------------


def _joined(cells: list[tuple[str, str]]) -> str | None:
    """One text from several columns: "Header: value" lines when there are several."""
    parts = [(label, n.clean_paragraphs(text)) for label, text in cells]
    parts = [(label, text) for label, text in parts if text]
    if not parts:
        return None
    if len(parts) == 1:
        return parts[0][1]
    return "\n".join(f"{label}: {text}" for label, text in parts)


def _emails(text: str) -> list[str]:
    return re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text or "")


def build_record(values: dict[str, list[tuple[str, str]]]) -> tuple[OrganizationRecord,
                                                                   list[str]]:
    """A record from cell texts by target (``{"phone": [(header, text), ...]}``).

    Returns the record and warnings (values left out, with why); raises ``RecordError``
    when the row cannot be an organization at all.
    """
    warnings: list[str] = []
    sources: list[str] = []

    def urls_from(text: str, label: str) -> list[str]:
        found, bad = n.split_urls(text)
        for raw in bad:
            warnings.append(f"{label}: {n.shorten(raw, 60)!r} is not a usable web address")
        return found

    name_cells = values.get("name") or []
    raw_name = name_cells[0][1] if name_cells else ""
    name = n.clean_text(raw_name)
    if n.find_urls(name):
        sources += urls_from(name, "name")
        for raw in n.find_urls(name):
            name = name.replace(raw, " ")
        name = n.clean_text(name).strip(" -–—:|,;")
    if not name:
        raise RecordError("no organization name")
    if len(name) > NAME_MAX:
        raise RecordError(f"the name is {len(name)} characters long (at most {NAME_MAX})")

    website = None
    for label, text in values.get("website") or []:
        found = urls_from(text, label)
        if found and website is None:
            website, found = found[0], found[1:]
        sources += found
        if not found and not n.find_urls(text) and n.clean_text(text):
            warnings.append(f"{label}: {n.shorten(text, 60)!r} holds no web address")
    for label, text in values.get("links") or []:
        sources += urls_from(text, label)

    phones: list[str] = []
    for label, text in values.get("phone") or []:
        found, leftover = n.parse_phones(text)
        phones += [p for p in found if p not in phones]
        if leftover or (not found and n.clean_text(text)):
            warnings.append(f"{label}: {n.shorten(text, 60)!r} has text that is not a phone "
                            "number (left out)")
    phones = [p for p in phones if len(p) <= 40]

    email = None
    for label, text in values.get("email") or []:
        for candidate in _emails(text):
            try:
                validate_email(candidate)
            except ValidationError:
                warnings.append(f"{label}: {candidate!r} is not an e-mail address")
                continue
            if email is None and len(candidate) <= EMAIL_MAX:
                email = candidate.lower()
            elif candidate.lower() != email:
                warnings.append(f"{label}: only the first e-mail is kept ({candidate!r} left out)")

    address = None
    for label, text in values.get("address") or []:
        lines = n.clean_paragraphs(text).splitlines()
        candidate = ", ".join(lines)
        if len(candidate) > ADDRESS_MAX:
            warnings.append(f"{label}: the address is {len(candidate)} characters long "
                            f"(at most {ADDRESS_MAX}); left out")
        elif candidate and address is None:
            address = candidate

    county = None
    for label, text in values.get("county") or []:
        candidate = n.normalise_county(text)
        if candidate and len(candidate) > COUNTY_MAX:
            warnings.append(f"{label}: {n.shorten(candidate, 40)!r} is too long for a county")
        elif candidate:
            county = county or candidate

    texts = {}
    for key in ("populations_served", "services_offered", "description"):
        text = _joined(values.get(key) or [])
        if text and len(text) > TEXT_MAX:
            warnings.append(f"{key.replace('_', ' ')} was cut to {TEXT_MAX} characters")
            text = text[:TEXT_MAX]
        texts[key] = text

    answers: dict[str, str] = {}
    flags: dict[str, bool | None] = {}
    for key in ("volunteers_needed", "ice_resistance_focus"):
        for label, text in values.get(key) or []:
            original = n.clean_text(text)
            if not original:
                continue
            flags[key] = n.yes_no(original)
            answers[key] = original[:500]
            sources += urls_from(original, label)

    numbers: dict[str, int | None] = {}
    for key in ("year_founded", "employees"):
        for label, text in values.get(key) or []:
            try:
                numbers[key] = (n.parse_year(text) if key == "year_founded"
                                else n.parse_count(text, high=EMPLOYEES_MAX))
            except ValueError as exc:
                warnings.append(f"{label}: {exc} (left out)")

    if website:
        sources.insert(0, website)
    unique: dict[str, str] = {}
    for url in sources:
        unique.setdefault(n.source_key(url), url)
    ice = flags.get("ice_resistance_focus")
    record = OrganizationRecord(
        name=name,
        website=website,
        phones=tuple(phones),
        public_email=email,
        address=address,
        county=county,
        description=texts["description"],
        populations_served=texts["populations_served"],
        services_offered=texts["services_offered"],
        employees=numbers.get("employees"),
        year_founded=numbers.get("year_founded"),
        volunteers_needed=flags.get("volunteers_needed"),
        ice_resistance_focus=ice,
        answers=tuple(sorted(answers.items())),
        source_urls=tuple(unique.values()),
        tags=vocabulary.derive_tags(
            populations=texts["populations_served"],
            services=texts["services_offered"],
            ice_resistance_focus=ice,
        ),
    )
    return record, warnings


@dataclass
class TableRows:
    """What a tab gives: records with where they came from, and rows rejected or skipped."""

    records: list[tuple[RowResult, OrganizationRecord]] = field(default_factory=list)
    results: list[RowResult] = field(default_factory=list)  # rejected / skipped, in order
    blank_rows: int = 0


def table_rows(sheet: Sheet, plan: Layout) -> TableRows:
    """One record per data row under the header (blank rows and section headings skipped)."""
    out = TableRows()
    targets = plan.targets()
    mapped = [c for c in plan.columns if c.target]
    for offset, row in enumerate(sheet.rows[plan.header_row:], start=plan.header_row + 1):
        origin = f"{sheet.name} row {offset}"
        cells = {c.index: (row[c.index] if c.index < len(row) else "") for c in plan.columns}
        if not any(v.strip() for v in row):
            out.blank_rows += 1
            continue
        filled = [c for c in mapped if cells[c.index].strip()]
        name_filled = [c for c in filled if c.target == "name"]
        if not filled:
            out.results.append(RowResult(origin, "skipped", name=n.shorten(" ".join(row), 60),
                                         reason="nothing in the mapped columns"))
            continue
        if name_filled and len(filled) == 1 and len(mapped) >= 3:
            out.results.append(RowResult(
                origin, "skipped", name=n.shorten(cells[name_filled[0].index], 60),
                reason="only the name column is filled: read as a section heading"))
            continue
        values = {key: [(c.label, cells[c.index]) for c in columns]
                  for key, columns in targets.items()}
        shown = n.shorten(cells[name_filled[0].index], 80) if name_filled else ""
        try:
            record, warnings = build_record(values)
        except RecordError as exc:
            reason = str(exc)
            if reason == "no organization name":
                column = targets["name"][0].label
                reason = f"no organization name (column {column!r} is empty)"
            out.results.append(RowResult(origin, "rejected", name=shown, reason=reason))
            continue
        out.records.append((RowResult(origin, "", name=record.name, warnings=warnings), record))
    return out


# --- prose tabs ---------------------------------------------------------------------------

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"“(¿¡])")


@dataclass(frozen=True)
class ProseLink:
    origin: str
    url: str
    sentence: str
    heading: str

    def context(self, names: list[str] | None = None) -> str:
        where = f"From an import: {self.origin}"
        if self.heading:
            where += f", under {self.heading!r}"
        named = f" Names: {', '.join(names)}." if names else ""
        text = f"{where}.{named} {self.sentence}"
        return text if len(text) <= CONTEXT_MAX else text[: CONTEXT_MAX - 1] + "…"


@dataclass(frozen=True)
class ProseSentence:
    origin: str
    sentence: str
    heading: str


def _is_heading(cells: list[str]) -> bool:
    if len(cells) != 1:
        return False
    text = n.clean_text(cells[0])
    return bool(text) and len(text) <= 80 and not n.find_urls(text) and not text.endswith(
        (".", "!", "?", ";", ",")
    )


def prose(sheet: Sheet) -> tuple[list[ProseLink], list[ProseSentence]]:
    """Links with their sentence and heading, and every sentence (to look for names in)."""
    links: list[ProseLink] = []
    sentences: list[ProseSentence] = []
    heading = ""
    seen: set[str] = set()
    for number, row in enumerate(sheet.rows, start=1):
        cells = [c for c in row if c.strip()]
        if not cells:
            continue
        if _is_heading(cells):
            heading = n.clean_text(cells[0])
            continue
        origin = f"{sheet.name} row {number}"
        for cell in cells:
            for line in n.clean_paragraphs(cell).splitlines():
                for sentence in _SENTENCE_END.split(line):
                    sentence = sentence.strip()
                    if not sentence:
                        continue
                    sentences.append(ProseSentence(origin, sentence, heading))
                    for url in n.split_urls(sentence)[0]:
                        key = n.source_key(url)
                        if key not in seen:
                            seen.add(key)
                            links.append(ProseLink(origin, url, sentence, heading))
    return links, sentences
