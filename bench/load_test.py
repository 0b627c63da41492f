"""Public API load test (issue 13): locust against gunicorn with production settings.

    .venv/bin/python bench/load_test.py                 # ratios at 8 users, mix at 20 and 100
    .venv/bin/python bench/load_test.py --users 20 --seconds 20 --phases mix
    .venv/bin/python bench/load_test.py --label after --json var/bench/after.json

What it does, bounded in time (about 3 minutes with the defaults) and only on 127.0.0.1:

1. Makes sure the scratch database ``bench_scale`` holds the 100K data set
   (``bench/scale_data.py``; loaded if missing or ``--reload``) and is migrated.
2. Starts a private Redis (``redis-server`` on ``--redis-port``, nothing on disk) for the
   cache -- the rate-limit counters -- and as the Celery broker, as production has: the
   tasks a registration or a submission queues (embedding, matching) wait there, unrun,
   and go away with it.  No Celery worker runs: the web hosts are what is measured.
3. Starts gunicorn exactly as ``make serve`` does (``gunicorn.conf.py``, DEBUG off, a
   throw-away SECRET_KEY, ALLOWED_HOSTS=127.0.0.1, no ``.env``), but with
   ``DJANGO_SETTINGS_MODULE=bench.api.settings`` (production settings + the two
   comparison views) on the scratch database.  The public mutations' rate limits are
   raised through their settings (``RATE_LIMIT_REGISTER_MEMBER_IP`` etc.), so every call
   still counts in Redis but all clients may come from 127.0.0.1.
4. Runs locust headless (``bench/locustfile.py``), one phase at a time after a warm-up:
   the ratio phase (constant view, plain JSON of 20 needs, GraphQL list of 20 needs; same
   users each) and the mix at each ``--users`` value.
5. Stops gunicorn and Redis, prints a table and writes the figures as JSON.

Locust runs on the same 2 cores as gunicorn and PostgreSQL: the figures are of this
machine as a whole, comparable run to run, not a web host's capacity.

The public answer cache (``authz.public_cache``) is on, as in production with Redis: the
GraphQL list and the plain JSON view are then answered from it, and each submitNeed of
the mix ends every entry.  ``PUBLIC_RESPONSE_CACHE_SECONDS=0`` in the environment
measures the stack without it (both views alike).
"""

from __future__ import annotations

import argparse
import base64
import csv
import json
import os
import platform
import secrets
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import scratch_db  # noqa: E402

VENV_BIN = Path(sys.executable).parent
OUT_DIR = ROOT / "var" / "bench"
RATIO_USERS = ("ConstantUser", "PlainNeedsUser", "GraphQLNeedsUser")
FLOOR_USERS = ("RawNeedsUser", "RoundTripUser")
RAISED_RATE_LIMITS = {
    "RATE_LIMIT_REGISTER_MEMBER_IP": "1000000/h",
    "RATE_LIMIT_SUBMIT_NEED_IP": "1000000/h",
    "RATE_LIMIT_SEARCH_IP": "1000000/m",
}


