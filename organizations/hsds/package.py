"""An HSDS 3.0 tabular data package in, through the same import engine as spreadsheets.

``organizations.csv`` is required (columns ``id`` and ``name`` at least); ``phones.csv``,
``locations.csv``, ``addresses.csv`` and ``services.csv`` are read when present and
joined by ``organization_id`` / ``location_id``.  Each organization row becomes one
record: website, e-mail, description, year founded; phones (with extensions); the first
location's coordinates and address; services' names and descriptions as
``services_offered`` (tags from the vocabulary) and their eligibility as
``populations_served``.  The HSDS id is kept: re-importing a package (ours or anyone's)
matches the organization it created, and a new organization takes the package's id
when no other organization has it.  Dedupe and merging are the engine's (``FILL``).
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import replace
from typing import Any

from authz import Actor
from organizations import vocabulary
from organizations.importing import normalise as n
from organizations.importing.engine import FILL, Item, apply_records
from organizations.importing.readers import ImportFileError, Sheet, Workbook
from organizations.importing.records import ImportReport, RowResult
from organizations.importing.tables import RecordError, build_record

REQUIRED_COLUMNS = {"organizations.csv": ("id", "name")}
# Our export names services by their vocabulary label ("Know-your-rights education").
LABELS = {vocabulary.fold(t.label): t.value for t in vocabulary.SERVICES}


def _rows(sheet: Sheet | None) -> list[tuple[int, dict[str, str]]]:
    """(CSV row number, {column: value}) for each data row under the header."""
    if sheet is None or not sheet.rows:
        return []
    header = [n.clean_text(cell).lower() for cell in sheet.rows[0]]
    out = []
    for number, row in enumerate(sheet.rows[1:], start=2):
        if any(cell.strip() for cell in row):
            out.append((number, {key: (row[i].strip() if i < len(row) else "")
                                 for i, key in enumerate(header) if key}))
    return out


def _sheet(workbook: Workbook, name: str) -> Sheet | None:
    return next((s for s in workbook.sheets if s.name == name), None)


def _float(text: str, low: float, high: float) -> float | None:
    try:
        value = float(text)
    except (TypeError, ValueError):
        return None
    return value if low <= value <= high else None


def package_items(workbook: Workbook) -> tuple[list[Item], list[str]]:
    """Records (with their origin) from a data package, and package-level warnings."""
    organizations = _sheet(workbook, "organizations.csv")
    if organizations is None or len(organizations.rows) < 2:
        raise ImportFileError(f"{workbook.filename}: organizations.csv has no rows.")
    header = {n.clean_text(c).lower() for c in organizations.rows[0]}
    missing = [c for c in REQUIRED_COLUMNS["organizations.csv"] if c not in header]
    if missing:
        raise ImportFileError(
            f"{workbook.filename}: organizations.csv has no {', '.join(missing)} column "
            "(HSDS needs id and name)."
        )
    warnings: list[str] = []
    phones: dict[str, list[tuple[str, str]]] = defaultdict(list)
    locations: dict[str, list[dict[str, str]]] = defaultdict(list)
    location_org: dict[str, str] = {}
    for _, row in _rows(_sheet(workbook, "locations.csv")):
        if row.get("organization_id"):
            locations[row["organization_id"]].append(row)
            location_org[row.get("id", "")] = row["organization_id"]
    addresses: dict[str, list[dict[str, str]]] = defaultdict(list)
    for _, row in _rows(_sheet(workbook, "addresses.csv")):
        addresses[row.get("location_id", "")].append(row)
    for number, row in _rows(_sheet(workbook, "phones.csv")):
        owner = row.get("organization_id") or location_org.get(row.get("location_id", ""))
        if not owner:
            warnings.append(f"phones.csv row {number}: no organization_id or known "
                            "location_id; left out")
            continue
        text = row.get("number", "")
        if row.get("extension"):
            text += f" ext. {row['extension'].split('.')[0]}"
        phones[owner].append(("phones.csv number", text))
    services: dict[str, list[dict[str, str]]] = defaultdict(list)
    for _, row in _rows(_sheet(workbook, "services.csv")):
        if row.get("status", "active").lower() in ("inactive", "defunct"):
            continue
        services[row.get("organization_id", "")].append(row)

    items: list[Item] = []
    for number, row in _rows(organizations):
        origin = f"organizations.csv row {number}"
        org_id = row.get("id", "")
        values: dict[str, list[tuple[str, str]]] = {
            "name": [("name", row.get("name", ""))],
            "website": [("website", row.get("website", ""))],
            "email": [("email", row.get("email", ""))],
            "phone": phones.get(org_id, []),
        }
        if row.get("year_incorporated"):
            values["year_founded"] = [("year_incorporated", row["year_incorporated"])]
        offered = services.get(org_id, [])
        descriptions = list(dict.fromkeys(
            s.get("description", "") for s in offered if s.get("description")))
        names = [s.get("name", "") for s in offered if s.get("name")]
        if descriptions:
            values["services_offered"] = [("services", "; ".join(descriptions))]
        elif names:
            values["services_offered"] = [("services", "; ".join(names))]
        eligibility = list(dict.fromkeys(
            s.get("eligibility_description", "") for s in offered
            if s.get("eligibility_description")))
        if eligibility:
            values["populations_served"] = [("eligibility", "; ".join(eligibility))]
        # Our export fills HSDS's required description with the services text or the name
        # when there is no description; those are not taken back as one.
        text = row.get("description", "")
        if text and n.clean_text(text) not in {n.clean_text(row.get("name", "")),
                                               *map(n.clean_text, descriptions)}:
            values["description"] = [("description", text)]
        coordinates: tuple[float | None, float | None] = (None, None)
        for location in locations.get(org_id, []):
            for address in addresses.get(location.get("id", ""), []):
                parts = [address.get("address_1"), address.get("address_2"),
                         address.get("city")]
                line = ", ".join(p for p in parts if p)
                tail = " ".join(p for p in (address.get("state_province"),
                                            address.get("postal_code")) if p)
                values.setdefault("address", [("address", f"{line}, {tail}" if tail else line)])
            if coordinates == (None, None):
                lat = _float(location.get("latitude", ""), -90, 90)
                lng = _float(location.get("longitude", ""), -180, 180)
                if lat is not None and lng is not None:
                    coordinates = (lat, lng)
        try:
            record, notes = build_record(values)
        except RecordError as exc:
            items.append((RowResult(origin, "rejected", name=row.get("name", "")[:80],
                                    reason=str(exc)), None))
            continue
        external = None
        try:
            external = str(uuid.UUID(org_id)) if org_id else None
        except ValueError:
            notes.append(f"id {org_id[:40]!r} is not a UUID; the organization gets a new id")
        tags = list(record.tags)
        for service in offered:  # a service's name alone can name a vocabulary service
            name = service.get("name", "")
            exact = LABELS.get(vocabulary.fold(name))
            for value in [exact] if exact else vocabulary.services_in(name):
                if (vocabulary.SERVICE, value) not in tags:
                    tags.append((vocabulary.SERVICE, value))
        record = replace(record, external_id=external, latitude=coordinates[0],
                         longitude=coordinates[1], tags=tuple(tags))
        items.append((RowResult(origin, "", name=record.name, warnings=notes), record))
    return items, warnings


def run_package(workbook: Workbook, *, actor: Actor, dry_run: bool = False,
                progress=None) -> ImportReport:
    items, warnings = package_items(workbook)
    return apply_records(items, actor=actor, dry_run=dry_run, policy=FILL, warnings=warnings,
                         progress=progress)


def describe(workbook: Workbook) -> list[dict[str, Any]]:
    """Which tables the package has and how many rows each (for the admin preview)."""
    return [{"name": sheet.name, "rows": max(len(sheet.rows) - 1, 0)}
            for sheet in workbook.sheets]
