"""Spreadsheet import on workbooks with every shape of a real community list: the real
engine, the real database, the real resource-link submission service."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from authz import Actor, PermissionDenied
from organizations.importing import plan_spreadsheet, run_spreadsheet
from organizations.importing.readers import read_file
from organizations.models import Organization, Source, Tag
from tests.organizations.spreadsheets import FOOD, HOW_TO_HELP, LEGAL, csv_bytes, xlsx_bytes

pytestmark = pytest.mark.django_db
ACTOR = Actor.system("tests: import")


def workbook():
    return read_file(xlsx_bytes(), "immigrant-resources.xlsx")


def snapshot() -> dict:
    return {
        "orgs": list(Organization.objects.order_by("pk").values_list("pk", "updated_at")),
        "sources": list(Source.objects.order_by("pk").values_list("pk", "url", "extra_urls",
                                                                   "updated_at")),
        "tags": list(Organization.tags.through.objects.order_by("pk").values_list("pk")),
    }


def by_origin(report) -> dict:
    return {row.origin: row for row in report.rows}


def test_layout_is_detected_under_titles_notes_and_links():
    plan = plan_spreadsheet(workbook())
    layouts = {layout.sheet: layout for layout in plan.layouts}

    legal = layouts["Legal help"]
    assert legal.header_row == 6  # rows 1-4: title, notes, a link, a disclaimer; 5 blank
    assert {c.label: c.target for c in legal.columns} == {
        "Organization": "name", "Website": "website", "Phone": "phone",
        "Who they serve": "populations_served", "Services": "services_offered",
        "Volunteers needed?": "volunteers_needed", "Notes": "description",
    }  # the three trailing empty columns are not columns
    food = layouts["Food"]
    assert food.header_row == 3
    assert {c.label: c.target for c in food.columns} == {
        "Name": "name", "Address": "address", "County": "county", "Phone(s)": "phone",
        "Donate link": "links", "ICE resistance focus?": "ice_resistance_focus",
    }
    assert layouts["How to help"].prose
    assert "Legal help: 55 blank row(s) skipped" in plan.warnings


def test_dry_run_reports_every_row_and_writes_nothing():
    before = snapshot()
    report = run_spreadsheet(workbook(), actor=ACTOR, dry_run=True)

    assert snapshot() == before and not Source.objects.exists()
    rows = by_origin(report)
    assert rows["Legal help row 7"].action == "created"
    assert rows["Legal help row 64"].action == "skipped"  # "FOOD AND BASICS" heading
    assert "section heading" in rows["Legal help row 64"].reason
    assert rows["Legal help row 68"].action == "rejected"
    assert rows["Legal help row 68"].reason == (
        "no organization name (column 'Organization' is empty)")
    assert rows["Food row 4"].action == "updated"  # CLUES again, from the other tab
    assert report.summary().startswith("Dry run, nothing written: would have 7 created, "
                                       "3 updated, 1 unchanged, 1 rejected, 1 skipped")
    assert {link.url for link in report.links} == {
        "https://www.clues.example.org/volunteer",
        "https://rapidresponse.example.org/training",
        "https://bailfund.example.org/",
    }


def test_import_cleans_values_and_merges_the_same_organization_across_tabs():
    report = run_spreadsheet(workbook(), actor=ACTOR)
    rows = by_origin(report)

    assert Organization.objects.count() == 7
    clues = Organization.objects.get(name="Comunidades Latinas Unidas en Servicio (CLUES)")
    # Multi-line cell with three URLs: website, the rest as sources, de-duplicated.
    assert clues.website == "https://www.clues.example.org/"
    assert set(clues.sources.values_list("url", flat=True)) == {
        "https://www.clues.example.org/", "https://www.facebook.com/cluesmn",
        "https://www.clues.example.org/es", "https://www.clues.example.org/donate",
    }
    # "612-555-0101 / 651-555-0102" -> two normalised phones.
    assert (clues.phone, clues.other_phones) == ("(612) 555-0101", ["(651) 555-0102"])
    assert clues.volunteers_needed is True
    assert clues.answers == {"volunteers_needed": "Yes (volunteer link on site)",
                             "ice_resistance_focus": "Yes"}
    # The Food tab's row for "CLUES" (the short name) filled the address and county.
    assert clues.address == "797 E 7th St, St. Paul, MN 55106" and clues.county == "Ramsey"
    assert "short name in parentheses" in rows["Food row 4"].matched
    assert rows["Food row 7"].action == "unchanged"  # the long name without "(CLUES)"
    # A near-identical name ("Centre") is the same organization.
    assert "near-identical name" in rows["Food row 8"].matched
    assert not Organization.objects.filter(name="Somali Family Legal Centre").exists()

    assert set(clues.tags.values_list("kind", "value")) == {
        ("population", "latino"), ("population", "families"), ("population", "immigrants"),
        ("population", "bipoc"), ("service", "legal"), ("service", "english-classes"),
        ("focus", "ice-resistance"),
    }
    assert set(Tag.objects.values_list("kind", "value")) <= __import__(
        "organizations.vocabulary", fromlist=["VALUES"]).VALUES

    answers = {org.name: (org.volunteers_needed, org.answers.get("volunteers_needed"))
               for org in Organization.objects.all()}
    assert answers["Somali Family Legal Center"] == (False, "No explicit.")
    assert answers["Northside Food Shelf"] == (None, "N/A (government program)")
    assert answers["Hennepin County Immigrant Services"] == (
        None, "Indirect (through partner agencies)")
    assert answers["Mystery Mutual Aid"] == (None, "?")
    hennepin = Organization.objects.get(name="Hennepin County Immigrant Services")
    assert hennepin.phone == "(612) 555-0105 ext. 12"
    northside = Organization.objects.get(name="Northside Food Shelf")
    assert northside.phone == "(763) 555-0104" and northside.other_phones == ["(763) 555-0108"]
    assert any("'call 211' has text that is not a phone number" in w
               for w in rows["Legal help row 67"].warnings)
    assert any("'htp:/broken' holds no web address" in w
               for w in rows["Legal help row 69"].warnings)


def test_prose_tab_links_become_pending_resource_links_with_their_sentence():
    report = run_spreadsheet(workbook(), actor=ACTOR)

    pending = Source.objects.filter(organization=None, active=False)
    assert set(pending.values_list("url", flat=True)) == {
        "https://rapidresponse.example.org/training", "https://bailfund.example.org/"}
    training = pending.get(url="https://rapidresponse.example.org/training")
    assert "under 'Legal observers'" in training.submitted_context
    assert "trains legal observers every month" in training.submitted_context
    # A link to a site we already have is added to that source, as the service does.
    clues_site = Source.objects.get(url="https://www.clues.example.org/")
    assert "https://www.clues.example.org/volunteer" in clues_site.extra_urls
    volunteer = next(link for link in report.links if "volunteer" in link.url)
    assert volunteer.action == "added to an existing source"
    assert "Names: Comunidades Latinas Unidas en Servicio (CLUES)" in volunteer.context
    assert "612-555-0101" in volunteer.context  # the phone inside the sentence is kept
    # A name without a link is reported for staff, not dropped.
    assert any("Somali Family Legal Center" in m for m in report.mentions)


def test_reimport_is_idempotent():
    run_spreadsheet(workbook(), actor=ACTOR)
    before = snapshot()

    report = run_spreadsheet(workbook(), actor=ACTOR)

    assert report.counts["created"] == report.counts["updated"] == 0
    assert {link.action for link in report.links} == {"already known"}
    assert snapshot() == before


def test_merging_fills_empty_fields_and_never_overwrites_a_moderators_edit():
    org = Organization.objects.create(
        name="Northside Food Shelf", website="", phone="(763) 555-0199",
        description="Written by staff.", edited_fields=["description", "county"])
    report = run_spreadsheet(workbook(), actor=ACTOR)
    org.refresh_from_db()

    assert org.website == "https://northsidefood.example.org/"  # was empty: filled
    assert org.phone == "(763) 555-0199"  # kept; the file's numbers are added after it
    assert org.other_phones == ["(763) 555-0104", "(763) 555-0108"]
    assert org.county == ""  # edited by staff (cleared on purpose): not refilled
    row = by_origin(report)["Food row 5"]
    assert any(k.startswith("county: kept a moderator's edit") for k in row.kept)
    assert Organization.objects.filter(name__icontains="northside").count() == 1


def test_dedupe_by_website_domain_but_not_across_shared_hosts():
    Organization.objects.create(name="CLUES Minnesota", website="https://clues.example.org")
    Organization.objects.create(name="Hennepin County Libraries",
                                website="https://www.hennepin.us/library")
    run_spreadsheet(workbook(), actor=ACTOR)

    assert Organization.objects.filter(name__icontains="clues").count() == 1
    assert Organization.objects.get(name="CLUES Minnesota").phone == "(612) 555-0101"
    # Same county site, different program: two organizations.
    assert Organization.objects.filter(name__startswith="Hennepin County").count() == 2


def test_csv_export_of_one_tab_imports_the_same_way():
    content = csv_bytes(LEGAL)
    report = run_spreadsheet(read_file(content, "legal.csv"), actor=ACTOR)

    assert report.counts == {"created": 6, "updated": 0, "unchanged": 0, "rejected": 1,
                             "skipped": 1}
    assert Organization.objects.get(name__startswith="Comunidades").phone == "(612) 555-0101"


def test_the_service_checks_the_capability(make_staff):
    for actor in (Actor.anonymous(), Actor.for_user(make_staff("Moderator"))):
        with pytest.raises(PermissionDenied):
            run_spreadsheet(workbook(), actor=actor)
    assert not Organization.objects.exists()


def test_command_imports_every_tab_and_exits_1_for_rejected_rows(tmp_path):
    path = tmp_path / "resources.xlsx"
    path.write_bytes(xlsx_bytes())
    out, err = io.StringIO(), io.StringIO()

    with pytest.raises(CommandError) as raised:
        call_command("import_organizations", str(path), "--show-layout", stdout=out, stderr=err)

    assert raised.value.returncode == 1
    assert "Legal help row 68: rejected - no organization name" in err.getvalue()
    text = out.getvalue()
    assert "tab 'Legal help': header row 6" in text and "tab 'How to help': prose" in text
    assert "7 created, 3 updated, 1 unchanged, 1 rejected, 1 skipped" in text
    assert Organization.objects.count() == 7


def test_command_takes_a_corrected_header_row_and_mapping(tmp_path):
    rows = [["Sheet of groups"], ["Group", "Contact"], ["Alpha Aid", "612-555-0120"],
            ["Beta Shelf", "651-555-0121"]]
    path = tmp_path / "groups.csv"
    path.write_bytes(csv_bytes(rows))

    out = io.StringIO()
    call_command("import_organizations", str(path), "--header-row", "2", "--map",
                 "Contact=phone", "--dry-run", stdout=out, stderr=io.StringIO())
    assert "would have 2 created" in out.getvalue()
    assert not Organization.objects.exists()

    call_command("import_organizations", str(path), "--header-row", "2", "--map", "B=phone",
                 stdout=io.StringIO(), stderr=io.StringIO())
    assert Organization.objects.get(name="Beta Shelf").phone == "(651) 555-0121"


def test_tabs_with_the_same_name_column_twice_are_refused_clearly():
    from organizations.importing.tables import RecordError

    with pytest.raises(RecordError, match="Organization name can come from one column only"):
        plan_spreadsheet(workbook(), {"sheets": {"Food": {"header_row": 3,
                                                          "mapping": {"0": "name",
                                                                      "1": "name"}}}})
    with pytest.raises(RecordError, match="header row 99 is outside tab 'Food'"):
        plan_spreadsheet(workbook(), {"sheets": {"Food": {"header_row": 99}}})
    assert FOOD and HOW_TO_HELP  # the shapes module is the single source of the tabs
