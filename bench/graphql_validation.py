"""How long a GraphQL document can keep a worker busy before it executes — issue 12.

Three measurements in one run:

1. **The fragment bomb, before and after.**  ``n`` fragments, each spreading the next one
   twice (~40n bytes).  *Before*: the limits rule as it was (every spread expanded again
   at each use — a faithful copy of its depth walk is below).  *After*:
   ``authz.graphql_rules.measure`` (each fragment measured once).  The ratio is printed.
2. **Worst cases at the size limit**, through the whole pre-execution pipeline as the view
   runs it (``parse`` with the token budget, ``check_limits``, then graphql-core's own
   rules only if the limits pass): fragment, alias, repeated-field, depth, directive,
   literal-list, comment and variable bombs filling the 64 kB body, plus the largest
   documents the limits accept (500 fields, 30 fragments, 100 literal values).  Each
   document 20 times; median and maximum.
3. **Generated documents**: hypothesis-graphql queries and mutations over the whole
   schema (valid and invalid), the slowest of them.

The goal (issue 12): any document up to the size limit is dealt with in 50 ms or less.

    .venv/bin/python bench/graphql_validation.py [--generated 2000]
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings_test")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from graphql import (  # noqa: E402
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    InlineFragmentNode,
    OperationDefinitionNode,
    parse,
    specified_rules,
    validate,
)

from authz.graphql_rules import Limits, NoIntrospection, check_limits, measure  # noqa: E402
from config.schema import schema  # noqa: E402

SCHEMA = schema.graphql_schema
GOAL_MS = 50.0
LIMITS = Limits(
    max_depth=settings.GRAPHQL_MAX_DEPTH, max_aliases=settings.GRAPHQL_MAX_ALIASES,
    max_cost=settings.GRAPHQL_MAX_COST, max_fields=settings.GRAPHQL_MAX_FIELDS,
    max_directives=settings.GRAPHQL_MAX_DIRECTIVES, page_cap=settings.GRAPHQL_MAX_PAGE_SIZE,
    max_fragments=settings.GRAPHQL_MAX_FRAGMENTS, max_variables=settings.GRAPHQL_MAX_VARIABLES,
    max_repeats=settings.GRAPHQL_MAX_REPEATS, max_values=settings.GRAPHQL_MAX_VALUES,
)
BODY = settings.GRAPHQL_MAX_BODY_BYTES - 200  # room for the JSON around the query


# --- the rule before issue 12 (its depth walk, faithfully) --------------------------------

def _old_fields(fragments, selection_set, seen=frozenset()):
    out = []
    for selection in selection_set.selections if selection_set else ():
        if isinstance(selection, FieldNode):
            out.append(selection)
        elif isinstance(selection, InlineFragmentNode):
            out.extend(_old_fields(fragments, selection.selection_set, seen))
        elif isinstance(selection, FragmentSpreadNode):
            name = selection.name.value
            fragment = fragments.get(name)
            if fragment is None or name in seen:
                continue
            out.extend(_old_fields(fragments, fragment.selection_set, seen | {name}))
    return out


def _old_depth(fragments, selection_set, seen=frozenset()) -> int:
    best = 0
    for field in _old_fields(fragments, selection_set, seen):
        if not field.name.value.startswith("__"):
            best = max(best, 1 + _old_depth(fragments, field.selection_set, seen))
    return best


def old_rule(document) -> None:
    fragments = {d.name.value: d for d in document.definitions
                 if isinstance(d, FragmentDefinitionNode)}
    for d in document.definitions:
        if isinstance(d, OperationDefinitionNode):
            _old_depth(fragments, d.selection_set)


# --- the pipeline the view runs -----------------------------------------------------------

def pipeline(query: str) -> str:
    """What the view does before executing: the outcome's code (or "valid")."""
    try:
        document = parse(query, max_tokens=settings.GRAPHQL_MAX_TOKENS,
                         max_comments=settings.GRAPHQL_MAX_TOKENS)
    except GraphQLError:
        return "parse refused"
    errors = check_limits(document, SCHEMA, LIMITS)
    if errors:
        return errors[0].extensions["code"]
    errors = validate(SCHEMA, document, [*specified_rules, NoIntrospection],
                      settings.GRAPHQL_MAX_VALIDATION_ERRORS, hide_suggestions=True)
    return f"rules: {len(errors)} error(s)" if errors else "valid"


def core_rules(document):
    return validate(SCHEMA, document, specified_rules, 100)


def measure_100(document):
    return measure(document, SCHEMA, page_cap=100)


def timed(fn, *args, repeat: int = 20) -> tuple[float, float, object]:
    """(median ms, fastest ms, result).  The machine is shared: the median is the figure,
    the fastest shows what the work itself costs; single slow runs are other processes."""
    samples, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = fn(*args)
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples), min(samples), result


def fragment_bomb(n: int, leaf: str = "__typename") -> str:
    fragments = [f"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }}" for i in range(n)]
    fragments.append(f"fragment F{n} on Query {{ {leaf} }}")
    return "query { ...F0 } " + " ".join(fragments)


