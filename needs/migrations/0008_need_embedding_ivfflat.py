"""The needs' vectors: one partial IVFFlat index per width instead of HNSW (issue 13;
why, and how it is rebuilt as the table grows: authz/vector_index.py)."""

from django.db import migrations

from authz.vectors import hnsw_to_ivfflat


class Migration(migrations.Migration):
    dependencies = [("needs", "0007_status_created_id_index")]

    operations = [hnsw_to_ivfflat("needs_need", "need")]
