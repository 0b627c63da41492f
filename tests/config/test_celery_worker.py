"""Real Celery workers against the real Redis on 127.0.0.1:6379 (DB 13) and the test database.

Each test starts ``celery -A config worker`` as a subprocess (its own process group), sends
tasks from this process through the broker, and reads what the worker recorded in Redis
(the Django cache) and saw in PostgreSQL.  Workers are always killed in teardown.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import pytest
import redis
from celery.signals import before_task_publish
from django.db import connection, transaction

from config.celery import app
from config.tasks import (
    ProbeState,
    enqueue_on_commit,
    probe,
    probe_row,
    probe_row_seen,
    probe_state,
)
from organizations.models import Tag
from tests.conftest import skip_or_fail

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]

REDIS_URL = "redis://127.0.0.1:6379/13"
BASE_DIR = Path(__file__).resolve().parents[2]
CELERY_BIN = Path(sys.executable).parent / "celery"
WORKER_NAME = f"test@{socket.gethostname()}"
# The settings this test runs under (config.settings_test unless overridden).
SETTINGS_MODULE = os.environ.get("DJANGO_SETTINGS_MODULE", "config.settings_test")
STARTUP_TIMEOUT = 30.0
TASK_TIMEOUT = 30.0
# Short, so a message held by a killed worker comes back within the test.  Safe for a task
# of a few seconds: after its start-up sweep, kombu's Redis transport sweeps for overdue
# messages again only after ~100 s (restore interval 10 s x throttle 10).
TEST_VISIBILITY_TIMEOUT = 1


@pytest.fixture
def redis_db() -> Iterator[redis.Redis]:
    """Redis DB 13, empty before and after; skip when no Redis listens on 127.0.0.1:6379."""
    client = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1, socket_timeout=5)
    try:
        client.ping()
    except (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError) as exc:
        skip_or_fail(f"Redis on 127.0.0.1:6379 is unreachable ({exc}); worker tests need it")
    client.flushdb()
    try:
        yield client
    finally:
        client.flushdb()
        client.close()


def _point_app_at(*, broker_url: str, eager: bool) -> None:
    """Switch this process's Celery app to ``broker_url`` and forget pooled connections.

    Celery keeps the broker pool on the app and the producer pool on ``app.amqp``; both are
    built from ``broker_url`` on first use (an eager task elsewhere may already have built
    them for the default URL).  ``app.close()`` would also deregister the app, so the two
    references are dropped directly; kombu's pools stay keyed by URL.
    """
    app.conf.update(broker_url=broker_url, task_always_eager=eager)
    app._pool = None
    app.amqp._producer_pool = None


@pytest.fixture
def broker(redis_db: redis.Redis, settings) -> Iterator[redis.Redis]:
    """Send this process's tasks to the real broker and read the shared Redis cache.

    The test settings have no broker (tasks run eagerly); this points the app at DB 13 for
    one test and restores it afterwards.
    """
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}
    }
    saved_url, saved_eager = app.conf.broker_url, app.conf.task_always_eager
    _point_app_at(broker_url=REDIS_URL, eager=False)
    try:
        yield redis_db
    finally:
        _point_app_at(broker_url=saved_url, eager=saved_eager)


def _test_database_url() -> str:
    """The URL of the database this test uses (pytest-django's test DB), for the worker."""
    db = connection.settings_dict
    user = quote(db.get("USER") or "", safe="")
    password = f":{quote(str(db['PASSWORD']), safe='')}" if db.get("PASSWORD") else ""
    port = f":{db['PORT']}" if db.get("PORT") else ""
    host = quote(db.get("HOST") or "", safe="")
    return f"postgres://{user}{password}@{host}{port}/{quote(db['NAME'], safe='')}"


@dataclass
class Worker:
    proc: subprocess.Popen
    log: Path

    def log_tail(self) -> str:
        return self.log.read_text(errors="replace")[-4000:] if self.log.exists() else ""

    def alive(self) -> bool:
        return self.proc.poll() is None

    def kill_group(self) -> None:
        if self.alive():
            os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=10)


