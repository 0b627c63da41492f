"""Health endpoints: liveness without I/O, readiness naming each check, real 503s.

The failure cases use dependencies that are really unreachable (nothing listens on
127.0.0.1:1): the broker in-process, the database through a real gunicorn whose
DATABASE_URL points there (the test process's own database must stay up).
"""

from __future__ import annotations

import http.client
import json
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from config import health

BASE_DIR = Path(__file__).resolve().parents[2]
CHECKS = {"database", "pool", "broker", "migrations"}
# Redis DB 12 belongs to these tests.
REACHABLE_BROKER = "redis://127.0.0.1:6379/12"
UNREACHABLE_BROKER = "redis://:broker-secret@127.0.0.1:1/0"
UNREACHABLE_DATABASE = "postgres://x:db-secret@127.0.0.1:1/none"


# --- a real gunicorn on a free port (shared with test_graceful_shutdown) ----------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Server:
    """A running gunicorn master and everything it printed (stdout and stderr)."""

    process: subprocess.Popen[str]
    port: int
    lines: list[str] = field(default_factory=list)
    _changed: threading.Condition = field(default_factory=threading.Condition)

    def output(self) -> str:
        with self._changed:
            return "".join(self.lines)

    def wait_for_line(self, needle: str, *, timeout: float = 30) -> None:
        """Block until a printed line contains ``needle`` (fail with the log if never)."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while not any(needle in line for line in self.lines):
                remaining = deadline - time.monotonic()
                if remaining <= 0 or self.process.poll() is not None:
                    pytest.fail(f"gunicorn never printed {needle!r}:\n{''.join(self.lines)}")
                self._changed.wait(min(remaining, 0.5))

    def get(self, path: str, *, timeout: float = 30) -> tuple[int, dict[str, str], bytes]:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            conn.request("GET", path)
            response = conn.getresponse()
            return response.status, dict(response.getheaders()), response.read()
        finally:
            conn.close()


def _pump(server: Server) -> None:
    assert server.process.stdout is not None
    for line in server.process.stdout:
        with server._changed:
            server.lines.append(line)
            server._changed.notify_all()


@contextmanager
def gunicorn(tmp_path: Path, **env_overrides: str) -> Iterator[Server]:
    """Start ``gunicorn config.wsgi -c gunicorn.conf.py`` as production would (DEBUG off,
    ``config.settings``) with one worker; wait until it answers; stop it afterwards.
    ``GUNICORN_BIND=127.0.0.1:<port>`` among the overrides picks the port (a new server
    taking over an old one's); otherwise a free one is used."""
    bind = env_overrides.get("GUNICORN_BIND", "")
    port = int(bind.rsplit(":", 1)[1]) if bind else free_port()
    env = {
        key: value
        for key, value in os.environ.items()
        # Nothing from the test process's own configuration leaks in by accident.
        if key not in {"CELERY_BROKER_URL", "REDIS_URL", "HEALTH_SLOW_PROBE",
                       "PYTEST_CURRENT_TEST"}
    }
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings",
        DEBUG="0",
        SECRET_KEY="gunicorn-test-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz",
        ALLOWED_HOSTS="127.0.0.1",
        SECURE_SSL_REDIRECT="0",
        DATABASE_URL=os.environ["DATABASE_URL"],  # set by config/settings_test.py
        STATIC_ROOT=str(tmp_path),
        GUNICORN_BIND=f"127.0.0.1:{port}",
        WEB_CONCURRENCY="1",
        LOG_LEVEL="INFO",
        PYTHONUNBUFFERED="1",
    )
    env.update(env_overrides)
    process = subprocess.Popen(
        [str(Path(sys.executable).with_name("gunicorn")), "config.wsgi", "-c", "gunicorn.conf.py"],
        cwd=BASE_DIR,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    server = Server(process=process, port=port)
    threading.Thread(target=_pump, args=(server,), daemon=True).start()
    try:
        # Workers load the project and warm up (config/warmup.py) before they answer: a
        # few seconds each, much longer on a busy shared machine.
        deadline = time.monotonic() + 90
        while True:
            try:
                if server.get("/health/live", timeout=5)[0] == 200:
                    break
            except OSError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"gunicorn did not come up:\n{server.output()}")
            time.sleep(0.1)
        yield server
    finally:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


# --- in-process -------------------------------------------------------------------------


@pytest.fixture
def fresh_migration_check(monkeypatch):
    """Forget a cached positive migration result so the check really runs."""
    monkeypatch.setattr(health, "_migrations_applied", False)


def assert_no_secrets(body: str) -> None:
    for leak in ("Traceback", "File \"", "SELECT", "db-secret", "broker-secret",
                 "postgres://", "redis://", "127.0.0.1:1", "x@"):
        assert leak not in body, f"{leak!r} leaked into the health body: {body}"


