"""Where a public API request's time goes (issue 13), on the real stack minus the socket.

Builds the WSGI application exactly as gunicorn does (``config.wsgi``) with the same
production environment as ``bench/load_test.py`` (DEBUG off, no ``.env``, Redis cache,
the scratch database ``bench_scale``, ``bench.api.settings``), then calls it with
ready-made WSGI requests, in one process, one request at a time:

    .venv/bin/python bench/profile_api.py                    # per-endpoint ms, SQL count/ms
    .venv/bin/python bench/profile_api.py --profile graphql  # + pyinstrument tree
    .venv/bin/python bench/profile_api.py --explain          # + EXPLAIN ANALYZE of each query
    CPROFILE=graphql .venv/bin/python bench/profile_api.py   # + cProfile, by own time
    PUBLIC_RESPONSE_CACHE_SECONDS=0 .venv/bin/python bench/profile_api.py  # no answer cache
    PUBLIC_RESPONSE_CACHE_SECONDS=0 .venv/bin/python bench/profile_api.py --compare 7
        # the needs list's page built by the ORM / compiled / compiled and prepared,
        # alternating in one run (plain and GraphQL list; + PostgreSQL's CPU per request)

Per endpoint: wall time (mean, p50, p95), this process's CPU time (Python: middleware,
GraphQL, ORM, serialization; PostgreSQL works in its own process), SQL queries and their
wall time.  Endpoints: ``constant`` (bench view), ``plain`` (20 needs as JsonResponse),
``graphql`` (the same 20 needs through /graphql/), ``search`` (the list's word search),
``detail`` (a need by id), ``orgs`` (organizations list), ``register`` (registerMember),
``submit`` (submitNeed; both write to the scratch database).  The data set must be loaded
(``bench/scale_data.py`` or ``bench/load_test.py``).
A private Redis is started on ``--redis-port`` for the cache and the broker, as in the
load test.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import statistics
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import load_test, scratch_db  # noqa: E402
from bench.api.queries import (  # noqa: E402
    NEED_QUERY,
    NEEDS_QUERY,
    ORGS_QUERY,
    REGISTER,
    SEARCH_WORDS,
    SUBMIT,
)


def environ(method: str, path: str, body: bytes = b"") -> dict:
    return {
        "REQUEST_METHOD": method, "PATH_INFO": path, "QUERY_STRING": "",
        "SERVER_NAME": "127.0.0.1", "SERVER_PORT": "8013", "HTTP_HOST": "127.0.0.1:8013",
        "REMOTE_ADDR": "127.0.0.1", "SERVER_PROTOCOL": "HTTP/1.1",
        "CONTENT_TYPE": "application/json", "CONTENT_LENGTH": str(len(body)),
        "wsgi.input": io.BytesIO(body), "wsgi.url_scheme": "http", "wsgi.errors": sys.stderr,
        "wsgi.multithread": False, "wsgi.multiprocess": True, "wsgi.run_once": False,
        "wsgi.version": (1, 0),
    }


def graphql_body(query: str, variables: dict) -> bytes:
    return json.dumps({"query": query, "variables": variables}).encode()


def execution_only(call, make, rounds: int = 9, loops: int = 200) -> None:
    """GraphQL execution of the list's document over one page already fetched (the
    ``needs`` resolver answers with the page it returned the first time): the per-field
    work, without SQL, the view or the network; graphql-core's own execution context
    against ours, alternating, best round of ``rounds`` (the least disturbed by other
    processes)."""
    from graphql import ExecutionContext as CoreExecutionContext
    from graphql import execute, parse

    from config.graphql_execution import ExecutionContext
    from config.graphql_input import InputGuard
    from config.schema import schema

    field = schema.graphql_schema.query_type.fields["needs"]
    original, page = field.resolve, {}

    def fetched(root, info, **kwargs):
        if "page" not in page:
            page["page"] = original(root, info, **kwargs)
        return page["page"]

    field.resolve = fetched
    try:
        call(make(0))  # fetch the page once, through the real view
        document = parse(NEEDS_QUERY)
        best = {}
        for _ in range(rounds):
            for name, context_class in (("graphql-core", CoreExecutionContext),
                                        ("ours", ExecutionContext)):
                start = time.perf_counter()
                for _ in range(loops):
                    result = execute(schema.graphql_schema, document,
                                     execution_context_class=context_class,
                                     middleware=[InputGuard()])
                elapsed = (time.perf_counter() - start) * 1000 / loops
                if result.errors:
                    raise SystemExit(f"execution failed: {result.errors}")
                best[name] = min(best.get(name, elapsed), elapsed)
    finally:
        field.resolve = original
    print(f"GraphQL execution of a fetched 20-need page (best of {rounds} x {loops}): "
          f"graphql-core {best['graphql-core']:.3f} ms, ours {best['ours']:.3f} ms "
          f"({best['ours'] / best['graphql-core']:.0%}); load average "
          f"{os.getloadavg()[0]:.1f}")


PAGE_VARIANTS = ("orm", "compiled", "prepared")


def _backend_cpu(connection) -> float:
    """CPU seconds used so far by this database's server processes (PostgreSQL runs on
    this machine: /proc), so a request's share of the database's work can be counted."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT pid FROM pg_stat_activity WHERE datname = current_database()")
        pids = [pid for (pid,) in cursor.fetchall()]
    total = 0.0
    for pid in pids:
        try:
            total += scratch_db.server_cpu(pid)
        except OSError:
            continue  # the process ended meanwhile
    return total


