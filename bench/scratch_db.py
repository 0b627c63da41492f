"""Scratch databases for benches: made, migrated and dropped on the embedded server.

A bench never touches the development or the test database: it makes its own database
(its name must start with ``bench_``) on the same embedded PostgreSQL server, migrates it
with the project's migrations, and drops it when done (unless asked to keep it).

    from bench.scratch_db import recreate, migrate, drop, url
    recreate("bench_scale")           # DROP ... WITH (FORCE); CREATE; CREATE EXTENSION vector
    migrate("bench_scale")            # django.setup() on it + manage.py migrate
    ...
    drop("bench_scale")

Only ``config.embedded_db.database_url`` is used to find the server, so the helpers work
whatever starts it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

PREFIX = "bench_"


def check_name(db: str) -> str:
    """A scratch database's name: ``bench_`` and letters, digits or underscores."""
    if not db.startswith(PREFIX) or not db.replace("_", "").isalnum():
        raise ValueError(f"a scratch database's name starts with {PREFIX} (got {db!r})")
    return db


def url(db: str) -> str:
    """The ``DATABASE_URL`` of a database on the embedded server (started if needed)."""
    from config.embedded_db import database_url

    return database_url(db)


def connect(db: str = "postgres", *, autocommit: bool = True):
    """A psycopg connection as the server's superuser to ``db`` (``postgres``: admin)."""
    import psycopg

    return psycopg.connect(url(db), autocommit=autocommit)


def exists(db: str) -> bool:
    with connect() as conn:
        return conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [db]).fetchone() \
            is not None


def recreate(db: str) -> None:
    """Drop ``db`` if it exists and create it empty, with pgvector."""
    check_name(db)
    with connect() as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{db}"')
    with connect(db) as conn:
        conn.execute("CREATE EXTENSION IF NOT EXISTS vector")


def drop(db: str) -> None:
    check_name(db)
    with connect() as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')


def use(db: str, settings_module: str = "config.settings_test") -> None:
    """Point this process's Django at ``db`` (before ``django.setup()``)."""
    check_name(db)
    os.environ["DATABASE_URL"] = url(db)
    os.environ["DJANGO_SETTINGS_MODULE"] = settings_module
    os.environ.setdefault("DB_STATEMENT_TIMEOUT_MS", "0")


def migrate(db: str) -> None:
    """Set Django up on ``db`` and apply the project's migrations to it."""
    import django

    use(db)
    django.setup()
    from django.conf import settings
    from django.core.management import call_command

    assert settings.DATABASES["default"]["NAME"] == db, "Django is set up on another database"
    call_command("migrate", verbosity=0, interactive=False)


def server_cpu(pid: int) -> float:
    """CPU seconds used so far by one server process (the embedded PostgreSQL runs on this
    machine: ``/proc``), so a bench can count the database's share of the work."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
