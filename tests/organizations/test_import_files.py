"""Every unusable file gets a sentence saying what is wrong, and nothing is written."""

from __future__ import annotations

import io
import zipfile

import openpyxl
import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from organizations.importing.readers import ImportFileError, read_file
from organizations.models import Organization, Source
from tests.organizations.spreadsheets import csv_bytes, xlsx_bytes

pytestmark = pytest.mark.django_db

GOOD_ROWS = [["Organization", "Phone"], ["Alpha Aid", "612-555-0120"]]


def zip_of(files: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return out.getvalue()


def bomb() -> bytes:
    """A small ZIP that expands far past the limit (an .xlsx-shaped zip bomb)."""
    return zip_of({"[Content_Types].xml": b"<x/>", "xl/worksheets/sheet1.xml": b" " * 50_000_000})


BAD_FILES = [
    ("empty.csv", b"", "is empty (0 bytes)"),
    ("blank.csv", b"\r\n\r\n  \r\n", "has no text in it"),
    ("latin1.csv", "Organization\nCafé Aid\n".encode("latin-1"),
     "is not UTF-8 text: line 2 has the byte 0xE9"),
    ("binary.csv", b"Organization\x00\x01\x02", "contains binary data (a NUL byte on line 1)"),
    ("quote.csv", b'Organization,Phone\n"Alpha Aid,612-555-0120\nBeta,1\n',
     "not a well-formed CSV file: a quoted cell is never closed"),
    ("after-quote.csv", b'Organization,Phone\n"Alpha" Aid,612\n',
     "not a well-formed CSV file: there is text right after a closing quote"),
    ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600,
     "old-format (.xls) or password-protected workbook"),
    ("fake.xlsx", b"Organization,Phone\n", "named like an Excel workbook but is not one"),
    ("broken.xlsx", b"PK\x03\x04" + b"garbage" * 20, "damaged"),
    ("notes.zip", None, "neither an Excel workbook nor an HSDS data package"),
    ("bad-parts.xlsx", None, "could not be read as an Excel workbook"),
    ("bomb.xlsx", None, "expands to 50.0 MB"),
    ("seed.json", b'{"organizations": []}', "cannot be imported here"),
    ("package.zip", None, "the data package has no organizations.csv"),
    ("bad-dp.zip", None, "datapackage.json is not valid JSON"),
]


def content_for(name: str, content: bytes | None) -> bytes:
    if content is not None:
        return content
    if name == "notes.zip":
        return zip_of({"notes.txt": b"hello"})
    if name == "bad-parts.xlsx":
        return zip_of({"[Content_Types].xml": b"<not-xml", "xl/workbook.xml": b"<<<"})
    if name == "bomb.xlsx":
        return bomb()
    if name == "package.zip":
        return zip_of({"datapackage.json": b'{"resources": []}'})
    if name == "bad-dp.zip":
        return zip_of({"datapackage.json": b"{nope", "organizations.csv": b"id,name\n"})
    raise AssertionError(name)


@pytest.mark.parametrize(("name", "content", "message"), BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_unusable_files_are_explained(name, content, message):
    with pytest.raises(ImportFileError) as raised:
        read_file(content_for(name, content), name)
    assert message in str(raised.value)


@pytest.mark.parametrize(("name", "content", "message"), BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_the_command_says_so_and_writes_nothing(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content_for(name, content))
    with pytest.raises(CommandError) as raised:
        call_command("import_organizations", str(path), stdout=io.StringIO(),
                     stderr=io.StringIO())
    assert message in str(raised.value)
    assert not Organization.objects.exists() and not Source.objects.exists()


def test_size_limits(settings):
    settings.ORGANIZATION_IMPORT_MAX_BYTES = 1_000
    with pytest.raises(ImportFileError, match="the largest file accepted is 0.0 MB"):
        read_file(csv_bytes(GOOD_ROWS * 200), "big.csv")
    settings.ORGANIZATION_IMPORT_MAX_BYTES = 5_000_000
    settings.ORGANIZATION_IMPORT_MAX_ROWS = 10
    with pytest.raises(ImportFileError, match="more than 10 rows"):
        read_file(csv_bytes(GOOD_ROWS * 20), "long.csv")
    with pytest.raises(ImportFileError, match="tab 'Legal help' has 1[0-9] rows with data"):
        read_file(xlsx_bytes(), "long.xlsx")


def test_another_encoding_can_be_chosen_and_utf8_bom_and_semicolons_are_read():
    sheet = read_file("Organization;Ville\nCafé Aid;Saint Paul\n".encode("cp1252"), "x.csv",
                      "windows-1252").sheets[0]
    assert sheet.rows == [["Organization", "Ville"], ["Café Aid", "Saint Paul"]]
    sheet = read_file(b"\xef\xbb\xbfOrganization,Phone\nAlpha,1\n", "bom.csv").sheets[0]
    assert sheet.rows[0] == ["Organization", "Phone"]
    with pytest.raises(ImportFileError, match="Unknown encoding"):
        read_file(b"a,b\n", "x.csv", "klingon")


def test_an_empty_workbook_is_refused():
    book = openpyxl.Workbook()
    out = io.BytesIO()
    book.save(out)
    with pytest.raises(ImportFileError, match="has no data in any of its tabs"):
        read_file(out.getvalue(), "empty.xlsx")


def test_formatting_far_below_the_data_does_not_count_as_rows(settings):
    settings.ORGANIZATION_IMPORT_MAX_ROWS = 50
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Organization", "Phone"])
    sheet.append(["Alpha Aid", "612-555-0120"])
    sheet.cell(row=100_000, column=1).value = None  # touched, empty
    sheet.cell(row=100_000, column=1).number_format = "0.00"
    out = io.BytesIO()
    book.save(out)
    workbook = read_file(out.getvalue(), "formatted.xlsx")
    assert workbook.sheets[0].rows == [["Organization", "Phone"], ["Alpha Aid", "612-555-0120"]]
