"""What one GraphQL request may ask for, measured in one linear pass over the document.

``measure(document, schema, page_cap=...)`` walks every definition once and returns, per
operation, its depth, aliases, fields, directives and estimated cost — **each fragment is
measured once and memoised**, then reused at every spread.  A document whose fragments
spread each other twice, n levels deep, costs O(document) here (the old walk expanded
every spread again at each use: 2^n).  Cycles are cut (a fragment that reaches itself adds
nothing the second time; graphql-core's ``NoFragmentCyclesRule`` reports the cycle).

Expanded counts (fields, aliases, cost) can be astronomically large for such a document;
they saturate at ``SATURATED`` so arithmetic stays cheap, and any of them over its limit
is refused.  ``check_limits`` turns the measures into errors with a code in
``extensions``; the view runs it **before** graphql-core's own validation rules, so those
(some of which are quadratic in the number of fields) only ever see a document within the
limits: the time validation can take is bounded by the limits, not by the attacker.

Introspection is refused when DEBUG is off except ``__typename``, which Relay and Apollo
clients need (graphene's own ``DisableIntrospection`` rule refuses that too).
"""

from __future__ import annotations

from dataclasses import dataclass

from graphql import (
    DefinitionNode,
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    GraphQLNamedType,
    GraphQLSchema,
    InlineFragmentNode,
    IntValueNode,
    ListValueNode,
    ObjectValueNode,
    OperationDefinitionNode,
    OperationType,
    SelectionSetNode,
    ValidationRule,
    get_named_type,
)
from graphql.type import GraphQLInterfaceType, GraphQLObjectType

DEFAULT_CONNECTION_PAGE = 20
#: Counts stop growing here: far above any limit, small enough for fast arithmetic.
SATURATED = 10**12


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


@dataclass(frozen=True)
class Measures:
    """What one selection set (an operation's, a fragment's) asks for, fragments expanded."""

    depth: int = 0  # fields nested inside each other (``__`` meta-fields not counted)
    aliases: int = 0  # aliased fields
    fields: int = 0  # field selections, ``__typename`` included
    cost: int = 0  # every field 1, times the page sizes of the lists around it
    directives: int = 0  # directives applied in this selection set and what it spreads

    def __add__(self, other: Measures) -> Measures:
        return Measures(
            depth=max(self.depth, other.depth),
            aliases=_sat(self.aliases + other.aliases),
            fields=_sat(self.fields + other.fields),
            cost=_sat(self.cost + other.cost),
            directives=_sat(self.directives + other.directives),
        )


def _sat(value: int) -> int:
    return value if value < SATURATED else SATURATED


_NOTHING = Measures()


class _Meter:
    """Measures selection sets; each fragment once (memoised), cycles cut.

    The walk over one selection set is iterative in the fields of that set and recursive
    only in nesting depth, which the parser already bounds (graphql-core refuses documents
    nested deeper than its recursion limit), so a deep document cannot overflow the stack
    before the depth limit refuses it.
    """

    def __init__(self, document: DocumentNode, schema: GraphQLSchema, page_cap: int) -> None:
        self.schema = schema
        self.page_cap = page_cap
        self.fragments: dict[str, FragmentDefinitionNode] = {
            d.name.value: d
            for d in document.definitions
            if isinstance(d, FragmentDefinitionNode)
        }
        self.memo: dict[str, Measures] = {}
        self.in_progress: set[str] = set()
        self.cycle: str | None = None  # a fragment found spreading itself
        self.values = 0  # literal argument values (list items and object fields included)
        self.visits = 0  # selections looked at: linear in the document, for the tests

    # -- fragments ----------------------------------------------------------------------

    def fragment(self, name: str) -> Measures:
        done = self.memo.get(name)
        if done is not None:
            return done
        definition = self.fragments.get(name)
        if definition is None:
            return _NOTHING  # unknown: KnownFragmentNamesRule reports it
        if name in self.in_progress:
            self.cycle = self.cycle or name
            return _NOTHING  # a cycle: cut here, refused by check_limits
        self.in_progress.add(name)
        try:
            for directive in definition.directives or ():
                self.count_values(directive.arguments)
            own_type = self.schema.get_type(definition.type_condition.name.value)
            measured = self.selection_set(definition.selection_set, own_type)
            measured = Measures(
                depth=measured.depth, aliases=measured.aliases, fields=measured.fields,
                cost=measured.cost,
                directives=_sat(measured.directives + len(definition.directives or ())),
            )
        finally:
            self.in_progress.discard(name)
        self.memo[name] = measured
        return measured

    # -- selection sets -----------------------------------------------------------------

    def selection_set(
        self, selection_set: SelectionSetNode | None, parent: GraphQLNamedType | None
    ) -> Measures:
        total = _NOTHING
        for selection in selection_set.selections if selection_set else ():
            self.visits += 1
            directives = len(selection.directives or ())
            for directive in selection.directives or ():
                self.count_values(directive.arguments)
            if isinstance(selection, FieldNode) and selection.arguments:
                self.count_values(selection.arguments)
            if isinstance(selection, FieldNode):
                part = self.field(selection, parent)
            elif isinstance(selection, InlineFragmentNode):
                condition = selection.type_condition
                inner = self.schema.get_type(condition.name.value) if condition else parent
                part = self.selection_set(selection.selection_set, inner)
            elif isinstance(selection, FragmentSpreadNode):
                part = self.fragment(selection.name.value)
            else:  # pragma: no cover - the parser yields only these three
                continue
            if directives:
                part = part + Measures(directives=directives)
            total = total + part
        return total

    def count_values(self, arguments) -> None:
        """Literal values (each list item and object field counts): the other rules visit
        every one of them, so a 1,000-item list costs what 1,000 fields would."""
        pending = [argument.value for argument in arguments or ()]
        while pending:
            value = pending.pop()
            self.values += 1
            if isinstance(value, ListValueNode):
                pending.extend(value.values)
            elif isinstance(value, ObjectValueNode):
                pending.extend(f.value for f in value.fields)

    def field(self, node: FieldNode, parent: GraphQLNamedType | None) -> Measures:
        name = node.name.value
        alias = 1 if node.alias else 0
        if name.startswith("__"):
            # Meta-fields: no depth or cost, but they count as fields (a document of
            # thousands of ``__typename`` is what makes field-merging checks quadratic).
            return Measures(aliases=alias, fields=1)
        field_type = None
        if isinstance(parent, GraphQLObjectType | GraphQLInterfaceType):
            definition = parent.fields.get(name)
            if definition is not None:
                field_type = get_named_type(definition.type)
        child = _NOTHING
        if node.selection_set is not None:
            child = self.selection_set(node.selection_set, field_type)
        multiplier = _page_size(node, field_type, self.page_cap)
        return Measures(
            depth=child.depth + 1,
            aliases=_sat(alias + child.aliases),
            fields=_sat(1 + child.fields),
            cost=_sat(1 + multiplier * child.cost),
            directives=child.directives,
        )


