"""SIGTERM to gunicorn lets the request in flight finish before the server exits, and
refuses new connections meanwhile.

A deploy or a scale-down sends SIGTERM; a client mid-request must still get its full
answer, and a new client must be turned away at once (so its load balancer retries
elsewhere) rather than hang.  This runs the real gunicorn with gunicorn.conf.py and
production settings, holds a request open in the test-only slow probe, signals the master
while the view is running, and checks the refusal, the response and the exit status.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import threading
import time

import pytest

from tests.config.test_health import gunicorn

SLOW_SECONDS = 3
# Looks like an Expo push token; must never reach the access log.
TOKEN = "ExponentPushToken[never-log-me-0123]"


@pytest.mark.slow
def test_sigterm_lets_the_in_flight_request_finish(tmp_path):
    result: dict[str, object] = {}

    with gunicorn(tmp_path, HEALTH_SLOW_PROBE="1", GUNICORN_GRACEFUL_TIMEOUT="20") as server:

        def call() -> None:
            try:
                result["response"] = server.get(
                    f"/health/slow?seconds={SLOW_SECONDS}&token={TOKEN}", timeout=30
                )
            except Exception as exc:
                result["error"] = exc

        client = threading.Thread(target=call)
        client.start()
        # The view has started (it logs before sleeping): the request is in flight.
        server.wait_for_line("slow probe: sleeping")
        assert "response" not in result  # the signal below really lands mid-request
        os.kill(server.process.pid, signal.SIGTERM)

        # A new connection is refused at once, not left waiting in the accept queue of a
        # worker that is finishing its last request.
        server.wait_for_line("Stopped listening")
        started = time.monotonic()
        with pytest.raises(ConnectionRefusedError):
            socket.create_connection(("127.0.0.1", server.port), timeout=10).close()
        assert time.monotonic() - started < 2  # a guard: refusal is immediate
        assert "response" not in result  # ...while the slow request is still in flight

        client.join(timeout=60)
        exit_status = server.process.wait(timeout=60)
        log = server.output()

    assert "error" not in result, f"request failed: {result.get('error')!r}\n{log}"
    status, headers, raw = result["response"]
    assert status == 200
    assert int(headers["Content-Length"]) == len(raw)
    body = json.loads(raw)
    assert body["status"] == "ok"
    assert body["slept_seconds"] == SLOW_SECONDS
    assert body["filler"] == "0123456789" * 1000
    assert exit_status == 0, log

    # The order in the server's own log: the master took SIGTERM while the view was
    # still sleeping, the view then finished, and only then did the worker leave.
    signal_at = log.index("Handling signal: term")
    finished_at = log.index("slow probe: finished")
    assert log.index("slow probe: sleeping") < signal_at < finished_at
    assert finished_at < log.index("Worker exiting")

    # The access log has the request, by path only: no query string, so no token.
    assert '"GET /health/slow HTTP/1.1" 200' in log
    assert "never-log-me" not in log
    assert "seconds=" not in log
