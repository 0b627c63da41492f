"""Health endpoints for the load balancer and the process supervisor.

``/health/live`` answers "is the process up?" with no I/O at all, so a slow or absent
database never gets a healthy process restarted.  ``/health/ready`` answers "may this
instance take traffic?": database round trip, pool figures, broker (when one is
configured) and migrations.  Any failing check turns it into HTTP 503 with a short reason
per check; the body never carries exception text, SQL, URLs or hostnames (details go to
the server log instead), because probes are often reachable from outside.

Both paths are exempt from the HTTPS redirect (``SECURE_REDIRECT_EXEMPT``): load balancers
probe over plain HTTP.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable
from typing import Any

import psycopg
from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.migrations.executor import MigrationExecutor
from django.http import Http404, HttpRequest, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe
from kombu import Connection
from kombu.exceptions import OperationalError as KombuOperationalError
from psycopg_pool import PoolTimeout

logger = logging.getLogger(__name__)

Check = dict[str, Any]

# Migrations do not un-apply themselves while a process runs, so once the plan is empty we
# stop loading every migration module on each probe.
_migrations_applied = False

# The slow probe exists only for the graceful-shutdown test; never longer than this.
SLOW_PROBE_MAX_SECONDS = 30.0


class CheckTimedOut(Exception):
    """A check did not finish within its time budget."""


class _Bounded:
    """Run a check in a daemon thread and stop waiting for it after ``timeout`` seconds.

    The inner timeouts (pool wait, connect timeouts) normally end a check in time; this
    is the backstop for a peer that accepts the connection and then never answers,
    which no client-side timeout in psycopg's synchronous API or kombu covers.  A thread
    that overruns is left to finish on its own (it is a daemon and holds no Django
    connection), and the probe answers 503 on time.  Database and broker run side by
    side, so a probe with both down still answers within the larger budget, not the sum.
    """

    def __init__(self, fn: Callable[[], Check], *, timeout: float) -> None:
        self.timeout = timeout
        self._deadline = time.monotonic() + timeout
        self._outcome: dict[str, Any] = {}
        self._thread = threading.Thread(target=self._run, args=(fn,), name="health-check",
                                        daemon=True)
        self._thread.start()

    def _run(self, fn: Callable[[], Check]) -> None:
        try:
            self._outcome["value"] = fn()
        except BaseException as exc:  # re-raised in the request's thread
            self._outcome["error"] = exc

    def result(self) -> Check:
        self._thread.join(max(self._deadline - time.monotonic(), 0))
        if self._thread.is_alive():
            raise CheckTimedOut
        if "error" in self._outcome:
            raise self._outcome["error"]
        return self._outcome["value"]


def _failure(name: str, exc: BaseException, *, timeout: float) -> Check:
    """A short, secret-free reason for the body; the detail goes to the log."""
    if isinstance(exc, CheckTimedOut | PoolTimeout | TimeoutError):
        reason = f"no answer within {timeout:g}s"
    elif isinstance(exc, psycopg.OperationalError | KombuOperationalError | OSError):
        reason = "unreachable"
    else:
        reason = f"error ({type(exc).__name__})"
    # Driver messages name host and port but never a password; no traceback (a probe runs
    # every few seconds and the reason is all an operator needs).
    logger.warning("readiness check %s failed: %s: %s", name, type(exc).__name__, exc)
    return {"ok": False, "reason": reason}


def _database_round_trip(*, wrapper: BaseDatabaseWrapper, timeout: float) -> Check:
    """``SELECT 1`` on a pooled connection, bounded by ``timeout`` (not the pool's own).

    Why the pool and not a fresh connection: it proves what requests actually use, and
    costs no new PostgreSQL backend per probe.  ``pool.connection(timeout=...)`` replaces
    the pool's 10-second wait with the health budget: when the server is unreachable the
    pool keeps failing to connect in the background and this wait ends with
    ``PoolTimeout`` after ``timeout`` seconds, so the probe answers 503 in about that time.
    Pooled connections are checked as they leave the pool (``CONN_HEALTH_CHECKS``), so one
    killed by a server restart is discarded there; should one still fail (killed between
    the check and the query) we retry with another within the same budget instead of
    reporting a false 503.  After an outage the pool reconnects on demand
    (``DB_POOL_RECONNECT_TIMEOUT``), so the probe turns 200 with the first probe that
    finds the server back.
    """
    deadline = time.monotonic() + timeout
    pool = getattr(wrapper, "pool", None)
    if pool is None:  # pooling turned off: one direct connection with libpq's timeout
        params = wrapper.get_connection_params()
        params["connect_timeout"] = max(1, round(timeout))
        with psycopg.connect(**params) as conn:
            started = time.monotonic()
            conn.execute("SELECT 1").fetchone()
            return {"ok": True, "latency_ms": round((time.monotonic() - started) * 1000, 1)}

    pool.open()  # idempotent; Django opens it lazily on first use as well
    for _attempt in range(pool.max_size + 1):
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise PoolTimeout("health budget spent")
        try:
            with pool.connection(timeout=remaining) as conn:
                started = time.monotonic()
                conn.execute("SELECT 1").fetchone()
                latency = time.monotonic() - started
            return {"ok": True, "latency_ms": round(latency * 1000, 1)}
        except PoolTimeout:
            raise
        except psycopg.OperationalError:
            # A dead pooled connection; the pool has discarded it. Try the next one.
            continue
    raise psycopg.OperationalError("every pooled connection failed")


def _start_database_check() -> _Bounded:
    timeout = float(settings.HEALTH_DB_TIMEOUT_SECONDS)
    # Looked up here, in the request's thread: the check thread only borrows the pool
    # (shared by the process) and never opens a thread-local Django connection.
    wrapper = connections[DEFAULT_DB_ALIAS]
    return _Bounded(lambda: _database_round_trip(wrapper=wrapper, timeout=timeout),
                    timeout=timeout)


def _check_pool() -> Check:
    """Pool figures from memory (no I/O): open connections, idle ones, the ceiling."""
    pool = getattr(connections[DEFAULT_DB_ALIAS], "pool", None)
    if pool is None:
        return {"ok": True, "skipped": "connection pooling disabled"}
    stats = pool.get_stats()
    return {
        "ok": not pool.closed,
        "size": stats.get("pool_size", 0),
        "idle": stats.get("pool_available", 0),
        "max": stats.get("pool_max", pool.max_size),
        "waiting": stats.get("requests_waiting", 0),
    }


def _broker_connect(*, url: str, timeout: float) -> Check:
    """One connection attempt with kombu, the library Celery itself connects with."""
    transport_options = {
        **getattr(settings, "CELERY_BROKER_TRANSPORT_OPTIONS", {}),
        # Redis transport: bound connect and each reply; other transports ignore these.
        "socket_connect_timeout": timeout,
        "socket_timeout": timeout,
    }
    with Connection(url, connect_timeout=timeout, transport_options=transport_options) as conn:
        # One attempt, no back-off sleep: a probe must answer, not wait for recovery.
        conn.ensure_connection(max_retries=1, interval_start=0, interval_step=0,
                               timeout=timeout)
    return {"ok": True}


def _start_broker_check() -> _Bounded | None:
    """None when no broker is configured (tasks then run in-process)."""
    url = getattr(settings, "CELERY_BROKER_URL", "") or ""
    if not url:
        return None
    timeout = float(settings.HEALTH_BROKER_TIMEOUT_SECONDS)
    return _Bounded(lambda: _broker_connect(url=url, timeout=timeout), timeout=timeout)


def _collect(name: str, check: _Bounded) -> Check:
    try:
        return check.result()
    except Exception as exc:
        return _failure(name, exc, timeout=check.timeout)


def _check_migrations() -> Check:
    """Every migration on disk is applied (the executor's plan to the leaves is empty)."""
    global _migrations_applied
    if _migrations_applied:
        return {"ok": True}
    try:
        executor = MigrationExecutor(connections[DEFAULT_DB_ALIAS])
        plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
    except Exception as exc:
        return _failure("migrations", exc, timeout=float(settings.HEALTH_DB_TIMEOUT_SECONDS))
    if plan:
        return {"ok": False, "reason": f"{len(plan)} unapplied migration(s)"}
    _migrations_applied = True
    return {"ok": True}


@never_cache
@require_safe
def live(request: HttpRequest) -> JsonResponse:
    """The process is up and serving; deliberately touches nothing else."""
    return JsonResponse({"status": "ok"})


@never_cache
@require_safe
def ready(request: HttpRequest) -> JsonResponse:
    """200 when every dependency this instance needs answers; 503 naming what failed."""
    database = _start_database_check()
    broker = _start_broker_check()
    checks: dict[str, Check] = {"database": _collect("database", database)}
    checks["pool"] = _check_pool()
    if broker is None:
        checks["broker"] = {"ok": True, "skipped": "no broker configured"}
    else:
        checks["broker"] = _collect("broker", broker)
    if checks["database"]["ok"]:
        checks["migrations"] = _check_migrations()
    else:
        # Without a database the migration table cannot be read; asking would only wait
        # for the pool's own (longer) timeout.
        checks["migrations"] = {"ok": False, "reason": "database unavailable"}
    ok = all(check["ok"] for check in checks.values())
    return JsonResponse({"status": "ok" if ok else "fail", "checks": checks},
                        status=200 if ok else 503)


@never_cache
@require_safe
def slow(request: HttpRequest) -> JsonResponse:
    """A request that takes a while, for proving graceful shutdown (test-only).

    Answers 404 unless the process was started with ``HEALTH_SLOW_PROBE=1``, so a
    production server never offers a cheap way to tie up its workers.
    """
    if os.environ.get("HEALTH_SLOW_PROBE") != "1":
        raise Http404
    try:
        seconds = float(request.GET.get("seconds", "2"))
    except ValueError:
        seconds = 2.0
    seconds = min(max(seconds, 0.0), SLOW_PROBE_MAX_SECONDS)
    logger.info("slow probe: sleeping %.1fs", seconds)
    time.sleep(seconds)
    logger.info("slow probe: finished")
    # A body large enough to need several TCP segments, so "complete" means something.
    return JsonResponse({"status": "ok", "slept_seconds": seconds, "filler": "0123456789" * 1000})
