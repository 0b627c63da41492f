"""Operational drills: real processes (gunicorn, Celery workers with beat, Redis,
PostgreSQL) broken on purpose and brought back, in bounded time.

Each drill prints one ``DRILL …`` line with its figures (``pytest -s`` shows them);
docs/reliability.md records them.  Nothing here touches the machine's shared services:
the broker is a private ``redis-server`` on a free port, a restarted database is a
scratch embedded server under ``var/``.
"""

from __future__ import annotations

import http.client
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

import pytest
from django.db import connection

from config.celery import app
from tests.config.test_health import free_port
from tests.conftest import skip_or_fail

BASE_DIR = Path(__file__).resolve().parents[2]
CELERY_BIN = Path(sys.executable).parent / "celery"
REDIS_SERVER = shutil.which("redis-server")


def figures(name: str, **values) -> None:
    """The drill's figures, one line, for docs/reliability.md: printed (``pytest -s``) and
    appended to var/drill-figures.jsonl."""
    line = json.dumps(values, sort_keys=True)
    print(f"\nDRILL {name}: {line}", flush=True)
    (BASE_DIR / "var").mkdir(exist_ok=True)
    with (BASE_DIR / "var" / "drill-figures.jsonl").open("a") as out:
        out.write(json.dumps({"drill": name, "at": time.strftime("%Y-%m-%d %H:%M"),
                              **values}) + "\n")


def wait_until(what: str, predicate: Callable[[], bool], *, timeout: float,
               on_fail: Callable[[], str] = lambda: "", interval: float = 0.05) -> float:
    """Poll until true; the seconds it took.  Fails with ``on_fail()`` if it never is."""
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        if predicate():
            return time.monotonic() - started
        time.sleep(interval)
    pytest.fail(f"timed out after {timeout:g}s waiting for {what}\n{on_fail()}")


def suite_database_url() -> str:
    """The URL of pytest-django's test database, for child processes."""
    db = connection.settings_dict
    user = quote(db.get("USER") or "", safe="")
    host = quote(db.get("HOST") or "", safe="")
    port = f":{db['PORT']}" if db.get("PORT") else ""
    return f"postgres://{user}@{host}{port}/{quote(db['NAME'], safe='')}"


# --- a private Redis (the broker), stopped and started at will --------------------------


@dataclass
class ScratchRedis:
    port: int
    directory: Path
    process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self.process = subprocess.Popen(  # noqa: S603 - fixed argv
            [REDIS_SERVER, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "no", "--dir", str(self.directory)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        wait_until("the scratch Redis to answer", self.answers, timeout=10)

    def answers(self) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=0.5) as sock:
                sock.sendall(b"PING\r\n")
                return sock.recv(16).startswith(b"+PONG")
        except OSError:
            return False

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)
        self.process = None


@pytest.fixture
def scratch_redis(tmp_path: Path) -> Iterator[ScratchRedis]:
    if REDIS_SERVER is None:
        skip_or_fail("redis-server is not installed; the broker drills need one")
    redis = ScratchRedis(port=free_port(), directory=tmp_path)
    try:
        yield redis
    finally:
        redis.stop()


def point_app_at(*, broker_url: str, eager: bool) -> None:
    """This process's Celery app: send to ``broker_url`` (or run tasks in-process)."""
    app.conf.update(broker_url=broker_url, task_always_eager=eager)
    app._pool = None
    app.amqp._producer_pool = None


@pytest.fixture
def restore_app() -> Iterator[None]:
    saved = app.conf.broker_url, app.conf.task_always_eager
    try:
        yield
    finally:
        point_app_at(broker_url=saved[0], eager=saved[1])


# --- Celery workers (with beat, so the outbox sweeper runs as in production) ---------------


@dataclass
class Worker:
    process: subprocess.Popen
    log: Path

    def log_text(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""

    def kill(self) -> None:
        """SIGKILL to the worker and its pool children: no chance to clean up."""
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=10)


@pytest.fixture
def start_worker(tmp_path: Path) -> Iterator[Callable[..., Worker]]:
    workers: list[Worker] = []

    def start(broker_url: str, **env_overrides: str) -> Worker:
        name = f"drill{len(workers) + 1}"
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "config.settings_test",
            "CELERY_BROKER_URL": broker_url,
            "DATABASE_URL": suite_database_url(),
            "OUTBOX_SWEEP_SECONDS": "1",
            "PYTHONUNBUFFERED": "1",
            **env_overrides,
        }
        env.pop("REDIS_URL", None)
        log = tmp_path / f"{name}.log"
        with log.open("wb") as out:
            process = subprocess.Popen(  # noqa: S603 - fixed argv
                [str(CELERY_BIN), "-A", "config", "worker", "--beat",
                 "--schedule", str(tmp_path / f"{name}-beat"), "--pool", "prefork",
                 "--concurrency", "1", "--loglevel", "INFO", "--without-gossip",
                 "--without-mingle", "--without-heartbeat", "-n", f"{name}@%h"],
                cwd=BASE_DIR, env=env, stdout=out, stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL, start_new_session=True)
        worker = Worker(process=process, log=log)
        workers.append(worker)
        wait_until(f"worker {name} to be ready",
                   lambda: "ready." in worker.log_text() or process.poll() is not None,
                   timeout=60, on_fail=worker.log_text)
        assert process.poll() is None, worker.log_text()
        return worker

    try:
        yield start
    finally:
        for worker in workers:
            worker.kill()


