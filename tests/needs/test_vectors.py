import pytest
from django.db import DataError, connection, transaction

from needs.models import Need
from organizations.models import Organization

pytestmark = pytest.mark.django_db


@pytest.fixture
def need():
    org = Organization.objects.create(name="Vector Org")
    return Need.objects.create(organization=org, title="t", description="d", content_hash="h" * 64)


def test_a_1024_dimension_vector_is_stored(need):
    need.embedding = [0.5] * 1024
    need.embedding_model = "test"
    need.save()
    need.refresh_from_db()
    assert len(need.embedding) == 1024


@pytest.mark.parametrize("dims", [1023, 1025, 384])
def test_a_vector_of_other_dimension_is_rejected(need, dims):
    need.embedding = [0.5] * dims
    with pytest.raises(DataError, match="expected 1024 dimensions"), transaction.atomic():
        need.save()


def test_every_embedding_column_has_an_hnsw_cosine_index():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT tablename, indexdef FROM pg_indexes WHERE indexdef ILIKE '%%USING hnsw%%'"
        )
        rows = dict(cursor.fetchall())
    assert set(rows) == {"organizations_organization", "needs_need", "members_member"}
    for indexdef in rows.values():
        assert "vector_cosine_ops" in indexdef
        assert "m='16'" in indexdef and "ef_construction='64'" in indexdef
