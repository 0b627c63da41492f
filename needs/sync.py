"""Keep a source's needs in step with what its pages say, without losing or duplicating.

``sync_needs`` runs in one transaction with the source row locked, so two syncs of one
source never interleave (the second waits, then sees what the first committed):

- same content hash as a pending or active need: seen again (``last_seen_at``);
- same title as a need of this source but new content: an active need gets a pending
  revision that ``supersedes`` it (the active one stays live until a moderator approves);
  a pending need (or an existing pending revision) is updated in place;
- otherwise: a new pending need;
- live needs on the pages read this run that were not seen: marked disappeared (they are
  expired after ``NEED_DISAPPEARED_GRACE`` by ``expire_disappeared_needs``).

Pages whose content did not change since the last crawl are passed as ``unchanged_urls``:
their needs are seen without extracting again.  Pages that failed to load are passed in
neither, so a fetch error never makes needs disappear.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from authz import Actor, Capability
from needs.extraction.base import ExtractedNeed
from needs.hashing import content_hash, normalise
from needs.models import Need
from organizations.models import Source

logger = logging.getLogger(__name__)
LIVE = (Need.Status.PENDING, Need.Status.ACTIVE)
CONTENT_FIELDS = ("title", "description", "tldr", "contact_email", "contact_phone",
                  "contact_url", "urgency", "location_name", "latitude", "longitude", "kind",
                  "page_language")


def _content(item: ExtractedNeed) -> dict:
    values = {f: getattr(item, f) for f in CONTENT_FIELDS}
    values["kind"] = values["kind"] or Need.Kind.OTHER
    values["languages"] = list(item.languages)
    return values


@dataclass
class SyncResult:
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    disappeared: int = 0

    def as_dict(self) -> dict[str, int]:
        return asdict(self)


def _by_page(source: Source, extracted) -> dict[str, list[ExtractedNeed]]:
    if isinstance(extracted, Mapping):
        return {url: list(needs) for url, needs in extracted.items()}
    return {source.url: list(extracted)}


def sync_needs(
    *,
    source: Source | int,
    extracted: Sequence[ExtractedNeed] | Mapping[str, Sequence[ExtractedNeed]],
    actor: Actor,
    unchanged_urls: Iterable[str] = (),
) -> SyncResult:
    """Apply one crawl's extraction to the database (see the module docstring)."""
    actor.can(Capability.TRIGGER_SCRAPING).check()
    now = timezone.now()
    result = SyncResult()
    with transaction.atomic():
        source = Source.objects.select_for_update().get(pk=getattr(source, "pk", source))
        org_id = source.organization_id
        pages = _by_page(source, extracted)
        unchanged = set(unchanged_urls) - set(pages)
        live = list(
            Need.objects.select_for_update()
            .filter(source=source, status__in=LIVE)
            .order_by("created_at", "pk")
        )
        live_by_pk = {n.pk: n for n in live}
        seen: set[int] = set()

        # Pages that did not change: their needs are still there, seen now.
        still_there = [need.pk for need in live if (need.source_url or source.url) in unchanged]
        if still_there:
            Need.objects.filter(pk__in=still_there).update(
                last_seen_at=now, disappeared_at=None, updated_at=now)
            seen.update(still_there)
            result.unchanged += len(still_there)

        candidates = [(url, item) for url, items in pages.items() for item in items]
        hashes = {content_hash(title=i.title, description=i.description, organization_id=org_id)
                  for _, i in candidates}
        by_hash = {n.content_hash: n for n in Need.objects.select_for_update().filter(
            content_hash__in=hashes, status__in=LIVE)}
        by_title: dict[str, list[Need]] = defaultdict(list)
        for need in live:
            by_title[normalise(need.title)].append(need)
        revisions = {n.supersedes_id: n for n in live
                     if n.status == Need.Status.PENDING and n.supersedes_id}

        for url, item in candidates:
            digest = content_hash(title=item.title, description=item.description,
                                  organization_id=org_id)
            existing = by_hash.get(digest)
            if existing is not None:
                if existing.pk not in seen:
                    seen.add(existing.pk)
                    result.unchanged += 1
                    if existing.source_id == source.pk and existing.source_url != url:
                        existing.source_url = url
                    _mark_seen(existing, now)
                # A pending revision seen again: the need it would replace is still there.
                replaced = live_by_pk.get(existing.supersedes_id)
                if replaced is not None and replaced.pk not in seen:
                    seen.add(replaced.pk)
                    _mark_seen(replaced, now)
                continue
            match = next((n for n in by_title.get(normalise(item.title), []) if n.pk not in seen),
                         None)
            if match is not None and match.status == Need.Status.ACTIVE:
                seen.add(match.pk)
                _mark_seen(match, now)  # still on the page, in a revised form
                revision = revisions.get(match.pk)
                if revision is not None and revision.pk not in seen:
                    seen.add(revision.pk)
                    _update_in_place(revision, item, digest, url, now)
                else:
                    revision = _create(source, item, digest, url, now, supersedes=match)
                    revisions[match.pk] = revision
                    seen.add(revision.pk)
                by_hash[digest] = revision
                result.changed += 1
            elif match is not None:
                seen.add(match.pk)
                _update_in_place(match, item, digest, url, now)
                by_hash[digest] = match
                result.changed += 1
            else:
                need = _create(source, item, digest, url, now)
                seen.add(need.pk)
                by_hash[digest] = need
                result.new += 1

        # Live needs of the pages read this run that were not seen: disappeared.
        read_pages = set(pages)
        for need in live:
            if need.pk in seen or (need.source_url or source.url) not in read_pages:
                continue
            if need.disappeared_at is None:
                need.disappeared_at = now
                need.save(update_fields=["disappeared_at", "updated_at"])
                result.disappeared += 1
    logger.info("synced source %s: %s", source.pk, result.as_dict())
    return result


def _mark_seen(need: Need, now) -> None:
    need.last_seen_at = now
    need.disappeared_at = None
    need.save(update_fields=["last_seen_at", "disappeared_at", "source_url", "updated_at"])


def _update_in_place(need: Need, item: ExtractedNeed, digest: str, url: str, now) -> None:
    for field, value in _content(item).items():
        setattr(need, field, value)
    need.content_hash = digest
    need.source_url = url
    need.last_seen_at = now
    need.disappeared_at = None
    need.save()


def _create(source: Source, item: ExtractedNeed, digest: str, url: str, now,
            supersedes: Need | None = None) -> Need:
    return Need.objects.create(
        organization_id=source.organization_id,
        source=source,
        source_url=url,
        submission_type=Need.SubmissionType.SCRAPED,
        status=Need.Status.PENDING,
        content_hash=digest,
        supersedes=supersedes,
        last_seen_at=now,
        **_content(item),
    )


def expire_disappeared_needs(*, actor: Actor, now=None) -> int:
    """Expire live needs that have been gone longer than the grace period."""
    actor.can(Capability.MANAGE_NEEDS).check()
    cutoff = (now or timezone.now()) - settings.NEED_DISAPPEARED_GRACE
    with transaction.atomic():
        count = Need.objects.filter(
            status__in=LIVE, disappeared_at__isnull=False, disappeared_at__lt=cutoff
        ).update(status=Need.Status.EXPIRED, moderated_at=timezone.now(),
                 moderation_reason="Gone from the organization's site.")
    if count:
        logger.info("expired %s disappeared needs", count)
    return count
