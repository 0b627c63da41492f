"""The admin's import pages with Django's test client, real users and the real database."""

from __future__ import annotations

import io
import re
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from organizations.models import Organization, OrganizationImport, Source
from tests.organizations.spreadsheets import csv_bytes, xlsx_bytes

pytestmark = pytest.mark.django_db
UPLOAD = "admin:organizations_organizationimport_upload"


def url(name: str, *args) -> str:
    return reverse(f"admin:organizations_organizationimport_{name}", args=args)


@pytest.fixture
def admin_client(client, make_staff):
    client.force_login(make_staff("Administrator"))
    return client


def upload(client, content: bytes, name: str = "resources.xlsx", **extra):
    return client.post(reverse(UPLOAD), {"file": SimpleUploadedFile(name, content),
                                         "encoding": "utf-8", **extra})


def state():
    return (list(Organization.objects.values_list("pk", "updated_at")),
            list(Source.objects.values_list("pk", "url", "extra_urls")))


def test_upload_configure_dry_run_confirm(admin_client):
    assert admin_client.get(reverse(UPLOAD)).status_code == 200
    response = upload(admin_client, xlsx_bytes())
    record = OrganizationImport.objects.get()
    assert response.status_code == 302 and response.url == url("configure", record.pk)
    assert record.kind == "spreadsheet" and record.size == len(bytes(record.content))

    page = admin_client.get(url("configure", record.pk)).content.decode()
    # The first tab with a table is chosen; its header row is detected and shown.
    assert 'value="6" selected>row 6 (detected)' in page
    assert re.search(r'name="col_1">.*?<option value="website" selected>', page, re.S)
    food = admin_client.get(url("configure", record.pk) + "?sheet=Food").content.decode()
    assert 'value="3" selected>row 3 (detected)' in food
    prose = admin_client.get(url("configure", record.pk) + "?sheet=How+to+help").content
    assert b"the tab is read as prose" in prose

    before = state()
    response = admin_client.post(url("preview", record.pk), {
        "sheet": "Legal help", "header_row": "6", "col_0": "name", "col_1": "website",
        "col_2": "phone", "col_3": "populations_served", "col_4": "services_offered",
        "col_5": "volunteers_needed", "col_6": ""})  # Notes: ignored
    assert response.status_code == 302
    assert state() == before  # the dry run wrote nothing
    page = admin_client.get(url("preview", record.pk)).content.decode()
    assert "Dry run, nothing written: would have 6 created" in page
    assert "no organization name (column &#x27;Organization&#x27; is empty)" in page
    assert "only the name column is filled" in page

    response = admin_client.post(url("apply", record.pk))
    assert response.status_code == 302
    assert Organization.objects.count() == 6
    assert Organization.objects.get(name="Hennepin County Immigrant Services").description == ""
    record.refresh_from_db()
    assert record.status == "applied" and record.report["counts"]["created"] == 6
    report = admin_client.get(url("change", record.pk)).content.decode()
    assert "6 created, 0 updated" in report and "Confirm" not in report

    after = state()
    admin_client.post(url("apply", record.pk))  # a second confirm does nothing
    assert state() == after


def test_a_prose_tab_sends_its_links_for_review(admin_client):
    upload(admin_client, xlsx_bytes())
    record = OrganizationImport.objects.get()
    admin_client.post(url("preview", record.pk), {"sheet": "How to help", "header_row": "prose"})
    assert "3 link(s) from prose" in admin_client.get(url("preview", record.pk)).content.decode()
    admin_client.post(url("apply", record.pk))
    assert Source.objects.filter(organization=None, active=False).count() == 3


def test_a_bad_mapping_or_header_row_is_explained_on_the_page(admin_client):
    upload(admin_client, xlsx_bytes())
    record = OrganizationImport.objects.get()
    response = admin_client.post(url("preview", record.pk), {
        "sheet": "Food", "header_row": "3", "col_0": "name", "col_1": "name"})
    assert response.status_code == 200
    assert b"Organization name can come from one column only" in response.content
    response = admin_client.post(url("preview", record.pk), {"sheet": "Food", "header_row": "x"})
    assert b"the header row must be a row number" in response.content
    assert admin_client.post(url("apply", record.pk)).status_code == 302
    assert not Organization.objects.exists()  # never previewed: nothing applied


