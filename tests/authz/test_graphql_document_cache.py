"""Validated GraphQL documents are kept per process, keyed by everything that validates them."""

import pytest

import config.graphql as view
from config.graphql import ValidatedDocuments

pytestmark = pytest.mark.django_db

QUERY = "{ organizations(first: 1) { edges { node { name } } } }"


@pytest.fixture
def validations(monkeypatch):
    """Count graphql-core validations; the cache starts empty."""
    view.validated_documents.clear()
    calls = []
    original = view.validate

    def counting(*args, **kwargs):
        calls.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(view, "validate", counting)
    yield calls
    view.validated_documents.clear()


def test_a_document_is_validated_once_and_then_served_from_the_cache(gql, validations):
    first = gql(QUERY)
    second = gql(QUERY)
    assert "errors" not in first and first == second
    assert len(validations) == 1
    gql(QUERY.replace("name", "county"))  # another text: validated on its own
    assert len(validations) == 2


def test_a_changed_limit_applies_to_a_document_already_cached(gql, validations, settings):
    assert "errors" not in gql(QUERY)
    settings.GRAPHQL_MAX_DEPTH = 3  # the query is 4 deep
    over = gql(QUERY)
    assert over["errors"][0]["extensions"]["code"] == "QUERY_TOO_DEEP"
    settings.DEBUG = True  # and introspection follows DEBUG both ways
    settings.GRAPHQL_MAX_DEPTH = 8
    assert "errors" not in gql("{ __schema { queryType { name } } }")
    settings.DEBUG = False
    refused = gql("{ __schema { queryType { name } } }")
    assert refused["errors"][0]["extensions"]["code"] == "INTROSPECTION_DISABLED"


def test_a_document_that_fails_is_never_cached(gql, validations):
    bad = "{ organizations(first: 1) { edges { node { nope } } } }"
    for _ in range(2):
        assert gql(bad)["errors"]
    assert len(validations) == 2


def test_a_mutation_sent_with_get_is_still_refused_once_cached(client, gql, validations):
    mutation = 'mutation { submitResourceLink(url: "https://example.org/x") { accepted } }'
    assert gql(mutation)["data"]["submitResourceLink"]["accepted"]  # validated and cached
    assert len(view.validated_documents._items) == 1
    response = client.get("/graphql/", {"query": mutation}, HTTP_ACCEPT="application/json")
    assert response.status_code == 405


def test_the_cache_is_bounded_and_skips_long_documents():
    cache = ValidatedDocuments(size=2, max_chars=50)
    for text in ("a", "b", "c"):
        cache.put((text,), text)
    assert cache.get(("a",)) is None and cache.get(("b",)) == "b" and cache.get(("c",)) == "c"
    cache.put(("x" * 51,), "long")
    assert cache.get(("x" * 51,)) is None
