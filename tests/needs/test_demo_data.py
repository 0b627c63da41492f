"""load_demo_data and the shipped demo data set, on the real database."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError

from needs.hashing import content_hash
from needs.models import Need
from organizations.models import Organization, Source, Tag

pytestmark = pytest.mark.django_db

DEMO = json.loads(Path(settings.DEMO_DATA_FILE).read_text(encoding="utf-8"))


def load(*args: str) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    call_command("load_demo_data", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def snapshot() -> dict[str, Any]:
    return {
        "orgs": list(Organization.objects.order_by("pk").values_list("pk", "updated_at")),
        "needs": list(Need.objects.order_by("pk").values_list("pk", "status", "updated_at")),
        "sources": list(Source.objects.order_by("pk").values_list("pk", "updated_at")),
        "tags": list(Tag.objects.order_by("pk").values_list("pk", "value")),
    }


def write(tmp_path: Path, organizations: list[Any], needs: Any) -> Path:
    path = tmp_path / "demo.json"
    path.write_text(json.dumps({"organizations": organizations, "needs": needs}), "utf-8")
    return path


def need(org: str, title: str, **fields: Any) -> dict[str, Any]:
    record = {
        "organization": org,
        "title": title,
        "description": f"{title}: we need help on Saturdays.",
        "tldr": title,
        "urgency": "medium",
        "status": "active",
        "contact_email": "help@alpha.example.org",
        "contact_phone": "612-555-0160",
        "contact_url": "https://alpha.example.org/help",
        "location_name": "Minneapolis",
        "latitude": 44.98,
        "longitude": -93.27,
    }
    record.update(fields)
    return record


def test_shipped_demo_data_loads_cleanly():
    out, err = load()

    assert err == ""
    assert Organization.objects.count() == len(DEMO["organizations"])
    assert Need.objects.count() == len(DEMO["needs"])
    assert f"{len(DEMO['needs'])} need(s) created" in out
    assert "0 record(s) rejected" in out
    for item in Need.objects.select_related("organization"):
        assert item.submission_type == Need.SubmissionType.ADMIN
        assert item.content_hash == content_hash(
            title=item.title, description=item.description, organization_id=item.organization_id
        )
        assert (item.moderated_at is not None) == (item.status == Need.Status.ACTIVE)
    assert Need.objects.filter(status="pending").exists()
    assert (
        Need.objects.filter(status="active").count() > Need.objects.filter(status="pending").count()
    )
    # Every organization is reachable by the scraper and tagged by population.
    for org in Organization.objects.all():
        assert org.sources.filter(url=org.website).exists()
        assert org.tags.filter(kind="population").exists()
    assert Tag.objects.filter(kind="focus", value="ice-resistance").exists()


def test_loading_twice_changes_nothing_and_says_so():
    load()
    before = snapshot()

    out, _ = load()

    assert "Demo data already loaded" in out and "nothing changed" in out
    assert snapshot() == before


def test_reload_leaves_staff_and_moderator_edits_alone():
    load()
    org = Organization.objects.get(name=DEMO["organizations"][0]["name"])
    org.phone = "612-555-0199"
    org.save()
    edited = Need.objects.filter(organization=org).first()
    edited.description = "Rewritten by a moderator."
    edited.save()
    rejected = Need.objects.exclude(pk=edited.pk).first()
    rejected.status = Need.Status.REJECTED
    rejected.save()
    needs_before = Need.objects.count()

    out, _ = load()

    assert "already loaded" in out
    org.refresh_from_db()
    assert org.phone == "612-555-0199"
    assert Need.objects.count() == needs_before
    assert Need.objects.get(pk=rejected.pk).status == Need.Status.REJECTED


def test_dry_run_writes_nothing():
    out, _ = load("--dry-run")

    assert "Dry run, nothing written: would load demo data" in out
    assert f"{len(DEMO['organizations'])} organization(s) created" in out
    assert Organization.objects.count() == 0
    assert Need.objects.count() == 0
    assert Source.objects.count() == 0


def test_file_option_and_bad_needs_are_reported_by_index(tmp_path):
    orgs = [
        {"name": "Alpha Aid", "website": "https://alpha.example.org"},
        {"name": "Broken", "website": "gopher://broken.example.org"},
    ]
    needs = [
        need("alpha aid", "Drivers"),  # organization matches case-insensitively
        need("Nobody Org", "Ghost"),
        need("Alpha Aid", "Hurry", urgency="asap"),
        need("Alpha Aid", "Done", status="filled"),
        need("Alpha Aid", "Far away", latitude=95.0),
        need("Alpha Aid", "Half a place", longitude=None),
        need("Alpha Aid", "Bad mail", contact_email="not-an-address"),
        need("Alpha Aid", "Bad link", contact_url="ftp://alpha.example.org"),
        need("Alpha Aid", "", description="No title"),
        need("Broken", "Orphan"),
        need("Alpha Aid", "drivers"),
        need("Alpha Aid", "Tutors", status="pending"),
    ]
    path = write(tmp_path, orgs, needs)
    out, err = io.StringIO(), io.StringIO()

    with pytest.raises(CommandError) as raised:
        call_command("load_demo_data", "--file", str(path), stdout=out, stderr=err)

    assert raised.value.returncode == 1
    text = err.getvalue()
    assert "record 1 (name 'Broken'): website 'gopher://broken.example.org'" in text
    assert "need 1 (title 'Ghost'): organization 'Nobody Org' is not among" in text
    assert "need 2 (title 'Hurry'): urgency 'asap' is not one of" in text
    assert "need 3 (title 'Done'): status 'filled' is not one of active, pending" in text
    assert "need 4 (title 'Far away'): latitude 95.0 is out of range" in text
    assert "need 5 (title 'Half a place'): latitude and longitude must be given together" in text
    assert "need 6 (title 'Bad mail'): contact_email 'not-an-address'" in text
    assert "need 7 (title 'Bad link'): contact_url 'ftp://alpha.example.org'" in text
    assert "need 8: title is required" in text
    assert "need 9 (title 'Orphan'): organization 'Broken' was rejected" in text
    assert "need 10 (title 'drivers'): same organization and title as need 0" in text
    assert list(Organization.objects.values_list("name", flat=True)) == ["Alpha Aid"]
    assert sorted(Need.objects.values_list("title", "status")) == [
        ("Drivers", "active"),
        ("Tutors", "pending"),
    ]
    assert Need.objects.get(title="Tutors").moderated_at is None


def test_demo_data_file_setting_is_used(tmp_path, settings):
    settings.DEMO_DATA_FILE = write(
        tmp_path, [{"name": "Alpha Aid"}], [need("Alpha Aid", "Drivers")]
    )

    out, _ = load()

    assert "1 organization(s) created" in out and "1 need(s) created" in out
    assert Need.objects.get().organization.name == "Alpha Aid"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("not json at all", "not valid JSON"),
        ('{"needs": []}', 'has no "organizations" key'),
        ('{"organizations": [{"name": "Alpha Aid"}], "needs": {}}', '"needs" must be a list'),
    ],
)
def test_unusable_demo_file_is_a_command_error_that_writes_nothing(tmp_path, content, expected):
    path = tmp_path / "demo.json"
    path.write_text(content, encoding="utf-8")

    with pytest.raises(CommandError) as raised:
        load("--file", str(path))

    assert str(path) in str(raised.value) and expected in str(raised.value)
    assert Organization.objects.count() == 0


# --- the shipped file keeps its promises: fictional, local, multilingual ---------------------

PHONE = re.compile(r"^\d{3}-555-01\d\d$")
COUNTIES = {"Hennepin", "Ramsey", "Anoka", "Dakota", "Washington", "Scott"}


def test_demo_file_uses_only_fictional_contact_details():
    urls = [org["website"] for org in DEMO["organizations"]]
    urls += [url for org in DEMO["organizations"] for url in org["sources"]]
    urls += [item["contact_url"] for item in DEMO["needs"] if item["contact_url"]]
    assert all(urlsplit(url).hostname.endswith(".example.org") for url in urls)
    emails = [item["contact_email"] for item in DEMO["needs"] if item["contact_email"]]
    assert all(email.endswith(".example.org") for email in emails)
    phones = [org["phone"] for org in DEMO["organizations"]]
    phones += [item["contact_phone"] for item in DEMO["needs"] if item["contact_phone"]]
    assert all(PHONE.match(phone) for phone in phones), phones


def test_demo_file_covers_the_twin_cities_and_several_languages():
    assert {org["county"] for org in DEMO["organizations"]} == COUNTIES
    for item in DEMO["needs"]:
        assert 44.6 < item["latitude"] < 45.3 and -93.7 < item["longitude"] < -92.8
    titles = " ".join(item["title"] + " " + item["description"] for item in DEMO["needs"])
    assert "voluntarios" in titles  # Spanish
    assert "Waxaan u baahanahay" in titles  # Somali
    assert "Peb xav tau" in titles  # Hmong
    assert 10 <= len(DEMO["organizations"]) <= 15 and 20 <= len(DEMO["needs"]) <= 30


def test_the_demo_service_checks_the_capability_first(make_staff):
    from authz import Actor, PermissionDenied
    from needs.demo import load_demo_data

    for actor in (Actor.anonymous(), Actor.for_user(make_staff("Moderator"))):
        with pytest.raises(PermissionDenied):
            load_demo_data(organizations=[{"name": "Denied Org"}], needs=[], actor=actor)
    assert not Organization.objects.filter(name="Denied Org").exists()
