"""Organizations as HSDS 3.0: API objects and a tabular data package (CSV + datapackage.json).

Only public data leaves here: listed organizations (``selectors.public_organizations``)
and their public fields.  Never embeddings, internal notes, who edited what, sources'
crawl state - and no member data, which an organization row does not hold anyway.

How our rows become HSDS tables:

* ``organization`` - one per organization; ``id`` is ``Organization.uuid``;
  ``description`` the description (else the summary, else the services text, else the
  name: HSDS requires one), ``email`` the public e-mail.
* ``phone`` - one per public number (``phone`` and ``other_phones``), extension split off.
* ``location`` + ``address`` - one physical location when the organization has an
  address or coordinates; the address is split into HSDS's parts when it reads like
  "street, city, MN 55406", otherwise the whole text is the location's description.
* ``service`` - one per *service* tag (the controlled vocabulary), named by the tag's
  label, described by the organization's own ``services_offered`` text, with
  ``populations_served`` as its ``eligibility_description``.  An organization with a
  ``services_offered`` text but no service tag gets one service carrying that text.

Ids of phones, locations, addresses and services are UUIDv5s derived from the
organization's id and what they are, so the same data exports the same ids every time.
"""

from __future__ import annotations

import csv
import datetime
import io
import json
import re
import uuid
import zipfile
from collections.abc import Iterable
from typing import Any

from organizations import selectors, vocabulary
from organizations.hsds import HSDS_VERSION
from organizations.hsds.validation import schema, table_fields
from organizations.importing.normalise import phone_parts
from organizations.models import Organization

PACKAGE_TABLES = ("organization", "service", "location", "phone", "address")
_ADDRESS = re.compile(
    r"^(?P<address_1>.+?),\s*(?:(?P<address_2>[^,]+?),\s*)?(?P<city>[^,]+?),?\s+"
    r"(?P<state>[A-Z]{2}|Minnesota)\.?\s+(?P<postal_code>\d{5}(?:-\d{4})?)(?:,?\s*(?:USA|US))?$",
    re.IGNORECASE,
)


def _id(org: Organization, what: str) -> str:
    return str(uuid.uuid5(org.uuid, what))


def split_address(text: str) -> dict[str, str] | None:
    """HSDS address parts of "2915 E Lake St, Minneapolis, MN 55406", or None."""
    match = _ADDRESS.match((text or "").strip())
    if not match:
        return None
    parts = match.groupdict()
    state = parts["state"]
    return {
        "address_1": parts["address_1"].strip(),
        "address_2": (parts["address_2"] or "").strip(),
        "city": parts["city"].strip(),
        "state_province": "MN" if state.lower() == "minnesota" else state.upper(),
        "postal_code": parts["postal_code"],
        "country": "US",
    }


def _clean(obj: dict[str, Any]) -> dict[str, Any]:
    """Drop empty optional values: HSDS leaves out what it does not know."""
    return {k: v for k, v in obj.items() if v not in (None, "", [])}


def description(org: Organization) -> str:
    """HSDS requires a description: ours, else the summary, else what it offers, else its
    name (an import of the package does not take the last two back as a description)."""
    return org.description or org.summary or org.services_offered or org.name


def organization_summary(org: Organization) -> dict[str, Any]:
    """The one-to-one fields (``organization_list``)."""
    return _clean({
        "id": str(org.uuid),
        "name": org.name,
        "description": description(org),
        "email": org.public_email,
        "website": org.website,
        "year_incorporated": org.year_founded,
    })


def phones(org: Organization) -> list[dict[str, Any]]:
    out = []
    for number in [org.phone, *org.other_phones]:
        if not number:
            continue
        plain, extension = phone_parts(number)
        out.append(_clean({
            "id": _id(org, f"phone:{plain}:{extension or ''}"),
            "organization_id": str(org.uuid),
            "number": plain,
            "extension": extension,
            "type": "voice",
        }))
    return out


def locations(org: Organization) -> list[dict[str, Any]]:
    if not org.address and org.latitude is None:
        return []
    location_id = _id(org, "location")
    parts = split_address(org.address) if org.address else None
    location = _clean({
        "id": location_id,
        "location_type": "physical",
        "organization_id": str(org.uuid),
        "name": org.name,
        "description": org.address if org.address and parts is None else "",
        "latitude": org.latitude,
        "longitude": org.longitude,
    })
    if parts:
        location["addresses"] = [_clean({
            "id": _id(org, "address"),
            "location_id": location_id,
            **parts,
            "address_type": "physical",
        }) | {k: parts[k] for k in ("city", "state_province", "postal_code", "country")}]
    return [location]


