"""The embedded PostgreSQL + pgvector: shared by many processes, survives a crash."""

import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil
import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


def run(code: str, data_dir: Path, **extra_env) -> subprocess.CompletedProcess:
    env = {**os.environ, "EMBEDDED_DB_DIR": str(data_dir), **extra_env}
    env.pop("DATABASE_URL", None)
    return subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


CONNECT = (
    "import psycopg\n"
    "from config.embedded_db import database_url, ensure_server\n"
    "host = ensure_server()\n"
    "with psycopg.connect(host=host, user='postgres', dbname='mndigitalaid') as c:\n"
    "    print(c.execute(\"SELECT '[1,2,3]'::vector <=> '[1,2,4]'::vector\").fetchone()[0] >= 0)\n"
)


def postmaster_pid(data_dir: Path) -> int:
    return int((data_dir / "postmaster.pid").read_text().splitlines()[0])


@pytest.fixture
def data_dir():
    # Under var/, not pytest's tmp_path: the server runs as an unprivileged user when the
    # tests run as root, and pytest's 0700 temp folders (pruned by other pytest runs) get
    # in its way.
    (ROOT / "var").mkdir(exist_ok=True)
    parent = Path(tempfile.mkdtemp(prefix="test-embedded-", dir=ROOT / "var"))
    path = parent / "pgdata"
    yield path
    if (path / "postmaster.pid").exists():
        run("from config.embedded_db import stop; stop()", path)
    shutil.rmtree(parent, ignore_errors=True)


def test_several_processes_at_once_share_one_server(data_dir):
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", CONNECT],
            cwd=ROOT,
            env={
                **{k: v for k, v in os.environ.items() if k != "DATABASE_URL"},
                "EMBEDDED_DB_DIR": str(data_dir),
            },
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(4)
    ]
    outputs = [p.communicate(timeout=120) for p in procs]
    for proc, (out, err) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, err
        assert out.strip() == "True"
    postmasters = [
        p
        for p in psutil.process_iter(["name", "cmdline"])
        if p.info["name"] == "postgres"
        and str(data_dir) in " ".join(p.info["cmdline"] or [])
        and "-D" in (p.info["cmdline"] or [])
    ]
    assert len(postmasters) == 1


def test_server_outlives_the_process_that_started_it(data_dir):
    assert run(CONNECT, data_dir).returncode == 0
    pid = postmaster_pid(data_dir)
    # A second process (the dev server's reloader child, a worker…) finds it running.
    second = run(CONNECT, data_dir)
    assert second.returncode == 0, second.stderr
    assert postmaster_pid(data_dir) == pid


def test_a_stale_postmaster_pid_after_a_crash_is_recovered(data_dir):
    assert run(CONNECT, data_dir).returncode == 0
    pid = postmaster_pid(data_dir)
    os.kill(pid, signal.SIGKILL)  # a crash: postmaster.pid stays behind
    deadline = time.monotonic() + 10
    while psutil.pid_exists(pid) and psutil.Process(pid).status() != psutil.STATUS_ZOMBIE:
        assert time.monotonic() < deadline
        time.sleep(0.05)
    assert (data_dir / "postmaster.pid").exists()
    # Kill leftover backends of the crashed server so the restart is a real recovery.
    for proc in psutil.process_iter(["name", "cmdline"]):
        if proc.info["name"] == "postgres" and str(data_dir) in " ".join(
            proc.info["cmdline"] or []
        ):
            proc.kill()
    result = run(CONNECT, data_dir)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "True"
    assert postmaster_pid(data_dir) != pid


