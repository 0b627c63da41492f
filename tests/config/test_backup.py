"""`make backup` / `make restore` of the embedded database lose nothing.

The demo data set, members with vectors (one of them with awkward float values) and a
notification are written to the test database; `make backup` dumps it with the server's
own pg_dump and `make restore` loads the dump into a scratch database.  Every table is
then compared row for row (counts and a digest of every row's text, vectors included),
together with sequences, indexes (the IVFFlat ones) and extensions.  The development
database is never touched.
"""

from __future__ import annotations

import os
import re
import subprocess
import uuid
from pathlib import Path

import numpy as np
import psycopg
import pytest
from django.core.management import call_command
from django.db import connection

from config import embedded_db
from matching import embedding_jobs
from matching.models import Notification
from members.models import Member
from needs.models import Need

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(not os.environ.get("EMBEDDED_DATABASE_FOR_TESTS"),
                       reason="backup/restore act on the embedded server only"),
]

# float4 values that a careless text round trip would bend: a third, the smallest normal,
# the largest finite, negative zero, a subnormal.
# Values at the edges of half precision (vectors are stored as halfvec): a repeating
# fraction, the smallest normal, the largest finite, minus zero, the smallest subnormal.
AWKWARD = np.array([1 / 3, 6.1035156e-05, 65504.0, -0.0, 5.9604645e-08, -2.5e-7],
                   dtype=np.float16).astype(np.float32)


