"""Members' vectors: one partial IVFFlat index per width instead of HNSW (issue 13).

Candidate selection searches members with a filter (who has the need in reach); at a
million members the HNSW graph's recall depended on the build and the selector's p95 was
165 ms; with IVFFlat, 93-103 ms at recall 0.995-1.000 (members/vector_index.py,
docs/benchmarks.md).
The index is built with the lists the table wants now (rows / 1000, at least 10) and is
rebuilt as the table grows (``manage.py build_member_index``, the daily beat task).
Building it reads the table once: about 45 s at a million members on 2 cores.
"""

from django.db import migrations

from authz.vectors import (
    INDEXED_DIMENSIONS,
    hnsw_index_name,
    hnsw_index_sql,
    ivfflat_index_name,
    ivfflat_index_sql,
    ivfflat_lists,
)

TABLE = "members_member"


def _memory_mb(lists: int) -> int:
    """As members.vector_index.build_memory: enough for 1024-dimension k-means, >= 1 GB."""
    return max(1024, int(600 * lists * lists / 2**20) + 64)


def to_ivfflat(apps, schema_editor):
    with schema_editor.connection.cursor() as cursor:
        # Tens of seconds at a million members, over the connection's statement_timeout;
        # pgvector refuses to build when its k-means would not fit maintenance_work_mem.
        cursor.execute("SET LOCAL statement_timeout = 0")
        cursor.execute(f'SELECT count(*) FROM "{TABLE}"')
        lists = ivfflat_lists(cursor.fetchone()[0])
        cursor.execute(f"SET LOCAL maintenance_work_mem = '{_memory_mb(lists)}MB'")
        for dims in INDEXED_DIMENSIONS:
            cursor.execute(f'DROP INDEX IF EXISTS "{hnsw_index_name("member", dims)}"')
            cursor.execute(ivfflat_index_sql(TABLE, ivfflat_index_name("member", dims), dims,
                                             lists))


def to_hnsw(apps, schema_editor):
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("SET LOCAL statement_timeout = 0")
        cursor.execute("SET LOCAL maintenance_work_mem = '1GB'")
        for dims in INDEXED_DIMENSIONS:
            cursor.execute(f'DROP INDEX IF EXISTS "{ivfflat_index_name("member", dims)}"')
            cursor.execute(hnsw_index_sql(TABLE, "member", dims))


class Migration(migrations.Migration):
    dependencies = [("members", "0005_member_place_order")]

    operations = [migrations.RunPython(to_ivfflat, to_hnsw)]
