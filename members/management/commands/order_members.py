"""Store the members table in place order (latitude bands, then longitude).

Candidate selection's exact path (a need in a city, a town, the countryside) reads every
member whose reach box holds the need.  In registration order those rows lie on as many
heap pages as there are rows (Rochester at a million members: 65,000 rows on 52,700
pages); in place order they lie on a few runs of neighbouring pages.  This command
rewrites the table in that order (``CLUSTER ... USING member_place_order_idx``, then
``ANALYZE``); PostgreSQL keeps no order for rows written later, so new and moved members
go wherever there is room, and the order decays slowly as members register.  Run it when
``--check`` reports a low correlation (after a large import, or every few months).

**It locks the table** (ACCESS EXCLUSIVE: no reads, no writes) while it rewrites the
table and rebuilds every index of it, the IVFFlat indexes included: minutes at a million
members on 2 cores (about 15 when members had an HNSW index; building the IVFFlat index
alone takes about 45 s there; docs/benchmarks.md, issue 13).  Matching and registration
wait meanwhile; run it in a quiet hour.  It never queues for the lock behind a long
query (with every request queued behind it): if the table stays busy for ``LOCK_TIMEOUT``
(10 s) it gives up, changes nothing and says so.

    manage.py order_members --check          # how ordered the table is; changes nothing
    manage.py order_members                  # rewrite if the correlation is under 0.9
    manage.py order_members --force          # rewrite whatever the correlation
    manage.py order_members --memory 2GB     # maintenance_work_mem for the rewrite
"""

from __future__ import annotations

import time

from django.core.management.base import BaseCommand, CommandError
from django.db import OperationalError, connection, transaction

from authz.vector_index import memory_mb
from members.geo import PLACE_ORDER_INDEX
from members.models import Member

LOCK_TIMEOUT = "10s"


def place_order_correlation() -> float | None:
    """How closely the table's physical order follows the place order: the planner's
    correlation of the index's first column (latitude band) with row position, from the
    last ANALYZE (1.0 in order, about 0 in registration order); None if never analyzed."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT correlation FROM pg_stats WHERE schemaname = current_schema() "
            "AND tablename = %s ORDER BY attname LIMIT 1", [PLACE_ORDER_INDEX])
        row = cursor.fetchone()
    return None if row is None or row[0] is None else float(row[0])


def analyze() -> None:
    with connection.cursor() as cursor:
        cursor.execute(f"ANALYZE {connection.ops.quote_name(Member._meta.db_table)}")


def order_members(memory: str = "1GB") -> None:
    """CLUSTER the members table on the place order index, then ANALYZE it.
    ``memory``: ``maintenance_work_mem`` for the sort and the index rebuilds."""
    try:
        memory_mb(memory)
    except ValueError as error:
        raise CommandError(str(error)) from None
    table = connection.ops.quote_name(Member._meta.db_table)
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(f"SET LOCAL maintenance_work_mem = '{memory}'")
        # Minutes of work (the connection's statement_timeout is 30 s by default); but
        # never queue for the lock behind a long query, with every request queued
        # behind this command: give up after LOCK_TIMEOUT and say so.
        cursor.execute("SET LOCAL statement_timeout = 0")
        cursor.execute(f"SET LOCAL lock_timeout = '{LOCK_TIMEOUT}'")
        cursor.execute(f"CLUSTER {table} USING {connection.ops.quote_name(PLACE_ORDER_INDEX)}")
        cursor.execute(f"ANALYZE {table}")


class Command(BaseCommand):
    help = ("Store the members table in place order (CLUSTER on member_place_order_idx); "
            "locks the table while it runs.")

    def add_arguments(self, parser):
        parser.add_argument("--check", action="store_true",
                            help="report the correlation (after ANALYZE) and change nothing")
        parser.add_argument("--min-correlation", type=float, default=0.9,
                            help="rewrite only below this correlation (default 0.9)")
        parser.add_argument("--force", action="store_true",
                            help="rewrite whatever the correlation")
        parser.add_argument("--memory", default="1GB",
                            help="maintenance_work_mem for the rewrite (default 1GB)")

    def handle(self, *args, check=False, min_correlation=0.9, force=False, memory="1GB",
               **options):
        if not -1.0 <= min_correlation <= 1.0:
            raise CommandError("--min-correlation must be between -1 and 1")
        analyze()
        before = place_order_correlation()
        shown = "unknown (empty table)" if before is None else f"{before:.3f}"
        self.stdout.write(f"place order correlation: {shown}")
        if check:
            return
        if not force and (before is None or before >= min_correlation):
            self.stdout.write("nothing to do (use --force to rewrite anyway)")
            return
        started = time.monotonic()
        try:
            order_members(memory)
        except OperationalError as exc:
            if getattr(exc.__cause__, "sqlstate", None) == "55P03":  # lock_not_available
                raise CommandError(
                    f"the members table stayed busy for {LOCK_TIMEOUT}: nothing was "
                    "changed; run it again in a quieter moment") from exc
            raise
        after = place_order_correlation()
        self.stdout.write(
            f"members table rewritten in place order in {time.monotonic() - started:.1f} s; "
            f"correlation now {'unknown' if after is None else f'{after:.3f}'}")
