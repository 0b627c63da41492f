"""How embeddings are stored and searched, shared by every table that holds one.

Lives below the apps (like ``authz.outbox``) because organizations, needs and members all
store vectors and none of them may import another's code.

**Storage** (decided from measurements, docs/benchmarks.md "issue 13"): each vector is kept
at its model's *native* dimension as ``halfvec`` (16-bit floats) in one column without a
fixed width.  The local model's 384 components take 776 bytes, stored in the row;
the old layout (``vector(1024)``, zero-padded) took 4 KB, which PostgreSQL moved out of
the row (TOAST), and exact scans paid 3–10× for it.

What the old rule "one width for every table" protected is kept another way:

* vectors of different models are never compared: every query filters on
  ``embedding_model`` (stored beside each vector) *and* on the width;
* each width in :data:`INDEXED_DIMENSIONS` has its own partial index over
  ``embedding::halfvec(N)`` restricted to rows of that width, created by the migrations
  -- IVFFlat (:func:`ivfflat_index_sql`, below; HNSW until issue 13, :func:`hnsw_index_sql`
  for the old migrations), rebuilt as its rows grow by ``authz.vector_index``; a model of
  a new width needs a migration adding its index, and works (by exact scans, slowly) until
  then;
* changing the model is a re-embedding (``manage.py generate_embeddings --model-changed``):
  rows of the old model are skipped by every query until they are re-embedded.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from django.db.models import F, FloatField, Func, IntegerField, Q, Value
from django.db.models.functions import Cast
from pgvector.django import HalfVectorField
from pgvector.halfvec import HalfVector

# Widths with a vector index (IVFFlat, on needs, members and organizations): the local
# model (multilingual-e5-small, 384) and the hosted ones (voyage-3-large and
# text-embedding-3-small shortened, 1024).
INDEXED_DIMENSIONS: tuple[int, ...] = (384, 1024)
MAX_DIMENSIONS = 4000  # halfvec indexes take up to 4,000 dimensions

MINIMUM_PGVECTOR = (0, 8, 0)


class EmbeddingField(HalfVectorField):
    """A ``halfvec`` column of any width; Python sees ``numpy.float32`` arrays (or None)."""

    def from_db_value(self, value, expression, connection):
        return to_array(value)

    def to_python(self, value):
        if value is None or isinstance(value, np.ndarray):
            return value
        return to_array(value)

    def get_prep_value(self, value):
        if value is None:
            return None
        if not isinstance(value, HalfVector):
            value = np.asarray(value, dtype=np.float32)
            if value.ndim != 1 or not 1 <= value.shape[0] <= MAX_DIMENSIONS:
                raise ValueError(f"an embedding has 1 to {MAX_DIMENSIONS} components")
        return HalfVector._to_db(value)


def to_array(value) -> np.ndarray | None:
    """A halfvec value as read by any cursor (text, ``HalfVector``, list) as float32."""
    if value is None:
        return None
    if isinstance(value, HalfVector):
        return value.to_numpy().astype(np.float32)
    if isinstance(value, bytes):
        value = value.decode()
    if isinstance(value, str):
        return HalfVector.from_text(value).to_numpy().astype(np.float32)
    return np.asarray(value, dtype=np.float32)


def literal(vector: Sequence[float]) -> str:
    """The text form of a vector, for a ``%s::halfvec(N)`` parameter.

    Nine significant digits give back every ``float32`` exactly (so the server reads the
    same floats, and the same half floats, as from the shortest ``repr``) in a third of the
    time and two thirds of the text: a search builds one per call (issue 13).
    """
    values = np.asarray(vector, dtype=np.float32).tolist()
    return "[" + ",".join(["%.9g"] * len(values)) % tuple(values) + "]"


def width(vector) -> int:
    return int(np.asarray(vector).shape[0])


# -- ORM: cosine distance that the per-width partial index can serve ----------------------

def same_width(column: str, dims: int) -> Q:
    """Rows whose vector has ``dims`` components: the partial index's own predicate."""
    return Q(**{f"_dims_{column}": dims})


def annotate_width(queryset, column: str = "embedding"):
    return queryset.annotate(**{f"_dims_{column}": Func(
        F(column), function="vector_dims", output_field=IntegerField())})


class CosineDistance(Func):
    """``column::halfvec(N) <=> query::halfvec(N)`` (the indexed expression)."""

    arg_joiner = " <=> "
    template = "%(expressions)s"
    output_field = FloatField()

    def __init__(self, column: str, vector):
        dims = width(vector)
        field = HalfVectorField(dimensions=dims)
        super().__init__(Cast(F(column), field), Cast(Value(literal(vector)), field))


# -- SQL for migrations -------------------------------------------------------------------

def hnsw_index_name(prefix: str, dims: int) -> str:
    return f"{prefix}_embedding_hnsw_{dims}"


def hnsw_index_sql(table: str, prefix: str, dims: int, *, column: str = "embedding") -> str:
    return (f'CREATE INDEX IF NOT EXISTS "{hnsw_index_name(prefix, dims)}" ON "{table}" '
            f'USING hnsw (("{column}"::halfvec({dims})) halfvec_cosine_ops) '
            f"WITH (m = 24, ef_construction = 128) "
            f'WHERE vector_dims("{column}") = {dims}')


