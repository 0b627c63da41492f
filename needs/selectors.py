"""Reads of needs for the public API: only active needs ever leave through here."""

from __future__ import annotations

import functools
from datetime import UTC, datetime
from typing import Any

from django.db.models import Q, QuerySet

from authz.compiled import CompiledRows, StandIn
from authz.pagination import keyset_slice
from needs.models import Need
from organizations.selectors import active_need_count


def public_needs(*, organization_tags: bool = True) -> QuerySet[Need]:
    """Active needs with their organization (and its tags and active need count) loaded.

    Pending, rejected, filled and expired needs never match. The organization's count is a
    correlated subquery, so a page costs the same number of queries whatever its size.
    ``organization_tags=False`` leaves the tags out: a list that does not show them saves
    a query and a third of its Python time (docs/benchmarks.md, issue 13).
    """
    queryset = Need.objects.filter(status=Need.Status.ACTIVE).select_related("organization")
    if organization_tags:
        queryset = queryset.prefetch_related("organization__tags")
    return (
        queryset.annotate(
            organization_active_need_count=active_need_count("organization"))
        .defer("embedding", "organization__embedding")
    )


# The public list's order: newest first, the primary key breaking ties (a unique last key,
# as keyset pagination requires).
NEED_ORDER = ("-created_at", "-pk")


def _list_filters(
    *,
    organization_id: int | None = None,
    urgency: str | None = None,
    search: str | None = None,
    kind: str | None = None,
    language: str | None = None,
) -> dict[str, Any]:
    """The filters a list call asks for, by name (an empty or missing value is none)."""
    filters: dict[str, Any] = {}
    if organization_id is not None:
        filters["organization_id"] = organization_id
    if urgency:
        filters["urgency"] = urgency
    if kind:
        filters["kind"] = kind
    if language:
        filters["language"] = language
    if search and search.strip():
        filters["search"] = search.strip()
    return filters


def _filtered(queryset: QuerySet[Need], filters: dict[str, Any]) -> QuerySet[Need]:
    """``queryset`` with the list's ``filters`` applied: the one place they are written,
    for the ORM list and the compiled page alike."""
    if "organization_id" in filters:
        queryset = queryset.filter(organization_id=filters["organization_id"])
    if "urgency" in filters:
        queryset = queryset.filter(urgency=filters["urgency"])
    if "kind" in filters:
        queryset = queryset.filter(kind=filters["kind"])
    if "language" in filters:
        queryset = queryset.filter(languages__contains=[filters["language"]])
    if "search" in filters:
        term = filters["search"]
        queryset = queryset.filter(
            Q(title__icontains=term) | Q(tldr__icontains=term) | Q(description__icontains=term)
        )
    return queryset


def need_list(
    *,
    organization_id: int | None = None,
    urgency: str | None = None,
    search: str | None = None,
    kind: str | None = None,
    language: str | None = None,
    organization_tags: bool = True,
) -> QuerySet[Need]:
    """Active needs, optionally of one organization, urgency or kind, requiring a language,
    or containing words."""
    return _filtered(
        public_needs(organization_tags=organization_tags),
        _list_filters(organization_id=organization_id, urgency=urgency, search=search,
                      kind=kind, language=language),
    )


def need_page(
    *,
    limit: int,
    after: list[Any] | None = None,
    organization_id: int | None = None,
    urgency: str | None = None,
    search: str | None = None,
    kind: str | None = None,
    language: str | None = None,
    organization_tags: bool = True,
) -> list[Need]:
    """One page of the public list in ``NEED_ORDER``: at most ``limit`` needs after the
    sort key ``after`` (a decoded cursor; None: the first page), filtered as
    :func:`need_list` filters -- exactly ``keyset_slice(need_list(...), ...)``.

    Without the organizations' tags (the list's usual shape) the page's SQL is compiled
    once per shape (which filters, first page or not, ``limit``) from ``need_list``'s own
    queryset and executed with the call's values (``authz.compiled``): the ORM's query
    building and compilation were about 40 % of an uncached list's Python time
    (docs/benchmarks.md, issue 13).  The unfiltered list (first and later pages) is also
    prepared on the connection, so PostgreSQL plans it once.  With tags (a prefetch
    query) the ORM builds the page.  Same rows, fields and queries either way
    (``tests/needs/test_list_compiled.py``).
    """
    filters = _list_filters(organization_id=organization_id, urgency=urgency, search=search,
                            kind=kind, language=language)
    if organization_tags:
        return orm_need_page(limit=limit, after=after, filters=filters, organization_tags=True)
    values = dict(filters)
    if after is not None:
        values["after_created_at"], values["after_pk"] = after
    # Prepared only without filters: a prepared statement soon runs a generic plan, which
    # cannot know how common a filter's value is (measured at 100K needs: a kind no active
    # need has took 55 ms prepared against 0.7 ms planned for its value).
    return _compiled_page(frozenset(filters), after is not None, limit).fetch(
        values, prepare=not filters)


def orm_need_page(*, limit: int, after: list[Any] | None, filters: dict[str, Any],
                  organization_tags: bool) -> list[Need]:
    """The page as the ORM builds it (the specification of the compiled page)."""
    return list(keyset_slice(_filtered(public_needs(organization_tags=organization_tags),
                                       filters),
                             order=NEED_ORDER, after_key=after, limit=limit))


@functools.cache
def _stand_ins() -> dict[str, StandIn]:
    """A stand-in for each value a page's statement binds, and how a call's value becomes
    the parameter the ORM would send (``tests/needs/test_list_compiled.py`` checks them)."""
    from django.db import connection

    def prep(field_name: str):
        field = Need._meta.get_field(field_name)
        return lambda value: field.get_db_prep_value(value, connection, prepared=False)

    def element(field_name: str):  # languages__contains=[x]: ARRAY[%s] (ArrayRHSMixin)
        field = Need._meta.get_field(field_name).base_field
        return lambda value: field.get_db_prep_value(value, connection, prepared=False)

    def like(term: str) -> str:  # what icontains sends (django.db.models.lookups.Contains)
        return f"%{connection.ops.prep_for_like_query(term)}%"

    return {
        "organization_id": StandIn(-7_346_281_902, prep("organization")),
        "urgency": StandIn("\x1fneeds list: urgency\x1f", prep("urgency")),
        "kind": StandIn("\x1fneeds list: kind\x1f", prep("kind")),
        "language": StandIn("\x1fneeds list: language\x1f", element("languages")),
        "search": StandIn("\x1fneeds list: search\x1f", like),
        "after_created_at": StandIn(
            datetime(1903, 4, 5, 6, 7, 8, 901_234, tzinfo=UTC), prep("created_at")),
        "after_pk": StandIn(-8_765_432_109, prep("id")),
    }


@functools.lru_cache(maxsize=256)
def _compiled_page(names: frozenset[str], after: bool, limit: int) -> CompiledRows:
    stand_ins = {name: _stand_ins()[name] for name in names}
    after_key = None
    if after:
        stand_ins |= {name: _stand_ins()[name] for name in ("after_created_at", "after_pk")}
        after_key = [stand_ins["after_created_at"].value, stand_ins["after_pk"].value]
    queryset = _filtered(public_needs(organization_tags=False),
                         {name: stand_ins[name].value for name in names})
    return CompiledRows.of(
        keyset_slice(queryset, order=NEED_ORDER, after_key=after_key, limit=limit), stand_ins)
