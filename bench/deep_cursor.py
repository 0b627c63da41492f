"""Deep cursor pages of the public needs list, before and after the row comparison (issue 13).

A page of the list is ``ORDER BY created_at DESC, id DESC LIMIT 21`` after the cursor's
``(created_at, id)``.  Two versions of that page, on the same 100K needs, in one run:

* **before** -- the condition as ``authz.pagination`` wrote it until migration
  ``needs.0007`` (and still writes it for mixed directions):
  ``created_at < $1 OR (created_at = $1 AND id < $2)``, on the schema before that migration
  (the ``(status, created_at)`` index);
* **after** -- the list's own statement now, the row comparison
  ``(created_at, id) < ($1, $2)``, on today's schema (the ``(status, created_at, id)``
  index).

The "before" database is a copy of the loaded one (``CREATE DATABASE ... TEMPLATE``: the
same heap, the same statistics) migrated back to ``needs.0006`` with the project's own
migrations (any later migration of ``needs`` is undone on the copy too); it is dropped
at the end.  For each cursor depth (rows of the list before the
page), rounds alternate the two versions (which goes first alternates too), so other load
on the machine falls on both alike.  Per version and depth, medians over the rounds of:

* **EXPLAIN ANALYZE ms** -- PostgreSQL's own "Execution Time" of the statement planned for
  its values (what Django's client-side binding gets), median of 5 runs a round;
* **prepared ms / DB CPU ms** -- the statement prepared on the connection as the list runs
  it (``DB_PREPARED_STATEMENTS``: server-side binding, a generic plan after five runs),
  ``-n`` executions a round: wall time per call, and the CPU of the server process per call
  (``/proc``, in 10 ms ticks over the round).

Both versions must return the same rows; the run stops if they do not.  Needs the loaded
data set (``bench/scale_data.py``, migrated to today's schema):

    .venv/bin/python bench/scale_data.py             # once: bench_scale, 100K needs
    .venv/bin/python bench/deep_cursor.py            # depths 20, 40000, 80000; 7 rounds
    .venv/bin/python bench/deep_cursor.py --depths 40000 --rounds 9 -n 50
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import scratch_db  # noqa: E402

LIMIT = 21  # a 20-need page and one more, as the list reads it
BEFORE_MIGRATION = ("needs", "0006_word_search_trigram")
INDEXES = {"before": "need_status_created_idx", "after": "need_status_created_id_idx"}


def make_before(db: str, before: str) -> None:
    """``before``: a copy of ``db`` migrated back to the schema before needs.0007."""
    scratch_db.check_name(before)
    with scratch_db.connect() as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{before}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{before}" TEMPLATE "{db}"')
    script = (
        "import sys; from bench import scratch_db; scratch_db.use(sys.argv[1]); "
        "import django; django.setup(); from django.core.management import call_command; "
        "call_command('migrate', sys.argv[2], sys.argv[3], verbosity=0, interactive=False)")
    subprocess.run([sys.executable, "-c", script, before, *BEFORE_MIGRATION], cwd=ROOT,
                   check=True)


def index_names(conn) -> set[str]:
    rows = conn.execute("SELECT indexname FROM pg_indexes WHERE tablename = 'needs_need' "
                        "AND indexname LIKE 'need_status_created%%'").fetchall()
    return {name for (name,) in rows}


def statements(depth: int) -> tuple[list, dict]:
    """The cursor ``depth`` rows into the list, and each version's SQL and parameters."""
    from authz.pagination import _expanded_after_filter, _key_fields, keyset_slice
    from needs import selectors
    from needs.models import Need

    key = list(Need.objects.filter(status=Need.Status.ACTIVE).order_by(*selectors.NEED_ORDER)
               .values_list("created_at", "pk")[depth - 1])
    queryset = selectors.public_needs(organization_tags=False)
    before = queryset.filter(_expanded_after_filter(_key_fields(Need, selectors.NEED_ORDER),
                                                    key))
    out = {
        "before": before.order_by(*selectors.NEED_ORDER)[:LIMIT].query.sql_with_params(),
        # Exactly the statement need_page compiles for a cursor page without filters.
        "after": keyset_slice(queryset, order=selectors.NEED_ORDER, after_key=key,
                              limit=LIMIT).query.sql_with_params(),
    }
    compiled = selectors._compiled_page(frozenset(), True, LIMIT).sql
    if out["after"][0] != compiled:
        raise SystemExit("the after statement is not the list's compiled statement")
    if " OR " not in out["before"][0] or ") < (" not in out["after"][0]:
        raise SystemExit("unexpected conditions:\n" + "\n".join(s for s, _ in out.values()))
    return key, out