def compare_pages(call, endpoints: dict, rounds: int, n: int) -> None:
    """The needs list's page as the ORM builds it (the code before the compiled page),
    compiled, and compiled and prepared: the plain view and the GraphQL list, the three
    variants alternating round by round in this one process, so other load on the
    machine falls on all of them alike.  Per request: wall, this process's CPU, and the
    CPU of the database's server processes."""
    from django.conf import settings
    from django.db import connection

    from needs import selectors

    compiled_page = selectors.need_page

    def orm_page(*, limit, after=None, organization_tags=True, **filters):
        # What the list did before: the ORM's keyset slice of need_list's queryset.
        return selectors.orm_need_page(limit=limit, after=after,
                                       filters=selectors._list_filters(**filters),
                                       organization_tags=organization_tags)

    def use(variant: str) -> None:
        selectors.need_page = orm_page if variant == "orm" else compiled_page
        settings.DB_PREPARED_STATEMENTS = variant == "prepared"

    figures = {(e, v): [] for e in ("plain", "graphql") for v in PAGE_VARIANTS}
    loads = []
    try:
        for _ in range(rounds):
            for endpoint in ("plain", "graphql"):
                for variant in PAGE_VARIANTS:
                    use(variant)
                    for i in range(10):  # warm: this variant's statement, plans
                        call(endpoints[endpoint](i))
                    db0 = _backend_cpu(connection)
                    start, start_cpu = time.perf_counter(), time.process_time()
                    for i in range(n):
                        call(endpoints[endpoint](i))
                    wall = (time.perf_counter() - start) * 1000 / n
                    cpu = (time.process_time() - start_cpu) * 1000 / n
                    db = (_backend_cpu(connection) - db0) * 1000 / n
                    figures[endpoint, variant].append((wall, cpu, db))
            loads.append(os.getloadavg()[0])
    finally:
        use("prepared")
    print(f"\nneeds list page, {rounds} rounds x {n} requests per variant, alternating; "
          f"load average {min(loads):.1f}-{max(loads):.1f}; median of the rounds (min)")
    print(f"{'endpoint':8s} {'page':9s} {'wall ms':>14s} {'CPU ms':>14s} {'DB CPU ms':>14s}")
    for (endpoint, variant), rows in figures.items():
        cells = []
        for column in range(3):
            values = sorted(row[column] for row in rows)
            cells.append(f"{statistics.median(values):6.2f} ({values[0]:5.2f})")
        print(f"{endpoint:8s} {variant:9s} {cells[0]:>14s} {cells[1]:>14s} {cells[2]:>14s}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="bench_scale")
    parser.add_argument("--redis-port", type=int, default=6314)
    parser.add_argument("-n", type=int, default=200, help="timed requests per endpoint")
    parser.add_argument("--only", default="constant,plain,graphql,detail,orgs")
    parser.add_argument("--profile", default="", help="endpoints to profile (pyinstrument)")
    parser.add_argument("--explain", action="store_true", help="EXPLAIN ANALYZE each query")
    parser.add_argument("--execution", action="store_true",
                        help="time GraphQL execution alone (a fetched page of the list, no "
                             "SQL): graphql-core's execution vs config.graphql_execution")
    parser.add_argument("--compare", type=int, default=0, metavar="ROUNDS",
                        help="the needs list's page built by the ORM, compiled, and compiled "
                             "and prepared, alternating for ROUNDS rounds of -n requests")
    args = parser.parse_args(argv)

    redis = load_test.start_redis(args.redis_port, Path("/dev/null"))
    try:
        env = load_test.server_env(args.db, port=8013, redis_port=args.redis_port,
                                   workers=1, threads=1)
        for key in list(os.environ):
            if key.startswith(("DJANGO_", "DEBUG", "DATABASE_URL", "RATE_LIMIT_")):
                del os.environ[key]
        os.environ.update(env)
        from django.db import connection

        from config.wsgi import application

        ids_path = load_test.OUT_DIR / "ids.json"
        load_test.OUT_DIR.mkdir(parents=True, exist_ok=True)
        load_test.sample_ids(args.db, ids_path)
        ids = json.loads(ids_path.read_text())
        endpoints = {
            "constant": lambda i: environ("GET", "/bench/constant"),
            "plain": lambda i: environ("GET", "/bench/needs.json"),
            "graphql": lambda i: environ("POST", "/graphql/",
                                         graphql_body(NEEDS_QUERY, {})),
            "search": lambda i: environ("POST", "/graphql/", graphql_body(
                NEEDS_QUERY, {"search": SEARCH_WORDS[i % len(SEARCH_WORDS)]})),
            "detail": lambda i: environ("POST", "/graphql/", graphql_body(
                NEED_QUERY, {"id": ids["needs"][i % len(ids["needs"])]})),
            "orgs": lambda i: environ("POST", "/graphql/",
                                      graphql_body(ORGS_QUERY, {})),
            "register": lambda i: environ("POST", "/graphql/", graphql_body(REGISTER, {
                "t": f"ExponentPushToken[profile-{uuid.uuid4().hex}]",
                "i": "driving seniors to appointments", "z": "55404", "l": "en"})),
            "submit": lambda i: environ("POST", "/graphql/", graphql_body(SUBMIT, {
                "org": ids["organizations"][i % len(ids["organizations"])],
                "in": {"title": f"Pack food boxes ({uuid.uuid4().hex[:10]})",
                       "description": "Pack food boxes on Saturday mornings.",
                       "urgency": "MEDIUM", "kind": "VOLUNTEER"}})),
        }
        queries: list[tuple[str, float]] = []

        def capture(execute, sql, params, many, context):
            start = time.perf_counter()
            try:
                return execute(sql, params, many, context)
            finally:
                queries.append((sql % tuple(f"'{p}'" if isinstance(p, str) else p
                                            for p in (params or ()))
                                if params and not many else sql,
                                time.perf_counter() - start))

        def call(env_: dict) -> bytes:
            status = {}

            def start_response(s, headers, exc_info=None):
                status["s"] = s

            chunks = application(env_, start_response)
            body = b"".join(chunks)
            if hasattr(chunks, "close"):
                chunks.close()
            if not status["s"].startswith("200"):
                raise SystemExit(f"{status['s']}: {body[:300]!r}")
            return body

        print(f"load average {os.getloadavg()[0]:.1f} (other processes share the cores)")
        print(f"{'endpoint':10s} {'mean ms':>8s} {'p50 ms':>7s} {'p95 ms':>7s} "
              f"{'CPU ms':>7s} {'queries':>7s} {'SQL ms':>7s}")
        for name in [e.strip() for e in args.only.split(",") if e.strip()]:
            make = endpoints[name]
            for i in range(20):  # warm-up: imports, connection, plans
                body = call(make(i))
            if json.loads(body).get("errors"):
                raise SystemExit(f"{name}: {body[:300]!r}")
            times = []
            cpu = []
            sql_counts = []
            sql_ms = []
            with connection.execute_wrapper(capture):
                for i in range(args.n):
                    queries.clear()
                    start, start_cpu = time.perf_counter(), time.process_time()
                    call(make(i))
                    times.append((time.perf_counter() - start) * 1000)
                    cpu.append((time.process_time() - start_cpu) * 1000)
                    sql_counts.append(len(queries))
                    sql_ms.append(sum(t for _, t in queries) * 1000)
                last = list(queries)
            times.sort()
            print(f"{name:10s} {statistics.mean(times):8.2f} {times[len(times) // 2]:7.2f} "
                  f"{times[int(len(times) * 0.95)]:7.2f} {statistics.mean(cpu):7.2f} "
                  f"{statistics.mean(sql_counts):7.1f} "
                  f"{statistics.mean(sql_ms):7.2f}", flush=True)
            if args.explain:
                for sql, _ in last:
                    if not sql.lstrip().upper().startswith("SELECT"):
                        print(f"    {sql[:200]}")
                        continue
                    with connection.cursor() as cursor:
                        cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + sql)
                        plan = "\n      ".join(r[0] for r in cursor.fetchall())
                    print(f"    {sql[:400]}\n      {plan}")
            if name in os.environ.get("CPROFILE", "").split(","):
                import cProfile
                import pstats

                prof = cProfile.Profile()
                prof.enable()
                for i in range(args.n):
                    call(make(i))
                prof.disable()
                pstats.Stats(prof).sort_stats("tottime").print_stats(30)
            if name in args.profile.split(","):
                from pyinstrument import Profiler

                profiler = Profiler(interval=0.0002)
                profiler.start()
                for i in range(args.n):
                    call(make(i))
                profiler.stop()
                print(profiler.output_text(unicode=True, color=False, show_all=False))
        if args.execution:
            execution_only(call, endpoints["graphql"])
        if args.compare:
            compare_pages(call, endpoints, args.compare, args.n)
        connection.close()
    finally:
        load_test.stop(redis)
    return 0


if __name__ == "__main__":
    sys.exit(main())
