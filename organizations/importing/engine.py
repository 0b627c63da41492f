"""The one import engine: match records to existing organizations, merge, report.

Every importer (JSON seed, spreadsheet, HSDS data package; admin and command line) ends
here with a list of cleaned ``OrganizationRecord``s.  The rules:

**One transaction.**  A run is one transaction, serialised with any other import by an
advisory lock; each record is written in its own savepoint, so a record the database
refuses is reported (rejected, with the reason) and loses only itself.  A dry run does
all of it and rolls back, so its report is exactly what a real run would do.

**Matching (dedupe)**, in this order: the same HSDS id; the same name ignoring case; the
same website (``normalise.site_key``: host without ``www.``, plus the first path segment
on shared hosts such as facebook.com or a .gov site); the same folded name (case,
accents, punctuation, "The", "Inc.") or a name in parentheses ("... (CLUES)"); a
near-identical name (rapidfuzz ``ratio`` >= ``FUZZY_THRESHOLD`` on folded names) unless
the two have different websites.  A record matches organizations created earlier in the
same run too, so the same organization in two tabs is one organization.  Names that
are close but below the threshold are reported as a warning, not merged.

**Merging.**  Sources and tags are only ever added.  With the ``FILL`` policy
(spreadsheets, HSDS) a value fills a field only when the field is empty; a different
value already there is kept and reported ("kept").  With ``OVERWRITE`` (the JSON seed
file, which is the reference list for the organizations it names) given values replace
stored ones.  Under both, a field a staff member edited by hand
(``Organization.edited_fields``, recorded by the admin) is never changed.  A row is
written only when a value really changes, so importing the same input twice reports
every row unchanged and writes nothing.
"""

from __future__ import annotations

import uuid as uuidlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.core.exceptions import ValidationError
from django.db import DatabaseError, IntegrityError, connection, transaction
from rapidfuzz import fuzz, process

from authz import Actor, Capability
from organizations import extensions, vocabulary
from organizations.importing import normalise as n
from organizations.importing.records import ImportReport, LinkResult, OrganizationRecord, RowResult
from organizations.importing.tables import ProseLink, ProseSentence
from organizations.models import Organization, Source, Tag

FILL = "fill"
OVERWRITE = "overwrite"
FUZZY_THRESHOLD = 92
NEAR_MISS = 80
IMPORT_LOCK_KEY = 0x6D6E_696D_7074  # "mnimpt"

Item = tuple[RowResult, OrganizationRecord | None]


def _empty(key: str, value: Any) -> bool:
    if key == "ice_resistance_focus":
        return not value
    return value is None or value == "" or value == [] or value == {}


@dataclass
class _Known:
    pk: int
    name: str
    site: str | None


