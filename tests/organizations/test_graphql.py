"""The public organizations API over real HTTP (Django test client) and the real database."""

from __future__ import annotations

from typing import Any

import pytest
from graphql_relay import to_global_id

from config.schema import schema
from needs.hashing import content_hash
from needs.models import Need
from organizations import selectors
from organizations.models import Organization, Tag
from tests.conftest import post_graphql

pytestmark = pytest.mark.django_db

LIST = """
query($first: Int, $after: String, $search: String, $county: String, $tag: String) {
  organizations(first: $first, after: $after, search: $search, county: $county, tag: $tag) {
    edges { cursor node { id name county verified tags { kind value } activeNeedCount } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}
"""

ONE = """
query($id: ID!) {
  organization(id: $id) {
    id name description summary website phone publicEmail address county
    latitude longitude verified tags { kind value } activeNeedCount
  }
}
"""

# Names that must never appear on any type or argument of the public schema.


gql = post_graphql  # gql(client, query, **variables)


def names(result: dict) -> list[str]:
    return [edge["node"]["name"] for edge in result["data"]["organizations"]["edges"]]


def error_messages(result: dict) -> list[str]:
    return [error["message"] for error in result.get("errors", [])]


def make_org(name: str, **fields: Any) -> Organization:
    return Organization.objects.create(name=name, **fields)


def make_need(org: Organization, title: str, status: str) -> Need:
    description = f"{title} at {org.name}."
    return Need.objects.create(
        organization=org,
        title=title,
        description=description,
        status=status,
        content_hash=content_hash(title=title, description=description, organization_id=org.pk),
    )


@pytest.fixture
def somali() -> Tag:
    return Tag.objects.create(kind=Tag.Kind.POPULATION, value="Somali")


def test_lists_public_fields_ordered_by_name(client, somali):
    food = Tag.objects.create(kind=Tag.Kind.SERVICE, value="Food shelf")
    b = make_org("Brian Coyle Center", county="Hennepin", verified=True)
    b.tags.set([food, somali])
    make_org("Arrive Ministries", county="Ramsey")
    make_org("CAIR Minnesota")
    make_need(b, "Drivers", Need.Status.ACTIVE)
    make_need(b, "Interpreters", Need.Status.ACTIVE)
    make_need(b, "Tutors", Need.Status.PENDING)
    make_need(b, "Cooks", Need.Status.REJECTED)

    result = gql(client, LIST)

    assert "errors" not in result
    assert names(result) == ["Arrive Ministries", "Brian Coyle Center", "CAIR Minnesota"]
    coyle = result["data"]["organizations"]["edges"][1]["node"]
    assert coyle["county"] == "Hennepin"
    assert coyle["verified"] is True
    # Tags in (kind, value) order; kinds are enum names.
    assert coyle["tags"] == [
        {"kind": "POPULATION", "value": "Somali"},
        {"kind": "SERVICE", "value": "Food shelf"},
    ]
    assert coyle["activeNeedCount"] == 2  # pending and rejected needs do not count
    assert result["data"]["organizations"]["edges"][0]["node"]["activeNeedCount"] == 0
    assert result["data"]["organizations"]["pageInfo"]["hasNextPage"] is False


def test_pages_follow_cursors_without_gaps_or_repeats(client):
    expected = sorted(f"Org {i:02d}" for i in range(7))
    for name in reversed(expected):
        make_org(name)

    seen: list[str] = []
    after = None
    pages = []
    while True:
        page = gql(client, LIST, first=3, after=after)["data"]["organizations"]
        pages.append(page)
        seen += [edge["node"]["name"] for edge in page["edges"]]
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]

    assert seen == expected
    assert [len(page["edges"]) for page in pages] == [3, 3, 1]
    assert pages[0]["pageInfo"]["hasPreviousPage"] is False
    assert pages[1]["pageInfo"]["hasPreviousPage"] is True
    assert pages[1]["pageInfo"]["startCursor"] == pages[1]["edges"][0]["cursor"]


def test_a_new_row_before_the_cursor_does_not_shift_the_next_page(client):
    for name in ["B", "D", "F", "H"]:
        make_org(name)
    first = gql(client, LIST, first=2)["data"]["organizations"]
    make_org("A")  # would shift an offset-based second page by one
    second = gql(client, LIST, first=2, after=first["pageInfo"]["endCursor"])
    assert names(second) == ["F", "H"]


def test_first_defaults_to_twenty(client):
    Organization.objects.bulk_create(Organization(name=f"Org {i:02d}") for i in range(25))
    page = gql(client, LIST)["data"]["organizations"]
    assert len(page["edges"]) == 20
    assert page["pageInfo"]["hasNextPage"] is True


@pytest.mark.parametrize("first", [0, -1, 101, 1000])
def test_first_outside_the_cap_is_an_error(client, first):
    make_org("Arrive Ministries")
    result = gql(client, LIST, first=first)
    assert error_messages(result) == ["first must be between 1 and 100"]
    assert result["data"] is None


def test_first_at_the_cap_is_allowed(client):
    make_org("Arrive Ministries")
    assert names(gql(client, LIST, first=100)) == ["Arrive Ministries"]


def test_the_cap_comes_from_settings(client, settings):
    settings.GRAPHQL_MAX_PAGE_SIZE = 5
    make_org("Arrive Ministries")
    assert error_messages(gql(client, LIST, first=6)) == ["first must be between 1 and 5"]
    assert names(gql(client, LIST, first=5)) == ["Arrive Ministries"]


