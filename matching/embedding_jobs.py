"""Write embeddings onto rows: needs, members, organizations.

Each vector is stored with the producing model's name; a row whose text is empty gets no
vector.  Batches keep memory low; every batch is its own transaction, so an interrupted
run keeps what it finished (``generate_embeddings`` resumes with ``--only-missing``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence

from django.db import transaction

from matching.embeddings import get_backend
from matching.texts import member_text, need_text, organization_text
from members.models import Member
from needs.models import Need
from organizations.models import Organization

logger = logging.getLogger(__name__)

MODELS = {
    "needs": (Need, lambda qs: qs.only("id", "title", "tldr", "description"), need_text),
    "members": (Member, lambda qs: qs.only("id", "interests"), member_text),
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
    with transaction.atomic():
        for (row, _), vector in zip(keep, vectors, strict=True):
            model.objects.filter(pk=row.pk).update(
                embedding=vector, embedding_model=backend.model_name
            )
    return len(keep)


def pending_ids(kind: str, *, only_missing: bool, model_changed: bool, model_name: str) -> list:
    """Ids to (re)embed: missing vectors, vectors of another model, or everything."""
    model = MODELS[kind][0]
    qs = model.objects.all()
    if kind == "members":
        qs = qs.exclude(interests="")
    if only_missing and model_changed:
        from django.db.models import Q

        qs = qs.filter(Q(embedding__isnull=True) | ~Q(embedding_model=model_name))
    elif only_missing:
        qs = qs.filter(embedding__isnull=True)
    elif model_changed:
        qs = qs.exclude(embedding_model=model_name)
    return list(qs.order_by("pk").values_list("pk", flat=True))


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
