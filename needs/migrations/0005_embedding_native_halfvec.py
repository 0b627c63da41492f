"""Embeddings at their model's native width as ``halfvec``, one partial HNSW index per
width (issue 13; the decision and its figures: authz/vectors.py, docs/benchmarks.md).

Refuses to run on pgvector older than 0.8, saying what to install.  Existing vectors of the
local 384-d model lose their zero padding; other models' vectors keep their 1024 components.
"""

from django.db import migrations

import authz.vectors
from authz.vectors import (
    INDEXED_DIMENSIONS,
    hnsw_index_name,
    hnsw_index_sql,
    require_pgvector,
    to_native_halfvec_sql,
)

TABLE = "needs_need"


class Migration(migrations.Migration):
    dependencies = [("needs", "0004_fill_need_kind_languages")]

    operations = [
        migrations.RunPython(require_pgvector, migrations.RunPython.noop),
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RemoveIndex(model_name="need", name="need_embedding_hnsw"),
                migrations.AlterField(
                    model_name="need",
                    name="embedding",
                    field=authz.vectors.EmbeddingField(blank=True, editable=False, null=True),
                ),
            ],
            database_operations=[
                migrations.RunSQL('DROP INDEX IF EXISTS "need_embedding_hnsw"',
                                  migrations.RunSQL.noop),
                migrations.RunSQL(to_native_halfvec_sql(TABLE), migrations.RunSQL.noop),
                *[migrations.RunSQL(hnsw_index_sql(TABLE, "need", dims),
                                    f'DROP INDEX IF EXISTS "{hnsw_index_name("need", dims)}"')
                  for dims in INDEXED_DIMENSIONS],
            ],
        ),
    ]
