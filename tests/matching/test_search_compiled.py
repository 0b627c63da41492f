"""The compiled search (matching.search) answers exactly what the ORM query it replaced
answered, on the real database: same rows, same order, same similarities, the same field
values, organizations, active-need counts and tags; every public filter kept."""

from __future__ import annotations

import numpy as np
import pytest
from django.conf import settings
from django.db import connection

from authz import vector_index
from authz.vectors import CosineDistance, annotate_width, literal, same_width
from matching import search
from matching.embeddings import get_backend
from needs.models import Need
from needs.selectors import public_needs
from organizations.models import Organization, Tag
from organizations.selectors import public_organizations

pytestmark = pytest.mark.django_db

# Widths with no vector index (authz.vectors.INDEXED_DIMENSIONS): every test rolls its rows
# back, and rolled-back rows stayed in the HNSW graphs these tables had before issue 13 as
# dead entries until a vacuum, starving later tests' index scans (measured: the ORM query
# and this one alike returned nothing); kept index-free so that what is compared is the
# SQL alone. The SQL is the same for every width; bench/search_speed.py measures the
# indexed path at 100,000 rows.
DIMS, OTHER_DIMS = 256, 512
STATUSES = ["active", "active", "active", "pending", "rejected", "filled", "expired"]


def orm_ranked(queryset, vector, model_name: str, limit: int):
    """The search as it was written with the ORM before issue 13 (the specification):
    the public selector, same model, same width, above the floor, nearest first."""
    floor = settings.SEARCH_SIMILARITY_FLOOR
    with connection.cursor() as cursor:  # the settings the search sets, as it sets them
        cursor.execute("SELECT set_config('ivfflat.probes', %s, true), "
                       "set_config('ivfflat.iterative_scan', 'relaxed_order', true)",
                       [str(vector_index.probes(cursor, "needs_need", len(vector)))])
    rows = list(
        annotate_width(queryset.filter(embedding_model=model_name, embedding__isnull=False))
        .filter(same_width("embedding", len(vector)))
        .annotate(distance=CosineDistance("embedding", vector))
        .filter(distance__lte=1 - floor)
        .order_by("distance")[:limit]
    )
    rows.sort(key=lambda row: row.distance)
    return [(row, 1 - float(row.distance)) for row in rows]


def _near(rng, base, spread):
    vector = base + rng.normal(scale=spread, size=base.shape)
    return (vector / np.linalg.norm(vector)).astype(np.float32)


@pytest.fixture
def corpus():
    """Organizations (listed or not, with tags) and needs of every status; vectors of the
    configured model around one direction, plus rows search must skip: another model,
    another width, no vector."""
    model = get_backend().model_name
    rng = np.random.default_rng(13)
    base = rng.normal(size=DIMS)
    tags = [Tag.objects.create(kind=kind, value=f"{kind} {i}")
            for i, kind in enumerate(["service", "language", "population", "focus"])]
    orgs = []
    for i in range(12):
        org = Organization.objects.create(
            name=f"Search org {i}", summary=f"Summary {i}", county="Hennepin",
            listed=i % 5 != 4, embedding=_near(rng, base, 0.04 * (i % 6 + 1)),
            embedding_model=model if i != 7 else "another-model@1")
        org.tags.set(tags[: i % 4])
        orgs.append(org)
    Organization.objects.create(name="Search org wide", embedding=rng.normal(size=OTHER_DIMS),
                                embedding_model=model)
    Organization.objects.create(name="Search org without a vector")
    for i in range(60):
        org = orgs[i % len(orgs)]
        Need.objects.create(
            organization=org, title=f"Need {i}", description=f"Description {i}",
            tldr=f"tldr {i}", status=STATUSES[i % len(STATUSES)],
            languages=["en", "so"][: i % 3], latitude=44.9 if i % 2 else None,
            longitude=-93.2 if i % 2 else None, content_hash=f"{i:064x}",
            embedding=None if i % 11 == 10 else (rng.normal(size=OTHER_DIMS) if i % 13 == 12
                                                 else _near(rng, base, 0.03 * (i % 7 + 1))),
            embedding_model=model if i % 17 != 16 else "another-model@1")
    return {"model": model, "base": base, "rng": rng}


def _fields(obj) -> dict:
    return {field.attname: getattr(obj, field.attname)
            for field in obj._meta.concrete_fields if field.attname != "embedding"}


def _tags(org) -> list:
    return [(tag.pk, tag.kind, tag.value) for tag in org.tags.all()]


def _assert_same(kind, got, expected):
    assert [(row.pk, round(sim, 9)) for row, sim in got] == \
        [(row.pk, round(sim, 9)) for row, sim in expected]
    for (row, _), (want, _) in zip(got, expected, strict=True):
        assert _fields(row) == _fields(want)
        if kind == "needs":
            assert row.organization_active_need_count == want.organization_active_need_count
            assert _fields(row.organization) == _fields(want.organization)
            org, want_org = row.organization, want.organization
        else:
            assert row.active_need_count == want.active_need_count
            org, want_org = row, want
        # public_tags (one query for the page) equals what the ORM's relation gives.
        assert [(t.pk, t.kind, t.value) for t in org.public_tags] == _tags(want_org)
        assert "embedding" in row.get_deferred_fields()  # vectors never leave