# --- a scratch PostgreSQL that can be stopped and started ----------------------------------


def _embedded(command: str, data_dir: Path) -> str:
    env = {**os.environ, "EMBEDDED_DB_DIR": str(data_dir)}
    env.pop("DATABASE_URL", None)
    out = subprocess.run(  # noqa: S603 - fixed argv
        [sys.executable, "-m", "config.embedded_db", command], cwd=BASE_DIR, env=env,
        capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    return out.stdout.strip()


@dataclass
class ScratchDatabase:
    data_dir: Path
    url: str = ""

    def start(self) -> None:
        self.url = _embedded("start", self.data_dir)

    def stop(self) -> None:
        _embedded("stop", self.data_dir)

    def accepts(self) -> bool:
        import psycopg

        try:
            with psycopg.connect(self.url, connect_timeout=1) as conn:
                conn.execute("SELECT 1")
            return True
        except psycopg.Error:
            return False


@pytest.fixture
def scratch_database() -> Iterator[ScratchDatabase]:
    """A second embedded server under var/ holding a copy of the test database's schema
    and rows (pg_dump | psql): the drill may stop it; the suite's own server stays up."""
    from config.embedded_db import server_binary

    (BASE_DIR / "var").mkdir(exist_ok=True)
    parent = Path(tempfile.mkdtemp(prefix="drill-db-", dir=BASE_DIR / "var"))
    database = ScratchDatabase(data_dir=parent / "pgdata")
    try:
        database.start()
        source = connection.settings_dict
        dump = subprocess.run(  # noqa: S603 - fixed argv
            [str(server_binary("pg_dump")), "--no-owner", "--no-privileges",
             "-h", source["HOST"], "-U", source["USER"] or "postgres", source["NAME"]],
            capture_output=True, timeout=120, check=True).stdout
        load = subprocess.run(  # noqa: S603 - fixed argv
            [str(server_binary("psql")), "-q", "-v", "ON_ERROR_STOP=0", database.url],
            input=dump, capture_output=True, timeout=120)
        assert load.returncode == 0, load.stderr[-2000:]
        yield database
    finally:
        if (database.data_dir / "postmaster.pid").exists():
            database.stop()
        shutil.rmtree(parent, ignore_errors=True)


# --- HTTP traffic against a real server ---------------------------------------------------


@dataclass
class Outcome:
    started: float  # time.monotonic()
    finished: float
    kind: str
    status: int | None = None  # HTTP status, or None when no answer
    error: str = ""  # the exception name when there was no answer
    codes: list[str] = field(default_factory=list)  # GraphQL error codes in the answer

    @property
    def seconds(self) -> float:
        return self.finished - self.started

    @property
    def ok(self) -> bool:
        return self.status == 200 and not self.codes


def request(port: int, method: str, path: str, body: dict | None = None, *,
            headers: dict | None = None, timeout: float = 30, kind: str = "") -> Outcome:
    started = time.monotonic()
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        payload = json.dumps(body).encode() if body is not None else None
        conn.request(method, path, body=payload, headers={
            "Content-Type": "application/json", **(headers or {})})
        response = conn.getresponse()
        raw = response.read()
        codes = []
        if path.startswith("/graphql") and raw:
            answer = json.loads(raw)
            codes = [e.get("extensions", {}).get("code", "?") for e in answer.get("errors", [])]
        return Outcome(started, time.monotonic(), kind or path, response.status, codes=codes)
    except (OSError, http.client.HTTPException) as exc:
        return Outcome(started, time.monotonic(), kind or path, None, type(exc).__name__)
    finally:
        conn.close()


class Traffic:
    """Client threads sending requests back to back until stopped; every outcome kept."""

    def __init__(self, port: int, makers: list[Callable[[int], Outcome]], threads: int = 2):
        self.port = port
        self.outcomes: list[Outcome] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._threads = [threading.Thread(target=self._run, args=(makers, i), daemon=True)
                         for i in range(threads)]

    def _run(self, makers, index: int) -> None:
        n = index
        while not self._stop.is_set():
            outcome = makers[n % len(makers)](n)
            n += len(self._threads)
            with self._lock:
                self.outcomes.append(outcome)
            if outcome.status is None:
                time.sleep(0.02)  # refused: do not spin

    def __enter__(self) -> Traffic:
        for thread in self._threads:
            thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join(timeout=60)

    def snapshot(self) -> list[Outcome]:
        with self._lock:
            return list(self.outcomes)
