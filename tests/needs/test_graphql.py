"""The public needs API over real HTTP (Django test client) and the real database."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.utils import timezone
from graphql_relay import to_global_id

from config.schema import schema
from needs.hashing import content_hash
from needs.models import Need
from organizations.models import Organization, Tag
from tests.conftest import post_graphql

pytestmark = pytest.mark.django_db

LIST = """
query($first: Int, $after: String, $organizationId: ID, $urgency: Urgency, $search: String) {
  needs(first: $first, after: $after, organizationId: $organizationId, urgency: $urgency,
        search: $search) {
    edges {
      cursor
      node {
        id title urgency createdAt
        organization { id name tags { kind value } activeNeedCount }
      }
    }
    pageInfo { hasNextPage hasPreviousPage endCursor }
  }
}
"""

ONE = """
query($id: ID!) {
  need(id: $id) {
    id title description tldr urgency contactEmail contactPhone contactUrl
    locationName latitude longitude createdAt organization { name }
  }
}
"""

PUBLIC_NEED_FIELDS = {
    "id",
    "title",
    "description",
    "tldr",
    "urgency",
    "kind",
    "languages",
    "pageLanguage",
    "contactEmail",
    "contactPhone",
    "contactUrl",
    "locationName",
    "latitude",
    "longitude",
    "createdAt",
    "organization",
}

# Names that must never appear on any type, input or argument of the public schema.

NOW = timezone.now()


gql = post_graphql  # gql(client, query, **variables)


def titles(result: dict) -> list[str]:
    return [edge["node"]["title"] for edge in result["data"]["needs"]["edges"]]


def error_messages(result: dict) -> list[str]:
    return [error["message"] for error in result.get("errors", [])]


def make_need(
    org: Organization,
    title: str,
    *,
    status: str = Need.Status.ACTIVE,
    age_hours: float = 0,
    **fields: Any,
) -> Need:
    """A need created ``age_hours`` ago (created_at is auto_now_add, so it is set after)."""
    description = fields.pop("description", f"{title} at {org.name}.")
    need = Need.objects.create(
        organization=org,
        title=title,
        description=description,
        status=status,
        content_hash=content_hash(title=title, description=description, organization_id=org.pk),
        **fields,
    )
    created = NOW - dt.timedelta(hours=age_hours)
    Need.objects.filter(pk=need.pk).update(created_at=created)
    need.created_at = created
    return need


@pytest.fixture
def org() -> Organization:
    return Organization.objects.create(name="Brian Coyle Center", county="Hennepin")


@pytest.fixture
def other_org() -> Organization:
    return Organization.objects.create(name="Arrive Ministries", county="Ramsey")


def test_lists_active_needs_newest_first(client, org, other_org):
    make_need(org, "Old", age_hours=48, urgency=Need.Urgency.LOW)
    make_need(other_org, "New", age_hours=1, urgency=Need.Urgency.URGENT)
    make_need(org, "Middle", age_hours=5)

    result = gql(client, LIST)

    assert "errors" not in result
    assert titles(result) == ["New", "Middle", "Old"]
    newest = result["data"]["needs"]["edges"][0]["node"]
    assert newest["urgency"] == "URGENT"
    assert newest["organization"]["name"] == "Arrive Ministries"
    assert newest["organization"]["activeNeedCount"] == 1
    assert result["data"]["needs"]["edges"][1]["node"]["organization"]["activeNeedCount"] == 2


@pytest.mark.parametrize(
    "hidden", [Need.Status.PENDING, Need.Status.REJECTED, Need.Status.FILLED, Need.Status.EXPIRED]
)
def test_non_active_needs_are_invisible(client, org, hidden):
    visible = make_need(org, "Visible")
    secret = make_need(org, "Secret", status=hidden, moderation_reason="spam")

    assert titles(gql(client, LIST)) == ["Visible"]
    assert titles(gql(client, LIST, search="secret")) == []
    result = gql(client, ONE, id=to_global_id("Need", secret.pk))
    assert result["data"]["need"] is None
    assert "errors" not in result
    # Only active needs count towards the organization's figure.
    assert gql(client, LIST)["data"]["needs"]["edges"][0]["node"]["organization"] == {
        "id": to_global_id("Organization", org.pk),
        "name": org.name,
        "tags": [],
        "activeNeedCount": 1,
    }
    assert gql(client, ONE, id=to_global_id("Need", visible.pk))["data"]["need"]["title"] == (
        "Visible"
    )


def test_need_by_id_exposes_its_public_fields(client, org):
    need = make_need(
        org,
        "Somali interpreters",
        description="Interpret at the Saturday clinic.",
        tldr="Interpreters, Saturdays",
        urgency=Need.Urgency.HIGH,
        contact_email="volunteer@example.org",
        contact_phone="612-555-0101",
        contact_url="https://example.org/volunteer",
        location_name="Cedar-Riverside, Minneapolis",
        latitude=44.969,
        longitude=-93.248,
        age_hours=2,
    )
    global_id = to_global_id("Need", need.pk)

    node = gql(client, ONE, id=global_id)["data"]["need"]

    assert node == {
        "id": global_id,
        "title": "Somali interpreters",
        "description": "Interpret at the Saturday clinic.",
        "tldr": "Interpreters, Saturdays",
        "urgency": "HIGH",
        "contactEmail": "volunteer@example.org",
        "contactPhone": "612-555-0101",
        "contactUrl": "https://example.org/volunteer",
        "locationName": "Cedar-Riverside, Minneapolis",
        "latitude": 44.969,
        "longitude": -93.248,
        "createdAt": need.created_at.isoformat(),
        "organization": {"name": "Brian Coyle Center"},
    }


@pytest.mark.parametrize("key", ["999999", "abc"])
def test_unknown_need_reads_as_null(client, org, key):
    make_need(org, "Visible")
    result = gql(client, ONE, id=to_global_id("Need", key))
    assert result["data"]["need"] is None
    assert "errors" not in result


def test_pages_follow_cursors_through_equal_timestamps(client, org):
    # Several needs share one created_at: the id breaks the tie, so no row repeats or vanishes.
    expected = []
    for i in range(7):
        expected.append(make_need(org, f"Need {i}", age_hours=1 if i < 5 else i))
    expected.sort(key=lambda need: (need.created_at, need.pk), reverse=True)

    seen: list[str] = []
    after = None
    sizes = []
    while True:
        page = gql(client, LIST, first=2, after=after)["data"]["needs"]
        sizes.append(len(page["edges"]))
        seen += [edge["node"]["title"] for edge in page["edges"]]
        assert page["pageInfo"]["hasPreviousPage"] is (after is not None)
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]

    assert seen == [need.title for need in expected]
    assert sizes == [2, 2, 2, 1]


def test_first_defaults_to_twenty(client, org):
    for i in range(22):
        make_need(org, f"Need {i}", age_hours=i)
    page = gql(client, LIST)["data"]["needs"]
    assert len(page["edges"]) == 20
    assert page["pageInfo"]["hasNextPage"] is True


@pytest.mark.parametrize("first", [0, -5, 101])
def test_first_outside_the_cap_is_an_error(client, org, first):
    make_need(org, "Visible")
    result = gql(client, LIST, first=first)
    assert error_messages(result) == ["first must be between 1 and 100"]
    assert result["data"] is None


def test_first_at_the_cap_is_allowed(client, org):
    make_need(org, "Visible")
    assert titles(gql(client, LIST, first=100)) == ["Visible"]


def test_an_organization_cursor_is_rejected(client, org):
    make_need(org, "Visible")
    Organization.objects.create(name="Zeta")
    page = gql(client, "{ organizations(first: 1) { pageInfo { endCursor } } }")
    org_cursor = page["data"]["organizations"]["pageInfo"]["endCursor"]
    result = gql(client, LIST, after=org_cursor)
    assert error_messages(result) == ["after is not a valid cursor for this list"]


def test_filters(client, org, other_org):
    make_need(org, "Drivers", age_hours=3, urgency=Need.Urgency.URGENT)
    make_need(org, "Cooks", age_hours=2, tldr="Cook for the FOOD shelf")
    make_need(other_org, "Food drive", age_hours=1, urgency=Need.Urgency.URGENT)
    make_need(other_org, "Tutors", description="Help with homework and food.", age_hours=4)
    make_need(other_org, "Food pantry", status=Need.Status.PENDING)

    org_id = to_global_id("Organization", org.pk)
    assert titles(gql(client, LIST, organizationId=org_id)) == ["Cooks", "Drivers"]
    assert titles(gql(client, LIST, urgency="URGENT")) == ["Food drive", "Drivers"]
    assert titles(gql(client, LIST, search=" food ")) == ["Food drive", "Cooks", "Tutors"]
    assert titles(gql(client, LIST, organizationId=org_id, urgency="URGENT")) == ["Drivers"]
    assert titles(gql(client, LIST, organizationId=org_id, search="food")) == ["Cooks"]


@pytest.mark.parametrize("bad_id", ["not-base64!", "", "TmVlZDox"])  # TmVlZDox = "Need:1"
def test_organization_id_of_another_kind_is_an_error(client, org, bad_id):
    make_need(org, "Visible")
    result = gql(client, LIST, organizationId=bad_id)
    assert error_messages(result) == ["organizationId is not an Organization id"]


def test_an_unknown_urgency_is_rejected_by_the_schema(client, org):
    result = gql(client, LIST, urgency="CRITICAL")
    assert result["errors"]
    assert "data" not in result or result["data"] is None


def test_an_overlong_search_is_an_error(client, org):
    assert error_messages(gql(client, LIST, search="x" * 201)) == [
        "search must be at most 200 characters"
    ]


@pytest.mark.parametrize("rows", [3, 30])
def test_list_query_count_is_constant(client, django_assert_num_queries, rows):
    tags = [
        Tag.objects.create(kind=Tag.Kind.POPULATION, value="Somali"),
        Tag.objects.create(kind=Tag.Kind.SERVICE, value="Food shelf"),
    ]
    for i in range(rows):
        org = Organization.objects.create(name=f"Org {i:02d}")
        org.tags.set(tags)
        make_need(org, "Drivers", age_hours=i)
        make_need(org, "Cooks", status=Need.Status.PENDING)

    # One query for the page (organization and its active need count joined in), one for tags.
    with django_assert_num_queries(2):
        result = gql(client, LIST, first=50)

    nodes = [edge["node"] for edge in result["data"]["needs"]["edges"]]
    assert len(nodes) == rows
    assert {node["organization"]["activeNeedCount"] for node in nodes} == {1}
    assert all(len(node["organization"]["tags"]) == 2 for node in nodes)


def test_a_list_without_tags_does_not_load_them(client, django_assert_num_queries):
    tag = Tag.objects.create(kind=Tag.Kind.POPULATION, value="Somali")
    for i in range(3):
        org = Organization.objects.create(name=f"Org {i:02d}")
        org.tags.set([tag])
        make_need(org, "Drivers", age_hours=i)
    plain = "{ needs(first: 10) { edges { node { title organization { name } } } } }"
    with django_assert_num_queries(1):
        assert len(gql(client, plain)["data"]["needs"]["edges"]) == 3
    # Asked for through a fragment, they are loaded in one more query (never one per row).
    fragment = """{ needs(first: 10) { edges { node { ...N } } } }
        fragment N on Need { organization { ... on Organization { tags { value } } } }"""
    with django_assert_num_queries(2):
        result = gql(client, fragment)
    assert [e["node"]["organization"]["tags"] for e in result["data"]["needs"]["edges"]] == [
        [{"value": "Somali"}]] * 3


def test_need_type_exposes_only_public_fields():
    assert set(schema.graphql_schema.get_type("Need").fields) == PUBLIC_NEED_FIELDS
    assert list(schema.graphql_schema.get_type("Urgency").values) == [
        "LOW",
        "MEDIUM",
        "HIGH",
        "URGENT",
    ]




def test_needs_carry_kind_and_languages_and_filter_by_them(client):
    org = Organization.objects.create(name="Kind Org")
    make_need(org, "Somali interpreters for clinic visits")
    Need.objects.filter(title__startswith="Somali").update(
        kind=Need.Kind.SKILLED, languages=["so", "en"], page_language="en")
    make_need(org, "Winter coat drive")
    Need.objects.filter(title__startswith="Winter").update(kind=Need.Kind.DONATION)
    query = """query($kind: NeedKind, $language: String) {
        needs(first: 10, kind: $kind, language: $language) {
            edges { node { title kind languages pageLanguage } } } }"""

    skilled = gql(client, query, kind="SKILLED")["data"]["needs"]["edges"]
    assert [e["node"] for e in skilled] == [{"title": "Somali interpreters for clinic visits",
                                             "kind": "SKILLED", "languages": ["so", "en"],
                                             "pageLanguage": "en"}]
    somali = gql(client, query, language="so")["data"]["needs"]["edges"]
    assert [e["node"]["title"] for e in somali] == ["Somali interpreters for clinic visits"]
    donations = gql(client, query, kind="DONATION")["data"]["needs"]["edges"]
    assert [e["node"]["title"] for e in donations] == ["Winter coat drive"]
    bad = gql(client, query, language="Somali; DROP")
    assert bad["data"] is None or bad.get("errors")
    assert "ISO 639" in bad["errors"][0]["message"]