@pytest.mark.parametrize("floor", [0.0, 0.9, 0.97])
@pytest.mark.parametrize("limit", [1, 7, 50])
def test_the_compiled_search_answers_what_the_orm_query_answered(corpus, floor, limit,
                                                                 settings):
    settings.SEARCH_SIMILARITY_FLOOR = floor
    sources = {"needs": public_needs, "organizations": public_organizations}
    for _ in range(4):
        query = _near(corpus["rng"], corpus["base"], 0.05)
        for kind, source in sources.items():
            got = search.ranked(kind, query, corpus["model"], limit)
            expected = orm_ranked(source(), query, corpus["model"], limit)
            _assert_same(kind, got, expected)
            if floor == 0.0:
                assert len(got) == min(limit, len(expected)) and got


def test_only_public_rows_of_the_model_and_width_are_ever_found(corpus, settings):
    settings.SEARCH_SIMILARITY_FLOOR = 0.0
    query = _near(corpus["rng"], corpus["base"], 0.05)
    needs = search.ranked("needs", query, corpus["model"], 50)
    assert needs and {row.status for row, _ in needs} == {"active"}
    assert all(row.embedding_model == corpus["model"] for row, _ in needs)
    with connection.cursor() as cursor:
        cursor.execute("SELECT id FROM needs_need WHERE vector_dims(embedding) = %s "
                       "AND status = 'active' AND embedding_model = %s", [DIMS, corpus["model"]])
        assert {row.pk for row, _ in needs} == {pk for (pk,) in cursor.fetchall()}
    orgs = search.ranked("organizations", query, corpus["model"], 50)
    assert orgs and all(row.listed and row.embedding_model == corpus["model"]
                        for row, _ in orgs)
    assert {row.name for row, _ in orgs} == set(
        Organization.objects.filter(listed=True, embedding_model=corpus["model"])
        .exclude(name="Search org wide").values_list("name", flat=True))
    other = search.ranked("organizations", query, "another-model@1", 50)
    assert [row.name for row, _ in other] == ["Search org 7"]  # never mixed with ours


def test_a_row_that_stops_being_public_between_ranking_and_page_is_dropped(corpus):
    """The page query applies the public filters again: a need rejected (or an
    organization unlisted) after the ranking read its id is not shown."""
    active = list(Need.objects.filter(status="active").values_list("pk", flat=True)[:3])
    Need.objects.filter(pk=active[0]).update(status="rejected")
    loaded = search._load(search._page("needs"), active)
    assert set(loaded) == set(active[1:])
    listed = list(Organization.objects.filter(listed=True).values_list("pk", flat=True)[:3])
    Organization.objects.filter(pk=listed[0]).update(listed=False)
    assert set(search._load(search._page("organizations"), listed)) == set(listed[1:])


def test_tags_are_loaded_only_when_asked(corpus, settings, django_assert_num_queries):
    settings.SEARCH_SIMILARITY_FLOOR = 0.0
    query = _near(corpus["rng"], corpus["base"], 0.05)
    with django_assert_num_queries(2):  # the ranking (one round trip), the page
        rows = search.ranked("needs", query, corpus["model"], 10, tags=False)
    assert not any(hasattr(row.organization, "public_tags") for row, _ in rows)
    with django_assert_num_queries(3):  # + the tags of the page's organizations
        search.ranked("organizations", query, corpus["model"], 10)


def test_the_corpus_stays_out_of_the_vector_indexes():
    from authz.vectors import INDEXED_DIMENSIONS

    assert not {DIMS, OTHER_DIMS} & set(INDEXED_DIMENSIONS)


def test_the_vector_literal_gives_back_every_float32_exactly():
    vector = np.random.default_rng(5).normal(size=2048).astype(np.float32)
    vector[:4] = [0.0, -0.0, 1e-38, 65504.0]
    text = literal(vector)
    assert np.array_equal(np.array(text[1:-1].split(","), dtype=np.float32), vector)
    with connection.cursor() as cursor:
        cursor.execute("SELECT %s::halfvec(2048)::text = %s::halfvec(2048)::text",
                       [text, "[" + ",".join(repr(float(x)) for x in vector) + "]"])
        assert cursor.fetchone() == (True,)


@pytest.mark.django_db(transaction=True)
def test_the_search_settings_end_with_its_statement(settings):
    """probes and the iterative scan are set for the ranking only (transaction-local,
    in the ranking's own implicit transaction): the pooled connection keeps its defaults."""
    settings.SEARCH_SIMILARITY_FLOOR = 0.0
    model = get_backend().model_name
    org = Organization.objects.create(name="Settings org", listed=True)
    org.refresh_from_db()  # embedded after its commit
    assert not connection.in_atomic_block and org.embedding_model == model
    # (Only the settings matter here, not what it finds.)
    search.ranked("organizations", org.embedding, model, 10)
    with connection.cursor() as cursor:
        cursor.execute("SELECT current_setting('ivfflat.probes', true), "
                       "current_setting('ivfflat.iterative_scan', true)")
        probes, scan = cursor.fetchone()
        assert probes != str(vector_index.probes(cursor, "organizations_organization",
                                                 len(org.embedding)))
    assert scan != "relaxed_order"