@pytest.mark.django_db
def test_live_is_ok_without_touching_the_database(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/health/live")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert "no-cache" in response["Cache-Control"]


@pytest.mark.django_db
def test_ready_names_every_check(client, settings, fresh_migration_check):
    settings.CELERY_BROKER_URL = ""
    response = client.get("/health/ready")
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["status"] == "ok"
    checks = body["checks"]
    assert set(checks) == CHECKS
    assert all(check["ok"] is True for check in checks.values())
    assert isinstance(checks["database"]["latency_ms"], float | int)
    pool = checks["pool"]
    assert pool["max"] == settings.DB_POOL_MAX_SIZE
    # The round trip just borrowed and returned a pooled connection.
    assert 1 <= pool["size"] <= pool["max"]
    assert 0 <= pool["idle"] <= pool["size"]
    assert checks["broker"] == {"ok": True, "skipped": "no broker configured"}
    assert checks["migrations"] == {"ok": True}


@pytest.mark.django_db
def test_ready_checks_a_reachable_broker(client, settings):
    settings.CELERY_BROKER_URL = REACHABLE_BROKER
    response = client.get("/health/ready")
    assert response.status_code == 200, response.content
    assert response.json()["checks"]["broker"] == {"ok": True}


@pytest.mark.django_db
def test_ready_is_503_when_the_broker_is_unreachable(client, settings):
    settings.CELERY_BROKER_URL = UNREACHABLE_BROKER
    settings.HEALTH_BROKER_TIMEOUT_SECONDS = 2.0
    response = client.get("/health/ready")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "fail"
    assert body["checks"]["broker"]["ok"] is False
    assert body["checks"]["broker"]["reason"]
    # Only the broker failed; the rest is still reported, and fine.
    assert set(body["checks"]) == CHECKS
    assert body["checks"]["database"]["ok"] is True
    assert_no_secrets(response.content.decode())


@pytest.mark.django_db
def test_ready_is_503_when_a_migration_is_not_applied(client, settings, tmp_path,
                                                      monkeypatch, fresh_migration_check):
    # A real migrations package for `authz` (which has none yet) holding one unapplied
    # migration; the real executor must find it in its plan.
    package = tmp_path / "pending_authz_migrations"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "0001_pending.py").write_text(
        "from django.db import migrations\n\n\n"
        "class Migration(migrations.Migration):\n"
        "    dependencies = []\n"
        "    operations = []\n"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    settings.MIGRATION_MODULES = {"authz": "pending_authz_migrations"}
    settings.CELERY_BROKER_URL = ""

    response = client.get("/health/ready")

    assert response.status_code == 503
    checks = response.json()["checks"]
    assert checks["migrations"] == {"ok": False, "reason": "1 unapplied migration(s)"}
    assert checks["database"]["ok"] is True
    # A failure is never cached: the same process reports it again.
    assert client.get("/health/ready").status_code == 503


@pytest.mark.django_db
def test_health_is_exempt_from_the_https_redirect(client, settings):
    settings.SECURE_SSL_REDIRECT = True
    settings.CELERY_BROKER_URL = ""
    assert client.get("/admin/login/").status_code == 301  # the redirect is really on
    assert client.get("/health/live").status_code == 200
    assert client.get("/health/ready").status_code == 200


def test_slow_probe_is_not_found_unless_enabled(client, monkeypatch):
    monkeypatch.delenv("HEALTH_SLOW_PROBE", raising=False)
    assert client.get("/health/slow?seconds=0").status_code == 404
    monkeypatch.setenv("HEALTH_SLOW_PROBE", "1")
    response = client.get("/health/slow?seconds=0")
    assert response.status_code == 200
    assert response.json()["slept_seconds"] == 0


# --- a real server whose database is unreachable -----------------------------------------


@pytest.mark.slow
def test_ready_is_503_when_the_database_is_unreachable(tmp_path):
    with gunicorn(tmp_path, DATABASE_URL=UNREACHABLE_DATABASE) as server:
        status, headers, raw = server.get("/health/ready")
        live_status, _, _ = server.get("/health/live")

    assert status == 503
    assert headers["Content-Type"] == "application/json"
    body = json.loads(raw)
    assert body["status"] == "fail"
    assert set(body["checks"]) == CHECKS
    assert body["checks"]["database"]["ok"] is False
    assert body["checks"]["database"]["reason"]
    assert body["checks"]["migrations"] == {"ok": False, "reason": "database unavailable"}
    assert body["checks"]["broker"] == {"ok": True, "skipped": "no broker configured"}
    assert_no_secrets(raw.decode())
    # Liveness does no I/O, so the same process is still "alive".
    assert live_status == 200
