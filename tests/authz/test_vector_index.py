"""The IVFFlat vector indexes (issue 13): built by the migrations with the lists each table
wants, rebuilt beside the old one as its rows grow (``manage.py build_vector_indexes``, the
daily beat task), never while another rebuild runs; matching's answers are the same before
and after a rebuild."""

from __future__ import annotations

import io

import numpy as np
import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from authz import vector_index
from authz.tasks import refresh_vector_indexes_task
from authz.vectors import INDEXED_DIMENSIONS, ivfflat_lists, ivfflat_probes
from members.models import Member

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def _restore():
    """Leave the table's statistics and its indexes as the migration made them."""
    yield
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE members_member")
    for table in vector_index.PREFIXES:
        for dims in INDEXED_DIMENSIONS:
            vector_index.rebuild(table, dims, lists=ivfflat_lists(0))


def indexes() -> dict[str, str]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexname, indexdef FROM pg_indexes "
                       "WHERE tablename = 'members_member' AND indexname LIKE '%%embedding%%'")
        return dict(cursor.fetchall())


def fake_rows(rows: int) -> None:
    """Make the planner believe the table and each vector index hold ``rows`` rows (what
    ``state`` reads), as ANALYZE would after a large import, without loading them."""
    with connection.cursor() as cursor:
        cursor.execute("UPDATE pg_class SET reltuples = %s WHERE relname = 'members_member' "
                       "OR relname LIKE 'member_embedding_ivf_%%'", [rows])


def run(*args) -> str:
    out = io.StringIO()
    call_command("build_vector_indexes", "--table", "members_member", *args, stdout=out)
    return out.getvalue()


def test_lists_and_probes_follow_pgvector_advice():
    assert [ivfflat_lists(n) for n in (0, 5_000, 100_000, 1_000_000, 4_000_000)] == [
        10, 10, 100, 1000, 2000]
    assert [ivfflat_probes(n) for n in (10, 100, 1000, 2000)] == [10, 10, 32, 45]
    assert ivfflat_probes(4) == 4  # never more lists than there are


def test_every_width_has_an_ivfflat_index_and_no_hnsw_one():
    found = indexes()
    for dims in INDEXED_DIMENSIONS:
        definition = found[f"member_embedding_ivf_{dims}"]
        assert "USING ivfflat" in definition and f"halfvec({dims})" in definition
        assert f"vector_dims(embedding) = {dims}" in definition
    assert not [name for name in found if "hnsw" in name]


def test_check_reports_and_changes_nothing_then_a_grown_table_is_rebuilt():
    before = indexes()
    fake_rows(100_000)
    report = run("--check")
    assert "member_embedding_ivf_384: 10 lists; its ~100,000 rows want 100 -- due" in report
    assert indexes() == before
    run()
    after = indexes()
    assert all("lists='100'" in after[f"member_embedding_ivf_{d}"] for d in INDEXED_DIMENSIONS)
    assert not [name for name in after if name.endswith("_new")]
    # Now fine for that size (building the index set the estimate to the true count, 0):
    # nothing to do, and the task agrees.
    fake_rows(100_000)
    assert "-- fine" in run() and indexes() == after
    members = [s for s in refresh_vector_indexes_task() if s["index"].startswith("member_")]
    assert [s["lists"] for s in members] == [100] * len(INDEXED_DIMENSIONS)


def test_the_daily_task_rebuilds_an_index_that_went_missing():
    with connection.cursor() as cursor:
        cursor.execute('DROP INDEX "member_embedding_ivf_384"')
    assert vector_index.state("members_member", 384).due
    refresh_vector_indexes_task()
    assert "member_embedding_ivf_384" in indexes()


def test_a_second_rebuild_while_one_runs_is_refused_and_changes_nothing():
    from django.db import connections

    other = connections.create_connection("default")
    try:
        with other.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_lock(%s)", [vector_index._LOCK_KEY])
        before = indexes()
        with pytest.raises(CommandError, match="another rebuild"):
            run("--force")
        assert indexes() == before
    finally:
        with other.cursor() as cursor:  # a pooled connection outlives close(): unlock first
            cursor.execute("SELECT pg_advisory_unlock_all()")
        other.close()


