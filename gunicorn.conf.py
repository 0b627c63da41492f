"""Gunicorn settings, used by `make serve` and in production.

    gunicorn config.wsgi -c gunicorn.conf.py

Everything an operator tunes comes from the environment (listed in ``.env.example``):

    GUNICORN_BIND              address(es) to listen on, comma-separated (127.0.0.1:8000)
    WEB_CONCURRENCY            worker processes (2 x cores + 1, at most 8)
    GUNICORN_THREADS           threads per worker; above 1 gunicorn uses gthread (1)
    GUNICORN_TIMEOUT           seconds before a silent worker is killed and replaced (60)
    GUNICORN_GRACEFUL_TIMEOUT  seconds in-flight requests get after SIGTERM (30)
    GUNICORN_KEEPALIVE         seconds an idle keep-alive connection stays open (5)
    GUNICORN_LOG_LEVEL         gunicorn's own log level (info)
    FORWARDED_ALLOW_IPS        proxies trusted for X-Forwarded-* (127.0.0.1,::1)
    GUNICORN_CONTROL_SOCKET    path for gunicorn's control socket (off when unset)

Shutdown: SIGTERM makes the master ask each worker to finish the request it is serving,
and stop listening at once — new connections are *refused* (a load balancer then tries
another instance) instead of waiting in the accept queue of a worker that will never
take them (see ``when_ready``); workers still busy after ``graceful_timeout`` are
killed.  tests/config/test_graceful_shutdown.py proves an in-flight request completes and
a new connection is refused; docs/reliability.md has the drill under traffic.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import signal
import socket
from pathlib import Path

import environ

# The same local .env the Django settings read (real environment variables win), so the
# GUNICORN_* values there apply to the server too: DJANGO_ENV_FILE names another file, and
# empty means none (production, containers). Mirrors config.dev_env.env_file_path, which
# this file does not import (the master process stays free of the Django project).
_base_dir = Path(__file__).resolve().parent
_configured = os.environ.get("DJANGO_ENV_FILE")
_env_file = (
    _base_dir / ".env"
    if _configured is None
    else (_base_dir / Path(_configured).expanduser()) if _configured.strip() else None
)
if _env_file is not None and _env_file.is_file():
    environ.Env.read_env(str(_env_file), overwrite=False)


def _env_int(name: str, default: int, *, minimum: int = 1) -> int:
    """An integer from the environment, with a start-up error that names the variable."""
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise SystemExit(f"{name} must be an integer, got {raw!r}") from None
    if value < minimum:
        raise SystemExit(f"{name} must be at least {minimum}, got {value}")
    return value


# Each worker holds its own database pool (up to DB_POOL_MAX_SIZE connections), so the
# default stays well below PostgreSQL's usual max_connections of 100.
_DEFAULT_WORKERS = min(2 * multiprocessing.cpu_count() + 1, 8)

wsgi_app = "config.wsgi:application"
bind = [
    address.strip()
    for address in os.environ.get("GUNICORN_BIND", "127.0.0.1:8000").split(",")
    if address.strip()
]
workers = _env_int("WEB_CONCURRENCY", _DEFAULT_WORKERS)
threads = _env_int("GUNICORN_THREADS", 1)
# Above the 30 s statement_timeout, so PostgreSQL cancels a slow query (and the view can
# answer) before gunicorn kills the worker outright.
timeout = _env_int("GUNICORN_TIMEOUT", 60)
graceful_timeout = _env_int("GUNICORN_GRACEFUL_TIMEOUT", 30)
keepalive = _env_int("GUNICORN_KEEPALIVE", 5)

# Each worker imports the app itself: no connections, threads or pools shared over fork.
preload_app = False

forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")

accesslog = "-"  # stdout
errorlog = "-"  # stderr
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
# Path only (%(U)s), never %(r)s/%(q)s (the query string), the Referer (it carries other
# pages' query strings) or any body: push tokens and identifiers must never reach a log.
access_log_format = '%(h)s %(t)s "%(m)s %(U)s %(H)s" %(s)s %(B)s %(M)sms'

proc_name = "mndigitalaid"
# Heartbeat files in memory: a slow disk must not make healthy workers look dead.
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None  # noqa: S108

# Gunicorn >= 25 opens a control socket at one fixed per-user path by default, so two
# servers of one user (tests, `make serve` beside another instance) would collide.
_control_socket = os.environ.get("GUNICORN_CONTROL_SOCKET", "").strip()
control_socket_disable = not _control_socket
if _control_socket:
    control_socket = _control_socket


def post_worker_init(worker) -> None:
    """Load what a worker's first requests would (imports, lookup tables:
    ``config.warmup``, about 4 s of CPU per new worker) before it takes any connection.

    Not in a background thread: a request importing the same modules at the same time can
    see one half-initialised (the GraphQL schema), and answer with an internal error."""
    try:
        from config.warmup import warm_up

        warm_up()
    except Exception:  # a failed warm-up only means a slower first request
        logging.getLogger("gunicorn.error").warning(
            "worker warm-up failed; the first requests will load what it would have",
            exc_info=True)


def worker_exit(server, worker) -> None:
    """Close this worker's database pool so PostgreSQL sees clean disconnects."""
    try:
        from django.conf import settings

        if not settings.configured:
            return
        from django.db import connections

        for alias in connections:
            close_pool = getattr(connections[alias], "close_pool", None)
            if close_pool is not None:
                close_pool()
    except Exception:  # a failing hook must not turn a clean exit into a crash
        logging.getLogger("gunicorn.error").warning("closing database pools failed",
                                                    exc_info=True)


def when_ready(server) -> None:
    """Make a graceful stop refuse new connections at once.

    Gunicorn's master closes *its* copy of each listening socket on SIGTERM, but every
    worker inherited one: the kernel keeps the socket listening until the last worker
    exits, so new connections queue up (and hang) behind workers that are finishing their
    last request and will never accept again.  ``shutdown()`` on the shared socket stops
    it listening for every process: a new connection is refused at once.

    Not done when the socket is handed on — to a new master after USR2 (``reexec_pid`` /
    ``master_pid``) or by systemd socket activation — where the next server keeps
    listening on the same socket.  Worker replacement (HUP, TTOU, max_requests) does not
    go through ``stop`` and is unaffected.
    """
    original_stop = server.stop

    def stop(graceful: bool = True) -> None:
        handed_on = server.reexec_pid != 0 or server.master_pid != 0 or server.systemd
        if server.LISTENERS and not handed_on:
            # Workers first, so none takes a connection it would then drop (a worker
            # woken by the shutdown below has already seen its SIGTERM)...
            server.kill_workers(signal.SIGTERM if graceful else signal.SIGQUIT)
            # ...then stop listening: the kernel refuses every new connection, and resets
            # any that reached the accept queue but no worker (a client sees either at
            # once; a request a worker is serving finishes).
            for listener in server.LISTENERS:
                with contextlib.suppress(OSError, AttributeError):
                    listener.sock.shutdown(socket.SHUT_RDWR)
            server.log.info("Stopped listening: new connections are refused")
        original_stop(graceful)

    server.stop = stop
