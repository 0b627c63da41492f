"""Documents built to make validation slow: each is refused with a clear code, quickly.

The time bound here is a guard with a lot of slack (the machine is shared); the figures
themselves come from ``bench/graphql_validation.py`` (docs/benchmarks.md).  Linearity is
asserted on work, not time: the number of selections the limits pass looks at.
"""

import time

import pytest
from django.conf import settings
from graphql import parse

from authz.graphql_rules import measure
from config.schema import schema

pytestmark = pytest.mark.django_db

#: A request that validates in milliseconds must never take anywhere near this long.
GUARD_SECONDS = 1.0


def codes(body):
    return [e.get("extensions", {}).get("code") for e in body.get("errors", [])]


def fragment_bomb(n: int, leaf: str = "__typename") -> str:
    """n fragments, each spreading the next twice: 2^n fields once expanded, ~40n bytes."""
    fragments = [f"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }}" for i in range(n)]
    fragments.append(f"fragment F{n} on Query {{ {leaf} }}")
    return "query { ...F0 } " + " ".join(fragments)


BOMBS = {
    # The 800-byte request: 2^20 fields after expansion.
    "fragments": (fragment_bomb(20), "TOO_MANY_FIELDS"),
    "fragments with real fields": (
        fragment_bomb(18, "organizations(first: 1) { edges { cursor } }"), "TOO_MANY_FIELDS"),
    "many fragments": (fragment_bomb(60), "TOO_MANY_FRAGMENTS"),
    "aliases": ("{ " + " ".join(f"a{i}: __typename" for i in range(200)) + " }",
                "TOO_MANY_ALIASES"),
    "one field many times": ("{ " + " ".join("__typename" for _ in range(400)) + " }",
                             "TOO_MANY_REPEATS"),
    "a huge document": ("{ " + " ".join(f"a{i}: __typename" for i in range(3500)) + " }",
                        "QUERY_TOO_LARGE"),
    "depth": ("{ " + "organizations { edges { node { " * 4 + "name" + " } } }" * 4 + " }",
              "QUERY_TOO_DEEP"),
    "nesting beyond the parser": ("{ " + "a { " * 600 + "b" + " }" * 600 + " }",
                                  "GRAPHQL_PARSE_FAILED"),
    "directives": ("{ __typename " + " ".join("@skip(if: false)" for _ in range(80)) + " }",
                   "TOO_MANY_DIRECTIVES"),
    "a long list literal": ("{ needs(search: [" + ", ".join("1" for _ in range(400)) +
                            "]) { edges { cursor } } }", "TOO_MANY_VALUES"),
    "a fragment cycle": ("query { ...A } fragment A on Query { ...B __typename } "
                         "fragment B on Query { ...A }", "FRAGMENT_CYCLE"),
    "comments": ("{ __typename " + "#\n" * 5000 + "}", "QUERY_TOO_LARGE"),
}


@pytest.mark.parametrize("name", list(BOMBS))
def test_every_bomb_is_refused_quickly_with_a_clear_code(gql, name):
    query, code = BOMBS[name]
    assert len(query.encode()) <= settings.GRAPHQL_MAX_BODY_BYTES
    started = time.perf_counter()
    body = gql(query)
    elapsed = time.perf_counter() - started
    assert codes(body) == [code], body
    assert body["_status"] == 400
    assert "data" not in body or body["data"] is None
    assert elapsed < GUARD_SECONDS, f"{name} took {elapsed:.2f}s"


def test_the_fragment_bomb_costs_work_linear_in_the_document():
    """Twice the fragments, twice the work (not 2^n): each fragment is measured once."""
    graphql_schema = schema.graphql_schema
    small = measure(parse(fragment_bomb(10)), graphql_schema, page_cap=100)
    large = measure(parse(fragment_bomb(20)), graphql_schema, page_cap=100)
    # The operation's spread, two per fragment, the leaf: the document's selections.
    assert small.visits == 1 + 2 * 10 + 1
    assert large.visits == 1 + 2 * 20 + 1
    # ...while what the document asks for doubles with every fragment.
    [(_, small_ops)] = small.operations
    [(_, large_ops)] = large.operations
    assert (small_ops.fields, large_ops.fields) == (2**10, 2**20)


def test_expanded_counts_saturate_instead_of_growing_without_bound():
    document = parse(fragment_bomb(29))  # 2^29 fields, ~1,200 bytes
    measured = measure(document, schema.graphql_schema, page_cap=100)
    [(_, ops)] = measured.operations
    assert ops.fields == 2**29
    huge = parse(fragment_bomb(29).replace("on Query { __typename }",
                                           "on Query { a: __typename }"))
    [(_, ops)] = measure(huge, schema.graphql_schema, page_cap=100).operations
    assert ops.aliases == 2**29


def test_a_document_within_every_limit_still_runs(gql):
    query = """
      query Q { organizations(first: 5) { edges { node { ...O } } } needs(first: 5) {
        edges { node { ...N organization { ...O } } } } }
      fragment O on Organization { id name tags { kind value } }
      fragment N on Need { id title urgency }
    """
    body = gql(query)
    assert "errors" not in body, body
    assert set(body["data"]) == {"organizations", "needs"}


def test_repeats_are_counted_across_fragments_at_one_level(gql, settings):
    settings.GRAPHQL_MAX_REPEATS = 3
    ok = "query { ...A ...B __typename } fragment A on Query { __typename } " \
         "fragment B on Query { __typename }"
    assert "errors" not in gql(ok)
    over = ok.replace("__typename }", "__typename __typename }", 1)
    assert codes(gql(over)) == ["TOO_MANY_REPEATS"]


def test_no_field_name_suggestions_without_debug(gql, settings):
    body = gql("{ nede(id: 1) { title } }")
    assert codes(body) == ["GRAPHQL_ERROR"]
    message = body["errors"][0]["message"]
    assert "Cannot query field 'nede'" in message
    assert "Did you mean" not in message
    # An argument, an enum value and an input field: no suggestion either.
    for query in ('{ needs(firts: 1) { edges { cursor } } }',
                  '{ needs(urgency: URGNET) { edges { cursor } } }',
                  'mutation { submitNeed(input: {titel: "x"}) { errors { field } } }'):
        for error in gql(query)["errors"]:
            assert "Did you mean" not in error["message"], error
    variable = gql("query($u: Urgency) { needs(urgency: $u) { edges { cursor } } }",
                   {"u": "URGNET"})
    assert variable["errors"] and "Did you mean" not in variable["errors"][0]["message"]

    settings.DEBUG = True  # developers still get them
    assert "Did you mean" in gql("{ nede(id: 1) { title } }")["errors"][0]["message"]


def test_a_json_body_nested_beyond_the_parser_is_a_bad_request(client):
    body = '{"query": "{ __typename }", "variables": ' + "[" * 20_000 + "]" * 20_000 + "}"
    response = client.post("/graphql/", data=body, content_type="application/json")
    assert response.status_code == 400
    assert "nested too deeply" in response.json()["errors"][0]["message"]