def _page_size(field: FieldNode, return_type, cap: int) -> int:
    for arg in field.arguments or ():
        if arg.name.value == "first":
            if isinstance(arg.value, IntValueNode):
                try:
                    return max(1, min(int(arg.value.value), cap))
                except ValueError:  # pragma: no cover - the lexer only yields digits
                    return cap
            return cap  # a variable: assume the largest page it could be
    if getattr(return_type, "name", "").endswith("Connection"):
        return DEFAULT_CONNECTION_PAGE
    return 1


def _root_type(schema: GraphQLSchema, operation: OperationDefinitionNode):
    return {
        OperationType.QUERY: schema.query_type,
        OperationType.MUTATION: schema.mutation_type,
        OperationType.SUBSCRIPTION: schema.subscription_type,
    }[operation.operation]


@dataclass(frozen=True)
class DocumentMeasures:
    operations: list[tuple[DefinitionNode, Measures]]  # operations, then unused fragments
    fragments: int  # fragment definitions
    variables: int  # variable definitions, all operations together
    cycle: str | None  # a fragment that spreads itself, directly or not
    values: int  # literal argument values in the document
    visits: int  # selections examined in total (each fragment's once)
    meter: _Meter


def measure(document: DocumentNode, schema: GraphQLSchema, *, page_cap: int) -> DocumentMeasures:
    """Every operation's measures, in one pass over the document (fragments memoised)."""
    meter = _Meter(document, schema, page_cap)
    operations: list[tuple[DefinitionNode, Measures]] = []
    variables = 0
    for definition in document.definitions:
        if isinstance(definition, OperationDefinitionNode):
            measured = meter.selection_set(definition.selection_set,
                                           _root_type(schema, definition))
            own = len(definition.directives or ())
            for directive in definition.directives or ():
                meter.count_values(directive.arguments)
            for variable in definition.variable_definitions or ():
                own += len(variable.directives or ())
                if variable.default_value is not None:
                    meter.values += 1
            variables += len(definition.variable_definitions or ())
            if own:
                measured = measured + Measures(directives=own)
            operations.append((definition, measured))
    # A fragment no operation spreads is still visited by the other rules: it is measured
    # (and limited) as if it were an operation of its own.
    spread = set(meter.memo)
    for name, definition in meter.fragments.items():
        if name not in spread:
            operations.append((definition, meter.fragment(name)))
    return DocumentMeasures(operations=operations, fragments=len(meter.fragments),
                            variables=variables, cycle=meter.cycle, values=meter.values,
                            visits=meter.visits,
                            meter=meter)


@dataclass(frozen=True)
class Limits:
    max_depth: int
    max_aliases: int
    max_cost: int
    max_fields: int
    max_directives: int
    page_cap: int
    max_fragments: int = 30
    max_variables: int = 50
    max_repeats: int = 10
    max_values: int = 100


