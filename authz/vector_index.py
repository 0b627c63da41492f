"""The vector indexes: one partial IVFFlat index per width on every embedding column --
members (candidate selection), needs and organizations (semantic search) (issue 13).

Lives below the apps (like ``authz.vectors``) because organizations, needs and members all
store vectors and none of them may import another's code.

Why IVFFlat and not HNSW: on data where many rows say nearly the same thing (people write
alike) an HNSW graph does not link every cluster of near-copies to its neighbours, so a
search may never reach the cluster nearest the query, and whether it does depends on the
build.  At a million members the HNSW graph's recall of the exact 500 was 0.71-0.99
across five builds of the same rows and the selector's p95 165 ms; with IVFFlat recall
was 0.995-1.000 for every kind of place at a p95 of 93-103 ms, and the index builds in
45 s instead of 10-20 minutes.  The needs' search found 0.807 of the exact top 10 on one
HNSW build of 100,000 needs (0.90-0.99 over six builds) and 0.997 with IVFFlat at 10
probes (docs/benchmarks.md, issue 13).

IVFFlat's lists are k-means centres of the rows present when the index is built, and the
right number of lists grows with the rows it holds (``authz.vectors.ivfflat_lists``:
rows / 1000, at least 10, the square root above a million).  So each index is **rebuilt
as it grows**: :attr:`IndexState.due` says when the lists it was built with are off by
:data:`REBUILD_FACTOR` from what its rows now want (or it is missing), and
:func:`rebuild` builds the new index beside the old one without blocking reads or writes
(``CREATE INDEX CONCURRENTLY``), then swaps the names in one transaction, so the index is
never missing under its name.  Vectors replaced wholesale (a new model of the same width:
``generate_embeddings --model-changed``) make the centres stale without changing the
count: that command rebuilds the indexes.  The beat task ``authz.refresh_vector_indexes``
runs :func:`refresh` daily; ``manage.py build_vector_indexes`` runs it by hand.  An index
built on an empty table (a fresh deployment's migration) still answers correctly -- a
small table is probed whole -- and is rebuilt once rows arrive.
"""

from __future__ import annotations

import logging
import re
import time
from dataclasses import dataclass

from django.db import connection, transaction

from authz.vectors import (
    INDEXED_DIMENSIONS,
    IVFFLAT_MIN_LISTS,
    build_memory_mb,
    ivfflat_index_name,
    ivfflat_index_sql,
    ivfflat_lists,
    ivfflat_probes,
)

logger = logging.getLogger(__name__)

# Each table with an embedding column, and its indexes' name prefix (``<prefix>_embedding_
# ivf_<width>``, as the migrations name them).
PREFIXES = {"members_member": "member", "needs_need": "need",
            "organizations_organization": "org"}
REBUILD_FACTOR = 2.0  # rebuild when the built lists are off by this factor either way
# pg_try_advisory_lock key: one rebuild at a time across workers and commands.
_LOCK_KEY = 0x6D656D6976660001
# How long a process trusts the lists it read for an index (``probes``).
PROBES_SECONDS = 300.0
_probes: dict[str, tuple[float, int]] = {}
_SIZE = re.compile(r"([1-9][0-9]{0,5})(kB|MB|GB)")


@dataclass(frozen=True)
class IndexState:
    table: str
    dims: int
    name: str
    exists: bool
    lists: int | None  # as built
    rows: float  # rows of this width (the index's own estimate; the table's without one)
    target: int  # lists those rows want now

    @property
    def due(self) -> bool:
        if not self.exists or not self.lists:
            return True
        ratio = self.target / self.lists
        return ratio >= REBUILD_FACTOR or ratio <= 1 / REBUILD_FACTOR


def table_rows(cursor, table: str) -> float:
    """The planner's row estimate of a table (no count: cheap at any size)."""
    cursor.execute("SELECT greatest(reltuples, 0) FROM pg_class WHERE oid = %s::regclass",
                   [table])
    return float(cursor.fetchone()[0])


def _index(cursor, name: str) -> tuple[int, float, bool] | None:
    """(lists as built, rows it holds by the last ANALYZE/VACUUM/build, valid) of an index;
    None when there is none of that name."""
    cursor.execute(
        "SELECT (SELECT option_value FROM pg_options_to_table(c.reloptions) "
        "        WHERE option_name = 'lists'), greatest(c.reltuples, 0), i.indisvalid "
        "FROM pg_class c JOIN pg_index i ON i.indexrelid = c.oid "
        "WHERE c.relname = %s AND c.relnamespace = current_schema()::regnamespace", [name])
    row = cursor.fetchone()
    return None if row is None else (int(row[0] or 0), float(row[1]), bool(row[2]))


def built_lists(cursor, name: str) -> int | None:
    """The ``lists`` an index was built with (None: no such index)."""
    found = _index(cursor, name)
    return None if found is None else found[0]


def index_name(table: str, dims: int) -> str:
    return ivfflat_index_name(PREFIXES[table], dims)


def state(table: str, dims: int) -> IndexState:
    name = index_name(table, dims)
    with connection.cursor() as cursor:
        found = _index(cursor, name)
        rows = found[1] if found is not None else table_rows(cursor, table)
    return IndexState(table, dims, name, found is not None, found and found[0], rows,
                      ivfflat_lists(rows))


