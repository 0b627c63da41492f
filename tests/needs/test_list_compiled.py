"""The compiled page of the public needs list (needs.selectors.need_page, authz.compiled)
answers exactly what the ORM query it replaced answers, on the real database: same rows,
same order, every field of the need and its organization, the active-need counts, the
deferred vectors, the cursors and the number of queries -- for every filter the list
accepts, alone and combined, first pages and cursor pages, prepared or not; and the shape
left to the ORM (with the organizations' tags) still answers through the ORM."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from django.db import connection
from django.utils import timezone
from graphql_relay import to_global_id

from authz import compiled
from authz.pagination import decode_cursor, encode_cursor
from needs import selectors
from needs.hashing import content_hash
from needs.models import Need
from organizations.models import Organization, Tag
from tests.conftest import post_graphql

pytestmark = pytest.mark.django_db

NOW = timezone.now()
STATUSES = [Need.Status.ACTIVE] * 4 + [Need.Status.PENDING, Need.Status.REJECTED,
                                       Need.Status.FILLED, Need.Status.EXPIRED]
KINDS = [kind.value for kind in Need.Kind]
URGENCIES = [urgency.value for urgency in Need.Urgency]
LANGUAGES = [[], ["so"], ["en", "so"], ["hmn"], ["es", "en"]]
# Words of the search, LIKE's own characters among them (escaped as the ORM escapes them).
TEXTS = ["Food shelf drivers", "Coats 100% wool", "tutor_math help", "back\\slash needs",
         "Comida para familias", "Zaub mov rau tsev neeg", "Drivers for seniors"]


@pytest.fixture
def corpus():
    """Three organizations (one unlisted, one with tags) and 72 needs of every status,
    kind, urgency and language set, with shared timestamps (the id breaks ties), missing
    places, long and empty summaries."""
    tags = [Tag.objects.create(kind=Tag.Kind.SERVICE, value="Food shelf"),
            Tag.objects.create(kind=Tag.Kind.POPULATION, value="Somali")]
    orgs = [
        Organization.objects.create(name="Brian Coyle Center", county="Hennepin",
                                    website="https://example.org/coyle", verified=True,
                                    answers={"hours": "9-5"}, other_phones=["612-555-0100"]),
        Organization.objects.create(name="Arrive Ministries", county="Ramsey", listed=False),
        Organization.objects.create(name="Hmong Family Center", county="Ramsey"),
    ]
    orgs[2].tags.set(tags)
    for i in range(72):
        org = orgs[i % 3]
        title = f"{TEXTS[i % len(TEXTS)]} {i}"
        description = f"{TEXTS[(i * 5) % len(TEXTS)]} at {org.name}."
        need = Need.objects.create(
            organization=org, title=title, description=description,
            tldr="" if i % 4 == 0 else f"Summary {TEXTS[(i * 3) % len(TEXTS)]}",
            status=STATUSES[i % len(STATUSES)], kind=KINDS[i % len(KINDS)],
            urgency=URGENCIES[(i // 2) % len(URGENCIES)],
            languages=LANGUAGES[i % len(LANGUAGES)], page_language=["en", "so", ""][i % 3],
            latitude=None if i % 5 == 0 else 44.9 + i / 1000,
            longitude=None if i % 5 == 0 else -93.2 - i / 1000,
            location_name="" if i % 5 == 0 else "Minneapolis",
            contact_email=f"help{i}@example.org" if i % 2 else "",
            content_hash=content_hash(title=title, description=description,
                                      organization_id=org.pk),
        )
        # Runs of equal timestamps: the primary key decides the order inside each run.
        Need.objects.filter(pk=need.pk).update(
            created_at=NOW - dt.timedelta(hours=i // 4, microseconds=(i % 4 == 3)))
    return {"orgs": orgs, "tags": tags}


def _fields(obj) -> dict:
    return {field.attname: getattr(obj, field.attname)
            for field in obj._meta.concrete_fields if field.attname != "embedding"}


def assert_same_page(got: list, expected: list) -> None:
    assert [row.pk for row in got] == [row.pk for row in expected]
    for row, want in zip(got, expected, strict=True):
        assert type(row) is type(want) is Need
        assert _fields(row) == _fields(want)
        assert row.organization_active_need_count == want.organization_active_need_count
        assert row.get_deferred_fields() == want.get_deferred_fields() == {"embedding"}
        assert (row._state.db, row._state.adding) == (want._state.db, want._state.adding)
        org, want_org = row.organization, want.organization
        assert type(org) is Organization and _fields(org) == _fields(want_org)
        assert org.get_deferred_fields() == want_org.get_deferred_fields() == {"embedding"}
        assert encode_cursor(row, selectors.NEED_ORDER) == \
            encode_cursor(want, selectors.NEED_ORDER)


def walk(page, limit: int) -> list[list]:
    """Every page of size ``limit`` as the GraphQL list reads them (one more row, to know
    whether another page follows), each after the previous page's last row."""
    pages, after = [], None
    while True:
        rows = page(limit + 1, after)
        pages.append(rows)
        if len(rows) <= limit:
            return pages
        last = rows[limit - 1]
        after = decode_cursor(encode_cursor(last, selectors.NEED_ORDER), Need,
                              selectors.NEED_ORDER)


