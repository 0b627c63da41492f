"""Validation rules that bound what one GraphQL request may ask for.

Each rule answers a query just over its limit with a clear error carrying a code in
``extensions``; limits come from settings.  Introspection is refused when DEBUG is off
except ``__typename``, which Relay and Apollo clients need (graphene's own
``DisableIntrospection`` rule refuses that too).
"""

from __future__ import annotations

from graphql import (
    FieldNode,
    FragmentSpreadNode,
    GraphQLError,
    GraphQLObjectType,
    InlineFragmentNode,
    IntValueNode,
    OperationDefinitionNode,
    OperationType,
    ValidationRule,
    get_named_type,
)

DEFAULT_CONNECTION_PAGE = 20


class NoIntrospection(ValidationRule):
    def enter_field(self, node: FieldNode, *_args):
        if node.name.value in ("__schema", "__type"):
            self.report_error(
                GraphQLError(
                    "GraphQL introspection is disabled.",
                    node,
                    extensions={"code": "INTROSPECTION_DISABLED"},
                )
            )


def _walk(context, selection_set, visit, seen=None):
    """Yield (field node, parent path depth) over a selection set, expanding fragments."""
    seen = seen if seen is not None else set()
    for selection in selection_set.selections if selection_set else ():
        if isinstance(selection, FieldNode):
            visit(selection)
        elif isinstance(selection, InlineFragmentNode):
            _walk(context, selection.selection_set, visit, seen)
        elif isinstance(selection, FragmentSpreadNode):
            name = selection.name.value
            if name in seen:
                continue
            fragment = context.get_fragment(name)
            if fragment is not None:
                _walk(context, fragment.selection_set, visit, seen | {name})


def _fields(context, selection_set, seen=frozenset()):
    out = []
    for selection in selection_set.selections if selection_set else ():
        if isinstance(selection, FieldNode):
            out.append((selection, None))
        elif isinstance(selection, InlineFragmentNode):
            cond = selection.type_condition.name.value if selection.type_condition else None
            out.extend((f, cond or c) for f, c in _fields(context, selection.selection_set, seen))
        elif isinstance(selection, FragmentSpreadNode):
            name = selection.name.value
            fragment = context.get_fragment(name)
            if fragment is None or name in seen:
                continue
            cond = fragment.type_condition.name.value
            out.extend(
                (f, cond) for f, _ in _fields(context, fragment.selection_set, seen | {name})
            )
    return out


def _depth(context, selection_set, seen=frozenset()) -> int:
    best = 0
    for field, _cond in _fields(context, selection_set, seen):
        if field.name.value.startswith("__"):
            continue
        best = max(best, 1 + _depth(context, field.selection_set, seen))
    return best


def _aliases(context, selection_set, seen=frozenset()) -> int:
    total = 0
    for field, _cond in _fields(context, selection_set, seen):
        total += 1 if field.alias else 0
        total += _aliases(context, field.selection_set, seen)
    return total


def _root_type(context, operation: OperationDefinitionNode):
    schema = context.schema
    return {
        OperationType.QUERY: schema.query_type,
        OperationType.MUTATION: schema.mutation_type,
        OperationType.SUBSCRIPTION: schema.subscription_type,
    }[operation.operation]


def _page_size(field: FieldNode, return_type, cap: int) -> int:
    for arg in field.arguments or ():
        if arg.name.value == "first":
            if isinstance(arg.value, IntValueNode):
                return max(1, min(int(arg.value.value), cap))
            return cap  # a variable: assume the largest page it could be
    if getattr(return_type, "name", "").endswith("Connection"):
        return DEFAULT_CONNECTION_PAGE
    return 1


def _cost(context, selection_set, parent_type, cap: int, seen=frozenset()) -> int:
    """Every field costs 1, times the page sizes of the lists around it."""
    total = 0
    schema = context.schema
    for field, cond in _fields(context, selection_set, seen):
        name = field.name.value
        if name.startswith("__"):
            continue
        owner = schema.get_type(cond) if cond else parent_type
        field_def = owner.fields.get(name) if isinstance(owner, GraphQLObjectType) else None
        return_type = get_named_type(field_def.type) if field_def is not None else None
        multiplier = _page_size(field, return_type, cap)
        child = 0
        if field.selection_set is not None and return_type is not None:
            child = _cost(context, field.selection_set, return_type, cap, seen)
        total += 1 + multiplier * child
    return total


def limits_rule(*, max_depth: int, max_aliases: int, max_cost: int, page_cap: int):
    """A rule class bound to the configured limits."""

    class QueryLimits(ValidationRule):
        def enter_operation_definition(self, node: OperationDefinitionNode, *_args):
            context = self.context
            depth = _depth(context, node.selection_set)
            if depth > max_depth:
                self.report_error(
                    GraphQLError(
                        f"The query is too deep: depth {depth} exceeds the limit of {max_depth}.",
                        node,
                        extensions={"code": "QUERY_TOO_DEEP"},
                    )
                )
                return
            aliases = _aliases(context, node.selection_set)
            if aliases > max_aliases:
                self.report_error(
                    GraphQLError(
                        f"The query uses {aliases} aliases; the limit is {max_aliases}.",
                        node,
                        extensions={"code": "TOO_MANY_ALIASES"},
                    )
                )
                return
            root = _root_type(context, node)
            cost = _cost(context, node.selection_set, root, page_cap) if root else 0
            if cost > max_cost:
                self.report_error(
                    GraphQLError(
                        f"The query is too expensive: estimated cost {cost} exceeds the limit "
                        f"of {max_cost}. Ask for smaller pages or fewer fields.",
                        node,
                        extensions={"code": "QUERY_TOO_COMPLEX"},
                    )
                )

    return QueryLimits
