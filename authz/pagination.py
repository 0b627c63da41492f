"""Keyset pagination of list queries, and the lookup of one node by id.

Shared by every app's schema, so it lives in the bottom layer (``authz``) and depends on
nothing of ours.  Lists are Relay connections paginated by keyset (the cursor holds the
row's sort key), not by offset: a page stays stable when rows are added in front of it,
and no page needs a COUNT or an OFFSET scan.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable, Sequence
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db.models import F, Field, Model, Q, QuerySet
from django.db.models.fields.tuple_lookups import Tuple, TupleGreaterThan, TupleLessThan
from django.db.models.lookups import Lookup
from graphene import relay
from graphql import GraphQLError

DEFAULT_PAGE_SIZE = 20
SEARCH_MAX_LENGTH = 200
FIRST_DESCRIPTION = "Page size, 1 to the server's cap (100 unless configured); default 20."
AFTER_DESCRIPTION = "The endCursor of the previous page."


def page_size(first: int | None) -> int:
    """Validate ``first``: a page over the cap is an error, never a silent clamp."""
    cap = settings.GRAPHQL_MAX_PAGE_SIZE
    if first is None:
        return min(DEFAULT_PAGE_SIZE, cap)
    if not 1 <= first <= cap:
        raise GraphQLError(f"first must be between 1 and {cap}")
    return first


def check_search(search: str | None) -> None:
    """Refuse search terms longer than any real query, before they reach the database."""
    if search is not None and len(search) > SEARCH_MAX_LENGTH:
        raise GraphQLError(f"search must be at most {SEARCH_MAX_LENGTH} characters")


def _key_fields(model: type[Model], order: Sequence[str]) -> list[tuple[str, Field, bool]]:
    """(attname, field, descending) for each ordering key; "pk" names the primary key."""
    keys = []
    for item in order:
        descending = item.startswith("-")
        name = item.lstrip("-")
        field = model._meta.pk if name == "pk" else model._meta.get_field(name)
        keys.append((field.attname, field, descending))
    return keys


def encode_cursor(row: Model, order: Sequence[str]) -> str:
    """An opaque cursor: the model label and the row's sort key, JSON in base64."""
    keys = _key_fields(type(row), order)
    payload = [row._meta.label, *[field.value_to_string(row) for _, field, _ in keys]]
    return base64.urlsafe_b64encode(json.dumps(payload).encode()).decode()


def decode_cursor(cursor: str, model: type[Model], order: Sequence[str]) -> list[Any]:
    """The sort key inside ``cursor``; a cursor from another list or a forged one is an error."""
    keys = _key_fields(model, order)
    try:
        payload = json.loads(base64.urlsafe_b64decode(cursor.encode()))
        if not isinstance(payload, list) or payload[:1] != [model._meta.label]:
            raise ValueError
        raw = payload[1:]
        if len(raw) != len(keys) or not all(isinstance(value, str) for value in raw):
            raise ValueError
        return [field.to_python(value) for (_, field, _), value in zip(keys, raw, strict=True)]
    except (ValueError, TypeError, ValidationError, binascii.Error, UnicodeError):
        raise GraphQLError("after is not a valid cursor for this list") from None


def _after_filter(keys: list[tuple[str, Field, bool]], values: list[Any]) -> Q | Lookup:
    """Rows strictly after ``values`` in the (lexicographic) order the keys describe.

    Keys all ascending or all descending: one row comparison, ``(a, b) > (x, y)`` (or
    ``<``), Django's own tuple lookup.  PostgreSQL takes it as an index condition on an
    index of those columns (after any columns compared by equality): a page deep in the
    list starts its scan at the cursor instead of checking :func:`_expanded_after_filter`'s
    ``a < x OR (a = x AND b < y)`` row by row from the first row of the index
    (docs/benchmarks.md, issue 13).  Mixed directions cannot be one row comparison: they
    keep the expanded form."""
    if len(keys) > 1 and len({descending for _, _, descending in keys}) == 1:
        lookup = TupleLessThan if keys[0][2] else TupleGreaterThan
        return lookup(Tuple(*[F(attname) for attname, _, _ in keys]), list(values))
    return _expanded_after_filter(keys, values)


def _expanded_after_filter(keys: list[tuple[str, Field, bool]], values: list[Any]) -> Q:
    """The same rows as :func:`_after_filter`, as ``OR`` of ``AND``: ``a > x OR (a = x AND
    b > y) ...`` with each key's own direction (what a row comparison means; what every
    list used before row comparisons, and what mixed directions still use)."""
    condition = Q()
    for i, (attname, _, descending) in enumerate(keys):
        step = Q(**{f"{attname}__{'lt' if descending else 'gt'}": values[i]})
        for prior_attname, value in zip([k[0] for k in keys[:i]], values[:i], strict=True):
            step &= Q(**{prior_attname: value})
        condition = step if i == 0 else condition | step
    return condition


