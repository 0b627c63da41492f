"""Semantic search over active needs and organizations (cosine via the IVFFlat index of the
query's width, authz/vectors.py and authz/vector_index.py; ``ivfflat.iterative_scan`` so
that the public filters applied during the index scan never starve the result).

Lives in ``matching`` next to the embeddings; the schemas of ``needs`` and
``organizations`` call it lazily (see ARCHITECTURE: matching.embeddings is importable
without models).

**How a search runs** (issue 13: at most 1.5x the raw SQL; docs/benchmarks.md). Building
the ORM query of an annotated, ``select_related`` queryset cost more Python than the
database spent answering it, so the SQL is compiled once per *shape* and then only
executed with new parameters:

1. the ranking: one round trip, ``set_config`` of ``ivfflat.probes`` and
   ``ivfflat.iterative_scan`` (transaction-local) followed by a statement that reads only ids
   and distances.  Its SQL is compiled from the public selector itself
   (``public_needs()`` / ``public_organizations()``), so every filter and privacy rule of
   the public lists is the search's too, written once; compiled per (kind, width, page
   size), with the embedding model, the query vector and the similarity floor as
   parameters;
2. the page: the selector's own queryset (its ``select_related``, annotations and
   deferred columns) restricted to ``id = ANY(ids)``, compiled once per kind, its rows
   turned into model instances the way Django's ``ModelIterable`` does
   (``authz.compiled``, shared with the public needs list); the page query
   applies the public filters again, so a row that stopped being public between the two
   statements is dropped, never shown;
3. the organizations' tags, when asked for: one query (compiled once), each
   organization's list set as ``public_tags``, which ``OrganizationNode.tags`` reads
   (Django's ``prefetch_related_objects`` built a related manager and a queryset per
   organization: a third of a search's Python time).

Both compiled forms are checked against the ORM's own answer by
``tests/matching/test_search_compiled.py``.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from operator import itemgetter

import numpy as np
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.models import BooleanField, F, Func, Value

from authz import vector_index
from authz.compiled import CompiledRows, bind, slots
from authz.vectors import CosineDistance, annotate_width, literal, same_width, width
from matching.embeddings import get_backend

QUERY_MIN, QUERY_MAX = 2, 200


def _query_vector(query: str) -> tuple[list[float], str]:
    text = " ".join((query or "").split())
    if not QUERY_MIN <= len(text) <= QUERY_MAX:
        raise ValidationError({"query": ValidationError(
            f"Search for {QUERY_MIN} to {QUERY_MAX} characters.", code="invalid")})
    backend = get_backend()
    return backend.embed_one(text, kind="query"), backend.model_name


# The table each kind searches; its index is probed ``authz.vector_index.probes`` lists
# (the square root of its lists, at least 10: recall@10 1.000 at 100,000 needs,
# bench/search_speed.py).
TABLES = {"needs": "needs_need", "organizations": "organizations_organization"}


# -- the public querysets a search starts from --------------------------------------------

def _public_needs():
    from needs.selectors import public_needs

    return public_needs(organization_tags=False)


def _public_organizations():
    from organizations.selectors import public_organizations

    # Tags are prefetched separately (step 3), only when the caller wants them.
    return public_organizations().prefetch_related(None)


SOURCES = {"needs": _public_needs, "organizations": _public_organizations}


# -- compiled statements ------------------------------------------------------------------

# Stand-ins compiled into the SQL where a search's own values go; found again by identity
# of value in the compiled parameters (each must appear, and nothing else may equal them).
_MODEL = "\x1fsearch: embedding model\x1f"
_FLOOR = -1.2345678912345e-300  # the distance bound, 1 - SEARCH_SIMILARITY_FLOOR
_IDS = "\x1fsearch: page ids\x1f"
_SET_CONFIG = ("SELECT set_config('ivfflat.probes', %s, true), "
               "set_config('ivfflat.iterative_scan', 'relaxed_order', true); ")


class _AnyOfIds(Func):
    """``column = ANY(%s)`` with one array parameter: one statement for any number of
    ids (an ``IN (...)`` list would make a new statement for each count)."""

    arg_joiner = " = ANY("
    template = "%(expressions)s)"
    output_field = BooleanField()

    def __init__(self, column: str):
        super().__init__(F(column), Value(_IDS))


def _placeholder_vector(dims: int) -> np.ndarray:
    return np.full(dims, 0.5, dtype=np.float32)


@dataclass(frozen=True)
class _Ranking:
    sql: str
    slots: tuple


@dataclass(frozen=True)
class _Tags:
    sql: str
    slots: tuple
    model: type
    init_list: list


_compiled: dict[tuple, object] = {}
_lock = threading.Lock()


def _ranking(kind: str, dims: int, limit: int) -> _Ranking:
    key = ("ranking", kind, dims, limit)
    found = _compiled.get(key)
    if found is None:
        queryset = (
            annotate_width(SOURCES[kind]().filter(embedding_model=_MODEL,
                                                  embedding__isnull=False))
            .filter(same_width("embedding", dims))
            .annotate(distance=CosineDistance("embedding", _placeholder_vector(dims)))
            .filter(distance__lte=_FLOOR)
            .order_by("distance")
            .values_list("pk", "distance")[:limit]
        )
        sql, params = queryset.query.sql_with_params()
        found = _Ranking(sql=_SET_CONFIG + sql, slots=(("probes", str),) +
                         slots(params, {"model": _MODEL, "floor": _FLOOR,
                                        "vector": literal(_placeholder_vector(dims))}))
        with _lock:
            _compiled[key] = found
    return found


def _page(kind: str) -> CompiledRows:
    key = ("page", kind)
    found = _compiled.get(key)
    if found is None:
        found = CompiledRows.of(SOURCES[kind]().filter(_AnyOfIds("pk")).order_by(),
                                {"ids": _IDS}, using=DEFAULT_DB_ALIAS)
        with _lock:
            _compiled[key] = found
    return found


def _tags() -> _Tags:
    found = _compiled.get("tags")
    if found is None:
        from organizations.models import Organization

        through = Organization.tags.through
        tag_model = Organization._meta.get_field("tags").related_model
        init_list = [field.attname for field in tag_model._meta.concrete_fields]
        # The order a prefetch gives: the tag model's own ordering.
        order = [f"tag__{name}" for name in tag_model._meta.ordering] + ["tag__pk"]
        queryset = (
            through.objects.filter(_AnyOfIds("organization_id"))
            .order_by(*order)
            .values_list("organization_id", *[f"tag__{name}" for name in init_list])
        )
        sql, params = queryset.query.sql_with_params()
        found = _Tags(sql=sql, slots=slots(params, {"ids": _IDS}), model=tag_model,
                      init_list=init_list)
        with _lock:
            _compiled["tags"] = found
    return found


def load_tags(organizations) -> None:
    """Set ``public_tags`` (a list, in the tags' own order) on each organization, in one
    query.  ``OrganizationNode.tags`` reads it instead of querying per organization."""
    tags = _tags()
    by_owner = {org.pk: [] for org in organizations}
    with connections[DEFAULT_DB_ALIAS].cursor() as cursor:
        cursor.execute(tags.sql, bind(tags.slots, {"ids": list(by_owner)}))
        rows = cursor.fetchall()
    for owner, *values in rows:
        by_owner[owner].append(tags.model.from_db(DEFAULT_DB_ALIAS, tags.init_list, values))
    for org in organizations:
        org.public_tags = by_owner[org.pk]


def _load(page: CompiledRows, ids: list[int]) -> dict[int, object]:
    return {obj.pk: obj for obj in page.fetch({"ids": ids})}


def ranked_ids(kind: str, vector, model_name: str, limit: int) -> list[tuple[int, float]]:
    """``(id, cosine distance)`` of the ``limit`` public rows closest to ``vector``,
    nearest first, above the similarity floor."""
    dims = width(vector)
    ranking = _ranking(kind, dims, limit)
    with connections[DEFAULT_DB_ALIAS].cursor() as cursor:
        params = bind(ranking.slots, {
            "probes": vector_index.probes(cursor, TABLES[kind], dims), "model": model_name,
            "vector": literal(vector), "floor": 1 - settings.SEARCH_SIMILARITY_FLOOR})
        cursor.execute(ranking.sql, params)  # two statements, one round trip
        cursor.nextset()  # past set_config's row
        rows = cursor.fetchall()
    # The iterative scan's order is relaxed: sort exactly (stable for ties).
    return sorted(((pk, float(distance)) for pk, distance in rows), key=itemgetter(1))


def ranked(kind: str, vector, model_name: str, limit: int, *, tags: bool = True):
    """``(row, similarity)`` of the page, best first: public rows only, the organization
    and its active-need count loaded, and (``tags``) the organizations' tags."""
    hits = ranked_ids(kind, vector, model_name, limit)
    if not hits:
        return []
    loaded = _load(_page(kind), [pk for pk, _distance in hits])
    result = [(loaded[pk], 1 - distance) for pk, distance in hits if pk in loaded]
    if tags and result:
        rows = [row for row, _sim in result]
        owners = rows if kind == "organizations" else [row.organization for row in rows]
        load_tags(owners)
    return result


def search_needs(query: str, *, limit: int = 20, tags: bool = True):
    vector, model = _query_vector(query)
    return ranked("needs", vector, model, limit, tags=tags)


def search_organizations(query: str, *, limit: int = 20, tags: bool = True):
    vector, model = _query_vector(query)
    return ranked("organizations", vector, model, limit, tags=tags)
