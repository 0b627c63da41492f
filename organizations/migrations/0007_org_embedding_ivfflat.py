"""The organizations' vectors: one partial IVFFlat index per width instead of HNSW (issue 13;
why, and how it is rebuilt as the table grows: authz/vector_index.py)."""

from django.db import migrations

from authz.vectors import hnsw_to_ivfflat


class Migration(migrations.Migration):
    dependencies = [("organizations", "0006_embedding_native_halfvec")]

    operations = [hnsw_to_ivfflat("organizations_organization", "org")]