def check_limits(
    document: DocumentNode, schema: GraphQLSchema, limits: Limits
) -> list[GraphQLError]:
    """Clear errors for a document over a limit; empty when it is within every one.

    Runs in time linear in the document: first the memoised counts; only when those are
    within the limits (so expanding the fragments is known to be small) the check of
    repeated response names, which walks the document with fragments expanded.
    """
    measured = measure(document, schema, page_cap=limits.page_cap)
    if measured.cycle is not None:
        return [GraphQLError(
            f"Fragment {measured.cycle!r} spreads itself; fragments may not form a cycle.",
            measured.meter.fragments[measured.cycle],
            extensions={"code": "FRAGMENT_CYCLE"})]
    if measured.fragments > limits.max_fragments:
        return [GraphQLError(
            f"The document defines {measured.fragments} fragments; the limit is "
            f"{limits.max_fragments}.", extensions={"code": "TOO_MANY_FRAGMENTS"})]
    if measured.variables > limits.max_variables:
        return [GraphQLError(
            f"The document declares {measured.variables} variables; the limit is "
            f"{limits.max_variables}.", extensions={"code": "TOO_MANY_VARIABLES"})]
    if measured.values > limits.max_values:
        return [GraphQLError(
            f"The document holds {measured.values} literal values; the limit is "
            f"{limits.max_values}. Pass large inputs as variables.",
            extensions={"code": "TOO_MANY_VALUES"})]
    errors: list[GraphQLError] = []
    for node, m in measured.operations:
        error = _first_breach(m, limits, node)
        if error is not None:
            errors.append(error)
    if errors:
        return errors
    for node, _m in measured.operations:
        repeated = _repeated_response_name(measured.meter, node, limits.max_repeats)
        if repeated is not None:
            name, count, field = repeated
            return [GraphQLError(
                f"The field {name!r} is selected {count} times in one selection set "
                f"(fragments expanded); the limit is {limits.max_repeats}.",
                field, extensions={"code": "TOO_MANY_REPEATS"})]
    return []


def _repeated_response_name(meter: _Meter, definition, limit: int):
    """(response name, count, a node) of the first response name selected more than
    ``limit`` times at one level of the response, fragments expanded and same-named
    fields merged (as execution merges them), or None.

    graphql-core's OverlappingFieldsCanBeMergedRule compares every pair of such fields,
    so their number is what makes it quadratic.  Only called once the memoised counts are
    within the limits and the document has no fragment cycle, so the expansion is finite
    and at most ``max_fields`` fields long.
    """
    levels: list[list[SelectionSetNode]] = [[definition.selection_set]]
    while levels:
        sets = levels.pop()
        groups: dict[str, list[FieldNode]] = {}
        pending = [selection for s in sets for selection in s.selections]
        while pending:
            selection = pending.pop()
            if isinstance(selection, FieldNode):
                key = (selection.alias or selection.name).value
                groups.setdefault(key, []).append(selection)
            elif isinstance(selection, InlineFragmentNode):
                pending.extend(selection.selection_set.selections)
            elif isinstance(selection, FragmentSpreadNode):
                fragment = meter.fragments.get(selection.name.value)
                if fragment is not None:
                    pending.extend(fragment.selection_set.selections)
        for name, fields in groups.items():
            if len(fields) > limit:
                return name, len(fields), fields[0]
            children = [f.selection_set for f in fields if f.selection_set is not None]
            if children:
                levels.append(children)
    return None


def _number(value: int) -> str:
    return f"more than {SATURATED:,}" if value >= SATURATED else str(value)


def _first_breach(m: Measures, limits: Limits, node) -> GraphQLError | None:
    if m.depth > limits.max_depth:
        return GraphQLError(
            f"The query is too deep: depth {m.depth} exceeds the limit of {limits.max_depth}.",
            node, extensions={"code": "QUERY_TOO_DEEP"})
    if m.aliases > limits.max_aliases:
        return GraphQLError(
            f"The query uses {_number(m.aliases)} aliases; the limit is {limits.max_aliases}.",
            node, extensions={"code": "TOO_MANY_ALIASES"})
    if m.fields > limits.max_fields:
        return GraphQLError(
            f"The query selects {_number(m.fields)} fields (fragments expanded); the limit "
            f"is {limits.max_fields}.",
            node, extensions={"code": "TOO_MANY_FIELDS"})
    if m.directives > limits.max_directives:
        return GraphQLError(
            f"The query uses {_number(m.directives)} directives; the limit is "
            f"{limits.max_directives}.",
            node, extensions={"code": "TOO_MANY_DIRECTIVES"})
    if m.cost > limits.max_cost:
        return GraphQLError(
            f"The query is too expensive: estimated cost {_number(m.cost)} exceeds the limit "
            f"of {limits.max_cost}. Ask for smaller pages or fewer fields.",
            node, extensions={"code": "QUERY_TOO_COMPLEX"})
    return None
