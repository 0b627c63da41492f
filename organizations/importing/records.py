"""What an import works with: a cleaned organization record, and what happened to it."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

# Organization columns an import may fill, in the order reports list them.  A moderator's
# edit to any of them (``Organization.edited_fields``) is never overwritten by an import.
IMPORT_FIELDS: tuple[str, ...] = (
    "website",
    "phone",
    "other_phones",
    "public_email",
    "address",
    "county",
    "latitude",
    "longitude",
    "description",
    "populations_served",
    "services_offered",
    "employees",
    "year_founded",
    "volunteers_needed",
    "ice_resistance_focus",
)


@dataclass(frozen=True)
class OrganizationRecord:
    """One organization as an input describes it, cleaned.

    ``None`` (or an empty tuple) means "not given": the stored value is left alone.
    ``answers`` keeps the original wording of yes/no answers ("Yes (volunteer link on
    site)") next to the yes / no / unknown they were read as.
    """

    name: str
    website: str | None = None
    phones: tuple[str, ...] = ()
    public_email: str | None = None
    address: str | None = None
    county: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    description: str | None = None
    populations_served: str | None = None
    services_offered: str | None = None
    employees: int | None = None
    year_founded: int | None = None
    volunteers_needed: bool | None = None
    ice_resistance_focus: bool | None = None
    answers: tuple[tuple[str, str], ...] = ()
    source_urls: tuple[str, ...] = ()
    tags: tuple[tuple[str, str], ...] = ()
    external_id: str | None = None  # an HSDS organization id (a UUID), when there is one

    @property
    def phone(self) -> str | None:
        return self.phones[0] if self.phones else None

    def field_values(self) -> dict[str, Any]:
        """The Organization columns this record gives a value for."""
        values: dict[str, Any] = {
            "website": self.website,
            "phone": self.phones[0] if self.phones else None,
            "other_phones": list(self.phones[1:]) if self.phones else None,
            "public_email": self.public_email,
            "address": self.address,
            "county": self.county,
            "latitude": self.latitude,
            "longitude": self.longitude,
            "description": self.description,
            "populations_served": self.populations_served,
            "services_offered": self.services_offered,
            "employees": self.employees,
            "year_founded": self.year_founded,
            "volunteers_needed": self.volunteers_needed,
            "ice_resistance_focus": self.ice_resistance_focus,
        }
        return {key: value for key, value in values.items() if value is not None}


@dataclass
class RowResult:
    """What happened to one input row (a spreadsheet row, a seed record, an HSDS row).

    ``action`` is ``created``, ``updated``, ``unchanged``, ``rejected`` (with ``reason``)
    or ``skipped`` (blank, a section heading; with ``reason``).
    """

    origin: str
    action: str
    name: str = ""
    reason: str = ""
    matched: str = ""  # how it was matched to an existing organization
    changes: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)  # values the import did not overwrite
    warnings: list[str] = field(default_factory=list)
    organization_id: int | None = None
    index: int | None = None  # position in the input (seed records)
    sources_added: list[str] = field(default_factory=list)
    tags_added: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class LinkResult:
    """A link found in a prose tab and what became of it."""

    origin: str
    url: str
    context: str
    action: str  # "submitted", "added to an existing source", "already known", "rejected"
    reason: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


ACTIONS = ("created", "updated", "unchanged", "rejected", "skipped")


@dataclass
class ImportReport:
    """Everything an import did (or, in a dry run, would do)."""

    dry_run: bool = False
    rows: list[RowResult] = field(default_factory=list)
    links: list[LinkResult] = field(default_factory=list)
    mentions: list[str] = field(default_factory=list)  # names in prose without a link
    warnings: list[str] = field(default_factory=list)
    tags_created: int = 0

    def count(self, action: str) -> int:
        return sum(1 for row in self.rows if row.action == action)

    @property
    def counts(self) -> dict[str, int]:
        return {action: self.count(action) for action in ACTIONS}

    @property
    def sources_added(self) -> int:
        return sum(len(row.sources_added) for row in self.rows)

    @property
    def links_submitted(self) -> int:
        return sum(1 for link in self.links if link.action != "rejected"
                   and link.action != "already known")

    def summary(self) -> str:
        counts = self.counts
        prefix = "Dry run, nothing written: would have " if self.dry_run else ""
        text = (
            f"{prefix}{counts['created']} created, {counts['updated']} updated, "
            f"{counts['unchanged']} unchanged, {counts['rejected']} rejected, "
            f"{counts['skipped']} skipped; {self.sources_added} source(s) added"
        )
        if self.links:
            text += f"; {self.links_submitted} link(s) from prose sent for review"
        return text

    def to_dict(self) -> dict[str, Any]:
        return {
            "dry_run": self.dry_run,
            "summary": self.summary(),
            "counts": self.counts,
            "rows": [row.to_dict() for row in self.rows],
            "links": [link.to_dict() for link in self.links],
            "mentions": list(self.mentions),
            "warnings": list(self.warnings),
        }
