"""seed_organizations: real JSON files, the real command and the real database."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from authz import Actor
from organizations import vocabulary
from organizations.models import Organization, Source, Tag
from organizations.seeding import population_tag, seed_organizations

pytestmark = pytest.mark.django_db


def org_record(name: str, **fields: Any) -> dict[str, Any]:
    slug = name.lower().replace(" ", "")
    record: dict[str, Any] = {
        "name": name,
        "website": f"https://{slug}.example.org",
        "phone": "612-555-0150",
        "address": "100 Main St, Minneapolis, MN",
        "populations_served": ["Somali"],
        "county": "Hennepin",
        "employees": 4,
        "year_founded": 2001,
        "volunteers_needed": True,
        "ice_resistance_focus": False,
        "sources": [f"https://{slug}.example.org/volunteer"],
    }
    record.update(fields)
    return record


def write(tmp_path: Path, records: list[Any], name: str = "seed.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps({"organizations": records}), encoding="utf-8")
    return path


def seed(path: Path, *args: str) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    call_command("seed_organizations", str(path), *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def snapshot() -> dict[str, Any]:
    return {
        "orgs": list(Organization.objects.order_by("pk").values_list("pk", "name", "updated_at")),
        "sources": list(Source.objects.order_by("pk").values_list("pk", "url", "updated_at")),
        "tags": list(Tag.objects.order_by("pk").values_list("pk", "kind", "value")),
        "links": list(Organization.tags.through.objects.order_by("pk").values_list("pk")),
    }


def test_first_run_creates_and_second_run_changes_nothing(tmp_path):
    path = write(tmp_path, [org_record("Alpha Aid"), org_record("Beta Shelf"), {"name": "Gamma"}])

    out, err = seed(path)
    assert "3 created, 0 updated, 0 unchanged" in out
    assert err == ""  # no TTY: no progress bar, and no errors
    assert Organization.objects.count() == 3
    alpha = Organization.objects.get(name="Alpha Aid")
    assert alpha.phone == "(612) 555-0150" and alpha.employees == 4 and alpha.county == "Hennepin"
    gamma = Organization.objects.get(name="Gamma")
    assert gamma.website == "" and gamma.volunteers_needed is None

    before = snapshot()
    out, _ = seed(path)
    assert "0 created, 0 updated, 3 unchanged, 0 source(s) added" in out
    assert "nothing to change" in out
    assert snapshot() == before  # not one row written: updated_at did not move


def test_upsert_matches_names_case_insensitively_and_keeps_the_stored_name(tmp_path):
    existing = Organization.objects.create(
        name="alpha AID", phone="612-555-0199", address="Kept when the file says null"
    )
    path = write(tmp_path, [org_record("Alpha Aid", phone="612-555-0151", address=None)])

    out, _ = seed(path)

    assert "0 created, 1 updated, 0 unchanged" in out
    assert Organization.objects.count() == 1
    existing.refresh_from_db()
    assert existing.name == "alpha AID"
    assert existing.phone == "(612) 555-0151"
    assert existing.address == "Kept when the file says null"


def test_only_changed_fields_are_written(tmp_path):
    path = write(tmp_path, [org_record("Alpha Aid"), org_record("Beta Shelf")])
    seed(path)
    beta_before = Organization.objects.get(name="Beta Shelf").updated_at

    path = write(tmp_path, [org_record("Alpha Aid", employees=40), org_record("Beta Shelf")])
    out, _ = seed(path, "--verbosity", "2")

    assert "0 created, 1 updated, 1 unchanged" in out
    assert "updated: Alpha Aid (employees)" in out
    assert Organization.objects.get(name="Alpha Aid").employees == 40
    assert Organization.objects.get(name="Beta Shelf").updated_at == beta_before


def test_sources_are_created_once_per_url(tmp_path):
    record = org_record(
        "Alpha Aid",
        website="https://alpha.example.org",
        sources=[
            "https://alpha.example.org/",  # the website again, with a slash
            "https://ALPHA.example.org/volunteer",
            "https://alpha.example.org/volunteer#shifts",  # same page, other fragment
            "https://alpha.example.org/donate",
        ],
    )
    path = write(tmp_path, [record])

    out, _ = seed(path)
    assert "3 source(s) added" in out
    org = Organization.objects.get()
    assert sorted(org.sources.values_list("url", flat=True)) == [
        "https://alpha.example.org/",
        "https://alpha.example.org/donate",
        "https://alpha.example.org/volunteer",
    ]

    out, _ = seed(path)
    assert "0 source(s) added" in out
    assert Source.objects.count() == 3

    # A new URL for an existing organization is added and counts as an update.
    record["sources"].append("https://alpha.example.org/events")
    out, _ = seed(write(tmp_path, [record]))
    assert "0 created, 1 updated, 0 unchanged, 1 source(s) added" in out
    assert Source.objects.count() == 4


def test_tags_come_only_from_the_vocabulary_and_the_prose_is_kept(tmp_path):
    prose = ("Latinx; Hispanic, Somali community;Deaf and hard of hearing, and communities of "
             "color (programs adjusted over time, see site for current)")
    path = write(
        tmp_path,
        [
            org_record("Alpha Aid", populations_served=prose, ice_resistance_focus=True),
            org_record("Beta Shelf", populations_served=["Hmong", "Karen", "Oromo", "Elders"],
                       services_offered="Food shelf, ESL classes and rides to appointments"),
            org_record("Gamma", populations_served=None),
        ],
    )

    seed(path)

    def tags(name: str) -> set[str]:
        org = Organization.objects.get(name=name)
        return {f"{kind}:{value}" for kind, value in org.tags.values_list("kind", "value")}

    assert tags("Alpha Aid") == {
        "population:latino",
        "population:somali",
        "population:deaf-and-hard-of-hearing",
        "population:bipoc",
        "focus:ice-resistance",
    }
    assert Organization.objects.get(name="Alpha Aid").populations_served == prose
    assert tags("Beta Shelf") == {
        "population:hmong",
        "population:karen",
        "population:oromo",
        "population:seniors",
        "service:food",
        "service:english-classes",
        "service:transportation",
    }
    assert tags("Gamma") == set()
    # One Tag row per value, shared between organizations, and none from prose fragments.
    seed(write(tmp_path, [org_record("Delta", populations_served="somali")]))
    assert Tag.objects.filter(kind="population", value="somali").count() == 1
    assert Organization.objects.filter(tags__value="somali").count() == 2
    assert not Tag.objects.filter(value__contains="programs").exists()
    assert set(Tag.objects.values_list("kind", "value")) <= vocabulary.VALUES


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("Latino", "latino"),
        ("LatinX", "latino"),
        ("Hispanic", "latino"),
        ("Latine", "latino"),
        ("Somali", "somali"),
        ("Somali Americans", "somali"),
        ("Hmong community", "hmong"),
        ("Karen", "karen"),
        ("Oromo", "oromo"),
        ("Refugee", "refugees"),
        ("New Americans", "immigrants"),
        ("Older adults", "seniors"),
        ("Young people", "youth"),
        ("Family", "families"),
        ("  Ethiopian   & Eritrean ", "east-african"),
        ("!!!", None),
        ("people who work night shifts at warehouses near the airport", None),
        ("and communities of color", "bipoc"),
        ("Somaliland", None),  # whole words only
    ],
)
def test_population_normalisation_table(text, tag):
    assert population_tag(text) == tag


def test_bad_records_are_reported_by_index_and_good_ones_import(tmp_path):
    records = [
        org_record("Alpha Aid"),
        org_record("Ftp Place", website="ftp://files.example.org"),
        {"website": "https://nameless.example.org"},
        org_record("Too Many", employees="lots"),
        org_record("Future", year_founded=2999),
        org_record("Truthy", volunteers_needed=3),
        org_record("Long Address", address="6" * 301),
        org_record("x" * 201),
        org_record("Bad Source", sources=["javascript:alert(1)"]),
        "not an object",
        org_record("ALPHA AID"),
        org_record("Omega Shelf"),
    ]
    path = write(tmp_path, records)
    out, err = io.StringIO(), io.StringIO()

    with pytest.raises(CommandError) as raised:
        call_command("seed_organizations", str(path), stdout=out, stderr=err)

    assert raised.value.returncode == 1
    assert "10 of 12 record(s)" in str(raised.value)
    lines = err.getvalue()
    assert (
        "record 1 (name 'Ftp Place'): website 'ftp://files.example.org' is not an http(s) URL"
        in lines
    )
    assert "record 2: name is required" in lines
    assert "record 3 (name 'Too Many'): employees must be a whole number" in lines
    assert "record 4 (name 'Future'): year_founded 2999 is out of range" in lines
    assert "record 5 (name 'Truthy'): volunteers_needed must be true, false or a yes/no" in lines
    assert "record 6 (name 'Long Address'): address is 301 characters long" in lines
    assert "record 7 (name 'xxx" in lines and "name is 201 characters long" in lines
    assert (
        "record 8 (name 'Bad Source'): sources[0] 'javascript:alert(1)' is not an http(s) URL"
        in lines
    )
    assert "record 9: must be a JSON object" in lines
    assert "record 10 (name 'ALPHA AID'): same name as record 0" in lines
    assert "2 created, 0 updated, 0 unchanged, 4 source(s) added, 10 rejected" in out.getvalue()
    assert set(Organization.objects.values_list("name", flat=True)) == {"Alpha Aid", "Omega Shelf"}


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("{not json", "not valid JSON (Expecting property name"),
        ('{"orgs": []}', 'has no "organizations" key'),
        ('{"organizations": {"name": "x"}}', '"organizations" must be a list, not a object'),
        ('[{"name": "x"}]', "the top level must be a JSON object"),
        (b"\xff\xfe{}", "not UTF-8 text"),
    ],
)
def test_unusable_file_is_a_command_error_that_writes_nothing(tmp_path, content, expected):
    path = tmp_path / "broken.json"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")

    with pytest.raises(CommandError) as raised:
        seed(path)

    assert str(path) in str(raised.value)
    assert expected in str(raised.value)
    assert Organization.objects.count() == 0


def test_missing_file_is_a_command_error(tmp_path):
    with pytest.raises(CommandError, match="no such file"):
        seed(tmp_path / "absent.json")


def test_dry_run_reports_changes_and_writes_nothing(tmp_path):
    Organization.objects.create(name="Alpha Aid", phone="612-555-0199")
    before = snapshot()
    path = write(tmp_path, [org_record("Alpha Aid"), org_record("Beta Shelf")])

    out, _ = seed(path, "--dry-run")

    assert "Dry run, nothing written: would have 1 created, 1 updated" in out
    assert "would be created: Beta Shelf" in out
    assert "would be updated: Alpha Aid (website; phone; address;" in out
    assert snapshot() == before
    assert Organization.objects.get(name="Alpha Aid").phone == "612-555-0199"


def test_dry_run_with_bad_records_still_fails_and_writes_nothing(tmp_path):
    path = write(tmp_path, [org_record("Alpha Aid"), {"name": ""}])

    with pytest.raises(CommandError, match="were checked"):
        seed(path, "--dry-run")

    assert Organization.objects.count() == 0


def test_verbosity_zero_prints_nothing_on_success(tmp_path):
    out, err = seed(write(tmp_path, [org_record("Alpha Aid")]), "--verbosity", "0")
    assert out == "" and err == ""
    assert Organization.objects.count() == 1


def test_service_reports_progress_for_every_record_and_a_result():
    ticks: list[int] = []
    result = seed_organizations(
        [org_record("Alpha Aid"), {"name": None}, org_record("Beta Shelf")],
        actor=Actor.system("tests: seeding"),
        progress=ticks.append,
    )
    assert sum(ticks) == 3
    assert (result.created, result.updated, result.unchanged) == (2, 0, 0)
    assert result.sources_created == 4
    assert [(e.index, e.reason) for e in result.errors] == [(1, "name is required")]
    assert not result.ok


class TerminalStream(io.StringIO):
    """A stderr that says it is a terminal, so the progress bar switches on."""

    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(("verbosity", "shown"), [("1", True), ("0", False)])
def test_progress_bar_only_on_a_terminal_and_not_at_verbosity_zero(tmp_path, verbosity, shown):
    err = TerminalStream()
    path = write(tmp_path, [org_record("Alpha Aid"), org_record("Beta Shelf")])

    call_command(
        "seed_organizations", str(path), "--verbosity", verbosity, stdout=io.StringIO(), stderr=err
    )

    # Only the bar's presence: how often tqdm redraws depends on the clock.
    assert ("Seeding organizations" in err.getvalue()) is shown
    assert ("/2 [" in err.getvalue()) is shown


def test_service_checks_the_capability_first(make_staff):
    from authz import PermissionDenied

    for actor in (Actor.anonymous(), Actor.for_user(make_staff("Moderator"))):
        with pytest.raises(PermissionDenied):
            seed_organizations([org_record("Alpha Aid")], actor=actor)
    assert not Organization.objects.exists()
    seed_organizations([org_record("Alpha Aid")], actor=Actor.for_user(make_staff("Administrator")))
    assert Organization.objects.count() == 1