def test_a_rebuild_that_died_half_way_is_put_right():
    """A crash between the build and the swap leaves ``_new`` (and perhaps ``_old``) beside
    the index, or only a valid ``_new``: the next rebuild recovers the name first."""
    with connection.cursor() as cursor:
        cursor.execute('ALTER INDEX "member_embedding_ivf_384" RENAME TO '
                       '"member_embedding_ivf_384_new"')
    assert not vector_index.state("members_member", 384).exists
    vector_index.rebuild("members_member", 384)
    found = indexes()
    assert "member_embedding_ivf_384" in found
    assert not [name for name in found if name.endswith(("_new", "_old"))]


def test_a_bad_memory_size_is_refused():
    with pytest.raises(CommandError, match="--memory"):
        run("--memory", "lots")


def test_matching_finds_the_same_members_before_and_after_a_rebuild():
    from matching.selectors import candidate_members
    from needs.models import Need

    rng = np.random.default_rng(4)
    base = rng.normal(size=(6, 384)).astype(np.float32)
    model = "test-model@1"
    for i in range(60):
        vector = base[i % 6] + rng.normal(scale=0.05, size=384).astype(np.float32)
        Member.objects.create(
            push_token=f"ExponentPushToken[ivf-{i:03d}]", interests=f"topic {i % 6}",
            latitude=44.97, longitude=-93.26, radius_km=30,
            embedding=vector / np.linalg.norm(vector), embedding_model=model)
    query = base[2] / np.linalg.norm(base[2])
    need = Need(title="t", description="d", status=Need.Status.ACTIVE, latitude=44.97,
                longitude=-93.26, embedding=query, embedding_model=model)
    exact = [c.member_id for c in candidate_members(need, exact=True, limit=20)]
    before = [c.member_id for c in candidate_members(need, exact=False, limit=20)]
    with connection.cursor() as cursor:  # probes as the index was built, cached ...
        assert vector_index.probes(cursor, "members_member", 384) == 10
    vector_index.rebuild("members_member", 384, lists=4)  # centres from these rows now
    with connection.cursor() as cursor:  # ... and forgotten by a rebuild in this process
        assert vector_index.probes(cursor, "members_member", 384) == 4
    after = [c.member_id for c in candidate_members(need, exact=False, limit=20)]
    assert before == exact and after == exact
    assert vector_index.state("members_member", 384).lists == 4
    # The index serves the nearest-neighbour query, and reads lists: probing one list
    # without the iterative scan gives that list's members only, not all 60.
    with connection.cursor() as cursor:
        cursor.execute("SET enable_seqscan = off")
        literal = "[" + ",".join(f"{x:.6f}" for x in query) + "]"
        nearest = (f"SELECT id FROM members_member WHERE vector_dims(embedding) = 384 "
                   f"ORDER BY embedding::halfvec(384) <=> '{literal}'::halfvec(384) LIMIT 60")
        cursor.execute("EXPLAIN " + nearest)
        assert "member_embedding_ivf_384" in "\n".join(row[0] for row in cursor.fetchall())
        cursor.execute("SET ivfflat.probes = 1")
        cursor.execute(nearest)
        one_list = len(cursor.fetchall())
        cursor.execute("SET ivfflat.probes = 4")
        cursor.execute(nearest)
        all_lists = len(cursor.fetchall())
        cursor.execute("RESET enable_seqscan")
        cursor.execute("RESET ivfflat.probes")
    assert 10 <= one_list < 60 and all_lists == 60


def test_re_embedding_nothing_rebuilds_nothing():
    """``generate_embeddings --model-changed`` rebuilds the indexes of the tables it
    re-embedded, and none when it re-embedded nothing (an empty table here)."""
    def oids() -> dict:
        with connection.cursor() as cursor:
            cursor.execute("SELECT relname, oid FROM pg_class WHERE relname LIKE "
                           "'%%_embedding_ivf_%%'")
            return dict(cursor.fetchall())

    before = oids()
    out = io.StringIO()
    call_command("generate_embeddings", "--model-changed", stdout=out)
    assert "rebuilt" not in out.getvalue()
    assert oids() == before
