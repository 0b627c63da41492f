"""Start-up rules: production is the default and refuses to start half-configured."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

ROOT = Path(__file__).resolve().parents[2]
BASE_ENV = {k: v for k, v in os.environ.items() if k in ("PATH", "HOME", "LANG", "SSL_CERT_FILE")}


def start(env: dict, code: str = "import django; django.setup(); print('started')"):
    # As on a production host: no .env (a development checkout has one; see test_dev_env).
    full = {**BASE_ENV, "DJANGO_SETTINGS_MODULE": "config.settings", "DJANGO_ENV_FILE": "",
            **env}
    return subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=full, capture_output=True, text=True, timeout=60
    )


PRODUCTION = {
    "SECRET_KEY": "x" * 60,
    "ALLOWED_HOSTS": "aid.example.org",
    "IDENTIFIER_PEPPER": "p" * 40,
    "DATABASE_URL": "postgres://aid@127.0.0.1:1/aid",
}


@pytest.mark.parametrize(
    "missing", ["SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "IDENTIFIER_PEPPER"]
)
def test_debug_off_refuses_to_start_without(missing, tmp_path):
    env = {k: v for k, v in PRODUCTION.items() if k != missing}
    env["EMBEDDED_DB_DIR"] = str(tmp_path / "never")
    result = start(env)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert f"{missing} is not set" in result.stderr
    # Never falls back to the embedded database in production.
    assert not (tmp_path / "never").exists()


def test_debug_defaults_to_off():
    result = start(
        PRODUCTION,
        "import django; django.setup(); from django.conf import settings; print(settings.DEBUG)",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_debug_on_needs_nothing_else_and_uses_the_embedded_database():
    code = (
        "import django; django.setup(); from django.conf import settings; "
        "print(settings.DATABASES['default']['HOST'])"
    )
    result = start({"DEBUG": "1"}, code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("pgdata")


def test_database_url_set_never_starts_an_embedded_server(tmp_path):
    data_dir = tmp_path / "embedded"
    env = {**PRODUCTION, "DEBUG": "1", "EMBEDDED_DB_DIR": str(data_dir)}
    code = (
        "import django; django.setup(); from django.conf import settings; "
        "print(settings.DATABASES['default']['PORT'])"
    )
    result = start(env, code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "1"
    assert not data_dir.exists()


def test_every_connection_has_the_statement_timeout(db):
    with connection.cursor() as cursor:
        cursor.execute("SHOW statement_timeout")
        assert cursor.fetchone()[0] == "30s"
    assert settings.DATABASES["default"]["OPTIONS"]["pool"]


@pytest.mark.django_db(transaction=True)
def test_a_query_past_a_lowered_timeout_is_cancelled():
    """A fresh process with DB_STATEMENT_TIMEOUT_MS=300: pg_sleep(3) is cancelled by the server."""
    code = (
        "import django, time; django.setup()\n"
        "from django.db import connection, OperationalError\n"
        "t = time.monotonic()\n"
        "try:\n"
        "    connection.cursor().execute('SELECT pg_sleep(3)')\n"
        "    print('finished')\n"
        "except OperationalError as exc:\n"
        "    print(type(exc.__cause__).__name__)\n"
    )
    env = {
        "DJANGO_SETTINGS_MODULE": "config.settings_test",
        "DATABASE_URL": os.environ["DATABASE_URL"],
        "DB_STATEMENT_TIMEOUT_MS": "300",
    }
    result = start(env, code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "QueryCanceled"


def test_test_identifier_with_debug_off_stops_start_up():
    result = start({**PRODUCTION, "TEST_IDENTIFIER_ENABLED": "1"})
    assert result.returncode != 0
    assert "TEST_IDENTIFIER_ENABLED is set with DEBUG off" in result.stderr


def test_env_example_lists_every_variable_the_settings_read():
    import re

    settings_src = (ROOT / "config" / "settings.py").read_text()
    read = set(re.findall(r"""env(?:\.\w+)?\(\s*["']([A-Z][A-Z0-9_]+)["']""", settings_src))
    read |= set(re.findall(r"""_required\(\s*["']([A-Z][A-Z0-9_]+)["']""", settings_src))
    example = (ROOT / ".env.example").read_text()
    listed = set(re.findall(r"^#?\s*([A-Z][A-Z0-9_]+)=", example, re.MULTILINE))
    assert read - listed == set(), "add these to .env.example with a comment"
    assert example.lstrip().startswith("# ====")
    assert "never go into git" in example.split("\n\n")[0].lower()  # the opening warning