def test_command_line_reports_status_and_stops(data_dir):
    assert run(CONNECT, data_dir).returncode == 0
    env = {**os.environ, "EMBEDDED_DB_DIR": str(data_dir)}
    status = subprocess.run(
        [sys.executable, "-m", "config.embedded_db", "status"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "running" in status.stdout and status.returncode == 0
    stop = subprocess.run(
        [sys.executable, "-m", "config.embedded_db", "stop"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert stop.stdout.strip() == "stopped"
    status = subprocess.run(
        [sys.executable, "-m", "config.embedded_db", "status"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert status.returncode == 3 and "stopped" in status.stdout


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get_json(url: str, timeout: float = 60):
    import json
    import urllib.error
    import urllib.request

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 - loopback
                return json.loads(response.read())
        except urllib.error.HTTPError as exc:  # 503 still carries the JSON body
            return json.loads(exc.read())
        except OSError:
            time.sleep(0.2)
    raise AssertionError(f"no answer from {url}")


def test_the_dev_server_and_its_autoreloader_share_the_embedded_server(data_dir, tmp_path):
    """`runserver` with its reloader: the parent and the serving child both start-or-join
    the embedded server, and a reload (a watched file touched) reconnects to it."""
    port = _free_port()
    watched = ROOT / "config" / "urls.py"
    env = {**os.environ, "EMBEDDED_DB_DIR": str(data_dir), "DEBUG": "1",
           "DJANGO_SETTINGS_MODULE": "config.settings"}
    env.pop("DATABASE_URL", None)
    log = (tmp_path / "runserver.log").open("w")
    proc = subprocess.Popen([sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}"],
                            cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
                            start_new_session=True)
    try:
        first = _get_json(f"http://127.0.0.1:{port}/health/ready")
        assert first["checks"]["database"]["ok"] is True, first
        pid = postmaster_pid(data_dir)
        os.utime(watched)  # same content, new mtime: the reloader restarts the child
        deadline = time.monotonic() + 60
        while (tmp_path / "runserver.log").read_text().count("Watching for file changes") < 2:
            assert time.monotonic() < deadline, (tmp_path / "runserver.log").read_text()
            time.sleep(0.2)
        again = _get_json(f"http://127.0.0.1:{port}/health/ready")
        assert again["checks"]["database"]["ok"] is True, again
        assert postmaster_pid(data_dir) == pid  # the same server, not a second one
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=30)
        log.close()


def make_old_directory(data_dir: Path, extra: str = "") -> None:
    """A data directory of the previous embedded server (pgserver: PostgreSQL 16,
    pgvector 0.6) holding a database with a vector row, then stopped."""
    code = (
        "import sys, psycopg, pgserver\n"
        "from pgserver._commands import pg_ctl\n"
        f"s = pgserver.get_server({str(data_dir)!r}, cleanup_mode=None)\n"
        "with psycopg.connect(s.get_uri(), autocommit=True) as c:\n"
        "    c.execute('CREATE DATABASE mndigitalaid')\n"
        "with psycopg.connect(s.get_uri(database='mndigitalaid'), autocommit=True) as c:\n"
        "    c.execute('CREATE EXTENSION vector')\n"
        "    c.execute('CREATE TABLE kept (id int, v vector(3))')\n"
        "    c.execute(\"INSERT INTO kept VALUES (7, '[1,2,3]')\")\n"
        + extra +
        "import os\n"
        "user = 'pgserver' if os.geteuid() == 0 else None\n"
        f"pg_ctl(['-w', '-m', 'fast', 'stop'], pgdata={str(data_dir)!r}, user=user)\n"
    )
    out = run(code, data_dir)
    assert out.returncode == 0, out.stderr
    assert (data_dir / "PG_VERSION").read_text().strip() == "16"


def test_an_old_directory_is_refused_with_the_command_then_upgraded(data_dir):
    make_old_directory(data_dir)
    refused = run(CONNECT, data_dir)
    assert refused.returncode != 0
    assert "made by PostgreSQL 16" in refused.stderr
    assert "python -m config.embedded_db upgrade" in refused.stderr
    assert (data_dir / "PG_VERSION").read_text().strip() == "16"  # untouched

    cli = [sys.executable, "-m", "config.embedded_db", "start", "--upgrade"]
    env = {**os.environ, "EMBEDDED_DB_DIR": str(data_dir)}
    env.pop("DATABASE_URL", None)
    out = subprocess.run(cli, cwd=ROOT, env=env, capture_output=True, text=True, timeout=180)
    assert out.returncode == 0, out.stderr
    assert "upgrade: done" in out.stderr
    assert (data_dir / "PG_VERSION").read_text().strip() == "18"
    kept = list(data_dir.parent.glob("pgdata.pg16-*"))
    assert len(kept) == 1 and (kept[0] / "PG_VERSION").read_text().strip() == "16"

    check = run(
        "import psycopg\nfrom config.embedded_db import database_url\n"
        "with psycopg.connect(database_url()) as c:\n"
        "    print(c.execute('SELECT id, v::text FROM kept').fetchone())\n"
        "    print(c.execute(\"SELECT extversion FROM pg_extension WHERE extname='vector'\")"
        ".fetchone()[0])\n", data_dir)
    assert check.returncode == 0, check.stderr
    row, version = check.stdout.split("\n")[:2]
    assert row == "(7, '[1,2,3]')"
    assert tuple(int(p) for p in version.split(".")[:2]) >= (0, 8)

    again = subprocess.run([sys.executable, "-m", "config.embedded_db", "upgrade"], cwd=ROOT,
                           env=env, capture_output=True, text=True, timeout=60)
    assert again.returncode == 0 and "nothing to upgrade" in again.stdout


def test_a_failed_upgrade_puts_the_old_directory_back(data_dir):
    # A real failure after the dump: a table in a tablespace of the old server, which the
    # new one does not have, so the restore (one transaction, --exit-on-error) fails.
    make_old_directory(data_dir, extra=(
        "    c.execute(\"COPY (SELECT 1) TO PROGRAM 'mkdir -p " + str(data_dir / "ts")
        + "'\")\n"
        "    c.execute(\"CREATE TABLESPACE elsewhere LOCATION '" + str(data_dir / "ts")
        + "'\")\n"
        "    c.execute('CREATE TABLE placed (id int) TABLESPACE elsewhere')\n"))
    env = {**os.environ, "EMBEDDED_DB_DIR": str(data_dir)}
    env.pop("DATABASE_URL", None)
    out = subprocess.run([sys.executable, "-m", "config.embedded_db", "upgrade"], cwd=ROOT,
                         env=env, capture_output=True, text=True, timeout=180)
    assert out.returncode == 1
    assert re.search(r"pg_restore of \S*/mndigitalaid\.dump failed", out.stderr), out.stderr
    assert "putting the old directory back" in out.stderr
    assert (data_dir / "PG_VERSION").read_text().strip() == "16"
    assert not list(data_dir.parent.glob("pgdata.pg16-*"))


def test_migrate_refuses_a_server_with_pgvector_older_than_0_8(data_dir):
    """Production servers are the operator's: on pgvector 0.6 (the old embedded server here)
    migrate stops and says what to install, before touching the vector columns."""
    start = run(
        "import pgserver\n"
        f"s = pgserver.get_server({str(data_dir)!r}, cleanup_mode=None)\n"
        "import psycopg\n"
        "with psycopg.connect(s.get_uri(), autocommit=True) as c:\n"
        "    c.execute('CREATE DATABASE mndigitalaid')\n"
        "print(s.get_uri(database='mndigitalaid'))\n", data_dir)
    assert start.returncode == 0, start.stderr
    url = start.stdout.strip().splitlines()[-1]
    env = {**os.environ, "DATABASE_URL": url, "DEBUG": "1"}
    try:
        out = subprocess.run([sys.executable, "manage.py", "migrate", "--noinput"], cwd=ROOT,
                             env=env, capture_output=True, text=True, timeout=300)
        assert out.returncode != 0
        assert "pgvector 0.8 or newer is required (the server has 0.6.2)" in out.stderr
    finally:
        run("import os\nfrom pgserver._commands import pg_ctl\n"
            "user = 'pgserver' if os.geteuid() == 0 else None\n"
            f"pg_ctl(['-w', '-m', 'fast', 'stop'], pgdata={str(data_dir)!r}, user=user)\n",
            data_dir)