def server_env(db: str, *, port: int, redis_port: int, workers: int, threads: int) -> dict:
    """The environment of a production-like gunicorn on the scratch database."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("DJANGO_", "DEBUG", "DATABASE_URL", "RATE_LIMIT_"))}
    env.update(
        DJANGO_ENV_FILE="",  # no .env: nothing from the development file
        DJANGO_SETTINGS_MODULE="bench.api.settings",
        DEBUG="0",
        SECRET_KEY=secrets.token_urlsafe(50),
        IDENTIFIER_PEPPER=secrets.token_urlsafe(32),
        ALLOWED_HOSTS="127.0.0.1",
        DATABASE_URL=scratch_db.url(db),
        REDIS_URL=f"redis://127.0.0.1:{redis_port}/0",
        CELERY_BROKER_URL=f"redis://127.0.0.1:{redis_port}/1",
        SECURE_SSL_REDIRECT="0",
        SESSION_COOKIE_SECURE="0",
        CSRF_COOKIE_SECURE="0",
        GUNICORN_BIND=f"127.0.0.1:{port}",
        WEB_CONCURRENCY=str(workers),
        GUNICORN_THREADS=str(threads),
        GUNICORN_LOG_LEVEL="warning",
        **RAISED_RATE_LIMITS,
    )
    return env


def ensure_data(db: str, reload: bool) -> dict | None:
    """Load the data set unless the scratch database already has it; migrate it."""
    from bench import scale_data

    loaded = None
    has_data = False
    if not reload and scratch_db.exists(db):
        with scratch_db.connect(db) as conn:
            try:
                has_data = conn.execute("SELECT count(*) FROM needs_need").fetchone()[0] > 0
            except Exception:  # noqa: BLE001 - no tables yet
                has_data = False
    if not has_data:
        print(f"loading the data set into {db} ...", flush=True)
        scale_data.main(["--db", db])
    subprocess.run([sys.executable, str(ROOT / "manage.py"), "migrate", "--noinput", "-v", "0"],
                   env={**os.environ, "DATABASE_URL": scratch_db.url(db), "DJANGO_ENV_FILE": "",
                        "DJANGO_SETTINGS_MODULE": "config.settings_test"},
                   check=True, cwd=ROOT)
    return loaded


def sample_ids(db: str, path: Path) -> dict:
    def gid(kind: str, pk: int) -> str:
        return base64.b64encode(f"{kind}:{pk}".encode()).decode()

    with scratch_db.connect(db) as conn:
        needs = [gid("Need", r[0]) for r in conn.execute(
            "SELECT id FROM needs_need WHERE status = 'active' ORDER BY random() LIMIT 1000")]
        orgs = [gid("Organization", r[0]) for r in conn.execute(
            "SELECT id FROM organizations_organization WHERE listed ORDER BY random() "
            "LIMIT 500")]
        counts = dict(
            needs=conn.execute("SELECT count(*) FROM needs_need").fetchone()[0],
            active_needs=conn.execute(
                "SELECT count(*) FROM needs_need WHERE status = 'active'").fetchone()[0],
            members=conn.execute("SELECT count(*) FROM members_member").fetchone()[0],
            organizations=conn.execute(
                "SELECT count(*) FROM organizations_organization").fetchone()[0],
        )
    path.write_text(json.dumps({"needs": needs, "organizations": orgs}))
    return counts


def start_redis(port: int, log: Path) -> subprocess.Popen:
    binary = shutil.which("redis-server")
    if binary is None:
        raise SystemExit("redis-server is needed (bash scripts/ensure_redis.sh installs it)")
    proc = subprocess.Popen(
        [binary, "--bind", "127.0.0.1", "--port", str(port), "--save", "", "--appendonly", "no",
         "--daemonize", "no"], stdout=log.open("w"), stderr=subprocess.STDOUT)
    _wait(lambda: _tcp_open(port), 10, "redis")
    return proc


def _tcp_open(port: int) -> bool:
    import socket

    with socket.socket() as sock:
        sock.settimeout(0.2)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def _wait(check, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if check():
                return
        except Exception:  # noqa: BLE001, S110 - not up yet
            pass
        time.sleep(0.2)
    raise SystemExit(f"{what} did not come up within {timeout:.0f} s")


def start_gunicorn(env: dict, port: int, log: Path) -> subprocess.Popen:
    if _tcp_open(port):
        raise SystemExit(f"port {port} is taken: pass another --port")
    (ROOT / "var" / "static").mkdir(parents=True, exist_ok=True)
    proc = subprocess.Popen(
        [str(VENV_BIN / "gunicorn"), "config.wsgi", "-c", str(ROOT / "gunicorn.conf.py")],
        env=env, cwd=ROOT, stdout=log.open("w"), stderr=subprocess.STDOUT,
    )

    def live() -> bool:
        if proc.poll() is not None:
            raise SystemExit(f"gunicorn exited ({proc.returncode}); see {log}")
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/health/live", timeout=2) as r:
            return r.status == 200

    _wait(live, 60, "gunicorn")
    return proc


def stop(proc: subprocess.Popen | None, timeout: float = 30) -> None:
    if proc is None or proc.poll() is not None:
        return
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def run_locust(user_class: str, users: int, seconds: int, *, host: str, ids: Path,
               prefix: Path) -> dict:
    """One headless locust phase; the aggregated and per-name figures from its CSV, and
    the machine's load average before and after (other processes share the cores)."""
    load_before = round(os.getloadavg()[0], 1)
    cmd = [str(VENV_BIN / "locust"), "-f", str(ROOT / "bench" / "locustfile.py"), "--headless",
           "-u", str(users), "-r", str(users), "-t", f"{seconds}s", "--host", host,
           "--csv", str(prefix), "--only-summary", "--stop-timeout", "10",
           "--loglevel", "WARNING", "--exit-code-on-error", "0", user_class]
    env = {**os.environ, "BENCH_IDS": str(ids)}
    subprocess.run(cmd, env=env, cwd=ROOT, check=True, stdout=subprocess.DEVNULL,
                   stderr=prefix.with_suffix(".log").open("w"))
    rows = {}
    with open(f"{prefix}_stats.csv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            rows[row["Name"]] = {
                "requests": int(row["Request Count"]),
                "failures": int(row["Failure Count"]),
                "rps": float(row["Requests/s"]),
                "p50": float(row["50%"]),
                "p95": float(row["95%"]),
                "p99": float(row["99%"]),
                "avg": float(row["Average Response Time"]),
            }
    failures = []
    failures_csv = Path(f"{prefix}_failures.csv")
    if failures_csv.exists():
        with failures_csv.open(encoding="utf-8") as handle:
            failures = [{"name": r["Name"], "error": r["Error"], "count": int(r["Occurrences"])}
                        for r in csv.DictReader(handle)]
    return {"user_class": user_class, "users": users, "seconds": seconds,
            "load_before": load_before, "load_after": round(os.getloadavg()[0], 1),
            "total": rows.pop("Aggregated"), "by_name": rows, "failures": failures}