@pytest.mark.parametrize(("content", "name", "message"), [
    (b"", "empty.csv", "The submitted file is empty."),
    ("Organization\nCafé\n".encode("latin-1"), "latin.csv", "is not UTF-8 text"),
    (b"PK\x03\x04junk", "broken.xlsx", "damaged"),
])
def test_bad_files_are_refused_with_a_reason(admin_client, content, name, message):
    response = upload(admin_client, content, name)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not OrganizationImport.objects.exists()


def test_uploads_over_the_cap_are_refused_before_they_are_stored(admin_client, settings):
    settings.ORGANIZATION_IMPORT_MAX_BYTES = 2_000
    response = upload(admin_client, csv_bytes([["Organization"], ["x" * 100]] * 40), "big.csv")
    assert response.status_code == 200
    assert b"The file is larger than 2,000 bytes" in response.content
    assert not OrganizationImport.objects.exists()


def test_only_staff_with_the_capability_may_import(client, make_staff):
    client.force_login(make_staff("Administrator"))
    upload(client, csv_bytes([["Organization", "Phone"], ["Alpha Aid", "612-555-0120"]]),
           "a.csv")
    record = OrganizationImport.objects.get()
    client.post(url("preview", record.pk), {"sheet": "a", "header_row": "1",
                                            "col_0": "name", "col_1": "phone"})
    client.logout()

    for user in (make_staff("Moderator"), make_staff()):
        client.force_login(user)
        assert client.get(reverse(UPLOAD)).status_code == 403
        assert upload(client, csv_bytes([["Organization"], ["Beta"]]), "b.csv").status_code == 403
        assert client.post(url("preview", record.pk), {"sheet": "a"}).status_code == 403
        assert client.post(url("apply", record.pk)).status_code == 403
        assert client.get(url("change", record.pk)).status_code == 200  # staff may look
    client.logout()
    assert client.post(url("apply", record.pk)).url.startswith("/admin/login/")
    assert not Organization.objects.exists()
    assert OrganizationImport.objects.count() == 1


def test_hsds_package_download_and_changelist_buttons(admin_client):
    Organization.objects.create(name="Alpha Aid", phone="(612) 555-0120")
    page = admin_client.get(reverse("admin:organizations_organization_changelist")).content
    assert b"Import from a file" in page and b"Export HSDS package" in page
    response = admin_client.get(url("export_hsds"))
    assert response["Content-Type"] == "application/zip"
    names = zipfile.ZipFile(io.BytesIO(response.content)).namelist()
    assert "datapackage.json" in names and "organizations.csv" in names


def test_admin_edits_are_remembered_and_imports_leave_them_alone(admin_client):
    org = Organization.objects.create(name="Alpha Aid", phone="(612) 555-0120")
    data = {
        "name": "Alpha Aid", "phone": "", "website": "", "other_phones": "",
        "sources-TOTAL_FORMS": 0, "sources-INITIAL_FORMS": 0,
        "Organization_tags-TOTAL_FORMS": 0, "Organization_tags-INITIAL_FORMS": 0,
    }
    response = admin_client.post(
        reverse("admin:organizations_organization_change", args=[org.pk]), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    org.refresh_from_db()
    assert org.phone == "" and "phone" in org.edited_fields

    upload(admin_client, csv_bytes([["Organization", "Phone", "Website"],
                                    ["Alpha Aid", "612-555-0199", "alpha.example.org"]]),
           "a.csv")
    record = OrganizationImport.objects.get()
    admin_client.post(url("preview", record.pk), {"sheet": "a", "header_row": "1",
                                                  "col_0": "name", "col_1": "phone",
                                                  "col_2": "website"})
    admin_client.post(url("apply", record.pk))
    org.refresh_from_db()
    assert org.phone == "" and org.website == "https://alpha.example.org/"


def test_an_hsds_package_goes_through_the_same_pages(admin_client):
    from organizations.hsds.export import build_package, write_zip

    Organization.objects.create(name="Alpha Aid", phone="(612) 555-0120",
                                services_offered="Food shelf")
    buffer = io.BytesIO()
    write_zip(build_package(), buffer)
    Organization.objects.all().delete()

    upload(admin_client, buffer.getvalue(), "package.zip")
    record = OrganizationImport.objects.get()
    assert record.kind == "hsds"
    page = admin_client.get(url("configure", record.pk)).content.decode()
    assert "organizations.csv: 1 row" in page
    admin_client.post(url("preview", record.pk))
    assert "would have 1 created" in admin_client.get(url("preview", record.pk)).content.decode()
    assert not Organization.objects.exists()
    admin_client.post(url("apply", record.pk))
    assert Organization.objects.get().phone == "(612) 555-0120"