@dataclass
class Matcher:
    """Existing organizations (and those created in this run), indexed for matching."""

    by_uuid: dict[str, int] = field(default_factory=dict)
    by_name: dict[str, int] = field(default_factory=dict)
    by_key: dict[str, int] = field(default_factory=dict)
    by_alias: dict[str, int] = field(default_factory=dict)
    by_site: dict[str, int | None] = field(default_factory=dict)  # None: shared by several
    known: dict[int, _Known] = field(default_factory=dict)
    keys: list[str] = field(default_factory=list)
    key_pks: list[int] = field(default_factory=list)

    @classmethod
    def load(cls) -> Matcher:
        matcher = cls()
        rows = Organization.objects.order_by("pk").values_list("pk", "name", "website", "uuid")
        for pk, name, website, uid in rows:
            matcher.add(pk, name, website, str(uid))
        return matcher

    def add(self, pk: int, name: str, website: str | None, uid: str | None) -> None:
        site = n.site_key(website)
        self.known[pk] = _Known(pk, name, site)
        if uid:
            self.by_uuid[uid] = pk
        self.by_name.setdefault(name.casefold(), pk)
        key = n.name_key(name)
        if key:
            self.by_key.setdefault(key, pk)
            self.keys.append(key)
            self.key_pks.append(pk)
        for alias in n.name_aliases(name):
            self.by_alias.setdefault(alias, pk)
        if site:
            if site in self.by_site and self.by_site[site] != pk:
                self.by_site[site] = None
            else:
                self.by_site[site] = pk

    def learn(self, pk: int, name: str) -> None:
        """Another name an organization goes by (a row merged into it under that name), so
        the same organization spelled that way again in this run finds it too."""
        self.by_name.setdefault(name.casefold(), pk)
        key = n.name_key(name)
        if key:
            self.by_key.setdefault(key, pk)
        for alias in n.name_aliases(name):
            self.by_alias.setdefault(alias, pk)

    def update_site(self, pk: int, website: str | None) -> None:
        site = n.site_key(website)
        if site and pk in self.known:
            self.known[pk].site = site
            self.by_site.setdefault(site, pk)

    def find(self, record: OrganizationRecord) -> tuple[int | None, str, list[str]]:
        """(matched organization pk or None, how it matched, near-miss warnings)."""
        if record.external_id and record.external_id in self.by_uuid:
            return self.by_uuid[record.external_id], "same HSDS id", []
        pk = self.by_name.get(record.name.casefold())
        if pk is not None:
            return pk, "same name", []
        site = n.site_key(record.website)
        if site and self.by_site.get(site):
            return self.by_site[site], f"same website ({site})", []
        key = n.name_key(record.name)
        if key and key in self.by_key:
            return self.by_key[key], "same name (ignoring case, punctuation and 'Inc.')", []
        if key and key in self.by_alias:
            return self.by_alias[key], "the short name in parentheses", []
        for alias in n.name_aliases(record.name):
            if alias in self.by_key:
                return self.by_key[alias], f"its short name in parentheses ({alias})", []
            if alias in self.by_alias:
                return self.by_alias[alias], f"the same short name ({alias})", []
        if not key or not self.keys:
            return None, "", []
        best = process.extractOne(key, self.keys, scorer=fuzz.ratio, score_cutoff=NEAR_MISS)
        if best is None:
            return None, "", []
        _, score, position = best
        candidate = self.known[self.key_pks[position]]
        if score >= FUZZY_THRESHOLD and not (site and candidate.site and site != candidate.site):
            return candidate.pk, f"near-identical name ({score:.0f}% similar)", []
        why = "different websites" if score >= FUZZY_THRESHOLD else f"{score:.0f}% similar"
        return None, "", [
            f"similar to the existing organization {candidate.name!r} ({why}); imported as a "
            "separate organization - merge them by hand if they are the same"
        ]


@dataclass
class _Run:
    actor: Actor
    policy: str
    report: ImportReport
    matcher: Matcher
    created_in_run: dict[int, str] = field(default_factory=dict)
    source_keys: dict[int, set[str]] = field(default_factory=dict)
    tag_cache: dict[tuple[str, str], Tag] = field(default_factory=dict)

    def sources_of(self, org: Organization) -> set[str]:
        if org.pk not in self.source_keys:
            keys = set()
            for url, extra in org.sources.values_list("url", "extra_urls"):
                keys.add(n.source_key(url))
                keys.update(n.source_key(u) for u in extra)
            self.source_keys[org.pk] = keys
        return self.source_keys[org.pk]

    def tag(self, kind: str, value: str) -> Tag:
        if (kind, value) not in self.tag_cache:
            tag, made = Tag.objects.get_or_create(kind=kind, value=value)
            self.report.tags_created += int(made)
            self.tag_cache[(kind, value)] = tag
        return self.tag_cache[(kind, value)]


def _describe(value: Any) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ", ".join(map(str, value)) or "nothing"
    return n.shorten(str(value), 60)


def _merge_phones(org: Organization, incoming: list[str], policy: str) -> tuple[str, list[str]]:
    if policy == OVERWRITE:
        return incoming[0], incoming[1:]
    phones = [p for p in [org.phone, *org.other_phones] if p]
    phones += [p for p in incoming if p not in phones]
    return phones[0], phones[1:]