def services(org: Organization, tags: Iterable[Any]) -> list[dict[str, Any]]:
    service_tags = sorted(t.value for t in tags if t.kind == vocabulary.SERVICE)
    common = {
        "organization_id": str(org.uuid),
        "description": org.services_offered,
        "eligibility_description": org.populations_served,
        "url": org.website,
        "status": "active",
    }
    if service_tags:
        return [_clean({"id": _id(org, f"service:{value}"),
                        "name": vocabulary.label(vocabulary.SERVICE, value), **common})
                for value in service_tags]
    if org.services_offered:
        return [_clean({"id": _id(org, "service:offered"), "name": f"{org.name} services",
                        **common})]
    return []


def organization_full(org: Organization) -> dict[str, Any]:
    """A fully nested organization (``/organizations/{id}``)."""
    tags = list(org.tags.all())
    return {
        **organization_summary(org),
        "phones": phones(org),
        "locations": locations(org),
        "services": services(org, tags),
    }


def public_queryset():
    return selectors.public_organizations().order_by("name", "pk")


# --- the tabular data package -------------------------------------------------------------


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return repr(value)
    return str(value)


def _table_schema(name: str) -> dict[str, Any]:
    source = schema(name)
    required = set(source.get("required", [])) | set(source.get("tabular_required", []))
    fields = []
    for key, spec in table_fields(name):
        field: dict[str, Any] = {"name": key, "type": spec.get("datapackage_type") or spec["type"],
                                 "description": spec.get("description", "")}
        if spec.get("format") in ("uuid", "email", "uri"):
            field["format"] = spec["format"]
        constraints = {}
        if key in required:
            constraints["required"] = True
        if spec.get("constraints", {}).get("unique"):
            constraints["unique"] = True
        if "enum" in spec:
            constraints["enum"] = spec["enum"]
        if constraints:
            field["constraints"] = constraints
        fields.append(field)
    table = {"fields": fields, "primaryKey": "id"}
    foreign = {"organization_id": "organization", "location_id": "location"}
    keys = [
        {"fields": key, "reference": {"resource": target, "fields": "id"}}
        for key, target in foreign.items()
        if any(f["name"] == key for f in fields) and target in PACKAGE_TABLES and target != name
    ]
    if keys:
        table["foreignKeys"] = keys
    return table


def table_rows(orgs: Iterable[Organization]) -> dict[str, list[dict[str, Any]]]:
    """HSDS rows per table (``organization``, ``phone``, ...) for these organizations."""
    tables: dict[str, list[dict[str, Any]]] = {name: [] for name in PACKAGE_TABLES}
    for org in orgs:
        tables["organization"].append(organization_summary(org))
        tables["phone"] += phones(org)
        for location in locations(org):
            tables["address"] += location.pop("addresses", [])
            tables["location"].append(location)
        tables["service"] += services(org, org.tags.all())
    return tables


def build_package(orgs: Iterable[Organization] | None = None) -> dict[str, bytes]:
    """File name -> content of an HSDS tabular data package (``datapackage.json`` + CSVs)."""
    orgs = public_queryset() if orgs is None else orgs
    tables = table_rows(orgs)
    files: dict[str, bytes] = {}
    resources = []
    for name in PACKAGE_TABLES:
        columns = [key for key, _ in table_fields(name)]
        buffer = io.StringIO(newline="")
        writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\r\n")
        writer.writeheader()
        for row in tables[name]:
            writer.writerow({key: _cell(row.get(key)) for key in columns})
        path = schema(name)["path"]
        files[path] = buffer.getvalue().encode("utf-8")
        resources.append({
            "name": name,
            "path": path,
            "profile": "tabular-data-resource",
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "schema": _table_schema(name),
        })
    package = {
        "profile": "tabular-data-package",
        "name": "mn-digital-aid-organizations",
        "title": "MN Digital Aid organizations (HSDS 3.0)",
        "version": HSDS_VERSION,
        "created": datetime.datetime.now(datetime.UTC).replace(microsecond=0).isoformat(),
        "resources": resources,
    }
    files["datapackage.json"] = json.dumps(package, indent=2).encode("utf-8")
    return files


def write_zip(files: dict[str, bytes], target) -> None:
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, content in files.items():
            archive.writestr(name, content)
