"""Drill: PostgreSQL restarts under traffic.

A real gunicorn (two workers, production settings) on a scratch embedded PostgreSQL;
two clients send GraphQL reads, a write and readiness probes back to back; the database
is stopped for a few seconds and started again.

The bar: while it is down every request is answered within the pool timeout (fail fast:
DB_POOL_TIMEOUT, 2 s) with "briefly unavailable" (GraphQL) or 503 (readiness) — never
"Internal server error"; once it accepts connections again, every request succeeds
(stale pooled connections are checked out and discarded, never handed to a request).
"""

from __future__ import annotations

import time

import pytest

from tests.config.test_health import gunicorn
from tests.drills.conftest import Outcome, Traffic, figures, request, wait_until

pytestmark = pytest.mark.slow

DOWN_SECONDS = 4
POOL_TIMEOUT = 2.0
#: A guard for a shared, loaded machine; the figure itself is recorded.
GUARD_SECONDS = POOL_TIMEOUT + 2.0
READ = {"query": "{ needs(first: 5) { edges { node { title } } } "
                 "organizations(first: 5) { edges { node { name } } } }"}


def write(n: int) -> dict:
    return {"query": "mutation($u: String!) { submitResourceLink(url: $u) "
                     "{ accepted errors { field } } }",
            "variables": {"u": f"https://drill-{n}.example.org/volunteer"}}


def test_drill_postgresql_restart_under_traffic(tmp_path, scratch_database):
    with gunicorn(tmp_path, DATABASE_URL=scratch_database.url, WEB_CONCURRENCY="2",
                  DB_POOL_TIMEOUT=str(POOL_TIMEOUT), RATE_LIMIT_SUBMIT_RESOURCE_LINK_IP="100000/h",
                  HEALTH_DB_TIMEOUT_SECONDS="2") as server:
        port = server.port
        makers = [
            lambda n: request(port, "POST", "/graphql/", READ, kind="read"),
            lambda n: request(port, "GET", "/health/ready", kind="ready"),
            lambda n: request(port, "POST", "/graphql/", write(n), kind="write"),
        ]
        with Traffic(port, makers, threads=2) as traffic:
            time.sleep(2)
            stopping = time.monotonic()
            scratch_database.stop()  # pg_ctl stop -m fast: returns once it is down
            stopped = time.monotonic()
            time.sleep(DOWN_SECONDS)
            restarting = time.monotonic()
            scratch_database.start()
            wait_until("the scratch database to accept connections", scratch_database.accepts,
                       timeout=60)
            up = time.monotonic()
            time.sleep(4)
        log = server.output()

    outcomes = traffic.snapshot()
    before = [o for o in outcomes if o.finished < stopping]
    down = [o for o in outcomes if stopped <= o.started and o.finished < restarting]
    after = [o for o in outcomes if o.started >= up]
    assert before and all(o.ok for o in before), summary(before)
    assert down, "no request ran while the database was down"
    assert after, "no request ran after the database came back"

    # While down: answered, fast, and saying what is going on.
    for o in down:
        assert o.status is not None, o
        if o.kind == "ready":
            assert o.status == 503, o
        else:
            assert o.status == 200 and set(o.codes) <= {"SERVICE_UNAVAILABLE"}, o
    slowest_down = max(o.seconds for o in down)
    assert slowest_down <= GUARD_SECONDS, summary(down)
    assert "Internal server error" not in log

    # Back: every request that started after the database accepted connections succeeds.
    failed_after = [o for o in after if not o.ok]
    assert failed_after == [], summary(failed_after)
    first_ready = min((o.finished for o in after if o.kind == "ready" and o.ok), default=None)
    figures("PostgreSQL restart under traffic",
            requests=len(outcomes), down_seconds=round(restarting - stopped, 1),
            restart_seconds=round(up - restarting, 1),
            failed_in_flight_at_stop=sum(
                not o.ok for o in outcomes if o.started < stopped <= o.finished),
            answered_while_down=len(down),
            refused_while_down=sum(not o.ok for o in down),
            slowest_while_down_seconds=round(slowest_down, 2),
            internal_errors=log.count("INTERNAL_SERVER_ERROR"),
            requests_after_recovery=len(after), failed_after_recovery=len(failed_after),
            ready_200_after_up_seconds=round(first_ready - up, 2) if first_ready else None)


def summary(outcomes: list[Outcome]) -> str:
    return "\n".join(f"{o.kind} {o.status} {o.codes} {o.error} {o.seconds:.2f}s"
                     for o in outcomes[:40])
