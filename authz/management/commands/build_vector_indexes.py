"""Rebuild the vector indexes (IVFFlat, one per table and width) for the rows they hold.

IVFFlat's lists are k-means centres of the rows present when the index is built, and the
right number grows with the rows it holds (rows / 1000, at least 10): an index built when
the table was small (a fresh deployment's migration) is rebuilt once members arrive.  The
daily beat task ``authz.refresh_vector_indexes`` does this by itself; this command does it
now, e.g. right after a large import.  The new index is built beside the old one
(``CREATE INDEX CONCURRENTLY``) and swapped in: matching, search and writes go on meanwhile.
About 45 s at a million members on 2 cores (docs/benchmarks.md, issue 13).  ``--memory`` is a
floor: the build raises ``maintenance_work_mem`` to what pgvector's k-means needs for the
lists (about 600 MB at 1,000 lists for 1024-dimension vectors).

    manage.py build_vector_indexes --check     # each index: lists built / wanted; no change
    manage.py build_vector_indexes             # rebuild those that are due
    manage.py build_vector_indexes --force     # rebuild every index
    manage.py build_vector_indexes --table members_member    # one table only
"""

from __future__ import annotations

import time

from django.core.management.base import BaseCommand, CommandError

from authz import vector_index


class Command(BaseCommand):
    help = "Rebuild the IVFFlat vector indexes whose lists no longer suit their rows."

    def add_arguments(self, parser):
        parser.add_argument("--check", action="store_true",
                            help="report each index's lists (built and wanted); change nothing")
        parser.add_argument("--force", action="store_true",
                            help="rebuild every index, due or not")
        parser.add_argument("--table", action="append", choices=sorted(vector_index.PREFIXES),
                            help="only this table's indexes (repeatable)")
        parser.add_argument("--memory", default="1GB",
                            help="maintenance_work_mem for the build (default 1GB)")

    def handle(self, *args, check=False, force=False, memory="1GB", table=None, **options):
        try:
            vector_index.memory_mb(memory)
        except ValueError as error:
            raise CommandError(f"--{error}") from None
        for current in vector_index.states(table):
            built = "missing" if not current.exists else f"{current.lists} lists"
            line = (f"{current.name}: {built}; its ~{current.rows:,.0f} rows want "
                    f"{current.target}")
            if check or not (force or current.due):
                self.stdout.write(f"{line} -- {'due' if current.due else 'fine'}")
                continue
            self.stdout.write(f"{line} -- rebuilding ...")
            start = time.perf_counter()
            try:
                after = vector_index.rebuild(current.table, current.dims, memory=memory,
                                             lists=current.target)
            except RuntimeError as error:
                raise CommandError(str(error)) from None
            self.stdout.write(self.style.SUCCESS(
                f"{after.name}: rebuilt with {after.lists} lists in "
                f"{time.perf_counter() - start:.1f} s"))
