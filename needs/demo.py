"""The project's demo data set: organizations (through the seeding service) and their needs.

``make run`` calls ``load_demo_data`` on every start, so loading must happen once and then
leave the data alone:

* An organization from the file that already exists (same name, ignoring case) is left
  exactly as it is, so staff edits to demo organizations survive the next ``make run``.
  The others go through ``organizations.seeding.seed_organizations``.
* A need is skipped when a need with its content hash already exists (in any status, so a
  rejected demo need does not come back), or when its organization already has a need with
  the same title (so a need a moderator edited does not come back as a duplicate).
* The whole load is one transaction, serialised by an advisory lock, so a crash or a
  second loader running at the same time never leaves half a data set behind.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import DatabaseError, IntegrityError, connection, transaction
from django.db.models.functions import Lower
from django.utils import timezone

from authz import Actor, Capability
from needs.hashing import content_hash, normalise
from needs.models import Need
from organizations.models import Organization
from organizations.seeding import (
    ProgressCallback,
    RecordError,
    SeedError,
    SeedFileError,
    SeedResult,
    check_http_url,
    clean_text,
    organization_records,
    read_json_file,
    seed_organizations,
    validate_records,
)

# Any constant will do; it only has to differ from other advisory locks in the project.
DEMO_LOCK_KEY = 0x6D6E_6465_6D6F  # "mndemo"
DEMO_STATUSES = (Need.Status.ACTIVE.value, Need.Status.PENDING.value)
DESCRIPTION_MAX = 10_000
EMAIL_MAX = Need._meta.get_field("contact_email").max_length
_field_max = {
    name: Need._meta.get_field(name).max_length
    for name in ("title", "tldr", "contact_phone", "contact_url", "location_name")
}


@dataclass(frozen=True)
class NeedError:
    """A rejected need, by its index in the file's ``needs`` list."""

    index: int
    title: str | None
    reason: str

    def __str__(self) -> str:
        who = f"need {self.index}"
        if self.title:
            who += f" (title {self.title!r})"
        return f"{who}: {self.reason}"


@dataclass(frozen=True)
class NeedRecord:
    """A validated demo need; ``organization`` is the name as the file spells it."""

    organization: str
    title: str
    description: str
    tldr: str = ""
    urgency: str = Need.Urgency.MEDIUM.value
    status: str = Need.Status.PENDING.value
    contact_email: str = ""
    contact_phone: str = ""
    contact_url: str = ""
    location_name: str = ""
    latitude: float | None = None
    longitude: float | None = None


@dataclass
class DemoResult:
    """What one load did (or, in a dry run, would do)."""

    organizations: SeedResult
    organizations_present: int = 0
    needs_created: int = 0
    needs_present: int = 0
    need_errors: list[NeedError] = field(default_factory=list)
    dry_run: bool = False

    @property
    def errors(self) -> list[SeedError | NeedError]:
        return [*self.organizations.errors, *self.need_errors]

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def changed(self) -> bool:
        orgs = self.organizations
        return bool(orgs.created or orgs.updated or orgs.sources_created or self.needs_created)

    def summary(self) -> str:
        orgs = self.organizations
        if not self.changed and not self.errors:
            return (
                f"Demo data already loaded: {self.organizations_present} organization(s) and "
                f"{self.needs_present} need(s) already present; nothing changed."
            )
        verb = "Dry run, nothing written: would load" if self.dry_run else "Loaded"
        return (
            f"{verb} demo data: {orgs.created} organization(s) created "
            f"({self.organizations_present} already present), {self.needs_created} need(s) "
            f"created ({self.needs_present} already present), {orgs.sources_created} "
            f"source(s) added, {len(self.errors)} record(s) rejected."
        )


# --- reading and validating ---------------------------------------------------------------


def load_demo_file(path: str | Path) -> tuple[list[Any], list[Any]]:
    """The raw ``organizations`` and ``needs`` lists of a demo file, or ``SeedFileError``."""
    data = read_json_file(path)
    organizations = organization_records(data, origin=str(path))
    needs = data.get("needs", [])
    if not isinstance(needs, list):
        raise SeedFileError(f'{path}: "needs" must be a list, not {type(needs).__name__}')
    return organizations, needs