def wait_for(
    what: str,
    predicate: Callable[[], bool],
    worker: Worker | None = None,
    timeout: float = TASK_TIMEOUT,
) -> None:
    """Poll ``predicate`` until true; fail with the worker's log if it never is."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        if worker is not None and not worker.alive():
            if predicate():
                return
            pytest.fail(
                f"worker exited ({worker.proc.returncode}) before {what}:\n{worker.log_tail()}"
            )
        time.sleep(0.05)
    pytest.fail(f"timed out waiting for {what}:\n{worker.log_tail() if worker else ''}")


@pytest.fixture
def start_worker(broker: redis.Redis, tmp_path: Path) -> Iterator[Callable[..., Worker]]:
    """Start real workers; every one still running is SIGKILLed (whole group) in teardown."""
    workers: list[Worker] = []
    database_url = _test_database_url()

    def start(*, visibility_timeout: int | None = None) -> Worker:
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": SETTINGS_MODULE,
            "CELERY_BROKER_URL": REDIS_URL,
            "REDIS_URL": REDIS_URL,
            "DATABASE_URL": database_url,
            "PYTHONUNBUFFERED": "1",
        }
        if visibility_timeout is not None:
            env["CELERY_VISIBILITY_TIMEOUT"] = str(visibility_timeout)
        log = tmp_path / f"worker-{len(workers) + 1}.log"
        with log.open("wb") as out:
            proc = subprocess.Popen(  # noqa: S603 - fixed argv
                [
                    str(CELERY_BIN),
                    "-A",
                    "config",
                    "worker",
                    "--pool",
                    "prefork",
                    "--concurrency",
                    "1",
                    "--loglevel",
                    "INFO",
                    "--without-gossip",
                    "--without-mingle",
                    "--without-heartbeat",
                    "-n",
                    "test@%h",
                ],
                cwd=BASE_DIR,
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                start_new_session=True,
            )
        worker = Worker(proc=proc, log=log)
        workers.append(worker)
        wait_for(
            "the worker to answer a ping",
            lambda: bool(app.control.ping(destination=[WORKER_NAME], timeout=0.5)),
            worker,
            timeout=STARTUP_TIMEOUT,
        )
        replies = app.control.inspect([WORKER_NAME], timeout=5).registered() or {}
        registered = set(replies.get(WORKER_NAME, []))
        missing = {probe.name, probe_row.name} - registered
        assert not missing, (
            f"the worker does not register {sorted(missing)}: `celery -A config` must import "
            "config.tasks (CELERY_IMPORTS in settings)"
        )
        return worker

    try:
        yield start
    finally:
        for worker in workers:
            worker.kill_group()


@pytest.fixture
def published() -> Iterator[list[str]]:
    """Names of tasks this process hands to the broker (Celery's own publish signal)."""
    names: list[str] = []

    def record(sender: str | None = None, **_: object) -> None:
        names.append(str(sender))

    before_task_publish.connect(record, weak=False)
    try:
        yield names
    finally:
        before_task_publish.disconnect(record)


def test_task_enqueued_on_commit_runs_after_commit_on_the_same_database(
    start_worker: Callable[..., Worker], broker: redis.Redis, published: list[str]
) -> None:
    worker = start_worker()
    key = uuid.uuid4().hex

    with transaction.atomic():
        row = Tag.objects.create(kind=Tag.Kind.FOCUS, value=f"worker probe {key}")
        enqueue_on_commit(probe_row, key, "organizations.Tag", row.pk)
        # Nothing is handed to the broker while the transaction is open.
        assert published == []
        assert broker.llen("celery") == 0
    # Sent once the transaction committed (other apps may enqueue their own tasks too).
    assert published.count(probe_row.name) == 1

    wait_for("the worker to run probe_row", lambda: probe_row_seen(key) is not None, worker)
    seen = probe_row_seen(key)
    # The worker found the row created in the transaction, in this test's database.
    assert seen == {
        "model": "organizations.Tag",
        "pk": row.pk,
        "found": True,
        "database": connection.settings_dict["NAME"],
    }


def test_sigterm_lets_the_running_task_finish_and_exits_cleanly(
    start_worker: Callable[..., Worker], broker: redis.Redis
) -> None:
    worker = start_worker()
    key = uuid.uuid4().hex
    probe.delay(key, seconds=3)
    wait_for("the task to start", lambda: probe_state(key).started == 1, worker)
    assert probe_state(key).completed == 0

    worker.proc.send_signal(signal.SIGTERM)  # to the main process only, as a supervisor does
    returncode = worker.proc.wait(timeout=TASK_TIMEOUT)

    assert returncode == 0, worker.log_tail()
    assert probe_state(key) == ProbeState(started=1, completed=1)
    # Acknowledged, not handed back: nothing waits in the queue or the unacked set.
    assert broker.llen("celery") == 0
    assert broker.hlen("unacked") == 0


def test_task_of_a_killed_worker_is_delivered_again_and_completes(
    start_worker: Callable[..., Worker], broker: redis.Redis
) -> None:
    first = start_worker(visibility_timeout=TEST_VISIBILITY_TIMEOUT)
    key = uuid.uuid4().hex
    probe.delay(key, seconds=2)
    wait_for("the task to start", lambda: probe_state(key).started == 1, first)

    first.kill_group()  # SIGKILL to the worker and its pool child: no chance to clean up

    assert probe_state(key).completed == 0
    # acks_late: the killed worker's message is still held as unacknowledged, not lost.
    assert broker.hlen("unacked") == 1
    # A worker restores messages older than the visibility timeout when it starts.
    [(_, delivered_at)] = broker.zrange("unacked_index", 0, -1, withscores=True)
    time.sleep(max(0.0, delivered_at + TEST_VISIBILITY_TIMEOUT + 0.1 - time.time()))

    second = start_worker(visibility_timeout=TEST_VISIBILITY_TIMEOUT)
    wait_for("the redelivered task to complete", lambda: probe_state(key).completed == 1, second)
    wait_for("the acknowledgement", lambda: broker.hlen("unacked") == 0, second)

    assert probe_state(key) == ProbeState(started=2, completed=1)
    assert broker.llen("celery") == 0