def keyset_slice(queryset: QuerySet, *, order: Sequence[str], after_key: list[Any] | None,
                 limit: int) -> QuerySet:
    """The rows of ``queryset`` strictly after ``after_key`` (a decoded cursor; None: from
    the start) in ``order``, at most ``limit``: what one page reads."""
    if after_key is not None:
        queryset = queryset.filter(_after_filter(_key_fields(queryset.model, order), after_key))
    return queryset.order_by(*order)[:limit]


class _Edge:
    """An edge of a connection whose cursor is encoded when it is read: a list's query
    seldom asks for every edge's cursor (the bench's list reads only ``endCursor``), and
    encoding 20 of them was ~5 % of the GraphQL list's Python time.  graphene's edge types
    check nothing of the object they resolve (no ``is_type_of``)."""

    __slots__ = ("node", "_order", "_cursor")

    def __init__(self, node: Model, order: Sequence[str]):
        self.node = node
        self._order = order
        self._cursor: str | None = None

    @property
    def cursor(self) -> str:
        if self._cursor is None:
            self._cursor = encode_cursor(self.node, self._order)
        return self._cursor


def paged_connection(
    fetch: Callable[[list[Any] | None, int], list[Model]],
    *,
    model: type[Model],
    connection: type[relay.Connection],
    first: int | None,
    after: str | None,
    order: Sequence[str],
) -> relay.Connection:
    """One page in ``order`` (whose last key must be unique, e.g. "pk"): ``first`` and
    ``after`` are checked, then ``fetch(after_key, limit)`` returns the rows after the
    decoded cursor (None: from the start), at most ``limit`` (one more than the page, to
    know whether a next page exists), as :func:`keyset_slice` would."""
    size = page_size(first)
    after_key = decode_cursor(after, model, order) if after is not None else None
    rows = fetch(after_key, size + 1)
    has_next = len(rows) > size
    rows = rows[:size]
    if set(connection.Edge._meta.fields) == {"node", "cursor"}:
        edges = [_Edge(row, order) for row in rows]
    else:  # an edge type with fields of its own
        edges = [connection.Edge(node=row, cursor=encode_cursor(row, order)) for row in rows]
    return connection(
        edges=edges,
        page_info=relay.PageInfo(
            has_next_page=has_next,
            # Paging forward, rows before the cursor exist (the cursor's own row at least).
            has_previous_page=after is not None,
            start_cursor=edges[0].cursor if edges else None,
            end_cursor=edges[-1].cursor if edges else None,
        ),
    )


def keyset_connection(
    queryset: QuerySet,
    *,
    connection: type[relay.Connection],
    first: int | None,
    after: str | None,
    order: Sequence[str],
) -> relay.Connection:
    """One page of ``queryset`` in ``order`` (whose last key must be unique, e.g. "pk").

    Costs one query for the rows (plus the queryset's prefetches), however many rows there are.
    """
    def fetch(after_key, limit):
        return list(keyset_slice(queryset, order=order, after_key=after_key, limit=limit))

    return paged_connection(fetch, model=queryset.model, connection=connection, first=first,
                            after=after, order=order)


def selects(info, path: str) -> bool:
    """Whether the query selects ``path`` (dotted response field names, e.g.
    ``edges.node.organization.tags``) below the field being resolved, through fragments
    and inline fragments alike.  Lets a list resolver skip loading what nobody asked for."""
    from graphql import FieldNode, FragmentSpreadNode, InlineFragmentNode

    def children(nodes):
        for node in nodes:
            if node.selection_set is None:
                continue
            pending = list(node.selection_set.selections)
            while pending:
                selection = pending.pop()
                if isinstance(selection, FieldNode):
                    yield selection
                elif isinstance(selection, InlineFragmentNode):
                    pending.extend(selection.selection_set.selections)
                elif isinstance(selection, FragmentSpreadNode):
                    fragment = info.fragments.get(selection.name.value)
                    if fragment is not None:
                        pending.extend(fragment.selection_set.selections)

    nodes = list(info.field_nodes)
    for name in path.split("."):
        nodes = [field for field in children(nodes) if field.name.value == name]
        if not nodes:
            return False
    return True


def node_field(node_type, *, description: str):
    """``field(id: ID!)`` for one node type.  Unlike ``relay.Node.Field``, an id of another
    type (or garbage) is a clear GraphQL error rather than a bare exception, so it is not
    reported as an internal error."""
    import graphene
    from graphql_relay import from_global_id

    name = node_type._meta.name

    def resolve(root, info, id):  # noqa: A002 - GraphQL argument name
        try:
            type_name, key = from_global_id(id)
        except Exception:  # noqa: BLE001 - any undecodable id
            type_name, key = "", ""
        if type_name != name:
            raise GraphQLError(f"Must receive a {name} id.")
        try:
            pk = int(key)
        except ValueError:  # a well-formed id whose key is not a number: not found
            return None
        return node_type.get_node(info, pk)

    return graphene.Field(
        node_type,
        id=graphene.ID(required=True, description=f"The global id of the {name}."),
        description=description,
        resolver=resolve,
    )
