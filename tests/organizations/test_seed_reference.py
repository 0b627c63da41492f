"""The reference seed file's shapes (tests/organizations/data/immigrant_resources_seed.json
stands in for data/immigrant_resources_seed.json of the replaced system): all 50 records
import as that system wrote them, a second run changes nothing, tags are vocabulary only."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from organizations import vocabulary
from organizations.models import Organization, Source, Tag

pytestmark = pytest.mark.django_db

SEED = Path(__file__).parent / "data" / "immigrant_resources_seed.json"
RECORDS = json.loads(SEED.read_text(encoding="utf-8"))["organizations"]


def seed(path: Path, *args: str) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    call_command("seed_organizations", str(path), *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def state() -> dict:
    return {
        "orgs": list(Organization.objects.order_by("pk").values_list("pk", "updated_at")),
        "sources": list(Source.objects.order_by("pk").values_list("pk", "url", "updated_at")),
        "tags": list(Tag.objects.order_by("pk").values_list("pk", "kind", "value")),
        "links": list(Organization.tags.through.objects.order_by("pk").values_list("pk")),
    }


def test_the_fixture_has_the_shapes_of_the_reference_file():
    assert len(RECORDS) == 50
    strings = [r["sources"] for r in RECORDS if isinstance(r["sources"], str)]
    assert sum(" ; " in s for s in strings) == 26
    assert any("\n" in s for s in strings) and any(", " in s for s in strings)
    assert any(isinstance(r["sources"], list) for r in RECORDS)
    assert sum(len(r["populations_served"]) > 100 for r in RECORDS) >= 1
    fragments = {f.strip() for r in RECORDS for f in r["populations_served"].split(",")}
    assert "and communities of color" in fragments
    assert "see site for current" in fragments


def test_all_fifty_import_and_a_second_run_changes_nothing():
    out, err = seed(SEED)

    assert "50 created, 0 updated, 0 unchanged" in out and "0 rejected" in out, out + err
    assert Organization.objects.count() == 50
    # " ; "-separated, new-line, comma and list sources all become separate sources.
    for record in RECORDS:
        org = Organization.objects.get(name=record["name"])
        given = record["sources"]
        two = isinstance(given, list) or any(sep in given for sep in (" ; ", "\n", ", "))
        # The website plus each source URL.
        assert org.sources.count() == (3 if two else 2), given
    long_one = next(r for r in RECORDS if len(r["populations_served"]) > 100)
    org = Organization.objects.get(name=long_one["name"])
    assert org.populations_served == long_one["populations_served"]  # kept whole
    assert org.services_offered == long_one["services_offered"]

    before = state()
    out, _ = seed(SEED)
    assert "0 created, 0 updated, 50 unchanged, 0 source(s) added, 0 rejected" in out
    assert state() == before


def test_tags_come_only_from_the_controlled_vocabulary():
    seed(SEED)

    tags = set(Tag.objects.values_list("kind", "value"))
    assert tags <= vocabulary.VALUES
    assert len(tags) < 40  # not one tag per prose fragment
    assert not any("program" in value or value.startswith("and-") for _, value in tags)
    # Every organization whose prose names a population got its tag; "Anyone in Greater
    # Minnesota facing immigration enforcement" names none, and gets none.
    untagged = set(Organization.objects.exclude(tags__kind="population")
                   .values_list("name", flat=True))
    assert untagged == {r["name"] for r in RECORDS if r["populations_served"].startswith("Anyone")}
    assert Organization.objects.get(name=RECORDS[0]["name"]).tags.filter(
        kind="population", value__in=["latino", "somali", "oromo", "bipoc"]).count() == 4


def test_a_bad_record_loses_only_itself(tmp_path):
    records = [*RECORDS[:10], {**RECORDS[10], "website": "ftp://files.example.org"},
               {**RECORDS[11], "sources": "https://ok.example.org ; not a url at all"}]
    path = tmp_path / "seed.json"
    path.write_text(json.dumps({"organizations": records}), encoding="utf-8")
    err = io.StringIO()

    with pytest.raises(CommandError, match="2 of 12 record"):
        call_command("seed_organizations", str(path), stdout=io.StringIO(), stderr=err)

    assert f"record 10 (name {RECORDS[10]['name']!r}): website 'ftp://files.example.org'" \
        in err.getvalue()
    assert "record 11" in err.getvalue() and "sources part 2 'not a url at all'" in err.getvalue()
    assert Organization.objects.count() == 10