# IVFFlat, not HNSW: on data that clusters hard (many rows say nearly the same thing) an
# HNSW graph's recall depended on the build -- 0.71-0.99 of the exact 500 members at a
# million, 0.90-0.99 of the exact top 10 needs at 100,000 (0.807 for the bare index query
# on one build) -- and IVFFlat (lists = rows / 1000, probes = sqrt(lists)) gave
# 0.995-1.000 and 0.997-1.000 (docs/benchmarks.md, issue 13).
# IVFFlat's lists are k-means centres of the rows present when the index is built, so each
# index is rebuilt as it grows (authz.vector_index, ``manage.py build_vector_indexes``).
IVFFLAT_MIN_LISTS = 10


def ivfflat_lists(rows: float) -> int:
    """pgvector's advice for an IVFFlat index: rows / 1000 lists up to a million rows, the
    square root beyond; at least :data:`IVFFLAT_MIN_LISTS` (a small table is probed whole)."""
    rows = max(0.0, float(rows))
    lists = rows / 1000 if rows <= 1_000_000 else rows ** 0.5
    return max(IVFFLAT_MIN_LISTS, int(round(lists)))


def ivfflat_probes(lists: int, minimum: int = 10) -> int:
    """Lists probed first: the square root of ``lists``, at least ``minimum``, at most all."""
    return max(1, min(int(lists), max(int(minimum), int(round(int(lists) ** 0.5)))))


def ivfflat_index_name(prefix: str, dims: int) -> str:
    return f"{prefix}_embedding_ivf_{dims}"


def ivfflat_index_sql(table: str, name: str, dims: int, lists: int, *,
                      column: str = "embedding", concurrently: bool = False) -> str:
    return (f'CREATE INDEX {"CONCURRENTLY " if concurrently else ""}IF NOT EXISTS "{name}" '
            f'ON "{table}" USING ivfflat (("{column}"::halfvec({dims})) halfvec_cosine_ops) '
            f"WITH (lists = {int(lists)}) "
            f'WHERE vector_dims("{column}") = {dims}')


def build_memory_mb(lists: int) -> int:
    """``maintenance_work_mem`` (MB) for building ``lists`` lists: pgvector refuses to start
    when its k-means would not fit (~200 bytes x lists^2 at 384 dimensions, more for wider
    vectors); enough for 1024 dimensions, at least 1 GB."""
    return max(1024, int(600 * lists * lists / 2**20) + 64)


def hnsw_to_ivfflat(table: str, prefix: str):
    """A migration operation: each width's HNSW index of ``table`` replaced by an IVFFlat
    one with the lists the table's rows want now (authz/vector_index.py rebuilds it as they
    grow); the reverse restores the HNSW indexes.  Applied migrations call it (members 0006,
    needs 0008, organizations 0007): change what it does only by writing a new helper."""
    from django.db import migrations

    def forward(apps, schema_editor):
        with schema_editor.connection.cursor() as cursor:
            # Tens of seconds at a million rows, over the connection's statement_timeout.
            cursor.execute("SET LOCAL statement_timeout = 0")
            cursor.execute(f'SELECT count(*) FROM "{table}"')  # noqa: S608 - a constant
            lists = ivfflat_lists(cursor.fetchone()[0])
            cursor.execute(f"SET LOCAL maintenance_work_mem = '{build_memory_mb(lists)}MB'")
            for dims in INDEXED_DIMENSIONS:
                cursor.execute(f'DROP INDEX IF EXISTS "{hnsw_index_name(prefix, dims)}"')
                cursor.execute(ivfflat_index_sql(table, ivfflat_index_name(prefix, dims), dims,
                                                 lists))

    def backward(apps, schema_editor):
        with schema_editor.connection.cursor() as cursor:
            cursor.execute("SET LOCAL statement_timeout = 0")
            cursor.execute("SET LOCAL maintenance_work_mem = '1GB'")
            for dims in INDEXED_DIMENSIONS:
                cursor.execute(f'DROP INDEX IF EXISTS "{ivfflat_index_name(prefix, dims)}"')
                cursor.execute(hnsw_index_sql(table, prefix, dims))

    return migrations.RunPython(forward, backward)


def to_native_halfvec_sql(table: str, *, column: str = "embedding") -> str:
    """Turn a zero-padded ``vector(1024)`` column into native-width ``halfvec``: vectors of
    the local 384-d model lose their padding (cosine is unchanged: the padding is zeros)."""
    return (f'ALTER TABLE "{table}" ALTER COLUMN "{column}" TYPE halfvec USING (CASE '
            f"WHEN embedding_model LIKE 'multilingual-e5-small@%%' "
            f'THEN subvector("{column}", 1, 384) ELSE "{column}" END)::halfvec')


def require_pgvector(apps=None, schema_editor=None) -> None:
    """Refuse to migrate on pgvector older than 0.8 (iterative index scans, halfvec),
    saying what to do; updates the extension in the database when the server has it."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT default_version FROM pg_available_extensions "
                       "WHERE name = 'vector'")
        row = cursor.fetchone()
        available = _version(row[0]) if row else None
        if available is None or available < MINIMUM_PGVECTOR:
            raise RuntimeError(
                "pgvector 0.8 or newer is required (the server has "
                f"{'none' if available is None else '.'.join(map(str, available))}). "
                "Install it on the PostgreSQL server (e.g. the postgresql-NN-pgvector package "
                "of PGDG, or build 0.8 from source), then migrate again. The embedded server "
                "(`make run`) ships pgvector 0.8.")
        cursor.execute("CREATE EXTENSION IF NOT EXISTS vector")
        cursor.execute("ALTER EXTENSION vector UPDATE")


def _version(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split(".")[:3] if part.isdigit())
