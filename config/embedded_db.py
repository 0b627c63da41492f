"""The embedded PostgreSQL + pgvector server used when ``DATABASE_URL`` is not set.

The `pgserver` wheel ships PostgreSQL 16 and pgvector 0.6 binaries.  We start one server
per data directory (``var/pgdata`` by default) and leave it running: it is shared by the
dev server and its auto-reloader child, Celery workers, management commands and tests.
Start-up is serialised by pgserver's inter-process lock, so several processes starting at
once end up with one server.  A ``postmaster.pid`` left by a crash is detected (its
process is gone) and the server is started again; PostgreSQL itself then recovers.

The server listens on a Unix socket inside the data directory only (no TCP port), so it
never collides with another PostgreSQL on the machine.

Command line::

    python -m config.embedded_db start   # start if needed, print the DATABASE_URL
    python -m config.embedded_db url     # same
    python -m config.embedded_db status  # running or not
    python -m config.embedded_db stop    # stop the server (data kept)
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import os
import subprocess
import sys
import warnings
from pathlib import Path
from urllib.parse import quote

BASE_DIR = Path(__file__).resolve().parent.parent
DEFAULT_DATA_DIR = BASE_DIR / "var" / "pgdata"
DATABASE_NAME = "mndigitalaid"

logger = logging.getLogger(__name__)


def data_dir() -> Path:
    return Path(os.environ.get("EMBEDDED_DB_DIR", DEFAULT_DATA_DIR)).expanduser().resolve()


def _import_pgserver():
    # platformdirs warns when XDG_RUNTIME_DIR is unset (containers, CI); harmless here.
    warnings.filterwarnings("ignore", module="platformdirs")
    logging.getLogger("pgserver").setLevel(logging.WARNING)
    try:
        import pgserver
    except ImportError as exc:  # pragma: no cover - a broken install
        raise RuntimeError(
            "DATABASE_URL is not set and the embedded database package `pgserver` is not "
            "installed. Run `make run` (which installs it) or set DATABASE_URL."
        ) from exc
    return pgserver


def _socket_dir(uri: str) -> str:
    # pgserver URIs look like postgresql://postgres:@/postgres?host=/path/to/socketdir
    return uri.split("host=", 1)[1].split("&", 1)[0]


def database_url(dbname: str = DATABASE_NAME) -> str:
    host = _SOCKET_CACHE.get("host")
    if host is None:
        host = ensure_server()
    return f"postgres://postgres@{quote(host, safe='')}/{dbname}"


_SOCKET_CACHE: dict[str, str] = {}


def ensure_server() -> str:
    """Start the embedded server if it is not running; return its socket directory.

    Idempotent and safe to call from several processes at once: the whole check-and-start
    runs under an exclusive lock on ``<data dir>.lock``.  Also makes sure the application
    database exists.
    """
    if "host" in _SOCKET_CACHE:
        return _SOCKET_CACHE["host"]
    pgserver = _import_pgserver()
    pgdata = data_dir()
    pgdata.parent.mkdir(parents=True, exist_ok=True)
    with _exclusive_lock(pgdata.with_name(pgdata.name + ".lock")):
        _remove_stale_pid_file(pgdata)
        # cleanup_mode=None: the server outlives the process that started it, so the dev
        # server's reloader, a worker and a management command can come and go freely.
        server = pgserver.get_server(pgdata, cleanup_mode=None)
        host = _socket_dir(server.get_uri())
        _ensure_database(server, DATABASE_NAME)
    _SOCKET_CACHE["host"] = host
    return host


@contextlib.contextmanager
def _exclusive_lock(path: Path):
    with open(path, "a+") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _postmaster_alive(pid: int) -> bool:
    import psutil

    try:
        proc = psutil.Process(pid)
        return proc.status() != psutil.STATUS_ZOMBIE and "postgres" in proc.name()
    except (psutil.NoSuchProcess, psutil.AccessDenied):
        return False


def _remove_stale_pid_file(pgdata: Path) -> None:
    """A crash leaves ``postmaster.pid`` behind; if its process is gone, remove it.

    (A dead postmaster can linger as a zombie that pgserver's own check takes for alive.)
    Orphaned backends of the dead server are stopped too, or they would keep its shared
    memory and block the restart.
    """
    pid_file = pgdata / "postmaster.pid"
    try:
        first_line = pid_file.read_text().splitlines()[0]
        pid = abs(int(first_line))
    except (FileNotFoundError, IndexError, ValueError):
        return
    if _postmaster_alive(pid):
        return
    import psutil

    logger.warning("embedded database: removing stale postmaster.pid (pid %s is gone)", pid)
    for proc in psutil.process_iter(["name", "cmdline"]):
        cmdline = " ".join(proc.info["cmdline"] or [])
        if proc.info["name"] == "postgres" and str(pgdata) in cmdline and proc.pid != pid:
            with contextlib.suppress(psutil.Error):
                proc.kill()
    pid_file.unlink(missing_ok=True)
    # The socket's lock file names the dead pid too (a zombie pid still "exists").
    for stale in pgdata.glob(".s.PGSQL.*"):
        stale.unlink(missing_ok=True)


def _ensure_database(server, name: str) -> None:
    import psycopg

    with psycopg.connect(server.get_uri(), autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if not exists:
            # Another process may create it between our check and our create.
            with contextlib.suppress(psycopg.errors.DuplicateDatabase):
                conn.execute(f'CREATE DATABASE "{name}"')
    # pgvector is part of the embedded server; enable it up front (migrations also do).
    with psycopg.connect(server.get_uri(database=name), autocommit=True) as conn:
        conn.execute("CREATE EXTENSION IF NOT EXISTS vector")


def stop() -> bool:
    pgserver = _import_pgserver()
    from pgserver._commands import pg_ctl

    pgdata = data_dir()
    if not (pgdata / "postmaster.pid").exists():
        return False
    user = "pgserver" if hasattr(os, "geteuid") and os.geteuid() == 0 else None
    try:
        pg_ctl(["-w", "-m", "fast", "stop"], pgdata=pgdata, user=user)
    except subprocess.CalledProcessError:
        return False
    del pgserver
    return True


def is_running() -> bool:
    _import_pgserver()
    from pgserver.utils import PostmasterInfo

    info = PostmasterInfo.read_from_pgdata(data_dir())
    return bool(info is not None and info.is_running())


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else "start"
    if command in ("start", "url"):
        print(database_url())
        return 0
    if command == "status":
        running = is_running()
        print(f"embedded database at {data_dir()}: {'running' if running else 'stopped'}")
        return 0 if running else 3
    if command == "stop":
        print("stopped" if stop() else "not running")
        return 0
    print(f"unknown command {command!r}; use start, url, status or stop", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