def make(*args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items()
           if k in ("PATH", "HOME", "LANG", "EMBEDDED_DB_DIR")}
    env["DJANGO_ENV_FILE"] = ""  # the checkout's .env plays no part
    return subprocess.run(["make", "--no-print-directory", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300)


def connect(dbname: str) -> psycopg.Connection:
    return psycopg.connect(host=embedded_db.ensure_server(), user="postgres", dbname=dbname,
                           autocommit=True)


def snapshot(dbname: str) -> dict:
    """Everything that must survive: each table's rows, sequences, indexes, extensions."""
    with connect(dbname) as conn:
        tables = [row[0] for row in conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")]
        rows = {}
        for table in tables:
            count, digest = conn.execute(psycopg.sql.SQL(
                "SELECT count(*), md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), ''))"
                " FROM {} AS t").format(psycopg.sql.Identifier(table))).fetchone()
            rows[table] = (count, digest)
        return {
            "rows": rows,
            "sequences": conn.execute("SELECT sequencename, last_value FROM pg_sequences "
                                      "WHERE schemaname = 'public' ORDER BY 1").fetchall(),
            "indexes": [(name, _canonical(definition)) for name, definition in conn.execute(
                "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' "
                "ORDER BY 1")],
            "extensions": conn.execute("SELECT extname, extversion FROM pg_extension "
                                       "ORDER BY 1").fetchall(),
        }


def _canonical(definition: str) -> str:
    """PostgreSQL re-deparses a partial index's predicate after a restore with the casts
    moved ('a'::varchar)::text vs ('a'::varchar::text)); the same index either way."""
    return re.sub(r"[()]|::(text|character varying)(\[\])?", "", definition)


def awkward_vector(dbname: str, member_id) -> np.ndarray:
    with connect(dbname) as conn:
        text = conn.execute("SELECT embedding::text FROM members_member WHERE id = %s",
                            [member_id]).fetchone()[0]
    return np.array([float(x) for x in text.strip("[]").split(",")], dtype=np.float32)


def drop(dbname: str) -> None:
    with connect("postgres") as conn:
        conn.execute(psycopg.sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
            psycopg.sql.Identifier(dbname)))


@pytest.fixture
def data(make_member):
    call_command("load_demo_data", verbosity=0)  # organizations, sources, tags, needs
    members = [make_member(interests=text) for text in (
        "driving seniors to appointments", "Somali interpreting at clinics",
        "cooking for the food shelf")]
    embedding_jobs.embed_rows("members", [m.pk for m in members])
    awkward = members[0]
    vector = np.zeros(384, dtype=np.float32)
    vector[: len(AWKWARD)] = AWKWARD
    Member.objects.filter(pk=awkward.pk).update(embedding=vector)
    need = Need.objects.filter(status=Need.Status.ACTIVE).first()
    Notification.objects.create(need=need, member=members[1], score=0.81234567,
                                why_relevant="You mentioned interpreting")
    return awkward


def test_backup_then_restore_loses_nothing(data, tmp_path):
    source = connection.settings_dict["NAME"]
    scratch = f"scratch_restore_{uuid.uuid4().hex[:8]}"
    dump = tmp_path / "aid.dump"
    before = snapshot(source)
    # Real content, or the comparison proves little.
    assert before["rows"]["needs_need"][0] >= 20
    assert before["rows"]["organizations_organization"][0] >= 10
    assert before["rows"]["members_member"][0] == 3
    assert before["rows"]["matching_notification"][0] == 1
    with connect(source) as conn:
        embedded = conn.execute("SELECT count(*) FROM needs_need WHERE embedding IS NOT NULL"
                                ).fetchone()[0]
    assert embedded == before["rows"]["needs_need"][0]
    assert any("ivfflat" in definition for _, definition in before["indexes"])

    try:
        backed = make("backup", f"FILE={dump}", f"DB={source}")
        assert backed.returncode == 0, backed.stdout + backed.stderr
        assert dump.is_file() and not dump.with_name(dump.name + ".partial").exists()

        restored = make("restore", f"FILE={dump}", f"DB={scratch}")
        assert restored.returncode == 0, restored.stdout + restored.stderr
        assert snapshot(scratch) == before
        assert awkward_vector(scratch, data.pk).tobytes()[: AWKWARD.nbytes] == AWKWARD.tobytes()

        # Restoring over an existing database replaces it, after saving it.
        with connect(scratch) as conn:
            conn.execute("DELETE FROM matching_notification")
            conn.execute("UPDATE needs_need SET title = 'changed after the backup'")
        changed = snapshot(scratch)
        again = make("restore", f"FILE={dump}", f"DB={scratch}")
        assert again.returncode == 0, again.stdout + again.stderr
        assert snapshot(scratch) == before
        safety = Path(re.search(r"saved first to (\S+\.dump)", again.stdout).group(1))
        try:
            # The safety copy holds what was there before the restore.
            embedded_db.restore(safety, dbname=f"{scratch}_safety")
            assert snapshot(f"{scratch}_safety") == changed
        finally:
            safety.unlink(missing_ok=True)
            drop(f"{scratch}_safety")
    finally:
        drop(scratch)


def test_a_bad_file_is_refused_and_the_database_is_left_as_it_was(data, tmp_path):
    source = connection.settings_dict["NAME"]
    before = snapshot(source)
    backups = set(embedded_db.DEFAULT_BACKUP_DIR.glob("*.dump"))

    garbage = tmp_path / "not-a-dump.dump"
    garbage.write_bytes(b"PGDMP but not really" * 10)
    result = make("restore", f"FILE={garbage}", f"DB={source}")
    assert result.returncode != 0
    assert "as a pg_dump archive failed" in result.stderr

    truncated = tmp_path / "truncated.dump"
    assert make("backup", f"FILE={truncated}", f"DB={source}").returncode == 0
    truncated.write_bytes(truncated.read_bytes()[: truncated.stat().st_size // 2])
    result = make("restore", f"FILE={truncated}", f"DB={source}")
    assert result.returncode != 0
    assert "failed" in result.stderr

    missing = make("restore", f"FILE={tmp_path / 'missing.dump'}", f"DB={source}")
    assert missing.returncode != 0 and "does not exist" in missing.stderr
    unnamed = make("restore")
    assert unnamed.returncode != 0 and "make restore FILE=" in unnamed.stdout
    existing = make("backup", f"FILE={garbage}", f"DB={source}")
    assert existing.returncode != 0 and "already exists" in existing.stderr
    assert garbage.read_bytes() == b"PGDMP but not really" * 10
    nowhere = make("backup", f"FILE={tmp_path / 'x.dump'}", "DB=no_such_database")
    assert nowhere.returncode != 0 and "there is no database" in nowhere.stderr

    assert snapshot(source) == before
    with connect("postgres") as conn:
        leftovers = conn.execute("SELECT datname FROM pg_database WHERE datname LIKE %s",
                                 [f"{source}__%"]).fetchall()
    assert leftovers == []
    # The truncated restore saved the current data first; that copy is ours to remove.
    for path in set(embedded_db.DEFAULT_BACKUP_DIR.glob("*.dump")) - backups:
        assert path.name.startswith(f"{source}-before-restore-")
        path.unlink()


def test_backup_refuses_another_database_server(tmp_path):
    env = {k: v for k, v in os.environ.items() if k in ("PATH", "HOME", "LANG")}
    env.update(DJANGO_ENV_FILE="", DATABASE_URL="postgres://aid@db.internal:5432/aid")
    result = subprocess.run(["make", "--no-print-directory", "backup", f"FILE={tmp_path}/x"],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode != 0
    assert "DATABASE_URL names another PostgreSQL server" in result.stderr
    assert not (tmp_path / "x").exists()
