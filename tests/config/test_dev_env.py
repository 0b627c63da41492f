"""The development .env: `make install` writes it once, commands need no DEBUG=1 prefix,
a host without it fails closed, and Celery never runs with DEBUG on outside development.

Every case runs real processes (make, manage.py, celery) with a scratch ``DJANGO_ENV_FILE``,
so the checkout's own .env is never read or touched.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from config import dev_env

ROOT = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
CELERY = str(Path(sys.executable).with_name("celery"))
BASE_ENV = {k: v for k, v in os.environ.items() if k in ("PATH", "HOME", "LANG", "SSL_CERT_FILE")}
REFUSAL = "never runs with DEBUG on outside development"


def run(args: list[str], env: dict[str, str], timeout: float = 120):
    return subprocess.run(args, cwd=ROOT, env={**BASE_ENV, **env}, capture_output=True,
                          text=True, timeout=timeout)


def make(*targets: str, env: dict[str, str]):
    return run(["make", "--no-print-directory", *targets], env)


def dev_file(tmp_path: Path) -> Path:
    path = tmp_path / "dev.env"
    assert dev_env.write(path)
    return path


def test_make_install_writes_a_development_env_once_and_never_replaces_it(tmp_path):
    path = tmp_path / ".env"
    result = make("install", env={"DJANGO_ENV_FILE": str(path)})
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Wrote a development .env" in result.stdout
    lines = path.read_text().splitlines()
    assert "DEBUG=1" in lines and "DEVELOPMENT_ENV=1" in lines
    assert not [line for line in lines if line.startswith("DATABASE_URL")]  # embedded database
    assert dev_env.is_development_file(path)

    edited = path.read_text() + "LOG_LEVEL=WARNING\n"
    path.write_text(edited)
    again = make("install", env={"DJANGO_ENV_FILE": str(path)})
    assert again.returncode == 0, again.stderr
    assert "Wrote" not in again.stdout
    assert path.read_text() == edited


def test_make_run_writes_it_first(tmp_path):
    """`make run` goes through `install` (dry run: nothing is started)."""
    result = make("-n", "run", env={"DJANGO_ENV_FILE": str(tmp_path / ".env")})
    assert result.returncode == 0, result.stderr
    commands = result.stdout.splitlines()
    write = next(i for i, c in enumerate(commands) if "config.dev_env write" in c)
    serve = next(i for i, c in enumerate(commands) if "runserver" in c)
    assert write < serve


@pytest.mark.parametrize(
    ("env", "reason"),
    [({"DATABASE_URL": "postgres://aid@db.internal/aid"}, "DATABASE_URL is set"),
     ({"DEBUG": "0"}, "DEBUG is set to off")],
)
def test_no_development_env_on_a_shell_that_looks_like_production(tmp_path, env, reason):
    path = tmp_path / ".env"
    result = make("install", env={"DJANGO_ENV_FILE": str(path), **env})
    assert result.returncode == 0, result.stderr
    assert reason in result.stdout
    assert not path.exists()


def test_manage_py_needs_no_prefix_with_the_development_env(tmp_path):
    code = ("from django.conf import settings as s; "
            "print(s.DEBUG, s.DEVELOPMENT_ENV_FILE, s.DATABASES['default']['HOST'])")
    result = run([PYTHON, "manage.py", "shell", "-c", code],
                 {"DJANGO_ENV_FILE": str(dev_file(tmp_path))})
    assert result.returncode == 0, result.stderr
    debug, development, host = result.stdout.split()[-3:]
    assert (debug, development) == ("True", "True")
    assert host.endswith("pgdata")  # the embedded database


def test_a_host_without_it_keeps_failing_closed(tmp_path):
    result = run([PYTHON, "manage.py", "check"], {"DJANGO_ENV_FILE": str(tmp_path / "none")})
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


def test_a_copied_env_example_is_not_a_development_env(tmp_path):
    path = tmp_path / ".env"
    path.write_text((ROOT / ".env.example").read_text() + "# DEVELOPMENT_ENV=1\n")
    assert not dev_env.is_development_file(path)
    assert dev_env.is_development_file(dev_file(tmp_path))
    assert not dev_env.is_development_file(tmp_path / "missing")


BROKER = {"CELERY_BROKER_URL": "redis://127.0.0.1:6379/15"}


@pytest.mark.parametrize("target", ["worker", "beat"])
def test_make_worker_and_beat_refuse_debug_without_the_development_env(tmp_path, target):
    result = make(target, env={"DJANGO_ENV_FILE": str(tmp_path / "none"), "DEBUG": "1",
                               **BROKER})
    assert result.returncode != 0
    assert f"a Celery {target} {REFUSAL}" in result.stderr
    assert "celery -A config" not in result.stdout  # refused before Celery was started


def test_make_worker_says_when_the_broker_is_missing(tmp_path):
    result = make("worker", env={"DJANGO_ENV_FILE": str(dev_file(tmp_path))})
    assert result.returncode != 0
    assert "Set CELERY_BROKER_URL" in result.stderr


@pytest.mark.slow
@pytest.mark.parametrize("program", ["worker", "beat"])
def test_celery_itself_refuses_debug_outside_development(tmp_path, program):
    """Started directly (systemd, a container): the Celery app's own check stops it."""
    args = [CELERY, "-A", "config", program, "--loglevel", "INFO"]
    if program == "beat":
        args += ["--schedule", str(tmp_path / "schedule")]
    env = {"DJANGO_ENV_FILE": "", "DEBUG": "1", "DATABASE_URL": os.environ["DATABASE_URL"],
           **BROKER}
    result = run(args, env, timeout=120)
    assert result.returncode != 0
    assert f"a Celery {program} {REFUSAL}" in result.stdout + result.stderr


@pytest.mark.slow
def test_beat_runs_with_debug_next_to_the_development_env(tmp_path):
    env = {**BASE_ENV, "DJANGO_ENV_FILE": str(dev_file(tmp_path)),
           "DATABASE_URL": os.environ["DATABASE_URL"], **BROKER}
    log = tmp_path / "beat.log"
    with log.open("w") as out:
        proc = subprocess.Popen(
            [CELERY, "-A", "config", "beat", "--loglevel", "INFO",
             "--schedule", str(tmp_path / "schedule")],
            cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
        try:
            deadline = time.monotonic() + 90
            while "beat: Starting..." not in log.read_text():
                assert proc.poll() is None, log.read_text()
                assert time.monotonic() < deadline, log.read_text()
                time.sleep(0.2)
            time.sleep(3)  # the check runs right after "Starting"
            assert proc.poll() is None, log.read_text()
            assert REFUSAL not in log.read_text()
        finally:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=30)
