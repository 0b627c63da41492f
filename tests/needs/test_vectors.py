import numpy as np
import pytest
from django.db import connection

from authz.vectors import INDEXED_DIMENSIONS
from needs.models import Need
from organizations.models import Organization

pytestmark = pytest.mark.django_db


@pytest.fixture
def need():
    org = Organization.objects.create(name="Vector Org")
    return Need.objects.create(organization=org, title="t", description="d", content_hash="h" * 64)


@pytest.mark.parametrize("dims", [384, 1024])
def test_a_vector_is_stored_at_its_native_width_as_half_floats(need, dims):
    need.embedding = [0.5] * dims
    need.embedding_model = "test"
    need.save()
    need.refresh_from_db()
    assert need.embedding.dtype == np.float32 and need.embedding.shape == (dims,)
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_typeof(embedding)::text, vector_dims(embedding) "
                       "FROM needs_need WHERE id = %s", [need.pk])
        assert cursor.fetchone() == ("halfvec", dims)


@pytest.mark.parametrize("bad", [[], [[0.5, 0.5]], [0.5] * 4001])
def test_a_malformed_vector_is_refused_before_the_database(need, bad):
    need.embedding = bad
    with pytest.raises(ValueError, match="1 to 4000 components"):
        need.save()


def test_every_embedding_column_has_a_partial_ivfflat_index_per_width():
    """Needs, organizations and members (authz/vector_index.py); no HNSW index is left."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT tablename, indexdef FROM pg_indexes WHERE "
                       "indexdef ILIKE '%%USING ivfflat%%' OR indexdef ILIKE '%%USING hnsw%%'")
        rows = cursor.fetchall()
    tables = {"organizations_organization", "needs_need", "members_member"}
    assert {table for table, _ in rows} == tables
    assert len(rows) == len(tables) * len(INDEXED_DIMENSIONS)
    for _table, indexdef in rows:
        assert "USING ivfflat" in indexdef and "halfvec_cosine_ops" in indexdef
        dims = next(d for d in INDEXED_DIMENSIONS if f"halfvec({d})" in indexdef)
        assert f"vector_dims(embedding) = {dims}" in indexdef


def test_the_index_of_the_width_serves_a_nearest_neighbour_query(need):
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(
            "EXPLAIN SELECT id FROM needs_need WHERE vector_dims(embedding) = 384 "
            "ORDER BY embedding::halfvec(384) <=> %s::halfvec(384) LIMIT 5",
            ["[" + ",".join(["0.1"] * 384) + "]"])
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "need_embedding_ivf_384" in plan
