"""Seeding organizations from a JSON file: validate, upsert by name, add sources and tags.

The file is the shape the issue fixes::

    {"organizations": [{"name", "website", "phone", "address", "populations_served",
                        "county", "employees", "year_founded", "volunteers_needed",
                        "ice_resistance_focus", "sources"}]}

Rules worth knowing before changing anything here:

* Records are validated first, without touching the database, and bad ones are reported by
  their index in the ``organizations`` list (numbered from 0, as in ``organizations[3]``).
* A record matches an existing organization by name, case-insensitively; the stored name
  is kept. A field that is ``null`` or missing means "no information": it never clears a
  value staff entered.
* A row is written only when one of its values really changes, so a second run of the same
  file writes nothing (``updated_at`` does not move) and reports every record unchanged.
* Sources and tags are only ever added, never removed: staff may have added their own.
* Each record is written in its own savepoint, so a record that fails loses nothing else.
"""

from __future__ import annotations

import datetime
import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import DatabaseError, IntegrityError, transaction
from django.utils.text import slugify

from authz import Actor, Capability
from organizations.models import Organization, Source, Tag

# The record keys the seed format knows; anything else is reported as a warning.
KNOWN_FIELDS = frozenset(
    {
        "name",
        "website",
        "phone",
        "address",
        "populations_served",
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
PHONE_MAX = Organization._meta.get_field("phone").max_length
ADDRESS_MAX = Organization._meta.get_field("address").max_length
COUNTY_MAX = Organization._meta.get_field("county").max_length
SOURCE_URL_MAX = Source._meta.get_field("url").max_length
EMPLOYEES_MAX = 1_000_000
YEAR_FOUNDED_MIN = 1800
MAX_SOURCES = 50
MAX_POPULATIONS = 30
POPULATION_TEXT_MAX = 100
TAG_SLUG_MAX = 50
FOCUS_ICE_RESISTANCE = "ice-resistance"

# Spellings seen in the wild -> the one tag value we store. Keys are compared after
# lower-casing, folding accents and collapsing punctuation to single spaces.
POPULATION_ALIASES: dict[str, str] = {
    **dict.fromkeys(
        [
            "latino",
            "latina",
            "latinos",
            "latinas",
            "latinx",
            "latine",
            "hispanic",
            "hispanics",
            "latin american",
            "latin americans",
            "latino hispanic",
            "hispanic latino",
            "spanish speaking",
            "spanish speakers",
            "mexican",
            "mexican american",
        ],
        "latino",
    ),
    **dict.fromkeys(["somali", "somalis", "somali american", "somali americans"], "somali"),
    **dict.fromkeys(["hmong", "hmong american", "hmong americans"], "hmong"),
    **dict.fromkeys(["karen", "karen burmese", "burmese karen"], "karen"),
    **dict.fromkeys(["oromo", "oromos"], "oromo"),
    **dict.fromkeys(
        ["refugee", "refugees", "asylum seeker", "asylum seekers", "asylees"], "refugees"
    ),
    **dict.fromkeys(
        [
            "immigrant",
            "immigrants",
            "new american",
            "new americans",
            "newcomer",
            "newcomers",
            "new arrivals",
        ],
        "immigrants",
    ),
    **dict.fromkeys(
        ["senior", "seniors", "elder", "elders", "older adult", "older adults", "elderly"],
        "seniors",
    ),
    **dict.fromkeys(
        [
            "youth",
            "young people",
            "teen",
            "teens",
            "teenager",
            "teenagers",
            "child",
            "children",
            "kid",
            "kids",
        ],
        "youth",
    ),
    **dict.fromkeys(["family", "families"], "families"),
}

# Words that qualify a population without changing who it is ("Somali community").
_QUALIFIERS = ("community", "communities", "people", "residents", "population", "populations")
_SPLIT_POPULATIONS = re.compile(r"[,;]")
_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)
_SPACES = re.compile(r"\s+")
_COUNTY_SUFFIX = re.compile(r"\s+county$", re.IGNORECASE)
_http_url = URLValidator(schemes=["http", "https"])

ProgressCallback = Callable[[int], object]


class SeedFileError(ValueError):
    """The seed file as a whole cannot be used (unreadable, not JSON, wrong shape)."""


class RecordError(ValueError):
    """One record is invalid; the message says which field and why."""


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


@dataclass(frozen=True)
class OrganizationRecord:
    """A validated seed record. ``None`` means "not given": leave the stored value alone."""

    name: str
    website: str | None = None
    phone: str | None = None
    address: str | None = None
    county: str | None = None
    employees: int | None = None
    year_founded: int | None = None
    volunteers_needed: bool | None = None
    ice_resistance_focus: bool | None = None
    source_urls: tuple[str, ...] = ()
    tags: tuple[tuple[str, str], ...] = ()

    def field_values(self) -> dict[str, Any]:
        """The Organization columns this record sets (given values only)."""
        values = {
            "website": self.website,
            "phone": self.phone,
            "address": self.address,
            "county": self.county,
            "employees": self.employees,
            "year_founded": self.year_founded,
            "volunteers_needed": self.volunteers_needed,
            "ice_resistance_focus": self.ice_resistance_focus,
        }
        return {key: value for key, value in values.items() if value is not None}


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


def clean_text(value: str) -> str:
    """NFKC-normalised text with runs of whitespace collapsed to one space."""
    return _SPACES.sub(" ", unicodedata.normalize("NFKC", value)).strip()


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


def check_http_url(value: Any, *, label: str, max_length: int) -> str:
    """A stripped http(s) URL, or ``RecordError`` quoting what was wrong."""
    if not isinstance(value, str):
        raise RecordError(f"{label} must be a string URL, not a {_json_type(value)}")
    value = value.strip()
    shown = value if len(value) <= 80 else value[:77] + "..."
    if len(value) > max_length:
        raise RecordError(f"{label} {shown!r} is longer than {max_length} characters")
    try:
        _http_url(value)
    except ValidationError as exc:
        raise RecordError(f"{label} {shown!r} is not an http(s) URL") from exc
    return value


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


def _optional_bool(raw: Mapping[str, Any], key: str) -> bool | None:
    value = raw.get(key)
    if value is None or isinstance(value, bool):
        return value
    raise RecordError(f"{key} must be true or false, not {value!r}")


def _population_values(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        items: Iterable[Any] = [value]
    elif isinstance(value, list):
        items = value
    else:
        raise RecordError(
            "populations_served must be a list of strings or a comma-separated string, "
            f"not a {_json_type(value)}"
        )
    parts: list[str] = []
    for item in items:
        if not isinstance(item, str):
            raise RecordError(
                f"populations_served entries must be strings, not {_json_type(item)} {item!r}"
            )
        for part in _SPLIT_POPULATIONS.split(item):
            part = clean_text(part)
            if not part:
                continue
            if len(part) > POPULATION_TEXT_MAX:
                raise RecordError(
                    f"populations_served entry {part[:40]!r}... is longer than "
                    f"{POPULATION_TEXT_MAX} characters"
                )
            parts.append(part)
    if len(parts) > MAX_POPULATIONS:
        raise RecordError(
            f"populations_served lists {len(parts)} populations (at most {MAX_POPULATIONS})"
        )
    return parts


def _fold(text: str) -> str:
    """Lower-case, accent-free, punctuation collapsed to single spaces (for table lookups)."""
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return _SPACES.sub(" ", _NON_WORD.sub(" ", text)).strip()


def population_tag(text: str) -> str | None:
    """The canonical tag value for one ``populations_served`` entry, offline.

    Known spellings map through ``POPULATION_ALIASES`` (also after dropping a trailing
    qualifier such as "community"); anything else becomes a lower-case slug cut to
    ``TAG_SLUG_MAX`` characters at a word boundary. Returns ``None`` for empty input.
    """
    key = _fold(text)
    if not key:
        return None
    if key in POPULATION_ALIASES:
        return POPULATION_ALIASES[key]
    words = key.split(" ")
    while len(words) > 1 and words[-1] in _QUALIFIERS:
        words.pop()
        if " ".join(words) in POPULATION_ALIASES:
            return POPULATION_ALIASES[" ".join(words)]
    slug = slugify(key, allow_unicode=True).replace("_", "-")
    if len(slug) > TAG_SLUG_MAX:
        slug = slug[:TAG_SLUG_MAX]
        if "-" in slug:
            slug = slug.rsplit("-", 1)[0]
    return slug.strip("-") or None


def derive_tags(
    populations: Sequence[str], *, ice_resistance_focus: bool | None
) -> tuple[tuple[str, str], ...]:
    """(kind, value) tags for a record, de-duplicated, in first-seen order."""
    tags: dict[tuple[str, str], None] = {}
    for text in populations:
        value = population_tag(text)
        if value:
            tags[(Tag.Kind.POPULATION.value, value)] = None
    if ice_resistance_focus:
        tags[(Tag.Kind.FOCUS.value, FOCUS_ICE_RESISTANCE)] = None
    return tuple(tags)


def normalise_county(value: str | None) -> str | None:
    """'Hennepin County' and 'hennepin' are the same county as 'Hennepin'."""
    if value is None:
        return None
    value = _COUNTY_SUFFIX.sub("", value).strip()
    return value[:1].upper() + value[1:] if value else None


def source_key(url: str) -> str:
    """The form two source URLs are compared in (scheme/host case, fragment, bare '/')."""
    parts = urlsplit(url.strip())
    path = parts.path if parts.path not in ("", "/") else ""
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, parts.query, ""))


