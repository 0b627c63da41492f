"""Semantic search over active needs and organizations (cosine via the HNSW index of the
query's width, authz/vectors.py; ``hnsw.iterative_scan`` so that the public filters
applied after the index scan never starve the result).

Lives in ``matching`` next to the embeddings; the schemas of ``needs`` and
``organizations`` call it lazily (see ARCHITECTURE: matching.embeddings is importable
without models).
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction

from authz.vectors import CosineDistance, annotate_width, same_width
from matching.embeddings import get_backend

QUERY_MIN, QUERY_MAX = 2, 200


def _query_vector(query: str) -> tuple[list[float], str]:
    text = " ".join((query or "").split())
    if not QUERY_MIN <= len(text) <= QUERY_MAX:
        raise ValidationError({"query": ValidationError(
            f"Search for {QUERY_MIN} to {QUERY_MAX} characters.", code="invalid")})
    backend = get_backend()
    return backend.embed_one(text, kind="query"), backend.model_name


def ef_search_for(limit: int) -> int:
    """``hnsw.ef_search`` for a page of ``limit``: wide enough that the public filters,
    applied as the iterative scan goes, leave recall@10 near 0.98 (bench/search_speed.py)."""
    return max(100, limit * 4)


def _ranked(queryset, vector, model_name: str, limit: int):
    floor = settings.SEARCH_SIMILARITY_FLOOR
    with transaction.atomic():
        from django.db import connection

        with connection.cursor() as cursor:
            cursor.execute("SELECT set_config('hnsw.ef_search', %s, true), "
                           "set_config('hnsw.iterative_scan', 'relaxed_order', true)",
                           [str(ef_search_for(limit))])
        rows = list(
            annotate_width(queryset.filter(embedding_model=model_name, embedding__isnull=False))
            .filter(same_width("embedding", len(vector)))
            .annotate(distance=CosineDistance("embedding", vector))
            .filter(distance__lte=1 - floor)
            .order_by("distance")[:limit]
        )
    rows.sort(key=lambda row: row.distance)  # the iterative scan's order is relaxed
    return [(row, 1 - float(row.distance)) for row in rows]


def search_needs(query: str, *, limit: int = 20):
    from needs.selectors import public_needs

    vector, model = _query_vector(query)
    return _ranked(public_needs(), vector, model, limit)


def search_organizations(query: str, *, limit: int = 20):
    from organizations.selectors import public_organizations

    vector, model = _query_vector(query)
    return _ranked(public_organizations(), vector, model, limit)