@pytest.mark.parametrize("cursor", ["garbage", "WyJuZWVkcy5OZWVkIiwgIjEiXQ==", ""])
def test_a_forged_or_foreign_cursor_is_an_error(client, cursor):
    make_org("Arrive Ministries")
    result = gql(client, LIST, after=cursor)
    assert error_messages(result) == ["after is not a valid cursor for this list"]


def test_filters(client, somali):
    hmong = Tag.objects.create(kind=Tag.Kind.POPULATION, value="Hmong")
    somali_language = Tag.objects.create(kind=Tag.Kind.LANGUAGE, value="somali")
    coyle = make_org("Brian Coyle Center", county="Hennepin", summary="Food shelf and youth")
    coyle.tags.set([somali, somali_language])  # two matching tags: still listed once
    hmong_org = make_org("Hmong American Partnership", county="Ramsey")
    hmong_org.tags.set([hmong])
    make_org("Arrive Ministries", county="Ramsey", description="Refugee resettlement; FOOD drive")

    assert names(gql(client, LIST, search="food")) == ["Arrive Ministries", "Brian Coyle Center"]
    assert names(gql(client, LIST, search="  hmong ")) == ["Hmong American Partnership"]
    assert names(gql(client, LIST, county="ramsey")) == [
        "Arrive Ministries",
        "Hmong American Partnership",
    ]
    assert names(gql(client, LIST, tag="SOMALI")) == ["Brian Coyle Center"]
    assert names(gql(client, LIST, county="Ramsey", search="food")) == ["Arrive Ministries"]
    assert names(gql(client, LIST, tag="Karen")) == []


def test_an_overlong_search_is_an_error(client):
    assert error_messages(gql(client, LIST, search="x" * 201)) == [
        "search must be at most 200 characters"
    ]


def test_organization_by_id(client, somali):
    org = make_org(
        "Brian Coyle Center",
        description="A community centre.",
        website="https://example.org",
        phone="612-555-0100",
        public_email="info@example.org",
        latitude=44.97,
        longitude=-93.25,
        employees=40,
    )
    org.tags.set([somali])
    make_need(org, "Drivers", Need.Status.ACTIVE)
    global_id = to_global_id("Organization", org.pk)

    node = gql(client, ONE, id=global_id)["data"]["organization"]

    assert node == {
        "id": global_id,
        "name": "Brian Coyle Center",
        "description": "A community centre.",
        "summary": "",
        "website": "https://example.org",
        "phone": "612-555-0100",
        "publicEmail": "info@example.org",
        "address": "",
        "county": "",
        "latitude": 44.97,
        "longitude": -93.25,
        "verified": False,
        "tags": [{"kind": "POPULATION", "value": "Somali"}],
        "activeNeedCount": 1,
    }


@pytest.mark.parametrize("key", ["999999", "not-a-number", "99999999999999999999999"])
def test_unknown_organization_reads_as_null(client, key):
    make_org("Arrive Ministries")
    result = gql(client, ONE, id=to_global_id("Organization", key))
    assert result["data"]["organization"] is None
    assert "errors" not in result


def test_an_id_of_another_type_is_an_error(client):
    org = make_org("Arrive Ministries")
    result = gql(client, ONE, id=to_global_id("Need", org.pk))
    assert result["data"]["organization"] is None
    assert error_messages(result) == ["Must receive a Organization id."]


@pytest.mark.parametrize("rows", [3, 30])
def test_list_query_count_is_constant(client, django_assert_num_queries, somali, rows):
    food = Tag.objects.create(kind=Tag.Kind.SERVICE, value="Food shelf")
    for i in range(rows):
        org = make_org(f"Org {i:02d}")
        org.tags.set([somali, food])
        make_need(org, "Drivers", Need.Status.ACTIVE)
        make_need(org, "Cooks", Need.Status.PENDING)

    # One query for the page (with the active need count), one for all its tags.
    with django_assert_num_queries(2):
        result = gql(client, LIST, first=50)

    nodes = [edge["node"] for edge in result["data"]["organizations"]["edges"]]
    assert len(nodes) == rows
    assert {node["activeNeedCount"] for node in nodes} == {1}
    assert all(len(node["tags"]) == 2 for node in nodes)


def test_organization_type_exposes_only_public_fields():
    fields = set(schema.graphql_schema.get_type("Organization").fields)
    assert fields == {
        "id",
        "name",
        "description",
        "summary",
        "website",
        "phone",
        "publicEmail",
        "address",
        "county",
        "latitude",
        "longitude",
        "verified",
        "tags",
        "activeNeedCount",
    }
    assert set(schema.graphql_schema.get_type("Tag").fields) == {"kind", "value"}


def test_active_status_constant_matches_the_need_model():
    assert selectors.ACTIVE_NEED_STATUS == Need.Status.ACTIVE


def test_no_graphiql_when_debug_is_off(client, settings):
    settings.DEBUG = False
    response = client.get("/graphql/", HTTP_ACCEPT="text/html")
    assert response.status_code == 400
    assert response["Content-Type"].startswith("application/json")
    assert b"graphiql" not in response.content.lower()


def test_graphiql_when_debug_is_on(client, settings):
    settings.DEBUG = True
    response = client.get("/graphql/", HTTP_ACCEPT="text/html")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    assert b"graphiql" in response.content.lower()
