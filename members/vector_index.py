"""The members' vector indexes: one partial IVFFlat index per width (issue 13).

Why IVFFlat and not HNSW for members (the needs' and organizations' search keeps HNSW):
candidate selection searches members *with a filter* (who has the need in reach) on data
where many members write nearly the same thing.  At a million members the HNSW graph's
recall of the exact 500 depended on the build (0.71-0.99 across five builds of the same
rows) and a metro need took 130-200 ms; IVFFlat gave 0.99 at 25-35 ms, and builds in 40 s
instead of 10-20 minutes (docs/benchmarks.md, issue 13, "IVFFlat for members").

IVFFlat's lists are k-means centres of the rows present when the index is built, and the
right number of lists grows with the table (``authz.vectors.ivfflat_lists``: rows / 1000).
So the index is **rebuilt as the table grows**: :func:`due` says when the lists it was
built with are off by :data:`REBUILD_FACTOR` from what the table now wants (or the index
is missing), and :func:`rebuild` builds the new index beside the old one without blocking
reads or writes (``CREATE INDEX CONCURRENTLY``), then swaps it in.  The beat task
``members.refresh_vector_index`` runs this daily; ``manage.py build_member_index`` runs it
by hand.  An index built on an empty table (a fresh deployment's migration) still answers
correctly -- a small table is probed whole -- and is rebuilt once members arrive.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass

from django.db import connection

from authz.vectors import INDEXED_DIMENSIONS, ivfflat_index_name, ivfflat_index_sql, ivfflat_lists

logger = logging.getLogger(__name__)

TABLE = "members_member"
PREFIX = "member"
REBUILD_FACTOR = 2.0  # rebuild when the built lists are off by this factor either way
# pg_try_advisory_lock key: one rebuild at a time across workers and commands.
_LOCK_KEY = 0x6D656D6976660001


@dataclass(frozen=True)
class IndexState:
    dims: int
    name: str
    exists: bool
    lists: int | None  # as built
    rows: float  # the table's estimated rows now
    target: int  # lists the table wants now

    @property
    def due(self) -> bool:
        if not self.exists or not self.lists:
            return True
        ratio = self.target / self.lists
        return ratio >= REBUILD_FACTOR or ratio <= 1 / REBUILD_FACTOR


def table_rows(cursor) -> float:
    """The planner's row estimate of the members table (no count: cheap at any size)."""
    cursor.execute("SELECT greatest(reltuples, 0) FROM pg_class WHERE oid = %s::regclass",
                   [TABLE])
    return float(cursor.fetchone()[0])


def built_lists(cursor, name: str) -> int | None:
    """The ``lists`` an index was built with (None: no such index)."""
    cursor.execute(
        "SELECT (SELECT option_value FROM pg_options_to_table(c.reloptions) "
        "        WHERE option_name = 'lists') "
        "FROM pg_class c WHERE c.relname = %s AND c.relkind = 'i' "
        "AND c.relnamespace = current_schema()::regnamespace", [name])
    row = cursor.fetchone()
    if row is None:
        return None
    return int(row[0]) if row[0] else 0


def state(dims: int) -> IndexState:
    name = ivfflat_index_name(PREFIX, dims)
    with connection.cursor() as cursor:
        rows = table_rows(cursor)
        lists = built_lists(cursor, name)
    return IndexState(dims, name, lists is not None, lists, rows, ivfflat_lists(rows))


def states() -> list[IndexState]:
    return [state(dims) for dims in INDEXED_DIMENSIONS]


def create_sql(dims: int, lists: int, *, name: str | None = None,
               concurrently: bool = False) -> str:
    return ivfflat_index_sql(TABLE, name or ivfflat_index_name(PREFIX, dims), dims, lists,
                             concurrently=concurrently)


def rebuild(dims: int, *, memory: str = "1GB", lists: int | None = None) -> IndexState:
    """Build the width's index with the lists the table wants now (or ``lists``) beside the
    old one, then swap it in; reads and writes go on meanwhile.  Must run outside a
    transaction (``CREATE INDEX CONCURRENTLY``).  Raises ``RuntimeError`` when another
    rebuild holds the lock."""
    if connection.in_atomic_block:
        raise RuntimeError("rebuild the members' vector index outside a transaction")
    before = state(dims)
    lists = int(lists or before.target)
    new = f"{before.name}_new"
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_try_advisory_lock(%s)", [_LOCK_KEY])
        if not cursor.fetchone()[0]:
            raise RuntimeError("another rebuild of the members' vector index is running")
        try:
            cursor.execute("SET statement_timeout = 0")
            cursor.execute("SELECT set_config('maintenance_work_mem', %s, false)", [memory])
            # A previous rebuild that died half-way leaves an invalid index: drop it.
            cursor.execute(f'DROP INDEX CONCURRENTLY IF EXISTS "{new}"')
            start = time.perf_counter()
            cursor.execute(create_sql(dims, lists, name=new, concurrently=True))
            if before.exists:
                cursor.execute(f'DROP INDEX CONCURRENTLY IF EXISTS "{before.name}"')
            cursor.execute(f'ALTER INDEX "{new}" RENAME TO "{before.name}"')
            logger.info("members' vector index %s rebuilt with %d lists for ~%d rows "
                        "in %.1f s", before.name, lists, before.rows,
                        time.perf_counter() - start)
        finally:
            cursor.execute("RESET statement_timeout")
            cursor.execute("RESET maintenance_work_mem")
            cursor.execute("SELECT pg_advisory_unlock(%s)", [_LOCK_KEY])
    return state(dims)


def refresh(*, memory: str = "1GB") -> list[IndexState]:
    """Rebuild every width's index that is :attr:`IndexState.due`; the states after."""
    out = []
    for current in states():
        out.append(rebuild(current.dims, memory=memory, lists=current.target)
                   if current.due else current)
    return out