def states(tables=None) -> list[IndexState]:
    """Every index of ``tables`` (all tables with vectors by default), each width."""
    return [state(table, dims) for table in (PREFIXES if tables is None else tables)
            for dims in INDEXED_DIMENSIONS]


def create_sql(table: str, dims: int, lists: int, *, name: str | None = None,
               concurrently: bool = False) -> str:
    return ivfflat_index_sql(table, name or index_name(table, dims), dims, lists,
                             concurrently=concurrently)


def probes(cursor, table: str, dims: int) -> int:
    """``ivfflat.probes`` for a scan of the table's index of this width: the square root of
    the lists it was built with, at least 10, at most all of them (authz.vectors).  The
    lists are read from the catalog at most every :data:`PROBES_SECONDS` per process (a
    rebuild here forgets them; one in another process is seen within that time)."""
    name, now = index_name(table, dims), time.monotonic()
    cached = _probes.get(name)
    if cached is not None and now - cached[0] < PROBES_SECONDS:
        return cached[1]
    found = ivfflat_probes(built_lists(cursor, name) or IVFFLAT_MIN_LISTS)
    _probes[name] = (now, found)
    return found


def memory_mb(size: str) -> int:
    """A PostgreSQL memory size such as ``512MB`` or ``2GB``, in MB; ``ValueError`` else."""
    match = _SIZE.fullmatch(size or "")
    if match is None:
        raise ValueError("memory is a PostgreSQL size such as 512MB or 2GB")
    number, unit = int(match[1]), match[2]
    return max(1, int(number * {"kB": 1 / 1024, "MB": 1, "GB": 1024}[unit]))


def build_memory(lists: int, minimum: str = "1GB") -> str:
    """``maintenance_work_mem`` for building ``lists`` lists: what pgvector's k-means needs
    (``authz.vectors.build_memory_mb``) or ``minimum``, whichever is larger."""
    return f"{max(build_memory_mb(lists), memory_mb(minimum))}MB"


def _recover(cursor, name: str) -> None:
    """Put right what a rebuild that died half-way left: an ``_old`` index whose successor
    never took its name goes back to it; a leftover ``_new`` one is dropped (a valid one
    takes the name if the usual one is gone)."""
    old, new = f"{name}_old", f"{name}_new"
    if _index(cursor, name) is None:
        for candidate in (new, old):
            found = _index(cursor, candidate)
            if found is not None and found[2]:
                cursor.execute(f'ALTER INDEX "{candidate}" RENAME TO "{name}"')
                break
    for leftover in (new, old):
        if _index(cursor, leftover) is not None:
            cursor.execute(f'DROP INDEX CONCURRENTLY IF EXISTS "{leftover}"')


def rebuild(table: str, dims: int, *, memory: str = "1GB",
            lists: int | None = None) -> IndexState:
    """Build the table's index of this width with the lists its rows want now (or
    ``lists``) beside the old one, then swap it in; reads and writes go on meanwhile.
    Must run outside a transaction (``CREATE INDEX CONCURRENTLY``).  Raises
    ``RuntimeError`` when another rebuild holds the lock."""
    if connection.in_atomic_block:
        raise RuntimeError("rebuild a vector index outside a transaction")
    before = state(table, dims)
    lists = int(lists or before.target)
    name, new, old = before.name, f"{before.name}_new", f"{before.name}_old"
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_try_advisory_lock(%s)", [_LOCK_KEY])
        if not cursor.fetchone()[0]:
            raise RuntimeError("another rebuild of a vector index is running")
        try:
            cursor.execute("SET statement_timeout = 0")
            cursor.execute("SELECT set_config('maintenance_work_mem', %s, false)",
                           [build_memory(lists, memory)])
            _recover(cursor, name)
            start = time.perf_counter()
            try:
                cursor.execute(create_sql(table, dims, lists, name=new, concurrently=True))
            except Exception:
                # An interrupted concurrent build leaves an invalid index that every write
                # would keep updating: drop it.
                cursor.execute(f'DROP INDEX CONCURRENTLY IF EXISTS "{new}"')
                raise
            # Both names in one transaction: the index is never missing under its name.
            with transaction.atomic():
                if _index(cursor, name) is not None:
                    cursor.execute(f'ALTER INDEX "{name}" RENAME TO "{old}"')
                cursor.execute(f'ALTER INDEX "{new}" RENAME TO "{name}"')
            cursor.execute(f'DROP INDEX CONCURRENTLY IF EXISTS "{old}"')
            _probes.pop(name, None)
            logger.info("vector index %s rebuilt with %d lists for ~%d rows "
                        "in %.1f s", name, lists, before.rows, time.perf_counter() - start)
        finally:
            try:
                cursor.execute("RESET statement_timeout")
                cursor.execute("RESET maintenance_work_mem")
            finally:
                cursor.execute("SELECT pg_advisory_unlock(%s)", [_LOCK_KEY])
    return state(table, dims)


def refresh(tables=None, *, memory: str = "1GB") -> list[IndexState]:
    """Rebuild every index of ``tables`` that is :attr:`IndexState.due`; the states after."""
    out = []
    for current in states(tables):
        out.append(rebuild(current.table, current.dims, memory=memory, lists=current.target)
                   if current.due else current)
    return out
