"""Drill: gunicorn gets SIGTERM under traffic (a deploy), then a new one takes the port.

Clients send GraphQL reads and readiness probes back to back over new connections, and a
slow request is in flight when the signal lands.  The bar: every request already being
served completes; every new connection is refused at once (a load balancer retries it
elsewhere) — none hangs; once the new server is up, every request succeeds.
"""

from __future__ import annotations

import os
import signal
import threading
import time

import pytest

from tests.config.test_health import gunicorn
from tests.drills.conftest import Traffic, figures, request, wait_until

pytestmark = pytest.mark.slow

SLOW_SECONDS = 3
#: Guards for a shared machine; the figures themselves are recorded.
REFUSAL_GUARD_SECONDS = 1.0
READ = {"query": "{ needs(first: 5) { edges { node { title } } } }"}


def test_drill_gunicorn_sigterm_under_traffic(tmp_path):
    port = None
    slow: dict = {}
    (tmp_path / "old").mkdir()
    (tmp_path / "new").mkdir()
    with gunicorn(tmp_path / "old", WEB_CONCURRENCY="3", HEALTH_SLOW_PROBE="1",
                  GUNICORN_GRACEFUL_TIMEOUT="20") as old:
        port = old.port
        makers = [lambda n: request(port, "POST", "/graphql/", READ, kind="read", timeout=30),
                  lambda n: request(port, "GET", "/health/live", kind="live", timeout=30)]
        traffic = Traffic(port, makers, threads=2)
        traffic.__enter__()
        try:
            time.sleep(1.5)

            def call_slow() -> None:
                slow["outcome"] = request(port, "GET", f"/health/slow?seconds={SLOW_SECONDS}",
                                          kind="slow", timeout=60)

            slow_thread = threading.Thread(target=call_slow)
            slow_thread.start()
            old.wait_for_line("slow probe: sleeping")
            signalled = time.monotonic()
            os.kill(old.process.pid, signal.SIGTERM)
            old.wait_for_line("Stopped listening")
            slow_thread.join(timeout=60)
            exit_status = old.process.wait(timeout=60)
            exited = time.monotonic()
            log = old.output()

            # The deploy: a new server on the same port.
            with gunicorn(tmp_path / "new", GUNICORN_BIND=f"127.0.0.1:{port}",
                          WEB_CONCURRENCY="2") as new:
                assert new.port == port
                up = time.monotonic()
                time.sleep(2)
                traffic.__exit__(None, None, None)  # before the new server stops
        finally:
            traffic.__exit__(None, None, None)

    outcomes = traffic.snapshot()
    # Being served when the signal landed (a worker had it): must complete.
    in_flight = [o for o in outcomes
                 if o.started < signalled < o.finished and o.status is not None]
    # Not served: refused, or reset in the accept queue no worker would take any more.
    refused = [o for o in outcomes if o.finished >= signalled and o.started < up
               and o.status is None]
    served_during = [o for o in outcomes if signalled <= o.started < up and o.status is not None]
    after = [o for o in outcomes if o.started >= up]

    assert slow["outcome"].status == 200, slow
    assert slow["outcome"].finished > signalled
    assert all(o.ok for o in in_flight), in_flight
    assert exit_status == 0, log
    # Between the signal and the new server: nothing hangs, new connections are refused.
    assert refused, "no connection was tried while the server was stopping"
    assert {o.error for o in refused} <= {"ConnectionRefusedError", "ConnectionResetError",
                                          "RemoteDisconnected"}
    slowest_refusal = max(o.seconds for o in refused)
    assert slowest_refusal < REFUSAL_GUARD_SECONDS, max(refused, key=lambda o: o.seconds)
    assert all(o.ok for o in served_during), served_during
    # After: every request succeeds.
    assert after and all(o.ok for o in after), [o for o in after if not o.ok]
    wait_until("the log to show the worker left after its request",
               lambda: "slow probe: finished" in log, timeout=1)
    figures("gunicorn SIGTERM under traffic",
            requests=len(outcomes), in_flight_at_signal=len(in_flight) + 1,
            in_flight_completed=sum(o.ok for o in in_flight) + 1,
            refused_while_stopping=len(refused),
            slowest_refusal_ms=round(slowest_refusal * 1000, 1),
            hung=sum(o.seconds > 10 for o in outcomes),
            seconds_signal_to_exit=round(exited - signalled, 1),
            requests_after_new_server=len(after),
            failed_after_new_server=sum(not o.ok for o in after))