def validate_record(raw: Any, *, this_year: int | None = None) -> OrganizationRecord:
    """Turn one raw JSON record into an ``OrganizationRecord`` or raise ``RecordError``."""
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

    sources_raw = raw.get("sources")
    if sources_raw is None:
        sources_raw = []
    if not isinstance(sources_raw, list):
        raise RecordError(f"sources must be a list of URLs, not a {_json_type(sources_raw)}")
    if len(sources_raw) > MAX_SOURCES:
        raise RecordError(f"sources lists {len(sources_raw)} URLs (at most {MAX_SOURCES})")
    source_urls = [
        check_http_url(url, label=f"sources[{i}]", max_length=SOURCE_URL_MAX)
        for i, url in enumerate(sources_raw)
    ]
    if website:
        source_urls.insert(0, website)
    unique_sources: dict[str, str] = {}
    for url in source_urls:
        unique_sources.setdefault(source_key(url), url)

    year = this_year or datetime.date.today().year
    ice = _optional_bool(raw, "ice_resistance_focus")
    populations = _population_values(raw.get("populations_served"))
    return OrganizationRecord(
        name=name,
        website=website,
        phone=_optional_text(raw, "phone", PHONE_MAX),
        address=_optional_text(raw, "address", ADDRESS_MAX),
        county=normalise_county(_optional_text(raw, "county", COUNTY_MAX)),
        employees=_optional_int(raw, "employees", 0, EMPLOYEES_MAX),
        year_founded=_optional_int(raw, "year_founded", YEAR_FOUNDED_MIN, year),
        volunteers_needed=_optional_bool(raw, "volunteers_needed"),
        ice_resistance_focus=ice,
        source_urls=tuple(unique_sources.values()),
        tags=derive_tags(populations, ice_resistance_focus=ice),
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
        try:
            record = validate_record(raw, this_year=this_year)
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
        unknown = sorted(set(raw) - KNOWN_FIELDS)
        if unknown:
            warnings.append(
                f"record {index} (name {record.name!r}): ignored unknown field(s) "
                + ", ".join(unknown)
            )
        good.append((index, record))
    return good, errors, warnings


# --- writing ------------------------------------------------------------------------------


def _find_organization(name: str) -> Organization | None:
    """The organization called ``name``, ignoring case; an exact match wins, then the oldest."""
    candidates = list(
        Organization.objects.select_for_update().filter(name__iexact=name).order_by("pk")
    )
    for org in candidates:
        if org.name == name:
            return org
    return candidates[0] if candidates else None


def _apply_record(record: OrganizationRecord, index: int, result: SeedResult) -> SeedChange:
    """Create or update one organization, its sources and its tags; write only real changes."""
    org = _find_organization(record.name)
    values = record.field_values()
    if org is None:
        org = Organization.objects.create(name=record.name, **values)
        action, changed = "created", tuple(values)
    else:
        changed = tuple(key for key, value in values.items() if getattr(org, key) != value)
        if changed:
            for key in changed:
                setattr(org, key, values[key])
            org.save(update_fields=[*changed, "updated_at"])
        action = "updated" if changed else "unchanged"

    existing = {source_key(url) for url in org.sources.values_list("url", flat=True)}
    new_sources = [url for url in record.source_urls if source_key(url) not in existing]
    Source.objects.bulk_create(Source(organization=org, url=url) for url in new_sources)

    tags_added: list[str] = []
    if record.tags:
        linked = set(org.tags.values_list("kind", "value"))
        to_link = []
        for kind, value in record.tags:
            if (kind, value) in linked:
                continue
            tag, made = Tag.objects.get_or_create(kind=kind, value=value)
            result.tags_created += int(made)
            to_link.append(tag)
            tags_added.append(f"{kind}:{value}")
        if to_link:
            org.tags.add(*to_link)

    if action == "unchanged" and (new_sources or tags_added):
        action = "updated"
    result.sources_created += len(new_sources)
    return SeedChange(
        index=index,
        name=org.name,
        action=action,
        fields=changed,
        sources_added=tuple(new_sources),
        tags_added=tuple(tags_added),
    )


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

    # Outside a dry run there is no outer transaction: each record's atomic() commits alone.
    with transaction.atomic() if dry_run else nullcontext():
        for index, record in good:
            try:
                with transaction.atomic():
                    change = _apply_record(record, index, result)
            except (IntegrityError, DatabaseError) as exc:
                # One record's conflict (e.g. a concurrent insert of the same name) must
                # not lose the others; its savepoint has been rolled back.
                message = str(exc).strip().splitlines()[0] if str(exc).strip() else repr(exc)
                result.errors.append(
                    SeedError(index=index, name=record.name, reason=f"database error: {message}")
                )
            else:
                result.changes.append(change)
                setattr(result, change.action, getattr(result, change.action) + 1)
            if progress is not None:
                progress(1)
        if dry_run:
            transaction.set_rollback(True)
    result.errors.sort(key=lambda error: error.index)
    return result