def _text(raw: Mapping[str, Any], key: str, *, required: bool = False, max_length: int) -> str:
    value = raw.get(key)
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise RecordError(f"{key} must be a string, not {value!r}")
    value = value.strip()
    if required and not value:
        raise RecordError(f"{key} is required")
    if len(value) > max_length:
        raise RecordError(f"{key} is {len(value)} characters long (at most {max_length})")
    return value


def _coordinate(raw: Mapping[str, Any], key: str, limit: float) -> float | None:
    value = raw.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise RecordError(f"{key} must be a number, not {value!r}")
    if not -limit <= value <= limit:
        raise RecordError(f"{key} {value} is out of range (-{limit:g}..{limit:g})")
    return float(value)


def validate_need(raw: Any, *, organizations: Mapping[str, str]) -> NeedRecord:
    """One raw need as a ``NeedRecord``, or ``RecordError``.

    ``organizations`` maps the lower-cased names of the file's organizations to their
    spelling in the file: a need may only belong to one of them.
    """
    if not isinstance(raw, dict):
        raise RecordError(f"must be a JSON object, not {type(raw).__name__}")
    org_name = raw.get("organization")
    if not isinstance(org_name, str) or not clean_text(org_name):
        raise RecordError("organization (the organization's name) is required")
    org_key = clean_text(org_name).lower()
    if org_key not in organizations:
        raise RecordError(f"organization {org_name!r} is not among the file's organizations")

    urgency = raw.get("urgency") or Need.Urgency.MEDIUM.value
    if urgency not in Need.Urgency.values:
        raise RecordError(f"urgency {urgency!r} is not one of {', '.join(Need.Urgency.values)}")
    status = raw.get("status") or Need.Status.PENDING.value
    if status not in DEMO_STATUSES:
        raise RecordError(f"status {status!r} is not one of {', '.join(DEMO_STATUSES)}")

    email = _text(raw, "contact_email", max_length=EMAIL_MAX)
    if email:
        try:
            validate_email(email)
        except ValidationError as exc:
            raise RecordError(f"contact_email {email!r} is not an e-mail address") from exc
    url = _text(raw, "contact_url", max_length=_field_max["contact_url"])
    if url:
        url = check_http_url(url, label="contact_url", max_length=_field_max["contact_url"])

    latitude = _coordinate(raw, "latitude", 90)
    longitude = _coordinate(raw, "longitude", 180)
    if (latitude is None) != (longitude is None):
        raise RecordError("latitude and longitude must be given together")

    return NeedRecord(
        organization=organizations[org_key],
        title=clean_text(_text(raw, "title", required=True, max_length=_field_max["title"])),
        description=_text(raw, "description", required=True, max_length=DESCRIPTION_MAX),
        tldr=_text(raw, "tldr", max_length=_field_max["tldr"]),
        urgency=urgency,
        status=status,
        contact_email=email,
        contact_phone=_text(raw, "contact_phone", max_length=_field_max["contact_phone"]),
        contact_url=url,
        location_name=_text(raw, "location_name", max_length=_field_max["location_name"]),
        latitude=latitude,
        longitude=longitude,
    )


def validate_needs(
    raw_needs: Sequence[Any], *, organizations: Mapping[str, str]
) -> tuple[list[tuple[int, NeedRecord]], list[NeedError]]:
    """Validate every need; two needs of one organization with the same title are an error."""
    good: list[tuple[int, NeedRecord]] = []
    errors: list[NeedError] = []
    seen: dict[tuple[str, str], int] = {}
    for index, raw in enumerate(raw_needs):
        title = raw.get("title") if isinstance(raw, dict) else None
        shown = clean_text(title)[:80] if isinstance(title, str) else None
        try:
            need = validate_need(raw, organizations=organizations)
        except RecordError as exc:
            errors.append(NeedError(index=index, title=shown or None, reason=str(exc)))
            continue
        key = (need.organization.lower(), normalise(need.title))
        if key in seen:
            errors.append(
                NeedError(
                    index=index,
                    title=need.title,
                    reason=f"same organization and title as need {seen[key]}",
                )
            )
            continue
        seen[key] = index
        good.append((index, need))
    return good, errors


# --- loading ------------------------------------------------------------------------------


def _existing_names(names: Sequence[str]) -> set[str]:
    """Which of ``names`` (lower-cased) already name an organization, ignoring case."""
    wanted = {name.lower() for name in names}
    return set(
        Organization.objects.annotate(key=Lower("name"))
        .filter(key__in=wanted)
        .values_list("key", flat=True)
    )


