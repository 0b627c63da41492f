"""HSDS 3.0 out (API and tabular data package) and in (a data package through the import
engine), validated against the vendored published HSDS 3.0 schemas."""

from __future__ import annotations

import csv
import io
import json
import uuid
import zipfile
from pathlib import Path

import pytest
from django.core.management import call_command

from authz import Actor
from organizations.hsds import validation
from organizations.hsds.export import build_package, split_address
from organizations.hsds.package import run_package
from organizations.importing.readers import read_file, read_hsds_directory
from organizations.models import Organization, Tag

pytestmark = pytest.mark.django_db
SEED = Path(__file__).parent / "data" / "immigrant_resources_seed.json"
PRIVATE_KEYS = {"embedding", "embedding_model", "edited_fields", "answers", "listed",
                "verified", "employees", "created_at", "updated_at", "last_error"}


@pytest.fixture
def orgs():
    call_command("seed_organizations", str(SEED), stdout=io.StringIO(), stderr=io.StringIO())
    Organization.objects.filter(name="Cedar Immigrant Legal Aid").update(latitude=44.97,
                                                                        longitude=-93.25)
    hidden = Organization.objects.create(name="Unlisted Submitted Group", listed=False,
                                         phone="(612) 555-0199")
    return hidden


def all_keys(obj) -> set[str]:
    if isinstance(obj, dict):
        return set(obj) | {k for v in obj.values() for k in all_keys(v)}
    if isinstance(obj, list):
        return {k for v in obj for k in all_keys(v)}
    return set()


def test_list_endpoint_is_paginated_valid_hsds_and_public_only(client, orgs):
    pages = []
    for page in (1, 2, 3):
        response = client.get("/hsds/organizations", {"page": page, "per_page": 20})
        assert response.status_code == 200 and response["Content-Type"] == "application/json"
        body = response.json()
        assert validation.errors("api_page", body) == []
        for item in body["contents"]:
            assert validation.errors("organization_list", item) == []
        pages.append(body)
    assert [p["size"] for p in pages] == [20, 20, 10]
    assert pages[0]["total_items"] == 50 and pages[0]["total_pages"] == 3
    assert pages[0]["first_page"] and not pages[0]["last_page"] and pages[2]["last_page"]
    ids = [item["id"] for p in pages for item in p["contents"]]
    assert len(set(ids)) == 50
    assert str(orgs.uuid) not in ids  # unlisted organizations are not public
    beyond = client.get("/hsds/organizations", {"page": 9}).json()
    assert beyond["empty"] is True and beyond["contents"] == []
    found = client.get("/hsds/organizations", {"search": "Cedar"}).json()
    assert found["total_items"] >= 1
    assert all("Cedar" in item["name"] for item in found["contents"])


@pytest.mark.parametrize("query", [{"page": "0"}, {"page": "abc"}, {"per_page": "101"},
                                   {"per_page": "-5"}, {"full": "maybe"}, {"page": "9" * 20},
                                   {"search": "x" * 201}])
def test_bad_parameters_are_a_400_with_a_reason(client, query):
    response = client.get("/hsds/organizations", query)
    assert response.status_code == 400
    assert response.json()["detail"]


def test_detail_is_a_valid_fully_nested_organization(client, orgs):
    org = Organization.objects.get(name="Cedar Immigrant Legal Aid")
    body = client.get(f"/hsds/organizations/{org.uuid}").json()

    assert validation.errors("organization", body) == []
    for service in body["services"]:
        assert validation.errors("service", service) == []
    assert body["id"] == str(org.uuid) and body["name"] == org.name
    assert [p["number"] for p in body["phones"]] == [org.phone]
    location = body["locations"][0]
    assert location["latitude"] == 44.97 and location["organization_id"] == body["id"]
    address = location["addresses"][0]
    assert address["state_province"] == "MN" and address["country"] == "US"
    assert {s["name"] for s in body["services"]} == {"Food", "Clothing and household goods"}
    assert all(s["description"] == org.services_offered for s in body["services"])
    assert not all_keys(body) & PRIVATE_KEYS
    # Ids are stable: the same organization exports the same ids.
    assert client.get(f"/hsds/organizations/{org.uuid}").json() == body


def test_full_listing_validates_too_and_unknown_ids_are_404(client, orgs):
    body = client.get("/hsds/organizations", {"full": "true", "per_page": 100}).json()
    for item in body["contents"]:
        assert validation.errors("organization", item) == [], item["name"]
    assert client.get(f"/hsds/organizations/{orgs.uuid}").status_code == 404  # unlisted
    assert client.get(f"/hsds/organizations/{uuid.uuid4()}").status_code == 404
    assert client.get("/hsds/organizations/not-a-uuid").status_code == 404
    assert client.post("/hsds/organizations").status_code == 405
    assert client.get("/hsds/").json()["version"] == "3.0"


def test_the_validator_really_checks():
    assert validation.errors("organization", {"id": str(uuid.uuid4()), "name": "x"}) == [
        "(top): 'description' is a required property"]
    bad = {"id": "not-a-uuid", "name": "x", "description": "",
           "phones": [{"id": str(uuid.uuid4())}]}
    problems = validation.errors("organization", bad)
    assert "id: 'not-a-uuid' is not a 'uuid'" in problems
    assert "phones/0: 'number' is a required property" in problems


def read_package(files: dict[str, bytes]) -> dict[str, list[dict[str, str]]]:
    return {name: list(csv.DictReader(io.StringIO(content.decode("utf-8"))))
            for name, content in files.items() if name.endswith(".csv")}


