"""Seeding organizations from a JSON file: validate, then import through the import engine.

The file is the reference seed format, accepted exactly as the system this project
replaces wrote it::

    {"organizations": [{"name", "website", "phone", "address", "populations_served",
                        "services_offered", "description", "county", "employees",
                        "year_founded", "volunteers_needed", "ice_resistance_focus",
                        "sources"}]}

Rules worth knowing before changing anything here:

* ``sources`` is a list of URLs or one string of them separated by ``;``, new lines or
  commas (``"https://a.org ; https://b.org"``); a list item may hold several too.
  ``www.example.org`` gains ``https://``.
* ``populations_served`` and ``services_offered`` (also spelled ``services``) are prose
  of any length, kept as text on the organization.  Tags come only from the controlled
  vocabulary (``organizations.vocabulary``), never from fragments of that prose.
* ``volunteers_needed`` and ``ice_resistance_focus`` are true/false, or a free-text
  answer ("Yes (volunteer link on site)") read as yes / no / unknown with the original
  kept in ``Organization.answers``.  Phones are normalised; text that is not a phone
  number is left out with a warning.
* Records are validated first, without touching the database, and bad ones are reported by
  their index in the ``organizations`` list (numbered from 0, as in ``organizations[3]``);
  a bad record loses only itself.
* Writing is the import engine's (``organizations.importing.engine``): one transaction,
  one savepoint per record, matched to existing organizations by name, website or a
  near-identical name, given values replace imported ones (``OVERWRITE``) but never a
  field a moderator edited, sources and tags only added, nothing written for a record
  that changes nothing - a second run of the same file reports every record unchanged.
"""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from authz import Actor, Capability
from organizations import vocabulary
from organizations.importing import normalise
from organizations.importing.engine import OVERWRITE, apply_records
from organizations.importing.normalise import clean_text, normalise_county, source_key
from organizations.importing.records import OrganizationRecord, RowResult
from organizations.importing.tables import RecordError
from organizations.models import Organization, Source
from organizations.vocabulary import FOCUS_ICE_RESISTANCE, derive_tags, population_tag

__all__ = [
    "FOCUS_ICE_RESISTANCE",
    "KNOWN_FIELDS",
    "OrganizationRecord",
    "ProgressCallback",
    "RecordError",
    "SeedChange",
    "SeedError",
    "SeedFileError",
    "SeedResult",
    "check_http_url",
    "clean_text",
    "derive_tags",
    "load_seed_file",
    "normalise_county",
    "organization_records",
    "population_tag",
    "read_json_file",
    "seed_organizations",
    "source_key",
    "validate_record",
    "validate_records",
]

# The record keys the seed format knows; anything else is reported as a warning.
KNOWN_FIELDS = frozenset(
    {
        "name",
        "website",
        "phone",
        "address",
        "populations_served",
        "services_offered",
        "services",
        "description",
        "county",
        "employees",
        "year_founded",
        "volunteers_needed",
        "ice_resistance_focus",
        "sources",
    }
)

NAME_MAX = Organization._meta.get_field("name").max_length
WEBSITE_MAX = Organization._meta.get_field("website").max_length
ADDRESS_MAX = Organization._meta.get_field("address").max_length
COUNTY_MAX = Organization._meta.get_field("county").max_length
SOURCE_URL_MAX = Source._meta.get_field("url").max_length
EMPLOYEES_MAX = 1_000_000
YEAR_FOUNDED_MIN = 1800
MAX_SOURCES = 50
TEXT_MAX = 10_000
ANSWER_MAX = 500

ProgressCallback = Callable[[int], object]


class SeedFileError(ValueError):
    """The seed file as a whole cannot be used (unreadable, not JSON, wrong shape)."""


@dataclass(frozen=True)
class SeedError:
    """A rejected record, identified by its index in the file and (if it had one) its name."""

    index: int
    name: str | None
    reason: str

    def __str__(self) -> str:
        who = f"record {self.index}"
        if self.name:
            who += f" (name {self.name!r})"
        return f"{who}: {self.reason}"


@dataclass(frozen=True)
class SeedChange:
    """What happened to one organization: ``created``, ``updated`` or ``unchanged``."""

    index: int
    name: str
    action: str
    fields: tuple[str, ...] = ()
    sources_added: tuple[str, ...] = ()
    tags_added: tuple[str, ...] = ()
    matched: str = ""

    def __str__(self) -> str:
        # A created organization sets every given field; listing them all is noise.
        parts = list(self.fields) if self.action == "updated" else []
        if self.sources_added:
            parts.append(f"{len(self.sources_added)} source(s)")
        if self.tags_added:
            parts.append("tags " + ", ".join(self.tags_added))
        detail = f" ({'; '.join(parts)})" if parts and self.action != "unchanged" else ""
        return f"{self.action}: {self.name}{detail}"


