"""The bench's comparison views exist only under the bench's own settings; the loader works."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import Resolver404, resolve

ROOT = Path(__file__).resolve().parents[1]


def test_production_urls_have_no_bench_views():
    assert settings.ROOT_URLCONF == "config.urls"
    for path in ("/bench/constant", "/bench/needs.json", "/bench/needs-raw.json",
                 "/bench/round-trip"):
        with pytest.raises(Resolver404):
            resolve(path)


def test_no_application_module_imports_the_bench():
    for package in ("config", "authz", "organizations", "needs", "members", "matching"):
        for path in (ROOT / package).rglob("*.py"):
            text = path.read_text(encoding="utf-8")
            assert "from bench" not in text and "import bench" not in text, path


@pytest.mark.django_db
def test_bench_views_answer_under_the_bench_urlconf(client, settings, django_assert_num_queries):
    from needs.models import Need
    from organizations.models import Organization

    for i in range(3):
        org = Organization.objects.create(name=f"Bench Org {i}", county="Hennepin")
        Need.objects.create(organization=org, title=f"Need {i}", description="Help.",
                            status=Need.Status.ACTIVE, content_hash=f"bench-{i}")
    settings.ROOT_URLCONF = "bench.api.urls"
    assert client.get("/bench/constant").json() == {"ok": True}
    with django_assert_num_queries(1):  # the needs with their organizations and counts
        needs = client.get("/bench/needs.json").json()["data"]["needs"]
    assert len(needs) == 3
    assert {"id", "title", "organization"} <= set(needs[0])
    # The floor under it: the same page from the same statement, without model instances.
    assert client.get("/bench/needs-raw.json").json()["data"]["needs"] == needs
    assert client.get("/bench/round-trip").json() == {"ok": True}
    assert client.post("/graphql/", {"query": "{ __typename }"},
                       content_type="application/json").json() == {
        "data": {"__typename": "Query"}}


@pytest.mark.slow
@pytest.mark.skipif(not os.environ.get("EMBEDDED_DATABASE_FOR_TESTS"),
                    reason="makes a scratch database on the embedded server")
def test_the_loader_fills_a_migrated_scratch_database():
    script = """
import sys
from bench import scale_data, scratch_db
db = "bench_test_loader"
try:
    scratch_db.recreate(db)
    scratch_db.migrate(db)
    figures = scale_data.load(scratch_db.url(db), scale_data.Sizes(needs=400, members=300,
                                                                  organizations=40), seed=1)
    with scratch_db.connect(db) as conn:
        one = lambda sql: conn.execute(sql).fetchone()[0]
        assert one("SELECT count(*) FROM needs_need") == 400
        assert one("SELECT count(*) FROM members_member") == 300
        assert one("SELECT count(*) FROM organizations_organization") == 40
        assert one("SELECT count(*) FROM organizations_source") == 40
        assert one("SELECT count(*) FROM needs_need WHERE embedding IS NOT NULL") == 0
        assert one("SELECT count(DISTINCT page_language) FROM needs_need") >= 4
        active = one("SELECT count(*) FROM needs_need WHERE status = 'active'")
        assert 0.75 * 400 < active < 0.95 * 400
        # every index is back, and the next row the ORM inserts gets a fresh id
        assert one("SELECT count(*) FROM pg_indexes WHERE indexname = 'need_embedding_ivf_384'")
        assert one("SELECT nextval(pg_get_serial_sequence('needs_need', 'id'))") == 401
    assert figures["rows"] > 780
    print("ok")
finally:
    scratch_db.drop(db)
"""
    env = {k: v for k, v in os.environ.items()
           if k not in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE")}
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=240)
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.strip().endswith("ok")
