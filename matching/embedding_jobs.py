"""Write embeddings onto rows: needs, members, organizations.

Each vector is stored with the producing model's name; a row whose text is empty gets no
vector.  Batches keep memory low; every batch is its own transaction, so an interrupted
run keeps what it finished (``generate_embeddings`` resumes with ``--only-missing``).

With the vector, the concept layer's reading of the row is recorded (``matching.concepts``):
``Member.inferred`` for a member, a ``NeedProfile`` (concepts and the need text's version)
for a need.  Rows read by an older version of either are picked up again by
``generate_embeddings``'s default mode.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence

from django.db import transaction

from matching.embeddings import get_backend
from matching.texts import NEED_TEXT_VERSION, member_text, need_text, organization_text
from members.models import Member
from needs.models import Need
from organizations.models import Organization

logger = logging.getLogger(__name__)

MODELS = {
    "needs": (Need, lambda qs: qs.only("id", "title", "tldr", "description", "kind",
                                       "languages", "page_language"), need_text),
    "members": (Member, lambda qs: qs.only("id", "interests", "language", "languages",
                                           "activities"), member_text),
    "organizations": (
        Organization,
        lambda qs: qs.only("id", "name", "summary", "description").prefetch_related("tags"),
        lambda org: organization_text(org, org.tags.all()),
    ),
}


def embed_rows(kind: str, ids: Sequence, *, backend=None) -> int:
    """Embed the rows of ``kind`` with these ids now; returns how many were written."""
    model, narrow, text_of = MODELS[kind]
    backend = backend or get_backend()
    rows = list(narrow(model.objects.filter(pk__in=list(ids))))
    texts = [text_of(r) for r in rows]
    keep = [(r, t) for r, t in zip(rows, texts, strict=True) if t.strip()]
    if not keep:
        return 0
    vectors = backend.embed([t for _, t in keep], kind="query")
    record = RECORD.get(kind)
    with transaction.atomic():
        for (row, _), vector in zip(keep, vectors, strict=True):
            model.objects.filter(pk=row.pk).update(
                embedding=vector, embedding_model=backend.model_name
            )
        if record is not None:
            record([r for r, _ in keep], vectors, backend)
    return len(keep)


def _record_members(rows, vectors, backend) -> None:
    from matching.concepts import member_profile, member_record
    from matching.reference import get_reference

    reference = get_reference(backend)
    for row, vector in zip(rows, vectors, strict=True):
        fields = {"interests": row.interests, "language": row.language,
                  "languages": list(row.languages or []),
                  "activities": list(row.activities or [])}
        concepts = member_profile(**fields, vector=vector, reference=reference)
        Member.objects.filter(pk=row.pk).update(inferred=member_record(concepts, **fields))


def _record_needs(rows, vectors, backend) -> None:
    from matching.concepts import need_profile
    from matching.models import NeedProfile
    from matching.reference import get_reference

    reference = get_reference(backend)
    for row, vector in zip(rows, vectors, strict=True):
        concepts = need_profile(title=row.title, description=row.description, kind=row.kind,
                                languages=row.languages, page_language=row.page_language,
                                vector=vector, reference=reference)
        NeedProfile.objects.update_or_create(
            need_id=row.pk, defaults={"text_version": NEED_TEXT_VERSION,
                                      "concepts": concepts.as_json()})


RECORD = {"members": _record_members, "needs": _record_needs}


def pending_ids(kind: str, *, only_missing: bool, model_changed: bool, model_name: str) -> list:
    """Ids to (re)embed: missing vectors, vectors of another model, or everything."""
    from django.db.models import Q

    from matching.concepts import CONCEPTS_VERSION

    model = MODELS[kind][0]
    qs = model.objects.all()
    if kind == "members":
        qs = qs.exclude(interests="")
    # Rows embedded from an older need text, or read by an older concept layer.
    stale = {
        "needs": Q(matching_profile__isnull=True)
        | Q(matching_profile__text_version__lt=NEED_TEXT_VERSION)
        | ~Q(matching_profile__concepts__v=CONCEPTS_VERSION),
        "members": ~Q(inferred__v=CONCEPTS_VERSION),
    }.get(kind)
    if only_missing and model_changed:
        wanted = Q(embedding__isnull=True) | ~Q(embedding_model=model_name)
    elif only_missing:
        wanted = Q(embedding__isnull=True)
    elif model_changed:
        wanted = ~Q(embedding_model=model_name)
    else:
        wanted = Q()
    if stale is not None and (only_missing or model_changed):
        wanted |= stale
    return list(qs.filter(wanted).distinct().order_by("pk").values_list("pk", flat=True))


def run_batches(
    kind: str, ids: Sequence, *, batch: int, concurrency: int = 1,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Embed ``ids`` in batches (optionally several batches at once); returns rows written."""
    backend = get_backend()
    chunks = [ids[i:i + batch] for i in range(0, len(ids), batch)]
    written = 0
    if concurrency <= 1:
        for chunk in chunks:
            written += embed_rows(kind, chunk, backend=backend)
            if progress:
                progress(len(chunk))
        return written
    from concurrent.futures import ThreadPoolExecutor, as_completed

    from django.db import connections

    def work(chunk: Iterable) -> int:
        try:
            return embed_rows(kind, list(chunk), backend=backend)
        finally:
            connections.close_all()

    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        futures = {pool.submit(work, c): len(c) for c in chunks}
        for future in as_completed(futures):
            written += future.result()
            if progress:
                progress(futures[future])
    return written