def _phones(run: _Run, result: RowResult, org: Organization, incoming: list[str],
            protected: set[str], changed: list[str]) -> None:
    """Phones merge as a list: new numbers are added (after the stored ones, with FILL)."""
    phone, others = _merge_phones(org, incoming, run.policy)
    if phone == org.phone and others == org.other_phones:
        return
    if {"phone", "other_phones"} & protected:
        result.kept.append(f"phone: kept a moderator's edit ({org.phone or 'empty'!r})")
        return
    if phone != org.phone:
        org.phone = phone
        changed.append("phone")
    if others != org.other_phones:
        org.other_phones = others
        changed.append("other_phones")


def _new_uuid(record: OrganizationRecord, matcher: Matcher) -> uuidlib.UUID:
    if record.external_id:
        try:
            candidate = uuidlib.UUID(record.external_id)
        except ValueError:
            candidate = None
        if candidate is not None and str(candidate) not in matcher.by_uuid:
            return candidate
    return uuidlib.uuid4()


def _apply(run: _Run, result: RowResult, record: OrganizationRecord) -> None:
    pk, how, near = run.matcher.find(record)
    result.warnings += near
    values = record.field_values()
    if pk is None:
        org = Organization.objects.create(
            name=record.name, uuid=_new_uuid(record, run.matcher), answers=dict(record.answers),
            **values,
        )
        run.matcher.add(org.pk, org.name, org.website, str(org.uuid))
        run.created_in_run[org.pk] = result.origin
        result.action = "created"
        result.changes = [key for key in values if key != "other_phones" or values[key]]
    else:
        org = Organization.objects.select_for_update().get(pk=pk)
        run.matcher.learn(pk, record.name)
        result.matched = how
        if pk in run.created_in_run:
            result.matched += f"; created from {run.created_in_run[pk]} in this import"
        protected = set(org.edited_fields)
        changed: list[str] = []
        for key, value in values.items():
            if key == "other_phones":
                continue  # merged with "phone"
            if key == "phone":
                _phones(run, result, org, list(record.phones), protected, changed)
                continue
            current = getattr(org, key)
            if current == value:
                continue
            if key in protected:
                result.kept.append(f"{key}: kept a moderator's edit ({_describe(current)!r})")
            elif run.policy == FILL and not _empty(key, current):
                result.kept.append(
                    f"{key}: kept {_describe(current)!r} (this input says {_describe(value)!r})"
                )
            else:
                setattr(org, key, value)
                changed.append(key)
                if key == "website":
                    run.matcher.update_site(org.pk, value)
        answers = dict(org.answers)
        for key, original in record.answers:
            if key in protected or answers.get(key) == original:
                continue
            if run.policy == OVERWRITE or key not in answers:
                answers[key] = original
        if answers != org.answers:
            org.answers = answers
            changed.append("answers")
        if changed:
            org.save(update_fields=[*changed, "updated_at"])
        result.action = "updated" if changed else "unchanged"
        result.changes = changed
    result.organization_id = org.pk
    result.name = org.name

    known = run.sources_of(org)
    new_sources = []
    for url in record.source_urls:
        key = n.source_key(url)
        if key not in known:
            known.add(key)
            new_sources.append(url)
    Source.objects.bulk_create(Source(organization=org, url=url) for url in new_sources)
    result.sources_added = new_sources

    if record.tags:
        linked = set(org.tags.values_list("kind", "value"))
        to_link = [run.tag(kind, value) for kind, value in record.tags
                   if (kind, value) not in linked and (kind, value) in vocabulary.VALUES]
        if to_link:
            org.tags.add(*to_link)
            result.tags_added = [f"{t.kind}:{t.value}" for t in to_link]
    if result.action == "unchanged" and (new_sources or result.tags_added):
        result.action = "updated"


def _database_reason(exc: Exception) -> str:
    text = str(exc).strip()
    return "database error: " + (text.splitlines()[0] if text else repr(exc))