def _create_need(need: NeedRecord, org: Organization, *, now: Any) -> bool:
    """Create one need unless it (or a moderator's edit of it) is already there."""
    digest = content_hash(title=need.title, description=need.description, organization_id=org.pk)
    if (
        Need.objects.filter(content_hash=digest).exists()
        or Need.objects.filter(organization=org, title__iexact=need.title).exists()
    ):
        return False
    active = need.status == Need.Status.ACTIVE
    Need.objects.create(
        organization=org,
        title=need.title,
        description=need.description,
        tldr=need.tldr,
        urgency=need.urgency,
        status=need.status,
        submission_type=Need.SubmissionType.ADMIN,
        content_hash=digest,
        contact_email=need.contact_email,
        contact_phone=need.contact_phone,
        contact_url=need.contact_url,
        location_name=need.location_name,
        latitude=need.latitude,
        longitude=need.longitude,
        moderated_at=now if active else None,
        moderation_reason="Approved as part of the demo data set." if active else "",
    )
    return True


def load_demo_data(
    *,
    organizations: Sequence[Any],
    needs: Sequence[Any],
    actor: Actor,
    dry_run: bool = False,
    progress: ProgressCallback | None = None,
) -> DemoResult:
    """Load raw demo records once (see the module docstring); report what happened.

    ``actor`` must hold MANAGE_NEEDS (and MANAGE_ORGANIZATIONS, checked by the seeding
    service); the command passes a system actor. Bad records are reported by index, good
    ones load.
    """
    actor.can(Capability.MANAGE_NEEDS).check()
    valid_orgs, org_errors, org_warnings = validate_records(organizations)
    # Needs may name any organization in the file; one whose record was rejected is
    # reported as such when its needs are loaded.
    file_names = {
        clean_text(raw["name"]).lower(): clean_text(raw["name"])
        for raw in organizations
        if isinstance(raw, dict) and isinstance(raw.get("name"), str) and raw["name"].strip()
    }
    valid_needs, need_errors = validate_needs(needs, organizations=file_names)

    with transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [DEMO_LOCK_KEY])
        present = _existing_names([record.name for _, record in valid_orgs])
        to_seed = [(i, r) for i, r in valid_orgs if r.name.lower() not in present]
        # The seed call sees only the missing organizations; map its indexes back.
        seeded = seed_organizations(
            [organizations[i] for i, _ in to_seed], actor=actor, progress=progress
        )
        seeded.errors = sorted(
            [*org_errors, *(replace(e, index=to_seed[e.index][0]) for e in seeded.errors)],
            key=lambda error: error.index,
        )
        seeded.changes = [replace(c, index=to_seed[c.index][0]) for c in seeded.changes]
        seeded.warnings = org_warnings
        seeded.dry_run = dry_run
        if progress is not None:
            progress(len(organizations) - len(to_seed))

        result = DemoResult(
            organizations=seeded,
            organizations_present=len(present),
            need_errors=need_errors,
            dry_run=dry_run,
        )
        rejected = {error.name.lower() for error in seeded.errors if error.name}
        orgs = {
            org.key: org
            for org in Organization.objects.annotate(key=Lower("name")).filter(
                key__in=list(file_names)
            )
        }
        now = timezone.now()
        if progress is not None and need_errors:
            progress(len(need_errors))
        for index, need in valid_needs:
            org = orgs.get(need.organization.lower())
            if org is None:
                why = "was rejected" if need.organization.lower() in rejected else "is missing"
                result.need_errors.append(
                    NeedError(index, need.title, f"organization {need.organization!r} {why}")
                )
            else:
                try:
                    with transaction.atomic():
                        created = _create_need(need, org, now=now)
                except (IntegrityError, DatabaseError) as exc:
                    first_line = (str(exc).strip().splitlines() or [repr(exc)])[0]
                    result.need_errors.append(
                        NeedError(index, need.title, f"database error: {first_line}")
                    )
                else:
                    result.needs_created += int(created)
                    result.needs_present += int(not created)
            if progress is not None:
                progress(1)
        result.need_errors.sort(key=lambda error: error.index)
        if dry_run:
            transaction.set_rollback(True)
    return result
