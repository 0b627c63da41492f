"""Public submissions: anyone may suggest a need or a link to an organization's page.

Everything lands pending / inactive and waits for staff.  A duplicate of a pending or
active need returns that need instead of an error, never a second row.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from authz import Actor
from needs.hashing import content_hash
from needs.models import Need
from needs.validation import need_fields, validate_need_data
from organizations.fetching.hosts import InvalidURL, canonical_url, public_host_problem
from organizations.models import Organization, Source

NAME_MIN, NAME_MAX = 3, 200
CONTEXT_MAX = 1000


@dataclass(frozen=True)
class Submitted:
    need: Need
    duplicate: bool
    organization_created: bool


def _err(field: str, message: str, code: str = "invalid") -> ValidationError:
    return ValidationError({field: ValidationError(message, code=code)})


def submit_need(
    *,
    data: dict[str, Any],
    actor: Actor,
    organization_id: int | None = None,
    organization_name: str | None = None,
) -> Submitted:
    """Create a pending "submitted" need for an existing organization, or a named new one
    (created unverified).  Public: the caller is rate-limited, not authorised."""
    name = " ".join((organization_name or "").split())
    if (organization_id is None) == (not name):
        raise _err(
            "organization_id", "Give an existing organization or a new one's name.", "required"
        )
    clean = validate_need_data(data)
    created_org = False
    with transaction.atomic():
        if organization_id is not None:
            org = Organization.objects.filter(pk=organization_id).first()
            if org is None:
                raise _err("organization_id", "No such organization.", "not_found")
        else:
            if not NAME_MIN <= len(name) <= NAME_MAX:
                raise _err(
                    "organization_name",
                    f"The organization's name must be {NAME_MIN}-{NAME_MAX} characters.",
                )
            org = Organization.objects.filter(name__iexact=name).first()
            if org is None:
                org = Organization.objects.create(name=name, verified=False, listed=False)
                created_org = True
        digest = content_hash(
            title=clean.title, description=clean.description, organization_id=org.pk
        )
        existing = Need.objects.filter(content_hash=digest, status__in=Need.LIVE_STATUSES).first()
        if existing is not None:
            return Submitted(existing, True, False)
        try:
            with transaction.atomic():
                need = Need.objects.create(
                    organization=org,
                    content_hash=digest,
                    status=Need.Status.PENDING,
                    submission_type=Need.SubmissionType.SUBMITTED,
                    **need_fields(clean),
                )
        except IntegrityError:
            # A concurrent identical submission won the race: answer with it.
            need = Need.objects.get(content_hash=digest, status__in=Need.LIVE_STATUSES)
            return Submitted(need, True, False)
    return Submitted(need, False, created_org)


@dataclass(frozen=True)
class SubmittedLink:
    source: Source
    added_to_existing: bool


def _clean_url(raw: str) -> str:
    """The address in its one spelling (``organizations.fetching.hosts``), refused with a
    reason when it cannot be read or is plainly not a public web site.  (The fetcher
    checks the resolved address of every hop again before it connects.)"""
    url = (raw or "").strip()
    if len(url) > 1000 or any(c.isspace() for c in url):
        raise _err("url", "That web address is too long or contains spaces.")
    try:
        canonical = canonical_url(url)
    except InvalidURL as exc:
        raise _err("url", f"That web address cannot be read: {exc}.") from None
    problem = public_host_problem(canonical)
    if problem is not None:
        raise _err("url", f"That address is not a public web site: {problem}.")
    return canonical.url


def _site(url: str) -> str:
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.")


def submit_resource_link(*, url: str, context: str, actor: Actor) -> SubmittedLink:
    """An existing source of the same site gains the URL; otherwise a new inactive source,
    with no organization yet, waits for staff review."""
    clean = _clean_url(url)
    context = " ".join((context or "").split())
    if len(context) > CONTEXT_MAX:
        raise _err("context", f"Keep the context under {CONTEXT_MAX} characters.", "too_long")
    site = _site(clean)
    with transaction.atomic():
        for source in Source.objects.select_for_update().filter(url__icontains=site).order_by("pk"):
            if _site(source.url) != site:
                continue
            if clean != source.url and clean not in source.extra_urls:
                source.extra_urls = [*source.extra_urls, clean]
                source.save(update_fields=["extra_urls", "updated_at"])
            return SubmittedLink(source, True)
        source = Source.objects.create(
            url=clean, active=False, organization=None, submitted_context=context
        )
    return SubmittedLink(source, False)