def _name_keys(matcher: Matcher) -> list[tuple[str, set[str]]]:
    out = []
    for known in matcher.known.values():
        keys = {k for k in {n.name_key(known.name), *n.name_aliases(known.name)}
                if k and len(k) >= 4}
        out.append((known.name, keys))
    return out


def _names_in(sentence: str, name_keys: list[tuple[str, set[str]]]) -> list[str]:
    """Organizations (known now, including this run's) a sentence names."""
    folded = f" {n.name_key(sentence)} "
    return sorted(name for name, keys in name_keys if any(f" {k} " in folded for k in keys))


def _send_links(run: _Run, links: Sequence[ProseLink], sentences: Sequence[ProseSentence]):
    submitter = extensions.resource_link_submitter
    name_keys = _name_keys(run.matcher)
    known: set[str] = set()
    for url, extra in Source.objects.values_list("url", "extra_urls"):
        known.add(n.source_key(url))
        known.update(n.source_key(u) for u in extra)
    for link in links:
        names = _names_in(link.sentence, name_keys)
        context = link.context(names)
        key = n.source_key(link.url)
        if key in known:
            run.report.links.append(LinkResult(link.origin, link.url, context, "already known"))
            continue
        if submitter is None:
            run.report.links.append(LinkResult(
                link.origin, link.url, context, "rejected",
                "no resource-link service is installed (the needs app provides it)"))
            continue
        try:
            with transaction.atomic():
                submitted = submitter(url=link.url, context=context, actor=run.actor)
        except ValidationError as exc:
            reason = "; ".join(exc.messages)
            run.report.links.append(LinkResult(link.origin, link.url, context, "rejected", reason))
            continue
        except (IntegrityError, DatabaseError) as exc:
            run.report.links.append(
                LinkResult(link.origin, link.url, context, "rejected", _database_reason(exc)))
            continue
        known.add(key)
        action = ("added to an existing source" if getattr(submitted, "added_to_existing", False)
                  else "sent for review")
        run.report.links.append(LinkResult(link.origin, link.url, context, action))
    linked_sentences = {(link.origin, link.sentence) for link in links}
    for sentence in sentences:
        if (sentence.origin, sentence.sentence) in linked_sentences:
            continue
        names = _names_in(sentence.sentence, name_keys)
        if names:
            run.report.mentions.append(
                f"{sentence.origin}: names {', '.join(names)} without a link - "
                f"{n.shorten(sentence.sentence, 200)!r}")


def apply_records(
    items: Iterable[Item],
    *,
    actor: Actor,
    dry_run: bool = False,
    policy: str = FILL,
    links: Sequence[ProseLink] = (),
    sentences: Sequence[ProseSentence] = (),
    warnings: Sequence[str] = (),
    progress=None,
) -> ImportReport:
    """Apply cleaned records (and send prose links for review) in one transaction.

    ``items`` are ``(RowResult, record)`` pairs in input order; a pair whose record is
    ``None`` is already decided (rejected or skipped) and only goes into the report.
    ``actor`` must hold MANAGE_ORGANIZATIONS.  ``progress`` is called with 1 per item.
    """
    actor.can(Capability.MANAGE_ORGANIZATIONS).check()
    if policy not in (FILL, OVERWRITE):
        raise ValueError(f"unknown merge policy {policy!r}")
    report = ImportReport(dry_run=dry_run, warnings=list(warnings))
    with transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [IMPORT_LOCK_KEY])
        run = _Run(actor=actor, policy=policy, report=report, matcher=Matcher.load())
        for result, record in items:
            report.rows.append(result)
            if record is not None:
                try:
                    with transaction.atomic():
                        _apply(run, result, record)
                except (IntegrityError, DatabaseError) as exc:
                    # Its savepoint is rolled back; the other records go on.
                    run.source_keys.clear()
                    run.matcher = Matcher.load()
                    result.action, result.reason = "rejected", _database_reason(exc)
                    result.changes, result.sources_added, result.tags_added = [], [], []
            if progress is not None:
                progress(1)
        if links or sentences:
            _send_links(run, links, sentences)
        if dry_run:
            transaction.set_rollback(True)
    return report