def explain(conn, sql: str, params) -> tuple[float, str]:
    """Execution Time (ms) of EXPLAIN ANALYZE, and the needs scan's index and condition."""
    plan = conn.execute("EXPLAIN (ANALYZE, FORMAT JSON) " + sql, params).fetchone()[0][0]
    scans = []

    def walk(node):
        if node.get("Relation Name") == "needs_need" and node.get("Alias") == "needs_need":
            scans.append(f"{node['Node Type']} {node.get('Scan Direction', '')} using "
                         f"{node.get('Index Name')}; "
                         f"Index Cond: {node.get('Index Cond')}; Filter: {node.get('Filter')}")
        for child in node.get("Plans", []):
            walk(child)

    walk(plan["Plan"])
    return plan["Execution Time"], "; ".join(scans)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="bench_scale", help="the loaded scratch database")
    parser.add_argument("--depths", default="20,40000,80000",
                        help="rows of the list before the page, comma-separated")
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("-n", type=int, default=40, help="prepared executions a round")
    parser.add_argument("--keep", action="store_true", help="keep the before database")
    args = parser.parse_args(argv)
    import psycopg

    db = scratch_db.check_name(args.db)
    before_db = f"{db}_before"
    if not scratch_db.exists(db):
        raise SystemExit(f"{db} does not exist: load it first (bench/scale_data.py)")
    with scratch_db.connect(db) as conn:
        if INDEXES["after"] not in index_names(conn):
            raise SystemExit(f"{db} predates migration needs.0007: load it again")
    started = time.perf_counter()
    make_before(db, before_db)
    print(f"{before_db}: copied from {db} and migrated back to {'.'.join(BEFORE_MIGRATION)} "
          f"in {time.perf_counter() - started:.1f} s", flush=True)
    try:
        scratch_db.use(db)
        import django

        django.setup()
        conns = {"before": psycopg.connect(scratch_db.url(before_db), autocommit=True),
                 "after": psycopg.connect(scratch_db.url(db), autocommit=True)}
        for name, conn in conns.items():
            if index_names(conn) != {INDEXES[name]}:
                raise SystemExit(f"{name}: unexpected indexes {index_names(conn)}")
        depths = [int(d) for d in args.depths.split(",")]
        work = {depth: statements(depth) for depth in depths}
        figures = {(depth, name): {"explain": [], "wall": [], "cpu": []}
                   for depth in depths for name in conns}
        plans, loads = {}, [os.getloadavg()[0]]
        for depth, (_, sql) in work.items():  # warm: caches, plans; same rows both ways
            rows = {name: [r[0] for r in conn.execute(*sql[name], prepare=True).fetchall()]
                    for name, conn in conns.items() for _ in range(6)}
            if rows["before"] != rows["after"] or len(rows["after"]) != LIMIT:
                raise SystemExit(f"depth {depth}: the two versions answer differently")
        for round_ in range(args.rounds):
            for depth, (_, sql) in work.items():
                names = ["before", "after"] if round_ % 2 == 0 else ["after", "before"]
                for name in names:
                    conn, cell = conns[name], figures[depth, name]
                    runs = [explain(conn, *sql[name]) for _ in range(5)]
                    cell["explain"].append(statistics.median(ms for ms, _ in runs))
                    plans[depth, name] = runs[0][1]
                    pid = conn.info.backend_pid
                    cpu0, start = scratch_db.server_cpu(pid), time.perf_counter()
                    for _ in range(args.n):
                        conn.execute(*sql[name], prepare=True).fetchall()
                    cell["wall"].append((time.perf_counter() - start) * 1000 / args.n)
                    cell["cpu"].append((scratch_db.server_cpu(pid) - cpu0) * 1000 / args.n)
            loads.append(os.getloadavg()[0])
        for conn in conns.values():
            conn.close()
    finally:
        if not args.keep:
            scratch_db.drop(before_db)

    print(f"\nneeds list, cursor pages of {LIMIT - 1} (+1) needs; {args.rounds} rounds, "
          f"alternating; load average {min(loads):.1f}-{max(loads):.1f} on {os.cpu_count()} "
          "CPUs; medians of the rounds (min-max)")
    print(f"{'depth':>7s} {'version':7s} {'EXPLAIN ANALYZE ms':>20s} {'prepared ms':>19s} "
          f"{'DB CPU ms':>19s}")
    summary = {"load": [min(loads), max(loads)], "rounds": args.rounds, "n": args.n,
               "depths": {}}
    for depth in depths:
        for name in ("before", "after"):
            cell = figures[depth, name]
            text = [f"{statistics.median(v):6.2f} ({min(v):.2f}-{max(v):.2f})"
                    for v in (cell["explain"], cell["wall"], cell["cpu"])]
            print(f"{depth:7d} {name:7s} {text[0]:>20s} {text[1]:>19s} {text[2]:>19s}")
        ratio = {k: statistics.median(figures[depth, "before"][k])
                 / max(statistics.median(figures[depth, "after"][k]), 1e-9)
                 for k in ("explain", "wall")}
        print(f"{'':7s} before/after: EXPLAIN ANALYZE {ratio['explain']:.1f}x, "
              f"prepared {ratio['wall']:.1f}x")
        summary["depths"][depth] = {
            name: {k: statistics.median(v) for k, v in figures[depth, name].items()}
            for name in ("before", "after")}
    print("\nplans (the needs_need scan):")
    for (depth, name), plan in sorted(plans.items()):
        print(f"  {depth:7d} {name:7s} {plan}")
    print("\n" + json.dumps(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
