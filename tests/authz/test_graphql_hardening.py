"""Every limit of the GraphQL endpoint, each with a query just over it."""

import json

import pytest
from django.db import DatabaseError
from graphql import GraphQLError

from config.graphql import format_error

pytestmark = pytest.mark.django_db


def codes(body):
    return [e.get("extensions", {}).get("code") for e in body.get("errors", [])]


def test_introspection_is_disabled_without_debug_but_typename_works(gql):
    body = gql("{ __schema { types { name } } }")
    assert codes(body) == ["INTROSPECTION_DISABLED"]
    assert "introspection is disabled" in body["errors"][0]["message"]
    body = gql('{ __type(name: "Need") { name } }')
    assert codes(body) == ["INTROSPECTION_DISABLED"]
    body = gql("{ __typename organizations(first: 1) { __typename } }")
    assert "errors" not in body
    assert body["data"]["__typename"] == "Query"


def test_introspection_allowed_with_debug(gql, settings):
    settings.DEBUG = True
    body = gql("{ __schema { queryType { name } } }")
    assert body["data"]["__schema"]["queryType"]["name"] == "Query"


def test_depth_limit(gql, settings):
    settings.GRAPHQL_MAX_DEPTH = 4
    ok = gql("{ organizations(first: 1) { edges { node { name } } } }")  # depth 4
    assert "errors" not in ok, ok
    over = gql("{ organizations(first: 1) { edges { node { tags { value } } } } }")  # depth 5
    assert codes(over) == ["QUERY_TOO_DEEP"]
    assert "depth 5 exceeds the limit of 4" in over["errors"][0]["message"]
    assert over["_status"] == 400


def test_depth_counts_through_fragments(gql, settings):
    settings.GRAPHQL_MAX_DEPTH = 4
    query = """
      query { organizations(first: 1) { edges { node { ...F } } } }
      fragment F on Organization { tags { value } }
    """
    assert codes(gql(query)) == ["QUERY_TOO_DEEP"]


def test_alias_limit(gql, settings):
    settings.GRAPHQL_MAX_ALIASES = 3
    fields = " ".join(f"a{i}: organizations(first: 1) {{ edges {{ cursor }} }}" for i in range(3))
    assert "errors" not in gql("{ " + fields + " }")
    fields += " a3: organizations(first: 1) { edges { cursor } }"
    over = gql("{ " + fields + " }")
    assert codes(over) == ["TOO_MANY_ALIASES"]
    assert "4 aliases; the limit is 3" in over["errors"][0]["message"]


def test_cost_limit(gql, settings):
    # organizations(first: N) { edges { node { name } } } costs 1 + N * (1 + 1 * (1 + 1)) = 1+3N
    settings.GRAPHQL_MAX_COST = 31
    assert "errors" not in gql("{ organizations(first: 10) { edges { node { name } } } }")
    over = gql("{ organizations(first: 11) { edges { node { name } } } }")
    assert codes(over) == ["QUERY_TOO_COMPLEX"]
    assert "estimated cost 34 exceeds the limit of 31" in over["errors"][0]["message"]


def test_cost_assumes_the_cap_for_a_variable_page_size(gql, settings):
    settings.GRAPHQL_MAX_COST = 250
    query = "query($n: Int) { organizations(first: $n) { edges { node { name } } } }"
    assert codes(gql(query, {"n": 1})) == ["QUERY_TOO_COMPLEX"]  # 1 + 100*3 > 250


def test_page_size_cap(gql):
    body = gql("{ organizations(first: 101) { edges { cursor } } }")
    assert "first must be between 1 and 100" in body["errors"][0]["message"]


def test_batching_is_refused(client):
    payload = [{"query": "{ __typename }"}, {"query": "{ __typename }"}]
    response = client.post("/graphql/", data=json.dumps(payload), content_type="application/json")
    assert response.status_code == 400
    assert "batching is not supported" in response.json()["errors"][0]["message"]


def test_request_body_size_limit(client, settings):
    settings.GRAPHQL_MAX_BODY_BYTES = 200
    small = json.dumps({"query": "{ __typename }"})
    assert client.post("/graphql/", data=small, content_type="application/json").status_code == 200
    big = json.dumps({"query": "{ __typename }", "variables": {"x": "y" * 200}})
    response = client.post("/graphql/", data=big, content_type="application/json")
    assert response.status_code == 413
    assert response.json()["errors"][0]["extensions"]["code"] == "REQUEST_TOO_LARGE"


def test_unexpected_errors_reveal_nothing_without_debug(settings, caplog):
    leak = DatabaseError(
        'duplicate key value violates "members_member_push_token_key" '
        "DETAIL: Key (push_token)=(ExponentPushToken[secret]) SELECT * FROM x"
    )
    error = GraphQLError(str(leak), original_error=leak, path=["registerMember"])
    formatted = format_error(error)
    assert formatted["message"] == "Internal server error."
    assert formatted["extensions"] == {"code": "INTERNAL_SERVER_ERROR"}
    assert "secret" not in json.dumps(formatted)
    assert "secret" not in caplog.text  # logged by type and location only
    assert "DatabaseError" in caplog.text


def test_mutations_are_not_allowed_over_get(client):
    response = client.get(
        "/graphql/", {"query": 'mutation { sendVerificationCode(identifier: "a@b.org") { ok } }'}
    )
    assert response.status_code == 405


def test_bad_bearer_token_is_an_authentication_error_not_anonymous(gql):
    body = gql("mutation { revokeMyTokens { ok } }", token="garbage")
    assert codes(body) == ["UNAUTHENTICATED"]
    body = gql("mutation { revokeMyTokens { ok } }", HTTP_AUTHORIZATION="Basic abc")
    assert codes(body) == ["UNAUTHENTICATED"]
    assert "Bearer" in body["errors"][0]["message"]


def test_public_queries_still_work_with_no_token(gql):
    assert "errors" not in gql("{ needs(first: 1) { edges { cursor } } }")