@dataclass
class SeedResult:
    """Counts and details of one seeding run (in a dry run: what *would* have happened)."""

    created: int = 0
    updated: int = 0
    unchanged: int = 0
    sources_created: int = 0
    tags_created: int = 0
    errors: list[SeedError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    changes: list[SeedChange] = field(default_factory=list)
    dry_run: bool = False

    @property
    def ok(self) -> bool:
        return not self.errors

    def summary(self) -> str:
        prefix = "Dry run, nothing written: would have " if self.dry_run else ""
        text = (
            f"{prefix}{self.created} created, {self.updated} updated, "
            f"{self.unchanged} unchanged, {self.sources_created} source(s) added, "
            f"{len(self.errors)} rejected"
        )
        if not self.dry_run and not self.created and not self.updated and not self.errors:
            text += " - nothing to change, the database already matches the file"
        return text


# --- reading the file ---------------------------------------------------------------------


def read_json_file(path: str | Path) -> Any:
    """Parse a JSON file, turning every way it can fail into a ``SeedFileError``."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise SeedFileError(f"{path}: no such file") from exc
    except UnicodeDecodeError as exc:
        raise SeedFileError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    except OSError as exc:
        raise SeedFileError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise SeedFileError(
            f"{path}: not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})"
        ) from exc


def organization_records(data: Any, *, origin: str) -> list[Any]:
    """The raw ``organizations`` list from parsed JSON, or ``SeedFileError`` naming ``origin``."""
    if not isinstance(data, dict):
        raise SeedFileError(
            f'{origin}: the top level must be a JSON object with an "organizations" list, '
            f"not a {_json_type(data)}"
        )
    if "organizations" not in data:
        raise SeedFileError(f'{origin}: has no "organizations" key')
    records = data["organizations"]
    if not isinstance(records, list):
        raise SeedFileError(
            f'{origin}: "organizations" must be a list, not a {_json_type(records)}'
        )
    return records


def load_seed_file(path: str | Path) -> list[Any]:
    """Read a seed file and return its raw records; nothing is validated per record yet."""
    return organization_records(read_json_file(path), origin=str(path))


# --- validating one record ----------------------------------------------------------------


def _json_type(value: Any) -> str:
    names = {dict: "object", list: "list", str: "string", bool: "boolean", type(None): "null"}
    for kind, name in names.items():
        if isinstance(value, kind):
            return name
    if isinstance(value, int | float):
        return "number"
    return type(value).__name__


def _shown(value: str) -> str:
    value = value.strip()
    return value if len(value) <= 80 else value[:77] + "..."


def check_http_url(value: Any, *, label: str, max_length: int) -> str:
    """A cleaned absolute http(s) URL (``www.x.org`` gains ``https://``), or ``RecordError``."""
    if not isinstance(value, str):
        raise RecordError(f"{label} must be a string URL, not a {_json_type(value)}")
    if len(value.strip()) > max_length:
        raise RecordError(f"{label} {_shown(value)!r} is longer than {max_length} characters")
    url = normalise.clean_url(value)
    if url is None:
        raise RecordError(f"{label} {_shown(value)!r} is not an http(s) URL")
    return url


_SEPARATORS = re.compile(r"[;\n\r]+")
_URL_START = re.compile(r"(?i)\s*(?:https?://|www\.|[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:/|\s*$))")


def split_sources(text: str) -> list[str]:
    """"a ; b", "a\\nb", "a, b" -> ["a", "b"]; a comma that is part of a URL stays in it."""
    items: list[str] = []
    for piece in _SEPARATORS.split(text):
        parts = piece.split(",")
        current = parts[0]
        for part in parts[1:]:
            if _URL_START.match(part):
                items.append(current)
                current = part
            else:
                current += "," + part
        items.append(current)
    return [item.strip() for item in items if item.strip()]


def _source_urls(raw: Any) -> list[str]:
    if raw is None:
        return []
    if isinstance(raw, str):
        entries: list[tuple[str, str]] = [(f"sources part {i + 1}", item)
                                          for i, item in enumerate(split_sources(raw))]
    elif isinstance(raw, list):
        entries = []
        for i, item in enumerate(raw):
            if not isinstance(item, str):
                raise RecordError(f"sources[{i}] must be a string URL, not a {_json_type(item)}")
            pieces = split_sources(item)
            if len(pieces) == 1:
                entries.append((f"sources[{i}]", pieces[0]))
            else:
                entries += [(f"sources[{i}] part {j + 1}", p) for j, p in enumerate(pieces)]
    else:
        raise RecordError(
            f"sources must be a list of URLs or a string of them, not a {_json_type(raw)}"
        )
    if len(entries) > MAX_SOURCES:
        raise RecordError(f"sources lists {len(entries)} URLs (at most {MAX_SOURCES})")
    return [check_http_url(url, label=label, max_length=SOURCE_URL_MAX) for label, url in entries]


def _optional_text(raw: Mapping[str, Any], key: str, max_length: int) -> str | None:
    value = raw.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise RecordError(f"{key} must be a string, not a {_json_type(value)}")
    value = clean_text(value)
    if len(value) > max_length:
        raise RecordError(f"{key} is {len(value)} characters long (at most {max_length})")
    return value or None


def _prose(raw: Mapping[str, Any], *keys: str) -> str | None:
    """Prose given as a string or a list of strings, kept whole (lists joined with '; ')."""
    for key in keys:
        value = raw.get(key)
        if value is None:
            continue
        if isinstance(value, str):
            items: Iterable[Any] = [value]
        elif isinstance(value, list):
            items = value
        else:
            raise RecordError(
                f"{key} must be a string or a list of strings, not a {_json_type(value)}"
            )
        parts = []
        for item in items:
            if not isinstance(item, str):
                raise RecordError(f"{key} entries must be strings, not {_json_type(item)} "
                                  f"{item!r}")
            if normalise.clean_paragraphs(item):
                parts.append(normalise.clean_paragraphs(item))
        text = "; ".join(parts)
        if len(text) > TEXT_MAX:
            raise RecordError(f"{key} is {len(text)} characters long (at most {TEXT_MAX})")
        return text or None
    return None


def _optional_int(raw: Mapping[str, Any], key: str, low: int, high: int) -> int | None:
    value = raw.get(key)
    if value is None:
        return None
    # Spreadsheet exports write 12 as 12.0; accept that, but not 12.5.
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    # bool is an int in Python but never a count or a year in a seed file.
    if isinstance(value, bool) or not isinstance(value, int):
        raise RecordError(f"{key} must be a whole number, not {value!r}")
    if not low <= value <= high:
        raise RecordError(f"{key} {value} is out of range ({low}..{high})")
    return value


def _answer(raw: Mapping[str, Any], key: str, answers: dict[str, str]) -> bool | None:
    """true/false, or a free-text answer read as yes / no / unknown (original kept)."""
    value = raw.get(key)
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, str):
        original = clean_text(value)
        if original:
            answers[key] = original[:ANSWER_MAX]
        return normalise.yes_no(original)
    raise RecordError(f"{key} must be true, false or a yes/no answer, not {value!r}")


def validate_record(
    raw: Any, *, this_year: int | None = None, warnings: list[str] | None = None
) -> OrganizationRecord:
    """Turn one raw JSON record into an ``OrganizationRecord`` or raise ``RecordError``.

    Values left out for a reason that does not condemn the record (text that is not a
    phone number) are described in ``warnings``.
    """
    warnings = warnings if warnings is not None else []
    if not isinstance(raw, dict):
        raise RecordError(f"must be a JSON object, not a {_json_type(raw)}")
    name = raw.get("name")
    if name is None:
        raise RecordError("name is required")
    if not isinstance(name, str):
        raise RecordError(f"name must be a string, not a {_json_type(name)}")
    name = clean_text(name)
    if not name:
        raise RecordError("name is empty")
    if len(name) > NAME_MAX:
        raise RecordError(f"name is {len(name)} characters long (at most {NAME_MAX})")

    website = raw.get("website")
    if isinstance(website, str) and not website.strip():
        website = None
    if website is not None:
        website = check_http_url(website, label="website", max_length=WEBSITE_MAX)

    source_urls = _source_urls(raw.get("sources"))
    if website:
        source_urls.insert(0, website)
    unique_sources: dict[str, str] = {}
    for url in source_urls:
        unique_sources.setdefault(source_key(url), url)

    phones: list[str] = []
    phone_text = _optional_text(raw, "phone", 500)
    if phone_text:
        phones, leftover = normalise.parse_phones(phone_text)
        if leftover or not phones:
            warnings.append(f"phone {_shown(phone_text)!r} has text that is not a phone number "
                            "(left out)")
        phones = [p for p in phones if len(p) <= 40]

    year = this_year or datetime.date.today().year
    answers: dict[str, str] = {}
    volunteers = _answer(raw, "volunteers_needed", answers)
    ice = _answer(raw, "ice_resistance_focus", answers)
    populations = _prose(raw, "populations_served")
    services = _prose(raw, "services_offered", "services")
    return OrganizationRecord(
        name=name,
        website=website,
        phones=tuple(phones),
        address=_optional_text(raw, "address", ADDRESS_MAX),
        county=normalise_county(_optional_text(raw, "county", COUNTY_MAX)),
        description=_prose(raw, "description"),
        populations_served=populations,
        services_offered=services,
        employees=_optional_int(raw, "employees", 0, EMPLOYEES_MAX),
        year_founded=_optional_int(raw, "year_founded", YEAR_FOUNDED_MIN, year),
        volunteers_needed=volunteers,
        ice_resistance_focus=ice,
        answers=tuple(sorted(answers.items())),
        source_urls=tuple(unique_sources.values()),
        tags=vocabulary.derive_tags(
            populations=populations, services=services, ice_resistance_focus=ice
        ),
    )


def validate_records(
    raw_records: Sequence[Any],
) -> tuple[list[tuple[int, OrganizationRecord]], list[SeedError], list[str]]:
    """Validate every record: (index, record) pairs that passed, errors, and warnings.

    A second record with the same name (case-insensitively) as an earlier one is an error:
    the two would overwrite each other and no run would ever be "unchanged".
    """
    good: list[tuple[int, OrganizationRecord]] = []
    errors: list[SeedError] = []
    warnings: list[str] = []
    seen: dict[str, int] = {}
    this_year = datetime.date.today().year
    for index, raw in enumerate(raw_records):
        raw_name = raw.get("name") if isinstance(raw, dict) else None
        shown_name = clean_text(raw_name)[:80] if isinstance(raw_name, str) else None
        notes: list[str] = []
        try:
            record = validate_record(raw, this_year=this_year, warnings=notes)
        except RecordError as exc:
            errors.append(SeedError(index=index, name=shown_name or None, reason=str(exc)))
            continue
        key = record.name.casefold()
        if key in seen:
            errors.append(
                SeedError(
                    index=index,
                    name=record.name,
                    reason=f"same name as record {seen[key]} (names match case-insensitively)",
                )
            )
            continue
        seen[key] = index
        who = f"record {index} (name {record.name!r})"
        warnings += [f"{who}: {note}" for note in notes]
        unknown = sorted(set(raw) - KNOWN_FIELDS)
        if unknown:
            warnings.append(f"{who}: ignored unknown field(s) " + ", ".join(unknown))
        good.append((index, record))
    return good, errors, warnings


# --- writing ------------------------------------------------------------------------------


def seed_organizations(
    records: Sequence[Any],
    *,
    actor: Actor,
    dry_run: bool = False,
    progress: ProgressCallback | None = None,
) -> SeedResult:
    """Import raw seed records (the ``organizations`` list); see the module docstring.

    ``actor`` must hold MANAGE_ORGANIZATIONS (the command passes a system actor).
    ``dry_run`` does all the work inside a transaction that is rolled back, so the result
    says exactly what a real run would do. ``progress`` is called with ``1`` after each
    record (``tqdm.update`` fits).
    """
    actor.can(Capability.MANAGE_ORGANIZATIONS).check()
    good, errors, warnings = validate_records(records)
    result = SeedResult(errors=errors, warnings=warnings, dry_run=dry_run)
    if progress is not None and errors:
        progress(len(errors))
    items = [(RowResult(f"record {index}", "", name=record.name, index=index), record)
             for index, record in good]
    report = apply_records(items, actor=actor, dry_run=dry_run, policy=OVERWRITE,
                           progress=progress)
    result.tags_created = report.tags_created
    for row in report.rows:
        for warning in row.warnings:
            result.warnings.append(f"record {row.index} (name {row.name!r}): {warning}")
        if row.action == "rejected":
            result.errors.append(SeedError(index=row.index, name=row.name, reason=row.reason))
            continue
        result.changes.append(SeedChange(
            index=row.index, name=row.name, action=row.action, fields=tuple(row.changes),
            sources_added=tuple(row.sources_added), tags_added=tuple(row.tags_added),
            matched=row.matched,
        ))
        setattr(result, row.action, getattr(result, row.action) + 1)
        result.sources_created += len(row.sources_added)
    result.errors.sort(key=lambda error: error.index)
    return result
