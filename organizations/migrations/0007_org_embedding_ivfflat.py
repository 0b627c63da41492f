"""The organizations' vectors: one partial IVFFlat index per width instead of HNSW (issue 13).

Semantic search found 0.807 of the exact top 10 on one HNSW build of 100,000 needs (0.90-0.99
over six builds of the same rows): the graph does not link every cluster of near-copies;
IVFFlat at 10 probes found 0.997 (authz/vector_index.py, docs/benchmarks.md).  Built with
the lists the table wants now (rows / 1000, at least 10), rebuilt as it grows
(``manage.py build_vector_indexes``, the daily beat task).
"""

from django.db import migrations

from authz.vectors import hnsw_to_ivfflat


class Migration(migrations.Migration):
    dependencies = [("organizations", "0006_embedding_native_halfvec")]

    operations = [hnsw_to_ivfflat("organizations_organization", "org")]