def fmt(total: dict) -> str:
    errors = total["failures"] / total["requests"] * 100 if total["requests"] else 0.0
    return (f"{total['rps']:7.1f} | {total['p50']:6.0f} | {total['p95']:6.0f} | "
            f"{total['p99']:6.0f} | {total['failures']} ({errors:.1f} %)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="bench_scale", help="scratch database (bench_*)")
    parser.add_argument("--reload", action="store_true", help="reload the data set first")
    parser.add_argument("--port", type=int, default=8013)
    parser.add_argument("--redis-port", type=int, default=6313)
    parser.add_argument("--workers", type=int, default=5, help="gunicorn workers")
    parser.add_argument("--threads", type=int, default=1, help="gunicorn threads per worker")
    parser.add_argument("--phases", default="ratio,mix", help="ratio, mix or both")
    parser.add_argument("--floor", action="store_true",
                        help="also the floors under the plain view in the ratio phase: "
                             "the same statement through a bare psycopg cursor, no model "
                             "instances (/bench/needs-raw.json), and a pooled connection's "
                             "SELECT 1 (/bench/round-trip)")
    parser.add_argument("--ratio-users", type=int, default=8)
    parser.add_argument("--ratio-seconds", type=int, default=20)
    parser.add_argument("--users", default="20,100", help="mix concurrency levels")
    parser.add_argument("--seconds", type=int, default=30, help="duration of each mix phase")
    parser.add_argument("--label", default="", help="a name for this run in the JSON")
    parser.add_argument("--json", type=Path, default=None, help="where to write the figures")
    args = parser.parse_args(argv)
    phases = {p.strip() for p in args.phases.split(",") if p.strip()}
    users = [int(u) for u in args.users.split(",") if u.strip()]
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()

    ensure_data(args.db, args.reload)
    ids = OUT_DIR / "ids.json"
    counts = sample_ids(args.db, ids)
    host = f"http://127.0.0.1:{args.port}"
    redis = gunicorn = None
    results: dict = {"label": args.label, "data": counts, "workers": args.workers,
                     "threads": args.threads, "machine": {
                         "cpus": os.cpu_count(), "python": platform.python_version()},
                     "phases": []}
    try:
        redis = start_redis(args.redis_port, OUT_DIR / "redis.log")
        env = server_env(args.db, port=args.port, redis_port=args.redis_port,
                         workers=args.workers, threads=args.threads)
        gunicorn = start_gunicorn(env, args.port, OUT_DIR / "gunicorn.log")
        print(f"gunicorn: {args.workers} workers x {args.threads} threads on {host}, "
              f"{counts['active_needs']:,} active needs", flush=True)
        # Warm-up (not recorded): every worker imports, connects and fills its caches.
        run_locust("MixUser", 10, 8, host=host, ids=ids, prefix=OUT_DIR / "warmup")
        if "ratio" in phases:
            for user_class in RATIO_USERS + (FLOOR_USERS if args.floor else ()):
                print(f"ratio phase: {user_class}, {args.ratio_users} users, "
                      f"{args.ratio_seconds} s", flush=True)
                results["phases"].append(dict(run_locust(
                    user_class, args.ratio_users, args.ratio_seconds, host=host, ids=ids,
                    prefix=OUT_DIR / f"ratio_{user_class}"), phase="ratio"))
        if "mix" in phases:
            for n in users:
                print(f"mix phase: {n} users, {args.seconds} s", flush=True)
                results["phases"].append(dict(run_locust(
                    "MixUser", n, args.seconds, host=host, ids=ids,
                    prefix=OUT_DIR / f"mix_{n}"), phase="mix"))
    finally:
        stop(gunicorn)
        stop(redis)
    results["wall_s"] = time.perf_counter() - started

    print()
    print("| phase | users | req/s | p50 ms | p95 ms | p99 ms | errors | load avg |")
    print("|---|---|---|---|---|---|---|---|")
    by_class = {}
    for phase in results["phases"]:
        name = phase["user_class"] if phase["phase"] == "ratio" else "mix"
        by_class[phase["user_class"]] = phase["total"]["rps"]
        print(f"| {name} | {phase['users']} | {fmt(phase['total'])} | "
              f"{phase['load_before']}–{phase['load_after']} |")
    if all(c in by_class for c in RATIO_USERS) and by_class["ConstantUser"]:
        plain = by_class["PlainNeedsUser"] / by_class["ConstantUser"]
        graphql = (by_class["GraphQLNeedsUser"] / by_class["PlainNeedsUser"]
                   if by_class["PlainNeedsUser"] else 0.0)
        results["ratios"] = {"plain_over_constant": plain, "graphql_over_plain": graphql}
        print(f"\nplain JSON / constant = {plain:.0%} (goal >= 50 %); "
              f"GraphQL / plain JSON = {graphql:.0%} (goal >= 70 %)")
        if by_class.get("RawNeedsUser") and by_class.get("RoundTripUser"):
            floor = by_class["RawNeedsUser"] / by_class["ConstantUser"]
            trip = by_class["RoundTripUser"] / by_class["ConstantUser"]
            results["ratios"].update(raw_floor_over_constant=floor,
                                     round_trip_over_constant=trip)
            print(f"raw floor (same statement, bare cursor, no instances) / constant = "
                  f"{floor:.0%}; pool + SELECT 1 / constant = {trip:.0%}")
    for phase in results["phases"]:
        if phase["phase"] != "mix":
            continue
        print(f"\nmix at {phase['users']} users, by request:")
        for name, row in sorted(phase["by_name"].items()):
            print(f"  {name:28s} {row['requests']:6d} req  p50 {row['p50']:5.0f}  "
                  f"p95 {row['p95']:5.0f}  p99 {row['p99']:5.0f}  failures {row['failures']}")
        for failure in phase["failures"]:
            print(f"  FAILED {failure['count']}x {failure['name']}: {failure['error'][:120]}")
    out = args.json or OUT_DIR / f"load_test{'-' + args.label if args.label else ''}.json"
    out.write_text(json.dumps(results, indent=2))
    print(f"\nfigures: {out} ({results['wall_s']:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
