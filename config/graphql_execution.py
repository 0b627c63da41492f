"""GraphQL execution with a short path for plain leaf fields (issue 13).

graphql-core resolves every field the same way: a ``Path``, a ``GraphQLResolveInfo``, the
argument values, the resolver wrapped in every middleware, an awaitable check, then the
value's completion (non-null, list, leaf) -- about 4 µs of Python per field.  A page of
20 needs is ~425 fields, most of them a model attribute read by graphene's default
resolver and serialized as a scalar or an enum: that machinery was about a third of the
GraphQL list's Python time (docs/benchmarks.md, "Issue 13 — public API at scale").

:class:`ExecutionContext` answers exactly those fields directly -- a field

* with **no arguments** in the schema,
* whose resolver is graphene's **default** one (an attribute or a dict key of the parent,
  ``partial(attr_resolver | dict_resolver | dict_or_attr_resolver, name, default)``) or,
  for a scalar or enum, one of ours marked as never reading ``info``
  (``authz.graphql.info_free``: ``OrganizationNode.activeNeedCount``),
* whose type is a **scalar or an enum** (or a non-null one),
* while every middleware of the request acts only on fields that have arguments
  (``ARGUMENTS_ONLY``; ``InputGuard`` is one: it looks at the arguments and nothing else)

-- by calling that same resolver and the type's own ``serialize``.  Anything else takes
graphql-core's path unchanged: every other field, a ``None`` for a non-null field, a value
the type refuses, an exception (the resolver is then called again there, so the errors,
their messages and paths are graphql-core's own).  The answer is the same document; the
schema is not touched (``schema.graphql``).
"""

from __future__ import annotations

from functools import partial

from graphene.relay.node import GlobalID
from graphene.types.resolver import attr_resolver, dict_or_attr_resolver, dict_resolver
from graphene_django import DjangoObjectType
from graphql import ExecutionContext as BaseExecutionContext
from graphql import GraphQLEnumType, GraphQLList, GraphQLNonNull, GraphQLScalarType, Undefined
from graphql.pyutils import is_awaitable as default_is_awaitable

from authz.graphql import INFO_FREE

_PLAIN_RESOLVERS = (attr_resolver, dict_resolver, dict_or_attr_resolver)

#: Marks a middleware that never acts on a field without arguments (it may be skipped
#: for those): ``class InputGuard: ARGUMENTS_ONLY = True``.
ARGUMENTS_ONLY = "ARGUMENTS_ONLY"

#: "Take graphql-core's path": a value no short path produced.
GENERAL = object()

# id(field definition) -> (definition, plan or None); definitions live as long as their
# schema, and the definition is kept so its id cannot be reused by another object.
_plans: dict[int, tuple] = {}


def _plain(resolver) -> bool:
    """graphene's default resolver of one attribute / dict key (no ``info`` needed)."""
    return (isinstance(resolver, partial) and resolver.func in _PLAIN_RESOLVERS
            and len(resolver.args) == 2 and not resolver.keywords)


def _info_free(resolver) -> bool:
    """A resolver of ours marked as reading ``root`` only (``authz.graphql.info_free``)."""
    return getattr(resolver, INFO_FREE, False) is True


def _plain_key(resolver) -> bool:
    """A global id's key read without ``info``: a default resolver, or graphene-django's
    own ``DjangoObjectType.resolve_id`` (``root.pk``; a type that overrides it is not
    this function)."""
    return _plain(resolver) or resolver is DjangoObjectType.resolve_id


def _leaf(field_type):
    """(serialize, non_null) of a scalar or enum type (non-null or not), else None."""
    non_null = isinstance(field_type, GraphQLNonNull)
    if non_null:
        field_type = field_type.of_type
    if isinstance(field_type, GraphQLScalarType | GraphQLEnumType):
        return field_type.serialize, non_null
    return None


def leaf_plan(field_def):
    """How ``field_def`` may take the short path, or None (once per field definition):

    * ``("leaf", resolver, serialize, non_null)``: a default-resolved scalar or enum;
    * ``("list", resolver, serialize, non_null, item_non_null)``: a default-resolved list
      of scalars or enums;
    * ``("id", parent_resolver, node, type_name, serialize, non_null)``: a Relay global id
      (graphene's ``GlobalID``) over a default-resolved primary key.
    """
    cached = _plans.get(id(field_def))
    if cached is not None and cached[0] is field_def:
        return cached[1]
    plan = None
    resolver = field_def.resolve
    field_type = field_def.type
    non_null = isinstance(field_type, GraphQLNonNull)
    inner = field_type.of_type if non_null else field_type
    if not field_def.args and resolver is not None:
        leaf = _leaf(field_type)
        if leaf is not None and (_plain(resolver) or _info_free(resolver)):
            plan = ("leaf", resolver, *leaf)
        elif isinstance(inner, GraphQLList) and _plain(resolver):
            item = _leaf(inner.of_type)
            if item is not None:
                plan = ("list", resolver, item[0], non_null, item[1])
        elif (leaf is not None and isinstance(resolver, partial)
              and resolver.func is GlobalID.id_resolver and len(resolver.args) == 2
              and set(resolver.keywords) <= {"parent_type_name"}
              and _plain_key(resolver.args[0])):
            plan = ("id", resolver.args[0], resolver.args[1],
                    resolver.keywords.get("parent_type_name"), *leaf)
    _plans[id(field_def)] = (field_def, plan)
    return plan


