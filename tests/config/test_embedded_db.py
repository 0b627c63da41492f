"""The embedded PostgreSQL + pgvector: shared by many processes, survives a crash."""

import os
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