def shapes(corpus) -> list[dict]:
    """Every filter alone, pairs of them, all of them, and none."""
    coyle = corpus["orgs"][0].pk
    values = {"organization_id": coyle, "urgency": "high", "kind": "volunteer",
              "language": "so", "search": "drivers"}
    out = [{}]
    for size in (1, 2, len(values)):
        out += [{name: values[name] for name in names}
                for names in itertools.combinations(values, size)]
    return out


@pytest.mark.parametrize("prepared", [True, False], ids=["prepared", "unprepared"])
@pytest.mark.parametrize("limit", [1, 3, 20])
def test_every_page_of_every_shape_is_the_orm_page(corpus, settings, prepared, limit):
    settings.DB_PREPARED_STATEMENTS = prepared
    for filters in shapes(corpus):
        compiled_pages = walk(lambda n, after, f=filters: selectors.need_page(
            limit=n, after=after, organization_tags=False, **f), limit)
        orm_pages = walk(lambda n, after, f=filters: selectors.orm_need_page(
            limit=n, after=after, filters=f, organization_tags=False), limit)
        assert len(compiled_pages) == len(orm_pages), filters
        for got, expected in zip(compiled_pages, orm_pages, strict=True):
            assert_same_page(got, expected)
        if not filters:  # the fixture really is what the shapes are tested on
            assert sum(len(p[:limit]) for p in compiled_pages) == \
                Need.objects.filter(status=Need.Status.ACTIVE).count() == 36


@pytest.mark.parametrize("term", ["100%", "tutor_", "back\\slash", "%", "_", "\\",
                                  "  FOOD shelf ", "comida", "nowhere at all"])
def test_search_terms_are_matched_as_the_orm_matches_them(corpus, term):
    got = selectors.need_page(limit=50, search=term, organization_tags=False)
    expected = list(selectors.need_list(search=term, organization_tags=False)
                    .order_by(*selectors.NEED_ORDER)[:50])
    assert_same_page(got, expected)
    if term in ("100%", "%", "_", "\\"):  # a literal character, not a wildcard
        assert got and all(term in f"{row.title} {row.tldr} {row.description}"
                           for row in got)


@pytest.mark.parametrize("blank", ["", None, "   "])
def test_empty_filters_are_no_filter_as_before(corpus, blank):
    everything = selectors.need_page(limit=100, organization_tags=False)
    assert len(everything) == 36
    empty = None if blank is None else ""  # a blank search is no search; "" no filter
    got = selectors.need_page(limit=100, urgency=empty, kind=empty, language=empty,
                              search=blank, organization_tags=False)
    assert_same_page(got, everything)


def test_an_empty_page_and_an_unknown_organization(corpus):
    assert selectors.need_page(limit=5, organization_id=10**12, organization_tags=False) == []
    last = selectors.need_page(limit=100, organization_tags=False)[-1]
    key = decode_cursor(encode_cursor(last, selectors.NEED_ORDER), Need, selectors.NEED_ORDER)
    assert selectors.need_page(limit=5, after=key, organization_tags=False) == []


@pytest.mark.parametrize("prepared", [True, False], ids=["prepared", "unprepared"])
def test_one_query_per_page_as_before(corpus, settings, django_assert_num_queries, prepared):
    settings.DB_PREPARED_STATEMENTS = prepared
    for filters in ({}, {"kind": "donation", "search": "food"}):
        with django_assert_num_queries(1) as captured:
            first = selectors.need_page(limit=3, organization_tags=False, **filters)
        assert "needs_need" in captured.captured_queries[0]["sql"]
        key = decode_cursor(encode_cursor(first[-1], selectors.NEED_ORDER), Need,
                            selectors.NEED_ORDER)
        with django_assert_num_queries(1):
            selectors.need_page(limit=3, after=key, organization_tags=False, **filters)