def _serialized(serialize, value):
    """``serialize(value)``, or GENERAL if the type refuses it (graphql-core then reports
    it the way it always does)."""
    if value is None or value is Undefined or isinstance(value, Exception):
        return GENERAL
    try:
        out = serialize(value)
    except Exception:  # noqa: BLE001 - the general path reports it
        return GENERAL
    return GENERAL if out is None or out is Undefined else out


def short_value(plan, source, parent_type):
    """The completed value of a field planned by :func:`leaf_plan`, or GENERAL."""
    kind = plan[0]
    if kind == "leaf":
        _, resolver, serialize, non_null = plan
        try:
            value = resolver(source, None)
        except Exception:  # noqa: BLE001 - the general path reports it
            return GENERAL
        if (value is None or value is Undefined) and not non_null:
            return None
        return _serialized(serialize, value)
    if kind == "list":
        _, resolver, serialize, non_null, item_non_null = plan
        try:
            value = resolver(source, None)
        except Exception:  # noqa: BLE001 - the general path reports it
            return GENERAL
        if (value is None or value is Undefined) and not non_null:
            return None
        if not isinstance(value, list | tuple):
            return GENERAL
        out = []
        for item in value:
            if item is None and not item_non_null:
                out.append(None)
                continue
            done = _serialized(serialize, item)
            if done is GENERAL:
                return GENERAL
            out.append(done)
        return out
    _, parent_resolver, node, type_name, serialize, non_null = plan
    try:
        key = parent_resolver(source, None)
    except Exception:  # noqa: BLE001 - the general path reports it
        return GENERAL
    if key is None or key is Undefined or isinstance(key, Exception):
        return GENERAL
    try:
        value = node.to_global_id(type_name or parent_type.name, key)
    except Exception:  # noqa: BLE001 - the general path reports it
        return GENERAL
    return _serialized(serialize, value)


# Values that are never awaitable: answered without graphql-core's general check.
_PLAIN_TYPES = frozenset({str, int, float, bool, type(None), dict, list, tuple})


def is_awaitable(value) -> bool:
    """graphql-core's ``is_awaitable``, with the common plain values answered at once."""
    return type(value) not in _PLAIN_TYPES and default_is_awaitable(value)


class ExecutionContext(BaseExecutionContext):
    """graphql-core's execution, with plain leaf fields answered directly (above)."""

    is_awaitable = staticmethod(is_awaitable)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        manager = self.middleware_manager
        self.short_leaves = manager is None or all(
            getattr(middleware, ARGUMENTS_ONLY, False) for middleware in manager.middlewares)
        # id(fields) -> (fields, parent type, [(response name, plan)]): graphql-core
        # collects a selection's fields once per execution (the same dict for every row
        # of a list), so the plans are looked up once per selection, not per row.
        self._selection_plans: dict[int, tuple] = {}

    def _plans_for(self, parent_type, fields) -> list:
        entry = self._selection_plans.get(id(fields))
        if entry is None or entry[0] is not fields or entry[1] is not parent_type:
            definitions = parent_type.fields
            plans = []
            for response_name, field_nodes in fields.items():
                field_def = definitions.get(field_nodes[0].name.value)
                plans.append((response_name, None if field_def is None
                              else leaf_plan(field_def)))
            entry = (fields, parent_type, plans)
            self._selection_plans[id(fields)] = entry
        return entry[2]

    def execute_fields(self, parent_type, source_value, path, fields):
        if not self.short_leaves:
            return super().execute_fields(parent_type, source_value, path, fields)
        results = {}
        general = None
        for response_name, plan in self._plans_for(parent_type, fields):
            if plan is not None:
                if plan[0] == "leaf":  # the common case, inline
                    _, resolver, serialize, non_null = plan
                    try:
                        value = resolver(source_value, None)
                    except Exception:  # noqa: BLE001 - the general path reports it
                        value = GENERAL
                    if value is None:
                        if not non_null:
                            results[response_name] = None
                            continue
                    elif (value is not GENERAL and value is not Undefined
                          and not isinstance(value, Exception)):
                        try:
                            serialized = serialize(value)
                        except Exception:  # noqa: BLE001 - the general path reports it
                            serialized = None
                        if serialized is not None and serialized is not Undefined:
                            results[response_name] = serialized
                            continue
                else:
                    value = short_value(plan, source_value, parent_type)
                    if value is not GENERAL:
                        results[response_name] = value
                        continue
            # Everything else, errors included: graphql-core's own path, in the
            # document's order (the answer's keys keep that order).
            results[response_name] = None
            if general is None:
                general = {}
            general[response_name] = fields[response_name]
        if general is None:
            return results
        rest = super().execute_fields(parent_type, source_value, path, general)
        if self.is_awaitable(rest):  # pragma: no cover - our resolvers are synchronous
            async def merged():
                results.update(await rest)
                return results

            return merged()
        for name in general:
            if name in rest:
                results[name] = rest[name]
            else:  # graphql-core leaves out a field it cannot find (Undefined)
                del results[name]
        return results