def typed(row: dict[str, str], table: str) -> dict:
    """A CSV row as JSON values by the table schema's types (empty cells left out)."""
    out = {}
    for key, spec in validation.table_fields(table):
        value = row.get(key, "")
        if value != "":
            out[key] = float(value) if spec["type"] == "number" else value
    return out


def test_tabular_data_package_matches_the_schemas(orgs):
    files = build_package()
    package = json.loads(files["datapackage.json"])
    assert package["profile"] == "tabular-data-package"
    tables = read_package(files)
    by_path = {resource["path"]: resource for resource in package["resources"]}
    assert set(by_path) == set(tables) == {"organizations.csv", "services.csv",
                                           "locations.csv", "phones.csv", "addresses.csv"}
    name_of = {"organizations.csv": "organization", "services.csv": "service",
               "locations.csv": "location", "phones.csv": "phone", "addresses.csv": "address"}
    for path, rows in tables.items():
        table = name_of[path]
        fields = [f["name"] for f in by_path[path]["schema"]["fields"]]
        assert fields == [key for key, _ in validation.table_fields(table)]
        header = files[path].decode().splitlines()[0].split(",")
        assert header == fields
        for row in rows:
            assert validation.errors(table, typed(row, table)) == [], (path, row)
        assert len({row["id"] for row in rows}) == len(rows)  # unique ids
    org_ids = {row["id"] for row in tables["organizations.csv"]}
    assert len(org_ids) == 50 and str(orgs.uuid) not in org_ids
    for path in ("services.csv", "locations.csv", "phones.csv"):
        assert {row["organization_id"] for row in tables[path]} <= org_ids
        assert all(row["organization_id"] for row in tables[path])  # tabular_required
    location_ids = {row["id"] for row in tables["locations.csv"]}
    assert {row["location_id"] for row in tables["addresses.csv"]} <= location_ids
    assert len(tables["phones.csv"]) == sum(
        1 + len(o.other_phones) for o in Organization.objects.filter(listed=True))


def test_export_command_writes_a_directory_or_a_zip(tmp_path, orgs):
    call_command("export_hsds", str(tmp_path / "pkg"), stdout=io.StringIO())
    assert (tmp_path / "pkg" / "datapackage.json").is_file()
    call_command("export_hsds", str(tmp_path / "pkg.zip"), stdout=io.StringIO())
    assert "organizations.csv" in zipfile.ZipFile(tmp_path / "pkg.zip").namelist()


def test_a_data_package_imports_through_the_engine_and_round_trips(tmp_path, orgs):
    call_command("export_hsds", str(tmp_path / "pkg"), stdout=io.StringIO())
    exported = {o.uuid: (o.name, o.phone, o.website, o.address, o.services_offered,
                         o.populations_served)
                for o in Organization.objects.filter(listed=True)}
    service_tags = {o.uuid: set(o.tags.filter(kind="service").values_list("value", flat=True))
                    for o in Organization.objects.filter(listed=True)}
    Organization.objects.all().delete()
    Tag.objects.all().delete()

    report = run_package(read_hsds_directory(tmp_path / "pkg"), actor=Actor.system("tests"))

    assert report.counts["created"] == 50 and report.counts["rejected"] == 0
    for org in Organization.objects.all():
        assert (org.name, org.phone, org.website, org.address, org.services_offered,
                org.populations_served) == exported[org.uuid]  # same ids, same data
        assert set(org.tags.filter(kind="service").values_list("value", flat=True)) \
            == service_tags[org.uuid]
    again = run_package(read_hsds_directory(tmp_path / "pkg"), actor=Actor.system("tests"))
    assert again.counts["unchanged"] == 50


def test_an_hsds_package_from_elsewhere_is_deduplicated_like_a_spreadsheet(client, make_staff):
    existing = Organization.objects.create(name="Alpha Aid Society",
                                           website="https://alpha.example.org/")
    organizations = ("id,name,description,email,website\r\n"
                     f"{uuid.uuid4()},Alpha Aid,,info@alpha.example.org,https://alpha.example.org\r\n"
                     "x-1,Beta Shelf,Food for all,,\r\n"
                     ",,,,\r\n"
                     f"{uuid.uuid4()},,no name,,\r\n")
    phones = "id,organization_id,number,extension\r\nq,x-1,651-555-0121,7\r\n"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("organizations.csv", organizations)
        archive.writestr("phones.csv", phones)
        archive.writestr("datapackage.json", json.dumps({"resources": []}))
    workbook = read_file(buffer.getvalue(), "other.zip")
    assert workbook.kind == "hsds"

    report = run_package(workbook, actor=Actor.system("tests"))

    rows = {row.origin: row for row in report.rows}
    assert rows["organizations.csv row 2"].matched.startswith("same website")
    existing.refresh_from_db()
    assert existing.public_email == "info@alpha.example.org"  # empty field filled
    beta = Organization.objects.get(name="Beta Shelf")
    assert beta.phone == "(651) 555-0121 ext. 7"
    assert any("is not a UUID" in w for w in rows["organizations.csv row 3"].warnings)
    assert rows["organizations.csv row 5"].action == "rejected"


def test_address_splitting():
    assert split_address("2915 E Lake St, Minneapolis, MN 55406") == {
        "address_1": "2915 E Lake St", "address_2": "", "city": "Minneapolis",
        "state_province": "MN", "postal_code": "55406", "country": "US"}
    assert split_address("Suite 2, 100 Main St, St. Paul, Minnesota 55101")["address_2"] \
        == "100 Main St"
    assert split_address("Call for the address") is None