def _executions(pattern: str) -> int:
    """How often prepared statements whose text matches ``pattern`` have run."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT coalesce(sum(generic_plans + custom_plans), 0) "
                       "FROM pg_prepared_statements WHERE statement LIKE %s", [pattern])
        return cursor.fetchone()[0]


def test_the_unfiltered_list_is_prepared_once_per_connection(corpus, settings):
    settings.DB_PREPARED_STATEMENTS = True
    first = selectors.need_page(limit=7, organization_tags=False)
    assert compiled.prepares()
    unfiltered = '%WHERE "needs_need"."status" = $3 ORDER BY%LIMIT 7'
    before = _executions(unfiltered)
    assert before >= 1
    key = decode_cursor(encode_cursor(first[-1], selectors.NEED_ORDER), Need,
                        selectors.NEED_ORDER)
    for _ in range(3):
        selectors.need_page(limit=7, organization_tags=False)
        selectors.need_page(limit=7, after=key, organization_tags=False)
    assert _executions(unfiltered) == before + 3  # the same statement, run again
    assert _executions("%LIMIT 7") == before + 3 + 3  # + the cursor pages' own statement
    # A filter's value decides its plan: filtered pages are never prepared.
    for kind in ("skilled", "volunteer", "donation"):
        selectors.need_page(limit=7, kind=kind, organization_tags=False)
    selectors.need_page(limit=7, search="food", organization_tags=False)
    assert _executions("%LIMIT 7") == before + 3 + 3
    settings.DB_PREPARED_STATEMENTS = False
    assert not compiled.prepares()
    selectors.need_page(limit=7, organization_tags=False)
    assert _executions("%LIMIT 7") == before + 3 + 3  # bound on the client, as the ORM does


def test_with_tags_the_orm_builds_the_page(corpus, django_assert_num_queries):
    """The shape left to the ORM: the page and one prefetch of the organizations' tags."""
    with django_assert_num_queries(2):
        rows = selectors.need_page(limit=100)
        tags = {row.organization.name: sorted(t.value for t in row.organization.tags.all())
                for row in rows}
    assert tags == {"Brian Coyle Center": [], "Arrive Ministries": [],
                    "Hmong Family Center": ["Food shelf", "Somali"]}
    assert_same_page(rows, selectors.need_page(limit=100, organization_tags=False))


def test_a_need_that_stops_being_public_leaves_the_next_page(corpus):
    first = selectors.need_page(limit=4, organization_tags=False)
    key = decode_cursor(encode_cursor(first[-2], selectors.NEED_ORDER), Need,
                        selectors.NEED_ORDER)
    following = selectors.need_page(limit=3, after=key, organization_tags=False)
    Need.objects.filter(pk=following[0].pk).update(status=Need.Status.FILLED)
    now = selectors.need_page(limit=3, after=key, organization_tags=False)
    assert following[0].pk not in [row.pk for row in now]
    assert [row.pk for row in now][:2] == [row.pk for row in following][1:]


# A literal page size: a variable one is costed as the largest page.
LIST = """query($after: String, $organizationId: ID, $urgency: Urgency,
                $kind: NeedKind, $language: String, $search: String) {
  needs(first: 4, after: $after, organizationId: $organizationId, urgency: $urgency,
        kind: $kind, language: $language, search: $search) {
    edges { cursor node { id title tldr description urgency kind languages pageLanguage
      locationName latitude longitude contactEmail contactPhone contactUrl createdAt
      organization { id name county website activeNeedCount } } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }"""

WITH_TAGS = LIST.replace("activeNeedCount }", "activeNeedCount tags { value } }")


def _without_tags(page: dict) -> dict:
    for edge in page["edges"]:
        edge["node"]["organization"].pop("tags")
    return page


@pytest.mark.parametrize("variables", [
    {}, {"kind": "VOLUNTEER"}, {"urgency": "HIGH", "search": "drivers"}, {"language": "so"},
    {"organizationId": "coyle"}, {"organizationId": "coyle", "kind": "DONATION"}])
def test_the_graphql_list_pages_as_the_orm_does(client, corpus, variables):
    """Through the endpoint: every page of the compiled list (no tags selected) equals the
    same page read with tags (the ORM's page), cursors and page info included."""
    if variables.get("organizationId") == "coyle":
        variables = {**variables,
                     "organizationId": to_global_id("Organization", corpus["orgs"][0].pk)}
    after, pages = None, 0
    while True:
        got = post_graphql(client, LIST, after=after, **variables)
        expected = post_graphql(client, WITH_TAGS, after=after, **variables)
        assert "errors" not in got and "errors" not in expected
        assert got["data"]["needs"] == _without_tags(expected["data"]["needs"])
        pages += 1
        info = got["data"]["needs"]["pageInfo"]
        if not info["hasNextPage"]:
            break
        after = info["endCursor"]
    assert pages >= 2 or variables


def test_connections_prepare_only_when_asked(settings):
    """DB_PREPARED_STATEMENTS gives each connection a prepare_threshold no statement
    reaches: psycopg then prepares only what authz.compiled runs with prepare=True."""
    assert settings.DATABASES["default"]["OPTIONS"]["prepare_threshold"] == \
        compiled.NEVER_AUTOMATICALLY
    connection.ensure_connection()
    assert connection.connection.prepare_threshold == compiled.NEVER_AUTOMATICALLY
