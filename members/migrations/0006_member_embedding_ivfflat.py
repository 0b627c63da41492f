"""Members' vectors: one partial IVFFlat index per width instead of HNSW (issue 13).

Candidate selection searches members with a filter (who has the need in reach); at a
million members the HNSW graph's recall depended on the build and the selector's p95 was
165 ms; with IVFFlat, 93-103 ms at recall 0.995-1.000 (authz/vector_index.py,
docs/benchmarks.md).
The index is built with the lists the table wants now (rows / 1000, at least 10) and is
rebuilt as the table grows (``manage.py build_vector_indexes``, the daily beat task).
Building it reads the table once: about 45 s at a million members on 2 cores.
"""

from django.db import migrations

from authz.vectors import hnsw_to_ivfflat


class Migration(migrations.Migration):
    dependencies = [("members", "0005_member_place_order")]

    operations = [hnsw_to_ivfflat("members_member", "member")]