def fill(prefix: str, unit: str, suffix: str, budget: int = BODY) -> str:
    count = max(1, (budget - len(prefix) - len(suffix)) // len(unit))
    return prefix + unit * count + suffix


def at_the_limit() -> dict[str, str]:
    return {
        "fragment bomb n=30 (2^30 fields)": fragment_bomb(30),
        "fragment bomb, real fields": fragment_bomb(29, "needs(first: 1) { edges { cursor } }"),
        "aliases": fill("{ ", "a: __typename ", "}"),
        "one field repeated": fill("{ ", "__typename ", "}"),
        "distinct unknown fields": "{ " + " ".join(f"f{i}" for i in range(6000)) + " }",
        "depth (nesting)": fill("{ ", "a { ", "", BODY // 2) + "b" + " }" * 2000,
        "directives": fill("{ __typename ", "@skip(if: false) ", "}"),
        "literal list": fill("{ needs(search: [", "1, ", "]) { edges { cursor } } }"),
        "comments": fill("{ __typename ", "#\n", "}"),
        "variables": fill("query(", "$v: Int ", ") { __typename }"),
        "largest accepted: 499 unknown fields": "{ " + " ".join(f"x{i}" for i in range(499))
                                                + " }",
        "largest accepted: 30 fragments": "query { " + " ".join(f"...F{i}" for i in range(30))
        + " } " + " ".join(f"fragment F{i} on Query {{ organizations(first: 1) {{ edges {{ "
                           f"node {{ name }} }} }} }}" for i in range(30)),
        "largest accepted: 10 repeats x 9 fields": "{ " + " ".join(
            f"needs(first: {j + 1}) {{ edges {{ cursor }} }}" for j in range(9)) * 1 + " }",
        "largest accepted: 99 literal values": "{ needs(search: [" + ", ".join(
            '"x"' for _ in range(98)) + "]) { edges { cursor } } }",
    }


def generated(count: int) -> list[str]:
    import graphql
    from hypothesis import HealthCheck, Phase, given
    from hypothesis import settings as hypothesis_settings
    from hypothesis import strategies as st
    from hypothesis_graphql import Mode, from_schema
    out: list[str] = []
    date_time = st.datetimes().map(lambda d: graphql.StringValueNode(value=d.isoformat()))
    strategy = st.one_of(
        from_schema(SCHEMA, custom_scalars={"DateTime": date_time}),
        from_schema(SCHEMA, custom_scalars={"DateTime": date_time}, mode=Mode.NEGATIVE),
    )

    @hypothesis_settings(max_examples=count, deadline=None, database=None,
                         phases=[Phase.generate], suppress_health_check=list(HealthCheck))
    @given(strategy)
    def collect(document):
        out.append(document)

    collect()
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--generated", type=int, default=2000)
    args = parser.parse_args()
    print(f"{platform.processor() or platform.machine()}, Python {platform.python_version()}, "
          f"{os.cpu_count()} CPUs; tokens <= {settings.GRAPHQL_MAX_TOKENS}, body <= "
          f"{settings.GRAPHQL_MAX_BODY_BYTES} bytes\n")

    print("1. Fragment bomb: the old limits rule, graphql-core's own rules and the memoised")
    print("   measure on the same document (ms, median)")
    print(f"{'n':>3} {'bytes':>6} {'old rule':>10} {'graphql-core':>13} {'measure':>9} "
          f"{'old/new':>9} {'core/new':>9}")
    for n in (8, 10, 12, 14, 16, 20, 30):
        document = parse(fragment_bomb(n))
        new_ms, _, _ = timed(measure_100, document, repeat=50)
        core_ms, _, _ = timed(core_rules, document, repeat=10)
        if n <= 16:
            old_ms, _, _ = timed(old_rule, document, repeat=3 if n >= 14 else 10)
            old, ratio = f"{old_ms:>10.2f}", f"{old_ms / new_ms:>8.0f}x"
        else:
            old, ratio = f"{'(2^n)':>10}", f"{'-':>9}"
        print(f"{n:>3} {len(fragment_bomb(n)):>6} {old} {core_ms:>13.2f} {new_ms:>9.3f} "
              f"{ratio} {core_ms / new_ms:>8.0f}x")

    for query in at_the_limit().values():  # warm-up, as a running server is
        pipeline(query)
    print("\n2. Worst cases at the size limit, the whole pipeline (ms, 20 runs each)")
    print(f"{'document':<42} {'bytes':>6} {'median':>8} {'fastest':>8}  outcome")
    worst = 0.0
    for name, query in at_the_limit().items():
        median, fastest, outcome = timed(pipeline, query)
        worst = max(worst, median)
        print(f"{name:<42} {len(query.encode()):>6} {median:>8.2f} {fastest:>8.2f}  {outcome}")

    print(f"\n3. {args.generated} generated documents (hypothesis-graphql), the whole pipeline")
    documents = generated(args.generated)
    for query in documents[:100]:  # warm-up: the first calls import and build caches
        pipeline(query)
    once = []
    for query in documents:
        started = time.perf_counter()
        pipeline(query)
        once.append(((time.perf_counter() - started) * 1000, query))
    times = sorted(t for t, _ in once)
    print(f"one run each: median {statistics.median(times):.2f} ms, p99 "
          f"{times[int(len(times) * 0.99)]:.2f} ms, max {times[-1]:.2f} ms")
    # The slowest 20, timed again (11 runs each): a document that is really slow stays
    # slow; one that met a busy CPU once does not.
    again = sorted(((*timed(pipeline, q, repeat=11), len(q)) for _, q in
                    sorted(once, key=lambda x: -x[0])[:20]), key=lambda r: -r[0])
    median, fastest, outcome, size = again[0]
    print(f"slowest of them, timed again: median {median:.2f} ms, fastest {fastest:.2f} ms "
          f"({size} bytes, {outcome})")
    worst = max(worst, median)

    print(f"\nSlowest document of all (median): {worst:.1f} ms (goal: {GOAL_MS:.0f} ms) — "
          f"{'met' if worst <= GOAL_MS else 'NOT met'}")
    return 0 if worst <= GOAL_MS else 1


if __name__ == "__main__":
    sys.exit(main())
